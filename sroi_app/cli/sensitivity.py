"""``sroi-app sensitivity FILE [--json] [--draws N] [--seed S] [--lang nl|en]``.

Tornado, switching values and a Monte Carlo simulation of every variant
(contract section 9). Defaults: 10,000 draws and the fixed seed 20260101, so
that two runs on the same file print the same numbers. ``--draws`` must be
between 1 and 10,000,000 and ``--seed`` 0 or more (exit code 2 otherwise).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any, TextIO

from sroi_app.cli.common import (
    EXIT_OK,
    add_draw_options,
    add_lang_option,
    file_command,
    refuse_draws,
    write_table,
)
from sroi_app.domain.formatting import Lang, format_money, format_number, format_percent

if TYPE_CHECKING:
    from sroi_app.calc.uncertainty import SensitivityResult, Summary
    from sroi_app.domain.models import Scenario

#: The command's own words; the others are ``domain.labels.SENSITIVITY_LABELS`` (imported
#: when the command runs: ``domain.labels`` loads the models, and numpy with them).
_TEXT: dict[str, tuple[str, str]] = {
    "npv_low": ("NCW laag", "NPV low"),
    "npv_high": ("NCW hoog", "NPV high"),
    "distance": ("Afstand", "Distance"),
    "monte_carlo": (
        "Monte Carlo-simulatie: {draws} trekkingen, startgetal {seed}",
        "Monte Carlo simulation: {draws} draws, seed {seed}",
    ),
    "ratio_note": (
        "SROI-ratio over {n} trekkingen met CW kosten > 0",
        "SROI ratio over the {n} draws with PV costs > 0",
    ),
}


def _t(key: str, lang: Lang) -> str:
    from sroi_app.domain.labels import SENSITIVITY_LABELS, in_lang

    return in_lang(_TEXT[key] if key in _TEXT else SENSITIVITY_LABELS[key], lang)


def _summary_row(name: str, summary: Summary, money: bool, lang: Lang) -> list[str]:
    values = [summary.mean, summary.p5, summary.p10, summary.p50, summary.p90, summary.p95]
    if money:
        return [name] + [format_money(v, lang) for v in values]
    return [name] + [format_number(v, 2, lang) for v in values]


def _parameter_table(
    out: TextIO,
    scenario: Scenario,
    alternative_id: str,
    lang: Lang,
    title: str,
    headers: tuple[str, ...],
    entries: Sequence[Any],
    cells: Callable[[Any, str], list[str]],
) -> None:
    """A titled table of one row per parameter that can move this variant's NPV:
    its name, then ``cells(entry, field)``."""
    from sroi_app.domain.parameters import parameter_label

    out.write(f"\n{_t(title, lang)}\n")
    rows = [[_t(k, lang) for k in headers]]
    rows += [
        [parameter_label(scenario, e.path, lang, alternative_id), *cells(e, e.parameter.field)]
        for e in entries
        if e.affects
    ]
    write_table(rows, out)


def print_sensitivity(
    scenario: Scenario, result: SensitivityResult, lang: Lang, out: TextIO
) -> None:
    """Per variant: tornado table, switching values and the simulation's summary."""
    from sroi_app.domain.parameters import (
        format_parameter_value,
        switching_value_text,
    )

    out.write(f"{scenario.name}: {_t('title', lang)}\n")
    if not result.parameters:
        out.write("\n" + _t("no_ranges", lang) + "\n")
    simulation = result.monte_carlo
    for alternative in result.alternatives:
        out.write(
            f"\n{_t('alternative', lang)}: {alternative.name} ({alternative.alternative_id})\n"
        )
        out.write(f"{_t('central_npv', lang)}: {format_money(alternative.npv, lang)}\n")
        if alternative.tornado:
            table = partial(_parameter_table, out, scenario, alternative.alternative_id, lang)
            table(
                "tornado",
                ("parameter", "low", "high", "npv_low", "npv_high", "swing"),
                alternative.tornado,
                lambda e, field: [
                    format_parameter_value(field, e.low, lang),
                    format_parameter_value(field, e.high, lang),
                    format_money(e.npv_low, lang),
                    format_money(e.npv_high, lang),
                    format_money(e.swing, lang),
                ],
            )
            table(
                "switching",
                ("parameter", "central", "switching_value", "distance"),
                alternative.switching_values,
                lambda s, field: [
                    format_parameter_value(field, s.central, lang),
                    switching_value_text(
                        field, s.value, lang, scenario.settings.horizon_years, _t("none", lang)
                    ),
                    format_percent(s.distance, lang, 1),
                ],
            )
        simulated = simulation.result(alternative.alternative_id)
        draws = format_number(simulation.draws, 0, lang)
        out.write("\n" + _t("monte_carlo", lang).format(draws=draws, seed=simulation.seed) + "\n")
        out.write(f"{_t('prob', lang)}: {format_percent(simulated.prob_npv_positive, lang, 1)}\n")
        rows = [["", _t("mean", lang), "P5", "P10", "P50", "P90", "P95"]]
        rows.append(_summary_row(_t("npv", lang), simulated.npv_summary, True, lang))
        rows.append(_summary_row(_t("ratio", lang), simulated.sroi_ratio_summary, False, lang))
        write_table(rows, out)
        if simulated.ratio_draws < simulation.draws:
            note = _t("ratio_note", lang).format(n=format_number(simulated.ratio_draws, 0, lang))
            out.write(note + "\n")


def cmd_sensitivity(args: argparse.Namespace, out: TextIO) -> int:
    refused = refuse_draws(args)
    if refused is not None:
        return refused
    from sroi_app.calc.uncertainty import sensitivity_analysis
    from sroi_app.exports.sensitivity_json import sensitivity_to_json
    from sroi_app.io.cpi import default_cpi
    from sroi_app.io.scenario_file import load_scenario

    scenario = load_scenario(args.file)
    result = sensitivity_analysis(scenario, default_cpi(), args.draws, args.seed)
    if args.json:
        json.dump(sensitivity_to_json(result), out, ensure_ascii=False)
        out.write("\n")
    else:
        print_sensitivity(scenario, result, args.lang, out)
    return EXIT_OK


def register(sub: Any) -> None:
    p = file_command(
        sub,
        "sensitivity",
        "tornado, switching values and Monte Carlo simulation of a scenario file",
    )
    p.add_argument("--json", action="store_true", help="machine-readable output (the contract)")
    add_draw_options(p, "")
    add_lang_option(p)
    p.set_defaults(handler=cmd_sensitivity)
