"""The built-in menu actions. Importing this module registers them.

A feature adds its own with ``registry.register_action`` (for example an
Excel export under ``file`` with an order between Save as (40) and Quit
(90)). Undo/redo, the recent-files submenu, the page shortcuts and the
language choice are built by the window itself.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from sroi_app.ui.i18n import translate
from sroi_app.ui.registry import ActionSpec, register_action

StandardKey = QKeySequence.StandardKey

BUILTIN_ACTIONS = (
    ActionSpec(
        "new",
        "file",
        lambda: translate("Actions", "&New"),
        lambda w: w.new_document(),
        10,
        StandardKey.New,
    ),
    ActionSpec(
        "open",
        "file",
        lambda: translate("Actions", "&Open…"),
        lambda w: w.open_dialog(),
        20,
        StandardKey.Open,
    ),
    ActionSpec(
        "save",
        "file",
        lambda: translate("Actions", "&Save"),
        lambda w: w.save(),
        30,
        StandardKey.Save,
        separator_before=True,
    ),
    ActionSpec(
        "save_as",
        "file",
        lambda: translate("Actions", "Save &as…"),
        lambda w: w.save_as(),
        40,
        StandardKey.SaveAs,
    ),
    ActionSpec(
        "quit",
        "file",
        lambda: translate("Actions", "&Quit"),
        lambda w: w.close(),
        90,
        StandardKey.Quit,
        separator_before=True,
    ),
    ActionSpec(
        "about",
        "help",
        lambda: translate("Actions", "&About"),
        lambda w: w.about(),
        10,
    ),
)

for _spec in BUILTIN_ACTIONS:
    register_action(_spec)
