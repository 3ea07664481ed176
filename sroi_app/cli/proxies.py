"""``sroi-app proxies [--json] [--domain D] [--search TEXT] [--lang nl|en] [--price-year Y]``.

Lists the proxy library. ``--json`` prints ``{"proxies": [...]}`` with, per
proxy, at least ``id``, ``name``, ``unit``, ``value``, ``low``, ``high``,
``price_year`` and ``source`` (names and units in the chosen language, both
languages also given). ``--price-year`` adds each value indexed to that year
with the CPI table (``indexed_value``, ``indexed_low``, ``indexed_high``,
``index_factor``), next to the original.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any, TextIO

from sroi_app.cli.listing import entry_json, listing_parser, print_listing, write_listing
from sroi_app.domain.formatting import Lang
from sroi_app.domain.library_terms import DOMAINS

if TYPE_CHECKING:
    from sroi_app.domain.proxy_library import LibraryProxy


def proxy_to_json(proxy: LibraryProxy, lang: Lang, price_year: int | None = None) -> dict[str, Any]:
    """One library entry as the JSON object of ``sroi-app proxies --json``."""
    extra = ("domain", "evidence_grade", "beneficiary", "licence")
    return entry_json(proxy, lang, extra, price_year)


def _table(proxies: list[LibraryProxy], lang: Lang, out: TextIO) -> None:
    write_listing(
        proxies,
        lang,
        out,
        headers={"nl": ("prijsjaar", "status"), "en": ("price year", "status")},
        cells=lambda p: (str(p.price_year), f"{p.verification} ({p.evidence_grade})"),
        counted={"nl": "proxy's", "en": "proxies"},
    )


def cmd_proxies(args: argparse.Namespace, out: TextIO) -> int:
    from sroi_app.io.proxies import search_proxies

    proxies = search_proxies(args.search or "", domain=args.domain)
    return print_listing(args, out, proxies, "proxies", proxy_to_json, _table)


def register(sub: Any) -> None:
    p = listing_parser(
        sub,
        "proxies",
        "list the proxy library (monetisation values with sources)",
        "proxies",
        ("--domain", DOMAINS, "only this domain"),
        "only proxies containing every word of TEXT",
    )
    p.set_defaults(handler=cmd_proxies)
