"""Smoke tests of the frozen program in dist/ against the source tree (``make dist-check``).

Every example scenario is computed by both and the JSON must be identical to
the byte; validate, export, report, sensitivity and proxies run from the
frozen program; the GUI starts offscreen (and on a virtual X screen) on an
example, reports what it shows and quits with exit code 0. Anything the
build could have left out (Qt plugins, translations, matplotlib's Qt
backend and data, openpyxl, numpy-financial, the resources) makes one of
these fail. They run only with ``--frozen``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, SCENARIOS, spec_example
from tests.xvfb import require_xvfb, xvfb

pytestmark = pytest.mark.frozen

FROZEN = Path(os.environ.get("SROI_APP_FROZEN", ROOT / "dist" / "sroi-app" / "sroi-app"))
SOURCE = [sys.executable, "-m", "sroi_app"]
EXAMPLE = ROOT / "scenarios" / "groen-schoolplein.sroi.json"


def run(
    program: list[str], *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [*program, *args],
        capture_output=True,
        timeout=300,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        check=False,
    )


def frozen(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    assert FROZEN.is_file(), f"{FROZEN} is missing: run 'make dist' first"
    return run([str(FROZEN)], *args, env=env)


def source(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    return run(SOURCE, *args, env=env)


def test_the_frozen_program_is_not_the_source_tree() -> None:
    # The comparisons below mean something only if the frozen program runs on its own.
    assert (FROZEN.parent / "_internal" / "resources" / "cpi.csv").is_file()
    assert not (FROZEN.parent / "_internal" / "sroi_app" / "domain" / "models.py").exists()
    version = frozen("--version")
    assert version.returncode == 0
    assert version.stdout.decode().strip() == source("--version").stdout.decode().strip()


@pytest.mark.parametrize("example", SCENARIOS, ids=[p.name for p in SCENARIOS])
def test_compute_json_is_byte_for_byte_the_source_trees(example: Path) -> None:
    path = str(example.relative_to(ROOT))
    built, expected = frozen("compute", path, "--json"), source("compute", path, "--json")
    assert expected.returncode == 0, expected.stderr.decode()
    assert built.returncode == 0, built.stderr.decode()
    assert built.stdout == expected.stdout
    assert json.loads(built.stdout)["results"]  # a real result, not an empty agreement


@pytest.mark.parametrize("example", SCENARIOS, ids=[p.name for p in SCENARIOS])
def test_validate_agrees_with_the_source_tree(example: Path) -> None:
    path = str(example.relative_to(ROOT))
    built, expected = frozen("validate", path), source("validate", path)
    assert (built.returncode, built.stdout) == (expected.returncode, expected.stdout)
    assert built.returncode == 0


def test_bad_files_are_refused_alike(tmp_path: Path) -> None:
    data = spec_example()
    data["alternatives"][1]["effects"][0]["deadweight"] = 1.5
    bad = tmp_path / "kapot.sroi.json"
    bad.write_text(json.dumps(data))
    newer = tmp_path / "nieuw.sroi.json"
    newer.write_text(json.dumps({**spec_example(), "schema_version": 99}))
    for path in (bad, newer):
        built, expected = frozen("validate", str(path)), source("validate", str(path))
        assert built.returncode == expected.returncode == 2
        assert built.stderr == expected.stderr and built.stdout == expected.stdout
        assert b"Traceback" not in built.stderr
    assert (
        b"deadweight" in frozen("validate", str(bad)).stderr + frozen("validate", str(bad)).stdout
    )
    assert b"99" in frozen("compute", str(newer), "--json").stderr


def _cells(path: Path) -> dict[tuple[str, str], Any]:
    import openpyxl

    book = openpyxl.load_workbook(path)
    return {
        (sheet.title, cell.coordinate): cell.value
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.value is not None
    }


def test_export_writes_the_same_workbook(tmp_path: Path) -> None:
    built_path, source_path = tmp_path / "frozen.xlsx", tmp_path / "source.xlsx"
    built = frozen("export", str(EXAMPLE), "-o", str(built_path))
    assert built.returncode == 0, built.stderr.decode()
    assert built.stdout.decode().strip() == str(built_path)
    assert source("export", str(EXAMPLE), "-o", str(source_path)).returncode == 0
    with zipfile.ZipFile(built_path) as book:
        assert any(n.startswith("xl/charts/") for n in book.namelist())  # native charts
    built_cells, source_cells = _cells(built_path), _cells(source_path)
    assert built_cells.keys() == source_cells.keys()
    differ = [key for key in built_cells if built_cells[key] != source_cells[key]]
    assert differ in ([], [("Toelichting", "B4")])  # the export time, nothing else
    assert len(built_cells) > 500


def test_export_to_a_missing_folder_is_a_clear_message(tmp_path: Path) -> None:
    target = tmp_path / "bestaat-niet" / "uit.xlsx"
    built = frozen("export", str(EXAMPLE), "-o", str(target))
    assert built.returncode == 2
    assert (
        built.stderr.decode().strip()
        == f"cannot write {target}: the folder does not exist ({target.parent})"
    )
    assert not target.parent.exists()


@pytest.mark.parametrize("suffix", [".pdf", ".html"])
def test_report(tmp_path: Path, suffix: str) -> None:
    target = tmp_path / f"raad{suffix}"
    # The PDF's charts are drawn by a worker: the frozen program started again as one
    # (multiprocessing.freeze_support); anything wrong there is a warning on stderr.
    built = frozen("report", str(EXAMPLE), "-o", str(target), env={"SROI_APP_CHART_WORKERS": "1"})
    assert built.returncode == 0, built.stderr.decode()
    assert b"drawn in this process" not in built.stderr, built.stderr.decode()
    data = target.read_bytes()
    head = data[:200]
    assert head.startswith(b"%PDF") if suffix == ".pdf" else b"<html" in head.lower()
    if suffix == ".pdf":  # reportlab typeset it, with matplotlib's DejaVu Sans found
        assert b"/Lang (nl)" in data and b"DejaVuSans" in data


#: Bounds for the 20 x 500 x 100 scenario on CI's 2-core machine: about three times the
#: benchmark goals (``excel_export_large_s`` < 10 s, ``report_pdf_large_s`` < 20 s),
#: the frozen program's start and the scenario's loading included.
LARGE_EXPORT_S, LARGE_REPORT_S = 45.0, 75.0


def test_a_large_scenario_is_exported_and_reported_in_bounded_time(tmp_path: Path) -> None:
    """20 alternatives x 500 effects x 20 costs over 100 years (issue 17), by the frozen
    program: a workbook with the cash flows of all 10,400 items, and a PDF report."""
    from benchmarks.synthetic import synthetic_data

    scenario = tmp_path / "large.sroi.json"
    scenario.write_text(json.dumps(synthetic_data(20, 500, 20, 100)), encoding="utf-8")
    book, report = tmp_path / "large.xlsx", tmp_path / "large.pdf"
    for args, bound in (
        (("export", str(scenario), "-o", str(book)), LARGE_EXPORT_S),
        (("report", str(scenario), "-o", str(report)), LARGE_REPORT_S),
    ):
        started = time.monotonic()
        done = frozen(*args)
        seconds = time.monotonic() - started
        assert done.returncode == 0, done.stderr.decode()
        assert seconds < bound, f"{args[0]} took {seconds:.0f} s (bound {bound:.0f} s)"
    with zipfile.ZipFile(book) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        shared = sum(archive.read(n).count(b'<f t="shared" ref=') for n in sheets)
    assert shared == 20 * (500 + 20)  # one shared formula per item's year columns
    assert report.read_bytes().startswith(b"%PDF")
    pages = subprocess.run(["pdfinfo", str(report)], capture_output=True, text=True, check=True)
    assert int(pages.stdout.split("Pages:")[1].split()[0]) > 10


def test_reportlab_has_its_c_accelerator() -> None:
    """``_rl_accel`` is imported by reportlab inside an exec string, which PyInstaller's
    analysis cannot see (build.spec names it)."""
    assert list(FROZEN.parent.rglob("_rl_accel*")), "the build lacks reportlab's accelerator"


def test_sensitivity_and_proxies_agree_with_the_source_tree() -> None:
    args = ["sensitivity", str(EXAMPLE), "--json", "--draws", "2000"]
    built, expected = frozen(*args), source(*args)
    assert built.returncode == 0, built.stderr.decode()
    assert built.stdout == expected.stdout
    built, expected = frozen("proxies", "--json"), source("proxies", "--json")
    assert built.returncode == 0 and built.stdout == expected.stdout
    assert len(json.loads(built.stdout)["proxies"]) > 10
    built, expected = frozen("costs", "--json"), source("costs", "--json")
    assert built.returncode == 0 and built.stdout == expected.stdout
    assert len(json.loads(built.stdout)["unit_costs"]) >= 15


def test_local_figures_read_a_csv_and_the_cbs_client_is_in_the_build(tmp_path: Path) -> None:
    table = ROOT / "tests" / "fixtures" / "cbs" / "85984NED_tabel.csv"
    args = ["cbs", "BU09990101", "--csv", str(table), "--json"]
    built, expected = frozen(*args), source(*args)
    assert built.returncode == 0, built.stderr.decode()
    assert built.stdout == expected.stdout
    # Online (there is no network here): the client is imported and fails on the connection,
    # not on a missing package.
    offline = frozen("cbs", "GM0999", env={"HTTPS_PROXY": "http://127.0.0.1:9", "NO_PROXY": ""})
    assert offline.returncode == 2
    assert b"not installed" not in offline.stderr and b"could not be read" in offline.stderr


def _gui_report(program: list[str], env: dict[str, str]) -> tuple[dict[str, Any], str]:
    proc = run(program, "gui", str(EXAMPLE), env={"SROI_APP_REPORT": "-", **env})
    stderr = proc.stderr.decode()
    assert proc.returncode == 0, stderr
    assert "Traceback" not in stderr and "Could not load the Qt platform plugin" not in stderr
    lines = proc.stdout.decode().splitlines()
    assert lines, stderr
    return json.loads(lines[-1]), stderr


def _check_window(report: dict[str, Any], platform: str) -> None:
    assert report["title"] == "Groen schoolplein — SROI-calculator"
    assert report["visible"] and report["page"] == "results" and not report["modified"]
    assert report["platform"] == platform
    assert report["icon"], "the window icon did not load"
    assert {"png", "svg", "ico"} <= set(report["image_formats"]), report["image_formats"]
    assert report["menus"][0] == "&Bestand", "the app's Dutch translation did not load"
    assert report["qt_translation"] == "Annuleren", "Qt's own Dutch translation did not load"


def test_the_gui_starts_offscreen_shows_the_example_and_quits_cleanly() -> None:
    built, built_err = _gui_report([str(FROZEN)], {"QT_QPA_PLATFORM": "offscreen"})
    expected, _ = _gui_report(SOURCE, {"QT_QPA_PLATFORM": "offscreen"})
    _check_window(built, "offscreen")
    assert built["kpis"] == expected["kpis"]
    assert built["kpis"]["npv"] == "€ -142.793"  # matplotlib and numpy-financial behind it
    assert built["version"] == expected["version"]
    assert "QFont" not in built_err and "propagateSizeHints" not in built_err


def test_the_gui_starts_on_an_x_screen() -> None:
    # The xcb platform plugin and the X libraries it needs are in the build.
    xvfb_path = require_xvfb()
    with xvfb(xvfb_path=xvfb_path) as display:
        report, _ = _gui_report([str(FROZEN)], {"QT_QPA_PLATFORM": "xcb", "DISPLAY": display})
    _check_window(report, "xcb")


def test_the_windowed_program_opens_the_app_directly() -> None:
    # `sroi-app-gui FILE` is what a file association or a double click starts.
    program = FROZEN.with_name("sroi-app-gui" + FROZEN.suffix)
    assert program.is_file()
    proc = run(
        [str(program)], str(EXAMPLE), env={"SROI_APP_REPORT": "-", "QT_QPA_PLATFORM": "offscreen"}
    )
    assert proc.returncode == 0, proc.stderr.decode()
    _check_window(json.loads(proc.stdout.decode().splitlines()[-1]), "offscreen")
