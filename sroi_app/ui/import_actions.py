"""File → Import workbook: an exported workbook, edited in Excel or LibreOffice, opens
as a new document (contract section 10, issue 12).

The workbook is read off the UI thread (``run_busy``). The import opens as a new,
unsaved document, so the file the workbook came from is never overwritten; a message
lists what changed against the scenario the workbook was exported from, each change by
its cell, its item and field in words, and its old and new value. A workbook that cannot
come back names the sheet and cell of every problem, and nothing changes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog, QMessageBox

from sroi_app.app.document import Document
from sroi_app.domain.formatting import Lang
from sroi_app.domain.parameters import format_parameter_value
from sroi_app.ui.busy import run_busy
from sroi_app.ui.i18n import current_lang, describe_item, issue_message, translate
from sroi_app.ui.registry import ActionSpec, register_action

if TYPE_CHECKING:
    from sroi_app.exports.excel.roundtrip import CellChange, WorkbookImport, WorkbookImportError
    from sroi_app.ui.mainwindow import MainWindow

# At most this many changes are listed one by one; the rest are counted.
LISTED = 25


def _value(change: CellChange, value: Any, lang: Lang) -> str:
    field = change.path.rsplit(".", 1)[-1]
    if change.path.endswith("proxy.value"):
        field = "proxy.value"
    if isinstance(value, bool) or value is None:
        return "–" if value is None else str(value)
    if isinstance(value, int | float):
        return format_parameter_value(field, float(value), lang)
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "…"


def change_lines(result: WorkbookImport, lang: Lang) -> list[str]:
    """One line per changed cell: ``Invoer!F12 · Effect ‘X’ (variant ‘Y’), Deadweight:
    10,00% → 20,00%``; the item as it was exported (a renamed item by its old name)."""
    lines = []
    for change in result.changes[:LISTED]:
        where = describe_item(result.exported, change.path)
        before = _value(change, change.before, lang)
        after = _value(change, change.after, lang)
        lines.append(f"{change.where} · {where}: {before} → {after}")
    rest = len(result.changes) - LISTED
    if rest > 0:
        lines.append(translate("Import", "… and {n} more changes").format(n=rest))
    return lines


def _problem_lines(error: WorkbookImportError) -> list[str]:
    """Each problem at its cell, a validation issue worded in the interface language."""
    if error.located:
        return [f"{where}: {issue_message(issue)}" for where, issue in error.located]
    return list(error.problems)


def import_workbook_dialog(window: MainWindow) -> WorkbookImport | None:
    """Ask for a workbook, read it back and open it as a new document; None if not."""
    if not window.maybe_save():
        return None
    title = translate("Import", "Import workbook")
    chosen, _ = QFileDialog.getOpenFileName(
        window,
        title,
        window.settings.last_directory,
        translate("Import", "Excel workbook (*.xlsx);;All files (*)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    cpi = window.controller.document.cpi
    # Imported when a workbook is read, not when the window starts (with openpyxl: 0.3 s).
    from sroi_app.exports.excel.roundtrip import WorkbookImportError, read_workbook

    try:
        result = run_busy(
            window,
            translate("Import", "Reading the workbook…"),
            lambda: read_workbook(path, cpi),
        )
    except WorkbookImportError as error:
        QMessageBox.warning(
            window,
            title,
            translate("Import", "{file} cannot come back into the model; nothing changed.").format(
                file=path.name
            )
            + "\n\n"
            + "\n".join(_problem_lines(error)[:LISTED]),
        )
        return None
    window.controller.replace_document(Document(result.scenario, None, cpi))
    lang = current_lang()
    if result.changes:
        summary = translate(
            "Import", "{n} cells changed against the scenario the workbook was exported from:"
        ).format(n=len(result.changes))
        details = "\n".join(change_lines(result, lang))
    else:
        summary = translate(
            "Import", "Nothing changed against the scenario the workbook was exported from."
        )
        details = ""
    note = translate(
        "Import", "The import is a new, unsaved document: save it under a name of your choice."
    )
    QMessageBox.information(
        window, title, "\n\n".join(part for part in (summary, details, note) if part)
    )
    return result


register_action(
    ActionSpec(
        "import_workbook",
        "file",
        lambda: translate("Actions", "&Import workbook…"),
        import_workbook_dialog,
        48,
        separator_before=True,
    )
)
