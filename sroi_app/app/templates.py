"""Use cases around effect-chain templates and the proxy library (no Qt).

The app's template picker and library browser call these:

- ``instantiate_template`` turns a template into complete effect dicts for a
  scenario (chain, indicator, beneficiary mapped to a stakeholder, quantity
  with its kept derivation, proxy with source and price year, corrections and
  ranges), plus the PM posts it suggests and any stakeholders still missing.
- ``insert_template`` adds them to a scenario's data and validates the result
  with ``scenario_from_data`` (the one way to build a scenario), so an edit
  command can snapshot before and after.
- ``prefill_inputs`` fills a template's population inputs from an area preset.
- ``effect_from_proxy`` starts a new effect from a library proxy.
- ``recompute_quantity`` / ``sync_quantity`` keep a quantity equal to its
  derivation after the user edits one of the derivation's inputs.
"""

from __future__ import annotations

import copy
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from sroi_app.domain.area_presets import PresetBook
from sroi_app.domain.cpi import CpiTable
from sroi_app.domain.derivation import evaluate, formula_names
from sroi_app.domain.effect_templates import EffectTemplate, TemplateEffect
from sroi_app.domain.models import Derivation, Scenario
from sroi_app.domain.proxy_library import (
    LibraryProxy,
    ProxyLibrary,
    effect_proxy_data,
    proxy_value_range,
)
from sroi_app.domain.validation import scenario_from_data, scenario_to_data

Lang = Literal["nl", "en"]

#: Names for stakeholders a template adds when the scenario has none of that kind.
KIND_NAMES: dict[str, tuple[str, str]] = {
    "gemeente": ("Gemeente", "Municipality"),
    "provincie": ("Provincie", "Province"),
    "rijk": ("Rijk", "Central government"),
    "woningcorporatie": ("Woningcorporatie", "Housing corporation"),
    "zorgverzekeraar": ("Zorgverzekeraar", "Health insurer"),
    "ggd": ("GGD", "Municipal health service (GGD)"),
    "zorg_welzijn": ("Zorg- en welzijnsorganisaties", "Care and welfare organisations"),
    "bewoners": ("Bewoners", "Residents"),
    "ondernemers": ("Ondernemers en werkgevers", "Businesses and employers"),
    "overig": ("Overig (samenleving)", "Other (society)"),
}

#: Template inputs that an area preset can fill: input name -> share key (None = all residents).
PREFILLABLE: dict[str, str | None] = {
    "residents": None,
    "adults_20_74": "adults_20_74",
    "adults_20_64": "adults_20_64",
    "residents_65plus": "old",
    "children_4_12": "children_4_12",
}


class TemplateError(ValueError):
    """A template cannot be applied (unknown input, no stakeholder to map to, ...)."""


@dataclass(frozen=True)
class TemplateInstance:
    """What applying a template adds to a scenario (plain JSON-ready dicts)."""

    template_id: str
    effects: list[dict[str, Any]]
    pm_items: list[dict[str, Any]] = field(default_factory=list)
    new_stakeholders: list[dict[str, Any]] = field(default_factory=list)


def _unique_id(base: str, taken: set[str]) -> str:
    if base not in taken:
        return base
    n = 2
    while f"{base}_{n}" in taken:
        n += 1
    return f"{base}_{n}"


def _stakeholder_for(
    kind: str,
    stakeholders: list[Mapping[str, Any]],
    stakeholder_map: Mapping[str, str],
    new: list[dict[str, Any]],
    add_missing: bool,
    lang: Lang,
) -> str:
    if kind in stakeholder_map:
        return stakeholder_map[kind]
    candidates: list[Mapping[str, Any]] = [*stakeholders, *new]
    for s in candidates:
        if s.get("kind") == kind:
            return str(s["id"])
    for s in candidates:
        if s.get("id") == kind:
            return str(s["id"])
    if not add_missing:
        raise TemplateError(f"the scenario has no stakeholder of kind '{kind}'; map it or add one")
    taken = {str(s.get("id")) for s in candidates}
    nl, en = KIND_NAMES.get(kind, (kind, kind))
    created = {"id": _unique_id(kind, taken), "name": nl if lang == "nl" else en, "kind": kind}
    new.append(created)
    return str(created["id"])


def template_input_values(
    template: EffectTemplate, inputs: Mapping[str, float] | None = None
) -> dict[str, float]:
    """The template's default input values with ``inputs`` applied (unknown names refused)."""
    values = {i.name: i.value for i in template.inputs}
    for name, value in (inputs or {}).items():
        if name not in values:
            raise TemplateError(f"template '{template.id}' has no input '{name}'")
        values[name] = float(value)
    return values


def _derivation(
    template: EffectTemplate, effect: TemplateEffect, values: Mapping[str, float], lang: Lang
) -> dict[str, Any]:
    used = formula_names(effect.formula)
    items = []
    for item in template.inputs:
        if item.name not in used:
            continue
        entry: dict[str, Any] = {
            "name": item.name,
            "value": values[item.name],
            "unit": item.unit(lang),
            "label": item.label(lang),
            "source": f"{item.source} [{_STATUS[lang].get(item.verification, item.verification)}]",
        }
        if item.low is not None and item.high is not None:
            entry["low"], entry["high"] = item.low, item.high
        if values[item.name] != item.value:
            if lang == "nl":
                default = f"{item.value:g}".replace(".", ",")
                entry["source"] += (
                    f" (standaard van het sjabloon {default}, voor dit scenario gewijzigd)"
                )
            else:
                entry["source"] += f" (template default {item.value:g}, set for this scenario)"
        items.append(entry)
    word = "sjabloon" if lang == "nl" else "template"
    return {"formula": effect.formula, "inputs": items, "note": f"{word} {template.id}"}


#: An input's verification status as it goes into a document, in its language.
_STATUS: dict[str, dict[str, str]] = {
    "nl": {"checked": "gecontroleerd", "derived": "afgeleid", "unverified": "niet geverifieerd"},
    "en": {"checked": "checked", "derived": "derived", "unverified": "unverified"},
}


def _effect_dict(
    template: EffectTemplate,
    effect: TemplateEffect,
    values: Mapping[str, float],
    proxy: LibraryProxy,
    beneficiary: str,
    effect_id: str,
    lang: Lang,
) -> dict[str, Any]:
    quantity = evaluate(effect.formula, values)
    proxy_data = effect_proxy_data(proxy, lang)
    uncertainty: dict[str, Any] = {}
    low_f, high_f = effect.quantity_range
    if low_f < high_f and quantity != 0:
        lo, hi = sorted((quantity * low_f, quantity * high_f))
        uncertainty["quantity"] = {"low": lo, "high": hi, "distribution": "triangular"}
    value_range = proxy_value_range(proxy)
    if effect.proxy_sign == -1:
        proxy_data["value"] = -proxy.value
        proxy_data["name"] = ("Negatief: " if lang == "nl" else "Negative: ") + proxy_data["name"]
        if value_range is not None:
            value_range = {**value_range, "low": -proxy.high, "high": -proxy.low}
    if value_range is not None:
        uncertainty["proxy.value"] = value_range
    for name, r in effect.ranges.items():
        uncertainty[name] = r.model_dump()
    unverified = [
        i.label(lang).lower()  # the words of the document's language, not the formula's names
        for i in template.inputs
        if i.name in formula_names(effect.formula) and i.verification == "unverified"
    ]
    if lang == "nl":
        note = f"Ingevoegd uit sjabloon '{template.name_nl}'."
        if unverified:
            note += " Niet-geverifieerde invoer: " + ", ".join(unverified) + "."
    else:
        note = f"Inserted from template '{template.name_en}'."
        if unverified:
            note += " Unverified inputs: " + ", ".join(unverified) + "."
    return {
        "id": effect_id,
        "name": effect.name_nl if lang == "nl" else effect.name_en,
        "chain": list(effect.chain_nl if lang == "nl" else effect.chain_en),
        "indicator": effect.indicator_nl if lang == "nl" else effect.indicator_en,
        "beneficiary": beneficiary,
        "quantity": quantity,
        "unit": effect.unit_nl if lang == "nl" else effect.unit_en,
        "proxy": proxy_data,
        "first_year": effect.first_year,
        "duration_years": effect.duration_years,
        "deadweight": effect.deadweight,
        "displacement": effect.displacement,
        "attribution": effect.attribution,
        "drop_off": effect.drop_off,
        "ramp_up_years": effect.ramp_up_years,
        "source": f"{effect.evidence} Proxy: {proxy.citation(lang)}",
        "note": note,
        "uncertainty": uncertainty,
        "quantity_derivation": _derivation(template, effect, values, lang),
        "template_id": template.id,
    }


def _widen_range(item: dict[str, Any], key: str) -> None:
    """Keep a template range around a value the caller overrode (contract: low <= value <= high)."""
    ranges = item.get("uncertainty", {})
    value = item.get(key)
    if key in ranges and isinstance(value, int | float) and not isinstance(value, bool):
        ranges[key] = {
            **ranges[key],
            "low": min(ranges[key]["low"], value),
            "high": max(ranges[key]["high"], value),
        }


def instantiate_template(
    template: EffectTemplate,
    scenario: Scenario | Mapping[str, Any],
    library: ProxyLibrary,
    *,
    alternative_id: str | None = None,
    inputs: Mapping[str, float] | None = None,
    stakeholder_map: Mapping[str, str] | None = None,
    overrides: Mapping[str, Mapping[str, Any]] | None = None,
    effect_keys: Collection[str] | None = None,
    add_missing_stakeholders: bool = True,
    lang: Lang = "nl",
) -> TemplateInstance:
    """Complete effect dicts (and PM posts) for ``scenario`` from ``template``.

    ``inputs`` overrides the template's input values; ``stakeholder_map`` maps a
    stakeholder kind to a scenario stakeholder id (by default a stakeholder of
    that ``kind``, else one whose id is the kind, else a new one when
    ``add_missing_stakeholders``). ``overrides`` sets fields of single effects by
    template effect key, for example ``{"walking": {"duration_years": 15}}``;
    ``effect_keys`` keeps only those effects of the template. Effect ids are
    made unique within ``alternative_id`` (when given).
    """
    data = scenario_to_data(scenario) if isinstance(scenario, Scenario) else dict(scenario)
    stakeholders = [s for s in data.get("stakeholders", []) if isinstance(s, Mapping)]
    taken: set[str] = set()
    for alt in data.get("alternatives", []):
        if alternative_id is None or alt.get("id") == alternative_id:
            taken |= {str(e.get("id")) for e in alt.get("effects", [])}
    values = template_input_values(template, inputs)
    mapping = dict(stakeholder_map or {})
    new: list[dict[str, Any]] = []
    effects = []
    keys = {e.key for e in template.effects}
    unknown = set(effect_keys or ()) - keys
    if unknown:
        raise TemplateError(f"template '{template.id}' has no effect {', '.join(sorted(unknown))}")
    for effect in template.effects:
        if effect_keys is not None and effect.key not in effect_keys:
            continue
        beneficiary = _stakeholder_for(
            effect.beneficiary_kind, stakeholders, mapping, new, add_missing_stakeholders, lang
        )
        effect_id = _unique_id(f"{template.id}_{effect.key}", taken)
        taken.add(effect_id)
        try:
            proxy = library.get(effect.proxy_id)
        except KeyError as exc:
            raise TemplateError(str(exc)) from exc
        item = _effect_dict(template, effect, values, proxy, beneficiary, effect_id, lang)
        for key, value in (overrides or {}).get(effect.key, {}).items():
            item[key] = copy.deepcopy(value)
            _widen_range(item, key)
        effects.append(item)
    pm_items = []
    for pm in template.pm_items:
        stakeholder = _stakeholder_for(
            pm.beneficiary_kind, stakeholders, mapping, new, add_missing_stakeholders, lang
        )
        entry: dict[str, Any] = {
            "name": pm.name_nl if lang == "nl" else pm.name_en,
            "stakeholder": stakeholder,
            "sign": pm.sign,
        }
        note = pm.note_nl if lang == "nl" else pm.note_en
        if note:
            entry["note"] = note
        if alternative_id is not None:
            entry["alternative"] = alternative_id
        pm_items.append(entry)
    return TemplateInstance(template.id, effects, pm_items, new)


def insert_template(
    scenario_data: Mapping[str, Any],
    alternative_id: str,
    template: EffectTemplate,
    library: ProxyLibrary,
    *,
    cpi: CpiTable | None = None,
    with_pm_items: bool = True,
    **options: Any,
) -> dict[str, Any]:
    """A copy of ``scenario_data`` with the template's effects added to one alternative.

    Missing stakeholders are added; the PM posts too unless ``with_pm_items`` is
    false. The result is validated with ``scenario_from_data`` (raises
    ``ScenarioValidationError`` naming each problem), so what is returned is a
    valid document.
    """
    data = copy.deepcopy(dict(scenario_data))
    alternatives = data.get("alternatives", [])
    target = next((a for a in alternatives if a.get("id") == alternative_id), None)
    if target is None:
        raise TemplateError(f"no alternative '{alternative_id}'")
    instance = instantiate_template(
        template, data, library, alternative_id=alternative_id, **options
    )
    data.setdefault("stakeholders", []).extend(instance.new_stakeholders)
    target.setdefault("effects", []).extend(instance.effects)
    if with_pm_items:
        data.setdefault("pm_items", []).extend(instance.pm_items)
    scenario_from_data(data, cpi)
    return data


def prefill_inputs(
    template: EffectTemplate, presets: PresetBook, area_type: str
) -> dict[str, float]:
    """Values for the template's population inputs from an area-type preset.

    Only inputs listed in ``PREFILLABLE`` are filled; the rest keep their
    defaults. Pass the result as ``inputs`` to ``instantiate_template``.
    """
    names = {i.name for i in template.inputs}
    values: dict[str, float] = {}
    for name, key in PREFILLABLE.items():
        if name in names:
            values[name] = round(presets.population(area_type, key)[0])
    return values


def effect_from_proxy(
    proxy: LibraryProxy,
    *,
    effect_id: str,
    beneficiary: str,
    quantity: float = 1.0,
    lang: Lang = "nl",
) -> dict[str, Any]:
    """A minimal effect dict valued with a library proxy (the browser's 'insert')."""
    effect: dict[str, Any] = {
        "id": effect_id,
        "name": proxy.name(lang),
        "beneficiary": beneficiary,
        "quantity": quantity,
        "unit": proxy.unit(lang),
        "proxy": effect_proxy_data(proxy, lang),
        "source": proxy.citation(lang),
    }
    value_range = proxy_value_range(proxy)
    if value_range is not None:
        effect["uncertainty"] = {"proxy.value": value_range}
    return effect


def recompute_quantity(derivation: Derivation | Mapping[str, Any]) -> float:
    """The value of a kept derivation (``FormulaError`` when it cannot be evaluated)."""
    if isinstance(derivation, Derivation):
        return evaluate(derivation.formula, derivation.values())
    values = {str(i["name"]): float(i["value"]) for i in derivation.get("inputs", [])}
    return evaluate(str(derivation["formula"]), values)


def sync_quantity(effect: Mapping[str, Any], **input_values: float) -> dict[str, Any]:
    """A copy of an effect dict with derivation inputs set and the quantity recomputed."""
    out = copy.deepcopy(dict(effect))
    derivation = out.get("quantity_derivation")
    if not isinstance(derivation, dict):
        raise TemplateError("the effect has no derivation")
    names = {i["name"] for i in derivation.get("inputs", [])}
    unknown = set(input_values) - names
    if unknown:
        raise TemplateError(f"the derivation has no input {', '.join(sorted(unknown))}")
    for item in derivation["inputs"]:
        if item["name"] in input_values:
            item["value"] = float(input_values[item["name"]])
    out["quantity"] = recompute_quantity(derivation)
    return out
