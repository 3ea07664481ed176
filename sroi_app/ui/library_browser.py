"""The proxy library browser: search, filter, read the source, use a value in an effect.

Opened from the Effects page ("From the library…") and from Tools > Proxy
library. The search is the library's own (every word, without regard to case
or accents; ``search_proxies``), narrowed by domain, verification status and
evidence grade. Each proxy shows its original value and price year next to
its value at the open scenario's price level (CBS CPI; ``*`` where the last
published index stands in for a later year), with range, source, licence
and notes. "Insert into the selected effect" and "New effect from this
proxy" are one undoable edit each (``sroi_app.app.library_use``).
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from sroi_app.app import library_use
from sroi_app.domain.formatting import format_number
from sroi_app.domain.proxy_library import EVIDENCE_GRADES, LibraryProxy, ProxyLibrary
from sroi_app.io.proxies import default_library, search_proxies
from sroi_app.ui.i18n import current_lang, stakeholder_kind_names, translate
from sroi_app.ui.models.library_models import (
    ProxyTableModel,
    domain_names,
    money,
    verification_names,
)
from sroi_app.ui.widgets.browser_base import CatalogueBrowser, open_browser
from sroi_app.ui.widgets.catalogue import (
    choice_box,
    facts_html,
    page_target,
    search_field,
)

if TYPE_CHECKING:
    from sroi_app.ui.mainwindow import MainWindow


def grade_meanings() -> dict[str, str]:
    """What an evidence grade means (docs/proxy-library.md)."""
    return {
        "A": translate("Library", "official Dutch reference value or tariff"),
        "B": translate(
            "Library", "Dutch national statistics or an official or peer-reviewed study"
        ),
        "C": translate(
            "Library",
            "Dutch grey literature or consultancy report, or an international official default",
        ),
        "D": translate(
            "Library",
            "press report, a value transferred from abroad, or a derivation with an assumption",
        ),
        "E": translate("Library", "assumption without a source"),
    }


def effects_target(window: MainWindow) -> tuple[int, int]:
    """The alternative shown on the Effects page and its selected effect row (-1: none)."""
    return page_target(window.pages, "effects")


class LibraryBrowser(CatalogueBrowser):
    """Search the library and use a proxy in the document."""

    model: ProxyTableModel

    def __init__(self, window: MainWindow, library: ProxyLibrary | None = None) -> None:
        super().__init__(
            window,
            name="libraryBrowser",
            title=translate("Library", "Proxy library"),
            size=(1400, 800),
            page_key="effects",
        )
        self.library = library or default_library()

        self.search = search_field(
            translate("Library", "Search: eenzaamheid, depression, QALY, CBS…")
        )
        names = domain_names()
        self.domain = choice_box(
            translate("Library", "All domains"),
            ((names.get(d, d), d) for d in self.library.domains()),
        )
        self.status = choice_box(
            translate("Library", "Any verification"),
            ((name, key) for key, name in verification_names().items()),
        )
        grades = translate("Library", "Grade {grades}")
        self.grade = choice_box(
            translate("Library", "Any evidence grade"),
            (
                (grades.format(grades=g if g == "A" else f"A\u2013{g}"), g)
                for g in EVIDENCE_GRADES[:-1]
            ),
        )
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.domain)
        filters.addWidget(self.status)
        filters.addWidget(self.grade)

        split = self.result_list(ProxyTableModel(self.controller, self), "proxyDetails", [900, 480])
        self.indexing = QLabel()
        self.indexing.setWordWrap(True)
        self.with_range = QCheckBox(
            translate("Library", "Also take the library's range (low – high) for the sensitivity")
        )
        self.with_range.setChecked(True)
        self.insert_button = QPushButton(translate("Library", "Insert into the selected effect"))
        self.insert_button.setDefault(True)
        self.new_button = QPushButton(translate("Library", "New effect from this proxy"))
        self.insert_button.clicked.connect(self.insert_into_effect)
        self.new_button.clicked.connect(self.new_effect)
        actions = QHBoxLayout()
        actions.addWidget(self.with_range)
        actions.addStretch(1)
        actions.addWidget(self.insert_button)
        actions.addWidget(self.new_button)
        actions.addWidget(self.close_buttons())

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        info = QHBoxLayout()
        info.addWidget(self.count)
        info.addWidget(self.indexing, 1)
        layout.addLayout(info)
        layout.addWidget(self.target)
        layout.addLayout(actions)

        self.search.textChanged.connect(self.apply_filters)
        for combo in (self.domain, self.status, self.grade):
            combo.currentIndexChanged.connect(self.apply_filters)
        # A bound method: Qt drops the connection when the dialog is deleted.
        self.controller.scenarioChanged.connect(self._scenario_changed)
        self._describe_target()
        self.apply_filters()
        self.search.setFocus()

    # -- searching ------------------------------------------------------------------------------

    def apply_filters(self) -> list[LibraryProxy]:
        """Show the proxies that match the search text and filters; keep the selection if shown."""
        selected = self.selected_proxy()
        found = search_proxies(
            self.search.text(),
            domain=self.domain.currentData(),
            verification=self.status.currentData(),
            min_grade=self.grade.currentData(),
            library=self.library,
        )
        self.model.set_proxies(found)
        self.show_found(
            translate("Library", "{n} of {total} proxies").format(
                n=len(found), total=len(self.library)
            ),
            (200, 300, 220),
            self.model.row_of(selected.id) if selected is not None else -1,
        )
        return found

    def select_proxy(self, proxy_id: str) -> bool:
        row = self.model.row_of(proxy_id)
        self.select_row(row)
        return row >= 0

    def selected_proxy(self) -> LibraryProxy | None:
        return self.model.proxy(self.current_row())

    # -- what is shown --------------------------------------------------------------------------

    def _effect_name(self) -> str | None:
        return self.target_name(translate("Library", "“{effect}” in “{alternative}”"), "effect")

    def _describe_target(self) -> None:
        name = self._effect_name()
        if name is None:
            self.target.setText(
                translate(
                    "Library",
                    "No effect is selected on the Effects page: choose one there to give it a"
                    " library value, or start a new effect from a proxy.",
                )
            )
        else:
            self.target.setText(translate("Library", "Selected effect: {name}").format(name=name))
        self.new_button.setEnabled(self.has_alternative())
        self.insert_button.setEnabled(name is not None and self.selected_proxy() is not None)

    def _scenario_changed(self, _old: object, _new: object) -> None:
        self.show_selected()

    def show_selected(self) -> None:
        proxy = self.selected_proxy()
        year = self.controller.scenario.settings.effective_price_year
        self.indexing.setText(
            translate(
                "Library",
                "Indexed to the scenario's price level ({year}) with the CBS consumer price index."
                " An effect keeps the source's value and price year; the calculation indexes it.",
            ).format(year=year)
        )
        self._describe_target()
        self.details.setHtml(self.details_html(proxy) if proxy is not None else "")

    def details_html(self, proxy: LibraryProxy) -> str:
        lang = current_lang()
        e = html.escape
        rows: list[tuple[str, str]] = []
        unit = proxy.unit(lang)
        rows.append(
            (
                translate("Library", "Value"),
                translate("Library", "{value} per {unit} ({year} prices)").format(
                    value=money(proxy.value, lang), unit=e(unit), year=proxy.price_year
                ),
            )
        )
        indexed = self.model.indexed(proxy)
        if indexed is not None:
            text = translate("Library", "{value} (× {factor}, CPI {from_year} → {to_year})").format(
                value=money(indexed.value, lang),
                factor=format_number(indexed.factor, 4, lang),
                from_year=proxy.price_year,
                to_year=indexed.price_year,
            )
            if indexed.extrapolated:
                text += " — " + translate(
                    "Library",
                    "no CBS index for {year} yet: the last published index is used",
                ).format(year=indexed.price_year)
            rows.append(
                (translate("Library", "At {year} prices").format(year=indexed.price_year), text)
            )
        if proxy.has_range:
            range_text = f"{money(proxy.low, lang)} \u2013 {money(proxy.high, lang)}"
        else:
            range_text = translate("Library", "none (a fixed reference value)")
        rows.append(
            (
                translate("Library", "Range"),
                f"{range_text}<br><i>{e(proxy.explanation('range_basis', lang))}</i>",
            )
        )
        grade = proxy.evidence_grade
        rows.append(
            (
                translate("Library", "Evidence grade"),
                f"{grade} \u2014 {e(grade_meanings().get(grade, ''))}",
            )
        )
        status = e(verification_names().get(proxy.verification, proxy.verification))
        if proxy.derivation:
            status += f"<br><i>{e(proxy.explanation('derivation', lang))}</i>"
        if proxy.verification_note:
            status += f"<br><i>{e(proxy.verification_note)}</i>"
        rows.append((translate("Library", "Verification"), status))
        kind = stakeholder_kind_names().get(proxy.beneficiary, proxy.beneficiary)
        rows.append((translate("Library", "Typical beneficiary"), e(kind)))
        source = e(proxy.source)
        if proxy.url:
            source += f'<br><a href="{e(proxy.url)}">{e(proxy.url)}</a>'
        rows.append((translate("Library", "Source"), source))
        rows.append((translate("Library", "Licence"), e(proxy.explanation("licence", lang))))
        if proxy.notes:
            rows.append((translate("Library", "Notes"), e(proxy.explanation("notes", lang))))
        rows.append((translate("Library", "Library id"), f"<code>{e(proxy.id)}</code>"))
        return facts_html(proxy.name(lang), rows)

    # -- using a proxy --------------------------------------------------------------------------

    def insert_into_effect(self) -> bool:
        """The selected proxy becomes the selected effect's proxy (one undoable edit)."""
        proxy = self.selected_proxy()
        if proxy is None or self._effect_name() is None:
            return False
        path = f"alternatives[{self.alternative}].effects[{self.target_row}]"
        name = proxy.name(current_lang())
        if not self.edit(
            "set",
            f"{path}.proxy",
            library_use.use_library_proxy,
            path,
            proxy,
            with_range=self.with_range.isChecked(),
            undo_text=translate("Library", "Use library value “{proxy}”").format(proxy=name),
        ):
            return False
        message = translate("Library", "Library value inserted: {proxy}")
        self.finish(self.target_row, message.format(proxy=name))
        return True

    def new_effect(self) -> bool:
        """A new effect in the Effects page's alternative, valued with the selected proxy."""
        proxy = self.selected_proxy()
        if proxy is None or not self.has_alternative():
            return False
        name = proxy.name(current_lang())
        if not self.edit(
            "insert",
            f"alternatives[{self.alternative}].effects",
            library_use.add_effect_from_proxy,
            self.alternative,
            proxy,
            undo_text=translate("Library", "New effect from “{proxy}”").format(proxy=name),
        ):
            return False
        row = len(self.controller.scenario.alternatives[self.alternative].effects) - 1
        message = translate("Library", "New effect from the library: {proxy}")
        self.finish(row, message.format(proxy=name))
        return True


def open_library(window: MainWindow) -> LibraryBrowser:
    """Open the browser over the window; the Effects page's selection is the target."""
    return open_browser(LibraryBrowser(window))
