"""Turning raw data into a valid ``Scenario``, with every problem named by path.

``scenario_from_data`` is the one way to build a scenario from JSON-like data
(files, the app's edit commands, the workshop's variants). It runs the
pydantic field checks and the whole-document cross-checks on the raw data,
so a file with several kinds of problems gets all of them reported at once.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from pydantic import BaseModel, ValidationError

from sroi_app.domain import collector
from sroi_app.domain.cpi import CpiTable
from sroi_app.domain.derivation import FormulaError, formula_names
from sroi_app.domain.errors import Issue, ScenarioValidationError, format_path
from sroi_app.domain.models import (
    COST_PARAMETERS,
    EFFECT_PARAMETERS,
    CostItem,
    Effect,
    Scenario,
)
from sroi_app.domain.parameters import range_limit
from sroi_app.domain.text_checks import text_issues

_TYPE_MESSAGES = {
    "missing": ("required", "is required"),
    "float_type": ("number", "must be a number"),
    "float_parsing": ("number", "must be a number"),
    "finite_number": ("number", "must be a finite number"),
    "int_type": ("integer", "must be a whole number"),
    "int_parsing": ("integer", "must be a whole number"),
    "int_from_float": ("integer", "must be a whole number"),
    "string_type": ("text", "must be text"),
    "bool_type": ("boolean", "must be true or false"),
    "bool_parsing": ("boolean", "must be true or false"),
    "list_type": ("list", "must be a list"),
    "tuple_type": ("list", "must be a list"),
    "dict_type": ("object", "must be an object"),
    "model_type": ("object", "must be an object"),
    "model_attributes_type": ("object", "must be an object"),
    "too_short": ("too_short", "must have at least one item"),
}

# Tags of the discount-rate union appear in pydantic's locations; users never wrote them.
_UNION_TAGS = {"number", "schedule"}


def _pydantic_issues(error: ValidationError, prefix: Sequence[str | int] = ()) -> Iterator[Issue]:
    for err in error.errors(include_url=False):
        loc = [*prefix, *(p for p in err["loc"] if not (isinstance(p, str) and p in _UNION_TAGS))]
        path = format_path(loc)
        kind = err["type"]
        if kind in _TYPE_MESSAGES:
            code, message = _TYPE_MESSAGES[kind]
        elif kind == "literal_error":
            code = "choice"
            message = f"must be one of {err.get('ctx', {}).get('expected', '')}"
        else:
            code, message = kind, err["msg"]
            # pydantic prefixes messages of plain ValueErrors; ours are custom errors.
            message = message.removeprefix("Value error, ")
        yield Issue(path, code, message, dict(err.get("ctx") or {}))


def _items(raw: Any, key: str) -> list[tuple[int, Mapping[str, Any]]]:
    """The dict entries of ``raw[key]`` with their index; tolerant of bad shapes."""
    if not isinstance(raw, Mapping):
        return []
    value = raw.get(key)
    if not isinstance(value, list):
        return []
    return [(i, v) for i, v in enumerate(value) if isinstance(v, Mapping)]


def _earlier(seen: dict[Any, int], key: Any, index: int, prefix: str) -> str | None:
    """The path of the earlier entry with ``key``; None the first time (then remembered)."""
    if key in seen:
        return f"{prefix}[{seen[key]}]"
    seen[key] = index
    return None


def _unique_ids(entries: list[tuple[int, Mapping[str, Any]]], prefix: str) -> Iterator[Issue]:
    seen: dict[str, int] = {}
    for i, entry in entries:
        ident = entry.get("id")
        if not isinstance(ident, str):
            continue
        other = _earlier(seen, ident, i, prefix)
        if other is not None:
            yield Issue(
                f"{prefix}[{i}].id",
                "duplicate_id",
                f"duplicate id '{ident}' (also {other})",
                {"id": ident, "other": other},
            )


def _known(ident: Any, known: set[str], path: str, what: str) -> Iterator[Issue]:
    if isinstance(ident, str) and ident not in known:
        yield Issue(path, "unknown_id", f"no {what} with id '{ident}'", {"id": ident, "what": what})


def _defaults(model: type[CostItem] | type[Effect], names: tuple[str, ...]) -> dict[str, Any]:
    fields = model.model_fields
    return {
        name: fields[name].default
        for name in names
        if name in fields and not fields[name].is_required()
    }


# A parameter left out of a file takes its default, and its range must hold that
# value: otherwise the file would open, but not again once saved (with the value).
_COST_DEFAULTS = _defaults(CostItem, COST_PARAMETERS)
_EFFECT_DEFAULTS = _defaults(Effect, EFFECT_PARAMETERS)


def _ranges(
    entry: Mapping[str, Any],
    allowed: tuple[str, ...],
    prefix: str,
    defaults: Mapping[str, Any],
) -> Iterator[Issue]:
    ranges = entry.get("uncertainty")
    if not isinstance(ranges, Mapping):
        return
    for key, value in ranges.items():
        path = format_path([*_split(prefix), "uncertainty", key])
        if key not in allowed:
            yield Issue(
                path,
                "unknown_parameter",
                f"'{key}' cannot carry a range; allowed: {', '.join(allowed)}",
                {"parameter": key, "allowed": allowed},
            )
            continue
        if not isinstance(value, Mapping):
            continue
        yield from _range_limits(key, value, path)
        low, high, dist = value.get("low"), value.get("high"), value.get("distribution")
        proxy = entry.get("proxy")
        if key == "proxy.value":
            central = proxy.get("value") if isinstance(proxy, Mapping) else None
        else:
            central = entry.get(key, defaults.get(key))
        if isinstance(central, Mapping):
            central = None
        numbers = all(
            isinstance(v, int | float) and not isinstance(v, bool) for v in (low, high, central)
        )
        if (
            numbers and dist in (None, "triangular", "pert") and not low <= central <= high  # type: ignore[operator]
        ):
            yield Issue(
                path,
                "range_central",
                f"the value itself ({central}) must lie between low ({low}) and high ({high})"
                " for a triangular or PERT distribution",
                {"central": central, "low": low, "high": high},
            )


def _range_limits(field: str, value: Mapping[str, Any], path: str) -> Iterator[Issue]:
    """Each end of a range must be a value its field accepts (``parameters.range_limit``)."""
    for end in ("low", "high"):
        number = value.get(end)
        if isinstance(number, int | float) and not isinstance(number, bool):
            reason = range_limit(field, number)
            if reason is not None:
                yield Issue(
                    f"{path}.{end}",
                    "range_limit",
                    reason,
                    {"field": field, "end": end, "value": number},
                )


def _derivation(raw: Any, path: str) -> Iterator[Issue]:
    """A derivation's formula must parse and use only its own, uniquely named inputs.

    Whether the quantity equals the formula's value is a warning (calc.checks),
    not an error: a user may overrule a derivation knowingly.
    """
    if not isinstance(raw, Mapping):
        return
    listed = raw.get("inputs")
    inputs = [i for i in listed if isinstance(i, Mapping)] if isinstance(listed, list) else []
    names: dict[str, int] = {}
    for n, item in enumerate(inputs):
        name = item.get("name")
        if isinstance(name, str) and name in names:
            yield Issue(
                f"{path}.inputs[{n}].name",
                "duplicate_id",
                f"duplicate input name '{name}' (also {path}.inputs[{names[name]}])",
                {"id": name, "other": f"{path}.inputs[{names[name]}]"},
            )
        elif isinstance(name, str):
            names[name] = n
    formula = raw.get("formula")
    if not isinstance(formula, str):
        return
    try:
        unknown = sorted(formula_names(formula) - set(names))
    except FormulaError as exc:
        yield Issue(f"{path}.formula", exc.code, str(exc))
        return
    if unknown:
        yield Issue(
            f"{path}.formula",
            "formula_unknown_name",
            f"the formula uses {', '.join(unknown)}, which is not among the inputs",
            {"names": unknown},
        )


def _split(prefix: str) -> list[str | int]:
    out: list[str | int] = []
    for part in prefix.replace("]", "").split("."):
        name, *indices = part.split("[")
        out.append(name)
        out.extend(int(i) for i in indices)
    return out


Window = tuple[int, int] | None


def _window(settings: Any) -> Window:
    """Calendar years ``start_year .. start_year + horizon`` of the settings, when known."""
    if not isinstance(settings, Mapping):
        return None
    start, horizon = settings.get("start_year"), settings.get("horizon_years")
    if isinstance(start, int) and isinstance(horizon, int) and not isinstance(start, bool):
        return start, start + horizon
    return None


def _monitored_years(entries: Any, path: str, window: Window) -> Iterator[Issue]:
    """Measurements or actuals: a year within the horizon, at most one entry per year."""
    if not isinstance(entries, list):
        return
    seen: dict[int, int] = {}
    for n, entry in enumerate(entries):
        year = entry.get("year") if isinstance(entry, Mapping) else None
        if not isinstance(year, int) or isinstance(year, bool):
            continue
        if window is not None and not window[0] <= year <= window[1]:
            yield Issue(
                f"{path}[{n}].year",
                "year_outside_horizon",
                f"must be between {window[0]} (the start year) and {window[1]} (the end of"
                " the horizon)",
                {"first": window[0], "last": window[1]},
            )
        other = _earlier(seen, year, n, path)
        if other is not None:
            yield Issue(
                f"{path}[{n}].year",
                "duplicate_year",
                f"{year} is already entered ({other}); one entry per year",
                {"year": year, "other": other},
            )


def _cost_checks(
    cost: Mapping[str, Any], known: set[str], path: str, window: Window = None
) -> list[Issue]:
    issues = list(_known(cost.get("payer"), known, f"{path}.payer", "stakeholder"))
    issues += _monitored_years(cost.get("actuals"), f"{path}.actuals", window)
    first, last = cost.get("first_year", 0), cost.get("last_year")
    if isinstance(first, int) and isinstance(last, int) and last < first:
        issues.append(
            Issue(
                f"{path}.last_year",
                "year_order",
                f"must not be before first_year ({first})",
                {"first_year": first},
            )
        )
    issues += _ranges(cost, COST_PARAMETERS, path, _COST_DEFAULTS)
    return issues


def _effect_checks(
    effect: Mapping[str, Any], known: set[str], path: str, window: Window = None
) -> list[Issue]:
    issues = list(_known(effect.get("beneficiary"), known, f"{path}.beneficiary", "stakeholder"))
    issues += _monitored_years(effect.get("measurements"), f"{path}.measurements", window)
    issues += _ranges(effect, EFFECT_PARAMETERS, path, _EFFECT_DEFAULTS)
    issues += _derivation(effect.get("quantity_derivation"), f"{path}.quantity_derivation")
    return issues


def cross_check(raw: Any, cpi: CpiTable | None = None) -> list[Issue]:
    """Whole-document checks on raw data; tolerant of data with other problems."""
    issues: list[Issue] = text_issues(raw)
    stakeholders = _items(raw, "stakeholders")
    issues += _unique_ids(stakeholders, "stakeholders")
    known = {s["id"] for _, s in stakeholders if isinstance(s.get("id"), str)}
    alternatives = _items(raw, "alternatives")
    issues += _unique_ids(alternatives, "alternatives")
    alt_ids = {a["id"] for _, a in alternatives if isinstance(a.get("id"), str)}

    window = _window(raw.get("settings") if isinstance(raw, Mapping) else None)
    reference_at: int | None = None
    for a, alt in alternatives:
        prefix = f"alternatives[{a}]"
        if alt.get("reference") is True:
            if reference_at is not None:
                issues.append(
                    Issue(
                        f"{prefix}.reference",
                        "second_reference",
                        "only one alternative can be the reference (nulalternatief);"
                        f" alternatives[{reference_at}] already is",
                        {"other": f"alternatives[{reference_at}]"},
                    )
                )
            else:
                reference_at = a
        costs = _items(alt, "costs")
        effects = _items(alt, "effects")
        issues += _unique_ids(costs, f"{prefix}.costs")
        issues += _unique_ids(effects, f"{prefix}.effects")
        for c, cost in costs:
            issues += _cost_checks(cost, known, f"{prefix}.costs[{c}]", window)
        for e, effect in effects:
            issues += _effect_checks(effect, known, f"{prefix}.effects[{e}]", window)

    for p, pm in _items(raw, "pm_items"):
        issues += _known(pm.get("stakeholder"), known, f"pm_items[{p}].stakeholder", "stakeholder")
        issues += _known(
            pm.get("alternative"), alt_ids, f"pm_items[{p}].alternative", "alternative"
        )

    settings = raw.get("settings") if isinstance(raw, Mapping) else None
    if isinstance(settings, Mapping):
        issues += _check_settings(settings)
    if cpi is not None and not issues:
        issues += _check_price_years(raw, cpi)
    return issues


def _check_settings(settings: Mapping[str, Any]) -> Iterator[Issue]:
    rate = settings.get("discount_rate")
    if isinstance(rate, list):
        years = [s.get("from_year") for s in rate if isinstance(s, Mapping)]
        if len(years) == len(rate) and all(isinstance(y, int) for y in years):
            if not rate:
                yield Issue("settings.discount_rate", "schedule_empty", "the schedule has no steps")
            elif years[0] > 1:  # type: ignore[operator]
                yield Issue(
                    "settings.discount_rate[0].from_year",
                    "schedule_start",
                    "the first step must start in year 0 (or 1)",
                )
            for i in range(1, len(years)):
                if years[i] <= years[i - 1]:  # type: ignore[operator]
                    yield Issue(
                        f"settings.discount_rate[{i}].from_year",
                        "schedule_order",
                        f"must be after the previous step's from_year ({years[i - 1]})",
                        {"previous": years[i - 1]},
                    )
    ranges = settings.get("uncertainty")
    if isinstance(ranges, Mapping):
        rate_range = ranges.get("discount_rate")
        if isinstance(rate_range, Mapping):
            yield from _range_limits(
                "discount_rate", rate_range, "settings.uncertainty.discount_rate"
            )
        for key in ranges:
            if key != "discount_rate":
                yield Issue(
                    format_path(["settings", "uncertainty", key]),
                    "unknown_parameter",
                    f"'{key}' cannot carry a range; allowed: discount_rate",
                    {"parameter": key, "allowed": ("discount_rate",)},
                )
            elif isinstance(rate, list):
                yield Issue(
                    "settings.uncertainty.discount_rate",
                    "range_on_schedule",
                    "a range is only possible on a single discount rate, not on a schedule",
                )


def _check_price_years(raw: Mapping[str, Any], cpi: CpiTable) -> Iterator[Issue]:
    """Price years before the CPI table cannot be indexed."""

    def check(year: Any, path: str) -> Iterator[Issue]:
        if isinstance(year, int) and not cpi.covers(year):
            yield Issue(
                path,
                "price_year_cpi",
                f"no consumer price index before {cpi.first_year};"
                f" choose {cpi.first_year} or later",
                {"first_year": cpi.first_year},
            )

    settings = raw.get("settings")
    if isinstance(settings, Mapping):
        yield from check(
            settings.get("price_year", settings.get("start_year")), "settings.price_year"
        )
    for a, alt in _items(raw, "alternatives"):
        for kind in ("costs", "effects"):
            for i, item in _items(alt, kind):
                yield from _item_price_year(kind, item, cpi, f"alternatives[{a}].{kind}[{i}]")


def _item_price_year(
    kind: str, item: Mapping[str, Any], cpi: CpiTable, path: str
) -> Iterator[Issue]:
    years: list[tuple[Any, str]] = []
    if kind == "costs":
        years.append((item.get("price_year"), f"{path}.price_year"))
        actuals = item.get("actuals")
        for n, actual in enumerate(actuals if isinstance(actuals, list) else []):
            if isinstance(actual, Mapping):
                years.append((actual.get("price_year"), f"{path}.actuals[{n}].price_year"))
    else:
        proxy = item.get("proxy")
        if not isinstance(proxy, Mapping):
            return
        years.append((proxy.get("price_year"), f"{path}.proxy.price_year"))
    for year, where in years:
        if isinstance(year, int) and not cpi.covers(year):
            yield Issue(
                where,
                "price_year_cpi",
                f"no consumer price index before {cpi.first_year};"
                f" choose {cpi.first_year} or later",
                {"first_year": cpi.first_year},
            )


def _validate(raw: Any, cpi: CpiTable | None) -> tuple[Scenario | None, list[Issue]]:
    if not isinstance(raw, Mapping):
        return None, [Issue("", "object", "a scenario must be a JSON object")]
    scenario: Scenario | None = None
    issues: list[Issue] = []
    with collector.paused():  # objects by the hundred thousand, none freed (collector.py)
        try:
            scenario = Scenario.model_validate(raw)
        except ValidationError as exc:
            issues += _pydantic_issues(exc)
        issues += cross_check(raw, cpi if not issues else None)
    return (scenario if not issues else None), issues


def scenario_from_data(raw: Any, cpi: CpiTable | None = None) -> Scenario:
    """Build a valid scenario or raise ``ScenarioValidationError`` naming each problem.

    With ``cpi`` given, price years are also checked against the CPI table.
    """
    scenario, issues = _validate(raw, cpi)
    if scenario is None:
        raise ScenarioValidationError(issues)
    return scenario


def replace_item(
    scenario: Scenario,
    alternative: int,
    kind: str,
    index: int,
    raw: Mapping[str, Any],
    cpi: CpiTable | None = None,
    *,
    insert: bool = False,
) -> Scenario:
    """``scenario`` with one cost or effect replaced by ``raw`` (or with ``insert``,
    ``raw`` inserted at ``index``), validated as a whole.

    The same scenario, or the same ``ScenarioValidationError`` with the same
    issues in the same order, as ``scenario_from_data`` on the whole
    document with that item replaced, given that ``scenario`` was valid
    (under ``cpi``): only the new item is validated, with the checks that
    involve it (its ids among its siblings', the stakeholder it names, its
    ranges and derivation, its price year). Nothing refers to a cost or an
    effect, so nothing else can become invalid. Unchanged parts are shared
    with ``scenario``. An edit of one cell of a 5 MB scenario takes
    milliseconds this way instead of a second.
    """
    alt = scenario.alternatives[alternative]
    siblings: list[Any] = list(alt.costs if kind == "costs" else alt.effects)
    if insert:
        siblings.insert(index, None)  # replaced below; only the others' ids are read
    model: type[CostItem] | type[Effect] = CostItem if kind == "costs" else Effect
    prefix = f"alternatives[{alternative}].{kind}"
    issues: list[Issue] = []
    item: CostItem | Effect | None = None
    try:
        item = model.model_validate(raw)
    except ValidationError as exc:
        issues += _pydantic_issues(exc, ["alternatives", alternative, kind, index])
    entries = [(i, raw if i == index else {"id": s.id}) for i, s in enumerate(siblings)]
    cross = list(_unique_ids(entries, prefix))
    known = {s.id for s in scenario.stakeholders}
    path = f"{prefix}[{index}]"
    check = _cost_checks if kind == "costs" else _effect_checks
    settings = scenario.settings
    cross += check(
        raw, known, path, (settings.start_year, settings.start_year + settings.horizon_years)
    )
    cross += text_issues(raw, ("alternatives", alternative, kind, index))
    if cpi is not None and not issues and not cross:
        cross += _item_price_year(kind, raw, cpi, path)
    issues += cross
    if issues or item is None:
        raise ScenarioValidationError(issues)
    siblings[index] = item
    alternatives = list(scenario.alternatives)
    alternatives[alternative] = alt.model_copy(update={kind: siblings})
    return scenario.model_copy(update={"alternatives": alternatives})


def scenario_to_data(scenario: Scenario) -> dict[str, Any]:
    """The JSON-ready form of a scenario (what a file holds)."""
    return model_to_data(scenario)


def model_to_data(model: BaseModel) -> dict[str, Any]:
    """The JSON-ready form of a scenario or one of its parts.

    Optional fields left empty (``None``) are not written; unknown fields
    are written as they came, ``null`` included, so nothing a newer tool
    wrote is lost when this one saves the file.
    """
    data = model.model_dump(mode="json")
    _drop_empty_fields(model, data)
    return data


#: Lists left out of a file while empty: a file without monitoring stays as it was.
_OMITTED_WHEN_EMPTY = frozenset({"measurements", "actuals"})


def _drop_empty_fields(model: BaseModel, data: dict[str, Any]) -> None:
    for name in type(model).model_fields:
        value = getattr(model, name)
        if value is None or (name in _OMITTED_WHEN_EMPTY and not value):
            data.pop(name, None)
        elif isinstance(value, BaseModel):
            _drop_empty_fields(value, data[name])
        elif isinstance(value, list):
            for item, dumped in zip(value, data[name], strict=True):
                if isinstance(item, BaseModel):
                    _drop_empty_fields(item, dumped)
        elif isinstance(value, dict):
            for key, item in value.items():
                if isinstance(item, BaseModel):
                    _drop_empty_fields(item, data[name][key])
