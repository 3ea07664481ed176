"""The quick way of an edit to one cost or effect: a field (a table cell), or the
item itself inserted, removed or moved within its list.

``edits.set_value`` rebuilds the whole document through
``scenario_from_data``: simple and certainly right, but on a scenario of 20
alternatives x 500 effects that is a second of work per typed value. Most
edits change one field of one cost or effect, and for those this module
gives the same outcome in milliseconds: only the item is validated
(``domain.validation.replace_item``, with every whole-document check that
involves it), and only its alternative's flows are computed to check that
the numbers can still be computed (``calc.engine.compute_changed``, reusing
the previous result). The outcome is the same scenario or the same refusal
as the general way (tests/test_fastedit.py compares them on random edits);
anything this module does not handle returns ``None`` and takes the general
way. Nothing in a scenario refers to a cost or an effect, so removing or
moving one leaves the others valid, and an inserted one is validated like an
edited one (issue 17: 0.5-1 s per added or removed effect at 20 x 500).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from sroi_app.app.evaluation import computable
from sroi_app.app.jsonpath import PathError, parse_path, set_in
from sroi_app.domain.cpi import CpiTable
from sroi_app.domain.models import Scenario
from sroi_app.domain.validation import model_to_data, replace_item


def _item_list(scenario: Scenario, list_path: str) -> tuple[int, str] | None:
    """``(alternative, "costs"|"effects")`` when ``list_path`` names such a list."""
    try:
        parts = parse_path(list_path)
    except PathError:
        return None
    if not (
        len(parts) == 3
        and parts[0] == "alternatives"
        and isinstance(parts[1], int)
        and parts[2] in ("costs", "effects")
        and 0 <= parts[1] < len(scenario.alternatives)
    ):
        return None
    return parts[1], str(parts[2])


def _with_items(scenario: Scenario, a: int, kind: str, items: list[Any]) -> Scenario:
    alternatives = list(scenario.alternatives)
    alternatives[a] = alternatives[a].model_copy(update={kind: items})
    return scenario.model_copy(update={"alternatives": alternatives})


def _items(scenario: Scenario, a: int, kind: str) -> list[Any]:
    alt = scenario.alternatives[a]
    return list(alt.costs if kind == "costs" else alt.effects)


def insert_item(
    scenario: Scenario, list_path: str, item: Any, index: int | None, cpi: CpiTable
) -> Scenario | None:
    """``edits.insert_item`` into a list of costs or effects; ``None`` if not such a list."""
    where = _item_list(scenario, list_path)
    if where is None or not isinstance(item, dict):
        return None
    a, kind = where
    size = len(_items(scenario, a, kind))
    at = size if index is None else index
    if not 0 <= at <= size:
        return None  # the general way clamps like list.insert
    after = replace_item(scenario, a, kind, at, copy.deepcopy(item), cpi, insert=True)
    computable(after, cpi, "", before=scenario, changed=a)
    return after


def remove_item(scenario: Scenario, list_path: str, index: int, cpi: CpiTable) -> Scenario | None:
    """``edits.remove_item`` from a list of costs or effects; ``None`` if not such a list."""

    def remove(items: list[Any]) -> bool:
        if not 0 <= index < len(items):
            return False
        del items[index]
        return True

    return _rearranged(scenario, list_path, remove, cpi)


def move_item(
    scenario: Scenario, list_path: str, index: int, new_index: int, cpi: CpiTable
) -> Scenario | None:
    """``edits.move_item`` within a list of costs or effects; ``None`` if not such a list."""

    def move(items: list[Any]) -> bool:
        if not (0 <= index < len(items) and 0 <= new_index < len(items)):
            return False
        items.insert(new_index, items.pop(index))
        return True

    return _rearranged(scenario, list_path, move, cpi)


def _rearranged(
    scenario: Scenario, list_path: str, edit: Callable[[list[Any]], bool], cpi: CpiTable
) -> Scenario | None:
    """A costs or effects list after ``edit`` (False: out of range, no quick way)."""
    where = _item_list(scenario, list_path)
    if where is None:
        return None
    a, kind = where
    items = _items(scenario, a, kind)
    if not edit(items):
        return None
    after = _with_items(scenario, a, kind, items)
    computable(after, cpi, "", before=scenario, changed=a)
    return after


def taken_item_id(scenario: Scenario, list_path: str, index: int, new_id: str) -> bool | None:
    """Whether another cost or effect of the list has ``new_id``; ``None`` if not such a list."""
    where = _item_list(scenario, list_path)
    if where is None:
        return None
    items = _items(scenario, *where)
    if not 0 <= index < len(items):
        return None
    return any(i != index and s.id == new_id for i, s in enumerate(items))


def set_item_value(scenario: Scenario, path: str, value: Any, cpi: CpiTable) -> Scenario | None:
    """``edits.set_value`` for a field inside one cost or effect; ``None`` if not such a path."""
    try:
        parts = parse_path(path)
    except PathError:
        return None
    if not (
        len(parts) >= 5
        and parts[0] == "alternatives"
        and isinstance(parts[1], int)
        and parts[2] in ("costs", "effects")
        and isinstance(parts[3], int)
    ):
        return None
    a, kind, i, rest = parts[1], str(parts[2]), parts[3], parts[4:]
    if not 0 <= a < len(scenario.alternatives):
        return None
    alt = scenario.alternatives[a]
    items = alt.costs if kind == "costs" else alt.effects
    if not 0 <= i < len(items):
        return None
    raw = model_to_data(items[i])
    try:
        set_in(raw, rest, copy.deepcopy(value))
    except PathError:
        return None  # the general way words the refusal with the whole path
    after = replace_item(scenario, a, kind, i, raw, cpi)
    computable(after, cpi, path, before=scenario, changed=a)
    return after
