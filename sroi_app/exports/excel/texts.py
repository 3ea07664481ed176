"""Dutch and English words of the workbook (sheet names, headers, notes).

Metric names come from ``sroi_app.domain.labels`` so that the workbook, the
CLI and the report use one vocabulary; the rest is particular to the
workbook. Sheet names stay within Excel's 31 characters and avoid ``[]:*?/\\``.
"""

from __future__ import annotations

from sroi_app.domain.corrections import correction
from sroi_app.domain.formatting import Lang
from sroi_app.domain.labels import LABELS, in_lang
from sroi_app.io.method_text import METHOD

__all__ = ["AUDIT", "LEGEND", "METHOD", "SHEETS", "TEXTS", "sheet_title", "text"]

SHEETS: dict[str, tuple[str, str]] = {
    "summary": ("Samenvatting", "Summary"),
    "inputs": ("Invoer", "Inputs"),
    "sources": ("Bronnen", "Sources"),
    "cash_flows": ("Kasstromen", "Cash flows"),
    "value_map": ("Waardekaart", "Value map"),
    "overview": ("MKBA-overzicht", "CBA overview"),
    "distribution": ("Verdeling", "Distribution"),
    "sensitivity": ("Gevoeligheid", "Sensitivity"),
    "notes": ("Toelichting", "Notes"),
    # Hidden: what the charts draw downward or leftward (costs, what a stakeholder pays).
    "chart_data": ("Grafiekdata", "Chart data"),
}

TEXTS: dict[str, tuple[str, str]] = {
    # General
    "yes": ("ja", "yes"),
    "n_a": ("n.v.t.", "n/a"),
    "irr_none": ("geen", "none"),
    "not_paid_back": ("niet binnen horizon", "not within horizon"),
    "no_variants": (
        "Geen alternatieven om te vergelijken: het scenario heeft alleen een nulalternatief.",
        "No alternatives to compare: the scenario only has a reference alternative.",
    ),
    "kind_cost": ("Kosten", "Cost"),
    "kind_effect": ("Baten", "Benefit"),
    # Inputs
    "inputs_title": ("Invoer", "Inputs"),
    "inputs_legend": (
        "Gele cellen zijn invoer: wijzig ze hier en alle resultaten, tabellen en grafieken"
        " rekenen mee. Grijze cellen liggen vast door de opbouw van de werkmap (ids, horizon,"
        " jaren): wijzig die in de app en exporteer opnieuw.",
        "Yellow cells are inputs: change them here and every result, table and chart follows."
        " Grey cells are fixed by the workbook's structure (ids, horizon, years): change those"
        " in the app and export again.",
    ),
    "sec_scenario": ("Scenario", "Scenario"),
    "in_name": ("Naam", "Name"),
    "in_municipality": ("Gemeente", "Municipality"),
    "in_area_type": ("Gebiedstype", "Area type"),
    "in_description": ("Omschrijving", "Description"),
    "sec_settings": ("Instellingen", "Settings"),
    "in_start_year": ("Basisjaar (t = 0)", "Base year (t = 0)"),
    "in_price_year": ("Prijspeil", "Price level"),
    "note_price_year": ("leeg = basisjaar", "empty = base year"),
    "in_price_level": ("Prijspeil (gebruikt)", "Price level (used)"),
    "in_horizon": ("Tijdshorizon (jaren)", "Time horizon (years)"),
    "note_horizon": (
        "vast: één kolom per jaar 0..H op het blad Kasstromen",
        "fixed: one column per year 0..H on the Cash flows sheet",
    ),
    "in_rate_label": ("Discontovoet: bron / omschrijving", "Discount rate: source / label"),
    "sec_discount": ("Discontovoet", "Discount rate"),
    "note_discount": (
        "in jaar t geldt de voet van de laatste trap met 'vanaf jaar' <= t",
        "in year t the rate of the last step with 'from year' <= t applies",
    ),
    "h_from_year": ("Vanaf jaar", "From year"),
    "h_rate": ("Voet", "Rate"),
    "sec_cpi": ("Consumentenprijsindex (CBS)", "Consumer price index (CBS)"),
    "note_cpi": (
        "factor = CPI[prijspeil] / CPI[jaar]; na het laatste jaar geldt de laatste index",
        "factor = CPI[price level] / CPI[year]; after the last year the last index applies",
    ),
    "h_year": ("Jaar", "Year"),
    "h_cpi": ("Index", "Index"),
    "h_cpi_factor": ("Factor naar prijspeil", "Factor to price level"),
    "sec_stakeholders": ("Actoren", "Stakeholders"),
    "h_id": ("Id", "Id"),
    "h_name": ("Naam", "Name"),
    "h_kind": ("Soort", "Kind"),
    "h_description": ("Omschrijving", "Description"),
    "sec_alternatives": ("Alternatieven", "Alternatives"),
    "h_reference": ("Nulalternatief", "Reference"),
    "sec_costs": ("Kosten", "Costs"),
    "h_alternative": ("Alternatief", "Alternative"),
    "h_payer": ("Betaler (actor-id)", "Payer (stakeholder id)"),
    "h_amount": ("Bedrag per keer (€)", "Amount per occurrence (€)"),
    "h_item_price_year": ("Prijspeil bedrag (leeg = scenario)", "Price year (empty = scenario)"),
    "h_optimism_bias": ("Optimism bias", "Optimism bias"),
    "h_first_year": ("Eerste jaar (t)", "First year (t)"),
    "h_last_year": ("Laatste jaar (leeg = eerste)", "Last year (empty = first)"),
    "h_every_years": ("Om de n jaar", "Every n years"),
    "h_category": ("Categorie", "Category"),
    "h_note": ("Toelichting", "Note"),
    "sec_effects": ("Effecten", "Effects"),
    "h_beneficiary": ("Ontvanger (actor-id)", "Beneficiary (stakeholder id)"),
    "h_quantity": ("Aantal per jaar", "Quantity per year"),
    "h_unit": ("Eenheid", "Unit"),
    "h_proxy": ("Financiële proxy", "Financial proxy"),
    "h_proxy_value": ("Proxy (€ per eenheid per jaar)", "Proxy (€ per unit per year)"),
    "h_proxy_price_year": (
        "Prijspeil proxy (leeg = scenario)",
        "Proxy price year (empty = scenario)",
    ),
    "h_proxy_source": ("Bron proxy", "Proxy source"),
    "h_duration": ("Looptijd (jaren)", "Duration (years)"),
    "h_indicator": ("Indicator", "Indicator"),
    "h_magnitude": ("Omvang (-- tot ++)", "Magnitude (-- to ++)"),
    "h_chain": (
        "Keten (interventie → output → outcome → impact)",
        "Chain (intervention → output → outcome → impact)",
    ),
    "h_source": ("Bron effect", "Effect source"),
    "sec_pm": ("PM-posten (niet in geld uitgedrukt)", "PM items (not valued in money)"),
    "h_stakeholder": ("Actor (id)", "Stakeholder (id)"),
    "h_sign": ("Teken (+, -, ?)", "Sign (+, -, ?)"),
    "h_pm_alternative": ("Alternatief (leeg = alle)", "Alternative (empty = all)"),
    "sec_ranges": ("Onzekerheidsmarges", "Uncertainty ranges"),
    "note_ranges": (
        "voor gevoeligheidsanalyse; de centrale waarde staat in de tabellen hierboven",
        "for sensitivity analysis; the central value is in the tables above",
    ),
    "h_parameter": ("Parameter", "Parameter"),
    "h_low": ("Laag", "Low"),
    "h_high": ("Hoog", "High"),
    "h_distribution": ("Verdeling", "Distribution"),
    # Cash flows
    "cash_flows_title": ("Kasstromen per jaar", "Cash flows by year"),
    "cash_flows_subtitle": (
        "Euro's in constante prijzen van het prijspeil; alle getallen zijn formules over het"
        " blad Invoer. Contante waarde = SOMPRODUCT(DF_t; bedrag_t).",
        "Euros in constant prices of the price level; every number is a formula over the"
        " Inputs sheet. Present value = SUMPRODUCT(DF_t, amount_t).",
    ),
    "cf_t": ("Jaar t", "Year t"),
    "cf_calendar": ("Kalenderjaar", "Calendar year"),
    "cf_rate": ("Discontovoet r_t", "Discount rate r_t"),
    "cf_df": ("Disconteringsfactor DF_t", "Discount factor DF_t"),
    "cf_df_rule": (
        "DF_0 = 1; DF_t = DF_(t-1) / (1 + r_t)",
        "DF_0 = 1; DF_t = DF_(t-1) / (1 + r_t)",
    ),
    "cf_kind": ("Soort", "Kind"),
    "cf_id": ("Id", "Id"),
    "cf_name": ("Naam", "Name"),
    "cf_actor": ("Actor", "Stakeholder"),
    "cf_factor": ("CPI-factor", "CPI factor"),
    "cf_base": ("Per keer / per jaar (€)", "Per occurrence / per year (€)"),
    "cf_pv": ("Contante waarde", "Present value"),
    "cf_alternative": ("Alternatief", "Alternative"),
    "cf_is_reference": ("(nulalternatief)", "(reference)"),
    "cf_total_costs": ("Totaal kosten C_t", "Total costs C_t"),
    "cf_total_benefits": ("Totaal baten B_t", "Total benefits B_t"),
    "cf_increment": ("Verschil met nulalternatief", "Difference from reference"),
    "cf_d_costs": ("Kosten ΔC_t", "Costs ΔC_t"),
    "cf_d_benefits": ("Baten ΔB_t", "Benefits ΔB_t"),
    "cf_net": ("Netto ΔB_t − ΔC_t", "Net ΔB_t − ΔC_t"),
    "cf_pv_d_costs": ("DF_t × ΔC_t", "DF_t × ΔC_t"),
    "cf_pv_d_benefits": ("DF_t × ΔB_t", "DF_t × ΔB_t"),
    "cf_pv_net": ("DF_t × netto", "DF_t × net"),
    "cf_cumulative": ("Cumulatieve NCW", "Cumulative NPV"),
    "cf_below_zero": ("Jaar met cumulatief < 0 (anders -1)", "Year with cumulative < 0 (else -1)"),
    # Summary
    "summary_title": ("Samenvatting", "Summary"),
    "summary_units": ("Bedragen in euro's, prijspeil ", "Amounts in euros, price level "),
    "summary_discounted_to": ("; contante waarde naar ", "; present value to "),
    "summary_compared": ("Vergeleken met", "Compared with"),
    "years_unit": ("jaar", "years"),
    "summary_irr_note": (
        "IRR: de functie IRR() van Excel/LibreOffice over de netto kasstromen, met de IRR van"
        " de app bij export als startwaarde. Een rentevoet telt alleen als IRR als hij boven"
        " -100% ligt en de NCW van de netto kasstromen daar nul is (binnen een miljoenste van"
        " hun absolute som); anders staat er 'geen'. Wisselen de netto kasstromen meer dan eens"
        " van teken, dan kunnen er meerdere IRR's zijn: de app toont de IRR die het dichtst bij"
        " nul ligt en waarschuwt (Toelichting).",
        "IRR: Excel's/LibreOffice's IRR() of the net flows, started from the app's IRR at"
        " export. A rate counts as an IRR only above -100% and where the NPV of the net flows"
        " is zero (within a millionth of their absolute sum); otherwise it says 'none'. When"
        " the net flows change sign more than once there can be several IRRs: the app shows"
        " the one closest to zero and warns (Notes).",
    ),
    "summary_names_note": (
        "Gedefinieerde namen (Formules > Namen beheren): PV_COSTS_i, PV_BENEFITS_i, NPV_i,"
        " SROI_RATIO_i (en NET_SROI_RATIO_i, IRR_i, PAYBACK_i) voor het i-de alternatief;"
        " DISCOUNT_RATE is de discontovoet (bij een vaste voet).",
        "Defined names (Formulas > Name Manager): PV_COSTS_i, PV_BENEFITS_i, NPV_i,"
        " SROI_RATIO_i (and NET_SROI_RATIO_i, IRR_i, PAYBACK_i) for the i-th alternative;"
        " DISCOUNT_RATE is the discount rate (when it is one number).",
    ),
    "dec_title": (
        "Besluit: kans en bandbreedte uit de simulatie bij de export (vaste waarden;"
        " {draws} trekkingen, startgetal {seed}); saldo gemeente rekent mee",
        "Decision: chance and band from the simulation at export (fixed values; {draws}"
        " draws, seed {seed}); the gemeente's balance recalculates",
    ),
    "dec_title_point": (
        "Besluit: geen bandbreedtes opgegeven, de uitkomst is een puntschatting",
        "Decision: no ranges given, the result is a point estimate",
    ),
    "dec_rank": ("Rang (naar NCW bij de export)", "Rank (by NPV at export)"),
    "dec_chance": ("Kans NCW > 0", "Chance NPV > 0"),
    "dec_p5": ("NCW 5%-punt", "NPV 5th percentile"),
    "dec_p95": ("NCW 95%-punt", "NPV 95th percentile"),
    "dec_verdict": ("Oordeel", "Verdict"),
    "dec_gemeente": ("Saldo gemeente (CW)", "Gemeente's balance (PV)"),
    "dec_gainer": ("Wint het meest", "Gains most"),
    "dec_drivers": ("Aannames die de NCW het meest bewegen", "Assumptions that move the NPV most"),
    "dec_pm": ("PM-posten", "PM items"),
    "dec_warnings": ("Aandachtspunten", "Warnings"),
    "dec_warnings_count": ("{n} (zie Toelichting)", "{n} (see Notes)"),
    "dec_title_none": (
        "Besluit: deze werkmap is zonder simulatie geëxporteerd (kans en bandbreedte:"
        " exporteer met gevoeligheidsblad)",
        "Decision: this workbook was exported without a simulation (chance and band:"
        " export with the sensitivity sheet)",
    ),
    "chart_data_note": (
        "Voor de grafieken: kosten en wat een actor betaalt, negatief (omlaag en naar links"
        " getekend, zoals in de app en het rapport). Rekent mee; niet bewerken.",
        "For the charts: costs and what a stakeholder pays, negated (drawn downward and"
        " leftward, as in the app and the report). Recalculates; do not edit.",
    ),
    "chart_yearly": ("Contante waarde per jaar", "Present value by year"),
    "chart_costs": ("Kosten (verdisconteerd)", "Costs (discounted)"),
    "chart_benefits": ("Baten (verdisconteerd)", "Benefits (discounted)"),
    "chart_cumulative": ("Cumulatieve NCW", "Cumulative NPV"),
    "chart_who": ("Wie betaalt, wie wint", "Who pays, who gains"),
    # Distribution
    "distribution_title": ("Verdeling over actoren", "Distribution over stakeholders"),
    "distribution_subtitle": (
        "Contante waarde, verschil met het nulalternatief: wat elke actor betaalt en ontvangt.",
        "Present value, difference from the reference: what each stakeholder pays and receives.",
    ),
    "d_id": ("Actor-id", "Stakeholder id"),
    "d_name": ("Actor", "Stakeholder"),
    "d_group": ("Groep", "Group"),
    "d_group_government": ("Overheid", "Government"),
    "d_group_business": ("Bedrijven en instellingen", "Businesses and institutions"),
    "d_group_households": ("Huishoudens", "Households"),
    "d_group_other": ("Overig", "Other"),
    "d_pays": ("Betaalt (CW kosten)", "Pays (PV costs)"),
    "d_gains": ("Ontvangt (CW baten)", "Receives (PV benefits)"),
    "d_balance": ("Saldo", "Balance"),
    "total": ("Totaal", "Total"),
    # Value map
    "value_map_title": ("SROI-waardekaart (impact map)", "SROI value map (impact map)"),
    "value_map_subtitle": (
        "In de kolommen van de SVUK Value Map: per belanghebbende de inbreng (kosten die zij"
        " betaalt) en per effect output, uitkomst, indicator, aantal met bron, duur, proxy en"
        " correcties. Waarde per jaar vóór ingroei en drop-off; contante waarden van het"
        " alternatief zelf. Bronnen: zie het blad Bronnen.",
        "In the columns of the SVUK Value Map: per stakeholder its inputs (the costs it pays)"
        " and per effect output, outcome, indicator, quantity with its source, duration, proxy"
        " and corrections. Value per year before ramp-up and drop-off; present values of the"
        " alternative itself. Sources: see the Sources sheet.",
    ),
    "vm_value_year": ("Impact per jaar na correcties (€)", "Impact per year after corrections (€)"),
    "vm_inputs": ("Inbreng (kosten die zij betaalt)", "Inputs (costs it pays)"),
    "vm_inputs_value": ("Inbreng: contante waarde (€)", "Inputs: present value (€)"),
    "vm_outputs": ("Output (eerste schakel van de keten)", "Output (first link of the chain)"),
    "vm_outcome": ("Uitkomst (effect)", "Outcome (effect)"),
    "vm_total": ("Totaal van het alternatief zelf", "Total of the alternative itself"),
    "vm_totals": ("Resultaat tegen het nulalternatief", "Result against the reference"),
    # Sources
    "sources_title": ("Bronnen", "Sources"),
    "sources_subtitle": (
        "Elke bron één keer, genummerd; op Invoer en de Waardekaart staat het nummer, zoals [3]."
        " Een gewijzigde tekst hier komt bij importeren terug in elk effect dat hem noemt.",
        "Each source once, numbered; Inputs and the Value map show its number, such as [3]."
        " A text edited here comes back on import into every effect that cites it.",
    ),
    "src_number": ("Nr.", "No."),
    "src_text": ("Bron", "Source"),
    "src_used": ("Genoemd bij", "Cited by"),
    "sources_none": ("Het scenario noemt geen bronnen.", "The scenario cites no sources."),
    # Overview
    "overview_title": ("MKBA-overzichtstabel", "CBA overview table"),
    "overview_subtitle": (
        "Contante waarde per post, verschil met het nulalternatief (posten met hetzelfde id"
        " worden tegen elkaar weggestreept).",
        "Present value per item, difference from the reference (items with the same id are"
        " set against each other).",
    ),
    "ov_item": ("Post", "Item"),
    "ov_costs": ("Kosten", "Costs"),
    "ov_benefits": ("Baten", "Benefits"),
    "ov_total_costs": ("Totaal kosten", "Total costs"),
    "ov_total_benefits": ("Totaal baten", "Total benefits"),
    "ov_balance": ("Saldo (netto contante waarde)", "Balance (net present value)"),
    "ov_ratio": ("Baten/kosten-verhouding", "Benefit-cost ratio"),
    "ov_subtotal": ("Subtotaal", "Subtotal"),
    "ov_other_costs": ("Overige kosten", "Other costs"),
    "ov_other_effects": ("Overige effecten", "Other effects"),
    "ov_domain_health": ("Gezondheid", "Health"),
    "ov_domain_social": ("Sociaal", "Social"),
    "ov_domain_spatial": ("Ruimte en leefomgeving", "Space and living environment"),
    "ov_domain_environment": ("Milieu en klimaat", "Environment and climate"),
    "ov_domain_economic": ("Economie en werk", "Economy and work"),
    "ov_physical": ("Fysiek effect per jaar", "Physical effect per year"),
    "ov_pv": ("Contante waarde (€)", "Present value (€)"),
    "ov_npv_p5": ("NCW, 5%-punt (simulatie)", "NPV, 5th percentile (simulation)"),
    "ov_npv_p95": ("NCW, 95%-punt (simulatie)", "NPV, 95th percentile (simulation)"),
    "ov_range_note": (
        "Bandbreedte uit de simulatie bij de export (blad Gevoeligheid): vaste waarden, die"
        " niet meerekenen met wijzigingen.",
        "Range from the simulation at export (Sensitivity sheet): fixed values that do not"
        " follow edits.",
    ),
    "ov_pm": ("PM-posten (niet in geld uitgedrukt)", "PM items (not valued in money)"),
    "ov_pm_note": (
        "PM +: positief effect, PM -: negatief effect, PM ?: richting onbekend. Niet in de"
        " saldi opgenomen; weeg ze mee in het besluit.",
        "PM +: positive effect, PM -: negative effect, PM ?: direction unknown. Not in the"
        " balances; weigh them in the decision.",
    ),
    # Notes
    "notes_title": ("Toelichting", "Notes"),
    "n_scenario": ("Scenario", "Scenario"),
    "n_exported": ("Geëxporteerd op", "Exported at"),
    "n_version": ("Programma", "Program"),
    "n_hash": ("SHA-256 van het scenario", "SHA-256 of the scenario"),
    "n_hash_how": (
        "SHA-256 van de canonieke JSON van het scenario (sleutels gesorteerd, zonder spaties,"
        " UTF-8) zoals de app het opslaat; zie docs/excel-export.md.",
        "SHA-256 of the scenario's canonical JSON (keys sorted, no whitespace, UTF-8) as the"
        " app saves it; see docs/excel-export.md.",
    ),
    "n_price_level": ("Prijspeil", "Price level"),
    "n_rate": ("Discontovoet", "Discount rate"),
    "n_rate_source": ("Bron discontovoet", "Source of the discount rate"),
    "n_cpi": ("Prijsindex", "Price index"),
    "n_cpi_text": (
        "CBS consumentenprijsindex (jaargemiddelden) {first}-{last}; jaren na {last} gebruiken"
        " de index van {last}. Bron en methode: resources/cpi.source.md.",
        "CBS consumer price index (annual averages) {first}-{last}; years after {last} use the"
        " {last} index. Source and method: resources/cpi.source.md.",
    ),
    "n_conventions": ("Conventies", "Conventions"),
    "n_method": ("Methode", "Method"),
    "n_audit": ("Controleren", "How to audit"),
    "n_legend": ("Kleuren", "Colours"),
    "n_warnings": ("Waarschuwingen bij export", "Warnings at export"),
    "n_no_warnings": ("geen", "none"),
}

AUDIT: dict[Lang, list[str]] = {
    "nl": [
        "1. Elk invoergetal staat één keer op het blad Invoer (gele cellen); alle andere bladen"
        " verwijzen ernaar met formules.",
        "2. Kasstromen: klik een jaarcel aan om de formule van het contract te zien; kolom"
        " 'Contante waarde' is SOMPRODUCT van de disconteringsfactoren en de rij.",
        "3. De kernresultaten staan op Samenvatting onder vaste namen (PV_COSTS_1, NPV_1, ...)"
        " en zijn gelijk aan de uitkomst van de app.",
        "4. Wijzig een proxy, deadweight of de discontovoet op Invoer: alle resultaten, tabellen"
        " en grafieken rekenen mee.",
    ],
    "en": [
        "1. Every input number is in one cell on the Inputs sheet (yellow cells); every other"
        " sheet refers to it with formulas.",
        "2. Cash flows: select a year cell to see the contract's formula; the 'Present value'"
        " column is SUMPRODUCT of the discount factors and the row.",
        "3. The headline results are on Summary under fixed names (PV_COSTS_1, NPV_1, ...)"
        " and equal the app's results.",
        "4. Change a proxy, a deadweight or the discount rate on Inputs: every result, table"
        " and chart follows.",
    ],
}

LEGEND: dict[Lang, str] = {
    "nl": "Geel: invoer. Grijs: vast door de opbouw. Blauw: totalen. Groen: resultaten.",
    "en": "Yellow: inputs. Grey: fixed by the structure. Blue: totals. Green: results.",
}


def text(key: str, lang: Lang) -> str:
    """A workbook text, a correction's name (``h_<field>``, from ``domain.corrections``)
    or a metric name of ``domain.labels``."""
    if key.startswith("h_") and (c := correction(key[2:])) is not None:
        return c.label(lang)
    return in_lang(TEXTS[key] if key in TEXTS else LABELS[key], lang)


def sheet_title(key: str, lang: Lang) -> str:
    return in_lang(SHEETS[key], lang)
