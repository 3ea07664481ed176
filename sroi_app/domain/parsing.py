"""Reading numbers as people type them, in Dutch (``1.234,5``) or English (``1,234.5``).

Shared by every editor (tables, forms, the workshop's fields). A value
that is not a number raises ``ValueError``; the editor then refuses it with
the validation's own code (``number`` / ``integer``).
"""

from __future__ import annotations

import re

from sroi_app.domain.formatting import Lang

_SPACES = re.compile(r"[\s\u00a0\u202f']")


def parse_number(text: str, lang: Lang = "nl") -> float:
    """``"1.234,5"`` (nl) / ``"1,234.5"`` (en) -> 1234.5; a euro sign or % is ignored.

    A lone separator is read as the language's decimal mark, except that
    exactly three digits after a thousands separator (``1.000`` in Dutch)
    mean thousands.
    """
    cleaned = _SPACES.sub("", text.replace("\u20ac", "").replace("%", "")).replace("\u2212", "-")
    if not cleaned:
        raise ValueError("empty")
    decimal, thousands = (",", ".") if lang == "nl" else (".", ",")
    if decimal in cleaned and thousands in cleaned:
        cleaned = cleaned.replace(thousands, "").replace(decimal, ".")
    elif thousands in cleaned:
        groups = cleaned.lstrip("+-").split(thousands)
        if len(groups) > 1 and all(len(g) == 3 for g in groups[1:]) and groups[0]:
            cleaned = cleaned.replace(thousands, "")
        elif lang == "nl" and cleaned.count(".") == 1:
            pass  # "0.25" typed in the Dutch UI: a decimal point, as pasted from elsewhere
        else:
            raise ValueError(text)
    else:
        cleaned = cleaned.replace(decimal, ".")
    if not re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", cleaned):
        raise ValueError(text)
    return float(cleaned)


def parse_int(text: str, lang: Lang = "nl") -> int:
    value = parse_number(text, lang)
    if not value.is_integer():
        raise ValueError(text)
    return int(value)


def parse_percent(text: str, lang: Lang = "nl") -> float:
    """``"20"`` or ``"20%"`` or ``"2,5"`` (percent) -> 0.20 / 0.025 as a fraction."""
    return parse_number(text, lang) / 100.0


def edit_text(value: float, lang: Lang = "nl", decimals: int = 10) -> str:
    """A number as an editor shows it: no thousands separators, no trailing zeros."""
    text = f"{value:.{decimals}f}".rstrip("0").rstrip(".")
    if text in {"-0", ""}:
        text = "0"
    return text.replace(".", ",") if lang == "nl" else text
