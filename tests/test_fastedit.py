"""The quick way of a cell edit gives exactly what the general way gives.

``fastedit.set_item_value`` validates only the edited cost or effect and
computes only its alternative; ``edits.transform`` rebuilds and computes
the whole document. Hypothesis edits random fields of random items of the
example scenarios with random values (plausible ones, absurd ones, ones
that overflow the engine, other JSON types, deletions) and both ways must
agree: the same scenario, or the same refusal with the same issues in the
same order. ``calc.engine.compute_changed`` must equal ``compute``.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sroi_app.app import edits, fastedit
from sroi_app.app.evaluation import result_of
from sroi_app.app.jsonpath import get_in, set_in
from sroi_app.calc import compute
from sroi_app.calc.engine import check_changed, compute_changed
from sroi_app.domain.errors import CalculationError, ScenarioValidationError
from sroi_app.domain.models import Scenario
from sroi_app.domain.validation import scenario_from_data, scenario_to_data
from sroi_app.io.cpi import default_cpi
from tests.conftest import SCENARIOS
from tests.test_fuzz import _paths, json_values

CPI = default_cpi()
BASES = [scenario_from_data(json.loads(p.read_text()), CPI) for p in SCENARIOS]

numbers = st.one_of(
    st.floats(-1e6, 1e6, allow_nan=False),
    st.sampled_from([0, 1, -1, 0.5, 1.5, 1900, 2300, 1899, 10_000, 10_001, 1e308, -1e308, 1e200]),
    st.integers(-5, 60),
)


@st.composite
def item_edits(draw: st.DrawFn) -> tuple[Scenario, str, Any]:
    base = draw(st.integers(0, len(BASES) - 1))
    scenario = BASES[base]
    candidates = [
        (a, kind, i)
        for a, alt in enumerate(scenario.alternatives)
        for kind in ("costs", "effects")
        for i in range(len(getattr(alt, kind)))
    ]
    a, kind, i = draw(st.sampled_from(candidates))
    item = getattr(scenario.alternatives[a], kind)[i].model_dump(mode="json", exclude_none=True)
    fields = [p for p in _paths(item) if p]
    extra = draw(st.sampled_from(["id", "payer", "beneficiary", "price_year", "new_field"]))
    where = draw(st.sampled_from([*fields, (extra,), ("proxy", "price_year")]))
    field = ("amount",) if kind == "costs" else ("quantity",)
    if field[0] not in item.get("uncertainty", {}) and draw(st.integers(0, 3)) == 0:
        # A money amount far beyond what the engine can sum.
        path = f"alternatives[{a}].{kind}[{i}].{field[0]}"
        return scenario, path, draw(st.sampled_from([1e308, -1e308, 1e300, 1e200]))
    rest = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in where)
    path = f"alternatives[{a}].{kind}[{i}]{rest}"
    current = get_in(item, list(where))
    choices = [numbers, json_values, st.none()]
    if isinstance(current, int | float) and not isinstance(current, bool):
        choices.append(st.sampled_from([1e308, -1e308, 1e300, 1e154]))  # beyond the engine
    if isinstance(current, str):
        ids = [s.id for s in scenario.stakeholders] + ["niemand", ""]
        choices.append(st.sampled_from(ids))
        siblings = [x.id for x in getattr(scenario.alternatives[a], kind)]
        choices.append(st.sampled_from(siblings))
    value = draw(st.one_of(*choices))
    return scenario, path, value


def _outcome(make: Any) -> Any:
    try:
        made = make()
    except ScenarioValidationError as exc:
        return ("refused", [(i.path, i.code, i.message, dict(i.params)) for i in exc.issues])
    return ("none", None) if made is None else ("ok", scenario_to_data(made))


def _general(scenario: Scenario, path: str, value: Any) -> Any:
    return _outcome(
        lambda: edits.transform(
            scenario, lambda d: set_in(d, path, copy.deepcopy(value)), CPI, path
        )
    )


@settings(
    max_examples=600,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(item_edits(), st.booleans())
def test_the_quick_way_agrees_with_the_general_way(
    edit: tuple[Scenario, str, Any], previous_known: bool
) -> None:
    scenario, path, value = edit
    if previous_known:
        result_of(scenario, CPI)  # as in the app, which has the current scenario's result
    quick = _outcome(lambda: fastedit.set_item_value(scenario, path, copy.deepcopy(value), CPI))
    if quick[0] == "none":  # not a path it handles (or a path error): the general way answers
        return
    assert quick == _general(scenario, path, value)


def test_the_generated_edits_reach_every_outcome() -> None:
    # The agreement above means something only if the edits are accepted,
    # refused by validation and refused as not computable, all of them often.
    seen: dict[str, int] = {}

    @settings(max_examples=300, deadline=None, derandomize=True)
    @given(item_edits())
    def count(edit: tuple[Scenario, str, Any]) -> None:
        outcome = _general(*edit)
        kind = outcome[0] if outcome[0] == "ok" else outcome[1][0][1]
        kind = kind if kind in ("ok", "not_computable") else "invalid"
        seen[kind] = seen.get(kind, 0) + 1

    count()
    assert seen.get("ok", 0) >= 30 and seen.get("invalid", 0) >= 30, seen
    assert seen.get("not_computable", 0) >= 3, seen


def test_set_value_takes_the_quick_way_for_cells_only(monkeypatch: pytest.MonkeyPatch) -> None:
    scenario = BASES[0]
    calls: list[str] = []
    real = fastedit.set_item_value

    def spy(s: Scenario, path: str, value: Any, cpi: Any) -> Scenario | None:
        out = real(s, path, value, cpi)
        calls.append(f"{path}:{'quick' if out is not None else 'general'}")
        return out

    monkeypatch.setattr(fastedit, "set_item_value", spy)
    after = edits.set_value(scenario, "alternatives[1].effects[0].quantity", 55.0, CPI)
    assert after.alternatives[1].effects[0].quantity == 55.0
    assert after.alternatives[0] is scenario.alternatives[0]  # shared, not rebuilt
    assert after.settings is scenario.settings
    edits.set_value(scenario, "name", "Ander", CPI)
    edits.set_value(scenario, "alternatives[1].name", "Ander", CPI)
    assert calls == [
        "alternatives[1].effects[0].quantity:quick",
        "name:general",
        "alternatives[1].name:general",
    ]


def _same_result(a: Any, b: Any) -> None:
    assert len(a.results) == len(b.results)
    for x, y in zip(a.results, b.results, strict=True):
        _same_alternative(x, y)
    assert set(a.flows) == set(b.flows)
    for key in a.flows:
        assert np.array_equal(a.flows[key].cost_matrix, b.flows[key].cost_matrix)
        assert np.array_equal(a.flows[key].effect_matrix, b.flows[key].effect_matrix)
    assert np.array_equal(a.discount_factor, b.discount_factor)
    assert (a.scenario_name, a.reference_id, a.stakeholder_ids) == (
        b.scenario_name,
        b.reference_id,
        b.stakeholder_ids,
    )


def _same_alternative(x: Any, y: Any) -> None:
    for name in ("alternative_id", "name", "pv_costs", "pv_benefits", "npv", "sroi_ratio"):
        assert getattr(x, name) == getattr(y, name), name
    assert (x.irr, x.payback_years, dict(x.by_effect)) == (
        y.irr,
        y.payback_years,
        dict(y.by_effect),
    )
    assert np.array_equal(x.costs, y.costs) and np.array_equal(x.benefits, y.benefits)
    assert dict(x.by_stakeholder) == dict(y.by_stakeholder)


@settings(max_examples=150, deadline=None, derandomize=True)
@given(item_edits())
def test_computing_one_changed_alternative_equals_computing_all(
    edit: tuple[Scenario, str, Any],
) -> None:
    scenario, path, value = edit
    try:
        after = edits.transform(scenario, lambda d: set_in(d, path, copy.deepcopy(value)), CPI)
    except ScenarioValidationError:
        return
    changed = int(path.split("[")[1].split("]")[0])
    # Rebuilt by transform, nothing is shared: share the unchanged parts as an edit would.
    alternatives = list(scenario.alternatives)
    alternatives[changed] = after.alternatives[changed]
    after = scenario.model_copy(update={"alternatives": alternatives})
    previous = compute(scenario, CPI)
    try:
        full = compute(after, CPI)
    except CalculationError as exc:
        with pytest.raises(CalculationError) as quick:
            compute_changed(after, CPI, scenario, previous, changed)
        assert str(quick.value) == str(exc)
        with pytest.raises(CalculationError) as checked:
            check_changed(after, CPI, scenario, previous, changed)
        assert str(checked.value) == str(exc)
        return
    _same_result(compute_changed(after, CPI, scenario, previous, changed), full)
    check_changed(after, CPI, scenario, previous, changed)


def test_overflowing_cells_are_refused_the_same_way() -> None:
    scenario = BASES[0]
    result_of(scenario, CPI)
    for path, value in [
        ("alternatives[1].effects[0].quantity", 1e308),  # a year of it overflows
        ("alternatives[0].costs[0].amount", -1e308),  # the reference: every variant changes
        ("alternatives[1].costs[1].amount", 1e308),  # 15 years of it overflow the sum
    ]:
        quick = _outcome(lambda p=path, v=value: fastedit.set_item_value(scenario, p, v, CPI))
        general = _outcome(
            lambda p=path, v=value: edits.transform(scenario, lambda d: set_in(d, p, v), CPI, p)
        )
        assert quick == general
        assert quick[0] == "refused" and quick[1][0][1] == "not_computable", quick


def test_a_quick_edit_keeps_an_unknown_field_holding_null() -> None:
    # The twin of the save fix: a cell edit rebuilt the item without its null extras.
    data = json.loads(SCENARIOS[0].read_text(encoding="utf-8"))
    data["alternatives"][1]["effects"][0]["x_note"] = None
    scenario = scenario_from_data(data, CPI)
    path = "alternatives[1].effects[0].quantity"
    after = fastedit.set_item_value(scenario, path, 55.0, CPI)
    assert after is not None
    effect = scenario_to_data(after)["alternatives"][1]["effects"][0]
    assert effect["quantity"] == 55.0
    assert "x_note" in effect and effect["x_note"] is None
    general = scenario_to_data(scenario)
    general["alternatives"][1]["effects"][0]["quantity"] = 55.0
    assert after == scenario_from_data(general, CPI)
