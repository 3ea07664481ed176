"""Evaluating scenarios on a worker thread, for the scenarios too large to wait for.

Computing every metric of 20 alternatives x 500 effects over 100 years and
checking them for over-claiming takes a few hundred milliseconds: too long
to keep a window waiting after every typed value. ``BackgroundEvaluator``
runs ``evaluation.evaluate`` on one worker thread. Requests are not
queued: a request that has not started when a newer one arrives is
dropped, so typing fast never builds a backlog. Scenarios are immutable,
so handing one to the thread is safe. The caller gets a ``Future`` and
collects the evaluation on its own thread, using it only if it is still
current (the app polls the future with a timer, so nothing in the worker
touches Qt and this module stays Qt-free).
"""

from __future__ import annotations

import concurrent.futures
import threading
from concurrent.futures import Future, ThreadPoolExecutor

from sroi_app.app.evaluation import Evaluation, evaluate
from sroi_app.domain.cpi import CpiTable
from sroi_app.domain.models import Scenario

#: Scenarios with more item-years than this are evaluated in the background by the
#: app; smaller ones (every example, 3 x 70 items over 100 years) take a few
#: milliseconds and are evaluated at once, so results follow each keystroke.
BACKGROUND_ITEM_YEARS = 100_000


def item_years(scenario: Scenario) -> int:
    """The engine's work for a scenario: cost and effect rows times years."""
    items = sum(len(a.costs) + len(a.effects) for a in scenario.alternatives)
    return items * (scenario.settings.horizon_years + 1)


class BackgroundEvaluator:
    """One worker thread evaluating the newest requested scenario."""

    def __init__(self, cpi: CpiTable) -> None:
        self.cpi = cpi
        self._executor: ThreadPoolExecutor | None = None
        self._latest: Scenario | None = None
        self._lock = threading.Lock()
        self._pending: Future[Evaluation | None] | None = None

    def request(self, scenario: Scenario) -> Future[Evaluation | None]:
        """Evaluate ``scenario`` unless a newer request comes before the worker starts it.

        The future's result is the evaluation, or ``None`` for a request that was
        superseded; an exception of the evaluation is the future's exception.
        """
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="evaluate")
        with self._lock:
            self._latest = scenario

        def job() -> Evaluation | None:
            with self._lock:
                if scenario is not self._latest:
                    return None  # superseded while waiting
            return evaluate(scenario, self.cpi)

        self._pending = self._executor.submit(job)
        return self._pending

    def wait(self, timeout: float | None = 30.0) -> None:
        """Until the newest request is done (tests, closing); its errors are the caller's."""
        if self._pending is not None:
            concurrent.futures.wait([self._pending], timeout)

    def close(self) -> None:
        with self._lock:
            self._latest = None
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None
