"""The default store: one SQLite file, which Datasette also opens as it is.

WAL mode lets readers work while a page is written, and each page is written
in one `BEGIN IMMEDIATE` transaction: a killed ingest leaves whole pages only,
and two processes writing at once take turns (busy timeout, then retries).
`add_pages` writes several pages in one transaction, done again without a
page that fails: committing (and writing out the search index) once for a few
pages rather than for each saves about a quarter of storing's time.
The search index is a contentless FTS5 table of character bigrams (see
search_query.py); its rows are removed with the texts they were made from,
which the articles table keeps.
"""

from __future__ import annotations

import os
import sqlite3
import time
import urllib.parse
from collections.abc import Callable
from typing import Any

from banmian.store.archive import (
    ARTICLE_COLUMNS,
    DATE_ORDER,
    INDEX_WEIGHTS,
    META_COLUMNS,
    READABLE_UNUPGRADED,
    SCHEMA_VERSION,
    SCHEMA_VIEWS,
    UPGRADABLE,
    Archive,
    Filters,
    PageToStore,
    Stored,
    ToIndex,
    core_schema,
)
from banmian.store import mentions
from banmian.store.errors import STILL_READ, ArchiveError
from banmian.store.filters import CONTINUATIONS
from banmian.store.search_query import Query, bigram_text

BUSY_TIMEOUT_S = 30.0
CACHE_KIB = 16 * 1024  # each connection's page cache, at most
_RETRIES = 8

SCHEMA = [
    *core_schema(identity="INTEGER PRIMARY KEY", reference="INTEGER", article_id="TEXT"),
    # Contentless: the bigram text is only indexed, never stored twice.
    "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5("
    "headline, body, byline, content='', tokenize='ascii')",
    SCHEMA_VIEWS,
    *mentions.schema("INTEGER"),
]


class SQLiteArchive(Archive):
    def __init__(self, path: str, *, create: bool = True):
        self.url = self.path = path
        if not create and not os.path.exists(path):
            raise ArchiveError(f"no archive at {path} (banmian ingest makes one)")
        self.unwritable = _unwritable(path)
        if create and self.unwritable:
            # Told before a page is read (OCR takes minutes a page), not when the first batch fails.
            made = "write" if os.path.exists(path) else "make"
            raise ArchiveError(f"cannot {made} {path}: {self.unwritable}{STILL_READ if made == 'write' else ''}")
        self.read_only = self.unwritable is not None
        target = _read_only_uri(path) if self.read_only else path
        try:
            self.db = sqlite3.connect(target, timeout=BUSY_TIMEOUT_S, isolation_level=None,
                                      uri=self.read_only)
        except sqlite3.Error as error:
            raise ArchiveError(f"cannot open {path}: {error}") from None
        self.db.row_factory = sqlite3.Row
        try:
            self._setup(create)
        except BaseException:
            self.db.close()
            raise

    def _setup(self, create: bool) -> None:
        self.db.execute("PRAGMA foreign_keys = ON")
        version = self._schema_version()
        if version is None:
            if not create or self._holds_tables() and self._schema_version() is None:
                raise ArchiveError(f"{self.path} is not a banmian archive")
            self._retry(lambda: self.db.execute("PRAGMA journal_mode = WAL"))
            self._write(self._create_unless_made, "schema")
        elif version in UPGRADABLE and self.read_only:
            if version not in READABLE_UNUPGRADED:
                raise ArchiveError(
                    f"{self.path} has archive schema {version}, which this banmian upgrades to "
                    f"{SCHEMA_VERSION} on opening it, but it cannot write it: open it once where it "
                    "can be written (banmian search does), then read it here"
                )
            self.schema = version
        elif version in UPGRADABLE:
            # New tables and columns only: what was stored stays, and what it lacks
            # (mentions, page images, OCR confidence) comes with the next ingest.
            self._write(lambda cur: self._upgrade(cur, version), "schema")
        elif version != str(SCHEMA_VERSION):
            raise ArchiveError(
                f"{self.path} has archive schema {version}, this banmian reads {SCHEMA_VERSION}: "
                "ingest the pages into a new archive"
            )
        self._tune()

    def _tune(self) -> None:
        # WAL without a sync at every commit: a crash loses at most the last pages, never whole ones.
        self.db.execute("PRAGMA synchronous = NORMAL")
        # A 100-page transaction changes about 16 MB of pages: in SQLite's default 2 MB cache most
        # were written to the log early and read back, 82,000 reads and writes of the files for 300
        # pages rather than 47,000 (a cache only takes memory as pages fill it).
        self.db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")

    def _holds_tables(self) -> bool:
        """Another program's database: banmian's tables are not added to it."""
        return bool(self.db.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall())

    def _schema_version(self) -> str | None:
        try:
            if not self.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchall() \
                    or not META_COLUMNS <= self._column_names(self.db, "meta"):
                return None  # (another program's meta table: its database is refused)
            rows = self.db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchall()
        except sqlite3.DatabaseError as error:
            if self.read_only and os.path.exists(f"{self.path}-wal"):
                raise ArchiveError(
                    f"cannot read {self.path}: {error}; its -wal file holds changes SQLite reads only "
                    "through a -shm file, which cannot be made in that folder: open the archive once "
                    "where it can be written, which writes the changes into it") from None
            raise ArchiveError(f"cannot read {self.path}: {error}") from None
        return rows[0][0] if rows else None

    def _create_unless_made(self, cur) -> None:
        """Make the schema, unless another process made it since this one looked: two ingests starting on a new
        archive at once both find it empty, and the one that takes the write lock second finds it made."""
        if self._schema_version() is not None:
            return
        if self._holds_tables():
            raise ArchiveError(f"{self.path} is not a banmian archive")
        self._create(cur)

    def _create(self, cur) -> None:
        for statement in SCHEMA:
            try:
                cur.execute(statement)
            except sqlite3.OperationalError as error:
                if "fts5" in str(error):
                    raise ArchiveError("this Python's SQLite has no FTS5, which search needs") from None
                raise
        cur.execute("INSERT INTO meta (key, value) VALUES ('schema', ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (str(SCHEMA_VERSION),))

    def close(self) -> None:
        self.db.close()

    # --- hooks -------------------------------------------------------------

    def _write(self, work: Callable[[Any], Any], lock: str) -> Any:
        # SQLite has one writer at a time; BEGIN IMMEDIATE takes the lock before
        # reading, so the partner pages a jump is matched against are current.
        if self.read_only:
            raise ArchiveError(f"cannot write {self.path}: {self.unwritable}{STILL_READ}")
        return self._retry(lambda: self._transaction(work))

    def add_pages(self, pages: list[PageToStore]) -> list[Stored | Exception]:
        """Store pages in one transaction.  A page whose own data fails is left out (its error in
        its place) and the transaction is done again without it: a failing page is rare, and a
        savepoint per page instead would write out the search index for each page, not once.
        A failure of the database itself (locked past the retries, disk full) keeps them all
        out: ArchiveError."""
        failed: dict[int, Exception] = {}
        while True:
            try:
                stored = iter(self._write(lambda cur: self._store_all(cur, pages, failed), "pages"))
            except _PageFailed as failure:
                failed[failure.index] = failure.error
                continue
            return [failed[n] if n in failed else next(stored) for n in range(len(pages))]

    def _store_all(self, cur, pages: list[PageToStore], failed: dict[int, Exception]) -> list[Stored]:
        stored = []
        to_index: ToIndex = []
        for n, item in enumerate(pages):
            if n in failed:
                continue
            try:
                stored.append(self._store(cur, item, to_index))
            except sqlite3.OperationalError:
                raise  # the database, not the page: the whole transaction goes (and is retried if busy)
            except Exception as error:  # noqa: BLE001 - one bad page must not lose the others
                raise _PageFailed(n, error) from error
        # The pages' search index in one statement (see Archive._store); a failure here is the
        # database's, and keeps them all out.
        self._index(cur, to_index)
        return stored

    def _transaction(self, work: Callable[[Any], Any]) -> Any:
        cur = self.db.cursor()
        cur.execute("BEGIN IMMEDIATE")
        try:
            result = work(cur)
            cur.execute("COMMIT")
        except BaseException:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise
        return result

    def _retry(self, attempt: Callable[[], Any]) -> Any:
        delay = 0.05
        for tries_left in range(_RETRIES - 1, -1, -1):
            try:
                return attempt()
            except sqlite3.OperationalError as error:
                if tries_left and _busy(error):
                    time.sleep(delay)
                    delay = min(delay * 2, 2.0)
                    continue
                raise ArchiveError(f"cannot write {self.path}: {error}") from None
        raise AssertionError("unreachable")

    def _insert(self, cur, table: str, key: str, record: dict) -> int:
        # lastrowid rather than RETURNING, which SQLite only has since 3.35.
        cur.execute(f"INSERT INTO {table} ({', '.join(record)}) VALUES ({','.join('?' * len(record))})",
                    tuple(record.values()))
        return cur.lastrowid

    def _query(self, sql: str, params: tuple | list = ()) -> list:
        try:
            return self.db.execute(sql, tuple(params)).fetchall()
        except sqlite3.OperationalError as error:
            raise ArchiveError(f"cannot read {self.path}: {error}") from None

    def _index(self, cur, articles: ToIndex) -> None:
        cur.executemany("INSERT INTO articles_fts (rowid, headline, body, byline) VALUES (?, ?, ?, ?)",
                        [(seq, *map(bigram_text, columns)) for seq, columns in articles])

    def _unindex(self, cur, seq: int, columns: tuple[str, str, str]) -> None:
        # A contentless FTS5 row is deleted by giving the values it was indexed with.
        cur.execute(
            "INSERT INTO articles_fts (articles_fts, rowid, headline, body, byline) "
            "VALUES ('delete', ?, ?, ?, ?)",
            (seq, *map(bigram_text, columns)),
        )

    def _reindex(self, cur, seq: int, old: tuple[str, str, str], new: tuple[str, str, str]) -> None:
        self._unindex(cur, seq, old)
        self._index(cur, [(seq, new)])

    def _index_afresh(self, cur, articles: ToIndex) -> None:
        # Not row by row: a contentless index's rows can be deleted only with the very tokens
        # they were indexed with, which an older banmian made otherwise.
        cur.execute("INSERT INTO articles_fts (articles_fts) VALUES ('delete-all')")
        self._index(cur, articles)

    def _match(self, query: Query | None, filters: Filters, limit: int | None, offset: int,
               order: str, columns: str = ARTICLE_COLUMNS) -> list:
        where, params = self._filter_clause(filters)
        if query is None:
            # A story's continuations are listed with it, not as hits of their own.
            sql = f"SELECT {columns}, 0.0 AS score FROM articles a WHERE a.seq NOT IN ({CONTINUATIONS}){where}"
        elif order == "relevance":
            return self._ranked(query, where, params, limit, offset, columns)
        else:
            sql = (f"SELECT {columns}, 0.0 AS score FROM articles_fts "
                   f"JOIN articles a ON a.seq = articles_fts.rowid WHERE articles_fts MATCH ? "
                   f"AND articles_fts.rowid NOT IN ({CONTINUATIONS}){where}")
            params = [query.fts, *params]
        sql += f" ORDER BY {DATE_ORDER[order]} LIMIT ? OFFSET ?"
        return self._query(sql, [*params, -1 if limit is None else limit, offset])

    def _count(self, query: Query | None, filters: Filters) -> int:
        where, params = self._filter_clause(filters)
        if query is None:
            sql = f"SELECT count(*) AS n FROM articles a WHERE a.seq NOT IN ({CONTINUATIONS}){where}"
        else:
            source = "articles_fts JOIN articles a ON a.seq = articles_fts.rowid" if where else "articles_fts"
            sql = (f"SELECT count(*) AS n FROM {source} WHERE articles_fts MATCH ? "
                   f"AND articles_fts.rowid NOT IN ({CONTINUATIONS}){where}")
            params = [query.fts, *params]
        return self._query(sql, params)[0]["n"]

    def _ranked(self, query: Query, where: str, params: list, limit: int | None, offset: int,
                columns: str) -> list:
        """Best matches first: rank every match on the index alone, then read only the rows shown.

        Reading whole article rows for thousands of matches of a common word
        cost more than ranking them.
        """
        score = f"-bm25(articles_fts, {', '.join(map(str, INDEX_WEIGHTS))})"
        source = "articles_fts JOIN articles a ON a.seq = articles_fts.rowid" if where else "articles_fts"
        seq = "a.seq" if where else "articles_fts.rowid"
        ranked = self._query(
            f"SELECT {seq} AS seq, {score} AS score FROM {source} WHERE articles_fts MATCH ? "
            f"AND articles_fts.rowid NOT IN ({CONTINUATIONS}){where} "
            "ORDER BY score DESC, seq LIMIT ? OFFSET ?",
            [query.fts, *params, -1 if limit is None else limit, offset],
        )
        if not ranked:
            return []
        scores = {row["seq"]: row["score"] for row in ranked}
        rows = self._query(
            f"SELECT {columns}, a.seq AS seq FROM articles a WHERE a.seq IN ({', '.join('?' * len(scores))})",
            list(scores),
        )
        by_seq = {row["seq"]: row for row in rows}
        return [_with_score(by_seq[seq], score) for seq, score in scores.items()]

    def _person_clause(self, column: str) -> str:
        return f"EXISTS (SELECT 1 FROM json_each(a.{column}) WHERE json_each.value = ?)"

    def _column_names(self, cur, table: str) -> set[str]:
        return {row["name"] for row in cur.execute(f"PRAGMA table_info({table})").fetchall()}


def _unwritable(path: str) -> str | None:
    """Why the archive at `path` (or one made there) cannot be written, None where it can: it
    and its folder, where WAL keeps its -wal and -shm files, must both be writable."""
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        return f"its folder {folder} does not exist"
    if os.statvfs(folder).f_flag & os.ST_RDONLY:
        return "it is on a read-only file system"
    if os.path.exists(path) and not os.access(path, os.W_OK):
        return "the file is read-only"
    if not os.access(folder, os.W_OK):
        return f"its folder {folder} cannot be written (SQLite writes its -wal and -shm files there)"
    return None


def _read_only_uri(path: str) -> str:
    """How to read an archive that cannot be written: a copy, a read-only mount, a folder the web
    server's user cannot write.  WAL would make its -shm file beside it to read it at all.
    Where a -wal file is there, a writer may be at work, and SQLite reads it read-only through
    the -shm file beside it; else nothing can change the file, and SQLite reads it as immutable,
    without the -shm file."""
    wal = os.path.exists(f"{path}-wal")
    return f"file:{urllib.parse.quote(os.path.abspath(path))}?{'mode=ro' if wal else 'immutable=1'}"


class _PageFailed(Exception):
    """Page `index` of a batch failed with `error`; the batch's transaction is rolled back."""

    def __init__(self, index: int, error: Exception):
        super().__init__(index, error)
        self.index, self.error = index, error


def _with_score(row: sqlite3.Row, score: float) -> dict:
    found = dict(zip(row.keys(), row))
    found["score"] = score
    return found


def _busy(error: sqlite3.OperationalError) -> bool:
    message = str(error).lower()
    return "locked" in message or "busy" in message
