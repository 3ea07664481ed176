"""Typed failures of exports (workbook, report) and the atomic write they share.

An export either writes the whole file or nothing: the bytes are built in
memory and written through ``sroi_app.io.atomic`` (a temporary file beside
the target, then ``os.replace``). Every operating-system failure becomes an
``ExportError`` with a stable ``code`` for the user interface to translate and
an English message for the command line and logs.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable
from pathlib import Path

from sroi_app.io.atomic import (
    NotRegularFileError,
    ReadOnlyFileError,
    atomic_write_bytes,
    check_target,
    resolve_target,
)

#: code -> English explanation (the UI words its own message from the code).
REASONS = {
    "folder_missing": "the folder does not exist",
    "is_folder": "a folder with that name is in the way",
    "permission": (
        "permission denied (is the file open in Excel or another program, or read-only?)"
    ),
    "read_only": "the disk or share is read-only",
    "read_only_file": "the file is read-only",
    "not_regular": "it is not a regular file (a device, a pipe or a socket); choose a file name",
    "symlink_loop": "it is a symbolic link that leads nowhere or in a circle",
    "is_input": "that is the scenario file being read; choose another name",
    "disk_full": "the disk is full",
    "cancelled": "the export was cancelled",
    "unsupported_format": "unsupported file type",
    "os_error": "the operating system refused the write",
}


class ExportError(Exception):
    """An export that could not be written; no file (or the old file) is left."""

    def __init__(self, path: Path | str, code: str, detail: str = "") -> None:
        self.path = str(path)
        self.code = code
        self.detail = detail
        reason = REASONS.get(code, code)
        text = f"cannot write {self.path}: {reason}"
        super().__init__(f"{text} ({detail})" if detail else text)


def _code(error: OSError) -> str:
    if isinstance(error, ReadOnlyFileError):
        return "read_only_file"
    if isinstance(error, NotRegularFileError):
        return "not_regular"
    if error.errno == errno.ELOOP:
        return "symlink_loop"
    if isinstance(error, IsADirectoryError):
        return "is_folder"
    if isinstance(error, FileNotFoundError | NotADirectoryError):
        return "folder_missing"
    if isinstance(error, PermissionError):
        return "permission"
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return "disk_full"
    if error.errno == errno.EROFS:
        return "read_only"
    return "os_error"


def _detail(error: OSError) -> str:
    """The system's own words, where the code does not already say it all."""
    if _code(error) in ("os_error", "permission", "disk_full", "read_only"):
        return error.strerror or type(error).__name__
    return ""


def error_code(error: OSError) -> str:
    """The stable code of a failed write (``REASONS``); saving a scenario uses it too."""
    return _code(error)


def write_export(path: Path | str, data: bytes) -> None:
    """Write ``data`` to ``path`` all-or-nothing, or raise ``ExportError``."""
    target = Path(path)
    parent = target.parent if str(target.parent) else Path(".")
    if not parent.is_dir():
        raise ExportError(target, "folder_missing", str(parent))
    try:
        atomic_write_bytes(target, data)
    except OSError as exc:
        raise ExportError(target, _code(exc), _detail(exc)) from exc


def check_writable_target(
    path: Path | str, suffixes: Iterable[str] = (), inputs: Iterable[Path | str] = ()
) -> None:
    """Refuse early (before any work) a target that cannot or must not be written.

    Refused: a name without one of ``suffixes`` (when given), a folder, a
    FIFO, a device or anything else that is not a regular file, a broken or
    circular symlink, a read-only file, one of ``inputs`` (the scenario being
    exported, under any name that leads to it), and a folder that is missing
    or not writable. A symlink to a regular file is written through.
    """
    target = Path(path)
    allowed = tuple(s.lower() for s in suffixes)
    if allowed and not target.name.lower().endswith(allowed):
        raise ExportError(target, "unsupported_format", "use " + " or ".join(allowed))
    try:
        real = resolve_target(target)
        status = check_target(real)
    except OSError as exc:
        if target.is_symlink() and not target.exists():
            raise ExportError(target, "symlink_loop") from exc
        raise ExportError(target, _code(exc), _detail(exc)) from exc
    if status is not None:
        for source in inputs:
            try:
                if os.path.samefile(real, source):
                    raise ExportError(target, "is_input")
            except OSError:
                continue
    parent = real.parent if str(real.parent) else Path(".")
    if not parent.is_dir():
        raise ExportError(target, "folder_missing", str(parent))
    if _read_only_file_system(parent):
        raise ExportError(target, "read_only", str(parent))
    if not os.access(parent, os.W_OK):
        raise ExportError(target, "permission", str(parent))


def _read_only_file_system(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs (Windows): the write itself will tell
        return False
