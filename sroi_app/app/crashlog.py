"""Crash logs: a traceback with enough context to act on, written to the log folder."""

from __future__ import annotations

import atexit
import contextlib
import datetime
import faulthandler
import os
import platform
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import Any

from sroi_app import __version__
from sroi_app.app.userdirs import user_log_dir


def crash_report(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """The text of a crash log: versions, platform, the traceback."""
    when = datetime.datetime.now().isoformat(timespec="seconds")
    lines = [
        f"sroi-app {__version__} crashed at {when}",
        f"Python {sys.version.split()[0]} on {platform.platform()}",
        "",
        *traceback.format_exception(exc_type, exc, tb),
    ]
    return "\n".join(line.rstrip("\n") for line in lines) + "\n"


def write_crash_log(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    folder: Path | None = None,
) -> Path:
    """Write ``crash-<time>-<pid>.log`` and return its path."""
    folder = folder if folder is not None else user_log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    path = folder / f"crash-{stamp}-{os.getpid()}.log"
    path.write_text(crash_report(exc_type, exc, tb), encoding="utf-8")
    return path


_native_log: Any = None  # the open file faulthandler writes to (kept open for the process)


def enable_native_crash_log(folder: Path | None = None) -> Path:
    """Let ``faulthandler`` write a native abort's traceback to ``native-<pid>.log``.

    A segmentation fault in Qt or a C extension never reaches ``sys.excepthook``;
    with this, the log folder still holds the Python stack of every thread at
    the moment of the abort (qutebrowser does the same). An empty file is
    removed at a clean exit.
    """
    global _native_log
    folder = folder if folder is not None else user_log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"native-{os.getpid()}.log"
    _native_log = open(path, "a", encoding="utf-8")  # noqa: SIM115 - open for the process
    faulthandler.enable(file=_native_log, all_threads=True)

    def tidy() -> None:
        faulthandler.disable()
        _native_log.close()
        with contextlib.suppress(OSError):
            if path.stat().st_size == 0:
                path.unlink()

    atexit.register(tidy)
    return path
