"""Small, safe arithmetic formulas for derived quantities.

An effect's quantity is often derived (population x share x uptake, or the
WHO HEAT chain). The formula is kept with the effect as text with named
inputs, so a reader can redo the sum. This module evaluates such formulas
without ``eval``: only numbers, input names, ``+ - * /``, parentheses,
unary minus and the functions ``min`` and ``max`` are allowed.
"""

from __future__ import annotations

import ast
import math
import operator
import re
from collections.abc import Callable, Mapping

_BINARY: dict[type[ast.operator], Callable[[float, float], float]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}
_FUNCTIONS: dict[str, Callable[..., float]] = {"min": min, "max": max}

#: Relative tolerance within which a stored quantity "equals" its derivation.
REL_TOLERANCE = 1e-9


class FormulaError(ValueError):
    """A formula that cannot be evaluated; ``code`` says why (for translation)."""

    def __init__(self, code: str, message: str) -> None:
        self.code = code
        super().__init__(message)


def _parse(formula: str) -> ast.expr:
    if not formula.strip():
        raise FormulaError("formula_empty", "the formula is empty")
    if len(formula) > 2000:
        raise FormulaError("formula_too_long", "the formula is longer than 2000 characters")
    try:
        return ast.parse(formula.strip(), mode="eval").body
    except SyntaxError as exc:
        raise FormulaError("formula_syntax", f"not a valid formula: {exc.msg}") from exc


_ALLOWED_NODES = (
    ast.Constant,
    ast.Name,
    ast.Load,
    ast.UnaryOp,
    ast.USub,
    ast.UAdd,
    ast.BinOp,
    ast.Add,
    ast.Sub,
    ast.Mult,
    ast.Div,
    ast.Call,
)
_SYNTAX_HELP = "only numbers, input names, + - * /, parentheses, min() and max() are allowed"


def formula_names(formula: str) -> set[str]:
    """The input names a formula uses; ``FormulaError`` when it is not a formula we allow."""
    names: set[str] = set()
    for node in ast.walk(_parse(formula)):
        if not isinstance(node, _ALLOWED_NODES):
            raise FormulaError("formula_syntax", _SYNTAX_HELP)
        if isinstance(node, ast.Constant) and (
            isinstance(node.value, bool) or not isinstance(node.value, int | float)
        ):
            raise FormulaError("formula_syntax", _SYNTAX_HELP)
        if isinstance(node, ast.Call) and not (
            isinstance(node.func, ast.Name)
            and node.func.id in _FUNCTIONS
            and node.args
            and not node.keywords
        ):
            raise FormulaError("formula_syntax", _SYNTAX_HELP)
        if isinstance(node, ast.Name):
            names.add(node.id)
    return names - set(_FUNCTIONS)


def evaluate(formula: str, values: Mapping[str, float]) -> float:
    """The value of ``formula`` with the named ``values``; ``FormulaError`` if impossible."""

    def ev(node: ast.expr) -> float:
        if isinstance(node, ast.Constant) and isinstance(node.value, int | float):
            if isinstance(node.value, bool):
                raise FormulaError("formula_syntax", "true/false is not a number")
            return float(node.value)
        if isinstance(node, ast.Name):
            if node.id not in values:
                raise FormulaError("formula_unknown_name", f"no input named '{node.id}'")
            return float(values[node.id])
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
            inner = ev(node.operand)
            return -inner if isinstance(node.op, ast.USub) else inner
        if isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
            left, right = ev(node.left), ev(node.right)
            if isinstance(node.op, ast.Div) and right == 0:
                raise FormulaError("formula_division_by_zero", "division by zero")
            return _BINARY[type(node.op)](left, right)
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in _FUNCTIONS
            and node.args
            and not node.keywords
        ):
            return float(_FUNCTIONS[node.func.id](*(ev(a) for a in node.args)))
        raise FormulaError("formula_syntax", _SYNTAX_HELP)

    try:
        result = ev(_parse(formula))
    except OverflowError as exc:  # an integer too large for a float: 1e400 written out
        raise FormulaError(
            "formula_not_finite", "the formula does not give a finite number"
        ) from exc
    except RecursionError as exc:  # a thousand terms nest deeper than Python recurses
        raise FormulaError("formula_too_long", "the formula has too many terms") from exc
    if not math.isfinite(result):
        raise FormulaError("formula_not_finite", "the formula does not give a finite number")
    return result


def matches(quantity: float, derived: float) -> bool:
    """True when a stored quantity equals its derivation (relative tolerance 1e-9)."""
    return math.isclose(quantity, derived, rel_tol=REL_TOLERANCE, abs_tol=1e-12)


_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def readable_formula(formula: str, labels: Mapping[str, str]) -> str:
    """The formula as a person reads it: each input's label for its name, × for *.

    ``residents * share_working`` with the labels of a Dutch template reads
    "[Inwoners binnen 500 m] × [Aandeel met betaald werk]": the names are
    identifiers (often English), the labels are in the document's language.
    A name without a label, and ``min``/``max``, stay as they are.
    """

    def label(match: re.Match[str]) -> str:
        name = match.group(0)
        text = labels.get(name, "").strip()
        return f"[{text}]" if text and name not in _FUNCTIONS else name

    return _IDENTIFIER.sub(label, formula).replace("*", "\u00d7")
