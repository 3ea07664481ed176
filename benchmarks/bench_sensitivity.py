"""Sensitivity timings: Monte Carlo with 100,000 draws, and its speed-up over a per-draw loop.

- ``monte_carlo_100k_s``: 100,000 draws on the largest example in ``scenarios/``
  (by number of costs and effects); goal under 1 s.
- ``monte_carlo_100k_synthetic_s``: 100,000 draws on a synthetic appraisal of
  3 alternatives x 50 effects x 20 costs over 100 years, with ranges on 166
  parameters, among them the discount rate and the first year, duration and
  drop-off of every fifth effect (the slow path: flows per draw).
- ``sensitivity_large_s``: the whole sensitivity analysis (tornado, switching
  values, Monte Carlo with the default draws and seed) of the 20 x 500 x 20
  synthetic appraisal over 100 years (4,100 ranges); goal under 1.5 s.
- ``monte_carlo_speedup``: the time of the best plain loop that builds the
  drawn scenario and calls ``compute()`` once per draw (each changed item
  copied once with all its drawn values, each changed list and alternative
  once; measured on 200 draws, scaled to 100,000) divided by the vectorised
  time, on the same example and the same draws.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.synthetic import synthetic_data
from sroi_app.calc import compute
from sroi_app.calc.montecarlo import monte_carlo, parameter_draws
from sroi_app.calc.parameters import (
    WHOLE_YEARS,
    bounded,
    parse_parameter_path,
    uncertain_parameters,
)
from sroi_app.calc.uncertainty import sensitivity_analysis
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


def sensitivity_large_s() -> float:
    scenario, cpi = scenario_from_data(synthetic_data(20, 500, 20, 100)), default_cpi()
    return _seconds(lambda: sensitivity_analysis(scenario, cpi))


def _apply_draw(scenario: Scenario, parts: list[tuple[Any, Any]], values: list[float]) -> Scenario:
    """``scenario`` with every drawn value set: each changed item copied once with all of
    its new values, each changed list and alternative once, the scenario once."""
    settings_update: dict[str, Any] = {}
    updates: dict[tuple[int, str, int], dict[str, Any]] = {}
    for (part, field), value in zip(parts, values, strict=True):
        if part.kind == "settings":
            settings_update[field] = value
            continue
        kind = "costs" if part.kind == "cost" else "effects"
        number = int(value) if field in WHOLE_YEARS else value
        updates.setdefault((part.alternative, kind, part.item), {})[field] = number
    alternatives = list(scenario.alternatives)
    lists: dict[tuple[int, str], list[Any]] = {}
    for (a, kind, i), update in updates.items():
        items = lists.setdefault((a, kind), list(getattr(alternatives[a], kind)))
        item = items[i]
        if "proxy.value" in update:
            proxy = item.proxy.model_copy(update={"value": update.pop("proxy.value")})
            update["proxy"] = proxy
        items[i] = item.model_copy(update=update)
    for (a, kind), items in lists.items():
        alternatives[a] = alternatives[a].model_copy(update={kind: items})
    settings = scenario.settings
    if settings_update:
        settings = settings.model_copy(update=settings_update)
    return scenario.model_copy(update={"settings": settings, "alternatives": alternatives})


def _per_draw_loop(scenario: Scenario, draws: int) -> None:
    """The best plain way: per draw, one modified scenario (each changed list copied
    once) and one ``compute()``, with the values the simulation uses (clipped, rounded)."""
    cpi = default_cpi()
    params = uncertain_parameters(scenario)
    parts = [(parse_parameter_path(p.path), p.field) for p in params]
    columns = [bounded(p.field, parameter_draws(p, SEED, draws)).tolist() for p in params]
    for d in range(draws):
        compute(_apply_draw(scenario, parts, [column[d] for column in columns]), cpi)


def monte_carlo_speedup() -> float:
    scenario, cpi = largest_example(), default_cpi()
    loop = _seconds(lambda: _per_draw_loop(scenario, LOOP_DRAWS), repeat=1)
    vectorised = _seconds(lambda: monte_carlo(scenario, cpi, DRAWS, SEED))
    return (loop * DRAWS / LOOP_DRAWS) / vectorised


BENCHMARKS = {
    "monte_carlo_100k_s": monte_carlo_100k_s,
    "monte_carlo_100k_synthetic_s": monte_carlo_100k_synthetic_s,
    "monte_carlo_speedup": monte_carlo_speedup,
    "sensitivity_large_s": sensitivity_large_s,
}


_MANY_RANGES = """
import sys
from benchmarks.synthetic import synthetic_data
from benchmarks.timing import peak_mb
from sroi_app.calc.uncertainty import sensitivity_analysis, uncertain_parameters
from sroi_app.domain.validation import scenario_from_data
from sroi_app.io.cpi import default_cpi

ranges = int(sys.argv[1])
data = synthetic_data(alternatives=2, effects=ranges // 4, costs=5, horizon=30)
for alternative in data["alternatives"]:
    for item in alternative["costs"] + alternative["effects"]:
        item.pop("uncertainty", None)
for effect in data["alternatives"][1]["effects"]:
    q, v = effect["quantity"], effect["proxy"]["value"]
    effect["uncertainty"] = {
        "quantity": {"low": q * 0.8, "high": q * 1.2},
        "proxy.value": {"low": min(v * 0.8, v * 1.2), "high": max(v * 0.8, v * 1.2)},
        "deadweight": {"low": 0.0, "high": 0.5, "distribution": "uniform"},
        "attribution": {"low": 0.0, "high": 0.5, "distribution": "uniform"},
    }
scenario = scenario_from_data(data)
assert len(uncertain_parameters(scenario)) == ranges
sensitivity_analysis(scenario, default_cpi(), draws=1_000, seed=1)
print(peak_mb())
"""


def sensitivity_20k_ranges_peak_mb() -> float:
    """Peak memory (MB) of tornado, switching values and 1,000 draws with 20,000 ranges."""
    done = subprocess.run(
        [sys.executable, "-c", _MANY_RANGES, "20000"],
        cwd=Path(__file__).resolve().parents[1],
        capture_output=True,
        text=True,
        check=True,
    )
    return float(done.stdout.strip().splitlines()[-1])


BENCHMARKS["sensitivity_20k_ranges_peak_mb"] = sensitivity_20k_ranges_peak_mb
