"""Everything the command line prints: clean text, versioned JSON, notes, progress.

Library data (titles, notes, quotes) comes from articles and colleagues' share files, so
it may carry terminal escape sequences: an OSC 52 sequence can write to the clipboard,
ANSI sequences can hide or fake output. ``clean`` strips them (and other control and
bidirectional-override characters) from every line the CLI prints; JSON output escapes
them instead, so the data stays intact for programs.

``--json`` output is one object with ``"schema": "factcheck-cli/2"`` and the command's
name; the fields per command are documented in docs/cli-json.md. The number changes only
when a field changes meaning or disappears; new fields may appear at any time.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import re
import sys
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Any

import click

from factcheck_app.models import Progress

JSON_SCHEMA = "factcheck-cli/2"
LOGGER_NAME = "factcheck_app"
NOTES = logging.getLogger("factcheck_app.cli")

# ESC sequences: CSI (ESC [ ... final), OSC/DCS/APC/PM/SOS strings (ESC ] ... BEL or ST),
# and two-character escapes; then single C0/C1 controls (tab and newline survive), DEL,
# and the bidi embedding/override/isolate characters that reorder what a terminal shows.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"
    r"|\x1b[\]PX^_][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x9b[0-?]*[ -/]*[@-~]?"
    r"|[\x9d\x90\x98\x9e\x9f][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -~]?"
)
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# Inside JSON strings: the same characters, written as \\u escapes (json leaves C1 raw).
_JSON_RAW = re.compile(r"[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def clean(text: str) -> str:
    """``text`` without escape sequences or control characters (keeps tab and newline)."""
    return _CONTROLS.sub("", _ESCAPES.sub("", text))


def echo(text: str = "", err: bool = False) -> None:
    """Print a line of human-readable output, cleaned of escape sequences."""
    click.echo(clean(text), err=err)


def note(message: str) -> None:
    """A remark on stderr ("imported as ..."): shown unless ``-q``."""
    NOTES.info(message)


def warn(message: str) -> None:
    """A warning on stderr: shown unless ``-q``."""
    NOTES.warning(message)


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [_plain(v) for v in value]
        return sorted(items) if isinstance(value, (set, frozenset)) else items
    return value


def json_document(command: str, **payload: Any) -> dict[str, Any]:
    return {"schema": JSON_SCHEMA, "command": command, **_plain(payload)}


def emit_json(command: str, **payload: Any) -> None:
    """Print the versioned JSON document of ``command`` on stdout."""
    text = json.dumps(json_document(command, **payload), ensure_ascii=False, indent=2)
    click.echo(_JSON_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", text))


json_option = click.option(
    "--json",
    "as_json",
    is_flag=True,
    help=f"Print the result as JSON ({JSON_SCHEMA}, see docs/cli-json.md).",
)


def lang_option(what: str) -> Callable[[Any], Any]:
    """``--lang``: the language ``what`` is written in (default: the UI language)."""
    from factcheck_app.i18n import available_languages

    return click.option(
        "--lang",
        type=click.Choice(available_languages()),
        default=None,
        help=f"Language of {what} (default: the UI language).",
    )


class _CliHandler(logging.Handler):
    """Writes through click at emit time, so it follows whatever stderr is then."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = clean(record.getMessage())
            if record.name == NOTES.name:
                prefix = "Warning: " if record.levelno >= logging.WARNING else ""
            else:
                prefix = f"{record.levelname.lower()}: {record.name}: "
            click.echo(prefix + message, err=True)
        except Exception:  # logging must never break the command
            self.handleError(record)


def configure_logging(verbose: int, quiet: bool) -> None:
    """``-q``: errors only; default: notes and warnings; ``-v``: the app's info; ``-vv``: debug."""
    root = logging.getLogger(LOGGER_NAME)
    for handler in [h for h in root.handlers if isinstance(h, _CliHandler)]:
        root.removeHandler(handler)
    root.addHandler(_CliHandler())
    if quiet:
        root.setLevel(logging.ERROR)
        NOTES.setLevel(logging.ERROR)
    else:
        root.setLevel(
            logging.DEBUG if verbose >= 2 else logging.INFO if verbose else logging.WARNING
        )
        NOTES.setLevel(logging.DEBUG if verbose >= 2 else logging.INFO)


class TerminalProgress:
    """A one-line ``label done/total`` counter on stderr, only when stderr is a terminal
    (and not with ``-q``): logs and pipes get no carriage-return noise."""

    def __init__(self, label: str) -> None:
        self.label = clean(label)
        self.active = sys.stderr.isatty() and NOTES.isEnabledFor(logging.INFO)
        self._shown = False

    def __call__(self, done: int, total: int) -> None:
        if self.active:
            click.echo(f"\r{self.label} {done}/{total}", err=True, nl=False)
            self._shown = True

    def done(self) -> None:
        if self._shown:
            click.echo("", err=True)
            self._shown = False


def progress_for(label: str) -> Progress | None:
    """A progress callback for ``label``, or None when nobody would see it."""
    bar = TerminalProgress(label)
    return bar if bar.active else None
