"""Each command imports only what it needs (issue 17): ``compute`` starts without the
report, the workbook, matplotlib or openpyxl, and their commands still work."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from sroi_app.cli import BLAS_THREAD_VARIABLES

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "scenarios" / "groen-schoolplein.sroi.json"
HEAVY = (
    "matplotlib",
    "openpyxl",
    "pandas",
    "sroi_app.exports.report",
    "sroi_app.exports.excel",
    "sroi_app.charts",
    "sroi_app.calc.uncertainty",
    "sroi_app.calc.montecarlo",
    "PySide6",
)


def _fresh(code: str, env: dict[str, str] | None = None) -> Any:
    """Run ``code`` in a fresh interpreter (with ``env``); the JSON on its last line."""
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env=env,
    )
    return json.loads(proc.stdout.splitlines()[-1])


def _modules_after(*argv: str) -> tuple[int, list[str]]:
    """Run ``main(argv)`` in a fresh interpreter; its exit code and every module it loaded."""
    code = (
        "import io, json, sys\n"
        "from sroi_app.cli import main\n"
        f"code = main({list(argv)!r}, out=io.StringIO())\n"
        "print(json.dumps([code, sorted(sys.modules)]))\n"
    )
    exit_code, modules = _fresh(code)
    return exit_code, modules


def _heavy(modules: list[str]) -> list[str]:
    return [m for m in modules if m in HEAVY or m.startswith(tuple(h + "." for h in HEAVY))]


#: Everything ``compute`` may load besides the standard library and the command-line parsers
#: (``sroi_app.cli.*``): a module added here is start-up time of every compute (issue 17).
COMPUTE_PACKAGES = {
    "numpy",
    "pydantic",
    "pydantic_core",
    "annotated_types",
    "typing_extensions",
    "typing_inspection",
}
COMPUTE_MODULES = {
    "sroi_app",
    "sroi_app.calc",
    "sroi_app.calc.checks",
    "sroi_app.calc.discount",
    "sroi_app.calc.engine",
    "sroi_app.calc.flows",
    "sroi_app.calc.irr",
    "sroi_app.calc.items",
    "sroi_app.calc.metrics",
    "sroi_app.calc.monitoring",
    "sroi_app.calc.results",
    "sroi_app.domain",
    "sroi_app.domain.collector",
    "sroi_app.domain.corrections",
    "sroi_app.domain.cpi",
    "sroi_app.domain.derivation",
    "sroi_app.domain.draws",
    "sroi_app.domain.errors",
    "sroi_app.domain.formatting",
    "sroi_app.domain.labels",
    "sroi_app.domain.library_terms",
    "sroi_app.domain.models",
    "sroi_app.domain.parameters",
    "sroi_app.domain.text_checks",
    "sroi_app.domain.validation",
    "sroi_app.exports",
    "sroi_app.exports.results_json",
    "sroi_app.exports.target",
    "sroi_app.io",
    "sroi_app.io.atomic",
    "sroi_app.io.cbs",
    "sroi_app.io.cpi",
    "sroi_app.io.migrations",
    "sroi_app.io.resources",
    "sroi_app.io.scenario_file",
}


def _packages(modules: list[str]) -> set[str]:
    """The top-level packages outside the standard library (and outside Python's own
    start-up: ``__main__``, ``_distutils_hack``, an editable install's finder)."""
    tops = {m.split(".")[0] for m in modules}
    return {t for t in tops - set(sys.stdlib_module_names) if not t.startswith("_")}


def test_compute_loads_nothing_beyond_what_it_needs() -> None:
    """The whole import set of ``compute --json`` on a scenario without library proxies:
    not the proxy library (read only for an effect that names a library entry), not
    ``numpy.ma`` (``np.unique`` loads it), not the libraries' models for their listings."""
    code, modules = _modules_after("compute", str(EXAMPLE), "--json")
    assert code == 0
    assert _packages(modules) <= COMPUTE_PACKAGES | {"sroi_app"}, _packages(modules)
    own = {m for m in modules if m.startswith("sroi_app") and not m.startswith("sroi_app.cli")}
    assert own <= COMPUTE_MODULES, sorted(own - COMPUTE_MODULES)
    assert "numpy.ma" not in modules


def test_the_parser_is_built_without_numpy_or_pydantic() -> None:
    """``sroi-app --help`` and every command's options come from the light modules only."""
    code = (
        "import json, sys\n"
        "from sroi_app.cli import build_parser\n"
        "build_parser()\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    modules = _fresh(code)
    assert _packages(modules) == {"sroi_app"}, _packages(modules)


def test_compute_imports_neither_the_report_nor_the_workbook_nor_matplotlib() -> None:
    code, modules = _modules_after("compute", str(EXAMPLE), "--json")
    assert code == 0
    assert _heavy(modules) == []
    assert "sroi_app.calc.engine" in modules  # it did compute


def test_validate_does_not_load_the_engine() -> None:
    code, modules = _modules_after("validate", str(EXAMPLE))
    assert code == 0
    assert _heavy(modules) == [] and "sroi_app.calc.engine" not in modules


def test_the_heavy_commands_import_their_modules_when_they_run(tmp_path: Path) -> None:
    code, modules = _modules_after("sensitivity", str(EXAMPLE), "--draws", "10", "--json")
    assert code == 0 and "sroi_app.calc.uncertainty" in modules
    code, modules = _modules_after("export", str(EXAMPLE), "-o", str(tmp_path / "x.xlsx"))
    assert code == 0 and "openpyxl" in modules and (tmp_path / "x.xlsx").stat().st_size > 0


def _blas_after(**variables: str) -> tuple[str | None, int | None]:
    """``OPENBLAS_NUM_THREADS`` after ``compute`` in a fresh interpreter started with only
    ``variables`` of the BLAS thread settings, and its number of threads (Linux)."""
    code = (
        "import io, json, os\n"
        "from sroi_app.cli import main\n"
        f"main(['compute', {str(EXAMPLE)!r}, '--json'], out=io.StringIO())\n"
        "tasks = '/proc/self/task'\n"
        "count = len(os.listdir(tasks)) if os.path.isdir(tasks) else None\n"
        "print(json.dumps([os.environ.get('OPENBLAS_NUM_THREADS'), count]))\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in BLAS_THREAD_VARIABLES}
    setting, threads = _fresh(code, {**env, **variables})
    return setting, threads


def test_the_command_line_starts_one_blas_thread_unless_told_otherwise() -> None:
    """OpenBLAS's threads (one per core) cost every start 0.1 s of processor time, and no
    command gives BLAS any work: one thread, set before numpy loads; a user's choice stays."""
    setting, threads = _blas_after()
    assert setting == "1"
    assert threads in (1, None)  # no thread besides the main one (where Linux can tell)
    assert _blas_after(OPENBLAS_NUM_THREADS="2")[0] == "2"
    assert _blas_after(OMP_NUM_THREADS="2")[0] is None


def test_the_command_line_does_not_search_for_pydantic_plugins() -> None:
    """pydantic reads every installed package's metadata for plugins when it builds the
    first model (6-10 ms of each start); the program uses none, and a user's setting stays."""
    code = (
        "import io, json, os\n"
        "from sroi_app.cli import main\n"
        f"main(['compute', {str(EXAMPLE)!r}, '--json'], out=io.StringIO())\n"
        "from pydantic.plugin import _loader\n"
        "print(json.dumps([_loader._plugins is None, os.environ['PYDANTIC_DISABLE_PLUGINS']]))\n"
    )

    def run(**variables: str) -> list[object]:
        env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
        result: list[object] = _fresh(code, {**env, **variables})
        return result

    assert run() == [True, "__all__"]
    assert run(PYDANTIC_DISABLE_PLUGINS="logfire") == [False, "logfire"]


def test_the_window_starts_without_the_workbook_or_report_writers(tmp_path: Path) -> None:
    """The app's window opens and is painted without openpyxl, reportlab or the workbook
    and report writers: they load when an export or an import runs (0.2-0.3 s of every
    start, issue 17). Its export and import actions still work
    (``tests/ui/test_ui_exports.py``, ``tests/ui/test_ui_import.py``)."""
    code = (
        "import json, os, sys\n"
        "from sroi_app.cli import main\n"
        f"code = main(['gui', {str(EXAMPLE)!r}])\n"
        "print(json.dumps([code, sorted(sys.modules)]))\n"
    )
    report = tmp_path / "shown.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SROI_APP_REPORT": str(report)}
    exit_code, modules = _fresh(code, env)
    assert exit_code == 0 and json.loads(report.read_text())["visible"]
    writers = ("openpyxl", "reportlab", "sroi_app.exports.excel", "sroi_app.exports.report.pdf")
    assert [m for m in modules if m.startswith(writers)] == []
    assert "PySide6.QtWidgets" in modules and "matplotlib" in modules  # it did start


def test_compute_builds_the_scenarios_validator_alone() -> None:
    """The models' validators are built when first used (``defer_build``): a compute
    builds the scenario's, which holds the others, and no model's on import (about
    0.01 s of every start on this machine, issue 17)."""
    code = (
        "import io, json\n"
        "from sroi_app.cli import main\n"
        "import sroi_app.domain.models as m\n"
        "models = [c for c in vars(m).values() if isinstance(c, type) and issubclass(c, m.Model)]\n"
        "before = sorted(c.__name__ for c in models if c.__pydantic_complete__)\n"
        f"main(['compute', {str(EXAMPLE)!r}, '--json'], out=io.StringIO())\n"
        "after = sorted(c.__name__ for c in models if c.__pydantic_complete__)\n"
        "print(json.dumps([before, after]))\n"
    )
    before, after = _fresh(code)
    assert before == []
    assert after == ["Scenario"]


def test_the_command_line_hides_library_warnings_without_loading_logging() -> None:
    """The program's own start (``argv`` not given) keeps library warnings off the
    terminal, and no longer imports ``logging`` for it (7 ms of every start, issue 17);
    a warning written to a file of its own still is."""
    code = (
        "import io, json, sys, warnings\n"
        "from sroi_app.cli import main\n"
        f"sys.argv = ['sroi-app', 'compute', {str(EXAMPLE)!r}, '--json']\n"
        "main(out=io.StringIO())\n"
        "warnings.warn('a library warning')\n"
        "to_file = io.StringIO()\n"
        "warnings.showwarning('kept', UserWarning, 'f.py', 1, file=to_file)\n"
        "print(json.dumps(['logging' in sys.modules, to_file.getvalue()]))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    loaded, to_file = json.loads(proc.stdout.splitlines()[-1])
    assert not loaded
    assert "a library warning" not in proc.stderr
    assert "kept" in to_file
