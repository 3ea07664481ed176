"""The edits behind the library browser, template picker and derivation panel (no Qt).

Numbers are worked out by hand from resources/proxies.json,
resources/templates.json and resources/area_presets.json.
"""

from __future__ import annotations

import pytest

from sroi_app.app import library_use
from sroi_app.domain.errors import ScenarioValidationError
from sroi_app.domain.validation import scenario_from_data, scenario_to_data
from sroi_app.io.area_presets import default_presets
from sroi_app.io.cpi import default_cpi
from sroi_app.io.proxies import default_library
from sroi_app.io.scenario_file import load_scenario
from sroi_app.io.templates import default_templates
from tests.conftest import ROOT, spec_example

CPI = default_cpi()
LIBRARY = default_library()
TEMPLATES = default_templates()
PRESETS = default_presets()
GREEN_PLACE = ROOT / "scenarios" / "groene-ontmoetingsplek.sroi.json"


def example():  # type: ignore[no-untyped-def]
    return scenario_from_data(spec_example(), CPI)


def test_a_library_proxy_becomes_the_effects_proxy_with_its_range() -> None:
    before = example()
    path = "alternatives[1].effects[0]"
    proxy = LIBRARY.get("loneliness_care_cost")
    after = library_use.use_library_proxy(before, path, proxy, lang="nl", cpi=CPI)
    effect = after.alternatives[1].effects[0]
    assert effect.proxy.name == proxy.name_nl
    assert effect.proxy.value == 1460.0  # the source's value, not indexed
    assert effect.proxy.price_year == 2017
    assert effect.proxy.library_id == "loneliness_care_cost"
    assert effect.proxy.source.startswith("Meisters")
    assert "prijspeil 2017" in effect.proxy.source
    r = effect.uncertainty["proxy.value"]
    assert (r.low, r.high) == (256.0, 1825.0)
    # Everything else of the effect is as it was.
    old = before.alternatives[1].effects[0]
    assert effect.model_copy(update={"proxy": old.proxy, "uncertainty": old.uncertainty}) == old


def test_without_the_library_range_an_old_range_stays_only_if_it_still_fits() -> None:
    data = spec_example()
    effect = data["alternatives"][1]["effects"][0]
    effect["uncertainty"] = {"proxy.value": {"low": 200.0, "high": 2000.0}}
    before = scenario_from_data(data, CPI)
    path = "alternatives[1].effects[0]"
    fits = LIBRARY.get("loneliness_care_cost")  # 1,460 lies in 200-2,000
    kept = library_use.use_library_proxy(before, path, fits, with_range=False, cpi=CPI)
    r = kept.alternatives[1].effects[0].uncertainty["proxy.value"]
    assert (r.low, r.high) == (200.0, 2000.0)
    outside = LIBRARY.get("depression_societal_trimbos")  # 6,000 does not
    dropped = library_use.use_library_proxy(before, path, outside, with_range=False, cpi=CPI)
    assert "proxy.value" not in dropped.alternatives[1].effects[0].uncertainty
    # A fixed reference value (no library range) with the range option removes the old one.
    fixed = LIBRARY.get("qaly_zin_burden_mid")
    assert not fixed.has_range
    cleared = library_use.use_library_proxy(before, path, fixed, with_range=True, cpi=CPI)
    assert "proxy.value" not in cleared.alternatives[1].effects[0].uncertainty


def test_a_new_effect_from_a_proxy_goes_to_a_stakeholder_of_its_kind() -> None:
    scenario = load_scenario(GREEN_PLACE, CPI)
    proxy = LIBRARY.get("loneliness_care_cost")  # typical beneficiary: zorgverzekeraar
    assert proxy.beneficiary == "zorgverzekeraar"
    after = library_use.add_effect_from_proxy(scenario, 1, proxy, lang="en", cpi=CPI)
    added = after.alternatives[1].effects[-1]
    assert len(after.alternatives[1].effects) == len(scenario.alternatives[1].effects) + 1
    assert added.beneficiary == "zvz"  # the scenario's stakeholder of kind zorgverzekeraar
    assert added.id == "loneliness_care_cost"
    assert added.name == proxy.name_en and added.unit == proxy.unit_en
    assert added.quantity == 1.0 and added.proxy.value == 1460.0
    assert added.proxy.price_year == 2017
    again = library_use.add_effect_from_proxy(after, 1, proxy, cpi=CPI)
    assert again.alternatives[1].effects[-1].id == "loneliness_care_cost-2"


def test_a_new_effect_needs_a_stakeholder() -> None:
    data = spec_example()
    for alt in data["alternatives"]:
        alt["costs"] = []
        alt["effects"] = []
    data["stakeholders"] = []
    data["pm_items"] = []
    empty = scenario_from_data(data, CPI)
    with pytest.raises(ScenarioValidationError) as caught:
        library_use.add_effect_from_proxy(empty, 1, LIBRARY.get("volunteer_hour"), cpi=CPI)
    assert caught.value.issues[0].code == "no_stakeholder"


def test_prefill_from_an_area_type_and_a_target_group() -> None:
    fall = TEMPLATES.get("fall_prevention")
    found = library_use.prefill(fall, PRESETS, "woonwijk", lang="nl")
    # Woonwijk: 8,000 residents x 22% aged 65+ = 1,760.
    assert found["residents_65plus"].value == 1760.0
    assert found["residents_65plus"].note.startswith("Gebiedstype Woonwijk: 8.000 inwoners x 22,0%")
    green = TEMPLATES.get("green_mental_health")
    plain = library_use.prefill(green, PRESETS, "woonwijk", lang="en")
    assert plain["residents"].value == 8000.0
    assert plain["residents"].note.startswith(
        "Area type Residential neighbourhood: 8,000 residents."
    )
    # Target group low SES in a woonwijk: 8,000 x 4.5% = 360 residents.
    narrowed = library_use.prefill(green, PRESETS, "woonwijk", "low_ses", lang="en")
    assert narrowed["residents"].value == 360.0
    assert "x 4.5%" in narrowed["residents"].note


def test_a_template_is_added_complete_in_one_edit() -> None:
    before = example()
    template = TEMPLATES.get("fall_prevention")
    inputs = {"residents_65plus": 1760.0, "participation": 0.3}
    after = library_use.add_template(
        before,
        1,
        template,
        LIBRARY,
        inputs=inputs,
        input_notes={"residents_65plus": "Gebiedstype Woonwijk: 8.000 inwoners x 22,0%."},
        stakeholder_map={"zorgverzekeraar": "zvz"},
        new_kinds=["zorg_welzijn"],
        lang="nl",
        cpi=CPI,
    )
    effects = after.alternatives[1].effects
    assert len(effects) == len(before.alternatives[1].effects) + 1
    effect = effects[-1]
    # 1,760 residents 65+ x 30% participation x 3% fall rate x 15% fewer falls = 2.376.
    assert effect.quantity == pytest.approx(1760 * 0.3 * 0.03 * 0.15, rel=1e-12)
    assert effect.quantity == pytest.approx(2.376)
    assert effect.beneficiary == "zvz"
    derivation = effect.quantity_derivation
    assert derivation is not None
    assert derivation.values()["participation"] == 0.3
    source = next(i.source for i in derivation.inputs if i.name == "residents_65plus")
    assert source.startswith("Gebiedstype Woonwijk: 8.000 inwoners x 22,0%. (Aanname")
    # Residents (bewoners) had no stakeholder: one is added; zorg_welzijn was asked for.
    added = {s.id: (s.name, s.kind) for s in after.stakeholders[len(before.stakeholders) :]}
    assert added == {
        "zorg_welzijn": ("Zorg- en welzijnsorganisaties", "zorg_welzijn"),
        "bewoners": ("Bewoners", "bewoners"),
    }
    pm = after.pm_items[len(before.pm_items) :]
    assert [(p.stakeholder, p.alternative) for p in pm] == [
        ("bewoners", "groen"),
        ("zorg_welzijn", "groen"),
    ]


def test_a_template_refusal_names_the_problem() -> None:
    before = example()
    play = TEMPLATES.get("play_space")
    with pytest.raises(ScenarioValidationError) as caught:
        library_use.add_template(before, 1, play, LIBRARY, inputs={"cohort_years": 0.0}, cpi=CPI)
    assert caught.value.issues[0].code == "formula_division_by_zero"
    with pytest.raises(ScenarioValidationError) as caught:
        library_use.add_template(before, 1, play, LIBRARY, effect_keys=[], cpi=CPI)
    assert caught.value.issues[0].code == "too_short"
    with pytest.raises(ScenarioValidationError) as caught:
        library_use.add_template(before, 1, play, LIBRARY, inputs={"nonsense": 1.0}, cpi=CPI)
    assert caught.value.issues[0].code == "template"


def test_changing_a_derivation_input_recomputes_the_quantity_and_moves_its_range() -> None:
    scenario = load_scenario(GREEN_PLACE, CPI)
    path = "alternatives[1].effects[0]"
    effect = scenario.alternatives[1].effects[0]
    # 6,000 residents x 5% depression x 3% fewer = 9 people; range x0.4 - x2 = 3.6 - 18.
    assert effect.quantity == pytest.approx(9.0)
    r = effect.uncertainty["quantity"]
    assert (r.low, r.high) == pytest.approx((3.6, 18.0))
    after = library_use.set_derivation_input(scenario, path, "residents", 12000.0, CPI)
    changed = after.alternatives[1].effects[0]
    assert changed.quantity == pytest.approx(12000 * 0.05 * 0.03)  # 18
    r = changed.uncertainty["quantity"]
    assert (r.low, r.high) == pytest.approx((7.2, 36.0))  # same spread around 18
    assert changed.quantity_derivation is not None
    assert changed.quantity_derivation.values()["residents"] == 12000.0
    # Nothing else changed.
    data_before, data_after = scenario_to_data(scenario), scenario_to_data(after)
    data_after["alternatives"][1]["effects"][0] = data_before["alternatives"][1]["effects"][0]
    assert data_after == data_before


def test_derivation_refusals_and_the_derived_value_back() -> None:
    scenario = load_scenario(GREEN_PLACE, CPI)
    path = "alternatives[1].effects[0]"
    with pytest.raises(ScenarioValidationError) as caught:
        library_use.set_derivation_input(scenario, path, "unknown", 1.0, CPI)
    assert caught.value.issues[0].code == "path"
    play_path = next(
        f"alternatives[{a}].effects[{e}]"
        for a, alt in enumerate(scenario.alternatives)
        for e, eff in enumerate(alt.effects)
        if eff.quantity_derivation and "cohort_years" in eff.quantity_derivation.formula
    )
    with pytest.raises(ScenarioValidationError) as caught:
        library_use.set_derivation_input(scenario, play_path, "cohort_years", 0.0, CPI)
    assert caught.value.issues[0].code == "formula_division_by_zero"
    # By hand: 9 becomes 12 (inside the 3.6-18 range); the derivation still says 9.
    from sroi_app.app import edits

    by_hand = edits.set_value(scenario, f"{path}.quantity", 12.0, CPI)
    assert library_use.derived_quantity(by_hand.alternatives[1].effects[0]) == pytest.approx(9.0)
    back = library_use.use_derived_quantity(by_hand, path, CPI)
    assert back == scenario  # the quantity and its range exactly as inserted
    # An input changed after the hand edit: the range follows the derivation's change,
    # 9 -> 18 (x2), so 3.6-18 becomes 7.2-36, and the quantity is the derived 18 again.
    synced = library_use.set_derivation_input(by_hand, path, "residents", 12000.0, CPI)
    effect = synced.alternatives[1].effects[0]
    assert effect.quantity == pytest.approx(18.0)
    r = effect.uncertainty["quantity"]
    assert (r.low, r.high) == pytest.approx((7.2, 36.0))


def test_template_kinds_in_order_of_use() -> None:
    connector = TEMPLATES.get("neighbourhood_connector")
    assert library_use.template_kinds(connector) == [
        "zorgverzekeraar",
        "zorg_welzijn",
        "gemeente",
        "woningcorporatie",
    ]
    assert library_use.template_kinds(connector, with_pm_items=False) == [
        "zorgverzekeraar",
        "zorg_welzijn",
        "gemeente",
    ]
    assert library_use.template_kinds(connector, False, ["volunteering"]) == ["zorg_welzijn"]
