"""Where pages and menu actions are registered, so features can add theirs.

A page is a ``PageSpec``: a key, a translated title, a factory that builds
its widget from a ``PageContext`` and an ``order`` in the sidebar (Project
10, the lists 20 to 60, Results 70, Sensitivity 80, Comparison 90,
Monitoring 95; a new page takes a free number). The pages register when
``sroi_app.ui.pages`` is imported (its ``__init__`` lists the built-in ones,
each later page module registers itself at its end). A menu action is an
``ActionSpec`` naming its menu (``file``, ``edit``, ``view``, ``tools``,
``settings``, ``help``). The main window builds its sidebar and menus from
these lists, and again when the language changes, so titles are functions
that translate when called.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from sroi_app.ui.controller import DocumentController
    from sroi_app.ui.mainwindow import MainWindow
    from sroi_app.ui.settings import AppSettings


@dataclass
class PageContext:
    """What a page gets to work with."""

    controller: DocumentController
    settings: AppSettings
    window: MainWindow

    def show_message(self, text: str, timeout_ms: int = 6000) -> None:
        self.window.statusBar().showMessage(text, timeout_ms)


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: Callable[[], str]
    factory: Callable[[PageContext], QWidget]
    order: int
    tooltip: Callable[[], str] | None = None


@dataclass(frozen=True)
class ActionSpec:
    """A menu entry; ``trigger`` gets the window. ``separator_before`` groups entries."""

    key: str
    menu: str
    text: Callable[[], str]
    trigger: Callable[[MainWindow], Any]
    order: int
    shortcut: QKeySequence.StandardKey | str | None = None
    separator_before: bool = False
    enabled: Callable[[MainWindow], bool] | None = None
    extra: dict[str, Any] = field(default_factory=dict)


_PAGES: dict[str, PageSpec] = {}
_ACTIONS: dict[str, ActionSpec] = {}
MENUS = ("file", "edit", "view", "tools", "settings", "help")


def register_page(spec: PageSpec) -> PageSpec:
    """Add (or replace, by key) a page of the main window."""
    _PAGES[spec.key] = spec
    return spec


def register_action(spec: ActionSpec) -> ActionSpec:
    """Add (or replace, by key) a menu action of the main window."""
    if spec.menu not in MENUS:
        raise ValueError(f"unknown menu {spec.menu!r}; one of {MENUS}")
    _ACTIONS[spec.key] = spec
    return spec


def pages() -> list[PageSpec]:
    return sorted(_PAGES.values(), key=lambda p: (p.order, p.key))


def actions(menu: str) -> list[ActionSpec]:
    return sorted((a for a in _ACTIONS.values() if a.menu == menu), key=lambda a: (a.order, a.key))
