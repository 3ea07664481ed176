"""The verdict on a variant: its NPV read together with how sure it is (issue 11).

A council needs one sentence per variant that does not claim more certainty
than the numbers have. The rule combines the point NPV with the simulated
chance that the NPV is positive (contract section 9, the default seed and
draws, so the same figure as ``sroi-app sensitivity --json``):

- ``robust_positive``: the chance is 90% or more;
- ``robust_negative``: the chance is 10% or less;
- ``uncertain``: in between; the sentence gives the chance;
- ``point_positive`` / ``point_negative``: the scenario has no ranges, so its
  result is a point estimate and says so.

docs/methodology.md documents the rule.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from sroi_app.calc.montecarlo import (
    DEFAULT_DRAWS,
    DEFAULT_SEED,
    MonteCarloResult,
    Progress,
    monte_carlo,
)
from sroi_app.calc.parameters import uncertain_parameters
from sroi_app.calc.results import AlternativeResult, ScenarioResult
from sroi_app.calc.sensitivity import AlternativeSensitivity
from sroi_app.domain.cpi import CpiTable
from sroi_app.domain.errors import Issue
from sroi_app.domain.formatting import Lang
from sroi_app.domain.models import Scenario
from sroi_app.domain.parameters import parameter_label

Verdict = Literal[
    "robust_positive", "uncertain", "robust_negative", "point_positive", "point_negative"
]
ROBUST = 0.9
ROBUSTLY_NEGATIVE = 0.1


@dataclass(frozen=True)
class Decision:
    """One variant's line of the decision table."""

    alternative_id: str
    name: str
    npv: float
    sroi_ratio: float | None
    prob_npv_positive: float | None  # None without ranges
    npv_p5: float | None
    npv_p95: float | None
    verdict: Verdict
    rank: int  # 1 = highest NPV


def verdict(npv: float, chance: float | None) -> Verdict:
    if chance is None:
        return "point_positive" if npv > 0 else "point_negative"
    if chance >= ROBUST:
        return "robust_positive"
    if chance <= ROBUSTLY_NEGATIVE:
        return "robust_negative"
    return "uncertain"


def default_simulation(
    scenario: Scenario,
    cpi: CpiTable,
    result: ScenarioResult,
    progress: Progress | None = None,
) -> MonteCarloResult | None:
    """The simulation the verdict reads (default draws and seed); None without ranges.

    ``progress``: as ``monte_carlo``'s (the app's tab runs it in a worker and may cancel).
    """
    if not uncertain_parameters(scenario) or not result.results:
        return None
    return monte_carlo(scenario, cpi, DEFAULT_DRAWS, DEFAULT_SEED, progress)


def decisions(
    scenario: Scenario,
    cpi: CpiTable,
    result: ScenarioResult,
    simulation: MonteCarloResult | None = None,
) -> list[Decision]:
    """Every variant, ranked by NPV, with its chance of a positive NPV and its 5-95% band.

    ``simulation``: ``default_simulation`` when the caller has it already.
    """
    chances: dict[str, tuple[float, float | None, float | None]] = {}
    if simulation is None:
        simulation = default_simulation(scenario, cpi, result)
    if simulation is not None:
        for s in simulation.results:
            chances[s.alternative_id] = (
                s.prob_npv_positive,
                s.npv_summary.p5,
                s.npv_summary.p95,
            )
    ranked = sorted(result.results, key=lambda r: -r.npv)
    out = []
    for rank, r in enumerate(ranked, start=1):
        chance, p5, p95 = chances.get(r.alternative_id, (None, None, None))
        out.append(
            Decision(
                r.alternative_id,
                r.name,
                r.npv,
                r.sroi_ratio,
                chance,
                p5,
                p95,
                verdict(r.npv, chance),
                rank,
            )
        )
    return out


#: Stakeholders whose balance the decision page gives as "the gemeente's own" (by kind).
OWN_KINDS = frozenset({"gemeente"})


@dataclass(frozen=True)
class VariantFacts:
    """What a council member asks of one variant beyond its NPV (issue 11, item 1):
    the gemeente's own balance, who gains most, the assumptions that move the NPV most,
    the PM posts that apply to it (name and mark) and how many warnings it has."""

    alternative_id: str
    gemeente_balance: float | None  # None: the scenario has no stakeholder of kind gemeente
    top_gainer: str | None  # the stakeholder's name; None when nobody gains
    top_gain: float
    drivers: tuple[str, ...]  # at most three, largest swing first
    pm_posts: tuple[tuple[str, str], ...]
    warnings: int


def _alternative_index(scenario: Scenario, alternative_id: str) -> int:
    return next(i for i, a in enumerate(scenario.alternatives) if a.id == alternative_id)


@dataclass(frozen=True)
class WarningCounts:
    """How many warnings concern each alternative, counted once for all variants (the
    large workbook's 19 variants each went through its 10,000 warnings)."""

    by_alternative: dict[int, int]  # index in ``scenario.alternatives`` -> its own warnings
    general: int  # warnings of no one alternative (settings, stakeholders, PM posts)

    @classmethod
    def of(cls, warnings: Sequence[Issue]) -> WarningCounts:
        by_alternative: dict[int, int] = {}
        general = 0
        for w in warnings:
            index = _path_alternative(w.path)
            if index is not None:
                by_alternative[index] = by_alternative.get(index, 0) + 1
            elif not w.path.startswith("alternatives["):
                general += 1
        return cls(by_alternative, general)

    def count(self, index: int) -> int:
        """The warnings a variant shows: its own and the general ones."""
        return self.general + self.by_alternative.get(index, 0)


#: A path in one alternative: ``alternatives[2]``, ``alternatives[2].costs[0]``.
_IN_ALTERNATIVE = re.compile(r"alternatives\[(0|[1-9][0-9]*)\](?:\Z|[.\[])")


def _path_alternative(path: str) -> int | None:
    """The index of the alternative a path lies in; None for any other path."""
    match = _IN_ALTERNATIVE.match(path)
    return None if match is None else int(match.group(1))


def variant_facts(
    scenario: Scenario,
    result: AlternativeResult,
    sensitivity: AlternativeSensitivity | None,
    warnings: WarningCounts,
    lang: Lang,
) -> VariantFacts:
    """The facts of one variant from results that are already computed; ``warnings``:
    ``WarningCounts.of`` the scenario's warnings, counted once for all variants."""
    own = [s.id for s in scenario.stakeholders if (s.kind or "") in OWN_KINDS]
    balance = (
        sum(result.by_stakeholder[i].npv for i in own if i in result.by_stakeholder)
        if own
        else None
    )
    gains = sorted(result.by_stakeholder.items(), key=lambda item: -item[1].npv)
    gainer, gain = (None, 0.0)
    if gains and gains[0][1].npv > 0:
        gainer, gain = scenario.stakeholder_name(gains[0][0]), gains[0][1].npv
    drivers: tuple[str, ...] = ()
    if sensitivity is not None:
        moving = [e for e in sensitivity.tornado if e.affects][:3]
        drivers = tuple(
            parameter_label(scenario, e.path, lang, within=result.alternative_id) for e in moving
        )
    pm_posts = tuple(
        (p.name, p.mark)
        for p in scenario.pm_items
        if p.alternative is None or p.alternative == result.alternative_id
    )
    count = warnings.count(_alternative_index(scenario, result.alternative_id))
    return VariantFacts(result.alternative_id, balance, gainer, gain, drivers, pm_posts, count)


def drivers_text(labels: tuple[str, ...]) -> str:
    """``Effect: proxywaarde, aantal; discontovoet``: the fields of one item named once."""
    grouped: dict[str, list[str]] = {}
    for label in labels:
        item, _sep, field = label.rpartition(": ")
        grouped.setdefault(item, []).append(field)
    return "; ".join(
        f"{item}: {', '.join(fields)}" if item else ", ".join(fields)
        for item, fields in grouped.items()
    )


def pm_text(posts: tuple[tuple[str, str], ...]) -> str:
    """``5 × +, 1 × −, 1 × ?``: how many PM posts of each mark, most favourable first
    (no-break spaces keep a count with its mark); empty without PM posts."""
    counts: dict[str, int] = {}
    for _name, mark in posts:
        counts[mark] = counts.get(mark, 0) + 1
    nbsp = "\u00a0"
    return ", ".join(
        f"{counts[m]}{nbsp}×{nbsp}{m.replace('-', '−')}"
        for m in ("++", "+", "0", "-", "--", "?")
        if counts.get(m)
    )
