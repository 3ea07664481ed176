"""Discount factors: year 0 is the base year (DF_0 = 1), year 1 is discounted once.

``DF_t = DF_(t-1) / (1 + r_t)``; a constant rate gives ``(1 + r)^-t``, the
convention of Excel's NPV function and of the SROI guide.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from sroi_app.domain.models import RateStep

FloatArray = NDArray[np.float64]


def rates_by_year(rate: float | Sequence[RateStep], horizon: int) -> FloatArray:
    """The rate in force in each year ``t = 0..horizon``.

    For a step schedule it is the rate of the last step with ``from_year <= t``;
    years before the first step (only year 0 can be, by validation) take the
    first step's rate, which never enters a discount factor.
    """
    t = np.arange(horizon + 1)
    if isinstance(rate, int | float):
        return np.full(horizon + 1, float(rate))
    starts = np.array([s.from_year for s in rate])
    values = np.array([s.rate for s in rate], dtype=float)
    idx = np.searchsorted(starts, t, side="right") - 1
    return values[np.maximum(idx, 0)]


def discount_factors(rate: float | Sequence[RateStep], horizon: int) -> FloatArray:
    """``DF_t`` for ``t = 0..horizon``."""
    t = np.arange(horizon + 1, dtype=float)
    if isinstance(rate, int | float):
        return (1.0 + float(rate)) ** -t
    r = rates_by_year(rate, horizon)
    df = np.ones(horizon + 1)
    df[1:] = 1.0 / np.cumprod(1.0 + r[1:])
    return df


def discount_factors_many(rates: FloatArray, horizon: int) -> FloatArray:
    """Discount factors for many constant rates at once: shape ``(len(rates), horizon + 1)``."""
    t = np.arange(horizon + 1, dtype=float)
    return (1.0 + np.asarray(rates, dtype=float)[..., None]) ** -t
