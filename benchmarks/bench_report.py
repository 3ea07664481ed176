"""The council report as PDF: the richest example (``report_pdf_s``, median of 3) and a
synthetic 20 alternatives x 500 effects x 100 years (``report_pdf_large_s``, with the
process's peak memory ``report_pdf_large_peak_mb``, measured in a fresh process)."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from functools import lru_cache
from pathlib import Path

from sroi_app.exports.report import export_report
from sroi_app.io.resources import scenarios_dir
from sroi_app.io.scenario_file import load_scenario

ROOT = Path(__file__).resolve().parents[1]


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


# Run in a fresh interpreter, so the peak resident set is the report's alone (the
# scenario is built before the clock starts; its own memory counts in the peak).
_LARGE = """
import json, sys, tempfile, time
from pathlib import Path
from benchmarks.synthetic import synthetic_data
from benchmarks.timing import TotalPeak
from sroi_app.domain.validation import scenario_from_data
from sroi_app.exports.report import export_report
from sroi_app.io.cpi import default_cpi

scenario = scenario_from_data(synthetic_data(20, 500, 20, 100), default_cpi())
with tempfile.TemporaryDirectory() as folder:
    target = Path(folder) / "raad.pdf"
    with TotalPeak() as peak:
        started = time.perf_counter()
        export_report(scenario, target, "nl")
        seconds = time.perf_counter() - started
    size = target.stat().st_size
print(json.dumps({"seconds": seconds, "peak_mb": peak.mb, "bytes": size}))
"""


def large_run() -> dict[str, float]:
    """One run in its own process: seconds, peak MB and the PDF's bytes."""
    done = subprocess.run(
        [sys.executable, "-c", _LARGE],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


@lru_cache(maxsize=1)
def _large() -> tuple[dict[str, float], ...]:
    """Three runs, each in its own process (measured once for both names)."""
    return tuple(large_run() for _ in range(3))


def report_pdf_large_s() -> float:
    """Median of three runs."""
    return statistics.median(run["seconds"] for run in _large())


def report_pdf_large_peak_mb() -> float:
    """Median peak of the same three runs."""
    return statistics.median(run["peak_mb"] for run in _large())


BENCHMARKS = {
    "report_pdf_s": report_pdf_s,
    "report_pdf_large_s": report_pdf_large_s,
    "report_pdf_large_peak_mb": report_pdf_large_peak_mb,
}
