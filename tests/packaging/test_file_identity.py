"""Libraries and share files carry Factcheck's SQLite application_id, and the desktop's
shared-mime-info magic rule matches the bytes of a real share file."""

from __future__ import annotations

import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path

from factcheck_app.services import Library, sharing
from factcheck_app.storage.db import APPLICATION_ID

MIME = Path(__file__).resolve().parents[2] / "packaging" / "linux" / "factcheck-mime.xml"
NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _application_id(path: Path) -> int:
    with sqlite3.connect(path) as con:
        return con.execute("PRAGMA application_id").fetchone()[0]


def _magic_matches(data: bytes, match: ET.Element) -> bool:
    offset = int(match.get("offset", "0"))
    kind, value = match.get("type"), match.get("value", "")
    if kind == "string":
        expected = value.encode().decode("unicode_escape").encode("latin-1")
    elif kind == "big32":
        expected = int(value, 16).to_bytes(4, "big")
    else:
        raise AssertionError(f"unexpected magic type {kind}")
    if data[offset : offset + len(expected)] != expected:
        return False
    children = match.findall(f"{NS}match")
    return not children or any(_magic_matches(data, c) for c in children)


def test_library_and_share_file_are_marked_and_recognised(tmp_path, library):
    share = tmp_path / "team.factcheck"
    sharing.share_library(library, share, None)
    assert _application_id(library.path) == APPLICATION_ID
    assert _application_id(share) == APPLICATION_ID
    (magic,) = ET.parse(MIME).getroot().iter(f"{NS}magic")
    rules = magic.findall(f"{NS}match")
    assert any(_magic_matches(share.read_bytes()[:100], r) for r in rules)
    plain = tmp_path / "other.db"
    with sqlite3.connect(plain) as con:
        con.execute("CREATE TABLE t (x)")
    assert not any(_magic_matches(plain.read_bytes()[:100], r) for r in rules)


def test_an_existing_library_gets_the_id_when_opened(tmp_path):
    path = tmp_path / "old.db"
    Library(path).close()
    with sqlite3.connect(path) as con:
        con.execute("PRAGMA application_id = 0")
    Library(path).close()
    assert _application_id(path) == APPLICATION_ID
