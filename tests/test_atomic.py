"""Saving never loses the file or its backup (issue 18, finding 5; docs/files-and-faults.md)."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from sroi_app.io.atomic import ReadOnlyFileError, atomic_write_bytes, backup_path
from sroi_app.io.scenario_file import load_scenario, save_scenario
from tests.conftest import ROOT, SCENARIOS

EXAMPLE = SCENARIOS[0]


def _temps(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_the_backup_is_the_previous_version_and_no_temporary_file_stays(tmp_path: Path) -> None:
    path = tmp_path / "plan.sroi.json"
    atomic_write_bytes(path, b"one", backup=True)
    atomic_write_bytes(path, b"two", backup=True)
    atomic_write_bytes(path, b"three", backup=True)
    assert path.read_bytes() == b"three" and backup_path(path).read_bytes() == b"two"
    assert _temps(tmp_path) == []


def test_a_symlink_called_bak_is_replaced_not_written_through(tmp_path: Path) -> None:
    precious = tmp_path / "precious.txt"
    precious.write_bytes(b"do not touch")
    path = tmp_path / "plan.sroi.json"
    path.write_bytes(b"v1")
    os.symlink(precious, backup_path(path))
    atomic_write_bytes(path, b"v2", backup=True)
    assert precious.read_bytes() == b"do not touch"
    assert not backup_path(path).is_symlink() and backup_path(path).read_bytes() == b"v1"


def test_saving_through_a_symlink_writes_its_target_and_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "projects" / "plan.sroi.json"
    real.parent.mkdir()
    real.write_bytes(b"v1")
    link = tmp_path / "plan.sroi.json"
    os.symlink(real, link)
    atomic_write_bytes(link, b"v2", backup=True)
    assert link.is_symlink() and real.read_bytes() == b"v2"
    assert backup_path(real).read_bytes() == b"v1"


def test_a_hard_linked_file_stays_one_file(tmp_path: Path) -> None:
    path = tmp_path / "plan.sroi.json"
    path.write_bytes(b"v1")
    other = tmp_path / "shared-copy.sroi.json"
    os.link(path, other)
    atomic_write_bytes(path, b"v2", backup=True)
    assert other.read_bytes() == b"v2" and os.path.samefile(path, other)
    assert backup_path(path).read_bytes() == b"v1"
    assert not os.path.samefile(path, backup_path(path))
    assert _temps(tmp_path) == []


def test_a_read_only_file_is_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "plan.sroi.json"
    path.write_bytes(b"v1")
    path.chmod(0o444)
    with pytest.raises(ReadOnlyFileError):
        atomic_write_bytes(path, b"v2", backup=True)
    assert path.read_bytes() == b"v1" and not backup_path(path).exists()
    assert _temps(tmp_path) == []


def test_a_fifo_or_a_device_is_never_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.sroi.json"
    os.mkfifo(fifo)
    with pytest.raises(OSError, match="not a regular file"):
        atomic_write_bytes(fifo, b"x")
    assert fifo.is_fifo()


_SAVER = """
import json, sys
from pathlib import Path
from sroi_app.io.scenario_file import save_scenario, scenario_from_raw
raw = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
raw["annex"] = ["x" * 1000] * 3000  # about 3 MB: a save takes a while
big = scenario_from_raw(raw)
path = Path(sys.argv[2])
print("ready", flush=True)
n = 0
while True:
    n += 1
    save_scenario(big.model_copy(update={"name": f"versie {n}"}), path)
"""


def test_kills_during_saves_leave_a_whole_file_and_a_whole_backup(tmp_path: Path) -> None:
    """SIGKILL at random moments of a save loop: both files always parse; leftovers go."""
    path = tmp_path / "plan.sroi.json"
    save_scenario(load_scenario(EXAMPLE), path)
    for round_ in range(12):
        proc = subprocess.Popen(
            [sys.executable, "-c", _SAVER, str(EXAMPLE), str(path)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        time.sleep(0.05 + 0.037 * round_)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        json.loads(path.read_text(encoding="utf-8"))
        if backup_path(path).exists():
            json.loads(backup_path(path).read_text(encoding="utf-8"))
    scenario = load_scenario(path)
    save_scenario(scenario, path)
    assert _temps(tmp_path) == []
    json.loads(backup_path(path).read_text(encoding="utf-8"))


@contextlib.contextmanager
def _small_disk(folder: Path, size_kb: int) -> Iterator[Path]:
    """A tmpfs of ``size_kb`` (root, as in CI), else the folder with writes failing when full."""
    mount = folder / "disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.fail("this test needs root to mount a small tmpfs (as CI has)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def _fill(folder: Path) -> None:
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        with contextlib.suppress(OSError):
            while True:
                os.write(fd, b"\0" * 4096)
    finally:
        os.close(fd)


@pytest.mark.skipif(
    os.environ.get("CI") != "true" and (os.name != "posix" or os.geteuid() != 0),
    reason="mounts a tmpfs: needs root, as CI has (with CI=true it always runs)",
)
def test_a_full_disk_keeps_the_file_and_the_old_backup(tmp_path: Path) -> None:
    with _small_disk(tmp_path, 512) as disk:
        path = disk / "plan.sroi.json"
        atomic_write_bytes(path, b"version 1" * 1000, backup=True)
        atomic_write_bytes(path, b"version 2" * 1000, backup=True)
        _fill(disk)
        with pytest.raises(OSError) as caught:
            atomic_write_bytes(path, b"version 3" * 20_000, backup=True)
        assert caught.value.errno == errno.ENOSPC
        assert path.read_bytes() == b"version 2" * 1000
        assert backup_path(path).read_bytes() == b"version 1" * 1000
        assert _temps(disk) == []
        # Also when the new file fits but a copied backup does not (a hard-linked file).
        os.link(path, disk / "other-name")
        filler = disk / "filler"
        os.truncate(filler, os.path.getsize(filler) - 3 * 4096)  # room for the new file only
        with pytest.raises(OSError):
            atomic_write_bytes(path, b"version 3" * 1000, backup=True)
        assert path.read_bytes() == b"version 2" * 1000
        assert backup_path(path).read_bytes() == b"version 1" * 1000
        assert _temps(disk) == []
