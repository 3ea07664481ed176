"""PM posts can carry a magnitude, as Dutch MKBA tables show them (issue 11, item 9)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sroi_app.domain.errors import ScenarioValidationError
from sroi_app.domain.validation import scenario_from_data
from sroi_app.exports.report import export_report
from sroi_app.io.cpi import default_cpi
from sroi_app.io.scenario_file import load_scenario, save_scenario
from tests.conftest import spec_example

CPI = default_cpi()


def test_a_magnitude_is_shown_after_pm_and_saved(tmp_path: Path) -> None:
    data = spec_example()
    data["pm_items"][0]["magnitude"] = "++"
    scenario = scenario_from_data(data, CPI)
    assert scenario.pm_items[0].mark == "++"
    path = tmp_path / "plan.sroi.json"
    save_scenario(scenario, path)
    assert load_scenario(path).pm_items[0].magnitude == "++"
    report = tmp_path / "raad.html"
    export_report(scenario, report, "nl")
    assert "PM ++" in report.read_text(encoding="utf-8")


def test_without_a_magnitude_the_sign_is_shown() -> None:
    scenario = scenario_from_data(spec_example(), CPI)
    assert scenario.pm_items[0].magnitude is None and scenario.pm_items[0].mark == "+"


def test_an_unknown_magnitude_is_refused() -> None:
    data = spec_example()
    data["pm_items"][0]["magnitude"] = "+++"
    with pytest.raises(ScenarioValidationError, match=r"pm_items\[0\].magnitude"):
        scenario_from_data(data, CPI)
