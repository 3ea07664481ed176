"""Read-only table models of the results: who pays / who gains, MKBA overview, value map.

They show rows from ``sroi_app.app.evaluation`` for one variant; the results
page hands them a fresh evaluation after every edit (``show``), which is a
model reset. The rows are the engine's numbers, formatted per language.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from sroi_app.app.evaluation import (
    Evaluation,
    OverviewRow,
    StakeholderRow,
    ValueMapRow,
    mkba_overview,
    stakeholder_rows,
    value_map,
)
from sroi_app.domain.corrections import corrections
from sroi_app.domain.errors import Issue
from sroi_app.domain.formatting import (
    format_money,
    format_number,
    format_percent,
    format_ratio,
)
from sroi_app.domain.labels import label
from sroi_app.ui.i18n import (
    current_lang,
    describe_location,
    field_labels,
    issue_message,
    translate,
)
from sroi_app.ui.models.base import LEFT, RIGHT

Index = QModelIndex | QPersistentModelIndex
MINUS = "\u2212"


class RowsModel(QAbstractTableModel):
    """Rows of plain objects; each column is a title and a cell function."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: Sequence[Any] = ()

    def column_titles(self) -> list[str]:
        raise NotImplementedError

    def cell(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def numeric(self, column: int) -> bool:
        return column > 0

    def bold(self, row: Any) -> bool:
        return False

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = tuple(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.column_titles())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            titles = self.column_titles()
            return titles[section] if 0 <= section < len(titles) else None
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(row, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if self.numeric(index.column()) else LEFT
        if role == Qt.ItemDataRole.FontRole and self.bold(row):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class StakeholderResultModel(RowsModel):
    """Who pays and who gains: per stakeholder, with a total row."""

    def show(self, evaluation: Evaluation, alternative_id: str) -> None:
        variant = evaluation.variant(alternative_id)
        if variant is None:
            self.set_rows(())
            return
        rows: list[StakeholderRow] = stakeholder_rows(evaluation.scenario, variant)
        total = StakeholderRow(
            "", translate("Results", "Total"), variant.pv_costs, variant.pv_benefits, variant.npv
        )
        self.set_rows([*rows, total])

    def column_titles(self) -> list[str]:
        return [
            field_labels()["stakeholder"],
            translate("Results", "Pays (PV costs)"),
            translate("Results", "Receives (PV benefits)"),
            translate("Results", "Balance"),
        ]

    def cell(self, row: StakeholderRow, column: int) -> str:
        lang = current_lang()
        if column == 0:
            return row.name
        return format_money((row.pv_costs, row.pv_benefits, row.npv)[column - 1], lang)

    def bold(self, row: StakeholderRow) -> bool:
        return row.stakeholder_id == ""


class OverviewModel(RowsModel):
    """The MKBA overview: costs, benefits, PM posts with their sign, the balance."""

    def show(self, evaluation: Evaluation, alternative_id: str) -> None:
        if evaluation.variant(alternative_id) is None:
            self.set_rows(())
            return
        self.set_rows(mkba_overview(evaluation.scenario, evaluation.result, alternative_id))

    def column_titles(self) -> list[str]:
        return [
            translate("Results", "Item"),
            translate("Results", "Stakeholder"),
            translate("Results", "Present value"),
        ]

    def numeric(self, column: int) -> bool:
        return column == 2

    def _label(self, row: OverviewRow) -> str:
        lang = current_lang()
        if row.kind == "heading":
            return {
                "costs": translate("Results", "Costs"),
                "benefits": translate("Results", "Benefits"),
                "pm": translate("Results", "PM posts (not valued in money)"),
            }[row.key]
        if row.kind == "reference":
            return translate("Results", "minus: nulalternatief")
        if row.kind == "subtotal":
            return {
                "costs": translate("Results", "Total costs (PV)"),
                "benefits": translate("Results", "Total benefits (PV)"),
            }[row.key]
        if row.kind in ("balance", "ratio"):
            return label(row.key, lang)
        return f"    {row.label}"

    def cell(self, row: OverviewRow, column: int) -> str:
        lang = current_lang()
        if column == 0:
            return self._label(row)
        if column == 1:
            return row.stakeholder
        if row.kind == "heading":
            return ""
        if row.kind == "pm":
            return "PM " + row.sign.replace("-", MINUS)
        if row.kind == "ratio":
            return format_ratio(row.value, lang)
        return format_money(row.value, lang)

    def bold(self, row: OverviewRow) -> bool:
        return row.kind in ("heading", "subtotal", "balance", "ratio")


class ValueMapModel(RowsModel):
    """The SROI value map: stakeholder, outcome, indicator, quantity, proxy, corrections, value."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cached: list[tuple[str, Callable[[ValueMapRow], str], bool]] | None = None

    def show(self, evaluation: Evaluation, alternative_id: str) -> None:
        self._cached = None
        if evaluation.variant(alternative_id) is None:
            self.set_rows(())
            return
        self.set_rows(value_map(evaluation.scenario, evaluation.result, alternative_id))

    def _columns(self) -> list[tuple[str, Callable[[ValueMapRow], str], bool]]:
        if self._cached is None:
            self._cached = self._build_columns()
        return self._cached

    def _build_columns(self) -> list[tuple[str, Callable[[ValueMapRow], str], bool]]:
        lang = current_lang()
        f = field_labels()

        def pct(x: float) -> str:
            return format_percent(x, lang, 0 if float(x * 100).is_integer() else 1)

        def number(x: float) -> str:
            return format_number(x, 0 if float(x).is_integer() else 2, lang)

        def money(x: float) -> str:
            return format_money(x, lang, 0 if float(x).is_integer() else 2)

        return [
            (f["stakeholder"], lambda r: r.stakeholder, False),
            (translate("Results", "Outcome"), lambda r: r.outcome, False),
            (f["indicator"], lambda r: r.indicator, False),
            (f["quantity"], lambda r: f"{number(r.quantity)} {r.unit}".strip(), True),
            (f["proxy"], lambda r: r.proxy_name, False),
            (translate("Results", "Value per unit"), lambda r: money(r.proxy_value), True),
            *(
                (c.label(lang), _correction_cell(c.field, pct), True)
                for c in corrections()
                if c.is_fraction
            ),
            (
                translate("Results", "Years"),
                lambda r: (
                    f"{r.first_year}\u2013{r.first_year + r.duration_years - 1}"
                    if r.duration_years
                    else "\u2013"
                ),
                True,
            ),
            (translate("Results", "Value (PV)"), lambda r: format_money(r.value, lang), True),
            (f["source"], lambda r: r.proxy_source, False),
        ]

    def column_titles(self) -> list[str]:
        return [title for title, _, _ in self._columns()]

    def cell(self, row: ValueMapRow, column: int) -> str:
        return self._columns()[column][1](row)

    def numeric(self, column: int) -> bool:
        return self._columns()[column][2]


def _correction_cell(field: str, pct: Callable[[float], str]) -> Callable[[ValueMapRow], str]:
    return lambda r: pct(r.corrections[field])


class WarningsModel(RowsModel):
    """The over-claiming warnings, worded in the interface language."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scenario: object = None

    def show(self, evaluation: Evaluation) -> None:
        self.scenario = evaluation.scenario
        if tuple(evaluation.warnings) != tuple(self.rows):
            self.set_rows(evaluation.warnings)
        elif self.rows:  # most edits change no warning; names in "where" may have changed
            self.dataChanged.emit(self.index(0, 1), self.index(len(self.rows) - 1, 1))

    def column_titles(self) -> list[str]:
        return [translate("Results", "Warning"), translate("Results", "Where")]

    def cell(self, row: Issue, column: int) -> str:
        if column == 0:
            return issue_message(row)
        return describe_location(self.scenario, row.path) if row.path else ""

    def numeric(self, column: int) -> bool:
        return False


class CashFlowModel(RowsModel):
    """The yearly cash flows of a variant against the nulalternatief: the engine's ``years``.

    One row per year index ``t`` (0 to the horizon) with its calendar year, the
    incremental costs and benefits (undiscounted, in the scenario's prices),
    their balance, the discount factor, the present value of the balance and
    the running NPV (``cum_t``); a last row sums the flows and present values.
    """

    def show(self, evaluation: Evaluation, alternative_id: str) -> None:
        variant = evaluation.variant(alternative_id)
        if variant is None:
            self.set_rows(())
            return
        engine = evaluation.result
        net = variant.net
        discounted = variant.discount_factor * net
        cumulative = variant.cumulative_npv
        rows: list[tuple[Any, ...]] = [
            (
                int(t),
                int(year),
                float(variant.costs[i]),
                float(variant.benefits[i]),
                float(net[i]),
                float(variant.discount_factor[i]),
                float(discounted[i]),
                float(cumulative[i]),
            )
            for i, (t, year) in enumerate(zip(engine.years, engine.calendar_years, strict=True))
        ]
        total = (
            None,
            None,
            float(variant.costs.sum()),
            float(variant.benefits.sum()),
            float(net.sum()),
            None,
            variant.npv,
            None,
        )
        self.set_rows([*rows, total])

    def column_titles(self) -> list[str]:
        return [
            translate("Results", "Year"),
            translate("Results", "Calendar year"),
            translate("Results", "Extra costs"),
            translate("Results", "Extra benefits"),
            translate("Results", "Balance"),
            translate("Results", "Discount factor"),
            translate("Results", "Present value"),
            translate("Results", "Cumulative NPV"),
        ]

    def cell(self, row: tuple[Any, ...], column: int) -> str:
        value = row[column]
        if column == 0:
            return translate("Results", "Total") if value is None else str(value)
        if value is None:
            return ""
        if column == 1:
            return str(value)
        if column == 5:
            return format_number(value, 4, current_lang())
        return format_money(value, current_lang())

    def numeric(self, column: int) -> bool:
        return True

    def bold(self, row: tuple[Any, ...]) -> bool:
        return row[0] is None
