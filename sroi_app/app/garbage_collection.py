"""Keeping Python's cyclic garbage collector from pausing the window on large scenarios.

A 20 x 500 scenario, its undo history and its results are a few hundred
thousand long-lived objects. Every so often Python's collector walks all
of them looking for reference cycles, holding the interpreter for 100-200
ms: the window freezes, and the evaluation thread stalls the window while
it allocates. Scenarios, results and warnings hold no cycles (they are
freed by reference counting when no longer used), so once a large
document has settled its objects are moved out of the collector's sight
(``gc.freeze``); only objects made afterwards are walked, which takes a
few milliseconds. Garbage present at that moment is collected first
(young objects only, right after loading a file, when a full walk would be
the very pause this avoids), so nothing that should be freed is kept.
"""

from __future__ import annotations

import contextlib
import gc
import time
from collections.abc import Iterator

from sroi_app.domain import collector


def settle(generation: int = 2) -> float:
    """Collect garbage (up to ``generation``), then freeze the rest; the seconds it took."""
    started = time.perf_counter()
    gc.collect(generation)
    gc.freeze()
    return time.perf_counter() - started


@contextlib.contextmanager
def quiet_collector() -> Iterator[None]:
    """No cyclic collection while a large file is read; what it made is frozen after.

    Reading 5 MB makes a few hundred thousand objects, and the collector would
    walk the whole heap several times on the way (each time holding up the
    window). Nothing read forms a cycle, so the collector is paused and the
    new objects are frozen at the end. Young garbage is collected first so it
    is not frozen with them.
    """
    gc.collect(1)
    with collector.paused():
        try:
            yield
        finally:
            gc.freeze()
