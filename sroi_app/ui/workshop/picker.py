"""Choosing the assumptions on the sliders: a checkable list of the variant's parameters.

``ParameterListModel`` adapts the workshop state: one row per parameter the
current alternative offers (``WorkshopState.candidates``), checked when it
has a slider; ticking or unticking a row picks or drops it in the state,
which stays the one source of truth. ``PickerDialog`` shows it with a
filter, the value now and where the span comes from.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sroi_app.app.workshop import Key, Knob, WorkshopState, format_value, knob_label
from sroi_app.ui.i18n import current_lang, translate
from sroi_app.ui.workshop.widgets import span_text

Index = QModelIndex | QPersistentModelIndex
KeyRole = Qt.ItemDataRole.UserRole + 1


class ParameterListModel(QAbstractTableModel):
    """Rows: the parameters of the current alternative; column 0 is checkable (on a slider)."""

    picksChanged = Signal()

    def __init__(self, state: WorkshopState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._knobs: list[Knob] = []
        self._labels: list[str] = []
        self.refresh()

    def refresh(self) -> None:
        """Follow another alternative or document (the candidates are derived, not edited)."""
        self.beginResetModel()
        lang = current_lang()
        self._knobs = self.state.candidates()
        self._labels = [knob_label(self.state.document, k, lang) for k in self._knobs]
        self.endResetModel()

    def knob(self, row: int) -> Knob:
        return self._knobs[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._knobs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            translate("Workshop", "Assumption"),
            translate("Workshop", "Value now"),
            translate("Workshop", "Slider span"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._knobs):
            return None
        knob = self._knobs[index.row()]
        column = index.column()
        if role == KeyRole:
            return knob.key
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            picked = self.state.is_picked(knob.key)
            return Qt.CheckState.Checked if picked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return span_text(knob)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            lang = current_lang()
            start = self.state.document.settings.start_year
            if column == 0:
                return self._labels[index.row()]
            if column == 1:
                return format_value(knob, self.state.value(knob.key), lang, start)
            ends = (
                f"{format_value(knob, knob.low, lang, start)} \u2013 "
                f"{format_value(knob, knob.high, lang, start)}"
            )
            if knob.span == "range":
                return ends
            return ends + " " + translate("Workshop", "(default)")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 0:
            return False
        if role != Qt.ItemDataRole.CheckStateRole:
            return False
        key = self._knobs[index.row()].key
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        if checked:
            self.state.pick(key)
        else:
            self.state.unpick(key)
        row_start, row_end = self.index(index.row(), 0), self.index(index.row(), 2)
        self.dataChanged.emit(row_start, row_end)
        self.picksChanged.emit()
        return True

    def row_of(self, key: Key) -> int:
        return next((i for i, k in enumerate(self._knobs) if k.key == key), -1)


class PickerDialog(QDialog):
    """The parameters of the current variant, with a filter; ticked ones get a slider."""

    def __init__(self, state: WorkshopState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wsPicker")
        self.setWindowTitle(translate("Workshop", "Assumptions on the sliders"))
        self.model = ParameterListModel(state, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(0)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(translate("Workshop", "Filter, e.g. “deadweight”"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.view.activated.connect(self._toggle)
        explanation = QLabel(
            translate(
                "Workshop",
                "Tick the assumptions the room discusses. A slider runs over the range in the"
                " document; without one, over a default span that the slider names.",
            )
        )
        explanation.setWordWrap(True)
        self.suggest_button = QPushButton(translate("Workshop", "Most influential"))
        self.suggest_button.setToolTip(
            translate("Workshop", "Pick the assumptions whose range moves the NPV most (tornado)")
        )
        self.suggest_button.clicked.connect(self.suggest)
        self.clear_button = QPushButton(translate("Workshop", "None"))
        self.clear_button.clicked.connect(self.clear)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.suggest_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.clear_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

    def _toggle(self, proxy_index: QModelIndex) -> None:
        """Enter on a row ticks or unticks it."""
        index = self.proxy.mapToSource(proxy_index.siblingAtColumn(0))
        checked = self.model.data(index, Qt.ItemDataRole.CheckStateRole)
        new = Qt.CheckState.Unchecked if checked == Qt.CheckState.Checked else Qt.CheckState.Checked
        self.model.setData(index, new, Qt.ItemDataRole.CheckStateRole)

    def suggest(self) -> None:
        for key in self.model.state.suggest():
            row = self.model.row_of(key)
            if row >= 0 and not self.model.state.is_picked(key):
                self.model.setData(
                    self.model.index(row, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
                )

    def clear(self) -> None:
        for row in range(self.model.rowCount()):
            if self.model.state.is_picked(self.model.knob(row).key):
                self.model.setData(
                    self.model.index(row, 0),
                    Qt.CheckState.Unchecked,
                    Qt.ItemDataRole.CheckStateRole,
                )
