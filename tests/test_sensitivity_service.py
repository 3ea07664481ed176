"""The Sensitivity page's service, without Qt (issue 16, step 6).

It gives the engine's numbers, keeps them per version of the scenario, and
drops an answer that arrives for an earlier version.
"""

from __future__ import annotations

import numpy as np

from sroi_app.app import edits
from sroi_app.app.sensitivity_service import (
    SensitivityService,
    compute_simulation,
    compute_switching,
    compute_tornado,
    selected,
    tornado_state,
)
from sroi_app.calc.curves import discount_rate_curve, horizon_curve
from sroi_app.calc.montecarlo import monte_carlo
from sroi_app.calc.sensitivity import one_way
from sroi_app.domain.models import Scenario
from sroi_app.io.cpi import default_cpi
from sroi_app.io.scenario_file import load_scenario
from tests.conftest import ROOT

GREEN_PLACE = ROOT / "scenarios" / "groene-ontmoetingsplek.sroi.json"


def scenario() -> Scenario:
    return load_scenario(GREEN_PLACE)


def test_the_tornado_is_the_engines_and_is_kept_per_version() -> None:
    cpi, first = default_cpi(), scenario()
    service = SensitivityService()
    assert service.tornado_of(first) is None and service.latest_tornado() == ()
    found = service.tornado_now(first, cpi)
    assert found == one_way(first, cpi, None, None, False)
    assert service.tornado_now(first, cpi) is found  # kept: not computed again
    second = edits.set_value(first, "alternatives[1].effects[0].name", "Anders", cpi)
    assert service.tornado_of(second) is None
    assert service.latest_tornado() is found  # shown until the new version's is in
    assert service.tornado_now(second, cpi) is not found
    assert service.tornado_of(first) is None  # only the latest is kept


def test_an_answer_for_an_earlier_version_is_not_kept() -> None:
    cpi, first = default_cpi(), scenario()
    second = edits.set_value(first, "settings.discount_rate", 0.03, cpi)
    service = SensitivityService()
    late = compute_switching(first, cpi)
    assert not service.keep_switching(late, second)
    assert service.switching_of(first) is None and service.switching_of(second) is None
    assert service.keep_switching(late, first)
    assert service.switching_of(first) == one_way(first, cpi, None, None, True)
    assert not service.keep_tornado(compute_tornado(first, cpi), second)
    assert service.tornado is None


def test_the_switching_values_are_found() -> None:
    cpi, first = default_cpi(), scenario()
    found = compute_switching(first, cpi).value
    variant = selected(found, first.alternatives[1].id)
    assert variant is not None and variant.alternative_id == first.alternatives[1].id
    assert any(s.value is not None for s in variant.switching_values)
    assert not any(
        s.value is not None
        for s in selected(
            compute_tornado(first, cpi).value, variant.alternative_id
        ).switching_values
    )  # type: ignore[union-attr]
    assert selected(found, "no-such-variant") is None


def test_a_simulation_belongs_to_its_version() -> None:
    cpi, first = default_cpi(), scenario()
    service = SensitivityService()
    run = compute_simulation(first, cpi, 500, 7)
    expected = monte_carlo(first, cpi, 500, 7)
    got, want = run.value.results[0], expected.results[0]
    assert np.array_equal(got.npv, want.npv)
    assert service.keep_simulation(run, first) and service.simulation_current(first)
    second = edits.set_value(first, "settings.discount_rate", 0.03, cpi)
    assert not service.simulation_current(second)
    assert service.simulation is run  # the earlier version's run stays, marked as such
    assert not service.keep_simulation(compute_simulation(first, cpi, 100, 1), second)
    assert service.simulation is run


def test_the_curves_are_the_engines_and_kept_per_version() -> None:
    cpi, first = default_cpi(), scenario()
    service = SensitivityService()
    rate = service.rate_curve(first, cpi)
    engine = discount_rate_curve(first, cpi)
    assert np.array_equal(rate.rates, engine.rates) and rate.npv.keys() == engine.npv.keys()
    assert all(np.allclose(rate.npv[k], engine.npv[k], rtol=1e-12) for k in engine.npv)
    assert service.rate_curve(first, cpi) is rate
    horizon = service.horizon_curve(first, cpi)
    want = horizon_curve(first, cpi)
    assert all(np.allclose(horizon.npv[k], want.npv[k], rtol=1e-12) for k in want.npv)
    assert service.horizon_curve(first, cpi) is horizon
    second = edits.set_value(first, "settings.horizon_years", 10, cpi)
    assert service.horizon_curve(second, cpi).scenario_horizon == 10


def test_what_the_tornado_can_show() -> None:
    cpi, first = default_cpi(), scenario()
    variant = selected(compute_tornado(first, cpi).value, first.alternatives[1].id)
    assert variant is not None
    assert tornado_state(first, variant) == "shown"
    data = first.model_dump(mode="json", exclude_none=True)
    bare = edits.transform(first, lambda d: _drop_ranges(d), cpi)
    assert data != bare.model_dump(mode="json", exclude_none=True)
    variant = selected(compute_tornado(bare, cpi).value, bare.alternatives[1].id)
    assert variant is not None
    assert tornado_state(bare, variant) == "no_ranges"


def _drop_ranges(data: dict) -> None:  # type: ignore[type-arg]
    data["settings"].pop("uncertainty", None)
    for alternative in data["alternatives"]:
        for item in alternative.get("costs", []) + alternative.get("effects", []):
            item.pop("uncertainty", None)


def test_kept_answers_make_the_whole_analysis_only_when_all_are_there() -> None:
    """What the workbook export reuses (issue 17): the kept switching values and a run
    with the asked draws and seed, for this version only; equal to a fresh analysis."""
    from sroi_app.calc.uncertainty import sensitivity_analysis

    cpi, first = default_cpi(), scenario()
    service = SensitivityService()
    assert service.analysis_of(first, 300, 7) is None
    service.keep_switching(compute_switching(first, cpi), first)
    assert service.analysis_of(first, 300, 7) is None  # no run yet
    service.keep_simulation(compute_simulation(first, cpi, 300, 8), first)
    assert service.analysis_of(first, 300, 7) is None  # another seed
    service.keep_simulation(compute_simulation(first, cpi, 300, 7), first)
    kept = service.analysis_of(first, 300, 7)
    fresh = sensitivity_analysis(first, cpi, 300, 7)
    assert kept is not None
    assert kept.parameters == fresh.parameters and kept.alternatives == fresh.alternatives
    for a in fresh.monte_carlo.results:
        ours = kept.monte_carlo.result(a.alternative_id)
        assert np.array_equal(ours.npv, a.npv) and ours.npv_summary == a.npv_summary
    later = edits.set_value(first, "alternatives[1].effects[0].quantity", 4.0)
    assert service.analysis_of(later, 300, 7) is None  # another version
