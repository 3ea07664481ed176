"""The report's first page carries the decision: the chance and the band (issue 11, item 1)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sroi_app.calc.decision import verdict
from sroi_app.calc.uncertainty import uncertain_parameters
from sroi_app.cli import main
from sroi_app.domain.formatting import format_money, format_percent
from sroi_app.io.scenario_file import load_scenario
from tests.conftest import SCENARIOS
from tests.test_report import pdftotext

RANGED = [p for p in SCENARIOS if uncertain_parameters(load_scenario(p))]


def _page_one(pdf: Path) -> str:
    text = pdftotext(pdf, "-f", "1", "-l", "1")
    return " ".join(text.replace("\u00a0", " ").split())


@pytest.mark.parametrize("path", RANGED, ids=lambda p: p.name)
def test_page_one_gives_each_variants_chance_and_band(path: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "raad.pdf"
    assert main(["report", str(path), "-o", str(pdf)], io.StringIO()) == 0
    page = _page_one(pdf)
    out = io.StringIO()
    assert main(["sensitivity", str(path), "--json"], out) == 0
    for r in json.loads(out.getvalue())["results"]:
        mc = r["monte_carlo"]
        chance = format_percent(mc["prob_npv_positive"], "nl", 0)
        assert chance in page, (r["alternative"], chance)
        band = f"{format_money(mc['npv']['p5'], 'nl')} – {format_money(mc['npv']['p95'], 'nl')}"
        assert band in page, (r["alternative"], band)


def test_a_scenario_without_ranges_says_its_result_is_a_point_estimate(tmp_path: Path) -> None:
    plain = next(p for p in SCENARIOS if not uncertain_parameters(load_scenario(p)))
    pdf = tmp_path / "raad.pdf"
    assert main(["report", str(plain), "-o", str(pdf)], io.StringIO()) == 0
    assert "puntschatting" in _page_one(pdf)


@pytest.mark.parametrize(
    ("npv", "chance", "expected"),
    [
        (1.0, 0.95, "robust_positive"),
        (1.0, 0.9, "robust_positive"),
        (1.0, 0.57, "uncertain"),
        (-1.0, 0.45, "uncertain"),
        (-1.0, 0.1, "robust_negative"),
        (1.0, None, "point_positive"),
        (-1.0, None, "point_negative"),
    ],
)
def test_the_verdict_rule(npv: float, chance: float | None, expected: str) -> None:
    assert verdict(npv, chance) == expected


def test_the_report_has_an_uncertainty_part_with_ranges_only(tmp_path: Path) -> None:
    """Issue 11, item 2: tornado, NPV distribution and switching values in words."""
    from sroi_app.exports.report import export_report

    ranged = next(p for p in RANGED if p.name == "groene-ontmoetingsplek.sroi.json")
    path = tmp_path / "raad.html"
    export_report(load_scenario(ranged), path, "nl")
    html = path.read_text(encoding="utf-8")
    assert "4. Onzekerheid" in html
    assert "Tornado: Vergroenen" in html and "Verdeling van de NCW: Vergroenen" in html
    assert "geen plausibele waarde maakt de NCW nul" in html
    plain = next(p for p in SCENARIOS if not uncertain_parameters(load_scenario(p)))
    export_report(load_scenario(plain), path, "nl")
    html = path.read_text(encoding="utf-8")
    # Without ranges the part says that the result is a point estimate, and shows no charts.
    part = html.split("4. Onzekerheid", 1)[1].split("</section>", 1)[0]
    assert "geen bandbreedtes" in part and "Tornado" not in part


def test_the_uncertainty_part_says_what_the_extra_investment_buys_and_for_whom() -> None:
    """Issue 11, item 2: the B-over-A comparison, in the same words as the app."""
    from sroi_app.calc import compute
    from sroi_app.calc.increment import answer, default_pair, incremental
    from sroi_app.exports.report.content import build_report
    from sroi_app.exports.report.model import Heading, Paragraph, Table
    from sroi_app.io.cpi import default_cpi

    plein = load_scenario(
        next(p for p in SCENARIOS if p.name == "groene-ontmoetingsplek.sroi.json")
    )
    cpi = default_cpi()
    costs = {r.alternative_id: r.pv_costs for r in compute(plein, cpi).results}
    pair = default_pair(plein, costs)
    assert pair is not None
    step = incremental(plein, cpi, *pair)
    for lang, title in (
        ("nl", "Wat de extra investering oplevert"),
        ("en", "What the extra investment buys"),
    ):
        report = build_report(plein, cpi, lang)  # type: ignore[arg-type]
        blocks = [b for s in report.sections if s.key == "uncertainty" for b in s.blocks]
        at = next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.text == title)
        sentence, table = blocks[at + 1], blocks[at + 2]
        assert isinstance(sentence, Paragraph) and isinstance(table, Table)
        assert sentence.text == answer(step, lang)  # type: ignore[arg-type]
        names = {plein.stakeholder_name(s): s for s in step.result.by_stakeholder}
        assert {row[0] for row in table.rows} <= set(names)
        assert len(table.rows) >= 2
        for row in table.rows:
            flows = step.result.by_stakeholder[names[row[0]]]
            assert row[1].replace("\u00a0", " ") == format_money(flows.pv_costs, lang)  # type: ignore[arg-type]


def test_negative_differences_are_worded_as_less() -> None:
    from sroi_app.calc.increment import answer, incremental
    from sroi_app.io.cpi import default_cpi

    plein = load_scenario(
        next(p for p in SCENARIOS if p.name == "groene-ontmoetingsplek.sroi.json")
    )
    step = incremental(plein, default_cpi(), "plus", "groen")  # the cheaper over the dearer
    assert step.pv_costs < 0
    sentence = answer(step, "nl")
    assert "minder dan" in sentence and "€ -" not in sentence.split("per saldo")[0]
    assert format_money(abs(step.pv_costs), "nl") in sentence


def test_the_decision_page_says_per_variant_what_a_council_member_asks_next() -> None:
    """Issue 11, item 1: the gemeente's own balance, who gains most, the three assumptions
    that move the NPV most, the PM posts and the warnings; the rate with its source."""
    from sroi_app.calc import compute
    from sroi_app.calc.sensitivity import one_way
    from sroi_app.domain.parameters import parameter_label
    from sroi_app.exports.report.content import build_report
    from sroi_app.exports.report.model import Paragraph, Table
    from sroi_app.io.cpi import default_cpi

    plein = load_scenario(
        next(p for p in SCENARIOS if p.name == "groene-ontmoetingsplek.sroi.json")
    )
    cpi = default_cpi()
    result = compute(plein, cpi)
    report = build_report(plein, cpi, "nl")
    page = next(s for s in report.sections if s.key == "summary").blocks
    table = next(b for b in page if isinstance(b, Table) and "Saldo gemeente" in b.header)
    tornado = {a.alternative_id: a for a in one_way(plein, cpi, result=result)}
    assert [row[0] for row in table.rows] == [r.name for r in result.results]
    for row, r in zip(table.rows, result.results, strict=True):
        balance = r.by_stakeholder["gemeente"].npv
        assert row[1].replace("\u00a0", " ") == format_money(balance, "nl")
        best = max(r.by_stakeholder, key=lambda s: r.by_stakeholder[s].npv)
        assert row[2].startswith(plein.stakeholder_name(best))
        top = [e for e in tornado[r.alternative_id].tornado if e.affects][:3]
        for entry in top:  # each driver's field is named (its item once)
            label = parameter_label(plein, entry.path, "nl", within=r.alternative_id)
            assert label.rpartition(": ")[2] in row[3]
        marks = [p.mark for p in plein.pm_items]
        assert f"{marks.count('+')}\u00a0×\u00a0+" in row[4]
        assert int(row[5]) >= 1
    notes = " ".join(b.text for b in page if isinstance(b, Paragraph))
    assert "Bron discontovoet: NL standaard 2,25%" in notes


def test_effect_years_past_the_horizon_are_shown_clipped() -> None:
    """Issue 11: "2–26" was printed for an effect on a 20-year horizon: now the years that
    count, "2–20"; the warnings chapter names the effect (runs_past_horizon)."""
    from sroi_app.exports.report.content import build_report
    from sroi_app.exports.report.model import Table
    from sroi_app.io.cpi import default_cpi

    plein = load_scenario(
        next(p for p in SCENARIOS if p.name == "groene-ontmoetingsplek.sroi.json")
    )
    horizon = plein.settings.horizon_years
    past = [
        e
        for a in plein.alternatives
        for e in a.effects
        if e.first_year + e.duration_years - 1 > horizon
    ]
    assert past, "the example has an effect that runs past its horizon"
    report = build_report(plein, default_cpi(), "nl")
    annex = next(s for s in report.sections if s.key == "assumptions").blocks
    cells = [c for b in annex if isinstance(b, Table) for row in b.rows for c in row]
    for e in past:
        last = e.first_year + e.duration_years - 1
        assert not any(c.startswith(f"{e.first_year}–{last}") for c in cells)
        assert any(c.startswith(f"{e.first_year}–{horizon}") for c in cells)


def _counted_one_by_one(path_index: int, paths: list[str]) -> int:
    """The rule a variant's warning count had: its own paths and those of no alternative."""
    mine = f"alternatives[{path_index}]"
    return sum(
        1
        for p in paths
        if p == mine or p.startswith((mine + ".", mine + "[")) or not p.startswith("alternatives[")
    )


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.builds(
                lambda i, tail: f"alternatives[{i}]{tail}",
                st.integers(0, 12),
                st.sampled_from(["", ".costs[0].amount", "[x]", "x", ".name", "]", "\n"]),
            ),
            st.sampled_from(
                [
                    "settings.discount_rate",
                    "stakeholders[1].name",
                    "pm_items[0]",
                    "alternatives",
                    "alternatives[",
                    "alternatives[03]",
                    "alternatives[-1]",
                    "alternatives[²]",
                    "",
                ]
            ),
        ),
        max_size=40,
    )
)
def test_warning_counts_made_once_equal_counting_per_variant(paths: list[str]) -> None:
    from sroi_app.calc.decision import WarningCounts
    from sroi_app.domain.errors import Issue

    counts = WarningCounts.of([Issue(path=p, code="x", message="x") for p in paths])
    for index in range(14):
        assert counts.count(index) == _counted_one_by_one(index, paths)
