"""Edits behind the library browser, the template picker and the derivation panel (no Qt).

Each function is a pure edit operation in the style of ``sroi_app.app.edits``:
``Scenario`` in, a new valid ``Scenario`` out (rebuilt through
``scenario_from_data`` by ``edits.transform``), or ``ScenarioValidationError``
naming the problem. The UI applies them as one undoable command each with
``controller.attempt(commands.build, kind, path, op, *args)``:

- ``use_library_proxy``: a library proxy becomes the proxy of an existing
  effect (name, original value, source, price year, library id), optionally
  with the library's range as ``uncertainty["proxy.value"]``;
- ``add_effect_from_proxy``: a new effect valued with a library proxy;
- ``add_cost_from_unit_cost`` / ``use_unit_cost``: a quantity of a unit cost
  from the unit-cost library as a new cost item, or as the price of an
  existing one (``domain.unit_costs.cost_item_data``);
- ``add_template``: a template's complete effects, its PM posts and any
  stakeholders still missing, in one step (``instantiate_template``);
- ``set_derivation_input`` / ``use_derived_quantity``: keep a quantity equal to
  its kept derivation after an input changes (``sync_quantity``).

``prefill`` gives a template's population inputs from an area-type preset
(and, for all residents, a target group), with a note saying where each
number came from; the picker shows it and the note goes into the source of
the derivation input.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from sroi_app.app.edits import Data, refuse, transform, unique_id
from sroi_app.app.jsonpath import PathError, get_in, set_in
from sroi_app.app.templates import (
    KIND_NAMES,
    PREFILLABLE,
    TemplateError,
    effect_from_proxy,
    instantiate_template,
    recompute_quantity,
    sync_quantity,
)
from sroi_app.domain.area_presets import PresetBook
from sroi_app.domain.cpi import CpiTable
from sroi_app.domain.derivation import FormulaError
from sroi_app.domain.effect_templates import EffectTemplate
from sroi_app.domain.formatting import format_number, format_percent
from sroi_app.domain.labels import in_lang
from sroi_app.domain.models import Effect, Scenario
from sroi_app.domain.proxy_library import (
    LibraryProxy,
    ProxyLibrary,
    effect_proxy_data,
    proxy_value_range,
)
from sroi_app.domain.unit_costs import UnitCost, cost_item_data
from sroi_app.io.cbs import RegionFigures

Lang = Literal["nl", "en"]


# -- the library browser ----------------------------------------------------------------------


def _effect(data: Data, effect_path: str) -> dict[str, Any]:
    effect = get_in(data, effect_path)
    if not isinstance(effect, dict):
        raise PathError(f"no effect at {effect_path}")
    return effect


def _inside(value: float, r: Mapping[str, Any]) -> bool:
    return float(r.get("low", value)) <= value <= float(r.get("high", value))


def use_library_proxy(
    scenario: Scenario,
    effect_path: str,
    proxy: LibraryProxy,
    *,
    lang: Lang = "nl",
    with_range: bool = True,
    cpi: CpiTable | None = None,
) -> Scenario:
    """The effect at ``effect_path`` valued with ``proxy`` (one edit).

    The proxy keeps the library's original value and price year (the engine
    indexes it). With ``with_range`` the library's low-high becomes the range
    of ``proxy.value`` (a library value without a range removes it); without,
    an existing range is kept only if the new value lies inside it, since it
    described the old proxy. An effect without a unit gets the proxy's unit.
    """

    def change(data: Data) -> None:
        effect = _effect(data, effect_path)
        effect["proxy"] = effect_proxy_data(proxy, lang)
        ranges = effect.setdefault("uncertainty", {})
        library_range = proxy_value_range(proxy)
        if with_range and library_range is not None:
            ranges["proxy.value"] = library_range
        elif with_range or (
            "proxy.value" in ranges and not _inside(proxy.value, ranges["proxy.value"])
        ):
            ranges.pop("proxy.value", None)
        if not str(effect.get("unit") or "").strip():
            effect["unit"] = proxy.unit(lang)

    return transform(scenario, change, cpi, effect_path)


def beneficiary_for(scenario: Scenario, kind: str) -> str | None:
    """The stakeholder a template or proxy of this kind goes to by default (None: a new one).

    The same rule as ``instantiate_template``: a stakeholder of that kind,
    else one whose id is the kind.
    """
    for stakeholder in scenario.stakeholders:
        if stakeholder.kind == kind:
            return stakeholder.id
    for stakeholder in scenario.stakeholders:
        if stakeholder.id == kind:
            return stakeholder.id
    return None


def add_effect_from_proxy(
    scenario: Scenario,
    alternative: int,
    proxy: LibraryProxy,
    *,
    lang: Lang = "nl",
    cpi: CpiTable | None = None,
) -> Scenario:
    """A new effect at the end of alternative ``alternative``, valued with ``proxy``.

    The beneficiary is the stakeholder of the proxy's typical kind, else the
    first stakeholder (a scenario without stakeholders is refused with
    ``no_stakeholder``). The quantity starts at 1 unit for the user to set.
    """
    list_path = f"alternatives[{alternative}].effects"
    if not 0 <= alternative < len(scenario.alternatives):
        raise refuse(list_path, "path", f"no alternative {alternative}")
    beneficiary = beneficiary_for(scenario, proxy.beneficiary)
    if beneficiary is None:
        if not scenario.stakeholders:
            raise refuse(list_path, "no_stakeholder", "add a stakeholder first")
        beneficiary = scenario.stakeholders[0].id
    taken = (e.id for e in scenario.alternatives[alternative].effects)
    item = effect_from_proxy(
        proxy, effect_id=unique_id(proxy.id, taken), beneficiary=beneficiary, lang=lang
    )

    def change(data: Data) -> None:
        data["alternatives"][alternative].setdefault("effects", []).append(item)

    return transform(scenario, change, cpi, list_path)


_NOT_POSITIVE = "the quantity must be more than 0"


def _payer_for(scenario: Scenario, list_path: str, payer: str | None) -> str:
    """``payer`` if given, else the municipality (the usual payer), else the first stakeholder."""
    if payer is not None:
        return payer
    found = beneficiary_for(scenario, "gemeente")
    if found is not None:
        return found
    if not scenario.stakeholders:
        raise refuse(list_path, "no_stakeholder", "add a stakeholder first")
    return scenario.stakeholders[0].id


def add_cost_from_unit_cost(
    scenario: Scenario,
    alternative: int,
    entry: UnitCost,
    quantity: float,
    *,
    payer: str | None = None,
    lang: Lang = "nl",
    cpi: CpiTable | None = None,
) -> Scenario:
    """A new cost item at the end of alternative ``alternative``: ``quantity`` x ``entry``.

    The payer is ``payer``, else the stakeholder of kind gemeente, else the
    first stakeholder (none: refused with ``no_stakeholder``). A quantity of
    0 or less is refused with ``not_positive`` on the new item's amount.
    """
    list_path = f"alternatives[{alternative}].costs"
    if not 0 <= alternative < len(scenario.alternatives):
        raise refuse(list_path, "path", f"no alternative {alternative}")
    costs = scenario.alternatives[alternative].costs
    if not (math.isfinite(quantity) and quantity > 0):
        raise refuse(
            f"{list_path}[{len(costs)}].amount",
            "quantity_positive",
            "the quantity must be more than 0",
        )
    item = cost_item_data(
        entry,
        quantity,
        item_id=unique_id(entry.id, (c.id for c in costs)),
        payer=_payer_for(scenario, list_path, payer),
        lang=lang,
    )

    def change(data: Data) -> None:
        data["alternatives"][alternative].setdefault("costs", []).append(item)

    return transform(scenario, change, cpi, list_path)


def use_unit_cost(
    scenario: Scenario,
    cost_path: str,
    entry: UnitCost,
    quantity: float,
    *,
    lang: Lang = "nl",
    cpi: CpiTable | None = None,
) -> Scenario:
    """The cost item at ``cost_path`` priced as ``quantity`` x ``entry`` (one edit).

    The item keeps its id, payer and name (a nameless item takes the entry's);
    amount, price year, range, years (investment: year 0 only; recurring:
    every year) and the note follow the entry.
    """

    def change(data: Data) -> None:
        item = get_in(data, cost_path)
        if not isinstance(item, dict):
            raise PathError(f"no cost item at {cost_path}")
        if not (math.isfinite(quantity) and quantity > 0):
            raise refuse(
                f"{cost_path}.amount", "quantity_positive", "the quantity must be more than 0"
            )
        new = cost_item_data(
            entry, quantity, item_id=str(item["id"]), payer=str(item["payer"]), lang=lang
        )
        if str(item.get("name") or "").strip():
            new["name"] = item["name"]
        ranges = dict(item.get("uncertainty") or {})
        ranges.pop("amount", None)
        ranges.update(new.pop("uncertainty", {}))
        item.pop("last_year", None)
        item.update(new)
        item["uncertainty"] = ranges

    return transform(scenario, change, cpi, cost_path)


# -- the template picker ----------------------------------------------------------------------


def template_kinds(
    template: EffectTemplate,
    with_pm_items: bool = True,
    effect_keys: Collection[str] | None = None,
) -> list[str]:
    """The stakeholder kinds a template's effects (only ``effect_keys``) and PM posts go to."""
    kinds = [
        e.beneficiary_kind for e in template.effects if effect_keys is None or e.key in effect_keys
    ]
    if with_pm_items:
        kinds += [p.beneficiary_kind for p in template.pm_items]
    return list(dict.fromkeys(kinds))


def new_stakeholder_name(kind: str, lang: Lang) -> str:
    return in_lang(KIND_NAMES.get(kind, (kind, kind)), lang)


@dataclass(frozen=True)
class Prefill:
    """A value for one template input from an area preset, and where it came from."""

    value: float
    note: str


def prefill(
    template: EffectTemplate,
    presets: PresetBook,
    area_type: str,
    target_group: str | None = None,
    lang: Lang = "nl",
) -> dict[str, Prefill]:
    """Values for the template's population inputs from an area-type preset.

    The inputs of ``templates.PREFILLABLE`` (all residents, age bands, 65+)
    get the area's typical population times the share; a ``target_group``
    narrows the all-residents input (``residents``) to that group. Each value
    comes with a note naming the preset, the arithmetic and its source.
    """
    area = presets.area(area_type)
    names = {i.name for i in template.inputs}
    found: dict[str, Prefill] = {}
    for name, key in PREFILLABLE.items():
        if name not in names:
            continue
        if key is None and target_group:
            key = target_group
        population, _derivation = presets.population(area_type, key)
        pop = area.population
        residents = "inwoners" if lang == "nl" else "residents"
        sum_text = f"{format_number(pop.value, 0, lang)} {residents}"
        sources = [f"{pop.source} [{pop.verification}]"]
        if key is not None:
            share = presets.share(area_type, key)
            group = (
                presets.group(key).name(lang)
                if key in {g.id for g in presets.target_groups}
                else key
            )
            sum_text += f" x {format_percent(share.value, lang)} ({group})"
            sources.append(f"{share.source} [{share.verification}]")
        label = "Gebiedstype" if lang == "nl" else "Area type"
        note = f"{label} {area.name(lang)}: {sum_text}. " + " ".join(dict.fromkeys(sources))
        found[name] = Prefill(float(round(population)), note)
    return found


#: Template inputs CBS's Kerncijfers give directly: the input and the figure of
#: ``io.cbs.RegionFigures`` (the other age bands of the templates, 20-74 and the
#: like, are not CBS's bands and keep the area preset's or the template's value).
REGION_INPUTS: dict[str, str] = {"residents": "inhabitants", "residents_65plus": "age_65_plus"}
_REGION_WORDS = {
    "nl": {"inhabitants": "inwoners", "age_65_plus": "inwoners van 65 jaar of ouder"},
    "en": {"inhabitants": "residents", "age_65_plus": "residents aged 65 or over"},
}


def prefill_from_region(
    template: EffectTemplate,
    figures: RegionFigures,
    target_group: str | None = None,
    presets: PresetBook | None = None,
    area_type: str | None = None,
    lang: Lang = "nl",
) -> dict[str, Prefill]:
    """Values for the template's population inputs from a region's CBS figures.

    ``residents`` gets the region's inhabitants and ``residents_65plus`` its
    65-plussers. A ``target_group`` narrows ``residents``: the group "old"
    (65+) to CBS's own count, another group to the inhabitants times the
    group's share in the area preset (named in the note). Each note names the
    CBS table, its title and year, and the region's code and name.
    """
    names = {i.name for i in template.inputs}
    source = figures.source_text(lang)
    found: dict[str, Prefill] = {}
    for name, figure in REGION_INPUTS.items():
        if name not in names:
            continue
        if name == "residents" and target_group == "old":
            figure = "age_65_plus"
        value = getattr(figures, figure)
        if value is None:
            continue
        words = _REGION_WORDS[lang][figure]
        note = f"{format_number(value, 0, lang)} {words}"
        if name == "residents" and target_group not in (None, "old"):
            if presets is None or area_type is None:
                continue  # a share needs the area preset; the preset's own value stays
            share = presets.share(area_type, target_group)
            group = presets.group(target_group).name(lang)
            note += f" x {format_percent(share.value, lang)} ({group}; {share.source})"
            value = round(value * share.value)
        found[name] = Prefill(float(value), f"{note}. {source}")
    return found


def add_template(
    scenario: Scenario,
    alternative: int,
    template: EffectTemplate,
    library: ProxyLibrary,
    *,
    inputs: Mapping[str, float] | None = None,
    input_notes: Mapping[str, str] | None = None,
    stakeholder_map: Mapping[str, str] | None = None,
    new_kinds: Collection[str] = (),
    effect_keys: Collection[str] | None = None,
    with_pm_items: bool = True,
    lang: Lang = "nl",
    cpi: CpiTable | None = None,
) -> Scenario:
    """The template's effects added to alternative ``alternative``, as one edit.

    ``inputs`` overrides input values (``input_notes`` say where a value came
    from; the note is added to that input's source in each derivation).
    ``stakeholder_map`` maps a kind to an existing stakeholder id; each kind in
    ``new_kinds`` gets a new stakeholder (named after the kind); a kind in
    neither follows ``instantiate_template``'s own rule. PM posts are added
    unless ``with_pm_items`` is false; they belong to the alternative.
    """
    list_path = f"alternatives[{alternative}].effects"
    if not 0 <= alternative < len(scenario.alternatives):
        raise refuse(list_path, "path", f"no alternative {alternative}")
    alternative_id = scenario.alternatives[alternative].id
    notes = dict(input_notes or {})

    def change(data: Data) -> None:
        stakeholders = data.setdefault("stakeholders", [])
        mapping = dict(stakeholder_map or {})
        for kind in new_kinds:
            new_id = unique_id(kind, (str(s.get("id")) for s in stakeholders))
            stakeholders.append(
                {"id": new_id, "name": new_stakeholder_name(kind, lang), "kind": kind}
            )
            mapping[kind] = new_id
        try:
            instance = instantiate_template(
                template,
                data,
                library,
                alternative_id=alternative_id,
                inputs=inputs,
                stakeholder_map=mapping,
                effect_keys=effect_keys,
                lang=lang,
            )
        except TemplateError as exc:
            raise refuse(list_path, "template", str(exc), reason=str(exc)) from exc
        except FormulaError as exc:  # an input value that makes a formula impossible (x / 0)
            raise refuse(list_path, exc.code, str(exc)) from exc
        if not instance.effects:
            raise refuse(list_path, "too_short", "choose at least one effect of the template")
        for effect in instance.effects:
            for item in effect["quantity_derivation"]["inputs"]:
                if item["name"] in notes:
                    item["source"] = f"{notes[item['name']]} ({item['source']})"
        stakeholders.extend(instance.new_stakeholders)
        data["alternatives"][alternative].setdefault("effects", []).extend(instance.effects)
        if with_pm_items:
            data.setdefault("pm_items", []).extend(instance.pm_items)

    return transform(scenario, change, cpi, list_path)


# -- the derivation panel ---------------------------------------------------------------------


def _rescale_quantity_range(effect: dict[str, Any], old: float, new: float) -> None:
    """Keep the quantity's range around the new quantity with the same relative spread.

    A template gives the quantity a relative range (x0.4 - x2, say); when an
    input changes, the range is scaled by ``new / old`` rather than the edit
    being refused because the new value lies outside the old range. In any
    case the range is widened to hold ``new``.
    """
    ranges = effect.get("uncertainty") or {}
    r = ranges.get("quantity")
    if not isinstance(r, dict):
        return
    low, high = float(r["low"]), float(r["high"])
    if old != 0 and new != 0 and math.copysign(1, old) == math.copysign(1, new):
        factor = new / old
        low, high = sorted((low * factor, high * factor))
    low, high = min(low, new), max(high, new)
    ranges["quantity"] = {**r, "low": low, "high": high}


def _derivation_failure(effect_path: str, exc: Exception) -> Exception:
    if isinstance(exc, FormulaError):
        return refuse(f"{effect_path}.quantity_derivation", exc.code, str(exc))
    return refuse(f"{effect_path}.quantity_derivation", "path", str(exc))


def set_derivation_input(
    scenario: Scenario,
    effect_path: str,
    name: str,
    value: float,
    cpi: CpiTable | None = None,
) -> Scenario:
    """Set one input of the effect's derivation and recompute its quantity (one edit)."""

    def change(data: Data) -> None:
        effect = _effect(data, effect_path)
        try:
            # The range follows the derivation's own change (also after a hand-set quantity).
            old = recompute_quantity(effect.get("quantity_derivation") or {})
        except (FormulaError, KeyError, TypeError, ValueError):
            old = float(effect.get("quantity", 0.0))
        try:
            updated = sync_quantity(effect, **{name: float(value)})
        except (TemplateError, FormulaError) as exc:
            raise _derivation_failure(effect_path, exc) from exc
        _rescale_quantity_range(updated, old, float(updated["quantity"]))
        set_in(data, effect_path, updated)

    return transform(scenario, change, cpi, effect_path)


def use_derived_quantity(
    scenario: Scenario, effect_path: str, cpi: CpiTable | None = None
) -> Scenario:
    """Set the quantity back to what its derivation gives (after a change by hand)."""

    def change(data: Data) -> None:
        effect = _effect(data, effect_path)
        derivation = effect.get("quantity_derivation")
        if not isinstance(derivation, dict):
            raise PathError(f"the effect at {effect_path} has no derivation")
        try:
            derived = recompute_quantity(derivation)
        except FormulaError as exc:
            raise _derivation_failure(effect_path, exc) from exc
        effect["quantity"] = derived
        # The range was made around the derived value: only widen it if it no longer fits.
        _rescale_quantity_range(effect, derived, derived)

    return transform(scenario, change, cpi, effect_path)


def derived_quantity(effect: Effect) -> float | None:
    """What the effect's derivation gives, or None (no derivation, or it cannot be evaluated)."""
    if effect.quantity_derivation is None:
        return None
    try:
        return recompute_quantity(effect.quantity_derivation)
    except FormulaError:
        return None
