"""Entry point of the frozen desktop app without a console window (``sroi-app-gui [FILE]``).

On Windows and macOS this program is built windowed, so starting it from
the Explorer, the Finder or a file association opens no console; the
``sroi-app`` program beside it keeps the command line.
"""

from __future__ import annotations

import multiprocessing
import sys

from sroi_app.cli import main

if __name__ == "__main__":
    # A chart-drawing worker (sroi_app.exports.drawing) is this program started
    # again; here it becomes the worker instead of running the command line.
    multiprocessing.freeze_support()
    sys.exit(main(["gui", *sys.argv[1:]]))
