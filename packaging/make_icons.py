"""Render the application icon's PNG sizes from the one SVG source.

Desktop environments, the Windows .ico and the macOS .icns all want bitmaps at fixed
sizes; generating them from the SVG keeps a single source of truth. Uses Qt's own SVG
renderer so no extra tool is needed: ``python packaging/make_icons.py``.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "factcheck.svg"
OUT = ROOT / "resources" / "icons" / "hicolor"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


#: Sizes in the Windows .ico (256 is stored as PNG, as Windows Vista and later read it).
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: macOS .icns element types holding PNG data, by pixel size (the @2x ones share sizes).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def png_bytes(image) -> bytes:
    """The image encoded as PNG, in memory."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit("cannot encode PNG")
    buffer.close()
    return bytes(data.data())


def ico_container(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico whose entries are PNG images (ICONDIR + ICONDIRENTRYs + data)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, data in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in the ICO format
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def icns_container(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns of PNG elements: 'icns' + total length, then type + length + data."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


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
    # Windows wants an .ico and macOS an .icns, each holding several sizes so the
    # desktop never scales one bitmap (Qt's image plugins write a single size only).
    pngs = {size: png_bytes(render(SVG, size)) for size in (*SIZES, 1024)}
    ico = ROOT / "packaging" / "windows" / "factcheck.ico"
    ico.write_bytes(ico_container({s: pngs[s] for s in ICO_SIZES}))
    icns = ROOT / "packaging" / "macos" / "factcheck.icns"
    icns.write_bytes(icns_container(pngs))
    written += [ico, icns]
    for path in written:
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
