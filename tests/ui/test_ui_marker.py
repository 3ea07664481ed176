"""The ``gui`` marker of pyproject.toml is applied: the tests of tests/ui, and only they."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT


def test_a_qt_test_is_marked_gui(request: pytest.FixtureRequest) -> None:
    assert request.node.get_closest_marker("gui") is not None


def test_not_gui_selects_the_qt_free_tests() -> None:
    found = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "--collect-only",
            "-q",
            "-m",
            "not gui",
            "-p",
            "no:cacheprovider",
            "tests/ui/test_ui_marker.py",
            "tests/test_corrections.py",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env=os.environ.copy(),
    )
    ids = [line for line in found.stdout.splitlines() if "::" in line]
    assert ids and all(i.startswith("tests/test_corrections.py::") for i in ids), found.stdout
