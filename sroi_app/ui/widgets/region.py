"""Local figures from CBS for the template picker: a region's population, online or from a CSV.

The user types a CBS region code (or picks a region of an imported table by
name), chooses the Kerncijfers year and fetches it from CBS's open-data
service, off the UI thread, or imports the CSV downloaded from StatLine when
the machine is offline. ``figuresChanged`` carries the ``RegionFigures``
(or None when they are cleared); the picker fills its population inputs
from them (``library_use.prefill_from_region``).
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sroi_app.domain.formatting import format_number
from sroi_app.io.cbs import (
    KERNCIJFERS_TABLES,
    CbsError,
    Client,
    RegionFigures,
    fetch_region,
    find_region,
    read_statline_csv,
)
from sroi_app.ui.i18n import current_lang, translate
from sroi_app.ui.jobs import BackgroundTask


class RegionFiguresBox(QWidget):
    """Code, year, fetch, import; what was loaded, or what went wrong, in words."""

    figuresChanged = Signal(object)  # RegionFigures | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figures: RegionFigures | None = None
        self.imported: list[RegionFigures] = []
        self.code = QLineEdit()
        self.code.setPlaceholderText(translate("Region", "CBS code: GM0363, WK036300, BU03630000"))
        self.code.setClearButtonEnabled(True)
        self.table = QComboBox()
        for year, table in sorted(KERNCIJFERS_TABLES.items(), reverse=True):
            self.table.addItem(f"{year} ({table})", table)
        self.fetch_button = QPushButton(translate("Region", "Fetch from CBS"))
        self.import_button = QPushButton(translate("Region", "Import StatLine CSV…"))
        self.clear_button = QPushButton(translate("Region", "Clear"))
        self.status = QLabel(
            translate("Region", "No local figures: the area type fills the inputs.")
        )
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.code, 2)
        row.addWidget(self.table)
        row.addWidget(self.fetch_button)
        row.addWidget(self.import_button)
        row.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.names = QStringListModel(self)
        completer = QCompleter(self.names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.code.setCompleter(completer)
        completer.activated.connect(self._picked)
        self.code.returnPressed.connect(self.load)

        self.task = BackgroundTask(self)
        self.task.finished.connect(self._fetched)
        self.task.failed.connect(self._failed)
        self.fetch_button.clicked.connect(self.fetch)
        self.import_button.clicked.connect(self.choose_csv)
        self.clear_button.clicked.connect(self.clear)
        self.set_figures(None)

    def _code(self) -> str:
        return self.code.text().strip().split(" ")[0].upper()

    def _picked(self, text: str) -> None:
        self.code.setText(text.split(" ")[0])
        self.load()

    def load(self) -> None:
        """From the imported table when there is one, else from CBS."""
        if self.imported:
            self.use_imported(self._code())
        else:
            self.fetch()

    # -- online ------------------------------------------------------------------------------------

    def fetch(self, *, get_data: Client | None = None, get_meta: Client | None = None) -> None:
        """Fetch the typed region from CBS in the background (tests pass a client)."""
        code, table = self._code(), str(self.table.currentData())
        self.status.setText(
            translate("Region", "Fetching {code} from CBS table {table}…").format(
                code=code, table=table
            )
        )
        self.fetch_button.setEnabled(False)
        self.task.start(
            lambda _progress: fetch_region(code, table, get_data=get_data, get_meta=get_meta)
        )

    def _fetched(self, figures: object) -> None:
        self.fetch_button.setEnabled(True)
        if isinstance(figures, RegionFigures):
            self.set_figures(figures)

    def _failed(self, message: str) -> None:
        self.fetch_button.setEnabled(True)
        reason = message.removeprefix("CbsError: ")
        self.status.setText(translate("Region", "Not fetched: {reason}").format(reason=reason))

    # -- offline -----------------------------------------------------------------------------------

    def choose_csv(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            translate("Region", "Import a StatLine CSV of Kerncijfers wijken en buurten"),
            "",
            translate("Region", "CSV files (*.csv);;All files (*)"),
        )
        if path:
            self.import_csv(path)

    def import_csv(self, path: str) -> bool:
        try:
            self.imported = read_statline_csv(path)
        except CbsError as exc:
            self.status.setText(translate("Region", "Not imported: {reason}").format(reason=exc))
            return False
        self.names.setStringList([f.label() for f in self.imported])
        if self._code():
            return self.use_imported(self._code())
        if len(self.imported) == 1:
            self.set_figures(self.imported[0])
            return True
        self.status.setText(
            translate(
                "Region", "{n} regions imported: type a code or a name to choose one."
            ).format(n=len(self.imported))
        )
        return True

    def use_imported(self, code: str) -> bool:
        try:
            figures = find_region(self.imported, code)
        except CbsError as exc:
            self.status.setText(str(exc))
            return False
        self.set_figures(figures)
        return True

    # -- the result -------------------------------------------------------------------------------

    def set_figures(self, figures: RegionFigures | None) -> None:
        self.figures = figures
        self.clear_button.setEnabled(figures is not None)
        if figures is None:
            self.status.setText(
                translate("Region", "No local figures: the area type fills the inputs.")
            )
        else:
            self.code.setText(figures.code)
            self.status.setText(
                translate(
                    "Region",
                    "{region}: {inhabitants} inhabitants, {old} aged 65 or over,"
                    " {households} households ({single} single-person). Source: {source}",
                ).format(
                    region=figures.label(),
                    inhabitants=_count(figures.inhabitants),
                    old=_count(figures.age_65_plus),
                    households=_count(figures.households),
                    single=_count(figures.single_person_households),
                    source=figures.source_text(current_lang()),
                )
            )
        self.figuresChanged.emit(figures)

    def clear(self) -> None:
        self.set_figures(None)


def _count(value: int | None) -> str:
    return "?" if value is None else format_number(value, 0, current_lang())
