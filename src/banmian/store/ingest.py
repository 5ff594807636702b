"""Page files into the archive: read, rebuild with the right paper/date/page, enrich, store.

Each of paper, date and page comes from the first of: the option given, the
page's own header (the rebuild reads it), the file's path (paths.py).  A page
that fails is reported with its reason and the rest are still stored.

Enrichment (what each article mentions) is on unless `enrich=False`.  A page
without a date keeps none in the archive, and is flagged so: the date
enrichment infers from its text only anchors its relative dates.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import BinaryIO

from banmian.enrich import enrich_page
from banmian.errors import BanmianError, InputError
from banmian.model import Page
from banmian.read import SourcePage, read_bytes, read_path, read_text
from banmian.rebuild import rebuild_source
from banmian.store.archive import Archive, Stored
from banmian.store.filters import valid_date
from banmian.store.errors import ArchiveError
from banmian.store.paths import meta_from_path, page_files

STDIN = "-"


@dataclass
class IngestReport:
    pages: int = 0
    articles: int = 0
    replaced: int = 0
    undated: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    open_jumps: int = 0

    def add(self, name: str, stored: Stored) -> None:
        self.pages += 1
        self.articles += stored.articles
        self.replaced += stored.replaced
        if "no-date" in stored.flags:
            self.undated.append(name)


def ingest_paths(archive: Archive, paths: list[str], *, paper: str | None = None,
                 date: str | None = None, page: int | None = None,
                 progress: Callable[[int, int], None] | None = None,
                 stdin: BinaryIO | None = None, enrich: bool = True) -> IngestReport:
    """Store every page under `paths` (files, folders searched recursively, "-" for stdin)."""
    if date is not None and not valid_date(date):
        raise ArchiveError(f"bad date {date!r}: expected YYYY-MM-DD")
    report = IngestReport()
    names: list[str] = []
    for name in paths:
        found = page_files(name)
        if not found:
            report.failed.append((name, "no page files (.txt, .pdf) in this folder"))
        names += found
    for done, name in enumerate(names, 1):
        try:
            for source in _read(name, stdin):
                report.add(name, ingest_source(archive, source, paper=paper, date=date, page=page,
                                               enrich=enrich))
        except BanmianError as error:
            report.failed.append((name, str(error)))
        except Exception as error:  # noqa: BLE001 - one bad page must not lose the others
            report.failed.append((name, f"unexpected {type(error).__name__}: {error}"))
        if progress:
            progress(done, len(names))
    report.open_jumps = archive.counts()["open_jumps"]
    return report


def ingest_text(archive: Archive, text: str, *, name: str = "<text>", paper: str | None = None,
                date: str | None = None, page: int | None = None, enrich: bool = True) -> Stored:
    """Store one page given as text; `name` may be a path that says paper, date or page."""
    source = read_text(text, name)
    if not source.lines:
        raise InputError("empty input: only blank lines")
    return ingest_source(archive, source, paper=paper, date=date, page=page, enrich=enrich)


def ingest_source(archive: Archive, source: SourcePage, *, paper: str | None = None,
                  date: str | None = None, page: int | None = None, enrich: bool = True) -> Stored:
    built = rebuild_page(source, paper=paper, date=date, page=page)
    if enrich:
        built = replace(enrich_page(built), date=built.date, date_inferred=False)
    return archive.add_page(built, text=source.text, source=source.name)


def rebuild_page(source: SourcePage, *, paper: str | None = None, date: str | None = None,
                 page: int | None = None) -> Page:
    """The rebuilt page, with what the options and header leave open taken from the path."""
    built = rebuild_source(source, paper=paper, date=date, page=page)
    if source.name.startswith("<"):
        return built
    meta = meta_from_path(source.name)
    wanted = (built.paper or meta.paper, built.date or meta.date,
              built.page if built.page is not None else meta.page)
    if wanted == (built.paper, built.date, built.page):
        return built
    # Rebuilt again rather than patched, so the article ids are those that
    # `banmian parse --paper --date --page` gives for the same page.
    return rebuild_source(source, paper=wanted[0], date=wanted[1], page=wanted[2])


def _read(name: str, stdin: BinaryIO | None) -> list[SourcePage]:
    if name == STDIN:
        return read_bytes((stdin or sys.stdin.buffer).read(), "<stdin>")
    return read_path(name)
