"""The example scenarios from Dutch health-and-space practice: complete and plausible.

(tests/test_files.py round-trips every file in scenarios/; Excel export and
opening in the app are tested by those features' own tests.)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sroi_app.calc import compute
from sroi_app.calc.checks import scenario_warnings
from sroi_app.domain.derivation import evaluate
from sroi_app.domain.models import AREA_TYPES, STAKEHOLDER_KINDS
from sroi_app.io.cpi import default_cpi
from sroi_app.io.proxies import default_library
from sroi_app.io.scenario_file import load_scenario
from tests.conftest import ROOT, SCENARIOS

CPI = default_cpi()
EXAMPLES = [p for p in SCENARIOS if p.name != "groen-schoolplein.sroi.json"]
REQUIRED = {
    "groene-ontmoetingsplek.sroi.json",
    "beweegvriendelijke-straat.sroi.json",
    "ontmoetingsruimte-senioren.sroi.json",
    "buurtverbinder.sroi.json",
    "hittebestendig-schoolplein.sroi.json",
}


def test_the_five_programme_examples_are_there() -> None:
    assert {p.name for p in EXAMPLES} >= REQUIRED


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_example_is_complete(path: Path) -> None:
    scenario = load_scenario(path, CPI)
    assert scenario.description and scenario.municipality
    assert scenario.area_type in AREA_TYPES
    assert len(scenario.stakeholders) >= 3
    assert all(s.kind in STAKEHOLDER_KINDS for s in scenario.stakeholders)
    assert scenario.reference is not None and len(scenario.variants) >= 2
    assert scenario.pm_items and {p.sign for p in scenario.pm_items} <= {"+", "-", "?"}
    library = default_library()
    ranged = 0
    for alt in scenario.variants:
        assert alt.costs and alt.effects
        for cost in alt.costs:
            assert cost.note, (alt.id, cost.id)
            ranged += bool(cost.uncertainty)
        for effect in alt.effects:
            assert len(effect.chain) >= 3 and effect.indicator, effect.id
            assert effect.proxy.source and effect.proxy.price_year, effect.id
            assert effect.proxy.library_id is not None
            library.get(effect.proxy.library_id)
            assert effect.uncertainty, effect.id
            ranged += 1
            derivation = effect.quantity_derivation
            assert derivation is not None, effect.id
            assert evaluate(derivation.formula, derivation.values()) == pytest.approx(
                effect.quantity, rel=1e-9
            )
    assert ranged >= 5


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_example_computes_without_over_claiming_warnings(path: Path) -> None:
    scenario = load_scenario(path, CPI)
    result = compute(scenario, CPI)
    assert len(result.results) == len(scenario.variants)
    codes = {w.code for w in scenario_warnings(scenario, result, CPI)}
    assert not codes & {
        "derivation_mismatch",
        "double_counting",
        "high_ratio",
        "all_deadweight_zero",
        "proxy_without_source",
        "cpi_extrapolated",
    }, codes


def test_results_are_plausible_and_not_all_positive() -> None:
    ratios = []
    npvs = []
    for path in EXAMPLES:
        scenario = load_scenario(path, CPI)
        for r in compute(scenario, CPI).results:
            assert r.sroi_ratio is not None
            ratios.append(r.sroi_ratio)
            npvs.append(r.npv)
    inside = [x for x in ratios if 0.5 <= x <= 5]
    assert len(inside) >= 0.8 * len(ratios), ratios
    assert any(n > 0 for n in npvs) and any(n < 0 for n in npvs)


def test_the_largest_example_is_clearly_the_largest() -> None:
    def size(path: Path) -> int:
        scenario = load_scenario(path, CPI)
        return sum(len(a.costs) + len(a.effects) for a in scenario.alternatives)

    sizes = sorted(((size(p), p.name) for p in SCENARIOS), reverse=True)
    assert sizes[0][1] == "groene-ontmoetingsplek.sroi.json"
    assert sizes[0][0] >= 1.5 * sizes[1][0], sizes


def test_scenarios_readme_describes_every_example() -> None:
    text = (ROOT / "scenarios" / "README.md").read_text(encoding="utf-8")
    for path in SCENARIOS:
        assert path.name in text
