"""Evaluating a scenario: the engine's results, the warnings, and the result tables.

The tables (who pays / who gains, the MKBA overview, the SROI value map)
are plain rows of numbers and words taken straight from the engine's
result, so every view and export shows the engine's own figures.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

import numpy as np

from sroi_app.calc import AlternativeResult, ScenarioResult, compute
from sroi_app.calc.checks import scenario_warnings
from sroi_app.calc.engine import check_changed, compute_changed
from sroi_app.domain.corrections import corrections
from sroi_app.domain.cpi import CpiTable
from sroi_app.domain.errors import CalculationError, Issue, ScenarioValidationError
from sroi_app.domain.models import Alternative, Effect, Scenario
from sroi_app.io.cpi import default_cpi
from sroi_app.io.proxies import capitalised_ids


@dataclass(frozen=True)
class Evaluation:
    """A scenario with its results and over-claiming warnings."""

    scenario: Scenario
    result: ScenarioResult
    warnings: tuple[Issue, ...]

    def variant(self, alternative_id: str) -> AlternativeResult | None:
        for r in self.result.results:
            if r.alternative_id == alternative_id:
                return r
        return None


# The last few results and evaluations by identity: an edit computes its scenario to
# check it (``computable``), the views then ask for the same one, and undo returns to
# an earlier one. Evaluations may be made on a worker thread (the app's large
# scenarios), hence the lock; the work itself runs outside it.
_LOCK = threading.Lock()
_RESULTS: list[tuple[Scenario, CpiTable, ScenarioResult]] = []
_RECENT: list[tuple[Scenario, CpiTable, Evaluation]] = []


def _cached(cache: list[tuple[Scenario, CpiTable, Any]], scenario: Scenario, cpi: CpiTable) -> Any:
    with _LOCK:
        return next((v for s, c, v in cache if s is scenario and c is cpi), None)


def _remember(
    cache: list[tuple[Scenario, CpiTable, Any]], scenario: Scenario, cpi: CpiTable, value: Any
) -> None:
    with _LOCK:
        cache.insert(0, (scenario, cpi, value))
        del cache[8:]


def cached_evaluation(scenario: Scenario, cpi: CpiTable | None = None) -> Evaluation | None:
    """The evaluation if it has been made already, without any work."""
    return _cached(_RECENT, scenario, cpi if cpi is not None else default_cpi())  # type: ignore[no-any-return]


def result_of(scenario: Scenario, cpi: CpiTable | None = None) -> ScenarioResult:
    """The engine's result of a (valid) scenario, computed once per version."""
    cpi = cpi if cpi is not None else default_cpi()
    result: ScenarioResult | None = _cached(_RESULTS, scenario, cpi)
    if result is None:
        result = compute(scenario, cpi)
        _remember(_RESULTS, scenario, cpi, result)
    return result


def evaluate(scenario: Scenario, cpi: CpiTable | None = None) -> Evaluation:
    """Compute the results and the warnings of a (valid) scenario."""
    cpi = cpi if cpi is not None else default_cpi()
    evaluation: Evaluation | None = _cached(_RECENT, scenario, cpi)
    if evaluation is not None:
        return evaluation
    result = result_of(scenario, cpi)
    evaluation = Evaluation(
        scenario, result, tuple(scenario_warnings(scenario, result, cpi, capitalised_ids()))
    )
    _remember(_RECENT, scenario, cpi, evaluation)
    return evaluation


def computable(
    scenario: Scenario,
    cpi: CpiTable | None = None,
    path: str = "",
    *,
    before: Scenario | None = None,
    changed: int | None = None,
) -> None:
    """Refuse (``not_computable``, naming ``path``) a scenario whose numbers overflow.

    Validation bounds each value on its own; a year index of 10^20 or a
    quantity of 10^308 is valid there but overflows the year arithmetic or
    the sums. Such a scenario is refused like any other invalid one. When
    the scenario differs from ``before`` only in alternative ``changed``
    and ``before``'s result is at hand, only that alternative's flows are
    computed (``calc.engine``: the same outcome as a full computation); a
    changed variant's full result is kept for ``evaluate``. The warnings
    are left to ``evaluate``, which the app may run on a worker thread.
    """
    cpi = cpi if cpi is not None else default_cpi()
    try:
        with np.errstate(all="ignore"):
            result: ScenarioResult | None = _cached(_RESULTS, scenario, cpi)
            previous = _cached(_RESULTS, before, cpi) if before is not None else None
            if result is not None:
                pass
            elif previous is not None and changed is not None:
                assert before is not None
                if scenario.alternatives[changed].reference:
                    # Every variant changes: check now, compute the metrics later.
                    check_changed(scenario, cpi, before, previous, changed)
                    return
                result = compute_changed(scenario, cpi, before, previous, changed)
                _remember(_RESULTS, scenario, cpi, result)
            else:
                result = result_of(scenario, cpi)
    except (CalculationError, OverflowError, ValueError, FloatingPointError, MemoryError) as exc:
        # An edit names its own field; a file names what the engine found.
        where = path or getattr(exc, "path", "")
        raise ScenarioValidationError(
            [Issue(where, "not_computable", f"the numbers cannot be computed ({exc})")]
        ) from exc
    for r in result.results:
        if not (math.isfinite(r.pv_costs) and math.isfinite(r.pv_benefits)):
            raise ScenarioValidationError(
                [Issue(path, "not_computable", "the amounts are too large to compute")]
            )


# -- who pays, who gains ------------------------------------------------------------------


@dataclass(frozen=True)
class StakeholderRow:
    stakeholder_id: str
    name: str
    pv_costs: float
    pv_benefits: float
    npv: float


def stakeholder_rows(scenario: Scenario, result: AlternativeResult) -> list[StakeholderRow]:
    """Per stakeholder, in document order: incremental PV paid, received, and the balance."""
    return [
        StakeholderRow(sid, scenario.stakeholder_name(sid), s.pv_costs, s.pv_benefits, s.npv)
        for sid, s in result.by_stakeholder.items()
    ]


# -- the MKBA overview ---------------------------------------------------------------------


@dataclass(frozen=True)
class OverviewRow:
    """One line of the MKBA overview; ``kind`` says how to show it.

    Kinds: ``heading``, ``cost``, ``benefit`` (an item's PV), ``reference``
    (the nulalternatief's PV, subtracted), ``subtotal``, ``pm`` (a PM post
    with its sign), ``balance``, ``ratio``.
    """

    kind: str
    key: str
    label: str
    value: float | None = None
    sign: str = ""
    stakeholder: str = ""


def _pv_rows(matrix: np.ndarray, df: np.ndarray) -> list[float]:
    return [float(v) for v in matrix @ df] if matrix.size else []


def mkba_overview(
    scenario: Scenario, result: ScenarioResult, alternative_id: str
) -> list[OverviewRow]:
    """Costs, benefits, PM posts and the balance of one variant against the reference.

    Item rows are the present values of the variant's own items; the
    reference's totals are subtracted on their own row, so each block's
    subtotal is the engine's incremental ``pv_costs`` / ``pv_benefits``.
    """
    variant = result.result(alternative_id)
    own = result.flows[alternative_id]
    ref = result.flows.get(result.reference_id) if result.reference_id else None
    df = np.asarray(result.discount_factor)
    alt = _alternative(scenario, alternative_id)
    rows: list[OverviewRow] = [OverviewRow("heading", "costs", "costs")]
    for cost, pv in zip(alt.costs, _pv_rows(own.cost_matrix, df), strict=True):
        rows.append(
            OverviewRow(
                "cost",
                cost.id,
                cost.name or cost.id,
                pv,
                stakeholder=scenario.stakeholder_name(cost.payer),
            )
        )
    if ref is not None:
        rows.append(OverviewRow("reference", "costs", "reference", -float(df @ ref.costs)))
    rows.append(OverviewRow("subtotal", "costs", "costs", variant.pv_costs))
    rows.append(OverviewRow("heading", "benefits", "benefits"))
    for effect in alt.effects:
        rows.append(
            OverviewRow(
                "benefit",
                effect.id,
                effect.name or effect.id,
                variant.by_effect[effect.id],
                stakeholder=scenario.stakeholder_name(effect.beneficiary),
            )
        )
    if ref is not None:
        rows.append(OverviewRow("reference", "benefits", "reference", -float(df @ ref.benefits)))
    rows.append(OverviewRow("subtotal", "benefits", "benefits", variant.pv_benefits))
    pm_items = [pm for pm in scenario.pm_items if pm.alternative in (None, alternative_id)]
    if pm_items:
        rows.append(OverviewRow("heading", "pm", "pm"))
        rows += [
            OverviewRow(
                "pm",
                pm.id or pm.name,
                pm.name,
                None,
                sign=pm.mark,
                stakeholder=scenario.stakeholder_name(pm.stakeholder) if pm.stakeholder else "",
            )
            for pm in pm_items
        ]
    rows.append(OverviewRow("balance", "npv", "npv", variant.npv))
    rows.append(OverviewRow("ratio", "sroi_ratio", "sroi_ratio", variant.sroi_ratio))
    return rows


def _alternative(scenario: Scenario, alternative_id: str) -> Alternative:
    return next(a for a in scenario.alternatives if a.id == alternative_id)


# -- the SROI value map --------------------------------------------------------------------


@dataclass(frozen=True)
class ValueMapRow:
    """One outcome of the SROI value map (impact map) with its present value."""

    effect_id: str
    stakeholder: str
    outcome: str
    chain: tuple[str, ...]
    indicator: str
    quantity: float
    unit: str
    proxy_name: str
    proxy_value: float
    proxy_source: str
    proxy_price_year: int | None
    #: The fraction corrections (``domain.corrections``: deadweight ... drop-off) by field.
    corrections: Mapping[str, float]
    first_year: int
    duration_years: int
    value: float

    @classmethod
    def of(cls, scenario: Scenario, effect: Effect, value: float) -> ValueMapRow:
        return cls(
            effect_id=effect.id,
            stakeholder=scenario.stakeholder_name(effect.beneficiary),
            outcome=effect.name or effect.id,
            chain=tuple(effect.chain),
            indicator=effect.indicator,
            quantity=effect.quantity,
            unit=effect.unit,
            proxy_name=effect.proxy.name,
            proxy_value=effect.proxy.value,
            proxy_source=effect.proxy.source,
            proxy_price_year=effect.proxy.price_year,
            corrections=MappingProxyType(
                {
                    c.field: float(getattr(effect, c.field, c.neutral))
                    for c in corrections()
                    if c.is_fraction
                }
            ),
            first_year=effect.first_year,
            duration_years=effect.duration_years,
            value=value,
        )


def value_map(scenario: Scenario, result: ScenarioResult, alternative_id: str) -> list[ValueMapRow]:
    """Every effect of a variant with its corrections and present value (``by_effect``)."""
    variant = result.result(alternative_id)
    alt = _alternative(scenario, alternative_id)
    return [ValueMapRow.of(scenario, e, variant.by_effect[e.id]) for e in alt.effects]
