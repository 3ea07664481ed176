"""Texts that could not be saved, typeset or recovered are refused when read (issue 18, 3)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sroi_app.domain.errors import ScenarioValidationError
from sroi_app.domain.text_checks import MAX_DEPTH, MAX_NAME_CHARS, text_issues
from sroi_app.domain.validation import replace_item, scenario_from_data
from sroi_app.io.cpi import default_cpi
from sroi_app.io.scenario_file import load_scenario, save_scenario
from tests.conftest import spec_example

CPI = default_cpi()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("x\ud800y", "text_unpaired_surrogate"),
        ("Groen\ufeffplein", "text_invisible_character"),
        ("bel\x07", "text_invisible_character"),
        ("n" * (MAX_NAME_CHARS + 1), "text_too_long"),
    ],
    ids=["surrogate", "bom", "control", "long"],
)
@pytest.mark.parametrize(
    "where",
    [("name",), ("alternatives", 1, "effects", 0, "name"), ("stakeholders", 0, "description")],
)
def test_a_bad_text_anywhere_is_refused_naming_where(
    text: str, code: str, where: tuple[str | int, ...]
) -> None:
    data = spec_example()
    target = data
    for part in where[:-1]:
        target = target[part]
    if code == "text_too_long" and where[-1] != "name":
        text = "n" * 50_001
    target[where[-1]] = text
    with pytest.raises(ScenarioValidationError) as caught:
        scenario_from_data(data, CPI)
    assert [i.code for i in caught.value.issues] == [code]
    assert caught.value.issues[0].path.endswith(str(where[-1]))


def test_unknown_fields_nested_too_deep_are_refused() -> None:
    data = spec_example()
    deep: dict[str, object] = {}
    cursor = deep
    for _ in range(MAX_DEPTH + 5):
        cursor["x"] = {}
        cursor = cursor["x"]  # type: ignore[assignment]
    data["extra"] = deep
    with pytest.raises(ScenarioValidationError) as caught:
        scenario_from_data(data, CPI)
    assert [i.code for i in caught.value.issues] == ["too_deep"]


def test_an_edit_that_types_a_bad_character_is_refused() -> None:
    scenario = scenario_from_data(spec_example(), CPI)
    raw = scenario.alternatives[1].effects[0].model_dump(mode="json")
    raw["note"] = "plak\ufeff"
    with pytest.raises(ScenarioValidationError) as caught:
        replace_item(scenario, 1, "effects", 0, raw, CPI)
    assert caught.value.issues[0].path == "alternatives[1].effects[0].note"


def test_ordinary_texts_pass_and_what_opens_also_saves(tmp_path: Path) -> None:
    data = spec_example()
    data["description"] = "Tab\there,\nnew lines, “quotes”, € 1.000, emoji 🌳, ĳ, 中文"
    assert text_issues(data) == []
    scenario = scenario_from_data(data, CPI)
    path = tmp_path / "ok.sroi.json"
    save_scenario(scenario, path)
    assert load_scenario(path) == scenario
    json.loads(path.read_text(encoding="utf-8"))
