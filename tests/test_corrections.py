"""One corrections table (issue 16, step 1): a new correction is picked up everywhere.

A dummy correction, ``greenwash`` (a share of the value claimed by green
marketing, say), is added to ``domain.corrections.CORRECTIONS`` for one test.
The engine, the workbook's formula and columns, the value map and the Qt
table column follow from that one definition, and no other file changes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from sroi_app.app.evaluation import value_map
from sroi_app.calc import compute
from sroi_app.domain import corrections as table
from sroi_app.domain.validation import scenario_from_data
from sroi_app.exports.excel import export_workbook
from sroi_app.exports.excel.valuemap import columns as value_map_columns
from sroi_app.io.cpi import default_cpi
from tests.conftest import spec_example
from tests.libreoffice import cell, load_values, recalculate

CPI = default_cpi()
GREENWASH = table.Correction(
    "greenwash",
    "share",
    0.0,
    "Groenwassing",
    "Greenwashing",
    "Deel dat alleen op papier groen is.",
    "Share that is green on paper only.",
)


@pytest.fixture
def with_greenwash(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(table, "CORRECTIONS", (*table.CORRECTIONS, GREENWASH))


def _scenario(share: float | None):  # type: ignore[no-untyped-def]
    data = spec_example()
    if share is not None:
        data["alternatives"][1]["effects"][0]["greenwash"] = share
    return scenario_from_data(data, CPI)


def test_the_engine_applies_a_new_correction(with_greenwash: None) -> None:
    plain = compute(_scenario(None), CPI).results[0]
    halved = compute(_scenario(0.5), CPI).results[0]
    assert halved.by_effect["beweeg"] == pytest.approx(plain.by_effect["beweeg"] / 2, rel=1e-12)
    assert halved.pv_costs == plain.pv_costs


def test_the_value_map_and_the_table_column_follow(with_greenwash: None, qtbot: QtBot) -> None:
    scenario = _scenario(0.5)
    (row,) = value_map(scenario, compute(scenario, CPI), "groen")
    assert row.corrections["greenwash"] == 0.5
    assert any(field == "greenwash" for _, field, _ in value_map_columns())

    from sroi_app.app.document import Document
    from sroi_app.ui.controller import DocumentController
    from sroi_app.ui.models.document_models import EffectsModel

    model = EffectsModel(DocumentController(Document(scenario)))
    keys = [c.key for c in model.columns]
    assert keys[-1] == "greenwash"


@pytest.mark.libreoffice
def test_the_workbook_formula_follows_and_recalculates(
    with_greenwash: None, tmp_path: Path
) -> None:
    scenario = _scenario(0.5)
    path = tmp_path / "groenwas.xlsx"
    mapping = export_workbook(scenario, path, "en")
    assert "alternatives[1].effects[0].greenwash" in mapping.inputs
    (recalculated,) = recalculate([path], tmp_path / "lo", tmp_path / "profile")
    values = load_values(recalculated)
    result = compute(scenario, CPI).results[0]
    assert cell(values, mapping.names["NPV_1"]) == pytest.approx(result.npv, rel=1e-9)
    for sheet in ("Inputs", "Value map"):
        texts = {c.value for row in values[sheet].iter_rows() for c in row}
        assert "Greenwashing" in texts, sheet
