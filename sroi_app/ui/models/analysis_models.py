"""Read-only table models of the Sensitivity and Comparison pages.

- ``SwitchingValuesModel``: per parameter the central value, the switching
  value, its distance from the central value and whether it lies in the range;
- ``SimulationSummaryModel``: mean and percentiles of the simulated NPV and
  SROI ratio;
- ``ComparisonModel``: the alternatives side by side (columns), their own
  present values and, per variant, the engine's results against the
  nulalternatief;
- ``IncrementModel``: variant B against alternative A.

Rows come from the Qt-free layer (``charts.sensitivity.switching_value_rows``,
``calc`` results, ``app.comparison``); the models only word and format them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from sroi_app.app.comparison import AlternativeColumn, Increment
from sroi_app.calc import AlternativeResult
from sroi_app.calc.uncertainty import AlternativeSimulation
from sroi_app.charts.sensitivity import SwitchingRow
from sroi_app.domain.formatting import (
    DASH,
    format_money,
    format_percent,
    format_ratio,
    format_years,
)
from sroi_app.domain.labels import label
from sroi_app.ui.i18n import current_lang, translate
from sroi_app.ui.models.result_models import RowsModel

Index = QModelIndex | QPersistentModelIndex
WITHIN_COLOUR = QColor("#fbe3d6")  # a switching value inside the range: the result can flip


class SwitchingValuesModel(RowsModel):
    """Switching values of one variant, the closest to the central value first."""

    def column_titles(self) -> list[str]:
        return [
            translate("Sensitivity", "Parameter"),
            translate("Sensitivity", "Central value"),
            translate("Sensitivity", "Switching value (NPV = 0)"),
            translate("Sensitivity", "Distance from central"),
            translate("Sensitivity", "Within the range"),
        ]

    def cell(self, row: SwitchingRow, column: int) -> str:
        if column == 0:
            return row.label
        if column == 1:
            return row.central_text
        if column == 2:
            return row.value_text if row.value is not None else translate("Sensitivity", "none")
        if column == 3:
            return row.distance_text
        return (
            translate("Sensitivity", "yes") if row.within_range else translate("Sensitivity", "no")
        )

    def numeric(self, column: int) -> bool:
        return column in (1, 2, 3)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            if 0 <= index.row() < len(self.rows) and self.rows[index.row()].within_range:
                return QBrush(WITHIN_COLOUR)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() == 0:
            return self.rows[index.row()].path if 0 <= index.row() < len(self.rows) else None
        return super().data(index, role)


class SimulationSummaryModel(RowsModel):
    """Mean and percentiles of the simulated NPV and SROI ratio of one variant."""

    KEYS = ("mean", "p5", "p10", "p50", "p90", "p95")

    def show(self, simulation: AlternativeSimulation | None) -> None:
        self.set_rows(
            ()
            if simulation is None
            else [("npv", simulation.npv_summary), ("sroi_ratio", simulation.sroi_ratio_summary)]
        )

    def column_titles(self) -> list[str]:
        return ["", translate("Sensitivity", "Mean"), "P5", "P10", "P50", "P90", "P95"]

    def cell(self, row: Any, column: int) -> str:
        key, summary = row
        lang = current_lang()
        if column == 0:
            return label(key, lang)
        value = getattr(summary, self.KEYS[column - 1])
        return format_money(value, lang) if key == "npv" else format_ratio(value, lang)


# -- comparison ------------------------------------------------------------------------------

Metric = tuple[str, Callable[[AlternativeColumn], str], bool]  # title, cell, bold


def _against(column: AlternativeColumn, show: Callable[[AlternativeResult], str]) -> str:
    result = column.against_reference
    return DASH if result is None else show(result)


def payback_text(years: float | None) -> str:
    lang = current_lang()
    return label("not_paid_back", lang) if years is None else format_years(years, lang)


class ComparisonModel(RowsModel):
    """Alternatives as columns (file order), metrics as rows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns: tuple[AlternativeColumn, ...] = ()

    def show(self, columns: list[AlternativeColumn]) -> None:
        self.beginResetModel()
        self.columns = tuple(columns)
        self.rows = tuple(self._metrics())
        self.endResetModel()

    def _metrics(self) -> list[Metric]:
        lang = current_lang()

        def money(x: float) -> str:
            return format_money(x, lang)

        return [
            (translate("Comparison", "Own costs (PV)"), lambda c: money(c.own_pv_costs), False),
            (
                translate("Comparison", "Own benefits (PV)"),
                lambda c: money(c.own_pv_benefits),
                False,
            ),
            (translate("Comparison", "Own balance (PV)"), lambda c: money(c.own_npv), False),
            (
                translate("Comparison", "Extra costs against the nulalternatief (PV)"),
                lambda c: _against(c, lambda r: money(r.pv_costs)),
                False,
            ),
            (
                translate("Comparison", "Extra benefits against the nulalternatief (PV)"),
                lambda c: _against(c, lambda r: money(r.pv_benefits)),
                False,
            ),
            (label("npv", lang), lambda c: _against(c, lambda r: money(r.npv)), True),
            (
                label("sroi_ratio", lang),
                lambda c: _against(c, lambda r: format_ratio(r.sroi_ratio, lang)),
                True,
            ),
            (
                label("net_sroi_ratio", lang),
                lambda c: _against(c, lambda r: format_ratio(r.net_sroi_ratio, lang)),
                False,
            ),
            (
                label("irr", lang),
                lambda c: _against(c, lambda r: format_percent(r.irr, lang)),
                False,
            ),
            (
                label("payback_years", lang),
                lambda c: _against(c, lambda r: payback_text(r.payback_years)),
                False,
            ),
        ]

    def column_titles(self) -> list[str]:
        titles = [translate("Comparison", "Per alternative")]
        for c in self.columns:
            marked = c.reference and "nulalternatief" not in c.name.lower()
            suffix = translate("Comparison", " (nulalternatief)") if marked else ""
            titles.append(c.name + suffix)
        return titles

    def cell(self, row: Metric, column: int) -> str:
        if column == 0:
            return row[0]
        return row[1](self.columns[column - 1])

    def bold(self, row: Metric) -> bool:
        return row[2]


class IncrementByStakeholderModel(RowsModel):
    """For whom: the extra costs and benefits of B over A per stakeholder (issue 15)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.names: dict[str, str] = {}

    def show(self, increment: Increment | None, names: dict[str, str]) -> None:
        self.names = names
        rows = [] if increment is None else list(increment.result.by_stakeholder.items())
        self.set_rows([r for r in rows if r[1].pv_costs or r[1].pv_benefits])

    def column_titles(self) -> list[str]:
        return [
            translate("Comparison", "For whom"),
            translate("Comparison", "Extra costs"),
            translate("Comparison", "Extra benefits"),
            translate("Comparison", "Extra net"),
        ]

    def cell(self, row: Any, column: int) -> str:
        sid, s = row
        lang = current_lang()
        values = [self.names.get(sid, sid), s.pv_costs, s.pv_benefits, s.npv]
        value = values[column]
        return value if isinstance(value, str) else format_money(value, lang)


IncrementRow = tuple[str, Callable[[Increment], str], bool]


class IncrementModel(RowsModel):
    """Variant B against alternative A: the increments, and what each extra euro buys."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.increment: Increment | None = None

    def show(self, increment: Increment | None) -> None:
        self.beginResetModel()
        self.increment = increment
        self.rows = tuple(self._rows()) if increment is not None else ()
        self.endResetModel()

    def _rows(self) -> list[IncrementRow]:
        lang = current_lang()
        return [
            (
                translate("Comparison", "Extra costs, B over A (ΔPV costs)"),
                lambda i: format_money(i.pv_costs, lang),
                False,
            ),
            (
                translate("Comparison", "Extra benefits, B over A (ΔPV benefits)"),
                lambda i: format_money(i.pv_benefits, lang),
                False,
            ),
            (
                translate("Comparison", "Extra net present value (ΔNPV)"),
                lambda i: format_money(i.npv, lang),
                True,
            ),
            (
                translate(
                    "Comparison", "Incremental benefit-cost ratio (ΔPV benefits / ΔPV costs)"
                ),
                lambda i: format_ratio(i.ratio, lang),
                True,
            ),
            (
                translate("Comparison", "Incremental internal rate of return"),
                lambda i: format_percent(i.irr, lang),
                False,
            ),
            (
                translate("Comparison", "Discounted payback of the extra investment"),
                lambda i: payback_text(i.payback_years),
                False,
            ),
        ]

    def column_titles(self) -> list[str]:
        return [translate("Comparison", "B over A"), translate("Comparison", "Value")]

    def cell(self, row: IncrementRow, column: int) -> str:
        if column == 0:
            return row[0]
        assert self.increment is not None
        return row[1](self.increment)

    def bold(self, row: IncrementRow) -> bool:
        return row[2]
