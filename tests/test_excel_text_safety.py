"""Text from the user is stored as text: never a formula, an error value or a broken file.

Names, ids, sources and notes that look like formulas (``=HYPERLINK(...)``,
``@SUM(1,2)``, ``+1``, ``-1``) or error values (``#N/A``) are written to
every text field a scenario has, and read back with openpyxl: each is a
string cell with the same value. The only formulas in the workbook are the
export's own.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from sroi_app.calc import compute
from sroi_app.domain.errors import ScenarioValidationError
from sroi_app.domain.models import Scenario
from sroi_app.domain.validation import scenario_from_data
from sroi_app.exports.excel import export_workbook
from sroi_app.io.cpi import default_cpi
from tests.libreoffice import cell, load_values, recalculate

CPI = default_cpi()
HYPERLINK = '=HYPERLINK("http://x","y")'
HOSTILE = [HYPERLINK, "@SUM(1,2)", "+1", "-1", "=1+1", "#N/A", "-2+3", "'quoted"]


def hostile_scenario() -> dict[str, Any]:
    h = HOSTILE
    return {
        "schema_version": 1,
        "name": h[0],
        "municipality": h[1],
        "description": h[2],
        "area_type": "woonwijk",
        "settings": {
            "start_year": 2026,
            "price_year": 2026,
            "horizon_years": 10,
            "discount_rate": 0.0225,
            "discount_rate_label": h[4],
        },
        "stakeholders": [
            {"id": "+1", "name": h[0], "kind": h[5], "description": h[1]},
            {"id": "-1", "name": h[1], "description": h[6]},
            {"id": "@SUM(1,2)", "name": h[2]},
        ],
        "alternatives": [
            {"id": "=1+1", "name": h[3], "reference": True, "description": h[0], "costs": []},
            {
                "id": HYPERLINK,
                "name": h[0],
                "description": h[7],
                "costs": [
                    {
                        "id": "-1",
                        "name": h[1],
                        "payer": "+1",
                        "amount": 1000.0,
                        "category": h[0],
                        "note": h[2],
                    }
                ],
                "effects": [
                    {
                        "id": "+1",
                        "name": h[2],
                        "chain": [h[0], h[1]],
                        "indicator": h[3],
                        "beneficiary": "@SUM(1,2)",
                        "quantity": 10.0,
                        "unit": h[4],
                        "proxy": {"name": h[5], "value": 300.0, "source": h[0]},
                        "first_year": 1,
                        "duration_years": 5,
                        "source": h[6],
                        "note": h[7],
                    }
                ],
            },
        ],
        "pm_items": [
            {"name": h[0], "stakeholder": "-1", "sign": "-", "note": h[1]},
            {"name": h[3], "sign": "+", "note": h[0], "alternative": HYPERLINK},
        ],
    }


TEXT_FIELDS = (
    "name",
    "id",
    "municipality",
    "description",
    "kind",
    "payer",
    "beneficiary",
    "category",
    "note",
    "chain",
    "indicator",
    "unit",
    "source",
    "stakeholder",
    "sign",
    "alternative",
    "discount_rate_label",
)


def expected_texts(data: dict[str, Any], mapping_inputs: dict[str, str]) -> dict[str, str]:
    """JSON path -> the text the cell must hold, for every text input the export wrote."""
    scenario = scenario_from_data(data, CPI)
    expected: dict[str, str] = {}
    for path in mapping_inputs:
        if path.rsplit(".", 1)[-1] not in TEXT_FIELDS:
            continue
        value: Any = scenario
        for part in path.replace("]", "").replace("[", ".").split("."):
            value = value[int(part)] if part.isdigit() else getattr(value, part)
        if isinstance(value, list):
            value = " → ".join(value)
        if value:
            expected[path] = value
    return expected


def _at(workbook: Any, reference: str) -> Any:
    sheet, coordinate = reference.rsplit("!", 1)
    return workbook[sheet.strip("'")][coordinate.replace("$", "")]


def test_hostile_text_is_stored_as_text(tmp_path: Path) -> None:
    data = hostile_scenario()
    path = tmp_path / "hostile.xlsx"
    mapping = export_workbook(scenario_from_data(data, CPI), path, "nl")
    workbook = load_workbook(path)
    expected = expected_texts(data, mapping.inputs)
    # Every hostile string reached at least one cell, in every kind of field.
    assert set(HOSTILE) <= set(expected.values())
    assert {p.rsplit(".", 1)[-1] for p in expected} >= {"name", "id", "source", "note", "sign"}
    for json_path, text in expected.items():
        c = _at(workbook, mapping.inputs[json_path])
        if ".effects[" in json_path and json_path.endswith("source"):
            # An effect's source cell holds its number; the text is on the sources sheet.
            assert re.fullmatch(r"\[\d+\]", c.value), json_path
            c = _at(workbook, mapping.sources[int(c.value[1:-1])])
        assert c.data_type == "s", f"{json_path}: {c.data_type} {c.value!r}"
        assert c.value == text, json_path
        if text[0] in "=+-@":
            assert c.quotePrefix, f"{json_path}: no quote prefix, Excel would parse an edit"
    formulas = [
        c.value
        for ws in workbook.worksheets
        for row in ws.iter_rows()
        for c in row
        if c.data_type == "f"
    ]
    assert formulas  # the export's own formulas are there ...
    for formula in formulas:  # ... and none is user text
        assert "HYPERLINK" not in formula and "SUM(1,2)" not in formula, formula


def test_control_characters_do_not_break_the_file(tmp_path: Path) -> None:
    data = hostile_scenario()
    data["name"] = "bell\x07 and nul\x00 and tab\t"
    data["stakeholders"][0]["name"] = "x" * 40_000
    # Files with such text are refused when read (tests/test_text_checks.py); the
    # workbook still defends itself against a document built another way.
    with pytest.raises(ScenarioValidationError):
        scenario_from_data(data, CPI)
    path = tmp_path / "control.xlsx"
    mapping = export_workbook(Scenario.model_validate(data), path, "en")
    workbook = load_workbook(path)
    assert _at(workbook, mapping.inputs["name"]).value == "bell\ufffd and nul\ufffd and tab\t"
    long_name = _at(workbook, mapping.inputs["stakeholders[0].name"]).value
    assert len(long_name) == 32767 and long_name.endswith("…")  # Excel's cell limit


@pytest.mark.libreoffice
def test_hostile_text_survives_recalculation(tmp_path: Path) -> None:
    """After LibreOffice recalculates, the text is still text and the numbers still match."""
    data = hostile_scenario()
    scenario = scenario_from_data(data, CPI)
    path = tmp_path / "hostile.xlsx"
    mapping = export_workbook(scenario, path, "en")
    (converted,) = recalculate([path], tmp_path / "out", tmp_path / "profile")
    values = load_values(converted)
    for json_path, text in expected_texts(data, mapping.inputs).items():
        found = cell(values, mapping.inputs[json_path])
        if ".effects[" in json_path and json_path.endswith("source"):
            found = cell(values, mapping.sources[int(found[1:-1])])  # "[n]": on Sources
        assert found == text, json_path
    result = compute(scenario, CPI).results[0]
    assert cell(values, "NPV_1") == pytest.approx(result.npv, rel=1e-9)
    # Ids "+1", "-1" and "@SUM(1,2)" are matched as text, not as numbers or criteria.
    for sid, s in result.by_stakeholder.items():
        found = cell(values, mapping.results[f"results[0].by_stakeholder.{sid}.npv"])
        assert found == pytest.approx(s.npv, rel=1e-9, abs=1e-9), sid
    assert result.by_stakeholder["+1"].pv_costs > 0
    assert result.by_stakeholder["@SUM(1,2)"].pv_benefits > 0
