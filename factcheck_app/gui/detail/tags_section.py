"""Tags on an assertion or an article: chips with a remove button and a box to add one."""

# (no `from __future__ import annotations`: its name would shadow services.annotations)

import contextlib

from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from factcheck_app.gui.context import GuiContext
from factcheck_app.gui.detail.common import clear_layout, muted, tool_button
from factcheck_app.gui.edits import run
from factcheck_app.gui.i18n import translate
from factcheck_app.models import Tag
from factcheck_app.services import annotations


class TagEditor(QWidget):
    def __init__(self, ctx: GuiContext, target_kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.target_kind = ctx, target_kind
        self.target_id: str | None = None
        self.tags: list[Tag] = []
        self.chips = QHBoxLayout()
        self.chips.setContentsMargins(0, 0, 0, 0)
        self.empty = muted(translate("tags_section", "No tags."))
        self.input = QLineEdit()
        self.input.setPlaceholderText(translate("tags_section", "Add a tag and press Enter"))
        self.add_button = QPushButton(translate("tags_section", "Add tag"))
        chip_row = QHBoxLayout()
        chip_row.addWidget(self.empty)
        chip_row.addLayout(self.chips)
        chip_row.addStretch(1)
        input_row = QHBoxLayout()
        input_row.addWidget(self.input, 1)
        input_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(chip_row)
        layout.addLayout(input_row)
        self.input.returnPressed.connect(self.add)
        self.add_button.clicked.connect(self.add)

    def load(self, target_id: str | None) -> None:
        self.target_id = target_id
        self.tags = (
            annotations.tags_for(self.ctx.library, self.target_kind, target_id) if target_id else []
        )
        clear_layout(self.chips)
        for tag in self.tags:
            chip = tool_button(f"{tag.name}  ✕")
            chip.setObjectName(f"tag-{tag.name}")
            chip.setToolTip(
                translate("tags_section", "Remove the tag “{name}”").format(name=tag.name)
            )
            chip.clicked.connect(lambda _=False, t=tag: self.remove(t))
            self.chips.addWidget(chip)
        self.empty.setVisible(not self.tags)
        self.setEnabled(target_id is not None)
        self.input.setCompleter(QCompleter(self._known_names(), self.input))

    def _known_names(self) -> list[str]:
        return annotations.tag_names(self.ctx.library)

    def add(self) -> None:
        name = self.input.text().strip()
        if not name or self.target_id is None:
            return
        lib, kind, target = self.ctx.library, self.target_kind, self.target_id
        if run(self, self.ctx, lambda: annotations.add_tag(lib, kind, target, name)):
            self.input.clear()

    def remove(self, tag: Tag) -> None:
        run(self, self.ctx, lambda: annotations.remove_tag(self.ctx.library, tag))


class TagsSection(QGroupBox):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(translate("tags_section", "Tags"), parent)
        self.editor = TagEditor(ctx, "assertion")
        QVBoxLayout(self).addWidget(self.editor)


class ArticleTagsDialog(QDialog):
    """Tags of the current article; each change is saved (and undoable) at once."""

    def __init__(
        self, ctx: GuiContext, article_id: str, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("tags_section", "Article tags"))
        self.ctx = ctx
        self.editor = TagEditor(ctx, "article")
        self.editor.load(article_id)
        heading = QLabel(translate("tags_section", "Tags of “{title}”").format(title=title))
        heading.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.editor)
        layout.addWidget(buttons)
        ctx.bus.changed.connect(self._changed)
        self.resize(420, 140)

    def done(self, result: int) -> None:
        """Stop following the bus once closed (the dialog object may outlive its window)."""
        with contextlib.suppress(RuntimeError, TypeError):  # already disconnected
            self.ctx.bus.changed.disconnect(self._changed)
        super().done(result)

    def _changed(self, changes: object) -> None:
        self.editor.load(self.editor.target_id)
