"""Page files into the archive: read, rebuild with the right paper/date/page, enrich, store.

Each of paper, date and page comes from the first of: the option given, the
page's own header (the rebuild reads it), the file's path (paths.py).  A page
that fails is reported with its reason and the rest are still stored.

Each stored page keeps where its image is (the file's absolute path, its
format, the page's index in it) for the reader's page view.  The readers skip
pages without text and do not say which, so the index is known only where
every page of a file gave one; else it stays None (no page image shown).

Long runs tell `progress` where they are: after each file, and after each
page of a file read by OCR (seconds a page).

Pages are stored a few at a time (`Archive.add_pages`, one transaction in
SQLite, each page whole or not at all): up to BATCH_PAGES, or as many as are
ready once the first has waited BATCH_SECONDS.  A killed ingest loses at most
that much work, and keeps whole pages only; an interrupted one (Ctrl-C) first stores
the pages it has read, a scan's pages each as its OCR ends.
Each transaction costs a commit and writes out the search index's pending terms:
100 pages a batch rather than 20 store a page in about 0.5 ms less (of 6).
A batch is read page by page, then rebuilt, tagged for names, given its dates
and quantities, and stored, stage by stage: each stage's tables (the name
tagger's above all) stay in the processor's caches from one page to the next,
where page by page every stage pushed out the others' (bench/RESULTS-archive.md,
session 13: about 2 ms a page less, of 16).

Enrichment (what each article mentions) is on unless `enrich=False`.  A page
without a date keeps none in the archive, and is flagged so: the date
enrichment infers from its text only anchors its relative dates.  Pages stored
without it are enriched later in place (`enrich_stored`).

A scan or PDF every page of which was stored is recorded (`FileRecord`), and is
not read again while it is unchanged (same size and time of change, or same
SHA-1) and read with the same options: its OCR took seconds to minutes a page.
`again=True` reads it all the same (a banmian that reads better).  Its pages
count as this run's for what a later page of the run may replace (`_Batch._settle`),
and are enriched if they were stored without.  Text files are always read: they
are read fast, and what is made of one can depend on the files beside it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from banmian.enrich import enrich_page, page_entities
from banmian.errors import BanmianError, InputError
from banmian.model import PAGE_NUMBER_END, EntityMention, Page, page_label, valid_date, valid_section
from banmian.read import SourcePage, is_image, is_pdf, read_bytes, read_path, read_text, upright_page
from banmian.rebuild import after, filled_in, numbered_on, rebuild_source, with_metadata
from banmian.store.archive import Archive, FileRecord, PageToStore, Stored, page_key
from banmian.store.errors import ArchiveError
from banmian.store.paths import Fingerprint, fingerprint, meta_from_path, page_files, readable, stamped_head, unchanged

STDIN = "-"
# Enough of a file to tell a PDF (white space may come before its header) or an image.
_HEAD_BYTES = 1024
BATCH_PAGES = 100
ENRICH_BATCH_PAGES = 100  # stored pages enriched in one transaction
BATCH_SECONDS = 2.0
_FIRST_NEWSPAPER_YEAR = 1800  # (the first Chinese-language monthly, 察世俗每月统记传, is of 1815)


@dataclass(frozen=True)
class Progress:
    """How far an ingest is: `files_done` of `files`, and of the file being read (`name`)
    `pages_done` of `pages` (told page by page only by OCR; 0 of 0 until it does)."""

    files_done: int
    files: int
    name: str
    pages_done: int = 0
    pages: int = 0


@dataclass
class IngestReport:
    pages: int = 0
    articles: int = 0
    replaced: int = 0
    undated: list[str] = field(default_factory=list)
    unnamed: list[str] = field(default_factory=list)  # no paper name: not listed when browsing
    unnumbered: list[str] = field(default_factory=list)  # no page number: its jumps are never joined
    # Pages whose header and path name another date or page: (name, what each says).  The
    # header's is kept; an OCR-misread header would file the page under another issue.
    disagreements: list[tuple[str, str]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    # Why the ingest stopped before its end, and what it left unstored (a full disk): no page's fault.
    stopped: str | None = None
    open_jumps: int = 0
    # Pages without paper|date|page whose text is stored already with them: (name, that key).
    already: list[tuple[str, str]] = field(default_factory=list)
    # Pages that replaced a page stored by this same run under the same key: (name, the other's, key).
    collisions: list[tuple[str, str, str]] = field(default_factory=list)
    # Pages whose header and path disagree, stored as the path says: following the header would have
    # replaced a page of this run whose path and header agree (an OCR-misread 第8版 on page 3's file),
    # or its date cannot be the issue's (2094 for 2024).  (name, what each says, why)
    filed_by_path: list[tuple[str, str, str]] = field(default_factory=list)
    # Scans and PDFs whose every page is stored, unchanged since: not read again.
    unchanged: list[str] = field(default_factory=list)
    # Of those, the ones moved since: found where they are now by their content, (name, where they were).
    moved_files: list[tuple[str, str]] = field(default_factory=list)
    enriched: int = 0  # pages of those stored without enrichment, enriched now
    # Pages whose text, date and page are stored under another paper's name too: (name, that key).
    twins: list[tuple[str, str]] = field(default_factory=list)
    _stored: dict[str, tuple[str, int]] = field(default_factory=dict, repr=False)  # key → (name, articles)

    def add(self, name: str, stored: Stored) -> None:
        if stored.already_as is not None:
            self.already.append((name, stored.already_as))
            return
        earlier = self._stored.get(stored.key)
        if earlier is None:
            self.pages += 1
            self.replaced += stored.replaced
        else:
            self.collisions.append((name, earlier[0], stored.key))
            self.articles -= earlier[1]
            self.replaced += stored.replaced - 1
        for key in stored.replaced_keys:
            if key != stored.key and key in self._stored:
                self._forget(*self._stored.pop(key))  # a copy without its metadata, stored by this run
        self._stored[stored.key] = (name, stored.articles)
        self.articles += stored.articles
        self.twins += [(name, twin) for twin in stored.twins]
        if "no-date" in stored.flags:
            self.undated.append(name)
        if "no-paper" in stored.flags:
            self.unnamed.append(name)
        if "no-page" in stored.flags:
            self.unnumbered.append(name)

    def moved(self, name: str, key: str) -> None:
        """A page stored by this run under `key` is stored again under another: forgotten there."""
        if self._stored.get(key, ("",))[0] == name:
            self._forget(*self._stored.pop(key))

    def _forget(self, name: str, articles: int) -> None:
        """A page stored by this run and replaced by a later page of it, as if never stored."""
        self.pages -= 1
        self.articles -= articles
        self.replaced -= 1
        for names in (self.undated, self.unnamed, self.unnumbered):
            if name in names:
                names.remove(name)


def ingest_paths(archive: Archive, paths: list[str], *, paper: str | None = None,
                 date: str | None = None, page: int | None = None, section: str | None = None,
                 progress: Callable[[Progress], None] | None = None,
                 stdin: BinaryIO | None = None, enrich: bool = True, again: bool = False) -> IngestReport:
    """Store every page under `paths` (files, folders searched recursively, "-" for stdin); a scan or
    PDF stored whole and unchanged since is not read again, unless `again`."""
    _check_options(paper, date, page, section)
    report = IngestReport()
    names: list[str] = []
    for name in paths:
        found = page_files(name)
        if not found:
            report.failed.append((name, "no page files (.txt, .html, .pdf, images) in this folder"))
        names += found
    names = _each_once(names)
    if page is not None and len(names) > 1:
        raise ArchiveError(f"a page number names one page file, and {len(names)} were given: "
                           "let the pages' headers or paths number them")
    dated = sorted({meta_from_path(os.path.abspath(name)).date for name in names if name != STDIN} - {None})
    if date is not None and len(dated) > 1:
        # Every page of every day would be filed under that one, each replacing the day's own.
        shown = ", ".join(dated[:3]) + (", …" if len(dated) > 3 else "")
        raise ArchiveError(f"a date names one issue, and the paths of these files name {len(dated)} ({shown}): "
                           "let their paths date them")
    batch = _Batch(archive, report, _Options(paper, date, page, section, enrich))
    done = 0
    try:
        for done, name in enumerate(names):
            batch.store_if_due()
            if again or not batch.unchanged_file(name):
                _add_file(batch, done, name, stdin, _pages_read(progress, done, len(names), name))
            if progress:
                progress(Progress(done + 1, len(names), name))
        done = len(names)
        batch.store()
    except _Unwritable as stop:
        # Told once, not once a page; the files after it are not read only to fail the same way.
        report.stopped = stop.told(unread=max(len(names) - done - 1, 0))
    except KeyboardInterrupt:
        with contextlib.suppress(_Unwritable):
            batch.store()  # the pages read before it are kept: minutes of OCR each
        raise
    report.open_jumps = archive.counts()["open_jumps"]
    return report


def _each_once(names: list[str]) -> list[str]:
    """The files named, each once however often and however spelt (a folder and a file in it,
    ./a.txt and its absolute path), as first named."""
    seen: set[str] = set()
    once = []
    for name in names:
        where = name if name == STDIN else os.path.realpath(name)
        if where not in seen:
            seen.add(where)
            once.append(name)
    return once


@dataclass(frozen=True)
class _Options:
    """What the command says of every page: paper, date, page and section, and whether to enrich."""

    paper: str | None
    date: str | None
    page: int | None
    section: str | None
    enrich: bool

    def given(self) -> str:
        """Paper, date, page and section as given, as a file read with them records them."""
        return json.dumps([self.paper, self.date, self.page, self.section], ensure_ascii=False)


@dataclass
class _Waiting:
    """A page read and waiting for its batch (or the file that could not be read: `error`);
    `file` is the file's place among those ingested."""

    file: int
    name: str
    source: SourcePage | None = None
    origin: dict = field(default_factory=dict)
    error: Exception | None = None
    page: Page | None = None
    names: list[list[EntityMention]] | None = None
    disagreement: str | None = None
    # Where its header and path disagree: the page as its path files it, and why the path's is kept
    # where it is (`_Batch._settle`, `_impossible_header_date`).
    by_path: Page | None = None
    path_wins: str | None = None
    # The folder whose name it took for its paper, its head naming none: renamed as that folder's
    # other pages' heads name it (`_Batch._learn_paper`).
    headless_in: str | None = None
    gathered: bool = False  # a saved story whose page is stored with a later story of it (`_Batch._gather`)
    # Not a page but the mark that its file, a scan or PDF, was read to its end, as it was then.
    read_whole: Fingerprint | None = None


class _Unwritable(Exception):
    """The archive failed a whole batch (a full disk, a lock held past the retries): the ingest stops."""

    def __init__(self, reason: str, pages: int):
        super().__init__(reason)
        self.reason, self.pages = reason, pages

    def told(self, unread: int) -> str:
        after = f", {_count(unread, 'file')} not read" if unread else ""
        return f"{self.reason}; the ingest stopped: {_count(self.pages, 'page')} read not stored{after}"


def _count(number: int, thing: str) -> str:
    return f"{number} {thing}" if number == 1 else f"{number} {thing}s"


class _Batch:
    """Pages read, made ready and stored together (see the module's doc), and told to the report
    in the order of their files, as page by page would tell them."""

    def __init__(self, archive: Archive, report: IngestReport, options: _Options):
        self.archive, self.report, self.options = archive, report, options
        self.waiting: list[_Waiting] = []  # pages, and files that could not be read
        self.pages = 0
        self.since = 0.0
        self.failed_files: set[int] = set()
        self.previous_pages: dict[int, tuple[Page, int]] = {}  # each file's last page rebuilt, and its index
        # Each key filed by this run: the name of the page whose path and header agree on it, or the
        # page filed there as its header says against its path (moved to its path's key if such a
        # page comes).
        self.filed: dict[str, str | _Waiting] = {}
        # A paper's folder named otherwise than its pages' headers → the name they print (wenling →
        # 温岭日报, 温岭日报 扫描 → 温岭日报)
        self.papers_of_folders: dict[str, str] = {}
        self.stories: dict[str, _Waiting] = {}  # each page's saved e-paper stories so far, as one page
        self.stored_of: dict[int, int] = {}  # each file's pages stored
        self.fingerprints: dict[str, Fingerprint | None] = {}  # scans' and PDFs' taken before they are read
        # Files not recorded as read (`_record`) though read to their end: a page of theirs was not
        # stored, or was filed against its header or path (read again, it is settled again with
        # the files beside it).
        self.unrecorded: set[int] = set()

    def add(self, item: _Waiting) -> None:
        if item.source is not None:
            if not self.pages:
                self.since = time.monotonic()
            self.pages += 1
        self.waiting.append(item)
        if self.pages >= BATCH_PAGES:
            self.store()
        else:
            self.store_if_due()

    def store_if_due(self) -> None:
        if self.pages and time.monotonic() - self.since >= BATCH_SECONDS:
            self.store()

    def unchanged_file(self, name: str) -> bool:
        """Whether `name` is a scan or PDF every page of which is stored, unchanged since and read
        with these options, there or, moved since, where its path files it alike: then its pages
        stand as this run's, enriched if they were stored without, and it is not read."""
        if name == STDIN:
            return False
        source = readable(str(Path(name).resolve()))
        record = self.archive.file_record(source)
        stored_at = source if record is not None and record["options"] == self.options.given() \
            and unchanged(name, record["size"], record["mtime_ns"], record["sha1"]) else self._moved_from(name, source)
        if stored_at is None:
            return False
        pages = self.archive.pages_from(stored_at)
        if len(pages) != self.archive.file_record(stored_at)["pages"]:
            return False  # a page removed, or replaced by another file's: read it again
        if stored_at != source:
            self.archive.move_source(stored_at, source)
            self.report.moved_files.append((name, stored_at))
        folder = meta_from_path(source).paper
        for page in pages:
            self.filed.setdefault(page["key"], name)
            if folder and page["paper"] and _may_name(folder, page["paper"]):
                self.papers_of_folders.setdefault(folder, page["paper"])  # as `_learn_paper` learns it
        if self.options.enrich:
            self.report.enriched += enrich_stored(self.archive, [page["id"] for page in pages if not page["enriched"]])
        self.report.unchanged.append(name)
        return True

    def _moved_from(self, name: str, source: str) -> str | None:
        """Where a scan or PDF not recorded at `source` was read from before, moved since: a file of
        its content read with these options whose path files its pages as this one does (else,
        read here, they would go elsewhere: read it)."""
        found = self.fingerprints[name] = _scan_or_pdf(name)
        if found is None:
            return None
        here = meta_from_path(source)
        return next((was for was in self.archive.files_alike(found.sha1, found.size, self.options.given())
                     if was != source and meta_from_path(was) == here), None)

    def file_read(self, file: int, name: str, found: Fingerprint) -> None:
        """A scan or PDF read to its end, to be recorded once all its pages are stored."""
        self.waiting.append(_Waiting(file, name, read_whole=found))

    def store(self) -> None:
        if not self.waiting:
            return
        read_whole = [item for item in self.waiting if item.read_whole]
        pages = [item for item in self.waiting if not item.read_whole]
        # Still waiting while they are made ready and written: Ctrl-C then leaves them to the store
        # that follows (the write is one transaction, rolled back).
        ready = self._prepared(pages)
        try:
            results = self.archive.add_pages([self._to_store(item) for item in ready]) if ready else []
        except Exception as error:  # noqa: BLE001 - the database failed: none of them is stored
            results = [error] * len(ready)
        self.waiting, self.pages = [], 0
        if ready and all(isinstance(result, ArchiveError) for result in results):
            raise _Unwritable(_reason(results[0]), len(ready))
        for item, result in zip(ready, results, strict=True):
            if isinstance(result, Exception):
                self.unrecorded.add(item.file)
                self.report.failed.append((item.name, _reason(result)))
            else:
                self._tell(item, result)
        self._record(read_whole)

    def _record(self, read_whole: list[_Waiting]) -> None:
        """Files read to their end whose every page is stored where header and path agree: an
        ingest that follows need not read them again while they are unchanged."""
        records = [FileRecord(readable(str(Path(item.name).resolve())), item.read_whole.size,
                              item.read_whole.mtime_ns, item.read_whole.sha1, self.options.given(),
                              self.stored_of[item.file])
                   for item in read_whole if item.file not in self.failed_files | self.unrecorded
                   and self.stored_of.get(item.file)]
        with contextlib.suppress(ArchiveError):  # the pages are stored; unrecorded, the file is read again
            self.archive.record_files(records)

    def _to_store(self, item: _Waiting) -> PageToStore:
        return PageToStore(item.page, item.source.text, **{"source": readable(item.source.name), **item.origin})

    def _tell(self, item: _Waiting, stored: Stored) -> None:
        """A page stored, to the report; what its header and path disagree on only now that it is."""
        if item.path_wins is not None:
            self.report.filed_by_path.append((item.name, item.disagreement, item.path_wins))
        elif item.disagreement:
            self.report.disagreements.append((item.name, item.disagreement))
        if item.disagreement or stored.already_as is not None:
            self.unrecorded.add(item.file)
        self.stored_of[item.file] = self.stored_of.get(item.file, 0) + 1
        self.report.add(item.name, stored)

    def _prepared(self, waiting: list[_Waiting]) -> list[_Waiting]:
        """The pages rebuilt, then tagged for names, then given their dates and quantities, stage
        by stage.  A file fails at its first page that fails (its later pages are not stored, its
        earlier ones are), and is told once.  What a stage made of a page is kept on it: a Ctrl-C
        midway stores the batch (`ingest_paths`) without doing again what was done, nor counting
        a page of a file on from that file's last page rebuilt rather than the one before it."""
        options = self.options

        def rebuild(item: _Waiting) -> None:
            if item.page is not None:
                return  # rebuilt before Ctrl-C stopped this batch's first making ready (see below)
            previous = self.previous_pages.get(item.file)
            # The page number given is the file's first page's; a later page is counted from the one before.
            given = (None, None) if previous else (options.page, options.section)
            headed = rebuild_source(item.source, paper=options.paper, date=options.date, page=given[0],
                                    section=given[1])
            if options.date is None and options.page is None:
                item.disagreement = header_against_path(headed, item.source)
            issue_text = item.source.index is not None and item.origin.get("source_format") == "text"
            item.page = placed(headed, item.source, page_given=given[0], previous=previous, issue_text=issue_text)
            self._learn_paper(item, headed)
            if item.disagreement and (why := _impossible_header_date(item.page, item.source)):
                item.page, item.path_wins = _dated_by_path(item.page, item.source), why
            if item.disagreement:
                item.by_path = filed_by_path(item.page, item.source)
            self.previous_pages[item.file] = (item.page, item.source.index or 0)

        def find_names(item: _Waiting) -> None:
            if item.names is None:
                item.names = page_entities(item.page)

        def enrich(item: _Waiting) -> None:
            if not item.page.enriched:
                item.page = enriched(item.page, item.names)

        for item in waiting:
            self._attempt(item, rebuild)
        for item in waiting:
            self._attempt(item, self._named_as_printed)
            self._attempt(item, self._gather)
        # (before enrichment: a page filed by its path resolves its dates against the path's date)
        items = self._settle(waiting) + waiting
        for stage in (find_names, enrich) if options.enrich else ():
            for item in items:
                self._attempt(item, stage)
        ready = []
        for item in items:
            if item.file in self.failed_files or item.gathered:
                continue
            if item.error is not None:
                self.failed_files.add(item.file)
                self.report.failed.append((item.name, _reason(item.error)))
                continue
            ready.append(item)
        return ready

    def _learn_paper(self, item: _Waiting, headed: Page) -> None:
        """What a folder named otherwise than its pages' heads (wenling/, 温岭日报 扫描/) is called on
        them (温岭日报), and the pages of such a folder whose heads name no paper (inside pages rarely
        print it)."""
        if self.options.paper is not None or item.source.name.startswith("<"):
            return
        folder = _path_meta(item.source).paper
        if not folder:
            return
        if headed.paper is None and item.page.paper == folder:
            item.headless_in = folder
        elif headed.paper and _may_name(folder, headed.paper):
            self.papers_of_folders.setdefault(folder, headed.paper)

    def _named_as_printed(self, item: _Waiting) -> None:
        """A headless page of a folder named otherwise than its issue's heads, under the name they
        print: one issue is one paper (its jumps are joined within it)."""
        printed = self.papers_of_folders.get(item.headless_in) if item.headless_in else None
        if printed:
            page = item.page
            item.page = with_metadata(page, item.source, printed, page.date, page.page, page.section)
            if item.by_path is not None:
                item.by_path = filed_by_path(item.page, item.source)

    def _gather(self, item: _Waiting) -> None:
        """Saved e-paper article pages (content_1.html, content_2.html: a story each, of one printed
        page) stored as that page's stories together: each filed as the whole page replaced the one
        before, and one story of the page survived."""
        key = _key(item.page) if Path(item.name).suffix.lower() in (".html", ".htm") else None
        earlier = self.stories.get(key) if key else None
        if key:
            self.stories[key] = item
        if earlier is None or earlier.source.text == item.source.text:
            return
        furniture = set(item.page.furniture)  # its page's head (第01版：要闻), which the earlier stories give
        story = "\n".join(line for line in item.source.text.splitlines() if line.strip() not in furniture)
        item.source = read_text(f"{earlier.source.text.rstrip()}\n\n{story}", item.source.name)
        page = item.page
        item.page = rebuild_source(item.source, paper=page.paper, date=page.date, page=page.page,
                                   section=page.section)
        item.by_path = None
        earlier.gathered = True
        self.report.moved(earlier.name, key)

    def _settle(self, waiting: list[_Waiting]) -> list[_Waiting]:
        """Pages filed as their headers say, against their paths, on a page of this run whose path
        and header agree, filed as their paths say instead: an OCR-misread header (第8版 on page
        3's file) lost the real page 8, or was lost to it.  Returns such pages of earlier batches,
        to store again under their paths' keys."""
        again = []
        for item in waiting:
            key = _key(item.page) if item.error is None and item.file not in self.failed_files \
                and not item.gathered else None
            if key is None:
                continue
            holder = self.filed.get(key)
            if item.by_path is not None and _key(item.by_path) != key:
                if isinstance(holder, str):
                    self._file_by_path(item, holder)
                else:
                    self.filed[key] = item
            elif item.disagreement is None and _path_agrees(item.page, item.source):
                if isinstance(holder, _Waiting):
                    self._file_by_path(holder, item.name)
                    if not any(holder is other for other in waiting):
                        again.append(holder)
                self.filed[key] = item.name
        return again

    def _file_by_path(self, item: _Waiting, other: str) -> None:
        self.report.moved(item.name, _key(item.page))
        with contextlib.suppress(ValueError):  # told when first stored as its header says
            self.report.disagreements.remove((item.name, item.disagreement))
        why = f"as its header says it would replace {other}, whose path and header agree"
        item.page, item.path_wins, item.names = item.by_path, why, None

    def _attempt(self, item: _Waiting, stage: Callable[[_Waiting], None]) -> None:
        """One stage of one page, unless its file has failed (then or now)."""
        if item.error is not None or item.file in self.failed_files or item.gathered:
            return
        try:
            stage(item)
        except Exception as error:  # noqa: BLE001 - one bad page must not lose the others
            item.error = error


def enrich_stored(archive: Archive, page_ids: list[int]) -> int:
    """Enrich stored pages in place (`Archive.enrich_pages`), ENRICH_BATCH_PAGES a transaction;
    how many pages."""
    for start in range(0, len(page_ids), ENRICH_BATCH_PAGES):
        archive.enrich_pages(page_ids[start:start + ENRICH_BATCH_PAGES], enriched)
    return len(page_ids)


def _may_name(folder: str, printed: str) -> bool:
    """Whether a folder may be named for the paper whose heads print `printed`, otherwise than they
    print it: in letters (wenling/ for 温岭日报), or with more to its name (温岭日报 扫描/).  A folder
    of another paper (东湖日报/ holding a page headed 温岭日报) keeps its headless pages."""
    if folder.isascii():
        return not printed.isascii()
    return printed != folder and printed in folder


def _reason(error: Exception) -> str:
    """Why a page failed, in one line: our own errors say it; others are named as unexpected."""
    if isinstance(error, BanmianError):
        return str(error)
    return f"unexpected {type(error).__name__}: {error}"


def ingest_text(archive: Archive, text: str, *, name: str = "<text>", paper: str | None = None,
                date: str | None = None, page: int | None = None, section: str | None = None,
                enrich: bool = True) -> Stored:
    """Store one page given as text; `name` may be a path that says paper, date or page."""
    source = read_text(text, name)
    if not source.lines:
        raise InputError("empty input: only blank lines")
    return ingest_source(archive, source, paper=paper, date=date, page=page, section=section, enrich=enrich)


def ingest_source(archive: Archive, source: SourcePage, *, paper: str | None = None,
                  date: str | None = None, page: int | None = None, section: str | None = None,
                  enrich: bool = True, origin: dict | None = None) -> Stored:
    """Rebuild, enrich and store one page read; `origin` holds add_page's `source` (else the
    page's name), `source_format` and `source_page`."""
    _check_options(paper, date, page, section)
    built = prepare_page(source, paper=paper, date=date, page=page, section=section, enrich=enrich)
    return archive.add_page(built, text=source.text, **{"source": readable(source.name), **(origin or {})})


def _check_options(paper: str | None, date: str | None, page: int | None, section: str | None) -> None:
    if paper is not None and "/" in paper:
        raise ArchiveError(f"bad paper name {paper!r}: a / cannot be in it (the reader's addresses are "
                           "PAPER/DATE/PAGE)")
    if date is not None and not valid_date(date):
        raise ArchiveError(f"bad date {date!r}: expected YYYY-MM-DD")
    if page is not None and not 1 <= page < PAGE_NUMBER_END:
        raise ArchiveError(f"bad page number {page}: pages are numbered from 1 to {PAGE_NUMBER_END - 1}")
    if section is not None and not (valid_section(section) and page is not None):
        raise ArchiveError(f"bad section {section!r}: one letter A-Z, with a page number")


def prepare_page(source: SourcePage, *, paper: str | None = None, date: str | None = None,
                 page: int | None = None, section: str | None = None, enrich: bool = True) -> Page:
    """The page as it is stored: rebuilt, and enriched unless told not to."""
    built = rebuild_page(source, paper=paper, date=date, page=page, section=section)
    return enriched(built) if enrich else built


def enriched(built: Page, names: list[list[EntityMention]] | None = None) -> Page:
    """The rebuilt page with what its articles mention (`names`: their names, found already);
    its date stays the one it was given, and on a page without one the dates that need an issue
    date (今年, 3月5日) are not resolved against a guess, which is wrong more often than right."""
    return enrich_page(built, names, infer_date=False)


def rebuild_page(source: SourcePage, *, paper: str | None = None, date: str | None = None,
                 page: int | None = None, section: str | None = None) -> Page:
    """The rebuilt page, with what the options and header leave open taken from the path."""
    built = rebuild_source(source, paper=paper, date=date, page=page, section=section)
    return placed(built, source, page_given=page)


def placed(built: Page, source: SourcePage, *, page_given: int | None,
           previous: tuple[Page, int] | None = None, issue_text: bool = False) -> Page:
    """`built` with what the options and its header leave open taken from the page before it in its
    file (and its index there), then from its path.  The first page of an issue's text (pages
    split by form feeds, as pdftotext writes an issue) in a dated folder is page 1 where neither its
    head nor its file's name numbers it: else no page of the issue gets a number."""
    if previous is not None:
        built = filled_in(built, source, after(*previous, source))
    if source.name.startswith("<"):
        return built
    meta = _path_meta(source)
    if built.page is None:
        first = 1 if meta.page is None and meta.date and issue_text and previous is None else None
        numbered = (first or numbered_on(meta.page, source), meta.section)
    elif built.section is None and page_given is None and meta.page == built.page:
        # Many sectioned papers print a plain 第1版 in every section's head: B01.txt's section
        # is its path's (kept apart from A01's), where the header says the same page number.
        numbered = (built.page, meta.section)
    else:
        numbered = (built.page, built.section)
    return with_metadata(built, source, built.paper or meta.paper, built.date or meta.date, *numbered)


def header_against_path(page: Page, source: SourcePage) -> str | None:
    """What a rebuilt page's header says of its paper, date and page where its path says otherwise.
    A number is the page's only in a dated path (PAPER/DATE/03): 0003.txt may count the files."""
    if source.name.startswith("<"):
        return None
    meta = _path_meta(source)
    said = []
    # (A folder may name the paper in letters, wenling/ for 温岭日报: only a name in characters is compared.)
    if meta.paper and page.paper and meta.paper != page.paper and not meta.paper.isascii():
        said.append(f"paper {page.paper}, its path {meta.paper}")
    if meta.date and page.date and meta.date != page.date:
        said.append(f"date {page.date}, its path {meta.date}")
    number = numbered_on(meta.page, source)
    if meta.date and number is not None and page.page is not None and (
            number != page.page or meta.section and page.section and meta.section != page.section):
        said.append(f"page {page_label(page.section, page.page)}, its path "
                    f"{page_label(meta.section, number)}")
    return "its header says " + "; ".join(said) if said else None


def filed_by_path(page: Page, source: SourcePage) -> Page | None:
    """`page` with the paper, date and page its dated path gives in place of its header's."""
    where = _where_by_path(page, source)
    return with_metadata(page, source, *where) if where else None


def _where_by_path(page: Page, source: SourcePage) -> tuple[str | None, str, int, str | None] | None:
    meta = _path_meta(source)
    number = numbered_on(meta.page, source)
    if not meta.date or number is None:
        return None
    # (a paper named in letters, wenling/, is no other paper than the header's 温岭日报)
    paper = meta.paper if meta.paper and not meta.paper.isascii() else page.paper
    return paper or meta.paper, meta.date, number, meta.section or page.section


def _impossible_header_date(page: Page, source: SourcePage) -> str | None:
    """Why a header's date that its dated path contradicts cannot be the issue's (an OCR-misread
    year, 2094 or 1024 for 2024), if it cannot."""
    path_date = _path_meta(source).date
    if not page.date or not path_date or page.date == path_date:
        return None
    printed = dt.date.fromisoformat(page.date)
    if printed > dt.date.today() + dt.timedelta(days=1):
        return "its header's date is yet to come"
    if printed.year < _FIRST_NEWSPAPER_YEAR:
        return "its header's date is before any newspaper"
    return None


def _dated_by_path(page: Page, source: SourcePage) -> Page:
    return with_metadata(page, source, page.paper, _path_meta(source).date, page.page, page.section)


def _path_agrees(page: Page, source: SourcePage) -> bool:
    """Whether a page's dated path gives the very paper, date and page it is filed under."""
    return _where_by_path(page, source) == (page.paper, page.date, page.page, page.section)


def _path_meta(source: SourcePage):
    """What a page's path says, read from where its file is, not as typed: `banmian ingest .` in
    an issue's folder files its pages under the paper and date its folders name."""
    where = source.name
    return meta_from_path(os.path.abspath(where) if os.path.exists(where) else where)


def _key(page: Page | None) -> str | None:
    """The key a page is stored under, where it has paper, date and page (not its text's)."""
    return page_key(page, "") if page is not None and page.paper and page.date and page.page is not None else None


def _pages_read(progress: Callable[[Progress], None] | None, done: int, files: int, name: str):
    """The reader's per-page callback, told on as a `Progress` of this file."""
    if progress is None:
        return None
    return lambda pages_done, pages: progress(Progress(done, files, name, pages_done, pages))


def _add_file(batch: _Batch, done: int, name: str, stdin: BinaryIO | None, progress) -> None:
    """Each page of a file to the batch as it is read (a scan's pages one by one, each stored
    within BATCH_SECONDS of its OCR); a page that cannot be read fails the file, after the pages
    before it."""
    found = batch.fingerprints.pop(name) if name in batch.fingerprints else _scan_or_pdf(name)
    try:
        for source, origin in _read(name, stdin, progress):
            batch.add(_Waiting(done, name, source, origin))
    except _Unwritable:
        raise  # the archive's failure, not the file's
    except Exception as error:  # noqa: BLE001 - one bad file must not lose the others
        batch.add(_Waiting(done, name, error=error))
        return
    if found is not None:
        batch.file_read(done, name, found)


def _scan_or_pdf(name: str) -> Fingerprint | None:
    """A scan's or PDF's fingerprint before it is read (as it was read, should it change meanwhile);
    None for text and stdin, which are not recorded."""
    if name == STDIN:
        return None
    try:
        with open(name, "rb") as file:
            if source_format(file.read(_HEAD_BYTES)) == "text":
                return None
        return fingerprint(name)
    except OSError:
        return None  # reading it tells what is wrong


def _read(name: str, stdin: BinaryIO | None, progress) -> Iterator[tuple[SourcePage, dict]]:
    """The pages read from a file (or stdin), one by one as they are read, each with where it
    came from, as add_page takes it."""
    if name == STDIN:
        data = (stdin or sys.stdin.buffer).read()
        found = source_format(data)
        for source in read_bytes(data, "<stdin>", progress):
            yield source, {"source_format": found}
        return
    path = Path(name).resolve()
    origin: dict = {}
    for source in read_path(name, progress):  # the reader tells a missing or unreadable file first
        if not origin:
            head, stamp = stamped_head(path)
            origin = {"source": readable(str(path)), "source_format": source_format(head[:_HEAD_BYTES]),
                      "source_stamp": stamp}
        yield source, {**origin, "source_page": source.index}


def source_format(head: bytes) -> str:
    """What a file's first bytes say it is: pdf, image or text (as the readers tell them)."""
    return "pdf" if is_pdf(head) else "image" if is_image(head) else "text"
