"""Local CBS figures in the template picker: fetched (client replaced) or imported, then used."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from sroi_app.ui.mainwindow import MainWindow
from sroi_app.ui.template_picker import TemplatePicker
from tests.test_cbs import EXPECTED, FIXTURES, FakeClient

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _picker(window: MainWindow) -> TemplatePicker:
    window.show_page("effects").template_button.click()
    dialogs = [d for d in window.findChildren(TemplatePicker) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def test_fetched_figures_fill_the_population_and_the_insert_names_cbs(
    example_window: MainWindow, qtbot: QtBot
) -> None:
    window = example_window
    picker = _picker(window)
    picker.choose("fall_prevention")
    picker.area.setCurrentIndex(picker.area.findData("woonwijk"))
    illustrated = picker.inputs.values["residents_65plus"]
    assert "Illustratie" in picker.inputs.notes["residents_65plus"]
    box = picker.region
    box.code.setText(EXPECTED["code"])
    box.table.setCurrentIndex(box.table.findData("85984NED"))
    client = FakeClient()
    box.fetch(get_data=client.get_data, get_meta=client.get_meta)
    qtbot.waitUntil(lambda: box.figures is not None, timeout=10_000)
    assert picker.inputs.values["residents_65plus"] == EXPECTED["age_65_plus"] != illustrated
    assert "85984NED" in picker.inputs.notes["residents_65plus"]
    assert EXPECTED["name"] in box.status.text()
    before = len(window.controller.scenario.alternatives[picker.alternative.currentData()].effects)
    assert picker.insert()
    effects = window.controller.scenario.alternatives[picker.alternative.currentData()].effects
    assert len(effects) == before + 1
    inputs = {i.name: i for i in effects[-1].quantity_derivation.inputs}
    assert "CBS StatLine, tabel 85984NED" in inputs["residents_65plus"].source


def test_offline_the_statline_csv_is_imported_and_a_failed_fetch_is_said(
    example_window: MainWindow, qtbot: QtBot
) -> None:
    picker = _picker(example_window)
    picker.choose("green_mental_health")
    box = picker.region
    own = picker.inputs.values["residents"]  # the area type's or the template's

    def offline(*_args: object, **_kwargs: object) -> list[dict[str, object]]:
        raise ConnectionError("Name or service not known")

    box.code.setText("GM0363")
    box.fetch(get_data=offline, get_meta=offline)
    qtbot.waitUntil(lambda: "Niet opgehaald" in box.status.text(), timeout=10_000)
    assert "CSV" in box.status.text() and box.figures is None
    box.code.setText("")
    assert box.import_csv(str(FIXTURES / "85984NED_tabel.csv"))
    assert "regio's geïmporteerd" in box.status.text()
    box.code.setText(EXPECTED["code"])
    box.load()
    assert box.figures is not None and box.figures.code == EXPECTED["code"]
    assert picker.inputs.values["residents"] == EXPECTED["inhabitants"]
    assert "85984NED_tabel.csv" in picker.inputs.notes["residents"]
    box.clear()  # back to the value without local figures
    assert box.figures is None and picker.inputs.values["residents"] == own
