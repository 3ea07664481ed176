"""Native Excel charts over the workbook's own formula cells.

Because the series point at formula cells (the discounted flows on the
cash-flow sheet, the distribution sheet), a chart follows every edit of an
input in Excel or LibreOffice. Colours match ``sroi_app.charts.results``.
"""

from __future__ import annotations

from openpyxl.chart import BarChart, LineChart, Reference, Series
from openpyxl.chart.shapes import GraphicalProperties

from sroi_app.charts.results import BENEFIT_COLOUR, COST_COLOUR, NET_COLOUR
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


def yearly_chart(ctx: ExportContext, i: int, name: str) -> BarChart:
    """Discounted costs and benefits per year as bars, the cumulative NPV as a line."""
    ws = ctx.sheet("cash_flows")
    lay = ctx.flows
    rows = lay.variants[i]
    first, last = lay.first_year_col, lay.last_year_col
    years = Reference(ws, min_col=first, max_col=last, min_row=lay.calendar_row)
    bars = BarChart()
    bars.type = "col"
    bars.grouping = "clustered"
    for row, key, colour in (
        (rows.pv_d_costs, "chart_costs", COST_COLOUR),
        (rows.pv_d_benefits, "chart_benefits", BENEFIT_COLOUR),
    ):
        series = Series(Reference(ws, min_col=first, max_col=last, min_row=row), title=ctx.t(key))
        _colour(series, colour)
        bars.series.append(series)
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
    for col, key, colour in (
        (pays, "d_pays", COST_COLOUR),
        (gains, "d_gains", BENEFIT_COLOUR),
        (balance, "d_balance", NET_COLOUR),
    ):
        series = Series(Reference(ws, min_col=col, min_row=first, max_row=last), title=ctx.t(key))
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
