"""Pure numerical core: yearly flows, discounting and metrics (numpy only).

``compute(scenario, cpi)`` returns a frozen ``ScenarioResult``; nothing here
does I/O, formats text or imports Qt.
"""

from __future__ import annotations

from sroi_app.calc.engine import compute
from sroi_app.calc.results import AlternativeResult, ScenarioResult, StakeholderResult

__all__ = ["AlternativeResult", "ScenarioResult", "StakeholderResult", "compute"]
