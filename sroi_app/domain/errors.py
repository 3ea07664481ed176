"""Typed errors of the core, each carrying the JSON path of the problem.

The core never words errors for a user interface: every issue has a stable
``code`` and ``params`` that a UI can translate, plus an English ``message``
for the command line and logs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def format_path(loc: Sequence[str | int]) -> str:
    """Turn a location tuple into ``alternatives[1].effects[0].deadweight``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif _IDENT.match(part):
            out = f"{out}.{part}" if out else part
        else:
            out += f'["{part}"]'
    return out


def _path_key(path: str) -> tuple[Any, ...]:
    """Sort key that orders ``a[2]`` before ``a[10]``."""
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"[\[\].]+", path) if p)


@dataclass(frozen=True)
class Issue:
    """One problem in a scenario: where, what kind, and an English message."""

    path: str
    code: str
    message: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


def sort_issues(issues: Iterable[Issue]) -> tuple[Issue, ...]:
    """Issues in document order, duplicates removed."""
    unique = {(i.path, i.code, i.message): i for i in issues}
    return tuple(sorted(unique.values(), key=lambda i: (_path_key(i.path), i.code)))


class ScenarioError(Exception):
    """Base class for every refusal of a scenario file or document."""


class ScenarioValidationError(ScenarioError):
    """The data does not form a valid scenario; ``issues`` says where and why."""

    def __init__(self, issues: Sequence[Issue]) -> None:
        self.issues = sort_issues(issues)
        super().__init__("; ".join(str(i) for i in self.issues))


class UnsupportedSchemaVersionError(ScenarioError):
    """The file was written by a newer version of the program."""

    def __init__(self, found: int, supported: int) -> None:
        self.found = found
        self.supported = supported
        super().__init__(
            f"schema_version: this file uses scenario format {found}, "
            f"this program reads up to format {supported}; please update the program"
        )


class ScenarioFileError(ScenarioError):
    """The file cannot be read or is not JSON."""

    def __init__(self, path: str, reason: str, code: str = "file") -> None:
        self.path = path
        self.reason = reason
        self.code = code
        super().__init__(f"{path}: {reason}")


class CalculationError(ScenarioError):
    """A valid scenario whose numbers cannot be computed (they overflow to infinity)."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}" if path else reason)
