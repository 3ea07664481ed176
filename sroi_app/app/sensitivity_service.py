"""The Sensitivity page's numbers, without Qt: tornado, switching values, simulation, curves.

The page (``ui/pages/sensitivity.py``) shows; this service computes and
remembers, as the Results page works through ``app/evaluation.py``. Every
answer belongs to one version of the scenario (the immutable ``Scenario``
object it was computed for): a result that arrives for an earlier version
is not kept as current, and undoing back to a version finds its answers
again while they are the latest kept.

The ``compute_*`` functions do not touch the service's memory, so a worker
thread may run them; the UI thread hands their answer to ``keep_*``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, Literal, TypeVar

from sroi_app.calc.curves import DiscountCurve, HorizonCurve, discount_rate_curve, horizon_curve
from sroi_app.calc.montecarlo import MonteCarloResult, Progress, monte_carlo
from sroi_app.calc.parameters import uncertain_parameters
from sroi_app.calc.results import ScenarioResult
from sroi_app.calc.sensitivity import AlternativeSensitivity, one_way
from sroi_app.calc.uncertainty import SensitivityResult
from sroi_app.domain.cpi import CpiTable
from sroi_app.domain.models import Scenario

T = TypeVar("T")
OneWay = tuple[AlternativeSensitivity, ...]
TornadoState = Literal["no_ranges", "no_effect", "shown"]


@dataclass(frozen=True)
class Versioned(Generic[T]):
    """An answer and the version of the scenario it was computed for."""

    scenario: Scenario
    value: T

    def of(self, scenario: Scenario) -> bool:
        return self.scenario is scenario


def compute_tornado(
    scenario: Scenario, cpi: CpiTable, result: ScenarioResult | None = None
) -> Versioned[OneWay]:
    """Every variant's tornado (milliseconds: no switching values)."""
    return Versioned(scenario, one_way(scenario, cpi, None, result, False))


def compute_switching(
    scenario: Scenario, cpi: CpiTable, result: ScenarioResult | None = None
) -> Versioned[OneWay]:
    """Every variant's tornado with its switching values (a root search per range: slow)."""
    return Versioned(scenario, one_way(scenario, cpi, None, result, True))


def compute_simulation(
    scenario: Scenario, cpi: CpiTable, draws: int, seed: int, progress: Progress | None = None
) -> Versioned[MonteCarloResult]:
    """A Monte Carlo run of the scenario with ``draws`` draws from ``seed``."""
    return Versioned(scenario, monte_carlo(scenario, cpi, draws, seed, progress))


def selected(
    found: Sequence[AlternativeSensitivity], alternative_id: str | None
) -> AlternativeSensitivity | None:
    """The one variant's analysis among every variant's."""
    return next((a for a in found if a.alternative_id == alternative_id), None)


def tornado_state(scenario: Scenario, sensitivity: AlternativeSensitivity) -> TornadoState:
    """What the tornado can show: nothing has a range, no range moves the result, or bars."""
    if not uncertain_parameters(scenario):
        return "no_ranges"
    if not any(e.affects for e in sensitivity.tornado):
        return "no_effect"
    return "shown"


class SensitivityService:
    """The answers kept for one document's Sensitivity page (the latest of each kind)."""

    def __init__(self) -> None:
        self.tornado: Versioned[OneWay] | None = None
        self.switching: Versioned[OneWay] | None = None
        self.simulation: Versioned[MonteCarloResult] | None = None
        self._rate: Versioned[DiscountCurve] | None = None
        self._horizon: Versioned[HorizonCurve] | None = None

    # -- tornado and switching values -------------------------------------------------------

    def tornado_of(self, scenario: Scenario) -> OneWay | None:
        """The kept tornado of this version, or None."""
        return self.tornado.value if self.tornado and self.tornado.of(scenario) else None

    def latest_tornado(self) -> OneWay:
        """The tornado of whichever version was computed last (shown until the new one is in)."""
        return self.tornado.value if self.tornado is not None else ()

    def tornado_now(
        self, scenario: Scenario, cpi: CpiTable, result: ScenarioResult | None = None
    ) -> OneWay:
        """The tornado of this version: kept, or computed here and kept."""
        found = self.tornado_of(scenario)
        if found is None:
            self.tornado = compute_tornado(scenario, cpi, result)
            found = self.tornado.value
        return found

    def keep_tornado(self, found: Versioned[OneWay], current: Scenario) -> bool:
        """Keep a tornado computed elsewhere if it is the current version's."""
        if not found.of(current):
            return False
        self.tornado = found
        return True

    def switching_of(self, scenario: Scenario) -> OneWay | None:
        return self.switching.value if self.switching and self.switching.of(scenario) else None

    def keep_switching(self, found: Versioned[OneWay], current: Scenario) -> bool:
        """Keep switching values computed elsewhere if they are the current version's."""
        if not found.of(current):
            return False
        self.switching = found
        return True

    # -- Monte Carlo ------------------------------------------------------------------------

    def keep_simulation(self, found: Versioned[MonteCarloResult], current: Scenario) -> bool:
        """Keep a finished run if it is the current version's (an earlier one's is dropped)."""
        if not found.of(current):
            return False
        self.simulation = found
        return True

    def simulation_current(self, scenario: Scenario) -> bool:
        """Whether the kept run belongs to this version of the scenario."""
        return self.simulation is not None and self.simulation.of(scenario)

    def analysis_of(self, scenario: Scenario, draws: int, seed: int) -> SensitivityResult | None:
        """What ``sensitivity_analysis(scenario, cpi, draws, seed)`` would compute, made of
        the kept answers: the switching values and a run with these draws and seed of this
        version. None when one of them is missing (the export then computes it; issue 17)."""
        switching = self.switching_of(scenario)
        run = self.simulation.value if self.simulation and self.simulation.of(scenario) else None
        if switching is None or run is None or (run.draws, run.seed) != (draws, seed):
            return None
        return SensitivityResult(uncertain_parameters(scenario), switching, run)

    # -- curves -----------------------------------------------------------------------------

    def rate_curve(
        self, scenario: Scenario, cpi: CpiTable, result: ScenarioResult | None = None
    ) -> DiscountCurve:
        """The net present value at the usual discount rates (kept per version)."""
        if self._rate is None or not self._rate.of(scenario):
            self._rate = Versioned(scenario, discount_rate_curve(scenario, cpi, result=result))
        return self._rate.value

    def horizon_curve(self, scenario: Scenario, cpi: CpiTable) -> HorizonCurve:
        """The net present value against the time horizon (kept per version)."""
        if self._horizon is None or not self._horizon.of(scenario):
            self._horizon = Versioned(scenario, horizon_curve(scenario, cpi))
        return self._horizon.value
