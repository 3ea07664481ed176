"""Command-line start-up: a whole ``sroi-app compute`` process on a small example."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SMALL = ROOT / "scenarios" / "groen-schoolplein.sroi.json"


def cli_compute_s() -> float:
    """``python -m sroi_app compute SMALL --json`` from process start to exit (median of 9).

    Each command imports its modules when it runs, so ``compute`` loads neither
    the report, the workbook nor matplotlib (0.84-0.89 s before, issue 17).
    """
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "sroi_app", "compute", str(SMALL), "--json"]
    # The first run warms the file cache and writes Python's bytecode cache, as installing
    # the package does, also where PYTHONDONTWRITEBYTECODE is set: without it every run
    # compiled the package's modules again (about 0.06 s more on this machine).
    warm = {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(command, env=warm, cwd=ROOT, check=True, capture_output=True)
    times = []
    for _ in range(9):
        started = time.perf_counter()
        subprocess.run(command, env=env, cwd=ROOT, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


BENCHMARKS = {"cli_compute_s": cli_compute_s}
