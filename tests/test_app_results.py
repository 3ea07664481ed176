"""Result tables, recovery copies and crash logs of the Qt-free app layer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sroi_app.app.crashlog import write_crash_log
from sroi_app.app.evaluation import evaluate, mkba_overview, stakeholder_rows, value_map
from sroi_app.app.recovery import RecoveryStore
from sroi_app.app.userdirs import user_data_dir, user_log_dir
from sroi_app.domain.validation import scenario_from_data
from tests.conftest import spec_example


def hand_scenario():
    """Rate 10%, horizon 2: DF = 1, 1/1.1, 1/1.21, so every PV below is a round number."""
    return scenario_from_data(
        {
            "schema_version": 1,
            "name": "Hand",
            "settings": {"start_year": 2024, "horizon_years": 2, "discount_rate": 0.1},
            "stakeholders": [{"id": "gem", "name": "Gemeente"}, {"id": "bew", "name": "Bewoners"}],
            "alternatives": [
                {
                    "id": "nul",
                    "reference": True,
                    "costs": [{"id": "k0", "payer": "gem", "amount": 100, "first_year": 0}],
                },
                {
                    "id": "plan",
                    "name": "Plan",
                    "costs": [
                        {"id": "aanleg", "name": "Aanleg", "payer": "gem", "amount": 1000},
                        {"id": "beheer", "payer": "gem", "amount": 110, "first_year": 1},
                    ],
                    "effects": [
                        {
                            "id": "e",
                            "name": "Gezonder",
                            "indicator": "bewoners die meer bewegen",
                            "beneficiary": "bew",
                            "quantity": 10,
                            "unit": "bewoner",
                            "proxy": {"name": "QALY-deel", "value": 121, "source": "RIVM"},
                            "first_year": 1,
                            "duration_years": 2,
                            "deadweight": 0.0,
                        }
                    ],
                },
            ],
            "pm_items": [
                {"name": "Sociale cohesie", "stakeholder": "bew", "sign": "+"},
                {"name": "Ander plan", "sign": "-", "alternative": "nul"},
            ],
        }
    )


def test_mkba_overview_by_hand() -> None:
    scenario = hand_scenario()
    result = evaluate(scenario).result
    rows = mkba_overview(scenario, result, "plan")
    values = [(r.kind, r.key, r.value) for r in rows]
    # Costs: aanleg 1000 in year 0; beheer 110 / 1.1 = 100; minus the reference's 100 (year 0).
    # Benefits: 10 * 121 = 1210 a year in years 1 and 2: 1210 / 1.1 + 1210 / 1.21 = 1100 + 1000.
    assert values[:4] == [
        ("heading", "costs", None),
        ("cost", "aanleg", pytest.approx(1000.0)),
        ("cost", "beheer", pytest.approx(100.0)),
        ("reference", "costs", pytest.approx(-100.0)),
    ]
    assert values[4] == ("subtotal", "costs", pytest.approx(1000.0))
    assert values[6:9] == [
        ("benefit", "e", pytest.approx(2100.0)),
        ("reference", "benefits", pytest.approx(0.0)),
        ("subtotal", "benefits", pytest.approx(2100.0)),
    ]
    # Only the PM post that is not tied to another alternative, with its sign.
    assert [(r.label, r.sign, r.stakeholder) for r in rows if r.kind == "pm"] == [
        ("Sociale cohesie", "+", "Bewoners")
    ]
    assert values[-2:] == [
        ("balance", "npv", pytest.approx(2100.0 - 1000.0)),
        ("ratio", "sroi_ratio", pytest.approx(2100.0 / 1000.0)),
    ]
    # The subtotals are the engine's own numbers, not sums of the rows.
    engine = result.result("plan")
    assert rows[4].value == engine.pv_costs and rows[-2].value == engine.npv


def test_who_pays_who_gains_and_value_map_by_hand() -> None:
    scenario = hand_scenario()
    result = evaluate(scenario).result
    plan = result.result("plan")
    rows = stakeholder_rows(scenario, plan)
    assert [(r.name, r.pv_costs, r.pv_benefits, r.npv) for r in rows] == [
        ("Gemeente", pytest.approx(1000.0), 0.0, pytest.approx(-1000.0)),
        ("Bewoners", 0.0, pytest.approx(2100.0), pytest.approx(2100.0)),
    ]
    (row,) = value_map(scenario, result, "plan")
    assert (row.stakeholder, row.outcome, row.indicator, row.quantity, row.unit) == (
        "Bewoners",
        "Gezonder",
        "bewoners die meer bewegen",
        10,
        "bewoner",
    )
    assert (row.proxy_name, row.proxy_value, row.proxy_source) == ("QALY-deel", 121, "RIVM")
    assert row.value == pytest.approx(2100.0)


def test_evaluation_carries_the_warnings() -> None:
    evaluation = evaluate(hand_scenario())
    # One effect is all of its benefits: benefit_concentration (issue 11) comes with it.
    assert [w.code for w in evaluation.warnings] == ["all_deadweight_zero", "benefit_concentration"]


def test_user_dirs_follow_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SROI_APP_USER_DIR", str(tmp_path))
    assert user_data_dir() == tmp_path / "data"
    assert user_log_dir() == tmp_path / "log"


def dead_pid() -> int:
    proc = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(proc.stdout)


def test_recovery_copy_written_in_background_and_offered_after_a_crash(tmp_path: Path) -> None:
    scenario = scenario_from_data(spec_example())
    store = RecoveryStore(tmp_path)
    store.write_in_background(scenario, Path("/plans/plein.sroi.json"))
    store.flush()
    assert store.path.exists()
    # While this program runs, its own copy is not offered to anyone.
    assert RecoveryStore(tmp_path).orphans() == []
    # Pretend the writer died: its copy is offered back with the scenario and its file.
    payload = json.loads(store.path.read_text())
    payload["pid"] = dead_pid()
    store.path.write_text(json.dumps(payload))
    (found,) = RecoveryStore(tmp_path).orphans()
    assert found.scenario == scenario
    assert found.source == Path("/plans/plein.sroi.json")
    RecoveryStore.remove(found)
    assert not store.path.exists()
    store.close()


def test_recovery_copy_removed_on_discard_and_damaged_copies_ignored(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path)
    store.write(scenario_from_data(spec_example()), None)
    store.discard()
    assert not store.path.exists()
    (tmp_path / "999999-1.json").write_text("{not json")
    assert RecoveryStore(tmp_path).orphans() == []


def test_crash_log_has_the_traceback(tmp_path: Path) -> None:
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        path = write_crash_log(type(exc), exc, exc.__traceback__, tmp_path)
    text = path.read_text()
    assert path.parent == tmp_path and path.name.startswith("crash-")
    assert "RuntimeError: boom" in text and "test_crash_log_has_the_traceback" in text
