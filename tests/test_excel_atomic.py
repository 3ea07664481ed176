"""A failed export leaves no file (and an old file untouched) and says why.

Tests run as root, so ``chmod`` alone does not block a write; failures are
made with a folder where the file should go, a missing folder, and
``os.replace`` / the write itself raising what Windows raises for a file
open in Excel (``PermissionError``) or a full disk (``ENOSPC``).
"""

from __future__ import annotations

import errno
import io
import os
from pathlib import Path
from typing import Any

import pytest

from sroi_app.cli import main
from sroi_app.domain.validation import scenario_from_data
from sroi_app.exports.excel import ExportError, export_workbook
from sroi_app.io.cpi import default_cpi
from tests.conftest import ROOT, spec_example

EXAMPLE = ROOT / "scenarios" / "groen-schoolplein.sroi.json"


def scenario() -> Any:
    return scenario_from_data(spec_example(), default_cpi())


def test_a_folder_in_the_way(tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    target.mkdir()
    with pytest.raises(ExportError) as caught:
        export_workbook(scenario(), target)
    assert caught.value.code == "is_folder"
    assert "a folder with that name is in the way" in str(caught.value)
    assert target.is_dir() and list(target.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xlsx"]


def test_a_missing_folder(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "out.xlsx"
    with pytest.raises(ExportError) as caught:
        export_workbook(scenario(), target)
    assert caught.value.code == "folder_missing"
    assert "the folder does not exist" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_file_locked_by_excel_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"the previous export")

    def locked(src: object, dst: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(ExportError) as caught:
        export_workbook(scenario(), target)
    assert caught.value.code == "permission"
    assert "is the file open in Excel" in str(caught.value)
    assert target.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["out.xlsx"]  # no temporary file left


def test_disk_full_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.xlsx"
    real_fdopen = os.fdopen

    class FullDisk:
        """A file handle on a disk that has no room left."""

        def __init__(self, handle: Any) -> None:
            self.handle = handle

        def __enter__(self) -> FullDisk:
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()

        def write(self, data: bytes) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    def fdopen(fd: int, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        handle = real_fdopen(fd, mode, *args, **kwargs)
        return FullDisk(handle) if "w" in mode else handle

    monkeypatch.setattr(os, "fdopen", fdopen)
    with pytest.raises(ExportError) as caught:
        export_workbook(scenario(), target)
    assert caught.value.code == "disk_full"
    assert list(tmp_path.iterdir()) == []


def test_cancelling_through_progress_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    stages: list[tuple[float, str]] = []

    class Cancelled(Exception):
        pass

    def progress(fraction: float, stage: str) -> None:
        stages.append((fraction, stage))
        if stage == "writing":
            raise Cancelled

    with pytest.raises(Cancelled):
        export_workbook(scenario(), target, progress=progress)
    assert list(tmp_path.iterdir()) == []
    fractions = [f for f, _ in stages]
    assert fractions == sorted(fractions) and fractions[0] == 0.0
    assert [s for _, s in stages][1:5] == ["inputs", "sources", "cash_flows", "distribution"]


def test_progress_reaches_done(tmp_path: Path) -> None:
    stages: list[str] = []
    export_workbook(scenario(), tmp_path / "out.xlsx", progress=lambda f, s: stages.append(s))
    assert stages[-2:] == ["writing", "done"]
    assert (tmp_path / "out.xlsx").stat().st_size > 10_000


def test_cli_export_and_its_failures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = io.StringIO()
    target = tmp_path / "groen.xlsx"
    assert main(["export", str(EXAMPLE), "-o", str(target), "--lang", "en"], out) == 0
    assert target.read_bytes()[:2] == b"PK"  # a zip: an .xlsx
    assert out.getvalue().strip() == str(target)
    blocked = tmp_path / "blocked.xlsx"
    blocked.mkdir()
    assert main(["export", str(EXAMPLE), "-o", str(blocked)], io.StringIO()) == 2
    assert "cannot write" in capsys.readouterr().err
    assert main(["export", str(EXAMPLE), "-o", str(tmp_path / "no" / "x.xlsx")], out) == 2
    assert "the folder does not exist" in capsys.readouterr().err
    assert main(["export", str(tmp_path / "nope.sroi.json"), "-o", str(target)], out) == 2
    assert "file not found" in capsys.readouterr().err
