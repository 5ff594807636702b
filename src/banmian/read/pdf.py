"""PDF pages with a text layer: characters and their boxes to `Line`s in reading order.

The order text was written into a PDF says nothing about the order it is read
in, so it is thrown away: characters are grouped into runs on a baseline,
the runs are cut into blocks and columns by the white space between them
(a recursive XY cut), and the blocks are read top to bottom, columns left
to right.  A blank line (`gap_before`) is emitted where a column or block
ends, which is what the text path reads as a column end, so the rebuild
takes PDF lines unchanged.  The boxes of the page's images (photos) come
with the lines, as `SourcePage.figures`.

A page holds thousands of characters: they are asked of pdfium in bulk and
kept as arrays, and grouped on whole arrays; Python objects are made per
run and per line, not per character.
"""

from __future__ import annotations

import ctypes
import math
import re
from collections import Counter, deque
from collections.abc import Callable, Iterator, Sequence
from itertools import repeat
from operator import attrgetter
from typing import NamedTuple

import numpy as np

from banmian.errors import InputError
from banmian.model import BBox, Line
from banmian.read import SourcePage
from banmian.read.text import VERTICAL_FORMS, ordinary_characters

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
# No column is narrower than this (in ems), and no gutter narrower than this.
_NARROWEST_COLUMN = 3.0
_GUTTER = 1.3
# A table: so many columns of cells on so many shared rows; a cell's edge this many ems from its column's.
_TABLE_COLUMNS = 3
_TABLE_ROWS = 3
_CELL_EDGE = 0.5
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
# Ems of headline type: the widest space inside one headline line (the rebuild's `_HEADLINE_SPACE`).
_WORD_SPACE = 0.5
_CLOSING_MARKS = frozenset("，。、；：？！）》」』】”’")
# An image covering this share of the page or more is the page's background
# (a scan under its own text layer), not a figure on it.
_BACKGROUND = 0.8
# Images inside form XObjects are looked for this many forms deep.
_FORM_DEPTH = 3
# A pull quote between rules is at most this many lines (of display type: ems times _HEADLINE).
_PULL_QUOTE_LINES = 5
# A drawn rectangle (path) this many points or more on each side may frame text; a path as long and at
# most _RULE_WEIGHT points high is a rule across.
_FRAME_SIDE = 20.0
_RULE_WEIGHT = 2.0
# A framed box of fewer lines than this (a boxed label) is read with the text round it, not whole.
_STANDING_ROWS = 3
# A page whose images are its background (they cover _BACKGROUND of it or more), under fewer
# characters of text than this, is a scan: its text is the line or two an e-paper system stamps
# on each page (a copyright line, a page label), not the page's content.  A photo page keeps a
# margin for its headline and caption.
_STAMP_CHARACTERS = 100
# A page with no text whose paths have this many segments or more draws its text as outlines: a
# Chinese character's outline has 20 to 100 segments, a chart or a page's rules a few hundred.
_OUTLINED_SEGMENTS = 5000

# Vertical type (竖排): this many single characters or more, one under the other at one left
# edge (within _ALIGNED of their size), of one size (within _SAME_TYPE), their baselines a step
# of _STEP times their size apart, are one line read top to bottom.
_STACKED = 3
_ALIGNED = 0.15
_SAME_TYPE = 0.05
_STEP = (0.9, 1.6)

# A page is set in vertical type where more than this many times as many of its characters touch
# the one under them (within _TOUCHING of their size) as touch the one beside them, and
# _VERTICAL_CHARACTERS or more do: a line's characters touch, lines are a leading apart.
_VERTICAL_SHARE = 2.0
_TOUCHING = (-0.1, 0.2)
_VERTICAL_CHARACTERS = 20
# On a page read turned, characters one under the other in the turned page are a line set across
# the page (a header, a headline over a story of vertical lines), read from the foot of the
# stack up; narrow ones (digits) stand this close (in their size).
_STEP_ACROSS = (0.4, 1.6)

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


_BASELINE_OF = attrgetter("baseline")
_X0 = attrgetter("x0")
_Y0 = attrgetter("y0")
_HAS_SPACE = re.compile(r"\s")


class _Chars(NamedTuple):
    """A page's characters as columns: their texts, and arrays of their `Char` fields in the same order."""

    texts: list[str]
    x0: np.ndarray
    y0: np.ndarray
    x1: np.ndarray
    y1: np.ndarray
    baseline: np.ndarray
    size: np.ndarray

    @classmethod
    def of(cls, chars: list[Char]) -> "_Chars":
        columns = np.array([c[1:] for c in chars], dtype=np.float64).reshape(-1, 6)
        return cls([c.text for c in chars], *columns.T)


class _Run(NamedTuple):
    """Characters side by side on one baseline, with no wide gap between them."""

    text: str
    sizes: np.ndarray  # of each character, and which characters are spaces
    spaces: np.ndarray
    x0: float
    y0: float
    x1: float
    y1: float
    ink_x1: float  # the right edge less the blank half of closing marks hung past it
    baseline: float
    size: float


class TextLayer(NamedTuple):
    """What a PDF's text layer holds: the pages with text, and which pages are to be read by OCR:
    scans (pictures with no text, or with a stamped line or two of it), and text drawn as outlines."""

    pages: list[SourcePage]
    scanned: list[int]  # 0-based page numbers


def read_text_layer(data: bytes, name: str) -> TextLayer:
    pages, scanned = [], []
    for index, (chars, images, width) in enumerate(_page_chars(data)):
        turn = width if set_vertically(chars) else None
        figures = images.figures if turn is None else [turned(figure, turn) for figure in images.figures]
        lines = (_lines(chars, figures, frames=images.frames, rules=images.rules) if turn is None
                 else _lines(_turned_chars(chars, turn), figures, turned=True))
        if lines:
            pages.append(SourcePage(name=name, text=page_text(lines), lines=lines, index=index,
                                    figures=figures, turned=turn))
        if images.outlines or images.boxes and (not lines or _a_scan(chars, images)) or _unmapped(chars):
            scanned.append(index)
    return TextLayer(pages, scanned)


def _unmapped(chars: _Chars) -> bool:
    """Fonts that map no glyph to Unicode (no ToUnicode map, as typesetting systems' PDFs of Chinese
    papers often are): pdfium gives their glyph numbers, as control characters and Latin-1 letters,
    never a Chinese character.  The text is in the page's picture, for OCR to read."""
    text = "".join(chars.texts)
    if len(text) < _UNMAPPED_LEAST or _CJK.search(text):
        return False
    return len(_GLYPH_NUMBERS.findall(text)) >= _UNMAPPED_SHARE * len(text)


_CJK = re.compile("[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]")
_GLYPH_NUMBERS = re.compile("[\x00-\x1f\x80-\xff\ue000-\uf8ff]")
_UNMAPPED_LEAST = 20  # characters: fewer are a stamp or a page number
_UNMAPPED_SHARE = 0.3


def _a_scan(chars: _Chars, images: "_Images") -> bool:
    """A picture of the whole page with a stamp of text on it: its content is in the picture."""
    return images.cover >= _BACKGROUND and len(chars.texts) < _STAMP_CHARACTERS


def read_pdf(data: bytes, name: str) -> list[SourcePage]:
    """One `SourcePage` per PDF page that has text; `InputError` if none has.  The text layer
    alone, for tests and benchmarks of it: `banmian.read.read_bytes` sends scanned pages to OCR."""
    layer = read_text_layer(data, name)
    if not layer.pages:
        # Pages of pictures and no text are a scan; no pictures either is a
        # blank page or content streams too damaged to read.
        raise InputError(NO_TEXT if layer.scanned else NO_CONTENT)
    return layer.pages


def _page_chars(data: bytes) -> list[tuple[_Chars, "_Images", float]]:
    """Every page's characters and images (boxes in points, origin top left), and its width."""
    return list(map_pages(data, _chars))


def map_pages(data: bytes, read: Callable, numbers: list[int] | None = None) -> Iterator:
    """`read` of every page of the PDF in `data` (or of the 0-based `numbers` given), in order,
    each as it is asked for; a damaged file or page is an `InputError`."""
    try:
        import pypdfium2 as pdfium
    except ImportError:
        raise InputError("reading PDFs needs pypdfium2 (pip install pypdfium2)") from None
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        raise InputError(_unopened(error)) from None
    try:
        for index in range(len(document)) if numbers is None else numbers:
            try:
                result = read(document[index])
            except pdfium.PdfiumError as error:
                raise InputError(f"corrupt PDF page: {_reason(error)}") from None
            yield result
    finally:
        document.close()


def _reason(error: Exception) -> str:
    return " ".join(str(error).split()) or type(error).__name__


def _unopened(error: Exception) -> str:
    """Why pdfium could not open a PDF, for the one-line error."""
    if "password" in str(error).lower():
        return "password-protected PDF: remove its password first (qpdf --decrypt)"
    return f"corrupt or unreadable PDF: {_reason(error)}"


class _Images(NamedTuple):
    """A page's images: every one (a page of nothing else is a scan), its figures, and the share
    of the page they cover; and whether, having no text, it draws its text as outlines (print-ready
    press PDFs): a picture of text too.  Its `frames`: the boxes of its drawn rectangles (a box's
    frame or shading), where text may be set apart inside one; its `rules`: lines drawn across."""

    boxes: list[BBox]
    figures: list[BBox]
    cover: float
    outlines: bool = False
    frames: Sequence[BBox] = ()
    rules: Sequence[BBox] = ()


def _chars(page) -> tuple[_Chars, _Images, float]:
    """The page's printed characters (boxes in points, origin top left), its images and its width."""
    import pypdfium2.raw as raw

    cropbox, rotation = page.get_cropbox(), page.get_rotation()
    textpage = page.get_textpage()
    handle = textpage.raw
    try:
        count = raw.FPDFText_CountChars(handle)
        codes = _codes(raw, handle, count)
        # Codes under 32 are line breaks, never printed, but a tab and a hyphen's 2 (`_printed`).
        rects = _loose_boxes(raw, handle, count, np.flatnonzero((codes >= 32) | (codes == 9) | (codes == 2)))
        take, texts, spaces, pairs = _printed(raw, handle, codes)
        # A character pdfium left out is read in the type of the one before it.
        objects = _objects(raw, _address(page.raw), form=False)
        lost = _lost_characters(raw, handle, objects, codes, rects)
        hidden = _clipped_away(raw, handle, objects, take, rects, cropbox)
        # pdfium's boxes are (left, top, right, bottom); _upright turns (left, bottom, right, top)
        shown, (left, bottom, right, top) = _upright(rects[:, [0, 3, 2, 1]], cropbox, rotation)
        rects = shown[:, [0, 3, 2, 1]]
        take += [index - 1 for index in lost]
        texts += lost.values()
        if ordinary_characters(joined := "".join(texts)) != joined:  # one look: a page holds thousands
            texts = list(map(ordinary_characters, texts))
        printed = rects[take]
        x0, x1 = printed[:, 0] - left, printed[:, 2] - left
        # A guessed word space stands at the right edge of the letter before it;
        # the two halves of a character beyond U+FFFF are one character.
        x0[spaces] = x1[spaces]
        for position, index in pairs.items():
            x1[position] = max(x1[position], rects[index, 2] - left)
        for position, index in enumerate(lost, len(take) - len(lost)):
            x0[position], x1[position] = rects[index - 1, 2] - left, rects[index + 1, 0] - left
        foot = top - printed[:, 3]
        chars = _Chars(texts, x0, top - printed[:, 1], x1, foot, foot, _printed_sizes(raw, handle, printed, take))
        if hidden:
            chars = _kept(chars, ~np.isin(take, list(hidden)))
        # A page set vertically turns its digits and Latin letters lying in its lines: left to set_vertically.
        if _turned_text(raw, objects, rotation, _IDENTITY, 0) and not set_vertically(chars):
            chars = _turned_lines(chars, _quarter_turns(raw, handle, take, rotation))
        if np.any((codes >= 0xD800) & (codes <= 0xDFFF)):
            chars = _whole(chars)
        chars = _on_the_page(chars, right - left, top - bottom)
        images = _images(raw, objects, cropbox, rotation)
        if not take:
            images = images._replace(outlines=_path_segments(raw, objects, 0) >= _OUTLINED_SEGMENTS)
    finally:
        textpage.close()
        page.close()
    return chars, images, right - left


_CLIP_CALL = ctypes.PYFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p)  # an object's clipping path
_CLIP_INK = 0.1
_TEXT_OBJECT_CALL = ctypes.PYFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)  # (text page, index)
_SEGMENTS_CALL = ctypes.PYFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_int)  # (clip, path)
_SEGMENT_CALL = ctypes.PYFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int, ctypes.c_int)  # (clip, path, index)
_POINT_CALL = ctypes.PYFUNCTYPE(ctypes.c_int, ctypes.c_void_p, *[ctypes.POINTER(ctypes.c_float)] * 2)


def _clipped_away(raw, handle, objects: _Objects, take: list[int], rects: np.ndarray, cropbox) -> set[int]:
    """pdfium's indices of the printed characters that a clipping path hides: a story drawn in
    its frame clipped to it, its text run on past the frame's foot (overset), or an ad's text cut
    off at its edge.  pdfium's text holds them; read, they run into the story below.  Only the
    objects whose clip cuts into them are looked for, a character's object only on such a page."""
    clips: dict[int, tuple[float, float, float, float]] = {}
    _cut_by_clips(_ClipCalls.of(raw), raw, objects, _IDENTITY, 0, None, clips, tuple(cropbox))
    if not clips:
        return set()
    owner = _TEXT_OBJECT_CALL(_address(raw.FPDFText_GetTextObject))
    page = _argument(handle)
    hidden = set()
    for index in take:
        box = clips.get(owner(page, index))
        if box is not None:
            # A mark hung past a column edge the clip runs along shows its ink: hidden is what
            # reaches less than _CLIP_INK of its box into the clip (a box's edges are blank).
            left, top, right, bottom = rects[index]
            inside_x = min(right, box[2]) - max(left, box[0])
            inside_y = min(top, box[3]) - max(bottom, box[1])
            if inside_x < _CLIP_INK * (right - left) or inside_y < _CLIP_INK * (top - bottom):
                hidden.add(index)
    return hidden


class _ClipCalls(NamedTuple):
    """pdfium's functions for reading clipping paths, made callable once a page."""

    clip: Callable
    paths: Callable
    segments: Callable
    segment: Callable
    point: Callable

    @classmethod
    def of(cls, raw) -> "_ClipCalls":
        return cls(_CLIP_CALL(_address(raw.FPDFPageObj_GetClipPath)), _COUNT_CALL(_address(raw.FPDFClipPath_CountPaths)),
                   _SEGMENTS_CALL(_address(raw.FPDFClipPath_CountPathSegments)),
                   _SEGMENT_CALL(_address(raw.FPDFClipPath_GetPathSegment)),
                   _POINT_CALL(_address(raw.FPDFPathSegment_GetPoint)))


def _cut_by_clips(calls: _ClipCalls, raw, objects: _Objects, matrix: tuple, depth: int, outer,
                  clips: dict, page_box: tuple) -> None:
    """The text objects among those of the page (depth 0) or of a form in it that the clip round
    them (theirs, and their forms') cuts into, with that clip's box (PDF space) in `clips`.  A clip
    round the whole page (as typesetting systems set round everything) cuts nothing."""
    wanted = [(handle, kind) for handle, kind in zip(*objects)
              if kind == raw.FPDF_PAGEOBJ_TEXT or kind == raw.FPDF_PAGEOBJ_FORM and depth < _FORM_DEPTH]
    if not wanted:
        return
    own = list(map(calls.clip, [handle for handle, _ in wanted]))
    paths = list(map(calls.paths, own))  # -1 for no clip
    for (handle, kind), clip, count in zip(wanted, own, paths):
        if count <= 0 and outer is None and kind == raw.FPDF_PAGEOBJ_TEXT:
            continue  # nearly every object: nothing clips it
        box = _both(outer, _clip_box(calls, clip, count, matrix) if count > 0 else None)
        if box is not None and _inside(page_box, box):
            box = None
        if kind == raw.FPDF_PAGEOBJ_FORM:
            _cut_by_clips(calls, raw, _objects(raw, handle, form=True), _then(_form_matrix(raw, handle), matrix),
                          depth + 1, box, clips, page_box)
        elif box is not None:
            x0, y0, x1, y1 = _bounds(raw, handle, matrix)
            if x0 < box[0] - 1 or y0 < box[1] - 1 or x1 > box[2] + 1 or y1 > box[3] + 1:
                clips[handle] = box


def _inside(box: tuple, outer: tuple) -> bool:
    return outer[0] <= box[0] and outer[1] <= box[1] and box[2] <= outer[2] and box[3] <= outer[3]


def _clip_box(calls: _ClipCalls, clip: int, paths: int, matrix: tuple) -> tuple[float, float, float, float] | None:
    """The box round a clipping path of so many `paths` (in the space `matrix` takes to the page's), or None."""
    xs, ys = [], []
    point = ctypes.c_float(), ctypes.c_float()
    a, b, c, d, e, f = matrix
    for path in range(paths):
        for number in range(calls.segments(clip, path)):
            calls.point(calls.segment(clip, path, number), *map(ctypes.byref, point))
            xs.append(a * point[0].value + c * point[1].value + e)
            ys.append(b * point[0].value + d * point[1].value + f)
    return (min(xs), min(ys), max(xs), max(ys)) if xs else None


def _both(first, second):
    """Where two clip boxes (either may be None: no clip) overlap."""
    if first is None or second is None:
        return first if second is None else second
    return (max(first[0], second[0]), max(first[1], second[1]), min(first[2], second[2]), min(first[3], second[3]))


def _kept(chars: _Chars, keep: np.ndarray) -> _Chars:
    return _Chars([text for text, kept in zip(chars.texts, keep.tolist()) if kept], *(column[keep] for column in chars[1:]))


_MATRIX_CALL = ctypes.PYFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)  # (object, FS_MATRIX)
_ANGLE_CALL = ctypes.PYFUNCTYPE(ctypes.c_float)  # (text page, index)


def _turned_text(raw, objects: _Objects, rotation: int, matrix: tuple, depth: int) -> bool:
    """Does a text object among those of the page (depth 0) or of a form in it stand turned a
    quarter on the page as shown (a line set up or down the page)?  Asked of the objects, of
    which a page has fewer than characters, their matrices in one pass, as characters' boxes are."""
    texts = [handle for handle, kind in zip(*objects) if kind == raw.FPDF_PAGEOBJ_TEXT]
    if texts:
        found = np.zeros((len(texts), 6), dtype=np.float32)  # FS_MATRIX: a, b, c, d, e, f
        addresses = found.ctypes.data + ctypes.sizeof(raw.FS_MATRIX) * np.arange(len(texts))
        deque(map(_MATRIX_CALL(_address(raw.FPDFPageObj_GetMatrix)), texts, addresses.tolist()), maxlen=0)
        across = matrix[0] * found[:, 0] + matrix[2] * found[:, 1]
        down = matrix[1] * found[:, 0] + matrix[3] * found[:, 1]
        if np.any((np.abs(down) > np.abs(across)) != (rotation in (90, 270))):
            return True
    return any(_turned_text(raw, _objects(raw, handle, form=True), rotation, _then(_form_matrix(raw, handle), matrix),
                            depth + 1)
               for handle, kind in zip(*objects) if kind == raw.FPDF_PAGEOBJ_FORM and depth < _FORM_DEPTH)


def _quarter_turns(raw, handle, take: list[int], rotation: int) -> np.ndarray:
    """How many quarter turns clockwise each printed character stands turned on the page as shown."""
    call = _ANGLE_CALL(_address(raw.FPDFText_GetCharAngle))
    angles = np.fromiter(map(call, repeat(_argument(handle), len(take)), take), dtype=np.float64,
                         count=len(take))
    return (np.round(np.degrees(angles) / 90).astype(np.int64) + rotation // 90) % 4


def _turned_lines(chars: _Chars, quarters: np.ndarray) -> _Chars:
    """The characters with each line set turned a quarter (a folio up the page's edge, a photo's
    credit up its side) made one entry of its whole text, in its reading order (up the page for
    a line turned anticlockwise, down it for one turned clockwise), its box round the line.
    Read as characters stacked in a column, such a line came out backwards, or in pieces where its
    digits stand apart, and glued to the text beside it."""
    turned = np.flatnonzero(quarters % 2 == 1)
    if not len(turned):
        return chars
    centre = (chars.x0 + chars.x1) / 2
    lines: list[list[int]] = []
    for index in turned[np.argsort(centre[turned], kind="stable")].tolist():
        line = lines[-1] if lines else None
        if line and quarters[line[0]] == quarters[index] and \
                abs(centre[index] - centre[line[0]]) <= _ALIGNED * chars.size[line[0]]:
            line.append(index)
        else:
            lines.append([index])
    lines = [piece for line in lines for piece in _apart_along(chars, line)]
    keep = np.ones(len(chars.texts), dtype=bool)
    keep[turned] = False
    texts = [text for text, kept in zip(chars.texts, keep.tolist()) if kept]
    columns = [column[keep].tolist() for column in chars[1:]]
    for line in lines:
        read = line if quarters[line[0]] == 1 else line[::-1]
        texts.append("".join(chars.texts[index] for index in read))
        x0, y0, x1, y1 = (float(column[line].min() if k < 2 else column[line].max())
                          for k, column in enumerate((chars.x0, chars.y0, chars.x1, chars.y1)))
        for column, value in zip(columns, (x0, y0, x1, y1, y1, float(np.median(chars.size[line])))):
            column.append(value)
    return _Chars(texts, *map(np.array, columns))


def _apart_along(chars: _Chars, line: list[int]) -> list[list[int]]:
    """The characters of one axis, top to bottom, cut where more than an em of white parts them."""
    line = sorted(line, key=chars.y0.__getitem__)
    pieces = [[line[0]]]
    for index in line[1:]:
        last = pieces[-1][-1]
        if chars.y0[index] - chars.y1[last] > chars.size[last]:
            pieces.append([])
        pieces[-1].append(index)
    return pieces


def _on_the_page(chars: _Chars, width: float, height: float) -> _Chars:
    """The characters whose centre is on the page as shown: a press PDF cropped to its trim keeps
    the printer's slug (an issue and plate code, a time stamp) outside its crop box."""
    across, down = (chars.x0 + chars.x1) / 2, (chars.y0 + chars.y1) / 2
    shown = (across >= 0) & (across <= width) & (down >= 0) & (down <= height)
    if shown.all():  # nearly always
        return chars
    return _Chars([text for text, kept in zip(chars.texts, shown.tolist()) if kept],
                  *(column[shown] for column in chars[1:]))


def _upright(boxes: np.ndarray, cropbox, rotation: int) -> tuple[np.ndarray, tuple[float, float, float, float]]:
    """Boxes (x0, y0, x1, y1 in PDF points, y up) where they are on the page as it is shown, and the
    crop box shown: turned by the page's /Rotate (clockwise quarter turns: a scanner's page, or a
    landscape page set sideways), the crop box's lower left corner then at 0, 0.  pdfium gives them
    unturned; an unturned page keeps its boxes and crop box as they are."""
    left, bottom, right, top = cropbox
    if rotation not in (90, 180, 270):
        return boxes, (left, bottom, right, top)
    width, height = right - left, top - bottom
    x0, y0, x1, y1 = boxes[:, 0] - left, boxes[:, 1] - bottom, boxes[:, 2] - left, boxes[:, 3] - bottom
    if rotation == 90:
        return np.column_stack((y0, width - x1, y1, width - x0)), (0.0, 0.0, height, width)
    if rotation == 180:
        return np.column_stack((width - x1, height - y1, width - x0, height - y0)), (0.0, 0.0, width, height)
    return np.column_stack((height - y1, x0, height - y0, x1)), (0.0, 0.0, height, width)


def _codes(raw, handle, count: int) -> np.ndarray:
    """Every character's UTF-16 code unit, in one call where pdfium gives one unit per character."""
    buffer = (ctypes.c_ushort * (count + 1))()
    written = raw.FPDFText_GetText(handle, 0, count, buffer)
    if written == count + 1:  # the trailing NUL
        return np.frombuffer(buffer, dtype=np.uint16, count=count).astype(np.int64)
    return np.array([raw.FPDFText_GetUnicode(handle, index) for index in range(count)], dtype=np.int64)


# pdfium's per-character functions, taking plain addresses so that `map` can
# call them for every character of a page without a line of Python around
# each call: that loop was most of the reader's time.  They hold the GIL
# (PYFUNCTYPE): each call takes well under a microsecond, less than
# releasing and taking back the lock.  One declared without its arguments'
# types takes a handle given as a `c_void_p` and an index as an int as they
# are, with no conversion each call: half the time.  A handle made a call's
# argument once (`_argument`) and an address inside an array given by
# `ctypes.byref` are passed as they are too, where a `c_void_p` is made an
# argument anew at every call.
_BOX_CALL = ctypes.PYFUNCTYPE(ctypes.c_int)  # (text page, index, an FS_RECTF by `ctypes.byref`)
_SIZE_CALL = ctypes.PYFUNCTYPE(ctypes.c_double)  # (text page, index)
_INDEX_CALL = ctypes.PYFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_int)


def _address(pointer) -> int:
    return ctypes.cast(pointer, ctypes.c_void_p).value


def _argument(pointer):
    """A pdfium handle as a call's argument, made once for the thousands of calls that pass it."""
    return ctypes.c_void_p.from_param(_address(pointer))


def _loose_boxes(raw, handle, count: int, asked: np.ndarray) -> np.ndarray:
    """The loose boxes of the characters at `asked` (the rest left at zero), as (left, top, right,
    bottom) in PDF space, origin bottom left, one row for each of the page's `count` characters.

    A loose box stands on the font's descent below the baseline: its foot is
    a baseline for lining characters up.  Only characters that can be printed
    are asked for: the line breaks pdfium puts between its text objects are
    not, and a page set vertically, drawn a character an object, holds as many
    of those as characters.
    """
    rects = np.zeros((count, 4), dtype=np.float32)  # FS_RECTF, one after another
    call = _BOX_CALL(_address(raw.FPDFText_GetLooseCharBox))
    memory = (ctypes.c_char * rects.nbytes).from_buffer(rects)
    offsets = ctypes.sizeof(raw.FS_RECTF) * asked
    deque(map(call, repeat(_argument(handle), len(asked)), asked.tolist(),
              map(ctypes.byref, repeat(memory, len(asked)), offsets.tolist())), maxlen=0)
    return rects.astype(np.float64)


def _printed_sizes(raw, handle, rects: np.ndarray, indices: list[int]) -> np.ndarray:
    """The printed size of the characters at `indices` (`rects` their loose boxes): the size set
    times the vertical scale of the text matrix.

    PDFs often set a font at size 1 and scale it up.  The same set size in a
    box of the same height is the same printed size, so the matrix is asked
    for once per size and height.
    """
    count = len(indices)
    page = _argument(handle)
    call = _SIZE_CALL(_address(raw.FPDFText_GetFontSize))
    set_sizes = np.fromiter(map(call, repeat(page, count), indices), dtype=np.float64, count=count)
    heights = rects[:, 1] - rects[:, 3]
    first, same = _first_of_each(set_sizes, np.round(heights, 2))
    matrix = raw.FS_MATRIX()
    matrix_ref = ctypes.byref(matrix)
    text_matrix = _TEXT_MATRIX_CALL(_address(raw.FPDFText_GetMatrix))
    printed = []
    for index in first.tolist():
        size = float(set_sizes[index])
        if text_matrix(page, indices[index], matrix_ref):
            size *= math.hypot(matrix.c, matrix.d) or 1.0
        printed.append(round(size or float(heights[index]), 2))
    return np.array(printed, dtype=np.float64)[same]


_TEXT_MATRIX_CALL = ctypes.PYFUNCTYPE(ctypes.c_int)  # (text page, index, FS_MATRIX), as _SIZE_CALL


def _first_of_each(key: np.ndarray, second: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The pairs (`key`, `second`) in groups of equal pairs, the groups in the pairs' order: each group's first
    place, and each place's group.  `np.unique` of the pairs with `return_index` and `return_inverse`, without
    its sort of complex numbers (twice the time on a page's thousands of characters)."""
    order = np.lexsort((second, key))  # stable: a group's first place comes first in it
    key, second = key[order], second[order]
    starts = np.ones(len(order), dtype=bool)
    starts[1:] = (key[1:] != key[:-1]) | (second[1:] != second[:-1])
    same = np.empty(len(order), dtype=np.intp)
    same[order] = np.cumsum(starts) - 1
    return order[starts], same


_COUNT_CALL = ctypes.PYFUNCTYPE(ctypes.c_int, ctypes.c_void_p)  # objects of a page or form; an object's kind
_PAGE_OBJECT_CALL = ctypes.PYFUNCTYPE(ctypes.c_void_p)  # (page, index), as _SIZE_CALL: no conversion each call
_FORM_OBJECT_CALL = ctypes.PYFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_ulong)
_BOUNDS_CALL = ctypes.PYFUNCTYPE(ctypes.c_int, ctypes.c_void_p, *[ctypes.POINTER(ctypes.c_float)] * 4)
_IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)  # a, b, c, d, e, f as PDF writes a matrix


def _images(raw, objects: _Objects, cropbox: tuple[float, float, float, float], rotation: int) -> _Images:
    """The page's images as boxes on the page as it is shown, and those of them that are figures on it.

    A photo in a PDF is an image object, on the page or inside a form
    XObject; its box is where its image space lands on the page.  Pieces
    outside the crop box are cut off, and an image that fills most of the
    page is its background, not a figure.
    """
    left, bottom, right, top = cropbox
    page_area = (right - left) * (top - bottom)  # before _upright turns the crop box
    boxes = _shown(_object_boxes(raw, objects, raw.FPDF_PAGEOBJ_IMAGE, _IDENTITY, 0), cropbox, rotation)
    areas = [(box.x1 - box.x0) * (box.y1 - box.y0) for box in boxes]
    figures = [box for box, area in zip(boxes, areas) if area < _BACKGROUND * page_area]
    paths = _shown(_object_boxes(raw, objects, raw.FPDF_PAGEOBJ_PATH, _IDENTITY, 0), cropbox, rotation)
    frames = [box for box in paths if min(box.x1 - box.x0, box.y1 - box.y0) >= _FRAME_SIDE
              and (box.x1 - box.x0) * (box.y1 - box.y0) < _BACKGROUND * page_area]
    rules = [box for box in paths if box.x1 - box.x0 >= _FRAME_SIDE and box.y1 - box.y0 <= _RULE_WEIGHT]
    return _Images(boxes, figures, sum(areas) / page_area if page_area > 0 else 0.0, frames=frames, rules=rules)


def _shown(boxes: list[tuple[float, float, float, float]], cropbox, rotation: int) -> list[BBox]:
    """Boxes in PDF space as boxes on the page as it is shown (points from its top left), cut to the crop box."""
    left, bottom, right, top = cropbox
    inside = [(max(x0, left), max(y0, bottom), min(x1, right), min(y1, top)) for x0, y0, x1, y1 in boxes]
    inside = np.array([box for box in inside if box[2] > box[0] and box[3] > box[1]], dtype=float).reshape(-1, 4)
    shown, (left, _, _, top) = _upright(inside, cropbox, rotation)
    return [BBox(round(x0 - left, 2), round(top - y1, 2), round(x1 - left, 2), round(top - y0, 2))
            for x0, y0, x1, y1 in shown.tolist()]


class _Objects(NamedTuple):
    """The objects of a page or of a form in it: their handles and kinds."""

    handles: list[int]
    kinds: list[int]


def _objects(raw, holder: int, form: bool) -> _Objects:
    """The objects of a page, or of a form (`form`).  A page holds thousands (a text object a line
    or less): they and their kinds are asked for in one pass each, as characters are."""
    if form:
        count = _COUNT_CALL(_address(raw.FPDFFormObj_CountObjects))(holder)
        nth = _FORM_OBJECT_CALL(_address(raw.FPDFFormObj_GetObject))
        handles = list(map(nth, repeat(holder, count), range(count)))
    else:
        count = _COUNT_CALL(_address(raw.FPDFPage_CountObjects))(holder)
        nth = _PAGE_OBJECT_CALL(_address(raw.FPDFPage_GetObject))
        handles = list(map(nth, repeat(_argument(holder), count), range(count)))
    return _Objects(handles, list(map(_COUNT_CALL(_address(raw.FPDFPageObj_GetType)), handles)))


def _object_boxes(raw, objects: _Objects, wanted: int, matrix: tuple,
                  depth: int) -> list[tuple[float, float, float, float]]:
    """Boxes (PDF space) of the objects of a kind (images, paths) among those of the page (depth 0)
    or of a form in it."""
    boxes = []
    for handle, kind in zip(*objects):
        if kind == wanted:
            boxes.append(_bounds(raw, handle, matrix))
        elif kind == raw.FPDF_PAGEOBJ_FORM and depth < _FORM_DEPTH:
            boxes += _object_boxes(raw, _objects(raw, handle, form=True), wanted,
                                   _then(_form_matrix(raw, handle), matrix), depth + 1)
    return boxes


def _path_segments(raw, objects: _Objects, depth: int) -> int:
    """How many segments the paths among the objects of the page (depth 0) or of a form in it have."""
    count = _COUNT_CALL(_address(raw.FPDFPath_CountSegments))
    segments = 0
    for handle, kind in zip(*objects):
        if kind == raw.FPDF_PAGEOBJ_PATH:
            segments += max(count(handle), 0)
        elif kind == raw.FPDF_PAGEOBJ_FORM and depth < _FORM_DEPTH:
            segments += _path_segments(raw, _objects(raw, handle, form=True), depth + 1)
    return segments


def _bounds(raw, handle: int, matrix: tuple) -> tuple[float, float, float, float]:
    """An object's bounding box, taken through `matrix` (from the form it is in to the page)."""
    edges = [ctypes.c_float() for _ in range(4)]
    _BOUNDS_CALL(_address(raw.FPDFPageObj_GetBounds))(handle, *map(ctypes.byref, edges))
    x0, y0, x1, y1 = (edge.value for edge in edges)
    a, b, c, d, e, f = matrix
    xs = [a * x + c * y + e for x in (x0, x1) for y in (y0, y1)]
    ys = [b * x + d * y + f for x in (x0, x1) for y in (y0, y1)]
    return min(xs), min(ys), max(xs), max(ys)


def _form_matrix(raw, handle: int) -> tuple:
    """The matrix that takes a form's space to the space the form is drawn in."""
    matrix = raw.FS_MATRIX()
    call = ctypes.PYFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.POINTER(raw.FS_MATRIX))
    if not call(_address(raw.FPDFPageObj_GetMatrix))(handle, ctypes.byref(matrix)):
        return _IDENTITY
    return matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f


def _then(inner: tuple, outer: tuple) -> tuple:
    """The matrix applying `inner`, then `outer`."""
    a1, b1, c1, d1, e1, f1 = outer
    a2, b2, c2, d2, e2, f2 = inner
    return (a1 * a2 + c1 * b2, b1 * a2 + d1 * b2, a1 * c2 + c1 * d2, b1 * c2 + d1 * d2,
            a1 * e2 + c1 * f2 + e1, b1 * e2 + d1 * f2 + f1)


def _printed(raw, handle, codes: np.ndarray) -> tuple[list[int], list[str], list[int], dict[int, int]]:
    """Which of pdfium's characters are printed, in its order, and their texts; also where a
    word space pdfium guessed between Latin letters goes in (a copy of the letter before it),
    and which characters are the first half of a pair (with the index of the second half)."""
    codes = codes.copy()
    # pdfium gives a hyphen that ends a line as 0x02 (0xFFFE in bulk text): it is printed (歼- / 10).
    for index in np.flatnonzero((codes == 2) | (codes == 0xFFFE)).tolist():
        if raw.FPDFText_IsHyphen(handle, index) == 1:
            codes[index] = ord("-")
    # pdfium's own guesses at spaces and line ends.  Only a word space between
    # Latin letters is kept: Latin text is often set with no space characters
    # at all, and Chinese needs none.
    low = np.flatnonzero((codes == 32) | (codes == 9))  # other codes below 32 go either way
    generated = np.zeros(len(codes), dtype=bool)
    call = _INDEX_CALL(_address(raw.FPDFText_IsGenerated))
    generated[low] = np.fromiter(map(call, repeat(_argument(handle), len(low)), low.tolist()), dtype=np.int64,
                                 count=len(low)) == 1
    # Not printed: no character, or a line break (lines are found from the boxes).
    dropped = (generated & (codes != 32)) | (~generated & (codes < 32) & (codes != 9)) | (codes >= 0xFFFE)
    listed = np.flatnonzero(~dropped)
    special = ((generated & (codes == 32)) | ((codes >= 0xD800) & (codes <= 0xDFFF)))[listed]
    # The listed characters, decoded at once (a third of the time of `chr` on each); a half of a pair
    # beyond U+FFFF is kept as it is, as `chr` keeps it, to be joined to its other half below.
    texts = list(codes[listed].astype("<u4").tobytes().decode("utf-32-le", "surrogatepass"))
    listed = listed.tolist()
    take: list[int] = []
    out: list[str] = []
    spaces: list[int] = []
    pairs: dict[int, int] = {}
    start = 0
    for at in np.flatnonzero(special).tolist():
        take += listed[start:at]
        out += texts[start:at]
        start = at + 1
        index = listed[at]
        code = ord(texts[at])
        if code == 32:
            if out and _latin(ord(out[-1][-1])) and _latin(raw.FPDFText_GetUnicode(handle, index + 1)):
                spaces.append(len(take))
                take.append(take[-1])
                out.append(" ")
        elif 0xDC00 <= code:
            # The second half of a character beyond U+FFFF (rare names, 𠮷).
            if out and 0xD800 <= ord(out[-1][-1]) <= 0xDBFF:
                out[-1] = (out[-1] + texts[at]).encode("utf-16", "surrogatepass").decode("utf-16")
                pairs[len(take) - 1] = index
        else:
            take.append(index)
            out.append(texts[at])
    take += listed[start:]
    out += texts[start:]
    return take, out, spaces, pairs


def _lost_characters(raw, handle, objects: _Objects, codes: np.ndarray, rects: np.ndarray) -> dict[int, str]:
    """Characters beyond U+FFFF that the page gives only as the ActualText of a stand-in glyph (a
    rare name's 𫖯 printed as 〓 from a font without it), by the index of the space pdfium put in
    their place.

    pdfium leaves such characters out of the text and puts a space of its own in the gap, about an
    em wide, between the characters on either side; the marked content over the gap still holds
    them.  Only a page with such a space is searched for it.
    """
    wide = ((codes >= 0x2E80) & (codes < 0xD800)) | ((codes >= 0xF900) & (codes < 0xFFFE))
    blanks = np.flatnonzero(codes[1:-1] == 32) + 1
    before, after = blanks - 1, blanks + 1
    height = rects[before, 1] - rects[before, 3]
    gap = rects[after, 0] - rects[before, 2]
    em_wide = (wide[before] & wide[after] & (gap > 0.5 * height) & (gap < 1.5 * height)
               & (np.abs(rects[after, 3] - rects[before, 3]) < _BASELINE * height))
    gaps = [index for index in blanks[em_wide].tolist() if raw.FPDFText_IsGenerated(handle, index) == 1]
    if not gaps:
        return {}
    marked = _actual_texts(raw, objects)
    lost = {}
    for index in gaps:
        x = (rects[index - 1, 2] + rects[index + 1, 0]) / 2
        y = (rects[index - 1, 1] + rects[index - 1, 3]) / 2
        beyond = "".join(text for (x0, y0, x1, y1), text in marked if x0 <= x <= x1 and y0 <= y <= y1)
        if beyond:
            lost[index] = beyond
    return lost


_MARK_CALL = ctypes.PYFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_ulong)
_BLOB_CALL = ctypes.PYFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_char_p, ctypes.c_void_p, ctypes.c_ulong,
                               ctypes.POINTER(ctypes.c_ulong))


def _actual_texts(raw, objects: _Objects) -> list[tuple[tuple[float, float, float, float], str]]:
    """The page's text objects marked with an ActualText holding characters beyond U+FFFF: their
    boxes (PDF space) and those characters."""
    texts = [handle for handle, kind in zip(*objects) if kind == raw.FPDF_PAGEOBJ_TEXT]
    nth_mark, value = _MARK_CALL(_address(raw.FPDFPageObj_GetMark)), _BLOB_CALL(_address(raw.FPDFPageObjMark_GetParamBlobValue))
    found = []
    for handle, marks in zip(texts, map(_COUNT_CALL(_address(raw.FPDFPageObj_CountMarks)), texts)):
        for mark in (nth_mark(handle, k) for k in range(marks)):
            # As the string's bytes: pdfium's own decoding of it mangles what lies beyond U+FFFF.
            size = ctypes.c_ulong()
            if not value(mark, b"ActualText", None, 0, ctypes.byref(size)):
                continue
            buffer = (ctypes.c_ubyte * size.value)()
            value(mark, b"ActualText", ctypes.addressof(buffer), size.value, ctypes.byref(size))
            beyond = "".join(ch for ch in _text_string(bytes(buffer)) if ord(ch) > 0xFFFF)
            if beyond:
                found.append((_bounds(raw, handle, _IDENTITY), beyond))
    return found


def _text_string(data: bytes) -> str:
    """A PDF text string: UTF-16 or UTF-8 after its byte order mark; else PDFDocEncoding, which
    holds nothing beyond U+FFFF (read here as Latin-1)."""
    if data[:2] in (b"\xfe\xff", b"\xff\xfe"):
        return data.decode("utf-16", "replace")
    if data[:3] == b"\xef\xbb\xbf":
        return data[3:].decode("utf-8", "replace")
    return data.decode("latin-1")


def _whole(chars: _Chars) -> _Chars:
    """Without first halves whose second half never came: they cannot be written out as text."""
    keep = [not 0xD800 <= ord(text[-1]) <= 0xDFFF for text in chars.texts]
    return _Chars([t for t, k in zip(chars.texts, keep) if k], *(column[keep] for column in chars[1:]))


def _latin(code: int) -> bool:
    """A letter, digit or sign of Latin script (one before the CJK blocks), not a space."""
    return 32 < code < 0x2E80


def set_vertically(chars: _Chars) -> bool:
    """Is the page set in vertical type (竖排): do most of its characters touch the one under them
    in a column, rather than the one beside them in a line?"""
    down = _touching(chars.x0, chars.y0, chars.y1, chars.size)
    return down >= _VERTICAL_CHARACTERS and down > _VERTICAL_SHARE * _touching(chars.y1, chars.x0, chars.x1, chars.size)


def _touching(line: np.ndarray, start: np.ndarray, end: np.ndarray, size: np.ndarray) -> int:
    """How many characters touch the next one along their line: at one `line` edge (to the point),
    the next one's `start` within _TOUCHING of its size past this one's `end`."""
    rounded = np.round(line)
    order = _whole_then(rounded, start)
    same_line = rounded[order][1:] == rounded[order][:-1]
    gap, em = start[order][1:] - end[order][:-1], size[order][:-1]
    return int(np.count_nonzero(same_line & (gap > _TOUCHING[0] * em) & (gap < _TOUCHING[1] * em)))


def _turned_chars(chars: _Chars, width: float) -> _Chars:
    """A vertical page's characters turned a quarter (`turned`): each line down the page a line
    across it, the next line to the left the next one down, so that its lines, columns and
    headlines are read as a page set across.  A character's foot is half its size from its
    line's axis (`_axes`); a mark given as its vertical form is the mark."""
    foot = width - _axes(chars) + chars.size / 2
    joined = "".join(chars.texts)
    texts = chars.texts if joined.translate(VERTICAL_FORMS) == joined else [  # one look: most fonts give none
        text.translate(VERTICAL_FORMS) for text in chars.texts]
    return chars._replace(texts=texts, x0=chars.y0, y0=width - chars.x1, x1=chars.y1, y1=width - chars.x0,
                          baseline=foot)


def _axes(chars: _Chars) -> np.ndarray:
    """Each character's line's axis (its x) on a vertical page: the mean of the centres of the
    characters one under the other about it, a _RUN_GAP apart at most.

    Vertical type centres each character on its line's axis, upright or lying (a digit, a
    bracket turned a quarter), but their boxes stand a little off it, each font its own way.
    Read as baselines, a hair's difference would cut a line in two where rows are told apart.
    """
    centre = (chars.x0 + chars.x1) / 2
    order = np.argsort(centre, kind="stable")
    near = np.empty(len(centre), dtype=np.intp)
    for number, group in enumerate(_near_centres(centre[order], order, chars.size[order])):
        near[group] = number
    down = _whole_then(near, chars.y0)
    starts = np.ones(len(down), dtype=bool)
    starts[1:] = (near[down][1:] != near[down][:-1]) | (
        chars.y0[down][1:] - chars.y1[down][:-1] > _RUN_GAP * chars.size[down][:-1])
    begins = np.flatnonzero(starts)
    counts = np.diff(np.append(begins, len(down)))
    axes = np.empty(len(centre))
    axes[down] = np.repeat(np.add.reduceat(centre[down], begins) / counts, counts)
    return axes


def _near_centres(centres: np.ndarray, order: np.ndarray, sizes: np.ndarray) -> list[np.ndarray]:
    """Characters (`order`, by their sorted `centres`) in groups whose centres lie within _BASELINE
    of their size of each other: cut where neighbours are further apart than that, then at the
    widest gap until each group is that narrow (lines of other tiers between two lines of one
    would chain them together)."""
    limit = _BASELINE * np.minimum(sizes[1:], sizes[:-1])
    bounds = np.flatnonzero(np.diff(centres) > limit) + 1
    pending = list(zip(np.append(0, bounds).tolist(), np.append(bounds, len(order)).tolist()))
    groups = []
    while pending:
        start, end = pending.pop()
        if centres[end - 1] - centres[start] <= _BASELINE * sizes[start:end].min():
            groups.append(order[start:end])
            continue
        cut = start + 1 + int(np.argmax(np.diff(centres[start:end])))
        pending += [(start, cut), (cut, end)]
    return groups


def turned(box: BBox, width: float) -> BBox:
    """A box on a vertical page `width` wide, on the page turned a quarter: (x, y) → (y, width − x)."""
    return BBox(box.y0, round(width - box.x1, 2), box.y1, round(width - box.x0, 2))


def page_lines(chars: list[Char], figures: Sequence[BBox] = ()) -> list[Line]:
    """Characters to numbered `Line`s in reading order, blank lines counted (see `_lines`)."""
    return _lines(_Chars.of(chars), figures)


def _lines(chars: _Chars, figures: Sequence[BBox] = (), turned: bool = False,
           frames: Sequence[BBox] = (), rules: Sequence[BBox] = ()) -> list[Line]:
    """The page's lines in reading order; `turned`: of a vertical page read turned (`_turned_chars`).

    Photos (`figures`) take part in the cuts as blocks without text: no cut
    runs through a photo, so the white space beside one does not cut the
    columns around it, and its caption is read with it.  A photo that text
    wraps round, a box framed inside a column (`frames`, `_boxed_in`) and a
    pull quote ruled off in one (`rules`, `_ruled_quotes`) are read after
    the text round them instead.
    """
    spaces = np.fromiter(map(str.isspace, chars.texts), dtype=bool, count=len(chars.texts))
    if spaces.all():
        return []
    body = _common_size(chars.size[~spaces], spaces[~spaces])
    runs = _set_vertically(_runs(chars, spaces, body), turned)
    wrapped = [(figure, *parts) for figure in figures if (parts := _wrapped_photo(figure, runs, body))]
    set_in = [(figure, caption, []) for figure in figures if id(figure) not in {id(photo) for photo, *_ in wrapped}
              and (caption := _set_in_a_column(figure, runs, body)) is not None]
    wrapped += set_in
    aside = {id(run) for _, caption, _ in wrapped for run in caption} | {id(figure) for figure, *_ in wrapped}
    boxed = []
    # Outer boxes first: a panel inside a box, with the box's text over and under it, is the box's.
    for frame in sorted([*frames, *_ruled_quotes(rules, runs, body)], key=_minus_area):
        inside = _boxed_in(frame, [run for run in runs if id(run) not in aside], body)
        if inside:
            boxed.append((frame, inside))
            aside |= {id(run) for run in inside}
    units = {}
    for frame in sorted(frames, key=_minus_area):
        inside = _standing_apart(frame, [run for run in runs if id(run) not in aside], body)
        if inside:
            held = [figure for figure in figures if id(figure) not in aside and _within(figure, frame)]
            aside |= {id(run) for run in inside} | {id(figure) for figure in held}
            units[frame] = _printed_blocks(inside + [_figure_run(figure, body) for figure in held], body)
    runs = [run for run in runs if id(run) not in aside]
    runs += [_figure_run(figure, body) for figure in figures if id(figure) not in aside]
    # A photo set in a column keeps its place in the cut, with its caption's, as white: the columns
    # round it are cut as they were.
    runs += [_figure_run(_round(figure, caption), body) for figure, caption, _ in set_in]
    # A box read whole stands in the cut as a block of white, as a photo does, its text read in its place.
    holders = {}
    for frame, unit in units.items():
        holders[id(holder := _figure_run(frame, body))] = unit
        runs.append(holder)
    blocks = _printed_blocks(runs, body, holders)
    for figure, caption, beside in wrapped:
        blocks = _narrowed_apart(blocks, {id(run) for run in beside})
        foot = max([figure.y1] + [run.y1 for run in caption])
        under = [run for run in caption if not _set_up_the_side(run)]
        inserted = [(min(run.x0 for run in under), _rows(under))] if under else []
        inserted += [(run.x0, [[run]]) for run in caption if _set_up_the_side(run)]  # a credit up its side
        _after_the_text_round(blocks, BBox(figure.x0, figure.y0, figure.x1, foot), inserted, body)
    for frame, inside in boxed:
        _after_the_text_round(blocks, frame, _printed_blocks(inside, body), body)
    blocks = _vertical_headlines_first(blocks, body)
    edges = _column_edges(blocks, body)
    lines: list[Line] = []
    number = 0
    for left, rows in blocks:
        left = _edge_under_indents(rows, left, edges, body)
        for position, row in enumerate(rows):
            gap = 1 if lines and position == 0 else 0
            number += gap
            lines.append(_line(row, number, gap, left))
            number += 1
    return lines


def _printed_blocks(runs: list[_Run], body: float, holders: dict | None = None) -> list[tuple[float, list[list[_Run]]]]:
    """The runs cut into blocks (left edge, rows), in reading order, photos left out of the rows;
    after a block holding a run of `holders`, the blocks given for it."""
    blocks: list[tuple[float, list[list[_Run]]]] = []
    if runs:
        _cut(runs, min(run.x0 for run in runs), body, blocks)
    printed = []
    for left, rows in blocks:
        printed.append((left, [kept for kept in ([run for run in row if run.text] for row in rows) if kept]))
        if holders:  # seldom: a page's every run would be looked up
            for unit in (holders[id(run)] for row in rows for run in row if id(run) in holders):
                printed += unit
    return printed


def _standing_apart(frame: BBox, runs: list[_Run], body: float) -> list[_Run]:
    """The text inside a framed box that no other text crosses (a 导读 column down a front page's
    side, a story set in a box), of _STANDING_ROWS rows or more; else nothing.  Cut with the page,
    such a box's lines bridge the white that parts the rows of the text beside it: a headline
    from its byline, a byline from its columns."""
    inside = []
    for run in runs:
        if run.x0 < frame.x1 and frame.x0 < run.ink_x1 and run.y0 < frame.y1 and frame.y0 < run.y1:
            if not (frame.x0 - 1 <= run.x0 and run.x1 <= frame.x1 + 1 and frame.y0 - 1 <= run.y0 and run.y1 <= frame.y1 + 1):
                return []
            inside.append(run)
    return inside if inside and len(_rows(inside)) >= _STANDING_ROWS else []


def _within(box: BBox, frame: BBox) -> bool:
    return frame.x0 - 1 <= box.x0 and box.x1 <= frame.x1 + 1 and frame.y0 - 1 <= box.y0 and box.y1 <= frame.y1 + 1


def _ruled_quotes(rules: Sequence[BBox], runs: list[_Run], body: float) -> list[BBox]:
    """The boxes between two rules of one width, a few lines apart, that hold display type only:
    a pull quote (a sentence of the story set large between rules inside its column)."""
    boxes = []
    for upper in rules:
        for lower in rules:
            if not (upper.y1 < lower.y0 < upper.y1 + _PULL_QUOTE_LINES * _HEADLINE * body
                    and abs(upper.x0 - lower.x0) < body and abs(upper.x1 - lower.x1) < body):
                continue
            box = BBox(min(upper.x0, lower.x0), upper.y0, max(upper.x1, lower.x1), lower.y1)
            inside = [run for run in runs if box.x0 - 1 <= run.x0 and run.x1 <= box.x1 + 1
                      and box.y0 <= run.y0 and run.y1 <= box.y1]
            if inside and all(run.size > _HEADLINE * body for run in inside):
                boxes.append(box)
    return boxes


def _boxed_in(frame: BBox, runs: list[_Run], body: float) -> list[_Run]:
    """The text inside a framed box (a 链接 or 背景 box set inside a story's column, the story's text
    going on over and under it), or nothing where the frame holds no text or stands elsewhere.
    Read where it stands, the box would cut the story's column in two."""
    inside = [run for run in runs if frame.x0 - 1 <= run.x0 and run.x1 <= frame.x1 + 1
              and frame.y0 - 1 <= run.y0 and run.y1 <= frame.y1 + 1]
    if not inside:
        return []
    column = [run for run in runs if abs(run.size - body) < _SAME_TYPE * body
              and run.x0 < frame.x1 and frame.x0 < run.ink_x1]
    above = any(frame.y0 - 3 * body < run.y1 <= frame.y0 + 1 for run in column)
    below = any(frame.y1 - 1 <= run.y0 < frame.y1 + 3 * body for run in column)
    return inside if above and below else []


def _wrapped_photo(figure: BBox, runs: list[_Run], body: float) -> tuple[list[_Run], list[_Run]] | None:
    """The caption under a photo that text wraps round, and the short lines beside it (its
    column's lines are full above or below it); None where no text wraps round it.

    Such a photo stands inside a story's columns, across a gutter or in part
    of a column: as a block of the cut it would hold the columns beside it
    together, line by line.  It is taken out with its caption, and read after
    the text round it.
    """
    caption = _caption_under(figure, runs, body)
    foot = max([figure.y1] + [run.y1 for run in caption])
    beside = [run for run in runs if run.size <= _HEADLINE * body and figure.y0 - body < run.y1 and run.y0 < foot + body
              and (0 <= figure.x0 - run.ink_x1 < _GUTTER * body or 0 <= run.x0 - figure.x1 < _GUTTER * body)
              and not _set_up_the_side(run)]
    for short in beside:
        left_of = short.ink_x1 <= figure.x0
        for run in runs:
            near = figure.y0 - 3 * body < run.y1 <= figure.y0 or foot <= run.y0 < foot + 3 * body
            if near and run.size <= _HEADLINE * body and (
                    abs(run.x0 - short.x0) < _INDENT * body and run.ink_x1 > figure.x0 + body if left_of
                    else abs(run.ink_x1 - short.ink_x1) < _INDENT * body and run.x0 < figure.x1 - body):
                return caption, beside
    return None


def _set_in_a_column(figure: BBox, runs: list[_Run], body: float) -> list[_Run] | None:
    """The caption of a photo set in a story's column (under its headline), the column's text going
    on right under the caption; None where no text of body type follows under it.  Read where it
    stands, the photo and its caption came between the story's headline and its text, and the
    headline went to the photo.  It is read after the story's text instead, as a wrapped photo is."""
    caption = _caption_under(figure, runs, body)
    foot = max([figure.y1] + [run.y1 for run in caption])
    taken = {id(run) for run in caption}
    under = any(id(run) not in taken and abs(run.size - body) < _SAME_TYPE * body and foot <= run.y0 < foot + 2 * body
                and run.x0 < figure.x1 and figure.x0 < run.ink_x1 for run in runs)
    return caption if under else None


def _round(figure: BBox, caption: list[_Run]) -> BBox:
    """The box round a photo and its caption."""
    return BBox(min([figure.x0] + [run.x0 for run in caption]), figure.y0,
                max([figure.x1] + [run.x1 for run in caption]), max([figure.y1] + [run.y1 for run in caption]))


def _set_up_the_side(run: _Run) -> bool:
    """Is the run a line set up or down the page (`_turned_lines`; a photo's credit up its side)?"""
    return run.y1 - run.y0 > _STACKED * run.size and len(run.sizes) == 1


def _minus_area(box: BBox) -> float:
    return (box.y0 - box.y1) * (box.x1 - box.x0)


def _narrowed_apart(blocks: list[tuple[float, list[list[_Run]]]],
                    beside: set[int]) -> list[tuple[float, list[list[_Run]]]]:
    """The blocks with the lines beside a wrapped photo a block of their own: a column narrowed
    by the photo, whose full lines are as short as the paragraph ends of the column over it."""
    out = []
    for left, rows in blocks:
        start = 0
        for index in range(1, len(rows) + 1):
            if index == len(rows) or _holds(rows[index], beside) != _holds(rows[index - 1], beside):
                out.append((left, rows[start:index]))
                start = index
    return out


def _holds(row: list[_Run], ids: set[int]) -> bool:
    return any(id(run) in ids for run in row)


def _caption_under(figure: BBox, runs: list[_Run], body: float) -> list[_Run]:
    """The lines right under a photo and within its width, each close under the one before, and a
    credit up its side."""
    inside = _sorted_by([run for run in runs if run.y0 >= figure.y1 - 0.5 * body and figure.x0 - 0.5 * body <= run.x0
                         and run.ink_x1 <= figure.x1 + 0.5 * body], _Y0, _X0)
    caption: list[_Run] = []
    foot = figure.y1
    for run in inside:
        if run.y0 - foot > _BLOCK_GAP * min(run.size, body):
            break
        caption.append(run)
        foot = max(foot, run.y1)
    # A credit set up the photo's side, in small type, is read after the caption.
    return caption + [run for run in runs if _set_up_the_side(run) and run.size <= body
                      and figure.y0 - 1 <= run.y0 and run.y1 <= figure.y1 + 1
                      and (0 <= run.x0 - figure.x1 < body or 0 <= figure.x0 - run.x1 < body)]


def _after_the_text_round(blocks: list[tuple[float, list[list[_Run]]]], box: BBox,
                          inserted: list[tuple[float, list[list[_Run]]]], body: float) -> None:
    """Put the blocks of what was set apart in `box` (a wrapped photo's caption, a framed box's
    text, a pull quote) after the story's text round it: after the last block beside it, or within
    three lines over or under it, and the blocks of body type after that (the story's next columns),
    so that the story's text is read whole and the next story's headline follows."""
    top, foot = box.y0 - 3 * body, box.y1 + 3 * body
    place = len(blocks)
    for index, (_, rows) in enumerate(blocks):
        if any(run.y0 < foot and top < run.y1 and run.x0 < box.x1 and box.x0 < run.ink_x1
               for row in rows for run in row):
            place = index + 1
    while place < len(blocks) and all(abs(run.size - body) < _SAME_TYPE * body
                                      for row in blocks[place][1] for run in row):
        place += 1
    blocks[place:place] = inserted


def _vertical_headlines_first(blocks: list[tuple[float, list[list[_Run]]]],
                              body: float) -> list[tuple[float, list[list[_Run]]]]:
    """The blocks with each column of vertical type in display type (a headline set down the side
    of its story) read just before the story beside it, the nearest block across from it that its
    height overlaps (not another such column: a headline heads a story): the cut reads blocks side by
    side left to right, so a headline at a story's right came after it, and headed the story below.
    A column of smaller type (a folio up the page's edge, a photo's credit) heads nothing."""
    for block in [block for block in blocks if _vertical(block[1]) and block[1][0][0].size > _HEADLINE * body]:
        (run,), = block[1]
        beside = [other for other in blocks if other is not block and other[1] and not _vertical(other[1])
                  and _overlaps_down(run, other[1])]
        if beside:
            story = min(beside, key=lambda other: _apart(run, other[1]))
            blocks.remove(block)
            blocks.insert(blocks.index(story), block)
    return blocks


def _vertical(rows: list[list[_Run]]) -> bool:
    """Whether a block is one column of vertical type alone (`_set_vertically`)."""
    return len(rows) == 1 and len(rows[0]) == 1 and rows[0][0].y1 - rows[0][0].y0 > _STACKED * rows[0][0].size


def _overlaps_down(run: _Run, rows: list[list[_Run]]) -> bool:
    return run.y0 < max(r.y1 for row in rows for r in row) and min(r.y0 for row in rows for r in row) < run.y1


def _apart(run: _Run, rows: list[list[_Run]]) -> float:
    """How far across the page a block is from a run: 0 where they overlap across."""
    left, right = min(r.x0 for row in rows for r in row), max(r.x1 for row in rows for r in row)
    return max(left - run.x1, run.x0 - right, 0.0)


def _column_edges(blocks: list[tuple[float, list[list[_Run]]]], body: float) -> list[float]:
    """Where lines of body type start flush with their block's left edge, three times or more
    on the page: the left edges of its columns."""
    starts = Counter(round(rows[k][0].x0) for left, rows in blocks for k in range(len(rows))
                     if abs(rows[k][0].size - body) < 0.05 * body and rows[k][0].x0 - left <= _INDENT * body)
    return [float(x) for x, count in starts.items() if count >= 3]


def _edge_under_indents(rows: list[list[_Run]], left: float, edges: list[float], body: float) -> float:
    """A block's left edge for its indents: its column's edge where every line of it, in body type,
    starts at one x an indent right of that edge (verse, a list: each line a paragraph opened by an
    indent, and no line of the block flush to show where the column starts)."""
    if len(rows) < 2 or any(abs(row[0].size - body) >= 0.05 * body for row in rows):
        return left
    starts = [row[0].x0 for row in rows]
    if max(starts) - min(starts) > _BASELINE * body:
        return left
    under = [edge for edge in edges if _INDENT * body < min(starts) - edge <= _INDENT_MAX * body]
    return max(under) if under else left


def page_text(lines: list[Line]) -> str:
    """The lines as text whose line numbers are the `Line.number`s (indents as two full-width spaces)."""
    out: list[str] = []
    for line in lines:
        out.extend([""] * line.gap_before)
        out.append(("\u3000\u3000" if line.indent else "") + line.text)
    return "\n".join(out) + "\n"


def _figure_run(figure: BBox, body: float) -> _Run:
    """A photo as a run without text, for the cuts to go round (of body size, so a gap beside it is
    measured as beside body text)."""
    none = np.zeros(0)
    return _Run("", none, none.astype(bool), figure.x0, figure.y0, figure.x1, figure.y1, figure.x1, figure.y1, body)


def _runs(chars: _Chars, spaces: np.ndarray, body: float) -> list[_Run]:
    """Group characters by baseline, then cut each baseline at wide gaps.

    A gap is measured in ems of the smaller type beside it, and of the body
    type at most: two headlines of stories side by side are a gutter apart,
    however large they are set.  Worked out on whole arrays: a page has
    thousands of characters and a few hundred runs.
    """
    order, row_starts = _baseline_rows(chars)
    closing = np.fromiter(map(_CLOSING_MARKS.__contains__, chars.texts), dtype=bool, count=len(chars.texts))
    kept, starts = _run_starts(chars, order, closing[order], row_starts, body)
    kept, starts = _trimmed(kept, starts, spaces[order])
    if not len(kept):
        return []
    order = order[kept]
    texts = list(map(chars.texts.__getitem__, order.tolist()))
    x0, x1, y0, y1 = chars.x0[order], chars.x1[order], chars.y0[order], chars.y1[order]
    size, spaces, closing = chars.size[order], spaces[order], closing[order]
    begins = np.flatnonzero(starts)
    ends = np.append(begins[1:], len(order))
    lengths = ends - begins
    lefts, tops = np.minimum.reduceat(x0, begins), np.minimum.reduceat(y0, begins)
    rights, bottoms = np.maximum.reduceat(x1, begins), np.maximum.reduceat(y1, begins)
    # Only a run's last character, by x, can hang past its edge.
    last = ends - 1
    before_last = x1.copy()
    before_last[last] = -np.inf
    inked = np.maximum(np.maximum.reduceat(before_last, begins), _ink_right(x0[last], x1[last]))
    ink_x1 = np.where(closing[last], inked, rights)
    one_size = 2 * np.add.reduceat(size == np.repeat(size[begins], lengths), begins) > lengths
    common = [float(size[begin]) if one else _common_size(size[begin:end], spaces[begin:end])
              for begin, end, one in zip(begins.tolist(), ends.tolist(), one_size.tolist())]
    return list(map(_Run._make, zip(
        ["".join(texts[begin:end]) for begin, end in zip(begins.tolist(), ends.tolist())],
        [size[begin:end] for begin, end in zip(begins.tolist(), ends.tolist())],
        [spaces[begin:end] for begin, end in zip(begins.tolist(), ends.tolist())],
        lefts.tolist(), tops.tolist(), rights.tolist(), bottoms.tolist(), ink_x1.tolist(),
        chars.baseline[order][begins + lengths // 2].tolist(), common)))


def _set_vertically(runs: list[_Run], turned: bool = False) -> list[_Run]:
    """`runs` with each column of type set top to bottom (竖排: a headline down the side of its
    story) made one run: single characters of one size, one under the other at one left edge,
    a step of about their size apart, _STACKED or more of them.  Each was a line of its own.
    On a page read `turned` such a column is a line set across the page, read from its foot up,
    its characters at one right edge (their foot on the page: the tops of their boxes differ)."""
    step, edge = (_STEP_ACROSS, "x1") if turned else (_STEP, "x0")
    singles = sorted((run for run in runs if len(run.text) == 1), key=attrgetter(edge, "y0"))
    stacks: list[list[_Run]] = []
    for run in singles:
        stack = stacks[-1] if stacks else None
        if stack and _under(stack[-1], run, step, attrgetter(edge)):
            stack.append(run)
        else:
            stacks.append([run])
    stacked = [stack for stack in stacks if len(stack) >= _STACKED]
    if not stacked:
        return runs
    joined = {id(run) for stack in stacked for run in stack}
    return [run for run in runs if id(run) not in joined] + [_column_run(stack, turned) for stack in stacked]


def _under(upper: _Run, lower: _Run, step: tuple[float, float], edge: Callable[[_Run], float]) -> bool:
    """Whether `lower` is the next character down from `upper` in a column of vertical type,
    `step` (in their size) apart, at one `edge`."""
    return (abs(lower.size - upper.size) <= _SAME_TYPE * upper.size
            and abs(edge(lower) - edge(upper)) <= _ALIGNED * upper.size
            and step[0] * upper.size <= lower.baseline - upper.baseline <= step[1] * upper.size)


def _column_run(stack: list[_Run], upward: bool = False) -> _Run:
    """A column of vertical type as one run, read top to bottom (`upward`: from its foot up), its box
    round the column.  Its baseline, which places it among the rows of its block, is that of the
    character read first: a kicker set down the left of a headline across is read before it."""
    read = stack[::-1] if upward else stack
    return _Run("".join(run.text for run in read), np.concatenate([run.sizes for run in read]),
                np.concatenate([run.spaces for run in read]), min(run.x0 for run in stack), stack[0].y0,
                max(run.x1 for run in stack), stack[-1].y1, max(run.ink_x1 for run in stack), read[0].baseline,
                stack[0].size)


def _baseline_rows(chars: _Chars) -> tuple[np.ndarray, np.ndarray]:
    """The characters in rows of one baseline each, top to bottom, each row left to right
    (ties by text); and where each row starts in that order."""
    count = len(chars.texts)
    order = _by_baseline_then_x(chars)
    if _tied(chars.baseline[order], chars.x0[order]):
        keys = list(zip(chars.baseline.tolist(), chars.x0.tolist(), chars.texts))
        order = np.array(sorted(range(count), key=keys.__getitem__), dtype=np.intp)
    baseline, size = chars.baseline[order], chars.size[order]
    # A character within `_BASELINE` ems of the row's first baseline in its own
    # size is in the row whatever the size of the others: only characters past
    # that are looked at one by one (a hair's breadth less, against rounding).
    sure = np.searchsorted(baseline, baseline + _BASELINE * size * (1 - 1e-9) - 1e-9, side="right").tolist()
    baselines, sizes = baseline.tolist(), size.tolist()
    row_starts = np.zeros(count, dtype=bool)
    index = 0
    while index < count:
        row_starts[index] = True
        start, start_size = baselines[index], sizes[index]
        index = max(sure[index], index + 1)
        while index < count and baselines[index] - start <= _BASELINE * (
                sizes[index] if sizes[index] > start_size else start_size):
            index += 1
    rows = np.cumsum(row_starts)
    x0 = chars.x0[order]
    by_x = _whole_then(rows, x0)
    if _tied(rows[by_x], x0[by_x]):
        texts = [chars.texts[i] for i in order.tolist()]
        by_x = np.array(sorted(range(count), key=lambda i: (rows[i], x0[i], texts[i])), dtype=np.intp)
    return order[by_x], row_starts


def _by_baseline_then_x(chars: _Chars) -> np.ndarray:
    """`np.lexsort((chars.x0, chars.baseline))`.  pdfium gives a line's characters left to right: one
    stable sort by baseline, which finds them nearly in order, leaves those of a baseline in order of x
    already (then it is that same order, ties in both kept as they came), at a fifth of the time."""
    order = np.argsort(chars.baseline, kind="stable")
    baseline, x0 = chars.baseline[order], chars.x0[order]
    if np.any((baseline[1:] == baseline[:-1]) & (x0[1:] < x0[:-1])):
        return np.lexsort((chars.x0, chars.baseline))
    return order


def _whole_then(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """`np.lexsort((second, first))` where `first` holds whole numbers: one stable sort of one key,
    a third of the time.  The key is `first` times more than any `second` (moved to start at 0 or
    above), plus it: `second`'s values (points on a page) differ by far more than its rounding."""
    offset = second - second.min(initial=0.0)
    return np.argsort(first * (offset.max(initial=0.0) + 1.0) + offset, kind="stable")


def _tied(first: np.ndarray, second: np.ndarray) -> bool:
    """Do two neighbours in this order agree on both keys (so that a third key decides)?"""
    return bool(np.any((first[1:] == first[:-1]) & (second[1:] == second[:-1])))


def _run_starts(chars: _Chars, order: np.ndarray, closing: np.ndarray, row_starts: np.ndarray,
                body: float) -> tuple[np.ndarray, np.ndarray]:
    """Which characters (in `order`) are kept (a copy printed over one is not) and which start a run.

    A run ends at a gap wider than `_RUN_GAP` ems, or after a closing mark at a
    gap `_HUNG_GAP` ems wider than the letter spacing before it.  Rows where a
    character overlaps the one before it (copies printed over each other,
    characters inside others) are read one character at a time.
    """
    x0, x1, size = chars.x0[order], chars.x1[order], chars.size[order]
    inner = ~row_starts[1:]  # a character and the one before it, in one row
    gap = np.zeros(len(x0))
    gap[1:] = x0[1:] - x1[:-1]
    spacing = np.zeros(len(x0))  # the gap before the character before: its line's letter spacing
    spacing[2:] = np.where(row_starts[1:-1], 0.0, np.maximum(gap[1:-1], 0.0))
    em = np.minimum(np.minimum(size[1:], size[:-1]), body)
    wide = (gap[1:] > _RUN_GAP * em) | (closing[:-1] & (gap[1:] > spacing[1:] + _HUNG_GAP * em))
    starts = row_starts.copy()
    starts[1:] |= inner & wide
    kept = np.ones(len(x0), dtype=bool)
    overlapping = inner & ((x1[1:] < x1[:-1]) | (x0[1:] < x1[:-1] - 0.5 * size[1:]))
    if overlapping.any():
        bounds = np.append(np.flatnonzero(row_starts), len(x0))
        rows = np.searchsorted(bounds, np.flatnonzero(overlapping) + 1, side="right") - 1
        texts = list(map(chars.texts.__getitem__, order.tolist()))
        for row in np.unique(rows).tolist():
            _read_row(range(bounds[row], bounds[row + 1]), texts, x0.tolist(), x1.tolist(), size.tolist(),
                      chars.baseline[order].tolist(), body, kept, starts)
    return kept, starts


def _read_row(row: range, texts: list[str], x0: list[float], x1: list[float], size: list[float],
              baseline: list[float], body: float, kept: np.ndarray, starts: np.ndarray) -> None:
    """`_run_starts` one character at a time, for a row where characters overlap."""
    current: list[int] = []
    reach = 0.0  # right edge of the run so far
    spacing = 0.0  # the gap before the run's last character: its line's letter spacing
    for index in row:
        starts[index] = not current
        if current:
            last = current[-1]
            if x0[index] < x1[last] - 0.5 * size[index] and _overprinted(index, current[-4:], texts, x0, baseline,
                                                                         size[index]):
                kept[index] = starts[index] = False
                continue
            gap = x0[index] - reach
            em = min(size[index], size[last], body)
            if gap > _RUN_GAP * em or (texts[last] in _CLOSING_MARKS and gap > spacing + _HUNG_GAP * em):
                starts[index] = True
                current = []
                reach = 0.0
            spacing = gap if gap > 0 else 0.0
        current.append(index)
        if x1[index] > reach:
            reach = x1[index]


def _overprinted(index: int, before: list[int], texts: list[str], x0: list[float], baseline: list[float],
                 size: float) -> bool:
    """Is this a copy of a character just printed over it?

    Chinese PDFs fake bold headlines by printing the same text two or more
    times a fraction of a point apart; the copies are one character.
    """
    near = _OVERPRINT * size
    return any(texts[i] == texts[index] and abs(x0[i] - x0[index]) < near
               and abs(baseline[i] - baseline[index]) < near for i in before)


def _trimmed(kept: np.ndarray, starts: np.ndarray, spaces: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The kept characters' places, and which start a run, with spaces at either end of a run
    left out (and runs of nothing but spaces)."""
    places = np.flatnonzero(kept)
    starts, spaces = starts[places], spaces[places]
    if not spaces.any():
        return places, starts
    begins = np.flatnonzero(starts).tolist()
    keep = np.ones(len(places), dtype=bool)
    blank = spaces.tolist()
    for begin, end in zip(begins, begins[1:] + [len(places)]):
        if not (blank[begin] or blank[end - 1]):
            continue
        first, last = begin, end
        while first < last and blank[first]:
            first += 1
        while last > first and blank[last - 1]:
            last -= 1
        keep[begin:first] = keep[last:end] = False
        if first < last:
            starts[first] = True
    return places[keep], starts[keep]


def _ink_right(x0: float, x1: float) -> float:
    """Where a closing mark's ink ends: a full-width closing mark is inked in its left half only.

    Papers hang such marks past the column edge, into the gutter; the half
    left blank is what keeps the gutter a gap.
    """
    return x0 + 0.5 * (x1 - x0)


def _common_size(sizes: np.ndarray, spaces: np.ndarray) -> float:
    """The size most characters are set in, spaces aside; the first of those in a tie."""
    first = float(sizes[0])
    if 2 * int(np.count_nonzero(sizes == first)) > len(sizes):  # nearly always: a line is set in one size
        return first
    found, where, counts = np.unique(sizes[~spaces], return_index=True, return_counts=True)
    most = counts == counts.max()
    return float(found[most][np.argmin(where[most])])


def _cut(runs: list[_Run], left: float, body: float, blocks: list) -> None:
    """XY cut: split at white space across the whole width first, then at column gutters.

    Across first, because a page header, a footer or a story set over the
    full width would otherwise be cut apart by the gutters of the columns
    below it wherever its text does not happen to cross them.  Bands stacked
    on each other that share a column layout are kept together, so that a
    column is read to its foot before the next column starts, even where
    both columns happen to have white space at the same height.
    """
    groups = _stacked(_column_tops_joined(_bands(runs, body), body), body)
    if len(groups) > 1:
        for group in groups:
            _cut(group, _left_edge(group, left), body, blocks)
        return
    columns = _columns(runs, one_line=_headline_row(runs, body))
    if len(columns) > 1 and not _a_table(columns, body):
        for column in _rows_of_stories(columns, body):
            _cut(column, min(run.x0 for run in column), body, blocks)
        return
    blocks.append((left, _rows(runs)))


def _a_table(columns: list[list[_Run]], body: float) -> bool:
    """Do the columns stand as a table's (stock quotes, results, a schedule), to be read row by row:
    _TABLE_COLUMNS or more, one cell a row on the same rows, _TABLE_ROWS or more; one of them or more
    of short cells (figures, names), none of them of full lines.  A story's columns share their
    rows too, but their lines fill them, and no column of text is that narrow."""
    if len(columns) < _TABLE_COLUMNS:
        return False
    first = _rows(columns[0])
    if len(first) < _TABLE_ROWS:
        return False
    tables = [first]
    # A story's columns seldom share every row: each column's rows are worked out only while they do.
    for column in columns[1:]:
        rows = _rows(column)
        if len(rows) != len(first) or any(abs(rows[k][0].baseline - first[k][0].baseline) > _BASELINE * body
                                          for k in range(len(first))):
            return False
        tables.append(rows)
    short = [_short_cells(rows) for rows in tables]
    return any(short) and all(cells or _ragged(rows) for cells, rows in zip(short, tables))


def _short_cells(rows: list[list[_Run]]) -> bool:
    """Are most of the rows shorter than the narrowest column of text?"""
    widths = [row[-1].ink_x1 - row[0].x0 for row in rows]
    return float(np.median(widths)) < _NARROWEST_COLUMN * float(np.median([row[0].size for row in rows]))


def _ragged(rows: list[list[_Run]]) -> bool:
    """Do most of the rows stop short of one of the column's edges (cells set flush left or right)?"""
    left, right = min(row[0].x0 for row in rows), max(row[-1].ink_x1 for row in rows)
    em = float(np.median([row[0].size for row in rows]))
    full = sum(1 for row in rows if row[0].x0 - left < _CELL_EDGE * em and right - row[-1].ink_x1 < _CELL_EDGE * em)
    return 2 * full <= len(rows)


def _rows_of_stories(columns: list[list[_Run]], body: float) -> list[list[_Run]]:
    """Neighbouring columns that stories set apart at the same height, taken together.

    A story's last column and the columns of the stories before it can
    share a gutter all the way down the page, below them too, while a story
    beside them keeps white space from running across the whole width: cut
    at that gutter first, and the foot of one story would be read after the
    head of the next.  Where both sides have text above and below one band
    of white as tall as stories are set apart, they are cut across first.
    """
    claimed = _headed_from_the_right(columns, body)
    merged = [columns[0]]
    for index, column in enumerate(columns[1:], 1):
        if index not in claimed and _story_break_across(merged[-1], column, body):
            merged[-1] = merged[-1] + column
        else:
            merged.append(column)
    return merged if len(merged) > 1 else columns  # all of them together is what was cut apart


def _headed_from_the_right(columns: list[list[_Run]], body: float) -> set[int]:
    """The columns with no headline over them that a headline to their right is centred over.

    A column between two headlines could be the last of the story on its
    left or the first of the story on its right.  A headline is set flush
    left or centred over its story's columns: where a column on the far
    side of the right-hand headline mirrors this one, starting on the same
    row, that headline is centred over both, and the column is its story's.
    """
    tops: list[float | None] = []
    centres: list[float | None] = []  # of a headline right over a column's text, unless it is set flush left
    for column in columns:
        top = min((run.y0 for run in column if run.size <= _HEADLINE * body), default=None)
        display = [run for run in column if run.size > _HEADLINE * body and top is not None and run.y1 <= top]
        tops.append(top)
        centred = display and max(run.y1 for run in display) > top - 3 * body and not _flush_left(display, body)
        centres.append((min(run.x0 for run in display) + max(run.ink_x1 for run in display)) / 2 if centred else None)
    edges = [(min(run.x0 for run in column), max(run.ink_x1 for run in column)) for column in columns]
    claimed = set()
    for index, top in enumerate(tops):
        if top is None or centres[index] is not None:
            continue
        for right, centre in enumerate(centres[index + 1:], index + 1):
            if centre is None or tops[right] is None or abs(tops[right] - top) > 0.5 * body:
                continue
            mirrored = 2 * centre - edges[index][1], 2 * centre - edges[index][0]
            if any(tops[k] is not None and abs(tops[k] - top) < 0.5 * body and abs(edges[k][0] - mirrored[0]) < body
                   and abs(edges[k][1] - mirrored[1]) < body for k in range(right + 1, len(columns))):
                claimed.add(index)
            break
    return claimed


def _flush_left(headline: list[_Run], body: float) -> bool:
    """Are the lines of this headline set flush left: of different widths, all starting at one x?
    (A headline of one line may be either.)"""
    lines = [(min(run.x0 for run in row), max(run.ink_x1 for run in row)) for row in _rows(headline)]
    return (len(lines) > 1 and max(x0 for x0, _ in lines) - min(x0 for x0, _ in lines) < 0.3 * body
            and max(x1 for _, x1 in lines) - min(x1 for _, x1 in lines) > body)


def _story_break_across(left: list[_Run], right: list[_Run], body: float) -> bool:
    bands = _bands(left + right, body)
    if _headline_over_both(bands, left, body):
        return True
    for gap, band in bands[1:]:
        if gap < _STORY_GAP * body:
            continue
        top = min(run.y0 for run in band)
        if all(any(run.y1 <= top for run in side) and any(run.y0 >= top for run in side) for side in (left, right)):
            return True
    return False


def _headline_over_both(bands: list[tuple[float, list[_Run]]], left: list[_Run], body: float) -> bool:
    """A headline set over only some of its story's columns: the columns beside it, on either
    side, start on the row right under it with nothing above them.  It heads all of them.

    The headline is every band of display type at the top: a kicker or a
    subtitle in smaller type than the main line is a band of its own.
    """
    heads = 0
    while heads < len(bands) and all(run.size > _HEADLINE * body for run in bands[heads][1]):
        heads += 1
    if not heads or heads == len(bands):
        return False
    left_ids = {id(run) for run in left}
    headed = {id(run) in left_ids for _, band in bands[:heads] for run in band}
    under = bands[heads][1]
    if len(headed) != 1:  # headlines over both sides: stories side by side, or one headline across
        return _straddles(bands[:heads], left_ids, under, body)
    tops = [min((run.y0 for run in under if (id(run) in left_ids) == side), default=None) for side in (True, False)]
    return None not in tops and abs(tops[0] - tops[1]) < 0.5 * body


def _straddles(heads: list[tuple[float, list[_Run]]], left_ids: set[int], under: list[_Run], body: float) -> bool:
    """Is the headline over the right-hand side the rest of one over the left, its row crossing
    the gutter?  A story's own headline starts no further left than its first column, and the
    parts of one headline are a space apart, less than an em."""
    right_heads = [run for _, band in heads for run in band if id(run) not in left_ids]
    right_text = [run for run in under if id(run) not in left_ids]
    if not right_heads or not right_text:
        return False
    first = min(right_heads, key=_X0)
    return first.x0 < min(run.x0 for run in right_text) - 0.1 * body and any(
        id(run) in left_ids and _one_row([run, first]) and first.x0 - run.ink_x1 < min(run.size, first.size)
        for _, band in heads for run in band)


def _headline_row(runs: list[_Run], body: float) -> bool:
    """Is this one printed line of display type in pieces (headlines of stories side by side)?
    Not where a piece is in type smaller than the body's: a page header's date or page number
    beside its section name in large type (要闻 … 2026年5月12日)."""
    return (len(runs) > 1 and max(run.size for run in runs) > _HEADLINE * body
            and min(run.size for run in runs) > (1 - _SAME_TYPE) * body and _one_row(runs))


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
    by side (unless its pieces are the parts of one headline), and goes
    with the columns under it, never with the columns over it, even where
    they share gutters (the next row of the page grid); one line of
    body-size type in pieces (a page header, left and right) stays one
    line, unless its pieces start lines of the columns over it.  Two such
    rows one over the other (the kickers of stories side by side, then
    their main lines) are one row of headlines.  White
    space as tall as stories are set apart (`_STORY_GAP`) ends the columns
    above it, gutters shared or not.
    """
    groups: list[list[_Run]] = []
    last_split = last_headlines = False
    for position, (gap, band) in enumerate(bands):
        headlines = _headline_row(band, body)
        below = [runs for _, runs in bands[position + 1:position + 4]]
        if headlines:
            band = _headlines_of_row(band, below, body)
            headlines = len(band) > 1
        elif len(band) > 1 and all(run.size > _HEADLINE * body for run in band):
            band = _headline_lines(band, below, body)
        split = len(_columns(band, one_line=headlines)) > 1
        near = gap < _STORY_GAP * body
        if (groups and last_split and split and (last_headlines and near if headlines else last_headlines or near)
                and len(_columns(groups[-1] + band)) > 1):
            groups[-1] += band
        elif groups and last_split and not split and gap < _STORY_GAP * body and (
                _goes_on_a_column(groups[-1], band, body) or _lines_up_with_columns(band, groups[-1], body)):
            groups[-1] += band
            continue
        else:
            groups.append(list(band))
        last_split, last_headlines = split, headlines and split
    return groups


def _headline_lines(band: list[_Run], below: list[list[_Run]], body: float) -> list[_Run]:
    """A headline of two or more lines, each line in pieces joined as `_headlines_of_row` joins
    one (四川资阳 产业项目…: a cut at its word space would read 四川资阳 before the line over it)."""
    rows = _rows(band)
    if all(len(row) == 1 for row in rows):
        return band
    return [run for row in rows for run in (_headlines_of_row(row, below, body) if len(row) > 1 else row)]


def _headlines_of_row(row: list[_Run], below: list[list[_Run]], body: float) -> list[_Run]:
    """A row of display type in pieces as its headlines: one run for each.

    Headlines of stories set side by side each stay over their own story's
    columns: a column under the row starts after one ends and at or before
    the next begins.  The parts of one headline, less than an em apart,
    stand over one column, or straddle a gutter, and are joined.  The columns are
    those of the first band below whose text type stands in columns (a
    headline's next line, or a byline beside it, may come first); with none,
    every piece is a headline.
    """
    for band in below:
        text = [run for run in band if run.size <= _HEADLINE * body]
        starts = [min(run.x0 for run in column) for column in _columns(text)][1:] if text else []
        if starts:
            break
    else:
        return row
    slack = 0.1 * body
    groups: list[list[_Run]] = []
    for run in sorted(row, key=_X0):
        last = groups[-1][-1] if groups else None
        if last is not None and (_word_space_apart(last, run) or (
                run.x0 - last.ink_x1 < min(run.size, last.size)
                and not any(last.ink_x1 < start <= run.x0 + slack for start in starts))):
            groups[-1].append(run)
        else:
            groups.append([run])
    return [group[0] if len(group) == 1 else _one_run(group) for group in groups]


def _word_space_apart(left: _Run, right: _Run) -> bool:
    """Are two pieces of display type the parts of one headline whatever the columns under them:
    in one size, a word space apart (under half an em, where the rebuild joins them anyway)?"""
    return abs(left.size - right.size) < 0.01 * left.size and right.x0 - left.ink_x1 < _WORD_SPACE * left.size


def _one_run(row: list[_Run]) -> _Run:
    """The pieces of one printed line as one run, a space between each two (one headline whose
    parts are set apart by a space)."""
    row = sorted(row, key=_X0)
    space_size, space = np.array([row[0].size]), np.array([True])
    sizes = np.concatenate([part for run in row for part in (space_size, run.sizes)][1:])
    spaces = np.concatenate([part for run in row for part in (space, run.spaces)][1:])
    return _Run(" ".join(run.text for run in row), sizes, spaces, row[0].x0, min(run.y0 for run in row),
                row[-1].x1, max(run.y1 for run in row), row[-1].ink_x1, max(run.baseline for run in row),
                max(run.size for run in row))


def _column_tops_joined(bands: list[tuple[float, list[_Run]]], body: float) -> list[tuple[float, list[_Run]]]:
    """The bands, with one row of body type in pieces joined to the columns right under it where
    each piece stands at the head of one of them.

    A story's byline or 上接 line takes the first row of its first column
    while its next column starts on that row; where a paragraph space
    follows in every column, the row is white space apart from the rest,
    and read as one line it would glue the byline to the next column's text.
    Rows of short paragraphs spaced apart in every column are joined in
    turn, each to the next.
    """
    out: list[tuple[float, list[_Run]]] = []
    for position, (gap, band) in enumerate(bands):
        if position and gap < _STORY_GAP * body and _lines_up_with_columns(bands[position - 1][1], band, body):
            out[-1] = (out[-1][0], out[-1][1] + band)
        else:
            out.append((gap, band))
    return out


def _lines_up_with_columns(row: list[_Run], band: list[_Run], body: float) -> bool:
    """Is this row of body type in pieces, each piece starting a line of a different column of `band`?"""
    if len(row) < 2 or any(run.size > _HEADLINE * body for run in row) or not _one_row(row):
        return False
    columns = [(min(r.x0 for r in column), max(r.ink_x1 for r in column)) for column in _columns(band, one_line=True)]
    if len(columns) < len(row):
        return False
    lefts = [x0 for x0, _ in columns] + [math.inf]
    headed = set()
    for run in row:
        starts = [k for k, x0 in enumerate(lefts[:-1])
                  if x0 - body <= run.x0 <= x0 + _INDENT_MAX * run.size and run.ink_x1 < lefts[k + 1]]
        if not starts:
            return False
        headed.add(starts[0])
    return len(headed) == len(row)


def _goes_on_a_column(group: list[_Run], band: list[_Run], body: float) -> bool:
    """Is this band of body type the rest of one of the group's columns, set off by a paragraph space?

    Where the other columns have ended, the space that opens an unindented
    paragraph runs across the whole width, and would end the column there.
    A column goes on in its own type: a line in other type under it (the
    editors' line at the page's foot, in smaller type) is not its text.
    """
    if any(run.size > _HEADLINE * body for run in band):
        return False
    left, right = min(run.x0 for run in band), max(run.ink_x1 for run in band)
    columns = _columns(group)
    edges = [(min(run.x0 for run in column), max(run.ink_x1 for run in column)) for column in columns]
    for index, (x0, x1) in enumerate(edges):
        if (x0 - body <= left and right <= x1 + body and _in_the_type_of(columns[index], band)
                or _under_a_headline(columns[index], edges, index, left, right, body)):
            return len(_columns(group + band)) == len(columns)
    return False


def _in_the_type_of(column: list[_Run], band: list[_Run]) -> bool:
    """Is the band set in the size of the column's last line?"""
    size = max(column, key=_BASELINE_OF).size
    return all(abs(run.size - size) < _SAME_TYPE * size for run in band)


def _under_a_headline(column: list[_Run], edges: list[tuple[float, float]], index: int, left: float, right: float,
                      body: float) -> bool:
    """Is a band from `left` to `right` the text under this column of display type (a headline
    centred over its story's one column, narrower than it by more than an em on either side),
    reaching no further than the gutters on either side of it?"""
    if not all(run.size > _HEADLINE * body for run in column):
        return False
    x0, x1 = edges[index]
    before = edges[index - 1][1] if index else -math.inf
    after = edges[index + 1][0] if index + 1 < len(edges) else math.inf
    return before < left <= x0 and x1 <= right < after


def _columns(runs: list[_Run], one_line: bool = False) -> list[list[_Run]]:
    """Split at every x where no run crosses; one line with gaps in it is not split unless `one_line`."""
    if not one_line and _one_row(runs):
        return [runs]
    ordered = _sorted_by(runs, _X0, _BASELINE_OF)
    columns: list[list[_Run]] = [[ordered[0]]]
    start, reach, size = ordered[0].x0, ordered[0].ink_x1, ordered[0].size
    for run in ordered[1:]:
        if run.x0 > reach and not _wrapped_at_the_edge(start, reach, min(size, run.size), run):
            columns.append([])
            start, size = run.x0, run.size
        columns[-1].append(run)
        if run.ink_x1 > reach:
            reach = run.ink_x1
        if run.size > size:
            size = run.size
    return columns


def _wrapped_at_the_edge(start: float, reach: float, em: float, run: _Run) -> bool:
    """Is the strip from `start` to `reach` too narrow for a column, and closer to `run` than a gutter?

    Then it holds the short ends of lines wrapped at a column's left edge
    (跌。, 上) under lines indented past it, not a column of its own.  Ems
    (`em`) of the smaller type on either side: a column of body type beside
    a headline is as wide as three ems of the headline.
    """
    return reach - start < _NARROWEST_COLUMN * em and run.x0 - reach < _GUTTER * em


def _bands(runs: list[_Run], body: float) -> list[tuple[float, list[_Run]]]:
    """Split where white space taller than `_BLOCK_GAP` ems runs across all of `runs`,
    or taller than `_TYPE_CHANGE_GAP` ems where headline type meets body type.

    Ems of the smaller type on either side: a line of body type set well
    apart from a headline is apart, however large the headline.  Going from
    body to headline type counts only one above the other: a headline in the
    next column starting just below a line says nothing about the line.  Two
    headline sizes are not body and headline type: a story's two-line
    headline beside a larger one stays whole, its second line below the
    larger one's foot.
    """
    ordered = _sorted_by(runs, _Y0, _X0)
    bands: list[tuple[float, list[_Run]]] = [(0.0, [ordered[0]])]
    lowest = ordered[0]
    for run in ordered[1:]:
        gap = run.y0 - lowest.y1
        smaller, larger = (run.size, lowest.size) if run.size <= lowest.size else (lowest.size, run.size)
        if gap > _BLOCK_GAP * smaller or (gap > _TYPE_CHANGE_GAP * smaller and larger > _HEADLINE * smaller
                                          and smaller <= _HEADLINE * body
                                          and (run.size < lowest.size or _over(lowest, run))):
            bands.append((gap, []))
        bands[-1][1].append(run)
        if run.y1 > lowest.y1:
            lowest = run
    return bands


def _over(upper: _Run, lower: _Run) -> bool:
    return lower.x0 < upper.ink_x1 and upper.x0 < lower.ink_x1


def _one_row(runs: list[_Run]) -> bool:
    """Do the runs all stand on one printed line (as `_rows` would group them)?"""
    low = min(runs, key=_BASELINE_OF)
    base, size = low.baseline, low.size
    return all(run.baseline - base <= _BASELINE * (run.size if run.size > size else size) for run in runs)


def _rows(runs: list[_Run]) -> list[list[_Run]]:
    """Runs of one block grouped into printed lines, top to bottom, each left to right."""
    rows: list[list[_Run]] = []
    for run in _sorted_by(runs, _BASELINE_OF, _X0):
        if rows and run.baseline - rows[-1][0].baseline <= _BASELINE * max(run.size, rows[-1][0].size):
            rows[-1].append(run)
        else:
            rows.append([run])
    for row in rows:
        row.sort(key=_X0)
    return rows


def _sorted_by(runs: list[_Run], first: Callable, then: Callable) -> list[_Run]:
    """`runs` in order of `first`, ties in order of `then`: two stable sorts of one key each, faster than
    one sort of the pairs (a third of its time for `_columns`; a page's runs are sorted again at each cut)."""
    return sorted(sorted(runs, key=then), key=first)


def _line(row: list[_Run], number: int, gap: int, left: float) -> Line:
    if len(row) == 1:  # nearly always
        (run,) = row
        text, size, y0, x1, y1 = _run_text(run), run.size, run.y0, run.x1, run.y1
    else:
        text = " ".join(map(_run_text, row))
        size = _common_size(np.concatenate([run.sizes for run in row]), np.concatenate([run.spaces for run in row]))
        y0, x1, y1 = min(r.y0 for r in row), max(r.x1 for r in row), max(r.y1 for r in row)
    x0 = row[0].x0
    return Line(
        number=number, text=text, gap_before=gap,
        indent=x0 - left > _INDENT * size,
        bbox=BBox(round(x0, 2), round(y0, 2), round(x1, 2), round(y1, 2)),
        font_size=size,
    )


def _run_text(run: _Run) -> str:
    """The run's characters; a stretch of spaces inside it becomes one space."""
    return " ".join(run.text.split()) if _HAS_SPACE.search(run.text) else run.text
