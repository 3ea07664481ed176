"""The unit-cost library in the app: from the Costs page to a priced cost item, one undo step."""

from __future__ import annotations

import pytest

from sroi_app.domain.formatting import format_money
from sroi_app.io.unit_costs import default_unit_costs
from sroi_app.ui.mainwindow import MainWindow
from sroi_app.ui.unit_cost_browser import UnitCostBrowser

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _browser(window: MainWindow) -> UnitCostBrowser:
    dialogs = [d for d in window.findChildren(UnitCostBrowser) if d.isVisible()]
    assert len(dialogs) == 1, dialogs
    return dialogs[0]


def test_a_unit_cost_becomes_a_new_cost_item_and_undo_removes_it(
    example_window: MainWindow,
) -> None:
    window = example_window
    controller = window.controller
    before = controller.scenario
    page = window.show_page("costs")
    alternative = page.model.alternative
    page.library_button.click()
    browser = _browser(window)
    assert browser.model.rowCount() == len(default_unit_costs()) >= 15
    # Search as a user would; the entry's source and quote are shown beside it.
    browser.search.setText("buurtverbinder")
    assert browser.model.rowCount() >= 1
    entry = browser.selected_entry()
    assert entry is not None and "buurtverbinder" in (entry.name_nl + " ".join(entry.tags)).lower()
    details = browser.details.toPlainText()
    assert entry.quote[:40] in " ".join(details.split())
    browser.quantity.setValue(1.5)
    expected = format_money(entry.value * 1.5, "nl")
    assert expected in browser.total.text()
    browser.new_button.click()
    after = controller.scenario
    costs = after.alternatives[alternative].costs
    assert len(costs) == len(before.alternatives[alternative].costs) + 1
    assert costs[-1].amount == pytest.approx(entry.value * 1.5)
    assert costs[-1].name == entry.name_nl
    assert window.pages["costs"].editor.current_row() == len(costs) - 1
    # One step back is the scenario as it was.
    window.undo_action.trigger()
    assert controller.scenario is before


def test_the_selected_cost_item_is_priced_with_a_unit_cost(example_window: MainWindow) -> None:
    window = example_window
    controller = window.controller
    page = window.show_page("costs")
    page.editor.select_row(0)
    alternative = page.model.alternative
    old = controller.scenario.alternatives[alternative].costs[0]
    page.library_button.click()
    browser = _browser(window)
    assert browser.use_button.isEnabled()
    browser.category.setCurrentIndex(browser.category.findData("tree"))
    entry = browser.selected_entry()
    assert entry is not None and entry.category == "tree"
    browser.quantity.setValue(20)
    browser.use_button.click()
    new = controller.scenario.alternatives[alternative].costs[0]
    assert (new.id, new.payer) == (old.id, old.payer)
    assert new.amount == pytest.approx(20 * entry.value)
    assert entry.source[:30] in new.note
    window.undo_action.trigger()
    assert controller.scenario.alternatives[alternative].costs[0] == old


def test_the_tools_menu_opens_the_unit_cost_library(example_window: MainWindow) -> None:
    window = example_window
    window.show_page("results")
    window.actions_by_key["unit_costs"].trigger()
    assert window.current_page() == "costs"
    assert _browser(window).isVisible()
