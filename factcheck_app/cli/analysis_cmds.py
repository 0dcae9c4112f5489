"""``factcheck classify`` and ``factcheck eval``: the analyser from the command line.

Neither command needs the library; both stream so large inputs work, and bad input is one
clear line on stderr with exit code 2.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from factcheck_app.cli.app import EXIT_BAD_INPUT, main
from factcheck_app.cli.output import lang_option


def _analyzer(model: str | None, lexicons: tuple[Path, ...]):
    from factcheck_app.analysis import Analyzer, LexiconError

    try:
        analyzer = Analyzer(model=model, extra_lexicons=lexicons)
    except LexiconError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(EXIT_BAD_INPUT)
    if analyzer.notice:
        click.echo(analyzer.notice, err=True)
    return analyzer


_model_option = click.option(
    "--model", default=None, help="Installed trained spaCy package to use (e.g. en_core_web_sm)."
)
_lexicon_option = click.option(
    "--lexicon",
    "lexicons",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Extra cue file (JSON lines, see docs/lexicons.md); repeatable.",
)


@main.command("classify")
@click.argument("input_file", default="-", type=click.File("r", encoding="utf-8"))
@click.option(
    "-o",
    "--output",
    default="-",
    type=click.File("w", encoding="utf-8"),
    help="Output (default stdout).",
)
@_model_option
@_lexicon_option
@lang_option("the explanations")
def classify_cmd(
    input_file, output, model: str | None, lexicons: tuple[Path, ...], lang: str | None
) -> None:
    """Label JSON lines {"id", "text", "lang"?} from INPUT_FILE (default stdin)."""
    from factcheck_app.analysis import ClassifyInputError, classify_stream
    from factcheck_app.settings import load_settings, ui_language

    analyzer = _analyzer(model, lexicons)
    lang = lang or ui_language(load_settings())
    try:
        for result in classify_stream(input_file, analyzer, lang):
            output.write(json.dumps(result, ensure_ascii=False) + "\n")
            output.flush()
    except ClassifyInputError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(EXIT_BAD_INPUT)


@main.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--errors", is_flag=True, help="List false positives and false negatives.")
@_model_option
@_lexicon_option
def eval_cmd(gold: Path, errors: bool, model: str | None, lexicons: tuple[Path, ...]) -> None:
    """Score the analyser on GOLD (eval-dev 'text'/'label' or gold 'sentence'/'labels')."""
    from factcheck_app.analysis import evaluate
    from factcheck_app.analysis.evaluation import GoldFormatError

    analyzer = _analyzer(model, lexicons)
    try:
        report = evaluate(gold, analyzer)
    except GoldFormatError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(EXIT_BAD_INPUT)
    click.echo(report.format(errors=errors))
