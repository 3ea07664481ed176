"""The fixed vocabularies of the libraries: proxy domains and unit-cost categories.

Kept apart from ``proxy_library`` and ``unit_costs`` (which build pydantic
models) so that the command line can offer them as choices without loading
either library (issue 17: each command imports only what it needs).
"""

from __future__ import annotations

from typing import Literal

Domain = Literal["health", "social", "spatial", "environment", "economic"]
DOMAINS: tuple[Domain, ...] = ("health", "social", "spatial", "environment", "economic")

UnitCostCategory = Literal[
    "staff", "green", "paving", "play", "tree", "building", "programme", "other"
]
CATEGORIES: tuple[UnitCostCategory, ...] = (
    "staff",
    "green",
    "paving",
    "play",
    "tree",
    "building",
    "programme",
    "other",
)
