"""An article's details (title, address, outlet, author, date, language) and its notes.

Both dialogs edit through the service operations (``articles.edit_article``,
``notes_service.add_note``/``edit_note``/``delete_note``) via ``edits.perform``, so every
change is saved at once and is one step of Edit > Undo, in the app and the CLI alike.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from factcheck_app.gui.context import GuiContext
from factcheck_app.gui.edits import perform, run
from factcheck_app.gui.i18n import LANGUAGES
from factcheck_app.models import ArticleFields, Changes, Note
from factcheck_app.services import annotations as notes_service
from factcheck_app.services import articles as article_service

ROLE_NOTE = Qt.ItemDataRole.UserRole + 1


class ArticleDetailsDialog(QDialog):
    """Correct what the import got wrong or could not know (a pasted article has no
    address, outlet, author or date)."""

    def __init__(self, ctx: GuiContext, article_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.article = article_service.get_article(ctx.library, article_id)
        self.setWindowTitle(self.tr("Article details"))
        article = self.article
        self.title_edit = QLineEdit(article.title)
        self.url_edit = QLineEdit(article.url or "")
        self.url_edit.setPlaceholderText("https://…")
        self.outlet_edit = QLineEdit(article.outlet or "")
        self.outlet_edit.setPlaceholderText(self.tr("The newspaper, agency or site"))
        self.byline_edit = QLineEdit(article.byline or "")
        self.published_edit = QLineEdit(article.published or "")
        self.published_edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("Detected per paragraph"), "")
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(article.language)))
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Web address:"), self.url_edit)
        form.addRow(self.tr("&Outlet:"), self.outlet_edit)
        form.addRow(self.tr("&Author:"), self.byline_edit)
        form.addRow(self.tr("&Published:"), self.published_edit)
        form.addRow(self.tr("&Language:"), self.language_combo)
        hint = QLabel(self.tr("A new language applies when the article is analysed again."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        form.addRow("", hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(max(self.sizeHint().width(), 520), self.sizeHint().height())

    def fields(self) -> ArticleFields:
        return ArticleFields(
            title=self.title_edit.text(),
            url=self.url_edit.text(),
            outlet=self.outlet_edit.text(),
            byline=self.byline_edit.text(),
            published=self.published_edit.text(),
            language=self.language_combo.currentData() or "",
        )

    def language_changed(self) -> bool:
        return (self.language_combo.currentData() or "") != self.article.language

    def accept(self) -> None:
        fields, article_id = self.fields(), self.article.id
        if perform(
            self,
            self.ctx,
            lambda: article_service.edit_article(self.ctx.library, article_id, fields),
        ):
            super().accept()


class ArticleNotesDialog(QDialog):
    """Notes on the whole article (not on one claim): context, to-dos, the story's angle."""

    def __init__(self, ctx: GuiContext, article_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.article_id = article_id
        title = article_service.get_article(ctx.library, article_id).title
        self.setWindowTitle(self.tr("Article notes"))
        heading = QLabel(title)
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setStyleSheet("font-weight: bold;")
        self.notes = QListWidget()
        self.notes.setWordWrap(True)
        self.notes.setAccessibleName(self.tr("Notes on this article"))
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(self.tr("A note on the whole article…"))
        self.editor.setTabChangesFocus(True)
        self.editor.setMaximumHeight(110)
        self.private_box = QCheckBox(self.tr("Private (left out of shares and exports)"))
        self.add_button = QPushButton(self.tr("&Add note"))
        self.save_button = QPushButton(self.tr("&Save changes"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.private_box)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.add_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.editor)
        layout.addLayout(buttons)
        layout.addWidget(close)

        self.add_button.clicked.connect(self.add)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.notes.currentItemChanged.connect(self._chosen)
        self.editor.textChanged.connect(self._update_buttons)
        self.private_box.toggled.connect(self._update_buttons)
        ctx.bus.changed.connect(self._changes)
        self.refresh()
        self.resize(560, 460)

    # --- state -------------------------------------------------------------------------

    def article_notes(self) -> list[Note]:
        return [
            n
            for n in notes_service.notes_for_article(self.ctx.library, self.article_id)
            if n.assertion_id is None
        ]

    def current_note(self) -> Note | None:
        item = self.notes.currentItem()
        return item.data(ROLE_NOTE) if item is not None else None

    def refresh(self) -> None:
        keep = self.current_note()
        self.notes.blockSignals(True)
        self.notes.clear()
        for note in self.article_notes():
            when = note.created_at[:16].replace("T", " ")
            lock = self.tr(" (private)") if note.private else ""
            item = QListWidgetItem(f"{note.body}\n— {note.author}, {when}{lock}")
            item.setData(ROLE_NOTE, note)
            self.notes.addItem(item)
            if keep is not None and note.id == keep.id:
                self.notes.setCurrentItem(item)
        if not self.notes.count():
            empty = QListWidgetItem(self.tr("No notes on this article yet."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.notes.addItem(empty)
        self.notes.blockSignals(False)
        self._update_buttons()

    def _chosen(self, *_: object) -> None:
        note = self.current_note()
        self.editor.setPlainText(note.body if note else "")
        self.private_box.setChecked(bool(note and note.private))
        self._update_buttons()

    def _update_buttons(self) -> None:
        note = self.current_note()
        text = self.editor.toPlainText().strip()
        changed = note is None or text != note.body or self.private_box.isChecked() != note.private
        self.add_button.setEnabled(bool(text) and (note is None or text != note.body))
        self.save_button.setEnabled(note is not None and bool(text) and changed)
        self.delete_button.setEnabled(note is not None)

    def _changes(self, changes: Changes) -> None:
        if changes.notes or changes.library or self.article_id in changes.articles:
            self.refresh()

    # --- edits -------------------------------------------------------------------------

    def add(self) -> bool:
        body, private = self.editor.toPlainText().strip(), self.private_box.isChecked()
        lib, article_id = self.ctx.library, self.article_id
        if not run(
            self, self.ctx, lambda: notes_service.add_note(lib, article_id, body, None, private)
        ):
            return False
        self.notes.setCurrentRow(-1)
        self.editor.clear()
        self.private_box.setChecked(False)
        return True

    def save(self) -> bool:
        note = self.current_note()
        if note is None:
            return False
        body, private = self.editor.toPlainText().strip(), self.private_box.isChecked()
        lib = self.ctx.library
        return run(self, self.ctx, lambda: notes_service.edit_note(lib, note.id, body, private))

    def delete(self) -> bool:
        note = self.current_note()
        if note is None:
            return False
        lib = self.ctx.library
        if not run(self, self.ctx, lambda: notes_service.delete_note(lib, note.id)):
            return False
        self.editor.clear()
        return True

    def done(self, result: int) -> None:
        """Stop following the bus once closed (the dialog may outlive its window)."""
        with contextlib.suppress(RuntimeError, TypeError):
            self.ctx.bus.changed.disconnect(self._changes)
        super().done(result)
