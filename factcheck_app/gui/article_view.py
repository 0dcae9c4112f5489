"""The centre pane: the article, read-only, with its assertions highlighted, and the legend.

Hovering a highlight shows why it was flagged; clicking one emits ``assertion_clicked``
so the assertion panel can select it. The view shows what it is given; the main window
decides which article and which assertions that is.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QHelpEvent, QMouseEvent, QPalette, QTextCursor
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QSizePolicy,
    QTextBrowser,
    QTextEdit,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from factcheck_app.cards import ClaimCard
from factcheck_app.explanations import explain
from factcheck_app.gui import palette
from factcheck_app.gui.article_document import (
    Run,
    Span,
    mark_format,
    paint_document,
    repaint_highlights,
    visible_assertions,
)
from factcheck_app.gui.i18n import current_language
from factcheck_app.gui.item_models.assertions import card_summary
from factcheck_app.gui.offsets import Utf16Map
from factcheck_app.gui.provenance_bar import ProvenanceBar
from factcheck_app.gui.state_marks import StateMarks
from factcheck_app.models import Article, Assertion, Category

READING_WIDTH = 760  # px: long lines are hard to read; centre a column instead


class Legend(QWidget):
    """One toggle per category: its colour, icon and name; unchecking hides it."""

    toggled = Signal(object)  # frozenset of hidden category names

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(4, 2, 4, 2)
        self._grid.setSpacing(2)
        self._columns = 0
        self.buttons: dict[str, QToolButton] = {}
        for category in palette.ORDER:
            button = QToolButton(self)
            button.setCheckable(True)
            button.setChecked(True)
            button.setAutoRaise(True)
            button.setIcon(palette.icon(category))
            button.setText(palette.label(category))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setToolTip(
                self.tr("{description}\nClick to show or hide these highlights.").format(
                    description=palette.description(category)
                )
            )
            button.toggled.connect(self._emit)
            self.buttons[str(category)] = button
        # never force the window wider: when space is short the names wrap onto more rows
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._style()  # before measuring: the style's padding widens the buttons
        self._arrange(len(self.buttons))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        widest = max(b.sizeHint().width() for b in self.buttons.values())
        spacing = self._grid.spacing()
        room = event.size().width() - 8
        self._arrange(max(2, min(len(self.buttons), (room + spacing) // (widest + spacing))))

    def _arrange(self, columns: int) -> None:
        """Lay the toggles out in rows of ``columns`` (names stay readable when narrow)."""
        if columns == self._columns:
            return
        self._columns = columns
        for index, button in enumerate(self.buttons.values()):
            self._grid.addWidget(
                button, index // columns, index % columns, Qt.AlignmentFlag.AlignLeft
            )
        for column in range(len(self.buttons) + 1):
            self._grid.setColumnStretch(column, 1 if column == columns else 0)
        self.updateGeometry()

    def hidden(self) -> frozenset[str]:
        return frozenset(c for c, b in self.buttons.items() if not b.isChecked())

    def set_hidden(self, hidden: Iterable[str]) -> None:
        hidden = set(hidden)
        for category, button in self.buttons.items():
            blocker = button.blockSignals(True)
            button.setChecked(category not in hidden)
            button.blockSignals(blocker)
        self._style()
        self.toggled.emit(self.hidden())

    def _emit(self) -> None:
        self._style()
        self.toggled.emit(self.hidden())

    def _style(self) -> None:
        pal = self.palette()
        for category, button in self.buttons.items():
            on = button.isChecked()
            style = palette.STYLES[Category(category)]
            back = palette.fill(category, pal).name() if on and style.fill else "transparent"
            line = "dotted" if not style.fill else "solid"
            border = (
                palette.colour(category).name() if on else pal.color(QPalette.ColorRole.Mid).name()
            )
            text = "" if on else f"color: {pal.color(QPalette.ColorRole.PlaceholderText).name()};"
            button.setStyleSheet(
                f"QToolButton {{ background: {back}; border: 1px {line} {border};"
                f" border-radius: 3px; padding: 1px 6px; {text} }}"
            )


class ArticleView(QWidget):
    assertion_clicked = Signal(str)
    hidden_changed = Signal(object)  # frozenset of hidden categories

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.legend = Legend(self)
        self.provenance = ProvenanceBar(self)
        self.text_edit = QTextBrowser(self)
        self.text_edit.setOpenLinks(False)
        self.text_edit.setReadOnly(True)
        self.text_edit.setAcceptDrops(False)  # files dropped here go to the window
        self.text_edit.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.text_edit.setAccessibleName(self.tr("Article text"))
        self.text_edit.viewport().installEventFilter(self)
        self.text_edit.viewport().setMouseTracking(True)
        self.placeholder = QLabel(
            self.tr(
                "Open or paste an article (File menu, Ctrl+O or Ctrl+Shift+V),\n"
                "import one from a web address (Ctrl+L), or drop files or links here."
            ),
            alignment=Qt.AlignmentFlag.AlignCenter,
        )
        self.placeholder.setEnabled(False)
        self.placeholder.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.legend)
        layout.addWidget(self.provenance)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.placeholder, 1)
        self.legend.toggled.connect(self._legend_toggled)

        self._article: Article | None = None
        self._map = Utf16Map("")
        self._assertions: list[Assertion] = []
        self._cards: list[ClaimCard] = []
        self._spans: list[Span] = []
        self._runs: list[Run] = []
        #: what the document holds (article id, font size, palette key): when it still
        #: holds the same article, new highlights repaint only the changed stretches
        self._painted: tuple | None = None
        self._selected: str | None = None
        self.marks = StateMarks(self.text_edit, lambda: self._cards, self._map_to_utf16)
        self._show_placeholder(True)

    # --- what is shown -----------------------------------------------------------

    @property
    def article(self) -> Article | None:
        return self._article

    def show_article(
        self,
        article: Article | None,
        assertions: Sequence[Assertion] = (),
        cards: Sequence[ClaimCard] = (),
    ) -> None:
        self._article = article
        self._cards = list(cards)
        self.provenance.load(article)
        self._assertions = list(assertions)
        self._selected = None
        self._map = Utf16Map(article.text if article else "")
        self._render(keep_scroll=False)
        self.marks.update()

    def _map_to_utf16(self, offset: int) -> int:
        return self._map.to_utf16(offset)

    def cards(self) -> Sequence[ClaimCard]:
        return tuple(self._cards)

    def set_assertions(
        self, assertions: Sequence[Assertion], cards: Sequence[ClaimCard] | None = None
    ) -> None:
        """New assertion states for the same article (state changed, re-analysed);
        only the stretches whose highlight changed are repainted."""
        self._assertions = list(assertions)
        if cards is not None:
            self._cards = list(cards)
            self.marks.update()
        self._render(keep_scroll=True)

    def update_assertions(
        self, assertions: Sequence[Assertion], removed: Iterable[str] = ()
    ) -> None:
        """Some assertions of the shown article changed, were added or removed."""
        changed = {
            a.id: a for a in assertions if self._article and a.article_id == self._article.id
        }
        gone = set(removed)
        kept = [changed.pop(a.id, a) for a in self._assertions if a.id not in gone]
        self.set_assertions(kept + list(changed.values()))

    def hidden_categories(self) -> frozenset[str]:
        return self.legend.hidden()

    def set_hidden_categories(self, hidden: Iterable[str]) -> None:
        self.legend.set_hidden(hidden)

    def highlighted_ids(self) -> list[str]:
        return [s.assertion_id for s in self._spans]

    def highlight_count(self) -> int:
        return len(self._spans)

    # --- selection ---------------------------------------------------------------

    def select_assertion(self, assertion_id: str | None) -> None:
        """Scroll to the assertion and mark it; the text cursor moves to its start."""
        self._selected = assertion_id
        assertion = next((a for a in self._assertions if a.id == assertion_id), None)
        if assertion is None or self._article is None:
            self.text_edit.setExtraSelections([])
            return
        start16, end16 = self._map.to_utf16(assertion.start), self._map.to_utf16(assertion.end)
        doc = self.text_edit.document()
        mark = QTextEdit.ExtraSelection()
        mark.cursor = QTextCursor(doc)
        mark.cursor.setPosition(start16)
        mark.cursor.setPosition(end16, QTextCursor.MoveMode.KeepAnchor)
        mark.format = mark_format(str(assertion.category), self.palette())
        self.text_edit.setExtraSelections([mark])
        # show the end first, then the start, so the whole span is in view when it fits
        cursor = QTextCursor(doc)
        cursor.setPosition(end16)
        self.text_edit.setTextCursor(cursor)
        self.text_edit.ensureCursorVisible()
        cursor.setPosition(start16)
        self.text_edit.setTextCursor(cursor)
        self.text_edit.ensureCursorVisible()

    def selected_range(self) -> tuple[int, int] | None:
        """The text the user selected, as code-point offsets into the article."""
        cursor = self.text_edit.textCursor()
        if self._article is None or not cursor.hasSelection():
            return None
        return (
            self._map.to_code_point(cursor.selectionStart()),
            self._map.to_code_point(cursor.selectionEnd()),
        )

    def assertions_at(self, position16: int) -> list[Assertion]:
        """Painted assertions under a UTF-16 position, innermost first."""
        ids = {s.assertion_id for s in self._spans if s.start16 <= position16 < s.end16}
        found = [a for a in self._assertions if a.id in ids]
        return sorted(found, key=lambda a: a.end - a.start)

    # --- internals ---------------------------------------------------------------

    def _show_placeholder(self, empty: bool) -> None:
        self.placeholder.setVisible(empty)
        self.text_edit.setVisible(not empty)
        self.legend.setEnabled(not empty)

    def _render(self, keep_scroll: bool) -> None:
        bar = self.text_edit.verticalScrollBar()
        scroll = bar.value() if keep_scroll else 0
        if self._article is None:
            self.text_edit.clear()
            self._spans, self._runs, self._painted = [], [], None
            self._show_placeholder(True)
            return
        shown = visible_assertions(self._assertions, self.legend.hidden())
        size = self.font().pointSizeF() + 1
        painted = (self._article.id, size, self.palette().cacheKey())
        if keep_scroll and painted == self._painted:
            self._runs, self._spans = repaint_highlights(
                self.text_edit.document(), self._runs, shown, self._map, self.palette()
            )
        else:
            self._runs, self._spans = paint_document(
                self.text_edit.document(), self._article, shown, self._map, self.palette(), size
            )
            self._painted = painted
        self._show_placeholder(False)
        self._fit_column()
        if self._selected:
            self.select_assertion(self._selected)
        bar.setValue(scroll)

    def _legend_toggled(self, hidden: frozenset[str]) -> None:
        if self._article is not None:
            self._render(keep_scroll=True)
        self.hidden_changed.emit(hidden)

    def _fit_column(self) -> None:
        spare = self.text_edit.width() - READING_WIDTH
        margin = max(0, spare // 2)
        self.text_edit.setViewportMargins(margin, 0, margin, 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_column()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.text_edit.viewport() and self._article is not None:
            if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
                self._tooltip(event.pos(), event.globalPos())
                return True
            if (
                isinstance(event, QMouseEvent)
                and event.type() == QEvent.Type.MouseButtonRelease
                and event.button() == Qt.MouseButton.LeftButton
                and not self.text_edit.textCursor().hasSelection()
            ):
                found = self._hit(event.position().toPoint())
                if found:
                    self.assertion_clicked.emit(found[0].id)
        return super().eventFilter(watched, event)

    def _hit(self, pos: QPoint) -> list[Assertion]:
        offset = QPoint(
            self.text_edit.horizontalScrollBar().value(),
            self.text_edit.verticalScrollBar().value(),
        )
        layout = self.text_edit.document().documentLayout()
        position = layout.hitTest(pos + offset, Qt.HitTestAccuracy.ExactHit)
        return self.assertions_at(position) if position >= 0 else []

    def _tooltip(self, pos: QPoint, global_pos: QPoint) -> None:
        found = self._hit(pos)
        if not found:
            QToolTip.hideText()
            return
        parts = []
        for a in found:
            colour = palette.colour(a.category).name()
            why = explain(a, current_language()) or palette.description(a.category)
            explanation = html.escape(why)
            parts.append(
                f"<p><b style='color:{colour}'>{html.escape(palette.label(a.category))}</b>"
                f"<br>{explanation}</p>"
            )
        card = next((c for c in self._cards if found[0].id in c.ids), None)
        if card is not None:
            parts.append(f"<p><b>{html.escape(card_summary(card))}</b></p>")
        parts.append(f"<p><i>{html.escape(self.tr('Click to select it in the list.'))}</i></p>")
        QToolTip.showText(global_pos, "".join(parts), self.text_edit.viewport())
