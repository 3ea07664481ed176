"""The app layer's help for large scenarios: the size rule, stepwise reading, the garbage collector.

The worker itself is the window's (tests/ui/test_jobs.py)."""

from __future__ import annotations

import gc
import json
from pathlib import Path
from typing import Any

import pytest

from benchmarks.synthetic import synthetic_data
from sroi_app.app import background, garbage_collection
from sroi_app.app.background import item_years
from sroi_app.app.document import Document
from sroi_app.app.loading import load_in_steps
from sroi_app.domain.errors import ScenarioError, ScenarioValidationError
from sroi_app.domain.validation import scenario_from_data
from sroi_app.io.cpi import default_cpi
from sroi_app.io.scenario_file import load_scenario
from tests.conftest import SCENARIOS, spec_example

CPI = default_cpi()


def test_item_years_measure_the_engines_work() -> None:
    scenario = load_scenario(SCENARIOS[0])
    # Groen schoolplein: 1 cost in the nulalternatief, 2 costs and 1 effect in the variant,
    # over t = 0..15: 4 rows x 16 years.
    assert item_years(scenario) == 4 * 16
    large = scenario_from_data(synthetic_data(20, 500, 20, 100), CPI)
    assert item_years(large) == 20 * 520 * 101 > background.BACKGROUND_ITEM_YEARS
    examples = [load_scenario(p) for p in SCENARIOS]
    assert max(item_years(s) for s in examples) < background.BACKGROUND_ITEM_YEARS


@pytest.mark.parametrize("path", SCENARIOS, ids=[p.name for p in SCENARIOS])
def test_reading_in_steps_gives_the_same_scenario(path: Path) -> None:
    assert load_in_steps(path, CPI) == load_scenario(path, CPI)
    assert Document.open(path, in_steps=True).scenario == Document.open(path).scenario


def test_reading_a_large_file_in_steps(tmp_path: Path) -> None:
    path = tmp_path / "groot.sroi.json"
    path.write_text(json.dumps(synthetic_data(20, 500, 20, 100)))
    assert load_in_steps(path, CPI) == load_scenario(path, CPI)


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d["alternatives"][1]["effects"][0].update(deadweight=1.5),
        lambda d: d["alternatives"][1]["costs"][0].update(payer="niemand"),
        lambda d: d.update(alternatives=[]),
        lambda d: d.update(alternatives="geen lijst"),
        lambda d: d["alternatives"].append(7),
        lambda d: d.update(schema_version=5),
        lambda d: d["settings"].update(price_year=1800),
    ],
)
def test_reading_in_steps_refuses_alike(tmp_path: Path, damage: Any) -> None:
    data = spec_example()
    damage(data)
    path = tmp_path / "kapot.sroi.json"
    path.write_text(json.dumps(data))
    with pytest.raises(ScenarioError) as general:
        load_scenario(path, CPI)
    with pytest.raises(ScenarioError) as stepwise:
        load_in_steps(path, CPI)
    assert type(stepwise.value) is type(general.value)
    assert str(stepwise.value) == str(general.value)
    if isinstance(general.value, ScenarioValidationError):
        assert isinstance(stepwise.value, ScenarioValidationError)
        assert stepwise.value.issues == general.value.issues


def test_the_quiet_collector_freezes_what_was_read_and_collects_again_after() -> None:
    frozen = gc.get_freeze_count()
    try:
        with garbage_collection.quiet_collector():
            assert not gc.isenabled()
            made = [{"n": i} for i in range(10_000)]
        assert gc.isenabled()
        assert gc.get_freeze_count() >= frozen + len(made)
        garbage_collection.settle()
    finally:
        gc.unfreeze()
