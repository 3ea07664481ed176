"""The calculation engine: scenario + CPI table -> frozen results.

Per alternative, every cost and effect becomes one row of a year matrix (no
Python loop over years); the reference's flows are subtracted to give the
incremental flows ``dC_t`` and ``dB_t`` of contract section 5, from which
every metric of section 6 follows.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType

import numpy as np

from sroi_app.calc.discount import FloatArray, discount_factors
from sroi_app.calc.irr import IrrResult, irr_results
from sroi_app.calc.items import flows_by_alternative
from sroi_app.calc.metrics import payback_years, ratio
from sroi_app.calc.results import (
    AlternativeFlows,
    AlternativeResult,
    ScenarioResult,
    StakeholderResult,
    ValuesById,
    frozen_array,
)
from sroi_app.domain.cpi import CpiTable
from sroi_app.domain.errors import CalculationError
from sroi_app.domain.models import Alternative, Scenario


def alternative_flows(
    alternative: Alternative,
    scenario: Scenario,
    cpi: CpiTable,
    years: np.ndarray,
    stakeholder_index: dict[str, int],
) -> AlternativeFlows:
    """The cost and effect matrices of one alternative on its own."""
    price_year = scenario.settings.effective_price_year
    flows = flows_by_alternative([alternative], cpi, price_year, years, stakeholder_index)
    return flows[alternative.id]


def present_values(matrix: np.ndarray, df: FloatArray) -> FloatArray:
    """The PV of each row (``matrix @ df``) without BLAS.

    A matrix-vector product of 5,000 x 31 already goes to OpenBLAS's threads, which
    fight over busy cores (issue 17); numpy's own loop takes 60 microseconds here.
    """
    result: FloatArray = np.einsum("ij,j->i", matrix, df)
    return result


#: An alternative's own yearly costs and benefits, and (for a variant) each effect's PV.
Sums = tuple[FloatArray, FloatArray, FloatArray | None]


def _totals(flows: AlternativeFlows) -> tuple[FloatArray, FloatArray]:
    """The alternative's own yearly costs and benefits (not incremental)."""
    return flows.cost_matrix.sum(axis=0), flows.effect_matrix.sum(axis=0)


def _incremental(
    own: AlternativeFlows,
    reference: AlternativeFlows | None,
    df: FloatArray,
    reference_totals: tuple[FloatArray, FloatArray] | None = None,
    own_totals: tuple[FloatArray, FloatArray] | None = None,
) -> tuple[FloatArray, FloatArray, float, float]:
    """``dC_t``, ``dB_t`` and their present values against the reference.

    ``reference_totals``, ``own_totals``: the ``_totals`` when already summed.
    """
    d_costs, d_benefits = own_totals or _totals(own)
    if reference is not None:
        reference_costs, reference_benefits = reference_totals or _totals(reference)
        d_costs = d_costs - reference_costs
        d_benefits = d_benefits - reference_benefits
    return d_costs, d_benefits, float(df @ d_costs), float(df @ d_benefits)


def _results(
    variants: Sequence[Alternative],
    flows: Mapping[str, AlternativeFlows],
    reference: AlternativeFlows | None,
    df: FloatArray,
    stakeholder_ids: tuple[str, ...],
    sums: Mapping[str, Sums] | None = None,
) -> list[AlternativeResult]:
    """The results of some variants: the reference summed once, the IRRs found together.

    ``sums``: each alternative's ``Sums`` by id, when already computed.
    """
    sums = sums or {}
    reference_totals = None
    if reference is not None:
        known = sums.get(reference.alternative_id)
        reference_totals = known[:2] if known else _totals(reference)
    incremental = []
    effect_pvs = []
    for v in variants:
        own = flows[v.id]
        known = sums.get(v.id)
        totals = known[:2] if known else None
        incremental.append(_incremental(own, reference, df, reference_totals, totals))
        pv = known[2] if known else None
        effect_pvs.append(present_values(own.effect_matrix, df) if pv is None else pv)
    rates = irr_results([d_benefits - d_costs for d_costs, d_benefits, _, _ in incremental])
    return [
        _result(v, flows[v.id], reference, df, stakeholder_ids, increments, irr, pv_effects)
        for v, increments, irr, pv_effects in zip(
            variants, incremental, rates, effect_pvs, strict=True
        )
    ]


def _result(
    alternative: Alternative,
    own: AlternativeFlows,
    reference: AlternativeFlows | None,
    df: FloatArray,
    stakeholder_ids: tuple[str, ...],
    increments: tuple[FloatArray, FloatArray, float, float],
    rates: IrrResult,
    pv_effects: FloatArray,
) -> AlternativeResult:
    d_costs, d_benefits, pv_costs, pv_benefits = increments
    d_costs_s = own.costs_by_stakeholder
    d_benefits_s = own.benefits_by_stakeholder
    if reference is not None:
        d_costs_s = d_costs_s - reference.costs_by_stakeholder
        d_benefits_s = d_benefits_s - reference.benefits_by_stakeholder
    npv = pv_benefits - pv_costs
    pv_costs_s = present_values(d_costs_s, df)
    pv_benefits_s = present_values(d_benefits_s, df)
    by_stakeholder = {
        sid: StakeholderResult(c, b)
        for sid, c, b in zip(
            stakeholder_ids, pv_costs_s.tolist(), pv_benefits_s.tolist(), strict=True
        )
    }
    net = d_benefits - d_costs
    return AlternativeResult(
        alternative_id=alternative.id,
        name=alternative.name or alternative.id,
        pv_costs=pv_costs,
        pv_benefits=pv_benefits,
        npv=npv,
        sroi_ratio=ratio(pv_benefits, pv_costs),
        net_sroi_ratio=ratio(npv, pv_costs),
        irr=rates.value,
        payback_years=payback_years(df * net),
        by_stakeholder=MappingProxyType(by_stakeholder),
        by_effect=ValuesById(own.effect_ids, frozen_array(pv_effects)),
        costs=frozen_array(d_costs),
        benefits=frozen_array(d_benefits),
        discount_factor=df,
        irr_rates=rates.rates,
    )


def _check_finite_flows(
    df: FloatArray, flows: dict[str, AlternativeFlows], variants: set[str]
) -> dict[str, Sums]:
    """Refuse flows that overflowed: JSON and spreadsheets cannot hold infinity.

    Returns each alternative's ``Sums``, computed while its rows are in the
    cache from the check (one read of the effect matrix instead of three).
    """
    if not np.all(np.isfinite(df)):
        raise CalculationError(
            "settings.discount_rate",
            "the discount factors overflow over this horizon; use a rate closer to zero",
        )
    sums: dict[str, Sums] = {}
    for i, (alt_id, f) in enumerate(flows.items()):
        costs, benefits = _totals(f)
        # A cell that is not finite makes its year's total not finite (inf and NaN absorb
        # every later sum), so finite totals need no look at the cells; other totals may
        # only have overflowed, which the cells tell.
        if not (np.all(np.isfinite(costs)) and np.all(np.isfinite(benefits))) and not (
            np.all(np.isfinite(f.cost_matrix)) and np.all(np.isfinite(f.effect_matrix))
        ):
            raise CalculationError(
                f"alternatives[{i}]",
                f"the yearly amounts of '{alt_id}' are too large to compute",
            )
        pv = present_values(f.effect_matrix, df) if alt_id in variants else None
        sums[alt_id] = (costs, benefits, pv)
    return sums


def _results_overflow(scenario: Scenario, alternative_id: str) -> CalculationError:
    index = next(i for i, a in enumerate(scenario.alternatives) if a.id == alternative_id)
    return CalculationError(
        f"alternatives[{index}]", f"the results of '{alternative_id}' are too large to compute"
    )


def _check_finite_results(scenario: Scenario, results: tuple[AlternativeResult, ...]) -> None:
    for r in results:
        if not all(np.isfinite([r.pv_costs, r.pv_benefits, r.npv])):
            raise _results_overflow(scenario, r.alternative_id)


def compute(scenario: Scenario, cpi: CpiTable) -> ScenarioResult:
    """Every metric of every non-reference alternative, against the reference.

    Raises ``CalculationError`` when a valid but extreme scenario overflows.
    """
    # Overflow is detected explicitly below; numpy's warnings would only repeat it.
    with np.errstate(over="ignore", invalid="ignore"):
        return _compute(scenario, cpi)


def _compute(scenario: Scenario, cpi: CpiTable) -> ScenarioResult:
    settings = scenario.settings
    horizon = settings.horizon_years
    years = np.arange(horizon + 1)
    df = frozen_array(discount_factors(settings.discount_rate, horizon))
    stakeholder_ids = tuple(s.id for s in scenario.stakeholders)
    index = {sid: i for i, sid in enumerate(stakeholder_ids)}
    flows = flows_by_alternative(
        scenario.alternatives, cpi, settings.effective_price_year, years, index
    )
    variants = scenario.variants
    sums = _check_finite_flows(df, flows, {v.id for v in variants})
    reference = scenario.reference
    reference_flows = flows[reference.id] if reference is not None else None
    results = tuple(_results(variants, flows, reference_flows, df, stakeholder_ids, sums))
    _check_finite_results(scenario, results)
    years.setflags(write=False)
    return ScenarioResult(
        scenario_name=scenario.name,
        price_year=settings.effective_price_year,
        start_year=settings.start_year,
        horizon_years=horizon,
        reference_id=reference.id if reference is not None else None,
        years=years,
        discount_factor=df,
        results=results,
        flows=MappingProxyType(flows),
        stakeholder_ids=stakeholder_ids,
    )


def _same_but_one(
    scenario: Scenario, before: Scenario, previous: ScenarioResult, changed: int
) -> bool:
    """Only alternative ``changed`` differs (same objects elsewhere, same id and role)."""
    return (
        0 <= changed < len(scenario.alternatives)
        and len(before.alternatives) == len(scenario.alternatives)
        and before.settings is scenario.settings
        and before.stakeholders is scenario.stakeholders
        and all(
            old is new
            for j, (old, new) in enumerate(
                zip(before.alternatives, scenario.alternatives, strict=True)
            )
            if j != changed
        )
        and before.alternatives[changed].id == scenario.alternatives[changed].id
        and before.alternatives[changed].reference == scenario.alternatives[changed].reference
        and set(previous.flows) == {a.id for a in scenario.alternatives}
    )


def _changed_flows(
    scenario: Scenario, cpi: CpiTable, previous: ScenarioResult, changed: int
) -> dict[str, AlternativeFlows]:
    """``previous``'s flows with alternative ``changed`` computed anew (and checked)."""
    alt = scenario.alternatives[changed]
    index = {sid: i for i, sid in enumerate(previous.stakeholder_ids)}
    years = np.arange(previous.horizon_years + 1)
    flows = dict(previous.flows)
    own = flows[alt.id] = alternative_flows(alt, scenario, cpi, years, index)
    if not (np.all(np.isfinite(own.cost_matrix)) and np.all(np.isfinite(own.effect_matrix))):
        raise CalculationError(
            f"alternatives[{changed}]",
            f"the yearly amounts of '{alt.id}' are too large to compute",
        )
    return flows


def check_changed(
    scenario: Scenario,
    cpi: CpiTable,
    before: Scenario,
    previous: ScenarioResult,
    changed: int,
) -> None:
    """Raise what ``compute(scenario, cpi)`` would raise, without computing the metrics.

    For a scenario that differs from ``before`` (whose result is
    ``previous``) only in alternative ``changed``: that alternative's flows,
    then the present values of every variant it affects (all of them when
    it is the reference), each computed as ``compute`` does.
    """
    if not _same_but_one(scenario, before, previous, changed):
        compute(scenario, cpi)
        return
    with np.errstate(over="ignore", invalid="ignore"):
        flows = _changed_flows(scenario, cpi, previous, changed)
        alt = scenario.alternatives[changed]
        reference = scenario.reference
        reference_flows = flows[reference.id] if reference is not None else None
        for variant in scenario.variants:
            if alt.reference or variant.id == alt.id:
                _, _, pv_costs, pv_benefits = _incremental(
                    flows[variant.id], reference_flows, previous.discount_factor
                )
                if not all(np.isfinite([pv_costs, pv_benefits, pv_benefits - pv_costs])):
                    raise _results_overflow(scenario, variant.id)


def compute_changed(
    scenario: Scenario,
    cpi: CpiTable,
    before: Scenario,
    previous: ScenarioResult,
    changed: int,
) -> ScenarioResult:
    """``compute(scenario, cpi)`` when only alternative ``changed`` differs from ``before``.

    ``previous`` is ``before``'s result. The flows of every other alternative
    are taken from it, and so are the results of the other variants when the
    changed alternative is a variant (a variant's result depends only on its
    own flows, the reference's and the discount factors). One edited cell of
    a large scenario thus costs one alternative's flows, not all of them.
    The result, and any ``CalculationError``, are those of ``compute``;
    anything else that differs (settings, stakeholders, another alternative,
    the reference) falls back to ``compute``.
    """
    if not _same_but_one(scenario, before, previous, changed):
        return compute(scenario, cpi)
    with np.errstate(over="ignore", invalid="ignore"):
        flows = _changed_flows(scenario, cpi, previous, changed)
        alt = scenario.alternatives[changed]
        reference = scenario.reference
        reference_flows = flows[reference.id] if reference is not None else None
        df = previous.discount_factor
        kept = {r.alternative_id: r for r in previous.results}
        redone = [v for v in scenario.variants if alt.reference or v.id == alt.id]
        fresh = _results(redone, flows, reference_flows, df, previous.stakeholder_ids)
        kept.update((r.alternative_id, r) for r in fresh)
        results = tuple(kept[v.id] for v in scenario.variants)
        _check_finite_results(scenario, results)
    return ScenarioResult(
        scenario_name=scenario.name,
        price_year=previous.price_year,
        start_year=previous.start_year,
        horizon_years=previous.horizon_years,
        reference_id=previous.reference_id,
        years=previous.years,
        discount_factor=df,
        results=results,
        flows=MappingProxyType(flows),
        stakeholder_ids=previous.stakeholder_ids,
    )
