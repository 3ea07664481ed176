"""The calculation core runs without Qt: importing it never loads PySide6."""

from __future__ import annotations

import subprocess
import sys

CORE = [
    "sroi_app.domain.models",
    "sroi_app.domain.validation",
    "sroi_app.calc",
    "sroi_app.io.scenario_file",
    "sroi_app.exports.results_json",
    "sroi_app.app.document",
    "sroi_app.app.commands",
    "sroi_app.app.evaluation",
    "sroi_app.app.recovery",
    "sroi_app.app.crashlog",
    "sroi_app.cli",
    "sroi_app.cli.gui",
]


def test_core_imports_without_qt() -> None:
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in CORE)
        + "from sroi_app.cli import main\n"
        + "assert main(['compute', 'scenarios/groen-schoolplein.sroi.json', '--json']) == 0\n"
        + "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        + "assert not bad, bad\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
