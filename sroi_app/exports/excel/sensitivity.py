"""The sensitivity sheet: tornado, switching values and the Monte Carlo summary per variant.

Unlike every other result in the workbook these are **values, not live
formulas**: a simulation of thousands of draws cannot be a spreadsheet
formula over the input cells. The sheet says so at the top, with the draw
count, the seed, the export time, the program version and the scenario's
SHA-256, so that an auditor can reproduce it (``sroi-app sensitivity FILE
--draws N --seed S``) and knows that changing an input on the Inputs sheet
does not change this sheet.

The numbers are the engine's (``sroi_app.calc.uncertainty``), unrounded;
``SensitivityOptions`` says whether the sheet is written (by default when the
scenario has ranges) and with how many draws and which seed.
"""

from __future__ import annotations

from dataclasses import dataclass

from openpyxl.worksheet.worksheet import Worksheet

from sroi_app.calc.montecarlo import DEFAULT_DRAWS, DEFAULT_SEED, MAX_DRAWS, Summary
from sroi_app.calc.uncertainty import AlternativeSensitivity, SensitivityResult
from sroi_app.domain.formatting import Lang
from sroi_app.domain.labels import SENSITIVITY_LABELS, in_lang
from sroi_app.domain.parameters import (
    NO_PLAUSIBLE_VALUE,
    UNIT_FRACTIONS,
    WHOLE_YEARS,
    parameter_label,
    plausible,
)
from sroi_app.exports.excel import sheetxml, style
from sroi_app.exports.excel.context import ExportContext, address

_TEXT: dict[str, tuple[str, str]] = {
    **SENSITIVITY_LABELS,
    "kind": ("Soort", "Kind"),
    "kind_text": (
        "SIMULATIE-UITVOER: vaste waarden, geen live formules",
        "SIMULATION OUTPUT: fixed values, not live formulas",
    ),
    "warning": ("Let op", "Note"),
    "warning_text": (
        "Dit blad rekent NIET mee als u een invoercel op het blad Invoer wijzigt: het is de"
        " uitkomst van de app bij de export. Exporteer opnieuw (of draai sroi-app sensitivity"
        " BESTAND --draws N --seed S) na een wijziging. Met hetzelfde startgetal (seed) en"
        " hetzelfde aantal trekkingen komen dezelfde getallen terug. Alle andere bladen rekenen"
        " wel mee.",
        "This sheet does NOT follow a change of an input cell on the Inputs sheet: it holds"
        " the app's results at export. Export again (or run sroi-app sensitivity FILE --draws N"
        " --seed S) after a change. The same seed and number of draws give the same numbers."
        " Every other sheet does follow the inputs.",
    ),
    "draws": ("Aantal trekkingen", "Number of draws"),
    "seed": ("Startgetal (seed)", "Seed"),
    "exported": ("Geëxporteerd op", "Exported at"),
    "version": ("Programma", "Program"),
    "hash": ("SHA-256 van het scenario", "SHA-256 of the scenario"),
    "method": ("Methode", "Method"),
    "method_text": (
        "Tornado: de NCW met één parameter op zijn lage en hoge waarde, alle andere op de"
        " centrale waarde, gesorteerd op het verschil. Omslagwaarde: de waarde van één parameter"
        " waarbij de NCW precies 0 is (niet beperkt tot de bandbreedte); afstand = (omslagwaarde"
        " - centraal) / |centraal|. Monte Carlo: alle bandbreedtes tegelijk, onafhankelijk"
        " getrokken (driehoek, PERT, uniform of normaal); percentielen als PERCENTILE.INC."
        " Zie docs/sensitivity.md.",
        "Tornado: the NPV with one parameter at its low and at its high value, all others"
        " central, sorted by the difference. Switching value: the value of one parameter at"
        " which the NPV is exactly 0 (not limited to the range); distance = (switching value -"
        " central) / |central|. Monte Carlo: all ranges at once, drawn independently"
        " (triangular, PERT, uniform or normal); percentiles as PERCENTILE.INC. See"
        " docs/sensitivity.md.",
    ),
    "path": ("Pad in het scenario", "Path in the scenario"),
    "npv_low": ("NCW bij laag", "NPV at low"),
    "npv_high": ("NCW bij hoog", "NPV at high"),
    "distance": ("Afstand tot centraal", "Distance from central"),
    "within": ("Binnen bandbreedte", "Within the range"),
    "yes": ("ja", "yes"),
    "no": ("nee", "no"),
    "monte_carlo": ("Monte Carlo-simulatie", "Monte Carlo simulation"),
    "ratio_draws": (
        "Trekkingen met CW kosten > 0 (SROI-ratio gedefinieerd)",
        "Draws with PV costs > 0 (SROI ratio defined)",
    ),
}

SUMMARY_KEYS = ("mean", "p5", "p10", "p50", "p90", "p95")


@dataclass(frozen=True)
class SensitivityOptions:
    """Whether the workbook gets a sensitivity sheet, and the simulation's draws and seed.

    ``include=None``: only when the scenario has at least one range.
    ``result``: an analysis of this scenario already computed (by the app's
    sensitivity page, say), written as it is instead of run again (issue 17);
    its draws and seed are the sheet's.
    """

    include: bool | None = None
    draws: int = DEFAULT_DRAWS
    seed: int = DEFAULT_SEED
    result: SensitivityResult | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.draws <= MAX_DRAWS:
            raise ValueError(f"draws must be between 1 and {MAX_DRAWS}")
        if self.seed < 0:
            raise ValueError("seed must be 0 or more")
        if self.result is not None and (
            self.result.monte_carlo.draws != self.draws or self.result.monte_carlo.seed != self.seed
        ):
            raise ValueError("the sensitivity result was computed with other draws or seed")


def t(key: str, lang: Lang) -> str:
    return in_lang(_TEXT[key], lang)


def value_format(field: str) -> str:
    """The number format of a parameter's own unit."""
    if field in ("amount", "proxy.value"):
        return style.MONEY_CENTS
    if field in UNIT_FRACTIONS or field in ("optimism_bias", "discount_rate"):
        return style.PERCENT_PRECISE
    if field in WHOLE_YEARS:
        return "0.00"
    return "#,##0.####"


def _value(ws: Worksheet, row: int, col: int, value: float | int | None, fmt: str) -> None:
    # Simulation output: a plain value (not an input, so not yellow).
    style.put_number(ws, row, col, value, fmt, input_cell=False)


@dataclass
class _Rows:
    """Writes a table row's cells through the export's stream, and keeps the length of the
    longest text of each column (the widths of columns A and F follow from them)."""

    ctx: ExportContext
    ws: Worksheet
    longest: dict[int, int]

    def text(self, row: int, col: int, value: str) -> None:
        # A verdict in F is indented, apart from the figure before it.
        text = sheetxml.put_text(
            self.ctx.stream, self.ws, row, col, value, "indent" if col == 6 else None
        )
        self.longest[col] = max(self.longest.get(col, 0), len(text))

    def value(self, row: int, col: int, value: float | None, fmt: str) -> None:
        sheetxml.put_number(self.ctx.stream, self.ws, row, col, value, fmt)


def _pair(ws: Worksheet, row: int, label: str, text: str) -> int:
    style.put_label(ws, row, 1, label, bold=True).alignment = style.WRAP
    cell = style.put_text(ws, row, 2, text)
    cell.alignment = style.WRAP
    ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=7)
    style.fit_height(ws, row, text, 110)
    return row + 1


def _provenance(ctx: ExportContext, ws: Worksheet, result: SensitivityResult) -> int:
    lang = ctx.lang
    style.title(ws, t("title", lang), t("kind_text", lang))
    row = 3
    row = _pair(ws, row, t("kind", lang), t("kind_text", lang))
    ws.cell(row=row - 1, column=2).font = style.BOLD
    row = _pair(ws, row, t("warning", lang), t("warning_text", lang))
    style.put_label(ws, row, 1, t("draws", lang), bold=True)
    _value(ws, row, 2, result.monte_carlo.draws, style.AMOUNT)
    ctx.sensitivity_cells["monte_carlo.draws"] = address(ws.title, row, 2)
    row += 1
    style.put_label(ws, row, 1, t("seed", lang), bold=True)
    _value(ws, row, 2, result.monte_carlo.seed, "0")
    ctx.sensitivity_cells["monte_carlo.seed"] = address(ws.title, row, 2)
    row += 1
    row = _pair(ws, row, t("exported", lang), ctx.exported_at.isoformat(timespec="seconds"))
    row = _pair(ws, row, t("version", lang), f"sroi-app {ctx.app_version}")
    row = _pair(ws, row, t("hash", lang), ctx.scenario_hash)
    row = _pair(ws, row, t("method", lang), t("method_text", lang))
    return row + 1


def _table_head(
    ws: Worksheet,
    row: int,
    title: str,
    headers: tuple[str, ...],
    lang: Lang,
    height: float | None = None,
) -> int:
    """A table's bold title and its header row; the row below them."""
    style.put_label(ws, row, 1, t(title, lang), bold=True)
    style.header_row(ws, row + 1, 1, [t(h, lang) for h in headers], height=height)
    return row + 2


def _tornado(rows: _Rows, row: int, key: str, alternative: AlternativeSensitivity) -> int:
    ctx, ws = rows.ctx, rows.ws
    lang = ctx.lang
    headers = ("parameter", "path", "low", "high", "npv_low", "npv_high", "swing")
    row = _table_head(ws, row, "tornado", headers, lang)
    for entry in alternative.tornado:
        if not entry.affects:
            continue  # a parameter of another variant: it cannot move this NPV
        field = entry.parameter.field
        label = parameter_label(ctx.scenario, entry.path, lang, alternative.alternative_id)
        rows.text(row, 1, label)
        rows.text(row, 2, entry.path)
        rows.value(row, 3, entry.low, value_format(field))
        rows.value(row, 4, entry.high, value_format(field))
        rows.value(row, 5, entry.npv_low, style.MONEY)
        rows.value(row, 6, entry.npv_high, style.MONEY)
        rows.value(row, 7, entry.swing, style.MONEY)
        for name, col in (("npv_low", 5), ("npv_high", 6)):
            ctx.sensitivity_cells[f"{key}.tornado[{entry.path}].{name}"] = address(
                ws.title, row, col
            )
        row += 1
    return row + 1


def _switching(rows: _Rows, row: int, key: str, alternative: AlternativeSensitivity) -> int:
    ctx, ws = rows.ctx, rows.ws
    lang = ctx.lang
    headers = ("parameter", "path", "central", "switching_value", "distance", "within")
    row = _table_head(ws, row, "switching", headers, lang, height=30)
    for s in alternative.switching_values:
        if not s.affects:
            continue
        field = s.parameter.field
        rows.text(row, 1, parameter_label(ctx.scenario, s.path, lang, alternative.alternative_id))
        rows.text(row, 2, s.path)
        rows.value(row, 3, s.central, value_format(field))
        if s.value is None:
            rows.text(row, 4, t("none", lang))
        else:
            rows.value(row, 4, s.value, value_format(field))
        if s.distance is not None:
            rows.value(row, 5, s.distance, style.PERCENT)
        if s.value is not None and not plausible(
            field, s.value, ctx.scenario.settings.horizon_years
        ):
            # The number stays in its cell; the words say what it means (issue 11, item 3).
            rows.text(row, 6, NO_PLAUSIBLE_VALUE[0 if lang == "nl" else 1])
        else:
            rows.text(row, 6, t("yes" if s.within_range else "no", lang))
        ctx.sensitivity_cells[f"{key}.switching_values[{s.path}]"] = address(ws.title, row, 4)
        row += 1
    return row + 1


def _summary(
    ctx: ExportContext, ws: Worksheet, row: int, key: str, name: str, summary: Summary, fmt: str
) -> None:
    style.put_label(ws, row, 1, name, bold=True)
    for i, k in enumerate(SUMMARY_KEYS):
        value = getattr(summary, k)
        if value is None:
            style.put_text(ws, row, 2 + i, t("none", ctx.lang))
        else:
            _value(ws, row, 2 + i, value, fmt)
        ctx.sensitivity_cells[f"{key}.{k}"] = address(ws.title, row, 2 + i)


def _monte_carlo(
    ctx: ExportContext, ws: Worksheet, row: int, key: str, result: SensitivityResult, alt_id: str
) -> int:
    lang = ctx.lang
    simulation = result.monte_carlo
    simulated = simulation.result(alt_id)
    style.put_label(ws, row, 1, t("monte_carlo", lang), bold=True)
    row += 1
    style.put_label(ws, row, 1, t("prob", lang))
    _value(ws, row, 2, simulated.prob_npv_positive, style.PERCENT)
    ctx.sensitivity_cells[f"{key}.monte_carlo.prob_npv_positive"] = address(ws.title, row, 2)
    row += 1
    style.header_row(ws, row, 1, ["", t("mean", lang), "P5", "P10", "P50", "P90", "P95"])
    row += 1
    _summary(
        ctx, ws, row, f"{key}.monte_carlo.npv", t("npv", lang), simulated.npv_summary, style.MONEY
    )
    row += 1
    _summary(
        ctx,
        ws,
        row,
        f"{key}.monte_carlo.sroi_ratio",
        t("ratio", lang),
        simulated.sroi_ratio_summary,
        style.RATIO,
    )
    row += 1
    style.put_label(ws, row, 1, t("ratio_draws", lang))
    _value(ws, row, 2, simulated.ratio_draws, style.AMOUNT)
    ctx.sensitivity_cells[f"{key}.monte_carlo.ratio_draws"] = address(ws.title, row, 2)
    return row + 2


def build(ctx: ExportContext) -> None:
    result = ctx.sensitivity
    if result is None:
        return
    ws = ctx.sheet("sensitivity")
    lang = ctx.lang
    rows = _Rows(ctx, ws, {})
    row = _provenance(ctx, ws, result)
    if not result.parameters:
        style.put_text(ws, row, 1, t("no_ranges", lang))
        row += 2
    for i, alternative in enumerate(result.alternatives):
        key = f"results[{i}]"
        style.section(ws, row, f"{t('alternative', lang)}: {alternative.name}")
        row += 1
        style.put_label(ws, row, 1, t("central_npv", lang))
        _value(ws, row, 2, alternative.npv, style.MONEY)
        ctx.sensitivity_cells[f"{key}.npv"] = address(ws.title, row, 2)
        row += 2
        if result.parameters:
            row = _tornado(rows, row, key, alternative)
            row = _switching(rows, row, key, alternative)
        row = _monte_carlo(ctx, ws, row, key, result, alternative.alternative_id)

    # Parameter names (column A) and the switching values' verdicts (F) are not cut off;
    # the tables' texts were counted as they were written, the other cells are here.
    def longest(col: int) -> int:
        texts = (c.value for (r, k), c in ws._cells.items() if k == col and r >= 3)
        found = max((len(v) for v in texts if isinstance(v, str)), default=0)
        return max(found, rows.longest.get(col, 0))

    for (r, k), c in ws._cells.items():
        is_verdict = k == 6 and r >= 3 and isinstance(c.value, str)
        if is_verdict and c.fill.fgColor.rgb != style.HEADER_FILL.fgColor.rgb:
            c.alignment = style.INDENT  # apart from the figure before it
    first, verdict = min(72, max(46, longest(1) + 2)), min(60, max(16, longest(6) + 3))
    style.widths(ws, {1: first, 2: 44, 3: 16, 4: 16, 5: 16, 6: verdict, 7: 16})
    style.print_setup(ws)
