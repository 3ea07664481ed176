"""The notes sheet: method and conventions, provenance (version, time, hash) and warnings.

This is the only sheet with text that describes the scenario as it was at
export time (conventions, warnings); it says so, and every number elsewhere
stays a live formula.
"""

from __future__ import annotations

from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

from sroi_app.domain.labels import conventions_text, scenario_rate_text
from sroi_app.exports.excel import sheetxml, style
from sroi_app.exports.excel.context import ExportContext
from sroi_app.exports.excel.texts import AUDIT, LEGEND, METHOD
from sroi_app.io.method_text import rate_source
from sroi_app.io.warning_texts import warning_text

TEXT_WIDTH = 110


def _pair(ws: Worksheet, row: int, label: str, value: str) -> int:
    style.put_label(ws, row, 1, label, bold=True)
    cell = style.put_text(ws, row, 2, value)
    cell.alignment = style.WRAP
    style.fit_height(ws, row, value, TEXT_WIDTH)
    ws.cell(row=row, column=1).alignment = Alignment(vertical="top")
    return row + 1


def _lines(ctx: ExportContext, ws: Worksheet, row: int, label: str, lines: list[str]) -> int:
    style.put_label(ws, row, 1, label, bold=True)
    ws.cell(row=row, column=1).alignment = Alignment(vertical="top")
    for line in lines:  # a warning per line: thousands in a large scenario
        sheetxml.put_text(ctx.stream, ws, row, 2, line, "wrap")
        sheetxml.fit_lines(ctx.stream, ws, row, style.text_lines(line, TEXT_WIDTH))
        row += 1
    return row


def build(ctx: ExportContext) -> None:
    ws = ctx.sheet("notes")
    lang = ctx.lang
    scenario = ctx.scenario
    style.title(ws, ctx.t("notes_title"))
    row = 3
    row = _pair(ws, row, ctx.t("n_scenario"), scenario.name)
    row = _pair(ws, row, ctx.t("n_exported"), ctx.exported_at.isoformat(timespec="seconds"))
    row = _pair(ws, row, ctx.t("n_version"), f"sroi-app {ctx.app_version}")
    row = _pair(ws, row, ctx.t("n_hash"), ctx.scenario_hash)
    row = _pair(ws, row, "", ctx.t("n_hash_how"))
    row += 1
    row = _pair(ws, row, ctx.t("n_price_level"), str(scenario.settings.effective_price_year))
    row = _pair(ws, row, ctx.t("n_rate"), scenario_rate_text(scenario, lang))
    row = _pair(ws, row, ctx.t("n_rate_source"), rate_source(scenario, lang))
    cpi_text = ctx.t("n_cpi_text").format(first=ctx.cpi.first_year, last=ctx.cpi.last_year)
    row = _pair(ws, row, ctx.t("n_cpi"), cpi_text)
    row = _pair(ws, row, ctx.t("n_conventions"), conventions_text(scenario, lang))
    row += 1
    row = _lines(ctx, ws, row, ctx.t("n_method"), METHOD[lang])
    row += 1
    row = _lines(ctx, ws, row, ctx.t("n_audit"), AUDIT[lang])
    row = _pair(ws, row, ctx.t("n_legend"), LEGEND[lang])
    row += 1
    lines = [warning_text(w, scenario, lang) for w in ctx.warnings] or [ctx.t("n_no_warnings")]
    _lines(ctx, ws, row, ctx.t("n_warnings"), lines)
    style.widths(ws, {1: 30, 2: TEXT_WIDTH})
    style.print_setup(ws)
