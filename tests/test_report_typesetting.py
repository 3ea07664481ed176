"""The PDF report's typesetting (issue 11, item 6): metadata, outline, margins, headers.

Read back with poppler: ``pdftotext -bbox`` for where every word lies, and
``pdftohtml -xml`` for the outline (bookmarks). The file's catalog gives the
language.
"""

from __future__ import annotations

import json
import re
import subprocess
from html import unescape
from pathlib import Path
from xml.etree import ElementTree

import pytest

from sroi_app.domain.validation import scenario_from_data
from sroi_app.exports.report import build_report, export_report
from sroi_app.exports.report.model import FigureBlock, Heading, Table
from sroi_app.exports.report.pdf import LEFT, PAGE_W, RIGHT, TOP
from sroi_app.exports.report.texts import ANNEXES, SECTIONS
from sroi_app.io.cpi import default_cpi
from sroi_app.io.scenario_file import load_scenario
from tests.conftest import ROOT
from tests.test_report import pdftotext, tool

CPI = default_cpi()
RICHEST = ROOT / "scenarios" / "groene-ontmoetingsplek.sroi.json"


def words_by_page(path: Path) -> list[list[tuple[float, float, float, float, str]]]:
    """Every word of every page with its box (x0, y0, x1, y1) in points."""
    out = pdftotext(path, "-bbox")
    pages: list[list[tuple[float, float, float, float, str]]] = []
    for page in out.split("<page ")[1:]:
        pages.append(
            [
                (float(a), float(b), float(c), float(d), w)
                for a, b, c, d, w in re.findall(
                    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                    r"([^<]*)</word>",
                    page,
                )
            ]
        )
    return pages


def page_texts(path: Path) -> list[str]:
    out = pdftotext(path, "-layout")
    return out.split("\f")[:-1]


def outline(path: Path) -> list[tuple[int, str]]:
    """The outline's entries (page, title) at the top level, in order."""
    xml = subprocess.run(
        [tool("pdftohtml"), "-xml", "-i", "-stdout", "-q", str(path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout
    top = ElementTree.fromstring(xml.split("?>", 1)[1]).find("outline")
    assert top is not None, "the PDF has no outline"
    return [(int(item.get("page", "0")), item.text or "") for item in top.findall("item")]


def long_name_scenario() -> object:
    data = json.loads(RICHEST.read_text(encoding="utf-8"))
    data["stakeholders"][0]["name"] = "Zorgverzekeraarsvereniging Noord-Holland en Flevoland"
    data["alternatives"][1]["name"] = "Groene ontmoetingsplek met buurtverbindersprogramma"
    effect = data["alternatives"][1]["effects"][0]
    effect["name"] = "Minder depressieklachten door ontmoetingsmogelijkheden in het groen"
    # A "word" no column can hold: it must be split rather than run past the margin.
    effect["source"] = "https://example.org/" + "zeer-lange-padnaam-zonder-spaties-" * 4
    effect["unit"] = "ontmoetingsmogelijkhedenregistratiesysteemgebruikers"
    return scenario_from_data(data, CPI)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_title_language_and_outline(tmp_path: Path, lang: str) -> None:
    path = tmp_path / "raad.pdf"
    scenario = load_scenario(RICHEST)
    export_report(scenario, path, lang)  # type: ignore[arg-type]
    info = subprocess.run(
        [tool("pdfinfo"), str(path)], capture_output=True, text=True, check=True
    ).stdout
    assert re.search(rf"^Title:\s+.*{re.escape(scenario.name)}$", info, re.M)
    assert re.findall(rb"/Lang \((\w+)\)", path.read_bytes()) == [lang.encode()]
    entries = outline(path)
    titles = [pair[0 if lang == "nl" else 1] for pair in SECTIONS.values()]
    assert [title for _, title in entries] == titles
    pages = [page for page, _ in entries]
    assert pages == sorted(pages) and pages[0] == 1
    # Each annex starts a page of its own, and its bookmark points at that page.
    texts = page_texts(path)
    for (page, title), key in zip(entries, SECTIONS, strict=True):
        assert title in texts[page - 1]
        if key in ANNEXES:
            assert texts[page - 1].lstrip().startswith(title)


@pytest.mark.parametrize("source", ["richest", "long names"])
def test_nothing_past_the_margins_and_euro_stays_with_its_amount(
    tmp_path: Path, source: str
) -> None:
    scenario = load_scenario(RICHEST) if source == "richest" else long_name_scenario()
    path = tmp_path / "raad.pdf"
    export_report(scenario, path, "nl")  # type: ignore[arg-type]
    for n, words in enumerate(words_by_page(path), start=1):
        for x0, y0, x1, _, word in words:
            assert x0 >= LEFT - 1.5, f"page {n}: {word!r} starts at {x0:.1f} pt"
            assert x1 <= PAGE_W - RIGHT + 1.5, f"page {n}: {word!r} ends at {x1:.1f} pt"
            assert y0 >= TOP - 15, f"page {n}: {word!r} above the top margin"
    lines = "\n".join(page_texts(path)).splitlines()
    assert not [line for line in lines if line.rstrip().endswith("€")]
    if source == "long names":
        text = " ".join(lines)
        assert "Zorgverzekeraarsvereniging" in text.split()
        assert "ontmoetingsmogelijkheden" in text.split()


def test_headers_repeat_and_headings_stay_with_what_follows(tmp_path: Path) -> None:
    """A long table (all effects of a 3 x 50 scenario) repeats its header on every page,
    and no page ends with a heading."""
    from benchmarks.synthetic import synthetic_data

    scenario = scenario_from_data(synthetic_data(3, 50, 20, 40), CPI)
    path = tmp_path / "groot.pdf"
    export_report(scenario, path, "nl")
    texts = page_texts(path)
    start = next(n for n, t in enumerate(texts) if "Effecten en correcties" in t)
    end = next(n for n, t in enumerate(texts) if "Effectketens en bronnen" in t)
    assert end - start >= 2, "the effects table should span several pages"
    for n in range(start, end):
        assert re.search(r"Alternatieven\s+Effect\s+Ontvanger", texts[n]), f"page {n + 1}"
    for n in range(end + 1, next(n for n, t in enumerate(texts) if "Bronnen" in t) + 1):
        assert re.search(r"Effect\s+Keten en indicator\s+Bron", texts[n]), f"page {n + 1}"
    report = build_report(scenario, CPI, "nl")
    headings = {s.title for s in report.sections}
    headings |= {b.text for s in report.sections for b in s.blocks if isinstance(b, Heading)}
    for n, page in enumerate(texts, start=1):
        body = [line.strip() for line in page.splitlines() if line.strip()][:-1]  # no footer
        assert body and body[-1] not in headings, f"page {n} ends with heading {body[-1]!r}"


def test_html_charts_are_svg_with_real_text_and_print_on_a4(tmp_path: Path) -> None:
    """Every chart of the HTML report is inline SVG whose words are <text> (a screen
    reader can read them), labelled with its caption; the print CSS sets A4, fixed
    column widths that add up to the page, and wrapping at spaces."""
    path = tmp_path / "raad.html"
    export_report(load_scenario(RICHEST), path, "nl")
    html = path.read_text(encoding="utf-8")
    figures = re.findall(r"<figure>(.*?)</figure>", html, re.S)
    assert len(figures) >= 6
    for figure in figures:
        svg = figure[figure.index("<svg") : figure.index("</svg>")]
        assert 'role="img" aria-label="Figuur ' in svg
        assert len(re.findall(r"<text\b", svg)) >= 3
        assert "DejaVuSans-" not in svg  # no glyphs drawn as paths
    # The money axis states its price level (issue 11, item 7), in the same <text>.
    assert re.search(r">\s*Netto contante waarde \(prijspeil \d{4}\)\s*<", html), (
        "axis label as text"
    )
    css = html[html.index("<style>") : html.index("</style>")]
    assert re.search(r"@page\s*{\s*size:\s*A4", css)
    assert "table-layout: fixed" in css and "nowrap" not in css
    assert re.search(r"@media print\s*{[^}]*font-size", css)
    for colgroup in re.findall(r"<colgroup>(.*?)</colgroup>", html):
        shares = [float(x) for x in re.findall(r"width:([\d.]+)%", colgroup)]
        assert abs(sum(shares) - 100) < 0.5


def _section(html: str, key: str) -> str:
    return html.split(f'<section id="{key}"', 1)[1].split("</section>", 1)[0]


def test_sources_are_numbered_once_and_shared_effects_listed_once(tmp_path: Path) -> None:
    """Annex A: an effect identical in several variants is one row; every source is
    given once, in the numbered list, and cited by its number."""
    scenario = load_scenario(RICHEST)
    path = tmp_path / "raad.html"
    export_report(scenario, path, "nl")
    annex = _section(path.read_text(encoding="utf-8"), "assumptions")
    sources = {
        x.strip()
        for a in scenario.alternatives
        for e in a.effects
        for x in (e.proxy.source, e.source)
        if x.strip()
    }
    listed = re.findall(r'<p class="note">\[(\d+)\] (.*?)</p>', annex, re.S)
    assert [int(n) for n, _ in listed] == list(range(1, len(sources) + 1))
    assert sorted(unescape(text) for _, text in listed) == sorted(sources)
    cells = [unescape(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", annex, re.S)]
    assert not [c for c in cells for x in sources if x in c], "a source repeated in a cell"
    assert any(re.fullmatch(r"(\[\d+\] ?)+", c) for c in cells)
    rows = re.findall(r"<tr[^>]*><td[^>]*>([^<]*)</td><td[^>]*>Minder depressie: vermeden", annex)
    assert rows == ["alle varianten"]  # in all three variants, the same effect: one row


def test_many_variants_and_effects_keep_the_report_readable(tmp_path: Path) -> None:
    """Eight variants of 30 effects: charts for the six of highest NPV (said so), the value
    per effect as the 15 largest and the rest in one bar, a row of key figures per variant."""
    from benchmarks.synthetic import synthetic_data

    scenario = scenario_from_data(synthetic_data(9, 30, 5, 30), CPI)
    report = build_report(scenario, CPI, "nl")
    blocks = {s.key: s.blocks for s in report.sections}
    tornadoes = [b for b in blocks["uncertainty"] if isinstance(b, FigureBlock)]
    assert len(tornadoes) == 2 * 6
    assert any(
        "de 6 varianten met de hoogste NCW" in getattr(b, "text", "") for b in blocks["charts"]
    )
    effect_charts = [
        b for b in blocks["charts"] if isinstance(b, FigureBlock) and "effect" in b.caption
    ]
    assert len(effect_charts) == 6
    labels = [t.get_text() for t in effect_charts[0].figure.axes[0].get_yticklabels()]
    assert len(labels) == 16
    assert "Overige 15 effecten samen" in [" ".join(label.split()) for label in labels]
    key_figures = next(b for b in blocks["results"] if isinstance(b, Table))
    assert len(key_figures.rows) == 8 and key_figures.header[0] == "Variant"
    path = tmp_path / "raad.pdf"
    export_report(scenario, path, "nl")
    assert path.read_bytes().startswith(b"%PDF")


@pytest.mark.slow
def test_a_report_of_20_x_500_x_100_is_made_in_bounded_time_and_memory() -> None:
    """Issue 17: the large report in a fresh process (benchmarks/bench_report.py), with
    generous bounds for a loaded CI machine; the goals (20 s, 500 MB) are benchmarks."""
    from benchmarks.bench_report import large_run

    measured = large_run()
    assert measured["bytes"] > 1_000_000
    assert measured["seconds"] < 120, measured
    assert measured["peak_mb"] < 1_000, measured


@pytest.mark.libreoffice
def test_the_html_report_printed_on_a4_keeps_its_rightmost_columns(tmp_path: Path) -> None:
    """LibreOffice prints the HTML report to PDF (A4): the rightmost column header of
    every table is there, and no word lies past the page's right edge."""
    import os

    from tests.libreoffice import soffice

    scenario = load_scenario(RICHEST)
    page = tmp_path / "raad.html"
    export_report(scenario, page, "nl")
    subprocess.run(
        [
            soffice(),
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(page),
        ],
        capture_output=True,
        check=False,
        timeout=300,
    )
    printed = tmp_path / "raad.pdf"
    if not printed.exists():
        reason = "LibreOffice Writer is not installed: apt-get install libreoffice-writer-nogui"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"CI requires it. {reason}")
        pytest.skip(reason)
    info = subprocess.run(
        [tool("pdfinfo"), str(printed)], capture_output=True, text=True, check=True
    ).stdout
    width = float(re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).group(1))  # type: ignore[union-attr]
    assert abs(width - 595.3) < 1, "A4"
    words = [w for page_words in words_by_page(printed) for w in page_words]
    assert words and max(x1 for _, _, x1, _, _ in words) <= width
    printed_words = {w for *_, w in words}
    report = build_report(scenario, CPI, "nl")
    for section in report.sections:
        for block in section.blocks:
            if isinstance(block, Table):  # (the reading order may interleave columns)
                assert set(block.header[-1].split()) <= printed_words, block.header
