"""Workshop mode: present the scenario and steer its assumptions live (View → Workshop, F5).

Importing this package registers the action (View menu and toolbar). The
view itself is ``view.WorkshopView``; its Qt-free state is
``sroi_app.app.workshop.WorkshopState``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sroi_app.ui.i18n import current_lang, translate
from sroi_app.ui.registry import ActionSpec, register_action

if TYPE_CHECKING:
    from sroi_app.ui.mainwindow import MainWindow
    from sroi_app.ui.workshop.view import WorkshopView

SHORTCUT = "F5"


def open_workshop(window: MainWindow) -> WorkshopView:
    """Show the workshop view over ``window``, reusing it (and its sliders) when it exists."""
    from sroi_app.ui.workshop.view import WorkshopView

    view = window.findChild(WorkshopView)
    if view is not None and (
        view.lang != current_lang() or view.controller is not window.controller
    ):
        view.deleteLater()
        view.setParent(None)
        view = None
    if view is None:
        view = WorkshopView(window.controller, window.settings, window)
    view.enter()
    return view


register_action(
    ActionSpec(
        "workshop",
        "view",
        lambda: translate("Workshop", "&Workshop (present and steer)"),
        open_workshop,
        5,
        SHORTCUT,
        extra={"toolbar": True},
    )
)
