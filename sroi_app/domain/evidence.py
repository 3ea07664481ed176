"""What a sourced library figure must show before it is called verified.

One rule for every library of sourced figures (the proxies of effects and the
unit costs of cost items; docs/proxy-library.md):

- ``checked``: the figure was read in the source; the entry carries the
  passage that gives it (``quote``, short enough to cite) and where it was
  read (``url``);
- ``derived``: the figure follows by arithmetic from quoted figures; the
  entry shows the arithmetic (``derivation``) and the quoted passages;
- ``unverified``: allowed in a user's own library, with a note saying what is
  known; the bundled libraries hold none (tests/test_evidence.py).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from typing import ClassVar, Generic, Literal, Protocol, Self, TypeVar

from pydantic import BaseModel, ConfigDict, model_validator
from pydantic_core import PydanticCustomError

Verification = Literal["checked", "derived", "unverified"]


class SourcedEntry(Protocol):
    """What a library entry (a proxy, a unit cost) shares: an id, a value in a range, evidence."""

    @property
    def id(self) -> str: ...
    @property
    def value(self) -> float: ...
    @property
    def low(self) -> float: ...
    @property
    def high(self) -> float: ...
    @property
    def verification(self) -> str: ...
    @property
    def quote(self) -> str: ...
    @property
    def url(self) -> str: ...
    @property
    def derivation(self) -> str: ...
    @property
    def verification_note(self) -> str: ...
    @property
    def price_year(self) -> int: ...

    def name(self, lang: Literal["nl", "en"] = "nl") -> str: ...
    def unit(self, lang: Literal["nl", "en"] = "nl") -> str: ...


EntryT = TypeVar("EntryT", bound=SourcedEntry)


def check_entry(entry: SourcedEntry) -> None:
    """The value lies in its range and the evidence fits the status (pydantic errors)."""
    if not entry.low <= entry.value <= entry.high:
        raise PydanticCustomError(
            "range_central", "low <= value <= high does not hold for {id}", {"id": entry.id}
        )
    check_evidence(
        entry.id,
        entry.verification,
        quote=entry.quote,
        url=entry.url,
        derivation=entry.derivation,
        verification_note=entry.verification_note,
    )


def check_unique_ids(entries: Iterable[SourcedEntry], what: str) -> None:
    """Every id once (``what`` names the kind of entry in the message)."""
    seen: set[str] = set()
    for entry in entries:
        if entry.id in seen:
            raise PydanticCustomError(
                "duplicate_id", "duplicate {what} id {id}", {"id": entry.id, "what": what}
            )
        seen.add(entry.id)


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


IdT = TypeVar("IdT", bound=_HasId)


def entry_by_id(
    entries: Iterable[IdT], entry_id: str, what: str, where: str = " in the library"
) -> IdT:
    """The entry with this id; ``KeyError`` naming the id (``what``, ``where``) otherwise.

    Every catalogue of the domain looks its entries up this way: the libraries,
    the area presets and target groups, the effect templates."""
    for entry in entries:
        if entry.id == entry_id:
            return entry
    raise KeyError(f"no {what} '{entry_id}'{where}")


def check_evidence(
    entry_id: str,
    verification: str,
    *,
    quote: str,
    url: str,
    derivation: str,
    verification_note: str,
) -> None:
    """Raise a pydantic error naming ``entry_id`` when its evidence does not fit its status."""
    if verification in ("checked", "derived") and not (quote.strip() and url.strip()):
        raise PydanticCustomError(
            "quote_missing",
            "a {status} figure must quote its source and give its url ({id})",
            {"id": entry_id, "status": verification},
        )
    if verification == "derived" and not derivation.strip():
        raise PydanticCustomError(
            "derivation_missing",
            "a derived value must show its derivation ({id})",
            {"id": entry_id},
        )
    if verification == "unverified" and not verification_note.strip():
        raise PydanticCustomError(
            "verification_note",
            "say what is known of an unverified value ({id})",
            {"id": entry_id},
        )


def fold(text: str) -> str:
    """Lower case without accents, so 'eenzaamheid' finds 'Eenzaamheid' and 'cafe' 'café'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def matches(words: list[str], *texts: str) -> bool:
    """Whether every (folded) word occurs in one of ``texts``."""
    haystack = fold(" ".join(texts))
    return all(w in haystack for w in words)


class Catalogue(BaseModel, Generic[EntryT]):
    """A library file of sourced entries: its version and description, each id once,
    and the entries reached by iteration, count and id. A subclass names its entries'
    field (``entries``) and what one entry is called in messages (``entry_name``)."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    schema_version: Literal[1] = 1
    description: str = ""
    entry_name: ClassVar[str] = "entry"

    @property
    def entries(self) -> tuple[EntryT, ...]:
        raise NotImplementedError

    @model_validator(mode="after")
    def _unique(self) -> Self:
        check_unique_ids(self.entries, self.entry_name)
        return self

    def __iter__(self) -> Iterator[EntryT]:  # type: ignore[override]
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, entry_id: str) -> EntryT:
        """The entry with this id; ``KeyError`` naming the id when there is none."""
        return entry_by_id(self.entries, entry_id, self.entry_name)
