"""The engine's batched paths give the numbers of the one-at-a-time code, to the bit (issue 17).

- ``irr.irr_results`` scans the grid of rates for every flow with one sign
  change in one Horner pass; each flow's IRRs must be those of ``irr_result``.
- ``parameters.bounded(..., out=...)`` writes the bounded draws straight into
  the Monte Carlo's table; the values must be those it returns otherwise.
"""

from __future__ import annotations

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from sroi_app.calc.irr import _RATES, _Y, _grid_pvs, _pv_and_slope, irr_result, irr_results
from sroi_app.calc.parameters import bounded

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
