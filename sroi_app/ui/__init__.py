"""The Qt desktop app: the only package that imports PySide6.

``application.run(file)`` starts it. The window (``mainwindow``) shows the
pages listed in ``pages.PAGES`` and the menu actions in ``actions.ACTIONS``;
later features add theirs with ``register_page`` / ``register_action``.
Qt item models (``models``) adapt the one ``Scenario`` held by the
``DocumentController`` and keep no copies; every edit is a ``QUndoCommand``
around a Qt-free ``sroi_app.app.commands.Edit``.
"""

from __future__ import annotations
