"""The workshop: steer a scenario's assumptions live without touching the document.

A facilitator picks a few parameters of the variant under discussion (a
quantity, a proxy value, a deadweight, a duration, a cost, the discount
rate) and moves them on sliders while the room argues. ``WorkshopState``
keeps the document as it was, the slider values that differ from it, the
parameters picked, and a frozen baseline. Every change recomputes a working
copy of the scenario (``with_parameter`` for each moved value, then the
engine's ``compute``), so the room sees the engine's own numbers. Nothing
changes the document except ``variant_edit``: one undoable ``Edit`` that
adds a copy of the current alternative with the slider values applied.

The sliders themselves (spans, steps, keys) are in ``sroi_app.app.sliders``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sroi_app.app import edits
from sroi_app.app.commands import Edit
from sroi_app.app.jsonpath import resolve
from sroi_app.app.sliders import (
    RATE_KEY,
    Key,
    Knob,
    SpanKind,
    candidates,
    document_value,
    format_value,
    key_of,
    knob_label,
    make_knob,
    path_of,
)
from sroi_app.calc import AlternativeResult, ScenarioResult, compute
from sroi_app.calc.uncertainty import one_way, with_parameter
from sroi_app.domain.cpi import CpiTable
from sroi_app.domain.derivation import evaluate
from sroi_app.domain.formatting import (
    Lang,
    format_money,
    format_number,
    format_ratio,
    format_years,
)
from sroi_app.domain.models import Alternative, Scenario
from sroi_app.domain.parameters import WHOLE_YEARS

__all__ = [
    "KPI_KEYS",
    "RATE_KEY",
    "Baseline",
    "Key",
    "Knob",
    "SpanKind",
    "WorkshopState",
    "delta",
    "delta_tone",
    "format_delta",
    "format_value",
    "knob_label",
    "kpi_text",
    "kpi_tone",
]

#: The headline figures of the workshop view, in the order of its tiles.
KPI_KEYS = ("npv", "sroi_ratio", "pv_costs", "pv_benefits", "payback_years")
#: Which way is better, for the colour of a difference to the baseline.
HIGHER_IS_BETTER = {
    "npv": True,
    "sroi_ratio": True,
    "pv_costs": False,
    "pv_benefits": True,
    "payback_years": False,
}
DEFAULT_PICKS = 4


# -- numbers for people -----------------------------------------------------------------------


def kpi_text(key: str, result: AlternativeResult, lang: Lang, horizon_years: int) -> str:
    """A headline figure as a tile shows it; a payback beyond the horizon as ``> 20 jaar``."""
    value = getattr(result, key)
    if key in ("npv", "pv_costs", "pv_benefits"):
        return format_money(value, lang)
    if key == "sroi_ratio":
        return format_ratio(value, lang)
    if value is None:
        return f"> {horizon_years} {'jaar' if lang == 'nl' else 'years'}"
    return format_years(value, lang)


def kpi_tone(key: str, result: AlternativeResult) -> str:
    """``good``/``bad`` for the NPV and the ratio (break-even is the line), else empty."""
    if key == "npv":
        return "good" if result.npv >= 0 else "bad"
    if key == "sroi_ratio" and result.sroi_ratio is not None:
        return "good" if result.sroi_ratio >= 1 else "bad"
    if key == "payback_years" and result.payback_years is None:
        return "bad"
    return ""


def delta(key: str, current: AlternativeResult, baseline: AlternativeResult) -> float | None:
    """``current - baseline`` for a KPI; None when either has no value."""
    now, then = getattr(current, key), getattr(baseline, key)
    if now is None or then is None:
        return None
    return float(now) - float(then)


def format_delta(key: str, value: float | None, lang: Lang = "nl") -> str:
    """A signed difference: ``+€ 12.345``, ``−0,12``, ``+1,5 jaar``; ``–`` when unknown."""
    if value is None:
        return "\u2013"
    if key in ("npv", "pv_costs", "pv_benefits"):
        decimals = 0
        text = format_money(abs(value), lang)
    elif key == "payback_years":
        decimals = 1
        text = format_years(abs(value), lang)
    else:
        decimals = 2
        text = format_number(abs(value), 2, lang)
    if round(value, decimals) == 0:
        return "\u00b1" + text
    return ("+" if value > 0 else "\u2212") + text


def delta_tone(key: str, value: float | None) -> str:
    """``good``, ``bad`` or empty (no difference worth a colour)."""
    if value is None:
        return ""
    decimals = (
        0 if key in ("npv", "pv_costs", "pv_benefits") else (1 if key == "payback_years" else 2)
    )
    if round(value, decimals) == 0:
        return ""
    return "good" if (value > 0) == HIGHER_IS_BETTER[key] else "bad"


# -- the state of a workshop ------------------------------------------------------------------


@dataclass(frozen=True)
class Baseline:
    """Results frozen for comparison; ``aliases`` lend a saved variant its source's baseline."""

    result: ScenarioResult
    from_document: bool
    aliases: dict[str, str] = field(default_factory=dict)

    def of(self, alternative_id: str) -> AlternativeResult | None:
        wanted = self.aliases.get(alternative_id, alternative_id)
        return next((r for r in self.result.results if r.alternative_id == wanted), None)


class WorkshopState:
    """The document, the values moved in the workshop, the sliders picked, and a baseline."""

    def __init__(
        self,
        document: Scenario,
        cpi: CpiTable,
        alternative_id: str | None = None,
        picks: Iterable[Key] = (),
    ) -> None:
        self.document = document
        self.cpi = cpi
        self.values: dict[Key, float] = {}
        self.picks: list[Key] = []
        self.result = compute(document, cpi)
        self.baseline = Baseline(self.result, True)
        variants = [a.id for a in document.variants]
        self.alternative_id: str | None = (
            alternative_id if alternative_id in variants else (variants[0] if variants else None)
        )
        for key in picks:
            self.pick(key)

    # -- alternatives ----------------------------------------------------------------------

    @property
    def variants(self) -> list[Alternative]:
        """The alternatives with results (not the nulalternatief), numbered 1, 2, ..."""
        return self.document.variants

    @property
    def alternative(self) -> Alternative | None:
        return next((a for a in self.variants if a.id == self.alternative_id), None)

    def select(self, alternative_id: str) -> None:
        if alternative_id not in {a.id for a in self.variants}:
            raise KeyError(alternative_id)
        self.alternative_id = alternative_id

    def select_number(self, number: int) -> bool:
        """Show variant ``number`` (1-based); False when there is no such variant."""
        variants = self.variants
        if not 1 <= number <= len(variants):
            return False
        self.alternative_id = variants[number - 1].id
        return True

    # -- parameters ------------------------------------------------------------------------

    def candidates(self) -> list[Knob]:
        """What the picker offers for the current alternative."""
        return candidates(self.document, self.alternative_id) if self.alternative_id else []

    def knob(self, key: Key) -> Knob | None:
        return make_knob(self.document, key)

    def knobs(self) -> list[Knob]:
        """The sliders of the current alternative (and the discount rate), in the order picked."""
        shown = [k for k in self.picks if k.alternative_id in ("", self.alternative_id)]
        knobs = (self.knob(key) for key in shown)
        return [k for k in knobs if k is not None]

    def is_picked(self, key: Key) -> bool:
        return key in self.picks

    def pick(self, key: Key) -> bool:
        """Add a slider; False when the parameter has none or is shown already."""
        if key in self.picks or self.knob(key) is None:
            return False
        self.picks.append(key)
        return True

    def unpick(self, key: Key) -> None:
        """Remove a slider; its parameter goes back to the document's value."""
        if key in self.picks:
            self.picks.remove(key)
        if self.values.pop(key, None) is not None:
            self._recompute()

    def suggest(self, count: int = DEFAULT_PICKS) -> list[Key]:
        """The parameters that move the current variant's NPV most over their ranges.

        The tornado of the sensitivity engine (ranges from the document only);
        without ranges: the largest cost's amount, the quantity and proxy
        value of the effect worth most, and the discount rate.
        """
        alternative = self.alternative
        if alternative is None:
            return []
        ours = {"", alternative.id}
        keys: list[Key] = []
        sensitivity = next(
            (
                s
                for s in one_way(self.document, self.cpi, result=self.result, switching=False)
                if s.alternative_id == alternative.id
            ),
            None,
        )
        for entry in sensitivity.tornado if sensitivity is not None else ():
            key = key_of(self.document, entry.path)
            if entry.affects and entry.swing > 0 and key.alternative_id in ours:
                keys.append(key)
        if not keys:
            result = self.result.result(alternative.id)
            effects = sorted(alternative.effects, key=lambda e: -abs(result.by_effect[e.id]))
            costs = sorted(alternative.costs, key=lambda c: -abs(c.amount))
            keys += [Key("cost", "amount", alternative.id, c.id) for c in costs[:1]]
            keys += [
                Key("effect", f, alternative.id, e.id)
                for e in effects[:1]
                for f in ("quantity", "proxy.value")
            ]
            keys.append(RATE_KEY)
        return [k for k in keys if self.knob(k) is not None][:count]

    # -- values ----------------------------------------------------------------------------

    def value(self, key: Key) -> float:
        """The parameter's value in the workshop (the document's unless moved)."""
        return self.values.get(key, document_value(self.document, key))

    def set_value(self, key: Key, value: float) -> float:
        """Move a parameter (kept within its slider's span) and recompute; the value used."""
        knob = self.knob(key)
        if knob is None:
            raise KeyError(key)
        value = knob.clamp(value)
        if value == knob.value:
            changed = self.values.pop(key, None) is not None
        else:
            changed = self.values.get(key) != value
            self.values[key] = value
        if changed:
            self._recompute()
        return value

    def set_position(self, key: Key, position: int) -> float:
        """Move a parameter to a slider position; the value used."""
        knob = self.knob(key)
        if knob is None:
            raise KeyError(key)
        return self.set_value(key, knob.value_at(position))

    def working_scenario(self) -> Scenario:
        """The document with every moved value applied (not validated; the values are in span)."""
        scenario = self.document
        for key, value in sorted(self.values.items()):
            path = path_of(scenario, key)
            if path is not None:
                scenario = with_parameter(scenario, path, value)
        return scenario

    def _recompute(self) -> None:
        self.result = compute(self.working_scenario(), self.cpi)

    def reset(self) -> None:
        """Every parameter back to the document's value (the sliders stay)."""
        if self.values:
            self.values.clear()
            self._recompute()

    def changed(self, alternative_id: str | None = None) -> list[Key]:
        """The moved parameters that change an alternative's numbers (default: the current)."""
        alternative_id = alternative_id if alternative_id is not None else self.alternative_id
        return [k for k in self.values if k.alternative_id in ("", alternative_id)]

    def differs_from_document(self, alternative_id: str | None = None) -> bool:
        return bool(self.changed(alternative_id))

    # -- results ---------------------------------------------------------------------------

    def current(self) -> AlternativeResult | None:
        """The current alternative's results with the workshop's values."""
        if self.alternative_id is None:
            return None
        return next(
            (r for r in self.result.results if r.alternative_id == self.alternative_id), None
        )

    def baseline_result(self) -> AlternativeResult | None:
        return self.baseline.of(self.alternative_id) if self.alternative_id else None

    def freeze_baseline(self) -> None:
        """The numbers as they are now become the baseline of every alternative."""
        self.baseline = Baseline(self.result, not self.values)

    def deltas(self) -> dict[str, float | None]:
        """Per KPI: the current alternative against its baseline."""
        current, baseline = self.current(), self.baseline_result()
        if current is None or baseline is None:
            return dict.fromkeys(KPI_KEYS)
        return {key: delta(key, current, baseline) for key in KPI_KEYS}

    # -- saving as a variant, following the document -----------------------------------------

    def variant_edit(self, name: str, agreed: str = "workshop") -> tuple[Edit, str]:
        """One undoable edit adding a copy of the current alternative with the workshop's values.

        The copy comes right after its source, with a new id; the moved values
        of the current alternative are written into it. A moved discount rate
        applies to the whole scenario, so it is written into the settings (its
        preset label, no longer true, is cleared). The new document computes
        the copy to exactly the numbers the workshop shows. A moved quantity that
        has a derivation keeps it in step: the derivation gains the input
        ``workshop_choice`` (new value / derived value, its source ``agreed``),
        so the room's value reads as a deliberate choice, not as a quantity that
        departs from its derivation. Raises ``ScenarioValidationError`` if the
        result is refused.
        """
        alternative = self.alternative
        if alternative is None:
            raise KeyError("no alternative to save")
        index = self.document.alternatives.index(alternative)
        copied = edits.duplicate_alternative(self.document, index, "", self.cpi)
        new_id = copied.alternatives[index + 1].id
        values: dict[str, object] = {
            f"alternatives[{index + 1}].name": name.strip() or alternative.name
        }
        for key in self.changed(alternative.id):
            value = self.values[key]
            number: float | int = int(value) if key.field in WHOLE_YEARS else float(value)
            if key == RATE_KEY:
                values["settings.discount_rate"] = number
                values["settings.discount_rate_label"] = None
                continue
            path = path_of(copied, Key(key.kind, key.field, new_id, key.item_id))
            assert path is not None
            values[path] = number
            if key.field == "quantity":
                kept = _agreed_derivation(copied, path, float(number), agreed)
                if kept is not None:
                    values[path.removesuffix(".quantity") + ".quantity_derivation"] = kept
        after = edits.set_values(copied, values, self.cpi)
        edit = Edit(
            "insert", "alternatives", self.document, after, {"id": new_id, "workshop": True}
        )
        return edit, new_id

    def rebase(self, document: Scenario) -> None:
        """Follow a changed document: keep what still exists, within its (new) span.

        The baseline stays as frozen: it is a record of numbers, not of values.
        """
        self.document = document
        values: dict[Key, float] = {}
        for key, value in self.values.items():
            knob = self.knob(key)
            if knob is not None and knob.clamp(value) != knob.value:
                values[key] = knob.clamp(value)
        self.values = values
        self.picks = [k for k in self.picks if self.knob(k) is not None]
        variants = [a.id for a in document.variants]
        if self.alternative_id not in variants:
            self.alternative_id = variants[0] if variants else None
        self._recompute()

    def adopt_variant(self, document: Scenario, source_id: str, new_id: str) -> None:
        """After ``variant_edit`` was applied: show the new variant, its source as in the document.

        The new variant gets its source's sliders (now at their document
        values) and its source's baseline, so the differences still read
        against what the room froze.
        """
        self.values = {k: v for k, v in self.values.items() if k.alternative_id != source_id}
        aliases = {**self.baseline.aliases, new_id: self.baseline.aliases.get(source_id, source_id)}
        self.baseline = Baseline(self.baseline.result, self.baseline.from_document, aliases)
        picks: list[Key] = []
        for key in self.picks:
            picks.append(key)
            if key.alternative_id == source_id:
                picks.append(Key(key.kind, key.field, new_id, key.item_id))
        self.picks = picks
        self.rebase(document)
        self.select(new_id)


WORKSHOP_INPUT = "workshop_choice"


def _agreed_derivation(
    scenario: Scenario, quantity_path: str, value: float, agreed: str
) -> dict[str, object] | None:
    """The effect's derivation with the room's value as a factor on it (None: none kept).

    ``(formula) * workshop_choice`` with ``workshop_choice = value / derived``, so
    the derivation gives the agreed value; a second workshop replaces the factor.
    A derivation that gives 0 cannot be scaled: its formula becomes the agreed
    value itself, the old formula kept in its note.
    """
    item = resolve(scenario, quantity_path.removesuffix(".quantity"))
    derivation = getattr(item, "quantity_derivation", None)
    if derivation is None:
        return None
    data: dict[str, Any] = derivation.model_dump(mode="json", exclude_none=True)
    inputs = [i for i in data.get("inputs", []) if i["name"] != WORKSHOP_INPUT]
    formula = str(data["formula"])
    factor_before = next((i.value for i in derivation.inputs if i.name == WORKSHOP_INPUT), None)
    if factor_before is not None:  # undo the earlier workshop's factor
        formula = formula.removesuffix(f" * {WORKSHOP_INPUT}").removeprefix("(").removesuffix(")")
    base = evaluate(formula, {str(i["name"]): float(i["value"]) for i in inputs})
    if base == value and factor_before is None:
        return None
    if base == 0:
        data["note"] = f"{data.get('note', '')} {agreed}: {formula}".strip()
        data["formula"] = WORKSHOP_INPUT
        inputs.append({"name": WORKSHOP_INPUT, "value": value, "source": agreed})
    else:
        data["formula"] = f"({formula}) * {WORKSHOP_INPUT}"
        inputs.append({"name": WORKSHOP_INPUT, "value": value / base, "source": agreed})
    data["inputs"] = inputs
    return data
