"""State marks in the article text: where a claim card has been worked on, a small icon
sits at the end of its span (a check mark in the verdict's colour when checked, the
in-progress sign, the dismissed sign), so the text itself shows what is done.

An overlay on the text viewport, transparent for the mouse: the document and its offsets
stay untouched (no characters are inserted), and only the marks in view are painted.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QIcon, QPainter, QTextCursor
from PySide6.QtWidgets import QTextEdit, QWidget

from factcheck_app.cards import ClaimCard, verdict_colour
from factcheck_app.gui.detail.common import STATE_ICONS
from factcheck_app.gui.icon_cache import draw
from factcheck_app.models import Lifecycle

SIZE = 11


def mark_icon(state: Lifecycle, colour: str) -> QIcon:
    import qtawesome as qta

    return qta.icon(STATE_ICONS[state][0], color=colour)


def mark_of(card: ClaimCard) -> tuple[Lifecycle, str] | None:
    """The icon and colour a card gets in the text; None for a card still to check."""
    state = card.state
    if state is Lifecycle.TO_CHECK:
        return None
    if state is Lifecycle.CHECKED and card.verdict:
        return state, verdict_colour(card.verdict)
    return state, STATE_ICONS[state][1]


class StateMarks(QWidget):
    """Paints the marks over ``edit``'s viewport; ``cards`` and ``to_utf16`` come from the
    article view (its cards and its offset map)."""

    def __init__(
        self,
        edit: QTextEdit,
        cards: Callable[[], Sequence[ClaimCard]],
        to_utf16: Callable[[int], int],
    ) -> None:
        super().__init__(edit.viewport())
        self.edit, self._cards, self._to_utf16 = edit, cards, to_utf16
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        edit.viewport().installEventFilter(self)
        edit.verticalScrollBar().valueChanged.connect(self.update)
        self.resize(edit.viewport().size())
        self._icons: dict[tuple[Lifecycle, str], QIcon] = {}  # die with the view

    def marks(self) -> list[tuple[QRect, Lifecycle, str]]:
        """Where each mark goes (viewport coordinates), for painting and for tests."""
        found = []
        view = self.rect()
        doc_len = self.edit.document().characterCount()
        for card in self._cards():
            mark = mark_of(card)
            if mark is None or card.sourced_only:
                continue
            cursor = QTextCursor(self.edit.document())
            cursor.setPosition(min(self._to_utf16(card.end), max(0, doc_len - 1)))
            at = self.edit.cursorRect(cursor)
            rect = QRect(at.left() + 1, at.top() - SIZE // 3, SIZE, SIZE)
            if rect.intersects(view):
                found.append((rect, *mark))
        return found

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        for rect, state, colour in self.marks():
            icon = self._icons.get((state, colour))
            if icon is None:
                icon = self._icons[(state, colour)] = mark_icon(state, colour)
            draw(painter, icon, rect)
        painter.end()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.resize(self.edit.viewport().size())
        return False
