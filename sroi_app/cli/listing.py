"""Listing a library of sourced figures: ``sroi-app proxies`` and ``sroi-app costs``.

Both print the same readable table (id, name, value, range, unit, then the
library's own columns) and the same JSON object per entry (names and units
in both languages, value and range, price year, source, url, quoted passage,
verification, optionally indexed to a price year with the CPI table), so the
two commands differ only in what their entries carry besides.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TextIO

from sroi_app.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    add_lang_option,
    library_money,
    write_text_table,
)
from sroi_app.domain.cpi import PriceYearError
from sroi_app.domain.formatting import Lang

if TYPE_CHECKING:  # the libraries are loaded by the commands that list them, when they run
    from sroi_app.domain.evidence import SourcedEntry as Entry

#: Fields every listed entry gives in JSON, in this order (after its name and unit).
COMMON_FIELDS = (
    "value",
    "low",
    "high",
    "price_year",
    "source",
    "url",
    "quote",
    "verification",
    "verification_note",
    "derivation",
    "range_basis",
    "notes",
)


def entry_json(
    entry: Entry, lang: Lang, extra: Sequence[str], price_year: int | None = None
) -> dict[str, Any]:
    """One entry as JSON: id, names and units, the common fields, ``extra`` fields, tags."""
    out: dict[str, Any] = {"id": entry.id, "name": entry.name(lang)}
    out.update({"name_nl": entry.name("nl"), "name_en": entry.name("en")})
    out.update({"unit": entry.unit(lang), "unit_nl": entry.unit("nl"), "unit_en": entry.unit("en")})
    for field in (*COMMON_FIELDS, *extra):
        out[field] = getattr(entry, field)
    out["tags"] = list(getattr(entry, "tags", ()))
    if price_year is not None:
        from sroi_app.domain.proxy_library import index_proxy
        from sroi_app.io.cpi import default_cpi

        indexed = index_proxy(entry, price_year, default_cpi())
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


def write_listing(
    entries: Sequence[Entry],
    lang: Lang,
    out: TextIO,
    *,
    headers: dict[str, tuple[str, ...]],
    cells: Callable[[Any], tuple[str, ...]],
    counted: dict[str, str],
    limit: int = 60,
) -> None:
    """The readable table: id, name, value, range, unit, then ``headers[lang]`` / ``cells``."""
    common = (
        ("id", "naam", "waarde", "bandbreedte", "eenheid")
        if lang == "nl"
        else ("id", "name", "value", "range", "unit")
    )
    rows: list[tuple[str, ...]] = [common + headers[lang]]
    for e in entries:
        money = f"{library_money(e.low, lang)} - {library_money(e.high, lang)}"
        rows.append(
            (e.id, e.name(lang), library_money(e.value, lang), money, e.unit(lang), *cells(e))
        )
    write_text_table(rows, out, limit)
    out.write(f"\n{len(entries)} {counted[lang]}\n")


def print_listing(
    args: argparse.Namespace,
    out: TextIO,
    entries: Sequence[Any],
    key: str,
    to_json: Callable[[Any, Lang, int | None], dict[str, Any]],
    table: Callable[[Any, Lang, TextIO], None],
) -> int:
    """The command's output: ``{key: [...]}`` with ``--json``, else the table; a
    ``--price-year`` outside the CPI table is refused with exit code 2."""
    if args.price_year is not None:
        from sroi_app.io.cpi import default_cpi

        try:
            default_cpi().index(args.price_year)
        except PriceYearError as exc:
            sys.stderr.write(f"--price-year: {exc}\n")
            return EXIT_BAD_INPUT
    if args.json:
        payload = {key: [to_json(e, args.lang, args.price_year) for e in entries]}
        json.dump(payload, out, ensure_ascii=False)
        out.write("\n")
    else:
        table(entries, args.lang, out)
    return EXIT_OK


def listing_parser(
    sub: Any,
    name: str,
    help_text: str,
    key: str,
    narrow: tuple[str, Sequence[str], str],
    search_help: str,
) -> argparse.ArgumentParser:
    """The sub-command ``name``'s parser with the options every listing has: ``--json``
    (``{key: [...]}``), one filter ``narrow`` (flag, choices, help), ``--search``,
    ``--price-year`` and ``--lang``."""
    p: argparse.ArgumentParser = sub.add_parser(name, help=help_text)
    p.add_argument("--json", action="store_true", help=f'machine-readable {{"{key}": [...]}}')
    flag, choices, narrow_help = narrow
    p.add_argument(flag, choices=choices, help=narrow_help)
    p.add_argument("--search", metavar="TEXT", help=search_help)
    p.add_argument(
        "--price-year", type=int, metavar="YEAR", help="also show values indexed to YEAR (CPI)"
    )
    add_lang_option(p)
    return p
