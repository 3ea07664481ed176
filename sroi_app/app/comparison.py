"""Comparing alternatives: side by side, against the reference, and one over another.

``side_by_side(evaluation)`` gives one column per alternative (file order):
its own present values of costs and benefits, and, for every variant, the
engine's numbers against the nulalternatief (``compute()``'s results, not
recomputed). ``incremental(scenario, cpi, base_id, variant_id)`` answers "what
does the extra investment of B over A buy?": B computed with A as its
reference, through the same engine, so the increments follow contract
section 6 exactly (``dC_t = C_B,t - C_A,t``, ``dB_t = B_B,t - B_A,t``; PVs,
NPV, benefit-cost ratio, IRR of the net difference, discounted payback).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from sroi_app.app.evaluation import Evaluation
from sroi_app.calc import AlternativeResult, compute
from sroi_app.domain.cpi import CpiTable
from sroi_app.domain.models import Scenario


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


@dataclass(frozen=True)
class Increment:
    """Variant B against alternative A: what the extra investment of B over A buys."""

    base_id: str
    variant_id: str
    base_name: str
    variant_name: str
    result: AlternativeResult  # B computed with A as the reference

    @property
    def pv_costs(self) -> float:
        """Extra present value of costs of B over A (negative: B costs less)."""
        return self.result.pv_costs

    @property
    def pv_benefits(self) -> float:
        return self.result.pv_benefits

    @property
    def npv(self) -> float:
        return self.result.npv

    @property
    def ratio(self) -> float | None:
        """Incremental benefit-cost ratio ``dPV benefits / dPV costs``; None when dPV costs <= 0."""
        return self.result.sroi_ratio

    @property
    def irr(self) -> float | None:
        """The IRR of the difference in net flows (B - A)."""
        return self.result.irr

    @property
    def payback_years(self) -> float | None:
        """The payback of the extra investment, only where it means something: B costs
        more than A and the extra is paid back within the horizon (issue 15)."""
        if self.pv_costs <= 0:
            return None
        return self.result.payback_years

    @property
    def is_investment(self) -> bool:
        """B costs more than A: a payback can be asked of the difference."""
        return self.pv_costs > 0


def default_pair(scenario: Scenario, pv_costs: dict[str, float]) -> tuple[str, str] | None:
    """What a project leader asks first: what does the more expensive variant add over the
    cheaper one? The two cheapest variants (by PV of costs), the dearer as B; with one
    variant, that variant over the nulalternatief. ``pv_costs`` by alternative id (missing:
    file order decides)."""
    variants = [a.id for a in scenario.alternatives if not a.reference]
    if len(variants) >= 2:
        order = sorted(variants, key=lambda v: (pv_costs.get(v, 0.0), variants.index(v)))
        cheaper, dearer = order[0], order[1]
        return cheaper, dearer
    reference = scenario.reference
    if variants and reference is not None:
        return reference.id, variants[0]
    return None


def incremental(scenario: Scenario, cpi: CpiTable, base_id: str, variant_id: str) -> Increment:
    """B (``variant_id``) computed against A (``base_id``) as the reference.

    Both may be any alternatives, the nulalternatief included. The other
    alternatives and the PM posts play no part; everything else (horizon,
    rate, price level, stakeholders) is the scenario's own.
    """
    if base_id == variant_id:
        raise ValueError("choose two different alternatives")
    by_id = {a.id: a for a in scenario.alternatives}
    if base_id not in by_id or variant_id not in by_id:
        raise KeyError(base_id if base_id not in by_id else variant_id)
    base = by_id[base_id].model_copy(update={"reference": True})
    variant = by_id[variant_id].model_copy(update={"reference": False})
    pair = scenario.model_copy(update={"alternatives": [base, variant], "pm_items": []})
    result = compute(pair, cpi).result(variant_id)
    return Increment(base_id, variant_id, base.name or base_id, variant.name or variant_id, result)
