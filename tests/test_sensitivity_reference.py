"""The faster sensitivity analysis gives today's numbers to the bit (issue 17).

The code paths as they were before the speed-up are kept here as the
reference: the tornado evaluated with every alternative for every row, and the
simulation drawing every parameter chunk by chunk in one thread, then the
one-way analysis and the simulation run one after the other. Every tornado
row, switching value, simulated present value and summary must be equal
exactly, on the examples in ``scenarios/``, on a synthetic appraisal and on
random scenarios with random ranges, also with the draws cut into small
blocks drawn by two threads.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.synthetic import synthetic_data
from sroi_app.calc import batch, montecarlo, sensitivity
from sroi_app.calc.batch import BatchEvaluator, check_finite
from sroi_app.calc.distributions import draw, parameter_stream
from sroi_app.calc.engine import compute
from sroi_app.calc.montecarlo import MonteCarloResult, _simulation
from sroi_app.calc.parameters import Parameter, bounded, uncertain_parameters
from sroi_app.calc.sensitivity import AlternativeSensitivity, one_way
from sroi_app.calc.uncertainty import SensitivityResult, sensitivity_analysis
from sroi_app.domain.cpi import CpiTable
from sroi_app.domain.models import Scenario
from sroi_app.domain.validation import scenario_from_data
from sroi_app.io.resources import scenarios_dir
from sroi_app.io.scenario_file import load_scenario
from tests.sensitivity_cases import CPI
from tests.test_sensitivity_properties import scenarios_with_ranges

# -- the reference: the code paths before the speed-up ---------------------------------------


def _old_tornado_npvs(
    evaluator: BatchEvaluator, params: Sequence[Parameter], central: np.ndarray, variants: int
) -> np.ndarray:
    npv_rows = np.zeros((2 * len(params), variants))
    chunk = max(1, evaluator.rows_per_chunk // 2)
    for start in range(0, len(params), chunk):
        stop = min(start + chunk, len(params))
        rows = np.tile(central, (2 * (stop - start), 1))
        for p in range(start, stop):
            parameter = params[p]
            rows[2 * (p - start), p] = bounded(parameter.field, parameter.low)
            rows[2 * (p - start) + 1, p] = bounded(parameter.field, parameter.high)
        npv_rows[2 * start : 2 * stop] = evaluator.evaluate(rows).npv
    check_finite(npv_rows)
    return npv_rows


def _old_one_way(scenario: Scenario, cpi: CpiTable) -> tuple[AlternativeSensitivity, ...]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sensitivity, "_tornado_npvs", _old_tornado_npvs)
        return one_way(scenario, cpi, uncertain_parameters(scenario), compute(scenario, cpi))


def _old_monte_carlo(
    scenario: Scenario, cpi: CpiTable, draws: int, seed: int, rows_per_chunk: int | None = None
) -> MonteCarloResult:
    parameters = uncertain_parameters(scenario)
    evaluator = BatchEvaluator(scenario, cpi, parameters)
    streams = [parameter_stream(seed, p.path) for p in parameters]
    chunk = rows_per_chunk or evaluator.rows_per_chunk
    variants = len(evaluator.variant_ids)
    pv_costs, pv_benefits = np.empty((draws, variants)), np.empty((draws, variants))
    for start in range(0, draws, chunk):
        size = min(chunk, draws - start)
        values = np.empty((len(parameters), size))
        for p, (parameter, rng) in enumerate(zip(parameters, streams, strict=True)):
            raw = draw(rng, parameter.range, parameter.central, size)
            bounded(parameter.field, raw, out=values[p])
        result = evaluator.evaluate(values.T)
        pv_costs[start : start + size] = result.pv_costs
        pv_benefits[start : start + size] = result.pv_benefits
    check_finite(pv_costs, pv_benefits, pv_benefits - pv_costs)
    results = tuple(
        _simulation(alternative_id, pv_costs[:, v], pv_benefits[:, v])
        for v, alternative_id in enumerate(evaluator.variant_ids)
    )
    return MonteCarloResult(draws, seed, parameters, results)


# -- comparison ------------------------------------------------------------------------------


def _one_way_rows(alternatives: Sequence[AlternativeSensitivity]) -> list[Any]:
    rows: list[Any] = []
    for a in alternatives:
        rows.append((a.alternative_id, a.npv))
        rows.extend((e.path, e.npv_low, e.npv_high, e.affects) for e in a.tornado)
        rows.extend((s.path, s.value, s.affects) for s in a.switching_values)
    return rows


def _assert_same_simulation(new: MonteCarloResult, old: MonteCarloResult) -> None:
    assert (new.draws, new.seed, new.parameters) == (old.draws, old.seed, old.parameters)
    assert len(new.results) == len(old.results)
    for a, b in zip(new.results, old.results, strict=True):
        assert a.alternative_id == b.alternative_id
        # Bit for bit: the same bytes, not just equal values (0.0 and -0.0 differ).
        assert a.pv_costs.tobytes() == b.pv_costs.tobytes()
        assert a.pv_benefits.tobytes() == b.pv_benefits.tobytes()
        assert a.prob_npv_positive == b.prob_npv_positive
        assert a.npv_summary == b.npv_summary
        assert a.sroi_ratio_summary == b.sroi_ratio_summary
        assert a.ratio_draws == b.ratio_draws


def _assert_same_analysis(
    new: SensitivityResult, scenario: Scenario, cpi: CpiTable, draws: int, seed: int
) -> None:
    assert new.parameters == uncertain_parameters(scenario)
    assert _one_way_rows(new.alternatives) == _one_way_rows(_old_one_way(scenario, cpi))
    _assert_same_simulation(new.monte_carlo, _old_monte_carlo(scenario, cpi, draws, seed))


@contextmanager
def _small_blocks_in_two_threads() -> Iterator[dict[str, int]]:
    """Draws cut into blocks of three chunks, drawn by two threads; tornado chunks of 32
    parameters. Counts the tornado chunks evaluated for some alternatives only."""
    seen = {"partial": 0}
    evaluate = BatchEvaluator.evaluate

    def spy(self: BatchEvaluator, values: Any, alternatives: Any = None) -> Any:
        seen["partial"] += alternatives is not None
        return evaluate(self, values, alternatives)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(montecarlo, "_THREADED_FROM", 1)
        patch.setattr(montecarlo, "_BLOCK_VALUES", 1)
        patch.setattr(os, "cpu_count", lambda: 2)
        patch.setattr(batch, "MEMORY_BUDGET", 1)  # rows_per_chunk 64: tornado chunks of 32
        patch.setattr(BatchEvaluator, "evaluate", spy)
        original = montecarlo._Drawing.__init__

        def three_chunks(self: Any, parameters: Any, streams: Any, draws: int, chunk: int) -> None:
            original(self, parameters, streams, draws, chunk)
            self.block = min(draws, 3 * chunk)

        patch.setattr(montecarlo._Drawing, "__init__", three_chunks)
        yield seen


# -- the tests -------------------------------------------------------------------------------


def _examples() -> list[Scenario]:
    return [load_scenario(p) for p in sorted(scenarios_dir().glob("*.sroi.json"))]


@pytest.mark.parametrize("scenario", _examples(), ids=lambda s: s.name[:30])
def test_the_examples_give_todays_numbers(scenario: Scenario) -> None:
    result = sensitivity_analysis(scenario, CPI, 2000, 7)
    _assert_same_analysis(result, scenario, CPI, 2000, 7)


def test_a_synthetic_appraisal_gives_todays_numbers_in_small_blocks_and_two_threads() -> None:
    data = synthetic_data(5, 60, 12, 60)
    data["settings"]["uncertainty"] = {"discount_rate": {"low": 0.02, "high": 0.05}}
    scenario = scenario_from_data(data, CPI)
    with _small_blocks_in_two_threads() as seen:
        new = sensitivity_analysis(scenario, CPI, 500, 3)
        simulation = montecarlo.monte_carlo(scenario, CPI, 500, 3, rows_per_chunk=64)
        old_simulation = _old_monte_carlo(scenario, CPI, 500, 3, rows_per_chunk=64)
        _assert_same_analysis(new, scenario, CPI, 500, 3)
    _assert_same_simulation(simulation, old_simulation)
    # Not vacuous: tornado chunks without the rate's or the reference's ranges were
    # evaluated for their own alternatives only.
    assert seen["partial"] > 0


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios_with_ranges(), st.integers(0, 2**32), st.integers(1, 40))
def test_random_scenarios_give_todays_numbers(data: dict[str, Any], seed: int, chunk: int) -> None:
    scenario = scenario_from_data(data, CPI)
    _assert_same_analysis(sensitivity_analysis(scenario, CPI, 150, seed), scenario, CPI, 150, seed)
    with _small_blocks_in_two_threads():
        new = montecarlo.monte_carlo(scenario, CPI, 150, seed, rows_per_chunk=chunk)
        _assert_same_analysis(
            sensitivity_analysis(scenario, CPI, 150, seed), scenario, CPI, 150, seed
        )
    _assert_same_simulation(new, _old_monte_carlo(scenario, CPI, 150, seed, rows_per_chunk=chunk))
