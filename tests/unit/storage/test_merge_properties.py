"""Property: two copies edited at random merge both ways without losing anything."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_merge_support import copy_library, populated, snapshot_rows

from factcheck_app.models import Category, Lifecycle
from factcheck_app.services import Library, sharing
from factcheck_app.services import annotations as ann
from factcheck_app.services import articles as article_service
from factcheck_app.storage.merge_rows import BOOKKEEPING, columns

KINDS = (
    "add_note",
    "edit_note",
    "delete_note",
    "add_ref",
    "edit_ref",
    "delete_ref",
    "verdict",
    "add_assertion",
    "edit_assertion",
    "delete_assertion",
)
op = st.tuples(st.sampled_from(KINDS), st.integers(0, 5), st.sampled_from(["x", "y", "zä"]))
ops = st.lists(op, max_size=8)


def apply_ops(lib: Library, base: dict[str, list[str]], article_id: str, edits) -> None:
    """Edits aim at rows both copies know (index modulo) so both-sides changes happen."""
    text = article_service.get_article(lib, article_id).text
    for kind, i, word in edits:
        note = base["notes"][i % len(base["notes"])]
        ref = base["refs"][i % len(base["refs"])]
        assertion = base["assertions"][i % len(base["assertions"])]
        if kind == "add_note":
            ann.add_note(lib, article_id, f"new {word}", assertion)
        elif kind == "edit_note":
            ann.edit_note(lib, note, f"{lib.author} says {word}")
        elif kind == "delete_note":
            ann.delete_note(lib, note)
        elif kind == "add_ref":
            ann.add_reference(lib, f"source {word}")
        elif kind == "edit_ref":
            ann.edit_reference(lib, ref, ann.ReferenceFields(f"{lib.author} {word}"))
        elif kind == "delete_ref":
            with lib.session() as db:
                from factcheck_app.storage import annotations as store

                store.remove(db, "refs", ref, lib.author)
        elif kind == "verdict":
            ann.set_verdict(lib, assertion, ["true", "false", "mixed"][i % 3], word)
        elif kind == "add_assertion":
            ann.add_manual_assertion(lib, article_id, i, i + 5 + len(word), Category.HEDGED)
        elif kind == "edit_assertion":
            status = [Lifecycle.IN_PROGRESS, Lifecycle.CHECKED][len(word) % 2]
            ann.set_status(lib, assertion, status)
            ann.set_status(lib, assertion, Lifecycle.DISMISSED, word)
        elif kind == "delete_assertion":
            ann.delete_assertion(lib, assertion)
    assert text


def rows(lib: Library, table: str) -> dict[str, dict]:
    with lib.session() as db:
        names = columns(db, table)
        return {
            r[0]: dict(zip(names, r, strict=True))
            for r in db.execute("SELECT " + ", ".join(f'"{n}"' for n in names) + f" FROM {table}")
        }


def content(row: dict) -> dict:
    return {k: v for k, v in row.items() if k not in BOOKKEEPING}


def expected_conflicts(base, a, b) -> int:
    """Rows both sides changed (rev moved on each) to different content."""
    count = 0
    for table in ("articles", "assertions", "notes", "refs", "evidence", "verdicts", "tags"):
        old, mine, theirs = base[table], a[table], b[table]
        for row_id, row in old.items():
            a_changed = mine[row_id]["rev"] != row["rev"]
            b_changed = theirs[row_id]["rev"] != row["rev"]
            both_deleted = mine[row_id]["deleted"] and theirs[row_id]["deleted"]
            differ = content(mine[row_id]) != content(theirs[row_id])
            if a_changed and b_changed and differ and not both_deleted:
                count += 1
    return count


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(ops, ops)
def test_random_edits_merge_both_ways_losing_nothing(edits_a, edits_b) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        alice, ids = populated(work / "alice.db", "alice")
        more = ann.get_note(alice, ann.add_note(alice, ids["article"], "second note").created)
        ref2 = ann.get_reference(alice, ann.add_reference(alice, "second source").created)
        base_ids = {
            "notes": [ids["note"], ids["private"], more.id],
            "refs": [ids["ref"], ref2.id],
            "assertions": [ids["assertion"]],
        }
        tables = ("articles", "assertions", "notes", "refs", "evidence", "verdicts", "tags")
        base = {t: rows(alice, t) for t in tables}
        bob = copy_library(alice, work / "bob.db", "bob")
        apply_ops(alice, base_ids, ids["article"], edits_a)
        apply_ops(bob, base_ids, ids["article"], edits_b)
        before_a = {t: rows(alice, t) for t in tables}
        before_b = {t: rows(bob, t) for t in tables}
        a_file, b_file = work / "a.factcheck", work / "b.factcheck"
        sharing.share_library(alice, a_file, private=True)
        sharing.share_library(bob, b_file, private=True)

        into_a = sharing.merge(alice, b_file, accept=sharing.RISK_KINDS)
        into_b = sharing.merge(bob, a_file, accept=sharing.RISK_KINDS)

        # nothing lost: every note, reference and assertion of either side is in both
        for table in ("notes", "refs", "assertions"):
            known = set(before_a[table]) | set(before_b[table])
            assert set(rows(alice, table)) == known
            assert set(rows(bob, table)) == known
        expected = expected_conflicts(base, before_a, before_b)
        assert len(into_a.conflicts) == len(into_b.conflicts) == expected
        # the losing version of each conflict is kept
        for c in into_a.conflicts:
            lost = c.theirs if c.chosen == "ours" else c.ours
            kept = rows(alice, c.table)[c.row_id]
            assert content(kept) != content(lost)
        # symmetric in content
        assert snapshot_rows(alice) == snapshot_rows(bob)
        # the second merge is a no-op
        again = sharing.merge(alice, b_file, accept=sharing.RISK_KINDS)
        changes = again.changes
        assert again.merge_id is None and changes.empty
        assert snapshot_rows(alice) == snapshot_rows(bob)
        alice.close()
        bob.close()
