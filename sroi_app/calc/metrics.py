"""Metrics of an incremental flow: IRR and discounted payback (contract section 6)."""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from sroi_app.calc.irr import irr_result

FloatArray = NDArray[np.float64]


def ratio(numerator: float, pv_costs: float) -> float | None:
    """A ratio over PV costs; undefined (None) when ``pv_costs <= 0``."""
    return numerator / pv_costs if pv_costs > 0 else None


def irr(net: FloatArray) -> float | None:
    """The IRR of the net flows as the contract defines it (``sroi_app.calc.irr``)."""
    return irr_result(net).value


def payback_years(discounted_net: FloatArray) -> float | None:
    """Discounted payback with linear interpolation in the year of the last crossing.

    ``k`` is the last year with a negative cumulative value: none gives 0,
    ``k = horizon`` gives None (not paid back), otherwise
    ``k + (-cum_k) / (cum_(k+1) - cum_k)``.
    """
    cumulative = np.cumsum(discounted_net)
    negative = np.flatnonzero(cumulative < 0)
    if negative.size == 0:
        return 0.0
    k = int(negative[-1])
    if k == cumulative.size - 1:
        return None
    return k + float(-cumulative[k]) / float(cumulative[k + 1] - cumulative[k])
