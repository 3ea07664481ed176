"""A result chart in the workshop view: projector style, repainted as fast as a slider moves.

A slider step changes bar heights and the cumulative line but rarely the
scale, so the chart keeps its value axis while the data still fills at
least half of it and only repaints the data artists over a cached
background (blitting, ``ChartView.update_live``). When the data leaves the
axis (or shrinks to less than half of it) the axis is refitted with some
headroom, so the next steps blit again, and the figure is redrawn with the
last layout (``ChartView.redraw(quick=True)``).
"""

from __future__ import annotations

import textwrap

import numpy as np
from matplotlib.artist import Artist
from matplotlib.text import Text

from sroi_app.calc import AlternativeResult, ScenarioResult
from sroi_app.charts.presentation import TEXT_PT, style_for_projector
from sroi_app.charts.results import StakeholderChart, YearlyFlowsChart, money_axis_formatter
from sroi_app.domain.formatting import Lang
from sroi_app.domain.models import Scenario
from sroi_app.ui.widgets.chart import ChartView

#: Room on the data side(s) when the axis is refitted, as a share of the data's extent;
#: who pays / who gains needs more, for the balance written next to each bar.
HEADROOM = {"yearly": 0.15, "stakeholders": 0.5}
#: Stakeholder names wrap after this many characters.
NAME_WIDTH = 20


def fits(values: np.ndarray, limits: tuple[float, float]) -> bool:
    """The values (and zero) lie inside the limits and fill at least half of them."""
    low, high = sorted(limits)
    top = max(float(values.max(initial=0.0)), 0.0)
    bottom = min(float(values.min(initial=0.0)), 0.0)
    return bottom >= low and top <= high and (top - bottom) >= 0.5 * (high - low)


def limits_with_headroom(values: np.ndarray, headroom: float) -> tuple[float, float]:
    top = max(float(values.max(initial=0.0)), 0.0)
    bottom = min(float(values.min(initial=0.0)), 0.0)
    extent = top - bottom if top > bottom else 1.0
    low = bottom - headroom * extent if bottom < 0 else 0.0
    high = top + headroom * extent if top > 0 else 0.0
    return (low, high) if high > low else (low, low + 1.0)


def signed_money(value: float, lang: Lang) -> str:
    """``+€ 1,8 mln``, ``−€ 250k``: a stakeholder's balance, short enough to sit by its bar."""
    text = money_axis_formatter(lang)(abs(value))
    if text.strip("€ 0,.") == "":
        return text
    return ("+" if value > 0 else "\u2212") + text


class LiveChart:
    """``yearly`` (flows and cumulative NPV) or ``stakeholders`` (who pays, who gains)."""

    def __init__(self, kind: str, lang: Lang, name: str) -> None:
        self.kind = kind
        self.chart: YearlyFlowsChart | StakeholderChart = (
            YearlyFlowsChart(lang=lang) if kind == "yearly" else StakeholderChart(lang=lang)
        )
        self.view = ChartView(self.chart.figure, name)
        self.view.save_button.hide()
        self.view.canvas.setMinimumHeight(200)
        self.lang = lang
        self.scale = 1.0
        self._shown_for: str | None = None
        self.balance_texts: list[Text] = []

    @property
    def axis(self) -> str:
        return "y" if self.kind == "yearly" else "x"

    def _data_artists(self) -> list[Artist]:
        chart = self.chart
        if isinstance(chart, YearlyFlowsChart):
            if chart._costs is None or chart._benefits is None or chart._line is None:
                return []
            return [*chart._costs, *chart._benefits, chart._line]
        if chart._pays is None or chart._gains is None or chart._balance is None:
            return []
        return [*chart._pays, *chart._gains, chart._balance, *self.balance_texts]

    def _limits(self) -> tuple[float, float] | None:
        axes = self.chart.figure.axes
        if not axes:
            return None
        low, high = axes[0].get_ylim() if self.axis == "y" else axes[0].get_xlim()
        return float(low), float(high)

    def _set_limits(self, limits: tuple[float, float]) -> None:
        ax = self.chart.figure.axes[0]
        (ax.set_ylim if self.axis == "y" else ax.set_xlim)(limits)

    def update(self, scenario: Scenario, result: ScenarioResult, alt: AlternativeResult) -> None:
        """Show ``alt``; blit when only the data moved within the same axis."""
        first = self._data_artists()[:1]
        limits = self._limits()
        chart = self.chart
        if isinstance(chart, YearlyFlowsChart):
            chart.update(alt, [int(y) for y in result.calendar_years])
            values = np.concatenate(
                [-alt.discounted_costs, alt.discounted_benefits, alt.cumulative_npv]
            )
        else:
            # Two short lines leave the bars more of the width than one long one.
            names = {s.id: textwrap.fill(s.name or s.id, NAME_WIDTH) for s in scenario.stakeholders}
            chart.update(alt, names)
            rows = alt.by_stakeholder.values()
            values = np.array([v for s in rows for v in (-s.pv_costs, s.pv_benefits, s.npv)])
        rebuilt = self._data_artists()[:1] != first
        if rebuilt:
            self.balance_texts = []
            if isinstance(chart, StakeholderChart):
                ax = chart.figure.axes[0]
                self.balance_texts = [
                    ax.text(0, i, "", va="center", fontweight="bold", clip_on=True)
                    for i in range(len(alt.by_stakeholder))
                ]
            style_for_projector(chart.figure, self.scale)
            self.view.set_live_artists(self._data_artists())
        else:
            # set_title resets the title's size to matplotlib's default.
            style_title(chart, self.scale)
        same = self._shown_for == alt.alternative_id
        self._shown_for = alt.alternative_id
        blit = not rebuilt and same and limits is not None and fits(values, limits)
        shown = (
            limits
            if blit and limits is not None
            else limits_with_headroom(values, HEADROOM[self.kind])
        )
        self._set_limits(shown)
        self._place_balances(alt, shown)
        if blit:
            self.view.update_live()
        else:
            self.view.redraw(quick=not rebuilt and same)

    def _place_balances(self, alt: AlternativeResult, limits: tuple[float, float]) -> None:
        """Each stakeholder's balance in words, just beyond the end of its bars."""
        if not self.balance_texts:
            return
        pad = 0.01 * (limits[1] - limits[0])
        size = TEXT_PT * self.scale
        for text, row in zip(self.balance_texts, alt.by_stakeholder.values(), strict=True):
            balance = row.npv
            text.set_text(signed_money(balance, self.lang))
            text.set_fontsize(size)
            if balance >= 0:
                text.set_x(max(row.pv_benefits, balance, 0.0) + pad)
                text.set_horizontalalignment("left")
            else:
                text.set_x(min(-row.pv_costs, balance, 0.0) - pad)
                text.set_horizontalalignment("right")

    def restyle(self, scale: float) -> None:
        self.scale = scale
        style_for_projector(self.chart.figure, scale)
        self.view.redraw()

    def draw_now(self) -> None:
        """A complete drawing at once (before a snapshot)."""
        self.view.canvas.draw()  # type: ignore[no-untyped-call]


def style_title(chart: YearlyFlowsChart | StakeholderChart, scale: float) -> None:
    for ax in chart.figure.axes:
        ax.title.set_fontsize(TEXT_PT * scale * 1.1)
        ax.title.set_fontweight("bold")
