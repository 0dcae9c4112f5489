"""File -> Merge library: preview, merge, review conflicts (flip), and past merges.

The preview (dry run) comes first and writes nothing; Merge backs the library up and
merges in one transaction. Every conflict keeps both versions; the user can switch a
conflict to the other version at any time (an undoable change, so it also travels).
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from factcheck_app.errors import FactcheckError
from factcheck_app.gui.context import GuiContext
from factcheck_app.gui.edits import record
from factcheck_app.gui.i18n import translate
from factcheck_app.gui.messages import describe
from factcheck_app.gui.share_dialog import file_filter
from factcheck_app.merge_report import Conflict, MergeReport
from factcheck_app.services import sharing


def _summary(conflict: Conflict, version: dict) -> str:
    fields = sharing.differing_fields(conflict)
    shown = [f for f in fields if f not in ("updated_at", "author")] or fields
    parts = []
    for field in shown[:3]:
        value = version.get(field)
        if field == "deleted":
            parts.append(
                translate("merge_dialog", "deleted")
                if value
                else translate("merge_dialog", "not deleted")
            )
        else:
            parts.append(" ".join(str(value if value is not None else "—").split())[:80])
    return " · ".join(parts)


class MergeDialog(QDialog):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: MergeReport | None = None
        self.conflicts: list[Conflict] = []
        self.setWindowTitle(translate("merge_dialog", "Merge library"))
        self.resize(900, 600)

        self.path = QLineEdit()
        self.path.setPlaceholderText(
            translate("merge_dialog", "A share file or library from a colleague")
        )
        self.path.textChanged.connect(self._path_changed)
        browse = QPushButton(translate("merge_dialog", "Browse…"))
        browse.clicked.connect(self._browse)
        self.preview_button = QPushButton(translate("merge_dialog", "Preview"))
        self.preview_button.setEnabled(False)
        self.preview_button.clicked.connect(self.preview)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("merge_dialog", "Merge from:")))
        top.addWidget(self.path, 1)
        top.addWidget(browse)
        top.addWidget(self.preview_button)

        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.report_view = QPlainTextEdit()
        self.report_view.setReadOnly(True)
        self.report_view.setFont(mono)
        self.report_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.report_view.setPlaceholderText(
            translate(
                "merge_dialog",
                "Choose a file and press Preview: you see what would change before anything does.",
            )
        )

        self.conflict_table = self._table(
            [
                translate("merge_dialog", "Kind"),
                translate("merge_dialog", "Item"),
                translate("merge_dialog", "This library"),
                translate("merge_dialog", "Other library"),
                translate("merge_dialog", "Using"),
            ]
        )
        self.conflict_table.itemSelectionChanged.connect(self._conflict_selected)
        self.conflict_detail = QPlainTextEdit()
        self.conflict_detail.setReadOnly(True)
        self.conflict_detail.setFont(mono)
        self.conflict_detail.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.flip_button = QPushButton(translate("merge_dialog", "Use the other version"))
        self.flip_button.setEnabled(False)
        self.flip_button.clicked.connect(self.flip_selected)
        conflicts_page = QWidget()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.conflict_table)
        split.addWidget(self.conflict_detail)
        split.setSizes([300, 200])
        page_layout = QVBoxLayout(conflicts_page)
        page_layout.addWidget(
            QLabel(
                translate(
                    "merge_dialog",
                    "Rows changed on both sides. The newer change is used; the other "
                    "version is kept and can be used instead.",
                )
            )
        )
        page_layout.addWidget(split, 1)
        flip_row = QHBoxLayout()
        flip_row.addStretch(1)
        flip_row.addWidget(self.flip_button)
        page_layout.addLayout(flip_row)

        self.history_table = self._table(
            [
                translate("merge_dialog", "When"),
                translate("merge_dialog", "Who"),
                translate("merge_dialog", "From library"),
                translate("merge_dialog", "File"),
                translate("merge_dialog", "Added"),
                translate("merge_dialog", "Changed"),
                translate("merge_dialog", "Deleted"),
                translate("merge_dialog", "Conflicts"),
            ]
        )
        self.history_table.itemSelectionChanged.connect(self._history_selected)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.report_view, translate("merge_dialog", "Report"))
        self.tabs.addTab(conflicts_page, translate("merge_dialog", "Conflicts"))
        self.undo_merge_button = QPushButton(translate("merge_dialog", "Undo this merge…"))
        self.undo_merge_button.setEnabled(False)
        self.undo_merge_button.setToolTip(
            translate(
                "merge_dialog",
                "Put back every row this merge changed; rows edited since keep that work",
            )
        )
        self.undo_merge_button.clicked.connect(self.undo_selected_merge)
        history_page = QWidget()
        history_layout = QVBoxLayout(history_page)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(self.history_table, 1)
        undo_row = QHBoxLayout()
        undo_row.addStretch(1)
        undo_row.addWidget(self.undo_merge_button)
        history_layout.addLayout(undo_row)
        self.tabs.addTab(history_page, translate("merge_dialog", "History"))

        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.merge_button = self.buttons.addButton(
            translate("merge_dialog", "Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.merge)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)

        # Risky changes to rows we have: each kind applied only when its box is ticked.
        self.accept_boxes: dict[str, QCheckBox] = {
            "delete": QCheckBox(translate("merge_dialog", "Also apply these deletions")),
            "rewrite": QCheckBox(
                translate("merge_dialog", "Also apply these rewrites of your own work")
            ),
            "text": QCheckBox(
                translate("merge_dialog", "Also apply these article text changes (re-anchored)")
            ),
        }
        self.risk_box = QGroupBox(
            translate(
                "merge_dialog",
                "Changes to rows you have — not applied unless ticked "
                "(your version stays, theirs is kept as a conflict)",
            )
        )
        risk_layout = QVBoxLayout(self.risk_box)
        for box in self.accept_boxes.values():
            box.setChecked(False)
            risk_layout.addWidget(box)
        self.risk_box.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.risk_box)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.refresh_history()
        self.show_conflicts(sharing.list_conflicts(ctx.library))

    @staticmethod
    def _table(headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    # --- choosing and previewing ----------------------------------------------------

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, translate("merge_dialog", "Merge library"), self.path.text(), file_filter()
        )
        if chosen:
            self.path.setText(chosen)

    def _path_changed(self, text: str) -> None:
        self.preview_button.setEnabled(bool(text.strip()))
        self.merge_button.setEnabled(False)
        self.report = None

    def source(self) -> Path:
        return Path(self.path.text().strip()).expanduser()

    def preview(self) -> None:
        self._run(
            translate("merge_dialog", "Checking {name}…"), sharing.preview_merge, self._previewed
        )

    def _previewed(self, report: MergeReport) -> None:
        self.report = report
        self.report_view.setPlainText(sharing.format_report(report))
        self.tabs.setCurrentWidget(self.report_view)
        something = any(
            sum(d.values()) for d in (report.added, report.changed, report.deleted)
        ) or bool(report.conflicts)
        self._show_risks(report)
        self.merge_button.setEnabled(something or bool(report.risks))
        self._set_status(
            translate("merge_dialog", "Nothing written yet. Press Merge to bring these changes in.")
            if something
            else translate("merge_dialog", "Nothing to merge: both libraries already agree.")
        )

    def _show_risks(self, report: MergeReport) -> None:
        me = self.ctx.library.author
        for kind, box in self.accept_boxes.items():
            lines = [sharing.describe_risk(r, me) for r in report.risks if r.kind == kind]
            box.setVisible(bool(lines))
            box.setChecked(False)
            box.setToolTip("\n".join(lines))
            if lines:
                box.setText(f"{self._box_title(kind)}: {'; '.join(lines)}")
        self.risk_box.setVisible(bool(report.risks))

    def _box_title(self, kind: str) -> str:
        return {
            "delete": translate("merge_dialog", "Also apply these deletions"),
            "rewrite": translate("merge_dialog", "Also apply these rewrites of your own work"),
            "text": translate(
                "merge_dialog", "Also apply these article text changes (re-anchored)"
            ),
        }[kind]

    def accepted_kinds(self) -> frozenset[str]:
        return frozenset(k for k, b in self.accept_boxes.items() if b.isChecked())

    def merge(self) -> None:
        self.merge_button.setEnabled(False)
        self._run(translate("merge_dialog", "Merging {name}…"), sharing.merge, self._merged)

    def _merged(self, report: MergeReport) -> None:
        self.report = report
        self.ctx.bus.publish(report.changes)
        self.report_view.setPlainText(sharing.format_report(report))
        self.refresh_history()
        if report.merge_id:
            self.show_conflicts(sharing.list_conflicts(self.ctx.library, report.merge_id))
        if report.conflicts:
            self.tabs.setCurrentIndex(1)
        self._set_status(
            translate(
                "merge_dialog", "Merged. A backup of your library was saved as {path}."
            ).format(path=report.backup_path)
            if report.backup_path
            else translate("merge_dialog", "Merged.")
        )

    def _run(self, message: str, fn, on_done) -> None:
        source, lib = self.source(), self.ctx.library
        self.preview_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self._set_status(message.format(name=source.name))

        accept = self.accepted_kinds()

        def work(progress, cancelled):
            return fn(lib, source, progress=progress, accept=accept)

        job = self.ctx.tasks.start(translate("merge_dialog", "Merging"), work)
        job.progress.connect(self._progress)
        job.finished.connect(on_done)
        job.failed.connect(self._failed)
        job.done.connect(self._job_done)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _job_done(self) -> None:
        self.progress.setVisible(False)
        self.preview_button.setEnabled(bool(self.path.text().strip()))

    def _failed(self, exc: BaseException) -> None:
        self.merge_button.setEnabled(False)
        self.report_view.setPlainText(describe(exc))
        self.tabs.setCurrentWidget(self.report_view)
        self._set_status(describe(exc), error=True)

    def _set_status(self, text: str, error: bool = False) -> None:
        text = html.escape(text)
        self.status.setText(f"<span style='color:#b00020'>{text}</span>" if error else text)

    # --- conflicts ---------------------------------------------------------------------

    def show_conflicts(self, conflicts: list[Conflict]) -> None:
        self.conflicts = conflicts
        table = self.conflict_table
        table.setRowCount(len(conflicts))
        for row, c in enumerate(conflicts):
            using = (
                translate("merge_dialog", "this library")
                if c.chosen == "ours"
                else translate("merge_dialog", "other library")
            )
            cells = [
                sharing.table_label(c.table),
                sharing.conflict_title(c),
                _summary(c, c.ours),
                _summary(c, c.theirs),
                using,
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip("\n".join(sharing.side_by_side(c)))
                if (col == 2 and c.chosen == "ours") or (col == 3 and c.chosen == "theirs"):
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(row, col, item)
        self.tabs.setTabText(
            1, translate("merge_dialog", "Conflicts ({n})").format(n=len(conflicts))
        )
        if conflicts and not self.conflict_table.selectionModel().hasSelection():
            self.conflict_table.selectRow(0)  # show both versions of the first at once
        self._conflict_selected()

    def selected_conflict(self) -> Conflict | None:
        rows = self.conflict_table.selectionModel().selectedRows()
        return self.conflicts[rows[0].row()] if rows else None

    def _conflict_selected(self) -> None:
        c = self.selected_conflict()
        self.flip_button.setEnabled(c is not None)
        if c is None:
            self.conflict_detail.setPlainText("")
            return
        self.flip_button.setText(
            translate("merge_dialog", "Use the other library's version")
            if c.chosen == "ours"
            else translate("merge_dialog", "Use this library's version")
        )
        self.conflict_detail.setPlainText("\n".join(sharing.side_by_side(c)))

    def flip_selected(self) -> None:
        c = self.selected_conflict()
        if c is None:
            return
        lib, row = self.ctx.library, self.conflict_table.currentRow()
        try:
            changes = sharing.flip_conflict(lib, c.id)
        except FactcheckError as exc:
            self._set_status(describe(exc), error=True)
            return
        record(self.ctx, changes)  # an edit like any other: one step of the journal
        merge_id = self._selected_merge_id()
        self.show_conflicts(sharing.list_conflicts(lib, merge_id))
        if 0 <= row < self.conflict_table.rowCount():
            self.conflict_table.selectRow(row)

    # --- history -------------------------------------------------------------------------

    def refresh_history(self) -> None:
        self.merges = sharing.list_merges(self.ctx.library)
        table = self.history_table
        table.setRowCount(len(self.merges))
        for row, m in enumerate(self.merges):
            cells = [
                m.at[:19].replace("T", " "),
                m.author,
                m.source_library_id[:8],
                Path(m.source_file).name,
                str(sum(m.added.values())),
                str(sum(m.changed.values())),
                str(sum(m.deleted.values())),
                str(m.conflicts) + (translate("merge_dialog", " (undone)") if m.undone_at else ""),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(m.source_file)
                table.setItem(row, col, item)

    def _selected_merge_id(self) -> str | None:
        rows = self.history_table.selectionModel().selectedRows()
        return self.merges[rows[0].row()].id if rows else None

    def _history_selected(self) -> None:
        merge_id = self._selected_merge_id()
        record = next((m for m in self.merges if m.id == merge_id), None)
        self.undo_merge_button.setEnabled(record is not None and not record.undone_at)
        self.show_conflicts(sharing.list_conflicts(self.ctx.library, merge_id))

    def undo_selected_merge(self) -> None:
        merge_id = self._selected_merge_id()
        if merge_id is None:
            return
        answer = QMessageBox.question(
            self,
            translate("merge_dialog", "Undo merge?"),
            translate(
                "merge_dialog",
                "Put back every row this merge changed? Rows you or others edited after "
                "the merge keep that later work.",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            result = sharing.undo_merge(self.ctx.library, merge_id)
        except FactcheckError as exc:
            self._set_status(describe(exc), error=True)
            return
        self.ctx.bus.publish(result.changes)
        self.refresh_history()
        self.undo_merge_button.setEnabled(False)
        message = self.tr("Merge undone: %Ln row(s) put back.", "", result.restored)
        if result.kept_later:
            message += " " + self.tr("%Ln row(s) changed since were kept.", "", result.kept_later)
        self._set_status(message)


def open_merge_dialog(parent: QWidget | None, ctx: GuiContext, source: Path | None = None) -> None:
    """``source``: a share file the user opened with the app; its preview starts at once."""
    dialog = MergeDialog(ctx, parent)
    if source is not None:
        dialog.path.setText(str(source))
        dialog.preview()
    dialog.exec()
