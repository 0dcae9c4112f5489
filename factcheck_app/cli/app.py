"""The ``factcheck`` command group and what every command shares (the library, errors).

Command modules register themselves on ``main``; ``factcheck_app.cli`` imports them all.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import update_wrapper
from pathlib import Path
from typing import Any

import click

from factcheck_app import __version__

EXIT_BAD_INPUT = 2


class CliContext:
    """Opens the library only for commands that need one."""

    def __init__(self, db_path: Path | None):
        self.db_path = db_path
        self._library = None

    @property
    def library(self):  # -> services.Library
        if self._library is None:
            from factcheck_app.paths import default_library_path
            from factcheck_app.services import Library
            from factcheck_app.storage.db import StorageError

            path = self.db_path or default_library_path()
            try:
                self._library = Library(path)
            except StorageError as exc:
                raise click.ClickException(str(exc)) from exc
        return self._library

    def close(self) -> None:
        if self._library is not None:
            self._library.close()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar="FACTCHECK_DB",
    help="Library file (default: $FACTCHECK_DB, else the user data folder).",
)
@click.version_option(__version__, prog_name="factcheck")
@click.pass_context
def main(ctx: click.Context, db_path: Path | None) -> None:
    """Factcheck: find and check the unsourced assertions in news articles, offline."""
    from factcheck_app.logs import setup_logging

    setup_logging()
    state = CliContext(db_path)
    ctx.obj = state
    ctx.call_on_close(state.close)


def pass_library(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Give a command the opened ``Library`` as its first argument."""

    @click.pass_context
    def wrapper(ctx: click.Context, *args: Any, **kwargs: Any) -> Any:
        return ctx.invoke(fn, ctx.find_object(CliContext).library, *args, **kwargs)

    return update_wrapper(wrapper, fn)


@contextmanager
def user_errors(*kinds: type[BaseException]) -> Iterator[None]:
    """Turn expected failures into one clear line and exit code 2, never a traceback."""
    try:
        yield
    except kinds as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(EXIT_BAD_INPUT)
