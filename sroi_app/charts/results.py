"""Result charts as matplotlib figures: yearly flows, who pays / who gains, value per effect.

Each chart is a small class that owns its ``Figure`` and redraws from a result
with ``update(...)``; where the shape of the data is unchanged it updates the
artists in place, so a live view (a slider in the workshop) stays fast. The
same figures are saved as PNG/SVG and embedded in reports. No pyplot: pyplot
keeps global state and may switch backends.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from functools import partial
from typing import Any

import numpy as np
from matplotlib import rcParams
from matplotlib.axes import Axes
from matplotlib.axis import Axis
from matplotlib.container import BarContainer
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.layout_engine import ConstrainedLayoutEngine
from matplotlib.lines import Line2D
from matplotlib.ticker import FuncFormatter, MaxNLocator

from sroi_app.calc.results import AlternativeResult
from sroi_app.domain.formatting import Lang, format_number

# Colour-blind safe (Okabe-Ito) and readable on a projector.
COST_COLOUR = "#D55E00"
BENEFIT_COLOUR = "#009E73"
NET_COLOUR = "#0072B2"
NEUTRAL_COLOUR = "#555555"

_TEXT = {
    "nl": {
        "yearly_title": "Contante waarde per jaar",
        "costs": "Kosten (verdisconteerd)",
        "benefits": "Baten (verdisconteerd)",
        "cumulative": "Cumulatieve NCW",
        "year": "Jaar",
        "euro": "Euro (contante waarde)",
        "stakeholder_title": "Wie betaalt, wie wint",
        "pays": "Betaalt (CW kosten)",
        "gains": "Ontvangt (CW baten)",
        "balance": "Saldo",
        "effects_title": "Contante waarde per effect",
        "value": "Contante waarde",
    },
    "en": {
        "yearly_title": "Present value by year",
        "costs": "Costs (discounted)",
        "benefits": "Benefits (discounted)",
        "cumulative": "Cumulative NPV",
        "year": "Year",
        "euro": "Euro (present value)",
        "stakeholder_title": "Who pays, who gains",
        "pays": "Pays (PV costs)",
        "gains": "Receives (PV benefits)",
        "balance": "Balance",
        "effects_title": "Present value by effect",
        "value": "Present value",
    },
}


def text(key: str, lang: Lang) -> str:
    return _TEXT[lang][key]


def money_tick(value: float, _pos: object = None, *, lang: Lang = "nl") -> str:
    """One money tick: ``€ 1,2 mln`` / ``€ 250k`` in the language's number format."""
    size = abs(value)
    if size >= 1e6:
        unit = " mln" if lang == "nl" else "M"
        return f"€ {format_number(value / 1e6, 1, lang)}{unit}"
    if size >= 1e3:
        return f"€ {format_number(value / 1e3, 0, lang)}k"
    return f"€ {format_number(value, 0, lang)}"


def money_axis_formatter(lang: Lang) -> FuncFormatter:
    """Axis ticks as ``€ 1,2 mln`` / ``€ 250k``. A module-level function with its
    language bound, not a closure, so a figure can be pickled to another process."""
    return FuncFormatter(partial(money_tick, lang=lang))


class FittingLocator(MaxNLocator):
    """As many ticks as their labels fit side by side on the axis, at draw time.

    The number is worked out when the ticks are drawn, from the axis's length
    in pixels and the width of its longest label, so "€ 200k€ 400k" cannot
    overprint at any size: app, report or workbook.
    """

    def __init__(self, most: int = 9) -> None:
        super().__init__(nbins="auto", steps=[1, 2, 2.5, 5, 10])
        self.most = most  # never more ticks than this (the projector's style asks for fewer)

    def __call__(self) -> Any:
        axis = self.axis
        if not isinstance(axis, Axis) or axis.axes is None:
            return super().__call__()
        ax = axis.axes
        horizontal = axis is ax.xaxis
        length = ax.bbox.width if horizontal else ax.bbox.height
        labelsize = rcParams["xtick.labelsize"] if horizontal else rcParams["ytick.labelsize"]
        size_px = FontProperties(size=labelsize).get_size_in_points()
        size_px *= ax.get_figure(root=True).dpi / 72.0  # type: ignore[union-attr]
        if horizontal:
            low, high = axis.get_view_interval()
            formatter = axis.get_major_formatter()
            chars = max(len(str(formatter(v))) for v in (low, high, (low + high) / 2))
            room = (chars * 0.62 + 2.0) * size_px
        else:
            room = 2.2 * size_px
        self.set_params(nbins=max(2, min(self.most, int(length / max(room, 1.0)))))
        return super().__call__()


def money_axis(axis: Axis, lang: Lang) -> None:
    """A money axis: "€ 250k" labels, as many as fit (the one home of both)."""
    axis.set_major_formatter(money_axis_formatter(lang))
    axis.set_major_locator(FittingLocator())
    axis.is_money = True  # type: ignore[attr-defined]  # read by state_price_level


_PRICE_LEVEL = {"nl": ("prijspeil {year}", "Euro"), "en": ("{year} prices", "Euro")}


def state_price_level(figure: Figure, price_year: int, lang: Lang) -> None:
    """Every money axis of ``figure`` names its price level: "Netto contante waarde
    (prijspeil 2025)", or "Euro (prijspeil 2025)" where it had no label. The app, the
    report and ``sroi-app charts`` call it; calling it again (after an update that set
    the label anew, or for another year) keeps one statement."""
    level, plain = _PRICE_LEVEL[lang]
    stated_level = f"({level.format(year=price_year)})"
    for ax in figure.axes:
        for axis in (ax.xaxis, ax.yaxis):
            state: Any = axis  # the statement is kept on the axis between calls
            if not getattr(state, "is_money", False):
                continue
            current = state.get_label_text()
            base = (
                getattr(state, "base_label", "")
                if current == getattr(state, "stated_label", None)
                else current
            )
            # Beside a low chart's vertical axis a second line takes width, not height.
            joint = "\n" if axis is ax.yaxis and base else " "
            state.base_label = base
            state.stated_label = f"{base or plain}{joint}{stated_level}"
            state.set_label_text(state.stated_label)


def whole_year(value: float, _pos: object = None) -> str:
    """A calendar-year tick: "2040", never "2040.0"."""
    return f"{value:.0f}"


def year_axis(axis: Axis) -> None:
    """Calendar years as whole numbers ("2040", never "2040.0"), as many as fit."""
    axis.set_major_formatter(FuncFormatter(whole_year))
    locator = FittingLocator()
    locator.set_params(integer=True)
    axis.set_major_locator(locator)


def wrap_to_width(text: str, width_in: float, size: float, share: float = 0.9) -> str:
    """``text`` in lines that fit ``share`` of a figure ``width_in`` inches wide at ``size`` pt."""
    chars = max(24, int(width_in * 72 * share / (size * 0.58)))
    return "\n".join(textwrap.wrap(text, chars)) or text


def fit_title(ax: Axes, title: str, fontsize: float | None = None, share: float = 0.9) -> None:
    """A title that never runs off the figure: wrapped to ``share`` of the figure's width
    now, and again by matplotlib whenever the figure is drawn at another size (an app
    canvas that the window resizes). A chart whose names stand left of the bars has its
    plot, and the title centred over it, in the right part of the figure: it passes a
    smaller share."""
    size = fontsize or float(ax.title.get_fontsize())
    width = ax.get_figure(root=True).get_figwidth()  # type: ignore[union-attr]
    ax.set_title(wrap_to_width(title, width, size, share), fontsize=size, wrap=True)


class FittingLayout(ConstrainedLayoutEngine):
    """Constrained layout that first lets the figure's charts fit their text to its size.

    A chart registers a ``fitter(figure)`` (``figure.fitters``); each runs before
    the layout whenever the figure is drawn, at whatever size it has then: the app's
    canvas that the window resizes, the report's page width, a PNG export.
    """

    def execute(self, fig: Any) -> Any:
        for fitter in getattr(fig, "fitters", ()):
            fitter(fig)
        return super().execute(fig)


def fit_row_labels(ax: Axes, base_size: float = 10.0) -> None:
    """Names beside horizontal bars at the size their rows allow (never overprinted).

    ``row_label_size`` on the axes is the size wanted when there is room (the
    projector's style raises it); the fitter only ever makes the names smaller.
    """
    ax.row_label_size = base_size  # type: ignore[attr-defined]
    figure: Any = ax.get_figure(root=True)
    figure.fitters = [*getattr(figure, "fitters", ()), _RowLabelFitter(ax, base_size)]


class _RowLabelFitter:
    """``fit_row_labels``'s fitter: an object, not a closure, so it pickles with its figure."""

    def __init__(self, ax: Axes, base_size: float) -> None:
        self.ax, self.base_size = ax, base_size

    def __call__(self, fig: Any) -> None:
        ax = self.ax
        rows = max(len(ax.get_yticks()), 1)
        room_pt = fig.get_figheight() * 72 * 0.62 / rows  # the plot's share of the height
        wanted = float(getattr(ax, "row_label_size", self.base_size))
        ax.yaxis.set_tick_params(labelsize=max(5.0, min(wanted, room_pt * 0.72)))


def new_figure(width: float = 7.0, height: float = 4.0, dpi: int = 100) -> Figure:
    return Figure(figsize=(width, height), dpi=dpi, layout=FittingLayout())


def _fit_values(ax: Axes, axis: str, values: np.ndarray) -> None:
    """Value-axis limits from the data (with zero), 5% margin, without ``relim``.

    ``relim`` walks every bar's path; on a live update that is most of the
    time spent, while the limits follow from the numbers directly. Like
    matplotlib's bars, the axis does not extend past zero on a side without data.
    """
    finite = values[np.isfinite(values)] if values.size else values
    low = min(0.0, float(finite.min())) if finite.size else 0.0
    high = max(0.0, float(finite.max())) if finite.size else 1.0
    pad = 0.05 * (high - low) if high > low else 1.0
    limits = (low - pad if low < 0 else low, high + pad if high > 0 else high)
    if axis == "y":
        ax.set_ylim(*limits)
    else:
        ax.set_xlim(*limits)


def legend_below(figure: Figure, ax: Axes) -> None:
    """Below the plot when the layout allows, so it never hides a bar, a line or a label;
    as many entries side by side as their length allows."""
    _handles, labels = ax.get_legend_handles_labels()
    longest = max((len(label) for label in labels), default=0)
    ncols = 3 if longest <= 24 else 2 if longest <= 40 else 1
    if isinstance(figure.get_layout_engine(), ConstrainedLayoutEngine):
        figure.legend(loc="outside lower center", ncols=ncols, fontsize="small", frameon=False)
    else:
        ax.legend(loc="best", fontsize="small")


def _set_bar_heights(bars: BarContainer, values: Sequence[float] | np.ndarray) -> None:
    for patch, value in zip(bars.patches, values, strict=True):
        patch.set_height(float(value))


def _set_bar_widths(bars: BarContainer, values: Sequence[float] | np.ndarray) -> None:
    for patch, value in zip(bars.patches, values, strict=True):
        patch.set_width(float(value))


class YearlyFlowsChart:
    """Discounted costs (down) and benefits (up) per year, cumulative NPV as a line."""

    def __init__(self, figure: Figure | None = None, lang: Lang = "nl") -> None:
        self.figure = figure if figure is not None else new_figure()
        self.lang = lang
        self._years: tuple[int, ...] = ()
        self._costs: BarContainer | None = None
        self._benefits: BarContainer | None = None
        self._line: Line2D | None = None

    def update(self, result: AlternativeResult, calendar_years: Sequence[int]) -> Figure:
        costs = -np.asarray(result.discounted_costs)
        benefits = np.asarray(result.discounted_benefits)
        cumulative = np.asarray(result.cumulative_npv)
        years = tuple(int(y) for y in calendar_years)
        if years != self._years or self._costs is None:
            self._build(years, costs, benefits, cumulative)
        else:
            assert self._benefits is not None and self._line is not None
            _set_bar_heights(self._costs, costs)
            _set_bar_heights(self._benefits, benefits)
            self._line.set_ydata(cumulative)
        ax = self.figure.axes[0]
        _fit_values(ax, "y", np.concatenate([costs, benefits, cumulative]))
        fit_title(ax, f"{text('yearly_title', self.lang)}: {result.name}")
        return self.figure

    def _build(
        self,
        years: tuple[int, ...],
        costs: np.ndarray,
        benefits: np.ndarray,
        cumulative: np.ndarray,
    ) -> None:
        self.figure.clear()
        ax = self.figure.add_subplot()
        self._years = years
        self._costs = ax.bar(years, costs, color=COST_COLOUR, label=text("costs", self.lang))
        self._benefits = ax.bar(
            years, benefits, color=BENEFIT_COLOUR, label=text("benefits", self.lang)
        )
        (self._line,) = ax.plot(
            years,
            cumulative,
            color=NET_COLOUR,
            marker="o",
            markersize=3,
            label=text("cumulative", self.lang),
        )
        ax.axhline(0, color=NEUTRAL_COLOUR, linewidth=0.8)
        money_axis(ax.yaxis, self.lang)
        ax.set_xlabel(text("year", self.lang))
        ax.set_ylabel(text("euro", self.lang))
        legend_below(self.figure, ax)
        ax.grid(axis="y", alpha=0.3)


class StakeholderChart:
    """Per stakeholder: what it pays (left) and receives (right), and its balance."""

    def __init__(self, figure: Figure | None = None, lang: Lang = "nl") -> None:
        self.figure = figure if figure is not None else new_figure()
        self.lang = lang
        self._names: tuple[str, ...] = ()
        self._pays: BarContainer | None = None
        self._gains: BarContainer | None = None
        self._balance: Line2D | None = None

    def update(self, result: AlternativeResult, names: dict[str, str]) -> Figure:
        ids = list(result.by_stakeholder)
        labels = tuple(names.get(i, i) for i in ids)
        pays = [-result.by_stakeholder[i].pv_costs for i in ids]
        gains = [result.by_stakeholder[i].pv_benefits for i in ids]
        balance = [result.by_stakeholder[i].npv for i in ids]
        if labels != self._names or self._pays is None:
            self._build(labels, pays, gains, balance)
        else:
            assert self._gains is not None and self._balance is not None
            _set_bar_widths(self._pays, pays)
            _set_bar_widths(self._gains, gains)
            self._balance.set_xdata(balance)
        ax = self.figure.axes[0]
        _fit_values(ax, "x", np.array([*pays, *gains, *balance], dtype=float))
        fit_title(ax, f"{text('stakeholder_title', self.lang)}: {result.name}", share=0.42)
        return self.figure

    def _build(
        self, labels: tuple[str, ...], pays: list[float], gains: list[float], balance: list[float]
    ) -> None:
        self.figure.clear()
        ax = self.figure.add_subplot()
        self._names = labels
        positions = np.arange(len(labels))
        self._pays = ax.barh(positions, pays, color=COST_COLOUR, label=text("pays", self.lang))
        self._gains = ax.barh(
            positions, gains, color=BENEFIT_COLOUR, label=text("gains", self.lang)
        )
        (self._balance,) = ax.plot(
            balance,
            positions,
            linestyle="none",
            marker="D",
            color=NET_COLOUR,
            label=text("balance", self.lang),
        )
        ax.set_yticks(positions, labels)
        self.figure.fitters = []  # type: ignore[attr-defined]
        fit_row_labels(ax)
        ax.invert_yaxis()
        ax.axvline(0, color=NEUTRAL_COLOUR, linewidth=0.8)
        money_axis(ax.xaxis, self.lang)
        legend_below(self.figure, ax)
        ax.grid(axis="x", alpha=0.3)


class EffectsChart:
    """The present value of each effect of an alternative, largest first."""

    def __init__(self, figure: Figure | None = None, lang: Lang = "nl") -> None:
        self.figure = figure if figure is not None else new_figure()
        self.lang = lang

    def update(self, result: AlternativeResult, names: dict[str, str]) -> Figure:
        items = sorted(result.by_effect.items(), key=lambda kv: -abs(kv[1]))
        self.figure.clear()
        ax = self.figure.add_subplot()
        positions = np.arange(len(items))
        values = [v for _, v in items]
        colours = [BENEFIT_COLOUR if v >= 0 else COST_COLOUR for v in values]
        ax.barh(positions, values, color=colours, height=0.6)
        ax.set_yticks(positions, [names.get(k, k) for k, _ in items])
        self.figure.fitters = []  # type: ignore[attr-defined]  # a new chart: its own fitter
        fit_row_labels(ax)
        # Room for at least three bars, so one or two effects do not fill the chart.
        ax.set_ylim(max(len(items), 3) - 0.5, -0.5)
        ax.axvline(0, color=NEUTRAL_COLOUR, linewidth=0.8)
        money_axis(ax.xaxis, self.lang)
        ax.set_xlabel(text("value", self.lang))
        fit_title(ax, f"{text('effects_title', self.lang)}: {result.name}", share=0.42)
        ax.grid(axis="x", alpha=0.3)
        return self.figure


def save_figure(figure: Figure, path: str, dpi: int = 150) -> None:
    """PNG, SVG or PDF by the file's extension, through the Agg-based canvases."""
    figure.savefig(path, dpi=dpi)
