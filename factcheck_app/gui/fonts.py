"""Registering the bundled fonts, so Korean names and German text render on any system."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from factcheck_app.paths import resource_path


def register_bundled_fonts() -> list[str]:
    """Add every TTF/OTF under resources/fonts; returns the families Qt accepted."""
    folder = resource_path("fonts")
    families: list[str] = []
    if not folder.is_dir():
        return families
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() in {".ttf", ".otf"}:
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))
