"""The inputs sheet: every input value of the scenario in exactly one cell.

Settings, the discount-rate steps, the CPI table, stakeholders,
alternatives, costs, effects, PM posts and uncertainty ranges. Input cells
are yellow and every other sheet refers to them; cells fixed by the
workbook's structure (ids, the horizon) are grey. An optional value that the
file leaves out (a cost's ``last_year``, a ``price_year``) stays an empty
cell, and the formulas apply the contract's default, so an auditor can fill
it in and see the effect.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from sroi_app.domain.corrections import Correction, corrections
from sroi_app.domain.models import Range
from sroi_app.domain.parameters import parameter_label
from sroi_app.exports.excel import sheetxml, style
from sroi_app.exports.excel.context import ExportContext, address, quote_sheet, span
from sroi_app.exports.excel.sources import reference
from sroi_app.exports.excel.validation import add_validation

#: Column widths (characters) of the inputs sheet.
#: Width of a column beyond those listed (a correction added to domain.corrections).
DEFAULT_WIDTH = 13.0
WIDTHS: dict[int, float] = {c: 13.0 for c in range(1, 22)}
WIDTHS |= {1: 30.0, 2: 18.0, 3: 28.0, 4: 16.0}
WIDTHS |= {7: 20.0, 18: 24.0, 19: 40.0, 21: 24.0}  # proxy, indicator, chain, note
#: Every row of the sheet is one line of this height (points): long texts show in the
#: formula bar, sources are numbered on the sources sheet (issue 12, item 4).
ROW_HEIGHT = 15.0


@dataclass(frozen=True)
class Column:
    """One column of an input table: header key, JSON path suffix, how to write it."""

    header: str
    path: str
    get: Callable[[Any], Any]
    kind: str = "number"  # number | text | fixed_text | fixed_number
    number_format: str = style.NUMBER
    width: float = 13.0


def _text_look(cell: Cell, kind: str, quoted: bool) -> None:
    """What ``put_text`` and the text columns give a cell (``_write_value``)."""
    if quoted:
        cell.quotePrefix = True
    if kind == "text":
        # Indented: a figure right-aligned in the cell before does not touch the text.
        style.mark_input(cell)
        cell.alignment = style.INDENT
    else:
        style.mark_fixed(cell)


def _number_look(cell: Cell, kind: str, number_format: str) -> None:
    """What ``put_number`` and the number columns give a cell (``_write_value``)."""
    cell.number_format = number_format
    if kind == "fixed_number":
        style.mark_fixed(cell)
    else:
        style.mark_input(cell)


def _write_value(
    ctx: ExportContext,
    ws: Worksheet,
    row: int,
    col: int,
    column: Column,
    value: Any,
    looks: dict[tuple[str, object], StyleArray] | None = None,
) -> None:
    """One input cell; ``looks`` keeps the styles a table's cells have had (``style.look``)."""
    kind = column.kind
    looks = {} if looks is None else looks
    if kind in ("text", "fixed_text"):
        text = style.clean_text(value)
        quoted = text.startswith(style.FORMULA_LIKE)
        look = looks.get((kind, quoted))
        if look is None:
            look = looks[kind, quoted] = style.look(
                ws, (kind, quoted), lambda cell: _text_look(cell, kind, quoted)
            )
        sheetxml.put(ctx.stream, ws, row, col, text or None, "s" if text else "n", look)
        return
    if not (value is None or type(value) in (int, float)):
        raise TypeError(f"{column.path}: a number column holds {value!r}")
    fmt = style.cell_format(column.number_format, value)
    look = looks.get((kind, fmt))
    if look is None:
        look = looks[kind, fmt] = style.look(
            ws, (kind, fmt), lambda cell: _number_look(cell, kind, fmt)
        )
    sheetxml.put(ctx.stream, ws, row, col, value, "n", look)


def _table(
    ctx: ExportContext,
    ws: Worksheet,
    row: int,
    columns: Sequence[Column],
    items: Sequence[tuple[str, Any]],
) -> int:
    """A header row and one row per ``(path prefix, item)``; returns the next free row."""
    style.header_row(ws, row, 1, [ctx.t(c.header) for c in columns], height=45)
    # Each column's address up to the row (``address``, written out once per column).
    sheet = quote_sheet(ws.title)
    places = [
        (col, column, f"{sheet}!${get_column_letter(col)}$")
        for col, column in enumerate(columns, start=1)
    ]
    looks: dict[tuple[str, object], StyleArray] = {}
    for prefix, item in items:
        row += 1
        for col, column, where in places:
            _write_value(ctx, ws, row, col, column, column.get(item), looks)
            if column.path:
                ctx.inputs[f"{prefix}.{column.path}"] = f"{where}{row}"
    return row + 2


def _pair(
    ctx: ExportContext,
    ws: Worksheet,
    row: int,
    key: str,
    path: str,
    value: Any,
    kind: str = "number",
    number_format: str = style.NUMBER,
    note: str = "",
) -> int:
    style.put_label(ws, row, 1, ctx.t(key))
    _write_value(ctx, ws, row, 2, Column(key, path, lambda v: v, kind, number_format), value)
    if note:
        style.put_text(ws, row, 3, ctx.t(note)).font = style.SUBTITLE_FONT
    if path:
        ctx.inputs[path] = address(ws.title, row, 2)
    return row + 1


def _settings(ctx: ExportContext, ws: Worksheet, row: int) -> int:
    scenario, settings = ctx.scenario, ctx.scenario.settings
    style.section(ws, row, ctx.t("sec_scenario"))
    row += 1
    row = _pair(ctx, ws, row, "in_name", "name", scenario.name, "text")
    row = _pair(ctx, ws, row, "in_municipality", "municipality", scenario.municipality, "text")
    row = _pair(ctx, ws, row, "in_area_type", "area_type", scenario.area_type or "", "text")
    row = _pair(ctx, ws, row, "in_description", "description", scenario.description, "text")
    # A long description gets the width of several columns (merged), on one line.
    ws.merge_cells(start_row=row - 1, start_column=2, end_row=row - 1, end_column=8)
    row += 1
    style.section(ws, row, ctx.t("sec_settings"))
    row += 1
    row = _pair(
        ctx,
        ws,
        row,
        "in_start_year",
        "settings.start_year",
        settings.start_year,
        number_format=style.YEAR,
    )
    row = _pair(
        ctx,
        ws,
        row,
        "in_price_year",
        "settings.price_year",
        settings.price_year,
        number_format=style.YEAR,
        note="note_price_year",
    )
    style.put_label(ws, row, 1, ctx.t("in_price_level"))
    start, price = ctx.inputs["settings.start_year"], ctx.inputs["settings.price_year"]
    style.put_formula(ws, row, 2, f'=IF({price}="",{start},{price})', style.YEAR)
    ctx.input_ranges["PRICE_LEVEL"] = address(ws.title, row, 2)
    row += 1
    row = _pair(
        ctx,
        ws,
        row,
        "in_horizon",
        "settings.horizon_years",
        settings.horizon_years,
        "fixed_number",
        style.YEAR,
        note="note_horizon",
    )
    row = _pair(
        ctx,
        ws,
        row,
        "in_rate_label",
        "settings.discount_rate_label",
        settings.discount_rate_label,
        "text",
    )
    return row + 1


def _discount(ctx: ExportContext, ws: Worksheet, row: int) -> int:
    style.section(ws, row, ctx.t("sec_discount"))
    style.put_text(ws, row, 3, ctx.t("note_discount")).font = style.SUBTITLE_FONT
    row += 1
    rate = ctx.scenario.settings.discount_rate
    style.header_row(ws, row, 1, [ctx.t("h_from_year"), ctx.t("h_rate")])
    first = row + 1
    if isinstance(rate, list):
        for i, step in enumerate(rate):
            row += 1
            style.put_number(ws, row, 1, step.from_year, style.YEAR)
            style.put_number(ws, row, 2, step.rate, style.PERCENT_PRECISE)
            ctx.inputs[f"settings.discount_rate[{i}].from_year"] = address(ws.title, row, 1)
            ctx.inputs[f"settings.discount_rate[{i}].rate"] = address(ws.title, row, 2)
    else:
        # A constant rate is the schedule with one step from year 0.
        row += 1
        style.mark_fixed(style.put_number(ws, row, 1, 0, style.YEAR, input_cell=False))
        style.put_number(ws, row, 2, rate, style.PERCENT_PRECISE)
        ctx.inputs["settings.discount_rate"] = address(ws.title, row, 2)
        ctx.input_ranges["DISCOUNT_RATE"] = address(ws.title, row, 2)  # contract section 10
    ctx.input_ranges["RATE_FROM"] = span(ws.title, first, 1, row, 1)
    ctx.input_ranges["RATE_VALUE"] = span(ws.title, first, 2, row, 2)
    return row + 2


def _cpi(ctx: ExportContext, ws: Worksheet, row: int) -> int:
    style.section(ws, row, ctx.t("sec_cpi"))
    style.put_text(ws, row, 3, ctx.t("note_cpi")).font = style.SUBTITLE_FONT
    row += 1
    style.header_row(ws, row, 1, [ctx.t("h_year"), ctx.t("h_cpi"), ctx.t("h_cpi_factor")])
    years = sorted(ctx.cpi.values)
    first, last = row + 1, row + len(years)
    years_range = span(ws.title, first, 1, last, 1)
    index_range = span(ws.title, first, 2, last, 2)
    level = ctx.input_ranges["PRICE_LEVEL"]
    for year in years:
        row += 1
        style.mark_fixed(style.put_number(ws, row, 1, year, style.YEAR, input_cell=False))
        style.put_number(ws, row, 2, ctx.cpi.values[year], "0.0")
        ctx.inputs[f"cpi[{year}]"] = address(ws.title, row, 2)
        # A price level after the last CPI year uses the last year's index.
        style.put_formula(
            ws,
            row,
            3,
            f"=INDEX({index_range},MATCH(MIN({level},MAX({years_range})),{years_range},0))/B{row}",
            "0.0000",
        )
    ctx.input_ranges["CPI_YEARS"] = years_range
    ctx.input_ranges["CPI_INDEX"] = index_range
    ctx.input_ranges["CPI_FACTOR"] = span(ws.title, first, 3, last, 3)
    return row + 2


def _people_and_alternatives(ctx: ExportContext, ws: Worksheet, row: int) -> int:
    scenario = ctx.scenario
    style.section(ws, row, ctx.t("sec_stakeholders"))
    columns = [
        Column("h_id", "id", lambda s: s.id, "fixed_text"),
        Column("h_name", "name", lambda s: s.name, "text"),
        Column("h_kind", "kind", lambda s: s.kind or "", "text"),
        Column("h_description", "description", lambda s: s.description, "text"),
    ]
    first = row + 2  # below the header
    row = _table(
        ctx,
        ws,
        row + 1,
        columns,
        [(f"stakeholders[{i}]", s) for i, s in enumerate(scenario.stakeholders)],
    )
    if scenario.stakeholders:
        # Named ranges: other sheets look a stakeholder's name and kind up by id, live.
        last = first + len(scenario.stakeholders) - 1
        for name, col in (("IDS", 1), ("NAMES", 2), ("KINDS", 3)):
            ctx.input_ranges[f"STAKEHOLDER_{name}"] = span(ws.title, first, col, last, col)
    style.section(ws, row, ctx.t("sec_alternatives"))
    columns = [
        Column("h_id", "id", lambda a: a.id, "fixed_text"),
        Column("h_name", "name", lambda a: a.name, "text"),
        Column("h_reference", "", lambda a: ctx.t("yes") if a.reference else "", "fixed_text"),
        Column("h_description", "description", lambda a: a.description, "text"),
    ]
    return _table(
        ctx,
        ws,
        row + 1,
        columns,
        [(f"alternatives[{i}]", a) for i, a in enumerate(scenario.alternatives)],
    )


def _costs_and_effects(ctx: ExportContext, ws: Worksheet, row: int) -> int:
    alternatives = ctx.scenario.alternatives
    style.section(ws, row, ctx.t("sec_costs"))
    cost_columns = [
        Column("h_alternative", "", lambda x: x[0].id, "fixed_text"),
        Column("h_id", "id", lambda x: x[1].id, "fixed_text"),
        Column("h_name", "name", lambda x: x[1].name, "text"),
        Column("h_payer", "payer", lambda x: x[1].payer, "text"),
        Column("h_amount", "amount", lambda x: x[1].amount, number_format=style.MONEY_CENTS),
        Column(
            "h_item_price_year", "price_year", lambda x: x[1].price_year, number_format=style.YEAR
        ),
        Column(
            "h_optimism_bias",
            "optimism_bias",
            lambda x: x[1].optimism_bias,
            number_format=style.PERCENT,
        ),
        Column("h_first_year", "first_year", lambda x: x[1].first_year, number_format=style.YEAR),
        Column("h_last_year", "last_year", lambda x: x[1].last_year, number_format=style.YEAR),
        Column(
            "h_every_years", "every_years", lambda x: x[1].every_years, number_format=style.YEAR
        ),
        Column("h_category", "category", lambda x: x[1].category, "text"),
        Column("h_note", "note", lambda x: x[1].note, "text"),
    ]
    costs = [
        (f"alternatives[{a}].costs[{c}]", (alt, cost))
        for a, alt in enumerate(alternatives)
        for c, cost in enumerate(alt.costs)
    ]
    row = _table(ctx, ws, row + 1, cost_columns, costs)
    style.section(ws, row, ctx.t("sec_effects"))

    def cite(text: str) -> str:
        """A source as its number on the sources sheet (the text itself is there)."""
        return reference(ctx.source_numbers[text]) if text else ""

    effect_columns = [
        Column("h_alternative", "", lambda x: x[0].id, "fixed_text"),
        Column("h_id", "id", lambda x: x[1].id, "fixed_text"),
        Column("h_name", "name", lambda x: x[1].name, "text"),
        Column("h_beneficiary", "beneficiary", lambda x: x[1].beneficiary, "text"),
        Column("h_quantity", "quantity", lambda x: x[1].quantity),
        Column("h_unit", "unit", lambda x: x[1].unit, "text"),
        Column("h_proxy", "proxy.name", lambda x: x[1].proxy.name, "text"),
        Column(
            "h_proxy_value",
            "proxy.value",
            lambda x: x[1].proxy.value,
            number_format=style.MONEY_CENTS,
        ),
        Column(
            "h_proxy_price_year",
            "proxy.price_year",
            lambda x: x[1].proxy.price_year,
            number_format=style.YEAR,
        ),
        Column("h_proxy_source", "proxy.source", lambda x: cite(x[1].proxy.source), "text"),
        Column("h_first_year", "first_year", lambda x: x[1].first_year, number_format=style.YEAR),
        Column(
            "h_duration", "duration_years", lambda x: x[1].duration_years, number_format=style.YEAR
        ),
        *(
            Column(
                f"h_{c.field}",
                c.field,
                _correction_value(c),
                number_format=style.YEAR if c.kind == "years" else style.PERCENT,
            )
            for c in corrections()
        ),
        Column("h_indicator", "indicator", lambda x: x[1].indicator, "text"),
        Column("h_chain", "chain", lambda x: " → ".join(x[1].chain), "text"),
        Column("h_source", "source", lambda x: cite(x[1].source), "text"),
        Column("h_note", "note", lambda x: x[1].note, "text"),
    ]
    effects = [
        (f"alternatives[{a}].effects[{e}]", (alt, effect))
        for a, alt in enumerate(alternatives)
        for e, effect in enumerate(alt.effects)
    ]
    return _table(ctx, ws, row + 1, effect_columns, effects)


def _correction_value(c: Correction) -> Callable[[Any], Any]:
    """The cell value of one correction of an effect (``domain.corrections``)."""
    return lambda x: getattr(x[1], c.field, c.neutral)


def _parameter_name(ctx: ExportContext, path: str) -> str:
    return parameter_label(ctx.scenario, path, ctx.lang)


def _pm_and_ranges(ctx: ExportContext, ws: Worksheet, row: int) -> int:
    style.section(ws, row, ctx.t("sec_pm"))
    columns = [
        Column("h_name", "name", lambda p: p.name, "text"),
        Column("h_stakeholder", "stakeholder", lambda p: p.stakeholder or "", "text"),
        Column("h_sign", "sign", lambda p: p.sign, "text"),
        Column("h_magnitude", "magnitude", lambda p: p.magnitude or "", "text"),
        Column("h_pm_alternative", "alternative", lambda p: p.alternative or "", "text"),
        Column("h_note", "note", lambda p: p.note, "text"),
    ]
    row = _table(
        ctx,
        ws,
        row + 1,
        columns,
        [(f"pm_items[{i}]", p) for i, p in enumerate(ctx.scenario.pm_items)],
    )
    style.section(ws, row, ctx.t("sec_ranges"))
    style.put_text(ws, row, 3, ctx.t("note_ranges")).font = style.SUBTITLE_FONT
    ranges: list[tuple[str, Any]] = [
        (f"settings.uncertainty.{key}", (f"settings.{key}", r))
        for key, r in ctx.scenario.settings.uncertainty.items()
    ]
    for a, alt in enumerate(ctx.scenario.alternatives):
        items: list[tuple[str, dict[str, Range]]] = [
            (f"alternatives[{a}].costs[{i}]", c.uncertainty) for i, c in enumerate(alt.costs)
        ] + [(f"alternatives[{a}].effects[{i}]", e.uncertainty) for i, e in enumerate(alt.effects)]
        for base, uncertainty in items:
            ranges += [
                (f"{base}.uncertainty.{key}", (f"{base}.{key}", r))
                for key, r in uncertainty.items()
            ]
    columns = [
        # Named for people ("Groen / Aanleg: bedrag"), not by JSON path (issue 12).
        Column(
            "h_parameter", "", lambda x: parameter_label(ctx.scenario, x[0], ctx.lang), "fixed_text"
        ),
        Column("h_low", "low", lambda x: x[1].low),
        Column("h_high", "high", lambda x: x[1].high),
        Column("h_distribution", "distribution", lambda x: x[1].distribution, "text"),
    ]
    return _table(ctx, ws, row + 1, columns, ranges)


def build(ctx: ExportContext) -> None:
    ws = ctx.sheet("inputs")
    style.title(ws, ctx.t("inputs_title"), ctx.t("inputs_legend"))
    row = _settings(ctx, ws, 4)
    row = _discount(ctx, ws, row)
    row = _cpi(ctx, ws, row)
    row = _people_and_alternatives(ctx, ws, row)
    row = _costs_and_effects(ctx, ws, row)
    _pm_and_ranges(ctx, ws, row)
    add_validation(ctx)
    # The id column as wide as the longest cost or effect id (up to 40): ids are not cut off.
    ids = [c.id for alt in ctx.scenario.alternatives for c in alt.costs]
    ids += [e.id for alt in ctx.scenario.alternatives for e in alt.effects]
    style.widths(ws, WIDTHS | {2: min(40.0, max([WIDTHS[2], *(len(i) + 2.0 for i in ids)]))})
    last_row, last_col = sheetxml.extent(ctx.stream, ws)
    for r in range(3, last_row + 1):
        if sheetxml.row_height(ctx.stream, ws, r) is None:  # headers keep their taller rows
            sheetxml.set_row_height(ctx.stream, ws, r, ROW_HEIGHT)
    ws.sheet_format.customHeight = True
    ws.sheet_format.defaultRowHeight = ROW_HEIGHT
    ws.freeze_panes = "A3"
    style.print_setup(ws, title_rows="1:2")
    # The print area ends at the last column: a long note running on to the right
    # would otherwise widen the page and shrink everything on it.
    ws.print_area = f"A1:{get_column_letter(last_col)}{last_row}"
