#!/usr/bin/env python3
"""Newspaper pages typeset as PDFs, with their truth, from bench/pagegen.py's page plans.

    python bench/pdfgen.py --split dev --count 10 --seed 0 --out bench/out/pdf/dev
    python bench/pdfgen.py --split test --count 10 --seed 0 --out bench/out/pdf/test
    python bench/pdfgen.py --split dev --count 10 --seed 0 --vertical --out bench/out/pdf/vertical

pagegen decides what a page holds (real articles that shared a real page,
jumps, photos with captions and credits, 责编 lines, bylines, datelines,
page headers) and gives its truth; this module sets that page in type with
reportlab the way a paper does: a grid of 3–6 columns, stories in
rectangular modules side by side and stacked, headlines in large type over
the columns of their story (kicker and subtitle lines smaller; a headline
too long for them wrapped into two lines of about equal width), body text
9–11 pt wrapped at the column width and flowing column to column,
paragraphs opened by two full-width spaces or by an indent of position (or
not at all), punctuation squeezed in or hung past the column edge, photos as
images with their caption and credit under them, jump lines, a header
over the page and the editor lines at its foot.  With `--vertical` the same
pages are set in vertical type (竖排: lines down the page, right to left, in
tiers; a headline down its story's right side), as Hong Kong and Taiwan
papers and the mainland's back issues before 1956 are.  Faces: WenQuanYi Zen Hei
(Debian's fonts-wqy-zenhei, embedded) where installed, and reportlab's
built-in CID font STSong-Light (not embedded), which always works.

The truth is pagegen's (articles, furniture, paper/date/page; each printed
line of a wrapped headline a headline line of its own, as pagegen's titles
split over lines are) plus what was drawn: every printed line with its
label and box, each photo's box (`photos`), and each article's region.
`truth_for_lines` maps the lines a PDF reader gives back to those labels by
position, so bench/accuracy.py's metrics apply to them.  Same seed, same
pages; the dev/test split is pagegen's (by issue date).
"""

from __future__ import annotations

import argparse
import io
import itertools
import json
import math
import os
import random
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import pagegen  # noqa: E402

SONG = "STSong-Light"
HEI = "WQYZenHei"
WQY_PATHS = (
    os.environ.get("BANMIAN_WQY_FONT", ""),
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
)
# Marks a Chinese typesetter may let hang past the column edge.
HANGING = "，。、；：？！）》」』】”’,.;:?!)"
# Where a typeset glyph's box sits around its baseline, in ems (the reader's boxes are near these).
ASCENT, DESCENT = 0.88, 0.12


def faces() -> list[str]:
    """Register the faces that are at hand; STSong-Light always, WenQuanYi Zen Hei where installed."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    registered = set(pdfmetrics.getRegisteredFontNames())
    if SONG not in registered:
        pdfmetrics.registerFont(UnicodeCIDFont(SONG))
    found = [SONG]
    if HEI in registered:
        return [SONG, HEI]
    for path in WQY_PATHS:
        if path and Path(path).is_file():
            from reportlab.pdfbase.ttfonts import TTFont

            pdfmetrics.registerFont(TTFont(HEI, path, subfontIndex=0))
            found.append(HEI)
            break
    return found


# --- what to set: pagegen's page as units ------------------------------------------


@dataclass
class PlanUnit(pagegen.Unit):
    """One unit of pagegen's page (a headline line, a paragraph, a byline…) with its truth key;
    `tail` (the rest of a paragraph cut by a jump) is set without indent."""

    kicker: bool = False

    @property
    def key(self) -> tuple:
        return self.article, self.field, self.block


def plan_units(page: dict, corpus: pagegen.Corpus) -> list[PlanUnit]:
    """pagegen's printed page folded back into units, in reading order."""
    raw = page["text"].split("\n")
    units: list[PlanUnit] = []
    for entry in page["lines"]:
        text = pagegen.clean(raw[entry["n"]])
        prefix = suffix = None
        jump = entry.get("jump_text")
        if jump and text.startswith(jump):
            prefix, text = jump, text[len(jump):].strip()
        elif jump:
            suffix, text = jump, text[: -len(jump)].strip()
        key = (entry["article"], entry["field"], entry["block"])
        if units and units[-1].key == key:
            units[-1].text += text
            units[-1].suffix_jump = suffix or units[-1].suffix_jump
        else:
            units.append(PlanUnit(*key, text=text, prefix_jump=prefix, suffix_jump=suffix))
    for unit in units:
        if unit.article is None:
            continue
        truth = page["articles"][unit.article]
        source = corpus.articles.get(truth.get("source_id") or "")
        if unit.field == "headline" and source and _is_kicker(unit.text, source["title"]):
            unit.kicker = True
        if unit.field == "paragraph" and truth["continued_from"] and source:
            starts = {pagegen._nonspace(p)[:12] for p in source["paragraphs"]}
            unit.tail = pagegen._nonspace(unit.text)[:12] not in starts
    return units


def _is_kicker(line: str, title: str) -> bool:
    tag = line.strip("【】")
    return line.startswith("【") or f"（{tag}）" in title or f"({tag})" in title


# --- what was drawn ------------------------------------------------------------------


@dataclass
class Drawn:
    """One printed line: where it stands (points, origin top left), its type and its truth label."""

    x: float
    baseline: float
    size: float
    font: str
    text: str
    width: float
    label: tuple  # (article, field, block)
    char_space: float = 0.0
    jump_text: str | None = None
    hung: str = ""  # marks set past the column edge, drawn after the line
    opens: bool = False  # the first line of a paragraph, set flush (no indent)
    flush: bool = False  # its text reaches the column's right edge
    hidden_start: bool = False  # opens a paragraph the page does not show (`_hidden_start`)

    @property
    def box(self) -> tuple[float, float, float, float]:
        return (self.x, self.baseline - ASCENT * self.size, self.x + self.width, self.baseline + DESCENT * self.size)


@dataclass
class Block:
    """Drawn lines (and photo boxes) of one story, relative to its top left corner."""

    lines: list[Drawn] = field(default_factory=list)
    boxes: list[tuple[float, float, float, float]] = field(default_factory=list)
    height: float = 0.0

    def moved(self, dx: float, dy: float) -> "Block":
        lines = [Drawn(**{**d.__dict__, "x": d.x + dx, "baseline": d.baseline + dy}) for d in self.lines]
        boxes = [(a + dx, b + dy, c + dx, e + dy) for a, b, c, e in self.boxes]
        return Block(lines, boxes, self.height)


@dataclass
class Style:
    """One page's typographic choices."""

    width: float
    height: float
    margin: float
    columns: int
    body: float
    leading: float
    column_width: float
    gutter: float
    cells: int
    body_face: str
    head_face: str
    other_face: str
    indent: str  # spaces | offset | none
    hang: bool

    def span_width(self, span: int) -> float:
        return span * self.column_width + (span - 1) * self.gutter


def choose_style(rng: random.Random, available: list[str]) -> Style:
    width = rng.choice([842.0, 920.0, 992.0])
    margin = round(rng.uniform(28, 46), 1)
    columns = rng.choices([3, 4, 5, 6], [20, 30, 30, 20])[0]
    body = rng.choice([9.0, 9.5, 10.0, 10.5, 11.0])
    cells, column_width, gutter = _grid(width, margin, columns, body)
    hei = HEI in available
    body_face = rng.choice([SONG, HEI]) if hei else SONG
    return Style(
        width=width, height=round(width * 1.414), margin=margin, columns=columns, body=body,
        leading=round(body * rng.uniform(1.35, 1.7), 2), column_width=column_width, gutter=gutter, cells=cells,
        body_face=body_face, head_face=HEI if hei and rng.random() < 0.8 else SONG,
        other_face=HEI if body_face == SONG and hei else SONG,
        indent=rng.choices(["spaces", "offset", "none"], [45, 40, 15])[0], hang=rng.random() < 0.3,
    )


def _grid(width: float, margin: float, columns: int, body: float) -> tuple[int, float, float]:
    """Characters a column line holds, the column width and the gutter, for `columns` across `width`."""
    inner = width - 2 * margin
    cells = int((inner - (columns - 1) * 1.3 * body) / columns / body)
    column_width = cells * body
    return cells, column_width, (inner - columns * column_width) / (columns - 1)


# A page set vertically has more tiers (段) than a page set across has columns: each tier holds
# vertical lines of 12 to 25 characters.
VERTICAL_TIERS = 2


def turned_style(style: Style) -> Style:
    """The style of a page set vertically (竖排), as the page turned a quarter anticlockwise: its
    height across, its width down, each tier of vertical lines a column of lines set across."""
    columns = style.columns + VERTICAL_TIERS
    cells, column_width, gutter = _grid(style.height, style.margin, columns, style.body)
    return Style(**{**style.__dict__, "width": style.height, "height": style.width, "columns": columns,
                    "cells": cells, "column_width": column_width, "gutter": gutter})


def _string_width(text: str, face: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return sum(stringWidth(STAND_IN if missing else run, face, size) for run, missing in _glyph_runs(text, face))


# Set where the face has no glyph for a character, as typesetters mark a missing one (the geta
# mark); the page's text layer still says which character stands there (ActualText).
STAND_IN = "\u3013"


def _glyph_runs(text: str, face: str) -> list[tuple[str, bool]]:
    """`text` in pieces the face can set and single characters it has no glyph for (True).

    WenQuanYi Zen Hei lacks rarer characters (a name's 𫖯 beyond U+FFFF, a
    circled ㊽), which reportlab would leave out of the page without a word;
    STSong-Light, written in UTF-16, would set a character beyond U+FFFF as
    two.  Papers print them from a fuller font or a made glyph.
    """
    from reportlab.pdfbase import pdfmetrics

    glyphs = getattr(getattr(pdfmetrics.getFont(face), "face", None), "charToGlyph", None)

    def missing(ch: str) -> bool:
        return ord(ch) > 0xFFFF or (glyphs is not None and ord(ch) not in glyphs)

    if not any(map(missing, text)):
        return [(text, False)]
    runs: list[tuple[str, bool]] = []
    for ch in text:
        if missing(ch):
            runs.append((ch, True))
        elif runs and not runs[-1][1]:
            runs[-1] = (runs[-1][0] + ch, False)
        else:
            runs.append((ch, False))
    return runs


# --- setting a story ------------------------------------------------------------------


PARAGRAPH_SPACE = 0.5  # of a line: the space between unindented paragraphs


def set_article(units: list[PlanUnit], style: Style, span: int, rng: random.Random) -> Block:
    """A story over `span` columns: its headline block across them, its body flowing down them."""
    block = Block()
    y = 0.0
    heads = [u for u in units if u.field == "headline"]
    if heads:
        y = _set_headlines(heads, style, span, rng, block)
        y += style.body * rng.uniform(0.6, 1.4)
    body = _body_lines(units, style)
    per_column = max(1, math.ceil(len(body) / span))
    top = y
    depth = 0.0
    block.height = top
    for index, line in enumerate(body):
        column, row = divmod(index, per_column)
        if row == 0:
            depth = 0.0
        elif style.indent == "none" and line.label != body[index - 1].label:
            depth += PARAGRAPH_SPACE * style.leading  # unindented paragraphs are set apart, as papers do
        if row == 0 and index:
            line.hidden_start = _hidden_start(body[index - 1], line)
        x0 = column * (style.column_width + style.gutter)
        line.x += x0
        line.baseline = top + depth + row * style.leading + ASCENT * line.size
        block.lines.append(line)
        block.height = max(block.height, top + depth + (row + 1) * style.leading)
    return block


def _set_headlines(heads: list[PlanUnit], style: Style, span: int, rng: random.Random, block: Block) -> float:
    room = style.span_width(span)
    main = style.body * rng.uniform(1.8, 3.4) * (1 + 0.1 * min(span, 4))
    centred = rng.random() < 0.6
    y = 0.0
    for position, unit in enumerate(heads):
        small = unit.kicker or unit.text.startswith("——") or (position and len(heads) > 2 and position == len(heads) - 1)
        size = main * (0.55 if small else 1.0)
        pieces, size = headline_lines(unit.text, style.head_face, size, room, style.body * 1.3)
        for piece, key in zip(pieces, _line_keys(unit, len(pieces))):
            width = _string_width(piece, style.head_face, size)
            x = (room - width) / 2 if centred else 0.0
            y += size * 1.2
            block.lines.append(Drawn(x, y - 0.2 * size, size, style.head_face, piece, width, key))
    return y


# Headline lines wrapped from one of pagegen's headline lines are headline
# lines of their own, as pagegen's titles split over lines are: their truth
# blocks are numbered from here, after the block they were wrapped from.
WRAPPED_BLOCK = 10000


def _line_keys(unit: PlanUnit, count: int) -> list[tuple]:
    return [unit.key] + [(unit.article, unit.field, WRAPPED_BLOCK + 100 * unit.block + n) for n in range(1, count)]


def headline_lines(text: str, face: str, size: float, room: float, smallest: float) -> tuple[list[str], float]:
    """A headline's printed lines and size, at `size` where it fits `room`.

    One line in type made smaller, down to 0.7 of `size`; past that, two
    lines of about equal width, or more where two would need type smaller
    than `smallest` — as papers set a long headline over a narrow story.
    """
    pieces = [text]
    fit = _fit(pieces, face, room)
    if fit < max(smallest, 0.7 * size):
        for count in range(2, len(text) + 1):
            pieces = _balanced(text, count)
            fit = _fit(pieces, face, room)
            if fit >= smallest:
                break
    return pieces, round(max(min(size, fit), smallest), 1)


def _fit(pieces: list[str], face: str, room: float) -> float:
    """The largest size at which every piece fits `room` (with a hair to spare)."""
    return room / max(_string_width(piece, face, 1.0) for piece in pieces) * 0.98


def _balanced(text: str, count: int) -> list[str]:
    """`text` in at most `count` lines of about equal width, broken where Chinese type may break;
    at the spaces between its parts where that is about as even."""
    cells = math.ceil(pagegen.text_width(text) / count)
    while True:
        pieces = [piece.strip() for piece in pagegen.wrap(text, cells)]
        if len(pieces) <= count:
            break
        cells += 1
    pieces = [piece for piece in pieces if piece]
    parts = text.split()
    if len(parts) >= count:
        by_parts = min(([" ".join(parts[a:b]) for a, b in zip((0,) + cuts, cuts + (len(parts),))]
                        for cuts in itertools.combinations(range(1, len(parts)), count - 1)), key=_widest)
        if _widest(by_parts) <= 1.2 * _widest(pieces):
            return by_parts
    return pieces


def _widest(pieces: list[str]) -> float:
    return max(pagegen.text_width(piece) for piece in pieces)


def min_span(units: list[PlanUnit], style: Style) -> int:
    """The fewest columns whose width holds every headline line in two lines at 1.4 times body size."""
    need = max((_string_width(u.text, HEI if style.head_face == HEI else SONG, style.body * 1.4) / 2
                for u in units if u.field == "headline"), default=0.0)
    for span in range(1, style.columns + 1):
        if style.span_width(span) >= need:
            return span
    return style.columns


def _body_lines(units: list[PlanUnit], style: Style) -> list[Drawn]:
    """Everything under the headline as column lines (x relative to the column, baseline unset)."""
    out: list[Drawn] = []
    for unit in units:
        if unit.field == "headline":
            continue
        if unit.field in ("paragraph", "caption"):
            out.extend(_paragraph(unit, style, style.cells, style.body_face))
        elif unit.field == "jump":
            out.append(_aligned(unit.text, unit.key, style, right=unit.text.lstrip("（(").startswith(("下转", "转"))))
        elif unit.field == "credit":
            out.append(_aligned(unit.text, unit.key, style, right=True, face=style.other_face))
        else:  # a byline line, or a furniture line set between stories
            for piece in name_lines(unit.text, style.cells):
                out.append(_aligned(piece, unit.key, style, right=False, face=style.other_face))
    return out


# A name spaced out character by character (王 正) is one part; else what spaces set apart.
_NAME_PARTS = re.compile(r"(?<!\S)\S(?: \S)+(?!\S)|\S+")


def name_lines(text: str, cells: float) -> list[str]:
    """A byline or editors' line wrapped between its names, as typesetters break it, not inside a
    name or a title (本报通讯/员, 王/雷); a part wider than the column is wrapped as text is."""
    lines: list[str] = []
    for part in _NAME_PARTS.findall(text):
        joined = f"{lines[-1]} {part}" if lines else part
        if lines and pagegen.text_width(joined) <= cells:
            lines[-1] = joined
        else:
            lines.extend(pagegen.wrap(part, cells))
    return lines


def _aligned(text: str, key: tuple, style: Style, right: bool, face: str | None = None) -> Drawn:
    face = face or style.body_face
    width = _string_width(text, face, style.body)
    size = style.body
    if width > style.column_width:
        size = round(style.body * style.column_width / width, 2)
        width = style.column_width
    x = style.column_width - width if right else 0.0
    return Drawn(x, 0.0, size, face, text, width, key)


def _paragraph(unit: PlanUnit, style: Style, cells: int, face: str) -> list[Drawn]:
    """A paragraph wrapped at the column width: indented, justified, hanging or squeezed punctuation."""
    indent = style.indent != "none" and not unit.tail
    lead = 2 if indent else 0
    prefix = unit.prefix_jump or ""
    pieces = pagegen.wrap(unit.text, cells, lead + pagegen.text_width(prefix))
    if not pieces:
        return []
    labels = [None] * len(pieces)
    if prefix:
        pieces[0], labels[0] = prefix + pieces[0].lstrip(), prefix
    extra: list[Drawn] = []
    if unit.suffix_jump:
        if pagegen.text_width(pieces[-1]) + pagegen.text_width(unit.suffix_jump) + lead * (len(pieces) == 1) <= cells:
            pieces[-1], labels[-1] = pieces[-1].rstrip() + unit.suffix_jump, unit.suffix_jump
        else:  # no room left on the line: the jump line stands on its own
            extra.append(_aligned(unit.suffix_jump, (unit.article, "jump", 1000 + unit.block), style, right=True))
    out = []
    for index, (piece, jump) in enumerate(zip(pieces, labels)):
        offset = 0.0
        if index == 0 and indent:
            if style.indent == "spaces":
                piece = "\u3000\u3000" + piece
            else:
                offset = 2 * style.body
        line = _justified(piece, offset, unit.key, style, face, last=index == len(pieces) - 1, jump=jump)
        line.opens = index == 0 and not indent
        out.append(line)
    return out + extra


def _justified(text: str, offset: float, key: tuple, style: Style, face: str, last: bool, jump) -> Drawn:
    room = style.column_width - offset
    core, hung = text, ""
    if style.hang:
        stripped = text.rstrip(HANGING)
        if stripped and len(text) - len(stripped) == 1:  # two marks at a line end are squeezed in
            core, hung = stripped, text[len(stripped):]
    natural = _string_width(core, face, style.body)
    gaps = max(1, len(core) - 1)
    space = 0.0
    if natural > room or (not last and natural < room - 0.3 * style.body and not hung):
        space = (room - natural) / gaps
    elif hung and not last and natural < room:
        space = (room - natural) / gaps
    width = natural + space * (len(core) - 1)
    hung_width = _string_width(hung, face, style.body) if hung else 0.0
    # A last line within the generator's own stretch tolerance of the edge looks like a full one.
    return Drawn(offset, 0.0, style.body, face, core, width + hung_width, key, char_space=space,
                 jump_text=jump, hung=hung, flush=width + hung_width >= room - 0.3 * style.body)


def set_photo(units: list[PlanUnit], style: Style, span: int, rng: random.Random) -> Block:
    """A photo: an optional title, a grey box, the caption under it across the box, the credit right."""
    block = Block()
    room = style.span_width(span)
    cells = int(room / style.body)
    y = 0.0
    for unit in units:
        if unit.field == "headline":
            fit = room / _string_width(unit.text, style.head_face, 1.0)
            if fit >= style.body * 1.3:
                pieces, size = [unit.text], round(min(style.body * 1.5, fit), 1)
            else:  # a long title over a narrow photo is wrapped, not set in small type
                pieces, size = headline_lines(unit.text, style.head_face, style.body * 1.5, room, style.body * 1.3)
            for piece, key in zip(pieces, _line_keys(unit, len(pieces))):
                width = _string_width(piece, style.head_face, size)
                y += size * 1.3
                block.lines.append(Drawn(0.0, y - 0.2 * size, size, style.head_face, piece, width, key))
            y += style.body * 0.5
    photo_height = round(room * rng.uniform(0.45, 0.75), 1)
    block.boxes.append((0.0, y, room, y + photo_height))
    y += photo_height + style.body * 0.6
    wide = Style(**{**style.__dict__, "column_width": room, "cells": cells, "indent": "none"})
    lines: list[Drawn] = []
    for unit in units:
        if unit.field == "caption":
            lines.extend(_paragraph(unit, wide, cells, style.other_face))
        elif unit.field == "credit":
            lines.append(_aligned(unit.text, unit.key, wide, right=True, face=style.other_face))
    for index, line in enumerate(lines):
        line.baseline = y + ASCENT * line.size
        line.hidden_start = index > 0 and _hidden_start(lines[index - 1], line)
        y += style.leading
        block.lines.append(line)
    block.height = y
    return block


def _hidden_start(before: Drawn, line: Drawn) -> bool:
    """Whether `line` opens a paragraph that the page does not show: set flush, with no space over
    it (at a column's top, or in a caption), under a line of the same story that fills its measure.
    A reader sees one paragraph running on; the truth has two."""
    text_fields = ("paragraph", "caption")
    return (line.opens and before.flush and before.label[0] == line.label[0]
            and before.label[1] in text_fields and line.label[1] in text_fields)


# --- the page -----------------------------------------------------------------------


@dataclass
class Story:
    article: int | None
    units: list[PlanUnit]
    photo: bool


def stories_of(units: list[PlanUnit], page: dict) -> tuple[list[PlanUnit], list[Story], list[PlanUnit]]:
    """Header furniture, the stories in order, and the furniture set at the foot of the page."""
    top: list[PlanUnit] = []
    while units and units[0].article is None and len(top) < 3:
        top.append(units.pop(0))
    stories: list[Story] = []
    foot: list[PlanUnit] = []
    for unit in units:
        if unit.article is None:
            foot.append(unit)
        elif stories and stories[-1].article == unit.article:
            stories[-1].units.append(unit)
        else:
            stories.append(Story(unit.article, [unit], page["articles"][unit.article]["kind"] == "photo"))
    return top, stories, foot


def _span(story: Story, style: Style, rng: random.Random, lead: bool) -> int:
    if story.photo:
        return rng.randint(1, max(1, min(3, style.columns - 1)))
    chars = sum(len(u.text) for u in story.units if u.field != "headline")
    low = min_span(story.units, style)
    target = rng.uniform(14, 42)  # lines per column
    best = max(range(low, style.columns + 1), key=lambda k: -abs(chars / style.cells / k - target))
    if lead and rng.random() < 0.6:
        best = max(best, style.columns - rng.randint(0, 1))
    return max(low, best)


@dataclass
class _Slot:
    """Columns of a row holding one story, or several stacked."""

    column: int
    span: int
    blocks: list[Block]
    gap: float

    @property
    def height(self) -> float:
        return sum(b.height for b in self.blocks) + self.gap * max(0, len(self.blocks) - 1)


def typeset(page: dict, corpus: pagegen.Corpus, seed: int, available: list[str] | None = None,
            vertical: bool = False) -> dict:
    """The page as a PDF (`pdf`, bytes) and its truth (pagegen's, plus `drawn`, `regions`, `style`).

    `vertical` sets it in vertical type (竖排, as Hong Kong and Taiwan papers and the mainland's
    before 1956 are): the page is laid out as across, on a page turned a quarter anticlockwise
    (`turned_style`), and each line is drawn down the real page, lines right to left, a headline
    at the right of its story.  The truth's boxes (`drawn`, `photos`, `regions`) are on the real
    page; `turned_width` is its width, about which `turned` takes a box into the frame it was laid out in.
    """
    available = available or faces()
    rng = random.Random(pagegen._stable("pdfgen", page["name"], seed))
    style = choose_style(rng, available)
    if vertical:
        style = turned_style(style)
    top, stories, foot = stories_of(plan_units(page, corpus), page)
    drawn: list[Drawn] = []
    boxes: dict[int, list] = defaultdict(list)
    rules: list[tuple[float, float, float, float]] = []
    y = style.margin
    if top:
        y = _set_header(top, style, rng, drawn, y)
        rules.append((style.margin, y, style.width - style.margin, y))
        y += style.body * 1.5

    gap = style.body * rng.uniform(1.6, 2.6)
    rows: list[list[_Slot]] = []
    for position, story in enumerate(stories):
        wanted = _span(story, style, rng, lead=position == 0)
        need = min_span(story.units, style)  # a headline wraps in two lines at most over its story
        setter = set_photo if story.photo else set_article
        row = rows[-1] if rows else None
        room = style.columns - sum(s.span for s in row) if row else 0
        if row is not None and need <= room:
            span = min(wanted, room)
            if position == len(stories) - 1 or room == span or rng.random() < 0.3:
                span = span if story.photo else room
            span = max(span, need)
            row.append(_Slot(style.columns - room, span, [setter(story.units, style, span, rng)], gap))
            continue
        if row is not None:
            height = max(s.height for s in row)
            shortest = min(row, key=lambda s: s.height)
            if need <= shortest.span:
                block = setter(story.units, style, shortest.span, rng)
                if shortest.height + gap + block.height <= height * 1.05:
                    shortest.blocks.append(block)
                    continue
        rows.append([_Slot(0, wanted, [setter(story.units, style, wanted, rng)], gap)])

    for row in rows:
        height = 0.0
        for slot in row:
            x = style.margin + slot.column * (style.column_width + style.gutter)
            top_y = y
            for block in slot.blocks:
                placed = block.moved(x, top_y)
                drawn.extend(placed.lines)
                article = placed.lines[0].label[0] if placed.lines else None
                if article is not None:
                    boxes[article].extend(placed.boxes)
                top_y += block.height + gap
            height = max(height, top_y - gap - y)
        y += height + gap
        rules.append((style.margin, y - gap / 2, style.width - style.margin, y - gap / 2))

    if foot:
        y = _set_foot(foot, style, rng, drawn, y)
    style.height = max(style.height, math.ceil(y + style.margin))
    rules = rules[:-1] if not foot else rules
    pdf = _render_vertical(drawn, boxes, rules, style) if vertical else _render(drawn, boxes, rules, style)
    on_page = (lambda box: upright(box, style.height)) if vertical else tuple
    truth = {**{k: v for k, v in page.items() if k not in ("text", "lines")},
             "articles": _headlines_as_drawn(page["articles"], drawn),
             "seed": seed, "pdf": pdf,
             "style": {k: v for k, v in style.__dict__.items()},
             "drawn": [_drawn_dict(d, on_page) for d in drawn],
             "photos": {str(k): [list(on_page(box)) for box in v] for k, v in boxes.items()},
             "regions": [box and list(on_page(box)) for box in article_regions(drawn, boxes, len(page["articles"]))]}
    return {**truth, "turned_width": style.height} if vertical else truth


def upright(box, width: float) -> tuple:
    """A box of a vertical page's turned frame on the real page, `width` wide: (x, y) → (width − y, x)."""
    x0, y0, x1, y1 = box
    return (round(width - y1, 2), x0, round(width - y0, 2), x1)


def turned(box, width: float) -> tuple:
    """A box on a real page `width` wide in its turned frame: (x, y) → (y, width − x), a line
    running down it one running right, the next line to its left the next one down."""
    x0, y0, x1, y1 = box
    return (y0, round(width - x1, 2), y1, round(width - x0, 2))


def _headlines_as_drawn(articles: list[dict], drawn: list[Drawn]) -> list[dict]:
    """pagegen's articles, each headline as printed: a wrapped headline is one truth line a printed line."""
    printed: dict[int, list[str]] = defaultdict(list)
    for line in drawn:
        if line.label[0] is not None and line.label[1] == "headline":
            printed[line.label[0]].append(line.text)
    return [dict(article, headline=printed[index]) if index in printed else article
            for index, article in enumerate(articles)]


def _set_header(units: list[PlanUnit], style: Style, rng: random.Random, drawn: list[Drawn], y: float) -> float:
    inner = style.width - 2 * style.margin
    for unit in units:
        masthead = len(unit.text) <= 6 and " " not in unit.text and unit.text.endswith(("报", "讯"))
        size = round(style.body * rng.uniform(2.6, 3.6), 1) if masthead else round(style.body * rng.uniform(0.9, 1.05), 1)
        face = style.head_face if masthead else style.other_face
        pieces = unit.text.split(" ", 1) if " " in unit.text and not masthead and rng.random() < 0.5 else [unit.text]
        y += size * 1.25
        for index, piece in enumerate(pieces):
            width = _string_width(piece, face, size)
            if len(pieces) == 2:
                x = style.margin if index == 0 else style.width - style.margin - width
            elif masthead or rng.random() < 0.5:
                x = style.margin + (inner - width) / 2
            else:
                x = style.margin
            drawn.append(Drawn(x, y - 0.2 * size, size, face, piece, width, unit.key))
        y += size * 0.3
    return y


def _set_foot(units: list[PlanUnit], style: Style, rng: random.Random, drawn: list[Drawn], y: float) -> float:
    size = round(style.body * rng.uniform(0.8, 0.95), 1)
    right = rng.random() < 0.5
    for unit in units:
        width = _string_width(unit.text, style.other_face, size)
        x = style.width - style.margin - width if right else style.margin
        y += size * 1.5
        drawn.append(Drawn(x, y - 0.2 * size, size, style.other_face, unit.text, width, unit.key))
    return y


def article_regions(drawn: list[Drawn], photos: dict[int, list], count: int) -> list[list[float] | None]:
    """Each article's box on the page (the union of its lines and photo), in PDF points, origin top left."""
    boxes: dict[int, list] = defaultdict(list)
    for line in drawn:
        if line.label[0] is not None:
            boxes[line.label[0]].append(line.box)
    for article, extra in photos.items():
        boxes[article].extend(extra)
    out: list[list[float] | None] = []
    for index in range(count):
        found = boxes.get(index)
        out.append([round(f(b[i] for b in found), 2) for f, i in ((min, 0), (min, 1), (max, 2), (max, 3))]
                   if found else None)
    return out


def _drawn_dict(line: Drawn, on_page=tuple) -> dict:
    out = {"text": line.text + line.hung, "box": [round(v, 2) for v in on_page(line.box)], "size": line.size,
           "font": line.font, "article": line.label[0], "field": line.label[1], "block": line.label[2]}
    if line.jump_text:
        out["jump_text"] = line.jump_text
    if line.hidden_start:
        out["hidden_start"] = True
    return out


def _render(drawn: list[Drawn], photos: dict[int, list], rules: list, style: Style) -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=(style.width, style.height), pageCompression=1)
    height = style.height
    for number, (x0, y0, x1, y1) in enumerate(box for boxes in photos.values() for box in boxes):
        pdf.drawImage(_photo(number, x1 - x0, y1 - y0), x0, height - y1, x1 - x0, y1 - y0)
    pdf.setLineWidth(0.5)
    for x0, y0, x1, y1 in rules:
        pdf.line(x0, height - y0, x1, height - y1)
    for line in drawn:
        _draw(pdf, line.x, height - line.baseline, line.text, line.font, line.size, line.char_space)
        if line.hung:
            x = line.x + line.width - _string_width(line.hung, line.font, line.size)
            _draw(pdf, x, height - line.baseline, line.hung, line.font, line.size, 0.0)
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def _draw(pdf, x: float, y: float, text: str, face: str, size: float, char_space: float) -> None:
    """One line; a character the face has no glyph for is the stand-in mark, its text the character."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    pdf.setFont(face, size)
    for run, missing in _glyph_runs(text, face):
        if missing:
            pdf._code.append(f"/Span <</ActualText <FEFF{run.encode('utf-16-be').hex().upper()}>>> BDC")
        pdf.drawString(x, y, STAND_IN if missing else run, charSpace=char_space)
        if missing:
            pdf._code.append("EMC")
        x += stringWidth(STAND_IN if missing else run, face, size) + char_space * len(run)


# Set lying along a vertical line, turned a quarter clockwise: brackets, dashes and ellipses (their
# vertical forms), and any character narrower than a full em (Latin letters, digits), as vertical
# type sets them.  Other full-width characters, and the marks ，。、：；？！, stand upright.
LYING = frozenset("（）《》「」『』【】〔〕〈〉—…～")


def _render_vertical(drawn: list[Drawn], photos: dict[int, list], rules: list, style: Style) -> bytes:
    """A page laid out across on its turned frame (`turned_style`) drawn in vertical type: each
    character of a line one under the other down the real page, at the place its turn puts it."""
    from reportlab.pdfgen import canvas

    width, height = style.height, style.width  # of the real page
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=(width, height), pageCompression=1)
    for number, box in enumerate(box for boxes in photos.values() for box in boxes):
        x0, y0, x1, y1 = upright(box, width)
        pdf.drawImage(_photo(number, x1 - x0, y1 - y0), x0, height - y1, x1 - x0, y1 - y0)
    pdf.setLineWidth(0.5)
    for x0, y0, x1, y1 in rules:
        pdf.line(width - y0, height - x0, width - y1, height - x1)
    for line in drawn:
        _draw_down(pdf, width - line.baseline, line.x, line.text, line.font, line.size, line.char_space, height)
        if line.hung:
            along = line.x + line.width - _string_width(line.hung, line.font, line.size)
            _draw_down(pdf, width - line.baseline, along, line.hung, line.font, line.size, 0.0, height)
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def _draw_down(pdf, foot: float, top: float, text: str, face: str, size: float, char_space: float,
               height: float) -> None:
    """One line of vertical type from `top` down (points from the page's top): each character in
    its cell, the line's foot (its baseline turned) `foot` from the page's left edge.  An upright
    character stands on the column's left edge at its cell's foot; a lying one is turned a quarter
    clockwise, its baseline down the column, its body centred on the column."""
    from reportlab.pdfbase.pdfmetrics import getAscentDescent

    left = foot - DESCENT * size
    ascent, descent = getAscentDescent(face, size)
    lying_baseline = left + (size - ascent - descent) / 2
    for ch in text:
        advance = _string_width(ch, face, size)
        if ch in LYING or advance < 0.9 * size:
            pdf.saveState()
            pdf.translate(lying_baseline, height - top)
            pdf.rotate(-90)
            _draw(pdf, 0.0, 0.0, ch, face, size, 0.0)
            pdf.restoreState()
        else:
            _draw(pdf, left, height - top - ASCENT * size, ch, face, size, 0.0)
        top += advance + char_space


def _photo(number: int, width: float, height: float):
    """A stand-in photo as an image, as e-paper PDFs hold photos: soft light shapes, no detail
    that OCR of a rendered page could take for text."""
    import numpy as np
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    rows, columns = 48, max(8, round(48 * width / height))
    y, x = np.mgrid[0:rows, 0:columns] / np.array([rows, columns]).reshape(2, 1, 1)
    centre = ((0.3 + 0.4 * ((number * 0.37) % 1)), (0.3 + 0.4 * ((number * 0.61) % 1)))
    shade = 200 + 30 * (x - y) - 45 * np.exp(-((x - centre[0]) ** 2 + (y - centre[1]) ** 2) * 12)
    return ImageReader(Image.fromarray(np.clip(shade, 120, 235).astype(np.uint8), mode="L"))


# --- truth for what a reader gives back ------------------------------------------------------


def truth_for_lines(truth: dict, lines, turned_width: float | None = None) -> tuple[dict, Counter]:
    """bench/accuracy.py's truth for a reader's `Line`s: each line takes the label of the drawn
    line it covers most; also counts of reading faults (lines merged across labels, drawn lines lost).
    Lines read on a vertical page turned a quarter (`SourcePage.turned`) are matched on it turned.
    """
    drawn = truth["drawn"]
    if turned_width is not None:
        drawn = [dict(item, box=turned(item["box"], turned_width)) for item in drawn]
    by_row: dict[int, list[int]] = defaultdict(list)
    for index, item in enumerate(drawn):
        top, bottom = item["box"][1], item["box"][3]
        for row in range(int(top // 8), int(bottom // 8) + 1):
            by_row[row].append(index)
    faults: Counter = Counter(lines=len(lines), drawn=len(drawn))
    covered: set[int] = set()
    entries = []
    for line in lines:
        box = line.bbox
        middle = (box.y0 + box.y1) / 2
        overlaps: dict[int, float] = {}
        for index in by_row.get(int(middle // 8), []):
            x0, y0, x1, y1 = drawn[index]["box"]
            if y0 <= middle <= y1:
                overlap = min(x1, box.x1) - max(x0, box.x0)
                if overlap > 0:
                    overlaps[index] = overlap
        if not overlaps:
            faults["unmatched"] += 1
            continue
        best = max(overlaps, key=overlaps.get)
        covered.update(overlaps)
        keys = {_key(drawn[i]) for i in overlaps if overlaps[i] > 0.5 * drawn[i]["size"]}
        if len(keys) > 1:
            faults["merged"] += 1
            faults["merged across articles"] += len({k[0] for k in keys}) > 1
        entries.append({"n": line.number, "article": drawn[best]["article"], "field": drawn[best]["field"],
                        "block": drawn[best]["block"]})
    faults["lost"] = len(drawn) - len(covered)
    placed = dict(truth, lines=entries)
    return placed, faults


def _key(item: dict) -> tuple:
    return item["article"], item["field"], item["block"]


def truth_for_text(truth: dict, text: str) -> dict:
    """bench/accuracy.py's truth for plain text from another extractor: a text line takes the label of
    a drawn line with the same text (whitespace aside), taken in order; lines with no such twin are
    left out of the boundary count."""
    waiting: dict[str, list[dict]] = defaultdict(list)
    for item in truth["drawn"]:
        waiting[pagegen._nonspace(item["text"])].append(item)
    entries = []
    for number, raw in enumerate(text.split("\n")):
        twins = waiting.get(pagegen._nonspace(raw))
        if raw.strip() and twins:
            item = twins.pop(0)
            entries.append({"n": number, "article": item["article"], "field": item["field"], "block": item["block"]})
    return dict(truth, text=text, lines=entries)


# --- generating --------------------------------------------------------------------------------


def generate(shared: Path, split: str, count: int, seed: int = 0, only: list[str] | None = None,
             vertical: bool = False) -> list[dict]:
    """`count` typeset pages of `split` with their truth (see `typeset`); same seed, same pages.

    `only` limits the faces to those named, so that pages come out the same on
    machines with and without WenQuanYi installed (the CI floor uses STSong-Light).
    `vertical` sets them in vertical type.
    """
    corpus = pagegen.load(Path(shared))
    available = [face for face in faces() if only is None or face in only]
    return [typeset(page, corpus, seed, available, vertical)
            for page in pagegen.generate(shared, split, count, seed)]


def iterate(shared: Path, split: str, count: int, seed: int = 0, vertical: bool = False):
    """Like `generate`, one page at a time (a PDF page is large: keep few in memory)."""
    corpus = pagegen.load(Path(shared))
    available = faces()
    for page in pagegen.generate(shared, split, count, seed):
        yield typeset(page, corpus, seed, available, vertical)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=pagegen.SPLITS, default="dev")
    parser.add_argument("--count", type=int, default=10)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--shared", type=Path, default=pagegen.DEFAULT_SHARED)
    parser.add_argument("--out", type=Path, required=True, help="folder for NNNN.pdf + NNNN.json")
    parser.add_argument("--vertical", action="store_true", help="set the pages in vertical type (竖排)")
    args = parser.parse_args(argv)
    if not (args.shared / pagegen.ARTICLES_FILE).is_file():
        print(f"{args.shared}: no corpus there (corpus/news_articles.jsonl)", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    found = faces()
    for index, page in enumerate(iterate(args.shared, args.split, args.count, args.seed, args.vertical)):
        (args.out / f"{index:04d}.pdf").write_bytes(page.pop("pdf"))
        (args.out / f"{index:04d}.json").write_text(json.dumps(page, ensure_ascii=False, indent=1) + "\n",
                                                    encoding="utf-8")
    print(f"{args.count} PDF pages ({args.split}, seed {args.seed}, faces: {', '.join(found)}) in {args.out}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
