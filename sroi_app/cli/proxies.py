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
import json
import sys
from typing import Any, TextIO

from sroi_app.cli.common import EXIT_BAD_INPUT, EXIT_OK, add_lang_option
from sroi_app.domain.cpi import PriceYearError
from sroi_app.domain.formatting import Lang, format_money
from sroi_app.domain.proxy_library import DOMAINS, LibraryProxy, index_proxy
from sroi_app.io.cpi import default_cpi
from sroi_app.io.proxies import search_proxies


def proxy_to_json(proxy: LibraryProxy, lang: Lang, price_year: int | None = None) -> dict[str, Any]:
    """One library entry as the JSON object of ``sroi-app proxies --json``."""
    out: dict[str, Any] = {
        "id": proxy.id,
        "name": proxy.name(lang),
        "name_nl": proxy.name_nl,
        "name_en": proxy.name_en,
        "unit": proxy.unit(lang),
        "unit_nl": proxy.unit_nl,
        "unit_en": proxy.unit_en,
        "value": proxy.value,
        "low": proxy.low,
        "high": proxy.high,
        "price_year": proxy.price_year,
        "domain": proxy.domain,
        "source": proxy.source,
        "url": proxy.url,
        "evidence_grade": proxy.evidence_grade,
        "verification": proxy.verification,
        "verification_note": proxy.verification_note,
        "derivation": proxy.derivation,
        "range_basis": proxy.range_basis,
        "beneficiary": proxy.beneficiary,
        "licence": proxy.licence,
        "notes": proxy.notes,
        "tags": list(proxy.tags),
    }
    if price_year is not None:
        indexed = index_proxy(proxy, price_year, default_cpi())
        out.update(
            {
                "indexed_price_year": price_year,
                "index_factor": indexed.factor,
                "indexed_value": indexed.value,
                "indexed_low": indexed.low,
                "indexed_high": indexed.high,
            }
        )
    return out


def _money(value: float, lang: Lang) -> str:
    """Whole euros, with cents below EUR 1.000 (an hour of volunteering is EUR 20,00)."""
    return format_money(value, lang, 2 if abs(value) < 1000 and value != int(value) else 0)


def _table(proxies: list[LibraryProxy], lang: Lang, out: TextIO) -> None:
    header = (
        ("id", "naam", "waarde", "bandbreedte", "eenheid", "prijsjaar", "status")
        if lang == "nl"
        else ("id", "name", "value", "range", "unit", "price year", "status")
    )
    rows = [header]
    for p in proxies:
        rows.append(
            (
                p.id,
                p.name(lang),
                _money(p.value, lang),
                f"{_money(p.low, lang)} - {_money(p.high, lang)}",
                p.unit(lang),
                str(p.price_year),
                f"{p.verification} ({p.evidence_grade})",
            )
        )
    widths = [min(max(len(r[i]) for r in rows), 60) for i in range(len(header))]
    for n, row in enumerate(rows):
        cells = [c[:60].ljust(w) for c, w in zip(row, widths, strict=True)]
        out.write("  ".join(cells).rstrip() + "\n")
        if n == 0:
            out.write("  ".join("-" * w for w in widths) + "\n")
    word = "proxies" if lang == "en" else "proxy's"
    out.write(f"\n{len(proxies)} {word}\n")


def cmd_proxies(args: argparse.Namespace, out: TextIO) -> int:
    proxies = search_proxies(args.search or "", domain=args.domain)
    if args.price_year is not None:
        try:
            default_cpi().index(args.price_year)
        except PriceYearError as exc:
            sys.stderr.write(f"--price-year: {exc}\n")
            return EXIT_BAD_INPUT
    if args.json:
        payload = {"proxies": [proxy_to_json(p, args.lang, args.price_year) for p in proxies]}
        json.dump(payload, out, ensure_ascii=False)
        out.write("\n")
    else:
        _table(proxies, args.lang, out)
    return EXIT_OK


def register(sub: Any) -> None:
    p = sub.add_parser("proxies", help="list the proxy library (monetisation values with sources)")
    p.add_argument("--json", action="store_true", help='machine-readable {"proxies": [...]}')
    p.add_argument("--domain", choices=DOMAINS, help="only this domain")
    p.add_argument("--search", metavar="TEXT", help="only proxies containing every word of TEXT")
    p.add_argument(
        "--price-year", type=int, metavar="YEAR", help="also show values indexed to YEAR (CPI)"
    )
    add_lang_option(p)
    p.set_defaults(handler=cmd_proxies)
