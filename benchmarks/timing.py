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


def peak_mb() -> float:
    """This process's peak resident memory in MB since it started its program.

    Linux's ``ru_maxrss`` is kept across ``exec``: a process started by a large parent
    reports the parent's size at the fork if that was larger. ``VmHWM`` in
    ``/proc/self/status`` belongs to the program's own address space; elsewhere
    ``ru_maxrss`` (kilobytes on Linux, bytes on macOS) is all there is.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource
    import sys

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
