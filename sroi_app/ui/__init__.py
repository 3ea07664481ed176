"""The Qt desktop app: the only package that imports PySide6."""

from __future__ import annotations
