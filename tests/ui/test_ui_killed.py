"""Recovery after a killed process: the real app, an edit, SIGKILL, and the next start.

The app runs in its own process (``sroi_app.ui.application.run``, offscreen)
on a copy of an example; a small driver makes two edits as a user would,
through the controller. Once the recovery copy holds them, the process is
killed without any chance to clean up (no crash handler, no close event).
The next start finds the copy, offers it, and restores the edited document
on top of the file as saved, unsaved and undoable.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from sroi_app.app.document import Document
from sroi_app.app.userdirs import user_data_dir
from tests.conftest import ROOT
from tests.ui.conftest import EXAMPLE, make_window
from tests.ui.test_ui_files import Recorder

DRIVER = textwrap.dedent(
    """
    import sys
    from pathlib import Path

    from PySide6.QtCore import QTimer

    from sroi_app.ui import application

    original = application.create_window


    def create_window(file=None, page=None, settings=None):
        window = original(file, page, settings)

        def edit():
            window.controller.set_value("alternatives[1].effects[0].quantity", 55.0)
            window.controller.set_value("name", "Na de workshop")
            print("edited", flush=True)

        QTimer.singleShot(0, edit)
        return window


    application.create_window = create_window
    sys.exit(application.run(Path(sys.argv[1])))
    """
)


def _copy_with_edits(folder: Path) -> Path | None:
    for path in folder.glob("*.json"):
        try:
            payload = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if payload["scenario"]["name"] == "Na de workshop":
            return path
    return None


@pytest.mark.slow
def test_a_killed_app_leaves_a_recovery_copy_that_the_next_start_restores(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = tmp_path / "plein.sroi.json"
    plan.write_bytes(EXAMPLE.read_bytes())
    saved = plan.read_bytes()
    driver = tmp_path / "driver.py"
    driver.write_text(DRIVER)
    recovery = user_data_dir() / "recovery"  # SROI_APP_USER_DIR: this test's folder
    proc = subprocess.Popen(
        [sys.executable, str(driver), str(plan)],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        qtbot.waitUntil(lambda: _copy_with_edits(recovery) is not None, timeout=60_000)
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        out, err = proc.communicate()
    assert proc.returncode == -signal.SIGKILL
    assert b"edited" in out, err.decode()
    copy = _copy_with_edits(recovery)
    assert copy is not None and copy.name.startswith(f"{proc.pid}-")
    assert plan.read_bytes() == saved  # the kill touched nothing of the file itself

    # The next start.
    asked = Recorder(QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "question", asked)
    window = make_window(qtbot)
    assert window.offer_recovery()
    ((title, text),) = asked.calls
    assert title == "Herstelkopie terugzetten" and "Na de workshop" in text and str(plan) in text
    restored = window.controller.scenario
    assert restored.name == "Na de workshop"
    assert restored.alternatives[1].effects[0].quantity == 55.0
    assert window.controller.path == plan
    assert window.isWindowModified()  # restored, not yet saved
    assert not copy.exists()  # offered once
    window.undo_action.trigger()  # undo gives the file as it was saved
    assert window.controller.scenario == Document.open(plan).scenario
    window.redo_action.trigger()
    assert window.save()
    assert Document.open(plan).scenario.name == "Na de workshop"


def _start_and_kill(plan: Path, driver: Path, recovery: Path, qtbot: QtBot) -> Path:
    """Run the app on ``plan``, wait until its edits are in a recovery copy, SIGKILL it."""
    before = set(recovery.glob("*.json")) if recovery.exists() else set()
    proc = subprocess.Popen(
        [sys.executable, str(driver), plan.name],
        cwd=plan.parent,  # a relative working folder: the copy must hold an absolute path
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )

    def new_copy() -> Path | None:
        for path in set(recovery.glob("*.json")) - before:
            try:
                if json.loads(path.read_text(encoding="utf-8"))["scenario"]["name"]:
                    return path
            except (OSError, ValueError, KeyError):
                continue
        return None

    try:
        qtbot.waitUntil(lambda: new_copy() is not None, timeout=60_000)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.communicate(timeout=30)
    copy = new_copy()
    assert copy is not None
    return copy


@pytest.mark.slow
def test_two_killed_sessions_are_both_offered_and_only_the_answered_copy_goes(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    driver = tmp_path / "driver.py"
    driver.write_text(DRIVER)
    recovery = user_data_dir() / "recovery"
    first, second = tmp_path / "a" / "plein.sroi.json", tmp_path / "b" / "straat.sroi.json"
    for plan in (first, second):
        plan.parent.mkdir()
        plan.write_bytes(EXAMPLE.read_bytes())
    copy_first = _start_and_kill(first, driver, recovery, qtbot)
    copy_second = _start_and_kill(second, driver, recovery, qtbot)
    payloads = [json.loads(c.read_text(encoding="utf-8")) for c in (copy_first, copy_second)]
    assert [Path(p["recovery_of"]) for p in payloads] == [first, second]  # absolute paths

    # "Cancel" keeps every copy for the next start.
    monkeypatch.setattr(QMessageBox, "question", Recorder(QMessageBox.StandardButton.Cancel))
    assert not make_window(qtbot).offer_recovery()
    assert copy_first.exists() and copy_second.exists()

    # "No" deletes the newest copy only; the other one is offered next and restored.
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    asked: list[str] = []

    def answer(parent, title, text, *rest):  # type: ignore[no-untyped-def]
        asked.append(text)
        return next(answers)

    monkeypatch.setattr(QMessageBox, "question", answer)
    window = make_window(qtbot)
    assert window.offer_recovery()
    assert str(second) in asked[0] and "1" in asked[0] and str(first) in asked[1]
    assert not copy_second.exists() and not copy_first.exists()
    assert window.controller.path == first
    assert window.controller.scenario.name == "Na de workshop"
