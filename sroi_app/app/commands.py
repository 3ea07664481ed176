"""Undoable edits in plain Python: a snapshot of the scenario before and after.

A scenario is small and immutable, so an edit simply keeps both versions
(git-cola's ``cmd.Command`` with ``do``/``undo``, snapshot instead of diff).
``sroi_app.ui`` wraps each ``Edit`` in a thin ``QUndoCommand``; a workshop
view or a script can apply them to a ``Document`` directly.

``kind`` and ``path`` say what the edit did, for the undo menu's text (the
UI words them) and for merging consecutive changes of one field (a slider
dragged through many values is one undo step).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from sroi_app.app import edits
from sroi_app.domain.cpi import CpiTable
from sroi_app.domain.models import Scenario


class HasScenario(Protocol):
    scenario: Scenario


@dataclass(frozen=True)
class Edit:
    """One undoable change of a document."""

    kind: str
    path: str
    before: Scenario
    after: Scenario
    params: Mapping[str, Any] = field(default_factory=dict)
    mergeable: bool = False

    def do(self, document: HasScenario) -> None:
        document.scenario = self.after

    def undo(self, document: HasScenario) -> None:
        document.scenario = self.before

    @property
    def changes_anything(self) -> bool:
        return self.after != self.before

    def merge(self, later: Edit) -> Edit | None:
        """One edit doing both, when both set the same field and may merge."""
        if not (self.mergeable and later.mergeable):
            return None
        if (self.kind, self.path) != ("set", later.path) or later.kind != "set":
            return None
        if later.before != self.after:
            return None
        return Edit("set", self.path, self.before, later.after, later.params, mergeable=True)


def build(
    before: Scenario,
    kind: str,
    path: str,
    operation: Callable[..., Scenario],
    *args: Any,
    params: Mapping[str, Any] | None = None,
    mergeable: bool = False,
    **kwargs: Any,
) -> Edit:
    """Run ``operation(before, *args, **kwargs)`` and record it; refusals propagate."""
    return Edit(kind, path, before, operation(before, *args, **kwargs), params or {}, mergeable)


# Shorthands for the common edits; each raises ScenarioValidationError when refused.


def set_value(
    before: Scenario, path: str, value: Any, cpi: CpiTable | None = None, mergeable: bool = False
) -> Edit:
    return build(before, "set", path, edits.set_value, path, value, cpi, mergeable=mergeable)


def insert(
    before: Scenario,
    list_path: str,
    item: Mapping[str, Any],
    index: int | None = None,
    cpi: CpiTable | None = None,
) -> Edit:
    return build(before, "insert", list_path, edits.insert_item, list_path, item, index, cpi)


def remove(before: Scenario, list_path: str, index: int, cpi: CpiTable | None = None) -> Edit:
    return build(
        before, "remove", f"{list_path}[{index}]", edits.remove_item, list_path, index, cpi
    )


def move(
    before: Scenario, list_path: str, index: int, new_index: int, cpi: CpiTable | None = None
) -> Edit:
    return build(
        before, "move", f"{list_path}[{index}]", edits.move_item, list_path, index, new_index, cpi
    )


def duplicate_alternative(
    before: Scenario, index: int, name_suffix: str = " (copy)", cpi: CpiTable | None = None
) -> Edit:
    return build(
        before,
        "duplicate",
        f"alternatives[{index}]",
        edits.duplicate_alternative,
        index,
        name_suffix,
        cpi,
    )


def rename(
    before: Scenario, list_path: str, index: int, new_id: str, cpi: CpiTable | None = None
) -> Edit:
    return build(
        before, "rename", f"{list_path}[{index}].id", edits.rename_id, list_path, index, new_id, cpi
    )


def set_reference(before: Scenario, index: int | None, cpi: CpiTable | None = None) -> Edit:
    path = "alternatives" if index is None else f"alternatives[{index}].reference"
    return build(before, "reference", path, edits.set_reference, index, cpi)


def replace(before: Scenario, after: Scenario, reason: str = "") -> Edit:
    """Swap in a whole other scenario (a restored recovery copy, an imported variant)."""
    return Edit("replace", "", before, after, {"reason": reason})
