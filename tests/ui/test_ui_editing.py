"""Editing the lists (issue 15, item 7): the name stays in view, columns stay put."""

from __future__ import annotations

from sroi_app.app.document import Document
from sroi_app.ui.mainwindow import MainWindow
from tests.ui.conftest import EXAMPLE, make_window
from tests.ui.helpers import type_into_cell


def _effects(qtbot) -> tuple[MainWindow, object]:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, Document.open(EXAMPLE))
    window.resize(1280, 720)
    page = window.show_page("effects")
    qtbot.waitUntil(lambda: not page.editor._fit_pending)
    return window, page


def test_the_effect_name_stays_in_view_when_scrolled_sideways(qtbot) -> None:  # type: ignore[no-untyped-def]
    window, page = _effects(qtbot)
    view = page.editor.view
    model = view.model()
    bar = view.horizontalScrollBar()
    assert bar.maximum() > 0  # the corrections lie to the right, out of view at 1280 x 720
    qtbot.wait(10)  # the layout settles
    bar.setValue(bar.maximum())
    # The main view's own first column has scrolled away...
    assert view.visualRect(model.index(0, 0)).right() < 0
    # ...but the overlay shows it at the left edge, as wide as the column, on the same rows.
    frozen = view.frozen
    assert frozen.isVisible()
    assert frozen.geometry().left() == view.verticalHeader().width() + view.frameWidth()
    assert frozen.width() == view.columnWidth(0)
    name = frozen.visualRect(model.index(0, 0))
    assert name.left() >= 0 and name.right() <= frozen.viewport().width()
    assert frozen.visualRect(model.index(0, 0)).top() == view.visualRect(model.index(0, 1)).top()
    at = frozen.viewport().mapTo(window, name.center())
    assert window.childAt(at) is frozen.viewport()
    assert frozen.indexAt(frozen.viewport().mapFrom(window, at)) == model.index(0, 0)
    # The name is edited where it is seen, and selection is shared.
    type_into_cell(qtbot, view, 0, 0, "Meer bewegen op het plein")
    assert window.controller.scenario.alternatives[1].effects[0].name == "Meer bewegen op het plein"
    assert frozen.selectionModel() is view.selectionModel()
    # Scrolling down moves both.
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    assert frozen.verticalScrollBar().value() == view.verticalScrollBar().value()
    assert bar.value() == bar.maximum()  # editing the name did not scroll sideways


def test_columns_keep_their_width_after_an_edit(qtbot) -> None:  # type: ignore[no-untyped-def]
    _window, page = _effects(qtbot)
    view = page.editor.view
    widths = [view.columnWidth(c) for c in range(view.model().columnCount())]
    type_into_cell(qtbot, view, 0, 0, "Een veel langere naam voor dit effect dan er eerst stond")
    page.editor.add()
    type_into_cell(qtbot, view, 0, 2, "123456789")
    qtbot.wait(20)
    assert [view.columnWidth(c) for c in range(view.model().columnCount())] == widths


def test_the_effect_chain_fields_hold_a_phrase(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    window, page = _effects(qtbot)
    # Typing and leaving a field need the keyboard focus, which an active window has.
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page.editor.select_row(0)
    for field in page.chain_fields:
        assert isinstance(field, QPlainTextEdit)
        # Two lines of about twenty characters at least, at 1280 x 720 (four in a row
        # beside the derivation were 70 pixels wide: "lagere zorgkoste / n").
        assert field.height() >= 2 * field.fontMetrics().lineSpacing()
        assert field.viewport().width() >= 20 * field.fontMetrics().averageCharWidth()
        assert field.lineWrapMode() == QPlainTextEdit.LineWrapMode.WidgetWidth
    field = page.chain_fields[1]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "meer kinderen spelen na schooltijd buiten")
    qtbot.keyClick(field, Qt.Key.Key_Return)  # a new line in the box
    qtbot.keyClicks(field, "op het vergroende plein")
    qtbot.keyClick(field, Qt.Key.Key_Tab)  # on to the next field: the text is kept
    chain = window.controller.scenario.alternatives[1].effects[0].chain
    assert chain[1] == "meer kinderen spelen na schooltijd buiten op het vergroende plein"
