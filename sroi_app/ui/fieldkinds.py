"""How each kind of field is shown, edited and read back, per language.

Shared by table columns and form fields so a deadweight reads ``20,0%`` and
is typed as ``20`` everywhere. ``parse`` raises ``FieldError`` with the
validation's own code when the text is not a value of the kind.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sroi_app.domain.formatting import (
    DASH,
    Lang,
    format_money,
    format_number,
    format_percent,
)
from sroi_app.domain.parsing import edit_text, parse_int, parse_number


class FieldError(ValueError):
    """Typed text that is not a value of the field's kind; ``code`` as in validation."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class FieldKind:
    """``text``, ``money``, ``number``, ``percent``, ``int``, ``year`` (optional ints)."""

    name: str
    optional: bool = False
    decimals: int = 0
    numeric: bool = True

    def display(self, value: Any, lang: Lang) -> str:
        if value is None:
            return "" if self.optional or not self.numeric else DASH
        if self.name == "text":
            return str(value)
        if self.name == "money":
            return format_money(float(value), lang, self.decimals)
        if self.name == "percent":
            return format_percent(float(value), lang, self.decimals)
        if self.name == "year":
            return str(int(value))
        if self.name == "int":
            return format_number(float(value), 0, lang)
        number = float(value)
        decimals = self.decimals if not number.is_integer() else 0
        return format_number(number, decimals, lang)

    def edit(self, value: Any, lang: Lang) -> str:
        if value is None:
            return ""
        if self.name == "text":
            return str(value)
        if self.name == "percent":
            return edit_text(round(float(value) * 100.0, 10), lang)
        if self.name in ("int", "year"):
            return str(int(value))
        return edit_text(float(value), lang)

    def parse(self, text: Any, lang: Lang) -> Any:
        if self.name == "text":
            return "" if text is None else str(text)
        if isinstance(text, bool):
            raise FieldError("number")
        if isinstance(text, int | float):
            raw = float(text)
            if self.name == "percent":
                return raw / 100.0
            if self.name in ("int", "year"):
                if not raw.is_integer():
                    raise FieldError("integer")
                return int(raw)
            return raw
        text = "" if text is None else str(text).strip()
        if not text:
            if self.optional:
                return None
            raise FieldError("required")
        try:
            if self.name in ("int", "year"):
                return parse_int(text, lang)
            value = parse_number(text, lang)
        except ValueError as exc:
            raise FieldError("integer" if self.name in ("int", "year") else "number") from exc
        return value / 100.0 if self.name == "percent" else value


TEXT = FieldKind("text", numeric=False)
MONEY = FieldKind("money")
NUMBER = FieldKind("number", decimals=2)
PERCENT = FieldKind("percent", decimals=1)
INT = FieldKind("int")
OPTIONAL_INT = FieldKind("int", optional=True)
OPTIONAL_YEAR = FieldKind("year", optional=True)
YEAR = FieldKind("year")
