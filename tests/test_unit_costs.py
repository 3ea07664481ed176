"""The unit-cost library: sourced prices for cost items (issue 14, part 3).

The bundled library holds at least 15 entries, each with a source, a price
year, a range and, when checked or derived, the quoted passage and its url;
``sroi-app costs`` lists them; a quantity of one becomes a cost item in one
edit, whose amount, years, range and note follow from the entry.
"""

from __future__ import annotations

import io
import json

import pytest
from pydantic import ValidationError

from sroi_app.app import library_use
from sroi_app.cli import main
from sroi_app.domain.errors import ScenarioValidationError
from sroi_app.domain.unit_costs import UnitCost, UnitCostLibrary, cost_item_data
from sroi_app.domain.validation import scenario_from_data
from sroi_app.io.cpi import default_cpi
from sroi_app.io.unit_costs import default_unit_costs
from tests.conftest import spec_example

CPI = default_cpi()
LIBRARY = default_unit_costs()


def entry(**changes: object) -> dict[str, object]:
    base: dict[str, object] = {
        "id": "boom",
        "category": "tree",
        "name_nl": "Straatboom",
        "name_en": "Street tree",
        "unit_nl": "boom",
        "unit_en": "tree",
        "kind": "investment",
        "value": 1000.0,
        "low": 800.0,
        "high": 1500.0,
        "price_year": 2022,
        "vat": "excl",
        "source": "Een gemeentelijke kostenraming, 2022, tabel 3",
        "url": "https://example.org/raming",
        "quote": "aanplant straatboom incl. groeiplaats EUR 1.000",
        "verification": "checked",
        "range_basis": "source's range",
    }
    base.update(changes)
    return base


def test_the_bundled_library_has_at_least_15_sourced_entries_of_every_kind_asked_for() -> None:
    assert len(LIBRARY) >= 15
    for item in LIBRARY:
        assert item.source and item.price_year and item.low <= item.value <= item.high
        assert item.verification in ("checked", "derived")  # none unverified in the bundle
        assert item.quote.strip() and item.url.strip(), item.id
    categories = {e.category for e in LIBRARY}
    assert {"staff", "green", "paving", "play", "tree", "building"} <= categories
    text = " ".join(f"{e.name_nl} {' '.join(e.tags)}".lower() for e in LIBRARY)
    for word in ("buurtverbinder", "onderhoud", "ontmoetingsruimte"):
        assert word in text, word
    assert {e.kind for e in LIBRARY} == {"investment", "recurring"}


def test_a_checked_entry_without_a_quote_or_url_is_refused_naming_it() -> None:
    with pytest.raises(ValidationError, match=r"quote its source.*boom"):
        UnitCost.model_validate(entry(quote=""))
    with pytest.raises(ValidationError, match="boom"):
        UnitCost.model_validate(entry(url=""))
    with pytest.raises(ValidationError, match="derivation"):
        UnitCost.model_validate(entry(verification="derived"))
    UnitCost.model_validate(entry(verification="unverified", quote="", verification_note="n/a"))


def test_search_ignores_case_and_accents_and_filters_by_category() -> None:
    library = UnitCostLibrary.model_validate(
        {"unit_costs": [entry(), entry(id="cafe", category="building", name_nl="Café-inrichting")]}
    )
    assert [e.id for e in library.search("CAFE")] == ["cafe"]
    assert [e.id for e in library.search("", category="tree")] == ["boom"]
    assert library.categories() == ["tree", "building"]


def test_an_investment_becomes_a_year_0_cost_item_of_quantity_times_value() -> None:
    item = UnitCost.model_validate(entry())
    data = cost_item_data(item, 12, item_id="bomen", payer="gemeente", lang="nl")
    assert data["amount"] == 12_000.0
    assert (data["first_year"], data["last_year"]) == (0, 0)
    assert data["price_year"] == 2022
    assert data["uncertainty"]["amount"] == {
        "low": 9_600.0,
        "high": 18_000.0,
        "distribution": "triangular",
    }
    assert data["note"].startswith("Eenheidsprijs: 12 x boom x € 1.000;")
    assert "gemeentelijke kostenraming" in data["note"] and "excl. btw" in data["note"]
    assert data["unit_cost"] == {"id": "boom", "quantity": 12, "value": 1000.0}
    recurring = UnitCost.model_validate(entry(kind="recurring"))
    assert "last_year" not in cost_item_data(recurring, 2, item_id="x", payer="g")


def test_adding_a_unit_cost_is_one_edit_and_keeps_the_file_valid() -> None:
    before = scenario_from_data(spec_example(), CPI)
    chosen = next(e for e in LIBRARY if e.kind == "recurring")
    after = library_use.add_cost_from_unit_cost(before, 1, chosen, 2.5, cpi=CPI)
    costs = after.alternatives[1].costs
    assert len(costs) == len(before.alternatives[1].costs) + 1
    new = costs[-1]
    assert new.amount == pytest.approx(chosen.value * 2.5)
    assert new.price_year == chosen.price_year and new.last_year is None
    assert new.payer == "gemeente"  # the stakeholder of kind gemeente pays by default
    assert new.model_extra is not None and new.model_extra["unit_cost"]["id"] == chosen.id
    # Again: a second id, not a clash.
    again = library_use.add_cost_from_unit_cost(after, 1, chosen, 1, cpi=CPI)
    assert again.alternatives[1].costs[-1].id == f"{chosen.id}-2"
    with pytest.raises(ScenarioValidationError) as refused:
        library_use.add_cost_from_unit_cost(before, 1, chosen, 0, cpi=CPI)
    assert refused.value.issues[0].code == "quantity_positive"


def test_pricing_an_existing_cost_item_keeps_its_id_payer_and_name() -> None:
    before = scenario_from_data(spec_example(), CPI)
    old = before.alternatives[1].costs[0]
    chosen = next(e for e in LIBRARY if e.kind == "investment")
    after = library_use.use_unit_cost(before, "alternatives[1].costs[0]", chosen, 3, cpi=CPI)
    new = after.alternatives[1].costs[0]
    assert (new.id, new.payer, new.name) == (old.id, old.payer, old.name)
    assert new.amount == pytest.approx(3 * chosen.value)
    assert (new.first_year, new.last_year) == (0, 0)


def test_the_costs_command_lists_the_library_with_quotes() -> None:
    out = io.StringIO()
    assert main(["costs", "--json", "--price-year", "2025"], out) == 0
    listed = json.loads(out.getvalue())["unit_costs"]
    assert len(listed) == len(LIBRARY) >= 15
    first = listed[0]
    for key in ("id", "name", "unit", "value", "low", "high", "price_year", "source", "quote"):
        assert key in first
    assert first["indexed_value"] == pytest.approx(
        first["value"] * CPI.factor(first["price_year"], 2025)
    )
    table = io.StringIO()
    assert main(["costs", "--search", "boom"], table) == 0
    assert "eenheidsprijzen" in table.getvalue() and "prijsjaar" in table.getvalue()
