"""Each command imports only what it needs (issue 17): ``compute`` starts without the
report, the workbook, matplotlib or openpyxl, and their commands still work."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "scenarios" / "groen-schoolplein.sroi.json"
HEAVY = (
    "matplotlib",
    "openpyxl",
    "pandas",
    "sroi_app.exports.report",
    "sroi_app.exports.excel",
    "sroi_app.charts",
    "sroi_app.calc.uncertainty",
    "sroi_app.calc.montecarlo",
    "PySide6",
)


def _modules_after(*argv: str) -> tuple[int, list[str]]:
    """Run ``main(argv)`` in a fresh interpreter; its exit code and every module it loaded."""
    code = (
        "import io, json, sys\n"
        "from sroi_app.cli import main\n"
        f"code = main({list(argv)!r}, out=io.StringIO())\n"
        "print(json.dumps([code, sorted(sys.modules)]))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    exit_code, modules = json.loads(proc.stdout.splitlines()[-1])
    return exit_code, modules


def _heavy(modules: list[str]) -> list[str]:
    return [m for m in modules if m in HEAVY or m.startswith(tuple(h + "." for h in HEAVY))]


def test_compute_imports_neither_the_report_nor_the_workbook_nor_matplotlib() -> None:
    code, modules = _modules_after("compute", str(EXAMPLE), "--json")
    assert code == 0
    assert _heavy(modules) == []
    assert "sroi_app.calc.engine" in modules  # it did compute


def test_validate_does_not_load_the_engine() -> None:
    code, modules = _modules_after("validate", str(EXAMPLE))
    assert code == 0
    assert _heavy(modules) == [] and "sroi_app.calc.engine" not in modules


def test_the_heavy_commands_import_their_modules_when_they_run(tmp_path: Path) -> None:
    code, modules = _modules_after("sensitivity", str(EXAMPLE), "--draws", "10", "--json")
    assert code == 0 and "sroi_app.calc.uncertainty" in modules
    code, modules = _modules_after("export", str(EXAMPLE), "-o", str(tmp_path / "x.xlsx"))
    assert code == 0 and "openpyxl" in modules and (tmp_path / "x.xlsx").stat().st_size > 0
