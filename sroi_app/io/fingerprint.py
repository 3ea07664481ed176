"""A reproducible fingerprint of a scenario: SHA-256 of its canonical JSON.

Canonical JSON is the file content (``scenario_to_data``) with keys sorted,
no whitespace, UTF-8 and no ASCII escaping. Exports print it so that an
auditor can tell which version of a scenario a workbook or report came from:

    python -c "import json,hashlib,sys; d=json.load(open(sys.argv[1]));
    print(hashlib.sha256(json.dumps(d, sort_keys=True, separators=(',', ':'),
    ensure_ascii=False).encode()).hexdigest())" FILE.sroi.json

gives the same value for a file saved by this app, which writes every field
with its value (defaults included). A hand-written file that leaves defaults
out has a different hash until it is saved once by the app: the fingerprint
is of the scenario's content as the app reads it, not of the bytes on disk.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sroi_app.domain.models import Scenario
from sroi_app.domain.validation import scenario_to_data


def canonical_json(scenario: Scenario) -> bytes:
    return _canonical(scenario_to_data(scenario))


def _canonical(data: dict[str, Any]) -> bytes:
    text = json.dumps(
        data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )
    return text.encode("utf-8")


def scenario_sha256(scenario: Scenario) -> str:
    return data_sha256(scenario_to_data(scenario))


def data_sha256(data: dict[str, Any]) -> str:
    """``scenario_sha256`` of the scenario whose ``scenario_to_data`` is ``data``."""
    return hashlib.sha256(_canonical(data)).hexdigest()
