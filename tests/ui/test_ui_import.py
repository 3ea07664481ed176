"""File → Import workbook: an edited workbook opens as a new document with what changed
(issue 12, item 5). The user is stood in for at the file dialog and the message boxes.

The edits are made with openpyxl and not recalculated: the import reads input cells
only, so what it computes does not depend on LibreOffice (that is tested in
tests/test_excel_import.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from sroi_app.app.document import Document
from sroi_app.exports.excel.workbook import export_workbook
from sroi_app.ui.import_actions import import_workbook_dialog
from tests.conftest import SCENARIOS
from tests.ui.conftest import make_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

PLEIN = next(p for p in SCENARIOS if p.name == "groene-ontmoetingsplek.sroi.json")


class User:
    def __init__(self, monkeypatch: pytest.MonkeyPatch, workbook: Path) -> None:
        self.shown: list[str] = []
        self.warned: list[str] = []
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(workbook), ""))
        monkeypatch.setattr(QMessageBox, "information", self._information)
        monkeypatch.setattr(QMessageBox, "warning", self._warning)

    def _information(self, _parent: Any, _title: str, text: str) -> Any:
        self.shown.append(text)
        return QMessageBox.StandardButton.Ok

    def _warning(self, _parent: Any, _title: str, text: str) -> Any:
        self.warned.append(text)
        return QMessageBox.StandardButton.Ok


def _edit(workbook: Path, mapping: Any, edits: dict[str, object]) -> None:
    book = load_workbook(workbook)
    for path, value in edits.items():
        sheet, coordinate = mapping.inputs[path].rsplit("!", 1)
        book[sheet.strip("'")][coordinate.replace("$", "")].value = value
    book.save(workbook)


def test_an_edited_workbook_opens_as_a_new_document_with_what_changed(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = make_window(qtbot, Document.open(PLEIN))
    scenario = window.controller.scenario
    workbook = tmp_path / "plan.xlsx"
    mapping = export_workbook(scenario, workbook, "nl")
    effect = scenario.alternatives[1].effects[0]
    _edit(workbook, mapping, {"alternatives[1].effects[0].deadweight": 0.2})
    user = User(monkeypatch, workbook)

    result = import_workbook_dialog(window)

    assert result is not None, user.warned
    now = window.controller.scenario
    assert now.alternatives[1].effects[0].deadweight == pytest.approx(0.2)
    assert now.alternatives[1].effects[0].quantity == effect.quantity
    assert window.controller.document.path is None  # new and unsaved: the source is kept
    assert window.controller.undo_stack.count() == 0
    (message,) = user.shown
    assert "1 " in message and f"‘{effect.name}’" in message
    assert (
        "20,00%" in message
        and mapping.inputs["alternatives[1].effects[0].deadweight"].split("!")[0].strip("'")
        in message
    )
    assert "alternatives[" not in message  # named by its name, never by a JSON path


def test_a_bad_cell_is_named_and_nothing_changes(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = make_window(qtbot, Document.open(PLEIN))
    before = window.controller.scenario
    workbook = tmp_path / "plan.xlsx"
    mapping = export_workbook(before, workbook, "nl")
    _edit(workbook, mapping, {"alternatives[1].effects[0].deadweight": 1.5})
    user = User(monkeypatch, workbook)

    assert import_workbook_dialog(window) is None

    assert window.controller.scenario is before
    assert window.controller.document.path == PLEIN.absolute()
    (warning,) = user.warned
    assert "moet" in warning or "tussen" in warning  # worded in Dutch, like the app
    sheet, cell = mapping.inputs["alternatives[1].effects[0].deadweight"].rsplit("!", 1)
    assert f"{sheet.strip(chr(39))}!{cell.replace('$', '')}" in warning
    assert user.shown == []


def test_the_action_is_on_the_file_menu(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    texts = [a.text().replace("&", "") for a in window.menuBar().actions()[0].menu().actions()]
    assert any("Werkmap importeren" in t or "Import workbook" in t for t in texts)
