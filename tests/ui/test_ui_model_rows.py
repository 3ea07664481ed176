"""The table models tell their views about one row, not the whole table (issue 16, step 4).

An insert, remove or move edit is ``rowsInserted``/``rowsRemoved``/``rowsMoved``
(no ``modelReset``), ``dataChanged`` covers the rows that changed, a refusal's
tooltip follows its item, and the views keep their selection.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from sroi_app.app import commands, edits
from sroi_app.app.document import Document
from sroi_app.ui.controller import DocumentController
from sroi_app.ui.models.document_models import (
    AlternativesModel,
    EffectsModel,
    StakeholdersModel,
)
from sroi_app.ui.models.rowdiff import RowChange, diff_rows
from tests.conftest import ROOT

GREEN_PLACE = ROOT / "scenarios" / "groene-ontmoetingsplek.sroi.json"
EFFECTS = "alternatives[1].effects"


class Spy:
    """Every structural signal and every ``dataChanged`` range of one model."""

    def __init__(self, model: QAbstractItemModel) -> None:
        self.events: list[tuple[Any, ...]] = []
        self.changed: list[tuple[int, int, int, int]] = []
        model.modelReset.connect(lambda: self.events.append(("reset",)))
        model.rowsInserted.connect(lambda _p, a, b: self.events.append(("inserted", a, b)))
        model.rowsRemoved.connect(lambda _p, a, b: self.events.append(("removed", a, b)))
        model.rowsMoved.connect(lambda _p, a, b, _q, to: self.events.append(("moved", a, b, to)))
        model.dataChanged.connect(self._data_changed)

    def _data_changed(self, top: QModelIndex, bottom: QModelIndex, _roles: Any = None) -> None:
        self.changed.append((top.row(), bottom.row(), top.column(), bottom.column()))

    def clear(self) -> None:
        self.events.clear()
        self.changed.clear()

    def changed_rows(self) -> set[int]:
        return {r for top, bottom, _c, _d in self.changed for r in range(top, bottom + 1)}


Effects = tuple[DocumentController, EffectsModel, Spy]


@pytest.fixture
def effects(qtmodeltester: ModelTester) -> Iterator[Effects]:
    controller = DocumentController(Document.open(GREEN_PLACE))
    model = EffectsModel(controller)
    model.set_alternative(1)
    qtmodeltester.check(model)  # Qt's tester watches every change below (warnings fail)
    yield controller, model, Spy(model)


def ids(model: EffectsModel) -> list[str]:
    return [item.id for item in model.items()]


def new_effect(controller: DocumentController) -> dict[str, Any]:
    return edits.new_effect(controller.scenario, 1, "Nieuw effect")


def test_an_insert_is_one_inserted_row(effects: Effects) -> None:
    controller, model, spy = effects
    before = ids(model)
    controller.push(commands.insert(controller.scenario, EFFECTS, new_effect(controller), 2))
    assert spy.events == [("inserted", 2, 2)]
    assert ids(model)[:2] + ids(model)[3:] == before
    assert model.rowCount() == len(before) + 1
    spy.clear()
    controller.undo_stack.undo()
    assert spy.events == [("removed", 2, 2)]
    assert ids(model) == before


def test_a_remove_is_one_removed_row(effects: Effects) -> None:
    controller, model, spy = effects
    before = ids(model)
    controller.push(commands.remove(controller.scenario, EFFECTS, 3))
    assert spy.events == [("removed", 3, 3)]
    assert ids(model) == before[:3] + before[4:]
    spy.clear()
    controller.undo_stack.undo()
    assert spy.events == [("inserted", 3, 3)]
    assert ids(model) == before


@pytest.mark.parametrize(("row", "to", "qt_to"), [(0, 2, 3), (4, 1, 1), (5, 6, 7)])
def test_a_move_is_one_moved_row(effects: Effects, row: int, to: int, qt_to: int) -> None:
    controller, model, spy = effects
    before = ids(model)
    controller.push(commands.move(controller.scenario, EFFECTS, row, to))
    # Qt counts the destination before the move: "in front of row qt_to".
    assert spy.events == [("moved", row, row, qt_to)]
    assert ids(model)[to] == before[row]
    assert sorted(ids(model)) == sorted(before)
    spy.clear()
    controller.undo_stack.undo()
    assert spy.events and spy.events[0][0] == "moved"
    assert ids(model) == before


def test_an_edited_cell_repaints_its_row_only(
    effects: Effects,
) -> None:
    _controller, model, spy = effects
    col = [c.key for c in model.columns].index("name")
    assert model.setData(model.index(4, col), "Anders genoemd", Qt.ItemDataRole.EditRole)
    assert spy.events == []
    assert spy.changed_rows() == {4}
    assert model.index(4, col).data() == "Anders genoemd"


def test_a_renamed_stakeholder_repaints_the_beneficiary_column(
    effects: Effects,
) -> None:
    controller, model, spy = effects
    beneficiary = [c.key for c in model.columns].index("beneficiary")
    who = model.items()[0].beneficiary
    row = [s.id for s in controller.scenario.stakeholders].index(who)
    assert not controller.set_value(f"stakeholders[{row}].name", "Iemand anders")
    assert spy.events == []
    # No effect changed, but the column that names the stakeholders shows the new name.
    assert spy.changed == [(0, model.rowCount() - 1, beneficiary, beneficiary)]
    assert model.index(0, beneficiary).data() == "Iemand anders"


def test_an_edit_elsewhere_repaints_nothing(
    effects: Effects,
) -> None:
    controller, _model, spy = effects
    assert not controller.set_value("alternatives[2].effects[0].name", "Elders")
    assert spy.events == [] and spy.changed == []


def test_a_refusal_goes_with_its_removed_row(
    effects: Effects,
) -> None:
    controller, model, spy = effects
    col = [c.key for c in model.columns].index("deadweight")
    assert not model.setData(model.index(2, col), "150%", Qt.ItemDataRole.EditRole)
    refusal = model.refusal(2, col)
    assert refusal and model.data(model.index(2, col), Qt.ItemDataRole.ToolTipRole) == refusal
    controller.push(commands.move(controller.scenario, EFFECTS, 2, 5))
    assert model.data(model.index(5, col), Qt.ItemDataRole.ToolTipRole) == refusal
    assert model.data(model.index(2, col), Qt.ItemDataRole.ToolTipRole) != refusal
    controller.push(commands.remove(controller.scenario, EFFECTS, 5))
    assert ("removed", 5, 5) in spy.events and ("reset",) not in spy.events
    shown = [model.index(r, col).data(Qt.ItemDataRole.ToolTipRole) for r in range(model.rowCount())]
    assert refusal not in shown
    controller.undo_stack.undo()  # the item is back, its refused typing is not
    assert model.refusal(5, col) is None


def test_a_reference_change_repaints_both_rows_not_a_reset(qtmodeltester: ModelTester) -> None:
    controller = DocumentController(Document.open(GREEN_PLACE))
    model = AlternativesModel(controller)
    qtmodeltester.check(model)
    spy = Spy(model)
    assert not controller.attempt(commands.set_reference, 2, controller.document.cpi)
    assert spy.events == []
    assert spy.changed_rows() == {0, 2}  # the old and the new reference


def test_a_list_view_keeps_its_selection_when_rows_come_and_go(qtbot: QtBot) -> None:
    controller = DocumentController(Document.open(GREEN_PLACE))
    model = StakeholdersModel(controller)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.selectRow(3)
    chosen = model.items()[3].id
    controller.push(commands.insert(controller.scenario, "stakeholders", {"id": "nieuw"}, 0))
    rows = view.selectionModel().selectedRows()
    assert [model.items()[r.row()].id for r in rows] == [chosen]
    controller.undo_stack.undo()
    rows = view.selectionModel().selectedRows()
    assert [model.items()[r.row()].id for r in rows] == [chosen]


# -- the difference of two lists, without Qt ------------------------------------------------------


def apply(change: RowChange, old: list[str], new: list[str]) -> list[str]:
    """``old`` changed as ``change`` says (an inserted key taken from ``new``)."""
    rows = list(old)
    if change.kind == "insert":
        rows.insert(change.row, new[change.row])
    elif change.kind == "remove":
        del rows[change.row]
    elif change.kind == "move":
        rows.insert(change.to, rows.pop(change.row))
    return rows


def test_one_step_is_found_among_random_lists() -> None:
    rng = random.Random(16)
    for _ in range(2000):
        old = [f"k{i}" for i in rng.sample(range(40), rng.randint(0, 8))]
        new = list(old)
        step = rng.choice(("insert", "remove", "move"))
        if step == "insert":
            new.insert(rng.randint(0, len(new)), "fresh")
        elif step == "remove" and new:
            del new[rng.randrange(len(new))]
        elif step == "move" and new:
            new.insert(rng.randrange(len(new)), new.pop(rng.randrange(len(new))))
        change = diff_rows(old, new)
        assert change.kind != "reset"
        if change.kind == "same":
            assert old == new
        assert apply(change, old, new) == new
        # Each new row's item came from the row old_row says.
        for row, key in enumerate(new):
            source = change.old_row(row)
            assert (key == "fresh") if source is None else old[source] == key


@pytest.mark.parametrize(
    ("old", "new", "kind"),
    [
        (["a", "b", "c"], ["b", "c", "a", "d"], "reset"),  # a move and an insert
        (["a", "b", "c", "d"], ["b", "a", "d", "c"], "reset"),  # two swaps
        (["a", "b"], ["a"] * 3, "reset"),  # keys that say nothing
        (["a", "b", "c"], ["a", "x", "c"], "same"),  # an id renamed: changed in place
        ([None, None], [None, None], "same"),  # no keys, as many rows
        ([None], [None, None], "reset"),
    ],
)
def test_more_than_one_step_is_a_reset(old: list[Any], new: list[Any], kind: str) -> None:
    assert diff_rows(old, new).kind == kind
