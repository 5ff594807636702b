"""A database that holds another program's tables: banmian says so in one line and leaves them be."""

from __future__ import annotations

import sqlite3

import pytest

from banmian.store import ArchiveError, ingest_text, open_archive, search

from .fixtures import PAGE1


def _execute(db_url: str, *statements: str) -> list:
    """Run SQL on the database as another program would; the last statement's rows."""
    if db_url.startswith("postgresql://"):
        import psycopg

        with psycopg.connect(db_url, autocommit=True) as conn:
            rows = [conn.execute(statement) for statement in statements][-1]
            return rows.fetchall() if rows.description else []
    with sqlite3.connect(db_url) as conn:
        rows = [conn.execute(statement) for statement in statements][-1]
        return rows.fetchall()


FOREIGN = {
    "pages": ("CREATE TABLE pages (id INTEGER PRIMARY KEY, title TEXT)", "INSERT INTO pages VALUES (1, 'x')"),
    "meta": ("CREATE TABLE meta (k TEXT, v TEXT)", "INSERT INTO meta VALUES ('schema', 'theirs')"),
    "meta with banmian's columns": ("CREATE TABLE meta (key TEXT, value TEXT)",
                                    "INSERT INTO meta VALUES ('owner', 'theirs')"),
    "open_jumps": ("CREATE TABLE t (x INTEGER)", "INSERT INTO t VALUES (1)",
                   "CREATE VIEW open_jumps AS SELECT x FROM t"),
}


@pytest.mark.parametrize("foreign", FOREIGN)
def test_a_database_holding_a_table_of_banmians_names_is_refused_in_one_line(db_url, foreign):
    *create, fill = FOREIGN[foreign]
    _execute(db_url, *create, fill)
    table = fill.split()[2] if fill.startswith("INSERT") else "open_jumps"
    before = _execute(db_url, f"SELECT * FROM {table}")
    for attempt in (lambda: ingest_text(db_url, PAGE1, enrich=False), lambda: search(db_url, "温岭")):
        with pytest.raises(ArchiveError) as refused:
            attempt()
        message = str(refused.value)
        assert "\n" not in message
        assert any(said in message for said in ("banmian did not make", "not a banmian archive", "no archive")), \
            message
    assert _execute(db_url, f"SELECT * FROM {table}") == before


def test_a_database_holding_only_other_tables_takes_an_archive_beside_them(db_url, backend):
    if backend == "sqlite":
        pytest.skip("a SQLite file is one program's database: another's is refused whole")
    _execute(db_url, "CREATE TABLE users (id INTEGER, name TEXT)", "INSERT INTO users VALUES (1, 'ann')")
    ingest_text(db_url, PAGE1, enrich=False)
    assert search(db_url, "数控机床")
    assert _execute(db_url, "SELECT * FROM users") == [(1, "ann")]
