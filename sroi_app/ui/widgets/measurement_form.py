"""Entering one measurement or actual by hand on the Monitoring page.

Choose an effect (its measured quantity) or a cost item (what was really
spent), a calendar year within the horizon and the value; "Save" records it
for that year (replacing an earlier entry of that year) and "Remove" takes
the year's entry away. Each is one undoable edit
(``sroi_app.app.monitoring_entry``); the re-forecast follows at once.
"""

from __future__ import annotations

import datetime
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sroi_app.app import commands, monitoring_entry
from sroi_app.domain.models import Scenario
from sroi_app.domain.parsing import parse_number
from sroi_app.ui.controller import DocumentController
from sroi_app.ui.i18n import current_lang, issue_message, translate

NO_PRICE_YEAR = 0  # the spin box's special value: the scenario's price level


class MeasurementForm(QGroupBox):
    """Item, year, value (and source or price year); Save and Remove."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(translate("Monitoring", "Enter a measurement"), parent)
        self.setObjectName("measurementForm")
        self.controller = controller
        self.alternative = -1
        self.item = QComboBox()
        self.item.setMinimumContentsLength(16)
        self.item.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.year = QSpinBox()
        self.value = QLineEdit()
        self.source = QLineEdit()
        self.source.setPlaceholderText(translate("Monitoring", "where the figure comes from"))
        self.price_year = QSpinBox()
        self.price_year.setSpecialValueText(translate("Monitoring", "scenario's"))
        self.save_button = QPushButton(translate("Monitoring", "Save"))
        self.remove_button = QPushButton(translate("Monitoring", "Remove this year"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #8a3b00;")
        self.problem.hide()
        # One row (the page must stay usable at 1280 x 720), the reason for a refusal below.
        self.year.setToolTip(translate("Monitoring", "Year"))
        self.source_label = QLabel(translate("Monitoring", "Source"))
        self.price_label = QLabel(translate("Monitoring", "Price year"))
        row = QHBoxLayout()
        row.addWidget(self.item, 2)
        row.addWidget(self.year)
        row.addWidget(self.value, 1)
        row.addWidget(self.source_label)
        row.addWidget(self.source, 1)
        row.addWidget(self.price_label)
        row.addWidget(self.price_year)
        row.addWidget(self.save_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        self.item.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        self.value.returnPressed.connect(self.save)

    # -- what can be chosen -----------------------------------------------------------------

    def set_alternative(self, index: int, scenario: Scenario) -> None:
        """The variant's effects and cost items; the years of the horizon."""
        self.alternative = index
        chosen = self.item.currentData()
        self.item.blockSignals(True)
        self.item.clear()
        if 0 <= index < len(scenario.alternatives):
            alt = scenario.alternatives[index]
            effect = translate("Monitoring", "Effect: {name}")
            cost = translate("Monitoring", "Cost: {name}")
            for i, e in enumerate(alt.effects):
                self.item.addItem(
                    effect.format(name=e.name or e.id), f"alternatives[{index}].effects[{i}]"
                )
            for i, c in enumerate(alt.costs):
                self.item.addItem(
                    cost.format(name=c.name or c.id), f"alternatives[{index}].costs[{i}]"
                )
        found = self.item.findData(chosen)
        self.item.setCurrentIndex(max(found, 0))
        self.item.blockSignals(False)
        settings = scenario.settings
        first, last = settings.start_year, settings.start_year + settings.horizon_years
        self.year.setRange(first, last)
        if self.year.value() == first:  # a sensible default once: last year, within the horizon
            self.year.setValue(min(max(datetime.date.today().year - 1, first), last))
        self.price_year.setRange(NO_PRICE_YEAR, 2100)
        self._kind_changed()

    def _is_cost(self) -> bool:
        return ".costs[" in str(self.item.currentData() or "")

    def _kind_changed(self) -> None:
        cost = self._is_cost()
        self.value.setPlaceholderText(
            translate("Monitoring", "amount spent (€)")
            if cost
            else translate("Monitoring", "measured quantity")
        )
        for shown in (self.price_label, self.price_year):
            shown.setVisible(cost)
        for hidden in (self.source_label, self.source):
            hidden.setVisible(not cost)
        enabled = self.item.count() > 0
        self.save_button.setEnabled(enabled)
        self.remove_button.setEnabled(enabled)

    # -- edits ------------------------------------------------------------------------------

    def _attempt(self, kind: str, operation: Any, *args: Any, **kwargs: Any) -> bool:
        path = str(self.item.currentData())
        issues = self.controller.attempt(
            commands.build,
            kind,
            path,
            operation,
            path,
            *args,
            cpi=self.controller.document.cpi,
            **kwargs,
        )
        self._say("\n".join(issue_message(i) for i in issues[:3]))
        return not issues

    def _say(self, text: str) -> None:
        """The reason for a refusal below the row (hidden when there is none)."""
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def save(self) -> bool:
        """Record the value for the year (one undoable edit); False with a reason if refused."""
        if self.item.count() == 0:
            return False
        try:
            value = parse_number(self.value.text(), current_lang())
        except ValueError:
            self._say(
                translate("Monitoring", "“{text}” is not a number").format(text=self.value.text())
            )
            return False
        label = self.item.currentText()
        undo = translate("Monitoring", "Enter {year} for {item}").format(
            year=self.year.value(), item=label
        )
        price_year = self.price_year.value() if self._is_cost() else NO_PRICE_YEAR
        return self._attempt(
            "set",
            monitoring_entry.record,
            self.year.value(),
            value,
            price_year=price_year or None,
            source="" if self._is_cost() else self.source.text().strip(),
            params={"undo_text": undo},
        )

    def remove(self) -> bool:
        if self.item.count() == 0:
            return False
        undo = translate("Monitoring", "Remove {year} of {item}").format(
            year=self.year.value(), item=self.item.currentText()
        )
        return self._attempt(
            "remove", monitoring_entry.forget, self.year.value(), params={"undo_text": undo}
        )
