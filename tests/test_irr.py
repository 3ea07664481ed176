"""The IRR as contract section 6 defines it: r > -1, a residual test, the root closest to zero."""

from __future__ import annotations

import math

import numpy as np
import numpy_financial as npf
import pytest
from hypothesis import assume, example, given, settings
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


def _rounding(net: np.ndarray, rate: float) -> float:
    """A bound on the rounding error of evaluating the PV at ``rate``."""
    y = 1.0 / (1.0 + rate)
    with np.errstate(all="ignore"):
        terms = float(np.abs(net) @ y ** np.arange(net.size))
    return 4 * net.size * float(np.finfo(float).eps) * terms


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
@example([1.0, 0.0, 1.0, -9.0, 3.64526155013617e-33])
@example([0.0, 0.0, 7.75, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 999991.0, -98400.0])
@example([0.0, -1.0, -290.0, 290.0, 1.0, -47.0, 1.3282222755296927e-38])
@example([112.0, 8.75, 0, 1.125, 273591.4375, 0, 1, 0, 234245.0, 1, 999998.0, -98401.0])
# the NPV touches zero (within the tolerance) at 16.5%:
@example(
    [
        441853.0,
        1,
        0,
        1,
        -962114,
        -840894,
        -4,
        -16,
        999923,
        576933,
        3,
        1,
        197631,
        3,
        0,
        1,
        *[546.0, 2.220446049250313e-16],
    ]
)
def test_every_rate_passes_the_residual_test_and_agrees_with_the_reference(
    flows: list[float],
) -> None:
    net = np.array(flows)
    result = irr_result(net)
    scale = np.abs(net).sum()
    for rate in result.rates:
        assert rate > -1
        # Near -100% the terms are huge (y^t): this test's own evaluation of the PV is then
        # off by its rounding error, which can exceed the tolerance (flows below: terms of
        # 1e16 against a tolerance of 1.1).
        assert abs(_pv(net, rate)) <= 1e-6 * scale * (1 + 1e-9) + _rounding(net, rate)
    expected = reference_irr(flows)
    if math.isnan(expected) or not -0.999 < expected < 1e5:
        # The reference (eigenvalues only) can miss a root the grid brackets; and at rates
        # beyond 10^5 % or within 0.1% of -100% the residual test holds over a wide interval
        # of rates (the flows are ill-conditioned there), so two solvers may pick different
        # points of it.
        return
    tolerance = 1e-6 * scale
    if _rounding(net, expected) > tolerance:
        # Towards -100% evaluating the PV is off by more than the tolerance: whether a rate
        # passes the test depends on how it is evaluated (flows below, -90%: terms of 1e16,
        # a tolerance of 1.6; the reference's sum passes, the engine's product does not).
        return
    if all(abs(_pv(net, r)) <= tolerance for r in np.linspace(expected / 2, expected * 2, 9)):
        # Every rate from half to twice the reference's passes the test: the PV is flat and
        # within the tolerance there, with or without a root (flows 0, -1, -290, 290, 1, -47,
        # 1e-38: the PV is -y * 1.0 at rates of thousands of percent). Nothing to compare.
        return
    assert result.value is not None
    # The reference's eigenvalues can be less precise than the tolerance (flows 1, 0, 1, -9,
    # 3.6e-33: 0.9201731, whose NPV is -3.5e-6, where the root is 0.9201751): two rates
    # between which every rate passes the residual test are the same IRR.
    assert abs(result.value) <= abs(expected) + 1e-6 * max(1.0, abs(expected)) or _same_root(
        net, result.value, expected
    )


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


def _same_root(net: np.ndarray, a: float, b: float) -> bool:
    """Two rates are the same IRR: equal to 1e-6, or every rate between them passes the
    residual test (where the NPV is flat, at thousands of percent or near -100%, a whole
    interval of rates does, and two solvers may pick different points of it)."""
    if a == pytest.approx(b, rel=1e-6, abs=1e-9):
        return True
    tolerance = 1e-6 * np.abs(net).sum()
    return all(abs(_pv(net, r)) <= tolerance for r in np.linspace(a, b, 33))


def _numpy_financial_candidates(net: np.ndarray) -> list[float]:
    """The rates numpy-financial's ``irr`` chooses from: real positive roots ``y``."""
    with np.errstate(all="ignore"):
        roots = np.roots(net[::-1])
    real = roots[(roots.imag == 0) & (roots.real > 0)].real
    return [float(r) for r in 1.0 / real - 1.0]


def _check_against_numpy_financial(net: np.ndarray) -> bool:
    """Where numpy-financial's ``irr`` returns an IRR by section 6 (above -100% and the NPV
    zero to within 1e-6 of the flows), it is among the engine's rates, and the engine
    reports the same one, unless numpy-financial missed a root closer to zero (its
    eigenvalue came out with an imaginary part). True when there was one to compare.

    Where the NPV only comes within the tolerance of zero without crossing it (flows
    1e-15, -5.9e-10, 1), numpy-financial's eigenvalue and the engine's turning point are
    different points of an interval of rates that all pass the test: the same IRR."""
    import numpy_financial as npf

    with np.errstate(all="ignore"):
        try:
            theirs = float(npf.irr(net))
        except np.linalg.LinAlgError:  # its companion matrix overflowed: no answer to compare
            return False
    tolerance = 1e-6 * np.abs(net).sum()
    if not (-1 < theirs < math.inf) or not abs(_pv(net, theirs)) <= tolerance:
        return False  # no answer (or an infinite rate), or a candidate the contract rejects
    if not _rounding(net, theirs) <= tolerance:
        # Towards -100% the terms v_t y^t are so large that evaluating the PV is off by more
        # than the tolerance: the test cannot tell whether their rate passes (flows of 1e5
        # over 10 years at -95%: terms of 1e13, a rounding error of 4,800 against a
        # tolerance of 1.1). Nothing to compare.
        return False
    if abs(net[np.flatnonzero(net)[0]]) <= tolerance:
        # The PV tends to the first non-zero flow as the rate grows: when that is within
        # the tolerance, every rate above some point passes the test, and numpy-financial
        # picks one of them at random (flows 2e-89, 0, 2e-89, 1: 3e29 %, where the PV
        # never is zero). Nothing to compare.
        return False
    ours = irr_result(net)
    assert ours.value is not None
    assert any(_same_root(net, r, theirs) for r in ours.rates)
    if not _same_root(net, ours.value, theirs):
        assert abs(ours.value) < abs(theirs)
        assert not any(_same_root(net, ours.value, c) for c in _numpy_financial_candidates(net))
    return True


@settings(max_examples=300, deadline=None)
@given(
    st.floats(1e2, 1e7),
    st.lists(st.floats(-1e5, 1e6, allow_nan=False), min_size=1, max_size=40),
)
@example(153.0, [1.0, 181595.0, 0.0, 0.0, 27.0, 0.0, 30.0, 1e-09])  # an IRR of 3,345%
@example(100.0, [1.0, 1.5, 539155.75, 295138.0, 0.0, 7103.0, 1.0, 2.0, 214315.453125, -9789.875])
def test_numpy_financial_agrees_where_its_answer_passes_the_contracts_test(
    investment: float, later: list[float]
) -> None:
    """numpy-financial's ``irr`` stays the reference (invest, then anything)."""
    _check_against_numpy_financial(np.array([-investment, *later]))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.floats(-1e6, 1e6, allow_nan=False), min_size=2, max_size=60))
@example([80.0, -291, -66, 13, 127, -5, -32, -16, -36, 63, -136, 100, -169, -88, 103, -43])
@example([1.8623531816057093e-302, -1.0])  # an IRR of 5e301 %
@example([-2.2250738585072014e-308, 3.0])  # 1.3e308 %, next to the largest float
@example([1e-15, -5.945969810509616e-10, 1.0, 3.8092845982218224e-131])  # touches zero
def test_numpy_financial_agrees_on_erratic_flows(flows: list[float]) -> None:
    """The same for flows whose signs change any number of times."""
    _check_against_numpy_financial(np.array(flows))


def test_erratic_flows_where_numpy_financial_has_an_answer_are_compared() -> None:
    """The property above is not vacuous: most seeded erratic flows are compared."""
    rng = np.random.default_rng(17)
    compared = sum(_check_against_numpy_financial(rng.normal(size=40) * 1e5) for _ in range(200))
    assert compared > 100


def _from_factors(
    real_rates: list[float], pairs: list[tuple[float, float]], negative: list[float]
) -> np.ndarray:
    """Flows whose NPV polynomial in ``y`` has exactly the given real positive roots
    (as rates), plus complex pairs ``a +- bi`` and negative roots: none of those are IRRs."""
    coefficients = np.array([1.0])
    for rate in real_rates:
        coefficients = np.convolve(coefficients, [-1.0 / (1.0 + rate), 1.0])
    for a, b in pairs:
        coefficients = np.convolve(coefficients, [a * a + b * b, -2.0 * a, 1.0])
    for c in negative:
        coefficients = np.convolve(coefficients, [c, 1.0])
    return coefficients * 1e4


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.floats(0.05, 3.0), st.floats(0.3, 3.0)), min_size=1, max_size=6),
    st.lists(st.floats(0.05, 5.0), max_size=4),
)
def test_no_irr_where_the_npv_has_no_root(
    pairs: list[tuple[float, float]], negative: list[float]
) -> None:
    """Complex pairs ``y = a +- bi`` (a > 0: the flows change sign) and negative ``y``:
    the NPV is never zero at a rate above -100%, and the engine finds no IRR."""
    net = _from_factors([], pairs, negative)
    # Clear of the tolerance: products of several pairs can bring the NPV within 1e-6 of
    # the (much larger) flows without reaching zero, which the contract's test accepts.
    y = np.geomspace(1e-6, 1e6, 20001)
    assume(np.min(np.abs(np.polynomial.polynomial.polyval(y, net))) > 1e-5 * np.abs(net).sum())
    assert irr_result(net).rates == ()


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.floats(-0.6, 3.0), min_size=1, max_size=5).filter(
        # farther apart than the grid's steps (0.05 points near 0, 1% of 1 + r above 100%)
        lambda rs: all(
            abs(a - b) >= 0.03 * max(1.0, 1.0 + max(a, b))
            for i, a in enumerate(rs)
            for b in rs[i + 1 :]
        )
    ),
    st.lists(st.tuples(st.floats(0.05, 3.0), st.floats(0.3, 3.0)), max_size=3),
)
def test_every_irr_is_found_and_the_one_closest_to_zero_reported(
    rates: list[float], pairs: list[tuple[float, float]]
) -> None:
    """Several IRRs, known by construction: every one is reported, each makes the NPV
    zero (the residual test), and ``value`` is the one closest to zero."""
    net = _from_factors(rates, pairs, [])
    # Away from the roots, the NPV stays clear of the tolerance (several complex pairs can
    # bring it within 1e-6 of the flows without reaching zero: the contract's test accepts
    # such a rate).
    y = np.geomspace(1e-6, 1e6, 20001)
    away = np.all(np.abs(y[:, None] * (1 + np.array(rates)) - 1) > 0.05, axis=1)
    lowest = np.min(np.abs(np.polynomial.polynomial.polyval(y[away], net)))
    assume(lowest > 1e-5 * np.abs(net).sum())
    result = irr_result(net)
    assert result.rates == pytest.approx(sorted(rates), rel=1e-6, abs=1e-9)
    assert result.value == pytest.approx(min(rates, key=lambda r: (abs(r), r)), rel=1e-6, abs=1e-9)
    assert result.several == (len(rates) > 1)
    for rate in result.rates:
        assert abs(_pv(net, rate)) <= 1e-6 * np.abs(net).sum()


def test_a_thousand_year_erratic_flow_needs_no_eigenvalues(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Issue 17: the roots are bracketed and refined, never taken from the companion
    matrix's eigenvalues (O(h^3): seconds at 1,000 years)."""

    def refused(*args: object, **kwargs: object) -> None:
        raise AssertionError("eigenvalues computed")

    monkeypatch.setattr(np.linalg, "eigvals", refused)
    monkeypatch.setattr(np, "roots", refused)
    net = np.random.default_rng(7).normal(size=1001) * 1e5
    result = irr_result(net)
    assert result.several
    for rate in result.rates:
        assert abs(_pv(net, rate)) <= 1e-6 * np.abs(net).sum()


# Flows Hypothesis found (tests/test_properties.py) where every IRR lies below -70%: the
# terms of the PV reach 1e20-1e40 there, so the rounding of their sum decides the
# contract's residual test (tolerance about 1,349). Expected: numpy-financial's answer.
_BIG = [70842526.0, 70843092.0] + [70842387.0] * 16
_TOWARDS_MINUS_ONE = [
    # No float next to the root passes the test (numpy-financial's npv: 2048 at the
    # bracketed root, -26,370 at the eigenvalue root): no IRR.
    ([0.0, *_BIG, 69231368.09375, *[-1611018.90625] * 3], None),
    # Only the eigenvalue root is a float where numpy-financial's npv is exactly 0.
    ([0.0, *_BIG, 69218323.40625, -1624063.59375, 0.0, 0.0], -0.9770870093350521),
    # Two IRRs: +7.1e7 (the first year's -1 against the second's 7.1e7) and -72.2%, which
    # is closer to zero; only the eigenvalue root passes the test there.
    (
        [
            -1.0,
            70838684.8,
            70867789.8,
            70866345.8,
            *[70842386.0] * 6,
            *[70842387.0] * 9,
            69307730.26034582,
            *[-1534656.7396541825] * 3,
        ],
        -0.7217920710197556,
    ),
]


@pytest.mark.parametrize(("net", "expected"), _TOWARDS_MINUS_ONE)
def test_towards_minus_100_percent_the_answer_is_numpy_financials(
    net: list[float], expected: float | None
) -> None:
    flows = np.array(net)
    assert irr_result(flows).value == expected
    with np.errstate(all="ignore"):
        answer = float(npf.irr(flows))
    tolerance = 1e-6 * np.abs(flows).sum()
    if expected is None:
        assert abs(float(npf.npv(answer, flows))) > tolerance  # its candidate is no IRR
    else:
        assert answer == expected and abs(float(npf.npv(answer, flows))) <= tolerance
