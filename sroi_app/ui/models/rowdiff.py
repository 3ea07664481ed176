"""How one list became another, in the terms of Qt's row signals (no Qt here).

An edit inserts, removes or moves one item, or changes items in place. The
table models tell their views exactly that (``beginInsertRows`` and so on)
instead of resetting, so selections, scroll positions and open editors stay
where they are. Items are matched by their key (an id); a list whose keys
are missing or not unique, or a change that is more than one step, is a
``reset`` (or, with as many rows as before, a change in place).
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Literal

Kind = Literal["same", "insert", "remove", "move", "reset"]


@dataclass(frozen=True)
class RowChange:
    """One step from the old rows to the new: ``row`` and, for a move, ``to`` (new row).

    ``old_row(new)`` gives the old row of the item now in row ``new`` (None for an
    inserted one), so the caller can tell which rows show a changed item.
    """

    kind: Kind
    row: int = -1
    to: int = -1

    def old_row(self, new: int) -> int | None:
        if self.kind == "insert":
            return None if new == self.row else (new if new < self.row else new - 1)
        if self.kind == "remove":
            return new if new < self.row else new + 1
        if self.kind == "move":
            if new == self.to:
                return self.row
            if self.row < self.to and self.row <= new < self.to:
                return new + 1
            if self.to < self.row and self.to < new <= self.row:
                return new - 1
        return new

    def qt_destination(self) -> int:
        """``beginMoveRows``' destination: the row the item goes before, counted before the move."""
        return self.to + 1 if self.to > self.row else self.to


def _unique(keys: Sequence[Hashable | None]) -> bool:
    return None not in keys and len(set(keys)) == len(keys)


def diff_rows(old: Sequence[Hashable | None], new: Sequence[Hashable | None]) -> RowChange:
    """The one insert, remove or move that turns ``old`` keys into ``new`` keys.

    ``same`` when the lists have as many rows and the keys are not a single move
    (the rows changed in place, or the keys do not say which item is which);
    ``reset`` for anything else.
    """
    old, new = list(old), list(new)
    if not (_unique(old) and _unique(new)):
        return RowChange("same") if len(old) == len(new) else RowChange("reset")
    if len(new) == len(old) + 1:
        row = next((i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b), len(old))
        if old[:row] == new[:row] and old[row:] == new[row + 1 :] and new[row] not in old:
            return RowChange("insert", row)
        return RowChange("reset")
    if len(new) == len(old) - 1:
        row = next((i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b), len(new))
        if old[:row] == new[:row] and old[row + 1 :] == new[row:] and old[row] not in new:
            return RowChange("remove", row)
        return RowChange("reset")
    if len(new) != len(old):
        return RowChange("reset")
    differ = [i for i, (a, b) in enumerate(zip(old, new, strict=True)) if a != b]
    if not differ or set(old) != set(new):
        return RowChange("same")
    first, last = differ[0], differ[-1]
    if new[last] == old[first] and new[first:last] == old[first + 1 : last + 1]:
        return RowChange("move", first, last)
    if new[first] == old[last] and new[first + 1 : last + 1] == old[first:last]:
        return RowChange("move", last, first)
    return RowChange("reset")
