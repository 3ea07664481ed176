"""What every command shares: exit codes, error wording, the language option."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, ClassVar, TextIO

from sroi_app.domain.errors import ScenarioError, ScenarioFileError, ScenarioValidationError
from sroi_app.domain.formatting import Lang, format_money

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_BAD_INPUT = 2


def describe_error(error: ScenarioError, file: object = None) -> str:
    """All problems of a refused file, one per line, each naming the file when known."""
    prefix = f"{file}: " if file is not None else ""
    if isinstance(error, ScenarioValidationError):
        return "\n".join(f"{prefix}{issue}" for issue in error.issues)
    if isinstance(error, ScenarioFileError):
        return str(error)  # names its file already
    return f"{prefix}{error}"


def file_command(
    sub: Any, name: str, help_text: str, output: str | None = None
) -> argparse.ArgumentParser:
    """The parser of a command over one scenario file: ``FILE`` and, when ``output`` (its
    help) is given, a required ``-o/--output``."""
    p: argparse.ArgumentParser = sub.add_parser(name, help=help_text)
    p.add_argument("file", type=Path, help="scenario file (*.sroi.json)")
    if output is not None:
        p.add_argument("-o", "--output", type=Path, required=True, help=output)
    return p


def add_lang_option(parser: argparse.ArgumentParser, default: str = "nl") -> None:
    parser.add_argument(
        "--lang", choices=("nl", "en"), default=default, help="language of the text output"
    )


def write_table(rows: list[list[str]], out: TextIO) -> None:
    """Rows of text as columns: the first left-aligned, the others right-aligned (numbers)."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for n, row in enumerate(rows):
        cells = [row[0].ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)
        ]
        out.write("  ".join(cells).rstrip() + "\n")
        if n == 0:
            out.write("  ".join("-" * w for w in widths) + "\n")


def write_text_table(rows: Sequence[Sequence[str]], out: TextIO, limit: int = 60) -> None:
    """Rows of text, every column left-aligned and cut at ``limit`` characters (listings)."""
    widths = [min(max(len(r[i]) for r in rows), limit) for i in range(len(rows[0]))]
    for n, row in enumerate(rows):
        cells = [c[:limit].ljust(w) for c, w in zip(row, widths, strict=True)]
        out.write("  ".join(cells).rstrip() + "\n")
        if n == 0:
            out.write("  ".join("-" * w for w in widths) + "\n")


def library_money(value: float, lang: Lang) -> str:
    """Whole euros, with cents below EUR 1.000 (an hour of volunteering is EUR 20,00)."""
    return format_money(value, lang, 2 if abs(value) < 1000 and value != int(value) else 0)


def add_draw_options(parser: argparse.ArgumentParser, what: str) -> None:
    """``--draws`` and ``--seed`` of a simulation (``what``: whose, for the help)."""
    from sroi_app.domain.draws import DEFAULT_DRAWS, DEFAULT_SEED, MAX_DRAWS

    parser.add_argument(
        "--draws",
        type=int,
        default=DEFAULT_DRAWS,
        help=f"Monte Carlo draws {what}(default {DEFAULT_DRAWS:,}, at most {MAX_DRAWS:,})",
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=DEFAULT_SEED,
        help=f"random seed {what}(the same seed gives the same numbers; default {DEFAULT_SEED})",
    )


def refuse_draws(args: argparse.Namespace) -> int | None:
    """``EXIT_BAD_INPUT`` with one line on stderr when ``--draws`` or ``--seed`` is out of
    range, else None."""
    import sys

    from sroi_app.domain.draws import MAX_DRAWS

    if not 1 <= args.draws <= MAX_DRAWS:
        sys.stderr.write(f"--draws must be between 1 and {MAX_DRAWS:,}, not {args.draws}\n")
        return EXIT_BAD_INPUT
    if args.seed < 0:
        sys.stderr.write(f"--seed must be 0 or more, not {args.seed}\n")
        return EXIT_BAD_INPUT
    return None


class TerminalProgress:
    """A one-line progress bar for a long export, redrawn in place on a terminal:
    ``werkmap.xlsx [##########..........]  50%  cash flows``. Ctrl+C cancels the
    export; nothing is written then (the commands' exit code 130)."""

    WIDTH = 30
    #: Stages in words where the key is not one ("cash_flows" reads "cash flows").
    WORDS: ClassVar[dict[str, str]] = {
        "compute": "calculating",
        "render": "laying out",
        "writing": "saving",
        "done": "",
    }

    def __init__(self, stream: TextIO, label: str) -> None:
        self.stream = stream
        self.label = label
        self.shown = ""

    def __call__(self, fraction: float, stage: str) -> None:
        filled = round(self.WIDTH * max(0.0, min(1.0, fraction)))
        bar = "#" * filled + "." * (self.WIDTH - filled)
        words = self.WORDS.get(stage, stage.replace("_", " "))
        line = f"{self.label} [{bar}] {round(100 * fraction):3d}%  {words}".rstrip()
        if line != self.shown:
            padding = " " * max(0, len(self.shown) - len(line))
            self.stream.write(f"\r{line}{padding}")
            self.stream.flush()
            self.shown = line
        if stage == "done":
            self.stream.write("\n")
            self.stream.flush()


def terminal_progress(
    label: str, stream: TextIO | None = None
) -> Callable[[float, str], None] | None:
    """A ``TerminalProgress`` on ``stream`` (standard error) when it is a terminal; None
    when it is not (a pipe, a log, CI): then nothing is drawn (issue 17)."""
    stream = stream if stream is not None else sys.stderr
    try:
        interactive = stream.isatty()
    except (AttributeError, ValueError):  # a closed or odd stream
        interactive = False
    return TerminalProgress(stream, label) if interactive else None


def export_file(
    args: argparse.Namespace, out: TextIO, export: Callable[..., object], **options: Any
) -> int:
    """``export(scenario, output, lang, inputs=[file], progress=..., **options)`` of the
    scenario in ``args.file`` to ``args.output`` (a workbook, a report), with the terminal's
    progress bar; the written file's name on ``out``."""
    from sroi_app.io.scenario_file import load_scenario

    scenario = load_scenario(args.file)
    progress = terminal_progress(args.output.name)
    export(scenario, args.output, args.lang, inputs=[args.file], progress=progress, **options)
    out.write(f"{args.output}\n")
    return EXIT_OK
