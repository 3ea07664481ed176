"""The machine-readable result of ``sroi-app compute --json`` (contract section 7)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sroi_app.calc.monitoring import AlternativeMonitoring
from sroi_app.calc.results import AlternativeResult, ScenarioResult
from sroi_app.domain.errors import Issue


def _monitoring(m: AlternativeMonitoring) -> dict[str, Any]:
    """``reforecast`` and ``monitoring`` of one result (contract section 11)."""
    r = m.reforecast
    return {
        "reforecast": {
            "pv_costs": r.pv_costs,
            "pv_benefits": r.pv_benefits,
            "npv": r.npv,
            "sroi_ratio": r.sroi_ratio,
        },
        "monitoring": {
            "by_effect": {
                eid: {
                    "years": list(item.years),
                    "forecast_pv": item.forecast_pv,
                    "realised_pv": item.realised_pv,
                }
                for eid, item in m.by_effect.items()
            },
            "by_cost": {
                cid: {
                    "years": list(item.years),
                    "forecast_pv": item.forecast_pv,
                    "actual_pv": item.realised_pv,
                }
                for cid, item in m.by_cost.items()
            },
        },
    }


def _alternative(result: AlternativeResult, scenario: ScenarioResult) -> dict[str, Any]:
    return {
        "alternative": result.alternative_id,
        "name": result.name,
        "pv_costs": result.pv_costs,
        "pv_benefits": result.pv_benefits,
        "npv": result.npv,
        "sroi_ratio": result.sroi_ratio,
        "net_sroi_ratio": result.net_sroi_ratio,
        "irr": result.irr,
        "payback_years": result.payback_years,
        "by_stakeholder": {
            sid: {"pv_costs": s.pv_costs, "pv_benefits": s.pv_benefits, "npv": s.npv}
            for sid, s in result.by_stakeholder.items()
        },
        "by_effect": dict(result.by_effect),
        "years": {
            "index": [int(t) for t in scenario.years],
            "calendar": [int(y) for y in scenario.calendar_years],
            "discount_factor": [float(x) for x in scenario.discount_factor],
            "costs": [float(x) for x in result.costs],
            "benefits": [float(x) for x in result.benefits],
        },
    }


def result_to_json(
    result: ScenarioResult,
    monitoring: Sequence[AlternativeMonitoring] | None = None,
    warnings: Sequence[Issue] | None = None,
) -> dict[str, Any]:
    """Plain JSON types at full precision: no rounding, no formatting.

    With ``monitoring`` (``calc.monitoring.monitor``), each result also gets
    ``reforecast`` and ``monitoring`` (contract section 11); with ``warnings``
    (``calc.checks.scenario_warnings``) the object gains a top-level
    ``"warnings": [{"code", "path", "message"}]`` (docs/methodology.md lists the codes).
    """
    results = [_alternative(r, result) for r in result.results]
    if monitoring is not None:
        for out, m in zip(results, monitoring, strict=True):
            out.update(_monitoring(m))
    return {
        "scenario": result.scenario_name,
        "price_year": result.price_year,
        "start_year": result.start_year,
        "horizon_years": result.horizon_years,
        "reference": result.reference_id,
        "results": results,
        **(
            {"warnings": [{"code": w.code, "path": w.path, "message": w.message} for w in warnings]}
            if warnings is not None
            else {}
        ),
    }
