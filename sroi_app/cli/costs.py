"""``sroi-app costs [--json] [--category C] [--search TEXT] [--lang nl|en] [--price-year Y]``.

Lists the unit-cost library: what a neighbourhood connector, a square metre
of green or paving, a street tree or a meeting room costs, each with its
range, price year, VAT basis, source and the quoted passage. ``--json``
prints ``{"unit_costs": [...]}``; ``--price-year`` adds each value indexed
to that year with the CPI table, next to the original.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any, TextIO

from sroi_app.cli.listing import entry_json, listing_parser, print_listing, write_listing
from sroi_app.domain.formatting import Lang
from sroi_app.domain.library_terms import CATEGORIES

if TYPE_CHECKING:
    from sroi_app.domain.unit_costs import UnitCost

KIND_WORDS = {
    "nl": {"investment": "eenmalig", "recurring": "per jaar"},
    "en": {"investment": "one-off", "recurring": "per year"},
}


def unit_cost_to_json(entry: UnitCost, lang: Lang, price_year: int | None = None) -> dict[str, Any]:
    """One entry as the JSON object of ``sroi-app costs --json``."""
    return entry_json(entry, lang, ("category", "kind", "vat"), price_year)


def _table(entries: list[UnitCost], lang: Lang, out: TextIO) -> None:
    write_listing(
        entries,
        lang,
        out,
        headers={"nl": ("soort", "prijsjaar", "status"), "en": ("kind", "price year", "status")},
        cells=lambda e: (KIND_WORDS[lang][e.kind], str(e.price_year), e.verification),
        counted={"nl": "eenheidsprijzen", "en": "unit costs"},
        limit=50,
    )


def cmd_costs(args: argparse.Namespace, out: TextIO) -> int:
    from sroi_app.io.unit_costs import default_unit_costs

    entries = default_unit_costs().search(args.search or "", category=args.category)
    return print_listing(args, out, entries, "unit_costs", unit_cost_to_json, _table)


def register(sub: Any) -> None:
    p = listing_parser(
        sub,
        "costs",
        "list the unit-cost library (prices for cost items, with sources)",
        "unit_costs",
        ("--category", CATEGORIES, "only this category"),
        "only entries containing every word of TEXT",
    )
    p.set_defaults(handler=cmd_costs)
