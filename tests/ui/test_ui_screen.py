"""The real program on a real (virtual) X screen, started as a user would.

``sroi-app gui FILE`` runs in its own process with the xcb platform on Xvfb;
``SROI_APP_REPORT`` makes it write what the window shows once it is painted,
then quit, and ``SROI_APP_SCREENSHOT`` saves the window as it was.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from sroi_app.calc import compute
from sroi_app.domain.formatting import format_money, format_ratio
from sroi_app.io.cpi import default_cpi
from sroi_app.io.scenario_file import load_scenario
from tests.ui.conftest import EXAMPLE
from tests.xvfb import require_xvfb, xvfb

pytestmark = [pytest.mark.screen, pytest.mark.slow]


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    path = require_xvfb()
    with xvfb(xvfb_path=path) as name:
        yield name


def test_the_window_shows_the_scenario_name_and_its_results(display: str, tmp_path: Path) -> None:
    report, shot = tmp_path / "report.json", tmp_path / "window.png"
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "SROI_APP_REPORT": str(report),
        "SROI_APP_SCREENSHOT": str(shot),
    }
    program = Path(sys.executable).parent / "sroi-app"
    proc = subprocess.run(
        [str(program), "gui", str(EXAMPLE)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    shown = json.loads(report.read_text())
    assert shown["title"] == "Groen schoolplein \u2014 SROI-calculator"
    assert shown["visible"] and not shown["modified"]
    assert shown["page"] == "results"
    result = compute(load_scenario(EXAMPLE), default_cpi()).results[0]
    assert shown["kpis"]["npv"] == format_money(result.npv, "nl")
    assert shown["kpis"]["sroi_ratio"] == format_ratio(result.sroi_ratio, "nl")
    assert shown["kpis"]["pv_costs"] == format_money(result.pv_costs, "nl")
    image = QImage(str(shot))
    assert image.width() >= 960 and image.height() >= 640
    # Not a blank window: many different colours (text, tiles, the chart's bars).
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 50
