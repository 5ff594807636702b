"""The one document model that every stage reads and returns.

A page is read into `Line`s, the rebuild decides for each line a `Placement`
(which article it belongs to, in which field, in which block), and `Page`
holds the articles assembled from those placements.  Placements are kept so
that any article can be traced back to the input lines it came from.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import asdict, dataclass, field

# An article read by OCR with a confidence below this is flagged as low
# confidence.  The recogniser is sure of itself even when wrong, so the bar is
# high: on the scan benchmark (bench/RESULTS-scan.md) every article of the
# 150/300-dpi scans (0.2% character errors) scored 0.98 or more, and 10 of 16
# articles of poor 100-dpi scans (4.6% character errors) scored less.
LOW_OCR_CONFIDENCE = 0.98

# A page's number is 1 or more and under this: the archives store it in 32 bits (Parquet too).
PAGE_NUMBER_END = 2**31
# A sectioned paper (A/B/C叠) numbers each section's pages from 1: A01, B01.
_PAGE_LABEL = re.compile(r"^([A-Z]?)0*(\d{1,10})$")
_SECTION = re.compile("[A-Z]")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def page_label(section: str | None, page: int) -> str:
    """How a page is named in keys and addresses: 3, or A3 for page 3 of section A."""
    return f"{section or ''}{page}"


def parse_page_label(text: str) -> tuple[str | None, int]:
    """(section, number) from a page as a user writes it: 3, 03, A3, a03, A03; ValueError otherwise."""
    match = _PAGE_LABEL.match(text.strip().upper())
    if not match or not 1 <= int(match[2]) < PAGE_NUMBER_END:
        raise ValueError(f"{text!r} is not a whole number from 1 to {PAGE_NUMBER_END - 1}, "
                         "or one after a section letter (A3)")
    return match[1] or None, int(match[2])


def valid_section(value) -> bool:
    """Is `value` a section letter the archive keys pages by (B of B01): one letter A-Z?"""
    return isinstance(value, str) and _SECTION.fullmatch(value) is not None


def valid_date(value: str) -> bool:
    """Is `value` a date YYYY-MM-DD that the calendar has (not 2024-02-30, not 20240105)?"""
    if not _ISO_DATE.match(value):
        return False
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


# Where a line can go.  Caption is a paragraph of a photo; credit is a photo
# byline line; jump is a 下转/上接 line.
FIELDS = ("headline", "paragraph", "caption", "byline", "credit", "jump", "furniture")


@dataclass(frozen=True)
class BBox:
    """A box on the page, origin top-left: in PDF points for PDFs (scanned or not), in pixels for image files."""

    x0: float
    y0: float
    x1: float
    y1: float


@dataclass(frozen=True)
class Region:
    """Where part of an article sits on the page: its headline, one column block of its body, or its photo."""

    kind: str  # "headline" | "body" | "photo"
    bbox: BBox


@dataclass(frozen=True)
class Line:
    """One non-blank input line.

    `number` is the line's 0-based index in the input (blank lines counted),
    `gap_before` the number of blank lines just above it.  Layout readers
    (PDF, scans) also fill `bbox` and `font_size`; the text path never needs them.
    OCR fills `confidence`: the recogniser's mean character probability, 0 to 1.
    `spaces_lost` is the printed width, in ems, that the text reader's collapsing of a run of spaces inside the
    line to one space took away (本报讯　记者　王　正: each full-width space is an em wide, the one left half).
    """

    number: int
    text: str
    gap_before: int = 0
    indent: bool = False
    bbox: BBox | None = None
    font_size: float | None = None
    confidence: float | None = None
    spaces_lost: float = 0.0


@dataclass(frozen=True)
class Placement:
    """Where one input line went: article index (None for furniture), field, block.

    Lines with the same article, field and block form one headline line,
    one paragraph or one byline line.
    """

    line: int
    article: int | None
    field: str
    block: int = 0


FRAGMENTS, WRAPPED = "fragments", "wrapped"


@dataclass(frozen=True)
class Layout:
    """How a page is laid out: its input form, whether paragraphs are indented, column widths.

    `widths` maps a line number to the width of its column in full-width
    characters, `measures` to the line's own printed width and its width
    inside the column (hanging punctuation left out); wrapped pages only.
    Readers that know font sizes (PDF) let the layout name the body size.
    """

    form: str
    indents: bool
    widths: dict[int, float]
    measures: dict[int, tuple[float, float]] = field(default_factory=dict)
    body_size: float | None = None  # the body text's font size, where the reader knows sizes
    spaced: frozenset[int] = frozenset()  # lines set further below the line above than the text's leading
    captions: frozenset[int] = frozenset()  # lines that open a text block right under a photo
    text_ends: frozenset[int] = frozenset()  # last lines of text runs: a blank, a line of no text or the end below
    credited: frozenset[int] = frozenset()  # first lines of short blocks over a photo's credit, from text alone
    indented: frozenset[int] = frozenset()  # lines that open on an indent
    over_spaced: frozenset[int] = frozenset()  # lines right over a spaced one
    over_leads: frozenset[int] = frozenset()  # lines right over a news lead's first line (本报讯…)

    def display_type(self, line: Line) -> bool:
        """Is this line set in type clearly larger than the body text (a headline, from a PDF)?"""
        return display_type(line, self.body_size)


def display_type(line: Line, body_size: float | None) -> bool:
    """Is the line set in type clearly larger than a body size (a headline)?"""
    return body_size is not None and line.font_size is not None and line.font_size >= 1.25 * body_size


@dataclass(frozen=True, slots=True)
class Unit:
    """Input lines the rebuild reads as one piece: a paragraph, a headline line, a credit line.

    `role` says what the piece is on its own: text, furniture, jump, credit or byline.
    """

    lines: tuple[Line, ...]
    role: str
    text: str

    @property
    def gap_before(self) -> int:
        return self.lines[0].gap_before


# What enrichment finds in text.  Offsets (`start`, `end`, end exclusive) are
# into the text read: for `tag(text)` that text, for an article `Article.text()`.
ENTITY_TYPES = ("PER", "ORG", "LOC")


@dataclass(frozen=True)
class Entity:
    """A name found in text: a person (PER), an organisation (ORG) or a place (LOC)."""

    text: str
    type: str
    start: int
    end: int


@dataclass(frozen=True)
class EntityMention:
    """An entity in an article, with the one form the article uses for it throughout.

    `title` is an office held (`市政协主席`), `role` a function in the story
    (`负责人`), `group` a collective the person is listed under (`市领导`).
    """

    text: str
    type: str
    start: int
    end: int
    canonical: str
    title: str | None = None
    role: str | None = None
    group: str | None = None


@dataclass(frozen=True)
class DateMention:
    """A date expression and the calendar date it means.

    `value` is ISO 8601 at the stated `precision` ("day" 2024-01-19,
    "month" 2024-03, "year" 2024), or an interval `start/end` for spans
    such as 今年以来 ("range").  `part_of_day` is morning/noon/afternoon/
    evening/night when the text says so.  `relative` says the value was
    worked out from the issue date or an earlier date in the story.
    """

    text: str
    start: int
    end: int
    value: str
    precision: str
    part_of_day: str | None = None
    relative: bool = False


@dataclass(frozen=True)
class Quantity:
    """A number with its unit, and what it counts where the text says.

    Money is normalised to yuan (`unit` "CNY"): 2.2亿元 → 220000000.
    `approximate` is set by 约/近/余/多/左右 and the like.
    """

    text: str
    start: int
    end: int
    value: float
    unit: str
    counts: str | None = None
    approximate: bool = False


@dataclass(frozen=True)
class Enrichment:
    """Everything enrichment finds in one article."""

    entities: tuple[EntityMention, ...] = ()
    dates: tuple[DateMention, ...] = ()
    quantities: tuple[Quantity, ...] = ()


@dataclass
class Byline:
    reporters: list[str] = field(default_factory=list)
    correspondents: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    interns: list[str] = field(default_factory=list)
    text: list[str] = field(default_factory=list)

    def people(self) -> list[str]:
        """Everyone it names, in every role."""
        return self.reporters + self.correspondents + self.photographers + self.interns


@dataclass
class Article:
    id: str
    kind: str = "article"  # "article" | "photo"
    headline: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    byline: Byline = field(default_factory=Byline)
    dateline: str | None = None
    continued_on: int | None = None
    continued_from: int | None = None
    # The section letter a jump names (（下转B2版） → B); None where it names none: its page's own.
    continued_on_section: str | None = None
    continued_from_section: str | None = None
    jump_lines: list[str] = field(default_factory=list)
    source_lines: list[int] = field(default_factory=list)
    entities: list[EntityMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    regions: list[Region] = field(default_factory=list)  # from layout readers (PDF) only
    # From scans only: the OCR confidence of the article's lines, weighted by characters.
    ocr_confidence: float | None = None

    @property
    def low_ocr_confidence(self) -> bool:
        """Read from a scan so poorly that its text should not be trusted unchecked."""
        return self.ocr_confidence is not None and self.ocr_confidence < LOW_OCR_CONFIDENCE

    def text(self) -> str:
        return "\n".join(self.headline + self.paragraphs)


@dataclass
class Page:
    paper: str | None = None
    date: str | None = None
    page: int | None = None
    furniture: list[str] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    placements: list[Placement] = field(default_factory=list)
    date_inferred: bool = False
    figures: list[BBox] = field(default_factory=list)  # pictures on the page, from layout readers (PDF) only
    enriched: bool = False  # its articles were searched for what they mention (banmian.enrich)
    section: str | None = None  # a sectioned paper's section letter: page 1 of section B is B01

    def to_dict(self) -> dict:
        """The page JSON: everything but the per-line bookkeeping; what articles mention only
        where it was looked for, so that no list of them reads as nothing found."""
        return {
            "paper": self.paper,
            "date": self.date,
            "date_inferred": self.date_inferred,
            "page": self.page,
            "section": self.section,
            "furniture": list(self.furniture),
            "articles": [_article_dict(article, self.enriched) for article in self.articles],
        } | ({"figures": [asdict(box) for box in self.figures]} if self.figures else {})


MENTIONED = ("entities", "dates", "quantities")


def _article_dict(article: Article, enriched: bool) -> dict:
    """The article's fields; the OCR confidence and its flag only for an article read from a scan."""
    fields = asdict(article)
    if not enriched:
        for name in MENTIONED:
            del fields[name]
    if article.ocr_confidence is None:
        del fields["ocr_confidence"]
    else:
        fields["low_ocr_confidence"] = article.low_ocr_confidence
    return fields
