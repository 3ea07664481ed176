"""The IRR as contract section 6 defines it: r > -1, a residual test, the root closest to zero."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from sroi_app.calc.checks import scenario_warnings
from sroi_app.calc.engine import compute
from sroi_app.calc.irr import irr_result
from sroi_app.domain.validation import scenario_from_data
from sroi_app.io.cpi import default_cpi
from tests.reference_impl import _irr as reference_irr


def _pv(net: np.ndarray, rate: float) -> float:
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        return float(np.sum(net * (1.0 + np.float64(rate)) ** -np.arange(net.size)))


def test_the_issue_flow_has_no_irr() -> None:
    """Issue 12: numpy-financial's candidate near -100% does not make the NPV zero."""
    net = np.array([-63.7e3, -48.9e3, -37.3e3, 176.6e3, 98.5e3] + [-330e3] * 23)
    assert irr_result(net).rates == ()


def test_two_irrs_the_one_closest_to_zero_and_both_reported() -> None:
    # -100 + 230 y - 132 y^2 = 0 at r = 10% and r = 20%.
    result = irr_result(np.array([-100.0, 230.0, -132.0]))
    assert result.rates == pytest.approx((0.10, 0.20), abs=1e-12)
    assert result.value == pytest.approx(0.10, abs=1e-12) and result.several


def test_a_root_where_the_npv_only_touches_zero_counts() -> None:
    assert irr_result(np.array([-1.0, 2.0, -1.0])).rates == pytest.approx((0.0,), abs=1e-7)


def test_one_sign_change_is_exact() -> None:
    net = np.array([-1000.0] + [100.0] * 20)
    (rate,) = irr_result(net).rates
    assert abs(_pv(net, rate)) < 1e-9 * np.abs(net).sum()


def test_a_long_erratic_horizon_is_fast_and_every_rate_passes_the_test() -> None:
    net = np.random.default_rng(7).normal(size=1001) * 1e5
    result = irr_result(net)
    for rate in result.rates:
        assert rate > -1 and abs(_pv(net, rate)) <= 1e-6 * np.abs(net).sum()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.floats(-1e6, 1e6, allow_nan=False), min_size=2, max_size=30))
def test_every_rate_passes_the_residual_test_and_agrees_with_the_reference(
    flows: list[float],
) -> None:
    net = np.array(flows)
    result = irr_result(net)
    scale = np.abs(net).sum()
    for rate in result.rates:
        assert rate > -1
        assert abs(_pv(net, rate)) <= 1e-6 * scale * (1 + 1e-9)
    expected = reference_irr(flows)
    if math.isnan(expected) or not -0.999 < expected < 1e5:
        # The reference (eigenvalues only) can miss a root the grid brackets; and at rates
        # beyond 10^5 % or within 0.1% of -100% the residual test holds over a wide interval
        # of rates (the flows are ill-conditioned there), so two solvers may pick different
        # points of it.
        return
    assert result.value is not None
    assert abs(result.value) <= abs(expected) + 1e-6 * max(1.0, abs(expected))


def test_several_irrs_are_a_warning_in_every_view() -> None:
    data = {
        "schema_version": 1,
        "name": "Twee rentevoeten",
        "settings": {"start_year": 2026, "horizon_years": 2, "discount_rate": 0.03},
        "stakeholders": [{"id": "g", "name": "Gemeente"}],
        "alternatives": [
            {
                "id": "v",
                "name": "Variant",
                "costs": [
                    {"id": "a", "payer": "g", "amount": 100, "first_year": 0},
                    {"id": "b", "payer": "g", "amount": 132, "first_year": 2},
                ],
                "effects": [
                    {
                        "id": "e",
                        "beneficiary": "g",
                        "quantity": 1,
                        "proxy": {"value": 230, "source": "test"},
                        "first_year": 1,
                    }
                ],
            }
        ],
    }
    scenario = scenario_from_data(data)
    result = compute(scenario, default_cpi())
    assert result.results[0].irr == pytest.approx(0.10, abs=1e-12)
    assert result.results[0].several_irrs
    codes = [w.code for w in scenario_warnings(scenario, result)]
    assert "multiple_irr" in codes


@settings(max_examples=200, deadline=None)
@given(
    st.floats(1e2, 1e7),
    st.lists(st.floats(-1e5, 1e6, allow_nan=False), min_size=1, max_size=40),
)
@example(153.0, [1.0, 181595.0, 0.0, 0.0, 27.0, 0.0, 30.0, 1e-09])  # an IRR of 3,345%
def test_numpy_financial_agrees_where_its_answer_passes_the_contracts_test(
    investment: float, later: list[float]
) -> None:
    """numpy-financial's ``irr`` stays the reference: where it returns a rate that is an IRR
    by section 6 and there is only one, the engine's is the same."""
    import numpy_financial as npf

    net = np.array([-investment, *later])
    with np.errstate(all="ignore"):
        try:
            theirs = float(npf.irr(net))
        except np.linalg.LinAlgError:  # its companion matrix overflowed: no answer to compare
            return
    ours = irr_result(net)
    if math.isnan(theirs) or theirs <= -1 or ours.several:
        return
    if abs(_pv(net, theirs)) > 1e-6 * np.abs(net).sum():
        return  # a candidate the contract rejects
    # Where numpy-financial's root is not the one closest to zero (it can land near -100%,
    # outside the engine's search grid), the engine's must be closer to zero.
    assert ours.value is not None
    # Where the NPV is flat near a root (rates of thousands of percent), every rate of a
    # small interval passes the test: two answers inside it are the same IRR.
    tolerance = 1e-6 * np.abs(net).sum()
    same_root = all(abs(_pv(net, r)) <= tolerance for r in np.linspace(ours.value, theirs, 9))
    assert (
        ours.value == pytest.approx(theirs, rel=1e-6, abs=1e-9)
        or abs(ours.value) < abs(theirs)
        or same_root
    )
