"""Starting the desktop app: QApplication, settings, translations, crash handler, window.

``run(file)`` is what ``sroi-app gui [FILE]`` calls. Two environment
variables serve tests, benchmarks and screenshots:

- ``SROI_APP_REPORT=PATH`` (or ``-`` for stdout): once the window is shown
  and painted, write a JSON report (window title, page, KPI texts, seconds
  since the process started, and what a frozen build could lack: icon,
  image formats, translated menus and Qt's own translation) and quit with
  exit code 0 (the frozen build's smoke test);
- ``SROI_APP_SCREENSHOT=PATH``: with the report, also save a picture of the
  window.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import QApplication

from sroi_app import __version__
from sroi_app.app.crashlog import enable_native_crash_log
from sroi_app.ui.about import app_icon
from sroi_app.ui.controller import DocumentController
from sroi_app.ui.crash import CrashHandler, install_qt_message_handler
from sroi_app.ui.i18n import install_translators
from sroi_app.ui.mainwindow import MainWindow, new_document
from sroi_app.ui.settings import AppSettings, set_application_names

ENV_REPORT = "SROI_APP_REPORT"
ENV_SCREENSHOT = "SROI_APP_SCREENSHOT"
# A string of Qt's own catalogue (qtbase_nl.qm: "Annuleren"); not a literal in a
# translate() call, so that lupdate leaves it to Qt.
QT_PROBE = ("QPlatformTheme", "Cancel")


def process_age_s() -> float | None:
    """Seconds since this process started (Linux), for the start-up report."""
    try:
        stat = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        ticks = os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None
    return uptime - int(stat[19]) / ticks


def create_window(
    file: Path | None = None, page: str | None = None, settings: AppSettings | None = None
) -> MainWindow:
    """The main window on a new document or on ``file`` (an error dialog if it fails)."""
    settings = settings if settings is not None else AppSettings()
    controller = DocumentController(
        new_document(), recovery_interval_s=settings.recovery_interval_s
    )
    window = MainWindow(controller, settings)
    if file is not None and window.open_file(Path(file), ask=False):
        window.show_page(page or "results")
    elif page is not None:
        window.show_page(page)
    return window


def report(window: MainWindow) -> dict[str, Any]:
    """What the window shows, for the real-screen test and the start-up benchmark."""
    results = window.pages.get("results")
    tiles = getattr(results, "tiles", {})
    return {
        "title": window.windowTitle().replace("[*]", ""),
        "modified": window.isWindowModified(),
        "page": window.current_page(),
        "pages": list(window.page_keys),
        "visible": window.isVisible(),
        "kpis": {key: tile.text for key, tile in tiles.items()},
        "process_age_s": process_age_s(),
        # What a frozen build could lack: the icon, Qt's plugins and translations.
        "version": __version__,
        "platform": QApplication.platformName(),
        "icon": not window.windowIcon().isNull(),
        "image_formats": sorted(
            bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()
        ),
        "menus": [menu.title() for menu in window.menus.values()],
        "qt_translation": QCoreApplication.translate(*QT_PROBE),
    }


def _report_and_quit(window: MainWindow, target: str) -> None:
    app = QApplication.instance()
    assert app is not None
    app.processEvents()
    window.repaint()
    screenshot = os.environ.get(ENV_SCREENSHOT)
    if screenshot:
        window.grab().save(screenshot)
    text = json.dumps(report(window), ensure_ascii=False)
    if target == "-":
        sys.stdout.write(text + "\n")
        sys.stdout.flush()
    else:
        Path(target).write_text(text, encoding="utf-8")
    window.controller.close()
    app.quit()


def run(file: Path | None = None, page: str | None = None) -> int:
    """Start the app; returns the exit code of the event loop."""
    started = time.perf_counter()
    set_application_names()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationDisplayName("SROI-calculator")
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("sroi-app")  # matches packaging/sroi-app.desktop (Wayland, taskbars)
    settings = AppSettings()
    install_translators(settings.language)
    window = create_window(file, page, settings)
    crash = CrashHandler(lambda: window.controller, lambda: window)
    crash.install()
    install_qt_message_handler()
    with contextlib.suppress(OSError):  # a read-only log folder must not stop the app
        enable_native_crash_log()
    window.show()
    target = os.environ.get(ENV_REPORT)
    if target:
        QTimer.singleShot(0, lambda: _report_and_quit(window, target))
    else:
        QTimer.singleShot(0, window.offer_recovery)
    window.setProperty("startup_s", time.perf_counter() - started)
    try:
        return app.exec()
    finally:
        crash.uninstall()
