"""The workbook's structure, without a spreadsheet program: sheets, names, formulas, look.

- every number outside the inputs sheet is a formula (no pasted results),
  except on the sensitivity sheet: simulation output, values by design,
  labelled as such (docs/excel-export.md; tests/test_excel_sensitivity.py);
- every input value sits in exactly one input cell, and every other number
  on the inputs sheet is a grey structural cell (a CPI year, the year 0 of a
  constant rate);
- the defined names of the contract exist at workbook scope;
- print set-up, frozen panes, number formats, charts and provenance notes.
"""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.workbook import Workbook

from sroi_app.domain.labels import conventions_text
from sroi_app.domain.validation import scenario_from_data, scenario_to_data
from sroi_app.exports.excel import build_workbook, export_workbook
from sroi_app.exports.excel.style import FIXED_FILL, INPUT_FILL
from sroi_app.io.cpi import default_cpi
from tests.conftest import ROOT, spec_example
from tests.excel_cases import random_scenario

CPI = default_cpi()
NUMBER_FIELDS = {
    "amount",
    "optimism_bias",
    "first_year",
    "last_year",
    "every_years",
    "price_year",
    "quantity",
    "value",
    "deadweight",
    "displacement",
    "attribution",
    "drop_off",
    "duration_years",
    "ramp_up_years",
}


def export(data: dict[str, Any], path: Path, lang: str = "nl") -> tuple[Workbook, Any]:
    mapping = export_workbook(scenario_from_data(data, CPI), path, lang)  # type: ignore[arg-type]
    return load_workbook(path), mapping


def numbers(ws: Any) -> list[Any]:
    return [
        c
        for row in ws.iter_rows()
        for c in row
        if isinstance(c.value, int | float) and not isinstance(c.value, bool)
    ]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_sheets_in_tab_order(tmp_path: Path, lang: str) -> None:
    workbook, _ = export(spec_example(), tmp_path / "x.xlsx", lang)
    expected = {
        "nl": [
            "Samenvatting",
            "Invoer",
            "Bronnen",
            "Kasstromen",
            "Waardekaart",
            "MKBA-overzicht",
            "Verdeling",
            "Toelichting",
        ],
        "en": [
            "Summary",
            "Inputs",
            "Sources",
            "Cash flows",
            "Value map",
            "CBA overview",
            "Distribution",
            "Notes",
        ],
    }[lang]
    # ... then, hidden, the negated series the charts draw downward (issue 11: one sign
    # convention) and, very hidden, the scenario itself for ``sroi-app import`` (section 10).
    chart_data = {"nl": "Grafiekdata", "en": "Chart data"}[lang]
    assert workbook.sheetnames == [*expected, chart_data, "sroi-app"]
    assert workbook[chart_data].sheet_state == "hidden"
    assert workbook["sroi-app"].sheet_state == "veryHidden"
    assert workbook.active.title == expected[0]


@pytest.mark.parametrize("seed", [None, "ranges", *range(12)])
def test_no_result_is_a_constant_and_each_input_is_in_one_cell(
    tmp_path: Path, seed: int | str | None
) -> None:
    if seed == "ranges":  # an example with ranges: it gets the sensitivity sheet
        data = json.loads((ROOT / "scenarios" / "groene-ontmoetingsplek.sroi.json").read_text())
    else:
        data = spec_example() if seed is None else random_scenario(seed)  # type: ignore[arg-type]
    workbook, mapping = export(data, tmp_path / "x.xlsx")
    assert ("sensitivity" in mapping.sheets) == (seed == "ranges")
    inputs_title = mapping.sheets["inputs"]
    flows_title = mapping.sheets["cash_flows"]
    for ws in workbook.worksheets:
        constants = numbers(ws)
        if ws.title in (inputs_title, mapping.sheets.get("sensitivity")):
            continue  # inputs; and the documented exception: the simulation's output
        if ws.title == flows_title:
            # Only the row of year indices t = 0..H (grey, structural) is constant.
            assert {c.row for c in constants} <= {4}, ws.title
            assert [c.value for c in constants] == list(range(len(constants)))
            assert all(c.fill.fgColor.rgb.endswith(FIXED_FILL.fgColor.rgb[-6:]) for c in constants)
        else:
            assert constants == [], f"{ws.title}: {[c.coordinate for c in constants]}"
    # Each input path has its own cell.
    addresses = list(mapping.inputs.values())
    assert len(addresses) == len(set(addresses))
    inputs = workbook[inputs_title]
    mapped = {a.rsplit("!", 1)[1].replace("$", "") for a in addresses}
    for c in numbers(inputs):
        if c.coordinate in mapped:
            continue
        # Not an input: a grey structural cell (a CPI year, or year 0 of a constant rate).
        assert c.fill.fgColor.rgb.endswith(FIXED_FILL.fgColor.rgb[-6:]), c.coordinate
        assert c.value in CPI.values or c.value == 0, c.coordinate
    # Every number field of every cost and effect has its input cell, yellow.
    scenario = scenario_from_data(data, CPI)
    for a, alternative in enumerate(scenario.alternatives):
        for kind, items in (("costs", alternative.costs), ("effects", alternative.effects)):
            for i in range(len(items)):
                prefix = f"alternatives[{a}].{kind}[{i}]."
                fields = {p[len(prefix) :] for p in mapping.inputs if p.startswith(prefix)}
                wanted = (
                    {"amount", "optimism_bias", "first_year", "last_year", "every_years"}
                    if kind == "costs"
                    else {"quantity", "proxy.value", "deadweight", "displacement"}
                    | {"attribution", "drop_off", "duration_years", "ramp_up_years"}
                )
                assert wanted <= fields
                for field in wanted:
                    sheet_cell = mapping.inputs[prefix + field].rsplit("!", 1)[1].replace("$", "")
                    assert inputs[sheet_cell].fill.fgColor.rgb.endswith(INPUT_FILL.fgColor.rgb[-6:])


def test_defined_names_point_at_formulas_on_the_summary(tmp_path: Path) -> None:
    data = spec_example()
    data["alternatives"].append(
        {"id": "extra", "name": "Extra", "costs": [], "effects": [], "reference": False}
    )
    workbook, _ = export(data, tmp_path / "x.xlsx")
    summary = workbook["Samenvatting"]
    for i in (1, 2):
        for name in ("PV_COSTS", "PV_BENEFITS", "NPV", "SROI_RATIO"):
            defined = workbook.defined_names[f"{name}_{i}"]  # workbook scope
            assert defined.localSheetId is None
            sheet, coordinate = defined.attr_text.split("!")
            assert sheet.strip("'") == "Samenvatting"
            assert summary[coordinate.replace("$", "")].data_type == "f"
    ratio = workbook.defined_names["SROI_RATIO_1"].attr_text.split("!")[1].replace("$", "")
    # The ratio is empty ("n.v.t.") when PV costs are not positive: contract section 6.
    assert ">0" in summary[ratio].value and '"n.v.t."' in summary[ratio].value
    assert "PV_COSTS_3" not in workbook.defined_names


def test_only_a_reference_gives_a_workbook_without_results(tmp_path: Path) -> None:
    data = spec_example()
    data["alternatives"] = data["alternatives"][:1]
    workbook, mapping = export(data, tmp_path / "x.xlsx", "en")
    assert "PV_COSTS_1" not in workbook.defined_names
    assert mapping.results == {}
    assert "No alternatives to compare" in str(workbook["Summary"]["A5"].value)


def test_look_print_setup_and_number_formats(tmp_path: Path) -> None:
    workbook, mapping = export(spec_example(), tmp_path / "x.xlsx")
    for ws in workbook.worksheets:
        if ws.sheet_state == "veryHidden":
            continue  # the scenario for ``sroi-app import``: never shown, never printed
        assert ws.page_setup.orientation == "landscape", ws.title
        assert int(ws.page_setup.paperSize) == 9, ws.title  # A4
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0, ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
    assert workbook["Kasstromen"].freeze_panes == "D9"
    assert workbook["Samenvatting"].freeze_panes == "B6"

    def at(reference: str) -> Any:
        sheet, coordinate = reference.rsplit("!", 1)
        return workbook[sheet.strip("'")][coordinate.replace("$", "")]

    assert "€" in at(mapping.results["results[0].npv"]).number_format
    assert "%" in at(mapping.inputs["alternatives[1].effects[0].deadweight"]).number_format
    assert "%" in at(mapping.inputs["settings.discount_rate"]).number_format
    assert workbook["Kasstromen"].column_dimensions["C"].width >= 20


def test_native_charts_follow_formula_rows(tmp_path: Path) -> None:
    workbook, _ = build_workbook(scenario_from_data(spec_example(), CPI), CPI, "nl")
    summary = workbook["Samenvatting"]
    assert len(summary._charts) == 2  # yearly flows, and who pays / who gains
    path = tmp_path / "x.xlsx"
    workbook.save(path)
    with zipfile.ZipFile(path) as archive:
        charts = [n for n in archive.namelist() if n.startswith("xl/charts/chart")]
        xml = "".join(archive.read(n).decode() for n in charts)
    assert len(charts) == 2
    assert "'Kasstromen'!$H$" in xml and "'Verdeling'!$C$" in xml
    # Every range a chart reads starts at a formula cell (so the chart follows the inputs).
    refs = re.findall(r"<(?:c:)?f>'([^']+)'!\$([A-Z]+)\$(\d+)", xml)
    assert len(refs) >= 2 * 3 + 3
    for sheet, column, row in refs:
        assert workbook[sheet][f"{column}{row}"].data_type == "f", (sheet, column, row)


def test_notes_carry_provenance_and_conventions(tmp_path: Path) -> None:
    data = spec_example()
    scenario = scenario_from_data(data, CPI)
    workbook, _ = export(data, tmp_path / "x.xlsx")
    notes = " ".join(
        str(c.value) for row in workbook["Toelichting"].iter_rows() for c in row if c.value
    )
    # The documented one-liner over the file as this app saves it.
    canonical = json.dumps(
        scenario_to_data(scenario),
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    assert hashlib.sha256(canonical.encode("utf-8")).hexdigest() in notes
    assert conventions_text(scenario, "nl") in notes
    assert "sroi-app 0." in notes
    assert "2,25%" in notes and "Werkgroep discontovoet 2020" in notes
    assert "Nog geen CBS-prijsindex voor 2026" in notes  # the warning, in Dutch


def test_input_cells_refuse_what_the_program_would(tmp_path: Path) -> None:
    """Issue 12: a deadweight of 1,5 is refused by Excel itself (data validation)."""
    workbook, mapping = export(spec_example(), tmp_path / "x.xlsx")
    ws = workbook["Invoer"]
    rules = {}
    for dv in ws.data_validations.dataValidation:
        for cell_range in dv.sqref.ranges:
            for row in (
                ws[cell_range.coord] if ":" in cell_range.coord else [[ws[cell_range.coord]]]
            ):
                for c in row:
                    rules[c.coordinate] = (dv.type, dv.operator, dv.formula1, dv.formula2, dv.error)

    def at(path: str) -> tuple[str, ...]:
        return rules[mapping.inputs[path].rsplit("!", 1)[1].replace("$", "")]

    kind, operator, low, high, message = at("alternatives[1].effects[0].deadweight")
    assert (kind, operator, low, high) == ("decimal", "between", "0", "1")
    assert "tussen 0 en 1" in message
    assert at("alternatives[1].effects[0].duration_years")[:3] == (
        "whole",
        "greaterThanOrEqual",
        "0",
    )
    assert at("settings.horizon_years")[:4] == ("whole", "between", "0", "1000")
    # Any number is a quantity, but a number: text is refused.
    assert at("alternatives[1].effects[0].quantity")[:2] == ("decimal", "between")
    assert at("alternatives[1].costs[0].amount")[:2] == ("decimal", "between")
    # Payer and beneficiary: one of the stakeholder ids, offered as a list.
    ids = mapping.names["STAKEHOLDER_IDS"].split("!", 1)[1]
    for path in ("alternatives[1].costs[0].payer", "alternatives[1].effects[0].beneficiary"):
        kind, _, formula, _, message = at(path)
        assert (kind, formula) == ("list", ids)
        assert "actor" in message
    # Ten thousand cells are a few ranges, not one range each.
    assert sum(len(dv.sqref.ranges) for dv in ws.data_validations.dataValidation) < 40


def test_long_names_get_the_rows_they_need(tmp_path: Path) -> None:
    """Headers and wrapped texts are not clipped or overprinted when printed: spreadsheet
    programs do not grow the rows of a file written by openpyxl, so the export does."""
    from openpyxl import load_workbook

    from sroi_app.exports.excel import export_workbook
    from sroi_app.io.scenario_file import load_scenario
    from tests.conftest import ROOT

    path = tmp_path / "w.xlsx"
    mapping = export_workbook(
        load_scenario(ROOT / "scenarios" / "groene-ontmoetingsplek.sroi.json"), path, "nl"
    )
    book = load_workbook(path)
    # "Ontmoetingsplek met buurtverbinder" needs two lines in a column of 20 characters.
    assert (book["Samenvatting"].row_dimensions[5].height or 0) >= 30
    assert (book["MKBA-overzicht"].row_dimensions[4].height or 0) >= 30
    valuemap = book["Waardekaart"]
    rows = {
        int(target.rsplit("$", 1)[1])
        for key, target in mapping.cells.items()
        if key.startswith("value_map.") and key.endswith(".pv")
    }
    heights = [valuemap.row_dimensions[r].height or 0 for r in rows]
    assert len(heights) > 20 and min(heights) >= 30  # every effect's outcome and indicator wrap


def test_the_summary_carries_the_decision_page(tmp_path: Path) -> None:
    """Issue 11, item 1: the decision page on the workbook's summary sheet too: the chance
    and band point at the export's simulation on the sensitivity sheet, the rank and the
    gemeente's balance are live formulas, the verdict is in the report's words."""
    from sroi_app.calc import compute
    from sroi_app.calc.decision import decisions
    from sroi_app.calc.montecarlo import DEFAULT_DRAWS, DEFAULT_SEED, monte_carlo
    from sroi_app.exports.excel.workbook import export_workbook
    from sroi_app.exports.report.texts import text
    from sroi_app.io.cpi import default_cpi
    from sroi_app.io.scenario_file import load_scenario
    from tests.conftest import SCENARIOS

    path = next(p for p in SCENARIOS if p.name == "groene-ontmoetingsplek.sroi.json")
    scenario, cpi = load_scenario(path), default_cpi()
    book_path = tmp_path / "plan.xlsx"
    export_workbook(scenario, book_path, "nl")
    book = load_workbook(book_path)
    ws = book["Samenvatting"]
    rows = {ws.cell(row=r, column=1).value: r for r in range(1, ws.max_row + 1)}

    def points_at(formula: object) -> object:
        assert isinstance(formula, str) and formula.startswith("='Gevoeligheid'!")
        sheet, cell = formula[1:].split("!")
        return book[sheet.strip("'")][cell.replace("$", "")].value

    simulation = monte_carlo(scenario, cpi, DEFAULT_DRAWS, DEFAULT_SEED)
    result = compute(scenario, cpi)
    expected = {d.alternative_id: d for d in decisions(scenario, cpi, result, simulation)}
    for i, r in enumerate(result.results):
        col = 2 + i
        d = expected[r.alternative_id]
        chance = points_at(ws.cell(row=rows["Kans NCW > 0"], column=col).value)
        assert chance == pytest.approx(d.prob_npv_positive)
        p5 = points_at(ws.cell(row=rows["NCW 5%-punt"], column=col).value)
        assert p5 == pytest.approx(d.npv_p5)
        assert ws.cell(row=rows["Oordeel"], column=col).value == text(f"verdict_{d.verdict}", "nl")
        rank = ws.cell(row=rows["Rang (naar NCW bij de export)"], column=col).value
        assert rank == f"=RANK(NPV_{i + 1},(NPV_1,NPV_2,NPV_3))"
        balance = ws.cell(row=rows["Saldo gemeente (CW)"], column=col).value
        assert isinstance(balance, str) and balance.startswith("=") and "Verdeling" in balance


@pytest.mark.slow
def test_a_workbook_of_20_x_500_x_100_is_made_in_bounded_time_and_memory() -> None:
    """Issue 17: the large workbook in a fresh process, the way benchmarks/bench_excel.py
    measures it, with bounds for a loaded CI machine (the goals, 10 s and 500 MB, are
    benchmarks). Before the sheets were written as XML (``sheetxml``) it took 40-70 s and
    1.2 GB, which these bounds refuse."""
    import subprocess
    import sys

    from benchmarks.bench_excel import _LARGE

    done = subprocess.run(
        [sys.executable, "-c", _LARGE],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    seconds, peak_mb = (float(v) for v in done.stdout.split()[-2:])
    assert seconds < 35, seconds
    assert peak_mb < 700, peak_mb


def test_openpyxl_writes_through_lxml() -> None:
    """lxml is a dependency for speed: openpyxl falls back to pure Python silently."""
    from openpyxl.xml import LXML

    assert LXML, "openpyxl did not find lxml: large workbooks take a third longer"


def test_a_copied_style_is_the_cells_own() -> None:
    """The style cache copies a style array to each cell: restyling one cell later
    (a bold name, an indented text) leaves the other cells of that look alone."""
    from sroi_app.exports.excel import style

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    first = style.put_number(ws, 1, 1, 0.25, style.PERCENT)
    second = style.put_number(ws, 2, 1, 0.5, style.PERCENT)
    third = style.put_number(ws, 3, 1, 3, style.NUMBER)
    fourth = style.put_number(ws, 4, 1, 0.75, style.PERCENT)
    second.font = style.BOLD
    later = style.put_number(ws, 5, 1, 0.1, style.PERCENT)
    assert second.font.bold
    assert not any(cell.font.bold for cell in (first, fourth, later))
    for cell in (first, third, later):
        assert cell.fill.fgColor.rgb == INPUT_FILL.fgColor.rgb
        assert cell.font.color.rgb.endswith("0000CC") and not cell.protection.locked
    assert second.number_format == style.PERCENT and third.number_format == style.WHOLE
    formula = style.put_formula(ws, 6, 1, "=A1*2", style.MONEY)
    assert formula.number_format == style.MONEY and formula.protection.locked
    assert formula.fill.fgColor.rgb != INPUT_FILL.fgColor.rgb
