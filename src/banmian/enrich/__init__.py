"""Enrichment: what each article mentions — dates, people, organisations, places, quantities.

Stages, each a plain function over one article's text:

1. `dates.find_dates`              – date expressions, resolved against the issue date and the story
2. `entities.article_entities`     – names (tagger + rules), one canonical form each, titles/roles/groups
3. `quantities.find_quantities`    – numbers with units and what they count

`enrich_page` runs them over every article of a `Page`, the names of all its
articles in one run of the tagger (`entities.texts_entities`: the same names,
in less time).  Offsets in what it adds are into `Article.text()` (headline
lines, then paragraphs, joined by newlines).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from banmian.enrich.dates import find_dates, infer_issue_date
from banmian.enrich import entities as _entities
from banmian.enrich.entities import article_entities, texts_entities
from banmian.enrich.quantities import find_quantities
from banmian.model import DateMention, Enrichment, Entity, EntityMention, Quantity
from banmian.model import Article, Page
from banmian.rebuild.lexicon import words
from banmian.rebuild.traditional import fold_table_of, search_folds, unfolding

__all__ = [
    "DateMention", "Enrichment", "Entity", "EntityMention", "Quantity",
    "enrich_article", "enrich_page", "issue_date", "page_entities", "tag",
]


def enrich_article(text: str, issue: str | None) -> Enrichment:
    """Everything enrichment finds in one article's text, dates resolved against `issue`."""
    return Enrichment(
        entities=tuple(article_entities(text)),
        dates=tuple(find_dates(text, issue)),
        quantities=tuple(find_quantities(text)),
    )


def issue_date(page: Page) -> tuple[str | None, bool]:
    """The page's issue date and whether it was inferred from the articles (not given or printed)."""
    return _issue_date(page, [article.text() for article in page.articles])


def _issue_date(page: Page, texts: list[str]) -> tuple[str | None, bool]:
    if page.date:
        return page.date, False
    inferred = infer_issue_date(texts)
    return inferred, inferred is not None


def enrich_page(page: Page, entities: list[list[EntityMention]] | None = None, *,
                infer_date: bool = True) -> Page:
    """A copy of `page` whose articles carry `entities`, `dates` and `quantities`.

    When the page has no date, the one inferred from its articles becomes its
    `date`, and `date_inferred` says so; with `infer_date` False none is, and the
    dates that need one (今年, 3月5日) are left out rather than resolved against a
    guess (an archive keeps them as facts; the guess is right on about a quarter of
    pages, bench/RESULTS-enrich.md).  `entities`, each article's names as
    `page_entities` finds them, are not looked for again when given: ingest tags
    a batch's pages one after the other, while the tagger's tables are in the
    processor's caches, before it looks for their dates and quantities.
    """
    texts = [article.text() for article in page.articles]
    issue, inferred = _issue_date(page, texts) if infer_date else (page.date, False)
    if entities is None:
        entities = _names(texts, [article.byline.people() for article in page.articles])
    articles = [
        with_enrichment(article, Enrichment(entities=tuple(names), dates=tuple(find_dates(text, issue)),
                                            quantities=tuple(find_quantities(text))))
        for article, text, names in zip(page.articles, texts, entities, strict=True)
    ]
    return replace(page, articles=articles, date=issue, date_inferred=inferred, enriched=True)


def tag(text: str) -> list[Entity]:
    """People (PER), organisations (ORG) and places (LOC) in `text` as (text, type, start, end),
    offsets into `text`; text in traditional characters read as the rebuild reads it (`_names`)."""
    table = _fold_table([text])
    if not table:
        return _entities.tag(text)
    back = unfolding(table)
    return [replace(entity, text=entity.text.translate(back)) for entity in _entities.tag(text.translate(table))]


def page_entities(page: Page) -> list[list[EntityMention]]:
    """The names each article of `page` mentions (`enrich_page`'s entities), the tagger run once."""
    return _names([article.text() for article in page.articles],
                  [article.byline.people() for article in page.articles])


def _names(texts: list[str], people: list[list[str]]) -> list[list[EntityMention]]:
    """`texts_entities` of a page's texts, a page in traditional characters read as the rebuild
    reads it (rebuild.traditional: the tagger and its lexicon know simplified characters; 台灣
    and 大陸 had been 台 and nothing), its names printed as they are, their canonical forms in
    simplified characters (蘇榕蓉 is the person 苏榕蓉 of a simplified page)."""
    table = _fold_table(texts)
    if not table:
        return texts_entities(texts, people)
    back = unfolding(table)
    found = texts_entities([text.translate(table) for text in texts],
                           [[name.translate(table) for name in names] for names in people])
    return [[_as_printed(mention, back) for mention in mentions] for mentions in found]


def _fold_table(texts: list[str]) -> dict[int, int]:
    """The rebuild's fold table of a page in traditional characters (`fold_table_of`), with 於 read
    as 于 where the page writes no 于: the rebuild keeps 於, which simplified text writes as a
    surname, and the tagger took it for one (李明於昨日抵達 gave 李明於, 關於 a person)."""
    table = fold_table_of(texts)
    if table and not any("于" in text for text in texts):
        table[ord("於")] = ord("于")
    return table


def _as_printed(mention: EntityMention, back: dict[int, int]) -> EntityMention:
    return replace(mention, text=mention.text.translate(back), canonical=simplified_name(mention.canonical),
                   **{name: value and value.translate(back) for name, value in
                      (("title", mention.title), ("role", mention.role), ("group", mention.group))})


def simplified_name(name: str) -> str:
    """A name's canonical form in simplified characters (蘇榕蓉 → 苏榕蓉), as entities are stored."""
    return name.translate(_simplified())


@cache
def _simplified() -> dict[int, int]:
    """The `str.translate` table that writes a name's traditional characters as search reads them
    (蘇 → 苏, 匯 → 汇), less those that simplified words write too (乾隆, not 干隆)."""
    written = {character for word in words() for character in word}
    return str.maketrans({character: simple for character, simple in search_folds().items()
                          if character not in written})


def with_enrichment(article: Article, enrichment: Enrichment) -> Article:
    return replace(article, entities=list(enrichment.entities), dates=list(enrichment.dates),
                   quantities=list(enrichment.quantities))
