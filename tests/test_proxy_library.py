"""The proxy library: contents, search, indexation and the ``proxies`` command."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
from pydantic import ValidationError

from sroi_app.calc import compute
from sroi_app.cli import main
from sroi_app.domain.models import STAKEHOLDER_KINDS
from sroi_app.domain.proxy_library import (
    LibraryProxy,
    effect_proxy_data,
    index_proxy,
    share_with_range,
)
from sroi_app.domain.validation import scenario_from_data
from sroi_app.io.cpi import default_cpi
from sroi_app.io.proxies import default_library, indexed, search_proxies
from tests.conftest import ROOT, spec_example

CPI = default_cpi()


def run(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(args), out)
    return code, out.getvalue()


def proxies_json(*args: str) -> list[dict[str, Any]]:
    code, text = run("proxies", "--json", *args)
    assert code == 0
    data = json.loads(text)
    assert list(data) == ["proxies"]
    return data["proxies"]  # type: ignore[no-any-return]


def test_cli_lists_at_least_80_proxies_each_with_source_year_unit_and_quote() -> None:
    proxies = proxies_json()
    assert len(proxies) >= 80
    for p in proxies:
        for key in ("id", "name", "unit", "value", "low", "high", "price_year", "source"):
            assert key in p, (p["id"], key)
        assert len(p["source"]) > 20, p["id"]
        assert p["unit"].strip(), p["id"]
        assert 1990 <= p["price_year"] <= 2026, p["id"]
        assert p["low"] <= p["value"] <= p["high"], p["id"]
        # No entry of the default library is unverified; every checked one quotes its source.
        assert p["verification"] in ("checked", "derived"), p["id"]
        if p["verification"] == "checked":
            assert p["quote"].strip() and p["url"].strip(), p["id"]
    ids = [p["id"] for p in proxies]
    assert len(ids) == len(set(ids))


def test_at_least_80_percent_have_a_real_range_around_the_value() -> None:
    proxies = proxies_json()
    ranged = [p for p in proxies if p["low"] < p["high"] and p["low"] <= p["value"] <= p["high"]]
    assert len(ranged) / len(proxies) >= 0.8, f"{len(ranged)} of {len(proxies)}"
    assert share_with_range(default_library()) == len(ranged) / len(proxies)


def test_library_covers_the_domains_and_topics_of_the_issue() -> None:
    lib = default_library()
    assert lib.domains() == ["health", "social", "spatial", "environment", "economic"]
    topics = {
        "qaly": "QALY",
        "vsl": "statistisch leven",
        "depression": "depressie",
        "diabetes": "diabetes",
        "fall": "valongeval",
        "loneliness": "eenzaam",
        "sick day": "verzuimdag",
        "informal care": "mantelzorg",
        "volunteer": "vrijwilligerswerk",
        "safety": "criminaliteit",
        "house value": "woningwaarde",
        "heat": "hitte",
        "water": "wateroverlast",
        "air": "fijnstof",
        "co2": "CO2",
        "recreation": "recreatie",
    }
    for topic, word in topics.items():
        assert lib.search(word), topic
    zin = {p.id: p.value for p in lib if p.id.startswith("qaly_zin")}
    assert sorted(zin.values()) == [20000, 50000, 80000]


def test_every_proxy_is_sourced_graded_licensed_and_mapped_to_a_stakeholder_kind() -> None:
    for p in default_library():
        assert p.evidence_grade in "ABCDE"
        assert p.verification in ("checked", "derived")
        assert p.beneficiary in STAKEHOLDER_KINDS
        assert p.licence.strip() and p.range_basis.strip()
        assert p.quote.strip() and p.url.startswith("http"), p.id
        if p.verification == "derived":
            assert p.derivation.strip(), p.id


def test_no_hact_social_value_bank_values_are_shipped() -> None:
    # The HACT Social Value Bank is CC BY-NC-ND: it may not be bundled into another tool.
    raw = json.loads((ROOT / "resources" / "proxies.json").read_text(encoding="utf-8"))
    for proxy in raw["proxies"]:
        text = json.dumps(proxy, ensure_ascii=False).lower()
        assert "hact" not in text and "social value bank" not in text, proxy["id"]
    assert "no uk hact social value bank values" in raw["description"].lower()


def test_search_ignores_case_and_accents_and_filters() -> None:
    lib = default_library()
    assert [p.id for p in lib.search("EENZAAMHEID")] == [p.id for p in lib.search("eenzaamheid")]
    assert lib.search("financiële") == lib.search("financiele")
    health = search_proxies(domain="health")
    assert health and all(p.domain == "health" for p in health)
    assert all(p.evidence_grade in "AB" for p in lib.search(min_grade="B"))
    assert all(p.verification == "checked" for p in lib.search(verification="checked"))
    assert {p.id for p in lib.search("statistisch leven")} == {
        "vsl_swov",
        "vsl_heat_europe",
        "vsl_heat_eu27",
    }
    with pytest.raises(KeyError, match="no proxy 'nope'"):
        lib.get("nope")


def test_cli_filters_language_and_readable_table() -> None:
    nl = proxies_json("--domain", "spatial", "--lang", "nl")
    assert nl and all(p["domain"] == "spatial" for p in nl)
    assert nl[0]["name"] == nl[0]["name_nl"]
    en = proxies_json("--search", "mantelzorg", "--lang", "en")
    assert {p["id"] for p in en} >= {"informal_care_hour"}
    assert all(p["name"] == p["name_en"] for p in en)
    code, text = run("proxies", "--search", "vsl", "--lang", "nl")
    assert code == 0
    assert "vsl_swov" in text and "€ 2.600.000" in text and "3 proxy's" not in text
    assert text.rstrip().endswith("proxy's")


def test_index_a_proxy_from_an_older_price_year_by_hand() -> None:
    # WHO HEAT value of a statistical life: EUR 2,487,000 in 2011 prices.
    # CBS CPI (resources/cpi.csv, 1900 = 100): 2011 -> 2614.6, 2024 -> 3635.3.
    # factor = 3635.3 / 2614.6 = 1.3903847624...
    # 2,487,000 * 3635.3 / 2614.6 = 3,457,886.90...
    proxy = default_library().get("vsl_heat_europe")
    result = index_proxy(proxy, 2024, CPI)
    assert result.original_value == 2_487_000 and result.original_price_year == 2011
    assert result.factor == pytest.approx(3635.3 / 2614.6, rel=1e-12)
    assert result.value == pytest.approx(2_487_000 * 3635.3 / 2614.6, rel=1e-12)
    assert result.value == pytest.approx(3_457_886.90, abs=0.01)
    assert result.low == pytest.approx(1_243_500 * 3635.3 / 2614.6, rel=1e-12)
    assert not result.extrapolated
    # A price year after the last CBS year uses the 2025 index, and says so.
    later = indexed("vsl_heat_europe", 2027)
    assert later.extrapolated
    assert later.value == pytest.approx(2_487_000 * 3755.3 / 2614.6, rel=1e-12)


def test_cli_shows_original_and_indexed_values() -> None:
    p = next(p for p in proxies_json("--price-year", "2024") if p["id"] == "volunteer_hour")
    # EUR 20 per hour in 2009 prices; CPI 2009 = 2522.7, 2024 = 3635.3.
    assert p["value"] == 20 and p["price_year"] == 2009
    assert p["indexed_value"] == pytest.approx(20 * 3635.3 / 2522.7, rel=1e-12)
    assert p["indexed_price_year"] == 2024
    code, _ = run("proxies", "--price-year", "1980")
    assert code == 2


def test_the_engine_indexes_an_inserted_library_proxy_the_same_way() -> None:
    # One effect of 1 unit per year for one year (year 1), no corrections, 0% discount:
    # its present value is the proxy value indexed from 2009 to 2024.
    proxy = default_library().get("volunteer_hour")
    data = spec_example()
    data["settings"].update(price_year=2024, discount_rate=0.0)
    effect = {
        "id": "uren",
        "beneficiary": "gemeente",
        "quantity": 1.0,
        "proxy": effect_proxy_data(proxy),
    }
    data["alternatives"][1]["effects"] = [effect]
    result = compute(scenario_from_data(data, CPI), CPI)
    assert result.results[0].by_effect["uren"] == pytest.approx(20 * 3635.3 / 2522.7, rel=1e-12)
    assert effect["proxy"]["library_id"] == "volunteer_hour"
    assert "2009" in effect["proxy"]["source"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"low": 30.0}, "low <= value <= high"),
        ({"beneficiary": "waterschap"}, "unknown stakeholder kind"),
        ({"verification": "derived", "derivation": ""}, "must show its derivation"),
        ({"verification": "unverified", "verification_note": ""}, "say what is known"),
        ({"quote": ""}, "must quote its source and give its url"),
        ({"url": ""}, "must quote its source and give its url"),
        ({"verification": "derived", "quote": " "}, "must quote its source"),
        ({"source": "x"}, "at least 10 characters"),
    ],
)
def test_bad_library_entries_are_refused(change: dict[str, Any], message: str) -> None:
    good = default_library().get("volunteer_hour").model_dump()
    with pytest.raises(ValidationError, match=message):
        LibraryProxy.model_validate({**good, **change})


def test_inserting_a_library_proxy_gives_a_valid_effect_with_its_range() -> None:
    from sroi_app.app.templates import effect_from_proxy

    proxy = default_library().get("informal_care_hour")
    effect = effect_from_proxy(
        proxy, effect_id="mantelzorg", beneficiary="gemeente", quantity=500, lang="en"
    )
    assert effect["unit"] == "hour of informal care"
    assert effect["proxy"]["value"] == 13.10 and effect["proxy"]["price_year"] == 2019
    assert "price year 2019" in effect["proxy"]["source"]
    assert effect["uncertainty"]["proxy.value"] == {
        "low": 9.30,
        "high": 22.27,
        "distribution": "triangular",
    }
    data = spec_example()
    data["alternatives"][1]["effects"].append(effect)
    scenario = scenario_from_data(data, CPI)
    assert scenario.alternatives[1].effects[1].proxy.library_id == "informal_care_hour"
