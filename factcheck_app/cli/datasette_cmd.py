"""``factcheck datasette``: browse a library or share file in Datasette, set up for it."""

from __future__ import annotations

from pathlib import Path

import click

from factcheck_app.cli.app import CliContext, main
from factcheck_app.cli.output import echo, emit_json, json_option
from factcheck_app.errors import InputError
from factcheck_app.i18n import N_
from factcheck_app.services.datasette import VERSIONS, database_name, datasette_files

SQLITE_MAGIC = b"SQLite format 3\x00"


@main.command("datasette")
@click.argument("library", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--datasette",
    "version",
    type=click.Choice(VERSIONS),
    default="1.0",
    show_default=True,
    help="Datasette version the files are for.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder to write the files to (default: print them).",
)
@click.option("--live", is_flag=True, help="Serve without -i: for a library the app may have open.")
@json_option
@click.pass_context
def datasette_cmd(
    ctx: click.Context,
    library: Path | None,
    version: str,
    output: Path | None,
    live: bool,
    as_json: bool,
) -> None:
    """Metadata and saved queries for browsing LIBRARY (default: --db) in Datasette.

    Prints (or writes to --output) the files keyed to LIBRARY's database name, and the
    exact command to start Datasette with them. Install Datasette in its own venv.
    """
    if library is None:
        from factcheck_app.paths import default_library_path

        library = ctx.ensure_object(CliContext).db_path or default_library_path()
    try:
        header = library.read_bytes()[:16] if library.is_file() else b""
    except OSError as exc:
        raise InputError(N_("{name}: {why}"), name=library, why=exc.strerror or exc) from exc
    if header != SQLITE_MAGIC:
        raise InputError(N_("{name} is not a Factcheck library or share file"), name=library)
    made = datasette_files(library, version, folder=output, immutable=not live)
    if output is not None:
        output.mkdir(parents=True, exist_ok=True)
        for name, text in made.files.items():
            (output / name).write_text(text, encoding="utf-8")
    if as_json:
        emit_json(
            "datasette",
            database=database_name(library),
            datasette=version,
            files=made.files if output is None else {n: str(output / n) for n in made.files},
            serve=made.command,
        )
        return
    if output is None:
        for name, text in made.files.items():
            echo(f"# ---- {name} (save as this file) ----")
            echo(text)
    else:
        for name in made.files:
            echo(f"Wrote {output / name}")
    echo(f"# Datasette {version}: run, then open http://127.0.0.1:8001/{database_name(library)}")
    echo(made.command_line())
