"""The engine's quick flow matrices equal the plain formulas, to the bit (issue 17).

``calc.flows.effect_matrix`` builds the effect matrix of a scenario with a
table of decay factors and ramp-ups applied only where they are not 1;
``calc.items`` reads the items' fields in one pass per field and builds
every alternative's matrices at once. The references here are the plain
per-alternative code the engine used before: ``effect_flows`` and
``cost_flows`` on columns read with ``getattr``, and a masked sum per
stakeholder.
"""

from __future__ import annotations

import gc
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from benchmarks.synthetic import synthetic_data
from sroi_app.calc import compute
from sroi_app.calc import items as items_module
from sroi_app.calc.flows import cost_flows, effect_flows, effect_matrix
from sroi_app.calc.items import columns, flows_by_alternative
from sroi_app.calc.results import AlternativeFlows, ValuesById
from sroi_app.domain.corrections import retained, share_fields
from sroi_app.domain.cpi import CpiTable, PriceYearError
from sroi_app.domain.errors import CalculationError
from sroi_app.domain.models import Alternative, Scenario
from sroi_app.domain.validation import scenario_from_data
from sroi_app.io.cpi import default_cpi
from tests.strategies import scenarios

CPI = default_cpi()
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _identical(a: np.ndarray, b: np.ndarray) -> bool:
    """Equal to the bit: the same values, NaNs and signs of zero."""
    return (
        a.shape == b.shape
        and np.array_equal(a, b, equal_nan=True)
        and np.array_equal(np.signbit(a), np.signbit(b))
    )


@st.composite
def effect_columns(draw: st.DrawFn) -> dict[str, Any]:
    n = draw(st.integers(0, 40))
    years = draw(st.integers(1, 160))
    money = st.one_of(st.floats(-1e6, 1e7, allow_nan=False), st.sampled_from([0.0, -0.0, 1.0]))
    fraction = st.one_of(st.sampled_from([0.0, 1.0, 0.5, 1e-17]), st.floats(0, 1))
    # Short ramp-ups are applied cell by cell, long ones through a table: both drawn.
    ramp = st.one_of(st.integers(0, 6), st.integers(0, years + 30))
    whole = st.integers(0, years + 10)
    return {
        "years": years,
        "quantity": draw(arrays(float, n, elements=money)),
        "value": draw(arrays(float, n, elements=money)),
        "factor": draw(arrays(float, n, elements=st.sampled_from([1.0, 1.0625, 0.93]))),
        "shares": {f: draw(arrays(float, n, elements=fraction)) for f in share_fields()},
        "drop_off": draw(arrays(float, n, elements=fraction)),
        "first": draw(arrays(np.int64, n, elements=whole)),
        "duration": draw(arrays(np.int64, n, elements=whole)),
        "ramp": draw(arrays(np.int64, n, elements=ramp)),
    }


@SETTINGS
@given(effect_columns())
def test_the_effect_matrix_equals_effect_flows_to_the_bit(c: dict[str, Any]) -> None:
    column = {k: v[:, None] for k, v in c.items() if isinstance(v, np.ndarray)}
    plain = effect_flows(
        quantity=column["quantity"],
        proxy_value=column["value"],
        price_factor=column["factor"],
        shares={f: v[:, None] for f, v in c["shares"].items()},
        drop_off=column["drop_off"],
        first_year=column["first"],
        duration_years=column["duration"],
        ramp_up_years=column["ramp"],
        t=np.arange(c["years"]),
    )
    with np.errstate(over="ignore", invalid="ignore"):
        base = c["quantity"] * c["value"] * c["factor"] * retained(c["shares"])
    quick = effect_matrix(base, c["drop_off"], c["first"], c["duration"], c["ramp"], c["years"])
    assert _identical(quick, plain)


def _plain_flows(alternative: Alternative, scenario: Scenario, years: np.ndarray) -> dict[str, Any]:
    """The engine's former per-alternative code: ``getattr`` per field, a mask per stakeholder."""
    price_year = scenario.settings.effective_price_year
    index = {s.id: i for i, s in enumerate(scenario.stakeholders)}

    def col(values: list[Any], dtype: type = float) -> np.ndarray:
        return np.array(values, dtype=dtype).reshape(-1, 1)

    costs, effects = alternative.costs, alternative.effects
    cost_matrix = cost_flows(
        amount=col([c.amount for c in costs]),
        optimism_bias=col([c.optimism_bias for c in costs]),
        price_factor=col([CPI.factor(c.price_year, price_year) for c in costs]),
        first_year=col([c.first_year for c in costs], int),
        last_year=col([c.effective_last_year for c in costs], int),
        every_years=col([c.every_years for c in costs], int),
        t=years,
    )
    effect_matrix_ = effect_flows(
        quantity=col([e.quantity for e in effects]),
        proxy_value=col([e.proxy.value for e in effects]),
        price_factor=col([CPI.factor(e.proxy.price_year, price_year) for e in effects]),
        shares={f: col([getattr(e, f, 0.0) for e in effects]) for f in share_fields()},
        drop_off=col([e.drop_off for e in effects]),
        first_year=col([e.first_year for e in effects], int),
        duration_years=col([e.duration_years for e in effects], int),
        ramp_up_years=col([e.ramp_up_years for e in effects], int),
        t=years,
    ).reshape(len(effects), years.size)
    cost_matrix = cost_matrix.reshape(len(costs), years.size)

    def by_stakeholder(matrix: np.ndarray, owners: list[str]) -> np.ndarray:
        out = np.zeros((len(index), years.size))
        rows = np.array([index[o] for o in owners], dtype=np.int64)
        for s in np.unique(rows):
            out[s] = matrix[rows == s].sum(axis=0)
        return out

    return {
        "cost_ids": tuple(c.id for c in costs),
        "cost_payers": tuple(c.payer for c in costs),
        "cost_matrix": cost_matrix,
        "effect_ids": tuple(e.id for e in effects),
        "effect_beneficiaries": tuple(e.beneficiary for e in effects),
        "effect_matrix": effect_matrix_,
        "costs_by_stakeholder": by_stakeholder(cost_matrix, [c.payer for c in costs]),
        "benefits_by_stakeholder": by_stakeholder(effect_matrix_, [e.beneficiary for e in effects]),
    }


def _check(flows: AlternativeFlows, plain: dict[str, Any]) -> None:
    for name, expected in plain.items():
        got = getattr(flows, name)
        if isinstance(expected, np.ndarray):
            assert _identical(got, expected), name
            assert not got.flags.writeable, name
        else:
            assert got == expected, name


@SETTINGS
@given(scenarios())
def test_every_alternatives_flows_equal_the_plain_code(data: dict[str, Any]) -> None:
    scenario = scenario_from_data(data, CPI)
    years = np.arange(scenario.settings.horizon_years + 1)
    index = {s.id: i for i, s in enumerate(scenario.stakeholders)}
    price_year = scenario.settings.effective_price_year
    with np.errstate(over="ignore", invalid="ignore"):
        flows = flows_by_alternative(scenario.alternatives, CPI, price_year, years, index)
        assert list(flows) == [a.id for a in scenario.alternatives]
        for alternative in scenario.alternatives:
            _check(flows[alternative.id], _plain_flows(alternative, scenario, years))
            (alone,) = flows_by_alternative([alternative], CPI, price_year, years, index).values()
            _check(alone, _plain_flows(alternative, scenario, years))


def _one_stakeholder(*alternatives: dict[str, Any]) -> dict[str, Any]:
    """A scenario file's data: stakeholder ``s`` and ``alternatives`` over three years."""
    return {
        "schema_version": 1,
        "name": "x",
        "settings": {"start_year": 2026, "horizon_years": 3, "discount_rate": 0.03},
        "stakeholders": [{"id": "s", "name": "S"}],
        "alternatives": list(alternatives),
    }


def test_fields_are_read_as_getattr_reads_them_extras_included() -> None:
    effects = [
        {
            "id": f"e{i}",
            "beneficiary": "s",
            "quantity": float(i),
            "proxy": {"value": 2.0},
            "greenwash": 0.25 * i,
        }
        for i in range(3)
    ]
    data = scenario_from_data(_one_stakeholder({"id": "a", "effects": effects}), CPI)
    effects = data.alternatives[0].effects
    names = ("id", "quantity", "greenwash", "not_a_field", "drop_off")
    read = [c.tolist() for c in columns(effects, names)]
    assert read == [[getattr(e, n, 0.0) for e in effects] for n in names]
    assert read[2] == [0.0, 0.25, 0.5]
    assert [c.tolist() for c in columns([], names)] == [[], [], [], [], []]
    assert [c.tolist() for c in columns(effects, ("quantity",))] == [[0.0, 1.0, 2.0]]


def test_a_year_the_cpi_table_lacks_is_reported_for_the_first_item_that_has_it() -> None:
    """The factors are computed once per distinct year, in no particular order; a missing
    year is still the one the items meet first (each alternative's costs, then its
    effects), as asking item by item did."""

    def item(kind: str, i: int, year: int) -> dict[str, Any]:
        if kind == "cost":
            return {"id": f"c{i}", "payer": "s", "amount": 1.0, "price_year": year}
        proxy = {"value": 1.0, "price_year": year}
        return {"id": f"e{i}", "beneficiary": "s", "quantity": 1.0, "proxy": proxy}

    scenario = scenario_from_data(
        _one_stakeholder(
            {"id": "a", "costs": [item("cost", 0, 2020)], "effects": [item("e", 1, 2015)]},
            {"id": "b", "costs": [item("cost", 2, 2016)], "effects": [item("e", 3, 2014)]},
        ),
        CPI,
    )
    later = CpiTable({year: value for year, value in CPI.values.items() if year >= 2018})
    years = np.arange(4)
    with pytest.raises(PriceYearError) as raised:
        flows_by_alternative(scenario.alternatives, later, 2026, years, {"s": 0})
    assert raised.value.year == 2015


def test_amounts_that_overflow_only_when_summed_are_the_results_not_the_items() -> None:
    """The engine looks at the cells only when a year's total is not finite (a cell that
    is not finite makes its total not finite): two finite amounts whose sum overflows
    still pass that check, and it is the results that are too large, as before."""
    huge = {"value": 1.0}
    effects = [
        {"id": f"e{i}", "beneficiary": "s", "quantity": 1e308, "proxy": huge} for i in range(2)
    ]
    data = _one_stakeholder({"id": "ref", "reference": True}, {"id": "v", "effects": effects})
    scenario = scenario_from_data(data, CPI)
    with pytest.raises(CalculationError, match="results of 'v' are too large"):
        compute(scenario, CPI)
    effects[0]["proxy"] = {"value": 10.0}  # 1e309: now a cell itself overflows
    with pytest.raises(CalculationError, match="yearly amounts of 'v' are too large"):
        compute(scenario_from_data(data, CPI), CPI)


# --- Each alternative's inputs are read from its items once (``items._inputs``) ---------


def _result_bits(scenario: Scenario) -> list[Any]:
    """Everything ``compute`` gives, as comparable values (arrays by their bytes)."""
    result = compute(scenario, CPI)
    out: list[Any] = []
    for r in result.results:
        out += [r.alternative_id, r.pv_costs, r.pv_benefits, r.npv, r.irr_rates, r.payback_years]
        out += [
            dict(r.by_effect),
            {k: (v.pv_costs, v.pv_benefits) for k, v in r.by_stakeholder.items()},
        ]
        out += [r.costs.tobytes(), r.benefits.tobytes()]
    for f in result.flows.values():
        out += [f.cost_ids, f.cost_payers, f.effect_ids, f.effect_beneficiaries]
        out += [f.cost_matrix.tobytes(), f.effect_matrix.tobytes()]
        out += [f.costs_by_stakeholder.tobytes(), f.benefits_by_stakeholder.tobytes()]
    return out


def _counting_reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the items ``calc.items`` reads from their objects (``columns``' calls)."""
    read: list[int] = []
    original = items_module.columns

    def counting(found: Any, names: Any) -> Any:
        read.append(len(found))
        return original(found, names)

    monkeypatch.setattr(items_module, "columns", counting)
    return read


def _example() -> Scenario:
    return scenario_from_data(synthetic_data(alternatives=3, effects=6, costs=4, horizon=12), CPI)


def test_computing_the_same_alternatives_again_reads_no_item(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Another discount rate, horizon or CPI table over the same alternatives reads none of
    their items again, and gives what reading them gives."""
    scenario = _example()
    read = _counting_reads(monkeypatch)
    first = _result_bits(scenario)
    assert sum(read) == 3 * (6 + 4)
    read.clear()
    assert _result_bits(scenario) == first
    settings = scenario.settings.model_copy(update={"discount_rate": 0.055, "horizon_years": 30})
    other = scenario.model_copy(update={"settings": settings})
    again = _result_bits(other)
    assert read == []
    fresh = scenario_from_data(other.model_dump(mode="json"), CPI)
    assert again == _result_bits(fresh)  # read from new objects: the same numbers


def test_an_alternative_with_other_items_is_read_anew(monkeypatch: pytest.MonkeyPatch) -> None:
    """An edit makes a new alternative (read anew, the others not); items changed in its
    own list in place, or a share correction added, are read anew too."""
    scenario = _example()
    compute(scenario, CPI)
    read = _counting_reads(monkeypatch)
    variant = scenario.alternatives[1]
    effect = variant.effects[0].model_copy(update={"quantity": variant.effects[0].quantity * 1.1})
    edited = variant.model_copy(update={"effects": [effect, *variant.effects[1:]]})
    changed = scenario.model_copy(
        update={"alternatives": [scenario.alternatives[0], edited, scenario.alternatives[2]]}
    )
    result = _result_bits(changed)
    assert read == [4, 6]  # the edited alternative's costs and effects only
    assert result == _result_bits(scenario_from_data(changed.model_dump(mode="json"), CPI))
    assert result != _result_bits(scenario)
    # The same alternative object with its list changed in place.
    smaller = variant.effects[1].quantity * 0.9
    variant.effects[1] = variant.effects[1].model_copy(update={"quantity": smaller})
    in_place = _result_bits(scenario)
    assert in_place == _result_bits(scenario_from_data(scenario.model_dump(mode="json"), CPI))
    variant.effects.pop()
    assert _result_bits(scenario) == _result_bits(
        scenario_from_data(scenario.model_dump(mode="json"), CPI)
    )
    # An equal item is not the same item: -0.0 == 0.0, but its flows are negative zeros.
    variant.effects[0] = variant.effects[0].model_copy(update={"quantity": 0.0})
    compute(scenario, CPI)
    variant.effects[0] = variant.effects[0].model_copy(update={"quantity": -0.0})
    negative = compute(scenario, CPI).flows[variant.id].effect_matrix[0]
    assert np.signbit(negative[negative == 0]).any()


def test_a_share_correction_added_reads_the_items_again(monkeypatch: pytest.MonkeyPatch) -> None:
    scenario = _example()
    before = compute(scenario, CPI)
    fields = (*share_fields(), "greenwash")
    monkeypatch.setattr(items_module, "share_fields", lambda: fields)
    # The items have no such field: it reads as 0.0, a share that keeps everything.
    after = compute(scenario, CPI)
    assert [r.npv for r in after.results] == [r.npv for r in before.results]
    assert items_module._READ[id(scenario.alternatives[0])][1].shares == fields


def test_a_discarded_alternatives_inputs_are_let_go() -> None:
    def count() -> int:
        gc.collect()
        return len(items_module._READ)

    start = count()
    scenario = _example()
    compute(scenario, CPI)
    assert count() == start + 3
    del scenario
    assert count() == start


@SETTINGS
@given(scenarios(), st.data())
def test_compute_again_after_an_edit_equals_compute_of_new_objects(
    data: dict[str, Any], draw: st.DataObject
) -> None:
    """Random scenarios, computed, then one alternative replaced by an edited copy (a new
    quantity for one of its effects): the same numbers as a scenario built anew."""
    scenario = scenario_from_data(data, CPI)
    with np.errstate(over="ignore", invalid="ignore"):
        try:
            compute(scenario, CPI)
        except CalculationError:
            return
        a = draw.draw(st.integers(0, len(scenario.alternatives) - 1))
        alternative = scenario.alternatives[a]
        if not alternative.effects:
            return
        e = draw.draw(st.integers(0, len(alternative.effects) - 1))
        quantity = draw.draw(st.floats(0, 1e6))
        if "quantity" in alternative.effects[e].uncertainty:  # the new value must lie in its range
            quantity = alternative.effects[e].quantity
        effects = list(alternative.effects)
        effects[e] = effects[e].model_copy(update={"quantity": quantity})
        alternatives = list(scenario.alternatives)
        alternatives[a] = alternative.model_copy(update={"effects": effects})
        edited = scenario.model_copy(update={"alternatives": alternatives})
        fresh = scenario_from_data(edited.model_dump(mode="json"), CPI)
        try:
            expected = _result_bits(fresh)
        except CalculationError:
            return
        assert _result_bits(edited) == expected


def test_the_values_by_effect_read_as_a_read_only_mapping() -> None:
    values = ValuesById(("a", "b"), np.array([1.5, -0.0]))
    assert values == {"a": 1.5, "b": -0.0} and dict(values) == {"a": 1.5, "b": -0.0}
    assert list(values) == ["a", "b"] and len(values) == 2 and values["b"] == 0.0
    assert type(values["a"]) is float and "c" not in values and values.get("c") is None
    assert repr(values) == "ValuesById({'a': 1.5, 'b': -0.0})"
    with pytest.raises(TypeError):
        values["a"] = 2.0  # type: ignore[index]
    with pytest.raises(ValueError):  # ids and values of different lengths
        dict(ValuesById(("a",), np.array([1.0, 2.0])))
