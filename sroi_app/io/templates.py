"""Reading the effect-chain templates (``resources/templates.json``)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from sroi_app.domain.effect_templates import TemplateSet
from sroi_app.io.resources import read_model_file, resource_path


def read_templates(path: Path) -> TemplateSet:
    """Read and validate a template file; ``ScenarioFileError`` names the problem."""
    return read_model_file(path, TemplateSet, "templates")


@lru_cache(maxsize=1)
def default_templates() -> TemplateSet:
    """The bundled templates (read once per process)."""
    return read_templates(resource_path("templates.json"))
