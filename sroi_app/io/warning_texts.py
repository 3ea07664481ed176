"""Warnings of ``calc.checks`` worded for documents (workbook notes, council report).

The checks return a stable ``code`` with ``params`` and an English message;
documents made without Qt word them here, in Dutch or English, and name
the item by its alternative and name instead of its JSON path. An unknown
code falls back to the English message, so a new check is never lost.
"""

from __future__ import annotations

import re

from sroi_app.domain.errors import Issue
from sroi_app.domain.formatting import Lang, format_money, format_number, format_percent
from sroi_app.domain.models import Scenario

_TEMPLATES: dict[str, tuple[str, str]] = {
    "all_deadweight_zero": (
        "Alle effecten hebben een deadweight van 0: zou er echt niets vanzelf gebeurd zijn?",
        "Every effect has zero deadweight: would none of it have happened anyway?",
    ),
    "corrections_unset": (
        "{item}: 0% deadweight, 0% attributie en een looptijd van 1 jaar, de beginwaarden van"
        " een nieuw effect; zijn ze ingevuld?",
        "{item}: 0% deadweight, 0% attribution and a duration of 1 year, the starting values"
        " of a new effect; are they set?",
    ),
    "long_duration": (
        "{item}: het effect duurt {years} jaar (meer dan {limit}); is dat onderbouwd?",
        "{item}: the effect lasts {years} years (more than {limit}); is that evidenced?",
    ),
    "starts_after_horizon": (
        "{item}: het effect begint in jaar {first_year}, na de horizon ({horizon}) en telt"
        " niet mee.",
        "{item}: the effect starts in year {first_year}, after the horizon ({horizon}), and"
        " counts for nothing.",
    ),
    "proxy_without_source": (
        "{item}: de financiële proxy heeft geen bron.",
        "{item}: the financial proxy has no source.",
    ),
    "double_counting": (
        "{item}: dezelfde proxy voor dezelfde ontvanger als {other}: mogelijk dubbeltelling.",
        "{item}: the same proxy for the same beneficiary as {other}: possible double counting.",
    ),
    "high_ratio": (
        "{item}: SROI-ratio {ratio} is hoger dan {limit}: controleer op overschatting.",
        "{item}: SROI ratio {ratio} is above {limit}: check for over-claiming.",
    ),
    "runs_past_horizon": (
        "{item}: het effect loopt tot jaar {last}, voorbij de horizon ({horizon}): alleen de"
        " jaren {first_year}-{horizon} tellen mee.",
        "{item}: the effect runs to year {last}, past the horizon ({horizon}): only years"
        " {first_year}-{horizon} are counted.",
    ),
    "capitalised_double_counting": (
        "{item}: een eenmalige, gekapitaliseerde waarde (zoals een hogere woningprijs) naast"
        " jaarlijkse baten voor dezelfde actor ({others}): die prijs kan deze baten al"
        " bevatten; mogelijk dubbeltelling.",
        "{item}: a one-off capitalised value (such as a higher house price) beside recurring"
        " benefits to the same stakeholder ({others}): the price may already hold them;"
        " possible double counting.",
    ),
    "benefit_concentration": (
        "{item}: dit effect levert {share} van de contante waarde van de baten van de"
        " variant: de uitkomst staat of valt ermee.",
        "{item}: this effect gives {share} of the variant's present value of benefits: the"
        " result stands or falls with it.",
    ),
    "measurement_far_below": (
        "{item}: in {year} is de gemeten waarde {share} van de prognose: loopt het effect"
        " achter, of was de prognose te hoog?",
        "{item}: in {year} the measured value is {share} of the forecast: is the effect"
        " behind, or was the forecast too high?",
    ),
    "mean_npv_opposite_sign": (
        "{item}: de NCW bij de centrale waarden ({npv}) en de gemiddelde NCW van de simulatie"
        " ({mean}) hebben een ander teken: de bandbreedtes zijn scheef; noem beide.",
        "{item}: the NPV at the central values ({npv}) and the simulated mean NPV ({mean})"
        " have opposite signs: the ranges are lopsided; give both.",
    ),
    "multiple_irr": (
        "{item}: de netto kasstromen hebben {count} interne rentevoeten ({rates}); de IRR"
        " die het dichtst bij nul ligt is getoond, maar zegt hier weinig: gebruik de NCW.",
        "{item}: the net flows have {count} internal rates of return ({rates}); the one"
        " closest to zero is shown, but the IRR says little here: use the NPV.",
    ),
    "cpi_extrapolated": (
        "Nog geen CBS-prijsindex voor {year}: de index van {last_year} is gebruikt.",
        "No CBS price index for {year} yet: the {last_year} index is used.",
    ),
}

_ITEM = re.compile(r"^alternatives\[(\d+)\](?:\.(costs|effects)\[(\d+)\])?")


def describe_path(path: str, scenario: Scenario) -> str:
    """``alternatives[1].effects[0]...`` -> ``Groen schoolplein / Meer bewegen kinderen``."""
    match = _ITEM.match(path)
    if not match:
        return path
    a = int(match.group(1))
    if a >= len(scenario.alternatives):
        return path
    alternative = scenario.alternatives[a]
    text = alternative.name or alternative.id
    if match.group(2):
        items = getattr(alternative, match.group(2))
        n = int(match.group(3))
        if n < len(items):
            text += " / " + (items[n].name or items[n].id)
    return text


def warning_text(issue: Issue, scenario: Scenario, lang: Lang = "nl") -> str:
    template = _TEMPLATES.get(issue.code)
    if template is None:
        return str(issue)
    params = dict(issue.params)
    for key, value in list(params.items()):
        if key == "share" and isinstance(value, float):
            params[key] = format_percent(value, lang, 0)
        elif key in ("npv", "mean") and isinstance(value, float):
            params[key] = format_money(value, lang)
        elif isinstance(value, float):
            params[key] = format_number(value, 1, lang)
    if "other" in params:
        params["other"] = describe_path(str(params["other"]), scenario)
    try:
        return (template[0] if lang == "nl" else template[1]).format(
            item=describe_path(issue.path, scenario), **params
        )
    except (KeyError, IndexError):
        return str(issue)
