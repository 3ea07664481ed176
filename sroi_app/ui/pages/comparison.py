"""The Comparison page: all alternatives side by side, and what B buys over A.

The first table has one column per alternative (file order): its own present
values and, for every variant, the engine's results against the
nulalternatief (``app.comparison.side_by_side`` over the document's
evaluation, so these are ``compute()``'s numbers). Below, the user picks A and
B: B is computed with A as its reference (``app.comparison.incremental``),
which answers "what does the extra investment of B over A buy?".
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sroi_app.app.comparison import (
    Increment,
    answer,
    default_pair,
    incremental,
    side_by_side,
)
from sroi_app.domain.models import Scenario
from sroi_app.ui.i18n import current_lang, translate
from sroi_app.ui.models.analysis_models import (
    ComparisonModel,
    IncrementByStakeholderModel,
    IncrementModel,
)
from sroi_app.ui.pages.common import ShownPage, heading
from sroi_app.ui.registry import PageContext, PageSpec, register_page
from sroi_app.ui.widgets.tables import read_only_table


class ComparisonPage(ShownPage):
    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.controller = context.controller
        self.model = ComparisonModel(self)
        self.table = read_only_table(self.model)
        self.increment_model = IncrementModel(self)
        self.increment_table = read_only_table(self.increment_model)
        self.who_model = IncrementByStakeholderModel(self)
        self.who_table = read_only_table(self.who_model)
        self.base = QComboBox()
        self.variant = QComboBox()
        for combo in (self.base, self.variant):
            combo.setMinimumWidth(220)
            combo.activated.connect(lambda _i: self._update_increment())
        choose = QHBoxLayout()
        choose.addWidget(QLabel(translate("Comparison", "What does the extra investment of")))
        choose.addWidget(self.variant)
        choose.addWidget(QLabel(translate("Comparison", "over")))
        choose.addWidget(self.base)
        choose.addWidget(QLabel(translate("Comparison", "buy?")))
        choose.addStretch(1)
        self.answer = QLabel()
        self.answer.setWordWrap(True)
        self.answer.setObjectName("incrementAnswer")
        self.increment: Increment | None = None
        #: The pair A, B chosen per document (by its file), so that it survives edits.
        self._pairs: dict[str, tuple[str, str]] = {}
        self.empty = QLabel(
            translate(
                "Comparison",
                "Comparing needs at least two alternatives: add a variant on the Alternatives"
                " page.",
            )
        )
        self.empty.setWordWrap(True)
        # The page scrolls as a whole (its tables are as tall as their rows), so it stays
        # usable down to 1280 x 720 however many alternatives and stakeholders it shows.
        inner = QWidget()
        layout = QVBoxLayout(inner)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout.addWidget(
            heading(
                translate("Comparison", "Comparison"),
                translate(
                    "Comparison",
                    "All alternatives side by side: what each costs and brings on its own, and"
                    " each variant against the nulalternatief. Below: what a more expensive"
                    " variant B adds to a cheaper one A, computed with A as the reference.",
                ),
            )
        )
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        self.increment_title = QLabel(translate("Comparison", "One variant over another"))
        font = self.increment_title.font()
        font.setBold(True)
        self.increment_title.setFont(font)
        layout.addWidget(self.increment_title)
        layout.addLayout(choose)
        layout.addWidget(self.answer)
        layout.addWidget(self.increment_table)
        layout.addWidget(self.who_table)
        layout.addStretch(1)
        for table in (self.table, self.increment_table, self.who_table):
            table.horizontalHeader().setStretchLastSection(False)
        self._stale = True
        # Results arrive with evaluationReady: at once for a small scenario, from the
        # worker thread for a large one (the window never waits for them).
        self.controller.evaluationReady.connect(self._evaluation_ready)
        self.refresh()

    def refresh(self) -> None:
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        evaluation = self.controller.latest_evaluation()
        self.model.show(side_by_side(evaluation))
        _fit_height(self.table)
        self._fill_choices(evaluation.scenario)
        enough = len(evaluation.scenario.alternatives) >= 2
        self.empty.setVisible(not enough)
        for widget in (self.increment_title, self.base, self.variant, self.increment_table):
            widget.setEnabled(enough)
        self._update_increment()

    def _fill_choices(self, scenario: Scenario) -> None:
        """Both lists hold every alternative; the choices survive edits, renames keep ids."""
        ids = [a.id for a in scenario.alternatives]
        names = []
        for a in scenario.alternatives:
            name = a.name or a.id
            if a.reference and "nulalternatief" not in name.lower():
                name += translate("Comparison", " (nulalternatief)")
            names.append(name)
        previous = self._pairs.get(self._document_key()) or (
            self.base.currentData(),
            self.variant.currentData(),
        )
        evaluation = self.controller.latest_evaluation()
        costs = (
            {r.alternative_id: r.pv_costs for r in evaluation.result.results}
            if evaluation is not None and evaluation.scenario is scenario
            else {}
        )
        pair = default_pair(scenario, costs)
        default_base, default_variant = pair if pair is not None else (None, None)
        for combo, keep, default in (
            (self.base, previous[0], default_base),
            (self.variant, previous[1], default_variant),
        ):
            combo.blockSignals(True)
            combo.clear()
            for ident, name in zip(ids, names, strict=True):
                combo.addItem(name, ident)
            chosen = keep if keep in ids else default
            combo.setCurrentIndex(ids.index(chosen) if chosen in ids else -1)
            combo.blockSignals(False)

    def _document_key(self) -> str:
        path = self.controller.path
        return str(path) if path is not None else f"unsaved-{id(self.controller.document)}"

    def choose(self, base_id: str, variant_id: str) -> None:
        """Pick A and B (for tests and scripts), as a user would in the two lists."""
        self.base.setCurrentIndex(self.base.findData(base_id))
        self.variant.setCurrentIndex(self.variant.findData(variant_id))
        self._update_increment()

    def _update_increment(self) -> None:
        base, variant = self.base.currentData(), self.variant.currentData()
        if base is not None and variant is not None:
            self._pairs[self._document_key()] = (base, variant)  # remembered per document
        lang = current_lang()
        if base is None or variant is None or base == variant:
            self.increment = None
            self.increment_model.show(None)
            _fit_height(self.increment_table)
            self.who_model.show(None, {})
            _fit_height(self.who_table, shrinkable=True)
            self.answer.setText(
                translate("Comparison", "Choose two different alternatives.")
                if base is not None and variant is not None
                else ""
            )
            return
        self.increment = incremental(
            self.controller.scenario, self.controller.document.cpi, base, variant
        )
        self.increment_model.show(self.increment)
        _fit_height(self.increment_table)
        scenario = self.controller.scenario
        self.who_model.show(self.increment, {s.id: s.name or s.id for s in scenario.stakeholders})
        # As tall as its rows where there is room, but it may shrink (and scroll) so that
        # the page stays usable at 1280 x 720.
        _fit_height(self.who_table, shrinkable=True)
        self.answer.setText(answer(self.increment, lang))


ROW_HEIGHT = 24


def _fit_height(view: QTableView, shrinkable: bool = False) -> None:
    """As tall as its rows: the page scrolls as a whole, tables do not scroll on their own.

    ``shrinkable``: at most that tall, but it may shrink to four rows (and scroll), so
    that the page stays usable at 1280 x 720.
    """
    rows = view.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(ROW_HEIGHT)
    header = view.horizontalHeader().sizeHint().height()
    fitted = header + ROW_HEIGHT * view.model().rowCount() + 2 * view.frameWidth() + 4
    if shrinkable:
        view.setMaximumHeight(fitted)
        view.setMinimumHeight(min(fitted, header + 4 * ROW_HEIGHT))
    else:
        view.setFixedHeight(fitted)


def create(context: PageContext) -> QWidget:
    return ComparisonPage(context)


register_page(
    PageSpec(
        "comparison",
        lambda: translate("Pages", "Comparison"),
        create,
        90,
        lambda: translate("Pages", "Alternatives side by side; what B buys over A"),
    )
)
