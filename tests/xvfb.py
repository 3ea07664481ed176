"""A virtual X screen (Xvfb) for tests and screenshots that need a real display.

With ``CI=true`` a missing Xvfb is a failure, never a skip.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager

import pytest


def require_xvfb() -> str:
    path = shutil.which("Xvfb")
    if path is None:
        message = "Xvfb is not installed (apt-get install xvfb)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path


@contextmanager
def xvfb(size: str = "1600x1000x24", xvfb_path: str | None = None) -> Iterator[str]:
    """Start Xvfb on a free display; yields the ``DISPLAY`` value (``:N``)."""
    read, write = os.pipe()
    proc = subprocess.Popen(
        [xvfb_path or "Xvfb", "-displayfd", str(write), "-screen", "0", size, "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not report a display number")
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
