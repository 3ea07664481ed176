"""Use cases without Qt: open, save, evaluate and edit a document (with undo).

Everything a window, the workshop view or a script needs to work on a
scenario lives here in plain Python: ``Document`` (open, save, evaluate),
pure edit operations in ``edits`` (every one validated, so a document is
never left invalid), undoable ``Edit`` commands (before/after snapshots),
derived result tables, a recovery store and the crash log. ``sroi_app.ui``
wraps these in Qt; nothing here imports Qt.
"""

from __future__ import annotations
