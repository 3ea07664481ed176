"""The command line at a read-only or locked target: one clear line, exit code 2, nothing lost.

Tests run as root, so a locked file or a read-only share is simulated by
the operating system refusing the final replace.
"""

from __future__ import annotations

import errno
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sroi_app.cli import main
from tests.conftest import ROOT, SCENARIOS

EXAMPLE = SCENARIOS[0]


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (
            PermissionError(errno.EACCES, "Permission denied"),
            "permission denied (is the file open in Excel or another program, or read-only?)"
            " (Permission denied)",
        ),
        (OSError(errno.EROFS, "Read-only file system"), "the disk or share is read-only"),
        (OSError(errno.ENOSPC, "No space left on device"), "the disk is full"),
    ],
    ids=["locked", "read-only", "full"],
)
@pytest.mark.parametrize("command", ["export", "report"])
def test_a_refused_write_is_one_clear_line_and_the_old_file_stays(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    command: str,
    error: OSError,
    reason: str,
) -> None:
    target = tmp_path / ("uit.xlsx" if command == "export" else "raad.html")
    target.write_bytes(b"the previous version")

    def refuse(src: object, dst: object) -> None:
        raise error

    monkeypatch.setattr(os, "replace", refuse)
    assert main([command, str(EXAMPLE), "-o", str(target)], io.StringIO()) == 2
    monkeypatch.undo()
    err = capsys.readouterr().err
    assert err.startswith(f"cannot write {target}: {reason.split(' (')[0]}")
    assert err.count("\n") == 1 and "Traceback" not in err
    assert target.read_bytes() == b"the previous version"
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]  # no temporary file


def _sroi(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sroi_app", *args], capture_output=True, text=True, cwd=ROOT
    )


def test_a_full_output_is_bad_input_not_an_internal_error() -> None:
    with open("/dev/full", "w") as full:
        proc = subprocess.run(
            [sys.executable, "-m", "sroi_app", "compute", str(EXAMPLE), "--json"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
    assert proc.returncode == 2
    assert proc.stderr.strip() == "cannot write the output: No space left on device"


def test_a_number_of_5000_digits_is_explained_without_python_internals(tmp_path: Path) -> None:
    path = tmp_path / "big.sroi.json"
    path.write_text('{"schema_version": 1, "name": "x", "n": ' + "9" * 5000 + "}")
    proc = _sroi("compute", str(path))
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"{path}: not valid JSON: a number has more than 4,300 digits"


def test_validation_messages_name_the_file(tmp_path: Path) -> None:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["alternatives"][1]["effects"][0]["deadweight"] = 3
    path = tmp_path / "plan.sroi.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    proc = _sroi("compute", str(path))
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert lines and all(line.startswith(f"{path}: alternatives[1].effects[0]") for line in lines)


def test_library_warnings_do_not_reach_the_terminal(tmp_path: Path) -> None:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["settings"]["horizon_years"] = 1000
    data["settings"]["uncertainty"] = {"discount_rate": {"low": -0.9, "high": 0.05}}
    path = tmp_path / "wild.sroi.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    proc = _sroi("sensitivity", str(path), "--draws", "100")
    assert proc.returncode == 2
    assert "Warning" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


@pytest.mark.skipif(
    os.environ.get("CI") != "true" and (os.name != "posix" or os.geteuid() != 0),
    reason="mounts a read-only tmpfs: needs root, as CI has (with CI=true it always runs)",
)
def test_a_read_only_file_system_is_named_as_such(tmp_path: Path) -> None:
    mount = tmp_path / "ro"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m,ro", "tmpfs", str(mount)])
    assert done.returncode == 0, "this test needs root to mount a read-only tmpfs"
    try:
        proc = _sroi("export", str(EXAMPLE), "-o", str(mount / "x.xlsx"))
    finally:
        subprocess.run(["umount", str(mount)])
    assert proc.returncode == 2
    assert "the disk or share is read-only" in proc.stderr and "Excel" not in proc.stderr
