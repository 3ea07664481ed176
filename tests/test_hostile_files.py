"""Hostile inputs and targets (issue 18): every command exits 2 with one line and changes nothing.

Each case runs the real command line in a subprocess, with a time limit and
a memory cap, and checks that every file that existed before is unchanged.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from sroi_app.cli import main
from tests.conftest import SCENARIOS

EXAMPLE = SCENARIOS[0]
MEMORY_CAP = 500 * 1024 * 1024


def _cap_memory() -> None:  # runs in the child
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP * 3, MEMORY_CAP * 3))


def _snapshot(folder: Path) -> dict[str, tuple[str, str]]:
    """Name -> (kind, content hash) of everything in ``folder`` (links not followed)."""
    out: dict[str, tuple[str, str]] = {}
    for entry in sorted(folder.iterdir()):
        if entry.is_symlink():
            out[entry.name] = ("link", os.readlink(entry))
        elif entry.is_fifo():
            out[entry.name] = ("fifo", "")
        elif entry.is_dir():
            out[entry.name] = ("dir", "")
        else:
            out[entry.name] = ("file", hashlib.sha256(entry.read_bytes()).hexdigest())
    return out


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sroi_app", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=5 * 4,  # the promise is 5 s; a loaded 2-core CI machine gets some slack
        preexec_fn=_cap_memory,  # a plain resource limit, set before the program starts
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
    )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A working folder with a scenario, a FIFO, a folder and a symlink loop in it."""
    raw = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    (tmp_path / "plan.sroi.json").write_text(json.dumps(raw), encoding="utf-8")
    for name, value in {
        "surrogate": "x\ud800y",
        "bom": "Groen\ufeffplein",
        "long": "n" * 100_000,
    }.items():
        bad = dict(raw, name=value)
        (tmp_path / f"{name}.sroi.json").write_text(
            json.dumps(bad, ensure_ascii=True), encoding="utf-8"
        )
    deep: dict[str, object] = {}
    cursor = deep
    for _ in range(300):
        cursor["x"] = {}
        cursor = cursor["x"]  # type: ignore[assignment]
    (tmp_path / "deep.sroi.json").write_text(json.dumps(dict(raw, extra=deep)), encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.sroi.json")
    os.mkfifo(tmp_path / "pipe.xlsx")
    (tmp_path / "map.sroi.json").mkdir()
    (tmp_path / "map.xlsx").mkdir()
    os.symlink("loop-b.sroi.json", tmp_path / "loop-a.sroi.json")
    os.symlink("loop-a.sroi.json", tmp_path / "loop-b.sroi.json")
    os.symlink("plan.sroi.json", tmp_path / "plan-link.xlsx")
    return tmp_path


BAD_INPUTS = [
    "pipe.sroi.json",
    "/dev/zero",
    "map.sroi.json",
    "loop-a.sroi.json",
    "surrogate.sroi.json",
    "bom.sroi.json",
    "long.sroi.json",
    "deep.sroi.json",
]
COMMANDS = [
    ["validate"],
    ["compute"],
    ["compute", "--json"],
    ["sensitivity"],
    ["export", "-o", "out.xlsx"],
    ["report", "-o", "out.pdf"],
]


@pytest.mark.parametrize("source", BAD_INPUTS)
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: "-".join(c))
def test_a_hostile_input_is_one_clear_line_and_exit_2(
    folder: Path,
    source: str,
    command: list[str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = _snapshot(folder)
    monkeypatch.chdir(folder)
    out = io.StringIO()
    assert main([command[0], source, *command[1:]], out) == 2
    captured = capsys.readouterr()
    message = (captured.err or out.getvalue()).strip()
    assert message and "Traceback" not in message
    assert len(message.splitlines()) == 1, message
    assert out.getvalue().strip() == "" or command[0] == "validate"  # never a half JSON
    assert _snapshot(folder) == before


@pytest.mark.parametrize("source", BAD_INPUTS)
def test_a_hostile_input_is_refused_within_time_and_memory(folder: Path, source: str) -> None:
    """The real program, in its own process under a memory cap and a time limit."""
    before = _snapshot(folder)
    proc = _run(["compute", source, "--json"], folder)
    assert proc.returncode == 2, proc.stderr
    assert proc.stdout == "" and len(proc.stderr.strip().splitlines()) == 1
    assert _snapshot(folder) == before


BAD_TARGETS = [
    ("plan.sroi.json", "unsupported file type"),
    ("pipe.xlsx", "not a regular file"),
    ("map.xlsx", "folder"),
    ("plan-link.xlsx", "the scenario file being read"),
    ("/dev/null", "unsupported file type"),
]


@pytest.mark.parametrize(("target", "reason"), BAD_TARGETS)
def test_export_never_replaces_the_input_a_pipe_a_folder_or_a_device(
    folder: Path, target: str, reason: str
) -> None:
    before = _snapshot(folder)
    proc = _run(["export", "plan.sroi.json", "-o", target], folder)
    assert proc.returncode == 2
    assert reason in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert _snapshot(folder) == before
    assert Path("/dev/null").is_char_device()


@pytest.mark.parametrize("target", ["plan.sroi.json", "pipe.xlsx", "map.xlsx", "/dev/null"])
def test_report_never_replaces_the_input_a_pipe_a_folder_or_a_device(
    folder: Path, target: str
) -> None:
    before = _snapshot(folder)
    proc = _run(["report", "plan.sroi.json", "-o", target], folder)
    assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1
    assert _snapshot(folder) == before


def test_a_report_named_like_a_report_but_linked_to_the_input_is_refused(folder: Path) -> None:
    os.symlink("plan.sroi.json", folder / "raad.html")
    before = _snapshot(folder)
    proc = _run(["report", "plan.sroi.json", "-o", "raad.html"], folder)
    assert proc.returncode == 2 and "the scenario file being read" in proc.stderr
    assert _snapshot(folder) == before


def test_a_read_only_workbook_is_left_alone(folder: Path) -> None:
    target = folder / "old.xlsx"
    target.write_bytes(b"last year's workbook")
    target.chmod(0o444)
    proc = _run(["export", "plan.sroi.json", "-o", "old.xlsx"], folder)
    assert proc.returncode == 2 and "read-only" in proc.stderr
    assert target.read_bytes() == b"last year's workbook"


def test_an_export_through_a_symlink_writes_its_target_and_keeps_the_link(folder: Path) -> None:
    (folder / "real.xlsx").write_bytes(b"old")
    os.symlink("real.xlsx", folder / "shortcut.xlsx")
    proc = _run(["export", "plan.sroi.json", "-o", "shortcut.xlsx"], folder)
    assert proc.returncode == 0, proc.stderr
    assert (folder / "shortcut.xlsx").is_symlink()
    assert (folder / "real.xlsx").read_bytes()[:2] == b"PK"
