"""The archive: store rebuilt pages, search them, read and export whole stories.

    >>> from banmian import store
    >>> with store.open_archive("banmian.db") as archive:
    ...     report = store.ingest_paths(archive, ["pages/"])
    ...     hits = store.search(archive, "温岭", date_from="2024-01-01")
    ...     story = store.get_article(archive, hits[0].id)
    ...     people = store.entities(archive, "江", entity_type="PER")
    ...     trend = store.term_trends(archive, ["营商环境", "数控机床"])

Every function takes an open `Archive` or its URL: a SQLite file path (the
default store, made on first ingest) or a postgresql:// DSN.  Given a URL, the
function opens the archive, does its work and closes it again.
"""

from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path
from collections.abc import Callable, Iterator
from typing import IO, TYPE_CHECKING, BinaryIO

from banmian.store import formats
from banmian.store.archive import Archive, Hit, Stored, searchable_text
from banmian.store.errors import ArchiveError, GoneError, NotFoundError, QueryError, display_url
from banmian.store.filters import Filters, month_days
from banmian.store.formats import FORMATS, ninjs
from banmian.store.paths import readable
from banmian.store.search_query import parse
from banmian.store.sqlite import SQLiteArchive
from banmian.store.stitch import PartRef, Story

if TYPE_CHECKING:
    from banmian.store import ingest

DEFAULT_URL = "banmian.db"
_POSTGRES = ("postgresql://", "postgres://")

__all__ = [
    "Archive", "ArchiveError", "FORMATS", "Filters", "GoneError", "Hit", "IngestReport", "NotFoundError",
    "PartRef", "Progress", "QueryError", "Stored", "Story", "count", "enrich_stored", "entities", "entity", "export",
    "pages_not_enriched",
    "get_article",
    "ingest_paths", "ingest_text", "issue_entities", "issue_pages", "issues", "month_days",
    "neighbours", "ninjs", "open_archive", "page_at", "page_for", "papers", "remove_page", "remove_page_of",
    "replacement",
    "remove_pages_from", "search",
    "searchable_text", "term_articles", "term_trends",
]


def __getattr__(name: str):
    """The ingest's report types load with the ingest, which imports the rebuild and the tagger:
    `banmian search` and the web reader need neither."""
    if name in ("IngestReport", "Progress"):
        from banmian.store import ingest

        return getattr(ingest, name)
    raise AttributeError(f"module 'banmian.store' has no attribute {name!r}")


def open_archive(url: str = DEFAULT_URL, *, create: bool = True) -> Archive:
    """Open (and with `create`, make if missing) the archive at a SQLite path or postgresql:// URL."""
    if url.startswith(_POSTGRES):
        from banmian.store.postgres import PostgresArchive

        return PostgresArchive(url, create=create)
    if url.startswith("sqlite:///"):
        url = url[len("sqlite:///"):]
    elif _OTHER_SCHEME.match(url):
        raise ArchiveError(f"cannot open {display_url(url)}: an archive is a SQLite file or a postgresql:// URL")
    return SQLiteArchive(url, create=create)


_OTHER_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+://")


@contextlib.contextmanager
def _opened(db: Archive | str, *, create: bool = False) -> Iterator[Archive]:
    if isinstance(db, Archive):
        yield db
    else:
        with open_archive(db, create=create) as archive:
            yield archive


def ingest_paths(db: Archive | str, paths: list[str], *, paper: str | None = None,
                 date: str | None = None, page: int | None = None, section: str | None = None,
                 progress: Callable[[ingest.Progress], None] | None = None,
                 stdin: BinaryIO | None = None, enrich: bool = True, again: bool = False) -> ingest.IngestReport:
    """Rebuild, enrich (unless told not to) and store every page under `paths` (files, folders,
    "-" for stdin), in batches of up to 100 pages, one transaction each; `progress` is told
    after each file and OCR page.  A scan or PDF stored whole and unchanged since is not read
    again (its pages are enriched if they were stored without), unless `again`."""
    from banmian.store import ingest

    made = _new_sqlite_file(db)
    empty = False
    try:
        with _opened(db, create=True) as archive:
            try:
                return ingest.ingest_paths(archive, paths, paper=paper, date=date, page=page,
                                           section=section, progress=progress, stdin=stdin, enrich=enrich,
                                           again=again)
            finally:
                empty = made is not None and not archive.counts()["pages"]
    finally:
        if empty:
            # Nothing was stored: leave no archive where there was none (ingest nosuch.txt --db new.db).
            for path in (made, f"{made}-wal", f"{made}-shm"):
                if os.path.exists(path):
                    os.unlink(path)


def _new_sqlite_file(db: Archive | str) -> str | None:
    """The path of the SQLite archive that opening `db` would make, None where it exists or is no file."""
    if not isinstance(db, str) or db.startswith(_POSTGRES):
        return None
    path = db[len("sqlite:///"):] if db.startswith("sqlite:///") else db
    return None if os.path.exists(path) else path


def ingest_text(db: Archive | str, text: str, *, name: str = "<text>", paper: str | None = None,
                date: str | None = None, page: int | None = None, section: str | None = None,
                enrich: bool = True) -> Stored:
    """Rebuild, enrich (unless told not to) and store one page given as text."""
    from banmian.store import ingest

    with _opened(db, create=True) as archive:
        return ingest.ingest_text(archive, text, name=name, paper=paper, date=date, page=page,
                                  section=section, enrich=enrich)


def enrich_stored(db: Archive | str, *, every: bool = False) -> int:
    """Give the pages stored without enrichment (`ingest --no-enrich`; every page with `every`, for
    a banmian that finds more) what their articles mention, in place: nothing is read or rebuilt
    again.  How many pages."""
    from banmian.store import ingest

    with _opened(db) as archive:
        return ingest.enrich_stored(archive, archive.pages_to_enrich(every=every))


def pages_not_enriched(db: Archive | str) -> int:
    """How many stored pages were stored without enrichment (`ingest --no-enrich`): what they
    mention is not searched, listed or exported until `enrich_stored` finds it."""
    with _opened(db) as archive:
        return archive.pages_not_enriched()


def search(db: Archive | str, query: str | None, *, limit: int | None = 20, offset: int = 0,
           order: str = "relevance", **filters) -> list[Hit]:
    """Articles containing the query (exact substrings; AND/OR/NOT, "phrases"), best first, or
    newest or oldest issue first (`order`: relevance, newest, oldest).

    `filters` are the fields of `Filters`: paper, date_from, date_to, kind, reporter,
    entity, entity_type, mentions_date.
    """
    with _opened(db) as archive:
        return archive.search(query, Filters(**filters), limit=limit, offset=offset, order=order)


def count(db: Archive | str, query: str | None, **filters) -> int:
    """How many stories `search` finds in all (a story that jumps once), of which it gives a page."""
    with _opened(db) as archive:
        return archive.count(query, Filters(**filters))


def get_article(db: Archive | str, article_id: str) -> Story:
    """The story an article id (or a 6+ character prefix of one) belongs to, stitched across jumps;
    for the id of an article replaced by its page ingested again, the same story's now."""
    with _opened(db) as archive:
        return archive.story(article_id)


def replacement(db: Archive | str, article_id: str) -> dict | None:
    """Where an article whose page was ingested again without it went (Archive.replacement): the
    id of the same story on the page now (`by`; None where none is), where and when; None for an
    id never replaced.  get_article follows it."""
    with _opened(db) as archive:
        return archive.replacement(article_id)


def export(db: Archive | str, fmt: str, output: str | IO | None = None, *, query: str | None = None,
           **filters) -> int:
    """Write every matching story, stitched, with what it mentions, as jsonl, csv, parquet or
    ninjs; return how many.  `filters` are the fields of `Filters`."""
    selected = Filters(**filters)
    if fmt not in FORMATS:
        raise ArchiveError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}")
    if query and query.strip():
        parse(query)  # a bad query is told before anything is opened or written
    if isinstance(output, str) and isinstance(db, str) and _same_file(output, db):
        raise ArchiveError(f"{output} is the archive being exported: choose another file")
    if isinstance(output, str) and is_database(output):
        raise ArchiveError(f"{output} is a database (another archive?): choose another file")
    with _opened(db) as archive:
        return formats.write(archive.stories(query, selected), fmt, output)


def is_database(path: str) -> bool:
    """Is the file at `path` an SQLite database?  An output written there would replace an archive."""
    try:
        with open(path, "rb") as existing:
            return existing.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER
    except OSError:
        return False  # not there yet, or not a file: writing it says what is wrong


_SQLITE_HEADER = b"SQLite format 3\x00"


def _same_file(output: str, db: str) -> bool:
    """Is `output` the SQLite archive at `db`, or one of its -wal and -shm files?"""
    return any(os.path.exists(output) and os.path.exists(path) and os.path.samefile(output, path)
               for path in (db, f"{db}-wal", f"{db}-shm"))


# --- what articles mention ------------------------------------------------------


def entities(db: Archive | str, query: str | None = None, *, entity_type: str | None = None,
             limit: int = 50) -> list[dict]:
    """Entities whose canonical name contains `query`, in most articles first, with counts."""
    with _opened(db) as archive:
        return archive.entities(query, entity_type=entity_type, limit=limit)


def entity(db: Archive | str, name: str, entity_type: str | None = None) -> dict:
    """One entity: counts, mentions per month, the entities it appears with, its titles and roles."""
    with _opened(db) as archive:
        return archive.entity(name, entity_type)


def issue_entities(db: Archive | str, paper: str, date: str) -> dict[str, list[dict]]:
    """The people (PER), organisations (ORG) and places (LOC) of one issue, most articles first."""
    with _opened(db) as archive:
        return archive.issue_entities(paper, date)


def term_trends(db: Archive | str, terms: list[str], **filters) -> dict:
    """Each term's matching articles per month and their share of the month's articles."""
    with _opened(db) as archive:
        return archive.term_trends(terms, Filters(**filters))


def term_articles(db: Archive | str, term: str, month: str, *, limit: int | None = 20,
                  offset: int = 0, **filters) -> list[Hit]:
    """The articles behind one point of a trend: those matching `term` in issues of `month` (YYYY-MM)."""
    first, last = month_days(month)
    return search(db, term, limit=limit, offset=offset, **{**filters, "date_from": first, "date_to": last})


# --- browsing: what the web reader lists -------------------------------------


def papers(db: Archive | str) -> list[dict]:
    """Each newspaper with dated pages: its issue and page counts, first and last date."""
    with _opened(db) as archive:
        return archive.papers()


def issues(db: Archive | str, paper: str) -> list[dict]:
    """The issues of one paper, newest first."""
    with _opened(db) as archive:
        return archive.issues(paper)


def issue_pages(db: Archive | str, paper: str, date: str) -> list[dict]:
    """The pages of one issue in order, each with its articles in print order."""
    with _opened(db) as archive:
        return archive.issue_pages(paper, date)


def page_at(db: Archive | str, paper: str, date: str, page: int) -> dict:
    """One stored page: raw text, lines, placements (with article ids) and its article ids."""
    with _opened(db) as archive:
        return archive.page_at(paper, date, page)


def remove_page(db: Archive | str, paper: str, date: str, page: int, section: str | None = None) -> int:
    """Remove one stored page and what it holds (Archive.remove_page); how many articles went."""
    with _opened(db) as archive:
        return archive.remove_page(paper, date, page, section)


def remove_pages_from(db: Archive | str, path: str) -> tuple[int, int]:
    """Remove every stored page read from a file or the files under a folder (Archive.remove_pages_from;
    the path need not be there any more); how many pages and articles went."""
    with _opened(db) as archive:
        return archive.remove_pages_from(readable(str(Path(path).resolve())))  # as ingest stores it


def remove_page_of(db: Archive | str, article_id: str) -> int:
    """Remove the stored page that holds an article (Archive.remove_page_of); how many articles went."""
    with _opened(db) as archive:
        return archive.remove_page_of(article_id)


def page_for(db: Archive | str, article_id: str) -> dict:
    """The stored page an article was printed on, as page_at gives it."""
    with _opened(db) as archive:
        return archive.page_for(article_id)


def neighbours(db: Archive | str, article_id: str) -> tuple[str | None, str | None]:
    """The ids of the stories printed before and after this one in its issue (None at either end)."""
    with _opened(db) as archive:
        return archive.neighbours(article_id)
