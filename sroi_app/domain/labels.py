"""Dutch and English names of the domain's concepts, for the app, exports and the CLI.

The Qt interface translates its own strings with Qt Linguist, but the names
of the fields of costs and effects (``FIELD_LABELS``) are the app's column
headers too; documents that are produced without Qt (workbooks, reports,
the CLI table) take their words from here so that they use the same
vocabulary.
"""

from __future__ import annotations

from sroi_app.domain.corrections import CORRECTIONS
from sroi_app.domain.formatting import Lang, format_number
from sroi_app.domain.models import Scenario

LABELS: dict[str, tuple[str, str]] = {
    "pv_costs": ("Contante waarde kosten", "Present value of costs"),
    "pv_benefits": ("Contante waarde baten", "Present value of benefits"),
    "npv": ("Netto contante waarde (saldo)", "Net present value"),
    "sroi_ratio": (
        "Maatschappelijk rendement (SROI-ratio, B/K)",
        "SROI ratio (benefit-cost ratio)",
    ),
    "net_sroi_ratio": ("Netto SROI-ratio", "Net SROI ratio"),
    "irr": ("Interne rentevoet (IRR)", "Internal rate of return (IRR)"),
    "payback_years": ("Terugverdientijd (verdisconteerd)", "Discounted payback period"),
    "reforecast_npv": ("NCW herprognose (gemeten)", "Re-forecast NPV (measured)"),
    "reforecast_sroi_ratio": ("SROI-ratio herprognose", "Re-forecast SROI ratio"),
    "alternative": ("Alternatief", "Alternative"),
    "reference": ("Nulalternatief", "Reference (nulalternatief)"),
    "no_reference": ("geen (nulstromen)", "none (zero flows)"),
    "stakeholder": ("Actor", "Stakeholder"),
    "costs": ("Kosten", "Costs"),
    "benefits": ("Baten", "Benefits"),
    "balance": ("Saldo", "Balance"),
    "not_paid_back": ("niet binnen de horizon", "not within the horizon"),
    "none": ("geen", "none"),
    "price_year": ("Prijspeil", "Price level"),
    "start_year": ("Basisjaar (t = 0)", "Base year (t = 0)"),
    "horizon": ("Tijdshorizon", "Time horizon"),
    "discount_rate": ("Discontovoet", "Discount rate"),
    "years": ("jaar", "years"),
}

#: The one name of each field of a cost or an effect (and the discount rate), Dutch and
#: English, written as a heading: the app's table columns and messages show it as is,
#: documents use it inside a phrase (``phrase``: "Aanleg: bedrag", without the unit).
#: The corrections' names come from their own table (``domain/corrections.py``).
FIELD_LABELS: dict[str, tuple[str, str]] = {
    "name": ("Naam", "Name"),
    "effect_name": ("Effect (outcome)", "Effect (outcome)"),
    "payer": ("Betaler", "Payer"),
    "amount": ("Bedrag (€)", "Amount (€)"),
    "first_year": ("Eerste jaar", "First year"),
    "last_year": ("Laatste jaar", "Last year"),
    "every_years": ("Elke (jaren)", "Every (years)"),
    "optimism_bias": ("Optimism bias", "Optimism bias"),
    "price_year": ("Prijspeil (jaar)", "Price level (year)"),
    "category": ("Categorie", "Category"),
    "note": ("Notitie", "Note"),
    "beneficiary": ("Ontvanger", "Beneficiary"),
    "quantity": ("Aantal", "Quantity"),
    "unit": ("Eenheid", "Unit"),
    "proxy.value": ("Proxywaarde (€)", "Value per unit (proxy)"),
    "duration_years": ("Looptijd (jaren)", "Duration (years)"),
    **{c.field: (c.label_nl, c.label_en) for c in CORRECTIONS},
    "discount_rate": ("Discontovoet", "Discount rate"),
}


def field_name(field: str, lang: Lang = "nl") -> str:
    """A field's one name as a heading (``Bedrag``); the field itself if it has none."""
    return in_lang(FIELD_LABELS.get(field, (field, field)), lang)


def phrase(name: str) -> str:
    """A heading's words inside a sentence: ``Bedrag (€)`` -> ``bedrag`` (``NCW`` stays)."""
    name = name.removesuffix(" (€)")
    if len(name) > 1 and name[0].isupper() and not name[1].isupper():
        return name[0].lower() + name[1:]
    return name


CONVENTIONS: dict[Lang, str] = {
    "nl": (
        "Bedragen in euro's, constante prijzen van {price_year}; contante waarden naar {start_year}"
        " (t = 0, niet verdisconteerd; t = 1 eenmaal verdisconteerd), horizon {horizon} jaar"
        " (t = 0..{horizon}), discontovoet {rate}. Verschillen ten opzichte van het"
        " nulalternatief: {reference}. SROI-ratio = CW baten / CW kosten."
    ),
    "en": (
        "Amounts in euros, constant {price_year} prices; present values to {start_year}"
        " (t = 0 not discounted, t = 1 discounted once), horizon {horizon} years"
        " (t = 0..{horizon}), discount rate {rate}. Differences against the reference"
        " (nulalternatief): {reference}. SROI ratio = PV benefits / PV costs."
    ),
}

#: The sensitivity analysis's words, shared by the CLI's tables and the workbook's sheet.
SENSITIVITY_LABELS: dict[str, tuple[str, str]] = {
    "title": ("Gevoeligheid en onzekerheid", "Sensitivity and uncertainty"),
    "alternative": ("Alternatief", "Alternative"),
    "central_npv": ("NCW bij de centrale waarden", "NPV at the central values"),
    "no_ranges": (
        "Geen enkele parameter heeft een bandbreedte: er is niets te variëren.",
        "No parameter carries a range: there is nothing to vary.",
    ),
    "tornado": (
        "Tornado: NCW met één parameter op laag en hoog, de rest centraal",
        "Tornado: NPV with one parameter at low and high, the others central",
    ),
    "parameter": ("Parameter", "Parameter"),
    "low": ("Laag", "Low"),
    "high": ("Hoog", "High"),
    "swing": ("Verschil", "Swing"),
    "switching": (
        "Omslagwaarden: de waarde waarbij de NCW 0 is, de rest centraal",
        "Switching values: the value at which the NPV is 0, the others central",
    ),
    "central": ("Centraal", "Central"),
    "switching_value": ("Omslagwaarde", "Switching value"),
    "none": ("geen", "none"),
    "prob": ("Kans op NCW > 0", "Probability NPV > 0"),
    "mean": ("Gemiddelde", "Mean"),
    "npv": ("NCW", "NPV"),
    "ratio": ("SROI-ratio", "SROI ratio"),
}


def in_lang(words: tuple[str, str], lang: str) -> str:
    """The Dutch or English of a (Dutch, English) pair, as every words table holds them."""
    nl, en = words
    return nl if lang == "nl" else en


def label(key: str, lang: Lang = "nl") -> str:
    return in_lang(LABELS[key], lang)


def rate_percent(value: float, lang: Lang = "nl") -> str:
    """A rate with as many decimals as it needs: ``2,25%``, ``3,5%``, ``3%``."""
    text = f"{value * 100:.4f}".rstrip("0").rstrip(".")
    decimals = len(text.split(".")[1]) if "." in text else 0
    return format_number(value * 100, decimals, lang) + "%"


def describe_rate(rate: float | list[tuple[int, float]], lang: Lang = "nl") -> str:
    """``2,25%``, or ``3,5% (jaar 0-30), 3% (vanaf jaar 31)`` for a step schedule."""
    if isinstance(rate, int | float):
        return rate_percent(rate, lang)
    parts = []
    for i, (start, value) in enumerate(rate):
        if i + 1 < len(rate):
            end = rate[i + 1][0] - 1
            span = f"jaar {start}-{end}" if lang == "nl" else f"years {start}-{end}"
        else:
            span = f"vanaf jaar {start}" if lang == "nl" else f"from year {start}"
        parts.append(f"{rate_percent(value, lang)} ({span})")
    return ", ".join(parts)


def scenario_rate_text(scenario: Scenario, lang: Lang = "nl") -> str:
    """The scenario's discount rate or schedule in words."""
    rate = scenario.settings.discount_rate
    if isinstance(rate, list):
        return describe_rate([(s.from_year, s.rate) for s in rate], lang)
    return describe_rate(rate, lang)


def conventions_text(scenario: Scenario, lang: Lang = "nl") -> str:
    """The conventions behind every result, stated under tables and in exports."""
    settings = scenario.settings
    reference = scenario.reference
    return CONVENTIONS[lang].format(
        price_year=settings.effective_price_year,
        start_year=settings.start_year,
        horizon=settings.horizon_years,
        rate=scenario_rate_text(scenario, lang),
        reference=(reference.name or reference.id) if reference else label("no_reference", lang),
    )
