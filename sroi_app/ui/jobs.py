"""The app's one way to work off the UI thread: progress, cancelling, stale results dropped.

A ``BackgroundTask`` runs one function at a time in a ``QThreadPool`` worker:
``start(fn)`` calls ``fn(progress)`` in the worker, where ``progress(done,
total, stage="")`` reports to the UI (``progressed``, and ``staged`` for a
named step) and returns ``False`` once the run is cancelled, which is how
``monte_carlo`` stops between chunks (``SimulationCancelled``) and an export
between its steps. Starting again or ``cancel()`` makes the running job
obsolete: whatever it still delivers is dropped, and a job that had not
started yet does not run at all, so the UI only ever sees the result of the
last request and fast typing builds no backlog. ``request_stop()`` asks the
job to stop without dropping it: it reports what it raises (an export's
"cancelled"). The signals reach the UI thread queued, as Qt does for a
signal emitted in another thread, so nothing polls.

Every worker of the window goes through here: the large scenario's
evaluation (``controller``), opening a file (``busy``), exports
(``export_actions``), the sensitivity analyses and CBS figures.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from sroi_app.calc.uncertainty import SimulationCancelled

Progress = Callable[..., bool]  # progress(done, total, stage="") -> False once cancelled


class _Carrier(QObject):
    """Created in the UI thread; the worker emits through it."""

    progressed = Signal(int, int, int)  # generation, done, total
    staged = Signal(int, str)  # generation, the step the work is at
    finished = Signal(int, object)  # generation, result
    cancelled = Signal(int)
    failed = Signal(int, object)  # generation, the exception


class _Job(QRunnable):
    def __init__(
        self,
        fn: Callable[[Progress], Any],
        generation: int,
        carrier: _Carrier,
        stop: threading.Event,
    ) -> None:
        super().__init__()
        self.fn = fn
        self.generation = generation
        self.carrier = carrier
        self.stop = stop

    def _progress(self, done: int, total: int, stage: str = "") -> bool:
        if self.stop.is_set():
            return False
        if stage:
            self.carrier.staged.emit(self.generation, stage)
        self.carrier.progressed.emit(self.generation, done, total)
        return True

    def run(self) -> None:
        if self.stop.is_set():  # superseded before it started: not run at all
            self.carrier.cancelled.emit(self.generation)
            return
        try:
            result = self.fn(self._progress)
        except SimulationCancelled:
            self.carrier.cancelled.emit(self.generation)
        except Exception as exc:  # shown to the user, never a crash of the worker
            logging.getLogger(__name__).info("background work failed", exc_info=True)
            self.carrier.failed.emit(self.generation, exc)
        else:
            if self.stop.is_set():
                self.carrier.cancelled.emit(self.generation)
            else:
                self.carrier.finished.emit(self.generation, result)


def _stop_all(stops: list[threading.Event]) -> None:
    for stop in stops:
        stop.set()


class BackgroundTask(QObject):
    """One computation at a time in the background; only the latest request reports."""

    started = Signal()
    progressed = Signal(int, int)  # done, total
    staged = Signal(str)  # the step the work is at (an export's "writing the workbook")
    finished = Signal(object)  # the result of the latest request
    cancelled = Signal()
    failed = Signal(str)  # "ExceptionType: message"; the exception itself is ``error``

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._carrier = _Carrier(self)
        self._carrier.progressed.connect(self._progressed)
        self._carrier.staged.connect(self._staged)
        self._carrier.finished.connect(self._finished)
        self._carrier.cancelled.connect(self._cancelled)
        self._carrier.failed.connect(self._failed)
        self._generation = 0
        self._stop = threading.Event()
        self._running = False
        self.result: object = None  # the latest request's result, once finished
        self.error: BaseException | None = None  # the latest request's exception, once failed
        # When the owner goes (a page rebuilt for another language), stop its work.
        stops = self._stops = [self._stop]
        self.destroyed.connect(lambda *_: _stop_all(stops))

    def is_running(self) -> bool:
        return self._running

    def start(self, fn: Callable[[Progress], Any]) -> None:
        """Run ``fn(progress)`` in the worker; a running job becomes obsolete."""
        self._stop.set()
        self._generation += 1
        self._stop = threading.Event()
        self._stops[:] = [self._stop]
        self._running = True
        self.result = self.error = None
        self.pool.start(_Job(fn, self._generation, self._carrier, self._stop))
        self.started.emit()

    def cancel(self) -> None:
        """Stop the running job; it reports ``cancelled`` (once) and nothing else."""
        if not self._running:
            return
        self._stop.set()
        self._generation += 1
        self._running = False
        self.cancelled.emit()

    def request_stop(self) -> None:
        """Ask the running job to stop at its next progress report; it reports what it raises."""
        self._stop.set()

    def stop_requested(self) -> bool:
        return self._stop.is_set()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the worker is idle (for shutting down and tests)."""
        return self.pool.waitForDone(msecs)

    def _current(self, generation: int) -> bool:
        return generation == self._generation and self._running

    def _progressed(self, generation: int, done: int, total: int) -> None:
        if self._current(generation):
            self.progressed.emit(done, total)

    def _staged(self, generation: int, stage: str) -> None:
        if self._current(generation):
            self.staged.emit(stage)

    def _finished(self, generation: int, result: object) -> None:
        if self._current(generation):
            self._running = False
            self.result = result
            self.finished.emit(result)

    def _cancelled(self, generation: int) -> None:
        if self._current(generation):
            self._running = False
            self.cancelled.emit()

    def _failed(self, generation: int, error: object) -> None:
        if self._current(generation):
            self._running = False
            assert isinstance(error, BaseException)
            self.error = error
            self.failed.emit(f"{type(error).__name__}: {error}")
