"""Comparing alternatives: side by side, against the reference, and B over A (worked by hand)."""

from __future__ import annotations

from typing import Any

import pytest

from sroi_app.app.comparison import incremental, side_by_side
from sroi_app.app.evaluation import evaluate
from sroi_app.domain.validation import scenario_from_data
from sroi_app.io.cpi import default_cpi

CPI = default_cpi()


def _cost(ident: str, amount: float) -> dict[str, Any]:
    return {"id": ident, "name": ident, "payer": "gemeente", "amount": amount, "first_year": 0}


def _effect(value: float) -> dict[str, Any]:
    return {
        "id": "baat",
        "name": "Baat",
        "beneficiary": "bewoners",
        "quantity": 1,
        "proxy": {"name": "p", "value": value, "source": "s"},
        "first_year": 1,
        "duration_years": 5,
    }


def three_alternatives() -> dict[str, Any]:
    """R: 100 once; A: 1000 once, 300 a year in years 1-5; B: 1600 once, 450 a year."""
    return {
        "schema_version": 1,
        "name": "Drie",
        "settings": {
            "start_year": 2026,
            "price_year": 2026,
            "horizon_years": 5,
            "discount_rate": 0.10,
        },
        "stakeholders": [{"id": "gemeente", "name": "Gemeente"}, {"id": "bewoners", "name": "B"}],
        "alternatives": [
            {"id": "r", "name": "Nul", "reference": True, "costs": [_cost("beheer", 100)]},
            {"id": "a", "name": "A", "costs": [_cost("aanleg", 1000)], "effects": [_effect(300)]},
            {"id": "b", "name": "B", "costs": [_cost("aanleg", 1600)], "effects": [_effect(450)]},
        ],
        "pm_items": [{"name": "Cohesie", "sign": "+", "alternative": "b"}],
    }


# The annuity factor at 10% over years 1..5: sum 1.1^-t
ANNUITY = 1 / 1.1 + 1 / 1.1**2 + 1 / 1.1**3 + 1 / 1.1**4 + 1 / 1.1**5  # 3.790786769...


def test_b_over_a_by_hand() -> None:
    scenario = scenario_from_data(three_alternatives(), CPI)
    step = incremental(scenario, CPI, "a", "b")
    # Extra investment 1600 - 1000 = 600 in year 0; extra benefit 450 - 300 = 150 a year.
    assert step.pv_costs == pytest.approx(600.0, rel=1e-12)
    assert step.pv_benefits == pytest.approx(150.0 * ANNUITY, rel=1e-12)  # 568.618...
    assert step.npv == pytest.approx(150.0 * ANNUITY - 600.0, rel=1e-12)  # -31.38...
    assert step.ratio == pytest.approx(150.0 * ANNUITY / 600.0, rel=1e-12)  # 0.9477
    # IRR: 600 = 150 * annuity(r, 5); between 7.9% and 8.0% (annuity factor 4).
    assert step.irr is not None
    assert -600 + sum(150 / (1 + step.irr) ** t for t in range(1, 6)) == pytest.approx(0, abs=1e-8)
    assert 0.079 < step.irr < 0.080
    # Never paid back within 5 years: the cumulative NPV ends below zero.
    assert step.payback_years is None
    assert (step.base_name, step.variant_name) == ("A", "B")


def test_increment_equals_difference_of_results_against_the_reference() -> None:
    scenario = scenario_from_data(three_alternatives(), CPI)
    evaluation = evaluate(scenario, CPI)
    a, b = evaluation.variant("a"), evaluation.variant("b")
    assert a is not None and b is not None
    step = incremental(scenario, CPI, "a", "b")
    # PVs and NPV are linear in the flows: B over A = (B - R) - (A - R).
    assert step.pv_costs == pytest.approx(b.pv_costs - a.pv_costs, rel=1e-12)
    assert step.pv_benefits == pytest.approx(b.pv_benefits - a.pv_benefits, rel=1e-12)
    assert step.npv == pytest.approx(b.npv - a.npv, rel=1e-12)
    # And A against the nulalternatief is the engine's own result.
    again = incremental(scenario, CPI, "r", "a")
    assert again.npv == pytest.approx(a.npv, rel=1e-12)
    assert again.irr == pytest.approx(a.irr, rel=1e-12)


def test_a_cheaper_variant_has_no_ratio_and_the_reverse_order_flips_signs() -> None:
    scenario = scenario_from_data(three_alternatives(), CPI)
    step = incremental(scenario, CPI, "b", "a")
    assert step.pv_costs == pytest.approx(-600.0, rel=1e-12)
    assert step.npv == pytest.approx(600.0 - 150.0 * ANNUITY, rel=1e-12)
    assert step.ratio is None  # dPV costs <= 0 (contract section 6)
    with pytest.raises(ValueError):
        incremental(scenario, CPI, "a", "a")
    with pytest.raises(KeyError):
        incremental(scenario, CPI, "a", "nope")


def test_side_by_side_own_values_and_results_against_the_reference() -> None:
    scenario = scenario_from_data(three_alternatives(), CPI)
    columns = side_by_side(evaluate(scenario, CPI))
    assert [c.alternative_id for c in columns] == ["r", "a", "b"]
    r, a, b = columns
    assert (r.own_pv_costs, r.own_pv_benefits, r.against_reference) == (100.0, 0.0, None)
    assert a.own_pv_costs == 1000.0
    assert a.own_pv_benefits == pytest.approx(300 * ANNUITY, rel=1e-12)
    assert b.own_npv == pytest.approx(450 * ANNUITY - 1600, rel=1e-12)
    assert a.against_reference is not None
    assert a.against_reference.pv_costs == pytest.approx(1000.0 - 100.0, rel=1e-12)
    assert a.against_reference.npv == pytest.approx(300 * ANNUITY - 900.0, rel=1e-12)


def test_the_default_asks_what_the_dearer_variant_adds_over_the_cheaper() -> None:
    """Issue 15, item 2: not the cheaper variant as B."""
    from sroi_app.app.comparison import default_pair
    from sroi_app.calc import compute as _compute
    from sroi_app.io.cpi import default_cpi as _cpi
    from sroi_app.io.scenario_file import load_scenario as _load
    from tests.conftest import SCENARIOS as _SCENARIOS

    plein = _load(next(p for p in _SCENARIOS if p.name == "groene-ontmoetingsplek.sroi.json"))
    costs = {r.alternative_id: r.pv_costs for r in _compute(plein, _cpi()).results}
    base, variant = default_pair(plein, costs)
    assert costs[variant] > costs[base]
    assert base == min(costs, key=lambda k: costs[k])


def test_a_payback_only_when_the_extra_is_an_investment() -> None:
    from sroi_app.app.comparison import incremental
    from sroi_app.io.cpi import default_cpi as _cpi
    from sroi_app.io.scenario_file import load_scenario as _load
    from tests.conftest import SCENARIOS as _SCENARIOS

    plein = _load(next(p for p in _SCENARIOS if p.name == "groene-ontmoetingsplek.sroi.json"))
    cheaper_over_dearer = incremental(plein, _cpi(), "plus", "groen")
    assert cheaper_over_dearer.pv_costs < 0
    assert cheaper_over_dearer.payback_years is None and not cheaper_over_dearer.is_investment
