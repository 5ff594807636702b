"""The naive baseline rebuilder that banmian is measured against.

One rule per line, no look-ahead and no word lists:

* a line that continues a body line left without end punctuation joins it;
* else a short line (at most 30 characters) without end punctuation is a
  headline line; a run of them starts a new article;
* else the line starts a new paragraph.

It shares `split_lines` and `assemble` with banmian, so the two differ only in
where they place lines.
"""

from __future__ import annotations

from banmian.model import Page, Placement
from banmian.read.text import split_lines
from banmian.rebuild.assemble import assemble

HEADLINE_MAX_CHARS = 30
_SENTENCE_END = "。！？!?…；;"
_CLOSERS = "”’」』）)》】"


def ends_sentence(text: str) -> bool:
    stripped = text.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _SENTENCE_END


def naive_placements(texts: list[str], numbers: list[int]) -> list[Placement]:
    placements: list[Placement] = []
    article = -1
    blocks = {"headline": -1, "paragraph": -1}
    previous_field = None
    dangling = False  # the previous body line did not end a sentence
    for number, text in zip(numbers, texts):
        if dangling:
            field = "paragraph"
        elif len(text) <= HEADLINE_MAX_CHARS and not ends_sentence(text):
            field = "headline"
            if previous_field != "headline":
                article += 1
                blocks = {"headline": -1, "paragraph": -1}
            blocks["headline"] += 1
        else:
            field = "paragraph"
            blocks["paragraph"] += 1
        # Body lines before any headline still need an article.
        article = max(article, 0)
        placements.append(Placement(number, article, field, blocks[field]))
        dangling = field == "paragraph" and not ends_sentence(text)
        previous_field = field
    return placements


def naive_rebuild(text: str) -> Page:
    lines = split_lines(text)
    placements = naive_placements([line.text for line in lines], [line.number for line in lines])
    return assemble(lines, placements)
