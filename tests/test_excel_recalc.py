"""Exported workbooks, recalculated by LibreOffice, give the engine's numbers.

Every example in ``scenarios/``, a seeded batch of random scenarios and two
large synthetic ones (60 years, 20 effects and 10 costs per alternative) are
exported, converted in one LibreOffice call, and read back: the defined
names ``PV_COSTS_i``, ``PV_BENEFITS_i``, ``NPV_i`` and ``SROI_RATIO_i`` (and
the net ratio, payback, who-pays and per-effect cells) equal the engine to a
relative 1e-9. The engine itself is checked against hand-worked values and
an independent implementation elsewhere; here the question is whether the
spreadsheet formulas implement the same contract.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from openpyxl.workbook import Workbook

from benchmarks.synthetic import synthetic_data
from sroi_app.calc import ScenarioResult, compute
from sroi_app.calc.uncertainty import sensitivity_analysis, uncertain_parameters
from sroi_app.domain.models import Scenario
from sroi_app.domain.validation import scenario_from_data
from sroi_app.exports.excel import WorkbookMap, export_workbook
from sroi_app.io.cpi import default_cpi
from sroi_app.io.scenario_file import load_scenario
from tests.conftest import SCENARIOS
from tests.excel_cases import random_scenario
from tests.libreoffice import cell, error_cells, load_values, recalculate

pytestmark = [pytest.mark.libreoffice, pytest.mark.slow]

CPI = default_cpi()
RANDOM_SEEDS = range(40)
RTOL = 1e-9


@dataclass
class Case:
    label: str
    scenario: Scenario
    result: ScenarioResult
    mapping: WorkbookMap
    values: Workbook | None = None


@pytest.fixture(scope="module")
def cases(tmp_path_factory: pytest.TempPathFactory) -> list[Case]:
    folder = tmp_path_factory.mktemp("workbooks")
    made: list[tuple[Case, Path]] = []
    examples = [(p.name, load_scenario(p)) for p in SCENARIOS]
    randoms = [(f"random-{s}", scenario_from_data(random_scenario(s), CPI)) for s in RANDOM_SEEDS]
    randoms += [
        (f"synthetic-{erratic}", scenario_from_data(synthetic_data(3, 20, 10, 60, erratic=erratic)))
        for erratic in (False, True)
    ]
    for n, (label, scenario) in enumerate(examples + randoms):
        for lang in ("nl", "en") if n < len(examples) else (("nl", "en")[n % 2],):
            path = folder / f"{n:03d}-{lang}.xlsx"
            mapping = export_workbook(scenario, path, lang)
            case = Case(f"{label} ({lang})", scenario, compute(scenario, CPI), mapping)
            made.append((case, path))
    converted = recalculate(
        [p for _, p in made], folder / "recalculated", tmp_path_factory.mktemp("lo-profile")
    )
    for (case, _), path in zip(made, converted, strict=True):
        case.values = load_values(path)
    return [case for case, _ in made]


def gross(result: ScenarioResult, alternative: int) -> float:
    """Sum of the absolute discounted flows behind a result: the scale of rounding errors."""
    r = result.results[alternative]
    own = result.flows[r.alternative_id]
    parts = [own.cost_matrix, own.effect_matrix]
    if result.reference_id is not None:
        ref = result.flows[result.reference_id]
        parts += [ref.cost_matrix, ref.effect_matrix]
    return float(sum(np.abs(m).sum(axis=0) @ result.discount_factor for m in parts))


def assert_close(actual: Any, expected: float, scale: float, what: str) -> None:
    """Relative 1e-9; for a result that is (nearly) a cancellation, 1e-12 of the gross flows."""
    assert isinstance(actual, int | float), f"{what}: {actual!r} is not a number"
    tolerance = max(RTOL * abs(expected), 1e-12 * scale)
    assert abs(actual - expected) <= tolerance, f"{what}: workbook {actual!r}, engine {expected!r}"


def test_every_example_and_random_scenario_was_exported(cases: list[Case]) -> None:
    assert SCENARIOS, "no example scenarios found in scenarios/"
    assert len(cases) == 2 * len(SCENARIOS) + len(RANDOM_SEEDS) + 2
    assert sum(len(c.result.results) for c in cases) > len(cases)  # several alternatives, often


def test_defined_names_equal_the_engine(cases: list[Case]) -> None:
    checked = 0
    for case in cases:
        wb = case.values
        assert wb is not None
        for i, r in enumerate(case.result.results, start=1):
            scale = gross(case.result, i - 1)
            what = f"{case.label} alternative {i}"
            assert_close(cell(wb, f"PV_COSTS_{i}"), r.pv_costs, scale, f"{what} PV_COSTS")
            assert_close(cell(wb, f"PV_BENEFITS_{i}"), r.pv_benefits, scale, f"{what} PV_BENEFITS")
            assert_close(cell(wb, f"NPV_{i}"), r.npv, scale, f"{what} NPV")
            ratio = cell(wb, f"SROI_RATIO_{i}")
            if abs(r.pv_costs) <= 1e-12 * scale:
                continue  # pv_costs is 0 up to rounding: either answer is right
            if r.sroi_ratio is None:
                assert ratio in ("n.v.t.", "n/a"), f"{what} SROI_RATIO {ratio!r}"
            else:
                assert_close(ratio, r.sroi_ratio, scale / abs(r.pv_costs), f"{what} SROI_RATIO")
            checked += 1
        assert f"PV_COSTS_{len(case.result.results) + 1}" not in wb.defined_names
    assert checked > 30


def test_other_results_equal_the_engine(cases: list[Case]) -> None:
    """Net ratio, who pays / who gains, the CBA overview's totals and each effect's value."""
    for case in cases:
        wb = case.values
        assert wb is not None
        for i, r in enumerate(case.result.results):
            scale = gross(case.result, i)
            what = f"{case.label} alternative {i + 1}"
            results = case.mapping.results
            if abs(r.pv_costs) > 1e-12 * scale:
                net = cell(wb, results[f"results[{i}].net_sroi_ratio"])
                if r.net_sroi_ratio is None:
                    assert net in ("n.v.t.", "n/a")
                else:
                    assert_close(net, r.net_sroi_ratio, scale / abs(r.pv_costs), f"{what} net")
            for sid, s in r.by_stakeholder.items():
                base = f"results[{i}].by_stakeholder.{sid}"
                assert_close(cell(wb, results[f"{base}.pv_costs"]), s.pv_costs, scale, base)
                assert_close(cell(wb, results[f"{base}.pv_benefits"]), s.pv_benefits, scale, base)
                assert_close(cell(wb, results[f"{base}.npv"]), s.npv, scale, base)
            for key in ("pv_costs", "pv_benefits", "npv"):  # the CBA overview's totals
                path = f"results[{i}].overview.{key}"
                assert_close(cell(wb, results[path]), getattr(r, key), scale, f"{what} {path}")
            for eid, value in r.by_effect.items():
                path = f"results[{i}].by_effect.{eid}"
                assert_close(cell(wb, results[path]), value, scale, path)


def test_payback_equals_the_engine_where_the_crossing_is_clear(cases: list[Case]) -> None:
    compared = 0
    for case in cases:
        wb = case.values
        assert wb is not None
        for i, r in enumerate(case.result.results):
            cumulative = r.cumulative_npv
            scale = gross(case.result, i)
            if np.any(np.abs(cumulative) <= 1e-9 * max(scale, 1.0)):
                continue  # a cumulative value at 0 up to rounding: the year k is ambiguous
            value = cell(wb, case.mapping.results[f"results[{i}].payback_years"])
            if r.payback_years is None:
                assert value in ("niet binnen horizon", "not within horizon"), case.label
            else:
                assert value == pytest.approx(r.payback_years, rel=1e-9, abs=1e-9), case.label
            compared += 1
    assert compared > 20


def test_irr_equals_the_engine_or_says_there_is_none(cases: list[Case]) -> None:
    """Contract section 10: ``IRR_i`` equals the engine's IRR (relative 1e-6) where that is a
    number, and is text (``geen``/``none``) where the engine has none; where several IRRs
    exist it is one of them."""
    compared = none = 0
    for case in cases:
        wb = case.values
        assert wb is not None
        for i, r in enumerate(case.result.results):
            value = cell(wb, case.mapping.results[f"results[{i}].irr"])
            named = cell(wb, case.mapping.names[f"IRR_{i + 1}"])
            assert named == value
            if r.irr is None:
                assert value in ("geen", "none"), f"{case.label}: {value!r}"
                none += 1
            elif r.several_irrs:
                assert isinstance(value, float) and any(
                    value == pytest.approx(rate, rel=1e-6, abs=1e-9) for rate in r.irr_rates
                ), f"{case.label}: {value!r} not among {r.irr_rates}"
            else:
                assert value == pytest.approx(r.irr, rel=1e-6, abs=1e-9), case.label
                compared += 1
    assert compared >= 3 and none >= 3


def test_discount_rate_is_a_name_when_the_rate_is_one_number(cases: list[Case]) -> None:
    for case in cases:
        rate = case.scenario.settings.discount_rate
        if isinstance(rate, list):
            assert "DISCOUNT_RATE" not in case.mapping.names
        else:
            assert case.values is not None
            assert cell(case.values, case.mapping.names["DISCOUNT_RATE"]) == pytest.approx(rate)


def test_no_formula_evaluates_to_an_error(cases: list[Case]) -> None:
    for case in cases:
        assert case.values is not None
        assert error_cells(case.values) == [], case.label


def test_the_sensitivity_sheet_keeps_the_engines_simulation(cases: list[Case]) -> None:
    """Examples with ranges carry the sensitivity sheet (values); recalculation leaves them be."""
    checked = 0
    for case in cases:
        if not case.mapping.sensitivity:
            assert not uncertain_parameters(case.scenario), case.label
            continue
        wb = case.values
        assert wb is not None
        engine = sensitivity_analysis(case.scenario, CPI)  # the export's default draws and seed
        # LibreOffice saves its copy with 15 significant digits.
        for i, simulated in enumerate(engine.monte_carlo.results):
            key = f"results[{i}].monte_carlo"
            prob = cell(wb, case.mapping.sensitivity[f"{key}.prob_npv_positive"])
            assert prob == pytest.approx(simulated.prob_npv_positive, rel=1e-14, abs=0)
            p50 = cell(wb, case.mapping.sensitivity[f"{key}.npv.p50"])
            assert p50 == pytest.approx(simulated.npv_summary.p50, rel=1e-14, abs=0)
            checked += 1
    assert checked >= len(SCENARIOS)
