"""Effect-chain templates: a worked chain with inputs, formula, proxy and corrections.

A template (``resources/templates.json``, described in docs/templates.md)
holds named inputs with their sources, and one or more effects whose
quantity is a formula over those inputs (``sroi_app.domain.derivation``).
``sroi_app.app.templates`` turns a template into complete effect dicts for a
scenario; this module only describes and checks the data.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from sroi_app.domain.derivation import FormulaError, formula_names
from sroi_app.domain.evidence import entry_by_id
from sroi_app.domain.models import STAKEHOLDER_KINDS

Lang = Literal["nl", "en"]
#: Corrections a template may give a range (contract section 9 names).
RANGED_FIELDS = ("deadweight", "displacement", "attribution", "drop_off", "duration_years")


class _Data(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class TemplateInput(_Data):
    """A named input of the template's formulas, with its source and range."""

    name: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    label_nl: str = Field(min_length=1)
    label_en: str = Field(min_length=1)
    value: float
    low: float | None = None
    high: float | None = None
    unit_nl: str = ""
    unit_en: str = ""
    source: str = Field(min_length=5)
    verification: Literal["checked", "derived", "unverified"]

    @model_validator(mode="after")
    def _ordered(self) -> TemplateInput:
        if (self.low is None) != (self.high is None):
            raise PydanticCustomError(
                "range", "give both low and high or neither ({n})", {"n": self.name}
            )
        if (
            self.low is not None
            and self.high is not None
            and not self.low <= self.value <= self.high
        ):
            raise PydanticCustomError(
                "range_central", "low <= value <= high fails ({n})", {"n": self.name}
            )
        return self

    def label(self, lang: Lang) -> str:
        return self.label_nl if lang == "nl" else self.label_en

    def unit(self, lang: Lang) -> str:
        return self.unit_nl if lang == "nl" else self.unit_en


class FieldRange(_Data):
    low: float
    high: float
    distribution: Literal["triangular", "pert", "uniform", "normal"] = "triangular"


class TemplateEffect(_Data):
    """One effect of a template: chain, indicator, formula, proxy and corrections."""

    key: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    name_nl: str = Field(min_length=1)
    name_en: str = Field(min_length=1)
    chain_nl: tuple[str, ...] = Field(min_length=2, strict=False)
    chain_en: tuple[str, ...] = Field(min_length=2, strict=False)
    indicator_nl: str = Field(min_length=1)
    indicator_en: str = Field(min_length=1)
    beneficiary_kind: str
    formula: str
    unit_nl: str = Field(min_length=1)
    unit_en: str = Field(min_length=1)
    proxy_id: str
    proxy_sign: Literal[1, -1] = 1
    first_year: int = Field(default=1, ge=0)
    duration_years: int = Field(ge=1)
    ramp_up_years: int = Field(default=0, ge=0)
    deadweight: float = Field(ge=0, le=1)
    displacement: float = Field(ge=0, le=1)
    attribution: float = Field(ge=0, le=1)
    drop_off: float = Field(ge=0, le=1)
    ranges: dict[str, FieldRange] = Field(default_factory=dict, strict=False)
    #: Relative low/high of the quantity (its inputs are uncertain together).
    quantity_range: tuple[float, float] = Field(strict=False)
    evidence: str = Field(min_length=10)

    @model_validator(mode="after")
    def _checks(self) -> TemplateEffect:
        if self.beneficiary_kind not in STAKEHOLDER_KINDS:
            raise PydanticCustomError(
                "kind", "unknown stakeholder kind {k}", {"k": self.beneficiary_kind}
            )
        unknown = set(self.ranges) - set(RANGED_FIELDS)
        if unknown:
            raise PydanticCustomError("ranges", "no range allowed on {f}", {"f": sorted(unknown)})
        for name, r in self.ranges.items():
            central = float(getattr(self, name))
            if not r.low <= central <= r.high:
                raise PydanticCustomError(
                    "range_central", "{f}: low <= value <= high fails", {"f": name}
                )
        low, high = self.quantity_range
        if not 0 <= low <= 1 <= high:
            raise PydanticCustomError(
                "quantity_range", "quantity_range must satisfy 0 <= low <= 1 <= high", {}
            )
        try:
            formula_names(self.formula)
        except FormulaError as exc:
            raise PydanticCustomError(
                "formula", "{key}: {msg}", {"key": self.key, "msg": str(exc)}
            ) from exc
        return self


class TemplatePm(_Data):
    """A PM post the template suggests (named, not valued)."""

    name_nl: str
    name_en: str
    beneficiary_kind: str
    sign: Literal["+", "-", "?"]
    note_nl: str = ""
    note_en: str = ""


class EffectTemplate(_Data):
    """A complete effect chain (one or more effects) with inputs and sources."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    name_nl: str
    name_en: str
    description_nl: str
    description_en: str
    area_types: tuple[str, ...] = Field(default=(), strict=False)
    target_groups: tuple[str, ...] = Field(default=(), strict=False)
    inputs: tuple[TemplateInput, ...] = Field(strict=False)
    effects: tuple[TemplateEffect, ...] = Field(min_length=1, strict=False)
    pm_items: tuple[TemplatePm, ...] = Field(default=(), strict=False)

    @model_validator(mode="after")
    def _names(self) -> EffectTemplate:
        names = [i.name for i in self.inputs]
        if len(names) != len(set(names)):
            raise PydanticCustomError(
                "duplicate_input", "duplicate input names in {id}", {"id": self.id}
            )
        keys = [e.key for e in self.effects]
        if len(keys) != len(set(keys)):
            raise PydanticCustomError(
                "duplicate_key", "duplicate effect keys in {id}", {"id": self.id}
            )
        for effect in self.effects:
            missing = formula_names(effect.formula) - set(names)
            if missing:
                raise PydanticCustomError(
                    "formula_unknown_name",
                    "{id}.{key}: unknown inputs {names}",
                    {"id": self.id, "key": effect.key, "names": sorted(missing)},
                )
        return self

    def name(self, lang: Lang) -> str:
        return self.name_nl if lang == "nl" else self.name_en

    def description(self, lang: Lang) -> str:
        return self.description_nl if lang == "nl" else self.description_en

    def input(self, name: str) -> TemplateInput:
        return next(i for i in self.inputs if i.name == name)


class TemplateSet(_Data):
    schema_version: Literal[1] = 1
    templates: tuple[EffectTemplate, ...] = Field(strict=False)

    @model_validator(mode="after")
    def _unique(self) -> TemplateSet:
        ids = [t.id for t in self.templates]
        if len(ids) != len(set(ids)):
            raise PydanticCustomError("duplicate_id", "duplicate template ids", {})
        return self

    def get(self, template_id: str) -> EffectTemplate:
        return entry_by_id(self.templates, template_id, "template", "")
