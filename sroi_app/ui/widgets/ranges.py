"""Uncertainty ranges beside the parameters: a compact table of low, high and distribution.

``RangesModel`` lists parameters as rows, each an ``(item path, field)`` pair:
either every field of one item that may carry a range (the selected cost or
effect, or the settings' discount rate) or every parameter of the scenario
that has one (the Sensitivity page). Like the other document models it reads
the controller's scenario on every ``data()`` call and keeps no copy; each
change is an undoable command of ``sroi_app.app.ranges`` through
``controller.attempt``, and a refusal (a central value outside a triangular
range, low above high) leaves the cell as it was with the reason in its
tooltip. ``RangesEditor`` puts the model in a table and, for a cost, offers
the Green Book optimism-bias presets.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sroi_app.app import ranges
from sroi_app.app.jsonpath import PathError
from sroi_app.calc.uncertainty import uncertain_parameters
from sroi_app.domain.errors import Issue
from sroi_app.domain.formatting import format_percent
from sroi_app.domain.models import DISTRIBUTIONS, Scenario
from sroi_app.domain.parameters import UNIT_FRACTIONS, format_parameter_value, parameter_label
from sroi_app.domain.presets import OPTIMISM_BIAS_PRESETS
from sroi_app.ui.controller import DocumentController
from sroi_app.ui.fieldkinds import FieldError, FieldKind
from sroi_app.ui.i18n import current_lang, field_labels, issue_message, translate
from sroi_app.ui.models.base import LEFT, RIGHT, ChoicesRole, is_checked, settable
from sroi_app.ui.widgets.tables import ChoiceDelegate, editable_table

Index = QModelIndex | QPersistentModelIndex
Row = tuple[str, str]  # (item path, field)
RowsFn = Callable[[Scenario], list[Row]]

PARAMETER, VALUE, RANGE, LOW, HIGH, DISTRIBUTION = range(6)
GREY = QColor("#888888")


def value_kind(field: str) -> FieldKind:
    """How a value of this field is shown and typed (percentages typed as percentages)."""
    if field in ("amount", "proxy.value"):
        return FieldKind("money", decimals=2)
    if field in UNIT_FRACTIONS or field in ("optimism_bias", "discount_rate"):
        return FieldKind("percent", decimals=2)
    return FieldKind("number", decimals=2)


def field_name(field: str) -> str:
    labels = field_labels()
    return labels["value" if field == "proxy.value" else field]


def distribution_names() -> dict[str, str]:
    return {
        "triangular": translate("Ranges", "Triangular"),
        "pert": translate("Ranges", "PERT"),
        "uniform": translate("Ranges", "Uniform"),
        "normal": translate("Ranges", "Normal"),
    }


def item_rows(item_path: Callable[[], str | None]) -> RowsFn:
    """Every field of one item that may carry a range (none when there is no item)."""

    def rows(scenario: Scenario) -> list[Row]:
        path = item_path()
        if path is None:
            return []
        try:
            kind = ranges.item_kind(path)
        except PathError:
            return []
        if kind != "settings" and ranges.item_at(scenario, path) is None:
            return []
        return [(path, field) for field in ranges.RANGE_FIELDS[kind]]

    return rows


def scenario_rows(scenario: Scenario) -> list[Row]:
    """Every parameter of the scenario that carries a range, in the contract's order."""
    out = []
    for parameter in uncertain_parameters(scenario):
        item = parameter.path[: -len(parameter.field) - 1]
        out.append((item, parameter.field))
    return out


class RangesModel(QAbstractTableModel):
    """Parameters with their value and range; edits become undoable range commands.

    ``within`` (an alternative id) shortens the labels of that alternative's
    own parameters in scenario mode.
    """

    def __init__(
        self,
        controller: DocumentController,
        rows: RowsFn,
        parent: QObject | None = None,
        full_labels: bool = False,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.rows_fn = rows
        self.full_labels = full_labels
        self.within: str | None = None
        self._rows: list[Row] = rows(controller.scenario)
        self._refused: dict[tuple[int, int], str] = {}
        self._resetting = False
        self._pending: list[Row] | None = None
        self.active = True
        self._dirty = False
        controller.aboutToChange.connect(self._about_to_change)
        controller.scenarioChanged.connect(self._changed)

    # -- rows ----------------------------------------------------------------------------------

    def row(self, row: int) -> Row:
        return self._rows[row]

    def refresh_rows(self) -> None:
        """The rows' source changed (another item selected): one model reset."""
        if self._resetting:
            return  # a reset for a document change is under way; it takes the new rows
        self.beginResetModel()
        self._rows = self.rows_fn(self.controller.scenario)
        self._refused.clear()
        self.endResetModel()

    def set_active(self, active: bool) -> None:
        """Follow the document (active) or only note that it changed (a hidden page's table).

        Rows for a whole large scenario take tens of milliseconds to work out;
        a table nobody sees catches up when it is shown again.
        """
        self.active = active
        if active and self._dirty:
            self._dirty = False
            self.refresh_rows()

    def _about_to_change(self, _old: Scenario, new: Scenario) -> None:
        if not self.active:
            self._dirty = True
            return
        # The new rows are worked out once per change (for a whole large scenario
        # that is thousands of parameters) and taken over in _changed.
        self._pending = self.rows_fn(new)
        self._resetting = self._pending != self._rows
        if self._resetting:
            self.beginResetModel()

    def _changed(self, _old: Scenario, new: Scenario) -> None:
        if not self.active:
            return
        if self._resetting:
            pending, self._pending = self._pending, None
            self._rows = pending if pending is not None else self.rows_fn(new)
            self._resetting = False
            self._refused.clear()
            self.endResetModel()
            return
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, DISTRIBUTION))

    # -- Qt's model interface -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Vertical:
                return str(section + 1)
            titles = (
                translate("Ranges", "Parameter"),
                translate("Ranges", "Value"),
                translate("Ranges", "Range"),
                translate("Ranges", "Low"),
                translate("Ranges", "High"),
                translate("Ranges", "Distribution"),
            )
            return titles[section] if 0 <= section < len(titles) else None
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            tips = {
                RANGE: translate("Ranges", "Tick to give the value a range; untick to remove it."),
                LOW: translate("Ranges", "The lowest plausible value."),
                HIGH: translate("Ranges", "The highest plausible value."),
                DISTRIBUTION: translate(
                    "Ranges",
                    "Triangular and PERT peak at the value itself, which must lie between"
                    " low and high; uniform is flat; normal has low and high as its 5th and"
                    " 95th percentiles.",
                ),
            }
            return tips.get(section)
        return None

    def _usable(self, row: int) -> bool:
        item, field = self._rows[row]
        return ranges.central_value(self.controller.scenario, item, field) is not None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if not self._usable(index.row()):
            return Qt.ItemFlag.NoItemFlags  # a discount-rate schedule: no range possible
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == RANGE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif index.column() in (LOW, HIGH, DISTRIBUTION):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _label(self, item: str, field: str) -> str:
        if self.full_labels:
            path = "settings.discount_rate" if item == "settings" else f"{item}.{field}"
            return parameter_label(self.controller.scenario, path, current_lang(), self.within)
        return field_name(field)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = index.row(), index.column()
        item, field = self._rows[row]
        scenario = self.controller.scenario
        value_range = ranges.range_of(scenario, item, field)
        central = ranges.central_value(scenario, item, field)
        kind = value_kind(field)
        lang = current_lang()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == PARAMETER:
                return self._label(item, field)
            if col == VALUE:
                if central is None:
                    return translate("Ranges", "step schedule")
                return format_parameter_value(field, central, lang)
            if value_range is None:
                return "" if col == RANGE else "\u2013"
            if col == LOW:
                return format_parameter_value(field, value_range.low, lang)
            if col == HIGH:
                return format_parameter_value(field, value_range.high, lang)
            if col == DISTRIBUTION:
                return distribution_names()[value_range.distribution]
            return None
        if role == Qt.ItemDataRole.EditRole:
            if value_range is None:
                base = ranges.default_range(field, central) if central is not None else None
                if base is None:
                    return ""
                if col == DISTRIBUTION:
                    return base["distribution"]
                return (
                    kind.edit(base["low" if col == LOW else "high"], lang) if col != RANGE else ""
                )
            if col == LOW:
                return kind.edit(value_range.low, lang)
            if col == HIGH:
                return kind.edit(value_range.high, lang)
            if col == DISTRIBUTION:
                return value_range.distribution
            return None
        if role == Qt.ItemDataRole.CheckStateRole and col == RANGE:
            return Qt.CheckState.Checked if value_range is not None else Qt.CheckState.Unchecked
        if role == ChoicesRole and col == DISTRIBUTION:
            names = distribution_names()
            return [(d, names[d]) for d in DISTRIBUTIONS]
        if role == Qt.ItemDataRole.ForegroundRole and value_range is None and col > VALUE:
            return QBrush(GREY)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if col in (VALUE, LOW, HIGH) else LEFT
        if role == Qt.ItemDataRole.ToolTipRole:
            refused = self._refused.get((row, col))
            if refused:
                return refused
            if col == PARAMETER:
                return self._label(item, field)
            if central is None:
                return translate("Ranges", "A range is only possible on a single discount rate.")
            if field in UNIT_FRACTIONS and value_range is not None and value_range.high > 1:
                return translate(
                    "Ranges", "The simulation keeps shares between {a} and {b}."
                ).format(a=format_percent(0.0, lang, 0), b=format_percent(1.0, lang, 0))
            return None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not settable(self, index):
            return False
        row, col = index.row(), index.column()
        item, field = self._rows[row]
        cpi = self.controller.document.cpi
        if col == RANGE:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            if is_checked(value):
                issues = self.controller.attempt(ranges.add_range_command, item, field, cpi)
            else:
                issues = self.controller.attempt(ranges.remove_range_command, item, field, cpi)
            return self._done(row, col, issues)
        if role != Qt.ItemDataRole.EditRole:
            return False
        if col == DISTRIBUTION:
            changes: dict[str, Any] = {"distribution": value}
        else:
            try:
                number = value_kind(field).parse(value, current_lang())
            except FieldError as exc:
                path = ranges.join_key(
                    ranges.range_path(item, field), "low" if col == LOW else "high"
                )
                issues = self.controller.refuse([Issue(path, exc.code, exc.code)])
                return self._done(row, col, issues)
            changes = {"low" if col == LOW else "high": number}
        issues = self.controller.attempt(ranges.set_range_command, item, field, changes, cpi)
        return self._done(row, col, issues)

    def _done(self, row: int, col: int, issues: Sequence[Issue]) -> bool:
        if row >= len(self._rows):
            return not issues
        if issues:
            self._refused[(row, col)] = "\n".join(issue_message(i) for i in issues)
            index = self.index(row, col)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.ToolTipRole])
            return False
        self._refused.pop((row, col), None)
        return True

    def refusal(self, row: int, col: int) -> str | None:
        return self._refused.get((row, col))


#: Width of the parameter names in a ranges table (px): "Minder eenzaamheid: aantal" whole.
PARAMETER_WIDTH = 260


def ranges_view(model: RangesModel) -> QTableView:
    # The name keeps room to be read (a narrow table scrolls sideways instead of
    # squeezing it to "Mind…"); the last column takes what is left.
    view = editable_table(model, select_rows=False, row_height=24)
    view.setItemDelegate(ChoiceDelegate(view))
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    header = view.horizontalHeader()
    for column, width in (
        (PARAMETER, PARAMETER_WIDTH),
        (VALUE, 96),
        (RANGE, 86),
        (LOW, 96),
        (HIGH, 96),
        (DISTRIBUTION, 90),
    ):
        header.resizeSection(column, width)
    return view


class RangesEditor(QWidget):
    """A titled table of ranges; for a cost also the Green Book optimism-bias presets."""

    def __init__(
        self,
        controller: DocumentController,
        rows: RowsFn,
        cost_path: Callable[[], str | None] | None = None,
        full_labels: bool = False,
        parent: QWidget | None = None,
        defer_when_hidden: bool = False,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.model = RangesModel(controller, rows, self, full_labels=full_labels)
        # A table of every range of the scenario (the Sensitivity page) only follows
        # the document while it is on screen.
        self.defer_when_hidden = defer_when_hidden
        if defer_when_hidden:
            self.model.set_active(False)
        self.view = ranges_view(self.model)
        # A long label is cut at its end, so names that begin alike stay apart ("Minder
        # eenzaamheid: vermeden zorgk…"); the whole label is the cell's tooltip.
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.cost_path = cost_path
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.title = QLabel(translate("Ranges", "Ranges (uncertainty)"))
        self.title.setToolTip(
            translate(
                "Ranges",
                "The lowest and highest plausible value of a number: the Sensitivity page"
                " shows which range moves the result most, and how likely a positive NPV is.",
            )
        )
        top.addWidget(self.title)
        top.addStretch(1)
        self.preset_button: QToolButton | None = None
        if cost_path is not None:
            self.preset_button = QToolButton()
            self.preset_button.setText(translate("Ranges", "Green Book optimism bias…"))
            self.preset_button.setToolTip(
                translate(
                    "Ranges",
                    "HM Treasury Green Book: start at the upper bound of the kind of project"
                    " and lower it only as far as risks are shown to be managed. Sets the"
                    " optimism bias to the upper bound and its range from the lower bound.",
                )
            )
            self.preset_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            menu = QMenu(self.preset_button)
            lang = current_lang()
            for preset in OPTIMISM_BIAS_PRESETS:
                low = format_percent(preset.lower, lang, 0)
                high = format_percent(preset.upper, lang, 0)
                text = f"{preset.label(lang)} ({low} \u2013 {high})"
                action = menu.addAction(text)
                action.triggered.connect(partial(self.apply_preset, preset.id))
            self.preset_button.setMenu(menu)
            top.addWidget(self.preset_button)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.model.modelReset.connect(self._update_enabled)
        self._update_enabled()

    def refresh(self) -> None:
        """The selected item changed."""
        self.model.refresh_rows()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.model.set_active(True)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if self.defer_when_hidden:
            self.model.set_active(False)

    def _update_enabled(self) -> None:
        if self.preset_button is not None and self.cost_path is not None:
            self.preset_button.setEnabled(self.cost_path() is not None)

    def apply_preset(self, preset_id: str, _checked: bool = False) -> tuple[Issue, ...]:
        path = self.cost_path() if self.cost_path is not None else None
        if path is None:
            return ()
        return self.controller.attempt(
            ranges.optimism_bias_preset_command, path, preset_id, self.controller.document.cpi
        )
