"""``sroi-app validate FILE [FILE...]``: one line per file; exit 2 if any is invalid."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from sroi_app.cli.common import EXIT_BAD_INPUT, EXIT_OK, describe_error
from sroi_app.domain.errors import ScenarioError


def cmd_validate(args: argparse.Namespace, out: TextIO) -> int:
    from sroi_app.io.scenario_file import load_scenario

    status = EXIT_OK
    for path in args.files:
        try:
            load_scenario(path)
        except ScenarioError as exc:
            status = EXIT_BAD_INPUT
            problems = describe_error(exc).replace("\n", "; ")
            out.write(f"{path}: INVALID: {problems}\n")
        else:
            out.write(f"{path}: OK\n")
    return status


def register(sub: Any) -> None:
    p = sub.add_parser("validate", help="check scenario files; exit 2 if any is invalid")
    p.add_argument("files", type=Path, nargs="+", metavar="FILE")
    p.set_defaults(handler=cmd_validate)
