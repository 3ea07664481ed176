"""Scenario format migrations: raw JSON of version N -> version N + 1, step by step.

Each migration is a pure function on the raw dict, registered under the
version it reads. Loading applies them in order up to ``SCHEMA_VERSION``,
then validates. Format 1 is the first format, so the registry is empty; the
mechanism is tested with a registered example migration.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sroi_app import SCHEMA_VERSION
from sroi_app.domain.errors import Issue, ScenarioValidationError, UnsupportedSchemaVersionError

RawScenario = dict[str, Any]
Migration = Callable[[RawScenario], RawScenario]

#: ``MIGRATIONS[n]`` turns a version-``n`` document into a version-``n + 1`` one.
MIGRATIONS: dict[int, Migration] = {}


def migrate(raw: RawScenario, target: int = SCHEMA_VERSION) -> RawScenario:
    """Bring ``raw`` to ``target``; refuse newer files and missing versions."""
    version = raw.get("schema_version")
    if version is None:
        raise ScenarioValidationError([Issue("schema_version", "required", "is required")])
    if isinstance(version, bool) or not isinstance(version, int):
        raise ScenarioValidationError(
            [Issue("schema_version", "integer", "must be a whole number")]
        )
    if version > target:
        raise UnsupportedSchemaVersionError(version, target)
    if version < 1 and version not in MIGRATIONS:
        raise ScenarioValidationError(
            [Issue("schema_version", "schema_version", "must be 1 or more")]
        )
    while version < target:
        step = MIGRATIONS.get(version)
        if step is None:
            raise ScenarioValidationError(
                [
                    Issue(
                        "schema_version",
                        "schema_version",
                        f"no migration from format {version} to {version + 1}",
                    )
                ]
            )
        raw = step(dict(raw))
        version += 1
        raw["schema_version"] = version
    return raw
