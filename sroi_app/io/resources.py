"""Finding bundled resources in the source tree and in a frozen (PyInstaller) build."""

from __future__ import annotations

import sys
from pathlib import Path


def base_dir() -> Path:
    """The folder that holds ``resources/`` and ``scenarios/``."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parents[2]


def resource_path(*parts: str) -> Path:
    """A file below ``resources/``."""
    return base_dir().joinpath("resources", *parts)


def scenarios_dir() -> Path:
    """The folder of example scenarios."""
    return base_dir() / "scenarios"
