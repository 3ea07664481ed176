"""The SROI value map (impact map): one row per effect, from chain to present value.

Every cell refers to the inputs sheet (the chain, indicator, proxy and its
source, the corrections) or to the cash-flow sheet (the value per year after
corrections and the present value), so the map always agrees with the
calculation.
"""

from __future__ import annotations

from openpyxl.worksheet.worksheet import Worksheet

from sroi_app.domain.corrections import corrections
from sroi_app.exports.excel import style
from sroi_app.exports.excel.context import ExportContext, address

HEADER_ROW = 4

# (header key, input path suffix or a special key, number format or None for text)
_COLUMNS: tuple[tuple[str, str, str | None], ...] = (
    ("h_alternative", "@alternative", None),
    ("d_name", "@stakeholder", None),
    ("h_name", "name", None),
    ("h_chain", "chain", None),
    ("h_indicator", "indicator", None),
    ("h_quantity", "quantity", style.NUMBER),
    ("h_unit", "unit", None),
    ("h_proxy", "proxy.name", None),
    ("h_proxy_value", "proxy.value", style.MONEY_CENTS),
    ("h_proxy_source", "proxy.source", None),
    ("@corrections", "", None),  # one column per fraction correction (domain.corrections)
    ("h_first_year", "first_year", style.YEAR),
    ("h_duration", "duration_years", style.YEAR),
    ("vm_value_year", "@base", style.MONEY),
    ("cf_pv", "@pv", style.MONEY),
    ("h_source", "source", None),
)


def columns() -> list[tuple[str, str, str | None]]:
    """The value map's columns, the corrections' from their one definition."""
    out: list[tuple[str, str, str | None]] = []
    for column in _COLUMNS:
        if column[0] == "@corrections":
            out += [
                (f"h_{c.field}", c.field, style.PERCENT) for c in corrections() if c.is_fraction
            ]
        else:
            out.append(column)
    return out


def _stakeholder_name(ctx: ExportContext, stakeholder_id: str) -> str:
    for s, stakeholder in enumerate(ctx.scenario.stakeholders):
        if stakeholder.id == stakeholder_id:
            name, ident = ctx.inputs[f"stakeholders[{s}].name"], ctx.inputs[f"stakeholders[{s}].id"]
            return f'=IF({name}="",{ident}&"",{name}&"")'
    return '=""'


def _shown_text(item: object, key: str) -> str:
    """What a text formula of the row will show: the item's field (a chain joined by arrows)."""
    value: object = item
    for part in key.split("."):
        value = getattr(value, part, "")
    if isinstance(value, list | tuple):
        return " \u2192 ".join(str(v) for v in value)
    return str(value or "")


def _widths() -> dict[int, int]:
    count = len(columns())
    fixed = {1: 18, 2: 18, 3: 24, 4: 36, 5: 24, 6: 10, 7: 10, 8: 22, 9: 13, 10: 24}
    return (
        fixed
        | {c: 13 for c in range(11, count - 2)}
        | {
            count - 2: 16,
            count - 1: 16,
            count: 24,
        }
    )


def _row(
    ctx: ExportContext, ws: Worksheet, row: int, a: int, e: int, widths: dict[int, int]
) -> None:
    prefix = f"alternatives[{a}].effects[{e}]"
    effect = ctx.scenario.alternatives[a].effects[e]
    flows_row = ctx.flows.alternatives[a].effect_rows[e]
    cash = ctx.title("cash_flows")
    for col, (_, key, number_format) in enumerate(columns(), start=1):
        if key == "@alternative":
            formula = "=" + ctx.text_ref(f"alternatives[{a}].name")
        elif key == "@stakeholder":
            formula = _stakeholder_name(ctx, effect.beneficiary)
        elif key == "@base":
            formula = "=" + address(cash, flows_row, ctx.flows.base_col)
        elif key == "@pv":
            formula = "=" + address(cash, flows_row, ctx.flows.pv_col)
        elif number_format is None:
            formula = "=" + ctx.text_ref(f"{prefix}.{key}")
        else:
            formula = "=" + ctx.inputs[f"{prefix}.{key}"]
        cell = style.put_formula(ws, row, col, formula, number_format)
        if number_format is None:
            cell.alignment = style.WRAP
            # The row is as tall as its longest text (the programs do not grow it themselves).
            if key == "@alternative":
                shown = ctx.scenario.alternatives[a].name
            elif key == "@stakeholder":
                shown = ctx.scenario.stakeholder_name(effect.beneficiary)
            else:
                shown = _shown_text(effect, key)
            style.fit_height(ws, row, shown, widths.get(col, 13))


def build(ctx: ExportContext) -> None:
    ws = ctx.sheet("value_map")
    style.title(ws, ctx.t("value_map_title"), ctx.t("value_map_subtitle"))
    style.header_row(ws, HEADER_ROW, 1, [ctx.t(key) for key, _, _ in columns()], height=60)
    row = HEADER_ROW
    widths = _widths()  # once: a row's height follows from its columns' widths
    for a, alternative in enumerate(ctx.scenario.alternatives):
        for e in range(len(alternative.effects)):
            row += 1
            _row(ctx, ws, row, a, e, widths)
    style.widths(ws, widths)
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=4)
    style.print_setup(ws, title_rows=f"{HEADER_ROW}:{HEADER_ROW}")
