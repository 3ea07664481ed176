"""The report's B-over-A part: what the extra investment of the dearer variant over the
cheaper buys, and for whom (the pair and the sentence the app's Comparison page uses)."""

from __future__ import annotations

from sroi_app.calc import ScenarioResult
from sroi_app.calc.increment import answer, default_pair, incremental
from sroi_app.domain.cpi import CpiTable
from sroi_app.domain.formatting import Lang, format_money
from sroi_app.domain.models import Scenario
from sroi_app.exports.report.model import Block, Heading, Paragraph, Table, keep_euro
from sroi_app.exports.report.texts import text


def increment_blocks(
    scenario: Scenario, cpi: CpiTable, result: ScenarioResult, lang: Lang
) -> list[Block]:
    """A heading, the app's one-sentence answer and per stakeholder the extra costs,
    benefits and balance (stakeholders the difference does not touch are left out)."""
    costs = {r.alternative_id: r.pv_costs for r in result.results}
    pair = default_pair(scenario, costs)
    if pair is None:
        return []
    step = incremental(scenario, cpi, *pair)
    rows = [
        [
            scenario.stakeholder_name(stakeholder),
            *(
                keep_euro(format_money(value, lang))
                for value in (flows.pv_costs, flows.pv_benefits, flows.npv)
            ),
        ]
        for stakeholder, flows in step.result.by_stakeholder.items()
        if flows.pv_costs or flows.pv_benefits
    ]
    caption = text("increment_caption", lang).format(
        a=step.base_name.replace("\n", " "), b=step.variant_name.replace("\n", " ")
    )
    return [
        Heading(text("increment_title", lang)),
        Paragraph(answer(step, lang)),
        Table(
            text("increment_header", lang).split("|"),
            rows,
            [2.6, 1.4, 1.4, 1.4],
            ["l", "r", "r", "r"],
            caption=caption,
        ),
    ]
