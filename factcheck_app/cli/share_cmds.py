"""Sharing commands: share, merge, merges, conflicts, flip."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from factcheck_app.cli.app import STDIO, input_path, main, output_path, pass_library, user_errors
from factcheck_app.cli.output import echo, emit_json, json_option
from factcheck_app.services import Library, sharing
from factcheck_app.services.articles import resolve_id


def _default_output(lib: Library) -> Path:
    stem = lib.path.name.split(".")[0] if lib.path else "library"
    return Path(f"{stem}-share-{date.today():%Y%m%d}{sharing.SHARE_EXTENSION}")


@main.command("share")
@click.argument("article_ids", nargs=-1)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help=f"Share file to write (default: <library>-share-<date>{sharing.SHARE_EXTENSION}).",
)
@click.option("--tag", help="Share the articles carrying this tag.")
@click.option("--no-snapshots", is_flag=True, help="Leave out the local copies of sources.")
@click.option(
    "--private/--no-private",
    default=False,
    help="Include notes marked private (default: left out, as in the app).",
)
@click.option("--force", is_flag=True, help="Replace OUTPUT if it exists.")
@json_option
@pass_library
def share_cmd(
    lib: Library,
    article_ids: tuple[str, ...],
    output: Path | None,
    tag: str | None,
    no_snapshots: bool,
    private: bool,
    force: bool,
    as_json: bool,
) -> None:
    """Write the library, or the chosen ARTICLE_IDS / --tag articles, to a share file.

    The share file is itself a library: a colleague opens it, works in it, and you bring
    their work back with `factcheck merge FILE`.
    """
    out = output or _default_output(lib)
    to_stdout = str(out) == STDIO
    if as_json and to_stdout:
        raise click.UsageError("--json and -o - both use stdout")
    if not out.suffix and not to_stdout:
        out = out.with_suffix(sharing.SHARE_EXTENSION)
    if out.exists() and not force and not to_stdout:
        echo(f"Error: {out} exists; use --force to replace it", err=True)
        raise SystemExit(2)
    if lib.path and not to_stdout and out.resolve() == lib.path.resolve():
        echo("Error: the share file cannot be the library itself", err=True)
        raise SystemExit(2)
    with user_errors(OSError):
        ids = [resolve_id(lib, a) for a in article_ids] if article_ids else None
        with output_path(out, sharing.SHARE_EXTENSION) as target:
            counts = sharing.share_library(
                lib, target, ids, tag=tag, snapshots=not no_snapshots, private=private
            )
    if as_json:
        emit_json("share", file=str(out), rows=counts)
        return
    parts = [f"{n} {sharing.table_label(t)}" for t, n in counts.items() if n]
    echo(f"Wrote {out}: " + (", ".join(parts) or "no rows"), err=to_stdout)


@main.command("merge")
@click.argument("other", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--dry-run", is_flag=True, help="Only report what would change.")
@click.option(
    "--accept",
    "accept",
    multiple=True,
    type=click.Choice(sorted(sharing.RISK_KINDS)),
    help="Also apply deletions of rows you have (delete), rewrites of your own rows by"
    " others (rewrite) or article text changed under assertions (text); without it your"
    " version stays and theirs is kept as a conflict. Repeatable.",
)
@json_option
@pass_library
def merge_cmd(
    lib: Library, other: Path, dry_run: bool, accept: tuple[str, ...], as_json: bool
) -> None:
    """Merge a share file (or another library) into this library; prints the report.

    Nothing is lost: a row changed on both sides keeps both versions (the newer one is
    used; `factcheck flip ID` uses the other). The library is backed up next to itself.
    """
    if lib.path and str(other) != STDIO and other.resolve() == lib.path.resolve():
        echo("Error: a library cannot be merged into itself", err=True)
        raise SystemExit(2)
    with user_errors(OSError), input_path(other, sharing.SHARE_EXTENSION) as path:
        if dry_run:
            report = sharing.preview_merge(lib, path, accept=frozenset(accept))
        else:
            report = sharing.merge(lib, path, accept=frozenset(accept))
    if as_json:
        emit_json("merge", file=str(other), report=report)
        return
    echo(sharing.format_report(report))


@main.command("merges")
@json_option
@pass_library
def merges_cmd(lib: Library, as_json: bool) -> None:
    """List past merges: when, by whom, from which library and file, what changed."""
    records = sharing.list_merges(lib)
    if as_json:
        emit_json("merges", merges=records)
        return
    if not records:
        echo("No merges yet.")
    for r in records:
        added, changed, deleted = (sum(d.values()) for d in (r.added, r.changed, r.deleted))
        echo(
            f"{r.id[:8]}  {r.at[:19].replace('T', ' ')}  {r.author or '-'}  "
            f"+{added} ~{changed} -{deleted}  {r.conflicts} conflict(s)  "
            f"from {r.source_library_id[:8]} {r.source_file}"
            + ("  (undone)" if r.undone_at else "")
        )


@main.command("undo-merge")
@click.argument("merge_id")
@pass_library
def undo_merge_cmd(lib: Library, merge_id: str) -> None:
    """Undo a whole merge (see `factcheck merges`); later work on those rows is kept."""
    matches = [m.id for m in sharing.list_merges(lib) if m.id.startswith(merge_id)]
    if len(matches) != 1:
        click.echo(f"Error: no single merge matches {merge_id!r}", err=True)
        raise SystemExit(2)
    result = sharing.undo_merge(lib, matches[0])
    click.echo(
        f"Merge {matches[0][:8]} undone: {result.restored} row(s) put back"
        + (f", {result.kept_later} changed since and kept" if result.kept_later else "")
    )


@main.command("conflicts")
@click.argument("merge_id", required=False)
@json_option
@pass_library
def conflicts_cmd(lib: Library, merge_id: str | None, as_json: bool) -> None:
    """List the conflicts of all merges (or of one MERGE_ID) with both versions."""
    if merge_id:
        matches = [m.id for m in sharing.list_merges(lib) if m.id.startswith(merge_id)]
        if len(matches) != 1:
            echo(f"Error: no single merge matches {merge_id!r}", err=True)
            raise SystemExit(2)
        merge_id = matches[0]
    found = sharing.list_conflicts(lib, merge_id)
    if as_json:
        emit_json("conflicts", merge_id=merge_id, conflicts=found)
        return
    if not found:
        echo("No conflicts.")
    for c in found:
        echo(
            f"{c.id[:8]}  {sharing.table_label(c.table)} {c.row_id[:8]} "
            f"“{sharing.conflict_title(c)}”  using {c.chosen}"
        )
        for line in sharing.side_by_side(c):
            echo(line)


@main.command("flip")
@click.argument("conflict_id")
@json_option
@pass_library
def flip_cmd(lib: Library, conflict_id: str, as_json: bool) -> None:
    """Use the other version of a conflict (recorded as a new change)."""
    matches = [c for c in sharing.list_conflicts(lib) if c.id.startswith(conflict_id)]
    if len(matches) != 1:
        echo(f"Error: no single conflict matches {conflict_id!r}", err=True)
        raise SystemExit(2)
    sharing.flip_conflict(lib, matches[0].id)
    flipped = next(c for c in sharing.list_conflicts(lib) if c.id == matches[0].id)
    if as_json:
        emit_json("flip", conflict=flipped)
        return
    echo(f"Conflict {flipped.id[:8]} now uses {flipped.chosen} version.")
