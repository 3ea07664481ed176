"""The workshop view's look: high contrast, large type, sizes that follow the screen.

Designed for a 16:9 projector at 1920x1080 (``scale`` 1); on other screens
every size follows the window's height (``scale_for``), so the layout keeps
its proportions. Colours: near-black on white (projectors wash out dark
themes and pale greys), the colour-blind safe Okabe-Ito green/orange for
good/bad, darkened to keep a contrast ratio above 4.5:1 on white.
"""

from __future__ import annotations

from PySide6.QtGui import QFont

INK = "#111111"
MUTED = "#3d3d3d"
PAPER = "#ffffff"
PANEL = "#f1f3f5"
LINE = "#9aa3ab"
ACCENT = "#0058a3"  # the focused slider, the current alternative
GOOD = "#006b45"
BAD = "#a33a00"
CHANGED_BG = "#ffd23f"  # "differs from the document": black on yellow

#: Pixel sizes at scale 1.
SIZES = {
    "body": 22,
    "title": 46,
    "subtitle": 22,
    "badge": 24,
    "tile_caption": 24,
    "tile_figure": 64,
    "tile_delta": 28,
    "slider_name": 22,
    "slider_value": 32,
    "slider_end": 18,
    "takeaway": 26,
    "button": 21,
}


def scale_for(height: int) -> float:
    """1 at 1080 pixels high; never so small that it stops being legible."""
    return max(0.6, min(2.5, height / 1080.0))


def px(name: str, scale: float) -> int:
    return max(9, round(SIZES[name] * scale))


def font(name: str, scale: float, bold: bool = False) -> QFont:
    result = QFont()
    result.setPixelSize(px(name, scale))
    result.setBold(bold)
    return result


def stylesheet(scale: float) -> str:
    """The view's style sheet at a scale (the tile figures get their fonts in code)."""

    def s(name: str) -> int:
        return px(name, scale)

    def d(value: float) -> int:
        return max(1, round(value * scale))

    return f"""
QWidget#workshopView {{ background: {PAPER}; color: {INK}; font-size: {s("body")}px; }}
QLabel {{ color: {INK}; }}
QLabel#wsTitle {{ font-size: {s("title")}px; font-weight: bold; }}
QLabel#wsSubtitle, QLabel#wsBaseline, QLabel#wsMessage {{
    font-size: {s("subtitle")}px; color: {MUTED}; }}
QLabel#wsMessage {{ color: {INK}; font-weight: bold; background: {PANEL};
    border: {d(2)}px solid {INK}; border-radius: {d(8)}px; padding: {d(10)}px {d(18)}px; }}
QLabel#wsBadge {{ font-size: {s("badge")}px; font-weight: bold; padding: {d(6)}px {d(14)}px;
    border-radius: {d(6)}px; background: {PANEL}; border: {d(2)}px solid {LINE}; }}
QLabel#wsBadge[differs="true"] {{ background: {CHANGED_BG}; border-color: {INK}; }}
QFrame#wsTile {{ background: {PANEL}; border: {d(2)}px solid {LINE}; border-radius: {d(8)}px; }}
QLabel#wsTileCaption {{ font-size: {s("tile_caption")}px; color: {MUTED}; }}
QLabel#wsTileFigure[tone="good"], QLabel#wsTileDelta[tone="good"] {{ color: {GOOD}; }}
QLabel#wsTileFigure[tone="bad"], QLabel#wsTileDelta[tone="bad"] {{ color: {BAD}; }}
QLabel#wsTileDelta {{ color: {MUTED}; }}
QFrame#wsSliderBox {{ background: {PANEL}; border: {d(2)}px solid {PANEL};
    border-radius: {d(8)}px; }}
QFrame#wsSliderBox[focused="true"] {{ border: {d(4)}px solid {ACCENT}; background: #e3eefa; }}
QLabel#wsSliderName {{ font-size: {s("slider_name")}px; }}
QLabel#wsSliderValue {{ font-size: {s("slider_value")}px; font-weight: bold; }}
QLabel#wsSliderValue[changed="true"] {{ background: {CHANGED_BG}; padding: 0 {d(6)}px; }}
QLabel#wsSliderEnd, QLabel#wsSliderNote {{ font-size: {s("slider_end")}px; color: {MUTED}; }}
QLabel#wsSliderNote[default_span="true"] {{ font-style: italic; }}
QLabel#wsTakeaway {{ font-size: {s("takeaway")}px; font-weight: bold; }}
QLabel#wsPanelTitle {{ font-size: {s("tile_caption")}px; font-weight: bold; }}
QLabel#wsHint {{ font-size: {s("slider_end")}px; color: {MUTED}; }}
QSlider#wsSlider {{ min-height: {d(40)}px; }}
QSlider#wsSlider::groove:horizontal {{ height: {d(10)}px; background: {LINE};
    border-radius: {d(5)}px; }}
QSlider#wsSlider::sub-page:horizontal {{ background: {ACCENT}; border-radius: {d(5)}px; }}
QSlider#wsSlider::handle:horizontal {{ background: {INK}; width: {d(28)}px;
    margin: -{d(11)}px 0; border-radius: {d(14)}px; }}
QPushButton {{ font-size: {s("button")}px; padding: {d(8)}px {d(14)}px; color: {INK};
    background: {PANEL}; border: {d(2)}px solid {LINE}; border-radius: {d(6)}px; }}
QPushButton:focus {{ border-color: {ACCENT}; }}
QPushButton:checked {{ background: {INK}; color: {PAPER}; border-color: {INK}; }}
QScrollArea, QScrollArea > QWidget > QWidget {{ background: {PAPER}; border: none; }}
"""


def picker_stylesheet(scale: float) -> str:
    """The picker dialog in the view's type size, with tick boxes to match."""
    size = px("body", scale)
    return (
        f"* {{ font-size: {size}px; }}"
        f" QTableView::indicator {{ width: {size}px; height: {size}px; }}"
    )
