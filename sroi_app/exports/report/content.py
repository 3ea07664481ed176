"""What the council report says: every section built from the scenario and the engine.

The report states the scenario, its assumptions with sources, the results
per alternative (with who pays and who gains), the charts of
``sroi_app.charts.results``, the PM posts, the over-claiming warnings of
``calc.checks`` and the method, in Dutch or English.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from matplotlib.figure import Figure

from sroi_app import __version__
from sroi_app.calc import AlternativeResult, ScenarioResult, compute
from sroi_app.calc.checks import scenario_warnings, simulation_warnings
from sroi_app.calc.decision import default_simulation
from sroi_app.calc.monitoring import has_monitoring, monitor
from sroi_app.calc.montecarlo import DEFAULT_SEED
from sroi_app.calc.uncertainty import AlternativeSensitivity, one_way
from sroi_app.charts.results import (
    EffectsChart,
    StakeholderChart,
    YearlyFlowsChart,
    new_figure,
    state_price_level,
)
from sroi_app.charts.sensitivity import HistogramChart, TornadoChart, switching_value_rows
from sroi_app.domain.cpi import CpiTable
from sroi_app.domain.formatting import Lang, format_money, format_number, format_percent
from sroi_app.domain.labels import conventions_text, label, scenario_rate_text
from sroi_app.domain.models import CostItem, Effect, Scenario
from sroi_app.exports.report.annex import (
    MAX_CHART_VARIANTS,
    REST,
    TABLE_EFFECTS,
    WIDE_VARIANTS,
    chain_blocks,
    top_effects,
    warning_blocks,
)
from sroi_app.exports.report.comparison import increment_blocks
from sroi_app.exports.report.decision import decision_page, ratio_text
from sroi_app.exports.report.model import (
    Align,
    Block,
    FigureBlock,
    Heading,
    Paragraph,
    Report,
    Section,
    Table,
    keep_euro,
)
from sroi_app.exports.report.texts import ANNEXES, SECTIONS, section_title, text
from sroi_app.io.fingerprint import scenario_sha256
from sroi_app.io.method_text import METHOD, rate_source
from sroi_app.io.proxies import capitalised_ids


def plain(label: str) -> str:
    """A name for a chart label: matplotlib would read ``$...$`` as mathematics."""
    return label.replace("$", r"\$")


class _Builder:
    def __init__(self, scenario: Scenario, cpi: CpiTable, lang: Lang) -> None:
        self.scenario = scenario
        self.cpi = cpi
        self.lang = lang
        self.result: ScenarioResult = compute(scenario, cpi)
        self.figures = 0
        # Read by the decision page and the uncertainty part, by the summary's count
        # and the warnings chapter: each computed once per report.
        self.simulation = default_simulation(scenario, cpi, self.result)
        self.found_warnings = scenario_warnings(scenario, self.result, cpi, capitalised_ids())
        if self.simulation is not None:
            self.found_warnings += simulation_warnings(scenario, self.result, self.simulation)

    def t(self, key: str, **params: object) -> str:
        words = text(key, self.lang)
        return words.format(**params) if params else words

    def money(self, value: float | None) -> str:
        return keep_euro(format_money(value, self.lang))

    def percent(self, value: float | None) -> str:
        return format_percent(
            value, self.lang, 0 if value is not None and value * 100 % 1 == 0 else 1
        )

    def ratio(self, value: float | None) -> str:
        return ratio_text(value, self.lang)

    def payback(self, value: float | None) -> str:
        if value is None:
            return label("not_paid_back", self.lang)
        return f"{format_number(value, 1, self.lang)} {label('years', self.lang)}"

    def person(self, stakeholder_id: str | None) -> str:
        return "" if stakeholder_id is None else self.scenario.stakeholder_name(stakeholder_id)

    def alt_name(self, alternative_id: str) -> str:
        for a in self.scenario.alternatives:
            if a.id == alternative_id:
                return a.name or a.id
        return alternative_id

    # Sections -----------------------------------------------------------

    def summary(self) -> list[Block]:
        return decision_page(self)

    @functools.cached_property
    def sensitivity(self) -> dict[str, AlternativeSensitivity]:
        """The tornado and switching values per variant (once per report); empty without
        ranges."""
        if self.simulation is None:
            return {}
        found = one_way(self.scenario, self.cpi, result=self.result)
        return {a.alternative_id: a for a in found}

    def description(self) -> list[Block]:
        s = self.scenario
        blocks: list[Block] = [Paragraph(s.description or self.t("no_description"), "lead")]
        facts = []
        if s.municipality:
            facts.append(f"{self.t('municipality')}: {s.municipality}")
        if s.area_type:
            facts.append(f"{self.t('area_type')}: {s.area_type}")
        if facts:
            blocks.append(Paragraph(" · ".join(facts), "note"))
        blocks.append(Heading(self.t("alternatives")))
        for a in s.alternatives:
            mark = self.t("reference_mark") if a.reference else ""
            body = f"{a.name or a.id}{mark}" + (f": {a.description}" if a.description else "")
            blocks.append(Paragraph(body, "bullet"))
        blocks.append(Heading(self.t("stakeholders")))
        for p in s.stakeholders:
            extra = f" ({p.kind})" if p.kind else ""
            body = f"{p.name or p.id}{extra}" + (f": {p.description}" if p.description else "")
            blocks.append(Paragraph(body, "bullet"))
        return blocks

    def _years(self, first: int, last: int, every: int = 1, ramp: int = 0) -> str:
        """``2–20``, also for an item that runs past the horizon (``2–26`` on 20 years): only the
        years within the horizon count; the warnings chapter names the item (issue 11, item 4)."""
        horizon = self.scenario.settings.horizon_years
        if last < first or first > horizon:
            return self.t("none_years")
        shown = min(last, horizon)
        span = str(first) if shown == first else f"{first}–{shown}"
        if every > 1 and last > first:
            span += ", " + self.t("every", n=every)
        if ramp:
            span += ", " + self.t("ramp", n=ramp)
        return span

    def _cost_row(self, alternative: str, c: CostItem) -> list[str]:
        return [
            alternative,
            c.name or c.id,
            self.person(c.payer),
            self.money(c.amount),
            self._years(c.first_year, c.effective_last_year, c.every_years),
            str(c.price_year or self.scenario.settings.effective_price_year),
            self.percent(c.optimism_bias),
        ]

    def _variants(self, names: list[str]) -> str:
        every = [a.name or a.id for a in self.scenario.variants]
        return self.t("all_variants") if len(names) > 1 and names == every else ", ".join(names)

    def _effect_row(self, alternative: str, e: Effect) -> list[str]:
        last = e.first_year + e.duration_years - 1
        quantity = format_number(e.quantity, 0 if e.quantity == int(e.quantity) else 2, self.lang)
        return [
            alternative,
            e.name or e.id,
            self.person(e.beneficiary),
            f"{quantity} {e.unit}".strip(),
            keep_euro(format_money(e.proxy.value, self.lang, 2 if e.proxy.value % 1 else 0))
            + (f" ({e.proxy.price_year})" if e.proxy.price_year else ""),
            self.percent(e.deadweight),
            self.percent(e.displacement),
            self.percent(e.attribution),
            self.percent(e.drop_off),
            self._years(e.first_year, last, 1, e.ramp_up_years),
        ]

    def assumptions(self) -> list[Block]:
        s, settings = self.scenario, self.scenario.settings
        reference = s.reference
        source = rate_source(s, self.lang)
        rows = [
            [self.t("s_start_year"), str(settings.start_year)],
            [self.t("s_price_year"), str(settings.effective_price_year)],
            [self.t("s_horizon"), self.t("years_unit", n=settings.horizon_years)],
            [
                self.t("s_rate"),
                self.t("rate_with_source", rate=scenario_rate_text(s, self.lang), source=source),
            ],
            [
                self.t("s_reference"),
                (reference.name or reference.id) if reference else label("no_reference", self.lang),
            ],
        ]
        blocks: list[Block] = [
            Heading(self.t("settings")),
            Table([self.t("h_item"), self.t("h_value")], rows, [1, 2.2], ["l", "l"]),
            Heading(self.t("costs")),
        ]
        costs = [self._cost_row(a.name or a.id, c) for a in s.alternatives for c in a.costs]
        if costs:
            header = ["h_alternative", "h_cost", "h_payer", "h_amount", "h_years", "h_price_year"]
            blocks.append(
                Table(
                    [self.t(h) for h in header] + [self.t("h_bias")],
                    costs,
                    [1.3, 1.6, 1.3, 1.1, 1.2, 0.8, 0.9],
                    ["l", "l", "l", "r", "l", "r", "r"],
                )
            )
        else:
            blocks.append(Paragraph(self.t("no_costs")))
        blocks.append(Heading(self.t("effects")))
        # An effect that is the same in several variants is one row, naming them all.
        grouped: dict[str, tuple[Effect, list[str]]] = {}
        for a in s.alternatives:
            for e in a.effects:
                key = e.model_dump_json()
                grouped.setdefault(key, (e, []))[1].append(a.name or a.id)
        if not grouped:
            return [*blocks, Paragraph(self.t("no_effects"))]
        header = ["h_alternatives", "h_effect", "h_beneficiary", "h_quantity", "h_proxy"]
        header += ["h_dw", "h_dp", "h_at", "h_do", "h_years"]
        blocks.append(
            Table(
                [self.t(h) for h in header],
                [self._effect_row(self._variants(names), e) for e, names in grouped.values()],
                [1.15, 1.15, 1.05, 0.9, 1.05, 0.65, 0.65, 0.65, 0.65, 0.9],
                ["l", "l", "l", "r", "r", "r", "r", "r", "r", "l"],
                caption=self.t("corrections_note"),
            )
        )
        return blocks + chain_blocks([e for e, _ in grouped.values()], self.t)

    def results(self) -> list[Block]:
        results = self.result.results
        if not results:
            return [Paragraph(self.t("no_variants"))]
        metrics: list[tuple[str, Callable[[AlternativeResult], str]]] = [
            ("pv_costs", lambda r: self.money(r.pv_costs)),
            ("pv_benefits", lambda r: self.money(r.pv_benefits)),
            ("npv", lambda r: self.money(r.npv)),
            ("sroi_ratio", lambda r: self.ratio(r.sroi_ratio)),
            ("net_sroi_ratio", lambda r: self.ratio(r.net_sroi_ratio)),
            ("irr", lambda r: format_percent(r.irr, self.lang)),
            ("payback_years", lambda r: self.payback(r.payback_years)),
        ]
        caption = conventions_text(self.scenario, self.lang)
        if len(results) <= WIDE_VARIANTS:  # a column per variant
            rows = [[label(key, self.lang)] + [fn(r) for r in results] for key, fn in metrics]
            right: list[Align] = ["r"] * len(results)
            header = [self.t("h_metric")] + [r.name for r in results]
            widths = [2.2] + [1.2] * len(results)
            table = Table(header, rows, widths, ["l", *right], frozenset({2}), caption)
        else:  # many variants: a row each, so the amounts keep their width
            rows = [[r.name] + [fn(r) for _, fn in metrics] for r in results]
            header = [self.t("h_variant")] + [label(key, self.lang) for key, _ in metrics]
            widths = [1.6] + [1.0] * len(metrics)
            right = ["r"] * len(metrics)
            table = Table(header, rows, widths, ["l", *right], caption=caption)
        blocks: list[Block] = [Heading(self.t("results_table")), table]
        for r in results:
            blocks.append(Heading(self.t("distribution", name=r.name)))
            people = [
                [
                    self.person(sid),
                    self.money(s.pv_costs),
                    self.money(s.pv_benefits),
                    self.money(s.npv),
                ]
                for sid, s in r.by_stakeholder.items()
            ]
            people.append(
                [
                    self.t("total"),
                    self.money(r.pv_costs),
                    self.money(r.pv_benefits),
                    self.money(r.npv),
                ]
            )
            blocks.append(
                Table(
                    [
                        self.t("h_stakeholder"),
                        self.t("h_pays"),
                        self.t("h_gains"),
                        self.t("h_balance"),
                    ],
                    people,
                    [2.0, 1.2, 1.2, 1.2],
                    ["l", "r", "r", "r"],
                    strong=frozenset({len(people) - 1}),
                )
            )
        return blocks + self.monitoring()

    def monitoring(self) -> list[Block]:
        """Forecast against measured, and what it means for the outcome (contract section 11)."""
        if not has_monitoring(self.scenario):
            return []
        blocks: list[Block] = [Heading(self.t("monitoring_title"))]
        blocks.append(Paragraph(self.t("monitoring_intro")))
        for m in monitor(self.scenario, self.cpi, self.result):
            r = self.result.result(m.alternative_id)
            if not m.by_effect and not m.by_cost:
                continue
            blocks.append(
                Paragraph(
                    self.t(
                        "monitoring_line",
                        name=r.name,
                        npv=self.money(r.npv),
                        ratio=self.ratio(r.sroi_ratio),
                        re_npv=self.money(m.reforecast.npv),
                        re_ratio=self.ratio(m.reforecast.sroi_ratio),
                    ),
                    "lead",
                )
            )
            alternative = next(a for a in self.scenario.alternatives if a.id == m.alternative_id)
            names = {e.id: e.name or e.id for e in alternative.effects}
            names |= {c.id: c.name or c.id for c in alternative.costs}
            rows = [
                [
                    names[item_id],
                    ", ".join(str(y) for y in item.years),
                    self.money(item.forecast_pv),
                    self.money(item.realised_pv),
                ]
                for items in (m.by_effect, m.by_cost)
                for item_id, item in items.items()
            ]
            blocks.append(
                Table(
                    self.t("monitoring_header").split("|"),
                    rows,
                    [2.6, 1.4, 1.2, 1.2],
                    ["l", "l", "r", "r"],
                )
            )
        return blocks

    def _figure(self, figure: Figure, title: str) -> FigureBlock:
        self.figures += 1
        state_price_level(figure, self.scenario.settings.effective_price_year, self.lang)
        return FigureBlock(figure, self.t("chart_caption", n=self.figures, title=title))

    def charts(self) -> list[Block]:
        if not self.result.results:
            return [Paragraph(self.t("no_variants"))]
        names = {s.id: plain(s.name or s.id) for s in self.scenario.stakeholders}
        blocks: list[Block] = self.limited_note()
        for result in self.result.results:
            r = replace(result, name=plain(result.name))
            blocks.append(Heading(r.name))
            if r.alternative_id not in self.chart_variants:
                blocks += self.effect_table(r)
                continue
            yearly = YearlyFlowsChart(new_figure(7.0, 3.6), self.lang)
            yearly.update(r, [int(y) for y in self.result.calendar_years])
            blocks.append(self._figure(yearly.figure, f"{self.t('chart_yearly')}: {r.name}"))
            height = 1.6 + 0.35 * len(r.by_stakeholder)
            who = StakeholderChart(new_figure(7.0, min(height, 5.0)), self.lang)
            who.update(r, names)
            blocks.append(self._figure(who.figure, f"{self.t('chart_who')}: {r.name}"))
            if r.by_effect:
                alternative = next(
                    a for a in self.scenario.alternatives if a.id == r.alternative_id
                )
                effect_names = {e.id: plain(e.name or e.id) for e in alternative.effects}
                shown = top_effects(r.by_effect)
                effect_names[REST] = self.t("other_effects", n=len(r.by_effect) - len(shown) + 1)
                height = 1.6 + 0.35 * len(shown)
                effects = EffectsChart(new_figure(7.0, min(height, 6.0)), self.lang)
                effects.update(replace(r, by_effect=shown), effect_names)
                blocks.append(self._figure(effects.figure, f"{self.t('chart_effects')}: {r.name}"))
            blocks += self.effect_table(r)
        return blocks

    def effect_table(self, r: AlternativeResult) -> list[Block]:
        """The value per effect, largest first; past ``TABLE_EFFECTS`` the rest in one row."""
        if not r.by_effect:
            return []
        alternative = next(a for a in self.scenario.alternatives if a.id == r.alternative_id)
        names = {e.id: e.name or e.id for e in alternative.effects}
        shown = top_effects(r.by_effect, TABLE_EFFECTS)
        names[REST] = self.t("other_effects", n=len(r.by_effect) - len(shown) + 1)
        rows = [[names[k], self.money(v)] for k, v in shown.items()]
        table = Table([self.t("h_effect"), self.t("h_pv")], rows, [3.0, 1.2], ["l", "r"])
        return [Heading(self.t("by_effect", name=r.name)), table]

    @property
    def chart_variants(self) -> set[str]:
        """The variants that get charts: all, or the ``MAX_CHART_VARIANTS`` of highest NPV."""
        ranked = sorted(self.result.results, key=lambda r: -r.npv)
        return {r.alternative_id for r in ranked[:MAX_CHART_VARIANTS]}

    def limited_note(self) -> list[Block]:
        many = len(self.result.results) > MAX_CHART_VARIANTS
        return [Paragraph(self.t("charts_limited", n=MAX_CHART_VARIANTS), "note")] if many else []

    def uncertainty(self) -> list[Block]:
        """Per variant: the tornado, the NPV distribution with the central NPV and the mean,
        and the switching values in words (issue 11, item 2); without ranges, says so."""
        simulation = self.simulation
        if simulation is None:
            return [Paragraph(self.t("decision_point")), *self.increment()]
        sensitivity = self.sensitivity
        blocks: list[Block] = [Paragraph(self.t("uncertainty_intro")), *self.limited_note()]
        charted = self.chart_variants
        for r in self.result.results:
            name = plain(r.name)
            a = sensitivity[r.alternative_id]
            if r.alternative_id not in charted:
                blocks += self.switching_table(a, name)
                continue
            tornado = TornadoChart(None, self.lang).update(a, self.scenario)
            blocks.append(self._figure(tornado, f"{self.t('chart_tornado')}: {name}"))
            histogram = HistogramChart(new_figure(7.0, 3.6), self.lang).update(
                simulation.result(r.alternative_id), name, DEFAULT_SEED, central=r.npv
            )
            blocks.append(self._figure(histogram, f"{self.t('chart_distribution')}: {name}"))
            blocks += self.switching_table(a, name)
        return blocks + self.increment()

    def increment(self) -> list[Block]:
        """B over A: what the extra investment buys, and for whom."""
        return increment_blocks(self.scenario, self.cpi, self.result, self.lang)

    def switching_table(self, a: AlternativeSensitivity, name: str) -> list[Block]:
        rows = [
            [keep_euro(c) for c in (row.label, row.central_text, row.value_text)]
            for row in switching_value_rows(a, self.scenario, self.lang)[:8]
        ]
        if not rows:
            return []
        header = self.t("switching_header").split("|")
        caption = self.t("switching_caption", name=name)
        return [Table(header, rows, [3.2, 1.1, 2.2], ["l", "r", "r"], caption=caption)]

    def pm(self) -> list[Block]:
        items = self.scenario.pm_items
        if not items:
            return [Paragraph(self.t("no_pm"))]
        rows = [
            [
                p.name,
                self.person(p.stakeholder),
                f"PM {p.mark}",
                self.alt_name(p.alternative) if p.alternative else self.t("all_alternatives"),
                p.note,
            ]
            for p in items
        ]
        return [
            Paragraph(self.t("pm_intro")),
            Table(
                [self.t(h) for h in ("h_pm", "h_stakeholder", "h_sign", "h_applies", "h_note")],
                rows,
                [1.8, 1.2, 0.6, 1.3, 2.2],
                ["l", "l", "l", "l", "l"],
            ),
        ]

    def warnings(self) -> list[Block]:
        found = self.found_warnings
        if not found:
            return [Paragraph(self.t("no_warnings"))]
        intro: list[Block] = [Paragraph(self.t("warnings_intro"))]
        return intro + warning_blocks(found, self.scenario, self.lang, self.t)

    def method(self, created: datetime) -> list[Block]:
        return [
            Heading(self.t("conventions")),
            Paragraph(conventions_text(self.scenario, self.lang)),
            Paragraph(self.t("rate_source", source=rate_source(self.scenario, self.lang))),
            Paragraph(self.t("cpi", first=self.cpi.first_year, last=self.cpi.last_year)),
            Heading(self.t("method")),
            *[Paragraph(line, "bullet") for line in METHOD[self.lang]],
            Heading(self.t("provenance")),
            Paragraph(self.t("excel_hint")),
            Paragraph(self.t("hash", hash=scenario_sha256(self.scenario)), "note"),
            Paragraph(
                self.t(
                    "made_with", version=__version__, date=created.isoformat(timespec="minutes")
                ),
                "note",
            ),
        ]


def build_report(
    scenario: Scenario,
    cpi: CpiTable,
    lang: Lang = "nl",
    created: datetime | None = None,
    progress: Callable[[float, str], None] | None = None,
) -> Report:
    """The whole report as data (figures included), ready for ``html`` or ``pdf``.

    ``progress(fraction, "compute")`` after each section (fraction 0 to 1)."""
    created = created or datetime.now().astimezone()
    b = _Builder(scenario, cpi, lang)

    # The main text first (decision page, scenario, results, uncertainty, PM posts,
    # points of attention), then the annexes: inputs and sources, detail charts, method.
    # Figures are numbered in reading order, so the builders run in that order.
    def method() -> list[Block]:
        return b.method(created)

    builders: dict[str, Callable[[], list[Block]]] = {
        "summary": b.summary,
        "description": b.description,
        "results": b.results,
        "uncertainty": b.uncertainty,
        "pm": b.pm,
        "warnings": b.warnings,
        "assumptions": b.assumptions,
        "charts": b.charts,
        "method": method,
    }
    sections = []
    for n, key in enumerate(SECTIONS):
        sections.append(
            Section(key, section_title(key, lang), builders[key](), annex=key in ANNEXES)
        )
        if progress is not None:
            progress((n + 1) / len(SECTIONS), "compute")
    meta = [m for m in (scenario.municipality, created.strftime("%d-%m-%Y")) if m]
    return Report(
        kicker=b.t("kicker"),
        title=scenario.name,
        subtitle=b.t("title"),
        meta=meta,
        footer=f"{scenario.name} · {b.t('kicker').lower()}",
        sections=sections,
        lang=lang,
        author=scenario.municipality or "",
    )
