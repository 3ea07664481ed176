"""Scenarios and checks shared by the sensitivity tests.

``hand_data()`` is small enough to work out by hand (discount rate 0, so
every present value is a plain sum):

- reference ``nul``: a one-off cost of 100 in year 0 (range 0-400);
- variant ``a``: a one-off cost of 4,100 in year 0 (range 3,600-5,000,
  optimism bias 0 with range 0-0.5, first year 0 with range 0-2) and one
  effect of 10 x 150 = 1,500 a year in years 1-3 (quantity 5-20, proxy
  value 100-200, deadweight 0-0.3, drop-off 0-0.2, duration 2-4, first
  year 1-3); the settings carry a discount-rate range 0-0.1;
- variant ``b``: a one-off cost of 1,000 in year 0 (range 500-1,500).

NPV of ``a`` = 3 x 1,500 - (4,100 - 100) = 500; of ``b`` = -(1,000 - 100) = -900.
"""

from __future__ import annotations

import copy
import math
from typing import Any

import numpy as np

from benchmarks.synthetic import synthetic_data
from sroi_app.calc import compute
from sroi_app.calc.parameters import with_parameter
from sroi_app.domain.models import Scenario
from sroi_app.io.cpi import default_cpi
from tests.conftest import ROOT

CPI = default_cpi()
EXAMPLE_WITH_RANGES = ROOT / "tests" / "fixtures" / "sensitivity-ontmoetingsplek.sroi.json"


def hand_data() -> dict[str, Any]:
    return {
        "schema_version": 1,
        "name": "Hand",
        "settings": {
            "start_year": 2026,
            "price_year": 2026,
            "horizon_years": 4,
            "discount_rate": 0.0,
            "uncertainty": {"discount_rate": {"low": 0.0, "high": 0.1}},
        },
        "stakeholders": [{"id": "g", "name": "Gemeente"}],
        "alternatives": [
            {
                "id": "nul",
                "reference": True,
                "costs": [
                    {
                        "id": "r",
                        "payer": "g",
                        "amount": 100,
                        "first_year": 0,
                        "uncertainty": {"amount": {"low": 0, "high": 400}},
                    }
                ],
            },
            {
                "id": "a",
                "name": "Variant A",
                "costs": [
                    {
                        "id": "c",
                        "payer": "g",
                        "amount": 4100,
                        "first_year": 0,
                        "uncertainty": {
                            "amount": {"low": 3600, "high": 5000},
                            "optimism_bias": {"low": 0, "high": 0.5, "distribution": "uniform"},
                            "first_year": {"low": 0, "high": 2},
                        },
                    }
                ],
                "effects": [
                    {
                        "id": "e",
                        "beneficiary": "g",
                        "quantity": 10,
                        "proxy": {"value": 150},
                        "first_year": 1,
                        "duration_years": 3,
                        "uncertainty": {
                            "quantity": {"low": 5, "high": 20},
                            "proxy.value": {"low": 100, "high": 200},
                            "deadweight": {"low": 0, "high": 0.3, "distribution": "uniform"},
                            "drop_off": {"low": 0, "high": 0.2},
                            "duration_years": {"low": 2, "high": 4},
                            "first_year": {"low": 1, "high": 3},
                        },
                    }
                ],
            },
            {
                "id": "b",
                "name": "Variant B",
                "costs": [
                    {
                        "id": "c",
                        "payer": "g",
                        "amount": 1000,
                        "first_year": 0,
                        "uncertainty": {"amount": {"low": 500, "high": 1500}},
                    }
                ],
            },
        ],
    }


def everything_data(schedule: bool = False) -> dict[str, Any]:
    """A synthetic scenario with a range on every kind of parameter, in variants and reference.

    Discounted at 3% (or, with ``schedule``, a step schedule of rates, which
    cannot carry a range), with CPI indexation, ramp-ups, recurring costs and
    a reference with its own effects: the general case for the vectorised code.
    """
    data = synthetic_data(alternatives=3, effects=4, costs=3, horizon=30, seed=7)
    data["settings"]["discount_rate"] = 0.03
    data["settings"]["uncertainty"] = {
        "discount_rate": {"low": 0.01, "high": 0.05, "distribution": "pert"}
    }
    distributions = ["triangular", "pert", "uniform", "normal"]
    k = 0
    for alternative in data["alternatives"]:
        for cost in alternative["costs"]:
            cost.pop("uncertainty", None)
            amount, bias, first = cost["amount"], cost["optimism_bias"], cost["first_year"]
            cost["uncertainty"] = {
                "amount": {"low": 0.7 * amount, "high": 1.4 * amount},
                "optimism_bias": {"low": 0.0, "high": bias + 0.3, "distribution": "uniform"},
                "first_year": {"low": max(0, first - 1), "high": first + 3},
            }
            for r in cost["uncertainty"].values():
                r["distribution"] = distributions[k % 4]
                k += 1
        for effect in alternative["effects"]:
            effect.pop("uncertainty", None)
            q, v = effect["quantity"], effect["proxy"]["value"]
            effect["duration_years"] = min(effect["duration_years"], 25)
            ranges: dict[str, Any] = {
                "quantity": {"low": 0.5 * q, "high": 1.5 * q, "distribution": "pert"},
                "proxy.value": {"low": 0.6 * v, "high": 1.3 * v, "distribution": "triangular"},
                "duration_years": {
                    "low": max(0, effect["duration_years"] - 5),
                    "high": effect["duration_years"] + 5,
                    "distribution": "uniform",
                },
                "first_year": {
                    "low": effect["first_year"],
                    "high": effect["first_year"] + 2,
                    "distribution": "triangular",
                },
                "drop_off": {"low": 0.0, "high": 0.15, "distribution": "uniform"},
            }
            for name in ("deadweight", "displacement", "attribution"):
                centre = effect[name]
                ranges[name] = {
                    "low": max(0.0, centre - 0.1),
                    "high": centre + 0.1,
                    "distribution": "normal",
                }
            effect["uncertainty"] = ranges
    # Benefits scaled so that both variants sit a little above break-even, where
    # the timing of an effect (first year, duration) can change the NPV's sign.
    for a, boost in ((1, 2.6), (2, 3.2)):
        for effect in data["alternatives"][a]["effects"]:
            effect["quantity"] *= boost
            for end in ("low", "high"):
                effect["uncertainty"]["quantity"][end] *= boost
    # The baseline effects of the reference are small (x 0.1); make them count.
    for effect in data["alternatives"][0]["effects"]:
        effect["proxy"]["value"] *= 10
        effect["uncertainty"]["proxy.value"]["low"] *= 10
        effect["uncertainty"]["proxy.value"]["high"] *= 10
    if schedule:
        data["settings"]["discount_rate"] = [
            {"from_year": 0, "rate": 0.04},
            {"from_year": 6, "rate": 0.025},
            {"from_year": 20, "rate": 0.01},
        ]
        del data["settings"]["uncertainty"]
    return copy.deepcopy(data)


def pv_scale(scenario: Scenario, alternative_id: str) -> float:
    """The gross present value moved by an alternative and the reference (sum of |flows|)."""
    result = compute(scenario, CPI)
    df = result.discount_factor
    ids = [alternative_id] + ([result.reference_id] if result.reference_id else [])
    total = 0.0
    for alt in ids:
        flows = result.flows[alt]
        total += float(np.abs(flows.cost_matrix).sum(axis=0) @ df)
        total += float(np.abs(flows.effect_matrix).sum(axis=0) @ df)
    return max(total, 1.0)


def npv_at(scenario: Scenario, path: str, value: float, alternative_id: str) -> tuple[float, float]:
    """The engine's NPV with one parameter at ``value``, and the PV scale of the problem.

    The scale is the larger of the gross present value there and in the scenario
    itself: a switching value is a root of an NPV whose size is the scenario's,
    so float rounding leaves a residual relative to that size (a proxy that
    switches at 0 has flows of 0 there, but of billions in the scenario).
    Whole-year parameters between two whole years: the NPV of the two
    neighbouring years interpolated linearly (the documented definition).
    """
    whole = path.endswith(("first_year", "duration_years"))
    if whole and not float(value).is_integer():
        low = math.floor(value)
        share = value - low
        s0, s1 = (with_parameter(scenario, path, n) for n in (low, low + 1))
        n0 = compute(s0, CPI).result(alternative_id).npv
        n1 = compute(s1, CPI).result(alternative_id).npv
        scale = max(pv_scale(s0, alternative_id), pv_scale(s1, alternative_id))
        return (1 - share) * n0 + share * n1, max(scale, pv_scale(scenario, alternative_id))
    changed = with_parameter(scenario, path, value)
    scale = max(pv_scale(changed, alternative_id), pv_scale(scenario, alternative_id))
    return compute(changed, CPI).result(alternative_id).npv, scale
