"""Sliders over a scenario's parameters: which values a slider runs over, in which steps.

A parameter is keyed by what it belongs to (alternative id, item id, field),
not by its index path, so a key survives an alternative inserted before it.

A slider (``Knob``) runs over the parameter's range in its item's
``uncertainty`` (contract section 9), cut to the values the field accepts.
A parameter without a range gets a default span, which the workshop view
names: +/-50% for amounts, quantities and proxy values; 0-100% for
deadweight, displacement, attribution and drop-off; 0-100% (or up to the
value when higher) for optimism bias; 1 year to twice the duration; two
years either way for a first year; 0% to twice the rate (at least 4%) for
the discount rate. A value without any span (a quantity of 0 without a
range) gets no slider. The slider moves in round steps (1, 2, 2.5 or 5
times a power of ten, about 1/100 of the span; at least 0.1 percentage
point for percentages; whole years for year fields) counted from the
document's value, so the document's value is always exactly on the slider
and its ends are exactly the span's ends.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from sroi_app.domain.formatting import Lang, format_money, format_number, format_years
from sroi_app.domain.models import (
    COST_PARAMETERS,
    EFFECT_PARAMETERS,
    MAX_YEARS,
    CostItem,
    Effect,
    Range,
    Scenario,
)
from sroi_app.domain.parameters import (
    DISCOUNT_RATE_PATH,
    NON_NEGATIVE,
    UNIT_FRACTIONS,
    WHOLE_YEARS,
    ItemKind,
    parameter_label,
    parameter_path,
    parse_parameter_path,
)

#: About this many steps from one end of a slider to the other.
TARGET_STEPS = 100
#: Percentages move by at least 0.1 percentage point a step.
MIN_PERCENT_STEP = 0.001
RELATIVE_SPAN = 0.5
DEFAULT_PICKS = 4

#: Where a slider's span comes from: the document's range, or which default.
SpanKind = Literal["range", "relative", "fraction", "uplift", "duration", "first_year", "rate"]


@dataclass(frozen=True, order=True)
class Key:
    """A parameter by what it belongs to; ``settings`` keys have no alternative or item."""

    kind: ItemKind
    field: str
    alternative_id: str = ""
    item_id: str = ""


RATE_KEY = Key("settings", "discount_rate")


def _alternative_index(scenario: Scenario, alternative_id: str) -> int | None:
    for i, alternative in enumerate(scenario.alternatives):
        if alternative.id == alternative_id:
            return i
    return None


def path_of(scenario: Scenario, key: Key) -> str | None:
    """The parameter path of ``key`` in ``scenario``; None when its item is gone."""
    if key.kind == "settings":
        rate = scenario.settings.discount_rate
        return DISCOUNT_RATE_PATH if isinstance(rate, int | float) else None
    found = _find(scenario, key)
    return None if found is None else parameter_path(key.kind, key.field, found[0], found[1])


def key_of(scenario: Scenario, path: str) -> Key:
    """The key of a parameter path (``ValueError`` for a path that names none)."""
    parts = parse_parameter_path(path)
    if parts.kind == "settings":
        return Key("settings", parts.field)
    assert parts.alternative is not None and parts.item is not None
    alternative = scenario.alternatives[parts.alternative]
    items: Sequence[CostItem | Effect] = (
        alternative.costs if parts.kind == "cost" else alternative.effects
    )
    return Key(parts.kind, parts.field, alternative.id, items[parts.item].id)


def _find(scenario: Scenario, key: Key) -> tuple[int, int, CostItem | Effect] | None:
    """The alternative's index, the item's index and the item that ``key`` names, or None."""
    a = _alternative_index(scenario, key.alternative_id)
    if a is None:
        return None
    alternative = scenario.alternatives[a]
    items: Sequence[CostItem | Effect] = (
        alternative.costs if key.kind == "cost" else alternative.effects
    )
    return next(((a, i, item) for i, item in enumerate(items) if item.id == key.item_id), None)


def _item(scenario: Scenario, key: Key) -> CostItem | Effect | None:
    found = _find(scenario, key)
    return None if found is None else found[2]


def document_value(scenario: Scenario, key: Key) -> float:
    """The parameter's value in the scenario (``KeyError`` when it is not there)."""
    if key.kind == "settings":
        rate = scenario.settings.discount_rate
        if not isinstance(rate, float | int):
            raise KeyError(key)
        return float(rate)
    item = _item(scenario, key)
    if item is None:
        raise KeyError(key)
    if key.field == "proxy.value":
        assert isinstance(item, Effect)
        return float(item.proxy.value)
    return float(getattr(item, key.field))


def _range(scenario: Scenario, key: Key) -> Range | None:
    if key.kind == "settings":
        return scenario.settings.uncertainty.get(key.field)
    item = _item(scenario, key)
    return None if item is None else item.uncertainty.get(key.field)


def _accepted(field_name: str) -> tuple[float, float]:
    """The values a field accepts in a file (contract sections 2-4)."""
    if field_name in UNIT_FRACTIONS:
        return 0.0, 1.0
    if field_name in NON_NEGATIVE:
        return 0.0, math.inf
    if field_name in WHOLE_YEARS:
        return 0.0, float(MAX_YEARS)
    if field_name == "discount_rate":
        return -0.99, 1.0
    return -math.inf, math.inf


def default_span(field_name: str, value: float) -> tuple[SpanKind, float, float]:
    """The span of a parameter without a range (see the module's docstring)."""
    if field_name in UNIT_FRACTIONS:
        return "fraction", 0.0, 1.0
    if field_name in NON_NEGATIVE:
        return "uplift", 0.0, max(1.0, value)
    if field_name == "duration_years":
        return "duration", min(1.0, value), max(2.0 * value, value + 1.0)
    if field_name == "first_year":
        return "first_year", max(0.0, value - 2.0), value + 2.0
    if field_name == "discount_rate":
        return "rate", min(0.0, value), max(2.0 * value, 0.04)
    size = RELATIVE_SPAN * abs(value)
    return "relative", value - size, value + size


def nice_step(span: float, target: int = TARGET_STEPS) -> float:
    """The smallest of 1, 2, 2.5, 5 x 10^k that crosses ``span`` in at most ``target`` steps."""
    raw = span / target
    exponent = math.floor(math.log10(raw))
    for mantissa in (1.0, 2.0, 2.5, 5.0, 10.0):
        step = mantissa * 10.0**exponent
        if step >= raw * (1 - 1e-12):
            return step
    return 10.0 ** (exponent + 1)  # pragma: no cover (10 x 10^k always qualifies)


def _whole_steps(q: float) -> float:
    """``q`` with float noise removed when it is (nearly) a whole number."""
    nearest = round(q)
    return float(nearest) if abs(q - nearest) < 1e-9 else q


def _decimals(value: float, most: int = 4) -> int:
    """The decimals needed to write ``value`` (at most ``most``)."""
    for d in range(most + 1):
        if abs(round(value, d) - value) <= 1e-9 * max(1.0, abs(value)):
            return d
    return most


@dataclass(frozen=True)
class Knob:
    """One slider: its parameter, the document's value, its span and its step.

    Positions run from 0 (``low``) to ``positions`` (``high``); the document's
    value sits exactly at ``document_position``.
    """

    key: Key
    path: str
    value: float
    low: float
    high: float
    step: float
    span: SpanKind

    @property
    def field(self) -> str:
        return self.key.field

    @property
    def whole(self) -> bool:
        return self.key.field in WHOLE_YEARS

    @property
    def _k_min(self) -> int:
        return math.floor(_whole_steps((self.low - self.value) / self.step))

    @property
    def _k_max(self) -> int:
        return math.ceil(_whole_steps((self.high - self.value) / self.step))

    @property
    def positions(self) -> int:
        return self._k_max - self._k_min

    @property
    def document_position(self) -> int:
        return -self._k_min

    def value_at(self, position: int) -> float:
        """The value at a position: the document's value plus whole steps, within the span."""
        position = min(max(int(position), 0), self.positions)
        k = position + self._k_min
        if k == 0:
            return self.value
        value = self.value + k * self.step
        if value <= self.low:
            return self.low
        if value >= self.high:
            return self.high
        return round(value, _decimals(self.step) + 3)

    def position_of(self, value: float) -> int:
        """The nearest slider position of a value."""
        if value <= self.low:
            return 0
        if value >= self.high:
            return self.positions
        k = round((value - self.value) / self.step)
        return min(max(k - self._k_min, 0), self.positions)

    def clamp(self, value: float) -> float:
        """A value inside the span (whole years for year fields)."""
        value = min(max(float(value), self.low), self.high)
        return float(round(value)) if self.whole else value


def make_knob(scenario: Scenario, key: Key) -> Knob | None:
    """The slider of a parameter, or None when it has no span to move in."""
    path = path_of(scenario, key)
    if path is None:
        return None
    value = document_value(scenario, key)
    given = _range(scenario, key)
    kind: SpanKind
    if given is not None:
        kind, low, high = "range", given.low, given.high
    else:
        kind, low, high = default_span(key.field, value)
    accepted_low, accepted_high = _accepted(key.field)
    low, high = max(low, accepted_low), min(high, accepted_high)
    if key.field in WHOLE_YEARS:
        low, high = float(math.ceil(low)), float(math.floor(high))
    if not (low <= value <= high) or high <= low:
        return None
    step = 1.0 if key.field in WHOLE_YEARS else nice_step(high - low)
    if key.field in UNIT_FRACTIONS | NON_NEGATIVE or key.field == "discount_rate":
        step = max(step, MIN_PERCENT_STEP)
    return Knob(key, path, value, low, high, step, kind)


def candidates(scenario: Scenario, alternative_id: str) -> list[Knob]:
    """Every parameter of an alternative that can have a slider, and the discount rate.

    Order: the discount rate, then the costs and the effects in file order,
    each item's fields in the order of contract section 9.
    """
    keys: list[Key] = [RATE_KEY]
    a = _alternative_index(scenario, alternative_id)
    if a is not None:
        alternative = scenario.alternatives[a]
        keys += [
            Key("cost", f, alternative.id, c.id) for c in alternative.costs for f in COST_PARAMETERS
        ]
        keys += [
            Key("effect", f, alternative.id, e.id)
            for e in alternative.effects
            for f in EFFECT_PARAMETERS
        ]
    knobs = (make_knob(scenario, key) for key in keys)
    return [k for k in knobs if k is not None]


def knob_label(scenario: Scenario, knob: Knob, lang: Lang = "nl") -> str:
    """``Aanleg park: bedrag`` (the alternative's own parameters without its name)."""
    return parameter_label(scenario, knob.path, lang, within=knob.key.alternative_id or None)


def format_value(knob: Knob, value: float, lang: Lang = "nl", start_year: int | None = None) -> str:
    """A slider's value in the unit of its field.

    Percentages keep the decimals of their steps (``20,5%``, ``21,0%``), so the
    text does not jump while a slider moves; amounts are whole euros unless
    the value has cents; counts get the decimals they have (``15``, ``14,9``).
    """
    field_name = knob.field
    if field_name in UNIT_FRACTIONS | NON_NEGATIVE or field_name == "discount_rate":
        decimals = min(max(_decimals(knob.step * 100.0, 2), _decimals(value * 100.0, 2)), 2)
        return format_number(value * 100.0, decimals, lang) + "%"
    if field_name == "duration_years":
        return format_years(value, lang, 0)
    if field_name == "first_year":
        year = f"{'jaar' if lang == 'nl' else 'year'} {int(value)}"
        return f"{start_year + int(value)} ({year})" if start_year is not None else year
    decimals = _decimals(value, 2)
    if field_name in ("amount", "proxy.value"):
        return format_money(value, lang, 2 if decimals else 0)
    return format_number(value, decimals, lang)
