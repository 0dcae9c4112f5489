"""``factcheck-app``: open the library and show the main window, or render a screenshot.

``factcheck-app [--db PATH] [FILE]`` imports FILE (if given) into the library and opens it.
``factcheck-app --screenshot OUT.png [FILE]`` renders the window offscreen with FILE (or the
bundled mixed-language sample) imported and analysed into a temporary library, saves the
PNG and exits: screenshots never touch the user's data.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from factcheck_app import __version__

EXIT_OK = 0
EXIT_BAD_INPUT = 2


#: The freedesktop application id: the .desktop file's and the AppStream metadata's name.
DESKTOP_APP_ID = "org.factcheck.Factcheck"


def _window_size(text: str) -> tuple[int, int]:
    """``1024x640`` -> (1024, 640); argparse turns the ValueError into a usage error."""
    width, _, height = text.lower().partition("x")
    size = (int(width), int(height))
    if min(size) < 200 or max(size) > 10000:
        raise ValueError(text)
    return size


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="factcheck-app", description="Factcheck: the desktop app for fact-checkers."
    )
    parser.add_argument("--version", action="version", version=f"factcheck-app {__version__}")
    parser.add_argument("--db", type=Path, help="library file (default: the user data folder)")
    parser.add_argument(
        "--screenshot", type=Path, metavar="OUT.png", help="render the window to a PNG and exit"
    )
    parser.add_argument(
        "--size",
        type=_window_size,
        default=(1440, 900),
        metavar="WxH",
        help="window size for --screenshot (default 1440x900)",
    )
    parser.add_argument(
        "file", nargs="?", help="an article to import and open: a file or an http(s) address"
    )
    return parser.parse_args(argv)


def sample_article() -> Path | None:
    from factcheck_app.paths import sample_path

    try:
        return sample_path()
    except FileNotFoundError:
        return None


def _fail(message: str, show_box: bool) -> int:
    logging.getLogger(__name__).error("%s", message)
    print(f"factcheck-app: {message}", file=sys.stderr)  # the one line a shell user sees
    if show_box:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, "Factcheck", message)
    return EXIT_BAD_INPUT


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    from factcheck_app.logs import setup_logging

    setup_logging()
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("factcheck-app")
    # Links the window to packaging/linux/<id>.desktop (Wayland's app id, the dock icon).
    app.setDesktopFileName(DESKTOP_APP_ID)
    from PySide6.QtGui import QIcon

    from factcheck_app.gui.start_view import app_icon_path

    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        icon.addFile(str(app_icon_path(size)))
    app.setWindowIcon(icon)
    app.setOrganizationName("factcheck")
    app.setApplicationDisplayName("Factcheck")
    from factcheck_app.gui.i18n import setup_language

    setup_language(app)
    from factcheck_app.gui.fonts import register_bundled_fonts

    register_bundled_fonts()
    interactive = not args.screenshot
    with tempfile.TemporaryDirectory(prefix="factcheck-shot-") as tmp:
        if args.screenshot:  # the user's window layout stays as it was
            from factcheck_app.gui import window_state

            window_state.redirect(Path(tmp) / window_state.INI_NAME)
        if args.screenshot and not args.db:
            db_path = Path(tmp) / "library.factcheck.db"
        else:
            from factcheck_app.paths import default_library_path

            db_path = args.db or default_library_path()
        from factcheck_app.errors import LibraryError
        from factcheck_app.services import Library

        try:
            library = Library(db_path, remember=not (args.screenshot and not args.db))
        except LibraryError as exc:
            return _fail(str(exc), interactive)
        try:
            return _run(app, library, args, interactive)
        finally:
            library.close()


def _run(app, library, args: argparse.Namespace, interactive: bool) -> int:
    from factcheck_app.errors import FactcheckError
    from factcheck_app.gui.context import GuiContext
    from factcheck_app.gui.main_window import MainWindow
    from factcheck_app.gui.messages import describe
    from factcheck_app.services.articles import import_file, import_url, is_url
    from factcheck_app.services.sharing import SHARE_EXTENSION

    article_id = None
    source: str | None = args.file or (str(sample_article()) if args.screenshot else None)
    share_file = None
    shared = bool(source) and not is_url(source or "") and Path(source or "").suffix
    if shared == SHARE_EXTENSION and not args.screenshot:
        share_file, source = Path(source or ""), None  # a colleague's library: offer to merge
    if source is not None:
        try:
            result = import_url(library, source) if is_url(source) else import_file(library, source)
            article_id = result.article.id
        except (FactcheckError, OSError) as exc:  # IngestError is an InputError
            return _fail(describe(exc), interactive)
    ctx = GuiContext.create(library)
    window = MainWindow(ctx, preload_analyzer=interactive)
    if args.screenshot:
        demo = not args.db  # the demonstration work goes into the throwaway library only
        return _screenshot(app, window, article_id, args.screenshot, args.size, demo)
    from factcheck_app.gui import file_open

    file_open.install(app, window)
    current = [window]

    def keep(replacement) -> None:  # a language switch built a new window: hold on to it
        current[0] = replacement
        replacement.replaced.connect(keep)

    window.replaced.connect(keep)
    sys.excepthook = _report_bug
    window.show()
    from PySide6.QtCore import QTimer

    from factcheck_app.gui.identity_dialog import ask_if_unknown

    QTimer.singleShot(0, lambda: ask_if_unknown(current[0], ctx))  # once the window is up
    if article_id:
        window.show_article(article_id)
        window.analysis.analyze([article_id])
    if share_file is not None:
        window.open_share_file(share_file)
    return app.exec()


def _report_bug(kind: type[BaseException], exc: BaseException, trace: object) -> None:
    """An exception no code handled (a bug in a slot): logged, and the user is told."""
    from factcheck_app.gui.i18n import translate
    from factcheck_app.gui.messages import show_error

    if not isinstance(exc, Exception):
        sys.__excepthook__(kind, exc, trace)  # type: ignore[arg-type]
        return
    show_error(None, translate("messages", "Unexpected error"), exc)


def _screenshot(
    app, window, article_id: str | None, out: Path, size: tuple[int, int], demo: bool
) -> int:
    """Analyse synchronously (nothing else to wait for), select the first card, save.

    In the screenshot's own throwaway library (no ``--db``) a half-done check is filed
    first (``screenshot_demo``), as the README pictures show. A library named with
    ``--db`` is the checker's own: it is shown as it is, and no demonstration note,
    verdict or state change is ever written into it.
    """
    from factcheck_app.gui.i18n import current_language
    from factcheck_app.gui.screenshot_demo import file_demo_work
    from factcheck_app.models import Changes
    from factcheck_app.services.analysis import analyze_article, analyzer_for

    shown = None
    if article_id:
        analyzer = analyzer_for(window.ctx.settings)
        result = analyze_article(window.ctx.library, article_id, analyzer=analyzer)
        window.ctx.bus.publish(result.changes)
        if demo:
            shown = file_demo_work(window.ctx.library, article_id, current_language())
            window.ctx.bus.publish(Changes(library=True))
    window.resize(*size)
    window.show()
    if article_id:
        window.show_article(article_id, shown)
        if shown is None:
            window.select_first_assertion()
    for _ in range(5):
        app.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(out)):
        return _fail(f"cannot write {out}", False)
    window.ctx.tasks.wait(5000)
    window.close()
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
