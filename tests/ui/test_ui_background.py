"""The controller's evaluation on a worker thread (forced here on a small example).

Large scenarios are evaluated off the UI thread; the same path is taken for
the contract's example by lowering the controller's threshold, so these
tests are quick and exact.
"""

from __future__ import annotations

import sys
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from sroi_app.app.document import Document
from sroi_app.app.evaluation import evaluate
from sroi_app.ui import controller as controller_module
from sroi_app.ui.controller import DocumentController
from tests.ui.conftest import EXAMPLE, make_window

QUANTITY = "alternatives[1].effects[0].quantity"


@pytest.fixture
def controller(qtbot: QtBot) -> DocumentController:
    controller = DocumentController(Document.open(EXAMPLE), recovery_interval_s=3600)
    controller.background_item_years = 0  # every scenario counts as large
    yield controller
    controller.undo_stack.setClean()
    controller.close()


def test_results_follow_from_the_worker_and_only_the_newest_count(
    qtbot: QtBot, controller: DocumentController
) -> None:
    ready: list[Any] = []
    pending: list[bool] = []
    controller.evaluationReady.connect(ready.append)
    controller.evaluationPending.connect(lambda: pending.append(True))
    before = controller.latest_evaluation()
    for quantity in (41.0, 42.0, 43.0):  # typed quickly: one evaluation for the last
        assert not controller.set_value(QUANTITY, quantity)
        assert controller.evaluation_pending()
        assert controller.latest_evaluation() is before  # never blocks: the last results
    assert len(pending) == 3 and not ready
    qtbot.waitUntil(lambda: not controller.evaluation_pending(), timeout=10_000)
    assert [e.scenario for e in ready] == [controller.scenario]
    # The engine's numbers for the last value, by hand: the effect's yearly value
    # scales with its quantity, so its present value is 43/40 of the original one.
    original = before.result.result("groen").by_effect["beweeg"]
    assert ready[0].result.result("groen").by_effect["beweeg"] == pytest.approx(
        original * 43 / 40, rel=1e-12
    )


def test_undo_to_an_evaluated_version_needs_no_worker(
    qtbot: QtBot, controller: DocumentController
) -> None:
    first = controller.latest_evaluation()
    controller.set_value(QUANTITY, 50.0)
    qtbot.waitUntil(lambda: not controller.evaluation_pending(), timeout=10_000)
    controller.undo_stack.undo()
    assert not controller.evaluation_pending()  # the earlier evaluation is kept
    assert controller.latest_evaluation() is first


def test_a_crash_in_the_worker_reaches_the_crash_handler(
    qtbot: QtBot, controller: DocumentController, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(scenario: Any, cpi: Any) -> Any:
        raise ZeroDivisionError("kapot in de achtergrond")

    monkeypatch.setattr(controller_module, "evaluate", broken)
    caught: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda t, e, tb: caught.append(e))
    controller.set_value(QUANTITY, 60.0)
    qtbot.waitUntil(lambda: bool(caught), timeout=10_000)
    assert str(caught[0]) == "kapot in de achtergrond"
    assert controller.evaluation_pending()  # no wrong results shown
    monkeypatch.setattr(controller_module, "evaluate", evaluate)
    controller.set_value(QUANTITY, 61.0)  # the next edit is evaluated again
    qtbot.waitUntil(lambda: not controller.evaluation_pending(), timeout=10_000)


def test_the_window_greys_results_while_they_are_computed(qtbot: QtBot) -> None:
    window = make_window(qtbot, Document.open(EXAMPLE))
    window.controller.background_item_years = 0
    results = window.show_page("results")
    old = results.tiles["npv"].text
    window.controller.set_value(QUANTITY, 400.0)
    assert not results.tiles_box.isEnabled() and not window.kpi_label.isEnabled()
    assert results.tiles["npv"].text == old
    qtbot.waitUntil(lambda: results.tiles_box.isEnabled(), timeout=10_000)
    assert results.tiles["npv"].text != old and window.kpi_label.isEnabled()
