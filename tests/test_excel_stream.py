"""The workbook written sheet by sheet as XML (``sheetxml``) equals the one openpyxl writes.

``export_workbook`` writes through a ``SheetStream``: each sheet's rows go out as XML when
its builder is done, a cost's or effect's year columns as one shared formula. Here the same
workbook is built twice, with the same export moment, once streamed and once kept as
openpyxl cells, and both files are read back with openpyxl (which expands shared formulas)
and compared cell by cell: value, type and every part of the look, and the sheets' rows,
columns, panes, print set-up, validations and names.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import Cell

from sroi_app.domain.formatting import Lang
from sroi_app.domain.models import Scenario
from sroi_app.domain.validation import scenario_from_data
from sroi_app.exports.excel import export_workbook, sheetxml, style
from sroi_app.exports.excel.workbook import STREAMED, build_workbook, workbook_bytes
from sroi_app.io.cpi import default_cpi
from sroi_app.io.resources import scenarios_dir
from sroi_app.io.scenario_file import load_scenario
from tests.excel_cases import random_scenario

CPI = default_cpi()
MOMENT = datetime(2026, 12, 4, 9, 30, tzinfo=UTC)
EXAMPLES = sorted(scenarios_dir().glob("*.sroi.json"))


def _both(scenario: Scenario, lang: Lang = "nl") -> tuple[Workbook, Workbook, set[str]]:
    """(streamed, in memory), both read back by openpyxl, and the sheets that were streamed."""
    with sheetxml.SheetStream() as stream:
        streamed_book, mapping = build_workbook(
            scenario, CPI, lang, exported_at=MOMENT, stream=stream
        )
        streamed = stream.save(streamed_book)
        flushed = {ws.title for ws in stream._flushed}
    kept, _ = build_workbook(scenario, CPI, lang, exported_at=MOMENT)
    assert flushed == {title for key, title in mapping.sheets.items() if key in STREAMED}
    return (
        load_workbook(io.BytesIO(streamed)),
        load_workbook(io.BytesIO(workbook_bytes(kept))),
        flushed,
    )


def _look(cell: Any) -> tuple[Any, ...]:
    # repr: openpyxl's style proxies do not compare equal to each other.
    return (
        cell.data_type,
        cell.number_format,
        repr(cell.font),
        repr(cell.fill),
        repr(cell.border),
        repr(cell.alignment),
        repr(cell.protection),
        cell.quotePrefix,
    )


def _rules(ws: Any) -> list[tuple[str, Any, Any]]:
    return sorted((str(v.sqref), v.formula1, v.type) for v in ws.data_validations.dataValidation)


def _same_workbook(streamed: Workbook, kept: Workbook) -> None:
    assert streamed.sheetnames == kept.sheetnames
    assert {n: str(d.attr_text) for n, d in streamed.defined_names.items()} == {
        n: str(d.attr_text) for n, d in kept.defined_names.items()
    }
    for ws in kept.worksheets:
        other = streamed[ws.title]
        where = ws.title
        assert other.sheet_state == ws.sheet_state, where
        assert other.calculate_dimension() == ws.calculate_dimension(), where
        cells = {k: c for k, c in ws._cells.items() if c.value is not None or c.has_style}
        found = {k: c for k, c in other._cells.items() if c.value is not None or c.has_style}
        assert found.keys() == cells.keys(), where
        for key, cell in cells.items():
            theirs = found[key]
            assert theirs.value == cell.value, (where, cell.coordinate)
            assert _look(theirs) == _look(cell), (where, cell.coordinate)
        heights = {r: d.height for r, d in ws.row_dimensions.items() if d.height is not None}
        assert {
            r: d.height for r, d in other.row_dimensions.items() if d.height is not None
        } == heights, where
        assert {k: d.width for k, d in other.column_dimensions.items()} == {
            k: d.width for k, d in ws.column_dimensions.items()
        }, where
        assert other.freeze_panes == ws.freeze_panes, where
        assert str(other.print_area) == str(ws.print_area), where
        assert str(other.print_title_rows) == str(ws.print_title_rows), where
        assert other.protection.sheet == ws.protection.sheet, where
        assert sorted(map(str, other.merged_cells.ranges)) == sorted(
            map(str, ws.merged_cells.ranges)
        ), where
        assert _rules(other) == _rules(ws), where
        assert len(other._charts) == len(ws._charts), where


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name.split(".")[0] for p in EXAMPLES])
def test_a_streamed_example_equals_the_workbook_openpyxl_writes(path: Path) -> None:
    streamed, kept, flushed = _both(load_scenario(path))
    assert len(flushed) >= 6  # not vacuous: the large sheets went through the stream
    _same_workbook(streamed, kept)


def test_a_streamed_workbook_in_english_with_odd_texts_equals_openpyxls() -> None:
    """Text that XML must escape, leading and trailing spaces, formula-like text."""
    data = random_scenario(seed=7)
    data["name"] = "  <Plein> & 'straat' \"R&D\"  "
    alternative = data["alternatives"][-1]
    if alternative["effects"]:
        alternative["effects"][0]["name"] = "=1+1"
        alternative["effects"][0]["note"] = "regel 1\r\nregel 2 <b> & </b> "
    if alternative["costs"]:
        alternative["costs"][0]["name"] = "@SUM(A1)"
        alternative["costs"][0]["note"] = "-5 & > 3"
    streamed, kept, _ = _both(scenario_from_data(data, CPI), "en")
    _same_workbook(streamed, kept)


def test_export_writes_the_cash_flows_as_one_shared_formula_per_row(tmp_path: Path) -> None:
    scenario = load_scenario(EXAMPLES[0])
    target = tmp_path / "out.xlsx"
    mapping = export_workbook(scenario, target)
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        xml = next(archive.read(n).decode() for n in names if b't="shared"' in archive.read(n))
    rows = list(mapping.flow_rows.values())
    masters = re.findall(r'<f t="shared" ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"', xml)
    items = [r for key, r in mapping.flow_rows.items() if key != "discount_factor"]
    assert sorted(int(m[1]) for m in masters) == sorted(items)
    first, last = mapping.year_columns[0], mapping.year_columns[-1]
    assert {(m[0], m[2]) for m in masters} == {(first, last)}
    assert rows  # the map names the rows


def _sheet(title: str = "S") -> tuple[Workbook, Any]:
    workbook = Workbook()
    ws = workbook.active
    ws.title = title
    return workbook, ws


def test_a_cell_written_after_its_sheet_was_flushed_is_an_error() -> None:
    workbook, ws = _sheet()
    stream = sheetxml.SheetStream()
    stream.__enter__()
    style.put_text(ws, 1, 1, "a")
    stream.flush(ws)
    style.put_text(ws, 2, 1, "late")
    with pytest.raises(RuntimeError, match="after the sheet was"):
        stream.save(workbook)
    with pytest.raises(RuntimeError, match="already written"):
        sheetxml.put(stream, ws, 3, 1, "x", "s", style.format_style(ws, style.WHOLE))
    stream.close()


def test_two_writes_to_one_cell_are_an_error() -> None:
    _, ws = _sheet()
    with sheetxml.SheetStream() as stream:
        sheetxml.fill_right(stream, ws, 2, 1, 5, lambda c: f"={c}1*2", style.AMOUNT)
        style.put_text(ws, 2, 3, "in the way")
        with pytest.raises(RuntimeError, match="row 2, column 3"):
            stream.flush(ws)


def test_a_date_is_not_written_silently_wrong() -> None:
    _, ws = _sheet()
    ws.cell(row=1, column=1).value = datetime(2026, 1, 1)
    with sheetxml.SheetStream() as stream, pytest.raises(sheetxml.UnwritableCell, match="S!A1"):
        stream.flush(ws)


def test_fill_right_without_a_stream_writes_each_cells_own_formula() -> None:
    _, ws = _sheet()
    sheetxml.fill_right(None, ws, 3, 2, 4, lambda c: f"={c}$1+$A3", style.AMOUNT)
    assert [ws.cell(row=3, column=c).value for c in (2, 3, 4)] == [
        "=B$1+$A3",
        "=C$1+$A3",
        "=D$1+$A3",
    ]
    assert isinstance(ws.cell(row=3, column=2), Cell)


def test_escaping_matches_what_lxml_writes() -> None:
    assert sheetxml._escape('a & b < c > d\r"e"') == 'a &amp; b &lt; c &gt; d&#13;"e"'


def test_two_cells_written_as_xml_to_one_place_are_an_error() -> None:
    _, ws = _sheet()
    look = style.format_style(ws, style.AMOUNT)
    with sheetxml.SheetStream() as stream:
        for col in (1, 2, 4, 2):
            sheetxml.put(stream, ws, 5, col, 1.5, "n", look)
        with pytest.raises(RuntimeError, match="row 5, column 2"):
            stream.flush(ws)
    _, ws = _sheet()
    with sheetxml.SheetStream() as stream:
        sheetxml.fill_right(stream, ws, 5, 3, 6, lambda c: f"={c}1", style.AMOUNT)
        sheetxml.put(stream, ws, 5, 6, 2.0, "n", look)
        with pytest.raises(RuntimeError, match="row 5, column 6"):
            stream.flush(ws)


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.floats(allow_nan=True, allow_infinity=True),
        st.integers(-(10**20), 10**20),
        st.text(max_size=12).map(lambda t: "=" + t),
        st.just(""),
        st.none(),
    ),
    st.sampled_from(["n", "f"]),
)
def test_a_cell_put_as_xml_is_what_the_general_writer_makes(value: object, kind: str) -> None:
    """``SheetStream.put`` writes its commonest cells (a formula, a finite float) itself:
    the same XML as ``_xml``, which follows openpyxl."""
    _, ws = _sheet()
    look = style.format_style(ws, style.AMOUNT)
    if kind == "f" and not (value is None or isinstance(value, str)):
        kind = "n"
    if kind == "n" and isinstance(value, str):
        kind = "f"
    with sheetxml.SheetStream() as stream:
        stream.put(ws, 7, 3, value, kind, look)
        written = stream._pending.get(ws, {}).get(7, [])
        expected = sheetxml._xml("C7", stream._ids(ws).shared(look), value, kind, ws.title)
        assert [xml for *_, xml in written] == ([expected] if expected else [])
        stream._pending.clear()
