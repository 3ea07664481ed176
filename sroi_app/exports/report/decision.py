"""The report's decision page (issue 11, item 1): the variants ranked with their chance
of a positive NPV and 5-95% band, one verdict each, and per variant what a council member
asks next: the gemeente's own balance, who gains most, the three assumptions that move the
NPV most, the PM posts and the number of warnings; then price level, base year, horizon and
discount rate with its source on one line."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sroi_app.calc.decision import (
    Decision,
    WarningCounts,
    decisions,
    drivers_text,
    pm_text,
    variant_facts,
)
from sroi_app.calc.montecarlo import DEFAULT_DRAWS, DEFAULT_SEED
from sroi_app.calc.results import AlternativeResult
from sroi_app.calc.sensitivity import AlternativeSensitivity
from sroi_app.domain.formatting import Lang, format_money, format_number, format_percent
from sroi_app.domain.labels import conventions_text
from sroi_app.domain.models import Scenario
from sroi_app.exports.report.model import Block, Paragraph, Table, keep_euro
from sroi_app.exports.report.texts import text
from sroi_app.io.method_text import rate_source

if TYPE_CHECKING:
    from sroi_app.exports.report.content import _Builder

NONE = "\u2013"  # a cell with nothing to say
Money = Callable[[float | None], str]


def decision_page(b: _Builder) -> list[Block]:
    """The decision page: the variants ranked, how sure each is, one verdict each."""
    blocks: list[Block] = []
    if not b.result.results:
        return [Paragraph(b.t("no_variants"), "lead")]
    ranked = decisions(b.scenario, b.cpi, b.result, b.simulation)
    ranged = any(d.prob_npv_positive is not None for d in ranked)
    if ranged:
        draws = format_number(DEFAULT_DRAWS, 0, b.lang)
        blocks.append(Paragraph(b.t("decision_intro", draws=draws, seed=DEFAULT_SEED)))
    else:
        blocks.append(Paragraph(b.t("decision_point")))
    rows = [list(ranking_row(d, b.lang, b.money)) for d in ranked]
    blocks.append(
        Table(
            b.t("decision_header").split("|"),
            rows,
            [0.65, 2.0, 1.25, 1.15, 1.1, 2.3, 1.45],
            ["r", "l", "r", "r", "r", "r", "l"],
        )
    )
    for d in ranked:
        blocks.append(Paragraph(verdict_sentence(d, b.lang, b.money), "lead"))
    for r in b.result.results:
        blocks.append(
            Paragraph(
                b.t(
                    "summary_line",
                    name=r.name,
                    pvb=b.money(r.pv_benefits),
                    pvc=b.money(r.pv_costs),
                    npv=b.money(r.npv),
                    ratio=b.ratio(r.sroi_ratio),
                    payback=b.payback(r.payback_years),
                )
            )
        )
    blocks += facts(b)
    count = len(b.found_warnings)
    if count:
        blocks.append(Paragraph(b.t("decision_warnings", count=count), "note"))
    blocks.append(Paragraph(conventions_text(b.scenario, b.lang), "note"))
    blocks.append(Paragraph(b.t("rate_source", source=rate_source(b.scenario, b.lang)), "note"))
    return blocks


def ratio_text(value: float | None, lang: Lang) -> str:
    if value is None:
        return "n.v.t." if lang == "nl" else "n/a"
    return format_number(value, 2, lang)


def chance_text(value: float | None, lang: Lang) -> str:
    """A chance as the decision page prints it (whole percents)."""
    return NONE if value is None else format_percent(value, lang, 0)


def ranking_row(d: Decision, lang: Lang, money: Money) -> tuple[str, ...]:
    """One variant's row of the ranking, as the report and the app's decision tab show it:
    rank, name, NPV, SROI ratio, chance of a positive NPV, 5-95% band, verdict.
    ``money`` formats an amount (the report keeps the euro sign with it)."""
    band = (
        NONE
        if d.npv_p5 is None or d.npv_p95 is None
        else f"{money(d.npv_p5)} \u2013 {money(d.npv_p95)}"
    )
    return (
        str(d.rank),
        d.name,
        money(d.npv),
        ratio_text(d.sroi_ratio, lang),
        chance_text(d.prob_npv_positive, lang),
        band,
        text(f"verdict_{d.verdict}", lang),
    )


def verdict_sentence(d: Decision, lang: Lang, money: Money) -> str:
    """The verdict in words: what the ranking's row means for one variant."""
    return text(f"sentence_{d.verdict}", lang).format(
        name=d.name,
        chance=chance_text(d.prob_npv_positive, lang),
        p5=money(d.npv_p5),
        p95=money(d.npv_p95),
    )


def facts_row(
    scenario: Scenario,
    result: AlternativeResult,
    sensitivity: AlternativeSensitivity | None,
    warnings: WarningCounts,
    lang: Lang,
) -> tuple[str, ...]:
    """One variant's row of the facts table, as the report and the app's decision tab
    show it: name, the gemeente's balance, who gains most, the drivers, PM, warnings."""
    f = variant_facts(scenario, result, sensitivity, warnings, lang)
    gainer = NONE if f.top_gainer is None else f"{f.top_gainer} ({format_money(f.top_gain, lang)})"
    return (
        result.name,
        NONE if f.gemeente_balance is None else format_money(f.gemeente_balance, lang),
        gainer,
        drivers_text(f.drivers) if f.drivers else text("facts_no_ranges", lang),
        pm_text(f.pm_posts) or NONE,
        str(f.warnings),
    )


def facts(b: _Builder) -> list[Block]:
    """Per variant: the gemeente's balance, who gains most, what moves the NPV, PM, warnings."""
    counts = WarningCounts.of(b.found_warnings)
    rows = [
        [
            keep_euro(cell)
            for cell in facts_row(
                b.scenario, r, b.sensitivity.get(r.alternative_id), counts, b.lang
            )
        ]
        for r in b.result.results
    ]
    return [
        Table(
            b.t("facts_header").split("|"),
            rows,
            [1.5, 1.2, 1.6, 2.9, 1.1, 1.2],
            ["l", "r", "l", "l", "l", "r"],
            caption=b.t("facts_caption"),
        )
    ]
