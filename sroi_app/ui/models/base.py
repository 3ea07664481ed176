"""The base of the document's table models: a list in the scenario, one row per item.

A model knows the JSON path of its list (``stakeholders``,
``alternatives[1].costs``) and its columns; every ``data()`` call reads the
controller's current scenario, so there is no second copy to drift. Edits
go through the controller as undoable commands; a refused value leaves the
cell as it was and puts the reason in the cell's tooltip. The model follows
the controller's ``aboutToChange``/``scenarioChanged`` pair at row level: an
inserted, removed or moved item is Qt's ``rowsInserted``/``rowsRemoved``/
``rowsMoved`` (``rowdiff`` works out which), and ``dataChanged`` covers only
the rows whose item changed and the columns that read the rest of the
scenario; anything more than one step is a reset.
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
from sroi_app.ui.models.rowdiff import RowChange, diff_rows

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


def settable(model: QAbstractTableModel, index: Index) -> bool:
    """Whether ``setData`` may change the cell: it is editable or can be ticked."""
    editable = Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable
    return index.isValid() and bool(model.flags(index) & editable)


def is_checked(value: Any) -> bool:
    """A check-state value as ``setData`` receives it (an enum or its number) ticked?"""
    state = value.value if hasattr(value, "value") else value
    return int(state) == Qt.CheckState.Checked.value


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
        #: True from ``aboutToChange`` to ``scenarioChanged`` when rows come, go or move
        #: (or the model resets): no other reset may start in between.
        self._resetting = False
        self._plan: _Plan | None = None
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
        if not settable(self, index):
            return False
        row, col = index.row(), index.column()
        column = self.columns[col]
        if column.check:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            parsed: Any = is_checked(value)
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
        before, after = self.items(old), self.items(new)
        change = diff_rows([_key(i) for i in before], [_key(i) for i in after])
        self._plan = _Plan(change, before, after, old, new)
        self._resetting = change.kind != "same"
        if change.kind == "reset":
            self.beginResetModel()
        elif change.kind == "insert":
            self.beginInsertRows(QModelIndex(), change.row, change.row)
        elif change.kind == "remove":
            self.beginRemoveRows(QModelIndex(), change.row, change.row)
        elif change.kind == "move":
            destination = change.qt_destination()
            self.beginMoveRows(QModelIndex(), change.row, change.row, QModelIndex(), destination)

    def _changed(self, old: Scenario, new: Scenario) -> None:
        plan, self._plan = self._plan, None
        if plan is None:
            self.reset(lambda: None)  # not announced: start afresh
            return
        kind = plan.change.kind
        self._resetting = False
        if kind == "reset":
            self._refused.clear()
            self.endResetModel()
        elif kind == "insert":
            self.endInsertRows()
        elif kind == "remove":
            self._forget_refusals(plan)
            self.endRemoveRows()
        elif kind == "move":
            self.endMoveRows()
        if kind == "reset":
            return
        if self.items() is not plan.after:
            # The list the model looks at moved meanwhile (it follows a selection):
            # what was announced no longer holds.
            self.reset(lambda: None)
        else:
            self._repaint(plan)

    def _forget_refusals(self, plan: _Plan) -> None:
        """A removed item's refusals go with it."""
        kept = {_key(i) for i in plan.after}
        for key in [k for k in self._refused if k[0] not in kept]:
            del self._refused[key]

    def _repaint(self, plan: _Plan) -> None:
        """``dataChanged`` for the rows whose item changed and the columns that changed with the
        rest of the scenario (names of stakeholders in a choice, a placeholder, a getter)."""
        rows: list[int] = []
        for new_row, item in enumerate(plan.after):
            old_row = plan.change.old_row(new_row)
            if old_row is None:
                continue  # inserted: the view asks for it anyway
            before = plan.before[old_row]
            if before is not item and before != item:
                rows.append(new_row)
        last_col = len(self.columns) - 1
        for first, last in _spans(rows):
            self.dataChanged.emit(self.index(first, 0), self.index(last, last_col))
        if not plan.after or plan.old is plan.new:
            return
        changed = set(rows)
        for col, column in enumerate(self.columns):
            if _context_changed(column, plan, changed):
                self.dataChanged.emit(self.index(0, col), self.index(len(plan.after) - 1, col))

    def reset(self, change: Callable[[], None]) -> None:
        """Change what the model looks at (another alternative) as one model reset."""
        self.beginResetModel()
        change()
        self._refused.clear()
        self.endResetModel()


@dataclass(frozen=True)
class _Plan:
    """What ``aboutToChange`` announced, for ``scenarioChanged`` to finish."""

    change: RowChange
    before: Sequence[Any]
    after: Sequence[Any]
    old: Scenario
    new: Scenario


def _key(item: Any) -> Any:
    """What identifies an item across edits: its id, else its name (None: nothing does)."""
    return getattr(item, "id", None) or getattr(item, "name", None)


def _spans(rows: Sequence[int]) -> list[tuple[int, int]]:
    """Sorted rows as runs of neighbours: [1, 2, 3, 7] -> [(1, 3), (7, 7)]."""
    spans: list[tuple[int, int]] = []
    for row in rows:
        if spans and spans[-1][1] == row - 1:
            spans[-1] = (spans[-1][0], row)
        else:
            spans.append((row, row))
    return spans


def _context_changed(column: Column, plan: _Plan, changed: set[int]) -> bool:
    """Whether a column that reads more than its item shows something else in an unchanged row."""
    if column.choices is not None and column.choices(plan.old) != column.choices(plan.new):
        return True
    readers = [f for f in (column.getter, column.placeholder) if f is not None]
    if not readers:
        return False
    for new_row, item in enumerate(plan.after):
        old_row = plan.change.old_row(new_row)
        if new_row in changed or old_row is None:
            continue
        before = plan.before[old_row]
        if any(f(plan.old, before) != f(plan.new, item) for f in readers):
            return True
    return False
