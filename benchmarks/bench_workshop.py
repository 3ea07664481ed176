"""Workshop view timings: one slider step to updated KPI tiles and a redrawn chart.

``live_update_workshop_ms`` opens the workshop view on the largest example
scenario (by number of costs and effects), at 1920x1080, with the suggested
sliders; each step moves the first slider one position (alternately one and
two steps above the document's value, as a facilitator nudging it) and
measures until the engine has recomputed the working copy, the five KPI
tiles and the slider's value show the new numbers and the visible chart
(flows per year with the cumulative NPV) is on screen: blitted over its
background, or redrawn when the axis had to change. Goal < 50 ms.
``live_update_workshop_rescale_ms`` jumps the slider between its ends, so
the axis is refitted every time (reported). ``live_update_ms`` is the slower
of this and the editor's path (``live_update_editor_ms`` in
``bench_app.py``): the one name covers both places where numbers follow a
change live. Offscreen; user folders go to a temporary directory.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SROI_APP_USER_DIR", tempfile.mkdtemp(prefix="sroi-bench-"))

from benchmarks import bench_app

SCREEN = (1920, 1080)


def _nudge(document_position: int, positions: int, i: int) -> int:
    """One and two steps above the document's value, in turn: the axis can stay."""
    step = i % 2 + 1
    return min(document_position + step, positions)


def _ends(document_position: int, positions: int, i: int) -> int:
    """The slider's ends in turn: the axis must be refitted every time."""
    return positions if i % 2 == 0 else 0


def _workshop_step_ms(repeat: int = 41, position: Callable[[int, int, int], int] = _nudge) -> float:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from sroi_app.app.document import Document
    from sroi_app.app.workshop import kpi_text
    from sroi_app.calc import compute
    from sroi_app.calc.uncertainty import with_parameter
    from sroi_app.ui.controller import DocumentController
    from sroi_app.ui.i18n import install_translators
    from sroi_app.ui.mainwindow import MainWindow
    from sroi_app.ui.settings import AppSettings, set_application_names
    from sroi_app.ui.workshop import open_workshop

    set_application_names()
    app = QApplication.instance() or QApplication([])
    install_translators("nl")
    document = Document.open(bench_app.largest_example())
    controller = DocumentController(document)
    window = MainWindow(controller, AppSettings())
    window.show()
    view = open_workshop(window)
    # The offscreen screen is small: give the view a projector's size.
    view.setWindowState(Qt.WindowState.WindowNoState)
    view.resize(*SCREEN)
    for _ in range(3):
        app.processEvents()
    slider = view.sliders[0]
    knob = slider.knob
    chart = view.charts["yearly"]
    draws: list[str] = []
    canvas = chart.view.canvas
    canvas.mpl_connect("draw_event", lambda _e: draws.append("draw"))
    blit = canvas.blit
    canvas.blit = lambda bbox=None: (draws.append("blit"), blit(bbox))  # type: ignore[method-assign]
    horizon = document.scenario.settings.horizon_years
    alternative = view.state.alternative_id
    times = []
    for i in range(repeat + 3):
        target = position(knob.document_position, knob.positions, i)
        drawn = len(draws)
        started = time.perf_counter()
        slider.slider.setValue(target)
        app.processEvents()  # runs a pending draw_idle: the chart is on screen
        elapsed = (time.perf_counter() - started) * 1000.0
        assert len(draws) > drawn, "the chart was not redrawn"
        # What the room sees is the engine's result for that value (checked after timing).
        value = knob.value_at(target)
        expected = compute(with_parameter(document.scenario, knob.path, value), document.cpi)
        result = expected.result(alternative or "")
        for key, tile in view.tiles.items():
            assert tile.text == kpi_text(key, result, "nl", horizon), key
        heights = [p.get_height() for p in chart.chart._benefits.patches]  # type: ignore[union-attr]
        benefits = result.discounted_benefits
        assert max(abs(h - e) for h, e in zip(heights, benefits, strict=True)) < 1e-6
        if i >= 3:
            times.append(elapsed)
    full = draws[3:].count("draw")
    assert controller.scenario is document.scenario and controller.undo_stack.count() == 0
    view.leave()
    window.close()
    controller.close()
    print(f"  ({full} full draws, {draws[3:].count('blit')} blits)", file=sys.stderr)
    return statistics.median(times)


_measured: dict[str, float] = {}


def live_update_workshop_ms() -> float:
    """One slider step in the workshop view -> engine, tiles and chart; largest example."""
    if "workshop" not in _measured:
        _measured["workshop"] = _workshop_step_ms()
    return _measured["workshop"]


def live_update_workshop_rescale_ms() -> float:
    """As ``live_update_workshop_ms``, jumping between the slider's ends (axis refitted)."""
    return _workshop_step_ms(21, _ends)


def live_update_ms() -> float:
    """The slower of the editor's and the workshop's live update (each measured once)."""
    return max(bench_app.live_update_editor_ms(), live_update_workshop_ms())


BENCHMARKS = {
    "live_update_ms": live_update_ms,
    "live_update_workshop_ms": live_update_workshop_ms,
    "live_update_workshop_rescale_ms": live_update_workshop_rescale_ms,
}
