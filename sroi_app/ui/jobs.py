"""Long computations off the UI thread, with progress, cancelling and stale results dropped.

A ``BackgroundTask`` runs one function at a time in a ``QThreadPool`` worker:
``start(fn)`` calls ``fn(progress)`` in the worker, where ``progress(done,
total)`` reports to the UI (``progressed`` signal) and returns ``False`` once
the run is cancelled, which is how ``monte_carlo`` stops between chunks
(``SimulationCancelled``). Starting again or ``cancel()`` makes the running
job obsolete: whatever it still delivers is dropped, so the UI only ever sees
the result of the last request. The signals reach the UI thread queued, as
Qt does for a signal emitted in another thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from sroi_app.calc.uncertainty import SimulationCancelled

Progress = Callable[[int, int], bool]


class _Carrier(QObject):
    """Created in the UI thread; the worker emits through it."""

    progressed = Signal(int, int, int)  # generation, done, total
    finished = Signal(int, object)  # generation, result
    cancelled = Signal(int)
    failed = Signal(int, str)


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

    def _progress(self, done: int, total: int) -> bool:
        if self.stop.is_set():
            return False
        self.carrier.progressed.emit(self.generation, done, total)
        return True

    def run(self) -> None:
        try:
            result = self.fn(self._progress)
        except SimulationCancelled:
            self.carrier.cancelled.emit(self.generation)
        except Exception as exc:  # shown to the user, never a crash of the worker
            logging.getLogger(__name__).exception("background computation failed")
            self.carrier.failed.emit(self.generation, f"{type(exc).__name__}: {exc}")
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
    finished = Signal(object)  # the result of the latest request
    cancelled = Signal()
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._carrier = _Carrier(self)
        self._carrier.progressed.connect(self._progressed)
        self._carrier.finished.connect(self._finished)
        self._carrier.cancelled.connect(self._cancelled)
        self._carrier.failed.connect(self._failed)
        self._generation = 0
        self._stop = threading.Event()
        self._running = False
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

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the worker is idle (for shutting down and tests)."""
        return self.pool.waitForDone(msecs)

    def _current(self, generation: int) -> bool:
        return generation == self._generation and self._running

    def _progressed(self, generation: int, done: int, total: int) -> None:
        if self._current(generation):
            self.progressed.emit(done, total)

    def _finished(self, generation: int, result: object) -> None:
        if self._current(generation):
            self._running = False
            self.finished.emit(result)

    def _cancelled(self, generation: int) -> None:
        if self._current(generation):
            self._running = False
            self.cancelled.emit()

    def _failed(self, generation: int, message: str) -> None:
        if self._current(generation):
            self._running = False
            self.failed.emit(message)
