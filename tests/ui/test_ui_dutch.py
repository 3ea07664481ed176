"""The Dutch interface shows no English (issue 15, item 6).

Three checks: the translation file (every entry translated, and no English
words in a translation), the library's texts (every text the Dutch interface
shows has Dutch; sources and quotes are citations and stay as written, see
docs/proxy-library.md), and every page and library window as the Dutch
interface shows them, scanned for common English words.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QWidget,
)

from sroi_app.app.document import Document
from sroi_app.domain.proxy_library import EXPLANATORY_FIELDS
from sroi_app.io.proxies import default_library
from sroi_app.io.templates import default_templates
from sroi_app.io.unit_costs import default_unit_costs
from sroi_app.ui.library_browser import LibraryBrowser
from sroi_app.ui.template_picker import TemplatePicker
from sroi_app.ui.unit_cost_browser import UnitCostBrowser
from sroi_app.ui.workshop.view import WorkshopView
from tests.conftest import ROOT
from tests.ui.conftest import make_window
from tests.ui.english_words import english_words

# The library windows are dialogs; the offscreen platform notes it cannot size them.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TS = ROOT / "resources" / "translations" / "sroi_app_nl.ts"
RICHEST = ROOT / "scenarios" / "ontmoetingsruimte-senioren.sroi.json"


def _english(texts: dict[str, str]) -> dict[str, list[str]]:
    """Where English words were found: {where: words}."""
    found = {}
    for where, text in texts.items():
        words = english_words(text)
        if words:
            found[where] = words
    return found


def test_the_detector_finds_english_and_passes_dutch() -> None:
    assert english_words("Look in: the file with the costs") == [
        "Look",
        "the",
        "with",
        "the",
        "costs",
    ]
    assert english_words("Zoeken in: het bestand met de kosten over de horizon") == []
    assert english_words("Gebruik depression_care_cost niet; {value} per <b>jaar</b>") == []
    assert english_words("Laag = 'just under 70 €/m2'; MKBA's en euro's") == []


# -- the translation file --------------------------------------------------------------------


def test_every_translation_is_dutch() -> None:
    root = ET.parse(TS).getroot()
    texts = {}
    for context in root.findall("context"):
        for message in context.findall("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            assert translation is not None and not translation.get("type"), source
            assert translation.text, source
            texts[f"{context.findtext('name')}: {source}"] = html.unescape(translation.text)
    assert len(texts) > 700
    assert _english(texts) == {}


def test_qt_speaks_dutch_in_its_own_dialogs() -> None:
    """The file dialogs' "Look in:" and buttons come from Qt's own Dutch translation."""
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Zoeken in:"
    assert QCoreApplication.translate("QFileDialog", "Files of type:") == "Bestanden van type:"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"


# -- the library's texts -----------------------------------------------------------------------


def test_every_library_text_the_dutch_interface_shows_is_dutch() -> None:
    texts: dict[str, str] = {}
    missing = []
    for proxy in default_library():
        texts[f"{proxy.id}.name_nl"] = proxy.name_nl
        texts[f"{proxy.id}.unit_nl"] = proxy.unit_nl
        for field in EXPLANATORY_FIELDS:
            if getattr(proxy, field) and not getattr(proxy, f"{field}_nl"):
                missing.append(f"{proxy.id}.{field}")
            texts[f"{proxy.id}.{field} (nl)"] = proxy.explanation(field, "nl")
    assert missing == []
    for template in default_templates().templates:
        key = template.id
        texts[f"{key}.name_nl"] = template.name_nl
        texts[f"{key}.description_nl"] = template.description_nl
        for item in template.inputs:
            texts[f"{key}.{item.name}.label_nl"] = item.label_nl
            texts[f"{key}.{item.name}.unit_nl"] = item.unit_nl
            texts[f"{key}.{item.name}.source"] = item.source
        for effect in template.effects:
            texts[f"{key}.{effect.key}.name_nl"] = effect.name_nl
            texts[f"{key}.{effect.key}.chain_nl"] = " / ".join(effect.chain_nl)
            texts[f"{key}.{effect.key}.indicator_nl"] = effect.indicator_nl
            texts[f"{key}.{effect.key}.unit_nl"] = effect.unit_nl
            texts[f"{key}.{effect.key}.evidence"] = effect.evidence
        for i, pm in enumerate(template.pm_items):
            texts[f"{key}.pm_items[{i}].name_nl"] = pm.name_nl
    for entry in default_unit_costs():
        for field in ("name_nl", "unit_nl", "notes", "range_basis", "derivation"):
            texts[f"{entry.id}.{field}"] = getattr(entry, field)
    assert len(texts) > 900
    assert _english(texts) == {}


# -- what the Dutch interface shows ------------------------------------------------------------


def _widget_texts(root: QWidget) -> list[str]:
    """The interface's own words in ``root``: labels, buttons, tabs, headers, fields' hints.

    Cells of the document's lists are the user's data, not the interface's words.
    """
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        texts.append(widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QTabWidget):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            texts.extend(
                str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(widget.horizontalHeader().count())
            )
    return [t for t in texts if t]


def _facts(details: str, citations: tuple[str, ...]) -> list[str]:
    """The rows of a library window's details pane, without its citations."""
    rows = re.findall(r"<tr><td[^>]*><b>(.*?)</b></td><td>(.*?)</td></tr>", details, re.S)
    return [f"{label}: {value}" for label, value in rows if label not in citations]


def test_no_page_of_the_dutch_interface_shows_english(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, Document.open(RICHEST))
    window.resize(1280, 720)
    texts: dict[str, str] = {}
    for action in window.menuBar().actions():
        texts[f"menu {action.text()}"] = action.text()
        menu = action.menu()
        for entry in menu.actions() if menu is not None else ():
            texts[f"menu {action.text()} > {entry.text()}"] = entry.text()
    for key in window.page_keys:
        page = window.show_page(key)
        tabs = page.findChildren(QTabWidget)
        for tab_widget in tabs:  # every tab of the page, not only the first
            for i in range(tab_widget.count()):
                tab_widget.setCurrentIndex(i)
                for n, text in enumerate(_widget_texts(tab_widget.widget(i))):
                    texts[f"{key} tab {tab_widget.tabText(i)} #{n}"] = text
        for n, text in enumerate(_widget_texts(page)):
            texts[f"{key} #{n}"] = text
    # Workshop mode.
    window.actions_by_key["workshop"].trigger()
    view = window.findChild(WorkshopView)
    assert isinstance(view, WorkshopView) and view.isVisible()
    for n, text in enumerate(_widget_texts(view)):
        texts[f"workshop #{n}"] = text
    view.leave()
    # The library windows, with the details of what they show first.
    window.show_page("effects")
    for action, kind, citations in (
        ("proxy_library", LibraryBrowser, ("Bron",)),
        ("unit_costs", UnitCostBrowser, ("Bron", "Geciteerd")),
        ("effect_templates", TemplatePicker, ()),
    ):
        window.actions_by_key[action].trigger()
        (dialog,) = [d for d in window.findChildren(kind) if d.isVisible()]
        for n, text in enumerate(_widget_texts(dialog)):
            texts[f"{action} #{n}"] = text
        if isinstance(dialog, LibraryBrowser):
            for proxy in default_library():
                for row in _facts(dialog.details_html(proxy), citations):
                    texts[f"{action} {proxy.id} {row[:30]}"] = row
        if isinstance(dialog, UnitCostBrowser):
            for entry in default_unit_costs():
                for row in _facts(dialog.details_html(entry), citations):
                    texts[f"{action} {entry.id} {row[:30]}"] = row
        dialog.close()
    assert len(texts) > 300
    assert _english(texts) == {}
