"""A matplotlib figure in Qt (``FigureCanvasQTAgg``) that can be saved as PNG or SVG.

The chart objects of ``sroi_app.charts`` own their figures and update
artists in place. A full repaint goes through ``draw_idle``, which coalesces
many updates into one draw when the event loop is free. For live editing
the view can also *blit*: the artists that carry the data (bars, a line,
the legend on top) are marked animated, the rest of the figure (axes,
ticks, labels: most of the drawing time) is kept as a background image
after each full draw, and a data change only redraws those artists over
it (matplotlib's blitting recipe). Callers use ``update_live`` only when
the axes' limits did not change; anything else is a full ``redraw``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from matplotlib.artist import Artist
from matplotlib.backend_bases import DrawEvent
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from matplotlib.transforms import Bbox
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sroi_app.charts.results import save_figure, state_price_level
from sroi_app.ui.i18n import current_lang, translate


class ChartView(QWidget):
    """A canvas with a save button and a context menu (PNG / SVG)."""

    def __init__(self, figure: Figure, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure = figure
        self.name = name
        #: The scenario's price year, read at each redraw (set by the page that owns the view).
        self.price_year: Callable[[], int] | None = None
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
        self._live: list[Artist] = []
        self._background: Any = None
        self._background_size = (0.0, 0.0)
        self._saving = False
        self._laid_out = False
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(400)
        self._settle.timeout.connect(self.redraw)
        self.canvas.mpl_connect("draw_event", self._drawn)

    # -- drawing ---------------------------------------------------------------------------------

    def redraw(self, quick: bool = False) -> None:
        """A full repaint when the event loop is free (and a new background for blitting).

        ``quick``: draw now with the last layout (the constrained layout takes
        more than half of a full draw), and lay out again once edits pause.
        """
        self._background = None
        if self.price_year is not None:  # every money axis names its price level
            state_price_level(self.figure, self.price_year(), current_lang())
        engine = self.figure.get_layout_engine()
        if quick and self._laid_out and engine is not None:
            self.figure.set_layout_engine("none")
            try:
                self.canvas.draw()  # type: ignore[no-untyped-call]
            finally:
                self.figure.set_layout_engine(engine)
            self._settle.start()
            return
        self.canvas.draw_idle()  # type: ignore[no-untyped-call]

    def set_live_artists(self, artists: Sequence[Artist]) -> None:
        """The artists that change with the data; the rest is the cached background."""
        for artist in self._live:
            artist.set_animated(False)
        self._live = list(artists)
        for artist in self._live:
            artist.set_animated(True)
        self._background = None

    def update_live(self) -> None:
        """Repaint only the live artists over the background (axes' limits unchanged)."""
        if getattr(self.canvas, "_draw_pending", False):
            return  # a full draw is on its way (after a resize): it shows the new data
        size = (self.figure.bbox.width, self.figure.bbox.height)
        if self._background is None or not self._live or size != self._background_size:
            self.redraw()
            return
        self.canvas.restore_region(self._background)  # type: ignore[no-untyped-call]
        self._draw_live()
        # Only the axes' area changed: repaint just that part of the widget.
        axes = {id(a.axes): a.axes for a in self._live if a.axes is not None}
        box = Bbox.union([ax.bbox for ax in axes.values()]) if axes else self.figure.bbox
        self.canvas.blit(box.expanded(1.02, 1.02))  # type: ignore[no-untyped-call]

    def _drawn(self, _event: DrawEvent) -> None:
        if self._saving:
            return
        self._laid_out = self._laid_out or self.figure.get_layout_engine() is not None
        # A full draw skipped the animated artists: keep it as the background, then add them.
        if self._live:
            self._background = self.canvas.copy_from_bbox(self.figure.bbox)  # type: ignore[no-untyped-call]
            self._background_size = (self.figure.bbox.width, self.figure.bbox.height)
            self._draw_live()

    def _draw_live(self) -> None:
        for artist in self._live:
            if artist.axes is not None:
                artist.axes.draw_artist(artist)
            else:
                self.figure.draw_artist(artist)

    @contextmanager
    def _all_artists(self) -> Iterator[None]:
        """savefig leaves animated artists out: include them while saving."""
        self._saving = True
        for artist in self._live:
            artist.set_animated(False)
        try:
            yield
        finally:
            for artist in self._live:
                artist.set_animated(True)
            self._saving = False

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
        with self._all_artists():
            save_figure(self.figure, str(path))
        self.redraw()  # saving drew the figure at another size: repaint the screen
        return path
