"""The workbook's way back (contract section 10): ``sroi-app import``."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from sroi_app.calc import compute
from sroi_app.cli import main
from sroi_app.domain.validation import scenario_from_data
from sroi_app.exports.excel import export_workbook
from sroi_app.exports.excel.roundtrip import import_workbook
from sroi_app.exports.results_json import result_to_json
from sroi_app.io.cpi import default_cpi
from sroi_app.io.scenario_file import load_scenario
from tests.conftest import SCENARIOS, spec_example
from tests.excel_cases import random_scenario
from tests.libreoffice import cell, load_values, recalculate

CPI = default_cpi()


def _compute_json(scenario: Any) -> dict[str, Any]:
    return result_to_json(compute(scenario, CPI))


def _subset(original: Any, imported: Any, where: str = "") -> None:
    """Every field of ``original`` is in ``imported`` with the same value."""
    if isinstance(original, dict):
        assert isinstance(imported, dict), where
        for key, value in original.items():
            assert key in imported, f"{where}.{key} lost"
            _subset(value, imported[key], f"{where}.{key}")
    elif isinstance(original, list):
        assert isinstance(imported, list) and len(imported) == len(original), where
        for n, (a, b) in enumerate(zip(original, imported, strict=True)):
            _subset(a, b, f"{where}[{n}]")
    else:
        assert imported == original, f"{where}: {imported!r} != {original!r}"


@pytest.mark.parametrize(
    "source",
    [*SCENARIOS, *(f"random-{s}" for s in range(6))],
    ids=lambda p: p.name if isinstance(p, Path) else p,
)
def test_without_edits_the_import_is_the_original(source: Any, tmp_path: Path) -> None:
    if isinstance(source, Path):
        raw = json.loads(source.read_text(encoding="utf-8"))
    else:
        raw = random_scenario(int(source.split("-")[1]))
    raw["from_a_newer_tool"] = {"kept": [1, None, "x"]}  # unknown fields survive
    raw["alternatives"][-1]["effects_extra"] = "kept too"
    scenario = scenario_from_data(raw, CPI)
    workbook = tmp_path / "plan.xlsx"
    export_workbook(scenario, workbook, "en" if "random-1" in str(source) else "nl")
    out = tmp_path / "terug.sroi.json"
    assert main(["import", str(workbook), "-o", str(out)], io.StringIO()) == 0
    imported = json.loads(out.read_text(encoding="utf-8"))
    _subset(raw, imported)
    assert _compute_json(load_scenario(out)) == _compute_json(scenario)


def _cell_of(mapping: Any, path: str) -> tuple[str, str]:
    sheet, coordinate = mapping.inputs[path].rsplit("!", 1)
    return sheet.strip("'"), coordinate.replace("$", "")


@pytest.mark.libreoffice
def test_with_edits_the_import_equals_the_recalculated_workbook(tmp_path: Path) -> None:
    scenario = load_scenario(
        next(p for p in SCENARIOS if p.name == "groene-ontmoetingsplek.sroi.json")
    )
    workbook = tmp_path / "plan.xlsx"
    mapping = export_workbook(scenario, workbook, "nl")
    book = load_workbook(workbook)
    edits = {
        "alternatives[1].effects[0].quantity": 12.5,
        "alternatives[1].effects[0].deadweight": 0.2,
        "alternatives[1].costs[0].amount": 500_000.0,
        "alternatives[1].effects[0].name": "=Door de raad aangepast",
    }
    if "settings.discount_rate" in mapping.inputs:
        edits["settings.discount_rate"] = 0.03
    for path, value in edits.items():
        sheet, coordinate = _cell_of(mapping, path)
        book[sheet][coordinate].value = value
        if isinstance(value, str):
            book[sheet][coordinate].data_type = "s"
    book.save(workbook)
    (recalculated,) = recalculate([workbook], tmp_path / "lo", tmp_path / "profile")
    values = load_values(recalculated)
    out = tmp_path / "terug.sroi.json"
    assert main(["import", str(recalculated), "-o", str(out)], io.StringIO()) == 0
    imported = load_scenario(out)
    assert imported.alternatives[1].effects[0].quantity == 12.5
    assert imported.alternatives[1].effects[0].name == "=Door de raad aangepast"
    result = compute(imported, CPI)
    for i, r in enumerate(result.results, start=1):
        for name, engine in (
            ("NPV", r.npv),
            ("PV_COSTS", r.pv_costs),
            ("SROI_RATIO", r.sroi_ratio),
        ):
            assert cell(values, mapping.names[f"{name}_{i}"]) == pytest.approx(engine, rel=1e-9)


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        ("alternatives[1].effects[0].deadweight", 1.5, "must be between 0 and 1"),
        ("alternatives[1].costs[0].amount", "veel", "must be a number, not “veel”"),
        ("alternatives[1].effects[0].duration_years", 2.5, "must be a whole number of years"),
        ("cpi[2020]", 99.0, "the price index cannot be changed"),
    ],
    ids=["fraction", "text", "years", "cpi"],
)
def test_a_bad_cell_is_refused_by_sheet_and_cell_and_nothing_is_written(
    path: str, value: Any, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    scenario = scenario_from_data(spec_example(), CPI)
    workbook = tmp_path / "plan.xlsx"
    mapping = export_workbook(scenario, workbook, "nl")
    book = load_workbook(workbook)
    sheet, coordinate = _cell_of(mapping, path)
    book[sheet][coordinate].value = value
    book.save(workbook)
    out = tmp_path / "terug.sroi.json"
    assert main(["import", str(workbook), "-o", str(out)], io.StringIO()) == 2
    err = capsys.readouterr().err.strip()
    assert err == f"{sheet}!{coordinate}: {message}" or err.startswith(
        f"{sheet}!{coordinate}: {message}"
    ), err
    assert not out.exists()


def test_a_workbook_this_program_did_not_make_is_refused(tmp_path: Path) -> None:
    from openpyxl import Workbook

    path = tmp_path / "other.xlsx"
    Workbook().save(path)
    with pytest.raises(Exception, match="not a workbook exported by this program"):
        import_workbook(path, CPI)


def test_sources_come_back_from_their_sheet(tmp_path: Path) -> None:
    """Source cells on Invoer hold [n]; the text is on Bronnen, once. On import [n] is the
    text as it stands on Bronnen: an edited text reaches every effect citing it, a cell
    changed to [m] takes source m's text, and plain text typed in a source cell stays."""
    scenario = load_scenario(
        next(p for p in SCENARIOS if p.name == "groene-ontmoetingsplek.sroi.json")
    )
    workbook = tmp_path / "plan.xlsx"
    mapping = export_workbook(scenario, workbook, "nl")
    book = load_workbook(workbook)
    proxy_source = scenario.alternatives[1].effects[0].proxy.source
    sheet, coordinate = _cell_of(mapping, "alternatives[1].effects[0].proxy.source")
    shown = book[sheet][coordinate].value
    assert isinstance(shown, str) and shown.startswith("[") and len(shown) <= 5
    number = int(shown.strip("[]"))
    texts = [book["Bronnen"][f"B{r}"].value for r in range(5, book["Bronnen"].max_row + 1)]
    assert texts.count(proxy_source) == 1  # each source once
    citing = [
        (a, e)
        for a, alt in enumerate(scenario.alternatives)
        for e, effect in enumerate(alt.effects)
        if effect.proxy.source == proxy_source
    ]
    assert len(citing) > 1  # the same proxy in several alternatives
    source_sheet, source_cell = mapping.sources[number].rsplit("!", 1)
    book[source_sheet.strip("'")][source_cell.replace("$", "")].value = "Herziene bron"
    other = scenario.alternatives[1].effects[1]
    other_sheet, other_cell = _cell_of(mapping, "alternatives[1].effects[1].source")
    book[other_sheet][other_cell].value = shown  # now cites [n] as well
    plain_sheet, plain_cell = _cell_of(mapping, "alternatives[1].effects[2].source")
    book[plain_sheet][plain_cell].value = "Eigen telling 2026"
    book.save(workbook)
    imported = import_workbook(workbook, CPI)
    for a, e in citing:
        assert imported.alternatives[a].effects[e].proxy.source == "Herziene bron"
    assert imported.alternatives[1].effects[1].source == "Herziene bron"
    assert imported.alternatives[1].effects[1].proxy.source == other.proxy.source
    assert imported.alternatives[1].effects[2].source == "Eigen telling 2026"
    untouched = scenario.alternatives[1].effects[3]
    assert imported.alternatives[1].effects[3].source == untouched.source
