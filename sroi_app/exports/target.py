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
from pathlib import Path

from sroi_app.io.atomic import atomic_write_bytes

#: code -> English explanation (the UI words its own message from the code).
REASONS = {
    "folder_missing": "the folder does not exist",
    "is_folder": "a folder with that name is in the way",
    "permission": (
        "permission denied (is the file open in Excel or another program, or read-only?)"
    ),
    "read_only": "the disk or share is read-only",
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


def error_code(error: OSError) -> str:
    """The stable code of a failed write (``REASONS``); saving a scenario uses it too."""
    return _code(error)


def write_export(path: Path | str, data: bytes) -> None:
    """Write ``data`` to ``path`` all-or-nothing, or raise ``ExportError``."""
    target = Path(path)
    if target.is_dir():
        raise ExportError(target, "is_folder")
    parent = target.parent if str(target.parent) else Path(".")
    if not parent.is_dir():
        raise ExportError(target, "folder_missing", str(parent))
    try:
        atomic_write_bytes(target, data)
    except OSError as exc:
        raise ExportError(target, _code(exc), exc.strerror or type(exc).__name__) from exc


def check_writable_target(path: Path | str) -> None:
    """Refuse early (before any work) a target that cannot possibly be written."""
    target = Path(path)
    if target.is_dir():
        raise ExportError(target, "is_folder")
    parent = target.parent if str(target.parent) else Path(".")
    if not parent.is_dir():
        raise ExportError(target, "folder_missing", str(parent))
    if not os.access(parent, os.W_OK):
        raise ExportError(target, "permission", str(parent))
