"""Every scenario format version has fixture files, and each loads through every migration.

The convention (docs/files-and-faults.md): ``tests/fixtures/migrations/vN/``
holds files written in format N. Each file is read, migrated step by step
to the current format, validated and computed. A file in an older folder
whose name also exists in the current format's folder must load to exactly
that scenario: the newer file is the expected result of the migration. So
a migration is added together with a fixture of the format it reads (and
the expected result), and a new field of the format appears in the current
fixtures.

Format 1 is the first format, so there are no migrations yet; the last
test runs the whole convention on a pretend format 0 in a temporary folder
to show it catches a wrong migration.
"""

from __future__ import annotations

import copy
import json
import typing
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from sroi_app import SCHEMA_VERSION
from sroi_app.calc import compute
from sroi_app.domain.models import Scenario
from sroi_app.domain.validation import scenario_from_data, scenario_to_data
from sroi_app.io import migrations
from sroi_app.io.cpi import default_cpi
from sroi_app.io.scenario_file import load_scenario, save_scenario
from tests.conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "migrations"
CPI = default_cpi()


def fixture_files(root: Path) -> list[tuple[int, Path]]:
    return [
        (int(folder.name[1:]), path)
        for folder in sorted(root.glob("v*"))
        for path in sorted(folder.glob("*.sroi.json"))
    ]


def load_through_migrations(path: Path, version: int, target: int) -> Scenario:
    """Read a fixture, check its version, migrate it step by step, validate and compute."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["schema_version"] == version, f"{path} is in the folder of format {version}"
    migrated = migrations.migrate(copy.deepcopy(raw), target=target)
    assert migrated["schema_version"] == target
    scenario = scenario_from_data(migrated, CPI)
    compute(scenario, CPI)
    return scenario


def check_fixture_tree(root: Path, target: int) -> int:
    """Apply the whole convention to a folder of fixtures; the number of files checked."""
    files = fixture_files(root)
    versions = {version for version, _ in files}
    assert versions >= set(range(1, target + 1)), f"a format without fixtures in {root}"
    assert versions >= set(migrations.MIGRATIONS), "a migration without a fixture of its format"
    current = {path.name: path for version, path in files if version == target}
    for version, path in files:
        scenario = load_through_migrations(path, version, target)
        if version < target and path.name in current:
            expected = load_through_migrations(current[path.name], target, target)
            assert scenario_to_data(scenario) == scenario_to_data(expected), path
    return len(files)


def test_every_format_has_fixtures_and_each_loads_through_every_migration() -> None:
    assert check_fixture_tree(FIXTURES, SCHEMA_VERSION) >= 3


@pytest.mark.parametrize(
    ("version", "path"), fixture_files(FIXTURES), ids=lambda v: getattr(v, "name", str(v))
)
def test_fixture_round_trips_in_the_current_format(
    version: int, path: Path, tmp_path: Path
) -> None:
    scenario = load_through_migrations(path, version, SCHEMA_VERSION)
    assert load_scenario(path, CPI) == scenario  # the loader takes the same way
    copy_path = tmp_path / path.name
    save_scenario(scenario, copy_path)
    assert json.loads(copy_path.read_text())["schema_version"] == SCHEMA_VERSION
    assert load_scenario(copy_path, CPI) == scenario


def _field_paths(model: type[BaseModel], prefix: str = "") -> set[str]:
    """Every field of the format, as ``alternatives.effects.proxy.value`` (lists flattened)."""
    out: set[str] = set()
    for name, info in model.model_fields.items():
        path = f"{prefix}{name}"
        out.add(path)
        for inner in _models_in(info.annotation):
            out |= _field_paths(inner, path + ".")
    return out


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    found: list[type[BaseModel]] = []
    for arg in typing.get_args(annotation):
        found += _models_in(arg)
    return found


def _data_paths(data: Any, prefix: str = "") -> set[str]:
    out: set[str] = set()
    if isinstance(data, dict):
        for key, value in data.items():
            path = f"{prefix}{key}"
            out.add(path)
            # Ranges are keyed by parameter; their fields count as uncertainty's.
            inner = path if not prefix.endswith("uncertainty.") else prefix.rstrip(".")
            out |= _data_paths(value, inner + ".")
    elif isinstance(data, list):
        for value in data:
            out |= _data_paths(value, prefix)
    return out


def test_the_current_fixtures_use_every_field_of_the_format() -> None:
    used: set[str] = set()
    for version, path in fixture_files(FIXTURES):
        if version == SCHEMA_VERSION:
            used |= _data_paths(json.loads(path.read_text(encoding="utf-8")))
    fields = _field_paths(Scenario)
    missing = sorted(f for f in fields if f not in used)
    assert not missing, f"add these fields to a fixture in v{SCHEMA_VERSION}/: {missing}"
    # Unknown fields of a newer tool are kept, at the top and inside items.
    every = json.loads((FIXTURES / f"v{SCHEMA_VERSION}" / "every-field.sroi.json").read_text())
    saved = scenario_to_data(
        load_scenario(FIXTURES / f"v{SCHEMA_VERSION}" / "every-field.sroi.json")
    )
    assert saved["written_by"] == every["written_by"]
    assert saved["alternatives"][1]["costs"][2]["extra_note"] == "kept"


def test_the_convention_catches_a_wrong_migration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A pretend format 0 kept the scenario's name under "title".
    expected = json.loads((FIXTURES / "v1" / "every-field.sroi.json").read_text())
    old = copy.deepcopy(expected)
    old["schema_version"] = 0
    old["title"] = old.pop("name")
    for version, data in ((0, old), (1, expected)):
        (tmp_path / f"v{version}").mkdir()
        (tmp_path / f"v{version}" / "every-field.sroi.json").write_text(json.dumps(data))

    def right(raw: dict[str, Any]) -> dict[str, Any]:
        raw["name"] = raw.pop("title")
        return raw

    def wrong(raw: dict[str, Any]) -> dict[str, Any]:
        raw["name"] = raw.pop("title").upper()
        return raw

    monkeypatch.setitem(migrations.MIGRATIONS, 0, right)
    assert check_fixture_tree(tmp_path, 1) == 2
    monkeypatch.setitem(migrations.MIGRATIONS, 0, wrong)
    with pytest.raises(AssertionError, match="every-field"):
        check_fixture_tree(tmp_path, 1)
    # A migration without a fixture of the format it reads is caught too.
    monkeypatch.setitem(migrations.MIGRATIONS, 0, right)
    (tmp_path / "v0" / "every-field.sroi.json").unlink()
    with pytest.raises(AssertionError, match="a migration without a fixture"):
        check_fixture_tree(tmp_path, 1)
