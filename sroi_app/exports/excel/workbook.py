"""Building the workbook sheet by sheet, and writing it atomically.

``SHEETS`` lists the sheets in tab order; ``BUILD_ORDER`` says in which
order their builders run (a sheet can only refer to cells that an earlier
builder recorded in the context). To add a sheet: write a module with
``build(ctx)``, add its key and titles to ``texts.SHEETS``, and insert it in
both tuples. The sensitivity sheet is optional (``SensitivityOptions``): by
default it is written when the scenario has ranges.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.workbook.defined_name import DefinedName

from sroi_app import __version__
from sroi_app.calc import compute
from sroi_app.calc.uncertainty import sensitivity_analysis, uncertain_parameters
from sroi_app.domain import collector
from sroi_app.domain.cpi import CpiTable
from sroi_app.domain.formatting import Lang
from sroi_app.domain.models import Scenario
from sroi_app.domain.validation import scenario_to_data
from sroi_app.exports.excel import (
    cashflows,
    decision,
    distribution,
    inputs,
    notes,
    overview,
    realised,
    sensitivity,
    sources,
    style,
    summary,
    valuemap,
)
from sroi_app.exports.excel.context import ExportContext, ProgressCallback
from sroi_app.exports.excel.roundtrip import embed_scenario
from sroi_app.exports.excel.sensitivity import SensitivityOptions
from sroi_app.exports.excel.sheetxml import SheetStream
from sroi_app.exports.excel.style import clean_text
from sroi_app.exports.target import ExportError, check_writable_target, write_export
from sroi_app.io.cpi import default_cpi
from sroi_app.io.fingerprint import data_sha256

Builder = Callable[[ExportContext], None]

#: Sheets in tab order.
SHEETS: tuple[str, ...] = (
    "summary",
    "inputs",
    "sources",
    "cash_flows",
    "value_map",
    "overview",
    "distribution",
    "sensitivity",
    "notes",
)

#: Builders in dependency order.
BUILD_ORDER: tuple[tuple[str, Builder], ...] = (
    ("inputs", inputs.build),
    ("sources", sources.build),
    ("cash_flows", cashflows.build),
    ("distribution", distribution.build),
    ("summary", summary.build),
    ("value_map", valuemap.build),
    ("sensitivity", sensitivity.build),  # before the overview, which shows its NPV range
    ("overview", overview.build),
    ("notes", notes.build),
)

#: Sheets that no later builder writes to: written out as soon as their builder is done.
#: (The summary gets the decision block at the end.)
STREAMED = frozenset(SHEETS) - {"summary"}


@dataclass(frozen=True)
class WorkbookMap:
    """Where things are in an exported workbook (for tests and other tools)."""

    #: JSON path of an input -> absolute cell address, e.g. ``'Invoer'!$H$40``.
    inputs: dict[str, str]
    #: Result path -> absolute cell address (``results[0].npv``, by stakeholder, by effect).
    results: dict[str, str]
    sheets: dict[str, str]
    #: Cash-flow sheet: ``alternatives[a].costs[c]`` / ``...effects[e]`` -> row of its flows,
    #: ``discount_factor`` -> row of DF_t.
    flow_rows: dict[str, int]
    #: Cash-flow sheet: the column letter of year t, for t = 0..horizon.
    year_columns: list[str]
    #: Sensitivity sheet (simulation output, values): ``results[i].monte_carlo.npv.p50``,
    #: ``results[i].tornado[PATH].npv_low``... -> absolute cell address. Empty without the sheet.
    sensitivity: dict[str, str] = field(default_factory=dict)
    #: Every workbook-scope defined name -> its target (``NPV_1``, ``IRR_1``, ``DISCOUNT_RATE``).
    names: dict[str, str] = field(default_factory=dict)
    #: Sources sheet: source number -> the cell of its text (``[3]`` on the inputs sheet).
    sources: dict[int, str] = field(default_factory=dict)
    #: Labels and subtotals of the value map, overview and distribution (``ExportContext.cells``).
    cells: dict[str, str] = field(default_factory=dict)


def _names(ctx: ExportContext) -> None:
    """Workbook-scope names of the inputs that formulas use (readable formulas)."""
    names = dict(ctx.input_ranges)
    names["START_YEAR"] = ctx.inputs["settings.start_year"]
    for name, target in names.items():
        ctx.workbook.defined_names[name] = DefinedName(name, attr_text=target)


def _flow_rows(ctx: ExportContext) -> dict[str, int]:
    rows = {"discount_factor": ctx.flows.df_row}
    for a, block in enumerate(ctx.flows.alternatives):
        rows |= {f"alternatives[{a}].costs[{c}]": r for c, r in enumerate(block.cost_rows)}
        rows |= {f"alternatives[{a}].effects[{e}]": r for e, r in enumerate(block.effect_rows)}
    return rows


def build_workbook(
    scenario: Scenario,
    cpi: CpiTable | None = None,
    lang: Lang = "nl",
    *,
    progress: ProgressCallback | None = None,
    exported_at: datetime | None = None,
    sensitivity_options: SensitivityOptions | None = None,
    stream: SheetStream | None = None,
) -> tuple[Workbook, WorkbookMap]:
    """The workbook in memory, and the map of where its inputs and results are.

    With a ``stream`` each sheet in ``STREAMED`` is written out when its builder is done
    and the workbook keeps none of its cells: save it with ``stream.save(workbook)``."""
    cpi = cpi or default_cpi()
    report = progress or (lambda fraction, stage: None)
    report(0.0, "compute")
    options = sensitivity_options or SensitivityOptions()
    include = options.include
    if include is None:
        include = bool(uncertain_parameters(scenario))
    data = scenario_to_data(scenario)  # once: for the fingerprint and the way back
    workbook = Workbook()
    style.quick_styles(workbook)
    default = workbook.active
    ctx = ExportContext(
        scenario=scenario,
        cpi=cpi,
        result=compute(scenario, cpi),
        lang=lang,
        workbook=workbook,
        exported_at=exported_at or datetime.now(UTC),
        app_version=__version__,
        scenario_hash=data_sha256(data),
        stream=stream,
    )
    ctx.source_numbers = sources.numbers(scenario)
    if include:
        report(0.02, "sensitivity")
        ctx.sensitivity = options.result or sensitivity_analysis(
            scenario, cpi, options.draws, options.seed
        )
    sheets = [key for key in SHEETS if key != "sensitivity" or include]
    for key in sheets:
        workbook.create_sheet(ctx.title(key))
    if default is not None:
        workbook.remove(default)
    order = [(key, builder) for key, builder in BUILD_ORDER if key in sheets]
    for n, (key, builder) in enumerate(order):
        report(0.05 + 0.8 * n / len(order), key)
        builder(ctx)
        if key == "inputs":
            _names(ctx)
        if stream is not None and key in STREAMED:
            stream.flush(ctx.sheet(key))
    decision.build(ctx)  # on the summary sheet, from the sheets above (issue 11, item 1)
    realised.build(ctx)  # only with measurements or actuals (contract section 11)
    for ws in workbook.worksheets:
        style.protect(ws)  # formulas locked, inputs open (issue 12, item 3)
    embed_scenario(workbook, data, lang)  # the way back: sroi-app import
    workbook.active = 0
    # openpyxl stores no computed values: ask Excel to calculate everything on opening.
    workbook.calculation.fullCalcOnLoad = True
    workbook.properties.title = clean_text(scenario.name)[:250]
    workbook.properties.creator = f"sroi-app {__version__}"
    mapping = WorkbookMap(
        inputs=dict(ctx.inputs),
        results=dict(ctx.results),
        sheets={key: ctx.title(key) for key in sheets},
        flow_rows=_flow_rows(ctx),
        year_columns=[
            get_column_letter(c)
            for c in range(ctx.flows.first_year_col, ctx.flows.last_year_col + 1)
        ],
        sensitivity=dict(ctx.sensitivity_cells),
        names={name: str(d.attr_text) for name, d in workbook.defined_names.items()},
        cells=dict(ctx.cells),
        sources=dict(ctx.source_cells),
    )
    return workbook, mapping


def workbook_bytes(workbook: Workbook) -> bytes:
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def export_workbook(
    scenario: Scenario,
    path: Path | str,
    lang: Lang = "nl",
    *,
    cpi: CpiTable | None = None,
    progress: ProgressCallback | None = None,
    sensitivity_options: SensitivityOptions | None = None,
    inputs: Iterable[Path | str] = (),
) -> WorkbookMap:
    """Write the workbook to ``path`` all-or-nothing.

    ``path`` must end in ``.xlsx``; ``inputs`` are files it must never
    replace (the scenario file).

    Raises ``ExportError`` (with a ``code`` such as ``permission``,
    ``folder_missing``, ``is_folder``, ``disk_full``) when it cannot be
    written; the target is then untouched and no temporary file is left.
    ``progress(fraction, stage)`` is called along the way; an exception
    raised from it cancels the export, also without leaving a file.
    ``sensitivity_options``: the sensitivity sheet (values of a simulation,
    not formulas) with its draws and seed; by default written when the
    scenario has ranges.
    """
    check_writable_target(path, (".xlsx",), inputs)
    # The cells' XML is held until each sheet is written: the collector's full passes over
    # it found nothing and took 0.8 s of the large workbook (domain/collector.py).
    with collector.paused(), SheetStream() as stream:
        workbook, mapping = build_workbook(
            scenario,
            cpi,
            lang,
            progress=progress,
            sensitivity_options=sensitivity_options,
            stream=stream,
        )
        if progress is not None:
            progress(0.9, "writing")
        data = stream.save(workbook)
    write_export(path, data)
    if progress is not None:
        progress(1.0, "done")
    return mapping


__all__ = [
    "ExportError",
    "SensitivityOptions",
    "WorkbookMap",
    "build_workbook",
    "export_workbook",
]
