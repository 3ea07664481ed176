"""What the documentation tools share: the repository root, their common options and
starting the app on a screen.

The screenshot tools run on a real or virtual screen; the Makefile's
``screenshots`` target starts them under ``xvfb-run`` with the screen size
each wants (1600x1000 for the pages, 1920x1080 for the workshop view).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def tool_parser(doc: str | None) -> argparse.ArgumentParser:
    """The options every tool takes: the output folder, ``--scenario`` and ``--lang``."""
    parser = argparse.ArgumentParser(description=doc)
    parser.add_argument("out", type=Path)
    parser.add_argument(
        "--scenario", type=Path, default=ROOT / "scenarios" / "groene-ontmoetingsplek.sroi.json"
    )
    parser.add_argument("--lang", choices=("nl", "en"), default="nl")
    return parser


def open_app(scenario: Path, lang: str) -> tuple[Any, Any]:
    """A QApplication in ``lang`` and the main window on ``scenario`` (not shown yet).

    Settings and recovery copies of this run stay out of the user's own folders.
    """
    os.environ.setdefault("SROI_APP_USER_DIR", tempfile.mkdtemp(prefix="sroi-shots-"))

    from PySide6.QtWidgets import QApplication

    from sroi_app.ui.application import create_window
    from sroi_app.ui.i18n import install_translators
    from sroi_app.ui.settings import set_application_names

    set_application_names()
    app = QApplication(sys.argv[:1])
    install_translators(lang)
    return app, create_window(scenario)
