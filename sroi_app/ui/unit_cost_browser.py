"""The unit-cost library browser: find a sourced price and put it into a cost item.

Opened from the Costs page ("From the unit-cost library…") and from Tools >
Unit-cost library. Search and a category filter narrow the list; each entry
shows its value and range per unit, one-off or yearly, price year, VAT
basis, the source with the quoted passage, and the value at the open
scenario's price level. With a quantity and a payer, "New cost item" and
"Price the selected cost item" are one undoable edit each
(``sroi_app.app.library_use``).
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from sroi_app.app import library_use
from sroi_app.domain.cpi import PriceYearError
from sroi_app.domain.formatting import DASH
from sroi_app.domain.proxy_library import index_proxy
from sroi_app.domain.unit_costs import UnitCost, UnitCostLibrary
from sroi_app.io.unit_costs import default_unit_costs
from sroi_app.ui.controller import DocumentController
from sroi_app.ui.i18n import current_lang, translate
from sroi_app.ui.models.base import LEFT, RIGHT, Index
from sroi_app.ui.models.library_models import money, verification_names
from sroi_app.ui.widgets.browser_base import CatalogueBrowser, open_browser
from sroi_app.ui.widgets.catalogue import (
    choice_box,
    facts_html,
    search_field,
)

if TYPE_CHECKING:
    from sroi_app.ui.mainwindow import MainWindow


def category_names() -> dict[str, str]:
    return {
        "staff": translate("UnitCosts", "Staff"),
        "green": translate("UnitCosts", "Green"),
        "paving": translate("UnitCosts", "Paving"),
        "play": translate("UnitCosts", "Play"),
        "tree": translate("UnitCosts", "Trees"),
        "building": translate("UnitCosts", "Buildings and rooms"),
        "programme": translate("UnitCosts", "Programmes"),
        "other": translate("UnitCosts", "Other"),
    }


def kind_names() -> dict[str, str]:
    return {
        "investment": translate("UnitCosts", "one-off"),
        "recurring": translate("UnitCosts", "per year"),
    }


def vat_names() -> dict[str, str]:
    return {
        "incl": translate("UnitCosts", "incl. VAT"),
        "excl": translate("UnitCosts", "excl. VAT"),
        "unknown": translate("UnitCosts", "VAT not stated"),
    }


class UnitCostTableModel(QAbstractTableModel):
    """Unit costs (a search result) with their values at the scenario's price level."""

    COLUMNS = ("name", "value", "unit", "kind", "price_year", "indexed", "category", "status")

    def __init__(self, controller: DocumentController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.entries: list[UnitCost] = []

    def set_entries(self, entries: list[UnitCost]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> UnitCost | None:
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def row_of(self, entry_id: str) -> int:
        return next((r for r, e in enumerate(self.entries) if e.id == entry_id), -1)

    def price_year(self) -> int:
        return self.controller.scenario.settings.effective_price_year

    def indexed_value(self, entry: UnitCost) -> float | None:
        try:
            return index_proxy(entry, self.price_year(), self.controller.document.cpi).value
        except PriceYearError:
            return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return {
            "name": translate("UnitCosts", "Unit cost"),
            "value": translate("UnitCosts", "Value (source)"),
            "unit": translate("UnitCosts", "Per"),
            "kind": translate("UnitCosts", "When"),
            "price_year": translate("UnitCosts", "Price year"),
            "indexed": translate("UnitCosts", "In {year} prices").format(year=self.price_year()),
            "category": translate("UnitCosts", "Category"),
            "status": translate("UnitCosts", "Verification"),
        }[self.COLUMNS[section]]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None or not 0 <= index.column() < len(self.COLUMNS):
            return None
        key = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if key in ("value", "price_year", "indexed") else LEFT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        lang = current_lang()
        if key == "name":
            return entry.name(lang)
        if key == "value":
            return money(entry.value, lang)
        if key == "unit":
            return entry.unit(lang)
        if key == "kind":
            return kind_names()[entry.kind]
        if key == "price_year":
            return str(entry.price_year)
        if key == "indexed":
            value = self.indexed_value(entry)
            return DASH if value is None else money(value, lang)
        if key == "category":
            return category_names().get(entry.category, entry.category)
        return verification_names().get(entry.verification, entry.verification)


class UnitCostBrowser(CatalogueBrowser):
    """Search the unit costs and use one in a cost item."""

    model: UnitCostTableModel

    def __init__(self, window: MainWindow, library: UnitCostLibrary | None = None) -> None:
        super().__init__(
            window,
            name="unitCostBrowser",
            title=translate("UnitCosts", "Unit-cost library"),
            size=(1300, 760),
            page_key="costs",
        )
        self.library = library or default_unit_costs()

        self.search = search_field(
            translate("UnitCosts", "Search: buurtverbinder, boom, m2 groen, ontmoetingsruimte…")
        )
        names = category_names()
        self.category = choice_box(
            translate("UnitCosts", "All categories"),
            ((names.get(c, c), c) for c in self.library.categories()),
        )
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.category)

        model = UnitCostTableModel(self.controller, self)
        split = self.result_list(model, "unitCostDetails", [820, 460])
        self.quantity = QDoubleSpinBox()
        self.quantity.setDecimals(2)
        self.quantity.setRange(0.01, 1e9)
        self.quantity.setValue(1.0)
        self.quantity.setAccelerated(True)
        self.unit_label = QLabel()
        self.payer = QComboBox()
        self.total = QLabel()
        self.total.setWordWrap(True)
        amount = QHBoxLayout()
        amount.addWidget(QLabel(translate("UnitCosts", "Quantity")))
        amount.addWidget(self.quantity)
        amount.addWidget(self.unit_label)
        amount.addSpacing(16)
        amount.addWidget(QLabel(translate("UnitCosts", "Paid by")))
        amount.addWidget(self.payer)
        amount.addWidget(self.total, 1)

        self.new_button = QPushButton(translate("UnitCosts", "New cost item"))
        self.new_button.setDefault(True)
        self.use_button = QPushButton(translate("UnitCosts", "Price the selected cost item"))
        self.new_button.clicked.connect(self.new_cost)
        self.use_button.clicked.connect(self.price_selected)
        actions = QHBoxLayout()
        actions.addWidget(self.target, 1)
        actions.addWidget(self.use_button)
        actions.addWidget(self.new_button)
        actions.addWidget(self.close_buttons())

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        layout.addWidget(self.count)
        layout.addLayout(amount)
        layout.addLayout(actions)

        self.search.textChanged.connect(self.apply_filters)
        self.category.currentIndexChanged.connect(self.apply_filters)
        self.quantity.valueChanged.connect(lambda *_: self._describe_amount())
        self._fill_payers()
        self.apply_filters()
        self.search.setFocus()

    # -- searching ------------------------------------------------------------------------------

    def apply_filters(self) -> list[UnitCost]:
        selected = self.selected_entry()
        found = self.library.search(self.search.text(), category=self.category.currentData())
        self.model.set_entries(found)
        self.show_found(
            translate("UnitCosts", "{n} of {total} unit costs").format(
                n=len(found), total=len(self.library)
            ),
            (220, 300, 180),
            self.model.row_of(selected.id) if selected is not None else -1,
        )
        return found

    def selected_entry(self) -> UnitCost | None:
        return self.model.entry(self.current_row())

    # -- what is shown --------------------------------------------------------------------------

    def _fill_payers(self) -> None:
        self.payer.clear()
        scenario = self.controller.scenario
        for stakeholder in scenario.stakeholders:
            self.payer.addItem(stakeholder.name or stakeholder.id, stakeholder.id)
        default = library_use.beneficiary_for(scenario, "gemeente")
        if default is not None:
            self.payer.setCurrentIndex(self.payer.findData(default))

    def _cost_name(self) -> str | None:
        return self.target_name(translate("UnitCosts", "“{cost}” in “{alternative}”"), "cost")

    def _describe_amount(self) -> None:
        entry = self.selected_entry()
        lang = current_lang()
        if entry is None:
            self.unit_label.setText("")
            self.total.setText("")
            return
        self.unit_label.setText(entry.unit(lang))
        quantity = self.quantity.value()
        self.total.setText(
            translate("UnitCosts", "= {amount} {when} ({year} prices, {vat})").format(
                amount=money(entry.value * quantity, lang),
                when=kind_names()[entry.kind],
                year=entry.price_year,
                vat=vat_names()[entry.vat],
            )
        )

    def show_selected(self) -> None:
        entry = self.selected_entry()
        name = self._cost_name()
        if name is None:
            self.target.setText(
                translate(
                    "UnitCosts",
                    "No cost item is selected on the Costs page: add a new one, or select one"
                    " there to price it with a unit cost.",
                )
            )
        else:
            self.target.setText(
                translate("UnitCosts", "Selected cost item: {name}").format(name=name)
            )
        self.new_button.setEnabled(entry is not None and self.has_alternative())
        self.use_button.setEnabled(entry is not None and name is not None)
        self._describe_amount()
        self.details.setHtml(self.details_html(entry) if entry is not None else "")

    def details_html(self, entry: UnitCost) -> str:
        lang = current_lang()
        e = html.escape
        rows: list[tuple[str, str]] = [
            (
                translate("UnitCosts", "Value"),
                translate("UnitCosts", "{value} per {unit}, {when} ({year} prices, {vat})").format(
                    value=money(entry.value, lang),
                    unit=e(entry.unit(lang)),
                    when=kind_names()[entry.kind],
                    year=entry.price_year,
                    vat=vat_names()[entry.vat],
                ),
            )
        ]
        indexed = self.model.indexed_value(entry)
        if indexed is not None:
            rows.append(
                (
                    translate("UnitCosts", "At {year} prices").format(year=self.model.price_year()),
                    money(indexed, lang),
                )
            )
        rows.append(
            (
                translate("UnitCosts", "Range"),
                f"{money(entry.low, lang)} \u2013 {money(entry.high, lang)}"
                f"<br><i>{e(entry.range_basis)}</i>",
            )
        )
        status = e(verification_names().get(entry.verification, entry.verification))
        if entry.derivation:
            status += f"<br><i>{e(entry.derivation)}</i>"
        rows.append((translate("UnitCosts", "Verification"), status))
        source = e(entry.source)
        if entry.url:
            source += f'<br><a href="{e(entry.url)}">{e(entry.url)}</a>'
        rows.append((translate("UnitCosts", "Source"), source))
        if entry.quote:
            rows.append((translate("UnitCosts", "Quoted"), f"<i>“{e(entry.quote)}”</i>"))
        if entry.notes:
            rows.append((translate("UnitCosts", "Notes"), e(entry.notes)))
        rows.append((translate("UnitCosts", "Library id"), f"<code>{e(entry.id)}</code>"))
        return facts_html(entry.name(lang), rows)

    # -- using an entry -------------------------------------------------------------------------

    def new_cost(self) -> bool:
        """A new cost item in the Costs page's alternative: quantity x the selected entry."""
        entry = self.selected_entry()
        if entry is None or not self.has_alternative():
            return False
        name = entry.name(current_lang())
        if not self.edit(
            "insert",
            f"alternatives[{self.alternative}].costs",
            library_use.add_cost_from_unit_cost,
            self.alternative,
            entry,
            self.quantity.value(),
            payer=self.payer.currentData(),
            undo_text=translate("UnitCosts", "New cost item “{entry}”").format(entry=name),
        ):
            return False
        row = len(self.controller.scenario.alternatives[self.alternative].costs) - 1
        message = translate("UnitCosts", "New cost item from the library: {entry}")
        self.finish(row, message.format(entry=name))
        return True

    def price_selected(self) -> bool:
        """The selected cost item priced as quantity x the selected entry (one undoable edit)."""
        entry = self.selected_entry()
        if entry is None or self._cost_name() is None:
            return False
        path = f"alternatives[{self.alternative}].costs[{self.target_row}]"
        name = entry.name(current_lang())
        if not self.edit(
            "set",
            path,
            library_use.use_unit_cost,
            path,
            entry,
            self.quantity.value(),
            undo_text=translate("UnitCosts", "Price with unit cost “{entry}”").format(entry=name),
        ):
            return False
        message = translate("UnitCosts", "Cost item priced: {entry}")
        self.finish(self.target_row, message.format(entry=name))
        return True


def open_unit_costs(window: MainWindow) -> UnitCostBrowser:
    """Open the browser over the window; the Costs page's selection is the target."""
    return open_browser(UnitCostBrowser(window))
