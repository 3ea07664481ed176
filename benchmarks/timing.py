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
