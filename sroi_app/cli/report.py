"""``sroi-app report FILE -o OUT.pdf|OUT.html [--lang nl|en]``: the council report.

The format follows the output's extension. Exit code 2 with a message when
the scenario is refused or the report cannot be written. On a terminal a
progress bar is drawn on standard error; Ctrl+C cancels (exit code 130) and
nothing is written.
"""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from sroi_app.cli.common import EXIT_OK, add_lang_option, file_command, terminal_progress


def cmd_report(args: argparse.Namespace, out: TextIO) -> int:
    from sroi_app.exports.report import export_report
    from sroi_app.io.scenario_file import load_scenario

    scenario = load_scenario(args.file)
    export_report(
        scenario,
        args.output,
        args.lang,
        inputs=[args.file],
        progress=terminal_progress(args.output.name),
    )
    out.write(f"{args.output}\n")
    return EXIT_OK


def register(sub: Any) -> None:
    p = file_command(
        sub,
        "report",
        "write the council report (PDF or printable HTML)",
        output="report to write (.pdf or .html)",
    )
    add_lang_option(p, default="nl")
    p.set_defaults(handler=cmd_report)
