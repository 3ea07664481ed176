"""The summary sheet: headline results per alternative, under the contract's defined names.

Metrics are rows and the non-reference alternatives columns (file order).
Every value is a formula over the cash-flow sheet; the workbook-scope names
``PV_COSTS_i``, ``PV_BENEFITS_i``, ``NPV_i`` and ``SROI_RATIO_i`` (contract
section 10), plus ``NET_SROI_RATIO_i``, ``IRR_i`` and ``PAYBACK_i``, point at
these cells. Below the table the decision block (the council report's decision page:
``decision.py``), then native charts per alternative.
"""

from __future__ import annotations

from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.worksheet import Worksheet

from sroi_app.calc.irr import RESIDUAL_TOLERANCE
from sroi_app.exports.excel import charts, style
from sroi_app.exports.excel.context import ExportContext, address
from sroi_app.exports.excel.decision import BLOCK_ROWS

HEADER_ROW = 5
VALUE_WIDTH = 20  # characters: one column per variant
METRICS = (
    ("pv_costs", "PV_COSTS", style.MONEY),
    ("pv_benefits", "PV_BENEFITS", style.MONEY),
    ("npv", "NPV", style.MONEY),
    ("sroi_ratio", "SROI_RATIO", style.RATIO),
    ("net_sroi_ratio", "NET_SROI_RATIO", style.RATIO),
    ("irr", "IRR", style.PERCENT_PRECISE),
    ("payback_years", "PAYBACK", style.YEARS_1),
)
CHART_ROW = HEADER_ROW + len(METRICS) + 7
NOTE_COLUMNS = 5
CHART_ROWS = 19


def _formulas(ctx: ExportContext, i: int, col: int) -> dict[str, str]:
    lay, sheet = ctx.flows, ctx.title("cash_flows")
    rows = lay.variants[i]
    c = get_column_letter(col)
    r = {key: HEADER_ROW + 1 + n for n, (key, _, _) in enumerate(METRICS)}
    n_a = f'"{ctx.t("n_a")}"'
    costs, benefits, npv = f"{c}{r['pv_costs']}", f"{c}{r['pv_benefits']}", f"{c}{r['npv']}"
    k = address(sheet, rows.below_zero, lay.pv_col)
    cumulative = lay.year_span(sheet, rows.cumulative)
    horizon = f"MAX({lay.year_span(sheet, lay.t_row)})"

    def cum(offset: str) -> str:
        return f"INDEX({cumulative},1,{k}+{offset})"

    # IRR() iterates from a guess (Excel's default 10%) and can miss a root far
    # from it; the app's own IRR at export time, rounded, is a better start.
    # It only steers the iteration: the result is IRR()'s root of the live flows.
    engine_irr = ctx.result.results[i].irr
    guess = "" if engine_irr is None else f",{engine_irr:.4f}"
    # Contract section 6: a rate is an IRR only above -100% and where the NPV of the
    # net flows is zero within 1e-6 of their absolute sum; IRR() itself screens
    # neither (it can return a root below -100%), so the formula checks both.
    net, years = lay.year_span(sheet, rows.net), lay.year_span(sheet, lay.t_row)
    found = f"IRR({net}{guess})"
    valid = (
        f"AND({found}>-1,ABS(SUMPRODUCT({net}/(1+{found})^{years}))"
        f"<={RESIDUAL_TOLERANCE}*SUMPRODUCT(ABS({net})))"
    )
    none = f'"{ctx.t("irr_none")}"'
    return {
        "pv_costs": "=" + address(sheet, rows.d_costs, lay.pv_col),
        "pv_benefits": "=" + address(sheet, rows.d_benefits, lay.pv_col),
        "npv": f"={benefits}-{costs}",
        "sroi_ratio": f"=IF({costs}>0,{benefits}/{costs},{n_a})",
        "net_sroi_ratio": f"=IF({costs}>0,{npv}/{costs},{n_a})",
        "irr": f"=IFERROR(IF({valid},{found},{none}),{none})",
        "payback_years": (
            f'=IF({k}<0,0,IF({k}={horizon},"{ctx.t("not_paid_back")}",'
            f"{k}+(-{cum('1')})/({cum('2')}-{cum('1')})))"
        ),
    }


def _define(ctx: ExportContext, name: str, target: str) -> None:
    ctx.workbook.defined_names[name] = DefinedName(name, attr_text=target)


def _table(ctx: ExportContext, ws: Worksheet) -> None:
    style.header_row(ws, HEADER_ROW, 1, [ctx.t("alternative")])
    for n, (key, _, _) in enumerate(METRICS):
        style.put_label(ws, HEADER_ROW + 1 + n, 1, ctx.t(key), bold=True)
    for i, a in enumerate(ctx.variant_indices):
        col = 2 + i
        name = "=" + ctx.text_ref(f"alternatives[{a}].name")
        shown = ctx.scenario.alternatives[a].name
        style.header_formula(ws, HEADER_ROW, col, name, shown, VALUE_WIDTH)
        formulas = _formulas(ctx, i, col)
        for n, (key, name, number_format) in enumerate(METRICS):
            row = HEADER_ROW + 1 + n
            if key == "payback_years":
                number_format = f'0.0 "{ctx.t("years_unit")}"'
            cell = style.put_formula(ws, row, col, formulas[key], number_format)
            cell.fill = style.RESULT_FILL
            cell.alignment = Alignment(horizontal="right")
            target = address(ws.title, row, col)
            ctx.results[f"results[{i}].{key}"] = target
            _define(ctx, f"{name}_{i + 1}", target)
    row = HEADER_ROW + len(METRICS) + 1
    style.put_label(ws, row, 1, ctx.t("summary_compared"), bold=True)
    ref = ctx.reference_index
    if ref is None:
        style.put_label(ws, row, 2, ctx.t("no_reference"))
    else:
        style.put_formula(ws, row, 2, "=" + ctx.text_ref(f"alternatives[{ref}].name"))
    # Notes span the table's width (merged, wrapped): a long unwrapped line
    # would widen the printed page and shrink everything to fit it.
    last_col = max(NOTE_COLUMNS, 1 + len(ctx.variant_indices))
    for offset, key in ((2, "summary_irr_note"), (3, "summary_names_note")):
        words = ctx.t(key)
        cell = style.put_text(ws, row + offset, 1, words)
        cell.font = style.SUBTITLE_FONT
        cell.alignment = style.WRAP
        ws.merge_cells(
            start_row=row + offset, start_column=1, end_row=row + offset, end_column=last_col
        )
        style.fit_height(ws, row + offset, words, 44 + 20 * (last_col - 1))


def _charts(ctx: ExportContext, ws: Worksheet, row: int) -> None:
    for i, a in enumerate(ctx.variant_indices):
        alternative = ctx.scenario.alternatives[a]
        name = alternative.name or alternative.id
        ws.add_chart(charts.yearly_chart(ctx, i, name), f"A{row}")
        if ctx.distribution_rows:
            ws.add_chart(charts.stakeholder_chart(ctx, i, name), f"{get_column_letter(6)}{row}")
        row += CHART_ROWS


def build(ctx: ExportContext) -> None:
    ws = ctx.sheet("summary")
    style.title(ws, ctx.t("summary_title"))
    style.put_formula(ws, 2, 1, "=" + ctx.text_ref("name")).font = style.TITLE_FONT
    style.put_formula(
        ws,
        3,
        1,
        f'="{ctx.t("summary_units")}"&PRICE_LEVEL&"{ctx.t("summary_discounted_to")}"'
        f'&START_YEAR&" (t = 0)"',
    ).font = style.SUBTITLE_FONT
    if not ctx.variant_indices:
        style.put_text(ws, HEADER_ROW, 1, ctx.t("no_variants"))
    else:
        _table(ctx, ws)
        # The decision block is written last (decision.build): it reads the sensitivity
        # sheet; its rows are kept free here.
        _charts(ctx, ws, CHART_ROW - 1 + BLOCK_ROWS + 1)
    columns = range(2, 2 + max(1, len(ctx.variant_indices)))
    style.widths(ws, {1: 44} | {c: VALUE_WIDTH for c in columns})
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=2)
    style.print_setup(ws)
