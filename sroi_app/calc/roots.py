"""Real roots of a polynomial where it crosses zero, found robustly.

Used for the switching values of the discount rate (the NPV is a polynomial in
``1 / (1 + r)``) and of drop-off (a polynomial in ``1 - drop_off``).

On either side of zero, Descartes' rule of signs bounds the number of roots
by the sign changes of the coefficients. With at most one change (the usual
case: invest, then gain; or an effect whose yearly values all have one sign)
there is at most one root there, found by bisection on ``(0, 1]`` or, for
roots above 1, on the reversed polynomial: milliseconds even for a horizon of
hundreds of years. With more changes, the companion-matrix eigenvalues give
every candidate (about a second for a polynomial of degree 400), and each
real one is bracketed by a sign change and bisected to the last bit. Either
way a returned root makes the polynomial change sign within one
floating-point step; roots where the polynomial only touches zero are not
returned: the NPV does not cross zero there.
"""

from __future__ import annotations

import math
import warnings

import numpy as np
from numpy.polynomial import polynomial as poly
from numpy.typing import NDArray

FloatArray = NDArray[np.float64]


def _sign(coefficients: FloatArray, x: float) -> float:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        value = float(poly.polyval(x, coefficients))
    return math.copysign(1.0, value) if value != 0 and math.isfinite(value) else value


def _bisect(coefficients: FloatArray, low: float, high: float) -> float:
    """A root in [low, high], where the polynomial has opposite signs at the ends."""
    sign_low = _sign(coefficients, low)
    for _ in range(2200):
        mid = 0.5 * (low + high)
        if mid in (low, high):
            break
        sign = _sign(coefficients, mid)
        if sign == 0:
            return mid
        if sign == sign_low:
            low = mid
        else:
            high = mid
    return 0.5 * (low + high)


def _polish(coefficients: FloatArray, guess: float) -> float | None:
    """The crossing near ``guess``, or None when the polynomial does not change sign there."""
    if _sign(coefficients, guess) == 0:
        return guess
    scale = max(1.0, abs(guess))
    step = 1e-13 * scale
    while step <= 1e-2 * scale:
        low, high = guess - step, guess + step
        s_low, s_high = _sign(coefficients, low), _sign(coefficients, high)
        if s_low == 0:
            return low
        if s_high == 0:
            return high
        if s_low != s_high and not math.isnan(s_low) and not math.isnan(s_high):
            return _bisect(coefficients, low, high)
        step *= 4.0
    return None


def real_crossings(coefficients: FloatArray) -> list[float]:
    """Real ``x`` where ``sum_k c_k x^k`` crosses zero (coefficients in ascending order)."""
    c = np.trim_zeros(np.asarray(coefficients, dtype=float), "b")
    if c.size <= 1:
        return []  # a constant: zero everywhere or nowhere, it never crosses
    low_order = int(np.flatnonzero(c)[0])
    roots: list[float] = [0.0] if low_order % 2 == 1 else []  # x^odd factor crosses at 0
    reduced = c[low_order:]
    if reduced.size > 1:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            candidates = poly.polyroots(reduced)
        for z in candidates:
            if not np.isfinite(z):
                continue
            tolerance = 1e-6 * max(1.0, abs(z))
            if abs(z.imag) > tolerance:
                continue
            root = _polish(c, float(z.real))
            if root is not None and root != 0.0:
                roots.append(root)
    roots.sort()
    unique: list[float] = []
    for r in roots:
        if not unique or abs(r - unique[-1]) > 1e-12 * max(1.0, abs(r)):
            unique.append(r)
    return unique


def _sign_changes(coefficients: FloatArray) -> int:
    signs = np.sign(coefficients[coefficients != 0])
    return int(np.count_nonzero(signs[1:] != signs[:-1]))


def _single_positive_root(c: FloatArray) -> float:
    """The one positive root of a polynomial whose coefficients change sign once."""
    at_one = _sign(c, 1.0)
    if at_one == 0:
        return 1.0
    near_zero = math.copysign(1.0, float(c[np.flatnonzero(c)[0]]))
    if at_one != near_zero:
        return _bisect(c, 0.0, 1.0)
    # The root lies above 1: x = 1 / w with w the root in (0, 1) of the reversed polynomial.
    return 1.0 / _bisect(c[::-1].copy(), 0.0, 1.0)


def positive_crossings(coefficients: FloatArray) -> list[float]:
    """Real ``x > 0`` where ``sum_k c_k x^k`` crosses zero."""
    # Leading zero coefficients are a factor x^k: they add a root at 0 only,
    # which is not positive (and would make a bisection from 0 stop there).
    c = np.trim_zeros(np.asarray(coefficients, dtype=float), "fb")
    changes = _sign_changes(c)
    if changes == 0:
        return []
    if changes == 1:
        return [_single_positive_root(c)]
    return [x for x in real_crossings(c) if x > 0]


def negative_crossings(coefficients: FloatArray) -> list[float]:
    """Real ``x < 0`` where ``sum_k c_k x^k`` crosses zero."""
    c = np.asarray(coefficients, dtype=float).copy()
    c[1::2] *= -1.0  # p(-w) as a polynomial in w
    return sorted(-w for w in positive_crossings(c))
