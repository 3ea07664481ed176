"""The scenario document: pydantic models, validation and the CPI table.

Nothing here does I/O or imports Qt; every other layer builds on it.
"""

from __future__ import annotations
