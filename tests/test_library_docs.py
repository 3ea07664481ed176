"""The docs' library tables are the libraries the program ships (tools/library_docs.py)."""

from __future__ import annotations

import importlib.util

from tests.conftest import ROOT


def test_the_verification_tables_in_the_docs_are_up_to_date() -> None:
    spec = importlib.util.spec_from_file_location(
        "library_docs", ROOT / "tools" / "library_docs.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for path, text in module.targets():
        assert path.read_text(encoding="utf-8") == text, (
            f"{path.name} is out of date: run python tools/library_docs.py"
        )
    proxies = (ROOT / "docs" / "proxy-library.md").read_text(encoding="utf-8")
    assert (
        "| entry | value | low – high | unit | price year | grade | status | source | quote |"
        in proxies
    )
    assert "unverified |" not in proxies.split("## The library", 1)[1]
