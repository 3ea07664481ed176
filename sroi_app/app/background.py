"""Which scenarios are too large to evaluate while the window waits.

Computing every metric of 20 alternatives x 500 effects over 100 years and
checking them for over-claiming takes a few hundred milliseconds: too long
to keep a window waiting after every typed value. The window evaluates a
scenario above ``BACKGROUND_ITEM_YEARS`` on its worker (``ui.jobs``, where a
request that has not started when a newer one arrives is dropped, so typing
fast never builds a backlog); scenarios are immutable, so handing one to the
thread is safe.
"""

from __future__ import annotations

from sroi_app.domain.models import Scenario

#: Scenarios with more item-years than this are evaluated in the background by the
#: app; smaller ones (every example, 3 x 70 items over 100 years) take a few
#: milliseconds and are evaluated at once, so results follow each keystroke.
BACKGROUND_ITEM_YEARS = 100_000


def item_years(scenario: Scenario) -> int:
    """The engine's work for a scenario: cost and effect rows times years."""
    items = sum(len(a.costs) + len(a.effects) for a in scenario.alternatives)
    return items * (scenario.settings.horizon_years + 1)
