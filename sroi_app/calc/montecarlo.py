"""Monte Carlo simulation over every range at once, vectorised over the draws.

Each parameter with a range is drawn independently from its distribution
(``sroi_app.calc.distributions``), clipped or rounded as the calculation
needs (``sroi_app.calc.parameters.bounded``), and every variant's incremental
PV of costs and benefits is evaluated for all draws of a chunk at once
(``sroi_app.calc.batch``). The same seed gives the same numbers. The draws do
not depend on the chunk size either; the sums over them may differ in the
last bits when the chunk size is changed (``rows_per_chunk``), so keep the
default where results are compared.

Summaries per variant: the share of draws with NPV > 0 (strictly), and the
mean and the 5th, 10th, 50th, 90th and 95th percentiles of the NPV and of the
SROI ratio. Percentiles are numpy's default (linear interpolation between
order statistics, Hyndman-Fan type 7, as Excel's PERCENTILE.INC). The SROI
ratio is undefined in a draw where the incremental PV of costs is 0 or less
(contract section 6); such draws are left out of the ratio's summary, and
``ratio_draws`` says how many remain (all None when none does).

Long runs report progress: ``progress(done, total)`` is called before the
first chunk and after each one; returning ``False`` stops the run with
``SimulationCancelled``.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from sroi_app.calc.batch import BatchEvaluator, check_finite
from sroi_app.calc.distributions import draw, parameter_stream
from sroi_app.calc.parameters import Parameter, bounded, uncertain_parameters
from sroi_app.calc.results import frozen_array
from sroi_app.domain.cpi import CpiTable
from sroi_app.domain.draws import DEFAULT_DRAWS as DEFAULT_DRAWS
from sroi_app.domain.draws import DEFAULT_SEED as DEFAULT_SEED
from sroi_app.domain.draws import MAX_DRAWS as MAX_DRAWS
from sroi_app.domain.models import Scenario

FloatArray = NDArray[np.float64]


PERCENTILES = (5, 10, 50, 90, 95)

#: ``progress(done, total)``; returning False cancels the run.
Progress = Callable[[int, int], bool | None]


class SimulationCancelled(Exception):
    """The progress callback asked to stop."""


@dataclass(frozen=True)
class Summary:
    """Mean and percentiles of a sample; all None for an empty sample."""

    mean: float | None
    p5: float | None
    p10: float | None
    p50: float | None
    p90: float | None
    p95: float | None

    @classmethod
    def of(cls, values: FloatArray) -> Summary:
        if values.size == 0:
            return cls(None, None, None, None, None, None)
        p5, p10, p50, p90, p95 = (float(x) for x in np.percentile(values, PERCENTILES))
        return cls(float(np.mean(values)), p5, p10, p50, p90, p95)

    def as_dict(self) -> dict[str, float | None]:
        return {
            "mean": self.mean,
            "p5": self.p5,
            "p10": self.p10,
            "p50": self.p50,
            "p90": self.p90,
            "p95": self.p95,
        }


@dataclass(frozen=True)
class AlternativeSimulation:
    """The simulated outcomes of one non-reference alternative."""

    alternative_id: str
    pv_costs: FloatArray  # per draw
    pv_benefits: FloatArray  # per draw
    prob_npv_positive: float
    npv_summary: Summary
    sroi_ratio_summary: Summary
    ratio_draws: int

    @property
    def npv(self) -> FloatArray:
        """The NPV of every draw (for histograms and cumulative curves)."""
        return frozen_array(self.pv_benefits - self.pv_costs)

    @property
    def sroi_ratio(self) -> FloatArray:
        """The SROI ratio of the draws where it is defined (PV costs > 0)."""
        defined = self.pv_costs > 0
        return frozen_array(self.pv_benefits[defined] / self.pv_costs[defined])


@dataclass(frozen=True)
class MonteCarloResult:
    """A whole simulation: its draw count and seed, the parameters drawn, the outcomes."""

    draws: int
    seed: int
    parameters: tuple[Parameter, ...]
    results: tuple[AlternativeSimulation, ...]

    def result(self, alternative_id: str) -> AlternativeSimulation:
        for r in self.results:
            if r.alternative_id == alternative_id:
                return r
        raise KeyError(alternative_id)


def parameter_draws(parameter: Parameter, seed: int, draws: int) -> FloatArray:
    """All draws of one parameter as the calculation uses them (the stream of ``monte_carlo``)."""
    rng = parameter_stream(seed, parameter.path)
    return bounded(parameter.field, draw(rng, parameter.range, parameter.central, draws))


def _simulation(
    alternative_id: str, pv_costs: FloatArray, pv_benefits: FloatArray
) -> AlternativeSimulation:
    npv = pv_benefits - pv_costs
    defined = pv_costs > 0
    ratio = pv_benefits[defined] / pv_costs[defined]
    return AlternativeSimulation(
        alternative_id=alternative_id,
        pv_costs=frozen_array(pv_costs),
        pv_benefits=frozen_array(pv_benefits),
        prob_npv_positive=float(np.count_nonzero(npv > 0)) / npv.size,
        npv_summary=Summary.of(npv),
        sroi_ratio_summary=Summary.of(ratio),
        ratio_draws=int(ratio.size),
    )


#: Parameters above which a thread of its own draws beside the evaluation.
_THREADED_FROM = 64
#: About what one draw costs by distribution, and what evaluating one drawn value costs,
#: in nanoseconds on the development machine (only their ratio matters): numpy's beta
#: draws for PERT are four times a triangular draw.
_DRAW_NS = {"triangular": 14.0, "pert": 54.0, "uniform": 8.0, "normal": 15.0}
_EVALUATION_NS = 20.0
#: Draws of all parameters made at once: at most about this many values (32 MB).
_BLOCK_VALUES = 4_000_000
#: ... and no more whole chunks than make this many draws per parameter: a block of a
#: few parameters is then one chunk or a few, so the drawing threads stay a block ahead
#: of the evaluation without drawing far ahead of it (the largest example's 112
#: parameters: blocks of one 5,194-draw chunk instead of six, 0.26-0.28 s for 100,000
#: draws instead of 0.34 s on 2 cores), while each call to ``draw`` still makes
#: thousands of values.
_CALL_DRAWS = 4_096


def _drawing_dominates(parameters: tuple[Parameter, ...]) -> bool:
    """Whether drawing the parameters costs more than evaluating what was drawn."""
    drawing = sum(_DRAW_NS.get(p.range.distribution, _EVALUATION_NS) for p in parameters)
    return drawing > _EVALUATION_NS * len(parameters)


class _Drawing:
    """The draws of every parameter, one block of draws after the other, one row per
    parameter (each written and read whole).

    Each parameter has its own stream (contract section 9), consumed in order: the
    draws do not depend on how they are cut into blocks. A block holds as many whole
    chunks of ``chunk`` draws as fit in ``_BLOCK_VALUES`` values, so each call to
    ``draw`` makes hundreds of values or more. numpy fills an array of draws without
    holding the interpreter's lock, so with many parameters the next block is drawn
    in other threads while this one evaluates the current one: the streams and so
    the numbers are the same, in less time on two cores.

    One drawing thread where drawing costs less than evaluating (the largest
    example's triangular ranges: 0.23 s for 100,000 draws against 0.25-0.29 s with
    two, which fought the evaluation for the two cores), two where it costs more
    (4,100 ranges, half of them beta-PERT: 1.4 s against 2.1 s with one). The
    evaluating thread never draws: it keeps asking the run's progress after each
    chunk, so a cancelled run stops at once (the app's window stayed blocked up to
    0.14 s after an edit when it drew too).
    """

    def __init__(
        self,
        parameters: tuple[Parameter, ...],
        streams: list[np.random.Generator],
        draws: int,
        chunk: int,
    ):
        self._work = list(zip(parameters, streams, strict=True))
        self._draws = draws
        self.chunk = chunk
        fitting = _BLOCK_VALUES // max(1, len(self._work)) // chunk
        enough = -(-_CALL_DRAWS // chunk)  # chunks for a draw call of _CALL_DRAWS or more
        self.block = min(draws, max(1, min(fitting, enough)) * chunk)
        threaded = len(self._work) >= _THREADED_FROM and (os.cpu_count() or 1) > 1
        #: Drawing threads: none (drawn here), one, or two that draw half each.
        self.threads = 0 if not threaded else 2 if _drawing_dominates(parameters) else 1
        self._pool = ThreadPoolExecutor(self.threads, "draws") if self.threads else None

    def __enter__(self) -> _Drawing:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)

    def _fill(self, values: FloatArray, first: int, last: int) -> None:
        size = values.shape[1]
        for p in range(first, last):
            parameter, rng = self._work[p]
            raw = draw(rng, parameter.range, parameter.central, size)
            bounded(parameter.field, raw, out=values[p])

    def _start(self, size: int) -> Callable[[], FloatArray]:
        """Begin drawing the next ``size`` draws; the returned call waits for them."""
        count = len(self._work)
        values = np.empty((count, size))
        if self._pool is None:
            self._fill(values, 0, count)
            return lambda: values
        bounds = [0, count // 2, count] if self.threads == 2 else [0, count]
        parts = [
            self._pool.submit(self._fill, values, first, last)
            for first, last in itertools.pairwise(bounds)
        ]

        def finished() -> FloatArray:
            for part in parts:
                part.result()
            return values

        return finished

    def blocks(self) -> Iterator[tuple[int, FloatArray]]:
        """``(first draw, values)`` of each block, the next block drawn meanwhile.

        The first block is one chunk, so the evaluation starts after a chunk's draws
        rather than a whole block's; the blocks after it are drawn while the one before
        is evaluated.
        """
        first = min(self.chunk, self.block)
        pending = self._start(first)
        start = 0
        while start < self._draws:
            size = first if start == 0 else min(self.block, self._draws - start)
            values = pending()
            following = start + size
            if following < self._draws:
                pending = self._start(min(self.block, self._draws - following))
            yield start, values
            start = following


def monte_carlo(
    scenario: Scenario,
    cpi: CpiTable,
    draws: int = DEFAULT_DRAWS,
    seed: int = DEFAULT_SEED,
    progress: Progress | None = None,
    rows_per_chunk: int | None = None,
    evaluator: BatchEvaluator | None = None,
) -> MonteCarloResult:
    """Simulate every variant's PV of costs and benefits over all ranges at once.

    ``evaluator``: one already made for the scenario's ``uncertain_parameters``.
    """
    if not 1 <= draws <= MAX_DRAWS:
        raise ValueError(f"draws must be between 1 and {MAX_DRAWS}")
    if seed < 0:
        raise ValueError("seed must be 0 or more")
    if evaluator is None:
        evaluator = BatchEvaluator(scenario, cpi, uncertain_parameters(scenario))
    parameters = evaluator.parameters
    streams = [parameter_stream(seed, p.path) for p in parameters]
    chunk = rows_per_chunk or evaluator.rows_per_chunk
    variants = len(evaluator.variant_ids)
    pv_costs = np.empty((draws, variants))
    pv_benefits = np.empty((draws, variants))
    if progress is not None and progress(0, draws) is False:
        raise SimulationCancelled
    with _Drawing(parameters, streams, draws, chunk) as drawing:
        for first, block in drawing.blocks():
            for offset in range(0, block.shape[1], chunk):
                start = first + offset
                size = min(chunk, draws - start)
                # Each chunk's values as one table, laid out as when drawn chunk by chunk.
                values = np.ascontiguousarray(block[:, offset : offset + size])
                batch = evaluator.evaluate(values.T)
                pv_costs[start : start + size] = batch.pv_costs
                pv_benefits[start : start + size] = batch.pv_benefits
                if progress is not None and progress(start + size, draws) is False:
                    raise SimulationCancelled
    check_finite(pv_costs, pv_benefits, pv_benefits - pv_costs)
    results = tuple(
        _simulation(alt_id, pv_costs[:, v], pv_benefits[:, v])
        for v, alt_id in enumerate(evaluator.variant_ids)
    )
    return MonteCarloResult(draws, seed, parameters, results)
