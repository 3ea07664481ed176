"""The consumer price index table used to bring amounts to one price level.

Indexation follows the calculation contract: an amount priced in year ``p`` is
multiplied by ``CPI[price_year] / CPI[p]``. Years after the last published
year use the last published index (no indexation beyond the latest full
year); years before the first are refused by validation.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


class PriceYearError(ValueError):
    """A price year lies before the first year of the CPI table."""

    def __init__(self, year: int, first_year: int) -> None:
        self.year = year
        self.first_year = first_year
        super().__init__(f"no consumer price index for {year} (table starts in {first_year})")


@dataclass(frozen=True)
class CpiTable:
    """Annual CPI values by calendar year (any base)."""

    values: Mapping[int, float]
    source: str = ""

    def __post_init__(self) -> None:
        if not self.values:
            raise ValueError("a CPI table needs at least one year")
        if any(v <= 0 for v in self.values.values()):
            raise ValueError("CPI values must be positive")

    @property
    def first_year(self) -> int:
        return min(self.values)

    @property
    def last_year(self) -> int:
        return max(self.values)

    def covers(self, year: int) -> bool:
        """True when ``year`` can be indexed (it is not before the table)."""
        return year >= self.first_year

    def is_extrapolated(self, year: int) -> bool:
        """True when ``year`` lies after the last published year."""
        return year > self.last_year

    def index(self, year: int) -> float:
        if year < self.first_year:
            raise PriceYearError(year, self.first_year)
        if year > self.last_year:
            return self.values[self.last_year]
        if year not in self.values:
            raise PriceYearError(year, self.first_year)
        return self.values[year]

    def factor(self, from_year: int | None, to_year: int) -> float:
        """Multiplier that brings an amount priced in ``from_year`` to ``to_year`` prices."""
        if from_year is None or from_year == to_year:
            return 1.0
        return self.index(to_year) / self.index(from_year)
