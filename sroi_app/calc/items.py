"""The yearly flows of every alternative's costs and effects, built for all at once.

Reading 10,000 effects' dozen fields one ``getattr`` list at a time and
building one matrix per alternative was most of a large scenario's
``compute`` (issue 17). Here each alternative's fields are read once, in
one C-level pass over its items (``columns``), into columns that are kept
for as long as the alternative object lives (``_inputs``: the items are
frozen, so the same item objects have the same fields); the price factors
are looked up once per distinct price year, and the costs and effects of
all alternatives are one matrix each, of which every alternative gets a
view (its block of rows). The matrices are those of ``calc.flows``
(``cost_flows``, and ``effect_matrix``, which equals ``effect_flows`` to
the bit); ``tests/test_flows_fast.py`` compares the whole with the engine's
former per-alternative code.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain
from operator import is_, itemgetter
from typing import Any

import numpy as np
from numpy.typing import NDArray

from sroi_app.calc.flows import FloatArray, cost_flows, effect_matrix
from sroi_app.calc.results import AlternativeFlows
from sroi_app.domain.corrections import share_fields
from sroi_app.domain.cpi import CpiTable
from sroi_app.domain.models import Alternative, CostItem, Effect

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


def _effect_fields(shares: tuple[str, ...]) -> tuple[str, ...]:
    names = ("id", "beneficiary", "proxy", "quantity", "drop_off", "first_year")
    return (*names, "duration_years", "ramp_up_years", *shares)


def _codes(values: tuple[Any, ...]) -> tuple[tuple[Any, ...], NDArray[np.intp]]:
    """The distinct values in the order they first appear, and each value's index among them."""
    distinct = dict.fromkeys(values)
    index = {value: i for i, value in enumerate(distinct)}
    codes = np.fromiter(map(index.__getitem__, values), np.intp, len(values))
    return tuple(distinct), codes


@dataclass(frozen=True, eq=False)
class _Inputs:
    """What the engine reads of one alternative's items, as columns.

    Read once per alternative object (``_inputs``): the items are frozen, so
    their fields cannot change while the same item objects are in the same
    lists; an edit makes a new alternative, whose items are read anew.
    Nothing here depends on the settings, the CPI table or the stakeholders.
    """

    costs: list[CostItem]  # the items read, to tell whether they are still the same
    effects: list[Effect]
    shares: tuple[str, ...]  # the share corrections read (``share_fields``)
    cost_ids: tuple[str, ...]
    payers: tuple[str, ...]
    amount: FloatArray
    optimism_bias: FloatArray
    cost_first: NDArray[np.int64]
    cost_last: NDArray[np.int64]  # ``CostItem.effective_last_year``
    every: NDArray[np.int64]
    effect_ids: tuple[str, ...]
    beneficiaries: tuple[str, ...]
    #: The distinct stakeholders that pay or gain, in the items' order (the costs, then
    #: the effects), and each cost's and each effect's index among them.
    owners: tuple[str, ...]
    payer_code: NDArray[np.intp]
    beneficiary_code: NDArray[np.intp]
    #: ``quantity * proxy value``: the first factor of ``effect_flows``' product.
    quantity_value: FloatArray
    #: ``prod (1 - share)``, multiplied in ``effect_flows``' order (``1.0`` with no shares).
    retained: FloatArray | float
    drop_off: FloatArray
    effect_first: NDArray[np.int64]
    duration: NDArray[np.int64]
    ramp: NDArray[np.int64]
    #: The distinct price years in the items' order (the costs, then the effects' proxies),
    #: and each cost's and each effect's index among them.
    price_years: tuple[int | None, ...]
    cost_year: NDArray[np.intp]
    effect_year: NDArray[np.intp]

    def reads(self, alternative: Alternative, shares: tuple[str, ...]) -> bool:
        """These are still ``alternative``'s inputs: the same item objects in the same
        order (not merely equal ones: ``0.0 == -0.0``), and the same share corrections."""
        return (
            self.shares == shares
            and _same(self.costs, alternative.costs)
            and _same(self.effects, alternative.effects)
        )


def _same(read: list[Any], now: list[Any]) -> bool:
    return len(read) == len(now) and all(map(is_, read, now))


def _read(alternative: Alternative, shares: tuple[str, ...]) -> _Inputs:
    costs, effects = list(alternative.costs), list(alternative.effects)
    cost_id, payer, amount, bias, cost_years, first, last, every = columns(costs, _COST_FIELDS)
    effect_id, beneficiary, proxy, quantity, drop_off, effect_first, duration, ramp, *share = (
        columns(effects, _effect_fields(shares))
    )
    # A proxy has few fields: one pass per field over their ``__dict__``s, the value
    # straight into floats (as ``astype`` converts it), the price years as they are.
    proxies = list(map(vars, proxy.tolist()))
    value = np.fromiter(map(itemgetter("value"), proxies), float, len(proxies))
    effect_years = tuple(map(itemgetter("price_year"), proxies))
    price_years, codes = _codes((*cost_years.tolist(), *effect_years))
    payers, beneficiaries = tuple(payer.tolist()), tuple(beneficiary.tolist())
    owners, owner_codes = _codes((*payers, *beneficiaries))
    retained: FloatArray | float = 1.0
    for fraction in share:
        retained = retained * (1.0 - _floats(fraction))
    # ``CostItem.effective_last_year``: a one-off cost when no last year is given.
    last_year = np.where(last == None, first, last)  # noqa: E711 (elementwise)
    return _Inputs(
        costs=costs,
        effects=effects,
        shares=shares,
        cost_ids=tuple(cost_id.tolist()),
        payers=payers,
        amount=_floats(amount),
        optimism_bias=_floats(bias),
        cost_first=_ints(first),
        cost_last=_ints(last_year),
        every=_ints(every),
        effect_ids=tuple(effect_id.tolist()),
        beneficiaries=beneficiaries,
        owners=owners,
        payer_code=owner_codes[: len(costs)],
        beneficiary_code=owner_codes[len(costs) :],
        quantity_value=_floats(quantity) * value,
        retained=retained,
        drop_off=_floats(drop_off),
        effect_first=_ints(effect_first),
        duration=_ints(duration),
        ramp=_ints(ramp),
        price_years=price_years,
        cost_year=codes[: len(costs)],
        effect_year=codes[len(costs) :],
    )


#: Each alternative's inputs by ``id``, with a weak reference that drops the entry when
#: the alternative is gone (pydantic models hash by value, so no ``WeakKeyDictionary``).
_READ: dict[int, tuple[weakref.ref[Alternative], _Inputs]] = {}


def _forget(key: int) -> Callable[[object], None]:
    def forget(_: object) -> None:
        _READ.pop(key, None)

    return forget


def _inputs(alternative: Alternative, shares: tuple[str, ...]) -> _Inputs:
    """``alternative``'s inputs, read from its items the first time they are asked for.

    A large scenario's 10,000 items, each a dictionary of its own somewhere in
    memory, took a third of ``compute`` to read (issue 17); computing the same
    alternatives again (another discount rate, horizon, price year or CPI
    table, a reference changed elsewhere, a report) reads them no more.
    """
    key = id(alternative)
    known = _READ.get(key)
    if known is not None and known[0]() is alternative and known[1].reads(alternative, shares):
        return known[1]
    inputs = _read(alternative, shares)
    _READ[key] = (weakref.ref(alternative, _forget(key)), inputs)
    return inputs


def _end_to_end(arrays: list[Any], dtype: type) -> Any:
    return np.concatenate(arrays) if arrays else np.zeros(0, dtype=dtype)


def _joined(parts: Sequence[_Inputs], name: str, dtype: type) -> Any:
    """Field ``name`` of every alternative's inputs, end to end."""
    return _end_to_end([getattr(p, name) for p in parts], dtype)


def _decoded(
    parts: Sequence[_Inputs], value: Callable[[Any], Any], distinct: str, codes: str, dtype: type
) -> Any:
    """Each item's ``value`` of a coded field (``distinct`` values, each item's index in
    ``codes``), end to end: ``value`` is asked once per distinct value of an alternative."""
    arrays = []
    for part in parts:
        known = getattr(part, distinct)
        arrays.append(np.fromiter(map(value, known), dtype, len(known))[getattr(part, codes)])
    return _end_to_end(arrays, dtype)


def _cost_matrix(parts: Sequence[_Inputs], factors: FloatArray, t: Years) -> FloatArray:
    def column(name: str, dtype: type = np.int64) -> Any:
        return _joined(parts, name, dtype)[:, None]

    return cost_flows(
        amount=column("amount", float),
        optimism_bias=column("optimism_bias", float),
        price_factor=factors[:, None],
        first_year=column("cost_first"),
        last_year=column("cost_last"),
        every_years=column("every"),
        t=t,
    )


def _effect_matrix(parts: Sequence[_Inputs], factors: FloatArray, t: Years) -> FloatArray:
    def column(name: str, dtype: type = np.int64) -> Any:
        return _joined(parts, name, dtype)

    base = column("quantity_value", float) * factors
    if parts and parts[0].shares:
        base = base * column("retained", float)
    # That is ``effect_flows``' order: quantity * value * index * prod(1 - share).
    return effect_matrix(
        base=base,
        drop_off=column("drop_off", float),
        first_year=column("effect_first"),
        duration_years=column("duration"),
        ramp_up_years=column("ramp"),
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


def flows_by_alternative(
    alternatives: Sequence[Alternative],
    cpi: CpiTable,
    price_year: int,
    t: Years,
    stakeholder_index: Mapping[str, int],
) -> dict[str, AlternativeFlows]:
    """The cost and effect matrices of each alternative on its own, by id.

    Built for all alternatives at once, each a block of rows of one matrix:
    the alternatives' inputs (``_inputs``) joined, one matrix of costs and
    one of effects (one large allocation is much cheaper than one per
    alternative), then a view per alternative.
    """
    count = len(alternatives)
    shares = share_fields()
    inputs = [_inputs(a, shares) for a in alternatives]
    cost_counts = [len(i.cost_ids) for i in inputs]
    effect_counts = [len(i.effect_ids) for i in inputs]
    cost_ends = np.cumsum([0, *cost_counts]).tolist()
    effect_ends = np.cumsum([0, *effect_counts]).tolist()
    # Each distinct price year's CPI factor, computed once, in the order the items meet
    # them (each alternative's costs, then its effects): a year the table lacks is
    # reported for the first item that has it, as asking item by item did.
    years = dict.fromkeys(chain.from_iterable(i.price_years for i in inputs))
    factor = {year: cpi.factor(year, price_year) for year in years}.__getitem__
    cost_factors = _decoded(inputs, factor, "price_years", "cost_year", float)
    effect_factors = _decoded(inputs, factor, "price_years", "effect_year", float)
    no_rows = np.zeros((0, t.size))
    cost_matrix = _cost_matrix(inputs, cost_factors, t) if sum(cost_counts) else no_rows
    effect_matrix = _effect_matrix(inputs, effect_factors, t) if sum(effect_counts) else no_rows
    people = len(stakeholder_index)
    owner = stakeholder_index.__getitem__
    # Each item's group: its alternative's block of stakeholders, then its own.
    cost_group = np.repeat(np.arange(count) * people, cost_counts)
    cost_group += _decoded(inputs, owner, "owners", "payer_code", np.int64)
    effect_group = np.repeat(np.arange(count) * people, effect_counts)
    effect_group += _decoded(inputs, owner, "owners", "beneficiary_code", np.int64)
    paid = _by_group(cost_matrix, cost_group, count * people).reshape(count, people, t.size)
    received = _by_group(effect_matrix, effect_group, count * people)
    received = received.reshape(count, people, t.size)
    for array in (cost_matrix, effect_matrix, paid, received):
        array.setflags(write=False)
    flows = {}
    for a, (alternative, own) in enumerate(zip(alternatives, inputs, strict=True)):
        c0, c1 = cost_ends[a], cost_ends[a + 1]
        e0, e1 = effect_ends[a], effect_ends[a + 1]
        flows[alternative.id] = AlternativeFlows(
            alternative_id=alternative.id,
            cost_ids=own.cost_ids,
            cost_payers=own.payers,
            cost_matrix=cost_matrix[c0:c1],
            effect_ids=own.effect_ids,
            effect_beneficiaries=own.beneficiaries,
            effect_matrix=effect_matrix[e0:e1],
            costs_by_stakeholder=paid[a],
            benefits_by_stakeholder=received[a],
        )
    return flows
