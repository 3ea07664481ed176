"""``sroi_app.api``: pandas tables that equal ``compute --json`` (issue 16, step 9)."""

from __future__ import annotations

import doctest
import io
import json
import math
from pathlib import Path

import pytest

import sroi_app.api as api
from sroi_app.cli import main
from tests.conftest import ROOT, SCENARIOS


@pytest.fixture(autouse=True)
def _in_project(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the examples name files relative to the project


def _doctest_flags() -> int:
    return doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS


def test_the_module_examples_run() -> None:
    failures, tried = doctest.testmod(api, optionflags=_doctest_flags())
    assert tried >= 5 and failures == 0


def test_the_examples_in_the_docs_run() -> None:
    failures, tried = doctest.testfile(
        str(ROOT / "docs" / "api.md"), module_relative=False, optionflags=_doctest_flags()
    )
    assert tried >= 8 and failures == 0


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None or (isinstance(a, float) and math.isnan(a)):
        return (a is None or math.isnan(a)) and b is None
    return math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-9)


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.name)
def test_every_table_equals_compute_json(path: Path) -> None:
    out = io.StringIO()
    assert main(["compute", str(path), "--json"], out) == 0
    expected = json.loads(out.getvalue())
    scenario = api.load(path)
    table = api.results(scenario)
    flows = api.yearly_flows(scenario)
    who = api.by_stakeholder(scenario)
    effects = api.by_effect(scenario)
    for r in expected["results"]:
        row = table.loc[r["alternative"]]
        for key in ("pv_costs", "pv_benefits", "npv", "sroi_ratio", "irr", "payback_years"):
            value = row[key]
            assert _close(None if value is None else float(value), r[key]), key
        yearly = flows.loc[r["alternative"]]
        assert yearly["costs"].tolist() == r["years"]["costs"]
        assert yearly["benefits"].tolist() == r["years"]["benefits"]
        assert yearly["calendar_year"].tolist() == r["years"]["calendar"]
        for sid, s in r["by_stakeholder"].items():
            assert who.loc[(r["alternative"], sid), "npv"] == s["npv"]
        for eid, pv in r["by_effect"].items():
            assert effects.loc[(r["alternative"], eid), "pv"] == pv
        monitored = api.monitoring(scenario)
        for eid, m in r["monitoring"]["by_effect"].items():
            assert (
                monitored.loc[(r["alternative"], "effect", eid), "realised_pv"] == m["realised_pv"]
            )


def test_monte_carlo_draws_agree_with_the_sensitivity_command() -> None:
    path = next(p for p in SCENARIOS if p.name == "groene-ontmoetingsplek.sroi.json")
    out = io.StringIO()
    assert main(["sensitivity", str(path), "--json", "--draws", "500", "--seed", "3"], out) == 0
    expected = json.loads(out.getvalue())
    draws = api.monte_carlo(api.load(path), draws=500, seed=3)
    for r in expected["results"]:
        npv = draws.loc[r["alternative"]]["npv"]
        assert math.isclose(
            float((npv > 0).mean()), r["monte_carlo"]["prob_npv_positive"], abs_tol=1e-12
        )
        assert math.isclose(float(npv.mean()), r["monte_carlo"]["npv"]["mean"], rel_tol=1e-9)
