"""The internal rate of return of an incremental net flow (contract section 6).

The IRR is a rate ``r > -1`` at which the present value of the net flows
``v_t`` is zero: a root ``y = 1 / (1 + r) > 0`` of ``p(y) = sum_t v_t y^t``.
The contract accepts a candidate only when ``|p(y)| <= 1e-6 * sum_t |v_t|``
(a solver's answer that fails this is no IRR), and where several exist it
reports the one closest to zero and says that there are several.

How the roots are found, without eigenvalues (numpy-financial's ``irr``
takes those of the companion matrix: O(h^3), seconds at a 1,000-year
horizon), in time linear in the horizon:

- No sign change in the flows: no root (Descartes' rule of signs).
- One sign change (most appraisals: invest, then gain): exactly one root,
  bracketed on a grid of rates and bisected to the last bit.
- Several sign changes: ``p`` and its slope are evaluated on a grid of
  rates from just above -100% to the largest float (dense near zero,
  geometric towards both ends; one vectorised Horner pass, skipping rates
  where ``y^h`` overflows). Every sign change of the slope brackets a
  turning point of ``p``, refined to the last bit. Between two consecutive
  turning points ``p`` is monotone, so it has at most one root there: with
  the turning points added to the grid, every sign change of ``p`` brackets
  exactly one root, which is refined. A turning point with no sign change on
  either side, where the PV passes the residual test, is a root where the NPV
  only touches zero (within the contract's tolerance, as numpy-financial's
  eigenvalues find it). Two turning points closer together than the grid's
  step (0.05 percentage points near zero, 1% of 1 + r up to r = 100), where the slope itself only
  touches zero, could hide a pair of roots.

Every root then passes the contract's residual test or is dropped. The test
computes the PV as numpy-financial's ``npv`` does (``npf_npv``). Towards -100%
the terms of that sum are so large that its rounding decides the test: a
bracketed root can fail it where the float numpy-financial's eigenvalues give
passes. So when the test refuses a root of a flow of up to ``EIGEN_UP_TO``
values, the eigenvalue roots are tried too (rare: a root below about -50% with
flows of millions), and the result is numpy-financial's wherever its root is an
IRR by the test.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from numpy.typing import NDArray

FloatArray = NDArray[np.float64]

#: Relative tolerance of the residual test (contract section 6).
RESIDUAL_TOLERANCE = 1e-6
#: Flows up to this many years (and year 0) whose bracketed root the residual test
#: refused are also given numpy-financial's eigenvalue roots (``_eigen_roots``): about a
#: millisecond at this size, seconds at a thousand years.
EIGEN_UP_TO = 201


@dataclass(frozen=True)
class IrrResult:
    """Every IRR of a flow (ascending) and the one reported: closest to zero."""

    rates: tuple[float, ...]

    @property
    def value(self) -> float | None:
        return min(self.rates, key=lambda r: (abs(r), r)) if self.rates else None

    @property
    def several(self) -> bool:
        return len(self.rates) > 1


def _grid() -> FloatArray:
    """Rates from just above -100% to the largest float: fine near 0, geometric to both ends."""
    near_minus_one = -1.0 + np.geomspace(1e-15, 0.5, 300)
    middle = np.linspace(-0.5, 1.0, 3001)
    high = np.concatenate([np.geomspace(1.0, 100.0, 470), np.geomspace(100.0, 1e6, 200)])
    beyond = np.geomspace(1e6, 1e308, 300)
    ends = [np.nextafter(-1.0, 0.0), np.finfo(float).max]
    rates = np.sort(np.concatenate([near_minus_one, middle, high, beyond, ends]))
    # Sorted and deduplicated by hand: ``np.unique`` imports ``numpy.ma`` (7 ms of every
    # start of the command line, issue 17).
    first: NDArray[np.bool_] = np.concatenate([[True], rates[1:] != rates[:-1]])
    return rates[first]


_RATES = _grid()
_Y = 1.0 / (1.0 + _RATES)
_LOG_Y = np.log(_Y)


# Overflow and 0 * inf are expected on the way (rates near -100% and beyond 1e300):
# the public functions ignore numpy's warnings once, around all of the work.


def _pv_and_slope(
    values: FloatArray, y: FloatArray, slope: bool
) -> tuple[FloatArray, FloatArray | None]:
    """``p`` (and ``dp/dy`` when asked) at every ``y``: Horner."""
    total = np.zeros_like(y)
    derivative = np.zeros_like(y) if slope else None
    for v in values[::-1]:
        if derivative is not None:
            derivative *= y
            derivative += total
        total *= y
        total += v
    return total, derivative


def _padded(flows: list[FloatArray]) -> FloatArray:
    """The flows as rows of one matrix, padded with zeros at the end.

    Horner starts from a flow's last value, so the padding only keeps the
    running total at zero until the flow's own values begin: every value is
    the one ``_pv_and_slope`` gives for that flow alone.
    """
    padded = np.zeros((len(flows), max(v.size for v in flows)))
    for row, values in zip(padded, flows, strict=True):
        row[: values.size] = values
    return padded


def _horner(padded: FloatArray, y: FloatArray) -> FloatArray:
    """``p`` of each row of ``padded`` at ``y`` (one row of points for all, or one per flow)."""
    total = np.zeros((padded.shape[0], y.shape[-1]))
    for k in range(padded.shape[1] - 1, -1, -1):
        total *= y
        total += padded[:, k : k + 1]
    return total


def _grid_pvs(flows: list[FloatArray]) -> FloatArray:
    """``p`` of each flow at every rate of the grid, ``(len(flows), grid)``: one Horner pass."""
    return _horner(_padded(flows), _Y)


#: The one-sign-change scan evaluates ``p`` at every this many rates of the grid first.
_COARSE = 32
#: ... when there are at least this many such flows (else the whole grid in one pass).
_SCAN_FROM = 3
_COARSE_AT = np.r_[np.arange(0, _RATES.size - 1, _COARSE), _RATES.size - 1]
#: The interval of coarse rates ``[_COARSE_AT[j], _COARSE_AT[j + 1]]`` of each rate.
_INTERVAL = np.minimum(
    np.searchsorted(_COARSE_AT, np.arange(_RATES.size), side="right") - 1, _COARSE_AT.size - 2
)


def _single_change_pvs(flows: list[FloatArray]) -> FloatArray:
    """``p`` of flows with one sign change at every rate of the grid, or its sign where certain.

    The grid's sign changes are all that ``_roots`` reads of these values,
    and they are the ones a full Horner pass gives (``_grid_pvs``), with
    about a tenth of the evaluations. Why: write ``p = s (A - B)``, ``A``
    the terms before the sign change and ``B`` those after (positive
    coefficients); ``B / A`` grows with ``y``, so the rates where rounding
    can flip the computed sign, ``|p| <= e`` with Horner's error bound
    ``e = gamma_2n sum |v_t| y^t`` (Higham, Accuracy and Stability, 5.1),
    form one interval around the root. A coarse rate where
    ``|p| > 2 e`` (computed with room to spare) lies outside it and has its
    true sign; two such neighbours with one sign enclose no rate of that
    interval, so every rate between them has that sign too, exactly as
    computed. Everywhere else (near the root, where the sum of the terms
    nears overflow) ``p`` is evaluated at every rate, as before.
    """
    padded = _padded(flows)
    n = np.array([v.size for v in flows], dtype=float)[:, None]
    # ``p`` and the bound's ``sum |v_t| y^t`` in one Horner pass (the same values, per row).
    both = _horner(np.concatenate([padded, np.abs(padded)]), _Y[_COARSE_AT])
    coarse, magnitude = both[: len(flows)], both[len(flows) :]
    eps = float(np.finfo(float).eps)
    # Horner's bound with gamma_2n <= 2 (2n + 2) u, doubled for the rounding of ``magnitude``
    # itself, plus room for underflow at the tiniest y.
    bound = 4.0 * (2.0 * n + 2.0) * eps * magnitude + n * 1e-300
    certain = (magnitude < 1e300) & (np.abs(coarse) > 2.0 * bound)
    sign = np.sign(coarse)
    settled = certain[:, :-1] & certain[:, 1:] & (sign[:, :-1] == sign[:, 1:])
    result = np.where(settled[:, _INTERVAL], sign[:, _INTERVAL], np.nan)
    result[:, _COARSE_AT] = coarse
    usable = _LOG_Y[None, :] * (n - 1.0) < 700.0
    todo = [np.flatnonzero(row) for row in np.isnan(result) & usable]
    widest = max(t.size for t in todo)
    if widest:
        at = np.zeros((len(flows), widest), dtype=np.intp)
        for row, indices in zip(at, todo, strict=True):
            row[: indices.size] = indices
            row[indices.size :] = indices[-1] if indices.size else 0
        values = _horner(padded, _Y[at])
        for row, indices, computed in zip(result, todo, values, strict=True):
            row[indices] = computed[: indices.size]
    return result


@lru_cache(maxsize=32)
def _exponents(n: int) -> NDArray[np.int64]:
    exponents = np.arange(n)
    exponents.setflags(write=False)
    return exponents


def _powers(rate: float, n: int) -> FloatArray:
    powers: FloatArray = (1.0 / (1.0 + np.float64(rate))) ** _exponents(n)
    return powers


def _trimmed(values: FloatArray) -> FloatArray:
    """``np.trim_zeros(values, "f")`` (the leading zeros dropped), without its overhead."""
    nonzero = np.flatnonzero(values)
    return values[nonzero[0] :] if nonzero.size else values[:0]


def _pv_at(values: FloatArray, rate: float) -> float:
    return float(values @ _powers(rate, values.size))


def _slope_at(values: FloatArray, rate: float) -> float:
    """``dp/dy`` at ``y = 1 / (1 + rate)``: zero exactly where the PV turns."""
    weights = values[1:] * np.arange(1, values.size)
    return float(weights @ _powers(rate, values.size - 1))


def _bracketed_root(function: Callable[[float], float], low: float, high: float) -> float:
    """A rate in [low, high] where ``function`` changes sign, to the last bit (NaN if it is
    not finite there).

    Regula falsi with the Illinois modification (superlinear: about a dozen
    evaluations instead of the fifty of plain bisection), and a bisection step
    whenever two steps have not halved the bracket, so it is never much slower
    than bisection.
    """
    f_low, f_high = function(low), function(high)
    if f_low == 0:
        return low
    if f_high == 0:
        return high
    if not (math.isfinite(f_low) and math.isfinite(f_high)):
        return math.nan
    if math.copysign(1.0, f_low) == math.copysign(1.0, f_high):
        # The grid's Horner pass saw a sign change that this evaluation does not: one
        # end is a root to within rounding.
        return low if abs(f_low) <= abs(f_high) else high
    w_low, w_high = f_low, f_high  # the secant's weights (Illinois halves a kept end's)
    kept = ""
    width = high - low
    for step in range(2200):
        if step % 3 == 2 and high - low > 0.5 * width:
            mid = 0.5 * (low + high)
        else:
            mid = (low * w_high - high * w_low) / (w_high - w_low)
            if not low < mid < high:
                mid = 0.5 * (low + high)
        if step % 3 == 2:
            width = high - low
        if mid in (low, high):
            break
        value = function(mid)
        if value == 0:
            return mid
        if not math.isfinite(value):
            return math.nan
        if math.copysign(1.0, value) == math.copysign(1.0, f_low):
            low, f_low, w_low = mid, value, value
            if kept == "high":
                w_high *= 0.5
            kept = "high"
        else:
            high, f_high, w_high = mid, value, value
            if kept == "low":
                w_low *= 0.5
            kept = "low"
    return low if abs(f_low) <= abs(f_high) else high


def _changes(values: FloatArray) -> NDArray[np.intp]:
    """Indices ``i`` where ``values[i]`` and ``values[i + 1]`` have opposite signs."""
    signs = np.sign(values)
    return np.flatnonzero(signs[:-1] * signs[1:] < 0)


@lru_cache(maxsize=64)
def _usable(n: int) -> tuple[NDArray[np.bool_], FloatArray, FloatArray]:
    """The rates of the grid where ``y^(n - 1)`` does not overflow (the others give no
    finite PV for a flow of ``n`` values: not worth a Horner pass), and their ``y``."""
    usable = _LOG_Y * (n - 1) < 700.0
    arrays = (usable, _RATES[usable], _Y[usable])
    for array in arrays:
        array.setflags(write=False)
    return arrays


def _roots(
    values: FloatArray,
    several: bool,
    zero: Callable[[float], bool],
    grid_pv: FloatArray | None = None,
) -> list[float]:
    """Candidate roots (rates) of ``p``: where it crosses zero, and with ``several`` also
    the turning points where it only touches zero (``zero(rate)``: the residual test).

    ``grid_pv``: ``p`` at every rate of the grid when already known (``_grid_pvs``).
    """
    usable, usable_rates, usable_y = _usable(values.size)
    if grid_pv is not None and not several:
        pv, slope = grid_pv[usable], None
    else:
        pv, slope = _pv_and_slope(values, usable_y, slope=several)
    finite = np.isfinite(pv) if slope is None else np.isfinite(pv) & np.isfinite(slope)
    rates, pv = usable_rates[finite], pv[finite]
    turning = np.zeros(rates.size, dtype=bool)
    if slope is not None:
        slope = slope[finite]
        turns = [
            _bracketed_root(lambda r: _slope_at(values, r), float(rates[i]), float(rates[i + 1]))
            for i in _changes(slope)
        ]
        turns = [t for t in turns if math.isfinite(t)]
        if turns:
            rates = np.concatenate([rates, turns])
            pv = np.concatenate([pv, [_pv_at(values, t) for t in turns]])
            turning = np.concatenate([turning, np.ones(len(turns), dtype=bool)])
            order = np.argsort(rates, kind="stable")
            rates, pv, turning = rates[order], pv[order], turning[order]
    roots = [float(r) for r in rates[pv == 0]]
    for i in _changes(pv):
        root = _bracketed_root(lambda r: _pv_at(values, r), float(rates[i]), float(rates[i + 1]))
        if math.isfinite(root):
            roots.append(root)
    # A turning point where the PV is zero to within the contract's tolerance and crosses
    # zero on neither side (p is monotone up to the neighbouring turning points, so it has
    # their sign there): a root where the NPV only touches zero ([-1, 2, -1] at 0%).
    ends = np.flatnonzero(turning)
    signs = np.sign(pv[np.concatenate([[0], ends, [pv.size - 1]])])
    for j, k in enumerate(ends, start=1):
        if signs[j - 1] == signs[j] == signs[j + 1] != 0 and zero(float(rates[k])):
            roots.append(float(rates[k]))
    return roots


def npf_npv(values: FloatArray, rate: float) -> float:
    """The PV at ``rate`` computed as numpy-financial's ``npv`` computes it (the contract
    names numpy-financial): each value divided by ``(1 + rate)^t``, then summed."""
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        return float((values / (1.0 + rate) ** _exponents(values.size)).sum(axis=0))


def _valid(values: FloatArray, rate: float, scale: float) -> bool:
    """The contract's residual test: the PV at ``rate`` is zero to within ``1e-6`` of the flows.

    Taken to the letter, with the PV as numpy-financial computes it (``npf_npv``):
    towards -100% the terms ``v_t / (1 + r)^t`` can grow so large that the rounding of
    their sum decides the test, so the same sum as numpy-financial's must decide it.
    """
    if not (math.isfinite(rate) and rate > -1.0):
        return False
    residual = npf_npv(values, rate)
    return math.isfinite(residual) and abs(residual) <= RESIDUAL_TOLERANCE * scale


def _eigen_roots(values: FloatArray) -> list[float]:
    """The real roots numpy-financial's ``irr`` considers (the companion matrix's
    eigenvalues, O(h^3)), as rates. Only for a flow where a root was found but refused
    by the residual test: towards -100% the test is decided by the rounding of huge
    terms, and the eigenvalues' root can be the one float that passes it."""
    try:
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            found = np.roots(values[::-1])
    except np.linalg.LinAlgError:
        return []
    real = found[(found.imag == 0) & (found.real > 0)].real
    with np.errstate(over="ignore", divide="ignore"):
        return [float(r) for r in 1.0 / real - 1.0]


def _prepared(net: FloatArray) -> tuple[FloatArray, int, float]:
    """The flow as floats, its number of sign changes and the residual test's scale."""
    values = np.asarray(net, dtype=float)
    if not np.all(np.isfinite(values)):
        return values, 0, 0.0
    signs = np.sign(values[values != 0])
    changes = int(np.count_nonzero(signs[1:] != signs[:-1]))
    return values, changes, float(np.abs(values).sum())


def _result(
    values: FloatArray, changes: int, scale: float, grid_pv: FloatArray | None = None
) -> IrrResult:
    if changes == 0:
        return IrrResult(())
    # Leading zeros are a factor y^k: a root at y = 0 only (an infinite rate), and the
    # reason the PV underflows to exactly zero at huge rates. The other roots are the same.
    candidates = _roots(
        _trimmed(values),
        changes > 1,
        lambda rate: _valid(values, rate, scale),
        grid_pv,
    )
    valid = sorted(r for r in candidates if _valid(values, r, scale))
    if len(valid) < len(candidates) and values.size <= EIGEN_UP_TO:
        valid = sorted({*valid, *(r for r in _eigen_roots(values) if _valid(values, r, scale))})
    unique: list[float] = []
    for r in valid:
        if not unique or abs(r - unique[-1]) > 1e-9 * max(1.0, abs(r)):
            unique.append(r)
    return IrrResult(tuple(unique))


def irr_result(net: FloatArray) -> IrrResult:
    """Every IRR of the net flows that passes the contract's residual test."""
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        return _result(*_prepared(net))


def irr_results(nets: Sequence[FloatArray]) -> list[IrrResult]:
    """``irr_result`` of each flow, the same numbers, quicker for many flows.

    The grid of rates is scanned for all the flows with one sign change
    (most appraisals) at once: at a fraction of the rates when there are
    several (``_single_change_pvs``), else at all of them (``_grid_pvs``).
    For 19 variants over 100 years the scan was a third of the engine's IRR
    time, and most of the rest went to one Horner pass per variant.
    """
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        prepared = [_prepared(net) for net in nets]
        single = [i for i, (_, changes, _) in enumerate(prepared) if changes == 1]
        grid: dict[int, FloatArray] = {}
        if single:
            trimmed = [_trimmed(prepared[i][0]) for i in single]
            # The scan's extra passes pay for themselves from about three flows on.
            scan = _single_change_pvs if len(single) >= _SCAN_FROM else _grid_pvs
            grid = dict(zip(single, scan(trimmed), strict=True))
        return [_result(*p, grid.get(i)) for i, p in enumerate(prepared)]
