"""Frozen result objects: what the engine hands to the CLI, exports and views."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

FloatArray = NDArray[np.float64]


def frozen_array(values: object) -> FloatArray:
    """A read-only float copy, so that no view can change a result by accident."""
    array = np.array(values, dtype=float)
    array.setflags(write=False)
    return array


class ValuesById(Mapping[str, float]):
    """A read-only ``{id: value}`` over ids and an array of their values.

    The dictionary of Python floats is made when the mapping is first read:
    a large scenario's 19 variants x 500 effects took 2 ms of every compute
    to put into dictionaries (issue 17), which most views never read whole.
    """

    __slots__ = ("_ids", "_read", "_values")

    def __init__(self, ids: tuple[str, ...], values: FloatArray) -> None:
        self._ids = ids
        self._values = values
        self._read: dict[str, float] | None = None

    def _dict(self) -> dict[str, float]:
        if self._read is None:
            # ``tolist`` gives the same Python floats as ``float()`` per item, in one call.
            self._read = dict(zip(self._ids, self._values.tolist(), strict=True))
        return self._read

    def __getitem__(self, key: str) -> float:
        return self._dict()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._dict())

    def __len__(self) -> int:
        return len(self._dict())

    def __repr__(self) -> str:
        return f"ValuesById({self._dict()!r})"


@dataclass(frozen=True)
class StakeholderResult:
    """Incremental present values paid and received by one stakeholder."""

    pv_costs: float
    pv_benefits: float

    @property
    def npv(self) -> float:
        return self.pv_benefits - self.pv_costs


@dataclass(frozen=True)
class AlternativeFlows:
    """The undiscounted yearly flows of one alternative on its own (not incremental)."""

    alternative_id: str
    cost_ids: tuple[str, ...]
    cost_payers: tuple[str, ...]
    cost_matrix: FloatArray  # (n_costs, years)
    effect_ids: tuple[str, ...]
    effect_beneficiaries: tuple[str, ...]
    effect_matrix: FloatArray  # (n_effects, years)
    costs_by_stakeholder: FloatArray  # (n_stakeholders, years)
    benefits_by_stakeholder: FloatArray  # (n_stakeholders, years)

    @property
    def costs(self) -> FloatArray:
        return frozen_array(self.cost_matrix.sum(axis=0))

    @property
    def benefits(self) -> FloatArray:
        return frozen_array(self.effect_matrix.sum(axis=0))


@dataclass(frozen=True)
class AlternativeResult:
    """The metrics of one non-reference alternative against the reference."""

    alternative_id: str
    name: str
    pv_costs: float
    pv_benefits: float
    npv: float
    sroi_ratio: float | None
    net_sroi_ratio: float | None
    irr: float | None
    payback_years: float | None
    by_stakeholder: Mapping[str, StakeholderResult]
    by_effect: Mapping[str, float]
    costs: FloatArray  # dC_t
    benefits: FloatArray  # dB_t
    discount_factor: FloatArray
    #: Every IRR of the net flows (ascending); ``irr`` is the one closest to zero.
    irr_rates: tuple[float, ...] = ()

    @property
    def several_irrs(self) -> bool:
        """More than one rate makes the NPV zero: every view that shows ``irr`` says so."""
        return len(self.irr_rates) > 1

    @property
    def net(self) -> FloatArray:
        """Undiscounted incremental net flow ``dB_t - dC_t``."""
        return frozen_array(self.benefits - self.costs)

    @property
    def discounted_costs(self) -> FloatArray:
        return frozen_array(self.discount_factor * self.costs)

    @property
    def discounted_benefits(self) -> FloatArray:
        return frozen_array(self.discount_factor * self.benefits)

    @property
    def cumulative_npv(self) -> FloatArray:
        """``cum_t``: the running sum of discounted net flows (the payback curve)."""
        return frozen_array(np.cumsum(self.discount_factor * (self.benefits - self.costs)))


@dataclass(frozen=True)
class ScenarioResult:
    """Everything the engine computed for one scenario."""

    scenario_name: str
    price_year: int
    start_year: int
    horizon_years: int
    reference_id: str | None
    years: NDArray[np.int64]
    discount_factor: FloatArray
    results: tuple[AlternativeResult, ...]
    flows: Mapping[str, AlternativeFlows]
    stakeholder_ids: tuple[str, ...]

    @property
    def calendar_years(self) -> NDArray[np.int64]:
        return self.years + self.start_year

    def result(self, alternative_id: str) -> AlternativeResult:
        for r in self.results:
            if r.alternative_id == alternative_id:
                return r
        raise KeyError(alternative_id)
