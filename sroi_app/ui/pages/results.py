"""The Results page: KPI tiles, charts and tables of one variant against the nulalternatief.

It follows the document: after every change (an edit, undo, redo, another
file) it asks the controller for the evaluation, which the document
computes once per version, and updates the tiles, the warnings and the
visible tab; charts update their artists in place and repaint with
``draw_idle``. Hidden tabs (and the page itself when hidden) are brought up
to date when they are shown, so typing elsewhere never waits for them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sroi_app.app.evaluation import Evaluation
from sroi_app.calc import AlternativeResult
from sroi_app.charts.results import EffectsChart, StakeholderChart, YearlyFlowsChart
from sroi_app.domain.formatting import format_money, format_percent, format_ratio, format_years
from sroi_app.domain.labels import conventions_text, label
from sroi_app.ui.i18n import current_lang, translate
from sroi_app.ui.models.result_models import (
    OverviewModel,
    StakeholderResultModel,
    ValueMapModel,
    WarningsModel,
)
from sroi_app.ui.pages.common import AlternativeSelector, heading
from sroi_app.ui.registry import PageContext
from sroi_app.ui.widgets.chart import ChartView
from sroi_app.ui.widgets.kpi import KpiTile

KPI_KEYS = ("npv", "sroi_ratio", "irr", "payback_years", "pv_costs", "pv_benefits")


def kpi_text(key: str, result: AlternativeResult) -> tuple[float | None, str, str]:
    """The value, its text in the interface language, and its tone, for one KPI."""
    lang = current_lang()
    value: float | None = getattr(result, key)
    if key in ("npv", "pv_costs", "pv_benefits"):
        tone = ("good" if result.npv >= 0 else "bad") if key == "npv" else ""
        return value, format_money(value, lang), tone
    if key == "sroi_ratio":
        tone = "" if value is None else ("good" if value >= 1 else "bad")
        return value, format_ratio(value, lang), tone
    if key == "irr":
        return value, format_percent(value, lang), ""
    if value is None:
        return None, label("not_paid_back", lang), "bad"
    return value, format_years(value, lang), ""


def _table(model: object) -> QTableView:
    view = QTableView()
    view.setModel(model)  # type: ignore[arg-type]
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(False)
    return view


class ResultsPage(QWidget):
    def __init__(self, context: PageContext) -> None:
        super().__init__()
        lang = current_lang()
        self.controller = context.controller
        self.selector = AlternativeSelector(
            self.controller, variants_only=True, label=translate("Results", "Variant:")
        )
        self.selector.changed.connect(lambda _i: self.refresh())

        self.tiles: dict[str, KpiTile] = {}
        captions = {
            "npv": translate("Results", "Net present value (NPV)"),
            "sroi_ratio": translate("Results", "SROI ratio (benefits / costs)"),
            "irr": translate("Results", "Internal rate of return"),
            "payback_years": translate("Results", "Discounted payback period"),
            "pv_costs": translate("Results", "Present value of costs"),
            "pv_benefits": translate("Results", "Present value of benefits"),
        }
        tiles = QWidget()
        grid = QGridLayout(tiles)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, key in enumerate(KPI_KEYS):
            self.tiles[key] = KpiTile(key, captions[key])
            grid.addWidget(self.tiles[key], 0, i)
        self.conventions = QLabel()
        self.conventions.setWordWrap(True)
        self.conventions.setObjectName("conventions")

        self.warnings_model = WarningsModel(self)
        self.warnings_title = QLabel()
        self.warnings_view = _table(self.warnings_model)
        self.warnings_view.verticalHeader().setDefaultSectionSize(24)
        warnings = QWidget()
        box = QVBoxLayout(warnings)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.warnings_title)
        box.addWidget(self.warnings_view)

        self.yearly = YearlyFlowsChart(lang=lang)
        self.by_stakeholder = StakeholderChart(lang=lang)
        self.by_effect = EffectsChart(lang=lang)
        self.yearly_view = ChartView(self.yearly.figure, "contante-waarde-per-jaar")
        self.stakeholder_view = ChartView(self.by_stakeholder.figure, "wie-betaalt-wie-wint")
        self.effect_view = ChartView(self.by_effect.figure, "waarde-per-effect")
        self.stakeholder_model = StakeholderResultModel(self)
        self.overview_model = OverviewModel(self)
        self.value_map_model = ValueMapModel(self)
        self.stakeholder_table = _table(self.stakeholder_model)
        self.overview_table = _table(self.overview_model)
        self.value_map_table = _table(self.value_map_model)
        who = QSplitter(Qt.Orientation.Horizontal)
        who.addWidget(self.stakeholder_view)
        who.addWidget(self.stakeholder_table)
        who.setStretchFactor(0, 1)
        who.setStretchFactor(1, 0)
        who.setSizes([700, 560])

        self.tabs = QTabWidget()
        self.tabs.addTab(self.yearly_view, translate("Results", "Per year"))
        self.tabs.addTab(who, translate("Results", "Who pays, who gains"))
        self.tabs.addTab(self.effect_view, translate("Results", "Per effect"))
        self.tabs.addTab(self.overview_table, translate("Results", "MKBA overview"))
        self.tabs.addTab(self.value_map_table, translate("Results", "SROI value map"))
        self.tabs.currentChanged.connect(lambda _i: self._update_tab())
        self._tab_updaters: list[Callable[[Evaluation, AlternativeResult], None]] = [
            self._update_yearly,
            self._update_stakeholders,
            self._update_effects,
            lambda ev, r: self.overview_model.show(ev, r.alternative_id),
            lambda ev, r: self.value_map_model.show(ev, r.alternative_id),
        ]
        self._fresh_tabs: set[int] = set()

        self.empty = QLabel(
            translate(
                "Results",
                "There is no variant to compare with the nulalternatief yet. Add one on the"
                " Alternatives page, with its costs and effects.",
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(tiles)
        inner.addWidget(self.conventions)
        inner.addWidget(warnings)
        inner.addWidget(self.tabs, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(content)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.addWidget(
            heading(
                translate("Results", "Results"),
                translate(
                    "Results",
                    "The societal return of the chosen variant against the nulalternatief,"
                    " updated with every change.",
                ),
            )
        )
        layout.addWidget(self.selector)
        layout.addWidget(self.stack, 1)
        self._stale = True
        self.controller.scenarioChanged.connect(self._scenario_changed)
        self.refresh()

    # -- updating -----------------------------------------------------------------------------

    def _scenario_changed(self, _old: object, _new: object) -> None:
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def current(self) -> tuple[Evaluation, AlternativeResult | None]:
        evaluation = self.controller.evaluation()
        alt = self.selector.current_id
        return evaluation, evaluation.variant(alt) if alt is not None else None

    def refresh(self) -> None:
        """Bring the page up to date, or mark it stale while it is hidden."""
        self._fresh_tabs.clear()
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        evaluation, result = self.current()
        lang = current_lang()
        self.warnings_model.show(evaluation)
        count = len(evaluation.warnings)
        self.warnings_title.setText(
            translate("Results", "Warnings ({n})").format(n=count)
            if count
            else translate("Results", "No warnings")
        )
        self.warnings_view.setVisible(bool(count))
        if count:
            rows = min(count, 4)
            view = self.warnings_view
            view.setFixedHeight(
                view.horizontalHeader().height()
                + rows * view.verticalHeader().defaultSectionSize()
                + 4
            )
        if result is None:
            self.stack.setCurrentIndex(1)
            for tile in self.tiles.values():
                tile.set_value(None, "\u2013")
            return
        self.stack.setCurrentIndex(0)
        for key, tile in self.tiles.items():
            tile.set_value(*kpi_text(key, result))
        self.conventions.setText(conventions_text(evaluation.scenario, lang))
        self._update_tab()

    def _update_tab(self) -> None:
        index = self.tabs.currentIndex()
        if index in self._fresh_tabs or not self.isVisible():
            return
        evaluation, result = self.current()
        if result is None:
            return
        self._tab_updaters[index](evaluation, result)
        self._fresh_tabs.add(index)

    def update_all(self) -> None:
        """Every tab now (for exports and tests), not only the visible one."""
        evaluation, result = self.current()
        if result is None:
            return
        for index, update in enumerate(self._tab_updaters):
            update(evaluation, result)
            self._fresh_tabs.add(index)

    def _update_yearly(self, evaluation: Evaluation, result: AlternativeResult) -> None:
        self.yearly.update(result, [int(y) for y in evaluation.result.calendar_years])
        self.yearly_view.redraw()

    def _update_stakeholders(self, evaluation: Evaluation, result: AlternativeResult) -> None:
        names = {s.id: s.name or s.id for s in evaluation.scenario.stakeholders}
        self.by_stakeholder.update(result, names)
        self.stakeholder_view.redraw()
        self.stakeholder_model.show(evaluation, result.alternative_id)

    def _update_effects(self, evaluation: Evaluation, result: AlternativeResult) -> None:
        alt = next(a for a in evaluation.scenario.alternatives if a.id == result.alternative_id)
        names = {e.id: e.name or e.id for e in alt.effects}
        self.by_effect.update(result, names)
        self.effect_view.redraw()


def create(context: PageContext) -> QWidget:
    return ResultsPage(context)
