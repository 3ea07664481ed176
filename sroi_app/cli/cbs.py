"""``sroi-app cbs CODE [--table ID] [--csv FILE] [--json] [--lang nl|en]``.

A region's population figures from CBS "Kerncijfers wijken en buurten":
inhabitants by age band, households and single-person households, with the
table and region they come from (docs/local-figures.md). Online through
CBS's open-data service (the ``cbsodata`` package); ``--csv`` reads a table
downloaded from StatLine instead. Exit code 2 with the reason in words when
the figures cannot be had (no connection, no such region, not a CBS table).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from typing import Any, TextIO

from sroi_app.cli.common import EXIT_BAD_INPUT, EXIT_OK, add_lang_option, write_text_table
from sroi_app.domain.formatting import format_number
from sroi_app.io.cbs import (
    DEFAULT_TABLE,
    KERNCIJFERS_TABLES,
    CbsError,
    fetch_region,
    find_region,
    read_statline_csv,
)

_ROWS = {
    "nl": (
        ("inhabitants", "inwoners"),
        ("age_0_15", "0 tot 15 jaar"),
        ("age_15_25", "15 tot 25 jaar"),
        ("age_25_45", "25 tot 45 jaar"),
        ("age_45_65", "45 tot 65 jaar"),
        ("age_65_plus", "65 jaar of ouder"),
        ("households", "huishoudens"),
        ("single_person_households", "eenpersoonshuishoudens"),
    ),
    "en": (
        ("inhabitants", "inhabitants"),
        ("age_0_15", "aged 0 to 15"),
        ("age_15_25", "aged 15 to 25"),
        ("age_25_45", "aged 25 to 45"),
        ("age_45_65", "aged 45 to 65"),
        ("age_65_plus", "aged 65 or over"),
        ("households", "households"),
        ("single_person_households", "single-person households"),
    ),
}


def cmd_cbs(args: argparse.Namespace, out: TextIO) -> int:
    try:
        if args.csv:
            figures = find_region(read_statline_csv(args.csv, args.table or ""), args.code)
        else:
            figures = fetch_region(args.code, args.table or DEFAULT_TABLE)
    except CbsError as exc:
        sys.stderr.write(f"{exc}\n")
        return EXIT_BAD_INPUT
    lang = args.lang
    if args.json:
        payload: dict[str, Any] = asdict(figures)
        payload["from_percentages"] = list(figures.from_percentages)
        payload["source"] = figures.source_text(lang)
        json.dump(payload, out, ensure_ascii=False)
        out.write("\n")
        return EXIT_OK
    out.write(f"{figures.label()}\n{figures.source_text(lang)}\n\n")
    rows = [["", "aantal" if lang == "nl" else "count"]]
    for field, label in _ROWS[lang]:
        value = getattr(figures, field)
        rows.append([label, "?" if value is None else format_number(value, 0, lang)])
    write_text_table(rows, out)
    return EXIT_OK


def register(sub: Any) -> None:
    p = sub.add_parser("cbs", help="a region's population from CBS Kerncijfers wijken en buurten")
    p.add_argument("code", help="CBS region code: GM0363 (gemeente), WK036300, BU03630000")
    years = ", ".join(f"{t} ({y})" for y, t in sorted(KERNCIJFERS_TABLES.items(), reverse=True))
    p.add_argument("--table", help=f"the table id (default {DEFAULT_TABLE}; {years})")
    p.add_argument("--csv", metavar="FILE", help="read a table downloaded from StatLine instead")
    p.add_argument("--json", action="store_true", help="machine-readable figures with their source")
    add_lang_option(p)
    p.set_defaults(handler=cmd_cbs)
