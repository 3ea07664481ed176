"""A KPI tile: a caption, a big figure and a one-line explanation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class KpiTile(QFrame):
    """Shows one headline result; ``value`` keeps the engine's number for tests and copy."""

    def __init__(self, key: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.value: float | None = None
        self.setObjectName("kpiTile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = QLabel(caption)
        self.caption.setObjectName("kpiCaption")
        # Captions wrap, so that seven tiles fit a 1280 x 720 screen side by side.
        self.caption.setWordWrap(True)
        self.figure = QLabel("\u2013")
        self.figure.setObjectName("kpiFigure")
        self.figure.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.figure.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.figure.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.caption)
        layout.addWidget(self.figure)

    def set_value(self, value: float | None, text: str, tone: str = "") -> None:
        """``tone``: ``good``, ``bad`` or empty, for the figure's colour."""
        self.value = value
        self.figure.setText(text)
        colours = {"good": "#00734d", "bad": "#b34400"}
        self.figure.setStyleSheet(f"color: {colours[tone]};" if tone in colours else "")

    @property
    def text(self) -> str:
        return self.figure.text()
