"""The one URL policy, the field validator, content sniffing and leftover cleanup."""

from __future__ import annotations

import json
import os
import re
import time
from pathlib import Path

import pytest

from factcheck_app import filetypes
from factcheck_app.export.html import link_html, note_html
from factcheck_app.export.markdown import _url
from factcheck_app.services import articles
from factcheck_app.services.leftovers import clean_leftovers
from factcheck_app.storage.validate import parse_languages, row_problem, value_problem
from factcheck_app.urlpolicy import display_url, neutral_text, safe_link

DANGEROUS = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "file:///etc/passwd",
    "ms-msdt:/id PCWDiagnostic",
    "search-ms:query=invoice",
    "\\\\evil.example\\share\\x.exe",
    "//evil.example/x",
    "http://user:pw@bank.example@evil.example/",
    "https://exa\u202emple.com/",
    "https://example.com/a b",
    "vbscript:msgbox",
    "http:/no-host",
]


@pytest.mark.parametrize("url", DANGEROUS)
def test_dangerous_addresses_never_become_links(url: str) -> None:
    assert safe_link(url) is None
    assert "<a " not in link_html(url)
    assert not _url(url).startswith("<")
    hrefs = re.findall(r'href="([^"]*)"', note_html(f"[click]({url})"))
    assert all(h.isascii() and h.startswith(("http://", "https://")) for h in hrefs)


@pytest.mark.parametrize(
    "url", ["https://example.org/a?b=c#d", "http://müller.de/x", "mailto:desk@example.org"]
)
def test_ordinary_addresses_stay_links(url: str) -> None:
    assert safe_link(url) == url
    assert link_html(url).startswith("<a href=")


def test_look_alike_hosts_show_as_punycode_and_bidi_is_neutralised() -> None:
    assert display_url("https://pаypal.com/login") == "https://xn--pypal-4ve.com/login"
    assert display_url("https://müller.de/") == "https://müller.de/"
    assert "\u202e" not in display_url("https://a.example/\u202eexe.pdf")
    assert "\u202e" not in neutral_text("Report \u202eevil")
    assert len(neutral_text("x" * 5000, 80)) == 80


def test_note_images_never_load() -> None:
    html = note_html("![pixel](http://tracker.example/p.gif) ![x](/etc/passwd)")
    assert "<img" not in html and "[image: pixel]" in html


def test_languages_by_schema_and_readers_never_crash(library) -> None:
    assert value_problem("articles", "languages", "[1, 2]")
    assert value_problem("articles", "languages", "null")
    assert value_problem("articles", "languages", '["en", "de-AT"]') is None
    assert parse_languages("[1, 2]") == () and parse_languages(None) == ()
    art = articles.import_text(library, "Officials said the plan failed.").article
    with library.session() as db:
        db.execute("UPDATE articles SET languages = ? WHERE id = ?", [json.dumps([1, 2]), art.id])
    [summary] = articles.list_articles(library)
    assert summary.languages == ()
    assert articles.get_article(library, art.id).languages == ()


def test_row_consistency_rules() -> None:
    text = "Officials said the plan failed."
    good = {"start": 0, "end": 9, "quote": "Officials", "cue_start": 0, "cue_end": 9}
    assert row_problem("assertions", good, text) is None
    assert "past the end" in row_problem("assertions", {**good, "end": 99}, text)
    assert "other words" in row_problem("assertions", {**good, "quote": "x"}, text)
    assert "cue" in row_problem("assertions", {**good, "cue_end": 20}, text)
    assert value_problem("verdicts", "rating", "true\x1b[2J")
    assert value_problem("notes", "body", "x" * 2_000_001)


def test_content_sniffing() -> None:
    assert filetypes.sniff(b"%PDF-1.7 ...") is filetypes.PDF
    assert filetypes.sniff(b"\x89PNG\r\n\x1a\n....") is filetypes.PNG
    assert filetypes.sniff(b"<!DOCTYPE html><p>x") is filetypes.HTML
    assert filetypes.sniff("Plain words, ümlaut.".encode()) is filetypes.TEXT
    assert filetypes.sniff(b"MZ\x90\x00\x03") is None  # a Windows program
    assert filetypes.sniff(b"[Desktop Entry]\nExec=rm -rf ~") is None
    assert filetypes.sniff(b"#!/bin/sh\nrm -rf ~") is None
    assert filetypes.sniff(b'<hta:application id="x">') is None


def test_leftovers_are_cleaned_only_when_old_and_ours(tmp_path: Path) -> None:
    temp = tmp_path / "tmp"
    (temp / "factcheck-merge-abc").mkdir(parents=True)
    (tmp_path / ".export-123.pdf").write_bytes(b"half")
    (tmp_path / "x.factcheck.partial").write_bytes(b"SQLite format 3\x00...")
    (tmp_path / "download.partial").write_bytes(b"someone else's")
    (tmp_path / "fresh.factcheck.partial").write_bytes(b"SQLite format 3\x00...")
    old = time.time() - 7200
    for p in [temp / "factcheck-merge-abc", *tmp_path.glob("*.partial"), *tmp_path.glob(".e*")]:
        if p.name != "fresh.factcheck.partial":
            os.utime(p, (old, old))
    removed = {p.name for p in clean_leftovers([tmp_path], temp=temp)}
    assert removed == {"factcheck-merge-abc", ".export-123.pdf", "x.factcheck.partial"}
    assert (tmp_path / "download.partial").exists() and (
        tmp_path / "fresh.factcheck.partial"
    ).exists()
