"""Languages: Qt translators, and the words for the core's typed issues and fields.

The interface's source strings are English; Dutch comes from the Qt Linguist
file ``resources/translations/sroi_app_nl.ts`` (compiled to ``.qm``). Both
the app's and Qt's own ``qtbase`` translators are installed. The core never
translates: it raises issues with a ``code`` and ``params``, worded here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from sroi_app.app.jsonpath import parse_path, step
from sroi_app.domain.errors import Issue
from sroi_app.domain.formatting import Lang
from sroi_app.domain.labels import FIELD_LABELS, field_name
from sroi_app.io.resources import resource_path

translate = QCoreApplication.translate

LANGUAGES: tuple[Lang, ...] = ("nl", "en")
_state: dict[str, Any] = {"lang": "nl", "translators": []}


def current_lang() -> Lang:
    """The language of the interface and of number formats."""
    lang: Lang = _state["lang"]
    return lang


def translations_dir() -> str:
    return str(resource_path("translations"))


def install_translators(lang: Lang) -> None:
    """Replace the installed translators by those of ``lang`` (Qt's and the app's)."""
    app = QCoreApplication.instance()
    for old in _state["translators"]:
        if app is not None:
            app.removeTranslator(old)
    _state["translators"] = []
    _state["lang"] = lang
    QLocale.setDefault(
        QLocale(QLocale.Language.Dutch if lang == "nl" else QLocale.Language.English)
    )
    if app is None or lang == "en":
        return  # the source strings are English
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _state["translators"].append(qt)
    ours = QTranslator(app)
    if ours.load(f"sroi_app_{lang}", translations_dir()):
        app.installTranslator(ours)
        _state["translators"].append(ours)


def language_name(lang: Lang) -> str:
    # Each language is named in itself, so a user can find their own.
    return {"nl": "Nederlands", "en": "English"}[lang]


# -- fields ------------------------------------------------------------------------------


def field_labels() -> dict[str, str]:
    """The name of every scenario field a user edits, keyed by its JSON name.

    The fields of costs and effects (and the discount rate) have their one name in
    ``domain.labels.FIELD_LABELS``, which the documents use too; the rest are Qt's.
    """
    lang = current_lang()
    labels = {
        "description": translate("Field", "Description"),
        "area_type": translate("Field", "Area type"),
        "municipality": translate("Field", "Municipality"),
        "start_year": translate("Field", "Base year (t = 0)"),
        "horizon_years": translate("Field", "Time horizon (years)"),
        "discount_rate_label": translate("Field", "Discount rate"),
        "from_year": translate("Field", "From year"),
        "rate": translate("Field", "Rate"),
        "id": translate("Field", "Id"),
        "kind": translate("Field", "Kind"),
        "reference": translate("Field", "Nulalternatief"),
        "chain": translate("Field", "Effect chain"),
        "indicator": translate("Field", "Indicator"),
        "proxy": translate("Field", "Financial proxy"),
        "source": translate("Field", "Source"),
        "stakeholder": translate("Field", "Stakeholder"),
        "sign": translate("Field", "Sign"),
        "alternative": translate("Field", "Alternative"),
        "stakeholders": translate("Field", "Stakeholders"),
        "alternatives": translate("Field", "Alternatives"),
        "costs": translate("Field", "Costs"),
        "effects": translate("Field", "Effects"),
        "pm_items": translate("Field", "PM posts"),
    }
    labels.update({key: field_name(key, lang) for key in FIELD_LABELS})
    labels["value"] = labels["proxy.value"]  # the effect's column and range key
    return labels


def field_label(path: str) -> str:
    """The label of the last named part of ``path`` (``proxy.value`` -> proxy value)."""
    try:
        parts = [p for p in parse_path(path) if isinstance(p, str)]
    except ValueError:
        return path
    labels = field_labels()
    for part in reversed(parts):
        if part in labels:
            return labels[part]
    return parts[-1] if parts else path


def thing_label(list_path: str) -> str:
    """What an item of a list is called: a cost, an effect, a stakeholder..."""
    parts = [p for p in parse_path(list_path) if isinstance(p, str)] if list_path else []
    names = {
        "stakeholders": translate("Thing", "stakeholder"),
        "alternatives": translate("Thing", "alternative"),
        "costs": translate("Thing", "cost"),
        "effects": translate("Thing", "effect"),
        "pm_items": translate("Thing", "PM post"),
        "discount_rate": translate("Thing", "step"),
    }
    for part in reversed(parts):
        if part in names:
            return names[part]
    return translate("Thing", "item")


def area_type_names() -> dict[str, str]:
    return {
        "centrum": translate("AreaType", "City centre"),
        "woonwijk": translate("AreaType", "Residential area"),
        "aandachtswijk": translate("AreaType", "Priority neighbourhood"),
        "herontwikkeling": translate("AreaType", "Redevelopment"),
        "mobiliteitsknooppunt": translate("AreaType", "Mobility hub"),
    }


def stakeholder_kind_names() -> dict[str, str]:
    return {
        "gemeente": translate("Kind", "Municipality"),
        "provincie": translate("Kind", "Province"),
        "rijk": translate("Kind", "National government"),
        "woningcorporatie": translate("Kind", "Housing association"),
        "zorgverzekeraar": translate("Kind", "Health insurer"),
        "ggd": translate("Kind", "Public health service (GGD)"),
        "zorg_welzijn": translate("Kind", "Care and welfare organisation"),
        "bewoners": translate("Kind", "Residents"),
        "ondernemers": translate("Kind", "Businesses"),
        "overig": translate("Kind", "Other"),
    }


# -- issues ------------------------------------------------------------------------------


def _issue_templates() -> dict[str, str]:
    return {
        # validation of values and documents
        "fraction": translate("Issue", "must be between 0% and 100%"),
        "non_negative": translate("Issue", "must be 0 or more"),
        "positive": translate("Issue", "must be 1 or more"),
        "rate": translate("Issue", "must be between -100% and 100%"),
        "id": translate("Issue", "an id must be 1 to 64 characters long"),
        "calendar_year": translate("Issue", "must be a calendar year between 1900 and 2300"),
        "horizon": translate("Issue", "must be between 0 and 1000 years"),
        "range_order": translate("Issue", "low must not be above high"),
        "discount_rate": translate("Issue", "must be a number or a schedule of steps"),
        "required": translate("Issue", "is required"),
        "number": translate("Issue", "must be a number"),
        "integer": translate("Issue", "must be a whole number"),
        "text": translate("Issue", "must be text"),
        "boolean": translate("Issue", "must be yes or no"),
        "list": translate("Issue", "must be a list"),
        "object": translate("Issue", "must be an object"),
        "too_short": translate("Issue", "must have at least one item"),
        "choice": translate("Issue", "is not one of the allowed choices"),
        "duplicate_id": translate("Issue", "the id '{id}' is used twice (also {other})"),
        "unknown_id": translate("Issue", "there is no {what} with id '{id}'"),
        "year_order": translate("Issue", "must not be before the first year ({first_year})"),
        "second_reference": translate("Issue", "only one alternative can be the nulalternatief"),
        "schedule_empty": translate("Issue", "the schedule has no steps"),
        "schedule_start": translate("Issue", "the first step must start in year 0 (or 1)"),
        "schedule_order": translate("Issue", "must come after the previous step ({previous})"),
        "unknown_parameter": translate("Issue", "'{parameter}' cannot carry a range"),
        "range_central": translate(
            "Issue", "the value itself ({central}) must lie between low ({low}) and high ({high})"
        ),
        "range_on_schedule": translate(
            "Issue", "a range is only possible on a single discount rate"
        ),
        "price_year_cpi": translate(
            "Issue",
            "there is no consumer price index before {first_year}; choose {first_year} or later",
        ),
        "schema_version": translate("Issue", "unknown scenario format version"),
        # refusals of edits
        "in_use": translate("Issue", "still used by {count} cost(s), effect(s) or PM post(s)"),
        "no_stakeholder": translate("Issue", "add a stakeholder first"),
        "id_taken": translate("Issue", "the id '{id}' is already used"),
        "path": translate("Issue", "this field does not exist (any more)"),
        "not_computable": translate("Issue", "the numbers are too large to compute with"),
        "template": translate("Issue", "the template cannot be applied ({reason})"),
        "quantity_positive": translate("Issue", "the quantity must be more than 0"),
        "not_entered": translate("Issue", "nothing was entered for {year}"),
        # monitoring (measurements and actuals)
        "duplicate_year": translate("Issue", "{year} is already entered; one entry per year"),
        "year_outside_horizon": translate(
            "Issue", "the year must lie between {first} (the start year) and {last}"
        ),
        # text and ranges
        "text_unpaired_surrogate": translate(
            "Issue", "contains an invalid character at position {position}; retype the text"
        ),
        "text_invisible_character": translate(
            "Issue",
            "contains an invisible character ({code_point}) at position {position}; remove it",
        ),
        "text_too_long": translate("Issue", "is {length} characters long; at most {limit}"),
        "too_deep": translate("Issue", "is nested more than {limit} levels deep"),
        "range_limit": translate(
            "Issue", "this end of the range is beyond what the field can hold"
        ),
        "too_large": translate("Issue", "the file is too large (at most 64 MB)"),
        # files
        "not_found": translate("Issue", "the file does not exist"),
        "unreadable": translate("Issue", "the file cannot be read"),
        "encoding": translate("Issue", "the file is not a UTF-8 text file"),
        "json": translate("Issue", "the file is not valid JSON"),
        "newer_format": translate(
            "Issue",
            "this file uses scenario format {found}; this program reads up to format {supported}."
            " Please update the program.",
        ),
        # over-claiming warnings
        "all_deadweight_zero": translate(
            "Issue",
            "Every effect has zero deadweight: would none of it have happened anyway?",
        ),
        "long_duration": translate(
            "Issue", "The effect lasts {years} years (more than {limit}): is that evidenced?"
        ),
        "corrections_unset": translate(
            "Issue",
            "0% deadweight, 0% attribution and a duration of 1 year: the starting values of a"
            " new effect. Are they set?",
        ),
        "starts_after_horizon": translate(
            "Issue",
            "The effect starts in year {first_year}, after the horizon ({horizon}):"
            " it counts for nothing.",
        ),
        "proxy_without_source": translate("Issue", "The financial proxy has no source."),
        "double_counting": translate(
            "Issue",
            "Same proxy for the same beneficiary as {other}: possible double counting.",
        ),
        "high_ratio": translate(
            "Issue", "SROI ratio {ratio} is above {limit}: check for over-claiming."
        ),
        "runs_past_horizon": translate(
            "Issue",
            "The effect runs to year {last}, past the horizon ({horizon}): only years"
            " {first_year}-{horizon} are counted.",
        ),
        "capitalised_double_counting": translate(
            "Issue",
            "A one-off capitalised value (such as a higher house price) beside recurring"
            " benefits to the same stakeholder ({others}): possible double counting.",
        ),
        "benefit_concentration": translate(
            "Issue",
            "This effect gives {share} of the variant's PV benefits: the result"
            " stands or falls with it.",
        ),
        "measurement_far_below": translate(
            "Issue",
            "In {year} the measured value is {share} of the forecast: is the effect behind,"
            " or was the forecast too high?",
        ),
        "mean_npv_opposite_sign": translate(
            "Issue",
            "The NPV at the central values ({npv}) and the simulated mean NPV ({mean}) have"
            " opposite signs: the ranges are lopsided; give both.",
        ),
        "multiple_irr": translate(
            "Issue",
            "The net flows have {count} internal rates of return ({rates}): the one closest to"
            " zero is shown, but the IRR says little here; use the NPV.",
        ),
        "cpi_extrapolated": translate(
            "Issue",
            "There is no CBS price index for {year} yet: the {last_year} index is used.",
        ),
        "derivation_mismatch": translate(
            "Issue",
            "The quantity ({quantity}) differs from its derivation ({derived}): was it changed by"
            " hand?",
        ),
        # derived quantities (formula of population x share x uptake, HEAT)
        "formula_empty": translate("Issue", "the formula is empty"),
        "formula_too_long": translate("Issue", "the formula is longer than 2000 characters"),
        "formula_syntax": translate(
            "Issue",
            "not a valid formula: only numbers, input names, + - * /, brackets, min() and max()",
        ),
        "formula_unknown_name": translate("Issue", "the formula uses a name that is not an input"),
        "formula_division_by_zero": translate("Issue", "the formula divides by zero"),
        "formula_not_finite": translate("Issue", "the formula does not give a finite number"),
        "too_many_years": translate("Issue", "must be at most 10000"),
    }


def _format_param(key: str, value: Any) -> str:
    from sroi_app.domain.formatting import format_number

    if key == "what":
        return thing_label("stakeholders" if value == "stakeholder" else "alternatives")
    if key == "ratio" and isinstance(value, float):
        return format_number(value, 1, current_lang())
    if key == "share" and isinstance(value, float):
        from sroi_app.domain.formatting import format_percent

        return format_percent(value, current_lang(), 0)
    if isinstance(value, float):
        return format_number(value, 0 if value.is_integer() else 2, current_lang())
    return str(value)


def issue_message(issue: Issue) -> str:
    """The issue's message in the interface language (English message as fallback)."""
    template = _issue_templates().get(issue.code)
    if template is None:
        return issue.message
    params: Mapping[str, Any] = issue.params
    try:
        return template.format(**{k: _format_param(k, v) for k, v in params.items()})
    except (KeyError, IndexError, ValueError):
        return issue.message


def describe_location(scenario: Any, path: str) -> str:
    """``alternatives[1].effects[0].duration_years`` -> ``Groen › Meer bewegen › Looptijd``."""
    try:
        parts = parse_path(path)
    except ValueError:
        return path
    names: list[str] = []
    current = scenario
    for part in parts:
        if isinstance(part, int):
            items = current if isinstance(current, list) else []
            if not 0 <= part < len(items):
                return path
            current = items[part]
            name = getattr(current, "name", "") or getattr(current, "id", "") or ""
            names.append(str(name) or f"#{part + 1}")
        else:
            current = getattr(current, part, None)
    last = next((p for p in reversed(parts) if isinstance(p, str)), "")
    if last and not isinstance(parts[-1], int) and last not in ("alternatives", "effects", "costs"):
        names.append(field_label(path))
    return " › ".join(names) if names else path


def _name_of(item: Any) -> str:
    name = step(item, "name") or step(item, "id")
    return str(name) if name else ""


def describe_item(scenario: Any, path: str) -> str:
    """Where an issue is, in words: "Effect ‘Minder eenzaamheid’ (variant ‘Groen’), Deadweight".

    ``scenario`` may be the ``Scenario``, the JSON data of a refused file or None
    (then only the kind of item and the field are named). Never the JSON path.
    """
    try:
        parts = parse_path(path)
    except ValueError:
        return field_label(path)
    words: list[str] = []
    current: Any = scenario
    alternative = ""
    for n, part in enumerate(parts):
        current = step(current, part) if current is not None else None
        if not isinstance(part, int):
            continue
        list_name = str(parts[n - 1]) if n else ""
        name = _name_of(current) if current is not None else ""
        thing = thing_label(list_name)
        label = f"{thing} ‘{name}’" if name else f"{thing} {part + 1}"
        if list_name == "alternatives":
            reference = bool(step(current, "reference")) if current is not None else False
            kind = "nulalternatief" if reference else translate("Thing", "variant")
            alternative = f"{kind} ‘{name}’" if name else label
        elif list_name in ("costs", "effects") and alternative:
            label = f"{label} ({alternative})"
            alternative = ""
        if list_name != "alternatives":
            words.append(label[:1].upper() + label[1:])
    if alternative:  # the alternative itself, or one of its own fields
        words.insert(0, alternative[:1].upper() + alternative[1:])
    last = parts[-1] if parts else ""
    if isinstance(last, str) and last not in ("alternatives", "costs", "effects", "stakeholders"):
        words.append(field_label(path))
    return ", ".join(words) if words else field_label(path)


def issue_text(issue: Issue, scenario: Any = None) -> str:
    """``where: what``, the item named by its name and alternative, the field by its label."""
    message = issue_message(issue)
    if not issue.path:
        return message
    return f"{describe_item(scenario, issue.path)}: {message}"
