"""SROI / MKBA calculator: societal return of spatial interventions.

The package is layered ``domain <- calc <- io/charts <- app <- ui``; only
``sroi_app.ui`` imports Qt.
"""

from __future__ import annotations

__version__ = "0.1.0"
SCHEMA_VERSION = 1
