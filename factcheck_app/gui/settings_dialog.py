"""Settings: who you are, the analysis model, the categories to highlight, the findings
you asked not to be flagged again, the language.

Saved with ``settings.save_settings`` and swapped into the open library, so the next
action is authored by the new name; views refresh through a library-wide ``Changes``.
"""

from __future__ import annotations

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
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from factcheck_app.gui import palette
from factcheck_app.gui.context import GuiContext
from factcheck_app.gui.i18n import LANGUAGES
from factcheck_app.models import HIGHLIGHT_CATEGORIES, Category, Changes, LexiconException
from factcheck_app.settings import Settings, save_settings


def installed_models() -> list[str]:
    """Trained spaCy pipelines installed as packages (empty if spaCy cannot tell)."""
    try:
        import spacy.util

        return sorted(spacy.util.get_installed_models())
    except Exception:  # a broken spaCy install must not stop the dialog opening
        return []


class SettingsDialog(QDialog):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
        current = ctx.settings

        self.name_edit = QLineEdit(current.user_name)
        self.name_edit.setPlaceholderText(self.tr("Your name"))
        self.name_edit.setToolTip(
            self.tr("Shown as the author of your reviews, notes and verdicts")
        )
        self.organisation_edit = QLineEdit(current.organisation)
        self.organisation_edit.setPlaceholderText(self.tr("Your newsroom or fact-checking team"))
        self.organisation_url_edit = QLineEdit(current.organisation_url)
        self.organisation_url_edit.setPlaceholderText("https://…")
        self.publish_edit = QLineEdit(current.publish_base_url)
        self.publish_edit.setPlaceholderText("https://…")
        self.publish_edit.setToolTip(
            self.tr("Where your reports are published; ClaimReview exports need it")
        )
        self.model_combo = QComboBox()
        self.model_combo.addItem(self.tr("Built-in rules only (no model)"), "")
        for name in installed_models():
            self.model_combo.addItem(name, name)
        if current.model and self.model_combo.findData(current.model) < 0:
            self.model_combo.addItem(
                self.tr("{name} (not installed)").format(name=current.model), current.model
            )
        self.model_combo.setCurrentIndex(max(0, self.model_combo.findData(current.model)))

        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("System language"), "")
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(current.ui_language))
        )

        self.category_boxes: dict[str, QCheckBox] = {}
        categories = QVBoxLayout()
        for category in HIGHLIGHT_CATEGORIES:
            box = QCheckBox(palette.label(category))
            box.setIcon(palette.icon(category))
            box.setToolTip(palette.description(category))
            box.setChecked(str(category) in current.highlight)
            categories.addWidget(box)
            self.category_boxes[str(category)] = box

        form = QFormLayout()
        form.addRow(self.tr("Your &name:"), self.name_edit)
        form.addRow(self.tr("&Organisation:"), self.organisation_edit)
        form.addRow(self.tr("Organisation &web site:"), self.organisation_url_edit)
        form.addRow(self.tr("Reports &published at:"), self.publish_edit)
        form.addRow(self.tr("Analysis &model:"), self.model_combo)
        hint = QLabel(
            self.tr(
                "A trained model finds who is speaking more reliably; re-analyse (F5) to apply it."
            )
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        form.addRow("", hint)
        form.addRow(self.tr("Highlight:"), categories)
        form.addRow(self.tr("Don't flag:"), self._exceptions_editor(current))
        form.addRow(self.tr("&Language:"), self.language_combo)
        language_hint = QLabel(self.tr("The language changes the next time Factcheck starts."))
        language_hint.setWordWrap(True)
        language_hint.setEnabled(False)
        form.addRow("", language_hint)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._validate)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._validate()

    def _exceptions_editor(self, current: Settings) -> QWidget:
        """The "don't flag this again" exceptions, each removable (kept on OK)."""
        self.exceptions = QListWidget()
        self.exceptions.setAccessibleName(self.tr("Exceptions"))
        self.exceptions.setToolTip(
            self.tr("Added with “Don't flag this again” when you dismiss a finding")
        )
        for exception in current.lexicon_exceptions:
            label = palette.label(Category(exception.category))
            text = (
                self.tr("{category}: “{cue}” in “{phrase}”").format(
                    category=label, cue=exception.cue, phrase=exception.phrase
                )
                if exception.phrase
                else self.tr("{category}: “{cue}”").format(category=label, cue=exception.cue)
            )
            item = QListWidgetItem(text)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.UserRole, exception)
            self.exceptions.addItem(item)
        if not current.lexicon_exceptions:
            self.exceptions.addItem(self.tr("None yet"))
            self.exceptions.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self.exceptions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.exceptions.setTextElideMode(Qt.TextElideMode.ElideRight)
        line = self.exceptions.fontMetrics().lineSpacing()
        self.exceptions.setMaximumHeight(line * 4 + 8)
        self.remove_exception_button = QPushButton(self.tr("&Remove"))
        self.remove_exception_button.setEnabled(False)
        self.exceptions.currentItemChanged.connect(
            lambda item, _old: self.remove_exception_button.setEnabled(
                item is not None and item.data(Qt.ItemDataRole.UserRole) is not None
            )
        )
        self.remove_exception_button.clicked.connect(self._remove_exception)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.exceptions, 1)
        row.addWidget(self.remove_exception_button, 0, Qt.AlignmentFlag.AlignTop)
        return box

    def _remove_exception(self) -> None:
        item = self.exceptions.currentItem()
        if item is not None and item.data(Qt.ItemDataRole.UserRole) is not None:
            self.exceptions.takeItem(self.exceptions.row(item))

    def kept_exceptions(self) -> tuple[LexiconException, ...]:
        items = (self.exceptions.item(i) for i in range(self.exceptions.count()))
        found = (item.data(Qt.ItemDataRole.UserRole) for item in items)
        return tuple(e for e in found if isinstance(e, LexiconException))

    def _validate(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name_edit.text().strip()))

    def chosen(self) -> Settings:
        return self.ctx.settings.replace(
            user_name=self.name_edit.text().strip(),
            organisation=self.organisation_edit.text().strip(),
            organisation_url=self.organisation_url_edit.text().strip(),
            publish_base_url=self.publish_edit.text().strip(),
            model=self.model_combo.currentData() or "",
            highlight=tuple(c for c, box in self.category_boxes.items() if box.isChecked()),
            ui_language=self.language_combo.currentData() or "",
            identity_confirmed=True,
            lexicon_exceptions=self.kept_exceptions(),
        )

    def accept(self) -> None:
        new = self.chosen()
        if not new.user_name:
            return
        try:
            save_settings(new)
        except OSError as exc:
            from factcheck_app.gui.messages import show_error

            show_error(self, self.tr("Settings not saved"), exc)
            return
        self.ctx.library.settings = new
        self.ctx.bus.publish(Changes(library=True))
        super().accept()


def open_settings_dialog(parent: QWidget, ctx: GuiContext) -> bool:
    return SettingsDialog(ctx, parent).exec() == QDialog.DialogCode.Accepted
