"""Crash traces as qutebrowser keeps them (issue 16, step 8)."""

from __future__ import annotations

import logging
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.conftest import ROOT


def test_a_native_abort_leaves_the_python_stack_in_the_log_folder(tmp_path: Path) -> None:
    script = textwrap.dedent(
        f"""
        import faulthandler
        from pathlib import Path
        from sroi_app.app.crashlog import enable_native_crash_log
        enable_native_crash_log(Path({str(tmp_path)!r}))
        def deep_in_the_engine():
            faulthandler._sigsegv()  # what a crash inside Qt or numpy looks like
        deep_in_the_engine()
        """
    )
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True)
    assert proc.returncode != 0
    (log,) = tmp_path.glob("native-*.log")
    text = log.read_text()
    assert "Fatal Python error" in text and "deep_in_the_engine" in text


def test_a_clean_exit_leaves_no_empty_log(tmp_path: Path) -> None:
    script = (
        "from pathlib import Path; from sroi_app.app.crashlog import enable_native_crash_log;"
        f" enable_native_crash_log(Path({str(tmp_path)!r}))"
    )
    subprocess.run([sys.executable, "-c", script], cwd=ROOT, check=True)
    assert list(tmp_path.glob("native-*.log")) == []


def test_qt_warnings_go_to_the_log(qtbot: QtBot, caplog: pytest.LogCaptureFixture) -> None:
    from PySide6.QtCore import qInstallMessageHandler, qWarning

    from sroi_app.ui.crash import install_qt_message_handler

    previous = install_qt_message_handler()
    try:
        with caplog.at_level(logging.WARNING, logger="qt"):
            qWarning("a test warning from Qt")
    finally:
        qInstallMessageHandler(previous)  # type: ignore[arg-type]
    assert any(
        r.name == "qt" and "a test warning from Qt" in r.getMessage() for r in caplog.records
    )
