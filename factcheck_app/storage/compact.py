"""Untouched detector findings, kept as one compact record per article (issue 15).

A detector finding nobody has worked on is fully re-derivable from the article text and
the analysis that produced it, yet as an ``assertions`` row it cost three UUIDs, two
timestamps, its quote and context, and the row and index overhead: 33 such rows made a
library five times the size of its text. So an analysis run stores the findings of an
article as one ``article_findings`` row: a zlib-packed list of (span, category, rule,
explanation key and parameters, confidence, cue, source) per finding. Quote, prefix and
suffix are read back from the article text; the explanation is rendered from its key as
for any row.

A finding becomes an ``assertions`` row (is *materialised*) the first time a checker
touches it: a state change, note, verdict, reference, tag, edit or deletion. Ids are
deterministic (:func:`derived_id`: a hash of article, span, category and rule, ending in
the article id's first 12 hex digits so the article is found from the id), so a finding
has the same id before and after, in undo history, exports and shares (m0015 gives the
rows it folds their derived id). A stored row hides the record's finding of the same id
(deleted or not) or, for a detector row, of the same article, span, category and rule
(the same finding stored by a copy from before m0015 under its old id), so the union of
the two is what every reader sees (``storage.assertions``), and nothing here needs the
undo journal: materialising writes the finding as it was, and the edit after it is an
ordinary, undoable row write.

``counts`` holds, per category, how many of the record's findings are not materialised;
the ``assertion_counts`` triggers (m0015) add it to the counted rows.
"""

from __future__ import annotations

import hashlib
import json
import uuid
import zlib
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

from sqlite_utils import Database

from factcheck_app.models import Lifecycle, Origin

TABLE = "article_findings"
ANCHOR_CONTEXT = 32
#: Format of the packed list (first element of the JSON); a newer one is refused.
FORMAT = 1
#: Most bytes a record may unpack to (a share file's record is untrusted).
MAX_UNPACKED = 8_000_000
_NAMESPACE = uuid.UUID("6f1b7c52-5d0e-4f59-9d43-2f4e8b8a1c15")
_NAMESPACE_BYTES = _NAMESPACE.bytes
#: The packed fields after (gap from the previous start, length), in order; trailing
#: defaults are left out.
_FIELDS = (
    "category",
    "rule",
    "explain_key",
    "explain_params",
    "confidence",
    "lang",
    "cue_start",
    "cue_end",
    "source_text",
    "detector_version",
    "explanation",
    "id",
)
_DEFAULTS: dict[str, Any] = {
    "rule": None,
    "explain_key": None,
    "explain_params": None,
    "confidence": 1.0,
    "lang": "",
    "cue_start": None,
    "cue_end": None,
    "source_text": None,
    "detector_version": None,
    "explanation": "",
    "id": "",
}


def _uuid5(name: str) -> str:
    """``str(uuid.uuid5(_NAMESPACE, name))`` without the UUID object (a record expands to
    dozens of ids on every read)."""
    h = hashlib.sha1(_NAMESPACE_BYTES + name.encode("utf-8"), usedforsecurity=False).hexdigest()
    variant = "89ab"[int(h[16], 16) & 3]
    return f"{h[:8]}-{h[8:12]}-5{h[13:16]}-{variant}{h[17:20]}-{h[20:32]}"


@lru_cache(maxsize=4096)
def _node(article_id: str) -> str | None:
    """The article id's first 12 hex digits, which end the ids of its findings."""
    node = article_id.replace("-", "")[:12].lower()
    if len(node) != 12 or any(c not in "0123456789abcdef" for c in node):
        return None
    return node


def derived_id(article_id: str, start: int, end: int, category: str, rule: str | None) -> str:
    """The id of an untouched finding: the same wherever the same analysis ran."""
    digest = _uuid5(f"{article_id}\x1f{start}\x1f{end}\x1f{category}\x1f{rule}")
    node = _node(article_id)
    return digest if node is None else digest[:24] + node


def revision(assertion_id: str) -> str:
    """The ``rev`` an untouched finding has (and keeps when it becomes a row): derived
    from its id, so two copies that materialise it hold the same version."""
    return _uuid5(assertion_id)


def _article_prefix(assertion_id: str) -> str | None:
    """The start of the article id a derived id ends in ("xxxxxxxx-xxxx"), if it is one."""
    node = assertion_id[24:]
    if len(assertion_id) != 36 or len(node) != 12:
        return None
    return f"{node[:8]}-{node[8:]}"


# --- packing ------------------------------------------------------------------------------


def pack(article_id: str, findings: list[dict[str, Any]], detector_version: str) -> bytes:
    """Pack finding values (``assertions`` columns) sorted by span; ids equal to the
    derived one and the record's detector version are left out."""
    packed: list[list[Any]] = []
    previous = 0
    for f in sorted(findings, key=lambda f: (f["start"], f["end"])):
        values = dict(f)
        if values.get("detector_version") == detector_version:
            values["detector_version"] = None
        if values.get("cue_start") is not None:
            values["cue_start"] = values["cue_start"] - f["start"]
        if values.get("cue_end") is not None:
            values["cue_end"] = values["cue_end"] - f["start"]
        if values.get("id") == derived_id(
            article_id, f["start"], f["end"], f["category"], f.get("rule")
        ):
            values["id"] = ""
        values["id"] = values.get("id") or ""
        row = [f["start"] - previous, f["end"] - f["start"]]
        row.extend(values.get(name, _DEFAULTS.get(name)) for name in _FIELDS)
        while len(row) > 3 and row[-1] == _DEFAULTS[_FIELDS[len(row) - 3]]:
            row.pop()
        packed.append(row)
        previous = f["start"]
    text = json.dumps([FORMAT, packed], ensure_ascii=False, separators=(",", ":"))
    return zlib.compress(text.encode("utf-8"), 9)


def unpack(data: bytes, detector_version: str) -> list[dict[str, Any]]:
    """The finding values of a record; ValueError when it is not one we wrote."""
    out: list[dict[str, Any]] = []
    start = 0
    for row in _packed_rows(data):
        if not isinstance(row, list) or len(row) < 3 or len(row) > 2 + len(_FIELDS):
            raise ValueError("bad finding")
        start += int(row[0])
        values: dict[str, Any] = dict(_DEFAULTS)
        values.update(zip(_FIELDS, row[2:], strict=False))
        values["start"] = start
        values["end"] = start + int(row[1])
        for cue in ("cue_start", "cue_end"):
            if values[cue] is not None:
                values[cue] = start + int(values[cue])
        values["detector_version"] = values["detector_version"] or detector_version
        out.append(values)
    return out


# --- reading ------------------------------------------------------------------------------


#: What hides a record's finding: the id of a stored row, or the identity (article,
#: start, end, category, rule) of a stored detector row (the same finding stored under
#: another id, e.g. by a copy of the library from before m0015).
Hidden = tuple[set[str], set[tuple[Any, ...]]]
NOTHING_HIDDEN: Hidden = (set(), set())


def _expand(
    article_id: str, text: str, record: dict[str, Any], hidden: Hidden
) -> list[dict[str, Any]]:
    """A record's findings as ``assertions`` rows, less those stored as rows (``hidden``)."""
    ids, keys = hidden
    rows = []
    stamp = record["analysed_at"]
    for f in unpack(record["data"], record["detector_version"]):
        start, end = f["start"], f["end"]
        row_id = f["id"] or derived_id(article_id, start, end, f["category"], f["rule"])
        if row_id in ids or (article_id, start, end, f["category"], f["rule"]) in keys:
            continue
        rows.append(
            {
                **f,
                "id": row_id,
                "article_id": article_id,
                "quote": text[start:end],
                "prefix": text[max(0, start - ANCHOR_CONTEXT) : start],
                "suffix": text[end : end + ANCHOR_CONTEXT],
                "origin": str(Origin.DETECTOR),
                "review": "new",
                "dismiss_reason": None,
                "status": str(Lifecycle.TO_CHECK),
                "created_at": stamp,
                "updated_at": stamp,
                "author": record["author"],
                "deleted": 0,
                "trashed": 0,
            }
        )
    return rows


def _records(db: Database, article_ids: list[str]) -> Iterator[dict[str, Any]]:
    for at in range(0, len(article_ids), 500):
        chunk = article_ids[at : at + 500]
        marks = ", ".join("?" for _ in chunk)
        cursor = db.execute(
            "SELECT f.article_id, f.detector_version, f.analysed_at, f.author, f.data, a.text"
            f" FROM {TABLE} f JOIN articles a ON a.id = f.article_id"
            f" WHERE f.article_id IN ({marks})",
            chunk,
        )
        names = [d[0] for d in cursor.description]
        for found in cursor.fetchall():
            yield dict(zip(names, found, strict=True))


def _stored(db: Database, article_ids: list[str], owners: set[str] | None = None) -> Hidden:
    """Ids of every assertions row (deleted or not) of the articles, and the identity
    of every detector row among them; ``owners`` collects the articles that have rows."""
    ids: set[str] = set()
    keys: set[tuple[Any, ...]] = set()
    for at in range(0, len(article_ids), 500):
        chunk = article_ids[at : at + 500]
        marks = ", ".join("?" for _ in chunk)
        for row_id, article_id, start, end, category, rule, origin in db.execute(
            f'SELECT id, article_id, start, "end", category, rule, origin FROM assertions'
            f" WHERE article_id IN ({marks})",
            chunk,
        ).fetchall():
            ids.add(row_id)
            if owners is not None:
                owners.add(article_id)
            if origin == "detector":
                keys.add((article_id, start, end, category, rule))
    return ids, keys


def rows_for(db: Database, article_ids: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
    """The untouched (not materialised) findings of the articles, as assertions rows."""
    ids = list(dict.fromkeys(article_ids))
    hidden = _stored(db, ids)
    return {
        r["article_id"]: _expand(r["article_id"], r["text"], r, hidden) for r in _records(db, ids)
    }


def untouched_values(db: Database, article_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    """Like :func:`rows_for`, but only the packed values (what counting needs): no quote,
    context or row bookkeeping is built for each finding, and the ids of an article
    without stored rows are not derived (nothing of it is hidden)."""
    owners: set[str] = set()
    hidden_ids, keys = _stored(db, article_ids, owners)
    out: dict[str, list[dict[str, Any]]] = {}
    for at in range(0, len(article_ids), 500):
        chunk = article_ids[at : at + 500]
        marks = ", ".join("?" for _ in chunk)
        for article_id, version, data in db.execute(
            f"SELECT article_id, detector_version, data FROM {TABLE} WHERE article_id IN ({marks})",
            chunk,
        ).fetchall():
            found = unpack(data, version)
            if article_id in owners:
                found = [
                    f
                    for f in found
                    if (article_id, f["start"], f["end"], f["category"], f["rule"]) not in keys
                    and (
                        f["id"]
                        or derived_id(article_id, f["start"], f["end"], f["category"], f["rule"])
                    )
                    not in hidden_ids
                ]
            out[article_id] = found
    return out


def find_many(db: Database, assertion_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """The untouched findings (not materialised) among ``assertion_ids``, by id; the
    article of each is read from the end of its id (:func:`derived_id`)."""
    wanted = set(assertion_ids)
    articles: set[str] = set()
    for prefix in {p for i in wanted if (p := _article_prefix(i)) is not None}:
        articles.update(
            r[0]
            for r in db.execute(
                f"SELECT article_id FROM {TABLE} WHERE article_id >= ? AND article_id < ?",
                [prefix, prefix + "~"],
            ).fetchall()
        )
    return {
        row["id"]: {**row, "rev": revision(row["id"])}
        for rows in rows_for(db, sorted(articles)).values()
        for row in rows
        if row["id"] in wanted
    }


def find(db: Database, assertion_id: str) -> dict[str, Any] | None:
    """The untouched finding ``assertion_id`` (not materialised), or None."""
    return find_many(db, [assertion_id]).get(assertion_id)


def iter_all(db: Database) -> Iterator[dict[str, Any]]:
    """Every untouched finding of the library (for id prefixes typed in the CLI)."""
    ids = [r[0] for r in db.execute(f"SELECT article_id FROM {TABLE}").fetchall()]
    for at in range(0, len(ids), 200):
        for rows in rows_for(db, ids[at : at + 200]).values():
            yield from rows


def ids_with_prefix(db: Database, prefix: str) -> list[str]:
    return [r["id"] for r in iter_all(db) if r["id"].startswith(prefix)]


# --- writing ------------------------------------------------------------------------------


def write(
    db: Database,
    article_id: str,
    findings: list[dict[str, Any]],
    detector_version: str,
    analysed_at: str,
    author: str,
) -> None:
    """Replace the article's record; counts follow. An analysis that found nothing
    still leaves an (empty) record: it is the library's mark that the article was
    analysed, so the list says "nothing to check" rather than "not analysed"."""
    data = pack(article_id, findings, detector_version)
    same = db.execute(
        f"SELECT 1 FROM {TABLE} WHERE article_id = ? AND data = ? AND detector_version = ?",
        [article_id, data, detector_version],
    ).fetchone()
    if same:  # the same findings: they keep the time they were found
        return
    db.execute(
        f"INSERT OR REPLACE INTO {TABLE}"
        " (article_id, detector_version, analysed_at, author, counts, data)"
        " VALUES (?, ?, ?, ?, '{}', ?)",
        [
            article_id,
            detector_version,
            analysed_at,
            author,
            data,
        ],
    )
    refresh_counts(db, [article_id])


def counts_text(counts: dict[str, int]) -> str:
    """A record's ``counts`` as stored (the one spelling, so equal counts compare equal)."""
    return json.dumps(counts, sort_keys=True, separators=(",", ":"))


def articles_with_rows(db: Database, article_ids: list[str]) -> set[str]:
    """The articles among ``article_ids`` with any ``assertions`` row (deleted or not):
    only their records can have findings hidden by a row."""
    found: set[str] = set()
    for at in range(0, len(article_ids), 500):
        chunk = article_ids[at : at + 500]
        marks = ", ".join("?" for _ in chunk)
        found.update(
            r[0]
            for r in db.execute(
                f"SELECT DISTINCT article_id FROM assertions WHERE article_id IN ({marks})", chunk
            )
        )
    return found


def refresh_counts(db: Database, article_ids: Iterable[str]) -> None:
    """Recount each record's findings that are not materialised (after rows with their
    ids were added or removed: materialising, merging, undoing a merge)."""
    ids = list(dict.fromkeys(article_ids))
    with_rows = articles_with_rows(db, ids)
    # an article without rows hides nothing: its categories are counted as packed
    expanded = untouched_values(db, [i for i in ids if i in with_rows])
    for at in range(0, len(ids), 500):
        chunk = [i for i in ids[at : at + 500] if i not in with_rows]
        if not chunk:
            continue
        marks = ", ".join("?" for _ in chunk)
        for article_id, version, data in db.execute(
            f"SELECT article_id, detector_version, data FROM {TABLE} WHERE article_id IN ({marks})",
            chunk,
        ).fetchall():
            expanded[article_id] = unpack(data, version)
    for article_id, rows in expanded.items():
        text = counts_text(category_counts(f["category"] for f in rows))
        db.execute(
            f"UPDATE {TABLE} SET counts = ? WHERE article_id = ? AND counts IS NOT ?",
            [text, article_id, text],
        )


def materialise(db: Database, assertion_id: str) -> bool:
    """Give an untouched finding its own assertions row, as it is; True when it did.

    Called by the write path (``rows``) before the first write that needs the row. The
    row's revision is derived from its id, so two copies that materialise the same
    finding hold the same version. Not journaled: the row shows what was shown before.
    """
    if db.execute("SELECT 1 FROM assertions WHERE id = ?", [assertion_id]).fetchone():
        return False
    row = find(db, assertion_id)
    if row is None:
        return False
    columns = [r[1] for r in db.execute("PRAGMA table_info(assertions)").fetchall()]
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    db.execute(f"INSERT INTO assertions ({names}) VALUES ({marks})", [row.get(c) for c in columns])
    # one finding fewer in the record's counts (its trigger recounts the article)
    path = f"$.{row['category']}"
    db.execute(
        f"UPDATE {TABLE} SET counts = json_set(counts, ?, json_extract(counts, ?) - 1)"
        " WHERE article_id = ? AND json_extract(counts, ?) > 0",
        [path, path, row["article_id"], path],
    )
    return True


def _packed_rows(data: bytes) -> Any:
    """The packed rows of a record (``[gap, length, *fields]`` each), unchecked."""
    inflate = zlib.decompressobj()
    raw = inflate.decompress(bytes(data), MAX_UNPACKED)
    if inflate.unconsumed_tail:
        raise ValueError("record too large")
    loaded = json.loads(raw.decode("utf-8"))
    if not (isinstance(loaded, list) and len(loaded) == 2 and loaded[0] == FORMAT):
        raise ValueError("unknown record format")
    return loaded[1]


def category_counts(categories: Iterable[str]) -> dict[str, int]:
    """How many findings there are per category (a record's ``counts``)."""
    counts: dict[str, int] = {}
    for category in categories:
        counts[category] = counts.get(category, 0) + 1
    return counts


def entry(db: Database, article_id: str, assertion_id: str) -> dict[str, Any] | None:
    """The record's finding ``assertion_id`` as a row, materialised or not."""
    for record in _records(db, [article_id]):
        for row in _expand(article_id, record["text"], record, NOTHING_HIDDEN):
            if row["id"] == assertion_id:
                return row
    return None


def record_image(db: Database, article_id: str) -> dict[str, Any] | None:
    """The article's record as JSON-safe values (a merge's before image), or None."""
    found = db.execute(
        f"SELECT detector_version, analysed_at, author, data FROM {TABLE} WHERE article_id = ?",
        [article_id],
    ).fetchone()
    if found is None:
        return None
    version, analysed_at, author, data = found
    return {
        "detector_version": version,
        "analysed_at": analysed_at,
        "author": author,
        "data": bytes(data).hex(),
    }


def restore_record(db: Database, article_id: str, image: dict[str, Any] | None) -> None:
    """Put back a record from :func:`record_image` (None: the article had none)."""
    db.execute(f"DELETE FROM {TABLE} WHERE article_id = ?", [article_id])
    if image:
        db.execute(
            f"INSERT INTO {TABLE} (article_id, detector_version, analysed_at, author, counts, data)"
            " VALUES (?, ?, ?, ?, '{}', ?)",
            [
                article_id,
                image["detector_version"],
                image["analysed_at"],
                image["author"],
                bytes.fromhex(image["data"]),
            ],
        )
        refresh_counts(db, [article_id])
