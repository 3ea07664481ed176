"""The report as an A4 PDF, typeset with matplotlib alone (no extra dependency).

A small layout engine flows the report's blocks down A4 pages: it wraps text
by measuring it with the Agg renderer, breaks tables between rows (repeating
the header), keeps headings with what follows, and scales charts to the text
width. Layout produces a list of drawing operations per page; rendering
draws them once the page count is known (for "page n of N"). Fonts are
embedded as TrueType (``pdf.fonttype`` 42), so the text can be selected,
searched and extracted.
"""

from __future__ import annotations

import io
import re
import warnings
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import matplotlib
import numpy as np
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.image import imread
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle

from sroi_app.exports.report.model import Block, FigureBlock, Heading, Paragraph, Report, Table

PAGE_W, PAGE_H = 595.28, 841.89  # A4 in points
LEFT, RIGHT, TOP, BOTTOM = 52.0, 52.0, 58.0, 62.0
WIDTH = PAGE_W - LEFT - RIGHT
BLUE, GREY, LIGHT, ZEBRA, TOTAL = "#1F4E79", "#555555", "#C9D6E3", "#F5F8FB", "#DDEBF7"
FONT = "DejaVu Sans"
CHART_DPI = 220
PAD = 4.0
#: The smallest a table is set (as a share of its normal size) to keep every word whole.
MIN_SCALE = 0.72
#: Longer "words" (web addresses, file paths) are cut where the column ends.
LONGEST_WORD = 32

STYLES: dict[str, tuple[float, str, str]] = {  # size, weight, colour
    "body": (9.3, "normal", "#222222"),
    "lead": (10.3, "normal", "#222222"),
    "note": (7.8, "normal", GREY),
    "bullet": (9.3, "normal", "#222222"),
    "h2": (14.0, "bold", BLUE),
    "h3": (10.5, "bold", "#222222"),
    "cell": (7.6, "normal", "#222222"),
    "cell_bold": (7.6, "bold", "#222222"),
    "head": (7.6, "bold", "#FFFFFF"),
    "kicker": (9.0, "bold", BLUE),
    "title": (22.0, "bold", "#111111"),
    "subtitle": (12.0, "normal", "#444444"),
    "footer": (7.5, "normal", GREY),
}


@dataclass(frozen=True)
class Op:
    kind: str  # text | rect | hline | image
    args: tuple[Any, ...]


_RENDERER = RendererAgg(10, 10, 72)  # type: ignore[no-untyped-call]  # 72 dpi: points


@lru_cache(maxsize=65536)
def _measured(text: str, size: float, weight: str) -> float:
    prop = FontProperties(family=FONT, size=size, weight=weight)
    width, _, _ = _RENDERER.get_text_width_height_descent(  # type: ignore[no-untyped-call]
        text, prop, ismath=False
    )
    return float(width)


def text_width(text: str, size: float, weight: str) -> float:
    """The width of ``text`` in points: each word measured once (cached), plus its spaces.

    Measuring whole lines re-measured every growing line while wrapping (99.6% of
    a report's time); the sum of word widths differs from it by the kerning across
    a space, a fraction of a point.
    """
    words = text.split(" ")
    if len(words) == 1:
        return _measured(text, size, weight)
    space = _measured("a a", size, weight) - 2 * _measured("a", size, weight)
    return sum(_measured(w, size, weight) for w in words if w) + space * (len(words) - 1)


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def wrap(text: str, width: float, size: float, weight: str = "normal") -> list[str]:
    """Greedy word wrap to ``width`` points; over-long words are cut by characters."""
    text = _CONTROL.sub("\ufffd", text.replace("\t", " "))
    lines: list[str] = []
    for paragraph in text.split("\n") or [""]:
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if text_width(candidate, size, weight) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            while text_width(word, size, weight) > width and len(word) > 1:
                cut = len(word) - 1
                while cut > 1 and text_width(word[:cut], size, weight) > width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
            line = word
        lines.append(line)
    return lines


def leading(size: float) -> float:
    return size * 1.38


class Layout:
    """Flows blocks down pages; ``pages`` holds the drawing operations."""

    def __init__(self) -> None:
        self.pages: list[list[Op]] = [[]]
        self.y = TOP

    @property
    def ops(self) -> list[Op]:
        return self.pages[-1]

    def new_page(self) -> None:
        self.pages.append([])
        self.y = TOP

    def room(self) -> float:
        return PAGE_H - BOTTOM - self.y

    def need(self, height: float) -> None:
        if height > self.room() and self.y > TOP:
            self.new_page()

    def text(
        self, x: float, y: float, s: str, style: str, ha: str = "left", scale: float = 1.0
    ) -> None:
        size, weight, colour = STYLES[style]
        self.ops.append(Op("text", (x, y, s, size * scale, weight, colour, ha)))

    def lines(self, text: str, style: str, x: float = LEFT, width: float = WIDTH) -> None:
        size, weight, _ = STYLES[style]
        step = leading(size)
        for line in wrap(text, width, size, weight):
            self.need(step)
            self.text(x, self.y, line, style)
            self.y += step

    # Blocks ----------------------------------------------------------------

    def cover(self, report: Report) -> None:
        self.lines(report.kicker.upper(), "kicker")
        self.y += 4
        self.lines(report.title, "title")
        self.y += 2
        self.lines(report.subtitle, "subtitle")
        if report.meta:
            self.y += 2
            self.lines(" · ".join(report.meta), "note")
        self.y += 8
        self.ops.append(Op("hline", (LEFT, LEFT + WIDTH, self.y, BLUE, 2.0)))
        self.y += 10

    def heading2(self, text: str, following: float) -> None:
        """A section title, kept on one page with ``following`` points of what comes next."""
        size = STYLES["h2"][0]
        self.y += 10
        self.need(leading(size) + 7 + following)
        self.lines(text, "h2")
        self.ops.append(Op("hline", (LEFT, LEFT + WIDTH, self.y - 2, LIGHT, 0.8)))
        self.y += 5

    def heading3(self, text: str, following: float) -> None:
        size = STYLES["h3"][0]
        self.y += 6
        self.need(leading(size) + 1 + following)
        self.lines(text, "h3")
        self.y += 1

    def start_height(self, blocks: list[Block]) -> float:
        """Room needed for the start of ``blocks``: headings are kept with their content."""
        if not blocks:
            return 0.0
        block = blocks[0]
        if isinstance(block, Heading):
            return leading(STYLES["h3"][0]) + 7 + self.start_height(blocks[1:])
        if isinstance(block, FigureBlock):
            w_in, h_in = block.figure.get_size_inches()
            return WIDTH * float(h_in) / float(w_in) + 2 * leading(STYLES["note"][0])
        if isinstance(block, Table):
            widths, scale = self.column_widths(block)
            height = self._row(block.header, widths, "head", scale)[1]
            first = self._row(block.rows[0], widths, "cell", scale)[1] if block.rows else 0
            return height + first
        return 2 * leading(STYLES[block.style][0])

    def paragraph(self, block: Paragraph) -> None:
        if block.style == "bullet":
            size = STYLES["bullet"][0]
            self.need(leading(size))
            self.text(LEFT + 4, self.y, "•", "bullet")
            self.lines(block.text, "bullet", LEFT + 14, WIDTH - 14)
            self.y += 1.5
        else:
            self.lines(block.text, block.style)
            self.y += 5

    def _row(
        self, cells: list[str], widths: list[float], style: str, scale: float = 1.0
    ) -> tuple[list[list[str]], float]:
        size, weight, _ = STYLES[style]
        size *= scale
        wrapped = [wrap(c, w - 2 * PAD, size, weight) for c, w in zip(cells, widths, strict=True)]
        height = max(len(w) for w in wrapped) * leading(size) + 2 * PAD
        return wrapped, height

    def column_widths(self, table: Table) -> tuple[list[float], float]:
        """Column widths (points) and a font scale such that no word is broken.

        Each column is at least as wide as its longest word (header included);
        the rest of the width is shared in the table's proportions. A table
        whose longest words do not fit side by side is set smaller, down to
        ``MIN_SCALE``; only beyond that would a word be cut.
        """
        total = sum(table.widths)
        wanted = [WIDTH * w / total for w in table.widths]
        need = [2 * PAD] * len(wanted)
        for cells, style in [(table.header, "head")] + [
            (r, "cell_bold" if n in table.strong else "cell") for n, r in enumerate(table.rows)
        ]:
            size, weight, _ = STYLES[style]
            for i, cell in enumerate(cells):
                for word in cell.split():
                    if len(word) > LONGEST_WORD:  # an address, not a word: it may be cut
                        continue
                    need[i] = max(need[i], text_width(word, size, weight) + 2 * PAD + 0.5)
        ratio = WIDTH / sum(need)
        if ratio < 1.0:  # every column at its longest word, all a little smaller
            return [n * ratio for n in need], max(ratio, MIN_SCALE)
        widths = list(wanted)
        for _ in range(len(widths)):  # widen what is too narrow, from the others' room
            short = [i for i, w in enumerate(widths) if w < need[i] - 1e-9]
            if not short:
                break
            for i in short:
                widths[i] = need[i]
            fixed = sum(widths[i] for i in range(len(widths)) if widths[i] <= need[i] + 1e-9)
            free = [i for i in range(len(widths)) if widths[i] > need[i] + 1e-9]
            room = WIDTH - fixed
            share = sum(wanted[i] for i in free)
            for i in free:
                widths[i] = room * wanted[i] / share
        return widths, 1.0

    def _draw_row(
        self,
        wrapped: list[list[str]],
        height: float,
        xs: list[float],
        widths: list[float],
        table: Table,
        style: str,
        fill: str | None,
        scale: float = 1.0,
    ) -> None:
        size = STYLES[style][0] * scale
        if fill:
            self.ops.append(Op("rect", (LEFT, self.y, WIDTH, height, fill)))
        for lines, x, w, align in zip(wrapped, xs, widths, table.align, strict=True):
            for n, line in enumerate(lines):
                y = self.y + PAD + n * leading(size)
                if align == "r":
                    self.text(x + w - PAD, y, line, style, "right", scale)
                else:
                    self.text(x + PAD, y, line, style, scale=scale)
        self.y += height

    def table(self, table: Table) -> None:
        widths, scale = self.column_widths(table)
        xs = [LEFT + sum(widths[:i]) for i in range(len(widths))]
        head, head_h = self._row(table.header, widths, "head", scale)
        rows = [
            self._row(r, widths, "cell_bold" if n in table.strong else "cell", scale)
            for n, r in enumerate(table.rows)
        ]
        first_h = rows[0][1] if rows else 0.0
        self.need(head_h + first_h)
        self._draw_row(head, head_h, xs, widths, table, "head", BLUE, scale)
        for n, (wrapped, height) in enumerate(rows):
            if height > self.room():
                self.new_page()
                self._draw_row(head, head_h, xs, widths, table, "head", BLUE, scale)
            strong = n in table.strong
            fill = TOTAL if strong else (ZEBRA if n % 2 else None)
            self._draw_row(
                wrapped, height, xs, widths, table, "cell_bold" if strong else "cell", fill, scale
            )
            self.ops.append(Op("hline", (LEFT, LEFT + WIDTH, self.y, "#DDDDDD", 0.5)))
        self.y += 3
        if table.caption:
            self.lines(table.caption, "note")
        self.y += 6

    def figure(self, block: FigureBlock) -> None:
        buffer = io.BytesIO()
        block.figure.savefig(buffer, format="png", dpi=CHART_DPI)
        buffer.seek(0)
        image = imread(buffer)
        w_in, h_in = block.figure.get_size_inches()
        height = WIDTH * float(h_in) / float(w_in)
        caption_h = leading(STYLES["note"][0]) * 2
        self.need(height + caption_h)
        self.ops.append(Op("image", (LEFT, self.y, WIDTH, height, image)))
        self.y += height + 3
        if block.caption:
            self.lines(block.caption, "note")
        self.y += 8


def layout(report: Report) -> list[list[Op]]:
    flow = Layout()
    flow.cover(report)
    for section in report.sections:
        if section.annex and flow.y > TOP:  # each annex from a new page
            flow.new_page()
        flow.heading2(section.title, flow.start_height(section.blocks))
        for n, block in enumerate(section.blocks):
            if isinstance(block, Heading):
                flow.heading3(block.text, flow.start_height(section.blocks[n + 1 :]))
            elif isinstance(block, Paragraph):
                flow.paragraph(block)
            elif isinstance(block, Table):
                flow.table(block)
            elif isinstance(block, FigureBlock):
                flow.figure(block)
    return flow.pages


def _draw(page: Figure, op: Op) -> None:
    def fx(x: float) -> float:
        return x / PAGE_W

    def fy(y: float) -> float:
        return 1.0 - y / PAGE_H

    if op.kind == "text":
        x, y, s, size, weight, colour, ha = op.args
        page.text(
            fx(x),
            fy(y),
            s,
            fontsize=size,
            fontweight=weight,
            color=colour,
            ha=ha,
            va="top",
            family=FONT,
            parse_math=False,
        )
    elif op.kind == "rect":
        x, y, w, h, colour = op.args
        page.add_artist(
            Rectangle(
                (fx(x), fy(y + h)),
                w / PAGE_W,
                h / PAGE_H,
                facecolor=colour,
                edgecolor="none",
                transform=page.transFigure,
                zorder=0,
            )
        )
    elif op.kind == "hline":
        x1, x2, y, colour, width = op.args
        page.add_artist(
            Line2D(
                [fx(x1), fx(x2)],
                [fy(y), fy(y)],
                color=colour,
                linewidth=width,
                transform=page.transFigure,
            )
        )
    elif op.kind == "image":
        x, y, w, h, image = op.args
        ax = page.add_axes((fx(x), fy(y + h), w / PAGE_W, h / PAGE_H))
        ax.imshow(np.asarray(image), interpolation="none", aspect="auto")
        ax.set_axis_off()


def render_pdf(report: Report, page_word: str = "pagina", of_word: str = "van") -> bytes:
    """The PDF file's bytes."""
    pages = layout(report)
    buffer = io.BytesIO()
    with (
        warnings.catch_warnings(),
        matplotlib.rc_context({"pdf.fonttype": 42}),
        PdfPages(buffer) as pdf,
    ):
        # A character that DejaVu Sans lacks (an emoji in a name) prints as a box;
        # matplotlib warns about each one, which is noise in a batch export.
        warnings.filterwarnings("ignore", message="Glyph .* missing from")
        info = pdf.infodict()
        info["Title"] = f"{report.kicker}: {report.title}"
        info["Subject"] = report.subtitle
        info["Creator"] = "sroi-app"
        for number, ops in enumerate(pages, start=1):
            page = Figure(figsize=(PAGE_W / 72, PAGE_H / 72))
            for op in ops:
                _draw(page, op)
            footer_y = PAGE_H - BOTTOM + 26
            _draw(page, Op("hline", (LEFT, LEFT + WIDTH, footer_y - 6, LIGHT, 0.6)))
            size, weight, colour = STYLES["footer"]
            _draw(page, Op("text", (LEFT, footer_y, report.footer, size, weight, colour, "left")))
            pages_text = f"{page_word} {number} {of_word} {len(pages)}"
            _draw(
                page,
                Op("text", (LEFT + WIDTH, footer_y, pages_text, size, weight, colour, "right")),
            )
            pdf.savefig(page)
    return buffer.getvalue()
