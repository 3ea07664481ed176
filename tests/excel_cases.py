"""Seeded random scenarios for the workbook tests.

Hypothesis draws one example per test run, but a LibreOffice recalculation
costs about a second per call, so the workbook tests convert a batch of
files in one call; this generator makes that batch reproducibly from a
seed. It aims at the corners of the contract: step schedules starting in
year 0 or 1, negative and zero rates, no reference, price years left out or
after the last CPI year, one-off and periodic costs past the horizon, full
drop-off, ramp-up, effects of zero length or after the horizon, negative
amounts and proxies, and stakeholder ids that differ only in case.
"""

from __future__ import annotations

import random
from typing import Any


def _maybe(rng: random.Random, item: dict[str, Any], key: str, value: Any, p: float = 0.6) -> None:
    if rng.random() < p:
        item[key] = value


def _price_year(rng: random.Random) -> int:
    return rng.choice([2000, 2012, 2019, 2022, 2024, 2025, 2026, 2030])


def _money(rng: random.Random, low: float, high: float) -> float:
    value = rng.choice([rng.uniform(low, high), float(rng.randint(int(low), int(high)))])
    return -value if rng.random() < 0.1 else value


def _cost(rng: random.Random, c: int, payers: list[str], horizon: int) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": f"c{c}",
        "payer": rng.choice(payers),
        "amount": _money(rng, 100, 400_000),
    }
    _maybe(rng, item, "name", f"Cost {c}")
    first = rng.randint(0, horizon + 2)
    _maybe(rng, item, "first_year", first)
    if rng.random() < 0.6:
        item["last_year"] = rng.randint(item.get("first_year", 0), horizon + 5)
    _maybe(rng, item, "every_years", rng.choice([1, 1, 2, 5, 10]))
    _maybe(rng, item, "price_year", _price_year(rng), 0.5)
    _maybe(rng, item, "optimism_bias", rng.choice([0.0, 0.1, 0.24, rng.uniform(0, 0.6)]), 0.5)
    return item


def _effect(rng: random.Random, e: int, people: list[str], horizon: int) -> dict[str, Any]:
    proxy: dict[str, Any] = {"value": _money(rng, 1, 5_000), "source": f"source {e}"}
    _maybe(rng, proxy, "price_year", _price_year(rng), 0.5)
    item: dict[str, Any] = {
        "id": f"e{e}",
        "beneficiary": rng.choice(people),
        "quantity": rng.choice([float(rng.randint(0, 500)), rng.uniform(0, 1000)]),
        "proxy": proxy,
    }
    _maybe(rng, item, "name", f"Effect {e}")
    _maybe(rng, item, "first_year", rng.randint(0, horizon + 1))
    _maybe(rng, item, "duration_years", rng.randint(0, horizon + 3))
    for key in ("deadweight", "displacement", "attribution", "drop_off"):
        _maybe(rng, item, key, rng.choice([0.0, 1.0, round(rng.random(), 3), rng.random()]), 0.5)
    _maybe(rng, item, "ramp_up_years", rng.randint(0, 5), 0.5)
    return item


def _rate(rng: random.Random) -> Any:
    if rng.random() < 0.6:
        return rng.choice([0.0225, 0.03, 0.035, 0.0, -0.01, round(rng.uniform(-0.02, 0.12), 4)])
    first = rng.choice([0, 1])
    starts = sorted({first, *rng.sample(range(first + 1, 60), rng.randint(0, 4))})
    return [{"from_year": s, "rate": round(rng.uniform(-0.01, 0.08), 4)} for s in starts]


def random_scenario(seed: int) -> dict[str, Any]:
    rng = random.Random(seed)
    horizon = rng.choice([0, 1, 5, 15, 30, rng.randint(0, 60)])
    people = ["s0", "S0", "s1", "s2"][: rng.randint(1, 4)]
    n_alts = rng.randint(1, 4)
    reference_at = rng.choice([None, 0, rng.randrange(n_alts)])
    alternatives = []
    for a in range(n_alts):
        alternative: dict[str, Any] = {
            "id": f"a{a}",
            "name": f"Alternative {a}",
            "costs": [_cost(rng, c, people, horizon) for c in range(rng.randint(0, 4))],
            "effects": [_effect(rng, e, people, horizon) for e in range(rng.randint(0, 5))],
        }
        if a == reference_at:
            alternative["reference"] = True
        alternatives.append(alternative)
    settings: dict[str, Any] = {
        "start_year": rng.randint(2000, 2035),
        "horizon_years": horizon,
        "discount_rate": _rate(rng),
    }
    _maybe(rng, settings, "price_year", rng.randint(2000, 2030))
    return {
        "schema_version": 1,
        "name": f"Random scenario {seed}",
        "settings": settings,
        "stakeholders": [{"id": s, "name": f"Stakeholder {s}"} for s in people],
        "alternatives": alternatives,
        "pm_items": [{"name": "PM", "sign": rng.choice(["+", "-", "?"])}],
    }
