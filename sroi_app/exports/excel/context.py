"""What the sheet builders share: the scenario, its results, and where things were written.

Sheets are built in dependency order (inputs, cash flows, distribution, ...)
and each records the cells it made in the ``ExportContext``, so a later sheet
refers to them by meaning, never by guessing a row: ``ctx.inputs[path]`` is
the cell of the input with that JSON path (``alternatives[1].effects[0].proxy.value``,
``settings.start_year``), the naming of the calculation contract, section 9.
A future sheet (sensitivity, for example) finds every input it needs there.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from sroi_app.calc.results import ScenarioResult
from sroi_app.calc.uncertainty import SensitivityResult
from sroi_app.domain.cpi import CpiTable
from sroi_app.domain.errors import Issue
from sroi_app.domain.formatting import Lang
from sroi_app.domain.models import Scenario
from sroi_app.exports.excel.sheetxml import SheetStream
from sroi_app.exports.excel.texts import sheet_title, text

#: ``progress(fraction, stage)``: fraction in [0, 1], stage a short key
#: ("inputs", "cash_flows", ..., "writing"). Raising from it cancels the export.
ProgressCallback = Callable[[float, str], None]


def quote_sheet(name: str) -> str:
    return "'" + name.replace("'", "''") + "'"


def address(sheet: str, row: int, col: int, *, absolute: bool = True) -> str:
    """``'Invoer'!$H$40`` (or ``'Invoer'!H40``)."""
    letter = get_column_letter(col)
    cell = f"${letter}${row}" if absolute else f"{letter}{row}"
    return f"{quote_sheet(sheet)}!{cell}"


def span(sheet: str, row1: int, col1: int, row2: int, col2: int) -> str:
    """An absolute range on ``sheet``: ``'Kasstromen'!$H$7:$X$7``."""
    a = f"${get_column_letter(col1)}${row1}"
    b = f"${get_column_letter(col2)}${row2}"
    return f"{quote_sheet(sheet)}!{a}:{b}"


@dataclass
class AlternativeRows:
    """Rows of one alternative's block on the cash-flow sheet (own flows, not incremental)."""

    cost_rows: list[int] = field(default_factory=list)
    effect_rows: list[int] = field(default_factory=list)
    total_costs: int = 0
    total_benefits: int = 0


@dataclass
class VariantRows:
    """Rows of one non-reference alternative's incremental block on the cash-flow sheet."""

    d_costs: int = 0
    d_benefits: int = 0
    net: int = 0
    pv_d_costs: int = 0
    pv_d_benefits: int = 0
    pv_net: int = 0
    cumulative: int = 0
    below_zero: int = 0


@dataclass
class FlowLayout:
    """The cash-flow sheet: year rows, the columns before the years, and the blocks."""

    t_row: int = 0
    calendar_row: int = 0
    rate_row: int = 0
    df_row: int = 0
    kind_col: int = 1
    id_col: int = 2
    name_col: int = 3
    actor_col: int = 4
    factor_col: int = 5
    base_col: int = 6
    pv_col: int = 7
    first_year_col: int = 8
    horizon: int = 0
    alternatives: list[AlternativeRows] = field(default_factory=list)
    variants: list[VariantRows] = field(default_factory=list)

    @property
    def last_year_col(self) -> int:
        return self.first_year_col + self.horizon

    def year_span(self, sheet: str, row: int) -> str:
        return span(sheet, row, self.first_year_col, row, self.last_year_col)


@dataclass
class ExportContext:
    """Everything a sheet builder needs, and the addresses the builders leave behind."""

    scenario: Scenario
    cpi: CpiTable
    result: ScenarioResult
    lang: Lang
    workbook: Workbook
    exported_at: datetime
    app_version: str
    scenario_hash: str
    #: JSON path of an input -> its absolute cell address (with the sheet).
    inputs: dict[str, str] = field(default_factory=dict)
    #: Named things of the inputs sheet (``CPI_YEARS``...) -> absolute range.
    input_ranges: dict[str, str] = field(default_factory=dict)
    #: Result paths (``results[0].npv``, ``results[0].by_stakeholder.gemeente.pv_costs``,
    #: ``results[0].by_effect.beweeg``) -> absolute cell address.
    results: dict[str, str] = field(default_factory=dict)
    #: Other cells worth finding (for tests and tools): ``value_map.alternatives[1].effects[0]
    #: .beneficiary`` (the live stakeholder name of an effect's row), ``overview.costs.ID.actor``,
    #: ``distribution.government.0`` (a group's subtotal, value column 0) -> absolute address.
    cells: dict[str, str] = field(default_factory=dict)
    #: Source text -> its number on the sources sheet; number -> the cell of its text.
    source_numbers: dict[str, int] = field(default_factory=dict)
    source_cells: dict[int, str] = field(default_factory=dict)
    flows: FlowLayout = field(default_factory=FlowLayout)
    #: Stakeholder id -> (sheet, row) of its line on the distribution sheet.
    distribution_rows: dict[str, int] = field(default_factory=dict)
    distribution_cols: list[tuple[int, int, int]] = field(default_factory=list)
    #: The sensitivity analysis for the sensitivity sheet (None: no such sheet).
    sensitivity: SensitivityResult | None = None
    #: Sensitivity sheet: ``results[i].monte_carlo.prob_npv_positive``, ``results[i].npv``,
    #: ``results[i].tornado[PATH].npv_low``... -> absolute cell address (values, not formulas).
    sensitivity_cells: dict[str, str] = field(default_factory=dict)
    #: Where the sheets are written as they are done (``export_workbook``); None: in memory.
    stream: SheetStream | None = None

    def t(self, key: str) -> str:
        return text(key, self.lang)

    def title(self, key: str) -> str:
        return sheet_title(key, self.lang)

    def sheet(self, key: str) -> Worksheet:
        ws: Worksheet = self.workbook[self.title(key)]
        return ws

    @functools.cached_property
    def warnings(self) -> list[Issue]:
        """The scenario's warnings at export, with the simulation's when the workbook has
        one (checked once; the notes and the summary's decision block both show them)."""
        from sroi_app.calc.checks import scenario_warnings, simulation_warnings
        from sroi_app.io.proxies import capitalised_ids

        found = scenario_warnings(self.scenario, self.result, self.cpi, capitalised_ids())
        if self.sensitivity is not None:
            found += simulation_warnings(self.scenario, self.result, self.sensitivity.monte_carlo)
        return found

    def variant_index(self, alternative_id: str) -> int:
        return next(i for i, a in enumerate(self.scenario.alternatives) if a.id == alternative_id)

    # The scenario does not change during an export: the two below are worked out once
    # (the overview asked for them for every cost and effect, 0.25 s of the large export).
    @functools.cached_property
    def reference_index(self) -> int | None:
        ref = self.scenario.reference
        return None if ref is None else self.variant_index(ref.id)

    @functools.cached_property
    def variant_indices(self) -> list[int]:
        """Indices in ``scenario.alternatives`` of the non-reference alternatives (file order)."""
        return [i for i, a in enumerate(self.scenario.alternatives) if not a.reference]

    def stakeholder_label(self, id_cell: str) -> str:
        """A formula showing the name of the stakeholder whose id is in ``id_cell``, looked
        up live in the stakeholders table of the inputs sheet (the id when it names no one,
        or that stakeholder has no name). Ids match with ``EXACT``, as on the distribution
        sheet: case-sensitive, no wildcards."""
        if "STAKEHOLDER_IDS" not in self.input_ranges:
            return f'={id_cell}&""'
        ids = self.input_ranges["STAKEHOLDER_IDS"]
        first = int(ids.split("!")[1].split(":")[0].rsplit("$", 1)[1])  # first stakeholder's row
        n = f"SUMPRODUCT(EXACT(STAKEHOLDER_IDS,{id_cell})*(ROW(STAKEHOLDER_IDS)-{first - 1}))"
        name = f"INDEX(STAKEHOLDER_NAMES,{n})"
        return f'=IF({n}=0,{id_cell}&"",IF({name}="",{id_cell}&"",{name}&""))'

    def text_ref(self, path: str) -> str:
        """A formula fragment that shows the text of an input cell (empty stays empty)."""
        return f'{self.inputs[path]}&""'
