"""The machine-readable output of ``sroi-app sensitivity --json`` (contract section 9)."""

from __future__ import annotations

import math
from typing import Any

from sroi_app.calc.uncertainty import SensitivityResult, Summary


def _number(value: float | None) -> float | None:
    """Plain JSON numbers at full precision; a non-finite value (never expected) becomes null."""
    if value is None or not math.isfinite(value):
        return None
    return float(value)


def _summary(summary: Summary) -> dict[str, float | None]:
    return {key: _number(value) for key, value in summary.as_dict().items()}


def sensitivity_to_json(result: SensitivityResult) -> dict[str, Any]:
    """``{"results": [{"alternative", "tornado", "switching_values", "monte_carlo"}]}``."""
    simulation = result.monte_carlo
    out = []
    for alternative in result.alternatives:
        simulated = simulation.result(alternative.alternative_id)
        out.append(
            {
                "alternative": alternative.alternative_id,
                "tornado": [
                    {
                        "parameter": entry.path,
                        "low": _number(entry.low),
                        "high": _number(entry.high),
                        "npv_low": _number(entry.npv_low),
                        "npv_high": _number(entry.npv_high),
                    }
                    for entry in alternative.tornado
                ],
                "switching_values": {
                    s.path: _number(s.value) for s in alternative.switching_values
                },
                "monte_carlo": {
                    "draws": simulation.draws,
                    "seed": simulation.seed,
                    "prob_npv_positive": _number(simulated.prob_npv_positive),
                    "npv": _summary(simulated.npv_summary),
                    "sroi_ratio": _summary(simulated.sroi_ratio_summary),
                },
            }
        )
    return {"results": out}
