"""Pausing Python's cyclic garbage collector while a large structure is built.

Building a scenario, a workbook or a report allocates objects by the hundred
thousand and frees next to none until it is done, so the collector's full
passes over an ever larger heap find nothing and cost time that grows with
the heap: they made validation grow as 14x the time for 10x the items
(issue 17: 1,000 -> 10,000 effects, 28.8 -> 643 ms), and they were 0.8 s of
the 20 x 500 x 100 workbook's 8.9 s (five full passes over its 1.7 million
cells' XML). Reference counting frees memory meanwhile; what the collector
would have found is collected when it resumes.

The pause is counted, so that work in two threads (an export beside a file
being read) resumes collection only when the last of them is done, and only
if it was on when the first began.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def paused() -> Iterator[None]:
    """No cyclic garbage collection inside the block (nor in other threads meanwhile)."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
