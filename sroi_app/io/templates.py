"""Reading the effect-chain templates (``resources/templates.json``)."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from pydantic import ValidationError

from sroi_app.domain.effect_templates import TemplateSet
from sroi_app.domain.errors import ScenarioFileError
from sroi_app.io.resources import resource_path


def read_templates(path: Path) -> TemplateSet:
    """Read and validate a template file; ``ScenarioFileError`` names the problem."""
    path = Path(path)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ScenarioFileError(
            str(path), f"cannot be read ({exc.strerror})", "unreadable"
        ) from exc
    except json.JSONDecodeError as exc:
        raise ScenarioFileError(str(path), f"not valid JSON: {exc.msg}", "json") from exc
    try:
        return TemplateSet.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ScenarioFileError(str(path), f"{where}: {first['msg']}", "templates") from exc


@lru_cache(maxsize=1)
def default_templates() -> TemplateSet:
    """The bundled templates (read once per process)."""
    return read_templates(resource_path("templates.json"))
