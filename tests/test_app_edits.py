"""The Qt-free document layer: edits keep the document valid, undo restores it exactly."""

from __future__ import annotations

import pytest

from sroi_app.app import commands, edits
from sroi_app.app.document import Document, empty_scenario
from sroi_app.app.jsonpath import PathError, get_in, parse_path, set_in
from sroi_app.calc.checks import scenario_warnings
from sroi_app.domain.errors import ScenarioValidationError
from sroi_app.domain.parsing import edit_text, parse_int, parse_number, parse_percent
from sroi_app.domain.presets import DISCOUNT_PRESETS, matching_preset
from sroi_app.domain.validation import scenario_from_data, scenario_to_data
from sroi_app.io.cpi import default_cpi
from tests.conftest import spec_example


def example_scenario():
    return scenario_from_data(spec_example())


def test_paths_parse_and_set() -> None:
    assert parse_path('alternatives[1].effects[0].uncertainty["proxy.value"].low') == [
        "alternatives",
        1,
        "effects",
        0,
        "uncertainty",
        "proxy.value",
        "low",
    ]
    data = spec_example()
    set_in(data, "alternatives[1].effects[0].proxy.value", 450)
    assert get_in(data, "alternatives[1].effects[0].proxy.value") == 450
    set_in(data, "settings.price_year", None)
    assert "price_year" not in data["settings"]
    with pytest.raises(PathError):
        set_in(data, "alternatives[7].name", "x")
    with pytest.raises(PathError):
        parse_path("alternatives[x]")


def test_empty_scenario_is_valid_with_defaults() -> None:
    scenario = empty_scenario(year=2026)
    assert [a.reference for a in scenario.alternatives] == [True]
    assert [s.id for s in scenario.stakeholders] == ["gemeente"]
    assert scenario.settings.discount_rate == 0.0225
    assert scenario.settings.start_year == 2026
    # No later than the last year of the CPI table: no year without a published index.
    last = default_cpi().last_year
    assert scenario.settings.price_year == min(2026, last)
    later = empty_scenario(year=last + 3)
    assert later.settings.price_year == last
    assert "cpi_extrapolated" not in {w.code for w in scenario_warnings(later, None, default_cpi())}
    assert empty_scenario(year=last - 5).settings.price_year == last - 5
    assert scenario.settings.horizon_years == 30
    assert matching_preset(scenario) is DISCOUNT_PRESETS[0]


def test_set_value_returns_new_valid_scenario_and_leaves_the_old_alone() -> None:
    before = example_scenario()
    after = edits.set_value(before, "alternatives[1].effects[0].deadweight", 0.5)
    assert after.alternatives[1].effects[0].deadweight == 0.5
    assert before.alternatives[1].effects[0].deadweight == 0.2


@pytest.mark.parametrize(
    ("path", "value", "code"),
    [
        ("alternatives[1].effects[0].deadweight", 1.5, "fraction"),
        ("alternatives[1].effects[0].quantity", "veel", "number"),
        ("alternatives[1].costs[0].payer", "niemand", "unknown_id"),
        ("settings.price_year", 1990, "price_year_cpi"),
        ("settings.horizon_years", -1, "horizon"),
        ("alternatives[1].costs[1].last_year", 0, "year_order"),
        ("alternatives[9].name", "x", "path"),
    ],
)
def test_bad_values_are_refused_with_path_and_code(path: str, value: object, code: str) -> None:
    before = example_scenario()
    with pytest.raises(ScenarioValidationError) as info:
        edits.set_value(before, path, value)
    assert [(i.path.startswith(path.split("[9]")[0]), i.code) for i in info.value.issues] == [
        (True, code)
    ]


def test_edit_do_and_undo_restore_exact_states() -> None:
    document = Document(example_scenario())
    original = document.scenario
    edit = commands.set_value(original, "name", "Groener schoolplein")
    edit.do(document)
    assert document.scenario.name == "Groener schoolplein"
    edit.undo(document)
    assert document.scenario == original
    assert document.scenario is original
    edit.do(document)
    assert document.scenario == edit.after


def test_consecutive_sets_of_one_field_merge_into_one_step() -> None:
    s0 = example_scenario()
    first = commands.set_value(s0, "alternatives[1].effects[0].quantity", 41.0, mergeable=True)
    second = commands.set_value(
        first.after, "alternatives[1].effects[0].quantity", 42.0, mergeable=True
    )
    merged = first.merge(second)
    assert merged is not None and merged.before is s0 and merged.after is second.after
    other = commands.set_value(second.after, "name", "x", mergeable=True)
    assert second.merge(other) is None


def test_insert_remove_move() -> None:
    s0 = example_scenario()
    item = edits.new_stakeholder(s0, "Bewoners", "bewoners")
    assert item["id"] == "bewoners"
    s1 = edits.insert_item(s0, "stakeholders", item)
    assert [s.id for s in s1.stakeholders] == ["gemeente", "zvz", "bewoners"]
    s2 = edits.move_item(s1, "stakeholders", 2, 0)
    assert [s.id for s in s2.stakeholders] == ["bewoners", "gemeente", "zvz"]
    s3 = edits.remove_item(s2, "stakeholders", 0)
    assert s3 == s0


def test_removing_a_stakeholder_in_use_is_refused() -> None:
    with pytest.raises(ScenarioValidationError) as info:
        edits.remove_item(example_scenario(), "stakeholders", 1)
    (issue,) = info.value.issues
    assert (issue.code, issue.params["first"]) == (
        "in_use",
        "alternatives[1].effects[0].beneficiary",
    )


def test_new_items_get_unique_ids_and_valid_defaults() -> None:
    s0 = example_scenario()
    cost = edits.new_cost(s0, 1, "Onderhoud")
    assert cost["id"] == "onderhoud-2"  # "onderhoud" is taken in that alternative
    effect = edits.new_effect(s0, 1, "Minder hittestress")
    s1 = edits.insert_item(
        edits.insert_item(s0, "alternatives[1].costs", cost), "alternatives[1].effects", effect
    )
    assert [c.id for c in s1.alternatives[1].costs] == ["aanleg", "onderhoud", "onderhoud-2"]
    assert s1.alternatives[1].effects[1].beneficiary == "gemeente"
    assert edits.unique_id("Groen schoolplein!", ["groen-schoolplein"]) == "groen-schoolplein-2"
    no_one = edits.set_values(empty_scenario(year=2026), {"stakeholders": []})
    with pytest.raises(ScenarioValidationError) as info:
        edits.new_cost(no_one, 0, "x")
    assert info.value.issues[0].code == "no_stakeholder"


def test_duplicate_variant_gets_a_new_unique_id_and_its_pm_posts() -> None:
    data = spec_example()
    data["pm_items"].append({"id": "rust", "name": "Rust", "sign": "+", "alternative": "groen"})
    s0 = scenario_from_data(data)
    s1 = edits.duplicate_alternative(s0, 1, " (kopie)")
    assert [a.id for a in s1.alternatives] == ["nul", "groen", "groen-2"]
    copy = s1.alternatives[2]
    assert copy.name == "Groen schoolplein (kopie)" and not copy.reference
    assert copy.costs == s0.alternatives[1].costs and copy.effects == s0.alternatives[1].effects
    assert [(p.id, p.alternative) for p in s1.pm_items][-1] == ("rust-2", "groen-2")
    # The reference copied is no longer the reference: still exactly one.
    s2 = edits.duplicate_alternative(s1, 0)
    assert [a.reference for a in s2.alternatives] == [True, False, False, False]


def test_rename_stakeholder_follows_every_reference() -> None:
    s1 = edits.rename_id(example_scenario(), "stakeholders", 1, "zorgverzekeraar")
    assert s1.alternatives[1].effects[0].beneficiary == "zorgverzekeraar"
    with pytest.raises(ScenarioValidationError) as info:
        edits.rename_id(s1, "stakeholders", 1, "gemeente")
    assert info.value.issues[0].code == "id_taken"


def test_set_reference_moves_the_mark() -> None:
    s1 = edits.set_reference(example_scenario(), 1)
    assert [a.reference for a in s1.alternatives] == [False, True]


def test_chain_steps() -> None:
    s0 = empty_scenario(year=2026)
    s0 = edits.insert_item(s0, "alternatives[0].effects", edits.new_effect(s0, 0, "e"))
    s1 = edits.set_chain_step(s0, "alternatives[0].effects[0]", 2, "minder eenzaamheid")
    assert s1.alternatives[0].effects[0].chain == ["", "", "minder eenzaamheid"]
    s2 = edits.set_chain_step(s1, "alternatives[0].effects[0]", 2, "")
    assert s2.alternatives[0].effects[0].chain == []


def test_save_and_open_round_trip(tmp_path) -> None:
    document = Document(example_scenario())
    path = document.save_as(tmp_path / "plan")
    assert path.name == "plan.sroi.json"
    reopened = Document.open(path)
    assert reopened.scenario == document.scenario
    document.scenario = edits.set_value(document.scenario, "name", "Tweede versie")
    document.save()
    assert (tmp_path / "plan.sroi.json.bak").exists()
    assert Document.open(path).scenario.name == "Tweede versie"


def test_evaluation_is_cached_per_version() -> None:
    document = Document(example_scenario())
    first = document.evaluate()
    assert document.evaluate() is first
    document.scenario = edits.set_value(document.scenario, "alternatives[1].costs[0].amount", 1.0)
    assert document.evaluate() is not first


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("1.234,5", "nl", 1234.5),
        ("€ 150.000", "nl", 150000.0),
        ("2,25", "nl", 2.25),
        ("0.25", "nl", 0.25),
        ("1,234.5", "en", 1234.5),
        ("-300", "en", -300.0),
        ("1e3", "en", 1000.0),
    ],
)
def test_parse_number(text: str, lang: str, value: float) -> None:
    assert parse_number(text, lang) == value  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", "abc", "1,5", "1..2", "--1"])
def test_parse_number_refuses(text: str) -> None:
    with pytest.raises(ValueError):
        parse_number(text, "en")


def test_parse_percent_int_and_edit_text() -> None:
    assert parse_percent("20", "nl") == 0.2
    assert parse_percent("2,5%", "nl") == 0.025
    assert parse_int("2.030", "nl") == 2030
    with pytest.raises(ValueError):
        parse_int("1,5", "nl")
    assert edit_text(0.0225 * 100, "nl") == "2,25"
    assert edit_text(150000.0, "en") == "150000"


def test_data_round_trip_of_an_edit_keeps_unknown_fields() -> None:
    data = spec_example()
    data["x_note"] = {"kept": True}
    s1 = edits.set_value(scenario_from_data(data), "name", "n")
    assert scenario_to_data(s1)["x_note"] == {"kept": True}


@pytest.mark.parametrize(
    ("path", "value", "code"),
    [
        ("alternatives[1].costs[0].first_year", 10**20, "too_many_years"),
        ("alternatives[1].costs[0].every_years", 10**30, "too_many_years"),
        ("alternatives[1].effects[0].duration_years", 10**19, "too_many_years"),
        ("alternatives[1].effects[0].quantity", 1e308, "not_computable"),
    ],
)
def test_values_beyond_arithmetic_are_refused(path: str, value: object, code: str) -> None:
    # Year counts are bounded by validation; a quantity of 1e308 is valid on its
    # own but overflows the sums, which the evaluation refuses for the app.
    with pytest.raises(ScenarioValidationError) as info:
        edits.set_value(example_scenario(), path, value)
    assert [(i.path, i.code) for i in info.value.issues] == [(path, code)]


def test_a_file_beyond_arithmetic_is_refused_on_open(tmp_path) -> None:
    import json

    data = spec_example()
    data["alternatives"][1]["effects"][0]["quantity"] = 1e308
    path = tmp_path / "groot.sroi.json"
    path.write_text(json.dumps(data))
    with pytest.raises(ScenarioValidationError) as info:
        Document.open(path)
    assert info.value.issues[0].code == "not_computable"
