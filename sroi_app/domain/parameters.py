"""Uncertain parameters named by their JSON path (contract section 9), and their names.

A parameter is one number of a cost, an effect or the settings that carries
a range in its item's ``uncertainty`` object, named by its path in the file:
``alternatives[1].effects[0].proxy.value``, ``alternatives[1].costs[0].amount``,
``settings.discount_rate``. This module builds and reads those paths, says
how the simulation keeps a drawn value meaningful (fractions clipped, years
whole) and names a parameter for people in Dutch or English.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from sroi_app.domain.corrections import fraction_fields
from sroi_app.domain.formatting import Lang, format_money, format_number, format_percent
from sroi_app.domain.labels import field_name, phrase
from sroi_app.domain.models import COST_PARAMETERS, EFFECT_PARAMETERS, Scenario

ItemKind = Literal["cost", "effect", "settings"]

DISCOUNT_RATE_PATH = "settings.discount_rate"

#: Fields clipped to [0, 1] in the simulation (contract sections 4 and 9): the
#: fraction corrections of ``domain.corrections``.
UNIT_FRACTIONS = frozenset(fraction_fields())
#: Fields kept at 0 or more: optimism bias is a fraction of the cost but the
#: Green Book's bounds reach 200% (equipment), so it is not capped at 1.
NON_NEGATIVE = frozenset({"optimism_bias"})
#: Whole-year fields: rounded to whole years and kept at 0 or more.
WHOLE_YEARS = frozenset({"first_year", "duration_years"})

#: Largest magnitude of a ranged amount, quantity or proxy value: a quadrillion.
#: Beyond it a simulation's sums can overflow, and no appraisal needs it.
MAX_RANGED_MAGNITUDE = 1e15
#: Most whole years a ranged year field may take (as ``models.MAX_YEARS``).
_MAX_YEARS = 10_000


def range_limit(field: str, value: float) -> str | None:
    """Why ``value`` cannot be an end of a range on ``field`` (``None``: it can).

    The simulation clips fractions to [0, 1], keeps an optimism bias at 0 or
    more and rounds years (contract section 9), so a range may reach past
    those limits; what it may not do is leave the numbers the arithmetic can
    hold: years beyond +-10,000, a discount rate of -100% or less (or above
    100%), or any other end beyond a quadrillion (10^15) in size.
    """
    if field in WHOLE_YEARS and not -_MAX_YEARS <= value <= _MAX_YEARS:
        return f"must be between -{_MAX_YEARS} and {_MAX_YEARS} years"
    if field == "discount_rate" and not -1.0 < value <= 1.0:
        return "must be greater than -1 (-100%) and at most 1 (100%)"
    if abs(value) > MAX_RANGED_MAGNITUDE:
        return "must be at most 10^15 in size"
    return None


_PATH = re.compile(
    r"^alternatives\[(?P<alt>\d+)\]\.(?P<kind>costs|effects)\[(?P<item>\d+)\]\.(?P<field>[a-z_.]+)$"
)


@dataclass(frozen=True)
class ParameterPath:
    """The parts of a parameter path."""

    kind: ItemKind
    field: str
    alternative: int | None = None
    item: int | None = None

    def __str__(self) -> str:
        if self.kind == "settings":
            return f"settings.{self.field}"
        return f"alternatives[{self.alternative}].{self.kind}s[{self.item}].{self.field}"


def parameter_path(
    kind: ItemKind, field: str, alternative: int | None = None, item: int | None = None
) -> str:
    """``alternatives[a].costs[i].amount`` / ``...effects[i].proxy.value`` / ``settings.x``."""
    return str(ParameterPath(kind, field, alternative, item))


def parse_parameter_path(path: str) -> ParameterPath:
    """The parts of a path; ``ValueError`` when it names no parameter that can carry a range."""
    if path == DISCOUNT_RATE_PATH:
        return ParameterPath("settings", "discount_rate")
    match = _PATH.match(path)
    if match is None:
        raise ValueError(f"not a parameter path: {path!r}")
    kind: ItemKind = "cost" if match["kind"] == "costs" else "effect"
    if match["field"] not in (COST_PARAMETERS if kind == "cost" else EFFECT_PARAMETERS):
        raise ValueError(f"not a parameter path: {path!r} (this field cannot carry a range)")
    return ParameterPath(kind, match["field"], int(match["alt"]), int(match["item"]))


def field_label(field: str, lang: Lang = "nl") -> str:
    """A field's name inside a phrase (``bedrag``), from its one name in ``domain.labels``."""
    return phrase(field_name(field, lang))


def parameter_label(
    scenario: Scenario, path: str, lang: Lang = "nl", within: str | None = None
) -> str:
    """``Groen schoolplein / Aanleg: bedrag`` or ``discontovoet`` for people.

    With ``within`` (an alternative id), the alternative's name is left out
    for that alternative's own parameters: ``Aanleg: bedrag``.
    """
    parts = parse_parameter_path(path)
    if parts.kind == "settings":
        return field_label(parts.field, lang)
    assert parts.alternative is not None and parts.item is not None
    alternative = scenario.alternatives[parts.alternative]
    items = alternative.costs if parts.kind == "cost" else alternative.effects
    item = items[parts.item]
    text = f"{item.name or item.id}: {field_label(parts.field, lang)}"
    if alternative.id == within:
        return text
    return f"{alternative.name or alternative.id} / {text}"


def format_parameter_value(field: str, value: float | None, lang: Lang = "nl") -> str:
    """A parameter's value in its own unit: money, a percentage, years or a number."""
    if value is None:
        return format_number(None)
    if field in ("amount", "proxy.value"):
        return format_money(value, lang, 2 if abs(value) < 100 else 0)
    if field in UNIT_FRACTIONS or field in NON_NEGATIVE or field == "discount_rate":
        return format_percent(value, lang, 2)
    if field in WHOLE_YEARS:
        return format_number(value, 0 if float(value).is_integer() else 2, lang)
    whole = float(value).is_integer() or abs(value) >= 100
    return format_number(value, 0 if whole else 2, lang)


#: Items whose amount or count cannot be negative (a proxy value can: a disbenefit).
_NOT_NEGATIVE = frozenset({"quantity", "amount"})
NO_PLAUSIBLE_VALUE = (
    "geen plausibele waarde maakt de NCW nul",
    "no plausible value breaks even",
)


def plausible(field: str, value: float, horizon: int) -> bool:
    """Whether a switching value is one the parameter can really take (issue 11, item 3):
    a fraction within 0-100%, no negative quantity, amount or optimism bias, a year
    within the horizon, a rate above -100%."""
    if field in UNIT_FRACTIONS:
        return 0.0 <= value <= 1.0
    if field in NON_NEGATIVE or field in _NOT_NEGATIVE:
        return value >= 0.0
    if field in WHOLE_YEARS:
        return 0.0 <= value <= horizon
    if field == "discount_rate":
        return -1.0 < value <= 1.0
    return True


def switching_value_text(
    field: str, value: float | None, lang: Lang, horizon: int, none: str = "\u2013"
) -> str:
    """A switching value in words where no plausible value breaks even; the number kept."""
    if value is None:
        return none
    number = format_parameter_value(field, value, lang)
    if plausible(field, value, horizon):
        return number
    words = NO_PLAUSIBLE_VALUE[0 if lang == "nl" else 1]
    return f"{words} ({number})"
