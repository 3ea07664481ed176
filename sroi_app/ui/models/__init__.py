"""Qt item models that adapt the document and its results; none stores a copy."""

from __future__ import annotations
