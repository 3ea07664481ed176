"""The workshop view: the scenario on a projector, its assumptions on sliders.

A full-screen window over the main window (View → Workshop, F5). On top:
the current variant's name, the variants by number, and whether the
numbers differ from the document. Then five large KPI tiles with their
difference (Δ) to the baseline, one chart (flows per year with the
cumulative NPV, or who pays / who gains per stakeholder: G switches), and
the slider panel. The Qt-free ``WorkshopState`` holds the values; this
view shows it and changes the document only when a variant is saved, as
one undoable command on the editor's undo stack (``outputs.py``, with the
snapshot).

Keys: ← → move the focused slider one step (Page Up/Down ten, Home/End to
the ends), ↑ ↓ go to the previous/next slider, 1-9 show variant 1-9, P
picks the assumptions, G switches the chart, B freezes the baseline, R
resets to the document, V saves as a variant, S saves a snapshot (PNG),
Esc leaves.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sroi_app.app.workshop import (
    KPI_KEYS,
    Key,
    WorkshopState,
    delta_tone,
    format_delta,
    format_value,
    knob_label,
    kpi_text,
    kpi_tone,
)
from sroi_app.domain.models import Scenario
from sroi_app.ui.controller import DocumentController
from sroi_app.ui.i18n import current_lang, translate
from sroi_app.ui.settings import AppSettings
from sroi_app.ui.workshop import outputs, style
from sroi_app.ui.workshop.live import LiveChart
from sroi_app.ui.workshop.picker import PickerDialog
from sroi_app.ui.workshop.takeaway import TakeawayLine
from sroi_app.ui.workshop.widgets import BigTile, ParameterSlider

MESSAGE_MS = 8000


def _captions() -> dict[str, str]:
    return {
        "npv": translate("Workshop", "Net present value"),
        "sroi_ratio": translate("Workshop", "SROI ratio (benefits/costs)"),
        "pv_costs": translate("Workshop", "PV of costs"),
        "pv_benefits": translate("Workshop", "PV of benefits"),
        "payback_years": translate("Workshop", "Payback period"),
    }


class WorkshopView(QWidget):
    """The presentation window; ``enter()`` shows it full screen, ``leave()`` (Esc) hides it."""

    def __init__(
        self,
        controller: DocumentController,
        settings: AppSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("workshopView")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.controller = controller
        self.settings = settings
        self.lang = current_lang()
        self.state = WorkshopState(controller.scenario, controller.document.cpi)
        self.suggested_for: set[str] = set()  # variants whose sliders were suggested
        self.scale = 1.0
        self.sliders: list[ParameterSlider] = []
        self.saved_variants: list[str] = []
        self.saving_variant = False  # the document changes by our own hand: no rebase
        self._baseline_time = ""
        self.setWindowTitle(translate("Workshop", "Workshop"))
        self._build()
        self._add_keys()
        self.apply_scale(1.0)
        controller.scenarioChanged.connect(self._scenario_changed)
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.timeout.connect(self._hide_message)

    # -- building --------------------------------------------------------------------------------

    def _build(self) -> None:
        self.scenario_label = QLabel()
        self.scenario_label.setObjectName("wsSubtitle")
        self.title = QLabel()
        self.title.setObjectName("wsTitle")
        self.badge = QLabel()
        self.badge.setObjectName("wsBadge")
        self.baseline_label = QLabel()
        self.baseline_label.setObjectName("wsBaseline")
        self.baseline_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.scenario_label)
        names.addWidget(self.title)
        status = QVBoxLayout()
        status.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignRight)
        status.addWidget(self.baseline_label)
        header = QHBoxLayout()
        header.addLayout(names, 1)
        header.addLayout(status)

        self.alternative_bar = QHBoxLayout()
        self.alternative_buttons: list[QPushButton] = []

        self.tiles: dict[str, BigTile] = {}
        tiles = QHBoxLayout()
        captions = _captions()
        for key in KPI_KEYS:
            self.tiles[key] = BigTile(key, captions[key])
            tiles.addWidget(self.tiles[key], 1)
        # "Elke euro levert € 1,48 op" and the chance of a positive NPV (in the background).
        self.takeaway = TakeawayLine(self.controller.document.cpi, self.lang)

        self.charts = {
            "yearly": LiveChart("yearly", self.lang, "workshop-per-jaar"),
            "stakeholders": LiveChart("stakeholders", self.lang, "workshop-wie-wint"),
        }
        self.chart_kind = "yearly"
        self.chart_stack = QStackedWidget()
        for chart in self.charts.values():
            self.chart_stack.addWidget(chart.view)

        panel_title = QLabel(translate("Workshop", "Assumptions"))
        panel_title.setObjectName("wsPanelTitle")
        hint = QLabel(
            translate(
                "Workshop",
                "← → move · ↑ ↓ next slider · PgUp/PgDn: 10 steps · P: choose",
            )
        )
        hint.setObjectName("wsHint")
        hint.setWordWrap(True)
        self.slider_area = QWidget()
        self.slider_layout = QVBoxLayout(self.slider_area)
        self.slider_layout.setContentsMargins(0, 0, 0, 0)
        self.empty_sliders = QLabel(
            translate("Workshop", "No assumptions on sliders yet: press P to choose them.")
        )
        self.empty_sliders.setWordWrap(True)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.slider_area)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        panel = QVBoxLayout()
        panel.addWidget(panel_title)
        panel.addWidget(hint)
        panel.addWidget(scroll, 1)
        body = QHBoxLayout()
        body.addWidget(self.chart_stack, 3)
        body.addLayout(panel, 2)

        self.buttons: dict[str, QPushButton] = {}
        footer = QHBoxLayout()
        for key, text, slot in self._commands():
            button = QPushButton(text)
            button.setObjectName(f"wsButton_{key}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # arrows stay with the sliders
            button.clicked.connect(slot)
            self.buttons[key] = button
            footer.addWidget(button)
        footer.addStretch(1)
        # A confirmation floats over the view, above the footer: showing it never moves a
        # button, a slider or the chart (as a label in the footer did, squeezing them).
        self.message = QLabel(self)
        self.message.setObjectName("wsMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.message.hide()

        layout = QVBoxLayout(self)
        # The screen sets the size, not the contents: no size hints for the window system.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.setContentsMargins(28, 16, 28, 16)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addLayout(self.alternative_bar)
        layout.addLayout(tiles)
        layout.addWidget(self.takeaway)
        layout.addLayout(body, 1)
        layout.addLayout(footer)
        self.layout_ = layout

    def _commands(self) -> list[tuple[str, str, Callable[[], object]]]:
        return [
            ("pick", translate("Workshop", "P  Choose assumptions"), self.pick_parameters),
            ("chart", translate("Workshop", "G  Who gains"), self.switch_chart),
            ("baseline", translate("Workshop", "B  Freeze baseline"), self.freeze_baseline),
            ("reset", translate("Workshop", "R  Back to the document"), self.reset),
            ("save", translate("Workshop", "V  Save as variant"), self.save_variant),
            ("snapshot", translate("Workshop", "S  Snapshot (PNG)"), self.snapshot),
            ("leave", translate("Workshop", "Esc  Leave"), self.leave),
        ]

    def _add_keys(self) -> None:
        keys: list[tuple[str, Callable[[], object]]] = [
            ("P", self.pick_parameters),
            ("G", self.switch_chart),
            ("B", self.freeze_baseline),
            ("R", self.reset),
            ("V", self.save_variant),
            ("S", self.snapshot),
            ("Esc", self.leave),
        ]
        keys += [(str(n), partial(self.select_number, n)) for n in range(1, 10)]
        self.key_actions: dict[str, QAction] = {}
        for sequence, slot in keys:
            action = QAction(self)
            action.setShortcut(QKeySequence(sequence))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _c=False, s=slot: s())
            self.addAction(action)
            self.key_actions[sequence] = action

    def apply_scale(self, scale: float) -> None:
        """Every size after the screen's height (1 at 1080 pixels)."""
        self.scale = scale
        self.setStyleSheet(style.stylesheet(scale))
        for tile in self.tiles.values():
            tile.figure.set_nominal_font(style.font("tile_figure", scale, bold=True))
            tile.delta_label.set_nominal_font(style.font("tile_delta", scale, bold=True))
        self.takeaway.setFixedHeight(round(style.px("takeaway", scale) * 1.5))
        margin = round(28 * scale)
        self.layout_.setContentsMargins(margin, round(16 * scale), margin, round(16 * scale))
        for chart in self.charts.values():
            chart.restyle(scale)

    # -- showing ---------------------------------------------------------------------------------

    def enter(self) -> None:
        """Show the view full screen, following the document as it is now."""
        if self.state.document is not self.controller.scenario:
            self.state.rebase(self.controller.scenario)
        self._suggest_once()
        self.rebuild()
        window = self.parentWidget()
        screen = window.screen() if window is not None else self.screen()
        # The whole screen of the editor, also without a window manager (a bare X server).
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.activateWindow()

    def leave(self) -> None:
        """Back to the editor; the document is as it was unless a variant was saved."""
        self.hide()
        window = self.parentWidget()
        if window is not None:
            window.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.leave()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._rescale()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rescale()
        if self.message.isVisible():
            self._place_message()

    def _rescale(self) -> None:
        scale = style.scale_for(self.height())
        if abs(scale - self.scale) > 0.03:
            self.apply_scale(scale)

    # -- following the state ---------------------------------------------------------------------

    def rebuild(self) -> None:
        """Alternatives, sliders, numbers and chart for the state as it is now."""
        self._build_alternative_bar()
        self._build_sliders()
        self.refresh()

    def _build_alternative_bar(self) -> None:
        for button in self.alternative_buttons:
            self.alternative_bar.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.alternative_buttons = []
        for number, alternative in enumerate(self.state.variants, start=1):
            text = (
                f"{number}  {alternative.name or alternative.id}"
                if number <= 9
                else (alternative.name or alternative.id)
            )
            button = QPushButton(text)
            button.setCheckable(True)
            button.setChecked(alternative.id == self.state.alternative_id)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _c=False, i=alternative.id: self.select(i))
            self.alternative_bar.insertWidget(number - 1, button)
            self.alternative_buttons.append(button)
        if self.alternative_bar.count() == len(self.alternative_buttons):
            self.alternative_bar.addStretch(1)

    def _build_sliders(self) -> None:
        focus = self.focusWidget()
        focused = next((s.knob.key for s in self.sliders if s.slider is focus), None)
        for slider in self.sliders:
            self.slider_layout.removeWidget(slider)
            slider.hide()  # gone from the screen now, deleted once the event loop is free
            slider.deleteLater()
        self.slider_layout.removeWidget(self.empty_sliders)
        while self.slider_layout.count():
            self.slider_layout.takeAt(0)
        self.sliders = []
        lang = self.lang
        start = self.state.document.settings.start_year
        for knob in self.state.knobs():
            slider = ParameterSlider(
                knob,
                knob_label(self.state.document, knob, lang),
                format_value(knob, knob.low, lang, start),
                format_value(knob, knob.high, lang, start),
            )
            slider.set_position(knob.position_of(self.state.value(knob.key)))
            slider.moved.connect(lambda position, k=knob.key: self._moved(k, position))
            self.slider_layout.addWidget(slider)
            self.sliders.append(slider)
        if not self.sliders:
            self.slider_layout.addWidget(self.empty_sliders)
        self.empty_sliders.setVisible(not self.sliders)
        self.slider_layout.addStretch(1)
        # The arrow keys keep working: the same slider, else the first, has the focus.
        target = next((s for s in self.sliders if s.knob.key == focused), None)
        if target is None and self.sliders:
            target = self.sliders[0]
        if target is not None:
            target.slider.setFocus()

    def _moved(self, key: Key, position: int) -> None:
        self.state.set_position(key, position)
        self.refresh()

    def refresh(self) -> None:
        """Numbers, slider values, status and the visible chart from the state."""
        lang = self.lang
        state = self.state
        scenario = state.document
        alternative = state.alternative
        self.scenario_label.setText(scenario.name)
        self.title.setText(
            (alternative.name or alternative.id)
            if alternative is not None
            else translate("Workshop", "No variant to compare with the nulalternatief yet")
        )
        for button, variant in zip(self.alternative_buttons, state.variants, strict=False):
            button.setChecked(variant.id == state.alternative_id)
        start = scenario.settings.start_year
        for slider in self.sliders:
            knob = slider.knob
            value = state.value(knob.key)
            slider.show_value(
                format_value(knob, value, lang, start),
                value != knob.value,
                format_value(knob, knob.value, lang, start),
            )
        changed = len(state.changed())
        self.badge.setProperty("differs", changed > 0)
        self.badge.setText(
            translate("Workshop", "Differs from the document: {n} moved").format(n=changed)
            if changed
            else translate("Workshop", "As in the document")
        )
        self.badge.style().unpolish(self.badge)
        self.badge.style().polish(self.badge)
        self.baseline_label.setText(
            translate("Workshop", "Δ: difference to the document")
            if state.baseline.from_document
            else translate("Workshop", "Δ: difference to the baseline frozen at {time}").format(
                time=self._baseline_time
            )
        )
        result = state.current()
        deltas = state.deltas()
        horizon = scenario.settings.horizon_years
        for key, tile in self.tiles.items():
            if result is None:
                tile.set_value(None, "\u2013")
                tile.set_delta(None, "\u2013")
                continue
            tile.set_value(
                getattr(result, key), kpi_text(key, result, lang, horizon), kpi_tone(key, result)
            )
            tile.set_delta(
                deltas[key], format_delta(key, deltas[key], lang), delta_tone(key, deltas[key])
            )
        if result is not None:
            self.charts[self.chart_kind].update(scenario, state.result, result)
        values = (scenario, tuple(sorted(state.values.items())), state.alternative_id)
        self.takeaway.show_for(values, state.working_scenario, state.alternative_id, result)

    # -- commands --------------------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self._place_message()
        self.message.show()
        self.message.raise_()
        self._message_timer.start(MESSAGE_MS)

    def _hide_message(self) -> None:
        self.message.setText("")
        self.message.hide()

    def _place_message(self) -> None:
        """Centred over the lower part of the view, at most 60% of its width."""
        width = round(self.width() * 0.6)
        height = self.message.heightForWidth(width)
        height = max(height, self.message.sizeHint().height())
        footer_top = min(b.geometry().top() for b in self.buttons.values()) if self.buttons else 0
        bottom = footer_top - 12 if footer_top > 0 else self.height() - 24
        self.message.setGeometry((self.width() - width) // 2, bottom - height, width, height)

    def _suggest_once(self) -> None:
        """The first time a variant is shown, its most influential assumptions get sliders."""
        alternative_id = self.state.alternative_id
        if alternative_id is None or alternative_id in self.suggested_for:
            return
        self.suggested_for.add(alternative_id)
        if not any(k.alternative_id == alternative_id for k in self.state.picks):
            for key in self.state.suggest():
                self.state.pick(key)

    def select(self, alternative_id: str) -> None:
        if alternative_id == self.state.alternative_id:
            return
        self.state.select(alternative_id)
        self._suggest_once()
        self._build_sliders()
        self.refresh()

    def select_number(self, number: int) -> None:
        variants = self.state.variants
        if 1 <= number <= len(variants):
            self.select(variants[number - 1].id)

    def switch_chart(self) -> None:
        self.chart_kind = "stakeholders" if self.chart_kind == "yearly" else "yearly"
        self.chart_stack.setCurrentWidget(self.charts[self.chart_kind].view)
        self.buttons["chart"].setText(
            translate("Workshop", "G  Per year")
            if self.chart_kind == "stakeholders"
            else translate("Workshop", "G  Who gains")
        )
        self.refresh()

    def freeze_baseline(self) -> None:
        self.state.freeze_baseline()
        self._baseline_time = datetime.datetime.now().strftime("%H:%M")
        self.refresh()
        self.show_message(
            translate("Workshop", "Baseline frozen: Δ now shows the change from here.")
        )

    def reset(self) -> None:
        self.state.reset()
        for slider in self.sliders:
            slider.set_position(slider.knob.document_position)
        self.refresh()
        self.show_message(
            translate("Workshop", "Every assumption is back at the document's value.")
        )

    def pick_parameters(self) -> None:
        dialog = PickerDialog(self.state, self)
        dialog.setStyleSheet(style.picker_stylesheet(self.scale))
        dialog.resize(round(self.width() * 0.7), round(self.height() * 0.8))
        dialog.model.picksChanged.connect(self._picks_changed)
        dialog.exec()
        dialog.deleteLater()

    def _picks_changed(self) -> None:
        self._build_sliders()
        self.refresh()

    def save_variant(self) -> str | None:
        """Ask a name and add the variant to the document (undoable in the editor)."""
        return outputs.save_variant(self)

    def snapshot(self) -> Path | None:
        """The view as it is now, as a PNG for the minutes."""
        return outputs.snapshot(self)

    # -- the document ----------------------------------------------------------------------------

    def _scenario_changed(self, _old: Scenario, new: Scenario) -> None:
        if self.saving_variant or new is self.state.document:
            return
        self.state.rebase(new)
        if self.isVisible():
            self.rebuild()
