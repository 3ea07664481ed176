"""The command line: version, readable table and the JSON contract's shape."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from sroi_app import __version__
from sroi_app.cli import main
from tests.conftest import ROOT, SCENARIOS

EXAMPLE = str(SCENARIOS[0])


def run(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(args), out)
    return code, out.getvalue()


def test_version() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "sroi_app", "--version"], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"sroi-app {__version__}"


def test_json_has_exactly_the_contract_keys() -> None:
    code, text = run("compute", EXAMPLE, "--json")
    assert code == 0
    data = json.loads(text)
    assert list(data) == [
        "scenario",
        "price_year",
        "start_year",
        "horizon_years",
        "reference",
        "results",
        "warnings",  # issue 11: the over-claiming checks, by code and path
    ]
    result = data["results"][0]
    assert list(result) == [
        "alternative",
        "name",
        "pv_costs",
        "pv_benefits",
        "npv",
        "sroi_ratio",
        "net_sroi_ratio",
        "irr",
        "payback_years",
        "by_stakeholder",
        "by_effect",
        "years",
        "reforecast",  # section 11
        "monitoring",
    ]
    assert list(result["reforecast"]) == ["pv_costs", "pv_benefits", "npv", "sroi_ratio"]
    assert result["monitoring"] == {"by_effect": {}, "by_cost": {}}
    assert list(result["years"]) == ["index", "calendar", "discount_factor", "costs", "benefits"]
    assert set(result["by_stakeholder"]["gemeente"]) == {"pv_costs", "pv_benefits", "npv"}
    assert data["reference"] == "nul"
    assert result["years"]["calendar"][0] == 2026
    assert len(result["years"]["index"]) == 16


def test_spec_example_by_hand() -> None:
    # Costs against the nulalternatief: year 0 the 150,000 investment (2024 prices,
    # indexed to 2026 = the last published CPI, 2025) minus 2,000 upkeep of the
    # reference; years 1-15 upkeep 5,000 - 2,000 = 3,000.
    code, text = run("compute", EXAMPLE, "--json")
    assert code == 0
    result = json.loads(text)["results"][0]
    factor = 3755.3 / 3635.3
    assert result["years"]["costs"][0] == 150_000 * factor - 2_000
    assert result["years"]["costs"][1:] == [3_000.0] * 15
    # The effect: 40 * 300 * CPI(2025)/CPI(2023) * 0.8 * 0.7, ramped up over 2 years, 5% drop-off.
    full = 40 * 300 * (3755.3 / 3519.2) * 0.8 * 0.7
    assert abs(result["years"]["benefits"][1] - full * 0.5) < 1e-9
    assert abs(result["years"]["benefits"][2] - full * 0.95) < 1e-9
    assert result["years"]["benefits"][11] == 0


def test_readable_table_has_columns_separators_and_conventions() -> None:
    code, text = run("compute", EXAMPLE, "--lang", "en")
    assert code == 0
    assert "Groen schoolplein" in text
    assert "€190,788" in text  # thousands separators
    assert "discount rate 2.25%" in text
    assert "t = 0 not discounted" in text
    code, text = run("compute", EXAMPLE, "--lang", "nl")
    assert "€ 190.788" in text
    assert "discontovoet 2,25%" in text


def test_console_script_and_module_agree() -> None:
    script = ROOT / ".venv" / "bin" / "sroi-app"
    module = subprocess.run(
        [sys.executable, "-m", "sroi_app", "compute", EXAMPLE, "--json"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    if script.exists():
        console = subprocess.run(
            [str(script), "compute", EXAMPLE, "--json"], capture_output=True, text=True, check=True
        ).stdout
        assert console == module
    assert json.loads(module)["scenario"] == "Groen schoolplein"


def test_no_command_prints_help() -> None:
    code, text = run()
    assert code == 0
    assert "compute" in text and "validate" in text


def test_gui_command_is_listed_and_loads_qt_only_when_run() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from sroi_app.cli import build_parser\n"
        "args = build_parser().parse_args(['gui', 'plan.sroi.json', '--page', 'costs'])\n"
        "assert (str(args.file), args.page) == ('plan.sroi.json', 'costs')\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')]\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr


def test_every_text_command_speaks_dutch_by_default_like_the_app() -> None:
    """Issue 11, item 8: one default language across the command line."""
    code, text = run("compute", EXAMPLE)
    assert code == 0 and "Netto contante waarde" in text and "€ -142.793" in text


def test_a_scenario_file_as_the_only_argument_opens_the_app(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue 15: ``sroi-app plan.sroi.json`` (a double-click) means ``sroi-app gui plan``."""
    import io as io_

    from sroi_app.cli import gui, main

    seen = {}

    def fake(args, out):  # type: ignore[no-untyped-def]
        seen["file"] = str(args.file)
        return 0

    monkeypatch.setattr(gui, "cmd_gui", fake)
    parser_defaults = {}
    from sroi_app import cli

    original = cli.build_parser

    def build():  # type: ignore[no-untyped-def]
        parser = original()
        for action in parser._subparsers._group_actions:  # type: ignore[union-attr]
            for name, sub in action.choices.items():
                if name == "gui":
                    sub.set_defaults(handler=fake)
                    parser_defaults["gui"] = True
        return parser

    monkeypatch.setattr(cli, "build_parser", build)
    assert main([EXAMPLE], io_.StringIO()) == 0
    assert seen["file"].endswith("groen-schoolplein.sroi.json") and parser_defaults
