"""Uncertainty ranges as undoable edits (sroi_app.app.ranges): add, change, remove, presets."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from sroi_app.app import ranges
from sroi_app.app.document import Document
from sroi_app.calc import compute
from sroi_app.calc.uncertainty import (
    one_way,
    sensitivity_analysis,
    uncertain_parameters,
    with_parameter,
)
from sroi_app.cli import main
from sroi_app.domain.errors import CalculationError, ScenarioValidationError
from sroi_app.domain.models import Range
from sroi_app.domain.presets import OPTIMISM_BIAS_PRESETS
from sroi_app.domain.validation import scenario_from_data
from sroi_app.io.cpi import default_cpi
from tests.conftest import spec_example

CPI = default_cpi()
EFFECT = "alternatives[1].effects[0]"  # quantity 40, proxy 300, deadweight 0.2, 10 years
COST = "alternatives[1].costs[0]"  # aanleg: 150,000 once


def example():
    return scenario_from_data(spec_example(), CPI)


def test_range_paths_and_fields() -> None:
    assert ranges.range_path(EFFECT, "proxy.value") == (
        'alternatives[1].effects[0].uncertainty["proxy.value"]'
    )
    assert ranges.range_path("settings", "discount_rate") == "settings.uncertainty.discount_rate"
    assert ranges.item_kind(COST) == "cost"
    assert ranges.item_kind(EFFECT) == "effect"
    assert ranges.RANGE_FIELDS["cost"] == ("amount", "optimism_bias", "first_year")
    assert len(ranges.RANGE_FIELDS["effect"]) == 8


@pytest.mark.parametrize(
    ("item", "field", "low", "high"),
    [
        (EFFECT, "proxy.value", 300 - 60, 300 + 60),  # 20% either side
        (EFFECT, "quantity", 40 - 8, 40 + 8),
        (EFFECT, "deadweight", 0.2 - 0.1, 0.2 + 0.1),  # 10 points either side
        (EFFECT, "drop_off", 0.0, 0.05 + 0.1),  # not below 0
        (EFFECT, "duration_years", 10 - 1, 10 + 1),
        (COST, "amount", 150_000 * 0.8, 150_000 * 1.2),
        (COST, "optimism_bias", 0.0, 0.1),
        ("settings", "discount_rate", 0.0225 - 0.01, 0.0225 + 0.01),
    ],
)
def test_adding_a_range_starts_around_the_value(
    item: str, field: str, low: float, high: float
) -> None:
    after = ranges.add_range(example(), item, field, CPI)
    found = ranges.range_of(after, item, field)
    assert found is not None
    assert (found.low, found.high) == (pytest.approx(low), pytest.approx(high))
    assert found.distribution == "triangular"
    assert ranges.has_ranges(after)


def test_changing_a_bound_keeps_the_others_and_feeds_the_tornado() -> None:
    before = example()
    assert not ranges.has_ranges(before)
    after = ranges.set_range(before, EFFECT, "proxy.value", {"low": 100.0}, CPI)
    assert ranges.range_of(after, EFFECT, "proxy.value") == Range(low=100.0, high=360.0)
    (tornado,) = one_way(after, CPI, switching=False)
    (entry,) = tornado.tornado
    assert (entry.low, entry.high) == (100.0, 360.0)
    path = "alternatives[1].effects[0].proxy.value"
    at_low = compute(with_parameter(after, path, 100.0), CPI).results[0].npv
    assert entry.npv_low == pytest.approx(at_low, rel=1e-12)
    assert before.alternatives[1].effects[0].uncertainty == {}  # the old one is untouched


def test_npv_at_the_ends_is_linear_in_the_proxy_value() -> None:
    after = ranges.set_range(example(), EFFECT, "proxy.value", {"low": 0.0, "high": 600.0}, CPI)
    (alt,) = one_way(after, CPI, switching=False)
    (entry,) = alt.tornado
    # NPV(x) = NPV(300) + (x - 300) * PV per euro of proxy: the ends lie symmetric.
    assert entry.npv_high - alt.npv == pytest.approx(alt.npv - entry.npv_low, rel=1e-9)


def test_central_outside_a_triangular_range_is_refused_with_the_validation_message() -> None:
    after = ranges.add_range(example(), EFFECT, "quantity", CPI)  # 32..48 around 40
    with pytest.raises(ScenarioValidationError) as caught:
        ranges.set_range(after, EFFECT, "quantity", {"low": 45.0}, CPI)
    codes = {i.code for i in caught.value.issues}
    assert "range_central" in codes
    (issue,) = [i for i in caught.value.issues if i.code == "range_central"]
    assert issue.path == "alternatives[1].effects[0].uncertainty.quantity"
    assert issue.params == {"central": 40.0, "low": 45.0, "high": 48.0}
    # A uniform range does not need the central value inside.
    uniform = ranges.set_range(after, EFFECT, "quantity", {"distribution": "uniform"}, CPI)
    moved = ranges.set_range(uniform, EFFECT, "quantity", {"low": 45.0}, CPI)
    assert ranges.range_of(moved, EFFECT, "quantity") == Range(
        low=45.0, high=48.0, distribution="uniform"
    )


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"low": 50.0, "high": 30.0}, "range_order"),
        ({"distribution": "lognormal"}, "choice"),
        ({"mode": 3.0}, "path"),
    ],
)
def test_other_refusals(changes: dict[str, object], code: str) -> None:
    with pytest.raises(ScenarioValidationError) as caught:
        ranges.set_range(example(), EFFECT, "quantity", changes, CPI)
    assert code in {i.code for i in caught.value.issues}


@pytest.mark.parametrize(
    ("item", "field"),
    [(COST, "quantity"), (EFFECT, "amount"), ("alternatives[7].costs[0]", "amount"), ("x", "y")],
)
def test_fields_that_cannot_carry_a_range_are_refused(item: str, field: str) -> None:
    with pytest.raises(ScenarioValidationError) as caught:
        ranges.add_range(example(), item, field, CPI)
    assert [i.code for i in caught.value.issues] == ["path"]


def test_a_schedule_cannot_carry_a_range() -> None:
    data = spec_example()
    data["settings"]["discount_rate"] = [{"from_year": 0, "rate": 0.035}]
    scenario = scenario_from_data(data, CPI)
    with pytest.raises(ScenarioValidationError) as caught:
        ranges.add_range(scenario, "settings", "discount_rate", CPI)
    assert [i.code for i in caught.value.issues] == ["path"]  # no single rate to centre on


def test_removing_the_last_range_leaves_no_uncertainty_object() -> None:
    before = example()
    with_range = ranges.add_range(before, EFFECT, "deadweight", CPI)
    assert ranges.remove_range(with_range, EFFECT, "deadweight", CPI) == before
    # Removing a range that is not there changes nothing.
    assert ranges.remove_range(before, EFFECT, "deadweight", CPI) == before


@pytest.mark.parametrize("preset", OPTIMISM_BIAS_PRESETS, ids=lambda p: p.id)
def test_green_book_preset_sets_the_upper_bound_and_the_range(preset) -> None:  # type: ignore[no-untyped-def]
    after = ranges.apply_optimism_bias_preset(example(), COST, preset.id, CPI)
    cost = after.alternatives[1].costs[0]
    assert cost.optimism_bias == preset.upper
    assert cost.uncertainty["optimism_bias"] == Range(
        low=preset.lower, high=preset.upper, distribution="triangular"
    )
    (parameter,) = uncertain_parameters(after)
    assert parameter.path == "alternatives[1].costs[0].optimism_bias"


def test_preset_refusals() -> None:
    with pytest.raises(ScenarioValidationError) as caught:
        ranges.apply_optimism_bias_preset(example(), COST, "castles", CPI)
    assert [i.code for i in caught.value.issues] == ["choice"]
    with pytest.raises(ScenarioValidationError):
        ranges.apply_optimism_bias_preset(example(), EFFECT, "standard_buildings", CPI)


def test_commands_undo_and_redo_exactly() -> None:
    document = Document(example(), cpi=CPI)
    original = document.scenario
    steps = [
        ranges.add_range_command(document.scenario, EFFECT, "proxy.value", CPI),
    ]
    steps[0].do(document)
    steps.append(
        ranges.set_range_command(document.scenario, EFFECT, "proxy.value", {"high": 500.0}, CPI)
    )
    steps[1].do(document)
    steps.append(
        ranges.optimism_bias_preset_command(document.scenario, COST, "equipment_development", CPI)
    )
    steps[2].do(document)
    steps.append(ranges.remove_range_command(document.scenario, EFFECT, "proxy.value", CPI))
    steps[3].do(document)
    assert [s.kind for s in steps] == ["range", "range", "preset", "range"]
    assert steps[1].path == 'alternatives[1].effects[0].uncertainty["proxy.value"]'
    assert document.scenario.alternatives[1].costs[0].optimism_bias == 2.0
    assert ranges.range_of(document.scenario, EFFECT, "proxy.value") is None
    for step in reversed(steps):
        step.undo(document)
    assert document.scenario == original


@pytest.mark.parametrize(
    ("where", "uncertainty", "message"),
    [
        ("settings", {"discount_rate": {"low": -1.0, "high": 0.05}}, "greater than -1"),
        ("effect", {"duration_years": {"low": 0, "high": 1e300}}, "10000 years"),
        ("effect", {"quantity": {"low": -1e308, "high": 1e308}}, "10^15"),
        ("cost", {"amount": {"low": 0, "high": 1e16}}, "10^15"),
    ],
    ids=["rate", "years", "quantity", "amount"],
)
def test_a_range_beyond_what_its_field_can_hold_is_refused(
    where: str,
    uncertainty: dict[str, Any],
    message: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Issue 18, finding 9: such ranges gave null or absurd NPVs with exit code 0."""
    data = spec_example()
    target = {
        "settings": data["settings"],
        "effect": data["alternatives"][1]["effects"][0],
        "cost": data["alternatives"][1]["costs"][0],
    }[where]
    target["uncertainty"] = uncertainty
    with pytest.raises(ScenarioValidationError) as caught:
        scenario_from_data(data)
    assert caught.value.issues[0].code == "range_limit"
    assert message in caught.value.issues[0].message
    path = tmp_path / "wild.sroi.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["sensitivity", str(path), "--json", "--draws", "100"], io.StringIO()) == 2
    assert message in capsys.readouterr().err


def test_ranges_whose_present_values_overflow_are_refused_not_reported() -> None:
    data = spec_example()
    data["settings"]["horizon_years"] = 1000
    data["settings"]["uncertainty"] = {"discount_rate": {"low": -0.9, "high": 0.05}}
    scenario = scenario_from_data(data)
    with pytest.raises(CalculationError, match="too large to compute"):
        sensitivity_analysis(scenario, default_cpi(), draws=200)
