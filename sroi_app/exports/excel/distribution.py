"""The distribution sheet: who pays and who gains, per stakeholder and alternative.

Each figure sums the present values on the cash-flow sheet of the rows whose
payer (costs) or beneficiary (effects) is that stakeholder, minus the same
for the reference. Matching uses ``EXACT`` (case-sensitive, no wildcards),
so an id such as ``a*`` or ``>5`` cannot match other rows, and re-assigning
a payer on the inputs sheet moves the amount to the other stakeholder.

Stakeholders are grouped as the CPB/PBL guidance does (Algemene leidraad
MKBA): government, businesses and institutions, households, and the rest,
each with a subtotal. The group follows from the stakeholder's kind (or,
without a kind, from its id when that is a kind): ``GROUPS``. The group cell
is a formula over the kind on the inputs sheet and the subtotals are
``SUMIF`` over it, so an edited kind moves the stakeholder's money to its
new group; the rows stay in the order of export.
"""

from __future__ import annotations

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from sroi_app.exports.excel import style
from sroi_app.exports.excel.context import ExportContext, address, span

FIRST_ROW = 6
FIRST_VALUE_COL = 4
NAME_WIDTH = 36

#: Group key -> the stakeholder kinds in it (``domain.models.STAKEHOLDER_KINDS``); any
#: other kind, and a stakeholder without one, is in "other".
GROUPS: dict[str, tuple[str, ...]] = {
    "government": ("gemeente", "provincie", "rijk", "ggd"),
    "business": ("woningcorporatie", "zorgverzekeraar", "ondernemers", "zorg_welzijn"),
    "households": ("bewoners",),
}
GROUP_ORDER = ("government", "business", "households", "other")


def group_of(kind: str | None, stakeholder_id: str) -> str:
    """The distribution group of a stakeholder: by its kind, else by its id."""
    key = kind or stakeholder_id
    return next((g for g, kinds in GROUPS.items() if key in kinds), "other")


def _group_formula(ctx: ExportContext, s: int) -> str:
    """The group's name from the kind cell (the id cell when the kind is empty), live."""
    kind, ident = ctx.inputs[f"stakeholders[{s}].kind"], ctx.inputs[f"stakeholders[{s}].id"]
    key = f'IF({kind}="",{ident},{kind})'
    formula = f'"{ctx.t("d_group_other")}"'
    for group in reversed(tuple(GROUPS)):
        test = ",".join(f'EXACT({key},"{k}")' for k in GROUPS[group])
        formula = f'IF(OR({test}),"{ctx.t(f"d_group_{group}")}",{formula})'
    return "=" + formula


def matching_sum(ctx: ExportContext, rows: list[int], who: str) -> str:
    """SUMPRODUCT of the PVs of cash-flow ``rows`` (contiguous) whose actor equals ``who``
    ("" without rows); the distribution and the value map's inputs read it."""
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

    own = matching_sum(ctx, rows(a), who)
    ref_index = ctx.reference_index
    ref = matching_sum(ctx, rows(ref_index), who) if ref_index is not None else ""
    formula = own or "0"
    if ref:
        formula += f"-{ref}"
    return "=" + formula


def _header(ctx: ExportContext, ws: Worksheet) -> None:
    style.header_row(ws, FIRST_ROW - 2, 1, [ctx.t("d_group"), ctx.t("d_id"), ctx.t("d_name")])
    style.header_row(ws, FIRST_ROW - 1, 1, ["", "", ""])
    for i, a in enumerate(ctx.variant_indices):
        col = FIRST_VALUE_COL + 3 * i
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


def _person(ctx: ExportContext, ws: Worksheet, row: int, s: int) -> None:
    stakeholder = ctx.scenario.stakeholders[s]
    ctx.distribution_rows[stakeholder.id] = row
    style.put_formula(ws, row, 1, _group_formula(ctx, s))
    style.put_formula(ws, row, 2, "=" + ctx.text_ref(f"stakeholders[{s}].id"))
    label = ctx.stakeholder_label(ctx.inputs[f"stakeholders[{s}].id"])
    style.wrapped_formula(ws, row, 3, label, stakeholder.name or stakeholder.id, NAME_WIDTH)
    ws.cell(row=row, column=1).alignment = ws.cell(row=row, column=2).alignment = style.TOP
    who = f"$B{row}"
    for i, a in enumerate(ctx.variant_indices):
        col = FIRST_VALUE_COL + 3 * i
        pays, gains = get_column_letter(col), get_column_letter(col + 1)
        for offset, formula in enumerate(
            (
                _incremental(ctx, a, "costs", who),
                _incremental(ctx, a, "effects", who),
                f"={gains}{row}-{pays}{row}",
            )
        ):
            cell = style.put_formula(ws, row, col + offset, formula, style.MONEY)
            cell.alignment = style.TOP  # beside a name that wraps, on its first line
        base = f"results[{i}].by_stakeholder.{stakeholder.id}"
        ctx.results[f"{base}.pv_costs"] = address(ws.title, row, col)
        ctx.results[f"{base}.pv_benefits"] = address(ws.title, row, col + 1)
        ctx.results[f"{base}.npv"] = address(ws.title, row, col + 2)


def _subtotals(ctx: ExportContext, ws: Worksheet, row: int, first: int, last: int) -> int:
    """One row per group: SUMIF over the live group column; returns the next row."""
    last_col = FIRST_VALUE_COL - 1 + 3 * len(ctx.variant_indices)
    for group in GROUP_ORDER:
        label = ctx.t(f"d_group_{group}")
        style.put_label(ws, row, 1, f"{ctx.t('ov_subtotal')} {label}", bold=True)
        groups = f"$A${first}:$A${last}"
        for col in range(FIRST_VALUE_COL, last_col + 1):
            c = get_column_letter(col)
            formula = f'=SUMIF({groups},"{label}",{c}${first}:{c}${last})'
            style.put_formula(ws, row, col, formula, style.MONEY)
            ctx.cells[f"distribution.{group}.{col - FIRST_VALUE_COL}"] = address(ws.title, row, col)
        style.style_row(ws, row, 1, last_col, fill=style.GROUP_FILL)
        row += 1
    return row


def build(ctx: ExportContext) -> None:
    ws = ctx.sheet("distribution")
    style.title(ws, ctx.t("distribution_title"), ctx.t("distribution_subtitle"))
    if not ctx.variant_indices:
        style.put_text(ws, 4, 1, ctx.t("no_variants"))
        style.print_setup(ws)
        return
    _header(ctx, ws)
    row = FIRST_ROW - 1
    stakeholders = ctx.scenario.stakeholders
    order = sorted(
        range(len(stakeholders)),
        key=lambda s: GROUP_ORDER.index(group_of(stakeholders[s].kind, stakeholders[s].id)),
    )
    for s in order:
        row += 1
        _person(ctx, ws, row, s)
    last_person = row
    row += 1
    last_col = FIRST_VALUE_COL - 1 + 3 * len(ctx.variant_indices)
    if last_person >= FIRST_ROW:
        row = _subtotals(ctx, ws, row, FIRST_ROW, last_person)
    style.put_label(ws, row, 1, ctx.t("total"), bold=True)
    for i in range(len(ctx.variant_indices)):
        col0 = FIRST_VALUE_COL + 3 * i
        ctx.distribution_cols.append((col0, col0 + 1, col0 + 2))
        for col in range(col0, col0 + 3):
            c = get_column_letter(col)
            formula = f"=SUM({c}{FIRST_ROW}:{c}{last_person})" if last_person >= FIRST_ROW else "=0"
            style.put_formula(ws, row, col, formula, style.MONEY)
    style.style_row(ws, row, 1, last_col, fill=style.TOTAL_FILL)
    style.widths(
        ws, {1: 26, 2: 14, 3: NAME_WIDTH} | {c: 17 for c in range(FIRST_VALUE_COL, last_col + 1)}
    )
    ws.freeze_panes = ws.cell(row=FIRST_ROW, column=FIRST_VALUE_COL)
    style.print_setup(ws, title_rows=f"{FIRST_ROW - 2}:{FIRST_ROW - 1}")
