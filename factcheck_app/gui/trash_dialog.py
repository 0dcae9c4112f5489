"""File > Trash…: the deleted articles, to restore (undoable) or to erase for good.

Restoring is the ``trash.restore_article`` operation through ``edits.perform``; emptying
is not undoable (its point is that the text leaves the file, undo images included), so it
asks first and clears the window's undo stack, whose steps may name erased rows.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from factcheck_app.gui.context import GuiContext
from factcheck_app.gui.edits import run
from factcheck_app.gui.messages import show_error
from factcheck_app.models import Changes
from factcheck_app.services import trash

ROLE_ID = Qt.ItemDataRole.UserRole + 1


class TrashDialog(QDialog):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Trash"))
        self.intro = QLabel(
            self.tr(
                "Deleted articles stay here with their notes, verdicts and references until"
                " you empty the trash. Colleagues see a deletion only when they accept it"
                " in a merge."
            )
        )
        self.intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setHeaderLabels(
            [
                self.tr("Title"),
                self.tr("Deleted"),
                self.tr("By"),
                self.tr("Assertions"),
                self.tr("Notes"),
            ]
        )
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = QLabel(self.tr("The trash is empty."))
        self.empty_label.setEnabled(False)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setToolTip(self.tr("Put the selected articles back in the library"))
        self.empty_button = QPushButton(self.tr("&Empty trash…"))
        self.empty_button.setToolTip(self.tr("Erase every article in the trash for good"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addStretch(1)
        row.addWidget(self.empty_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(row)
        layout.addWidget(close)
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button.clicked.connect(self.ask_empty)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda *_: self.restore_selected())
        ctx.bus.changed.connect(self._changes)
        self.refresh()
        self.resize(680, 420)

    def refresh(self) -> None:
        self.tree.clear()
        for item in trash.list_trash(self.ctx.library):
            title = item.title if not item.outlet else f"{item.title} — {item.outlet}"
            row = QTreeWidgetItem(
                [
                    title,
                    item.deleted_at[:16].replace("T", " "),
                    item.deleted_by,
                    str(item.assertions),
                    str(item.notes),
                ]
            )
            row.setToolTip(0, title)
            row.setData(0, ROLE_ID, item.id)
            self.tree.addTopLevelItem(row)
        self.empty_label.setVisible(self.tree.topLevelItemCount() == 0)
        first = self.tree.topLevelItem(0)
        if first is not None and not self.tree.selectedItems():
            self.tree.setCurrentItem(first)
        self._update_buttons()

    def selected_ids(self) -> list[str]:
        return [item.data(0, ROLE_ID) for item in self.tree.selectedItems()]

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.selected_ids()))
        self.empty_button.setEnabled(self.tree.topLevelItemCount() > 0)

    def _changes(self, changes: Changes) -> None:
        if changes.library or changes.articles:
            self.refresh()

    def restore_selected(self) -> bool:
        ids = self.selected_ids()
        restored = [a for a in ids if self._restore(a)]
        if restored:
            self.ctx.bus.navigate.emit(restored[0], None)
        return bool(restored)

    def _restore(self, article_id: str) -> bool:
        lib = self.ctx.library
        return run(self, self.ctx, lambda: trash.restore_article(lib, article_id))

    def ask_empty(self) -> bool:
        count = self.tree.topLevelItemCount()
        if not count:
            return False
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Empty trash"),
            self.tr(
                "Erase %n article(s) and all their work for good? This cannot be undone.",
                "",
                count,
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        erase = box.addButton(self.tr("Erase"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.confirm_box = box
        box.exec()
        if box.clickedButton() is not erase:
            return False
        return self.empty()

    def empty(self) -> bool:
        try:
            trash.empty_trash(self.ctx.library)
        except Exception as exc:  # shown, never half-done: one transaction
            show_error(self, self.tr("Trash not emptied"), exc)
            return False
        self.ctx.undo_stack.clear()
        self.ctx.bus.publish(Changes(library=True))
        return True

    def done(self, result: int) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            self.ctx.bus.changed.disconnect(self._changes)
        super().done(result)


def open_trash_dialog(parent: QWidget, ctx: GuiContext) -> None:
    TrashDialog(ctx, parent).exec()
