"""The packaging files agree with each other and with the resources they name."""

from __future__ import annotations

import configparser
import os
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.conftest import ROOT

PACKAGING = ROOT / "packaging"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(PACKAGING / "sroi-app.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_file_starts_the_app_with_its_icon_and_file_type() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "sroi-app gui %f"
    assert entry["Terminal"] == "false"
    icon = entry["Icon"]
    assert (ROOT / "resources" / "icons" / f"{icon}.svg").is_file()
    assert (ROOT / "resources" / "icons" / f"{icon}.png").is_file()
    assert entry["Categories"].endswith(";") and entry["MimeType"].endswith(";")


def test_the_mime_type_is_defined_for_scenario_files() -> None:
    namespace = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(PACKAGING / "sroi-app-mime.xml").getroot()
    (mime,) = root.findall("m:mime-type", namespace)
    assert f"{mime.get('type')};" == _desktop_entry()["MimeType"]
    assert [g.get("pattern") for g in mime.findall("m:glob", namespace)] == ["*.sroi.json"]
    assert mime.find("m:icon", namespace).get("name") == _desktop_entry()["Icon"]  # type: ignore[union-attr]


def test_the_frozen_programs_enter_the_same_command_line() -> None:
    cli = (PACKAGING / "entry.py").read_text()
    gui = (PACKAGING / "entry_gui.py").read_text()
    assert "sys.exit(main())" in cli
    assert 'sys.exit(main(["gui", *sys.argv[1:]]))' in gui
    spec = (ROOT / "build.spec").read_text()
    assert '"entry.py"' in spec and '"entry_gui.py"' in spec
    assert 'name="sroi-app", console=True' in spec and 'name="sroi-app-gui", console=False' in spec


def _make_plan(target: str, tmp: Path) -> str:
    """What ``make TARGET`` would run on a machine without ``.venv`` (``make -n``)."""
    # The suite itself runs under ``make test``: drop the make variables it
    # inherits, or the nested make prints "Entering directory" lines.
    env = {k: v for k, v in os.environ.items() if k not in {"MAKEFLAGS", "MAKELEVEL", "MFLAGS"}}
    proc = subprocess.run(
        ["make", "--no-print-directory", "-n", target, f"VENV={tmp / 'venv'}"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return proc.stdout


def test_make_run_installs_only_what_the_app_needs(tmp_path: Path) -> None:
    plan = _make_plan("run", tmp_path)
    assert "-m venv" in plan and "pip install --quiet -e ." in plan
    assert "[test]" not in plan and "[dev]" not in plan
    assert plan.rstrip().splitlines()[-1].endswith("gui scenarios/groene-ontmoetingsplek.sroi.json")


def test_make_test_installs_the_test_tools_and_runs_lint_and_the_suite(tmp_path: Path) -> None:
    plan = _make_plan("test", tmp_path)
    assert "-m venv" in plan and '-e ".[test]"' in plan
    assert "ruff check" in plan and "mypy" in plan and "-m pytest" in plan
