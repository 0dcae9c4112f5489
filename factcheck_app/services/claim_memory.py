"""Claim memory for the GUI and the CLI: matches, published fact-checks, claim groups.

The match index lives in memory per open library and catches up with the change log
before every question, so a card is always compared with the library as it is now, while
only claims that changed since the last question are re-read (their keys are stored in
``claim_index``, so opening a big library does not re-read every claim either).
Cards are assertions; ``sourced`` ones are not claims to check and are left out.

The index holds the claims worth remembering (``storage.claims.REMEMBER``: marked by a
person or worked on) and published fact-checks, not every detector finding: "seen before"
means checked or worked on elsewhere. So opening a library loads hundreds or thousands of
keys, not one per finding (28 s of CPU at 10,000 articles before), and the stored index is
small; a card that is not in it (an untouched finding) is reduced to keys when asked about.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path
from weakref import WeakKeyDictionary

from factcheck_app.claim_models import ClaimGroup, ClaimMatch, PublishedReview
from factcheck_app.errors import InputError
from factcheck_app.export.claimreview import rating_value
from factcheck_app.i18n import N_
from factcheck_app.memory import DEFAULT_THRESHOLD, INDEX_VERSION, ClaimIndex, Hit, extract
from factcheck_app.memory.claimreview import ClaimReviewFormatError, parse
from factcheck_app.memory.features import ClaimFeatures, from_json, to_json
from factcheck_app.memory.normalise import lexicon_digest
from factcheck_app.memory.ratings import contradict, scale_value
from factcheck_app.models import Category, Changes, Progress
from factcheck_app.services.library import Library
from factcheck_app.storage import assertions as assertion_store
from factcheck_app.storage import claims as store
from factcheck_app.storage.rows import query_dicts

log = logging.getLogger(__name__)

ASSERTION, REVIEW = "assertion", "review"
#: Above this many claims, the claims view groups only claims with a verdict or a review.
GROUP_ALL_LIMIT = 20_000


@dataclass
class _State:
    index: ClaimIndex = field(default_factory=ClaimIndex)
    change: int | None = None  # change-log position the index is current to; None: build
    loaded: bool = False
    hashes: dict[str, str] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)


_STATES: WeakKeyDictionary[Library, _State] = WeakKeyDictionary()


def _version() -> str:
    return f"{INDEX_VERSION}:remembered:{lexicon_digest()}"


def _digest(text: str, lang: str) -> str:
    return hashlib.sha1(f"{lang}\0{text}".encode()).hexdigest()[:16]


def claim_index(lib: Library, progress: Progress | None = None) -> ClaimIndex:
    """The library's match index, brought up to date with every change since last time."""
    state = _STATES.get(lib)
    if state is None:
        state = _STATES[lib] = _State()
    with state.lock:
        _sync(lib, state, progress)
    return state.index


def _sync(lib: Library, state: _State, progress: Progress | None) -> None:
    """Read what changed (one short session), reduce it to keys without holding the
    library, then write the keys (another short session): a first build of a big library
    in a background job does not lock the checker out of the library meanwhile."""
    with lib.session() as db:
        latest = store.last_change(db)
        if state.loaded and latest == state.change:
            return
        reset = False
        if not state.loaded:
            stored, version = store.index_state(db)
            if version == _version():
                for item_id, kind, art, digest, _lang, feats in store.load_index(db):
                    state.index.add(item_id, from_json(feats), art)
                    state.hashes[item_id], state.kinds[item_id] = digest, kind
                state.change = stored
            else:
                state.change, reset = None, True
            state.loaded = True
        if state.change is None:
            rows = [(ASSERTION, r) for r in store.claim_rows(db)]
            rows += [(REVIEW, r) for r in store.review_rows(db)]
            seen = {r["id"] for _, r in rows}
            gone = [i for i in list(state.index.ids()) if i not in seen]
        else:
            changed = store.changed_since(db, state.change)
            rows = [
                (ASSERTION, r) for r in store.claim_rows(db, assertion_ids=changed["assertions"])
            ]
            rows += [(ASSERTION, r) for r in store.claim_rows(db, article_ids=changed["articles"])]
            rows += [(REVIEW, r) for r in store.review_rows(db, changed["claim_reviews"])]
            gone = []
    upserts, removed = _apply(state, rows, gone, progress)
    with lib.session() as db:
        store.save_index(db, upserts, removed, latest, _version(), reset=reset)
    state.change = latest
    if upserts or removed:
        log.info("claim index: %d claims updated, %d removed", len(upserts), len(removed))


def _apply(
    state: _State, rows: list[tuple[str, dict]], gone: list[str], progress: Progress | None
) -> tuple[list, list[str]]:
    upserts: list = []
    removed: list[str] = []
    for item_id in gone:
        state.index.remove(item_id)
        state.hashes.pop(item_id, None)
        removed.append(item_id)
    for step, (kind, row) in enumerate(rows):
        if progress and step % 1000 == 0:
            progress(step, len(rows))
        item_id, text, lang = row["id"], row["text"] or "", row["lang"] or ""
        wanted = (
            bool(row["live"])
            and bool(row.get("remember", True))
            and text.strip()
            and row.get("category") != Category.SOURCED
        )
        if not wanted:
            if state.index.remove(item_id):
                state.hashes.pop(item_id, None)
                removed.append(item_id)
            continue
        digest = _digest(text, lang)
        if state.hashes.get(item_id) == digest and item_id in state.index:
            continue
        claim = extract(text, lang)
        article = row.get("article_id") or ""
        state.index.add(item_id, claim, article)
        state.hashes[item_id], state.kinds[item_id] = digest, kind
        upserts.append((item_id, kind, article, digest, claim.lang, to_json(claim)))
    if progress:
        progress(len(rows), len(rows))
    return upserts, removed


def _kind(lib: Library, item_id: str) -> str:
    state = _STATES.get(lib)
    return state.kinds.get(item_id, ASSERTION) if state else ASSERTION


# --- matching ---------------------------------------------------------------------


def _card(lib: Library, assertion_id: str) -> tuple[ClaimFeatures, str]:
    """The keys of one card and its article (cards that are not indexed are read here)."""
    index = claim_index(lib)
    group = index.group(assertion_id)
    claim = index.features(assertion_id)
    if claim is not None and group is not None:
        return claim, group
    with lib.session() as db:
        rows = list(store.claim_rows(db, assertion_ids=[assertion_id]))
    if not rows:
        raise InputError(N_("no assertion {id}"), id=assertion_id)
    return extract(rows[0]["text"], rows[0]["lang"]), rows[0]["article_id"]


def match_assertion(
    lib: Library,
    assertion_id: str,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    limit: int = 20,
) -> list[ClaimMatch]:
    """Cards in other articles and published fact-checks making the same claim, best first."""
    claim, article_id = _card(lib, assertion_id)
    hits = claim_index(lib).query(
        claim,
        threshold=threshold,
        limit=limit * 3,
        exclude=(assertion_id,),
        exclude_group=article_id,
    )
    return distinct(describe(lib, hits))[:limit]


def distinct(matches: list[ClaimMatch]) -> list[ClaimMatch]:
    """One match per span: a sentence flagged twice (vague and hedged) is one claim seen.

    The card with a verdict represents the span; otherwise the first (best) one.
    """
    chosen: dict[tuple, ClaimMatch] = {}
    order: list[tuple] = []
    for match in matches:
        key = (match.kind, match.article_id or match.id, " ".join(match.text.split()))
        current = chosen.get(key)
        if current is None:
            chosen[key] = match
            order.append(key)
        elif match.verdict and not current.verdict:
            chosen[key] = match
    return [chosen[k] for k in order]


def seen_before(
    lib: Library, assertion_ids: list[str], *, threshold: float = DEFAULT_THRESHOLD
) -> set[str]:
    """Which of these cards have at least one match (the cards' "seen before" marker).

    Cards outside the index (untouched findings) are read in one query and reduced to
    keys here: the work grows with the cards asked about, not with the library."""
    index = claim_index(lib)
    cards: dict[str, tuple[ClaimFeatures, str | None]] = {}
    missing = []
    for assertion_id in assertion_ids:
        claim = index.features(assertion_id)
        if claim is None:
            missing.append(assertion_id)
        else:
            cards[assertion_id] = (claim, index.group(assertion_id))
    if missing:
        with lib.session() as db:
            rows = list(store.claim_rows(db, assertion_ids=missing))
        for row in rows:
            text = row["text"] or ""
            if row["live"] and text.strip() and row["category"] != Category.SOURCED:
                cards[row["id"]] = (extract(text, row["lang"] or ""), row["article_id"])
    found = set()
    for assertion_id, (claim, group) in cards.items():
        hits = index.query(
            claim,
            threshold=threshold,
            limit=1,
            exclude=(assertion_id,),
            exclude_group=group,
            first=True,
        )
        if hits:
            found.add(assertion_id)
    return found


def describe(lib: Library, hits: list[Hit]) -> list[ClaimMatch]:
    """Index hits as matches a person can read: article or publisher, date, verdict."""
    kinds = {h.item_id: _kind(lib, h.item_id) for h in hits}
    ids_a = [h.item_id for h in hits if kinds[h.item_id] == ASSERTION]
    ids_r = [h.item_id for h in hits if kinds[h.item_id] == REVIEW]
    with lib.session() as db:
        cards = _card_details(db, ids_a)
        reviews = {i: r for i in ids_r if (r := store.get_review(db, i)) is not None}
    out = []
    for hit in hits:
        if hit.item_id in cards:
            row = cards[hit.item_id]
            out.append(
                ClaimMatch(
                    ASSERTION,
                    hit.item_id,
                    hit.score,
                    hit.reason,
                    row["quote"],
                    row["lang"],
                    row["title"],
                    row["published"] or row["created_at"][:10],
                    row["rating"],
                    row["checker"] or "",
                    row["article_id"],
                    row["url"],
                )
            )
        elif hit.item_id in reviews:
            out.append(_review_match(reviews[hit.item_id], hit.score, hit.reason))
    return out


def _review_match(review: PublishedReview, score: float, reason: str) -> ClaimMatch:
    return ClaimMatch(
        REVIEW,
        review.id,
        score,
        reason,
        review.claim,
        review.lang,
        review.publisher or review.url or "published fact-check",
        review.review_date or review.claim_date,
        review.rating or None,
        review.publisher,
        None,
        review.url or None,
    )


def _card_details(db, ids: list[str]) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for start in range(0, len(ids), 500):
        part = ids[start : start + 500]
        marks = ", ".join("?" * len(part))
        for row in query_dicts(
            db,
            "SELECT a.id, a.quote, a.lang, a.article_id, ar.title, ar.published, ar.url,"
            " ar.created_at, v.rating, v.author AS checker"
            " FROM assertions a JOIN articles ar ON ar.id = a.article_id"
            " LEFT JOIN verdicts v ON v.id = (SELECT id FROM verdicts WHERE assertion_id = a.id"
            "   AND deleted = 0 ORDER BY updated_at DESC LIMIT 1)"
            f" WHERE a.id IN ({marks})",
            part,
        ):
            out[row["id"]] = row
    return out


# --- published fact-checks ------------------------------------------------------------


@dataclass(frozen=True)
class ReviewImport:
    added: int
    updated: int
    unchanged: int
    skipped: int
    changes: Changes = field(default_factory=Changes)


def import_reviews(lib: Library, path: Path | str) -> ReviewImport:
    """Store the fact-checks in a ClaimReview JSON-LD file or aggregator feed."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(N_("{path} does not exist"), path=path) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(
            N_("{name} cannot be read as text ({why})"), name=path.name, why=exc
        ) from exc
    try:
        parsed, skipped = parse(text, path.name)
    except ClaimReviewFormatError as exc:
        raise InputError(str(exc)) from exc
    values = []
    for review in parsed:
        row = review.values
        row["rating_value"] = scale_value(
            review.rating, review.rating_value, review.best, review.worst
        )
        row["source_file"] = path.name[:200]
        values.append(row)
    with lib.session() as db:
        added, updated, same = store.save_reviews(db, values, lib.author)
    touched = bool(added or updated)
    return ReviewImport(len(added), len(updated), same, skipped, Changes(library=touched))


def list_reviews(lib: Library, query: str = "") -> list[PublishedReview]:
    with lib.session() as db:
        return store.list_reviews(db, query)


def get_review(lib: Library, review_id: str) -> PublishedReview:
    with lib.session() as db:
        review = store.get_review(db, review_id)
    if review is None:
        raise InputError(N_("no published fact-check {id}"), id=review_id)
    return review


# --- the same claim across the library ---------------------------------------------------


def verdict_scale(lib: Library, match: ClaimMatch) -> int | None:
    """Where a match's verdict sits on the 1 (false) .. 5 (true) scale, if anywhere."""
    if not match.verdict:
        return None
    if match.kind == ASSERTION:
        return rating_value(match.verdict, lib.settings.verdict_scheme)
    return scale_value(match.verdict)


def claim_groups(
    lib: Library,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    contradictions_only: bool = False,
    progress: Progress | None = None,
) -> list[ClaimGroup]:
    """Claims made more than once, grouped, each with its verdicts over time."""
    index = claim_index(lib)
    ids = list(index.ids())
    if len(ids) > GROUP_ALL_LIMIT:
        ids = [i for i in ids if _kind(lib, i) == REVIEW or _has_verdict(lib, i)]
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    best: dict[str, Hit] = {}
    for step, item_id in enumerate(ids):
        if progress and step % 200 == 0:
            progress(step, len(ids))
        claim = index.features(item_id)
        if claim is None:
            continue
        group = index.group(item_id) or None
        for hit in index.query(
            claim, threshold=threshold, limit=50, exclude=(item_id,), exclude_group=group
        ):
            parent.setdefault(item_id, item_id)
            parent.setdefault(hit.item_id, hit.item_id)
            parent[root(hit.item_id)] = root(item_id)
            for a, b in ((item_id, hit), (hit.item_id, hit)):
                if a not in best or best[a].score < b.score:
                    best[a] = Hit(a, b.score, b.reason, b.shared)
    clusters: dict[str, list[str]] = {}
    for item_id in parent:
        clusters.setdefault(root(item_id), []).append(item_id)
    groups = []
    for members in clusters.values():
        described = distinct(describe(lib, [best[m] for m in members]))
        if len(described) < 2:
            continue  # one span flagged twice in one article is not a claim made twice
        described.sort(key=lambda m: (m.date or "9999", m.kind, m.id))
        scales = [verdict_scale(lib, m) for m in described]
        clash = any(contradict(a, b) for i, a in enumerate(scales) for b in scales[i + 1 :])
        if contradictions_only and not clash:
            continue
        groups.append(ClaimGroup(tuple(described), clash))
    groups.sort(key=lambda g: (not g.contradictory, -len(g.members), g.text))
    if progress:
        progress(len(ids), len(ids))
    return groups


def _has_verdict(lib: Library, assertion_id: str) -> bool:
    with lib.session() as db:
        return bool(
            db.execute(
                "SELECT 1 FROM verdicts WHERE assertion_id = ? AND deleted = 0", [assertion_id]
            ).fetchone()
        )


def resolve_card(lib: Library, id_or_prefix: str) -> list[str]:
    """Card ids for ``id_or_prefix``: one assertion, or every indexed card of one article."""
    prefix = id_or_prefix.strip()
    if len(prefix) < 4:
        raise InputError(N_("give at least 4 characters of an assertion or article id"))
    with lib.session() as db:
        found = assertion_store.ids_with_prefix(db, prefix, limit=1000)
        if not found:
            articles = [
                r[0]
                for r in db.execute(
                    "SELECT id FROM articles WHERE id LIKE ? || '%' AND deleted = 0", [prefix]
                )
            ]
            if len(articles) == 1:
                spans: dict[tuple[int, int], str] = {}  # a span flagged twice is one card
                rows = assertion_store.rows_of_articles(db, articles)[articles[0]]
                for row in sorted(rows, key=lambda r: (r["start"], r["created_at"])):
                    if row["category"] != "sourced":
                        spans.setdefault((row["start"], row["end"]), row["id"])
                found = list(spans.values())
                if not found:
                    raise InputError(N_("article {id} has no cards to match"), id=prefix)
                return found
            if len(articles) > 1:
                raise InputError(
                    N_("{id} matches {count} articles; give more of the id"),
                    id=repr(prefix),
                    count=len(articles),
                )
    if not found:
        raise InputError(N_("no assertion or article with id {id}"), id=repr(prefix))
    if len(found) > 1:
        raise InputError(
            N_("{count} assertions with id {id}; give more of the id"),
            count=len(found),
            id=repr(prefix),
        )
    return found
