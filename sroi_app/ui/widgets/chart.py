"""A matplotlib figure in Qt (``FigureCanvasQTAgg``) that can be saved as PNG or SVG.

The chart objects of ``sroi_app.charts`` own their figures and update
artists in place; the view only asks for a repaint with ``draw_idle``, which
coalesces many updates into one draw when the event loop is free.
"""

from __future__ import annotations

from pathlib import Path

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sroi_app.charts.results import save_figure
from sroi_app.ui.i18n import translate


class ChartView(QWidget):
    """A canvas with a save button and a context menu (PNG / SVG)."""

    def __init__(self, figure: Figure, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure = figure
        self.name = name
        self.canvas = FigureCanvasQTAgg(figure)  # type: ignore[no-untyped-call]
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumHeight(260)
        self.canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.canvas.customContextMenuRequested.connect(self._context_menu)
        self.save_button = QToolButton()
        self.save_button.setText(translate("Chart", "Save chart…"))
        self.save_button.setToolTip(translate("Chart", "Save this chart as PNG or SVG"))
        self.save_button.clicked.connect(self.ask_save)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.canvas, 1)

    def redraw(self) -> None:
        self.canvas.draw_idle()  # type: ignore[no-untyped-call]

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(translate("Chart", "Save as PNG…"), lambda: self.ask_save("png"))
        menu.addAction(translate("Chart", "Save as SVG…"), lambda: self.ask_save("svg"))
        menu.exec(self.canvas.mapToGlobal(pos))

    def ask_save(self, kind: str = "png") -> None:
        filters = {
            "png": translate("Chart", "PNG image (*.png)"),
            "svg": translate("Chart", "SVG drawing (*.svg)"),
        }
        first, second = (
            (filters["png"], filters["svg"])
            if kind != "svg"
            else (
                filters["svg"],
                filters["png"],
            )
        )
        path, chosen = QFileDialog.getSaveFileName(
            self,
            translate("Chart", "Save chart"),
            f"{self.name}.{kind if kind in filters else 'png'}",
            f"{first};;{second}",
        )
        if path:
            if not Path(path).suffix:
                path += ".svg" if chosen == filters["svg"] else ".png"
            self.save(Path(path))

    def save(self, path: Path) -> Path:
        """Write the chart; the format follows the extension (PNG, SVG or PDF)."""
        save_figure(self.figure, str(path))
        return path
