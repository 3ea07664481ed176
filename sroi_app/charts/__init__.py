"""Figure builders: results -> matplotlib ``Figure`` (no Qt, no pyplot)."""

from __future__ import annotations
