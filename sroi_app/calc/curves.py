"""The NPV as a function of the discount rate and of the horizon, per variant.

Discount rate: the incremental net flows ``dB_t - dC_t`` do not depend on the
rate, so the NPV at each constant rate ``r`` is ``sum_t (1 + r)^-t * net_t``,
computed for the whole grid at once (0% to 8% in steps of 0.1% by default).
The presets of contract section 2 are evaluated as well, the Green Book's
declining schedule with its own step factors.

Horizon: the NPV with the horizon set to ``h`` is the cumulative discounted
net flow up to year ``h`` of the scenario computed over the longest horizon
asked for. Items keep their own years: a cost with a ``last_year`` stops
there, an effect with a ``duration_years`` ends there, so a horizon beyond
the one the scenario was built for counts only what the scenario describes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

import numpy as np
from numpy.typing import NDArray

from sroi_app.calc.discount import discount_factors, discount_factors_many
from sroi_app.calc.engine import compute
from sroi_app.calc.results import ScenarioResult, frozen_array
from sroi_app.domain.cpi import CpiTable
from sroi_app.domain.models import Scenario
from sroi_app.domain.presets import DISCOUNT_PRESETS, DiscountPreset

FloatArray = NDArray[np.float64]

DEFAULT_RATES = np.round(np.arange(0, 81) * 0.001, 10)


@dataclass(frozen=True)
class PresetPoint:
    """The NPV of every variant under one preset discount rate."""

    preset: DiscountPreset
    npv: Mapping[str, float]


@dataclass(frozen=True)
class DiscountCurve:
    """NPV per variant over a grid of constant discount rates, and at the presets."""

    rates: FloatArray
    npv: Mapping[str, FloatArray]  # alternative id -> NPV at each rate
    names: Mapping[str, str]
    presets: tuple[PresetPoint, ...]
    scenario_rate: float | None  # the scenario's own rate when it is one number


@dataclass(frozen=True)
class HorizonCurve:
    """NPV per variant for every horizon from 0 up to the longest asked for."""

    horizons: NDArray[np.int64]
    npv: Mapping[str, FloatArray]
    names: Mapping[str, str]
    scenario_horizon: int


def discount_rate_curve(
    scenario: Scenario,
    cpi: CpiTable,
    rates: Sequence[float] | FloatArray | None = None,
    presets: Sequence[DiscountPreset] = DISCOUNT_PRESETS,
    result: ScenarioResult | None = None,
) -> DiscountCurve:
    """NPV of every variant at each constant rate (default 0% to 8%) and at each preset."""
    result = compute(scenario, cpi) if result is None else result
    grid = frozen_array(DEFAULT_RATES if rates is None else rates)
    horizon = result.horizon_years
    factors = discount_factors_many(grid, horizon)
    npv = {r.alternative_id: frozen_array(factors @ np.asarray(r.net)) for r in result.results}
    points = []
    for preset in presets:
        df = discount_factors(preset.rate, horizon)
        points.append(
            PresetPoint(
                preset,
                MappingProxyType(
                    {r.alternative_id: float(df @ np.asarray(r.net)) for r in result.results}
                ),
            )
        )
    rate = scenario.settings.discount_rate
    return DiscountCurve(
        rates=grid,
        npv=MappingProxyType(npv),
        names=MappingProxyType({r.alternative_id: r.name for r in result.results}),
        presets=tuple(points),
        scenario_rate=float(rate) if isinstance(rate, int | float) else None,
    )


def default_max_horizon(horizon: int) -> int:
    """Twice the scenario's horizon (at least 10 years more), at most 1000 years."""
    return min(1000, max(2 * horizon, horizon + 10))


def horizon_curve(
    scenario: Scenario, cpi: CpiTable, max_horizon: int | None = None
) -> HorizonCurve:
    """NPV of every variant with the horizon at 0, 1, ..., ``max_horizon`` years."""
    horizon = scenario.settings.horizon_years
    longest = default_max_horizon(horizon) if max_horizon is None else max_horizon
    if not 0 <= longest <= 1000:
        raise ValueError("max_horizon must be between 0 and 1000 years")
    settings = scenario.settings.model_copy(update={"horizon_years": longest})
    result = compute(scenario.model_copy(update={"settings": settings}), cpi)
    return HorizonCurve(
        horizons=np.arange(longest + 1),
        npv=MappingProxyType({r.alternative_id: r.cumulative_npv for r in result.results}),
        names=MappingProxyType({r.alternative_id: r.name for r in result.results}),
        scenario_horizon=horizon,
    )
