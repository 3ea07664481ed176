"""Long exports on the command line (issue 17): a progress bar on a terminal, nothing
when standard error is not one, and Ctrl+C cancels without leaving a file."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from sroi_app.cli import common, main
from tests.conftest import ROOT, SCENARIOS

EXAMPLE = SCENARIOS[0]


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("command", "suffix"), [("export", ".xlsx"), ("report", ".pdf")])
def test_a_terminal_gets_a_bar_that_ends_full(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str, suffix: str
) -> None:
    screen = Terminal()
    monkeypatch.setattr(sys, "stderr", screen)
    target = tmp_path / f"plan{suffix}"
    assert main([command, str(EXAMPLE), "-o", str(target)], io.StringIO()) == 0
    drawn = screen.getvalue()
    frames = [f.rstrip() for f in drawn.split("\r") if f.strip()]
    assert len(frames) >= 3, drawn
    assert all(f.startswith(f"plan{suffix} [") for f in frames)
    assert frames[-1].startswith(f"plan{suffix} [{'#' * common.TerminalProgress.WIDTH}] 100%")
    assert drawn.endswith("\n") and target.is_file()
    percents = [int(f.split("]")[1].split("%")[0]) for f in frames]
    assert percents == sorted(percents)


def test_nothing_is_drawn_when_standard_error_is_not_a_terminal(tmp_path: Path) -> None:
    target = tmp_path / "plan.xlsx"
    done = subprocess.run(
        [sys.executable, "-m", "sroi_app", "export", str(EXAMPLE), "-o", str(target)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and done.stderr == "" and target.is_file()
    assert common.terminal_progress("x", io.StringIO()) is None


@pytest.mark.parametrize(("command", "suffix"), [("export", ".xlsx"), ("report", ".html")])
def test_ctrl_c_cancels_and_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str, suffix: str
) -> None:
    screen = Terminal()
    monkeypatch.setattr(sys, "stderr", screen)

    def interrupted(self: common.TerminalProgress, fraction: float, stage: str) -> None:
        if fraction >= 0.5:
            raise KeyboardInterrupt

    monkeypatch.setattr(common.TerminalProgress, "__call__", interrupted)
    target = tmp_path / f"plan{suffix}"
    assert main([command, str(EXAMPLE), "-o", str(target)], io.StringIO()) == 130
    assert "cancelled" in screen.getvalue()
    assert list(tmp_path.iterdir()) == []


def test_a_pdf_reports_its_layout_as_it_goes(tmp_path: Path) -> None:
    """The layout is most of a large report's time: reportlab's own progress moves the
    bar through it instead of one jump from half to done."""
    from sroi_app.exports.report import export_report
    from sroi_app.io.scenario_file import load_scenario

    seen: list[tuple[float, str]] = []
    export_report(
        load_scenario(EXAMPLE), tmp_path / "raad.pdf", progress=lambda f, s: seen.append((f, s))
    )
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    layout = [f for f, s in seen if s == "render"]
    assert len(layout) >= 20 and min(layout) >= 0.5 and max(layout) <= 0.9
    assert len([f for f, s in seen if s == "compute"]) >= 5
