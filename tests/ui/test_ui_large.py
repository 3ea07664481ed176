"""A large scenario (20 alternatives x 500 effects x 20 costs over 100 years) in the window.

The window edits and recalculates such a scenario in the background (its
evaluation is pending right after the edit, the window stays enabled), and
the results it then shows are right: those of the engine for the edited
scenario, and after undo the earlier ones again.

How long the event loop is blocked meanwhile is a timing, measured in
``benchmarks/bench_scale.py`` (``large_window_blocked_ms``,
``large_window_undo_blocked_ms``, ``large_window_open_blocked_ms``), not
asserted here: a timing limit on a loaded CI machine fails by chance.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from benchmarks.synthetic import synthetic_data
from sroi_app.app.background import item_years
from sroi_app.calc import compute
from sroi_app.domain.formatting import format_money
from sroi_app.io.cpi import default_cpi
from sroi_app.ui.mainwindow import MainWindow
from tests.ui.conftest import make_window
from tests.ui.helpers import deliver_posted_events, type_into_cell


@pytest.fixture(scope="module")
def large_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("large") / "groot.sroi.json"
    path.write_text(json.dumps(synthetic_data(20, 500, 20, 100)), encoding="utf-8")
    return path


@pytest.fixture
def large_window(qtbot: QtBot, large_file: Path) -> MainWindow:
    window = make_window(qtbot)
    window.resize(1600, 1000)
    assert window.open_file(large_file, ask=False)
    assert window.controller.in_background(window.controller.scenario)
    assert item_years(window.controller.scenario) == 20 * 520 * 101
    qtbot.waitUntil(lambda: not window.controller.evaluation_pending(), timeout=60_000)
    return window


@pytest.mark.slow
def test_opening_a_large_scenario_keeps_the_window_painted(qtbot: QtBot, large_file: Path) -> None:
    window = make_window(qtbot)
    window.resize(1600, 1000)
    window.show_page("results")
    assert window.open_file(large_file, ask=False)
    qtbot.waitUntil(lambda: not window.controller.evaluation_pending(), timeout=60_000)
    deliver_posted_events()
    scenario = window.controller.scenario
    assert len(scenario.alternatives) == 20 and len(scenario.alternatives[5].effects) == 500
    assert window.centralWidget().isEnabled() and window.menuBar().isEnabled()
    results = window.pages["results"]
    variant = results.selector.current_id
    assert results.tiles["npv"].text == _npv_text(window, variant)


def _npv_text(window: MainWindow, variant: str) -> str:
    scenario = window.controller.scenario
    result = compute(scenario, default_cpi()).result(variant)
    return format_money(result.npv, "nl")


@pytest.mark.slow
@pytest.mark.parametrize("page", ["effects", "results"])
def test_an_edit_of_a_large_scenario_keeps_the_window_responsive(
    qtbot: QtBot, large_window: MainWindow, page: str
) -> None:
    window = large_window
    controller = window.controller
    results = window.show_page("results")
    deliver_posted_events()
    variant = results.selector.current_id
    assert variant is not None
    before = controller.scenario
    assert results.tiles["npv"].text == _npv_text(window, variant)
    effects = window.pages["effects"]
    alt = next(i for i, a in enumerate(before.alternatives) if a.id == variant)
    effects.selector.select(variant)
    window.show_page(page)
    deliver_posted_events()
    effect = before.alternatives[alt].effects[0]
    span = effect.uncertainty.get("quantity")
    value = float(int(span.high)) if span is not None else 999.0  # within its range
    assert value != effect.quantity
    old_npv = results.tiles["npv"].text
    if page == "effects":
        # As a user would: type a new quantity into the first effect's cell.
        column = [c.key for c in effects.model.columns].index("quantity")
        type_into_cell(qtbot, effects.editor.view, 0, column, f"{value:.0f}")
    else:
        assert not controller.set_value(f"alternatives[{alt}].effects[0].quantity", value)
    assert controller.scenario is not before
    assert controller.scenario.alternatives[alt].effects[0].quantity == value
    assert controller.in_background(controller.scenario)  # evaluated off the UI thread
    qtbot.waitUntil(lambda: not controller.evaluation_pending(), timeout=60_000)
    if page == "results":  # the tiles, tables and chart on screen follow
        qtbot.waitUntil(lambda: results.tiles["npv"].text != old_npv, timeout=10_000)
    deliver_posted_events()  # whatever is left to draw
    window.show_page("results")  # (drawing a whole chart anew takes ~0.2 s: not an edit's)
    qtbot.waitUntil(lambda: results.tiles["npv"].text != old_npv, timeout=10_000)
    # The results are the engine's for the edited scenario.
    assert results.tiles["npv"].text == _npv_text(window, variant)
    assert results.tiles_box.isEnabled() and window.kpi_label.isEnabled()
    # Undo brings the earlier results back, also evaluated in the background.
    window.undo_action.trigger()
    assert controller.scenario is before
    assert controller.in_background(before)
    qtbot.waitUntil(lambda: results.tiles["npv"].text == old_npv, timeout=10_000)
    deliver_posted_events()


@pytest.mark.slow
@pytest.mark.parametrize("page", ["sensitivity", "comparison"])
def test_the_analysis_pages_follow_a_large_scenario_without_blocking(
    qtbot: QtBot, large_window: MainWindow, page: str
) -> None:
    window = large_window
    controller = window.controller
    shown = window.show_page(page)
    if page == "sensitivity":  # its first tornado is computed in the background
        qtbot.waitUntil(lambda: not shown.tornado_task.is_running(), timeout=120_000)
        qtbot.waitUntil(lambda: shown.tornado is not None, timeout=10_000)
    deliver_posted_events()
    before = controller.scenario
    variant = before.variants[0]
    alt = before.alternatives.index(variant)
    # costs[1] carries no range (the synthetic scenario puts ranges on every fourth cost)
    assert not controller.set_value(f"alternatives[{alt}].costs[1].amount", 1_234_567.0)
    edited = controller.scenario
    assert controller.in_background(edited)
    qtbot.waitUntil(lambda: not controller.evaluation_pending(), timeout=60_000)
    if page == "sensitivity":
        qtbot.waitUntil(
            lambda: shown._one_way is not None and shown._one_way[0] is edited, timeout=120_000
        )
    deliver_posted_events()
    # The tornado of this scenario takes over a second (thousands of one-way runs)
    # and the Comparison page twenty alternatives: computed on the UI thread they
    # froze the window; what is left on it are tables and charts redrawn once.
    engine = compute(edited, default_cpi()).result(variant.id)
    if page == "sensitivity":
        tornado = next(a for a in shown._one_way[1] if a.alternative_id == variant.id)
        assert tornado.npv == pytest.approx(engine.npv, rel=1e-12)
    else:
        labels = [str(shown.model.index(r, 0).data()) for r in range(shown.model.rowCount())]
        row = labels.index("Netto contante waarde (saldo)")  # against the nulalternatief
        column = 1 + [a.id for a in edited.alternatives].index(variant.id)
        assert shown.model.index(row, column).data() == format_money(engine.npv, "nl")
