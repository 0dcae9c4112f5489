"""Export commands: ``factcheck export`` and ``factcheck import-annotations``."""

from __future__ import annotations

from pathlib import Path

import click

from factcheck_app.cli.app import STDIO, input_path, main, output_path, pass_library, user_errors
from factcheck_app.cli.output import echo, emit_json, json_option, warn
from factcheck_app.export.model import EXTENSIONS, ExportFormat, PageSize, ReportOptions
from factcheck_app.export.w3c_import import AnnotationFileError
from factcheck_app.services import Library
from factcheck_app.services import exports as export_service
from factcheck_app.services.articles import NotFound


@main.command("export")
@click.argument("article_ids", nargs=-1)
@click.option("--tag", help="Also export every article with this tag.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice([f.value for f in ExportFormat]),
    required=True,
    help="pdf, html, md, json, claimreview (schema.org JSON-LD) or w3c (Web Annotation).",
)
@click.option(
    "-o",
    "--output",
    "out",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="File to write (- for stdout).",
)
@click.option("--include-dismissed", is_flag=True, help="Include dismissed assertions.")
@click.option("--include-sourced", is_flag=True, help="Include assertions with a named source.")
@click.option("--no-private", is_flag=True, help="Leave out notes marked private.")
@click.option(
    "--page-size",
    type=click.Choice([p.value for p in PageSize]),
    default=PageSize.A4.value,
    show_default=True,
    help="Paper size of the PDF.",
)
@click.option("--base-url", default="", help="Where the report will be published (ClaimReview).")
@json_option
@pass_library
def export_cmd(
    lib: Library,
    article_ids: tuple[str, ...],
    tag: str | None,
    fmt: str,
    out: Path,
    include_dismissed: bool,
    include_sourced: bool,
    no_private: bool,
    page_size: str,
    base_url: str,
    as_json: bool,
) -> None:
    """Export the articles ARTICLE_IDS (and/or those tagged --tag) as a report."""
    to_stdout = str(out) == STDIO
    if as_json and to_stdout:
        raise click.UsageError("--json and -o - both use stdout")
    options = ReportOptions(
        include_dismissed=include_dismissed,
        include_sourced=include_sourced,
        include_private=not no_private,
        page_size=PageSize(page_size),
        base_url=base_url,
    )
    with user_errors(NotFound, OSError):
        ids = export_service.select_articles(lib, article_ids, tag)
        with output_path(out, EXTENSIONS[ExportFormat(fmt)]) as target:
            result = export_service.export_articles(lib, ids, fmt, target, options)
    if as_json:
        emit_json(
            "export",
            file=str(out),
            format=result.format,
            articles=result.articles,
            assertions=result.assertions,
            verdicts=result.verdicts,
        )
    else:
        echo(
            f"Wrote {out} ({result.format}): {result.articles} article(s), "
            f"{result.assertions} assertion(s)",
            err=to_stdout,
        )
    if result.format is ExportFormat.CLAIMREVIEW and not result.verdicts:
        warn("no assertion has a verdict yet, so the ClaimReview file lists no claims.")


@main.command("import-annotations")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--article", "article_id", help="Place the annotations in this library article.")
@json_option
@pass_library
def import_annotations_cmd(lib: Library, file: Path, article_id: str | None, as_json: bool) -> None:
    """Import a W3C Web Annotation file (e.g. one written by `export --format w3c`; - for stdin)."""
    with user_errors(AnnotationFileError, NotFound), input_path(file, ".jsonld") as path:
        result = export_service.import_annotations(lib, path, article_id)
    if as_json:
        emit_json("import-annotations", file=str(file), result=result)
        return
    for article in result.created_articles:
        echo(f"Created article {article}")
    echo(
        f"Imported {result.imported} annotation(s)"
        + (f", {result.moved} re-anchored by quote" if result.moved else "")
        + (f", {result.already_present} already present" if result.already_present else "")
    )
    for warning in result.warnings:
        warn(warning)
    for orphan in result.orphans:
        echo(f"Not placed: “{orphan.quote[:60]}”: {orphan.reason}", err=True)
    if result.orphans:
        echo(f"{len(result.orphans)} annotation(s) could not be placed.", err=True)
