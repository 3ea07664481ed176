"""Data validation on the input cells: Excel and LibreOffice refuse what the program would.

A deadweight of 1,5 typed into the Invoer sheet is refused at once with a
message in the workbook's language, instead of surfacing later as a strange
result or a refusal on ``sroi-app import`` (issue 12). The rules follow the
fields' own limits (``domain.models``, ``domain.corrections``); a payer or
beneficiary is chosen from the list of stakeholder ids, and amounts, quantities
and proxies must be numbers.

Each rule covers its cells as a few ranges (a column's consecutive rows are
one range): openpyxl's per-cell ``add`` compares every new cell with every
range already there, which took minutes for 10,000 effects.
"""

from __future__ import annotations

from collections import defaultdict

from openpyxl.utils.cell import coordinate_from_string
from openpyxl.worksheet.cell_range import MultiCellRange
from openpyxl.worksheet.datavalidation import DataValidation

from sroi_app.domain.corrections import fraction_fields
from sroi_app.exports.excel.context import ExportContext

_YEARS = ("first_year", "last_year", "every_years", "duration_years", "ramp_up_years")

_MESSAGES = {
    "fraction": (
        "Een fractie tussen 0 en 1 (0% tot 100%).",
        "A fraction between 0 and 1 (0% to 100%).",
    ),
    "non_negative": ("Een getal van 0 of meer.", "A number of 0 or more."),
    "years": ("Een heel aantal jaren, 0 of meer.", "A whole number of years, 0 or more."),
    "calendar_year": ("Een jaartal tussen 1900 en 2300.", "A calendar year between 1900 and 2300."),
    "horizon": ("Een heel aantal jaren, 0 tot 1000.", "A whole number of years, 0 to 1000."),
    "stakeholder": (
        "Het id van een actor uit de lijst actoren op dit blad.",
        "The id of a stakeholder in the stakeholder list on this sheet.",
    ),
    "number": ("Een getal.", "A number."),
    "rate": (
        "Een rentevoet boven -100% en hooguit 100% (3,5% = 0,035).",
        "A rate above -100% and at most 100% (3.5% = 0.035).",
    ),
}


def _rule(path: str, fractions: frozenset[str]) -> str | None:
    """The rule of the input at ``path``; ``fractions``: ``domain.corrections.fraction_fields``."""
    field = path.rsplit(".", 1)[-1]
    if ".uncertainty." in path:
        return None  # a range may reach past a field's limits (contract section 9)
    if field in fractions:
        return "fraction"
    if field == "optimism_bias":
        return "non_negative"
    if field in _YEARS:
        return "years"
    if field in ("price_year", "start_year"):
        return "calendar_year"
    if field == "horizon_years":
        return "horizon"
    if field == "rate" or path == "settings.discount_rate":
        return "rate"
    if field in ("payer", "beneficiary") or (
        path.startswith("pm_items[") and field == "stakeholder"
    ):
        return "stakeholder"
    if field in ("amount", "quantity", "value"):
        return "number"
    return None


def _validation(rule: str, lang: str, ids: str | None) -> DataValidation:
    nl, en = _MESSAGES[rule]
    text = nl if lang == "nl" else en
    if rule == "stakeholder":
        return DataValidation(
            type="list",
            formula1=ids,
            allow_blank=True,
            showErrorMessage=True,
            errorTitle="SROI" if lang == "en" else "SROI-invoer",
            error=text,
        )
    kinds = {
        "fraction": ("decimal", "between", 0, 1),
        "non_negative": ("decimal", "greaterThanOrEqual", 0, None),
        "years": ("whole", "greaterThanOrEqual", 0, None),
        "calendar_year": ("whole", "between", 1900, 2300),
        "horizon": ("whole", "between", 0, 1000),
        "rate": ("decimal", "between", -0.999999, 1),
        "number": ("decimal", "between", -1e300, 1e300),
    }
    kind, operator, low, high = kinds[rule]
    return DataValidation(
        type=kind,
        operator=operator,
        formula1=str(low),
        formula2=None if high is None else str(high),
        allow_blank=True,
        showErrorMessage=True,
        showInputMessage=False,
        errorTitle="SROI" if lang == "en" else "SROI-invoer",
        error=text,
    )


def _runs(coordinates: list[str]) -> str:
    """Cells as ranges: a column's consecutive rows become one ``H40:H540``."""
    rows: dict[str, list[int]] = defaultdict(list)
    for coordinate in coordinates:
        column, row = coordinate_from_string(coordinate)
        rows[column].append(row)
    out = []
    for column, found in rows.items():
        found.sort()
        start = previous = found[0]
        for row in [*found[1:], None]:
            if row is not None and row == previous + 1:
                previous = row
                continue
            out.append(
                f"{column}{start}" if start == previous else f"{column}{start}:{column}{previous}"
            )
            if row is not None:
                start = previous = row
    return " ".join(out)


def add_validation(ctx: ExportContext) -> None:
    """One data validation per rule over every input cell it applies to."""
    cells: dict[str, list[str]] = defaultdict(list)
    ids = ctx.input_ranges.get("STAKEHOLDER_IDS")
    fractions = frozenset(fraction_fields())
    for path, address in ctx.inputs.items():
        rule = _rule(path, fractions)
        if rule is not None and (rule != "stakeholder" or ids is not None):
            cells[rule].append(address.rsplit("!", 1)[1].replace("$", ""))
    ws = ctx.sheet("inputs")
    for rule, coordinates in cells.items():
        dv = _validation(rule, ctx.lang, None if ids is None else ids.split("!", 1)[1])
        dv.sqref = MultiCellRange(_runs(coordinates))
        ws.add_data_validation(dv)
