"""Pydantic v2 models of scenario format v1 (see docs/methodology.md).

The models check each value on its own (types, ranges). Checks that need the
whole document (ids exist, ids unique, one reference) live in
``sroi_app.domain.validation``, which is the one way to build a ``Scenario``
from data. Unknown fields are kept (``extra="allow"``) so that a file written
by a newer tool round-trips without loss.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    Tag,
    model_validator,
)
from pydantic_core import PydanticCustomError

from sroi_app.domain.corrections import CORRECTIONS

AREA_TYPES = ("centrum", "woonwijk", "aandachtswijk", "herontwikkeling", "mobiliteitsknooppunt")
STAKEHOLDER_KINDS = (
    "gemeente",
    "provincie",
    "rijk",
    "woningcorporatie",
    "zorgverzekeraar",
    "ggd",
    "zorg_welzijn",
    "bewoners",
    "ondernemers",
    "overig",
)
DISTRIBUTIONS = ("triangular", "pert", "uniform", "normal")

#: Fields of a cost item that may carry a range (spec section 9).
COST_PARAMETERS = ("amount", "optimism_bias", "first_year")
#: Fields of an effect that may carry a range (spec section 9).
EFFECT_PARAMETERS = (
    "quantity",
    "proxy.value",
    *(c.field for c in CORRECTIONS if c.ranged),  # deadweight, ..., drop_off
    "duration_years",
    "first_year",
)


def _fraction(value: float) -> float:
    if not 0.0 <= value <= 1.0:
        raise PydanticCustomError("fraction", "must be between 0 and 1")
    return value


#: Year indexes and counts beyond this are typing errors, not appraisals (the
#: horizon itself is at most 1000 years); bounding them keeps the arithmetic exact.
MAX_YEARS = 10_000


def _at_most_max_years(value: int) -> int:
    if value > MAX_YEARS:
        raise PydanticCustomError("too_many_years", "must be at most 10000")
    return value


def _non_negative_int(value: int) -> int:
    if value < 0:
        raise PydanticCustomError("non_negative", "must be 0 or more")
    return _at_most_max_years(value)


def _positive_int(value: int) -> int:
    if value < 1:
        raise PydanticCustomError("positive", "must be 1 or more")
    return _at_most_max_years(value)


def _non_negative(value: float) -> float:
    if value < 0:
        raise PydanticCustomError("non_negative", "must be 0 or more")
    return value


def _rate(value: float) -> float:
    if value <= -1.0:
        raise PydanticCustomError("rate", "must be greater than -1 (-100%)")
    if value > 1.0:
        raise PydanticCustomError("rate", "must be at most 1 (100%): write 3.5% as 0.035")
    return value


def _identifier(value: str) -> str:
    if not value.strip():
        raise PydanticCustomError("id", "must not be empty")
    if len(value) > 64:
        raise PydanticCustomError("id", "must be at most 64 characters")
    return value


def _year(value: int) -> int:
    if not 1900 <= value <= 2300:
        raise PydanticCustomError("calendar_year", "must be a calendar year between 1900 and 2300")
    return value


def _horizon(value: int) -> int:
    if not 0 <= value <= 1000:
        raise PydanticCustomError("horizon", "must be between 0 and 1000 years")
    return value


Fraction = Annotated[float, AfterValidator(_fraction)]
YearIndex = Annotated[int, AfterValidator(_non_negative_int)]
Count = Annotated[int, AfterValidator(_positive_int)]
NonNegative = Annotated[float, AfterValidator(_non_negative)]
Rate = Annotated[float, AfterValidator(_rate)]
Identifier = Annotated[str, AfterValidator(_identifier)]
CalendarYear = Annotated[int, AfterValidator(_year)]
Horizon = Annotated[int, AfterValidator(_horizon)]


class Model(BaseModel):
    """Common configuration: strict JSON types, no NaN, immutable, extras kept."""

    model_config = ConfigDict(
        extra="allow",
        strict=True,
        frozen=True,
        allow_inf_nan=False,
        validate_default=False,
        # Each model's validator is built when it is first used, not on import: a file
        # needs the scenario's alone, and the command line starts about 0.01 s sooner (issue 17).
        defer_build=True,
    )


class Range(Model):
    """An uncertainty range: low, high and the distribution between them."""

    low: float
    high: float
    distribution: Literal["triangular", "pert", "uniform", "normal"] = "triangular"

    @model_validator(mode="after")
    def _ordered(self) -> Range:
        if self.low > self.high:
            raise PydanticCustomError("range_order", "low must not be above high")
        return self


class RateStep(Model):
    """One step of a declining discount-rate schedule."""

    from_year: YearIndex
    rate: Rate


def _rate_kind(value: Any) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, list):
        return "schedule"
    if isinstance(value, tuple) and all(isinstance(v, RateStep) for v in value):
        return "schedule"
    return None


DiscountRate = Annotated[
    Annotated[Rate, Tag("number")] | Annotated[list[RateStep], Tag("schedule")],
    Discriminator(
        _rate_kind,
        custom_error_type="discount_rate",
        custom_error_message="must be a number or a list of {from_year, rate} steps",
    ),
]


class Settings(Model):
    """Time frame, price level and discounting of a scenario."""

    start_year: CalendarYear
    price_year: CalendarYear | None = None
    horizon_years: Horizon
    discount_rate: DiscountRate
    discount_rate_label: str = ""
    uncertainty: dict[str, Range] = Field(default_factory=dict)

    @property
    def effective_price_year(self) -> int:
        """The price level of all amounts: ``price_year``, else the start year."""
        return self.start_year if self.price_year is None else self.price_year


class Stakeholder(Model):
    """A party that pays costs or receives effects."""

    id: Identifier
    name: str = ""
    kind: str | None = None
    description: str = ""


class Actual(Model):
    """What was really spent on a cost item in one calendar year (contract section 11)."""

    year: CalendarYear
    amount: float
    price_year: CalendarYear | None = None
    note: str = ""


class CostItem(Model):
    """An input or investment: ``amount`` per occurrence, paid by ``payer``."""

    id: Identifier
    name: str = ""
    payer: Identifier
    amount: float
    first_year: YearIndex = 0
    last_year: YearIndex | None = None
    every_years: Count = 1
    price_year: CalendarYear | None = None
    optimism_bias: NonNegative = 0.0
    category: str = ""
    note: str = ""
    uncertainty: dict[str, Range] = Field(default_factory=dict)
    actuals: list[Actual] = Field(default_factory=list)

    @property
    def effective_last_year(self) -> int:
        return self.first_year if self.last_year is None else self.last_year


class Proxy(Model):
    """The financial proxy that monetises one unit of an outcome for one year."""

    name: str = ""
    value: float
    source: str = ""
    price_year: CalendarYear | None = None
    library_id: str | None = None


class DerivationInput(Model):
    """One named input of a derived quantity, with its unit and source."""

    name: Identifier
    value: float
    unit: str = ""
    label: str = ""
    source: str = ""
    low: float | None = None
    high: float | None = None


class Derivation(Model):
    """How a quantity was derived: a formula over named inputs (kept, shown, exported).

    The formula uses the inputs' ``name``s, numbers, ``+ - * /``, parentheses,
    ``min`` and ``max`` (``sroi_app.domain.derivation``). The effect's
    ``quantity`` is expected to equal the formula's value; a difference is
    reported as a warning (``derivation_mismatch``), not refused, so a user
    may overrule a derivation knowingly.
    """

    formula: str
    inputs: list[DerivationInput] = Field(default_factory=list)
    note: str = ""

    def values(self) -> dict[str, float]:
        return {i.name: i.value for i in self.inputs}


class Measurement(Model):
    """The measured outcome quantity of an effect in one calendar year (contract section 11).

    In the unit of the effect's ``quantity``, before any correction.
    """

    year: CalendarYear
    quantity: float
    source: str = ""
    note: str = ""


class Effect(Model):
    """An outcome on the chain intervention -> output -> outcome -> impact."""

    id: Identifier
    name: str = ""
    chain: list[str] = Field(default_factory=list)
    indicator: str = ""
    beneficiary: Identifier
    quantity: float
    unit: str = ""
    proxy: Proxy
    first_year: YearIndex = 1
    duration_years: YearIndex = 1
    deadweight: Fraction = 0.0
    displacement: Fraction = 0.0
    attribution: Fraction = 0.0
    drop_off: Fraction = 0.0
    ramp_up_years: YearIndex = 0
    source: str = ""
    note: str = ""
    uncertainty: dict[str, Range] = Field(default_factory=dict)
    quantity_derivation: Derivation | None = None
    measurements: list[Measurement] = Field(default_factory=list)


class Alternative(Model):
    """The nulalternatief (``reference``) or a variant."""

    id: Identifier
    name: str = ""
    description: str = ""
    reference: bool = False
    costs: list[CostItem] = Field(default_factory=list)
    effects: list[Effect] = Field(default_factory=list)


class PmItem(Model):
    """A PM post: an effect that is named but not valued in money."""

    id: str | None = None
    name: str
    stakeholder: Identifier | None = None
    sign: Literal["+", "-", "?"] = "?"
    #: How large, as Dutch MKBA tables show a PM post: -- - 0 + ++ or ? (issue 11).
    magnitude: Literal["--", "-", "0", "+", "++", "?"] | None = None
    note: str = ""
    alternative: Identifier | None = None

    @property
    def mark(self) -> str:
        """What a table shows after "PM": the magnitude where given, else the sign."""
        return self.magnitude if self.magnitude is not None else self.sign


class Scenario(Model):
    """The whole document: the one source of truth for every view and export."""

    schema_version: Literal[1] = 1
    name: str
    description: str = ""
    area_type: (
        Literal["centrum", "woonwijk", "aandachtswijk", "herontwikkeling", "mobiliteitsknooppunt"]
        | None
    ) = None
    municipality: str = ""
    settings: Settings
    stakeholders: list[Stakeholder] = Field(default_factory=list)
    alternatives: Annotated[list[Alternative], Field(min_length=1)]
    pm_items: list[PmItem] = Field(default_factory=list)

    @property
    def reference(self) -> Alternative | None:
        """The nulalternatief, or ``None`` when the file has none."""
        return next((a for a in self.alternatives if a.reference), None)

    @property
    def variants(self) -> list[Alternative]:
        """The non-reference alternatives in file order (the ones with results)."""
        return [a for a in self.alternatives if not a.reference]

    def stakeholder_name(self, stakeholder_id: str) -> str:
        for s in self.stakeholders:
            if s.id == stakeholder_id:
                return s.name or s.id
        return stakeholder_id
