"""Build the example scenarios in scenarios/ from the templates and the proxy library.

Run ``python tools/build_example_scenarios.py`` after changing a template or a
library value; it rewrites the five example files (never the spec's own
``groen-schoolplein.sroi.json``) and prints each variant's SROI ratio and NPV.
Costs are written here by hand, each with a note saying where the amount
comes from (mostly stated assumptions for a fictional municipality).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sroi_app.app.templates import effect_from_proxy, instantiate_template  # noqa: E402
from sroi_app.calc import compute  # noqa: E402
from sroi_app.calc.checks import scenario_warnings  # noqa: E402
from sroi_app.domain.validation import scenario_from_data  # noqa: E402
from sroi_app.io.cpi import default_cpi  # noqa: E402
from sroi_app.io.proxies import default_library  # noqa: E402
from sroi_app.io.scenario_file import save_scenario  # noqa: E402
from sroi_app.io.templates import default_templates  # noqa: E402

MUNICIPALITY = "Gemeente Voorbeeldstad (fictief)"
RATE_LABEL = "NL standaard 2,25% (Werkgroep discontovoet 2020)"
CPI = default_cpi()
LIB = default_library()
TEMPLATES = default_templates()


def settings(horizon: int, rate_range: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {
        "start_year": 2026,
        "price_year": 2025,
        "horizon_years": horizon,
        "discount_rate": 0.0225,
        "discount_rate_label": RATE_LABEL,
    }
    if rate_range:
        out["uncertainty"] = {"discount_rate": {"low": 0.0, "high": 0.04}}
    return out


def cost(
    cid: str,
    name: str,
    payer: str,
    amount: float,
    note: str,
    first: int = 0,
    last: int | None = None,
    *,
    rel_range: tuple[float, float] | None = None,
    optimism_bias: float = 0.0,
    category: str = "",
) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": cid,
        "name": name,
        "payer": payer,
        "amount": amount,
        "first_year": first,
        "note": note,
    }
    if last is not None:
        item["last_year"] = last
    if optimism_bias:
        item["optimism_bias"] = optimism_bias
    if category:
        item["category"] = category
    if rel_range:
        item["uncertainty"] = {
            "amount": {
                "low": round(amount * rel_range[0], 2),
                "high": round(amount * rel_range[1], 2),
                "distribution": "triangular",
            }
        }
    return item


def add(
    data: dict[str, Any],
    alt_id: str,
    template_id: str,
    inputs: dict[str, float] | None = None,
    *,
    keys: set[str] | None = None,
    overrides: dict[str, dict[str, Any]] | None = None,
    pm: bool = False,
) -> None:
    """Add a template's effects (and optionally its PM posts) to one alternative."""
    instance = instantiate_template(
        TEMPLATES.get(template_id),
        data,
        LIB,
        alternative_id=alt_id,
        inputs=inputs,
        effect_keys=keys,
        overrides=overrides,
        add_missing_stakeholders=False,
    )
    alt = next(a for a in data["alternatives"] if a["id"] == alt_id)
    alt["effects"].extend(instance.effects)
    if pm:
        data["pm_items"].extend(instance.pm_items)


def sh(sid: str, name: str, kind: str, description: str = "") -> dict[str, Any]:
    out = {"id": sid, "name": name, "kind": kind}
    if description:
        out["description"] = description
    return out


def alt(aid: str, name: str, description: str, reference: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": aid,
        "name": name,
        "description": description,
        "costs": [],
        "effects": [],
    }
    if reference:
        out["reference"] = True
    return out


def house_value_effect() -> dict[str, Any]:
    """Homes facing the new park: a one-off value uplift, with its count derived."""
    proxy = LIB.get("house_value_park")
    effect = effect_from_proxy(proxy, effect_id="woningwaarde", beneficiary="bewoners")
    homes = {
        "name": "homes_facing_park",
        "value": 120,
        "unit": "woningen",
        "label": "woningen met zicht op het park",
        "source": "Aanname: telling op de plankaart (3 flats van 40 woningen).",
        "low": 90,
        "high": 150,
    }
    share = {
        "name": "share_affected",
        "value": 0.75,
        "unit": "fractie",
        "label": "aandeel met echte verbetering van uitzicht",
        "source": "Aanname: een kwart kijkt nu al op groen.",
        "low": 0.5,
        "high": 1.0,
    }
    effect.update(
        chain=[
            "grasveld wordt park",
            "woningen krijgen uitzicht op aantrekkelijk groen",
            "meer woongenot",
            "hogere woningwaarde (eenmalig)",
        ],
        indicator="WOZ-waarde van woningen aan het park ten opzichte van vergelijkbare woningen",
        quantity=homes["value"] * share["value"],
        quantity_derivation={
            "formula": "homes_facing_park * share_affected",
            "inputs": [homes, share],
            "note": "eigen afleiding",
        },
        first_year=2,
        duration_years=1,
        deadweight=0.1,
        attribution=0.3,
        note="Eenmalig: de kapitaalwaarde van woongenot. Overlapt deels met de gezondheidseffecten "
        "voor dezelfde bewoners; daarom attributie 0,3.",
    )
    effect["uncertainty"].update(
        quantity={"low": 45.0, "high": 150.0, "distribution": "triangular"},
        attribution={"low": 0.2, "high": 0.5, "distribution": "triangular"},
    )
    return effect


def green_meeting_place() -> dict[str, Any]:
    """The largest example: a green meeting place in a post-war priority neighbourhood."""
    data: dict[str, Any] = {
        "schema_version": 1,
        "name": "Groene ontmoetingsplek Vogelbuurt",
        "description": (
            "Een versleten, omheind grasveld tussen portiekflats in een naoorlogse aandachtswijk"
            " (circa 10.000 inwoners) wordt een groene ontmoetingsplek met bomen, waterberging,"
            " speelplekken en een paviljoen. Drie varianten: alleen vergroenen, groen met"
            " ontmoetingsprogramma, en dat laatste met een buurtverbinder. Fictieve gemeente;"
            " bedragen zijn onderbouwde aannames (zie de toelichting per post)."
        ),
        "area_type": "aandachtswijk",
        "municipality": MUNICIPALITY,
        "settings": settings(20, rate_range=True),
        "stakeholders": [
            sh("gemeente", "Gemeente Voorbeeldstad", "gemeente"),
            sh("corporatie", "Woningcorporatie Thuis in de Buurt", "woningcorporatie"),
            sh("zvz", "Zorgverzekeraar (regio)", "zorgverzekeraar"),
            sh("ggd", "GGD regio", "ggd"),
            sh("welzijn", "Welzijnsorganisatie Samen", "zorg_welzijn"),
            sh("bewoners", "Bewoners Vogelbuurt", "bewoners"),
            sh("werkgevers", "Werkgevers van werkende bewoners", "ondernemers"),
            sh("samenleving", "Overig (samenleving)", "overig"),
        ],
        "alternatives": [
            alt(
                "nul",
                "Nulalternatief",
                "Grasveld blijft; regulier maaibeheer en hekwerkonderhoud.",
                True,
            ),
            alt(
                "groen",
                "Vergroenen",
                "Grasveld wordt park met bomen, wadi en speelnatuur; geen programma.",
            ),
            alt(
                "ontmoeting",
                "Groene ontmoetingsplek",
                "Park plus paviljoen en een ontmoetingsprogramma van de welzijnsorganisatie.",
            ),
            alt(
                "plus",
                "Ontmoetingsplek met buurtverbinder",
                "Als 'Groene ontmoetingsplek', plus een buurtverbinder (1 fte, 4 jaar).",
            ),
        ],
        "pm_items": [],
    }
    nul, groen, ontm, plus = data["alternatives"]
    nul["costs"] = [
        cost(
            "beheer",
            "Regulier maaibeheer en hekwerk",
            "gemeente",
            9000,
            "Aanname: beheerbudget grasveld 1,2 ha (gemeentelijke beheerkosten, orde van grootte).",
            0,
            20,
            rel_range=(0.8, 1.2),
        ),
    ]
    park = cost(
        "aanleg_park",
        "Aanleg park, bomen, wadi en speelnatuur",
        "gemeente",
        520000,
        "Aanname: circa EUR 45 per m2 voor 1,2 ha herinrichting inclusief bomen en wadi "
        "(ramingsniveau schetsontwerp).",
        0,
        rel_range=(0.85, 1.4),
        optimism_bias=0.15,
        category="investering",
    )
    park_corp = cost(
        "bijdrage_corporatie",
        "Bijdrage corporatie aan de aanleg",
        "corporatie",
        150000,
        "Aanname: bijdrage uit het leefbaarheidsbudget van de corporatie (afspraak in "
        "prestatieafspraken).",
        0,
        rel_range=(0.8, 1.2),
        category="investering",
    )
    beheer_park = cost(
        "beheer_park",
        "Beheer park en speelplekken",
        "gemeente",
        24000,
        "Aanname: hoger beheerniveau (bomen, wadi, speeltoestellen), circa EUR 2 per m2 per jaar.",
        1,
        20,
        rel_range=(0.8, 1.3),
    )
    groen["costs"] = [park, park_corp, beheer_park]
    pav = cost(
        "paviljoen",
        "Paviljoen met buurtkamer",
        "corporatie",
        200000,
        "Aanname: eenvoudig paviljoen van circa 80 m2 (bouwkosten plus inrichting).",
        0,
        rel_range=(0.85, 1.5),
        optimism_bias=0.24,
        category="investering",
    )
    programma = cost(
        "programma",
        "Ontmoetingsprogramma en beheer paviljoen",
        "gemeente",
        30000,
        "Aanname: 0,3 fte sociaal werker plus activiteitenbudget, gesubsidieerd door de gemeente.",
        1,
        20,
        rel_range=(0.8, 1.2),
    )
    zvz_bijdrage = cost(
        "preventiebudget",
        "Bijdrage zorgverzekeraar aan beweegactiviteiten",
        "zvz",
        8000,
        "Aanname: preventiebudget van de zorgverzekeraar voor beweegactiviteiten in het park.",
        1,
        10,
        rel_range=(0.5, 1.5),
    )
    ontm["costs"] = [dict(park), dict(park_corp), dict(beheer_park), pav, programma, zvz_bijdrage]
    bv = [
        cost(
            "buurtverbinder_gemeente",
            "Buurtverbinder: aandeel gemeente (40%)",
            "gemeente",
            30000,
            "Aanname: 1 fte buurtverbinder EUR 75.000 per jaar (loonkosten schaal 8 plus "
            "overhead), verdeeld 40/30/30.",
            1,
            4,
            rel_range=(0.9, 1.2),
        ),
        cost(
            "buurtverbinder_corporatie",
            "Buurtverbinder: aandeel corporatie (30%)",
            "corporatie",
            22500,
            "Zie aandeel gemeente.",
            1,
            4,
            rel_range=(0.9, 1.2),
        ),
        cost(
            "buurtverbinder_zorg",
            "Buurtverbinder: aandeel zorgverzekeraar (30%)",
            "zvz",
            22500,
            "Zie aandeel gemeente.",
            1,
            4,
            rel_range=(0.9, 1.2),
        ),
    ]
    plus["costs"] = [dict(c) for c in ontm["costs"]] + bv

    area = {"residents": 6000}
    for aid in ("groen", "ontmoeting", "plus"):
        add(data, aid, "green_mental_health", area)
        add(
            data,
            aid,
            "heat_resilient_green",
            {"residents": 6000, "local_workers": 150},
            keys={"mortality"},
        )
        add(data, aid, "water_storage", {"homes_at_risk": 120, "flood_probability": 0.04})
        add(data, aid, "play_space", {"children_4_12": 700})
    for aid in ("ontmoeting", "plus"):
        add(data, aid, "meeting_place_loneliness", {"regular_visitors": 150})
    # The connector's loneliness effect would count the same lonely residents as the
    # meeting place's: only its volunteering and carer-relief effects are added.
    add(
        data,
        "plus",
        "neighbourhood_connector",
        {"households_reached": 350},
        keys={"volunteering", "carer_relief"},
    )
    for aid in ("groen", "ontmoeting", "plus"):
        data_alt = next(a for a in data["alternatives"] if a["id"] == aid)
        data_alt["effects"].append(house_value_effect())
    # One PM list for the whole scenario (PM posts name effects, not per variant).
    for tid in ("green_mental_health", "meeting_place_loneliness", "water_storage", "play_space"):
        inst = instantiate_template(TEMPLATES.get(tid), data, LIB, add_missing_stakeholders=False)
        data["pm_items"].extend(inst.pm_items)
    data["pm_items"].append(
        {
            "name": "Minder vandalisme en overlast door toezicht en gebruik",
            "stakeholder": "corporatie",
            "sign": "?",
            "note": "Meer gebruik kan ook meer overlast geven; niet gewaardeerd.",
        }
    )
    return data


def movement_street() -> dict[str, Any]:
    data: dict[str, Any] = {
        "schema_version": 1,
        "name": "Beweegvriendelijke Stationsstraat",
        "description": (
            "De Stationsstraat tussen woonwijk en station moet toch worden gerioleerd en "
            "herbestraat."
            " Twee varianten maken er meer van: een fietsstraat met brede stoepen, of een autoluwe "
            "straat"
            " met bomen en verblijfsplekken. De gezondheidswinst van extra lopen en fietsen is "
            "berekend"
            " volgens WHO HEAT. Fictieve gemeente."
        ),
        "area_type": "mobiliteitsknooppunt",
        "municipality": MUNICIPALITY,
        "settings": settings(20),
        "stakeholders": [
            sh("gemeente", "Gemeente Voorbeeldstad", "gemeente"),
            sh("provincie", "Provincie (subsidie fiets)", "provincie"),
            sh("bewoners", "Bewoners en reizigers", "bewoners"),
            sh("ondernemers", "Ondernemers Stationsstraat", "ondernemers"),
            sh("rijk", "Rijk", "rijk"),
        ],
        "alternatives": [
            alt(
                "nul",
                "Nulalternatief",
                "Vervanging riolering en terugleggen van de bestaande inrichting"
                " (besloten beleid).",
                True,
            ),
            alt(
                "fietsstraat",
                "Fietsstraat met brede stoepen",
                "Fietsstraat (auto te gast), stoepen van 3 m, 20 nieuwe bomen.",
            ),
            alt(
                "autoluw",
                "Autoluw met bomen en verblijf",
                "Autoluw (alleen bestemmingsverkeer), 45 bomen, bankjes en groen; meer lopen en "
                "fietsen.",
            ),
        ],
        "pm_items": [],
    }
    nul, fiets, luw = data["alternatives"]
    riool = cost(
        "riolering",
        "Vervanging riolering en herbestrating",
        "gemeente",
        1400000,
        "Aanname: 450 m straat, vervanging riolering en bestrating (gemeentelijk rioleringsplan).",
        0,
        rel_range=(0.9, 1.2),
    )
    nul["costs"] = [
        riool,
        cost(
            "onderhoud",
            "Regulier onderhoud straat",
            "gemeente",
            6000,
            "Aanname: jaarlijks onderhoud bestrating en groen.",
            1,
            20,
        ),
    ]
    fiets["costs"] = [
        dict(riool),
        cost(
            "herinrichting",
            "Meerkosten herinrichting fietsstraat",
            "gemeente",
            520000,
            "Aanname: rood asfalt, bredere stoepen, 20 bomen en verlichting bovenop de "
            "herbestrating.",
            0,
            rel_range=(0.9, 1.4),
            optimism_bias=0.1,
        ),
        cost(
            "subsidie",
            "Provinciale fietssubsidie (bijdrage)",
            "provincie",
            200000,
            "Aanname: cofinanciering uit een provinciale fietsregeling.",
            0,
        ),
        cost(
            "onderhoud",
            "Onderhoud straat en bomen",
            "gemeente",
            11000,
            "Aanname: regulier onderhoud plus bomen.",
            1,
            20,
            rel_range=(0.8, 1.3),
        ),
    ]
    luw["costs"] = [
        dict(riool),
        cost(
            "herinrichting",
            "Meerkosten autoluwe inrichting met groen",
            "gemeente",
            1150000,
            "Aanname: volledige herprofilering, 45 bomen in groeiplaatsen, verblijfsplekken.",
            0,
            rel_range=(0.9, 1.5),
            optimism_bias=0.15,
        ),
        cost(
            "subsidie",
            "Provinciale fietssubsidie (bijdrage)",
            "provincie",
            250000,
            "Aanname: cofinanciering uit een provinciale fietsregeling.",
            0,
        ),
        cost(
            "parkeren",
            "Compenserende parkeerplaatsen elders",
            "gemeente",
            180000,
            "Aanname: 30 parkeerplaatsen op een nabij terrein.",
            0,
            rel_range=(0.7, 1.3),
        ),
        cost(
            "onderhoud",
            "Onderhoud straat, groen en bomen",
            "gemeente",
            19000,
            "Aanname: hoger beheerniveau.",
            1,
            20,
            rel_range=(0.8, 1.3),
        ),
    ]
    add(
        data,
        "fietsstraat",
        "active_mobility_heat",
        {"adults_20_74": 5500, "adults_20_64": 4800, "walk_uptake": 0.08, "cycle_uptake": 0.08},
    )
    add(data, "fietsstraat", "street_trees_air", {"trees": 20})
    add(
        data,
        "autoluw",
        "active_mobility_heat",
        {
            "adults_20_74": 5500,
            "adults_20_64": 4800,
            "walk_uptake": 0.14,
            "walk_minutes": 35,
            "cycle_uptake": 0.10,
        },
    )
    add(data, "autoluw", "street_trees_air", {"trees": 45})
    add(data, "autoluw", "heat_resilient_green", {"residents": 2500, "local_workers": 400})
    inst = instantiate_template(
        TEMPLATES.get("active_mobility_heat"), data, LIB, add_missing_stakeholders=False
    )
    data["pm_items"].extend(inst.pm_items)
    data["pm_items"].extend(
        [
            {
                "name": "Minder parkeerplaatsen voor de deur",
                "stakeholder": "ondernemers",
                "sign": "-",
                "note": "Bezoekers met de auto lopen verder; effect op omzet onzeker.",
            },
            {
                "name": "Omzet winkels door meer voetgangers en fietsers",
                "stakeholder": "ondernemers",
                "sign": "?",
            },
            {
                "name": "Minder verkeerslawaai",
                "stakeholder": "bewoners",
                "sign": "+",
                "alternative": "autoluw",
            },
        ]
    )
    return data


def senior_meeting_room() -> dict[str, Any]:
    data: dict[str, Any] = {
        "schema_version": 1,
        "name": "Ontmoetingsruimte seniorenflat De Linde",
        "description": (
            "In een seniorencomplex van 120 woningen wordt een leegstaande bergingsruimte een"
            " ontmoetingsruimte. Variant 1: alleen de ruimte met vrijwilligers; variant 2: met een"
            " wekelijks beweeg- en valpreventieprogramma. Klein project, kleine effecten: een "
            "eerlijk"
            " voorbeeld waarin de baten de kosten niet vanzelf overtreffen. Fictieve gemeente."
        ),
        "area_type": "woonwijk",
        "municipality": MUNICIPALITY,
        "settings": settings(15),
        "stakeholders": [
            sh("corporatie", "Woningcorporatie Thuis in de Buurt", "woningcorporatie"),
            sh("gemeente", "Gemeente Voorbeeldstad (Wmo en welzijn)", "gemeente"),
            sh("zvz", "Zorgverzekeraar (regio)", "zorgverzekeraar"),
            sh("welzijn", "Welzijnsorganisatie Samen", "zorg_welzijn"),
            sh("bewoners", "Bewoners De Linde", "bewoners"),
        ],
        "alternatives": [
            alt(
                "nul",
                "Nulalternatief",
                "Berging blijft leeg; huismeester als enige aanspreekpunt.",
                True,
            ),
            alt(
                "ruimte",
                "Ontmoetingsruimte",
                "Verbouwing tot ontmoetingsruimte met keuken; vrijwilligers openen 5 dagdelen per "
                "week.",
            ),
            alt(
                "ruimte_bewegen",
                "Ontmoetingsruimte met beweegprogramma",
                "Als 'Ontmoetingsruimte', plus een wekelijks beweeg- en valpreventieprogramma.",
            ),
        ],
        "pm_items": [],
    }
    nul, ruimte, bewegen = data["alternatives"]
    nul["costs"] = []
    verbouw = cost(
        "verbouwing",
        "Verbouwing berging tot ontmoetingsruimte",
        "corporatie",
        70000,
        "Aanname: 60 m2 verbouwing met pantry; toilet is er al.",
        0,
        rel_range=(0.85, 1.4),
        optimism_bias=0.1,
        category="investering",
    )
    inrichting = cost(
        "inrichting",
        "Inrichting",
        "gemeente",
        12000,
        "Aanname: meubilair en keukenapparatuur; gemeentelijke subsidie.",
        0,
        rel_range=(0.8, 1.2),
    )
    exploitatie = cost(
        "exploitatie",
        "Energie, schoonmaak en huurderving",
        "corporatie",
        4500,
        "Aanname: niet verhuurde ruimte plus energie en schoonmaak.",
        1,
        15,
        rel_range=(0.8, 1.3),
    )
    coordinatie = cost(
        "coordinatie",
        "Begeleiding vrijwilligers (0,1 fte)",
        "welzijn",
        6000,
        "Aanname: 0,1 fte sociaal werker, gefinancierd uit de welzijnssubsidie.",
        1,
        15,
        rel_range=(0.8, 1.2),
    )
    ruimte["costs"] = [verbouw, inrichting, exploitatie, coordinatie]
    bewegen["costs"] = [dict(c) for c in ruimte["costs"]] + [
        cost(
            "beweegprogramma",
            "Beweeg- en valpreventieprogramma (wekelijks)",
            "zvz",
            6000,
            "Aanname: fysiotherapeut of beweegdocent, 40 lessen per jaar, vergoed uit "
            "preventiebudget.",
            1,
            15,
            rel_range=(0.8, 1.3),
        ),
    ]
    for aid in ("ruimte", "ruimte_bewegen"):
        add(
            data,
            aid,
            "meeting_place_loneliness",
            {"regular_visitors": 60, "share_severely_lonely": 0.3},
        )
        add(
            data,
            aid,
            "neighbourhood_connector",
            {"volunteers": 10, "hours_per_volunteer": 80},
            keys={"volunteering"},
            overrides={"volunteering": {"duration_years": 15, "drop_off": 0.05}},
        )
    add(
        data,
        "ruimte_bewegen",
        "fall_prevention",
        {"residents_65plus": 150, "participation": 0.4, "relative_reduction": 0.2},
    )
    inst = instantiate_template(
        TEMPLATES.get("meeting_place_loneliness"), data, LIB, add_missing_stakeholders=False
    )
    data["pm_items"].extend(inst.pm_items)
    inst = instantiate_template(
        TEMPLATES.get("fall_prevention"),
        data,
        LIB,
        alternative_id="ruimte_bewegen",
        add_missing_stakeholders=False,
    )
    data["pm_items"].extend(inst.pm_items)
    data["pm_items"].append(
        {
            "name": "Langer zelfstandig wonen in het complex",
            "stakeholder": "corporatie",
            "sign": "+",
            "note": "Minder mutaties en leegstand; niet gewaardeerd.",
        }
    )
    return data


def neighbourhood_connector() -> dict[str, Any]:
    data: dict[str, Any] = {
        "schema_version": 1,
        "name": "Buurtverbinder Oost (gedeeld)",
        "description": (
            "Gemeente, woningcorporatie en zorgverzekeraar financieren samen een buurtverbinder in "
            "een"
            " aandachtswijk. Hij of zij legt contact met huishoudens, brengt bewoners in beweging "
            "als"
            " vrijwilliger en ontlast mantelzorgers. Variant 1: 1 fte voor 4 jaar; variant 2: 2 fte"
            " voor 4 jaar in twee buurten (het tweede fte bereikt moeilijker bewoners). Wie betaalt"
            " en wie wint: de gemeente betaalt het meest, zorgverzekeraar en welzijn winnen mee."
            " Fictieve gemeente."
        ),
        "area_type": "aandachtswijk",
        "municipality": MUNICIPALITY,
        "settings": settings(10),
        "stakeholders": [
            sh("gemeente", "Gemeente Voorbeeldstad", "gemeente"),
            sh("corporatie", "Woningcorporatie Thuis in de Buurt", "woningcorporatie"),
            sh("zvz", "Zorgverzekeraar (regio)", "zorgverzekeraar"),
            sh("welzijn", "Zorg- en welzijnsorganisaties", "zorg_welzijn"),
            sh("bewoners", "Bewoners Oost", "bewoners"),
        ],
        "alternatives": [
            alt(
                "nul",
                "Nulalternatief",
                "Alleen het bestaande wijkteam (geen extra kosten of effecten).",
                True,
            ),
            alt(
                "een_fte",
                "Buurtverbinder 1 fte",
                "Een buurtverbinder voor 4 jaar, kosten verdeeld 40/30/30.",
            ),
            alt(
                "twee_fte",
                "Buurtverbinders 2 fte",
                "Twee buurtverbinders voor 4 jaar in twee buurten.",
            ),
        ],
        "pm_items": [],
    }
    _, een, twee = data["alternatives"]

    def fte_costs(n: int) -> list[dict[str, Any]]:
        total = 75000 * n
        return [
            cost(
                "start",
                "Werving, scholing en startbudget",
                "gemeente",
                8000 * n,
                "Aanname: werving en ABCD-training.",
                0,
                rel_range=(0.8, 1.3),
            ),
            cost(
                "gemeente",
                "Buurtverbinder: aandeel gemeente (40%)",
                "gemeente",
                0.4 * total,
                "Aanname: EUR 75.000 per fte per jaar (loonkosten plus overhead), verdeeld "
                "40/30/30 (gemeente, corporatie, zorgverzekeraar).",
                1,
                4,
                rel_range=(0.9, 1.2),
            ),
            cost(
                "corporatie",
                "Buurtverbinder: aandeel corporatie (30%)",
                "corporatie",
                0.3 * total,
                "Zie aandeel gemeente.",
                1,
                4,
                rel_range=(0.9, 1.2),
            ),
            cost(
                "zvz",
                "Buurtverbinder: aandeel zorgverzekeraar (30%)",
                "zvz",
                0.3 * total,
                "Zie aandeel gemeente.",
                1,
                4,
                rel_range=(0.9, 1.2),
            ),
            cost(
                "activiteiten",
                "Activiteitenbudget bewonersinitiatieven",
                "gemeente",
                10000 * n,
                "Aanname: kleine budgetten voor initiatieven van bewoners.",
                1,
                4,
                rel_range=(0.5, 1.5),
            ),
        ]

    een["costs"] = fte_costs(1)
    twee["costs"] = fte_costs(2)
    add(
        data,
        "een_fte",
        "neighbourhood_connector",
        {"households_reached": 450, "volunteers": 35, "carers_supported": 30},
    )
    add(
        data,
        "twee_fte",
        "neighbourhood_connector",
        {
            "households_reached": 800,
            "share_improved": 0.18,
            "volunteers": 55,
            "carers_supported": 45,
        },
    )
    add(
        data,
        "een_fte",
        "meeting_place_loneliness",
        {"regular_visitors": 60},
        keys={"qaly"},
        overrides={"qaly": {"duration_years": 4, "drop_off": 0.0}},
    )
    add(
        data,
        "twee_fte",
        "meeting_place_loneliness",
        {"regular_visitors": 100},
        keys={"qaly"},
        overrides={"qaly": {"duration_years": 4, "drop_off": 0.0}},
    )
    inst = instantiate_template(
        TEMPLATES.get("neighbourhood_connector"), data, LIB, add_missing_stakeholders=False
    )
    data["pm_items"].extend(inst.pm_items)
    data["pm_items"].append(
        {
            "name": "Minder huurachterstanden en overlastmeldingen",
            "stakeholder": "corporatie",
            "sign": "+",
            "note": "Verwacht door eerder contact; niet gemeten, niet gewaardeerd.",
        }
    )
    return data


def heat_schoolyard() -> dict[str, Any]:
    data: dict[str, Any] = {
        "schema_version": 1,
        "name": "Hittebestendig groen schoolplein De Regenboog",
        "description": (
            "Een volledig betegeld schoolplein (2.000 m2) in een woonwijk wordt groen en "
            "hittebestendig:"
            " bomen, schaduw, speelnatuur en (in variant 2) waterberging en openstelling na "
            "schooltijd"
            " voor de buurt. Fictieve gemeente; de spec-versie 'Groen schoolplein' staat apart."
        ),
        "area_type": "woonwijk",
        "municipality": MUNICIPALITY,
        "settings": settings(20),
        "stakeholders": [
            sh("gemeente", "Gemeente Voorbeeldstad", "gemeente"),
            sh("school", "Schoolbestuur", "overig"),
            sh("rijk", "Rijk (Impulsregeling klimaatadaptatie)", "rijk"),
            sh("zvz", "Zorgverzekeraar (regio)", "zorgverzekeraar"),
            sh("bewoners", "Leerlingen, ouders en buurtbewoners", "bewoners"),
            sh("werkgevers", "Werkgevers (school en buurt)", "ondernemers"),
        ],
        "alternatives": [
            alt(
                "nul",
                "Nulalternatief",
                "Tegelplein blijft; regulier onderhoud en vervanging van speeltoestellen.",
                True,
            ),
            alt(
                "groen",
                "Groen schoolplein",
                "Ontharding van 60%, 12 bomen, speelnatuur; open onder schooltijd.",
            ),
            alt(
                "groen_water",
                "Groen, waterbergend en open voor de buurt",
                "Als 'Groen schoolplein' met wadi en regenwateropvang, open na schooltijd.",
            ),
        ],
        "pm_items": [],
    }
    nul, groen, water = data["alternatives"]
    nul["costs"] = [
        cost(
            "onderhoud",
            "Regulier onderhoud tegelplein",
            "school",
            3000,
            "Aanname: schoonmaak en kleine reparaties.",
            0,
            20,
        ),
        cost(
            "toestellen",
            "Vervanging speeltoestellen",
            "school",
            25000,
            "Aanname: vervanging eens per 10 jaar.",
            5,
            20,
            rel_range=(0.8, 1.2),
        ),
    ]
    nul["costs"][1]["every_years"] = 10
    aanleg = cost(
        "aanleg",
        "Aanleg groen schoolplein",
        "gemeente",
        85000,
        "Aanname: circa EUR 80 per m2 over 2.000 m2 (EUR 160.000), gedeeld met school en Rijk.",
        0,
        rel_range=(0.85, 1.4),
        optimism_bias=0.1,
        category="investering",
    )
    school = cost(
        "bijdrage_school",
        "Bijdrage schoolbestuur",
        "school",
        35000,
        "Aanname: eigen bijdrage uit het onderhoudsbudget.",
        0,
        rel_range=(0.9, 1.1),
        category="investering",
    )
    rijk = cost(
        "bijdrage_rijk",
        "Bijdrage Impulsregeling klimaatadaptatie",
        "rijk",
        40000,
        "Aanname: cofinanciering via de gemeente uit de rijksregeling.",
        0,
        category="investering",
    )
    onderhoud = cost(
        "onderhoud",
        "Onderhoud groen plein",
        "school",
        6000,
        "Aanname: groenonderhoud door hovenier en leerlingen.",
        1,
        20,
        rel_range=(0.8, 1.3),
    )
    groen["costs"] = [aanleg, school, rijk, onderhoud]
    water["costs"] = [dict(c) for c in groen["costs"]] + [
        cost(
            "wadi",
            "Wadi en regenwateropvang",
            "gemeente",
            45000,
            "Aanname: wadi van 150 m3 en afkoppelen van het schooldak.",
            0,
            rel_range=(0.85, 1.4),
            category="investering",
        ),
        cost(
            "openstelling",
            "Toezicht en openstelling na schooltijd",
            "gemeente",
            5000,
            "Aanname: sluitdienst en toezicht.",
            1,
            20,
            rel_range=(0.7, 1.3),
        ),
    ]
    add(data, "groen", "play_space", {"children_4_12": 320, "relative_reduction": 0.08})
    add(
        data,
        "groen",
        "heat_resilient_green",
        {"residents": 1500, "local_workers": 40, "share_affected": 0.8},
    )
    add(data, "groen_water", "play_space", {"children_4_12": 450, "relative_reduction": 0.08})
    add(
        data,
        "groen_water",
        "heat_resilient_green",
        {"residents": 2000, "local_workers": 40, "share_affected": 0.8},
    )
    add(data, "groen_water", "water_storage", {"homes_at_risk": 40, "flood_probability": 0.05})
    inst = instantiate_template(
        TEMPLATES.get("play_space"), data, LIB, add_missing_stakeholders=False
    )
    data["pm_items"].extend(inst.pm_items)
    data["pm_items"].extend(
        [
            {
                "name": "Natuureducatie en betere concentratie in de klas",
                "stakeholder": "school",
                "sign": "+",
            },
            {
                "name": "Geluidsoverlast voor omwonenden na schooltijd",
                "stakeholder": "bewoners",
                "sign": "-",
                "alternative": "groen_water",
            },
        ]
    )
    return data


def senior_meeting_room_evaluation() -> dict[str, Any]:
    """The meeting room three years on: what was measured and spent (contract section 11).

    The same appraisal, started in 2023, with the measurements of 2024-2026
    and the actual spending. The figures are illustrative, like the
    municipality: loneliness came down more slowly than forecast, the
    volunteers came sooner, and the conversion cost 14% more.
    """
    data = senior_meeting_room()
    data["name"] = "Ontmoetingsruimte seniorenflat De Linde: evaluatie 2026"
    data["description"] = (
        "Evaluatie na drie jaar van de ontmoetingsruimte (besluit 2023). Metingen en"
        " werkelijke uitgaven zijn illustratief (fictieve gemeente)."
    )
    data["settings"]["start_year"] = 2023
    room = next(a for a in data["alternatives"] if a["id"] == "ruimte")
    effects = {e["id"]: e for e in room["effects"]}
    monitor = "Gezondheidsmonitor Volwassenen en Ouderen (GGD), wijkcijfers, illustratief"
    effects["meeting_place_loneliness_care"]["measurements"] = [
        {"year": 2024, "quantity": 2.0, "source": monitor},
        {"year": 2025, "quantity": 3.5, "source": monitor},
        {"year": 2026, "quantity": 4.5, "source": monitor},
    ]
    effects["neighbourhood_connector_volunteering"]["measurements"] = [
        {"year": 2024, "quantity": 950, "source": "urenregistratie beheerder, illustratief"},
        {"year": 2025, "quantity": 1020, "source": "urenregistratie beheerder, illustratief"},
        {"year": 2026, "quantity": 880, "source": "urenregistratie beheerder, illustratief"},
    ]
    costs = {c["id"]: c for c in room["costs"]}
    costs["verbouwing"]["actuals"] = [
        {"year": 2023, "amount": 79_800, "price_year": 2023, "note": "eindafrekening aannemer"}
    ]
    return data


EXAMPLES = {
    "groene-ontmoetingsplek.sroi.json": green_meeting_place,
    "beweegvriendelijke-straat.sroi.json": movement_street,
    "ontmoetingsruimte-senioren.sroi.json": senior_meeting_room,
    "buurtverbinder.sroi.json": neighbourhood_connector,
    "hittebestendig-schoolplein.sroi.json": heat_schoolyard,
    "ontmoetingsruimte-senioren-evaluatie.sroi.json": senior_meeting_room_evaluation,
}


def main() -> None:
    for filename, build in EXAMPLES.items():
        scenario = scenario_from_data(build(), CPI)
        result = compute(scenario, CPI)
        save_scenario(scenario, ROOT / "scenarios" / filename, backup=False)
        print(filename)
        for r in result.results:
            ratio = "-" if r.sroi_ratio is None else f"{r.sroi_ratio:.2f}"
            print(
                f"  {r.alternative_id:16s} SROI {ratio:>6s}  NPV {r.npv:>13,.0f}"
                f"  PV costs {r.pv_costs:>12,.0f}"
            )
        codes = sorted({w.code for w in scenario_warnings(scenario, result, CPI)})
        print("  warnings:", codes)


if __name__ == "__main__":
    main()
