"""One alternative over another: what the extra investment of B over A buys.

``incremental(scenario, cpi, base_id, variant_id)`` computes B with A as its
reference, through the same engine, so the increments follow contract section 6
exactly (``dC_t = C_B,t - C_A,t``, ``dB_t = B_B,t - B_A,t``; PVs, NPV,
benefit-cost ratio, IRR of the net difference, discounted payback), and per
stakeholder who pays and who gains the difference. ``default_pair`` is the pair
a project leader asks about first; ``answer`` words the result in one sentence,
for the app's Comparison page and the report alike.
"""

from __future__ import annotations

from dataclasses import dataclass

from sroi_app.calc.engine import compute
from sroi_app.calc.results import AlternativeResult
from sroi_app.domain.cpi import CpiTable
from sroi_app.domain.formatting import Lang, format_money
from sroi_app.domain.models import Scenario


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


_ANSWER = {
    "nl": {
        "more_more": "{b} kost {costs} meer dan {a} (contante waarde) en levert {benefits} meer"
        " op: {ratio} per extra euro, netto {npv}.",
        "more_less": "{b} kost {costs} meer dan {a} (contante waarde) en levert {benefits} minder"
        " op: de extra investering loont niet, per saldo {npv}.",
        "less_more": "{b} kost {costs} minder dan {a} (contante waarde) en levert {benefits} meer"
        " op: op beide punten beter, per saldo {npv}.",
        "less_less": "{b} kost {costs} minder dan {a} (contante waarde) en levert {benefits}"
        " minder op: per saldo {npv}.",
    },
    "en": {
        "more_more": "{b} costs {costs} more than {a} (present value) and brings {benefits} more:"
        " {ratio} per extra euro, a net {npv}.",
        "more_less": "{b} costs {costs} more than {a} (present value) and brings {benefits} less:"
        " the extra investment does not pay, a net {npv}.",
        "less_more": "{b} costs {costs} less than {a} (present value) and brings {benefits} more:"
        " it is better on both counts, a net {npv}.",
        "less_less": "{b} costs {costs} less than {a} (present value) and brings {benefits} less:"
        " a net {npv}.",
    },
}


def answer(step: Increment, lang: Lang) -> str:
    """The comparison in one sentence, with negative differences worded as "less"
    (never "costs € -1.005.883 more") and a ratio only where B costs more."""
    costs = "more" if step.pv_costs > 0 else "less"
    benefits = "more" if step.pv_benefits >= 0 else "less"
    ratio = format_money(step.ratio, lang, 2) if step.ratio is not None else ""
    return _ANSWER[lang][f"{costs}_{benefits}"].format(
        a=step.base_name,
        b=step.variant_name,
        costs=format_money(abs(step.pv_costs), lang),
        benefits=format_money(abs(step.pv_benefits), lang),
        npv=format_money(step.npv, lang),
        ratio=ratio,
    )
