"""The crash handler: log the traceback, keep a recovery copy, tell the user.

Installed as ``sys.excepthook`` (and ``threading.excepthook``) at start-up,
so an exception in any slot ends up here instead of vanishing in the event
loop (after qutebrowser's ``crashsignal`` and Friture's exception handler).
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QMessageBox, QWidget

from sroi_app.app.crashlog import write_crash_log
from sroi_app.ui.controller import DocumentController
from sroi_app.ui.i18n import translate


class CrashHandler:
    """Handles uncaught exceptions for one window and its document."""

    def __init__(
        self,
        controller: Callable[[], DocumentController | None],
        parent: Callable[[], QWidget | None] = lambda: None,
        log_dir: Path | None = None,
    ) -> None:
        self.controller = controller
        self.parent = parent
        self.log_dir = log_dir
        self._previous = sys.excepthook
        self._previous_thread = threading.excepthook
        self._handling = False
        self.last_log: Path | None = None

    def install(self) -> None:
        self._previous = sys.excepthook
        self._previous_thread = threading.excepthook
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        sys.excepthook = self._previous
        threading.excepthook = self._previous_thread

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback, show=False)

    def handle(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
        show: bool = True,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt) or self._handling:
            self._previous(exc_type, exc, tb)
            return
        self._handling = True
        try:
            traceback.print_exception(exc_type, exc, tb, file=sys.stderr)
            log = self.last_log = write_crash_log(exc_type, exc, tb, self.log_dir)
            recovery = self._save_recovery_copy()
            if show:
                self._show(log, recovery)
        finally:
            self._handling = False

    def _save_recovery_copy(self) -> Path | None:
        controller = self.controller()
        if controller is None or not controller.is_modified():
            return None
        try:
            return controller.recovery.write(controller.scenario, controller.path)
        except OSError:
            return None

    def _show(self, log: Path, recovery: Path | None) -> None:
        text = translate(
            "Crash",
            "Something went wrong inside the program. The details are in:\n{log}",
        ).format(log=str(log))
        if recovery is not None:
            text += "\n\n" + translate(
                "Crash",
                "Your unsaved changes were kept in a recovery copy; the program offers it"
                " back at its next start. Save your work and restart the program.",
            )
        QMessageBox.critical(self.parent(), translate("Crash", "Unexpected error"), text)


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def qt_message_handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's own warnings go to the log (logger ``qt``) instead of vanishing on stderr."""
    where = f" ({context.file}:{context.line})" if context.file else ""
    logging.getLogger("qt").log(_QT_LEVELS.get(kind, logging.WARNING), "%s%s", message, where)


def install_qt_message_handler() -> object:
    """Route Qt's messages into logging; returns the handler it replaced."""
    return qInstallMessageHandler(qt_message_handler)
