"""One-way sensitivity (tornado) and switching values, per non-reference alternative.

Tornado: the NPV of each variant with one parameter at its low and at its
high value, all others central (contract section 9). Every parameter with a
range is listed for every variant, including those of the reference (which
move every variant) and those of other variants (which do not move this one:
their bars have zero width and their switching value is null). Entries are
sorted by ``|npv_high - npv_low|``, largest first; ties keep the order of
``uncertain_parameters``. Each end is evaluated as the simulation uses it
(fractions clipped to [0, 1], years rounded), the reported ``low``/``high``
are the range as written.

Switching value: the value of one parameter, all others central, at which the
variant's NPV is zero; not limited to the range nor to meaningful values.

- Linear parameters (amount, optimism bias, quantity, proxy value, and the
  (1 - fraction) corrections deadweight, displacement, attribution): the NPV
  is ``npv_c + slope * (x - x_c)``, so ``x* = x_c - npv_c / slope``; the slope
  is the PV of the parameter's own item per unit (exactly 0 when the
  parameter does not move this NPV, which gives null).
- Discount rate: the NPV is a polynomial in ``y = 1 / (1 + r)`` (the IRR
  equation); every crossing with ``r > -1`` is found (``sroi_app.calc.roots``)
  and the one closest to the central rate is reported.
- Drop-off: the NPV is a polynomial in ``z = 1 - drop_off``. Up to a drop-off
  of 100% it is monotone (every year's value has the item's sign), so there
  is at most one crossing; only when there is none are drop-offs above 100%
  searched (where the effect alternates in sign), the one closest to the
  central value reported.
- Whole-year parameters (first year, duration): the NPV is defined at whole
  years and taken as linear between two consecutive whole years; the
  switching value is the crossing of that broken line closest to the central
  value, ``n + npv(n) / (npv(n) - npv(n + 1))``, searched over 0 to the
  horizon + 1 (beyond which the item no longer changes). A year at which the
  NPV is exactly 0 is itself the switching value.

When the NPV is exactly 0 at the central values, the switching value is the
central value.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from sroi_app.calc.batch import BatchEvaluator, check_finite
from sroi_app.calc.engine import compute
from sroi_app.calc.parameters import Parameter, bounded, uncertain_parameters
from sroi_app.calc.results import ScenarioResult
from sroi_app.calc.roots import negative_crossings, positive_crossings
from sroi_app.domain.cpi import CpiTable
from sroi_app.domain.models import Scenario

FloatArray = NDArray[np.float64]


@dataclass(frozen=True)
class TornadoEntry:
    """The NPV of one variant with one parameter at its low and its high value."""

    parameter: Parameter
    npv_low: float
    npv_high: float
    affects: bool = True  # False for a parameter of another variant: it cannot move this NPV

    @property
    def path(self) -> str:
        return self.parameter.path

    @property
    def low(self) -> float:
        return self.parameter.low

    @property
    def high(self) -> float:
        return self.parameter.high

    @property
    def swing(self) -> float:
        """``|npv_high - npv_low|``: the width of the bar."""
        return abs(self.npv_high - self.npv_low)


@dataclass(frozen=True)
class SwitchingValue:
    """The value of one parameter at which a variant's NPV is zero (None: no such value)."""

    parameter: Parameter
    value: float | None
    affects: bool = True  # False for a parameter of another variant: it cannot move this NPV

    @property
    def path(self) -> str:
        return self.parameter.path

    @property
    def central(self) -> float:
        return self.parameter.central

    @property
    def distance(self) -> float | None:
        """``(value - central) / |central|``: how far it lies, as a fraction of the central value.

        None when there is no switching value or the central value is 0.
        """
        if self.value is None or self.parameter.central == 0:
            return None
        return (self.value - self.parameter.central) / abs(self.parameter.central)

    @property
    def within_range(self) -> bool:
        """True when the switching value lies inside the parameter's own range."""
        return self.value is not None and self.parameter.low <= self.value <= self.parameter.high


@dataclass(frozen=True)
class AlternativeSensitivity:
    """Tornado and switching values of one non-reference alternative."""

    alternative_id: str
    name: str
    npv: float
    tornado: tuple[TornadoEntry, ...]
    switching_values: tuple[SwitchingValue, ...]

    def switching_value(self, path: str) -> SwitchingValue:
        for s in self.switching_values:
            if s.path == path:
                return s
        raise KeyError(path)


def _sign(parameter: Parameter, evaluator: BatchEvaluator, variant: int) -> float:
    """+1 when the parameter's alternative is the variant, -1 for the reference, else 0."""
    if parameter.alternative_index == evaluator.variant_indices[variant]:
        return 1.0
    if parameter.alternative_index == evaluator.reference_index:
        return -1.0
    return 0.0


def _closest(candidates: Sequence[float], central: float) -> float | None:
    if not candidates:
        return None
    return min(candidates, key=lambda x: (abs(x - central), x))


def _linear(
    parameter: Parameter,
    evaluator: BatchEvaluator,
    variant: int,
    npv: float,
    ends: dict[str, tuple[float, float]],
) -> float | None:
    """``ends``: the item's PV with the parameter at 0 and at 1, by path, kept between the
    variants (the reference's parameters move every variant's NPV)."""
    sign = _sign(parameter, evaluator, variant)
    found = ends.get(parameter.path)
    if found is None:
        pv_0, pv_1 = evaluator.item_pv(parameter, np.array([0.0, 1.0]))
        found = ends[parameter.path] = (float(pv_0), float(pv_1))
    pv_at_0, pv_at_1 = found
    # A cost lowers the NPV, an effect raises it; the reference's items count negatively.
    slope = sign * (pv_at_1 - pv_at_0) * (-1.0 if parameter.kind == "cost" else 1.0)
    if npv == 0:
        return parameter.central
    if slope == 0:
        return None
    return float(parameter.central - npv / slope)


def _discount_rate(net: FloatArray, npv: float, central: float) -> float | None:
    """The rate ``r > -1`` closest to the central rate at which ``sum_t net_t (1+r)^-t = 0``."""
    if npv == 0:
        return central
    rates = [1.0 / y - 1.0 for y in positive_crossings(net)]
    return _closest(rates, central)


def _drop_off(
    parameter: Parameter, evaluator: BatchEvaluator, variant: int, npv: float
) -> float | None:
    if npv == 0:
        return parameter.central
    sign = _sign(parameter, evaluator, variant)
    if sign == 0:
        return None
    # The item's discounted flow without drop-off: in year first + k it is
    # multiplied by z^k with z = 1 - drop_off, so the NPV is a polynomial in z.
    flow = evaluator.item_flows(parameter, {"drop_off": np.zeros(1)})[0]
    discounted = flow * evaluator.discount_factor * sign
    first = int(evaluator.item_field(parameter, "first_year"))
    coefficients = np.zeros(max(1, discounted.size - first))
    coefficients[: max(0, discounted.size - first)] = discounted[first:]
    z_central = 1.0 - parameter.central
    rest = npv - float(np.polynomial.polynomial.polyval(z_central, coefficients))
    coefficients[0] += rest
    # Up to a drop-off of 100% (z >= 0) every coefficient but the constant has the
    # item's sign, so the NPV is monotone there and crosses zero at most once.
    # Only when it does not, drop-offs above 100% (z < 0: the effect alternates
    # in sign from year to year) are searched.
    if float(np.polynomial.polynomial.polyval(0.0, coefficients)) == 0.0:
        return 1.0
    roots = positive_crossings(coefficients) or negative_crossings(coefficients)
    return _closest([1.0 - z for z in roots], parameter.central)


def _whole_years(
    parameter: Parameter, evaluator: BatchEvaluator, column: int, variant: int, npv: float
) -> float | None:
    if npv == 0:
        return parameter.central
    if _sign(parameter, evaluator, variant) == 0:
        return None
    years = np.arange(evaluator.horizon + 2, dtype=float)
    values = np.tile(evaluator.central_values(), (years.size, 1))
    values[:, column] = years
    curve = evaluator.evaluate(values).npv[:, variant]
    candidates = [float(n) for n, v in zip(years, curve, strict=True) if v == 0]
    for n in range(years.size - 1):
        a, b = curve[n], curve[n + 1]
        if a != 0 and b != 0 and (a < 0) != (b < 0):
            candidates.append(float(n + a / (a - b)))
    return _closest(candidates, parameter.central)


def _tornado_npvs(
    evaluator: BatchEvaluator, params: Sequence[Parameter], central: FloatArray, variants: int
) -> FloatArray:
    """NPVs with each parameter at its low (row ``2p``) and high (``2p + 1``) end.

    Evaluated a chunk of parameters at a time: the rows of one chunk hold
    every parameter, so one block for all of them would grow with the
    square of the number of ranges (20,000 ranges: 6 GB). A parameter moves
    only its own alternative's NPV and, through the reference, the others
    (``one_way`` takes the central NPV where it cannot move one), so only the
    alternatives of a chunk's parameters and the reference are evaluated; the
    other variants' entries are NaN and never read.
    """
    npv_rows = np.zeros((2 * len(params), variants))
    chunk = max(1, evaluator.rows_per_chunk // 2)
    reference = evaluator.reference_index
    for start in range(0, len(params), chunk):
        stop = min(start + chunk, len(params))
        rows = np.tile(central, (2 * (stop - start), 1))
        for p in range(start, stop):
            parameter = params[p]
            rows[2 * (p - start), p] = bounded(parameter.field, parameter.low)
            rows[2 * (p - start) + 1, p] = bounded(parameter.field, parameter.high)
        touched = [params[p].alternative_index for p in range(start, stop)]
        # A range of the settings (no alternative) or of the reference moves every variant.
        moves_all = None in touched or reference in touched
        needed = None if moves_all else {a for a in (*touched, reference) if a is not None}
        npv_rows[2 * start : 2 * stop] = evaluator.evaluate(rows, needed).npv
    return npv_rows


def one_way(
    scenario: Scenario,
    cpi: CpiTable,
    parameters: Sequence[Parameter] | None = None,
    result: ScenarioResult | None = None,
    switching: bool = True,
    evaluator: BatchEvaluator | None = None,
) -> tuple[AlternativeSensitivity, ...]:
    """Tornado and switching values of every non-reference alternative.

    ``switching=False`` leaves the switching values out (empty): the tornado
    alone takes milliseconds, while a root search over a horizon of hundreds
    of years can take a second per parameter. ``evaluator``: one already made
    for these parameters.
    """
    params = tuple(uncertain_parameters(scenario) if parameters is None else parameters)
    result = compute(scenario, cpi) if result is None else result
    if evaluator is None or evaluator.parameters != params:
        evaluator = BatchEvaluator(scenario, cpi, params)
    central = evaluator.central_values()
    npv_rows = _tornado_npvs(evaluator, params, central, len(result.results))
    # The item PVs of every linear parameter at 0 and at 1, for the switching values.
    linear = [p for p in params if p.entry == "linear" and p.kind != "settings"]
    ends = evaluator.linear_ends(linear) if switching else {}
    # The alternative each parameter moves alone (None: the settings' or the reference's
    # parameters, which move every variant).
    reference = evaluator.reference_index
    own = [None if p.alternative_index == reference else p.alternative_index for p in params]
    # Where a parameter cannot move a variant's (non-zero) NPV it has no switching value;
    # that answer is the same for every such variant, so it is made once.
    unmoved = [SwitchingValue(p, None, affects=False) for p in params]
    out = []
    for v, alternative in enumerate(result.results):
        npv = alternative.npv
        variant = evaluator.variant_indices[v]
        affects = [a is None or a == variant for a in own]
        check_finite(npv_rows[np.repeat(np.array(affects, dtype=bool), 2), v])  # evaluated for v
        # A parameter of another variant cannot move this NPV: its ends are the
        # central NPV exactly (not a recomputation that may differ in the last bit).
        entries = [
            TornadoEntry(parameter, float(npv_rows[2 * p, v]), float(npv_rows[2 * p + 1, v]))
            if affects[p]
            else TornadoEntry(parameter, npv, npv, affects=False)
            for p, parameter in enumerate(params)
        ]
        entries.sort(key=lambda e: -e.swing)  # stable: ties keep the parameter order
        values = []
        for p, parameter in enumerate(params if switching else ()):
            entry = parameter.entry
            if not affects[p] and npv != 0:
                values.append(unmoved[p])  # what each search below gives for a sign of 0
                continue
            if entry == "linear":
                value = _linear(parameter, evaluator, v, npv, ends)
            elif entry == "discount_rate":
                value = _discount_rate(np.asarray(alternative.net), npv, parameter.central)
            elif entry == "drop_off":
                value = _drop_off(parameter, evaluator, v, npv)
            else:
                value = _whole_years(parameter, evaluator, p, v, npv)
            values.append(SwitchingValue(parameter, value, affects[p]))
        out.append(
            AlternativeSensitivity(
                alternative.alternative_id,
                alternative.name,
                npv,
                tuple(entries),
                tuple(values),
            )
        )
    return tuple(out)
