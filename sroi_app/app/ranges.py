"""Uncertainty ranges as undoable edits: add, change, remove, and the optimism-bias presets.

A range lives in its item's ``uncertainty`` object, keyed by the field's name
(contract section 9): ``alternatives[1].effects[0].uncertainty["proxy.value"]``,
``alternatives[1].costs[0].uncertainty.amount``,
``settings.uncertainty.discount_rate``. An item is named by its path
(``alternatives[1].costs[0]``, ``settings``); the fields that may carry a range
are those of ``RANGE_FIELDS``.

Every operation is a pure ``op(scenario, ...) -> Scenario`` through
``edits.transform``, so the result is validated as a whole: a central value
outside a triangular or PERT range is refused with ``range_central``, a low
above the high with ``range_order``, a range on a step schedule with
``range_on_schedule``. The ``*_command`` functions wrap them as ``Edit``s of
kind ``range`` / ``preset`` for the undo stack.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from sroi_app.app import commands, edits
from sroi_app.app.commands import Edit
from sroi_app.app.jsonpath import PathError, get_in, parse_path, resolve
from sroi_app.calc.parameters import uncertain_parameters
from sroi_app.domain.cpi import CpiTable
from sroi_app.domain.errors import format_path
from sroi_app.domain.models import (
    COST_PARAMETERS,
    DISTRIBUTIONS,
    EFFECT_PARAMETERS,
    Range,
    Scenario,
)
from sroi_app.domain.parameters import UNIT_FRACTIONS, WHOLE_YEARS, ItemKind
from sroi_app.domain.presets import optimism_bias_preset

#: The fields of each kind of item that may carry a range, in the contract's order.
RANGE_FIELDS: dict[ItemKind, tuple[str, ...]] = {
    "cost": COST_PARAMETERS,
    "effect": EFFECT_PARAMETERS,
    "settings": ("discount_rate",),
}

Data = dict[str, Any]


def item_kind(item_path: str) -> ItemKind:
    """``settings``, ``alternatives[a].costs[i]`` or ``alternatives[a].effects[i]``."""
    if item_path == "settings":
        return "settings"
    parts = parse_path(item_path)
    if (
        len(parts) == 4
        and parts[0] == "alternatives"
        and isinstance(parts[1], int)
        and parts[2] in ("costs", "effects")
        and isinstance(parts[3], int)
    ):
        return "cost" if parts[2] == "costs" else "effect"
    raise PathError(f"{item_path!r} is not a cost, an effect or the settings")


def range_path(item_path: str, field: str) -> str:
    """``alternatives[1].effects[0].uncertainty["proxy.value"]``: where the range is stored."""
    return format_path([*parse_path(item_path), "uncertainty", field])


def _check_field(item_path: str, field: str) -> None:
    kind = item_kind(item_path)
    if field not in RANGE_FIELDS[kind]:
        raise PathError(f"{field!r} cannot carry a range on a {kind}")


def item_at(obj: Any, item_path: str) -> Any:
    """The cost, effect or settings object at ``item_path`` (None when there is none)."""
    return resolve(obj, item_path)


def central_value(scenario: Scenario, item_path: str, field: str) -> float | None:
    """The field's own value (the range's central value); None for a schedule or no item."""
    item = item_at(scenario, item_path)
    if item is None:
        return None
    value = item.proxy.value if field == "proxy.value" else getattr(item, field, None)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def range_of(scenario: Scenario, item_path: str, field: str) -> Range | None:
    """The range on ``field`` of the item at ``item_path``, or None."""
    item = item_at(scenario, item_path)
    ranges = getattr(item, "uncertainty", None)
    if not isinstance(ranges, Mapping):
        return None
    found = ranges.get(field)
    return found if isinstance(found, Range) else None


def default_range(field: str, central: float) -> Data:
    """A first range around the central value, for the user to adjust.

    Amounts, quantities and proxy values: 20% either side. Fractions: 10
    percentage points either side within [0, 1]; optimism bias from 10 points
    below to 10 above (see also the Green Book presets). Years: one year either
    side (a duration of at least one year). The discount rate: one point
    either side, not below 0%.
    """
    c = float(central)
    if field in UNIT_FRACTIONS:
        low, high = max(0.0, c - 0.1), min(1.0, c + 0.1)
    elif field == "optimism_bias":
        low, high = max(0.0, c - 0.1), c + 0.1
    elif field in WHOLE_YEARS:
        least = 1.0 if field == "duration_years" and c >= 1 else 0.0
        low, high = max(least, c - 1.0), c + 1.0
    elif field == "discount_rate":
        low, high = max(0.0, c - 0.01), c + 0.01
    else:
        low, high = c - 0.2 * abs(c), c + 0.2 * abs(c)
    return {"low": round(low, 10), "high": round(high, 10), "distribution": "triangular"}


def _current(data: Data, item_path: str, field: str) -> Data | None:
    item = get_in(data, item_path)
    if not isinstance(item, dict):
        raise PathError(f"no item at {item_path}")
    found = (item.get("uncertainty") or {}).get(field)
    return dict(found) if isinstance(found, dict) else None


def _central_from_data(data: Data, item_path: str, field: str) -> Any:
    item = get_in(data, item_path)
    if field == "proxy.value":
        return get_in(item, "proxy.value")
    return item.get(field) if isinstance(item, dict) else None


def _store(data: Data, item_path: str, field: str, value: Data | None) -> None:
    item = get_in(data, item_path)
    if not isinstance(item, dict):
        raise PathError(f"no item at {item_path}")
    ranges = dict(item.get("uncertainty") or {})
    if value is None:
        ranges.pop(field, None)
    else:
        ranges[field] = value
    if ranges:
        item["uncertainty"] = ranges
    else:
        item.pop("uncertainty", None)


def set_range(
    scenario: Scenario,
    item_path: str,
    field: str,
    changes: Mapping[str, Any],
    cpi: CpiTable | None = None,
) -> Scenario:
    """Change ``low``, ``high`` and/or ``distribution`` of a range (made first if missing).

    A missing range starts as ``default_range``; ``changes`` then overrides its
    keys, so typing a low value on a parameter without a range makes one.
    """
    path = range_path(item_path, field)
    unknown = set(changes) - {"low", "high", "distribution"}
    if unknown:
        raise edits.refuse(path, "path", f"a range has no {sorted(unknown)}")
    if "distribution" in changes and changes["distribution"] not in DISTRIBUTIONS:
        raise edits.refuse(join_key(path, "distribution"), "choice", "not a distribution")

    def change(data: Data) -> None:
        _check_field(item_path, field)
        current = _current(data, item_path, field)
        if current is None:
            central = _central_from_data(data, item_path, field)
            if isinstance(central, bool) or not isinstance(central, int | float):
                raise PathError(f"{field} of {item_path} is not a number")
            current = default_range(field, central)
        current.update(changes)
        _store(data, item_path, field, current)

    return edits.transform(scenario, change, cpi, path)


def join_key(path: str, key: str) -> str:
    return format_path([*parse_path(path), key])


def add_range(
    scenario: Scenario, item_path: str, field: str, cpi: CpiTable | None = None
) -> Scenario:
    """Give the field its ``default_range`` (a field that has one keeps it)."""
    return set_range(scenario, item_path, field, {}, cpi)


def remove_range(
    scenario: Scenario, item_path: str, field: str, cpi: CpiTable | None = None
) -> Scenario:
    """The field without a range (the value itself stays)."""

    def change(data: Data) -> None:
        _check_field(item_path, field)
        _store(data, item_path, field, None)

    return edits.transform(scenario, change, cpi, range_path(item_path, field))


def apply_optimism_bias_preset(
    scenario: Scenario, cost_path: str, preset_id: str, cpi: CpiTable | None = None
) -> Scenario:
    """The Green Book preset on a cost: optimism bias at the upper bound, range lower-upper.

    ``preset.central`` (the upper bound) becomes the cost's optimism bias and
    ``preset.range()`` its range, in one validated step.
    """
    path = join_key(cost_path, "optimism_bias")
    try:
        preset = optimism_bias_preset(preset_id)
    except KeyError as exc:
        raise edits.refuse(path, "choice", f"no optimism-bias preset {preset_id!r}") from exc

    def change(data: Data) -> None:
        if item_kind(cost_path) != "cost":
            raise PathError(f"{cost_path} is not a cost")
        item = get_in(data, cost_path)
        if not isinstance(item, dict):
            raise PathError(f"no cost at {cost_path}")
        item["optimism_bias"] = preset.central
        _store(data, cost_path, "optimism_bias", preset.range().model_dump())

    return edits.transform(scenario, change, cpi, path)


# -- undoable edits ------------------------------------------------------------------------


def set_range_command(
    before: Scenario,
    item_path: str,
    field: str,
    changes: Mapping[str, Any],
    cpi: CpiTable | None = None,
) -> Edit:
    return commands.build(
        before,
        "range",
        range_path(item_path, field),
        set_range,
        item_path,
        field,
        dict(changes),
        cpi,
        params={"field": field},
    )


def _toggle_command(
    action: str,
    operation: Callable[..., Scenario],
    before: Scenario,
    item_path: str,
    field: str,
    cpi: CpiTable | None,
) -> Edit:
    return commands.build(
        before,
        "range",
        range_path(item_path, field),
        operation,
        item_path,
        field,
        cpi,
        params={"field": field, "action": action},
    )


def add_range_command(
    before: Scenario, item_path: str, field: str, cpi: CpiTable | None = None
) -> Edit:
    return _toggle_command("add", add_range, before, item_path, field, cpi)


def remove_range_command(
    before: Scenario, item_path: str, field: str, cpi: CpiTable | None = None
) -> Edit:
    return _toggle_command("remove", remove_range, before, item_path, field, cpi)


def optimism_bias_preset_command(
    before: Scenario, cost_path: str, preset_id: str, cpi: CpiTable | None = None
) -> Edit:
    return commands.build(
        before,
        "preset",
        join_key(cost_path, "optimism_bias"),
        apply_optimism_bias_preset,
        cost_path,
        preset_id,
        cpi,
        params={"preset": preset_id},
    )


def has_ranges(scenario: Scenario) -> bool:
    """Whether any parameter carries a range that the sensitivity analysis uses."""
    return bool(uncertain_parameters(scenario))
