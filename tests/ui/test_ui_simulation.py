"""Monte Carlo runs off the UI thread: the engine's numbers, cancelling, stale results dropped."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from sroi_app.app.document import Document
from sroi_app.calc.uncertainty import DEFAULT_DRAWS, DEFAULT_SEED, monte_carlo
from sroi_app.domain.formatting import format_money, format_percent, format_ratio
from sroi_app.io.cpi import default_cpi
from sroi_app.ui.mainwindow import MainWindow
from sroi_app.ui.pages.sensitivity import MONTE_CARLO, SensitivityPage
from tests.conftest import ROOT
from tests.ui.conftest import make_window
from tests.ui.helpers import deliver_posted_events

CPI = default_cpi()
PLEK = ROOT / "scenarios" / "groene-ontmoetingsplek.sroi.json"
LONG = 1_000_000  # draws: about twenty seconds on this scenario, long enough to stop halfway


@pytest.fixture
def page(qtbot: QtBot) -> SensitivityPage:
    window = make_window(qtbot, Document.open(PLEK))
    found = window.show_page("sensitivity")
    assert isinstance(found, SensitivityPage)
    found.auto.setChecked(False)
    found.tabs.setCurrentIndex(MONTE_CARLO)
    return found


def window_of(page: SensitivityPage) -> MainWindow:
    window = page.window()
    assert isinstance(window, MainWindow)
    return window


def test_defaults_come_from_the_engine(page: SensitivityPage) -> None:
    assert (page.draws.value(), page.seed.value()) == (DEFAULT_DRAWS, DEFAULT_SEED)
    assert page.simulation is None and not page.cancel_button.isEnabled()


def test_a_finished_simulation_shows_the_engines_numbers_for_its_seed(page, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    page.draws.setValue(2_000)
    page.seed.setValue(99)
    with qtbot.waitSignal(page.simulation_task.finished, timeout=30_000):
        page.run_button.click()
        assert page.cancel_button.isEnabled() and not page.run_button.isEnabled()
    scenario = window_of(page).controller.scenario
    engine = monte_carlo(scenario, CPI, 2_000, 99)
    assert page.simulation is not None
    assert (page.simulation.draws, page.simulation.seed) == (2_000, 99)
    assert page.simulation_scenario is scenario
    first = engine.results[0]  # "Vergroenen", the selected variant
    shown = page.simulation.result(first.alternative_id)
    assert shown.prob_npv_positive == first.prob_npv_positive
    assert shown.npv_summary == first.npv_summary
    assert page.prob_tile.text == format_percent(first.prob_npv_positive, "nl", 1)
    model = page.summary_model
    npv_row = [model.index(0, c).data() for c in range(1, 7)]
    summary = first.npv_summary
    assert npv_row == [
        format_money(v, "nl")
        for v in (summary.mean, summary.p5, summary.p10, summary.p50, summary.p90, summary.p95)
    ]
    assert model.index(1, 4).data() == format_ratio(first.sroi_ratio_summary.p50, "nl")
    assert "startgetal 99" in page.histogram.figure.axes[0].texts[0].get_text()
    assert not page.progress.isVisible() and page.run_button.isEnabled()
    # Another variant: the same run, that variant's numbers.
    page.selector.select(engine.results[2].alternative_id)
    assert page.prob_tile.text == format_percent(engine.results[2].prob_npv_positive, "nl", 1)


def test_a_running_simulation_can_be_cancelled(page, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    page.draws.setValue(LONG)
    page.run_button.click()
    # The UI thread stays free: progress arrives while the worker computes.
    qtbot.waitUntil(lambda: 0 < page.progress.value() < LONG, timeout=30_000)
    assert page.progress.isVisible()
    with qtbot.waitSignal(page.simulation_task.cancelled, timeout=5_000):
        page.cancel_button.click()
    assert page.simulation_task.wait(30_000)  # the worker stops at its next chunk
    deliver_posted_events()  # anything it still sent arrives: it must be dropped
    assert page.simulation is None
    assert not page.progress.isVisible() and page.run_button.isEnabled()
    assert not page.cancel_button.isEnabled()
    assert "gestopt" in page.simulation_status.text()


def test_a_result_of_an_earlier_version_is_dropped(page, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    controller = window_of(page).controller
    page.draws.setValue(LONG)
    page.run_button.click()
    qtbot.waitUntil(lambda: page.progress.value() > 0, timeout=30_000)
    # The document changes while the simulation runs: it stops, and nothing of it is shown.
    controller.set_value("alternatives[1].costs[0].amount", 530_000.0)
    assert not page.simulation_task.is_running()
    assert page.simulation_task.wait(30_000)
    deliver_posted_events()
    assert page.simulation is None
    assert page.run_button.isEnabled()
    assert "scenario is gewijzigd" in page.simulation_status.text()


def test_an_edit_marks_the_result_outdated_and_undo_makes_it_current(page, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    controller = window_of(page).controller
    page.draws.setValue(500)
    with qtbot.waitSignal(page.simulation_task.finished, timeout=30_000):
        page.run_button.click()
    assert "eerdere versie" not in page.simulation_status.text()
    controller.set_value("alternatives[1].costs[0].amount", 530_000.0)
    assert "eerdere versie" in page.simulation_status.text()
    window_of(page).undo_action.trigger()
    assert "eerdere versie" not in page.simulation_status.text()


def test_recalculates_after_a_change_when_asked(page, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    controller = window_of(page).controller
    page.draws.setValue(500)
    page.auto.setChecked(True)
    with qtbot.waitSignal(page.simulation_task.finished, timeout=30_000):
        controller.set_value("alternatives[1].costs[0].amount", 530_000.0)
    assert page.simulation_scenario is controller.scenario
    expected = monte_carlo(controller.scenario, CPI, 500, page.seed.value())
    assert page.simulation is not None
    assert page.simulation.results[0].npv_summary == expected.results[0].npv_summary


def test_switching_language_while_a_simulation_runs(page, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    """The page is rebuilt in the other language; the old page's worker stops with it."""
    window = window_of(page)
    page.draws.setValue(LONG)
    page.run_button.click()
    qtbot.waitUntil(lambda: page.progress.value() > 0, timeout=30_000)
    stop = page.simulation_task._stop  # the running job's stop flag
    assert not stop.is_set()
    with qtbot.waitSignal(page.destroyed, timeout=10_000):
        window.set_language("en")
    assert stop.is_set()  # the old page's task told its worker to stop
    new = window.pages["sensitivity"]
    assert isinstance(new, SensitivityPage)
    assert new.run_button.text() == "Run simulation"
    assert not new.simulation_task.is_running()
