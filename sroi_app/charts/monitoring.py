"""Forecast against realised value, per year and cumulative (issue 13; contract section 11)."""

from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure

from sroi_app.calc.monitoring import AlternativeMonitoring
from sroi_app.calc.results import AlternativeResult
from sroi_app.charts.results import (
    BENEFIT_COLOUR,
    money_axis,
    state_price_level,
    wrap_to_width,
    year_axis,
)
from sroi_app.domain.formatting import Lang

_TEXTS = {
    "title": ("Prognose en realisatie: {name}", "Forecast and realised: {name}"),
    "yearly": ("Netto per jaar (contante waarde)", "Net per year (present value)"),
    "cumulative": ("Cumulatieve NCW", "Cumulative NPV"),
    "forecast": ("Prognose", "Forecast"),
    "realised": ("Met metingen", "With measurements"),
    "year": ("Jaar", "Year"),
}


def _t(key: str, lang: Lang, **params: object) -> str:
    nl, en = _TEXTS[key]
    return (nl if lang == "nl" else en).format(**params)


def draw_monitoring(
    figure: Figure,
    result: AlternativeResult,
    monitored: AlternativeMonitoring,
    calendar_years: np.ndarray,
    price_year: int,
    name: str,
    lang: Lang,
) -> None:
    """Two panels: the discounted net flow per year and the cumulative NPV, each as forecast
    and as re-forecast with what was measured."""
    figure.clear()
    df = result.discount_factor
    forecast = df * (result.benefits - result.costs)
    realised = df * (monitored.benefits - monitored.costs)
    yearly, cumulative = figure.subplots(1, 2)
    years = np.asarray(calendar_years)
    width = 0.4
    yearly.bar(years - width / 2, forecast, width, color="#999999", label=_t("forecast", lang))
    yearly.bar(years + width / 2, realised, width, color=BENEFIT_COLOUR, label=_t("realised", lang))
    yearly.axhline(0, color="#333333", linewidth=0.8)
    yearly.set_title(_t("yearly", lang), fontsize=10)
    cumulative.plot(years, np.cumsum(forecast), color="#777777", label=_t("forecast", lang))
    cumulative.plot(years, np.cumsum(realised), color=BENEFIT_COLOUR, label=_t("realised", lang))
    cumulative.axhline(0, color="#333333", linewidth=0.8)
    cumulative.set_title(_t("cumulative", lang), fontsize=10)
    for ax in (yearly, cumulative):
        money_axis(ax.yaxis, lang)
        year_axis(ax.xaxis)
        ax.set_xlabel(_t("year", lang))
        ax.legend(fontsize=8, loc="best")
        ax.grid(axis="y", alpha=0.3)
    state_price_level(figure, price_year, lang)  # "Euro (prijspeil 2025)" on both
    title = wrap_to_width(_t("title", lang, name=name), figure.get_figwidth(), 11)
    figure.suptitle(title, fontsize=11)
