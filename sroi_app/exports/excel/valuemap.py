"""The SROI value map in the SVUK (Social Value UK) Value Map columns.

Per alternative, per stakeholder: what the stakeholder puts in (the costs it
pays, named, and their present value), then one row per effect it receives:
output, outcome, indicator, quantity and its source, duration, financial
proxy and its value, the fraction corrections, the impact per year and its
present value. Below the blocks the totals the map adds up to: present value
of the benefits and of the inputs, net present value and SROI ratio against
the reference, as formulas over the summary's defined names.

Every cell is a formula over the inputs sheet or the cash-flow sheet, and
every name that depends on an id (the beneficiary, the payer) is looked up
live, so an edit on the inputs sheet reaches the map. The rows are grouped
by the stakeholders as exported; an effect whose beneficiary is changed
stays in its row, and its stakeholder column shows the new name.
"""

from __future__ import annotations

from collections.abc import Callable

from openpyxl.cell.cell import Cell
from openpyxl.styles.cell_style import StyleArray
from openpyxl.worksheet.worksheet import Worksheet

from sroi_app.domain.corrections import corrections
from sroi_app.exports.excel import sheetxml, style
from sroi_app.exports.excel.context import ExportContext, address
from sroi_app.exports.excel.distribution import matching_sum
from sroi_app.exports.excel.sources import SOURCE_FIELDS, reference

HEADER_ROW = 4
#: Up to this many costs in an alternative, a stakeholder's inputs are named by a live
#: formula (the names of the costs whose payer is that stakeholder); beyond it the
#: formula would pass Excel's 8,192 characters, and the names are those at export.
LIVE_INPUT_NAMES = 25

# (header key, input path suffix or a special key, number format or None for text)
_COLUMNS: tuple[tuple[str, str, str | None], ...] = (
    ("d_name", "@stakeholder", None),
    ("vm_inputs", "@inputs", None),
    ("vm_inputs_value", "@inputs_value", style.MONEY),
    ("vm_outputs", "@output", None),
    ("vm_outcome", "name", None),
    ("h_indicator", "indicator", None),
    ("h_quantity", "quantity", style.NUMBER),
    ("h_unit", "unit", None),
    ("h_source", "source", None),
    ("h_first_year", "first_year", style.YEAR),
    ("h_duration", "duration_years", style.YEAR),
    ("h_proxy", "proxy.name", None),
    ("h_proxy_value", "proxy.value", style.MONEY_CENTS),
    ("h_proxy_source", "proxy.source", None),
    ("@corrections", "", None),  # one column per fraction correction (domain.corrections)
    ("vm_value_year", "@base", style.MONEY),
    ("cf_pv", "@pv", style.MONEY),
)
_WIDTH = {None: 24, style.MONEY: 15, style.MONEY_CENTS: 14, style.PERCENT: 13}
_NARROW = {"h_quantity": 11, "h_first_year": 9, "h_duration": 9, "h_source": 9}
_WIDE = {"vm_outcome": 30, "h_indicator": 30, "vm_inputs": 28, "d_name": 24, "h_proxy": 28}


Columns = tuple[tuple[str, str, str | None], ...]


def columns() -> Columns:
    """The value map's columns, the corrections' from their one definition."""
    out: list[tuple[str, str, str | None]] = []
    for column in _COLUMNS:
        if column[0] == "@corrections":
            out += [
                (f"h_{c.field}", c.field, style.PERCENT) for c in corrections() if c.is_fraction
            ]
        else:
            out.append(column)
    return tuple(out)


def _widths() -> dict[int, float]:
    out: dict[int, float] = {}
    for col, (key, path, number_format) in enumerate(columns(), start=1):
        width = _WIDE.get(key) or _NARROW.get(key) or _WIDTH.get(number_format, 13)
        if path == "proxy.source":
            width = 9
        out[col] = width
    return out


def _column(key: str) -> int:
    return next(c for c, (_, path, _) in enumerate(columns(), start=1) if path == key)


def _shown_text(item: object, key: str) -> str:
    """What a text formula of the row will show: the item's field (a chain's first link)."""
    if key == "@output":
        chain = getattr(item, "chain", [])
        return str(chain[0]) if chain else ""
    value: object = item
    for part in key.split("."):
        value = getattr(value, part, "")
    return str(value or "")


def _inputs_value(ctx: ExportContext, a: int, who: str) -> str:
    """Present value of the costs in alternative ``a`` whose payer is the id in ``who``."""
    return "=" + (matching_sum(ctx, ctx.flows.alternatives[a].cost_rows, who) or "0")


def _inputs_names(ctx: ExportContext, a: int, s: int) -> tuple[str, str]:
    """The names of the costs the stakeholder pays in alternative ``a`` (formula, shown)."""
    who = ctx.inputs[f"stakeholders[{s}].id"]
    stakeholder_id = ctx.scenario.stakeholders[s].id
    costs = ctx.scenario.alternatives[a].costs
    shown = "; ".join(c.name or c.id for c in costs if c.payer == stakeholder_id)
    if not costs:
        return '=""', ""
    if len(costs) > LIVE_INPUT_NAMES:
        chosen = [n for n, c in enumerate(costs) if c.payer == stakeholder_id]
        parts = [ctx.text_ref(f"alternatives[{a}].costs[{n}].name") for n in chosen]
        return "=" + ('&"; "&'.join(parts) if parts else '""'), shown
    terms = []
    for n in range(len(costs)):
        base = f"alternatives[{a}].costs[{n}]"
        payer, name = ctx.inputs[f"{base}.payer"], ctx.inputs[f"{base}.name"]
        terms.append(f'IF(EXACT({payer},{who}),{name}&"; ","")')
    joined = "&".join(terms)
    # The last "; " is dropped: LEFT(x, LEN(x) - 2) when anything was named.
    return f'=IF(LEN({joined})>2,LEFT({joined},LEN({joined})-2),"")', shown


def _stakeholder_row(
    ctx: ExportContext, ws: Worksheet, row: int, a: int, s: int, widths: dict[int, float]
) -> None:
    who = ctx.inputs[f"stakeholders[{s}].id"]
    cell = style.put_formula(ws, row, 1, ctx.stakeholder_label(who))
    cell.font, cell.alignment = style.BOLD, style.WRAP
    style.fit_height(ws, row, ctx.scenario.stakeholders[s].name or "", widths[1])
    formula, shown = _inputs_names(ctx, a, s)
    style.wrapped_formula(ws, row, 2, formula, shown, widths[2])
    style.put_formula(ws, row, 3, _inputs_value(ctx, a, who), style.MONEY).alignment = style.TOP
    ctx.cells[f"value_map.alternatives[{a}].stakeholders[{s}].pv_inputs"] = address(
        ws.title, row, 3
    )
    for col in range(1, len(widths) + 1):
        ws.cell(row=row, column=col).fill = style.GROUP_FILL


def _effect_row(
    ctx: ExportContext,
    ws: Worksheet,
    row: int,
    a: int,
    e: int,
    widths: dict[int, float],
    cols: Columns,
    looks: dict[tuple[str | None, str], StyleArray],
) -> None:
    """One effect's row; ``looks`` keeps the styles its cells have had (``style.look``)."""
    prefix = f"alternatives[{a}].effects[{e}]"
    effect = ctx.scenario.alternatives[a].effects[e]
    flows_row = ctx.flows.alternatives[a].effect_rows[e]
    cash = ctx.title("cash_flows")
    lines = 0
    for col, (_, key, number_format) in enumerate(cols, start=1):
        shown = ""
        if key in ("@inputs", "@inputs_value"):
            continue
        if key == "@stakeholder":
            formula = ctx.stakeholder_label(ctx.inputs[f"{prefix}.beneficiary"])
            shown = ctx.scenario.stakeholder_name(effect.beneficiary)
            ctx.cells[f"value_map.{prefix}.beneficiary"] = address(ws.title, row, col)
        elif key == "@output":
            chain = ctx.inputs[f"{prefix}.chain"]
            formula = f'=IFERROR(LEFT({chain},FIND(" \u2192 ",{chain})-1),{chain}&"")'
            shown = _shown_text(effect, key)
        elif key == "@base":
            formula = "=" + address(cash, flows_row, ctx.flows.base_col)
        elif key == "@pv":
            formula = "=" + address(cash, flows_row, ctx.flows.pv_col)
            ctx.cells[f"value_map.{prefix}.pv"] = address(ws.title, row, col)
        elif number_format is None:
            formula = "=" + ctx.text_ref(f"{prefix}.{key}")
            shown = _shown_text(effect, key)
            if key in SOURCE_FIELDS:
                shown = reference(ctx.source_numbers[shown]) if shown else ""  # text: Bronnen
        else:
            formula = "=" + ctx.inputs[f"{prefix}.{key}"]
            if key == "quantity":
                number_format = style.quantity_format(effect.quantity)
        if key in SOURCE_FIELDS:
            align = "top_center"
        elif number_format is None:
            align = "wrap"
            # The row is as tall as its longest text (the programs do not grow it themselves).
            lines = max(lines, style.text_lines(shown, widths[col]))
        else:  # years centred: a right-aligned figure would touch the text beside it
            align = "top_center" if number_format == style.YEAR else "top"
        look = looks.get((number_format, align))
        if look is None:
            look = looks[number_format, align] = style.look(
                ws, ("value_map", number_format, align), _look(number_format, align)
            )
        sheetxml.put(ctx.stream, ws, row, col, formula, "f", look)
    if lines:
        sheetxml.fit_lines(ctx.stream, ws, row, lines)


def _look(number_format: str | None, align: str) -> Callable[[Cell], None]:
    """An effect row's cell: ``put_formula``'s number format, and an alignment by name."""

    def apply(cell: Cell) -> None:
        if number_format:
            cell.number_format = number_format
        cell.alignment = style.ALIGNMENTS[align]

    return apply


def _block(
    ctx: ExportContext,
    ws: Worksheet,
    row: int,
    a: int,
    widths: dict[int, float],
    cols: Columns,
    looks: dict[tuple[str | None, str], StyleArray],
) -> int:
    """One alternative's stakeholders, their inputs and effects, and its total; the next row."""
    alternative = ctx.scenario.alternatives[a]
    cell = style.put_formula(ws, row, 1, "=" + ctx.text_ref(f"alternatives[{a}].name"))
    cell.font = style.SECTION_FONT
    stakeholder_rows: list[int] = []
    effect_rows: list[int] = []
    known = {s.id for s in ctx.scenario.stakeholders}
    for s, stakeholder in enumerate(ctx.scenario.stakeholders):
        effects = [e for e, x in enumerate(alternative.effects) if x.beneficiary == stakeholder.id]
        pays = any(c.payer == stakeholder.id for c in alternative.costs)
        if not effects and not pays:
            continue
        row += 1
        _stakeholder_row(ctx, ws, row, a, s, widths)
        stakeholder_rows.append(row)
        for e in effects:
            row += 1
            _effect_row(ctx, ws, row, a, e, widths, cols, looks)
            effect_rows.append(row)
    for e, effect in enumerate(alternative.effects):
        if effect.beneficiary not in known:  # not in the stakeholder list: still on the map
            row += 1
            _effect_row(ctx, ws, row, a, e, widths, cols, looks)
            effect_rows.append(row)
    row += 1
    style.put_label(ws, row, 1, ctx.t("vm_total"), bold=True)
    inputs_col, pv_col = 3, len(widths)
    for col, rows in ((inputs_col, stakeholder_rows), (pv_col, effect_rows)):
        letter = ws.cell(row=1, column=col).column_letter
        terms = ",".join(f"{letter}{r}" for r in rows) if rows else "0"
        style.put_formula(ws, row, col, f"=SUM({terms})", style.MONEY)
    style.style_row(ws, row, 1, len(widths), fill=style.TOTAL_FILL)
    ctx.cells[f"value_map.alternatives[{a}].pv_inputs"] = address(ws.title, row, inputs_col)
    ctx.cells[f"value_map.alternatives[{a}].pv_benefits"] = address(ws.title, row, pv_col)
    return row + 2


def _totals(ctx: ExportContext, ws: Worksheet, row: int) -> None:
    """NPV and ratio of each alternative against the reference, by the summary's names."""
    style.put_label(ws, row, 1, ctx.t("vm_totals"), bold=True).font = style.SECTION_FONT
    row += 1
    keys = ("pv_benefits", "pv_costs", "npv", "sroi_ratio")
    names = ("PV_BENEFITS", "PV_COSTS", "NPV", "SROI_RATIO")
    style.header_row(ws, row, 1, [ctx.t("h_alternative")] + [ctx.t(k) for k in keys], height=30)
    for i, a in enumerate(ctx.variant_indices):
        row += 1
        style.put_formula(ws, row, 1, "=" + ctx.text_ref(f"alternatives[{a}].name"))
        for col, (key, name) in enumerate(zip(keys, names, strict=True), start=2):
            number_format = style.RATIO if key == "sroi_ratio" else style.MONEY
            cell = style.put_formula(ws, row, col, f"={name}_{i + 1}", number_format)
            cell.fill = style.RESULT_FILL
            ctx.results[f"results[{i}].value_map.{key}"] = address(ws.title, row, col)


def build(ctx: ExportContext) -> None:
    ws = ctx.sheet("value_map")
    style.title(ws, ctx.t("value_map_title"), ctx.t("value_map_subtitle"))
    style.header_row(ws, HEADER_ROW, 1, [ctx.t(key) for key, _, _ in columns()], height=60)
    widths = _widths()  # once: a row's height follows from its columns' widths
    cols = columns()
    row = HEADER_ROW + 1
    looks: dict[tuple[str | None, str], StyleArray] = {}
    for a in range(len(ctx.scenario.alternatives)):
        row = _block(ctx, ws, row, a, widths, cols, looks)
    if ctx.variant_indices:
        _totals(ctx, ws, row)
    style.widths(ws, widths)
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=2)
    style.print_setup(ws, title_rows=f"{HEADER_ROW}:{HEADER_ROW}")
