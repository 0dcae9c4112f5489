"""Export commands: ``factcheck export`` and ``factcheck import-annotations``."""

from __future__ import annotations

from pathlib import Path

import click

from factcheck_app.cli.app import STDIO, input_path, main, output_path, pass_library, user_errors
from factcheck_app.cli.output import echo, emit_json, json_option, warn
from factcheck_app.export.model import EXTENSIONS, ExportFormat, PageSize, ReportOptions
from factcheck_app.i18n import available_languages
from factcheck_app.services import Library
from factcheck_app.services import exports as export_service
from factcheck_app.settings import ui_language


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
@click.option(
    "--private/--no-private",
    default=False,
    help="Include notes marked private (default: left out, as in the app).",
)
@click.option(
    "--page-size",
    type=click.Choice([p.value for p in PageSize]),
    default=PageSize.A4.value,
    show_default=True,
    help="Paper size of the PDF.",
)
@click.option(
    "--base-url",
    default="",
    help="Where the report will be published (ClaimReview urls; default: from Settings).",
)
@click.option(
    "--lang",
    type=click.Choice(available_languages()),
    default=None,
    help="Language of the report's headings, labels and dates (default: the UI language).",
)
@click.option("--pdf-a", is_flag=True, help="Write an archival PDF/A-1b (no attached JSON).")
@click.option(
    "--split",
    is_flag=True,
    help="ClaimReview: write one file per review into the folder -o, each with its own url.",
)
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
    private: bool,
    page_size: str,
    base_url: str,
    lang: str | None,
    pdf_a: bool,
    split: bool,
    as_json: bool,
) -> None:
    """Export the articles ARTICLE_IDS (and/or those tagged --tag) as a report."""
    to_stdout = str(out) == STDIO
    if to_stdout and (as_json or split):
        raise click.UsageError("-o - (stdout) cannot be combined with --json or --split")
    with user_errors(OSError):
        options = ReportOptions(
            include_dismissed=include_dismissed,
            include_sourced=include_sourced,
            include_private=private,
            page_size=PageSize(page_size),
            base_url=base_url,
            lang=lang or ui_language(lib.settings),
            pdf_a=pdf_a,
            split=split,
        )
        ids = export_service.select_articles(lib, article_ids, tag)
        with output_path(out, EXTENSIONS[ExportFormat(fmt)]) as target:
            result = export_service.export_articles(lib, ids, fmt, target, options)
    if as_json:
        emit_json(
            "export",
            file=str(out) if to_stdout else str(result.path),
            format=result.format,
            articles=result.articles,
            assertions=result.assertions,
            verdicts=result.verdicts,
            warnings=list(result.warnings),
        )
    else:
        echo(
            f"Wrote {out if to_stdout else result.path} ({result.format}): "
            f"{result.articles} article(s), {result.assertions} assertion(s)",
            err=to_stdout,
        )
    for warning in result.warnings:
        warn(warning)
    if result.format is ExportFormat.CLAIMREVIEW and not result.verdicts:
        warn("no assertion has a verdict yet, so the ClaimReview file lists no claims.")


@main.command("import-annotations")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--article", "article_id", help="Place the annotations in this library article.")
@json_option
@pass_library
def import_annotations_cmd(lib: Library, file: Path, article_id: str | None, as_json: bool) -> None:
    """Import a W3C Web Annotation file (e.g. one written by `export --format w3c`; - for stdin)."""
    with input_path(file, ".jsonld") as path:
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
    for placed in result.fuzzy:
        echo(
            f"Placed an edited quote with {placed.confidence:.0%} confidence: "
            f"“{placed.quote[:50]}” → “{placed.placed[:50]}”",
            err=True,
        )
    for warning in result.warnings:
        warn(warning)
    for orphan in result.orphans:
        echo(f"Not placed: “{orphan.quote[:60]}”: {orphan.reason}", err=True)
    if result.orphans:
        echo(f"{len(result.orphans)} annotation(s) could not be placed.", err=True)
