"""The library browser, the template picker and the derivation panel, driven as a user would.

Values are worked out by hand from resources/ (proxies, templates, area
presets, CBS CPI) in each test.
"""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from pytestqt.qtbot import QtBot

from sroi_app.app.document import Document
from sroi_app.domain.formatting import format_money
from sroi_app.io.proxies import default_library
from sroi_app.ui.library_browser import LibraryBrowser
from sroi_app.ui.mainwindow import MainWindow
from sroi_app.ui.models.library_models import ProxyTableModel
from sroi_app.ui.template_picker import NEW, TemplatePicker
from tests.conftest import ROOT
from tests.ui.conftest import make_window
from tests.ui.helpers import type_into_cell

# Dialogs shown on the offscreen platform make it say so; it means nothing here.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

GREEN_PLACE = ROOT / "scenarios" / "groene-ontmoetingsplek.sroi.json"
# CBS CPI (resources/cpi.csv): 2017 = 2838.2, 2025 = 3755.3 (the last published year).
CPI_2017, CPI_2025 = 2838.2, 3755.3


def open_dialog(window: MainWindow, kind: type) -> object:
    dialogs = [d for d in window.findChildren(kind) if d.isVisible()]
    assert len(dialogs) == 1, dialogs
    return dialogs[0]


# -- the template picker ----------------------------------------------------------------------


def test_inserting_a_template_adds_a_complete_effect_and_undo_removes_it_exactly(
    example_window: MainWindow, qtbot: QtBot
) -> None:
    window = example_window
    controller = window.controller
    before = controller.scenario
    page = window.show_page("effects")
    assert page.selector.current_id == "groen"
    page.template_button.click()
    picker = open_dialog(window, TemplatePicker)
    assert isinstance(picker, TemplatePicker)
    picker.choose("fall_prevention")
    about = picker.about.toPlainText()
    assert "[Inwoners van 65 jaar en ouder] × [Aandeel dat de routes" in about
    assert "residents_65plus" not in about  # the labels, not the names in the formula
    assert "VeiligheidNL" in picker.about.toPlainText()
    # Woonwijk: 8,000 residents x 22% aged 65+ = 1,760 (area preset).
    picker.area.setCurrentIndex(picker.area.findData("woonwijk"))
    names = [i.name for i in picker.inputs.inputs()]
    assert picker.inputs.values["residents_65plus"] == 1760.0
    # The user types a participation of 30% into the inputs table: a share is a percentage.
    row = names.index("participation")
    assert picker.inputs.index(row, 1).data() == "25%"
    type_into_cell(qtbot, picker.inputs_view, row, 1, "30")
    assert picker.inputs.index(row, 1).data() == "30%"
    assert picker.inputs.values["participation"] == 0.3
    # 1,760 x 0.3 x 0.03 falls a year x 15% fewer = 2.376 falls prevented a year.
    assert picker.quantities()["medical"] == pytest.approx(2.376)
    assert "2,376" in picker.effects.item(0).text()
    # Who receives: the insurer is the scenario's 'zvz'; residents and care get new ones.
    assert picker.mapping["zorgverzekeraar"].currentData() == NEW  # 'zvz' has no kind
    picker.mapping["zorgverzekeraar"].setCurrentIndex(
        picker.mapping["zorgverzekeraar"].findData("zvz")
    )
    assert picker.mapping["bewoners"].currentData() == NEW
    assert picker.mapping["zorg_welzijn"].currentData() == NEW
    qtbot.mouseClick(picker.insert_button, Qt.MouseButton.LeftButton)
    assert not picker.isVisible()

    after = controller.scenario
    assert controller.undo_stack.count() == 1  # ONE undoable command
    assert controller.undo_stack.undoText() == (
        "Sjabloon “Valpreventie voor ouderen: minder valongevallen” invoegen"
    )
    effects = after.alternatives[1].effects
    assert len(effects) == len(before.alternatives[1].effects) + 1
    effect = effects[-1]
    assert effect.id == "fall_prevention_medical"
    assert effect.name == "Minder valongevallen: vermeden medische kosten"
    assert effect.chain == [
        "veilige looproutes en beweegprogramma",
        "ouderen bewegen meer en veiliger",
        "minder valongevallen met SEH-bezoek",
        "lagere medische kosten",
    ]
    assert effect.indicator.startswith("aantal SEH-bezoeken na een val")
    assert effect.beneficiary == "zvz"
    assert effect.quantity == pytest.approx(1760 * 0.3 * 0.03 * 0.15)
    derivation = effect.quantity_derivation
    assert derivation is not None
    assert derivation.formula == (
        "residents_65plus * participation * seh_fall_rate * relative_reduction"
    )
    assert derivation.values() == {
        "residents_65plus": 1760.0,
        "participation": 0.3,
        "seh_fall_rate": 0.03,
        "relative_reduction": 0.15,
    }
    source = next(i.source for i in derivation.inputs if i.name == "residents_65plus")
    assert source.startswith("Gebiedstype Woonwijk: 8.000 inwoners x 22,0% (Ouderen")
    # The proxy: VeiligheidNL's EUR 9,790 per fall at 2020 prices, with its source.
    assert effect.proxy.value == 9790.0 and effect.proxy.price_year == 2020
    assert effect.proxy.library_id == "fall_65_medical_cost"
    assert "VeiligheidNL" in effect.proxy.source and "prijspeil 2020" in effect.proxy.source
    # Corrections and time.
    assert (effect.deadweight, effect.displacement, effect.attribution, effect.drop_off) == (
        0.1,
        0.0,
        0.3,
        0.1,
    )
    assert (effect.first_year, effect.duration_years, effect.ramp_up_years) == (1, 8, 1)
    # Ranges: quantity x0.3 - x2 of 2.376, the library's 4,100 - 12,000, two corrections.
    r = effect.uncertainty
    assert (r["quantity"].low, r["quantity"].high) == pytest.approx((0.7128, 4.752))
    assert (r["proxy.value"].low, r["proxy.value"].high) == (4100.0, 12000.0)
    assert (r["attribution"].low, r["attribution"].high) == (0.2, 0.5)
    assert (r["drop_off"].low, r["drop_off"].high) == (0.05, 0.2)
    assert "VeiligheidNL" in effect.source
    # New stakeholders and the template's two PM posts, for this variant.
    assert [s.id for s in after.stakeholders] == ["gemeente", "zvz", "bewoners", "zorg_welzijn"]
    new_pm = after.pm_items[len(before.pm_items) :]
    assert [(p.stakeholder, p.sign, p.alternative) for p in new_pm] == [
        ("bewoners", "+", "groen"),
        ("zorg_welzijn", "+", "groen"),
    ]
    # The Effects page shows the new effect selected, with its derivation.
    assert page.editor.current_row() == len(effects) - 1
    # The inputs' Dutch labels, not the formula's names (issue 15, item 6).
    assert page.derivation.formula.text().startswith(
        "aantal = [Inwoners van 65 jaar en ouder] × [Aandeel dat de routes of het programma"
    )
    assert "residents_65plus * participation" in page.derivation.formula.toolTip()
    assert page.derivation.mismatch_text() == ""

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(picker)
    window.undo_action.trigger()
    assert controller.scenario == before
    window.redo_action.trigger()
    assert controller.scenario == after


def test_the_template_picker_is_in_the_tools_menu_and_can_be_cancelled(
    example_window: MainWindow,
) -> None:
    window = example_window
    before = window.controller.scenario
    window.actions_by_key["effect_templates"].trigger()
    picker = open_dialog(window, TemplatePicker)
    assert isinstance(picker, TemplatePicker)
    assert window.current_page() == "effects"
    assert picker.list.count() >= 8
    picker.reject()
    assert window.controller.scenario == before
    assert window.controller.undo_stack.count() == 0


def test_a_target_group_narrows_all_residents_and_unticked_effects_stay_out(
    qtbot: QtBot,
) -> None:
    window = make_window(qtbot, Document.open(GREEN_PLACE))
    before = window.controller.scenario
    window.actions_by_key["effect_templates"].trigger()
    picker = open_dialog(window, TemplatePicker)
    assert isinstance(picker, TemplatePicker)
    picker.choose("green_mental_health")
    # The scenario's area type (aandachtswijk) was chosen for the user.
    assert picker.area.currentData() == before.area_type == "aandachtswijk"
    picker.area.setCurrentIndex(picker.area.findData("woonwijk"))
    picker.group.setCurrentIndex(picker.group.findData("low_ses"))
    # Woonwijk, low socio-economic status: 8,000 x 4.5% = 360 residents.
    assert picker.inputs.values["residents"] == 360.0
    # Only the care-cost effect: 360 x 5% depression x 3% fewer = 0.54 people a year.
    picker.effects.item(1).setCheckState(Qt.CheckState.Unchecked)
    picker.with_pm.setChecked(False)
    assert picker.effect_keys() == ["care"]
    assert set(picker.mapping) == {"zorgverzekeraar"}
    assert picker.mapping["zorgverzekeraar"].currentData() == "zvz"
    assert picker.insert()
    after = window.controller.scenario
    shown = picker.alternative.currentData()
    added = after.alternatives[shown].effects[-1]
    assert len(after.alternatives[shown].effects) == len(before.alternatives[shown].effects) + 1
    assert added.quantity == pytest.approx(360 * 0.05 * 0.03)
    assert after.pm_items == before.pm_items and after.stakeholders == before.stakeholders


# -- the library browser ----------------------------------------------------------------------


def test_a_library_proxy_goes_into_the_selected_effect_and_shows_its_indexed_value(
    example_window: MainWindow, qtbot: QtBot
) -> None:
    window = example_window
    controller = window.controller
    before = controller.scenario
    assert before.settings.price_year == 2026  # after the last CBS year (2025)
    page = window.show_page("effects")
    page.editor.select_row(0)
    page.library_button.click()
    browser = open_dialog(window, LibraryBrowser)
    assert isinstance(browser, LibraryBrowser)
    assert "Meer bewegen" in browser.target.text()  # the selected effect's name
    qtbot.keyClicks(browser.search, "eenzaam")
    assert [p.id for p in browser.model.proxies][:2] == [
        "loneliness_care_cost",
        "loneliness_mental_health_direct",
    ]
    assert browser.select_proxy("loneliness_care_cost")
    model = browser.model
    row = model.row_of("loneliness_care_cost")
    column = {key: i for i, key in enumerate(ProxyTableModel.COLUMNS)}

    def cell(key: str) -> str:
        return str(model.index(row, column[key]).data())

    assert cell("value") == "€ 1.460" and cell("price_year") == "2017"
    # 1,460 x CPI 2025 / CPI 2017 = 1,460 x 3755.3 / 2838.2 = 1,931.77; '*': 2026 has no
    # index yet, so 2025's is used.
    indexed = 1460 * CPI_2025 / CPI_2017
    assert indexed == pytest.approx(1931.77, abs=0.01)
    assert cell("indexed") == format_money(indexed, "nl") + " *" == "€ 1.932 *"
    header = model.headerData(column["indexed"], Qt.Orientation.Horizontal)
    assert header == "In prijzen van 2026"
    assert cell("range") == "€ 256 – € 1.825"
    details = browser.details.toPlainText()
    assert "€ 1.460" in details and "€ 1.932" in details
    assert "Meisters" in details and "afgeleid" in details
    qtbot.mouseClick(browser.insert_button, Qt.MouseButton.LeftButton)

    effect = controller.scenario.alternatives[1].effects[0]
    assert effect.proxy.library_id == "loneliness_care_cost"
    assert effect.proxy.value == 1460.0 and effect.proxy.price_year == 2017
    assert effect.proxy.name == "Extra zorgkosten per ernstig eenzame volwassene (per jaar)"
    assert effect.proxy.source.startswith("Meisters")
    r = effect.uncertainty["proxy.value"]
    assert (r.low, r.high) == (256.0, 1825.0)
    # The Effects page shows it; one undo step takes it back exactly.
    assert page.proxy_year.text() == "2017"
    assert page.proxy_name.text() == effect.proxy.name
    assert controller.undo_stack.count() == 1
    # The closed browser is gone, and later changes of the document do not reach it.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(browser)
    window.undo_action.trigger()
    assert controller.scenario == before


def test_a_new_effect_from_a_proxy_without_its_range(
    example_window: MainWindow,
) -> None:
    window = example_window
    before = window.controller.scenario
    window.actions_by_key["proxy_library"].trigger()
    browser = open_dialog(window, LibraryBrowser)
    assert isinstance(browser, LibraryBrowser)
    assert window.current_page() == "effects"
    browser.select_proxy("volunteer_hour")
    assert browser.new_effect()
    effects = window.controller.scenario.alternatives[1].effects
    assert len(effects) == len(before.alternatives[1].effects) + 1
    assert effects[-1].proxy.library_id == "volunteer_hour"
    assert effects[-1].proxy.value == 20.0 and effects[-1].proxy.price_year == 2009
    page = window.pages["effects"]
    assert page.editor.current_row() == len(effects) - 1  # type: ignore[attr-defined]
    # Its starting corrections (0%, 0%, 1 year) are flagged on that effect (issue 15, item 7).
    results = window.show_page("results")
    model = results.warnings_model
    rows = [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]
    flagged = [where for text, where in rows if text.startswith("0% deadweight, 0% attributie")]
    variant = window.controller.scenario.alternatives[1].name
    assert flagged == [f"{variant} \u203a {effects[-1].name}"]
    window.undo_action.trigger()
    assert window.controller.scenario == before


def test_search_is_case_and_accent_blind_and_filters_narrow_it(
    example_window: MainWindow, qtbot: QtBot
) -> None:
    library = default_library()
    window = example_window
    window.actions_by_key["proxy_library"].trigger()
    browser = open_dialog(window, LibraryBrowser)
    assert isinstance(browser, LibraryBrowser)
    total = len(library)
    assert browser.model.rowCount() == total >= 80
    assert browser.count.text() == f"{total} van {total} proxy's"
    lower = browser.apply_filters()
    browser.search.setText("EËNZÂAM")  # case and accents do not matter
    found = [p.id for p in browser.model.proxies]
    assert found[:2] == ["loneliness_care_cost", "loneliness_mental_health_direct"]
    assert found == [p.id for p in library.search("eenzaam")]
    assert len(lower) == total
    browser.search.setText("")
    # Domain: health, in library order.
    browser.domain.setCurrentIndex(browser.domain.findData("health"))
    health = [p for p in library if p.domain == "health"]
    assert len(health) >= 40
    assert [p.id for p in browser.model.proxies] == [p.id for p in health]
    # Verification 'derived' within health: among them the two loneliness values.
    browser.status.setCurrentIndex(browser.status.findData("derived"))
    derived = [p.id for p in browser.model.proxies]
    assert derived == [p.id for p in health if p.verification == "derived"]
    assert {"loneliness_care_cost", "loneliness_mental_health_direct"} <= set(derived)
    browser.status.setCurrentIndex(0)
    browser.domain.setCurrentIndex(0)
    # Grade A-B only: every row is graded A or B, and none of the others is missing.
    browser.grade.setCurrentIndex(browser.grade.findData("B"))
    shown = {p.id for p in browser.model.proxies}
    assert shown == {p.id for p in library if p.evidence_grade in "AB"}
    assert {browser.model.index(r, 7).data() for r in range(browser.model.rowCount())} == {
        "A",
        "B",
    }
    # Words combine: 'CBS' among grade A-B values.
    browser.search.setText("cbs")
    assert {p.id for p in browser.model.proxies} == {
        p.id for p in library if p.evidence_grade in "AB" and "cbs" in p.source.lower()
    }
    # Nothing found: nothing selected, the insert button off.
    browser.search.setText("zzzz-no-such-proxy")
    assert browser.model.rowCount() == 0 and browser.selected_proxy() is None
    assert not browser.insert_button.isEnabled()


# -- the derivation panel -----------------------------------------------------------------------


def test_the_derivation_is_shown_edited_and_a_hand_change_is_flagged(qtbot: QtBot) -> None:
    window = make_window(qtbot, Document.open(GREEN_PLACE))
    controller = window.controller
    before = controller.scenario
    page = window.show_page("effects")
    assert page.selector.current_id == "groen"
    page.editor.select_row(0)
    panel = page.derivation
    assert panel.formula.text() == (
        "aantal = [Inwoners binnen 500 m van het groen] × [Aandeel inwoners met een depressie"
        " per jaar] × [Relatieve daling van depressie door het extra groen]"
    )
    assert panel.view.isColumnHidden(1)
    model = panel.model
    names = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert names == ["residents", "depression_prevalence", "relative_reduction"]
    # Shares as percentages, like every other share in the app (issue 15, item 6).
    assert [model.index(r, 2).data() for r in range(3)] == ["6.000", "5%", "3%"]
    assert [model.index(r, 3).data() for r in range(3)] == ["inwoners", "aandeel", "aandeel"]
    assert panel.result.text() == "Afgeleid: 9 persoon minder met depressie (per jaar)"
    assert panel.mismatch_text() == ""
    # 12,000 residents: 12,000 x 5% x 3% = 18 people; one undo step.
    type_into_cell(qtbot, panel.view, 0, 2, "12000")
    effect = controller.scenario.alternatives[1].effects[0]
    assert effect.quantity == pytest.approx(18.0)
    assert controller.undo_stack.undoText() == (
        "Inwoners binnen 500 m van het groen wijzigen (aantal herberekend)"
    )
    assert page.model.index(0, 2).data() == "18"
    window.undo_action.trigger()
    assert controller.scenario == before
    # The quantity typed by hand (12) no longer equals its derivation (9): a warning.
    type_into_cell(qtbot, page.editor.view, 0, 2, "12")
    assert controller.scenario.alternatives[1].effects[0].quantity == 12.0
    assert panel.mismatch_text() == (
        "\u26a0 De hoeveelheid (12) wijkt af van haar afleiding (9): met de hand gewijzigd?"
    )
    qtbot.mouseClick(panel.use_derived, Qt.MouseButton.LeftButton)
    assert controller.scenario == before
    assert panel.mismatch_text() == ""


def test_an_effect_without_a_derivation_says_so(example_window: MainWindow) -> None:
    page = example_window.show_page("effects")
    page.editor.select_row(0)
    panel = page.derivation
    assert panel.model.rowCount() == 0
    assert panel.empty.isVisibleTo(panel) and not panel.view.isVisibleTo(panel)
