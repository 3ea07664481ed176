"""The parameters of a scenario that carry a range, and scenarios with one of them changed.

``uncertain_parameters`` lists them in a fixed order: the discount rate first
(settings come first in a file), then per alternative in file order its costs
and then its effects, and per item the fields in the order of contract
section 9. That order is the tie-break wherever parameters are sorted.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np
from numpy.typing import ArrayLike, NDArray

from sroi_app.domain.corrections import share_fields
from sroi_app.domain.models import (
    COST_PARAMETERS,
    EFFECT_PARAMETERS,
    Alternative,
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
    parameter_path,
    parse_parameter_path,
)

FloatArray = NDArray[np.float64]

#: How a parameter enters the NPV, which decides how its switching value is found.
Entry = Literal["linear", "drop_off", "whole_years", "discount_rate"]

#: Fields in which the NPV is affine (amount, uplift, quantity, proxy value); every share
#: correction of ``domain.corrections`` (a factor ``1 - share``) is too.
LINEAR_FIELDS = frozenset({"amount", "optimism_bias", "quantity", "proxy.value"})


@dataclass(frozen=True)
class Parameter:
    """One number with a range: where it lives, its central value and its range."""

    path: str
    kind: ItemKind
    field: str
    central: float
    range: Range
    alternative_index: int | None = None
    alternative_id: str | None = None
    item_index: int | None = None
    item_id: str | None = None

    @property
    def entry(self) -> Entry:
        if self.field in LINEAR_FIELDS or self.field in share_fields():
            return "linear"
        if self.field == "drop_off":
            return "drop_off"
        if self.field in WHOLE_YEARS:
            return "whole_years"
        return "discount_rate"

    @property
    def low(self) -> float:
        return self.range.low

    @property
    def high(self) -> float:
        return self.range.high


def bounded(field: str, values: ArrayLike, out: FloatArray | None = None) -> FloatArray:
    """Values as the calculation uses them (contract section 9).

    Fractions (deadweight, displacement, attribution, drop-off) are clipped to
    [0, 1]; optimism bias is kept at 0 or more; year counts are rounded to
    whole years (half to even, numpy's ``rint``) and kept at 0 or more. Other
    values are used as they are. With ``out`` (an array of the values' shape,
    which may be ``values`` itself) the result is written there.
    """
    array: FloatArray = np.asarray(values, dtype=float)
    if field in UNIT_FRACTIONS:
        return np.clip(array, 0.0, 1.0, out=out)
    if field in NON_NEGATIVE:
        return np.maximum(array, 0.0, out=out)
    if field in WHOLE_YEARS:
        return np.maximum(np.rint(array, out=out), 0.0, out=out)
    if out is None:
        return array
    out[...] = array
    return out


def _field_value(item: CostItem | Effect, field: str) -> float:
    if field == "proxy.value":
        assert isinstance(item, Effect)
        return float(item.proxy.value)
    return float(getattr(item, field))


def uncertain_parameters(scenario: Scenario) -> tuple[Parameter, ...]:
    """Every parameter that carries a range, in the fixed order described above."""
    out: list[Parameter] = []
    settings = scenario.settings
    rate_range = settings.uncertainty.get("discount_rate")
    if rate_range is not None and isinstance(settings.discount_rate, int | float):
        out.append(
            Parameter(
                DISCOUNT_RATE_PATH,
                "settings",
                "discount_rate",
                float(settings.discount_rate),
                rate_range,
            )
        )
    for a, alternative in enumerate(scenario.alternatives):
        items: list[tuple[ItemKind, int, CostItem | Effect, tuple[str, ...]]] = [
            ("cost", i, cost, COST_PARAMETERS) for i, cost in enumerate(alternative.costs)
        ]
        items += [
            ("effect", i, effect, EFFECT_PARAMETERS) for i, effect in enumerate(alternative.effects)
        ]
        for kind, i, item, fields in items:
            for field in fields:
                value_range = item.uncertainty.get(field)
                if value_range is None:
                    continue
                out.append(
                    Parameter(
                        parameter_path(kind, field, a, i),
                        kind,
                        field,
                        _field_value(item, field),
                        value_range,
                        a,
                        alternative.id,
                        i,
                        item.id,
                    )
                )
    return tuple(out)


def with_parameter(scenario: Scenario, path: str, value: float) -> Scenario:
    """A copy of the scenario with the parameter at ``path`` set to ``value``.

    The copy is not validated: a switching value may lie outside the values a
    file accepts (a deadweight of 1.4, a negative quantity), and the engine
    computes with it all the same. Whole-year fields need a whole number.
    """
    parts = parse_parameter_path(path)
    if parts.kind == "settings":
        settings = scenario.settings.model_copy(update={parts.field: float(value)})
        return scenario.model_copy(update={"settings": settings})
    number: float | int = float(value)
    if parts.field in WHOLE_YEARS:
        if not float(value).is_integer():
            raise ValueError(f"{path} takes whole years, not {value}")
        number = int(value)
    assert parts.alternative is not None and parts.item is not None
    alternative = scenario.alternatives[parts.alternative]
    if parts.kind == "cost":
        costs = list(alternative.costs)
        costs[parts.item] = costs[parts.item].model_copy(update={parts.field: number})
        changed: Alternative = alternative.model_copy(update={"costs": costs})
    else:
        effects = list(alternative.effects)
        effect = effects[parts.item]
        if parts.field == "proxy.value":
            proxy = effect.proxy.model_copy(update={"value": number})
            effects[parts.item] = effect.model_copy(update={"proxy": proxy})
        else:
            effects[parts.item] = effect.model_copy(update={parts.field: number})
        changed = alternative.model_copy(update={"effects": effects})
    alternatives = list(scenario.alternatives)
    alternatives[parts.alternative] = changed
    return scenario.model_copy(update={"alternatives": alternatives})
