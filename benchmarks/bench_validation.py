"""Validation at scale: ``scenario_from_data`` of 1,000 and 10,000 effects."""

from __future__ import annotations

from benchmarks.synthetic import synthetic_data
from benchmarks.timing import median_ms
from sroi_app.domain.validation import scenario_from_data
from sroi_app.io.cpi import default_cpi


def _validate_ms(effects_per_alternative: int, repeat: int) -> float:
    cpi = default_cpi()
    data = synthetic_data(2, effects_per_alternative, 50, 30)
    return median_ms(lambda: scenario_from_data(data, cpi), repeat=repeat, warmup=1)


def validate_10k_effects_ms() -> float:
    """Validating 2 alternatives x 5,000 effects x 50 costs (median of 7).

    Issue 17 measured 643 ms, 22x the 1,000-effect time for 10x the items.
    """
    return _validate_ms(5000, 7)


def validate_scaling() -> float:
    """The 10,000-effect time divided by the 1,000-effect time: 10 when linear."""
    return _validate_ms(5000, 7) / _validate_ms(500, 21)


BENCHMARKS = {
    "validate_10k_effects_ms": validate_10k_effects_ms,
    "validate_scaling": validate_scaling,
}
