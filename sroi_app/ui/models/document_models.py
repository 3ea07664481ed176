"""Table models of the scenario's lists: stakeholders, alternatives, costs, effects, PM posts.

Each is a ``ScenarioTableModel`` with its list path and columns. Costs and
effects show one alternative at a time (``set_alternative``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from sroi_app.app import commands
from sroi_app.domain.corrections import Correction, corrections
from sroi_app.domain.errors import Issue
from sroi_app.domain.models import STAKEHOLDER_KINDS, Scenario
from sroi_app.ui.controller import DocumentController
from sroi_app.ui.fieldkinds import (
    INT,
    MONEY,
    NUMBER,
    OPTIONAL_INT,
    OPTIONAL_YEAR,
    PERCENT,
    FieldKind,
)
from sroi_app.ui.i18n import current_lang, field_labels, stakeholder_kind_names, translate
from sroi_app.ui.models.base import Column, ScenarioTableModel


def correction_column(c: Correction) -> Column:
    """The table column of one correction, from its one definition (``domain.corrections``)."""
    return Column(
        c.field,
        lambda: c.label(current_lang()),
        kind=INT if c.kind == "years" else PERCENT,
        tooltip=lambda: c.help(current_lang()),
    )


def _label(key: str) -> Any:
    return lambda: field_labels()[key]


def stakeholder_choices(scenario: Scenario) -> list[tuple[Any, str]]:
    return [(s.id, s.name or s.id) for s in scenario.stakeholders]


def optional_stakeholder_choices(scenario: Scenario) -> list[tuple[Any, str]]:
    return [(None, "\u2013"), *stakeholder_choices(scenario)]


def alternative_choices(scenario: Scenario) -> list[tuple[Any, str]]:
    return [(None, translate("Models", "all alternatives"))] + [
        (a.id, a.name or a.id) for a in scenario.alternatives
    ]


def kind_choices(_scenario: Scenario) -> list[tuple[Any, str]]:
    names = stakeholder_kind_names()
    return [(None, "\u2013")] + [(k, names[k]) for k in STAKEHOLDER_KINDS]


def magnitude_choices(_scenario: Scenario) -> list[tuple[Any, str]]:
    return [(None, "\u2013")] + [(m, m) for m in ("--", "-", "0", "+", "++", "?")]


def sign_choices(_scenario: Scenario) -> list[tuple[Any, str]]:
    return [
        ("+", translate("Models", "+ (benefit)")),
        ("-", translate("Models", "\u2212 (cost)")),
        ("?", translate("Models", "? (unknown)")),
    ]


def rename_setter(
    controller: DocumentController, model: ScenarioTableModel, row: int, value: Any
) -> tuple[Issue, ...]:
    path = model.list_path()
    assert path is not None
    return controller.attempt(commands.rename, path, row, value, controller.document.cpi)


def reference_setter(
    controller: DocumentController, _model: ScenarioTableModel, row: int, value: Any
) -> tuple[Issue, ...]:
    current = next((i for i, a in enumerate(controller.scenario.alternatives) if a.reference), None)
    target = row if value else (None if current == row else current)
    return controller.attempt(commands.set_reference, target, controller.document.cpi)


class StakeholdersModel(ScenarioTableModel):
    columns = (
        Column("name", _label("name")),
        Column("id", _label("id"), setter=rename_setter),
        Column("kind", _label("kind"), choices=kind_choices),
        Column("description", _label("description")),
    )

    def list_path(self) -> str | None:
        return "stakeholders"


class AlternativesModel(ScenarioTableModel):
    columns = (
        Column("name", _label("name")),
        Column("id", _label("id"), setter=rename_setter),
        Column(
            "reference",
            _label("reference"),
            check=True,
            setter=reference_setter,
            tooltip=lambda: translate(
                "Models", "The nulalternatief: every other alternative is compared with it."
            ),
        ),
        Column(
            "costs",
            _label("costs"),
            kind=INT,
            editable=False,
            getter=lambda _s, alt: len(alt.costs),
        ),
        Column(
            "effects",
            _label("effects"),
            kind=INT,
            editable=False,
            getter=lambda _s, alt: len(alt.effects),
        ),
        Column("description", _label("description")),
    )

    def list_path(self) -> str | None:
        return "alternatives"


class AlternativeListModel(ScenarioTableModel):
    """A list inside one alternative (its costs or its effects)."""

    field = ""

    def __init__(self, controller: DocumentController, parent: QObject | None = None) -> None:
        super().__init__(controller, parent)
        self.alternative = 0

    def set_alternative(self, index: int) -> None:
        if index != self.alternative:
            self.reset(lambda: setattr(self, "alternative", index))

    def list_path(self) -> str | None:
        if not 0 <= self.alternative < len(self.controller.scenario.alternatives):
            return None
        return f"alternatives[{self.alternative}].{self.field}"  # join_path's form, cheaper


class CostsModel(AlternativeListModel):
    field = "costs"
    columns = (
        Column("name", _label("name")),
        Column("payer", _label("payer"), choices=stakeholder_choices),
        Column("amount", _label("amount"), kind=MONEY),
        Column("first_year", _label("first_year"), kind=INT, tooltip=lambda: _year_tip()),
        Column(
            "last_year",
            _label("last_year"),
            kind=OPTIONAL_INT,
            tooltip=lambda: translate("Models", "Empty: only in the first year."),
            placeholder=lambda _s, cost: cost.first_year,
        ),
        Column("every_years", _label("every_years"), kind=INT),
        Column(
            "optimism_bias",
            _label("optimism_bias"),
            kind=PERCENT,
            tooltip=lambda: translate(
                "Models", "Surcharge for cost overruns: each amount is raised by this share."
            ),
        ),
        Column(
            "price_year",
            _label("price_year"),
            kind=OPTIONAL_YEAR,
            tooltip=lambda: translate("Models", "Empty: the scenario's price level."),
            placeholder=lambda s, _cost: s.settings.effective_price_year,
        ),
        Column("category", _label("category")),
        Column("note", _label("note")),
    )


def _year_tip() -> str:
    return translate("Models", "Year index: 0 is the base year, 1 the year after.")


class EffectsModel(AlternativeListModel):
    field = "effects"

    def __init__(self, controller: DocumentController, parent: QObject | None = None) -> None:
        super().__init__(controller, parent)
        # The corrections' columns follow their one definition (domain.corrections).
        self.columns = (
            Column("name", _label("effect_name")),
            Column("beneficiary", _label("beneficiary"), choices=stakeholder_choices),
            Column("quantity", _label("quantity"), kind=NUMBER),
            Column("unit", _label("unit")),
            Column("proxy.value", _label("proxy.value"), kind=FieldKind("money", decimals=2)),
            Column("first_year", _label("first_year"), kind=INT, tooltip=lambda: _year_tip()),
            Column("duration_years", _label("duration_years"), kind=INT),
            *(correction_column(c) for c in corrections()),
        )


class PmItemsModel(ScenarioTableModel):
    columns = (
        Column("name", _label("name")),
        Column("stakeholder", _label("stakeholder"), choices=optional_stakeholder_choices),
        Column("sign", _label("sign"), choices=sign_choices),
        Column(
            "magnitude",
            lambda: translate("Models", "Magnitude"),
            choices=magnitude_choices,
            tooltip=lambda: translate(
                "Models", "How large the unvalued effect is, as MKBA tables show it: -- to ++."
            ),
        ),
        Column("alternative", _label("alternative"), choices=alternative_choices),
        Column("note", _label("note")),
    )

    def list_path(self) -> str | None:
        return "pm_items"


class RateScheduleModel(ScenarioTableModel):
    """The steps of a declining discount-rate schedule (empty for a single rate)."""

    columns = (
        Column("from_year", _label("from_year"), kind=INT),
        Column("rate", _label("rate"), kind=FieldKind("percent", decimals=2)),
    )

    def list_path(self) -> str | None:
        rate = self.controller.scenario.settings.discount_rate
        return "settings.discount_rate" if isinstance(rate, list) else None

    def items(self, scenario: Scenario | None = None) -> Any:
        scenario = scenario if scenario is not None else self.controller.scenario
        rate = scenario.settings.discount_rate
        return rate if isinstance(rate, list) else ()
