"""The log: a rotating file in the user log folder (a temp folder in tests); the error box
of a bug offers to open it; user errors are explained without one."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox

from factcheck_app import logs
from factcheck_app.errors import InputError
from factcheck_app.gui import messages


def test_the_log_goes_where_the_environment_says(tmp_path, monkeypatch):
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(tmp_path / "logs"))
    path = logs.setup_logging()
    assert path == tmp_path / "logs" / "factcheck.log"
    logging.getLogger("factcheck_app.test").warning("written for the bug report")
    for handler in logging.getLogger("factcheck_app").handlers:
        handler.flush()
    assert "written for the bug report" in path.read_text(encoding="utf-8")


def _fault() -> None:
    raise TypeError("a bug")


def test_a_bug_box_offers_to_open_the_log(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(tmp_path / "logs"))
    logs.setup_logging()
    opened: list[bool] = []
    seen: list[str] = []

    def click_open_log(box: QMessageBox) -> int:
        seen.append(box.text())
        (button,) = [b for b in box.buttons() if b.text() == "Open log"]
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_open_log)
    monkeypatch.setattr(messages, "open_log_file", lambda: opened.append(True) or True)
    try:
        _fault()
    except TypeError as exc:  # raised, so it has a traceback to log
        bug = exc
    messages.show_error(None, "Analysis failed", bug)
    assert opened == [True]
    assert "Details were written to the log" in seen[0]
    for handler in logging.getLogger("factcheck_app").handlers:
        handler.flush()
    assert "Traceback" in logs.log_file().read_text(encoding="utf-8")


def test_a_user_error_is_one_sentence_without_the_log(qtbot, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text)
    )
    messages.show_error(None, "Not saved", InputError("{name} is not a file", name="a.pdf"))
    assert shown == ["a.pdf is not a file"]


def test_only_our_own_errors_are_read_as_messages(qtbot):
    """A built-in ValueError/LookupError is a bug (summary + log), never shown as text; an
    OSError is the file's name and the system's reason, without the "[Errno]" noise."""
    assert messages.is_bug(ValueError("internal detail"))
    assert messages.is_bug(KeyError("row"))
    assert "internal detail" not in messages.describe(ValueError("internal detail"))
    assert "Details were written to the log" in messages.describe(LookupError("x"))
    denied = PermissionError(13, "Permission denied", "/somewhere/report.pdf")
    assert not messages.is_bug(denied)
    assert messages.describe(denied) == "report.pdf: Permission denied"
    assert messages.describe(InputError("a tag needs a name")) == "a tag needs a name"
