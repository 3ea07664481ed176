"""Fixtures of the Qt tests: settings in a temporary folder, Dutch by default, a window.

The root ``conftest.py`` has already set ``QT_QPA_PLATFORM=offscreen`` and a
fresh ``SROI_APP_USER_DIR`` per test before any Qt import.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sroi_app.app.document import Document
from sroi_app.ui.controller import DocumentController
from sroi_app.ui.i18n import install_translators
from sroi_app.ui.mainwindow import MainWindow
from sroi_app.ui.settings import AppSettings, set_application_names
from tests.conftest import ROOT

EXAMPLE = ROOT / "scenarios" / "groen-schoolplein.sroi.json"
HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Every test in this folder needs Qt: marked ``gui`` (``pytest -m "not gui"`` skips them)."""
    for item in items:
        if HERE in item.path.resolve().parents:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _qt_settings(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """Any QSettings goes to this test's folder; the interface starts in Dutch."""
    set_application_names()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings")
    )
    install_translators("nl")
    yield
    install_translators("nl")


def make_window(qtbot: QtBot, document: Document | None = None, **controller_args) -> MainWindow:  # type: ignore[no-untyped-def]
    controller = DocumentController(
        document if document is not None else Document.new(year=2026), **controller_args
    )
    window = MainWindow(controller, AppSettings())
    qtbot.addWidget(window, before_close_func=_forget_changes)
    window.show()
    qtbot.waitExposed(window)
    return window


def _forget_changes(window: MainWindow) -> None:
    """Closing at the end of a test must not ask to save (nobody would answer)."""
    window.controller.undo_stack.setClean()


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    """The main window on a new, empty document."""
    return make_window(qtbot)


@pytest.fixture
def example_window(qtbot: QtBot) -> MainWindow:
    """The main window on the contract's example scenario."""
    return make_window(qtbot, Document.open(EXAMPLE))
