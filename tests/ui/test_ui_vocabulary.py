"""One vocabulary (issue 16, step 2): a field of a cost or an effect has one name per language.

The app's table columns, its messages and the documents' parameter names
(``domain.parameters.field_label``: "Aanleg: bedrag") all read
``domain.labels.FIELD_LABELS``.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from sroi_app.app.document import Document
from sroi_app.domain import parameters
from sroi_app.domain.corrections import corrections
from sroi_app.domain.formatting import Lang
from sroi_app.domain.labels import FIELD_LABELS, field_name, phrase
from sroi_app.domain.models import COST_PARAMETERS, EFFECT_PARAMETERS
from sroi_app.ui.controller import DocumentController
from sroi_app.ui.i18n import field_label, install_translators
from sroi_app.ui.models.base import ScenarioTableModel
from sroi_app.ui.models.document_models import CostsModel, EffectsModel
from tests.conftest import ROOT

GREEN_PLACE = ROOT / "scenarios" / "groene-ontmoetingsplek.sroi.json"


def headers(model: ScenarioTableModel) -> dict[str, str]:
    return {
        column.key: model.headerData(i, Qt.Orientation.Horizontal)
        for i, column in enumerate(model.columns)
    }


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_cost_and_effect_column_is_named_by_the_domain(lang: Lang) -> None:
    install_translators(lang)
    controller = DocumentController(Document.open(GREEN_PLACE))
    effects, costs = EffectsModel(controller), CostsModel(controller)
    effects.set_alternative(1)
    costs.set_alternative(1)
    for model in (effects, costs):
        for key, header in headers(model).items():
            name = "effect_name" if model is effects and key == "name" else key
            assert name in FIELD_LABELS, f"{key}: no name in domain.labels"
            assert header == field_name(name, lang), key
    # Every field that can carry a range is a column, and the phrase in documents
    # is the column's name inside a sentence.
    shown = headers(effects) | headers(costs)
    for field in (*EFFECT_PARAMETERS, *COST_PARAMETERS):
        assert parameters.field_label(field, lang) == phrase(shown[field])
    for correction in corrections():
        assert shown[correction.field] == correction.label(lang)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_apps_messages_name_a_field_as_its_column(lang: Lang) -> None:
    install_translators(lang)
    path = "alternatives[1].effects[0]"
    assert field_label(f"{path}.proxy.value") == field_name("proxy.value", lang)
    assert field_label(f"{path}.ramp_up_years") == field_name("ramp_up_years", lang)
    assert field_label("alternatives[1].costs[0].amount") == field_name("amount", lang)


def test_a_phrase_keeps_an_abbreviation() -> None:
    assert phrase("Bedrag (€)") == "bedrag"
    assert phrase("NCW herprognose") == "NCW herprognose"
    assert parameters.field_label("amount") == "bedrag"
    assert parameters.field_label("proxy.value", "en") == "value per unit (proxy)"
