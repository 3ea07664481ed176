"""Area-type presets and target groups that pre-fill populations and shares.

The five area types of the Dutch health-and-space programmes (centrum,
woonwijk, aandachtswijk, herontwikkeling, mobiliteitsknooppunt) each carry a
typical catchment population and population shares; the four target groups
(young, old, reduced mobility, low socio-economic status) carry national
shares with their sources. Every number says whether it was checked in a
published copy; most area figures are typical orders of magnitude meant to be
replaced by the CBS Kerncijfers wijken en buurten of the actual area.

(Discount-rate presets live elsewhere: ``sroi_app.domain.presets``.)
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from sroi_app.domain.evidence import entry_by_id
from sroi_app.domain.models import AREA_TYPES

Lang = Literal["nl", "en"]
TARGET_GROUPS = ("young", "old", "reduced_mobility", "low_ses")
#: Shares an area preset gives besides the target groups (age bands the templates use).
AGE_BANDS = ("adults_20_74", "adults_20_64", "children_4_12", "severely_lonely")


class _Data(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class PresetValue(_Data):
    """A number with its range, unit, source and verification status."""

    value: float
    low: float | None = None
    high: float | None = None
    unit_nl: str = ""
    unit_en: str = ""
    source: str = Field(min_length=5)
    #: ``illustration``: a typical order of magnitude, not a measurement of any
    #: place (the area types' populations); the user replaces it with CBS figures.
    verification: Literal["checked", "derived", "unverified", "illustration"]
    note: str = ""

    @model_validator(mode="after")
    def _ordered(self) -> PresetValue:
        if (
            self.low is not None
            and self.high is not None
            and not self.low <= self.value <= self.high
        ):
            raise PydanticCustomError("range_central", "low <= value <= high fails", {})
        return self


class TargetGroup(_Data):
    id: Literal["young", "old", "reduced_mobility", "low_ses"]
    name_nl: str
    name_en: str
    definition_nl: str
    definition_en: str
    share: PresetValue
    notes: str = ""

    def name(self, lang: Lang) -> str:
        return self.name_nl if lang == "nl" else self.name_en


class AreaPreset(_Data):
    id: str
    name_nl: str
    name_en: str
    description_nl: str
    description_en: str
    population: PresetValue
    persons_per_home: PresetValue
    #: Shares of the population, keyed by target group or age band; missing
    #: keys fall back to the target group's national share.
    shares: dict[str, PresetValue] = Field(strict=False)

    @model_validator(mode="after")
    def _known(self) -> AreaPreset:
        if self.id not in AREA_TYPES:
            raise PydanticCustomError("area_type", "unknown area type {id}", {"id": self.id})
        unknown = set(self.shares) - set(TARGET_GROUPS) - set(AGE_BANDS)
        if unknown:
            raise PydanticCustomError("share", "unknown share keys {k}", {"k": sorted(unknown)})
        return self

    def name(self, lang: Lang) -> str:
        return self.name_nl if lang == "nl" else self.name_en


class PresetBook(_Data):
    """All area types and target groups (``resources/area_presets.json``)."""

    schema_version: Literal[1] = 1
    area_types: tuple[AreaPreset, ...] = Field(strict=False)
    target_groups: tuple[TargetGroup, ...] = Field(strict=False)

    @model_validator(mode="after")
    def _complete(self) -> PresetBook:
        if sorted(a.id for a in self.area_types) != sorted(AREA_TYPES):
            raise PydanticCustomError("area_types", "every area type needs exactly one preset", {})
        if sorted(g.id for g in self.target_groups) != sorted(TARGET_GROUPS):
            raise PydanticCustomError(
                "target_groups", "every target group needs exactly one entry", {}
            )
        return self

    def area(self, area_id: str) -> AreaPreset:
        return entry_by_id(self.area_types, area_id, "area type", "")

    def group(self, group_id: str) -> TargetGroup:
        return entry_by_id(self.target_groups, group_id, "target group", "")

    def share(self, area_id: str, key: str) -> PresetValue:
        """The share of ``key`` (target group or age band) in this area type."""
        area = self.area(area_id)
        if key in area.shares:
            return area.shares[key]
        if key in TARGET_GROUPS:
            return self.group(key).share
        raise KeyError(f"area type '{area_id}' has no share '{key}'")

    def population(self, area_id: str, key: str | None = None) -> tuple[float, dict[str, object]]:
        """Typical number of people (of a group or age band) in the area, with its derivation.

        Returns the value and a ``Derivation``-shaped dict (formula and named
        inputs with sources) that can be stored with an effect's quantity.
        """
        area = self.area(area_id)
        pop = area.population
        inputs: list[dict[str, object]] = [
            {
                "name": "population",
                "value": pop.value,
                "unit": pop.unit_nl,
                "label": f"inwoners, gebiedstype {area.name_nl}",
                "source": pop.source,
            }
        ]
        if key is None:
            return pop.value, {"formula": "population", "inputs": inputs}
        share = self.share(area_id, key)
        inputs.append(
            {
                "name": "share",
                "value": share.value,
                "unit": share.unit_nl,
                "label": f"aandeel {key}",
                "source": share.source,
            }
        )
        return pop.value * share.value, {"formula": "population * share", "inputs": inputs}
