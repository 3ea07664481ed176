"""Corrupted scenario files: the loader refuses them with a path, and never crashes.

Hypothesis mutates valid scenarios (deleting keys, swapping values for other
JSON of any type, emptying lists, renaming keys) and also damages the bytes
of the file. The only outcomes allowed are a valid scenario (which must then
compute, or overflow with a ``CalculationError``) or one of the typed refusals.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sroi_app.calc import compute
from sroi_app.domain.errors import (
    CalculationError,
    ScenarioFileError,
    ScenarioValidationError,
    UnsupportedSchemaVersionError,
)
from sroi_app.exports.results_json import result_to_json
from sroi_app.io.cpi import default_cpi
from sroi_app.io.scenario_file import load_scenario
from tests.conftest import SCENARIOS, spec_example

CPI = default_cpi()
BASES = [spec_example()] + [json.loads(p.read_text(encoding="utf-8")) for p in SCENARIOS]

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**20), 10**20)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3)
    ),
    max_leaves=6,
)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            out += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            out += _paths(value, (*prefix, i))
    return out


def _parent(root: Any, path: tuple[Any, ...]) -> Any:
    for part in path[:-1]:
        root = root[part]
    return root


@st.composite
def mutated(draw: st.DrawFn) -> Any:
    # Draw an index, not the dict: hypothesis would print the whole scenario.
    data = copy.deepcopy(BASES[draw(st.integers(0, len(BASES) - 1))])
    for _ in range(draw(st.integers(1, 4))):
        paths = [p for p in _paths(data) if p]
        if not paths:
            return draw(json_values)
        path = draw(st.sampled_from(paths))
        parent = _parent(data, path)
        action = draw(st.sampled_from(["replace", "delete", "empty", "rename", "duplicate"]))
        key = path[-1]
        if action == "replace":
            parent[key] = draw(json_values)
        elif action == "delete":
            del parent[key]
        elif action == "empty":
            parent[key] = type(parent[key])() if isinstance(parent[key], list | dict | str) else 0
        elif action == "rename" and isinstance(parent, dict):
            parent[draw(st.text(max_size=6))] = parent.pop(key)
        elif action == "duplicate" and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[key]))
    return data


def _check(path: Path) -> None:
    try:
        scenario = load_scenario(path, CPI)
    except ScenarioValidationError as exc:
        assert exc.issues
        for issue in exc.issues:
            assert issue.message
            assert issue.path or issue.code in {"object"}, issue
    except (ScenarioFileError, UnsupportedSchemaVersionError) as exc:
        assert str(exc)
    else:
        try:
            result = compute(scenario, CPI)
        except CalculationError as exc:
            assert str(exc)
        else:
            json.dumps(result_to_json(result), allow_nan=False)


FUZZ = settings(
    max_examples=1000,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


# A failing example is a whole scenario: let hypothesis print it without complaint.
@pytest.mark.filterwarnings("ignore:Generating overly large repr")
@FUZZ
@given(mutated())
def test_mutated_scenarios_are_refused_with_a_path(tmp_path_factory: Any, data: Any) -> None:
    path = tmp_path_factory.getbasetemp() / "fuzz.sroi.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    _check(path)


@settings(
    max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(st.integers(0, len(BASES) - 1), st.data())
def test_damaged_bytes_are_refused(tmp_path_factory: Any, base: int, data: st.DataObject) -> None:
    raw = bytearray(json.dumps(BASES[base]).encode("utf-8"))
    for _ in range(data.draw(st.integers(1, 5))):
        where = data.draw(st.integers(0, len(raw)))
        action = data.draw(st.sampled_from(["cut", "insert", "flip"]))
        if action == "cut":
            del raw[where:]
        elif action == "insert":
            raw[where:where] = data.draw(st.binary(min_size=1, max_size=4))
        elif raw:
            raw[min(where, len(raw) - 1)] ^= 0xFF
    path = tmp_path_factory.getbasetemp() / "bytes.sroi.json"
    path.write_bytes(bytes(raw))
    _check(path)
