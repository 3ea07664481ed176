"""Atomic file writes: a temporary file beside the target, flushed, then ``os.replace``.

A failure at any point leaves the previous file untouched and no partial file
behind; with ``backup=True`` the previous version is kept as ``NAME.bak``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def atomic_write(path: Path, write: Callable[[BinaryIO], None], *, backup: bool = False) -> None:
    """Write ``path`` through ``write(handle)`` so that it is all-or-nothing."""
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            # Keep the file's permissions; a new file gets the usual umask ones.
            shutil.copymode(path, tmp)
            if backup:
                shutil.copy2(path, backup_path(path))
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_directory(directory)


def atomic_write_bytes(path: Path, data: bytes, *, backup: bool = False) -> None:
    def write(handle: BinaryIO) -> None:
        handle.write(data)

    atomic_write(path, write, backup=backup)


def _fsync_directory(directory: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
