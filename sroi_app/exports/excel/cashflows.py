"""The cash-flow sheet: one row per cost and per effect per alternative, one column per year.

At the top the year rows: ``t``, the calendar year, the rate ``r_t`` in force
(the last step with ``from_year <= t``) and the discount factor
``DF_0 = 1, DF_t = DF_(t-1) / (1 + r_t)``. Then a block per alternative with
its own flows (contract sections 3 and 4, written out as formulas over the
inputs sheet), and a block per non-reference alternative with the
incremental flows against the reference (section 5) and their present
values (section 6). Every number on this sheet is a formula.
"""

from __future__ import annotations

from collections.abc import Callable

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from sroi_app.domain.corrections import share_fields
from sroi_app.exports.excel import sheetxml, style
from sroi_app.exports.excel.context import AlternativeRows, ExportContext, VariantRows, address

HEADER_ROW = 8
FIRST_BLOCK_ROW = 10


def _year_rows(ctx: ExportContext, ws: Worksheet) -> None:
    lay = ctx.flows
    lay.t_row, lay.calendar_row, lay.rate_row, lay.df_row = 4, 5, 6, 7
    style.put_label(ws, lay.t_row, 1, ctx.t("cf_t"), bold=True)
    style.put_label(ws, lay.calendar_row, 1, ctx.t("cf_calendar"), bold=True)
    style.put_label(ws, lay.rate_row, 1, ctx.t("cf_rate"), bold=True)
    style.put_label(ws, lay.df_row, 1, ctx.t("cf_df"), bold=True)
    style.put_text(ws, lay.df_row, 3, ctx.t("cf_df_rule")).font = style.SUBTITLE_FONT
    for t in range(lay.horizon + 1):
        col = lay.first_year_col + t
        c = get_column_letter(col)
        style.mark_fixed(style.put_number(ws, lay.t_row, col, t, style.YEAR, input_cell=False))
        style.put_formula(ws, lay.calendar_row, col, f"=START_YEAR+{c}${lay.t_row}", style.YEAR)
        # Year 0 may lie before a schedule's first step (from year 1); its rate
        # never enters a discount factor, the first step's rate is shown.
        style.put_formula(
            ws,
            lay.rate_row,
            col,
            f"=IFERROR(LOOKUP({c}${lay.t_row},RATE_FROM,RATE_VALUE),INDEX(RATE_VALUE,1))",
            style.PERCENT_PRECISE,
        )
        if t == 0:
            style.put_formula(ws, lay.df_row, col, "=1", style.FACTOR)
        else:
            prev = get_column_letter(col - 1)
            style.put_formula(
                ws, lay.df_row, col, f"={prev}{lay.df_row}/(1+{c}{lay.rate_row})", style.FACTOR
            )
        style.put_formula(ws, HEADER_ROW, col, f"={c}${lay.calendar_row}", style.YEAR)
    headers = ["cf_kind", "cf_id", "cf_name", "cf_actor", "cf_factor", "cf_base", "cf_pv"]
    style.header_row(ws, HEADER_ROW, 1, [ctx.t(h) for h in headers], height=32)
    for col in range(lay.first_year_col, lay.last_year_col + 1):
        cell = ws.cell(row=HEADER_ROW, column=col)
        cell.font, cell.fill, cell.alignment = style.HEADER_FONT, style.HEADER_FILL, style.CENTER


def _cpi_factor(price_year: str) -> str:
    """CPI[price level] / CPI[item price year]; an empty price year means factor 1."""
    return (
        f'=IF({price_year}="",1,'
        f"INDEX(CPI_FACTOR,MATCH(MIN({price_year},MAX(CPI_YEARS)),CPI_YEARS,0)))"
    )


def _pv(ctx: ExportContext, row: int) -> str:
    lay = ctx.flows
    df = lay.year_span(ctx.title("cash_flows"), lay.df_row).split("!", 1)[1]
    values = lay.year_span(ctx.title("cash_flows"), row).split("!", 1)[1]
    return f"=SUMPRODUCT({df},{values})"


def _item_head(
    ctx: ExportContext, ws: Worksheet, row: int, kind: str, prefix: str, actor: str
) -> None:
    lay, stream = ctx.flows, ctx.stream
    sheetxml.put_label(stream, ws, row, lay.kind_col, ctx.t(kind))
    sheetxml.put_formula(stream, ws, row, lay.id_col, "=" + ctx.text_ref(f"{prefix}.id"))
    sheetxml.put_formula(stream, ws, row, lay.name_col, "=" + ctx.text_ref(f"{prefix}.name"))
    sheetxml.put_formula(stream, ws, row, lay.actor_col, "=" + ctx.text_ref(f"{prefix}.{actor}"))
    sheetxml.put_formula(stream, ws, row, lay.pv_col, _pv(ctx, row), style.MONEY)


def _cost_row(ctx: ExportContext, ws: Worksheet, row: int, prefix: str) -> None:
    i = ctx.inputs
    _item_head(ctx, ws, row, "kind_cost", prefix, "payer")
    amount, bias = i[f"{prefix}.amount"], i[f"{prefix}.optimism_bias"]
    first, last, every = (i[f"{prefix}.{k}"] for k in ("first_year", "last_year", "every_years"))
    _item_cells(
        ctx,
        ws,
        row,
        i[f"{prefix}.price_year"],
        lambda factor: f"={amount}*(1+{bias})*{factor}",
        lambda t, base: (
            f'=IF(AND({t}>={first},{t}<=IF({last}="",{first},{last}),'
            f"MOD({t}-{first},{every})=0),{base},0)"
        ),
    )


def _item_cells(
    ctx: ExportContext,
    ws: Worksheet,
    row: int,
    price_year: str,
    base: Callable[[str], str],
    year: Callable[[str, str], str],
) -> None:
    """A cost's or effect's CPI factor (to the scenario's price level from ``price_year``),
    its amount per occurrence or year (``base`` of the factor cell) and its year columns
    (``year`` of the cell holding that year's t and of the amount's cell)."""
    lay = ctx.flows
    sheetxml.put_formula(ctx.stream, ws, row, lay.factor_col, _cpi_factor(price_year), "0.0000")
    factor = f"${get_column_letter(lay.factor_col)}{row}"
    sheetxml.put_formula(ctx.stream, ws, row, lay.base_col, base(factor), style.MONEY)
    amount = f"${get_column_letter(lay.base_col)}{row}"
    sheetxml.fill_right(
        ctx.stream,
        ws,
        row,
        lay.first_year_col,
        lay.last_year_col,
        lambda c: year(f"{c}${lay.t_row}", amount),
        style.AMOUNT,
    )


def share_formula(inputs: dict[str, str], prefix: str) -> str:
    """``(1-deadweight)*(1-displacement)*...`` over the effect's input cells: the share
    corrections of ``domain.corrections``, written once for every sheet that values an effect."""
    return "*".join(f"(1-{inputs[f'{prefix}.{k}']})" for k in share_fields())


def _effect_row(ctx: ExportContext, ws: Worksheet, row: int, prefix: str) -> None:
    i = ctx.inputs
    _item_head(ctx, ws, row, "kind_effect", prefix, "beneficiary")
    quantity, value = i[f"{prefix}.quantity"], i[f"{prefix}.proxy.value"]
    corrections = share_formula(i, prefix)
    first, duration = i[f"{prefix}.first_year"], i[f"{prefix}.duration_years"]
    drop, ramp = i[f"{prefix}.drop_off"], i[f"{prefix}.ramp_up_years"]
    # (1 - drop_off)^0 is written as 1: Excel's 0^0 is an error, not 1.
    _item_cells(
        ctx,
        ws,
        row,
        i[f"{prefix}.proxy.price_year"],
        lambda factor: f"={quantity}*{value}*{factor}*{corrections}",
        lambda t, base: (
            f"=IF(AND({t}>={first},{t}<={first}+{duration}-1),"
            f"{base}*IF({t}={first},1,(1-{drop})^({t}-{first}))"
            f"*IF({ramp}>0,MIN(1,({t}-{first}+1)/{ramp}),1),0)"
        ),
    )


def _total_row(ctx: ExportContext, ws: Worksheet, row: int, key: str, rows: list[int]) -> None:
    lay = ctx.flows
    style.put_label(ws, row, lay.kind_col, ctx.t(key))
    for col in range(lay.first_year_col, lay.last_year_col + 1):
        c = get_column_letter(col)
        formula = f"=SUM({c}{rows[0]}:{c}{rows[-1]})" if rows else "=0"
        style.put_formula(ws, row, col, formula, style.AMOUNT)
    style.put_formula(ws, row, lay.pv_col, _pv(ctx, row), style.MONEY)
    style.style_row(ws, row, 1, lay.last_year_col, fill=style.TOTAL_FILL)


def _alternative_block(ctx: ExportContext, ws: Worksheet, row: int, a: int) -> int:
    alt = ctx.scenario.alternatives[a]
    lay = ctx.flows
    style.put_label(ws, row, 1, ctx.t("cf_alternative"), bold=True)
    style.put_formula(ws, row, lay.id_col, "=" + ctx.text_ref(f"alternatives[{a}].id"))
    style.put_formula(ws, row, lay.name_col, "=" + ctx.text_ref(f"alternatives[{a}].name"))
    ws.cell(row=row, column=lay.name_col).font = style.BOLD
    if alt.reference:
        style.put_label(ws, row, lay.actor_col, ctx.t("cf_is_reference"))
    rows = AlternativeRows()
    for c in range(len(alt.costs)):
        row += 1
        _cost_row(ctx, ws, row, f"alternatives[{a}].costs[{c}]")
        rows.cost_rows.append(row)
    for e in range(len(alt.effects)):
        row += 1
        _effect_row(ctx, ws, row, f"alternatives[{a}].effects[{e}]")
        rows.effect_rows.append(row)
    rows.total_costs, rows.total_benefits = row + 1, row + 2
    _total_row(ctx, ws, rows.total_costs, "cf_total_costs", rows.cost_rows)
    _total_row(ctx, ws, rows.total_benefits, "cf_total_benefits", rows.effect_rows)
    lay.alternatives.append(rows)
    return row + 4


def _variant_block(ctx: ExportContext, ws: Worksheet, row: int, a: int) -> int:
    lay = ctx.flows
    own = lay.alternatives[a]
    ref_index = ctx.reference_index
    ref = lay.alternatives[ref_index] if ref_index is not None else None
    style.put_label(ws, row, 1, ctx.t("cf_increment"), bold=True)
    style.put_formula(ws, row, lay.id_col, "=" + ctx.text_ref(f"alternatives[{a}].id"))
    style.put_formula(ws, row, lay.name_col, "=" + ctx.text_ref(f"alternatives[{a}].name"))
    ws.cell(row=row, column=lay.name_col).font = style.BOLD
    v = VariantRows(*range(row + 1, row + 9))
    labels = {
        v.d_costs: "cf_d_costs",
        v.d_benefits: "cf_d_benefits",
        v.net: "cf_net",
        v.pv_d_costs: "cf_pv_d_costs",
        v.pv_d_benefits: "cf_pv_d_benefits",
        v.pv_net: "cf_pv_net",
        v.cumulative: "cf_cumulative",
        v.below_zero: "cf_below_zero",
    }
    for r, key in labels.items():
        style.put_label(ws, r, lay.kind_col, ctx.t(key))
    df = lay.df_row
    for t in range(lay.horizon + 1):
        col = lay.first_year_col + t
        c = get_column_letter(col)

        def put(r: int, formula: str, fmt: str = style.AMOUNT, col: int = col) -> None:
            style.put_formula(ws, r, col, formula, fmt)

        if ref is None:
            put(v.d_costs, f"={c}{own.total_costs}")
            put(v.d_benefits, f"={c}{own.total_benefits}")
        else:
            put(v.d_costs, f"={c}{own.total_costs}-{c}{ref.total_costs}")
            put(v.d_benefits, f"={c}{own.total_benefits}-{c}{ref.total_benefits}")
        put(v.net, f"={c}{v.d_benefits}-{c}{v.d_costs}")
        put(v.pv_d_costs, f"={c}${df}*{c}{v.d_costs}")
        put(v.pv_d_benefits, f"={c}${df}*{c}{v.d_benefits}")
        put(v.pv_net, f"={c}${df}*{c}{v.net}")
        if t == 0:
            put(v.cumulative, f"={c}{v.pv_net}")
        else:
            put(v.cumulative, f"={get_column_letter(col - 1)}{v.cumulative}+{c}{v.pv_net}")
        put(v.below_zero, f"=IF({c}{v.cumulative}<0,{c}${lay.t_row},-1)", style.YEAR)
    g = get_column_letter(lay.pv_col)
    first, last = get_column_letter(lay.first_year_col), get_column_letter(lay.last_year_col)
    style.put_formula(ws, v.d_costs, lay.pv_col, _pv(ctx, v.d_costs), style.MONEY)
    style.put_formula(ws, v.d_benefits, lay.pv_col, _pv(ctx, v.d_benefits), style.MONEY)
    style.put_formula(ws, v.net, lay.pv_col, f"={g}{v.d_benefits}-{g}{v.d_costs}", style.MONEY)
    for r in (v.pv_d_costs, v.pv_d_benefits, v.pv_net):
        style.put_formula(ws, r, lay.pv_col, f"=SUM({first}{r}:{last}{r})", style.MONEY)
    style.put_formula(
        ws,
        v.below_zero,
        lay.pv_col,
        f"=MAX({first}{v.below_zero}:{last}{v.below_zero})",
        style.YEAR,
    )
    for r in (v.d_costs, v.d_benefits, v.net):
        style.style_row(ws, r, 1, lay.last_year_col, fill=style.RESULT_FILL)
    lay.variants.append(v)
    return v.below_zero + 3


def build(ctx: ExportContext) -> None:
    ws = ctx.sheet("cash_flows")
    lay = ctx.flows
    lay.horizon = ctx.scenario.settings.horizon_years
    style.title(ws, ctx.t("cash_flows_title"), ctx.t("cash_flows_subtitle"))
    _year_rows(ctx, ws)
    row = FIRST_BLOCK_ROW
    for a in range(len(ctx.scenario.alternatives)):
        row = _alternative_block(ctx, ws, row, a)
    sheet = ws.title
    for i, a in enumerate(ctx.variant_indices):
        row = _variant_block(ctx, ws, row, a)
        alt = ctx.scenario.alternatives[a]
        own = lay.alternatives[a]
        for e, effect in enumerate(alt.effects):
            ctx.results[f"results[{i}].by_effect.{effect.id}"] = address(
                sheet, own.effect_rows[e], lay.pv_col
            )
    # The id and actor columns as wide as their longest id (up to 40): ids are not cut off.
    ids = [alt.id for alt in ctx.scenario.alternatives]
    ids += [c.id for alt in ctx.scenario.alternatives for c in alt.costs]
    ids += [e.id for alt in ctx.scenario.alternatives for e in alt.effects]
    actors = [s.id for s in ctx.scenario.stakeholders]
    id_width = min(40, max([14, *(len(i) + 2 for i in ids)]))
    names = [c.name for alt in ctx.scenario.alternatives for c in alt.costs]
    names += [e.name for alt in ctx.scenario.alternatives for e in alt.effects]
    name_width = min(50, max([30, *(len(n) + 2 for n in names)]))
    actor_width = min(40, max([14, *(len(i) + 2 for i in actors)]))
    style.widths(
        ws,
        {1: 30, 2: id_width, 3: name_width, 4: actor_width, 5: 10, 6: 15, 7: 16}
        | {c: 11 for c in range(lay.first_year_col, lay.last_year_col + 1)},
    )
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=lay.actor_col)
    style.print_setup(ws, title_rows=f"{HEADER_ROW}:{HEADER_ROW}")
    ws.print_title_cols = "A:C"
