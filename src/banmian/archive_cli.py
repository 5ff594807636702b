"""The archive commands of `banmian`: ingest, enrich, delete, search, show, export, entities, trends.

cli.py registers them with `add_commands(commands)`.  Each command parses its
arguments, makes one library call (banmian.store) and prints the result; a
`BanmianError` becomes one line on stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import functools
import gc
import json
import os
import re
import shlex
import sys
from collections.abc import Callable, Iterator

from banmian import store
from banmian.errors import BanmianError
from banmian.model import page_label, parse_page_label, valid_date
from banmian.store.filters import SQL_INTEGER_END
from banmian.store.archive import SEARCH_ORDERS
from banmian.store.errors import display_url
from banmian.store.formats import entity_names

DB_HELP = "archive: a SQLite file or a postgresql:// URL (default: $BANMIAN_DB or banmian.db)"


def add_commands(commands: argparse._SubParsersAction) -> None:
    ingest = commands.add_parser("ingest", help="rebuild page files and store them in an archive")
    ingest.add_argument("paths", nargs="+", metavar="PATH",
                        help="page files, folders (searched for .txt, .pdf, .png, .jpg/.jpeg, .tif/.tiff and JPEG 2000 "
                             "files: .jp2, .j2k, .jpf, .jpx), - for stdin")
    _db_option(ingest)
    ingest.add_argument("--paper", help="newspaper name (else from the page header or the path)")
    ingest.add_argument("--date", type=date_argument, help="issue date YYYY-MM-DD (else header or path)")
    ingest.add_argument("--page", type=page_argument,
                        help="page number, A3 for a sectioned paper's (else header or path)")
    ingest.add_argument("--no-enrich", dest="enrich", action="store_false",
                        help="store the articles without the people, places, dates and quantities "
                             "they mention (faster)")
    ingest.add_argument("--again", action="store_true",
                        help="read scans and PDFs stored before again, unchanged ones too (else they are not "
                             "read again: a newer banmian may read them better)")
    ingest.add_argument("-q", "--quiet", action="store_true",
                        help="no progress line (it is drawn only when stderr is a terminal)")
    ingest.set_defaults(run=_ingest,
                        interrupted="interrupted; pages stored before are kept, ingest again to finish")

    enrich = commands.add_parser("enrich", help="enrich the pages stored with --no-enrich, in place",
                                 description="Find the people, places, dates and quantities the articles of "
                                             "pages stored with --no-enrich mention, without reading or "
                                             "rebuilding the pages again.")
    _db_option(enrich)
    enrich.add_argument("--all", dest="every", action="store_true",
                        help="every stored page, enriched before or not (a newer banmian finds more)")
    enrich.set_defaults(run=_enrich, interrupted="interrupted; the pages enriched before are kept, "
                                                 "enrich again to finish")

    delete = commands.add_parser("delete", help="remove a stored page (one filed under a wrong date or page)",
                                 description="Remove one page from the archive with its articles, what they "
                                             "mention and their place in the search index; stories it was part "
                                             "of lose it, and their jumps into it open again.")
    delete.add_argument("paper", metavar="PAPER", nargs="?", help="its paper's name, as stored")
    delete.add_argument("date", metavar="DATE", nargs="?", type=date_argument, help="its issue date, YYYY-MM-DD")
    delete.add_argument("page", metavar="PAGE", nargs="?", type=page_argument,
                        help="its page: 3, or A3 in a sectioned paper")
    delete.add_argument("--article", metavar="ID",
                        help="instead: the page that holds this article (a page stored without a date or page)")
    delete.add_argument("--source", metavar="PATH",
                        help="instead: every page read from this file, or from the files under this folder "
                             "(a folder ingested under a wrong paper's name)")
    _db_option(delete)
    delete.set_defaults(run=_delete)

    search = commands.add_parser("search", help="find articles containing words or phrases",
                                 description="Find articles containing every term. A story that jumps to another "
                                             "page is searched as one text and found at its first part.")
    search.add_argument("query", metavar="QUERY",
                        help='exact text; several terms must all occur; "a phrase", OR, NOT, -term, ( )')
    _db_option(search)
    _filter_options(search)
    search.add_argument("--limit", type=whole_number(1, SQL_INTEGER_END), default=20, help="hits to show (default 20)")
    search.add_argument("--offset", type=COUNT, default=0, help="hits to skip, for paging")
    search.add_argument("--sort", choices=SEARCH_ORDERS, default="relevance",
                        help="relevance: best first (newest first without words to rank by); "
                             "newest or oldest: by issue date")
    search.add_argument("--json", action="store_true", help="print the hits as a JSON list")
    search.set_defaults(run=_search)

    show = commands.add_parser("show", help="print one article, stitched across its jumps")
    show.add_argument("id", metavar="ID", help="article id (or its first 6+ characters)")
    _db_option(show)
    show.add_argument("--json", action="store_true", help="print the story as JSON")
    show.set_defaults(run=_show)

    export = commands.add_parser("export", help="write stitched articles as jsonl, csv, parquet or ninjs")
    _db_option(export)
    export.add_argument("--format", choices=store.FORMATS, default="jsonl")
    export.add_argument("-o", "--output", metavar="FILE", type=output_file, help="write here instead of stdout (-: stdout)")
    export.add_argument("--query", help="only stories with a part that matches this search query")
    _filter_options(export)
    export.set_defaults(run=_export)

    entities = commands.add_parser("entities",
                                   help="list the people, organisations and places articles mention")
    entities.add_argument("query", nargs="?", metavar="QUERY",
                          help="part of the name (all entities without it)")
    _db_option(entities)
    entities.add_argument("--type", dest="entity_type", metavar="TYPE",
                          help="only people (person, people or PER), organisations (ORG) or places (LOC)")
    entities.add_argument("--limit", type=whole_number(1, SQL_INTEGER_END), default=50, help="entities to list (default 50)")
    entities.add_argument("--json", action="store_true", help="print them as a JSON list")
    entities.set_defaults(run=_entities)

    trends = commands.add_parser("trends", help="how often terms occur, month by month")
    trends.add_argument("terms", nargs="+", metavar="TERM", help="a search query per term")
    _db_option(trends)
    trends.add_argument("--paper", help="only this newspaper")
    trends.add_argument("--json", action="store_true", help="print the months and counts as JSON")
    trends.set_defaults(run=_trends)


def _db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default=os.environ.get("BANMIAN_DB") or store.DEFAULT_URL,
                        help=DB_HELP)


def _filter_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--paper", help="only this newspaper")
    parser.add_argument("--from", dest="date_from", type=date_argument, metavar="DATE",
                        help="only issues on or after this date (YYYY-MM-DD)")
    parser.add_argument("--to", dest="date_to", type=date_argument, metavar="DATE",
                        help="only issues on or before this date")
    parser.add_argument("--kind", choices=("article", "photo"), help="only this kind of article")
    parser.add_argument("--reporter", help="only articles credited to this name")
    parser.add_argument("--entity", metavar="NAME",
                        help="only articles that mention this entity (its canonical name)")
    parser.add_argument("--entity-type", metavar="TYPE",
                        help="with --entity: only as a person, organisation or place (or PER, ORG, LOC)")
    parser.add_argument("--mentions-date", metavar="DATE",
                        help="only articles that mention a date in this day, month or year "
                             "(YYYY-MM-DD, YYYY-MM or YYYY), or span (FROM/TO of those)")
    parser.add_argument("--low-ocr-confidence", action="store_true",
                        help="only articles read by OCR with a low confidence, to check by hand")


def output_file(value: str) -> str | None:
    """-o's FILE; `-` is stdout, as it is stdin for the pages read."""
    return None if value == "-" else value


def date_argument(value: str) -> str:
    """An argparse type: a date YYYY-MM-DD that the calendar has."""
    if not valid_date(value):
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise argparse.ArgumentTypeError(f"{value!r} is no day of the calendar")
        raise argparse.ArgumentTypeError(f"{value!r} is not a date of the form YYYY-MM-DD")
    return value


def date_range(first: str | None, last: str | None) -> tuple[str | None, str | None]:
    """--from and --to, refused backwards (which matched nothing, as if nothing were there)."""
    if first and last and first > last:
        raise store.QueryError(f"--from {first} is after --to {last}: no day is in that range")
    return first, last


def whole_number(low: int, end: int) -> Callable[[str], int]:
    """An argparse type: a whole number from `low`, under `end`.  Bounded where it enters, so
    a number the archive cannot hold is a usage error, not an overflow deep in a query."""

    def parse(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
        if not low <= number < end:
            raise argparse.ArgumentTypeError(f"{value} is not a whole number from {low} to {end - 1}")
        return number

    return parse


def page_argument(value: str) -> tuple[str | None, int]:
    """--page 3, or A3 / A03 for page 3 of section A: (section, number)."""
    try:
        return parse_page_label(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


COUNT = whole_number(0, SQL_INTEGER_END)


def _filters(args: argparse.Namespace) -> dict:
    date_from, date_to = date_range(args.date_from, args.date_to)
    return {"paper": args.paper, "date_from": date_from, "date_to": date_to,
            "kind": args.kind, "reporter": args.reporter, "entity": args.entity,
            "entity_type": args.entity_type, "mentions_date": args.mentions_date,
            "low_ocr_confidence": args.low_ocr_confidence}


def printable_output(stream=None) -> None:
    """`stream` (stdout by default) made to take every character: where its encoding lacks some
    (a GBK terminal lacks 𠮷 and €), a terminal shows ? in their place rather than the command
    failing; a pipe or file in GBK is written in GB18030, which writes GBK's characters as GBK
    does, and every other too."""
    stream = stream or sys.stdout
    encoding = codecs.lookup(getattr(stream, "encoding", None) or "utf-8").name
    if not hasattr(stream, "reconfigure") or encoding.startswith("utf"):
        return
    if encoding in _GBK_FAMILY and not stream.isatty():
        stream.reconfigure(encoding="gb18030")
    else:
        stream.reconfigure(errors="replace")


_GBK_FAMILY = {codecs.lookup(name).name for name in ("gbk", "gb2312", "cp936")}


def _reporting(command):
    """A BanmianError becomes one line on stderr and exit status 2."""

    @functools.wraps(command)
    def run(args: argparse.Namespace) -> int:
        try:
            return command(args)
        except BanmianError as error:
            print(f"banmian: {error}", file=sys.stderr)
            return 2

    return run


@_reporting
def _delete(args: argparse.Namespace) -> int:
    named = (args.paper, args.date, args.page)
    if [args.article is not None, args.source is not None, None not in named].count(True) != 1:
        print("banmian: name the page as PAPER DATE PAGE, or give --article ID of an article on it, "
              "or --source PATH of the files its pages were read from", file=sys.stderr)
        return 2
    if args.source is not None:
        pages, articles = store.remove_pages_from(args.db, args.source)
        print(f"removed {_count(pages, 'page', 'pages')} ({_articles(articles)}) read from {args.source} "
              f"from {display_url(args.db)}", file=sys.stderr)
        return 0
    if args.article is not None:
        removed = store.remove_page_of(args.db, args.article)
        print(f"removed the page of article {args.article} ({_articles(removed)}) from {display_url(args.db)}",
              file=sys.stderr)
        return 0
    section, page = args.page
    removed = store.remove_page(args.db, args.paper, args.date, page, section)
    print(f"removed {args.paper} {args.date} page {page_label(section, page)} ({_articles(removed)}) "
          f"from {display_url(args.db)}", file=sys.stderr)
    return 0


def _articles(count: int) -> str:
    return _count(count, "article", "articles")


def _count(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


@_reporting
def _enrich(args: argparse.Namespace) -> int:
    pages = store.enrich_stored(args.db, every=args.every)
    if pages:
        print(f"enriched {_count(pages, 'page', 'pages')} in {display_url(args.db)}", file=sys.stderr)
    else:
        print(f"no page to enrich in {display_url(args.db)}: each was enriched as it was stored", file=sys.stderr)
    return 0


@_reporting
def _ingest(args: argparse.Namespace) -> int:
    progress = _progress_bar if sys.stderr.isatty() and not args.quiet else None
    if args.enrich:
        import banmian.enrich.tagger  # noqa: F401 - loads numba now, for the freeze below
    with _collector_tuned_for_ingest():
        section, page = args.page or (None, None)
        report = store.ingest_paths(args.db, args.paths, paper=args.paper, date=args.date, page=page,
                                    section=section, progress=progress, enrich=args.enrich, again=args.again)
    if progress:
        sys.stderr.write("\n")
    for name, reason in report.failed:
        print(f"banmian: {name}: {reason}", file=sys.stderr)
    if report.stopped:
        print(f"banmian: {report.stopped}", file=sys.stderr)
    for name, said in report.disagreements:
        print(f"banmian: {name}: {said}; stored as its header says", file=sys.stderr)
    for name, said, why in report.filed_by_path:
        print(f"banmian: {name}: {said}; stored as its path says: {why}", file=sys.stderr)
    for name, other, key in report.collisions:
        print(f"banmian: {name} replaced {other}, stored by this ingest as the same page ({key})", file=sys.stderr)
    for name, twin in report.twins:
        print(f"banmian: {name}: the same page is stored under another paper's name too ({twin}); "
              f"banmian delete {shlex.join(twin.split('|'))} removes that copy", file=sys.stderr)
    print(_summary(report, args.db), file=sys.stderr)
    return 2 if report.failed or report.stopped else 0


@contextlib.contextmanager
def _collector_tuned_for_ingest() -> Iterator[None]:
    """The garbage collector set for a long ingest, and set back after it, for a caller of
    cli.main in the same process.  (Here, not in the console entry point: the freeze must
    follow loading the tagger, which only an enriching ingest does.)"""
    threshold = gc.get_threshold()
    # What is loaded by now (numba's 80,000 objects among them) lives as long as the process;
    # frozen, the collector's full collections no longer walk it (0.8 -> 0.2 ms a page).
    gc.freeze()
    # Pages waiting to be stored (up to 100) are young objects: a collection every 10,000
    # allocations rather than 700 walks them far less often (0.25 -> 0.09 ms a page).
    gc.set_threshold(10_000, 10, 10)
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()


def _progress_bar(step: store.Progress) -> None:
    """One line, drawn over: files done, and the page an OCR file is at (seconds a page)."""
    width = 30
    filled = width * step.files_done // max(step.files, 1)
    line = f"[{'#' * filled}{'.' * (width - filled)}] {step.files_done}/{step.files} files"
    if step.pages:
        line += f" · {os.path.basename(step.name)} page {step.pages_done}/{step.pages}"
    sys.stderr.write(f"\r{line}\x1b[K")  # K: clear what a longer line left
    sys.stderr.flush()


def _summary(report: store.IngestReport, db: str) -> str:
    notes = []
    if report.replaced:
        notes.append(f"{report.replaced} replaced")
    if report.undated:
        notes.append(f"{len(report.undated)} without a date")
    if report.unnamed:
        notes.append(f"{len(report.unnamed)} without a paper name")
    if report.unnumbered:
        notes.append(f"{len(report.unnumbered)} without a page number")
    if report.already:
        notes.append(f"{len(report.already)} already stored with paper, date and page")
    if report.collisions:
        notes.append(f"{len(report.collisions)} replaced a page of this ingest")
    if report.twins:
        notes.append(f"{len(report.twins)} stored under another paper's name too")
    if report.disagreements or report.filed_by_path:
        notes.append(f"{len(report.disagreements) + len(report.filed_by_path)} whose header and path disagree")
    if report.unchanged:
        moved = f" ({len(report.moved_files)} moved since, found by their content)" if report.moved_files else ""
        enriched = f", {report.enriched} of their pages enriched now" if report.enriched else ""
        notes.append(f"{_count(len(report.unchanged), 'scan or PDF', 'scans or PDFs')} stored before and unchanged"
                     f"{moved}, not read again{enriched}: --again reads them")
    notes.append(f"{report.open_jumps} open jumps in the archive")
    line = (f"stored {report.pages} pages, {report.articles} articles in {display_url(db)} "
            f"({', '.join(notes)})")
    if report.failed:
        line += f"; {len(report.failed)} failed"
    if report.stopped:
        line += "; stopped before its end: free the space, or let the archive be written, and ingest again"
    return line


def _tell_not_enriched(db: str) -> None:
    """A line where some pages were stored without enrichment, for the answers that rest on it
    (entities, and the entity and date-mentioned filters): their "none" may be no answer."""
    pages = store.pages_not_enriched(db)
    if pages:
        print(f"banmian: {_count(pages, 'page was', 'pages were')} stored with --no-enrich, and what their "
              "articles mention is not known: banmian enrich finds it", file=sys.stderr)


def _rests_on_enrichment(args: argparse.Namespace) -> bool:
    return bool(args.entity or args.entity_type or args.mentions_date)


@_reporting
def _search(args: argparse.Namespace) -> int:
    if _rests_on_enrichment(args):
        _tell_not_enriched(args.db)
    filters = _filters(args)
    hits = store.search(args.db, args.query, limit=args.limit, offset=args.offset, order=args.sort, **filters)
    if args.json:
        print(json.dumps([hit.to_dict() for hit in hits], ensure_ascii=False, indent=2))
    else:
        for hit in hits:
            where = " ".join(filter(None, [hit.date, hit.paper,
                                           f"第{page_label(hit.section, hit.page)}版" if hit.page else None]))
            print(f"{hit.id}  {where}  {' '.join(hit.headline) or '（无标题）'}")
            print(f"    {hit.snippet}")
    total = len(hits) if not args.offset and len(hits) < args.limit else store.count(args.db, args.query, **filters)
    print(_found(total, args.offset, len(hits)), file=sys.stderr)
    return 0


def _found(total: int, offset: int, shown: int) -> str:
    """How many articles matched in all, and which of them were shown."""
    if not total:
        return "no articles found"
    if not shown:
        return f"no articles from --offset {offset}: {_articles(total)} found in all"
    if shown == total:
        return f"{_articles(total)} found"
    following = f"; --offset {offset + shown} shows the next" if offset + shown < total else ""
    which = f"{offset + 1}-{offset + shown}" if shown > 1 else f"{offset + 1}"
    return f"{which} of {_articles(total)} found{following}"


@_reporting
def _show(args: argparse.Namespace) -> int:
    story = store.get_article(args.db, args.id)
    moved = store.replacement(args.db, args.id)
    if moved:  # (a link kept from before a correction: the story goes on under its new id)
        print(f"banmian: article {moved['id']} was replaced by {moved['by']} when its page was ingested "
              f"again on {moved['replaced_at'][:10]}", file=sys.stderr)
    if args.json:
        print(json.dumps(story.to_dict(), ensure_ascii=False, indent=2))
    else:
        sys.stdout.write(_story_text(story))
    return 0


def _story_text(story: store.Story) -> str:
    pages = "、".join(filter(None, (part.printed_page() for part in story.parts)))
    credits = " ".join(f"{role} {'、'.join(names)}" for role, names in (
        ("记者", story.byline.reporters), ("通讯员", story.byline.correspondents),
        ("实习生", story.byline.interns), ("摄影", story.byline.photographers)) if names)
    meta = [" ".join(filter(None, [story.paper, story.date, f"第{pages}版" if pages else None])),
            story.dateline, credits]
    out = list(story.headline) + [" · ".join(filter(None, meta)), ""]
    out += ["　　" + paragraph for paragraph in story.paragraphs]
    out += ["", "parts: " + " → ".join(
        f"{part.id} (第{part.printed_page()}版)" if part.page is not None else part.id
        for part in story.parts)]
    if story.open_jump:
        out.append("open jump: a part this story jumps to or from is not in the archive yet")
    if story.low_ocr_confidence:
        out.append(f"low OCR confidence ({story.ocr_confidence:.3f}): check the text against the page")
    out += [f"{field}: {'、'.join(names)}" for field, names in entity_names(story).items() if names]
    return "\n".join(out) + "\n"


@_reporting
def _export(args: argparse.Namespace) -> int:
    if args.format == "parquet" and not args.output and sys.stdout.isatty():
        print("banmian: parquet is binary and stdout is a terminal: give -o FILE.parquet, or pipe it",
              file=sys.stderr)
        return 2
    if _rests_on_enrichment(args):
        _tell_not_enriched(args.db)
    try:
        count = store.export(args.db, args.format, args.output, query=args.query, **_filters(args))
    except OSError as error:
        if not args.output:
            raise  # stdout: main's
        print(f"banmian: cannot write {args.output}: {error.strerror or error}", file=sys.stderr)
        return 2
    if args.output:
        print(f"exported {count} stories to {args.output}", file=sys.stderr)
    return 0


@_reporting
def _entities(args: argparse.Namespace) -> int:
    _tell_not_enriched(args.db)
    found = store.entities(args.db, args.query, entity_type=args.entity_type, limit=args.limit)
    if args.json:
        print(json.dumps(found, ensure_ascii=False, indent=2))
        return 0
    for entity in found:
        span = "–".join(dict.fromkeys(filter(None, (entity["first"], entity["last"]))))
        print(f"{entity['name']}\t{entity['type']}\t{entity['articles']} articles\t"
              f"{entity['mentions']} mentions\t{span}")
    if not found:
        print("no entities found", file=sys.stderr)
    return 0


@_reporting
def _trends(args: argparse.Namespace) -> int:
    trend = store.term_trends(args.db, args.terms, paper=args.paper)
    if args.json:
        print(json.dumps(trend, ensure_ascii=False, indent=2))
        return 0
    if not trend["months"]:
        of = f" of {args.paper}" if args.paper else ""
        print(f"banmian: no dated pages{of} in {display_url(args.db)}: no months to count", file=sys.stderr)
    print("\t".join(["month", "articles", *args.terms]))
    for n, month in enumerate(trend["months"]):
        counts = [str(series["articles"][n]) for series in trend["series"]]
        print("\t".join([month, str(trend["totals"][n]), *counts]))
    for series in trend["series"]:
        if series["undated"]:
            print(f"{series['term']}: {series['undated']} matching articles on pages without a date are not "
                  "counted", file=sys.stderr)
    return 0
