"""``factcheck cards`` / ``state`` / ``verdict``: the claim queue from the command line.

``cards ARTICLE`` lists the article's claim cards in text order with their lifecycle
state in the same words as the app and the reports ("to check", "in progress",
"checked", "dismissed"; in the UI language), ``state CARD STATE`` moves a card and
``verdict CARD RATING`` gives it a verdict (which checks it). Both are undoable with
``factcheck undo``, like the same edits in the app. A card is named by the id (or an id
prefix) of any of its findings.
"""

from __future__ import annotations

from typing import Any

import click

from factcheck_app.cards import ClaimCard, lifecycle_label
from factcheck_app.cli.app import main, pass_library
from factcheck_app.cli.output import echo, emit_json, json_option
from factcheck_app.models import Lifecycle
from factcheck_app.services import articles as article_service
from factcheck_app.services import cards as card_service
from factcheck_app.services.library import Library
from factcheck_app.settings import ui_language

#: The queue filter's names, as in the app's "To do / Done / Dismissed".
FILTERS: dict[str, frozenset[Lifecycle]] = {
    "todo": frozenset({Lifecycle.TO_CHECK, Lifecycle.IN_PROGRESS}),
    "done": frozenset({Lifecycle.CHECKED}),
    "dismissed": frozenset({Lifecycle.DISMISSED}),
}


def card_json(card: ClaimCard, lang: str) -> dict[str, Any]:
    return {
        "id": card.id,
        "state": str(card.state),
        "state_label": lifecycle_label(card.state, lang),
        "categories": [str(c) for c in card.categories],
        "quote": card.primary.quote,
        "start": card.start,
        "end": card.end,
        "verdict": card.verdict,
        "notes": card.notes,
        "references": card.references,
        "dismiss_reason": card.dismiss_reason,
        "findings": list(card.ids),
    }


def _card(lib: Library, ref: str) -> ClaimCard:
    """The card holding the finding ``ref`` names (a full id or a unique prefix)."""
    return card_service.card_by_prefix(lib, ref)


def _line(card: ClaimCard, lang: str) -> str:
    quote = " ".join(card.primary.quote.split())
    quote = quote if len(quote) <= 70 else quote[:69] + "…"
    extra = [f"verdict: {card.verdict}"] if card.verdict else []
    if card.notes:
        extra.append(f"{card.notes} note(s)")
    if card.references:
        extra.append(f"{card.references} reference(s)")
    if card.dismiss_reason:
        extra.append(card.dismiss_reason)
    categories = "+".join(str(c) for c in card.categories)
    tail = f"  [{'; '.join(extra)}]" if extra else ""
    return (
        f"{card.id[:8]}  {lifecycle_label(card.state, lang):<12} {categories:<28} “{quote}”{tail}"
    )


@main.command("cards")
@click.argument("article_id")
@click.option("--show", "which", type=click.Choice(["all", *FILTERS]), default="all")
@click.option("--sourced", is_flag=True, help="Also list cards found sourced only.")
@json_option
@pass_library
def cards_cmd(lib: Library, article_id: str, which: str, sourced: bool, as_json: bool) -> None:
    """The claim cards of an article, in text order, with their state and progress."""
    article_id = article_service.resolve_id(lib, article_id)
    lang = ui_language(lib.settings)
    cards = card_service.article_cards(lib, article_id)
    progress = card_service.progress(lib, article_id)
    shown = [
        c
        for c in cards
        if (sourced or not c.sourced_only) and (which == "all" or c.state in FILTERS[which])
    ]
    if as_json:
        emit_json(
            "cards",
            article_id=article_id,
            progress={
                "checked": progress.checked,
                "total": progress.total,
                "dismissed": progress.dismissed,
            },
            cards=[card_json(c, lang) for c in shown],
        )
        return
    for card in shown:
        echo(_line(card, lang))
    echo(f"{progress.checked} of {progress.total} checked, {progress.dismissed} dismissed.")


@main.command("state")
@click.argument("card_id")
@click.argument("state", type=click.Choice([str(s) for s in Lifecycle]))
@click.option("--reason", default=None, help="Why the claim is dismissed.")
@json_option
@pass_library
def state_cmd(lib: Library, card_id: str, state: str, reason: str | None, as_json: bool) -> None:
    """Move a claim card to a lifecycle state (checked needs a verdict: use `verdict`)."""
    card = _card(lib, card_id)
    card_service.set_state(lib, card, Lifecycle(state), reason)
    _report(lib, card.id, as_json, "state")


@main.command("verdict")
@click.argument("card_id")
@click.argument("rating")
@click.option("--explanation", default="", help="Why this rating.")
@json_option
@pass_library
def verdict_cmd(lib: Library, card_id: str, rating: str, explanation: str, as_json: bool) -> None:
    """Give a claim card a verdict from the scheme; the card is then checked."""
    card = _card(lib, card_id)
    card_service.set_verdict(lib, card, rating, explanation)
    _report(lib, card.id, as_json, "verdict")


def _report(lib: Library, card_id: str, as_json: bool, command: str) -> None:
    card = card_service.card_of(lib, card_id)
    lang = ui_language(lib.settings)
    if as_json:
        emit_json(command, card=card_json(card, lang))
    else:
        echo(_line(card, lang))
