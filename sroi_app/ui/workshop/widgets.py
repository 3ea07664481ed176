"""The pieces of the workshop view: big KPI tiles and one slider per assumption.

Sizes come from the view's style sheet (``style.py``); these widgets only
arrange labels and keep the engine's numbers for tests and copying.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from sroi_app.app.workshop import Knob
from sroi_app.ui.i18n import translate

#: Page Up / Page Down move a slider this many steps (the view's hint says so).
PAGE_STEPS = 10


class FitLabel(QLabel):
    """A one-line label whose font shrinks (never grows) so the whole text fits its width."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._fitting = False
        self._nominal = QFont(self.font())

    def set_nominal_font(self, font: QFont) -> None:
        """The size to start from (the largest it will be)."""
        self._nominal = QFont(font)
        self._fit()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Fit to the width, starting from the size the style sheet gives."""
        if self._fitting:
            return
        self._fitting = True
        try:
            self.setFont(self._nominal)  # back to the full size before measuring
            font = QFont(self._nominal)
            width = self.contentsRect().width()
            if width <= 0:
                return
            for _ in range(30):
                if self.fontMetrics().horizontalAdvance(self.text()) <= width:
                    break
                size = font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF()
                if size <= 8:
                    break
                if font.pixelSize() > 0:
                    font.setPixelSize(int(size * 0.92))
                else:
                    font.setPointSizeF(size * 0.92)
                self.setFont(font)
        finally:
            self._fitting = False


class BigTile(QFrame):
    """A headline figure for the back of the room: caption, figure, difference to the baseline."""

    def __init__(self, key: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.value: float | None = None
        self.delta: float | None = None
        self.setObjectName("wsTile")
        self.caption = QLabel(caption)
        self.caption.setObjectName("wsTileCaption")
        self.caption.setWordWrap(True)
        self.figure = FitLabel("\u2013")
        self.figure.setObjectName("wsTileFigure")
        self.delta_label = FitLabel("")
        self.delta_label.setObjectName("wsTileDelta")
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.figure)
        layout.addWidget(self.delta_label)

    def set_value(self, value: float | None, text: str, tone: str = "") -> None:
        self.value = value
        self.figure.setProperty("tone", tone)
        self.figure.setText(text)
        _repolish(self.figure)

    def set_delta(self, value: float | None, text: str, tone: str = "") -> None:
        self.delta = value
        self.delta_label.setProperty("tone", tone)
        self.delta_label.setText("\u0394 " + text)
        _repolish(self.delta_label)

    @property
    def text(self) -> str:
        return self.figure.text()

    @property
    def delta_text(self) -> str:
        return self.delta_label.text()


def _repolish(widget: QWidget) -> None:
    """Apply style-sheet rules that depend on a property that just changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


class _Slider(QSlider):
    """Left/right (and Page Up/Down, Home/End) move it; up/down go to the previous/next slider."""

    focused = Signal(bool)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.focusNextPrevChild(event.key() == Qt.Key.Key_Down)
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focused.emit(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focused.emit(False)


def span_text(knob: Knob) -> str:
    """Where the slider's span comes from, said on screen (a default span is no data)."""
    texts = {
        "range": translate("Workshop", "range from the document"),
        "relative": translate("Workshop", "no range in the document: default ±50%"),
        "fraction": translate("Workshop", "no range in the document: default 0–100%"),
        "uplift": translate("Workshop", "no range in the document: default 0–100%"),
        "duration": translate(
            "Workshop", "no range in the document: default 1 year to twice the duration"
        ),
        "first_year": translate("Workshop", "no range in the document: default ±2 years"),
        "rate": translate("Workshop", "no range in the document: default 0% to twice the rate"),
    }
    return texts[knob.span]


class ParameterSlider(QFrame):
    """One assumption: its name, its value now, a slider over its span, and the span's ends.

    ``moved(position)`` is emitted for every position the user moves it to;
    ``set_position`` moves it without emitting.
    """

    moved = Signal(int)

    def __init__(
        self,
        knob: Knob,
        label: str,
        low_text: str,
        high_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.knob = knob
        self.setObjectName("wsSliderBox")
        self.setProperty("focused", False)
        self.name = QLabel(label)
        self.name.setObjectName("wsSliderName")
        self.name.setWordWrap(True)
        self.value_label = QLabel()
        self.value_label.setObjectName("wsSliderValue")
        self.value_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.slider = _Slider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("wsSlider")
        self.slider.setRange(0, knob.positions)
        self.slider.setSingleStep(1)
        self.slider.setPageStep(PAGE_STEPS)
        self.slider.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.slider.setValue(knob.document_position)
        self.slider.valueChanged.connect(self.moved)
        self.slider.focused.connect(self._focused)
        self.low = QLabel(low_text)
        self.low.setObjectName("wsSliderEnd")
        self.high = QLabel(high_text)
        self.high.setObjectName("wsSliderEnd")
        self.high.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.note = QLabel(span_text(knob))
        self.note.setObjectName("wsSliderNote")
        self.note.setProperty("default_span", knob.span != "range")
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        top = QHBoxLayout()
        top.addWidget(self.name, 1)
        top.addWidget(self.value_label)
        ends = QHBoxLayout()
        ends.addWidget(self.low)
        ends.addWidget(self.note, 1)
        ends.addWidget(self.high)
        layout = QVBoxLayout(self)
        layout.setSpacing(0)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.addLayout(top)
        layout.addWidget(self.slider)
        layout.addLayout(ends)

    def set_position(self, position: int) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(position)
        self.slider.blockSignals(False)

    def position(self) -> int:
        return self.slider.value()

    def show_value(self, text: str, changed: bool, document_text: str) -> None:
        """The value now; marked, with the document's value in its tooltip, when moved."""
        self.value_label.setText(text)
        self.value_label.setProperty("changed", changed)
        self.value_label.setToolTip(
            translate("Workshop", "In the document: {value}").format(value=document_text)
        )
        _repolish(self.value_label)

    def _focused(self, focused: bool) -> None:
        self.setProperty("focused", focused)
        _repolish(self)
