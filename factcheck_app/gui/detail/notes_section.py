"""The checker's notes on one assertion: rendered Markdown, editable in place.

Deleting only marks a note deleted (undo brings it back; a merge sees the deletion).
A note found by search is highlighted so the checker sees which one matched.
"""

# (no `from __future__ import annotations`: its name would shadow services.annotations)

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from factcheck_app.cards import ClaimCard
from factcheck_app.gui.context import GuiContext
from factcheck_app.gui.detail.common import local_time, muted, replace_cards, tool_button
from factcheck_app.gui.edits import run
from factcheck_app.gui.i18n import translate
from factcheck_app.gui.markdown_view import MarkdownView
from factcheck_app.models import Assertion, Note
from factcheck_app.services import annotations
from factcheck_app.services import cards as card_service

#: One style sheet for the whole section: a sheet per card makes every reload slow.
CARD_STYLE = (
    "QFrame#card { border: 1px solid palette(mid); }"
    ' QFrame#card[highlighted="true"] { border: 2px solid #f9a825; background: #fff8e1; }'
)


class NoteCard(QFrame):
    """One note: header, rendered body, and an inline editor behind "Edit"."""

    def __init__(self, ctx: GuiContext, note: Note, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.note = note
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.highlighted = False

        header = QHBoxLayout()
        who = f"{note.author} · {local_time(note.created_at)}"
        if note.updated_at and note.updated_at[:16] != note.created_at[:16]:
            who += translate("notes_section", " (edited {time})").format(
                time=local_time(note.updated_at)
            )
        self.header = muted(who)
        self.header.setMinimumWidth(1)  # the buttons stay; the name gives way
        self.header.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        header.addWidget(self.header, 1)
        if note.private:
            badge = QLabel(translate("notes_section", "private"))
            badge.setToolTip(translate("notes_section", "Private notes are left out of exports"))
            badge.setStyleSheet("color: white; background: #6d4c41; padding: 0 4px;")
            header.addWidget(badge)
        self.edit_button = tool_button(translate("notes_section", "Edit"))
        self.delete_button = tool_button(translate("notes_section", "Delete"))
        header.addWidget(self.edit_button)
        header.addWidget(self.delete_button)

        self.view = MarkdownView(note.body)
        self.edit_page: QWidget | None = None  # built on first "Edit": most notes never are

        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(6, 4, 6, 6)
        self.layout_.addLayout(header)
        self.layout_.addWidget(self.view)

        self.edit_button.clicked.connect(self.start_editing)
        self.delete_button.clicked.connect(self.delete)

    def _build_editor(self) -> QWidget:
        self.editor = QPlainTextEdit(self.note.body)
        self.private_box = QCheckBox(translate("notes_section", "Private"))
        self.private_box.setChecked(self.note.private)
        self.save_button = QPushButton(translate("notes_section", "Save"))
        self.cancel_button = QPushButton(translate("notes_section", "Cancel"))
        page = QWidget()
        edit_layout = QVBoxLayout(page)
        edit_layout.setContentsMargins(0, 0, 0, 0)
        edit_layout.addWidget(self.editor)
        row = QHBoxLayout()
        row.addWidget(self.private_box, 1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        edit_layout.addLayout(row)
        self.cancel_button.clicked.connect(lambda: self.set_editing(False))
        self.save_button.clicked.connect(self.save)
        self.layout_.addWidget(page)
        return page

    def set_highlighted(self, on: bool) -> None:
        """A search hit: the section's style sheet draws cards with this property in amber."""
        self.highlighted = on
        self.setProperty("highlighted", on)
        self.style().unpolish(self)
        self.style().polish(self)

    def start_editing(self) -> None:
        self.set_editing(True)
        self.editor.setPlainText(self.note.body)
        self.private_box.setChecked(self.note.private)
        self.editor.setFocus()

    def set_editing(self, on: bool) -> None:
        """Show the editor instead of the rendered note (hidden pages take no space)."""
        if on and self.edit_page is None:
            self.edit_page = self._build_editor()
        self.view.setVisible(not on)
        if self.edit_page is not None:
            self.edit_page.setVisible(on)

    @property
    def editing(self) -> bool:
        return self.edit_page is not None and self.edit_page.isVisibleTo(self)

    def save(self) -> None:
        body, private = self.editor.toPlainText(), self.private_box.isChecked()
        if body == self.note.body and private == self.note.private:
            self.set_editing(False)
            return
        note_id = self.note.id
        if run(
            self,
            self.ctx,
            lambda: annotations.edit_note(self.ctx.library, note_id, body, private),
        ):
            self.set_editing(False)

    def delete(self) -> None:
        note_id = self.note.id
        run(self, self.ctx, lambda: annotations.delete_note(self.ctx.library, note_id))


class NotesSection(QGroupBox):
    #: A card the checker should see (after a search hit); the scroll area follows it.
    reveal = Signal(QWidget)

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(translate("notes_section", "Notes"), parent)
        self.setStyleSheet(CARD_STYLE)
        self.ctx = ctx
        self.assertion: Assertion | None = None
        self.claim: ClaimCard | None = None
        self.cards: list[NoteCard] = []
        self._highlight: str | None = None
        self._draft_for: str | None = None  # the claim card whose draft the editor holds
        self._loading = False

        self.list_layout = QVBoxLayout()
        self.empty = muted(translate("notes_section", "No notes yet."))
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(
            translate("notes_section", "Write a note (Markdown) — Ctrl+Enter adds it")
        )
        self.editor.setMaximumHeight(44)
        self.private_box = QCheckBox(translate("notes_section", "Private"))
        self.private_box.setToolTip(
            translate("notes_section", "Private notes are left out of exports")
        )
        self.add_button = QPushButton(translate("notes_section", "Add note"))
        self.add_button.setEnabled(False)

        # compact: the button and the tick box sit beside the editor
        side = QVBoxLayout()
        side.setSpacing(2)
        side.addWidget(self.add_button)
        side.addWidget(self.private_box)
        row = QHBoxLayout()
        row.addWidget(self.editor, 1)
        row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.setSpacing(3)
        layout.addWidget(self.empty)
        layout.addLayout(self.list_layout)
        layout.addLayout(row)

        self.editor.textChanged.connect(self._typed)
        self.private_box.toggled.connect(self._private_ticked)
        self.add_button.clicked.connect(self.add)
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self.editor)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self.add)

    def load(
        self, card: ClaimCard, notes: list[Note], draft: str = "", private: bool = False
    ) -> None:
        """Show the card's notes; the editor holds the card's own draft, never another's."""
        assertion = card.primary
        if self.assertion is None or self.assertion.id != assertion.id:
            self._highlight = None
        same = self.assertion is not None and self.assertion.id == assertion.id
        self.assertion = assertion
        self.claim = card
        if self._draft_for != card.id:
            self._loading = True
            self.editor.setPlainText(draft)
            self.private_box.setChecked(private)
            self._loading = False
            self._draft_for = card.id
        self.add_button.setEnabled(bool(self.editor.toPlainText().strip()))
        # a note being edited keeps its unsaved text when something else changes
        drafts = {
            c.note.id: (c.editor.toPlainText(), c.private_box.isChecked())
            for c in self.cards
            if same and c.editing
        }
        # unchanged notes keep their card: a reload after one edit rebuilds one card
        reusable = {c.note.id: c for c in self.cards if same and c.note.id not in drafts}
        cards: list[NoteCard] = []
        for note in notes:
            found = reusable.get(note.id)
            cards.append(
                found if found is not None and found.note == note else NoteCard(self.ctx, note)
            )
        replace_cards(self.list_layout, self.cards, cards)
        self.cards = cards
        for each in cards:
            if each.note.id in drafts:
                each.start_editing()
                text, private = drafts[each.note.id]
                each.editor.setPlainText(text)
                each.private_box.setChecked(private)
        self.empty.setVisible(not notes)
        if self._highlight:
            self.highlight_note(self._highlight)

    def _typed(self) -> None:
        """Every change of the editor is the card's draft at once (it survives J/K, another
        article and a restart); an emptied editor forgets it."""
        self.add_button.setEnabled(bool(self.editor.toPlainText().strip()))
        if self._loading or self._draft_for is None:
            return
        card_service.save_draft(
            self.ctx.library, self._draft_for, "note", self.editor.toPlainText()
        )

    def _private_ticked(self, private: bool) -> None:
        """The tick belongs to the draft too: a note meant to stay private must not come
        back public after J/K or a restart."""
        if self._loading or self._draft_for is None:
            return
        card_service.save_draft(
            self.ctx.library, self._draft_for, "private", "1" if private else ""
        )

    def add(self) -> None:
        """File the note on the card it was typed for (the editor belongs to one card)."""
        body = self.editor.toPlainText()
        card = self.claim
        if card is None or card.id != self._draft_for or not body.strip():
            return
        lib = self.ctx.library
        private = self.private_box.isChecked()
        if run(self, self.ctx, lambda: card_service.add_note(lib, card, body, private)):
            self._loading = True  # filed: the drafts are gone with it
            self.editor.clear()
            self.add_button.setEnabled(False)
            self.private_box.setChecked(False)
            self._loading = False

    def highlight_note(self, note_id: str | None) -> NoteCard | None:
        """Mark one note (a search hit) and ask to scroll to it; None clears the mark."""
        self._highlight = note_id
        found = None
        for each in self.cards:
            each.set_highlighted(each.note.id == note_id)
            if each.note.id == note_id:
                found = each
        if found is not None:
            self.reveal.emit(found)
        return found

    def card_for(self, note_id: str) -> NoteCard | None:
        return next((c for c in self.cards if c.note.id == note_id), None)
