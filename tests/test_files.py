"""Scenario files: round trips, migrations and atomic saves."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, BinaryIO

import pytest

from sroi_app.domain.errors import ScenarioValidationError
from sroi_app.io import migrations
from sroi_app.io.atomic import atomic_write, backup_path
from sroi_app.io.scenario_file import load_scenario, save_scenario, scenario_from_raw
from tests.conftest import SCENARIOS, spec_example


@pytest.mark.parametrize("path", SCENARIOS, ids=[p.name for p in SCENARIOS])
def test_example_scenarios_round_trip(path: Path, tmp_path: Path) -> None:
    first = load_scenario(path)
    copy = tmp_path / path.name
    save_scenario(first, copy)
    second = load_scenario(copy)
    assert second == first
    save_scenario(second, copy)
    assert json.loads(copy.read_text()) == json.loads((tmp_path / path.name).read_text())


def test_spec_example_is_an_example_scenario() -> None:
    assert any(p.name == "groen-schoolplein.sroi.json" for p in SCENARIOS)
    assert load_scenario(SCENARIOS[0]).name


def test_uncertainty_ranges_round_trip(tmp_path: Path) -> None:
    data = spec_example()
    data["alternatives"][1]["effects"][0]["uncertainty"] = {
        "quantity": {"low": 20, "high": 60, "distribution": "triangular"},
        "proxy.value": {"low": 200, "high": 400, "distribution": "pert"},
        "deadweight": {"low": 0.1, "high": 0.4, "distribution": "uniform"},
    }
    data["alternatives"][1]["costs"][0]["uncertainty"] = {
        "amount": {"low": 120000, "high": 200000, "distribution": "normal"}
    }
    data["settings"]["uncertainty"] = {"discount_rate": {"low": 0.0, "high": 0.04}}
    path = tmp_path / "ranges.sroi.json"
    path.write_text(json.dumps(data))
    scenario = load_scenario(path)
    save_scenario(scenario, path)
    saved = json.loads(path.read_text())
    assert (
        saved["alternatives"][1]["effects"][0]["uncertainty"]
        == data["alternatives"][1]["effects"][0]["uncertainty"]
    )
    assert saved["alternatives"][1]["costs"][0]["uncertainty"]["amount"]["distribution"] == "normal"
    assert saved["settings"]["uncertainty"] == {
        "discount_rate": {"low": 0.0, "high": 0.04, "distribution": "triangular"}
    }
    assert load_scenario(path) == scenario


def test_migration_registry_applies_steps_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    # A pretend format 0 stored the scenario name under "title"; format 1 calls it "name".
    def v0_to_v1(raw: dict[str, Any]) -> dict[str, Any]:
        raw["name"] = raw.pop("title")
        return raw

    monkeypatch.setitem(migrations.MIGRATIONS, 0, v0_to_v1)
    old = spec_example()
    old["schema_version"] = 0
    old["title"] = old.pop("name")
    migrated = migrations.migrate(old, target=1)
    assert migrated["schema_version"] == 1
    assert migrated["name"] == "Groen schoolplein"
    assert scenario_from_raw(old).name == "Groen schoolplein"


def test_migration_gap_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    old = spec_example()
    with pytest.raises(ScenarioValidationError, match="no migration from format 1 to 2"):
        migrations.migrate(old, target=2)


def test_atomic_save_keeps_the_old_file_when_writing_fails(tmp_path: Path) -> None:
    path = tmp_path / "plan.sroi.json"
    save_scenario(load_scenario(SCENARIOS[0]), path)
    before = path.read_bytes()

    def write_half_then_fail(handle: BinaryIO) -> None:
        handle.write(b'{"schema_version": 1, "na')
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space left"):
        atomic_write(path, write_half_then_fail)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.sroi.json"]


def test_save_keeps_one_backup(tmp_path: Path) -> None:
    scenario = load_scenario(SCENARIOS[0])
    path = tmp_path / "plan.sroi.json"
    save_scenario(scenario, path)
    assert not backup_path(path).exists()
    first = path.read_bytes()
    save_scenario(scenario.model_copy(update={"name": "Tweede versie"}), path)
    assert backup_path(path).read_bytes() == first
    assert load_scenario(path).name == "Tweede versie"


def test_save_to_a_locked_target_fails_cleanly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A file held open by another program (Excel on Windows) cannot be replaced.
    path = tmp_path / "plan.sroi.json"
    scenario = load_scenario(SCENARIOS[0])
    save_scenario(scenario, path)
    before = path.read_bytes()

    def locked(src: str, dst: str) -> None:
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(PermissionError):
        save_scenario(scenario.model_copy(update={"name": "x"}), path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    # Nothing else changed either: no temporary file, and no half-made backup.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.sroi.json"]


def test_save_below_a_file_fails_cleanly(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    with pytest.raises(OSError):
        save_scenario(load_scenario(SCENARIOS[0]), not_a_folder / "x.sroi.json")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]


def test_unknown_fields_with_null_values_survive_a_save(tmp_path: Path) -> None:
    # Found by fuzzing Document.open: a newer tool's field set to null was dropped.
    data = spec_example()
    data["x_extra"] = None
    data["alternatives"][1]["effects"][0]["x_note"] = None
    path = tmp_path / "extra.sroi.json"
    path.write_text(json.dumps(data))
    scenario = load_scenario(path)
    save_scenario(scenario, path)
    saved = json.loads(path.read_text())
    assert saved["x_extra"] is None
    assert saved["alternatives"][1]["effects"][0]["x_note"] is None
    # Known optional fields left empty are still not written.
    assert "price_year" not in saved["alternatives"][1]["costs"][1]
    assert load_scenario(path) == scenario
