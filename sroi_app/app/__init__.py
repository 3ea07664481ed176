"""Use cases without Qt: open, save, evaluate and edit a document (with undo)."""

from __future__ import annotations
