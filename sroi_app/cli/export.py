"""``sroi-app export FILE -o OUT.xlsx [--lang nl|en]``: the auditable Excel workbook.

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
from sroi_app.io.excel import ExportError, export_workbook
from sroi_app.io.scenario_file import load_scenario


def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    scenario = load_scenario(args.file)
    try:
        export_workbook(scenario, args.output, args.lang)
    except ExportError as exc:
        sys.stderr.write(f"{exc}\n")
        return EXIT_BAD_INPUT
    out.write(f"{args.output}\n")
    return EXIT_OK


def register(sub: Any) -> None:
    p = sub.add_parser("export", help="write an Excel workbook with live formulas")
    p.add_argument("file", type=Path, help="scenario file (*.sroi.json)")
    p.add_argument("-o", "--output", type=Path, required=True, help="workbook to write (*.xlsx)")
    add_lang_option(p, default="nl")
    p.set_defaults(handler=cmd_export)
