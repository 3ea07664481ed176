"""Synthetic scenarios of a given size, for benchmarks and scale tests.

``synthetic_data`` builds a plausible appraisal: the reference alternative has
maintenance and a modest baseline effect; every variant invests in the first
years, pays yearly upkeep and periodic replacements, and reaps effects that
start after a year or two and last decades. ``erratic=True`` instead draws
every cost and effect at random, so the net flows change sign many times
(the hard case for the IRR).
"""

from __future__ import annotations

import random
from typing import Any

from sroi_app.domain.models import Scenario


def _cost(
    rng: random.Random, c: int, payer: str, horizon: int, erratic: bool, scale: float
) -> dict[str, Any]:
    if erratic:
        first = rng.randint(0, 5)
        last = first + rng.randint(0, horizon)
        every = rng.choice([1, 1, 1, 5, 10])
        amount = rng.uniform(1_000, 200_000)
    elif c < 3:  # the investment, spread over the first years
        first, last, every, amount = c, c, 1, rng.uniform(200_000, 800_000)
    elif c < 14:  # yearly upkeep and operations
        first, last, every, amount = rng.randint(1, 3), horizon, 1, rng.uniform(1_000, 12_000)
    else:  # replacements of parts of the investment
        first = rng.randint(15, 30)
        last, every, amount = horizon, rng.choice([15, 20, 25]), rng.uniform(10_000, 60_000)
    item: dict[str, Any] = {
        "id": f"c{c}",
        "name": f"Cost {c}",
        "payer": payer,
        "amount": round(amount * scale, 2),
        "first_year": first,
        "last_year": last,
        "every_years": every,
        "price_year": rng.randint(2015, 2025),
        "optimism_bias": rng.choice([0.0, 0.1, 0.24]),
    }
    if c % 4 == 0:
        item["uncertainty"] = {
            "amount": {"low": item["amount"] * 0.8, "high": item["amount"] * 1.3}
        }
    return item


def _effect(
    rng: random.Random, e: int, beneficiary: str, horizon: int, erratic: bool, scale: float
) -> dict[str, Any]:
    value = round((rng.uniform(10, 5_000) if erratic else rng.uniform(5, 150)) * scale, 2)
    quantity = rng.randint(1, 500)
    item: dict[str, Any] = {
        "id": f"e{e}",
        "name": f"Effect {e}",
        "chain": ["intervention", "output", "outcome", "impact"],
        "indicator": f"indicator {e}",
        "beneficiary": beneficiary,
        "quantity": quantity,
        "unit": "person",
        "proxy": {
            "name": f"proxy {e}",
            "value": value,
            "source": "synthetic",
            "price_year": rng.randint(2015, 2025),
        },
        "first_year": rng.randint(0, 5) if erratic else rng.randint(1, 3),
        "duration_years": _duration(rng, horizon, erratic),
        "deadweight": round(rng.uniform(0, 0.5), 3),
        "displacement": round(rng.uniform(0, 0.2), 3),
        "attribution": round(rng.uniform(0, 0.5), 3),
        "drop_off": round(rng.uniform(0, 0.2) if erratic or rng.random() < 0.2 else 0.0, 3),
        "ramp_up_years": rng.randint(0, 3),
    }
    if e % 5 == 0:
        item["uncertainty"] = {
            "quantity": {"low": quantity * 0.5, "high": quantity * 1.5, "distribution": "pert"},
            "proxy.value": {"low": value * 0.7, "high": value * 1.2},
        }
    return item


def _duration(rng: random.Random, horizon: int, erratic: bool) -> int:
    if erratic:
        return rng.randint(1, horizon)
    # Most effects last as long as the intervention (the horizon), some fade out sooner.
    return horizon if rng.random() < 0.8 else rng.randint(10, 30)


def synthetic_data(
    alternatives: int = 3,
    effects: int = 50,
    costs: int = 20,
    horizon: int = 100,
    stakeholders: int = 6,
    seed: int = 1,
    erratic: bool = False,
) -> dict[str, Any]:
    """A valid scenario dict: the first alternative is the reference."""
    rng = random.Random(seed)
    people = [{"id": f"s{i}", "name": f"Stakeholder {i}"} for i in range(stakeholders)]
    alts = []
    for a in range(alternatives):
        reference = a == 0
        scale = 0.1 if reference and not erratic else 1.0
        alts.append(
            {
                "id": f"a{a}",
                "name": "Nulalternatief" if reference else f"Variant {a}",
                "reference": reference,
                "costs": [
                    _cost(rng, c, rng.choice(people)["id"], horizon, erratic, scale)
                    for c in range(costs)
                ],
                "effects": [
                    _effect(rng, e, rng.choice(people)["id"], horizon, erratic, scale)
                    for e in range(effects)
                ],
            }
        )
    return {
        "schema_version": 1,
        "name": f"Synthetic {alternatives}x{effects}x{costs} over {horizon} years",
        "settings": {
            "start_year": 2026,
            "price_year": 2025,
            "horizon_years": horizon,
            "discount_rate": 0.0225,
        },
        "stakeholders": people,
        "alternatives": alts,
        "pm_items": [],
    }


def renewed(scenario: Scenario) -> Scenario:
    """``scenario`` with every alternative, cost and effect a new object (the same values):
    the engine reads such items' fields afresh (``calc.items`` keeps them per object)."""
    alternatives = [
        a.model_copy(
            update={
                "costs": [c.model_copy() for c in a.costs],
                "effects": [e.model_copy() for e in a.effects],
            }
        )
        for a in scenario.alternatives
    ]
    return scenario.model_copy(update={"alternatives": alternatives})


def first_compute_ms(scenario: Scenario, repeat: int = 11) -> float:
    """Median time of ``compute`` on copies of ``scenario`` whose alternatives and items are
    new objects (``renewed``), so that every item's fields are read, as on a scenario's
    first compute (``calc.items`` keeps them per alternative object)."""
    from benchmarks.timing import median_ms
    from sroi_app.calc import compute
    from sroi_app.io.cpi import default_cpi

    cpi = default_cpi()
    copies = iter([renewed(scenario) for _ in range(repeat + 3)])
    return median_ms(lambda: compute(next(copies), cpi), repeat=repeat, warmup=3)
