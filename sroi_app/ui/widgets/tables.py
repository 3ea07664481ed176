"""A table of a list in the document with buttons to add, remove and move items."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sroi_app.app import commands
from sroi_app.domain.errors import ScenarioValidationError
from sroi_app.ui.i18n import translate
from sroi_app.ui.models.base import ChoicesRole, ScenarioTableModel

Index = QModelIndex | QPersistentModelIndex
FIT_ROWS = 60


def fit_to_contents(
    view: QTableView,
    columns: Iterable[int],
    pad: int,
    most: int,
    least: Callable[[int], int] = lambda _column: 0,
) -> None:
    """Columns as wide as their header and contents; then each of ``columns`` ``pad``
    wider, at least ``least(column)`` and at most ``most`` pixels."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in columns:
        size = max(header.sectionSize(column) + pad, least(column))
        header.resizeSection(column, min(size, most))


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box for columns with a fixed set of values (payer, sign, kind...)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        choices = index.data(ChoicesRole)
        if not choices:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for value, label in choices:
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            current = index.data(Qt.ItemDataRole.EditRole) or None
            found = editor.findData(current)
            editor.setCurrentIndex(max(found, 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            value = editor.currentData()
            model.setData(index, "" if value is None else value, Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class FrozenColumnView(QTableView):
    """A table whose first column (the item's name) stays in view when scrolled sideways.

    Qt's "frozen column" pattern: a second view of the same model and selection
    shows only the first column and lies over the left edge of this one; the
    two scroll up and down together and share the first column's width. An edit
    of a first-column cell opens in the overlay, where it can be seen.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frozen = QTableView(self)
        self.frozen.setObjectName("frozenColumn")
        self.frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.frozen.verticalHeader().hide()
        self.frozen.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.frozen.setVerticalScrollMode(self.verticalScrollMode())
        self.frozen.setStyleSheet(
            "QTableView#frozenColumn { border: none; border-right: 1px solid palette(mid); }"
        )
        self.viewport().stackUnder(self.frozen)
        self.horizontalHeader().sectionResized.connect(self._section_resized)
        self.verticalHeader().sectionResized.connect(
            lambda row, _old, new: self.frozen.setRowHeight(row, new)
        )
        self.frozen.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(self.frozen.verticalScrollBar().setValue)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        self.frozen.setModel(model)
        self.frozen.setSelectionModel(self.selectionModel())
        if model is not None:
            model.modelReset.connect(self._hide_other_columns)
            model.columnsInserted.connect(self._hide_other_columns)
        self._hide_other_columns()

    def setItemDelegate(self, delegate: QStyledItemDelegate) -> None:  # type: ignore[override]
        super().setItemDelegate(delegate)
        # Its own delegate of the same kind: a delegate's editors report to one view.
        self.frozen.setItemDelegate(type(delegate)(self.frozen))

    def setEditTriggers(self, triggers: QAbstractItemView.EditTrigger) -> None:
        super().setEditTriggers(triggers)
        self.frozen.setEditTriggers(triggers)

    def setAlternatingRowColors(self, enable: bool) -> None:
        super().setAlternatingRowColors(enable)
        self.frozen.setAlternatingRowColors(enable)

    def _hide_other_columns(self) -> None:
        model = self.model()
        columns = model.columnCount() if model is not None else 0
        for column in range(columns):
            self.frozen.setColumnHidden(column, column != 0)
        self.frozen.verticalHeader().setDefaultSectionSize(
            self.verticalHeader().defaultSectionSize()
        )
        if columns:
            self.frozen.setColumnWidth(0, self.columnWidth(0))
        self._place_frozen()

    def _section_resized(self, column: int, _old: int, new: int) -> None:
        if column == 0:
            self.frozen.setColumnWidth(0, new)
            self._place_frozen()

    def _place_frozen(self) -> None:
        rows = self.verticalHeader().defaultSectionSize()
        if self.frozen.verticalHeader().defaultSectionSize() != rows:
            self.frozen.verticalHeader().setDefaultSectionSize(rows)
        frame = self.frameWidth()
        self.frozen.setGeometry(
            self.verticalHeader().width() + frame,
            frame,
            self.columnWidth(0),
            self.viewport().height() + self.horizontalHeader().height(),
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_frozen()

    def updateGeometries(self) -> None:
        super().updateGeometries()
        self._place_frozen()

    def scrollTo(
        self,
        index: Index,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        # Column 0 is always in view: scrolling to it must not move the other columns.
        if index.column() > 0:
            super().scrollTo(index, hint)
        else:
            self.frozen.scrollTo(index, hint)
            self.verticalScrollBar().setValue(self.frozen.verticalScrollBar().value())

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        current = super().moveCursor(action, modifiers)
        width = self.columnWidth(0)
        if (
            action == QAbstractItemView.CursorAction.MoveLeft
            and current.column() > 0
            and self.visualRect(current).topLeft().x() < width
        ):
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() + self.visualRect(current).topLeft().x() - width)
        return current

    def edit(  # type: ignore[override]
        self,
        index: Index,
        trigger: QAbstractItemView.EditTrigger | None = None,
        event: QEvent | None = None,
    ) -> bool | None:
        target: QTableView = self.frozen if index.isValid() and index.column() == 0 else self
        if trigger is None:  # the public edit(index)
            if target is self:
                super().edit(index)
            else:
                self.frozen.edit(index)
            return None
        if target is self:
            return super().edit(index, trigger, event)  # type: ignore[arg-type]
        return self.frozen.edit(index, trigger, event)  # type: ignore[arg-type]


class ListEditor(QWidget):
    """``model`` in a table, with Add / Remove / Up / Down (and any extra buttons)."""

    def __init__(
        self,
        model: ScenarioTableModel,
        new_item: Callable[[], dict[str, Any] | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.controller = model.controller
        self.new_item = new_item
        self.view = FrozenColumnView()
        editable_table(model, self.view, row_numbers=True, row_height=26)
        self.view.setItemDelegate(ChoiceDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        # Fitting columns reads this many rows, not all 500 effects of a large variant.
        self.view.horizontalHeader().setResizeContentsPrecision(FIT_ROWS)
        self.add_button = QPushButton(translate("ListEditor", "Add"))
        self.remove_button = QPushButton(translate("ListEditor", "Remove"))
        self.up_button = QPushButton(translate("ListEditor", "Move up"))
        self.down_button = QPushButton(translate("ListEditor", "Move down"))
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(+1))
        self.buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.buttons)
        layout.addWidget(self.view, 1)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        model.modelReset.connect(self._update_buttons)
        model.modelReset.connect(self._columns_stale)
        # An insert, remove or move is a row signal, not a reset (models/base.py).
        model.rowsInserted.connect(self._rows_came)
        model.rowsRemoved.connect(lambda *_: self._update_buttons())
        model.rowsMoved.connect(lambda *_: self._update_buttons())
        self._fit_pending = True
        self._fitted_to_rows = False
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.timeout.connect(self._fit_if_pending)
        self._update_buttons()

    def _rows_came(self, _parent: object, first: int, last: int) -> None:
        self._update_buttons()
        if self.model.rowCount() == last - first + 1:  # the first rows of an empty table
            self._columns_stale()

    def _columns_stale(self) -> None:
        # Fitting reads many cells: once, after the last of several resets (opening a
        # file resets a list twice), and only when the table is on screen. Once fitted
        # to rows, the widths stay: columns that move after an edit (adding a row, say)
        # put the next click in the wrong cell (issue 15, item 7).
        if self._fitted_to_rows:
            return
        self._fit_pending = True
        if self.isVisible():
            self._fit_timer.start(0)

    def _fit_if_pending(self) -> None:
        if self._fit_pending and self.isVisible():
            self.fit_columns()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_if_pending()

    def fit_columns(self) -> None:
        """Columns as wide as their header and contents, text columns a little wider."""

        def least(column: int) -> int:
            kind = self.model.columns[column].kind
            text = not kind.numeric and not self.model.columns[column].check
            return (180 if column == 0 else 110) if text else 70

        fit_to_contents(self.view, range(self.model.columnCount()), 12, 360, least)
        self._fit_pending = False
        self._fitted_to_rows = self.model.rowCount() > 0

    def add_button_widget(self, button: QPushButton) -> QPushButton:
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        return button

    def current_row(self) -> int:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.current_row()
        rows = self.model.rowCount()
        has_list = self.model.list_path() is not None
        self.add_button.setEnabled(has_list)
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < rows - 1)

    def add(self) -> int:
        """Add a new item after the others and select it; its row, or -1 when refused."""
        path = self.model.list_path()
        if path is None:
            return -1
        try:
            item = self.new_item()
        except ScenarioValidationError as exc:  # e.g. a cost needs a stakeholder first
            self.controller.refuse(exc.issues)
            return -1
        if item is None:
            return -1
        if self.controller.attempt(commands.insert, path, item, None, self.controller.document.cpi):
            return -1
        row = self.model.rowCount() - 1
        self.select_row(row)
        return row

    def remove(self) -> bool:
        row, path = self.current_row(), self.model.list_path()
        if row < 0 or path is None:
            return False
        if self.controller.attempt(commands.remove, path, row, self.controller.document.cpi):
            return False
        self.select_row(min(row, self.model.rowCount() - 1))
        return True

    def move_selected(self, step: int) -> bool:
        row, path = self.current_row(), self.model.list_path()
        target = row + step
        if row < 0 or path is None or not 0 <= target < self.model.rowCount():
            return False
        if self.controller.attempt(commands.move, path, row, target, self.controller.document.cpi):
            return False
        self.select_row(target)
        return True


def editable_table(
    model: QAbstractItemModel,
    view: QTableView | None = None,
    *,
    select_rows: bool = True,
    row_numbers: bool = False,
    row_height: int | None = None,
) -> QTableView:
    """A table whose cells are edited in place (typing, F2 or a double click starts
    editing): whole rows or single cells selected, row numbers shown or not, columns as
    wide as the user drags them and the last one taking what is left."""
    view = view if view is not None else QTableView()
    view.setModel(model)
    view.setSelectionBehavior(
        QAbstractItemView.SelectionBehavior.SelectRows
        if select_rows
        else QAbstractItemView.SelectionBehavior.SelectItems
    )
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    if not row_numbers:
        view.verticalHeader().setVisible(False)
    if row_height is not None:
        view.verticalHeader().setDefaultSectionSize(row_height)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return view


def read_only_table(model: object, stretch_last: bool = True) -> QTableView:
    """A table view for results: no editing, whole rows selected, columns fitted."""
    view = QTableView()
    view.setModel(model)  # type: ignore[arg-type]
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(stretch_last)
    return view
