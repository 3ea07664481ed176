"""Charts restyled for a projector keep their data and grow their type."""

from __future__ import annotations

from matplotlib.backends.backend_agg import FigureCanvasAgg

from sroi_app.calc import compute
from sroi_app.charts.presentation import MAX_TICKS, TEXT_PT, style_for_projector
from sroi_app.charts.results import StakeholderChart, YearlyFlowsChart, new_figure
from sroi_app.io.cpi import default_cpi
from sroi_app.io.scenario_file import load_scenario
from tests.conftest import ROOT


def test_projector_style_enlarges_text_and_keeps_few_value_ticks() -> None:
    scenario = load_scenario(ROOT / "scenarios" / "groene-ontmoetingsplek.sroi.json")
    result = compute(scenario, default_cpi())
    alternative = result.results[0]
    # The size of the chart in the workshop view on a 1080p screen, at 1.5 times the type.
    yearly = YearlyFlowsChart(new_figure(16, 9))
    yearly.update(alternative, list(result.calendar_years))
    who = StakeholderChart(new_figure(16, 9))
    who.update(alternative, {s.id: s.name for s in scenario.stakeholders})
    for chart in (yearly, who):
        FigureCanvasAgg(chart.figure)
        style_for_projector(chart.figure, 1.5)
        chart.figure.canvas.draw()
        ax = chart.figure.axes[0]
        assert ax.title.get_fontsize() == TEXT_PT * 1.5 * 1.1
        labels = ax.get_xticklabels() + ax.get_yticklabels()
        assert all(t.get_fontsize() == TEXT_PT * 1.5 for t in labels)
        legend = chart.figure.legends[0]
        assert all(t.get_fontsize() == TEXT_PT * 1.5 for t in legend.get_texts())
    # The money axes get at most MAX_TICKS + 1 ticks; the stakeholders keep one label each.
    money_ticks = [
        t for t in who.figure.axes[0].get_xticks() if who.figure.axes[0].get_xlim()[0] <= t
    ]
    assert len(money_ticks) <= MAX_TICKS + 1
    assert len(who.figure.axes[0].get_yticks()) == len(alternative.by_stakeholder)
    # The cumulative NPV line is thick; the zero line stays thin.
    lines = yearly.figure.axes[0].lines
    assert yearly._line is not None and yearly._line.get_linewidth() == 3.5 * 1.5
    assert min(line.get_linewidth() for line in lines) < 1
    # The data did not move.
    heights = [p.get_height() for p in yearly._benefits.patches]  # type: ignore[union-attr]
    assert heights == list(alternative.discounted_benefits)
