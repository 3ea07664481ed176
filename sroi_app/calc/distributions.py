"""Draws from the four distributions of contract section 9, and their random streams.

- ``triangular``: low, mode = the central value, high.
- ``pert``: beta-PERT with lambda 4 on (a, m, b) = (low, central, high):
  ``alpha = 1 + 4 (m - a) / (b - a)``, ``beta = 1 + 4 (b - m) / (b - a)``,
  ``x = a + (b - a) * Beta(alpha, beta)``; its mean is ``(a + 4m + b) / 6``.
- ``uniform``: between low and high.
- ``normal``: mean = the central value, sd = (high - low) / 3.29, so that low
  and high are the 5th and 95th percentiles when the central value lies
  midway (1.645 sd either side).

A degenerate range (low == high) gives that value: low for triangular, PERT
and uniform, the central value for normal (sd 0).

Every parameter draws from its own stream, derived from the seed and the
parameter's path: a parameter's draws do not change when another parameter
gains or loses a range, and they do not depend on how the draws are chunked.
"""

from __future__ import annotations

import zlib

import numpy as np
from numpy.typing import NDArray

from sroi_app.domain.models import Range

FloatArray = NDArray[np.float64]

#: sd = (high - low) / NORMAL_SPAN: low and high are the 5th and 95th percentiles.
NORMAL_SPAN = 3.29
#: The weight of the mode in beta-PERT.
PERT_LAMBDA = 4.0


def parameter_stream(seed: int, path: str) -> np.random.Generator:
    """The random stream of one parameter: PCG64 seeded by (seed, CRC-32 of the path)."""
    sequence = np.random.SeedSequence(seed, spawn_key=(zlib.crc32(path.encode("utf-8")),))
    return np.random.Generator(np.random.PCG64(sequence))


def pert_shape(low: float, mode: float, high: float) -> tuple[float, float]:
    """``(alpha, beta)`` of the beta-PERT distribution with lambda 4."""
    span = high - low
    return (
        1.0 + PERT_LAMBDA * (mode - low) / span,
        1.0 + PERT_LAMBDA * (high - mode) / span,
    )


def draw(rng: np.random.Generator, value_range: Range, central: float, size: int) -> FloatArray:
    """``size`` independent draws of one parameter (not yet clipped or rounded)."""
    low, high = float(value_range.low), float(value_range.high)
    kind = value_range.distribution
    if low == high:
        return np.full(size, float(central) if kind == "normal" else low)
    if kind == "triangular":
        return rng.triangular(low, float(central), high, size)
    if kind == "pert":
        alpha, beta = pert_shape(low, float(central), high)
        return low + (high - low) * rng.beta(alpha, beta, size)
    if kind == "uniform":
        return rng.uniform(low, high, size)
    return rng.normal(float(central), (high - low) / NORMAL_SPAN, size)
