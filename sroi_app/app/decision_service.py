"""The decision page's content for the app's Results page (issue 11, item 1), without Qt.

The council report opens with a decision page (``exports/report/decision.py``);
the Results page's first tab shows the same content: the variants ranked with
their chance of a positive NPV and 5-95% band from the seeded simulation
(``calc.decision``), one verdict sentence each, the per-variant facts (the
gemeente's balance, who gains most, the three assumptions that move the NPV
most, the PM posts, the warnings) and one line with price level, base year,
horizon and discount rate with its source. The words are the report's
(``exports.report.texts``), so the tab and page 1 of the PDF read alike.

``compute_decision`` runs the simulation (10,000 draws) and the one-way
tornado, so the tab calls it in a worker; its answer carries the version of
the scenario (the immutable ``Scenario`` object) it belongs to, so a late
answer for an earlier version can be dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

from sroi_app.calc.checks import scenario_warnings, simulation_warnings
from sroi_app.calc.decision import (
    Decision,
    WarningCounts,
    decisions,
    default_simulation,
)
from sroi_app.calc.montecarlo import DEFAULT_DRAWS, DEFAULT_SEED, Progress
from sroi_app.calc.results import ScenarioResult
from sroi_app.calc.sensitivity import one_way
from sroi_app.domain.cpi import CpiTable
from sroi_app.domain.errors import Issue
from sroi_app.domain.formatting import Lang, format_money, format_number
from sroi_app.domain.labels import conventions_text
from sroi_app.domain.models import Scenario
from sroi_app.exports.report.decision import facts_row, ranking_row, verdict_sentence
from sroi_app.exports.report.texts import text
from sroi_app.io.method_text import rate_source
from sroi_app.io.proxies import capitalised_ids


@dataclass(frozen=True)
class DecisionContent:
    """What the decision tab shows, in one language, for one version of the scenario."""

    scenario: Scenario  # the version it was computed for
    decisions: tuple[Decision, ...]  # ranked, highest NPV first
    point_estimate: bool  # no ranges: no chance, no band
    intro: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]  # one per variant, in rank order
    sentences: tuple[str, ...]  # one verdict sentence per variant, in rank order
    facts_header: tuple[str, ...]
    facts_rows: tuple[tuple[str, ...], ...]  # one per variant, in rank order
    facts_caption: str
    conventions: str  # price level, base year, horizon, discount rate and its source

    def of(self, scenario: Scenario) -> bool:
        return self.scenario is scenario


def compute_decision(
    scenario: Scenario,
    cpi: CpiTable,
    result: ScenarioResult,
    lang: Lang,
    warnings: Sequence[Issue] | None = None,
    progress: Progress | None = None,
) -> DecisionContent:
    """The decision tab's content: the seeded simulation and the tornado (seconds).

    ``warnings``: the scenario's warnings when the caller has them (the evaluation's);
    ``progress``: the simulation's, returning False to cancel.
    """
    found = (
        list(warnings)
        if warnings is not None
        else scenario_warnings(scenario, result, cpi, capitalised_ids())
    )
    simulation = default_simulation(scenario, cpi, result, progress)
    if simulation is not None:  # and the check that needs it (issue 11, item 4)
        found += simulation_warnings(scenario, result, simulation)
    ranked = tuple(decisions(scenario, cpi, result, simulation))
    point = simulation is None
    sensitivity = (
        {}
        if point
        else {a.alternative_id: a for a in one_way(scenario, cpi, result=result, switching=False)}
    )
    if point:
        intro = text("decision_point", lang)
    else:
        draws = format_number(DEFAULT_DRAWS, 0, lang)
        intro = text("decision_intro", lang).format(draws=draws, seed=DEFAULT_SEED)
    money = partial(format_money, lang=lang)
    rows = tuple(ranking_row(d, lang, money) for d in ranked)
    sentences = tuple(verdict_sentence(d, lang, money) for d in ranked)
    by_id = {r.alternative_id: r for r in result.results}
    counts = WarningCounts.of(found)
    facts_rows = tuple(
        facts_row(
            scenario,
            by_id[d.alternative_id],
            sensitivity.get(d.alternative_id),
            counts,
            lang,
        )
        for d in ranked
    )
    source = text("rate_source", lang).format(source=rate_source(scenario, lang))
    return DecisionContent(
        scenario,
        ranked,
        point,
        intro,
        tuple(text("decision_header", lang).split("|")),
        rows,
        sentences,
        tuple(text("facts_header", lang).split("|")),
        facts_rows,
        text("facts_caption", lang),
        f"{conventions_text(scenario, lang)} {source}",
    )
