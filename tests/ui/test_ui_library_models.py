"""The library, template-input and derivation models pass qtmodeltester, also while changing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from sroi_app.app import commands, library_use
from sroi_app.app.document import Document
from sroi_app.io.proxies import default_library
from sroi_app.io.templates import default_templates
from sroi_app.ui.controller import DocumentController
from sroi_app.ui.models.library_models import (
    DerivationModel,
    ProxyTableModel,
    TemplateInputsModel,
    format_plain,
)
from tests.conftest import ROOT

GREEN_PLACE = ROOT / "scenarios" / "groene-ontmoetingsplek.sroi.json"
EFFECT = "alternatives[1].effects[0]"


def controller() -> DocumentController:
    return DocumentController(Document.open(GREEN_PLACE))


def test_the_proxy_table_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    ctrl = controller()
    model = ProxyTableModel(ctrl)
    model.set_proxies(list(default_library()))
    assert model.rowCount() == len(default_library()) >= 80
    qtmodeltester.check(model)
    # A new search result and a new price level of the scenario, with the tester watching.
    model.set_proxies(default_library().search("eenzaam"))
    ctrl.set_value("settings.price_year", 2020)
    column = ProxyTableModel.COLUMNS.index("indexed")
    assert model.headerData(column, Qt.Orientation.Horizontal) == "In prijzen van 2020"
    # 1,460 at 2017 prices x CPI 2020 / CPI 2017 = 1,460 x 3001.2 / 2838.2 = 1,543.8.
    assert model.index(0, column).data() == "€ 1.544"
    model.set_proxies([])
    assert model.rowCount() == 0


def test_the_template_inputs_pass_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = TemplateInputsModel()
    model.set_template(default_templates().get("active_mobility_heat"))
    assert model.rowCount() > 5
    qtmodeltester.check(model)
    index = model.index(0, 1)
    assert model.setData(index, "5000")
    assert model.values[model.inputs()[0].name] == 5000.0
    assert not model.setData(index, "vijfduizend")  # not a number: refused, value kept
    assert model.values[model.inputs()[0].name] == 5000.0
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == "moet een getal zijn"
    model.set_template(default_templates().get("water_storage"))
    model.set_template(None)
    assert model.rowCount() == 0


def test_the_derivation_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    ctrl = controller()
    path: list[str | None] = [EFFECT]
    model = DerivationModel(ctrl, lambda: path[0])
    assert model.rowCount() == 3
    qtmodeltester.check(model)
    # Edits through the model and the document, undo and redo, another effect, none at all.
    assert model.setData(model.index(0, 2), "7000")
    assert ctrl.scenario.alternatives[1].effects[0].quantity == pytest.approx(7000 * 0.05 * 0.03)
    assert model.setData(model.index(0, 5), "CBS Kerncijfers wijken en buurten 2024")
    ctrl.push(
        commands.build(
            ctrl.scenario,
            "set",
            f"{EFFECT}.quantity",
            library_use.set_derivation_input,
            EFFECT,
            "relative_reduction",
            0.05,
        )
    )
    ctrl.undo_stack.undo()
    ctrl.undo_stack.undo()
    ctrl.undo_stack.redo()
    path[0] = "alternatives[2].effects[0]"
    model.follow_selection()
    path[0] = None
    model.follow_selection()
    assert model.rowCount() == 0


def test_numbers_keep_their_significant_digits() -> None:
    assert format_plain(0.0005, "nl") == "0,0005"
    assert format_plain(17811290, "nl") == "17.811.290"
    assert format_plain(0.004, "en") == "0.004"
    assert format_plain(2.376, "nl") == "2,376"
    assert format_plain(1 / 3, "en") == "0.333333"
    assert format_plain(0, "nl") == "0"
