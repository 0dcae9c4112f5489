"""Editing the verdict scheme (the ratings a checker can give), kept in user settings.

Ratings already given stay stored even if removed from the scheme; the verdict section
shows them as "(not in scheme)" so nothing is silently relabelled.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from factcheck_app.categories import ERROR_COLOUR
from factcheck_app.gui.i18n import translate
from factcheck_app.gui.messages import show_error
from factcheck_app.models import DEFAULT_VERDICT_SCHEME
from factcheck_app.settings import Settings, save_settings


class VerdictSchemeEditor(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("verdict_scheme_editor", "Verdict scheme"))
        self.settings = settings
        self.saved: Settings | None = None
        self.list = QListWidget()
        self.list.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        self.input = QLineEdit()
        self.input.setPlaceholderText(
            translate("verdict_scheme_editor", "New rating, e.g. “half true”")
        )
        self.add_button = QPushButton(translate("verdict_scheme_editor", "Add"))
        self.remove_button = QPushButton(translate("verdict_scheme_editor", "Remove"))
        self.up_button = QPushButton(translate("verdict_scheme_editor", "Up"))
        self.down_button = QPushButton(translate("verdict_scheme_editor", "Down"))
        self.reset_button = QPushButton(translate("verdict_scheme_editor", "Restore defaults"))
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};")

        intro = QLabel(
            translate(
                "verdict_scheme_editor",
                "Ratings from best to worst. Double-click to rename. Verdicts already given keep "
                "their rating even if you remove it here.",
            )
        )
        intro.setWordWrap(True)
        side = QVBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button, self.reset_button):
            side.addWidget(button)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.list, 1)
        middle.addLayout(side)
        add_row = QHBoxLayout()
        add_row.addWidget(self.input, 1)
        add_row.addWidget(self.add_button)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(middle)
        layout.addLayout(add_row)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self._fill(settings.verdict_scheme)
        self.add_button.clicked.connect(self.add)
        self.input.returnPressed.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.reset_button.clicked.connect(lambda: self._fill(DEFAULT_VERDICT_SCHEME))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(420, 380)

    def _fill(self, ratings: tuple[str, ...]) -> None:
        self.list.clear()
        for rating in ratings:
            self._append(rating)
        self.list.setCurrentRow(0)

    def _append(self, rating: str) -> None:
        item = QListWidgetItem(rating)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.addItem(item)

    def ratings(self) -> tuple[str, ...]:
        return tuple(self.list.item(i).text().strip() for i in range(self.list.count()))

    def add(self) -> None:
        rating = self.input.text().strip()
        if not rating:
            return
        if rating.casefold() in (r.casefold() for r in self.ratings()):
            self.error.setText(
                translate("verdict_scheme_editor", "“{rating}” is already in the scheme.").format(
                    rating=rating
                )
            )
            return
        self._append(rating)
        self.list.setCurrentRow(self.list.count() - 1)
        self.input.clear()
        self.error.clear()

    def remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def problem(self) -> str | None:
        ratings = self.ratings()
        if not ratings:
            return translate("verdict_scheme_editor", "The scheme needs at least one rating.")
        if any(not r for r in ratings):
            return translate("verdict_scheme_editor", "A rating cannot be empty.")
        folded = [r.casefold() for r in ratings]
        if len(set(folded)) != len(folded):
            return translate("verdict_scheme_editor", "Each rating may appear only once.")
        return None

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            return
        new = self.settings.replace(verdict_scheme=self.ratings())
        try:
            save_settings(new)
        except OSError as exc:
            show_error(self, translate("verdict_scheme_editor", "Settings not saved"), exc)
            return
        self.saved = new
        super().accept()
