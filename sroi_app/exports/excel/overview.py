"""The MKBA overview table: present value per post against the reference, plus PM posts.

Rows are the cost and effect posts of all alternatives, matched by id (a
post "onderhoud" in the reference and in a variant is one row, and the
variant's column shows the difference); columns are the non-reference
alternatives. The totals equal the headline results. PM posts (named, not
valued) follow with their sign, per alternative they apply to.
"""

from __future__ import annotations

from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from sroi_app.exports.excel import style
from sroi_app.exports.excel.context import ExportContext, address

HEADER_ROW = 4
WIDTHS = {"item": 40, "actor": 26, "value": 20}  # characters


def _posts(ctx: ExportContext, kind: str) -> dict[str, list[tuple[int, int]]]:
    """Post id -> [(alternative index, item index)], in order of first appearance."""
    posts: dict[str, list[tuple[int, int]]] = {}
    order = ctx.variant_indices + ([] if ctx.reference_index is None else [ctx.reference_index])
    for a in order:
        items = getattr(ctx.scenario.alternatives[a], kind)
        for n, item in enumerate(items):
            posts.setdefault(item.id, []).append((a, n))
    return posts


def _actor_name(ctx: ExportContext, stakeholder_id: str) -> str:
    for s, stakeholder in enumerate(ctx.scenario.stakeholders):
        if stakeholder.id == stakeholder_id:
            name, ident = ctx.inputs[f"stakeholders[{s}].name"], ctx.inputs[f"stakeholders[{s}].id"]
            return f'=IF({name}="",{ident}&"",{name}&"")'
    return '=""'


def _section(ctx: ExportContext, ws: Worksheet, row: int, kind: str) -> tuple[int, list[int]]:
    """Rows of one section (costs or effects); returns the next row and the post rows."""
    lay, cash = ctx.flows, ctx.title("cash_flows")
    singular = "costs" if kind == "costs" else "effects"
    actor_field = "payer" if kind == "costs" else "beneficiary"
    style.put_label(ws, row, 1, ctx.t("ov_costs" if kind == "costs" else "ov_benefits"), bold=True)
    rows: list[int] = []
    for places in _posts(ctx, kind).values():
        row += 1
        rows.append(row)
        a0, n0 = places[0]
        first = getattr(ctx.scenario.alternatives[a0], kind)[n0]
        name = "=" + ctx.text_ref(f"alternatives[{a0}].{singular}[{n0}].name")
        style.wrapped_formula(ws, row, 1, name, first.name, WIDTHS["item"])
        actor = getattr(first, actor_field)
        style.wrapped_formula(
            ws,
            row,
            2,
            _actor_name(ctx, actor),
            ctx.scenario.stakeholder_name(actor),
            WIDTHS["actor"],
        )
        where = dict(places)
        for i, a in enumerate(ctx.variant_indices):
            terms = []
            for sign, index in (("+", a), ("-", ctx.reference_index)):
                if index is not None and index in where:
                    block = lay.alternatives[index]
                    item_rows = block.cost_rows if kind == "costs" else block.effect_rows
                    terms.append(sign + address(cash, item_rows[where[index]], lay.pv_col))
            formula = "=" + ("".join(terms).lstrip("+") if terms else "0")
            style.put_formula(ws, row, 3 + i, formula, style.MONEY)
    return row + 1, rows


def _total(ctx: ExportContext, ws: Worksheet, row: int, key: str, rows: list[int]) -> None:
    style.put_label(ws, row, 1, ctx.t(key), bold=True)
    for i in range(len(ctx.variant_indices)):
        c = get_column_letter(3 + i)
        formula = f"=SUM({c}{rows[0]}:{c}{rows[-1]})" if rows else "=0"
        style.put_formula(ws, row, 3 + i, formula, style.MONEY)
    style.style_row(ws, row, 1, 2 + len(ctx.variant_indices), fill=style.TOTAL_FILL)


def _pm(ctx: ExportContext, ws: Worksheet, row: int) -> None:
    style.put_label(ws, row, 1, ctx.t("ov_pm"), bold=True)
    for p, pm in enumerate(ctx.scenario.pm_items):
        row += 1
        style.put_formula(ws, row, 1, "=" + ctx.text_ref(f"pm_items[{p}].name"))
        if pm.stakeholder is not None:
            style.put_formula(ws, row, 2, _actor_name(ctx, pm.stakeholder))
        target, sign = ctx.inputs[f"pm_items[{p}].alternative"], ctx.inputs[f"pm_items[{p}].sign"]
        for i, a in enumerate(ctx.variant_indices):
            ident = ctx.inputs[f"alternatives[{a}].id"]
            cell = style.put_formula(
                ws, row, 3 + i, f'=IF(OR({target}="",EXACT({target},{ident})),"PM "&{sign},"")'
            )
            cell.alignment = Alignment(horizontal="right")
    style.put_text(ws, row + 2, 1, ctx.t("ov_pm_note")).font = style.SUBTITLE_FONT


def build(ctx: ExportContext) -> None:
    ws = ctx.sheet("overview")
    style.title(ws, ctx.t("overview_title"), ctx.t("overview_subtitle"))
    if not ctx.variant_indices:
        style.put_text(ws, HEADER_ROW, 1, ctx.t("no_variants"))
        style.print_setup(ws)
        return
    style.header_row(ws, HEADER_ROW, 1, [ctx.t("ov_item"), ctx.t("d_name")])
    for i, a in enumerate(ctx.variant_indices):
        name = "=" + ctx.text_ref(f"alternatives[{a}].name")
        shown = ctx.scenario.alternatives[a].name
        style.header_formula(ws, HEADER_ROW, 3 + i, name, shown, WIDTHS["value"])
    row, cost_rows = _section(ctx, ws, HEADER_ROW + 1, "costs")
    total_costs = row
    _total(ctx, ws, row, "ov_total_costs", cost_rows)
    row, benefit_rows = _section(ctx, ws, row + 2, "effects")
    total_benefits = row
    _total(ctx, ws, row, "ov_total_benefits", benefit_rows)
    row += 2
    style.put_label(ws, row, 1, ctx.t("ov_balance"), bold=True)
    style.put_label(ws, row + 1, 1, ctx.t("ov_ratio"), bold=True)
    n_a = f'"{ctx.t("n_a")}"'
    for i in range(len(ctx.variant_indices)):
        c = get_column_letter(3 + i)
        costs, benefits = f"{c}{total_costs}", f"{c}{total_benefits}"
        style.put_formula(ws, row, 3 + i, f"={benefits}-{costs}", style.MONEY)
        base = f"results[{i}].overview"
        ctx.results[f"{base}.pv_costs"] = address(ws.title, total_costs, 3 + i)
        ctx.results[f"{base}.pv_benefits"] = address(ws.title, total_benefits, 3 + i)
        ctx.results[f"{base}.npv"] = address(ws.title, row, 3 + i)
        style.put_formula(
            ws, row + 1, 3 + i, f"=IF({costs}>0,{benefits}/{costs},{n_a})", style.RATIO
        ).alignment = Alignment(horizontal="right")
    for r in (row, row + 1):
        style.style_row(ws, r, 1, 2 + len(ctx.variant_indices), fill=style.RESULT_FILL)
    _pm(ctx, ws, row + 3)
    values = range(3, 3 + len(ctx.variant_indices))
    style.widths(ws, {1: WIDTHS["item"], 2: WIDTHS["actor"]} | {c: WIDTHS["value"] for c in values})
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=3)
    style.print_setup(ws, title_rows=f"{HEADER_ROW}:{HEADER_ROW}")
