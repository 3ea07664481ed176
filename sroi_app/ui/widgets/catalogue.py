"""What the library browsers share: a read-only list of entries and a details pane.

The proxy library and the unit-cost library show their search result the
same way: one selectable row per entry, the selection kept across searches,
and the selected entry's facts as a two-column table of label and value.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QSplitter,
    QTableView,
    QTextBrowser,
    QWidget,
)

from sroi_app.ui.widgets.split import splitter


def catalogue_view(model: QAbstractItemModel) -> QTableView:
    """A read-only table of one entry per row, one row selectable at a time."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def details_pane(name: str) -> QTextBrowser:
    pane = QTextBrowser()
    pane.setOpenExternalLinks(True)
    pane.setObjectName(name)
    return pane


def select_row(view: QTableView, row: int) -> None:
    """Select ``row`` (when it exists) and scroll to it."""
    model = view.model()
    if 0 <= row < model.rowCount():
        view.selectionModel().select(
            model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        view.scrollTo(model.index(row, 0))


def selected_row(view: QTableView) -> int:
    """The selected row, or -1."""
    selection = view.selectionModel()
    rows = selection.selectedRows() if selection is not None else []
    return rows[0].row() if rows else -1


def facts_html(title: str, rows: list[tuple[str, str]]) -> str:
    """A heading and a table of (label, value); values are HTML, the title is escaped."""
    body = "".join(
        f'<tr><td valign="top"><b>{label}</b></td><td>{value}</td></tr>' for label, value in rows
    )
    table = f'<table cellspacing="0" cellpadding="3">{body}</table>'
    return f"<h3>{html.escape(title)}</h3>{table}"


def search_field(placeholder: str) -> QLineEdit:
    field = QLineEdit()
    field.setPlaceholderText(placeholder)
    field.setClearButtonEnabled(True)
    return field


def choice_box(any_text: str, choices: Iterable[tuple[str, object]]) -> QComboBox:
    """A filter: "any" (data None) first, then each (label, data)."""
    box = QComboBox()
    box.addItem(any_text, None)
    for label, data in choices:
        box.addItem(label, data)
    return box


def side_by_side(view: QTableView, details: QTextBrowser, sizes: list[int]) -> QSplitter:
    return splitter(Qt.Orientation.Horizontal, view, details, stretch=(3, 2), sizes=sizes)


def page_target(pages: Mapping[str, QWidget], key: str) -> tuple[int, int]:
    """The alternative shown on a list page (costs, effects) and its selected row (-1: none)."""
    page = pages.get(key)
    model = getattr(page, "model", None)
    editor = getattr(page, "editor", None)
    if model is None or editor is None:
        return -1, -1
    return int(getattr(model, "alternative", -1)), editor.current_row()
