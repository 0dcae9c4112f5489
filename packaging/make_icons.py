"""Render the application icon's PNG sizes from the one SVG source.

Desktop environments, the Windows .ico and the macOS .icns all want bitmaps at fixed
sizes; generating them from the SVG keeps a single source of truth. Uses Qt's own SVG
renderer so no extra tool is needed: ``python packaging/make_icons.py``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "factcheck.svg"
OUT = ROOT / "resources" / "icons" / "hicolor"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(svg: Path, size: int):
    """One antialiased square bitmap of the SVG at ``size`` pixels."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(argv or sys.argv[:1])
    written = []
    for size in SIZES:
        target = OUT / f"{size}x{size}" / "apps" / "factcheck.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(SVG, size).save(str(target), "PNG"):
            raise SystemExit(f"cannot write {target}")
        written.append(target)
    # Windows wants an .ico and macOS an .icns; Qt's image plugins write both.
    for target, size, fmt in (
        (ROOT / "packaging" / "windows" / "factcheck.ico", 256, "ICO"),
        (ROOT / "packaging" / "macos" / "factcheck.icns", 512, "ICNS"),
    ):
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(SVG, size).save(str(target), fmt):
            raise SystemExit(f"cannot write {target} (Qt image plugin for {fmt} missing?)")
        written.append(target)
    for path in written:
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
