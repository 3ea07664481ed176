"""Finding bundled resources in the source tree and in a frozen (PyInstaller) build."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from sroi_app.domain.errors import ScenarioFileError

ModelT = TypeVar("ModelT", bound=BaseModel)


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


def read_model_file(path: Path, model: type[ModelT], code: str) -> ModelT:
    """Read a bundled JSON data file into ``model``; ``ScenarioFileError`` names the problem.

    ``code`` says which kind of file failed (``library``, ``templates``, ...).
    """
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
        return model.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ScenarioFileError(str(path), f"{where}: {first['msg']}", code) from exc
