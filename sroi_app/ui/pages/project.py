"""The Project page: name, area, time frame, price level and discount rate."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sroi_app.app import commands, edits
from sroi_app.domain.errors import Issue
from sroi_app.domain.models import AREA_TYPES, Scenario
from sroi_app.domain.presets import DISCOUNT_PRESETS, discount_preset, matching_preset
from sroi_app.ui.fieldkinds import FieldKind
from sroi_app.ui.i18n import area_type_names, current_lang, field_labels, translate
from sroi_app.ui.models.document_models import RateScheduleModel
from sroi_app.ui.pages.common import heading
from sroi_app.ui.registry import PageContext
from sroi_app.ui.widgets.fields import Binder, CommitPlainTextEdit
from sroi_app.ui.widgets.ranges import RangesEditor, item_rows
from sroi_app.ui.widgets.tables import ListEditor

RATE = FieldKind("percent", decimals=2)


class ProjectPage(QWidget):
    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.controller = context.controller
        self.binder = Binder(self.controller, self)
        labels = field_labels()

        self.name = self.binder.line(QLineEdit(), "name")
        self.name.setPlaceholderText(translate("Project", "e.g. Green schoolyard De Linde"))
        self.description = self.binder.text(CommitPlainTextEdit(), "description")
        self.description.setMaximumHeight(90)
        self.area_type = QComboBox()
        self.area_type.addItem("\u2013", None)
        names = area_type_names()
        for key in AREA_TYPES:
            self.area_type.addItem(names[key], key)
        self.binder.combo(self.area_type, "area_type")
        self.municipality = self.binder.line(QLineEdit(), "municipality")

        project = QGroupBox(translate("Project", "Project"))
        form = QFormLayout(project)
        form.addRow(labels["name"], self.name)
        form.addRow(labels["description"], self.description)
        form.addRow(labels["area_type"], self.area_type)
        form.addRow(labels["municipality"], self.municipality)

        self.start_year = self.binder.spin(_spin(1900, 2300), "settings.start_year")
        self.price_year = self.binder.spin(
            _spin(1900, 2300),
            "settings.price_year",
            read=lambda s, _p: s.settings.effective_price_year,
        )
        self.price_year.setToolTip(
            translate(
                "Project", "All amounts are in constant prices of this year (CBS price index)."
            )
        )
        self.horizon = self.binder.spin(_spin(0, 1000), "settings.horizon_years")
        self.horizon.setToolTip(
            translate("Project", "Years after the base year: a horizon of 30 covers t = 0..30.")
        )
        time = QGroupBox(translate("Project", "Time and price level"))
        form = QFormLayout(time)
        form.addRow(labels["start_year"], self.start_year)
        form.addRow(labels["price_year"], self.price_year)
        form.addRow(labels["horizon_years"], self.horizon)

        self.rate_choice = QComboBox()
        for preset in DISCOUNT_PRESETS:
            self.rate_choice.addItem(preset.label(current_lang()), preset.id)
        self.rate_choice.addItem(translate("Project", "Own rate"), "custom")
        self.rate_choice.addItem(translate("Project", "Own step schedule"), "schedule")
        self.rate_choice.activated.connect(self._rate_chosen)
        self._own_rate = False  # "own rate" chosen while the rate equals a preset
        self.rate_source = QLabel()
        self.rate_source.setWordWrap(True)
        self.custom_rate = self.binder.line(
            QLineEdit(),
            self._custom_rate_path,
            RATE,
            write=self._write_custom_rate,
        )
        self.custom_rate.setToolTip(translate("Project", "In percent, e.g. 2,5"))
        self.schedule_model = RateScheduleModel(self.controller, self)
        self.schedule = ListEditor(self.schedule_model, self._new_step)
        self.schedule.setMinimumHeight(200)
        rate = QGroupBox(labels["discount_rate"])
        form = QFormLayout(rate)
        form.addRow(translate("Project", "Choice"), self.rate_choice)
        form.addRow(translate("Project", "Source"), self.rate_source)
        self.custom_rate_label = QLabel(translate("Project", "Rate (%)"))
        form.addRow(self.custom_rate_label, self.custom_rate)
        form.addRow(self.schedule)
        # The rate's uncertainty range, for the Sensitivity page (a single rate only).
        self.rate_range = RangesEditor(self.controller, item_rows(lambda: "settings"))
        self.rate_range.view.setFixedHeight(54)
        form.addRow(self.rate_range)

        body = QWidget()
        body.setMaximumWidth(980)
        layout = QVBoxLayout(body)
        layout.addWidget(
            heading(
                translate("Project", "Project"),
                translate(
                    "Project",
                    "Describe the intervention and fix the time frame, the price level and the"
                    " discount rate. Every result is a present value in the base year, in"
                    " constant prices of the price level year.",
                ),
            )
        )
        layout.addWidget(project)
        layout.addWidget(time)
        layout.addWidget(rate)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.controller.scenarioChanged.connect(self._scenario_changed)
        self._show_rate()

    # -- discount rate ------------------------------------------------------------------------

    def _scenario_changed(self, _old: Scenario, _new: Scenario) -> None:
        self._show_rate()

    def _mode(self, scenario: Scenario) -> str:
        if self._own_rate and not isinstance(scenario.settings.discount_rate, list):
            return "custom"
        preset = matching_preset(scenario)
        if preset is not None:
            return preset.id
        return "schedule" if isinstance(scenario.settings.discount_rate, list) else "custom"

    def _show_rate(self) -> None:
        scenario = self.controller.scenario
        mode = self._mode(scenario)
        self.rate_choice.setCurrentIndex(self.rate_choice.findData(mode))
        if mode in ("custom", "schedule"):
            self.rate_source.setText(
                translate("Project", "Own choice: explain it in the description.")
            )
        else:
            self.rate_source.setText(discount_preset(mode).source(current_lang()))
        is_number = not isinstance(scenario.settings.discount_rate, list)
        self.custom_rate.setVisible(is_number and mode == "custom")
        self.custom_rate_label.setVisible(is_number and mode == "custom")
        self.schedule.setVisible(not is_number)

    def _custom_rate_path(self) -> str | None:
        rate = self.controller.scenario.settings.discount_rate
        return None if isinstance(rate, list) else "settings.discount_rate"

    def _write_custom_rate(self, path: str, value: Any) -> tuple[Issue, ...]:
        return self._set_rate(value, "")

    def _set_rate(self, rate: Any, label: str) -> tuple[Issue, ...]:
        values = {"settings.discount_rate": rate, "settings.discount_rate_label": label or None}
        if isinstance(rate, list) and self.controller.scenario.settings.uncertainty:
            # A step schedule carries no range: the rate's range goes in the same step.
            values["settings.uncertainty.discount_rate"] = None
        return self.controller.attempt(
            commands.build,
            "set",
            "settings.discount_rate",
            edits.set_values,
            values,
            self.controller.document.cpi,
        )

    def _rate_chosen(self, position: int) -> None:
        key = self.rate_choice.itemData(position)
        rate = self.controller.scenario.settings.discount_rate
        self._own_rate = key == "custom"
        if key == "custom":
            if isinstance(rate, list):
                self._set_rate(rate[0].rate, "")
            else:
                self.custom_rate.setFocus()
        elif key == "schedule":
            if not isinstance(rate, list):
                self._set_rate([{"from_year": 0, "rate": rate}], "")
        else:
            preset = discount_preset(key)
            self._set_rate(preset.to_data(), f"{preset.label('en')} ({preset.source('en')})")
        self._show_rate()

    def _new_step(self) -> dict[str, Any]:
        steps = self.controller.scenario.settings.discount_rate
        assert isinstance(steps, list)
        last = steps[-1]
        return {"from_year": last.from_year + 10, "rate": last.rate}


def _spin(low: int, high: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setMaximumWidth(120)
    return spin


def create(context: PageContext) -> QWidget:
    return ProjectPage(context)
