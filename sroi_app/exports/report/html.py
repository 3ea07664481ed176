"""The report as one self-contained, printable HTML page (charts as inline SVG).

Everything the user typed is escaped; the page has print CSS for A4, so a
browser's "print to PDF" gives a tidy document too.
"""

from __future__ import annotations

import io
from html import escape

import matplotlib
from matplotlib.figure import Figure

from sroi_app.exports.report.model import FigureBlock, Heading, Paragraph, Report, Table

CSS = """
@page { size: A4; margin: 18mm 16mm 20mm 16mm; }
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 10pt;
       color: #222; max-width: 180mm; margin: 2em auto; line-height: 1.4; }
header.cover { border-bottom: 3px solid #1F4E79; margin-bottom: 1.5em; padding-bottom: .8em; }
.kicker { text-transform: uppercase; letter-spacing: .08em; color: #1F4E79; font-size: 9pt; }
h1 { font-size: 22pt; margin: .2em 0; }
.subtitle { font-size: 12pt; color: #444; }
.meta { color: #666; font-size: 9pt; }
h2 { color: #1F4E79; font-size: 14pt; border-bottom: 1px solid #c9d6e3; padding-bottom: 2px;
     margin-top: 1.6em; page-break-after: avoid; }
h3 { font-size: 11pt; margin: 1.1em 0 .4em; page-break-after: avoid; }
p.lead { font-size: 11pt; }
p.note, .caption { color: #555; font-size: 8.5pt; }
ul { margin: .3em 0 .6em 1.2em; padding: 0; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; margin: .4em 0 .2em;
        page-break-inside: auto; table-layout: fixed; }
/* Lines break at spaces; a word wider than its column (a web address) is split
   rather than cut off at the page's edge. "€" and its amount are joined by a
   no-break space in the text itself. */
th, td { overflow-wrap: break-word; word-wrap: break-word; hyphens: manual; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; }
th { background: #1F4E79; color: white; text-align: left; padding: 4px 5px; font-weight: bold; }
td { padding: 3px 5px; border-bottom: 1px solid #e3e3e3; vertical-align: top; }
tbody tr:nth-child(even) td { background: #f5f8fb; }
td.r, th.r { text-align: right; }
tr.strong td { font-weight: bold; background: #DDEBF7; border-top: 1px solid #888; }
figure { margin: .8em 0 1.2em; page-break-inside: avoid; }
figure svg { width: 100%; height: auto; }
footer { margin-top: 3em; color: #777; font-size: 8pt; border-top: 1px solid #ccc; }
@media print {
  body { font-size: 9pt; max-width: none; margin: 0; }
  table { font-size: 7pt; }
  th, td { padding: 2px 3px; }
  h2 { page-break-before: auto; }
  section.annex { page-break-before: always; }
  a { color: inherit; text-decoration: none; }
}
"""


def figure_svg(figure: Figure, label: str = "") -> str:
    """The chart as inline SVG whose words are ``<text>`` (a screen reader reads them;
    drawn as paths they would be pictures of letters)."""
    buffer = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "none"}):
        figure.savefig(buffer, format="svg")
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg") :]  # drop the XML prolog and doctype: inline in HTML
    if "<metadata>" in svg:  # the creator and date: not for readers (a screen reader says it)
        svg = svg[: svg.index("<metadata>")] + svg[svg.index("</metadata>") + 11 :]
    if label:
        svg = svg.replace("<svg", f'<svg role="img" aria-label="{escape(label)}"', 1)
    return svg


def _table(table: Table) -> str:
    total = sum(table.widths)
    cols = "".join(f'<col style="width:{100 * w / total:.1f}%">' for w in table.widths)
    head = "".join(
        f'<th class="{a}">{escape(h)}</th>' for h, a in zip(table.header, table.align, strict=True)
    )
    body = []
    for n, row in enumerate(table.rows):
        cells = "".join(
            f'<td class="{a}">{escape(c)}</td>' for c, a in zip(row, table.align, strict=True)
        )
        css = ' class="strong"' if n in table.strong else ""
        body.append(f"<tr{css}>{cells}</tr>")
    caption = f'<p class="caption">{escape(table.caption)}</p>' if table.caption else ""
    return (
        f"<table><colgroup>{cols}</colgroup><thead><tr>{head}</tr></thead>"
        f"<tbody>{''.join(body)}</tbody></table>{caption}"
    )


def render_html(report: Report) -> str:
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{report.lang}"><head><meta charset="utf-8">',
        f"<title>{escape(report.title)}</title><style>{CSS}</style></head><body>",
        '<header class="cover">',
        f'<div class="kicker">{escape(report.kicker)}</div>',
        f"<h1>{escape(report.title)}</h1>",
        f'<div class="subtitle">{escape(report.subtitle)}</div>',
        f'<div class="meta">{escape(" · ".join(report.meta))}</div>',
        "</header>",
    ]
    for section in report.sections:
        css = ' class="annex"' if section.annex else ""
        parts.append(f'<section id="{section.key}"{css}><h2>{escape(section.title)}</h2>')
        bullets: list[str] = []
        for block in section.blocks:
            if isinstance(block, Paragraph) and block.style == "bullet":
                bullets.append(f"<li>{escape(block.text)}</li>")
                continue
            if bullets:
                parts.append(f"<ul>{''.join(bullets)}</ul>")
                bullets = []
            if isinstance(block, Paragraph):
                parts.append(f'<p class="{block.style}">{escape(block.text)}</p>')
            elif isinstance(block, Heading):
                parts.append(f"<h3>{escape(block.text)}</h3>")
            elif isinstance(block, Table):
                parts.append(_table(block))
            elif isinstance(block, FigureBlock):
                parts.append(
                    f"<figure>{figure_svg(block.figure, block.caption)}"
                    f'<figcaption class="caption">{escape(block.caption)}</figcaption></figure>'
                )
        if bullets:
            parts.append(f"<ul>{''.join(bullets)}</ul>")
        parts.append("</section>")
    parts.append(f"<footer>{escape(report.footer)}</footer></body></html>")
    return "\n".join(parts)
