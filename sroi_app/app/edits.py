"""Pure edit operations: ``Scenario`` in, new valid ``Scenario`` out, or a refusal.

Every operation works on the scenario's JSON form and rebuilds it through
``scenario_from_data`` (with the CPI table, so price years are checked too),
so an edit either yields a valid document or raises
``ScenarioValidationError`` naming each problem by path and code. The
scenario itself is immutable and never changed in place.

The refusals this module adds to the validation's own codes:
``in_use`` (a stakeholder still pays or receives something), ``no_stakeholder``
(a cost or effect needs one first), ``id_taken`` and ``path`` (the edit names
no field of the document).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from sroi_app.app import fastedit
from sroi_app.app.evaluation import computable
from sroi_app.app.jsonpath import PathError, get_in, join_path, parse_path, set_in
from sroi_app.domain.cpi import CpiTable
from sroi_app.domain.errors import Issue, ScenarioValidationError
from sroi_app.domain.models import Scenario
from sroi_app.domain.validation import scenario_from_data, scenario_to_data
from sroi_app.io.cpi import default_cpi

Data = dict[str, Any]


def _cpi(cpi: CpiTable | None) -> CpiTable:
    return cpi if cpi is not None else default_cpi()


def refuse(path: str, code: str, message: str, **params: Any) -> ScenarioValidationError:
    return ScenarioValidationError([Issue(path, code, message, params)])


def _rebuild(data: Data, cpi: CpiTable | None, path: str = "") -> Scenario:
    cpi = cpi if cpi is not None else default_cpi()
    scenario = scenario_from_data(data, cpi)
    computable(scenario, cpi, path)
    return scenario


def transform(
    scenario: Scenario,
    change: Callable[[Data], None],
    cpi: CpiTable | None = None,
    path: str = "",
) -> Scenario:
    """Apply ``change`` to a copy of the scenario's data and validate the result.

    ``path`` names the target in a refusal when ``change`` finds no such field.
    """
    data = scenario_to_data(scenario)
    try:
        change(data)
    except PathError as exc:
        raise refuse(path, "path", str(exc)) from exc
    return _rebuild(data, cpi, path)


def set_value(scenario: Scenario, path: str, value: Any, cpi: CpiTable | None = None) -> Scenario:
    """The scenario with the field at ``path`` set to ``value`` (``None`` clears it).

    A field of one cost or effect (a table cell) takes the quick way of
    ``sroi_app.app.fastedit``, with the same outcome.
    """
    quick = fastedit.set_item_value(
        scenario, path, value, cpi if cpi is not None else default_cpi()
    )
    if quick is not None:
        return quick
    return transform(scenario, lambda data: set_in(data, path, copy.deepcopy(value)), cpi, path)


def set_values(
    scenario: Scenario, values: Mapping[str, Any], cpi: CpiTable | None = None
) -> Scenario:
    """Several fields at once, validated together (one undo step)."""

    def change(data: Data) -> None:
        for path, value in values.items():
            set_in(data, path, copy.deepcopy(value))

    return transform(scenario, change, cpi)


def _list(data: Data, list_path: str) -> list[Any]:
    items = get_in(data, list_path)
    if items is None and parse_path(list_path):
        set_in(data, list_path, [])
        items = get_in(data, list_path)
    if not isinstance(items, list):
        raise PathError(f"{list_path} is not a list")
    return items


def _on_list(
    scenario: Scenario, list_path: str, edit: Callable[[list[Any]], None], cpi: CpiTable | None
) -> Scenario:
    """``edit`` the list at ``list_path`` (made when missing) of a validated copy."""
    return transform(scenario, lambda data: edit(_list(data, list_path)), cpi)


def insert_item(
    scenario: Scenario,
    list_path: str,
    item: Mapping[str, Any],
    index: int | None = None,
    cpi: CpiTable | None = None,
    *,
    quick: bool = True,
) -> Scenario:
    """Insert ``item`` into the list at ``list_path`` (at the end by default).

    A cost or effect takes the quick way of ``sroi_app.app.fastedit`` (unless
    ``quick`` is False), with the same outcome; so do ``remove_item`` and ``move_item``.
    """
    fast = (
        fastedit.insert_item(scenario, list_path, dict(item), index, _cpi(cpi)) if quick else None
    )

    def insert(items: list[Any]) -> None:
        items.insert(len(items) if index is None else index, copy.deepcopy(dict(item)))

    return fast if fast is not None else _on_list(scenario, list_path, insert, cpi)


def remove_item(
    scenario: Scenario,
    list_path: str,
    index: int,
    cpi: CpiTable | None = None,
    *,
    quick: bool = True,
) -> Scenario:
    """Remove one item; a stakeholder still referenced is refused (``in_use``)."""
    fast = fastedit.remove_item(scenario, list_path, index, _cpi(cpi)) if quick else None
    if fast is not None:
        return fast
    if list_path == "stakeholders" and 0 <= index < len(scenario.stakeholders):
        uses = stakeholder_uses(scenario, scenario.stakeholders[index].id)
        if uses:
            raise refuse(
                f"stakeholders[{index}]",
                "in_use",
                f"still used by {len(uses)} item(s), first {uses[0]}",
                id=scenario.stakeholders[index].id,
                count=len(uses),
                first=uses[0],
            )

    def remove(items: list[Any]) -> None:
        if not 0 <= index < len(items):
            raise PathError(f"no item {index} at {list_path}")
        del items[index]

    return _on_list(scenario, list_path, remove, cpi)


def move_item(
    scenario: Scenario,
    list_path: str,
    index: int,
    new_index: int,
    cpi: CpiTable | None = None,
    *,
    quick: bool = True,
) -> Scenario:
    """Move one item to ``new_index`` (its position after the move)."""
    fast = fastedit.move_item(scenario, list_path, index, new_index, _cpi(cpi)) if quick else None

    def move(items: list[Any]) -> None:
        if not (0 <= index < len(items) and 0 <= new_index < len(items)):
            raise PathError(f"cannot move item {index} to {new_index} at {list_path}")
        items.insert(new_index, items.pop(index))

    return fast if fast is not None else _on_list(scenario, list_path, move, cpi)


def unique_id(base: str, taken: Iterable[str]) -> str:
    """``base``, or ``base-2``, ``base-3``... whichever is free; ids stay short."""
    used = set(taken)
    stem = re.sub(r"[^A-Za-z0-9_-]+", "-", base.strip().lower()).strip("-")[:48] or "item"
    if stem not in used:
        return stem
    match = re.fullmatch(r"(.*)-(\d+)", stem)
    root, n = (match.group(1), int(match.group(2))) if match else (stem, 1)
    while f"{root}-{n}" in used or n == 1:
        n += 1
    return f"{root}-{n}"


def duplicate_alternative(
    scenario: Scenario, index: int, name_suffix: str = " (copy)", cpi: CpiTable | None = None
) -> Scenario:
    """A copy of an alternative right after it: a new unique id, never the reference.

    Cost and effect ids are unique within their alternative, so the copy keeps
    them (the same ``onderhoud`` in two variants is the same kind of cost).
    PM posts tied to the original are copied for the new variant.
    """
    if not 0 <= index < len(scenario.alternatives):
        raise refuse("alternatives", "path", f"no alternative {index}")
    source = scenario.alternatives[index]
    new_id = unique_id(source.id, (a.id for a in scenario.alternatives))

    def change(data: Data) -> None:
        clone = copy.deepcopy(data["alternatives"][index])
        clone["id"] = new_id
        clone["name"] = (source.name or source.id) + name_suffix
        clone.pop("reference", None)
        data["alternatives"].insert(index + 1, clone)
        pm_items = data.get("pm_items", [])
        taken = {p.get("id") for p in pm_items if p.get("id")}
        for pm in [p for p in pm_items if p.get("alternative") == source.id]:
            pm_copy = copy.deepcopy(pm)
            pm_copy["alternative"] = new_id
            if pm_copy.get("id"):
                pm_copy["id"] = unique_id(pm_copy["id"], taken)
                taken.add(pm_copy["id"])
            pm_items.append(pm_copy)

    return transform(scenario, change, cpi)


def set_reference(scenario: Scenario, index: int | None, cpi: CpiTable | None = None) -> Scenario:
    """Make alternative ``index`` the nulalternatief (``None``: no reference at all)."""

    def change(data: Data) -> None:
        for i, alt in enumerate(data["alternatives"]):
            if i == index:
                alt["reference"] = True
            else:
                alt.pop("reference", None)

    return transform(scenario, change, cpi)


def stakeholder_uses(scenario: Scenario, stakeholder_id: str) -> list[str]:
    """Paths of every cost, effect and PM post that names the stakeholder."""
    uses = []
    for a, alt in enumerate(scenario.alternatives):
        uses += [
            f"alternatives[{a}].costs[{c}].payer"
            for c, cost in enumerate(alt.costs)
            if cost.payer == stakeholder_id
        ]
        uses += [
            f"alternatives[{a}].effects[{e}].beneficiary"
            for e, effect in enumerate(alt.effects)
            if effect.beneficiary == stakeholder_id
        ]
    uses += [
        f"pm_items[{p}].stakeholder"
        for p, pm in enumerate(scenario.pm_items)
        if pm.stakeholder == stakeholder_id
    ]
    return uses


def rename_id(
    scenario: Scenario, list_path: str, index: int, new_id: str, cpi: CpiTable | None = None
) -> Scenario:
    """Change an id and every reference to it (stakeholders and alternatives).

    Costs and effects are referred to by nothing, so their ids change alone.
    """
    path = join_path(list_path, index, "id")
    taken = fastedit.taken_item_id(scenario, list_path, index, new_id)
    if taken is not None:  # a cost or effect: nothing refers to it, its id changes alone
        if taken:
            raise refuse(path, "id_taken", f"the id '{new_id}' is already used", id=new_id)
        return set_value(scenario, path, new_id, cpi)
    old_id = get_in(scenario_to_data(scenario), path)
    if not isinstance(new_id, str) or new_id == old_id:
        return set_value(scenario, path, new_id, cpi)
    siblings = get_in(scenario_to_data(scenario), list_path) or []
    if any(i != index and s.get("id") == new_id for i, s in enumerate(siblings)):
        raise refuse(path, "id_taken", f"the id '{new_id}' is already used", id=new_id)

    def change(data: Data) -> None:
        set_in(data, path, new_id)
        if list_path == "stakeholders":
            for alt in data["alternatives"]:
                for cost in alt.get("costs", []):
                    if cost.get("payer") == old_id:
                        cost["payer"] = new_id
                for effect in alt.get("effects", []):
                    if effect.get("beneficiary") == old_id:
                        effect["beneficiary"] = new_id
            for pm in data.get("pm_items", []):
                if pm.get("stakeholder") == old_id:
                    pm["stakeholder"] = new_id
        elif list_path == "alternatives":
            for pm in data.get("pm_items", []):
                if pm.get("alternative") == old_id:
                    pm["alternative"] = new_id

    return transform(scenario, change, cpi)


def set_chain_step(
    scenario: Scenario, effect_path: str, step: int, text: str, cpi: CpiTable | None = None
) -> Scenario:
    """Set one step of an effect's chain (0 intervention ... 3 impact).

    Missing earlier steps become empty strings; trailing empty steps are
    dropped so an untouched chain stays ``[]``.
    """

    def change(data: Data) -> None:
        effect = get_in(data, effect_path)
        if not isinstance(effect, dict):
            raise PathError(f"no effect at {effect_path}")
        chain = list(effect.get("chain", []))
        chain += [""] * (step + 1 - len(chain))
        chain[step] = text
        while chain and not chain[-1].strip():
            chain.pop()
        effect["chain"] = chain

    return transform(scenario, change, cpi)


# -- new items with valid defaults ---------------------------------------------------------


def _first_stakeholder(scenario: Scenario, path: str) -> str:
    if not scenario.stakeholders:
        raise refuse(path, "no_stakeholder", "add a stakeholder first")
    return scenario.stakeholders[0].id


def new_stakeholder(scenario: Scenario, name: str, kind: str | None = None) -> Data:
    item: Data = {"id": unique_id(name, (s.id for s in scenario.stakeholders)), "name": name}
    if kind:
        item["kind"] = kind
    return item


def new_alternative(scenario: Scenario, name: str) -> Data:
    return {
        "id": unique_id(name, (a.id for a in scenario.alternatives)),
        "name": name,
        "costs": [],
        "effects": [],
    }


def new_cost(scenario: Scenario, alternative: int, name: str) -> Data:
    alt = scenario.alternatives[alternative]
    return {
        "id": unique_id(name, (c.id for c in alt.costs)),
        "name": name,
        "payer": _first_stakeholder(scenario, f"alternatives[{alternative}].costs"),
        "amount": 0.0,
        "first_year": 0,
    }


def new_effect(scenario: Scenario, alternative: int, name: str) -> Data:
    alt = scenario.alternatives[alternative]
    return {
        "id": unique_id(name, (e.id for e in alt.effects)),
        "name": name,
        "beneficiary": _first_stakeholder(scenario, f"alternatives[{alternative}].effects"),
        "quantity": 0.0,
        "proxy": {"name": "", "value": 0.0, "source": ""},
        "first_year": 1,
        "duration_years": 1,
    }


def new_pm_item(scenario: Scenario, name: str) -> Data:
    return {
        "id": unique_id(name, (p.id for p in scenario.pm_items if p.id)),
        "name": name,
        "sign": "?",
    }
