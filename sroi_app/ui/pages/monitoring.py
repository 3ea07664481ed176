"""The Monitoring page: the forecast beside what was measured and spent (issue 13).

Per effect the measured years with the forecast and realised present values
and a status (on track, behind, ahead, far below: docs/monitoring.md), per
cost item the forecast beside the actual spending, the re-forecast NPV and
ratio beside the original, and a chart of both per year and cumulative.
Measurements and actuals come in one at a time through the form
(``widgets/measurement_form.py``) or from CSV files
(``app.monitoring_import``); each entry and each import is one undoable step.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sroi_app.app import commands
from sroi_app.app.monitoring_import import Kind, MonitoringImportError, import_monitoring
from sroi_app.calc.monitoring import AlternativeMonitoring, ItemMonitoring, monitor
from sroi_app.charts.monitoring import draw_monitoring
from sroi_app.charts.results import new_figure
from sroi_app.domain.formatting import format_money, format_ratio
from sroi_app.domain.models import Scenario
from sroi_app.ui.i18n import current_lang, translate
from sroi_app.ui.models.result_models import RowsModel
from sroi_app.ui.pages.common import AlternativeSelector, ShownPage, heading, note
from sroi_app.ui.registry import PageContext, PageSpec, register_page
from sroi_app.ui.widgets.chart import ChartView
from sroi_app.ui.widgets.measurement_form import MeasurementForm
from sroi_app.ui.widgets.split import splitter
from sroi_app.ui.widgets.tables import read_only_table


def status_text(status: str, kind: str = "effect") -> str:
    if kind == "cost":
        return {
            "on_track": translate("Monitoring", "within the estimate"),
            "behind": translate("Monitoring", "below the estimate"),
            "ahead": translate("Monitoring", "above the estimate"),
            "far_below": translate("Monitoring", "far below the estimate"),
            "no_forecast": translate("Monitoring", "not in the estimate"),
        }.get(status, status)
    return {
        "on_track": translate("Monitoring", "on track"),
        "behind": translate("Monitoring", "behind"),
        "ahead": translate("Monitoring", "ahead"),
        "far_below": translate("Monitoring", "far below the forecast"),
        "no_forecast": translate("Monitoring", "no forecast for that year"),
    }.get(status, status)


class ItemsModel(RowsModel):
    """One row per measured effect (or cost item with actuals)."""

    def __init__(self, kind: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.kind = kind

    def column_titles(self) -> list[str]:
        item = (
            translate("Monitoring", "Effect")
            if self.kind == "effect"
            else translate("Monitoring", "Cost item")
        )
        realised = (
            translate("Monitoring", "Realised (PV)")
            if self.kind == "effect"
            else translate("Monitoring", "Actual (PV)")
        )
        return [
            item,
            translate("Monitoring", "Measured years"),
            translate("Monitoring", "Forecast (PV)"),
            realised,
            translate("Monitoring", "Status"),
        ]

    def numeric(self, column: int) -> bool:
        return column in (2, 3)

    def cell(self, row: tuple[str, ItemMonitoring], column: int) -> str:
        name, item = row
        lang = current_lang()
        return [
            name,
            ", ".join(str(y) for y in item.years),
            format_money(item.forecast_pv, lang),
            format_money(item.realised_pv, lang),
            status_text(item.status, self.kind),
        ][column]


class MonitoringPage(ShownPage):
    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.controller = context.controller
        self.selector = AlternativeSelector(
            self.controller, variants_only=True, label=translate("Monitoring", "Variant:")
        )
        self.selector.changed.connect(lambda _i: self.refresh())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("reforecast")
        self.effects = ItemsModel("effect", self)
        self.costs = ItemsModel("cost", self)
        self.import_measurements = QPushButton(
            translate("Monitoring", "Import measurements (CSV)…")
        )
        self.import_measurements.clicked.connect(lambda: self.import_file("measurements"))
        self.import_actuals = QPushButton(translate("Monitoring", "Import actual spending (CSV)…"))
        self.import_actuals.clicked.connect(lambda: self.import_file("actuals"))
        self.form = MeasurementForm(self.controller)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_measurements)
        buttons.addWidget(self.import_actuals)
        buttons.addStretch(1)
        self.figure = new_figure(9.0, 3.6)
        self.chart = ChartView(self.figure, "monitoring")
        # The tables and the chart share the height: usable down to 1280 x 720.
        self.chart.canvas.setMinimumHeight(160)
        tables = QWidget()
        box = QVBoxLayout(tables)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(read_only_table(self.effects))
        box.addWidget(read_only_table(self.costs))
        split = splitter(Qt.Orientation.Vertical, tables, self.chart)
        layout = QVBoxLayout(self)
        layout.addWidget(
            heading(
                translate("Monitoring", "Monitoring"),
                translate(
                    "Monitoring",
                    "After delivery: what was measured and spent, beside the forecast. A measured"
                    " year replaces the forecast of that year (with the same deadweight,"
                    " displacement and attribution); the re-forecast is the result with"
                    " everything measured so far.",
                ),
            )
        )
        layout.addWidget(self.selector)
        layout.addLayout(buttons)
        layout.addWidget(self.form)
        layout.addWidget(self.summary)
        layout.addWidget(
            note(
                translate(
                    "Monitoring",
                    "Status in the latest measured year: on track within 10% of the forecast,"
                    " behind or ahead beyond that, far below under half of it.",
                )
            )
        )
        layout.addWidget(split, 1)
        self.monitored: AlternativeMonitoring | None = None
        self._stale = True
        self.controller.scenarioChanged.connect(lambda _old, _new: self._changed())
        self.controller.evaluationReady.connect(lambda _evaluation: self._changed())

    def _changed(self) -> None:
        """Redraw now when shown; otherwise when next shown (edits elsewhere stay fast)."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        scenario = self.controller.scenario
        evaluation = self.controller.latest_evaluation()
        alternative_id = self.selector.current_id
        self.monitored = None
        if evaluation is None or evaluation.scenario is not scenario or alternative_id is None:
            self.effects.set_rows([])
            self.costs.set_rows([])
            self.summary.setText("")
            return
        result = evaluation.result
        found = {
            m.alternative_id: m for m in monitor(scenario, self.controller.document.cpi, result)
        }
        self.monitored = monitored = found.get(alternative_id)
        if monitored is None:
            return
        alternative = next(a for a in scenario.alternatives if a.id == alternative_id)
        self.form.set_alternative(scenario.alternatives.index(alternative), scenario)
        names = {e.id: e.name or e.id for e in alternative.effects}
        names |= {c.id: c.name or c.id for c in alternative.costs}
        self.effects.set_rows([(names[i], item) for i, item in monitored.by_effect.items()])
        self.costs.set_rows([(names[i], item) for i, item in monitored.by_cost.items()])
        forecast = result.result(alternative_id)
        lang = current_lang()
        self.summary.setText(
            translate(
                "Monitoring",
                "Forecast: NPV {npv}, SROI ratio {ratio}. Re-forecast with what was measured:"
                " NPV {re_npv}, SROI ratio {re_ratio}.",
            ).format(
                npv=format_money(forecast.npv, lang),
                ratio=format_ratio(forecast.sroi_ratio, lang),
                re_npv=format_money(monitored.reforecast.npv, lang),
                re_ratio=format_ratio(monitored.reforecast.sroi_ratio, lang),
            )
        )
        draw_monitoring(
            self.figure,
            forecast,
            monitored,
            result.calendar_years,
            result.price_year,
            alternative.name or alternative.id,
            lang,
        )
        self.chart.redraw()

    def import_file(self, kind: Kind, path: Path | None = None) -> bool:
        """Read a CSV file into the selected variant as one undoable step; False if refused."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                translate("Monitoring", "Import from CSV"),
                self.context.settings.last_directory,
                translate("Monitoring", "CSV files (*.csv *.txt);;All files (*)"),
            )
            if not chosen:
                return False
            path = Path(chosen)
        index = self.selector.current_index()
        before: Scenario = self.controller.scenario
        try:
            text = path.read_text(encoding="utf-8-sig")
            after = import_monitoring(
                before, index, kind, text, self.controller.document.cpi, current_lang()
            )
        except (OSError, UnicodeDecodeError) as exc:
            self._refused([str(exc)])
            return False
        except MonitoringImportError as exc:
            self._refused(exc.problems)
            return False
        self.controller.push(commands.replace(before, after, f"import_{kind}"))
        return True

    def _refused(self, problems: list[str]) -> None:
        shown = problems[:15] + (["…"] if len(problems) > 15 else [])
        QMessageBox.warning(
            self,
            translate("Monitoring", "Import refused"),
            translate("Monitoring", "Nothing was imported:") + "\n\n" + "\n".join(shown),
        )


def create(context: PageContext) -> QWidget:
    return MonitoringPage(context)


register_page(
    PageSpec(
        "monitoring",
        lambda: translate("Pages", "Monitoring"),
        create,
        95,
        lambda: translate("Pages", "After delivery: forecast against what was measured"),
    )
)
