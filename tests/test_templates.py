"""Effect-chain templates, kept derivations and the HEAT-style chain worked by hand."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from sroi_app.app.templates import (
    TemplateError,
    insert_template,
    instantiate_template,
    prefill_inputs,
    recompute_quantity,
    sync_quantity,
)
from sroi_app.calc import compute
from sroi_app.calc.checks import scenario_warnings
from sroi_app.domain.derivation import FormulaError, evaluate
from sroi_app.domain.errors import ScenarioValidationError
from sroi_app.domain.models import EFFECT_PARAMETERS
from sroi_app.domain.validation import scenario_from_data
from sroi_app.io.area_presets import default_presets
from sroi_app.io.cpi import default_cpi
from sroi_app.io.proxies import default_library
from sroi_app.io.scenario_file import load_scenario, save_scenario
from sroi_app.io.templates import default_templates
from tests.conftest import spec_example

CPI = default_cpi()
LIB = default_library()
TEMPLATES = default_templates()


def test_at_least_eight_templates_cover_the_issue() -> None:
    ids = {t.id for t in TEMPLATES.templates}
    assert len(ids) >= 8
    assert {
        "green_mental_health",
        "meeting_place_loneliness",
        "active_mobility_heat",
        "fall_prevention",
        "heat_resilient_green",
        "water_storage",
        "neighbourhood_connector",
        "play_space",
    } <= ids


@pytest.mark.parametrize("template", TEMPLATES.templates, ids=lambda t: t.id)
def test_each_template_inserts_complete_valid_effects(template: Any) -> None:
    data = insert_template(spec_example(), "groen", template, LIB, cpi=CPI)
    scenario = scenario_from_data(data, CPI)
    added = scenario.alternatives[1].effects[1:]
    assert len(added) == len(template.effects)
    result = compute(scenario, CPI)
    for effect, spec in zip(added, template.effects, strict=True):
        assert effect.id == f"{template.id}_{spec.key}"
        assert len(effect.chain) >= 3 and effect.indicator and effect.unit
        assert effect.proxy.source and effect.proxy.price_year and effect.proxy.library_id
        assert effect.source and effect.quantity != 0
        derivation = effect.quantity_derivation
        assert derivation is not None and derivation.formula == spec.formula
        assert recompute_quantity(derivation) == effect.quantity
        assert all(i.source for i in derivation.inputs)
        assert set(effect.uncertainty) <= set(EFFECT_PARAMETERS)
        assert "quantity" in effect.uncertainty
        # Mapped by kind, or (the spec example has no kinds) by an id equal to the kind.
        stakeholder = next(s for s in scenario.stakeholders if s.id == effect.beneficiary)
        assert spec.beneficiary_kind in (stakeholder.kind, stakeholder.id)
        assert result.results[0].by_effect[effect.id] != 0
    warnings = {w.code for w in scenario_warnings(scenario, result, CPI)}
    assert "derivation_mismatch" not in warnings
    assert "double_counting" not in warnings
    # The template's PM posts came along, with their signs.
    assert len(scenario.pm_items) == 1 + len(template.pm_items)


def test_every_template_proxy_exists_in_the_library() -> None:
    for template in TEMPLATES.templates:
        for effect in template.effects:
            LIB.get(effect.proxy_id)


def heat_scenario(**inputs: float) -> dict[str, Any]:
    data = spec_example()
    # Price year 2009 = the SWOV value's year (index 1); 0% discount, 20 years.
    data["settings"].update(price_year=2009, discount_rate=0.0, horizon_years=20)
    data["alternatives"][1]["effects"] = []
    data["alternatives"][1]["costs"] = []
    data["stakeholders"].append({"id": "bewoners", "name": "Bewoners", "kind": "bewoners"})
    return insert_template(
        data,
        "groen",
        TEMPLATES.get("active_mobility_heat"),
        LIB,
        cpi=CPI,
        inputs=inputs,
        with_pm_items=False,
    )


def test_heat_template_reproduces_a_hand_calculation() -> None:
    data = heat_scenario(
        adults_20_74=4000,
        walk_uptake=0.25,
        walk_minutes=84,
        mortality_20_74=0.004,
        adults_20_64=2000,
        cycle_uptake=0.10,
        cycle_minutes=495,
        mortality_20_64=0.002,
    )
    walking, cycling = data["alternatives"][1]["effects"]
    # Walking: RR_84 = 1 - (1 - 0.89) * 84 / 168 = 1 - 0.055 = 0.945.
    # Deaths prevented = 4000 * 0.25 * 0.004 * (1 - 0.945) = 1000 * 0.004 * 0.055 = 0.22 per year.
    assert walking["quantity"] == pytest.approx(0.22, rel=1e-12)
    # Cycling: (1 - 0.90) * 495 / 99 = 0.50 > cap 0.45, so the reduction is 0.45.
    # Deaths prevented = 2000 * 0.10 * 0.002 * 0.45 = 0.18 per year.
    assert cycling["quantity"] == pytest.approx(0.18, rel=1e-12)
    assert walking["proxy"]["value"] == 2_600_000 and walking["proxy"]["price_year"] == 2009
    # Template corrections: deadweight 0.1, attribution 0.2 -> factor 0.9 * 0.8 = 0.72.
    # Ramp-up over 5 years: years 1..5 count 0.2, 0.4, 0.6, 0.8, 1.0; years 6..20 count 1.
    # Sum of ramp factors over years 1..20 = 3.0 + 15 = 18.
    # Walking: 0.22 * 2,600,000 * 0.72 = 411,840 per full year; * 18 = 7,413,120.
    # Cycling: 0.18 * 2,600,000 * 0.72 = 336,960 per full year; * 18 = 6,065,280.
    scenario = scenario_from_data(data, CPI)
    result = compute(scenario, CPI).results[0]
    assert result.by_effect["active_mobility_heat_walking"] == pytest.approx(7_413_120, rel=1e-9)
    assert result.by_effect["active_mobility_heat_cycling"] == pytest.approx(6_065_280, rel=1e-9)
    # Year 1 benefits: (411,840 + 336,960) * 0.2 = 149,760.
    assert result.benefits[1] == pytest.approx(149_760, rel=1e-9)
    assert result.benefits[0] == 0


def test_heat_derivation_is_kept_with_named_inputs_and_sources() -> None:
    data = heat_scenario(adults_20_74=4000)
    walking = data["alternatives"][1]["effects"][0]
    derivation = walking["quantity_derivation"]
    assert "min(cap_walk" in derivation["formula"]
    inputs = {i["name"]: i for i in derivation["inputs"]}
    assert set(inputs) == {
        "adults_20_74",
        "walk_uptake",
        "walk_minutes",
        "rr_walk",
        "ref_walk_minutes",
        "cap_walk",
        "mortality_20_74",
    }
    assert inputs["rr_walk"]["value"] == 0.89 and "HEAT" in inputs["rr_walk"]["source"]
    assert inputs["ref_walk_minutes"]["value"] == 168
    # In the language of the document (Dutch here; issue 15, item 6).
    assert "[niet geverifieerd]" in inputs["cap_walk"]["source"]
    assert "(standaard van het sjabloon" in inputs["adults_20_74"]["source"]
    assert "voor dit scenario gewijzigd)" in inputs["adults_20_74"]["source"]
    assert "Niet-geverifieerde invoer: " in walking["note"]
    assert "cap_walk" not in walking["note"]  # the inputs' Dutch labels, not their names


def test_derivation_round_trips_through_save_and_load(tmp_path: Path) -> None:
    data = heat_scenario()
    scenario = scenario_from_data(data, CPI)
    path = tmp_path / "heat.sroi.json"
    save_scenario(scenario, path)
    again = load_scenario(path)
    assert again == scenario
    effect = again.alternatives[1].effects[0]
    assert effect.quantity_derivation is not None
    assert recompute_quantity(effect.quantity_derivation) == effect.quantity
    saved = json.loads(path.read_text())["alternatives"][1]["effects"][0]
    assert (
        saved["quantity_derivation"] == data["alternatives"][1]["effects"][0]["quantity_derivation"]
    )


def test_a_quantity_that_drifts_from_its_derivation_is_flagged_and_can_be_resynced() -> None:
    data = heat_scenario()
    walking = data["alternatives"][1]["effects"][0]
    walking["quantity"] *= 2  # edited by hand: allowed, but reported
    scenario = scenario_from_data(data, CPI)
    found = [w for w in scenario_warnings(scenario) if w.code == "derivation_mismatch"]
    assert [w.path for w in found] == ["alternatives[1].effects[0].quantity"]
    # Editing an input through the derivation keeps the two equal:
    # 6000 * 0.10 * 0.004 * min(0.30, 0.11 * 30 / 168) = 2.4 * 0.0196428... = 0.0471428...
    fixed = sync_quantity(walking, adults_20_74=6000)
    assert fixed["quantity"] == pytest.approx(6000 * 0.10 * 0.004 * 0.11 * 30 / 168, rel=1e-12)
    data["alternatives"][1]["effects"][0] = fixed
    assert not [
        w
        for w in scenario_warnings(scenario_from_data(data, CPI))
        if w.code == "derivation_mismatch"
    ]
    with pytest.raises(TemplateError, match="no input nope"):
        sync_quantity(walking, nope=1)


@pytest.mark.parametrize(
    ("derivation", "path", "code"),
    [
        (
            {"formula": "a * b", "inputs": [{"name": "a", "value": 1}]},
            "formula",
            "formula_unknown_name",
        ),
        ({"formula": "a *", "inputs": [{"name": "a", "value": 1}]}, "formula", "formula_syntax"),
        ({"formula": "a ** 2", "inputs": [{"name": "a", "value": 1}]}, "formula", "formula_syntax"),
        (
            {"formula": "a", "inputs": [{"name": "a", "value": 1}, {"name": "a", "value": 2}]},
            "inputs[1].name",
            "duplicate_id",
        ),
    ],
)
def test_broken_derivations_are_refused_with_their_path(
    derivation: dict[str, Any], path: str, code: str
) -> None:
    data = spec_example()
    data["alternatives"][1]["effects"][0]["quantity_derivation"] = derivation
    with pytest.raises(ScenarioValidationError) as info:
        scenario_from_data(data)
    issue = info.value.issues[0]
    assert issue.path == f"alternatives[1].effects[0].quantity_derivation.{path}"
    assert issue.code == code


def test_formula_evaluator_allows_arithmetic_only() -> None:
    assert evaluate("min(a, b) * (c - 1) / 2 + max(1, -a)", {"a": 2, "b": 3, "c": 5}) == 5.0
    for bad in ("__import__('os')", "a.real", "[a]", "a if a else 1", "True"):
        with pytest.raises(FormulaError):
            evaluate(bad, {"a": 1})
    with pytest.raises(FormulaError, match="division by zero"):
        evaluate("a / 0", {"a": 1})


def test_stakeholders_map_by_kind_by_map_or_are_added() -> None:
    template = TEMPLATES.get("fall_prevention")
    data = spec_example()
    data["stakeholders"][1]["kind"] = "zorgverzekeraar"  # "zvz"
    instance = instantiate_template(template, data, LIB, alternative_id="groen")
    assert instance.effects[0]["beneficiary"] == "zvz"
    # Without a kind, an explicit map decides ...
    plain = spec_example()
    mapped = instantiate_template(
        template,
        plain,
        LIB,
        stakeholder_map={
            "zorgverzekeraar": "zvz",
            "bewoners": "gemeente",
            "zorg_welzijn": "gemeente",
        },
    )
    assert mapped.effects[0]["beneficiary"] == "zvz" and not mapped.new_stakeholders
    # ... or a stakeholder is added (or refused when that is not wanted).
    added = instantiate_template(template, plain, LIB)
    assert added.effects[0]["beneficiary"] == "zorgverzekeraar"
    assert {s["kind"] for s in added.new_stakeholders} == {
        "zorgverzekeraar",
        "bewoners",
        "zorg_welzijn",
    }
    with pytest.raises(TemplateError, match="no stakeholder of kind"):
        instantiate_template(template, plain, LIB, add_missing_stakeholders=False)


def test_ids_stay_unique_when_a_template_is_inserted_twice() -> None:
    template = TEMPLATES.get("water_storage")
    once = insert_template(spec_example(), "groen", template, LIB)
    twice = insert_template(once, "groen", template, LIB)
    ids = [e["id"] for e in twice["alternatives"][1]["effects"]]
    assert ids == ["beweeg", "water_storage_damage", "water_storage_damage_2"]


def test_effect_keys_overrides_and_unknown_inputs() -> None:
    template = TEMPLATES.get("meeting_place_loneliness")
    instance = instantiate_template(
        template,
        spec_example(),
        LIB,
        effect_keys={"qaly"},
        overrides={"qaly": {"drop_off": 0.0, "duration_years": 4}},
    )
    (qaly,) = instance.effects
    assert qaly["drop_off"] == 0.0 and qaly["duration_years"] == 4
    # The template's range (0.0-0.25) still holds the overridden value.
    assert qaly["uncertainty"]["drop_off"]["low"] <= 0.0 <= qaly["uncertainty"]["drop_off"]["high"]
    # 120 visitors * 0.25 lonely * 0.3 improved * 0.03 QALY = 0.27 QALY per year.
    assert qaly["quantity"] == pytest.approx(0.27, rel=1e-12)
    with pytest.raises(TemplateError, match="no input 'visitors'"):
        instantiate_template(template, spec_example(), LIB, inputs={"visitors": 3})
    with pytest.raises(TemplateError, match="no effect nope"):
        instantiate_template(template, spec_example(), LIB, effect_keys={"nope"})


def test_a_negative_effect_has_a_negative_proxy_and_range() -> None:
    instance = instantiate_template(
        TEMPLATES.get("play_space"), spec_example(), LIB, effect_keys={"injuries"}
    )
    (injuries,) = instance.effects
    assert injuries["proxy"]["value"] == -4100
    assert injuries["uncertainty"]["proxy.value"] == {
        "low": -5125,
        "high": -3075,
        "distribution": "triangular",
    }


def test_area_presets_prefill_template_populations() -> None:
    presets = default_presets()
    template = TEMPLATES.get("active_mobility_heat")
    values = prefill_inputs(template, presets, "aandachtswijk")
    # Aandachtswijk preset: 10,000 residents; 68% aged 20-74, 60% aged 20-64.
    assert values == {"adults_20_74": 6800, "adults_20_64": 6000}
    instance = instantiate_template(template, spec_example(), LIB, inputs=values)
    # 6800 * 0.10 * 0.004 * (0.11 * 30 / 168) = 0.0534285...
    assert instance.effects[0]["quantity"] == pytest.approx(
        6800 * 0.10 * 0.004 * 0.11 * 30 / 168, rel=1e-12
    )
