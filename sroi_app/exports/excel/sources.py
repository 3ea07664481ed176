"""The sources sheet: every source text of the scenario once, numbered.

Source texts (an effect's source, its proxy's source) run to hundreds of
characters; on the inputs sheet they made rows hundreds of points high. Each
distinct text is written here once, as ``[n]`` and the text, with the items
that cite it; the inputs sheet's source cell holds ``[n]``, and so do the
sheets that show it (the value map).

Both are input cells. On import (``roundtrip``) a source cell holding
``[n]`` stands for the text of source n on this sheet, as it is in the
edited workbook: an edited text here is brought back into every item that
cites it, and a source cell changed to ``[m]`` takes source m's text. Any
other text typed into a source cell is taken as it stands.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from sroi_app.domain.models import Scenario
from sroi_app.exports.excel import style
from sroi_app.exports.excel.context import ExportContext, address

HEADER_ROW = 4
TEXT_WIDTH = 100
USED_WIDTH = 40
#: The fields that go to this sheet (JSON path suffixes of an effect).
SOURCE_FIELDS = ("source", "proxy.source")
_REFERENCE = re.compile(r"^\s*\[(\d+)\]\s*$")


def source_items(scenario: Scenario) -> Iterator[tuple[str, str, str]]:
    """``(JSON path, text, who cites it)`` of every non-empty source text, in file order."""
    for a, alternative in enumerate(scenario.alternatives):
        for e, effect in enumerate(alternative.effects):
            who = f"{alternative.name or alternative.id} / {effect.name or effect.id}"
            for suffix, text in (("proxy.source", effect.proxy.source), ("source", effect.source)):
                if text:
                    yield f"alternatives[{a}].effects[{e}].{suffix}", text, who


def numbers(scenario: Scenario) -> dict[str, int]:
    """Source text -> its number (1, 2, ... in order of first appearance)."""
    out: dict[str, int] = {}
    for _, text, _ in source_items(scenario):
        out.setdefault(text, len(out) + 1)
    return out


def reference(number: int) -> str:
    """What a source cell shows: ``[3]``."""
    return f"[{number}]"


def cited(value: object) -> int | None:
    """The source number a cell's value refers to (``[3]`` -> 3), or None."""
    if not isinstance(value, str):
        return None
    found = _REFERENCE.match(value)
    return int(found.group(1)) if found else None


def build(ctx: ExportContext) -> None:
    ws = ctx.sheet("sources")
    style.title(ws, ctx.t("sources_title"), ctx.t("sources_subtitle"))
    style.header_row(ws, HEADER_ROW, 1, [ctx.t("src_number"), ctx.t("src_text"), ctx.t("src_used")])
    users: dict[str, dict[str, None]] = {}  # text -> who cites it, in order, once each
    for _, text, who in source_items(ctx.scenario):
        users.setdefault(text, {})[who] = None
    row = HEADER_ROW
    for text, number in ctx.source_numbers.items():
        row += 1
        style.put_text(ws, row, 1, reference(number)).alignment = style.TOP
        cell = style.put_text(ws, row, 2, text, input_cell=True)
        cell.alignment = style.WRAP
        style.fit_height(ws, row, text, TEXT_WIDTH)
        used = "; ".join(users[text])
        style.put_text(ws, row, 3, used).alignment = style.WRAP
        style.fit_height(ws, row, used, USED_WIDTH)
        ctx.source_cells[number] = address(ws.title, row, 2)
    if row == HEADER_ROW:
        style.put_text(ws, row + 1, 1, ctx.t("sources_none"))
    style.widths(ws, {1: 7, 2: TEXT_WIDTH, 3: USED_WIDTH})
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=1)
    style.print_setup(ws, title_rows=f"{HEADER_ROW}:{HEADER_ROW}")
