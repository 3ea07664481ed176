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
