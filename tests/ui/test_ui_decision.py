"""The Results page opens on the decision: the council report's page 1 in the app (issue 11)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from sroi_app.app.document import Document
from sroi_app.calc import compute
from sroi_app.calc.decision import decisions
from sroi_app.calc.montecarlo import DEFAULT_SEED
from sroi_app.domain.formatting import format_money, format_percent
from sroi_app.io.cpi import default_cpi
from sroi_app.ui.mainwindow import MainWindow
from sroi_app.ui.pages import results_decision
from sroi_app.ui.pages.results import YEARLY, ResultsPage
from tests.conftest import ROOT
from tests.ui.conftest import EXAMPLE, make_window

GROEN = ROOT / "scenarios" / "groene-ontmoetingsplek.sroi.json"


def _decision_tab(window: MainWindow, qtbot: QtBot) -> ResultsPage:
    results = window.show_page("results")
    assert isinstance(results, ResultsPage)
    assert results.tabs.currentWidget() is results.decision  # the first tab, opened first
    qtbot.waitUntil(
        lambda: not results.busy() and results.decision.body.isVisible(), timeout=30_000
    )
    return results


def _column(results: ResultsPage, column: int) -> list[str]:
    model = results.decision.ranked_model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def _engine(window: MainWindow):  # type: ignore[no-untyped-def]
    scenario = window.controller.scenario
    cpi = default_cpi()
    return decisions(scenario, cpi, compute(scenario, cpi))


def test_the_chance_per_variant_is_the_engines(qtbot: QtBot) -> None:
    window = make_window(qtbot, Document.open(GROEN))
    results = _decision_tab(window, qtbot)
    assert results.tabs.tabText(0) == "Besluit"
    expected = _engine(window)
    assert len(expected) == 3
    assert _column(results, 1) == [d.name for d in expected]  # ranked by NPV
    assert _column(results, 2) == [format_money(d.npv, "nl") for d in expected]
    chances = [format_percent(d.prob_npv_positive, "nl", 0) for d in expected]
    assert _column(results, 4) == chances
    assert _column(results, 5) == [
        f"{format_money(d.npv_p5, 'nl')} – {format_money(d.npv_p95, 'nl')}" for d in expected
    ]
    # The two close calls: neither is called a flat "no".
    assert [d.verdict for d in expected][1:] == ["uncertain", "uncertain"]
    assert _column(results, 6)[1:] == ["onzeker", "onzeker"]
    sentences = results.decision.sentences.text().splitlines()
    assert len(sentences) == 3
    for d, chance, sentence in zip(expected, chances, sentences, strict=True):
        assert sentence.startswith(f"{d.name}:") and chance in sentence
    intro = results.decision.status.text()
    assert "10.000 trekkingen" in intro and str(DEFAULT_SEED) in intro
    # The facts: the gemeente's balance, three drivers, the warnings (the house value among
    # the drivers), and the conventions line with the discount rate's source.
    facts = results.decision.facts_model
    assert facts.rowCount() == 3 and facts.index(0, 0).data() == expected[0].name
    assert "Waardestijging" in facts.index(0, 3).data()
    assert int(facts.index(0, 5).data()) > 0
    line = results.decision.conventions.text()
    assert "prijzen van 2025" in line and "Bron discontovoet: NL standaard 2,25%" in line
    # Said once: the page's own conventions line stands down beside the tab's.
    assert results.decision.conventions.isVisible() and not results.conventions.isVisible()
    results.tabs.setCurrentIndex(YEARLY)
    assert results.conventions.isVisible()


def test_a_scenario_without_ranges_says_its_result_is_a_point_estimate(
    example_window: MainWindow, qtbot: QtBot
) -> None:
    assert EXAMPLE.name == "groen-schoolplein.sroi.json"  # the example without ranges
    results = _decision_tab(example_window, qtbot)
    assert "puntschattingen" in results.decision.status.text()
    assert _column(results, 4) == ["–"]
    assert _column(results, 6) == ["negatief (puntschatting)"]
    assert "puntschatting" in results.decision.sentences.text()


def test_an_edit_recomputes_the_decision_and_drops_stale_answers(qtbot: QtBot) -> None:
    window = make_window(qtbot, Document.open(GROEN))
    results = _decision_tab(window, qtbot)
    before = _column(results, 4)
    # More building cost for the green meeting place (within its range): its chance falls.
    assert window.controller.set_value("alternatives[2].costs[0].amount", 700_000.0) == ()
    assert results.busy()
    assert results.decision.status.text() == "Het besluit wordt berekend\u2026"
    assert not results.decision.body.isEnabled()  # the old answer, greyed meanwhile
    # A second edit before the first answer is in: only the last version's answer shows.
    assert window.controller.set_value("alternatives[2].costs[0].amount", 728_000.0) == ()
    qtbot.waitUntil(lambda: not results.busy(), timeout=30_000)
    assert results.decision.content is not None
    assert results.decision.content.of(window.controller.scenario)
    expected = _engine(window)
    after = _column(results, 4)
    assert after == [format_percent(d.prob_npv_positive, "nl", 0) for d in expected]
    assert after != before
    assert results.decision.body.isEnabled()
    # Undo: the earlier version's answer again.
    window.undo_action.trigger()
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: not results.busy(), timeout=30_000)
    assert _column(results, 4) == before


def test_the_decision_in_english(qtbot: QtBot) -> None:
    window = make_window(qtbot, Document.open(GROEN))
    window.show_page("results")
    window.set_language("en")
    results = _decision_tab(window, qtbot)
    assert results.tabs.tabText(0) == "Decision"
    expected = _engine(window)
    assert _column(results, 4) == [format_percent(d.prob_npv_positive, "en", 0) for d in expected]
    assert "10,000 draws" in results.decision.status.text()
    assert _column(results, 6)[1] == "uncertain"
    window.set_language("nl")


def test_a_failed_computation_is_said_on_the_tab(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise ValueError("kapot")

    monkeypatch.setattr(results_decision, "compute_decision", broken)
    window = make_window(qtbot, Document.open(GROEN))
    results = window.show_page("results")
    assert isinstance(results, ResultsPage)
    qtbot.waitUntil(lambda: not results.busy(), timeout=30_000)
    assert results.decision.status.text() == (
        "Het besluit kon niet worden berekend: ValueError: kapot"
    )
    assert not results.decision.body.isVisible()
