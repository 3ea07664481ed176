"""The workshop's Qt-free state: sliders, live numbers, baseline, reset, save as variant.

The numbers are worked out by hand on a small scenario with a discount rate
of 0 (every discount factor is 1), so each figure below is plain arithmetic.
"""

from __future__ import annotations

from typing import Any

import pytest

from sroi_app.app.sliders import (
    RATE_KEY,
    Key,
    candidates,
    default_span,
    format_value,
    knob_label,
    make_knob,
    nice_step,
    path_of,
)
from sroi_app.app.workshop import (
    WorkshopState,
    delta_tone,
    format_delta,
    kpi_text,
)
from sroi_app.calc import compute
from sroi_app.calc.uncertainty import with_parameter
from sroi_app.domain.models import Scenario
from sroi_app.domain.validation import scenario_from_data
from sroi_app.io.cpi import default_cpi
from sroi_app.io.scenario_file import load_scenario
from tests.conftest import SCENARIOS

CPI = default_cpi()

AMOUNT = Key("cost", "amount", "plan", "aanleg")
QUANTITY = Key("effect", "quantity", "plan", "spel")
PROXY = Key("effect", "proxy.value", "plan", "spel")
DEADWEIGHT = Key("effect", "deadweight", "plan", "spel")
DURATION = Key("effect", "duration_years", "plan", "spel")
FIRST_YEAR = Key("effect", "first_year", "plan", "spel")


def small_data() -> dict[str, Any]:
    """Costs 1000 in year 0; benefits 10 x 50 x (1 - 0.2) = 400 in years 1 and 2; rate 0.

    PV costs 1000, PV benefits 800, NPV -200, SROI ratio 0.8.
    """
    return {
        "schema_version": 1,
        "name": "Klein plein",
        "settings": {
            "start_year": 2026,
            "price_year": 2026,
            "horizon_years": 2,
            "discount_rate": 0.0,
            "discount_rate_label": "nul procent",
            "uncertainty": {"discount_rate": {"low": 0.0, "high": 0.1}},
        },
        "stakeholders": [{"id": "gemeente", "name": "Gemeente"}, {"id": "buurt", "name": "Buurt"}],
        "alternatives": [
            {"id": "nul", "name": "Nulalternatief", "reference": True},
            {
                "id": "plan",
                "name": "Speelplein",
                "costs": [
                    {
                        "id": "aanleg",
                        "name": "Aanleg",
                        "payer": "gemeente",
                        "amount": 1000.0,
                        "uncertainty": {"amount": {"low": 500.0, "high": 2000.0}},
                    }
                ],
                "effects": [
                    {
                        "id": "spel",
                        "name": "Buitenspelen",
                        "beneficiary": "buurt",
                        "quantity": 10.0,
                        "proxy": {"name": "waarde", "value": 50.0, "source": "test"},
                        "first_year": 1,
                        "duration_years": 2,
                        "deadweight": 0.2,
                    },
                    {
                        "id": "leeg",
                        "name": "Nog niet geteld",
                        "beneficiary": "buurt",
                        "quantity": 0.0,
                        "proxy": {"name": "waarde", "value": 5.0, "source": "test"},
                    },
                ],
            },
            {
                "id": "klein",
                "name": "Kleine variant",
                "costs": [{"id": "aanleg", "payer": "gemeente", "amount": 400.0}],
                "effects": [],
            },
        ],
    }


def small() -> Scenario:
    return scenario_from_data(small_data(), CPI)


# -- sliders --------------------------------------------------------------------------------------


def test_a_range_in_the_document_bounds_the_slider_in_round_steps() -> None:
    knob = make_knob(small(), AMOUNT)
    assert knob is not None and knob.span == "range"
    assert (knob.low, knob.high) == (500.0, 2000.0)
    # 1500 / 100 = 15 a step; the next round step is 20.
    assert knob.step == 20.0
    # From 1000 down to 500 is 25 steps, up to 2000 is 50 steps: 75 in all.
    assert knob.positions == 75 and knob.document_position == 25
    assert knob.value_at(25) == 1000.0
    assert knob.value_at(26) == 1020.0
    assert knob.value_at(0) == 500.0 and knob.value_at(75) == 2000.0
    assert knob.position_of(1020.0) == 26 and knob.position_of(5000.0) == 75


def test_the_ends_are_exact_when_the_range_is_not_a_whole_number_of_steps() -> None:
    data = small_data()
    data["alternatives"][1]["costs"][0]["uncertainty"]["amount"] = {"low": 442.0, "high": 1728.0}
    knob = make_knob(scenario_from_data(data, CPI), AMOUNT)
    assert knob is not None
    # 1286 / 100 = 12.86 -> step 20; (442 - 1000) / 20 = -27.9 -> 28 steps down, the last short.
    assert knob.step == 20.0 and knob.document_position == 28
    assert knob.value_at(0) == 442.0 and knob.value_at(1) == 460.0
    assert knob.value_at(knob.positions) == 1728.0


def test_default_spans_without_a_range() -> None:
    scenario = small()
    quantity = make_knob(scenario, QUANTITY)
    assert quantity is not None and quantity.span == "relative"
    assert (quantity.low, quantity.high, quantity.step) == (5.0, 15.0, 0.1)  # 10 +/- 50%
    deadweight = make_knob(scenario, DEADWEIGHT)
    assert deadweight is not None and deadweight.span == "fraction"
    assert (deadweight.low, deadweight.high, deadweight.step) == (0.0, 1.0, 0.01)
    duration = make_knob(scenario, DURATION)
    assert duration is not None and duration.span == "duration"
    assert (duration.low, duration.high, duration.step) == (1.0, 4.0, 1.0)  # 1 year to 2 x 2
    first = make_knob(scenario, FIRST_YEAR)
    assert first is not None and (first.low, first.high) == (0.0, 3.0)  # 1 - 2 cut at 0, 1 + 2
    assert default_span("discount_rate", 0.0225) == ("rate", 0.0, 0.045)
    assert default_span("discount_rate", 0.01) == ("rate", 0.0, 0.04)
    assert default_span("optimism_bias", 0.15) == ("uplift", 0.0, 1.0)
    assert default_span("proxy.value", -200.0) == ("relative", -300.0, -100.0)
    # A quantity of 0 without a range has nothing to move over: no slider.
    assert make_knob(scenario, Key("effect", "quantity", "plan", "leeg")) is None


def test_a_rate_moves_by_at_least_a_tenth_of_a_percentage_point() -> None:
    rate = make_knob(small(), RATE_KEY)
    assert rate is not None and rate.span == "range"
    assert rate.step == 0.001 and rate.positions == 100  # 0% .. 10% in steps of 0.1%
    assert nice_step(0.045) == 0.0005  # a plain span: 0.045 / 100 -> 0.0005...
    data = small_data()
    data["settings"]["discount_rate"] = 0.0225
    del data["settings"]["uncertainty"]
    default = make_knob(scenario_from_data(data, CPI), RATE_KEY)
    assert default is not None and default.step == 0.001  # ... but a rate steps 0.1% at least


def test_the_picker_offers_the_variants_parameters_and_the_rate() -> None:
    knobs = candidates(small(), "plan")
    keys = [k.key for k in knobs]
    assert keys[0] == RATE_KEY
    assert AMOUNT in keys and QUANTITY in keys and PROXY in keys
    assert Key("effect", "quantity", "plan", "leeg") not in keys
    assert all(k.alternative_id in ("", "plan") for k in keys)
    labels = [knob_label(small(), k, "nl") for k in knobs]
    assert labels[0] == "discontovoet"
    assert "Aanleg: bedrag" in labels and "Buitenspelen: aantal" in labels
    assert knob_label(small(), knobs[keys.index(PROXY)], "en") == (
        "Buitenspelen: value per unit (proxy)"
    )


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.name)
def test_every_slider_of_the_examples_holds_the_documents_value(path: Any) -> None:
    scenario = load_scenario(path)
    for alternative in scenario.variants:
        for knob in candidates(scenario, alternative.id):
            assert knob.positions >= 1, knob
            assert knob.value_at(knob.document_position) == knob.value, knob
            assert knob.value_at(0) == knob.low and knob.value_at(knob.positions) == knob.high
            assert knob.low <= knob.value <= knob.high
            if knob.whole:
                assert all(knob.value_at(p).is_integer() for p in range(knob.positions + 1))


def test_values_in_dutch_and_english() -> None:
    scenario = small()
    amount, rate, first = (make_knob(scenario, k) for k in (AMOUNT, RATE_KEY, FIRST_YEAR))
    assert amount is not None and rate is not None and first is not None
    assert format_value(amount, 1020.0, "nl") == "€ 1.020"
    assert format_value(amount, 1020.0, "en") == "€1,020"
    assert format_value(rate, 0.035, "nl") == "3,5%"
    assert format_value(rate, 0.0225, "en") == "2.25%"
    assert format_value(first, 2.0, "nl", 2026) == "2028 (jaar 2)"
    assert format_value(first, 2.0, "en", 2026) == "2028 (year 2)"
    duration = make_knob(scenario, DURATION)
    assert duration is not None and format_value(duration, 3.0, "nl") == "3 jaar"


# -- live numbers ---------------------------------------------------------------------------------


def test_moving_a_value_recomputes_without_touching_the_document() -> None:
    document = small()
    state = WorkshopState(document, CPI)
    assert state.alternative_id == "plan"
    before = state.current()
    assert before is not None
    assert (before.pv_costs, before.pv_benefits, before.npv) == (1000.0, 800.0, -200.0)
    # 15 units: 15 x 50 x 0.8 = 600 a year, two years: 1200; NPV 1200 - 1000 = 200.
    assert state.set_value(QUANTITY, 15.0) == 15.0
    now = state.current()
    assert now is not None
    assert now.pv_benefits == pytest.approx(1200.0)
    assert now.npv == pytest.approx(200.0)
    assert now.sroi_ratio == pytest.approx(1.2)
    assert state.document is document and state.document == small()
    assert state.differs_from_document() and state.changed() == [QUANTITY]
    # A rate of 10%: 400 / 1.1 + 400 / 1.21 = 363.64 + 330.58 = 694.21 at 10 units.
    state.set_value(QUANTITY, 10.0)
    assert state.values == {}  # back at the document's value: nothing moved
    state.set_position(RATE_KEY, 100)
    rated = state.current()
    assert rated is not None
    assert rated.pv_benefits == pytest.approx(400 / 1.1 + 400 / 1.21)
    assert rated.npv == pytest.approx(400 / 1.1 + 400 / 1.21 - 1000)


def test_values_stay_within_the_slider_and_whole_years_stay_whole() -> None:
    state = WorkshopState(small(), CPI)
    assert state.set_value(QUANTITY, 99.0) == 15.0
    assert state.set_value(DURATION, 2.6) == 3.0
    # Three years from year 1, but the horizon ends at year 2: still 2 x 400 at 10 units.
    state.set_value(QUANTITY, 10.0)
    result = state.current()
    assert result is not None and result.pv_benefits == pytest.approx(800.0)


def test_the_engine_gives_the_same_numbers_for_the_working_copy() -> None:
    state = WorkshopState(small(), CPI)
    state.set_value(PROXY, 60.0)
    state.set_value(AMOUNT, 1500.0)
    expected = compute(
        with_parameter(
            with_parameter(small(), "alternatives[1].effects[0].proxy.value", 60.0),
            "alternatives[1].costs[0].amount",
            1500.0,
        ),
        CPI,
    ).result("plan")
    current = state.current()
    assert current is not None
    # 60 x 10 x 0.8 = 480 a year for two years: 960; costs 1500; NPV -540.
    assert (current.pv_benefits, current.pv_costs, current.npv) == (960.0, 1500.0, -540.0)
    for key in ("pv_costs", "pv_benefits", "npv", "sroi_ratio", "irr", "payback_years"):
        assert getattr(current, key) == getattr(expected, key), key
    assert list(current.cumulative_npv) == list(expected.cumulative_npv)


def test_reset_goes_back_to_the_document() -> None:
    state = WorkshopState(small(), CPI)
    state.set_value(QUANTITY, 15.0)
    state.set_value(RATE_KEY, 0.05)
    state.reset()
    result = state.current()
    assert state.values == {} and not state.differs_from_document()
    assert result is not None and result.npv == -200.0


def test_other_variants_keep_their_numbers_and_switching_shows_them() -> None:
    state = WorkshopState(small(), CPI)
    state.set_value(QUANTITY, 15.0)
    assert state.select_number(2) and state.alternative_id == "klein"
    klein = state.current()
    assert klein is not None and klein.npv == -400.0  # only its cost of 400
    assert not state.differs_from_document()  # the moved quantity belongs to "plan"
    assert not state.select_number(3)


# -- baseline -------------------------------------------------------------------------------------


def test_the_difference_to_a_frozen_baseline() -> None:
    state = WorkshopState(small(), CPI)
    state.set_value(QUANTITY, 15.0)
    # Against the document (the first baseline): NPV 200 - (-200) = +400.
    assert state.baseline.from_document
    assert state.deltas()["npv"] == pytest.approx(400.0)
    state.freeze_baseline()
    assert not state.baseline.from_document
    assert state.deltas()["npv"] == 0.0
    state.set_value(QUANTITY, 12.0)  # 12 x 50 x 0.8 x 2 = 960: NPV -40, 240 below the baseline
    deltas = state.deltas()
    assert deltas["npv"] == pytest.approx(-240.0)
    assert deltas["pv_benefits"] == pytest.approx(-240.0)
    assert deltas["pv_costs"] == 0.0
    assert deltas["sroi_ratio"] == pytest.approx(0.96 - 1.2)
    assert format_delta("npv", deltas["npv"], "nl") == "\u2212€ 240"
    assert format_delta("npv", deltas["npv"], "en") == "\u2212€240"
    assert format_delta("pv_costs", 0.0, "nl") == "±€ 0"
    assert format_delta("sroi_ratio", 0.126, "nl") == "+0,13"
    assert format_delta("payback_years", -1.25, "en") == "\u22121.2 years"
    assert format_delta("payback_years", None, "nl") == "\u2013"
    assert delta_tone("npv", deltas["npv"]) == "bad"
    assert delta_tone("pv_costs", -10.0) == "good"
    assert delta_tone("pv_costs", 0.2) == ""  # rounds to no difference in euros


def test_tiles_text() -> None:
    state = WorkshopState(small(), CPI)
    result = state.current()
    assert result is not None
    assert kpi_text("npv", result, "nl", 2) == "€ -200"
    assert kpi_text("sroi_ratio", result, "en", 2) == "0.80"
    # Costs 1000 and 400 a year back: never paid back within 2 years.
    assert result.payback_years is None
    assert kpi_text("payback_years", result, "nl", 2) == "> 2 jaar"
    assert kpi_text("payback_years", result, "en", 2) == "> 2 years"


# -- save as variant ------------------------------------------------------------------------------


def test_save_as_variant_adds_a_copy_with_the_values_that_computes_the_same() -> None:
    document = small()
    state = WorkshopState(document, CPI)
    state.set_value(QUANTITY, 15.0)
    state.set_value(AMOUNT, 1200.0)
    shown = state.current()
    edit, new_id = state.variant_edit("Afgesproken")
    assert edit.before is document
    after = edit.after
    names = [a.name for a in after.alternatives]
    assert names == ["Nulalternatief", "Speelplein", "Afgesproken", "Kleine variant"]
    copy = after.alternatives[2]
    assert copy.id == new_id == "plan-2" and not copy.reference
    assert copy.effects[0].quantity == 15.0 and copy.costs[0].amount == 1200.0
    assert after.alternatives[1] == document.alternatives[1]  # the source is untouched
    saved = compute(after, CPI).result(new_id)
    assert shown is not None and saved.npv == shown.npv
    assert (saved.pv_costs, saved.pv_benefits, saved.sroi_ratio) == (
        shown.pv_costs,
        shown.pv_benefits,
        shown.sroi_ratio,
    )
    # 15 x 50 x 0.8 x 2 = 1200 benefits, 1200 costs: NPV 0.
    assert saved.npv == pytest.approx(0.0)

    # One undoable step: undo gives the document back.
    class Holder:
        scenario = after

    holder = Holder()
    edit.undo(holder)
    assert holder.scenario is document


def test_a_moved_rate_is_saved_into_the_settings() -> None:
    state = WorkshopState(small(), CPI)
    state.set_value(RATE_KEY, 0.1)
    edit, new_id = state.variant_edit("")
    settings = edit.after.settings
    assert settings.discount_rate == 0.1
    assert settings.discount_rate_label == ""  # "nul procent" is no longer true
    assert edit.after.alternatives[2].name == "Speelplein"  # an empty name keeps the source's
    saved = compute(edit.after, CPI).result(new_id)
    assert saved.pv_benefits == pytest.approx(400 / 1.1 + 400 / 1.21)


def test_after_saving_the_view_shows_the_new_variant_against_the_same_baseline() -> None:
    state = WorkshopState(small(), CPI)
    state.pick(QUANTITY)
    state.pick(RATE_KEY)
    state.set_value(QUANTITY, 15.0)
    edit, new_id = state.variant_edit("Afgesproken")
    state.adopt_variant(edit.after, "plan", new_id)
    assert state.document is edit.after
    assert state.alternative_id == new_id
    assert not state.differs_from_document()
    # Its sliders are the source's, now at the new variant's own (document) values.
    assert [k.key for k in state.knobs()] == [
        Key("effect", "quantity", new_id, "spel"),
        RATE_KEY,
    ]
    assert state.value(Key("effect", "quantity", new_id, "spel")) == 15.0
    # The difference still reads against the document's "plan": +400.
    assert state.deltas()["npv"] == pytest.approx(400.0)
    # The source went back to the document's values.
    state.select("plan")
    assert state.value(QUANTITY) == 10.0 and not state.differs_from_document()


def test_following_a_changed_document() -> None:
    state = WorkshopState(small(), CPI)
    state.pick(QUANTITY)
    state.pick(AMOUNT)
    state.set_value(QUANTITY, 14.0)
    state.set_value(AMOUNT, 1500.0)
    data = small_data()
    data["alternatives"][1]["costs"] = []  # the cost is gone
    data["alternatives"][1]["effects"][0]["quantity"] = 14.0  # the document caught up
    state.rebase(scenario_from_data(data, CPI))
    assert state.picks == [QUANTITY]
    assert state.values == {}
    assert path_of(state.document, AMOUNT) is None


def test_suggested_sliders_follow_the_tornado() -> None:
    state = WorkshopState(small(), CPI)
    # Amount 500..2000 moves the NPV by 1500; the rate 0..10% by 800 - 694.21 = 105.79.
    assert state.suggest() == [AMOUNT, RATE_KEY]
    data = small_data()
    del data["settings"]["uncertainty"]
    del data["alternatives"][1]["costs"][0]["uncertainty"]
    bare = WorkshopState(scenario_from_data(data, CPI), CPI)
    # No ranges at all: the largest cost, the most valuable effect, the rate.
    assert bare.suggest() == [AMOUNT, QUANTITY, PROXY, RATE_KEY]


def test_a_key_survives_an_alternative_inserted_before_it() -> None:
    state = WorkshopState(small(), CPI)
    state.select("klein")
    klein = Key("cost", "amount", "klein", "aanleg")
    assert path_of(state.document, klein) == "alternatives[2].costs[0].amount"
    state.select("plan")
    edit, new_id = state.variant_edit("Tussen")
    state.adopt_variant(edit.after, "plan", new_id)
    assert path_of(state.document, klein) == "alternatives[3].costs[0].amount"


def test_the_workshop_state_runs_without_qt() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import sroi_app.app.workshop, sroi_app.charts.presentation\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "assert not bad, bad\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr


def test_a_saved_variant_keeps_a_derived_quantity_in_step_with_its_derivation() -> None:
    """The room's agreed value is a deliberate choice, not a quantity that departs from its
    derivation: the derivation gains the factor workshop_choice (issue 15, item 3)."""
    from sroi_app.calc.checks import scenario_warnings
    from sroi_app.domain.derivation import evaluate

    scenario = load_scenario(next(p for p in SCENARIOS if p.name == "buurtverbinder.sroi.json"))
    variant = scenario.variants[0]
    effect = next(e for e in variant.effects if e.quantity_derivation is not None)
    key = Key("effect", "quantity", variant.id, effect.id)
    state = WorkshopState(scenario, CPI)
    state.select(variant.id)
    agreed = effect.quantity * 1.25
    state.set_value(key, agreed)
    edit, new_id = state.variant_edit("Afgesproken", "Afgesproken in de workshop van 04-12-2026")
    saved_alt = next(a for a in edit.after.alternatives if a.id == new_id)
    saved = next(e for e in saved_alt.effects if e.id == effect.id)
    derivation = saved.quantity_derivation
    assert derivation is not None and saved.quantity == pytest.approx(agreed)
    assert derivation.formula == f"({effect.quantity_derivation.formula}) * workshop_choice"
    factor = next(i for i in derivation.inputs if i.name == "workshop_choice")
    assert factor.source == "Afgesproken in de workshop van 04-12-2026"
    assert evaluate(derivation.formula, derivation.values()) == pytest.approx(agreed)
    result = compute(edit.after, CPI)
    codes = {
        (w.code, w.path)
        for w in scenario_warnings(edit.after, result, CPI)
        if w.code == "derivation_mismatch"
    }
    assert not any(f".effects[{saved_alt.effects.index(saved)}]" in p for _, p in codes)
    # The source variant is as it was: its derivation has no factor.
    source = next(a for a in edit.after.alternatives if a.id == variant.id)
    kept = next(e for e in source.effects if e.id == effect.id)
    assert kept == effect
