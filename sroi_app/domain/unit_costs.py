"""The library of unit costs: sourced prices a project leader can put into a cost item.

What a neighbourhood connector costs per year, a square metre of green or
paving, a street tree, fitting out a meeting room: each ``UnitCost`` carries
its value and range in euros per unit, price year, VAT basis, full source,
the quoted passage (``domain.evidence``) and whether it is a one-off
investment or a yearly cost. ``cost_item_data`` turns an entry and a
quantity into the ``costs[]`` object of the calculation contract (amount =
value x quantity at the entry's price year; the engine indexes it); the
entry, the quantity and the arithmetic are kept in the item's note and in a
``unit_cost`` object that the file format carries along (extra fields
survive, contract section 1).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from sroi_app.domain.evidence import (
    Catalogue,
    Verification,
    check_entry,
    fold,
    matches,
)
from sroi_app.domain.formatting import format_money, format_number
from sroi_app.domain.library_terms import CATEGORIES, UnitCostCategory

Lang = Literal["nl", "en"]


class UnitCost(BaseModel):
    """One unit cost of the library."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    id: str = Field(pattern=r"^[a-z0-9_]+$", max_length=64)
    category: UnitCostCategory
    name_nl: str = Field(min_length=1)
    name_en: str = Field(min_length=1)
    unit_nl: str = Field(min_length=1)
    unit_en: str = Field(min_length=1)
    #: ``investment``: once, in the year it is made; ``recurring``: every year.
    kind: Literal["investment", "recurring"]
    value: float = Field(gt=0)
    low: float = Field(gt=0)
    high: float = Field(gt=0)
    price_year: int = Field(ge=1990, le=2100)
    vat: Literal["incl", "excl", "unknown"]
    source: str = Field(min_length=10)
    url: str = ""
    quote: str = ""
    verification: Verification
    verification_note: str = ""
    derivation: str = ""
    range_basis: str = Field(min_length=1)
    notes: str = ""
    tags: tuple[str, ...] = Field(default=(), strict=False)

    @model_validator(mode="after")
    def _consistent(self) -> UnitCost:
        check_entry(self)
        return self

    def name(self, lang: Lang = "nl") -> str:
        return self.name_nl if lang == "nl" else self.name_en

    def unit(self, lang: Lang = "nl") -> str:
        return self.unit_nl if lang == "nl" else self.unit_en

    def citation(self, lang: Lang = "nl") -> str:
        """The source as it goes into a cost item's note: citation, status, price year, VAT."""
        if lang == "nl":
            status = {"checked": "gecontroleerd", "derived": "afgeleid"}.get(
                self.verification, "niet geverifieerd"
            )
            vat = {"incl": "incl. btw", "excl": "excl. btw"}.get(self.vat, "btw onbekend")
            tail = f"[{status}; prijspeil {self.price_year}; {vat}]"
        else:
            vat = {"incl": "incl. VAT", "excl": "excl. VAT"}.get(self.vat, "VAT unknown")
            tail = f"[{self.verification}; price year {self.price_year}; {vat}]"
        return f"{self.source} {tail} {self.url}".strip()


class UnitCostLibrary(Catalogue[UnitCost]):
    """All unit costs, searchable by words and category."""

    entry_name = "unit cost"

    unit_costs: tuple[UnitCost, ...] = Field(strict=False)

    @property
    def entries(self) -> tuple[UnitCost, ...]:
        return self.unit_costs

    def search(self, text: str = "", *, category: str | None = None) -> list[UnitCost]:
        """Entries whose words contain every word of ``text`` (case and accents ignored)."""
        words = fold(text).split()
        return [
            e
            for e in self.unit_costs
            if (not category or e.category == category)
            and matches(
                words, e.id, e.name_nl, e.name_en, e.unit_nl, e.unit_en, e.source, e.notes, *e.tags
            )
        ]

    def categories(self) -> list[str]:
        """The categories that have entries, in the fixed order of ``CATEGORIES``."""
        present = {e.category for e in self.unit_costs}
        return [c for c in CATEGORIES if c in present]


#: The cost item's category text per kind (the examples call an investment "investering").
_CATEGORY_WORDS = {
    "nl": {"investment": "investering", "recurring": "exploitatie"},
    "en": {"investment": "investment", "recurring": "operation"},
}


def cost_item_data(
    entry: UnitCost,
    quantity: float,
    *,
    item_id: str,
    payer: str,
    lang: Lang = "nl",
) -> dict[str, Any]:
    """The ``costs[]`` object for ``quantity`` units of ``entry`` (ready for validation).

    amount = value x quantity at the entry's price year; an investment falls
    in year 0 only, a recurring cost every year of the horizon. The library's
    range, times the quantity, becomes the amount's range for the
    sensitivity analysis. The note says what was multiplied and where the
    price comes from.
    """
    if not quantity > 0:
        raise ValueError("the quantity must be more than 0")
    unit = entry.unit(lang)
    times = (
        f"{format_number(quantity, 2, lang).rstrip('0').rstrip(',.')} x {unit}"
        f" x {format_money(entry.value, lang, 2 if entry.value < 1000 else 0)}"
    )
    label = "Eenheidsprijs" if lang == "nl" else "Unit cost"
    source = "bron" if lang == "nl" else "source"
    item: dict[str, Any] = {
        "id": item_id,
        "name": entry.name(lang),
        "payer": payer,
        "amount": entry.value * quantity,
        "first_year": 0,
        "price_year": entry.price_year,
        "category": _CATEGORY_WORDS[lang][entry.kind],
        "note": f"{label}: {times}; {source}: {entry.citation(lang)}",
        "unit_cost": {"id": entry.id, "quantity": quantity, "value": entry.value},
    }
    if entry.kind == "investment":
        item["last_year"] = 0
    if entry.low < entry.high:
        item["uncertainty"] = {
            "amount": {
                "low": entry.low * quantity,
                "high": entry.high * quantity,
                "distribution": "triangular",
            }
        }
    return item
