"""Excel export timing: the largest example scenario, written to a workbook file.

``excel_export_s`` is the median wall time of ``export_workbook`` (engine,
every sheet, charts, zip and atomic write) for the example in ``scenarios/``
with the most costs and effects; goal under 2 s. ``excel_export_synthetic_s``
does the same for the benchmark's synthetic 3 x 50 x 20 scenario over 100
years (21,000 formula cells), to show how the export scales.
"""

from __future__ import annotations

import statistics
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
