"""The cyclic garbage collector is paused while large structures are built (issue 17)."""

from __future__ import annotations

import gc
import threading
from pathlib import Path
from typing import Any

import pytest

from sroi_app.domain import collector
from sroi_app.io.scenario_file import load_scenario
from tests.conftest import SPEC_EXAMPLE


def test_a_pause_ends_with_the_collector_as_it_was() -> None:
    assert gc.isenabled()
    with collector.paused():
        assert not gc.isenabled()
        with collector.paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer pause still holds
    assert gc.isenabled()
    gc.disable()
    try:
        with collector.paused():
            pass
        assert not gc.isenabled()  # it was off: it stays off
    finally:
        gc.enable()


def test_pauses_in_two_threads_resume_collection_when_the_last_ends() -> None:
    """An export and a file being read at once: the first to finish does not switch the
    collector on under the other, and the last does."""
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    seen: dict[str, bool] = {}

    def first() -> None:
        with collector.paused():
            first_in.set()
            second_in.wait(5)
        first_out.set()

    def second() -> None:
        first_in.wait(5)
        with collector.paused():
            second_in.set()
            first_out.wait(5)
            seen["after the first ended"] = gc.isenabled()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert seen == {"after the first ended": False}
    assert gc.isenabled()


def test_the_workbook_and_the_report_are_built_with_the_collector_paused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sroi_app.exports import report
    from sroi_app.exports.excel import export_workbook, workbook

    scenario = load_scenario(SPEC_EXAMPLE)
    seen: list[bool] = []
    (key, builder), *rest = workbook.BUILD_ORDER

    def spy(ctx: Any) -> None:
        seen.append(gc.isenabled())
        builder(ctx)

    monkeypatch.setattr(workbook, "BUILD_ORDER", ((key, spy), *rest))
    export_workbook(scenario, tmp_path / "a.xlsx")
    render = report.report_bytes

    def spied_render(*args: Any, **kwargs: Any) -> bytes:
        seen.append(gc.isenabled())
        return render(*args, **kwargs)

    monkeypatch.setattr(report, "report_bytes", spied_render)
    report.export_report(scenario, tmp_path / "a.html")
    assert seen == [False, False]
    assert gc.isenabled()
