"""The library of monetisation proxies: sourced values a user can defend.

Each ``LibraryProxy`` is one financial proxy (EUR per unit) with its range,
price year, full source, evidence grade and verification status
(docs/proxy-library.md explains the scales). ``ProxyLibrary`` searches and
filters them; ``index_proxy`` brings a value to a scenario's price level with
the CPI table (the app shows the original and the indexed value side by side);
``effect_proxy_data`` turns a library entry into the ``proxy`` object of an
effect, keeping the original value and price year so that the engine indexes
it exactly as the calculation contract says.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from sroi_app.domain.cpi import CpiTable
from sroi_app.domain.evidence import (
    Catalogue,
    SourcedEntry,
    Verification,
    check_entry,
    fold,
    matches,
)
from sroi_app.domain.library_terms import DOMAINS, Domain
from sroi_app.domain.models import STAKEHOLDER_KINDS

Lang = Literal["nl", "en"]
ExplanatoryField = Literal["derivation", "range_basis", "licence", "notes"]
#: The texts of an entry that explain it, in Dutch and English (``explanation``).
EXPLANATORY_FIELDS: tuple[ExplanatoryField, ...] = ("derivation", "range_basis", "licence", "notes")
#: A = official Dutch reference value ... E = assumption (docs/proxy-library.md).
EVIDENCE_GRADES = ("A", "B", "C", "D", "E")


class LibraryProxy(BaseModel):
    """One monetisation proxy of the library."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    id: str = Field(pattern=r"^[a-z0-9_]+$", max_length=64)
    name_nl: str = Field(min_length=1)
    name_en: str = Field(min_length=1)
    unit_nl: str = Field(min_length=1)
    unit_en: str = Field(min_length=1)
    value: float
    low: float
    high: float
    price_year: int = Field(ge=1990, le=2100)
    domain: Domain
    source: str = Field(min_length=10)
    url: str = ""
    #: The passage of the source that gives the figure (required when checked or derived).
    quote: str = ""
    evidence_grade: Literal["A", "B", "C", "D", "E"]
    verification: Verification
    verification_note: str = ""
    derivation: str = ""
    range_basis: str = Field(min_length=1)
    beneficiary: str
    licence: str = Field(min_length=1)
    notes: str = ""
    tags: tuple[str, ...] = Field(default=(), strict=False)
    #: The explanatory texts in Dutch (the plain fields are English): what the Dutch
    #: interface shows. ``source`` and ``quote`` are citations and stay as written.
    derivation_nl: str = ""
    range_basis_nl: str = ""
    licence_nl: str = ""
    notes_nl: str = ""

    @model_validator(mode="after")
    def _consistent(self) -> LibraryProxy:
        check_entry(self)
        if self.beneficiary not in STAKEHOLDER_KINDS:
            raise PydanticCustomError(
                "beneficiary_kind", "unknown stakeholder kind {kind}", {"kind": self.beneficiary}
            )
        return self

    def name(self, lang: Lang = "nl") -> str:
        return self.name_nl if lang == "nl" else self.name_en

    def unit(self, lang: Lang = "nl") -> str:
        return self.unit_nl if lang == "nl" else self.unit_en

    def explanation(self, field: ExplanatoryField, lang: Lang = "nl") -> str:
        """``derivation``, ``range_basis``, ``licence`` or ``notes`` in the language
        (the English text where a Dutch one is missing)."""
        english: str = getattr(self, field)
        if lang == "nl":
            return getattr(self, f"{field}_nl") or english
        return english

    @property
    def has_range(self) -> bool:
        """True when the range is a real range around the value (low < high)."""
        return self.low < self.high

    def citation(self, lang: Lang = "nl") -> str:
        """The source as it goes into an effect: citation, status, price year and grade."""
        if lang == "nl":
            status = {"checked": "gecontroleerd", "derived": "afgeleid"}.get(
                self.verification, "niet geverifieerd"
            )
            tail = f"[{status}; prijspeil {self.price_year}; bewijs {self.evidence_grade}]"
        else:
            tail = (
                f"[{self.verification}; price year {self.price_year}; grade {self.evidence_grade}]"
            )
        return f"{self.source} {tail} {self.url}".strip()


#: The tag of a proxy that is a capitalised, one-off value (house prices and the like):
#: beside recurring benefits to the same people it may count them twice (calc.checks).
CAPITALISED_TAG = "capitalised"


class ProxyLibrary(Catalogue[LibraryProxy]):
    """All proxies, with the search and filters the library browser uses."""

    entry_name = "proxy"

    proxies: tuple[LibraryProxy, ...] = Field(strict=False)

    @property
    def entries(self) -> tuple[LibraryProxy, ...]:
        return self.proxies

    def search(
        self,
        text: str = "",
        *,
        domain: str | None = None,
        verification: str | None = None,
        beneficiary: str | None = None,
        min_grade: str | None = None,
    ) -> list[LibraryProxy]:
        """Proxies whose words contain every word of ``text``, optionally filtered.

        The text is matched against id, both names and units, source, the notes in
        both languages and tags, without regard to case or accents. ``min_grade`` "B" keeps grades
        A and B. The library's order is kept (grouped by domain).
        """
        words = fold(text).split()
        best = EVIDENCE_GRADES.index(min_grade) if min_grade in EVIDENCE_GRADES else None
        found = []
        for proxy in self.proxies:
            if domain and proxy.domain != domain:
                continue
            if verification and proxy.verification != verification:
                continue
            if beneficiary and proxy.beneficiary != beneficiary:
                continue
            if best is not None and EVIDENCE_GRADES.index(proxy.evidence_grade) > best:
                continue
            if matches(
                words,
                proxy.id,
                proxy.name_nl,
                proxy.name_en,
                proxy.unit_nl,
                proxy.unit_en,
                proxy.source,
                proxy.notes,
                proxy.notes_nl,
                *proxy.tags,
            ):
                found.append(proxy)
        return found

    def domains(self) -> list[str]:
        """The domains that have proxies, in the fixed order of ``DOMAINS``."""
        present = {p.domain for p in self.proxies}
        return [d for d in DOMAINS if d in present]


@dataclass(frozen=True)
class IndexedProxy:
    """A library value at its own price level and at a scenario's (both are shown)."""

    proxy_id: str
    original_value: float
    original_low: float
    original_high: float
    original_price_year: int
    price_year: int
    factor: float
    extrapolated: bool

    @property
    def value(self) -> float:
        return self.original_value * self.factor

    @property
    def low(self) -> float:
        return self.original_low * self.factor

    @property
    def high(self) -> float:
        return self.original_high * self.factor


def index_proxy(proxy: SourcedEntry, price_year: int, cpi: CpiTable) -> IndexedProxy:
    """``proxy`` (or a unit cost: any library entry) brought to ``price_year`` prices:
    value x CPI[price_year] / CPI[entry's price year].

    ``extrapolated`` is true when the target year lies after the last CPI year
    (the last published index is used, as everywhere in the app).
    Raises ``PriceYearError`` when the proxy's year is before the CPI table.
    """
    return IndexedProxy(
        proxy_id=proxy.id,
        original_value=proxy.value,
        original_low=proxy.low,
        original_high=proxy.high,
        original_price_year=proxy.price_year,
        price_year=price_year,
        factor=cpi.factor(proxy.price_year, price_year),
        extrapolated=cpi.is_extrapolated(price_year),
    )


def effect_proxy_data(proxy: LibraryProxy, lang: Lang = "nl") -> dict[str, Any]:
    """The ``proxy`` object of an effect for this library entry (ready for validation).

    The value stays at the library's price year; the engine indexes it to the
    scenario's price level (contract section 4), so the document keeps what
    the source says.
    """
    return {
        "name": proxy.name(lang),
        "value": proxy.value,
        "source": proxy.citation(lang),
        "price_year": proxy.price_year,
        "library_id": proxy.id,
    }


def proxy_value_range(
    proxy: LibraryProxy, distribution: str = "triangular"
) -> dict[str, Any] | None:
    """The ``uncertainty["proxy.value"]`` entry for this proxy, or None without a range."""
    if not proxy.has_range:
        return None
    return {"low": proxy.low, "high": proxy.high, "distribution": distribution}


def share_with_range(proxies: Iterable[LibraryProxy]) -> float:
    """The share of proxies with low < high around the value (acceptance: at least 80%)."""
    items = list(proxies)
    return sum(p.has_range for p in items) / len(items) if items else 0.0
