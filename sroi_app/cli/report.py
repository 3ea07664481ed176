"""``sroi-app report FILE -o OUT.pdf|OUT.html [--lang nl|en]``: the council report.

The format follows the output's extension. Exit code 2 with a message when
the scenario is refused or the report cannot be written. On a terminal a
progress bar is drawn on standard error; Ctrl+C cancels (exit code 130) and
nothing is written.
"""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from sroi_app.cli.common import add_lang_option, export_file, file_command


def cmd_report(args: argparse.Namespace, out: TextIO) -> int:
    from sroi_app.exports.report import export_report

    return export_file(args, out, export_report)


def register(sub: Any) -> None:
    p = file_command(
        sub,
        "report",
        "write the council report (PDF or printable HTML)",
        output="report to write (.pdf or .html)",
    )
    add_lang_option(p, default="nl")
    p.set_defaults(handler=cmd_report)
