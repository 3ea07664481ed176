"""tools/repeated_code.py reads the judged rows of docs/architecture.md and flags the rest."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "repeated_code", ROOT / "tools" / "repeated_code.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_judged_rows_of_the_architecture_page_are_read() -> None:
    tool = _tool()
    pairs = tool.judged_pairs((ROOT / "docs" / "architecture.md").read_text(encoding="utf-8"))
    assert frozenset({"exports/excel/texts.py", "exports/report/texts.py"}) in pairs
    assert frozenset({"app/edits.py"}) in pairs  # "itself": a pair within one file
    # Every judged file exists, so a renamed module cannot keep an old judgement alive.
    assert all((ROOT / "sroi_app" / name).is_file() for pair in pairs for name in pair)


def test_an_unjudged_row_is_flagged_and_boilerplate_and_judged_rows_are_not() -> None:
    tool = _tool()
    pairs = {frozenset({"a.py", "b.py"})}
    output = "\n".join(
        [
            "3 pairs of places (3 files read)",
            "D1 b.py:1-9 ~ a.py:4-12 shape (+2 more runs)",  # judged, either order
            "D2 a.py:20-30 ~ c.py:1-11",  # new
            "D3 c.py:1-6 ~ d.py:1-6 shape boilerplate",
        ]
    )
    assert tool.unjudged(output, pairs) == ["D2 a.py:20-30 ~ c.py:1-11"]
