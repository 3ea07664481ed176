"""Long work on a worker thread while the window stays painted (opening a large file).

``run_busy`` runs a function on a worker thread and spins a local event
loop until it is done: the window repaints and its timers run, while its
input is blocked (disabled, busy cursor, a message in the status bar) so
nothing can change under the work. The worker never touches Qt: the loop
polls the future. The function's exception is raised to the caller.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

T = TypeVar("T")

POLL_MS = 20


def run_busy(window: QMainWindow, message: str, work: Callable[[], T]) -> T:
    """``work()`` on a worker thread; its result, or its exception, once it is done."""
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="busy")
    future = executor.submit(work)
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(POLL_MS)
    timer.timeout.connect(lambda: loop.quit() if future.done() else None)
    central = window.centralWidget()
    menus = window.menuBar()
    window.statusBar().showMessage(message)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    for widget in (central, menus):
        if widget is not None:
            widget.setEnabled(False)
    try:
        timer.start()
        if not future.done():
            loop.exec()
    finally:
        timer.stop()
        for widget in (central, menus):
            if widget is not None:
                widget.setEnabled(True)
        QApplication.restoreOverrideCursor()
        window.statusBar().clearMessage()
        executor.shutdown(wait=True)
    return future.result()
