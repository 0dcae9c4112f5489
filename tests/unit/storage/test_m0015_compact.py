"""Untouched detector findings packed per article (m0015, ``storage.compact``).

Migration: a library as schema 14 left it (every finding a row with a random id), with
checker work on it (a note, a verdict, a state change, an undo step, a merge with a
conflict), opened by this build: untouched rows fold into one record per article, every
touched row stays as it was, readers see the same findings, undo and merges still work,
and a colleague's share from before m0015 merges without a duplicate or a lost note.
Size: the bytes stored per untouched finding are bounded (issue 15: file < 3x the text).
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from schema14 import as_schema_14
from test_merge_support import copy_library, open_lib, populated

from factcheck_app.explanations import Explanation
from factcheck_app.models import Block, BlockKind, Category, Finding, Lifecycle, ParsedArticle
from factcheck_app.services import analysis, history, sharing
from factcheck_app.services import annotations as ann
from factcheck_app.services.articles import store_parsed
from factcheck_app.storage import assertions as store
from factcheck_app.storage.articles import list_summaries

TEXT = "Officials said the plan failed. Reports indicate it was late. " * 12


def _findings(text: str = TEXT) -> list[Finding]:
    out = []
    for start in range(0, len(text) - 40, 63):
        for category, cue in ((Category.VAGUE_SOURCE, "Officials"), (Category.HEDGED, "said")):
            out.append(
                Finding(
                    category,
                    start,
                    start + 30,
                    start,
                    start + len(cue),
                    Explanation.of("attributed to an unnamed source ('{cue}')", cue),
                    f"en.{category}.rule",
                    0.9,
                    "en",
                    "2026.12.12",
                )
            )
    return out


def _analysed(lib, title: str = "Plan", text: str = TEXT) -> str:
    parsed = ParsedArticle(title, text, (Block(BlockKind.PARAGRAPH, 0, len(text), "en"),))
    article_id = store_parsed(lib, parsed).article.id
    with lib.session() as db:
        store.sync_findings(db, article_id, text, _findings(text), lib.author)
    return article_id


def _seen(lib, article_id: str) -> list[tuple]:
    """What a reader sees of an article's findings (ids aside)."""
    return sorted(
        (a.start, a.end, str(a.category), a.quote, a.prefix, a.suffix, a.explanation, str(a.status))
        for a in analysis.list_assertions(lib, article_id)
    )


def analysis_status(lib, assertion_id: str) -> Lifecycle:
    return ann.get_assertion(lib, assertion_id).status


def _counts(lib) -> dict:
    with lib.session() as db:
        return {s.id: (s.open_counts, s.status) for s in list_summaries(db)}


def test_a_schema_14_library_folds_untouched_findings_losing_nothing(tmp_path: Path) -> None:
    alice, ids = populated(tmp_path / "alice.db", "alice")
    article_id = _analysed(alice)
    found = analysis.list_assertions(alice, article_id)
    noted, dismissed, undone = found[0].id, found[1].id, found[2].id
    ann.add_note(alice, article_id, "checked with the ministry", noted)
    ann.set_status(alice, dismissed, Lifecycle.DISMISSED, "duplicate")
    ann.set_status(alice, undone, Lifecycle.IN_PROGRESS, None)
    history.undo(alice)  # back to "to check", with an undo step naming it
    bob = copy_library(alice, tmp_path / "bob.db", "bob")
    ann.edit_note(alice, ids["note"], "alice's words")
    ann.edit_note(bob, ids["note"], "bob's words")  # a conflict, held back
    sharing.share_library(bob, tmp_path / "bob.factcheck", private=True)
    bob.close()
    assert len(sharing.merge(alice, tmp_path / "bob.factcheck").conflicts) == 1
    alice.close()
    as_schema_14(alice.path)
    old = tmp_path / "old.db"
    shutil.copyfile(alice.path, old)
    before = open_lib(old, "alice")  # a second copy, migrated too, to read the old rows
    old_rows = {
        r[0]: r
        for r in sqlite3.connect(alice.path).execute(
            'SELECT id, status, start, "end", category FROM assertions'
        )
    }
    before.close()

    lib = open_lib(alice.path, "alice")  # migrates (m0015) and vacuums once
    with lib.session() as db:
        assert db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        kept = {r[0] for r in db.execute("SELECT id FROM assertions")}
        records = db.execute("SELECT count(*) FROM article_findings").fetchone()[0]
    assert records == 1
    # touched rows stay rows under their ids: the note's, the dismissed one, the one an
    # undo step names, and the hand-made one of ``populated``
    assert {noted, dismissed, undone, ids["assertion"]} <= {
        i for i in kept if old_rows.get(i) is not None
    } | {i for i in old_rows if i in kept}
    assert len(kept) == 4  # every other finding is packed
    now = _seen(lib, article_id)
    assert len(now) == len(_findings())
    assert [s for s in now if s[7] == "dismissed"] and ann.notes_for_article(lib, article_id)
    # the other library (migrated the same way) reads the same
    other = open_lib(old, "alice")
    assert _seen(other, article_id) == now
    assert _counts(other) == _counts(lib)
    other.close()
    # the undo step still undoes: the verdict state change it named was undone already,
    # so the next undo is the earlier dismissal
    step = history.undo(lib)
    assert step is not None
    # a share from before m0015 (bob's copy of the same rows) merges to nothing new
    assert sharing.merge(lib, tmp_path / "bob.factcheck").merge_id is None
    lib.close()


def test_an_old_share_with_a_note_on_a_finding_we_hold_packed(tmp_path: Path) -> None:
    alice, _ids = populated(tmp_path / "alice.db", "alice")
    article_id = _analysed(alice)
    bob = copy_library(alice, tmp_path / "bob.db", "bob")
    target = analysis.list_assertions(bob, article_id)[5]
    ann.add_note(bob, article_id, "bob checked this", target.id)
    sharing.share_library(bob, tmp_path / "bob.factcheck", private=True)
    bob.close()
    shown = _seen(alice, article_id)
    alice.close()
    # both sides as the previous build stored them: every finding a row
    as_schema_14(alice.path)
    as_schema_14(tmp_path / "bob.factcheck")
    lib = open_lib(alice.path, "alice")
    report = sharing.merge(lib, tmp_path / "bob.factcheck")
    assert report.merge_id is not None
    # no duplicate finding; the noted one is in progress (bob's note moved it)
    assert [s[:7] for s in _seen(lib, article_id)] == [s[:7] for s in shown]
    assert analysis_status(lib, target.id) is Lifecycle.IN_PROGRESS
    notes = [n.body for n in ann.notes_for_article(lib, article_id)]
    assert "bob checked this" in notes
    lib.close()


def test_a_new_share_merges_records_and_a_note_on_a_packed_finding(tmp_path: Path) -> None:
    alice, _ids = populated(tmp_path / "alice.db", "alice")
    article_id = _analysed(alice)
    bob = copy_library(alice, tmp_path / "bob.db", "bob")
    target = analysis.list_assertions(bob, article_id)[7]
    ann.add_note(bob, article_id, "bob's note", target.id)
    fresh = _analysed(bob, "Another plan")  # a new article with its record
    sharing.share_library(bob, tmp_path / "bob.factcheck", private=True)
    bob.close()
    shown = _seen(alice, article_id)
    merge = sharing.merge(alice, tmp_path / "bob.factcheck")
    assert [s[:7] for s in _seen(alice, article_id)] == [s[:7] for s in shown]
    assert len(analysis.list_assertions(alice, fresh)) == len(_findings())
    with_note = ann.get_assertion(alice, target.id)
    assert with_note.id == target.id
    assert [n.body for n in ann.notes_for_article(alice, article_id) if n.assertion_id == target.id]
    counts = _counts(alice)
    assert sum(counts[fresh][0].values()) == len(_findings())
    # undoing the merge: the note goes, the finding is back to untouched, not lost
    sharing.undo_merge(alice, merge.merge_id)
    assert _seen(alice, article_id) == shown
    assert _counts(alice)[article_id] == counts[article_id]
    alice.close()


def test_first_edit_materialises_and_undo_restores(tmp_path: Path) -> None:
    lib = open_lib(tmp_path / "lib.db", "alice")
    article_id = _analysed(lib)
    shown = _seen(lib, article_id)
    counts = _counts(lib)
    finding = analysis.list_assertions(lib, article_id)[3]
    ann.set_status(lib, finding.id, Lifecycle.DISMISSED, "not a claim")
    assert ann.get_assertion(lib, finding.id).status is Lifecycle.DISMISSED
    assert _counts(lib) != counts
    history.undo(lib)
    assert _seen(lib, article_id) == shown
    assert ann.get_assertion(lib, finding.id).id == finding.id
    assert _counts(lib) == counts
    # re-analysis keeps ids of packed and stored findings alike
    ids = {a.id for a in analysis.list_assertions(lib, article_id)}
    with lib.session() as db:
        assert store.sync_findings(db, article_id, TEXT, _findings(), "alice") == ([], [], [])
    assert {a.id for a in analysis.list_assertions(lib, article_id)} == ids
    lib.close()


def test_bytes_per_untouched_finding_stay_small(tmp_path: Path) -> None:
    """Issue 15 (file < 3x the text) needs an untouched finding to cost well under 100
    bytes; a row cost ~500. Sizes, not times: the packed record per finding."""
    lib = open_lib(tmp_path / "lib.db", "alice")
    article_ids = [_analysed(lib, f"Plan {n}") for n in range(5)]
    with lib.session() as db:
        rows = db.execute("SELECT count(*) FROM assertions").fetchone()[0]
        stored = db.execute(
            "SELECT sum(length(data) + length(counts) + length(article_id)"
            " + length(detector_version) + length(analysed_at) + length(author))"
            " FROM article_findings"
        ).fetchone()[0]
    findings = len(article_ids) * len(_findings())
    assert rows == 0
    assert stored / findings < 40, f"{stored / findings:.1f} bytes per untouched finding"
    lib.close()


def _consistent_counts(lib) -> dict[str, dict[str, int]]:
    """Assert every record's ``counts`` and ``assertion_counts`` are what the stored rows
    and the records say (as a reader sees them); returns the counts per article."""
    out: dict[str, dict[str, int]] = {}
    with lib.session() as db:
        stored = {r[0] for r in db.execute("SELECT id FROM assertions")}
        records = dict(db.execute("SELECT article_id, counts FROM article_findings").fetchall())
        counted = {
            (r[0], r[1]): (r[2], r[3], r[4])
            for r in db.execute(
                "SELECT article_id, category, open, done, total FROM assertion_counts"
                " WHERE total > 0"
            )
        }
        articles = [r[0] for r in db.execute("SELECT id FROM articles WHERE deleted = 0")]
    expected: dict[tuple[str, str], list[int]] = {}
    for article_id in articles:
        packed: dict[str, int] = {}
        for a in analysis.list_assertions(lib, article_id):
            category = str(a.category)
            if a.id not in stored:
                packed[category] = packed.get(category, 0) + 1
            done = a.status in (Lifecycle.CHECKED, Lifecycle.DISMISSED)
            row = expected.setdefault((article_id, category), [0, 0, 0])
            row[0] += not done
            row[1] += done
            row[2] += 1
        if article_id in records:
            assert json.loads(records[article_id]) == packed, article_id
        out[article_id] = packed
    live = {k: v for k, v in counted.items() if k[0] in out}  # (undone: marked deleted)
    assert {k: tuple(v) for k, v in expected.items()} == live
    return out


def test_merged_records_count_what_a_reader_sees_and_undo_restores_them(tmp_path: Path) -> None:
    """A record copied by a merge for an article with no stored row takes the counts the
    share check counted; one with rows (a finding materialised on either side) is
    recounted. Either way the counts are what the findings say, before and after undo."""
    alice = open_lib(tmp_path / "alice.db", "alice")
    shared = _analysed(alice)
    bob = copy_library(alice, tmp_path / "bob.db", "bob")
    # two new articles (other texts of the same length): one untouched, so its record
    # takes the checked counts; one with a finding made a row on bob's side
    untouched = _analysed(bob, "Untouched", TEXT.replace("plan", "bill"))
    touched = _analysed(bob, "Touched", TEXT.replace("plan", "deal"))
    ann.set_status(bob, analysis.list_assertions(bob, touched)[2].id, Lifecycle.DISMISSED, "no")
    ann.set_status(bob, analysis.list_assertions(bob, shared)[4].id, Lifecycle.CHECKED, None)
    sharing.share_library(bob, tmp_path / "bob.factcheck", private=True)
    bob.close()
    _consistent_counts(alice)
    summary = _counts(alice)
    merge = sharing.merge(alice, tmp_path / "bob.factcheck")
    assert merge.added["articles"] == 2
    after = _consistent_counts(alice)
    assert sum(after[untouched].values()) == len(_findings())
    assert sum(after[touched].values()) == len(_findings()) - 1
    assert sum(after[shared].values()) == len(_findings()) - 1
    sharing.undo_merge(alice, merge.merge_id)
    _consistent_counts(alice)  # (bob's checked finding stays a row, back to untouched)
    assert _counts(alice) == summary
    alice.close()
