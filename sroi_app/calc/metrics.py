"""Metrics of an incremental flow: IRR and discounted payback (contract section 6)."""

from __future__ import annotations

import math
import warnings

import numpy as np
import numpy_financial as npf
from numpy.typing import NDArray

FloatArray = NDArray[np.float64]


def ratio(numerator: float, pv_costs: float) -> float | None:
    """A ratio over PV costs; undefined (None) when ``pv_costs <= 0``."""
    return numerator / pv_costs if pv_costs > 0 else None


def irr(net: FloatArray) -> float | None:
    """numpy-financial's IRR of the undiscounted net flows; None where none exists.

    ``npf.irr`` finds every root ``y = 1 / (1 + r) > 0`` of ``sum_t v_t y^t``
    through the eigenvalues of a companion matrix (about 5 ms for 100 years)
    and returns the rate closest to zero. By Descartes' rule of signs, a flow
    whose signs change once has exactly one such root and a flow whose signs
    never change has none; those two cases (most appraisals: invest, then
    gain) are solved exactly by bisection in well under a millisecond. Flows
    with several sign changes can have several IRRs and go to ``npf.irr``
    itself, so the choice among them is numpy-financial's.
    """
    values = np.asarray(net, dtype=float)
    signs = np.sign(values[values != 0])
    changes = int(np.count_nonzero(signs[1:] != signs[:-1]))
    if changes == 0:
        return None
    if changes == 1:
        return _single_irr(values)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        try:
            value = float(npf.irr(values))
        except (np.linalg.LinAlgError, ValueError):
            # Flows so extreme (subnormal or overflowing ratios) that the
            # companion matrix is not finite: no IRR can be computed.
            return None
    return None if math.isnan(value) else value


def _bisect_root(coefficients: FloatArray) -> float:
    """The root in (0, 1) of ``sum_t c_t x^t``, given opposite signs at 0+ and 1.

    Polynomial values are only taken on (0, 1], where no power overflows.
    """
    powers = np.polynomial.polynomial.polyval
    low, high = 0.0, 1.0
    nonzero = np.flatnonzero(coefficients)
    sign_low = np.sign(coefficients[nonzero[0]])  # sign just above 0
    for _ in range(2200):  # enough to reach any float in (0, 1) to the last bit
        mid = 0.5 * (low + high)
        if mid in (low, high):
            break
        value = powers(mid, coefficients)
        if value == 0:
            return mid
        if np.sign(value) == sign_low:
            low = mid
        else:
            high = mid
    return 0.5 * (low + high)


def _single_irr(values: FloatArray) -> float:
    """The one IRR of a flow whose signs change exactly once."""
    at_zero_rate = float(values.sum())  # the polynomial at y = 1, i.e. r = 0
    if at_zero_rate == 0:
        return 0.0
    first = np.sign(values[np.flatnonzero(values)[0]])
    if np.sign(at_zero_rate) != first:
        # Sign changes between y = 0 and y = 1: the root is a positive rate.
        y = _bisect_root(values)
        return 1.0 / y - 1.0
    # Otherwise the root lies at y > 1 (a negative rate): with z = 1 / y the
    # reversed polynomial has its root in (0, 1), and r = 1 / y - 1 = z - 1.
    z = _bisect_root(values[::-1].copy())
    return z - 1.0


def payback_years(discounted_net: FloatArray) -> float | None:
    """Discounted payback with linear interpolation in the year of the last crossing.

    ``k`` is the last year with a negative cumulative value: none gives 0,
    ``k = horizon`` gives None (not paid back), otherwise
    ``k + (-cum_k) / (cum_(k+1) - cum_k)``.
    """
    cumulative = np.cumsum(discounted_net)
    negative = np.flatnonzero(cumulative < 0)
    if negative.size == 0:
        return 0.0
    k = int(negative[-1])
    if k == cumulative.size - 1:
        return None
    return k + float(-cumulative[k]) / float(cumulative[k + 1] - cumulative[k])
