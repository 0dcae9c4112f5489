"""Claim memory in the window: the marker, the Seen before section, copy across, Claims view."""

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from factcheck_app.models import Category
from factcheck_app.services import annotations, articles

EN = "# Troops for Russia\n\nNorth Korea has reportedly sent 10,000 troops to Kursk. Cold.\n"
DE = "# Soldaten für Russland\n\nNordkorea soll 10.000 Soldaten nach Kursk geschickt haben. Kalt.\n"


def card(lib, text: str, sentence: str) -> tuple[str, str]:
    article = articles.import_text(lib, text, fmt="md").article
    start = article.text.index(sentence)
    a = annotations.get_assertion(
        lib,
        annotations.add_manual_assertion(
            lib, article.id, start, start + len(sentence), Category.HEDGED
        ).created,
    )
    return article.id, a.id


@pytest.fixture
def two_cards(library):
    """An earlier, checked card in English and a new one in German making the same claim."""
    old_article, old = card(library, EN, "North Korea has reportedly sent 10,000 troops to Kursk")
    annotations.set_verdict(library, old, "false", "No deployment of that size")
    annotations.add_note(library, old_article, "Asked the ministry on Monday", old)
    ref = annotations.get_reference(
        library,
        annotations.add_reference(library, "Ministry statement", url="https://m.example").created,
    )
    annotations.link_evidence(library, old, ref.id, "contradicts")
    new_article, new = card(library, DE, "Nordkorea soll 10.000 Soldaten nach Kursk geschickt")
    return {"old": old, "new": new, "new_article": new_article, "ref": ref.id}


def test_seen_before_lists_the_earlier_card_and_copies_it_across(qtbot, window, ctx, two_cards):
    window.show_article(two_cards["new_article"], two_cards["new"])
    detail = window.workbench.detail
    section = detail.seen_before
    qtbot.waitUntil(lambda: len(section.cards) == 1, timeout=10000)
    match_card = section.cards[0]
    assert "Verdict: false" in match_card.verdict.text()
    assert "same figure 10,000" in match_card.reason.text()

    with qtbot.waitSignal(section.loaded, timeout=10000):  # the detail reloads after the copy
        qtbot.mouseClick(match_card.copy_button, Qt.MouseButton.LeftButton)
    lib = ctx.library
    assert annotations.verdict_for(lib, two_cards["new"]).rating == "false"
    (evidence,) = annotations.evidence_for_assertion(lib, two_cards["new"])
    assert evidence.reference_id == two_cards["ref"]  # linked, not duplicated
    assert "Asked the ministry" in annotations.notes_for_assertion(lib, two_cards["new"])[0].body
    assert [c.reference.id for c in detail.evidence.cards] == [two_cards["ref"]]

    ctx.undo_stack.undo()  # one step takes the whole copy back
    assert annotations.verdict_for(lib, two_cards["new"]) is None
    assert annotations.evidence_for_assertion(lib, two_cards["new"]) == []
    assert annotations.notes_for_assertion(lib, two_cards["new"]) == []


def test_cards_with_a_match_get_the_marker(qtbot, window, two_cards):
    markers = window.workbench.seen_markers
    with qtbot.waitSignal(markers.updated, timeout=10000):
        window.show_article(two_cards["new_article"])
    delegate = window.assertion_panel.list.itemDelegate()
    qtbot.waitUntil(lambda: two_cards["new"] in delegate.seen, timeout=10000)


def test_open_article_from_a_match(qtbot, window, two_cards):
    window.show_article(two_cards["new_article"], two_cards["new"])
    section = window.workbench.detail.seen_before
    qtbot.waitUntil(lambda: len(section.cards) == 1, timeout=10000)
    qtbot.mouseClick(section.cards[0].open_button, Qt.MouseButton.LeftButton)
    assert window.assertion_panel.current_assertion_id() == two_cards["old"]


def test_claims_view_flags_contradictions_and_imports_checks(
    qtbot, window, ctx, two_cards, tmp_path: Path, monkeypatch
):
    annotations.set_verdict(ctx.library, two_cards["new"], "true")
    window.claims_action.trigger()
    view = window.claims_view
    qtbot.waitUntil(lambda: view.tree.topLevelItemCount() == 1, timeout=10000)
    head = view.tree.topLevelItem(0)
    assert head.childCount() == 2 and head.text(2) == "contradictory verdicts"

    feed = tmp_path / "feed.json"
    feed.write_text(
        json.dumps(
            {
                "claims": [
                    {
                        "text": "North Korea sent 10,000 troops to Kursk",
                        "claimReview": [
                            {
                                "publisher": {"name": "Check"},
                                "url": "https://c.example/1",
                                "reviewDate": "2024-11-02",
                                "textualRating": "False",
                            }
                        ],
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(feed), ""))
    with qtbot.waitSignal(view.loaded, timeout=10000):
        qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: view.tree.topLevelItemCount() == 1 and view.tree.topLevelItem(0).childCount() == 3,
        timeout=10000,
    )
    head = view.tree.topLevelItem(0)
    assert head.child(0).text(3) == "Published: Check"  # oldest first
    assert "feed.json: 1 added" in view.summary.text()

    view.only_contradictions.setChecked(True)
    qtbot.waitUntil(lambda: view.tree.topLevelItemCount() == 1, timeout=10000)
    member = next(
        head.child(i) for i in range(head.childCount()) if "Nordkorea" in head.child(i).text(0)
    )
    view.tree.itemActivated.emit(member, 0)
    assert window.assertion_panel.current_assertion_id() == two_cards["new"]


def test_claims_view_refuses_a_bad_file(qtbot, window, tmp_path: Path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    window.claims_action.trigger()
    bad = tmp_path / "bad.json"
    bad.write_text("{nope", encoding="utf-8")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    assert window.claims_view.import_file(bad) is False
    assert "not JSON" in shown[0]
