"""The command line: ``sroi-app compute|validate|...`` (the scriptable engine).

Exit codes: 0 success, 2 bad input (unreadable file, not JSON, invalid
scenario, newer format) with a message and no traceback, 1 for an internal
error. Human-readable output is Dutch by default, like the app (``--lang en`` for English);
``--json`` output follows the calculation contract exactly.

Each command is a module with ``register(subparsers)``; add new ones to
``COMMANDS``.
"""

from __future__ import annotations

import argparse
import os
import sys
import warnings
from collections.abc import Callable, Sequence
from typing import TextIO

from sroi_app import __version__
from sroi_app.cli import (
    cbs,
    charts,
    compute,
    costs,
    export,
    gui,
    importer,
    proxies,
    report,
    sensitivity,
    validate,
)
from sroi_app.cli.common import EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK, describe_error
from sroi_app.domain.errors import ScenarioError
from sroi_app.exports.target import ExportError

COMMANDS = [
    compute,
    validate,
    sensitivity,
    export,
    importer,
    report,
    charts,
    proxies,
    costs,
    cbs,
    gui,
]

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


def _quiet_warnings() -> None:
    """Library warnings (numpy's overflow, matplotlib's fonts) are not shown on the terminal.

    Only for the program itself (``argv`` not given): tests that call
    ``main`` keep seeing them, and fail on them. A warning written to a file
    of its own (``warnings.showwarning(..., file=...)``) still is. (This was
    ``logging.captureWarnings`` into a logger without handlers: the same,
    with ``logging``'s 7 ms at every start.)
    """
    shown = warnings.showwarning

    def drop(
        message: Warning | str,
        category: type[Warning],
        filename: str,
        lineno: int,
        file: TextIO | None = None,
        line: str | None = None,
    ) -> None:
        if file is not None:
            shown(message, category, filename, lineno, file, line)

    warnings.showwarning = drop


#: What OpenBLAS reads for its number of threads, in its order of precedence.
BLAS_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "GOTO_NUM_THREADS", "OMP_NUM_THREADS")


def _one_blas_thread() -> None:
    """One OpenBLAS thread, unless the user chose a number, when numpy is not loaded yet.

    No command hands work to BLAS (``engine.present_values``), but numpy's
    OpenBLAS starts a thread per core when it loads, which spins for a while
    and competes with the command for the cores: 0.11 s of processor time at
    every start on this 2-core machine (issue 17). Importing this package
    loads neither numpy nor pydantic (``tests/test_cli_imports.py``), so the
    choice is made before any command's modules are imported.
    """
    if "numpy" not in sys.modules and not any(os.environ.get(v) for v in BLAS_THREAD_VARIABLES):
        os.environ["OPENBLAS_NUM_THREADS"] = "1"


def _no_pydantic_plugins() -> None:
    """No search for pydantic plugins, unless the user set ``PYDANTIC_DISABLE_PLUGINS``.

    The program uses none, but pydantic looks for them through every installed
    package's metadata when it builds the first model: 6-10 ms of every start of
    the command line and the app on this machine (issue 17), more the more
    packages are installed beside it.
    """
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")


def program_environment() -> None:
    """The settings every start of the program makes for its process: the command line
    and the app (``sroi-app gui``) alike; the benchmarks make them too, so they time the
    engine as the program runs it."""
    _one_blas_thread()
    _no_pydantic_plugins()


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    program_environment()
    if argv is None:
        _quiet_warnings()
    out = out or sys.stdout
    parser = build_parser()
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments and arguments[0].lower().endswith((".sroi.json", ".json")):
        # ``sroi-app plan.sroi.json`` (a double-click, "open with") opens the app on it.
        arguments = ["gui", *arguments]
    args = parser.parse_args(arguments)
    handler: Command | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(out)
        return EXIT_OK
    try:
        code = handler(args, out)
        out.flush()  # a full disk or a closed pipe is reported here, not at exit
        return code
    except ScenarioError as exc:
        sys.stderr.write(describe_error(exc, getattr(args, "file", None)) + "\n")
        return EXIT_BAD_INPUT
    except ExportError as exc:  # a workbook or report that cannot be written
        sys.stderr.write(f"{exc}\n")
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:  # Ctrl+C: an export or report leaves no file (atomic writes)
        sys.stderr.write("\ncancelled\n")
        return 130
    except BrokenPipeError:  # output piped into `head` and closed early
        return EXIT_OK
    except OSError as exc:  # the output cannot be written (a full disk, /dev/full)
        where = exc.filename or "the output"
        sys.stderr.write(f"cannot write {where}: {exc.strerror or exc}\n")
        return EXIT_BAD_INPUT
    except Exception as exc:  # the safety net: a message, never a traceback
        sys.stderr.write(f"internal error: {type(exc).__name__}: {exc}\n")
        return EXIT_INTERNAL
