"""The derivation of the selected effect's quantity: formula, inputs, result, mismatch warning.

An effect inserted from a template keeps how its quantity was derived
(population x share x uptake, the HEAT chain). The panel shows the formula
and its inputs with values, units, ranges and sources; a changed input value
recomputes the quantity in one undoable edit. When the quantity was changed
by hand and no longer equals its derivation, the panel says so (the
``derivation_mismatch`` warning) and offers to use the derived value again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sroi_app.app import commands, library_use
from sroi_app.app.jsonpath import join_path, resolve
from sroi_app.domain.derivation import matches, readable_formula
from sroi_app.domain.errors import Issue
from sroi_app.domain.models import Effect, Scenario
from sroi_app.ui.controller import DocumentController
from sroi_app.ui.i18n import current_lang, issue_message, translate
from sroi_app.ui.models.library_models import DerivationModel, format_plain
from sroi_app.ui.widgets.tables import editable_table, fit_to_contents

WARNING_STYLE = "color: #8a3b00; background: #fff1e0; padding: 4px; border-radius: 3px;"


class DerivationPanel(QGroupBox):
    """Shows and edits the kept derivation of the effect at ``effect_path()``."""

    def __init__(
        self,
        controller: DocumentController,
        effect_path: Callable[[], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(translate("Derivation", "Derivation of the quantity"), parent)
        self.setObjectName("derivationPanel")
        self.controller = controller
        self.effect_path = effect_path
        self.model = DerivationModel(controller, effect_path, self)
        self.formula = QLabel()
        self.formula.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.formula.setWordWrap(True)
        self.view = editable_table(self.model, row_height=24)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.result = QLabel()
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.setObjectName("derivationWarning")
        self.use_derived = QPushButton(translate("Derivation", "Use the derived quantity"))
        self.use_derived.clicked.connect(self.apply_derived)
        self.empty = QLabel(
            translate(
                "Derivation",
                "The quantity of this effect is entered directly; it has no kept derivation."
                " Effects inserted from a template keep theirs (population × share × uptake).",
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setObjectName("derivationEmpty")
        warning_row = QHBoxLayout()
        warning_row.setContentsMargins(0, 0, 0, 0)
        warning_row.addWidget(self.warning, 1)
        warning_row.addWidget(self.use_derived)
        self.warning_box = QWidget()
        self.warning_box.setLayout(warning_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.formula)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.result)
        layout.addWidget(self.warning_box)
        controller.scenarioChanged.connect(self._scenario_changed)
        self.model.modelReset.connect(self._fit)
        self.refresh()
        self._fit()

    # -- following the document and the selection ------------------------------------------------

    def follow_selection(self) -> None:
        if not self.model._resetting:
            self.model.follow_selection()
        self.refresh()

    def _scenario_changed(self, _old: Scenario, _new: Scenario) -> None:
        self.refresh()

    def effect(self) -> Effect | None:
        path = self.effect_path()
        found = resolve(self.controller.scenario, path) if path is not None else None
        return found if isinstance(found, Effect) else None

    def _fit(self) -> None:
        self.view.setColumnHidden(1, True)  # the name in the formula: the label says it
        fit_to_contents(self.view, range(self.model.columnCount() - 1), 12, 220)

    def refresh(self) -> None:
        effect = self.effect()
        derivation = effect.quantity_derivation if effect is not None else None
        has = derivation is not None
        self.empty.setVisible(effect is not None and not has)
        self.setEnabled(effect is not None)
        for widget in (self.formula, self.view, self.result):
            widget.setVisible(has)
        if effect is None or derivation is None:
            self.warning_box.setVisible(False)
            return
        lang = current_lang()
        quantity_word = translate("Derivation", "quantity")
        # The inputs' labels, not their names in the formula (identifiers, often English).
        shown = readable_formula(derivation.formula, {i.name: i.label for i in derivation.inputs})
        self.formula.setText(f"{quantity_word} = {shown}")
        self.formula.setToolTip(derivation.formula)
        derived = library_use.derived_quantity(effect)
        self.result.setText(
            translate("Derivation", "Derived: {value} {unit}").format(
                value=format_plain(derived, lang), unit=effect.unit
            )
        )
        mismatch = derived is not None and not matches(effect.quantity, derived)
        self.warning_box.setVisible(mismatch)
        if mismatch and derived is not None:
            path = self.effect_path() or ""
            issue = Issue(
                join_path(path, "quantity"),
                "derivation_mismatch",
                "",
                {"quantity": effect.quantity, "derived": derived},
            )
            self.warning.setText("\u26a0 " + issue_message(issue))

    def mismatch_text(self) -> str:
        """The warning shown (empty when the quantity equals its derivation)."""
        return self.warning.text() if self.warning_box.isVisibleTo(self) else ""

    # -- edits ---------------------------------------------------------------------------------

    def apply_derived(self) -> bool:
        path = self.effect_path()
        if path is None:
            return False
        issues = self.controller.attempt(
            commands.build,
            "set",
            join_path(path, "quantity"),
            library_use.use_derived_quantity,
            path,
            self.controller.document.cpi,
        )
        return not issues
