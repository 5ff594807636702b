"""PDF pages with a text layer: characters and their boxes to `Line`s in reading order.

The order text was written into a PDF says nothing about the order it is read
in, so it is thrown away: characters are grouped into runs on a baseline,
the runs are cut into blocks and columns by the white space between them
(a recursive XY cut), and the blocks are read top to bottom, columns left
to right.  A blank line (`gap_before`) is emitted where a column or block
ends, which is what the text path reads as a column end, so the rebuild
takes PDF lines unchanged.
"""

from __future__ import annotations

import ctypes
import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from operator import attrgetter
from typing import NamedTuple

from banmian.errors import InputError, NoTextLayer
from banmian.model import BBox, Line
from banmian.read import SourcePage

# A gap wider than this (in ems of the smaller type beside it) ends a run:
# inside a column, justified Chinese text never spaces its characters this far
# apart, and a headline beside a column of body type is apart from it.
_RUN_GAP = 0.5
# After a closing mark, a gap this much (in ems) wider than the line's letter
# spacing ends a run: the mark hangs past its column's edge into the gutter,
# half of it blank, and the gap after it is the rest of the gutter.
_HUNG_GAP = 0.15
# White space taller than this (in ems) between two lines is a block break.
_BLOCK_GAP = 1.0
# White space this tall (in ems of body type) across columns sets stories apart.
_STORY_GAP = 1.8
# A line starting this far (in ems) right of its column's left edge is indented.
_INDENT = 0.8
# ...and no further: a line this far right stands in a column of its own.
_INDENT_MAX = 4.0
# Characters whose baselines differ by less than this (in ems) sit on one line.
_BASELINE = 0.3
# Type this many times the page's body size is headline type.
_HEADLINE = 1.2
# The same character printed again less than this (in ems) away is one character.
_OVERPRINT = 0.2
# White space taller than this (in ems of the smaller type) between a line of
# display type and one of body type is a block break: papers set a headline
# closer to its story than stories are set apart.
_TYPE_CHANGE_GAP = 0.2
_CLOSING_MARKS = frozenset("，。、；：？！）》」』】”’")

NO_TEXT = "no text layer (a scanned PDF)"
NO_CONTENT = "no text and no images on any page (a blank or damaged PDF)"


class Char(NamedTuple):
    """A printed character; `baseline` is the foot of its loose box (the font's descent below the baseline)."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    baseline: float
    size: float


_TEXT, _X0, _Y0, _X1, _Y1, _BASELINE_OF, _SIZE = (
    attrgetter(name) for name in ("text", "x0", "y0", "x1", "y1", "baseline", "size"))
_BY_BASELINE = attrgetter("baseline", "x0", "text")
_BY_X = attrgetter("x0", "text")
_HAS_SPACE = re.compile(r"\s")


@dataclass(frozen=True)
class _Run:
    """Characters side by side on one baseline, with no wide gap between them."""

    chars: tuple[Char, ...]
    x0: float
    y0: float
    x1: float
    y1: float
    ink_x1: float  # the right edge less the blank half of closing marks hung past it
    baseline: float
    size: float


class TextLayer(NamedTuple):
    """What a PDF's text layer holds: the pages with text, and which pages are pictures without any."""

    pages: list[SourcePage]
    scanned: list[int]  # 0-based page numbers


def read_text_layer(data: bytes, name: str) -> TextLayer:
    pages, scanned = [], []
    for index, (chars, has_images) in enumerate(_page_chars(data)):
        lines = page_lines(chars)
        if lines:
            pages.append(SourcePage(name=name, text=page_text(lines), lines=lines, index=index))
        elif has_images:
            scanned.append(index)
    return TextLayer(pages, scanned)


def read_pdf(data: bytes, name: str) -> list[SourcePage]:
    """One `SourcePage` per PDF page that has text; `InputError` if none has."""
    layer = read_text_layer(data, name)
    if not layer.pages:
        # Pages of pictures and no text are a scan; no pictures either is a
        # blank page or content streams too damaged to read.
        raise NoTextLayer(NO_TEXT) if layer.scanned else InputError(NO_CONTENT)
    return layer.pages


def _page_chars(data: bytes) -> list[tuple[list[Char], bool]]:
    """Every page's characters (boxes in points, origin top left) and, for a page without
    text, whether it has images."""
    return map_pages(data, _chars)


def map_pages(data: bytes, read: Callable, numbers: list[int] | None = None) -> list:
    """`read` of every page of the PDF in `data` (or of the 0-based `numbers` given), in order;
    a damaged file or page is an `InputError`."""
    try:
        import pypdfium2 as pdfium
    except ImportError:
        raise InputError("reading PDFs needs pypdfium2 (pip install pypdfium2)") from None
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        raise InputError(f"corrupt or unreadable PDF: {_reason(error)}") from None
    try:
        return [read(document[index]) for index in (range(len(document)) if numbers is None else numbers)]
    except pdfium.PdfiumError as error:
        raise InputError(f"corrupt PDF page: {_reason(error)}") from None
    finally:
        document.close()


def _reason(error: Exception) -> str:
    return " ".join(str(error).split()) or type(error).__name__


def _chars(page) -> tuple[list[Char], bool]:
    import pypdfium2.raw as raw

    left, _, _, top = page.get_cropbox()
    textpage = page.get_textpage()
    handle = textpage.raw
    # This loop runs once per printed character and is most of the reader's
    # time: pdfium is called directly, with one set of out-parameters, and
    # asked only for a character's code, box and size.
    rect, matrix = raw.FS_RECTF(), raw.FS_MATRIX()
    rect_ref, matrix_ref = ctypes.byref(rect), ctypes.byref(matrix)
    unicode, generated, box = raw.FPDFText_GetUnicode, raw.FPDFText_IsGenerated, raw.FPDFText_GetLooseCharBox
    font_size, get_matrix = raw.FPDFText_GetFontSize, raw.FPDFText_GetMatrix
    printed: dict[tuple[float, float], float] = {}
    chars: list[Char] = []
    try:
        count = raw.FPDFText_CountChars(handle)
        codes = _codes(raw, handle, count)
        for index in range(count):
            code = codes[index]
            if code <= 32 and generated(handle, index) == 1:
                # pdfium's own guesses at spaces and line ends.  Only a word space
                # between Latin letters is kept: Latin text is often set with no
                # space characters at all, and Chinese needs none.
                if code == 32 and chars and _latin(ord(chars[-1].text[-1])) and _latin(unicode(handle, index + 1)):
                    chars.append(chars[-1]._replace(text=" ", x0=chars[-1].x1))
                continue
            if code in (0xFFFE, 0xFFFF) or (code < 32 and code != 9):
                continue  # no character, or a line break: lines are found from the boxes
            box(handle, index, rect_ref)
            if 0xDC00 <= code <= 0xDFFF:
                # The second half of a character beyond U+FFFF (rare names, 𠮷).
                if chars and 0xD800 <= ord(chars[-1].text[-1]) <= 0xDBFF:
                    pair = (chars[-1].text + chr(code)).encode("utf-16", "surrogatepass")
                    chars[-1] = chars[-1]._replace(text=pair.decode("utf-16"), x1=max(chars[-1].x1, rect.right - left))
                continue
            # The printed size is the size set times the vertical scale of the
            # text matrix: PDFs often set a font at size 1 and scale it up.  The
            # same set size in a box of the same height is the same printed size.
            height = rect.top - rect.bottom
            key = (font_size(handle, index), round(height, 2))
            size = printed.get(key)
            if size is None:
                size = key[0]
                if get_matrix(handle, index, matrix_ref):
                    size *= math.hypot(matrix.c, matrix.d) or 1.0
                size = printed[key] = round(size or height, 2)
            # A loose box stands on the font's descent below the baseline: its
            # foot is a baseline for lining characters up.
            foot = top - rect.bottom
            chars.append(Char(chr(code), rect.left - left, top - rect.top, rect.right - left, foot, foot, size))
        # A first half whose second half never came cannot be written out as text.
        chars = [c for c in chars if not 0xD800 <= ord(c.text[-1]) <= 0xDFFF]
        # Only a page without text is asked for images (it may be a scan): walking
        # the page's objects costs as much as reading its characters.
        images = not chars and any(True for _ in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=3))
    finally:
        textpage.close()
        page.close()
    return chars, images


def _codes(raw, handle, count: int) -> list[int]:
    """Every character's UTF-16 code unit, in one call where pdfium gives one unit per character."""
    buffer = (ctypes.c_ushort * (count + 1))()
    written = raw.FPDFText_GetText(handle, 0, count, buffer)
    if written == count + 1:  # the trailing NUL
        return buffer[:count]
    return [raw.FPDFText_GetUnicode(handle, index) for index in range(count)]


def _latin(code: int) -> bool:
    """A letter, digit or sign of Latin script (one before the CJK blocks), not a space."""
    return 32 < code < 0x2E80


def page_lines(chars: list[Char]) -> list[Line]:
    """Characters to numbered `Line`s in reading order, blank lines counted."""
    printed = [c for c in chars if not c.text.isspace()]
    if not printed:
        return []
    body = _common_size(printed)
    runs = _runs(chars, body)
    blocks: list[tuple[float, list[list[_Run]]]] = []
    _cut(runs, min(run.x0 for run in runs), body, blocks)
    lines: list[Line] = []
    number = 0
    for left, rows in blocks:
        for position, row in enumerate(rows):
            gap = 1 if lines and position == 0 else 0
            number += gap
            lines.append(_line(row, number, gap, left))
            number += 1
    return lines


def page_text(lines: list[Line]) -> str:
    """The lines as text whose line numbers are the `Line.number`s (indents as two full-width spaces)."""
    out: list[str] = []
    for line in lines:
        out.extend([""] * line.gap_before)
        out.append(("\u3000\u3000" if line.indent else "") + line.text)
    return "\n".join(out) + "\n"


def _runs(chars: list[Char], body: float) -> list[_Run]:
    """Group characters by baseline, then cut each baseline at wide gaps.

    A gap is measured in ems of the smaller type beside it, and of the body
    type at most: two headlines of stories side by side are a gutter apart,
    however large they are set.
    """
    # Written out longhand: this runs once per character.
    rows: list[list[Char]] = []
    row: list[Char] = []
    start = start_size = 0.0
    for char in sorted(chars, key=_BY_BASELINE):
        if row and char.baseline - start <= _BASELINE * (char.size if char.size > start_size else start_size):
            row.append(char)
        else:
            row = [char]
            rows.append(row)
            start, start_size = char.baseline, char.size
    runs: list[_Run] = []
    for row in rows:
        row.sort(key=_BY_X)
        current: list[Char] = []
        reach = 0.0  # right edge of the run so far
        spacing = 0.0  # the gap before the run's last character: its line's letter spacing
        for char in row:
            x0, size = char.x0, char.size
            if current:
                last = current[-1]
                if x0 < last.x1 - 0.5 * size and _overprinted(char, current[-4:]):
                    continue
                gap = x0 - reach
                em = min(size, last.size, body)
                if gap > _RUN_GAP * em or (last.text in _CLOSING_MARKS and gap > spacing + _HUNG_GAP * em):
                    runs.extend(_make_run(current))
                    current = []
                    reach = 0.0
                spacing = gap if gap > 0 else 0.0
            current.append(char)
            if char.x1 > reach:
                reach = char.x1
        runs.extend(_make_run(current))
    return runs


def _ink_right(char: Char) -> float:
    """Where the character's ink ends: a full-width closing mark is inked in its left half only.

    Papers hang such marks past the column edge, into the gutter; the half
    left blank is what keeps the gutter a gap.
    """
    return char.x0 + 0.5 * (char.x1 - char.x0) if char.text in _CLOSING_MARKS else char.x1


def _overprinted(char: Char, before: list[Char]) -> bool:
    """Is this a copy of a character just printed over it?

    Chinese PDFs fake bold headlines by printing the same text two or more
    times a fraction of a point apart; the copies are one character.
    """
    near = _OVERPRINT * char.size
    return any(c.text == char.text and abs(c.x0 - char.x0) < near and abs(c.baseline - char.baseline) < near
               for c in before)


def _make_run(chars: list[Char]) -> list[_Run]:
    """A run of the characters, spaces at its ends left out; none if it is all spaces."""
    start, end = 0, len(chars)
    while start < end and chars[start].text.isspace():
        start += 1
    while end > start and chars[end - 1].text.isspace():
        end -= 1
    kept = tuple(chars[start:end])
    if not kept:
        return []
    rights = list(map(_X1, kept))
    x1 = max(rights)
    if kept[-1].text in _CLOSING_MARKS:  # the last character, by x: only it can hang
        ink_x1 = max([_ink_right(kept[-1])] + rights[:-1])
    else:
        ink_x1 = x1
    return [_Run(
        chars=kept, x0=min(map(_X0, kept)), y0=min(map(_Y0, kept)), x1=x1, y1=max(map(_Y1, kept)),
        ink_x1=ink_x1,
        baseline=kept[len(kept) // 2].baseline, size=_common_size(kept),
    )]


def _common_size(chars) -> float:
    sizes = list(map(_SIZE, chars))
    if 2 * sizes.count(sizes[0]) > len(sizes):  # nearly always: a line is set in one size
        return sizes[0]
    return Counter(c.size for c in chars if not c.text.isspace()).most_common(1)[0][0]


def _cut(runs: list[_Run], left: float, body: float, blocks: list) -> None:
    """XY cut: split at white space across the whole width first, then at column gutters.

    Across first, because a page header, a footer or a story set over the
    full width would otherwise be cut apart by the gutters of the columns
    below it wherever its text does not happen to cross them.  Bands stacked
    on each other that share a column layout are kept together, so that a
    column is read to its foot before the next column starts, even where
    both columns happen to have white space at the same height.
    """
    groups = _stacked(_bands(runs), body)
    if len(groups) > 1:
        for group in groups:
            _cut(group, _left_edge(group, left), body, blocks)
        return
    columns = _columns(runs, one_line=_headline_row(runs, body))
    if len(columns) > 1:
        for column in columns:
            _cut(column, min(run.x0 for run in column), body, blocks)
        return
    blocks.append((left, _rows(runs)))


def _headline_row(runs: list[_Run], body: float) -> bool:
    """Is this one printed line of display type in pieces (headlines of stories side by side)?"""
    return len(runs) > 1 and max(run.size for run in runs) > _HEADLINE * body and _one_row(runs)


def _left_edge(runs: list[_Run], outer: float) -> float:
    """The left edge of the column a group of runs stands in: its leftmost run, unless the group
    is one line standing a little right of the edge of the block it was cut from (an indented
    first line set apart)."""
    own = min(run.x0 for run in runs)
    size = max(run.size for run in runs)
    if _one_row(runs) and 0 <= own - outer <= _INDENT_MAX * size:
        return outer
    return own


def _stacked(bands: list[tuple[float, list[_Run]]], body: float) -> list[list[_Run]]:
    """Join bands that follow each other closely and split into the same columns.

    One line of large type in pieces is the headlines of stories set side
    by side, and goes with the columns under it, never with the columns
    over it, even where they share gutters (the next row of the page
    grid); one line of body-size type in pieces (a page header, left and
    right) stays one line.  White space as tall as stories are set apart
    (`_STORY_GAP`) ends the columns above it, gutters shared or not.
    """
    groups: list[list[_Run]] = []
    last_split = last_headlines = False
    for gap, band in bands:
        headlines = _headline_row(band, body)
        split = len(_columns(band, one_line=headlines)) > 1
        if (groups and last_split and split and not headlines and (last_headlines or gap < _STORY_GAP * body)
                and len(_columns(groups[-1] + band)) > 1):
            groups[-1] += band
        else:
            groups.append(list(band))
        last_split, last_headlines = split, headlines and split
    return groups


def _columns(runs: list[_Run], one_line: bool = False) -> list[list[_Run]]:
    """Split at every x where no run crosses; one line with gaps in it is not split unless `one_line`."""
    if not one_line and _one_row(runs):
        return [runs]
    ordered = sorted(runs, key=lambda r: (r.x0, r.baseline))
    columns: list[list[_Run]] = [[ordered[0]]]
    reach = ordered[0].ink_x1
    for run in ordered[1:]:
        if run.x0 > reach:
            columns.append([])
        columns[-1].append(run)
        reach = max(reach, run.ink_x1)
    return columns


def _bands(runs: list[_Run]) -> list[tuple[float, list[_Run]]]:
    """Split where white space taller than `_BLOCK_GAP` ems runs across all of `runs`,
    or taller than `_TYPE_CHANGE_GAP` ems where headline type meets body type.

    Ems of the smaller type on either side: a line of body type set well
    apart from a headline is apart, however large the headline.
    """
    ordered = sorted(runs, key=lambda r: (r.y0, r.x0))
    bands: list[tuple[float, list[_Run]]] = [(0.0, [ordered[0]])]
    lowest = ordered[0]
    for run in ordered[1:]:
        gap = run.y0 - lowest.y1
        smaller, larger = sorted((run.size, lowest.size))
        if gap > _BLOCK_GAP * smaller or (gap > _TYPE_CHANGE_GAP * smaller and larger > _HEADLINE * smaller):
            bands.append((gap, []))
        bands[-1][1].append(run)
        if run.y1 > lowest.y1:
            lowest = run
    return bands


def _one_row(runs: list[_Run]) -> bool:
    """Do the runs all stand on one printed line (as `_rows` would group them)?"""
    low = min(runs, key=_BASELINE_OF)
    base, size = low.baseline, low.size
    return all(run.baseline - base <= _BASELINE * (run.size if run.size > size else size) for run in runs)


def _rows(runs: list[_Run]) -> list[list[_Run]]:
    """Runs of one block grouped into printed lines, top to bottom, each left to right."""
    rows: list[list[_Run]] = []
    for run in sorted(runs, key=lambda r: (r.baseline, r.x0)):
        if rows and run.baseline - rows[-1][0].baseline <= _BASELINE * max(run.size, rows[-1][0].size):
            rows[-1].append(run)
        else:
            rows.append([run])
    for row in rows:
        row.sort(key=lambda r: r.x0)
    return rows


def _line(row: list[_Run], number: int, gap: int, left: float) -> Line:
    text = " ".join(_run_text(run) for run in row)
    size = row[0].size if len(row) == 1 else _common_size([c for run in row for c in run.chars])
    x0 = row[0].x0
    return Line(
        number=number, text=text, gap_before=gap,
        indent=x0 - left > _INDENT * size,
        bbox=BBox(round(x0, 2), round(min(r.y0 for r in row), 2),
                  round(max(r.x1 for r in row), 2), round(max(r.y1 for r in row), 2)),
        font_size=size,
    )


def _run_text(run: _Run) -> str:
    """The run's characters; a stretch of spaces inside it becomes one space."""
    text = "".join(map(_TEXT, run.chars))
    return " ".join(text.split()) if _HAS_SPACE.search(text) else text
