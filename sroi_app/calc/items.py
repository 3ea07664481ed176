"""The yearly flows of every alternative's costs and effects, built for all at once.

Reading 10,000 effects' dozen fields one ``getattr`` list at a time and
building one matrix per alternative was most of a large scenario's
``compute`` (issue 17). Here the fields are read in one C-level pass over
the items (``columns``), the price factors are looked up once per distinct
price year, and the costs and effects of all alternatives are one matrix
each, of which every alternative gets a view (its block of rows). The
matrices are those of ``calc.flows`` (``cost_flows``, and ``effect_matrix``,
which equals ``effect_flows`` to the bit); ``tests/test_flows_fast.py``
compares the whole with the engine's former per-alternative code.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import chain
from operator import itemgetter
from typing import Any

import numpy as np
from numpy.typing import NDArray

from sroi_app.calc.flows import FloatArray, cost_flows, effect_matrix
from sroi_app.calc.results import AlternativeFlows
from sroi_app.domain.corrections import share_fields
from sroi_app.domain.cpi import CpiTable
from sroi_app.domain.models import Alternative

Years = NDArray[np.int64]
#: One field of many items (Python objects).
Column = NDArray[np.object_]


def columns(items: Sequence[Any] | Column, names: Sequence[str]) -> list[Column]:
    """``[getattr(item, name) for item in items]`` for each name, quicker.

    One pass over the items: one ``itemgetter`` call per item on its
    ``__dict__`` (where pydantic keeps the declared fields) reads every name
    while the item is in the cache, and the values stream into one table;
    each item's tuple is freed at once, so the garbage collector is not woken
    (a tuple kept per item woke its full passes over the whole scenario).
    A name that is not in the first item's ``__dict__`` (an extra field,
    such as a correction added under test) is read with ``getattr``, 0.0
    when absent.
    """
    n = len(items)
    if not n:
        return [np.empty(0, dtype=object) for _ in names]
    declared = vars(items[0])
    fast = [name for name in names if name in declared]
    found: dict[str, Column] = {}
    if len(fast) == 1:
        found[fast[0]] = np.fromiter(map(itemgetter(fast[0]), map(vars, items)), object, n)
    elif fast:
        values = chain.from_iterable(map(itemgetter(*fast), map(vars, items)))
        table = np.fromiter(values, dtype=object, count=n * len(fast)).reshape(n, len(fast))
        found.update(zip(fast, table.T, strict=True))
    for name in names:
        if name not in found:
            found[name] = np.fromiter(
                (getattr(item, name, 0.0) for item in items), dtype=object, count=n
            )
    return [found[name] for name in names]


def _floats(values: Column) -> FloatArray:
    """As ``np.array(list(values), dtype=float)``: ``float()`` of each value."""
    return values.astype(float)


def _ints(values: Column) -> NDArray[np.int64]:
    return values.astype(np.int64)


_COST_FIELDS = (
    *("id", "payer", "amount", "optimism_bias"),
    *("price_year", "first_year", "last_year", "every_years"),
)


def _cost_matrix(fields: list[Column], factors: FloatArray, t: Years) -> FloatArray:
    _, _, amount, bias, _, first, last, every = fields
    # ``CostItem.effective_last_year``: a one-off cost when no last year is given.
    last_year = np.where(last == None, first, last)  # noqa: E711 (elementwise)
    return cost_flows(
        amount=_floats(amount)[:, None],
        optimism_bias=_floats(bias)[:, None],
        price_factor=factors[:, None],
        first_year=_ints(first)[:, None],
        last_year=_ints(last_year)[:, None],
        every_years=_ints(every)[:, None],
        t=t,
    )


def _effect_fields() -> tuple[str, ...]:
    names = ("id", "beneficiary", "proxy", "quantity", "drop_off", "first_year")
    return (*names, "duration_years", "ramp_up_years", *share_fields())


def _effect_matrix(
    fields: list[Column], value: FloatArray, factors: FloatArray, t: Years
) -> FloatArray:
    _, _, _, quantity, drop_off, first, duration, ramp, *shares = fields
    # The order of ``effect_flows``: quantity * value * index * prod(1 - share).
    base = _floats(quantity) * value * factors
    retained: FloatArray | float = 1.0
    for share in shares:
        retained = retained * (1.0 - _floats(share))
    return effect_matrix(
        base=base * retained,
        drop_off=_floats(drop_off),
        first_year=_ints(first),
        duration_years=_ints(duration),
        ramp_up_years=_ints(ramp),
        years=t.size,
    )


def _by_group(matrix: FloatArray, group: NDArray[np.int64], groups: int) -> FloatArray:
    """Rows summed per group, ``(groups, years)``: ``matrix[group == g].sum(axis=0)``.

    The rows sorted by group (stably, so in their own order within a group),
    then each group's slice summed, which adds the same rows in the same
    order as the mask did, without a mask and a copy per group.
    """
    out = np.zeros((groups, matrix.shape[1]))
    if not group.size:
        return out
    order = np.argsort(group, kind="stable")
    ordered = group[order]
    starts = np.flatnonzero(np.diff(ordered)) + 1
    bounds = zip(
        ordered[np.r_[0, starts]].tolist(),
        np.r_[0, starts].tolist(),
        np.r_[starts, ordered.size].tolist(),
        strict=True,
    )
    for g, start, end in bounds:
        np.add.reduce(matrix[order[start:end]], axis=0, out=out[g])
    return out


def _factors(
    cpi: CpiTable,
    price_year: int,
    cost_years: tuple[int | None, ...],
    effect_years: tuple[int | None, ...],
    cost_ends: list[int],
    effect_ends: list[int],
) -> dict[int | None, float]:
    """Each distinct price year's CPI factor, computed once.

    When the CPI table lacks a year, the error is the one for the first such
    year in the order of the items (each alternative's costs, then its
    effects), as asking for every item's factor in turn would give.
    """
    try:
        return {year: cpi.factor(year, price_year) for year in {*cost_years, *effect_years}}
    except Exception:  # a year the table lacks: asked again in the items' order, to raise
        in_order = chain.from_iterable(
            chain(
                cost_years[cost_ends[a] : cost_ends[a + 1]],
                effect_years[effect_ends[a] : effect_ends[a + 1]],
            )
            for a in range(len(cost_ends) - 1)
        )
        return {year: cpi.factor(year, price_year) for year in dict.fromkeys(in_order)}


def flows_by_alternative(
    alternatives: Sequence[Alternative],
    cpi: CpiTable,
    price_year: int,
    t: Years,
    stakeholder_index: Mapping[str, int],
) -> dict[str, AlternativeFlows]:
    """The cost and effect matrices of each alternative on its own, by id.

    Built for all alternatives at once, each a block of rows of one matrix:
    one pass over the fields, one matrix of costs and one of effects (one
    large allocation is much cheaper than one per alternative), then a view
    per alternative.
    """
    count = len(alternatives)
    cost_counts = [len(a.costs) for a in alternatives]
    effect_counts = [len(a.effects) for a in alternatives]
    costs = list(chain.from_iterable(a.costs for a in alternatives))
    effects = list(chain.from_iterable(a.effects for a in alternatives))
    cost_fields = columns(costs, _COST_FIELDS)
    effect_fields = columns(effects, _effect_fields())
    # A proxy has few fields: one pass per field over their ``__dict__``s, the value
    # straight into floats (as ``astype`` converts it), the price years as they are.
    proxies = list(map(vars, effect_fields[2].tolist()))
    value = np.fromiter(map(itemgetter("value"), proxies), float, len(proxies))
    effect_years = tuple(map(itemgetter("price_year"), proxies))
    cost_ids, payers, cost_years = (tuple(c.tolist()) for c in cost_fields[:2] + cost_fields[4:5])
    effect_ids, beneficiaries = (tuple(c.tolist()) for c in effect_fields[:2])
    cost_ends = np.cumsum([0, *cost_counts]).tolist()
    effect_ends = np.cumsum([0, *effect_counts]).tolist()
    table = _factors(cpi, price_year, cost_years, effect_years, cost_ends, effect_ends)
    cost_factors = np.fromiter(map(table.__getitem__, cost_years), float, len(cost_years))
    effect_factors = np.fromiter(map(table.__getitem__, effect_years), float, len(effect_years))
    cost_matrix = _cost_matrix(cost_fields, cost_factors, t) if costs else np.zeros((0, t.size))
    effect_matrix = (
        _effect_matrix(effect_fields, value, effect_factors, t)
        if effects
        else np.zeros((0, t.size))
    )
    people = len(stakeholder_index)
    owner = stakeholder_index.__getitem__
    cost_group = np.repeat(np.arange(count) * people, cost_counts)
    cost_group += np.fromiter(map(owner, payers), np.int64, len(payers))
    effect_group = np.repeat(np.arange(count) * people, effect_counts)
    effect_group += np.fromiter(map(owner, beneficiaries), np.int64, len(beneficiaries))
    paid = _by_group(cost_matrix, cost_group, count * people).reshape(count, people, t.size)
    received = _by_group(effect_matrix, effect_group, count * people)
    received = received.reshape(count, people, t.size)
    for array in (cost_matrix, effect_matrix, paid, received):
        array.setflags(write=False)
    flows = {}
    for a, alternative in enumerate(alternatives):
        c0, c1 = cost_ends[a], cost_ends[a + 1]
        e0, e1 = effect_ends[a], effect_ends[a + 1]
        flows[alternative.id] = AlternativeFlows(
            alternative_id=alternative.id,
            cost_ids=cost_ids[c0:c1],
            cost_payers=payers[c0:c1],
            cost_matrix=cost_matrix[c0:c1],
            effect_ids=effect_ids[e0:e1],
            effect_beneficiaries=beneficiaries[e0:e1],
            effect_matrix=effect_matrix[e0:e1],
            costs_by_stakeholder=paid[a],
            benefits_by_stakeholder=received[a],
        )
    return flows
