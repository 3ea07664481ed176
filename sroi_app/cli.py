"""The command line: ``sroi-app compute|validate ...`` (the scriptable engine).

Exit codes: 0 success, 2 bad input (unreadable file, not JSON, invalid
scenario, newer format) with a message and no traceback, 1 for an internal
error. Human-readable output is English by default (``--lang nl`` for Dutch);
``--json`` output follows the calculation contract exactly.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from sroi_app import __version__
from sroi_app.calc import ScenarioResult, compute
from sroi_app.domain.errors import ScenarioError, ScenarioValidationError
from sroi_app.domain.formatting import Lang, format_money, format_percent, format_ratio
from sroi_app.domain.labels import CONVENTIONS, describe_rate, label
from sroi_app.domain.models import Scenario
from sroi_app.io.cpi import default_cpi
from sroi_app.io.results_json import result_to_json
from sroi_app.io.scenario_file import load_scenario

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_BAD_INPUT = 2


def describe_error(error: ScenarioError) -> str:
    """All problems of a refused file, one per line."""
    if isinstance(error, ScenarioValidationError):
        return "\n".join(str(issue) for issue in error.issues)
    return str(error)


def _rate_text(scenario: Scenario, lang: Lang) -> str:
    rate = scenario.settings.discount_rate
    if isinstance(rate, list):
        return describe_rate([(s.from_year, s.rate) for s in rate], lang)
    return describe_rate(rate, lang)


def conventions_text(scenario: Scenario, result: ScenarioResult, lang: Lang) -> str:
    reference = scenario.reference
    return CONVENTIONS[lang].format(
        price_year=result.price_year,
        start_year=result.start_year,
        horizon=result.horizon_years,
        rate=_rate_text(scenario, lang),
        reference=(reference.name or reference.id) if reference else label("no_reference", lang),
    )


def _table(rows: list[list[str]], out: TextIO) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for n, row in enumerate(rows):
        cells = [row[0].ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)
        ]
        out.write("  ".join(cells).rstrip() + "\n")
        if n == 0:
            out.write("  ".join("-" * w for w in widths) + "\n")


def print_table(scenario: Scenario, result: ScenarioResult, lang: Lang, out: TextIO) -> None:
    """Alternatives as columns, the metrics as rows, conventions underneath."""
    out.write(f"{scenario.name}\n\n")
    if not result.results:
        out.write(
            "Geen alternatieven om te vergelijken.\n"
            if lang == "nl"
            else "No alternatives to compare.\n"
        )
    else:
        header = [label("alternative", lang)] + [r.name for r in result.results]
        rows = [header]
        rows.append(
            [label("pv_costs", lang)] + [format_money(r.pv_costs, lang) for r in result.results]
        )
        rows.append(
            [label("pv_benefits", lang)]
            + [format_money(r.pv_benefits, lang) for r in result.results]
        )
        rows.append([label("npv", lang)] + [format_money(r.npv, lang) for r in result.results])
        rows.append(
            [label("sroi_ratio", lang)] + [format_ratio(r.sroi_ratio, lang) for r in result.results]
        )
        rows.append(
            [label("net_sroi_ratio", lang)]
            + [format_ratio(r.net_sroi_ratio, lang) for r in result.results]
        )
        rows.append([label("irr", lang)] + [format_percent(r.irr, lang) for r in result.results])
        rows.append(
            [label("payback_years", lang)]
            + [
                label("not_paid_back", lang)
                if r.payback_years is None
                else f"{format_ratio(r.payback_years, lang, 1)} {label('years', lang)}"
                for r in result.results
            ]
        )
        _table(rows, out)
        out.write("\n")
        npv_word = "NCW" if lang == "nl" else "NPV"
        header = [label("stakeholder", lang)] + [f"{npv_word} {r.name}" for r in result.results]
        rows = [header]
        for sid in result.stakeholder_ids:
            rows.append(
                [scenario.stakeholder_name(sid)]
                + [format_money(r.by_stakeholder[sid].npv, lang) for r in result.results]
            )
        _table(rows, out)
    out.write("\n" + conventions_text(scenario, result, lang) + "\n")


def cmd_compute(args: argparse.Namespace, out: TextIO) -> int:
    scenario = load_scenario(args.file)
    result = compute(scenario, default_cpi())
    if args.json:
        json.dump(result_to_json(result), out, ensure_ascii=False)
        out.write("\n")
    else:
        print_table(scenario, result, args.lang, out)
    return EXIT_OK


def cmd_validate(args: argparse.Namespace, out: TextIO) -> int:
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


Command = Callable[[argparse.Namespace, TextIO], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sroi-app",
        description="SROI / MKBA calculator for spatial interventions (maatschappelijk rendement).",
    )
    parser.add_argument("--version", action="version", version=f"sroi-app {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def lang_option(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--lang", choices=("nl", "en"), default="en", help="language of the text output"
        )

    p = sub.add_parser("compute", help="compute the results of a scenario file")
    p.add_argument("file", type=Path, help="scenario file (*.sroi.json)")
    p.add_argument("--json", action="store_true", help="machine-readable output (the contract)")
    lang_option(p)
    p.set_defaults(handler=cmd_compute)

    p = sub.add_parser("validate", help="check scenario files; exit 2 if any is invalid")
    p.add_argument("files", type=Path, nargs="+", metavar="FILE")
    p.set_defaults(handler=cmd_validate)
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
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and closed early
        return EXIT_OK
    except Exception as exc:  # the safety net: a message, never a traceback
        sys.stderr.write(f"internal error: {type(exc).__name__}: {exc}\n")
        return EXIT_INTERNAL
