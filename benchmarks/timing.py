"""Small timing helpers shared by the benchmark modules."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_ms(action: Callable[[], object], repeat: int = 51, warmup: int = 3) -> float:
    """Median wall time of ``action`` in milliseconds."""
    for _ in range(warmup):
        action()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000.0)
    return statistics.median(times)


def _status_mb(field: str, pid: int | str = "self") -> float | None:
    """A memory field (``VmHWM``, ``VmRSS``) of ``/proc/PID/status`` in MB; None
    where there is no ``/proc`` or no such process."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(f"{field}:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def peak_mb() -> float:
    """This process's peak resident memory in MB since it started its program.

    Linux's ``ru_maxrss`` is kept across ``exec``: a process started by a large parent
    reports the parent's size at the fork if that was larger. ``VmHWM`` in
    ``/proc/self/status`` belongs to the program's own address space; elsewhere
    ``ru_maxrss`` (kilobytes on Linux, bytes on macOS) is all there is.
    """
    own = _status_mb("VmHWM")
    if own is not None:
        return own
    import resource
    import sys

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


class TotalPeak:
    """The peak of this process's and its chart workers' resident memory together.

    The workers' own peaks come at other moments than this process's (they draw
    after the numbers are computed), so their sum would overstate what the
    machine held at once. A thread samples the sum every ``interval`` seconds;
    the result is the larger of that and this process's own peak. Linux only
    (``/proc``); elsewhere it is this process's peak.
    """

    def __init__(self, interval: float = 0.01) -> None:
        import threading

        self.interval, self.most = interval, 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        from sroi_app.exports.drawing import worker_pids

        while not self._stop.wait(self.interval):
            pids = ["self", *worker_pids()]
            total = sum(_status_mb("VmRSS", pid) or 0.0 for pid in pids)
            self.most = max(self.most, total)

    def __enter__(self) -> TotalPeak:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def mb(self) -> float:
        return max(self.most, peak_mb())
