"""Result charts restyled for a projector: large type, thick lines, bold titles.

The workshop view shows the same chart objects as the Results page
(``YearlyFlowsChart``, ``StakeholderChart``); after each (re)build of their
axes it calls ``style_for_projector`` so they read from the back of a room.
Sizes are in points at ``scale`` 1 (a 1080-pixel-high screen at 100 dpi)
and scale with the screen.
"""

from __future__ import annotations

from matplotlib.figure import Figure
from matplotlib.legend import Legend
from matplotlib.lines import Line2D
from matplotlib.ticker import AutoLocator, MaxNLocator

from sroi_app.charts.results import FittingLocator

#: Text size in points at scale 1: about 24 pixels on a 1080p screen at 100 dpi.
TEXT_PT = 17.0
#: At most this many ticks on an automatic axis: large labels must not touch.
MAX_TICKS = 5


def style_for_projector(figure: Figure, scale: float = 1.0) -> None:
    """Enlarge every text of the figure and thicken its data lines, in place."""
    size = TEXT_PT * scale
    legends: list[Legend] = list(figure.legends)
    for ax in figure.axes:
        ax.tick_params(labelsize=size, width=1.5 * scale, length=6 * scale)
        ax.title.set_fontsize(size * 1.1)
        ax.title.set_fontweight("bold")
        ax.xaxis.label.set_fontsize(size)
        ax.yaxis.label.set_fontsize(size)
        if hasattr(ax, "row_label_size"):  # names beside bars: as large, where rows allow
            ax.row_label_size = size
        for axis in (ax.xaxis, ax.yaxis):
            # Only matplotlib's own choice of ticks; a chart's fixed labels (names) stay.
            locator = axis.get_major_locator()
            if isinstance(locator, FittingLocator):
                locator.most = MAX_TICKS
            elif type(locator) is AutoLocator:
                axis.set_major_locator(MaxNLocator(nbins=MAX_TICKS, steps=[1, 2, 2.5, 5, 10]))
        for line in ax.lines:
            if line.get_marker() in (None, "None", "", " "):
                continue  # the zero line stays thin
            line.set_markersize(8 * scale)
            if line.get_linestyle() not in ("None", "none", " ", ""):
                line.set_linewidth(3.5 * scale)
        legend = ax.get_legend()
        if legend is not None:
            legends.append(legend)
    for legend in legends:
        for text in legend.get_texts():
            text.set_fontsize(size)
        for handle in legend.legend_handles:
            if isinstance(handle, Line2D):  # the key of a line shows its new weight
                handle.set_markersize(8 * scale)
                if handle.get_linestyle() not in ("None", "none", " ", ""):
                    handle.set_linewidth(3.5 * scale)
