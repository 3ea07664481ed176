"""The Comparison page shows the engine's numbers: side by side, against the reference, B over A."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from sroi_app.app.document import Document
from sroi_app.calc import compute
from sroi_app.domain.formatting import format_money, format_percent, format_ratio
from sroi_app.io.cpi import default_cpi
from sroi_app.ui.mainwindow import MainWindow
from sroi_app.ui.pages.comparison import ComparisonPage
from tests.conftest import ROOT
from tests.ui.conftest import make_window

CPI = default_cpi()
PLEK = ROOT / "scenarios" / "groene-ontmoetingsplek.sroi.json"
# Rows of the side-by-side table.
OWN_COSTS, OWN_BENEFITS, OWN_BALANCE, D_COSTS, D_BENEFITS, NPV, RATIO, NET_RATIO, IRR = range(9)


@pytest.fixture
def plek(qtbot: QtBot) -> MainWindow:
    return make_window(qtbot, Document.open(PLEK))


def page_of(window: MainWindow) -> ComparisonPage:
    page = window.show_page("comparison")
    assert isinstance(page, ComparisonPage)
    return page


def column(page: ComparisonPage, alternative_id: str) -> list[str]:
    model = page.model
    c = 1 + [col.alternative_id for col in model.columns].index(alternative_id)
    return [model.index(r, c).data() for r in range(model.rowCount())]


def test_side_by_side_shows_the_engines_numbers(plek: MainWindow) -> None:
    page = page_of(plek)
    result = compute(plek.controller.scenario, CPI)
    df = np.asarray(result.discount_factor)
    assert [c.alternative_id for c in page.model.columns] == ["nul", "groen", "ontmoeting", "plus"]
    for r in result.results:
        cells = column(page, r.alternative_id)
        own = result.flows[r.alternative_id]
        assert cells[OWN_COSTS] == format_money(float(df @ np.asarray(own.costs)), "nl")
        assert cells[OWN_BENEFITS] == format_money(float(df @ np.asarray(own.benefits)), "nl")
        assert cells[D_COSTS] == format_money(r.pv_costs, "nl")
        assert cells[D_BENEFITS] == format_money(r.pv_benefits, "nl")
        assert cells[NPV] == format_money(r.npv, "nl")
        assert cells[RATIO] == format_ratio(r.sroi_ratio, "nl")
        assert cells[NET_RATIO] == format_ratio(r.net_sroi_ratio, "nl")
        assert cells[IRR] == format_percent(r.irr, "nl")
    reference = column(page, "nul")
    ref_costs = float(df @ np.asarray(result.flows["nul"].costs))
    assert reference[OWN_COSTS] == format_money(ref_costs, "nl")
    assert set(reference[D_COSTS:]) == {"\u2013"}  # nothing to compare the reference with


def test_b_over_a_is_the_difference_of_the_engines_results(plek: MainWindow) -> None:
    page = page_of(plek)
    page.choose("groen", "plus")
    result = compute(plek.controller.scenario, CPI)
    a, b = result.result("groen"), result.result("plus")
    step = page.increment
    assert step is not None and (step.base_id, step.variant_id) == ("groen", "plus")
    assert step.pv_costs == pytest.approx(b.pv_costs - a.pv_costs, rel=1e-12)
    assert step.pv_benefits == pytest.approx(b.pv_benefits - a.pv_benefits, rel=1e-12)
    assert step.npv == pytest.approx(b.npv - a.npv, rel=1e-12)
    cells = [page.increment_model.index(r, 1).data() for r in range(4)]
    assert cells == [
        format_money(b.pv_costs - a.pv_costs, "nl"),
        format_money(b.pv_benefits - a.pv_benefits, "nl"),
        format_money(b.npv - a.npv, "nl"),
        format_ratio((b.pv_benefits - a.pv_benefits) / (b.pv_costs - a.pv_costs), "nl"),
    ]
    assert format_money(b.pv_costs - a.pv_costs, "nl") in page.answer.text()
    # Against the nulalternatief, B over A is the engine's own result for B.
    page.choose("nul", "plus")
    assert page.increment is not None and page.increment.npv == pytest.approx(b.npv, rel=1e-12)
    page.choose("plus", "plus")
    assert page.increment is None and page.increment_model.rowCount() == 0


def test_the_page_follows_an_edit_and_keeps_the_choice(plek: MainWindow) -> None:
    page = page_of(plek)
    page.choose("ontmoeting", "plus")
    plek.controller.set_value("alternatives[3].costs[0].amount", 600_000.0)
    result = compute(plek.controller.scenario, CPI)
    assert column(page, "plus")[NPV] == format_money(result.result("plus").npv, "nl")
    assert page.increment is not None
    assert (page.increment.base_id, page.increment.variant_id) == ("ontmoeting", "plus")
    expected = result.result("plus").npv - result.result("ontmoeting").npv
    assert page.increment.npv == pytest.approx(expected, rel=1e-12)


def test_one_alternative_alone_cannot_be_compared(window: MainWindow) -> None:
    page = page_of(window)
    assert page.empty.isVisible()
    assert page.increment is None
    assert page.model.columnCount() == 2  # the label column and the nulalternatief


def test_the_default_pair_asks_what_the_dearer_variant_adds(plek: MainWindow) -> None:
    """Issue 15, item 2: by default B is the dearer of the two cheapest variants and A the
    cheaper; the answer is worded with amounts, never "€ −…" in "meer op"."""
    result = compute(plek.controller.scenario, CPI)
    by_costs = sorted(result.results, key=lambda r: r.pv_costs)
    cheaper, dearer = by_costs[0], by_costs[1]
    page = page_of(plek)
    step = page.increment
    assert step is not None and (step.base_id, step.variant_id) == (
        cheaper.alternative_id,
        dearer.alternative_id,
    )
    extra_costs = dearer.pv_costs - cheaper.pv_costs
    extra_benefits = dearer.pv_benefits - cheaper.pv_benefits
    assert extra_costs > 0
    more_or_less = "meer" if extra_benefits >= 0 else "minder"
    assert page.answer.text().startswith(
        f"{dearer.name} kost {format_money(extra_costs, 'nl')} meer dan {cheaper.name}"
        f" (contante waarde) en levert {format_money(abs(extra_benefits), 'nl')} {more_or_less}"
    )
    assert "€ -" not in page.answer.text().split("netto")[0]
    # The pair is remembered for the document: another page and back, and an edit.
    page.choose(dearer.alternative_id, cheaper.alternative_id)
    plek.show_page("results")
    page = page_of(plek)
    plek.controller.set_value("name", "Andere naam")
    assert page.increment is not None
    assert (page.increment.base_id, page.increment.variant_id) == (
        dearer.alternative_id,
        cheaper.alternative_id,
    )
    # B cheaper than A: "kost … minder", and no payback of a saving.
    assert f"kost {format_money(extra_costs, 'nl')} minder dan" in page.answer.text()
    assert page.increment.payback_years is None


def test_for_whom_the_extra_costs_and_benefits_per_stakeholder(plek: MainWindow) -> None:
    """Issue 15, item 2: per stakeholder, B over A is B's result minus A's (both against
    the nulalternatief)."""
    page = page_of(plek)
    page.choose("groen", "plus")
    result = compute(plek.controller.scenario, CPI)
    a, b = result.result("groen"), result.result("plus")
    names = {s.id: s.name for s in plek.controller.scenario.stakeholders}
    expected = []
    for sid in result.stakeholder_ids:
        costs = b.by_stakeholder[sid].pv_costs - a.by_stakeholder[sid].pv_costs
        benefits = b.by_stakeholder[sid].pv_benefits - a.by_stakeholder[sid].pv_benefits
        if abs(costs) > 1e-6 or abs(benefits) > 1e-6:
            expected.append(
                [
                    names[sid],
                    format_money(costs, "nl"),
                    format_money(benefits, "nl"),
                    format_money(benefits - costs, "nl"),
                ]
            )
    model = page.who_model
    shown = [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]
    assert shown == expected and len(shown) >= 2
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Voor wie",
        "Extra kosten",
        "Extra baten",
        "Extra saldo",
    ]
