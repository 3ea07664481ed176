"""The main window: a sidebar of pages in the order of the work, menus, status bar.

Pages and menu actions come from ``registry``; the window builds them, and
builds them again when the language changes (pages hold no state of their
own, so rebuilding is the simplest complete retranslation). The title shows
the scenario's name and, through ``QUndoStack.cleanChanged``, the modified
mark.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QWidget,
)

import sroi_app.ui.actions
import sroi_app.ui.export_actions
import sroi_app.ui.import_actions
import sroi_app.ui.library_actions
import sroi_app.ui.pages  # noqa: F401  (registers the built-in pages)
from sroi_app.app import garbage_collection
from sroi_app.app.document import Document
from sroi_app.domain.cpi import CpiTable
from sroi_app.domain.errors import Issue, ScenarioError
from sroi_app.domain.formatting import Lang, format_money, format_ratio
from sroi_app.io.scenario_file import SUFFIX, FileChangedOnDiskError
from sroi_app.ui import registry
from sroi_app.ui import workshop as _workshop  # noqa: F401  (registers the workshop action)
from sroi_app.ui.about import app_icon, show_about
from sroi_app.ui.busy import run_busy
from sroi_app.ui.controller import DocumentController
from sroi_app.ui.dialogs import (
    Choice,
    ask_changed_on_disk,
    ask_restore,
    ask_unsaved_changes,
    show_open_error,
    show_save_error,
)
from sroi_app.ui.i18n import (
    LANGUAGES,
    current_lang,
    install_translators,
    issue_text,
    language_name,
    translate,
)
from sroi_app.ui.jobs import BackgroundTask
from sroi_app.ui.settings import AppSettings

APP_TITLE = "SROI-calculator"
LARGE_FILE_BYTES = 1_000_000  # read on a worker thread: about 1,000 costs and effects

logger = logging.getLogger(__name__)

#: Every page must be usable down to this size: 1280 x 720 is a 1920 x 1080 laptop at
#: 150% scaling, less the task bar and the window frame.
MINIMUM_SIZE = QSize(800, 560)
#: The first start's size on a large screen.
PREFERRED_SIZE = QSize(1400, 900)


def first_size(available: QRect) -> QSize:
    """The size of the window at its first start: the preferred size, within 92% of the
    screen's usable area (1366 x 768 gives 1256 x 706; 1280 x 720 gives 1177 x 662)."""
    width = min(PREFERRED_SIZE.width(), int(available.width() * 0.92))
    height = min(PREFERRED_SIZE.height(), int(available.height() * 0.92))
    return QSize(max(width, MINIMUM_SIZE.width()), max(height, MINIMUM_SIZE.height()))


class MainWindow(QMainWindow):
    def __init__(self, controller: DocumentController, settings: AppSettings) -> None:
        super().__init__()
        # Worker threads (large evaluations, recovery copies, exports) share the
        # interpreter with the window; handing it over every millisecond instead
        # of every five keeps the window's many short Python calls from queueing
        # (measured on a 20 x 500 scenario: the longest stall from ~270 to ~100 ms).
        sys.setswitchinterval(0.001)
        self.controller = controller
        self.settings = settings
        self.pages: dict[str, QWidget] = {}
        self.page_keys: list[str] = []
        self.setWindowIcon(app_icon())
        self.setMinimumSize(MINIMUM_SIZE)
        self.resize(first_size(self._available()))
        if not settings.window_geometry.isEmpty():
            self.restoreGeometry(settings.window_geometry)
            self._fit_to_screen()
        self.kpi_label = QLabel()
        self.statusBar().addPermanentWidget(self.kpi_label)
        controller.fileChanged.connect(self.update_title)
        controller.scenarioChanged.connect(self._scenario_changed)
        controller.evaluationReady.connect(lambda _evaluation: self._update_kpis())
        controller.evaluationPending.connect(lambda: self.kpi_label.setEnabled(False))
        controller.refused.connect(self._refused)
        controller.undo_stack.cleanChanged.connect(self._clean_changed)
        self.build_ui()
        self.update_title()

    # -- building ------------------------------------------------------------------------------

    def build_ui(self, current: str | None = None) -> None:
        """(Re)build sidebar, pages and menus in the current language."""
        old = self.centralWidget()
        self.pages = {}
        self.page_keys = []
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(190)
        self.stack = QStackedWidget()
        context = registry.PageContext(self.controller, self.settings, self)
        for spec in registry.pages():
            page = spec.factory(context)
            page.setObjectName(f"page_{spec.key}")
            self.pages[spec.key] = page
            self.page_keys.append(spec.key)
            self.stack.addWidget(page)
            item = QListWidgetItem(spec.title())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setSizeHint(QSize(0, 34))
            if spec.tooltip is not None:
                item.setToolTip(spec.tooltip())
            self.sidebar.addItem(item)
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        if self.isVisible():
            central.show()  # now, so the current page is brought up to date at once
        if old is not None:
            old.deleteLater()
        self._build_menus()
        self.show_page(current if current in self.pages else self.page_keys[0])
        self._update_kpis()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        self.actions_by_key: dict[str, QAction] = {}
        titles = {
            "file": translate("Menu", "&File"),
            "edit": translate("Menu", "&Edit"),
            "view": translate("Menu", "&View"),
            "tools": translate("Menu", "&Tools"),
            "settings": translate("Menu", "&Settings"),
            "help": translate("Menu", "&Help"),
        }
        self.menus: dict[str, QMenu] = {}
        toolbar_actions: list[QAction] = []
        for key in registry.MENUS:
            menu = bar.addMenu(titles[key])
            menu.setObjectName(f"menu_{key}")
            self.menus[key] = menu
            if key == "edit":
                self._add_undo_actions(menu)
            for spec in registry.actions(key):
                if spec.separator_before:
                    menu.addSeparator()
                action = QAction(spec.text(), self)
                action.setObjectName(f"action_{spec.key}")
                if spec.shortcut is not None:
                    action.setShortcut(QKeySequence(spec.shortcut))
                action.triggered.connect(lambda _checked=False, s=spec: s.trigger(self))
                if spec.enabled is not None:
                    action.setEnabled(spec.enabled(self))
                menu.addAction(action)
                self.actions_by_key[spec.key] = action
                if spec.extra.get("toolbar"):
                    toolbar_actions.append(action)
                if spec.key == "open":
                    self.recent_menu = menu.addMenu(translate("Menu", "Open &recent"))
                    self.recent_menu.aboutToShow.connect(self._fill_recent)
            if key == "view":
                self._add_page_actions(menu)
            if key == "settings":
                self._add_language_menu(menu)
        for key, menu in self.menus.items():
            if menu.isEmpty():
                menu.menuAction().setVisible(False)
            elif key == "tools":
                menu.menuAction().setVisible(True)
        self._build_toolbar(toolbar_actions)

    def _build_toolbar(self, actions: list[QAction]) -> None:
        """Registered actions with ``extra={"toolbar": True}`` also get a toolbar button."""
        if not hasattr(self, "toolbar"):
            self.toolbar = self.addToolBar("")
            self.toolbar.setObjectName("mainToolbar")
            self.toolbar.setMovable(False)
            self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.clear()
        self.toolbar.setWindowTitle(translate("Menu", "Toolbar"))
        for action in actions:
            self.toolbar.addAction(action)
        self.toolbar.setVisible(bool(actions))

    def _add_undo_actions(self, menu: QMenu) -> None:
        stack = self.controller.undo_stack
        self.undo_action = stack.createUndoAction(self, translate("Menu", "Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self, translate("Menu", "Redo"))
        # Ctrl+Shift+Z is the platform's redo on Linux; Ctrl+Y is what Windows and Office
        # users type (issue 15), so both work everywhere. Once each: where the platform's
        # redo already is Ctrl+Y, a second Ctrl+Y would make the key ambiguous and dead.
        keys = [*QKeySequence.keyBindings(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")]
        self.redo_action.setShortcuts(list({key.toString(): key for key in keys}.values()))
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)

    def _add_page_actions(self, menu: QMenu) -> None:
        for number, spec in enumerate(registry.pages(), start=1):
            action = menu.addAction(spec.title())
            if number <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _c=False, k=spec.key: self.show_page(k))

    def _add_language_menu(self, menu: QMenu) -> None:
        languages = menu.addMenu(translate("Menu", "&Language"))
        group = QActionGroup(languages)
        for lang in LANGUAGES:
            action = languages.addAction(language_name(lang))
            action.setCheckable(True)
            action.setChecked(lang == current_lang())
            action.setObjectName(f"action_language_{lang}")
            group.addAction(action)
            action.triggered.connect(lambda _c=False, code=lang: self.set_language(code))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_files
        if not recent:
            action = self.recent_menu.addAction(translate("Menu", "(none)"))
            action.setEnabled(False)
            return
        for path in recent:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _c=False, p=path: self.open_file(Path(p)))

    # -- pages ---------------------------------------------------------------------------------

    def show_page(self, key: str) -> QWidget:
        index = self.page_keys.index(key)
        self.sidebar.setCurrentRow(index)
        self.stack.setCurrentIndex(index)
        return self.pages[key]

    def current_page(self) -> str:
        return self.page_keys[self.stack.currentIndex()]

    def set_language(self, lang: Lang) -> None:
        """Switch the interface language at once (the window is rebuilt in it)."""
        if lang == current_lang():
            return
        self.settings.language = lang
        install_translators(lang)
        self.build_ui(self.current_page())
        self.update_title()

    # -- title and status ------------------------------------------------------------------------

    def document_name(self) -> str:
        return self.controller.document.title or translate("MainWindow", "Untitled")

    def update_title(self) -> None:
        self.setWindowTitle(f"{self.document_name()}[*] \u2014 {APP_TITLE}")
        self.setWindowModified(self.controller.is_modified())

    def _clean_changed(self, _clean: bool) -> None:
        self.update_title()

    def _scenario_changed(self, old: object, new: object) -> None:
        self.update_title()

    def _update_kpis(self) -> None:
        """The headline of the first variant, always in view, whichever page is shown."""
        evaluation = self.controller.latest_evaluation()
        self.kpi_label.setEnabled(not self.controller.evaluation_pending())
        lang = current_lang()
        if not evaluation.result.results:
            self.kpi_label.setText("")
            return
        first = evaluation.result.results[0]
        npv = "NCW" if lang == "nl" else "NPV"
        ratio = translate("MainWindow", "SROI ratio")
        self.kpi_label.setText(
            f"{first.name}: {npv} {format_money(first.npv, lang)} \u00b7 "
            f"{ratio} {format_ratio(first.sroi_ratio, lang)}"
        )

    def _refused(self, issues: tuple[Issue, ...]) -> None:
        if issues:
            text = issue_text(issues[0], self.controller.scenario)
            if len(issues) > 1:
                text += translate("MainWindow", " (and {n} more)").format(n=len(issues) - 1)
            self.statusBar().showMessage(translate("MainWindow", "Not accepted: ") + text, 10000)

    # -- documents --------------------------------------------------------------------------------

    def maybe_save(self) -> bool:
        """True when the document may be replaced or closed (saved, discarded, or clean)."""
        if not self.controller.is_modified():
            return True
        choice = ask_unsaved_changes(self, self.document_name())
        if choice is Choice.SAVE:
            return self.save()
        return choice is Choice.DISCARD

    def new_document(self) -> None:
        if self.maybe_save():
            self.controller.replace_document(new_document(self.controller.document.cpi))
            self.show_page(self.page_keys[0])

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("MainWindow", "Open scenario"),
            self.settings.last_directory,
            translate("MainWindow", "Scenarios (*.sroi.json *.json);;All files (*)"),
        )
        if path:
            self.open_file(Path(path), ask=False)

    def open_file(self, path: Path, ask: bool = True) -> bool:
        """Open ``path``; a file that fails is explained and the open document kept."""
        if ask and not self.maybe_save():
            return False
        try:
            self.controller.replace_document(self.read_document(Path(path)))
        except ScenarioError as exc:
            show_open_error(self, Path(path), exc)
            return False
        self._remember(Path(path))
        self.statusBar().showMessage(
            translate("MainWindow", "Opened {file}").format(file=str(path)), 5000
        )
        return True

    def read_document(self, path: Path) -> Document:
        """The document in ``path``; a large file is read on a worker thread, the window
        painted meanwhile (``ui.busy``)."""
        cpi = self.controller.document.cpi
        try:
            large = path.stat().st_size > LARGE_FILE_BYTES
        except OSError:
            large = False  # Document.open says why
        if not large:
            return Document.open(path, cpi)
        message = translate("MainWindow", "Opening {file}…").format(file=path.name)

        def read() -> Document:
            with garbage_collection.quiet_collector():
                return Document.open(path, cpi, in_steps=True)

        return run_busy(self, message, read)

    def save(self) -> bool:
        if self.controller.path is None:
            return self.save_as()
        return self.save_to(self.controller.path)

    def save_as(self) -> bool:
        start = str(
            self.controller.path
            or Path(self.settings.last_directory or ".")
            / ((self.controller.document.title or "scenario") + SUFFIX)
        )
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("MainWindow", "Save scenario as"),
            start,
            translate("MainWindow", "Scenarios (*.sroi.json)"),
        )
        return self.save_to(Path(path)) if path else False

    def save_to(self, path: Path, *, overwrite: bool = False) -> bool:
        try:
            saved = self.controller.save(path, overwrite=overwrite)
        except FileChangedOnDiskError:
            choice = ask_changed_on_disk(self, path)
            if choice == "overwrite":
                return self.save_to(path, overwrite=True)
            return self.save_as() if choice == "save_as" else False
        except OSError as exc:
            show_save_error(self, path, exc)
            return False
        except Exception as exc:  # anything else: the document stays open, unsaved
            logger.exception("saving %s failed", path)
            show_save_error(self, path, OSError(0, f"{type(exc).__name__}: {exc}"))
            return False
        self._remember(saved)
        self.statusBar().showMessage(
            translate("MainWindow", "Saved {file}").format(file=str(saved)), 5000
        )
        return True

    def _remember(self, path: Path) -> None:
        self.settings.add_recent_file(str(Path(path).resolve()))
        self.settings.last_directory = str(Path(path).resolve().parent)

    def _available(self) -> QRect:
        """The usable part of the screen the window is on (without task bars)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 720)

    def _fit_to_screen(self) -> None:
        """A restored window that no longer fits (another screen, another scaling) is shrunk
        and moved onto the screen, so its buttons and status bar stay reachable."""
        available = self._available()
        frame = self.frameGeometry()
        extra = frame.size() - self.geometry().size()
        width = min(self.width(), available.width() - extra.width())
        height = min(self.height(), available.height() - extra.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(max(width, MINIMUM_SIZE.width()), max(height, MINIMUM_SIZE.height()))
        frame = self.frameGeometry()
        if not available.contains(frame):
            x = min(max(frame.x(), available.x()), available.right() - frame.width() + 1)
            y = min(max(frame.y(), available.y()), available.bottom() - frame.height() + 1)
            self.move(max(x, available.x()), max(y, available.y()))

    def offer_recovery(self) -> bool:
        """Offer each recovery copy of sessions that ended badly, newest first; True if restored.

        Only the copy the user answered about is removed: "No" deletes that
        copy and goes on to the next, "Cancel" keeps it and the rest for the
        next start, and after a restore the others wait for the next start too.
        """
        copies = self.controller.recovery.orphans()
        for n, copy in enumerate(copies):
            when = copy.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
            name = copy.scenario.name or translate("MainWindow", "Untitled")
            source = str(copy.source) if copy.source else translate("MainWindow", "(not saved yet)")
            answer = ask_restore(self, name, when, source, len(copies) - n - 1)
            if answer == "later":
                return False
            if answer == "restore":
                base = new_document(self.controller.document.cpi)
                if copy.source is not None:
                    try:
                        base = Document.open(copy.source, self.controller.document.cpi)
                    except ScenarioError:
                        base.path = copy.source
                self.controller.restore(base, copy.scenario)
                self.controller.recovery.remove(copy)
                return True
            self.controller.recovery.remove(copy)
        return False

    def about(self) -> None:
        self.about_dialog = show_about(self)

    # -- closing -----------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self.settings.window_geometry = self.saveGeometry()
        self.settings.sync()
        self.controller.close()
        # The pages' background work (the decision's simulation of a large scenario can
        # take seconds) stops at its next step instead of running on after the window.
        tasks = self.findChildren(BackgroundTask)
        for task in tasks:
            task.cancel()
        for task in tasks:
            task.wait(5_000)
        event.accept()


def new_document(cpi: CpiTable | None = None) -> Document:
    """An empty document whose first names are in the interface language."""
    return Document.new(
        cpi=cpi,
        reference_name=translate("MainWindow", "Nulalternatief"),
        stakeholder_name=translate("MainWindow", "Municipality"),
    )
