"""Workshop mode: sliders steer the engine's numbers live; the document changes only on request.

The small scenario of ``tests/test_workshop.py`` (rate 0, so every number is
plain arithmetic) and the largest example are shown in the view.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from sroi_app.app.document import Document
from sroi_app.app.workshop import RATE_KEY, Key, kpi_text
from sroi_app.calc import compute
from sroi_app.calc.uncertainty import with_parameter
from sroi_app.domain.formatting import format_money
from sroi_app.io.cpi import default_cpi
from sroi_app.ui.i18n import install_translators
from sroi_app.ui.mainwindow import MainWindow
from sroi_app.ui.workshop.picker import ParameterListModel, PickerDialog
from sroi_app.ui.workshop.view import WorkshopView
from tests.conftest import ROOT
from tests.test_workshop import AMOUNT, QUANTITY, small
from tests.ui.conftest import make_window
from tests.ui.helpers import deliver_posted_events

LARGEST = ROOT / "scenarios" / "groene-ontmoetingsplek.sroi.json"
CPI = default_cpi()


@pytest.fixture
def small_window(qtbot: QtBot) -> MainWindow:
    return make_window(qtbot, Document(small(), cpi=CPI))


@pytest.fixture
def large_window(qtbot: QtBot) -> MainWindow:
    return make_window(qtbot, Document.open(LARGEST))


def enter(qtbot: QtBot, window: MainWindow) -> WorkshopView:
    window.actions_by_key["workshop"].trigger()
    view = window.findChild(WorkshopView)
    assert isinstance(view, WorkshopView)
    qtbot.waitExposed(view)
    return view


def slider_of(view: WorkshopView, key: Key):  # type: ignore[no-untyped-def]
    return next(s for s in view.sliders if s.knob.key == key)


def press(qtbot: QtBot, view: WorkshopView, key: Qt.Key) -> None:
    """A key as the facilitator presses it: to the focused widget of the active view."""
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    qtbot.keyClick(view.focusWidget() or view, key)


def test_f5_the_view_menu_and_the_toolbar_open_the_view_full_screen(
    small_window: MainWindow, qtbot: QtBot
) -> None:
    action = small_window.actions_by_key["workshop"]
    assert action.shortcut().toString() == "F5"
    assert action in small_window.menus["view"].actions()
    assert action in small_window.toolbar.actions() and small_window.toolbar.isVisible()
    assert action.text() == "&Workshop (presenteren en bijsturen)"
    view = enter(qtbot, small_window)
    assert view.isVisible() and view.isFullScreen()
    assert view.title.text() == "Speelplein"
    # Variants by number; the nulalternatief has no results and is not among them.
    assert [b.text() for b in view.alternative_buttons] == ["1  Speelplein", "2  Kleine variant"]
    # Without ranges for most parameters, the suggested sliders follow the tornado.
    assert [s.knob.key for s in view.sliders] == [AMOUNT, RATE_KEY]


def test_moving_a_slider_sets_the_tiles_to_the_engines_numbers(
    small_window: MainWindow, qtbot: QtBot
) -> None:
    view = enter(qtbot, small_window)
    view.state.pick(QUANTITY)
    view.rebuild()
    slider = slider_of(view, QUANTITY)
    assert view.tiles["npv"].text == "€ -200"  # 800 - 1000
    # Quantity 5 .. 15 in steps of 0.1: position 100 is 15.
    slider.slider.setValue(100)
    assert slider.value_label.text() == "15"
    # 15 x 50 x 0.8 x 2 years = 1200 benefits, 1000 costs.
    assert view.tiles["pv_benefits"].text == "€ 1.200"
    assert view.tiles["npv"].text == "€ 200"
    assert view.tiles["sroi_ratio"].text == "1,20"
    assert view.tiles["npv"].value == pytest.approx(200.0)
    assert view.badge.text() == "Wijkt af van het document: 1 aangepast"
    # The chart follows in place: the same bars, the new heights.
    bars = view.charts["yearly"].chart._benefits  # type: ignore[union-attr]
    slider.slider.setValue(50)  # back to 10
    assert view.charts["yearly"].chart._benefits is bars
    assert [p.get_height() for p in bars.patches] == [0.0, 400.0, 400.0]
    assert view.tiles["npv"].text == "€ -200"
    assert view.badge.text() == "Zoals in het document"


def test_on_the_largest_example_the_tiles_show_compute_for_the_slider_value(
    large_window: MainWindow, qtbot: QtBot
) -> None:
    view = enter(qtbot, large_window)
    assert len(view.sliders) == 4
    document = large_window.controller.scenario
    scenario = document
    for slider, position in zip(view.sliders, (0, 7, 33, 1000), strict=True):
        slider.slider.setValue(position)
        knob = slider.knob
        value = knob.value_at(position)
        scenario = with_parameter(scenario, knob.path, value)
        expected = compute(scenario, CPI).result(view.state.alternative_id or "")
        horizon = document.settings.horizon_years
        for key, tile in view.tiles.items():
            assert tile.text == kpi_text(key, expected, "nl", horizon), (knob.path, key)
            assert tile.value == getattr(expected, key)
        assert view.tiles["npv"].text == format_money(expected.npv, "nl")
    assert large_window.controller.scenario is document


def test_keyboard_arrows_move_the_focused_slider_and_number_keys_switch_variants(
    small_window: MainWindow, qtbot: QtBot
) -> None:
    view = enter(qtbot, small_window)
    amount = slider_of(view, AMOUNT)
    assert view.focusWidget() is amount.slider  # the first slider has the focus
    # Amount 500 .. 2000 in steps of 20, from 1000: one step right is 1020.
    press(qtbot, view, Qt.Key.Key_Right)
    assert view.state.value(AMOUNT) == 1020.0
    assert amount.value_label.text() == "€ 1.020"
    assert view.tiles["pv_costs"].text == "€ 1.020"
    press(qtbot, view, Qt.Key.Key_Left)
    press(qtbot, view, Qt.Key.Key_Left)
    assert view.state.value(AMOUNT) == 980.0
    press(qtbot, view, Qt.Key.Key_PageUp)  # ten steps: 980 + 200
    assert view.state.value(AMOUNT) == 1180.0
    # Down goes to the next slider (the rate), Up back.
    press(qtbot, view, Qt.Key.Key_Down)
    assert view.focusWidget() is slider_of(view, RATE_KEY).slider
    press(qtbot, view, Qt.Key.Key_Right)  # 0% -> 0.1%
    assert view.state.value(RATE_KEY) == 0.001
    press(qtbot, view, Qt.Key.Key_Up)
    assert view.focusWidget() is amount.slider
    # 2 shows the second variant, 1 the first again; 7 does not exist and changes nothing.
    press(qtbot, view, Qt.Key.Key_2)
    assert view.state.alternative_id == "klein" and view.title.text() == "Kleine variant"
    assert view.tiles["npv"].value == -400.0  # its cost of 400 in year 0 is not discounted
    # Its own most influential assumption gets a slider on its first visit; the rate stays.
    klein_amount = Key("cost", "amount", "klein", "aanleg")
    assert [s.knob.key for s in view.sliders] == [RATE_KEY, klein_amount]
    press(qtbot, view, Qt.Key.Key_7)
    assert view.state.alternative_id == "klein"
    press(qtbot, view, Qt.Key.Key_1)
    assert view.state.alternative_id == "plan"
    assert slider_of(view, AMOUNT).position() == 34  # 1180 = 1000 + 9 x 20: position 25 + 9


def test_esc_returns_to_the_editor_with_the_document_unchanged(
    large_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = large_window.controller
    before = controller.scenario
    index = controller.undo_stack.index()
    view = enter(qtbot, large_window)
    for slider in view.sliders:
        slider.slider.setValue(0)
    view.freeze_baseline()
    view.sliders[0].slider.setValue(3)
    view.switch_chart()
    view.select_number(2)
    view.sliders[0].slider.setValue(view.sliders[0].knob.positions)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))  # cancelled
    view.save_variant()
    press(qtbot, view, Qt.Key.Key_Escape)
    assert not view.isVisible()
    assert controller.scenario is before and controller.scenario == Document.open(LARGEST).scenario
    assert controller.undo_stack.index() == index and controller.undo_stack.isClean()
    assert not large_window.isWindowModified()
    # Back again: the sliders are as they were left (the document did not change).
    again = enter(qtbot, large_window)
    assert again is view and again.state.alternative_id == view.state.alternative_id
    assert again.state.differs_from_document()
    again.reset()
    assert not again.state.differs_from_document()
    assert all(s.position() == s.knob.document_position for s in again.sliders)


def test_save_as_variant_adds_an_alternative_that_computes_to_the_numbers_shown(
    small_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = small_window.controller
    before = controller.scenario
    view = enter(qtbot, small_window)
    view.state.pick(QUANTITY)
    view.rebuild()
    slider_of(view, QUANTITY).slider.setValue(80)  # 5 + 80 x 0.1 = 13
    slider_of(view, AMOUNT).slider.setValue(35)  # 1000 + 10 x 20 = 1200
    shown = {key: tile.text for key, tile in view.tiles.items()}
    # 13 x 50 x 0.8 x 2 = 1040 benefits, 1200 costs: NPV -160.
    assert shown["npv"] == "€ -160"
    asked: list[str] = []

    def get_text(parent, title, label, mode, default):  # type: ignore[no-untyped-def]
        asked.append(default)
        return "Afgesproken in de wijk", True

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    press(qtbot, view, Qt.Key.Key_V)
    assert asked == ["Speelplein (workshop)"]
    scenario = controller.scenario
    assert [a.name for a in scenario.alternatives] == [
        "Nulalternatief",
        "Speelplein",
        "Afgesproken in de wijk",
        "Kleine variant",
    ]
    new = scenario.alternatives[2]
    assert (new.effects[0].quantity, new.costs[0].amount) == (13.0, 1200.0)
    engine = compute(scenario, CPI).result(new.id)
    assert engine.npv == pytest.approx(-160.0)
    # The view now shows the new variant, as in the document, with the same numbers.
    assert view.state.alternative_id == new.id
    assert {key: tile.text for key, tile in view.tiles.items()} == shown
    assert view.tiles["npv"].value == engine.npv
    assert view.badge.text() == "Zoals in het document"
    assert [b.text() for b in view.alternative_buttons][1] == "2  Afgesproken in de wijk"
    # One undoable step in the editor, named as such; Esc leaves the saved variant in place.
    assert controller.undo_stack.count() == 1
    assert controller.undo_stack.undoText() == "Workshopvariant “Afgesproken in de wijk” opslaan"
    press(qtbot, view, Qt.Key.Key_Escape)
    assert controller.scenario is scenario and small_window.isWindowModified()
    small_window.undo_action.trigger()
    assert controller.scenario == before


def test_a_moved_discount_rate_is_named_when_saving_and_saved_for_the_scenario(
    small_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = enter(qtbot, small_window)
    slider_of(view, RATE_KEY).slider.setValue(35)  # 3.5%
    labels: list[str] = []
    monkeypatch.setattr(
        QInputDialog, "getText", lambda p, t, label, m, d: (labels.append(label), ("", True))[1]
    )
    view.save_variant()
    assert "3,5%" in labels[0] and "discontovoet" in labels[0]
    assert small_window.controller.scenario.settings.discount_rate == 0.035


def test_freeze_baseline_shows_the_difference_on_each_tile(
    small_window: MainWindow, qtbot: QtBot
) -> None:
    view = enter(qtbot, small_window)
    amount = slider_of(view, AMOUNT)
    assert view.baseline_label.text() == "Δ: verschil met het document"
    assert view.tiles["npv"].delta_text == "Δ ±€ 0"
    amount.slider.setValue(35)  # 1200: NPV 800 - 1200 = -400, 200 below the document
    assert view.tiles["npv"].delta_text == "Δ \u2212€ 200"
    assert view.tiles["pv_costs"].delta_text == "Δ +€ 200"
    assert view.tiles["pv_costs"].delta_label.property("tone") == "bad"
    press(qtbot, view, Qt.Key.Key_B)
    assert view.baseline_label.text().startswith("Δ: verschil met de basis van ")
    assert view.tiles["npv"].delta_text == "Δ ±€ 0"
    amount.slider.setValue(20)  # 900: NPV -100, 300 above the baseline
    assert view.tiles["npv"].delta == pytest.approx(300.0)
    assert view.tiles["npv"].delta_text == "Δ +€ 300"
    assert view.tiles["npv"].delta_label.property("tone") == "good"
    # 0.8 / 0.9 - 800 / 1200 = 0.889 - 0.667 = +0.22
    assert view.tiles["sroi_ratio"].delta_text == "Δ +0,22"
    press(qtbot, view, Qt.Key.Key_R)  # back to the document: 1000, NPV -200, 100 above the baseline
    assert amount.position() == 25
    assert view.tiles["npv"].delta_text == "Δ +€ 200"


def test_snapshot_saves_the_view_as_png(
    small_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    view = enter(qtbot, small_window)
    suggested: list[str] = []

    def save_name(parent, caption, start, filters):  # type: ignore[no-untyped-def]
        suggested.append(start)
        return str(tmp_path / "notulen"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    press(qtbot, view, Qt.Key.Key_S)
    target = tmp_path / "notulen.png"
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert Path(suggested[0]).name.startswith("workshop-klein-plein-speelplein-")
    from PySide6.QtGui import QImage

    image = QImage(str(target))
    assert (image.width(), image.height()) == (view.width(), view.height())
    assert str(target) in view.message.text()
    # Cancelled: nothing written, nothing said.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    assert view.snapshot() is None


def test_the_picker_model_passes_the_model_tester_and_ticks_add_sliders(
    small_window: MainWindow, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    view = enter(qtbot, small_window)
    model = ParameterListModel(view.state)
    qtmodeltester.check(model)
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    assert "Buitenspelen: aantal" in rows and "discontovoet" in rows
    row = rows["Buitenspelen: aantal"]
    assert model.index(row, 1).data() == "10"
    assert model.index(row, 2).data() == "5 \u2013 15 (standaard)"
    tooltip = model.index(row, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "geen bereik in het document: standaard ±50%"
    assert model.index(rows["Aanleg: bedrag"], 2).data() == "€ 500 \u2013 € 2.000"
    model.picksChanged.connect(view._picks_changed)
    assert model.setData(model.index(row, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert QUANTITY in [s.knob.key for s in view.sliders]
    assert slider_of(view, QUANTITY).note.text() == "geen bereik in het document: standaard ±50%"
    model.setData(
        model.index(rows["Aanleg: bedrag"], 0),
        Qt.CheckState.Unchecked,
        Qt.ItemDataRole.CheckStateRole,
    )
    assert [s.knob.key for s in view.sliders] == [RATE_KEY, QUANTITY]
    view.select_number(2)
    model.refresh()
    qtmodeltester.check(model)
    assert model.rowCount() == 4  # the rate, and amount, optimism bias, first year of its cost


def test_the_view_follows_an_edit_of_the_document(small_window: MainWindow, qtbot: QtBot) -> None:
    view = enter(qtbot, small_window)
    slider_of(view, AMOUNT).slider.setValue(0)
    view.leave()
    small_window.controller.set_value("alternatives[1].costs[0].amount", 800.0)
    view = enter(qtbot, small_window)
    amount = slider_of(view, AMOUNT)
    assert amount.knob.value == 800.0 and view.state.value(AMOUNT) == 500.0
    assert view.tiles["pv_costs"].text == "€ 500"


def test_texts_in_english(small_window: MainWindow, qtbot: QtBot) -> None:
    small_window.set_language("en")
    view = enter(qtbot, small_window)
    assert view.lang == "en"
    assert view.buttons["save"].text() == "V  Save as variant"
    assert view.tiles["npv"].caption.text() == "Net present value"
    assert view.tiles["npv"].text == "€-200"
    assert view.badge.text() == "As in the document"
    slider_of(view, AMOUNT).slider.setValue(26)
    assert slider_of(view, AMOUNT).value_label.text() == "€1,020"
    assert view.badge.text() == "Differs from the document: 1 moved"
    install_translators("nl")


def test_texts_in_dutch(small_window: MainWindow, qtbot: QtBot) -> None:
    view = enter(qtbot, small_window)
    texts = [b.text() for b in view.buttons.values()]
    assert texts == [
        "P  Aannames kiezen",
        "G  Wie wint",
        "B  Basis vastleggen",
        "R  Terug naar het document",
        "V  Opslaan als variant",
        "S  Momentopname (PNG)",
        "Esc  Verlaten",
    ]
    assert view.tiles["npv"].caption.text() == "Netto contante waarde"
    assert slider_of(view, AMOUNT).note.text() == "bereik uit het document"


def test_the_picker_dialog_filters_suggests_and_clears(
    small_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = enter(qtbot, small_window)

    def choose(dialog: PickerDialog) -> int:
        dialog.filter.setText("aantal")
        # "Buitenspelen: aantal" only: the empty effect has no slider to offer.
        assert dialog.proxy.rowCount() == 1
        dialog.clear()
        assert view.state.picks == []
        assert view.empty_sliders.isVisibleTo(view) and view.sliders == []
        dialog.suggest()
        return 0

    monkeypatch.setattr(PickerDialog, "exec", choose)
    press(qtbot, view, Qt.Key.Key_P)
    assert [s.knob.key for s in view.sliders] == [AMOUNT, RATE_KEY]
    assert not view.empty_sliders.isVisibleTo(view)


def test_closing_the_view_leaves_it_like_esc(small_window: MainWindow, qtbot: QtBot) -> None:
    view = enter(qtbot, small_window)
    slider_of(view, AMOUNT).slider.setValue(0)
    view.close()
    assert not view.isVisible() and small_window.controller.undo_stack.count() == 0


def test_a_scenario_without_variants(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = enter(qtbot, window)
    assert view.title.text() == "Nog geen variant om met het nulalternatief te vergelijken"
    assert all(tile.text == "\u2013" for tile in view.tiles.values())
    assert view.sliders == [] and view.alternative_buttons == []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a: pytest.fail("nothing to save"))
    assert view.save_variant() is None


def test_who_gains_follows_the_sliders_in_place(small_window: MainWindow, qtbot: QtBot) -> None:
    view = enter(qtbot, small_window)
    press(qtbot, view, Qt.Key.Key_G)
    assert view.chart_kind == "stakeholders"
    assert view.buttons["chart"].text() == "G  Per jaar"
    chart = view.charts["stakeholders"]
    gains = chart.chart._gains  # type: ignore[union-attr]
    # The municipality pays 1000, the neighbourhood receives 800.
    assert [t.get_text() for t in chart.balance_texts] == ["\u2212€ 1k", "+€ 800"]
    slider_of(view, AMOUNT).slider.setValue(0)  # the municipality pays 500
    assert chart.chart._gains is gains  # the same bars, moved
    assert [p.get_width() for p in chart.chart._pays.patches] == [-500.0, 0.0]  # type: ignore[union-attr]
    assert [t.get_text() for t in chart.balance_texts] == ["\u2212€ 500", "+€ 800"]
    assert view.tiles["npv"].text == "€ 300"  # 800 - 500


def test_a_confirmation_floats_over_the_view_and_moves_nothing(
    small_window: MainWindow, qtbot: QtBot
) -> None:
    """After B (baseline) the confirmation is an overlay: the buttons keep their place and
    the sliders and the chart their size (issue 15, item 3)."""
    view = enter(qtbot, small_window)
    deliver_posted_events()

    def places() -> dict[str, object]:
        found: dict[str, object] = {k: b.geometry() for k, b in view.buttons.items()}
        found["chart"] = view.chart_stack.geometry()
        found |= {f"slider{n}": s.geometry() for n, s in enumerate(view.sliders)}
        return found

    press(qtbot, view, Qt.Key.Key_B)
    qtbot.waitUntil(lambda: view.message.isVisible())
    assert view.message.isVisible() and view.message.text()
    view._message_timer.timeout.emit()  # the confirmation gone, the rest as B left it
    deliver_posted_events()
    before = places()
    view.show_message(view.tr("Baseline frozen: Δ now shows the change from here.") * 3)
    qtbot.waitUntil(lambda: view.message.isVisible())
    deliver_posted_events()
    assert view.message.isVisible()
    assert places() == before  # a long confirmation moves nothing
    footer_top = min(b.geometry().top() for b in view.buttons.values())
    assert view.message.geometry().bottom() < footer_top
    view._message_timer.timeout.emit()
    assert not view.message.isVisible()


def test_a_takeaway_and_the_chance_of_a_positive_npv_worked_out_in_the_background(
    large_window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """Issue 15, item 3: "elke euro levert € 1,48 op" and, with ranges, the chance that
    NPV > 0, simulated off the UI thread after the sliders stop."""
    from sroi_app.calc.montecarlo import DEFAULT_SEED, monte_carlo
    from sroi_app.domain.formatting import format_percent
    from sroi_app.ui.workshop.takeaway import DRAWS

    view = enter(qtbot, large_window)
    line = view.takeaway
    result = view.state.current()
    assert result is not None and result.sroi_ratio is not None
    ratio = format_money(result.sroi_ratio, "nl", 2)
    assert line.text().startswith(f"Elke euro levert {ratio} op")

    def chance() -> float:
        simulation = monte_carlo(view.state.working_scenario(), CPI, DRAWS, DEFAULT_SEED)
        (found,) = [s for s in simulation.results if s.alternative_id == view.state.alternative_id]
        return found.prob_npv_positive

    qtbot.waitUntil(lambda: not line.pending(), timeout=20_000)
    expected = chance()
    assert line.chance == expected
    assert line.text().endswith(f"kans op een positieve NCW: {format_percent(expected, 'nl', 0)}")
    # A slider move: the tiles at once, the chance a moment later.
    slider = view.sliders[0]
    slider.slider.setValue(slider.slider.maximum())
    assert line.pending() and line.text().endswith("wordt berekend…")
    qtbot.waitUntil(lambda: not line.pending(), timeout=20_000)
    assert line.chance == chance()
    assert line.isVisible()


def test_a_workshop_variant_reaches_the_editor_without_a_derivation_warning(
    qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Issue 15, item 3: "aantal" moved from its derivation in the room is the room's choice,
    not a suspected mistake in the editor (no "wijkt af van haar afleiding")."""
    window = make_window(qtbot, Document.open(ROOT / "scenarios" / "buurtverbinder.sroi.json"))
    view = enter(qtbot, window)
    variant = view.state.alternative
    assert variant is not None
    effect = next(e for e in variant.effects if e.quantity_derivation is not None)
    key = Key("effect", "quantity", variant.id, effect.id)
    view.state.pick(key)
    view.rebuild()
    slider = slider_of(view, key)
    slider.slider.setValue(slider.slider.maximum())
    agreed = view.state.value(key)
    assert agreed != effect.quantity
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a: ("Afgesproken", True))
    press(qtbot, view, Qt.Key.Key_V)
    press(qtbot, view, Qt.Key.Key_Escape)
    scenario = window.controller.scenario
    saved = next(a for a in scenario.alternatives if a.name == "Afgesproken")
    row = next(i for i, e in enumerate(saved.effects) if e.id == effect.id)
    assert saved.effects[row].quantity == pytest.approx(agreed)
    # The editor: the derivation panel of that effect has no warning...
    page = window.show_page("effects")
    page.selector.select(saved.id)
    page.editor.select_row(row)
    assert page.derivation.formula.isVisible()
    assert page.derivation.mismatch_text() == ""
    assert "workshop" in page.derivation.formula.text().lower()
    # ...and the Results page lists no derivation warning for it.
    results = window.show_page("results")
    texts = [
        results.warnings_model.index(r, 0).data() for r in range(results.warnings_model.rowCount())
    ]
    assert not [t for t in texts if "afleiding" in t]


def test_range_labels_can_be_read_from_the_back_of_the_room(
    small_window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """Issue 15, item 3: a slider's ends and span at 18 pixels or more at 1080p."""
    view = enter(qtbot, small_window)
    view.resize(1920, 1080)
    view.apply_scale(1.0)  # a 1080p projector
    assert view.sliders
    for slider in view.sliders:
        for label in (slider.low, slider.high, slider.note):
            label.ensurePolished()
            assert label.font().pixelSize() >= 18, label.text()
    view.takeaway.ensurePolished()
    assert view.takeaway.font().pixelSize() >= 24
