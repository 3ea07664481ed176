"""Recalculating workbooks with LibreOffice headless, for the Excel export tests.

``recalculate(paths, out_dir)`` converts many workbooks in one ``soffice``
call (start-up is the slow part) with a private user profile, so parallel
runs and a desktop LibreOffice do not clash. LibreOffice computes every
formula that has no stored value (openpyxl stores none) and writes the
values into the converted copy, which openpyxl then reads with
``data_only=True``.

Without LibreOffice the tests skip with the reason, except under CI
(``CI=true``), where a missing ``soffice`` is a failure: CI installs it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.workbook import Workbook


def soffice() -> str:
    """The LibreOffice executable, or fail (CI) / skip (elsewhere) with the reason."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return found
    reason = "LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui"
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"CI requires LibreOffice to recalculate workbooks. {reason}")
    pytest.skip(reason)


def recalculate(paths: Sequence[Path], out_dir: Path, profile: Path) -> list[Path]:
    """Recalculated copies of ``paths`` in ``out_dir`` (same file names)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    command = [
        soffice(),
        f"-env:UserInstallation={profile.resolve().as_uri()}",
        "--headless",
        "--norestore",
        "--convert-to",
        "xlsx",
        "--outdir",
        str(out_dir),
        *[str(p) for p in paths],
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    results = [out_dir / Path(p).name for p in paths]
    missing = [p.name for p in results if not p.exists()]
    if done.returncode != 0 or missing:
        raise AssertionError(
            f"LibreOffice failed (exit {done.returncode}), missing {missing}:\n"
            f"{done.stdout}\n{done.stderr}"
        )
    return results


def cell(workbook: Workbook, reference: str) -> Any:
    """The value at ``'Sheet'!$C$6`` or at a defined name."""
    if "!" not in reference:
        reference = workbook.defined_names[reference].attr_text
    sheet, coordinate = reference.rsplit("!", 1)
    return workbook[sheet.strip("'").replace("''", "'")][coordinate.replace("$", "")].value


def load_values(path: Path) -> Workbook:
    return load_workbook(path, data_only=True)


ERROR_VALUES = ("#NAME?", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#N/A", "#NULL!", "Err:")


def error_cells(workbook: Workbook) -> list[str]:
    """Cells whose recalculated value is a spreadsheet error (a broken formula)."""
    found = []
    for ws in workbook.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.data_type == "e" or (
                    isinstance(c.value, str) and c.value.startswith(ERROR_VALUES)
                ):
                    found.append(f"{ws.title}!{c.coordinate}={c.value}")
    return found
