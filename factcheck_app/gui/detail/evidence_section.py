"""Evidence for one assertion: the references it cites and how each bears on it.

A reference is a shared record; this section shows the links (supports / contradicts /
context, quote, locator), lets the checker create a reference, link one from the library,
edit either part, attach local copies (button or drop a file on the card) and unlink.
"""

# (no `from __future__ import annotations`: its name would shadow services.annotations)

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from factcheck_app.categories import RELATION_COLOURS
from factcheck_app.gui import links
from factcheck_app.gui.context import GuiContext
from factcheck_app.gui.detail.common import (
    KIND_LABELS,
    RELATION_LABELS,
    muted,
    replace_cards,
    tool_button,
)
from factcheck_app.gui.detail.reference_dialog import ReferenceDialog
from factcheck_app.gui.detail.snapshots import SnapshotList, attach_files, dropped_files
from factcheck_app.gui.edits import run
from factcheck_app.gui.i18n import format_date, translate
from factcheck_app.models import Assertion, Evidence, Reference
from factcheck_app.services import annotations


def create_and_link(
    parent: QWidget, ctx: GuiContext, assertion_id: str, dialog: ReferenceDialog
) -> bool:
    """Store what a filled "New reference" dialog says, as one undo step."""
    relation, quote, locator = dialog.link.values()
    fields, attach = dialog.form.values(), dialog.attach_path
    return run(
        parent,
        ctx,
        lambda: annotations.add_and_link_reference(
            ctx.library, assertion_id, fields, relation, quote, locator, attach
        ),
    )


def save_edits(parent: QWidget, ctx: GuiContext, dialog: ReferenceDialog) -> bool:
    """Store what an "Edit reference" dialog changed (reference and/or link), one undo step."""
    ref, evidence = dialog.reference, dialog.evidence
    assert ref is not None
    fields = dialog.form.values()
    relation, quote, locator = dialog.link.values()
    return run(
        parent,
        ctx,
        lambda: annotations.edit_reference_and_link(
            ctx.library, ref, fields, evidence, relation, quote, locator
        ),
    )


def _icon(name: str):
    import qtawesome as qta

    return qta.icon(name)


class EvidenceCard(QFrame):
    show_in_library = Signal(str)

    def __init__(
        self,
        ctx: GuiContext,
        evidence: Evidence,
        reference: Reference,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.evidence, self.reference = ctx, evidence, reference
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAcceptDrops(True)

        colour = RELATION_COLOURS[evidence.relation]
        badge = QLabel(RELATION_LABELS[evidence.relation])
        badge.setStyleSheet(f"color: white; background: {colour}; padding: 1px 5px;")
        title = QLabel(f"<b>{escape(reference.title)}</b>")
        title.setWordWrap(True)
        title.setMinimumWidth(1)
        title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.edit_button = tool_button(translate("evidence_section", "Edit…"))
        self.unlink_button = tool_button(translate("evidence_section", "Unlink"))
        self.library_button = tool_button(translate("evidence_section", "Library"))
        self.library_button.setToolTip(
            translate("evidence_section", "Show this reference and who else cites it")
        )
        # icons in the title's row keep the card narrow; the words are their tooltips
        for button, icon in (
            (self.edit_button, "fa5s.pen"),
            (self.library_button, "fa5s.book"),
            (self.unlink_button, "fa5s.unlink"),
        ):
            button.setIcon(_icon(icon))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            if not button.toolTip():
                button.setToolTip(button.text().replace("…", ""))
        # compact: the actions share the title's row, the address the details' row
        top = QHBoxLayout()
        top.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(title, 1)
        for button in (self.edit_button, self.library_button, self.unlink_button):
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        details = QHBoxLayout()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addLayout(details)
        meta = [reference.publisher, format_date(reference.published), KIND_LABELS[reference.kind]]
        if reference.accessed:
            meta.append(
                translate("evidence_section", "accessed {date}").format(
                    date=format_date(reference.accessed)
                )
            )
        details.addWidget(muted(" · ".join(m for m in meta if m)))
        if reference.url:
            self.url_label = QLabel(
                f"<a href='{escape(reference.url)}'>{escape(reference.url)}</a>"
            )
            self.url_label.setTextFormat(Qt.TextFormat.RichText)
            self.url_label.setOpenExternalLinks(False)
            self.url_label.setMinimumWidth(1)
            self.url_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            self.url_label.setToolTip(escape(reference.url))
            self.url_label.linkActivated.connect(lambda url: links.open_link(self, url))
            details.addWidget(self.url_label, 1)
        if evidence.quote or evidence.locator:
            text = f"<i>“{escape(evidence.quote)}”</i>" if evidence.quote else ""
            if evidence.locator:
                text += f" — {escape(evidence.locator)}"
            quote = QLabel(text)
            quote.setWordWrap(True)
            layout.addWidget(quote)
        self.snapshots = SnapshotList(ctx)
        self.snapshots.load(reference)
        layout.addWidget(self.snapshots)

        self.edit_button.clicked.connect(self.edit)
        self.unlink_button.clicked.connect(
            lambda: run(
                self, self.ctx, lambda: annotations.unlink_evidence(self.ctx.library, self.evidence)
            )
        )
        self.library_button.clicked.connect(lambda: self.show_in_library.emit(reference.id))

    def edit_dialog(self) -> ReferenceDialog:
        return ReferenceDialog(self, self.reference, self.evidence)

    def edit(self) -> None:
        dialog = self.edit_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            save_edits(self, self.ctx, dialog)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = dropped_files(event)
        if files:
            event.acceptProposedAction()
            attach_files(self, self.ctx, self.reference.id, files)


class EvidenceSection(QGroupBox):
    #: Open the reference library: (reference id to show or None, pick mode).
    library_requested = Signal(object, bool)

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(translate("evidence_section", "Evidence and references"), parent)
        self.setStyleSheet("QFrame#card { border: 1px solid palette(mid); }")
        self.ctx = ctx
        self.assertion: Assertion | None = None
        self.cards: list[EvidenceCard] = []
        self.list_layout = QVBoxLayout()
        self.empty = muted(translate("evidence_section", "No references yet."))
        self.new_button = QPushButton(translate("evidence_section", "New reference…"))
        self.link_button = QPushButton(translate("evidence_section", "Link existing…"))
        self.link_button.setToolTip(
            translate("evidence_section", "Pick a reference from the library")
        )
        row = QHBoxLayout()
        row.addWidget(self.empty)
        row.addStretch(1)
        row.addWidget(self.link_button)
        row.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(3)
        layout.addLayout(self.list_layout)
        layout.addLayout(row)
        self.new_button.clicked.connect(self.new_reference)
        self.link_button.clicked.connect(lambda: self.library_requested.emit(None, True))

    def load(self, assertion: Assertion, items: list[tuple[Evidence, Reference]]) -> None:
        same = self.assertion is not None and self.assertion.id == assertion.id
        self.assertion = assertion
        reusable = {(c.evidence, c.reference): c for c in self.cards} if same else {}
        cards: list[EvidenceCard] = []
        for evidence, reference in items:
            found = reusable.pop((evidence, reference), None)
            if found is None:
                found = EvidenceCard(self.ctx, evidence, reference)
                found.show_in_library.connect(
                    lambda ref_id: self.library_requested.emit(ref_id, False)
                )
            cards.append(found)
        replace_cards(self.list_layout, self.cards, cards)
        self.cards = cards
        self.empty.setVisible(not items)

    def new_reference_dialog(self) -> ReferenceDialog:
        return ReferenceDialog(self)

    def new_reference(self) -> None:
        if self.assertion is None:
            return
        dialog = self.new_reference_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            create_and_link(self, self.ctx, self.assertion.id, dialog)
