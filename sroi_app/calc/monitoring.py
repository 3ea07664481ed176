"""Monitoring: the forecast becomes an evaluation as measurements come in (contract section 11).

An effect's ``measurements`` replace its forecast value in the measured
years by the realised value ``measured_quantity * proxy_value * index *
(1 - deadweight) * (1 - displacement) * (1 - attribution)``: drop-off and
ramp-up forecast how the quantity develops, so they do not apply to a
measurement, and a measured year outside the forecast window counts all the
same. A cost item's ``actuals`` replace its whole forecast flow in their
years (optimism bias included: an actual has none), indexed with the CPI from
the actual's price year (else the item's, else the scenario's). Years with
nothing measured keep the forecast.

The re-forecast is the section 6 present values computed on these flows,
for every alternative including the reference. Per item, ``forecast_pv``
and ``realised_pv`` (``actual_pv`` for costs) are the present values over
the measured years only, of the alternative's own item (not incremental).

The realised value reuses ``calc.flows.effect_flows`` (one year, no drop-off,
no ramp-up) with the share corrections of ``domain.corrections``, so the
corrections are written in one place.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

import numpy as np

from sroi_app.calc.flows import FloatArray, effect_flows
from sroi_app.calc.metrics import ratio
from sroi_app.calc.results import ScenarioResult
from sroi_app.domain.corrections import share_values
from sroi_app.domain.cpi import CpiTable
from sroi_app.domain.errors import CalculationError
from sroi_app.domain.models import Alternative, CostItem, Effect, Scenario


@dataclass(frozen=True)
class Reforecast:
    """The section 6 present values on the realised flows."""

    pv_costs: float
    pv_benefits: float
    npv: float
    sroi_ratio: float | None


#: Status thresholds (docs/monitoring.md): the realised value of the latest measured year
#: against the forecast value of that year.
BEHIND, AHEAD, FAR_BELOW = 0.9, 1.1, 0.5

Status = Literal["on_track", "behind", "ahead", "far_below", "no_forecast"]


@dataclass(frozen=True)
class ItemMonitoring:
    """Forecast and realised present value of one item over its measured years only."""

    years: tuple[int, ...]  # calendar years, ascending
    forecast_pv: float
    realised_pv: float  # ``actual_pv`` for a cost item
    forecast: FloatArray  # the item's forecast flow per year index (whole horizon)
    realised: FloatArray  # the same with the measured years replaced
    start_year: int = 0

    @property
    def latest_ratio(self) -> float | None:
        """Realised over forecast in the latest measured year (None without a forecast)."""
        t = self.years[-1] - self.start_year
        forecast = float(self.forecast[t])
        return None if forecast == 0 else float(self.realised[t]) / forecast

    @property
    def status(self) -> Status:
        """On track, behind or ahead in the latest measured year; far below under half.

        For a cost item "ahead" means spending more than forecast.
        """
        ratio = self.latest_ratio
        if ratio is None:
            return "no_forecast"
        if ratio < FAR_BELOW:
            return "far_below"
        if ratio < BEHIND:
            return "behind"
        return "ahead" if ratio > AHEAD else "on_track"


@dataclass(frozen=True)
class AlternativeMonitoring:
    """What was measured for one alternative and what it means for its result."""

    alternative_id: str
    reforecast: Reforecast
    by_effect: Mapping[str, ItemMonitoring]
    by_cost: Mapping[str, ItemMonitoring]
    costs: FloatArray  # realised dC_t
    benefits: FloatArray  # realised dB_t


@dataclass(frozen=True)
class _Realised:
    costs: FloatArray  # (years,) the alternative's own realised cost flow
    benefits: FloatArray
    by_effect: dict[str, ItemMonitoring]
    by_cost: dict[str, ItemMonitoring]


def has_monitoring(scenario: Scenario) -> bool:
    """Whether any effect has measurements or any cost item actuals."""
    return any(e.measurements for a in scenario.alternatives for e in a.effects) or any(
        c.actuals for a in scenario.alternatives for c in a.costs
    )


def _realised_effect(
    effect: Effect, factor: float, years: np.ndarray, start_year: int
) -> tuple[np.ndarray, np.ndarray]:
    """Measured year indexes and the realised value in each."""
    t = np.array([m.year - start_year for m in effect.measurements], dtype=np.int64)
    quantity = np.array([m.quantity for m in effect.measurements], dtype=float)
    values = effect_flows(
        quantity=quantity[:, None],
        proxy_value=effect.proxy.value,
        price_factor=factor,
        shares=share_values(effect),
        drop_off=0.0,
        first_year=t[:, None],
        duration_years=1,
        ramp_up_years=0,
        t=years,
    )
    return t, values[np.arange(t.size), t]


def _realise(
    alternative: Alternative,
    result: ScenarioResult,
    scenario: Scenario,
    cpi: CpiTable,
) -> _Realised:
    flows = result.flows[alternative.id]
    df = result.discount_factor
    start = scenario.settings.start_year
    price_year = scenario.settings.effective_price_year
    years = result.years
    effect_matrix = np.array(flows.effect_matrix, dtype=float)
    cost_matrix = np.array(flows.cost_matrix, dtype=float)
    by_effect: dict[str, ItemMonitoring] = {}
    by_cost: dict[str, ItemMonitoring] = {}
    for i, effect in enumerate(alternative.effects):
        if not effect.measurements:
            continue
        forecast = effect_matrix[i].copy()
        factor = cpi.factor(effect.proxy.price_year, price_year)
        t, values = _realised_effect(effect, factor, years, start)
        effect_matrix[i, t] = values
        by_effect[effect.id] = _item(t, start, forecast, effect_matrix[i], df)
    for i, cost in enumerate(alternative.costs):
        if not cost.actuals:
            continue
        forecast = cost_matrix[i].copy()
        t, values = _actual_amounts(cost, cpi, price_year, start)
        cost_matrix[i, t] = values
        by_cost[cost.id] = _item(t, start, forecast, cost_matrix[i], df)
    return _Realised(cost_matrix.sum(axis=0), effect_matrix.sum(axis=0), by_effect, by_cost)


def _actual_amounts(
    cost: CostItem, cpi: CpiTable, price_year: int, start_year: int
) -> tuple[np.ndarray, np.ndarray]:
    t = np.array([a.year - start_year for a in cost.actuals], dtype=np.int64)
    amounts = np.array(
        [
            a.amount
            * cpi.factor(a.price_year if a.price_year is not None else cost.price_year, price_year)
            for a in cost.actuals
        ],
        dtype=float,
    )
    return t, amounts


def _item(
    t: np.ndarray, start_year: int, forecast: np.ndarray, realised: np.ndarray, df: FloatArray
) -> ItemMonitoring:
    order = np.argsort(t)
    t = t[order]
    forecast.setflags(write=False)
    realised = realised.copy()
    realised.setflags(write=False)
    return ItemMonitoring(
        years=tuple(int(x) + start_year for x in t),
        forecast_pv=float(df[t] @ forecast[t]),
        realised_pv=float(df[t] @ realised[t]),
        forecast=forecast,
        realised=realised,
        start_year=start_year,
    )


def monitor(
    scenario: Scenario, cpi: CpiTable, result: ScenarioResult
) -> tuple[AlternativeMonitoring, ...]:
    """Re-forecast and per-item monitoring of every non-reference alternative.

    ``result`` is ``compute(scenario, cpi)``. Without any measurement or
    actual the re-forecast equals the forecast exactly.
    """
    df = result.discount_factor
    if not has_monitoring(scenario):
        return tuple(
            AlternativeMonitoring(
                r.alternative_id,
                Reforecast(r.pv_costs, r.pv_benefits, r.npv, r.sroi_ratio),
                MappingProxyType({}),
                MappingProxyType({}),
                r.costs,
                r.benefits,
            )
            for r in result.results
        )
    with np.errstate(over="ignore", invalid="ignore"):
        realised = {a.id: _realise(a, result, scenario, cpi) for a in scenario.alternatives}
    for i, alternative in enumerate(scenario.alternatives):
        own = realised[alternative.id]
        if not (np.all(np.isfinite(own.costs)) and np.all(np.isfinite(own.benefits))):
            raise CalculationError(
                f"alternatives[{i}]",
                f"the measured amounts of '{alternative.id}' are too large to compute",
            )
    reference = scenario.reference
    ref = realised[reference.id] if reference is not None else None
    out = []
    for variant in scenario.variants:
        own = realised[variant.id]
        costs = own.costs - (ref.costs if ref is not None else 0.0)
        benefits = own.benefits - (ref.benefits if ref is not None else 0.0)
        pv_costs, pv_benefits = float(df @ costs), float(df @ benefits)
        npv = pv_benefits - pv_costs
        costs.setflags(write=False)
        benefits.setflags(write=False)
        out.append(
            AlternativeMonitoring(
                variant.id,
                Reforecast(pv_costs, pv_benefits, npv, ratio(pv_benefits, pv_costs)),
                MappingProxyType(own.by_effect),
                MappingProxyType(own.by_cost),
                costs,
                benefits,
            )
        )
    return tuple(out)
