"""Measurements and actual spending from a CSV file (issue 13; contract section 11).

Two kinds of file, each for one alternative:

- measurements: ``effect`` (id or name), ``year``, ``quantity``, ``source``
  (optional) and ``note`` (optional), such as an export from a municipal
  dashboard or the GGD health monitor;
- actuals: ``cost`` (id or name), ``year``, ``amount``, ``price_year`` and
  ``note`` (optional), such as an export from the finance system.

Column names may be Dutch or English (``effect``/``jaar``/``aantal``/``bron``,
``kostenpost``/``bedrag``/``prijspeil``...), the separator a comma or a
semicolon, and numbers may use a decimal comma (``12,5``) as Dutch
spreadsheets write them. A row for a year that is already entered replaces
it. Every problem is named by its line, in the user's language, and nothing
changes unless the whole file is good; the app applies the result as one
undoable step.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from typing import Any, Literal

from sroi_app.domain.cpi import CpiTable
from sroi_app.domain.errors import ScenarioError, ScenarioValidationError
from sroi_app.domain.models import Scenario
from sroi_app.domain.validation import scenario_from_data, scenario_to_data

Kind = Literal["measurements", "actuals"]

_COLUMNS: dict[Kind, dict[str, tuple[str, ...]]] = {
    "measurements": {
        "item": ("effect", "effect_id", "effectnaam", "id", "name", "naam", "outcome"),
        "year": ("year", "jaar"),
        "value": ("quantity", "aantal", "hoeveelheid", "value", "waarde", "gemeten"),
        "source": ("source", "bron"),
        "note": ("note", "notitie", "opmerking", "toelichting"),
    },
    "actuals": {
        "item": ("cost", "cost_id", "kosten", "kostenpost", "post", "id", "name", "naam"),
        "year": ("year", "jaar"),
        "value": ("amount", "bedrag", "uitgaven", "realisatie", "werkelijk"),
        "price_year": ("price_year", "prijspeil", "prijsjaar"),
        "note": ("note", "notitie", "opmerking", "toelichting"),
    },
}

_TEXTS: dict[str, tuple[str, str]] = {
    "line": ("regel {line}", "line {line}"),
    "missing_column": (
        "de kolom '{column}' ontbreekt (verwacht: {names})",
        "the column '{column}' is missing (expected one of: {names})",
    ),
    "empty": ("het bestand heeft geen regels met gegevens", "the file has no rows of data"),
    "unknown_item": (
        "'{name}' is geen {what} van {alternative}",
        "'{name}' is not a {what} of {alternative}",
    ),
    "ambiguous": (
        "'{name}' past bij meer dan één {what}; gebruik de id",
        "'{name}' matches more than one {what}; use the id",
    ),
    "year": ("'{value}' is geen jaartal", "'{value}' is not a year"),
    "outside": (
        "{year} ligt buiten de looptijd ({first}-{last})",
        "{year} lies outside the horizon ({first}-{last})",
    ),
    "number": ("'{value}' is geen getal", "'{value}' is not a number"),
    "twice": (
        "{year} staat al op regel {other} voor {name}",
        "{year} is already on line {other} for {name}",
    ),
    "effect": ("effect", "effect"),
    "cost": ("kostenpost", "cost item"),
    "invalid": ("de gegevens zijn ongeldig: {detail}", "the data are invalid: {detail}"),
}


class MonitoringImportError(ScenarioError):
    """The file was refused; ``problems`` name each line, in the user's language."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


def _t(key: str, lang: str, **params: Any) -> str:
    nl, en = _TEXTS[key]
    return (nl if lang == "nl" else en).format(**params)


def _number(text: str) -> float:
    """``12,5``, ``1.234,5``, ``1234.5`` or ``1,234.5`` as a float; ``ValueError`` if none."""
    value = text.strip().replace("\u00a0", "").replace(" ", "").replace("€", "")
    if re.fullmatch(r"-?\d{1,3}(\.\d{3})+(,\d+)?", value) or re.fullmatch(r"-?\d+,\d+", value):
        value = value.replace(".", "").replace(",", ".")
    else:
        value = value.replace(",", "")
    number = float(value)
    if number != number or number in (float("inf"), float("-inf")):
        raise ValueError(text)
    return number


def _columns(header: list[str], kind: Kind, lang: str) -> dict[str, int]:
    found: dict[str, int] = {}
    names = [h.strip().lower().lstrip("\ufeff") for h in header]
    for key, options in _COLUMNS[kind].items():
        for option in options:
            if option in names:
                found[key] = names.index(option)
                break
        if key not in found and key in ("item", "year", "value"):
            raise MonitoringImportError(
                [_t("missing_column", lang, column=options[0], names=", ".join(options))]
            )
    return found


def _rows(text: str) -> list[list[str]]:
    sample = text[:4096]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=";,\t")
    except csv.Error:
        dialect = "excel"
    return [row for row in csv.reader(io.StringIO(text), dialect) if any(c.strip() for c in row)]


def import_monitoring(
    scenario: Scenario,
    alternative: int,
    kind: Kind,
    text: str,
    cpi: CpiTable,
    lang: str = "nl",
) -> Scenario:
    """``scenario`` with the file's measurements (or actuals) added to one alternative."""
    rows = _rows(text)
    if len(rows) < 2:
        raise MonitoringImportError([_t("empty", lang)])
    columns = _columns(rows[0], kind, lang)
    data = scenario_to_data(scenario)
    alt = data["alternatives"][alternative]
    items: list[dict[str, Any]] = alt["effects" if kind == "measurements" else "costs"]
    what = _t("effect" if kind == "measurements" else "cost", lang)
    alt_name = alt.get("name") or alt["id"]
    start = scenario.settings.start_year
    last = start + scenario.settings.horizon_years
    problems: list[str] = []
    seen: dict[tuple[int, int], int] = {}
    entries: dict[int, dict[int, dict[str, Any]]] = {}
    for line, row in enumerate(rows[1:], start=2):
        where = _t("line", lang, line=line)

        def cell(key: str, row: list[str] = row) -> str:
            index = columns.get(key)
            return row[index].strip() if index is not None and index < len(row) else ""

        name = cell("item")
        matches = [i for i, item in enumerate(items) if item["id"] == name]
        if not matches:
            lowered = name.casefold()
            matches = [
                i for i, item in enumerate(items) if (item.get("name") or "").casefold() == lowered
            ]
        if not matches:
            problems.append(
                f"{where}: " + _t("unknown_item", lang, name=name, what=what, alternative=alt_name)
            )
            continue
        if len(matches) > 1:
            problems.append(f"{where}: " + _t("ambiguous", lang, name=name, what=what))
            continue
        try:
            year = int(_number(cell("year")))
        except ValueError:
            problems.append(f"{where}: " + _t("year", lang, value=cell("year")))
            continue
        if not start <= year <= last:
            problems.append(f"{where}: " + _t("outside", lang, year=year, first=start, last=last))
            continue
        try:
            value = _number(cell("value"))
        except ValueError:
            problems.append(f"{where}: " + _t("number", lang, value=cell("value")))
            continue
        item_index = matches[0]
        if (item_index, year) in seen:
            other = seen[(item_index, year)]
            label = items[item_index].get("name") or items[item_index]["id"]
            problems.append(f"{where}: " + _t("twice", lang, year=year, other=other, name=label))
            continue
        seen[(item_index, year)] = line
        entry: dict[str, Any] = {"year": year}
        if kind == "measurements":
            entry |= {"quantity": value, "source": cell("source"), "note": cell("note")}
        else:
            entry |= {"amount": value, "note": cell("note")}
            if cell("price_year"):
                try:
                    entry["price_year"] = int(_number(cell("price_year")))
                except ValueError:
                    problems.append(f"{where}: " + _t("year", lang, value=cell("price_year")))
                    continue
        entries.setdefault(item_index, {})[year] = entry
    if problems:
        raise MonitoringImportError(problems)
    for item_index, by_year in entries.items():
        item = items[item_index]
        merged: dict[int, Mapping[str, Any]] = {e["year"]: e for e in item.get(kind, [])}
        merged.update(by_year)
        item[kind] = [dict(merged[y]) for y in sorted(merged)]
    try:
        return scenario_from_data(data, cpi)
    except ScenarioValidationError as exc:
        raise MonitoringImportError(
            [_t("invalid", lang, detail="; ".join(str(i) for i in exc.issues))]
        ) from exc
