"""One-way sensitivity: parameters by path, tornado and switching values (contract section 9)."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pytest

from sroi_app.calc import compute
from sroi_app.calc.parameters import bounded, uncertain_parameters, with_parameter
from sroi_app.calc.sensitivity import AlternativeSensitivity, one_way
from sroi_app.domain.models import Scenario
from sroi_app.domain.validation import scenario_from_data
from sroi_app.io.scenario_file import load_scenario
from tests.sensitivity_cases import (
    CPI,
    EXAMPLE_WITH_RANGES,
    everything_data,
    hand_data,
    npv_at,
    pv_scale,
)


def hand() -> Scenario:
    return scenario_from_data(hand_data(), CPI)


def by_id(results: tuple[AlternativeSensitivity, ...], alt: str) -> AlternativeSensitivity:
    return next(r for r in results if r.alternative_id == alt)


def test_parameters_are_named_by_json_path_in_a_fixed_order() -> None:
    paths = [(p.path, p.central) for p in uncertain_parameters(hand())]
    assert paths == [
        ("settings.discount_rate", 0.0),
        ("alternatives[0].costs[0].amount", 100.0),
        ("alternatives[1].costs[0].amount", 4100.0),
        ("alternatives[1].costs[0].optimism_bias", 0.0),
        ("alternatives[1].costs[0].first_year", 0.0),
        ("alternatives[1].effects[0].quantity", 10.0),
        ("alternatives[1].effects[0].proxy.value", 150.0),
        ("alternatives[1].effects[0].deadweight", 0.0),
        ("alternatives[1].effects[0].drop_off", 0.0),
        ("alternatives[1].effects[0].duration_years", 3.0),
        ("alternatives[1].effects[0].first_year", 1.0),
        ("alternatives[2].costs[0].amount", 1000.0),
    ]


def test_bounded_values_clip_fractions_and_round_years() -> None:
    assert list(bounded("deadweight", [-0.2, 0.3, 1.7])) == [0.0, 0.3, 1.0]
    assert list(bounded("drop_off", [-0.01, 1.01])) == [0.0, 1.0]
    # Optimism bias reaches 200% in the Green Book: only kept at 0 or more.
    assert list(bounded("optimism_bias", [-0.1, 1.5])) == [0.0, 1.5]
    # Whole years, half to even (numpy's rint), never below 0.
    assert list(bounded("duration_years", [2.4, 2.5, 3.5, 3.6, -1.2])) == [2, 2, 4, 4, 0]
    assert list(bounded("first_year", [-0.4, 0.6])) == [0.0, 1.0]
    assert list(bounded("quantity", [-5.0, 3.3])) == [-5.0, 3.3]


def test_with_parameter_changes_one_number_and_keeps_the_rest() -> None:
    scenario = hand()
    changed = with_parameter(scenario, "alternatives[1].effects[0].proxy.value", 99.5)
    assert changed.alternatives[1].effects[0].proxy.value == 99.5
    assert changed.alternatives[1].effects[0].quantity == 10
    assert scenario.alternatives[1].effects[0].proxy.value == 150  # the original is untouched
    # Not validated on purpose: a switching value may be a deadweight above 1.
    assert with_parameter(scenario, "alternatives[1].effects[0].deadweight", 1.4).alternatives[
        1
    ].effects[0].deadweight == pytest.approx(1.4)
    assert with_parameter(scenario, "settings.discount_rate", 0.04).settings.discount_rate == 0.04
    with pytest.raises(ValueError, match="whole years"):
        with_parameter(scenario, "alternatives[1].effects[0].first_year", 2.5)
    with pytest.raises(ValueError, match="not a parameter path"):
        with_parameter(scenario, "alternatives[1].effects[0].unit", 1)


def test_tornado_by_hand_sorted_by_swing_with_stable_ties() -> None:
    a = by_id(one_way(hand(), CPI), "a")
    assert a.npv == 500  # 3 x 1,500 - (4,100 - 100)
    rows = [(e.path.split(".", 1)[1], e.npv_low, e.npv_high) for e in a.tornado]
    dr = -4000 + 1500 * (1 / 1.1 + 1 / 1.1**2 + 1 / 1.1**3)  # rate 10%: -269.72
    expected = [
        ("effects[0].quantity", 5 * 150 * 3 - 4000, 20 * 150 * 3 - 4000),  # swing 6,750
        # proxy value and duration tie at 3,000: the parameter order decides.
        ("effects[0].proxy.value", 10 * 100 * 3 - 4000, 10 * 200 * 3 - 4000),
        ("effects[0].duration_years", 2 * 1500 - 4000, 4 * 1500 - 4000),
        ("costs[0].optimism_bias", 500, 4500 - 4100 * 1.5 + 100),  # swing 2,050
        ("effects[0].first_year", 500, 2 * 1500 - 4000),  # years 3-4 only: 1,500
        ("costs[0].amount", 4500 - 3600 + 100, 4500 - 5000 + 100),  # 1,400
        ("effects[0].deadweight", 500, 4500 * 0.7 - 4000),  # 1,350
        ("effects[0].drop_off", 500, 1500 * (1 + 0.8 + 0.8**2) - 4000),  # 840
        ("discount_rate", 500, dr),  # 769.72
        ("costs[0].amount", 4500 - 4100 + 0, 4500 - 4100 + 400),  # the reference's: 400
        # No discounting: moving the one-off investment changes nothing; variant b's
        # cost cannot move variant a at all.
        ("costs[0].first_year", 500, 500),
        ("costs[0].amount", 500, 500),
    ]
    assert [r[0] for r in rows] == [e[0] for e in expected]
    for (_, low, high), (_, want_low, want_high) in zip(rows, expected, strict=True):
        assert low == pytest.approx(want_low, abs=1e-9)
        assert high == pytest.approx(want_high, abs=1e-9)
    assert a.tornado[-1].path == "alternatives[2].costs[0].amount"
    assert not a.tornado[-1].affects
    assert a.tornado[-2].affects


def test_switching_values_by_hand() -> None:
    results = one_way(hand(), CPI)
    a = {
        s.path.replace("alternatives[1].", ""): s.value
        for s in by_id(results, "a").switching_values
    }
    # NPV = 4,500 - 4,100 + reference cost x: zero at x = -400 (implausible, still the answer).
    assert a["alternatives[0].costs[0].amount"] == pytest.approx(-400)
    assert a["costs[0].amount"] == pytest.approx(4600)  # 4,500 - x + 100 = 0
    assert a["costs[0].optimism_bias"] == pytest.approx(500 / 4100)  # 4,100 (1 + ob) = 4,600
    assert a["effects[0].quantity"] == pytest.approx(4000 / 450)  # 450 q = 4,000
    assert a["effects[0].proxy.value"] == pytest.approx(4000 / 30)  # 30 v = 4,000
    assert a["effects[0].deadweight"] == pytest.approx(1 / 9)  # 4,500 (1 - dw) = 4,000
    # 1,500 (1 + z + z^2) = 4,000 with z = 1 - drop_off: z = (-1 + sqrt(1 + 4 * 5/3)) / 2.
    # (The other root, z = (-1 - sqrt(23/3)) / 2, a drop-off of 288%, is not searched:
    # there is a value of at most 100%.)
    assert a["effects[0].drop_off"] == pytest.approx(1 - (-1 + math.sqrt(23 / 3)) / 2)
    # Whole years: first year 2 gives 500, 3 gives 3,000 - 4,000 = -1,000: 2 + 500 / 1,500.
    assert a["effects[0].first_year"] == pytest.approx(2 + 1 / 3)
    # Duration 2 gives -1,000, 3 gives 500: 2 + (-1,000) / (-1,000 - 500).
    assert a["effects[0].duration_years"] == pytest.approx(2 + 2 / 3)
    # Undiscounted, the investment's year never matters (until it leaves the horizon,
    # after which the NPV is 4,600 > 0): no crossing.
    assert a["costs[0].first_year"] is None
    # The discount rate: -4,000 + 1,500 sum_t (1 + r)^-t = 0.
    r = a["settings.discount_rate"]
    assert r is not None and 0 < r < 0.1
    assert -4000 + 1500 * sum((1 + r) ** -t for t in (1, 2, 3)) == pytest.approx(0, abs=1e-8)
    # Variant b's cost cannot move variant a.
    assert a["alternatives[2].costs[0].amount"] is None
    b = {s.path: s.value for s in by_id(results, "b").switching_values}
    assert b["alternatives[0].costs[0].amount"] == pytest.approx(1000)  # -(1,000 - x) = 0
    assert b["alternatives[2].costs[0].amount"] == pytest.approx(100)  # -(x - 100) = 0
    assert b["alternatives[1].effects[0].quantity"] is None
    # b has flows in year 0 only: the discount rate cannot move it.
    assert b["settings.discount_rate"] is None


def test_switching_value_distance_and_range() -> None:
    a = by_id(one_way(hand(), CPI), "a")
    quantity = a.switching_value("alternatives[1].effects[0].quantity")
    assert quantity.distance == pytest.approx((4000 / 450 - 10) / 10)
    assert quantity.within_range  # 8.9 lies in 5-20
    bias = a.switching_value("alternatives[1].costs[0].optimism_bias")
    assert bias.distance is None  # central value 0


def test_drop_off_above_100_percent_only_when_no_value_below() -> None:
    # Cost 4,000 against 5,000 a year for 3 years: with z = 1 - drop_off the NPV is
    # -4,000 + 5,000 (1 + z + z^2), at least 1,000 for every z >= 0. It is zero at
    # z = (-5,000 +- sqrt(5,000^2 - 4 * 5,000 * 1,000)) / 10,000 = -0.27639 or -0.72361:
    # drop-offs of 127.6% and 172.4%; the first is closer to the central 0.
    data = hand_data()
    data["settings"]["uncertainty"] = {}
    data["alternatives"][0]["costs"] = []
    data["alternatives"][1]["costs"] = [{"id": "c", "payer": "g", "amount": 4000, "first_year": 0}]
    effect = data["alternatives"][1]["effects"][0]
    effect["proxy"]["value"] = 500
    effect["uncertainty"] = {"drop_off": {"low": 0, "high": 0.2}}
    (a, _b) = one_way(scenario_from_data(data, CPI), CPI)
    value = a.switching_value("alternatives[1].effects[0].drop_off").value
    assert value == pytest.approx(1 - (-5000 + math.sqrt(5000**2 - 4 * 5000 * 1000)) / 10000)


def _discount_case(rate: float) -> Scenario:
    # Net flows -1,000, +2,300, -1,320 have NPV zero at 10% and at 20%:
    # (1.1)(1.2) = 1.32 and 1.1 + 1.2 = 2.3.
    data: dict[str, Any] = {
        "schema_version": 1,
        "name": "Two IRRs",
        "settings": {
            "start_year": 2026,
            "horizon_years": 2,
            "discount_rate": rate,
            "uncertainty": {"discount_rate": {"low": 0.0, "high": 0.3, "distribution": "uniform"}},
        },
        "stakeholders": [{"id": "g"}],
        "alternatives": [
            {
                "id": "a",
                "costs": [
                    {"id": "c0", "payer": "g", "amount": 1000, "first_year": 0},
                    {"id": "c2", "payer": "g", "amount": 1320, "first_year": 2},
                ],
                "effects": [
                    {"id": "e", "beneficiary": "g", "quantity": 1, "proxy": {"value": 2300}}
                ],
            }
        ],
    }
    return scenario_from_data(data, CPI)


@pytest.mark.parametrize(("central", "expected"), [(0.12, 0.10), (0.19, 0.20), (0.02, 0.10)])
def test_discount_rate_switching_value_is_the_crossing_closest_to_the_central_rate(
    central: float, expected: float
) -> None:
    (a,) = one_way(_discount_case(central), CPI)
    value = a.switching_value("settings.discount_rate").value
    assert value == pytest.approx(expected, abs=1e-12)


def test_whole_year_switching_value_at_an_exact_zero_is_that_year() -> None:
    # Effect of 1,000 a year from year 1 for 3 years against a cost of 2,000:
    # duration 2 gives exactly 0.
    data = hand_data()
    data["settings"]["uncertainty"] = {}
    data["alternatives"][0]["costs"] = []
    data["alternatives"][1]["costs"] = [{"id": "c", "payer": "g", "amount": 2000, "first_year": 0}]
    effect = data["alternatives"][1]["effects"][0]
    effect["proxy"]["value"] = 100
    effect["uncertainty"] = {"duration_years": {"low": 1, "high": 4}}
    (a, _b) = one_way(scenario_from_data(data, CPI), CPI)
    assert a.npv == 1000
    assert a.switching_value("alternatives[1].effects[0].duration_years").value == 2.0


def test_no_ranges_gives_empty_tornado() -> None:
    data = hand_data()
    data["settings"]["uncertainty"] = {}
    for alternative in data["alternatives"]:
        for item in alternative.get("costs", []) + alternative.get("effects", []):
            item.pop("uncertainty", None)
    results = one_way(scenario_from_data(data, CPI), CPI)
    assert [r.tornado for r in results] == [(), ()]
    assert [r.npv for r in results] == [500, -900]


SCENARIOS_WITH_RANGES = {
    "hand": lambda: scenario_from_data(hand_data(), CPI),
    "example": lambda: load_scenario(EXAMPLE_WITH_RANGES),
    "everything": lambda: scenario_from_data(everything_data(), CPI),
    "everything_schedule": lambda: scenario_from_data(everything_data(schedule=True), CPI),
}


@pytest.mark.parametrize("name", SCENARIOS_WITH_RANGES)
def test_tornado_npvs_equal_the_engine_with_the_parameter_at_low_and_high(name: str) -> None:
    scenario = SCENARIOS_WITH_RANGES[name]()
    results = one_way(scenario, CPI)
    assert results
    for alternative in results:
        scale = pv_scale(scenario, alternative.alternative_id)
        assert len(alternative.tornado) == len(uncertain_parameters(scenario))
        for entry in alternative.tornado:
            field = entry.parameter.field
            for end, npv in ((entry.low, entry.npv_low), (entry.high, entry.npv_high)):
                changed = with_parameter(scenario, entry.path, float(bounded(field, end)))
                engine = compute(changed, CPI).result(alternative.alternative_id).npv
                assert abs(npv - engine) <= 1e-9 * scale, (entry.path, end)
        swings = [e.swing for e in alternative.tornado]
        assert swings == sorted(swings, reverse=True)


def test_every_switching_value_put_back_gives_npv_zero() -> None:
    found: set[str] = set()
    for make in SCENARIOS_WITH_RANGES.values():
        scenario = make()
        for alternative in one_way(scenario, CPI):
            for s in alternative.switching_values:
                if s.value is None:
                    continue
                npv, scale = npv_at(scenario, s.path, s.value, alternative.alternative_id)
                assert abs(npv) <= 1e-6 * scale, (alternative.alternative_id, s.path, s.value)
                field = s.parameter.field
                found.add(f"cost.{field}" if s.parameter.kind == "cost" else field)
    # Every kind of parameter had a switching value to put back.
    assert found == {
        "discount_rate",
        "cost.amount",
        "cost.optimism_bias",
        "cost.first_year",
        "quantity",
        "proxy.value",
        "deadweight",
        "displacement",
        "attribution",
        "drop_off",
        "duration_years",
        "first_year",
    }, found


def test_switching_values_of_the_example_within_reach() -> None:
    # The first variant of the example is close to break-even: its switching values
    # lie close to the central values, and the NPV changes sign inside some ranges.
    scenario = load_scenario(EXAMPLE_WITH_RANGES)
    first = one_way(scenario, CPI)[0]
    inside = [s for s in first.switching_values if s.within_range]
    assert inside
    for s in inside:
        assert s.value is not None
        entry = next(e for e in first.tornado if e.path == s.path)
        assert np.sign(entry.npv_low) != np.sign(entry.npv_high)


def test_tornado_alone_without_switching_values() -> None:
    full = one_way(hand(), CPI)
    quick = one_way(hand(), CPI, switching=False)
    assert [a.tornado for a in quick] == [a.tornado for a in full]
    assert [a.switching_values for a in quick] == [(), ()]


def test_positive_crossings_ignore_a_factor_x_when_year_0_is_empty() -> None:
    from sroi_app.calc.roots import positive_crossings

    # Net flow (0, 100, -110): with y = 1/(1+r), 100 y - 110 y^2 = y (100 - 110 y) = 0
    # at y = 0 (r infinite, not a crossing) and y = 100/110, i.e. r = 10%.
    roots = positive_crossings(np.array([0.0, 100.0, -110.0]))
    assert roots == [pytest.approx(100 / 110)]
    assert positive_crossings(np.array([0.0, 0.0, 1.0, -1.0])) == [pytest.approx(1.0)]


def test_the_tornado_is_computed_a_chunk_of_parameters_at_a_time_with_the_same_numbers() -> None:
    """Memory stays linear in the number of ranges (issue 18, 6): chunks give the same NPVs."""
    from sroi_app.calc.batch import BatchEvaluator
    from sroi_app.calc.sensitivity import _sign, _tornado_npvs
    from sroi_app.io.cpi import default_cpi
    from tests.conftest import SCENARIOS

    scenario = max(
        (load_scenario(p) for p in SCENARIOS), key=lambda s: len(uncertain_parameters(s))
    )
    params = uncertain_parameters(scenario)
    assert len(params) >= 5
    evaluator = BatchEvaluator(scenario, default_cpi(), params)
    central = evaluator.central_values()
    whole = np.tile(central, (2 * len(params), 1))
    for p, parameter in enumerate(params):
        whole[2 * p, p] = bounded(parameter.field, parameter.low)
        whole[2 * p + 1, p] = bounded(parameter.field, parameter.high)
    expected = evaluator.evaluate(whole).npv
    evaluator.rows_per_chunk = 4  # two parameters per chunk
    chunked = _tornado_npvs(evaluator, params, central, expected.shape[1])
    # Each entry a range can move is evaluated; the others (another variant's items) may
    # be left out, NaN, and are never read (issue 17).
    moved = np.array(
        [
            [p.kind == "settings" or _sign(p, evaluator, v) != 0 for v in range(expected.shape[1])]
            for p in params
        ]
    ).repeat(2, axis=0)
    evaluated = ~np.isnan(chunked)
    assert np.all(evaluated[moved])
    np.testing.assert_allclose(chunked[evaluated], expected[evaluated], rtol=1e-12, atol=1e-6)
