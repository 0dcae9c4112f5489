"""Small pieces every detail section shares: labels, time stamps, cards."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QLayout, QToolButton, QVBoxLayout

from factcheck_app.cards import Progress, lifecycle_label, progress_label
from factcheck_app.categories import LIFECYCLE_COLOURS, MUTED_COLOUR
from factcheck_app.gui import palette
from factcheck_app.gui.i18n import QT_TRANSLATE_NOOP, format_datetime, format_number, translate
from factcheck_app.models import Category, Lifecycle, ReferenceKind, Relation


class TranslatedLabels(dict):
    """Source-language labels that read out in the UI language: a lookup translates.

    The values are marked with ``QT_TRANSLATE_NOOP`` so lupdate extracts them; they are
    translated on access because the translator is installed after this module loads.
    """

    def __getitem__(self, key: object) -> str:
        return translate("common", super().__getitem__(key))

    def items(self):
        return [(key, self[key]) for key in self]

    def values(self):
        return [self[key] for key in self]


class CategoryLabels(dict):
    """Category names come from ``categories`` (English and German) in the UI language."""

    def __getitem__(self, key: object) -> str:
        return palette.label(str(key))

    def items(self):
        return [(key, self[key]) for key in self]


CATEGORY_LABELS: dict[Category, str] = CategoryLabels.fromkeys(
    [
        Category.NO_EVIDENCE,
        Category.VAGUE_SOURCE,
        Category.HEDGED,
        Category.DISPUTED,
        Category.UNSOURCED_CLAIM,
        Category.SOURCED,
    ],
    "",
)
# The default scheme's ratings read out in the UI language; the stored value stays the
# English word (it is what ClaimReview and a colleague's library understand). A rating
# the user added to the scheme is shown as typed.
RATING_LABELS: dict[str, str] = TranslatedLabels(
    {
        "true": QT_TRANSLATE_NOOP("common", "true"),
        "mostly true": QT_TRANSLATE_NOOP("common", "mostly true"),
        "mixed": QT_TRANSLATE_NOOP("common", "mixed"),
        "mostly false": QT_TRANSLATE_NOOP("common", "mostly false"),
        "false": QT_TRANSLATE_NOOP("common", "false"),
        "misleading": QT_TRANSLATE_NOOP("common", "misleading"),
        "unverifiable": QT_TRANSLATE_NOOP("common", "unverifiable"),
    }
)


def rating_label(rating: str) -> str:
    """A verdict rating as the user reads it ("unverifiable" -> "nicht überprüfbar")."""
    return RATING_LABELS[rating] if rating in RATING_LABELS else rating  # noqa: SIM401 (get() would skip the translation)


def state_label(state: Lifecycle | str, capital: bool = True) -> str:
    """A lifecycle state in the UI language: the words of ``factcheck_app.cards`` (the
    core catalogue), so the panel, the list, the reports and the CLI say the same."""
    from factcheck_app.gui.i18n import current_language

    text = lifecycle_label(state, current_language())
    return text[:1].upper() + text[1:] if capital else text


def progress_text(progress: Progress | None) -> str:
    """An article's progress in the UI language ("7 of 12 checked", "Not analysed"): the
    words of ``factcheck_app.cards``, so the list, the queue and the CLI say the same."""
    from factcheck_app.gui.i18n import current_language

    text = progress_label(progress, current_language())
    return text[:1].upper() + text[1:]


#: Icon and colour of each lifecycle state (list cards, the article text, the panel).
STATE_ICONS: dict[Lifecycle, tuple[str, str]] = {
    state: (icon, LIFECYCLE_COLOURS[state])
    for state, icon in (
        (Lifecycle.TO_CHECK, "fa5.circle"),
        (Lifecycle.IN_PROGRESS, "fa5s.adjust"),
        (Lifecycle.CHECKED, "fa5s.check-circle"),
        (Lifecycle.DISMISSED, "fa5s.ban"),
    )
}
RELATION_LABELS: dict[Relation, str] = TranslatedLabels(
    {
        Relation.SUPPORTS: QT_TRANSLATE_NOOP("common", "Supports"),
        Relation.CONTRADICTS: QT_TRANSLATE_NOOP("common", "Contradicts"),
        Relation.CONTEXT: QT_TRANSLATE_NOOP("common", "Context"),
    }
)
KIND_LABELS: dict[ReferenceKind, str] = TranslatedLabels(
    {
        ReferenceKind.PRIMARY_DOCUMENT: QT_TRANSLATE_NOOP("common", "Primary document"),
        ReferenceKind.OFFICIAL_STATEMENT: QT_TRANSLATE_NOOP("common", "Official statement"),
        ReferenceKind.DATA_SET: QT_TRANSLATE_NOOP("common", "Data set"),
        ReferenceKind.NEWS_REPORT: QT_TRANSLATE_NOOP("common", "News report"),
        ReferenceKind.ACADEMIC_PAPER: QT_TRANSLATE_NOOP("common", "Academic paper"),
        ReferenceKind.ARCHIVE_COPY: QT_TRANSLATE_NOOP("common", "Archive copy"),
        ReferenceKind.OTHER: QT_TRANSLATE_NOOP("common", "Other"),
    }
)


def local_time(stamp: str) -> str:
    """A stored UTC stamp as the checker's local date and time, in the UI locale's form."""
    return format_datetime(stamp)


def human_size(size: int) -> str:
    """Bytes as "12 KB" / "1,5 MB", with the UI locale's decimal separator."""
    if size < 1024:
        return translate("common", "{n} B").format(n=format_number(size))
    value = size / 1024
    for unit in ("KB", "MB"):
        if value < 1024:
            return f"{format_number(value)} {unit}"
        value /= 1024
    return f"{format_number(value)} GB"


def tool_button(text: str) -> QToolButton:
    """A small text button (the type stubs know no ``QToolButton(text=...)``)."""
    button = QToolButton()
    button.setText(text)
    return button


def clear_layout(layout: QLayout) -> None:
    """Remove every item of ``layout``, deleting its widgets."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()


def card() -> QFrame:
    """A lightly framed box for one note, piece of evidence or match."""
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


def replace_cards(layout: QVBoxLayout, old: list, new: list) -> None:
    """Show ``new`` cards in order at the top of ``layout``; drop the old ones not reused.

    Reusing unchanged cards keeps long note and evidence lists fast to refresh.
    """
    for card_widget in old:
        if card_widget not in new:
            card_widget.setParent(None)
            card_widget.deleteLater()
    for index, card_widget in enumerate(new):
        layout.insertWidget(index, card_widget)
