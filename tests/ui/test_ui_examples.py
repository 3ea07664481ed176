"""Every example scenario in scenarios/ opens in the app with the engine's results.

(The Excel side: tests/test_excel_recalc.py exports every file of
``SCENARIOS`` in both languages and recalculates it with LibreOffice, and
asserts that all of them were exported.)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from sroi_app.app.document import Document
from sroi_app.calc import compute
from sroi_app.domain.formatting import format_money, format_percent, format_ratio
from sroi_app.io.cpi import default_cpi
from sroi_app.io.scenario_file import load_scenario
from tests.conftest import SCENARIOS
from tests.ui.conftest import make_window


def test_there_are_examples() -> None:
    assert len(SCENARIOS) >= 6


@pytest.mark.parametrize("path", SCENARIOS, ids=[p.name for p in SCENARIOS])
def test_every_example_opens_with_the_engines_results(qtbot: QtBot, path: Path) -> None:
    scenario = load_scenario(path)
    window = make_window(qtbot, Document.open(path))
    assert window.windowTitle().replace("[*]", "") == f"{scenario.name} \u2014 SROI-calculator"
    assert not window.isWindowModified()
    results = window.show_page("results")
    expected = compute(scenario, default_cpi())
    assert len(expected.results) == len(scenario.variants) >= 1
    for result in expected.results:
        results.selector.select(result.alternative_id)
        tiles = results.tiles
        for key in ("npv", "sroi_ratio", "irr", "payback_years", "pv_costs", "pv_benefits"):
            assert tiles[key].value == getattr(result, key), (result.alternative_id, key)
        assert tiles["npv"].text == format_money(result.npv, "nl")
        assert tiles["pv_costs"].text == format_money(result.pv_costs, "nl")
        assert tiles["pv_benefits"].text == format_money(result.pv_benefits, "nl")
        assert tiles["sroi_ratio"].text == format_ratio(result.sroi_ratio, "nl")
        if result.irr is not None:
            assert tiles["irr"].text == format_percent(result.irr, "nl")
    # Every effect with a kept derivation shows it on the Effects page, without a warning.
    effects = window.show_page("effects")
    for a, alt in enumerate(scenario.alternatives):
        effects.selector.select(alt.id)
        for e, effect in enumerate(alt.effects):
            effects.editor.select_row(e)
            panel = effects.derivation
            if effect.quantity_derivation is not None:
                assert panel.model.rowCount() == len(effect.quantity_derivation.inputs), (a, e)
                assert panel.mismatch_text() == "", (a, e)
            else:
                assert panel.model.rowCount() == 0
