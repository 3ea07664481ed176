"""Render resources/icons/sroi-app.svg to the PNG the build and the window use.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py
    convert resources/icons/sroi-app.png -define icon:auto-resize=256,128,64,48,32,16 \
        resources/icons/sroi-app.ico        # the multi-size Windows icon (ImageMagick)
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ICONS / "sroi-app.svg")).render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv)
    render(256).save(str(ICONS / "sroi-app.png"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
