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


def test_redo_answers_ctrl_y_as_well(qtbot: QtBot) -> None:
    from PySide6.QtGui import QKeySequence

    window = make_window(qtbot)
    keys = [s.toString() for s in window.redo_action.shortcuts()]
    assert QKeySequence("Ctrl+Y").toString() in keys
