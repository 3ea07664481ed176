"""The engine against arithmetic worked out by hand, written out in each test."""

from __future__ import annotations

from typing import Any

import pytest

from sroi_app.calc import compute
from sroi_app.domain.cpi import CpiTable
from sroi_app.domain.validation import scenario_from_data
from sroi_app.io.cpi import default_cpi

FLAT_CPI = CpiTable({2020: 100.0, 2021: 110.0, 2024: 125.0, 2026: 130.0})


def scenario(
    alternatives: list[dict[str, Any]],
    rate: Any = 0.035,
    horizon: int = 3,
    price_year: int = 2026,
) -> dict[str, Any]:
    return {
        "schema_version": 1,
        "name": "hand",
        "settings": {
            "start_year": 2026,
            "price_year": price_year,
            "horizon_years": horizon,
            "discount_rate": rate,
        },
        "stakeholders": [
            {"id": "gem", "name": "Gemeente"},
            {"id": "zvz", "name": "Zorgverzekeraar"},
            {"id": "bew", "name": "Bewoners"},
        ],
        "alternatives": alternatives,
    }


def run(data: dict[str, Any], cpi: CpiTable = FLAT_CPI):  # type: ignore[no-untyped-def]
    return compute(scenario_from_data(data), cpi)


def test_single_effect_sroi_case() -> None:
    # Invest 10,000 in year 0. One effect: 100 people x EUR 50, 20% deadweight,
    # 25% attribution, 10% drop-off a year, years 1-3, discounted at 3.5%.
    data = scenario(
        [
            {
                "id": "plan",
                "costs": [{"id": "aanleg", "payer": "gem", "amount": 10_000, "first_year": 0}],
                "effects": [
                    {
                        "id": "e",
                        "beneficiary": "zvz",
                        "quantity": 100,
                        "proxy": {"value": 50, "source": "hand"},
                        "first_year": 1,
                        "duration_years": 3,
                        "deadweight": 0.2,
                        "attribution": 0.25,
                        "drop_off": 0.1,
                    }
                ],
            }
        ]
    )
    result = run(data).results[0]
    # Year 1: 100 * 50 * (1 - 0.2) * (1 - 0.25) = 3000; year 2: 3000 * 0.9 = 2700;
    # year 3: 3000 * 0.9^2 = 2430.
    assert list(result.benefits) == pytest.approx([0, 3000, 2700, 2430])
    pv_benefits = 3000 / 1.035 + 2700 / 1.035**2 + 2430 / 1.035**3
    assert pv_benefits == pytest.approx(7610.7504, abs=1e-4)
    assert result.pv_benefits == pytest.approx(pv_benefits, rel=1e-12)
    assert result.pv_costs == pytest.approx(10_000)  # year 0 is not discounted
    assert result.npv == pytest.approx(pv_benefits - 10_000)
    assert result.sroi_ratio == pytest.approx(pv_benefits / 10_000)
    assert result.net_sroi_ratio == pytest.approx((pv_benefits - 10_000) / 10_000)
    # 3000/0.9 + 2700/0.9^2 + 2430/0.9^3 = 3333.33 * 3 = 10,000: the IRR is -10%.
    assert result.irr == pytest.approx(-0.10, abs=1e-12)
    assert result.payback_years is None  # the cumulative stays negative through year 3
    assert result.by_effect == {"e": pytest.approx(pv_benefits)}


def test_step_schedule_discount() -> None:
    # 4% in years 0-1, 2% from year 2: DF1 = 1/1.04, DF2 = DF1/1.02, DF3 = DF2/1.02.
    data = scenario(
        [
            {
                "id": "plan",
                "costs": [
                    {"id": "c", "payer": "gem", "amount": 1000, "first_year": 0, "last_year": 3}
                ],
            }
        ],
        rate=[{"from_year": 0, "rate": 0.04}, {"from_year": 2, "rate": 0.02}],
    )
    result = run(data)
    expected = [1, 1 / 1.04, 1 / (1.04 * 1.02), 1 / (1.04 * 1.02 * 1.02)]
    assert list(result.discount_factor) == pytest.approx(expected, rel=1e-14)
    assert result.results[0].pv_costs == pytest.approx(1000 * sum(expected))


def test_reference_alternative_with_its_own_costs_and_effects() -> None:
    # Nulalternatief: upkeep 1,000 a year (years 0-3) and 200 of benefit in years 1-3.
    # Plan: 5,000 investment + upkeep 1,500 a year, and 800 of benefit in years 1-3.
    data = scenario(
        [
            {
                "id": "nul",
                "reference": True,
                "costs": [
                    {
                        "id": "upkeep",
                        "payer": "gem",
                        "amount": 1000,
                        "first_year": 0,
                        "last_year": 3,
                    }
                ],
                "effects": [
                    {
                        "id": "e",
                        "beneficiary": "bew",
                        "quantity": 1,
                        "proxy": {"value": 200, "source": "hand"},
                        "duration_years": 3,
                    }
                ],
            },
            {
                "id": "plan",
                "costs": [
                    {"id": "invest", "payer": "gem", "amount": 5000},
                    {
                        "id": "upkeep",
                        "payer": "gem",
                        "amount": 1500,
                        "first_year": 0,
                        "last_year": 3,
                    },
                ],
                "effects": [
                    {
                        "id": "e",
                        "beneficiary": "bew",
                        "quantity": 1,
                        "proxy": {"value": 800, "source": "hand"},
                        "duration_years": 3,
                    }
                ],
            },
        ],
        rate=0.0,
    )
    result = run(data).results[0]
    # dC = (5000 + 1500 - 1000, 500, 500, 500); dB = (0, 600, 600, 600).
    assert list(result.costs) == [5500, 500, 500, 500]
    assert list(result.benefits) == [0, 600, 600, 600]
    assert result.pv_costs == 7000
    assert result.pv_benefits == 1800
    assert result.npv == -5200
    assert result.by_stakeholder["gem"].pv_costs == 7000
    assert result.by_stakeholder["bew"].pv_benefits == 1800
    assert result.by_stakeholder["zvz"].npv == 0
    # by_effect is the alternative's own effect, not the difference: 3 * 800.
    assert result.by_effect == {"e": 2400}


def test_payback_crossing_twice_with_a_replacement_investment() -> None:
    # Rate 0. Invest 100 in year 0, benefit 30 a year in years 1-10, replace for 150 in year 5.
    data = scenario(
        [
            {
                "id": "plan",
                "costs": [
                    {"id": "invest", "payer": "gem", "amount": 100},
                    {"id": "replace", "payer": "gem", "amount": 150, "first_year": 5},
                ],
                "effects": [
                    {
                        "id": "e",
                        "beneficiary": "bew",
                        "quantity": 1,
                        "proxy": {"value": 30, "source": "hand"},
                        "duration_years": 10,
                    }
                ],
            }
        ],
        rate=0.0,
        horizon=10,
    )
    result = run(data).results[0]
    # cumulative: -100, -70, -40, -10, 20, -100 (20 + 30 - 150), -70, -40, -10, 20, 50.
    assert list(result.cumulative_npv) == [-100, -70, -40, -10, 20, -100, -70, -40, -10, 20, 50]
    # The last year below zero is 8: payback = 8 + 10 / (20 - (-10)) = 8.333..., not 3.33.
    assert result.payback_years == pytest.approx(8 + 10 / 30)


def test_payback_is_zero_when_never_negative_and_interpolated_once() -> None:
    data = scenario(
        [
            {
                "id": "plan",
                "effects": [
                    {
                        "id": "e",
                        "beneficiary": "bew",
                        "quantity": 1,
                        "proxy": {"value": 10, "source": "hand"},
                        "first_year": 0,
                    }
                ],
            }
        ],
        rate=0.0,
    )
    assert run(data).results[0].payback_years == 0.0
    # Invest 100 in year 0, +60 a year from year 1: cum -100, -40, 20: 1 + 40/60.
    data = scenario(
        [
            {
                "id": "plan",
                "costs": [{"id": "c", "payer": "gem", "amount": 100}],
                "effects": [
                    {
                        "id": "e",
                        "beneficiary": "bew",
                        "quantity": 1,
                        "proxy": {"value": 60, "source": "hand"},
                        "duration_years": 3,
                    }
                ],
            }
        ],
        rate=0.0,
    )
    assert run(data).results[0].payback_years == pytest.approx(1 + 40 / 60)


def test_flow_without_irr() -> None:
    # Costs only: the net flow never changes sign, so no rate makes its value zero.
    data = scenario(
        [
            {
                "id": "plan",
                "costs": [
                    {"id": "c", "payer": "gem", "amount": 100, "first_year": 0, "last_year": 3}
                ],
            }
        ]
    )
    result = run(data).results[0]
    assert result.irr is None
    assert result.payback_years is None
    # A flow that is all zero has no IRR either.
    data = scenario([{"id": "plan"}])
    assert run(data).results[0].irr is None


def test_cpi_indexation_of_a_proxy_priced_in_an_older_year() -> None:
    # Proxy EUR 100 at 2020 prices, scenario at 2026 prices: CPI 130 / 100 = 1.3.
    data = scenario(
        [
            {
                "id": "plan",
                "effects": [
                    {
                        "id": "e",
                        "beneficiary": "bew",
                        "quantity": 2,
                        "proxy": {"value": 100, "source": "hand", "price_year": 2020},
                        "first_year": 0,
                    }
                ],
                "costs": [{"id": "c", "payer": "gem", "amount": 1000, "price_year": 2024}],
            }
        ]
    )
    result = run(data).results[0]
    assert result.benefits[0] == pytest.approx(2 * 100 * 130 / 100)
    assert result.costs[0] == pytest.approx(1000 * 130 / 125)
    # With the bundled CBS table: 2020 index 3001.2 and 2024 index 3635.3.
    data["settings"]["price_year"] = 2024
    result = run(data, default_cpi()).results[0]
    assert result.benefits[0] == pytest.approx(2 * 100 * 3635.3 / 3001.2)


def test_price_year_after_the_table_uses_the_last_index() -> None:
    cpi = CpiTable({2023: 100.0, 2025: 110.0})
    assert cpi.factor(2023, 2027) == pytest.approx(1.1)
    assert cpi.factor(2026, 2027) == 1.0
    assert cpi.is_extrapolated(2026)


def test_zero_pv_costs_gives_no_ratio() -> None:
    # Same costs in plan and reference: incremental PV costs are 0, the ratio is undefined.
    same = [{"id": "c", "payer": "gem", "amount": 500}]
    data = scenario(
        [
            {"id": "nul", "reference": True, "costs": same},
            {
                "id": "plan",
                "costs": same,
                "effects": [
                    {
                        "id": "e",
                        "beneficiary": "bew",
                        "quantity": 1,
                        "proxy": {"value": 100, "source": "hand"},
                    }
                ],
            },
        ]
    )
    result = run(data).results[0]
    assert result.pv_costs == 0
    assert result.sroi_ratio is None
    assert result.net_sroi_ratio is None
    assert result.npv == pytest.approx(100 / 1.035)


def test_costs_recur_every_n_years_with_optimism_bias_and_stop_at_horizon() -> None:
    # 1000 every 2 years from year 1 to 9, +10% optimism bias, horizon 6: years 1, 3, 5.
    data = scenario(
        [
            {
                "id": "plan",
                "costs": [
                    {
                        "id": "c",
                        "payer": "gem",
                        "amount": 1000,
                        "first_year": 1,
                        "last_year": 9,
                        "every_years": 2,
                        "optimism_bias": 0.1,
                    }
                ],
            }
        ],
        rate=0.0,
        horizon=6,
    )
    assert list(run(data).results[0].costs) == pytest.approx([0, 1100, 0, 1100, 0, 1100, 0])


def test_ramp_up_builds_the_effect_linearly() -> None:
    # Ramp-up 4 years: 1/4, 2/4, 3/4, 1, 1 of the full 100.
    data = scenario(
        [
            {
                "id": "plan",
                "effects": [
                    {
                        "id": "e",
                        "beneficiary": "bew",
                        "quantity": 1,
                        "proxy": {"value": 100, "source": "hand"},
                        "duration_years": 5,
                        "ramp_up_years": 4,
                    }
                ],
            }
        ],
        rate=0.0,
        horizon=6,
    )
    assert list(run(data).results[0].benefits) == pytest.approx([0, 25, 50, 75, 100, 100, 0])


def test_no_reference_compares_with_zero_flows() -> None:
    data = scenario(
        [
            {"id": "a", "costs": [{"id": "c", "payer": "gem", "amount": 10}]},
            {"id": "b", "costs": [{"id": "c", "payer": "gem", "amount": 20}]},
        ]
    )
    result = run(data)
    assert result.reference_id is None
    assert [r.pv_costs for r in result.results] == [10, 20]
