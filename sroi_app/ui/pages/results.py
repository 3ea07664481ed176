"""The Results page: KPI tiles, charts and tables of one variant against the nulalternatief.

It follows the document's evaluation: after every change (an edit, undo,
redo, another file) the controller emits ``evaluationReady`` (at once for
an ordinary scenario, from a worker thread for a large one, with the tiles
greyed until then), and the page updates the tiles, the warnings and the
visible tab; charts update their artists in place and repaint with
``draw_idle``. Hidden tabs (and the page itself when hidden) are brought up
to date when they are shown, so typing elsewhere never waits for them.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from matplotlib.figure import Figure
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
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
    CashFlowModel,
    OverviewModel,
    StakeholderResultModel,
    ValueMapModel,
    WarningsModel,
)
from sroi_app.ui.pages.common import AlternativeSelector, ShownPage, heading
from sroi_app.ui.pages.results_decision import DecisionTab
from sroi_app.ui.registry import PageContext
from sroi_app.ui.widgets.chart import ChartView
from sroi_app.ui.widgets.kpi import KpiTile
from sroi_app.ui.widgets.split import splitter
from sroi_app.ui.widgets.tables import read_only_table

#: The tabs: the decision first (issue 11), then the yearly chart.
DECISION, YEARLY = 0, 1
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


def _limits(figure: Figure, axis: str) -> tuple[float, float] | None:
    if not figure.axes:
        return None
    ax = figure.axes[0]
    low, high = ax.get_ylim() if axis == "y" else ax.get_xlim()
    return (float(low), float(high))


def _fits(values: np.ndarray, limits: tuple[float, float]) -> bool:
    """The values (and zero) lie inside the limits and fill at least half of them."""
    low, high = sorted(limits)
    top, bottom = max(float(values.max(initial=0.0)), 0.0), min(float(values.min(initial=0.0)), 0.0)
    return bottom >= low and top <= high and (top - bottom) >= 0.5 * (high - low)


class ResultsPage(ShownPage):
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
        tiles = self.tiles_box = QWidget()
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
        self.warnings_view = read_only_table(self.warnings_model, stretch_last=False)
        self.warnings_view.verticalHeader().setDefaultSectionSize(24)
        # Not sized to the contents: that reads every row after every edit.
        header = self.warnings_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 320)
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
        for view in (self.yearly_view, self.stakeholder_view, self.effect_view):
            view.price_year = self._price_year
        self.stakeholder_model = StakeholderResultModel(self)
        self.overview_model = OverviewModel(self)
        self.value_map_model = ValueMapModel(self)
        self.stakeholder_table = read_only_table(self.stakeholder_model, stretch_last=False)
        self.overview_table = read_only_table(self.overview_model, stretch_last=False)
        self.value_map_table = read_only_table(self.value_map_model, stretch_last=False)
        self.cash_flow_model = CashFlowModel(self)
        self.cash_flow_table = read_only_table(self.cash_flow_model, stretch_last=False)
        who = splitter(
            Qt.Orientation.Horizontal,
            self.stakeholder_view,
            self.stakeholder_table,
            stretch=(1, 0),
            sizes=(700, 560),
        )

        self.decision = DecisionTab(self.controller)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.decision, translate("Results", "Decision"))
        self.tabs.addTab(self.yearly_view, translate("Results", "Per year"))
        self.tabs.addTab(who, translate("Results", "Who pays, who gains"))
        self.tabs.addTab(self.effect_view, translate("Results", "Per effect"))
        self.tabs.addTab(self.overview_table, translate("Results", "MKBA overview"))
        self.tabs.addTab(self.value_map_table, translate("Results", "SROI value map"))
        self.tabs.addTab(self.cash_flow_table, translate("Results", "Cash flows per year"))
        self.tabs.currentChanged.connect(lambda _i: self._update_tab())
        self._tab_updaters: list[Callable[[Evaluation, AlternativeResult], None]] = [
            lambda ev, _r: self.decision.show_evaluation(ev),
            self._update_yearly,
            self._update_stakeholders,
            self._update_effects,
            lambda ev, r: self.overview_model.show(ev, r.alternative_id),
            lambda ev, r: self.value_map_model.show(ev, r.alternative_id),
            lambda ev, r: self.cash_flow_model.show(ev, r.alternative_id),
        ]
        self._fresh_tabs: set[int] = set()
        self._charted: dict[str, str] = {}  # chart -> the variant it was fully drawn for

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
        # Results follow the evaluation, which for a large scenario arrives from a
        # worker thread a little after the edit (the tiles are greyed meanwhile).
        self.controller.evaluationReady.connect(self._evaluation_ready)
        self.controller.evaluationPending.connect(lambda: self.tiles_box.setEnabled(False))
        self.refresh()

    # -- updating -----------------------------------------------------------------------------

    def _price_year(self) -> int:
        return self.controller.scenario.settings.effective_price_year

    def busy(self) -> bool:
        """Whether the decision tab is still computing (the screenshot tool waits for it)."""
        return self.decision.busy()

    def current(self) -> tuple[Evaluation, AlternativeResult | None]:
        evaluation = self.controller.latest_evaluation()
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
        pending = self.controller.evaluation_pending()
        self.tiles_box.setEnabled(not pending)
        if result is None and pending:
            return  # a new variant: its results are on their way; keep the last ones
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
        # The decision tab states the conventions itself, with the discount rate's source.
        self.conventions.setVisible(index != DECISION)
        if index in self._fresh_tabs or not self.isVisible():
            return
        evaluation, result = self.current()
        if result is None:
            return
        self._tab_updaters[index](evaluation, result)
        self._fresh_tabs.add(index)

    def _update_yearly(self, evaluation: Evaluation, result: AlternativeResult) -> None:
        chart, view = self.yearly, self.yearly_view
        built, limits = chart._costs, _limits(chart.figure, "y")
        chart.update(result, [int(y) for y in evaluation.result.calendar_years])
        values = np.concatenate(
            [-result.discounted_costs, result.discounted_benefits, result.cumulative_npv]
        )
        rebuilt = chart._costs is not built
        if rebuilt and chart._costs and chart._benefits and chart._line:
            view.set_live_artists([*chart._costs, *chart._benefits, chart._line])
        self._repaint(view, "yearly", result, rebuilt, limits, values, "y")

    def _update_stakeholders(self, evaluation: Evaluation, result: AlternativeResult) -> None:
        names = {s.id: s.name or s.id for s in evaluation.scenario.stakeholders}
        chart, view = self.by_stakeholder, self.stakeholder_view
        built, limits = chart._pays, _limits(chart.figure, "x")
        chart.update(result, names)
        rows = result.by_stakeholder.values()
        values = np.array([v for s in rows for v in (-s.pv_costs, s.pv_benefits, s.npv)])
        rebuilt = chart._pays is not built
        if rebuilt and chart._pays and chart._gains and chart._balance:
            view.set_live_artists([*chart._pays, *chart._gains, chart._balance])
        self._repaint(view, "stakeholders", result, rebuilt, limits, values, "x")
        self.stakeholder_model.show(evaluation, result.alternative_id)

    def _repaint(
        self,
        view: ChartView,
        key: str,
        result: AlternativeResult,
        rebuilt: bool,
        limits: tuple[float, float] | None,
        values: np.ndarray,
        axis: str,
    ) -> None:
        """Blit when only the data moved within the same limits; else a full repaint.

        Limits are kept while the data still fills at least half of them, so
        typing in a value rarely changes the axes (and their ticks).
        """
        ax = view.figure.axes[0]
        same = self._charted.get(key) == result.alternative_id
        self._charted[key] = result.alternative_id
        if not rebuilt and same and limits is not None and _fits(values, limits):
            (ax.set_ylim if axis == "y" else ax.set_xlim)(limits)
            view.update_live()
        else:
            view.redraw(quick=not rebuilt and same)

    def _update_effects(self, evaluation: Evaluation, result: AlternativeResult) -> None:
        alt = next(a for a in evaluation.scenario.alternatives if a.id == result.alternative_id)
        names = {e.id: e.name or e.id for e in alt.effects}
        self.by_effect.update(result, names)
        self.effect_view.redraw()


def create(context: PageContext) -> QWidget:
    return ResultsPage(context)
