"""File > Export to Excel… and File > Report for the council…: files, progress, errors.

The user is stood in for at the file dialog (``QFileDialog.getSaveFileName``),
the "open folder?" question (``exports.ask_open_folder``) and the error box
(``QMessageBox.critical``). Tests run as root, so an unwritable target is
made with ``os.replace`` raising what Windows raises for a file open in Excel
(``PermissionError``), or with a folder where the file should go.
"""

from __future__ import annotations

import errno
import threading
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

import sroi_app.exports.excel as excel_package
from sroi_app.app.document import Document
from sroi_app.calc import compute
from sroi_app.exports.target import REASONS, ExportError
from sroi_app.io.cpi import default_cpi
from sroi_app.ui import export_actions as exports
from sroi_app.ui.export_actions import ExportRunner
from sroi_app.ui.i18n import install_translators
from sroi_app.ui.mainwindow import MainWindow
from tests.conftest import ROOT

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class User:
    """What the user answers, and what the app showed them."""

    def __init__(
        self, monkeypatch: pytest.MonkeyPatch, target: Path, file_filter: str = ""
    ) -> None:
        self.target = target
        self.file_filter = file_filter
        self.offered: list[str] = []
        self.asked_folder: list[Path] = []
        self.errors: list[str] = []
        self.opened: list[QUrl] = []
        self.open_folder = True
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self._save_dialog)
        monkeypatch.setattr(exports, "ask_open_folder", self._ask_open_folder)
        monkeypatch.setattr(QMessageBox, "critical", self._critical)
        monkeypatch.setattr(QDesktopServices, "openUrl", self._open_url)

    def _save_dialog(self, _parent: Any, _title: str, start: str, filters: str) -> tuple[str, str]:
        self.offered.append(start)
        return str(self.target), self.file_filter or filters.split(";;")[0]

    def _ask_open_folder(self, _parent: Any, path: Path, _title: str) -> bool:
        self.asked_folder.append(path)
        return self.open_folder

    def _critical(self, _parent: Any, _title: str, text: str, *args: Any) -> Any:
        self.errors.append(text)
        return QMessageBox.StandardButton.Ok

    def _open_url(self, url: QUrl) -> bool:
        self.opened.append(url)
        return True


def run_export(window: MainWindow, qtbot: QtBot, key: str = "export_excel") -> ExportRunner:
    window.actions_by_key[key].trigger()
    runner = window.findChild(ExportRunner)
    assert isinstance(runner, ExportRunner)
    qtbot.waitUntil(lambda: not runner.is_running(), timeout=60000)
    return runner


def test_export_to_excel_writes_the_workbook_and_offers_the_folder(
    example_window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = example_window
    user = User(monkeypatch, tmp_path / "voor de raad")  # no suffix typed: .xlsx is added
    assert window.actions_by_key["export_excel"].text() == "Exporteren naar &Excel…"
    window.actions_by_key["export_excel"].trigger()
    runner = window.findChild(ExportRunner)
    assert isinstance(runner, ExportRunner)
    # The window keeps handling events while the workbook is written off the UI thread.
    ticks_while_running: list[bool] = []
    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(lambda: ticks_while_running.append(runner.is_running()))
    timer.start()
    assert runner.is_running() and runner.dialog.isVisible()
    qtbot.waitUntil(lambda: not runner.is_running(), timeout=60000)
    timer.stop()
    assert any(ticks_while_running)
    assert runner.outcome is True
    # The save dialog offered the scenario's name in its own folder.
    assert user.offered == [str(ROOT / "scenarios" / "Groen schoolplein.xlsx")]
    target = tmp_path / "voor de raad.xlsx"
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]
    # Progress went up to 1 through the sheets; the dialog is gone.
    progress = runner.reports
    fractions = [f for f, _ in progress]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert {"inputs", "cash_flows", "writing"} <= {s for _, s in progress}
    assert not shiboken6.isValid(runner.dialog) or not runner.dialog.isVisible()
    # A Dutch workbook (the interface language) with the engine's defined names.
    book = load_workbook(target)
    assert book.sheetnames[:4] == ["Samenvatting", "Invoer", "Bronnen", "Kasstromen"]
    assert "NPV_1" in book.defined_names and "SROI_RATIO_1" in book.defined_names
    assert book.properties.title == "Groen schoolplein"
    # The folder was offered and opened.
    assert user.asked_folder == [target]
    assert user.opened == [QUrl.fromLocalFile(str(tmp_path))]
    assert user.errors == []
    assert window.statusBar().currentMessage() == f"Geëxporteerd naar {target}"


def test_a_file_open_in_excel_gives_a_clear_error_and_no_file(
    example_window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "export.xlsx"
    target.write_bytes(b"the previous export")
    user = User(monkeypatch, target)

    def locked(src: object, dst: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr("sroi_app.io.atomic.os.replace", locked)
    runner = run_export(example_window, qtbot)
    assert runner.outcome is False
    assert isinstance(runner.error, ExportError) and runner.error.code == "permission"
    assert user.errors == [
        "“export.xlsx” kan niet worden geschreven: geen toestemming. Is het bestand geopend in"
        " Excel of een ander programma, of is de map alleen-lezen? Sluit het bestand of kies"
        " een andere map en probeer het opnieuw."
    ]
    assert user.asked_folder == []
    # The old file is untouched and no temporary file is left beside it.
    assert target.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["export.xlsx"]


def test_a_folder_in_the_way_gives_a_clear_error_in_english(
    example_window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    example_window.set_language("en")
    target = tmp_path / "export.xlsx"
    target.mkdir()
    user = User(monkeypatch, target)
    runner = run_export(example_window, qtbot)
    assert runner.outcome is False
    assert user.errors == [
        "There is a folder called “export.xlsx” in the way. Choose another file name."
    ]
    assert target.is_dir() and list(target.iterdir()) == []
    assert [p.name for p in tmp_path.iterdir()] == ["export.xlsx"]


def test_cancelling_leaves_no_file_and_no_error(
    example_window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    user = User(monkeypatch, tmp_path / "export.xlsx")
    started, go_on = threading.Event(), threading.Event()
    # The action imports the writer when it runs (not when the window starts).
    real = excel_package.export_workbook

    def held(*args: Any, progress: Any, **kwargs: Any) -> Any:
        progress(0.0, "compute")
        started.set()
        go_on.wait(30)
        return real(*args, progress=progress, **kwargs)

    monkeypatch.setattr(excel_package, "export_workbook", held)
    example_window.actions_by_key["export_excel"].trigger()
    runner = example_window.findChild(ExportRunner)
    assert isinstance(runner, ExportRunner)
    assert started.wait(30)
    cancel = runner.dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Annuleren"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)  # the user presses Cancel
    go_on.set()
    qtbot.waitUntil(lambda: not runner.is_running(), timeout=60000)
    assert runner.outcome is False
    assert isinstance(runner.error, ExportError) and runner.error.code == "cancelled"
    assert user.errors == [] and user.asked_folder == []
    assert list(tmp_path.iterdir()) == []
    assert example_window.statusBar().currentMessage() == (
        "Het exporteren is afgebroken; er is geen bestand geschreven."
    )


def test_the_council_report_as_printable_html(
    example_window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = example_window
    assert window.actions_by_key["export_report"].text() == "&Rapport voor de raad…"
    user = User(monkeypatch, tmp_path / "raadsvoorstel", "Afdrukbare webpagina (*.html)")
    user.open_folder = False
    runner = run_export(window, qtbot, "export_report")
    assert runner.outcome is True
    assert user.offered == [str(ROOT / "scenarios" / "Groen schoolplein.pdf")]
    target = tmp_path / "raadsvoorstel.html"
    text = target.read_text(encoding="utf-8")
    assert '<html lang="nl">' in text and "<title>Groen schoolplein</title>" in text
    assert user.asked_folder == [target] and user.opened == []


@pytest.mark.slow
def test_the_council_report_as_pdf(
    example_window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    User(monkeypatch, tmp_path / "raadsvoorstel")  # the first filter: PDF
    runner = run_export(example_window, qtbot, "export_report")
    assert runner.outcome is True
    assert (tmp_path / "raadsvoorstel.pdf").read_bytes().startswith(b"%PDF")


def test_every_export_failure_is_worded_in_both_languages() -> None:
    """Each code of ExportError has its own sentence in Dutch and in English."""
    path = Path("/data/raad/export.xlsx")
    worded: dict[str, dict[str, str]] = {}
    for lang in ("en", "nl"):
        install_translators(lang)  # type: ignore[arg-type]
        worded[lang] = {code: exports.error_text(ExportError(path, code)) for code in REASONS}
    install_translators("nl")
    for lang, texts in worded.items():
        assert len(set(texts.values())) == len(REASONS), lang  # no two codes share a text
        for code, text in texts.items():
            assert "{" not in text, (lang, code, text)
            assert "export.xlsx" in text or "/data/raad" in text or code == "cancelled"
    assert worded["nl"]["disk_full"] == (
        "De schijf is vol: “export.xlsx” kan niet worden geschreven. Maak ruimte vrij of kies"
        " een andere schijf."
    )
    assert worded["en"]["folder_missing"] == (
        "The folder “/data/raad” does not exist. Choose another folder."
    )
    assert worded["nl"]["read_only"] == (
        "De schijf of netwerkmap van “/data/raad” is alleen-lezen. Kies een andere map."
    )


def test_the_export_uses_the_scenario_at_the_moment_of_the_command(
    example_window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An edit during the export does not change what is written (scenarios are immutable)."""
    User(monkeypatch, tmp_path / "export.xlsx")
    window = example_window
    exported = window.controller.scenario
    seen: list[Any] = []
    real = excel_package.export_workbook

    def spy(scenario: Any, *args: Any, **kwargs: Any) -> Any:
        seen.append(scenario)
        return real(scenario, *args, **kwargs)

    monkeypatch.setattr(excel_package, "export_workbook", spy)
    window.actions_by_key["export_excel"].trigger()
    window.controller.set_value("alternatives[1].effects[0].quantity", 80.0)
    runner = window.findChild(ExportRunner)
    assert isinstance(runner, ExportRunner)
    qtbot.waitUntil(lambda: not runner.is_running(), timeout=60000)
    assert seen == [exported]
    assert (
        compute(seen[0], default_cpi()).results[0].npv
        != compute(window.controller.scenario, default_cpi()).results[0].npv
    )


def test_every_stage_of_an_export_has_its_own_words(tmp_path: Path) -> None:
    """The progress dialog never falls back to "Working…" for a stage the workbook or
    the report reports (the Bronnen stage did)."""
    from sroi_app.exports.excel import export_workbook
    from sroi_app.exports.report import export_report
    from sroi_app.io.scenario_file import load_scenario
    from sroi_app.ui.i18n import translate
    from tests.conftest import SCENARIOS

    scenario = load_scenario(
        next(p for p in SCENARIOS if p.name == "groene-ontmoetingsplek.sroi.json")
    )
    stages: set[str] = set()
    export_workbook(
        scenario, tmp_path / "plan.xlsx", "nl", progress=lambda _f, stage: stages.add(stage)
    )
    export_report(
        scenario, tmp_path / "raad.html", "nl", progress=lambda _f, stage: stages.add(stage)
    )
    fallback = translate("Export", "Working…")
    assert {"sources", "sensitivity", "render"} <= stages
    assert {s for s in stages if exports.stage_text(s) == fallback} == set()


def test_the_workbook_reuses_the_sensitivity_pages_answers(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Switching values and a default run already on the Sensitivity page are written as
    they are, not computed again (issue 17); without them the export computes its own."""
    from sroi_app.domain.draws import DEFAULT_DRAWS, DEFAULT_SEED
    from sroi_app.exports.excel import workbook
    from sroi_app.ui.pages.sensitivity import MONTE_CARLO, SWITCHING, SensitivityPage
    from tests.ui.conftest import make_window

    window = make_window(
        qtbot, Document.open(ROOT / "scenarios" / "groene-ontmoetingsplek.sroi.json")
    )
    assert exports.kept_sensitivity(window, window.controller.scenario) is None
    page = window.show_page("sensitivity")
    assert isinstance(page, SensitivityPage)
    page.tabs.setCurrentIndex(SWITCHING)
    qtbot.waitUntil(lambda: page.switching_model.rowCount() > 0, timeout=20_000)
    page.auto.setChecked(False)
    page.draws.setValue(DEFAULT_DRAWS)
    page.seed.setValue(DEFAULT_SEED)
    page.tabs.setCurrentIndex(MONTE_CARLO)
    with qtbot.waitSignal(page.simulation_task.finished, timeout=20_000):
        page.run_button.click()
    kept = exports.kept_sensitivity(window, window.controller.scenario)
    assert kept is not None and kept.result is not None

    def not_again(*_args: Any, **_kwargs: Any) -> Any:
        raise AssertionError("the sensitivity analysis was computed again")

    monkeypatch.setattr(workbook, "sensitivity_analysis", not_again)
    User(monkeypatch, tmp_path / "kept.xlsx")
    assert run_export(window, qtbot).outcome is True
    assert "Gevoeligheid" in load_workbook(tmp_path / "kept.xlsx", read_only=True).sheetnames
