"""Monitoring (contract section 11): measurements and actuals, the re-forecast, the JSON."""

from __future__ import annotations

import copy
import io
import json
import math
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sroi_app.calc import compute
from sroi_app.calc.monitoring import monitor
from sroi_app.cli import main
from sroi_app.domain.errors import ScenarioValidationError
from sroi_app.domain.validation import scenario_from_data, scenario_to_data
from sroi_app.io.cpi import default_cpi
from sroi_app.io.scenario_file import load_scenario, save_scenario
from tests.conftest import SCENARIOS, spec_example
from tests.reference_impl import compute_reference
from tests.strategies import scenarios

CPI = default_cpi()


def _json(data: dict[str, Any], tmp_path: Path) -> dict[str, Any]:
    path = tmp_path / "m.sroi.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    out = io.StringIO()
    assert main(["compute", str(path), "--json"], out) == 0
    return json.loads(out.getvalue())


def _handworked() -> dict[str, Any]:
    """One variant, no reference, rate 10%, price year = start year, no CPI effects."""
    return {
        "schema_version": 1,
        "name": "Monitoring by hand",
        "settings": {"start_year": 2026, "horizon_years": 4, "discount_rate": 0.1},
        "stakeholders": [{"id": "g", "name": "Gemeente"}],
        "alternatives": [
            {
                "id": "v",
                "name": "Variant",
                "costs": [
                    {
                        "id": "bouw",
                        "payer": "g",
                        "amount": 1000,
                        "first_year": 0,
                        "last_year": 4,
                        "optimism_bias": 0.2,
                        "actuals": [{"year": 2027, "amount": 1500, "note": "overschrijding"}],
                    }
                ],
                "effects": [
                    {
                        "id": "e",
                        "beneficiary": "g",
                        "quantity": 10,
                        "proxy": {"value": 100, "source": "test"},
                        "first_year": 1,
                        "duration_years": 3,
                        "deadweight": 0.5,
                        "drop_off": 0.1,
                        "ramp_up_years": 2,
                        "measurements": [
                            {"year": 2028, "quantity": 4, "source": "GGD-monitor"},
                            {"year": 2030, "quantity": 8, "source": "telling"},
                        ],
                    }
                ],
            }
        ],
    }


def test_the_reforecast_by_hand(tmp_path: Path) -> None:
    out = _json(_handworked(), tmp_path)["results"][0]
    df = [1.1**-t for t in range(5)]
    # Forecast effect: 10 * 100 * 0.5 = 500 a year in t = 1..3, ramp-up 2 years, drop-off 10%.
    forecast_effect = [0, 500 * 0.5, 500 * 0.9, 500 * 0.81, 0]
    # Measured: t = 2 (2028) 4 units -> 4 * 100 * 0.5 = 200; t = 4 (2030) 8 units -> 400,
    # outside the forecast window, counted all the same; no drop-off, no ramp-up.
    realised_effect = [0, 250, 200, 405, 400]
    forecast_cost = [1200.0] * 5
    realised_cost = [1200, 1500, 1200, 1200, 1200]  # the actual replaces the whole flow
    pv = lambda flow: sum(d * x for d, x in zip(df, flow, strict=True))  # noqa: E731
    assert out["npv"] == pytest.approx(pv(forecast_effect) - pv(forecast_cost), rel=1e-12)
    reforecast = out["reforecast"]
    assert reforecast["pv_costs"] == pytest.approx(pv(realised_cost), rel=1e-12)
    assert reforecast["pv_benefits"] == pytest.approx(pv(realised_effect), rel=1e-12)
    assert reforecast["npv"] == pytest.approx(pv(realised_effect) - pv(realised_cost), rel=1e-12)
    assert reforecast["sroi_ratio"] == pytest.approx(pv(realised_effect) / pv(realised_cost))
    effect = out["monitoring"]["by_effect"]["e"]
    assert effect["years"] == [2028, 2030]
    assert effect["forecast_pv"] == pytest.approx(df[2] * 450 + df[4] * 0, rel=1e-12)
    assert effect["realised_pv"] == pytest.approx(df[2] * 200 + df[4] * 400, rel=1e-12)
    cost = out["monitoring"]["by_cost"]["bouw"]
    assert cost == {
        "years": [2027],
        "forecast_pv": pytest.approx(df[1] * 1200, rel=1e-12),
        "actual_pv": pytest.approx(df[1] * 1500, rel=1e-12),
    }


def test_an_actual_in_another_price_year_is_indexed(tmp_path: Path) -> None:
    data = _handworked()
    data["settings"]["price_year"] = 2024
    data["alternatives"][0]["costs"][0]["actuals"][0]["price_year"] = 2020
    out = _json(data, tmp_path)["results"][0]
    factor = CPI.factor(2020, 2024)
    assert factor != 1
    assert out["monitoring"]["by_cost"]["bouw"]["actual_pv"] == pytest.approx(
        1.1**-1 * 1500 * factor, rel=1e-12
    )


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.name)
def test_without_measurements_the_reforecast_is_the_forecast_exactly(path: Path) -> None:
    scenario = load_scenario(path)
    if "evaluatie" in path.name:
        raw = json.loads(path.read_text(encoding="utf-8"))
        for alt in raw["alternatives"]:
            for item in alt["costs"] + alt["effects"]:
                item.pop("measurements", None)
                item.pop("actuals", None)
        scenario = scenario_from_data(raw, CPI)
    result = compute(scenario, CPI)
    for r, m in zip(result.results, monitor(scenario, CPI, result), strict=True):
        assert (m.reforecast.pv_costs, m.reforecast.pv_benefits) == (r.pv_costs, r.pv_benefits)
        assert (m.reforecast.npv, m.reforecast.sroi_ratio) == (r.npv, r.sroi_ratio)
        assert not m.by_effect and not m.by_cost


def test_files_without_monitoring_are_saved_as_they_were(tmp_path: Path) -> None:
    scenario = scenario_from_data(spec_example(), CPI)
    text = json.dumps(scenario_to_data(scenario))
    assert "measurements" not in text and "actuals" not in text
    data = _handworked()
    path = tmp_path / "m.sroi.json"
    save_scenario(scenario_from_data(data, CPI), path)
    again = json.loads(path.read_text(encoding="utf-8"))
    assert again["alternatives"][0]["effects"][0]["measurements"][1]["source"] == "telling"
    assert again["alternatives"][0]["costs"][0]["actuals"][0]["note"] == "overschrijding"


@pytest.mark.parametrize(
    ("change", "where", "code"),
    [
        (
            lambda d: d["alternatives"][0]["effects"][0]["measurements"].append(
                {"year": 2028, "quantity": 1}
            ),
            "measurements[2].year",
            "duplicate_year",
        ),
        (
            lambda d: d["alternatives"][0]["effects"][0]["measurements"].append(
                {"year": 2031, "quantity": 1}
            ),
            "measurements[2].year",
            "year_outside_horizon",
        ),
        (
            lambda d: d["alternatives"][0]["costs"][0]["actuals"].append(
                {"year": 2025, "amount": 1}
            ),
            "actuals[1].year",
            "year_outside_horizon",
        ),
        (
            lambda d: d["alternatives"][0]["costs"][0]["actuals"][0].update(price_year=1800),
            "actuals[0].price_year",
            "calendar_year",
        ),
        (
            lambda d: d["alternatives"][0]["effects"][0]["measurements"][0].pop("quantity"),
            "measurements[0].quantity",
            "required",
        ),
    ],
    ids=["duplicate", "after-horizon", "before-start", "price-year", "no-quantity"],
)
def test_bad_measurements_and_actuals_are_refused(change: Any, where: str, code: str) -> None:
    data = _handworked()
    change(data)
    with pytest.raises(ScenarioValidationError) as caught:
        scenario_from_data(data, CPI)
    assert [(i.path.split("].", 2)[-1], i.code) for i in caught.value.issues] == [(where, code)]


def _loop_reference(data: dict[str, Any]) -> list[dict[str, float]]:
    """Section 11 the plain way: the reference implementation on a file whose measured
    years are rewritten as one-year items (effects) or replaced occurrences (costs)."""
    plain = copy.deepcopy(data)
    start = plain["settings"]["start_year"]
    horizon = plain["settings"]["horizon_years"]
    for alt in plain["alternatives"]:
        new_effects = []
        for effect in alt["effects"]:
            measured = {m["year"] - start: m["quantity"] for m in effect.pop("measurements", [])}
            first = effect.get("first_year", 1)
            duration = effect.get("duration_years", 1)
            # The forecast without the measured years: one item per remaining year.
            for t in range(first, min(first + duration - 1, horizon) + 1):
                if t in measured:
                    continue
                one = copy.deepcopy(effect)
                one.pop("uncertainty", None)
                one.pop("quantity_derivation", None)
                ramp = effect.get("ramp_up_years", 0)
                rampt = 1.0 if ramp == 0 else min(1.0, (t - first + 1) / ramp)
                one.update(
                    id=f"{effect['id']}@{t}",
                    first_year=t,
                    duration_years=1,
                    drop_off=0.0,
                    ramp_up_years=0,
                    quantity=effect["quantity"]
                    * (1 - effect.get("drop_off", 0.0)) ** (t - first)
                    * rampt,
                )
                new_effects.append(one)
            for t, q in measured.items():
                one = copy.deepcopy(effect)
                one.pop("uncertainty", None)
                one.pop("quantity_derivation", None)
                one.update(
                    id=f"{effect['id']}#{t}",
                    first_year=t,
                    duration_years=1,
                    drop_off=0.0,
                    ramp_up_years=0,
                    quantity=q,
                )
                new_effects.append(one)
        alt["effects"] = new_effects
        new_costs = []
        for cost in alt["costs"]:
            actual = {a["year"] - start: a for a in cost.pop("actuals", [])}
            every = cost.get("every_years", 1)
            first = cost.get("first_year", 0)
            last = cost.get("last_year", first)
            for t in range(first, min(last, horizon) + 1, every):
                if t in actual:
                    continue
                one = copy.deepcopy(cost)
                one.pop("uncertainty", None)
                one.update(id=f"{cost['id']}@{t}", first_year=t, last_year=t, every_years=1)
                new_costs.append(one)
            for t, a in actual.items():
                price = a.get("price_year", cost.get("price_year"))
                one = {
                    "id": f"{cost['id']}#{t}",
                    "payer": cost["payer"],
                    "amount": a["amount"],
                    "first_year": t,
                }
                if price is not None:
                    one["price_year"] = price
                new_costs.append(one)
        alt["costs"] = new_costs
    return compute_reference(plain, dict(CPI.values))["results"]


@st.composite
def monitored(draw: st.DrawFn) -> dict[str, Any]:
    data = draw(scenarios(max_horizon=12))
    start = data["settings"]["start_year"]
    horizon = data["settings"]["horizon_years"]
    years = st.integers(start, start + horizon)
    for alt in data["alternatives"]:
        for effect in alt["effects"]:
            if draw(st.booleans()):
                chosen = draw(st.lists(years, unique=True, max_size=4))
                effect["measurements"] = [
                    {"year": y, "quantity": draw(st.floats(0, 1e4, allow_nan=False))}
                    for y in chosen
                ]
        for cost in alt["costs"]:
            if draw(st.booleans()):
                chosen = draw(st.lists(years, unique=True, max_size=3))
                cost["actuals"] = [
                    {"year": y, "amount": draw(st.floats(0, 1e6, allow_nan=False))} for y in chosen
                ]
    return data


@settings(max_examples=60, deadline=None)
@given(monitored())
def test_the_reforecast_agrees_with_an_independent_loop(data: dict[str, Any]) -> None:
    scenario = scenario_from_data(data, CPI)
    result = compute(scenario, CPI)
    expected = _loop_reference(data)
    for m, e in zip(monitor(scenario, CPI, result), expected, strict=True):
        scale = 1.0 + abs(e["pv_costs"]) + abs(e["pv_benefits"])
        assert m.reforecast.pv_costs == pytest.approx(e["pv_costs"], abs=1e-9 * scale)
        assert m.reforecast.pv_benefits == pytest.approx(e["pv_benefits"], abs=1e-9 * scale)
        assert math.isclose(m.reforecast.npv, e["npv"], abs_tol=1e-9 * scale)


def test_the_table_shows_the_reforecast_when_something_was_measured(tmp_path: Path) -> None:
    path = tmp_path / "m.sroi.json"
    path.write_text(json.dumps(_handworked()), encoding="utf-8")
    out = io.StringIO()
    assert main(["compute", str(path), "--lang", "nl"], out) == 0
    assert "NCW herprognose (gemeten)" in out.getvalue()
    plain = io.StringIO()
    assert main(["compute", str(SCENARIOS[0]), "--lang", "nl"], plain) == 0
    assert "herprognose" not in plain.getvalue()


def test_the_report_has_a_monitoring_part_only_when_something_was_measured(
    tmp_path: Path,
) -> None:
    from sroi_app.domain.formatting import format_money
    from sroi_app.exports.report import export_report

    evaluated = next(p for p in SCENARIOS if "evaluatie" in p.name)
    scenario = load_scenario(evaluated)
    path = tmp_path / "raad.html"
    export_report(scenario, path, "nl")
    html = path.read_text(encoding="utf-8").replace("\u00a0", " ")
    reforecast = monitor(scenario, CPI, compute(scenario, CPI))[0].reforecast.npv
    assert "Monitoring: prognose en meting" in html
    assert f"met de metingen NCW {format_money(reforecast, 'nl')}" in html
    plain = tmp_path / "plain.html"
    export_report(load_scenario(SCENARIOS[0]), plain, "nl")
    assert "Monitoring: prognose" not in plain.read_text(encoding="utf-8")


@pytest.mark.libreoffice
def test_the_realisatie_sheet_recalculates_to_the_engine_and_comes_back(tmp_path: Path) -> None:
    """Issue 13: NPV_REFORECAST_i after LibreOffice's recalculation equals the engine, and an
    edited measurement comes back through ``sroi-app import``."""
    from openpyxl import load_workbook

    from sroi_app.exports.excel import export_workbook
    from tests.libreoffice import cell, load_values, recalculate

    cases = [scenario_from_data(_handworked(), CPI)]
    cases.append(load_scenario(next(p for p in SCENARIOS if "evaluatie" in p.name)))
    paths, maps = [], []
    for n, scenario in enumerate(cases):
        path = tmp_path / f"m{n}.xlsx"
        maps.append(export_workbook(scenario, path, "nl" if n else "en"))
        paths.append(path)
    for scenario, mapping, recalculated in zip(
        cases, maps, recalculate(paths, tmp_path / "lo", tmp_path / "profile"), strict=True
    ):
        values = load_values(recalculated)
        result = compute(scenario, CPI)
        for n, m in enumerate(monitor(scenario, CPI, result), start=1):
            assert cell(values, mapping.names[f"NPV_REFORECAST_{n}"]) == pytest.approx(
                m.reforecast.npv, rel=1e-9, abs=1e-6
            )
    # An edited measurement comes back as a measurement.
    book = load_workbook(paths[0])
    sheet, coordinate = (
        maps[0].inputs["alternatives[0].effects[0].measurements[0].quantity"].rsplit("!", 1)
    )
    book[sheet.strip("'")][coordinate.replace("$", "")].value = 6.0
    book.save(paths[0])
    out = tmp_path / "terug.sroi.json"
    assert main(["import", str(paths[0]), "-o", str(out)], io.StringIO()) == 0
    assert load_scenario(out).alternatives[0].effects[0].measurements[0].quantity == 6.0
