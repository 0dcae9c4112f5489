"""Small pieces every detail section shares: labels, time stamps, running commands."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QMessageBox, QWidget

from factcheck_app.gui.context import GuiContext
from factcheck_app.gui.edit_commands import EditCommand, execute
from factcheck_app.models import Category, CheckStatus, ReferenceKind, Relation, ReviewState

MUTED_COLOUR = "#5f6368"

CATEGORY_LABELS: dict[Category, str] = {
    Category.NO_EVIDENCE: "No evidence",
    Category.VAGUE_SOURCE: "Vague source",
    Category.HEDGED: "Hedged",
    Category.DISPUTED: "Disputed",
    Category.UNSOURCED_CLAIM: "Unsourced claim",
    Category.SOURCED: "Sourced",
}
STATUS_LABELS: dict[CheckStatus, str] = {
    CheckStatus.OPEN: "Open",
    CheckStatus.IN_PROGRESS: "In progress",
    CheckStatus.CHECKED: "Checked",
}
REVIEW_LABELS: dict[ReviewState, str] = {
    ReviewState.NEW: "New",
    ReviewState.ACCEPTED: "Accepted",
    ReviewState.DISMISSED: "Dismissed",
}
RELATION_LABELS: dict[Relation, str] = {
    Relation.SUPPORTS: "Supports",
    Relation.CONTRADICTS: "Contradicts",
    Relation.CONTEXT: "Context",
}
RELATION_COLOURS: dict[Relation, str] = {
    Relation.SUPPORTS: "#2e7d32",
    Relation.CONTRADICTS: "#c62828",
    Relation.CONTEXT: "#546e7a",
}
KIND_LABELS: dict[ReferenceKind, str] = {
    ReferenceKind.PRIMARY_DOCUMENT: "Primary document",
    ReferenceKind.OFFICIAL_STATEMENT: "Official statement",
    ReferenceKind.DATA_SET: "Data set",
    ReferenceKind.NEWS_REPORT: "News report",
    ReferenceKind.ACADEMIC_PAPER: "Academic paper",
    ReferenceKind.ARCHIVE_COPY: "Archive copy",
    ReferenceKind.OTHER: "Other",
}


def local_time(stamp: str) -> str:
    """A stored UTC stamp as the checker's local date and time (minutes are enough)."""
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} bytes"


def run(parent: QWidget | None, ctx: GuiContext, command: EditCommand) -> bool:
    """Push ``command``; a refused edit is explained to the checker, nothing is stored."""
    error = execute(ctx, command)
    if error is not None:
        QMessageBox.warning(parent, "Not saved", str(error))
        return False
    return True


def card() -> QFrame:
    """A lightly framed box for one note or one piece of evidence."""
    frame = QFrame()
    frame.setObjectName("card")
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setStyleSheet("QFrame#card { border: 1px solid palette(mid); border-radius: 4px; }")
    return frame


def muted(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names and sources come from outside
    label.setWordWrap(True)
    palette = label.palette()  # a palette, not a style sheet: cheap for many labels
    palette.setColor(QPalette.ColorRole.WindowText, QColor(MUTED_COLOUR))
    label.setPalette(palette)
    return label
