"""Ranges beside the values, the tornado that follows them, and simulations off the UI thread."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from sroi_app.app import ranges
from sroi_app.app.document import Document
from sroi_app.calc import compute
from sroi_app.calc.uncertainty import with_parameter
from sroi_app.domain.formatting import format_money, format_percent
from sroi_app.domain.models import Range
from sroi_app.io.cpi import default_cpi
from sroi_app.ui.mainwindow import MainWindow
from sroi_app.ui.pages.sensitivity import MONTE_CARLO, SWITCHING, TORNADO, SensitivityPage
from sroi_app.ui.widgets.ranges import (
    DISTRIBUTION,
    HIGH,
    LOW,
    RANGE,
    VALUE,
    RangesModel,
    distribution_names,
)
from tests.conftest import ROOT
from tests.ui.conftest import make_window
from tests.ui.helpers import choose_in_cell, type_into_cell

CPI = default_cpi()
PLEK = ROOT / "scenarios" / "groene-ontmoetingsplek.sroi.json"
HOUSE_VALUE = "alternatives[1].effects[6].proxy.value"  # the widest bar of the first variant
HOUSES = "alternatives[1].effects[6]"


@pytest.fixture
def plek(qtbot: QtBot) -> MainWindow:
    return make_window(qtbot, Document.open(PLEK))


def sensitivity_page(window: MainWindow) -> SensitivityPage:
    page = window.show_page("sensitivity")
    assert isinstance(page, SensitivityPage)
    return page


def row_of(model: RangesModel, item: str, field: str) -> int:
    return next(r for r in range(model.rowCount()) if model.row(r) == (item, field))


def tornado_entry(page: SensitivityPage, path: str):  # type: ignore[no-untyped-def]
    assert page.tornado is not None
    return next(e for e in page.tornado.tornado if e.path == path)


def bar_widths(page: SensitivityPage, path: str) -> tuple[float, float]:
    """The chart's own low and high bars of a parameter (widths from the central NPV)."""
    chart = page.tornado_chart
    shown = [e for e in page.tornado.tornado if e.affects]  # type: ignore[union-attr]
    position = [e.path for e in shown].index(path)
    assert chart._low is not None and chart._high is not None
    return chart._low.patches[position].get_width(), chart._high.patches[position].get_width()


def engine_npv(window: MainWindow, path: str, value: float) -> float:
    return compute(with_parameter(window.controller.scenario, path, value), CPI).results[0].npv


def test_editing_a_range_beside_the_tornado_redraws_it(plek: MainWindow, qtbot: QtBot) -> None:
    """Widget -> model: typing a high value is an undoable edit, and the bars follow."""
    page = sensitivity_page(plek)
    assert page.tabs.currentIndex() == TORNADO
    model = page.ranges.model
    row = row_of(model, HOUSES, "proxy.value")
    assert model.index(row, HIGH).data() == format_money(45_000.0, "nl")
    type_into_cell(qtbot, page.ranges.view, row, HIGH, "60000")
    scenario = plek.controller.scenario
    assert ranges.range_of(scenario, HOUSES, "proxy.value") == Range(low=12_000.0, high=60_000.0)
    entry = tornado_entry(page, HOUSE_VALUE)
    assert (entry.low, entry.high) == (12_000.0, 60_000.0)
    assert entry.npv_high == pytest.approx(engine_npv(plek, HOUSE_VALUE, 60_000.0), rel=1e-12)
    central = compute(scenario, CPI).results[0].npv
    assert bar_widths(page, HOUSE_VALUE) == pytest.approx(
        (entry.npv_low - central, entry.npv_high - central), rel=1e-12
    )
    assert plek.undo_action.text() == "Ongedaan maken Bandbreedte van proxywaarde (€) wijzigen"
    plek.undo_action.trigger()
    assert tornado_entry(page, HOUSE_VALUE).high == 45_000.0
    assert model.index(row, HIGH).data() == format_money(45_000.0, "nl")


def test_a_range_changed_in_the_document_shows_beside_the_value_and_in_the_tornado(
    plek: MainWindow,
) -> None:
    """Model -> widget: a change made elsewhere (a script, undo) appears in both views."""
    effects = plek.show_page("effects")
    effects.selector.select("groen")  # type: ignore[attr-defined]
    effects.editor.select_row(6)  # type: ignore[attr-defined]
    editor = effects.ranges  # type: ignore[attr-defined]
    row = row_of(editor.model, HOUSES, "quantity")
    assert editor.model.index(row, LOW).data() == "45"
    issues = plek.controller.attempt(
        ranges.set_range_command, HOUSES, "quantity", {"low": 20.0, "high": 200.0}, CPI
    )
    assert issues == ()
    assert editor.model.index(row, LOW).data() == "20"
    assert editor.model.index(row, HIGH).data() == "200"
    page = sensitivity_page(plek)  # brought up to date when shown
    path = "alternatives[1].effects[6].quantity"
    entry = tornado_entry(page, path)
    assert entry.npv_low == pytest.approx(engine_npv(plek, path, 20.0), rel=1e-12)
    assert entry.npv_high == pytest.approx(engine_npv(plek, path, 200.0), rel=1e-12)
    plek.undo_action.trigger()
    assert tornado_entry(page, path).high == 150.0
    assert editor.model.index(row, HIGH).data() == "150"


def test_ranges_on_the_effects_page_add_change_refuse_and_remove(
    plek: MainWindow, qtbot: QtBot
) -> None:
    effects = plek.show_page("effects")
    effects.selector.select("groen")  # type: ignore[attr-defined]
    effects.editor.select_row(0)  # type: ignore[attr-defined]
    editor = effects.ranges  # type: ignore[attr-defined]
    # The ranges share the space beside the details with the derivation, as tabs.
    effects.side.setCurrentWidget(editor)  # type: ignore[attr-defined]
    model, item = editor.model, "alternatives[1].effects[0]"
    assert [model.row(r)[1] for r in range(model.rowCount())] == list(ranges.RANGE_FIELDS["effect"])
    row = row_of(model, item, "displacement")
    assert model.index(row, RANGE).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.index(row, LOW).data() == "\u2013"
    # Tick: a range 10 points either side of 0% (not below 0).
    assert model.setData(
        model.index(row, RANGE), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert ranges.range_of(plek.controller.scenario, item, "displacement") == Range(
        low=0.0, high=0.1
    )
    assert model.index(row, HIGH).data() == format_percent(0.1, "nl", 2)
    # A low above the value itself (0%) is refused for a triangular range...
    type_into_cell(qtbot, editor.view, row, LOW, "5")
    assert ranges.range_of(plek.controller.scenario, item, "displacement") == Range(
        low=0.0, high=0.1
    )
    refusal = model.refusal(row, LOW)
    assert refusal is not None and "0,05" in refusal
    assert refusal in plek.statusBar().currentMessage()
    # ... but allowed for a uniform one, chosen in the cell's list.
    choose_in_cell(qtbot, editor.view, row, DISTRIBUTION, distribution_names()["uniform"])
    type_into_cell(qtbot, editor.view, row, LOW, "5")
    assert ranges.range_of(plek.controller.scenario, item, "displacement") == Range(
        low=0.05, high=0.1, distribution="uniform"
    )
    assert model.refusal(row, LOW) is None
    # Untick: the range is gone, the value stays.
    model.setData(
        model.index(row, RANGE), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert ranges.range_of(plek.controller.scenario, item, "displacement") is None
    assert model.index(row, VALUE).data() == format_percent(0.0, "nl", 2)
    # Another effect selected: its own fields.
    effects.editor.select_row(3)  # type: ignore[attr-defined]
    assert model.row(0) == ("alternatives[1].effects[3]", "quantity")


def test_green_book_preset_on_the_costs_page(plek: MainWindow) -> None:
    costs = plek.show_page("costs")
    costs.selector.select("groen")  # type: ignore[attr-defined]
    editor = costs.ranges  # type: ignore[attr-defined]
    assert editor.preset_button is not None and not editor.preset_button.isEnabled()
    costs.editor.select_row(0)  # type: ignore[attr-defined]
    assert editor.preset_button.isEnabled()
    actions = editor.preset_button.menu().actions()
    assert len(actions) == 5
    before = plek.controller.scenario
    actions[1].trigger()  # non-standard buildings: 4% - 51%
    cost = plek.controller.scenario.alternatives[1].costs[0]
    assert cost.optimism_bias == 0.51
    assert cost.uncertainty["optimism_bias"] == Range(low=0.04, high=0.51)
    row = row_of(editor.model, "alternatives[1].costs[0]", "optimism_bias")
    assert editor.model.index(row, LOW).data() == format_percent(0.04, "nl", 2)
    assert plek.undo_action.text() == "Ongedaan maken Green Book-optimism bias toepassen"
    plek.undo_action.trigger()
    assert plek.controller.scenario is before


def test_discount_rate_range_on_the_project_page(window: MainWindow) -> None:
    project = window.show_page("project")
    model = project.rate_range.model  # type: ignore[attr-defined]
    assert model.rowCount() == 1 and model.row(0) == ("settings", "discount_rate")
    assert model.index(0, VALUE).data() == format_percent(0.0225, "nl", 2)
    model.setData(
        model.index(0, RANGE), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    found = window.controller.scenario.settings.uncertainty["discount_rate"]
    assert (found.low, found.high) == pytest.approx((0.0125, 0.0325))
    model.setData(model.index(0, HIGH), "5", Qt.ItemDataRole.EditRole)
    assert window.controller.scenario.settings.uncertainty["discount_rate"].high == 0.05
    # A step schedule carries no range: choosing one drops it in the same undoable step.
    choice = project.rate_choice  # type: ignore[attr-defined]
    choice.setCurrentIndex(choice.findData("green_book_declining"))
    choice.activated.emit(choice.currentIndex())
    assert isinstance(window.controller.scenario.settings.discount_rate, list)
    assert window.controller.scenario.settings.uncertainty == {}
    assert model.index(0, VALUE).data() == "trappenschema"
    assert not model.flags(model.index(0, RANGE)) & Qt.ItemFlag.ItemIsUserCheckable
    window.undo_action.trigger()
    assert window.controller.scenario.settings.uncertainty["discount_rate"].high == 0.05


def test_every_new_model_passes_the_model_tester(
    plek: MainWindow, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    page = sensitivity_page(plek)
    qtmodeltester.check(page.ranges.model)
    effects = plek.show_page("effects")
    effects.editor.select_row(0)  # type: ignore[attr-defined]
    qtmodeltester.check(effects.ranges.model)  # type: ignore[attr-defined]
    page = sensitivity_page(plek)
    page.tabs.setCurrentIndex(SWITCHING)
    qtbot.waitUntil(lambda: page.switching_model.rowCount() > 0, timeout=20_000)
    qtmodeltester.check(page.switching_model)
    page.auto.setChecked(False)
    page.draws.setValue(500)
    page.tabs.setCurrentIndex(MONTE_CARLO)
    with qtbot.waitSignal(page.simulation_task.finished, timeout=20_000):
        page.run_button.click()
    assert page.summary_model.rowCount() == 2
    qtmodeltester.check(page.summary_model)
    comparison = plek.show_page("comparison")
    assert comparison.model.rowCount() > 5 and comparison.increment_model.rowCount() == 6  # type: ignore[attr-defined]
    qtmodeltester.check(comparison.model)  # type: ignore[attr-defined]
    qtmodeltester.check(comparison.increment_model)  # type: ignore[attr-defined]


def test_range_labels_are_cut_at_the_end_with_the_whole_name_as_tooltip(plek: MainWindow) -> None:
    """Names that begin alike stay apart ("Minder e…: aantal" three times was unreadable)."""
    from sroi_app.domain.parameters import parameter_label
    from sroi_app.ui.widgets.ranges import PARAMETER

    page = sensitivity_page(plek)
    assert page.ranges.view.textElideMode() == Qt.TextElideMode.ElideRight
    model = page.ranges.model
    row = row_of(model, HOUSES, "proxy.value")
    shown = model.index(row, PARAMETER).data()
    whole = model.index(row, PARAMETER).data(Qt.ItemDataRole.ToolTipRole)
    assert whole == shown
    assert whole == parameter_label(
        plek.controller.scenario, HOUSE_VALUE, "nl", page.selector.current_id
    )


def test_range_names_keep_room_to_be_read_in_a_small_window(plek: MainWindow) -> None:
    """At 1280 x 720 the name column was squeezed to "Mind…" by the stretched table."""
    from sroi_app.ui.widgets.ranges import PARAMETER, PARAMETER_WIDTH

    plek.resize(1280, 720)
    page = sensitivity_page(plek)
    plek.show()
    QApplication.processEvents()
    assert page.ranges.view.columnWidth(PARAMETER) >= PARAMETER_WIDTH
    label = page.ranges.view.fontMetrics().horizontalAdvance("Minder eenzaamheid: aantal")
    assert page.ranges.view.columnWidth(PARAMETER) > label
