"""Render the screenshots the user guide and the AppStream metadata show.

Run after a visible change to the main window or the start page:
``QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_guide_images.py``.
The main window comes from ``factcheck-app --screenshot`` (a temporary library with the
bundled sample, analysed); the start page and the guide are rendered here. Images are
scaled to the guide's reading width so the QTextBrowser shows them without scrolling.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "guide" / "images"
WIDTH = 860


def _scaled_save(image, path: Path) -> None:
    from PySide6.QtCore import Qt

    if image.width() > WIDTH:
        image = image.scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
    if not image.save(str(path), "PNG"):
        raise SystemExit(f"cannot write {path}")
    print(path.relative_to(ROOT))


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    OUT.mkdir(parents=True, exist_ok=True)
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from factcheck_app.gui.context import GuiContext
    from factcheck_app.gui.help_dialogs import UserGuideDialog
    from factcheck_app.gui.start_view import StartView
    from factcheck_app.services import Library
    from factcheck_app.settings import Settings

    with tempfile.TemporaryDirectory() as tmp:
        shot = Path(tmp) / "main.png"
        subprocess.run(
            [sys.executable, "-m", "factcheck_app.gui.app", "--screenshot", str(shot)], check=True
        )
        app = QApplication.instance() or QApplication(sys.argv[:1])
        _scaled_save(QImage(str(shot)), OUT / "main-window.png")
        with Library(Path(tmp) / "library.factcheck.db", Settings(user_name="guide")) as lib:
            start = StartView(GuiContext.create(lib))
            start.hint.setText(start.tr("Press F1 for the user guide."))
            start.resize(1000, 620)
            start.show()
            app.processEvents()
            _scaled_save(start.grab().toImage(), OUT / "start-view.png")
        guide = UserGuideDialog("en")
        guide.resize(1100, 760)
        guide.show()
        guide.browser.scrollToAnchor(guide.headings[2].anchor)
        app.processEvents()
        _scaled_save(guide.grab().toImage(), OUT / "user-guide.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
