"""The Monitoring page (issue 13): imports are one undoable step; a bad file changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from sroi_app.app.document import Document
from sroi_app.calc import compute
from sroi_app.calc.monitoring import monitor
from sroi_app.io.cpi import default_cpi
from tests.conftest import SCENARIOS
from tests.ui.conftest import make_window
from tests.ui.test_ui_files import Recorder

ROOM = next(p for p in SCENARIOS if p.name == "ontmoetingsruimte-senioren.sroi.json")
EVALUATED = next(p for p in SCENARIOS if "evaluatie" in p.name)


def _page(qtbot, path: Path):  # type: ignore[no-untyped-def]
    window = make_window(qtbot, Document.open(path))
    page = window.show_page("monitoring")
    qtbot.waitUntil(lambda: page.monitored is not None)
    return window, page


def test_the_evaluated_example_shows_forecast_beside_measured(qtbot) -> None:  # type: ignore[no-untyped-def]
    window, page = _page(qtbot, EVALUATED)
    scenario = window.controller.scenario
    expected = monitor(scenario, default_cpi(), compute(scenario, default_cpi()))[0]
    assert page.effects.rowCount() == 2 and page.costs.rowCount() == 1
    assert page.monitored.reforecast.npv == expected.reforecast.npv
    assert "herprognose" in page.summary.text().lower()
    statuses = {page.effects.cell(row, 4) for row in page.effects.rows}
    assert statuses <= {"op schema", "achter", "voor", "ver onder de prognose"}


def test_a_csv_import_is_one_undoable_step(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, page = _page(qtbot, ROOM)
    before = window.controller.scenario
    good = tmp_path / "metingen.csv"
    good.write_text("effect;jaar;aantal;bron\nmeeting_place_loneliness_care;2027;2;GGD\n")
    assert page.import_file("measurements", good)
    qtbot.waitUntil(lambda: page.effects.rowCount() == 1)
    reforecast = page.monitored.reforecast.npv
    assert reforecast != compute(before, default_cpi()).results[0].npv
    assert window.undo_action.text().endswith("Metingen importeren")
    window.undo_action.trigger()
    assert window.controller.scenario == before
    qtbot.waitUntil(lambda: page.effects.rowCount() == 0)


def test_a_bad_csv_changes_nothing_and_names_the_lines(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window, page = _page(qtbot, ROOM)
    before, count = window.controller.scenario, window.controller.undo_stack.count()
    bad = tmp_path / "fout.csv"
    bad.write_text("effect;jaar;aantal\nmeeting_place_loneliness_care;2027;veel\n")
    shown = Recorder()
    monkeypatch.setattr(QMessageBox, "warning", shown)
    assert not page.import_file("measurements", bad)
    ((_title, text),) = shown.calls
    assert "regel 2" in text and "'veel' is geen getal" in text
    assert window.controller.scenario is before
    assert window.controller.undo_stack.count() == count
