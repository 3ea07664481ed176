"""Dutch and English words of the council report."""

from __future__ import annotations

from sroi_app.domain.formatting import Lang
from sroi_app.domain.labels import LABELS, in_lang

SECTIONS: dict[str, tuple[str, str]] = {
    "summary": ("1. Samenvatting", "1. Summary"),
    "description": ("2. Het scenario", "2. The scenario"),
    "results": ("3. Resultaten per alternatief", "3. Results per alternative"),
    "uncertainty": ("4. Onzekerheid", "4. Uncertainty"),
    "pm": ("5. PM-posten", "5. PM items"),
    "warnings": ("6. Aandachtspunten", "6. Points of attention"),
    # The annexes: the inputs with their sources, the detail charts, the method.
    "assumptions": ("Bijlage A. Uitgangspunten", "Annex A. Assumptions"),
    "charts": ("Bijlage B. Grafieken per alternatief", "Annex B. Charts per alternative"),
    "method": ("Bijlage C. Methode en verantwoording", "Annex C. Method and accountability"),
}
#: Sections that are annexes: each starts on a new page after the main text.
ANNEXES = frozenset({"assumptions", "charts", "method"})

TEXTS: dict[str, tuple[str, str]] = {
    "kicker": ("Bijlage bij raadsvoorstel", "Annex to council proposal"),
    "title": (
        "Maatschappelijke kosten en baten (MKBA / SROI)",
        "Societal costs and benefits (CBA / SROI)",
    ),
    "page": ("pagina", "page"),
    "of": ("van", "of"),
    "made_with": (
        "Opgesteld met sroi-app {version} op {date}",
        "Made with sroi-app {version} on {date}",
    ),
    "municipality": ("Gemeente", "Municipality"),
    "area_type": ("Gebiedstype", "Area type"),
    "no_description": ("Geen omschrijving opgegeven.", "No description given."),
    "summary_line": (
        "{name}: contante waarde van de baten {pvb} tegenover kosten {pvc}; saldo (NCW) {npv},"
        " SROI-ratio {ratio}, terugverdientijd {payback}.",
        "{name}: present value of benefits {pvb} against costs {pvc}; balance (NPV) {npv},"
        " SROI ratio {ratio}, payback {payback}.",
    ),
    "uncertainty_intro": (
        "Per variant: welke aanname de NCW het meest beweegt (tornado: elke aanname op haar"
        " lage en hoge waarde, de rest centraal), de verdeling van de NCW over alle"
        " bandbreedtes samen (simulatie), en bij welke waarde van een aanname de NCW nul wordt"
        " (omslagwaarde).",
        "Per variant: which assumption moves the NPV most (tornado: each assumption at its"
        " low and high value, the rest central), the distribution of the NPV over all ranges"
        " together (simulation), and at which value of an assumption the NPV becomes zero"
        " (switching value).",
    ),
    "chart_tornado": ("Tornado", "Tornado"),
    "chart_distribution": ("Verdeling van de NCW", "Distribution of the NPV"),
    "switching_header": ("Aanname|Centraal|Omslagwaarde", "Assumption|Central|Switching value"),
    "switching_caption": (
        "Omslagwaarden, dichtst bij de centrale waarde eerst: {name}",
        "Switching values, closest to the central value first: {name}",
    ),
    "increment_title": ("Wat de extra investering oplevert", "What the extra investment buys"),
    "increment_header": (
        "Actor|Extra kosten|Extra baten|Saldo",
        "Stakeholder|Extra costs|Extra benefits|Balance",
    ),
    "increment_caption": (
        "{b} ten opzichte van {a}, per actor (contante waarde)",
        "{b} over {a}, per stakeholder (present value)",
    ),
    "monitoring_title": ("Monitoring: prognose en meting", "Monitoring: forecast and measured"),
    "monitoring_intro": (
        "Na oplevering is gemeten wat het project oplevert. Een gemeten jaar vervangt de"
        " prognose van dat jaar (met dezelfde correcties voor deadweight, verplaatsing en"
        " attributie); werkelijke uitgaven vervangen de geraamde. De herprognose is de"
        " uitkomst met alles wat tot nu toe is gemeten; de tabel geeft per post de contante"
        " waarde over de gemeten jaren.",
        "After delivery, what the project yields was measured. A measured year replaces the"
        " forecast of that year (with the same corrections for deadweight, displacement and"
        " attribution); actual spending replaces the estimate. The re-forecast is the result"
        " with everything measured so far; the table gives each item's present value over its"
        " measured years.",
    ),
    "monitoring_line": (
        "{name}: geprognosticeerd NCW {npv} (SROI-ratio {ratio}); met de metingen NCW {re_npv}"
        " (SROI-ratio {re_ratio}).",
        "{name}: forecast NPV {npv} (SROI ratio {ratio}); with the measurements NPV {re_npv}"
        " (SROI ratio {re_ratio}).",
    ),
    "monitoring_header": (
        "Post|Gemeten jaren|Prognose (CW)|Gemeten (CW)",
        "Item|Measured years|Forecast (PV)|Measured (PV)",
    ),
    "decision_intro": (
        "De varianten gerangschikt naar netto contante waarde (NCW), met de kans dat de NCW"
        " positief is en de band waarin de NCW met 90% zekerheid ligt (simulatie van de"
        " bandbreedtes, {draws} trekkingen, startgetal {seed}).",
        "The variants ranked by net present value (NPV), with the chance that the NPV is"
        " positive and the band in which the NPV lies with 90% certainty (simulation of the"
        " ranges, {draws} draws, seed {seed}).",
    ),
    "decision_point": (
        "Het scenario heeft geen bandbreedtes: de uitkomsten zijn puntschattingen zonder"
        " maat voor hun onzekerheid.",
        "The scenario has no ranges: the results are point estimates without a measure of"
        " their uncertainty.",
    ),
    "decision_header": (
        "Rang|Variant|NCW|SROI-ratio|Kans NCW > 0|NCW 5%–95%|Oordeel",
        "Rank|Variant|NPV|SROI ratio|Chance NPV > 0|NPV 5%–95%|Verdict",
    ),
    "verdict_robust_positive": ("robuust positief", "robustly positive"),
    "verdict_robust_negative": ("robuust negatief", "robustly negative"),
    "verdict_uncertain": ("onzeker", "uncertain"),
    "verdict_point_positive": ("positief (puntschatting)", "positive (point estimate)"),
    "verdict_point_negative": ("negatief (puntschatting)", "negative (point estimate)"),
    "sentence_robust_positive": (
        "{name}: de baten wegen op tegen de kosten, ook bij de onzekerheid in de aannames"
        " (kans op een positieve NCW {chance}).",
        "{name}: the benefits outweigh the costs, also given the uncertainty in the"
        " assumptions (chance of a positive NPV {chance}).",
    ),
    "sentence_robust_negative": (
        "{name}: de baten (in geld) wegen niet op tegen de kosten, ook niet bij gunstige"
        " aannames (kans op een positieve NCW {chance}); weeg de PM-posten mee.",
        "{name}: the benefits (in money) do not outweigh the costs, not even under"
        " favourable assumptions (chance of a positive NPV {chance}); weigh the PM items.",
    ),
    "sentence_uncertain": (
        "{name}: onzeker; de kans op een positieve NCW is {chance} en de NCW ligt met 90%"
        " zekerheid tussen {p5} en {p95}. De uitkomst hangt af van de aannames.",
        "{name}: uncertain; the chance of a positive NPV is {chance} and the NPV lies"
        " between {p5} and {p95} with 90% certainty. The outcome depends on the assumptions.",
    ),
    "sentence_point_positive": (
        "{name}: de baten wegen op tegen de kosten (puntschatting, zonder bandbreedtes).",
        "{name}: the benefits outweigh the costs (a point estimate, without ranges).",
    ),
    "sentence_point_negative": (
        "{name}: de baten (in geld) wegen niet op tegen de kosten (puntschatting, zonder"
        " bandbreedtes); weeg de PM-posten mee.",
        "{name}: the benefits (in money) do not outweigh the costs (a point estimate,"
        " without ranges); weigh the PM items.",
    ),
    "facts_header": (
        "Variant|Saldo gemeente|Wint het meest|Aannames die de NCW het meest bewegen|PM-posten"
        "|Aandachtspunten",
        "Variant|Gemeente's balance|Gains most|Assumptions that move the NPV most|PM items"
        "|Warnings",
    ),
    "facts_caption": (
        "Per variant: het saldo (baten min kosten, contante waarde) van de gemeente, de actor"
        " met het grootste saldo, de drie aannames met de grootste uitslag in de tornado, de"
        " PM-posten naar teken en het aantal aandachtspunten.",
        "Per variant: the gemeente's balance (benefits less costs, present value), the"
        " stakeholder with the largest balance, the three assumptions with the widest swing in"
        " the tornado, the PM items by sign and the number of warnings.",
    ),
    "facts_no_ranges": ("geen bandbreedtes opgegeven", "no ranges given"),
    "decision_warnings": (
        "Aandachtspunten bij deze uitkomst: {count} (zie hoofdstuk Aandachtspunten).",
        "Points to check in this result: {count} (see the Warnings chapter).",
    ),
    "summary_positive": (
        "De baten van {name} wegen op tegen de kosten.",
        "The benefits of {name} outweigh its costs.",
    ),
    "summary_negative": (
        "De baten van {name} wegen (in geld uitgedrukt) niet op tegen de kosten; weeg de"
        " PM-posten mee.",
        "The benefits of {name} (in money) do not outweigh its costs; weigh the PM items.",
    ),
    "no_variants": (
        "Het scenario heeft alleen een nulalternatief: er is niets te vergelijken.",
        "The scenario only has a reference alternative: there is nothing to compare.",
    ),
    "alternatives": ("Alternatieven", "Alternatives"),
    "stakeholders": ("Actoren", "Stakeholders"),
    "reference_mark": (" (nulalternatief)", " (reference)"),
    "settings": ("Algemene uitgangspunten", "General assumptions"),
    "costs": ("Kosten", "Costs"),
    "effects": ("Effecten en correcties", "Effects and corrections"),
    "chains": ("Effectketens en bronnen", "Effect chains and sources"),
    "no_costs": ("Geen kosten opgegeven.", "No costs given."),
    "no_effects": ("Geen effecten opgegeven.", "No effects given."),
    "h_item": ("Onderdeel", "Item"),
    "h_value": ("Waarde", "Value"),
    "h_alternative": ("Alternatief", "Alternative"),
    "h_cost": ("Kostenpost", "Cost item"),
    "h_payer": ("Betaler", "Payer"),
    "h_amount": ("Bedrag", "Amount"),
    "h_years": ("Jaren (t)", "Years (t)"),
    "h_price_year": ("Prijspeil", "Price year"),
    "h_bias": ("Opslag (optimism bias)", "Optimism bias"),
    "h_effect": ("Effect", "Effect"),
    "h_beneficiary": ("Ontvanger", "Beneficiary"),
    "h_quantity": ("Aantal per jaar", "Quantity per year"),
    "h_proxy": ("Proxy per eenheid", "Proxy per unit"),
    "h_dw": ("DW", "DW"),
    "h_dp": ("DP", "DP"),
    "h_at": ("AT", "AT"),
    "h_do": ("DO", "DO"),
    "corrections_note": (
        "DW = deadweight (was toch gebeurd), DP = displacement (verplaatsing),"
        " AT = attributie (door anderen), DO = drop-off per jaar. Bedragen in euro's,"
        " prijspeil van de bron; de berekening indexeert met de CBS-prijsindex. Jaren:"
        " die binnen de horizon; een effect dat langer loopt, staat bij de aandachtspunten.",
        "DW = deadweight (would have happened anyway), DP = displacement, AT = attribution"
        " (achieved by others), DO = drop-off per year. Amounts in euros at the source's"
        " price level; the calculation indexes with the CBS price index. Years:"
        " those within the horizon; an effect that runs longer is listed under the warnings.",
    ),
    "h_chain": ("Keten en indicator", "Chain and indicator"),
    "h_source": ("Bron", "Source"),
    "h_alternatives": ("Alternatieven", "Alternatives"),
    "sources": ("Bronnen", "Sources"),
    "h_variant": ("Variant", "Variant"),
    "all_variants": ("alle varianten", "all variants"),
    "more_warnings": (
        "… en nog {n} van deze soort ({code}); de app en het rekenblad tonen ze allemaal.",
        "… and {n} more of this kind ({code}); the app and the workbook show them all.",
    ),
    "other_effects": ("Overige {n} effecten samen", "Other {n} effects together"),
    "charts_limited": (
        "Grafieken staan hier voor de {n} varianten met de hoogste NCW; de tabellen gelden"
        " voor alle varianten, en de app en het rekenblad tonen de grafieken van elke variant.",
        "Charts are shown here for the {n} variants with the highest NPV; the tables cover"
        " every variant, and the app and the workbook show the charts of each variant.",
    ),
    "every": ("om de {n} jaar", "every {n} years"),
    "ramp": ("ingroei {n} jr", "ramp-up {n} yrs"),
    "none_years": ("geen", "none"),
    "results_table": ("Kerncijfers", "Key figures"),
    "distribution": ("Wie betaalt, wie wint: {name}", "Who pays, who gains: {name}"),
    "by_effect": ("Contante waarde per effect: {name}", "Present value per effect: {name}"),
    "h_metric": ("Kengetal", "Metric"),
    "h_pays": ("Betaalt", "Pays"),
    "h_gains": ("Ontvangt", "Receives"),
    "h_balance": ("Saldo", "Balance"),
    "total": ("Totaal", "Total"),
    "h_pv": ("Contante waarde", "Present value"),
    "chart_caption": (
        "Figuur {n}. {title}. Bron: eigen berekening, contante waarde.",
        "Figure {n}. {title}. Source: own calculation, present value.",
    ),
    "chart_yearly": (
        "Kosten en baten per jaar en cumulatieve NCW",
        "Costs and benefits by year and cumulative NPV",
    ),
    "chart_who": ("Wie betaalt, wie wint", "Who pays, who gains"),
    "chart_effects": ("Waarde per effect", "Value per effect"),
    "h_pm": ("PM-post", "PM item"),
    "h_stakeholder": ("Actor", "Stakeholder"),
    "h_sign": ("Teken", "Sign"),
    "h_applies": ("Geldt voor", "Applies to"),
    "h_note": ("Toelichting", "Note"),
    "all_alternatives": ("alle alternatieven", "all alternatives"),
    "pm_intro": (
        "Effecten die wel benoemd maar niet in geld uitgedrukt zijn. Ze zitten niet in de"
        " saldi hierboven en horen in de afweging mee te tellen (+ positief, - negatief,"
        " ? onbekend).",
        "Effects that are named but not valued in money. They are not in the balances above"
        " and belong in the decision (+ positive, - negative, ? unknown).",
    ),
    "no_pm": ("Geen PM-posten opgegeven.", "No PM items given."),
    "warnings_intro": (
        "Automatische controles op overschatting en plausibiliteit:",
        "Automatic checks for over-claiming and plausibility:",
    ),
    "no_warnings": ("Geen aandachtspunten gevonden.", "No points of attention found."),
    "conventions": ("Conventies", "Conventions"),
    "method": ("Rekenregels", "Calculation rules"),
    "provenance": ("Herkomst", "Provenance"),
    "rate_source": ("Bron discontovoet: {source}.", "Source of the discount rate: {source}."),
    "rate_with_source": ("{rate} (bron: {source})", "{rate} (source: {source})"),
    "cpi": (
        "Prijsindex: CBS consumentenprijsindex {first}-{last} (jaargemiddelden); jaren na"
        " {last} gebruiken de index van {last}.",
        "Price index: CBS consumer price index {first}-{last} (annual averages); years after"
        " {last} use the {last} index.",
    ),
    "hash": (
        "Scenario-vingerafdruk (SHA-256 van de canonieke JSON): {hash}.",
        "Scenario fingerprint (SHA-256 of the canonical JSON): {hash}.",
    ),
    "excel_hint": (
        "Alle getallen zijn na te rekenen in de Excel-export van hetzelfde scenario"
        " (sroi-app export), waarin elke uitkomst een formule over de invoer is.",
        "Every figure can be checked in the Excel export of the same scenario (sroi-app"
        " export), in which every result is a formula over the inputs.",
    ),
    "s_start_year": ("Basisjaar (t = 0)", "Base year (t = 0)"),
    "s_price_year": ("Prijspeil", "Price level"),
    "s_horizon": ("Tijdshorizon", "Time horizon"),
    "s_rate": ("Discontovoet", "Discount rate"),
    "s_reference": ("Vergeleken met", "Compared with"),
    "years_unit": ("{n} jaar (t = 0..{n})", "{n} years (t = 0..{n})"),
}


def text(key: str, lang: Lang) -> str:
    return in_lang(TEXTS[key] if key in TEXTS else LABELS[key], lang)


def section_title(key: str, lang: Lang) -> str:
    return in_lang(SECTIONS[key], lang)
