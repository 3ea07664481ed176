"""Write the verification tables of the libraries into the docs, from the libraries.

The tables of docs/proxy-library.md ("## The library" to the end) and
docs/unit-costs.md ("## The unit costs" to the end) are generated from
resources/proxies.json and resources/unit_costs.json, so the docs always
show what the program ships: entry, value, range, unit, price year, source,
the quoted passage and the verification status. tests/test_library_docs.py
fails when they are out of date.

    python tools/library_docs.py          # rewrite both
    python tools/library_docs.py --check  # exit 1 when a file would change
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sroi_app.domain.proxy_library import DOMAINS, ProxyLibrary  # noqa: E402
from sroi_app.domain.unit_costs import CATEGORIES, UnitCostLibrary  # noqa: E402
from sroi_app.io.proxies import read_library  # noqa: E402
from sroi_app.io.unit_costs import read_unit_costs  # noqa: E402

PROXY_DOC = ROOT / "docs" / "proxy-library.md"
PROXY_HEADING = "## The library"
COST_DOC = ROOT / "docs" / "unit-costs.md"
COST_HEADING = "## The unit costs"


def _num(value: float) -> str:
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _source(source: str, url: str, quote: str, derivation: str) -> tuple[str, str]:
    where = _cell(source) + (f" <{url}>" if url else "")
    said = f"“{_cell(quote)}”" if quote else ""
    if derivation:
        said += f" Derivation: {_cell(derivation)}"
    return where, said


def proxy_tables(library: ProxyLibrary) -> str:
    counts = {s: sum(p.verification == s for p in library) for s in ("checked", "derived")}
    lines = [
        PROXY_HEADING,
        "",
        "Generated from `resources/proxies.json` by `tools/library_docs.py`; do not edit by"
        " hand. Values at their own price year (EUR per unit). Each entry quotes the passage"
        " of its source that gives the figure (or, when derived, the figures it is computed"
        f" from). {len(library)} entries: {counts['checked']} checked,"
        f" {counts['derived']} derived, none unverified.",
    ]
    for domain in DOMAINS:
        entries = [p for p in library if p.domain == domain]
        if not entries:
            continue
        lines += [
            "",
            f"### {domain}",
            "",
            "| entry | value | low – high | unit | price year | grade | status | source | quote |",
            "|---|---|---|---|---|---|---|---|---|",
        ]
        for p in entries:
            where, said = _source(p.source, p.url, p.quote, p.derivation)
            lines.append(
                f"| `{p.id}` {_cell(p.name_en)} | {_num(p.value)} | {_num(p.low)} – {_num(p.high)}"
                f" | {_cell(p.unit_en)} | {p.price_year} | {p.evidence_grade} | {p.verification}"
                f" | {where} | {said} |"
            )
    return "\n".join(lines) + "\n"


def cost_tables(library: UnitCostLibrary) -> str:
    lines = [
        COST_HEADING,
        "",
        "Generated from `resources/unit_costs.json` by `tools/library_docs.py`; do not edit"
        f" by hand. {len(library)} entries, EUR per unit at their own price year.",
    ]
    for category in CATEGORIES:
        entries = [e for e in library if e.category == category]
        if not entries:
            continue
        lines += [
            "",
            f"### {category}",
            "",
            "| entry | value | low – high | unit | when | price year | VAT | status | source"
            " | quote |",
            "|---|---|---|---|---|---|---|---|---|---|",
        ]
        for e in entries:
            where, said = _source(e.source, e.url, e.quote, e.derivation)
            when = "one-off" if e.kind == "investment" else "per year"
            lines.append(
                f"| `{e.id}` {_cell(e.name_en)} | {_num(e.value)} | {_num(e.low)} – {_num(e.high)}"
                f" | {_cell(e.unit_en)} | {when} | {e.price_year} | {e.vat} | {e.verification}"
                f" | {where} | {said} |"
            )
    return "\n".join(lines) + "\n"


def rewritten(path: Path, heading: str, tables: str) -> str:
    text = path.read_text(encoding="utf-8")
    head = text.split(f"\n{heading}\n", 1)[0].rstrip("\n")
    return f"{head}\n\n{tables}"


def targets() -> list[tuple[Path, str]]:
    proxies = read_library(ROOT / "resources" / "proxies.json")
    costs = read_unit_costs(ROOT / "resources" / "unit_costs.json")
    return [
        (PROXY_DOC, rewritten(PROXY_DOC, PROXY_HEADING, proxy_tables(proxies))),
        (COST_DOC, rewritten(COST_DOC, COST_HEADING, cost_tables(costs))),
    ]


def main(argv: list[str]) -> int:
    stale = []
    for path, text in targets():
        if path.read_text(encoding="utf-8") != text:
            stale.append(path)
            if "--check" not in argv:
                path.write_text(text, encoding="utf-8")
    if "--check" in argv and stale:
        print("out of date: " + ", ".join(str(p.relative_to(ROOT)) for p in stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
