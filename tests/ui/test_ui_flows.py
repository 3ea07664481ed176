"""The main flows, driven through the window's widgets as a user would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from sroi_app.app.document import Document
from sroi_app.calc import compute
from sroi_app.domain.formatting import format_money, format_ratio
from sroi_app.io.cpi import default_cpi
from sroi_app.io.scenario_file import load_scenario
from sroi_app.ui.mainwindow import MainWindow
from tests.ui.conftest import EXAMPLE, make_window
from tests.ui.helpers import choose_in_cell, type_into_cell, type_into_field


def test_build_a_scenario_from_an_empty_document(window: MainWindow, qtbot: QtBot) -> None:
    controller = window.controller
    # Project: a name and an own discount rate of 0%, so the result is easy to check by hand.
    project = window.show_page("project")
    type_into_field(qtbot, project.name, "Beweegplein")
    project.rate_choice.setCurrentIndex(project.rate_choice.findData("custom"))
    project.rate_choice.activated.emit(project.rate_choice.currentIndex())
    type_into_field(qtbot, project.custom_rate, "0")
    assert controller.scenario.settings.discount_rate == 0.0
    assert window.windowTitle() == "Beweegplein[*] \u2014 SROI-calculator"
    assert window.isWindowModified()

    # Stakeholders: add the health insurer next to the municipality.
    stakeholders = window.show_page("stakeholders")
    qtbot.mouseClick(stakeholders.editor.add_button, Qt.MouseButton.LeftButton)
    type_into_cell(qtbot, stakeholders.editor.view, 1, 0, "Zorgverzekeraar")
    assert [s.name for s in controller.scenario.stakeholders] == ["Gemeente", "Zorgverzekeraar"]

    # Alternatives: one variant next to the nulalternatief.
    alternatives = window.show_page("alternatives")
    qtbot.mouseClick(alternatives.editor.add_button, Qt.MouseButton.LeftButton)
    type_into_cell(qtbot, alternatives.editor.view, 1, 0, "Beweegplein")
    assert [a.reference for a in controller.scenario.alternatives] == [True, False]

    # Costs of the variant: 150.000 in year 0, paid by the municipality (the default payer).
    costs = window.show_page("costs")
    assert costs.selector.current_id == controller.scenario.alternatives[1].id
    qtbot.mouseClick(costs.editor.add_button, Qt.MouseButton.LeftButton)
    type_into_cell(qtbot, costs.editor.view, 0, 0, "Aanleg")
    type_into_cell(qtbot, costs.editor.view, 0, 2, "150.000")

    # Effects: 40 children x € 300, 20% deadweight, years 1..10, for the insurer.
    effects = window.show_page("effects")
    qtbot.mouseClick(effects.editor.add_button, Qt.MouseButton.LeftButton)
    view = effects.editor.view
    type_into_cell(qtbot, view, 0, 0, "Meer bewegen")
    choose_in_cell(qtbot, view, 0, 1, "Zorgverzekeraar")
    type_into_cell(qtbot, view, 0, 2, "40")
    type_into_cell(qtbot, view, 0, 4, "300")
    type_into_cell(qtbot, view, 0, 6, "10")
    type_into_cell(qtbot, view, 0, 7, "20")
    type_into_field(qtbot, effects.chain_fields[0], "beweegplein")
    type_into_field(qtbot, effects.chain_fields[3], "lagere zorgkosten")
    type_into_field(qtbot, effects.proxy_source, "RIVM")

    variant = controller.scenario.alternatives[1]
    assert (variant.costs[0].name, variant.costs[0].amount, variant.costs[0].payer) == (
        "Aanleg",
        150000.0,
        "gemeente",
    )
    effect = variant.effects[0]
    assert (effect.beneficiary, effect.quantity, effect.proxy.value) == (
        controller.scenario.stakeholders[1].id,
        40.0,
        300.0,
    )
    assert (effect.first_year, effect.duration_years, effect.deadweight) == (1, 10, 0.2)
    assert effect.chain == ["beweegplein", "", "", "lagere zorgkosten"]

    # Results: at 0% nothing is discounted. Costs 150,000; benefits
    # 40 * 300 * (1 - 0.2) = 9,600 a year for 10 years = 96,000.
    results = window.show_page("results")
    engine = compute(controller.scenario, default_cpi()).results[0]
    assert engine.pv_costs == pytest.approx(150_000.0)
    assert engine.pv_benefits == pytest.approx(96_000.0)
    assert engine.npv == pytest.approx(96_000.0 - 150_000.0)
    assert results.tiles["npv"].value == engine.npv
    assert results.tiles["npv"].text == format_money(engine.npv, "nl") == "\u20ac -54.000"
    assert results.tiles["sroi_ratio"].value == engine.sroi_ratio
    assert results.tiles["sroi_ratio"].text == format_ratio(96_000 / 150_000, "nl") == "0,64"
    assert results.tiles["pv_costs"].text == "\u20ac 150.000"
    assert results.tiles["pv_benefits"].text == "\u20ac 96.000"
    assert results.tiles["payback_years"].value is None


def test_undo_and_redo_restore_exact_states(example_window: MainWindow, qtbot: QtBot) -> None:
    controller = example_window.controller
    effects = example_window.show_page("effects")
    states = [controller.scenario]
    type_into_cell(qtbot, effects.editor.view, 0, 7, "35")
    states.append(controller.scenario)
    qtbot.mouseClick(effects.editor.add_button, Qt.MouseButton.LeftButton)
    states.append(controller.scenario)
    type_into_field(qtbot, effects.indicator, "aantal kinderen")
    states.append(controller.scenario)
    assert [s.alternatives[1].effects[0].deadweight for s in states[1:2]] == [0.35]
    assert controller.undo_stack.count() == 3
    assert example_window.undo_action.text() == "Ongedaan maken Wijzig indicator"

    for expected in reversed(states[:-1]):
        example_window.undo_action.trigger()
        assert controller.scenario == expected
    assert controller.scenario is states[0]
    assert not example_window.isWindowModified()  # back at the saved state
    for expected in states[1:]:
        example_window.redo_action.trigger()
        assert controller.scenario == expected
    assert example_window.isWindowModified()
    # The widgets follow the document back and forth.
    assert effects.model.rowCount() == 2
    example_window.undo_action.trigger()
    example_window.undo_action.trigger()
    assert effects.model.rowCount() == 1


def test_save_reopen_compare(example_window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    project = example_window.show_page("project")
    type_into_field(qtbot, project.municipality, "Utrecht")
    path = tmp_path / "plein.sroi.json"
    assert example_window.save_to(path)
    assert not example_window.isWindowModified()
    assert load_scenario(path) == example_window.controller.scenario
    type_into_field(qtbot, project.name, "Plein, tweede versie")
    assert example_window.save()
    assert (tmp_path / "plein.sroi.json.bak").exists()
    other = make_window(qtbot)
    assert other.open_file(path)
    assert other.controller.scenario == example_window.controller.scenario
    assert other.windowTitle() == "Plein, tweede versie[*] \u2014 SROI-calculator"
    assert other.settings.recent_files[0] == str(path.resolve())


def test_an_invalid_value_is_refused_without_changing_the_document(
    example_window: MainWindow, qtbot: QtBot
) -> None:
    controller = example_window.controller
    before = controller.scenario
    effects = example_window.show_page("effects")
    view = effects.editor.view
    type_into_cell(qtbot, view, 0, 7, "150")  # deadweight 150%
    assert controller.scenario is before
    assert controller.undo_stack.count() == 0
    assert view.model().index(0, 7).data() == "20,0%"
    assert view.model().index(0, 7).data(Qt.ItemDataRole.ToolTipRole) == (
        "moet tussen 0% en 100% liggen"
    )
    assert "Niet geaccepteerd" in example_window.statusBar().currentMessage()
    type_into_cell(qtbot, view, 0, 2, "veertig")  # not a number
    assert controller.scenario is before
    assert view.model().index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == "moet een getal zijn"
    # A form field: a price level before the CBS table is refused and shown back as it was.
    project = example_window.show_page("project")
    project.price_year.setValue(1990)
    assert controller.scenario is before
    assert project.price_year.value() == 2026
    assert "1990" not in project.price_year.toolTip() and "2000" in project.price_year.toolTip()
    # Removing a stakeholder that still receives an effect is refused too.
    stakeholders = example_window.show_page("stakeholders")
    stakeholders.editor.select_row(1)
    assert not stakeholders.editor.remove()
    assert controller.scenario is before


@pytest.mark.parametrize(
    ("answer", "closed", "saved"),
    [
        (QMessageBox.StandardButton.Cancel, False, False),
        (QMessageBox.StandardButton.Discard, True, False),
        (QMessageBox.StandardButton.Save, True, True),
    ],
)
def test_closing_with_changes_asks(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    answer: QMessageBox.StandardButton,
    closed: bool,
    saved: bool,
) -> None:
    path = tmp_path / "plan.sroi.json"
    Document.open(EXAMPLE).save_as(path)
    window = make_window(qtbot, Document.open(path))
    asked: list[str] = []

    def question(parent, title, text, buttons, default):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    assert window.close()  # nothing changed: no question
    assert asked == []
    window = make_window(qtbot, Document.open(path))
    window.controller.set_value("name", "Gewijzigd")
    assert window.close() is closed
    assert asked == [
        "\u201cGewijzigd\u201d heeft wijzigingen die niet zijn opgeslagen. Eerst opslaan?"
    ]
    assert (load_scenario(path).name == "Gewijzigd") is saved


def test_switching_to_english_changes_the_labels(example_window: MainWindow) -> None:
    window = example_window
    results = window.show_page("results")
    assert window.sidebar.item(1).text() == "Actoren"
    assert window.menus["file"].title() == "&Bestand"
    assert results.tiles["npv"].caption.text() == "Netto contante waarde (NCW)"
    dutch = results.tiles["pv_costs"].text
    window.set_language("en")
    results = window.pages["results"]
    assert window.current_page() == "results"
    assert window.sidebar.item(1).text() == "Stakeholders"
    assert window.menus["file"].title() == "&File"
    assert results.tiles["npv"].caption.text() == "Net present value (NPV)"
    engine = compute(window.controller.scenario, default_cpi()).results[0]
    assert dutch == format_money(engine.pv_costs, "nl")
    assert results.tiles["pv_costs"].text == format_money(engine.pv_costs, "en")
    assert window.settings.language == "en"
    window.set_language("nl")
    assert window.sidebar.item(1).text() == "Actoren"


def test_recent_files_are_remembered_and_reopen(window: MainWindow, tmp_path: Path) -> None:
    first, second = tmp_path / "a.sroi.json", tmp_path / "b.sroi.json"
    Document.open(EXAMPLE).save_as(first)
    Document.open(EXAMPLE).save_as(second)
    assert window.open_file(first) and window.open_file(second)
    window.recent_menu.aboutToShow.emit()
    actions = window.recent_menu.actions()
    assert [a.text() for a in actions] == [str(second.resolve()), str(first.resolve())]
    actions[1].trigger()
    assert window.controller.path == first.resolve()
    assert window.settings.recent_files[0] == str(first.resolve())


def test_new_document_is_empty_but_valid(
    example_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Discard)
    example_window.controller.set_value("name", "Iets")
    example_window.actions_by_key["new"].trigger()
    scenario = example_window.controller.scenario
    assert [a.name for a in scenario.alternatives] == ["Nulalternatief"]
    assert [s.name for s in scenario.stakeholders] == ["Gemeente"]
    assert scenario.settings.discount_rate == 0.0225 and scenario.settings.horizon_years == 30
    assert example_window.windowTitle() == "Naamloos[*] \u2014 SROI-calculator"
    assert not example_window.isWindowModified()
    assert example_window.current_page() == "project"


def test_a_dragged_value_is_one_undo_step(example_window: MainWindow) -> None:
    """Mergeable edits of one field (a workshop slider) collapse into one command."""
    controller = example_window.controller
    original = controller.scenario
    for quantity in (41.0, 45.0, 50.0):
        controller.set_value("alternatives[1].effects[0].quantity", quantity, mergeable=True)
    assert controller.undo_stack.count() == 1
    assert controller.scenario.alternatives[1].effects[0].quantity == 50.0
    example_window.undo_action.trigger()
    assert controller.scenario is original


def test_closing_the_window_stops_the_pages_background_work(window: MainWindow) -> None:
    """A page's job (the decision's simulation of a large scenario takes seconds) stops at
    its next step when the window closes, instead of running on after it (issue 17)."""
    import threading

    from sroi_app.ui.jobs import BackgroundTask

    page = window.show_page("results")
    task = BackgroundTask(page)
    running, steps = threading.Event(), []

    def long_job(progress):  # type: ignore[no-untyped-def]
        running.set()
        for n in range(10_000):
            steps.append(n)
            if progress(n, 10_000) is False:
                return
            threading.Event().wait(0.01)
        return

    task.start(long_job)
    assert running.wait(5)
    window.controller.undo_stack.setClean()
    window.close()
    assert not task.pool.activeThreadCount()  # waited for: the job has returned
    assert len(steps) < 1_000  # it stopped at a step, long before the end
