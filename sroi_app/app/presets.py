"""Discount-rate presets the app offers, each with its source (contract section 2).

The sensitivity work may move these to ``sroi_app.domain.presets``; until
then the app keeps them here. A preset's ``rate`` is either one number or a
step schedule ``((from_year, rate), ...)``, the two forms a scenario allows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sroi_app.domain.models import RateStep, Scenario

Schedule = tuple[tuple[int, float], ...]


@dataclass(frozen=True)
class DiscountPreset:
    """A named discount rate with the document that sets it."""

    key: str
    rate: float | Schedule
    label_nl: str
    label_en: str
    source_nl: str
    source_en: str

    def label(self, lang: str) -> str:
        return self.label_nl if lang == "nl" else self.label_en

    def source(self, lang: str) -> str:
        return self.source_nl if lang == "nl" else self.source_en

    def to_data(self) -> float | list[dict[str, Any]]:
        """The value of ``settings.discount_rate`` in a scenario file."""
        if isinstance(self.rate, float):
            return self.rate
        return [{"from_year": start, "rate": rate} for start, rate in self.rate]


DISCOUNT_PRESETS: tuple[DiscountPreset, ...] = (
    DiscountPreset(
        "nl_2020",
        0.0225,
        "NL standaard 2,25%",
        "NL standard 2.25%",
        "Rapport Werkgroep discontovoet 2020 (van kracht sinds 2021)",
        "Report of the Werkgroep discontovoet 2020 (in force since 2021)",
    ),
    DiscountPreset(
        "nl_2015",
        0.03,
        "NL 2015: 3%",
        "NL 2015: 3%",
        "Rapport Werkgroep discontovoet 2015 (van kracht 2015-2020)",
        "Report of the Werkgroep discontovoet 2015 (in force 2015-2020)",
    ),
    DiscountPreset(
        "green_book",
        0.035,
        "SROI / Green Book 3,5%",
        "SROI / Green Book 3.5%",
        "HM Treasury, The Green Book; A Guide to Social Return on Investment (Social Value UK)",
        "HM Treasury, The Green Book; A Guide to Social Return on Investment (Social Value UK)",
    ),
    DiscountPreset(
        "green_book_declining",
        ((0, 0.035), (31, 0.03), (76, 0.025), (126, 0.02), (201, 0.015), (301, 0.01)),
        "Green Book aflopend (3,5% → 1%)",
        "Green Book declining (3.5% → 1%)",
        "HM Treasury, The Green Book: aflopende voet voor de lange termijn (3,5% jaar 0-30,"
        " 3% 31-75, 2,5% 76-125, 2% 126-200, 1,5% 201-300, 1% daarna)",
        "HM Treasury, The Green Book: declining long-term rate (3.5% years 0-30, 3% 31-75,"
        " 2.5% 76-125, 2% 126-200, 1.5% 201-300, 1% after)",
    ),
)


def _as_schedule(rate: float | Sequence[RateStep]) -> float | Schedule:
    if isinstance(rate, int | float):
        return float(rate)
    return tuple((s.from_year, s.rate) for s in rate)


def matching_preset(scenario: Scenario) -> DiscountPreset | None:
    """The preset whose rate the scenario uses, or ``None`` for a custom rate."""
    rate = _as_schedule(scenario.settings.discount_rate)
    for preset in DISCOUNT_PRESETS:
        if preset.rate == rate:
            return preset
    return None


def preset_by_key(key: str) -> DiscountPreset:
    for preset in DISCOUNT_PRESETS:
        if preset.key == key:
            return preset
    raise KeyError(key)
