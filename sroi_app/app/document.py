"""The open document: a scenario, the file it came from, and its evaluation.

``Document.new()`` is an empty but valid scenario; ``Document.open(path)``
reads a file (errors stay the typed ``ScenarioError``s of ``sroi_app.io``);
``save``/``save_as`` write atomically and keep the previous file as
``NAME.bak``. Whether there are unsaved changes is the undo history's
business (``QUndoStack.isClean`` in the app), not the document's.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from sroi_app.app.evaluation import Evaluation, computable, evaluate
from sroi_app.app.loading import load_in_steps
from sroi_app.domain.cpi import CpiTable
from sroi_app.domain.models import Scenario
from sroi_app.domain.validation import scenario_from_data
from sroi_app.io.cpi import default_cpi
from sroi_app.io.scenario_file import (
    SUFFIX,
    DiskStamp,
    FileChangedOnDiskError,
    changed_on_disk,
    disk_stamp,
    load_scenario,
    save_scenario,
)

DEFAULT_HORIZON = 30
DEFAULT_RATE = 0.0225  # NL standard, Werkgroep discontovoet 2020


def empty_scenario(
    name: str = "",
    year: int | None = None,
    reference_name: str = "Nulalternatief",
    stakeholder_name: str = "Gemeente",
    cpi: CpiTable | None = None,
) -> Scenario:
    """One nulalternatief, the municipality as stakeholder, NL 2.25% over 30 years.

    The price year is the start year, but no later than the last year of the CPI
    table: a new scenario does not open with a warning about an extrapolated index.
    """
    year = year if year is not None else datetime.date.today().year
    cpi = cpi if cpi is not None else default_cpi()
    price_year = min(year, cpi.last_year)
    return scenario_from_data(
        {
            "schema_version": 1,
            "name": name,
            "settings": {
                "start_year": year,
                "price_year": price_year,
                "horizon_years": DEFAULT_HORIZON,
                "discount_rate": DEFAULT_RATE,
            },
            "stakeholders": [{"id": "gemeente", "name": stakeholder_name, "kind": "gemeente"}],
            "alternatives": [
                {"id": "nul", "name": reference_name, "reference": True, "costs": [], "effects": []}
            ],
            "pm_items": [],
        },
        cpi,
    )


class Document:
    """A scenario being worked on; edits replace ``scenario`` with a new valid one."""

    def __init__(
        self, scenario: Scenario, path: Path | None = None, cpi: CpiTable | None = None
    ) -> None:
        self.scenario = scenario
        # Absolute, so that a save or a recovery copy does not depend on the working folder.
        self.path = Path(path).absolute() if path is not None else None
        self.cpi = cpi if cpi is not None else default_cpi()
        self._evaluation: Evaluation | None = None
        #: The file as this document last read or wrote it (two windows on one file).
        self.stamp: DiskStamp | None = None

    @classmethod
    def new(
        cls,
        name: str = "",
        year: int | None = None,
        cpi: CpiTable | None = None,
        reference_name: str = "Nulalternatief",
        stakeholder_name: str = "Gemeente",
    ) -> Document:
        """An empty but valid document (see ``empty_scenario``) without a file."""
        scenario = empty_scenario(name, year, reference_name, stakeholder_name, cpi)
        return cls(scenario, None, cpi)

    @classmethod
    def open(cls, path: Path, cpi: CpiTable | None = None, *, in_steps: bool = False) -> Document:
        """Read a file; raises ``ScenarioError`` subclasses, never leaves a half document.

        ``in_steps`` validates alternative by alternative (``app.loading``): the same
        document, for a worker thread that should not hold up the window.
        """
        cpi = cpi if cpi is not None else default_cpi()
        stamp = disk_stamp(Path(path))
        scenario = (load_in_steps if in_steps else load_scenario)(Path(path), cpi)
        computable(scenario, cpi)  # a valid file whose numbers overflow is refused too
        document = cls(scenario, Path(path).absolute(), cpi)
        document.stamp = stamp
        return document

    def save(self, *, overwrite: bool = False) -> Path:
        """Write to the current file (atomic, with ``.bak``).

        Raises ``FileChangedOnDiskError`` when the file holds other content
        than this document last read or wrote (another window or program
        saved it meanwhile), unless ``overwrite``.
        """
        if self.path is None:
            raise ValueError("the document has no file yet: use save_as")
        return self.save_as(self.path, overwrite=overwrite)

    def save_as(self, path: Path, *, overwrite: bool = False) -> Path:
        path = Path(path)
        if not path.name.endswith(SUFFIX) and path.suffix.lower() != ".json":
            path = path.with_name(path.name + SUFFIX)
        same_file = self.path is not None and path.absolute() == self.path
        if same_file and not overwrite and changed_on_disk(path, self.stamp):
            raise FileChangedOnDiskError(path)
        save_scenario(self.scenario, path)
        self.path = path.absolute()
        self.stamp = disk_stamp(path)
        return self.path

    @property
    def title(self) -> str:
        """What the window title shows: the scenario's name, else the file name."""
        if self.scenario.name.strip():
            return self.scenario.name.strip()
        if self.path is not None:
            return self.path.name.removesuffix(SUFFIX)
        return ""

    def evaluate(self) -> Evaluation:
        """The results of the current scenario (computed once per version)."""
        if self._evaluation is None or self._evaluation.scenario is not self.scenario:
            self._evaluation = evaluate(self.scenario, self.cpi)
        return self._evaluation
