"""Parts of the report that keep it short: sources cited by number, charts limited.

``chain_blocks`` gives each effect's chain once with its sources as numbers,
then the numbered list of sources, each source once. ``top_effects`` keeps a
chart of many effects readable: the largest, and the rest as one bar.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from sroi_app.domain.errors import Issue
from sroi_app.domain.formatting import Lang
from sroi_app.domain.models import Effect, Scenario
from sroi_app.exports.report.model import Block, Heading, Paragraph, Table
from sroi_app.io.warning_texts import warning_text

#: A chart of the value per effect shows this many effects, the rest summed in one bar.
TOP_EFFECTS = 15
#: The table of the value per effect lists this many, the rest summed in one row
#: (every effect's inputs are in annex A, every value in the workbook).
TABLE_EFFECTS = 40
#: Charts are drawn for at most this many variants (the highest NPV first); the
#: tables cover every variant.
MAX_CHART_VARIANTS = 6
#: Up to this many variants, the key figures have a column per variant; beyond, a row.
WIDE_VARIANTS = 5
#: The main text lists this many warnings of one kind (code); the rest are counted.
WARNINGS_PER_CODE = 10
#: The key of the bar that sums the effects not shown one by one.
REST = "\0rest"


def chain_blocks(effects: list[Effect], t: Callable[..., str]) -> list[Block]:
    """Each effect's chain once, its sources by number; the numbered sources once each."""
    sources: dict[str, int] = {}

    def cite(source: str) -> str:
        return f"[{sources.setdefault(source, len(sources) + 1)}]"

    rows: dict[tuple[str, str, str], None] = {}
    for e in effects:
        chain = " → ".join(e.chain)
        what = "; ".join(x for x in (chain, e.indicator) if x)
        cited = [x for x in (e.proxy.source.strip(), e.source.strip()) if x]
        rows[(e.name or e.id, what, " ".join(dict.fromkeys(cite(x) for x in cited)))] = None
    blocks: list[Block] = [
        Heading(t("chains")),
        Table(
            [t("h_effect"), t("h_chain"), t("h_source")],
            [list(row) for row in rows],
            [1.6, 3.6, 0.8],
            ["l", "l", "l"],
        ),
    ]
    if sources:
        blocks.append(Heading(t("sources")))
        blocks += [Paragraph(f"[{n}] {x}", "note") for x, n in sources.items()]
    return blocks


def top_effects(by_effect: Mapping[str, float], count: int = TOP_EFFECTS) -> dict[str, float]:
    """The ``count`` effects of largest value; the others summed under ``REST``."""
    ranked = sorted(by_effect.items(), key=lambda kv: -abs(kv[1]))
    if len(ranked) <= count + 1:
        return dict(ranked)
    shown = dict(ranked[:count])
    shown[REST] = sum(v for _, v in ranked[count:])
    return shown


def warning_blocks(
    found: Sequence[Issue], scenario: Scenario, lang: Lang, t: Callable[..., str]
) -> list[Block]:
    """Each warning as a bullet; past ``WARNINGS_PER_CODE`` of one code, the rest counted."""
    groups: dict[str, list[Issue]] = {}
    for w in found:
        groups.setdefault(w.code, []).append(w)
    blocks: list[Block] = []
    for code, items in groups.items():
        shown = items[:WARNINGS_PER_CODE] if len(items) > WARNINGS_PER_CODE + 1 else items
        blocks += [Paragraph(warning_text(w, scenario, lang), "bullet") for w in shown]
        if len(shown) < len(items):
            blocks.append(
                Paragraph(t("more_warnings", n=len(items) - len(shown), code=code), "note")
            )
    return blocks
