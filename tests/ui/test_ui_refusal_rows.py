"""A refusal's tooltip stays with its item when the rows move (issue 16, step 4)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from sroi_app.app import commands
from sroi_app.app.document import Document
from sroi_app.ui.models.document_models import EffectsModel
from tests.conftest import SCENARIOS
from tests.ui.conftest import make_window

PLEIN = next(p for p in SCENARIOS if p.name == "groene-ontmoetingsplek.sroi.json")


def test_the_tooltip_follows_its_row_after_a_move(qtbot: QtBot) -> None:
    window = make_window(qtbot, Document.open(PLEIN))
    model = EffectsModel(window.controller)
    model.set_alternative(1)
    col = [c.key for c in model.columns].index("deadweight")
    first = model.items()[0].id
    assert not model.setData(model.index(0, col), "150%", Qt.ItemDataRole.EditRole)
    refusal = model.refusal(0, col)
    assert refusal
    window.controller.push(
        commands.move(window.controller.scenario, "alternatives[1].effects", 0, 2)
    )
    assert model.items()[2].id == first
    assert model.refusal(2, col) == refusal
    assert model.refusal(0, col) is None
    assert model.data(model.index(2, col), Qt.ItemDataRole.ToolTipRole) == refusal


def test_the_comparison_says_for_whom(qtbot: QtBot) -> None:
    """Issue 15, item 2: the extra costs and benefits of B over A per stakeholder."""
    window = make_window(qtbot, Document.open(PLEIN))
    page = window.show_page("comparison")
    qtbot.waitUntil(lambda: page.increment is not None)
    step = page.increment
    rows = {page.who_model.cell(r, 0): r[1] for r in page.who_model.rows}
    assert rows and sum(s.pv_costs for s in rows.values()) == pytest.approx(step.pv_costs)
    assert page.who_model.column_titles()[0] == "Voor wie"
