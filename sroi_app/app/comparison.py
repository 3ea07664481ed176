"""Comparing alternatives: side by side, against the reference, and one over another.

``side_by_side(evaluation)`` gives one column per alternative (file order):
its own present values of costs and benefits, and, for every variant, the
engine's numbers against the nulalternatief (``compute()``'s results, not
recomputed). "What does the extra investment of B over A buy?" has its home in
``sroi_app.calc.increment`` (the report asks it too); its names are
re-exported here for the app.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from sroi_app.app.evaluation import Evaluation
from sroi_app.calc import AlternativeResult
from sroi_app.calc.increment import Increment, answer, default_pair, incremental

__all__ = [
    "AlternativeColumn",
    "Increment",
    "answer",
    "default_pair",
    "incremental",
    "side_by_side",
]


@dataclass(frozen=True)
class AlternativeColumn:
    """One alternative on its own, and (for a variant) against the reference."""

    alternative_id: str
    name: str
    reference: bool
    own_pv_costs: float  # PV of the alternative's own costs (not incremental)
    own_pv_benefits: float
    against_reference: AlternativeResult | None  # None for the reference itself

    @property
    def own_npv(self) -> float:
        return self.own_pv_benefits - self.own_pv_costs


def side_by_side(evaluation: Evaluation) -> list[AlternativeColumn]:
    """Every alternative in file order with its own PVs and its results against the reference."""
    result = evaluation.result
    df = np.asarray(result.discount_factor)
    columns = []
    for alternative in evaluation.scenario.alternatives:
        flows = result.flows[alternative.id]
        columns.append(
            AlternativeColumn(
                alternative_id=alternative.id,
                name=alternative.name or alternative.id,
                reference=alternative.reference,
                own_pv_costs=float(df @ np.asarray(flows.costs)),
                own_pv_benefits=float(df @ np.asarray(flows.benefits)),
                against_reference=evaluation.variant(alternative.id),
            )
        )
    return columns
