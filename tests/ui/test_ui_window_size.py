"""The window fits the screen (issue 15, item 1)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize
from pytestqt.qtbot import QtBot

from sroi_app.app.document import Document
from sroi_app.ui.mainwindow import MINIMUM_SIZE, first_size
from tests.ui.conftest import EXAMPLE, make_window

#: 1920 x 1080 at 150% scaling, less a task bar and the window frame.
SMALL = QSize(1280, 720)


@pytest.mark.parametrize(
    ("screen", "expected"),
    [
        (QRect(0, 0, 1920, 1040), QSize(1400, 900)),
        (QRect(0, 0, 1366, 728), QSize(1256, 669)),
        (QRect(0, 0, 1280, 680), QSize(1177, 625)),
    ],
    ids=["1080p", "1366x768", "1280x720"],
)
def test_the_first_start_fits_the_screen(screen: QRect, expected: QSize) -> None:
    size = first_size(screen)
    assert size == expected
    assert size.width() <= screen.width() and size.height() <= screen.height()


def test_every_page_is_usable_at_1280_by_720(qtbot: QtBot) -> None:
    window = make_window(qtbot, Document.open(EXAMPLE))
    assert MINIMUM_SIZE.width() <= SMALL.width() and MINIMUM_SIZE.height() <= SMALL.height()
    too_big = {}
    for key in window.page_keys:
        window.show_page(key)
        hint = window.minimumSizeHint().expandedTo(window.minimumSize())
        if hint.width() > SMALL.width() or hint.height() > SMALL.height():
            too_big[key] = (hint.width(), hint.height())
    assert too_big == {}
    window.resize(SMALL)
    qtbot.waitUntil(lambda: window.width() <= SMALL.width())
    assert window.height() <= SMALL.height()


def test_a_restored_window_larger_than_the_screen_is_brought_back(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    available = window._available()
    window.resize(available.width() + 400, available.height() + 300)
    window.move(available.right() - 50, available.bottom() - 50)
    window._fit_to_screen()
    frame = window.frameGeometry()
    extra = frame.size() - window.geometry().size()
    assert window.width() <= max(available.width() - extra.width(), MINIMUM_SIZE.width())
    assert window.height() <= max(available.height() - extra.height(), MINIMUM_SIZE.height())
    assert available.contains(frame.topLeft())


def test_ctrl_y_redoes(qtbot: QtBot) -> None:
    """Issue 15, item 8: Ctrl+Y redoes on every platform, beside the platform's own key."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    window = make_window(qtbot)
    controller = window.controller
    controller.set_value("name", "Eerste")
    controller.set_value("settings.horizon_years", 20)
    # The offscreen platform activates a window only when asked through its handle.
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    # Not in a text field: that has its own undo and redo of what is typed in it.
    window.sidebar.setFocus()
    QTest.keyClick(window.sidebar, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert controller.scenario.settings.horizon_years == 30
    QTest.keyClick(window.sidebar, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert controller.scenario.settings.horizon_years == 20
    assert controller.undo_stack.index() == controller.undo_stack.count()


def test_gui_page_accepts_every_page(qtbot: QtBot) -> None:
    """``sroi-app gui --page`` knows every page of the window (issue 15, item 8)."""
    from sroi_app.cli import build_parser
    from sroi_app.cli.gui import PAGE_KEYS

    window = make_window(qtbot)
    assert list(PAGE_KEYS) == window.page_keys
    for key in window.page_keys:
        assert build_parser().parse_args(["gui", "--page", key]).page == key
