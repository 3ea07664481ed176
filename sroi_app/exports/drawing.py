"""Chart images drawn in worker processes, beside the rest of an export.

matplotlib holds the GIL while it draws, so threads cannot draw two charts at
once, and the council report's charts are most of its time (fifteen in the
richest example, two thirds of the report). A small pool of worker processes
draws them while this process typesets the text and tables:

- ``spawn`` processes, the same on Linux, macOS and Windows, and safe beside
  the app's Qt threads (a ``fork`` would copy whatever locks they hold);
- a figure goes to a worker pickled (the charts keep no closures for that
  reason) and comes back as RGB pixels, the same to the pixel as drawn here;
- :func:`start` is called when an export starts, so the processes import
  matplotlib while the numbers are computed; the pool then stays for the rest
  of the session, idle between exports.

Nothing that goes wrong with the pool loses an export: when it cannot start,
a worker dies, a figure does not pickle or a drawing takes longer than
``TIMEOUT_S``, the chart is drawn in this process instead (and a pool that
failed is not used again).

``SROI_APP_CHART_WORKERS`` sets the number of processes; ``0`` draws every chart
in this process. Unset, it is one process less than the machine's cores, at
most two, and none on a single core.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import pickle
import tempfile
import threading
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from PIL import Image

log = logging.getLogger(__name__)

#: A worker's drawing that takes longer than this is given up and drawn here.
TIMEOUT_S = 120.0
ENV = "SROI_APP_CHART_WORKERS"

_lock = threading.Lock()
_pool: ProcessPoolExecutor | None = None
_failed = False


def worker_count() -> int:
    """Processes to draw in: ``SROI_APP_CHART_WORKERS``, else cores less one (at most 2)."""
    chosen = os.environ.get(ENV, "").strip()
    if chosen:
        try:
            return max(0, int(chosen))
        except ValueError:
            log.warning("%s=%r is not a number; charts are drawn in this process", ENV, chosen)
            return 0
    return max(0, min(2, (os.cpu_count() or 1) - 1))


def rgb_image(figure: Figure, dpi: float) -> Image.Image:
    """The figure drawn by Agg at ``dpi`` straight into an RGB image (no PNG round trip)."""
    canvas = FigureCanvasAgg(figure)
    figure.set_dpi(dpi)
    canvas.draw()  # type: ignore[no-untyped-call]
    rgba = Image.frombuffer(
        "RGBA",
        canvas.get_width_height(),
        canvas.buffer_rgba(),  # type: ignore[no-untyped-call]
        "raw",
        "RGBA",
        0,
        1,
    )
    return rgba.convert("RGB")


def _warm() -> None:
    """A worker's start: import what unpickling and drawing a chart needs, and the fonts."""
    from matplotlib import font_manager

    import sroi_app.charts.monitoring
    import sroi_app.charts.results
    import sroi_app.charts.sensitivity  # noqa: F401

    font_manager.findfont("DejaVu Sans")


def _ready() -> bool:
    return True


def _draw_file(path: str, dpi: float) -> tuple[tuple[int, int], bytes]:
    """In a worker: the figure pickled in ``path`` (which is then removed), drawn, as its
    size and RGB bytes."""
    with open(path, "rb") as file:
        data = file.read()
    os.unlink(path)
    image = rgb_image(pickle.loads(data), dpi)  # our own figure, from our parent
    return image.size, image.tobytes()


def _get_pool() -> ProcessPoolExecutor | None:
    global _pool
    count = worker_count()
    if count == 0 or _failed:
        return None
    with _lock:
        if _pool is not None:
            return _pool
        try:
            _pool = ProcessPoolExecutor(
                max_workers=count,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_warm,
            )
            return _pool
        except (OSError, ValueError, RuntimeError) as error:
            failure = error
    _give_up(failure)  # outside the lock, which it takes
    return None


def _give_up(error: BaseException) -> None:
    """Stop using the pool for the rest of the session (and end its processes)."""
    global _pool, _failed
    log.warning("charts are drawn in this process from now on: %s", error)
    with _lock:
        pool, _pool, _failed = _pool, None, True
    if pool is not None:
        # A hung worker is ended first: the pool would wait for it at shutdown and exit.
        # The pool then fails what it still holds; cancelling those here as well races
        # with that in Python 3.11 (InvalidStateError in its manager thread).
        for process in list(getattr(pool, "_processes", {}).values()):
            process.terminate()
        pool.shutdown(wait=False)


def start() -> None:
    """Start the worker processes now (each imports matplotlib), not at the first chart."""
    pool = _get_pool()
    if pool is None:
        return
    try:
        for _ in range(worker_count()):
            pool.submit(_ready)
    except RuntimeError as error:  # broken or shut down
        _give_up(error)


def worker_pids() -> list[int]:
    """The pool's process ids (for the benchmarks' memory count)."""
    with _lock:
        pool = _pool
    return [p.pid for p in getattr(pool, "_processes", {}).values() if p.pid] if pool else []


class _Chart:
    """One figure of a batch: its image, or its drawing under way in a worker."""

    def __init__(self, figure: Figure) -> None:
        self.figure = figure
        self.image: Image.Image | None = None
        self.future: Future[tuple[tuple[int, int], bytes]] | None = None
        self.file = ""  # the pickled figure, until the worker has read it

    def forget_file(self) -> None:
        """Remove the pickled figure if no worker took it (cancelled or failed)."""
        if self.file:
            with contextlib.suppress(OSError):
                os.unlink(self.file)
            self.file = ""


class ChartImages:
    """The images of ``figures`` at ``dpi``, drawn by the workers and by this process.

    Every figure is pickled to a file at once; each worker is handed one at a
    time, the next as soon as it is done. ``image(n)`` returns the n-th image,
    once (the batch keeps no pixels it has handed over: the large report's
    images would take 130 MB). While it waits for a worker, this process draws
    the last figures not yet handed out, so both cores draw until the batch is
    done. (Figures are never taken back from the pool by cancelling them: in
    Python 3.11 a cancelled future in a pool that breaks stops the pool's
    manager thread, and the other drawings would never be answered.)
    """

    def __init__(self, figures: list[Figure], dpi: float) -> None:
        self.dpi = dpi
        self.charts = [_Chart(figure) for figure in figures]
        self.by_workers = 0  # how many a worker drew (the rest were drawn here)
        self._lock = threading.Lock()
        self._waiting: deque[_Chart] = deque()  # pickled, not yet handed to a worker
        self._pool = _get_pool()
        if self._pool is None:
            return
        for chart in self.charts:
            try:
                data = pickle.dumps(chart.figure, protocol=pickle.HIGHEST_PROTOCOL)
            except (pickle.PicklingError, TypeError, AttributeError) as error:
                log.warning("a chart is drawn in this process (%s)", error)
                continue
            # The figure goes by file: a pipe to a worker holds 64 KB, and a figure
            # stuck in it would keep this process from ending if the worker hung.
            try:
                with tempfile.NamedTemporaryFile(
                    prefix="sroi-chart-", suffix=".pickle", delete=False
                ) as file:
                    file.write(data)
            except OSError as error:
                log.warning("a chart is drawn in this process (%s)", error)
                continue
            chart.file = file.name
            self._waiting.append(chart)
        for _ in range(worker_count()):
            self._hand_on()

    def _hand_on(self, _done: object = None) -> None:
        """Hand the next waiting figure to the pool (when a worker is free: at the
        start, and from a drawing's done-callback)."""
        with self._lock:
            if not self._waiting or _failed or self._pool is None:
                return
            chart = self._waiting.popleft()
            try:
                chart.future = self._pool.submit(_draw_file, chart.file, self.dpi)
            except RuntimeError:  # the pool broke or was shut down: it is drawn here
                self._waiting.appendleft(chart)
                return
        chart.future.add_done_callback(self._hand_on)

    def image(self, index: int) -> Image.Image:
        chart = self.charts[index]
        while chart.image is None:
            with self._lock:
                if chart in self._waiting:
                    self._waiting.remove(chart)
            future = chart.future
            if future is None:  # no worker has it: drawn here, now
                self._draw_here(chart)
            elif future.done() or not self._steal():
                chart.image = self._from_worker(chart)
        image, chart.image = chart.image, None  # handed over: kept only until it is drawn
        return image

    def _steal(self) -> bool:
        """Draw here the last figure not yet handed to a worker."""
        with self._lock:
            chart = self._waiting.pop() if self._waiting else None
        if chart is None:
            return False
        self._draw_here(chart)
        return True

    def _draw_here(self, chart: _Chart) -> None:
        chart.forget_file()
        chart.image = rgb_image(chart.figure, self.dpi)

    def _from_worker(self, chart: _Chart) -> Image.Image:
        future, chart.future = chart.future, None
        assert future is not None
        try:
            size, data = future.result(timeout=TIMEOUT_S)
        except FutureTimeout as error:
            chart.forget_file()
            _give_up(error)
        except Exception as error:  # whatever failed there is drawn here
            chart.forget_file()
            if isinstance(error, BrokenProcessPool):
                _give_up(error)
            else:
                log.warning("a worker could not draw a chart (%s); drawn here", error)
        else:
            chart.file = ""  # the worker removed it
            chart.figure.set_dpi(self.dpi)  # as if drawn here: the figure's size in pixels
            self.by_workers += 1
            return Image.frombytes("RGB", size, data)
        return rgb_image(chart.figure, self.dpi)

    def cancel(self) -> None:
        """Not wanted any more (the export was cancelled): nothing more is handed out,
        and the drawings under way are let finish unread."""
        with self._lock:
            waiting, self._waiting = list(self._waiting), deque()
        for chart in waiting:
            chart.forget_file()


def reset() -> None:
    """End the pool and allow a new one (tests; a pool given up on is tried again)."""
    global _pool, _failed
    with _lock:
        pool, _pool, _failed = _pool, None, False
    if pool is not None:
        pool.shutdown(wait=True, cancel_futures=True)
