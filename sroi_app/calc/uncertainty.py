"""Sensitivity and uncertainty of a scenario in one call (contract section 9).

``sensitivity_analysis(scenario, cpi, draws, seed, progress)`` returns, per
non-reference alternative, the tornado, the switching values and the Monte
Carlo summary: what ``sroi-app sensitivity`` prints and what the app's
Sensitivity page and the Excel sensitivity sheet show. The parts can also be
called on their own:

- ``uncertain_parameters(scenario)``: the parameters with a range, by path;
- ``one_way(scenario, cpi)``: tornado and switching values;
- ``monte_carlo(scenario, cpi, draws, seed, progress)``: the simulation;
- ``discount_rate_curve`` and ``horizon_curve``: NPV against rate and horizon.

Every result is a frozen dataclass; nothing here does I/O or formats text.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from sroi_app.calc.batch import BatchEvaluator
from sroi_app.calc.curves import (
    DiscountCurve,
    HorizonCurve,
    PresetPoint,
    discount_rate_curve,
    horizon_curve,
)
from sroi_app.calc.engine import compute
from sroi_app.calc.montecarlo import (
    DEFAULT_DRAWS,
    DEFAULT_SEED,
    MAX_DRAWS,
    AlternativeSimulation,
    MonteCarloResult,
    Progress,
    SimulationCancelled,
    Summary,
    monte_carlo,
)
from sroi_app.calc.parameters import Parameter, bounded, uncertain_parameters, with_parameter
from sroi_app.calc.sensitivity import (
    AlternativeSensitivity,
    SwitchingValue,
    TornadoEntry,
    one_way,
)
from sroi_app.domain.cpi import CpiTable
from sroi_app.domain.models import Scenario

__all__ = [
    "DEFAULT_DRAWS",
    "DEFAULT_SEED",
    "MAX_DRAWS",
    "AlternativeSensitivity",
    "AlternativeSimulation",
    "DiscountCurve",
    "HorizonCurve",
    "MonteCarloResult",
    "Parameter",
    "PresetPoint",
    "Progress",
    "SensitivityResult",
    "SimulationCancelled",
    "Summary",
    "SwitchingValue",
    "TornadoEntry",
    "bounded",
    "discount_rate_curve",
    "horizon_curve",
    "monte_carlo",
    "one_way",
    "sensitivity_analysis",
    "uncertain_parameters",
    "with_parameter",
]


@dataclass(frozen=True)
class SensitivityResult:
    """Tornado, switching values and simulation of every non-reference alternative."""

    parameters: tuple[Parameter, ...]
    alternatives: tuple[AlternativeSensitivity, ...]
    monte_carlo: MonteCarloResult

    def alternative(self, alternative_id: str) -> AlternativeSensitivity:
        for a in self.alternatives:
            if a.alternative_id == alternative_id:
                return a
        raise KeyError(alternative_id)


#: Ranges x years up to which the one-way analysis runs beside the simulation.
SIDE_BY_SIDE_UP_TO = 100_000


def sensitivity_analysis(
    scenario: Scenario,
    cpi: CpiTable,
    draws: int = DEFAULT_DRAWS,
    seed: int = DEFAULT_SEED,
    progress: Progress | None = None,
) -> SensitivityResult:
    """Everything of contract section 9 for one scenario.

    The tornado and switching values are worked out in a second thread while
    the simulation runs in this one (which calls ``progress``): most of the
    simulation's time is spent drawing, outside the interpreter's lock, so on
    two cores the one-way analysis costs little extra time. Above
    ``SIDE_BY_SIDE_UP_TO`` ranges x years they run one after the other, so that
    their working memory is not needed at once.
    """
    result = compute(scenario, cpi)
    parameters = uncertain_parameters(scenario)
    # Both parts only read the evaluator: one serves both threads.
    evaluator = BatchEvaluator(scenario, cpi, parameters)
    if len(parameters) * (scenario.settings.horizon_years + 1) > SIDE_BY_SIDE_UP_TO:
        # Side by side, both parts' working memory would be held at once (the 20 x 500
        # x 100 report went from 421 to 512 MB): one after the other.
        alternatives = one_way(scenario, cpi, parameters, result, evaluator=evaluator)
        simulation = monte_carlo(scenario, cpi, draws, seed, progress, evaluator=evaluator)
        return SensitivityResult(parameters, alternatives, simulation)
    with ThreadPoolExecutor(1, "one-way") as pool:
        side = pool.submit(one_way, scenario, cpi, parameters, result, evaluator=evaluator)
        try:
            simulation = monte_carlo(scenario, cpi, draws, seed, progress, evaluator=evaluator)
        except BaseException:
            side.cancel()
            raise
        return SensitivityResult(parameters, side.result(), simulation)
