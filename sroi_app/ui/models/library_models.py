"""Item models of the library browser, the template picker and the derivation panel.

- ``ProxyTableModel``: library proxies (the browser's search result), each
  with its original value and price year and the value indexed to the open
  scenario's price level; it follows the scenario's price year.
- ``TemplateInputsModel``: a template's inputs with the values the user
  gives them in the picker (not yet part of the document).
- ``DerivationModel``: the inputs of the selected effect's kept derivation,
  a list in the document like any other; changing a value recomputes the
  quantity as one undoable edit.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal

from sroi_app.app import commands, library_use
from sroi_app.app.jsonpath import join_path
from sroi_app.domain.cpi import PriceYearError
from sroi_app.domain.effect_templates import EffectTemplate, TemplateInput
from sroi_app.domain.errors import Issue
from sroi_app.domain.formatting import DASH, Lang, format_money, format_number
from sroi_app.domain.models import Scenario
from sroi_app.domain.proxy_library import IndexedProxy, LibraryProxy, index_proxy
from sroi_app.ui.controller import DocumentController
from sroi_app.ui.fieldkinds import TEXT, FieldError, FieldKind
from sroi_app.ui.i18n import current_lang, translate
from sroi_app.ui.models.base import LEFT, RIGHT, Column, Index, ScenarioTableModel

ProxyIdRole = Qt.ItemDataRole.UserRole + 10


def format_plain(value: float | None, lang: Lang) -> str:
    """A number with up to six significant digits and no trailing zeros (0,0005; 17.811.290)."""
    if value is None or not math.isfinite(value):
        return DASH
    if value == 0:
        return "0"
    digits = math.floor(math.log10(abs(value))) + 1
    decimals = max(0, min(10, 6 - digits))
    text = format_number(value, decimals, lang)
    mark = "," if lang == "nl" else "."
    if mark in text:
        text = text.rstrip("0").rstrip(mark)
    return text


class PlainNumber(FieldKind):
    """A number shown with its significant digits (shares of 0,0005 stay visible)."""

    def display(self, value: Any, lang: Lang) -> str:
        return "" if value is None else format_plain(float(value), lang)


PLAIN = PlainNumber("number")

# The unit of an input that is a share (a fraction from 0 to 1), as the templates write it.
SHARE_UNITS = frozenset({"fraction", "fractie"})


class ShareNumber(FieldKind):
    """A share kept as a fraction, shown and typed as a percentage: 0,05 is "5%" (issue 15)."""

    def display(self, value: Any, lang: Lang) -> str:
        return "" if value is None else format_plain(float(value) * 100.0, lang) + "%"

    def edit(self, value: Any, lang: Lang) -> str:
        return "" if value is None else PLAIN.edit(round(float(value) * 100.0, 10), lang)

    def parse(self, text: Any, lang: Lang) -> Any:
        if isinstance(text, str):
            text = text.strip().removesuffix("%").strip()
        value = PLAIN.parse(text, lang)
        return None if value is None else value / 100.0


SHARE = ShareNumber("number")


def is_share(unit: str) -> bool:
    return unit.strip().lower() in SHARE_UNITS


def value_kind(unit: str) -> FieldKind:
    """How an input's value is shown and typed: a share as a percentage, else plainly."""
    return SHARE if is_share(unit) else PLAIN


def unit_text(unit: str) -> str:
    """The unit column: "share" for a share (its value carries the %), else the unit."""
    return translate("Templates", "share") if is_share(unit) else unit


def range_text(kind: FieldKind, low: float | None, high: float | None, lang: Lang) -> str:
    if low is None or high is None:
        return ""
    return f"{kind.display(low, lang)} {DASH} {kind.display(high, lang)}"


def verification_names() -> dict[str, str]:
    return {
        "checked": translate("Library", "checked"),
        "derived": translate("Library", "derived"),
        "unverified": translate("Library", "unverified"),
    }


def domain_names() -> dict[str, str]:
    return {
        "health": translate("Library", "Health"),
        "social": translate("Library", "Social"),
        "spatial": translate("Library", "Spatial"),
        "environment": translate("Library", "Environment"),
        "economic": translate("Library", "Economic"),
    }


def money(value: float, lang: Lang) -> str:
    """Money with cents only where the amount is small (a GP consultation of 11,51)."""
    return format_money(value, lang, 2 if abs(value) < 100 and not float(value).is_integer() else 0)


class ProxyTableModel(QAbstractTableModel):
    """Library proxies with original and indexed values; ``set_proxies`` shows a search result."""

    COLUMNS = (
        "name",
        "value",
        "price_year",
        "indexed",
        "range",
        "unit",
        "domain",
        "grade",
        "status",
    )

    def __init__(self, controller: DocumentController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.proxies: list[LibraryProxy] = []
        controller.scenarioChanged.connect(self._scenario_changed)

    # -- content ----------------------------------------------------------------------------------

    def set_proxies(self, proxies: Sequence[LibraryProxy]) -> None:
        self.beginResetModel()
        self.proxies = list(proxies)
        self.endResetModel()

    def price_year(self) -> int:
        return self.controller.scenario.settings.effective_price_year

    def indexed(self, proxy: LibraryProxy) -> IndexedProxy | None:
        try:
            return index_proxy(proxy, self.price_year(), self.controller.document.cpi)
        except PriceYearError:
            return None

    def proxy(self, row: int) -> LibraryProxy | None:
        return self.proxies[row] if 0 <= row < len(self.proxies) else None

    def row_of(self, proxy_id: str) -> int:
        return next((r for r, p in enumerate(self.proxies) if p.id == proxy_id), -1)

    def _scenario_changed(self, old: Scenario, new: Scenario) -> None:
        if old.settings.effective_price_year != new.settings.effective_price_year and self.proxies:
            column = self.COLUMNS.index("indexed")
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, column, column)
            last = len(self.proxies) - 1
            self.dataChanged.emit(self.index(0, column), self.index(last, column))

    # -- Qt's model interface ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.proxies)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        key = self.COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "name": translate("Library", "Proxy"),
                "value": translate("Library", "Value (source)"),
                "price_year": translate("Library", "Price year"),
                "indexed": translate("Library", "In {year} prices").format(year=self.price_year()),
                "range": translate("Library", "Range (low – high)"),
                "unit": translate("Library", "Per"),
                "domain": translate("Library", "Domain"),
                "grade": translate("Library", "Evidence"),
                "status": translate("Library", "Verification"),
            }[key]
        if role == Qt.ItemDataRole.ToolTipRole and key == "indexed":
            return translate(
                "Library",
                "The value brought to the scenario's price level with the CBS consumer price"
                " index: value × CPI[{year}] / CPI[price year]. * = after the last published"
                " index, which is used instead.",
            ).format(year=self.price_year())
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        proxy = self.proxy(index.row())
        if proxy is None or not 0 <= index.column() < len(self.COLUMNS):
            return None
        key = self.COLUMNS[index.column()]
        lang = current_lang()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(proxy, key, lang)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(proxy, key, lang)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if key in ("value", "price_year", "indexed", "range") else LEFT
        if role == ProxyIdRole:
            return proxy.id
        return None

    def _display(self, proxy: LibraryProxy, key: str, lang: Lang) -> str:
        if key == "name":
            return proxy.name(lang)
        if key == "value":
            return money(proxy.value, lang)
        if key == "price_year":
            return str(proxy.price_year)
        if key == "indexed":
            indexed = self.indexed(proxy)
            if indexed is None:
                return DASH
            return money(indexed.value, lang) + (" *" if indexed.extrapolated else "")
        if key == "range":
            if not proxy.has_range:
                return translate("Library", "fixed")
            return f"{money(proxy.low, lang)} {DASH} {money(proxy.high, lang)}"
        if key == "unit":
            return proxy.unit(lang)
        if key == "domain":
            return domain_names().get(proxy.domain, proxy.domain)
        if key == "grade":
            return proxy.evidence_grade
        return verification_names().get(proxy.verification, proxy.verification)

    def _tooltip(self, proxy: LibraryProxy, key: str, lang: Lang) -> str | None:
        if key == "indexed":
            indexed = self.indexed(proxy)
            if indexed is None:
                return None
            text = translate("Library", "{value} ({year} prices) × {factor} = {indexed}").format(
                value=money(proxy.value, lang),
                year=proxy.price_year,
                factor=format_number(indexed.factor, 4, lang),
                indexed=money(indexed.value, lang),
            )
            if indexed.extrapolated:
                text += "\n" + translate(
                    "Library",
                    "There is no CBS price index for {year} yet: the last published index is used.",
                ).format(year=indexed.price_year)
            return text
        if key == "name":
            return proxy.citation(lang)
        return None


class TemplateInputsModel(QAbstractTableModel):
    """A template's inputs and the values they get in the picker; the value column is editable."""

    valuesChanged = Signal()
    COLUMNS = ("label", "value", "unit", "range", "status", "source")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.template: EffectTemplate | None = None
        self.values: dict[str, float] = {}
        self.notes: dict[str, str] = {}
        self._refused: dict[int, str] = {}

    def set_template(self, template: EffectTemplate | None) -> None:
        self.beginResetModel()
        self.template = template
        self.values = {i.name: i.value for i in template.inputs} if template else {}
        self.notes = {}
        self._refused = {}
        self.endResetModel()

    def inputs(self) -> tuple[TemplateInput, ...]:
        return self.template.inputs if self.template is not None else ()

    def set_values(self, values: Mapping[str, float], notes: Mapping[str, str]) -> None:
        """Values (and where they came from) for some inputs, e.g. from an area preset."""
        names = [i.name for i in self.inputs()]
        for name, value in values.items():
            if name in self.values:
                self.values[name] = float(value)
                if name in notes:
                    self.notes[name] = notes[name]
        if names:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(names) - 1, len(self.COLUMNS) - 1)
            )
        self.valuesChanged.emit()

    def changed_values(self) -> dict[str, float]:
        """The inputs whose value differs from the template's default."""
        return {
            i.name: self.values[i.name] for i in self.inputs() if self.values[i.name] != i.value
        }

    def changed_notes(self) -> dict[str, str]:
        changed = self.changed_values()
        return {name: note for name, note in self.notes.items() if name in changed}

    # -- Qt's model interface ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.inputs())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation != Qt.Orientation.Horizontal
            or role != Qt.ItemDataRole.DisplayRole
            or not 0 <= section < len(self.COLUMNS)
        ):
            return None
        return {
            "label": translate("Templates", "Input"),
            "value": translate("Templates", "Value"),
            "unit": translate("Templates", "Unit"),
            "range": translate("Templates", "Range"),
            "status": translate("Templates", "Verification"),
            "source": translate("Templates", "Source"),
        }[self.COLUMNS[section]]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.COLUMNS[index.column()] == "value":
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        inputs = self.inputs()
        if not index.isValid() or not 0 <= index.row() < len(inputs):
            return None
        if not 0 <= index.column() < len(self.COLUMNS):
            return None
        item = inputs[index.row()]
        key = self.COLUMNS[index.column()]
        lang = current_lang()
        value = self.values[item.name]
        kind = value_kind(item.unit_en)
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "label":
                return item.label(lang)
            if key == "value":
                return kind.display(value, lang)
            if key == "unit":
                return unit_text(item.unit(lang)) if kind is SHARE else item.unit(lang)
            if key == "range":
                return range_text(kind, item.low, item.high, lang)
            if key == "status":
                return verification_names().get(item.verification, item.verification)
            return self.notes.get(item.name, item.source) if value != item.value else item.source
        if role == Qt.ItemDataRole.EditRole and key == "value":
            return kind.edit(value, lang)
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.row() in self._refused and key == "value":
                return self._refused[index.row()]
            if key == "label":
                return item.name
            if key == "source":
                return self.data(index)
            if key == "value" and value != item.value:
                return translate("Templates", "Template default: {value}").format(
                    value=kind.display(item.value, lang)
                )
            return None
        if role == Qt.ItemDataRole.FontRole and key == "value" and value != item.value:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if key in ("value", "range") else LEFT
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        if self.COLUMNS[index.column()] != "value" or not 0 <= index.row() < len(self.inputs()):
            return False
        try:
            number = value_kind(self.inputs()[index.row()].unit_en).parse(value, current_lang())
        except FieldError as exc:
            from sroi_app.ui.i18n import issue_message

            self._refused[index.row()] = issue_message(Issue("", exc.code, exc.code))
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.ToolTipRole])
            return False
        self._refused.pop(index.row(), None)
        name = self.inputs()[index.row()].name
        self.values[name] = float(number)
        self.notes.pop(name, None)  # typed by the user: no longer the preset's number
        row_end = self.index(index.row(), len(self.COLUMNS) - 1)
        self.dataChanged.emit(self.index(index.row(), 0), row_end)
        self.valuesChanged.emit()
        return True


def _set_input(
    controller: DocumentController, model: ScenarioTableModel, row: int, value: Any
) -> tuple[Issue, ...]:
    assert isinstance(model, DerivationModel)
    effect = model.effect_path()
    items = model.items()
    if effect is None or not 0 <= row < len(items):
        return ()
    name = items[row].name
    return controller.attempt(
        commands.build,
        "set",
        join_path(effect, "quantity"),
        library_use.set_derivation_input,
        effect,
        name,
        value,
        controller.document.cpi,
        params={
            "undo_text": translate("Derivation", "Change {input} (quantity recomputed)").format(
                input=items[row].label or name
            )
        },
    )


def _range(_scenario: Scenario, item: Any) -> str:
    return range_text(value_kind(item.unit), item.low, item.high, current_lang())


def _unit(_scenario: Scenario, item: Any) -> str:
    return unit_text(item.unit)


class DerivationModel(ScenarioTableModel):
    """The inputs of one effect's derivation; ``effect_path()`` names the effect (or None)."""

    columns = (
        Column(
            "label",
            lambda: translate("Derivation", "Input"),
            editable=False,
            getter=lambda _s, item: item.label or item.name,
        ),
        Column("name", lambda: translate("Derivation", "Name in formula"), editable=False),
        Column("value", lambda: translate("Derivation", "Value"), kind=PLAIN, setter=_set_input),
        Column("unit", lambda: translate("Derivation", "Unit"), editable=False, getter=_unit),
        Column("range", lambda: translate("Derivation", "Range"), TEXT, False, getter=_range),
        Column("source", lambda: translate("Derivation", "Source")),
    )

    def __init__(
        self,
        controller: DocumentController,
        effect_path: Callable[[], str | None],
        parent: QObject | None = None,
    ) -> None:
        self._effect_path = effect_path
        super().__init__(controller, parent)

    def effect_path(self) -> str | None:
        return self._effect_path()

    # A share is shown and typed as a percentage (issue 15, item 6): the value column's
    # kind depends on the row's unit.
    def _share_value(self, index: Index) -> bool:
        items = self.items()
        return (
            index.isValid()
            and self.columns[index.column()].key == "value"
            and 0 <= index.row() < len(items)
            and is_share(items[index.row()].unit)
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._share_value(index) and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
        ):
            value = self.items()[index.row()].value
            lang = current_lang()
            return (
                SHARE.display(value, lang)
                if role == Qt.ItemDataRole.DisplayRole
                else SHARE.edit(value, lang)
            )
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if self._share_value(index) and role == Qt.ItemDataRole.EditRole and isinstance(value, str):
            try:
                fraction = SHARE.parse(value, current_lang())
            except FieldError:
                return super().setData(index, value, role)  # refused with the usual words
            return super().setData(index, PLAIN.edit(fraction, current_lang()), role)
        return super().setData(index, value, role)

    def list_path(self) -> str | None:
        effect = self.effect_path()
        return None if effect is None else join_path(effect, "quantity_derivation", "inputs")

    def follow_selection(self) -> None:
        """The selected effect changed: show its inputs."""
        self.reset(lambda: None)
