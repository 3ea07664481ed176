"""The list pages: stakeholders, alternatives, costs, effects and PM posts."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sroi_app.app import commands, edits
from sroi_app.app.jsonpath import join_path, resolve
from sroi_app.domain.errors import Issue
from sroi_app.domain.models import STAKEHOLDER_KINDS, Scenario
from sroi_app.ui.fieldkinds import OPTIONAL_YEAR
from sroi_app.ui.i18n import field_labels, stakeholder_kind_names, translate
from sroi_app.ui.library_browser import open_library
from sroi_app.ui.models.document_models import (
    AlternativeListModel,
    AlternativesModel,
    CostsModel,
    EffectsModel,
    PmItemsModel,
    StakeholdersModel,
)
from sroi_app.ui.pages.common import AlternativeSelector, heading
from sroi_app.ui.registry import PageContext
from sroi_app.ui.template_picker import open_template_picker
from sroi_app.ui.unit_cost_browser import open_unit_costs
from sroi_app.ui.widgets.cost_totals import PayerTotalsModel, payer_totals_view
from sroi_app.ui.widgets.derivation import DerivationPanel
from sroi_app.ui.widgets.fields import Binder, CommitPlainTextEdit
from sroi_app.ui.widgets.ranges import RangesEditor, item_rows
from sroi_app.ui.widgets.split import splitter
from sroi_app.ui.widgets.tables import ListEditor


def _fill(page: QWidget, title: str, explanation: str, *widgets: QWidget) -> None:
    """Lay out a list page: its heading and explanation above ``widgets``."""
    inner = QWidget()
    layout = QVBoxLayout(inner)
    layout.addWidget(heading(title, explanation))
    for widget in widgets:
        layout.addWidget(widget, 1 if isinstance(widget, ListEditor | QSplitter) else 0)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(inner)


class StakeholdersPage(QWidget):
    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.controller = context.controller
        self.model = StakeholdersModel(self.controller, self)
        self.editor = ListEditor(
            self.model,
            lambda: edits.new_stakeholder(
                self.controller.scenario, translate("Stakeholders", "New stakeholder")
            ),
        )
        self.common = QPushButton(translate("Stakeholders", "Add a usual party"))
        menu = QMenu(self.common)
        names = stakeholder_kind_names()
        for kind in STAKEHOLDER_KINDS:
            action = menu.addAction(names[kind])
            action.triggered.connect(partial(self.add_kind, kind))
        self.common.setMenu(menu)
        self.editor.add_button_widget(self.common)
        _fill(
            self,
            translate("Stakeholders", "Stakeholders"),
            translate(
                "Stakeholders",
                "The parties that pay the costs or receive the effects: the"
                " municipality, a housing association, a health insurer, residents..."
                " Who pays and who gains per party is the basis for co-financing.",
            ),
            self.editor,
        )

    def add_kind(self, kind: str, _checked: bool = False) -> int:
        name = stakeholder_kind_names()[kind]
        item = edits.new_stakeholder(self.controller.scenario, name, kind)
        item["id"] = edits.unique_id(kind, (s.id for s in self.controller.scenario.stakeholders))
        if self.controller.attempt(commands.insert, "stakeholders", item):
            return -1
        row = self.model.rowCount() - 1
        self.editor.select_row(row)
        return row


class AlternativesPage(QWidget):
    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.controller = context.controller
        self.model = AlternativesModel(self.controller, self)
        self.editor = ListEditor(self.model, self._new_variant)
        self.editor.add_button.setText(translate("Alternatives", "Add variant"))
        self.duplicate_button = self.editor.add_button_widget(
            QPushButton(translate("Alternatives", "Duplicate"))
        )
        self.duplicate_button.clicked.connect(self.duplicate)
        _fill(
            self,
            translate("Alternatives", "Alternatives"),
            translate(
                "Alternatives",
                "The nulalternatief is what happens without the intervention (regular"
                " maintenance, for example). Every variant is compared with it: only"
                " the differences count. Tick the box to choose the nulalternatief.",
            ),
            self.editor,
        )

    def _new_variant(self) -> dict[str, Any]:
        n = len(self.controller.scenario.variants) + 1
        name = translate("Alternatives", "Variant {n}").format(n=n)
        return edits.new_alternative(self.controller.scenario, name)

    def duplicate(self) -> int:
        row = self.editor.current_row()
        if row < 0:
            return -1
        suffix = translate("Alternatives", " (copy)")
        if self.controller.attempt(
            commands.duplicate_alternative, row, suffix, self.controller.document.cpi
        ):
            return -1
        self.editor.select_row(row + 1)
        return row + 1


class AlternativeItemsPage(QWidget):
    """A page of one alternative's costs or effects, with an alternative selector."""

    def __init__(self, context: PageContext, model: AlternativeListModel) -> None:
        super().__init__()
        self.controller = context.controller
        self.model = model
        self.selector = AlternativeSelector(self.controller)
        self.selector.changed.connect(self.model.set_alternative)
        self.model.set_alternative(self.selector.current_index())
        self.editor = ListEditor(self.model, self._new_item)

    def _new_item(self) -> dict[str, Any]:
        raise NotImplementedError

    def selected_path(self) -> str | None:
        """``alternatives[a].costs[i]`` (or effects) of the selected row, or None."""
        row = self.editor.current_row()
        path = self.model.list_path()
        if row < 0 or path is None or row >= self.model.rowCount():
            return None
        return join_path(path, row)

    def _ranges_editor(self, costs: bool) -> RangesEditor:
        """Low, high and distribution beside the selected item's values (Sensitivity page)."""
        editor = RangesEditor(
            self.controller,
            item_rows(self.selected_path),
            cost_path=self.selected_path if costs else None,
        )
        self._follow_selection(editor.refresh)
        return editor

    def _follow_selection(self, refresh: Callable[[], object]) -> None:
        """Call ``refresh`` when the selected row or the whole list changes."""
        self.editor.view.selectionModel().selectionChanged.connect(lambda *_: refresh())
        self.model.modelReset.connect(refresh)

    def _details_split(
        self, details: QWidget, side: QWidget, sizes: list[int], side_stretch: int
    ) -> QSplitter:
        """The list above, the selected item's details and ``side`` side by side below."""
        lower = splitter(Qt.Orientation.Horizontal, details, side, stretch=(1, 1), sizes=sizes)
        return splitter(Qt.Orientation.Vertical, self.editor, lower, stretch=(3, side_stretch))


class CostsPage(AlternativeItemsPage):
    def __init__(self, context: PageContext) -> None:
        super().__init__(context, CostsModel(context.controller))
        self.model.setParent(self)
        self.library_button = self.editor.add_button_widget(
            QPushButton(translate("Costs", "From the unit-cost library…"))
        )
        self.library_button.clicked.connect(lambda: open_unit_costs(context.window))
        self.ranges = self._ranges_editor(costs=True)
        self.details = QGroupBox(translate("Costs", "Selected cost"))
        QVBoxLayout(self.details).addWidget(self.ranges)
        # What each payer pays in this alternative (issue 15, item 7).
        self.totals_model = PayerTotalsModel(self)
        self.totals_view = payer_totals_view(self.totals_model)
        self.totals = QGroupBox(translate("Costs", "Totals per payer"))
        QVBoxLayout(self.totals).addWidget(self.totals_view)
        self.controller.evaluationReady.connect(lambda _e: self._show_totals())
        self.selector.changed.connect(lambda _i: self._show_totals())
        self._show_totals()
        # The payers' names whole beside the ranges' columns.
        split = self._details_split(self.details, self.totals, [600, 460], 1)
        _fill(
            self,
            translate("Costs", "Costs"),
            translate(
                "Costs",
                "Investments and running costs per alternative: who pays, how much per"
                " time, in which years (0 is the base year) and how often. Optimism bias"
                " raises amounts for the usual cost overruns.",
            ),
            self.selector,
            split,
        )

    def _show_totals(self) -> None:
        # While a large scenario is evaluated in the background: the last evaluation's.
        self.totals_model.show(self.controller.latest_evaluation(), self.model.alternative)

    def _new_item(self) -> dict[str, Any]:
        return edits.new_cost(
            self.controller.scenario, self.model.alternative, translate("Costs", "New cost")
        )


class EffectsPage(AlternativeItemsPage):
    def __init__(self, context: PageContext) -> None:
        super().__init__(context, EffectsModel(context.controller))
        self.model.setParent(self)
        labels = field_labels()
        self.binder = Binder(self.controller, self)
        steps = (
            translate("Effects", "Intervention"),
            translate("Effects", "Output"),
            translate("Effects", "Outcome"),
            translate("Effects", "Impact"),
        )
        self.chain_fields = []
        chain = QWidget()
        chain_layout = QGridLayout(chain)
        chain_layout.setContentsMargins(0, 0, 0, 0)
        chain_layout.setVerticalSpacing(2)
        for i, step in enumerate(steps):
            # Two by two, two lines each and wrapped: a step is a phrase, not a word, and
            # four in a row are too narrow beside the derivation (issue 15, item 7).
            field = CommitPlainTextEdit()
            field.set_lines(2)
            self.binder.text(
                field,
                lambda: self._field("chain"),
                read=partial(_chain_step, step=i),
                write=partial(self._write_step, i),
            )
            field.setPlaceholderText(step)
            field.setToolTip(step)
            self.chain_fields.append(field)
            row, column = 2 * (i // 2), 2 * (i % 2)
            if column:
                chain_layout.addWidget(QLabel("\u2192"), row + 1, 1)
            chain_layout.addWidget(QLabel(f"{i + 1}. {step}"), row, column)
            chain_layout.addWidget(field, row + 1, column)
        chain_layout.setColumnStretch(0, 1)
        chain_layout.setColumnStretch(2, 1)
        chain.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.indicator = self.binder.line(QLineEdit(), lambda: self._field("indicator"))
        self.proxy_name = self.binder.line(QLineEdit(), lambda: self._field("proxy.name"))
        self.proxy_source = self.binder.line(QLineEdit(), lambda: self._field("proxy.source"))
        self.proxy_year = self.binder.line(
            QLineEdit(), lambda: self._field("proxy.price_year"), OPTIONAL_YEAR
        )
        self.proxy_year.setToolTip(translate("Effects", "Empty: the scenario's price level."))
        self.source = self.binder.line(QLineEdit(), lambda: self._field("source"))
        self.note = self.binder.line(QLineEdit(), lambda: self._field("note"))
        self.details = QGroupBox(translate("Effects", "Selected effect"))
        form = QFormLayout(self.details)
        form.addRow(translate("Effects", "Chain"), chain)
        form.addRow(labels["indicator"], self.indicator)
        form.addRow(translate("Effects", "Proxy (what one unit is worth)"), self.proxy_name)
        form.addRow(translate("Effects", "Source of the proxy"), self.proxy_source)
        form.addRow(translate("Effects", "Price level of the proxy"), self.proxy_year)
        form.addRow(translate("Effects", "Evidence for the effect"), self.source)
        form.addRow(labels["note"], self.note)
        self._follow_selection(self.binder.refresh)
        # The quantity's kept derivation, and the library and templates (library_browser.py,
        # template_picker.py, widgets/derivation.py).
        self.derivation = DerivationPanel(self.controller, self.selected_path)
        self._follow_selection(self.derivation.follow_selection)
        self.library_button = self.editor.add_button_widget(
            QPushButton(translate("Effects", "From the library…"))
        )
        self.library_button.clicked.connect(lambda: open_library(context.window))
        self.template_button = self.editor.add_button_widget(
            QPushButton(translate("Effects", "From a template…"))
        )
        self.template_button.clicked.connect(lambda: open_template_picker(context.window))
        # Beside the details: the derivation of the quantity and the ranges of the
        # effect's values, one at a time (both need the width of half the page).
        self.ranges = self._ranges_editor(costs=False)
        self.side = QTabWidget()
        self.side.addTab(self.derivation, translate("Effects", "Derivation of the quantity"))
        self.side.addTab(self.ranges, translate("Effects", "Ranges"))
        split = self._details_split(self.details, self.side, [700, 600], 2)
        _fill(
            self,
            translate("Effects", "Effects"),
            translate(
                "Effects",
                "What the intervention brings about, per alternative: from intervention"
                " to output, outcome and impact, measured by an indicator and valued with"
                " a financial proxy. Deadweight, displacement and attribution take off"
                " what would have happened anyway, moved from elsewhere or is owed to"
                " others.",
            ),
            self.selector,
            split,
        )

    def _field(self, key: str) -> str | None:
        effect = self.selected_path()
        return None if effect is None else join_path(effect, key)

    def _write_step(self, step: int, _path: str, text: Any) -> tuple[Issue, ...]:
        effect = self.selected_path()
        if effect is None:
            return ()
        return self.controller.attempt(
            commands.build,
            "set",
            join_path(effect, "chain"),
            edits.set_chain_step,
            effect,
            step,
            " ".join(str(text).split()),  # one line in the tables and the report
            self.controller.document.cpi,
        )

    def _new_item(self) -> dict[str, Any]:
        return edits.new_effect(
            self.controller.scenario, self.model.alternative, translate("Effects", "New effect")
        )


def _chain_step(scenario: Scenario, path: str, step: int) -> str:
    chain = resolve(scenario, path) or []
    return chain[step] if step < len(chain) else ""


class PmItemsPage(QWidget):
    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.controller = context.controller
        self.model = PmItemsModel(self.controller, self)
        self.editor = ListEditor(
            self.model,
            lambda: edits.new_pm_item(
                self.controller.scenario, translate("PmItems", "New PM post")
            ),
        )
        _fill(
            self,
            translate("PmItems", "PM posts"),
            translate(
                "PmItems",
                "Effects that matter but cannot be valued in money (pro memorie). They"
                " appear in the MKBA overview with their sign: + for a benefit, \u2212 for"
                " a cost, ? when the direction is unknown.",
            ),
            self.editor,
        )
