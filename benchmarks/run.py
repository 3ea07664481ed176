"""Run every benchmark and print one JSON object of named timings on the last line.

Each ``benchmarks/bench_*.py`` module runs in its own interpreter and exposes
``BENCHMARKS``: a mapping of a timing's name to a function that returns that
timing (milliseconds for names
ending in ``_ms``, seconds for ``_s``, a plain number otherwise; ``None``, printed as
``null``, where it cannot be measured here). Names and
goals are listed in ``docs/benchmarks.md``.

    python benchmarks/run.py            # all
    python benchmarks/run.py recompute  # only names containing "recompute"
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def run_module(stem: str, wanted: list[str]) -> dict[str, float | None]:
    """The timings of one ``bench_*.py`` module (those whose names contain a wanted word)."""
    module = importlib.import_module(f"benchmarks.{stem}")
    results: dict[str, float | None] = {}
    for name, bench in module.BENCHMARKS.items():
        if wanted and not any(w in name for w in wanted):
            continue
        started = time.perf_counter()
        value = bench()  # None: not measurable here (the reason is on stderr)
        results[name] = None if value is None else round(float(value), 4)
        print(
            f"{name}: {results[name]} ({time.perf_counter() - started:.1f} s to measure)",
            file=sys.stderr,
        )
    return results


def main(argv: list[str]) -> int:
    """Each module in a fresh interpreter: a benchmark measures its own work, not the
    memory, threads or collector of the benchmarks that ran before it."""
    wanted = argv[1:]
    results: dict[str, float | None] = {}
    for path in sorted((ROOT / "benchmarks").glob("bench_*.py")):
        code = (
            "import json, sys; "
            f"sys.path.insert(0, {str(ROOT)!r}); "
            # As the program starts (one OpenBLAS thread, no pydantic plugin search),
            # before numpy is loaded.
            "from sroi_app.cli import program_environment; program_environment(); "
            "from benchmarks.run import run_module; "
            f"print(json.dumps(run_module({path.stem!r}, {wanted!r})))"
        )
        done = subprocess.run(
            [sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE, text=True, check=True
        )
        results |= json.loads(done.stdout.strip().splitlines()[-1])
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
