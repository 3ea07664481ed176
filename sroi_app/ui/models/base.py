"""The base of the document's table models: a list in the scenario, one row per item.

A model knows the JSON path of its list (``stakeholders``,
``alternatives[1].costs``) and its columns; every ``data()`` call reads the
controller's current scenario, so there is no second copy to drift. Edits
go through the controller as undoable commands; a refused value leaves the
cell as it was and puts the reason in the cell's tooltip. The model follows
the controller's ``aboutToChange``/``scenarioChanged`` pair: a different
number of rows is a reset, anything else a ``dataChanged`` of every cell.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from sroi_app.app.jsonpath import join_path, resolve
from sroi_app.domain.errors import Issue
from sroi_app.domain.models import Scenario
from sroi_app.ui.controller import DocumentController
from sroi_app.ui.fieldkinds import TEXT, FieldError, FieldKind
from sroi_app.ui.i18n import current_lang, issue_message

ChoicesRole = Qt.ItemDataRole.UserRole + 1  # list of (value, label) for a combo-box editor
Index = QModelIndex | QPersistentModelIndex
Choices = Callable[[Scenario], list[tuple[Any, str]]]
Setter = Callable[[DocumentController, "ScenarioTableModel", int, Any], tuple[Issue, ...]]
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.CheckStateRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        ChoicesRole,
    }
)


@dataclass(frozen=True)
class Column:
    """One column: which field of the item, how it looks and how it is edited."""

    key: str
    title: Callable[[], str]
    kind: FieldKind = TEXT
    editable: bool = True
    choices: Choices | None = None
    check: bool = False
    setter: Setter | None = None
    getter: Callable[[Scenario, Any], Any] | None = None
    tooltip: Callable[[], str] | None = None
    #: For an empty optional field: the value that applies, shown in grey.
    placeholder: Callable[[Scenario, Any], Any] | None = None


class ScenarioTableModel(QAbstractTableModel):
    """Rows are the items of one list in the scenario; subclasses give path and columns."""

    columns: Sequence[Column] = ()

    def __init__(self, controller: DocumentController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        #: Refusal tooltips by (the item's id, column): after a row moves, its tooltip
        #: moves with it (issue 16, step 4).
        self._refused: dict[tuple[Any, int], str] = {}
        self._resetting = False
        self._items_cache: tuple[Scenario, str | None, Sequence[Any]] | None = None
        controller.aboutToChange.connect(self._about_to_change)
        controller.scenarioChanged.connect(self._changed)

    # -- what the model shows -----------------------------------------------------------------

    def list_path(self) -> str | None:
        raise NotImplementedError

    def items(self, scenario: Scenario | None = None) -> Sequence[Any]:
        scenario = scenario if scenario is not None else self.controller.scenario
        path = self.list_path()
        # A repaint asks for the list a few thousand times; the scenario is immutable,
        # so the list found once per scenario (and path) stays right.
        cached = self._items_cache
        if cached is not None and cached[0] is scenario and cached[1] == path:
            return cached[2]
        found = resolve(scenario, path) if path is not None else None
        items: Sequence[Any] = found if isinstance(found, list) else ()
        self._items_cache = (scenario, path, items)
        return items

    def item_path(self, row: int) -> str:
        path = self.list_path()
        assert path is not None
        return join_path(path, row)

    def cell_path(self, row: int, column: int) -> str:
        return join_path(self.item_path(row), self.columns[column].key)

    # -- Qt's model interface -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            column = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column.title()
            if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
                return column.tooltip()
            return None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self.columns[index.column()]
        if column.editable and column.check:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif column.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def raw_value(self, row: int, column: int) -> Any:
        col = self.columns[column]
        item = self.items()[row]
        if col.getter is not None:
            return col.getter(self.controller.scenario, item)
        return resolve(item, col.key)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in _ROLES:
            return None  # fonts, backgrounds, icons...: the style's own, at no cost
        row, col = index.row(), index.column()
        items = self.items()
        if not (0 <= row < len(items) and 0 <= col < len(self.columns)):
            return None
        column = self.columns[col]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            numeric = column.kind.numeric and column.choices is None and not column.check
            return RIGHT if numeric else LEFT
        value = self.raw_value(row, col)
        lang = current_lang()
        if role == Qt.ItemDataRole.DisplayRole:
            if column.check:
                return None
            if column.choices is not None:
                labels = dict(column.choices(self.controller.scenario))
                return labels.get(value, "" if value is None else str(value))
            if value is None and column.placeholder is not None:
                value = column.placeholder(self.controller.scenario, items[row])
            return column.kind.display(value, lang)
        if role == Qt.ItemDataRole.ForegroundRole:
            if value is None and column.placeholder is not None:
                return QBrush(QColor("#888888"))
            return None
        if role == Qt.ItemDataRole.EditRole:
            if column.choices is not None:
                return "" if value is None else str(value)
            return column.kind.edit(value, lang)
        if role == Qt.ItemDataRole.CheckStateRole and column.check:
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            refused = self._refused.get((self._item_key(row), col))
            if refused:
                return refused
            return column.tooltip() if column.tooltip is not None else None
        if role == ChoicesRole and column.choices is not None:
            return column.choices(self.controller.scenario)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not self.flags(index) & (
            Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable
        ):
            return False
        row, col = index.row(), index.column()
        column = self.columns[col]
        if column.check:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            state = value.value if hasattr(value, "value") else value
            parsed: Any = int(state) == Qt.CheckState.Checked.value
        elif role != Qt.ItemDataRole.EditRole:
            return False
        elif column.choices is not None:
            parsed = value if value not in ("", None) else None
        else:
            try:
                parsed = column.kind.parse(value, current_lang())
            except FieldError as exc:
                issue = Issue(self.cell_path(row, col), exc.code, exc.code)
                self.controller.refuse([issue])
                self._remember_refusal(row, col, (issue,))
                return False
        if column.setter is not None:
            issues = column.setter(self.controller, self, row, parsed)
        else:
            issues = self.controller.set_value(self.cell_path(row, col), parsed)
        if issues:
            self._remember_refusal(row, col, issues)
            return False
        self._refused.pop((self._item_key(row), col), None)
        return True

    def _item_key(self, row: int) -> Any:
        """What identifies the item in ``row`` across edits: its id, else its name, else the row."""
        items = self.items()
        if not 0 <= row < len(items):
            return row
        item = items[row]
        return getattr(item, "id", None) or getattr(item, "name", None) or row

    def _remember_refusal(self, row: int, col: int, issues: Sequence[Issue]) -> None:
        self._refused[(self._item_key(row), col)] = "\n".join(issue_message(i) for i in issues)
        index = self.index(row, col)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.ToolTipRole])

    def refusal(self, row: int, col: int) -> str | None:
        return self._refused.get((self._item_key(row), col))

    # -- following the document -----------------------------------------------------------------

    def _about_to_change(self, old: Scenario, new: Scenario) -> None:
        self._resetting = len(self.items(old)) != len(self.items(new))
        if self._resetting:
            self.beginResetModel()

    def _changed(self, old: Scenario, new: Scenario) -> None:
        if self._resetting:
            self._resetting = False
            self._refused.clear()
            self.endResetModel()
            return
        rows = self.rowCount()
        if rows and self.columns:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, len(self.columns) - 1))

    def reset(self, change: Callable[[], None]) -> None:
        """Change what the model looks at (another alternative) as one model reset."""
        self.beginResetModel()
        change()
        self._refused.clear()
        self.endResetModel()
