"""``factcheck claims ...``: claim memory from the command line.

``match`` lists earlier cards and published fact-checks making the same claim as a card
(or as each card of an article), ``import`` stores published fact-checks, ``list`` shows
claims made more than once (``--contradictions``: only those with clashing verdicts), and
``eval`` scores the matcher on labelled claim pairs.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import click

from factcheck_app.claim_models import ClaimMatch
from factcheck_app.cli.app import main, pass_library, user_errors
from factcheck_app.errors import InputError
from factcheck_app.memory import DEFAULT_THRESHOLD
from factcheck_app.services import Library

_threshold = click.option(
    "--threshold",
    type=click.FloatRange(0.0, 1.0),
    default=DEFAULT_THRESHOLD,
    show_default=True,
    help="Lowest score that counts as the same claim.",
)
_json = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")


@main.group("claims")
def claims_group() -> None:
    """Claim memory: has this claim been checked before?"""


def _line(match: ClaimMatch) -> str:
    verdict = match.verdict or "no verdict"
    who = f", {match.checker}" if match.checker else ""
    where = match.title + (f" ({match.date})" if match.date else "")
    return (
        f"  {match.score:.2f}  [{match.kind} {match.id[:8]}] {where}: {verdict}{who}\n"
        f"        “{' '.join(match.text.split())[:160]}”\n"
        f"        {match.reason}"
    )


@claims_group.command("match")
@click.argument("card_id")
@_threshold
@_json
@pass_library
def match_cmd(lib: Library, card_id: str, threshold: float, as_json: bool) -> None:
    """Earlier cards and published fact-checks making the claim of CARD_ID.

    CARD_ID is an assertion id (or prefix); an article id matches each of its cards.
    """
    from factcheck_app.services import annotations, claim_memory

    with user_errors(InputError):
        ids = claim_memory.resolve_card(lib, card_id)
        results = [(i, claim_memory.match_assertion(lib, i, threshold=threshold)) for i in ids]
    if as_json:
        payload = [
            {"assertion_id": i, "matches": [asdict(m) for m in found]} for i, found in results
        ]
        click.echo(
            json.dumps(payload if len(ids) > 1 else payload[0], ensure_ascii=False, indent=2)
        )
        return
    for assertion_id, found in results:
        if len(ids) > 1 and not found:
            continue
        card = annotations.get_assertion(lib, assertion_id)
        click.echo(f"{assertion_id[:8]} “{' '.join(card.quote.split())[:160]}”")
        if not found:
            click.echo("  not seen before")
        for match in found:
            click.echo(_line(match))
    if len(ids) > 1 and not any(found for _, found in results):
        click.echo(f"None of the {len(ids)} cards has been seen before.")


@claims_group.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@_json
@pass_library
def import_cmd(lib: Library, files: tuple[Path, ...], as_json: bool) -> None:
    """Store published fact-checks from FILES (ClaimReview JSON-LD or a fact-check feed)."""
    from factcheck_app.services import claim_memory

    results = []
    with user_errors(InputError):
        for path in files:
            results.append((path, claim_memory.import_reviews(lib, path)))
    for path, r in results:
        if as_json:
            click.echo(
                json.dumps(
                    {
                        "file": str(path),
                        "added": r.added,
                        "updated": r.updated,
                        "unchanged": r.unchanged,
                        "skipped": r.skipped,
                    }
                )
            )
        else:
            click.echo(
                f"{path}: {r.added} added, {r.updated} updated, {r.unchanged} unchanged"
                + (f", {r.skipped} skipped (no claim text)" if r.skipped else "")
            )


@claims_group.command("list")
@click.option("--contradictions", is_flag=True, help="Only claims with clashing verdicts.")
@_threshold
@_json
@pass_library
def list_cmd(lib: Library, contradictions: bool, threshold: float, as_json: bool) -> None:
    """Claims made more than once across the library, with their verdicts over time."""
    from factcheck_app.services import claim_memory

    groups = claim_memory.claim_groups(lib, threshold=threshold, contradictions_only=contradictions)
    if as_json:
        click.echo(
            json.dumps(
                [
                    {"contradictory": g.contradictory, "members": [asdict(m) for m in g.members]}
                    for g in groups
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    if not groups:
        click.echo(
            "No contradictory verdicts found." if contradictions else "No claim is made twice."
        )
        return
    for number, group in enumerate(groups, 1):
        flag = "  CONTRADICTORY VERDICTS" if group.contradictory else ""
        click.echo(f"claim {number}: {len(group.members)} times{flag}")
        for m in group.members:
            verdict = m.verdict or "no verdict"
            click.echo(
                f"  {m.date or '----------':<10}  {verdict:<14} [{m.kind} {m.id[:8]}] {m.title}"
                f"\n              “{' '.join(m.text.split())[:140]}”"
            )


@claims_group.command("eval")
@click.argument("pairs", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@_threshold
@click.option("--errors", is_flag=True, help="List the false matches and the missed ones.")
def eval_cmd(pairs: Path, threshold: float, errors: bool) -> None:
    """Score the matcher on labelled claim PAIRS.

    PAIRS is JSON lines with "a", "b" and "label" (same, related or different).
    """
    from factcheck_app.memory.pairs import PairsFormatError, evaluate_pairs

    with user_errors(PairsFormatError):
        report = evaluate_pairs(pairs, threshold)
    click.echo(report.format(errors=errors))
