"""Traditional characters read as simplified by the rebuild's rules and models, never changed.

The rebuild's rules and weights were written and fitted on simplified text: 記者, 報訊 and
（下轉A13版） are the 记者, 报讯 and （下转A13版） they know.  The lines of a page are rebuilt
with its traditional characters folded to simplified ones (`traditional.txt`, see WORDS.md),
and what the page is rebuilt into is unfolded again, so that no character of the page
changes.  A character is folded only where its simplified form is nowhere on the page and no
other character of the page folds to it (發 and 髮 both fold to 发), so that unfolding gives back
exactly the characters printed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cache
from importlib.resources import files

import numpy as np

from banmian.model import Article, Byline, Line, Page

FoldTable = dict[int, int]


@cache
def _pairs() -> list[list[str]]:
    text = files("banmian.rebuild").joinpath("traditional.txt").read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines()]


@cache
def search_folds() -> dict[str, str]:
    """Every traditional character written as another, simplified one (匯 and 彙 as 汇): search
    reads them alike, and need not tell them apart again; the rebuild folds them where a page lets it
    print each back (`fold_table_of`)."""
    return {pair[0]: pair[1] for pair in _pairs()}


@cache
def _is_traditional() -> np.ndarray:
    """Whether each code point is a character folded: a look-up table over all of Unicode."""
    table = np.zeros(0x110000, dtype=bool)
    table[[ord(character) for character in search_folds()]] = True
    return table


def fold_table(lines: Sequence[Line]) -> FoldTable:
    """The `str.translate` table that folds this page's traditional characters: empty for a
    page in simplified characters that prints none."""
    return fold_table_of(line.text for line in lines)


def fold_table_of(texts: Iterable[str]) -> FoldTable:
    """`fold_table` of a page given as its texts."""
    text = "\n".join(texts)
    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if not _is_traditional()[points].any():  # most pages, told in microseconds
        return {}
    present = set(text)
    pairs = search_folds()
    folds = {character: simplified for character in present
             if (simplified := pairs.get(character)) is not None and simplified not in present}
    # 發 and 髮 both print 发: where a page holds both, neither is folded, or 发 could not be printed back
    shared = Counter(folds.values())
    return {ord(character): ord(simplified) for character, simplified in folds.items() if shared[simplified] == 1}


def folded(lines: Sequence[Line], table: FoldTable) -> list[Line]:
    return [replace(line, text=line.text.translate(table)) for line in lines] if table else list(lines)


def unfolding(table: FoldTable) -> FoldTable:
    """The `str.translate` table that undoes `table`."""
    return {simplified: traditional for traditional, simplified in table.items()}


def unfolded(page: Page, table: FoldTable) -> Page:
    """`page` with every character `table` folded printed as it was."""
    if not table:
        return page
    back = unfolding(table)

    def printed(texts: list[str]) -> list[str]:
        return [text.translate(back) for text in texts]

    def article_as_printed(article: Article) -> Article:
        byline = article.byline
        return replace(
            article, headline=printed(article.headline), paragraphs=printed(article.paragraphs),
            dateline=article.dateline and article.dateline.translate(back), jump_lines=printed(article.jump_lines),
            byline=Byline(reporters=printed(byline.reporters), correspondents=printed(byline.correspondents),
                          photographers=printed(byline.photographers), interns=printed(byline.interns),
                          text=printed(byline.text)))

    return replace(page, paper=page.paper and page.paper.translate(back), furniture=printed(page.furniture),
                   articles=[article_as_printed(article) for article in page.articles])
