"""No chart text overprints or runs off the figure (issue 11, item 7).

Every chart of every example, and of a scenario whose names are 60
characters long, is drawn at the size the report and ``sroi-app charts``
use, and the charts of the Results page also at the wide, low size its
canvas has in a 1280 x 720 window. Each visible text (titles, axis labels,
tick labels of the ticks drawn, legend entries, annotations) is measured by
its extent on the canvas: it must lie inside the figure and must not overlap
another. Workbook charts are Excel's own and are not drawn here.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text

from sroi_app.domain.validation import scenario_from_data
from sroi_app.exports.charts import figures
from sroi_app.io.cpi import default_cpi
from sroi_app.io.scenario_file import load_scenario
from tests.conftest import ROOT, SCENARIOS

CPI = default_cpi()
#: The Results page's chart canvas at 1280 x 720 (inches at 100 dpi).
APP_RESULTS = (10.5, 2.8)
RESULTS_CHARTS = ("per-jaar", "wie-betaalt", "per-effect")
#: The Sensitivity page's tornado canvas (left of the ranges table) at 1280 x 720 and
#: 1920 x 1080 (inches at 100 dpi).
APP_TORNADO = ((5.3, 4.2), (8.6, 7.6))


def _texts(figure: Figure) -> Iterator[Text]:
    yield from figure.texts
    if figure._suptitle is not None:
        yield figure._suptitle
    for legend in figure.legends:
        yield from legend.get_texts()
    for ax in figure.axes:
        if not ax.get_visible():
            continue
        yield from (ax.title, ax._left_title, ax._right_title)
        yield from (ax.xaxis.label, ax.yaxis.label, ax.xaxis.offsetText, ax.yaxis.offsetText)
        yield from ax.texts
        if ax.get_legend() is not None:
            yield from ax.get_legend().get_texts()
        for axis in (ax.xaxis, ax.yaxis):
            for tick in axis._update_ticks():  # the ticks that are drawn
                yield from (t for t in (tick.label1, tick.label2) if t.get_visible())


def text_problems(figure: Figure) -> list[str]:
    FigureCanvasAgg(figure)
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    width, height = figure.bbox.width, figure.bbox.height
    boxes, seen = [], set()
    for text in _texts(figure):
        if id(text) in seen or not text.get_visible() or not text.get_text().strip():
            continue
        seen.add(id(text))
        box = text.get_window_extent(renderer)
        if box.width > 0:
            boxes.append((text.get_text(), box))
    found = [
        f"runs off the figure: {label!r}"
        for label, box in boxes
        if box.x0 < -1 or box.y0 < -1 or box.x1 > width + 1 or box.y1 > height + 1
    ]
    for i, (label, a) in enumerate(boxes):
        for other, b in boxes[i + 1 :]:
            if min(a.x1, b.x1) - max(a.x0, b.x0) > 1 and min(a.y1, b.y1) - max(a.y0, b.y0) > 1:
                found.append(f"overprints: {label!r} / {other!r}")
    return found


def long_names() -> object:
    data = json.loads((ROOT / "scenarios" / "groene-ontmoetingsplek.sroi.json").read_text())
    for n, alternative in enumerate(data["alternatives"]):
        alternative["name"] = f"Variant {n} met een heel lange naam voor de gemeenteraad van ons"
    for n, stakeholder in enumerate(data["stakeholders"]):
        stakeholder["name"] = f"Actor {n} met een lange naam: stichting voor welzijn in de wijk"
    for alternative in data["alternatives"]:
        for n, effect in enumerate(alternative["effects"]):
            effect["name"] = f"Effect {n}: minder eenzaamheid en meer ontmoeting in het groen"
    scenario = scenario_from_data(data, CPI)
    assert min(len(a.name) for a in scenario.alternatives) >= 60
    return scenario


CASES = [pytest.param(p, id=p.name) for p in SCENARIOS] + [pytest.param(None, id="60-tekens")]


@pytest.mark.parametrize("source", CASES)
def test_every_chart_keeps_its_text_apart_and_inside(source: object) -> None:
    scenario = long_names() if source is None else load_scenario(source)  # type: ignore[arg-type]
    problems: list[str] = []
    count = 0
    for name, figure in figures(scenario, CPI, "nl"):  # type: ignore[arg-type]
        count += 1
        problems += [f"{name} (report size): {p}" for p in text_problems(figure)]
        if name.endswith(RESULTS_CHARTS):
            figure.set_size_inches(*APP_RESULTS)
            problems += [f"{name} (app size): {p}" for p in text_problems(figure)]
        if name.endswith("tornado"):
            for size in APP_TORNADO:
                figure.set_size_inches(*size)
                problems += [f"{name} (app {size}): {p}" for p in text_problems(figure)]
    assert count >= 3
    assert problems == []


#: The Sensitivity page's tornado canvas in a 1280 x 720 window (inches at 100 dpi).
APP_TORNADO_CANVAS = (5.3, 4.4)


@pytest.mark.parametrize("source", CASES)
def test_the_tornado_keeps_its_names_apart_in_the_app(source: object) -> None:
    """Issue 15, item 4: at the app's size the tornado shows the bars whose names fit at a
    legible size, names and money ticks never overprinted; exported, it shows them all."""
    from sroi_app.calc.sensitivity import one_way
    from sroi_app.charts.results import new_figure
    from sroi_app.charts.sensitivity import LEAST_LABEL_SIZE, TornadoChart

    scenario = load_scenario(source, CPI) if source is not None else long_names()  # type: ignore[arg-type]
    for sensitivity in one_way(scenario, CPI, switching=False):
        chart = TornadoChart(new_figure(*APP_TORNADO_CANVAS), "nl")
        figure = chart.update(sensitivity, scenario)
        assert text_problems(figure) == [], sensitivity.name
        ax = figure.axes[0]
        assert all(t.get_fontsize() >= LEAST_LABEL_SIZE for t in ax.get_yticklabels())
        exported = TornadoChart(None, "nl").update(sensitivity, scenario)
        assert text_problems(exported) == []
        bars = [e for e in sensitivity.tornado if e.affects][:15]
        assert len(exported.axes[0].get_yticklabels()) == len(bars)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_money_axis_states_its_price_level(lang: str) -> None:
    """Issue 11, item 7: the price level on every money axis (app, report and files)."""
    path = next(p for p in SCENARIOS if p.name == "groene-ontmoetingsplek.sroi.json")
    scenario = load_scenario(path)
    year = scenario.settings.effective_price_year
    wanted = f"prijspeil {year}" if lang == "nl" else f"{year} prices"
    count = 0
    for name, figure in figures(scenario, CPI, lang):  # type: ignore[arg-type]
        for ax in figure.axes:
            for axis in (ax.xaxis, ax.yaxis):
                if "€" in str(axis.get_major_formatter()(1e6, 0)) and ax.get_visible():
                    count += 1
                    assert axis.get_label_text().count(wanted) == 1, (name, axis.get_label_text())
    assert count >= 10
