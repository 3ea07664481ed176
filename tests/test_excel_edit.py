"""An auditor edits input cells; after recalculation every result follows the engine.

Each case exports a scenario, changes one or two input cells with openpyxl
(the cell found by its JSON path in the export's map, as a user would find
it by its row and column header), lets LibreOffice recalculate, and compares
with the engine's results for the same edit made in the scenario itself.
The last test checks single cash-flow cells against arithmetic done by hand.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.workbook import Workbook

from sroi_app.calc import ScenarioResult, compute
from sroi_app.domain.validation import scenario_from_data
from sroi_app.exports.excel import WorkbookMap, export_workbook
from sroi_app.io.cpi import default_cpi
from tests.conftest import spec_example
from tests.libreoffice import cell, load_values, recalculate

pytestmark = [pytest.mark.libreoffice, pytest.mark.slow]

CPI = default_cpi()
Data = dict[str, Any]


@dataclass
class Edit:
    name: str
    data: Data
    cells: dict[str, float | str]  # JSON path -> new value
    apply: Callable[[Data], None]  # the same edit on the scenario data
    mapping: WorkbookMap | None = None
    before: ScenarioResult | None = None
    after: ScenarioResult | None = None
    values: Workbook | None = None


def _set(path: list[str | int], value: Any) -> Callable[[Data], None]:
    def apply(data: Data) -> None:
        target: Any = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return apply


def _both(*edits: Callable[[Data], None]) -> Callable[[Data], None]:
    def apply(data: Data) -> None:
        for edit in edits:
            edit(data)

    return apply


def _schedule_example() -> Data:
    data = spec_example()
    data["settings"]["discount_rate"] = [
        {"from_year": 0, "rate": 0.035},
        {"from_year": 5, "rate": 0.03},
    ]
    return data


EFFECT = "alternatives[1].effects[0]"
EDITS = [
    Edit(
        "proxy value 300 -> 450",
        spec_example(),
        {f"{EFFECT}.proxy.value": 450.0},
        _set(["alternatives", 1, "effects", 0, "proxy", "value"], 450.0),
    ),
    Edit(
        "deadweight 0.2 -> 0.5 and discount rate 2.25% -> 4%",
        spec_example(),
        {f"{EFFECT}.deadweight": 0.5, "settings.discount_rate": 0.04},
        _both(
            _set(["alternatives", 1, "effects", 0, "deadweight"], 0.5),
            _set(["settings", "discount_rate"], 0.04),
        ),
    ),
    Edit(
        "second step of a schedule 3% -> 1%, from year 5 -> 8",
        _schedule_example(),
        {"settings.discount_rate[1].rate": 0.01, "settings.discount_rate[1].from_year": 8},
        _set(["settings", "discount_rate", 1], {"from_year": 8, "rate": 0.01}),
    ),
    Edit(
        "one-off investment gets a last year (every 5 years to year 10) and a new payer",
        spec_example(),
        {
            "alternatives[1].costs[0].last_year": 10,
            "alternatives[1].costs[0].every_years": 5,
            "alternatives[1].costs[0].payer": "zvz",
        },
        _both(
            _set(["alternatives", 1, "costs", 0, "last_year"], 10),
            _set(["alternatives", 1, "costs", 0, "every_years"], 5),
            _set(["alternatives", 1, "costs", 0, "payer"], "zvz"),
        ),
    ),
    Edit(
        "quantity 40 -> 55 and attribution 30% -> 40%",
        spec_example(),
        {f"{EFFECT}.quantity": 55.0, f"{EFFECT}.attribution": 0.4},
        _both(
            _set(["alternatives", 1, "effects", 0, "quantity"], 55.0),
            _set(["alternatives", 1, "effects", 0, "attribution"], 0.4),
        ),
    ),
    Edit(
        "displacement 0% -> 10% and drop-off 5% -> 20%",
        spec_example(),
        {f"{EFFECT}.displacement": 0.1, f"{EFFECT}.drop_off": 0.2},
        _both(
            _set(["alternatives", 1, "effects", 0, "displacement"], 0.1),
            _set(["alternatives", 1, "effects", 0, "drop_off"], 0.2),
        ),
    ),
    Edit(
        "effect years: first year 1 -> 3, duration 10 -> 6, ramp-up 2 -> 0",
        spec_example(),
        {
            f"{EFFECT}.first_year": 3,
            f"{EFFECT}.duration_years": 6,
            f"{EFFECT}.ramp_up_years": 0,
        },
        _both(
            _set(["alternatives", 1, "effects", 0, "first_year"], 3),
            _both(
                _set(["alternatives", 1, "effects", 0, "duration_years"], 6),
                _set(["alternatives", 1, "effects", 0, "ramp_up_years"], 0),
            ),
        ),
    ),
    Edit(
        "beneficiary zorgverzekeraar -> gemeente, and the quantity 40 -> 30",
        spec_example(),
        {f"{EFFECT}.beneficiary": "gemeente", f"{EFFECT}.quantity": 30.0},
        _both(
            _set(["alternatives", 1, "effects", 0, "beneficiary"], "gemeente"),
            _set(["alternatives", 1, "effects", 0, "quantity"], 30.0),
        ),
    ),
    Edit(
        "price level 2026 -> 2020 and the proxy's price year 2023 -> 2010",
        spec_example(),
        {"settings.price_year": 2020, f"{EFFECT}.proxy.price_year": 2010},
        _both(
            _set(["settings", "price_year"], 2020),
            _set(["alternatives", 1, "effects", 0, "proxy", "price_year"], 2010),
        ),
    ),
]


def _write_cell(workbook: Workbook, reference: str, value: float | str) -> None:
    sheet, coordinate = reference.rsplit("!", 1)
    workbook[sheet.strip("'")][coordinate.replace("$", "")].value = value


@pytest.fixture(scope="module")
def edits(tmp_path_factory: pytest.TempPathFactory) -> list[Edit]:
    folder = tmp_path_factory.mktemp("edits")
    paths: list[Path] = []
    done = []
    for n, original in enumerate(EDITS):
        edit = copy.deepcopy(original)
        scenario = scenario_from_data(edit.data, CPI)
        path = folder / f"edit-{n}.xlsx"
        edit.mapping = export_workbook(scenario, path, "nl")
        workbook = load_workbook(path)
        for json_path, value in edit.cells.items():
            _write_cell(workbook, edit.mapping.inputs[json_path], value)
        workbook.save(path)
        changed = copy.deepcopy(edit.data)
        edit.apply(changed)
        edit.before = compute(scenario, CPI)
        edit.after = compute(scenario_from_data(changed, CPI), CPI)
        paths.append(path)
        done.append(edit)
    converted = recalculate(paths, folder / "out", tmp_path_factory.mktemp("lo-profile"))
    for edit, path in zip(done, converted, strict=True):
        edit.values = load_values(path)
    return done


@pytest.mark.parametrize("n", range(len(EDITS)), ids=[e.name for e in EDITS])
def test_edited_input_moves_every_result_like_the_engine(edits: list[Edit], n: int) -> None:
    edit = edits[n]
    assert edit.values is not None and edit.before and edit.after and edit.mapping
    wb = edit.values
    before, after = edit.before.results[0], edit.after.results[0]
    # The edit matters: otherwise this test could not tell a live formula from a constant.
    assert abs(after.npv - before.npv) > 1.0
    assert cell(wb, "NPV_1") == pytest.approx(after.npv, rel=1e-9)
    assert cell(wb, "PV_COSTS_1") == pytest.approx(after.pv_costs, rel=1e-9)
    assert cell(wb, "PV_BENEFITS_1") == pytest.approx(after.pv_benefits, rel=1e-9)
    assert cell(wb, "SROI_RATIO_1") == pytest.approx(after.sroi_ratio, rel=1e-9)
    for sid, s in after.by_stakeholder.items():
        found = cell(wb, edit.mapping.results[f"results[0].by_stakeholder.{sid}.npv"])
        assert found == pytest.approx(s.npv, rel=1e-9, abs=1e-6), sid
    # Every other sheet that shows the result: the CBA overview's totals, the value map's
    # totals and the effect's own row (the reference has no effects: its PV is its increment).
    results, cells = edit.mapping.results, edit.mapping.cells
    assert cell(wb, results["results[0].overview.npv"]) == pytest.approx(after.npv, rel=1e-9)
    overview_costs = cell(wb, results["results[0].overview.pv_costs"])
    assert overview_costs == pytest.approx(after.pv_costs, rel=1e-9)
    assert cell(wb, results["results[0].value_map.npv"]) == pytest.approx(after.npv, rel=1e-9)
    effect_pv = cell(wb, cells[f"value_map.{EFFECT}.pv"])
    assert effect_pv == pytest.approx(after.by_effect["beweeg"], rel=1e-9)


def test_proxy_edit_scales_the_effect_by_hand(edits: list[Edit]) -> None:
    """NPV is linear in the proxy: 300 -> 450 adds half the effect's present value."""
    edit = edits[0]
    assert edit.values is not None and edit.before is not None
    before = edit.before.results[0]
    effect_pv = before.by_effect["beweeg"]
    # 450 / 300 = 1.5, so the benefits grow by 0.5 * PV(effect) and costs stay.
    expected = before.npv + 0.5 * effect_pv
    assert cell(edit.values, "NPV_1") == pytest.approx(expected, rel=1e-9)


def test_cash_flow_cells_of_the_spec_example_worked_by_hand(tmp_path: Path) -> None:
    """Single cells of the contract's example, recalculated, against arithmetic done here.

    Price level 2026 is after the last CBS year (2025), so it uses the 2025 index 3755.3.
    """
    scenario = scenario_from_data(spec_example(), CPI)
    path = tmp_path / "spec.xlsx"
    mapping = export_workbook(scenario, path, "en")
    (converted,) = recalculate([path], tmp_path / "out", tmp_path / "profile")
    values = load_values(converted)
    flows = values[mapping.sheets["cash_flows"]]
    col = mapping.year_columns

    def at(item: str, t: int) -> float:
        value = flows[f"{col[t]}{mapping.flow_rows[item]}"].value
        assert isinstance(value, float | int)
        return float(value)

    # DF_t = 1 / 1.0225^t
    assert at("discount_factor", 0) == 1.0
    assert at("discount_factor", 2) == pytest.approx(1 / 1.0225**2, rel=1e-12)
    # "Aanleg": 150,000 priced 2024, once in year 0: 150000 * 3755.3 / 3635.3 = 154,951.45
    assert at("alternatives[1].costs[0]", 0) == pytest.approx(150_000 * 3755.3 / 3635.3)
    assert at("alternatives[1].costs[0]", 1) == 0.0
    # "Onderhoud" in the variant: 5,000 a year in years 1..15, none in year 0.
    assert at("alternatives[1].costs[1]", 0) == 0.0
    assert at("alternatives[1].costs[1]", 15) == 5_000.0
    # The effect: 40 children * 300 (2023 prices: * 3755.3 / 3519.2) * (1 - 0.2) * (1 - 0.3),
    # year 1: ramp-up 1/2 and no drop-off yet; year 3: full, drop-off 0.95^2; year 11: ended.
    base = 40 * 300 * 3755.3 / 3519.2 * 0.8 * 0.7
    assert at("alternatives[1].effects[0]", 1) == pytest.approx(base * 0.5)
    assert at("alternatives[1].effects[0]", 3) == pytest.approx(base * 0.95**2)
    assert at("alternatives[1].effects[0]", 10) == pytest.approx(base * 0.95**9)
    assert at("alternatives[1].effects[0]", 11) == 0.0


def _edit_named(edits: list[Edit], start: str) -> Edit:
    return next(e for e in edits if e.name.startswith(start))


def test_new_beneficiary_is_named_and_paid_on_every_sheet(edits: list[Edit]) -> None:
    """The effect's beneficiary zvz -> gemeente on Invoer: the value map and the CBA overview
    name the new stakeholder (looked up live by id), and its money moves with it."""
    edit = _edit_named(edits, "beneficiary")
    assert edit.values is not None and edit.mapping is not None and edit.after is not None
    wb, cells, after = edit.values, edit.mapping.cells, edit.after.results[0]
    assert cell(wb, cells[f"value_map.{EFFECT}.beneficiary"]) == "Gemeente"  # was Zorgverzekeraar
    assert cell(wb, cells["overview.effects.beweeg.actor"]) == "Gemeente"
    # The reference has no effects: the effect's own present value is its increment.
    assert cell(wb, cells[f"value_map.{EFFECT}.pv"]) == pytest.approx(
        after.by_effect["beweeg"], rel=1e-9
    )
    # The distribution: "gemeente" is a kind (government), "zvz" is in no group (other).
    gains = cell(wb, cells["distribution.government.1"])
    assert gains == pytest.approx(after.by_stakeholder["gemeente"].pv_benefits, rel=1e-9)
    assert gains == pytest.approx(after.pv_benefits, rel=1e-9)
    assert cell(wb, cells["distribution.other.1"]) == 0


def test_new_payer_is_named_and_pays_on_every_sheet(edits: list[Edit]) -> None:
    """The investment's payer gemeente -> zvz on Invoer: the value map's inputs of the
    insurer hold it, the CBA overview names the insurer beside it, the groups follow."""
    edit = _edit_named(edits, "one-off investment")
    assert edit.values is not None and edit.mapping is not None and edit.after is not None
    wb, cells, after = edit.values, edit.mapping.cells, edit.after.results[0]
    assert cell(wb, cells["overview.costs.aanleg.actor"]) == "Zorgverzekeraar"  # was Gemeente
    # The insurer (stakeholders[1]) pays nothing in the reference: its own inputs in the
    # variant are its increment, the engine's present value of what it pays.
    insurer = cell(wb, cells["value_map.alternatives[1].stakeholders[1].pv_inputs"])
    assert insurer == pytest.approx(after.by_stakeholder["zvz"].pv_costs, rel=1e-9)
    assert insurer > 100_000  # the investment (150,000 and its repeats), not nothing
    assert cell(wb, cells["distribution.other.0"]) == pytest.approx(insurer, rel=1e-9)
    government = cell(wb, cells["distribution.government.0"])
    assert government == pytest.approx(after.by_stakeholder["gemeente"].pv_costs, rel=1e-9)


def test_an_edited_kind_moves_a_stakeholder_to_its_group(tmp_path: Path) -> None:
    """Verdeling: the insurer's kind set to "bewoners" on Invoer moves its money from
    "other" (no kind, an id that is no kind) to the households' subtotal."""
    scenario = scenario_from_data(spec_example(), CPI)
    path = tmp_path / "kind.xlsx"
    mapping = export_workbook(scenario, path, "nl")
    workbook = load_workbook(path)
    _write_cell(workbook, mapping.inputs["stakeholders[1].kind"], "bewoners")
    workbook.save(path)
    (converted,) = recalculate([path], tmp_path / "out", tmp_path / "profile")
    values = load_values(converted)
    insurer = compute(scenario, CPI).results[0].by_stakeholder["zvz"]
    assert insurer.pv_benefits > 1_000
    # Value columns per variant: pays, receives, balance (0, 1, 2).
    assert cell(values, mapping.cells["distribution.households.1"]) == pytest.approx(
        insurer.pv_benefits, rel=1e-9
    )
    assert cell(values, mapping.cells["distribution.other.1"]) == 0
