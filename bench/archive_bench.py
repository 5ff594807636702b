#!/usr/bin/env python3
"""Archive benchmark: ingest speed, search latency and search recall at scale.

    python bench/archive_bench.py                       # SQLite, 100k+ articles
    python bench/archive_bench.py --db postgresql://postgres@127.0.0.1:5432/banmian_bench
    python bench/archive_bench.py --articles 20000      # a quicker run
    python bench/archive_bench.py --mentions            # and what articles mention, queried
    taskset -c 0 python bench/archive_bench.py --ingest-only --pages 300   # ingest speed alone

1. Ingest: raw pages from bench/pagegen.py (real corpus articles printed the
   way PDF text extraction delivers a page), written as files and ingested the
   way `banmian ingest` does (read, rebuild, enrich, store): pages per second
   of CPU time (the process's, so run it on one core: `taskset -c 0`) and of
   wall-clock time, through the library (`ingest_paths`) and through the
   command itself (`banmian ingest -q`, called in this process once the models
   are loaded: it also sets the garbage collector for a long run), with
   ingest without enrichment (--no-enrich) and the
   rebuild alone measured apart, and the CPU milliseconds per page of each
   stage (read, rebuild, dates, names, quantities, store) from a second pass
   that runs the stages one by one as ingest does.  --ingest-only stops there.
2. A large archive: the 17,564 real articles of ../shared/corpus are stored
   again and again until there are --articles of them (each copy dated a year
   earlier, so every copy is a distinct issue), six to a page, through
   `Archive.add_page` (the store part of ingest, without the rebuild).
   With --mentions each corpus article is enriched once (banmian.enrich) and
   every copy stores what it mentions.
3. Search: >= 200 realistic queries (two-character words, 3-4 character
   terms, reporter names, AND / OR / NOT, a few single characters) drawn with a
   fixed seed from headlines, bodies and bylines.  Latency of `search` (top 20
   with snippets), p50 / p95; recall and precision of the full result sets
   against a brute-force substring scan of every article.
4. Trends: `term_trends` of single terms over the whole archive, p50 / p95.
5. With --mentions: entity lookup, entity profiles, an issue's names and the
   entity filter, p50 / p95.
6. With --export: the whole archive exported as jsonl (to nothing), CPU and wall
   seconds and the SQL queries it made (`Archive._query` counted).

Skips (exit 0) when ../shared is absent.  Results go to stdout and to
bench/out/archive_bench.json (archive_bench_postgres.json for --db postgresql://…).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import random
import re
import sys
import tempfile
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus" / "news_articles.jsonl"
OUT = REPO / "bench" / "out"
sys.path[:0] = [str(REPO / "src"), str(REPO / "bench")]

from banmian import cli  # noqa: E402
from banmian.enrich import Enrichment, enrich_article, tag, with_enrichment  # noqa: E402
from banmian.enrich.dates import find_dates  # noqa: E402
from banmian.enrich.entities import texts_entities  # noqa: E402
from banmian.enrich.quantities import find_quantities  # noqa: E402
from banmian.model import Article, Byline, Page  # noqa: E402
from banmian.rebuild import rebuild  # noqa: E402
from banmian.store import Filters, export, ingest, ingest_paths, open_archive, searchable_text  # noqa: E402
from banmian.store.archive import PageToStore  # noqa: E402
from banmian.store.ingest import rebuild_page  # noqa: E402
from banmian.store.paths import page_files  # noqa: E402
from banmian.store.search_query import matches_searchable, parse, searchable  # noqa: E402

PER_PAGE = 6
_CJK_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")
_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="archive URL (default: a new SQLite file in bench/out/)")
    parser.add_argument("--articles", type=int, default=100_000, help="articles in the search archive")
    parser.add_argument("--pages", type=int, default=300, help="generated pages for the ingest test")
    parser.add_argument("--queries", type=int, default=220)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--reuse", action="store_true",
                        help="search the archive a previous run built instead of building it again")
    parser.add_argument("--mentions", action="store_true",
                        help="enrich the corpus once and store what each copy mentions; time entity queries")
    parser.add_argument("--ingest-only", action="store_true", help="measure ingest speed only")
    parser.add_argument("--export", action="store_true", help="also time exporting every story as jsonl")
    parser.add_argument("--no-search", action="store_true", help="skip the search, trend and entity timings")
    parser.add_argument("--no-ingest", action="store_true", help="skip the ingest timings")
    args = parser.parse_args(argv)
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} not found (the shared corpus is not checked out)")
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    results = {} if args.no_ingest else {"ingest": bench_ingest(args.pages, args.seed)}
    if args.ingest_only:
        report = json.dumps(results, ensure_ascii=False, indent=2)
        (OUT / "archive_bench_ingest.json").write_text(report, encoding="utf-8")
        print(report)
        return 0
    url = args.db or str(OUT / "archive_bench.db")
    if not args.db and not args.reuse:
        for suffix in ("", "-wal", "-shm"):
            Path(url + suffix).unlink(missing_ok=True)
    corpus = [json.loads(line) for line in CORPUS.open(encoding="utf-8")]
    with open_archive(url) as archive:
        if args.reuse:
            results["build"], texts = {"reused": True}, stored_texts(archive)
        elif archive.counts()["articles"]:
            print(f"{url} already holds articles: give the benchmark an empty database")
            return 2
        else:
            enriched = enrich_corpus(corpus) if args.mentions else {}
            results["build"], texts = build_archive(archive, corpus, args.articles, enriched)
        if not args.db:
            results["build"]["file_mib"] = round(sum(
                Path(url + s).stat().st_size for s in ("", "-wal") if Path(url + s).exists()) / 2**20, 1)
        if args.export:
            results["export"] = bench_export(archive)
        if not args.no_search:
            queries = make_queries(corpus, args.queries, random.Random(args.seed))
            results["search"] = bench_search(archive, queries, texts)
            rng = random.Random(args.seed)
            results["trends"] = bench_trends(archive, [q for kind, q in queries if kind == "two-char word"][:30])
            if archive.entities(limit=1):
                results["mentions"] = bench_mentions(archive, rng)
    results["archive"] = url
    report = json.dumps(results, ensure_ascii=False, indent=2)
    name = "archive_bench_postgres.json" if url.startswith("postgres") else "archive_bench.json"
    (OUT / name).write_text(report, encoding="utf-8")
    print(report)
    return 0


def bench_ingest(count: int, seed: int) -> dict:
    """Pages per second through read + rebuild + enrich + store, on generated raw pages."""
    import pagegen

    pages = pagegen.generate(SHARED, "dev", count, seed=seed)
    # Models and word lists load once per process (the tagger's 0.4 s), not in what is timed.
    tag("温岭")
    rebuild(pages[0]["text"])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        for n, page in enumerate(pages):
            (folder / f"{n:04d}.txt").write_text(page["text"], encoding="utf-8")
        _, rebuild_cpu, _ = _timed(lambda: [rebuild(page["text"]) for page in pages])
        _, plain_cpu, plain_wall = _timed(
            lambda: ingest_paths(str(Path(tmp) / "plain.db"), [str(folder)], enrich=False))
        db = str(Path(tmp) / "ingest.db")
        report, total_cpu, total_wall = _timed(lambda: ingest_paths(db, [str(folder)]))
        code, command_cpu, command_wall = _timed(
            lambda: cli.main(["ingest", str(folder), "--db", str(Path(tmp) / "command.db"), "-q"]))
        assert code == 0, f"banmian ingest exited {code}"
        stages = ingest_stages(str(folder), str(Path(tmp) / "stages.db"))
        truth = {str(folder / f"{n:04d}.txt"): page for n, page in enumerate(pages)}
        with open_archive(db) as archive:
            links = jump_links(archive, truth)
            mentions = archive._query("SELECT count(*) AS n FROM mentions")[0]["n"]
    return {
        "pages": report.pages, "articles": report.articles, "failed": len(report.failed),
        "characters_per_page": round(sum(len(page["text"]) for page in pages) / len(pages)),
        "pages_per_cpu_s": round(report.pages / total_cpu, 1),
        "pages_per_wall_s": round(report.pages / total_wall, 1),
        "command_pages_per_cpu_s": round(report.pages / command_cpu, 1),
        "command_pages_per_wall_s": round(report.pages / command_wall, 1),
        "without_enrichment_pages_per_cpu_s": round(report.pages / plain_cpu, 1),
        "without_enrichment_pages_per_wall_s": round(report.pages / plain_wall, 1),
        "rebuild_only_pages_per_cpu_s": round(len(pages) / rebuild_cpu, 1),
        "cpu_ms_per_page": stages,
        "entity_mentions_stored": mentions, **links,
    }


def _timed(work):
    """work()'s result, and the CPU and wall-clock seconds it took."""
    cpu, wall = time.process_time(), time.perf_counter()
    result = work()
    return result, time.process_time() - cpu, time.perf_counter() - wall


def ingest_stages(folder: str, db: str) -> dict[str, float]:
    """CPU milliseconds per page of each stage of ingest, run one by one the way ingest runs them:
    a batch's pages read, then rebuilt, then tagged for names (once per page), then given their
    dates and quantities (per article), then stored together."""
    spent = dict.fromkeys(("read", "rebuild", "dates", "names", "quantities", "other", "store"), 0.0)

    def timed(stage, work):
        started = time.process_time()
        result = work()
        spent[stage] += time.process_time() - started
        return result

    def names_of(built: Page) -> list:
        texts = timed("other", lambda: [article.text() for article in built.articles])
        return timed("names", lambda: texts_entities(texts))

    def enriched(built: Page, names: list) -> Page:
        texts = timed("other", lambda: [article.text() for article in built.articles])
        dates = timed("dates", lambda: [find_dates(text, built.date) for text in texts])
        amounts = timed("quantities", lambda: [find_quantities(text) for text in texts])
        return timed("other", lambda: replace(built, articles=[
            with_enrichment(article, Enrichment(tuple(e), tuple(d), tuple(q)))
            for article, e, d, q in zip(built.articles, names, dates, amounts, strict=True)]))

    def store(read: list) -> None:
        built = [timed("rebuild", lambda: rebuild_page(source)) for source, _ in read]
        names = [names_of(page) for page in built]
        pages = [enriched(page, found) for page, found in zip(built, names, strict=True)]
        timed("store", lambda: archive.add_pages([
            PageToStore(page, source.text, **{"source": source.name, **origin})
            for page, (source, origin) in zip(pages, read, strict=True)]))

    read: list = []
    pages = 0
    with open_archive(db) as archive:
        for name in page_files(folder):
            read += timed("read", lambda: list(ingest._read(name, None, None)))
            if len(read) >= ingest.BATCH_PAGES:
                store(read)
                pages, read = pages + len(read), []
        store(read)
        pages += len(read)
    found = {stage: round(seconds * 1000 / pages, 2) for stage, seconds in spent.items()}
    found["total"] = round(sum(spent.values()) * 1000 / pages, 2)
    return found


def jump_links(archive, truth: dict[str, dict]) -> dict:
    """Jumps linked, how many link the two parts of one real article, and how many could have been."""
    def source_id(article_id: str) -> str | None:
        page = truth[archive.page_for(article_id)["source"]]
        line_article = {line["n"]: line["article"] for line in page["lines"]}
        votes = Counter(line_article.get(n) for n in archive.article(article_id).article.source_lines)
        votes.pop(None, None)
        return page["articles"][votes.most_common(1)[0][0]]["source_id"] if votes else None

    links = archive._query("SELECT from_id, to_id FROM jumps")
    correct = sum(1 for row in links if source_id(row["from_id"]) == source_id(row["to_id"]) is not None)
    parts: dict[str, set] = {}
    for page in truth.values():
        if page["date"] and page["page"]:
            for article in page["articles"]:
                if article["source_id"] and (article["continued_on"] or article["continued_from"]):
                    side = "head" if article["continued_on"] else "tail"
                    parts.setdefault(article["source_id"], set()).add((side, page["paper"], page["date"]))
    possible = sum(1 for sides in parts.values()
                   if {s for s, *_ in sides} == {"head", "tail"} and len({tuple(x[1:]) for x in sides}) == 1)
    return {"jumps_linked": len(links), "jumps_linked_correctly": correct,
            "jumps_with_both_parts_in_the_sample": possible, "jumps_open": archive.counts()["open_jumps"]}


def bench_export(archive) -> dict:
    """Every story exported as jsonl, to nothing: seconds (CPU, wall) and SQL queries made."""
    made = 0
    query = archive._query

    def counted(sql, params=()):
        nonlocal made
        made += 1
        return query(sql, params)
    archive._query = counted
    cpu, wall = time.process_time(), time.perf_counter()
    try:
        with open(os.devnull, "w", encoding="utf-8") as nowhere:
            stories = export(archive, "jsonl", nowhere)
    finally:
        archive._query = query
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    return {"stories": stories, "queries": made, "queries_per_story": round(made / max(stories, 1), 2),
            "cpu_s": round(cpu, 2), "wall_s": round(wall, 2), "stories_per_wall_s": round(stories / wall)}


def enrich_corpus(corpus: list[dict]) -> dict:
    """What each corpus article mentions, by record id, its dates resolved against its own date."""
    started = time.perf_counter()
    found = {r["id"]: enrich_article("\n".join([r["title"], *r["paragraphs"]]), r["date"]) for r in corpus}
    print(f"enriched {len(found)} corpus articles in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return found


def build_archive(archive, corpus: list[dict], target: int,
                  enriched: dict | None = None) -> tuple[dict, dict[str, str]]:
    """Store corpus articles, copy after copy, until `target` articles; return their texts."""
    texts: dict[str, str] = {}
    pages = 0
    started = time.perf_counter()
    copy = 0
    while len(texts) < target:
        for page in _pages(corpus, copy, enriched or {}):
            if len(texts) >= target:
                break
            header = f"{page.paper} {page.date} 第{page.page}版"
            text = "\n".join([header] + [a.text() for a in page.articles])
            archive.add_page(page, text=text)
            pages += 1
            for article in page.articles:
                texts[article.id] = searchable(searchable_text(article))
        copy += 1
    seconds = time.perf_counter() - started
    stored = archive.counts()["articles"]
    if stored != len(texts):
        raise SystemExit(f"the archive holds {stored} articles, not {len(texts)}: pages replaced each other")
    return {"articles": len(texts), "pages": pages, "copies_of_corpus": copy, "seconds": round(seconds, 1),
            "articles_per_s": round(len(texts) / seconds), "pages_per_s": round(pages / seconds, 1)}, texts


def stored_texts(archive) -> dict[str, str]:
    """The folded searchable text of every stored article, for the brute-force scan."""
    rows = archive._query("SELECT id, headline, body, byline FROM articles")
    return {row["id"]: searchable("\n".join(filter(None, [row["headline"], row["body"],
                                                     "\n".join(json.loads(row["byline"])["text"])])))
            for row in rows}


def _pages(corpus: list[dict], copy: int, enriched: dict):
    """The corpus as pages of one copy: real 版次 where known, else six articles a page.

    Copy k is dated k years earlier and its paper is marked with k, so no copy
    replaces a page of another (a page's key is paper, date and page).
    """
    groups: dict[tuple, list[dict]] = {}
    for record in corpus:
        groups.setdefault((record["publication"], record["date"], record.get("page")), []).append(record)
    used: set[tuple] = set()
    for (publication, date, page), records in groups.items():
        day = dt.date.fromisoformat(date)
        day = day.replace(year=day.year - copy, day=min(day.day, 28) if day.month == 2 else day.day)
        paper = publication if copy == 0 else f"{publication}·{copy}"
        size = len(records) if page else PER_PAGE
        number = int(page) if page else 1
        for chunk in range(0, len(records), size):
            while (paper, day, number) in used:
                number += 1
            used.add((paper, day, number))
            articles = [_article(r, copy, enriched.get(r["id"])) for r in records[chunk:chunk + size]]
            yield Page(paper=paper, date=day.isoformat(), page=number, articles=articles)


def _article(record: dict, copy: int, enrichment=None) -> Article:
    byline = record.get("byline") or ""
    names = [n for n in re.split(r"[、，,\s]+", re.sub(r"^(本报)?记者", "", byline)) if n]
    article = Article(
        id=hashlib.sha1(f"{record['id']}|{copy}".encode()).hexdigest()[:16],
        headline=[record["title"]], paragraphs=list(record["paragraphs"]),
        byline=Byline(reporters=names, text=[byline] if byline else []),
        dateline=record.get("dateline"),
    )
    return with_enrichment(article, enrichment) if enrichment else article


def make_queries(corpus: list[dict], count: int, rng: random.Random) -> list[tuple[str, str]]:
    """(kind, query) pairs: what people type into a newspaper archive's search box."""
    titles = [r["title"] for r in corpus]
    bodies = [p for r in rng.sample(corpus, 2000) for p in r["paragraphs"][:3]]
    bylines = [re.sub(r"^(本报)?记者", "", r.get("byline") or "") for r in corpus]
    names = sorted({name for byline in bylines for name in _NAME.findall(byline)})

    def word():
        found = _CJK_PAIR.findall(rng.choice(titles))
        return rng.choice(found) if found else "发展"

    def term():
        text = rng.choice(bodies)
        start = rng.randrange(max(1, len(text) - 4))
        piece = text[start:start + rng.randint(3, 4)]
        return piece if piece.strip() and '"' not in piece else word()

    makers = [
        ("two-char word", 0.35, word),
        ("3-4 char term", 0.25, term),
        ("reporter name", 0.12, lambda: rng.choice(names)),
        ("A AND B", 0.12, lambda: f"{word()} {word()}"),
        ("A OR B", 0.06, lambda: f"{word()} OR {word()}"),
        ("A NOT B", 0.06, lambda: f"{word()} NOT {word()}"),
        ("one character", 0.04, lambda: rng.choice(word())),
    ]
    queries = []
    for kind, share, make in makers:
        queries += [(kind, make() if kind != "3-4 char term" else f'"{make()}"')
                    for _ in range(max(1, round(count * share)))]
    return queries


def bench_search(archive, queries: list[tuple[str, str]], texts: dict[str, str]) -> dict:
    latencies: dict[str, list[float]] = {}
    archive.search(queries[0][1], limit=20)  # the first query warms the page cache
    for kind, query in queries:
        started = time.perf_counter()
        archive.search(query, limit=20)
        latencies.setdefault(kind, []).append(time.perf_counter() - started)
    found = expected = correct = 0
    misses = []
    for _, query in queries:
        tree = parse(query).tree
        truth = {i for i, text in texts.items() if matches_searchable(tree, text)}
        got = set(archive.matching_ids(query))
        found += len(got)
        expected += len(truth)
        correct += len(got & truth)
        if got != truth:
            misses.append(query)
    every = sorted(t for ts in latencies.values() for t in ts)
    return {
        "queries": len(queries),
        "p50_ms": round(_pct(every, 50) * 1000, 1),
        "p95_ms": round(_pct(every, 95) * 1000, 1),
        "max_ms": round(every[-1] * 1000, 1),
        "by_kind": {kind: {"n": len(ts), "p50_ms": round(_pct(sorted(ts), 50) * 1000, 1),
                           "p95_ms": round(_pct(sorted(ts), 95) * 1000, 1)}
                    for kind, ts in latencies.items()},
        "recall": round(correct / expected, 6) if expected else 1.0,
        "precision": round(correct / found, 6) if found else 1.0,
        "hits_total": expected,
        "queries_differing_from_brute_force": misses[:10],
        "mean_hits_per_query": round(expected / len(queries)),
    }


def bench_trends(archive, terms: list[str]) -> dict:
    """Latency of one term's monthly counts over the whole archive."""
    return _latencies({"term": [lambda t=t: archive.term_trends([t]) for t in terms]})


def bench_mentions(archive, rng: random.Random) -> dict:
    """Latency of the entity questions the reader asks, for entities drawn from the 500 most frequent."""
    top = archive.entities(limit=500)
    picked = rng.sample(top, min(50, len(top)))
    issues = [(row["paper"], row["date"]) for row in archive._query(
        "SELECT DISTINCT paper, date FROM pages WHERE date IS NOT NULL")]
    issues = rng.sample(issues, min(50, len(issues)))
    return {
        "entities": archive._query("SELECT count(*) AS n FROM (SELECT DISTINCT canonical, type "
                                   "FROM mentions) e")[0]["n"],
        "mentions": archive._query("SELECT count(*) AS n FROM mentions")[0]["n"],
        **_latencies({
            "lookup (first character)": [lambda e=e: archive.entities(e["name"][:1]) for e in picked],
            "profile": [lambda e=e: archive.entity(e["name"], e["type"]) for e in picked],
            "filter, top 20": [lambda e=e: archive.search(None, Filters(entity=e["name"],
                                                                        entity_type=e["type"]))
                               for e in picked],
            "issue names": [lambda i=i: archive.issue_entities(*i) for i in issues],
        }),
    }


def _latencies(calls: dict[str, list]) -> dict:
    timed = {}
    for kind, work in calls.items():
        seconds = []
        for call in work:
            started = time.perf_counter()
            call()
            seconds.append(time.perf_counter() - started)
        seconds.sort()
        timed[kind] = {"n": len(seconds), "p50_ms": round(_pct(seconds, 50) * 1000, 1),
                       "p95_ms": round(_pct(seconds, 95) * 1000, 1)}
    return timed


def _pct(sorted_values: list[float], pct: int) -> float:
    index = min(len(sorted_values) - 1, max(0, round(pct / 100 * len(sorted_values)) - 1))
    return sorted_values[index]


if __name__ == "__main__":
    sys.exit(main())
