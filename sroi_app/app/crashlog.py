"""Crash logs: a traceback with enough context to act on, written to the log folder."""

from __future__ import annotations

import datetime
import os
import platform
import sys
import traceback
from pathlib import Path
from types import TracebackType

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
