"""Malformed scenarios are refused with the JSON path and the rule of every problem."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from sroi_app.cli import main
from sroi_app.domain.errors import ScenarioValidationError, UnsupportedSchemaVersionError
from sroi_app.domain.validation import scenario_from_data
from sroi_app.io.scenario_file import load_scenario
from tests.conftest import spec_example

Mutation = Callable[[dict[str, Any]], None]


def effect(d: dict[str, Any]) -> dict[str, Any]:
    return d["alternatives"][1]["effects"][0]  # type: ignore[no-any-return]


def cost(d: dict[str, Any]) -> dict[str, Any]:
    return d["alternatives"][1]["costs"][0]  # type: ignore[no-any-return]


# (description, mutation, expected "path: message" fragment)
CASES: list[tuple[str, Mutation, str]] = [
    (
        "deadweight above 1",
        lambda d: effect(d).update(deadweight=1.5),
        "alternatives[1].effects[0].deadweight: must be between 0 and 1",
    ),
    (
        "negative attribution",
        lambda d: effect(d).update(attribution=-0.1),
        "alternatives[1].effects[0].attribution: must be between 0 and 1",
    ),
    (
        "drop-off as text",
        lambda d: effect(d).update(drop_off="5%"),
        "alternatives[1].effects[0].drop_off: must be a number",
    ),
    (
        "quantity as text",
        lambda d: effect(d).update(quantity="40"),
        "alternatives[1].effects[0].quantity: must be a number",
    ),
    (
        "quantity as boolean",
        lambda d: effect(d).update(quantity=True),
        "alternatives[1].effects[0].quantity: must be a number",
    ),
    (
        "missing proxy value",
        lambda d: effect(d)["proxy"].pop("value"),
        "alternatives[1].effects[0].proxy.value: is required",
    ),
    (
        "fractional year",
        lambda d: effect(d).update(first_year=1.5),
        "alternatives[1].effects[0].first_year: must be a whole number",
    ),
    (
        "negative duration",
        lambda d: effect(d).update(duration_years=-1),
        "alternatives[1].effects[0].duration_years: must be 0 or more",
    ),
    (
        "unknown beneficiary",
        lambda d: effect(d).update(beneficiary="ggd"),
        "alternatives[1].effects[0].beneficiary: no stakeholder with id 'ggd'",
    ),
    (
        "unknown payer",
        lambda d: cost(d).update(payer="rijk"),
        "alternatives[1].costs[0].payer: no stakeholder with id 'rijk'",
    ),
    (
        "last year before first",
        lambda d: cost(d).update(first_year=3, last_year=2),
        "alternatives[1].costs[0].last_year: must not be before first_year (3)",
    ),
    (
        "every 0 years",
        lambda d: cost(d).update(every_years=0),
        "alternatives[1].costs[0].every_years: must be 1 or more",
    ),
    (
        "negative optimism bias",
        lambda d: cost(d).update(optimism_bias=-0.2),
        "alternatives[1].costs[0].optimism_bias: must be 0 or more",
    ),
    (
        "duplicate stakeholder",
        lambda d: d["stakeholders"].append({"id": "zvz", "name": "x"}),
        "stakeholders[2].id: duplicate id 'zvz'",
    ),
    (
        "duplicate effect id",
        lambda d: d["alternatives"][1]["effects"].append(copy.deepcopy(effect(d))),
        "alternatives[1].effects[1].id: duplicate id 'beweeg'",
    ),
    (
        "two references",
        lambda d: d["alternatives"][1].update(reference=True),
        "alternatives[1].reference: only one alternative can be the reference",
    ),
    (
        "negative horizon",
        lambda d: d["settings"].update(horizon_years=-1),
        "settings.horizon_years: must be between 0 and 1000 years",
    ),
    (
        "rate as percent",
        lambda d: d["settings"].update(discount_rate=3.5),
        "settings.discount_rate: must be at most 1",
    ),
    (
        "rate as text",
        lambda d: d["settings"].update(discount_rate="2.25%"),
        "settings.discount_rate: must be a number or a list of {from_year, rate} steps",
    ),
    (
        "schedule out of order",
        lambda d: d["settings"].update(
            discount_rate=[
                {"from_year": 0, "rate": 0.035},
                {"from_year": 31, "rate": 0.03},
                {"from_year": 20, "rate": 0.025},
            ]
        ),
        "settings.discount_rate[2].from_year: must be after the previous step's from_year (31)",
    ),
    (
        "schedule step without rate",
        lambda d: d["settings"].update(discount_rate=[{"from_year": 0}]),
        "settings.discount_rate[0].rate: is required",
    ),
    (
        "unknown range parameter",
        lambda d: effect(d).update(uncertainty={"unit": {"low": 1, "high": 2}}),
        "alternatives[1].effects[0].uncertainty.unit: 'unit' cannot carry a range",
    ),
    (
        "range low above high",
        lambda d: effect(d).update(uncertainty={"quantity": {"low": 60, "high": 20}}),
        "alternatives[1].effects[0].uncertainty.quantity: low must not be above high",
    ),
    (
        "unknown distribution",
        lambda d: effect(d).update(
            uncertainty={"quantity": {"low": 20, "high": 60, "distribution": "lognormal"}}
        ),
        "alternatives[1].effects[0].uncertainty.quantity.distribution: must be one of",
    ),
    (
        "central outside triangular range",
        lambda d: effect(d).update(uncertainty={"quantity": {"low": 50, "high": 60}}),
        "alternatives[1].effects[0].uncertainty.quantity: the value itself (40) must lie between",
    ),
    (
        "price year before the CPI table",
        lambda d: effect(d)["proxy"].update(price_year=1990),
        "alternatives[1].effects[0].proxy.price_year: no consumer price index before 2000",
    ),
    (
        "no alternatives",
        lambda d: d.update(alternatives=[]),
        "alternatives: must have at least one item",
    ),
    (
        "alternatives not a list",
        lambda d: d.update(alternatives={"a": 1}),
        "alternatives: must be a list",
    ),
    ("missing name", lambda d: d.pop("name"), "name: is required"),
    (
        "PM post with unknown stakeholder",
        lambda d: d["pm_items"][0].update(stakeholder="x"),
        "pm_items[0].stakeholder: no stakeholder with id 'x'",
    ),
    (
        "PM post with a bad sign",
        lambda d: d["pm_items"][0].update(sign="++"),
        "pm_items[0].sign: must be one of",
    ),
    (
        "empty id",
        lambda d: d["stakeholders"][0].update(id=" "),
        "stakeholders[0].id: must not be empty",
    ),
    (
        "infinite amount",
        lambda d: cost(d).update(amount=float("inf")),
        "alternatives[1].costs[0].amount: must be a finite number",
    ),
]


@pytest.mark.parametrize(
    ("mutation", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_malformed_scenarios_name_the_path(mutation: Mutation, expected: str) -> None:
    data = spec_example()
    mutation(data)
    from sroi_app.io.cpi import default_cpi

    with pytest.raises(ScenarioValidationError) as info:
        scenario_from_data(data, default_cpi())
    messages = [str(i) for i in info.value.issues]
    assert any(m.startswith(expected) for m in messages), messages


@pytest.mark.parametrize(
    ("mutation", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_malformed_files_exit_2_on_the_command_line(
    mutation: Mutation, expected: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = spec_example()
    mutation(data)
    path = tmp_path / "bad.sroi.json"
    # Infinity is not JSON; write it the way Python's json module would (and refuse it).
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["compute", str(path)]) == 2
    err = capsys.readouterr().err
    if "Infinity" in path.read_text():
        assert "not valid JSON" in err
    else:
        assert expected in err
    assert "Traceback" not in err


def test_every_problem_is_reported_at_once() -> None:
    data = spec_example()
    effect(data)["deadweight"] = 2
    cost(data)["payer"] = "nobody"
    data["settings"]["horizon_years"] = "15"
    with pytest.raises(ScenarioValidationError) as info:
        scenario_from_data(data)
    paths = [i.path for i in info.value.issues]
    assert paths == [
        "alternatives[1].costs[0].payer",
        "alternatives[1].effects[0].deadweight",
        "settings.horizon_years",
    ]


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"", "not valid JSON"),
        (b"{not json", "not valid JSON: Expecting property name enclosed in double quotes (line 1"),
        (b'{"schema_version": 1, "name": NaN}', "NaN is not a valid JSON number"),
        (b"\xff\xfe\x00garbage", "not a UTF-8 text file"),
        (b"[1, 2, 3]", "a scenario must be a JSON object"),
        (b'{"name": "x"}', "schema_version: is required"),
        (b'{"schema_version": "1"}', "schema_version: must be a whole number"),
        (
            b'{"schema_version": 99, "name": "x"}',
            "this file uses scenario format 99, this program reads up to format 1",
        ),
        (b'{"schema_version": 0}', "schema_version: must be 1 or more"),
        (b"[" * 100_000, "not valid JSON"),
    ],
)
def test_unreadable_files_exit_2(
    content: bytes, fragment: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "x.sroi.json"
    path.write_bytes(content)
    assert main(["compute", str(path), "--json"]) == 2
    err = capsys.readouterr().err
    assert fragment in err
    assert "Traceback" not in err


def test_missing_file_and_folder_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compute", str(tmp_path / "nope.sroi.json")]) == 2
    assert "file not found" in capsys.readouterr().err
    assert main(["compute", str(tmp_path)]) == 2
    assert "folder" in capsys.readouterr().err


def test_newer_schema_version_names_both_versions(tmp_path: Path) -> None:
    data = spec_example()
    data["schema_version"] = 2
    path = tmp_path / "new.sroi.json"
    path.write_text(json.dumps(data))
    with pytest.raises(UnsupportedSchemaVersionError) as info:
        load_scenario(path)
    assert (info.value.found, info.value.supported) == (2, 1)


def test_validate_reports_each_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.sroi.json"
    good.write_text(json.dumps(spec_example()))
    bad = spec_example()
    effect(bad)["deadweight"] = 1.2
    cost(bad)["payer"] = "x"
    bad_path = tmp_path / "bad.sroi.json"
    bad_path.write_text(json.dumps(bad))
    broken = tmp_path / "broken.sroi.json"
    broken.write_text("{")
    assert main(["validate", str(good), str(bad_path), str(broken)]) == 2
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3
    assert lines[0] == f"{good}: OK"
    assert lines[1].startswith(f"{bad_path}: INVALID: ")
    assert "alternatives[1].costs[0].payer: no stakeholder with id 'x'" in lines[1]
    assert "alternatives[1].effects[0].deadweight: must be between 0 and 1" in lines[1]
    assert lines[2].startswith(f"{broken}: INVALID: ")
    assert main(["validate", str(good)]) == 0


def test_unknown_fields_are_kept() -> None:
    data = spec_example()
    data["x_custom"] = {"note": "from another tool"}
    effect(data)["x_tag"] = 3
    scenario = scenario_from_data(data)
    dumped = scenario.model_dump(mode="json")
    assert dumped["x_custom"] == {"note": "from another tool"}
    assert dumped["alternatives"][1]["effects"][0]["x_tag"] == 3


def test_overflowing_numbers_exit_2_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = spec_example()
    data["settings"].update(discount_rate=-0.99, horizon_years=1000)
    path = tmp_path / "overflow.sroi.json"
    path.write_text(json.dumps(data))
    assert main(["compute", str(path), "--json"]) == 2
    err = capsys.readouterr().err
    assert "settings.discount_rate: the discount factors overflow" in err
    data = spec_example()
    cost(data).update(amount=1e308, optimism_bias=1.0)
    path.write_text(json.dumps(data))
    assert main(["compute", str(path)]) == 2
    assert "alternatives[1]: the yearly amounts of 'groen' are too large" in capsys.readouterr().err


def test_validation_leaves_the_garbage_collector_as_it_found_it() -> None:
    """Issue 17: validation pauses the cyclic collector (quadratic at 10,000 effects) and
    restores it afterwards, also when the document is refused or the collector was off."""
    import gc

    import pytest as _pytest

    from sroi_app.domain.errors import ScenarioValidationError
    from sroi_app.domain.validation import scenario_from_data

    assert gc.isenabled()
    with _pytest.raises(ScenarioValidationError):
        scenario_from_data({"schema_version": 1, "name": 3})
    assert gc.isenabled()
    gc.disable()
    try:
        with _pytest.raises(ScenarioValidationError):
            scenario_from_data({"schema_version": 1})
        assert not gc.isenabled()
    finally:
        gc.enable()
