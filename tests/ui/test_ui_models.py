"""Every Qt item model passes pytest-qt's qtmodeltester, also while the document changes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from sroi_app.app import commands, edits
from sroi_app.app.document import Document
from sroi_app.domain.validation import scenario_from_data
from sroi_app.ui.controller import DocumentController
from sroi_app.ui.models.document_models import (
    AlternativesModel,
    CostsModel,
    EffectsModel,
    PmItemsModel,
    RateScheduleModel,
    StakeholdersModel,
)
from sroi_app.ui.models.result_models import (
    OverviewModel,
    StakeholderResultModel,
    ValueMapModel,
    WarningsModel,
)
from tests.conftest import spec_example

DOCUMENT_MODELS = [
    StakeholdersModel,
    AlternativesModel,
    CostsModel,
    EffectsModel,
    PmItemsModel,
    RateScheduleModel,
]


def example_controller() -> DocumentController:
    data = spec_example()
    data["settings"]["discount_rate"] = [
        {"from_year": 0, "rate": 0.035},
        {"from_year": 31, "rate": 0.03},
    ]
    return DocumentController(Document(scenario_from_data(data)))


def churn(controller: DocumentController) -> None:
    """Edits that insert, remove, move and change rows of every list."""
    s = controller.scenario
    controller.push(commands.insert(s, "stakeholders", edits.new_stakeholder(s, "Bewoners")))
    s = controller.scenario
    controller.push(commands.insert(s, "alternatives[1].costs", edits.new_cost(s, 1, "Beheer")))
    s = controller.scenario
    controller.push(commands.insert(s, "alternatives[1].effects", edits.new_effect(s, 1, "Rust")))
    controller.push(commands.move(controller.scenario, "alternatives[1].costs", 2, 0))
    controller.set_value("alternatives[1].effects[0].deadweight", 0.4)
    controller.push(commands.duplicate_alternative(controller.scenario, 1))
    s = controller.scenario
    controller.push(commands.insert(s, "pm_items", edits.new_pm_item(s, "Trots")))
    controller.push(
        commands.insert(
            controller.scenario, "settings.discount_rate", {"from_year": 76, "rate": 0.025}
        )
    )
    controller.push(commands.remove(controller.scenario, "alternatives[1].effects", 1))
    controller.push(commands.remove(controller.scenario, "alternatives", 2))
    for _ in range(controller.undo_stack.count()):
        controller.undo_stack.undo()
    for _ in range(controller.undo_stack.count()):
        controller.undo_stack.redo()


@pytest.mark.parametrize("model_class", DOCUMENT_MODELS, ids=lambda c: c.__name__)
def test_document_models_pass_the_model_tester(qtmodeltester: ModelTester, model_class) -> None:  # type: ignore[no-untyped-def]
    controller = example_controller()
    model = model_class(controller)
    if hasattr(model, "set_alternative"):
        model.set_alternative(1)
    assert model.rowCount() > 0
    qtmodeltester.check(model)
    churn(controller)
    qtmodeltester.check(model)


@pytest.mark.parametrize("model_class", DOCUMENT_MODELS, ids=lambda c: c.__name__)
def test_document_models_on_an_empty_document(qtmodeltester: ModelTester, model_class) -> None:  # type: ignore[no-untyped-def]
    model = model_class(DocumentController(Document.new(year=2026)))
    qtmodeltester.check(model)


@pytest.mark.parametrize(
    "model_class",
    [StakeholderResultModel, OverviewModel, ValueMapModel, WarningsModel],
    ids=lambda c: c.__name__,
)
def test_result_models_pass_the_model_tester(qtmodeltester: ModelTester, model_class) -> None:  # type: ignore[no-untyped-def]
    controller = example_controller()
    model = model_class()
    show = (
        (lambda ev: model.show(ev))
        if model_class is WarningsModel
        else (lambda ev: model.show(ev, "groen"))
    )
    qtmodeltester.check(model)
    show(controller.evaluation())
    assert model.rowCount() > 0
    qtmodeltester.check(model)
    controller.set_value("alternatives[1].effects[0].deadweight", 0.0)
    show(controller.evaluation())
    qtmodeltester.check(model)


def test_costs_model_follows_the_chosen_alternative() -> None:
    controller = example_controller()
    model = CostsModel(controller)
    model.set_alternative(0)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Regulier onderhoud"]
    model.set_alternative(1)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Aanleg", "Onderhoud"]
    # Both directions: an edit through the model lands in the document ...
    assert model.setData(model.index(0, 2), "160.000", Qt.ItemDataRole.EditRole)
    assert controller.scenario.alternatives[1].costs[0].amount == 160_000.0
    # ... and a change of the document shows in the model.
    controller.set_value("alternatives[1].costs[0].amount", 170_000.0)
    assert model.index(0, 2).data() == "\u20ac 170.000"
    assert model.index(0, 1).data() == "Gemeente"  # the payer by name
    controller.set_value("stakeholders[0].name", "Gemeente Utrecht")
    assert model.index(0, 1).data() == "Gemeente Utrecht"


def test_reference_checkbox_moves_the_nulalternatief() -> None:
    controller = example_controller()
    model = AlternativesModel(controller)
    assert model.index(0, 2).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.setData(
        model.index(1, 2), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert [a.reference for a in controller.scenario.alternatives] == [False, True]
    assert model.index(1, 3).data() == "2"  # its costs, counted


def test_renaming_a_stakeholder_id_follows_its_references() -> None:
    controller = example_controller()
    model = StakeholdersModel(controller)
    assert model.setData(model.index(1, 1), "zorgverzekeraar")
    assert controller.scenario.alternatives[1].effects[0].beneficiary == "zorgverzekeraar"
    assert not model.setData(model.index(1, 1), "gemeente")
    assert (
        model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole) == "het id 'gemeente' is al in gebruik"
    )


JUNK = ["", "abc", "-5", "1e400", "99999999999999999999", "150%", "0,5", "2.030", "gemeente"]


@pytest.mark.parametrize("model_class", DOCUMENT_MODELS, ids=lambda c: c.__name__)
def test_any_text_in_any_cell_keeps_the_document_valid(qtbot: QtBot, model_class) -> None:  # type: ignore[no-untyped-def]
    from sroi_app.app.evaluation import evaluate
    from sroi_app.domain.validation import scenario_to_data

    controller = example_controller()
    model = model_class(controller)
    if hasattr(model, "set_alternative"):
        model.set_alternative(1)
    accepted = refused = 0
    for column in range(model.columnCount()):
        for text in JUNK:
            index = model.index(0, column)
            if not model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                continue
            before = controller.scenario
            if model.setData(index, text, Qt.ItemDataRole.EditRole):
                accepted += 1
            else:
                refused += 1
                assert controller.scenario is before
                assert index.data(Qt.ItemDataRole.ToolTipRole)  # the reason, in words
            # Whatever happened, the document is valid and computes.
            assert scenario_from_data(scenario_to_data(controller.scenario)) == controller.scenario
            evaluate(controller.scenario)
    assert accepted and refused


def test_the_costs_page_totals_each_payer(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Issue 15, item 7: totals per payer, worked out by hand from the spec (section 3)."""
    from sroi_app.domain.formatting import format_money
    from tests.ui.conftest import EXAMPLE, make_window

    window = make_window(qtbot, Document.open(EXAMPLE))
    page = window.show_page("costs")
    page.selector.select(window.controller.scenario.alternatives[1].id)  # Groen schoolplein
    window.controller.set_value("alternatives[1].costs[1].payer", "zvz")  # onderhoud 5.000 a year
    cpi = window.controller.document.cpi
    index = cpi.factor(2024, 2026)  # aanleg: 150.000 in 2024 prices, in year 0
    maintenance_pv = sum(5000 / 1.0225**t for t in range(1, 16))
    expected = [
        ["Gemeente", format_money(150000 * index), format_money(150000 * index)],
        ["Zorgverzekeraar", format_money(5000 * 15), format_money(maintenance_pv)],
        [
            "Totaal",
            format_money(150000 * index + 75000),
            format_money(150000 * index + maintenance_pv),
        ],
    ]
    model = page.totals_model
    shown = [[model.index(r, c).data() for c in range(3)] for r in range(model.rowCount())]
    assert shown == expected
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Betaler",
        "Over de horizon",
        "Contante waarde",
    ]
    # The nulalternatief: regular maintenance of 2.000 a year in years 0-15.
    page.selector.select(window.controller.scenario.alternatives[0].id)
    shown = [[model.index(r, c).data() for c in range(3)] for r in range(model.rowCount())]
    upkeep = format_money(sum(2000 / 1.0225**t for t in range(16)))
    assert shown == [
        ["Gemeente", format_money(32000), upkeep],
        ["Totaal", format_money(32000), upkeep],
    ]
