"""The command line at a read-only or locked target: one clear line, exit code 2, nothing lost.

Tests run as root, so a locked file or a read-only share is simulated by
the operating system refusing the final replace.
"""

from __future__ import annotations

import errno
import io
import os
from pathlib import Path

import pytest

from sroi_app.cli import main
from tests.conftest import SCENARIOS

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
