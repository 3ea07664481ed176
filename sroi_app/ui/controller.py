"""The open document in Qt: one ``QUndoStack``, change signals, recovery copies.

``DocumentController`` owns the Qt-free ``Document`` and the undo stack. An
edit is built by ``sroi_app.app.commands`` (which validates it) and pushed as
an ``UndoEdit``; redo/undo swap the scenario snapshot and the controller
emits ``aboutToChange(old, new)`` / ``scenarioChanged(old, new)`` around the
swap, so item models can tell views about changes the Qt way. A refused edit
emits ``refused(issues)`` and changes nothing. The stack's clean state is
the saved state.

Results follow with ``evaluationReady(evaluation)``: at once (right after
``scenarioChanged``) for an ordinary scenario, and from a worker thread
when it is done for a large one (``ui.jobs.BackgroundTask``; the size rule
is ``sroi_app.app.background``), so the
window never waits for the engine. Views of results listen to
``evaluationReady`` and show ``latest_evaluation()``, which never blocks;
``evaluation()`` gives the current scenario's evaluation and computes it
if it is not ready yet.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from sroi_app.app import commands, garbage_collection
from sroi_app.app.background import BACKGROUND_ITEM_YEARS, item_years
from sroi_app.app.commands import Edit
from sroi_app.app.document import Document
from sroi_app.app.evaluation import Evaluation, cached_evaluation, evaluate
from sroi_app.app.recovery import RecoveryStore
from sroi_app.domain.errors import Issue, ScenarioValidationError
from sroi_app.domain.models import Scenario
from sroi_app.ui.i18n import field_label, field_labels, thing_label, translate
from sroi_app.ui.jobs import BackgroundTask

_MERGE_ID = 0x5201
EVALUATION_DELAY_MS = 150  # after an edit, before a large scenario is evaluated


def describe_edit(edit: Edit) -> str:
    """The undo menu's words for an edit (``params["undo_text"]``, already translated, wins)."""
    text = edit.params.get("undo_text")
    if isinstance(text, str) and text:
        return text
    if edit.kind == "set":
        return translate("Edit", "Change {field}").format(field=field_label(edit.path).lower())
    if edit.kind == "insert":
        return translate("Edit", "Add {thing}").format(thing=thing_label(edit.path))
    if edit.kind == "remove":
        return translate("Edit", "Remove {thing}").format(thing=thing_label(edit.path))
    if edit.kind == "move":
        return translate("Edit", "Move {thing}").format(thing=thing_label(edit.path))
    if edit.kind == "duplicate":
        return translate("Edit", "Duplicate alternative")
    if edit.kind == "rename":
        return translate("Edit", "Change id")
    if edit.kind == "reference":
        return translate("Edit", "Choose the nulalternatief")
    if edit.kind == "range":
        key = str(edit.params.get("field", ""))
        name = field_labels().get("value" if key == "proxy.value" else key, key).lower()
        if edit.params.get("action") == "add":
            return translate("Edit", "Add a range to {field}").format(field=name)
        if edit.params.get("action") == "remove":
            return translate("Edit", "Remove the range of {field}").format(field=name)
        return translate("Edit", "Change the range of {field}").format(field=name)
    if edit.kind == "preset":
        return translate("Edit", "Apply the Green Book optimism bias")
    if edit.params.get("reason") == "recovery":
        return translate("Edit", "Restore recovery copy")
    if edit.params.get("reason") == "import_measurements":
        return translate("Edit", "Import measurements")
    if edit.params.get("reason") == "import_actuals":
        return translate("Edit", "Import actual spending")
    return translate("Edit", "Replace scenario")


class UndoEdit(QUndoCommand):
    """A thin Qt wrapper around a Qt-free ``Edit``."""

    def __init__(self, controller: DocumentController, edit: Edit) -> None:
        super().__init__(describe_edit(edit))
        self.controller = controller
        self.edit = edit

    def redo(self) -> None:
        self.edit.do(self.controller)

    def undo(self) -> None:
        self.edit.undo(self.controller)

    def id(self) -> int:
        return _MERGE_ID if self.edit.mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, UndoEdit):
            return False
        merged = self.edit.merge(other.edit)
        if merged is None:
            return False
        self.edit = merged
        self.setObsolete(merged.before == merged.after)
        return True


class DocumentController(QObject):
    """The document, its undo stack and its recovery copy, for every view."""

    aboutToChange = Signal(object, object)  # old, new Scenario
    scenarioChanged = Signal(object, object)  # old, new Scenario
    documentReplaced = Signal()  # new / open: another document, another file
    fileChanged = Signal()  # the file name or the saved state changed
    refused = Signal(object)  # tuple[Issue, ...]
    evaluationReady = Signal(object)  # Evaluation of the current scenario
    evaluationPending = Signal()  # a large scenario is being evaluated in the background

    def __init__(
        self,
        document: Document | None = None,
        recovery: RecoveryStore | None = None,
        recovery_interval_s: int = 60,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document if document is not None else Document.new()
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self.undo_stack.indexChanged.connect(self._schedule_recovery)
        self.recovery = recovery if recovery is not None else RecoveryStore()
        self.recovery_interval_s = recovery_interval_s
        self._last_recovery = 0.0
        self._recovery_timer = QTimer(self)
        self._recovery_timer.setSingleShot(True)
        self._recovery_timer.timeout.connect(self.write_recovery_copy)
        self.background_item_years = BACKGROUND_ITEM_YEARS
        self._ready: Evaluation | None = None
        # The worker (ui.jobs) evaluates only the newest request; a result that is no
        # longer the current scenario's is dropped when it arrives.
        self.evaluation_task = BackgroundTask(self)
        self.evaluation_task.finished.connect(self._evaluated)
        self.evaluation_task.failed.connect(self._evaluation_failed)
        self._evaluate_timer = QTimer(self)
        self._evaluate_timer.setSingleShot(True)
        self._evaluate_timer.setInterval(EVALUATION_DELAY_MS)
        self._evaluate_timer.timeout.connect(self._evaluate_later)
        self._follow_scenario()

    # -- the scenario (set only by edits and document replacement) ----------------------------

    @property
    def scenario(self) -> Scenario:
        return self.document.scenario

    @scenario.setter
    def scenario(self, new: Scenario) -> None:
        old = self.document.scenario
        self.aboutToChange.emit(old, new)
        self.document.scenario = new
        self.scenarioChanged.emit(old, new)
        self._follow_scenario()

    @property
    def path(self) -> Path | None:
        return self.document.path

    def evaluation(self) -> Evaluation:
        """The current scenario's evaluation (computed now if it is not ready: may block)."""
        return self.document.evaluate()

    def latest_evaluation(self) -> Evaluation:
        """The newest evaluation at hand, without waiting: the current scenario's, or
        while a large scenario is being evaluated, the one before."""
        if self._ready is None:
            self._ready = self.document.evaluate()
        return self._ready

    def evaluation_pending(self) -> bool:
        return self._ready is None or self._ready.scenario is not self.scenario

    def in_background(self, scenario: Scenario) -> bool:
        """Whether ``scenario`` is evaluated on the worker thread (a large one)."""
        return item_years(scenario) > self.background_item_years

    def _follow_scenario(self) -> None:
        scenario = self.scenario
        ready = cached_evaluation(scenario, self.document.cpi)
        if ready is None and not self.in_background(scenario):
            ready = self.document.evaluate()
        if ready is not None:
            self._ready = ready
            self.evaluationReady.emit(ready)
            return
        self.evaluationPending.emit()
        # Start a moment later: the views first repaint what changed (many short calls
        # into Python that would each wait for the worker's hold on the interpreter),
        # and a quick series of edits is evaluated once.
        self._evaluate_timer.start()

    def _evaluate_later(self) -> None:
        if self.evaluation_pending():
            scenario, cpi = self.scenario, self.document.cpi
            self.evaluation_task.start(lambda _progress: evaluate(scenario, cpi))

    def _evaluation_failed(self, _message: str) -> None:
        exc = self.evaluation_task.error
        if exc is not None:
            # To the crash handler, which logs it, keeps a recovery copy and tells the user.
            sys.excepthook(type(exc), exc, exc.__traceback__)

    def _evaluated(self, evaluation: object) -> None:
        if isinstance(evaluation, Evaluation) and evaluation.scenario is self.scenario:
            self._ready = evaluation
            self.evaluationReady.emit(evaluation)
            # A large scenario's new objects out of the garbage collector's way; after
            # the views have painted, so the window does both in two short steps.
            QTimer.singleShot(0, garbage_collection.settle)

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    # -- edits ---------------------------------------------------------------------------------

    def push(self, edit: Edit) -> None:
        if edit.changes_anything:
            self.undo_stack.push(UndoEdit(self, edit))

    def attempt(self, build: Callable[..., Edit], *args: Any, **kwargs: Any) -> tuple[Issue, ...]:
        """Build an edit from the current scenario and push it; the issues if refused."""
        try:
            edit = build(self.scenario, *args, **kwargs)
        except ScenarioValidationError as exc:
            self.refused.emit(exc.issues)
            return exc.issues
        self.push(edit)
        return ()

    def set_value(self, path: str, value: Any, mergeable: bool = False) -> tuple[Issue, ...]:
        return self.attempt(commands.set_value, path, value, self.document.cpi, mergeable=mergeable)

    def refuse(self, issues: Sequence[Issue]) -> tuple[Issue, ...]:
        """Report a refusal found before any edit (text that is not a number)."""
        self.refused.emit(tuple(issues))
        return tuple(issues)

    # -- documents ----------------------------------------------------------------------------

    def replace_document(self, document: Document) -> None:
        """Show another document; the old one's history is gone (it was saved or discarded)."""
        old = self.document.scenario
        self.recovery.discard()
        self.aboutToChange.emit(old, document.scenario)
        self.document = document
        self.undo_stack.clear()
        self.undo_stack.setClean()
        if self.in_background(document.scenario):
            garbage_collection.settle(1)  # part of opening a large file, rather than a pause later
        self.scenarioChanged.emit(old, document.scenario)
        self._follow_scenario()
        self.documentReplaced.emit()
        self.fileChanged.emit()

    def new_document(self) -> None:
        self.replace_document(Document.new())

    def restore(self, base: Document, recovered: Scenario) -> None:
        """Open ``base`` and put the recovered scenario on top as one undoable, unsaved step."""
        self.replace_document(base)
        self.push(commands.replace(base.scenario, recovered, "recovery"))

    def save(self, path: Path | None = None, *, overwrite: bool = False) -> Path:
        """Save; raises ``OSError``, or ``FileChangedOnDiskError`` unless ``overwrite``."""
        saved = (
            self.document.save_as(path, overwrite=overwrite)
            if path is not None
            else self.document.save(overwrite=overwrite)
        )
        self.undo_stack.setClean()
        self.recovery.discard()
        self.fileChanged.emit()
        return saved

    # -- recovery copies ------------------------------------------------------------------------

    def _schedule_recovery(self) -> None:
        if self.undo_stack.isClean():
            return
        if not self._recovery_timer.isActive():
            wait = self.recovery_interval_s - (time.monotonic() - self._last_recovery)
            self._recovery_timer.start(int(max(0.0, wait) * 1000))

    def write_recovery_copy(self) -> None:
        """Queue a recovery copy of unsaved changes on the background thread."""
        if self.undo_stack.isClean():
            return
        self._last_recovery = time.monotonic()
        self.recovery.write_in_background(self.scenario, self.path)

    def _clean_changed(self, clean: bool) -> None:
        if clean:
            self._recovery_timer.stop()
            self.recovery.discard()
        self.fileChanged.emit()

    def close(self) -> None:
        """The window closes with nothing unsaved (saved or discarded): no copy to keep."""
        self._recovery_timer.stop()
        self.recovery.discard()
        self.recovery.close()
        self._evaluate_timer.stop()
        self.evaluation_task.cancel()
        self.evaluation_task.wait()
