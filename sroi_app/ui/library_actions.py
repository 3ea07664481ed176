"""Tools menu entries for the proxy library and the effect-chain templates.

Importing this module registers them. Both dialogs work on the Effects
page's alternative and selected effect, so the window shows that page when
they open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sroi_app.ui.i18n import translate
from sroi_app.ui.registry import ActionSpec, register_action

if TYPE_CHECKING:
    from sroi_app.ui.library_browser import LibraryBrowser
    from sroi_app.ui.mainwindow import MainWindow
    from sroi_app.ui.template_picker import TemplatePicker
    from sroi_app.ui.unit_cost_browser import UnitCostBrowser


def show_library(window: MainWindow) -> LibraryBrowser:
    from sroi_app.ui.library_browser import open_library

    window.show_page("effects")
    return open_library(window)


def show_unit_costs(window: MainWindow) -> UnitCostBrowser:
    from sroi_app.ui.unit_cost_browser import open_unit_costs

    window.show_page("costs")
    return open_unit_costs(window)


def show_templates(window: MainWindow) -> TemplatePicker:
    from sroi_app.ui.template_picker import open_template_picker

    window.show_page("effects")
    return open_template_picker(window)


LIBRARY_ACTIONS = (
    ActionSpec(
        "proxy_library",
        "tools",
        lambda: translate("Actions", "Proxy &library…"),
        show_library,
        10,
    ),
    ActionSpec(
        "effect_templates",
        "tools",
        lambda: translate("Actions", "Insert effect-chain &template…"),
        show_templates,
        20,
    ),
    ActionSpec(
        "unit_costs",
        "tools",
        lambda: translate("Actions", "&Unit-cost library…"),
        show_unit_costs,
        15,
    ),
)

for _spec in LIBRARY_ACTIONS:
    register_action(_spec)
