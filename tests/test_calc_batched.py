"""The engine's batched paths give the numbers of the one-at-a-time code, to the bit (issue 17).

- ``irr.irr_results`` scans the grid of rates for every flow with one sign
  change in one Horner pass; each flow's IRRs must be those of ``irr_result``.
- ``parameters.bounded(..., out=...)`` writes the bounded draws straight into
  the Monte Carlo's table; the values must be those it returns otherwise.
- ``BatchEvaluator.linear_ends`` makes the flows of many items at once for the
  switching values' slopes; each must be ``item_pv`` of its parameter.
"""

from __future__ import annotations

import json
import os
import threading
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from sroi_app.calc.irr import (
    _LOG_Y,
    _RATES,
    _Y,
    _grid_pvs,
    _pv_and_slope,
    _single_change_pvs,
    irr_result,
    irr_results,
)
from sroi_app.calc.parameters import bounded
from tests.test_sensitivity_properties import scenarios_with_ranges

flows = st.integers(1, 120).flatmap(
    lambda n: arrays(
        float,
        n,
        elements=st.one_of(
            st.sampled_from([0.0, 0.0, -0.0, 1.0, -1.0]),
            st.floats(-1e7, 1e7, allow_nan=False),
        ),
    )
)


def _invest_then_gain(leading: int, size: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    parts = (np.zeros(leading), -rng.uniform(1e3, 1e6, 3), rng.uniform(0, 1e5, size))
    return np.concatenate(parts)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(flows, min_size=1, max_size=6))
def test_irr_results_equal_irr_result_flow_by_flow(nets: list[np.ndarray]) -> None:
    assert irr_results(nets) == [irr_result(net) for net in nets]


def test_irr_results_on_appraisal_flows_of_different_lengths_and_leading_zeros() -> None:
    nets = [
        _invest_then_gain(lead, size, seed)
        for seed, (lead, size) in enumerate([(0, 97), (2, 40), (5, 200), (0, 3), (1, 1000)])
    ]
    nets.append(np.array([np.inf, -1.0, 2.0]))  # not finite: no IRR
    nets.append(np.zeros(10))  # no sign change
    expected = [irr_result(net) for net in nets]
    assert sum(1 for r in expected if r.rates) >= 5  # the batched path is exercised
    assert irr_results(nets) == expected


def test_the_grid_pass_equals_each_flows_own_horner_pass() -> None:
    nets = [
        np.trim_zeros(_invest_then_gain(lead, size, lead), "f")
        for lead, size in [(0, 50), (3, 120), (1, 7)]
    ]
    # Overflow is expected towards -100% (the engine silences it around the whole IRR).
    with np.errstate(over="ignore", invalid="ignore"):
        together = _grid_pvs(nets)
        assert together.shape == (3, _RATES.size)
        for row, net in zip(together, nets, strict=True):
            alone, _ = _pv_and_slope(net, _Y, slope=False)
            assert np.array_equal(row, alone, equal_nan=True)


@given(
    st.sampled_from(["deadweight", "drop_off", "optimism_bias", "first_year", "quantity"]),
    arrays(float, st.integers(0, 30), elements=st.floats(-5, 50, allow_nan=False)),
)
def test_bounded_into_a_row_equals_bounded(field: str, values: np.ndarray) -> None:
    table = np.full((2, values.size), np.nan)
    written = bounded(field, values.copy(), out=table[1])
    assert written.size == 0 or np.shares_memory(written, table)
    assert np.array_equal(table[1], bounded(field, values))
    assert np.all(np.isnan(table[0]))


@st.composite
def one_sign_change(draw: st.DrawFn) -> np.ndarray:
    """Leading zeros, then values of one sign, then of the other (zeros allowed within)."""
    magnitude = st.one_of(st.just(0.0), st.floats(1e-3, 1e9), st.sampled_from([1.0, 1e-300, 1e300]))
    first = draw(st.lists(magnitude, min_size=1, max_size=60))
    second = draw(st.lists(magnitude, min_size=1, max_size=400))
    assume(any(first) and any(second))
    sign = draw(st.sampled_from([1.0, -1.0]))
    lead = [0.0] * draw(st.integers(0, 5))
    return np.array(lead + [sign * x for x in first] + [-sign * x for x in second])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(one_sign_change(), min_size=1, max_size=5))
# Terms that overflow at rates the scan uses (the sum of the terms is checked too).
@example([np.array([-1e300, 1e300, 1e300]), np.array([-1.0, 2.0])])
@example([np.array([1e-300, 0.0, -1e300])])
def test_the_one_sign_change_scan_finds_the_full_scans_sign_changes(nets: list[np.ndarray]) -> None:
    assert irr_results(nets) == [irr_result(net) for net in nets]
    trimmed = [np.trim_zeros(net, "f") for net in nets]
    with np.errstate(over="ignore", invalid="ignore"):
        quick = _single_change_pvs(trimmed)
        for row, net in zip(quick, trimmed, strict=True):
            (full,) = _grid_pvs([net])
            usable = _LOG_Y * (net.size - 1) < 700.0
            assert np.array_equal(np.isfinite(row[usable]), np.isfinite(full[usable]))
            finite = usable & np.isfinite(full)
            assert np.array_equal(np.sign(row[finite]), np.sign(full[finite]))
            # Where a value was computed (not only its sign), it is the full scan's.
            computed = finite & (np.abs(row) != 1.0)
            assert np.array_equal(row[computed], full[computed])


def test_the_scan_evaluates_a_fraction_of_the_grid_for_an_appraisal() -> None:
    net = _invest_then_gain(0, 100, 3)
    with np.errstate(over="ignore", invalid="ignore"):
        (row,) = _single_change_pvs([net])
    evaluated = np.count_nonzero(np.abs(row) != 1.0)
    assert evaluated < _RATES.size / 5


def _linear_parameters(scenario: object) -> list[object]:
    from sroi_app.calc.parameters import uncertain_parameters

    return [
        p
        for p in uncertain_parameters(scenario)  # type: ignore[arg-type]
        if p.entry == "linear" and p.kind != "settings"
    ]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios_with_ranges())
def test_linear_ends_equal_item_pv_parameter_by_parameter(data: dict[str, Any]) -> None:
    """The switching values' slopes: every item made at once, to the bit of one at a time."""
    from sroi_app.calc.batch import BatchEvaluator
    from sroi_app.calc.parameters import uncertain_parameters
    from sroi_app.domain.validation import scenario_from_data
    from sroi_app.io.cpi import default_cpi

    cpi = default_cpi()
    scenario = scenario_from_data(data, cpi)
    evaluator = BatchEvaluator(scenario, cpi, uncertain_parameters(scenario))
    linear = _linear_parameters(scenario)
    ends = evaluator.linear_ends(linear)  # type: ignore[arg-type]
    assert ends.keys() == {p.path for p in linear}  # type: ignore[attr-defined]
    for p in linear:
        one = tuple(float(v) for v in evaluator.item_pv(p, np.array([0.0, 1.0])))  # type: ignore[arg-type]
        assert ends[p.path] == one  # type: ignore[attr-defined]


def test_linear_ends_of_the_examples_and_the_large_scenario() -> None:
    from benchmarks.synthetic import synthetic_data
    from sroi_app.calc.batch import BatchEvaluator
    from sroi_app.calc.parameters import uncertain_parameters
    from sroi_app.domain.validation import scenario_from_data
    from sroi_app.io.cpi import default_cpi
    from sroi_app.io.resources import scenarios_dir
    from sroi_app.io.scenario_file import load_scenario

    cpi = default_cpi()
    scenarios = [load_scenario(p) for p in sorted(scenarios_dir().glob("*.sroi.json"))]
    scenarios.append(scenario_from_data(synthetic_data(4, 60, 8, 100), cpi))
    checked = 0
    for scenario in scenarios:
        evaluator = BatchEvaluator(scenario, cpi, uncertain_parameters(scenario))
        linear = _linear_parameters(scenario)
        ends = evaluator.linear_ends(linear)  # type: ignore[arg-type]
        for p in linear:
            one = tuple(float(v) for v in evaluator.item_pv(p, np.array([0.0, 1.0])))  # type: ignore[arg-type]
            assert ends[p.path] == one  # type: ignore[attr-defined]
            checked += 1
    assert checked > 300


def test_the_simulation_draws_the_same_numbers_in_two_threads_as_in_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each parameter keeps its own stream whichever thread draws it (contract section 9)."""
    from sroi_app.calc import montecarlo
    from sroi_app.io.cpi import default_cpi
    from sroi_app.io.resources import scenarios_dir
    from sroi_app.io.scenario_file import load_scenario

    cpi = default_cpi()
    richest = max(scenarios_dir().glob("*.sroi.json"), key=lambda p: p.stat().st_size)
    scenario = load_scenario(richest)
    threads: set[str] = set()
    fill = montecarlo._Drawing._fill

    def spy(self: Any, values: np.ndarray, first: int, last: int) -> None:
        threads.add(threading.current_thread().name)
        fill(self, values, first, last)

    monkeypatch.setattr(montecarlo._Drawing, "_fill", spy)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    runs = []
    for threaded_from in (1, 10**9):
        monkeypatch.setattr(montecarlo, "_THREADED_FROM", threaded_from)
        runs.append(montecarlo.monte_carlo(scenario, cpi, 3000, 11, rows_per_chunk=700))
    threaded, single = runs
    assert len(threaded.parameters) > 2
    # Not vacuous: the first run drew in the drawing thread and in this one, the second
    # in this one alone.
    here = threading.current_thread().name
    assert threads == {here, "draws_0"}
    for a, b in zip(threaded.results, single.results, strict=True):
        assert np.array_equal(a.pv_costs, b.pv_costs)
        assert np.array_equal(a.pv_benefits, b.pv_benefits)


def test_one_thread_draws_where_drawing_costs_less_than_evaluating_and_two_where_more(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Triangular ranges: one drawing thread beside the evaluation; beta-PERT ranges,
    four times as dear to draw: two, each drawing half. The draws are the same."""
    from sroi_app.calc import montecarlo
    from sroi_app.calc.distributions import parameter_stream
    from sroi_app.calc.parameters import uncertain_parameters
    from sroi_app.domain.validation import scenario_from_data
    from sroi_app.io.resources import scenarios_dir

    richest = max(scenarios_dir().glob("*.sroi.json"), key=lambda p: p.stat().st_size)
    data = json.loads(richest.read_text(encoding="utf-8"))
    triangular = uncertain_parameters(scenario_from_data(data))
    assert {p.range.distribution for p in triangular} == {"triangular"}
    text = json.dumps(data).replace('"distribution": "triangular"', '"distribution": "pert"')
    pert = uncertain_parameters(scenario_from_data(json.loads(text)))
    assert {p.range.distribution for p in pert} == {"pert"}
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    for parameters, threads in ((triangular, 1), (pert, 2)):
        streams = [parameter_stream(5, p.path) for p in parameters]
        with montecarlo._Drawing(parameters, streams, 9_000, 1_000) as drawing:
            assert drawing.threads == threads
            together = np.concatenate([block for _start, block in drawing.blocks()], axis=1)
        for row, parameter in zip(together, parameters, strict=True):
            assert np.array_equal(row, montecarlo.parameter_draws(parameter, 5, 9_000))


def test_the_first_block_of_draws_is_one_chunk_and_the_streams_run_on() -> None:
    """The evaluation starts after one chunk's draws (issue 17); the blocks after it are
    whole chunks, and each parameter's draws are its stream in order, however cut."""
    from sroi_app.calc import montecarlo
    from sroi_app.calc.distributions import parameter_stream
    from sroi_app.calc.parameters import uncertain_parameters
    from sroi_app.io.resources import scenarios_dir
    from sroi_app.io.scenario_file import load_scenario

    richest = max(scenarios_dir().glob("*.sroi.json"), key=lambda p: p.stat().st_size)
    parameters = uncertain_parameters(load_scenario(richest))
    draws, chunk = 60_000, 700  # blocks of about 4,000,000 values: three or more here
    streams = [parameter_stream(5, p.path) for p in parameters]
    with montecarlo._Drawing(parameters, streams, draws, chunk) as drawing:
        blocks = list(drawing.blocks())
    sizes = [block.shape[1] for _start, block in blocks]
    assert sizes[0] == chunk and len(sizes) > 2 and sum(sizes) == draws
    assert all(size % chunk == 0 for size in sizes[:-1])
    assert [start for start, _block in blocks] == list(np.cumsum([0, *sizes[:-1]]))
    together = np.concatenate([block for _start, block in blocks], axis=1)
    for row, parameter in zip(together, parameters, strict=True):
        assert np.array_equal(row, montecarlo.parameter_draws(parameter, 5, draws))
    # Blocks of a few parameters are as many chunks as make a draw call of thousands of
    # values, not as many as the memory bound allows: the drawing stays just ahead.
    assert drawing.block == 6 * chunk  # 4,200 draws, the least whole chunks >= 4,096
    with montecarlo._Drawing(parameters, streams, draws, 5_194) as drawing:
        assert drawing.block == 5_194
