"""Reading a large scenario file in steps, so that a window stays painted meanwhile.

``load_scenario`` validates the whole document in one call into pydantic's
core, which holds the Python interpreter for half a second on a 5 MB file:
a window waiting on a worker thread that runs it cannot even repaint.
``load_in_steps`` validates the alternatives one by one (a few
milliseconds each) and assembles the scenario from them; pydantic takes
the validated alternatives as they are. A valid file gives exactly the
scenario ``load_scenario`` gives; for any problem it falls back to
``load_scenario``'s own validation, so the refusal is the same too.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from sroi_app.domain.cpi import CpiTable
from sroi_app.domain.errors import ScenarioValidationError
from sroi_app.domain.models import Alternative, Scenario
from sroi_app.domain.validation import cross_check, scenario_from_data
from sroi_app.io.cpi import default_cpi
from sroi_app.io.migrations import migrate
from sroi_app.io.scenario_file import read_raw, scenario_from_raw


def load_in_steps(path: Path, cpi: CpiTable | None = None) -> Scenario:
    """``load_scenario(path, cpi)``, validated one alternative at a time."""
    cpi = cpi if cpi is not None else default_cpi()
    raw = read_raw(Path(path))
    if not isinstance(raw, dict) or not isinstance(raw.get("alternatives"), list):
        return scenario_from_raw(raw, cpi)  # the general way names the problem
    raw = migrate(raw)
    try:
        alternatives = [Alternative.model_validate(alt) for alt in raw["alternatives"]]
        scenario = Scenario.model_validate({**raw, "alternatives": alternatives})
    except ValidationError:
        return scenario_from_data(raw, cpi)  # raises, with every issue by path
    issues = cross_check(raw, cpi)
    if issues:
        raise ScenarioValidationError(issues)
    return scenario
