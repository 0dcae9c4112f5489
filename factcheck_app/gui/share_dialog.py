"""File -> Share: write the library, or the selected articles, to a share file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from factcheck_app.gui.context import GuiContext
from factcheck_app.gui.i18n import translate
from factcheck_app.gui.messages import describe
from factcheck_app.services import sharing


def file_filter() -> str:
    return translate("share_dialog", "Factcheck share files (*{ext});;All files (*)").format(
        ext=sharing.SHARE_EXTENSION
    )


class ShareDialog(QDialog):
    def __init__(
        self, ctx: GuiContext, article_ids: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.article_ids = list(article_ids)
        self.written: Path | None = None
        self.setWindowTitle(translate("share_dialog", "Share library"))
        self.setMinimumWidth(520)

        intro = QLabel(
            translate(
                "share_dialog",
                "Write a share file a colleague can open in Factcheck. When they send it "
                "back, File → Merge library brings their work in without losing yours.",
            )
        )
        intro.setWordWrap(True)
        self.whole = QRadioButton(translate("share_dialog", "The whole library"))
        self.selected = QRadioButton(
            translate(
                "share_dialog", "The selected articles ({n}) with everything attached to them"
            ).format(n=len(self.article_ids))
        )
        group = QButtonGroup(self)
        group.addButton(self.whole)
        group.addButton(self.selected)
        self.selected.setEnabled(bool(self.article_ids))
        (self.selected if self.article_ids else self.whole).setChecked(True)

        self.snapshots = QCheckBox(translate("share_dialog", "Include local copies of sources"))
        self.snapshots.setChecked(True)
        self.private = QCheckBox(translate("share_dialog", "Include private notes"))
        self.private.setChecked(False)  # private by default, as in the CLI

        self.output = QLineEdit(str(self._default_output()))
        browse = QPushButton(translate("share_dialog", "Browse…"))
        browse.clicked.connect(self._browse)
        out_row = QHBoxLayout()
        out_row.addWidget(self.output, 1)
        out_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(translate("share_dialog", "Share:"), self.whole)
        form.addRow("", self.selected)
        form.addRow(translate("share_dialog", "Options:"), self.snapshots)
        form.addRow("", self.private)
        form.addRow(translate("share_dialog", "Save as:"), out_row)

        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.buttons = QDialogButtonBox()
        self.share_button = self.buttons.addButton(
            translate("share_dialog", "Share"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.share_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def _default_output(self) -> Path:
        lib_path = self.ctx.library.path
        folder = lib_path.parent if lib_path else Path.home()
        return folder / f"share-{date.today():%Y-%m-%d}{sharing.SHARE_EXTENSION}"

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, translate("share_dialog", "Save share file"), self.output.text(), file_filter()
        )
        if chosen:
            self.output.setText(chosen)

    def target(self) -> Path | None:
        text = self.output.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        return path if path.suffix else path.with_suffix(sharing.SHARE_EXTENSION)

    def start(self) -> None:
        out = self.target()
        if out is None:
            self._show_error(translate("share_dialog", "Choose where to save the share file."))
            return
        lib_path = self.ctx.library.path
        if lib_path and out.resolve() == lib_path.resolve():
            self._show_error(
                translate("share_dialog", "The share file cannot replace the library itself.")
            )
            return
        ids = self.article_ids if self.selected.isChecked() else None
        snapshots, private = self.snapshots.isChecked(), self.private.isChecked()
        lib = self.ctx.library

        def work(progress, cancelled):
            return sharing.share_library(
                lib, out, ids, snapshots=snapshots, private=private, progress=progress
            )

        self.share_button.setEnabled(False)
        self.progress.setVisible(True)
        self.status.setText(translate("share_dialog", "Writing {name}…").format(name=out.name))
        job = self.ctx.tasks.start(translate("share_dialog", "Sharing"), work)
        job.progress.connect(self._progress)
        job.finished.connect(lambda counts: self._done(out, counts))
        job.failed.connect(lambda exc: self._show_error(describe(exc)))

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _done(self, out: Path, counts: dict[str, int]) -> None:
        self.written = out
        self.progress.setVisible(False)
        parts = [f"{n} {sharing.table_label(t)}" for t, n in counts.items() if n]
        self.status.setText(
            translate("share_dialog", "Saved {path}: {what}.").format(
                path=out, what=", ".join(parts) or translate("share_dialog", "no rows")
            )
        )
        self.share_button.setEnabled(True)

    def _show_error(self, text: str) -> None:
        self.progress.setVisible(False)
        self.status.setText(f"<span style='color:#b00020'>{text}</span>")
        self.share_button.setEnabled(True)


def open_share_dialog(parent: QWidget | None, ctx: GuiContext, article_ids: list[str]) -> None:
    ShareDialog(ctx, article_ids, parent).exec()
