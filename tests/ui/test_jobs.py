"""The window's one worker (``ui.jobs.BackgroundTask``): newest request wins, errors carried."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from sroi_app.ui.jobs import BackgroundTask


def test_the_newest_request_wins_and_waiting_ones_never_run(qtbot: QtBot) -> None:
    task = BackgroundTask()
    started, release = threading.Event(), threading.Event()
    ran: list[int] = []
    finished: list[object] = []
    task.finished.connect(finished.append)

    def job(n: int) -> Any:
        def run(_progress: Any) -> int:
            if n == 0:
                started.set()
                release.wait(10)
            ran.append(n)
            return n

        return run

    task.start(job(0))
    assert started.wait(10)  # the first is being worked on ...
    task.start(job(1))  # ... this one waits, and is overtaken by
    task.start(job(2))
    release.set()
    qtbot.waitUntil(lambda: finished == [2], timeout=10_000)
    assert task.wait()
    assert ran == [0, 2]  # begun work is finished, the overtaken request never runs
    assert finished == [2] and task.result == 2 and not task.is_running()


def test_an_error_reaches_the_ui_in_words_and_as_the_exception(qtbot: QtBot) -> None:
    task = BackgroundTask()
    messages: list[str] = []
    task.failed.connect(messages.append)

    def broken(_progress: Any) -> None:
        raise ZeroDivisionError("kapot")

    task.start(broken)
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    assert messages == ["ZeroDivisionError: kapot"]
    assert isinstance(task.error, ZeroDivisionError)


def test_progress_stages_and_a_requested_stop(qtbot: QtBot) -> None:
    task = BackgroundTask()
    stages: list[str] = []
    steps: list[tuple[int, int]] = []
    errors: list[str] = []
    task.staged.connect(stages.append)
    task.progressed.connect(lambda done, total: steps.append((done, total)))
    task.failed.connect(errors.append)
    go_on = threading.Event()

    def work(progress: Any) -> None:
        assert progress(1, 3, "lezen")
        go_on.wait(10)
        if not progress(2, 3, "schrijven"):
            raise RuntimeError("gestopt")

    task.start(work)
    qtbot.waitUntil(lambda: stages == ["lezen"], timeout=10_000)
    task.request_stop()  # not dropped: the job says how it stopped
    go_on.set()
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert errors == ["RuntimeError: gestopt"] and steps == [(1, 3)]


@pytest.mark.parametrize("where", ["sroi_app/ui"])
def test_the_ui_has_one_worker_abstraction(where: str) -> None:
    """Only ui/jobs.py starts threads; nothing in the window polls for a result."""
    from tests.conftest import ROOT

    found = []
    for path in sorted((ROOT / where).rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for needle in ("QThread(", "QThreadPool", "ThreadPoolExecutor", "threading.Thread("):
            if needle in text and path.name != "jobs.py":
                found.append(f"{path.name}: {needle}")
        if "future.done()" in text or ".done():" in text:
            found.append(f"{path.name}: polls a future")
    assert found == []
