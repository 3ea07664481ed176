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

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sroi_app.app import commands, library_use
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
from sroi_app.ui.widgets.catalogue import (
    catalogue_view,
    choice_box,
    details_pane,
    facts_html,
    page_target,
    search_field,
    select_row,
    selected_row,
    side_by_side,
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


class LibraryBrowser(QDialog):
    """Search the library and use a proxy in the document."""

    def __init__(self, window: MainWindow, library: ProxyLibrary | None = None) -> None:
        super().__init__(window)
        self.setObjectName("libraryBrowser")
        self.window_ = window
        self.controller = window.controller
        self.library = library or default_library()
        self.setWindowTitle(translate("Library", "Proxy library"))
        self.resize(1400, 800)
        self.alternative, self.effect_row = effects_target(window)

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

        self.model = ProxyTableModel(self.controller, self)
        self.view = catalogue_view(self.model)
        self.details = details_pane("proxyDetails")
        split = side_by_side(self.view, self.details, [900, 480])

        self.count = QLabel()
        self.indexing = QLabel()
        self.indexing.setWordWrap(True)
        self.target = QLabel()
        self.target.setWordWrap(True)
        self.with_range = QCheckBox(
            translate("Library", "Also take the library's range (low – high) for the sensitivity")
        )
        self.with_range.setChecked(True)
        self.insert_button = QPushButton(translate("Library", "Insert into the selected effect"))
        self.insert_button.setDefault(True)
        self.new_button = QPushButton(translate("Library", "New effect from this proxy"))
        self.insert_button.clicked.connect(self.insert_into_effect)
        self.new_button.clicked.connect(self.new_effect)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        actions = QHBoxLayout()
        actions.addWidget(self.with_range)
        actions.addStretch(1)
        actions.addWidget(self.insert_button)
        actions.addWidget(self.new_button)
        actions.addWidget(buttons)

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
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.show_selected())
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
        self.count.setText(
            translate("Library", "{n} of {total} proxies").format(
                n=len(found), total=len(self.library)
            )
        )
        self._fit_columns()
        row = self.model.row_of(selected.id) if selected is not None else -1
        self.select_row(row if row >= 0 else 0)
        return found

    def _fit_columns(self) -> None:
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        header.resizeSection(0, min(max(header.sectionSize(0), 200), 300))
        for column in range(1, self.model.columnCount()):
            header.resizeSection(column, min(header.sectionSize(column) + 8, 220))

    def select_row(self, row: int) -> None:
        select_row(self.view, row)
        self.show_selected()

    def select_proxy(self, proxy_id: str) -> bool:
        row = self.model.row_of(proxy_id)
        self.select_row(row)
        return row >= 0

    def selected_proxy(self) -> LibraryProxy | None:
        return self.model.proxy(selected_row(self.view))

    # -- what is shown --------------------------------------------------------------------------

    def _effect_name(self) -> str | None:
        scenario = self.controller.scenario
        if not 0 <= self.alternative < len(scenario.alternatives):
            return None
        alt = scenario.alternatives[self.alternative]
        if not 0 <= self.effect_row < len(alt.effects):
            return None
        effect = alt.effects[self.effect_row]
        return translate("Library", "“{effect}” in “{alternative}”").format(
            effect=effect.name or effect.id, alternative=alt.name or alt.id
        )

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
        scenario = self.controller.scenario
        has_alternative = 0 <= self.alternative < len(scenario.alternatives)
        self.new_button.setEnabled(has_alternative)
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
        path = f"alternatives[{self.alternative}].effects[{self.effect_row}]"
        issues = self.controller.attempt(
            commands.build,
            "set",
            f"{path}.proxy",
            library_use.use_library_proxy,
            path,
            proxy,
            lang=current_lang(),
            with_range=self.with_range.isChecked(),
            cpi=self.controller.document.cpi,
            params={
                "undo_text": translate("Library", "Use library value “{proxy}”").format(
                    proxy=proxy.name(current_lang())
                )
            },
        )
        if issues:
            return False
        self._done(self.effect_row, translate("Library", "Library value inserted: {proxy}"), proxy)
        return True

    def new_effect(self) -> bool:
        """A new effect in the Effects page's alternative, valued with the selected proxy."""
        proxy = self.selected_proxy()
        scenario = self.controller.scenario
        if proxy is None or not 0 <= self.alternative < len(scenario.alternatives):
            return False
        issues = self.controller.attempt(
            commands.build,
            "insert",
            f"alternatives[{self.alternative}].effects",
            library_use.add_effect_from_proxy,
            self.alternative,
            proxy,
            lang=current_lang(),
            cpi=self.controller.document.cpi,
            params={
                "undo_text": translate("Library", "New effect from “{proxy}”").format(
                    proxy=proxy.name(current_lang())
                )
            },
        )
        if issues:
            return False
        row = len(self.controller.scenario.alternatives[self.alternative].effects) - 1
        self._done(row, translate("Library", "New effect from the library: {proxy}"), proxy)
        return True

    def _done(self, row: int, message: str, proxy: LibraryProxy) -> None:
        window = self.window_
        page: QWidget = window.show_page("effects")
        editor = getattr(page, "editor", None)
        if editor is not None:
            editor.select_row(row)
        window.statusBar().showMessage(message.format(proxy=proxy.name(current_lang())), 8000)
        self.accept()


def open_library(window: MainWindow) -> LibraryBrowser:
    """Open the browser over the window; the Effects page's selection is the target."""
    browser = LibraryBrowser(window)
    browser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    browser.open()
    return browser
