"""The engine against LibreOffice recalculating the same workbook (issue 17).

``speedup_vs_libreoffice``: the large scenario (20 alternatives x 500 effects
x 20 costs over 100 years) is exported to its workbook (no sensitivity sheet);
LibreOffice loads it through its Python UNO bridge and ``calculateAll()`` is
timed (median of 3, ``benchmarks/lo_calculate.py``, run by a Python that can
``import uno``: the project's own, else the system's ``/usr/bin/python3`` with
Debian's python3-uno); that divided by the median time of a first ``compute()``
(each on new item objects, so every item's fields are read: the engine's quickest
case, the same scenario computed again, would flatter the ratio). ``null``
(with the reason on stderr) where no Python with the UNO bridge or no soffice
is installed.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.synthetic import first_compute_ms, synthetic_data
from sroi_app.domain.validation import scenario_from_data
from sroi_app.io.cpi import default_cpi

SCRIPT = Path(__file__).with_name("lo_calculate.py")


def _uno_python() -> str | None:
    for python in (sys.executable, "/usr/bin/python3"):
        if Path(python).exists():
            found = subprocess.run([python, "-c", "import uno"], capture_output=True, check=False)
            if found.returncode == 0:
                return python
    return None


def speedup_vs_libreoffice() -> float | None:
    from sroi_app.exports.excel import SensitivityOptions, export_workbook

    python = _uno_python()
    if python is None or not shutil.which("soffice"):
        print("speedup_vs_libreoffice: no soffice or no Python with uno", file=sys.stderr)
        return None
    cpi = default_cpi()
    scenario = scenario_from_data(synthetic_data(20, 500, 20, 100), cpi)
    engine_ms = first_compute_ms(scenario)
    with tempfile.TemporaryDirectory(prefix="sroi-lo-") as folder:
        book = Path(folder) / "groot.xlsx"
        export_workbook(scenario, book, sensitivity_options=SensitivityOptions(include=False))
        done = subprocess.run(
            [python, str(SCRIPT), str(book), str(Path(folder) / "profile")],
            capture_output=True,
            text=True,
            timeout=3600,
            check=True,
        )
    timing = json.loads(done.stdout.strip().splitlines()[-1])
    calculate_ms = sorted(timing["calculate_all_s"])[1] * 1000.0
    print(
        f"speedup_vs_libreoffice: calculateAll {calculate_ms:.0f} ms "
        f"(load {timing['load_s']:.1f} s), compute {engine_ms:.1f} ms",
        file=sys.stderr,
    )
    return calculate_ms / engine_ms


BENCHMARKS = {"speedup_vs_libreoffice": speedup_vs_libreoffice}
