"""The council report of the richest example as PDF (``report_pdf_s``, median of 3)."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from sroi_app.exports.report import export_report
from sroi_app.io.resources import scenarios_dir
from sroi_app.io.scenario_file import load_scenario


def report_pdf_s() -> float:
    richest = max(scenarios_dir().glob("*.sroi.json"), key=lambda p: p.stat().st_size)
    scenario = load_scenario(richest)
    times = []
    with tempfile.TemporaryDirectory() as folder:
        for n in range(3):
            started = time.perf_counter()
            export_report(scenario, Path(folder) / f"raad-{n}.pdf", "nl")
            times.append(time.perf_counter() - started)
    return statistics.median(times)


BENCHMARKS = {"report_pdf_s": report_pdf_s}
