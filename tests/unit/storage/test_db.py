import sqlite3
from pathlib import Path

import pytest

from factcheck_app.storage.db import StorageError, get_meta, open_database
from factcheck_app.storage.migrations import migration_names


def test_new_library_has_schema_wal_and_foreign_keys(tmp_path: Path) -> None:
    db = open_database(tmp_path / "a.db")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert {"articles", "assertions", "notes", "refs", "verdicts", "tags"} <= set(db.table_names())
    assert get_meta(db, "schema_version") == str(len(migration_names()))
    assert len(get_meta(db, "library_id")) == 36


def test_reopening_keeps_the_library_id(tmp_path: Path) -> None:
    first = open_database(tmp_path / "a.db")
    library_id = get_meta(first, "library_id")
    first.close()
    assert get_meta(open_database(tmp_path / "a.db"), "library_id") == library_id


def test_not_sqlite_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is not a database at all" * 50)
    before = path.read_bytes()
    with pytest.raises(StorageError, match="not a Factcheck library"):
        open_database(path)
    assert path.read_bytes() == before


def test_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE things (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StorageError, match="not a Factcheck library"):
        open_database(path)


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    open_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
        " VALUES ('factcheck', 'm9999_from_the_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()
    with pytest.raises(StorageError, match="newer version"):
        open_database(path)


def test_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="folder"):
        open_database(tmp_path)


def _rollback_journal_file(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute(sql)
    conn.commit()
    conn.close()


def test_refused_foreign_file_is_left_byte_identical(tmp_path: Path) -> None:
    """Refusing a file writes nothing to it: not even the switch to WAL (header bytes 18-19)."""
    path = tmp_path / "other.db"
    _rollback_journal_file(path, "CREATE TABLE things (x)")
    before = path.read_bytes()
    with pytest.raises(StorageError, match="not a Factcheck library"):
        open_database(path)
    assert path.read_bytes() == before
    assert not (tmp_path / "other.db-wal").exists()


def test_refused_newer_library_is_left_byte_identical(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    open_database(path).close()
    _rollback_journal_file(
        path,
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
        " VALUES ('factcheck', 'm9999_from_the_future', '2030-01-01')",
    )
    before = path.read_bytes()
    assert before[18:20] == b"\x01\x01"  # rollback-journal mode
    with pytest.raises(StorageError, match="newer version"):
        open_database(path, check=True)
    assert path.read_bytes() == before


def test_split_statements_matches_sqlite_utils() -> None:
    """Our linear-time splitter yields the statements sqlite-utils' splitter yields."""
    from sqlite_utils.db import _iter_complete_sql_statements

    from factcheck_app.storage.db import split_statements

    script = """
        CREATE TABLE a (x TEXT DEFAULT 'semi;colon');  ;
        -- a comment; with a semicolon
        CREATE TRIGGER t AFTER INSERT ON a BEGIN
            UPDATE a SET x = 'b;c' WHERE rowid = new.rowid;
            DELETE FROM a WHERE x = ';';
        END;
        INSERT INTO a VALUES ("q;uoted")
    """
    ours = [s for s in split_statements(script) if s.strip(" ;")]
    theirs = [s for s in _iter_complete_sql_statements(script) if s.strip(" ;")]

    def same(statements: list[str]) -> list[str]:
        return [" ".join(s.split()).rstrip(";") for s in statements]

    assert same(ours) == same(theirs)
    conn = sqlite3.connect(":memory:")
    for statement in ours:
        conn.execute(statement)
    assert conn.execute("SELECT x FROM a").fetchall() == [("b;c",)]  # the trigger ran
