"""Run every benchmark and print one JSON object of named timings on the last line.

Each ``benchmarks/bench_*.py`` module exposes ``BENCHMARKS``: a mapping of a
timing's name to a function that returns that timing (milliseconds for names
ending in ``_ms``, seconds for ``_s``, a plain number otherwise; ``None``, printed as
``null``, where it cannot be measured here). Names and
goals are listed in ``docs/benchmarks.md``.

    python benchmarks/run.py            # all
    python benchmarks/run.py recompute  # only names containing "recompute"
"""

from __future__ import annotations

import importlib
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def main(argv: list[str]) -> int:
    wanted = argv[1:]
    results: dict[str, float | None] = {}
    for path in sorted((ROOT / "benchmarks").glob("bench_*.py")):
        module = importlib.import_module(f"benchmarks.{path.stem}")
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
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
