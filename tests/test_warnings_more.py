"""More over-claiming checks (issue 11, item 4), and the warnings in ``compute --json``."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from sroi_app.cli import main
from sroi_app.exports.excel import export_workbook
from sroi_app.exports.report import export_report
from sroi_app.io.cpi import default_cpi
from sroi_app.io.scenario_file import load_scenario
from tests.conftest import SCENARIOS, spec_example

CPI = default_cpi()
PLEIN = next(p for p in SCENARIOS if p.name == "groene-ontmoetingsplek.sroi.json")


def _warnings(path: Path) -> list[dict[str, Any]]:
    out = io.StringIO()
    assert main(["compute", str(path), "--json"], out) == 0
    data = json.loads(out.getvalue())
    assert list(data)[-1] == "warnings"
    return data["warnings"]


def _house_paths() -> set[str]:
    scenario = load_scenario(PLEIN)
    return {
        f"alternatives[{a}].effects[{e}]"
        for a, alt in enumerate(scenario.alternatives)
        for e, effect in enumerate(alt.effects)
        if effect.proxy.library_id == "house_value_park"
    }


def test_the_house_value_is_flagged_in_the_json() -> None:
    warnings = _warnings(PLEIN)
    assert all(set(w) == {"code", "path", "message"} for w in warnings)
    houses = _house_paths()
    assert len(houses) == 3
    for code in ("benefit_concentration", "capitalised_double_counting"):
        assert {w["path"] for w in warnings if w["code"] == code} == houses, code
    assert any(w["code"] == "multiple_irr" for w in warnings)
    assert any(
        w["code"] == "runs_past_horizon" and w["path"].endswith(".duration_years") for w in warnings
    )


def test_one_dominant_effect_is_named_by_its_path(tmp_path: Path) -> None:
    data = spec_example()
    variant = data["alternatives"][1]
    small = dict(variant["effects"][0], id="klein", quantity=1)
    variant["effects"].append(small)
    path = tmp_path / "plan.sroi.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    concentrated = [w for w in _warnings(path) if w["code"] == "benefit_concentration"]
    assert [w["path"] for w in concentrated] == ["alternatives[1].effects[0]"]


def test_the_report_and_the_workbook_flag_it_too(tmp_path: Path) -> None:
    scenario = load_scenario(PLEIN)
    report = tmp_path / "raad.html"
    export_report(scenario, report, "nl")
    html = report.read_text(encoding="utf-8")
    assert "mogelijk dubbeltelling" in html and "staat of valt ermee" in html
    workbook = tmp_path / "plan.xlsx"
    export_workbook(scenario, workbook, "nl")
    notes = " ".join(
        str(c.value) for row in load_workbook(workbook)["Toelichting"].iter_rows() for c in row
    )
    assert "mogelijk dubbeltelling" in notes and "staat of valt ermee" in notes


def test_a_point_npv_and_a_simulated_mean_of_opposite_signs_are_flagged() -> None:
    """Issue 11, item 4: groene-ontmoetingsplek's two costlier variants have a negative NPV
    at the central values and a positive simulated mean (the house-value ranges are
    lopsided); the report and the workbook say so, in words and with the item."""
    from sroi_app.calc import compute
    from sroi_app.calc.checks import simulation_warnings
    from sroi_app.calc.montecarlo import DEFAULT_DRAWS, DEFAULT_SEED, monte_carlo
    from sroi_app.exports.report.content import build_report
    from sroi_app.exports.report.model import Paragraph
    from sroi_app.io.cpi import default_cpi
    from sroi_app.io.scenario_file import load_scenario
    from tests.conftest import SCENARIOS

    path = next(p for p in SCENARIOS if p.name == "groene-ontmoetingsplek.sroi.json")
    scenario, cpi = load_scenario(path), default_cpi()
    result = compute(scenario, cpi)
    simulation = monte_carlo(scenario, cpi, DEFAULT_DRAWS, DEFAULT_SEED)
    found = simulation_warnings(scenario, result, simulation)
    expected = [
        r
        for r in result.results
        if r.npv * (simulation.result(r.alternative_id).npv_summary.mean or 0.0) < 0
    ]
    assert expected, "the example has a variant whose mean and point NPV differ in sign"
    assert [w.code for w in found] == ["mean_npv_opposite_sign"] * len(expected)
    names = [r.name for r in expected]
    report = build_report(scenario, cpi, "nl")
    chapter = next(s for s in report.sections if s.key == "warnings").blocks
    lines = [b.text for b in chapter if isinstance(b, Paragraph) and "ander teken" in b.text]
    assert len(lines) == len(expected)
    for name, line in zip(names, lines, strict=True):
        assert name in line and "alternatives[" not in line
