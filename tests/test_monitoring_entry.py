"""A measurement or actual entered by hand (app.monitoring_entry): replace, add, refuse, remove."""

from __future__ import annotations

import pytest

from sroi_app.app import monitoring_entry
from sroi_app.domain.errors import ScenarioValidationError
from sroi_app.io.cpi import default_cpi
from sroi_app.io.scenario_file import load_scenario
from tests.conftest import SCENARIOS

CPI = default_cpi()
ROOM = next(p for p in SCENARIOS if p.name == "ontmoetingsruimte-senioren.sroi.json")
EFFECT = "alternatives[1].effects[0]"
COST = "alternatives[1].costs[0]"


def test_a_year_is_entered_once_in_year_order_and_replaced_when_entered_again() -> None:
    before = load_scenario(ROOM)
    start = before.settings.start_year
    one = monitoring_entry.record(before, EFFECT, start + 3, 40.0, source="telling", cpi=CPI)
    two = monitoring_entry.record(one, EFFECT, start + 1, 25.0, cpi=CPI)
    again = monitoring_entry.record(two, EFFECT, start + 3, 42.0, cpi=CPI)
    measured = again.alternatives[1].effects[0].measurements
    assert [(m.year, m.quantity) for m in measured] == [(start + 1, 25.0), (start + 3, 42.0)]
    removed = monitoring_entry.forget(again, EFFECT, start + 1, cpi=CPI)
    assert [m.year for m in removed.alternatives[1].effects[0].measurements] == [start + 3]


def test_an_actual_keeps_its_price_year_and_a_year_outside_the_horizon_is_refused() -> None:
    before = load_scenario(ROOM)
    start = before.settings.start_year
    after = monitoring_entry.record(before, COST, start, 9_000.0, price_year=2023, cpi=CPI)
    actual = after.alternatives[1].costs[0].actuals[0]
    assert (actual.year, actual.amount, actual.price_year) == (start, 9_000.0, 2023)
    last = start + before.settings.horizon_years
    with pytest.raises(ScenarioValidationError) as refused:
        monitoring_entry.record(before, COST, last + 1, 1.0, cpi=CPI)
    issue = refused.value.issues[0]
    assert issue.code == "year_outside_horizon" and "actuals" in issue.path
    with pytest.raises(ScenarioValidationError) as nothing:
        monitoring_entry.forget(before, COST, start, cpi=CPI)
    assert nothing.value.issues[0].code == "not_entered"
