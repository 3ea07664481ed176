"""Adding, removing, moving and renaming a cost or effect the quick way gives exactly
what the general way gives (issue 17).

``fastedit.insert_item``, ``remove_item`` and ``move_item`` change one list of one
alternative, validate only an inserted item and compute only that alternative;
``edits.*(..., quick=False)`` rebuilds and validates the whole document. Hypothesis
makes random structural edits of the example scenarios (inserted items with fresh,
duplicate or empty ids and random field values; positions anywhere in the list) and
both ways must agree: the same scenario, or the same refusal with the same issues.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sroi_app.app import edits
from sroi_app.app.evaluation import result_of
from sroi_app.app.jsonpath import get_in, set_in
from sroi_app.domain.models import Scenario
from tests.test_fastedit import BASES, CPI, _outcome, numbers
from tests.test_fuzz import _paths, json_values


@st.composite
def structural_edits(draw: st.DrawFn) -> tuple[Scenario, str, str, tuple[Any, ...]]:
    scenario = BASES[draw(st.integers(0, len(BASES) - 1))]
    a = draw(st.integers(0, len(scenario.alternatives) - 1))
    kind = draw(st.sampled_from(["costs", "effects"]))
    items = list(getattr(scenario.alternatives[a], kind))
    pool = [x for alt in scenario.alternatives for x in getattr(alt, kind)]
    list_path = f"alternatives[{a}].{kind}"
    ops = ["insert"] if pool else []
    if items:
        ops += ["remove", "move", "rename"]
    if not ops:
        return scenario, "none", list_path, ()
    op = draw(st.sampled_from(ops))
    ids = [x.id for x in items]
    new_id = draw(st.sampled_from(["nieuw", "x-2", "", *ids]))
    if op == "insert":
        item = draw(st.sampled_from(pool)).model_dump(mode="json", exclude_none=True)
        item["id"] = new_id
        if draw(st.booleans()):
            where = draw(st.sampled_from([p for p in _paths(item) if p]))
            set_in(item, list(where), draw(st.one_of(numbers, json_values, st.none())))
        index = draw(st.one_of(st.none(), st.integers(0, len(items))))
        return scenario, op, list_path, (item, index)
    index = draw(st.integers(0, len(items) - 1))
    if op == "remove":
        return scenario, op, list_path, (index,)
    if op == "move":
        return scenario, op, list_path, (index, draw(st.integers(0, len(items) - 1)))
    return scenario, op, list_path, (index, new_id)


def _do(scenario: Scenario, op: str, list_path: str, args: tuple[Any, ...], quick: bool) -> Any:
    if op == "insert":
        item, index = args
        return edits.insert_item(scenario, list_path, item, index, CPI, quick=quick)
    if op == "remove":
        return edits.remove_item(scenario, list_path, args[0], CPI, quick=quick)
    if op == "move":
        return edits.move_item(scenario, list_path, args[0], args[1], CPI, quick=quick)
    index, new_id = args
    if quick:
        return edits.rename_id(scenario, list_path, index, new_id, CPI)
    # The general way of renaming: the id taken is refused first, else the whole document
    # is rebuilt with the new id.
    path = f"{list_path}[{index}].id"
    taken = [x.get("id") for j, x in enumerate(get_in(_data(scenario), list_path)) if j != index]
    if new_id in taken and new_id != get_in(_data(scenario), path):
        raise edits.refuse(path, "id_taken", f"the id '{new_id}' is already used", id=new_id)
    return edits.transform(scenario, lambda d: set_in(d, path, new_id), CPI, path)


def _data(scenario: Scenario) -> dict[str, Any]:
    from sroi_app.domain.validation import scenario_to_data

    return scenario_to_data(scenario)


@settings(
    max_examples=400,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(structural_edits(), st.booleans())
def test_structural_edits_agree_with_the_general_way(
    edit: tuple[Scenario, str, str, tuple[Any, ...]], previous_known: bool
) -> None:
    scenario, op, list_path, args = edit
    if op == "none":
        return
    if previous_known:
        result_of(scenario, CPI)  # as in the app, which has the current scenario's result
    quick = _outcome(lambda: _do(scenario, op, list_path, copy.deepcopy(args), True))
    general = _outcome(lambda: _do(scenario, op, list_path, copy.deepcopy(args), False))
    assert quick == general


def test_structural_edits_of_items_do_not_rebuild_the_document(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The quick way is taken: the whole-document rebuild is never called."""

    def refused(*args: object, **kwargs: object) -> None:
        raise AssertionError("the whole document was rebuilt")

    scenario = BASES[0]
    a = next(a for a, alt in enumerate(scenario.alternatives) if alt.effects)
    effects = f"alternatives[{a}].effects"
    monkeypatch.setattr(edits, "_rebuild", refused)
    monkeypatch.setattr(edits, "scenario_to_data", refused)
    first = scenario.alternatives[a].effects[0]
    item = first.model_dump(mode="json", exclude_none=True) | {"id": "nieuw"}
    added = edits.insert_item(scenario, effects, item, 0, CPI)
    assert added.alternatives[a].effects[0].id == "nieuw"
    moved = edits.move_item(added, effects, 0, 1, CPI)
    assert [e.id for e in moved.alternatives[a].effects[:2]] == [first.id, "nieuw"]
    renamed = edits.rename_id(moved, effects, 1, "anders", CPI)
    assert renamed.alternatives[a].effects[1].id == "anders"
    removed = edits.remove_item(renamed, effects, 1, CPI)
    assert removed.alternatives[a].effects == scenario.alternatives[a].effects
