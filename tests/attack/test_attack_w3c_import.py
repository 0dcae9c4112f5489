"""Hostile W3C Web Annotation files and hostile article files.

W3C: a valid export with random values planted anywhere. Either the import refuses with
one clear line and the library is unchanged, or what it stored passes the share-file
gate (one validator: a W3C import can never make a later merge of this library fail).
Import: random bytes and hostile HTML/text are either imported or refused in one line.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_merge_support import populated, snapshot_rows

from factcheck_app import ingest
from factcheck_app.services import Library, articles, exports, sharing
from factcheck_app.settings import Settings
from factcheck_app.storage.untrusted import open_untrusted
from tests.attack.support import judge, record

JSON_VALUES = st.one_of(
    st.sampled_from(
        [
            "x" * 300_000,
            "not-a-uuid",
            "javascript:alert(1)",
            "\u202e",
            "\ud800",
            -1,
            10**30,
            2**70,
            [1, 2],
            {"type": "TextQuoteSelector", "exact": "a"},
            None,
            "",
        ]
    ),
    st.text(max_size=30),
    st.integers(),
    st.floats(allow_nan=False),
    st.booleans(),
)


@pytest.fixture(scope="module")
def w3c_doc(tmp_path_factory) -> dict:
    work = tmp_path_factory.mktemp("w3c-attack")
    lib, ids = populated(work / "lib.db")
    out = work / "a.jsonld"
    exports.export_articles(lib, [ids["article"]], "w3c", out)
    lib.close()
    return json.loads(out.read_text(encoding="utf-8"))


def _nodes(doc, path=()):
    yield path, doc
    if isinstance(doc, dict):
        for key, value in doc.items():
            yield from _nodes(value, (*path, key))
    elif isinstance(doc, list):
        for n, value in enumerate(doc):
            yield from _nodes(value, (*path, n))


def _plant(doc: dict, picks: list[tuple[int, object]]) -> dict:
    doc = json.loads(json.dumps(doc))
    for pick, value in picks:
        nodes = [p for p, _ in _nodes(doc) if p]
        path = nodes[pick % len(nodes)]
        parent = doc
        for key in path[:-1]:
            parent = parent[key]
        parent[path[-1]] = value
    return doc


@settings(settings.get_profile("attack"))
@given(picks=st.lists(st.tuples(st.integers(0, 10_000), JSON_VALUES), min_size=1, max_size=3))
def test_hostile_w3c_file(w3c_doc: dict, picks) -> None:
    doc = _plant(w3c_doc, picks)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        path = work / "hostile.jsonld"
        path.write_text(
            json.dumps(doc, ensure_ascii=False), encoding="utf-8", errors="surrogatepass"
        )
        lib = Library(work / "fresh.db", Settings(user_name="carol"))

        def attempt() -> None:
            exports.import_annotations(lib, path)
            for summary in articles.list_articles(lib):
                articles.get_article(lib, summary.id)
            sharing.share_library(lib, work / "out.factcheck", private=True)
            open_untrusted(work / "out.factcheck", work / "check")  # the same validator

        outcome = judge(attempt, lambda: snapshot_rows(lib))
        lib.close()
    record("W3C annotation file", outcome)
    assert outcome is None, picks


HOSTILE_HTML = [
    b'<html><head><meta charset="rot13"></head><body><p>Officials said it failed.</p></body>',
    b'<html><head><meta charset="zlib"></head><body><p>Reports indicate more.</p></body>',
    b'<html><head><meta charset="base64"></head><body><p>It is believed so.</p></body>',
    b'<html><head><meta charset="undefined"></head><body><p>Sources said so.</p></body>',
    b"<p>" + b"(" * 20_000 + b"</p>",
    b"\xff\xfe" + "Officials said it failed.".encode("utf-16-le"),
    b"\x00\x01\x02" * 100,
    b"PK\x03\x04" + b"\x00" * 100,
]


@settings(settings.get_profile("attack"))
@given(
    data=st.one_of(
        st.sampled_from(HOSTILE_HTML),
        st.binary(max_size=2000),
        st.text(max_size=2000).map(lambda t: t.encode("utf-8", "surrogatepass")),
    ),
    fmt=st.sampled_from([None, "html", "md", "txt"]),
)
def test_hostile_article_bytes(data: bytes, fmt) -> None:
    outcome = judge(lambda: ingest.parse_bytes(data, fmt))
    record("article import (bytes)", outcome)
    assert outcome is None, data[:200]


@settings(settings.get_profile("attack"))
@given(text=st.text(max_size=500).map(lambda t: t + "\ud800 Officials said it failed."))
def test_pasted_text_with_lone_surrogates(tmp_path_factory, text: str) -> None:
    lib = Library(tmp_path_factory.mktemp("paste") / "lib.db", Settings(user_name="a"))
    outcome = judge(lambda: articles.import_text(lib, text))
    lib.close()
    record("pasted text (lone surrogates)", outcome)
    assert outcome is None
