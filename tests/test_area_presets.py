"""Area-type presets and target groups: complete, sourced and usable in a derivation."""

from __future__ import annotations

import pytest

from sroi_app.domain.area_presets import AGE_BANDS, TARGET_GROUPS
from sroi_app.domain.derivation import evaluate
from sroi_app.domain.models import AREA_TYPES
from sroi_app.io.area_presets import default_presets


def test_every_area_type_and_target_group_loads() -> None:
    book = default_presets()
    assert sorted(a.id for a in book.area_types) == sorted(AREA_TYPES)
    assert sorted(g.id for g in book.target_groups) == sorted(TARGET_GROUPS)
    for area in book.area_types:
        assert area.population.value > 0 and area.persons_per_home.value > 1
        for key in (*TARGET_GROUPS, *AGE_BANDS):
            share = book.share(area.id, key)
            assert 0 < share.value < 1, (area.id, key)
            assert share.source and share.verification in ("checked", "derived", "unverified")
        assert area.name("nl") and area.name("en")


def test_checked_figures_carry_their_published_numbers() -> None:
    book = default_presets()
    assert book.group("reduced_mobility").share.value == 0.077
    assert book.group("reduced_mobility").share.verification == "checked"
    assert book.group("low_ses").share.value == 0.054
    assert book.share("aandachtswijk", "low_ses").value == 0.126
    assert "12,6%" in book.share("aandachtswijk", "low_ses").source


def test_population_of_a_group_is_population_times_share_with_its_derivation() -> None:
    book = default_presets()
    value, derivation = book.population("aandachtswijk", "low_ses")
    # 10,000 residents * 12.6% low financial welfare = 1,260.
    assert value == pytest.approx(1260.0)
    values = {i["name"]: i["value"] for i in derivation["inputs"]}  # type: ignore[index, union-attr]
    assert evaluate(str(derivation["formula"]), values) == value
    total, _ = book.population("woonwijk")
    assert total == 8000
    with pytest.raises(KeyError):
        book.area("suburb")
