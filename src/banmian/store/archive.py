"""The archive: pages, their articles, the jumps between them, and the search index.

`Archive` holds what the SQLite and PostgreSQL stores share; SQL here is
written once with `?` placeholders.  A subclass supplies the connection, the
write transaction and the full-text index.

Tables (the same in both stores):

    pages     one row per stored page: its key, paper/date/page, flags, the raw
              text, the furniture, the per-line `lines` and `placements`, and
              where its image is: `source` (the file's absolute path),
              `source_format` (text, pdf or image), `source_page` (the
              page's 0-based index among the file's PDF pages or image frames)
              and `source_stamp` (the file's size and the hash of its head then);
              `enriched` says whether what its articles mention was looked for
    articles  one row per article on a page (`seq` is the index row id), with
              its `ocr_confidence` where it was read by OCR
    jumps     from_id → to_id: a head article and its continuation
    files     each scan or PDF every page of which is stored: its size, time of change and
              SHA-1 when read, the options it was read with, its pages (`FileRecord`)
    replaced_articles
              the id of each article a page ingested again no longer holds (a corrected
              headline gives its story another id): `by_id` the article of the page now that is
              the same story (`same_stories`), NULL where none is; where it was printed, and when
    meta      the schema version

and what each article mentions, where it is printed (mentions.py).

A page's key is `paper|date|page` when all three are known, else the SHA-1 of
its text.  Storing a page replaces every stored page with the same key (an
edited page) or the same text (the page stored before with other metadata).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import asdict, astuple, dataclass, field
from json.encoder import encode_basestring
from typing import Any, NamedTuple

from banmian.model import LOW_OCR_CONFIDENCE, PAGE_NUMBER_END, Article, Byline, Page, page_label
from banmian.store import mentions, stitch
from banmian.store.errors import GoneError, NotFoundError, QueryError
from banmian.store.filters import CONTINUATIONS, SQL_INTEGER_END, Filters, period_filter
from banmian.store.search_query import Query, parse, searchable, snippet

# 2 added what articles mention (mentions.py); 3 where a page's image is and each article's OCR
# confidence; 4 the section letter of a sectioned paper's page (B01), and the body of the story an
# article heads across a jump, which the search indexes in its place; 5 the section a jump names
# (（下转B2版）: a story jumps from section A to B), and search text without the layout spaces
# between Chinese characters (search_query.searchable), so every article is indexed again on
# upgrading.  An older archive gains the new tables and columns on opening; what it stored keeps
# NULL in the new columns (no page image, no confidence, no section) until its pages are ingested
# again; 6 entity counts of stories, a story that jumps counted once (an older archive's counts
# are made afresh on upgrading); 7 the scans and PDFs read whole (`files`: an unchanged one is not
# read again) and whether each page was enriched (one stored without is enriched later, in place);
# 8 the ids of articles replaced by a page ingested again (`replaced_articles`), and each article's
# people folded as search folds text (articles.people_folded: --reporter 张璐玮 finds 張璐瑋).
SCHEMA_VERSION = 8
UPGRADABLE = ("1", "2", "3", "4", "5", "6", "7")
# Schemas this banmian reads as they are where it cannot write them to upgrade them: what they
# lack only ingest and enrich use, but for replaced ids (not found) and reporters (matched as stored).
READABLE_UNUPGRADED = ("6", "7")
META_COLUMNS = {"key", "value"}  # of the meta table that records the schema version
ADDED_COLUMNS = (("pages", "source_format", "TEXT"), ("pages", "source_page", "INTEGER"),
                 ("articles", "ocr_confidence", "DOUBLE PRECISION"), ("pages", "section", "TEXT"),
                 ("articles", "section", "TEXT"), ("articles", "story_body", "TEXT"),
                 ("pages", "source_stamp", "TEXT"), ("articles", "continued_on_section", "TEXT"),
                 ("articles", "continued_from_section", "TEXT"), ("pages", "enriched", "INTEGER"),
                 ("articles", "people_folded", "TEXT"))
# What a page was read from; region boxes are in PDF points for a PDF, in pixels of the
# image as given (EXIF orientation applied) for an image (read/scan.py).
SOURCE_FORMATS = ("text", "pdf", "image")
# Headline, body and byline columns of the index; a headline hit weighs most.
INDEX_WEIGHTS = (4.0, 1.0, 2.0)
# Article ids looked up in one query (within every SQL dialect's limit on parameters).
_IDS_A_QUERY = 500
# Stories an export reads together (their parts' ids, within _IDS_A_QUERY, unless stories jump far).
_STORIES_A_BATCH = 200
# How much of an article's character pairs another must share to be the same story (a typo
# fixed, a paragraph mended): of both together, or of the article's own where it was merged
# into a longer one.
SAME_STORY = 0.5
MERGED_STORY = 0.8
# Articles waiting for the search index: (seq, (headline, body, byline)) each.
ToIndex = list[tuple[int, tuple[str, str, str]]]

# Print order (export, matching_ids) and newest first (a search without a query);
# undated articles last in both.  `x IS NULL, x` is NULLS LAST in every SQL dialect.
PRINT_ORDER = ("a.date IS NULL, a.date, a.paper IS NULL, a.paper, a.section IS NOT NULL, a.section, "
               "a.page IS NULL, a.page, a.position")
NEWEST_FIRST = ("a.date IS NULL, a.date DESC, a.paper IS NULL, a.paper, a.section IS NOT NULL, a.section, "
                "a.page IS NULL, a.page, a.position")
# How search lists hits: best first ("relevance"; newest first without a query, where nothing
# ranks them), or by issue date.  Each order's SQL where hits are not ranked.
SEARCH_ORDERS = ("relevance", "newest", "oldest")
DATE_ORDER = {"relevance": NEWEST_FIRST, "newest": NEWEST_FIRST, "oldest": PRINT_ORDER}

# Where an article is in its issue, as a row value: section ('' for none), page, position.
_PRINTED = "(COALESCE(a.section, ''), a.page, a.position)"

ARTICLE_COLUMNS = (
    "a.seq, a.id, a.page_id, a.position, a.paper, a.date, a.page, a.section, a.kind, a.headline, a.body, "
    "a.byline, a.dateline, a.continued_on, a.continued_from, a.jump_lines, a.source_lines, "
    "a.ocr_confidence, a.story_body, a.continued_on_section, a.continued_from_section"
)


@dataclass
class Hit:
    id: str
    story: str
    headline: list[str]
    paper: str | None
    date: str | None
    page: int | None
    kind: str
    snippet: str
    score: float
    low_ocr_confidence: bool = False
    section: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Stored:
    """What storing one page did."""

    page_id: int
    key: str
    articles: int
    flags: list[str] = field(default_factory=list)
    replaced: int = 0
    replaced_keys: list[str] = field(default_factory=list)  # the keys of the copies it replaced
    # Where a page without paper|date|page was not stored: the key of the copy stored with them.
    already_as: str | None = None
    # The keys of the pages stored with the same text, date and page under another paper's name:
    # the same page filed twice (a folder renamed to name its paper rightly), both kept.
    twins: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class FileRecord:
    """A scan or PDF every page of which is stored: its size, time of change (ns) and SHA-1 when it
    was read, the options it was read with (paper, date, page and section given, as JSON), and how
    many pages it gave."""

    source: str
    size: int
    mtime_ns: int
    sha1: str
    options: str
    pages: int

    COLUMNS = ("source", "size", "mtime_ns", "sha1", "options", "pages", "ingested_at")


@dataclass(frozen=True)
class PageToStore:
    """One page for `Archive.add_pages`: what `add_page` takes."""

    page: Page
    text: str
    source: str | None = None
    source_format: str | None = None
    source_page: int | None = None
    source_stamp: str | None = None


def page_key(page: Page, sha1: str) -> str:
    if page.paper and page.date and page.page is not None:
        return f"{page.paper}|{page.date}|{page_label(page.section, page.page)}"
    return page_key_of_text(sha1)


def unsectioned_key(page: Page) -> str | None:
    """The key a page of a section was stored under before banmian read sections (B01 as 1)."""
    return f"{page.paper}|{page.date}|{page.page}" if page.section else None


def page_key_of_text(sha1: str) -> str:
    """The key of a page without paper, date or page number: its text's SHA-1."""
    return f"sha1:{sha1}"


def page_flags(page: Page) -> list[str]:
    missing = (("no-date", page.date), ("no-paper", page.paper), ("no-page", page.page))
    return [flag for flag, value in missing if value is None]


def searchable_text(article: Article) -> str:
    """Everything search looks at, for brute-force checks: headline, paragraphs, byline lines."""
    return "\n".join(article.headline + article.paragraphs + article.byline.text)


class Archive(mentions.MentionQueries):
    """Shared store logic.  Subclasses implement the methods marked as hooks."""

    url: str
    # Null-safe equality: SQLite `IS`, PostgreSQL `IS NOT DISTINCT FROM`.
    same = "IS"
    # The schema of the archive as opened: this banmian's, or one READABLE_UNUPGRADED read as it is.
    schema = str(SCHEMA_VERSION)

    # --- hooks -----------------------------------------------------------

    def close(self) -> None:
        raise NotImplementedError

    def _write(self, work: Callable[[Any], Any], lock: str) -> Any:
        """Run work(cursor) in one write transaction; `lock` names what it changes."""
        raise NotImplementedError

    def _query(self, sql: str, params: tuple | list = ()) -> list:
        raise NotImplementedError

    def _search_columns(self, texts: tuple[str, str, str]) -> dict:
        """Extra article columns the search needs, from the headline, body and byline texts."""
        return {}

    def _index(self, cur, articles: ToIndex) -> None:
        """Add articles to the search index: (seq, (headline, body, byline)) each."""
        raise NotImplementedError

    def _unindex(self, cur, seq: int, columns: tuple[str, str, str]) -> None:
        raise NotImplementedError

    def _reindex(self, cur, seq: int, old: tuple[str, str, str], new: tuple[str, str, str]) -> None:
        """Index an article already in the index under other texts (a story's head, its story grown)."""
        raise NotImplementedError

    def _index_afresh(self, cur, articles: ToIndex) -> None:
        """Index every article again, as this banmian makes its search text: `articles` are all."""
        raise NotImplementedError

    def _match(self, query: Query | None, filters: Filters, limit: int | None, offset: int,
               order: str, columns: str = ARTICLE_COLUMNS) -> list:
        """Rows of `columns` plus `score` that match, in one of SEARCH_ORDERS (a score only where
        ranked: `relevance` with a query)."""
        raise NotImplementedError

    def _count(self, query: Query | None, filters: Filters) -> int:
        """How many articles `_match` would give without a limit."""
        raise NotImplementedError

    def _person_clause(self, column: str) -> str:
        """Whether the JSON list of names in articles' `column` holds the parameter."""
        raise NotImplementedError

    def _column_names(self, cur, table: str) -> set[str]:
        raise NotImplementedError

    def _create(self, cur) -> None:
        """Create what is missing of the schema and record its version."""
        raise NotImplementedError

    def _upgrade(self, cur, version: str) -> None:
        """Bring an archive of an older schema (`version`) up to this one, keeping what it holds;
        what only an older schema needs (its search index made again, its counts) is not redone."""
        self._add_columns(cur)
        self._create(cur)
        cur.executemany(self._sql("UPDATE articles SET people_folded = ? WHERE seq = ?"), [
            (_folded_people(json.loads(row["people"])), row["seq"])
            for row in self._rows(cur, "SELECT seq, people FROM articles WHERE people_folded IS NULL")])
        renamed = self._simplify_names(cur)  # (a schema before 7 may hold names stored traditional)
        if renamed or int(version) < 6:
            self._fill_counts(cur)
        if int(version) < 5:
            self._index_afresh(cur, [(row["seq"], _columns(row)) for row in self._rows(
                cur, "SELECT seq, headline, body, story_body, byline FROM articles")])
            for row in self._rows(cur, "SELECT from_id FROM jumps"):  # its stories searched whole
                self._restory(cur, row["from_id"], [])
        # A page stored before was enriched where anything its articles mention was kept.
        mentioned = " OR ".join(f"EXISTS (SELECT 1 FROM {table} t WHERE t.article_seq = a.seq)"
                                for table in mentions.MENTIONED_TABLES)
        self._run(cur, "UPDATE pages SET enriched = CASE WHEN EXISTS (SELECT 1 FROM articles a WHERE "
                       f"a.page_id = pages.id AND ({mentioned})) THEN 1 ELSE 0 END WHERE enriched IS NULL")

    def _fill_counts(self, cur) -> None:
        """Count every entity's mentions afresh, for an archive made before the counts were kept."""
        self._run(cur, "DELETE FROM entity_counts")
        self._run(cur, mentions.FILL_COUNTS)
        for joined in self._rows(cur, "SELECT from_id, to_id FROM jumps"):  # a story that jumps counts once
            self._count_joined(cur, joined["from_id"], joined["to_id"], -1)

    def _add_columns(self, cur) -> None:
        """Give an archive of an older schema the columns added since (NULL in the rows it has)."""
        for table, column, sql_type in ADDED_COLUMNS:
            if column not in self._column_names(cur, table):
                self._run(cur, f"ALTER TABLE {table} ADD COLUMN {column} {sql_type}")

    # --- context manager ---------------------------------------------------

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- writing -----------------------------------------------------------

    def add_page(self, page: Page, *, text: str, source: str | None = None,
                 source_format: str | None = None, source_page: int | None = None,
                 source_stamp: str | None = None) -> Stored:
        """Store one rebuilt page in one transaction, replacing an earlier copy of it.

        `source` is the file it was read from, `source_format` one of SOURCE_FORMATS,
        `source_page` its index among the file's pages (None where not known), `source_stamp`
        the file's size and head's hash (paths.file_stamp) when it was read.
        """
        item = PageToStore(page, text, source, source_format, source_page, source_stamp)
        lock = f"{page.paper}|{page.date}" if page.date else _identity(item)[1]

        def store(cur) -> Stored:
            to_index: ToIndex = []
            stored = self._store(cur, item, to_index)
            self._index(cur, to_index)
            return stored
        return self._write(store, lock)

    def add_pages(self, pages: list[PageToStore]) -> list[Stored | Exception]:
        """Store several pages, each whole or not at all: for each, what storing it did, or the
        error that kept it out while the others were stored.

        Here each page is a transaction of its own; a store may write them together (SQLite).
        """
        results: list[Stored | Exception] = []
        for item in pages:
            try:
                results.append(self.add_page(item.page, text=item.text, source=item.source,
                                             source_format=item.source_format, source_page=item.source_page,
                                             source_stamp=item.source_stamp))
            except Exception as error:  # noqa: BLE001 - one bad page must not lose the others
                results.append(error)
        return results

    def _store(self, cur, item: PageToStore, to_index: ToIndex) -> Stored:
        """Store one page but for its search index: its articles join `to_index`, which the caller
        hands to `_index` once, after every page it stores in the transaction (FTS5 writes out
        its pending terms whenever another statement runs: one write for several pages is
        much faster than one per page or per article)."""
        page, text = item.page, item.text
        sha1, key = _identity(item)
        kept = self._keyed_copy(cur, key, sha1)
        if kept is not None:
            return Stored(page_id=kept["id"], key=kept["key"], articles=0, already_as=kept["key"])
        origin = {"source": item.source, "source_format": item.source_format, "source_page": item.source_page,
                  "source_stamp": item.source_stamp}
        replaced, old_articles = self._delete_pages(cur, key, sha1, to_index, unsectioned_key(page))
        flags = page_flags(page)
        ids = self._unique_ids(cur, page, key)
        page_id = self._insert(cur, "pages", "id", {
            "key": key, "paper": page.paper, "date": page.date, "page": page.page, "section": page.section,
            **origin,
            "sha1": sha1, "flags": _json(flags), "articles": len(page.articles),
            "furniture": _json(page.furniture), "raw_text": text,
            "lines": _lines_json(page.lines),
            "placements": _placements_json(page, ids),
            "ingested_at": _now(), "enriched": int(page.enriched),
        })
        rows = [self._insert_article(cur, page, page_id, position, article, article_id)
                for position, (article, article_id) in enumerate(zip(page.articles, ids, strict=True))]
        # One statement per table for the whole page, not per article.
        by_table: dict[str, list[tuple]] = defaultdict(list)
        for (seq, _), article in zip(rows, page.articles, strict=True):
            for table, records in mentions.article_rows(seq, page.date, article).items():
                by_table[table] += records
        for table, records in by_table.items():
            self._insert_many(cur, table, mentions.COLUMNS[table], records)
        cur.executemany(self._sql(mentions.ADD_COUNTS), mentions.entity_tally(page.date, page.articles))
        to_index += rows
        if old_articles:
            self._record_replaced(cur, old_articles, list(zip(ids, map(searchable_text, page.articles))))
        for pair in _jump_pairs(page):
            self._restitch(cur, page.paper, page.date, *pair, to_index)
        return Stored(page_id=page_id, key=key, articles=len(page.articles), flags=flags,
                      replaced=len(replaced), replaced_keys=replaced, twins=self._twins(cur, page, key, sha1))

    def _twins(self, cur, page: Page, key: str, sha1: str) -> list[str]:
        """The keys of the pages with this page's text, date and page stored under another paper."""
        if key == page_key_of_text(sha1):
            return []
        return [row["key"] for row in self._rows(
            cur, f"SELECT key FROM pages WHERE sha1 = ? AND key <> ? AND date = ? AND page = ? "
                 f"AND section {self.same} ? AND paper <> ? ORDER BY key",
            (sha1, key, page.date, page.page, page.section, page.paper))]

    def _keyed_copy(self, cur, key: str, sha1: str):
        """For a page without paper|date|page, the stored copy of its text that has them: the copy
        that knows more stays (a stray copy from Downloads/ would take the page out of its issue)."""
        if key != page_key_of_text(sha1):
            return None
        rows = self._rows(cur, "SELECT id, key FROM pages WHERE sha1 = ? AND key <> ? ORDER BY id", (sha1, key))
        return rows[0] if rows else None

    def _delete_pages(self, cur, key: str, sha1: str, to_index: ToIndex,
                      unsectioned: str | None) -> tuple[list[str], list]:
        """Remove the stored copies of a page: same key (an edited page), or same text where the
        stored copy has no paper|date|page key (a page stored first without its metadata) or,
        for a page of a section, the key without it (stored before banmian read sections).
        Two pages with different full keys are two pages, though their text be the same: a
        notice or an advertisement printed again on another day."""
        unkeyed = page_key_of_text(sha1)
        if key == unkeyed:
            rows = self._rows(cur, "SELECT id, key FROM pages WHERE key = ? OR sha1 = ?", (key, sha1))
        else:
            rows = self._rows(cur, "SELECT id, key FROM pages WHERE key = ? OR key = ? OR (key = ? AND sha1 = ?)",
                              (key, unkeyed, unsectioned, sha1))
        # What they held, for the ids the new copy replaces.
        old_articles = [article for row in rows for article in self._rows(
            cur, "SELECT id, paper, date, page, section, headline, body, byline FROM articles WHERE page_id = ?",
            (row["id"],))]
        self._remove_rows(cur, rows, to_index)
        return [row["key"] for row in rows], old_articles

    def _record_replaced(self, cur, old_articles: list, new: list[tuple[str, str]]) -> None:
        """Remember the ids of the stored articles a page's new copy no longer holds, each with the
        article of the new copy that is the same story (None where none is), so that a link to
        one still leads to its story or says where it went; ids replaced before that pointed to
        them point on, and an id the new copy holds again is an article's once more."""
        new_ids = [article_id for article_id, _ in new]
        gone = [row for row in old_articles if row["id"] not in set(new_ids)]  # (most pages: none)
        texts = [(row["id"], "\n".join((row["headline"], row["body"], *json.loads(row["byline"])["text"])))
                 for row in gone]
        by_old = {row["id"]: row for row in gone}
        now = _now()
        for old_id, by_id in same_stories(texts, new).items():
            row = by_old[old_id]
            self._run(cur, "UPDATE replaced_articles SET by_id = ? WHERE by_id = ?", (by_id, old_id))
            self._run(cur, "DELETE FROM replaced_articles WHERE id = ?", (old_id,))
            self._insert_many(cur, "replaced_articles",
                              ("id", "by_id", "paper", "date", "page", "section", "replaced_at"),
                              [(old_id, by_id, row["paper"], row["date"], row["page"], row["section"], now)])
        for at in range(0, len(new_ids), _IDS_A_QUERY):
            some = new_ids[at:at + _IDS_A_QUERY]
            self._run(cur, f"DELETE FROM replaced_articles WHERE id IN ({','.join('?' * len(some))})", some)

    def _remove_rows(self, cur, rows: list, to_index: ToIndex) -> None:
        """Remove these stored pages (rows with their id) and all they hold; the stories on other
        pages they were part of are indexed as they now stand."""
        if rows and to_index:
            # The copy may be a page stored earlier in this transaction: its articles must be
            # in the search index before they can be taken out of it.
            self._index(cur, to_index)
            to_index.clear()
        for row in rows:
            partners = [found["id"] for found in self._rows(
                cur, "SELECT j.from_id AS id FROM jumps j JOIN articles a ON a.id = j.to_id WHERE a.page_id = ? "
                     "UNION SELECT j.to_id AS id FROM jumps j JOIN articles a ON a.id = j.from_id "
                     "WHERE a.page_id = ?", (row["id"], row["id"]))]
            for article in self._rows(cur, "SELECT seq, headline, body, byline, story_body FROM articles "
                                           "WHERE page_id = ?", (row["id"],)):
                self._unindex(cur, article["seq"], _columns(article))
            counted = self._page_tally(cur, row["id"])
            for parted in self._page_jumps(cur, row["id"]):
                self._count_joined(cur, parted["from_id"], parted["to_id"], 1)
            # Articles and their jumps go with the page (ON DELETE CASCADE).
            self._run(cur, "DELETE FROM pages WHERE id = ?", (row["id"],))
            self._uncount(cur, counted)
            for partner in partners:  # stories on other pages that lost a part
                self._restory(cur, partner, to_index)

    def _page_tally(self, cur, page_id: int) -> list:
        """Each entity the articles of a stored page mention: its articles and mentions there, by date."""
        return self._rows(
            cur, "SELECT m.canonical, m.type, count(DISTINCT m.article_seq) AS articles, "
                 "count(*) AS mentions, m.date FROM mentions m JOIN articles a ON a.seq = m.article_seq "
                 "WHERE a.page_id = ? GROUP BY m.canonical, m.type, m.date", (page_id,))

    def _page_jumps(self, cur, page_id: int) -> list:
        """The jumps (from_id, to_id) into or out of a stored page's articles."""
        return self._rows(
            cur, "SELECT j.from_id, j.to_id FROM jumps j JOIN articles a ON a.id = j.from_id OR a.id = j.to_id "
                 "WHERE a.page_id = ?", (page_id,))

    # --- enriching stored pages, and the files they were read from ---------

    def pages_to_enrich(self, *, every: bool = False) -> list[int]:
        """The ids of the stored pages not enriched (every page with `every`), in the order they were stored."""
        condition = "" if every else " WHERE enriched = 0"
        return [row["id"] for row in self._query(f"SELECT id FROM pages{condition} ORDER BY id")]

    def pages_not_enriched(self) -> int:
        """How many stored pages were stored without enrichment: none known in an archive of a schema
        read as it is (READABLE_UNUPGRADED), which does not record it."""
        if self.schema != str(SCHEMA_VERSION):
            return 0
        return int(self._query("SELECT count(*) AS n FROM pages WHERE enriched = 0")[0]["n"])

    def enrich_pages(self, page_ids: list[int], enrich: Callable[[Page], Page]) -> int:
        """Give stored pages what their articles mention (`enrich` makes it from the page as stored)
        in place of what they held, in one transaction: their text, ids, jumps and regions stay.
        How many articles were enriched."""
        return self._write(lambda cur: sum(self._enrich_page(cur, page_id, enrich) for page_id in page_ids),
                           "pages")

    def _enrich_page(self, cur, page_id: int, enrich: Callable[[Page], Page]) -> int:
        stored = self._rows(cur, "SELECT paper, date, page, section FROM pages WHERE id = ?", (page_id,))
        if not stored:
            return 0  # removed since it was listed
        rows = self._rows(cur, f"SELECT {ARTICLE_COLUMNS} FROM articles a WHERE a.page_id = ? ORDER BY a.position",
                          (page_id,))
        meta = stored[0]
        page = enrich(Page(paper=meta["paper"], date=meta["date"], page=meta["page"], section=meta["section"],
                           articles=[_article(row) for row in rows]))
        # The counts kept as removing and storing a page keep them: parted, taken off, added, joined again.
        jumps = self._page_jumps(cur, page_id)
        for joined in jumps:
            self._count_joined(cur, joined["from_id"], joined["to_id"], 1)
        counted = self._page_tally(cur, page_id)
        for table in mentions.MENTIONED_TABLES:
            self._run(cur, f"DELETE FROM {table} WHERE article_seq IN (SELECT seq FROM articles WHERE page_id = ?)",
                      (page_id,))
        self._uncount(cur, counted)
        for table in mentions.MENTIONED_TABLES:
            self._insert_many(cur, table, mentions.COLUMNS[table], [
                record for row, article in zip(rows, page.articles, strict=True)
                for record in mentions.article_rows(row["seq"], meta["date"], article)[table]])
        cur.executemany(self._sql(mentions.ADD_COUNTS), mentions.entity_tally(meta["date"], page.articles))
        for joined in jumps:
            self._count_joined(cur, joined["from_id"], joined["to_id"], -1)
        self._run(cur, "UPDATE pages SET enriched = 1 WHERE id = ?", (page_id,))
        return len(rows)

    def file_record(self, source: str) -> dict | None:
        """What was recorded of a file every page of which was stored (`FileRecord`), if anything."""
        rows = self._query("SELECT size, mtime_ns, sha1, options, pages FROM files WHERE source = ?", (source,))
        return dict(rows[0]) if rows else None

    def files_alike(self, sha1: str, size: int, options: str) -> list[str]:
        """Where files of this content were read from with these options (a file moved since)."""
        return [row["source"] for row in self._query(
            "SELECT source FROM files WHERE sha1 = ? AND size = ? AND options = ? ORDER BY source",
            (sha1, size, options))]

    def move_source(self, old: str, new: str) -> None:
        """The pages read from the file at `old`, and its record, as read from `new`: it was moved."""
        def move(cur) -> None:
            for table in ("pages", "files"):
                self._run(cur, f"UPDATE {table} SET source = ? WHERE source = ?", (new, old))
        self._write(move, f"source|{old}")

    def pages_from(self, source: str) -> list:
        """The stored pages read from a file: id, key, paper, enriched."""
        return self._query("SELECT id, key, paper, enriched FROM pages WHERE source = ? ORDER BY id", (source,))

    def record_files(self, records: list[FileRecord]) -> None:
        """Remember files every page of which is stored: ingest does not read one again unchanged."""
        if not records:
            return

        def record(cur) -> None:
            for item in records:
                self._run(cur, "DELETE FROM files WHERE source = ?", (item.source,))
            self._insert_many(cur, "files", FileRecord.COLUMNS,
                              [(*astuple(item), _now()) for item in records])
        self._write(record, "files")

    def remove_page_of(self, article_id: str) -> int:
        """Remove the stored page that holds this article (or an unambiguous prefix of its id), as
        `remove_page` does: a page stored without a paper, date or page number has no other name."""
        found = self.resolve(article_id)
        return self._write(lambda cur: self._remove_page_row(
            cur, "SELECT p.id, p.key FROM pages p JOIN articles a ON a.page_id = p.id WHERE a.id = ?", (found,),
            f"no article with id {article_id!r}"), found)

    def remove_pages_from(self, source: str) -> tuple[int, int]:
        """Remove every stored page read from a file, or from the files under a folder (its path as
        ingest stored it: absolute), as `remove_page` removes one, and forget those files were read:
        a folder ingested under a wrong paper's name, undone at once.  (pages, articles) removed."""
        folder = source.rstrip("/") + "/"
        # (not LIKE: SQLite's is blind to case, and /a/ is no folder of /A/'s pages)
        where, params = "source = ? OR substr(source, 1, ?) = ?", (source, len(folder), folder)

        def remove(cur) -> tuple[int, int]:
            rows = self._rows(cur, f"SELECT id, key, articles FROM pages WHERE {where} ORDER BY id", params)
            if not rows:
                raise NotFoundError(f"no page read from {source} in the archive")
            to_index: ToIndex = []
            self._remove_rows(cur, rows, to_index)
            self._index(cur, to_index)
            self._run(cur, f"DELETE FROM files WHERE {where}", params)
            return len(rows), sum(int(row["articles"]) for row in rows)
        return self._write(remove, f"source|{source}")

    def remove_page(self, paper: str, date: str, page: int, section: str | None = None) -> int:
        """Remove a stored page, as its paper, date and page name it, with its articles, what they
        mention and their place in the search index: a page filed under a wrong date or page, to
        store again rightly.  The stories it was part of lose it, their jumps into it open again.
        How many articles went; NotFoundError where the archive holds no such page."""
        key = f"{paper}|{date}|{page_label(section, page)}"
        sectioned = [page_label(row["section"], page) for row in self._query(
            "SELECT section FROM pages WHERE paper = ? AND date = ? AND page = ? AND section IS NOT NULL "
            "ORDER BY section", (paper, date, page))] if section is None else []
        holds = f" (it holds {', '.join(sectioned)})" if sectioned else ""
        return self._write(lambda cur: self._remove_page_row(
            cur, "SELECT id, key FROM pages WHERE key = ?", (key,),
            f"no page {paper} {date} {page_label(section, page)} in the archive{holds}"), f"{paper}|{date}")

    def _remove_page_row(self, cur, sql: str, params: tuple, missing: str) -> int:
        """Remove the page `sql` finds (its id and key), as `remove_page` says; its article count."""
        rows = self._rows(cur, sql, params)
        if not rows:
            raise NotFoundError(missing)
        articles = self._rows(cur, "SELECT count(*) AS n FROM articles WHERE page_id = ?", (rows[0]["id"],))
        to_index: ToIndex = []
        self._remove_rows(cur, rows, to_index)
        self._index(cur, to_index)
        return int(articles[0]["n"])

    def _uncount(self, cur, counted: list) -> None:
        """Take a removed page's mentions off the entity counts; where the page held an entity's
        first or last date, look that date up again among the mentions left."""
        for entity in counted:
            key = (entity["canonical"], entity["type"])
            self._run(cur, "UPDATE entity_counts SET articles = articles - ?, mentions = mentions - ? "
                           "WHERE canonical = ? AND type = ?", (entity["articles"], entity["mentions"], *key))
            if entity["date"] is not None:
                self._run(cur, "UPDATE entity_counts SET "
                               "first_date = (SELECT min(m.date) FROM mentions m WHERE m.canonical = ? AND m.type = ?), "
                               "last_date = (SELECT max(m.date) FROM mentions m WHERE m.canonical = ? AND m.type = ?) "
                               "WHERE canonical = ? AND type = ? AND (first_date = ? OR last_date = ?)",
                          (*key, *key, *key, entity["date"], entity["date"]))
        self._run(cur, "DELETE FROM entity_counts WHERE articles <= 0")

    def _unique_ids(self, cur, page: Page, key: str) -> list[str]:
        """The rebuild's article ids, unless another page already holds one (same text, no date)."""
        wanted = [article.id for article in page.articles]
        taken: set[str] = set()
        for at in range(0, len(wanted), _IDS_A_QUERY):
            some = wanted[at:at + _IDS_A_QUERY]
            taken.update(row["id"] for row in self._rows(
                cur, f"SELECT id FROM articles WHERE id IN ({','.join('?' * len(some))})", some))
        ids: list[str] = []
        for article_id in wanted:
            if article_id in taken or article_id in ids:
                article_id = hashlib.sha1(f"{article_id}|{key}|{len(ids)}".encode()).hexdigest()[:16]
            ids.append(article_id)
        return ids

    def _insert_article(self, cur, page: Page, page_id: int, position: int, article: Article,
                        article_id: str) -> tuple[int, tuple[str, str, str]]:
        """Insert the article row; return its row id and the texts to index."""
        byline = article.byline
        people = byline.people()
        headline, body = "\n".join(article.headline), "\n".join(article.paragraphs)
        texts = (headline, body, "\n".join(byline.text))
        record = {
            "id": article_id, "page_id": page_id, "position": position, "paper": page.paper,
            "date": page.date, "page": page.page, "section": page.section, "kind": article.kind,
            "headline": headline,
            # Its fields as they are: lists of strings, the same JSON as asdict's deep copy.
            "body": body, "byline": _json(vars(byline)), "people": _json(people),
            "people_folded": _folded_people(people),
            "dateline": article.dateline, "continued_on": article.continued_on,
            "continued_from": article.continued_from, "jump_lines": _json(article.jump_lines),
            "continued_on_section": article.continued_on_section,
            "continued_from_section": article.continued_from_section,
            "source_lines": _json(article.source_lines), "ocr_confidence": article.ocr_confidence,
            **self._search_columns(texts),
        }
        return self._insert(cur, "articles", "seq", record), texts

    def _restitch(self, cur, paper: str | None, date: str, from_page: PrintedPage, to_page: PrintedPage,
                  to_index: ToIndex) -> None:
        """Pair again every jump from `from_page` to `to_page` of one issue."""
        heads = self._jumping(cur, paper, date, from_page, "on", to_page)
        tails = self._jumping(cur, paper, date, to_page, "from", from_page)
        before = set()  # the pairs taken apart, heads' and tails' alike
        for end, rows in (("from_id", heads), ("to_id", tails)):
            for row in rows:
                before |= {(found["from_id"], found["to_id"]) for found in self._rows(
                    cur, f"SELECT from_id, to_id FROM jumps WHERE {end} = ?", (row["id"],))}
                self._run(cur, f"DELETE FROM jumps WHERE {end} = ?", (row["id"],))
        pairs = stitch.pair_up([_article(row) for row in heads], [_article(row) for row in tails])
        for head, tail, score in pairs:
            self._run(cur, "INSERT INTO jumps (from_id, to_id, score) VALUES (?,?,?)",
                      (head, tail, score))
        # Most pages have no partner page yet, or the same partners as before: no story changed.
        after = {(head, tail) for head, tail, _ in pairs}
        for parted in before - after:
            self._count_joined(cur, *parted, 1)
        for joined in after - before:
            self._count_joined(cur, *joined, -1)
        changed = before ^ after
        for article_id in dict.fromkeys(part for pair in changed for part in pair):
            self._restory(cur, article_id, to_index)

    def _count_joined(self, cur, head: str, tail: str, change: int) -> None:
        """Entities count stories: where two parts that both name an entity are joined (change -1)
        or parted (+1), the entity's count changes by one."""
        named = ("SELECT m.canonical, m.type FROM mentions m JOIN articles a ON a.seq = m.article_seq "
                 "WHERE a.id = ?")
        for row in self._rows(cur, f"{named} INTERSECT {named}", (head, tail)):
            self._run(cur, "UPDATE entity_counts SET articles = articles + ? WHERE canonical = ? AND type = ?",
                      (change, row["canonical"], row["type"]))

    def _jumping(self, cur, paper: str | None, date: str, printed: PrintedPage, end: str,
                 other: PrintedPage) -> list:
        """The articles printed on `printed` of one issue whose jump at their `end` ("on": 下转,
        "from": 上接) points at `other`.  A jump without a letter points into its page's section,
        （下转B2版） into section B; a section not known (no letter in a page's header or path)
        matches any."""
        pointed = f"COALESCE(a.continued_{end}_section, a.section)"
        return self._rows(cur, f"SELECT {ARTICLE_COLUMNS} FROM articles a WHERE a.paper {self.same} ? "
                               f"AND a.date = ? AND a.page = ? AND {_loosely('a.section')} "
                               f"AND a.continued_{end} = ? AND {_loosely(pointed)} ORDER BY a.seq",
                          (paper, date, printed.page, printed.section, printed.section,
                           other.page, other.section, other.section))

    def _restory(self, cur, article_id: str, to_index: ToIndex) -> None:
        """Index the story `article_id` is part of as it stands now: its head's row in the search
        index holds the whole story's body, every other part's its own (see CONTINUATIONS)."""
        chain = self._chain(article_id, cur)
        marks = ",".join("?" * len(chain))
        rows = {row["id"]: row for row in self._rows(
            cur, f"SELECT {ARTICLE_COLUMNS} FROM articles a WHERE a.id IN ({marks})", chain)}
        if len(rows) < len(chain):
            return  # gone with its page
        whole = stitch.story_body([_article(rows[part]) for part in chain]) if len(chain) > 1 else None
        for part in chain:
            row, wanted = rows[part], whole if part == chain[0] else None
            if row["story_body"] == wanted:
                continue
            if to_index:  # the part must be in the index before its texts there can change
                self._index(cur, to_index)
                to_index.clear()
            self._reindex(cur, row["seq"], _columns(row), _columns({**row, "story_body": wanted}))
            self._run(cur, "UPDATE articles SET story_body = ? WHERE seq = ?", (wanted, row["seq"]))

    # --- reading -----------------------------------------------------------

    def resolve(self, article_id: str) -> str:
        """The full id of an article, given it or an unambiguous prefix of at least 6 characters."""
        if self._query("SELECT 1 FROM articles WHERE id = ?", (article_id,)):
            return article_id
        prefix = article_id.lower()  # ids are lower-case hex; one copied from elsewhere may not be
        if len(prefix) >= 6 and re.fullmatch(r"[0-9a-f]+", prefix):
            rows = self._query("SELECT id FROM articles WHERE id >= ? AND id < ? LIMIT 2",
                               (prefix, prefix + "g"))
            if len(rows) == 1:
                return rows[0]["id"]
            if rows:
                raise NotFoundError(f"article id {article_id!r} is ambiguous: give more of it")
        elif len(article_id) < 6:
            raise NotFoundError(f"no article with id {article_id!r} (a prefix of an id needs 6 or more "
                                "characters)")
        replaced = self.replacement(article_id)
        if replaced is None:
            raise NotFoundError(f"no article with id {article_id!r}")
        told = f"article {replaced['id']} was on {_printed(replaced)}, which was ingested again on " \
               f"{replaced['replaced_at'][:10]}"
        if replaced["by"] is None:
            raise GoneError(f"{told} without it (no article on it now is the same story)")
        if not self._query("SELECT 1 FROM articles WHERE id = ?", (replaced["by"],)):
            raise GoneError(f"{told}; article {replaced['by']}, the same story there, has since been removed")
        return replaced["by"]

    def replacement(self, article_id: str) -> dict | None:
        """Where an article no longer stored went, given its id or a 6+ character prefix of it: the
        id of the article that replaced it (`by`, None where its page was ingested again without
        it), where it was printed and when it was replaced; None for an id never replaced."""
        if self.schema in READABLE_UNUPGRADED:
            return None  # (read as it is: it kept none)
        prefix = article_id.lower()
        if len(prefix) < 6 or not re.fullmatch(r"[0-9a-f]+", prefix):
            return None
        rows = self._query("SELECT id, by_id, paper, date, page, section, replaced_at FROM replaced_articles "
                           "WHERE id >= ? AND id < ? ORDER BY id LIMIT 2", (prefix, prefix + "g"))
        exact = [row for row in rows if row["id"] == prefix]
        if not exact and len(rows) != 1:
            return None
        if self._query("SELECT 1 FROM articles WHERE id >= ? AND id < ? LIMIT 1", (prefix, prefix + "g")):
            return None  # the id, or the prefix, of an article stored: it is that article
        row = (exact or rows)[0]
        return {"id": row["id"], "by": row["by_id"], "paper": row["paper"], "date": row["date"],
                "page": row["page"], "section": row["section"], "replaced_at": row["replaced_at"]}

    def article(self, article_id: str) -> stitch.StoredArticle:
        rows = self._query(f"SELECT {ARTICLE_COLUMNS} FROM articles a WHERE a.id = ?",
                           (self.resolve(article_id),))
        return _stored(rows[0])

    def story(self, article_id: str) -> stitch.Story:
        """The whole story an article belongs to, its parts joined in reading order."""
        return next(self._stitched([self._chain(self.resolve(article_id))]))

    def _chain(self, article_id: str, cur=None) -> list[str]:
        """The ids of the parts of the story `article_id` is part of, in reading order (read in
        the transaction of `cur` where one is given)."""
        query = self._query if cur is None else functools.partial(self._rows, cur)
        chain = [article_id]
        while True:
            rows = query("SELECT from_id FROM jumps WHERE to_id = ?", (chain[0],))
            if not rows or rows[0]["from_id"] in chain:
                break
            chain.insert(0, rows[0]["from_id"])
        while True:
            rows = query("SELECT to_id FROM jumps WHERE from_id = ?", (chain[-1],))
            if not rows or rows[0]["to_id"] in chain:
                break
            chain.append(rows[0]["to_id"])
        return chain

    def head_id(self, article_id: str) -> str:
        return self._chain(article_id)[0]

    def search(self, query: str | None, filters: Filters = Filters(), *, limit: int | None = 20,
               offset: int = 0, mark: tuple[str, str] = ("[", "]"), order: str = "relevance") -> list[Hit]:
        """Articles that contain the query, each with a marked snippet: best first (BM25), or newest
        or oldest issue first (`order`, one of SEARCH_ORDERS)."""
        if limit is not None and not 0 <= limit < SQL_INTEGER_END or not 0 <= offset < SQL_INTEGER_END:
            raise QueryError("limit and offset must be 0 or more and under 2**63")
        if order not in SEARCH_ORDERS:
            raise QueryError(f"bad order {order!r}: choose {', '.join(SEARCH_ORDERS[:-1])} or {SEARCH_ORDERS[-1]}")
        parsed = parse(query) if query and query.strip() else None
        rows = self._match(parsed, filters, limit, offset, order)
        terms = (parsed.terms if parsed else ()) + ((filters.entity,) if filters.entity else ())
        return [_hit(row, self.head_id(row["id"]), terms, mark) for row in rows]

    def count(self, query: str | None, filters: Filters = Filters()) -> int:
        """How many stories `search` finds in all, of which it gives a page (a limit and an offset)."""
        return self._count(parse(query) if query and query.strip() else None, filters)

    def matching_ids(self, query: str | None, filters: Filters = Filters()) -> list[str]:
        """Every article that matches, in print order (date, paper, page, position)."""
        parsed = parse(query) if query and query.strip() else None
        rows = self._match(parsed, filters, None, 0, "oldest", columns="a.id")
        return [row["id"] for row in rows]

    def stories(self, query: str | None = None, filters: Filters = Filters()) -> Iterator[stitch.Story]:
        """Every story with a part that matches, once each, in print order of its first part.

        Read _STORIES_A_BATCH at a time, their parts and what they mention in a few queries: read
        one by one, a story took about ten (its jumps, its rows, each table of mentions), and an
        export of a large archive was mostly round trips to the database.
        """
        onward = {row["from_id"]: row["to_id"] for row in self._query("SELECT from_id, to_id FROM jumps")}
        back = {to_id: from_id for from_id, to_id in onward.items()}
        seen: set[str] = set()
        chains: list[list[str]] = []
        for article_id in self.matching_ids(query, filters):
            head = _followed(article_id, back)[-1]
            if head not in seen:
                seen.add(head)
                chains.append(_followed(head, onward))
                if len(chains) == _STORIES_A_BATCH:
                    yield from self._stitched(chains)
                    chains = []
        yield from self._stitched(chains)

    def _stitched(self, chains: list[list[str]]) -> Iterator[stitch.Story]:
        """The stories whose parts' ids these chains are, in reading order each, with what they mention."""
        ids = [part for chain in chains for part in chain]
        rows = {}
        for at in range(0, len(ids), _IDS_A_QUERY):
            some = ids[at:at + _IDS_A_QUERY]
            rows.update((row["id"], row) for row in self._query(
                f"SELECT {ARTICLE_COLUMNS} FROM articles a WHERE a.id IN ({','.join('?' * len(some))})", some))
        seqs = [rows[part]["seq"] for part in ids if part in rows]
        found = {}
        for at in range(0, len(seqs), _IDS_A_QUERY):
            found.update(self.mentions_of(seqs[at:at + _IDS_A_QUERY]))
        for chain in chains:
            if not all(part in rows for part in chain):
                continue  # its page was removed or replaced since the export listed it: no longer stored
            parts = [_stored(rows[part]) for part in chain]
            for stored, part in zip(parts, chain, strict=True):
                stored.article = mentions.attach(stored.article, found[rows[part]["seq"]])
            open_jump = (parts[0].article.continued_from is not None
                         or parts[-1].article.continued_on is not None)
            yield stitch.stitch(parts, open_jump=open_jump)

    def page_for(self, article_id: str) -> dict:
        """The stored page an article came from: raw text, lines and placements, for a side-by-side view."""
        rows = self._query("SELECT p.* FROM pages p JOIN articles a ON a.page_id = p.id WHERE a.id = ?",
                           (self.resolve(article_id),))
        return self._page_record(rows[0])

    def page_at(self, paper: str, date: str, page: int, section: str | None = None) -> dict:
        """The stored page printed as `page` (of `section`) of the `paper` of `date`, as page_for gives it."""
        label = page_label(section, page)
        if not 1 <= page < PAGE_NUMBER_END:
            raise NotFoundError(f"no page {label} of {paper} on {date}")
        rows = self._query(f"SELECT p.* FROM pages p WHERE p.paper = ? AND p.date = ? AND p.page = ? "
                           f"AND p.section {self.same} ? ORDER BY p.id LIMIT 1", (paper, date, page, section))
        if not rows:
            raise NotFoundError(f"no page {label} of {paper} on {date}")
        return self._page_record(rows[0])

    def _page_record(self, row) -> dict:
        record = dict(row)
        for name in ("flags", "furniture", "lines", "placements"):
            record[name] = json.loads(record[name])
        record["article_ids"] = [r["id"] for r in self._query(
            "SELECT id FROM articles WHERE page_id = ? ORDER BY position", (record["id"],))]
        return record

    # --- browsing ------------------------------------------------------------

    def papers(self) -> list[dict]:
        """Each newspaper with a dated page: how many issues and pages, first and last date."""
        rows = self._query(
            "SELECT paper, count(DISTINCT date) AS issues, count(*) AS pages, min(date) AS first, "
            "max(date) AS last FROM pages WHERE paper IS NOT NULL AND date IS NOT NULL "
            "GROUP BY paper ORDER BY paper")
        return [{**dict(row), "issues": int(row["issues"]), "pages": int(row["pages"])} for row in rows]

    def issues(self, paper: str) -> list[dict]:
        """The dated issues of one paper, newest first, with their page and article counts."""
        rows = self._query(
            "SELECT date, count(*) AS pages, sum(articles) AS articles FROM pages "
            "WHERE paper = ? AND date IS NOT NULL GROUP BY date ORDER BY date DESC", (paper,))
        return [{"date": row["date"], "pages": int(row["pages"]), "articles": int(row["articles"])}
                for row in rows]

    def issue_pages(self, paper: str, date: str) -> list[dict]:
        """The pages of one issue in page order, each with its articles (see page_articles)."""
        rows = self._query("SELECT id, page, section, flags FROM pages WHERE paper = ? AND date = ? "
                           "ORDER BY section IS NOT NULL, section, page IS NULL, page, id", (paper, date))
        return [{"page": row["page"], "section": row["section"], "flags": json.loads(row["flags"]),
                 "articles": self.page_articles(row["id"])} for row in rows]

    def page_articles(self, page_id: int, *, text: bool = False) -> list[dict]:
        """The articles of one stored page in print order, with the story each belongs to,
        and with `text` their paragraphs."""
        rows = self._query(
            "SELECT a.id, a.position, a.kind, a.headline, a.body, a.continued_on, a.continued_from, "
            "a.continued_on_section, a.continued_from_section, a.ocr_confidence, j.from_id AS jumped_from "
            "FROM articles a "
            "LEFT JOIN jumps j ON j.to_id = a.id WHERE a.page_id = ? ORDER BY a.position", (page_id,))
        return [{"id": row["id"], "position": row["position"], "kind": row["kind"],
                 "headline": row["headline"].split("\n") if row["headline"] else [],
                 **({"paragraphs": row["body"].split("\n") if row["body"] else []} if text else {}),
                 "continued_on": row["continued_on"], "continued_from": row["continued_from"],
                 "continued_on_section": row["continued_on_section"],
                 "continued_from_section": row["continued_from_section"],
                 "ocr_confidence": row["ocr_confidence"],
                 "low_ocr_confidence": low_confidence(row["ocr_confidence"]),
                 "story": self.head_id(row["id"]) if row["jumped_from"] else row["id"]}
                for row in rows]

    def page_regions(self, page_id: int) -> dict[str, list[dict]]:
        """Where each article of a stored page is printed: its regions by article id, in box order."""
        rows = self._query(
            "SELECT a.id, r.kind, r.x0, r.y0, r.x1, r.y1 FROM regions r "
            "JOIN articles a ON a.seq = r.article_seq WHERE a.page_id = ? "
            "ORDER BY a.position, r.position", (page_id,))
        found: dict[str, list[dict]] = {}
        for row in rows:
            found.setdefault(row["id"], []).append(
                {"kind": row["kind"], "bbox": {side: float(row[side]) for side in ("x0", "y0", "x1", "y1")}})
        return found

    def neighbours(self, article_id: str) -> tuple[str | None, str | None]:
        """The stories printed just before and after this one's first part, in its issue.

        Continuations are skipped: they are read as part of their story.  A page
        without paper, date or page number is its own issue.
        """
        head = self.head_id(self.resolve(article_id))
        row = self._query("SELECT page_id, paper, date, page, section, position FROM articles WHERE id = ?",
                          (head,))[0]
        not_tail = "NOT EXISTS (SELECT 1 FROM jumps j WHERE j.to_id = a.id)"
        if row["paper"] is None or row["date"] is None or row["page"] is None:
            scope, params = "a.page_id = ?", [row["page_id"]]
            before, after = "a.position < ?", "a.position > ?"
            where = [row["position"]]
        else:
            # In print order: sections (none before A), then pages, then positions.
            scope, params = "a.paper = ? AND a.date = ? AND a.page IS NOT NULL", [row["paper"], row["date"]]
            before = f"({_PRINTED} < (?, ?, ?))"
            after = f"({_PRINTED} > (?, ?, ?))"
            where = [row["section"] or "", row["page"], row["position"]]
        previous = self._query(f"SELECT a.id FROM articles a WHERE {scope} AND {before} AND {not_tail} "
                               "ORDER BY COALESCE(a.section, '') DESC, a.page DESC, a.position DESC LIMIT 1",
                               [*params, *where])
        following = self._query(f"SELECT a.id FROM articles a WHERE {scope} AND {after} AND {not_tail} "
                                "ORDER BY COALESCE(a.section, ''), a.page, a.position LIMIT 1",
                                [*params, *where])
        return (previous[0]["id"] if previous else None, following[0]["id"] if following else None)

    def counts(self) -> dict[str, int]:
        one = lambda sql: self._query(sql)[0]["n"]  # noqa: E731
        return {
            "pages": one("SELECT count(*) AS n FROM pages"),
            "articles": one("SELECT count(*) AS n FROM articles"),
            "undated_pages": one("SELECT count(*) AS n FROM pages WHERE date IS NULL"),
            "unnamed_pages": one("SELECT count(*) AS n FROM pages WHERE paper IS NULL"),
            "jumps": one("SELECT count(*) AS n FROM jumps"),
            "open_jumps": one("SELECT count(*) AS n FROM open_jumps"),
        }

    def _filter_clause(self, filters: Filters) -> tuple[str, list]:
        clauses, params = [], []
        for column, op, value in (
            ("a.paper", "=", filters.paper),
            ("a.date", ">=", filters.date_from),
            ("a.date", "<=", filters.date_to),
            ("a.kind", "=", filters.kind),
            ("a.ocr_confidence", "<", LOW_OCR_CONFIDENCE if filters.low_ocr_confidence else None),
        ):
            if value is not None:
                clauses.append(f"{column} {op} ?")
                params.append(value)
        if filters.reporter:
            if self.schema in READABLE_UNUPGRADED:  # names as stored, unpadded: 王 正 is 王正
                clauses.append(self._person_clause("people"))
                params.append("".join(filters.reporter.split()))
            else:  # folded as search folds them: 張璐瑋 is 张璐玮
                clauses.append(self._person_clause("people_folded"))
                params.append(searchable("".join(filters.reporter.split())))
        if filters.entity:
            entity, entity_params = mentions.entity_clause(filters.entity, filters.entity_type)
            # IN rather than EXISTS: the entity's mentions drive, not a scan of every article.
            clauses.append(_in_story(f"SELECT m.article_seq FROM mentions m WHERE {entity}"))
            params += entity_params
        if filters.mentions_date:
            # Dates that fall within the period: a day asked for is not mentioned by every 今年 or
            # 今年以来 (a year, a range) that runs over it, nor a month by 去年.
            first, last = period_filter(filters.mentions_date)
            clauses.append(_in_story("SELECT d.article_seq FROM date_mentions d "
                                     "WHERE d.first_day >= ? AND d.last_day <= ?"))
            params += [first, last]
        return "".join(f" AND {clause}" for clause in clauses), params

    # --- small helpers over the hooks ------------------------------------

    def _rows(self, cur, sql: str, params=()) -> list:
        cur.execute(self._sql(sql), tuple(params))
        return cur.fetchall()

    def _insert(self, cur, table: str, key: str, record: dict) -> int:
        """Insert one row; return its `key` column (the integer primary key)."""
        cur.execute(self._sql(f"INSERT INTO {table} ({', '.join(record)}) "
                              f"VALUES ({','.join('?' * len(record))}) RETURNING {key}"),
                    tuple(record.values()))
        return cur.fetchone()[0]

    def _run(self, cur, sql: str, params=()) -> None:
        cur.execute(self._sql(sql), tuple(params))

    def _insert_many(self, cur, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
        if rows:
            cur.executemany(self._sql(f"INSERT INTO {table} ({', '.join(columns)}) "
                                      f"VALUES ({','.join('?' * len(columns))})"), rows)

    def _sql(self, sql: str) -> str:
        return sql


# --- rows and records ---------------------------------------------------------

def core_schema(*, identity: str, reference: str, article_id: str, search_columns: str = "") -> list[str]:
    """The tables both stores keep alike, in the dialect of their keys.

    `identity` is an auto-numbered primary key's type, `reference` the type of
    a column that points at one, `article_id` the type of the text ids that
    jumps point at; `search_columns` are extra article columns a store's
    search needs.
    """
    return [
        "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        f"""CREATE TABLE IF NOT EXISTS pages (
            id {identity},
            key TEXT NOT NULL UNIQUE,
            paper TEXT, date TEXT, page INTEGER, section TEXT,
            source TEXT, source_format TEXT, source_page INTEGER, source_stamp TEXT,
            sha1 TEXT NOT NULL,
            flags TEXT NOT NULL,
            articles INTEGER NOT NULL,
            furniture TEXT NOT NULL,
            raw_text TEXT NOT NULL,
            lines TEXT NOT NULL,
            placements TEXT NOT NULL,
            ingested_at TEXT NOT NULL,
            enriched INTEGER)""",
        "CREATE INDEX IF NOT EXISTS pages_issue ON pages (paper, date, page)",
        "CREATE INDEX IF NOT EXISTS pages_sha1 ON pages (sha1)",
        "CREATE INDEX IF NOT EXISTS pages_source ON pages (source)",
        """CREATE TABLE IF NOT EXISTS files (
            source TEXT PRIMARY KEY, size BIGINT NOT NULL, mtime_ns BIGINT NOT NULL, sha1 TEXT NOT NULL,
            options TEXT NOT NULL, pages INTEGER NOT NULL, ingested_at TEXT NOT NULL)""",
        f"""CREATE TABLE IF NOT EXISTS articles (
            seq {identity},
            id {article_id} NOT NULL UNIQUE,
            page_id {reference} NOT NULL REFERENCES pages (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            paper TEXT, date TEXT, page INTEGER, section TEXT,
            kind TEXT NOT NULL,
            headline TEXT NOT NULL,
            body TEXT NOT NULL,
            byline TEXT NOT NULL,
            people TEXT NOT NULL,
            dateline TEXT,
            continued_on INTEGER, continued_from INTEGER,
            continued_on_section TEXT, continued_from_section TEXT,
            jump_lines TEXT NOT NULL,
            source_lines TEXT NOT NULL,
            ocr_confidence DOUBLE PRECISION,
            story_body TEXT, people_folded TEXT{search_columns})""",
        "CREATE INDEX IF NOT EXISTS articles_page ON articles (page_id)",
        "CREATE INDEX IF NOT EXISTS articles_issue ON articles (date, paper, page)",
        f"""CREATE TABLE IF NOT EXISTS jumps (
            from_id {article_id} NOT NULL UNIQUE REFERENCES articles (id) ON DELETE CASCADE,
            to_id {article_id} NOT NULL UNIQUE REFERENCES articles (id) ON DELETE CASCADE,
            score REAL NOT NULL)""",
        f"""CREATE TABLE IF NOT EXISTS replaced_articles (
            id {article_id} PRIMARY KEY,
            by_id {article_id},
            paper TEXT, date TEXT, page INTEGER, section TEXT,
            replaced_at TEXT NOT NULL)""",
        "CREATE INDEX IF NOT EXISTS replaced_articles_by ON replaced_articles (by_id)",
    ]


SCHEMA_VIEWS = """
CREATE VIEW IF NOT EXISTS open_jumps AS
  SELECT a.id, a.paper, a.date, a.page, a.headline,
         CASE WHEN a.continued_on IS NOT NULL
                   AND NOT EXISTS (SELECT 1 FROM jumps j WHERE j.from_id = a.id)
              THEN a.continued_on END AS continued_on,
         CASE WHEN a.continued_from IS NOT NULL
                   AND NOT EXISTS (SELECT 1 FROM jumps j WHERE j.to_id = a.id)
              THEN a.continued_from END AS continued_from
  FROM articles a
  WHERE (a.continued_on IS NOT NULL AND NOT EXISTS (SELECT 1 FROM jumps j WHERE j.from_id = a.id))
     OR (a.continued_from IS NOT NULL AND NOT EXISTS (SELECT 1 FROM jumps j WHERE j.to_id = a.id))
"""


def _identity(item: PageToStore) -> tuple[str, str]:
    """The SHA-1 of a page's text and its key."""
    sha1 = hashlib.sha1(item.text.encode("utf-8")).hexdigest()
    return sha1, page_key(item.page, sha1)


# One encoder for every value: json.dumps with options makes a new one per call.
_json = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
# A string as _json writes it (non-ASCII kept as it is).
_string = encode_basestring
_BOOLEAN = {False: "false", True: "true"}


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _lines_json(lines) -> str:
    """The page's lines as JSON, each {number, text, gap_before, indent} and its bbox and font_size
    where a layout reader gave them.  A line without them is written from a template: the same
    JSON in half the time of a dict encoded for each of a page's hundred and more lines."""
    return "[" + ",".join(
        f'{{"number":{line.number},"text":{_string(line.text)},"gap_before":{line.gap_before},'
        f'"indent":{_BOOLEAN[line.indent]}}}' if line.bbox is None and line.font_size is None
        else _json(_line(line)) for line in lines) + "]"


def _line(line) -> dict:
    record = {"number": line.number, "text": line.text, "gap_before": line.gap_before,
              "indent": line.indent}
    if line.bbox is not None:
        record["bbox"] = asdict(line.bbox)
    if line.font_size is not None:
        record["font_size"] = line.font_size
    return record


def _placements_json(page: Page, ids: list[str]) -> str:
    """Placements as JSON, each {line, article, field, block}, with the archive's article id in
    place of the rebuild's article index; from a template, as lines are (_lines_json)."""
    index_to_id: dict[int, str] = {}
    by_line = {placement.line: placement for placement in page.placements}
    for article, article_id in zip(page.articles, ids, strict=True):
        for number in article.source_lines:
            placement = by_line.get(number)
            if placement is not None and placement.article is not None:
                index_to_id.setdefault(placement.article, article_id)
    article_json = {index: _string(article_id) for index, article_id in index_to_id.items()}
    return "[" + ",".join(
        f'{{"line":{p.line},"article":{article_json.get(p.article, "null")},"field":{_string(p.field)},'
        f'"block":{p.block}}}' for p in page.placements) + "]"


def _in_story(parts: str) -> str:
    """SQL: the article is one of `parts` (a query of article seqs), or a story goes on from it
    to one of them, over one jump or several (a person named only after the jump)."""
    return (f"a.id IN (WITH RECURSIVE back (id) AS (SELECT t.id FROM articles t WHERE t.seq IN ({parts}) "
            "UNION SELECT j.from_id FROM jumps j JOIN back ON j.to_id = back.id) SELECT id FROM back)")


class PrintedPage(NamedTuple):
    section: str | None
    page: int


def _loosely(column: str) -> str:
    """SQL: `column` is the section given by the next two parameters, or either is not known."""
    return f"(CAST(? AS TEXT) IS NULL OR {column} IS NULL OR {column} = ?)"


def _jump_pairs(page: Page) -> set[tuple[PrintedPage, PrintedPage]]:
    """The (from page, to page) pairs this page takes part in."""
    if page.date is None or page.page is None:
        return set()
    here = PrintedPage(page.section, page.page)
    pairs = set()
    for article in page.articles:
        if article.continued_on is not None:
            pairs.add((here, PrintedPage(article.continued_on_section or page.section, article.continued_on)))
        if article.continued_from is not None:
            pairs.add((PrintedPage(article.continued_from_section or page.section, article.continued_from), here))
    return {(start, end) for start, end in pairs if start != end}


def _columns(row) -> tuple[str, str, str]:
    """The texts an article is indexed by: headline, body (its story's where it heads one), byline."""
    return row["headline"], row["story_body"] or row["body"], "\n".join(json.loads(row["byline"])["text"])


def _article(row) -> Article:
    return Article(
        id=row["id"],
        kind=row["kind"],
        headline=row["headline"].split("\n") if row["headline"] else [],
        paragraphs=row["body"].split("\n") if row["body"] else [],
        byline=Byline(**json.loads(row["byline"])),
        dateline=row["dateline"],
        continued_on=row["continued_on"],
        continued_from=row["continued_from"],
        continued_on_section=row["continued_on_section"],
        continued_from_section=row["continued_from_section"],
        jump_lines=json.loads(row["jump_lines"]),
        source_lines=json.loads(row["source_lines"]),
        ocr_confidence=row["ocr_confidence"],
    )


def _stored(row) -> stitch.StoredArticle:
    return stitch.StoredArticle(article=_article(row), paper=row["paper"], date=row["date"],
                                page=row["page"], position=row["position"], section=row["section"])


def _hit(row, story: str, terms: tuple[str, ...], mark: tuple[str, str]) -> Hit:
    headline, body, byline_text = _columns(row)
    text = next((t for t in (body, headline, byline_text) if _contains_any(t, terms)), body)
    return Hit(
        id=row["id"], story=story, headline=headline.split("\n") if headline else [],
        paper=row["paper"], date=row["date"], page=row["page"], kind=row["kind"],
        snippet=snippet(text, terms, mark=mark), score=_significant(float(row["score"])),
        low_ocr_confidence=low_confidence(row["ocr_confidence"]), section=row["section"],
    )


def _significant(score: float) -> float:
    """A hit's score to five significant digits: SQLite's BM25 scores a term found in more than half
    the articles in millionths (FTS5 clamps its IDF to 1e-6), which four decimals showed as 0.0."""
    return float(f"{score:.5g}")


def low_confidence(confidence: float | None) -> bool:
    """Is a stored OCR confidence below the bar (model.LOW_OCR_CONFIDENCE)?"""
    return confidence is not None and confidence < LOW_OCR_CONFIDENCE


def _contains_any(text: str, terms: tuple[str, ...]) -> bool:
    searched = searchable(text)
    return any(searchable(term) in searched for term in terms)


def _followed(article_id: str, links: dict[str, str]) -> list[str]:
    """`article_id` and the ids `links` lead on to from it, each once (a bad link makes no loop)."""
    chain = [article_id]
    while links.get(chain[-1]) is not None and links[chain[-1]] not in chain:
        chain.append(links[chain[-1]])
    return chain


def _folded_people(people: list[str]) -> str:
    """The JSON list of a byline's names folded as search folds text (張璐瑋 as 张璐玮)."""
    return _json([searchable(name) for name in people])


def _printed(where: dict) -> str:
    if where["paper"] is None or where["date"] is None or where["page"] is None:
        return "a page without its paper, date or number"
    return f"{where['paper']} {where['date']} page {page_label(where['section'], where['page'])}"


def same_stories(old: list[tuple[str, str]], new: list[tuple[str, str]]) -> dict[str, str | None]:
    """For each old article (id, text) whose id no new article (id, text) has: the id of the new
    article that tells the same story, the one sharing most of its character pairs, where enough
    are shared (SAME_STORY of both together, or MERGED_STORY of its own); else None."""
    kept = {article_id for article_id, _ in new}
    new_pairs = [(article_id, _pairs(text)) for article_id, text in new]
    found: dict[str, str | None] = {}
    for old_id, text in old:
        if old_id in kept:
            continue
        pairs = _pairs(text)
        best, best_score = None, 0.0
        for new_id, other in new_pairs:
            shared = len(pairs & other)
            together = shared / max(len(pairs | other), 1)
            own = shared / max(len(pairs), 1)
            if (together >= SAME_STORY or own >= MERGED_STORY) and together > best_score:
                best, best_score = new_id, together
        found[old_id] = best
    return found


def _pairs(text: str) -> set[str]:
    folded = searchable(text)
    return {folded[at:at + 2] for at in range(len(folded) - 1)}
