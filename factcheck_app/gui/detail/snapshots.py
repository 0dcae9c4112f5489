"""Local copies of a source: attach (button or drag and drop), list, open, remove.

A copy is opened by writing it to a private temporary folder and handing that file to
the system viewer; the app itself never renders PDFs or HTML from outside.
"""

# (no `from __future__ import annotations`: its name would shadow services.annotations)

import os
import tempfile
from functools import partial
from html import escape as _escape
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from factcheck_app import filetypes
from factcheck_app.categories import MUTED_COLOUR
from factcheck_app.errors import FactcheckError
from factcheck_app.files import safe_filename
from factcheck_app.gui.context import GuiContext
from factcheck_app.gui.detail.common import clear_layout, human_size, muted, tool_button
from factcheck_app.gui.edits import run
from factcheck_app.gui.i18n import translate
from factcheck_app.gui.messages import show_error
from factcheck_app.models import Reference, Snapshot
from factcheck_app.services import local_copies
from factcheck_app.urlpolicy import neutral_text

_TEMP: tempfile.TemporaryDirectory[str] | None = None


def _temp_folder() -> Path:
    """One private folder per run; removed when the process exits normally."""
    global _TEMP
    if _TEMP is None:
        _TEMP = tempfile.TemporaryDirectory(prefix="factcheck-copies-")
    return Path(_TEMP.name)


def open_snapshot(parent: QWidget | None, ctx: GuiContext, snapshot: Snapshot) -> Path | None:
    """Open a copy with the system viewer, but only a document type we recognise by its
    content, after a confirmation naming that type; anything else is offered "Save as…".

    The sender chose the name: ``invoice.pdf.exe`` or a ``.desktop`` file must never reach
    the desktop's default handler, so the file is written under its real extension.
    """
    try:
        data = local_copies.checked_snapshot_bytes(ctx.library, snapshot)
    except (FactcheckError, OSError) as exc:
        show_error(parent, translate("snapshots", "Cannot open the copy"), exc)
        return None
    name = shown_name(snapshot.filename)
    kind = filetypes.sniff(data)
    if kind is None:
        answer = QMessageBox.warning(
            parent,
            translate("snapshots", "Not opened"),
            translate(
                "snapshots",
                "“{name}” is not a document type Factcheck opens (PDF, image, web page or "
                "text), so it is not handed to another program.\n\nSave it as a file instead?",
            ).format(name=name),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return save_snapshot_as(parent, ctx, snapshot, data)
        return None
    answer = QMessageBox.question(
        parent,
        translate("snapshots", "Open local copy?"),
        translate(
            "snapshots",
            "“{name}” is a {kind} (checked by its content).\n\nOpen it with the system viewer?",
        ).format(name=name, kind=_kind_label(kind)),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Open:
        return None
    try:
        path = local_copies.export_snapshot(ctx.library, snapshot, _temp_folder(), kind.extension)
    except (FactcheckError, OSError) as exc:
        show_error(parent, translate("snapshots", "Cannot open the copy"), exc)
        return None
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        QMessageBox.information(
            parent,
            translate("snapshots", "No viewer"),
            translate(
                "snapshots", "No program is set up to open this file.\nIt was saved at {path}"
            ).format(path=path),
        )
    return path


def save_snapshot_as(
    parent: QWidget | None, ctx: GuiContext, snapshot: Snapshot, data: bytes
) -> Path | None:
    """Let the checker save the bytes somewhere of their choosing (never opened)."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        translate("snapshots", "Save local copy as"),
        safe_filename(snapshot.filename),
    )
    if not chosen:
        return None
    path = Path(chosen)
    try:
        with open(path, "wb", opener=lambda p, f: os.open(p, f, 0o600)) as fh:
            fh.write(data)
    except OSError as exc:
        show_error(parent, translate("snapshots", "Cannot save the copy"), exc)
        return None
    return path


def _kind_label(kind: filetypes.DocumentType) -> str:
    return {
        ".pdf": translate("snapshots", "PDF document"),
        ".png": translate("snapshots", "PNG image"),
        ".jpg": translate("snapshots", "JPEG image"),
        ".gif": translate("snapshots", "GIF image"),
        ".webp": translate("snapshots", "WebP image"),
        ".html": translate("snapshots", "web page (HTML)"),
        ".txt": translate("snapshots", "plain text file"),
    }.get(kind.extension, kind.name)


def shown_name(filename: str) -> str:
    """A sender's file name as shown: bidi controls neutralised, elided to fit a panel."""
    return neutral_text(filename, 60)


def attach_files(
    parent: QWidget | None, ctx: GuiContext, reference_id: str, paths: list[Path]
) -> int:
    """Attach several files as one undo step; returns how many were stored."""
    files = [p for p in paths if p.is_file()]
    if not files:
        QMessageBox.warning(
            parent,
            translate("snapshots", "Nothing attached"),
            translate("snapshots", "Only files can be attached."),
        )
        return 0
    if len(files) == 1:
        return int(
            run(parent, ctx, lambda: local_copies.attach_file(ctx.library, reference_id, files[0]))
        )
    stored = 0
    ctx.undo_stack.beginMacro(translate("snapshots", "Attach files ({n})").format(n=len(files)))
    try:
        for path in files:
            stored += run(
                parent, ctx, partial(local_copies.attach_file, ctx.library, reference_id, path)
            )
    finally:
        ctx.undo_stack.endMacro()
    return stored


def choose_and_attach(parent: QWidget | None, ctx: GuiContext, reference_id: str) -> int:
    names, _ = QFileDialog.getOpenFileNames(
        parent,
        translate("snapshots", "Attach a local copy"),
        "",
        translate(
            "snapshots",
            "Documents (*.pdf *.html *.htm *.txt *.md *.png *.jpg *.jpeg *.gif *.webp)"
            ";;All files (*)",
        ),
    )
    return attach_files(parent, ctx, reference_id, [Path(n) for n in names]) if names else 0


def dropped_files(event: QDropEvent | QDragEnterEvent) -> list[Path]:
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    return [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]


class SnapshotList(QWidget):
    """The copies of one reference, with Open/Remove per copy and "Attach file…"."""

    attached = Signal()

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reference: Reference | None = None
        self.rows = QVBoxLayout()
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.attach_button = QPushButton(translate("snapshots", "Attach file…"))
        self.attach_button.setToolTip(
            translate(
                "snapshots", "Store a local copy (PDF, HTML, image, text), or drop a file here"
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.rows)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.attach_button)
        layout.addLayout(bottom)
        self.attach_button.clicked.connect(self._choose)
        self.setAcceptDrops(True)

    def load(self, reference: Reference | None) -> None:
        self.reference = reference
        clear_layout(self.rows)
        self.attach_button.setEnabled(reference is not None)
        if reference is None:
            return
        if not reference.snapshots:
            self.rows.addWidget(muted(translate("snapshots", "No local copy.")))
        for snap in reference.snapshots:
            self.rows.addWidget(self._row(snap))

    def _row(self, snap: Snapshot) -> QWidget:
        row = QWidget()
        row.setObjectName(f"snapshot-{snap.id}")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel()
        label.setWordWrap(True)
        label.setToolTip(f"SHA-256 {snap.sha256}")
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setText(
            translate("snapshots", "Local copy: {name}").format(
                name=f"<b>{_escape(shown_name(snap.filename))}</b>"
            )
            + f" <span style='color:{MUTED_COLOUR}'>"
            + f"({_escape(snap.mime)}, {human_size(snap.size)})</span>"
        )
        open_button = tool_button(translate("snapshots", "Open"))
        open_button.setToolTip(translate("snapshots", "Open with the system viewer"))
        remove_button = tool_button(translate("snapshots", "Remove"))
        open_button.clicked.connect(lambda: open_snapshot(self, self.ctx, snap))
        remove_button.clicked.connect(
            lambda: run(
                self, self.ctx, lambda: local_copies.remove_snapshot(self.ctx.library, snap)
            )
        )
        layout.addWidget(label, 1)
        layout.addWidget(open_button)
        layout.addWidget(remove_button)
        return row

    def _choose(self) -> None:
        if self.reference is not None and choose_and_attach(self, self.ctx, self.reference.id):
            self.attached.emit()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.reference is not None and dropped_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = dropped_files(event)
        if self.reference is not None and files:
            event.acceptProposedAction()
            if attach_files(self, self.ctx, self.reference.id, files):
                self.attached.emit()
