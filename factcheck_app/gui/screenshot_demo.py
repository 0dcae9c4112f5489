"""The work a ``--screenshot`` shows on the sample: a review loop half done.

The README and user-guide pictures should show what the checker sees mid-check: a card
checked with a verdict, a note and a reference, one in progress, one dismissed, and the
progress count. Every step is the ordinary service operation (nothing is faked), in the
UI language of the screenshot.
"""

from __future__ import annotations

from factcheck_app.models import Lifecycle, Relation
from factcheck_app.services import annotations as work
from factcheck_app.services import cards as card_service
from factcheck_app.services.library import Library

TEXTS = {
    "en": (
        "Asked the press office for the source of the claim; no answer yet.",
        "The supply figures of the operator contradict it.",
        "Operator's supply report",
        "Quoted from a named minister elsewhere in the article.",
    ),
    "de": (
        "Pressestelle nach der Quelle gefragt; noch keine Antwort.",
        "Die Lieferzahlen des Betreibers widersprechen dem.",
        "Lieferbericht des Betreibers",
        "Anderswo im Artikel einer namentlich genannten Ministerin zugeschrieben.",
    ),
}


def file_demo_work(lib: Library, article_id: str, lang: str) -> str | None:
    """File the demonstration work; returns the id of the card to show selected."""
    note, explanation, reference, reason = TEXTS.get(lang, TEXTS["en"])
    queue = [c for c in card_service.article_cards(lib, article_id) if not c.sourced_only]
    if len(queue) < 4:
        return queue[0].id if queue else None
    worked, started, dismissed, rated = queue[0], queue[1], queue[2], queue[3]
    scheme = list(lib.settings.verdict_scheme)
    card_service.add_note(lib, worked, note)
    work.add_and_link_reference(
        lib,
        worked.id,
        work.ReferenceFields(reference, url="https://example.org/supply-report"),
        Relation.CONTRADICTS,
    )
    card_service.set_verdict(lib, worked, scheme[min(4, len(scheme) - 1)], explanation)
    card_service.set_state(lib, started, Lifecycle.IN_PROGRESS)
    card_service.set_state(lib, dismissed, Lifecycle.DISMISSED, reason)
    card_service.set_verdict(lib, rated, scheme[min(1, len(scheme) - 1)])
    return worked.id
