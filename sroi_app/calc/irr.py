"""The internal rate of return of an incremental net flow (contract section 6).

The IRR is a rate ``r > -1`` at which the present value of the net flows
``v_t`` is zero: a root ``y = 1 / (1 + r) > 0`` of ``p(y) = sum_t v_t y^t``.
The contract accepts a candidate only when ``|p(y)| <= 1e-6 * sum_t |v_t|``
(a solver's answer that fails this is no IRR), and where several exist it
reports the one closest to zero and says that there are several.

How the candidates are found:

- No sign change in the flows: no root (Descartes' rule of signs).
- One sign change (most appraisals: invest, then gain): exactly one root,
  found by bisection to the last bit in well under a millisecond.
- Several sign changes: ``p`` is evaluated on a dense grid of rates from
  just above -100% to +10^6 (vectorised, linear in the horizon), every sign
  change is bisected to the last bit, and for horizons up to
  ``EIGEN_MAX_DEGREE`` years the companion-matrix eigenvalues (what
  numpy-financial's ``irr`` uses) add roots where ``p`` only touches zero
  and roots closer together than the grid. Beyond that horizon the
  eigenvalues cost seconds (O(h^3)) and the grid alone decides.

Every candidate then passes the contract's residual test or is dropped.
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass

import numpy as np
from numpy.polynomial import polynomial as poly
from numpy.typing import NDArray

FloatArray = NDArray[np.float64]

#: Relative tolerance of the residual test (contract section 6).
RESIDUAL_TOLERANCE = 1e-6
#: Longest flow whose candidates also come from the companion-matrix eigenvalues.
EIGEN_MAX_DEGREE = 300


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
    """Rates from just above -100% to 10^6: fine near 0, geometric towards both ends."""
    near_minus_one = -1.0 + np.geomspace(1e-9, 0.5, 200)
    middle = np.linspace(-0.5, 1.0, 3001)
    high = np.geomspace(1.0, 1e6, 400)
    return np.unique(np.concatenate([near_minus_one, middle, high]))


_RATES = _grid()


def _pv(values: FloatArray, rates: FloatArray) -> FloatArray:
    """Present value of ``values`` at each rate (Horner in ``y = 1 / (1 + r)``)."""
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        y = 1.0 / (1.0 + rates)
        total = np.zeros_like(y)
        for v in values[::-1]:
            total = total * y + v
    return total


def _pv_at(values: FloatArray, rate: float) -> float:
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        powers = (1.0 / (1.0 + np.float64(rate))) ** np.arange(values.size)
        return float(values @ powers)


def _bisect(values: FloatArray, low: float, high: float) -> float:
    """A rate in [low, high] where the present value changes sign."""
    sign_low = math.copysign(1.0, _pv_at(values, low))
    for _ in range(2200):
        mid = 0.5 * (low + high)
        if mid in (low, high):
            break
        value = _pv_at(values, mid)
        if value == 0:
            return mid
        if not math.isfinite(value):
            return math.nan
        if math.copysign(1.0, value) == sign_low:
            low = mid
        else:
            high = mid
    return 0.5 * (low + high)


def _grid_roots(values: FloatArray) -> list[float]:
    pv = _pv(values, _RATES)
    roots = [float(r) for r, p in zip(_RATES, pv, strict=True) if p == 0]
    finite = np.isfinite(pv)
    signs = np.sign(pv)
    change = np.flatnonzero(finite[:-1] & finite[1:] & (signs[:-1] * signs[1:] < 0))
    for i in change:
        root = _bisect(values, float(_RATES[i]), float(_RATES[i + 1]))
        if math.isfinite(root):
            roots.append(root)
    return roots


def _eigen_roots(values: FloatArray) -> list[float]:
    """Real positive roots ``y`` of ``p`` as rates, from the companion matrix."""
    c = np.trim_zeros(values, "b")
    low_order = int(np.flatnonzero(c)[0]) if np.any(c) else 0
    c = c[low_order:]
    if c.size <= 1:
        return []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        try:
            candidates = poly.polyroots(c)
        except (np.linalg.LinAlgError, ValueError):
            return []
    rates = []
    for z in candidates:
        if not np.isfinite(z) or abs(z.imag) > 1e-6 * max(1.0, abs(z)) or z.real <= 0:
            continue
        rates.append(1.0 / float(z.real) - 1.0)
    return rates


def _single_root(values: FloatArray) -> list[float]:
    """The one root of a flow whose signs change once, bracketed on the grid or beyond."""
    roots = _grid_roots(values)
    if roots:
        return roots[:1]
    # Outside the grid: above 10^6 or within 1e-9 of -100%.
    just_above_minus_one = float(np.nextafter(-1.0, 0.0))
    for low, high in ((float(_RATES[-1]), 1e300), (just_above_minus_one, float(_RATES[0]))):
        a, b = _pv_at(values, low), _pv_at(values, high)
        if math.isfinite(a) and math.isfinite(b) and a * b < 0:
            return [_bisect(values, low, high)]
    return []


def _valid(values: FloatArray, rate: float, scale: float) -> bool:
    if not (math.isfinite(rate) and rate > -1.0):
        return False
    residual = _pv_at(values, rate)
    return math.isfinite(residual) and abs(residual) <= RESIDUAL_TOLERANCE * scale


def irr_result(net: FloatArray) -> IrrResult:
    """Every IRR of the net flows that passes the contract's residual test."""
    values = np.asarray(net, dtype=float)
    if not np.all(np.isfinite(values)):
        return IrrResult(())
    signs = np.sign(values[values != 0])
    changes = int(np.count_nonzero(signs[1:] != signs[:-1]))
    if changes == 0:
        return IrrResult(())
    if changes == 1:
        candidates = _single_root(values)
    else:
        candidates = _grid_roots(values)
        if values.size - 1 <= EIGEN_MAX_DEGREE:
            # Roots the grid cannot see (touching zero, or closer together than the
            # grid): those not already found, to the eigenvalues' precision.
            for rate in _eigen_roots(values):
                if all(abs(rate - r) > 1e-6 * max(1.0, abs(r)) for r in candidates):
                    candidates.append(rate)
    scale = float(np.abs(values).sum())
    valid = sorted(r for r in candidates if _valid(values, r, scale))
    unique: list[float] = []
    for r in valid:
        if not unique or abs(r - unique[-1]) > 1e-9 * max(1.0, abs(r)):
            unique.append(r)
    return IrrResult(tuple(unique))
