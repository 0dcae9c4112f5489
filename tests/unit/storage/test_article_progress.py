"""Stored card progress (m0016, ``storage.article_progress``): always what the cards say.

The counting shortcut agrees with counting built cards on any findings; every write the
app commits leaves the stored counts fresh (keep, dismiss, verdicts, undo, re-analysis,
merge, trash); a write that skipped the recount (another tool) is never read stale; a
failed recount does not cost the edit; a schema-15 library gets its counts on opening
and its findings do not change.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from schema15 import as_schema_15
from test_m0015_compact import _analysed, _findings, _seen
from test_merge_support import copy_library, open_lib, populated

from factcheck_app.cards import build_cards, progress_of, progress_of_findings
from factcheck_app.models import Assertion, Category, Lifecycle, Origin
from factcheck_app.services import Library, history, sharing, trash
from factcheck_app.services import annotations as ann
from factcheck_app.services import articles as article_service
from factcheck_app.services import cards as card_service
from factcheck_app.storage import article_progress
from factcheck_app.storage import assertions as store
from factcheck_app.storage.articles import list_summaries


def _assertion(i: int, start: int, length: int, category: str, state: str) -> Assertion:
    return Assertion(
        id=f"a{i}",
        article_id="x",
        category=Category(category),
        start=start,
        end=start + length,
        quote="",
        prefix="",
        suffix="",
        origin=Origin.DETECTOR,
        explanation="",
        rule=None,
        confidence=1.0,
        lang="en",
        cue_start=None,
        cue_end=None,
        source_text=None,
        detector_version=None,
        status=Lifecycle(state),
    )


findings = st.lists(
    st.tuples(
        st.integers(0, 60),
        st.integers(0, 12),
        st.sampled_from([str(c) for c in Category]),
        st.sampled_from([str(s) for s in Lifecycle]),
        st.booleans(),
    ),
    max_size=14,
)


@settings(max_examples=300, deadline=None)
@given(findings)
def test_counting_without_cards_agrees_with_the_cards(found) -> None:
    assertions = [_assertion(i, *f[:4]) for i, f in enumerate(found)]
    verdicts = {f"a{i}": "false" for i, f in enumerate(found) if f[4]}
    expected = progress_of(build_cards(assertions, verdicts))
    spans = [(s, s + n, c, st_, v) for s, n, c, st_, v in found]
    assert progress_of_findings(spans) == expected


@settings(max_examples=300, deadline=None)
@given(findings)
def test_counting_a_record_agrees_with_the_cards(found) -> None:
    """An untouched record's findings are all to check, without verdicts: the shortcut
    for them gives what the cards give (spans in any order, as a hostile file may)."""
    spans = [(s, s + n, c) for s, n, c, _state, _verdict in found]
    assertions = [_assertion(i, s, n, c, "to_check") for i, (s, n, c, *_) in enumerate(found)]
    assert article_progress.of_record(spans) == progress_of(build_cards(assertions, {}))
    assert article_progress.of_record(reversed(spans)) == article_progress.of_record(spans)


def stored(lib: Library) -> dict[str, tuple | None]:
    with lib.session() as db:
        return {
            r[0]: (None if r[2] is None else (r[1], r[2], r[3]))
            for r in db.execute(
                "SELECT article_id, checked, total, dismissed FROM article_progress"
            )
        }


def assert_exact(lib: Library) -> None:
    """Every live article has a fresh stored row equal to counting its built cards, and
    the list's per-finding figures read from it equal those aggregated afresh."""
    rows = stored(lib)
    listed = article_service.list_articles(lib)
    for summary in listed:
        truth = card_service.progress(lib, summary.id)
        assert rows.get(summary.id) == (truth.checked, truth.total, truth.dismissed), summary
    with lib.session() as db:
        db.execute("SAVEPOINT aggregated")
        db.execute("UPDATE article_progress SET total = NULL")  # every row stale
        aggregated = list_summaries(db)
        db.execute("ROLLBACK TO aggregated")
        db.execute("RELEASE aggregated")
    assert listed == aggregated


def test_every_committed_edit_leaves_the_counts_exact(tmp_path: Path) -> None:
    lib, _ids = populated(tmp_path / "alice.db", "alice")
    article_id = _analysed(lib)
    assert_exact(lib)
    cards = [c for c in card_service.article_cards(lib, article_id) if not c.sourced_only]
    card_service.set_state(lib, cards[0], Lifecycle.IN_PROGRESS)
    card_service.set_state(lib, cards[1], Lifecycle.DISMISSED, "duplicate")
    card_service.set_verdict(lib, cards[2], "false")
    assert_exact(lib)
    assert card_service.progress(lib, article_id).checked == 1
    history.undo(lib)  # the verdict
    assert_exact(lib)
    card_service.clear_verdict(lib, card_service.card_of(lib, cards[3].id))  # no-op
    card_service.set_verdict(lib, card_service.card_of(lib, cards[3].id), "true")
    ann.delete_assertion(lib, cards[4].id)
    assert_exact(lib)
    # re-analysis: fewer findings (the worked-on ones stay)
    with lib.session() as db:
        store.sync_findings(db, article_id, _text(lib, article_id), _findings()[:10], "alice")
    assert_exact(lib)
    article_service.delete_article(lib, article_id)
    assert_exact(lib)
    trash.restore_article(lib, article_id)
    assert_exact(lib)
    article_service.delete_article(lib, article_id)
    trash.empty_trash(lib)
    assert stored(lib)[article_id] == (0, 0, 0)  # purged: a tombstone, nothing to count
    assert_exact(lib)
    lib.close()


def _text(lib: Library, article_id: str) -> str:
    return article_service.get_article(lib, article_id).text


def test_a_merge_and_its_undo_leave_the_counts_exact(tmp_path: Path) -> None:
    alice, _ids = populated(tmp_path / "alice.db", "alice")
    article_id = _analysed(alice)
    bob = copy_library(alice, tmp_path / "bob.db", "bob")
    cards = [c for c in card_service.article_cards(bob, article_id) if not c.sourced_only]
    card_service.set_verdict(bob, cards[0], "false")
    card_service.set_state(bob, cards[1], Lifecycle.DISMISSED)
    fresh = _analysed(bob, "Another plan")
    sharing.share_library(bob, tmp_path / "bob.factcheck", private=True)
    bob.close()
    report = sharing.merge(alice, tmp_path / "bob.factcheck")
    assert_exact(alice)
    assert card_service.progress(alice, article_id).checked == 1
    assert fresh in stored(alice)
    sharing.undo_merge(alice, report.merge_id)
    assert_exact(alice)
    alice.close()


def test_a_write_without_the_recount_is_never_read_stale(tmp_path: Path) -> None:
    lib, _ids = populated(tmp_path / "alice.db", "alice")
    article_id = _analysed(lib)
    card = card_service.article_cards(lib, article_id)[0]
    card_service.set_state(lib, card, Lifecycle.IN_PROGRESS)  # a stored row now
    conn = sqlite3.connect(lib.path)  # another tool: the triggers run, no recount
    conn.execute("UPDATE assertions SET status = 'checked' WHERE id = ?", [card.id])
    conn.commit()
    conn.close()
    assert stored(lib)[article_id] is None
    truth = card_service.progress(lib, article_id)
    assert truth.checked == 1
    assert card_service.progress_many(lib, [article_id]) == {article_id: truth}
    ann.add_note(lib, article_id, "any later edit recounts what is stale")
    assert_exact(lib)
    lib.close()


def test_a_failed_recount_keeps_the_edit(tmp_path: Path, monkeypatch) -> None:
    lib, _ids = populated(tmp_path / "alice.db", "alice")
    article_id = _analysed(lib)
    card = card_service.article_cards(lib, article_id)[0]

    def broken(db, ids) -> None:
        db.execute("UPDATE article_progress SET total = 99")  # half done, then it fails
        raise RuntimeError("a bug in counting")

    monkeypatch.setattr(article_progress, "store", broken)
    card_service.set_state(lib, card, Lifecycle.DISMISSED)
    monkeypatch.undo()
    assert card_service.card_of(lib, card.id).state is Lifecycle.DISMISSED
    assert stored(lib)[article_id] is None  # the half-done recount was rolled back
    assert card_service.progress_many(lib, [article_id])[article_id].dismissed == 1
    lib.close()


def test_m0016_counts_a_schema_15_library_and_changes_no_finding(tmp_path: Path) -> None:
    alice, _ids = populated(tmp_path / "alice.db", "alice")
    article_id = _analysed(alice)
    other = _analysed(alice, "Other plan")
    cards = [c for c in card_service.article_cards(alice, article_id) if not c.sourced_only]
    card_service.set_verdict(alice, cards[0], "false")
    card_service.set_state(alice, cards[1], Lifecycle.DISMISSED)
    seen = {a: _seen(alice, a) for a in (article_id, other)}
    truth = {a: card_service.progress(alice, a) for a in (article_id, other)}
    alice.close()
    as_schema_15(alice.path)
    with sqlite3.connect(alice.path) as conn:
        assert not conn.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'article_progress'"
        ).fetchall()
    lib = open_lib(alice.path, "alice")
    assert_exact(lib)
    assert {a: card_service.progress(lib, a) for a in truth} == truth
    assert {a: _seen(lib, a) for a in seen} == seen
    lib.close()


@pytest.mark.parametrize("statement", ["INSERT OR IGNORE", "INSERT OR REPLACE"])
def test_a_mark_is_not_skipped_by_the_conflict_policy_of_the_write(tmp_path, statement) -> None:
    """A trigger takes the conflict policy of the statement that fired it: the marks
    must not depend on it."""
    lib, _ids = populated(tmp_path / "alice.db", "alice")
    article_id = _analysed(lib)
    card = card_service.article_cards(lib, article_id)[0]
    card_service.set_state(lib, card, Lifecycle.IN_PROGRESS)
    with lib.session() as db:
        row = db.execute("SELECT * FROM assertions WHERE id = ?", [card.id]).fetchone()
        names = [d[1] for d in db.execute("PRAGMA table_info(assertions)")]
        values = dict(zip(names, row, strict=True)) | {"id": "copy-" + card.id}
        db.execute(
            f"{statement} INTO assertions ({', '.join(map(repr, names))})"
            f" VALUES ({', '.join('?' for _ in names)})",
            [values[n] for n in names],
        )
    assert stored(lib)[article_id] is None
    lib.close()


def test_progress_counted_by_the_caller_is_stored_only_where_still_stale(tmp_path: Path) -> None:
    """``store_counted`` (a merge storing the progress its check counted) writes a stale
    row and leaves a fresh one alone; the commit recounts whatever is still stale."""
    lib, ids = populated(tmp_path / "alice.db", "alice")
    first, second = _analysed(lib), ids["article"]
    assert_exact(lib)
    truth = card_service.progress(lib, first)
    with lib.session() as db, db.atomic():
        db.execute("UPDATE article_progress SET total = NULL WHERE article_id = ?", [first])
        counted = article_progress.count(db, [first, second])
        bogus = {second: article_progress.Progress(7, 99, 0)}  # its row is fresh
        article_progress.store_counted(db, {first: counted[first], **bogus})
        row = db.execute(
            "SELECT checked, total, dismissed FROM article_progress WHERE article_id = ?",
            [first],
        ).fetchone()
        assert row == (truth.checked, truth.total, truth.dismissed)
    assert_exact(lib)
    lib.close()


def test_a_merged_article_with_only_its_findings_record_stores_what_the_check_counted(
    tmp_path: Path,
) -> None:
    """The merge stores the progress the share check counted for an article it copies
    with its record and no rows; it is the same as counting afresh."""
    alice, _ids = populated(tmp_path / "alice.db", "alice")
    bob = copy_library(alice, tmp_path / "bob.db", "bob")
    fresh = _analysed(bob, "Another plan")
    sharing.share_library(bob, tmp_path / "bob.factcheck")
    bob.close()
    sharing.merge(alice, tmp_path / "bob.factcheck")
    with alice.session() as db:
        kept = db.execute(
            "SELECT checked, total, dismissed FROM article_progress WHERE article_id = ?",
            [fresh],
        ).fetchone()
        assert kept is not None and kept[1] is not None
        again = article_progress.count(db, [fresh])[fresh]
        assert kept == (again.checked, again.total, again.dismissed)
    assert_exact(alice)
    alice.close()
