"""Sensitivity timings: Monte Carlo with 100,000 draws, and its speed-up over a per-draw loop.

- ``monte_carlo_100k_s``: 100,000 draws on the largest example in ``scenarios/``
  (by number of costs and effects); goal under 1 s.
- ``monte_carlo_100k_synthetic_s``: 100,000 draws on a synthetic appraisal of
  3 alternatives x 50 effects x 20 costs over 100 years, with ranges on 166
  parameters, among them the discount rate and the first year, duration and
  drop-off of every fifth effect (the slow path: flows per draw).
- ``monte_carlo_speedup``: the time of a straightforward loop that builds the
  drawn scenario and calls ``compute()`` once per draw (measured on 200
  draws, scaled to 100,000) divided by the vectorised time, on the same
  example and the same draws.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from benchmarks.synthetic import synthetic_data
from sroi_app.calc import compute
from sroi_app.calc.montecarlo import monte_carlo, parameter_draws
from sroi_app.calc.parameters import uncertain_parameters, with_parameter
from sroi_app.domain.models import Scenario
from sroi_app.domain.validation import scenario_from_data
from sroi_app.io.cpi import default_cpi
from sroi_app.io.resources import scenarios_dir
from sroi_app.io.scenario_file import load_scenario

DRAWS = 100_000
LOOP_DRAWS = 200
SEED = 1


def _seconds(action: Callable[[], object], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def largest_example() -> Scenario:
    """The example scenario with the most costs and effects."""
    scenarios = [load_scenario(p) for p in sorted(scenarios_dir().glob("*.sroi.json"))]
    return max(
        scenarios,
        key=lambda s: sum(len(a.costs) + len(a.effects) for a in s.alternatives),
    )


def synthetic_with_ranges() -> Scenario:
    data = synthetic_data(3, 50, 20, 100)
    data["settings"]["uncertainty"] = {"discount_rate": {"low": 0.015, "high": 0.035}}
    for alternative in data["alternatives"]:
        for e, effect in enumerate(alternative["effects"]):
            if e % 5 == 0:
                first, duration = effect["first_year"], effect["duration_years"]
                effect["uncertainty"]["first_year"] = {"low": first, "high": first + 2}
                effect["uncertainty"]["duration_years"] = {
                    "low": max(0, duration - 10),
                    "high": duration,
                }
                effect["uncertainty"]["drop_off"] = {
                    "low": 0.0,
                    "high": effect["drop_off"] + 0.1,
                    "distribution": "uniform",
                }
    return scenario_from_data(data)


def monte_carlo_100k_s() -> float:
    scenario, cpi = largest_example(), default_cpi()
    monte_carlo(scenario, cpi, 1_000, SEED)  # warm up
    return _seconds(lambda: monte_carlo(scenario, cpi, DRAWS, SEED))


def monte_carlo_100k_synthetic_s() -> float:
    scenario, cpi = synthetic_with_ranges(), default_cpi()
    monte_carlo(scenario, cpi, 1_000, SEED)
    return _seconds(lambda: monte_carlo(scenario, cpi, DRAWS, SEED))


def _per_draw_loop(scenario: Scenario, draws: int) -> None:
    """The straightforward way: one modified scenario and one ``compute()`` per draw."""
    cpi = default_cpi()
    values = {p.path: parameter_draws(p, SEED, draws) for p in uncertain_parameters(scenario)}
    for d in range(draws):
        drawn = scenario
        for path, column in values.items():
            drawn = with_parameter(drawn, path, float(column[d]))
        compute(drawn, cpi)


def monte_carlo_speedup() -> float:
    scenario, cpi = largest_example(), default_cpi()
    loop = _seconds(lambda: _per_draw_loop(scenario, LOOP_DRAWS), repeat=1)
    vectorised = _seconds(lambda: monte_carlo(scenario, cpi, DRAWS, SEED))
    return (loop * DRAWS / LOOP_DRAWS) / vectorised


BENCHMARKS = {
    "monte_carlo_100k_s": monte_carlo_100k_s,
    "monte_carlo_100k_synthetic_s": monte_carlo_100k_synthetic_s,
    "monte_carlo_speedup": monte_carlo_speedup,
}
