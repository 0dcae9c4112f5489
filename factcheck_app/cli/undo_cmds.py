"""Undo and redo the checker's edits from the command line: ``factcheck undo`` / ``redo``.

The app and the CLI share one journal in the library file, so ``factcheck undo`` takes
back the last edit, wherever it was made. Nothing to undo, or an edit whose rows were
changed again since (by analysis or a merge), is one line on stderr and exit code 2.
"""

from __future__ import annotations

import click

from factcheck_app.cli.app import main, pass_library, user_errors
from factcheck_app.errors import FactcheckError
from factcheck_app.services import Library, history


def _replay(lib: Library, count: int, backwards: bool) -> None:
    verb = "Undone" if backwards else "Redone"
    with user_errors(FactcheckError):
        for _ in range(count):
            changes = history.undo(lib) if backwards else history.redo(lib)
            step = history.get_step(lib, changes.step or 0)
            if step is None:  # a step is never deleted while it can be replayed
                continue
            click.echo(f"{verb}: {history.describe(step)} ({step.at[:19].replace('T', ' ')})")


@main.command("undo")
@click.option("-n", "count", type=click.IntRange(min=1), default=1, help="How many edits.")
@pass_library
def undo_cmd(lib: Library, count: int) -> None:
    """Take back the last edit to notes, references, verdicts, tags or assertions."""
    _replay(lib, count, backwards=True)


@main.command("redo")
@click.option("-n", "count", type=click.IntRange(min=1), default=1, help="How many edits.")
@pass_library
def redo_cmd(lib: Library, count: int) -> None:
    """Make the last undone edit again."""
    _replay(lib, count, backwards=False)
