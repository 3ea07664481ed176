"""Files that fail, recovery copies and the crash handler."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from sroi_app.app.document import Document
from sroi_app.app.recovery import RecoveryStore
from sroi_app.ui.crash import CrashHandler
from sroi_app.ui.mainwindow import MainWindow
from tests.conftest import spec_example
from tests.ui.conftest import EXAMPLE, make_window


class Recorder:
    """Stands in for a static QMessageBox function and answers like a user."""

    def __init__(self, answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok) -> None:
        self.calls: list[tuple[str, str]] = []
        self.answer = answer

    def __call__(self, parent, title, text, *args):  # type: ignore[no-untyped-def]
        self.calls.append((title, text))
        return self.answer


def test_a_file_that_fails_validation_is_explained_and_the_document_kept(
    example_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = example_window
    window.controller.set_value("name", "Mijn plan")  # unsaved work that must survive
    before, count = window.controller.scenario, window.controller.undo_stack.count()
    title = window.windowTitle()
    data = spec_example()
    data["alternatives"][1]["effects"][0]["deadweight"] = 1.5
    data["alternatives"][1]["costs"][0]["payer"] = "niemand"
    bad = tmp_path / "kapot.sroi.json"
    bad.write_text(json.dumps(data))
    critical = Recorder()
    monkeypatch.setattr(QMessageBox, "critical", critical)
    monkeypatch.setattr(QMessageBox, "question", Recorder(QMessageBox.StandardButton.Discard))
    assert not window.open_file(bad, ask=False)
    ((heading, text),) = critical.calls
    assert heading == "Bestand kan niet worden geopend"
    assert "“kapot.sroi.json” kan niet worden geopend:" in text
    # Each item by its name and variant, the field by its label; no JSON path.
    assert (
        "Kostenpost ‘Aanleg’ (variant ‘Groen schoolplein’), Betaler:"
        " er is geen actor met id 'niemand'" in text
    )
    assert (
        "Effect ‘Meer bewegen kinderen’ (variant ‘Groen schoolplein’), Deadweight:"
        " moet tussen 0% en 100% liggen" in text
    )
    assert "alternatives[" not in text
    assert window.controller.scenario is before
    assert window.controller.undo_stack.count() == count
    assert window.windowTitle() == title and window.isWindowModified()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("{not json", "het bestand is geen geldige JSON"),
        (json.dumps({**spec_example(), "schema_version": 9}), "scenarioformaat 9"),
    ],
)
def test_files_that_are_not_scenarios_are_explained(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str, expected: str
) -> None:
    path = tmp_path / "x.sroi.json"
    path.write_text(content)
    critical = Recorder()
    monkeypatch.setattr(QMessageBox, "critical", critical)
    before = window.controller.scenario
    assert not window.open_file(path)
    assert expected in critical.calls[0][1]
    assert window.controller.scenario is before
    missing = Recorder()
    monkeypatch.setattr(QMessageBox, "critical", missing)
    assert not window.open_file(tmp_path / "nergens.sroi.json")
    assert "het bestand bestaat niet" in missing.calls[0][1]


def _dead_pid() -> int:
    proc = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(proc.stdout)


def test_recovery_copy_is_written_after_a_change_and_offered_back(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "plein.sroi.json"
    Document.open(EXAMPLE).save_as(path)
    window = make_window(qtbot, Document.open(path), recovery_interval_s=0)
    store = window.controller.recovery
    assert not store.path.exists()
    window.controller.set_value("alternatives[1].effects[0].quantity", 55.0)
    qtbot.waitUntil(store.path.exists)
    store.flush()
    edited = window.controller.scenario
    # The program "crashes": its copy stays behind, and its process is gone.
    payload = json.loads(store.path.read_text())
    payload["pid"] = _dead_pid()
    store.path.write_text(json.dumps(payload))
    window.controller.recovery = RecoveryStore()  # the crashed session no longer owns it
    asked = Recorder(QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "question", asked)
    second = make_window(qtbot)
    assert second.offer_recovery()
    assert "plein.sroi.json" in asked.calls[0][1]
    assert second.controller.scenario == edited
    assert second.controller.path == path
    assert second.isWindowModified()  # restored, not saved yet
    second.undo_action.trigger()  # undoing the restore gives the file as it was saved
    assert second.controller.scenario == Document.open(path).scenario
    assert not store.path.exists()  # offered once, then removed
    assert not second.offer_recovery()


def test_recovery_copy_at_most_once_a_minute_and_removed_on_save(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window(qtbot, Document.open(EXAMPLE))
    controller = window.controller
    assert controller.recovery_interval_s == 60
    controller.set_value("name", "Een")
    # The first change is copied at once ...
    qtbot.waitUntil(controller.recovery.path.exists)
    controller.recovery.flush()
    assert json.loads(controller.recovery.path.read_text())["scenario"]["name"] == "Een"
    # ... later ones wait until a minute has passed since the last copy.
    controller.set_value("name", "Twee")
    timer = controller._recovery_timer
    assert timer.isActive() and 55_000 <= timer.remainingTime() <= 63_000  # a coarse timer: ±5%
    controller.set_value("name", "Drie")
    assert (
        55_000 <= timer.remainingTime() <= 63_000
    )  # a coarse timer: ±5%  # still the one pending copy
    assert json.loads(controller.recovery.path.read_text())["scenario"]["name"] == "Een"
    assert window.save_to(tmp_path / "een.sroi.json")
    assert not controller.recovery.path.exists() and not timer.isActive()


def test_crash_handler_logs_keeps_a_copy_and_tells_the_user(
    example_window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = example_window
    window.controller.set_value("name", "Onopgeslagen")
    critical = Recorder()
    monkeypatch.setattr(QMessageBox, "critical", critical)
    handler = CrashHandler(lambda: window.controller, lambda: window)
    handler.install()
    try:
        try:
            raise ZeroDivisionError("kapot")
        except ZeroDivisionError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        handler.uninstall()
    log = handler.last_log
    assert (
        log is not None
        and log.parent == Path(__import__("os").environ["SROI_APP_USER_DIR"]) / "log"
    )
    assert "ZeroDivisionError: kapot" in log.read_text()
    ((title, text),) = critical.calls
    assert title == "Onverwachte fout" and str(log) in text and "herstelkopie" in text
    copy = json.loads(window.controller.recovery.path.read_text())
    assert copy["scenario"]["name"] == "Onopgeslagen"
