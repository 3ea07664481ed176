"""``sroi-app import WORKBOOK.xlsx -o OUT.sroi.json``: an edited workbook back into a scenario.

Contract section 10. The workbook must be one this program exported; the
input cells a person changed in Excel or LibreOffice are read back into the
scenario it was made from. A cell without a valid value is refused with exit
code 2 and one line per problem naming the sheet and cell
(``Invoer!F92: must be between 0 and 1``); nothing is written then. The
output is written atomically and never over the workbook itself.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from sroi_app.cli.common import EXIT_OK


def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    from sroi_app.exports.excel.roundtrip import import_workbook
    from sroi_app.exports.target import check_writable_target
    from sroi_app.io.cpi import default_cpi
    from sroi_app.io.scenario_file import save_scenario

    check_writable_target(args.output, (".json",), [args.workbook])
    scenario = import_workbook(args.workbook, default_cpi())
    save_scenario(scenario, args.output)
    out.write(f"{args.output}\n")
    return EXIT_OK


def register(sub: Any) -> None:
    p = sub.add_parser(
        "import", help="read an exported (and edited) Excel workbook back into a scenario"
    )
    p.add_argument("workbook", type=Path, help="workbook exported by sroi-app (*.xlsx)")
    p.add_argument(
        "-o", "--output", type=Path, required=True, help="scenario file to write (*.sroi.json)"
    )
    p.set_defaults(handler=cmd_import)
