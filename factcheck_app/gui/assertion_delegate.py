"""Draws one assertion as a card: icon, category and status, excerpt, explanation.

A plain list row would show only the excerpt; the checker needs the *why* beside it to
decide quickly, so each row carries three lines. Dismissed rows are greyed out.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QIcon, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from factcheck_app.gui import palette
from factcheck_app.gui.item_models.assertions import Role
from factcheck_app.models import ReviewState

PAD = 6
SEEN_COLOUR = "#00897b"
ICON = 16
EXCERPT_LINES = 2


@lru_cache(maxsize=1)
def seen_icon() -> QIcon:
    """The "seen before" marker: this claim was made (and maybe checked) elsewhere."""
    import qtawesome as qta

    return qta.icon("fa5s.history", color=SEEN_COLOUR)


class AssertionDelegate(QStyledItemDelegate):
    #: Cards with a match in another article or a published fact-check (set by
    #: ``detail.seen_before.SeenBeforeMarkers``); they get the marker after the category.
    seen: frozenset[str] = frozenset()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        fm = option.fontMetrics
        small = QFontMetrics(_small(option.font))
        height = PAD + max(ICON, fm.height()) + 2 + EXCERPT_LINES * fm.lineSpacing()
        height += 2 + small.lineSpacing() * 2 + PAD
        return QSize(240, height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        a = index.data(Role.ASSERTION)
        if a is None:
            return super().paint(painter, option, index)
        painter.save()
        style = option.widget.style() if option.widget else None
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        opt.icon = QIcon()  # the style draws background and selection only
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        pal = option.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_colour = pal.color(text_role)
        dim = pal.color(QPalette.ColorRole.PlaceholderText) if not selected else text_colour
        dismissed = a.review is ReviewState.DISMISSED

        rect = option.rect.adjusted(PAD, PAD, -PAD, -PAD)
        # category stripe on the left edge: colour is a second cue next to the icon
        painter.fillRect(
            QRect(option.rect.left(), option.rect.top() + 2, 3, option.rect.height() - 4),
            palette.colour(a.category),
        )
        fm = option.fontMetrics
        line_h = max(ICON, fm.height())
        palette.icon(a.category).paint(
            painter, QRect(rect.left(), rect.top() + (line_h - ICON) // 2, ICON, ICON)
        )
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(dim if dismissed else text_colour)
        head = QRect(rect.left() + ICON + 6, rect.top(), rect.width() - ICON - 6, line_h)
        status = index.data(Role.STATUS)
        small = _small(option.font)
        label = palette.label(a.category)
        painter.drawText(head, Qt.AlignmentFlag.AlignVCenter, label)
        if a.id in self.seen:
            left = head.left() + QFontMetrics(bold).horizontalAdvance(label) + 6
            seen_icon().paint(painter, QRect(left, head.top() + (line_h - ICON) // 2, ICON, ICON))
        painter.setFont(small)
        painter.setPen(dim)
        status_text = QFontMetrics(small).elidedText(
            status, Qt.TextElideMode.ElideRight, head.width() // 2
        )
        painter.drawText(
            head, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, status_text
        )

        top = rect.top() + line_h + 2
        painter.setFont(option.font)
        painter.setPen(dim if dismissed else text_colour)
        excerpt = "“" + index.data(Qt.ItemDataRole.DisplayRole) + "”"
        top = _draw_lines(painter, fm, excerpt, rect.left(), top, rect.width(), EXCERPT_LINES)
        painter.setFont(small)
        painter.setPen(dim)
        _draw_lines(
            painter,
            QFontMetrics(small),
            index.data(Role.EXPLANATION),
            rect.left(),
            top + 2,
            rect.width(),
            2,
        )
        painter.restore()


def _small(font: QFont) -> QFont:
    small = QFont(font)
    small.setPointSizeF(max(6.0, font.pointSizeF() * 0.9))
    return small


def _draw_lines(
    painter: QPainter, fm: QFontMetrics, text: str, left: int, top: int, width: int, lines: int
) -> int:
    """Word-wrap ``text`` into at most ``lines`` lines, eliding the last; returns the new top."""
    words = text.split()
    for line in range(lines):
        if not words:
            break
        current = ""
        while words:
            candidate = f"{current} {words[0]}".strip()
            if fm.horizontalAdvance(candidate) > width and current:
                break
            current = candidate
            words.pop(0)
        if line == lines - 1 and words:
            current = fm.elidedText(
                current + " " + " ".join(words), Qt.TextElideMode.ElideRight, width
            )
        painter.drawText(left, top + fm.ascent(), current)
        top += fm.lineSpacing()
    return top
