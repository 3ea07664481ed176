"""``sroi-app gui [FILE]``: open the desktop app (on a scenario file).

Qt is imported inside the handler only, so the command line and the
engine never load it for the other commands.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

#: Every page of the main window, in the sidebar's order; a UI test keeps this list
#: equal to the registered pages (the command line must not import Qt to know them).
PAGE_KEYS = (
    "project",
    "stakeholders",
    "alternatives",
    "costs",
    "effects",
    "pm_items",
    "results",
    "sensitivity",
    "comparison",
    "monitoring",
)


def cmd_gui(args: argparse.Namespace, out: TextIO) -> int:
    from sroi_app.cli.common import EXIT_BAD_INPUT
    from sroi_app.cli.syslibs import missing_library_message

    problem = missing_library_message()
    if problem is not None:
        sys.stderr.write(problem + "\n")
        return EXIT_BAD_INPUT
    from sroi_app.ui.application import run

    return run(args.file, args.page)


def register(sub: Any) -> None:
    p = sub.add_parser("gui", help="open the desktop app")
    p.add_argument("file", type=Path, nargs="?", help="scenario file (*.sroi.json) to open")
    p.add_argument(
        "--page",
        choices=PAGE_KEYS,
        help="the page to show first (default: results for a file, project otherwise)",
    )
    p.set_defaults(handler=cmd_gui)


def gui_main() -> int:
    """The ``sroi-app-gui`` entry point (a gui-script: no console window on Windows)."""
    from sroi_app.cli import main

    return main(["gui", *sys.argv[1:]])
