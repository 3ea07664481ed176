"""Pieces the pages share: a heading with an explanation, and an alternative selector."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from sroi_app.domain.models import Scenario
from sroi_app.ui.controller import DocumentController
from sroi_app.ui.i18n import translate


def heading(title: str, explanation: str = "") -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 6)
    label = QLabel(title)
    label.setObjectName("pageTitle")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    label.setFont(font)
    layout.addWidget(label)
    if explanation:
        text = QLabel(explanation)
        text.setWordWrap(True)
        text.setObjectName("pageExplanation")
        layout.addWidget(text)
    return box


class AlternativeSelector(QWidget):
    """Chooses which alternative a page works on; follows renames, additions and removals.

    ``variants_only`` offers only the alternatives that have results (not the
    nulalternatief). ``changed`` carries the alternative's index in the scenario.
    """

    changed = Signal(int)

    def __init__(
        self, controller: DocumentController, variants_only: bool = False, label: str = ""
    ) -> None:
        super().__init__()
        self.controller = controller
        self.variants_only = variants_only
        self.combo = QComboBox()
        self.combo.setMinimumWidth(260)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(label or translate("Pages", "Alternative:")))
        layout.addWidget(self.combo)
        layout.addStretch(1)
        self._ids: list[str] = []
        self.current_id: str | None = None
        self._emitted = -2
        self._picked_by_user = False  # until then, a new variant is preferred
        self.combo.activated.connect(self._picked)
        controller.scenarioChanged.connect(self._scenario_changed)
        self.refresh(prefer_variant=True)

    def _choices(self, scenario: Scenario) -> list[tuple[int, str, str]]:
        return [
            (
                i,
                a.id,
                (a.name or a.id) + (translate("Pages", " (nulalternatief)") if a.reference else ""),
            )
            for i, a in enumerate(scenario.alternatives)
            if not (self.variants_only and a.reference)
        ]

    def _scenario_changed(self, _old: Scenario, _new: Scenario) -> None:
        self.refresh()

    def refresh(self, prefer_variant: bool = False) -> None:
        scenario = self.controller.scenario
        choices = self._choices(scenario)
        ids = [c[1] for c in choices]
        previous = self.current_id
        current: str | None
        self.combo.blockSignals(True)
        self.combo.clear()
        for _i, _id, name in choices:
            self.combo.addItem(name, _id)
        prefer_variant = prefer_variant or not self._picked_by_user
        reference = scenario.reference
        if previous in ids and not (
            prefer_variant and reference is not None and previous == reference.id
        ):
            current = previous
        elif prefer_variant:
            variants = [a.id for a in scenario.alternatives if not a.reference and a.id in ids]
            current = variants[0] if variants else (ids[0] if ids else None)
        else:
            # The selected alternative was renamed or removed: keep the position if possible.
            position = self._ids.index(previous) if previous in self._ids else 0
            current = ids[min(position, len(ids) - 1)] if ids else None
        self._ids = ids
        if current is not None:
            self.combo.setCurrentIndex(ids.index(current))
        self.combo.blockSignals(False)
        self.current_id = current
        self._emit()

    def _emit(self) -> None:
        index = self.current_index()
        if index != self._emitted:
            self._emitted = index
            self.changed.emit(index)

    def _picked(self, position: int) -> None:
        self._picked_by_user = True
        self.current_id = self._ids[position] if 0 <= position < len(self._ids) else None
        self._emit()

    def current_index(self) -> int:
        """The selected alternative's index in the scenario, or -1."""
        for i, alt in enumerate(self.controller.scenario.alternatives):
            if alt.id == self.current_id:
                return i
        return -1

    def select(self, alternative_id: str) -> None:
        if alternative_id in self._ids:
            self.combo.setCurrentIndex(self._ids.index(alternative_id))
            self._picked(self._ids.index(alternative_id))


def note(text: str = "") -> QLabel:
    """A wrapped explanatory line under a heading or above a table."""
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class ShownPage(QWidget):
    """A page that redraws only while it is on screen (edits elsewhere stay fast).

    A subclass's ``refresh()`` sets ``_stale`` when it is called while the page is
    hidden; showing the page then brings it up to date, and so does each new
    evaluation of the document (``_evaluation_ready``).
    """

    _stale = True

    def refresh(self) -> None:
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _evaluation_ready(self, _evaluation: object) -> None:
        self.refresh()
