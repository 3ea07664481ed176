"""Excel export: a workbook in which every result is a live formula over the inputs.

``export_workbook(scenario, path, lang, progress=callback)`` is the one entry
point for the app and the CLI; ``build_workbook`` gives the workbook in
memory. The package has one module per sheet (see ``workbook.SHEETS``). The
sensitivity sheet is the one exception to "every result is a formula": it
holds a simulation's values (``SensitivityOptions``: whether, draws, seed).
"""

from __future__ import annotations

from sroi_app.exports.excel.context import ProgressCallback
from sroi_app.exports.excel.sensitivity import SensitivityOptions
from sroi_app.exports.excel.workbook import WorkbookMap, build_workbook, export_workbook
from sroi_app.exports.target import ExportError

__all__ = [
    "ExportError",
    "ProgressCallback",
    "SensitivityOptions",
    "WorkbookMap",
    "build_workbook",
    "export_workbook",
]
