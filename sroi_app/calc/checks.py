"""Sanity warnings before a result is presented ("do not over-claim").

These never block a calculation; they are listed beside the results, in
exports and reports. Each warning has a stable ``code`` for translation, the
JSON path it concerns, and an English message.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from sroi_app.calc.monitoring import has_monitoring, monitor
from sroi_app.calc.results import ScenarioResult
from sroi_app.domain.cpi import CpiTable
from sroi_app.domain.derivation import FormulaError, evaluate, matches
from sroi_app.domain.errors import Issue
from sroi_app.domain.models import Effect, Scenario

if TYPE_CHECKING:  # compute, which runs no simulation, does not load it
    from sroi_app.calc.montecarlo import MonteCarloResult

LONG_DURATION_YEARS = 30
HIGH_SROI_RATIO = 10.0


#: One effect giving more than this share of a variant's PV benefits is flagged.
CONCENTRATION_SHARE = 0.5


def scenario_warnings(
    scenario: Scenario,
    result: ScenarioResult | None = None,
    cpi: CpiTable | None = None,
    capitalised: frozenset[str] = frozenset(),
) -> list[Issue]:
    """Over-claiming and plausibility warnings, in document order.

    ``capitalised``: the library ids of proxies that are one-off capitalised
    values (``io.proxies.capitalised_ids``); such an effect beside recurring
    benefits to the same beneficiary may count the same amenity twice.
    """
    warnings: list[Issue] = []
    horizon = scenario.settings.horizon_years
    effects = [
        (f"alternatives[{a}].effects[{e}]", alt, effect)
        for a, alt in enumerate(scenario.alternatives)
        for e, effect in enumerate(alt.effects)
    ]
    variant_effects = [(p, alt, e) for p, alt, e in effects if not alt.reference]
    if variant_effects and all(e.deadweight == 0 for _, _, e in variant_effects):
        warnings.append(
            Issue(
                "",
                "all_deadweight_zero",
                "every effect has zero deadweight: would none of it have happened anyway?",
            )
        )
    seen: dict[tuple[str, str, str, float, str], str] = {}
    for path, alt, effect in effects:
        if effect.duration_years > LONG_DURATION_YEARS:
            warnings.append(
                Issue(
                    f"{path}.duration_years",
                    "long_duration",
                    f"the effect lasts {effect.duration_years} years (more than"
                    f" {LONG_DURATION_YEARS}); is that evidenced?",
                    {"years": effect.duration_years, "limit": LONG_DURATION_YEARS},
                )
            )
        if not alt.reference and _corrections_unset(effect):
            warnings.append(
                Issue(
                    path,
                    "corrections_unset",
                    "0% deadweight, 0% attribution and a duration of 1 year: the starting"
                    " values of a new effect; are they set?",
                )
            )
        if effect.first_year > horizon:
            warnings.append(
                Issue(
                    f"{path}.first_year",
                    "starts_after_horizon",
                    f"the effect starts in year {effect.first_year}, after the horizon"
                    f" ({horizon}): it counts for nothing",
                    {"first_year": effect.first_year, "horizon": horizon},
                )
            )
        last = effect.first_year + effect.duration_years - 1
        if effect.duration_years and effect.first_year <= horizon < last:
            warnings.append(
                Issue(
                    f"{path}.duration_years",
                    "runs_past_horizon",
                    f"the effect runs to year {last}, past the horizon ({horizon}): only years"
                    f" {effect.first_year}-{horizon} are counted",
                    {"first_year": effect.first_year, "last": last, "horizon": horizon},
                )
            )
        if not effect.proxy.source.strip():
            warnings.append(
                Issue(f"{path}.proxy.source", "proxy_without_source", "the proxy has no source")
            )
        warnings.extend(_derivation_mismatch(effect, path))
        proxy_key = effect.proxy.library_id or effect.proxy.name.strip().lower()
        # The unit is part of the key: walking and cycling deaths prevented share the
        # value of a statistical life but count different people.
        key = (alt.id, effect.beneficiary, proxy_key, effect.proxy.value, effect.unit)
        if proxy_key and key in seen:
            warnings.append(
                Issue(
                    path,
                    "double_counting",
                    f"same proxy for the same beneficiary as {seen[key]}: possible double counting",
                    {"other": seen[key]},
                )
            )
        else:
            seen[key] = path
    warnings.extend(_capitalised_beside_recurring(scenario, capitalised))
    if result is not None:
        warnings.extend(_benefit_concentration(scenario, result))
        for r in result.results:
            if r.several_irrs:
                shown = ", ".join(f"{rate:.2%}" for rate in r.irr_rates[:5])
                warnings.append(
                    Issue(
                        f"alternatives[{_index(scenario, r.alternative_id)}]",
                        "multiple_irr",
                        f"the net flows have {len(r.irr_rates)} internal rates of return"
                        f" ({shown}); the one closest to zero is shown, and the IRR says"
                        " little here: use the NPV",
                        {"count": len(r.irr_rates), "rates": shown},
                    )
                )
            if r.sroi_ratio is not None and r.sroi_ratio > HIGH_SROI_RATIO:
                warnings.append(
                    Issue(
                        f"alternatives[{_index(scenario, r.alternative_id)}]",
                        "high_ratio",
                        f"SROI ratio {r.sroi_ratio:.1f} is above {HIGH_SROI_RATIO:.0f}:"
                        " check for over-claiming",
                        {"ratio": r.sroi_ratio, "limit": HIGH_SROI_RATIO},
                    )
                )
    if cpi is not None:
        warnings.extend(_extrapolated_price_years(scenario, cpi))
        if result is not None and has_monitoring(scenario):
            warnings.extend(_far_below_forecast(scenario, cpi, result))
    return warnings


def _far_below_forecast(scenario: Scenario, cpi: CpiTable, result: ScenarioResult) -> list[Issue]:
    """A measurement far below its forecast (under half of it) in the latest measured year."""
    out = []
    for m in monitor(scenario, cpi, result):
        a = _index(scenario, m.alternative_id)
        for e, effect in enumerate(scenario.alternatives[a].effects):
            item = m.by_effect.get(effect.id)
            if item is None or item.status != "far_below" or item.latest_ratio is None:
                continue
            out.append(
                Issue(
                    f"alternatives[{a}].effects[{e}].measurements",
                    "measurement_far_below",
                    f"in {item.years[-1]} the measured value is {item.latest_ratio:.0%} of the"
                    " forecast: is the effect behind, or was the forecast too high?",
                    {"year": item.years[-1], "share": item.latest_ratio},
                )
            )
    return out


def _derivation_mismatch(effect: Effect, path: str) -> list[Issue]:
    """The quantity no longer equals its kept derivation (edited by hand)."""
    derivation = effect.quantity_derivation
    if derivation is None:
        return []
    try:
        derived = evaluate(derivation.formula, derivation.values())
    except FormulaError:
        return []  # validation reports formula problems
    if matches(effect.quantity, derived):
        return []
    return [
        Issue(
            f"{path}.quantity",
            "derivation_mismatch",
            f"the quantity ({effect.quantity:g}) differs from its derivation"
            f" {derivation.formula} = {derived:g}",
            {"quantity": effect.quantity, "derived": derived},
        )
    ]


def _capitalised_beside_recurring(scenario: Scenario, capitalised: frozenset[str]) -> list[Issue]:
    """A one-off capitalised value beside recurring benefits to the same beneficiary."""
    out = []
    for a, alt in enumerate(scenario.alternatives):
        for e, effect in enumerate(alt.effects):
            if effect.proxy.library_id not in capitalised:
                continue
            others = [
                other.name or other.id
                for other in alt.effects
                if other is not effect
                and other.beneficiary == effect.beneficiary
                and other.proxy.library_id not in capitalised
                and other.duration_years > 1
            ]
            if others:
                out.append(
                    Issue(
                        f"alternatives[{a}].effects[{e}]",
                        "capitalised_double_counting",
                        "a capitalised (one-off) value beside recurring benefits to the same"
                        f" beneficiary ({', '.join(others[:3])}): the price may already hold"
                        " those benefits; possible double counting",
                        {"others": ", ".join(others[:3]), "count": len(others)},
                    )
                )
    return out


def _benefit_concentration(scenario: Scenario, result: ScenarioResult) -> list[Issue]:
    """One effect gives more than half of a variant's PV benefits."""
    out = []
    for r in result.results:
        if r.pv_benefits <= 0:
            continue
        a = _index(scenario, r.alternative_id)
        for e, effect in enumerate(scenario.alternatives[a].effects):
            share = r.by_effect.get(effect.id, 0.0) / r.pv_benefits
            if share > CONCENTRATION_SHARE:
                out.append(
                    Issue(
                        f"alternatives[{a}].effects[{e}]",
                        "benefit_concentration",
                        f"this effect gives {share:.0%} of the variant's PV benefits: the result"
                        " stands or falls with it",
                        {"share": share, "limit": CONCENTRATION_SHARE},
                    )
                )
    return out


def _index(scenario: Scenario, alternative_id: str) -> int:
    return next(i for i, a in enumerate(scenario.alternatives) if a.id == alternative_id)


def _corrections_unset(effect: Effect) -> bool:
    """Whether an effect still has the starting values of a new one (issue 15, item 7).

    An effect made from a library proxy starts with nothing taken off for what would
    have happened anyway or is owed to others, and with one year of effect.
    """
    return effect.deadweight == 0 and effect.attribution == 0 and effect.duration_years == 1


def _extrapolated_price_years(scenario: Scenario, cpi: CpiTable) -> list[Issue]:
    years: dict[int, list[str]] = defaultdict(list)
    years[scenario.settings.effective_price_year].append("settings.price_year")
    for a, alt in enumerate(scenario.alternatives):
        for c, cost in enumerate(alt.costs):
            if cost.price_year is not None:
                years[cost.price_year].append(f"alternatives[{a}].costs[{c}].price_year")
        for e, effect in enumerate(alt.effects):
            if effect.proxy.price_year is not None:
                years[effect.proxy.price_year].append(
                    f"alternatives[{a}].effects[{e}].proxy.price_year"
                )
    return [
        Issue(
            paths[0],
            "cpi_extrapolated",
            f"no CBS price index for {year} yet: the {cpi.last_year} index is used",
            {"year": year, "last_year": cpi.last_year, "count": len(paths)},
        )
        for year, paths in sorted(years.items())
        if cpi.is_extrapolated(year)
    ]


def simulation_warnings(
    scenario: Scenario, result: ScenarioResult, simulation: MonteCarloResult
) -> list[Issue]:
    """Checks that need the simulation (issue 11, item 4): a variant whose point NPV and
    simulated mean NPV have opposite signs. The ranges are lopsided, so the central values
    tell another story than the uncertainty does; say both. ``compute --json`` runs no
    simulation and so never carries this code; the report, the workbook and the app's
    decision tab do."""
    found = []
    for r in result.results:
        try:
            simulated = simulation.result(r.alternative_id)
        except KeyError:
            continue
        mean = simulated.npv_summary.mean
        if mean is not None and r.npv * mean < 0:
            found.append(
                Issue(
                    f"alternatives[{_index(scenario, r.alternative_id)}]",
                    "mean_npv_opposite_sign",
                    f"the NPV at the central values ({r.npv:,.0f}) and the simulated mean NPV"
                    f" ({mean:,.0f}) have opposite signs: the ranges are lopsided",
                    {"npv": r.npv, "mean": mean},
                )
            )
    return found
