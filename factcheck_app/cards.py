"""Claim cards and their lifecycle: the one place that says what a card is and what
its state is called, for the GUI queue, the reports, the CLI and every export.

A *card* is what the checker works on: the findings whose spans overlap in the text
(one sentence flagged as vague *and* hedged *and* "no evidence") read as one claim, most
severe category first. Severity is the overlap order of the category table
(``categories.style(c).priority``). The card's *primary* finding (the most severe) is
where new work is filed (verdict, notes, references); work already filed on another
member is shown on the card too, so regrouping after a re-analysis never hides anything.

The lifecycle is ``models.Lifecycle``: to check -> in progress -> checked (with a verdict)
or dismissed (with a reason). Its words, in every language, are ``LIFECYCLE_LABELS``
(core gettext catalogue); the GUI, the reports and the CLI all show these.

Qt-free and storage-free: it works on any items that have a span and a category.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import TypeVar

from factcheck_app import categories
from factcheck_app.i18n import N_, translator
from factcheck_app.models import Assertion, Category, Lifecycle, Origin

T = TypeVar("T")

#: The lifecycle's words; the same everywhere (panel, list, report, CLI, exports).
LIFECYCLE_LABELS: dict[Lifecycle, str] = {
    Lifecycle.TO_CHECK: N_("to check"),
    Lifecycle.IN_PROGRESS: N_("in progress"),
    Lifecycle.CHECKED: N_("checked"),
    Lifecycle.DISMISSED: N_("dismissed"),
}

#: States that count as done in progress figures ("7 of 12 checked").
DONE_STATES: frozenset[Lifecycle] = frozenset({Lifecycle.CHECKED, Lifecycle.DISMISSED})

#: Values of the columns that ``m0011_lifecycle`` replaced; share files and Web Annotation
#: exports written by older versions still carry them.
LEGACY_REVIEW: tuple[str, ...] = ("new", "accepted", "dismissed")
LEGACY_STATUS: tuple[str, ...] = ("open", "in_progress", "checked")


def lifecycle_label(state: Lifecycle | str, lang: str = "en") -> str:
    """The state's word in ``lang``; an unknown value is shown as written."""
    try:
        key = Lifecycle(state)
    except ValueError:
        return str(state)
    return translator(lang).gettext(LIFECYCLE_LABELS[key])


def legacy_lifecycle(
    review: str | None,
    status: str | None,
    origin: str | None = None,
    has_verdict: bool = False,
    has_work: bool = False,
) -> str:
    """The lifecycle state an older (review, status) pair means; a current state passes.

    dismissed review -> dismissed; checked status or a verdict -> checked; in-progress
    status, a detector finding the checker kept ("accepted"), or notes/evidence filed ->
    in progress; otherwise to check. A span marked by hand was stored "accepted" on
    creation, so that alone is no sign of work. Used by migration ``m0011_lifecycle`` (as
    an SQL function) and by imports of files written before it.
    """
    if status in tuple(Lifecycle) and status != "in_progress" and status != "checked":
        return str(status)
    if review == "dismissed":
        return Lifecycle.DISMISSED.value
    if status == "checked" or has_verdict:
        return Lifecycle.CHECKED.value
    kept = review == "accepted" and origin != Origin.MANUAL.value
    if status == "in_progress" or kept or has_work:
        return Lifecycle.IN_PROGRESS.value
    return Lifecycle.TO_CHECK.value


def severity(category: Category | str) -> int:
    """Lower is more severe; the category table's overlap order."""
    return categories.style(category).priority


def group_by_span(
    items: Iterable[T],
    span: Callable[[T], tuple[int, int]],
    category: Callable[[T], Category | str],
) -> list[list[T]]:
    """Items whose spans overlap (transitively), in text order; each group most severe
    first (ties by position). The one grouping of findings into claims."""
    groups = _overlapping(items, span)
    return [sorted(g, key=lambda i: (severity(category(i)), span(i))) for g in groups]


def _overlapping(items: Iterable[T], span: Callable[[T], tuple[int, int]]) -> list[list[T]]:
    """Items whose spans overlap (transitively), in text order (members unordered)."""
    groups: list[list[T]] = []
    end = -1
    for item in sorted(items, key=span):
        start, stop = span(item)
        if groups and start < end:
            groups[-1].append(item)
            end = max(end, stop)
        else:
            groups.append([item])
            end = stop
    return groups


#: Each state by its value (a ``Lifecycle`` is its value as a key too): looking a state up
#: here is several times cheaper than ``Lifecycle(value)``, and counting progress does it
#: for every finding of every article it counts.
_BY_VALUE: dict[str, Lifecycle] = {str(state): state for state in Lifecycle}


def _lifecycle(value: Lifecycle | str) -> Lifecycle:
    found = _BY_VALUE.get(value)
    return found if found is not None else Lifecycle(value)  # (raises as ever if unknown)


def card_state(statuses: Sequence[Lifecycle | str], has_verdict: bool = False) -> Lifecycle:
    """A card's state from its members': dismissed only when every member is; checked
    when a live member is checked or the card has a verdict; then in progress; else to
    check. A card therefore never looks less done than the work filed on it."""
    live = [state for state in map(_lifecycle, statuses) if state is not Lifecycle.DISMISSED]
    if not live:
        return Lifecycle.DISMISSED if statuses else Lifecycle.TO_CHECK
    if has_verdict or Lifecycle.CHECKED in live:
        return Lifecycle.CHECKED
    if Lifecycle.IN_PROGRESS in live:
        return Lifecycle.IN_PROGRESS
    return Lifecycle.TO_CHECK


@dataclass(frozen=True)
class ClaimCard:
    """One claim in the queue: overlapping findings, most severe first.

    ``verdicts`` holds the member ids that carry a verdict (primary first), ``notes`` and
    ``references`` the counts over all members, so the card shows everything filed on any
    of its findings.
    """

    members: tuple[Assertion, ...]
    verdict: str | None = None  # the rating shown: the primary's, else the first member's
    notes: int = 0
    references: int = 0

    @property
    def primary(self) -> Assertion:
        return self.members[0]

    @property
    def id(self) -> str:
        """The card's key: its primary finding's id (drafts, selection, new work)."""
        return self.primary.id

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(a.id for a in self.members)

    @property
    def article_id(self) -> str:
        return self.primary.article_id

    @property
    def start(self) -> int:
        return min(a.start for a in self.members)

    @property
    def end(self) -> int:
        return max(a.end for a in self.members)

    @property
    def categories(self) -> tuple[Category, ...]:
        return tuple(dict.fromkeys(a.category for a in self.members))

    @property
    def sourced_only(self) -> bool:
        """Every finding is ``sourced``: hidden from the queue unless asked for."""
        return all(a.category is Category.SOURCED for a in self.members)

    @property
    def state(self) -> Lifecycle:
        return card_state([a.status for a in self.members], self.verdict is not None)

    @property
    def dismiss_reason(self) -> str | None:
        return next((a.dismiss_reason for a in self.members if a.dismiss_reason), None)

    def covers(self, offset: int) -> bool:
        return any(a.start <= offset < a.end for a in self.members)


def build_cards(
    assertions: Iterable[Assertion],
    verdicts: dict[str, str] | None = None,
    notes: dict[str, int] | None = None,
    references: dict[str, int] | None = None,
) -> tuple[ClaimCard, ...]:
    """The article's cards in text order, from its assertions and per-assertion counts."""
    verdicts, notes, references = verdicts or {}, notes or {}, references or {}
    cards = []
    for group in group_by_span(assertions, lambda a: (a.start, a.end), lambda a: a.category):
        rating = next((verdicts[a.id] for a in group if a.id in verdicts), None)
        cards.append(
            ClaimCard(
                tuple(group),
                rating,
                sum(notes.get(a.id, 0) for a in group),
                sum(references.get(a.id, 0) for a in group),
            )
        )
    return tuple(cards)


def card_at(cards: Iterable[ClaimCard], offset: int) -> ClaimCard | None:
    """The card whose findings cover ``offset`` (clicking a highlight selects it)."""
    return next((c for c in cards if c.covers(offset)), None)


@dataclass(frozen=True)
class Progress:
    """How far the check of one article is, read "7 of 12 checked": ``checked`` cards of
    the ``total`` that still need a verdict (dismissed cards are counted apart; cards whose
    findings are all ``sourced`` are not in the queue and not counted)."""

    checked: int = 0
    total: int = 0
    dismissed: int = 0

    @property
    def finished(self) -> bool:
        return self.checked >= self.total


def progress_of(cards: Iterable[ClaimCard]) -> Progress:
    return _count(card.state for card in cards if not card.sourced_only)


#: One live finding as progress counting sees it: (start, end, category, state, whether
#: it carries a verdict).
SpanState = tuple[int, int, str, str, bool]


def progress_of_findings(findings: Iterable[SpanState]) -> Progress:
    """The progress ``progress_of(build_cards(...))`` gives for these findings, without
    building cards: the same grouping and card state, for the stored per-article counts
    (``storage.article_progress``), which count thousands of articles at a time."""
    return _count(_queued_states(findings))


_SOURCED = str(Category.SOURCED)


def _queued_states(findings: Iterable[SpanState]) -> Iterator[Lifecycle]:
    """The state of each card in the queue (not ``sourced`` only), as one loop: this
    counts every finding of every article a recount touches."""
    for group in _overlapping(findings, _span_of):
        statuses: list[str] = []
        queued = verdict = False
        for _start, _end, category, status, has_verdict in group:
            statuses.append(status)
            queued = queued or category != _SOURCED
            verdict = verdict or has_verdict
        if queued:
            yield card_state(statuses, verdict)


#: A finding's span (``operator.itemgetter``: called for every finding counted).
_span_of: Callable[[SpanState], tuple[int, int]] = itemgetter(0, 1)


#: How far an article's check is: the library list, the queue's title and ``factcheck list``.
PROGRESS_TEXT = N_("{checked} of {total} checked")
#: An article with nothing to check stored: imported and not analysed yet.
NOT_ANALYSED = N_("not analysed")
#: An analysed article without a claim to check (no findings, or only sourced ones).
NOTHING_TO_CHECK = N_("nothing to check")


def progress_label(progress: Progress | None, lang: str = "en") -> str:
    """ "7 of 12 checked" in ``lang``; ``None`` (the article was not analysed) reads
    "not analysed" and an analysed article without a card "nothing to check", never
    "0 of 0 checked": a checker must tell "not looked at" from "looked at, all clear"."""
    t = translator(lang)
    if progress is None:
        return t.gettext(NOT_ANALYSED)
    if not (progress.total or progress.dismissed):
        return t.gettext(NOTHING_TO_CHECK)
    return t.gettext(PROGRESS_TEXT).format(checked=progress.checked, total=progress.total)


def _count(states: Iterable[Lifecycle]) -> Progress:
    """Count the states of the cards in the queue (sourced-only cards left out)."""
    checked = dismissed = total = 0
    for state in states:
        if state is Lifecycle.DISMISSED:
            dismissed += 1
            continue
        total += 1
        checked += state is Lifecycle.CHECKED
    return Progress(checked, total, dismissed)


def verdict_colour(rating: str) -> str:
    """The colour a verdict is shown in (card badge, article mark, report)."""
    from factcheck_app.memory.ratings import scale_value

    colours = categories.VERDICT_COLOURS
    return colours.get(scale_value(rating), colours[None])
