"""One measurement or actual entered by hand (the Monitoring page's form), as one edit.

``record`` puts a measured quantity on an effect, or an actual amount on a
cost item, for one calendar year: it replaces what was entered for that year
(contract section 11 allows one entry per year) or adds it in year order.
``forget`` removes a year's entry. Both are pure edits in the style of
``sroi_app.app.edits``: the new scenario is validated as a whole, so a year
outside the horizon or a price year before the CPI table is refused with the
item's path, as any edit is.
"""

from __future__ import annotations

from typing import Any

from sroi_app.app.edits import Data, refuse, transform
from sroi_app.app.jsonpath import PathError, get_in
from sroi_app.domain.cpi import CpiTable
from sroi_app.domain.models import Scenario


def _entries(data: Data, item_path: str) -> tuple[str, list[dict[str, Any]]]:
    item = get_in(data, item_path)
    if not isinstance(item, dict):
        raise PathError(f"no item at {item_path}")
    key = "measurements" if ".effects[" in item_path else "actuals"
    return key, item.setdefault(key, [])


def record(
    scenario: Scenario,
    item_path: str,
    year: int,
    value: float,
    *,
    price_year: int | None = None,
    source: str = "",
    cpi: CpiTable | None = None,
) -> Scenario:
    """The effect (quantity) or cost item (amount) at ``item_path`` measured in ``year``."""

    def change(data: Data) -> None:
        key, entries = _entries(data, item_path)
        if key == "measurements":
            entry: dict[str, Any] = {"year": year, "quantity": value}
            if source:
                entry["source"] = source
        else:
            entry = {"year": year, "amount": value}
            if price_year is not None:
                entry["price_year"] = price_year
        kept = [e for e in entries if e.get("year") != year]
        entries[:] = sorted([*kept, entry], key=lambda e: int(e.get("year", 0)))

    return transform(scenario, change, cpi, item_path)


def forget(scenario: Scenario, item_path: str, year: int, cpi: CpiTable | None = None) -> Scenario:
    """The entry of ``year`` removed from the item at ``item_path``."""

    def change(data: Data) -> None:
        key, entries = _entries(data, item_path)
        if not any(e.get("year") == year for e in entries):
            raise refuse(
                f"{item_path}.{key}", "not_entered", f"nothing entered for {year}", year=year
            )
        entries[:] = [e for e in entries if e.get("year") != year]

    return transform(scenario, change, cpi, item_path)
