"""Hypothesis strategies for valid scenario dicts, with every optional field sometimes left out."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st


def names(min_size: int = 0, max_size: int = 12) -> st.SearchStrategy[str]:
    """Any text a file may hold: every character but the invisible controls and surrogates
    (``sroi_app.domain.text_checks`` refuses those, and tests/test_text_checks.py shows it)."""
    return st.text(
        st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\ufeff"),
        min_size=min_size,
        max_size=max_size,
    )


fractions = st.one_of(st.just(0.0), st.just(1.0), st.floats(0, 1, allow_nan=False))
price_years = st.one_of(st.none(), st.integers(2000, 2027))


# Amounts of 1e-200 euro make numpy-financial's companion matrix non-finite or
# meaningless; money below a millionth of a cent is rounded to zero here.
def sane(floats: st.SearchStrategy[float]) -> st.SearchStrategy[float]:
    return floats.map(lambda x: 0.0 if abs(x) < 1e-6 else x)


amounts = st.one_of(
    st.integers(-5_000, 500_000).map(float),
    sane(st.floats(-1e5, 1e6, allow_nan=False, allow_infinity=False)),
)


def _maybe(
    draw: st.DrawFn, item: dict[str, Any], key: str, strategy: st.SearchStrategy[Any]
) -> None:
    """Set ``item[key]`` from ``strategy``, or leave it out to exercise the default."""
    if draw(st.booleans()):
        value = draw(strategy)
        if value is not None:
            item[key] = value


@st.composite
def cost_items(draw: st.DrawFn, index: int, payers: list[str], horizon: int) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": f"c{index}",
        "payer": draw(st.sampled_from(payers)),
        "amount": draw(amounts),
    }
    _maybe(draw, item, "name", names(max_size=12))
    first = draw(st.integers(0, horizon + 3))
    _maybe(draw, item, "first_year", st.just(first))
    if "first_year" in item and draw(st.booleans()):
        item["last_year"] = draw(st.integers(first, first + horizon + 3))
    elif "first_year" not in item and draw(st.booleans()):
        item["last_year"] = draw(st.integers(0, horizon + 3))
    _maybe(draw, item, "every_years", st.integers(1, 7))
    _maybe(draw, item, "price_year", price_years)
    _maybe(draw, item, "optimism_bias", st.one_of(st.just(0.0), st.floats(0, 2, allow_nan=False)))
    return item


@st.composite
def effects(draw: st.DrawFn, index: int, beneficiaries: list[str], horizon: int) -> dict[str, Any]:
    proxy: dict[str, Any] = {"value": draw(amounts), "source": "test"}
    _maybe(draw, proxy, "price_year", price_years)
    item: dict[str, Any] = {
        "id": f"e{index}",
        "beneficiary": draw(st.sampled_from(beneficiaries)),
        "quantity": draw(
            st.one_of(st.integers(0, 1000).map(float), sane(st.floats(0, 1e4, allow_nan=False)))
        ),
        "proxy": proxy,
    }
    _maybe(draw, item, "name", names(max_size=12))
    _maybe(draw, item, "first_year", st.integers(0, horizon + 2))
    _maybe(draw, item, "duration_years", st.integers(0, horizon + 5))
    for key in ("deadweight", "displacement", "attribution", "drop_off"):
        _maybe(draw, item, key, fractions)
    _maybe(draw, item, "ramp_up_years", st.integers(0, 6))
    return item


@st.composite
def discount_rates(draw: st.DrawFn) -> Any:
    if draw(st.booleans()):
        return draw(
            st.one_of(
                st.sampled_from([0.0, 0.0225, 0.03, 0.035, -0.01]),
                st.floats(-0.05, 0.15, allow_nan=False),
            )
        )
    starts = sorted(draw(st.sets(st.integers(1, 60), max_size=4)))
    first = draw(st.sampled_from([0, 1]))
    steps = [first] + [s for s in starts if s > first]
    return [{"from_year": s, "rate": draw(st.floats(-0.02, 0.1, allow_nan=False))} for s in steps]


@st.composite
def scenarios(draw: st.DrawFn, max_horizon: int = 40) -> dict[str, Any]:
    horizon = draw(st.integers(0, max_horizon))
    n_people = draw(st.integers(1, 4))
    people = [f"s{i}" for i in range(n_people)]
    n_alts = draw(st.integers(1, 4))
    reference_at = draw(st.one_of(st.none(), st.integers(0, n_alts - 1)))
    alternatives = []
    for a in range(n_alts):
        alt: dict[str, Any] = {
            "id": f"a{a}",
            "costs": [draw(cost_items(c, people, horizon)) for c in range(draw(st.integers(0, 4)))],
            "effects": [draw(effects(e, people, horizon)) for e in range(draw(st.integers(0, 4)))],
        }
        _maybe(draw, alt, "name", names(min_size=1, max_size=10))
        if a == reference_at:
            alt["reference"] = True
        elif draw(st.booleans()):
            alt["reference"] = False
        alternatives.append(alt)
    settings: dict[str, Any] = {
        "start_year": draw(st.integers(2000, 2040)),
        "horizon_years": horizon,
        "discount_rate": draw(discount_rates()),
    }
    _maybe(draw, settings, "price_year", st.integers(2000, 2030))
    return {
        "schema_version": 1,
        "name": draw(names(min_size=1, max_size=20)),
        "settings": settings,
        "stakeholders": [{"id": s, "name": s.upper()} for s in people],
        "alternatives": alternatives,
    }
