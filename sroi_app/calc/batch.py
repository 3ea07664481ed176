"""Present values of every variant for many parameter sets at once (no loop per draw).

``BatchEvaluator(scenario, cpi, parameters)`` prepares the scenario once;
``evaluate(values)`` takes a matrix of shape ``(rows, parameters)`` (row ``d``
holds the value of each uncertain parameter in draw ``d``) and returns the
incremental PV of costs and benefits of every variant in every row, by the
same formulas as the engine (``sroi_app.calc.flows``).

Why it is fast: an item's yearly flow is a *scale* (amount x (1 + optimism
bias) x CPI factor, or quantity x proxy value x CPI factor x the three
(1 - fraction) corrections) times a *shape* over the years (which years it
occurs in, drop-off, ramp-up). Items without a range are summed once into a
constant yearly flow. Items whose range only touches the scale keep their
shape, so their PV is ``scale @ (shape @ DF)``: one small matrix product per
block. Items with a range on the first year, duration or drop-off get their
PV per row from the closed forms of ``sroi_app.calc.fastpv`` (or a sum over
their years under a step schedule of rates), and only the discount rate
needs discount factors per row. The caller chunks the rows
(``rows_per_chunk``) to bound memory.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray

from sroi_app.calc.discount import discount_factors, discount_factors_many
from sroi_app.calc.fastpv import cost_pv_geometric, effect_pv_by_year, effect_pv_geometric
from sroi_app.calc.flows import cost_flows, effect_flows
from sroi_app.calc.parameters import Parameter
from sroi_app.domain.corrections import retained, share_fields
from sroi_app.domain.cpi import CpiTable
from sroi_app.domain.errors import CalculationError
from sroi_app.domain.models import Scenario

FloatArray = NDArray[np.float64]

_COST_SCALE = ("amount", "optimism_bias")


def _effect_scale() -> tuple[str, ...]:
    """Fields that scale an effect's flow without changing its shape (``domain.corrections``)."""
    return ("quantity", "proxy.value", *share_fields())


_SHAPE_FIELDS = {"cost": frozenset({"first_year"}), "effect": frozenset({"first_year"})}
_SHAPE_FIELDS["effect"] = frozenset({"first_year", "duration_years", "drop_off"})
_INT_FIELDS = frozenset({"first_year", "last_year", "every_years", "duration_years"})
_INT_FIELDS = _INT_FIELDS | {"ramp_up_years"}

#: Floats per chunk for the largest temporary arrays (about 16 MB each).
MEMORY_BUDGET = 2_000_000


@dataclass
class _Block:
    """The costs or the effects of one alternative."""

    kind: str
    base: dict[str, NDArray[Any]]
    last_follows_first: NDArray[np.bool_]
    constant_flow: FloatArray
    scale_items: NDArray[np.int64]
    scale_shape: FloatArray  # (k, years): shape of the items whose range only touches the scale
    shape_items: NDArray[np.int64]
    columns: list[tuple[int, int, str]] = field(default_factory=list)  # (column, item, field)


@dataclass(frozen=True)
class BatchPV:
    """Incremental present values per row (axis 0) and variant (axis 1)."""

    pv_costs: FloatArray
    pv_benefits: FloatArray

    @property
    def npv(self) -> FloatArray:
        return self.pv_benefits - self.pv_costs


class BatchEvaluator:
    """The scenario prepared for evaluating many parameter sets."""

    def __init__(self, scenario: Scenario, cpi: CpiTable, parameters: Sequence[Parameter]) -> None:
        self.parameters = tuple(parameters)
        settings = scenario.settings
        self.horizon = settings.horizon_years
        self.years = np.arange(self.horizon + 1)
        self.rate_column: int | None = None
        for p, parameter in enumerate(self.parameters):
            if parameter.kind == "settings":
                self.rate_column = p
        self.discount_factor = discount_factors(settings.discount_rate, self.horizon)
        rate = settings.discount_rate
        self.constant_rate = float(rate) if isinstance(rate, int | float) else None
        price_year = settings.effective_price_year
        reference = scenario.reference
        self.reference_index = (
            scenario.alternatives.index(reference) if reference is not None else None
        )
        self.variant_indices = tuple(
            a for a, alt in enumerate(scenario.alternatives) if not alt.reference
        )
        self.variant_ids = tuple(scenario.alternatives[a].id for a in self.variant_indices)
        self._blocks: list[tuple[_Block, _Block]] = []
        for a, alternative in enumerate(scenario.alternatives):
            costs = alternative.costs
            cost_base: dict[str, NDArray[Any]] = {
                "amount": np.array([c.amount for c in costs], dtype=float),
                "optimism_bias": np.array([c.optimism_bias for c in costs], dtype=float),
                "price_factor": np.array(
                    [cpi.factor(c.price_year, price_year) for c in costs], dtype=float
                ),
                "first_year": np.array([c.first_year for c in costs], dtype=np.int64),
                "last_year": np.array([c.effective_last_year for c in costs], dtype=np.int64),
                "every_years": np.array([c.every_years for c in costs], dtype=np.int64),
            }
            follows = np.array([c.last_year is None for c in costs], dtype=bool)
            effects = alternative.effects
            effect_base: dict[str, NDArray[Any]] = {
                "quantity": np.array([e.quantity for e in effects], dtype=float),
                "proxy.value": np.array([e.proxy.value for e in effects], dtype=float),
                "price_factor": np.array(
                    [cpi.factor(e.proxy.price_year, price_year) for e in effects], dtype=float
                ),
                **{
                    f: np.array([getattr(e, f, 0.0) for e in effects], dtype=float)
                    for f in (*share_fields(), "drop_off")
                },
                **{
                    f: np.array([getattr(e, f) for e in effects], dtype=np.int64)
                    for f in ("first_year", "duration_years", "ramp_up_years")
                },
            }
            self._blocks.append(
                (
                    self._block(a, "cost", cost_base, follows),
                    self._block(a, "effect", effect_base, np.zeros(len(effects), dtype=bool)),
                )
            )
        shape_items = max((b.shape_items.size for pair in self._blocks for b in pair), default=0)
        per_row = (self.horizon + 1) * (4 + 3 * shape_items) + len(self.parameters)
        self.rows_per_chunk = max(64, MEMORY_BUDGET // per_row)

    # -- preparation -----------------------------------------------------------------------

    def _flows(self, kind: str, base: dict[str, NDArray[Any]]) -> FloatArray:
        """Yearly flows of the items in ``base`` (one row per item)."""
        t = self.years
        col = {k: v.reshape(*v.shape, 1) for k, v in base.items()}
        if kind == "cost":
            return cost_flows(
                col["amount"],
                col["optimism_bias"],
                col["price_factor"],
                col["first_year"],
                col["last_year"],
                col["every_years"],
                t,
            )
        return effect_flows(
            col["quantity"],
            col["proxy.value"],
            col["price_factor"],
            {field: col[field] for field in share_fields()},
            col["drop_off"],
            col["first_year"],
            col["duration_years"],
            col["ramp_up_years"],
            t,
        )

    def _block(
        self,
        alternative: int,
        kind: str,
        base: dict[str, NDArray[Any]],
        last_follows_first: NDArray[np.bool_],
    ) -> _Block:
        n = next(iter(base.values())).size
        columns = [
            (p, int(q.item_index), q.field)
            for p, q in enumerate(self.parameters)
            if q.kind == kind and q.alternative_index == alternative and q.item_index is not None
        ]
        uncertain = {item for _, item, _ in columns}
        reshaped = {item for _, item, f in columns if f in _SHAPE_FIELDS[kind]}
        constant = np.array([i for i in range(n) if i not in uncertain], dtype=np.int64)
        scale_items = np.array(sorted(uncertain - reshaped), dtype=np.int64)
        shape_items = np.array(sorted(reshaped), dtype=np.int64)
        constant_flow = self._flows(kind, {k: v[constant] for k, v in base.items()}).sum(axis=0)
        # The shape of an item is its flow with every scale factor neutral.
        unit = {k: v[scale_items] for k, v in base.items()}
        ones, zeros = np.ones(scale_items.size), np.zeros(scale_items.size)
        neutral = {"price_factor": ones}
        if kind == "cost":
            neutral |= {"amount": ones, "optimism_bias": zeros}
        else:
            neutral |= {"quantity": ones, "proxy.value": ones}
            neutral |= {field: zeros for field in share_fields()}
        scale_shape = self._flows(kind, unit | neutral)
        return _Block(
            kind,
            base,
            last_follows_first,
            np.broadcast_to(constant_flow, (self.horizon + 1,)).astype(float),
            scale_items,
            scale_shape,
            shape_items,
            columns,
        )

    # -- evaluation ------------------------------------------------------------------------

    def item_flows(self, parameter: Parameter, fields: Mapping[str, FloatArray]) -> FloatArray:
        """Yearly flows ``(m, years)`` of the parameter's own item (not incremental).

        ``fields`` sets some of the item's fields to arrays of ``m`` values;
        the others keep their central values.
        """
        assert parameter.alternative_index is not None and parameter.item_index is not None
        costs, effects = self._blocks[parameter.alternative_index]
        block = costs if parameter.kind == "cost" else effects
        size = np.asarray(next(iter(fields.values()))).size
        item = {
            k: np.broadcast_to(v[parameter.item_index], (size,)).copy()
            for k, v in block.base.items()
        }
        item.update({k: np.asarray(v, dtype=item[k].dtype) for k, v in fields.items()})
        if block.kind == "cost" and block.last_follows_first[parameter.item_index]:
            item["last_year"] = item["first_year"]
        return self._flows(block.kind, item)

    def linear_ends(self, parameters: Sequence[Parameter]) -> dict[str, tuple[float, float]]:
        """``item_pv(parameter, [0, 1])`` of each parameter, by path: the flows of all the
        items of one alternative's costs or effects whose parameter is one field are made
        at once, and each item's two rows are then discounted as ``item_pv`` does."""
        groups: dict[tuple[int, str, str], list[Parameter]] = {}
        for q in parameters:
            assert q.alternative_index is not None and q.item_index is not None
            groups.setdefault((q.alternative_index, q.kind, q.field), []).append(q)
        ends: dict[str, tuple[float, float]] = {}
        for (alternative, kind, name), group in groups.items():
            costs, effects = self._blocks[alternative]
            block = costs if kind == "cost" else effects
            index = np.repeat(np.array([q.item_index for q in group], dtype=np.int64), 2)
            item = {k: v[index] for k, v in block.base.items()}
            item[name] = np.tile(np.array([0.0, 1.0], dtype=item[name].dtype), len(group))
            if block.kind == "cost":
                follows = block.last_follows_first[index]
                item["last_year"] = np.where(follows, item["first_year"], item["last_year"])
            flows = self._flows(block.kind, item)
            for n, q in enumerate(group):
                pv_0, pv_1 = np.array(flows[2 * n : 2 * n + 2]) @ self.discount_factor
                ends[q.path] = (float(pv_0), float(pv_1))
        return ends

    def item_field(self, parameter: Parameter, name: str) -> float:
        """The central value of another field of the parameter's own item."""
        assert parameter.alternative_index is not None and parameter.item_index is not None
        costs, effects = self._blocks[parameter.alternative_index]
        block = costs if parameter.kind == "cost" else effects
        return float(block.base[name][parameter.item_index])

    def item_pv(self, parameter: Parameter, values: FloatArray) -> FloatArray:
        """PV of the parameter's own item with the parameter at each value.

        Discounted at the scenario's own rate; used for the exact slope of a
        parameter that enters the NPV linearly.
        """
        flows = self.item_flows(parameter, {parameter.field: np.asarray(values, dtype=float)})
        result: FloatArray = flows @ self.discount_factor
        return result

    def central_values(self) -> FloatArray:
        """One row with every parameter at its central value."""
        return np.array([p.central for p in self.parameters], dtype=float)

    def _fields(
        self,
        block: _Block,
        items: NDArray[np.int64],
        values: FloatArray,
        names: Sequence[str],
        full: bool = True,
        row_major: bool = False,
    ) -> dict[str, NDArray[Any]]:
        """Per-row values ``(rows, len(items))`` of the named fields of some items.

        A field is built item by item (a row per item, written whole, then
        seen as ``(rows, items)``); with ``full=False`` a field that no range
        of these items touches is one row ``(1, items)``, broadcast against
        the draws, and the others are column-ordered unless ``row_major``
        (sums over the items then add in the same order as before): the same
        numbers elementwise, without copying the central values for every draw.
        """
        rows = values.shape[0]
        position = {int(item): k for k, item in enumerate(items)}
        drawn: dict[str, list[tuple[int, int]]] = {}
        for column, item, name in block.columns:
            if item in position:
                drawn.setdefault(name, []).append((column, position[item]))
        out: dict[str, NDArray[Any]] = {}
        for name in names:
            base = block.base[name][items]
            if name not in drawn and not full:
                out[name] = base[None, :]
                continue
            by_item = np.empty((items.size, rows), dtype=base.dtype)
            by_item[...] = base[:, None]
            for column, k in drawn.get(name, ()):
                value = values[:, column]
                by_item[k] = np.rint(value) if name in _INT_FIELDS else value
            out[name] = np.ascontiguousarray(by_item.T) if full or row_major else by_item.T
        if block.kind == "cost" and "first_year" in names:
            follows = block.last_follows_first[items]
            out["last_year"] = np.where(follows, out["first_year"], out["last_year"])
        return out

    def _block_pv(self, block: _Block, values: FloatArray, df: FloatArray) -> FloatArray:
        rows = values.shape[0]
        # df is (years,) with one rate, else (rows, years).
        pv = np.broadcast_to(block.constant_flow @ df.T, (rows,)).astype(float)
        scale_names = _COST_SCALE if block.kind == "cost" else _effect_scale()
        if block.scale_items.size:
            f = self._fields(block, block.scale_items, values, scale_names, full=False)
            factor = block.base["price_factor"][block.scale_items]
            if block.kind == "cost":
                scale = f["amount"] * (1.0 + f["optimism_bias"]) * factor
            else:
                scale = f["quantity"] * f["proxy.value"] * factor * retained(f)
            # Row-major, as the matrix products below always had it (the same sums).
            scale = np.ascontiguousarray(np.broadcast_to(scale, (rows, block.scale_items.size)))
            if df.ndim == 1:
                pv = pv + scale @ (block.scale_shape @ df)
            else:
                pv = pv + np.einsum("dt,dt->d", scale @ block.scale_shape, df)
        if block.shape_items.size:
            v = self._discount_base(values)
            # The closed forms broadcast; a sum over the years wants every field per draw.
            f = self._fields(
                block, block.shape_items, values, tuple(block.base), v is None, row_major=True
            )
            pv = pv + self._timing_pv(block.kind, f, v, df)
        return pv

    def _discount_base(self, values: FloatArray) -> FloatArray | float | None:
        """``v = 1 / (1 + r)`` per row or fixed, or None under a step schedule of rates."""
        if self.rate_column is not None:
            rates = values[:, self.rate_column]
            if np.all(rates > -1.0):
                return (1.0 / (1.0 + rates))[:, None]
        elif self.constant_rate is not None:
            return 1.0 / (1.0 + self.constant_rate)
        return None

    def _timing_pv(
        self,
        kind: str,
        f: dict[str, NDArray[Any]],
        v: FloatArray | float | None,
        df: FloatArray,
    ) -> FloatArray:
        """PV of items whose first year, duration or drop-off differ per row.

        Under one discount rate (per row or fixed) the closed forms of
        ``sroi_app.calc.fastpv`` need no year axis; a step schedule sums the
        effects over their years, and costs go through ``cost_flows``.
        """
        horizon = self.horizon
        pv: FloatArray
        if kind == "cost":
            scale = f["amount"] * (1.0 + f["optimism_bias"]) * f["price_factor"]
            if v is None:
                flows = self._flows(kind, f).sum(axis=1)
                pv = flows @ df if df.ndim == 1 else np.einsum("dt,dt->d", flows, df)
            else:
                when = (f["first_year"], f["last_year"], f["every_years"])
                pv = cost_pv_geometric(scale, *when, v, horizon).sum(axis=-1)
            return pv
        scale = f["quantity"] * f["proxy.value"] * f["price_factor"] * retained(f)
        timing = (f["drop_off"], f["first_year"], f["duration_years"], f["ramp_up_years"])
        if v is None:
            pv = effect_pv_by_year(scale, *timing, df, horizon).sum(axis=-1)
        else:
            pv = effect_pv_geometric(scale, *timing, v, horizon).sum(axis=-1)
        return pv

    def evaluate(self, values: FloatArray, alternatives: Collection[int] | None = None) -> BatchPV:
        """Incremental PV of costs and benefits, shape ``(rows, variants)``.

        ``values`` holds the parameters as the calculation uses them (already
        clipped and rounded; see ``sroi_app.calc.parameters.bounded``).
        ``alternatives`` (indices, the reference among them) limits the work to
        those alternatives: the others' variants are NaN, the rest the same numbers.
        """
        # Overflow is refused explicitly (``check_finite``); numpy's warnings would
        # only repeat it on stderr.
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            return self._evaluate(np.atleast_2d(np.asarray(values, dtype=float)), alternatives)

    def _evaluate(self, values: FloatArray, alternatives: Collection[int] | None) -> BatchPV:
        rows = values.shape[0]
        if self.rate_column is None:
            df = self.discount_factor
        else:
            df = discount_factors_many(values[:, self.rate_column], self.horizon)
        skipped = np.full(rows, np.nan)
        pv = [
            (self._block_pv(costs, values, df), self._block_pv(effects, values, df))
            if alternatives is None or a in alternatives
            else (skipped, skipped)
            for a, (costs, effects) in enumerate(self._blocks)
        ]
        zero = np.zeros(rows)
        ref_costs, ref_benefits = (
            pv[self.reference_index] if self.reference_index is not None else (zero, zero)
        )
        if not self.variant_indices:
            return BatchPV(np.zeros((rows, 0)), np.zeros((rows, 0)))
        pv_costs = np.column_stack([pv[a][0] - ref_costs for a in self.variant_indices])
        pv_benefits = np.column_stack([pv[a][1] - ref_benefits for a in self.variant_indices])
        return BatchPV(pv_costs, pv_benefits)


def check_finite(*arrays: FloatArray) -> None:
    """Refuse present values that overflowed, as ``compute`` does for the central values.

    A range can reach values (a rate near -100%, amounts of 10^15 over a long
    horizon) whose present values no float can hold; a mean of -6e79 or a
    null must not be reported as a result.
    """
    with np.errstate(invalid="ignore"):
        finite = all(bool(np.all(np.isfinite(a))) for a in arrays)
    if not finite:
        raise CalculationError(
            "uncertainty",
            "the ranges give present values too large to compute; narrow the ranges"
            " (a discount rate near -100%, or very large amounts or quantities)",
        )
