"""Timings behind the Sensitivity and Comparison pages (Qt-free parts).

- ``tornado_live_ms``: ``one_way(..., switching=False)`` on the largest example
  in ``scenarios/``: what the Sensitivity page recomputes after every edit of
  a range, on the UI thread; goal under 50 ms.
- ``switching_values_ms``: ``one_way`` with the switching values on the same
  example (the page computes them in the background).
- ``incremental_ms``: one "B over A" of the Comparison page (the last variant
  against the first) on the same example.
"""

from __future__ import annotations

from benchmarks.bench_sensitivity import largest_example
from benchmarks.timing import median_ms
from sroi_app.app.comparison import incremental
from sroi_app.calc.uncertainty import one_way
from sroi_app.io.cpi import default_cpi


def tornado_live_ms() -> float:
    scenario, cpi = largest_example(), default_cpi()
    return median_ms(lambda: one_way(scenario, cpi, switching=False), repeat=21)


def switching_values_ms() -> float:
    scenario, cpi = largest_example(), default_cpi()
    return median_ms(lambda: one_way(scenario, cpi), repeat=11)


def incremental_ms() -> float:
    scenario, cpi = largest_example(), default_cpi()
    variants = [a.id for a in scenario.alternatives if not a.reference]
    return median_ms(lambda: incremental(scenario, cpi, variants[0], variants[-1]), repeat=21)


BENCHMARKS = {
    "tornado_live_ms": tornado_live_ms,
    "switching_values_ms": switching_values_ms,
    "incremental_ms": incremental_ms,
}
