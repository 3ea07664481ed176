"""The dialog the library browsers share: a search, a result list, details and a target row.

The proxy library (``library_browser.py``) and the unit-cost library
(``unit_cost_browser.py``) are one dialog with other entries: a search field
and filters over a list whose selection is kept across searches, a details
pane, a count, the list page's selected row as the target ("Selected effect:
…") and edits that end by showing that page with the new or changed row
selected. The words stay with each browser (their translation contexts
differ); this class is the behaviour.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QSplitter, QWidget

from sroi_app.app import commands
from sroi_app.ui.i18n import current_lang
from sroi_app.ui.widgets.catalogue import (
    catalogue_view,
    details_pane,
    page_target,
    select_row,
    selected_row,
    side_by_side,
)
from sroi_app.ui.widgets.tables import fit_to_contents

if TYPE_CHECKING:
    from sroi_app.ui.controller import DocumentController


class _Window(Protocol):
    """What a browser needs of the main window (kept narrow: widgets do not import it)."""

    controller: DocumentController
    pages: Any

    def show_page(self, key: str) -> QWidget: ...

    def statusBar(self) -> Any: ...


class CatalogueBrowser(QDialog):
    """Search a catalogue and use an entry in the list page ``page_key`` (costs, effects)."""

    def __init__(
        self, window: _Window, *, name: str, title: str, size: tuple[int, int], page_key: str
    ) -> None:
        super().__init__(window if isinstance(window, QWidget) else None)
        self.setObjectName(name)
        self.window_ = window
        self.controller = window.controller
        self.page_key = page_key
        self.setWindowTitle(title)
        self.resize(*size)
        self.alternative, self.target_row = page_target(window.pages, page_key)
        self.count = QLabel()
        self.target = QLabel()
        self.target.setWordWrap(True)

    def result_list(self, model: QAbstractItemModel, details: str, sizes: list[int]) -> QSplitter:
        """The result list beside the details pane (``self.view``, ``self.details``)."""
        self.model = model
        self.view = catalogue_view(model)
        self.details = details_pane(details)
        split = side_by_side(self.view, self.details, sizes)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.show_selected())
        return split

    def close_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        return buttons

    # -- searching ------------------------------------------------------------------------------

    def show_found(self, count: str, widths: tuple[int, int, int], row: int) -> None:
        """After a search (already on the model): the count, column widths and selection.

        ``count`` is the "{n} of {total}" sentence; ``widths`` the first column's
        least and most width and the other columns' most; ``row`` the row of the
        entry selected before the search (-1: not shown any more, the first is).
        """
        self.count.setText(count)
        least, most, others = widths
        fit_to_contents(self.view, range(1, self.model.columnCount()), 8, others)
        header = self.view.horizontalHeader()
        header.resizeSection(0, min(max(header.sectionSize(0), least), most))
        self.select_row(row if row >= 0 else 0)

    def select_row(self, row: int) -> None:
        select_row(self.view, row)
        self.show_selected()

    def current_row(self) -> int:
        return selected_row(self.view)

    def show_selected(self) -> None:
        raise NotImplementedError

    # -- the target row -------------------------------------------------------------------------

    def has_alternative(self) -> bool:
        return 0 <= self.alternative < len(self.controller.scenario.alternatives)

    def target_name(self, text: str, key: str) -> str | None:
        """``text`` ("“{key}” in “{alternative}”", translated) for the target row, or None."""
        if not self.has_alternative():
            return None
        alt = self.controller.scenario.alternatives[self.alternative]
        rows = getattr(alt, self.page_key)
        if not 0 <= self.target_row < len(rows):
            return None
        item = rows[self.target_row]
        return text.format(**{key: item.name or item.id}, alternative=alt.name or alt.id)

    # -- using an entry -------------------------------------------------------------------------

    def edit(
        self,
        kind: str,
        path: str,
        build: Callable[..., Any],
        *args: Any,
        undo_text: str,
        **kwargs: Any,
    ) -> bool:
        """One undoable edit of ``path`` (``kind``: set, insert) by ``build``; True if done."""
        issues = self.controller.attempt(
            commands.build,
            kind,
            path,
            build,
            *args,
            lang=current_lang(),
            cpi=self.controller.document.cpi,
            params={"undo_text": undo_text},
            **kwargs,
        )
        return not issues

    def finish(self, row: int, message: str) -> None:
        """Show the list page with ``row`` selected, say ``message`` and close."""
        page = self.window_.show_page(self.page_key)
        editor = getattr(page, "editor", None)
        if editor is not None:
            editor.select_row(row)
        self.window_.statusBar().showMessage(message, 8000)
        self.accept()


B = TypeVar("B", bound=CatalogueBrowser)


def open_browser(browser: B) -> B:
    """Open ``browser`` over its window; it is deleted when closed."""
    browser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    browser.open()
    return browser
