"""Claim summaries (migration m0013): the short claim a verdict is published under.

Stored with the verdict, so it is undone, shared, merged and carried through W3C like the
rest of the verdict, and ClaimReview's ``claimReviewed`` is the stored text (else the quote).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from factcheck_app.errors import InputError
from factcheck_app.export.model import ReportOptions
from factcheck_app.models import Block, BlockKind, Category, ParsedArticle
from factcheck_app.services import Library, annotations, exports, history, sharing
from factcheck_app.settings import Settings
from factcheck_app.storage import articles as article_store

TEXT = (
    "Officials said the new bridge over the Rhine near Cologne will cost 12 million euros by 2027."
)
SUMMARY = "The Rhine bridge will cost €12m"


def _library(path: Path, name: str) -> Library:
    return Library(path, settings=Settings(user_name=name, organisation="Faktencheck Nord"))


def _article(lib: Library) -> str:
    parsed = ParsedArticle("Bridge", TEXT, (Block(BlockKind.PARAGRAPH, 0, len(TEXT), "en"),))
    with lib.session() as db:
        article = article_store.insert_article(
            db, parsed, hashlib.sha256(TEXT.encode()).hexdigest(), lib.author
        )
    found = annotations.get_assertion(
        lib,
        annotations.add_manual_assertion(
            lib, article.id, 0, len(TEXT) - 1, Category.VAGUE_SOURCE
        ).created,
    )
    return found.id


@pytest.fixture
def alice(tmp_path: Path):
    lib = _library(tmp_path / "alice.db", "Alice")
    yield lib
    lib.close()


def test_stored_with_the_verdict_and_undone_with_it(alice: Library) -> None:
    aid = _article(alice)
    verdict = annotations.get_verdict(
        alice, annotations.set_verdict(alice, aid, "false", "No such budget line").created
    )
    assert verdict.claim_summary == ""  # not written yet: the quote stands in
    verdict = annotations.get_verdict(
        alice, annotations.set_verdict(alice, aid, "false", "No such budget line", SUMMARY).created
    )
    assert annotations.verdict_for(alice, aid).claim_summary == SUMMARY
    # a caller that does not show the summary keeps it
    annotations.set_verdict(alice, aid, "mostly false", "Close to it")
    assert annotations.verdict_for(alice, aid).claim_summary == SUMMARY
    history.undo(alice)
    history.undo(alice)
    assert annotations.verdict_for(alice, aid).claim_summary == ""
    history.redo(alice)
    assert annotations.verdict_for(alice, aid).claim_summary == SUMMARY
    # the export dialog's table: several at once, one step
    changes = annotations.set_claim_summaries(alice, {aid: "  Bridge   costs €12m "})
    assert changes.step is not None and history.next_undo(alice).kind == "set_claim_summaries"
    assert annotations.verdict_for(alice, aid).claim_summary == "Bridge costs €12m"


def test_no_summary_without_a_verdict(alice: Library) -> None:
    aid = _article(alice)
    with pytest.raises(InputError, match="no verdict"):
        annotations.set_claim_summaries(alice, {aid: SUMMARY})


def test_claimreview_uses_it_else_the_quote(alice: Library, tmp_path: Path) -> None:
    aid = _article(alice)
    annotations.set_verdict(alice, aid, "false", "", "")
    options = ReportOptions(base_url="https://example.org/checks/bridge")
    out = tmp_path / "c.jsonld"
    result = exports.export_articles(alice, [_article_id(alice)], "claimreview", out, options)
    (review,) = json.loads(out.read_text())["@graph"]
    assert review["claimReviewed"] == TEXT[:-1]
    assert len(result.warnings) == 1 and "factcheck verdict" in result.warnings[0]
    annotations.set_verdict(alice, aid, "false", "", SUMMARY)
    result = exports.export_articles(alice, [_article_id(alice)], "claimreview", out, options)
    (review,) = json.loads(out.read_text())["@graph"]
    assert review["claimReviewed"] == SUMMARY and not result.warnings


def _article_id(lib: Library) -> str:
    with lib.session() as db:
        return db.execute("SELECT id FROM articles").fetchone()[0]


def test_travels_in_shares_and_merges_back(alice: Library, tmp_path: Path) -> None:
    aid = _article(alice)
    annotations.set_verdict(alice, aid, "false", "", SUMMARY)
    sharing.share_library(alice, tmp_path / "to-bob.factcheck")
    with _library(tmp_path / "bob.db", "Bob") as bob:
        sharing.merge(bob, tmp_path / "to-bob.factcheck")
        assert annotations.verdict_for(bob, aid).claim_summary == SUMMARY
        annotations.set_verdict(bob, aid, "false", "", "Rhine bridge: €12m")
        sharing.share_library(bob, tmp_path / "to-alice.factcheck")
    report = sharing.merge(alice, tmp_path / "to-alice.factcheck", accept=frozenset({"rewrite"}))
    assert not report.conflicts
    assert annotations.verdict_for(alice, aid).claim_summary == "Rhine bridge: €12m"


def test_w3c_round_trip_keeps_it(alice: Library, tmp_path: Path) -> None:
    aid = _article(alice)
    annotations.set_verdict(alice, aid, "false", "", SUMMARY)
    out = tmp_path / "a.jsonld"
    exports.export_articles(alice, [_article_id(alice)], "w3c", out)
    with _library(tmp_path / "carol.db", "Carol") as carol:
        exports.import_annotations(carol, out)
        assert annotations.verdict_for(carol, aid).claim_summary == SUMMARY


def test_a_library_of_the_previous_schema_migrates(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with _library(path, "Alice") as lib:
        aid = _article(lib)
        annotations.set_verdict(lib, aid, "false", "Kept through the migration")
    conn = sqlite3.connect(path)  # back to the schema before m0013
    conn.executescript(
        "ALTER TABLE verdicts DROP COLUMN claim_summary;"
        "DELETE FROM _sqlite_migrations WHERE name = 'm0013_claim_summaries';"
    )
    conn.close()
    with _library(path, "Alice") as lib:
        verdict = annotations.verdict_for(lib, aid)
        assert (verdict.rating, verdict.explanation, verdict.claim_summary) == (
            "false",
            "Kept through the migration",
            "",
        )
        annotations.set_verdict(lib, aid, "false", "Kept through the migration", SUMMARY)
        assert annotations.verdict_for(lib, aid).claim_summary == SUMMARY
