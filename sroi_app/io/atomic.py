"""Atomic file writes: a temporary file beside the target, flushed, then ``os.replace``.

The promises (docs/files-and-faults.md), each shown by tests/test_atomic.py:

- A failure or a kill at any point leaves the previous file untouched; the
  temporary file of a failed write is removed, and those of writes that were
  killed are removed by the next successful write of the same file.
- With ``backup=True`` the previous version is kept as ``NAME.bak``, itself
  replaced atomically: a hard link to the old file where the file system
  allows it (no copy, no extra space), else a complete copy written aside
  first. A ``.bak`` is never truncated; if the new backup cannot be written
  (a full disk) the save fails and the old ``.bak`` stays. A symlink called
  ``NAME.bak`` is replaced, never written through.
- A path that is a symlink is written through to the file it points at, so
  the link stays a link. A file with several hard links is rewritten in
  place after its backup is made, so every name sees the new content.
- Only regular files are written: a folder, a FIFO or a device in the way is
  refused, and so is a read-only file (``ReadOnlyFileError``).
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


class ReadOnlyFileError(PermissionError):
    """The target file itself is marked read-only; it is never overwritten."""

    def __init__(self, path: Path) -> None:
        super().__init__(errno.EACCES, "the file is read-only", str(path))


class NotRegularFileError(OSError):
    """Something other than a regular file (a FIFO, a device, a socket) is in the way."""

    def __init__(self, path: Path) -> None:
        super().__init__(errno.EINVAL, "not a regular file", str(path))


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def resolve_target(path: Path) -> Path:
    """The file a write of ``path`` changes: symlinks followed (a loop raises ``OSError``)."""
    path = Path(path)
    if not path.is_symlink():
        return path
    return Path(os.path.realpath(path, strict=True))


def check_target(path: Path) -> os.stat_result | None:
    """The status of an existing regular file at ``path``, ``None`` for a new path.

    Raises ``IsADirectoryError``, ``NotRegularFileError`` or ``ReadOnlyFileError``.
    """
    try:
        status = os.stat(path)
    except FileNotFoundError:
        return None
    if stat.S_ISDIR(status.st_mode):
        raise IsADirectoryError(errno.EISDIR, "is a folder", str(path))
    if not stat.S_ISREG(status.st_mode):
        raise NotRegularFileError(path)
    if not status.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise ReadOnlyFileError(path)
    return status


def _temp_prefix(path: Path) -> str:
    return f".{path.name}."


def atomic_write(path: Path, write: Callable[[BinaryIO], None], *, backup: bool = False) -> None:
    """Write ``path`` through ``write(handle)`` so that it is all-or-nothing."""
    target = resolve_target(Path(path))
    status = check_target(target)
    directory = target.parent if str(target.parent) else Path(".")
    tmp = _write_temp(directory, _temp_prefix(target), write)
    try:
        if status is not None:
            # Keep the file's permissions; a new file gets the usual umask ones.
            shutil.copymode(target, tmp)
            if backup:
                _replace_backup(target)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        if status is not None and status.st_nlink > 1:
            _rewrite_in_place(target, tmp)
            tmp.unlink()
        else:
            os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_directory(directory)
    remove_stale_temps(target)


def _write_temp(directory: Path, prefix: str, write: Callable[[BinaryIO], None]) -> Path:
    fd, tmp_name = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=directory)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return tmp


def _replace_backup(target: Path) -> None:
    """``NAME.bak`` becomes the current ``NAME``, atomically, without following links."""
    bak = backup_path(target)
    directory = target.parent if str(target.parent) else Path(".")
    link = directory / f"{_temp_prefix(bak)}{os.getpid()}.link.tmp"
    with contextlib.suppress(FileNotFoundError):
        link.unlink()
    try:
        os.link(target, link)
        shared = os.stat(target).st_nlink > 2  # the file has other names than these two
    except OSError:
        shared = True  # no hard links here (FAT, some network shares)
    if shared:
        # A complete copy, written aside first: the backup must not share an inode
        # with the file's other names.
        with contextlib.suppress(FileNotFoundError):
            link.unlink()

        def copy(handle: BinaryIO) -> None:
            with open(target, "rb") as source:
                shutil.copyfileobj(source, handle)

        link = _write_temp(directory, _temp_prefix(bak), copy)
    try:
        os.replace(link, bak)
    except BaseException:
        with contextlib.suppress(OSError):
            link.unlink()
        raise


def _rewrite_in_place(target: Path, tmp: Path) -> None:
    """Overwrite a multiply-linked file's content (its backup already holds the old one)."""
    with open(tmp, "rb") as source, open(target, "r+b") as handle:
        shutil.copyfileobj(source, handle)
        handle.truncate()
        handle.flush()
        os.fsync(handle.fileno())


def remove_stale_temps(target: Path) -> None:
    """Remove temporary files that killed writes of ``target`` (or its backup) left."""
    directory = target.parent if str(target.parent) else Path(".")
    for prefix in (_temp_prefix(target), _temp_prefix(backup_path(target))):
        for leftover in directory.glob(f"{glob_escape(prefix)}*.tmp"):
            with contextlib.suppress(OSError):
                if leftover.is_file() and not leftover.is_symlink():
                    leftover.unlink()


def glob_escape(text: str) -> str:
    """``text`` with the glob characters ``*?[`` taken literally."""
    return "".join(f"[{c}]" if c in "*?[" else c for c in text)


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
