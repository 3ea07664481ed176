"""Reading the area-type presets and target groups (``resources/area_presets.json``)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from sroi_app.domain.area_presets import PresetBook
from sroi_app.io.resources import read_model_file, resource_path


def read_presets(path: Path) -> PresetBook:
    """Read and validate a preset file; ``ScenarioFileError`` names the problem."""
    return read_model_file(path, PresetBook, "presets")


@lru_cache(maxsize=1)
def default_presets() -> PresetBook:
    """The bundled area presets and target groups (read once per process)."""
    return read_presets(resource_path("area_presets.json"))
