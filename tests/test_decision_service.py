"""The decision tab's content without Qt: the report's decision page, per version (issue 11)."""

from __future__ import annotations

import pytest

from sroi_app.app.decision_service import compute_decision
from sroi_app.calc import compute
from sroi_app.calc.decision import decisions
from sroi_app.calc.montecarlo import DEFAULT_DRAWS, DEFAULT_SEED
from sroi_app.calc.uncertainty import SimulationCancelled
from sroi_app.domain.formatting import format_money, format_percent
from sroi_app.exports.report.content import _Builder
from sroi_app.exports.report.decision import decision_page, facts
from sroi_app.exports.report.model import Paragraph, Table
from sroi_app.io.cpi import default_cpi
from sroi_app.io.scenario_file import load_scenario
from tests.conftest import ROOT

GROEN = ROOT / "scenarios" / "groene-ontmoetingsplek.sroi.json"
SCHOOLPLEIN = ROOT / "scenarios" / "groen-schoolplein.sroi.json"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_ranked_rows_are_the_engines_decisions(lang: str) -> None:
    scenario, cpi = load_scenario(GROEN), default_cpi()
    result = compute(scenario, cpi)
    content = compute_decision(scenario, cpi, result, lang)  # type: ignore[arg-type]
    expected = decisions(scenario, cpi, result)
    assert not content.point_estimate and content.of(scenario)
    assert [r[1] for r in content.rows] == [d.name for d in expected]
    assert [r[4] for r in content.rows] == [
        format_percent(d.prob_npv_positive, lang, 0)  # type: ignore[arg-type]
        for d in expected
    ]
    assert [r[2] for r in content.rows] == [format_money(d.npv, lang) for d in expected]  # type: ignore[arg-type]
    draws = "10.000" if lang == "nl" else "10,000"
    assert DEFAULT_DRAWS == 10_000 and draws in content.intro and str(DEFAULT_SEED) in content.intro


def _plain(cells: list[str] | tuple[str, ...]) -> list[str]:
    return [c.replace("\u00a0", " ") for c in cells]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_ranking_and_sentences_are_the_reports(lang: str) -> None:
    """The tab's table and verdict sentences are the report's decision page's (same words)."""
    scenario, cpi = load_scenario(GROEN), default_cpi()
    builder = _Builder(scenario, cpi, lang)  # type: ignore[arg-type]
    blocks = decision_page(builder)
    content = compute_decision(scenario, cpi, builder.result, lang)  # type: ignore[arg-type]
    table = next(b for b in blocks if isinstance(b, Table))
    assert list(content.header) == list(table.header)
    assert [_plain(r) for r in content.rows] == [_plain(r) for r in table.rows]
    paragraphs = [_plain([b.text])[0] for b in blocks if isinstance(b, Paragraph)]
    assert paragraphs[0] == content.intro
    for sentence in content.sentences:
        assert _plain([sentence])[0] in paragraphs


def test_the_facts_are_the_reports() -> None:
    """The tab's facts table says what the report's decision page says (same words)."""
    scenario, cpi = load_scenario(GROEN), default_cpi()
    builder = _Builder(scenario, cpi, "nl")
    (table,) = facts(builder)
    assert isinstance(table, Table)
    content = compute_decision(scenario, cpi, builder.result, "nl")
    assert list(content.facts_header) == list(table.header)
    report = {row[0]: [c.replace("\u00a0", " ") for c in row] for row in table.rows}
    for row in content.facts_rows:
        assert [c.replace("\u00a0", " ") for c in row] == report[row[0]]


def test_without_ranges_it_is_a_point_estimate() -> None:
    scenario, cpi = load_scenario(SCHOOLPLEIN), default_cpi()
    content = compute_decision(scenario, cpi, compute(scenario, cpi), "en")
    assert content.point_estimate
    assert "point estimates" in content.intro
    assert [r[4] for r in content.rows] == ["\u2013"]
    assert "point estimate" in content.sentences[0]
    assert "Source of the discount rate" in content.conventions


def test_a_cancelled_computation_stops() -> None:
    scenario, cpi = load_scenario(GROEN), default_cpi()
    with pytest.raises(SimulationCancelled):
        compute_decision(scenario, cpi, compute(scenario, cpi), "nl", progress=lambda d, t: False)
