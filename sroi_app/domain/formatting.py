"""Number formats for people, per language: ``nl`` (1.234.567,5) or ``en`` (1,234,567.5).

Used by the command line, chart labels and reports; Qt views use the same
functions so a figure looks the same everywhere. Machine output (JSON) never
goes through here.
"""

from __future__ import annotations

import math
from typing import Literal

Lang = Literal["nl", "en"]
LANGS: tuple[Lang, ...] = ("nl", "en")
DASH = "\u2013"


def format_number(value: float | None, decimals: int = 0, lang: Lang = "nl") -> str:
    """Thousands separators and decimal mark of the language; ``–`` for missing values."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return DASH
    text = f"{value:,.{decimals}f}"
    if text in {f"-{0:.{decimals}f}"}:  # no "-0" for tiny negatives
        text = text[1:]
    if lang == "nl":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def format_money(value: float | None, lang: Lang = "nl", decimals: int = 0) -> str:
    """``€ 1.234.567`` (nl) or ``€1,234,567`` (en)."""
    if value is None:
        return DASH
    number = format_number(value, decimals, lang)
    return f"\u20ac {number}" if lang == "nl" else f"\u20ac{number}"


def format_percent(value: float | None, lang: Lang = "nl", decimals: int = 1) -> str:
    """A fraction as a percentage: 0.035 -> ``3,5%`` (nl) or ``3.5%`` (en)."""
    if value is None:
        return DASH
    return format_number(value * 100.0, decimals, lang) + "%"


def format_ratio(value: float | None, lang: Lang = "nl", decimals: int = 2) -> str:
    return format_number(value, decimals, lang)


def format_years(value: float | None, lang: Lang = "nl", decimals: int = 1) -> str:
    if value is None:
        return DASH
    unit = "jaar" if lang == "nl" else ("year" if value == 1 else "years")
    return f"{format_number(value, decimals, lang)} {unit}"
