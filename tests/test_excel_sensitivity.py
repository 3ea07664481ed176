"""The workbook's sensitivity sheet: the engine's tornado, switching values and simulation.

The sheet is the documented exception to "every result is a formula": it
holds values of a simulation, labelled with the seed, the draw count and the
export time. Its numbers are compared here with ``sensitivity_analysis`` run
on the same scenario with the same draws and seed: the same computation, so
they agree to the 16 significant digits openpyxl writes (``%.16g``). That the
rest of the workbook still recalculates to the engine's numbers is
``tests/test_excel_recalc.py`` (with this sheet present).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from sroi_app.calc.uncertainty import DEFAULT_DRAWS, DEFAULT_SEED, sensitivity_analysis
from sroi_app.cli import main
from sroi_app.exports.excel import SensitivityOptions, build_workbook, export_workbook
from sroi_app.io.cpi import default_cpi
from sroi_app.io.scenario_file import load_scenario
from tests.conftest import ROOT
from tests.libreoffice import cell

CPI = default_cpi()
DIGITS = 1e-15  # openpyxl stores a float with 16 significant digits


def same(value: object, expected: float | None) -> bool:
    """The stored value is the engine's, up to the 16 digits of the file."""
    if expected is None or isinstance(value, str):
        return value == expected
    return value == pytest.approx(expected, rel=DIGITS, abs=0)


PLEK = ROOT / "scenarios" / "groene-ontmoetingsplek.sroi.json"  # ranges on 100+ parameters
PLAIN = ROOT / "scenarios" / "groen-schoolplein.sroi.json"  # no ranges


def _sheet_numbers(ws) -> list:  # type: ignore[no-untyped-def]
    return [
        c
        for row in ws.iter_rows()
        for c in row
        if isinstance(c.value, int | float) and not isinstance(c.value, bool)
    ]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_sheet_holds_the_engines_numbers(tmp_path: Path, lang: str) -> None:
    scenario = load_scenario(PLEK)
    options = SensitivityOptions(draws=3000, seed=7)
    mapping = export_workbook(scenario, tmp_path / "x.xlsx", lang, sensitivity_options=options)  # type: ignore[arg-type]
    workbook = load_workbook(tmp_path / "x.xlsx")
    engine = sensitivity_analysis(scenario, CPI, 3000, 7)
    cells = mapping.sensitivity
    assert cell(workbook, cells["monte_carlo.draws"]) == 3000
    assert cell(workbook, cells["monte_carlo.seed"]) == 7
    assert len(engine.alternatives) == 3
    for i, alternative in enumerate(engine.alternatives):
        key = f"results[{i}]"
        simulated = engine.monte_carlo.result(alternative.alternative_id)
        assert same(cell(workbook, cells[f"{key}.npv"]), alternative.npv)
        prob = cell(workbook, cells[f"{key}.monte_carlo.prob_npv_positive"])
        assert same(prob, simulated.prob_npv_positive)
        for name in ("mean", "p5", "p10", "p50", "p90", "p95"):
            npv = cell(workbook, cells[f"{key}.monte_carlo.npv.{name}"])
            assert same(npv, getattr(simulated.npv_summary, name))
            ratio = cell(workbook, cells[f"{key}.monte_carlo.sroi_ratio.{name}"])
            assert same(ratio, getattr(simulated.sroi_ratio_summary, name))
        assert cell(workbook, cells[f"{key}.monte_carlo.ratio_draws"]) == simulated.ratio_draws
        shown = 0
        for entry in alternative.tornado:
            npv_low = cells.get(f"{key}.tornado[{entry.path}].npv_low")
            if not entry.affects:
                assert npv_low is None  # another variant's parameter: left out, as in the charts
                continue
            assert npv_low is not None
            assert same(cell(workbook, npv_low), entry.npv_low)
            npv_high = cell(workbook, cells[f"{key}.tornado[{entry.path}].npv_high"])
            assert same(npv_high, entry.npv_high)
            shown += 1
        assert shown > 10
        for s in alternative.switching_values:
            if s.affects:
                expected = s.value if s.value is not None else ("geen" if lang == "nl" else "none")
                assert same(cell(workbook, cells[f"{key}.switching_values[{s.path}]"]), expected)
    # The tornado rows are in the engine's order: the widest swing first.
    ws = workbook[mapping.sheets["sensitivity"]]
    first_variant = [e for e in engine.alternatives[0].tornado if e.affects]
    first_row = int(cells[f"results[0].tornado[{first_variant[0].path}].npv_low"].split("$")[-1])
    assert ws.cell(row=first_row, column=2).value == first_variant[0].path


def test_the_sheet_says_it_is_simulation_output_with_seed_draws_and_time(tmp_path: Path) -> None:
    scenario = load_scenario(PLEK)
    moment = datetime(2026, 3, 4, 5, 6, 7, tzinfo=UTC)
    workbook, mapping = build_workbook(scenario, CPI, "nl", exported_at=moment)
    ws = workbook[mapping.sheets["sensitivity"]]
    texts = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    joined = "\n".join(texts)
    assert "SIMULATIE-UITVOER: vaste waarden, geen live formules" in joined
    assert "rekent NIET mee" in joined
    assert "2026-03-04T05:06:07+00:00" in texts
    assert cell(workbook, mapping.sensitivity["monte_carlo.draws"]) == DEFAULT_DRAWS
    assert cell(workbook, mapping.sensitivity["monte_carlo.seed"]) == DEFAULT_SEED
    # No formulas on this sheet: every number is a value the sheet says it is.
    assert not any(isinstance(v, str) and v.startswith("=") for v in texts)
    assert all(c.data_type == "n" for c in _sheet_numbers(ws))


def test_the_sheet_sits_before_the_notes_and_only_with_ranges_by_default(tmp_path: Path) -> None:
    with_ranges, _ = build_workbook(load_scenario(PLEK), CPI, "en")
    # + hidden: the negated chart series and the scenario for the import
    assert with_ranges.sheetnames[-4:] == ["Sensitivity", "Notes", "Chart data", "sroi-app"]
    without, mapping = build_workbook(load_scenario(PLAIN), CPI, "en")
    assert "Sensitivity" not in without.sheetnames
    assert mapping.sensitivity == {} and "sensitivity" not in mapping.sheets
    forced, mapping = build_workbook(
        load_scenario(PLAIN), CPI, "en", sensitivity_options=SensitivityOptions(include=True)
    )
    ws = forced[mapping.sheets["sensitivity"]]
    texts = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert "No parameter carries a range: there is nothing to vary." in texts
    off, _ = build_workbook(
        load_scenario(PLEK), CPI, "en", sensitivity_options=SensitivityOptions(include=False)
    )
    assert "Sensitivity" not in off.sheetnames


@pytest.mark.parametrize(("draws", "seed"), [(0, 1), (10_000_001, 1), (10, -1)])
def test_options_are_checked(draws: int, seed: int) -> None:
    with pytest.raises(ValueError):
        SensitivityOptions(draws=draws, seed=seed)


def test_cli_flags(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.xlsx"
    assert main(["export", str(PLEK), "-o", str(out), "--draws", "500", "--seed", "11"]) == 0
    workbook = load_workbook(out)
    ws = workbook["Gevoeligheid"]
    assert [ws.cell(row=r, column=2).value for r in (5, 6)] == [500, 11]
    engine = sensitivity_analysis(load_scenario(PLEK), CPI, 500, 11)
    mapping = build_workbook(
        load_scenario(PLEK), CPI, "nl", sensitivity_options=SensitivityOptions(draws=500, seed=11)
    )[1]
    prob = cell(workbook, mapping.sensitivity["results[1].monte_carlo.prob_npv_positive"])
    assert same(prob, engine.monte_carlo.results[1].prob_npv_positive)
    assert main(["export", str(PLEK), "-o", str(out), "--no-sensitivity"]) == 0
    assert "Gevoeligheid" not in load_workbook(out).sheetnames
    assert main(["export", str(PLAIN), "-o", str(out), "--sensitivity", "--lang", "en"]) == 0
    assert "Sensitivity" in load_workbook(out).sheetnames
    capsys.readouterr()
    for bad in (["--draws", "0"], ["--seed", "-3"]):
        assert main(["export", str(PLEK), "-o", str(tmp_path / "y.xlsx"), *bad]) == 2
        assert not (tmp_path / "y.xlsx").exists()
    assert "--seed must be 0 or more" in capsys.readouterr().err


def test_an_analysis_already_computed_is_written_not_run_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 17: the export reuses a sensitivity result it is given (the app has one)."""
    import sroi_app.exports.excel.workbook as workbook_module

    scenario = load_scenario(PLEK)
    engine = sensitivity_analysis(scenario, CPI, 2000, 3)

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the sensitivity analysis was run again")

    monkeypatch.setattr(workbook_module, "sensitivity_analysis", refuse)
    options = SensitivityOptions(True, 2000, 3, result=engine)
    mapping = export_workbook(scenario, tmp_path / "x.xlsx", sensitivity_options=options)
    workbook = load_workbook(tmp_path / "x.xlsx")
    alternative = scenario.alternatives[1].id
    p50 = engine.monte_carlo.result(alternative).npv_summary.p50
    assert same(cell(workbook, mapping.sensitivity["results[0].monte_carlo.npv.p50"]), p50)
    with pytest.raises(ValueError, match="other draws or seed"):
        SensitivityOptions(True, 2000, 4, result=engine)
