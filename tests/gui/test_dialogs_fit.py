"""Every dialog the menus open fits a 1024×640 screen with nothing clipped, in both languages.

Dialogs are reached the way a user reaches them: each menu action whose text ends in "…"
(the convention for "opens a dialog") is triggered, the dialog that appears is measured and
closed. German labels run about a third longer than English ones, so both are checked. A
label is clipped when it is narrower than it needs to be (its size hint, or the minimum for
a word-wrapping label) or sticks out of its dialog.
"""

from __future__ import annotations

import time

import pytest
from gui_support import add_article, analyse, paragraphs
from PySide6.QtCore import QRect, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QWidget,
)

from factcheck_app.gui import i18n

SCREEN = (1024, 640)


def _inside_scroll_area(widget: QWidget, dialog: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not dialog:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def clipped_widgets(dialog: QWidget) -> list[str]:
    """Visible labels and buttons narrower than their text needs or outside the dialog."""
    problems = []
    frame = QRect(0, 0, dialog.width(), dialog.height())
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog) or not isinstance(widget, QLabel | QAbstractButton):
            continue
        text = widget.text().replace("&", "") if hasattr(widget, "text") else ""
        if not text.strip():
            continue
        wraps = isinstance(widget, QLabel) and widget.wordWrap()
        needed = widget.minimumSizeHint() if wraps else widget.sizeHint()
        if widget.width() + 1 < needed.width():
            problems.append(f"{text[:50]!r}: {widget.width()} px < {needed.width()} px")
        where = QRect(widget.mapTo(dialog, widget.rect().topLeft()), widget.size())
        if not _inside_scroll_area(widget, dialog) and not frame.contains(where):
            problems.append(f"{text[:50]!r} sticks out of the dialog ({where} in {frame})")
    return problems


def _dialog_actions(window) -> list:
    """Menu actions that open a dialog: "…" ones, and everything in Help (guide, keys, about)."""
    actions = []
    menus = [a.menu() for a in window.menuBar().actions() if a.menu()]
    for menu in menus:
        for action in menu.actions():
            submenu = action.menu()
            for item in [*submenu.actions()] if submenu else [action]:
                opens_dialog = item.text().endswith("…") or menu is menus[-1]
                if opens_dialog and item.isEnabled() and item.isVisible() and item.text():
                    actions.append(item)
    return actions


def _measure_open_dialogs(found: dict[str, list[str]]) -> None:
    for widget in QApplication.topLevelWidgets():
        if not isinstance(widget, QDialog) or not widget.isVisible():
            continue
        if isinstance(widget, QFileDialog | QMessageBox):
            widget.reject()
            widget.hide()
            continue
        hint = widget.sizeHint().expandedTo(widget.minimumSizeHint())
        widget.resize(min(hint.width(), SCREEN[0]), min(hint.height(), SCREEN[1]))
        QApplication.processEvents()
        problems = clipped_widgets(widget)
        minimum = widget.minimumSizeHint()
        if minimum.width() > SCREEN[0] or minimum.height() > SCREEN[1]:
            problems.append(f"needs at least {minimum.width()}×{minimum.height()} px")
        found[widget.windowTitle() or type(widget).__name__] = problems
        widget.reject()
        widget.hide()


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_dialog_fits_the_small_screen(qtbot, qapp, make_window, ctx, language, monkeypatch):
    check = type(ctx.library).check_integrity

    def slow_check(library):  # as on a busy machine: the check ends after the last dialog
        time.sleep(1.5)
        return check(library)

    monkeypatch.setattr(type(ctx.library), "check_integrity", slow_check)
    i18n.compile_translations()
    i18n.install_translators(qapp, language)
    try:
        article_id = add_article(
            ctx.library, paragraphs("Officials said the plant would close.", title="Werk")
        )
        analyse(ctx.library, article_id)
        window = make_window()
        window.resize(*SCREEN)
        window.show_article(article_id)
        window.select_first_assertion()
        found: dict[str, list[str]] = {}
        actions = _dialog_actions(window)
        assert len(actions) >= 6, [a.text() for a in actions]
        # one timer closes every dialog, also the ones that open later: "Check library"
        # reports "intact" in a modal box when its background job ends, which on a busy
        # machine is after the last action (a box with no timer left to close it hung)
        timer = QTimer()
        timer.setInterval(50)
        timer.timeout.connect(lambda: _measure_open_dialogs(found))
        timer.start()
        try:
            for action in actions:
                action.trigger()
                QApplication.processEvents()
                _measure_open_dialogs(found)  # a dialog that is not modal
            qtbot.waitUntil(lambda: not window.ctx.tasks.running, timeout=120_000)
            QApplication.processEvents()
        finally:
            timer.stop()
        assert len(found) >= 8, sorted(found)
        clipped = {title: p for title, p in found.items() if p}
        assert not clipped, "\n".join(f"{t}: {p}" for t, p in clipped.items())
    finally:
        i18n.install_translators(qapp, "en")


def test_the_check_sees_a_clipped_label(qtbot):
    from PySide6.QtWidgets import QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    label = QLabel("Bewertungsskala bearbeiten und speichern")
    label.setFixedWidth(40)
    QVBoxLayout(dialog).addWidget(label)
    dialog.show()
    assert clipped_widgets(dialog)
    label.setFixedWidth(label.sizeHint().width())
    dialog.adjustSize()
    assert clipped_widgets(dialog) == []
