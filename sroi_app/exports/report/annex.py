"""Parts of the report that keep it short: sources cited by number, charts limited.

``chain_blocks`` gives each effect's chain once with its sources as numbers,
then the numbered list of sources, each source once. ``top_effects`` keeps a
chart of many effects readable: the largest, and the rest as one bar.
"""

from __future__ import annotations

from collections.abc import Callable

from sroi_app.domain.models import Effect
from sroi_app.exports.report.model import Block, Heading, Paragraph, Table

#: A chart of the value per effect shows this many effects, the rest summed in one bar.
TOP_EFFECTS = 15
#: The table of the value per effect lists this many, the rest summed in one row
#: (every effect's inputs are in annex A, every value in the workbook).
TABLE_EFFECTS = 40
#: Charts are drawn for at most this many variants (the highest NPV first); the
#: tables cover every variant.
MAX_CHART_VARIANTS = 6
#: The key of the bar that sums the effects not shown one by one.
REST = "\0rest"


def chain_blocks(effects: list[Effect], t: Callable[[str], str]) -> list[Block]:
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


def top_effects(by_effect: dict[str, float], count: int = TOP_EFFECTS) -> dict[str, float]:
    """The ``count`` effects of largest value; the others summed under ``REST``."""
    ranked = sorted(by_effect.items(), key=lambda kv: -abs(kv[1]))
    if len(ranked) <= count + 1:
        return dict(ranked)
    shown = dict(ranked[:count])
    shown[REST] = sum(v for _, v in ranked[count:])
    return shown
