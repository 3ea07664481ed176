"""The built-in pages of the main window, in the order of the work.

Importing this package registers them (``registry.register_page``); a
feature adds its page the same way with an ``order`` after Results (70).
"""

from __future__ import annotations

from sroi_app.ui.i18n import translate
from sroi_app.ui.pages import lists, project, results
from sroi_app.ui.registry import PageSpec, register_page

BUILTIN_PAGES = (
    PageSpec("project", lambda: translate("Pages", "Project"), project.create, 10),
    PageSpec(
        "stakeholders", lambda: translate("Pages", "Stakeholders"), lists.StakeholdersPage, 20
    ),
    PageSpec(
        "alternatives", lambda: translate("Pages", "Alternatives"), lists.AlternativesPage, 30
    ),
    PageSpec("costs", lambda: translate("Pages", "Costs"), lists.CostsPage, 40),
    PageSpec("effects", lambda: translate("Pages", "Effects"), lists.EffectsPage, 50),
    PageSpec("pm_items", lambda: translate("Pages", "PM posts"), lists.PmItemsPage, 60),
    PageSpec("results", lambda: translate("Pages", "Results"), results.create, 70),
)

for _spec in BUILTIN_PAGES:
    register_page(_spec)

# Pages of features register themselves when imported (orders after Results, 70).
from sroi_app.ui.pages import comparison, monitoring, sensitivity  # noqa: E402, F401
