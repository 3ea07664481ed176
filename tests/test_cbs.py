"""Local figures from CBS (issue 14, part 4): online with the client replaced, and from CSV.

The fixtures in tests/fixtures/cbs/ are in the real formats: the rows
``cbsodata.get_data`` returns for table 85984NED (Kerncijfers wijken en
buurten 2024: numbered column keys, the region dimension turned into its
title, codes padded with spaces), its ``TableInfos`` and ``DataProperties``,
and two StatLine CSV downloads (the raw dataset with the same keys, and the
published table with "Theme/Title (unit)" headers). The format follows the
table's documented layout; the region and its numbers are made up, since
this machine cannot reach CBS to record a real row (docs/local-figures.md).
No test uses the network.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from sroi_app.app import library_use
from sroi_app.domain.validation import scenario_from_data
from sroi_app.io.area_presets import default_presets
from sroi_app.io.cbs import CbsError, fetch_region, find_region, read_statline_csv
from sroi_app.io.cpi import default_cpi
from sroi_app.io.proxies import default_library
from sroi_app.io.templates import default_templates
from tests.conftest import ROOT, spec_example

FIXTURES = ROOT / "tests" / "fixtures" / "cbs"
RECORDED = json.loads((FIXTURES / "85984NED_get_data.json").read_text(encoding="utf-8"))
EXPECTED = RECORDED["expected"]  # the figures of the recorded region, read off the rows by hand


class FakeClient:
    """Stands in for cbsodata: answers from the recorded rows, notes what it was asked."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, Any]] = []

    def get_data(self, table_id: str, filters: str | None = None, **_: Any) -> list[dict[str, Any]]:
        self.asked.append((table_id, filters))
        return [dict(r) for r in RECORDED["rows"]]

    def get_meta(self, table_id: str, name: str) -> list[dict[str, Any]]:
        if name == "TableInfos":
            return [dict(RECORDED["table_infos"])]
        assert name == "DataProperties"
        return [dict(p) for p in RECORDED["data_properties"]]


def check(figures: Any, named: bool = True) -> None:
    assert figures.code == EXPECTED["code"]
    if named:  # the raw dataset carries codes only
        assert figures.name == EXPECTED["name"]
    assert figures.inhabitants == EXPECTED["inhabitants"]
    assert figures.age_65_plus == EXPECTED["age_65_plus"]
    assert figures.households == EXPECTED["households"]
    assert figures.single_person_households == EXPECTED["single_person_households"]


def test_online_the_region_is_read_from_the_clients_rows() -> None:
    client = FakeClient()
    figures = fetch_region(
        EXPECTED["code"], "85984NED", get_data=client.get_data, get_meta=client.get_meta
    )
    check(figures)
    assert figures.table_id == "85984NED" and figures.year == 2024
    table, asked = client.asked[0]
    assert table == "85984NED" and EXPECTED["code"] in str(asked)
    text = figures.source_text("nl")
    assert "85984NED" in text and EXPECTED["code"] in text and EXPECTED["name"] in text
    assert "Kerncijfers wijken en buurten" in text


def test_online_failures_are_said_in_words() -> None:
    def offline(*_: Any, **__: Any) -> Any:
        raise ConnectionError("Name or service not known")

    with pytest.raises(CbsError, match=r"could not be read.*CSV"):
        fetch_region("GM0363", get_data=offline, get_meta=offline)
    client = FakeClient()
    with pytest.raises(CbsError, match="no region GM9999"):
        fetch_region("GM9999", get_data=client.get_data, get_meta=client.get_meta)
    with pytest.raises(CbsError, match="not a CBS region code"):
        fetch_region("Amsterdam", get_data=client.get_data, get_meta=client.get_meta)


@pytest.mark.parametrize("name", ["85984NED_onbewerkt.csv", "85984NED_tabel.csv"])
def test_a_statline_csv_gives_the_same_figures(name: str) -> None:
    regions = read_statline_csv(FIXTURES / name)
    assert len(regions) >= 2
    figures = find_region(regions, EXPECTED["code"])
    check(figures, named=name.endswith("tabel.csv"))
    assert figures.table_id == "85984NED" and figures.origin == name
    assert name in figures.source_text("nl")


def test_shares_in_percent_become_counts_and_the_source_says_so() -> None:
    """A table that gives the age bands as percentages (DataProperties unit "%")."""
    client = FakeClient()
    percent = {"k_65JaarOfOuder_12", "Eenpersoonshuishoudens_30"}
    properties = [
        {**p, "Unit": "%"} if p["Key"] in percent else p for p in RECORDED["data_properties"]
    ]
    row = next(r for r in RECORDED["rows"] if r["Codering_3"].strip() == EXPECTED["code"])
    shares = {**row, "k_65JaarOfOuder_12": 21.3, "Eenpersoonshuishoudens_30": 61.2}

    def meta(table_id: str, name: str) -> list[dict[str, Any]]:
        return properties if name == "DataProperties" else client.get_meta(table_id, name)

    figures = fetch_region(
        EXPECTED["code"], "85984NED", get_data=lambda *_a, **_k: [shares], get_meta=meta
    )
    # 21.3% of 2,465 inhabitants = 525.0; 61.2% of 1,610 households = 985.3.
    assert figures.age_65_plus == 525 and figures.single_person_households == 985
    assert figures.from_percentages == ("age_65_plus", "single_person_households")
    assert "omgerekend naar aantallen" in figures.source_text("nl")


def test_a_file_that_is_not_a_cbs_table_is_refused_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "adressen.csv"
    path.write_text("naam;straat\nPiet;Dorpsstraat 1\n", encoding="utf-8")
    with pytest.raises(CbsError, match=r"adressen\.csv is not a CBS table"):
        read_statline_csv(path)


def test_a_template_fills_its_population_from_the_region_and_names_the_source() -> None:
    client = FakeClient()
    figures = fetch_region(
        EXPECTED["code"], "85984NED", get_data=client.get_data, get_meta=client.get_meta
    )
    template = default_templates().get("fall_prevention")
    found = library_use.prefill_from_region(template, figures, lang="nl")
    assert found["residents_65plus"].value == EXPECTED["age_65_plus"]
    note = found["residents_65plus"].note
    assert "inwoners van 65 jaar of ouder" in note and "85984NED" in note and figures.code in note
    # Inserted: the quantity follows from the CBS figure and the derivation says so.
    cpi = default_cpi()
    before = scenario_from_data(spec_example(), cpi)
    after = library_use.add_template(
        before,
        1,
        template,
        default_library(),
        inputs={k: v.value for k, v in found.items()},
        input_notes={k: v.note for k, v in found.items()},
        cpi=cpi,
    )
    effect = after.alternatives[1].effects[-1]
    inputs = {i.name: i for i in effect.quantity_derivation.inputs}
    assert inputs["residents_65plus"].value == EXPECTED["age_65_plus"]
    assert "CBS StatLine, tabel 85984NED" in inputs["residents_65plus"].source
    defaults = {i.name: i.value for i in template.inputs}
    assert effect.quantity == pytest.approx(
        EXPECTED["age_65_plus"]
        * defaults["participation"]
        * defaults["seh_fall_rate"]
        * defaults["relative_reduction"]
    )


def test_a_target_group_narrows_the_residents() -> None:
    client = FakeClient()
    figures = fetch_region(
        EXPECTED["code"], "85984NED", get_data=client.get_data, get_meta=client.get_meta
    )
    template = default_templates().get("green_mental_health")
    plain = library_use.prefill_from_region(template, figures, lang="nl")
    assert plain["residents"].value == EXPECTED["inhabitants"]
    old = library_use.prefill_from_region(template, figures, "old", lang="nl")
    assert old["residents"].value == EXPECTED["age_65_plus"]
    presets = default_presets()
    share = presets.share("woonwijk", "young").value
    young = library_use.prefill_from_region(
        template, figures, "young", presets, "woonwijk", lang="nl"
    )
    assert young["residents"].value == round(EXPECTED["inhabitants"] * share)


def test_the_cbs_command_prints_a_region_from_a_csv_and_says_why_it_cannot() -> None:
    import io

    from sroi_app.cli import main

    out = io.StringIO()
    table = str(FIXTURES / "85984NED_tabel.csv")
    assert main(["cbs", EXPECTED["code"], "--csv", table], out) == 0
    text = out.getvalue()
    assert EXPECTED["name"] in text and "65 jaar of ouder" in text and "525" in text
    out = io.StringIO()
    assert main(["cbs", EXPECTED["code"], "--csv", table, "--json"], out) == 0
    payload = json.loads(out.getvalue())
    assert payload["age_65_plus"] == EXPECTED["age_65_plus"] and "85984NED" in payload["source"]
    assert main(["cbs", "GM0998", "--csv", table], io.StringIO()) == 2
