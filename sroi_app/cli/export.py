"""``sroi-app export FILE -o OUT.xlsx [--lang nl|en] [--draws N] [--seed S] [--no-sensitivity]``.

The auditable Excel workbook. When the scenario has ranges it also gets the
sensitivity sheet (simulation output with its draws and seed; values, not
formulas); ``--no-sensitivity`` leaves it out, ``--sensitivity`` writes it
even without ranges. ``--draws`` must be between 1 and 10,000,000 and
``--seed`` 0 or more.

On a terminal a progress bar is drawn on standard error (nothing when it is
not a terminal); Ctrl+C cancels, exit code 130, and nothing is written.

Exit code 2 with a one-line message when the scenario is refused or the
workbook cannot be written (folder missing, no permission, file open in
Excel, disk full); no partial file is ever left behind.
"""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from sroi_app.cli.common import (
    add_draw_options,
    add_lang_option,
    export_file,
    file_command,
    refuse_draws,
)


def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    refused = refuse_draws(args)
    if refused is not None:
        return refused
    from sroi_app.exports.excel import SensitivityOptions, export_workbook

    options = SensitivityOptions(args.sensitivity, args.draws, args.seed)
    return export_file(args, out, export_workbook, sensitivity_options=options)


def register(sub: Any) -> None:
    p = file_command(
        sub,
        "export",
        "write an Excel workbook with live formulas",
        output="workbook to write (*.xlsx)",
    )
    add_lang_option(p, default="nl")
    sheet = p.add_mutually_exclusive_group()
    sheet.add_argument(
        "--sensitivity",
        dest="sensitivity",
        action="store_true",
        default=None,
        help="write the sensitivity sheet (default: when the scenario has ranges)",
    )
    sheet.add_argument(
        "--no-sensitivity",
        dest="sensitivity",
        action="store_false",
        help="leave the sensitivity sheet out",
    )
    add_draw_options(p, "of the sensitivity sheet ")
    p.set_defaults(handler=cmd_export)
