"""``sroi-app charts FILE -o DIR [--format png|svg|pdf] [--lang nl|en]``: every chart as a file."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from sroi_app.cli.common import EXIT_OK, add_lang_option, file_command


def cmd_charts(args: argparse.Namespace, out: TextIO) -> int:
    from sroi_app.exports.charts import export_charts
    from sroi_app.io.cpi import default_cpi
    from sroi_app.io.scenario_file import load_scenario

    scenario = load_scenario(args.file)
    for path in export_charts(scenario, default_cpi(), args.output, args.format, args.lang):
        out.write(f"{path}\n")
    return EXIT_OK


def register(sub: Any) -> None:
    p = file_command(
        sub,
        "charts",
        "write every chart of a scenario (PNG, SVG or PDF)",
        output="folder to write into",
    )
    p.add_argument("--format", choices=("png", "svg", "pdf"), default="png")
    add_lang_option(p, default="nl")
    p.set_defaults(handler=cmd_charts)
