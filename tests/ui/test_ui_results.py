"""The Results page follows every edit, and shows the engine's own figures."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from sroi_app.calc import compute
from sroi_app.domain.formatting import format_money, format_ratio
from sroi_app.io.cpi import default_cpi
from sroi_app.ui.mainwindow import MainWindow
from sroi_app.ui.pages.results import YEARLY
from tests.ui.helpers import type_into_cell


def engine(window: MainWindow, index: int = 0):  # type: ignore[no-untyped-def]
    return compute(window.controller.scenario, default_cpi()).results[index]


def test_results_follow_every_edit_without_a_recalculate_button(
    example_window: MainWindow, qtbot: QtBot
) -> None:
    results = example_window.show_page("results")
    results.tabs.setCurrentIndex(YEARLY)  # after the decision tab
    bars = results.yearly._benefits
    before = engine(example_window)
    assert results.tiles["npv"].value == before.npv
    # Twice as many children: every benefit doubles, the costs stay.
    example_window.controller.set_value("alternatives[1].effects[0].quantity", 80.0)
    after = engine(example_window)
    assert after.pv_benefits == pytest.approx(2 * before.pv_benefits)
    assert after.pv_costs == before.pv_costs
    for key in ("npv", "sroi_ratio", "pv_costs", "pv_benefits", "irr", "payback_years"):
        assert results.tiles[key].value == getattr(after, key), key
    assert results.tiles["npv"].text == format_money(after.npv, "nl")
    assert results.tiles["sroi_ratio"].text == format_ratio(after.sroi_ratio, "nl")
    # The yearly chart was updated in place: the same bars, new heights.
    assert results.yearly._benefits is bars
    heights = [p.get_height() for p in bars.patches]
    assert heights == pytest.approx(list(after.discounted_benefits))
    assert list(results.yearly._line.get_ydata()) == pytest.approx(list(after.cumulative_npv))
    # Undo brings the old figures back, too.
    example_window.undo_action.trigger()
    assert results.tiles["npv"].value == before.npv
    # The status bar shows the headline on every page.
    example_window.show_page("effects")
    assert format_money(before.npv, "nl") in example_window.kpi_label.text()


def test_who_pays_who_gains_value_per_effect_overview_and_value_map(
    example_window: MainWindow,
) -> None:
    results = example_window.show_page("results")
    result = engine(example_window)
    results.tabs.setCurrentIndex(2)
    model = results.stakeholder_model
    rows = [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]
    gemeente, zvz = result.by_stakeholder["gemeente"], result.by_stakeholder["zvz"]
    assert rows == [
        [
            "Gemeente",
            format_money(gemeente.pv_costs),
            format_money(0.0),
            format_money(gemeente.npv),
        ],
        [
            "Zorgverzekeraar",
            format_money(0.0),
            format_money(zvz.pv_benefits),
            format_money(zvz.npv),
        ],
        [
            "Totaal",
            format_money(result.pv_costs),
            format_money(result.pv_benefits),
            format_money(result.npv),
        ],
    ]
    widths = [p.get_width() for p in results.by_stakeholder._gains.patches]
    assert widths == pytest.approx([0.0, zvz.pv_benefits])
    results.tabs.setCurrentIndex(3)
    (bar,) = results.by_effect.figure.axes[0].patches
    assert bar.get_width() == pytest.approx(result.by_effect["beweeg"])
    results.tabs.setCurrentIndex(4)
    overview = results.overview_model
    texts = {
        overview.index(r, 0).data().strip(): overview.index(r, 2).data()
        for r in range(overview.rowCount())
    }
    assert texts["Totaal kosten (CW)"] == format_money(result.pv_costs)
    assert texts["Totaal baten (CW)"] == format_money(result.pv_benefits)
    assert texts["Sociale cohesie"] == "PM +"
    assert texts["Netto contante waarde (saldo)"] == format_money(result.npv)
    results.tabs.setCurrentIndex(5)
    value_map = results.value_map_model
    header = [
        value_map.headerData(c, Qt.Orientation.Horizontal) for c in range(value_map.columnCount())
    ]
    row = dict(zip(header, [value_map.index(0, c).data() for c in range(len(header))], strict=True))
    assert row["Actor"] == "Zorgverzekeraar"
    assert row["Aantal"] == "40 kind"
    assert row["Deadweight"] == "20%" and row["Attributie"] == "30%"
    assert row["Waarde (CW)"] == format_money(result.by_effect["beweeg"])


def test_over_claiming_warnings_are_listed_in_dutch(example_window: MainWindow) -> None:
    results = example_window.show_page("results")
    model = results.warnings_model
    texts = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert "Elk effect heeft een deadweight van nul" not in " ".join(texts)
    example_window.controller.set_value("alternatives[1].effects[0].deadweight", 0.0)
    example_window.controller.set_value("alternatives[1].effects[0].duration_years", 40)
    texts = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert texts[0].startswith("Elk effect heeft een deadweight van nul")
    assert "Het effect duurt 40 jaar (meer dan 30): is dat onderbouwd?" in texts
    assert results.warnings_title.text() == f"Waarschuwingen ({len(texts)})"


def test_charts_can_be_saved_as_png_and_svg(example_window: MainWindow, tmp_path: Path) -> None:
    results = example_window.show_page("results")
    png = results.yearly_view.save(tmp_path / "jaar.png")
    svg = results.yearly_view.save(tmp_path / "jaar.svg")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "<svg" in svg.read_text()[:500]


def test_a_duplicated_variant_gets_its_own_results(
    example_window: MainWindow, qtbot: QtBot
) -> None:
    page = example_window.show_page("alternatives")
    page.editor.select_row(1)
    assert page.duplicate() == 2
    ids = [a.id for a in example_window.controller.scenario.alternatives]
    assert ids == ["nul", "groen", "groen-2"]
    type_into_cell(qtbot, page.editor.view, 2, 0, "Groen plus")
    results = example_window.show_page("results")
    combo = results.selector.combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Groen schoolplein", "Groen plus"]
    example_window.controller.set_value("alternatives[2].costs[0].amount", 100_000.0)
    results.selector.select("groen-2")
    assert results.tiles["npv"].value == engine(example_window, 1).npv
    assert results.tiles["npv"].value > engine(example_window, 0).npv


def test_discount_rate_presets_show_their_source(example_window: MainWindow) -> None:
    page = example_window.show_page("project")
    assert page.rate_choice.currentData() == "nl_2020"
    assert "Werkgroep discontovoet 2020" in page.rate_source.text()
    page.rate_choice.setCurrentIndex(page.rate_choice.findData("green_book_declining"))
    page.rate_choice.activated.emit(page.rate_choice.currentIndex())
    rate = example_window.controller.scenario.settings.discount_rate
    assert [(s.from_year, s.rate) for s in rate] == [
        (0, 0.035),
        (31, 0.03),
        (76, 0.025),
        (126, 0.02),
        (201, 0.015),
        (301, 0.01),
    ]
    assert "Green Book" in page.rate_source.text()
    assert page.schedule.isVisible() and page.schedule_model.rowCount() == 6
    assert page.schedule_model.index(1, 1).data() == "3,00%"
    # The horizon of 15 years only sees the first step: DF_t = 1.035^-t.
    result = engine(example_window)
    assert np.allclose(result.discount_factor, 1.035 ** -np.arange(16))
    example_window.undo_action.trigger()
    assert example_window.controller.scenario.settings.discount_rate == 0.0225
    assert page.rate_choice.currentData() == "nl_2020" and not page.schedule.isVisible()


def test_an_empty_document_explains_what_is_missing(window: MainWindow) -> None:
    results = window.show_page("results")
    assert results.stack.currentWidget() is results.empty
    assert results.empty.text().startswith("Er is nog geen variant")


def test_live_updates_paint_what_a_full_redraw_paints(
    example_window: MainWindow, qtbot: QtBot
) -> None:
    results = example_window.show_page("results")
    results.tabs.setCurrentIndex(YEARLY)  # after the decision tab
    view = results.yearly_view
    canvas = view.canvas
    qtbot.waitUntil(lambda: view._background is not None)  # the first full draw is done
    blits: list[object] = []
    blit = canvas.blit
    canvas.blit = lambda bbox=None: (blits.append(bbox), blit(bbox))
    # A small change keeps the axes: only the bars and the line are repainted ...
    example_window.controller.set_value("alternatives[1].effects[0].quantity", 42.0)
    assert len(blits) == 1
    live = np.asarray(canvas.buffer_rgba()).copy()
    # ... and the picture is the same as a full redraw of the figure (same layout).
    engine = view.figure.get_layout_engine()
    view.figure.set_layout_engine("none")
    canvas.draw()
    view.figure.set_layout_engine(engine)
    full = np.asarray(canvas.buffer_rgba())
    assert np.array_equal(live, full)
    # A big change rescales the axes: a full repaint, no blit.
    example_window.controller.set_value("alternatives[1].costs[0].amount", 600_000.0)
    assert len(blits) == 1
    low, _high = results.yearly.figure.axes[0].get_ylim()
    assert low < -600_000


def test_saved_charts_include_the_live_artists(example_window: MainWindow, tmp_path: Path) -> None:
    from PySide6.QtGui import QColor, QImage

    results = example_window.show_page("results")
    results.tabs.setCurrentIndex(YEARLY)  # after the decision tab
    path = results.yearly_view.save(tmp_path / "jaar.png")
    image = QImage(str(path))
    green = QColor("#009E73").rgb()
    greens = sum(
        image.pixel(x, y) == green
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    )
    assert greens > 50  # the benefit bars are in the file


def test_the_cash_flow_table_equals_the_engines_years(example_window: MainWindow) -> None:
    """Issue 15, item 7: a yearly cash-flow table, row for row the engine's ``years``."""
    from sroi_app.domain.formatting import format_number
    from sroi_app.exports.results_json import result_to_json

    results = example_window.show_page("results")
    titles = [results.tabs.tabText(i) for i in range(results.tabs.count())]
    results.tabs.setCurrentIndex(titles.index("Kasstromen per jaar"))
    evaluation = example_window.controller.latest_evaluation()
    variant = results.selector.current_id
    (engine,) = [
        r for r in result_to_json(evaluation.result)["results"] if r["alternative"] == variant
    ]
    years = engine["years"]
    model = results.cash_flow_model
    assert model.rowCount() == len(years["index"]) + 1  # and the total
    for i, t in enumerate(years["index"]):
        cells = [model.index(i, c).data() for c in range(model.columnCount())]
        net = years["benefits"][i] - years["costs"][i]
        discounted = years["discount_factor"][i] * net
        assert cells == [
            str(t),
            str(years["calendar"][i]),
            format_money(years["costs"][i]),
            format_money(years["benefits"][i]),
            format_money(net),
            format_number(years["discount_factor"][i], 4),
            format_money(discounted),
            format_money(
                sum(
                    years["discount_factor"][k] * (years["benefits"][k] - years["costs"][k])
                    for k in range(i + 1)
                )
            ),
        ]
    total = [model.index(len(years["index"]), c).data() for c in range(model.columnCount())]
    assert total[0] == "Totaal" and total[6] == format_money(engine["npv"])
    assert total[2] == format_money(sum(years["costs"]))
    # It follows an edit.
    example_window.controller.set_value("alternatives[1].effects[0].deadweight", 0.9)
    assert model.index(len(years["index"]), 6).data() == format_money(
        example_window.controller.latest_evaluation().variant(variant).npv
    )
