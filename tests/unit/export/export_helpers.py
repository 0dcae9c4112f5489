"""A small library with checker work of every kind, built through the services."""

from __future__ import annotations

from dataclasses import dataclass

from factcheck_app.models import Category, Lifecycle
from factcheck_app.services import Library, articles
from factcheck_app.services import annotations as notes_api
from factcheck_app.storage import assertions as assertion_store

ARTICLE_MD = """\
# Nordkorea sagt Russland „volle Unterstützung“ zu

In Moscow, Foreign Minister Choe Son Hui (최선희) met Sergey Lavrov. Reports indicate \
that around 10,000 soldiers were sent to Russia.

North Korea allegedly tested a new missile in March. Choe provided no evidence for her \
claims about a nuclear strike.

According to the Ministry of Defence, 8,000 troops are in the Kursk region. \
José Müller-Ščerbová, an analyst in Zürich, denied that the meeting was a success.
"""

PRIVATE_NOTE = "Source is my cousin, do not publish"
HOSTILE_NOTE = "Check <script>alert('x')</script> and </p> tags & **stars**"
#: The note as a reader sees it: Markdown rendered, its HTML shown as text.
HOSTILE_NOTE_SHOWN = "Check <script>alert('x')</script> and </p> tags & stars"


@dataclass
class Sample:
    lib: Library
    article_id: str
    text: str
    ids: dict[str, str]  # name -> assertion id
    reference_title: str = "Yonhap: North Korean troops in Kursk"


def _span(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def make_sample(lib: Library) -> Sample:
    article = articles.import_text(lib, ARTICLE_MD, fmt="md", source_name="nk.md").article
    text = article.text
    ids: dict[str, str] = {}
    for name, phrase, category in (
        (
            "vague",
            "Reports indicate that around 10,000 soldiers were sent to Russia",
            "vague_source",
        ),
        ("hedged", "North Korea allegedly tested a new missile in March", "hedged"),
        ("noev", "Choe provided no evidence for her claims about a nuclear strike", "no_evidence"),
        ("sourced", "According to the Ministry of Defence, 8,000 troops", "sourced"),
        ("disputed", "José Müller-Ščerbová, an analyst in Zürich, denied", "disputed"),
        ("korean", "Choe Son Hui (최선희) met Sergey Lavrov", "unsourced_claim"),
    ):
        start, end = _span(text, phrase)
        a = notes_api.get_assertion(
            lib,
            notes_api.add_manual_assertion(
                lib, article.id, start, end, Category(category), f"explanation of {name}"
            ).created,
        )
        ids[name] = a.id
    notes_api.set_status(lib, ids["noev"], Lifecycle.CHECKED)
    with lib.session() as db:  # what the analyser found as the source
        assertion_store.update_assertion(
            db, ids["disputed"], {"source_text": "José Müller-Ščerbová"}, lib.author
        )
    notes_api.set_status(lib, ids["korean"], Lifecycle.DISMISSED, "names are fine")
    notes_api.add_note(lib, article.id, "Asked Yonhap for the figures", ids["vague"])
    notes_api.add_note(lib, article.id, PRIVATE_NOTE, ids["vague"], private=True)
    notes_api.add_note(lib, article.id, HOSTILE_NOTE, ids["hedged"])
    ref = notes_api.get_reference(
        lib,
        notes_api.add_reference(
            lib,
            "Yonhap: North Korean troops in Kursk",
            url="https://example.org/yonhap/kursk",
            publisher="Yonhap",
            published="2024-11-01",
            kind="news_report",
        ).created,
    )
    ref2 = notes_api.get_reference(
        lib, notes_api.add_reference(lib, "Statement of the Ministry of Defence").created
    )
    notes_api.link_evidence(lib, ids["vague"], ref.id, "contradicts", "about 11,000", "para 3")
    notes_api.link_evidence(lib, ids["hedged"], ref2.id, "context")
    notes_api.set_verdict(lib, ids["vague"], "false", "Yonhap counts 11,000.")
    notes_api.set_verdict(lib, ids["hedged"], "unverifiable", "No launch data published.")
    notes_api.set_verdict(lib, ids["noev"], "misleading")
    notes_api.add_tag(lib, "article", article.id, "korea")
    notes_api.add_tag(lib, "assertion", ids["vague"], "numbers")
    return Sample(lib, article.id, text, ids)
