"""The reference library: every source in the library, searchable, with who cites it.

A reference is one shared record, so it is edited here once for every assertion that
cites it. In pick mode ("Link existing…" on an assertion) the dialog also asks how the
chosen reference bears on the assertion and returns the choice to the caller.
"""

# (no `from __future__ import annotations`: its name would shadow services.annotations)

import contextlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from factcheck_app import urlpolicy
from factcheck_app.gui import links
from factcheck_app.gui.context import GuiContext
from factcheck_app.gui.detail.common import RELATION_LABELS, muted
from factcheck_app.gui.detail.reference_dialog import EvidenceFields, ReferenceForm
from factcheck_app.gui.detail.snapshots import SnapshotList
from factcheck_app.gui.edits import run
from factcheck_app.gui.i18n import format_number, translate
from factcheck_app.models import Changes, Reference
from factcheck_app.services import annotations
from factcheck_app.services import articles as article_service

ROLE_ID = Qt.ItemDataRole.UserRole


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class ReferenceLibraryDialog(QDialog):
    def __init__(
        self,
        ctx: GuiContext,
        parent: QWidget | None = None,
        *,
        pick_for: str | None = None,
        select_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pick_for = pick_for
        self.current: Reference | None = None
        self.setWindowTitle(
            translate("reference_library", "Link a reference")
            if pick_for
            else translate("reference_library", "Reference library")
        )

        self.search = QLineEdit()
        self.search.setPlaceholderText(
            translate("reference_library", "Search title, publisher or URL")
        )
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.count = muted()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.count)

        self.form = ReferenceForm()
        self.save_button = QPushButton(translate("reference_library", "Save changes"))
        self.save_button.setToolTip(
            translate(
                "reference_library", "Changes apply to every assertion that cites this reference"
            )
        )
        form_box = QGroupBox(translate("reference_library", "Reference"))
        form_layout = QVBoxLayout(form_box)
        form_layout.addWidget(self.form)
        self.delete_button = QPushButton(translate("reference_library", "Delete…"))
        self.delete_button.setToolTip(
            translate("reference_library", "Remove this reference from the library (undoable)")
        )
        row = QHBoxLayout()
        row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        form_layout.addLayout(row)
        self.snapshots = SnapshotList(ctx)
        copies_box = QGroupBox(translate("reference_library", "Local copies"))
        QVBoxLayout(copies_box).addWidget(self.snapshots)
        self.cited_by = QListWidget()
        self.cited_by.setWordWrap(True)
        self.cited_by.setToolTip(
            translate("reference_library", "Double-click to go to the assertion")
        )
        cited_box = QGroupBox(translate("reference_library", "Cited by"))
        QVBoxLayout(cited_box).addWidget(self.cited_by)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(form_box)
        right_layout.addWidget(copies_box)
        right_layout.addWidget(cited_box, 1)
        self.link = EvidenceFields()
        if pick_for:
            link_box = QGroupBox(translate("reference_library", "How it bears on the assertion"))
            QVBoxLayout(link_box).addWidget(self.link)
            right_layout.addWidget(link_box)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([280, 480])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.link_button: QPushButton | None = None
        if pick_for:
            self.link_button = buttons.addButton(
                translate("reference_library", "Link to assertion"),
                QDialogButtonBox.ButtonRole.AcceptRole,
            )
            buttons.accepted.connect(self.link_chosen)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        self.search.textChanged.connect(self.refresh)
        self.list.currentItemChanged.connect(self._chosen)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.cited_by.itemActivated.connect(self._go_to)
        ctx.bus.changed.connect(self._changes)
        self.refresh()
        if select_id:
            self.select(select_id)
        elif self.list.count():
            self.list.setCurrentRow(0)
        self._chosen()
        self.resize(860, 620)

    # --- list ------------------------------------------------------------------------

    def refresh(self) -> None:
        keep = self.current.id if self.current else None
        refs = annotations.find_references(self.ctx.library, self.search.text())
        blocker = self.list.blockSignals(True)
        self.list.clear()
        for ref in refs:
            label = ref.title + (f" — {ref.publisher}" if ref.publisher else "")
            item = QListWidgetItem(label)
            item.setData(ROLE_ID, ref.id)
            item.setToolTip(links.plain_tooltip(urlpolicy.display_url(ref.url or "")))
            self.list.addItem(item)
        self.list.blockSignals(blocker)
        total = len(annotations.list_references(self.ctx.library))
        self.count.setText(
            self.tr("{shown} of %Ln reference(s)", "", total).format(shown=format_number(len(refs)))
        )
        if keep is None or not self.select(keep):
            self.list.setCurrentRow(0 if refs else -1)

    def select(self, reference_id: str) -> bool:
        for row in range(self.list.count()):
            if self.list.item(row).data(ROLE_ID) == reference_id:
                self.list.setCurrentRow(row)
                return True
        return False

    def chosen_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ROLE_ID) if item else None

    # --- details ---------------------------------------------------------------------

    def _chosen(self, *_: object) -> None:
        ref_id = self.chosen_id()
        try:
            self.current = annotations.get_reference(self.ctx.library, ref_id) if ref_id else None
        except LookupError:
            self.current = None
        self.form.load(self.current)
        self.form.setEnabled(self.current is not None)
        self.save_button.setEnabled(self.current is not None)
        self.delete_button.setEnabled(self.current is not None)
        self.snapshots.load(self.current)
        self._fill_cited_by()
        if self.link_button is not None:
            self.link_button.setEnabled(self.current is not None)

    def _fill_cited_by(self) -> None:
        self.cited_by.clear()
        if self.current is None:
            return
        lib = self.ctx.library
        for evidence in annotations.citing_assertions(lib, self.current.id):
            try:
                assertion = annotations.get_assertion(lib, evidence.assertion_id)
                title = article_service.get_article(lib, assertion.article_id).title
            except LookupError:
                continue  # cited by something since deleted
            quote = " ".join(assertion.quote.split())
            quote = quote if len(quote) <= 70 else quote[:69] + "…"
            item = QListWidgetItem(f"{RELATION_LABELS[evidence.relation]}: “{quote}” — {title}")
            item.setData(ROLE_ID, (assertion.article_id, assertion.id))
            self.cited_by.addItem(item)
        if not self.cited_by.count():
            self.cited_by.addItem(translate("reference_library", "Not cited by any assertion."))

    def _go_to(self, item: QListWidgetItem) -> None:
        target = item.data(ROLE_ID)
        if target:
            self.ctx.bus.navigate.emit(target[0], target[1])
            self.accept()

    def save(self) -> bool:
        if self.current is None:
            return False
        fields, ref_id = self.form.values(), self.current.id
        if fields == annotations.ReferenceFields.of(self.current):
            return True
        return run(
            self, self.ctx, lambda: annotations.edit_reference(self.ctx.library, ref_id, fields)
        )

    def delete(self) -> bool:
        """Delete the chosen reference; when claims cite it, say which and ask first
        (then its links go too, in the same undoable step)."""
        if self.current is None:
            return False
        lib, ref = self.ctx.library, self.current
        citing = annotations.citing_claims(lib, ref.id)
        if citing:
            quotes = "\n".join("• “" + _short(a.quote) + "”" for _, a in citing[:5]) + (
                "\n…" if len(citing) > 5 else ""
            )
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                translate("reference_library", "Delete reference"),
                self.tr("“{title}” is cited by %n claim(s):", "", len(citing)).format(
                    title=ref.title
                ),
                QMessageBox.StandardButton.Cancel,
                self,
            )
            box.setInformativeText(
                quotes
                + "\n\n"
                + translate(
                    "reference_library",
                    "Deleting it removes these links too. Edit > Undo brings both back.",
                )
            )
            delete = box.addButton(
                translate("reference_library", "Delete with links"),
                QMessageBox.ButtonRole.DestructiveRole,
            )
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            self.confirm_box = box
            box.exec()
            if box.clickedButton() is not delete:
                return False
        return run(
            self, self.ctx, lambda: annotations.delete_reference(lib, ref.id, force=bool(citing))
        )

    def done(self, result: int) -> None:
        """Stop following the bus once closed (the dialog object may outlive its window)."""
        with contextlib.suppress(RuntimeError, TypeError):  # already disconnected
            self.ctx.bus.changed.disconnect(self._changes)
        super().done(result)

    def _changes(self, changes: Changes) -> None:
        if changes.references or changes.library or changes.assertions:
            self.refresh()
            self._chosen()

    # --- pick mode -------------------------------------------------------------------

    def link_chosen(self) -> None:
        ref_id = self.chosen_id()
        if self.pick_for is None or ref_id is None:
            return
        relation, quote, locator = self.link.values()
        lib, assertion_id = self.ctx.library, self.pick_for
        if run(
            self,
            self.ctx,
            lambda: annotations.link_evidence(lib, assertion_id, ref_id, relation, quote, locator),
        ):
            self.accept()
