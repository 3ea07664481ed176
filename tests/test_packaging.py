"""The packaging files agree with each other and with the resources they name."""

from __future__ import annotations

import configparser
import xml.etree.ElementTree as ET

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
