"""Present values of items whose timing differs per draw, without a year axis where possible.

With one discount rate ``r`` the discount factors are geometric,
``DF_t = v^t`` with ``v = 1 / (1 + r)``, and so are the flows of an item:

- an effect in year ``first + j`` (``j < n`` active years) is worth
  ``scale * z^j * ramp_j`` with ``z = 1 - drop_off``, so its PV is
  ``scale * v^first * (G(z v, n) - sum_(j < R-1) (1 - (j+1)/R) (z v)^j)``
  where ``G(q, n) = sum_(j<n) q^j`` and the short sum corrects the first
  ``R - 1`` years of a ramp-up over ``R`` years;
- a cost occurring ``M`` times every ``e`` years from ``first`` has PV
  ``scale * v^first * G(v^e, M)``.

``G`` is evaluated as ``expm1(n log q) / expm1(log q)``, which stays accurate
near ``q = 1`` where the textbook ``(1 - q^n) / (1 - q)`` cancels. These are
the sums of contract sections 2-4 rearranged, not approximations; the tests
compare them with the engine draw by draw. A step schedule of rates is not
geometric: ``effect_pv_by_year`` then sums over the years.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray

FloatArray = NDArray[np.float64]


def geometric_sum(q: FloatArray, n: NDArray[Any]) -> FloatArray:
    """``sum_(j<n) q^j`` for ``q >= 0`` and whole ``n >= 0`` (elementwise)."""
    q = np.asarray(q, dtype=float)
    n = np.asarray(n, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        log_q = np.log(q)
        total = np.expm1(n * log_q) / np.expm1(log_q)
    total = np.where(q == 1.0, n, total)
    result: FloatArray = np.where(n <= 0, 0.0, total)
    return result


def _ramp_correction(q: FloatArray, n: NDArray[Any], ramp_years: NDArray[Any]) -> FloatArray:
    """``sum_(j < min(n, R-1)) (1 - (j+1)/R) q^j``: what a ramp-up takes off the first years."""
    correction = np.zeros(np.broadcast(q, n, ramp_years).shape)
    longest = int(np.max(ramp_years, initial=0))
    power = np.ones_like(correction)
    for j in range(max(0, longest - 1)):
        weight = np.where(ramp_years > j + 1, 1.0 - (j + 1) / np.maximum(ramp_years, 1), 0.0)
        correction += np.where(j < n, weight * power, 0.0)
        power = power * q
    return correction


def active_years(first: NDArray[Any], duration: NDArray[Any], horizon: int) -> NDArray[Any]:
    """Years an effect is counted: from ``first`` for ``duration`` years, within the horizon."""
    result: NDArray[Any] = np.clip(np.minimum(duration, horizon + 1 - first), 0, None)
    return result


def effect_pv_geometric(
    scale: FloatArray,
    drop_off: FloatArray,
    first: NDArray[Any],
    duration: NDArray[Any],
    ramp_years: NDArray[Any],
    v: FloatArray | float,
    horizon: int,
) -> FloatArray:
    """PV of effects under one rate (``v = 1 / (1 + r)``, per row or scalar); shapes broadcast."""
    n = active_years(first, duration, horizon)
    q = (1.0 - drop_off) * v
    years = geometric_sum(q, n) - _ramp_correction(q, n, ramp_years)
    with np.errstate(over="ignore"):
        start = np.power(v, first)
    result: FloatArray = scale * start * years
    return result


def cost_pv_geometric(
    scale: FloatArray,
    first: NDArray[Any],
    last: NDArray[Any],
    every: NDArray[Any],
    v: FloatArray | float,
    horizon: int,
) -> FloatArray:
    """PV of recurring costs under one rate: ``M`` occurrences every ``every`` years."""
    end = np.minimum(last, horizon)
    occurrences = np.where(end >= first, (end - first) // every + 1, 0)
    with np.errstate(over="ignore"):
        start = np.power(v, first)
        step = np.power(v, every)
    result: FloatArray = scale * start * geometric_sum(step, occurrences)
    return result


def effect_pv_by_year(
    scale: FloatArray,
    drop_off: FloatArray,
    first: NDArray[Any],
    duration: NDArray[Any],
    ramp_years: NDArray[Any],
    df: FloatArray,
    horizon: int,
) -> FloatArray:
    """PV of effects summed over their active years, for any discount factors.

    ``df`` is ``(years,)`` or ``(rows, years)``; the other arrays are
    ``(rows, items)``. Counted in years since the start, ``j = t - first``,
    over as many years as the longest active span; the powers of
    ``1 - drop_off`` come from a running product.
    """
    first = first.astype(np.int64)
    n = active_years(first, duration, horizon)
    span = int(n.max(initial=0))
    rows, items = first.shape
    if span == 0:
        return np.zeros((rows, items))
    j = np.arange(span)
    powers = np.empty((rows, items, span))
    powers[...] = (1.0 - drop_off)[..., None]
    powers[..., 0] = 1.0
    np.cumprod(powers, axis=-1, out=powers)
    ramp = ramp_years[..., None]
    powers *= np.where(ramp > 0, np.minimum(1.0, (j + 1) / np.maximum(ramp, 1)), 1.0)
    year = np.minimum(first[..., None] + j, horizon)
    if df.ndim == 1:
        powers *= df[year]
    else:
        powers *= np.take_along_axis(df[:, None, :], year, axis=-1)
    powers[j >= n[..., None]] = 0.0
    result: FloatArray = scale * powers.sum(axis=-1)
    return result
