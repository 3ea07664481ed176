"""Reading the unit-cost library (``resources/unit_costs.json``)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from sroi_app.domain.unit_costs import UnitCostLibrary
from sroi_app.io.resources import read_model_file, resource_path


def read_unit_costs(path: Path) -> UnitCostLibrary:
    """Read and validate a unit-cost library file; ``ScenarioFileError`` names the problem."""
    return read_model_file(path, UnitCostLibrary, "unit_costs")


@lru_cache(maxsize=1)
def default_unit_costs() -> UnitCostLibrary:
    """The bundled unit costs (read once per process)."""
    return read_unit_costs(resource_path("unit_costs.json"))
