"""Writing a large workbook's cells as XML ourselves, sheet by sheet.

openpyxl spends 5-10 µs on every cell it writes and keeps every cell in memory
until the file is saved: the 1.7 million cells of a 20 x 500 x 100 scenario took
40 s and 1.2 GB. ``export_workbook`` therefore writes through a ``SheetStream``:

- as soon as a sheet's builder is done, ``flush`` writes the sheet's rows as XML to
  a temporary file and drops its cells, so memory holds one sheet's cells at a time;
- a row of cells that share one formula, copied right (a cost's or an effect's year
  columns), is written as one Excel *shared formula* (``fill_right``) and never
  becomes a million Python objects;
- the cells of the big tables go straight to XML (``put``, with a style worked out
  once by ``style.look``), and their rows' heights stay with the stream
  (``set_row_height``), without an openpyxl object per cell or row;
- ``save`` lets openpyxl write the workbook around those sheets (styles, names,
  validations, charts, the sheets' set-up) and puts each flushed sheet's rows into
  its ``<sheetData>``.

``build_workbook`` without a stream keeps every cell as an openpyxl cell, as before
(tests and the import compare cells in memory); ``fill_right`` then writes each cell's
own formula. tests/test_excel_stream.py checks that both give the same workbook, cell
by cell.
"""

from __future__ import annotations

import io
import itertools
import operator
import re
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from typing import IO

from openpyxl.cell.cell import Cell
from openpyxl.compat import safe_string
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.dimensions import DimensionHolder, RowDimension
from openpyxl.worksheet.worksheet import Worksheet

from sroi_app.exports.excel import style

#: A row's piece: (first column, last column, XML).
_FIRST, _LAST, _XML = operator.itemgetter(0), operator.itemgetter(1), operator.itemgetter(2)
_SHEET_DATA = re.compile(rb"<sheetData\s*/>|<sheetData>\s*</sheetData>")
_DIMENSION = re.compile(rb'<dimension ref="[^"]*"\s*/>')
#: Rows written to the temporary file at a time.
_BATCH = 2000
#: Bytes of sheet XML above which the zip is packed at deflate level 1 instead of 6.
_QUICK_PACKING = 20_000_000


class UnwritableCell(ValueError):
    """A cell this writer does not write (a date, rich text, a comment or a link): write
    such a sheet without a stream, or teach ``_cell_xml`` the kind."""


def _escape(text: str) -> str:
    """Text as XML character data (what lxml writes: ``&``, ``<``, ``>`` and CR escaped)."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "\r" in text:
        text = text.replace("\r", "&#13;")
    return text


class _StyleIds:
    """A cell's ``s`` attribute: its number in the workbook's table of cell styles, found by
    the bytes of its style array (openpyxl hashes a tuple of the array for every cell).
    The default style is no attribute."""

    def __init__(self, workbook: Workbook) -> None:
        self._table = workbook._cell_styles
        self._ids: dict[bytes, str] = {StyleArray().tobytes(): ""}
        #: The shared style arrays of ``style.look`` by identity (kept, so never reused).
        self._known: dict[int, tuple[StyleArray, str]] = {}

    def __call__(self, look: StyleArray | None) -> str:
        if look is None:
            return ""
        key = look.tobytes()
        found = self._ids.get(key)
        if found is None:
            found = self._ids[key] = f' s="{self._table.add(look)}"'
        return found

    def shared(self, look: StyleArray) -> str:
        """``self(look)`` for a style array that is never changed (``style.look``'s)."""
        known = self._known.get(id(look))
        if known is None or known[0] is not look:
            known = self._known[id(look)] = (look, self(look))
        return known[1]


def _xml(where: str, s: str, value: object, kind: str, sheet: str) -> str:
    """The ``<c>`` element openpyxl writes for a cell at ``where`` (its coordinate) with
    the style attribute ``s``, ``value`` and openpyxl's ``data_type`` ``kind``; "" for a
    cell it skips (no value, no style)."""
    if value is None or value == "":
        if not s:
            return ""
        t = "" if kind == "f" else ' t="inlineStr"' if kind == "s" else f' t="{kind}"'
        return f'<c r="{where}"{s}{t}/>'
    if kind == "f" and type(value) is str:
        return f'<c r="{where}"{s}><f>{_escape(value[1:])}</f></c>'
    if kind == "s" and type(value) is str:
        space = ' xml:space="preserve"' if value != value.strip() else ""
        return f'<c r="{where}"{s} t="inlineStr"><is><t{space}>{_escape(value)}</t></is></c>'
    if kind in ("n", "b", "e") and isinstance(value, int | float | str):
        return f'<c r="{where}"{s} t="{kind}"><v>{_escape(safe_string(value))}</v></c>'
    raise UnwritableCell(f"{sheet}!{where}: a {type(value).__name__} value")


def _cell_xml(cell: Cell, where: str, style_id: _StyleIds) -> str:
    """``_xml`` of an openpyxl cell."""
    if type(cell) is Cell and (cell._comment is not None or cell._hyperlink is not None):
        raise UnwritableCell(f"{cell.parent.title}!{where} has a comment or a link")
    return _xml(where, style_id(cell._style), cell._value, cell.data_type, cell.parent.title)


class _RowAttributes:
    """A row's attributes as openpyxl writes them (its height...), computed once for each
    different row dimension (asking a dimension for them looks up its style every time)."""

    def __init__(self) -> None:
        self._seen: dict[tuple[object, ...], str] = {}

    def __call__(self, dimension: RowDimension) -> str:
        look = dimension._style
        key = (
            dimension.ht,
            dimension.hidden,
            dimension.outlineLevel,
            dimension.collapsed,
            dimension.thickBot,
            dimension.thickTop,
            None if look is None else look.tobytes(),
        )
        found = self._seen.get(key)
        if found is None:
            found = self._seen[key] = "".join(f' {k}="{v}"' for k, v in dimension)
        return found


class _Flushed:
    """A sheet's ``<row>`` elements in a temporary file, and the range they cover."""

    def __init__(self) -> None:
        self.file: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115 (closed by the stream)
        self.dimension = "A1:A1"


class SheetStream:
    """The sheets written so far (see the module's description); a context manager that
    removes its temporary files on leaving."""

    def __init__(self) -> None:
        #: Cells written as XML, per sheet: row -> (first column, last column, XML).
        self._pending: dict[Worksheet, dict[int, list[tuple[int, int, str]]]] = {}
        self._flushed: dict[Worksheet, _Flushed] = {}
        self._formulas = 0  # shared-formula indices (``si``), numbered per workbook
        self._style_ids: _StyleIds | None = None
        self._letters: list[str] = [""]  # column number -> letter
        #: Row heights (points) set through ``set_row_height``, per sheet: no RowDimension.
        self._heights: dict[Worksheet, dict[int, float]] = {}

    def __enter__(self) -> SheetStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Remove the temporary files (also when the export failed or was cancelled)."""
        for flushed in self._flushed.values():
            flushed.file.close()

    def _row(self, ws: Worksheet, row: int) -> list[tuple[int, int, str]]:
        if ws in self._flushed:
            raise RuntimeError(f"{ws.title} was already written")
        return self._pending.setdefault(ws, {}).setdefault(row, [])

    def _ids(self, ws: Worksheet) -> _StyleIds:
        if self._style_ids is None:
            self._style_ids = _StyleIds(ws.parent)
        return self._style_ids

    def _letter(self, col: int) -> str:
        letters = self._letters
        if col >= len(letters):
            letters += [get_column_letter(c) for c in range(len(letters), col + 1)]
        return letters[col]

    def put(
        self, ws: Worksheet, row: int, col: int, value: object, kind: str, look: StyleArray
    ) -> None:
        """One cell, as XML (``_xml``'s, with its two commonest cases written out here:
        this runs for 600,000 cells of the large workbook)."""
        letters = self._letters
        letter = letters[col] if col < len(letters) else self._letter(col)
        ids = self._style_ids or self._ids(ws)
        known = ids._known.get(id(look))  # ``ids.shared(look)``, its lookup written out
        s = known[1] if known is not None and known[0] is look else ids.shared(look)
        kind_of = type(value)
        if kind == "f" and kind_of is str and value:
            xml = f'<c r="{letter}{row}"{s}><f>{_escape(value[1:])}</f></c>'  # type: ignore[index]
        elif kind == "n" and kind_of is float and value - value == 0.0:  # type: ignore[operator]
            xml = f'<c r="{letter}{row}"{s} t="n"><v>{value:.16g}</v></c>'
        else:
            xml = _xml(f"{letter}{row}", s, value, kind, ws.title)
            if not xml:
                return
        rows = self._pending.get(ws)
        if rows is None:
            self._row(ws, row)
            rows = self._pending[ws]
        line = rows.get(row)
        if line is None:
            rows[row] = [(col, col, xml)]
        else:
            line.append((col, col, xml))

    def height(self, ws: Worksheet, row: int) -> float | None:
        return self._heights.get(ws, {}).get(row)

    def set_height(self, ws: Worksheet, row: int, height: float) -> None:
        if ws in self._flushed:
            raise RuntimeError(f"{ws.title} was already written")
        self._heights.setdefault(ws, {})[row] = height

    def extent(self, ws: Worksheet) -> tuple[int, int]:
        """The last row and column with a cell, those written as XML included."""
        rows = self._pending.get(ws, {})
        last_row = max([ws.max_row, *rows])
        last_col = max([ws.max_column, *(p[-1][1] for p in rows.values() if p)])
        return last_row, last_col

    def shared_row(
        self, ws: Worksheet, row: int, first: int, last: int, formula: str, look: StyleArray
    ) -> None:
        """``formula`` (of column ``first``) as a shared formula over ``first..last``."""
        si, self._formulas = self._formulas, self._formulas + 1
        s = self._ids(ws)(look)
        start, end = self._letter(first), self._letter(last)
        head = (
            f'<c r="{start}{row}"{s}><f t="shared" ref="{start}{row}:{end}{row}"'
            f' si="{si}">{_escape(formula[1:])}</f></c>'
        )
        if last > first:
            between = f'{row}"{s}><f t="shared" si="{si}"/></c><c r="'
            self._letter(last)
            letters = self._letters[first + 1 : last + 1]
            head += '<c r="' + between.join(letters) + between[: between.index("<c")]
        self._row(ws, row).append((first, last, head))

    def flush(self, ws: Worksheet) -> None:
        """Write the sheet's rows out and drop its cells (nothing may be added after)."""
        if ws in self._flushed:
            raise RuntimeError(f"{ws.title} was already written")
        out = self._flushed[ws] = _Flushed()  # registered first: ``close`` removes its file
        pending = self._pending.pop(ws, {})
        style_id = self._ids(ws)
        # Each row's pieces: (first column, last column, XML).
        rows: dict[int, list[tuple[int, int, str]]] = {}
        letter = self._letter
        for (r, c), cell in ws._cells.items():
            xml = _cell_xml(cell, f"{letter(c)}{r}", style_id)
            if xml:
                found = rows.get(r)
                if found is None:
                    rows[r] = [(c, c, xml)]
                else:
                    found.append((c, c, xml))
        for r, written in pending.items():
            rows.setdefault(r, []).extend(written)
        dims = ws.row_dimensions
        heights = self._heights.pop(ws, {})
        both = heights.keys() & dims.keys()
        if both:
            raise RuntimeError(f"{ws.title}: row {min(both)} has two heights")
        attributes = _RowAttributes()
        low_col, high_col = 1 << 30, 0
        batch: list[str] = []
        for r in sorted(rows.keys() | dims.keys() | heights.keys()):
            if r in dims:
                attrs = attributes(dims[r])
            elif r in heights:  # what openpyxl writes for a row with a height alone
                attrs = f' ht="{safe_string(heights[r])}" customHeight="1"'
            else:
                attrs = ""
            pieces = rows.get(r)
            if pieces:
                pieces.sort()  # cells in the order they were made; mostly sorted already
                if r in pending and len(pieces) > 1:
                    # Each piece ends before the next begins (compared in C, not per cell).
                    firsts, lasts = list(map(_FIRST, pieces)), list(map(_LAST, pieces))
                    if not all(map(operator.lt, lasts, itertools.islice(firsts, 1, None))):
                        overlap = next(
                            after
                            for before, after in itertools.pairwise(pieces)
                            if after[0] <= before[1]
                        )
                        raise RuntimeError(f"{ws.title}: row {r}, column {overlap[0]} twice")
                low_col, high_col = min(low_col, pieces[0][0]), max(high_col, pieces[-1][1])
                batch.append(f'<row r="{r}"{attrs}>{"".join(map(_XML, pieces))}</row>')
            elif attrs:
                batch.append(f'<row r="{r}"{attrs}/>')
            if len(batch) >= _BATCH:
                out.file.write("".join(batch).encode("utf-8"))
                batch.clear()
        out.file.write("".join(batch).encode("utf-8"))
        if rows:
            first, last = min(rows), max(rows)
            start, end = get_column_letter(low_col), get_column_letter(high_col)
            out.dimension = f"{start}{first}:{end}{last}"
        ws._cells = {}
        ws.row_dimensions = DimensionHolder(worksheet=ws, default_factory=ws._add_row)

    def save(self, workbook: Workbook) -> bytes:
        """The .xlsx file: openpyxl's, with the flushed sheets' rows put in."""
        if self._pending:
            titles = ", ".join(ws.title for ws in self._pending)
            raise RuntimeError(f"cells written as XML on sheets that were not flushed: {titles}")
        for ws in self._flushed:
            if ws._cells or ws.row_dimensions:
                raise RuntimeError(f"{ws.title}: cells written after the sheet was")
        shell = io.BytesIO()
        workbook.save(shell)
        parts = {ws.path.lstrip("/"): flushed for ws, flushed in self._flushed.items()}
        # A large workbook is packed faster (a quarter of the time, a third larger file).
        written = sum(f.file.seek(0, io.SEEK_END) for f in self._flushed.values())
        level = 1 if written > _QUICK_PACKING else 6
        result = io.BytesIO()
        with (
            zipfile.ZipFile(shell) as source,
            zipfile.ZipFile(result, "w", zipfile.ZIP_DEFLATED, True, level) as target,
        ):
            for info in source.infolist():
                data = source.read(info)
                flushed = parts.get(info.filename)
                if flushed is None:
                    target.writestr(info, data)
                    continue
                data = _DIMENSION.sub(f'<dimension ref="{flushed.dimension}"/>'.encode(), data, 1)
                found = _SHEET_DATA.search(data)
                if found is None:
                    raise RuntimeError(f"no sheetData in {info.filename}")
                with target.open(info.filename, "w", force_zip64=True) as entry:
                    entry.write(data[: found.start()] + b"<sheetData>")
                    flushed.file.seek(0)
                    shutil.copyfileobj(flushed.file, entry, 1 << 20)
                    entry.write(b"</sheetData>" + data[found.end() :])
        return result.getvalue()


def put(
    stream: SheetStream | None,
    ws: Worksheet,
    row: int,
    col: int,
    value: str | float | None,
    data_type: str,
    look: StyleArray,
) -> None:
    """A cell of ``value`` with openpyxl's ``data_type`` ("n", "s" or "f") and the style
    ``look`` (``style.look``): XML with a stream, else an openpyxl cell. Text must be
    ``style.clean_text``'s; the value is stored as it is (no formula or error guessing)."""
    if stream is not None:
        stream.put(ws, row, col, value, data_type, look)
        return
    cell = ws.cell(row=row, column=col)
    cell._value, cell.data_type, cell._style = value, data_type, StyleArray(look)


def put_formula(
    stream: SheetStream | None,
    ws: Worksheet,
    row: int,
    col: int,
    formula: str,
    number_format: str | None = None,
) -> None:
    """``style.put_formula`` through ``put``."""
    if not formula.startswith("="):
        raise ValueError(f"not a formula: {formula!r}")
    put(stream, ws, row, col, formula, "f", style.format_style(ws, number_format or "General"))


def put_label(stream: SheetStream | None, ws: Worksheet, row: int, col: int, text: str) -> None:
    """``style.put_label`` (not bold) through ``put``: text of our own, never formula-like."""
    text = style.clean_text(text)
    if text.startswith(style.FORMULA_LIKE):
        raise ValueError(f"a label that looks like a formula: {text!r}")
    put(stream, ws, row, col, text or None, "s" if text else "n", style.format_style(ws, "General"))


def put_text(
    stream: SheetStream | None,
    ws: Worksheet,
    row: int,
    col: int,
    value: object,
    align: str | None = None,
) -> str:
    """``style.put_text`` (not an input cell) through ``put``, aligned by a name of
    ``style.ALIGNMENTS``; returns the text as written."""
    text = style.clean_text(value)
    quoted = text.startswith(style.FORMULA_LIKE)

    def apply(cell: Cell) -> None:
        if quoted:
            cell.quotePrefix = True
        if align is not None:
            cell.alignment = style.ALIGNMENTS[align]

    look = style.look(ws, ("text", quoted, align), apply)
    put(stream, ws, row, col, text or None, "s" if text else "n", look)
    return text


def put_number(
    stream: SheetStream | None,
    ws: Worksheet,
    row: int,
    col: int,
    value: float | None,
    number_format: str,
) -> None:
    """``style.put_number`` of a value that is not an input, through ``put``."""
    if value is not None:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise TypeError(f"not a number: {value!r}")
        value = value if type(value) is int else float(value)  # numpy's floats included
    look = style.format_style(ws, style.cell_format(number_format, value))
    put(stream, ws, row, col, value, "n", look)


def row_height(stream: SheetStream | None, ws: Worksheet, row: int) -> float | None:
    """The height set for a row (points), ``None`` for the default."""
    found = None if stream is None else stream.height(ws, row)
    if found is None:
        dimension = ws.row_dimensions.get(row)
        found = None if dimension is None else dimension.height
    return found


def set_row_height(stream: SheetStream | None, ws: Worksheet, row: int, height: float) -> None:
    """A row's height (points): kept by the stream, else (or where the row has other
    properties already) openpyxl's row dimension."""
    if stream is None or row in ws.row_dimensions:
        ws.row_dimensions[row].height = height
    else:
        stream.set_height(ws, row, height)


def fit_lines(
    stream: SheetStream | None, ws: Worksheet, row: int, lines: int, *, line: float = 15.0
) -> None:
    """``style.fit_lines`` through the stream."""
    height = style.lines_height(row_height(stream, ws, row), lines, line)
    set_row_height(stream, ws, row, height)


def extent(stream: SheetStream | None, ws: Worksheet) -> tuple[int, int]:
    """``(ws.max_row, ws.max_column)``, counting the cells a stream holds for ``ws``."""
    return (ws.max_row, ws.max_column) if stream is None else stream.extent(ws)


def fill_right(
    stream: SheetStream | None,
    ws: Worksheet,
    row: int,
    first: int,
    last: int,
    formula: Callable[[str], str],
    number_format: str,
) -> None:
    """Columns ``first..last`` of ``row``: ``formula(column letter)``, one formula copied
    right (its relative references move with the column, as Excel's Fill Right does).

    With a stream it is one shared formula; without, each cell gets its own."""
    if stream is None:
        for col in range(first, last + 1):
            style.put_formula(ws, row, col, formula(get_column_letter(col)), number_format)
        return
    look = style.format_style(ws, number_format)
    stream.shared_row(ws, row, first, last, formula(get_column_letter(first)), look)
