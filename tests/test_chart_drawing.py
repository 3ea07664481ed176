"""Chart images drawn by worker processes (``sroi_app.exports.drawing``, issue 17).

The council report's charts are drawn in a pool of ``spawn`` processes while
the text is typeset. These tests check that a worker's image is the one this
process would draw, to the pixel; that every chart of every example can go to a
worker (it pickles); and that nothing that goes wrong with the pool -- a figure
that does not pickle, a worker that dies, a drawing that hangs -- loses a chart.
"""

from __future__ import annotations

import os
import pickle
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from matplotlib.figure import Figure

from sroi_app.exports import drawing
from sroi_app.exports.charts import figures
from sroi_app.exports.drawing import ChartImages, rgb_image
from sroi_app.exports.report import build_report, export_report
from sroi_app.exports.report.model import FigureBlock
from sroi_app.io.cpi import default_cpi
from sroi_app.io.scenario_file import load_scenario
from tests.conftest import ROOT, SCENARIOS

CPI = default_cpi()
RICHEST = max(SCENARIOS, key=lambda p: p.stat().st_size)


@pytest.fixture
def one_worker(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A pool of one worker of its own, ended after the test."""
    monkeypatch.setenv(drawing.ENV, "1")
    drawing.reset()
    yield
    drawing.reset()


def report_figures(path: Path = RICHEST) -> list[Figure]:
    report = build_report(load_scenario(path), CPI, "nl", None, lambda _f, _s: None)
    return [
        block.figure
        for section in report.sections
        for block in section.blocks
        if isinstance(block, FigureBlock)
    ]


def pixels(image: Any) -> np.ndarray:
    return np.asarray(image)


def test_the_workers_draw_the_same_pixels_as_this_process(one_worker: None) -> None:
    """Every chart of the richest report, drawn by a worker and drawn here, is the same
    image to the pixel, and the worker really drew some of them."""
    batch = ChartImages(report_figures(), 150)
    from_pool = [batch.image(n) for n in range(len(batch.charts))]
    here = [rgb_image(figure, 150) for figure in report_figures()]
    assert batch.by_workers > 0
    assert len(from_pool) == len(here) > 10
    for mine, theirs in zip(here, from_pool, strict=True):
        assert mine.size == theirs.size
        assert np.array_equal(pixels(mine), pixels(theirs))


def test_this_process_draws_too_while_it_waits(one_worker: None) -> None:
    """With one worker, this process takes the last charts no worker has started, so
    both cores draw: neither side draws them all."""
    drawing.start()
    batch = ChartImages(report_figures(), 150)
    for n in range(len(batch.charts)):
        batch.image(n)
    assert 0 < batch.by_workers < len(batch.charts)


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.name)
def test_every_chart_of_every_example_pickles(path: Path) -> None:
    """What goes to a worker is the pickled figure: no chart may hold a closure or a
    lambda (a formatter, a fitter), or it would be drawn in this process only."""
    scenario = load_scenario(path)
    every = [figure for _stem, figure in figures(scenario, CPI, "nl")]
    every += report_figures(path)
    for figure in every:  # (that a copy draws the same pixels: the first test)
        assert isinstance(pickle.loads(pickle.dumps(figure)), Figure)


class _Unpicklable:
    """An attribute that cannot go to a worker."""

    def __reduce__(self) -> Any:
        raise pickle.PicklingError("not this one")


class _KillsTheWorker:
    """Unpickled in a worker, it ends that process at once."""

    def __reduce__(self) -> Any:
        return (os._exit, (3,))


class _HangsTheWorker:
    """Unpickled in a worker, it keeps that process busy for a minute."""

    def __reduce__(self) -> Any:
        return (time.sleep, (60,))


def _figure_with(extra: object) -> Figure:
    figure = report_figures()[0]
    figure.extra = extra  # type: ignore[attr-defined]
    return figure


def test_a_figure_that_does_not_pickle_is_drawn_here(one_worker: None) -> None:
    figure = _figure_with(_Unpicklable())
    batch = ChartImages([figure], 150)
    assert batch.charts[0].future is None
    assert batch.image(0).size == rgb_image(report_figures()[0], 150).size
    assert batch.by_workers == 0


def test_a_worker_that_dies_loses_no_chart_and_the_pool_is_not_used_again(
    one_worker: None,
) -> None:
    figures_ = [_figure_with(_KillsTheWorker()), *report_figures()[:2]]
    batch = ChartImages(figures_, 150)
    images = [batch.image(n) for n in range(3)]
    assert all(image.size[0] > 100 for image in images)
    assert batch.by_workers == 0
    assert ChartImages(report_figures()[:1], 150).charts[0].future is None  # given up


def test_a_hung_worker_is_given_up_after_the_timeout(
    one_worker: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(drawing, "TIMEOUT_S", 2.0)
    drawing.start()
    time.sleep(0.5)  # the worker is up, so the hanging figure is taken at once
    batch = ChartImages([_figure_with(_HangsTheWorker())], 150)
    while not batch.charts[0].future.running():  # type: ignore[union-attr]
        time.sleep(0.05)
    started = time.monotonic()
    image = batch.image(0)
    assert time.monotonic() - started < 20
    assert image.size[0] > 100 and batch.by_workers == 0
    assert drawing.worker_pids() == []  # the hung process was ended


def test_a_pool_that_cannot_start_draws_here(
    one_worker: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise OSError("no processes here")

    monkeypatch.setattr(drawing, "ProcessPoolExecutor", refuse)
    drawing.start()
    batch = ChartImages(report_figures()[:2], 150)
    assert all(chart.future is None for chart in batch.charts)
    assert batch.image(0).size[0] > 100 and batch.by_workers == 0


def test_no_workers_when_asked_for_none(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(drawing.ENV, "0")
    drawing.reset()
    batch = ChartImages(report_figures()[:2], 150)
    assert all(chart.future is None for chart in batch.charts)
    assert batch.image(1).size[0] > 100


@pytest.mark.parametrize(("cores", "expected"), [(1, 0), (2, 1), (4, 2), (64, 2)])
def test_the_default_number_of_workers(
    monkeypatch: pytest.MonkeyPatch, cores: int, expected: int
) -> None:
    monkeypatch.delenv(drawing.ENV, raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: cores)
    assert drawing.worker_count() == expected
    monkeypatch.setenv(drawing.ENV, "twee")
    assert drawing.worker_count() == 0  # not a number: drawn here, with a warning


def test_a_report_with_workers_is_the_report_without(
    one_worker: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The PDF's page images are the same whether the workers or this process drew the
    charts (the file's bytes differ only in its creation time and id)."""
    scenario = load_scenario(RICHEST)
    export_report(scenario, tmp_path / "pool.pdf", "nl")
    monkeypatch.setenv(drawing.ENV, "0")
    export_report(scenario, tmp_path / "here.pdf", "nl")
    pool, here = (tmp_path / "pool.pdf").read_bytes(), (tmp_path / "here.pdf").read_bytes()
    assert len(pool) == len(here)
    differing = sum(a != b for a, b in zip(pool, here, strict=True))
    assert differing < 200, differing


def test_reportlab_runs_with_its_c_accelerator() -> None:
    """``reportlab[accel]``: without ``rl_accel`` every number in the PDF is formatted by
    reportlab's pure-Python fallback, two of the large report's seconds."""
    from reportlab.lib import rl_accel

    assert "fp_str" in rl_accel._c_funcs, "pip install 'reportlab[accel]'"
    assert ROOT.joinpath("pyproject.toml").read_text().count('"reportlab[accel]') == 1
