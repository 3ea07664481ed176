"""The calculation method in words, per language, for the documents the app exports.

Stated once so that the workbook's notes and the council report say exactly
the same (and the same as docs/methodology.md and the contract).
"""

from __future__ import annotations

from sroi_app.domain.formatting import Lang
from sroi_app.domain.models import Scenario
from sroi_app.domain.presets import matching_preset

METHOD: dict[Lang, list[str]] = {
    "nl": [
        "Kosten: elke keer bedrag × (1 + optimism bias) × CPI-factor, in de jaren eerste jaar,"
        " eerste + n, eerste + 2n, ... tot en met het laatste jaar en de horizon.",
        "Effecten: aantal × proxy × CPI-factor × (1 − deadweight) × (1 − displacement)"
        " × (1 − attributie) × (1 − drop-off)^(t − eerste jaar) × ingroei, voor eerste jaar"
        " <= t <= eerste jaar + looptijd − 1; ingroei = min(1; (t − eerste jaar + 1) /"
        " ingroeijaren), 1 zonder ingroei.",
        "CPI-factor = CPI[prijspeil] / CPI[prijspeil van het bedrag]; geen prijspeil bij het"
        " bedrag: factor 1. Een jaar na de laatste CBS-index gebruikt de laatste index.",
        "Elk alternatief wordt vergeleken met het nulalternatief: ΔC_t = C_alt,t − C_nul,t en"
        " ΔB_t = B_alt,t − B_nul,t (zonder nulalternatief zijn de stromen van de referentie 0).",
        "Contante waarde: DF_0 = 1, DF_t = DF_(t−1) / (1 + r_t); jaar 0 wordt niet"
        " verdisconteerd, jaar 1 eenmaal. NCW = CW baten − CW kosten; SROI-ratio (= MKBA"
        " baten/kosten-verhouding) = CW baten / CW kosten, n.v.t. als CW kosten <= 0.",
        "Terugverdientijd (verdisconteerd): k = het laatste jaar met cumulatieve NCW < 0;"
        " geen: 0; k = horizon: niet binnen de horizon; anders k + (−cum_k) /"
        " (cum_(k+1) − cum_k).",
    ],
    "en": [
        "Costs: each occurrence amount × (1 + optimism bias) × CPI factor, in the years first"
        " year, first + n, first + 2n, ... up to the last year and the horizon.",
        "Effects: quantity × proxy × CPI factor × (1 − deadweight) × (1 − displacement)"
        " × (1 − attribution) × (1 − drop-off)^(t − first year) × ramp-up, for first year"
        " <= t <= first year + duration − 1; ramp-up = min(1, (t − first year + 1) /"
        " ramp-up years), 1 without ramp-up.",
        "CPI factor = CPI[price level] / CPI[price year of the amount]; no price year on the"
        " amount: factor 1. A year after the last CBS index uses the last index.",
        "Every alternative is compared with the reference: ΔC_t = C_alt,t − C_ref,t and"
        " ΔB_t = B_alt,t − B_ref,t (without a reference its flows are 0).",
        "Present value: DF_0 = 1, DF_t = DF_(t−1) / (1 + r_t); year 0 is not discounted,"
        " year 1 once. NPV = PV benefits − PV costs; SROI ratio (= CBA benefit-cost ratio) ="
        " PV benefits / PV costs, n/a when PV costs <= 0.",
        "Discounted payback: k = the last year with cumulative NPV < 0; none: 0;"
        " k = horizon: not within the horizon; otherwise k + (−cum_k) / (cum_(k+1) − cum_k).",
    ],
}

_NOT_GIVEN: dict[Lang, tuple[str, str]] = {
    "nl": ("niet opgegeven", "niet opgegeven; gelijk aan de norm van {preset}"),
    "en": ("not given", "not given; equals the standard of {preset}"),
}


def rate_source(scenario: Scenario, lang: Lang = "nl") -> str:
    """The file's own label of the discount rate, else which preset it equals, else 'not given'."""
    settings = scenario.settings
    if settings.discount_rate_label.strip():
        return settings.discount_rate_label
    plain, matched = _NOT_GIVEN[lang]
    preset = matching_preset(scenario)
    return plain if preset is None else matched.format(preset=preset.source(lang))
