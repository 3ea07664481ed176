"""Scale in the app: the large scenario (20 alternatives x 500 effects x 20 costs, 100 years).

Qt-free paths (what every edit and open costs before any view):

- ``large_edit_ms``: one edited cell (a variant's effect or cost field) through
  ``commands.set_value``, with the current result at hand as in the app:
  validation of the item plus its alternative's flows (median of 41 cells);
- ``large_edit_reference_ms``: the same for a cell of the nulalternatief, which
  changes every variant's result (checked, computed later);
- ``large_edit_general_ms``: the same edit rebuilding and validating the whole
  document (``edits.transform``), as every edit did before (for comparison);
- ``large_evaluate_ms``: the worker thread's job after an edit: every metric and
  every warning of the edited scenario (median of 5);
- ``large_open_s``: ``Document.open`` of the 5 MB file as the app opens it (read
  in steps, validated, checked computable; median of 3).

In the window (offscreen, Results page showing):

- ``large_window_blocked_ms``: the longest time the event loop was blocked from
  a typed value until the new results were on screen (a 10 ms heartbeat timer;
  median over 5 edits). Goal < 200 ms: the window never freezes;
- ``large_window_undo_blocked_ms``: the same for undoing each of those edits;
- ``large_window_open_blocked_ms``: the same while the window opens the file
  (once; the first full drawing of a 100-year chart takes ~0.25 s).

These were timed tests (tests/ui/test_ui_large.py); on a loaded 2-core CI
machine a timing limit fails by chance, so the tests check that the window
stays usable and right, and the timings live here.
"""

from __future__ import annotations

import itertools
import json
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SROI_APP_USER_DIR", tempfile.mkdtemp(prefix="sroi-bench-"))

from benchmarks.synthetic import synthetic_data
from sroi_app.app import commands, edits
from sroi_app.app.document import Document
from sroi_app.app.evaluation import evaluate, result_of
from sroi_app.app.jsonpath import set_in
from sroi_app.domain.models import Scenario
from sroi_app.domain.validation import scenario_from_data
from sroi_app.io.cpi import default_cpi

_CACHE: dict[str, Any] = {}


def _large() -> Scenario:
    if "scenario" not in _CACHE:
        _CACHE["scenario"] = scenario_from_data(
            synthetic_data(alternatives=20, effects=500, costs=20, horizon=100), default_cpi()
        )
    scenario: Scenario = _CACHE["scenario"]
    return scenario


def _large_file() -> Path:
    if "file" not in _CACHE:
        path = Path(tempfile.mkdtemp(prefix="sroi-bench-")) / "groot.sroi.json"
        path.write_text(
            json.dumps(synthetic_data(alternatives=20, effects=500, costs=20, horizon=100)),
            encoding="utf-8",
        )
        _CACHE["file"] = path
    path: Path = _CACHE["file"]
    return path


def _cells(
    scenario: Scenario, reference: bool, count: int, only: int | None = None
) -> list[tuple[str, float]]:
    """Paths and valid new values of cells to edit, spread over the alternatives."""
    cells = []
    alternatives = [
        (a, alt)
        for a, alt in enumerate(scenario.alternatives)
        if alt.reference == reference and only in (None, a)
    ]
    for n in range(count):
        a, alt = alternatives[n % len(alternatives)]
        if n % 3 == 2:
            i = n % len(alt.costs)
            item: Any = alt.costs[i]
            path, field, value = f"alternatives[{a}].costs[{i}]", "amount", item.amount * 1.1
        else:
            i = (7 * n) % len(alt.effects)
            item = alt.effects[i]
            path, field, value = f"alternatives[{a}].effects[{i}]", "drop_off", 0.013 * (n % 7 + 1)
        span = item.uncertainty.get(field)
        if span is not None:  # a value its range allows
            value = span.low + (span.high - span.low) * 0.37
        if value != getattr(item, field):  # an edit that changes something
            cells.append((f"{path}.{field}", value))
    return cells


def _edit_ms(reference: bool) -> float:
    cpi = default_cpi()
    scenario = _large()
    times = []
    for path, value in _cells(scenario, reference, 44):
        result_of(scenario, cpi)  # the app has the current scenario's result
        started = time.perf_counter()
        edit = commands.set_value(scenario, path, value, cpi)
        times.append((time.perf_counter() - started) * 1000.0)
        assert edit.after is not scenario
    return statistics.median(times[3:])


def large_edit_ms() -> float:
    """One edited cell of a variant: validation and computability (median of 41)."""
    return _edit_ms(reference=False)


def large_edit_reference_ms() -> float:
    """One edited cell of the nulalternatief (every variant's result changes)."""
    return _edit_ms(reference=True)


def large_edit_general_ms() -> float:
    """The same cell edit the general way (rebuild and validate the whole document),
    for comparison: what every edit cost before the quick way (median of 3)."""
    cpi = default_cpi()
    scenario = _large()
    times = []
    for path, value in _cells(scenario, False, 3):
        started = time.perf_counter()
        edits.transform(scenario, lambda d, p=path, v=value: set_in(d, p, v), cpi, path)
        times.append((time.perf_counter() - started) * 1000.0)
    return statistics.median(times)


def _structural(scenario: Scenario, n: int, quick: bool) -> Scenario:
    """Edit ``n`` of the large scenario: add, move, rename or remove an item of a variant."""
    cpi = default_cpi()
    a = 1 + n % (len(scenario.alternatives) - 1)
    kind = "effects" if n % 2 else "costs"
    items = getattr(scenario.alternatives[a], kind)
    list_path = f"alternatives[{a}].{kind}"
    op = n % 4
    if op == 0:
        item = items[0].model_dump(mode="json", exclude_none=True) | {"id": f"nieuw-{n}"}
        return edits.insert_item(scenario, list_path, item, n % len(items), cpi, quick=quick)
    if op == 1:
        return edits.move_item(scenario, list_path, n % len(items), 0, cpi, quick=quick)
    if op == 2:
        path = f"{list_path}[{n % len(items)}].id"
        if not quick:
            return edits.transform(scenario, lambda d: set_in(d, path, f"ander-{n}"), cpi, path)
        return edits.rename_id(scenario, list_path, n % len(items), f"ander-{n}", cpi)
    return edits.remove_item(scenario, list_path, n % len(items), cpi, quick=quick)


def large_structural_edit_ms() -> float:
    """Adding, moving, renaming or removing a cost or effect of a variant (median of 40):
    the quick way of ``fastedit``, the current result at hand as in the app."""
    cpi = default_cpi()
    scenario = _large()
    times = []
    for n in range(44):
        result_of(scenario, cpi)
        started = time.perf_counter()
        after = _structural(scenario, n, quick=True)
        times.append((time.perf_counter() - started) * 1000.0)
        assert after is not scenario
    return statistics.median(times[4:])


def large_structural_edit_general_ms() -> float:
    """The same edits rebuilding and validating the whole document (median of 4)."""
    scenario = _large()
    times = []
    for n in range(4):
        started = time.perf_counter()
        _structural(scenario, n, quick=False)
        times.append((time.perf_counter() - started) * 1000.0)
    return statistics.median(times)


def large_evaluate_ms() -> float:
    """The worker's job: every metric and warning of an edited scenario (median of 5)."""
    cpi = default_cpi()
    scenario = _large()
    times = []
    for n in range(5):
        path, value = _cells(scenario, False, 5)[n]
        edited = commands.set_value(scenario, path, value, cpi).after
        started = time.perf_counter()
        evaluate(edited, cpi)
        times.append((time.perf_counter() - started) * 1000.0)
    return statistics.median(times)


def large_open_s() -> float:
    """``Document.open`` of the 5 MB file, read in steps as the app does (median of 3)."""
    path = _large_file()
    times = []
    for _ in range(3):
        started = time.perf_counter()
        Document.open(path, in_steps=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _window_session() -> dict[str, float]:
    """One window session on the large file: the longest event-loop blocks while
    opening it, after typed values and after their undo (medians of 5)."""
    if "window" in _CACHE:
        session: dict[str, float] = _CACHE["window"]
        return session
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from sroi_app.ui.application import create_window
    from sroi_app.ui.i18n import install_translators
    from sroi_app.ui.settings import set_application_names

    set_application_names()
    app = QApplication.instance() or QApplication([])
    install_translators("nl")
    window = create_window(None)
    window.resize(1600, 1000)
    window.show()

    def settle_until(done: Any, limit_s: float = 60.0) -> None:
        """Run the event loop until ``done()``; an error after ``limit_s``."""
        deadline = time.perf_counter() + limit_s
        loop = QEventLoop()
        poll = QTimer()
        poll.setInterval(5)
        poll.timeout.connect(
            lambda: loop.quit() if done() or time.perf_counter() > deadline else None
        )
        poll.start()
        loop.exec()
        poll.stop()
        if not done():
            raise RuntimeError("the window did not get there in time")

    beats: list[float] = []
    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))

    def start() -> None:
        beats[:] = [time.perf_counter()]
        heartbeat.start()

    def stop() -> float:
        end = time.perf_counter() + 0.1  # whatever is left to draw
        settle_until(lambda: time.perf_counter() >= end)
        heartbeat.stop()
        beats.append(time.perf_counter())
        return max(b - a for a, b in itertools.pairwise(beats)) * 1000

    results: Any = window.show_page("results")
    controller = window.controller
    start()
    assert window.open_file(_large_file(), ask=False)
    settle_until(lambda: not controller.evaluation_pending())
    opened = stop()
    ids = [a.id for a in controller.scenario.alternatives]
    cells = _cells(controller.scenario, False, 12, only=ids.index(results.selector.current_id))
    edited, undone = [], []
    for n in range(6):
        before = results.tiles["npv"].text
        start()
        assert not controller.set_value(*cells[n])
        settle_until(lambda b=before: results.tiles["npv"].text != b)
        blocked = stop()
        after = results.tiles["npv"].text
        start()
        window.undo_action.trigger()
        settle_until(lambda a=after: results.tiles["npv"].text != a)
        blocked_undo = stop()
        if n:  # the first edit also draws the chart at the new scale
            edited.append(blocked)
            undone.append(blocked_undo)
    controller.undo_stack.setClean()
    window.close()
    app.processEvents()
    _CACHE["window"] = {
        "open": opened,
        "edit": statistics.median(edited),
        "undo": statistics.median(undone),
    }
    return _CACHE["window"]


def large_window_blocked_ms() -> float:
    """The longest event-loop block from a typed value to new results on screen (median of 5)."""
    return _window_session()["edit"]


def large_window_undo_blocked_ms() -> float:
    """The same for undoing that edit (median of 5)."""
    return _window_session()["undo"]


def large_window_open_blocked_ms() -> float:
    """The longest event-loop block while the window opens the large file (once)."""
    return _window_session()["open"]


BENCHMARKS = {
    "large_edit_ms": large_edit_ms,
    "large_edit_reference_ms": large_edit_reference_ms,
    "large_edit_general_ms": large_edit_general_ms,
    "large_structural_edit_ms": large_structural_edit_ms,
    "large_structural_edit_general_ms": large_structural_edit_general_ms,
    "large_evaluate_ms": large_evaluate_ms,
    "large_open_s": large_open_s,
    "large_window_blocked_ms": large_window_blocked_ms,
    "large_window_undo_blocked_ms": large_window_undo_blocked_ms,
    "large_window_open_blocked_ms": large_window_open_blocked_ms,
}
