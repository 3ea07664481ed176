"""The program's icon and its About dialog (Help > About).

The dialog names what a municipality's IT department and an auditor ask
about: the version of the program and of Python and Qt under it, the
licence (EUPL-1.2), where the numbers it relies on come from (the CBS
consumer price index), and where the documentation is. The documentation
ships with the program (``docs/`` beside ``resources/`` in the source tree
and in the frozen build), so the links open local files.
"""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import QUrl, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from sroi_app import SCHEMA_VERSION, __version__
from sroi_app.io.cpi import default_cpi
from sroi_app.io.resources import base_dir, resource_path
from sroi_app.ui.i18n import translate

LICENCE = "EUPL-1.2"


def app_icon() -> QIcon:
    """The program's icon: the SVG where Qt can draw it, the PNG as fallback."""
    icon = QIcon()
    for name in ("sroi-app.png", "sroi-app.svg"):
        path = resource_path("icons", name)
        if path.exists():
            icon.addFile(str(path))
    return icon


def docs_path(name: str) -> Path:
    """A file of the documentation that ships with the program."""
    return base_dir() / "docs" / name


def versions() -> dict[str, str]:
    """The versions an About dialog and a bug report name."""
    return {
        "app": __version__,
        "format": str(SCHEMA_VERSION),
        "python": platform.python_version(),
        "qt": qVersion(),
        "pyside": PySide6.__version__,
    }


def _link(path: Path, text: str) -> str:
    return f'<a href="{QUrl.fromLocalFile(str(path)).toString()}">{text}</a>'


def about_html() -> str:
    """The dialog's text (rich text, in the interface language)."""
    v = versions()
    cpi = default_cpi()
    lines = [
        f"<h3>SROI-calculator {v['app']}</h3>",
        "<p>"
        + translate(
            "About",
            "The societal return (SROI / MKBA) of spatial interventions, for"
            " municipalities and their partners.",
        )
        + "</p>",
        "<p>"
        + translate(
            "About", "Scenario format {format} · Python {python} · Qt {qt} (PySide6 {pyside})"
        ).format(**v)
        + "</p>",
        "<p>"
        + translate("About", "Licence: {licence} (European Union Public Licence)").format(
            licence=LICENCE
        )
        + "</p>",
        "<p>"
        + translate(
            "About",
            "Price index: CBS consumer price index (CPI, StatLine), {first}–{last}; see {source}.",
        ).format(
            first=cpi.first_year,
            last=cpi.last_year,
            source=_link(resource_path("cpi.source.md"), "cpi.source.md"),
        )
        + "</p>",
        "<p>"
        + translate("About", "Documentation: {guide} · {method}").format(
            guide=_link(docs_path("user-guide.md"), translate("About", "user guide")),
            method=_link(docs_path("methodology.md"), translate("About", "methodology")),
        )
        + "</p>",
    ]
    return "\n".join(lines)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about")
        self.setWindowTitle(translate("About", "About SROI-calculator"))
        self.setWindowIcon(app_icon())
        self.text = QLabel(about_html())
        self.text.setObjectName("about_text")
        self.text.setWordWrap(True)
        self.text.setOpenExternalLinks(True)
        self.text.setMinimumWidth(460)
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(icon)
        layout.addWidget(self.text)
        layout.addWidget(buttons)


def show_about(parent: QWidget | None) -> AboutDialog:
    dialog = AboutDialog(parent)
    dialog.open()
    return dialog
