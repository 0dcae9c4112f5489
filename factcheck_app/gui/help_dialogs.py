"""Help menu: the offline user guide (English and German) and the About dialog.

The guide is Markdown in ``resources/guide/<lang>.md`` so it can be read and reviewed as
plain text, ships inside the bundle, and needs no network. It is rendered with
markdown-it-py, the same parser the rest of the app uses, into a QTextBrowser; its
headings become the table of contents. The About dialog lists every version a bug report
needs, with a button to copy them.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import platform
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from markdown_it import MarkdownIt
from PySide6.QtCore import QLocale, Qt, QUrl, qVersion
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from factcheck_app import __version__
from factcheck_app.gui.context import GuiContext
from factcheck_app.gui.i18n import translate
from factcheck_app.language import LANGUAGE_NAMES
from factcheck_app.paths import resource_path

if TYPE_CHECKING:
    from factcheck_app.gui.main_window import MainWindow

D = TypeVar("D", bound=QDialog)

#: Guide languages, in the order of the language switch, with their own names.
GUIDE_LANGUAGES: dict[str, str] = LANGUAGE_NAMES
#: Display width of the guide's screenshots, narrower than the reading pane.
IMAGE_WIDTH = 600


@dataclass(frozen=True)
class Heading:
    level: int
    text: str
    anchor: str


def guide_path(lang: str) -> Path:
    return resource_path("guide", f"{lang}.md")


def guide_language(preferred: str = "") -> str:
    """The guide language for a UI language setting ("" = the system's language)."""
    for name in [preferred] if preferred else QLocale().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in GUIDE_LANGUAGES:
            return code
    return "en"


def _slug(text: str, taken: set[str]) -> str:
    base = re.sub(r"[^\w]+", "-", text.lower()).strip("-") or "section"
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    taken.add(slug)
    return slug


def render_guide(markdown: str) -> tuple[str, list[Heading]]:
    """HTML of the guide plus its headings; every heading gets an anchor to scroll to.

    QTextBrowser scrolls to ``<a name=...>`` anchors, not to ``id`` attributes, so the
    anchor is written into the heading itself.
    """
    md = MarkdownIt("commonmark").enable("table")
    tokens = md.parse(markdown)
    headings: list[Heading] = []
    taken: set[str] = set()
    for i, token in enumerate(tokens):
        for child in token.children or ():
            if child.type == "image":  # QTextBrowser never shrinks an image to fit
                child.attrSet("width", str(IMAGE_WIDTH))
        if token.type == "heading_open":
            text = tokens[i + 1].content
            heading = Heading(int(token.tag[1]), text, _slug(text, taken))
            token.meta["anchor"] = heading.anchor
            headings.append(heading)

    def heading_open(self: Any, tokens: list, idx: int, options: Any, env: Any) -> str:
        token = tokens[idx]
        return f'<{token.tag}><a name="{token.meta["anchor"]}"></a>'

    md.add_render_rule("heading_open", heading_open)
    return md.renderer.render(tokens, md.options, {}), headings


GUIDE_CSS = """
h1 { font-size: 20pt; margin-bottom: 8px; }
h2 { font-size: 15pt; margin-top: 18px; }
h3 { font-size: 12pt; margin-top: 12px; }
p, li { line-height: 135%; }
code { font-family: monospace; }
pre { background-color: #f2f2f2; padding: 6px; font-size: 9pt; }
th { background-color: #e8e8e8; }
th, td { padding: 3px 8px; }
"""


class UserGuideDialog(QDialog):
    """The user guide with a table of contents and an English/German switch."""

    def __init__(self, language: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Factcheck user guide"))
        self.setObjectName("userGuideDialog")
        self.headings: list[Heading] = []
        self.language = ""

        self.language_combo = QComboBox()
        for code, name in GUIDE_LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setAccessibleName(self.tr("Guide language"))
        self.language_combo.currentIndexChanged.connect(
            lambda _i: self.set_language(self.language_combo.currentData())
        )

        self.toc = QTreeWidget()
        self.toc.setHeaderHidden(True)
        self.toc.setAccessibleName(self.tr("Contents"))
        self.toc.setMinimumWidth(200)
        self.toc.itemActivated.connect(self._go_to)
        self.toc.itemClicked.connect(self._go_to)

        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.document().setDefaultStyleSheet(GUIDE_CSS)
        self.browser.setAccessibleName(self.tr("User guide"))

        splitter = QSplitter()
        splitter.addWidget(self.toc)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 700])

        top = QHBoxLayout()
        top.addStretch(1)
        label = QLabel(self.tr("&Language:"))
        label.setBuddy(self.language_combo)
        top.addWidget(label)
        top.addWidget(self.language_combo)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(980, 720)
        self.set_language(guide_language(language))

    def set_language(self, lang: str) -> None:
        if lang == self.language:
            return
        path = guide_path(lang)
        try:
            markdown = path.read_text(encoding="utf-8")
        except OSError as exc:
            markdown = self.tr("# User guide missing\n\nCannot read {path}: {error}").format(
                path=path, error=exc.strerror or exc
            )
        html, self.headings = render_guide(markdown)
        self.language = lang
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
        self.browser.setHtml(html)
        self._fill_toc()
        index = self.language_combo.findData(lang)
        if index != self.language_combo.currentIndex():
            self.language_combo.blockSignals(True)
            self.language_combo.setCurrentIndex(index)
            self.language_combo.blockSignals(False)

    def _fill_toc(self) -> None:
        self.toc.clear()
        parent: QTreeWidgetItem | None = None
        for heading in self.headings:
            if heading.level == 1:
                continue  # the title: the whole document
            item = QTreeWidgetItem([heading.text])
            item.setData(0, Qt.ItemDataRole.UserRole, heading.anchor)
            if heading.level == 2 or parent is None:
                self.toc.addTopLevelItem(item)
                parent = item
            else:
                parent.addChild(item)
        self.toc.expandAll()

    def toc_titles(self) -> list[str]:
        """Every entry of the table of contents, depth first (what the reader sees)."""
        titles: list[str] = []

        def walk(item: QTreeWidgetItem) -> None:
            titles.append(item.text(0))
            for i in range(item.childCount()):
                child = item.child(i)
                if child is not None:
                    walk(child)

        for i in range(self.toc.topLevelItemCount()):
            top = self.toc.topLevelItem(i)
            if top is not None:
                walk(top)
        return titles

    def _go_to(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.browser.scrollToAnchor(item.data(0, Qt.ItemDataRole.UserRole))


def _distribution_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "—"


def version_rows(ctx: GuiContext | None) -> list[tuple[str, str]]:
    """(label, value) pairs for the About dialog; labels are English for bug reports."""
    import PySide6

    from factcheck_app.settings import config_path

    try:
        import spacy.about

        spacy_version = spacy.about.__version__
    except ImportError:
        spacy_version = _distribution_version("spacy")
    try:
        from factcheck_app.analysis import DETECTOR_VERSION

        detector = str(DETECTOR_VERSION)
    except ImportError:
        detector = "—"
    rows = [
        ("Factcheck", __version__),
        ("Qt", f"{qVersion()} (PySide6 {PySide6.__version__})"),
        ("spaCy", spacy_version),
        ("Python", f"{platform.python_version()} ({sys.platform})"),
        (translate("help_dialogs", "Detector"), detector),
    ]
    if ctx is not None:
        model = ctx.settings.model
        if not model:
            model_text = translate("help_dialogs", "built-in rules (no model)")
        elif importlib.util.find_spec(model) is None:
            model_text = translate(
                "help_dialogs", "{model} (not installed: using built-in rules)"
            ).format(model=model)
        else:
            model_text = f"{model} {_distribution_version(model)}".strip()
        library = ctx.library.path
        rows += [
            (translate("help_dialogs", "Model"), model_text),
            (
                translate("help_dialogs", "Library"),
                str(library) if library else translate("help_dialogs", "in memory"),
            ),
        ]
    rows.append((translate("help_dialogs", "Settings"), str(config_path())))
    return rows


class AboutDialog(QDialog):
    """What this is, who made it, and every version a bug report needs."""

    def __init__(self, ctx: GuiContext | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Factcheck"))
        self.setObjectName("aboutDialog")
        self.rows = version_rows(ctx)

        logo = QLabel()
        logo.setPixmap(
            QPixmap(str(resource_path("icons", "hicolor", "128x128", "apps", "factcheck.png")))
        )
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(f"<h2>Factcheck {__version__}</h2>")
        blurb = QLabel(
            self.tr(
                "An offline assistant for fact-checkers: it highlights the assertions in a "
                "news article that are not properly sourced and keeps your notes, "
                "references and verdicts next to them. Nothing leaves your computer "
                "unless you share or export it."
            )
        )
        blurb.setWordWrap(True)
        licence = QLabel(self.tr("Free software under the MIT licence."))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.value_labels: dict[str, QLabel] = {}
        for name, value in self.rows:
            label = QLabel(value)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            form.addRow(f"{name}:", label)
            self.value_labels[name] = label

        text = QVBoxLayout()
        text.addWidget(title)
        text.addWidget(blurb)
        text.addWidget(licence)
        text.addSpacing(8)
        text.addLayout(form)
        body = QHBoxLayout()
        body.addWidget(logo)
        body.addSpacing(12)
        body.addLayout(text, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy versions"))
        self.copy_button.setToolTip(self.tr("Copy the versions, e.g. for a bug report"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_versions)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(buttons)
        self.setMinimumWidth(620)

    def versions_text(self) -> str:
        return "\n".join(f"{name}: {value}" for name, value in self.rows)

    def copy_versions(self) -> None:
        QGuiApplication.clipboard().setText(self.versions_text())


def _show_single(window: QWidget, cls: type[D], make: Callable[[], D]) -> D:
    """Show the window's one instance of a modeless dialog, creating it on first use."""
    found = window.findChild(cls)
    dialog = found if isinstance(found, cls) else make()
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def open_user_guide(window: QWidget, ctx: GuiContext | None = None) -> UserGuideDialog:
    language = ctx.settings.ui_language if ctx is not None else ""
    return _show_single(window, UserGuideDialog, lambda: UserGuideDialog(language, window))


def open_about(window: QWidget, ctx: GuiContext | None = None) -> AboutDialog:
    return _show_single(window, AboutDialog, lambda: AboutDialog(ctx, window))


def install_help_menu(window: MainWindow) -> tuple[QAction, QAction]:
    """Put "User guide" (F1) first in ``window.menus["help"]`` and About last."""
    menu = window.menus["help"]
    ctx: GuiContext | None = getattr(window, "ctx", None)
    guide = QAction(translate("help_dialogs", "&User guide"), window)
    guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    if guide.shortcut().isEmpty():
        guide.setShortcut(QKeySequence("F1"))
    guide.setIcon(_icon("fa5s.book"))
    guide.triggered.connect(lambda: open_user_guide(window, ctx))
    about = QAction(translate("help_dialogs", "&About Factcheck"), window)
    about.setMenuRole(QAction.MenuRole.AboutRole)
    about.setIcon(_icon("fa5s.info-circle"))
    about.triggered.connect(lambda: open_about(window, ctx))

    first = menu.actions()[0] if menu.actions() else None
    if first is None:
        menu.addAction(guide)
    else:
        menu.insertAction(first, guide)
        menu.insertSeparator(first)
    menu.addSeparator()
    menu.addAction(about)
    return guide, about


def _icon(name: str):
    import qtawesome as qta

    return qta.icon(name)
