"""Every chart of a scenario as image files: ``sroi-app charts FILE -o DIR`` (issue 11, item 7).

Per variant: the yearly flows, who pays and who gains, the value per effect,
the monitoring chart when something was measured, and with ranges the
tornado and the Monte Carlo histogram and cumulative curve (the default seed
and draws, as ``sroi-app sensitivity``); for the scenario: NPV against the
discount rate and against the horizon. PNG, SVG or PDF. In SVG the text is
real ``<text>`` (``svg.fonttype = none``), so a screen reader and a search
can read it; every money axis states its price level.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

import matplotlib
from matplotlib.figure import Figure

from sroi_app.calc import compute
from sroi_app.calc.monitoring import has_monitoring, monitor
from sroi_app.calc.montecarlo import DEFAULT_DRAWS, DEFAULT_SEED, monte_carlo
from sroi_app.calc.uncertainty import (
    discount_rate_curve,
    horizon_curve,
    one_way,
    uncertain_parameters,
)
from sroi_app.charts.monitoring import draw_monitoring
from sroi_app.charts.results import (
    EffectsChart,
    StakeholderChart,
    YearlyFlowsChart,
    new_figure,
    state_price_level,
)
from sroi_app.charts.sensitivity import (
    CumulativeChart,
    DiscountRateChart,
    HistogramChart,
    HorizonChart,
    TornadoChart,
)
from sroi_app.domain.cpi import CpiTable
from sroi_app.domain.formatting import Lang
from sroi_app.domain.models import Scenario
from sroi_app.exports.target import ExportError, write_export

FORMATS = ("png", "svg", "pdf")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "variant"


def figures(scenario: Scenario, cpi: CpiTable, lang: Lang) -> Iterator[tuple[str, Figure]]:
    """``(file stem, figure)`` of every chart, in a fixed order; every money axis states
    the price level."""
    year = scenario.settings.effective_price_year
    for stem, figure in _figures(scenario, cpi, lang):
        state_price_level(figure, year, lang)
        yield stem, figure


def _figures(scenario: Scenario, cpi: CpiTable, lang: Lang) -> Iterator[tuple[str, Figure]]:
    result = compute(scenario, cpi)
    years = [int(y) for y in result.calendar_years]
    stakeholders = {s.id: s.name or s.id for s in scenario.stakeholders}
    ranged = bool(uncertain_parameters(scenario))
    sensitivity = {a.alternative_id: a for a in one_way(scenario, cpi)} if ranged else {}
    simulation = monte_carlo(scenario, cpi, DEFAULT_DRAWS, DEFAULT_SEED) if ranged else None
    monitored = (
        {m.alternative_id: m for m in monitor(scenario, cpi, result)}
        if has_monitoring(scenario)
        else {}
    )
    for n, r in enumerate(result.results, start=1):
        stem = f"{n:02d}-{_slug(r.alternative_id)}"
        alternative = next(a for a in scenario.alternatives if a.id == r.alternative_id)
        yield f"{stem}-per-jaar", YearlyFlowsChart(new_figure(7.0, 3.6), lang).update(r, years)
        yield (
            f"{stem}-wie-betaalt",
            StakeholderChart(new_figure(7.0, 4.0), lang).update(r, stakeholders),
        )
        if r.by_effect:
            names = {e.id: e.name or e.id for e in alternative.effects}
            yield f"{stem}-per-effect", EffectsChart(new_figure(7.0, 4.5), lang).update(r, names)
        if r.alternative_id in monitored:
            figure = new_figure(9.0, 3.6)
            draw_monitoring(
                figure,
                r,
                monitored[r.alternative_id],
                result.calendar_years,
                result.price_year,
                r.name,
                lang,
            )
            yield f"{stem}-monitoring", figure
        if r.alternative_id in sensitivity:
            # Its own figure: the chart makes room for every wrapped label.
            tornado = TornadoChart(None, lang)
            yield f"{stem}-tornado", tornado.update(sensitivity[r.alternative_id], scenario)
        if simulation is not None:
            s = simulation.result(r.alternative_id)
            yield (
                f"{stem}-monte-carlo",
                HistogramChart(new_figure(), lang).update(s, r.name, DEFAULT_SEED),
            )
            yield (
                f"{stem}-monte-carlo-cumulatief",
                CumulativeChart(new_figure(), lang).update(s, r.name),
            )
    if result.results:
        yield (
            "ncw-discontovoet",
            DiscountRateChart(new_figure(), lang).update(discount_rate_curve(scenario, cpi)),
        )
        yield (
            "ncw-tijdshorizon",
            HorizonChart(new_figure(), lang).update(horizon_curve(scenario, cpi)),
        )


def export_charts(
    scenario: Scenario, cpi: CpiTable, folder: Path, fmt: str = "png", lang: Lang = "nl"
) -> list[Path]:
    """Write every chart to ``folder`` (created if missing); returns the files."""
    if fmt not in FORMATS:
        raise ExportError(folder, "unsupported_format", "use png, svg or pdf")
    if folder.exists() and not folder.is_dir():
        raise ExportError(folder, "not_regular", "not a folder")
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for stem, figure in figures(scenario, cpi, lang):
        buffer = io.BytesIO()
        with matplotlib.rc_context({"svg.fonttype": "none", "pdf.fonttype": 42}):
            figure.savefig(buffer, format=fmt, dpi=150)
        path = folder / f"{stem}.{fmt}"
        write_export(path, buffer.getvalue())
        written.append(path)
    return written
