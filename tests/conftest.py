"""Shared test set-up: Qt offscreen before any Qt import, settings in a temporary folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import copy
import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SPEC_EXAMPLE = ROOT / "scenarios" / "groen-schoolplein.sroi.json"
# The contract's own example first (tests use SCENARIOS[0] as "the" example), then by name.
SCENARIOS = sorted(
    (ROOT / "scenarios").glob("*.sroi.json"), key=lambda p: (p != SPEC_EXAMPLE, p.name)
)


def spec_example() -> dict[str, Any]:
    """The minimal file of the calculation contract, section 8."""
    return copy.deepcopy(
        json.loads((ROOT / "scenarios" / "groen-schoolplein.sroi.json").read_text())
    )


@pytest.fixture
def example() -> dict[str, Any]:
    return spec_example()


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Settings, logs and recovery copies of every test go to a fresh folder."""
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("SROI_APP_USER_DIR", str(home))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--frozen",
        action="store_true",
        help="run the smoke tests of the frozen build in dist/ (make dist-check)",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests of the frozen build run only on request: they need ``make dist`` first."""
    if config.getoption("--frozen"):
        return
    frozen = [item for item in items if item.get_closest_marker("frozen")]
    if frozen:
        config.hook.pytest_deselected(items=frozen)
        items[:] = [item for item in items if not item.get_closest_marker("frozen")]
