"""Form fields bound to paths in the document.

A ``Binder`` connects widgets (line edits, text boxes, spin boxes, combo
boxes) to JSON paths. It fills them from the current scenario after every
change and turns a user's edit into an undoable command. A refused value
puts the field back to the document's value and shows the reason in its
tooltip (and, through the controller, in the status bar).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from sroi_app.app.jsonpath import resolve
from sroi_app.domain.errors import Issue
from sroi_app.domain.models import Scenario
from sroi_app.ui.controller import DocumentController
from sroi_app.ui.fieldkinds import TEXT, FieldError, FieldKind
from sroi_app.ui.i18n import current_lang, issue_message

PathFn = Callable[[], str | None]
REFUSED_STYLE = "border: 1px solid #b34400;"


class CommitPlainTextEdit(QPlainTextEdit):
    """A multi-line text box that reports its text when it loses focus."""

    committed = Signal()

    def set_lines(self, lines: int) -> None:
        """As high as ``lines`` lines of text; Tab moves on to the next field."""
        self.setTabChangesFocus(True)
        margins = self.contentsMargins()
        height = self.fontMetrics().lineSpacing() * lines + 2 * self.document().documentMargin()
        self.setFixedHeight(int(height) + margins.top() + margins.bottom() + 2)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.committed.emit()


Writer = Callable[[str, Any], tuple[Issue, ...]]


@dataclass
class _Binding:
    widget: QWidget
    path: PathFn
    kind: FieldKind
    read: Callable[[Scenario, str], Any]
    write: Writer | None = None
    tooltip: str = ""


def _read(scenario: Scenario, path: str) -> Any:
    return resolve(scenario, path)


class Binder(QObject):
    """Keeps a set of form widgets and their document paths in step."""

    def __init__(self, controller: DocumentController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.bindings: list[_Binding] = []
        self._refreshing = False
        controller.scenarioChanged.connect(self._scenario_changed)

    # -- binding ------------------------------------------------------------------------------

    def line(
        self,
        widget: QLineEdit,
        path: str | PathFn,
        kind: FieldKind = TEXT,
        read: Callable[[Scenario, str], Any] = _read,
        write: Writer | None = None,
    ) -> QLineEdit:
        """``write(path, value)`` replaces the plain ``set_value`` edit when given."""
        binding = self._add(widget, path, kind, read, write)
        widget.editingFinished.connect(lambda: self._commit_text(binding, widget.text()))
        return widget

    def text(
        self,
        widget: CommitPlainTextEdit,
        path: str | PathFn,
        read: Callable[[Scenario, str], Any] = _read,
        write: Writer | None = None,
    ) -> CommitPlainTextEdit:
        binding = self._add(widget, path, TEXT, read, write)
        widget.committed.connect(lambda: self._commit_text(binding, widget.toPlainText()))
        return widget

    def spin(
        self,
        widget: QSpinBox,
        path: str | PathFn,
        read: Callable[[Scenario, str], Any] = _read,
    ) -> QSpinBox:
        widget.setKeyboardTracking(False)
        binding = self._add(widget, path, TEXT, read)
        widget.valueChanged.connect(lambda value: self._commit(binding, int(value)))
        return widget

    def combo(
        self,
        widget: QComboBox,
        path: str | PathFn,
        read: Callable[[Scenario, str], Any] = _read,
        write: Writer | None = None,
    ) -> QComboBox:
        """The combo box's item data are the values (``None`` clears the field)."""
        binding = self._add(widget, path, TEXT, read, write)
        widget.activated.connect(lambda i: self._commit(binding, widget.itemData(i)))
        return widget

    def _add(
        self,
        widget: QWidget,
        path: str | PathFn,
        kind: FieldKind,
        read: Callable[[Scenario, str], Any],
        write: Writer | None = None,
    ) -> _Binding:
        path_fn: PathFn = (lambda p=path: p) if isinstance(path, str) else path  # type: ignore[misc]
        binding = _Binding(widget, path_fn, kind, read, write, widget.toolTip())
        self.bindings.append(binding)
        self._show(binding)
        return binding

    # -- document -> widgets ------------------------------------------------------------------

    def _scenario_changed(self, _old: Scenario, _new: Scenario) -> None:
        self.refresh()

    def refresh(self) -> None:
        for binding in self.bindings:
            self._show(binding)

    def _show(self, binding: _Binding) -> None:
        path = binding.path()
        widget = binding.widget
        widget.setEnabled(path is not None)
        value = binding.read(self.controller.scenario, path) if path is not None else None
        lang = current_lang()
        widget.blockSignals(True)
        try:
            if isinstance(widget, QLineEdit):
                text = binding.kind.edit(value, lang) if value is not None else ""
                if widget.text() != text:
                    widget.setText(text)
                    widget.setCursorPosition(0)
            elif isinstance(widget, QPlainTextEdit):
                if widget.toPlainText() != (value or ""):
                    widget.setPlainText(value or "")
            elif isinstance(widget, QSpinBox):
                if value is not None:
                    widget.setValue(int(value))
            elif isinstance(widget, QComboBox):
                found = widget.findData(value)
                widget.setCurrentIndex(found if found >= 0 else 0)
        finally:
            widget.blockSignals(False)

    # -- widgets -> document ------------------------------------------------------------------

    def _commit_text(self, binding: _Binding, text: str) -> None:
        path = binding.path()
        if path is None:
            return
        try:
            value = binding.kind.parse(text, current_lang())
        except FieldError as exc:
            self._refused(binding, self.controller.refuse([Issue(path, exc.code, exc.code)]))
            return
        self._commit(binding, value)

    def _commit(self, binding: _Binding, value: Any) -> None:
        path = binding.path()
        if path is None or self._refreshing:
            return
        if value == binding.read(self.controller.scenario, path):
            self._clear_refusal(binding)
            return
        if binding.write is not None:
            issues = binding.write(path, value)
        else:
            issues = self.controller.set_value(path, value)
        if issues:
            self._refused(binding, issues)
        else:
            self._clear_refusal(binding)

    def _refused(self, binding: _Binding, issues: tuple[Issue, ...]) -> None:
        binding.widget.setToolTip("\n".join(issue_message(i) for i in issues))
        binding.widget.setStyleSheet(REFUSED_STYLE)
        binding.widget.setProperty("refused", True)
        self._show(binding)  # back to the document's value

    def _clear_refusal(self, binding: _Binding) -> None:
        if binding.widget.property("refused"):
            binding.widget.setToolTip(binding.tooltip)
            binding.widget.setStyleSheet("")
            binding.widget.setProperty("refused", False)
