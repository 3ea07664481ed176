"""An independent, deliberately plain implementation of the calculation contract.

Written straight from ``../shared/spec/calculation.md`` with Python loops and
no code from ``sroi_app.calc``, so that the engine can be checked against it
on random scenarios. Only the CPI table and ``numpy_financial.irr`` (which
the contract names) are shared.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import numpy_financial as npf


def _cpi_index(cpi: dict[int, float], year: int) -> float:
    last = max(cpi)
    return cpi[min(year, last)]


def _factor(cpi: dict[int, float], item_year: int | None, scenario_year: int) -> float:
    if item_year is None or item_year == scenario_year:
        return 1.0
    return _cpi_index(cpi, scenario_year) / _cpi_index(cpi, item_year)


def _discount_factors(rate: Any, horizon: int) -> list[float]:
    if isinstance(rate, int | float):
        return [(1 + rate) ** -t for t in range(horizon + 1)]
    dfs = [1.0]
    for t in range(1, horizon + 1):
        r = [s["rate"] for s in rate if s["from_year"] <= t][-1]
        dfs.append(dfs[-1] / (1 + r))
    return dfs


def _cost_flow(
    cost: dict[str, Any], horizon: int, cpi: dict[int, float], price_year: int
) -> list[float]:
    first = cost.get("first_year", 0)
    last = cost.get("last_year", first)
    every = cost.get("every_years", 1)
    amount = cost["amount"] * (1 + cost.get("optimism_bias", 0.0))
    amount *= _factor(cpi, cost.get("price_year"), price_year)
    flow = [0.0] * (horizon + 1)
    year = first
    while year <= last and year <= horizon:
        flow[year] = amount
        year += every
    return flow


def _effect_flow(
    effect: dict[str, Any], horizon: int, cpi: dict[int, float], price_year: int
) -> list[float]:
    first = effect.get("first_year", 1)
    duration = effect.get("duration_years", 1)
    ramp_years = effect.get("ramp_up_years", 0)
    proxy = effect["proxy"]
    flow = [0.0] * (horizon + 1)
    for t in range(horizon + 1):
        if not first <= t <= first + duration - 1:
            continue
        ramp = 1.0 if ramp_years == 0 else min(1.0, (t - first + 1) / ramp_years)
        flow[t] = (
            effect["quantity"]
            * proxy["value"]
            * _factor(cpi, proxy.get("price_year"), price_year)
            * (1 - effect.get("deadweight", 0.0))
            * (1 - effect.get("displacement", 0.0))
            * (1 - effect.get("attribution", 0.0))
            * (1 - effect.get("drop_off", 0.0)) ** (t - first)
            * ramp
        )
    return flow


def compute_reference(data: dict[str, Any], cpi: dict[int, float]) -> dict[str, Any]:
    settings = data["settings"]
    horizon = settings["horizon_years"]
    price_year = settings.get("price_year", settings["start_year"])
    dfs = _discount_factors(settings["discount_rate"], horizon)
    years = range(horizon + 1)
    stakeholders = [s["id"] for s in data["stakeholders"]]

    def sums(
        alt: dict[str, Any] | None,
    ) -> tuple[list[float], list[float], dict[str, list[float]], dict[str, list[float]]]:
        costs = [0.0] * (horizon + 1)
        benefits = [0.0] * (horizon + 1)
        cost_by = {s: [0.0] * (horizon + 1) for s in stakeholders}
        benefit_by = {s: [0.0] * (horizon + 1) for s in stakeholders}
        if alt is None:
            return costs, benefits, cost_by, benefit_by
        for cost in alt.get("costs", []):
            flow = _cost_flow(cost, horizon, cpi, price_year)
            for t in years:
                costs[t] += flow[t]
                cost_by[cost["payer"]][t] += flow[t]
        for effect in alt.get("effects", []):
            flow = _effect_flow(effect, horizon, cpi, price_year)
            for t in years:
                benefits[t] += flow[t]
                benefit_by[effect["beneficiary"]][t] += flow[t]
        return costs, benefits, cost_by, benefit_by

    reference = next((a for a in data["alternatives"] if a.get("reference")), None)
    ref_c, ref_b, ref_cs, ref_bs = sums(reference)
    results = []
    for alt in data["alternatives"]:
        if alt.get("reference"):
            continue
        c, b, cs, bs = sums(alt)
        dc = [c[t] - ref_c[t] for t in years]
        db = [b[t] - ref_b[t] for t in years]
        pv_c = sum(dfs[t] * dc[t] for t in years)
        pv_b = sum(dfs[t] * db[t] for t in years)
        npv = pv_b - pv_c
        net = [db[t] - dc[t] for t in years]
        irr = _irr(net)
        cum, running = [], 0.0
        for t in years:
            running += dfs[t] * net[t]
            cum.append(running)
        negative = [t for t in years if cum[t] < 0]
        if not negative:
            payback: float | None = 0.0
        elif negative[-1] == horizon:
            payback = None
        else:
            k = negative[-1]
            payback = k + (-cum[k]) / (cum[k + 1] - cum[k])
        by_stakeholder = {}
        for s in stakeholders:
            spc = sum(dfs[t] * (cs[s][t] - ref_cs[s][t]) for t in years)
            spb = sum(dfs[t] * (bs[s][t] - ref_bs[s][t]) for t in years)
            by_stakeholder[s] = {"pv_costs": spc, "pv_benefits": spb, "npv": spb - spc}
        by_effect = {
            e["id"]: sum(
                dfs[t] * f for t, f in enumerate(_effect_flow(e, horizon, cpi, price_year))
            )
            for e in alt.get("effects", [])
        }
        results.append(
            {
                "alternative": alt["id"],
                "name": alt.get("name", alt["id"]),
                "pv_costs": pv_c,
                "pv_benefits": pv_b,
                "npv": npv,
                "sroi_ratio": pv_b / pv_c if pv_c > 0 else None,
                "net_sroi_ratio": npv / pv_c if pv_c > 0 else None,
                "irr": None if math.isnan(irr) else irr,
                "payback_years": payback,
                "by_stakeholder": by_stakeholder,
                "by_effect": by_effect,
                "years": {
                    "index": list(years),
                    "calendar": [settings["start_year"] + t for t in years],
                    "discount_factor": dfs,
                    "costs": dc,
                    "benefits": db,
                },
                # Section 11 without measurements: the forecast itself, nothing monitored
                # (files with measurements: tests/test_monitoring.py).
                "reforecast": {
                    "pv_costs": pv_c,
                    "pv_benefits": pv_b,
                    "npv": npv,
                    "sroi_ratio": pv_b / pv_c if pv_c > 0 else None,
                },
                "monitoring": {"by_effect": {}, "by_cost": {}},
            }
        )
    return {
        "scenario": data["name"],
        "price_year": price_year,
        "start_year": settings["start_year"],
        "horizon_years": horizon,
        "reference": reference["id"] if reference else None,
        "results": results,
    }


def _irr(net: list[float]) -> float:
    """Contract section 6, the plain way: every real root ``y > 0`` of the NPV polynomial
    (``numpy.roots``, as numpy-financial's ``irr`` finds them), kept when ``r > -1`` and the
    present value at ``r`` is within ``1e-6 * sum |net|`` of zero; the one closest to zero."""
    scale = sum(abs(v) for v in net)
    if not any(net):
        return math.nan
    try:
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            roots = np.roots(net[::-1])
    except np.linalg.LinAlgError:  # non-finite companion matrix: no IRR
        return math.nan
    valid = []
    for y in roots:
        if abs(y.imag) > 1e-6 * max(1.0, abs(y)) or y.real <= 0:
            continue
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            r = float(1.0 / y.real - 1.0)
            # The PV as numpy-financial's npv computes it. Towards -100% its terms reach
            # 1e41 and the rounding of the sum decides the test; ``net * (1 + r)^-t``
            # once put a root at exactly 0 whose neighbouring rates give +-1.8e25.
            pv = float(npf.npv(r, net))
        if r > -1 and math.isfinite(pv) and abs(pv) <= 1e-6 * scale:
            valid.append(r)
    return min(valid, key=abs) if valid else math.nan
