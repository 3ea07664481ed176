"""The Realisatie sheet: measurements and actual spending, and the re-forecast (section 11).

Only when the scenario has measurements or actuals. One row per measurement
and per actual, with the year and the measured quantity (or amount) as input
cells (yellow, read back by ``sroi-app import``) and live formulas:

- realised value of a measurement = quantity x proxy value x CPI factor x
  (1 - each share correction), the effect's own input cells and factor;
- realised spending of an actual = amount x the CPI factor of its price year
  (empty: the cost item's factor);
- the forecast value of that year, read from the item's row on the cash-flow
  sheet, and the difference discounted with that year's factor.

``NPV_REFORECAST_i`` = ``NPV_i`` + the discounted differences of variant i's
benefits - those of its costs - the same for the nulalternatief: the
re-forecast NPV, equal to the engine's ``reforecast.npv`` after recalculation.
"""

from __future__ import annotations

from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.worksheet import Worksheet

from sroi_app.calc.monitoring import has_monitoring
from sroi_app.domain.labels import in_lang
from sroi_app.exports.excel import style
from sroi_app.exports.excel.cashflows import share_formula
from sroi_app.exports.excel.context import ExportContext, address

TITLE = ("Realisatie", "Realised")
_TEXTS = {
    "title": (
        "Realisatie: metingen, werkelijke uitgaven en herprognose",
        "Realised: measurements, actual spending and re-forecast",
    ),
    "legend": (
        "Geel = invoer (wijzigbaar, ook terug te lezen met sroi-app import). Een gemeten jaar"
        " vervangt de prognose van dat jaar; NPV_REFORECAST_i is de NCW met alles wat is"
        " gemeten.",
        "Yellow = input (editable, read back by sroi-app import). A measured year replaces"
        " the forecast of that year; NPV_REFORECAST_i is the NPV with everything measured.",
    ),
    "headers": (
        "Alternatief|Post|Soort|Jaar|Gemeten / werkelijk|Prijspeil|Gerealiseerd|Prognose"
        "|Verschil (CW)",
        "Alternative|Item|Kind|Year|Measured / actual|Price year|Realised|Forecast|Difference (PV)",
    ),
    "effect": ("baat", "benefit"),
    "cost": ("kosten", "cost"),
    "reforecast": ("Herprognose NCW", "Re-forecast NPV"),
}


def _t(key: str, lang: str) -> str:
    return in_lang(_TEXTS[key], lang)


def _bare(reference: str) -> str:
    return reference.rsplit("!", 1)[1]


def _entered(
    ctx: ExportContext,
    ws: Worksheet,
    row: int,
    item: tuple[int, str, str, str],
    values: tuple[tuple[str, float | int | None, str], ...],
) -> None:
    """A measured row's head (``item``: alternative, item path, entry path, kind word) and
    its entered ``values`` (key, value, format) from column D on, each an input cell."""
    a, prefix, path, what = item
    style.put_formula(ws, row, 1, "=" + ctx.text_ref(f"alternatives[{a}].name"))
    style.put_formula(ws, row, 2, "=" + ctx.text_ref(f"{prefix}.name"))
    style.put_text(ws, row, 3, what)
    for col, (key, value, fmt) in enumerate(values, start=4):
        style.put_number(ws, row, col, value, fmt)
        ctx.inputs[f"{path}.{key}"] = address(ws.title, row, col)


def build(ctx: ExportContext) -> None:
    """Add the sheet (before the notes) when anything was measured."""
    scenario = ctx.scenario
    if not has_monitoring(scenario):
        return
    lang = ctx.lang
    ws = ctx.workbook.create_sheet(TITLE[0 if lang == "nl" else 1])
    notes = ctx.workbook.sheetnames.index(ctx.title("notes"))
    ctx.workbook.move_sheet(ws, offset=notes - ctx.workbook.sheetnames.index(ws.title))
    style.title(ws, _t("title", lang), _t("legend", lang))
    header_row = 4
    style.header_row(ws, header_row, 1, _t("headers", lang).split("|"), height=30)
    lay, cash, i = ctx.flows, ctx.title("cash_flows"), ctx.inputs
    years_row = lay.year_span(cash, lay.calendar_row)
    df_row = lay.year_span(cash, lay.df_row)
    row = header_row
    differences: dict[int, list[tuple[str, str]]] = {}  # alternative -> (kind, cell)
    for a, alternative in enumerate(scenario.alternatives):
        for e, effect in enumerate(alternative.effects):
            prefix = f"alternatives[{a}].effects[{e}]"
            flow_row = lay.alternatives[a].effect_rows[e]
            factor = address(cash, flow_row, lay.factor_col)
            shares = share_formula(i, prefix)
            for m, measurement in enumerate(effect.measurements):
                row += 1
                path = f"{prefix}.measurements[{m}]"
                _entered(
                    ctx,
                    ws,
                    row,
                    (a, prefix, path, _t("effect", lang)),
                    (
                        ("year", measurement.year, style.YEAR),
                        ("quantity", measurement.quantity, style.NUMBER),
                    ),
                )
                realised = f"=E{row}*{i[f'{prefix}.proxy.value']}*{factor}" + (
                    f"*{shares}" if shares else ""
                )
                _tail(ws, row, realised, lay.year_span(cash, flow_row), years_row, df_row)
                differences.setdefault(a, []).append(("effect", f"$I${row}"))
        for c, cost in enumerate(alternative.costs):
            prefix = f"alternatives[{a}].costs[{c}]"
            flow_row = lay.alternatives[a].cost_rows[c]
            item_factor = address(cash, flow_row, lay.factor_col)
            for k, actual in enumerate(cost.actuals):
                row += 1
                path = f"{prefix}.actuals[{k}]"
                _entered(
                    ctx,
                    ws,
                    row,
                    (a, prefix, path, _t("cost", lang)),
                    (
                        ("year", actual.year, style.YEAR),
                        ("amount", actual.amount, style.MONEY_CENTS),
                        ("price_year", actual.price_year, style.YEAR),
                    ),
                )
                factor = (
                    f'IF(F{row}="",{item_factor},'
                    f"INDEX(CPI_FACTOR,MATCH(MIN(F{row},MAX(CPI_YEARS)),CPI_YEARS,0)))"
                )
                realised = f"=E{row}*{factor}"
                _tail(ws, row, realised, lay.year_span(cash, flow_row), years_row, df_row)
                differences.setdefault(a, []).append(("cost", f"$I${row}"))
    row += 2
    reference = ctx.reference_index
    for n, a in enumerate(ctx.variant_indices, start=1):
        style.put_formula(ws, row, 1, "=" + ctx.text_ref(f"alternatives[{a}].name"))
        style.put_label(ws, row, 2, _t("reforecast", lang), bold=True)
        terms = [f"NPV_{n}"]
        for alt, sign in ((a, 1), (reference, -1)):
            if alt is None:
                continue
            for kind, cell in differences.get(alt, []):
                plus = (kind == "effect") == (sign == 1)
                terms.append(("+" if plus else "-") + cell)
        cell = style.put_formula(ws, row, 9, "=" + "".join(terms).replace("=+", "="), style.MONEY)
        cell.fill = style.RESULT_FILL
        target = address(ws.title, row, 9)
        ctx.workbook.defined_names[f"NPV_REFORECAST_{n}"] = DefinedName(
            f"NPV_REFORECAST_{n}", attr_text=target
        )
        ctx.results[f"results[{n - 1}].reforecast.npv"] = target
        row += 1
    style.widths(ws, {1: 34, 2: 40, 3: 10, 4: 8, 5: 16, 6: 10, 7: 16, 8: 16, 9: 18})
    style.print_setup(ws)


def _tail(ws: Worksheet, row: int, realised: str, flows: str, years: str, df: str) -> None:
    """Realised (G), the forecast of that year (H) and the discounted difference (I)."""
    style.put_formula(ws, row, 7, realised, style.MONEY)
    position = f"MATCH(D{row},{years},0)"
    style.put_formula(ws, row, 8, f"=INDEX({flows},1,{position})", style.MONEY)
    style.put_formula(ws, row, 9, f"=INDEX({df},1,{position})*(G{row}-H{row})", style.MONEY)
