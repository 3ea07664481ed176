"""Over-claiming warnings and the result charts (Agg, no Qt)."""

from __future__ import annotations

import copy
from pathlib import Path

from sroi_app.calc import compute
from sroi_app.calc.checks import scenario_warnings
from sroi_app.charts.results import EffectsChart, StakeholderChart, YearlyFlowsChart, save_figure
from sroi_app.domain.validation import scenario_from_data
from sroi_app.io.cpi import default_cpi
from tests.conftest import spec_example

CPI = default_cpi()


def codes(data: dict) -> list[str]:  # type: ignore[type-arg]
    scenario = scenario_from_data(data)
    return [w.code for w in scenario_warnings(scenario, compute(scenario, CPI), CPI)]


def test_spec_example_warns_only_about_its_one_effect_and_the_2026_price_index() -> None:
    # Its one effect is all of its benefits (issue 11: ``benefit_concentration``).
    assert codes(spec_example()) == ["benefit_concentration", "cpi_extrapolated"]


def test_over_claiming_warnings() -> None:
    data = spec_example()
    effect = data["alternatives"][1]["effects"][0]
    effect["deadweight"] = 0.0
    effect["duration_years"] = 40
    twin = copy.deepcopy(effect)
    twin["id"] = "twin"
    twin["first_year"] = 20
    data["alternatives"][1]["effects"].append(twin)
    effect["quantity"] = 40_000  # a ratio far above 10
    found = codes(data)
    for code in (
        "all_deadweight_zero",
        "long_duration",
        "double_counting",
        "high_ratio",
        "starts_after_horizon",
    ):
        assert code in found, found


def test_charts_draw_and_update_in_place(tmp_path: Path) -> None:
    scenario = scenario_from_data(spec_example())
    result = compute(scenario, CPI)
    alt = result.results[0]
    chart = YearlyFlowsChart(lang="en")
    chart.update(alt, result.calendar_years)
    bars = chart.figure.axes[0].patches
    assert len(bars) == 2 * 16
    first_bar = bars[0]
    # Same shape again: the same artists are reused, with the new heights.
    data = spec_example()
    data["alternatives"][1]["costs"][0]["amount"] = 300_000
    result2 = compute(scenario_from_data(data), CPI)
    chart.update(result2.results[0], result2.calendar_years)
    assert chart.figure.axes[0].patches[0] is first_bar
    assert first_bar.get_height() == -result2.results[0].discounted_costs[0]
    names = {s.id: s.name for s in scenario.stakeholders}
    StakeholderChart(lang="nl").update(alt, names)
    effects = EffectsChart(lang="nl").update(alt, {"beweeg": "Meer bewegen"})
    for suffix in ("png", "svg"):
        save_figure(effects, str(tmp_path / f"effects.{suffix}"))
        assert (tmp_path / f"effects.{suffix}").stat().st_size > 1000
