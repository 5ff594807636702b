"""Jumps across pages: which continuation belongs to which story, and the story stitched.

An article that ends （下转第二版） has `continued_on == 2`; its continuation on
page 2 of the same issue has `continued_from == 1`.  A page pair often carries
several jumps, so parts are matched by what they say, never by where they sit:
each head-tail pair is scored by the character bigrams their headlines and
texts share (rare bigrams count more), and the best pairs are taken first.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from banmian.model import Article, Byline, page_label


@dataclass
class StoredArticle:
    """An article as the archive holds it: the article and where it was printed."""

    article: Article
    paper: str | None
    date: str | None
    page: int | None
    position: int = 0
    section: str | None = None  # a sectioned paper's letter (B of B01)


@dataclass
class PartRef:
    """One printed part of a story, as listed under the story."""

    id: str
    page: int | None
    headline: list[str]
    paragraphs: int
    continued_from: int | None
    continued_on: int | None
    ocr_confidence: float | None = None  # read by OCR: its confidence, else None
    section: str | None = None  # its page's section letter (B of B01)
    # The section letter its jumps name (（下转B2版） → B); None: its page's own.
    continued_from_section: str | None = None
    continued_on_section: str | None = None

    def printed_page(self) -> str | None:
        """Where it is printed: 2, or B2 in a sectioned paper; None where its page is not known."""
        return None if self.page is None else page_label(self.section, self.page)


@dataclass
class Story:
    """An article with all its parts joined in reading order."""

    id: str
    paper: str | None
    date: str | None
    page: int | None
    section: str | None  # a sectioned paper's letter of its head's page (a jump such as （下转B2版） leaves it)
    pages: list[int | None]  # each part's page number; `parts` say each one's section
    printed_pages: list[str | None]  # each part's page as printed: 2, or A1 and B2 in a sectioned paper
    kind: str
    headline: list[str]
    paragraphs: list[str]
    byline: Byline
    dateline: str | None
    parts: list[PartRef] = field(default_factory=list)
    open_jump: bool = False
    # What the parts mention, each with `part`, the id of the part whose text
    # (headline lines, then paragraphs) its `start` and `end` count in, and `story_start` and
    # `story_end`, where it is in the story's own text ("\n".join(headline + paragraphs));
    # None for a mention in a continuation's headline, which the story does not repeat.
    entities: list[dict] = field(default_factory=list)
    dates: list[dict] = field(default_factory=list)
    quantities: list[dict] = field(default_factory=list)
    # Where the parts are printed (PDF and scan input): `part`, `page`, `kind` and `bbox`, in PDF
    # points (a PDF page, scanned or not) or pixels of the image (a scan image file).
    regions: list[dict] = field(default_factory=list)
    # The lowest OCR confidence of its parts read by OCR (None where none was), and whether
    # that is below model.LOW_OCR_CONFIDENCE: one poorly read part is enough to check the story.
    ocr_confidence: float | None = None
    low_ocr_confidence: bool = False

    def to_dict(self) -> dict:
        """As `dataclasses.asdict` gives it, made field by field: asdict walks and copies every
        mention's every value, four fifths of an export's time (R21a-I)."""
        return {**vars(self), "byline": {name: list(value) for name, value in vars(self.byline).items()},
                "parts": [{**vars(part), "headline": list(part.headline)} for part in self.parts]}


# --- matching ----------------------------------------------------------------


# Parts that share no more than a common word or two (0.0067: a road story and a school story's
# continuation) are no pair; the true pairs of 400 dev pages score 0.08 and more.
_LEAST_LIKENESS = 0.03


def pair_up(heads: list[Article], tails: list[Article]) -> list[tuple[str, str, float]]:
    """(head id, tail id, score) for the best one-to-one pairing of heads and tails."""
    if not heads or not tails:
        return []
    grams = {id(a): (_bigrams("".join(a.headline)), _bigrams("".join(a.paragraphs)))
             for a in heads + tails}
    weight = _rarity([g for pair in grams.values() for g in pair])
    scored = sorted(
        ((similarity(grams[id(h)], grams[id(t)], weight), h.id, t.id) for h in heads for t in tails),
        reverse=True,
    )
    pairs, used = [], set()
    for score, head, tail in scored:
        if score >= _LEAST_LIKENESS and head not in used and tail not in used:
            pairs.append((head, tail, round(score, 4)))
            used |= {head, tail}
    return pairs


def similarity(head: tuple[set, set], tail: tuple[set, set], weight) -> float:
    """Text likeness, plus headline likeness when the continuation has a headline of its own.

    Continuation headlines repeat or shorten the front-page one, so the tail's
    headline is compared with the head's headline and text together.
    """
    head_title, head_text = head
    tail_title, tail_text = tail
    score = _cosine(head_text, tail_text, weight)
    if tail_title:
        score += _cosine(head_title | head_text, tail_title, weight, containment=True)
    return score


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1) if text[i].isalnum() and text[i + 1].isalnum()}


def _rarity(sets: list[set[str]]):
    """A weight per bigram: those found in every candidate tell the candidates apart least."""
    counts = Counter(gram for grams in sets for gram in grams)
    total = len(sets)
    return lambda gram: math.log(1 + total / counts.get(gram, 1))


def _cosine(a: set[str], b: set[str], weight, containment: bool = False) -> float:
    if not a or not b:
        return 0.0
    shared = sum(weight(g) for g in a & b)
    size_a = sum(weight(g) for g in a)
    size_b = sum(weight(g) for g in b)
    if containment:
        # How much of the (short) headline is found in the other side.
        return shared / size_b
    return shared / math.sqrt(size_a * size_b)


# --- stitching ---------------------------------------------------------------


def story_body(articles: list[Article]) -> str:
    """The body of the story these parts make, in reading order: "\n".join(its paragraphs)."""
    return "\n".join(_joined_paragraphs(articles)[0])


def _ends_sentence(text: str) -> bool:
    # The rebuild's patterns take most of a second to load: only a story that jumps needs them.
    from banmian.rebuild.patterns import ends_sentence

    return ends_sentence(text)


def _joined_paragraphs(articles: list[Article]) -> tuple[list[str], list[int]]:
    """The story's paragraphs, and where each part's begin in "\n".join(them)."""
    paragraphs: list[str] = []
    body_starts = []
    body_length = 0
    for article in articles:
        added = list(article.paragraphs)
        if paragraphs and added and not _ends_sentence(paragraphs[-1]):
            # The jump cut a paragraph in two: the continuation starts mid-sentence.
            body_starts.append(body_length)
            paragraphs[-1] += added.pop(0)
        else:
            body_starts.append(body_length + 1 if paragraphs else 0)
        paragraphs += added
        body_length = len("\n".join(paragraphs))
    return paragraphs, body_starts


def stitch(parts: list[StoredArticle], *, open_jump: bool = False) -> Story:
    """The parts of one story, in reading order, as one story."""
    head = parts[0]
    paragraphs, body_starts = _joined_paragraphs([part.article for part in parts])
    byline = Byline()
    refs = []
    for part in parts:
        article = part.article
        _merge(byline, article.byline)
        refs.append(PartRef(id=article.id, page=part.page, headline=list(article.headline),
                            paragraphs=len(article.paragraphs),
                            continued_from=article.continued_from,
                            continued_on=article.continued_on,
                            ocr_confidence=article.ocr_confidence, section=part.section,
                            continued_from_section=article.continued_from_section,
                            continued_on_section=article.continued_on_section))
    titled = next((p for p in parts if p.article.headline), None)
    headline = list(titled.article.headline) if titled else []
    found = {name: [{**vars(item), "part": part.article.id,
                     **_story_span(item, part.article, part is titled, headline, body_start)}
                    for part, body_start in zip(parts, body_starts, strict=True)
                    for item in getattr(part.article, name)]
             for name in ("entities", "dates", "quantities")}
    regions = [{"part": part.article.id, "page": part.page, **vars(region), "bbox": dict(vars(region.bbox))}
               for part in parts for region in part.article.regions]
    weakest = min((p.article for p in parts if p.article.ocr_confidence is not None),
                  key=lambda article: article.ocr_confidence, default=None)
    return Story(
        id=head.article.id,
        paper=head.paper,
        date=head.date,
        page=head.page,
        section=head.section,
        pages=[part.page for part in parts],
        printed_pages=[ref.printed_page() for ref in refs],
        kind=head.article.kind,
        headline=headline,
        paragraphs=paragraphs,
        byline=byline,
        dateline=next((p.article.dateline for p in parts if p.article.dateline), None),
        parts=refs,
        open_jump=open_jump,
        regions=regions,
        ocr_confidence=weakest.ocr_confidence if weakest else None,
        low_ocr_confidence=weakest.low_ocr_confidence if weakest else False,
        **found,
    )


def _story_span(item, article: Article, gives_headline: bool, headline: list[str],
                body_start: int) -> dict:
    """Where a mention at `item.start`–`item.end` of its part's text is in the story's text.

    A part's paragraphs stay one run of text in the story's, glued or not to the paragraph
    before, so a mention in them moves by where that run begins."""
    own_head = len("\n".join(article.headline)) + 1 if article.headline else 0
    if item.start < own_head:
        inside = gives_headline
        return {"story_start": item.start if inside else None, "story_end": item.end if inside else None}
    story_head = len("\n".join(headline)) + 1 if headline else 0
    shift = story_head + body_start - own_head
    return {"story_start": item.start + shift, "story_end": item.end + shift}


def _merge(into: Byline, other: Byline) -> None:
    for name in ("reporters", "correspondents", "photographers", "interns", "text"):
        have = getattr(into, name)
        have += [value for value in getattr(other, name) if value not in have]
