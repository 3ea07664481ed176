"""Monte Carlo: the spec's distributions, reproducibility, summaries, and the engine per draw."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pytest

from sroi_app.calc import compute
from sroi_app.calc.distributions import draw, parameter_stream, pert_shape
from sroi_app.calc.fastpv import cost_pv_geometric, effect_pv_geometric, geometric_sum
from sroi_app.calc.montecarlo import (
    SimulationCancelled,
    Summary,
    monte_carlo,
    parameter_draws,
)
from sroi_app.calc.parameters import Parameter, uncertain_parameters, with_parameter
from sroi_app.domain.models import Range
from sroi_app.domain.validation import scenario_from_data
from sroi_app.io.scenario_file import load_scenario
from tests.sensitivity_cases import CPI, EXAMPLE_WITH_RANGES, everything_data, hand_data, pv_scale

N = 400_000  # standard errors of about 0.2% of the spread


def sample(distribution: str, low: float, central: float, high: float, n: int = N) -> np.ndarray:
    rng = parameter_stream(11, "test")
    return draw(rng, Range(low=low, high=high, distribution=distribution), central, n)  # type: ignore[arg-type]


def phi(x: float) -> float:
    """The standard normal distribution function."""
    return 0.5 * (1 + math.erf(x / math.sqrt(2)))


def test_triangular_matches_its_definition() -> None:
    x = sample("triangular", 0.0, 1.0, 4.0)
    assert x.min() >= 0 and x.max() <= 4
    assert x.mean() == pytest.approx((0 + 1 + 4) / 3, abs=0.005)
    # F(mode) = (m - a) / (b - a) = 1/4; the median solves 1 - (4 - x)^2 / (4 * 3) = 1/2.
    assert np.mean(x <= 1.0) == pytest.approx(0.25, abs=0.003)
    assert np.median(x) == pytest.approx(4 - math.sqrt(6), abs=0.01)


def test_pert_is_beta_pert_with_lambda_4() -> None:
    # a = 0, m = 1, b = 4: alpha = 1 + 4 * 1/4 = 2, beta = 1 + 4 * 3/4 = 4.
    assert pert_shape(0.0, 1.0, 4.0) == (2.0, 4.0)
    x = sample("pert", 0.0, 1.0, 4.0)
    assert x.min() >= 0 and x.max() <= 4
    assert x.mean() == pytest.approx((0 + 4 * 1 + 4) / 6, abs=0.005)
    # Var Beta(2, 4) = 2 * 4 / (6^2 * 7) = 8/252, times (b - a)^2 = 16.
    assert x.std() == pytest.approx(math.sqrt(16 * 8 / 252), abs=0.005)
    # Beta(2, 4) distribution function at 1/4: 1 - (1 - p)^5 - 5 p (1 - p)^4 with p = 1/4.
    p = 0.25
    assert np.mean(x <= 1.0) == pytest.approx(1 - (1 - p) ** 5 - 5 * p * (1 - p) ** 4, abs=0.003)


def test_uniform_between_low_and_high() -> None:
    x = sample("uniform", 2.0, 3.0, 6.0)
    assert x.min() >= 2 and x.max() <= 6
    assert x.mean() == pytest.approx(4.0, abs=0.01)
    assert np.percentile(x, [10, 90]) == pytest.approx([2.4, 5.6], abs=0.01)


def test_normal_has_low_and_high_as_5th_and_95th_percentiles() -> None:
    x = sample("normal", 10.0, 20.0, 30.0)
    assert x.mean() == pytest.approx(20.0, abs=0.03)
    assert x.std() == pytest.approx(20 / 3.29, abs=0.03)
    # 1.645 sd = 1.645 * 20 / 3.29 = 10.0: low and high are the 5th and 95th percentiles.
    assert np.percentile(x, [5, 95]) == pytest.approx([10.0, 30.0], abs=0.06)
    # Mean = the central value even when it is not midway.
    y = sample("normal", 10.0, 12.0, 30.0)
    assert y.mean() == pytest.approx(12.0, abs=0.03)


def test_degenerate_ranges_give_that_value() -> None:
    for distribution in ("triangular", "pert", "uniform"):
        assert set(sample(distribution, 7.0, 7.0, 7.0, 100)) == {7.0}
    # Normal: mean = the central value, sd = (high - low) / 3.29 = 0.
    assert set(sample("normal", 7.0, 5.0, 7.0, 100)) == {5.0}


def _parameter(field: str, central: float, low: float, high: float, dist: str) -> Parameter:
    kind = "cost" if field in ("amount", "optimism_bias") else "effect"
    return Parameter(
        f"alternatives[0].{kind}s[0].{field}",
        kind,  # type: ignore[arg-type]
        field,
        central,
        Range(low=low, high=high, distribution=dist),  # type: ignore[arg-type]
        0,
        "a",
        0,
        "x",
    )


def test_fractions_are_clipped_to_0_and_1() -> None:
    # Normal around 0.05 with sd 0.5 / 3.29 = 0.152: P(x < 0) = phi(-0.05 / 0.152).
    x = parameter_draws(_parameter("deadweight", 0.05, 0.0, 0.5, "normal"), 3, N)
    assert x.min() == 0.0 and x.max() <= 1.0
    assert np.mean(x == 0.0) == pytest.approx(phi(-0.05 / (0.5 / 3.29)), abs=0.003)
    y = parameter_draws(_parameter("attribution", 0.95, 0.8, 1.1, "normal"), 3, N)
    assert y.max() == 1.0 and np.mean(y == 1.0) == pytest.approx(
        1 - phi(0.05 / (0.3 / 3.29)), abs=0.003
    )
    # Optimism bias is a fraction of the cost but may exceed 100% (Green Book: up to 200%).
    z = parameter_draws(_parameter("optimism_bias", 1.0, 0.1, 2.0, "normal"), 3, N)
    assert z.min() == 0.0 and z.max() > 1.5


def test_year_counts_are_rounded_to_whole_years() -> None:
    x = parameter_draws(_parameter("duration_years", 6.5, 5.0, 8.0, "uniform"), 5, N)
    assert set(np.unique(x)) == {5.0, 6.0, 7.0, 8.0}
    # Uniform on [5, 8]: 5 takes [5, 5.5), 6 takes [5.5, 6.5], 7 (6.5, 7.5), 8 [7.5, 8].
    shares = [np.mean(x == v) for v in (5, 6, 7, 8)]
    assert shares == pytest.approx([1 / 6, 1 / 3, 1 / 3, 1 / 6], abs=0.003)
    y = parameter_draws(_parameter("first_year", 1.0, -1.0, 3.0, "normal"), 5, N)
    assert y.min() == 0.0 and np.all(y == np.round(y))


def test_draws_are_independent_between_parameters() -> None:
    scenario = load_scenario(EXAMPLE_WITH_RANGES)
    params = uncertain_parameters(scenario)
    draws = np.array([parameter_draws(p, 1, 50_000) for p in params])
    correlation = np.corrcoef(draws)
    off_diagonal = correlation[~np.eye(len(params), dtype=bool)]
    assert np.abs(off_diagonal).max() < 0.03


# -- the simulation -------------------------------------------------------------------------


def test_same_seed_gives_identical_output_and_another_seed_does_not() -> None:
    scenario = load_scenario(EXAMPLE_WITH_RANGES)
    first = monte_carlo(scenario, CPI, 5_000, seed=42)
    second = monte_carlo(scenario, CPI, 5_000, seed=42)
    other = monte_carlo(scenario, CPI, 5_000, seed=43)
    for a, b, c in zip(first.results, second.results, other.results, strict=True):
        assert np.array_equal(a.npv, b.npv)
        assert a.npv_summary == b.npv_summary and a.sroi_ratio_summary == b.sroi_ratio_summary
        assert a.prob_npv_positive == b.prob_npv_positive
        assert not np.array_equal(a.npv, c.npv)
    assert (first.draws, first.seed) == (5_000, 42)


def test_chunk_size_does_not_change_the_draws() -> None:
    scenario = scenario_from_data(everything_data(), CPI)
    whole = monte_carlo(scenario, CPI, 3_000, seed=9)
    chunked = monte_carlo(scenario, CPI, 3_000, seed=9, rows_per_chunk=257)
    for a, b in zip(whole.results, chunked.results, strict=True):
        scale = pv_scale(scenario, a.alternative_id)
        assert np.max(np.abs(a.npv - b.npv)) <= 1e-12 * scale


def test_percentiles_are_ordered() -> None:
    scenario = load_scenario(EXAMPLE_WITH_RANGES)
    for result in monte_carlo(scenario, CPI, 20_000, seed=1).results:
        for summary in (result.npv_summary, result.sroi_ratio_summary):
            values = [summary.p5, summary.p10, summary.p50, summary.p90, summary.p95]
            assert all(v is not None for v in values)
            assert values == sorted(values)  # type: ignore[type-var]
        npv = result.npv
        assert npv.min() <= result.npv_summary.mean <= npv.max()  # type: ignore[operator]
        assert result.npv_summary.p50 == pytest.approx(float(np.median(npv)))


def _collapsed(data: dict[str, Any]) -> dict[str, Any]:
    """Every range collapsed onto its central value (the fractions left out default to 0)."""

    def collapse(item: dict[str, Any]) -> None:
        for name, r in item.get("uncertainty", {}).items():
            value = item["proxy"]["value"] if name == "proxy.value" else item.get(name, 0.0)
            r["low"] = r["high"] = value

    collapse(data["settings"])
    for alternative in data["alternatives"]:
        for item in alternative.get("costs", []) + alternative.get("effects", []):
            collapse(item)
    return data


@pytest.mark.parametrize("make", [everything_data, hand_data])
def test_collapsed_ranges_reproduce_the_deterministic_npv(make: Any) -> None:
    scenario = scenario_from_data(_collapsed(make()), CPI)
    assert len(uncertain_parameters(scenario)) > 10  # the ranges are there, only degenerate
    engine = compute(scenario, CPI)
    simulation = monte_carlo(scenario, CPI, 1_000, seed=5)
    for expected, simulated in zip(engine.results, simulation.results, strict=True):
        scale = pv_scale(scenario, expected.alternative_id)
        assert np.max(np.abs(simulated.npv - expected.npv)) <= 1e-12 * scale
        assert simulated.prob_npv_positive == (1.0 if expected.npv > 0 else 0.0)
        summary = simulated.npv_summary
        for value in summary.as_dict().values():
            assert value == pytest.approx(expected.npv, rel=1e-12)
        assert simulated.sroi_ratio_summary.p50 == pytest.approx(expected.sroi_ratio, rel=1e-12)


@pytest.mark.parametrize(
    "make",
    [
        lambda: scenario_from_data(everything_data(), CPI),
        lambda: scenario_from_data(everything_data(schedule=True), CPI),
        lambda: load_scenario(EXAMPLE_WITH_RANGES),
        lambda: scenario_from_data(hand_data(), CPI),
    ],
)
def test_every_draw_equals_the_engine_on_the_drawn_scenario(make: Any) -> None:
    """The vectorised simulation against a plain loop over ``compute`` (30 draws)."""
    scenario = make()
    seed, draws = 77, 30
    simulation = monte_carlo(scenario, CPI, draws, seed)
    params = uncertain_parameters(scenario)
    values = {p.path: parameter_draws(p, seed, draws) for p in params}
    for d in range(draws):
        drawn = scenario
        for path, column in values.items():
            drawn = with_parameter(drawn, path, float(column[d]))
        engine = compute(drawn, CPI)
        for expected, simulated in zip(engine.results, simulation.results, strict=True):
            scale = pv_scale(drawn, expected.alternative_id)
            assert abs(simulated.npv[d] - expected.npv) <= 1e-9 * scale
            assert abs(simulated.pv_costs[d] - expected.pv_costs) <= 1e-9 * scale


def test_probability_and_mean_by_hand() -> None:
    # Variant: cost 1,000 in year 0; effect quantity ~ uniform(0, 20) x 100 in year 1,
    # undiscounted. NPV = 100 q - 1,000 > 0 when q > 10: probability 1/2, mean NPV 0,
    # P5 = 100 * 1 - 1,000 = -900 and P95 = 100 * 19 - 1,000 = 900.
    data = hand_data()
    data["settings"]["uncertainty"] = {}
    data["alternatives"] = [
        {
            "id": "a",
            "costs": [{"id": "c", "payer": "g", "amount": 1000, "first_year": 0}],
            "effects": [
                {
                    "id": "e",
                    "beneficiary": "g",
                    "quantity": 10,
                    "proxy": {"value": 100},
                    "uncertainty": {"quantity": {"low": 0, "high": 20, "distribution": "uniform"}},
                }
            ],
        }
    ]
    (result,) = monte_carlo(scenario_from_data(data, CPI), CPI, 200_000, seed=3).results
    assert result.prob_npv_positive == pytest.approx(0.5, abs=0.004)
    npv = result.npv_summary
    assert npv.mean == pytest.approx(0, abs=10)
    assert (npv.p5, npv.p95) == pytest.approx((-900, 900), abs=10)
    # SROI ratio = 100 q / 1,000: mean 1, median 1.
    assert result.sroi_ratio_summary.mean == pytest.approx(1.0, abs=0.01)
    assert result.ratio_draws == 200_000


def test_draws_with_pv_costs_not_positive_are_left_out_of_the_ratio() -> None:
    # Incremental cost amount ~ uniform(-1,000, 1,000): about half the draws have
    # PV costs <= 0 and no ratio.
    data = hand_data()
    data["settings"]["uncertainty"] = {}
    data["alternatives"] = [
        {
            "id": "a",
            "costs": [
                {
                    "id": "c",
                    "payer": "g",
                    "amount": 0,
                    "first_year": 0,
                    "uncertainty": {
                        "amount": {"low": -1000, "high": 1000, "distribution": "uniform"}
                    },
                }
            ],
            "effects": [{"id": "e", "beneficiary": "g", "quantity": 1, "proxy": {"value": 500}}],
        }
    ]
    (result,) = monte_carlo(scenario_from_data(data, CPI), CPI, 10_000, seed=4).results
    defined = result.pv_costs > 0
    assert result.ratio_draws == int(defined.sum())
    assert 4_700 < result.ratio_draws < 5_300
    ratios = result.pv_benefits[defined] / result.pv_costs[defined]
    assert np.array_equal(result.sroi_ratio, ratios)
    assert result.sroi_ratio_summary == Summary.of(ratios)
    assert result.sroi_ratio_summary.mean == pytest.approx(float(np.mean(ratios)))


def test_ratio_summary_is_empty_when_no_draw_has_positive_costs() -> None:
    data = hand_data()
    data["settings"]["uncertainty"] = {}
    data["alternatives"] = [
        {
            "id": "a",
            "effects": [
                {
                    "id": "e",
                    "beneficiary": "g",
                    "quantity": 1,
                    "proxy": {"value": 500},
                    "uncertainty": {"quantity": {"low": 0, "high": 2}},
                }
            ],
        }
    ]
    (result,) = monte_carlo(scenario_from_data(data, CPI), CPI, 100, seed=4).results
    assert result.ratio_draws == 0
    assert set(result.sroi_ratio_summary.as_dict().values()) == {None}
    assert result.prob_npv_positive == 1.0


def test_progress_reports_and_cancels() -> None:
    scenario = load_scenario(EXAMPLE_WITH_RANGES)
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return True

    monte_carlo(scenario, CPI, 2_500, seed=1, progress=progress, rows_per_chunk=1_000)
    assert seen == [(0, 2_500), (1_000, 2_500), (2_000, 2_500), (2_500, 2_500)]

    calls: list[int] = []

    def cancel_after_first_chunk(done: int, total: int) -> bool:
        calls.append(done)
        return done < 1_000

    with pytest.raises(SimulationCancelled):
        monte_carlo(scenario, CPI, 5_000, 1, cancel_after_first_chunk, rows_per_chunk=1_000)
    assert calls == [0, 1_000]
    # A callback that returns nothing does not cancel.
    monte_carlo(scenario, CPI, 100, 1, lambda done, total: None)


def test_bad_arguments_are_refused() -> None:
    scenario = load_scenario(EXAMPLE_WITH_RANGES)
    with pytest.raises(ValueError, match="draws"):
        monte_carlo(scenario, CPI, 0)
    with pytest.raises(ValueError, match="seed"):
        monte_carlo(scenario, CPI, 10, seed=-1)


def test_geometric_sums_by_hand() -> None:
    q = np.array([1.0, 0.5, 0.0, 0.0, 2.0, 1 - 1e-12, 0.9])
    n = np.array([4, 3, 2, 0, 3, 10, 0])
    expected = [
        4,  # 1 + 1 + 1 + 1
        1 + 0.5 + 0.25,
        1,  # 0^0 = 1, then zeros
        0,  # no years
        1 + 2 + 4,
        10 - 45e-12,  # sum_(j<10) (1 - e)^j = 10 - e * (0 + 1 + ... + 9) to first order
        0,
    ]
    assert list(geometric_sum(q, n)) == pytest.approx(expected, rel=1e-13, abs=1e-15)


def test_closed_forms_equal_the_year_by_year_sums() -> None:
    # An effect of 1,000 a year from year 2 for 5 years, drop-off 10%, ramp-up over
    # 3 years, at 4%: years 2..6 with ramp 1/3, 2/3, 1, 1, 1 and decay 0.9^j.
    v = 1 / 1.04
    by_hand = sum(1000 * 0.9**j * min(1, (j + 1) / 3) * v ** (2 + j) for j in range(5))
    geometric = effect_pv_geometric(
        np.array(1000.0), np.array(0.1), np.array(2), np.array(5), np.array(3), v, 30
    )
    assert float(geometric) == pytest.approx(by_hand, rel=1e-13)
    # A cost of 500 every 3 years from year 1 up to year 11, horizon 9: years 1, 4, 7.
    cost = cost_pv_geometric(np.array(500.0), np.array(1), np.array(11), np.array(3), v, 9)
    assert float(cost) == pytest.approx(500 * (v + v**4 + v**7), rel=1e-13)
