"""The council report: every section present and filled, in PDF and HTML, Dutch and English.

The PDF's text is extracted with poppler's ``pdftotext`` and its pages are
rendered to PNG with ``pdftoppm`` (both from poppler-utils, which CI
installs; without CI they skip with the reason). The HTML is parsed with the
standard library.
"""

from __future__ import annotations

import io
import itertools
import json
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from matplotlib.image import imread

from sroi_app.calc import compute
from sroi_app.calc.checks import scenario_warnings
from sroi_app.cli import main
from sroi_app.domain.formatting import format_money
from sroi_app.domain.validation import scenario_from_data
from sroi_app.exports.report import ExportError, build_report, export_report
from sroi_app.exports.report.texts import SECTIONS
from sroi_app.io.cpi import default_cpi
from sroi_app.io.fingerprint import scenario_sha256
from sroi_app.io.scenario_file import load_scenario
from sroi_app.io.warning_texts import warning_text
from tests.conftest import ROOT, SCENARIOS, spec_example

CPI = default_cpi()
EXAMPLE = ROOT / "scenarios" / "groen-schoolplein.sroi.json"


def tool(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    reason = f"{name} (poppler-utils) is not installed"
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"CI requires {reason}")
    pytest.skip(reason)


def pdftotext(path: Path, *options: str) -> str:
    """poppler's ``pdftotext`` of the PDF with ``options`` (``-raw``, ``-layout``, ``-bbox``,
    ``-f 1 -l 1``): its text on standard output."""
    return subprocess.run(
        [tool("pdftotext"), *options, str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout


def pdf_text(path: Path) -> str:
    """The PDF's text in drawing order (``-raw``): a wrapped cell's lines stay together."""
    return pdftotext(path, "-raw")


NO_WARNINGS = ("Geen aandachtspunten gevonden.", "No points of attention found.")


def sections_of(text: str, lang: str) -> dict[str, str]:
    """The text under each section title, up to the next one (titles in report order)."""
    titles = [(key, pair[0 if lang == "nl" else 1]) for key, pair in SECTIONS.items()]
    out: dict[str, str] = {}
    for n, (key, title) in enumerate(titles):
        start = text.index(title) + len(title)
        end = text.index(titles[n + 1][1], start) if n + 1 < len(titles) else len(text)
        out[key] = text[start:end]
    return out


def expectations(data_or_path: Any, lang: str) -> tuple[Any, dict[str, list[str]]]:
    scenario = (
        load_scenario(data_or_path)
        if isinstance(data_or_path, Path)
        else scenario_from_data(data_or_path, CPI)
    )
    result = compute(scenario, CPI)
    first = result.results[0]
    costs = [c.name or c.id for a in scenario.alternatives for c in a.costs]
    effects = [e for a in scenario.alternatives for e in a.effects]
    expected = {
        "summary": [format_money(first.npv, lang), first.name],  # type: ignore[arg-type]
        "description": [scenario.stakeholder_name(s.id) for s in scenario.stakeholders],
        "assumptions": [str(scenario.settings.effective_price_year), *costs[:3]]
        + [(e.name or e.id) for e in effects[:3]],
        "results": [format_money(first.pv_costs, lang), format_money(first.pv_benefits, lang)],  # type: ignore[arg-type]
        "uncertainty": [],  # tornado and distribution, or "point estimate": checked below
        "charts": ["Figuur" if lang == "nl" else "Figure"],
        "pm": [p.name for p in scenario.pm_items[:3]] or ["PM"],
        "warnings": [
            warning_text(w, scenario, lang)  # type: ignore[arg-type]
            for w in scenario_warnings(scenario, result, CPI)[:2]
        ],
        "method": [scenario_sha256(scenario)[:40], "DF_0 = 1"],
    }
    return scenario, expected


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("source", SCENARIOS, ids=[p.name for p in SCENARIOS])
def test_pdf_has_every_section_filled(tmp_path: Path, source: Path, lang: str) -> None:
    path = tmp_path / "report.pdf"
    export_report(load_scenario(source), path, lang)  # type: ignore[arg-type]
    text = " ".join(pdf_text(path).split())  # one line: wrapping does not split a phrase
    _, expected = expectations(source, lang)
    found = sections_of(text, lang)
    for key, body in found.items():
        if key == "warnings" and not expected["warnings"]:
            # A scenario without warnings says so in one sentence.
            assert NO_WARNINGS[0 if lang == "nl" else 1] in body
            continue
        words = body.replace("·", " ").split()
        assert len(words) >= 5, f"section {key} is (nearly) empty: {body!r}"
        for phrase in expected[key]:
            assert " ".join(phrase.split()) in body, f"{key}: {phrase!r} missing"
    assert ("pagina 1 van" if lang == "nl" else "page 1 of") in text


def test_pdf_pages_render_to_png(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    export_report(load_scenario(EXAMPLE), path, "nl")
    subprocess.run(
        [tool("pdftoppm"), "-r", "40", "-png", str(path), str(tmp_path / "page")],
        check=True,
        timeout=120,
    )
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) >= 3
    for page in pages:
        pixels = imread(page)
        assert pixels.shape[0] > pixels.shape[1]  # A4 portrait
        ink = np.mean(pixels[..., :3] < 0.9)
        assert 0.01 < ink < 0.5, f"{page.name}: {ink:.3f} of the page is ink"


class _Outline(HTMLParser):
    """Sections with their headings, text, tables and inline charts."""

    def __init__(self) -> None:
        super().__init__()
        self.sections: dict[str, dict[str, Any]] = {}
        self.current: str | None = None
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "section":
            self.current = dict(attrs)["id"]
            self.sections[self.current or ""] = {"text": "", "tags": set()}
        elif self.current:
            self.sections[self.current]["tags"].add(tag)

    def handle_data(self, data: str) -> None:
        if self.current and "svg" not in self.tags[-3:]:
            self.sections[self.current]["text"] += data


def test_html_has_every_section_filled_and_escapes_user_text(tmp_path: Path) -> None:
    data = spec_example()
    data["name"] = "<script>alert(1)</script> & co"
    data["stakeholders"][0]["name"] = "<b>Gemeente</b>"
    path = tmp_path / "report.html"
    export_report(scenario_from_data(data, CPI), path, "nl")
    html = path.read_text(encoding="utf-8")
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in html
    assert "<b>Gemeente</b>" not in html
    outline = _Outline()
    outline.feed(html)
    assert list(outline.sections) == list(SECTIONS)
    _, expected = expectations(data, "nl")
    for key, section in outline.sections.items():
        assert len(section["text"].split()) >= 5, key
        for phrase in expected[key]:
            # The report keeps the euro sign with its amount by a no-break space.
            assert phrase in section["text"].replace("\u00a0", " "), f"{key}: {phrase!r}"
    assert {"table"} <= outline.sections["assumptions"]["tags"]
    assert {"table"} <= outline.sections["results"]["tags"]
    assert {"figure", "svg"} <= outline.sections["charts"]["tags"]
    assert "li" in outline.sections["warnings"]["tags"]


def test_report_model_without_alternatives_and_with_hostile_text() -> None:
    data = spec_example()
    data["alternatives"] = data["alternatives"][:1]
    data["name"] = '=HYPERLINK("x") $x^2$ <b>&amp; \\ %s {}'
    data["pm_items"] = []
    report = build_report(scenario_from_data(data, CPI), CPI, "en")
    assert [s.key for s in report.sections] == list(SECTIONS)
    assert all(s.blocks for s in report.sections)
    from sroi_app.exports.report.pdf import render_pdf

    assert render_pdf(report).startswith(b"%PDF")


def test_unsupported_format_and_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(ExportError) as caught:
        export_report(load_scenario(EXAMPLE), tmp_path / "report.docx")
    assert caught.value.code == "unsupported_format"
    out = io.StringIO()
    assert main(["report", str(EXAMPLE), "-o", str(tmp_path / "r.html"), "--lang", "en"], out) == 0
    assert (tmp_path / "r.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert main(["report", str(EXAMPLE), "-o", str(tmp_path / "r.docx")], out) == 2
    assert "unsupported file type" in capsys.readouterr().err
    assert main(["report", str(EXAMPLE), "-o", str(tmp_path / "no" / "r.pdf")], out) == 2
    assert "the folder does not exist" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.html"]


def test_the_main_text_comes_first_and_the_annexes_after_it(tmp_path: Path) -> None:
    """The richest example's report: the decision page, results and uncertainty in at
    most 12 pages; inputs and sources, detail charts and method in annexes after them."""
    from sroi_app.exports.report.texts import ANNEXES

    richest = max(SCENARIOS, key=lambda p: p.stat().st_size)
    path = tmp_path / "report.pdf"
    export_report(load_scenario(richest), path, "nl")
    pages = int(
        next(
            line.split()[-1]
            for line in subprocess.run(
                [tool("pdfinfo"), str(path)], capture_output=True, text=True, check=True
            ).stdout.splitlines()
            if line.startswith("Pages:")
        )
    )
    first_annex = next(
        n
        for n in range(1, pages + 1)
        if SECTIONS["assumptions"][0] in pdftotext(path, "-f", str(n), "-l", str(n))
    )
    assert first_annex - 1 <= 12, f"the main text takes {first_annex - 1} pages"
    keys = list(SECTIONS)
    assert keys[: keys.index("assumptions")] == [
        "summary",
        "description",
        "results",
        "uncertainty",
        "pm",
        "warnings",
    ]
    assert set(keys[keys.index("assumptions") :]) == ANNEXES
    # The uncertainty part: a tornado and a distribution per variant, in the main text.
    main_text = " ".join(pdf_text(path).split(SECTIONS["assumptions"][0])[0].split())
    variants = len(load_scenario(richest).variants)
    assert len(re.findall(r"Figuur \d+\. Tornado: ", main_text)) == variants
    assert len(re.findall(r"Figuur \d+\. Verdeling van de NCW: ", main_text)) == variants


def _broken_words(text: str, names: list[str]) -> list[str]:
    """Words of ``names`` that the PDF's text shows split over two pieces ("Zorgverzeke raar")."""
    words = {w for name in names for w in name.split() if len(w) >= 4}
    tokens = text.split()
    return sorted(
        {
            f"{a} {b}"
            for a, b in itertools.pairwise(tokens)
            if a + b in words and a not in words and b not in words
        }
    )


@pytest.mark.parametrize("source", SCENARIOS, ids=[p.name for p in SCENARIOS])
def test_no_name_is_broken_inside_a_word(tmp_path: Path, source: Path) -> None:
    scenario = load_scenario(source)
    path = tmp_path / "report.pdf"
    export_report(scenario, path, "nl")
    names = [s.name for s in scenario.stakeholders]
    names += [a.name for a in scenario.alternatives]
    names += [i.name for a in scenario.alternatives for i in (*a.effects, *a.costs)]
    assert _broken_words(pdf_text(path), names) == []


def test_names_of_forty_characters_and_more_stay_whole(tmp_path: Path) -> None:
    data = json.loads((ROOT / "scenarios" / "groene-ontmoetingsplek.sroi.json").read_text())
    long_names = [
        "Zorgverzekeraarsvereniging Noord-Holland en Flevoland",
        "Woningcorporatie Thuis in de Buurt en omliggende wijken",
        "Bewonersvereniging Vogelbuurt-Noord en Ontmoetingsplein",
    ]
    for stakeholder, name in zip(data["stakeholders"], long_names, strict=False):
        stakeholder["name"] = name
    data["alternatives"][1]["name"] = "Groene ontmoetingsplek met buurtverbindersprogramma"
    data["alternatives"][1]["effects"][0]["name"] = (
        "Minder depressieklachten door ontmoetingsmogelijkheden in het groen"
    )
    scenario = scenario_from_data(data, CPI)
    assert all(len(n) >= 40 for n in long_names)
    path = tmp_path / "lang.pdf"
    export_report(scenario, path, "nl")
    names = [s.name for s in scenario.stakeholders] + [a.name for a in scenario.alternatives]
    names += [e.name for a in scenario.alternatives for e in a.effects]
    text = pdf_text(path)
    assert _broken_words(text, names) == []
    assert "Zorgverzekeraarsvereniging" in text.split()
