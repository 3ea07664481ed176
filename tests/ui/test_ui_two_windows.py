"""Two windows (or programs) on one file: the last save no longer silently wins (issue 18, 4)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from sroi_app.app.document import Document
from sroi_app.io.scenario_file import FileChangedOnDiskError, load_scenario
from sroi_app.ui import mainwindow
from tests.ui.conftest import EXAMPLE, make_window
from tests.ui.test_ui_files import Recorder


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "plein.sroi.json"
    path.write_bytes(EXAMPLE.read_bytes())
    return path


def test_a_document_refuses_to_overwrite_what_another_saved(plan: Path) -> None:
    first, second = Document.open(plan), Document.open(plan)
    second.scenario = second.scenario.model_copy(update={"name": "Van collega"})
    second.save()
    first.scenario = first.scenario.model_copy(update={"name": "Van mij"})
    with pytest.raises(FileChangedOnDiskError):
        first.save()
    assert load_scenario(plan).name == "Van collega"
    first.save(overwrite=True)
    assert load_scenario(plan).name == "Van mij"
    # Saving again after that is the document's own version: no question.
    first.save()


def test_a_file_touched_but_not_changed_saves_without_a_question(plan: Path) -> None:
    document = Document.open(plan)
    os.utime(plan, (1, 1))
    document.save()


@pytest.mark.parametrize(
    ("answer", "name_on_disk"), [("cancel", "Van collega"), ("overwrite", "Van mij")]
)
def test_the_window_asks_before_overwriting_the_other_windows_save(
    qtbot: QtBot, plan: Path, monkeypatch: pytest.MonkeyPatch, answer: str, name_on_disk: str
) -> None:
    first = make_window(qtbot, Document.open(plan))
    second = make_window(qtbot, Document.open(plan))
    second.controller.set_value("name", "Van collega")
    assert second.save()
    first.controller.set_value("name", "Van mij")
    asked: list[Path] = []

    def ask(parent, path):  # type: ignore[no-untyped-def]
        asked.append(path)
        return answer

    monkeypatch.setattr(mainwindow, "ask_changed_on_disk", ask)
    assert first.save() is (answer == "overwrite")
    assert asked == [plan]
    assert load_scenario(plan).name == name_on_disk
    assert first.isWindowModified() is (answer == "cancel")


def test_any_save_failure_is_explained_and_the_work_stays_open(
    qtbot: QtBot, plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, Document.open(plan))
    window.controller.set_value("name", "Onbewaard")
    before = plan.read_bytes()

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise ValueError("something no one foresaw")

    monkeypatch.setattr("sroi_app.app.document.save_scenario", broken)
    shown = Recorder()
    monkeypatch.setattr(QMessageBox, "critical", shown)
    assert not window.save()
    ((_title, text),) = shown.calls
    assert "plein.sroi.json" in text and "something no one foresaw" in text
    assert window.isWindowModified() and window.controller.scenario.name == "Onbewaard"
    assert plan.read_bytes() == before
