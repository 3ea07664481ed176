"""The Dutch translation is complete and its compiled .qm matches the .ts source."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.conftest import ROOT

TS = ROOT / "resources" / "translations" / "sroi_app_nl.ts"
QM = TS.with_suffix(".qm")
BIN = Path(sys.executable).parent


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {
        (ctx.findtext("name", ""), msg.findtext("source", "")): msg.find("translation")
        for ctx in root.findall("context")
        for msg in ctx.findall("message")
    }  # type: ignore[misc]


def test_every_string_is_translated() -> None:
    messages = _messages(TS)
    assert len(messages) > 200
    unfinished = [k for k, t in messages.items() if t is None or t.get("type") or not t.text]
    assert unfinished == []


def test_the_ts_file_has_every_string_of_the_sources(tmp_path: Path) -> None:
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "sroi_app" / "ui").rglob("*.py"))
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources, "-ts", str(copy), "-no-obsolete"],
        check=True,
        capture_output=True,
    )
    assert set(_messages(copy)) == set(_messages(TS)), "run `make translations`"


def test_the_compiled_qm_is_up_to_date(tmp_path: Path) -> None:
    qm = tmp_path / QM.name
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(qm)], check=True, capture_output=True
    )
    assert qm.read_bytes() == QM.read_bytes(), "run `make translations`"


def test_every_issue_code_a_user_can_meet_has_words() -> None:
    """Each code the scenario checks, edits and warnings raise is worded in the interface.

    Codes of the bundled data files (proxy library, templates, presets) are for
    developers and stay English.
    """
    import re

    from sroi_app.ui import i18n

    root = Path(__file__).resolve().parents[2] / "sroi_app"
    files = [
        root / "domain" / "models.py",
        root / "domain" / "validation.py",
        root / "domain" / "derivation.py",
        root / "calc" / "checks.py",
        *sorted((root / "app").glob("*.py")),
    ]
    source = "\n".join(f.read_text(encoding="utf-8") for f in files)
    codes = set(re.findall(r'PydanticCustomError\(\s*"([a-z_]+)"', source))
    codes |= set(re.findall(r'FormulaError\(\s*"([a-z_]+)"', source))
    codes |= set(re.findall(r'Issue\(\s*[^,()]+,\s*"([a-z_]+)"', source))
    assert len(codes) > 30
    missing = sorted(codes - set(i18n._issue_templates()))
    assert not missing, missing
