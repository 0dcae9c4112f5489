"""Re-analysis keeps the checker's work: the heart of "never lose a note"."""

from factcheck_app.explanations import Explanation
from factcheck_app.models import Block, BlockKind, Category, Finding, ParsedArticle
from factcheck_app.storage import annotations, assertions
from factcheck_app.storage.articles import insert_article
from factcheck_app.storage.db import open_database

TEXT = "Reports indicate that 10,000 troops moved. She provided no evidence."


def finding(
    start: int, end: int, category: Category = Category.VAGUE_SOURCE, version: str = "1"
) -> Finding:
    return Finding(
        category, start, end, start, start + 7, Explanation("because"), "rule.x", 0.9, "en", version
    )


def setup():
    db = open_database(None)
    parsed = ParsedArticle("t", TEXT, (Block(BlockKind.PARAGRAPH, 0, len(TEXT), "en"),))
    article = insert_article(db, parsed, "hash", "me")
    return db, article.id


def test_first_sync_adds_every_finding_with_anchors() -> None:
    db, aid = setup()
    added, updated, retired = assertions.sync_findings(db, aid, TEXT, [finding(0, 42)], "me")
    assert (len(added), updated, retired) == (1, [], [])
    stored = assertions.list_for_article(db, aid)[0]
    assert stored.quote == TEXT[0:42]
    assert stored.suffix == TEXT[42:74]


def test_same_findings_again_change_nothing() -> None:
    db, aid = setup()
    assertions.sync_findings(db, aid, TEXT, [finding(0, 42)], "me")
    assert assertions.sync_findings(db, aid, TEXT, [finding(0, 42)], "me") == ([], [], [])


def test_new_detector_version_updates_in_place() -> None:
    db, aid = setup()
    (first,), _, _ = assertions.sync_findings(db, aid, TEXT, [finding(0, 42)], "me")
    _, updated, _ = assertions.sync_findings(db, aid, TEXT, [finding(0, 42, version="2")], "me")
    assert updated == [first]


def test_untouched_stale_findings_retire_but_checker_work_survives() -> None:
    db, aid = setup()
    (a1, a2), _, _ = assertions.sync_findings(
        db, aid, TEXT, [finding(0, 42), finding(43, 68, Category.NO_EVIDENCE)], "me"
    )
    annotations.add_note(db, aid, a2, "checked with the ministry", "me")
    manual = assertions.add_manual(db, aid, TEXT, 22, 35, Category.UNSOURCED_CLAIM, "me")
    _, _, retired = assertions.sync_findings(db, aid, TEXT, [], "me")
    assert retired == [a1]
    left = {a.id for a in assertions.list_for_article(db, aid)}
    assert left == {a2, manual.id}
    assert annotations.notes_for(db, assertion_id=a2)[0].body == "checked with the ministry"


def test_dismissed_detector_assertion_is_kept_when_rule_stops_firing() -> None:
    db, aid = setup()
    (a1,), _, _ = assertions.sync_findings(db, aid, TEXT, [finding(0, 42)], "me")
    assertions.update_assertion(db, a1, {"status": "dismissed"}, "me")
    assertions.sync_findings(db, aid, TEXT, [], "me")
    assert [a.status for a in assertions.list_for_article(db, aid)] == ["dismissed"]


def test_every_write_records_a_revision() -> None:
    """A new row's revision is its ``rev`` (no history row); a change keeps the one it
    replaced, so the row's history is both."""
    db, aid = setup()
    (a1,), _, _ = assertions.sync_findings(db, aid, TEXT, [finding(0, 42)], "me")
    history = "SELECT rev FROM row_revisions WHERE row_id = ?"
    assert db.execute(history, [a1]).fetchall() == []
    # an untouched finding is packed (no row); it has the revision it gets as a row
    assert db.execute("SELECT 1 FROM assertions WHERE id = ?", [a1]).fetchone() is None
    first = assertions.get_row_any(db, a1)["rev"]
    assertions.update_assertion(db, a1, {"status": "checked"}, "me")
    second = db.execute("SELECT rev FROM assertions WHERE id = ?", [a1]).fetchone()[0]
    assert [r[0] for r in db.execute(history, [a1])] == [first] and second != first
