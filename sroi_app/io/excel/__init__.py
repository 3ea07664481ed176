"""Excel export: a workbook in which every result is a live formula over the inputs.

``export_workbook(scenario, path, lang, progress=callback)`` is the one entry
point for the app and the CLI; ``build_workbook`` gives the workbook in
memory. The package has one module per sheet (see ``workbook.SHEETS``).
"""

from __future__ import annotations

from sroi_app.io.excel.context import ProgressCallback
from sroi_app.io.excel.workbook import WorkbookMap, build_workbook, export_workbook
from sroi_app.io.export_errors import ExportError

__all__ = ["ExportError", "ProgressCallback", "WorkbookMap", "build_workbook", "export_workbook"]
