"""The report as data: sections of paragraphs, tables and figures, independent of format.

``content.build_report`` fills it from a scenario; ``html`` and ``pdf``
render the same object, so the printable HTML and the PDF cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from matplotlib.figure import Figure

Align = Literal["l", "r"]


@dataclass(frozen=True)
class Paragraph:
    text: str
    style: Literal["body", "lead", "note", "bullet"] = "body"


@dataclass(frozen=True)
class Table:
    """Rows of text cells; ``widths`` are relative; ``strong`` rows are totals."""

    header: list[str]
    rows: list[list[str]]
    widths: list[float]
    align: list[Align]
    strong: frozenset[int] = frozenset()
    caption: str = ""


@dataclass(frozen=True)
class FigureBlock:
    figure: Figure
    caption: str = ""


@dataclass(frozen=True)
class Heading:
    """A sub-heading inside a section."""

    text: str


Block = Paragraph | Table | FigureBlock | Heading


@dataclass
class Section:
    key: str
    title: str
    blocks: list[Block] = field(default_factory=list)
    #: An annex (inputs, detail charts, method) after the main text, from a new page.
    annex: bool = False


@dataclass
class Report:
    kicker: str
    title: str
    subtitle: str
    meta: list[str]
    footer: str
    sections: list[Section]
    lang: str = "nl"
    #: The PDF's author: the municipality when the scenario names one.
    author: str = ""


def keep_euro(text: str) -> str:
    """A no-break space keeps the euro sign with its amount when a line wraps."""
    return text.replace("€ ", "€\u00a0")
