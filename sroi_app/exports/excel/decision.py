"""The summary sheet's decision block (issue 11, item 1): the council report's decision
page in the workbook, per variant in the summary's columns.

Built after every other sheet. The rank is a live RANK over the ``NPV_i`` names and the
gemeente's own balance a live formula over the distribution sheet, so both follow every
edit. The chance of a positive NPV and its 5-95% band point at the sensitivity sheet's
simulation output (fixed values made at export, labelled as such there); the verdict,
who gains most, the assumptions that move the NPV most and the warnings are words from
that export.
"""

from __future__ import annotations

from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

from sroi_app.calc.decision import (
    OWN_KINDS,
    WarningCounts,
    decisions,
    drivers_text,
    pm_text,
    variant_facts,
    verdict,
)
from sroi_app.calc.parameters import uncertain_parameters
from sroi_app.exports.excel import style
from sroi_app.exports.excel.context import ExportContext
from sroi_app.exports.report.texts import text as report_text

ROWS = (
    "dec_rank",
    "dec_chance",
    "dec_p5",
    "dec_p95",
    "dec_verdict",
    "dec_gemeente",
    "dec_gainer",
    "dec_drivers",
    "dec_pm",
    "dec_warnings",
)


def _gemeente_formula(ctx: ExportContext, i: int) -> str | None:
    cells = [
        ctx.results.get(f"results[{i}].by_stakeholder.{s.id}.npv")
        for s in ctx.scenario.stakeholders
        if (s.kind or "") in OWN_KINDS
    ]
    found = [c for c in cells if c]
    return "=" + "+".join(found) if found else None


NUMERIC = ("dec_rank", "dec_chance", "dec_p5", "dec_p95", "dec_gemeente", "dec_warnings")

#: Rows the block takes on the summary sheet (its heading, its rows and a blank line).
BLOCK_ROWS = len(ROWS) + 2


def build(ctx: ExportContext) -> None:
    """The block on the summary sheet, in the rows ``summary`` kept free for it."""
    from sroi_app.exports.excel.summary import CHART_ROW, NOTE_COLUMNS

    if not ctx.variant_indices:
        return
    width = max(NOTE_COLUMNS, 1 + len(ctx.variant_indices))
    build_block(ctx, ctx.sheet("summary"), CHART_ROW - 1, width)


def build_block(ctx: ExportContext, ws: Worksheet, row: int, width: int) -> int:
    """The block from ``row``; returns the first row after it."""
    simulation = ctx.sensitivity.monte_carlo if ctx.sensitivity is not None else None
    ranged = bool(uncertain_parameters(ctx.scenario))
    if simulation is not None:
        heading = ctx.t("dec_title").format(draws=simulation.draws, seed=simulation.seed)
        ranked = decisions(ctx.scenario, ctx.cpi, ctx.result, simulation)
        verdicts = {d.alternative_id: d.verdict for d in ranked}
    else:  # no simulation in this workbook: never one made here behind the user's back
        heading = ctx.t("dec_title_none" if ranged else "dec_title_point")
        verdicts = {r.alternative_id: verdict(r.npv, None) for r in ctx.result.results}
    warnings = WarningCounts.of(ctx.warnings)
    style.put_label(ws, row, 1, heading, bold=True)
    style.style_row(ws, row, 1, width, fill=style.GROUP_FILL)
    ws.cell(row=row, column=1).alignment = style.WRAP
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
    style.fit_height(ws, row, heading, 44 + 20 * (width - 1))
    for n, key in enumerate(ROWS):
        style.put_label(ws, row + 1 + n, 1, ctx.t(key), bold=True)
    no_ranges = report_text("facts_no_ranges", ctx.lang)
    for i in range(len(ctx.variant_indices)):
        col = 2 + i
        r = ctx.result.results[i]
        tornado = (
            ctx.sensitivity.alternative(r.alternative_id) if ctx.sensitivity is not None else None
        )
        facts = variant_facts(ctx.scenario, r, tornado, warnings, ctx.lang)
        key = f"results[{i}].monte_carlo"
        simulated = {
            "chance": ctx.sensitivity_cells.get(f"{key}.prob_npv_positive"),
            "p5": ctx.sensitivity_cells.get(f"{key}.npv.p5"),
            "p95": ctx.sensitivity_cells.get(f"{key}.npv.p95"),
        }
        npvs = ",".join(f"NPV_{n + 1}" for n in range(len(ctx.variant_indices)))
        values: list[tuple[object, str]] = [
            (f"=RANK(NPV_{i + 1},({npvs}))" if len(ctx.variant_indices) > 1 else "=1", "0"),
            (f"={simulated['chance']}" if simulated["chance"] else "–", style.PERCENT),
            (f"={simulated['p5']}" if simulated["p5"] else "–", style.MONEY),
            (f"={simulated['p95']}" if simulated["p95"] else "–", style.MONEY),
            (report_text(f"verdict_{verdicts[r.alternative_id]}", ctx.lang), "General"),
            (None, style.MONEY),  # the gemeente's balance: live, below
            (facts.top_gainer or "–", "General"),
            (drivers_text(facts.drivers) or ("–" if ranged else no_ranges), "General"),
            (pm_text(facts.pm_posts) or "–", "General"),
            (ctx.t("dec_warnings_count").format(n=facts.warnings), "General"),
        ]
        for n, (value, number_format) in enumerate(values):
            target = row + 1 + n
            if ROWS[n] == "dec_gemeente":
                formula = _gemeente_formula(ctx, i)
                cell = style.put_formula(ws, target, col, formula or "=NA()", style.MONEY)
                if formula is None:
                    style.put_text(ws, target, col, "–")
                continue
            if isinstance(value, str) and value.startswith("="):  # ours, never a user's text
                cell = style.put_formula(ws, target, col, value, number_format)
            else:
                cell = style.put_text(ws, target, col, value)
            cell.number_format = number_format
            cell.alignment = Alignment(
                horizontal="right" if ROWS[n] in NUMERIC else "left",
                vertical="top",
                wrap_text=ROWS[n] == "dec_drivers",
            )
    drivers_row = row + 1 + ROWS.index("dec_drivers")
    ws.row_dimensions[drivers_row].height = 15 * 6  # three drivers, wrapped in the column
    ws.cell(row=drivers_row, column=1).alignment = Alignment(vertical="top")
    return row + 2 + len(ROWS)
