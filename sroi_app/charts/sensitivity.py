"""Sensitivity charts as matplotlib figures: tornado, simulation, discount rate, horizon.

Like ``sroi_app.charts.results``: each chart owns its ``Figure`` and redraws
with ``update(...)``, reusing its artists where the shape of the data is
unchanged (the tornado while a range is edited, the cumulative curve while a
simulation refines). ``switching_value_rows`` gives the switching-value table
as plain rows for a Qt model, a workbook or a report. No pyplot.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from functools import partial

import numpy as np
from matplotlib import rcParams
from matplotlib.container import BarContainer
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.lines import Line2D
from matplotlib.text import Text
from matplotlib.ticker import FuncFormatter, MaxNLocator

from sroi_app.calc.curves import DiscountCurve, HorizonCurve
from sroi_app.calc.montecarlo import AlternativeSimulation
from sroi_app.calc.sensitivity import AlternativeSensitivity, SwitchingValue
from sroi_app.charts.results import (
    BENEFIT_COLOUR,
    COST_COLOUR,
    NET_COLOUR,
    NEUTRAL_COLOUR,
    fit_title,
    legend_below,
    money_axis,
    new_figure,
    wrap_to_width,
)
from sroi_app.domain.formatting import Lang, format_money, format_number, format_percent
from sroi_app.domain.models import Scenario
from sroi_app.domain.parameters import format_parameter_value, parameter_label, switching_value_text

#: One colour per variant on shared axes (Okabe-Ito, after the result colours).
SERIES_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000")

_TEXT = {
    "nl": {
        "tornado_title": "Tornado: NCW bij laag en hoog",
        "low": "Parameter op laag",
        "high": "Parameter op hoog",
        "central": "NCW centraal",
        "npv": "Netto contante waarde",
        "histogram_title": "Verdeling van de NCW",
        "draws": "Aantal trekkingen",
        "mean_line": "Gemiddelde NCW {value}",
        "central_line": "NCW met centrale waarden {value}",
        "cumulative_title": "Cumulatieve verdeling van de NCW",
        "share": "Kans NCW ≤ x",
        "prob": "Kans NCW > 0: {p}",
        "simulation": "{n} trekkingen, startgetal {seed}",
        "rate_title": "NCW bij de discontovoet",
        "rate": "Discontovoet",
        "scenario_rate": "gekozen voet",
        "horizon_title": "NCW bij de tijdshorizon",
        "horizon": "Tijdshorizon (jaren)",
        "scenario_horizon": "gekozen horizon",
        "none": "geen",
        "largest": " (de {shown} grootste van {total})",
    },
    "en": {
        "tornado_title": "Tornado: NPV at low and high",
        "low": "Parameter at low",
        "high": "Parameter at high",
        "central": "Central NPV",
        "npv": "Net present value",
        "histogram_title": "Distribution of the NPV",
        "draws": "Number of draws",
        "mean_line": "Mean NPV {value}",
        "central_line": "NPV at central values {value}",
        "cumulative_title": "Cumulative distribution of the NPV",
        "share": "Probability NPV ≤ x",
        "prob": "Probability NPV > 0: {p}",
        "simulation": "{n} draws, seed {seed}",
        "rate_title": "NPV by discount rate",
        "rate": "Discount rate",
        "scenario_rate": "chosen rate",
        "horizon_title": "NPV by time horizon",
        "horizon": "Time horizon (years)",
        "scenario_horizon": "chosen horizon",
        "none": "none",
        "largest": " (the {shown} largest of {total})",
    },
}

LOW_COLOUR = "#E69F00"
#: Tornado labels wrap at this many characters, so the bars keep their room.
LABEL_WIDTH = 36
#: The tornado's names never get smaller than this (pt); bars that do not fit are left out.
TORNADO_LEAST_PT = 7.0
LEAST_LABEL_SIZE = TORNADO_LEAST_PT  # the name the tests know it by
HIGH_COLOUR = "#56B4E9"


def text(key: str, lang: Lang) -> str:
    return _TEXT[lang][key]


def percent_tick(value: float, _pos: object = None, *, lang: Lang = "nl") -> str:
    return format_percent(value, lang, 1)


def _percent_axis(lang: Lang) -> FuncFormatter:
    return FuncFormatter(partial(percent_tick, lang=lang))


class TornadoChart:
    """Horizontal bars from the central NPV to the NPV at each parameter's low and high.

    The widest bar is on top. Parameters that do not move this NPV (those of
    other variants) are left out; ``max_bars`` keeps the chart readable.
    Editing a range keeps the artists while the order of the bars is unchanged.
    """

    def __init__(self, figure: Figure | None = None, lang: Lang = "nl") -> None:
        self._own_figure = figure is None
        self.figure = figure if figure is not None else new_figure(7.0, 4.5)
        self.lang = lang
        self._labels: tuple[str, ...] = ()
        self._low: BarContainer | None = None
        self._high: BarContainer | None = None
        self._centre: Line2D | None = None
        self._title = ""

    def update(
        self, sensitivity: AlternativeSensitivity, scenario: Scenario, max_bars: int = 15
    ) -> Figure:
        entries = [e for e in sensitivity.tornado if e.affects][:max_bars]
        labels = tuple(
            textwrap.fill(
                parameter_label(scenario, e.path, self.lang, within=sensitivity.alternative_id),
                LABEL_WIDTH,
            )
            for e in entries
        )
        centre = sensitivity.npv
        lows = [e.npv_low - centre for e in entries]
        highs = [e.npv_high - centre for e in entries]
        if labels != self._labels or self._low is None:
            self._build(labels, centre, lows, highs)
        else:
            assert self._high is not None and self._centre is not None
            for bars, widths in ((self._low, lows), (self._high, highs)):
                for patch, width in zip(bars.patches, widths, strict=True):
                    patch.set_x(centre)
                    patch.set_width(float(width))
            self._centre.set_xdata([centre, centre])
        ax = self.figure.axes[0]
        ax.relim()
        ax.autoscale_view(scalex=True, scaley=False)
        self._title = f"{text('tornado_title', self.lang)}: {sensitivity.name}"
        # Made here, worded at draw time by ``_fit`` (a title first made while the figure
        # is drawn would only show on the next draw).
        self.figure.suptitle(self._title)
        return self.figure

    def _fit(self, figure: Figure) -> None:
        """At draw time, at whatever size the figure has: the names at a readable size,
        and only as many bars (the widest, on top) as have room for their names; the
        title says when some are left out and is wrapped to the figure's width."""
        ax = figure.axes[0]
        total = len(self._labels)
        if not total:  # nothing moves this variant's NPV: an empty chart with its title
            return
        lines = max((label.count("\n") + 1 for label in self._labels), default=1)
        # The plot's share of the height, less the title, axis label and legend.
        room_pt = max(figure.get_figheight() * 72 - 110.0, 40.0)
        wanted = float(getattr(ax, "row_label_size", 9.0))
        size = max(TORNADO_LEAST_PT, min(wanted, room_pt / max(total, 1) / (lines * 1.3)))
        shown = max(1, min(total, int(room_pt / (size * lines * 1.3))))
        ax.yaxis.set_tick_params(labelsize=size)
        ax.set_ylim(shown - 0.5, -0.5)  # the widest ``shown`` bars, top down
        title = self._title
        if shown < total:
            title += text("largest", self.lang).format(shown=shown, total=total)
        size_title = FontProperties(size=rcParams["figure.titlesize"]).get_size_in_points()
        figure.suptitle(
            wrap_to_width(title, figure.get_figwidth(), size_title), fontsize=size_title
        )

    def _build(
        self, labels: tuple[str, ...], centre: float, lows: list[float], highs: list[float]
    ) -> None:
        self.figure.clear()
        if self._own_figure:  # room for every (wrapped) label when exported
            lines = sum(label.count("\n") + 1 for label in labels)
            self.figure.set_size_inches(7.0, max(3.0, 1.8 + 0.22 * lines + 0.1 * len(labels)))
        ax = self.figure.add_subplot()
        self._labels = labels
        positions = np.arange(len(labels))
        self._low = ax.barh(
            positions, lows, left=centre, color=LOW_COLOUR, label=text("low", self.lang)
        )
        self._high = ax.barh(
            positions, highs, left=centre, color=HIGH_COLOUR, label=text("high", self.lang)
        )
        self._centre = ax.axvline(
            centre, color=NET_COLOUR, linewidth=1.2, label=text("central", self.lang)
        )
        ax.axvline(0, color=NEUTRAL_COLOUR, linewidth=0.8, linestyle="--")
        ax.set_yticks(positions, labels)
        ax.row_label_size = 9.0  # type: ignore[attr-defined]  # the projector's style raises it
        ax.set_ylim(max(len(labels), 1) - 0.5, -0.5)  # widest on top
        money_axis(ax.xaxis, self.lang)  # as many money ticks as fit side by side
        ax.set_xlabel(text("npv", self.lang))
        legend_below(self.figure, ax)
        ax.grid(axis="x", alpha=0.3)
        self.figure.fitters = [self._fit]  # type: ignore[attr-defined]


@dataclass(frozen=True)
class SwitchingRow:
    """One row of the switching-value table, as numbers and as text."""

    path: str
    label: str
    central: float
    value: float | None
    distance: float | None  # (value - central) / |central|
    within_range: bool
    central_text: str
    value_text: str
    distance_text: str


def switching_value_rows(
    sensitivity: AlternativeSensitivity, scenario: Scenario, lang: Lang = "nl"
) -> list[SwitchingRow]:
    """The switching values of one variant, closest to the central value first.

    Parameters without a switching value come last, in the parameter order;
    parameters of other variants (which cannot move this NPV) are left out.
    """

    def key(s: SwitchingValue) -> tuple[int, float]:
        if s.value is None:
            return (2, 0.0)
        if s.distance is None:
            return (1, 0.0)
        return (0, abs(s.distance))

    rows = []
    for s in sorted((s for s in sensitivity.switching_values if s.affects), key=key):
        field = s.parameter.field
        rows.append(
            SwitchingRow(
                path=s.path,
                label=parameter_label(scenario, s.path, lang, within=sensitivity.alternative_id),
                central=s.central,
                value=s.value,
                distance=s.distance,
                within_range=s.within_range,
                central_text=format_parameter_value(field, s.central, lang),
                value_text=switching_value_text(
                    field, s.value, lang, scenario.settings.horizon_years, text("none", lang)
                ),
                distance_text=format_percent(s.distance, lang, 1),
            )
        )
    return rows


def _probability_text(simulation: AlternativeSimulation, lang: Lang) -> str:
    return text("prob", lang).format(p=format_percent(simulation.prob_npv_positive, lang, 1))


class HistogramChart:
    """Histogram of the simulated NPV, with zero and P(NPV > 0) marked."""

    def __init__(self, figure: Figure | None = None, lang: Lang = "nl") -> None:
        self.figure = figure if figure is not None else new_figure()
        self.lang = lang

    def update(
        self,
        simulation: AlternativeSimulation,
        name: str,
        seed: int,
        bins: int = 50,
        central: float | None = None,
    ) -> Figure:
        """The histogram; with ``central``, the NPV at central values is marked and both
        it and the mean are labelled (the report's uncertainty section)."""
        npv = np.asarray(simulation.npv)
        counts, edges = np.histogram(npv, bins=bins)
        self.figure.clear()
        ax = self.figure.add_subplot()
        colours = [BENEFIT_COLOUR if e >= 0 else COST_COLOUR for e in edges[:-1]]
        ax.bar(edges[:-1], counts, width=np.diff(edges), align="edge", color=colours)
        ax.axvline(0, color=NEUTRAL_COLOUR, linewidth=1.0, linestyle="--")
        mean = simulation.npv_summary.mean
        if mean is not None:
            label = text("mean_line", self.lang).format(value=format_money(mean, self.lang))
            ax.axvline(mean, color=NET_COLOUR, linewidth=1.2, label=label)
        if central is not None:
            label = text("central_line", self.lang).format(value=format_money(central, self.lang))
            ax.axvline(central, color="#222222", linewidth=1.2, linestyle=":", label=label)
            ax.legend(loc="upper right", fontsize="small")
        ax.text(
            0.02,
            0.95,
            _probability_text(simulation, self.lang)
            + "\n"
            + text("simulation", self.lang).format(
                n=format_number(npv.size, 0, self.lang), seed=seed
            ),
            transform=ax.transAxes,
            va="top",
            fontsize="small",
            # Readable where it stands over bars or the mean and central lines.
            bbox={"facecolor": "white", "alpha": 0.85, "edgecolor": "none", "pad": 2},
        )
        money_axis(ax.xaxis, self.lang)
        # Money labels are wide: at most five, so that they never overprint.
        ax.xaxis.set_major_locator(MaxNLocator(nbins=5))
        ax.set_xlabel(text("npv", self.lang))
        ax.set_ylabel(text("draws", self.lang))
        fit_title(ax, f"{text('histogram_title', self.lang)}: {name}")
        ax.grid(axis="y", alpha=0.3)
        return self.figure


class CumulativeChart:
    """The cumulative distribution of the simulated NPV; at x = 0 it reads P(NPV <= 0)."""

    POINTS = 1001  # quantiles drawn: enough for a smooth curve, cheap for 100,000 draws

    def __init__(self, figure: Figure | None = None, lang: Lang = "nl") -> None:
        self.figure = figure if figure is not None else new_figure()
        self.lang = lang
        self._curve: Line2D | None = None
        self._marker: Line2D | None = None
        self._label: Text | None = None

    def update(self, simulation: AlternativeSimulation, name: str) -> Figure:
        npv = np.asarray(simulation.npv)
        shares = np.linspace(0.0, 1.0, self.POINTS)
        quantiles = np.quantile(npv, shares)
        below = 1.0 - simulation.prob_npv_positive
        if self._curve is None:
            self.figure.clear()
            ax = self.figure.add_subplot()
            (self._curve,) = ax.plot(quantiles, shares, color=NET_COLOUR)
            (self._marker,) = ax.plot([0.0], [below], marker="o", color=COST_COLOUR)
            ax.axvline(0, color=NEUTRAL_COLOUR, linewidth=1.0, linestyle="--")
            self._label = ax.text(0.02, 0.95, "", transform=ax.transAxes, va="top")
            ax.yaxis.set_major_formatter(_percent_axis(self.lang))
            money_axis(ax.xaxis, self.lang)
            ax.set_xlabel(text("npv", self.lang))
            ax.set_ylabel(text("share", self.lang))
            ax.set_ylim(0.0, 1.0)
            ax.grid(alpha=0.3)
        else:
            assert self._marker is not None
            self._curve.set_data(quantiles, shares)
            self._marker.set_data([0.0], [below])
        assert self._label is not None
        self._label.set_text(_probability_text(simulation, self.lang))
        ax = self.figure.axes[0]
        ax.relim()
        ax.autoscale_view(scaley=False)
        fit_title(ax, f"{text('cumulative_title', self.lang)}: {name}")
        return self.figure


class DiscountRateChart:
    """NPV of every variant against a constant discount rate, the presets marked."""

    def __init__(self, figure: Figure | None = None, lang: Lang = "nl") -> None:
        self.figure = figure if figure is not None else new_figure()
        self.lang = lang

    def update(self, curve: DiscountCurve) -> Figure:
        self.figure.clear()
        ax = self.figure.add_subplot()
        for i, (alt_id, npv) in enumerate(curve.npv.items()):
            colour = SERIES_COLOURS[i % len(SERIES_COLOURS)]
            ax.plot(curve.rates, npv, color=colour, label=curve.names[alt_id])
            for point in curve.presets:
                marker = "s" if point.preset.is_schedule else "o"
                ax.plot(
                    [point.preset.initial_rate],
                    [point.npv[alt_id]],
                    marker=marker,
                    markerfacecolor="none" if point.preset.is_schedule else colour,
                    color=colour,
                    linestyle="none",
                )
        for point in curve.presets:
            if point.preset.is_schedule:
                continue
            rate = point.preset.initial_rate
            ax.axvline(rate, color=NEUTRAL_COLOUR, linewidth=0.6, linestyle=":")
            ax.text(
                rate,
                0.02,
                " " + point.preset.label(self.lang),
                transform=ax.get_xaxis_transform(),
                rotation=90,
                va="bottom",
                ha="right",
                fontsize="x-small",
                color=NEUTRAL_COLOUR,
            )
        schedules = [p for p in curve.presets if p.preset.is_schedule]
        for point in schedules:
            ax.plot(
                [],
                [],
                marker="s",
                markerfacecolor="none",
                color=NEUTRAL_COLOUR,
                linestyle="none",
                label=point.preset.label(self.lang),
            )
        if curve.scenario_rate is not None:
            ax.axvline(
                curve.scenario_rate,
                color=NET_COLOUR,
                linewidth=1.0,
                label=text("scenario_rate", self.lang),
            )
        ax.axhline(0, color=NEUTRAL_COLOUR, linewidth=0.8)
        ax.xaxis.set_major_formatter(_percent_axis(self.lang))
        money_axis(ax.yaxis, self.lang)
        ax.set_xlabel(text("rate", self.lang))
        ax.set_ylabel(text("npv", self.lang))
        fit_title(ax, text("rate_title", self.lang))
        legend_below(self.figure, ax)  # "best" inside could cover a preset's label
        ax.grid(alpha=0.3)
        return self.figure


class HorizonChart:
    """NPV of every variant against the time horizon, the scenario's horizon marked."""

    def __init__(self, figure: Figure | None = None, lang: Lang = "nl") -> None:
        self.figure = figure if figure is not None else new_figure()
        self.lang = lang

    def update(self, curve: HorizonCurve) -> Figure:
        self.figure.clear()
        ax = self.figure.add_subplot()
        for i, (alt_id, npv) in enumerate(curve.npv.items()):
            colour = SERIES_COLOURS[i % len(SERIES_COLOURS)]
            ax.plot(curve.horizons, npv, color=colour, label=curve.names[alt_id])
        ax.axvline(
            curve.scenario_horizon,
            color=NEUTRAL_COLOUR,
            linestyle=":",
            label=text("scenario_horizon", self.lang),
        )
        ax.axhline(0, color=NEUTRAL_COLOUR, linewidth=0.8)
        money_axis(ax.yaxis, self.lang)
        ax.set_xlabel(text("horizon", self.lang))
        ax.set_ylabel(text("npv", self.lang))
        fit_title(ax, text("horizon_title", self.lang))
        ax.legend(loc="best", fontsize="small")
        ax.grid(alpha=0.3)
        return self.figure
