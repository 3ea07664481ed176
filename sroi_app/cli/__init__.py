"""The command line: ``sroi-app compute|validate|...`` (the scriptable engine).

Exit codes: 0 success, 2 bad input (unreadable file, not JSON, invalid
scenario, newer format) with a message and no traceback, 1 for an internal
error. Human-readable output is English by default (``--lang nl`` for Dutch);
``--json`` output follows the calculation contract exactly.

Each command is a module with ``register(subparsers)``; add new ones to
``COMMANDS``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from sroi_app import __version__
from sroi_app.cli import compute, export, gui, proxies, report, sensitivity, validate
from sroi_app.cli.common import EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK, describe_error
from sroi_app.domain.errors import ScenarioError
from sroi_app.exports.target import ExportError

COMMANDS = [compute, validate, sensitivity, export, report, proxies, gui]

Command = Callable[[argparse.Namespace, TextIO], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sroi-app",
        description="SROI / MKBA calculator for spatial interventions (maatschappelijk rendement).",
    )
    parser.add_argument("--version", action="version", version=f"sroi-app {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.register(sub)
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Command | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(out)
        return EXIT_OK
    try:
        return handler(args, out)
    except ScenarioError as exc:
        sys.stderr.write(describe_error(exc) + "\n")
        return EXIT_BAD_INPUT
    except ExportError as exc:  # a workbook or report that cannot be written
        sys.stderr.write(f"{exc}\n")
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and closed early
        return EXIT_OK
    except Exception as exc:  # the safety net: a message, never a traceback
        sys.stderr.write(f"internal error: {type(exc).__name__}: {exc}\n")
        return EXIT_INTERNAL
