"""Driving the window as a user would: typing into cells and fields."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QTableView, QWidget
from pytestqt.qtbot import QtBot


def deliver_posted_events() -> None:
    """Deliver every event already posted: the queued signals of a worker that has
    finished, layout and paint requests. What a sleep of a few milliseconds hoped for,
    without the hope (timers that are not yet due are not run)."""
    QCoreApplication.sendPostedEvents()
    QCoreApplication.processEvents()


def _closed(editor: QWidget) -> bool:
    return not shiboken6.isValid(editor) or not editor.isVisible()


def _editor(view: QTableView, kind: type[QWidget]) -> QWidget:
    editors = [w for w in view.findChildren(kind) if w.isVisible()]
    assert len(editors) == 1, editors
    return editors[0]


def type_into_cell(qtbot: QtBot, view: QTableView, row: int, column: int, text: str) -> None:
    """Open the cell's editor, replace its text and press Enter."""
    index = view.model().index(row, column)
    view.setCurrentIndex(index)
    assert index.flags() & Qt.ItemFlag.ItemIsEditable, (row, column, index.data())
    view.edit(index)
    editor = _editor(view, QLineEdit)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits and closes the editor through a queued call.
    qtbot.waitUntil(lambda: _closed(editor))


def choose_in_cell(qtbot: QtBot, view: QTableView, row: int, column: int, label: str) -> None:
    """Open the cell's combo box, pick the entry shown as ``label`` and press Enter."""
    index = view.model().index(row, column)
    view.setCurrentIndex(index)
    view.edit(index)
    combo = _editor(view, QComboBox)
    assert isinstance(combo, QComboBox)
    found = combo.findText(label)
    assert found >= 0, [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(found)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _closed(combo))


def type_into_field(qtbot: QtBot, field: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Type ``text`` over the field's text; Enter (a line) or Tab (a text box) commits it."""
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    if isinstance(field, QPlainTextEdit):
        qtbot.keyClick(field, Qt.Key.Key_Tab)
        field.clearFocus()  # not every test platform moves the focus
    else:
        qtbot.keyClick(field, Qt.Key.Key_Return)
