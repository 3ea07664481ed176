"""The Results page's first tab, "Besluit": the council report's decision page in the app.

The content is ``app.decision_service.compute_decision``'s: the variants
ranked with their chance of a positive NPV and 5-95% band from the seeded
simulation, one verdict sentence each, the per-variant facts and the line
with price level, base year, horizon and discount rate with its source, in
the report's own words. The simulation (10,000 draws) and the tornado run in
a ``BackgroundTask``: meanwhile the tab says it is computing and shows the
previous answer greyed; an answer for an earlier version of the scenario is
dropped, and each edit starts the computation anew (the running one stops).
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sroi_app.app.decision_service import DecisionContent, compute_decision
from sroi_app.app.evaluation import Evaluation
from sroi_app.domain.models import Scenario
from sroi_app.ui.controller import DocumentController
from sroi_app.ui.i18n import current_lang, translate
from sroi_app.ui.jobs import BackgroundTask, Progress
from sroi_app.ui.models.result_models import RowsModel
from sroi_app.ui.widgets.tables import read_only_table


class TextRowsModel(RowsModel):
    """Rows of ready-made texts under given column titles."""

    def __init__(self, numeric: Sequence[int], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.titles: tuple[str, ...] = ()
        self._numeric = frozenset(numeric)

    def show(self, titles: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        self.titles = tuple(titles)
        self.set_rows([tuple(r) for r in rows])

    def column_titles(self) -> list[str]:
        return list(self.titles)

    def cell(self, row: Any, column: int) -> str:
        return str(row[column])

    def numeric(self, column: int) -> bool:
        return column in self._numeric


def _fit_height(view: QTableView) -> None:
    """As tall as its rows: the tab scrolls as a whole, the tables do not."""
    rows = view.model().rowCount()
    view.resizeRowsToContents()
    height = view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
    height += sum(view.rowHeight(r) for r in range(rows))
    view.setFixedHeight(height + 2)


class DecisionTab(QScrollArea):
    """The decision page of the current scenario, computed in the background."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.content: DecisionContent | None = None
        self._wanted: Scenario | None = None  # the version the running computation is for
        self.task = BackgroundTask(self)
        self.task.finished.connect(self._done)
        self.task.failed.connect(self._failed)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("decisionStatus")
        self.ranked_model = TextRowsModel(numeric=(0, 2, 3, 4, 5), parent=self)
        self.ranked = read_only_table(self.ranked_model, stretch_last=True)
        self.sentences = QLabel()
        self.sentences.setWordWrap(True)
        self.sentences.setTextFormat(Qt.TextFormat.PlainText)
        self.facts_title = QLabel()
        self.facts_title.setWordWrap(True)
        self.facts_model = TextRowsModel(numeric=(1, 5), parent=self)
        self.facts = read_only_table(self.facts_model, stretch_last=False)
        self.facts.setWordWrap(True)
        self.conventions = QLabel()
        self.conventions.setWordWrap(True)
        self.conventions.setObjectName("conventions")
        for view in (self.ranked, self.facts):
            view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.facts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A narrow window shortens the long titles at their end, not on both sides.
        self.facts.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )

        body = self.body = QWidget()
        box = QVBoxLayout(body)
        box.addWidget(self.ranked)
        box.addWidget(self.sentences)
        box.addWidget(self.facts_title)
        box.addWidget(self.facts)
        box.addWidget(self.conventions)
        box.addStretch(1)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(self.status)
        layout.addWidget(body)
        self.setWidget(inner)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.body.setVisible(False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.body.isVisible():  # wrapped rows take another height at another width
            _fit_height(self.ranked)
            _fit_height(self.facts)

    def busy(self) -> bool:
        return self.task.is_running()

    def show_evaluation(self, evaluation: Evaluation) -> None:
        """Show the decision for this evaluation's scenario; compute it if it is not kept."""
        scenario = evaluation.scenario
        if self.content is not None and self.content.of(scenario):
            self._display(self.content)
            return
        if self._wanted is scenario and self.task.is_running():
            return
        self._wanted = scenario
        self.status.setText(translate("Results", "The decision is being computed\u2026"))
        self.body.setEnabled(False)
        cpi, result, lang = self.controller.document.cpi, evaluation.result, current_lang()
        warnings = evaluation.warnings

        def run(progress: Progress) -> DecisionContent:
            return compute_decision(scenario, cpi, result, lang, warnings, progress)

        self.task.start(run)

    def _done(self, content: object) -> None:
        assert isinstance(content, DecisionContent)
        if not content.of(self._wanted):  # type: ignore[arg-type]
            return  # for an earlier version of the scenario: dropped
        self.content = content
        self._display(content)

    def _failed(self, message: str) -> None:
        self.status.setText(
            translate("Results", "The decision could not be computed: {error}").format(
                error=message
            )
        )

    def _display(self, content: DecisionContent) -> None:
        self.status.setText(content.intro)
        self.ranked_model.show(content.header, content.rows)
        self.sentences.setText("\n".join(content.sentences))
        self.facts_title.setText(content.facts_caption)
        # Long titles on two lines, so a narrow window does not cut them ("Aannames…").
        header = tuple(textwrap.fill(title, 22) for title in content.facts_header)
        self.facts_model.show(header, content.facts_rows)
        # The assumptions wrap in the one column that takes the room left (set after the
        # columns exist: a reset model forgets the modes of sections it did not have).
        self.facts.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.conventions.setText(content.conventions)
        self.body.setVisible(True)
        self.body.setEnabled(True)
        _fit_height(self.ranked)
        _fit_height(self.facts)
