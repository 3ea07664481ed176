"""Scale: a scenario of 20 alternatives x 500 effects (and 20 costs each) over 100 years."""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

from benchmarks.synthetic import synthetic_data
from benchmarks.timing import median_ms
from sroi_app.calc import compute
from sroi_app.domain.validation import scenario_from_data
from sroi_app.io.cpi import default_cpi
from sroi_app.io.scenario_file import load_scenario


def _large() -> dict[str, object]:
    return synthetic_data(alternatives=20, effects=500, costs=20, horizon=100)


def large_recompute_ms() -> float:
    """Every metric of all 19 variants, computed again for the same scenario (as after a
    change of the discount rate or the horizon); the app runs this off the UI thread."""
    cpi = default_cpi()
    scenario = scenario_from_data(_large(), cpi)
    return median_ms(lambda: compute(scenario, cpi), repeat=11)


def large_first_compute_ms() -> float:
    """Every metric of all 19 variants of a scenario just read: each of its 10,400 items'
    fields read from its object (``calc.items._inputs``), as after opening the file
    (median of 5, each on a scenario built anew from the data)."""
    cpi = default_cpi()
    data = _large()
    times = []
    for _ in range(5):
        scenario = scenario_from_data(data, cpi)
        started = time.perf_counter()
        compute(scenario, cpi)
        times.append((time.perf_counter() - started) * 1000.0)
        del scenario
    return sorted(times)[2]


def large_load_s() -> float:
    """Reading, validating and checking the 5 MB file (median of 3)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.sroi.json"
        path.write_text(json.dumps(_large()), encoding="utf-8")
        times = []
        for _ in range(3):
            started = time.perf_counter()
            load_scenario(path)
            times.append(time.perf_counter() - started)
    return sorted(times)[1]


BENCHMARKS = {
    "large_recompute_ms": large_recompute_ms,
    "large_first_compute_ms": large_first_compute_ms,
    "large_load_s": large_load_s,
}
