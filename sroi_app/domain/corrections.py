"""The corrections of an effect's value: one table, read by every part of the program.

Contract section 4 takes an effect's yearly value down by its corrections:

    quantity * proxy_value * index * (1 - deadweight) * (1 - displacement)
      * (1 - attribution) * (1 - drop_off)^(t - first_year) * ramp_t

Each correction is defined here once: its field, its kind, its neutral value
(the value that leaves the effect as it is) and its name and explanation in
Dutch and English. The engine (``calc.flows``, ``calc.batch``), monitoring,
the workbook's formulas and columns, the value map, the ranges, the sliders
and the Qt table columns all read ``CORRECTIONS``; adding a correction here
(and its field on ``models.Effect``) makes all of them follow, which
``tests/test_corrections.py`` shows with a dummy correction.

Kinds:

- ``share``: a fraction in [0, 1] of the value that is not the
  intervention's own (deadweight, displacement, attribution); the value is
  multiplied by ``1 - share``, in every year, measured years included.
- ``decay``: a fraction lost each year after the first (drop-off); a
  forecast of how the quantity develops, so not applied to a measurement.
- ``years``: a number of whole years (ramp-up); also a forecast only.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
from numpy.typing import ArrayLike, NDArray

Kind = Literal["share", "decay", "years"]


@dataclass(frozen=True)
class Correction:
    """One correction of an effect's value."""

    field: str
    kind: Kind
    neutral: float
    label_nl: str
    label_en: str
    help_nl: str
    help_en: str
    #: A range on it is allowed (contract section 9).
    ranged: bool = True

    def label(self, lang: str = "nl") -> str:
        return self.label_nl if lang == "nl" else self.label_en

    def help(self, lang: str = "nl") -> str:
        return self.help_nl if lang == "nl" else self.help_en

    @property
    def is_fraction(self) -> bool:
        return self.kind in ("share", "decay")


CORRECTIONS: tuple[Correction, ...] = (
    Correction(
        "deadweight",
        "share",
        0.0,
        "Deadweight",
        "Deadweight",
        "Deel dat ook zonder de ingreep was gebeurd.",
        "Share that would have happened anyway.",
    ),
    Correction(
        "displacement",
        "share",
        0.0,
        "Verplaatsing (displacement)",
        "Displacement",
        "Deel dat alleen van elders is verplaatst.",
        "Share that only moved from elsewhere.",
    ),
    Correction(
        "attribution",
        "share",
        0.0,
        "Attributie",
        "Attribution",
        "Deel dat aan anderen dan deze ingreep toe te schrijven is.",
        "Share owed to others than this intervention.",
    ),
    Correction(
        "drop_off",
        "decay",
        0.0,
        "Drop-off per jaar",
        "Drop-off per year",
        "Jaarlijkse afname van het effect na het eerste jaar.",
        "Yearly decline of the effect after its first year.",
    ),
    Correction(
        "ramp_up_years",
        "years",
        0.0,
        "Ingroeijaren",
        "Ramp-up years",
        "Jaren tot het effect zijn volle omvang heeft.",
        "Years until the effect reaches its full size.",
        ranged=False,
    ),
)


def corrections(kind: Kind | None = None) -> tuple[Correction, ...]:
    """The corrections (of one kind), read at call time so that a new one is seen."""
    return tuple(c for c in CORRECTIONS if kind is None or c.kind == kind)


def share_fields() -> tuple[str, ...]:
    """The fields that multiply the value by ``1 - share`` (deadweight, ...)."""
    return tuple(c.field for c in corrections("share"))


def fraction_fields() -> tuple[str, ...]:
    """Every correction that is a fraction in [0, 1] (shares and drop-off)."""
    return tuple(c.field for c in CORRECTIONS if c.is_fraction)


def correction(field: str) -> Correction | None:
    return next((c for c in CORRECTIONS if c.field == field), None)


def retained(values: Mapping[str, ArrayLike]) -> NDArray[np.float64]:
    """``prod (1 - share)`` over the share corrections, for arrays that broadcast."""
    factor: NDArray[np.float64] = np.asarray(1.0)
    for field in share_fields():
        factor = factor * (1.0 - np.asarray(values[field], dtype=float))
    return factor


def share_values(item: Any) -> dict[str, float]:
    """The share corrections of one effect (a missing one at its neutral value)."""
    return {c.field: float(getattr(item, c.field, c.neutral)) for c in corrections("share")}
