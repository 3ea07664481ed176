"""Entry point of the frozen program: the same command line as ``python -m sroi_app``."""

from __future__ import annotations

import multiprocessing
import sys

from sroi_app.cli import main

if __name__ == "__main__":
    # A chart-drawing worker (sroi_app.exports.drawing) is this program started
    # again; here it becomes the worker instead of running the command line.
    multiprocessing.freeze_support()
    sys.exit(main())
