"""Long work on the window's worker while the window stays painted (opening a large file).

``run_busy`` runs a function on a ``BackgroundTask`` (``ui.jobs``) and waits
in a local event loop until the task reports: the window repaints and its
timers run, while its input is blocked (disabled, busy cursor, a message in
the status bar) so nothing can change under the work. The worker never
touches Qt, and nothing polls: the loop ends on the task's signal. The
function's exception is raised to the caller.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar, cast

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QMainWindow

from sroi_app.ui.jobs import BackgroundTask

T = TypeVar("T")


def run_busy(window: QMainWindow, message: str, work: Callable[[], T]) -> T:
    """``work()`` on the worker; its result, or its exception, once it is done."""
    task = BackgroundTask()
    loop = QEventLoop()
    task.finished.connect(lambda _result: loop.quit())
    task.failed.connect(lambda _message: loop.quit())
    central = window.centralWidget()
    menus = window.menuBar()
    window.statusBar().showMessage(message)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    for widget in (central, menus):
        if widget is not None:
            widget.setEnabled(False)
    try:
        task.start(lambda _progress: work())
        loop.exec()  # the task's signals arrive queued, so none is missed before this
    finally:
        for widget in (central, menus):
            if widget is not None:
                widget.setEnabled(True)
        QApplication.restoreOverrideCursor()
        window.statusBar().clearMessage()
        task.wait()
        task.deleteLater()
    if task.error is not None:
        raise task.error
    return cast(T, task.result)
