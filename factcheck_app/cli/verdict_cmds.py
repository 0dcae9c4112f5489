"""``factcheck verdict``: rate an assertion, and give the short claim it is published under.

The claim summary is what search engines show of a ClaimReview (``claimReviewed``); Google
recommends at most 75 characters, so a longer one is stored but warned about, as in the
app's verdict editor. Every change is one undoable step (``factcheck undo``).
"""

from __future__ import annotations

import click

from factcheck_app.cli.app import main, pass_library, user_errors
from factcheck_app.cli.output import echo, emit_json, json_option, warn
from factcheck_app.errors import InputError
from factcheck_app.i18n import N_
from factcheck_app.models import CLAIM_SUMMARY_LIMIT, Verdict
from factcheck_app.services import Library
from factcheck_app.services import annotations as edits
from factcheck_app.services.articles import NotFound
from factcheck_app.services.exports import resolve_assertion_id


@main.command("verdict")
@click.argument("assertion_id")
@click.argument("rating", required=False)
@click.option("--explanation", default=None, help="Why this rating (Markdown).")
@click.option(
    "--summary",
    default=None,
    help=f"The short claim the verdict is about (at most {CLAIM_SUMMARY_LIMIT} characters "
    "recommended; empty: the quote).",
)
@click.option("--clear", is_flag=True, help="Remove the verdict.")
@json_option
@pass_library
def verdict_cmd(
    lib: Library,
    assertion_id: str,
    rating: str | None,
    explanation: str | None,
    summary: str | None,
    clear: bool,
    as_json: bool,
) -> None:
    """Show, set or clear the verdict of ASSERTION_ID (prefix ok); RATING is a word of the
    verdict scheme ("false", "mostly true" ...). Without RATING, --explanation or --summary
    only changes those of the existing verdict."""
    with user_errors(NotFound, InputError):
        aid = resolve_assertion_id(lib, assertion_id)
        current = edits.verdict_for(lib, aid)
        if clear:
            edits.clear_verdict(lib, aid)
        elif rating or explanation is not None or summary is not None:
            if not rating and current is None:
                raise InputError(N_("assertion {id} has no verdict yet: give a RATING"), id=aid[:8])
            kept = current or Verdict("", aid, "")
            made = edits.set_verdict(
                lib,
                aid,
                rating or kept.rating,
                kept.explanation if explanation is None else explanation,
                summary,
            )
            current = edits.get_verdict(lib, str(made.created))
    verdict = None if clear else current
    if as_json:
        emit_json("verdict", assertion=aid, verdict=verdict)
    elif verdict is None:
        echo(f"{aid[:8]}: no verdict")
    else:
        echo(f"{aid[:8]}: {verdict.rating}")
        if verdict.claim_summary:
            echo(f"  claim summary: {verdict.claim_summary}")
        if verdict.explanation:
            echo(f"  explanation: {verdict.explanation}")
    if verdict is not None and len(verdict.claim_summary) > CLAIM_SUMMARY_LIMIT:
        warn(
            f"the claim summary has {len(verdict.claim_summary)} characters; search engines "
            f"show at most {CLAIM_SUMMARY_LIMIT}"
        )
