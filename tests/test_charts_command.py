"""``sroi-app charts``: every chart as PNG, SVG or PDF, with real text in SVG (issue 11, item 7)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from sroi_app.cli import main
from tests.conftest import SCENARIOS

PLEIN = next(p for p in SCENARIOS if p.name == "groene-ontmoetingsplek.sroi.json")


@pytest.mark.parametrize("fmt", ["png", "svg", "pdf"])
def test_every_chart_in_every_format(fmt: str, tmp_path: Path) -> None:
    out = io.StringIO()
    assert main(["charts", str(PLEIN), "-o", str(tmp_path), "--format", fmt], out) == 0
    written = [Path(line) for line in out.getvalue().splitlines()]
    names = {p.name for p in written}
    assert f"01-groen-per-jaar.{fmt}" in names and f"01-groen-tornado.{fmt}" in names
    assert f"ncw-discontovoet.{fmt}" in names and len(written) == 20
    magic = {"png": b"\x89PNG", "svg": b"<?xml", "pdf": b"%PDF"}[fmt]
    assert all(p.read_bytes().startswith(magic) for p in written)
    if fmt == "svg":
        svg = (tmp_path / "01-groen-per-jaar.svg").read_text(encoding="utf-8")
        assert "<text" in svg and "prijspeil 2025" in svg
        assert "Netto contante waarde" in svg or "Contante waarde" in svg


def test_an_unknown_format_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        main(["charts", str(PLEIN), "-o", str(tmp_path), "--format", "gif"], io.StringIO())
