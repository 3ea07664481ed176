"""Excel export timing: the largest example scenario, written to a workbook file.

``excel_export_s`` is the median wall time of ``export_workbook`` (engine,
every sheet, charts, zip and atomic write) for the example in ``scenarios/``
with the most costs and effects; goal under 2 s. ``excel_export_synthetic_s``
does the same for the benchmark's synthetic 3 x 50 x 20 scenario over 100
years (21,000 formula cells), to show how the export scales.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.synthetic import synthetic_data
from sroi_app.domain.models import Scenario
from sroi_app.domain.validation import scenario_from_data
from sroi_app.exports.excel import export_workbook
from sroi_app.io.resources import scenarios_dir
from sroi_app.io.scenario_file import load_scenario


def _size(scenario: Scenario) -> int:
    return sum(len(a.costs) + len(a.effects) for a in scenario.alternatives)


def largest_example() -> Scenario:
    examples = [load_scenario(p) for p in sorted(scenarios_dir().glob("*.sroi.json"))]
    return max(examples, key=_size)


def _median_export_s(scenario: Scenario, repeat: int) -> float:
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "export.xlsx"
        export_workbook(scenario, target)  # warm-up (imports, CPI table)
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            export_workbook(scenario, target)
            times.append(time.perf_counter() - started)
    return statistics.median(times)


def excel_export_s() -> float:
    """The largest example in scenarios/ (by number of costs and effects); goal < 2 s."""
    return _median_export_s(largest_example(), repeat=7)


def excel_export_synthetic_s() -> float:
    """3 alternatives x 50 effects x 20 costs over 100 years."""
    return _median_export_s(scenario_from_data(synthetic_data(3, 50, 20, 100)), repeat=3)


BENCHMARKS = {
    "excel_export_s": excel_export_s,
    "excel_export_synthetic_s": excel_export_synthetic_s,
}


# The export of the large scenario (20 alternatives x 500 effects x 20 costs, 100 years),
# in a fresh process so that its peak memory (VmHWM, timing.peak_mb) is its own.
_LARGE = """
import sys, tempfile, time
from pathlib import Path
from benchmarks.synthetic import synthetic_data
from benchmarks.timing import peak_mb
from sroi_app.domain.validation import scenario_from_data
from sroi_app.exports.excel import export_workbook

scenario = scenario_from_data(synthetic_data(20, 500, 20, 100))
with tempfile.TemporaryDirectory() as folder:
    started = time.perf_counter()
    export_workbook(scenario, Path(folder) / "large.xlsx")
    seconds = time.perf_counter() - started
print(seconds, peak_mb())
"""
_large_runs: list[tuple[float, float]] = []


def _large_export() -> list[tuple[float, float]]:
    """(seconds, peak MB) of three runs, each in its own process; measured once."""
    if not _large_runs:
        for _ in range(3):
            done = subprocess.run(
                [sys.executable, "-c", _LARGE],
                cwd=Path(__file__).resolve().parents[1],
                capture_output=True,
                text=True,
                check=True,
            )
            seconds, peak = done.stdout.split()[-2:]
            _large_runs.append((float(seconds), float(peak)))
    return _large_runs


def excel_export_large_s() -> float:
    """Median wall time of exporting 20 x 500 x 20 over 100 years (sensitivity sheet included)."""
    return statistics.median(s for s, _ in _large_export())


def excel_export_large_peak_mb() -> float:
    """Median peak memory (MB) of the process exporting it (the scenario loaded included)."""
    return statistics.median(m for _, m in _large_export())


BENCHMARKS["excel_export_large_s"] = excel_export_large_s
BENCHMARKS["excel_export_large_peak_mb"] = excel_export_large_peak_mb
