"""What the sensitivity analysis hands out: CLI (JSON contract, table, exit codes), curves,
presets and charts."""

from __future__ import annotations

import io
import json
from pathlib import Path

import numpy as np
import pytest

from sroi_app.calc import compute
from sroi_app.calc.curves import discount_rate_curve, horizon_curve
from sroi_app.calc.montecarlo import DEFAULT_DRAWS, DEFAULT_SEED, monte_carlo
from sroi_app.calc.parameters import uncertain_parameters
from sroi_app.calc.sensitivity import one_way
from sroi_app.charts.results import save_figure
from sroi_app.charts.sensitivity import (
    CumulativeChart,
    DiscountRateChart,
    HistogramChart,
    HorizonChart,
    TornadoChart,
    switching_value_rows,
)
from sroi_app.cli import main
from sroi_app.domain.models import Range, RateStep
from sroi_app.domain.presets import (
    DISCOUNT_PRESETS,
    OPTIMISM_BIAS_PRESETS,
    discount_preset,
    optimism_bias_preset,
)
from sroi_app.domain.validation import scenario_from_data
from sroi_app.io.scenario_file import load_scenario
from tests.sensitivity_cases import CPI, EXAMPLE_WITH_RANGES, hand_data

EXAMPLE = str(EXAMPLE_WITH_RANGES)


def run(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(args), out)
    return code, out.getvalue()


def write(tmp_path: Path, data: dict[str, object]) -> str:
    path = tmp_path / "s.sroi.json"
    path.write_text(json.dumps(data))
    return str(path)


# -- command line ----------------------------------------------------------------------------


def test_sensitivity_json_has_exactly_the_contract_shape() -> None:
    code, text = run("sensitivity", EXAMPLE, "--json", "--draws", "2000", "--seed", "7")
    assert code == 0
    data = json.loads(text)
    assert list(data) == ["results"]
    scenario = load_scenario(EXAMPLE_WITH_RANGES)
    assert [r["alternative"] for r in data["results"]] == [a.id for a in scenario.variants]
    paths = [p.path for p in uncertain_parameters(scenario)]
    for result in data["results"]:
        assert list(result) == ["alternative", "tornado", "switching_values", "monte_carlo"]
        assert sorted(e["parameter"] for e in result["tornado"]) == sorted(paths)
        for entry in result["tornado"]:
            assert list(entry) == ["parameter", "low", "high", "npv_low", "npv_high"]
        swings = [abs(e["npv_high"] - e["npv_low"]) for e in result["tornado"]]
        assert swings == sorted(swings, reverse=True)
        assert list(result["switching_values"]) == paths
        mc = result["monte_carlo"]
        assert list(mc) == ["draws", "seed", "prob_npv_positive", "npv", "sroi_ratio"]
        assert (mc["draws"], mc["seed"]) == (2000, 7)
        assert 0 <= mc["prob_npv_positive"] <= 1
        for key in ("npv", "sroi_ratio"):
            assert list(mc[key]) == ["mean", "p5", "p10", "p50", "p90", "p95"]


def test_sensitivity_json_numbers_are_the_engines() -> None:
    code, text = run("sensitivity", EXAMPLE, "--json", "--draws", "3000", "--seed", "11")
    assert code == 0
    data = json.loads(text)
    scenario = load_scenario(EXAMPLE_WITH_RANGES)
    sensitivity = one_way(scenario, CPI)
    simulation = monte_carlo(scenario, CPI, 3000, 11)
    for result, alt, sim in zip(data["results"], sensitivity, simulation.results, strict=True):
        assert result["tornado"][0] == {
            "parameter": alt.tornado[0].path,
            "low": alt.tornado[0].low,
            "high": alt.tornado[0].high,
            "npv_low": alt.tornado[0].npv_low,
            "npv_high": alt.tornado[0].npv_high,
        }
        for s in alt.switching_values:
            assert result["switching_values"][s.path] == s.value
        assert result["monte_carlo"]["npv"] == sim.npv_summary.as_dict()
        assert result["monte_carlo"]["sroi_ratio"] == sim.sroi_ratio_summary.as_dict()
        assert result["monte_carlo"]["prob_npv_positive"] == sim.prob_npv_positive
    # A parameter of the other variant cannot move this one: null.
    assert data["results"][0]["switching_values"]["alternatives[2].costs[0].optimism_bias"] is None


def test_defaults_are_documented_and_reproducible() -> None:
    first = run("sensitivity", EXAMPLE, "--json")
    second = run("sensitivity", EXAMPLE, "--json")
    assert first == second and first[0] == 0
    mc = json.loads(first[1])["results"][0]["monte_carlo"]
    assert (mc["draws"], mc["seed"]) == (DEFAULT_DRAWS, DEFAULT_SEED) == (10_000, 20260101)


@pytest.mark.parametrize(
    "args",
    [
        ("--draws", "0"),
        ("--draws", "-5"),
        ("--draws", "10000001"),
        ("--seed", "-1"),
    ],
)
def test_bad_draws_or_seed_exit_2(
    args: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, text = run("sensitivity", EXAMPLE, "--json", *args)
    assert code == 2 and text == ""
    assert "must be" in capsys.readouterr().err


def test_non_numbers_and_bad_files_exit_2(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exc:
        run("sensitivity", EXAMPLE, "--draws", "many")
    assert exc.value.code == 2
    assert run("sensitivity", str(tmp_path / "missing.sroi.json"), "--json")[0] == 2
    data = hand_data()
    data["alternatives"][1]["effects"][0]["uncertainty"]["quantity"] = {"low": 30, "high": 5}
    assert run("sensitivity", write(tmp_path, data), "--json")[0] == 2


def test_readable_table_by_hand(tmp_path: Path) -> None:
    code, text = run("sensitivity", write(tmp_path, hand_data()), "--draws", "500", "--lang", "en")
    assert code == 0
    assert "NPV at the central values: €500" in text
    assert "Tornado" in text and "Switching values" in text
    assert "Monte Carlo simulation: 500 draws, seed 20260101" in text
    # Quantity 5-20 gives NPV -1,750 to 5,000 (swing 6,750) and its switching value 8.89.
    assert "€-1,750" in text and "€5,000" in text and "€6,750" in text
    assert "8.89" in text
    # Variant b's own cost does not appear under variant a.
    part_a = text.split("Alternative: Variant B")[0]
    assert "Variant B / c" not in part_a and "Variant A / e" not in part_a
    assert "e: quantity" in part_a and "nul / r: amount" in part_a  # the reference named
    code, text = run("sensitivity", write(tmp_path, hand_data()), "--draws", "500", "--lang", "nl")
    assert "NCW bij de centrale waarden: € 500" in text and "Omslagwaarden" in text


def test_scenario_without_ranges_says_so() -> None:
    code, text = run(
        "sensitivity", "scenarios/groen-schoolplein.sroi.json", "--draws", "10", "--lang", "en"
    )
    assert code == 0
    assert "No parameter carries a range" in text


# -- curves ----------------------------------------------------------------------------------


def test_discount_rate_curve_equals_the_engine_at_each_rate_and_preset() -> None:
    scenario = load_scenario(EXAMPLE_WITH_RANGES)
    curve = discount_rate_curve(scenario, CPI)
    assert curve.rates[0] == 0 and curve.rates[-1] == pytest.approx(0.08)
    assert len(curve.rates) == 81
    assert curve.scenario_rate == 0.0225
    for rate_index in (0, 35, 80):
        rate = float(curve.rates[rate_index])
        settings = scenario.settings.model_copy(update={"discount_rate": rate})
        engine = compute(scenario.model_copy(update={"settings": settings}), CPI)
        for r in engine.results:
            assert curve.npv[r.alternative_id][rate_index] == pytest.approx(r.npv, abs=1e-6)
    declining = next(p for p in curve.presets if p.preset.id == "green_book_declining")
    settings = scenario.settings.model_copy(
        update={"discount_rate": list(declining.preset.rate)}  # type: ignore[arg-type]
    )
    engine = compute(scenario.model_copy(update={"settings": settings}), CPI)
    for r in engine.results:
        assert declining.npv[r.alternative_id] == pytest.approx(r.npv, abs=1e-6)


def test_discount_rate_curve_by_hand() -> None:
    curve = discount_rate_curve(scenario_from_data(hand_data(), CPI), CPI, rates=[0.0, 0.1])
    # -4,000 + 1,500 (1/1.1 + 1/1.1^2 + 1/1.1^3) at 10%.
    expected = -4000 + 1500 * (1 / 1.1 + 1 / 1.21 + 1 / 1.331)
    assert list(curve.npv["a"]) == pytest.approx([500, expected])
    assert list(curve.npv["b"]) == pytest.approx([-900, -900])


def test_horizon_curve_equals_the_engine_with_that_horizon() -> None:
    scenario = load_scenario(EXAMPLE_WITH_RANGES)
    curve = horizon_curve(scenario, CPI)
    assert curve.scenario_horizon == 20
    assert list(curve.horizons) == list(range(41))  # twice the horizon
    for horizon in (0, 7, 20, 33):
        settings = scenario.settings.model_copy(update={"horizon_years": horizon})
        engine = compute(scenario.model_copy(update={"settings": settings}), CPI)
        for r in engine.results:
            assert curve.npv[r.alternative_id][horizon] == pytest.approx(r.npv, abs=1e-6)
    with pytest.raises(ValueError, match="max_horizon"):
        horizon_curve(scenario, CPI, max_horizon=1001)


# -- presets ---------------------------------------------------------------------------------


def test_discount_presets_with_sources() -> None:
    rates = {p.id: p.rate for p in DISCOUNT_PRESETS}
    assert rates["nl_2020"] == 0.0225 and rates["nl_2015"] == 0.03
    assert rates["green_book"] == 0.035
    assert rates["green_book_declining"] == (
        RateStep(from_year=0, rate=0.035),
        RateStep(from_year=31, rate=0.03),
        RateStep(from_year=76, rate=0.025),
        RateStep(from_year=126, rate=0.02),
        RateStep(from_year=201, rate=0.015),
        RateStep(from_year=301, rate=0.01),
    )
    assert "Werkgroep discontovoet 2020" in discount_preset("nl_2020").source("nl")
    assert "in force for MKBAs from 1 January 2021" in discount_preset("nl_2020").source("en")
    assert discount_preset("nl_2015").label("nl") == "NL 2015: 3%"
    assert all(p.source("nl") and p.source("en") for p in DISCOUNT_PRESETS)


def test_green_book_optimism_bias_presets() -> None:
    bounds = {p.id: (p.lower, p.upper) for p in OPTIMISM_BIAS_PRESETS}
    assert bounds == {
        "standard_buildings": (0.02, 0.24),
        "non_standard_buildings": (0.04, 0.51),
        "standard_civil_engineering": (0.03, 0.44),
        "non_standard_civil_engineering": (0.06, 0.66),
        "equipment_development": (0.10, 2.00),
    }
    preset = optimism_bias_preset("non_standard_buildings")
    assert preset.label("nl") == "Niet-standaardgebouwen"
    assert preset.range() == Range(low=0.04, high=0.51, distribution="triangular")
    # Applying a preset to a cost gives a valid scenario: uplift at the upper bound,
    # range down to the lower bound.
    data = hand_data()
    cost = data["alternatives"][1]["costs"][0]
    equipment = optimism_bias_preset("equipment_development")
    cost["optimism_bias"] = equipment.central
    cost["uncertainty"]["optimism_bias"] = equipment.range().model_dump()
    scenario = scenario_from_data(data, CPI)
    assert scenario.alternatives[1].costs[0].optimism_bias == 2.0


# -- charts ----------------------------------------------------------------------------------


def test_tornado_chart_draws_the_bars_and_follows_an_edited_range() -> None:
    scenario = scenario_from_data(hand_data(), CPI)
    a = one_way(scenario, CPI)[0]
    chart = TornadoChart(lang="en")
    chart.update(a, scenario)
    ax = chart.figure.axes[0]
    affecting = [e for e in a.tornado if e.affects]
    assert len(ax.patches) == 2 * len(affecting)  # low and high bar per parameter
    first_low = ax.patches[0]
    assert first_low.get_x() == 500 and first_low.get_width() == pytest.approx(-1750 - 500)
    assert ax.get_yticklabels()[0].get_text() == "e: quantity"  # own parameters: no prefix
    assert "Hand" not in chart.figure.get_suptitle() and "Variant A" in chart.figure.get_suptitle()
    # Widen the quantity range (still the widest bar): the same artists take the new NPVs.
    data = hand_data()
    data["alternatives"][1]["effects"][0]["uncertainty"]["quantity"] = {"low": 2, "high": 30}
    changed = scenario_from_data(data, CPI)
    chart.update(one_way(changed, CPI)[0], changed)
    assert chart.figure.axes[0].patches[0] is first_low
    assert first_low.get_width() == pytest.approx(2 * 450 - 4000 - 500)


def test_switching_value_rows_closest_first() -> None:
    scenario = scenario_from_data(hand_data(), CPI)
    rows = switching_value_rows(one_way(scenario, CPI)[0], scenario, "en")
    assert "alternatives[2].costs[0].amount" not in [r.path for r in rows]  # other variant
    known = [r for r in rows if r.distance is not None]
    assert [abs(r.distance) for r in known] == sorted(abs(r.distance) for r in known)  # type: ignore[arg-type]
    assert rows[-1].value is None and rows[-1].value_text == "none"
    quantity = next(r for r in rows if r.path.endswith("quantity"))
    assert quantity.value_text == "8.89" and quantity.distance_text == "-11.1%"


def test_simulation_and_curve_charts(tmp_path: Path) -> None:
    scenario = load_scenario(EXAMPLE_WITH_RANGES)
    simulation = monte_carlo(scenario, CPI, 4000, 3)
    result = simulation.results[0]
    histogram = HistogramChart(lang="nl").update(result, "Buurthuis", simulation.seed, bins=40)
    heights = [p.get_height() for p in histogram.axes[0].patches]
    assert len(heights) == 40 and sum(heights) == 4000
    assert "Kans NCW > 0" in histogram.axes[0].texts[0].get_text()
    cumulative = CumulativeChart(lang="en")
    figure = cumulative.update(result, "Buurthuis")
    line = figure.axes[0].lines[0]
    marker = figure.axes[0].lines[1]
    assert marker.get_ydata()[0] == pytest.approx(1 - result.prob_npv_positive)
    cumulative.update(simulation.results[1], "Paviljoen")
    assert figure.axes[0].lines[0] is line  # updated in place
    assert np.asarray(line.get_xdata())[-1] == pytest.approx(simulation.results[1].npv.max())
    curve = discount_rate_curve(scenario, CPI)
    rate_figure = DiscountRateChart(lang="en").update(curve)
    labels = [t.get_text().strip() for t in rate_figure.axes[0].texts]
    assert "NL standard 2.25%" in labels and "SROI / Green Book 3.5%" in labels
    horizon = horizon_curve(scenario, CPI)
    horizon_figure = HorizonChart(lang="nl").update(horizon)
    first = horizon_figure.axes[0].lines[0]
    assert list(first.get_ydata()) == list(horizon.npv["buurthuis"])
    for name, figure in (("histogram", histogram), ("rates", rate_figure)):
        save_figure(figure, str(tmp_path / f"{name}.png"))
        assert (tmp_path / f"{name}.png").stat().st_size > 1000


@pytest.mark.parametrize(
    ("field", "value", "plausible_"),
    [
        ("deadweight", 1.4, False),
        ("deadweight", 0.4, True),
        ("quantity", -3.0, False),
        ("amount", 12.0, True),
        ("proxy.value", -50.0, True),  # a disbenefit is a plausible proxy
        ("first_year", 40.0, False),  # past a 30-year horizon
        ("discount_rate", -1.2, False),
    ],
)
def test_switching_values_in_words_where_no_plausible_value_breaks_even(
    field: str, value: float, plausible_: bool
) -> None:
    """Issue 11, item 3: the words, with the raw number kept beside them."""
    from sroi_app.domain.parameters import switching_value_text

    words = switching_value_text(field, value, "nl", 30)
    assert ("geen plausibele waarde maakt de NCW nul" in words) is not plausible_
    assert "no plausible value breaks even" in switching_value_text(field, value, "en", 30) or (
        plausible_
    )


def test_the_cli_table_says_it_in_words() -> None:
    code, text = run("sensitivity", "scenarios/groene-ontmoetingsplek.sroi.json", "--draws", "50")
    assert code == 0 and "geen plausibele waarde maakt de NCW nul (" in text
