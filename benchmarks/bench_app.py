"""Desktop app timings: one edit to updated results, and start-up to a shown window.

``live_update_editor_ms`` edits one value of the largest example scenario (by
number of costs and effects) with the Results page showing, and measures
until the KPI tiles, the tables and the visible chart are updated and the
chart is drawn (goal < 50 ms); ``live_update_ms`` (in ``bench_workshop.py``)
is the slower of this and a slider step in the workshop view.
``live_update_synthetic_ms`` does the same on a big synthetic scenario
(3 alternatives x 50 effects x 20 costs, 100 years).
``startup_s`` starts ``sroi-app gui EXAMPLE`` in a new process and measures
until the window reports that it is shown and painted (goal < 2 s). Both run
offscreen; user folders go to a temporary directory.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SROI_APP_USER_DIR", tempfile.mkdtemp(prefix="sroi-bench-"))

ROOT = Path(__file__).resolve().parents[1]


def largest_example() -> Path:
    from sroi_app.io.scenario_file import load_scenario

    def size(path: Path) -> int:
        scenario = load_scenario(path)
        return sum(len(a.costs) + len(a.effects) for a in scenario.alternatives)

    return max(sorted((ROOT / "scenarios").glob("*.sroi.json")), key=size)


def _small_step(i: int) -> float:
    return 1.0 + 0.01 * (i % 2 + 1)  # 1.01, 1.02, 1.01, ...: the axes can stay


def _big_step(i: int) -> float:
    return 4.0 if i % 2 == 0 else 1.001  # x4 and back: the axes must rescale every time


def _live_update_ms(
    document: object,
    repeat: int = 41,
    step: Callable[[int], float] = _small_step,
    cost: bool = False,
) -> float:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from sroi_app.app.document import Document
    from sroi_app.ui.controller import DocumentController
    from sroi_app.ui.i18n import install_translators
    from sroi_app.ui.mainwindow import MainWindow
    from sroi_app.ui.settings import AppSettings, set_application_names

    assert isinstance(document, Document)
    set_application_names()
    app = QApplication.instance() or QApplication([])
    install_translators("nl")
    controller = DocumentController(document)
    window = MainWindow(controller, AppSettings())
    window.resize(1600, 1000)
    window.show()
    results = window.show_page("results")
    # The yearly chart's tab: the page opens on the decision tab, whose chart is not this.
    results.tabs.setCurrentWidget(results.yearly_view)  # type: ignore[attr-defined]
    app.processEvents()
    variant = next(i for i, a in enumerate(document.scenario.alternatives) if not a.reference)
    alt = document.scenario.alternatives[variant]
    if alt.effects and not cost:
        path, base = f"alternatives[{variant}].effects[0].quantity", alt.effects[0].quantity
    else:
        path, base = f"alternatives[{variant}].costs[0].amount", alt.costs[0].amount
    # The examples carry ranges, and a value outside its range is refused: this is about speed.
    controller.set_value(path.rsplit(".", 1)[0] + ".uncertainty", None)
    # Count what reaches the screen: a full draw, or a blit of the changed artists.
    draws: list[str] = []
    canvas = results.yearly_view.canvas  # type: ignore[attr-defined]
    canvas.mpl_connect("draw_event", lambda _e: draws.append("draw"))
    blit = canvas.blit
    canvas.blit = lambda bbox=None: (draws.append("blit"), blit(bbox))
    times = []
    for i in range(repeat + 3):
        value = base * step(i)
        drawn = len(draws)
        started = time.perf_counter()
        refused = controller.set_value(path, value)
        # Until the chart is on screen: the draw_idle timer, and the results when they
        # come from the worker thread (on a busy machine one pass of events is too soon).
        app.processEvents()
        while len(draws) == drawn and time.perf_counter() - started < 10.0:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 5)
        elapsed = (time.perf_counter() - started) * 1000.0
        assert not refused, refused
        assert len(draws) > drawn, "the chart was not redrawn within 10 s"
        heights = [p.get_height() for p in results.yearly._benefits.patches]  # type: ignore[attr-defined]
        expected = controller.evaluation().result.results[0].discounted_benefits
        assert max(abs(h - e) for h, e in zip(heights, expected, strict=True)) < 1e-6
        if i >= 3:
            times.append(elapsed)
    full = draws[3:].count("draw")
    controller.undo_stack.setClean()
    window.close()
    controller.close()
    print(f"  ({full} full draws, {draws[3:].count('blit')} blits)", file=sys.stderr)
    return statistics.median(times)


def live_update_ms() -> float:
    """One edited value -> KPIs, tables and the visible chart updated; largest example."""
    from sroi_app.app.document import Document

    return _live_update_ms(Document.open(largest_example()))


_editor: list[float] = []


def live_update_editor_ms() -> float:
    """``live_update_ms`` of the editor, measured once per run (``bench_workshop`` reuses it)."""
    if not _editor:
        _editor.append(live_update_ms())
    return _editor[0]


def live_update_rescale_ms() -> float:
    """As ``live_update_ms``, but every edit moves the value so far that the axes rescale."""
    from sroi_app.app.document import Document

    # The first cost is the investment, the largest bar: x4 always changes the axes.
    return _live_update_ms(Document.open(largest_example()), 21, _big_step, cost=True)


def live_update_synthetic_ms() -> float:
    """The same on a synthetic scenario: 3 alternatives x 50 effects x 20 costs, 100 years."""
    from benchmarks.synthetic import synthetic_data
    from sroi_app.app.document import Document
    from sroi_app.domain.validation import scenario_from_data

    return _live_update_ms(Document(scenario_from_data(synthetic_data(3, 50, 20, 100))), 21)


def startup_s(runs: int = 5) -> float:
    """Process start to the main window shown and painted (median of ``runs``)."""
    program = Path(sys.executable).parent / "sroi-app"
    env = {**os.environ, "SROI_APP_REPORT": "-"}
    example = largest_example()
    times = []
    for _ in range(runs + 1):  # the first run warms the disk cache
        started = time.perf_counter()
        proc = subprocess.Popen(
            [str(program), "gui", str(example)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert proc.stdout is not None
        line = proc.stdout.readline()
        times.append(time.perf_counter() - started)
        proc.wait(timeout=60)
        if '"title"' not in line:
            raise RuntimeError(f"the app did not report its window: {line!r}")
    return statistics.median(times[1:])


BENCHMARKS = {
    "live_update_editor_ms": live_update_editor_ms,
    "live_update_rescale_ms": live_update_rescale_ms,
    "live_update_synthetic_ms": live_update_synthetic_ms,
    "startup_s": startup_s,
}
