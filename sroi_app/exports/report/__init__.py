"""The council report (bijlage bij een raadsvoorstel): PDF or printable HTML, without Qt.

``export_report(scenario, path, lang, progress=callback)`` writes a ``.pdf``
or ``.html`` file all-or-nothing and raises ``ExportError`` (from
``sroi_app.exports.target``) when it cannot.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path

from sroi_app.domain import collector
from sroi_app.domain.cpi import CpiTable
from sroi_app.domain.formatting import Lang
from sroi_app.domain.models import Scenario
from sroi_app.exports.drawing import start as start_drawing
from sroi_app.exports.report.content import build_report
from sroi_app.exports.report.html import render_html
from sroi_app.exports.report.model import Report
from sroi_app.exports.report.texts import text
from sroi_app.exports.target import ExportError, check_writable_target, write_export
from sroi_app.io.cpi import default_cpi

#: ``progress(fraction, stage)``; raising from it cancels without leaving a file.
ProgressCallback = Callable[[float, str], None]
FORMATS = (".pdf", ".html", ".htm")


def report_bytes(
    report: Report, suffix: str, progress: Callable[[float], None] | None = None
) -> bytes:
    """The file's bytes; ``progress(fraction)`` while a PDF is laid out."""
    if suffix == ".pdf":
        # reportlab is imported when a PDF is made, not by every command that loads this.
        from sroi_app.exports.report.pdf import render_pdf

        lang: Lang = "en" if report.lang == "en" else "nl"
        return render_pdf(report, text("page", lang), text("of", lang), progress)
    return render_html(report).encode("utf-8")


def export_report(
    scenario: Scenario,
    path: Path | str,
    lang: Lang = "nl",
    *,
    cpi: CpiTable | None = None,
    progress: ProgressCallback | None = None,
    created: datetime | None = None,
    inputs: Iterable[Path | str] = (),
) -> None:
    """Write the report as PDF or HTML (by the file's extension).

    ``inputs`` are files the report must never replace (the scenario file).
    """
    target = Path(path)
    suffix = target.suffix.lower()
    check_writable_target(target, FORMATS, inputs)
    report_progress = progress or (lambda fraction, stage: None)
    report_progress(0.0, "compute")
    if suffix == ".pdf":
        start_drawing()  # the chart workers start while the numbers are computed
    # The report's paragraphs, tables and pages are objects by the hundred thousand that
    # live until it is written: the collector's full passes over them found nothing and
    # took 1.2 s of the large report's 13 (domain/collector.py).
    with collector.paused():
        # The sections (their numbers and charts) take the first half, the layout the second.
        report = build_report(
            scenario,
            cpi or default_cpi(),
            lang,
            created,
            lambda fraction, stage: report_progress(0.5 * fraction, stage),
        )
        report_progress(0.5, "render")
        data = report_bytes(
            report, suffix, lambda fraction: report_progress(0.5 + 0.4 * fraction, "render")
        )
    report_progress(0.9, "writing")
    write_export(target, data)
    report_progress(1.0, "done")


__all__ = ["ExportError", "ProgressCallback", "build_report", "export_report"]
