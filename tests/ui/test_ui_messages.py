"""What a person reads names items by their names, never by a JSON path (issue 15, item 5).

A scan of every issue text the app can show (each issue code at the places it
occurs), of the warnings of every example as the Results page and the
report word them, of a refusal in the status bar and of the lines of a file
that cannot be opened. ``sroi-app validate`` keeps the JSON path beside the
name, as the contract asks; that is the command line, not the app.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from sroi_app.calc import compute
from sroi_app.calc.checks import scenario_warnings
from sroi_app.domain.errors import Issue
from sroi_app.io.cpi import default_cpi
from sroi_app.io.proxies import capitalised_ids
from sroi_app.io.scenario_file import load_scenario
from sroi_app.io.warning_texts import warning_text
from sroi_app.ui.dialogs import error_lines
from sroi_app.ui.i18n import _issue_templates, describe_location, issue_text
from sroi_app.ui.mainwindow import MainWindow
from tests.conftest import SCENARIOS
from tests.ui.helpers import type_into_cell

#: A JSON path as the program writes them: ``alternatives[1].effects[0].deadweight``.
JSON_PATH = re.compile(r"\b[a-z_]+\[\d+\]|\b(settings|proxy|uncertainty)\.[a-z_]+")
PATHS = [
    "alternatives[1].effects[0].deadweight",
    "alternatives[1].effects[0].uncertainty.quantity.low",
    "alternatives[1].costs[0].amount",
    "alternatives[1].costs[0].actuals[0].year",
    "alternatives[1].effects[0].measurements[1].quantity",
    "alternatives[0].name",
    "stakeholders[1].kind",
    "settings.discount_rate",
    "settings.price_year",
    "pm_items[0].stakeholder",
    "alternatives[1].effects[0].proxy.value",
]


def no_path(text: str) -> None:
    assert not JSON_PATH.search(text), text


@pytest.mark.parametrize("example", SCENARIOS, ids=[p.name for p in SCENARIOS])
def test_every_issue_text_names_the_item_and_not_its_path(qtbot: QtBot, example: Path) -> None:
    scenario = load_scenario(example)
    data = json.loads(example.read_text(encoding="utf-8"))
    for code in _issue_templates():
        for path in PATHS:
            issue = Issue(path, code, "english fallback", {})
            for where in (scenario, data, None):
                no_path(issue_text(issue, where))


def test_the_item_is_named_with_its_alternative_and_the_field_by_its_label(qtbot: QtBot) -> None:
    scenario = load_scenario(next(p for p in SCENARIOS if p.name.startswith("ontmoetingsruimte")))
    effect = scenario.alternatives[1].effects[0]
    issue = Issue("alternatives[1].effects[0].deadweight", "fraction", "must be a fraction")
    text = issue_text(issue, scenario)
    assert text == (
        f"Effect ‘{effect.name}’ (variant ‘{scenario.alternatives[1].name}’), Deadweight:"
        " moet tussen 0% en 100% liggen"
    )


@pytest.mark.parametrize("example", SCENARIOS, ids=[p.name for p in SCENARIOS])
def test_warnings_are_worded_without_paths(example: Path) -> None:
    scenario = load_scenario(example)
    cpi = default_cpi()
    result = compute(scenario, cpi)
    for warning in scenario_warnings(scenario, result, cpi, capitalised_ids()):
        for lang in ("nl", "en"):
            no_path(warning_text(warning, scenario, lang))
        if warning.path:
            no_path(describe_location(scenario, warning.path))


def test_a_refused_edit_and_a_refused_file_are_said_without_paths(
    example_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window = example_window
    effects = window.show_page("effects")
    type_into_cell(qtbot, effects.editor.view, 0, 7, "150")  # a deadweight of 150%
    message = window.statusBar().currentMessage()
    assert message.startswith("Niet geaccepteerd: Effect ‘")
    no_path(message)
    broken = json.loads(SCENARIOS[0].read_text(encoding="utf-8"))
    broken["alternatives"][1]["effects"][0]["deadweight"] = 1.5
    broken["alternatives"][1]["costs"][0]["payer"] = "niemand"
    from sroi_app.domain.errors import ScenarioValidationError
    from sroi_app.domain.validation import scenario_from_data

    with pytest.raises(ScenarioValidationError) as refused:
        scenario_from_data(broken, default_cpi())
    lines = error_lines(refused.value, broken)
    assert len(lines) == 2
    for line in lines:
        no_path(line)
    name = broken["alternatives"][1]["effects"][0]["name"]
    assert any(f"‘{name}’" in line for line in lines)
