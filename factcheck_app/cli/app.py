"""The ``factcheck`` command group and what every command shares.

Command modules register themselves on ``main``; ``factcheck_app.cli`` imports them all.
Conventions every command follows (README, "Command line"):

- A refused input (a bad file, an unknown id, a foreign or corrupt library) is one line
  ``Error: ...`` on stderr and exit code 2. ``FactcheckGroup`` turns every
  ``factcheck_app.errors.FactcheckError`` into that,
  so commands only raise; anything else is a bug and keeps its traceback.
- ``-`` as a file argument means stdin, as an output file stdout.
- ``--json`` prints a versioned document (``cli/output.py``); ``-q``/``-v`` set how much
  goes to stderr; progress appears on stderr only when it is a terminal.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import update_wrapper
from pathlib import Path
from typing import Any

import click

from factcheck_app import __version__
from factcheck_app.cli.output import configure_logging, echo
from factcheck_app.errors import FactcheckError

EXIT_BAD_INPUT = 2
STDIO = "-"


def _is_user_error(exc: BaseException) -> bool:
    """A message meant for the user: every such error is a ``FactcheckError``."""
    return isinstance(exc, FactcheckError)


class FactcheckGroup(click.Group):
    """A click group that reports user errors as one line and exit code 2."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.Abort, click.ClickException):
            raise
        except Exception as exc:
            if _is_user_error(exc):
                message = str(exc) or type(exc).__name__
                if isinstance(exc, LookupError) and message.startswith("'"):
                    message = message.strip("'")  # KeyError-style quoting
                echo(f"Error: {message}", err=True)
                ctx.exit(EXIT_BAD_INPUT)
            raise


class CliContext:
    """Opens the library only for commands that need one."""

    def __init__(self, db_path: Path | None):
        self.db_path = db_path
        self._library: Any = None

    @property
    def library(self) -> Any:  # -> services.Library (imported lazily: it is slow)
        if self._library is None:
            from factcheck_app.paths import default_library_path
            from factcheck_app.services import Library

            # A foreign or corrupt file raises StorageError (a FactcheckError): exit 2.
            self._library = Library(self.db_path or default_library_path())
        return self._library

    def close(self) -> None:
        if self._library is not None:
            self._library.close()


@click.group(cls=FactcheckGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar="FACTCHECK_DB",
    help="Library file (default: $FACTCHECK_DB, else the user data folder).",
)
@click.option("-v", "--verbose", count=True, help="More detail on stderr (-vv: debug).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors on stderr; no progress.")
@click.version_option(__version__, "-V", "--version", prog_name="factcheck")
@click.pass_context
def main(ctx: click.Context, db_path: Path | None, verbose: int, quiet: bool) -> None:
    """Factcheck: find and check the unsourced assertions in news articles, offline.

    Exit codes: 0 done, 2 refused input (bad file, unknown id, foreign or corrupt
    library), 1 anything else. FILE arguments accept - for stdin, -o - writes to stdout.
    """
    configure_logging(verbose, quiet)
    from factcheck_app.logs import setup_logging

    setup_logging(level=None)  # the file too, at the level chosen for stderr
    state = CliContext(db_path)
    ctx.obj = state
    ctx.call_on_close(state.close)


def pass_library(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Give a command the opened ``Library`` as its first argument."""

    @click.pass_context
    def wrapper(ctx: click.Context, *args: Any, **kwargs: Any) -> Any:
        return ctx.invoke(fn, ctx.ensure_object(CliContext).library, *args, **kwargs)

    return update_wrapper(wrapper, fn)


@contextmanager
def user_errors(*kinds: type[BaseException]) -> Iterator[None]:
    """Turn expected failures into one clear line and exit code 2, never a traceback.

    ``FactcheckError`` needs no listing here (the group handles it); this is for other
    exception types a command knows to be the user's input (``OSError`` on a path ...).
    """
    try:
        yield
    except kinds as exc:
        echo(f"Error: {exc}", err=True)
        sys.exit(EXIT_BAD_INPUT)


@contextmanager
def input_path(value: Path, suffix: str = "") -> Iterator[Path]:
    """``-`` (stdin) as a temporary file, for services that read a path; else ``value``."""
    if str(value) != STDIO:
        yield value
        return
    with tempfile.TemporaryDirectory(prefix="factcheck-stdin-") as tmp:
        path = Path(tmp) / f"stdin{suffix}"
        path.write_bytes(sys.stdin.buffer.read())
        yield path


@contextmanager
def output_path(value: Path, suffix: str = "") -> Iterator[Path]:
    """``-`` (stdout): the command writes a temporary file, copied to stdout afterwards."""
    if str(value) != STDIO:
        yield value
        return
    with tempfile.TemporaryDirectory(prefix="factcheck-stdout-") as tmp:
        path = Path(tmp) / f"stdout{suffix}"
        yield path
        sys.stdout.flush()
        stdout = sys.stdout.buffer
        stdout.write(path.read_bytes())
        stdout.flush()
