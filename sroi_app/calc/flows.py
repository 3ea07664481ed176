"""Yearly cost and effect flows, vectorised over items (and over draws).

Every function takes parameter arrays that broadcast against the year axis
``t`` (the last axis), so the same code computes one scenario (parameters of
shape ``(n, 1)``) or many Monte Carlo draws (shape ``(draws, n, 1)``).
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
from numpy.typing import ArrayLike, NDArray

from sroi_app.domain.corrections import retained

FloatArray = NDArray[np.float64]


def cost_flows(
    amount: ArrayLike,
    optimism_bias: ArrayLike,
    price_factor: ArrayLike,
    first_year: ArrayLike,
    last_year: ArrayLike,
    every_years: ArrayLike,
    t: NDArray[np.int64],
) -> FloatArray:
    """Cost per year: ``amount * (1 + optimism_bias) * CPI factor`` in each occurrence year.

    Occurrences are ``first_year + k * every_years`` up to ``last_year`` (the
    year axis itself stops at the horizon).
    """
    first = np.asarray(first_year)
    since = t - first
    occurs = (since >= 0) & (t <= np.asarray(last_year)) & (since % np.asarray(every_years) == 0)
    per_occurrence = np.asarray(amount, dtype=float) * (
        1.0 + np.asarray(optimism_bias, dtype=float)
    )
    per_occurrence = per_occurrence * np.asarray(price_factor, dtype=float)
    return np.where(occurs, per_occurrence, 0.0)


def effect_flows(
    quantity: ArrayLike,
    proxy_value: ArrayLike,
    price_factor: ArrayLike,
    shares: Mapping[str, ArrayLike],
    drop_off: ArrayLike,
    first_year: ArrayLike,
    duration_years: ArrayLike,
    ramp_up_years: ArrayLike,
    t: NDArray[np.int64],
) -> FloatArray:
    """Monetised value per year of effects, per the contract's section 4.

    ``quantity * value * index * prod(1 - share) * (1 - do)^(t - first) * ramp_t``
    for ``first <= t <= first + duration - 1``, else 0. ``shares`` holds the
    share corrections of ``domain.corrections`` (deadweight, displacement,
    attribution) by field.
    """
    first = np.asarray(first_year)
    since = t - first
    active = (since >= 0) & (since < np.asarray(duration_years))
    base = (
        np.asarray(quantity, dtype=float)
        * np.asarray(proxy_value, dtype=float)
        * np.asarray(price_factor, dtype=float)
        * retained(shares)
    )
    # Only active years need the decay; clamping keeps 0 ** negative out of the way.
    elapsed = np.maximum(since, 0)
    decay = (1.0 - np.asarray(drop_off, dtype=float)) ** elapsed
    ramp_years = np.asarray(ramp_up_years)
    ramp = np.where(ramp_years > 0, np.minimum(1.0, (elapsed + 1) / np.maximum(ramp_years, 1)), 1.0)
    return np.where(active, base * decay * ramp, 0.0)


def _windows(table: FloatArray, first: NDArray[np.int64], rows: NDArray[np.int64]) -> FloatArray:
    """Row ``rows[i]`` of ``table`` shifted right by ``first[i]`` years: ``(len(rows), years)``.

    ``table[r, j]`` is the value in the ``j``-th year since an item's first
    year; the years before it read 1.0 (they are zero in the matrix anyway).
    One copy of a window per item from a padded table, no index arithmetic
    per cell.
    """
    years = table.shape[1]
    padded = np.ones((table.shape[0], 2 * years))
    padded[:, years:] = table
    windows = np.lib.stride_tricks.sliding_window_view(padded, years, axis=1)
    result: FloatArray = windows[rows, years - first]
    return result


#: Ramp-ups up to this many years are applied year by year to the cells they change.
_SHORT_RAMP = 16


def _ramp(
    out: FloatArray,
    first: NDArray[np.int64],
    ramp_years: NDArray[np.int64],
    rows: NDArray[np.int64],
) -> None:
    """Multiply ``rows`` of ``out`` by their ramp-up factor ``min(1, (j + 1) / R)`` in place.

    The factor is exactly 1 from the ``R``-th year on, so a short ramp-up
    changes only the first ``R - 1`` cells of a row: one small step per year
    of the longest ramp-up instead of a pass over every cell.
    """
    years = out.shape[1]
    ramp = ramp_years[rows]
    longest = int(ramp.max())
    if longest > _SHORT_RAMP:
        kinds, which = np.unique(ramp, return_inverse=True)
        table = np.minimum(1.0, (np.arange(years) + 1) / kinds[:, None])
        out[rows] *= _windows(table, first[rows], which)
        return
    for j in range(min(longest - 1, years)):
        ramping = ramp > j + 1
        cells = rows[ramping]
        column = first[cells] + j
        inside = column < years
        cells, column = cells[inside], column[inside]
        # ``(j + 1) / R`` as ``effect_flows`` computes it: int64 over int64.
        out[cells, column] *= (j + 1) / ramp_years[cells]


def _active(
    base: FloatArray, first_year: NDArray[np.int64], duration_years: NDArray[np.int64], years: int
) -> FloatArray:
    """``np.where(active, base[:, None], 0.0)`` with ``active`` the years ``first <= t <
    first + duration`` of each row: each row is 0.0 before its first year, ``base`` while
    active, 0.0 after, written in one ``np.repeat`` of three values per row (a quarter of
    the time of the masks and ``where``; the same values, copied)."""
    start = np.clip(first_year, 0, years)
    end = np.clip(first_year + duration_years, start, years)
    counts = np.empty((base.size, 3), dtype=np.intp)
    counts[:, 0] = start
    counts[:, 1] = end - start
    counts[:, 2] = years - end
    values = np.zeros((base.size, 3))
    values[:, 1] = base
    out: FloatArray = np.repeat(values.ravel(), counts.ravel()).reshape(base.size, years)
    return out


def effect_matrix(
    base: FloatArray,
    drop_off: FloatArray,
    first_year: NDArray[np.int64],
    duration_years: NDArray[np.int64],
    ramp_up_years: NDArray[np.int64],
    years: int,
) -> FloatArray:
    """``effect_flows`` of one scenario's effects (``(n,)`` arrays, years ``0..years - 1``).

    ``base`` is ``quantity * proxy_value * price_factor * retained(shares)``
    (in that order). The numbers are those of ``effect_flows``, to the bit
    (``tests/test_flows_fast.py``), built with fewer passes over the matrix:
    the base value in each active year, then ``* decay`` only on the rows
    with a drop-off and ``* ramp`` only on the cells of a ramp-up (elsewhere
    both are exactly 1). The decay comes from a table of ``(1 - d) ** j``
    per distinct drop-off (computed as ``effect_flows`` does), shifted to
    each row's first year, instead of a power per cell.
    """
    t = np.arange(years)
    out = _active(base, first_year, duration_years, years)
    # Rows whose first year is past the horizon have no active year to scale.
    starts = first_year < years
    keep = 1.0 - drop_off
    decaying = np.flatnonzero((keep != 1.0) & starts)
    if decaying.size:
        kinds, which = np.unique(keep[decaying], return_inverse=True)
        decay = _windows(kinds[:, None] ** t, first_year[decaying], which)
        decay *= out[decaying]
        out[decaying] = decay
    ramping = np.flatnonzero((ramp_up_years > 1) & starts)
    if ramping.size:
        _ramp(out, first_year, ramp_up_years, ramping)
    return out
