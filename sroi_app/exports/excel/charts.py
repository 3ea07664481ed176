"""Native Excel charts over the workbook's own formula cells.

Because the series point at formula cells (the discounted flows on the
cash-flow sheet, the distribution sheet), a chart follows every edit of an
input in Excel or LibreOffice. Colours match ``sroi_app.charts.results``, and
so does the sign convention: costs are drawn downward and what a stakeholder
pays leftward, as in the app and the report (issue 11). The sheets show costs
as positive amounts, so the charts read them negated from a hidden sheet
(``Grafiekdata``) whose cells are ``=-`` the shown ones.
"""

from __future__ import annotations

from openpyxl.chart import BarChart, LineChart, Reference, Series
from openpyxl.chart.shapes import GraphicalProperties
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from sroi_app.charts.results import BENEFIT_COLOUR, COST_COLOUR, NET_COLOUR
from sroi_app.exports.excel import style
from sroi_app.exports.excel.context import ExportContext
from sroi_app.exports.excel.style import clean_text

WIDTH_CM = 17.0
HEIGHT_CM = 8.5


def _colour(series: Series, colour: str, *, line: bool = False) -> None:
    hex_colour = colour.lstrip("#")
    series.graphicalProperties = GraphicalProperties()
    if line:
        series.graphicalProperties.line.solidFill = hex_colour
        series.graphicalProperties.line.width = 28575  # 2.25 pt in EMU
        series.smooth = False
    else:
        series.graphicalProperties.solidFill = hex_colour
        series.graphicalProperties.line.solidFill = hex_colour


def _show_axes(chart: BarChart | LineChart) -> None:
    # openpyxl 3.1 leaves axes "deleted" unless told otherwise.
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    # Category labels at the low end, not at zero where negative bars would cover them.
    chart.x_axis.tickLblPos = "low"


def _chart_data(ctx: ExportContext) -> Worksheet:
    """The hidden sheet of negated series (made on first use, after the visible sheets)."""
    title = ctx.title("chart_data")
    if title in ctx.workbook.sheetnames:
        return ctx.workbook[title]
    ws = ctx.workbook.create_sheet(title)
    ws.sheet_state = "hidden"
    ws.cell(row=1, column=1, value=ctx.t("chart_data_note"))
    style.print_setup(ws)
    return ws


def _negated_row(ctx: ExportContext, source: Worksheet, row: int, first: int, last: int) -> int:
    """A row on the chart-data sheet with ``=-`` each cell of ``source``'s ``row``."""
    data = _chart_data(ctx)
    target = int(data.max_row) + 1
    sheet = source.title.replace("'", "''")
    for col in range(first, last + 1):
        c = get_column_letter(col)
        data.cell(row=target, column=col, value=f"=-'{sheet}'!{c}{row}")
    return target


def _negated_column(
    ctx: ExportContext, source: Worksheet, col: int, first: int, last: int
) -> tuple[int, int]:
    """A column block on the chart-data sheet with ``=-`` each cell of ``source``'s ``col``;
    returns (column, first row) there."""
    data = _chart_data(ctx)
    start = int(data.max_row) + 1
    sheet = source.title.replace("'", "''")
    c = get_column_letter(col)
    for n, row in enumerate(range(first, last + 1)):
        data.cell(row=start + n, column=1, value=f"=-'{sheet}'!{c}{row}")
    return 1, start


def yearly_chart(ctx: ExportContext, i: int, name: str) -> BarChart:
    """Discounted costs and benefits per year as bars, the cumulative NPV as a line."""
    ws = ctx.sheet("cash_flows")
    lay = ctx.flows
    rows = lay.variants[i]
    first, last = lay.first_year_col, lay.last_year_col
    years = Reference(ws, min_col=first, max_col=last, min_row=lay.calendar_row)
    bars = BarChart()
    bars.type = "col"
    costs_row = _negated_row(ctx, ws, rows.pv_d_costs, first, last)
    for sheet, row, key, colour in (
        (_chart_data(ctx), costs_row, "chart_costs", COST_COLOUR),  # downward
        (ws, rows.pv_d_benefits, "chart_benefits", BENEFIT_COLOUR),
    ):
        reference = Reference(sheet, min_col=first, max_col=last, min_row=row)
        series = Series(reference, title=ctx.t(key))
        _colour(series, colour)
        bars.series.append(series)
    bars.grouping = "stacked"  # costs below the axis, benefits above, in one column
    bars.overlap = 100
    bars.set_categories(years)
    line = LineChart()
    cumulative = Series(
        Reference(ws, min_col=first, max_col=last, min_row=rows.cumulative),
        title=ctx.t("chart_cumulative"),
    )
    _colour(cumulative, NET_COLOUR, line=True)
    line.series.append(cumulative)
    line.set_categories(years)
    bars.title = clean_text(f"{ctx.t('chart_yearly')}: {name}")[:250]
    bars.y_axis.numFmt = '"€" #,##0'
    bars.y_axis.majorGridlines = None
    bars.x_axis.title = ctx.t("h_year")
    bars.legend.position = "b"
    _show_axes(bars)
    _show_axes(line)
    bars += line
    bars.width, bars.height = WIDTH_CM, HEIGHT_CM
    return bars


def stakeholder_chart(ctx: ExportContext, i: int, name: str) -> BarChart:
    """Per stakeholder what it pays and receives (present values) and its balance."""
    ws = ctx.sheet("distribution")
    rows = list(ctx.distribution_rows.values())
    first, last = min(rows), max(rows)
    pays, gains, balance = ctx.distribution_cols[i]
    chart = BarChart()
    chart.type = "bar"
    chart.grouping = "clustered"
    pays_col, pays_first = _negated_column(ctx, ws, pays, first, last)  # leftward
    data = _chart_data(ctx)
    for sheet, col, top, key, colour in (
        (data, pays_col, pays_first, "d_pays", COST_COLOUR),
        (ws, gains, first, "d_gains", BENEFIT_COLOUR),
        (ws, balance, first, "d_balance", NET_COLOUR),
    ):
        reference = Reference(sheet, min_col=col, min_row=top, max_row=top + last - first)
        series = Series(reference, title=ctx.t(key))
        _colour(series, colour)
        chart.series.append(series)
    chart.set_categories(Reference(ws, min_col=3, min_row=first, max_row=last))
    chart.title = clean_text(f"{ctx.t('chart_who')}: {name}")[:250]
    chart.y_axis.numFmt = '"€" #,##0'
    chart.x_axis.scaling.orientation = "maxMin"  # first stakeholder on top
    chart.legend.position = "b"
    _show_axes(chart)
    chart.width, chart.height = WIDTH_CM, HEIGHT_CM
    return chart
