"""The workbook's way back: the input cells a person edited become a scenario again.

Contract section 10: ``sroi-app import WORKBOOK.xlsx -o OUT.sroi.json``. An
exported workbook carries, on a very hidden sheet, the scenario it was made
from (every field, unknown ones included) and the language of its sheets.
Importing rebuilds that workbook in memory, which gives the map of input
cells (``WorkbookMap.inputs``: JSON path -> cell) and the value each held at
export; every input cell whose value now differs is written back into the
scenario at its path, converted to the field's type. The result is validated
as a whole; a problem is named by sheet and cell (``Invoer!F92: must be
between 0 and 1``), never by a JSON path alone, and nothing is written.

Source texts are numbered on the sources sheet and the source cells hold
``[n]``: such a cell is read as the text of source n in the edited workbook,
so an edit of that text comes back into every effect citing it (module
``sources``).

What cannot come back is refused the same way: the price index (the
program uses the CBS series it ships), and text in a number cell.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from sroi_app.domain.cpi import CpiTable
from sroi_app.domain.errors import Issue, ScenarioError, ScenarioValidationError
from sroi_app.domain.models import Scenario
from sroi_app.domain.validation import scenario_from_data
from sroi_app.exports.excel.sources import SOURCE_FIELDS, cited

#: The very hidden sheet that carries the scenario.
EMBED_SHEET = "sroi-app"
_MARKER = "sroi-app scenario v1"
_CHUNK = 30_000  # a cell holds at most 32,767 characters
_TOKEN = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


class WorkbookImportError(ScenarioError):
    """The workbook cannot be read back; ``problems`` name sheet and cell."""

    def __init__(self, problems: list[str], located: tuple[tuple[str, Issue], ...] = ()) -> None:
        self.problems = problems
        #: The validation issues by cell, so that the app can word each in its language.
        self.located = located
        super().__init__("\n".join(problems))


def embed_scenario(workbook: Workbook, data: dict[str, Any], lang: str) -> None:
    """Store the scenario (``scenario_to_data``: every field) and the sheets' language on a
    very hidden sheet."""
    ws = workbook.create_sheet(EMBED_SHEET)
    ws.sheet_state = "veryHidden"
    text = json.dumps(data, ensure_ascii=False)
    ws["A1"] = _MARKER
    ws["B1"] = lang
    for n in range(0, len(text), _CHUNK):
        cell = ws.cell(row=2 + n // _CHUNK, column=1)
        cell.value = text[n : n + _CHUNK]
        cell.data_type = "s"  # never a formula, whatever the text starts with


def _embedded(workbook: Workbook, origin: str) -> tuple[dict[str, Any], str]:
    if EMBED_SHEET not in workbook.sheetnames or workbook[EMBED_SHEET]["A1"].value != _MARKER:
        raise WorkbookImportError(
            [f"{origin}: not a workbook exported by this program (its scenario sheet is missing)"]
        )
    ws = workbook[EMBED_SHEET]
    parts = []
    row = 2
    while (value := ws.cell(row=row, column=1).value) is not None:
        parts.append(str(value))
        row += 1
    try:
        raw = json.loads("".join(parts))
    except ValueError as exc:
        raise WorkbookImportError([f"{origin}: its scenario sheet is damaged"]) from exc
    lang = ws["B1"].value if ws["B1"].value in ("nl", "en") else "nl"
    return raw, str(lang)


def _split(address: str) -> tuple[str, str]:
    sheet, coordinate = address.rsplit("!", 1)
    return sheet.strip("'").replace("''", "'"), coordinate.replace("$", "")


def _where(address: str) -> str:
    sheet, coordinate = _split(address)
    return f"{sheet}!{coordinate}"


def _tokens(path: str) -> list[str | int]:
    """``alternatives[1].effects[0].uncertainty.proxy.value.low`` -> its keys and indexes."""
    head, sep, tail = path.partition(".uncertainty.")
    tokens: list[str | int] = [
        int(index) if index else name for name, index in _TOKEN.findall(head)
    ]
    if sep:
        key, _, end = tail.rpartition(".")
        tokens += ["uncertainty", key, end]
    return tokens


def _set(raw: Any, path: str, value: Any) -> None:
    tokens = _tokens(path)
    target = raw
    for token in tokens[:-1]:
        target = target[token]
    last = tokens[-1]
    if value is None and isinstance(target, dict):
        target.pop(last, None)
    else:
        target[last] = value


def _get(raw: Any, path: str) -> Any:
    target = raw
    for token in _tokens(path):
        try:
            target = target[token]
        except (KeyError, IndexError, TypeError):
            return None
    return target


_WHOLE = {
    "start_year",
    "price_year",
    "horizon_years",
    "first_year",
    "last_year",
    "every_years",
    "duration_years",
    "ramp_up_years",
    "from_year",
    "year",
}
_OPTIONAL_TEXT = {"kind", "area_type", "stakeholder", "alternative", "magnitude"}


def _convert(path: str, old: Any, value: Any, where: str) -> tuple[Any, str | None]:
    """The cell's value as the field holds it, or a reason why it cannot be."""
    field = str(_tokens(path)[-1])
    if field == "chain":
        text = "" if value is None else str(value)
        return [part.strip() for part in text.split("→") if part.strip()], None
    if isinstance(old, str) or (old is None and field in _OPTIONAL_TEXT):
        text = "" if value is None else str(value)
        return (None if text == "" and field in _OPTIONAL_TEXT else text), None
    if value is None or value == "":
        return None, None  # an optional number cleared (a price year): back to the default
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None, f"{where}: must be a number, not “{value}”"
    if field in _WHOLE:
        if not float(value).is_integer():
            return None, f"{where}: must be a whole number of years, not {value}"
        return int(value), None
    return float(value), None


def _same(now: Any, before: Any) -> bool:
    """Unchanged: equal, both empty, or the same number after the file's float text."""
    if now == before or (now in (None, "") and before in (None, "")):
        return True
    numbers = (int, float)
    if isinstance(now, numbers) and isinstance(before, numbers):
        return not isinstance(now, bool) and math.isclose(now, before, rel_tol=1e-14, abs_tol=0)
    return False


def _source_text(workbook: Workbook, sources: dict[int, str], value: Any) -> Any:
    """A source cell's value, ``[n]`` read as the text of source n on the sources sheet."""
    number = cited(value)
    if number is None or number not in sources:
        return value
    sheet, coordinate = _split(sources[number])
    if sheet not in workbook.sheetnames:
        return value
    text = workbook[sheet][coordinate].value
    return "" if text is None else str(text)


def _changes(
    edited: Workbook,
    original: Workbook,
    inputs: dict[str, str],
    raw: dict[str, Any],
    sources: dict[int, str],
) -> Iterator[tuple[str, str, Any] | str]:
    """``(path, cell, new value)`` per edited input cell, or a problem's text."""
    for path, address in inputs.items():
        sheet, coordinate = _split(address)
        if sheet not in edited.sheetnames:
            yield f"{sheet}: the sheet is missing"
            return
        now = edited[sheet][coordinate].value
        before = original[sheet][coordinate].value
        if path.endswith(SOURCE_FIELDS):  # "[3]": the text on the sources sheet
            now = _source_text(edited, sources, now)
            before = _source_text(original, sources, before)
        if _same(now, before):
            continue
        where = _where(address)
        if path.startswith("cpi["):
            yield (
                f"{where}: the price index cannot be changed in the scenario; the program"
                " uses the CBS series it ships (undo this edit)"
            )
            continue
        value, problem = _convert(path, _get(raw, path), now, where)
        yield problem if problem is not None else (path, where, value)


@dataclass(frozen=True)
class CellChange:
    """One input cell edited in the workbook: where, which field, and its value before
    (as exported) and after (as read back)."""

    path: str
    where: str  # "Invoer!F12"
    before: Any
    after: Any


@dataclass(frozen=True)
class WorkbookImport:
    """A workbook read back: the scenario it now holds, the scenario it was exported from,
    and each input cell that was changed in between."""

    scenario: Scenario
    exported: Scenario
    changes: tuple[CellChange, ...]


def import_workbook(path: Path | str, cpi: CpiTable) -> Scenario:
    """The scenario of an exported, possibly edited workbook; ``WorkbookImportError`` if not."""
    return read_workbook(path, cpi).scenario


def read_workbook(path: Path | str, cpi: CpiTable) -> WorkbookImport:
    """``import_workbook`` with what changed against the exported scenario (the app shows
    it when it opens the import as a new document)."""
    from sroi_app.exports.excel.sensitivity import SensitivityOptions
    from sroi_app.exports.excel.workbook import build_workbook

    origin = str(path)
    try:
        edited = load_workbook(path, data_only=True)
    except (OSError, InvalidFileException, KeyError, ValueError) as exc:
        raise WorkbookImportError([f"{origin}: not a readable Excel workbook ({exc})"]) from exc
    raw, lang = _embedded(edited, origin)
    try:
        exported = scenario_from_data(raw, cpi)
    except ScenarioValidationError as exc:
        raise WorkbookImportError([f"{origin}: its scenario sheet is damaged"]) from exc
    original, mapping = build_workbook(
        exported, cpi, "en" if lang == "en" else "nl", sensitivity_options=SensitivityOptions(False)
    )
    cells: dict[str, str] = {}
    problems: list[str] = []
    changes: list[CellChange] = []
    for change in list(_changes(edited, original, mapping.inputs, raw, mapping.sources)):
        if isinstance(change, str):
            problems.append(change)
        else:
            path_, where, value = change
            changes.append(CellChange(path_, where, _get(raw, path_), value))
            _set(raw, path_, value)
            cells[path_] = where
    if problems:
        raise WorkbookImportError(problems)
    try:
        return WorkbookImport(scenario_from_data(raw, cpi), exported, tuple(changes))
    except ScenarioValidationError as exc:
        located = tuple(_located(exc.issues, cells, mapping.inputs))
        raise WorkbookImportError(
            [f"{where}: {issue.message}" for where, issue in located], located
        ) from exc


def _located(
    issues: tuple[Issue, ...], edited: dict[str, str], inputs: dict[str, str]
) -> Iterator[tuple[str, Issue]]:
    """Each issue at its cell: the edited one at that path, else the nearest mapped one."""
    for issue in issues:
        where = edited.get(issue.path)
        if where is None and issue.path in inputs:
            where = _where(inputs[issue.path])
        if where is None:
            # A problem of a whole item (an id used twice): the cell of its first field.
            prefix = issue.path + "."
            found = next((a for p, a in inputs.items() if p.startswith(prefix)), None)
            where = _where(found) if found else issue.path
        yield where, issue
