"""Cell writing and the workbook's look: text safety, number formats, fills, print set-up.

Every cell of the workbook is written through ``put_text``, ``put_number``,
``put_formula`` or ``put_label`` so that two rules hold everywhere:

- text from the user is stored as text, never as a formula (openpyxl turns a
  string that starts with ``=`` into a formula and ``#N/A`` into an error
  value; ``put_text`` undoes that and sets Excel's quote prefix, so that an
  edit in Excel keeps it text too);
- input cells look like input cells (pale yellow, blue figures), formulas
  do not, so an auditor sees at a glance what can be changed.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Hashable, Iterable, Mapping

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

# Number formats are stored locale-neutral; Excel shows them with the
# reader's own separators (1.234 in a Dutch Excel, 1,234 in an English one).
MONEY = '"€" #,##0;[Red]-"€" #,##0;"€" 0'
MONEY_CENTS = '"€" #,##0.00;[Red]-"€" #,##0.00;"€" 0.00'
AMOUNT = "#,##0;[Red]-#,##0;0"
NUMBER = "#,##0.00##"  # a fraction: at least two decimals, at most four
WHOLE = "#,##0"
PERCENT = "0.0%"
PERCENT_PRECISE = "0.00%"
RATIO = "0.00"
FACTOR = "0.000000"
YEAR = "0"
YEARS_1 = "0.0"

# Every font names Calibri (the workbook default): a font without a name
# makes LibreOffice fall back to a serif face.
FONT = "Calibri"
TITLE_FONT = Font(name=FONT, bold=True, size=14)
SUBTITLE_FONT = Font(name=FONT, italic=True, color="555555")
HEADER_FONT = Font(name=FONT, bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
SECTION_FONT = Font(name=FONT, bold=True, size=12, color="1F4E79")
BOLD = Font(name=FONT, bold=True)
INPUT_FONT = Font(name=FONT, color="0000CC")
INPUT_FILL = PatternFill("solid", fgColor="FFF2CC")
FIXED_FILL = PatternFill("solid", fgColor="EDEDED")
TOTAL_FILL = PatternFill("solid", fgColor="DDEBF7")
RESULT_FILL = PatternFill("solid", fgColor="E2EFDA")
GROUP_FILL = PatternFill("solid", fgColor="F2F2F2")
THIN = Side(style="thin", color="A6A6A6")
TOP_BORDER = Border(top=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
INDENT = Alignment(horizontal="left", indent=1)
TOP_CENTER = Alignment(horizontal="center", vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
#: The alignments by name, for styles worked out once (``look``).
ALIGNMENTS = {"wrap": WRAP, "top": TOP, "indent": INDENT, "top_center": TOP_CENTER}


# Styling a cell through openpyxl's setters (``cell.fill = ...``) looks each
# style object up in the workbook's tables, some 4 us a setter: a third of the
# time of a large export went there. The hot paths below style the first cell
# of a kind through the setters and copy the resulting style array (openpyxl's
# own way to copy a cell's style) to every later cell of that kind.
def _style_cache(workbook: Workbook) -> dict[Hashable, StyleArray]:
    """The workbook's own cache of style arrays (it lives and dies with the workbook)."""
    cache: dict[Hashable, StyleArray] | None = workbook.__dict__.get("_sroi_style_cache")
    if cache is None:
        cache = workbook.__dict__["_sroi_style_cache"] = {}
    return cache


class _KnownStyles(IndexedList):  # type: ignore[misc]
    """One of openpyxl's tables of fonts, fills, borders, alignments or protections, which
    finds an object it has seen before by identity instead of by hashing all its fields
    (openpyxl hashes a font on every ``cell.font = ...``: a fifth of a large export).

    The objects are kept, so an identity is never reused; the workbook's styles are
    constants that nothing changes after use (openpyxl's own rule: copy a style to change it).
    """

    def __init__(self, iterable: Iterable[object] = ()) -> None:
        super().__init__(iterable)
        self._seen: dict[int, tuple[object, int]] = {}

    def add(self, value: object) -> int:
        seen = self._seen.get(id(value))
        if seen is not None and seen[0] is value:
            return seen[1]
        index: int = super().add(value)
        self._seen[id(value)] = (value, index)
        return index


def quick_styles(workbook: Workbook) -> None:
    """Give ``workbook`` style tables that know their objects (``_KnownStyles``)."""
    for table in ("_fonts", "_fills", "_borders", "_alignments", "_protections"):
        setattr(workbook, table, _KnownStyles(getattr(workbook, table)))


def _restyle(cell: Cell, change: Hashable, apply: Callable[[Cell], None]) -> None:
    """``apply(cell)``, or the style it gave an earlier cell that had the same style."""
    cache = _style_cache(cell.parent.parent)
    key = (None if cell._style is None else tuple(cell._style), change)
    done = cache.get(key)
    if done is None:
        apply(cell)
        cache[key] = StyleArray(cell._style)
    else:
        cell._style = StyleArray(done)


_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")
#: Excel's limit on the characters in one cell.
MAX_CELL_TEXT = 32767
FORMULA_LIKE = ("=", "+", "-", "@")


def clean_text(value: object) -> str:
    """Text that an .xlsx file can hold: no control characters, lone surrogates or overflow.

    The XML of a workbook cannot carry most control characters; they are
    replaced by U+FFFD (the replacement character) rather than silently
    dropped, so an auditor sees that something was there.
    """
    text = "" if value is None else str(value)
    text = _ILLEGAL.sub("\ufffd", text)
    if len(text) > MAX_CELL_TEXT:
        text = text[: MAX_CELL_TEXT - 1] + "…"
    return text


def put_text(ws: Worksheet, row: int, col: int, value: object, *, input_cell: bool = False) -> Cell:
    """User or label text, always stored as a string (never a formula or error value)."""
    text = clean_text(value)
    cell = ws.cell(row=row, column=col)
    # Set directly: openpyxl's value setter would make "=..." a formula, "#N/A" an error
    # value, and check again for the characters clean_text has replaced.
    cell._value = text or None
    cell.data_type = "s" if text else "n"
    if text.startswith(FORMULA_LIKE):
        cell.quotePrefix = True
    if input_cell:
        mark_input(cell)
    return cell


def put_label(ws: Worksheet, row: int, col: int, text: str, *, bold: bool = False) -> Cell:
    cell = put_text(ws, row, col, text)
    if bold:
        cell.font = BOLD
    return cell


def quantity_format(value: float | int | None) -> str:
    """``WHOLE`` for a whole quantity (no trailing separator: "9", not "9,"), else ``NUMBER``.

    Chosen per cell from the value at export (a format cannot test for a fraction)."""
    if value is None or float(value).is_integer():
        return WHOLE
    return NUMBER


def cell_format(number_format: str, value: float | int | None) -> str:
    """The format a number cell gets: ``number_format``, where ``NUMBER`` means the
    ``quantity_format`` of the value."""
    return quantity_format(value) if number_format == NUMBER else number_format


def put_number(
    ws: Worksheet,
    row: int,
    col: int,
    value: float | int | None,
    number_format: str = NUMBER,
    *,
    input_cell: bool = True,
) -> Cell:
    """An input number (``None`` leaves the cell empty: "use the default")."""
    cell = ws.cell(row=row, column=col)
    if value is None or type(value) in (int, float):
        cell._value, cell.data_type = value, "n"  # what the value setter does, without its checks
    else:
        cell.value = value
    _number_format(cell, cell_format(number_format, value))
    if input_cell:
        mark_input(cell)
    return cell


def _number_format(cell: Cell, number_format: str) -> None:
    def apply(target: Cell) -> None:
        target.number_format = number_format

    _restyle(cell, ("format", number_format), apply)


def put_formula(
    ws: Worksheet, row: int, col: int, formula: str, number_format: str | None = None
) -> Cell:
    """A formula we built ourselves (never from user text)."""
    if not formula.startswith("="):
        raise ValueError(f"not a formula: {formula!r}")
    cell = ws.cell(row=row, column=col)
    cell._value, cell.data_type = formula, "f"  # what the value setter does, without its checks
    if number_format:
        _number_format(cell, number_format)
    return cell


def look(ws: Worksheet, key: Hashable, apply: Callable[[Cell], None]) -> StyleArray:
    """The style ``apply`` gives a new cell, worked out once per workbook and ``key`` (for
    cells written by ``sheetxml.put``). The array is shared: never change it (an openpyxl
    cell gets a copy)."""
    cache = _style_cache(ws.parent)
    found = cache.get(("look", key))
    if found is None:
        probe = Cell(ws)
        apply(probe)
        found = cache[("look", key)] = StyleArray(probe._style or StyleArray())
    return found


def format_style(ws: Worksheet, number_format: str) -> StyleArray:
    """The style of a plain cell with ``number_format``."""
    return look(ws, ("format", number_format), lambda cell: _number_format(cell, number_format))


UNLOCKED = Protection(locked=False)


def mark_input(cell: Cell) -> None:
    """Yellow with blue figures, and unlocked: on a protected sheet only inputs can be edited."""
    _restyle(cell, "input", _input_look)


def _input_look(cell: Cell) -> None:
    cell.fill = INPUT_FILL
    cell.font = INPUT_FONT
    cell.protection = UNLOCKED


def protect(ws: Worksheet) -> None:
    """Sheet protection without a password: formulas and labels are locked, input cells
    (``mark_input``) are not. Columns and rows can still be resized, and the protection
    is lifted with Review > Unprotect Sheet, no password asked."""
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False


def mark_fixed(cell: Cell) -> None:
    """A value fixed by the workbook's structure (an id, the horizon): change it in the app."""
    cell.fill = FIXED_FILL


def header_row(
    ws: Worksheet, row: int, col: int, labels: list[str], *, height: float | None = None
) -> None:
    """White on dark blue, wrapped; ``height`` in points for headers of several lines."""
    for i, text in enumerate(labels):
        cell = put_text(ws, row, col + i, text)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = CENTER
    if height is not None:
        ws.row_dimensions[row].height = height


@functools.lru_cache(maxsize=4096)
def text_lines(text: str, width: float) -> int:
    """The lines ``text`` takes wrapped in a column ``width`` characters wide.

    Spreadsheet programs do not grow rows written by openpyxl on opening, so
    the number of lines is estimated from the column width (characters).
    """
    capacity = max(1, int(width * 1.05))
    lines = 0
    for paragraph in text.split("\n"):
        # Words wrap whole: fill each line greedily, as the programs do.
        used, count = 0, 1
        for word in paragraph.split():
            size = len(word)
            if used and used + 1 + size > capacity:
                count += 1 + (size - 1) // capacity
                used = size % capacity or capacity
            elif not used and size > capacity:
                count += (size - 1) // capacity
                used = size % capacity or capacity
            else:
                used += size + (1 if used else 0)
        lines += count
    return lines


def lines_height(current: float | None, lines: int, line: float = 15.0) -> float:
    """A row's height (points) once it is at least ``lines`` lines tall: ``current`` or
    one line, whichever is taller, unless the lines need more."""
    return max(current or line, lines * line)


def fit_lines(ws: Worksheet, row: int, lines: int, *, line: float = 15.0) -> None:
    """Make a row at least ``lines`` lines tall."""
    dimension = ws.row_dimensions[row]
    dimension.height = lines_height(dimension.height, lines, line)


def fit_height(ws: Worksheet, row: int, text: str, width: float, *, line: float = 15.0) -> None:
    """Give a row of wrapped text room for all its lines (``text_lines``)."""
    fit_lines(ws, row, text_lines(text, width), line=line)


def header_formula(
    ws: Worksheet, row: int, col: int, formula: str, shown: str, width: float
) -> Cell:
    """A header cell that shows a name by formula (an alternative's), with room for the
    name's lines: ``shown`` is what the formula gives, ``width`` the column's width."""
    cell = put_formula(ws, row, col, formula)
    cell.font, cell.fill, cell.alignment = HEADER_FONT, HEADER_FILL, CENTER
    fit_height(ws, row, shown, width * 0.9)  # bold: fewer characters to the line
    return cell


def wrapped_formula(
    ws: Worksheet, row: int, col: int, formula: str, shown: str, width: float
) -> Cell:
    """A text formula that wraps in its column, the row as tall as ``shown`` needs."""
    cell = put_formula(ws, row, col, formula)
    cell.alignment = WRAP
    fit_height(ws, row, shown, width)
    return cell


def title(ws: Worksheet, text: str, subtitle: str = "") -> None:
    put_text(ws, 1, 1, text).font = TITLE_FONT
    if subtitle:
        put_text(ws, 2, 1, subtitle).font = SUBTITLE_FONT


def section(ws: Worksheet, row: int, text: str) -> None:
    put_text(ws, row, 1, text).font = SECTION_FONT


def style_row(ws: Worksheet, row: int, first: int, last: int, *, fill: PatternFill) -> None:
    for col in range(first, last + 1):
        cell = ws.cell(row=row, column=col)
        cell.fill = fill
        cell.font = BOLD
        cell.border = TOP_BORDER


def widths(ws: Worksheet, values: Mapping[int, float]) -> None:
    for col, width in values.items():
        ws.column_dimensions[get_column_letter(col)].width = width


def print_setup(ws: Worksheet, *, title_rows: str | None = None) -> None:
    """A4 landscape, fit to one page wide (as many pages tall as needed)."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.oddFooter.center.text = "&A – &P / &N"
    if title_rows:
        ws.print_title_rows = title_rows
