"""What the articles mention — people, organisations, places, dates, quantities — in the archive.

Ingest enriches each page (banmian.enrich) and stores what it finds beside
the articles, in tables of their own (the same in both stores):

    mentions       one row per entity mention: its article (seq) and the article's
                   issue date, type, canonical form, the text as printed with its
                   offsets into the article's text (headline lines, then
                   paragraphs), title, role and group
    entity_counts  each entity's articles, mentions, first and last issue date, kept
                   up to date in the transaction that stores or replaces a page, so
                   that listing entities, or looking one up by part of its name, reads
                   no mention (archives made before keep an entity_names table that
                   lookups read then; nothing reads or writes it now)
    date_mentions  one row per date expression: ISO value and precision, and the
                   first and last day it covers, which the date-mentioned filter compares
    quantities     one row per number with its unit and what it counts
    regions        where an article is printed on its page (PDF and scan input): kind and
                   box, in PDF points, or pixels of a scan image (pages.source_format)

Across the archive an entity is its (type, canonical form).  The rows go with
their article (ON DELETE CASCADE), so re-ingesting a page replaces them.
The issue date is kept in each mention, and the index on an entity's mentions
holds it too, so that counting an entity's articles per month reads that index alone.
`MentionQueries` holds the questions the reader asks of these tables.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from banmian.model import (
    ENTITY_TYPES,
    Article,
    BBox,
    DateMention,
    EntityMention,
    Quantity,
    Region,
)
from banmian.store.errors import NotFoundError, QueryError
from banmian.store.filters import CONTINUATIONS, SQL_INTEGER_END, Filters, entity_type_of, period_days
from banmian.store.search_query import parse

TREND_TERMS_MAX = 8


def schema(seq_type: str) -> list[str]:
    """The tables and indexes, given the SQL type of articles.seq."""
    article = f"article_seq {seq_type} NOT NULL REFERENCES articles (seq) ON DELETE CASCADE"
    span = "text TEXT NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL"
    return [
        f"""CREATE TABLE IF NOT EXISTS mentions ({article}, date TEXT, type TEXT NOT NULL,
            canonical TEXT NOT NULL, {span}, title TEXT, role TEXT, group_name TEXT)""",
        "CREATE INDEX IF NOT EXISTS mentions_entity ON mentions (canonical, type, article_seq, date)",
        "CREATE INDEX IF NOT EXISTS mentions_article ON mentions (article_seq)",
        f"""CREATE TABLE IF NOT EXISTS date_mentions ({article}, {span}, value TEXT NOT NULL,
            precision TEXT NOT NULL, part_of_day TEXT, relative INTEGER NOT NULL,
            first_day TEXT, last_day TEXT)""",
        """CREATE TABLE IF NOT EXISTS entity_counts (canonical TEXT NOT NULL, type TEXT NOT NULL,
            articles INTEGER NOT NULL, mentions INTEGER NOT NULL, first_date TEXT, last_date TEXT,
            PRIMARY KEY (canonical, type))""",
        "CREATE INDEX IF NOT EXISTS entity_counts_type_rank ON entity_counts "
        "(type, articles DESC, mentions DESC, canonical)",
        "CREATE INDEX IF NOT EXISTS date_mentions_article ON date_mentions (article_seq)",
        "CREATE INDEX IF NOT EXISTS date_mentions_days ON date_mentions (first_day, last_day)",
        f"""CREATE TABLE IF NOT EXISTS quantities ({article}, {span}, value DOUBLE PRECISION NOT NULL,
            unit TEXT NOT NULL, counts TEXT, approximate INTEGER NOT NULL)""",
        "CREATE INDEX IF NOT EXISTS quantities_article ON quantities (article_seq)",
        f"""CREATE TABLE IF NOT EXISTS regions ({article}, position INTEGER NOT NULL, kind TEXT NOT NULL,
            x0 DOUBLE PRECISION NOT NULL, y0 DOUBLE PRECISION NOT NULL,
            x1 DOUBLE PRECISION NOT NULL, y1 DOUBLE PRECISION NOT NULL)""",
        "CREATE INDEX IF NOT EXISTS regions_article ON regions (article_seq)",
    ]


# --- writing: one article's rows ---------------------------------------------


# The tables of what an article mentions (enrichment), which enriching it again replaces; its
# regions come from the reader.
MENTIONED_TABLES = ("mentions", "date_mentions", "quantities")
# Each table's columns, in the order of the values of its rows in `article_rows`.
COLUMNS = {
    "mentions": ("article_seq", "date", "type", "canonical", "text", "start_offset", "end_offset",
                 "title", "role", "group_name"),
    "date_mentions": ("article_seq", "text", "start_offset", "end_offset", "value", "precision",
                      "part_of_day", "relative", "first_day", "last_day"),
    "quantities": ("article_seq", "text", "start_offset", "end_offset", "value", "unit", "counts",
                   "approximate"),
    "regions": ("article_seq", "position", "kind", "x0", "y0", "x1", "y1"),
}


def article_rows(seq: int, date: str | None, article: Article) -> dict[str, list[tuple]]:
    """The rows of each table for one stored article, printed in the issue of `date`: tuples of
    the values of COLUMNS[table] (made as tuples, not dicts: a page has some 120 mentions)."""
    return {
        "mentions": [(seq, date, e.type, e.canonical, e.text, e.start, e.end, e.title, e.role, e.group)
                     for e in article.entities],
        "date_mentions": [_date_row(seq, d) for d in article.dates],
        "quantities": [(seq, q.text, q.start, q.end, float(q.value), q.unit, q.counts, int(q.approximate))
                       for q in article.quantities],
        "regions": [(seq, n, r.kind, r.bbox.x0, r.bbox.y0, r.bbox.x1, r.bbox.y1)
                    for n, r in enumerate(article.regions)],
    }


def entity_tally(date: str | None, articles: list[Article]) -> list[tuple]:
    """(canonical, type, articles, mentions, first date, last date) of each entity on one page."""
    tally: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for article in articles:
        for key in {(e.canonical, e.type) for e in article.entities}:
            tally[key][0] += 1
        for e in article.entities:
            tally[(e.canonical, e.type)][1] += 1
    return [(*key, found, mentioned, date, date) for key, (found, mentioned) in sorted(tally.items())]


# Adds a page's tally to an entity's counts; NULL dates leave first and last as they were.
ADD_COUNTS = """INSERT INTO entity_counts (canonical, type, articles, mentions, first_date, last_date)
VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (canonical, type) DO UPDATE SET
  articles = entity_counts.articles + excluded.articles,
  mentions = entity_counts.mentions + excluded.mentions,
  first_date = CASE WHEN entity_counts.first_date IS NULL OR excluded.first_date < entity_counts.first_date
                    THEN excluded.first_date ELSE entity_counts.first_date END,
  last_date = CASE WHEN entity_counts.last_date IS NULL OR excluded.last_date > entity_counts.last_date
                   THEN excluded.last_date ELSE entity_counts.last_date END"""
# Counts of every entity from the mentions, for an archive made before entity_counts.
FILL_COUNTS = """INSERT INTO entity_counts (canonical, type, articles, mentions, first_date, last_date)
SELECT canonical, type, count(DISTINCT article_seq), count(*), min(date), max(date) FROM mentions
GROUP BY canonical, type"""


def in_stories(article: str) -> tuple[str, str]:
    """The joins that give each article (alias `article`) of a mention its story, and the story's key:
    a story that jumps is counted once, whichever of its parts name an entity (up to three parts, as
    papers print them; a fourth would count again)."""
    joins = (f"LEFT JOIN jumps sj1 ON sj1.to_id = {article}.id "
             "LEFT JOIN jumps sj2 ON sj2.to_id = sj1.from_id")
    return joins, f"COALESCE(sj2.from_id, sj1.from_id, {article}.id)"


STORIES_JOINS, STORY_KEY = in_stories("sa")
ISSUE_STORIES_JOINS, ISSUE_STORY_KEY = in_stories("a")


def _date_row(seq: int, date: DateMention) -> tuple:
    first, last = value_days(date.value)
    return (seq, date.text, date.start, date.end, date.value, date.precision, date.part_of_day,
            int(date.relative), first, last)


def value_days(value: str) -> tuple[str | None, str | None]:
    """The first and last day a date value covers.

    2024 → 2024-01-01 … 2024-12-31; a range a/b → a's first day … b's last day.
    """
    if "/" in value:
        start, end = value.split("/", 1)
        return period_days(start)[0], period_days(end)[1]
    return period_days(value)


def months_between(first: str, last: str) -> list[str]:
    """Every month from `first` to `last` (YYYY-MM), both included."""
    year, month = int(first[:4]), int(first[5:7])
    months = []
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def split_terms(text: str) -> list[str]:
    """Trend terms typed as one line: separated by commas (，too) outside quotes; each term is a
    search query (a phrase in quotes keeps its comma: "稳中求进，以进促稳")."""
    return [term.strip() for term in _TERM_SEPARATOR.split(text) if term.strip()]


# A comma with an even number of double quotes after it: outside any quoted phrase.
_TERM_SEPARATOR = re.compile(r'[,，](?=(?:[^"]*"[^"]*")*[^"]*$)')


# --- reading ---------------------------------------------------------------------


def attach(article: Article, rows: dict[str, list]) -> Article:
    """A copy of the article with what its stored rows say it mentions, and where it is printed."""
    return replace(
        article,
        entities=[EntityMention(r["text"], r["type"], r["start_offset"], r["end_offset"],
                                r["canonical"], r["title"], r["role"], r["group_name"])
                  for r in rows["mentions"]],
        dates=[DateMention(r["text"], r["start_offset"], r["end_offset"], r["value"],
                           r["precision"], r["part_of_day"], bool(r["relative"]))
               for r in rows["date_mentions"]],
        quantities=[Quantity(r["text"], r["start_offset"], r["end_offset"], _number(r["value"]),
                             r["unit"], r["counts"], bool(r["approximate"]))
                    for r in rows["quantities"]],
        regions=[Region(r["kind"], BBox(r["x0"], r["y0"], r["x1"], r["y1"])) for r in rows["regions"]],
    )


def _number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else float(value)


class MentionQueries:
    """The questions asked of what articles mention; mixed into `Archive`."""

    # SQL for "column contains ?": instr in SQLite, strpos in PostgreSQL.
    contains = "instr({}, ?) > 0"

    def mentions_of(self, seqs: list[int]) -> dict[int, dict[str, list]]:
        """The stored rows of each table for these articles, in text order."""
        found: dict[int, dict[str, list]] = {seq: defaultdict(list) for seq in seqs}
        if not seqs:
            return found
        marks = ",".join("?" * len(seqs))
        for table, order in (("mentions", "start_offset"), ("date_mentions", "start_offset"),
                             ("quantities", "start_offset"), ("regions", "position")):
            for row in self._query(f"SELECT * FROM {table} WHERE article_seq IN ({marks}) "
                                   f"ORDER BY article_seq, {order}", seqs):
                found[row["article_seq"]][table].append(row)
        return found

    def _simplify_names(self, cur) -> bool:
        """Store each name printed in traditional characters under its simplified canonical form, as
        ingest stores it now (an archive made before kept 蘇榕蓉 apart from 苏榕蓉, and 苏榕蓉 did
        not find it); whether any was.  Its counts are then made afresh."""
        renamed = False
        for row in self._rows(cur, "SELECT DISTINCT canonical FROM mentions"):
            simplified = _simplified(row["canonical"])
            if simplified != row["canonical"]:
                self._run(cur, "UPDATE mentions SET canonical = ? WHERE canonical = ?", (simplified, row["canonical"]))
                renamed = True
        return renamed

    def entities(self, query: str | None = None, *, entity_type: str | None = None,
                 limit: int = 50) -> list[dict]:
        """Entities whose name contains `query` (every one without), in most articles first.

        Each: name, type, articles, mentions, and the first and last issue date it is in.
        """
        entity_type = entity_type_of(entity_type)
        if not 1 <= limit < SQL_INTEGER_END:
            raise QueryError("limit must be 1 or more and under 2**63")
        # From the counts kept on ingest, no mention read: the best of each type in the order of
        # the index kept on (type, rank), then merged.  (An index on rank alone would cost every
        # page stored another index update per entity.)  A part typed in traditional characters
        # (蘇) finds the simplified canonical forms names are stored under (苏榕蓉), as --entity does.
        parts = list(dict.fromkeys((query.strip(), _simplified(query.strip())))) if query and query.strip() \
            else []
        match = " OR ".join(self.contains.format("c.canonical") for _ in parts)
        match = f" AND ({match})" if parts else ""
        ranked, params = [], []
        for kind in [entity_type] if entity_type else ENTITY_TYPES:
            ranked.append(
                "SELECT * FROM (SELECT c.canonical AS name, c.type AS type, c.articles AS articles, "
                "c.mentions AS mentions, c.first_date AS first, c.last_date AS last FROM entity_counts c "
                f"WHERE c.type = ?{match} ORDER BY c.articles DESC, c.mentions DESC, c.canonical LIMIT ?) "
                f"AS ranked_{len(ranked)}")
            params += [kind, *parts, limit]
        rows = self._query(" UNION ALL ".join(ranked) + " ORDER BY articles DESC, mentions DESC, name LIMIT ?",
                           [*params, limit])
        return [_counted(row) for row in rows]

    def entity(self, name: str, entity_type: str | None = None, *, related: int = 20) -> dict:
        """One entity's profile: counts, mentions per month, the entities it appears with most,
        and its titles, roles and groups with the dates they were used."""
        entity_type = entity_type_of(entity_type)
        where, params = entity_clause(name, entity_type)
        rows = self._query(
            f"SELECT m.type AS type, count(DISTINCT {STORY_KEY}) AS articles, count(*) AS mentions, "
            f"min(m.date) AS first, max(m.date) AS last FROM mentions m "
            f"JOIN articles sa ON sa.seq = m.article_seq {STORIES_JOINS} WHERE {where} GROUP BY m.type "
            "ORDER BY articles DESC", params)
        if not rows:
            kind = f" {entity_type}" if entity_type else ""
            raise NotFoundError(f"no{kind} entity {name!r} in the archive")
        dates = [row[key] for row in rows for key in ("first", "last") if row[key]]
        return {
            "name": name, "type": entity_type or rows[0]["type"],
            "types": [row["type"] for row in rows],
            "articles": sum(int(row["articles"]) for row in rows),
            "mentions": sum(int(row["mentions"]) for row in rows),
            "first": min(dates, default=None), "last": max(dates, default=None),
            "months": self._entity_months(name, entity_type),
            "related": self._related(name, entity_type, related),
            "titles": self._titles(name, entity_type),
        }

    def _entity_months(self, name: str, entity_type: str | None) -> list[dict]:
        where, params = entity_clause(name, entity_type)
        rows = self._query(
            "SELECT substr(m.date, 1, 7) AS month, count(*) AS mentions, "
            f"count(DISTINCT {STORY_KEY}) AS articles FROM mentions m "
            f"JOIN articles sa ON sa.seq = m.article_seq {STORIES_JOINS} WHERE {where} "
            "AND m.date IS NOT NULL GROUP BY substr(m.date, 1, 7) ORDER BY month", params)
        counted = {row["month"]: row for row in rows}
        if not counted:
            return []
        return [{"month": month,
                 "mentions": int(counted[month]["mentions"]) if month in counted else 0,
                 "articles": int(counted[month]["articles"]) if month in counted else 0}
                for month in months_between(rows[0]["month"], rows[-1]["month"])]

    def _related(self, name: str, entity_type: str | None, limit: int) -> list[dict]:
        """The entities found in the most articles that mention this one."""
        where, params = entity_clause(name, entity_type)
        other, other_params = entity_clause(name, entity_type, alias="o")
        rows = self._query(
            f"SELECT o.canonical AS name, o.type AS type, count(DISTINCT {STORY_KEY}) AS articles "
            f"FROM mentions o JOIN articles sa ON sa.seq = o.article_seq {STORIES_JOINS} WHERE o.article_seq IN "
            f"(SELECT m.article_seq FROM mentions m WHERE {where}) "
            f"AND NOT ({other}) "
            "GROUP BY o.canonical, o.type ORDER BY articles DESC, name LIMIT ?",
            [*params, *other_params, limit])
        return [{"name": row["name"], "type": row["type"], "articles": int(row["articles"])}
                for row in rows]

    def _titles(self, name: str, entity_type: str | None) -> list[dict]:
        """Each title, role and group given to the entity: how often, first and last issue date."""
        where, params = entity_clause(name, entity_type)
        rows = self._query(
            "SELECT m.title AS title, m.role AS role, m.group_name AS grp, m.date AS date "
            f"FROM mentions m WHERE {where} "
            "AND (m.title IS NOT NULL OR m.role IS NOT NULL OR m.group_name IS NOT NULL)", params)
        found: dict[tuple[str, str], dict] = {}
        for row in rows:
            # A chain of titles (党组书记、局长) is stored as written, joined by 、: each title counts.
            titles = row["title"].split("、") if row["title"] else []
            for kind, value in [*(("title", title) for title in titles), ("role", row["role"]), ("group", row["grp"])]:
                if value:
                    seen = found.setdefault((kind, value), {"kind": kind, "value": value, "count": 0,
                                                            "first": None, "last": None})
                    seen["count"] += 1
                    if row["date"]:
                        seen["first"] = min(filter(None, (seen["first"], row["date"])))
                        seen["last"] = max(filter(None, (seen["last"], row["date"])))
        return sorted(found.values(), key=lambda t: (t["first"] is None, t["first"] or "", t["value"]))

    def issue_entities(self, paper: str, date: str, *, limit: int = 30) -> dict[str, list[dict]]:
        """The people, organisations and places of one issue, each type in most articles first."""
        rows = self._query(
            f"SELECT m.type AS type, m.canonical AS name, count(DISTINCT {ISSUE_STORY_KEY}) AS articles "
            f"FROM mentions m JOIN articles a ON a.seq = m.article_seq {ISSUE_STORIES_JOINS} "
            "WHERE a.paper = ? AND a.date = ? "
            "GROUP BY m.type, m.canonical ORDER BY articles DESC, name", (paper, date))
        by_type: dict[str, list[dict]] = {entity_type: [] for entity_type in ENTITY_TYPES}
        for row in rows:
            if row["type"] in by_type and len(by_type[row["type"]]) < limit:
                by_type[row["type"]].append({"name": row["name"], "articles": int(row["articles"])})
        return by_type

    def term_trends(self, terms: list[str], filters: Filters = Filters()) -> dict:
        """Each term's articles per month, and their share of all the month's articles.

        A term is a search query (exact text, phrases, OR, NOT), counted in
        articles that match it.  Months run from the archive's first dated
        month to its last; a month with no articles has a share of None.
        `undated` counts a term's articles on pages without a date, in no month.
        """
        if not terms:
            raise QueryError("give at least one term")
        if len(terms) > TREND_TERMS_MAX:
            raise QueryError(f"at most {TREND_TERMS_MAX} terms at once")
        where, params = self._filter_clause(filters)
        totals = {row["month"]: int(row["n"]) for row in self._query(
            "SELECT substr(a.date, 1, 7) AS month, count(*) AS n FROM articles a "
            f"WHERE a.date IS NOT NULL AND a.seq NOT IN ({CONTINUATIONS}){where} "
            "GROUP BY substr(a.date, 1, 7)", params)}
        months = months_between(min(totals), max(totals)) if totals else []
        series = []
        for term in terms:
            counts: dict[str, int] = defaultdict(int)
            for row in self._match(parse(term), filters, None, 0, "oldest", columns="a.date"):
                counts[row["date"][:7] if row["date"] else None] += 1
            series.append({"term": term, "articles": [counts[m] for m in months],
                           "share": [round(counts[m] / totals[m], 6) if totals.get(m) else None
                                     for m in months],
                           "undated": counts[None]})
        return {"months": months, "totals": [totals.get(m, 0) for m in months], "series": series}


def entity_clause(name: str, entity_type: str | None, alias: str = "m") -> tuple[str, list]:
    """SQL that picks the mentions of one entity (of any type when none is given); a place asked
    for by its short name (浙江) is found under the name articles give it (浙江省), and a name typed
    in traditional characters (蘇榕蓉) under its simplified canonical form, as it is stored."""
    from banmian.enrich.entities import place_name

    simplified = _simplified(name)
    names = list(dict.fromkeys((name, place_name(name), simplified, place_name(simplified))))
    marks = ", ".join("?" * len(names))
    if entity_type:
        return f"{alias}.canonical IN ({marks}) AND {alias}.type = ?", [*names, entity_type]
    return f"{alias}.canonical IN ({marks})", names


def _counted(row) -> dict:
    return {"name": row["name"], "type": row["type"], "articles": int(row["articles"]),
            "mentions": int(row["mentions"]), "first": row["first"], "last": row["last"]}


def _simplified(name: str) -> str:
    # The tagger's package loads on first use: listing or reading articles needs none of it.
    from banmian.enrich import simplified_name

    return simplified_name(name)
