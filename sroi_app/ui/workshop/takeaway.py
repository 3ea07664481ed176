"""The workshop's one-line takeaway, and the chance that the NPV is positive.

Under the tiles: "Elke euro levert € 1,48 op" (the SROI ratio as money per
euro of costs) and, when the scenario has ranges, "kans op een positieve
NCW: 87%", from a Monte Carlo simulation of the ranges with the sliders'
values. The simulation runs in the background (``BackgroundTask``) a moment
after the last slider move, so the sliders stay fast; a newer move drops
the running one. Until it is back, the line says the chance is being
worked out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from sroi_app.calc import AlternativeResult
from sroi_app.calc.montecarlo import DEFAULT_SEED, MonteCarloResult, monte_carlo
from sroi_app.calc.parameters import uncertain_parameters
from sroi_app.domain.cpi import CpiTable
from sroi_app.domain.formatting import Lang, format_money, format_number, format_percent
from sroi_app.domain.models import Scenario
from sroi_app.ui.i18n import translate
from sroi_app.ui.jobs import BackgroundTask, Progress

# Draws of the workshop's chance: enough for a percentage, quick enough to follow the room.
DRAWS = 2000
# Quiet time after the last slider move before the simulation starts.
DELAY_MS = 250


def takeaway_text(result: AlternativeResult | None, lang: Lang) -> str:
    """ "Elke euro levert € 1,48 op", or empty without a ratio (no costs)."""
    if result is None or result.sroi_ratio is None:
        return ""
    return translate("Workshop", "Every euro returns {amount}").format(
        amount=format_money(result.sroi_ratio, lang, 2)
    )


@dataclass(frozen=True, eq=False)
class Request:
    """What a chance is for: ``key`` names the values (equal keys, equal scenarios)."""

    key: object
    scenario: Scenario
    alternative_id: str

    def same(self, other: Request | None) -> bool:
        return other is not None and other.key == self.key


class TakeawayLine(QLabel):
    """The takeaway and the chance, for the view's current variant and values."""

    def __init__(self, cpi: CpiTable, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wsTakeaway")
        # One line of a fixed height, shown or empty: the arriving chance moves nothing.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.cpi = cpi
        self.lang = lang
        self.takeaway = ""
        # The chance for ``chance_for`` (a scenario and variant), or None.
        self.chance: float | None = None
        self.chance_for: Request | None = None
        self._request: Request | None = None
        self._key: object = object()  # no key yet
        self.task = BackgroundTask(self)
        self.task.finished.connect(self._simulated)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self._start)

    def show_for(
        self,
        key: object,
        scenario: Callable[[], Scenario],
        alternative_id: str | None,
        result: AlternativeResult | None,
    ) -> None:
        """The takeaway at once; the chance after a quiet moment, in the background.

        ``key`` identifies the values and the variant: the same key, the same chance
        (``scenario()`` builds the scenario with the values only for a new key).
        """
        self.takeaway = takeaway_text(result, self.lang)
        if key != self._key:
            self._key = key
            built = scenario() if alternative_id is not None else None
            ranged = built is not None and bool(uncertain_parameters(built))
            request = (
                Request(key, built, alternative_id)
                if ranged and built is not None and alternative_id is not None
                else None
            )
            self._request = request
            self.task.cancel()
            if request is not None:
                self._timer.start()
            else:
                self._timer.stop()
        self._show()

    def pending(self) -> bool:
        return self._request is not None and not self._request.same(self.chance_for)

    def _start(self) -> None:
        request = self._request
        if request is None:
            return
        cpi = self.cpi

        def run(progress: Progress) -> tuple[Request, MonteCarloResult]:
            return request, monte_carlo(request.scenario, cpi, DRAWS, DEFAULT_SEED, progress)

        self.task.start(run)

    def _simulated(self, outcome: object) -> None:
        assert isinstance(outcome, tuple)
        request: Request = outcome[0]
        simulation: MonteCarloResult = outcome[1]
        if not request.same(self._request):
            return
        found = next(
            (s for s in simulation.results if s.alternative_id == request.alternative_id), None
        )
        self.chance = found.prob_npv_positive if found is not None else None
        self.chance_for = request
        self._show()

    def _show(self) -> None:
        parts = [self.takeaway] if self.takeaway else []
        if self._request is not None:
            if self.pending():
                parts.append(translate("Workshop", "chance of a positive NPV: being worked out…"))
            elif self.chance is not None:
                parts.append(
                    translate("Workshop", "chance of a positive NPV: {chance}").format(
                        chance=format_percent(self.chance, self.lang, 0)
                    )
                )
        text = "  \u00b7  ".join(parts)
        self.setText(text)
        self.setToolTip(
            translate(
                "Workshop",
                "The chance comes from {draws} draws of every range in the document,"
                " with the sliders' values.",
            ).format(draws=format_number(DRAWS, 0, self.lang))
            if self._request is not None
            else ""
        )
