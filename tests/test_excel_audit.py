"""The workbook as an auditor's instrument (issue 12): what can be edited, what reads well.

- formulas are locked and inputs open, on protected sheets without a password;
- whole quantities show without a trailing separator;
- the value map ends in the totals of the summary's defined names; the
  distribution groups stakeholders by their kind.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from sroi_app.domain.validation import scenario_from_data
from sroi_app.exports.excel import export_workbook
from sroi_app.exports.excel.distribution import group_of
from sroi_app.exports.excel.roundtrip import EMBED_SHEET
from sroi_app.exports.excel.style import INPUT_FILL
from sroi_app.io.cpi import default_cpi
from tests.conftest import ROOT, spec_example
from tests.excel_cases import random_scenario

CPI = default_cpi()
RICHEST = ROOT / "scenarios" / "groene-ontmoetingsplek.sroi.json"


def _export(data: dict[str, Any], path: Path) -> Any:
    mapping = export_workbook(scenario_from_data(data, CPI), path, "nl")
    return load_workbook(path), mapping


def _split(address: str) -> tuple[str, str]:
    sheet, coordinate = address.rsplit("!", 1)
    return sheet.strip("'").replace("''", "'"), coordinate.replace("$", "")


@pytest.mark.parametrize("case", ["spec", "richest", 7])
def test_formulas_locked_inputs_open_sheets_protected(tmp_path: Path, case: str | int) -> None:
    if case == "spec":
        data = spec_example()
    elif case == "richest":
        data = json.loads(RICHEST.read_text(encoding="utf-8"))
    else:
        data = random_scenario(int(case))
    book, mapping = _export(data, tmp_path / "x.xlsx")
    formulas = inputs = 0
    for ws in book.worksheets:
        if ws.title == EMBED_SHEET:
            continue
        assert ws.protection.sheet, ws.title
        assert not ws.protection.password, ws.title  # no password: Unprotect Sheet lifts it
        for row in ws.iter_rows():
            for c in row:
                yellow = c.fill.fgColor.rgb.endswith(INPUT_FILL.fgColor.rgb[-6:])
                if isinstance(c.value, str) and c.value.startswith("="):
                    formulas += 1
                    assert c.protection.locked, f"{ws.title}!{c.coordinate}"
                    assert not yellow, f"{ws.title}!{c.coordinate}"
                elif yellow:
                    assert not c.protection.locked, f"{ws.title}!{c.coordinate}"
    for path, target in mapping.inputs.items():
        sheet, coordinate = _split(target)
        c = book[sheet][coordinate]
        if path == "settings.horizon_years" or path.endswith(".id"):
            assert c.protection.locked, path  # fixed by the structure: change it in the app
        else:
            assert not c.protection.locked, path
            inputs += 1
    assert formulas > 100 and inputs > 20


def test_whole_quantities_have_no_trailing_separator(tmp_path: Path) -> None:
    data = spec_example()
    data["alternatives"][1]["effects"][0]["quantity"] = 9.0
    data["alternatives"][1]["effects"].append(
        data["alternatives"][1]["effects"][0] | {"id": "half", "quantity": 2.5}
    )
    book, mapping = _export(data, tmp_path / "x.xlsx")

    def fmt(address: str) -> str:
        sheet, coordinate = _split(address)
        return str(book[sheet][coordinate].number_format)

    whole = fmt(mapping.inputs["alternatives[1].effects[0].quantity"])
    fraction = fmt(mapping.inputs["alternatives[1].effects[1].quantity"])
    assert whole == "#,##0"  # 9 shows "9", never "9," as #,##0.## did
    assert fraction.startswith("#,##0.00")
    assert not whole.endswith(".##") and not fraction.endswith(".##")


def test_value_map_totals_are_the_summary_names(tmp_path: Path) -> None:
    data = json.loads(RICHEST.read_text(encoding="utf-8"))
    book, mapping = _export(data, tmp_path / "x.xlsx")
    for i in range(3):
        for key, name in (
            ("pv_benefits", "PV_BENEFITS"),
            ("pv_costs", "PV_COSTS"),
            ("npv", "NPV"),
            ("sroi_ratio", "SROI_RATIO"),
        ):
            sheet, coordinate = _split(mapping.results[f"results[{i}].value_map.{key}"])
            assert sheet == "Waardekaart"
            assert book[sheet][coordinate].value == f"={name}_{i + 1}"


@pytest.mark.parametrize(
    ("kind", "ident", "group"),
    [
        ("gemeente", "x", "government"),
        ("ggd", "x", "government"),
        ("rijk", "x", "government"),
        ("woningcorporatie", "x", "business"),
        ("zorg_welzijn", "x", "business"),
        ("bewoners", "x", "households"),
        ("overig", "x", "other"),
        (None, "gemeente", "government"),  # no kind: the id, when it is a kind
        (None, "zvz", "other"),
    ],
)
def test_distribution_groups_by_kind_then_id(kind: str | None, ident: str, group: str) -> None:
    assert group_of(kind, ident) == group


def test_inputs_sheet_has_one_line_per_row_and_numbered_sources(tmp_path: Path) -> None:
    """Invoer: every row one line of fixed height (headers excepted), nothing wraps; the
    long source texts are on Bronnen, each once, and Invoer shows their number."""
    data = json.loads(RICHEST.read_text(encoding="utf-8"))
    book, mapping = _export(data, tmp_path / "x.xlsx")
    ws = book["Invoer"]
    headers = {
        c.row
        for row in ws.iter_rows(min_row=3)
        for c in row
        if c.fill.fgColor.rgb.endswith("1F4E79")
    }
    for row in ws.iter_rows(min_row=3):
        for c in row:
            assert c.row in headers or not c.alignment.wrap_text, c.coordinate
    for r in range(3, ws.max_row + 1):
        height = ws.row_dimensions[r].height
        assert height in ((15, 45) if r in headers else (15,)), (r, height)
    sources = book["Bronnen"]
    texts = [sources[f"B{r}"].value for r in range(5, sources.max_row + 1)]
    expected = {
        text
        for alternative in data["alternatives"]
        for effect in alternative["effects"]
        for text in (effect.get("source", ""), effect["proxy"].get("source", ""))
        if text
    }
    assert sorted(texts) == sorted(expected)  # every source, each once
    for path, target in mapping.inputs.items():
        if path.endswith((".source", ".proxy.source")) and ".effects[" in path:
            sheet, coordinate = _split(target)
            value = book[sheet][coordinate].value
            number = int(value.strip("[]"))
            assert value == f"[{number}]"
            assert sources[f"A{4 + number}"].value == value
