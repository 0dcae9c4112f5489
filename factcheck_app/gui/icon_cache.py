"""Icons painted from pixmaps drawn once, for code that paints icons itself (delegates,
overlays).

A qtawesome icon draws its glyph in Python on every ``QIcon.paint``; a card list repaints
a dozen of them per card on every click. ``draw`` renders each icon once per size and
pixel ratio (the same pixels ``QIcon.paint`` gives, as ``QIcon.pixmap`` paints through
the same engine) and then only copies the pixmap, in C++.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QIcon, QPainter, QPixmap

#: (icon's cache key, width, height, device pixel ratio) -> pixmap
_PIXMAPS: dict[tuple[int, int, int, float], QPixmap] = {}


def draw(painter: QPainter, icon: QIcon, rect: QRect) -> None:
    """What ``icon.paint(painter, rect)`` draws (normal mode, off state)."""
    device = painter.device()
    ratio = device.devicePixelRatioF() if device is not None else 1.0
    key = (icon.cacheKey(), rect.width(), rect.height(), ratio)
    pixmap = _PIXMAPS.get(key)
    if pixmap is None:
        pixmap = _PIXMAPS[key] = icon.pixmap(rect.size(), ratio)
    painter.drawPixmap(rect, pixmap)
