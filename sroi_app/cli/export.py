"""``sroi-app export FILE -o OUT.xlsx [--lang nl|en] [--draws N] [--seed S] [--no-sensitivity]``.

The auditable Excel workbook. When the scenario has ranges it also gets the
sensitivity sheet (simulation output with its draws and seed; values, not
formulas); ``--no-sensitivity`` leaves it out, ``--sensitivity`` writes it
even without ranges. ``--draws`` must be between 1 and 10,000,000 and
``--seed`` 0 or more.

Exit code 2 with a one-line message when the scenario is refused or the
workbook cannot be written (folder missing, no permission, file open in
Excel, disk full); no partial file is ever left behind.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from sroi_app.cli.common import EXIT_BAD_INPUT, EXIT_OK, add_lang_option
from sroi_app.domain.draws import DEFAULT_DRAWS, DEFAULT_SEED, MAX_DRAWS


def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    if not 1 <= args.draws <= MAX_DRAWS:
        sys.stderr.write(f"--draws must be between 1 and {MAX_DRAWS:,}, not {args.draws}\n")
        return EXIT_BAD_INPUT
    if args.seed < 0:
        sys.stderr.write(f"--seed must be 0 or more, not {args.seed}\n")
        return EXIT_BAD_INPUT
    from sroi_app.exports.excel import SensitivityOptions, export_workbook
    from sroi_app.io.scenario_file import load_scenario

    options = SensitivityOptions(args.sensitivity, args.draws, args.seed)
    scenario = load_scenario(args.file)
    export_workbook(
        scenario, args.output, args.lang, sensitivity_options=options, inputs=[args.file]
    )
    out.write(f"{args.output}\n")
    return EXIT_OK


def register(sub: Any) -> None:
    p = sub.add_parser("export", help="write an Excel workbook with live formulas")
    p.add_argument("file", type=Path, help="scenario file (*.sroi.json)")
    p.add_argument("-o", "--output", type=Path, required=True, help="workbook to write (*.xlsx)")
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
    p.add_argument(
        "--draws",
        type=int,
        default=DEFAULT_DRAWS,
        help=f"Monte Carlo draws of the sensitivity sheet (default {DEFAULT_DRAWS:,})",
    )
    p.add_argument(
        "--seed",
        type=int,
        default=DEFAULT_SEED,
        help=f"random seed of the sensitivity sheet (default {DEFAULT_SEED})",
    )
    p.set_defaults(handler=cmd_export)
