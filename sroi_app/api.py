"""A Python API for analysts: scenarios and their results as pandas DataFrames.

For notebooks in municipalities and consultancies. Everything here is the
engine's own numbers (the same as ``sroi-app compute --json``), arranged as
tables::

    >>> from sroi_app import api
    >>> scenario = api.load("scenarios/groen-schoolplein.sroi.json")
    >>> api.results(scenario)[["npv", "sroi_ratio"]].round(2)
                       npv  sroi_ratio
    alternative
    groen       -142792.51        0.25
    >>> flows = api.yearly_flows(scenario)
    >>> flows.loc["groen"].head(3)[["calendar_year", "costs", "benefits"]].round(0)
       calendar_year     costs  benefits
    t
    0           2026  152951.0       0.0
    1           2027    3000.0    3585.0
    2           2028    3000.0    6812.0
    >>> api.by_stakeholder(scenario).round(0)
                             pv_costs  pv_benefits       npv
    alternative stakeholder
    groen       gemeente     190788.0          0.0 -190788.0
                zvz               0.0      47995.0   47995.0

Also ``by_effect``, ``monte_carlo`` (one row per draw), ``sensitivity``
(the tornado with switching values) and ``monitoring`` (contract section 11).
Tests: ``tests/test_api.py`` checks every table against ``compute --json``,
and the examples above run as doctests.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from sroi_app.calc import compute
from sroi_app.calc.monitoring import monitor
from sroi_app.calc.montecarlo import DEFAULT_DRAWS, DEFAULT_SEED
from sroi_app.calc.montecarlo import monte_carlo as _simulate
from sroi_app.calc.results import ScenarioResult
from sroi_app.calc.sensitivity import one_way
from sroi_app.domain.cpi import CpiTable
from sroi_app.domain.models import Scenario
from sroi_app.io.cpi import default_cpi
from sroi_app.io.scenario_file import load_scenario

__all__ = [
    "by_effect",
    "by_stakeholder",
    "load",
    "monitoring",
    "monte_carlo",
    "results",
    "sensitivity",
    "yearly_flows",
]


def load(path: str | Path) -> Scenario:
    """Read and validate a scenario file (``ScenarioError`` names each problem)."""
    return load_scenario(Path(path))


def _computed(scenario: Scenario, cpi: CpiTable | None) -> tuple[ScenarioResult, CpiTable]:
    cpi = cpi or default_cpi()
    return compute(scenario, cpi), cpi


def results(scenario: Scenario, cpi: CpiTable | None = None) -> pd.DataFrame:
    """One row per non-reference alternative: the section 6 metrics."""
    result, _ = _computed(scenario, cpi)
    rows = [
        {
            "alternative": r.alternative_id,
            "name": r.name,
            "pv_costs": r.pv_costs,
            "pv_benefits": r.pv_benefits,
            "npv": r.npv,
            "sroi_ratio": r.sroi_ratio,
            "net_sroi_ratio": r.net_sroi_ratio,
            "irr": r.irr,
            "several_irrs": r.several_irrs,
            "payback_years": r.payback_years,
        }
        for r in result.results
    ]
    return pd.DataFrame(rows, columns=list(rows[0]) if rows else None).set_index("alternative")


def yearly_flows(scenario: Scenario, cpi: CpiTable | None = None) -> pd.DataFrame:
    """Incremental flows per alternative and year ``t``: costs, benefits, net, discounted."""
    result, _ = _computed(scenario, cpi)
    frames = []
    for r in result.results:
        frame = pd.DataFrame(
            {
                "calendar_year": result.calendar_years,
                "discount_factor": result.discount_factor,
                "costs": r.costs,
                "benefits": r.benefits,
                "net": r.net,
                "discounted_net": r.discount_factor * r.net,
                "cumulative_npv": r.cumulative_npv,
            },
            index=pd.Index(result.years, name="t"),
        )
        frames.append(frame)
    keys = [r.alternative_id for r in result.results]
    return pd.concat(frames, keys=keys, names=["alternative", "t"]) if frames else pd.DataFrame()


def by_stakeholder(scenario: Scenario, cpi: CpiTable | None = None) -> pd.DataFrame:
    """Who pays and who gains: incremental present values per alternative and stakeholder."""
    result, _ = _computed(scenario, cpi)
    rows = [
        {
            "alternative": r.alternative_id,
            "stakeholder": sid,
            "pv_costs": s.pv_costs,
            "pv_benefits": s.pv_benefits,
            "npv": s.npv,
        }
        for r in result.results
        for sid, s in r.by_stakeholder.items()
    ]
    return pd.DataFrame(rows).set_index(["alternative", "stakeholder"])


def by_effect(scenario: Scenario, cpi: CpiTable | None = None) -> pd.DataFrame:
    """The present value of each effect of each alternative itself (not incremental)."""
    result, _ = _computed(scenario, cpi)
    rows = [
        {"alternative": r.alternative_id, "effect": eid, "pv": pv}
        for r in result.results
        for eid, pv in r.by_effect.items()
    ]
    return pd.DataFrame(rows, columns=["alternative", "effect", "pv"]).set_index(
        ["alternative", "effect"]
    )


def monte_carlo(
    scenario: Scenario,
    cpi: CpiTable | None = None,
    draws: int = DEFAULT_DRAWS,
    seed: int = DEFAULT_SEED,
) -> pd.DataFrame:
    """One row per draw and alternative: PV costs, PV benefits and NPV (contract section 9)."""
    simulation = _simulate(scenario, cpi or default_cpi(), draws, seed)
    frames = [
        pd.DataFrame(
            {"pv_costs": s.pv_costs, "pv_benefits": s.pv_benefits, "npv": s.npv},
            index=pd.Index(range(draws), name="draw"),
        )
        for s in simulation.results
    ]
    keys = [s.alternative_id for s in simulation.results]
    return pd.concat(frames, keys=keys, names=["alternative", "draw"]) if frames else pd.DataFrame()


def sensitivity(scenario: Scenario, cpi: CpiTable | None = None) -> pd.DataFrame:
    """The tornado and switching values: one row per alternative and parameter."""
    rows = [
        {
            "alternative": a.alternative_id,
            "parameter": e.path,
            "low": e.low,
            "high": e.high,
            "npv_low": e.npv_low,
            "npv_high": e.npv_high,
            "switching_value": a.switching_value(e.path).value,
        }
        for a in one_way(scenario, cpi or default_cpi())
        for e in a.tornado
    ]
    columns = ["alternative", "parameter", "low", "high", "npv_low", "npv_high", "switching_value"]
    return pd.DataFrame(rows, columns=columns).set_index(["alternative", "parameter"])


def monitoring(scenario: Scenario, cpi: CpiTable | None = None) -> pd.DataFrame:
    """Forecast against measured, per alternative and item, with the re-forecast (section 11).

    One row per measured effect or cost item (``kind`` ``effect`` or ``cost``);
    the re-forecast of each alternative is in ``api.results``-like columns
    ``reforecast_npv`` and ``reforecast_sroi_ratio`` on every row of it.
    """
    result, cpi = _computed(scenario, cpi)
    rows = []
    for m in monitor(scenario, cpi, result):
        for kind, items in (("effect", m.by_effect), ("cost", m.by_cost)):
            for item_id, item in items.items():
                rows.append(
                    {
                        "alternative": m.alternative_id,
                        "kind": kind,
                        "item": item_id,
                        "years": list(item.years),
                        "forecast_pv": item.forecast_pv,
                        "realised_pv": item.realised_pv,
                        "reforecast_npv": m.reforecast.npv,
                        "reforecast_sroi_ratio": m.reforecast.sroi_ratio,
                    }
                )
    columns = [
        "alternative",
        "kind",
        "item",
        "years",
        "forecast_pv",
        "realised_pv",
        "reforecast_npv",
        "reforecast_sroi_ratio",
    ]
    return pd.DataFrame(rows, columns=columns).set_index(["alternative", "kind", "item"])
