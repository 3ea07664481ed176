"""Faults in the app: a save that fails half-way or cannot write, a newer file, About.

Whatever goes wrong, the file on disk stays as it was, the document stays
open with its changes, and the user is told why in words they can act on.
Tests run as root, so a read-only place is simulated: a folder in the way,
a missing folder, or the operating system refusing the replace.
"""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from sroi_app import __version__
from sroi_app.app.document import Document
from sroi_app.io import atomic
from sroi_app.io.atomic import backup_path
from sroi_app.ui.about import AboutDialog
from sroi_app.ui.mainwindow import MainWindow
from tests.conftest import spec_example
from tests.ui.conftest import EXAMPLE, make_window
from tests.ui.test_ui_files import Recorder


@pytest.fixture
def saved_window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    """A window on a saved file (with a .bak from an earlier save) and one unsaved change."""
    path = tmp_path / "plein.sroi.json"
    document = Document.open(EXAMPLE)
    document.save_as(path)
    document.save()  # now plein.sroi.json.bak exists too
    window = make_window(qtbot, Document.open(path))
    window.controller.set_value("alternatives[1].effects[0].quantity", 55.0)
    assert window.isWindowModified()
    return window


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def _assert_nothing_lost(window: MainWindow, before: dict[str, bytes], folder: Path) -> None:
    assert _files(folder) == before  # the file and its .bak as they were; no temporary file
    assert window.isWindowModified()  # the changes are still open, not marked saved
    assert window.controller.scenario.alternatives[1].effects[0].quantity == 55.0


def test_a_save_failing_mid_write_keeps_the_old_file(
    saved_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = saved_window
    before = _files(tmp_path)
    real_fdopen = os.fdopen
    written: list[int] = []

    class HalfWrite:
        """The disk fills up after part of the new file has been written."""

        def __init__(self, handle: Any) -> None:
            self.handle = handle

        def __enter__(self) -> HalfWrite:
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()

        def write(self, data: bytes) -> int:
            written.append(self.handle.write(data[: len(data) // 2]))
            self.handle.flush()
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fdopen", lambda fd, mode: HalfWrite(real_fdopen(fd, mode)))
    critical = Recorder()
    monkeypatch.setattr(QMessageBox, "critical", critical)
    assert not window.save()
    monkeypatch.undo()
    assert written and written[0] > 1000  # it really wrote half a file before failing
    _assert_nothing_lost(window, before, tmp_path)
    ((title, text),) = critical.calls
    assert title == "Bestand kan niet worden opgeslagen"
    assert "de schijf is vol" in text and "niet veranderd" in text
    # With room on the disk again, the same save works and keeps the previous version.
    assert window.save()
    assert backup_path(tmp_path / "plein.sroi.json").read_bytes() == before["plein.sroi.json"]
    assert not window.isWindowModified()


@pytest.mark.parametrize(
    ("make_target", "words"),
    [
        (lambda folder: folder / "ontbreekt" / "plan.sroi.json", "de map bestaat niet"),
        (
            lambda folder: (folder / "bezet.sroi.json").mkdir() or folder / "bezet.sroi.json",
            "er staat een map met die naam in de weg",
        ),
    ],
    ids=["missing-folder", "folder-in-the-way"],
)
def test_save_as_to_a_place_that_cannot_be_written(
    saved_window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    make_target: Any,
    words: str,
) -> None:
    window = saved_window
    target = make_target(tmp_path)
    before = _files(tmp_path)
    critical = Recorder()
    monkeypatch.setattr(QMessageBox, "critical", critical)
    assert not window.save_to(target)
    _assert_nothing_lost(window, before, tmp_path)
    assert window.controller.path == tmp_path / "plein.sroi.json"  # still the old file
    ((_title, text),) = critical.calls
    assert f"“{target}” kan niet worden opgeslagen: {words}." in text


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (PermissionError(errno.EACCES, "Permission denied"), "is het bestand geopend in"),
        (OSError(errno.EROFS, "Read-only file system"), "is alleen-lezen"),
    ],
    ids=["locked-or-read-only-file", "read-only-disk"],
)
def test_save_over_a_locked_or_read_only_file(
    saved_window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    error: OSError,
    words: str,
) -> None:
    window = saved_window
    before = _files(tmp_path)

    def refuse(src: Any, dst: Any) -> None:
        raise error

    monkeypatch.setattr(atomic.os, "replace", refuse)
    critical = Recorder()
    monkeypatch.setattr(QMessageBox, "critical", critical)
    assert not window.save()
    monkeypatch.undo()
    # The .bak is refreshed before the replace; it holds the file as it still is.
    assert _files(tmp_path) == {**before, "plein.sroi.json.bak": before["plein.sroi.json"]}
    assert window.isWindowModified()
    assert words in critical.calls[0][1]


def test_a_newer_file_is_refused_in_the_app_with_its_version(
    example_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = example_window
    window.controller.set_value("name", "Werk in uitvoering")
    before, history = window.controller.scenario, window.controller.undo_stack.count()
    newer = tmp_path / "uit-de-toekomst.sroi.json"
    content = json.dumps({**spec_example(), "schema_version": 3, "new_field": [1, 2]})
    newer.write_text(content)
    critical = Recorder()
    monkeypatch.setattr(QMessageBox, "critical", critical)
    assert not window.open_file(newer, ask=False)
    ((title, text),) = critical.calls
    assert title == "Bestand kan niet worden geopend"
    assert "scenarioformaat 3" in text and "tot en met formaat 1" in text
    assert window.controller.scenario is before  # the open document is untouched
    assert window.controller.undo_stack.count() == history and window.isWindowModified()
    assert window.controller.path == EXAMPLE
    assert newer.read_text() == content  # and so is the newer file


# The offscreen platform cannot pass a dialog's size hints on; harmless there.
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_about_names_version_licence_sources_and_docs(window: MainWindow) -> None:
    window.about()
    dialog = window.about_dialog
    assert isinstance(dialog, AboutDialog) and dialog.isVisible()
    text = dialog.text.text()
    assert f"SROI-calculator {__version__}" in text
    assert "Python 3." in text and "Qt 6." in text and "PySide6 6." in text
    assert "EUPL-1.2" in text
    assert "CBS" in text and "cpi.source.md" in text
    for doc in ("user-guide.md", "methodology.md"):
        link = text.split(doc)[0].rsplit('href="', 1)[1]
        assert Path(link.removeprefix("file://") + doc).is_file()
    assert not dialog.windowIcon().isNull() and not window.windowIcon().isNull()
    dialog.close()
    assert QApplication.instance() is not None
