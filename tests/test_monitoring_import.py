"""CSV import of measurements and actuals (issue 13, item 3)."""

from __future__ import annotations

import pytest

from sroi_app.app.monitoring_import import MonitoringImportError, import_monitoring
from sroi_app.io.cpi import default_cpi
from sroi_app.io.scenario_file import load_scenario
from tests.conftest import SCENARIOS

CPI = default_cpi()
ROOM = next(p for p in SCENARIOS if p.name == "ontmoetingsruimte-senioren.sroi.json")


def test_a_dutch_dashboard_export_with_names_and_decimal_commas() -> None:
    scenario = load_scenario(ROOM)
    text = (
        "Effect;Jaar;Aantal;Bron\n"
        "Minder eenzaamheid: vermeden zorgkosten;2027;3,5;GGD Gezondheidsmonitor 2027\n"
        "neighbourhood_connector_volunteering;2028;1.020;urenregistratie\n"
    )
    after = import_monitoring(scenario, 1, "measurements", text, CPI)
    effects = {e.id: e for e in after.alternatives[1].effects}
    (m,) = effects["meeting_place_loneliness_care"].measurements
    assert (m.year, m.quantity, m.source) == (2027, 3.5, "GGD Gezondheidsmonitor 2027")
    assert effects["neighbourhood_connector_volunteering"].measurements[0].quantity == 1020.0
    assert scenario.alternatives[1].effects[0].measurements == []  # the input is unchanged


def test_actuals_from_the_finance_system_in_english() -> None:
    scenario = load_scenario(ROOM)
    text = "cost,year,amount,price_year,note\nverbouwing,2026,79800.50,2026,final account\n"
    after = import_monitoring(scenario, 1, "actuals", text, CPI, "en")
    (a,) = after.alternatives[1].costs[0].actuals
    assert (a.year, a.amount, a.price_year, a.note) == (2026, 79800.5, 2026, "final account")


def test_every_bad_line_is_named_and_nothing_changes() -> None:
    scenario = load_scenario(ROOM)
    text = (
        "effect;jaar;aantal\n"
        "bestaat niet;2027;1\n"
        "meeting_place_loneliness_care;twintig;1\n"
        "meeting_place_loneliness_care;2099;1\n"
        "meeting_place_loneliness_care;2027;veel\n"
        "meeting_place_loneliness_care;2028;1\n"
        "meeting_place_loneliness_care;2028;2\n"
    )
    with pytest.raises(MonitoringImportError) as caught:
        import_monitoring(scenario, 1, "measurements", text, CPI)
    problems = caught.value.problems
    assert [p.split(":")[0] for p in problems] == [
        "regel 2",
        "regel 3",
        "regel 4",
        "regel 5",
        "regel 7",
    ]
    assert "'bestaat niet' is geen effect van Ontmoetingsruimte" in problems[0]
    assert "2099 ligt buiten de looptijd (2026-2041)" in problems[2]
    assert "2028 staat al op regel 6" in problems[4]


def test_a_file_without_the_columns_says_which() -> None:
    scenario = load_scenario(ROOM)
    with pytest.raises(MonitoringImportError, match="kolom 'quantity' ontbreekt"):
        import_monitoring(scenario, 1, "measurements", "effect;jaar\nx;2027\n", CPI)
