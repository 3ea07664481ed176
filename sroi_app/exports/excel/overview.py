"""The MKBA overview table in the CPB/PBL form: costs and effects by category, with subtotals.

Rows are the cost and effect posts of all alternatives, matched by id (a
post "onderhoud" in the reference and in a variant is one row, and the
variant's column shows the difference); per non-reference alternative two
columns: the physical effect (the quantity per year against the reference,
its unit beside the post) and the present value in euros. Costs are grouped
by their category, effects by the domain of their library proxy (health,
social, ...); each group has a subtotal, the totals equal the headline
results. Then the balance, the ratio, the 5-95% range of the net present
value when the workbook has a sensitivity sheet, and the PM posts (named,
not valued) with their sign.
"""

from __future__ import annotations

from openpyxl.styles import Alignment, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from sroi_app.exports.excel import style
from sroi_app.exports.excel.context import ExportContext, address
from sroi_app.io.proxies import default_library

HEADER_ROW = 4
WIDTHS = {"item": 40, "actor": 26, "unit": 22, "physical": 13, "value": 17}  # characters
FIRST_VALUE_COL = 4


def _value_col(i: int) -> int:
    """The euro column of the i-th non-reference alternative (its physical column is before)."""
    return FIRST_VALUE_COL + 1 + 2 * i


def _posts(ctx: ExportContext, kind: str) -> dict[str, list[tuple[int, int]]]:
    """Post id -> [(alternative index, item index)], in order of first appearance."""
    posts: dict[str, list[tuple[int, int]]] = {}
    order = ctx.variant_indices + ([] if ctx.reference_index is None else [ctx.reference_index])
    for a in order:
        items = getattr(ctx.scenario.alternatives[a], kind)
        for n, item in enumerate(items):
            posts.setdefault(item.id, []).append((a, n))
    return posts


def _category(ctx: ExportContext, kind: str, item: object, domains: dict[str, str]) -> str:
    """A cost's category; an effect's proxy domain (library), else "other effects"."""
    if kind == "costs":
        category = str(getattr(item, "category", "") or "")
        return category[:1].upper() + category[1:] if category else ctx.t("ov_other_costs")
    library_id = getattr(getattr(item, "proxy", None), "library_id", None)
    domain = domains.get(library_id or "")
    return ctx.t(f"ov_domain_{domain}") if domain else ctx.t("ov_other_effects")


def _groups(ctx: ExportContext, kind: str) -> dict[str, list[tuple[str, list[tuple[int, int]]]]]:
    """Category -> its posts, categories in order of first appearance."""
    domains = {p.id: str(p.domain) for p in default_library().proxies} if kind == "effects" else {}
    groups: dict[str, list[tuple[str, list[tuple[int, int]]]]] = {}
    for post, places in _posts(ctx, kind).items():
        a0, n0 = places[0]
        item = getattr(ctx.scenario.alternatives[a0], kind)[n0]
        groups.setdefault(_category(ctx, kind, item, domains), []).append((post, places))
    return groups


def _post(
    ctx: ExportContext, ws: Worksheet, row: int, kind: str, post: str, places: list[tuple[int, int]]
) -> None:
    lay, cash = ctx.flows, ctx.title("cash_flows")
    singular = "costs" if kind == "costs" else "effects"
    a0, n0 = places[0]
    first = getattr(ctx.scenario.alternatives[a0], kind)[n0]
    base = f"alternatives[{a0}].{singular}[{n0}]"
    name = "=" + ctx.text_ref(f"{base}.name")
    style.wrapped_formula(ws, row, 1, name, first.name, WIDTHS["item"])
    actor = ctx.inputs[f"{base}.{'payer' if kind == 'costs' else 'beneficiary'}"]
    shown = ctx.scenario.stakeholder_name(first.payer if kind == "costs" else first.beneficiary)
    style.wrapped_formula(ws, row, 2, ctx.stakeholder_label(actor), shown, WIDTHS["actor"])
    ctx.cells[f"overview.{kind}.{post}.actor"] = address(ws.title, row, 2)
    if kind == "effects":
        style.wrapped_formula(
            ws, row, 3, "=" + ctx.text_ref(f"{base}.unit"), first.unit, WIDTHS["unit"]
        )
    where = dict(places)
    for i, a in enumerate(ctx.variant_indices):
        terms, quantities = [], []
        for sign, index in (("+", a), ("-", ctx.reference_index)):
            if index is not None and index in where:
                block = lay.alternatives[index]
                item_rows = block.cost_rows if kind == "costs" else block.effect_rows
                terms.append(sign + address(cash, item_rows[where[index]], lay.pv_col))
                quantity = f"alternatives[{index}].effects[{where[index]}].quantity"
                if kind == "effects":
                    quantities.append(sign + ctx.inputs[quantity])
        formula = "=" + ("".join(terms).lstrip("+") if terms else "0")
        style.put_formula(ws, row, _value_col(i), formula, style.MONEY).alignment = style.TOP
        if quantities:
            physical = "=" + "".join(quantities).lstrip("+")
            quantity_format = style.quantity_format(getattr(first, "quantity", None))
            cell = style.put_formula(ws, row, _value_col(i) - 1, physical, quantity_format)
            cell.alignment = style.TOP


def _sum_row(
    ctx: ExportContext, ws: Worksheet, row: int, label: str, rows: list[int], fill: PatternFill
) -> None:
    style.put_label(ws, row, 1, label, bold=True)
    for i in range(len(ctx.variant_indices)):
        c = get_column_letter(_value_col(i))
        formula = "=SUM(" + ",".join(f"{c}{r}" for r in rows) + ")" if rows else "=0"
        style.put_formula(ws, row, _value_col(i), formula, style.MONEY)
    style.style_row(ws, row, 1, _value_col(len(ctx.variant_indices) - 1), fill=fill)


def _section(ctx: ExportContext, ws: Worksheet, row: int, kind: str) -> tuple[int, int]:
    """One section (costs or effects) by category; returns its total row and the next row."""
    style.put_label(ws, row, 1, ctx.t("ov_costs" if kind == "costs" else "ov_benefits"))
    ws.cell(row=row, column=1).font = style.SECTION_FONT
    subtotals: list[int] = []
    for category, posts in _groups(ctx, kind).items():
        row += 1
        style.put_label(ws, row, 1, category, bold=True)
        rows = []
        for post, places in posts:
            row += 1
            _post(ctx, ws, row, kind, post, places)
            rows.append(row)
        row += 1
        _sum_row(ctx, ws, row, f"{ctx.t('ov_subtotal')} {category}", rows, style.GROUP_FILL)
        subtotals.append(row)
    row += 1
    key = "ov_total_costs" if kind == "costs" else "ov_total_benefits"
    _sum_row(ctx, ws, row, ctx.t(key), subtotals, style.TOTAL_FILL)
    return row, row + 2


def _pm(ctx: ExportContext, ws: Worksheet, row: int) -> None:
    style.put_label(ws, row, 1, ctx.t("ov_pm"), bold=True)
    for p, pm in enumerate(ctx.scenario.pm_items):
        row += 1
        style.put_formula(ws, row, 1, "=" + ctx.text_ref(f"pm_items[{p}].name"))
        if pm.stakeholder is not None:
            cell = ctx.inputs[f"pm_items[{p}].stakeholder"]
            style.put_formula(ws, row, 2, ctx.stakeholder_label(cell))
        target, sign = ctx.inputs[f"pm_items[{p}].alternative"], ctx.inputs[f"pm_items[{p}].sign"]
        for i, a in enumerate(ctx.variant_indices):
            ident = ctx.inputs[f"alternatives[{a}].id"]
            cell = style.put_formula(
                ws,
                row,
                _value_col(i),
                f'=IF(OR({target}="",EXACT({target},{ident})),"PM "&{sign},"")',
            )
            cell.alignment = Alignment(horizontal="right")
    style.put_text(ws, row + 2, 1, ctx.t("ov_pm_note")).font = style.SUBTITLE_FONT


def _range(ctx: ExportContext, ws: Worksheet, row: int) -> int:
    """The simulated 5% and 95% points of the NPV, from the sensitivity sheet."""
    if ctx.sensitivity is None:
        return row
    for key, label in (("p5", "ov_npv_p5"), ("p95", "ov_npv_p95")):
        style.put_label(ws, row, 1, ctx.t(label), bold=True)
        for i in range(len(ctx.variant_indices)):
            source = ctx.sensitivity_cells[f"results[{i}].monte_carlo.npv.{key}"]
            cell = style.put_formula(ws, row, _value_col(i), f"={source}", style.MONEY)
            cell.alignment = Alignment(horizontal="right")
            ctx.results[f"results[{i}].overview.npv_{key}"] = address(ws.title, row, _value_col(i))
        row += 1
    style.put_text(ws, row, 1, ctx.t("ov_range_note")).font = style.SUBTITLE_FONT
    return row + 1


def _header(ctx: ExportContext, ws: Worksheet) -> None:
    labels = [ctx.t("ov_item"), ctx.t("d_name"), ctx.t("h_unit")]
    style.header_row(ws, HEADER_ROW, 1, labels)
    style.header_row(ws, HEADER_ROW + 1, 1, ["", "", ""])
    for i, a in enumerate(ctx.variant_indices):
        col = _value_col(i)
        name = "=" + ctx.text_ref(f"alternatives[{a}].name")
        shown = ctx.scenario.alternatives[a].name
        style.header_formula(ws, HEADER_ROW, col - 1, name, shown, WIDTHS["value"] * 1.7)
        ws.cell(row=HEADER_ROW, column=col).fill = style.HEADER_FILL
        ws.merge_cells(
            start_row=HEADER_ROW, start_column=col - 1, end_row=HEADER_ROW, end_column=col
        )
        style.header_row(
            ws, HEADER_ROW + 1, col - 1, [ctx.t("ov_physical"), ctx.t("ov_pv")], height=30
        )


def build(ctx: ExportContext) -> None:
    ws = ctx.sheet("overview")
    style.title(ws, ctx.t("overview_title"), ctx.t("overview_subtitle"))
    if not ctx.variant_indices:
        style.put_text(ws, HEADER_ROW, 1, ctx.t("no_variants"))
        style.print_setup(ws)
        return
    _header(ctx, ws)
    total_costs, row = _section(ctx, ws, HEADER_ROW + 2, "costs")
    total_benefits, row = _section(ctx, ws, row, "effects")
    style.put_label(ws, row, 1, ctx.t("ov_balance"), bold=True)
    style.put_label(ws, row + 1, 1, ctx.t("ov_ratio"), bold=True)
    n_a = f'"{ctx.t("n_a")}"'
    last = _value_col(len(ctx.variant_indices) - 1)
    for i in range(len(ctx.variant_indices)):
        col = _value_col(i)
        c = get_column_letter(col)
        costs, benefits = f"{c}{total_costs}", f"{c}{total_benefits}"
        style.put_formula(ws, row, col, f"={benefits}-{costs}", style.MONEY)
        base = f"results[{i}].overview"
        ctx.results[f"{base}.pv_costs"] = address(ws.title, total_costs, col)
        ctx.results[f"{base}.pv_benefits"] = address(ws.title, total_benefits, col)
        ctx.results[f"{base}.npv"] = address(ws.title, row, col)
        style.put_formula(
            ws, row + 1, col, f"=IF({costs}>0,{benefits}/{costs},{n_a})", style.RATIO
        ).alignment = Alignment(horizontal="right")
    for r in (row, row + 1):
        style.style_row(ws, r, 1, last, fill=style.RESULT_FILL)
    row = _range(ctx, ws, row + 2)
    _pm(ctx, ws, row + 1)
    values = {
        c: WIDTHS["physical"] if (c - FIRST_VALUE_COL) % 2 == 0 else WIDTHS["value"]
        for c in range(FIRST_VALUE_COL, last + 1)
    }
    style.widths(ws, {1: WIDTHS["item"], 2: WIDTHS["actor"], 3: WIDTHS["unit"]} | values)
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 2, column=FIRST_VALUE_COL)
    style.print_setup(ws, title_rows=f"{HEADER_ROW}:{HEADER_ROW + 1}")
