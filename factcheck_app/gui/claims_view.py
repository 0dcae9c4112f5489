"""The Claims view: the same claim across the library, with its verdicts over time.

Each group is one claim made in several articles (and published fact-checks); its members
are listed oldest first with their verdicts, and a group whose verdicts contradict each
other ("true" here, "false" there) is flagged and listed first. Published fact-checks are
imported here too. Double-clicking a card opens its article at that card.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from factcheck_app.categories import RELATION_COLOURS
from factcheck_app.claim_models import ClaimGroup, ClaimMatch
from factcheck_app.errors import InputError
from factcheck_app.gui.context import GuiContext
from factcheck_app.models import Changes, Relation
from factcheck_app.services import claim_memory

CONTRADICTION_COLOUR = RELATION_COLOURS[Relation.CONTRADICTS]
ROLE_MATCH = Qt.ItemDataRole.UserRole + 1


class ClaimsView(QDialog):
    """Non-modal: the checker keeps it open beside the article while working."""

    open_requested = Signal(str, str)  # article id, assertion id
    loaded = Signal()

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.groups: list[ClaimGroup] = []
        self._notice = ""
        self.setWindowTitle(self.tr("Claims across the library"))
        self.setObjectName("claims-view")
        self.resize(900, 560)
        self.only_contradictions = QCheckBox(self.tr("Only claims with contradictory verdicts"))
        self.only_contradictions.toggled.connect(self.reload)
        self.import_button = QPushButton(self.tr("Import published fact-checks…"))
        self.import_button.setToolTip(
            self.tr("Read ClaimReview JSON-LD or a fact-check feed into the library")
        )
        self.import_button.clicked.connect(self.choose_import)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [self.tr("Claim"), self.tr("Date"), self.tr("Verdict"), self.tr("Where")]
        )
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.tree.setAccessibleName(self.tr("Claims"))
        self.tree.itemActivated.connect(self._activated)
        header = self.tree.header()
        header.resizeSection(0, 400)
        header.resizeSection(1, 90)
        header.resizeSection(2, 190)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        top = QHBoxLayout()
        top.addWidget(self.only_contradictions, 1)
        top.addWidget(self.import_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addLayout(bottom)
        ctx.bus.changed.connect(self._on_changes)
        self._generation = 0
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        only = self.only_contradictions.isChecked()
        self.summary.setText(self.tr("Grouping the claims of the library…"))
        lib = self.ctx.library
        job = self.ctx.tasks.start(
            self.tr("Grouping the claims of the library"),
            lambda progress, cancelled: claim_memory.claim_groups(
                lib, contradictions_only=only, progress=progress
            ),
        )
        job.finished.connect(lambda groups: self._show(generation, groups))
        job.failed.connect(lambda exc: self.summary.setText(str(exc)))

    def _show(self, generation: int, groups: list[ClaimGroup]) -> None:
        if generation != self._generation:
            return
        self.groups = groups
        self.tree.clear()
        red = QBrush(QColor(CONTRADICTION_COLOUR))
        for group in groups:
            text = " ".join(group.text.split())
            head = QTreeWidgetItem(
                [
                    text if len(text) < 160 else text[:157] + "…",
                    "",
                    self.tr("contradictory verdicts") if group.contradictory else "",
                    self.tr("{n} times").format(n=len(group.members)),
                ]
            )
            head.setToolTip(0, text)
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            if group.contradictory:
                head.setForeground(2, red)
                head.setIcon(2, _warning_icon())
            for member in group.members:
                head.addChild(self._member(member))
            self.tree.addTopLevelItem(head)
            head.setExpanded(True)
        clashes = sum(1 for g in groups if g.contradictory)
        notice, self._notice = self._notice, ""
        if not groups:
            self.summary.setText(
                self.tr("No claim with contradictory verdicts.")
                if self.only_contradictions.isChecked()
                else self.tr("No claim is made more than once yet.")
            )
        else:
            self.summary.setText(
                self.tr(
                    "Claims made more than once: {n} · with contradictory verdicts: {clashes}"
                ).format(n=len(groups), clashes=clashes)
            )
        if notice:
            self.summary.setText(notice + " · " + self.summary.text())
        self.loaded.emit()

    def _member(self, match: ClaimMatch) -> QTreeWidgetItem:
        text = " ".join(match.text.split())
        if match.kind == claim_memory.REVIEW:
            where = self.tr("Published: {who}").format(who=match.title)
        else:
            where = match.title
        item = QTreeWidgetItem(
            [
                "“" + (text if len(text) < 150 else text[:147] + "…") + "”",
                match.date,
                match.verdict or self.tr("no verdict"),
                where,
            ]
        )
        item.setToolTip(0, f"{text}\n\n{match.reason}")
        item.setData(0, ROLE_MATCH, match)
        return item

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        match = item.data(0, ROLE_MATCH)
        if isinstance(match, ClaimMatch) and match.article_id:
            self.open_requested.emit(match.article_id, match.id)

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import published fact-checks"),
            "",
            self.tr("ClaimReview or fact-check feed (*.json *.jsonld *.jsonl);;All files (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> bool:
        try:
            result = claim_memory.import_reviews(self.ctx.library, path)
        except InputError as exc:
            QMessageBox.warning(self, self.tr("Not imported"), str(exc))
            return False
        self._notice = self.tr("{file}: {added} added, {updated} updated, {same} unchanged").format(
            file=path.name, added=result.added, updated=result.updated, same=result.unchanged
        )
        self.summary.setText(self._notice)
        self.ctx.bus.publish(Changes(library=True))
        return True

    def _on_changes(self, changes: Changes) -> None:
        if changes.library or changes.assertions:
            self.reload()


def _warning_icon():
    import qtawesome as qta

    return qta.icon("fa5s.exclamation-triangle", color=CONTRADICTION_COLOUR)


def open_claims_view(window, ctx: GuiContext) -> ClaimsView:
    """Menu entry point: one Claims view per window, raised when already open."""
    view = getattr(window, "claims_view", None)
    if view is None:
        view = ClaimsView(ctx, window)
        view.open_requested.connect(window.show_article)
        window.claims_view = view
    view.show()
    view.raise_()
    view.activateWindow()
    return view
