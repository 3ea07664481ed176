"""Preset values with their sources: discount rates and Green Book optimism bias.

Data only, so that the app, the command line, the charts and the docs show the
same figures with the same source. Labels are Dutch and English; the sources
are cited as published (not translated).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sroi_app.domain.formatting import Lang
from sroi_app.domain.models import Range, RateStep, Scenario


@dataclass(frozen=True)
class DiscountPreset:
    """A discount rate (a number or a step schedule) that the app offers by name."""

    id: str
    label_nl: str
    label_en: str
    rate: float | tuple[RateStep, ...]
    source_nl: str
    source_en: str

    def label(self, lang: Lang = "nl") -> str:
        return self.label_nl if lang == "nl" else self.label_en

    def source(self, lang: Lang = "nl") -> str:
        """The document that sets this rate, in the reader's language."""
        return self.source_nl if lang == "nl" else self.source_en

    @property
    def is_schedule(self) -> bool:
        return not isinstance(self.rate, float)

    @property
    def initial_rate(self) -> float:
        """The rate in force in year 1 (where a chart over constant rates marks a schedule)."""
        return self.rate if isinstance(self.rate, float) else self.rate[0].rate

    def to_data(self) -> float | list[dict[str, Any]]:
        """The value of ``settings.discount_rate`` in a scenario file."""
        if isinstance(self.rate, float):
            return self.rate
        return [{"from_year": s.from_year, "rate": s.rate} for s in self.rate]


GREEN_BOOK_DECLINING: tuple[RateStep, ...] = (
    RateStep(from_year=0, rate=0.035),
    RateStep(from_year=31, rate=0.03),
    RateStep(from_year=76, rate=0.025),
    RateStep(from_year=126, rate=0.02),
    RateStep(from_year=201, rate=0.015),
    RateStep(from_year=301, rate=0.01),
)

#: Contract section 2: the presets the app must offer, each with its source.
DISCOUNT_PRESETS: tuple[DiscountPreset, ...] = (
    DiscountPreset(
        "nl_2020",
        "NL standaard 2,25%",
        "NL standard 2.25%",
        0.0225,
        "Werkgroep discontovoet 2020 (van kracht voor MKBA's sinds 1 januari 2021)",
        "Werkgroep discontovoet 2020 (in force for MKBAs from 1 January 2021)",
    ),
    DiscountPreset(
        "nl_2015",
        "NL 2015: 3%",
        "NL 2015: 3%",
        0.03,
        "Werkgroep discontovoet 2015 (van kracht 2016-2020)",
        "Werkgroep discontovoet 2015 (in force 2016-2020)",
    ),
    DiscountPreset(
        "green_book",
        "SROI / Green Book 3,5%",
        "SROI / Green Book 3.5%",
        0.035,
        "HM Treasury, The Green Book; gebruikt in de voorbeelden van de SROI-gids",
        "HM Treasury, The Green Book; used in the SROI guide's examples",
    ),
    DiscountPreset(
        "green_book_declining",
        "Green Book dalend (3,5% tot 1%)",
        "Green Book declining (3.5% to 1%)",
        GREEN_BOOK_DECLINING,
        "HM Treasury, The Green Book: 3,5% jaar 0-30, 3,0% 31-75, 2,5% 76-125,"
        " 2,0% 126-200, 1,5% 201-300, 1,0% daarna",
        "HM Treasury, The Green Book: 3.5% years 0-30, 3.0% 31-75, 2.5% 76-125,"
        " 2.0% 126-200, 1.5% 201-300, 1.0% after",
    ),
)


def matching_preset(scenario: Scenario) -> DiscountPreset | None:
    """The preset whose rate the scenario uses, or ``None`` for a custom rate."""
    rate = scenario.settings.discount_rate
    for preset in DISCOUNT_PRESETS:
        if isinstance(rate, float) and isinstance(preset.rate, float):
            if rate == preset.rate:
                return preset
        elif (
            isinstance(rate, list) and isinstance(preset.rate, tuple) and tuple(rate) == preset.rate
        ):
            return preset
    return None


@dataclass(frozen=True)
class OptimismBiasPreset:
    """Green Book optimism-bias bounds for the capital costs of one kind of project.

    The Green Book's method: start at the upper bound and lower the uplift
    only as far as risks are shown to be managed, never below the lower bound.
    """

    id: str
    label_nl: str
    label_en: str
    lower: float
    upper: float

    def label(self, lang: Lang = "nl") -> str:
        return self.label_nl if lang == "nl" else self.label_en

    @property
    def central(self) -> float:
        """The uplift to enter before any mitigation: the upper bound."""
        return self.upper

    def range(self) -> Range:
        """The uncertainty range from the lower to the upper bound (triangular, mode at upper)."""
        return Range(low=self.lower, high=self.upper, distribution="triangular")


#: Green Book optimism-bias bounds for capital expenditure, as fractions.
OPTIMISM_BIAS_PRESETS: tuple[OptimismBiasPreset, ...] = (
    OptimismBiasPreset("standard_buildings", "Standaardgebouwen", "Standard buildings", 0.02, 0.24),
    OptimismBiasPreset(
        "non_standard_buildings", "Niet-standaardgebouwen", "Non-standard buildings", 0.04, 0.51
    ),
    OptimismBiasPreset(
        "standard_civil_engineering",
        "Standaard civiele werken (GWW)",
        "Standard civil engineering",
        0.03,
        0.44,
    ),
    OptimismBiasPreset(
        "non_standard_civil_engineering",
        "Niet-standaard civiele werken (GWW)",
        "Non-standard civil engineering",
        0.06,
        0.66,
    ),
    OptimismBiasPreset(
        "equipment_development",
        "Apparatuur en ontwikkeling",
        "Equipment and development",
        0.10,
        2.00,
    ),
)


def optimism_bias_preset(preset_id: str) -> OptimismBiasPreset:
    for preset in OPTIMISM_BIAS_PRESETS:
        if preset.id == preset_id:
            return preset
    raise KeyError(preset_id)


def discount_preset(preset_id: str) -> DiscountPreset:
    for preset in DISCOUNT_PRESETS:
        if preset.id == preset_id:
            return preset
    raise KeyError(preset_id)
