"""The Monitoring page (issue 13): imports are one undoable step; a bad file changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from sroi_app.app.document import Document
from sroi_app.calc import compute
from sroi_app.calc.monitoring import monitor
from sroi_app.io.cpi import default_cpi
from tests.conftest import SCENARIOS
from tests.ui.conftest import make_window
from tests.ui.test_ui_files import Recorder

ROOM = next(p for p in SCENARIOS if p.name == "ontmoetingsruimte-senioren.sroi.json")
EVALUATED = next(p for p in SCENARIOS if "evaluatie" in p.name)


def _page(qtbot: QtBot, path: Path):  # type: ignore[no-untyped-def]
    window = make_window(qtbot, Document.open(path))
    page = window.show_page("monitoring")
    qtbot.waitUntil(lambda: page.monitored is not None)
    return window, page


def test_the_evaluated_example_shows_forecast_beside_measured(qtbot: QtBot) -> None:
    window, page = _page(qtbot, EVALUATED)
    scenario = window.controller.scenario
    expected = monitor(scenario, default_cpi(), compute(scenario, default_cpi()))[0]
    assert page.effects.rowCount() == 2 and page.costs.rowCount() == 1
    assert page.monitored.reforecast.npv == expected.reforecast.npv
    assert "herprognose" in page.summary.text().lower()
    statuses = {page.effects.cell(row, 4) for row in page.effects.rows}
    assert statuses <= {"op schema", "achter", "voor", "ver onder de prognose"}


def test_a_csv_import_is_one_undoable_step(qtbot: QtBot, tmp_path: Path) -> None:
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
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
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


def test_a_measurement_entered_by_hand_changes_the_reforecast_at_once_and_undo_restores_it(
    qtbot: QtBot,
) -> None:
    window, page = _page(qtbot, ROOM)
    controller = window.controller
    before = controller.scenario
    forecast_npv = page.monitored.reforecast.npv
    form = page.form
    assert form.item.count() > 0 and form.item.currentText().startswith("Effect: ")
    path = form.item.currentData()
    alt, effect = before.alternatives[page.selector.current_index()], None
    effect = alt.effects[int(path.rsplit("[", 1)[1].rstrip("]"))]
    year = before.settings.start_year + 2
    form.year.setValue(year)
    form.value.setText("0")  # nothing happened in that year
    form.source.setText("telling 2027")
    assert form.save()
    after = controller.scenario
    entered = after.alternatives[page.selector.current_index()].effects[alt.effects.index(effect)]
    assert [(m.year, m.quantity, m.source) for m in entered.measurements] == [
        (year, 0.0, "telling 2027")
    ]
    # The page follows at once: the re-forecast is the engine's with the measurement.
    expected = monitor(after, default_cpi(), compute(after, default_cpi()))
    mine = next(m for m in expected if m.alternative_id == alt.id)
    assert page.monitored.reforecast.npv == mine.reforecast.npv < forecast_npv
    assert str(year) in " ".join(page.effects.cell(r, 1) for r in page.effects.rows)
    # One undo step brings the forecast back.
    window.undo_action.trigger()
    assert controller.scenario is before
    assert page.monitored.reforecast.npv == forecast_npv
    # A value that is not a number is refused in words, and nothing changes.
    form.value.setText("veel")
    assert not form.save() and "“veel” is geen getal" in form.problem.text()
    assert controller.scenario is before


def test_an_actual_entered_for_a_cost_and_removed_again(qtbot: QtBot) -> None:
    window, page = _page(qtbot, ROOM)
    controller = window.controller
    before = controller.scenario
    form = page.form
    form.item.setCurrentIndex(
        next(i for i in range(form.item.count()) if ".costs[" in form.item.itemData(i))
    )
    assert form.price_year.isVisibleTo(page) and not form.source.isVisibleTo(page)
    year = before.settings.start_year
    form.year.setValue(year)
    form.value.setText("12.500")  # Dutch thousands
    form.price_year.setValue(2024)
    assert form.save()
    path = form.item.currentData()
    index = int(path.rsplit("[", 1)[1].rstrip("]"))
    cost = controller.scenario.alternatives[page.selector.current_index()].costs[index]
    assert [(a.year, a.amount, a.price_year) for a in cost.actuals] == [(year, 12500.0, 2024)]
    assert form.remove()
    cost = controller.scenario.alternatives[page.selector.current_index()].costs[index]
    assert cost.actuals == []
    assert not form.remove() and form.problem.text()  # nothing left to remove for that year
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert controller.scenario is before
