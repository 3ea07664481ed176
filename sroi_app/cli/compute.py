"""``sroi-app compute FILE [--json] [--lang nl|en]``: results of a scenario file."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TextIO

from sroi_app.cli.common import EXIT_OK, add_lang_option, file_command, write_table

if TYPE_CHECKING:
    from sroi_app.calc import ScenarioResult
    from sroi_app.domain.formatting import Lang
    from sroi_app.domain.models import Scenario


def print_table(scenario: Scenario, result: ScenarioResult, lang: Lang, out: TextIO) -> None:
    """Alternatives as columns, the metrics as rows, conventions underneath."""
    from sroi_app.calc.monitoring import has_monitoring, monitor
    from sroi_app.domain.formatting import format_money, format_percent, format_ratio
    from sroi_app.domain.labels import conventions_text, label
    from sroi_app.io.cpi import default_cpi

    out.write(f"{scenario.name}\n\n")
    if not result.results:
        out.write(
            "Geen alternatieven om te vergelijken.\n"
            if lang == "nl"
            else "No alternatives to compare.\n"
        )
    else:

        def payback(value: float | None) -> str:
            if value is None:
                return label("not_paid_back", lang)
            return f"{format_ratio(value, lang, 1)} {label('years', lang)}"

        def money(value: float | None) -> str:
            return format_money(value, lang)

        def ratio(value: float | None) -> str:
            return format_ratio(value, lang)

        metrics: list[tuple[str, list[float | None], Callable[[float | None], str]]] = [
            (key, [getattr(r, key) for r in result.results], fmt)
            for key, fmt in (
                ("pv_costs", money),
                ("pv_benefits", money),
                ("npv", money),
                ("sroi_ratio", ratio),
                ("net_sroi_ratio", ratio),
                ("irr", lambda v: format_percent(v, lang)),
                ("payback_years", payback),
            )
        ]
        if has_monitoring(scenario):
            monitored = monitor(scenario, default_cpi(), result)
            metrics.append(("reforecast_npv", [m.reforecast.npv for m in monitored], money))
            metrics.append(
                ("reforecast_sroi_ratio", [m.reforecast.sroi_ratio for m in monitored], ratio)
            )
        rows = [[label("alternative", lang)] + [r.name for r in result.results]]
        rows += [[label(key, lang)] + [fmt(v) for v in values] for key, values, fmt in metrics]
        write_table(rows, out)
        out.write("\n")
        npv_word = "NCW" if lang == "nl" else "NPV"
        header = [label("stakeholder", lang)] + [f"{npv_word} {r.name}" for r in result.results]
        rows = [header]
        for sid in result.stakeholder_ids:
            rows.append(
                [scenario.stakeholder_name(sid)]
                + [format_money(r.by_stakeholder[sid].npv, lang) for r in result.results]
            )
        write_table(rows, out)
    out.write("\n" + conventions_text(scenario, lang) + "\n")


def _capitalised(scenario: Scenario) -> frozenset[str]:
    """``capitalised_ids()`` of the proxy library, read only when an effect takes its value
    from the library: the warning looks at no other effect (issue 17: start-up)."""
    if not any(e.proxy.library_id for a in scenario.alternatives for e in a.effects):
        return frozenset()
    from sroi_app.io.proxies import capitalised_ids

    return capitalised_ids()


def cmd_compute(args: argparse.Namespace, out: TextIO) -> int:
    # Imported here: the command line imports a command's modules only when it runs.
    from sroi_app.calc import compute
    from sroi_app.calc.checks import scenario_warnings
    from sroi_app.calc.monitoring import monitor
    from sroi_app.exports.results_json import result_to_json
    from sroi_app.io.cpi import default_cpi
    from sroi_app.io.scenario_file import load_scenario

    scenario = load_scenario(args.file)
    cpi = default_cpi()
    result = compute(scenario, cpi)
    if args.json:
        warnings = scenario_warnings(scenario, result, cpi, _capitalised(scenario))
        data = result_to_json(result, monitor(scenario, cpi, result), warnings)
        json.dump(data, out, ensure_ascii=False)
        out.write("\n")
    else:
        print_table(scenario, result, args.lang, out)
    return EXIT_OK


def register(sub: Any) -> None:
    p = file_command(sub, "compute", "compute the results of a scenario file")
    p.add_argument("--json", action="store_true", help="machine-readable output (the contract)")
    add_lang_option(p)
    p.set_defaults(handler=cmd_compute)
