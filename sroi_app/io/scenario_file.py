"""Scenario files (``*.sroi.json``): read -> migrate -> validate, and atomic save."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sroi_app.domain.cpi import CpiTable
from sroi_app.domain.errors import ScenarioFileError
from sroi_app.domain.models import Scenario
from sroi_app.domain.validation import scenario_from_data, scenario_to_data
from sroi_app.io.atomic import atomic_write_bytes
from sroi_app.io.cpi import default_cpi
from sroi_app.io.migrations import migrate

SUFFIX = ".sroi.json"


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a valid JSON number")


def parse_json(text: str, origin: str = "<text>") -> Any:
    """Strict JSON: no NaN or Infinity, a clear message with line and column."""
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise ScenarioFileError(
            origin, f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})", "json"
        ) from exc
    except RecursionError as exc:
        raise ScenarioFileError(origin, "not valid JSON: nested too deeply", "json") from exc
    except ValueError as exc:
        reason = str(exc)
        if "int_max_str_digits" in reason or "integer string conversion" in reason:
            reason = "a number has more than 4,300 digits"
        raise ScenarioFileError(origin, f"not valid JSON: {reason}", "json") from exc


#: The largest scenario file read (docs/files-and-faults.md): a 20 x 500-effect
#: scenario is about 10 MB; reading 200 MB would take seconds and gigabytes.
MAX_FILE_BYTES = 64 * 1024 * 1024


def read_raw(path: Path) -> Any:
    """The JSON content of a file, or ``ScenarioFileError``.

    Only regular files up to ``MAX_FILE_BYTES`` are read: a FIFO, a device
    such as ``/dev/zero`` or a folder is refused before it is opened.
    """
    path = Path(path)
    try:
        status = os.stat(path)
        if stat.S_ISDIR(status.st_mode):
            raise ScenarioFileError(str(path), "is a folder, not a file", "unreadable")
        if not stat.S_ISREG(status.st_mode):
            raise ScenarioFileError(
                str(path), "is not a regular file (a device, a pipe or a socket)", "unreadable"
            )
        if status.st_size > MAX_FILE_BYTES:
            raise ScenarioFileError(
                str(path),
                f"is too large ({status.st_size / 1e6:.0f} MB; at most"
                f" {MAX_FILE_BYTES / 1e6:.0f} MB)",
                "too_large",
            )
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError as exc:
        raise ScenarioFileError(str(path), "file not found", "not_found") from exc
    except IsADirectoryError as exc:
        raise ScenarioFileError(str(path), "is a folder, not a file", "unreadable") from exc
    except OSError as exc:
        reason = "a symbolic link in a circle" if exc.errno == errno.ELOOP else exc.strerror
        raise ScenarioFileError(str(path), f"cannot be read ({reason})", "unreadable") from exc
    if len(data) > MAX_FILE_BYTES:
        raise ScenarioFileError(str(path), "is too large", "too_large")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ScenarioFileError(str(path), "not a UTF-8 text file", "encoding") from exc
    return parse_json(text, str(path))


def scenario_from_raw(raw: Any, cpi: CpiTable | None = None) -> Scenario:
    """Migrate and validate raw JSON content (raises ``ScenarioError`` subclasses)."""
    if not isinstance(raw, dict):
        return scenario_from_data(raw)  # raises: names the top-level problem
    return scenario_from_data(migrate(raw), cpi or default_cpi())


def load_scenario(path: Path, cpi: CpiTable | None = None) -> Scenario:
    """Read a scenario file; every failure is a ``ScenarioError`` with a clear message."""
    return scenario_from_raw(read_raw(path), cpi)


def dumps_scenario(scenario: Scenario) -> str:
    return json.dumps(scenario_to_data(scenario), indent=2, ensure_ascii=False) + "\n"


@dataclass(frozen=True)
class DiskStamp:
    """What a file on disk looked like when it was read or written."""

    mtime_ns: int
    size: int
    sha256: str


def disk_stamp(path: Path) -> DiskStamp | None:
    """The stamp of ``path`` now, ``None`` when there is no readable file."""
    try:
        status = os.stat(path)
        if not stat.S_ISREG(status.st_mode):
            return None
        with open(path, "rb") as handle:
            digest = hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return None
    return DiskStamp(status.st_mtime_ns, status.st_size, digest)


def changed_on_disk(path: Path, stamp: DiskStamp | None) -> bool:
    """Whether ``path`` holds other content than when ``stamp`` was taken.

    A file touched but not changed (same hash) has not changed; a file
    deleted since has not changed either (saving recreates it).
    """
    if stamp is None:
        return False
    try:
        status = os.stat(path)
    except OSError:
        return False
    if (status.st_mtime_ns, status.st_size) == (stamp.mtime_ns, stamp.size):
        return False
    now = disk_stamp(path)
    return now is not None and now.sha256 != stamp.sha256


class FileChangedOnDiskError(Exception):
    """Saving would overwrite changes another program (or window) saved meanwhile."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        super().__init__(f"{path}: the file was changed on disk since it was opened")


def save_scenario(scenario: Scenario, path: Path, *, backup: bool = True) -> None:
    """Write atomically; the previous version of the file is kept as ``NAME.bak``."""
    atomic_write_bytes(Path(path), dumps_scenario(scenario).encode("utf-8"), backup=backup)
