"""File > Export to Excel… and File > Report for the council…, with progress and clear errors.

The work (``export_workbook``, ``export_report``) runs on a worker thread so
the window stays responsive; its ``progress(fraction, stage)`` callback
drives a progress dialog whose Cancel makes the next callback raise
``ExportError("cancelled")``, which leaves no file. The scenario exported is
the one open when the command was given (scenarios are immutable). Both
exports write all-or-nothing; an ``ExportError`` is explained in the
interface language from its ``code`` (folder missing, a folder in the way,
no permission or the file open in another program, read-only, disk full).
After success the user may open the folder.

The workbook and report writers (openpyxl and reportlab with them) are
imported when an export runs, on its worker thread, not when the window
starts: 0.2-0.3 s of every start (``startup_s``, issue 17).

Importing this module registers the two File menu actions.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from sroi_app.domain.draws import DEFAULT_DRAWS, DEFAULT_SEED
from sroi_app.exports.target import ExportError
from sroi_app.ui.i18n import current_lang, translate
from sroi_app.ui.jobs import BackgroundTask
from sroi_app.ui.jobs import Progress as JobProgress
from sroi_app.ui.registry import ActionSpec, register_action

if TYPE_CHECKING:
    from sroi_app.domain.models import Scenario
    from sroi_app.exports.excel import SensitivityOptions
    from sroi_app.ui.mainwindow import MainWindow

Progress = Callable[[float, str], None]
Work = Callable[[Progress], Any]


def stage_text(stage: str) -> str:
    """What the progress dialog says the export is doing."""
    return {
        "compute": translate("Export", "Calculating…"),
        "inputs": translate("Export", "Writing the inputs…"),
        "sources": translate("Export", "Writing the sources…"),
        "sensitivity": translate("Export", "Writing the sensitivity sheet…"),
        "cash_flows": translate("Export", "Writing the cash flows…"),
        "distribution": translate("Export", "Writing who pays and who gains…"),
        "summary": translate("Export", "Writing the summary and charts…"),
        "value_map": translate("Export", "Writing the value map…"),
        "overview": translate("Export", "Writing the MKBA overview…"),
        "notes": translate("Export", "Writing the notes…"),
        "render": translate("Export", "Drawing the report…"),
        "writing": translate("Export", "Saving the file…"),
        "done": translate("Export", "Done"),
    }.get(stage, translate("Export", "Working…"))


def error_text(error: ExportError) -> str:
    """An export failure in the interface language, from its code."""
    name = Path(error.path).name
    folder = str(Path(error.path).parent)
    texts = {
        "folder_missing": translate(
            "Export", "The folder “{folder}” does not exist. Choose another folder."
        ),
        "is_folder": translate(
            "Export",
            "There is a folder called “{file}” in the way. Choose another file name.",
        ),
        "permission": translate(
            "Export",
            "“{file}” cannot be written: permission denied. Is the file open in Excel or"
            " another program, or is the folder read-only? Close the file or choose another"
            " folder, and try again.",
        ),
        "read_only": translate(
            "Export", "The disk or network share of “{folder}” is read-only. Choose another folder."
        ),
        "disk_full": translate(
            "Export",
            "The disk is full: “{file}” cannot be written. Free some space or choose another disk.",
        ),
        "unsupported_format": translate(
            "Export", "“{file}” has an unknown file type. Choose a name ending in .pdf or .html."
        ),
        "cancelled": translate("Export", "The export was cancelled; no file was written."),
        "read_only_file": translate(
            "Export", "“{file}” is read-only and is left as it is. Choose another file name."
        ),
        "not_regular": translate(
            "Export",
            "“{file}” is not an ordinary file (a device, a pipe or a socket) and is left as it"
            " is. Choose another file name.",
        ),
        "symlink_loop": translate(
            "Export",
            "“{file}” is a shortcut (symbolic link) that leads nowhere. Choose another file name.",
        ),
        "is_input": translate(
            "Export",
            "“{file}” is the scenario file itself; exporting there would destroy it. Choose"
            " another file name.",
        ),
    }
    text = texts.get(
        error.code,
        translate("Export", "“{file}” cannot be written: the operating system refused ({detail})."),
    )
    return text.format(file=name, folder=folder, detail=error.detail or error.code)


def safe_file_name(name: str, fallback: str = "scenario") -> str:
    """A scenario name usable as a file name on Windows, macOS and Linux."""
    cleaned = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', " ", name).strip().strip(".")
    return re.sub(r"\s+", " ", cleaned)[:120] or fallback


def default_target(window: MainWindow, suffix: str) -> Path:
    """The scenario's name + suffix, in the scenario's folder (or the last folder used)."""
    document = window.controller.document
    if document.path is not None:
        folder = Path(document.path).resolve().parent
    else:
        folder = Path(window.settings.last_directory or Path.home())
    return folder / (safe_file_name(document.scenario.name) + suffix)


#: Export progress arrives as a fraction; the worker reports it in thousandths.
_STEPS = 1000


def export_job(path: Path, work: Work) -> Callable[[JobProgress], None]:
    """``work`` as a job for the window's worker: its fraction and stage reported, and a
    requested stop turned into the export's own "cancelled" at its next report."""

    def run(progress: JobProgress) -> None:
        def report(fraction: float, stage: str) -> None:
            if not progress(round(_STEPS * fraction), _STEPS, stage) and fraction < 1.0:
                raise ExportError(path, "cancelled")

        work(report)

    return run


def ask_open_folder(parent: QWidget, path: Path, title: str) -> bool:
    """Tell the user where the file is; True when they want its folder opened."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(translate("Export", "Saved as “{file}”.").format(file=str(path)))
    open_button = box.addButton(
        translate("Export", "Open folder"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    return box.clickedButton() is open_button


def open_folder(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))


def show_export_error(parent: QWidget, title: str, error: BaseException) -> str:
    if isinstance(error, ExportError):
        text = error_text(error)
    else:
        text = translate("Export", "The export failed because of an error in the program: {error}")
        text = text.format(error=f"{type(error).__name__}: {error}")
    QMessageBox.critical(parent, title, text)
    return text


class ExportRunner(QObject):
    """One export from the user's point of view: progress dialog, outcome, messages."""

    finished = Signal(bool)  # True when the file was written

    def __init__(self, window: MainWindow, path: Path, work: Work, title: str) -> None:
        super().__init__(window)
        self.setObjectName("exportRunner")
        self.window_ = window
        self.path = path
        self.title = title
        self.outcome: bool | None = None
        self.error: BaseException | None = None
        self.work = work
        self.task = BackgroundTask(self)
        self.dialog = QProgressDialog(
            translate("Export", "Exporting “{file}”…").format(file=path.name),
            translate("Export", "Cancel"),
            0,
            100,
            window,
        )
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumDuration(0)
        self.dialog.setValue(0)
        self.dialog.canceled.connect(self.cancel)
        self.stage = ""
        self.reports: list[tuple[float, str]] = []  # (fraction, stage) as shown
        self.task.staged.connect(self._staged)
        self.task.progressed.connect(self._progressed)
        self.task.finished.connect(lambda _result: self._succeeded())
        self.task.failed.connect(lambda _message: self._failed(self.task.error))

    def start(self) -> ExportRunner:
        self.dialog.show()
        self.task.start(export_job(self.path, self.work))
        return self

    def cancel(self) -> None:
        self.dialog.setLabelText(translate("Export", "Cancelling…"))
        self.task.request_stop()

    def is_running(self) -> bool:
        return self.outcome is None

    def _staged(self, stage: str) -> None:
        self.stage = stage

    def _progressed(self, done: int, total: int) -> None:
        if self.task.stop_requested():
            return
        # Noted before the dialog moves: a modal progress dialog processes events while
        # it repaints, so later reports can arrive inside this one.
        self.reports.append((done / total, self.stage))
        self.dialog.setValue(round(100 * done / total))
        self.dialog.setLabelText(f"{self.path.name}\n{stage_text(self.stage)}")

    def _close_dialog(self) -> None:
        self.task.wait()
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.close()
        self.dialog.deleteLater()

    def _succeeded(self) -> None:
        self._close_dialog()
        self.outcome = True
        window = self.window_
        window.statusBar().showMessage(
            translate("Export", "Exported to {file}").format(file=str(self.path)), 8000
        )
        window.settings.last_directory = str(self.path.parent)
        self.finished.emit(True)
        if ask_open_folder(window, self.path, self.title):
            open_folder(self.path)
        self.deleteLater()

    def _failed(self, error: BaseException | None) -> None:
        if error is None:  # cannot happen: a failed task carries its exception
            error = RuntimeError("the export stopped without saying why")
        self._close_dialog()
        self.outcome = False
        self.error = error
        window = self.window_
        self.finished.emit(False)
        if isinstance(error, ExportError) and error.code == "cancelled":
            window.statusBar().showMessage(error_text(error), 8000)
        else:
            show_export_error(window, self.title, error)
        self.deleteLater()


def _with_suffix(path: Path, suffixes: tuple[str, ...], default: str) -> Path:
    return path if path.suffix.lower() in suffixes else path.with_name(path.name + default)


def kept_sensitivity(window: MainWindow, scenario: Scenario) -> SensitivityOptions | None:
    """The Sensitivity page's switching values and simulation of ``scenario`` (the version
    being exported), when it has both with the workbook's draws and seed: the sheet is
    written from them instead of computed again (issue 17). None otherwise."""
    from sroi_app.ui.pages.sensitivity import SensitivityPage

    page = window.pages.get("sensitivity")
    if not isinstance(page, SensitivityPage):
        return None
    found = page.service.analysis_of(scenario, DEFAULT_DRAWS, DEFAULT_SEED)
    if found is None:
        return None
    from sroi_app.exports.excel import SensitivityOptions  # not at start: module docstring

    return SensitivityOptions(result=found)


def export_excel(window: MainWindow) -> ExportRunner | None:
    """Ask where, then write the workbook of the open scenario in the interface language."""
    title = translate("Export", "Export to Excel")
    start = default_target(window, ".xlsx")
    chosen, _ = QFileDialog.getSaveFileName(
        window, title, str(start), translate("Export", "Excel workbook (*.xlsx)")
    )
    if not chosen:
        return None
    path = _with_suffix(Path(chosen), (".xlsx",), ".xlsx")
    scenario, cpi, lang = window.controller.scenario, window.controller.document.cpi, current_lang()
    inputs = [window.controller.document.path] if window.controller.document.path else []
    options = kept_sensitivity(window, scenario)

    def work(progress: Progress) -> None:
        from sroi_app.exports.excel import export_workbook  # not at start: module docstring

        export_workbook(
            scenario,
            path,
            lang,
            cpi=cpi,
            progress=progress,
            inputs=inputs,
            sensitivity_options=options,
        )

    return ExportRunner(window, path, work, title).start()


def export_council_report(window: MainWindow) -> ExportRunner | None:
    """Ask where, then write the council report (PDF or printable HTML) of the open scenario."""
    title = translate("Export", "Report for the council")
    pdf = translate("Export", "PDF document (*.pdf)")
    web = translate("Export", "Printable web page (*.html)")
    start = default_target(window, ".pdf")
    chosen, chosen_filter = QFileDialog.getSaveFileName(window, title, str(start), f"{pdf};;{web}")
    if not chosen:
        return None
    default = ".html" if chosen_filter == web else ".pdf"
    path = _with_suffix(Path(chosen), (".pdf", ".html", ".htm"), default)
    scenario, cpi, lang = window.controller.scenario, window.controller.document.cpi, current_lang()
    inputs = [window.controller.document.path] if window.controller.document.path else []

    def work(progress: Progress) -> None:
        from sroi_app.exports.report import export_report  # not at start: module docstring

        export_report(scenario, path, lang, cpi=cpi, progress=progress, inputs=inputs)

    return ExportRunner(window, path, work, title).start()


EXPORT_ACTIONS = (
    ActionSpec(
        "export_excel",
        "file",
        lambda: translate("Actions", "Export to &Excel…"),
        export_excel,
        50,
        "Ctrl+E",
    ),
    ActionSpec(
        "export_report",
        "file",
        lambda: translate("Actions", "&Report for the council…"),
        export_council_report,
        55,
    ),
)

for _spec in EXPORT_ACTIONS:
    register_action(_spec)
