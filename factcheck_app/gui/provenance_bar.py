"""The article's origin above its text: where it came from, when, and which bytes.

A checker must be able to say exactly what was checked: the file name or the web
address (with every redirect), the fetch time, the SHA-256 of the bytes received, and
the archived copy (WARC record of the page, or the original PDF/DOCX), which opens in
the system viewer or is saved wherever the checker wants. The bar shows what it is
given; opening and saving need the library, so ``install`` wires them to the window.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from factcheck_app.errors import FactcheckError
from factcheck_app.gui.i18n import translate
from factcheck_app.gui.messages import show_error
from factcheck_app.models import Article, ArticleSnapshot

if TYPE_CHECKING:
    from factcheck_app.gui.context import GuiContext


def _short_time(stamp: str) -> str:
    """``2026-12-04T09:53:22Z`` -> ``2026-12-04 09:53 UTC``."""
    if len(stamp) >= 16 and stamp[10] == "T":
        return f"{stamp[:10]} {stamp[11:16]} UTC"
    return stamp


def origin_summary(article: Article) -> str:
    """One line of rich text: the source, and when it was fetched."""
    origin = article.provenance
    if origin.requested_url:
        shown = origin.final_url or origin.requested_url
        source = f"<a href='{escape(shown, quote=True)}'>{escape(shown)}</a>"
        text = translate("provenance", "From {source}").format(source=source)
        if origin.redirects:
            text += " " + translate("provenance", "(redirected from {url})").format(
                url=escape(origin.requested_url)
            )
    elif article.source_name:
        text = translate("provenance", "From the file {name}").format(
            name=f"<b>{escape(article.source_name)}</b>"
        )
    else:
        text = translate("provenance", "Pasted text")
    if origin.fetched_at:
        text += " · " + translate("provenance", "fetched {time}").format(
            time=_short_time(origin.fetched_at)
        )
    else:
        text += " · " + translate("provenance", "imported {time}").format(
            time=_short_time(article.created_at)
        )
    return text


def origin_details(article: Article) -> str:
    """Every detail, for the tooltip and the accessibility description."""
    origin = article.provenance
    lines: list[str] = []
    if origin.requested_url:
        lines.append(translate("provenance", "Requested: {url}").format(url=origin.requested_url))
        for url in origin.redirects[1:]:
            lines.append(translate("provenance", "Redirected via: {url}").format(url=url))
        if origin.final_url:
            lines.append(
                translate("provenance", "Final address: {url}").format(url=origin.final_url)
            )
    if article.source_name:
        lines.append(translate("provenance", "File: {name}").format(name=article.source_name))
    if article.url and article.url != origin.final_url:
        lines.append(translate("provenance", "Canonical address: {url}").format(url=article.url))
    if origin.fetched_at:
        lines.append(translate("provenance", "Fetched: {time}").format(time=origin.fetched_at))
    if origin.http_status:
        lines.append(
            translate("provenance", "Server answer: HTTP {status}, {type}").format(
                status=origin.http_status, type=origin.content_type or "?"
            )
        )
    if origin.original_sha256:
        lines.append(
            translate("provenance", "SHA-256 of the original: {hash}").format(
                hash=origin.original_sha256
            )
        )
    for snap in article.snapshots:
        lines.append(
            translate("provenance", "Archived copy: {name} ({size} bytes)").format(
                name=snap.filename, size=snap.size
            )
        )
    return "\n".join(lines)


class ProvenanceBar(QWidget):
    """One line under the legend; Open/Save for the archived copy when there is one."""

    open_requested = Signal(object)  # ArticleSnapshot
    save_requested = Signal(object)  # ArticleSnapshot

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("provenance-bar")
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setOpenExternalLinks(False)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.label.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        self.hash_label = QLabel()
        self.hash_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hash_label.setStyleSheet("color: palette(placeholder-text);")
        # The origin line must not widen the article column past a small window: the
        # labels give up width (their tooltip holds the whole text) before the window grows.
        for label in (self.label, self.hash_label):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            label.setMinimumWidth(60)
        self.open_button = QToolButton()
        self.open_button.setText(translate("provenance", "Open archived copy"))
        self.open_button.setToolTip(
            translate("provenance", "Open what was received, as archived, in the system viewer")
        )
        self.save_button = QToolButton()
        self.save_button.setText(translate("provenance", "Save copy…"))
        self.save_button.setToolTip(
            translate("provenance", "Save the archived copy (WARC, PDF or Word file)")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.hash_label)
        layout.addWidget(self.open_button)
        layout.addWidget(self.save_button)
        self.snapshot: ArticleSnapshot | None = None
        self.open_button.clicked.connect(lambda: self._emit(self.open_requested))
        self.save_button.clicked.connect(lambda: self._emit(self.save_requested))
        self.load(None)

    def load(self, article: Article | None) -> None:
        self.setVisible(article is not None)
        if article is None:
            self.snapshot = None
            return
        self.snapshot = article.snapshots[-1] if article.snapshots else None
        self.label.setText(origin_summary(article))
        digest = article.provenance.original_sha256
        self.hash_label.setText(f"SHA-256 {digest[:12]}…" if digest else "")
        details = origin_details(article)
        self.setToolTip(details)
        self.setAccessibleDescription(details)
        self.open_button.setVisible(self.snapshot is not None)
        self.save_button.setVisible(self.snapshot is not None)

    def _emit(self, signal) -> None:
        if self.snapshot is not None:
            signal.emit(self.snapshot)


def install(bar: ProvenanceBar, window: QWidget, ctx: GuiContext) -> None:
    """Connect the bar's Open/Save to the library of ``ctx``."""
    bar.open_requested.connect(lambda snap: open_archived(window, ctx, snap))
    bar.save_requested.connect(lambda snap: save_archived(window, ctx, snap))


def open_archived(parent: QWidget, ctx: GuiContext, snapshot: ArticleSnapshot) -> Path | None:
    from factcheck_app.gui.detail.snapshots import _temp_folder
    from factcheck_app.services.articles import save_article_snapshot

    try:
        path = save_article_snapshot(ctx.library, snapshot, _temp_folder())
    except (FactcheckError, OSError) as exc:
        show_error(parent, translate("provenance", "Cannot open the copy"), exc)
        return None
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        QMessageBox.information(
            parent,
            translate("provenance", "No viewer"),
            translate(
                "provenance", "No program is set up to open this file.\nIt was saved at {path}"
            ).format(path=path),
        )
    return path


def save_archived(
    parent: QWidget, ctx: GuiContext, snapshot: ArticleSnapshot, target: str | None = None
) -> Path | None:
    """Save the copy where the user chooses (``target`` skips the dialog, for tests)."""
    from factcheck_app.services.articles import save_article_snapshot

    if target is None:
        target, _ = QFileDialog.getSaveFileName(
            parent, translate("provenance", "Save the archived copy"), snapshot.filename
        )
        if not target:
            return None
    try:
        return save_article_snapshot(ctx.library, snapshot, Path(target))
    except (FactcheckError, OSError) as exc:
        show_error(parent, translate("provenance", "Cannot save the copy"), exc)
        return None
