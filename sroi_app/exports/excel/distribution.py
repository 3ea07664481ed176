"""The distribution sheet: who pays and who gains, per stakeholder and alternative.

Each figure sums the present values on the cash-flow sheet of the rows whose
payer (costs) or beneficiary (effects) is that stakeholder, minus the same
for the reference. Matching uses ``EXACT`` (case-sensitive, no wildcards),
so an id such as ``a*`` or ``>5`` cannot match other rows, and re-assigning
a payer on the inputs sheet moves the amount to the other stakeholder.
"""

from __future__ import annotations

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from sroi_app.exports.excel import style
from sroi_app.exports.excel.context import ExportContext, address, span

FIRST_ROW = 6


def _matching_sum(ctx: ExportContext, rows: list[int], who: str) -> str:
    """SUMPRODUCT of the PVs of ``rows`` (contiguous) whose actor equals ``who``."""
    if not rows:
        return ""
    lay, sheet = ctx.flows, ctx.title("cash_flows")
    actors = span(sheet, rows[0], lay.actor_col, rows[-1], lay.actor_col)
    values = span(sheet, rows[0], lay.pv_col, rows[-1], lay.pv_col)
    return f"SUMPRODUCT(--EXACT({actors},{who}),{values})"


def _incremental(ctx: ExportContext, a: int, kind: str, who: str) -> str:
    lay = ctx.flows

    def rows(index: int) -> list[int]:
        block = lay.alternatives[index]
        return block.cost_rows if kind == "costs" else block.effect_rows

    own = _matching_sum(ctx, rows(a), who)
    ref_index = ctx.reference_index
    ref = _matching_sum(ctx, rows(ref_index), who) if ref_index is not None else ""
    formula = own or "0"
    if ref:
        formula += f"-{ref}"
    return "=" + formula


def _header(ctx: ExportContext, ws: Worksheet) -> None:
    style.header_row(ws, FIRST_ROW - 2, 1, [ctx.t("d_id"), ctx.t("d_name")])
    style.header_row(ws, FIRST_ROW - 1, 1, ["", ""])
    for i, a in enumerate(ctx.variant_indices):
        col = 3 + 3 * i
        style.header_row(
            ws,
            FIRST_ROW - 1,
            col,
            [ctx.t("d_pays"), ctx.t("d_gains"), ctx.t("d_balance")],
            height=32,
        )
        style.put_formula(ws, FIRST_ROW - 2, col, "=" + ctx.text_ref(f"alternatives[{a}].name"))
        for c in range(col, col + 3):
            other = ws.cell(row=FIRST_ROW - 2, column=c)
            other.font, other.fill, other.alignment = (
                style.HEADER_FONT,
                style.HEADER_FILL,
                style.CENTER,
            )
        ws.merge_cells(
            start_row=FIRST_ROW - 2, start_column=col, end_row=FIRST_ROW - 2, end_column=col + 2
        )


def build(ctx: ExportContext) -> None:
    ws = ctx.sheet("distribution")
    style.title(ws, ctx.t("distribution_title"), ctx.t("distribution_subtitle"))
    if not ctx.variant_indices:
        style.put_text(ws, 4, 1, ctx.t("no_variants"))
        style.print_setup(ws)
        return
    _header(ctx, ws)
    sheet = ws.title
    row = FIRST_ROW - 1
    for s, stakeholder in enumerate(ctx.scenario.stakeholders):
        row += 1
        ctx.distribution_rows[stakeholder.id] = row
        style.put_formula(ws, row, 1, "=" + ctx.text_ref(f"stakeholders[{s}].id"))
        style.put_formula(ws, row, 2, "=" + ctx.text_ref(f"stakeholders[{s}].name"))
        who = f"$A{row}"
        for i, a in enumerate(ctx.variant_indices):
            col = 3 + 3 * i
            pays, gains = get_column_letter(col), get_column_letter(col + 1)
            style.put_formula(ws, row, col, _incremental(ctx, a, "costs", who), style.MONEY)
            style.put_formula(ws, row, col + 1, _incremental(ctx, a, "effects", who), style.MONEY)
            style.put_formula(ws, row, col + 2, f"={gains}{row}-{pays}{row}", style.MONEY)
            base = f"results[{i}].by_stakeholder.{stakeholder.id}"
            ctx.results[f"{base}.pv_costs"] = address(sheet, row, col)
            ctx.results[f"{base}.pv_benefits"] = address(sheet, row, col + 1)
            ctx.results[f"{base}.npv"] = address(sheet, row, col + 2)
    last_person = row
    row += 1
    style.put_label(ws, row, 2, ctx.t("total"), bold=True)
    for i in range(len(ctx.variant_indices)):
        ctx.distribution_cols.append((3 + 3 * i, 4 + 3 * i, 5 + 3 * i))
        for col in range(3 + 3 * i, 6 + 3 * i):
            c = get_column_letter(col)
            formula = f"=SUM({c}{FIRST_ROW}:{c}{last_person})" if last_person >= FIRST_ROW else "=0"
            style.put_formula(ws, row, col, formula, style.MONEY)
    style.style_row(ws, row, 1, 2 + 3 * len(ctx.variant_indices), fill=style.TOTAL_FILL)
    style.widths(ws, {1: 16, 2: 28} | {c: 17 for c in range(3, 3 + 3 * len(ctx.variant_indices))})
    ws.freeze_panes = ws.cell(row=FIRST_ROW, column=3)
    style.print_setup(ws, title_rows=f"{FIRST_ROW - 2}:{FIRST_ROW - 1}")
