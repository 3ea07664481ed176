"""How many Monte Carlo draws, and from which seed: the defaults and the limit.

Here, below the engine, so that the command line can show them in its help
without importing the simulation (``sroi_app.calc.montecarlo`` re-exports them).
"""

from __future__ import annotations

#: The command line's and the app's defaults: reproducible unless asked otherwise.
DEFAULT_DRAWS = 10_000
DEFAULT_SEED = 20260101
#: The most draws a run accepts (the NPV draws alone take 8 bytes per draw and variant).
MAX_DRAWS = 10_000_000
