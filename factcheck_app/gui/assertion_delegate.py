"""Draws one claim card: its categories (most severe first), its state, the excerpt,
the why, and what has been filed on it at a glance (verdict, notes, references).

A plain list row would show only the excerpt; the checker needs the *why* beside it to
decide quickly and the state to see what is left, so each row carries four lines: a
state icon (check mark when checked), the verdict as a coloured chip, note and
reference counts. Dismissed cards are greyed out.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from factcheck_app.cards import ClaimCard, verdict_colour
from factcheck_app.categories import MUTED_COLOUR
from factcheck_app.gui import palette
from factcheck_app.gui.detail.common import STATE_ICONS, rating_label
from factcheck_app.gui.icon_cache import draw
from factcheck_app.gui.item_models.assertions import Role
from factcheck_app.models import Lifecycle

PAD = 6
SEEN_COLOUR = "#00897b"
ICON = 16
EXCERPT_LINES = 2


@lru_cache(maxsize=1)
def seen_icon() -> QIcon:
    """The "seen before" marker: this claim was made (and maybe checked) elsewhere."""
    import qtawesome as qta

    return qta.icon("fa5s.history", color=SEEN_COLOUR)


def state_icon(state: Lifecycle) -> QIcon:
    import qtawesome as qta

    name, colour = STATE_ICONS[state]
    return qta.icon(name, color=colour)


def count_icon(name: str) -> QIcon:
    import qtawesome as qta

    return qta.icon(name, color=MUTED_COLOUR)


class AssertionDelegate(QStyledItemDelegate):
    #: Cards with a match in another article or a published fact-check (set by
    #: ``detail.seen_before.SeenBeforeMarkers``); they get the marker after the category.
    seen: frozenset[str] = frozenset()
    #: icons made once per delegate (not per module: they die with their view)
    _icons: dict[tuple[str, str], QIcon]

    def icon(self, kind: str, key: str) -> QIcon:
        if not hasattr(self, "_icons"):
            self._icons = {}
        found = self._icons.get((kind, key))
        if found is None:
            found = state_icon(Lifecycle(key)) if kind == "state" else count_icon(key)
            self._icons[(kind, key)] = found
        return found

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
        card: ClaimCard | None = index.data(Role.CARD)
        if card is None:
            return super().paint(painter, option, index)
        a = card.primary
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
        state = card.state
        dismissed = state is Lifecycle.DISMISSED

        rect = option.rect.adjusted(PAD, PAD, -PAD, -PAD)
        # category stripe on the left edge: colour is a second cue next to the icon
        painter.fillRect(
            QRect(option.rect.left(), option.rect.top() + 2, 3, option.rect.height() - 4),
            palette.colour(a.category),
        )
        fm = option.fontMetrics
        small = _small(option.font)
        sfm = QFontMetrics(small)
        line_h = max(ICON, fm.height())
        # state at the right of the first line: icon (a check mark when checked) + word
        status = index.data(Role.STATUS)
        status_w = min(sfm.horizontalAdvance(status) + 4, rect.width() // 2)
        status_text = sfm.elidedText(status, Qt.TextElideMode.ElideRight, status_w)
        state_left = rect.right() - status_w - ICON - 4
        draw(
            painter,
            self.icon("state", str(state)),
            QRect(state_left, rect.top() + (line_h - ICON) // 2, ICON, ICON),
        )
        painter.setFont(small)
        painter.setPen(dim)
        painter.drawText(
            QRect(state_left + ICON + 4, rect.top(), status_w, line_h),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            status_text,
        )
        # every category of the card, most severe first: icons, then the labels
        left = rect.left()
        for category in card.categories:
            draw(
                painter,
                palette.icon(category),
                QRect(left, rect.top() + (line_h - ICON) // 2, ICON, ICON),
            )
            left += ICON + 2
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(dim if dismissed else text_colour)
        label = " · ".join(palette.label(c) for c in card.categories)
        head = QRect(left + 4, rect.top(), max(0, state_left - left - 10), line_h)
        shown = QFontMetrics(bold).elidedText(label, Qt.TextElideMode.ElideRight, head.width())
        painter.drawText(head, Qt.AlignmentFlag.AlignVCenter, shown)
        if any(i in self.seen for i in card.ids):
            seen_left = head.left() + QFontMetrics(bold).horizontalAdvance(shown) + 6
            if seen_left + ICON < state_left:
                draw(
                    painter,
                    seen_icon(),
                    QRect(seen_left, head.top() + (line_h - ICON) // 2, ICON, ICON),
                )

        top = rect.top() + line_h + 2
        painter.setFont(option.font)
        painter.setPen(dim if dismissed else text_colour)
        excerpt = "“" + index.data(Qt.ItemDataRole.DisplayRole) + "”"
        top = _draw_lines(painter, fm, excerpt, rect.left(), top, rect.width(), EXCERPT_LINES)
        # last line: the why on the left, what is filed on the card on the right
        painter.setFont(small)
        badges_w = self._paint_badges(painter, card, small, rect.right(), top + 2, dim)
        painter.setPen(dim)
        _draw_lines(
            painter,
            sfm,
            index.data(Role.EXPLANATION),
            rect.left(),
            top + 2,
            max(20, rect.width() - badges_w - 8),
            2,
        )
        painter.restore()

    def _paint_badges(
        self, painter: QPainter, card: ClaimCard, font: QFont, right: int, top: int, pen
    ) -> int:
        """Verdict chip, note and reference counts, right-aligned; returns their width."""
        fm = QFontMetrics(font)
        x = right
        size = min(ICON, fm.height())
        for count, icon in ((card.references, "fa5s.link"), (card.notes, "fa5s.sticky-note")):
            if not count:
                continue
            text = str(count)
            w = fm.horizontalAdvance(text)
            x -= w
            painter.setPen(pen)
            painter.drawText(x, top + fm.ascent(), text)
            x -= size + 2
            draw(
                painter,
                self.icon("count", icon),
                QRect(x, top + (fm.height() - size) // 2, size, size),
            )
            x -= 8
        if card.verdict:
            text = rating_label(card.verdict)
            w = fm.horizontalAdvance(text) + 10
            x -= w
            chip = QRect(x, top, w, fm.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(verdict_colour(card.verdict)))
            painter.drawRoundedRect(chip, 4, 4)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
            x -= 6
        return right - x


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
