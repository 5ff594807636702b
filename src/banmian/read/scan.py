"""Scans: page images and PDF pages without a text layer, read by OCR into `Line`s.

A page image is deskewed (the angle, within ±5°, at which the rows of ink
are sharpest; turned again and read anew where the detector's boxes still
slant; turned upside down or on its side where it reads as noise, a page fed
the wrong way up) and its white margins cropped; then rapidocr's PP-OCR models,
shipped inside its wheel and run on the CPU by onnxruntime, find the text
lines and read them (where the recogniser hesitates between two characters,
a character bigram model shipped with this package weighs them with their
neighbours: read/ocr_lm.py).  What the detector and recogniser are known to miss
or misread (marks at a line's ends, dashes, quotes, ellipses, lines that
hold only a dash or dots, the spaces between a byline's names) is put back
from the ink.  Each OCR box then goes into the PDF reader's
layout analysis as text with its box and size, the box drawn round the em
boxes of its characters as a PDF's are and the size measured by the
characters' pitch, so a scan gets the same columns, blocks, reading order
and blank lines as a PDF, and the rebuild takes its lines unchanged.

Units: for a PDF page, boxes and font sizes are in PDF points (origin top
left), so regions match the page; for an image file, in pixels of the image
as given (origin top left, before deskew and crop); for a page read turned a
quarter (fed sideways, or set in vertical type), on the page turned that
quarter (`SourcePage.turned`).  Each line carries the
OCR's confidence: the recogniser's mean character probability (0 to 1),
weighted by characters where a line joins several OCR boxes, each character
the recogniser dropped between two of them counted in at nought (`_dropped`).
"""

from __future__ import annotations

import contextlib
import functools
import io
import itertools
import math
import os
import re
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from banmian.errors import InputError
from banmian.model import BBox, Line
from banmian.read import SourcePage
from banmian.read.pdf import Char, map_pages, page_lines, page_text

INSTALL = "reading scans needs OCR: pip install 'banmian[ocr]'"
NO_TEXT_FOUND = "no text layer, and OCR found no text on any page (a blank or unreadable scan)"
OCR_DEVICES = ("cpu", "cuda")
# Scanned PDF pages are rendered for OCR at this resolution.
PDF_DPI = 300
# The most pixels a PDF page is rendered to: a broadsheet (39 x 54 cm) at PDF_DPI is 29 Mpx, the
# largest page bench/pdfgen.py sets (2.4 A3 sheets) 42 Mpx; Pillow warns of a bomb from 89 Mpx.
RENDER_PIXELS = 60_000_000
# Skew is looked for within this many degrees either way.
_MAX_SKEW = 5.0
# ...in this many strips of the page's width apart.
_SKEW_STRIPS = 3
# Skew the detector's boxes round lines this many times as long as tall still show is turned out,
# where it is this many degrees or more: a column 1,800 pt long then drifts a third of a 2-em
# indent in 9-pt type.  (At 0.1°, nine dev pages in 70 were read again, and on two of the five
# between 0.1° and 0.25° other crops cost three articles: a — read 一, a headline given to the
# story beside it; on the four at 0.25° or more, none was lost and two were segmented.)
_LONG_LINE = 8
_RESIDUAL_SKEW = 0.25
# A page read with less confidence than this is read again turned upside down, then on either
# side: a scan fed the wrong way up reads as noise, at about 0.6; every generated dev page reads
# at 0.988 or more (the recogniser's outputs cached by bench/scan_replay.py, 116 pages of 19 seeds).
_UPSIDE_DOWN = 0.8
# Skew and margins are found on a copy this many pixels wide: fast, and
# averaging pixels away wipes out speckle noise.
_SMALL_WIDTH = 1000
# A photo: cells this much darker than the paper on average, filling this much of a box at
# least this many ems each way.
_TONE = 12
_PHOTO_FILL = 0.6
_PHOTO_EMS = 5
# An OCR box is this much taller than the type in it (the detector pads its boxes).
_BOX_PER_EM = 1.1
# Ink is darker than this share of the paper's shade.
_INK = 0.6
# A line of Chinese type inks this share of its em, top to bottom.
_INK_PER_EM = 0.96
# A row of a box inked across more than this share of its width is a rule.
_RULE = 0.8
# Boxes of display type side by side on a line, this many ems of ink apart
# or less, are words a full-width space apart (a two-part headline
# 全市重点项目　集中开工), not two columns.
_WORD_SPACE = 1.3
# Lines whose left edges are this close (in body ems) are aligned...
_ALIGNED = 0.3
# ...and this many aligned lines of body type make a column.
_COLUMN_LINES = 5
# Type this many times the body size is display type (as `Layout.display_type`).
_DISPLAY = 1.25
# Ink no box covers is a line the detector missed where it is at least this many body ems tall and
# at most this many (taller is a photo), and this many times as wide as it is tall.
_LOOSE_LINE = (0.8, 5.0, 3.0)
# What is read there is kept where the recogniser is this sure of it and its type is no smaller than
# this share of the body's (a photo's texture reads as strings of marks and kana, small and unsure).
_MISSED_CONFIDENCE = 0.9
_MISSED_SMALLEST = 0.8
# A box this many times as tall as it is wide is read standing, top to bottom (rapidocr turns it);
# the lines beside it are this many times its width tall, or less, and this share of it or more.
_STANDING = 1.5
_STANDING_ROWS = (0.6, 1.5)
# A gap wider than this (in ems) inside an OCR box is a column gutter.
_GUTTER = 1.0
# A box inside another on its line, give or take this many ems, reads the same ink again.
_COVER = 0.2
# ...and a gap this wide after a mark hung into the gutter, where a column starts.
_HUNG_GUTTER = 0.6
# A box whose ink is under this share of the em of a line it overlaps, holding at most this many
# characters, is a piece of that line's characters read again.
_PIECE = 0.4
_PIECE_CHARACTERS = 2
# A box cut through its line's own characters is grown by at most this share of its height.
_CUT_REACH = 0.5
# Ink this many ems or less past the end of a detected line is a mark the
# detector left off it (the gap from 。 to ” is about two thirds of an em,
# more in a line set loose; a gutter is wider)...
_MARK_GAP = 1.5
# ...looked for this many ems past the end.
_RUN_ON = 3.0
# A line of marks alone (…………, ——) is looked for in the slot this many ems deep below the line
# above (a line's pitch), then in a deeper one where the marks are a paragraph of their own set
# with space before it (the ink of a ………… 1.98 ems below on dev seed 3).
_MARKS_SLOTS = (1.6, 2.5)
# ...where they start inside the column of the line above, no more than this many ems left of it
# (a rule under a story reaching out of the column is no paragraph's marks: dev seeds 5, 9), and
# their middle lies this many ems or more below it: a bar nearer is one the first slot saw with
# other ink beside it (a rule under a header's line, dev seed 8).
_INSIDE = 0.25
_SPACED = 1.4
# A line that starts this many ems right of a column's start is indented (a paragraph's two ems).
_INDENT = (1.0, 2.5)
# A box that starts inside a character is looked back over this many ems for the character's start.
_CUT_REACH_BACK = 1.1
# A bar of ink this many ems long, or longer, at mid-height is a dash (——)...
_DASH = 1.5
# ...and it is no taller than this (in ems).
_BAR = 0.15
# A one-em dash is a bar this long (in ems) or longer, and no thicker than this: a 一 is thicker
# (in 10.5-pt type at 300 dpi, 43.8 px to the em, a dash is 2 px, a Song 一 3 px: 0.068 em).
_FULL_EM = 0.95
_HAIRLINE = 0.06
# Or a bar this long, where the middle of its columns is no thicker than this: a stroke of the
# next character set solid against a dash, or a pixel of noise, makes the thickest column of a
# hairline as thick as a 一 (问需—合作: 3 px of 40), and a dash measured short can be as short as
# a 一 (东北—远东: 0.91 em); at 300 dpi a dash's middle column is 1-2 px, 0.025-0.055 em, a 一's
# 3 px or more, 0.065-0.11 em.  Where an em is under this many pixels both are a pixel or two.
_NEAR_EM = 0.88
_HAIRLINE_MIDDLE = 0.06
_FINE_EM = 30
# A face whose — falls short of its em sets a —— as two bars, each a full em long, with up to
# this much white between them (ems; 0.04-0.07 seen in STSong).  A 一 after a dash is shorter.
_DASH_SPLIT = 0.12
# What the recogniser reads for part of a dash: 一, —, or a hyphen.
_DASH_READS = "—-－"
# A dot of an ellipsis (…) is no wider or taller than this (in ems).
_DOT = 0.2
# A solid square (■) opening a line is this many ems each way, its sides within a tenth of an em...
_SQUARE = (0.5, 1.0)
# ...and this much of its box inked (a character as square and as large is far less solid).
_SOLID = 0.85
_OPENING_MARKS = "■□◎"
_MIDDLE_DOTS = "·.•・"  # what the recogniser reads a name's middle dot as
# A hollow square or a bullseye opens a byline only: elsewhere a character may be drawn so (口, 回).
_BYLINE_OPENINGS = ("本报", "记者", "通讯员", "实习生", "特约")
# How far (in ems) a character's em box reaches past its ink: Chinese marks
# sit in one corner of their em, on the left (。) or on the right (（).
_CELL_RIGHT = {"。": 0.67, "、": 0.69, "，": 0.42, "；": 0.42, "：": 0.42, "？": 0.26, "！": 0.26, "·": 0.43,
               "）": 0.64, "》": 0.55, "」": 0.55, "』": 0.55, "】": 0.55}
# A line ending in a closing quote this many ems or less short of a column's end reaches it.
_CLOSING_QUOTES = "”’"
# A quote closes after these at a line's end (…。” …？’).
_SENTENCE_ENDS = "。！？…"
# The marks the recogniser reads, now and then, into the blank at the end of a line's crop.
_MARKS_READ_INTO_BLANK = "：；，。、"
# ...after these, whose stroke the line's ink then ends in.
_CLOSING_BRACKETS = "）》」』】"
_QUOTE_SHORT = 0.5
_CELL_LEFT = {"（": 0.65, "《": 0.57, "「": 0.57, "『": 0.57, "【": 0.57}
_BEARING = 0.04  # any other character
# A line opening on one of these marks whose ink starts no more than `_OPENER_INK` ems right of a
# column's start (or `_ALIGNED` left of it) starts there: where a mark's ink sits in its em depends on
# the face and on whether it is set full or half width.
_OPENERS = "（(《「『【“‘"
_OPENER_INK = 0.8
# A line of this many Chinese characters or more measures its type size by their pitch...
_PITCH_CHARACTERS = 6
# ...where that is within this share of the height of its ink.
_PITCH_AGREES = 0.15
# Ems a quote or middle dot takes in a face that sets them narrow (WenQuanYi Zen Hei's advances).
_NARROW = {"‘": 0.22, "’": 0.22, "“": 0.33, "”": 0.33, "·": 0.24}
# Characters of one word are never set this far apart (in ems of ink gap); names in a byline are.
_NAME_GAP = 0.22
# ...where the ink of two characters set solid is this far apart.
_INK_GAP = 0.12
# Lines whose middles are this many ems apart or less are on one row (a header's two ends: the
# residual skew leaves them up to a third of an em apart across the page)
_SAME_ROW = 0.6
# A quote mark's tick starts above this share of the em and ends above this share, no wider than this,
# and two ticks this close (in ems) are one double quote.
_QUOTE_TOP = 0.2
_QUOTE_BOTTOM = 0.42
_QUOTE_WIDTH = 0.35
_QUOTE_PAIR = 0.2
# ...and a single one starts less than this many ems before the double it closes inside (’”).
_QUOTE_NEST = 0.5
# A tick this many ems or less from where the pitch places a ， is that character's ink.
_TICK_AT = 0.5
# ...or this many, where no ink lies under the tick below `_LOW_HALF` of the em (a ， would have some).
_TICK_REACH = 1.0
_LOW_HALF = 0.55
# A tick weighing less than this above its middle as below opens; more than this closes.
_OPENING_WEIGHT = 0.8
_CLOSING_WEIGHT = 0.95
# ...told only in type this many pixels to the em or more (at 150 dpi a tick is 5 pixels tall).
_SHAPED_EM = 30
# Crops a line closing more quotes than it opens is read again from: this many ems above and below its em box.
_QUOTE_CROPS = (0.1, 0.0, 0.25)
# A mark left off a line's end is read again with this many characters before it.
_TAIL = 4
# Font sizes closer than this ratio are one size read with some jitter.
_SAME_SIZE = 1.08
# The blank between the em cells of two boxes of one line, in ems, that held characters the
# recogniser dropped (a full-width mark's em, up to a ——); wider is a gap the page was set with.
# Where nothing was dropped the blank is up to 0.59 em on the 300-dpi dev scans (after a 》 or ）)
# and 0.45 on a clean 150-dpi page; where a mark was, 0.94 to 2.0 on a soft 110-dpi one.
_DROPPED_GAP = (0.75, 2.6)
_HALF_WIDTH = {":": "：", ";": "；", "?": "？", "!": "！", ",": "，"}
_CJK = "\u3400-\u9fff\uf900-\ufaff"
_LONE_MARKS = set(":;?!,")
# Half-width punctuation the recogniser puts beside Chinese characters (a
# sign next to a letter or digit, as in "3:00" or "(1)", is left alone).
_FULL_WIDTH_MARKS = "“”‘’，。、；：？！（）《》【】"
_HALF_WIDTH_BESIDE_CJK = re.compile(
    rf"(?<=[{_CJK}{_FULL_WIDTH_MARKS}])[:;?!,]|[:;?!,](?=[{_CJK}{_FULL_WIDTH_MARKS}])")
# A colon after a digit is the ratio sign (3∶7, 1∶1000), which the recogniser never gives: in the
# corpus's 人民日报 articles a digit is followed by ∶ 238 times (each time a digit after it), by ： or :
# 10 times.  At a line's end the digit after it is on the next line.
_RATIO_COLON = re.compile(r"(?<=[0-9])[：:](?=[0-9]|$)")
# ...and one opening a line, a digit after it, where the line before ends on a digit (以1 | ∶0).
_RATIO_COLON_OPENING = re.compile(r"^[：:](?=[0-9])")
# ‰ after a number is read as % and an o (土壤含盐量从16‰ read 16%o, dev seed 50); the corpus's
# articles print ‰ 24 times and %o never.
_PER_MILLE = re.compile(r"(?<=[0-9])%o")
# Brackets are full-width on a Chinese page round letters and digits too: （GDP）, （2026年…）
# (the corpus's articles: 26,303 pairs full-width, 15 half-width).
_FULL_WIDTH_BRACKETS = str.maketrans("()", "（）")
# A bar (丨, ｜) is no wider than this (in ems)...
_UPRIGHT = 0.15
# ...and ｜ reaches this many ems below the feet of the Chinese beside it (丨 none); looked for this far down.
_BAR_DROP = 0.07
_BAR_DROP_REACH = 0.3
# The Roman numeral Ⅰ (Ⅰ期临床研究, 程Ⅰ标) is an upright no wider than a bar, alone in the middle of an
# em of its own: shorter than the Chinese beside it (its ink from 0.14 to 0.87 of the em in the dev
# pages' Hei; 丨 and ｜ reach the em's top and foot), with at least this much white (ems) each side.
_ROMAN_ONE_HEIGHT = (0.6, 0.08, 0.92)  # at least this tall, its top no higher, its foot no lower (ems)
_ROMAN_ONE_WHITE = 0.3
# The recogniser reads the □ that opens a byline (□本报记者) as the ballot box ☐, and a ■ now and then as the block █.
_PRINTED_SHAPES = str.maketrans("☐█", "□■")
# The lower blot of a ； (its dot and tail) is 0.22-0.28 em tall, a ：'s lower dot 0.10-0.14 (the eight
# cached dev seeds at 300 dpi, 92 and 82 of them); the recogniser, unsure, reads ： for either.
_SEMICOLON_TAIL = 0.18
_SEMICOLON_WIDTH = 0.2
# The recogniser has no 丨, the bar that sets a column's name off a headline (新华视点丨用“宇宙能量”
# 治病？), and reads it |; between Chinese it is never | in the corpus's articles (丨 126 times, ｜ 76).
_BAR_BETWEEN_CJK = re.compile(rf"(?<=[{_CJK}{_FULL_WIDTH_MARKS}]) ?\| ?(?=[{_CJK}{_FULL_WIDTH_MARKS}])")
_HAS_CJK = re.compile(f"[{_CJK}]")
_HAS_LATIN = re.compile("[A-Za-z|]")
_LOW_MARKS = "、，。.,"
_CLOSING = "，。、；：？！）》」』】”’,.;:?!)"
_HIGH_MARKS = "”’“‘\"'"
# Spaces and dots (an ellipsis read as dots) are set out of step; a decimal point is a digit's width.
_UNEVEN_PITCH = re.compile(r"[ …．]|(?<!\d)\.|\.(?!\d)")
_CREDIT_LINE = re.compile(
    f"^[□■◎●▲]?(?:本报|新华社|中新社|[{_CJK}]{{2,4}}(?:日报|晚报))?(?P<role>(?:特约|首席|见习|实习|摄影)?(?:记者|通讯员|实习生))"
    f"[{_CJK}]+(?:（[^（）]+）)?$")
# An editors' line with no colon after its roles (责任编辑 罗彦 版式设计 高 佶 校对 王 者), whose
# spaces are all that mark it as one; and a line of names alone, body type or smaller, under such a
# line (杨 彦 under 版式设计 孙 振) or a photo's credit (常 晋文): set apart anywhere else, a line
# of body text or the paper's name over a page (人民 日报) would no longer read as it is.
_EDITOR_ROLES = "责任编辑|责编|美编|美术编辑|版式设计|版面设计|责任校对|校对|图片编辑|视觉设计|统筹|策划"
_EDITOR_LINE = re.compile(f"^(?:本版|本期)?(?P<role>{_EDITOR_ROLES})[{_CJK}]+$")
_NAMES_ALONE = re.compile(f"^[{_CJK}]{{2,8}}$")
# An editors' line with a colon (本版责编：季健明) or its role alone (本版责编), whose names can run on
# to a line of their own (徐雷鹏 李佩阳): that line is set apart as one under an editors' line.
_EDITORS_OPENING = re.compile(f"^(?:本版|本期|[一二三四五六七八九十]+版)?(?:{_EDITOR_ROLES})(?:[：:]|$)")
# What a quote mark boxed alone, far smaller than the line beside it, is read as; and after a
# sentence's end, 1 too (a Hei ” set close after 。 at a line's end: dev seed 49's 下去。”1); and
# what its two ticks are read as together (dev seed 51's 一个月。” read 27; a 26 may be small type).
_QUOTE_READS = set("”“’‘\"'3569J")
_QUOTE_READ_AS_DIGITS = {"27"}
_QUOTE_READS_AFTER_A_SENTENCE = _QUOTE_READS | {"1"}
_HIGH_DIGITS = {"99": "”", "66": "“", "9": "’", "6": "‘"}
_LOW_DIGITS = {"7": "，", ",": "，", "，": "，", ".": "。", "。": "。", "o": "。"}
_NO_QUOTES = str.maketrans("", "", "‘’“”'\"")
_IDEOGRAPH = re.compile(f"[{_CJK}]")
_LATIN_OR_DIGITS = re.compile("[A-Za-z0-9]")

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class _Box:
    """One OCR box in the deskewed image: its text, where it is, how sure the recogniser was."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    confidence: float
    size: float = 0.0  # the type size, from the height of the ink in the box


def read_image(data: bytes, name: str, progress: Progress | None = None) -> Iterator[SourcePage]:
    """One `SourcePage` per frame of an image (a multi-page TIFF has several), each
    yielded as soon as OCR has read it."""
    with _opened(data) as image:
        count = getattr(image, "n_frames", 1)
        frames = ((frame, 1.0) for frame in _frames(image, count))
        yield from with_text(_read_pages(frames, ocr_engine(), name, progress, list(range(count))))


def with_text(pages: Iterable[SourcePage]) -> Iterator[SourcePage]:
    """The pages OCR found text on, as they come; `InputError` after the last where it found none."""
    found = False
    for page in pages:
        if page.lines:
            found = True
            yield page
    if not found:
        raise InputError(NO_TEXT_FOUND)


def read_scanned_pdf(data: bytes, name: str, numbers: list[int], progress: Progress | None = None,
                     ) -> Iterator[SourcePage]:
    """The pages of a PDF that are scans (0-based `numbers`), rendered (`_rendered`) and read by OCR:
    one page each, in order, yielded as soon as it is read, with no lines where OCR found no text."""
    try:
        engine = ocr_engine()
    except InputError as error:
        pages = ", ".join(str(number + 1) for number in numbers)
        raise InputError(f"no text layer on page {pages} (a scan), and {error}") from None
    yield from _read_pages(_rendered_pages(data, numbers), engine, name, progress, numbers)


def _read_pages(frames: Iterable[tuple], engine, name: str, progress: Progress | None,
                numbers: list[int]) -> Iterator[SourcePage]:
    """Each of `frames` (image, the units a pixel of it spans) read by OCR, as the page numbered by
    the next of `numbers`, one at a time: a file of scans is read for minutes, and the pages read
    are kept when it is interrupted or a later page fails."""
    for done, ((frame, unit_per_pixel), number) in enumerate(zip(frames, numbers, strict=True), 1):
        lines, figures, turned = ocr_page(frame, engine, unit_per_pixel)
        if progress:
            progress(done, len(numbers))
        yield SourcePage(name=name, text=page_text(lines), lines=lines, index=number, figures=figures,
                         turned=turned)


@functools.cache
def ocr_engine(device: str = "cpu"):
    """The process's OCR engine for `device`, made on first use: loading the models takes a second and 100 MB.

    `device` is "cpu" or "cuda" (an NVIDIA GPU, through onnxruntime's CUDA provider:
    the onnxruntime-gpu package in place of onnxruntime).  The CPU is the default
    because it was the faster on an H200 beside 16 cores (bench/RESULTS-scan.md,
    session 41): the recogniser's inputs change shape at nearly every call, and
    cuDNN pays for each new shape.  Model paths are given outright,
    so rapidocr never reaches for its download URLs: everything it runs comes from
    its own wheel (and the character bigram model its readings are rescored with,
    from this package).
    """
    try:
        import rapidocr
        from rapidocr import RapidOCR
    except ImportError:
        raise InputError(INSTALL) from None
    from banmian.read.ocr_lm import RescoringDecode, character_model

    models = Path(rapidocr.__file__).parent / "models"
    engine = RapidOCR(params={
        "Global.log_level": "error",
        # The cores this process may run on (taskset, a container's share), not the machine's.
        "EngineConfig.onnxruntime.intra_op_num_threads": _usable_cores(),
        "EngineConfig.onnxruntime.use_cuda": _on_gpu(device),
        # The recogniser sees a new line width at nearly every call, and choosing cuDNN's best
        # kernels for each new shape (EXHAUSTIVE times them, HEURISTIC asks its rules) cost more
        # on the H200 than its fallback kernels ("DEFAULT") lose: 50 against 12 s a page.
        "EngineConfig.onnxruntime.cuda_ep_cfg.cudnn_conv_algo_search": "DEFAULT",
        # Text is read from the page at the resolution it was scanned at; only
        # the detector works on a copy no larger than it needs.
        "Global.max_side_len": 100_000,
        "Det.limit_type": "max",
        "Det.limit_side_len": 4096,
        # Growing the found text to its neighbours joins lines across narrow gutters.
        "Det.use_dilation": False,
        # Lines of a deskewed page are upright: no need to ask each whether it is upside down.
        "Global.use_cls": False,
        "Det.model_path": str(models / "PP-OCRv6_det_small.onnx"),
        "Rec.model_path": str(models / "PP-OCRv6_rec_small.onnx"),
    })
    # The recogniser's near ties between two characters are settled by their neighbours (ocr_lm.py).
    recogniser = engine._load_rec_model()
    recogniser.postprocess_op = RescoringDecode(recogniser.postprocess_op, character_model())
    return engine


def _on_gpu(device: str) -> bool:
    """Whether the engine for `device` runs on the GPU; `InputError` where "cuda" is asked for and absent."""
    if device not in OCR_DEVICES:
        raise InputError(f"unknown OCR device {device!r}: choose one of {', '.join(OCR_DEVICES)}")
    if device == "cpu":
        return False
    import onnxruntime

    offered = onnxruntime.get_available_providers()
    if "CUDAExecutionProvider" not in offered:
        raise InputError(f"no CUDA GPU for OCR: onnxruntime offers {', '.join(offered)} (install onnxruntime-gpu)")
    return True


def _usable_cores() -> int:
    if hasattr(os, "sched_getaffinity"):  # Linux: the cores taskset or a container allows
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _opened(data: bytes):
    """The image in `data`, opened (its frames decoded as they are read)."""
    try:
        from PIL import Image
    except ImportError:
        raise InputError(INSTALL) from None
    with _decoding():
        return Image.open(io.BytesIO(data))


def _frames(image, count: int) -> Iterator:
    """The image's `count` frames as greyscale Pillow images, each decoded when it is asked for."""
    from PIL import ImageOps

    for number in range(count):
        # A file cut short loses its last frames only: those before it are read, and kept.
        with _decoding(f"frame {number + 1} of {count}: " if count > 1 else ""):
            image.seek(number)
            # A phone photo is stored sideways with a tag saying which way is up.
            frame = _greyscale(ImageOps.exif_transpose(image))
        yield frame


@contextlib.contextmanager
def _decoding(where: str = ""):
    """Pillow's errors while decoding as one-line `InputError`s, `where` (which frame) before them.
    Its warning of a frame over 89 Mpx (a broadsheet scanned at 400 dpi) is silenced: such a frame is read."""
    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            yield
    except Image.DecompressionBombError as error:
        raise InputError(where + _too_large(error, 2 * Image.MAX_IMAGE_PIXELS)) from None
    except (OSError, SyntaxError, ValueError, EOFError) as error:
        reason = re.sub(r"\s*<[^>]*>", "", _reason(error))  # Pillow names the buffer object
        raise InputError(f"{where}corrupt or truncated image: binary data that does not decode ({reason})") from None


def _too_large(error: Exception, limit: int) -> str:
    """Pillow refuses a frame over `limit` pixels (a broadsheet scanned at 600 dpi): say so, and what to do."""
    found = re.search(r"\((\d+) pixels\)", str(error))
    size = f"of {int(found[1]) / 1e6:.1f} Mpx " if found else ""
    return (f"image {size}is larger than banmian reads ({limit / 1e6:.0f} Mpx): "
            "scan at 400 dpi or less, or scale it down")


def _greyscale(frame):
    """The frame in 8-bit grey; a 16-bit scan (archive TIFFs often are) scaled down, not clipped white."""
    if frame.mode not in ("I", "I;16", "I;16B", "I;16L", "F"):
        return on_white(frame).convert("L")
    import numpy as np
    from PIL import Image

    pixels = np.asarray(frame, dtype=np.float64)
    top = 65535.0 if pixels.max() > 255 else 255.0
    return Image.fromarray(np.clip(pixels * (255.0 / top), 0, 255).astype(np.uint8), "L")


def on_white(frame):
    """A frame with transparency laid on white paper, as a viewer shows it: its transparent pixels
    are black underneath (ink opaque on a transparent page, as clippings and e-paper layers come)."""
    if frame.mode not in ("RGBA", "LA", "PA") and "transparency" not in frame.info:
        return frame
    from PIL import Image

    shown = frame.convert("RGBA")
    return Image.alpha_composite(Image.new("RGBA", shown.size, "white"), shown).convert("RGB")


def _rendered_pages(data: bytes, numbers: list[int]) -> Iterator[tuple]:
    """Each page as a greyscale image, with the PDF units a pixel of it spans, rendered when asked for."""
    return map_pages(data, _rendered, numbers)


def _rendered(page) -> tuple:
    """The page at `PDF_DPI`, or as finely as `RENDER_PIXELS` allows where it is larger than a
    broadsheet (a scan stored at a PDF unit a pixel, a poster): its type is as large as the page."""
    width, height = page.get_size()
    scale = min(PDF_DPI / 72, math.sqrt(RENDER_PIXELS / max(width * height, 1.0)))
    return page.render(scale=scale, grayscale=True).to_pil().convert("L"), 1 / scale


def _reason(error: Exception) -> str:
    return " ".join(str(error).split()) or type(error).__name__


def ocr_page(image, engine, unit_per_pixel: float = 1.0) -> tuple[list[Line], list[BBox], float | None]:
    """A greyscale page image to `Line`s in reading order, the boxes of its photos, and the quarter
    turn it was read at (`SourcePage.turned`; None as it lies or upside down), boxes and sizes in
    pixels times `unit_per_pixel`.

    A page read turned a quarter (fed sideways, or set in vertical type, whose columns the
    recogniser reads turned) keeps its boxes on the image turned that quarter, where its lines
    lie across: on the image as given they would stand, and the rebuild's layout, which reads
    widths, indents and rows, would read them wrongly.  Only the deskew is undone.

    `engine` is `ocr_engine()`.
    """
    import numpy as np

    angle, (straight, left, top, result) = _read_right_way_up(image, skew_angle(image), engine)
    residual = _residual_skew(result.boxes) if result.txts else 0.0
    if residual:  # read again, turned straight
        angle = round(angle + residual, 2)
        straight, left, top, result = _read_turned(image, angle, engine)
    if not result.txts:
        return [], [], None
    paper = _paper(straight)
    pixels = np.asarray(straight)
    ink = pixels < paper * _INK
    boxes = [_inked(_box(points, text, score, left, top), ink)
             for points, text, score in zip(result.boxes, result.txts, result.scores)]
    boxes = _stood_apart(boxes + _missed_lines(boxes, ink, straight, engine), ink)
    display = _DISPLAY * _body_size(boxes)
    starts = _column_starts(boxes, display / _DISPLAY)
    boxes = [piece for box in boxes
             for piece in (_cut_at_gutters(box, boxes, starts, ink, straight, engine) if box.size < display else [box])]
    boxes = _uncovered(boxes)
    boxes = [_repaired(box, boxes, ink, straight, engine, display) for box in boxes]
    # A repair grows a box over ink beside it, which another box may have read too (a —— boxed alone).
    boxes = _uncovered([box for box in boxes if box.text])
    boxes = [_quote_before(box, boxes, ink) if box.size >= display else box for box in _marks_read_as_digits(boxes)]
    boxes = _spaced(_unshared(boxes + _marks_alone(boxes, ink, display, starts), ink), display)
    boxes = _brackets_full_width(_lone_marks_full_width(boxes))
    body = _body_size(boxes)
    figures = photos(pixels, paper, boxes, body)
    lines = _ratio_colons_opening(page_lines(_chars(boxes), figures))
    quarter = _quarter_turn(angle)
    back = _unrotate(angle - quarter, image.size[::-1] if quarter else image.size, straight.size)
    return ([_placed(line, boxes, back, unit_per_pixel) for line in lines],
            [_placed_box(figure, back, unit_per_pixel) for figure in figures],
            _turned(quarter, image.size, unit_per_pixel))


def _quarter_turn(angle: float) -> int:
    """The quarter turn (90 or 270 degrees anticlockwise) within `angle`, the page's skew apart;
    0 where it was read as it lies or upside down (its lines lie across on the image as given)."""
    quarter = round(angle / 90) % 4 * 90
    return quarter if quarter in (90, 270) else 0


def _turned(quarter: int, size: tuple[int, int], unit: float) -> float | None:
    """`SourcePage.turned` of an image of `size` pixels read turned `quarter` degrees: its width
    turned anticlockwise, minus its height turned clockwise, in `unit`s."""
    if not quarter:
        return None
    return round(size[0] * unit, 2) if quarter == 90 else -round(size[1] * unit, 2)


def _missed_lines(boxes: list[_Box], ink, image, engine) -> list[_Box]:
    """Lines the detector boxed none of, found in the ink and read from a crop of their own.

    Now and then the detector passes over a whole line that is clear on the
    page (a 21.5-pt headline, 深化黑中合作 共绘繁荣新景, over its byline).  The
    page is looked at in cells of a quarter em: inked cells clear of every
    box, joined across gaps up to an em, that make a group as tall as type
    (`_LOOSE_LINE`: no rule, no mark hung past a box, no photo) and several
    times as wide, are a line; what the detector and recogniser find in it
    read alone is added.
    """
    import numpy as np

    if not boxes:
        return []
    body = _body_size(boxes)
    cell = max(2, int(body // 4))
    rows, columns = ink.shape[0] // cell, ink.shape[1] // cell
    loose = ink[:rows * cell, :columns * cell].reshape(rows, cell, columns, cell).any(axis=(1, 3))
    pad = 0.3 * body
    for box in boxes:
        loose[max(0, int((box.y0 - pad) // cell)):int((box.y1 + pad) // cell) + 1,
              max(0, int((box.x0 - pad) // cell)):int((box.x1 + pad) // cell) + 1] = False
    joined = loose.copy()
    for shift in range(1, int(body // cell) + 1):
        joined[:, shift:] |= loose[:, :-shift]
    shortest, tallest, widest = _LOOSE_LINE
    found = []
    for top, left, bottom, right, _ in _cell_groups(joined):
        height, width = (bottom - top) * cell, (right - left) * cell
        if not (shortest * body <= height <= tallest * body and width >= widest * height):
            continue
        margin = height // 2
        x0, y0 = max(0, left * cell - margin), max(0, top * cell - margin)
        crop = image.crop((x0, y0, right * cell + margin, bottom * cell + margin))
        read = engine(np.asarray(crop.convert("RGB")), use_det=True, use_cls=False, use_rec=True)
        found += [box for box in (_inked(_box(points, text, score, x0, y0), ink) for points, text, score
                                  in zip(read.boxes if read.txts else [], read.txts or (), read.scores or ()))
                  if _a_missed_line(box, boxes, body)]
    return found


def _a_missed_line(box: _Box, boxes: list[_Box], body: float) -> bool:
    """Whether a box read from ink no box covered is a line of its own: Chinese read with confidence
    (Latin letters and digits beside it apart: AI赋能，), type no smaller than the body's, and neither
    a boxed line read again nor the rest of a line whose box the detector ended short on the same row
    and in type of its size (年轻的他们 | 热泪盈眶), which `_run_on` reads on from that box.  The start
    of a line the detector boxed late (AI赋能， | 微短剧更应向) is kept: nothing reads back from a box."""
    chinese = len(_IDEOGRAPH.findall(box.text))
    if (box.confidence < _MISSED_CONFIDENCE or box.size < _MISSED_SMALLEST * body
            or not chinese or chinese * 2 < len(_LATIN_OR_DIGITS.sub("", box.text))):
        return False
    for other in boxes:
        if _overlap(box, other) > 0.5:
            return False
        same_row = min(box.y1, other.y1) - max(box.y0, other.y0) > 0.5 * (box.y1 - box.y0)
        if (same_row and abs(math.log(other.size / box.size)) < math.log(_DISPLAY)
                and 0 <= box.x0 - other.x1 <= _RUN_ON * box.size):
            return False
    return True


def _stood_apart(boxes: list[_Box], ink) -> list[_Box]:
    """Boxes the detector stood across the first characters of a headline's lines, split into them.

    Where a headline in display type sets its lines' first characters a little apart from the rest,
    the detector may box them together, one over the other (多 and 多 of 多一句提醒 / 多一道防线, dev
    seed 56), and the recogniser reads such a box standing (多多): the headline came out 多多一句提醒 |
    一道防线.  Where such a box holds one character for each line that starts beside it, right of
    its left edge and within an em of its right, each character is put on its line's row.
    """
    split = []
    for box in boxes:
        rows = _rows_beside(box, boxes)
        split += ([_inked(replace(box, text=char, y0=row.y0, y1=row.y1), ink) for char, row in zip(box.text, rows)]
                  if rows else [box])
    return split


def _rows_beside(box: _Box, boxes: list[_Box]) -> list[_Box] | None:
    """The boxes of the lines a standing box's characters start, top to bottom; None where it is no
    such box (not standing, not all Chinese, or its characters and the lines beside it differ in number)."""
    width = box.x1 - box.x0
    if len(box.text) < 2 or box.y1 - box.y0 < _STANDING * width or len(_IDEOGRAPH.findall(box.text)) < len(box.text):
        return None
    smallest, largest = _STANDING_ROWS
    rows = sorted((other for other in boxes if other is not box and box.x0 < other.x0 <= box.x1 + width
                   and box.y0 <= (other.y0 + other.y1) / 2 <= box.y1 and smallest * width <= other.size <= largest * width),
                  key=lambda other: other.y0)
    apart = all(above.y1 <= below.y0 for above, below in zip(rows, rows[1:]))
    return rows if len(rows) == len(box.text) and apart else None


def _overlap(box: _Box, other: _Box) -> float:
    """The share of `box`'s area that `other` covers."""
    width = min(box.x1, other.x1) - max(box.x0, other.x0)
    height = min(box.y1, other.y1) - max(box.y0, other.y0)
    area = (box.x1 - box.x0) * (box.y1 - box.y0)
    return width * height / area if width > 0 and height > 0 and area > 0 else 0.0


def _residual_skew(quads) -> float:
    """The skew left in the deskewed image (degrees, as `skew_angle`'s), from the slant of the
    detector's boxes round long lines; 0 where less than `_RESIDUAL_SKEW`.

    The projection profile is flat on some pages (stories in several
    leadings side by side) and its best angle can be 0.3° off; turned that
    little, a column's lines drift half an indent down its length (the
    rebuild loses its paragraphs) and a line's ink leaves its box at one end
    (read as a mark of its own).  The detector fits each line with a
    turned rectangle: square to the image where the text is within about
    0.1°, slanted with it where it is not, so their median tells.
    """
    angles = []
    for quad in quads:
        (x0, y0), (x1, y1), _, (x3, y3) = [(float(x), float(y)) for x, y in quad]
        if math.hypot(x1 - x0, y1 - y0) > _LONG_LINE * math.hypot(x3 - x0, y3 - y0):
            angles.append(math.degrees(math.atan2(y1 - y0, x1 - x0)))
    if not angles:
        return 0.0
    median = sorted(angles)[len(angles) // 2]
    return round(median, 2) if abs(median) >= _RESIDUAL_SKEW else 0.0


def _read_right_way_up(image, angle: float, engine) -> tuple[float, tuple]:
    """The angle the page reads at, and `_read_turned` there: as it lies (`angle`, its skew), or,
    where that reads as noise, upside down or on either side, where that reads well (a page fed
    the wrong way up, with no EXIF tag to say so; a page set in vertical type).  A page no way
    reads well is kept as it lies (a poor scan)."""
    read = _read_turned(image, angle, engine)
    if not read[3].txts or _confidence(read[3]) >= _UPSIDE_DOWN:  # a blank page has no way up
        return angle, read
    upside_down = _read_turned(image, angle + 180, engine)
    if _confidence(upside_down[3]) >= _UPSIDE_DOWN:
        return angle + 180, upside_down
    # Fed sideways, its lines stand as columns, which the recogniser reads turned: well, one way
    # or the other.  So does a page set in vertical type (read turned a quarter anticlockwise, its
    # columns lines set across, at 0.988 on a generated dev page; the other way, 0.647).
    if max(_confidence(read[3], standing=True), _confidence(upside_down[3], standing=True)) >= _UPSIDE_DOWN:
        for turn in (90, 270):
            turned = _read_turned(image, angle + turn, engine)
            if _confidence(turned[3]) >= _UPSIDE_DOWN:
                return angle + turn, turned
    return angle, read


def _confidence(result, standing: bool = False) -> float:
    """The recogniser's confidence in the boxes of a reading that lie flat (or, `standing`, in those
    taller than wide), weighted by characters, over all its characters; 0 where it read nothing.
    The recogniser reads a standing box turned, and may read it well: on a page fed sideways
    its lines are then columns."""
    characters = sum(map(len, result.txts or ()))
    if not characters:
        return 0.0
    stands = [math.dist(box[0], box[1]) < math.dist(box[1], box[2]) for box in result.boxes]
    return sum(score * len(text) for text, score, upright in zip(result.txts, result.scores, stands)
               if upright == standing) / characters


def _read_turned(image, angle: float, engine):
    """The image turned by `angle` degrees, where its content box starts, and the OCR result there."""
    import numpy as np

    # Turned a quarter, the page's frame turns with it (its width becomes its height).
    sideways = abs(angle % 180 - 90) < 45
    straight = image.rotate(angle, resample=_bicubic(), fillcolor=255, expand=sideways) if angle else image
    left, top, right, bottom = content_box(straight)
    cropped = straight.crop((left, top, right, bottom))
    return straight, left, top, engine(np.asarray(cropped.convert("RGB")), use_det=True, use_cls=False, use_rec=True)


def photos(pixels, paper: float, boxes: list[_Box], body: float) -> list[BBox]:
    """The page's photos: toned areas at least `_PHOTO_EMS` ems each way with no text in them.

    The page is read in cells of half an em; a cell is toned where its mean is
    `_TONE` below the paper's shade, and cells under OCR boxes are not.  Each
    group of toned cells that fills most of its box is a photo, its box
    trimmed to the toned rows and columns.
    """
    cell = max(2, int(body // 2))
    rows, columns = pixels.shape[0] // cell, pixels.shape[1] // cell
    if not rows or not columns:
        return []
    means = pixels[: rows * cell, : columns * cell].reshape(rows, cell, columns, cell).mean(axis=(1, 3))
    toned = means < paper - _TONE
    pad = 0.3 * body
    for box in boxes:
        toned[max(0, int((box.y0 - pad) // cell)): int((box.y1 + pad) // cell) + 1,
              max(0, int((box.x0 - pad) // cell)): int((box.x1 + pad) // cell) + 1] = False
    least = _PHOTO_EMS * body / cell
    found = []
    for top, left, bottom, right, count in _cell_groups(toned):
        if bottom - top >= least and right - left >= least and count >= _PHOTO_FILL * (bottom - top) * (right - left):
            found.append(_trimmed(pixels, paper, (left * cell, top * cell, right * cell, bottom * cell)))
    return found


def _cell_groups(toned) -> list[tuple[int, int, int, int, int]]:
    """(top, left, bottom, right, cells) of each group of toned cells that touch side by side."""
    import numpy as np

    seen = np.zeros_like(toned)
    groups = []
    for row, column in zip(*np.nonzero(toned)):
        if seen[row, column]:
            continue
        seen[row, column] = True
        stack, cells = [(row, column)], []
        while stack:
            y, x = stack.pop()
            cells.append((y, x))
            for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                if 0 <= ny < toned.shape[0] and 0 <= nx < toned.shape[1] and toned[ny, nx] and not seen[ny, nx]:
                    seen[ny, nx] = True
                    stack.append((ny, nx))
        ys, xs = zip(*cells)
        groups.append((min(ys), min(xs), max(ys) + 1, max(xs) + 1, len(cells)))
    return groups


def _trimmed(pixels, paper: float, box: tuple[int, int, int, int]) -> BBox:
    """The box shrunk to its toned pixel rows and columns."""
    import numpy as np

    x0, y0, x1, y1 = box
    crop = pixels[y0:y1, x0:x1]
    rows = np.nonzero(crop.mean(axis=1) < paper - _TONE)[0]
    columns = np.nonzero(crop.mean(axis=0) < paper - _TONE)[0]
    if not len(rows) or not len(columns):
        return BBox(x0, y0, x1, y1)
    return BBox(x0 + int(columns[0]), y0 + int(rows[0]), x0 + int(columns[-1]) + 1, y0 + int(rows[-1]) + 1)


def _placed_box(box: BBox, back, unit: float) -> BBox:
    """A box of the deskewed image moved back onto the page as given (or turned a quarter, as it
    was read), in `unit`s: its centre turned back, its size kept.

    The box round its turned corners would be taller by its width times the
    skew (7 pt for a caption 490 pt wide turned 0.9°): lines and photos
    would overlap their neighbours, and the rebuild, which reads the gaps
    between them, would see them touch.
    """
    x, y = back((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2)
    half_width, half_height = (box.x1 - box.x0) / 2, (box.y1 - box.y0) / 2
    return BBox(*(round(float(value) * unit, 2)
                  for value in (x - half_width, y - half_height, x + half_width, y + half_height)))


def _repaired(box: _Box, boxes: list[_Box], ink, image, engine, display: float) -> _Box:
    """The box with what the detector and recogniser are known to miss or misread put back, from
    its ink: marks at its ends, dashes, quotes, ellipses, an opening ■ □ ◎, the spaces between a
    credit's names."""
    box = _cut_into(box, boxes, ink, image, engine)
    box = _with_dashes(_dash_before(_run_on(box, boxes, ink, image, engine), boxes, ink), ink)
    box = _mark_at_end(box, ink, image, engine)
    box = _one_em_dashes(_end_mark_unprinted(box, ink), ink)  # (a 一 read again at the end: 代号为HH—)
    box = _quotes_opened(box, image, engine)
    box = _mark_opening(_ellipses_from_ink(_quotes_from_ink(box, ink, image, engine), ink), ink)
    box = _semicolons_from_ink(_roman_ones(_bars_by_ink(box, ink), ink), ink)
    return _names_apart(box, boxes, ink, display)


def _bicubic():
    from PIL import Image

    return Image.Resampling.BICUBIC


def skew_angle(image) -> float:
    """The page's skew in degrees (positive: lines fall to the right), 0 for a page with no ink.

    The projection profile: the angle at which projecting the ink onto the
    vertical gives the sharpest peaks (the most squared row counts) is the
    angle of the text lines.  Coarse steps first, each third of the page's
    width projected apart: stories set side by side in different leading
    have lines that line up across the whole page only at some wrong angle,
    which a projection of the whole width can find sharper (a page skewed
    0.2° was read as skewed −1°).  Then fine steps around the best, still
    by thirds (over the whole width the same wrong angle can win again: a
    page of narrow columns in small type skewed −0.86° was read −1.5°), and
    last the finest answer over the whole width, where long lines tell small
    angles apart, within a few steps of that.
    """
    import numpy as np

    small, _ = _small(image)
    ys, xs = np.nonzero(_ink(np.asarray(small)))
    if len(ys) < 50:
        return 0.0
    thirds = (xs * _SKEW_STRIPS // small.width).astype(np.int64) * 2 * (small.width + small.height)

    def sharpness(angle: float, strips=0) -> float:
        rows = np.round(ys - xs * math.tan(math.radians(angle))).astype(np.int64)
        counts = np.bincount(strips + rows - rows.min())
        return float(np.dot(counts, counts))

    coarse = max(np.arange(-_MAX_SKEW, _MAX_SKEW + 0.01, 0.5), key=lambda angle: sharpness(angle, thirds))
    fine = max(np.arange(coarse - 0.5, coarse + 0.51, 0.05), key=lambda angle: sharpness(angle, thirds))
    fine = max(np.arange(fine - 0.15, fine + 0.151, 0.05), key=sharpness)
    fine = round(float(fine), 2)
    return 0.0 if abs(fine) < 0.1 else fine  # turning by less moves no line by two pixels


def content_box(image) -> tuple[int, int, int, int]:
    """The page inside its white margins (left, top, right, bottom), with a little white kept round it."""
    import numpy as np

    small, factor = _small(image)
    ink = _ink(np.asarray(small))
    height, width = ink.shape
    rows = np.nonzero(ink.sum(axis=1) > 1 + 0.002 * width)[0]
    columns = np.nonzero(ink.sum(axis=0) > 1 + 0.002 * height)[0]
    if not len(rows) or not len(columns):
        return 0, 0, image.width, image.height
    pad = 0.01 * max(height, width)
    return (
        max(0, int((columns[0] - pad) * factor)),
        max(0, int((rows[0] - pad) * factor)),
        min(image.width, math.ceil((columns[-1] + 1 + pad) * factor)),
        min(image.height, math.ceil((rows[-1] + 1 + pad) * factor)),
    )


def _small(image):
    """A copy at most `_SMALL_WIDTH` wide, and the factor from its pixels back to the image's."""
    factor = max(1, math.ceil(image.width / _SMALL_WIDTH))
    return (image.reduce(factor) if factor > 1 else image), factor


def _ink(pixels):
    """Pixels clearly darker than the paper."""
    import numpy as np

    return pixels < _INK * np.percentile(pixels, 90)


def _paper(image) -> float:
    """The paper's shade: the lightest tenth of the page's pixels (read on the small copy: fast)."""
    import numpy as np

    return float(np.percentile(np.asarray(_small(image)[0]), 90))


def _box(points, text: str, score: float, left: int, top: int) -> _Box:
    xs = [float(x) + left for x, _ in points]
    ys = [float(y) + top for _, y in points]
    return _Box(text=_clean(text), x0=min(xs), y0=min(ys), x1=max(xs), y1=max(ys),
                confidence=float(score))


def _inked(box: _Box, ink) -> _Box:
    """The box drawn round the ink in it, one em tall as a PDF's character boxes are, with its size.

    The detector pads its boxes, and pads short ones more; the ink's own
    height is the same for every line set in one size of Chinese type.
    Where it cuts through the line's own characters instead (at 150 dpi
    it may leave off their feet: body type read as a caption's size), the
    box is grown to the white beyond.
    """
    import numpy as np

    x0, y0, x1, y1 = max(0, int(box.x0)), max(0, int(box.y0)), math.ceil(box.x1), math.ceil(box.y1)
    rows = _ink_rows(ink[y0:y1, x0:x1])
    if not rows.any():
        return replace(box, size=(box.y1 - box.y0) / _BOX_PER_EM)
    threshold = max(1, 0.05 * rows.max())
    own = _own_rows(rows >= threshold)
    reach = int(_CUT_REACH * (y1 - y0))
    if own[0] == 0:
        y0 = _white_beyond(ink, x0, x1, y0, -1, max(0, y0 - reach), threshold)
    if own[-1] == len(rows) - 1:
        y1 = _white_beyond(ink, x0, x1, y1 - 1, 1, min(ink.shape[0] - 1, y1 - 1 + reach), threshold) + 1
    region = ink[y0:y1, x0:x1]
    rows = _ink_rows(region)
    inked_rows = _own_rows(rows >= max(1, 0.05 * rows.max()))
    inked_columns = np.nonzero(region[inked_rows[0]:inked_rows[-1] + 1].any(axis=0))[0]
    top, bottom = y0 + inked_rows[0], y0 + inked_rows[-1] + 1
    size = (bottom - top) / _INK_PER_EM
    margin = (size - (bottom - top)) / 2
    return replace(box, x0=float(x0 + inked_columns[0]), x1=float(x0 + inked_columns[-1] + 1),
                   y0=float(top - margin), y1=float(bottom + margin), size=float(size))


def _box_ink(box: _Box, ink):
    """The ink under a box (its rows clipped at the page's top)."""
    return ink[max(0, int(box.y0)):math.ceil(box.y1), int(box.x0):math.ceil(box.x1)]


def _inked_runs(region) -> list[tuple[int, int]]:
    """The runs of inked columns in `region`, left to right: (first column, column after the last)."""
    import numpy as np

    columns = np.nonzero(region.any(axis=0))[0]
    if not len(columns):
        return []
    breaks = np.nonzero(np.diff(columns) > 1)[0]
    return list(zip([columns[0]] + [columns[i + 1] for i in breaks], [columns[i] + 1 for i in breaks] + [columns[-1] + 1]))


def _ink_rows(region):
    """How many inked pixels each row of the region holds, less rows inked nearly end to end: a rule
    printed beside the text, not type."""
    rows = region.sum(axis=1)
    rows[rows > _RULE * region.shape[1]] = 0
    return rows


def _white_beyond(ink, x0: int, x1: int, edge: int, step: int, limit: int, threshold: float) -> int:
    """The last inked row from `edge` on, going by `step`, before a (nearly) white one; `edge` itself
    where there is none before `limit` (the ink runs on into a line that touches this one)."""
    row = edge
    while row != limit:
        if _ink_rows(ink[row + step:row + step + 1, x0:x1])[0] < threshold:
            return row
        row += step
    return edge


def _own_rows(inked) -> list[int]:
    """The inked rows of a box less the neighbours' ink it caught at its top or bottom edge.

    A line's own ink stands clear of the box's edges (the detector pads
    it); ink that touches an edge with white between it and the rest is
    the foot of the line above or the head of the line below, which a
    loose box round a headline takes in.
    """
    import numpy as np

    rows = np.nonzero(inked)[0]
    runs = np.split(rows, np.nonzero(np.diff(rows) > 1)[0] + 1)
    if len(runs) > 1 and runs[0][0] == 0:
        runs = runs[1:]
    if len(runs) > 1 and runs[-1][-1] == len(inked) - 1:
        runs = runs[:-1]
    return [int(row) for run in runs for row in run]


def _cut_at_gutters(box: _Box, boxes: list[_Box], starts: list[float], ink, image, engine) -> list[_Box]:
    """A box of body type the detector ran across a gutter, cut there, each piece read again.

    No gap inside a line of Chinese body type is wider than `_GUTTER` ems; a
    wider one is the white between two columns whose lines the detector
    took for one.  A mark hung into the gutter (眺望，| 家门口) leaves less:
    there a narrower gap after a mark is cut where a column starts (`starts`)
    and the lines above and below are cut there too.  Left whole, one such
    box keeps the layout from seeing the columns at all.  Display type is
    left whole: quotes and commas side by side (”，“) leave gaps that wide
    inside a headline.
    """
    import numpy as np

    em = box.size
    x0, y0, y1 = int(box.x0), max(0, int(box.y0)), math.ceil(box.y1)
    region = ink[y0:y1, x0:math.ceil(box.x1)]
    inked = np.nonzero(region.any(axis=0))[0]
    wide = np.nonzero(np.diff(inked) > _HUNG_GUTTER * em)[0] if len(inked) else []
    gaps = [gap for gap in wide if inked[gap + 1] - inked[gap] > _GUTTER * em
            or _hung_mark_before(region, inked, gap, em) and _column_at(x0 + inked[gap + 1], box, boxes, starts, ink)]
    if not gaps:
        return [box]
    lefts = [inked[0]] + [inked[g + 1] for g in gaps]
    rights = [inked[g] + 1 for g in gaps] + [inked[-1] + 1]
    pad = 0.2 * em
    pieces = []
    for start, end in zip(lefts, rights):
        crop = image.crop((int(x0 + start - pad), y0, math.ceil(x0 + end + pad), y1))
        read = engine(np.asarray(crop.convert("RGB")), use_det=False, use_cls=False, use_rec=True)
        if read.txts and _clean(read.txts[0]):
            pieces.append(replace(box, text=_clean(read.txts[0]), x0=float(x0 + start),
                                  x1=float(x0 + end), confidence=float(read.scores[0])))
    return pieces


def _hung_mark_before(region, inked, gap: int, em: float) -> bool:
    """Whether the ink just before the gap after `inked[gap]` is a mark (narrower than half an em)."""
    import numpy as np

    blank = np.nonzero(np.diff(inked[:gap + 1]) > 1)[0]
    start = inked[blank[-1] + 1] if len(blank) else inked[0]
    return inked[gap] + 1 - start <= 0.45 * em


def _column_at(x: float, box: _Box, boxes: list[_Box], starts: list[float], ink) -> bool:
    """Whether a column starts at `x` beside the box: a column start is there, and the lines of body
    type just above and below the box that reach `x` (there is one at least) start there or leave
    white before it (they may be run across the gutter too)."""
    em = box.size
    if not any(abs(x - start) < _ALIGNED * em for start in starts):
        return False
    near = [other for other in boxes if other is not box and abs(other.size - em) < 0.2 * em
            and box.y0 - 2.5 * em < (other.y0 + other.y1) / 2 < box.y1 + 2.5 * em
            and other.x0 < x + 3 * em and other.x1 > x - em]  # (an indented line starts 2 ems in)
    apart = [abs(other.x0 - x) < _ALIGNED * em
             or not ink[max(0, int(other.y0)):math.ceil(other.y1), int(x - _HUNG_GUTTER * em):int(x - 0.1 * em)].any()
             for other in near]
    return bool(apart) and all(apart)


def _uncovered(boxes: list[_Box]) -> list[_Box]:
    """The boxes less those that lie inside a longer box on the same line: their ink is read twice.

    A box the detector ran across a gutter takes in the edge of the next
    column's first character; cut at the gutter, that sliver is read as the
    whole character, which the next column's own box reads too (星 | 星总装).
    A mark of display type the detector also boxed alone is read as
    something else (the “ of a headline's “三下乡 as 1): a box of ink far
    smaller than the type it touches, within that line's em, is a piece of
    the line's own characters.  So is one just past the line's end read as
    a quote or what a quote is misread as: a closing ” the line's box
    stopped short of, boxed alone and read as 3, "9, 95, 27 or J (or after 。 as 1, or as 。” with
    the 。 read again), is the line's mark,
    which `_run_on` takes in once that box is gone.
    """
    def covers(outer: _Box, inner: _Box) -> bool:
        if outer is inner or len(outer.text) <= len(inner.text):
            return False
        if ((inner.size < _PIECE * outer.size or set(inner.text) <= set(_HIGH_MARKS))
                and len(inner.text) <= _PIECE_CHARACTERS):
            after_a_sentence = outer.text[-1] in _SENTENCE_ENDS
            # (the sentence's end read again before the quote, too: 温床。 | 。”, dev seed 51)
            reads = inner.text.replace(outer.text[-1], "") if after_a_sentence else inner.text
            quote = reads in _QUOTE_READ_AS_DIGITS or bool(reads) and set(reads) <= (
                _QUOTE_READS_AFTER_A_SENTENCE if after_a_sentence else _QUOTE_READS)
            reach = _MARK_GAP * outer.size if quote else 0.0
            return (outer.x0 < inner.x1 and inner.x0 < outer.x1 + reach
                    and outer.y0 <= inner.y0 and inner.y1 <= outer.y1)
        em = min(outer.size, inner.size)
        return (outer.x0 - _COVER * em <= inner.x0 and inner.x1 <= outer.x1 + _COVER * em
                and abs((outer.y0 + outer.y1) - (inner.y0 + inner.y1)) / 2 < 0.3 * em)

    return [box for box in boxes if not any(covers(other, box) for other in boxes)]


def _marks_read_as_digits(boxes: list[_Box]) -> list[_Box]:
    """Marks of display type the detector boxed alone and the recogniser read as digits (” as 99,
    ， as 7): set in the headline's line, high (quotes) or low (，。) in its em, as the marks they are."""
    out = []
    for box in boxes:
        for other in boxes:
            if other.size < 1.5 * box.size or min(abs(other.x0 - box.x1), abs(box.x0 - other.x1)) >= 1.5 * other.size:
                continue
            high = other.y0 - 0.1 * other.size <= box.y0 and box.y1 <= other.y0 + 0.5 * other.size
            low = other.y0 + 0.5 * other.size <= box.y0 and box.y1 <= other.y1 + 0.1 * other.size
            mark = _HIGH_DIGITS.get(box.text) if high else _LOW_DIGITS.get(box.text) if low else None
            if mark:
                box = replace(box, text=mark, y0=other.y0, y1=other.y1, size=other.size)
                break
        out.append(box)
    return out


def _quote_before(box: _Box, boxes: list[_Box], ink) -> _Box:
    """A display line with the opening quote the detector left off its start put back, where the ink
    before it holds quote marks alone; and a ‘ it starts on made “ where that ink shows two ticks.

    The box's edge may cut between a double quote's ticks (“三下乡 boxed from its second tick, read
    三下乡 or ‘看到): the quote's ticks are looked for up to `_QUOTE_PAIR` and `_QUOTE_WIDTH` ems
    into the box, its first one starting outside it.
    """
    import numpy as np

    em = box.size
    if box.text[0] == "“":
        return box
    start = max([0, int(box.x0 - 1.2 * em)]
                + [math.ceil(other.x1) for other in boxes if other.x1 <= box.x0 and other.y0 < box.y1 and other.y1 > box.y0])
    if box.x0 - start < 0.2 * em:
        return box
    before = replace(box, x0=float(start), x1=box.x0 + (_QUOTE_PAIR + _QUOTE_WIDTH) * em)
    marks = [mark for mark in _quote_marks(before, ink) if start + mark[0] * em < box.x0]
    region = ink[max(0, int(box.y0)):math.ceil(box.y1), start:int(box.x0)]
    inked = np.nonzero(region.any(axis=0))[0]
    if len(marks) != 1 or not len(inked) or inked[0] / em < marks[0][0] - 0.01:
        return box
    quote = "“" if marks[0][1] == 2 else "‘"
    if box.text[0] == "‘":
        return replace(box, text=quote + box.text[1:]) if quote == "“" else box
    return replace(box, text=quote + box.text, x0=float(start + inked[0]))


def _marks_alone(boxes: list[_Box], ink, display: float, starts: list[float]) -> list[_Box]:
    """Lines the detector found nothing in, under a line of body type, that hold only a dash or
    a row of dots: a paragraph's last line —— or a paragraph …………, each a box of its own.

    The detector sees no text in a line without a character; left out, the
    paragraph the dash ends runs on into the next, and the dots' paragraph
    is lost.  The slot is the line's height below the line above, from
    the start of that line's column (an indented line's, a subhead's, may
    end in a —— wrapped on to a line of its own) to the next box on the
    right; any ink in it but the boxes' must be the marks alone, thin, and
    clear of the slot's edges.
    """
    found: list[_Box] = []
    for box in boxes:
        em = box.size
        if em >= display:
            continue
        left = _column_left(box, starts)
        mark = _marks_below(box, boxes, ink, _MARKS_SLOTS[0], left)
        if mark is None:
            mark = _marks_below(box, boxes, ink, _MARKS_SLOTS[1], left)
            mark = (mark if mark and mark.x0 >= left - _INSIDE * em and mark.y0 >= box.y1 + _SPACED * em - em / 2
                    else None)
        if mark and not any(abs(mark.x0 - other.x0) < em and abs(mark.y0 - other.y0) < em / 2 for other in found):
            found.append(mark)
    return found


def _column_left(box: _Box, starts: list[float]) -> float:
    """Where the column of the line in `box` starts: a column's start `_INDENT` ems left of the line
    where it is indented, else the line's own start."""
    return min((start for start in starts if _INDENT[0] * box.size <= box.x0 - start <= _INDENT[1] * box.size),
               default=box.x0)


def _marks_below(box: _Box, boxes: list[_Box], ink, depth: float, column_left: float) -> _Box | None:
    """The marks alone (see `_marks_alone`) in the slot `depth` ems deep under `box`, from
    `column_left`, as a box."""
    em = box.size
    top, bottom = int(box.y1 + 0.2 * em), min(ink.shape[0], math.ceil(box.y1 + depth * em))
    left = max(0, int(column_left - 0.5 * em))
    right = min([int(box.x0 + 40 * em), ink.shape[1]]
                + [int(other.x0) for other in boxes if other.x0 > box.x0 + em and other.y0 < bottom and other.y1 > top])
    if bottom <= top or right <= left:
        return None
    region = ink[top:bottom, left:right].copy()
    for other in boxes:
        region[max(0, int(other.y0) - top):max(0, math.ceil(other.y1) - top),
               max(0, int(other.x0 - 0.2 * em) - left):max(0, math.ceil(other.x1 + 0.2 * em) - left)] = False
    mark = _marks_in(region, em)
    if mark is None:
        return None
    text, x0, x1, middle = mark
    bar = ink[top + int(middle) - 1:top + int(middle) + 2]
    if bar[:, max(0, left + x0 - 2):left + x0].any() or bar[:, left + x1:left + x1 + 2].any():
        return None  # a rule running on past the slot's edges (under a header), not marks set in it
    return _Box(text=text, x0=float(left + x0), y0=top + middle - em / 2, x1=float(left + x1),
                y1=top + middle + em / 2, confidence=box.confidence, size=em)


def _marks_in(region, em: float) -> tuple[str, int, int, float] | None:
    """(text, start, end, middle row) where the only ink in `region` is a dash or a row of dots at one
    height: a bar 1.5 to 4.5 ems long is one or two ——, dots a third of an em apart are … three each."""
    import numpy as np

    rows = np.nonzero(region.any(axis=1))[0]
    if not len(rows) or rows[0] == 0 or rows[-1] == region.shape[0] - 1 or rows[-1] + 1 - rows[0] > _DOT * em:
        return None
    columns = np.nonzero(region.any(axis=0))[0]
    breaks = np.nonzero(np.diff(columns) > 1)[0]
    starts = [columns[0]] + [columns[i + 1] for i in breaks]
    ends = [columns[i] + 1 for i in breaks] + [columns[-1] + 1]
    middle = (rows[0] + rows[-1] + 1) / 2
    if len(starts) == 1 and _DASH <= (ends[0] - starts[0]) / em <= 3 * _DASH:
        return "——" * max(1, round((ends[0] - starts[0]) / em / 2)), int(starts[0]), int(ends[0]), middle
    dots = all(end - start <= _DOT * em for start, end in zip(starts, ends))
    spaced = all(0.2 * em <= after - before <= 0.5 * em for before, after in zip(starts, starts[1:]))
    if len(starts) >= 3 and dots and spaced:
        return "…" * max(1, round(len(starts) / 3)), int(starts[0]), int(ends[-1]), middle
    return None


def _run_on(box: _Box, boxes: list[_Box], ink, image, engine) -> _Box:
    """The box grown over ink the detector left just past its right end, and that end read again.

    The detector often stops a line short of a last mark that is thin or
    set high or low in its em: a dash (——), a closing quote, a 、.  Ink
    that follows within `_MARK_GAP` ems, before any other box on the line,
    is still the line's, though past a gap as wide as a gutter only a
    closing quote is (a narrow gutter leaves the next column's opening ——
    within reach).  Ink that runs on to the reach's end is followed on
    from the grown box: the detector may box a headline's first few
    characters alone and leave the rest out.  A new reading is kept only where it is the old
    one with more after it, so a misread never replaces a good line; a
    dash, which the recogniser does not read at a line's end, is found by
    `_with_dashes` from the ink.
    """
    import numpy as np

    y0, y1 = max(0, int(box.y0)), math.ceil(box.y1)
    start = math.ceil(box.x1)
    reach = start + int(_RUN_ON * box.size)
    # (a box after it may start a hair inside it: a headline's “ set close after 向 | “心”生长)
    after = [int(b.x0) for b in boxes if b.x0 >= box.x1 - _COVER * box.size
             and b.x1 > box.x1 and b.y0 < box.y1 and b.y1 > box.y0]
    stop = min([reach, ink.shape[1]] + after)
    inked = np.nonzero(ink[y0:y1, start:stop].any(axis=0))[0] if stop > start else []
    if after and stop == min(after):
        inked = _short_of_the_next_box(inked, stop - start)
    end = 0
    for column in inked:
        if column - end > _MARK_GAP * box.size:
            break
        end = column + 1
    if end < 0.2 * box.size:
        beyond = ink[y0:y1, start:start + end]  # the marks short of a character past the box, if any
        return _dot_after(_tick_after(box, beyond), beyond)
    across = bool((np.diff(inked[inked < end], prepend=0) > _GUTTER * box.size).any())
    pad = 0.2 * box.size
    crop = image.crop((int(box.x0 - pad), y0, math.ceil(start + end + pad), y1))
    read = engine(np.asarray(crop.convert("RGB")), use_det=False, use_cls=False, use_rec=True)
    text = _clean(read.txts[0]) if read.txts else ""
    added = text[len(box.text):]
    if (len(text) > len(box.text) and text.startswith(box.text) and not _HAS_LATIN.search(added)
            and not (across and added.strip(_CLOSING_QUOTES))):
        grown = replace(box, text=text, x1=float(start + end), confidence=min(box.confidence, float(read.scores[0])))
        inked_to_reach = stop == reach and start + end > reach - box.size / 2
        return _run_on(grown, boxes, ink, image, engine) if inked_to_reach else grown
    marks = _marks_after(box.text, text)
    if marks and not (across and marks.strip(_CLOSING_QUOTES)):
        return replace(box, text=box.text + marks, x1=float(start + end))
    if not across and _bars(ink[y0:y1, start:start + end], box.size):
        return replace(box, x1=float(start + end))
    if not across and box.text[-1] in _SENTENCE_ENDS:
        quote = _closing_quote_alone(replace(box, x0=float(start), x1=float(start + end)), ink)
        if quote:
            return replace(box, text=box.text + quote, x1=float(start + end))
    return _tick_after(box, ink[y0:y1, start:start + end])


def _short_of_the_next_box(inked, stop: int):
    """The inked columns less the run that reaches `stop`, where the next box on the row starts: the
    detector starts a box a pixel or two inside its first character, and that ink is the box's.  A
    headline run on over it (its ” | the next column's lines beside it, dev seed 52) ran across the
    gutter and joined their row."""
    import numpy as np

    if not len(inked) or inked[-1] != stop - 1:
        return inked
    breaks = np.nonzero(np.diff(inked) > 1)[0]
    return inked[:breaks[-1] + 1] if len(breaks) else inked[:0]


def _closing_quote_alone(beyond: _Box, ink) -> str:
    """” or ’ where the only ink in `beyond` is one quote mark, high in the em and not shaped as an
    opening one: the quote closing a sentence at a line's end that the recogniser, reading the line
    again, still leaves out (称为‘民主之宫’。” set tight: its ticks an em past the 。)."""
    import numpy as np

    region = ink[max(0, int(beyond.y0)):math.ceil(beyond.y1), int(beyond.x0):math.ceil(beyond.x1)]
    rows = np.nonzero(region.any(axis=1))[0]
    marks = _quote_marks(beyond, ink)
    if len(rows) == 0 or rows[-1] + 1 > _QUOTE_BOTTOM * beyond.size or len(marks) != 1 or marks[0][2] == "open":
        return ""
    columns = np.nonzero(region.any(axis=0))[0]
    if columns[-1] + 1 - columns[0] > _QUOTE_WIDTH * beyond.size * marks[0][1] + _QUOTE_PAIR * beyond.size:
        return ""
    return "”" if marks[0][1] == 2 else "’"


def _cut_into(box: _Box, boxes: list[_Box], ink, image, engine) -> _Box:
    """The box grown left over the character it starts inside, read again.

    The detector now and then starts a headline's box in the middle of its
    first character, and the recogniser reads the line without it (宁推动高
    for 辽宁推动高).  Where the ink runs on past the box's left edge and no
    other box holds it, the line is read again from where that character
    starts (up to `_CUT_REACH_BACK` ems back); the new reading is kept where
    it is the old one with one Chinese character before it.
    """
    import numpy as np

    y0, y1, x0 = max(0, int(box.y0)), math.ceil(box.y1), int(box.x0)
    if x0 < 1 or not ink[y0:y1, x0 - 1].any() or any(
            other is not box and other.x0 < x0 <= other.x1 and other.y0 < box.y1 and other.y1 > box.y0
            for other in boxes):
        return box
    start = max([0, x0 - int(_CUT_REACH_BACK * box.size)]
                + [math.ceil(b.x1) for b in boxes if b.x1 <= x0 and b.y0 < box.y1 and b.y1 > box.y0])
    inked = np.nonzero(ink[y0:y1, start:x0].any(axis=0))[0]
    if not len(inked):  # the ink left of the box is the end of the box before it
        return box
    gaps = np.nonzero(np.diff(inked) > _NAME_GAP * box.size)[0]
    first = start + int(inked[gaps[-1] + 1] if len(gaps) else inked[0])
    if x0 - first < 0.3 * box.size:
        return box
    pad = 0.2 * box.size
    crop = image.crop((int(first - pad), y0, math.ceil(box.x1 + pad), y1))
    read = engine(np.asarray(crop.convert("RGB")), use_det=False, use_cls=False, use_rec=True)
    text = _clean(read.txts[0]) if read.txts else ""
    added = text[:len(text) - len(box.text)]
    if len(text) > len(box.text) and text.endswith(box.text) and _IDEOGRAPH.fullmatch(added):
        return replace(box, text=text, x0=float(first), confidence=min(box.confidence, float(read.scores[0])))
    return box


def _tick_after(box: _Box, beyond) -> _Box:
    """The box grown over the last tick of a quote it cut through (行行出状元” boxed up to the
    ”'s first tick): ink just past its end, as narrow and as high in the em as a tick."""
    import numpy as np

    columns = np.nonzero(beyond.any(axis=0))[0]
    rows = np.nonzero(beyond.any(axis=1))[0]
    if (not len(columns) or columns[0] > _QUOTE_PAIR * box.size or columns[-1] + 1 > _QUOTE_WIDTH * box.size
            or rows[0] > _QUOTE_TOP * box.size or rows[-1] + 1 > _QUOTE_BOTTOM * box.size):
        return box
    return replace(box, x1=float(math.ceil(box.x1) + columns[-1] + 1))


def _dot_after(box: _Box, beyond) -> _Box:
    """The box grown over a middle dot just past its end, for `_mark_at_end` to read (罗伯特· at a
    line's end: the detector stops at 特, and the dot, set close after it, is too small for `_run_on`
    to read again): ink no wider or taller than a dot, at mid-height in the em."""
    import numpy as np

    columns = np.nonzero(beyond.any(axis=0))[0]
    rows = np.nonzero(beyond.any(axis=1))[0]
    em = box.size
    if (not len(columns) or columns[-1] + 1 - columns[0] > _DOT * em or rows[-1] + 1 - rows[0] > _DOT * em
            or not 0.35 * em <= (rows[0] + rows[-1] + 1) / 2 <= 0.65 * em):
        return box
    return replace(box, x1=float(math.ceil(box.x1) + columns[-1] + 1))


def _marks_after(text: str, again: str) -> str:
    """The marks a second reading of a line adds after the end of the first (”, 、 …), where it reads
    the line's last characters as the first did; a misread further back is no matter here."""
    stem = len(again.rstrip(_CLOSING))
    return next((again[end:] for end in range(stem, len(again)) if again[:end].endswith(text[-3:])), "")


def _dash_before(box: _Box, boxes: list[_Box], ink) -> _Box:
    """The box grown left over a dash the detector left off the start of its line (——人民网网友),
    or cut into: a dash set solid against the next character (——去雄安) is half in the box; and a
    one-em dash (东盟— | —中国: a line's first character, a hairline an em long, see
    `_one_em_dashes`), which `_with_dashes` leaves as read, put in its text."""
    import numpy as np

    y0, y1 = max(0, int(box.y0)), math.ceil(box.y1)
    stop = int(box.x0)
    start = max([0, stop - int(_RUN_ON * box.size)]
                + [math.ceil(b.x1) for b in boxes if b.x1 <= box.x0 and b.y0 < box.y1 and b.y1 > box.y0])
    reach = min(ink.shape[1], stop + int(_DASH * box.size))
    bars = [bar for bar in _bars(ink[y0:y1, start:reach], box.size) if bar[0] * box.size < stop - start]
    if not bars or (stop - start) / box.size - bars[-1][1] >= _GUTTER:  # (the last line's —— across a gutter)
        return box
    begin, end = bars[-1]
    x0 = start + begin * box.size
    if end - begin >= _DASH:
        return replace(box, x0=x0)
    columns = ink[y0:y1, int(x0):start + int(end * box.size)].sum(axis=0)
    fine = box.size >= _FINE_EM and _NEAR_EM <= end - begin and float(np.median(columns)) / box.size <= _HAIRLINE_MIDDLE
    if fine and box.text[:1] not in _DASH_READS + "一":  # (the recogniser may drop it inside the box too)
        return replace(box, text="—" + box.text, x0=min(x0, box.x0))
    return box


def _mark_at_end(box: _Box, ink, image, engine) -> _Box:
    """A line whose ink ends in a mark its text does not end in, with the mark read from its end alone.

    The recogniser drops a 、, ” or 一 at a line's end now and then, though it
    is inside the box; read again from the last few characters alone it
    finds it.  The ink says when to look: the last thing printed is small,
    and low (、，。) or high (”’) in the em, a dot at mid-height (· of 本·
    拉莫斯, read . or ·), or a thin bar at mid-height about an em long (一),
    and the text does not end so.
    """
    import numpy as np

    em = box.size
    y0, y1 = max(0, int(box.y0)), math.ceil(box.y1)
    region = ink[y0:y1, int(box.x0):math.ceil(box.x1)]
    runs = _inked_runs(region)
    if not runs:
        return box
    start, end = runs[-1]
    rows = np.nonzero(region[:, start:].any(axis=1))[0]
    width = end - start
    low = rows[0] >= 0.45 * em and width <= 0.45 * em
    high = rows[-1] < 0.55 * em and width <= 0.45 * em
    bar = (rows[-1] + 1 - rows[0] <= _BAR * em and 0.3 * em <= rows[0] and rows[-1] < 0.8 * em
           and 0.5 * em <= width <= 1.2 * em)
    height = rows[-1] + 1 - rows[0]
    dot = width <= _DOT * em and height <= _DOT * em and 0.35 * em <= (rows[0] + rows[-1] + 1) / 2 <= 0.65 * em
    marks = "一—" if bar else _MIDDLE_DOTS if dot else _LOW_MARKS if low else _HIGH_MARKS if high else ""
    if high and box.text[-1] == "，" and box.text.count("‘") > box.text.count("’"):
        return replace(box, text=box.text[:-1] + "’")  # the ’ of an open quote read as the comma below it
    if not marks or box.text[-1] in marks:
        return box
    tail = min(len(box.text), _TAIL)
    for pad in (2, int(0.2 * em)):  # a crop a little taller where the first does not find it
        crop = image.crop((int(box.x1 - (tail + 0.5) * em), y0 - pad, math.ceil(box.x1 + 0.3 * em), y1 + pad))
        read = engine(np.asarray(crop.convert("RGB")), use_det=False, use_cls=False, use_rec=True)
        text = _clean(read.txts[0]) if read.txts else ""
        if text[-1:] and text[-1] in marks and (text[:-1].endswith(box.text[-2:]) or text[:-1] == box.text[-1:]):
            return replace(box, text=box.text + ("·" if dot else text[-1]))
    return box


def _end_mark_unprinted(box: _Box, ink) -> _Box:
    """A line whose text ends in a mark its ink does not end in, without it: the recogniser reads a
    ：, ， or 。 now and then into the blank at the end of its crop (立足“京： for 立足“京 at a column's
    edge, 专属的”： for 专属的”, （下转第二版）：).  The last thing printed is a character (as wide and
    tall as one, no wider), a closing quote's tick where the text has that quote before the mark, or
    a closing bracket's stroke where it has that bracket."""
    import numpy as np

    if len(box.text) < 2 or box.text[-1] not in _MARKS_READ_INTO_BLANK:
        return box
    em = box.size
    region = _box_ink(box, ink)
    runs = _inked_runs(region)
    if not runs:
        return box
    start, end = runs[-1]
    rows = np.nonzero(region[:, start:].any(axis=1))[0]
    width, height = end - start, rows[-1] + 1 - rows[0]
    character = 0.5 * em <= width <= 1.1 * em and height >= 0.5 * em
    tick = rows[-1] < 0.55 * em and width <= 0.45 * em and box.text[-2] in _CLOSING_QUOTES
    stroke = len(rows) == height  # one stroke top to bottom, where a colon is two dots
    bracket = box.text[-2] in _CLOSING_BRACKETS and stroke and height >= 0.6 * em and width <= 0.5 * em
    return replace(box, text=box.text[:-1]) if character or tick or bracket else box


def _quotes_opened(box: _Box, image, engine) -> _Box:
    """A line that closes more single quotes than it opens, read again from a crop drawn round its
    ink, where that finds an opening quote ‘ the first reading left out.

    The recogniser often drops a ‘ (要‘消灭沙漠’ comes back 要消灭沙漠’).
    Read from a tighter crop it finds most of them, but it misreads other
    characters as often as it mends these, so only the quotes it adds are
    taken.  A quote opened on the line before also leaves a ’ unmatched;
    there the new reading adds nothing, and nothing changes.
    """
    import numpy as np

    if box.text.count("’") <= box.text.count("‘"):
        return box
    pad = 0.2 * box.size
    for tall in _QUOTE_CROPS:
        crop = image.crop((int(box.x0 - pad), int(box.y0 - tall * box.size), math.ceil(box.x1 + pad),
                           math.ceil(box.y1 + tall * box.size)))
        read = engine(np.asarray(crop.convert("RGB")), use_det=False, use_cls=False, use_rec=True)
        text = _clean(read.txts[0]) if read.txts else ""
        if text.count("‘") > box.text.count("‘") and text.replace("‘", "") == box.text.replace("‘", ""):
            return replace(box, text=text)
    return box


def _quotes_from_ink(box: _Box, ink, image, engine) -> _Box:
    """The box's single quotes as its ink shows them: a ‘ the recogniser dropped put back, and a
    quote inside a quote read double (“创新“实验室”) made single where the ink has one tick.

    Each quote mark in the ink is matched to the nearest quote of the text
    (placed by the characters' pitch).  A single tick no quote of the
    text matches is a dropped one; where it stands in the text is read from
    the line up to it (none before it at the line's start).  Ink alone
    cannot make a double quote single: a tick set solid against the
    character before it (的“) is no mark of its own.
    """
    if not _HAS_CJK.search(box.text):
        return box
    marks = _quote_marks(box, ink)
    if not marks:
        return box
    quotes = [index for index, char in enumerate(box.text) if char in "‘’“”"]
    ticks = _matched_ticks(box, quotes, marks)
    text = _commas_read_for_ticks(box, [mark for mark in marks if mark not in ticks.values()], ink)
    if text == box.text:
        text = _commas_beside_ticks(box, ticks, ink)
    if text == box.text:
        text = _singles_back_to_back(box.text, ticks, marks)
    if text != box.text:
        return _quotes_from_ink(replace(box, text=text), ink, image, engine)
    text = _quotes_paired(box.text, quotes, ticks)
    x0 = box.x0
    for start, _, side in reversed([mark for mark in marks if mark not in ticks.values() and mark[1] == 1]):
        # A closing tick set against the closing quote after it is the ’ of ’” (quotes close inside out).
        nested = next((index for index, mark in ticks.items()
                       if text[index] in "”’" and side != "open" and 0 < mark[0] - start < _QUOTE_NEST), None)
        # An opening tick after an opening double quote, no character's ink low between them, is the ‘ of
        # “‘ (the crop up to it read ‘“: dev seed 68).
        if nested is None:
            nested = next((index + 1 for index, mark in ticks.items() if text[index] == "“" and side != "close"
                           and mark[0] < start and _nothing_low(box, mark[0], ink, start)), None)
        at = nested if nested is not None else _characters_before(box, text, start, image, engine)
        first_tick = _tick_before(box, ink) if at == 0 and start < _QUOTE_PAIR else None
        if first_tick is not None and side == "close":
            continue  # the second tick of a ” the box's edge cut: the box before it ends on that ”
        if first_tick is not None:  # a “ the box's edge cut between its ticks
            text, x0 = "“" + text, first_tick
        # Two single quotes never stand together: the tick is one the text has, placed off by the pitch.
        elif at is not None and "‘" not in text[max(0, at - 1):at + 1] and "’" not in text[max(0, at - 1):at + 1]:
            text = _curly_single_quotes(text[:at] + {"open": "‘", "close": "’"}.get(side, "'") + text[at:])
    return replace(box, text=text, x0=x0) if text != box.text else box


def _singles_back_to_back(text: str, ticks: dict[int, tuple[float, int, str]],
                          marks: list[tuple[float, int, str]]) -> str:
    """The text with each ” that the ink shows as one closing tick and, right after it, an opening
    one that no quote of the text took, read as ’‘: two single quotes set back to back between
    quoted words (‘体育+产业’‘赛事+城市’, dev seed 68), which the recogniser reads as one ”."""
    free = [mark for mark in marks if mark not in ticks.values() and mark[1] == 1 and mark[2] == "open"]
    back_to_back = [index for index, mark in ticks.items() if text[index] == "”" and mark[1] == 1 and mark[2] == "close"
                    and any(0 < other[0] - mark[0] < _QUOTE_NEST for other in free)]
    for index in reversed(back_to_back):
        text = text[:index] + "’‘" + text[index + 1:]
    return text


def _tick_before(box: _Box, ink) -> float | None:
    """Where a quote's tick starts just left of the box (within `_QUOTE_PAIR` ems), None where the
    ink there is no tick."""
    import numpy as np

    em = box.size
    x0 = int(box.x0)
    left = max(0, x0 - int((_QUOTE_PAIR + _QUOTE_WIDTH) * em))
    region = ink[max(0, int(box.y0)):math.ceil(box.y1), left:x0]
    columns = np.nonzero(region.any(axis=0))[0]
    if not len(columns) or x0 - (left + columns[-1] + 1) > _QUOTE_PAIR * em:
        return None
    gaps = np.nonzero(np.diff(columns) > 1)[0]
    first = columns[gaps[-1] + 1] if len(gaps) else columns[0]
    rows = np.nonzero(region[:, first:].any(axis=1))[0]
    if columns[-1] + 1 - first > _QUOTE_WIDTH * em or rows[0] > _QUOTE_TOP * em or rows[-1] + 1 > _QUOTE_BOTTOM * em:
        return None
    return float(left + first)


def _commas_read_for_ticks(box: _Box, ticks: list[tuple[float, int, str]], ink) -> str:
    """The text with a ， read where the ink has a closing tick made the ’ (two ticks: the ”, 为服务“三农”
    read 三农， at a line's end, dev seed 50): where a ‘ (“) is open before it, or where there is no ink
    in the low half of the em under the tick (a comma's ink is low in its em, a quote's high), the ，
    the pitch places nearest the tick.

    The pitch places a mark at a line's end short (舍我其谁’的 at 0.51 em, 有我’ at the end at 0.8):
    a ， with no low ink under it may be up to `_TICK_REACH` from the tick.
    """
    letters = sum(_ems(char) for char in box.text)
    scale = (box.x1 - box.x0) / box.size / letters if letters else 1.0
    chars = list(box.text)
    for start, count, side in ticks:
        if count not in (1, 2) or side == "open":
            continue
        distance = {index: abs(sum(_ems(c) for c in chars[:index]) * scale - start)
                    for index, char in enumerate(chars) if char == "，"}
        if not distance:
            continue
        index = min(distance, key=distance.get)
        before = "".join(chars[:index])
        opening, closing = ("‘", "’") if count == 1 else ("“", "”")
        opened = before.count(opening) > before.count(closing)
        if (distance[index] < _TICK_AT and opened) or (distance[index] < _TICK_REACH and _nothing_low(box, start, ink)):
            chars[index] = closing
    return "".join(chars)


def _commas_beside_ticks(box: _Box, ticks: dict[int, tuple[float, int, str]], ink) -> str:
    """The text less each ， read beside a single quote from that quote's one tick (民惟邦本，’到 for
    民惟邦本’到: the network gives both from one tick): the ink next to the tick on the comma's side
    is no comma's, small and low in the em, but a character's."""
    import numpy as np

    em = box.size
    region = _box_ink(box, ink)
    runs = _inked_runs(region)
    if not runs:
        return box.text
    unprinted = set()
    for index, (start, count, _) in ticks.items():
        tick = next((n for n, run in enumerate(runs) if run[0] == round(start * em)), None)
        if count != 1 or box.text[index] not in "‘’" or tick is None:
            continue
        for side in (-1, 1):
            comma, beside = index + side, tick + side
            if not (0 <= comma < len(box.text) and box.text[comma] == "，" and 0 <= beside < len(runs)):
                continue
            left, right = runs[beside]
            rows = np.nonzero(region[:, left:right].any(axis=1))[0]
            if rows[0] < 0.45 * em or right - left > 0.45 * em:
                unprinted.add(comma)
    return "".join(char for index, char in enumerate(box.text) if index not in unprinted)


def _nothing_low(box: _Box, start: float, ink, end: float | None = None) -> bool:
    """Whether the em under a tick starting `start` ems into the box (or the box from there to `end`
    ems) has no ink in its low half."""
    em = box.size
    x = int(box.x0 + start * em)
    x1 = x + math.ceil(_QUOTE_WIDTH * em) if end is None else int(box.x0 + end * em)
    return not ink[int(box.y0 + _LOW_HALF * em):math.ceil(box.y1), x:x1].any()


def _quote_marks(box: _Box, ink) -> list[tuple[float, int, str]]:
    """Quote marks in the box's ink: where each starts (ems from the box's left), its ticks (1: ‘’,
    2: “”), and whether it opens or closes ("open", "close", or "" where its shape does not say).

    A tick stands alone between blank columns, narrow, from the top fifth of
    the em to above its middle; the separate parts of a character reach
    lower (the dot of 忄 starts a quarter of the way down).  An opening
    tick is a 6, its weight low; a closing one a 9, its weight high.
    Ticks less than `_QUOTE_PAIR` ems apart are one mark's, two by two;
    but quotes nest, closing inside out and opening outside in, so three
    together that close are a ’ and a ” (‘法宝’”), not a ” and a ’.
    """
    import numpy as np

    em = box.size
    y0, x0 = max(0, int(box.y0)), int(box.x0)
    region = ink[y0:math.ceil(box.y1), x0:math.ceil(box.x1)]
    inked = _inked_runs(region)
    if not inked:
        return []
    runs: list[list[tuple[int, str]]] = []  # ticks set together: (start, shape)
    last_end = None
    for start, end in inked:
        tick = region[:, start:end]
        rows = np.nonzero(tick.any(axis=1))[0]
        if not (rows[0] < _QUOTE_TOP * em and 0.12 * em <= rows[-1] + 1 - rows[0] and rows[-1] + 1 <= _QUOTE_BOTTOM * em
                and end - start <= _QUOTE_WIDTH * em):
            last_end = None
            continue
        middle = (rows[0] + rows[-1] + 1) // 2
        weight = tick[:middle].sum() / max(1, tick[middle:].sum())
        side = "" if em < _SHAPED_EM else "open" if weight < _OPENING_WEIGHT else "close" if weight > _CLOSING_WEIGHT else ""
        if last_end is not None and start - last_end < _QUOTE_PAIR * em:
            runs[-1].append((int(start), side))
        else:
            runs.append([(int(start), side)])
        last_end = end
    marks: list[tuple[float, int, str]] = []
    for run in runs:
        counts = [1, 2] if len(run) == 3 and run[0][1] == "close" else [2] * (len(run) // 2) + [1] * (len(run) % 2)
        at = 0
        for count in counts:
            marks.append((float(run[at][0] / em), count, run[at][1]))
            at += count
    return marks


def _matched_ticks(box: _Box, quotes: list[int], marks: list[tuple[float, int, str]]
                   ) -> dict[int, tuple[float, int, str]]:
    """Each quote of the text (by index) with the ink mark nearest where its pitch places it, in order,
    an opening quote with a mark not shaped as a closing one and the other way round, and one of as
    many ticks as the quote where there is one near (the ” of ‘法宝” with the ” of ’”, not its ’)."""
    letters = sum(_ems(char) for char in box.text)
    scale = (box.x1 - box.x0) / box.size / letters if letters else 1.0
    matched: dict[int, tuple[float, int]] = {}
    left = list(marks)
    for index in quotes:
        at = sum(_ems(char) for char in box.text[:index]) * scale
        opening = box.text[index] in "“‘"
        near = [mark for mark in left if abs(mark[0] - at) <= 1.5 and mark[2] != ("close" if opening else "open")]
        if near:
            ticks = 2 if box.text[index] in "“”" else 1
            mark = min([mark for mark in near if mark[1] == ticks] or near, key=lambda mark: abs(mark[0] - at))
            matched[index] = mark
            left = left[left.index(mark) + 1:]
    return matched


def _quotes_paired(text: str, quotes: list[int], ticks: dict[int, tuple[float, int, str]]) -> str:
    """The text's quotes made to pair as printed quotes do, the ink deciding single or double.

    A quote opened inside a double quote with one tick is single (“创新‘实验室’);
    a single quote does not open inside a single quote, so a second ‘ closes
    it (‘嘀嗒、嘀嗒’); and a closing quote of the other kind than the quote it
    closes (‘三北”, “看得见…’) makes both the kind the ink shows, the closing
    one's if it shows, unless the two show different kinds (a quote between
    them was dropped).
    """
    chars = list(text)
    opened: list[int] = []
    for index in quotes:
        ink = ticks.get(index, (0.0, 0, ""))[1]
        if chars[index] in "“‘":
            top = chars[opened[-1]] if opened else ""
            if chars[index] == "“" and top == "“" and ink == 1:
                chars[index] = "‘"
            elif chars[index] == "‘" and top == "‘":
                chars[index] = "’"
                opened.pop()
                continue
            opened.append(index)
        elif opened:
            opener = opened.pop()
            if (chars[opener] == "“") != (chars[index] == "”"):
                other = ticks.get(opener, (0.0, 0, ""))[1]
                kind = ink or other
                if kind and not (ink and other and ink != other):
                    chars[opener], chars[index] = ("‘", "’") if kind == 1 else ("“", "”")
    return "".join(chars)


def _characters_before(box: _Box, text: str, start: float, image, engine) -> int | None:
    """How many characters of `text` stand before `start` (ems from the box's left), read from the
    line up to there; None where that reading is not the start of the text or does not reach
    where the characters' pitch puts the mark."""
    import numpy as np

    if start < 0.5:
        return 0
    pad = 0.2 * box.size
    crop = image.crop((int(box.x0 - pad), int(box.y0), int(box.x0 + (start - 0.05) * box.size), math.ceil(box.y1)))
    read = engine(np.asarray(crop.convert("RGB")), use_det=False, use_cls=False, use_rec=True)
    before = _clean(read.txts[0]) if read.txts else ""
    bare = before.translate(_NO_QUOTES)
    at = next((at for at in range(len(text) + 1) if text[:at].translate(_NO_QUOTES) == bare), None)
    # The pitch, the missing quote one em of it, places the mark's em a little before its tick.
    letters = sum(_ems(char) for char in text) + 1
    placed = (start - 0.3) / ((box.x1 - box.x0) / box.size / letters)
    return at if bare and at is not None and abs(at - placed) < 0.75 else None


def _ellipses_from_ink(box: _Box, ink) -> _Box:
    """Each run of ellipses (……) in the text as long as the ink's run of dots: the recogniser
    sometimes reads two as one.  Only where text and ink have as many runs, each of whole ellipses."""
    runs = _dot_runs(box, ink)
    read = list(re.finditer("…+", box.text))
    if not runs or len(runs) != len(read) or any(dots % 3 for dots in runs):
        return box
    text = box.text
    for match, dots in reversed(list(zip(read, runs))):
        text = text[:match.start()] + "…" * (dots // 3) + text[match.end():]
    return replace(box, text=text) if text != box.text else box


def _mark_opening(box: _Box, ink) -> _Box:
    """A line opening with a mark the recogniser left out of its text: a solid square (■本报记者…,
    ■ before a point of a list), or before a byline a hollow square or a bullseye (□本报记者,
    ◎本报记者).  The first thing inked, within half an em before the box or in it, apart from
    what follows, is a square block of ink: solid; or inked at its corners and white in its
    middle (□); or white at its corners and its middle with two rings across it (◎)."""
    import numpy as np

    if box.text[:1] in _OPENING_MARKS:
        return box
    em = box.size
    y0, y1 = max(0, int(box.y0)), math.ceil(box.y1)
    x0 = max(0, int(box.x0 - 0.5 * em))
    region = ink[y0:y1, x0:math.ceil(box.x0 + 1.5 * em)]
    runs = _inked_runs(region)
    # (apart: white after it, before other ink or past the part looked at, ■ “七一” set loose, dev seed 79)
    if not runs or runs[0][1] >= region.shape[1]:
        return box
    start, end = runs[0]
    rows = np.nonzero(region[:, start:end].any(axis=1))[0]
    blot = region[rows[0]:rows[-1] + 1, start:end]
    height, width = blot.shape
    low, high = _SQUARE
    if not (low * em <= width <= high * em and low * em <= height <= high * em and abs(width - height) <= 0.1 * em):
        return box
    mark = _opening_mark(blot)
    if mark is None or (mark != "■" and not box.text.startswith(_BYLINE_OPENINGS)):
        return box
    return replace(box, text=mark + box.text, x0=float(min(box.x0, x0 + start)))


def _semicolons_from_ink(box: _Box, ink) -> _Box:
    """Each ： whose lower blot has a tail read as the ； it is (拼搏奉献；有的 read 奉献：, dev seed
    79: ： 0.92, ； 0.02).  Only in a box of Chinese characters and full-width marks, whose ems share
    its width evenly, so the mark's em is known; and only where that em holds two blots one over
    the other, the lower one narrow: a colon's or a semicolon's."""
    if "：" not in box.text or not all(_IDEOGRAPH.match(char) or char in _FULL_WIDTH_MARKS for char in box.text):
        return box
    pitch, em = (box.x1 - box.x0) / len(box.text), box.size
    chars = list(box.text)
    for n, char in enumerate(chars):
        if char == "：":
            cell = ink[max(0, int(box.y0)):math.ceil(box.y1), int(box.x0 + n * pitch):int(box.x0 + (n + 1) * pitch)]
            if _tailed(cell, em):
                chars[n] = "；"
    text = "".join(chars)
    return replace(box, text=text) if text != box.text else box


def _tailed(cell, em: float) -> bool:
    """Whether an em's ink is two blots one over the other, the lower one narrow and as tall as a
    semicolon's dot and tail."""
    rows = _inked_runs(cell.T)
    if len(rows) != 2:
        return False
    top, bottom = rows[1]
    columns = _inked_runs(cell[top:bottom])
    return (bottom - top >= _SEMICOLON_TAIL * em and len(columns) == 1
            and columns[0][1] - columns[0][0] <= _SEMICOLON_WIDTH * em)


def _opening_mark(blot) -> str | None:
    """■, □ or ◎ from the ink of a square blot, None where it is none of them."""
    import numpy as np

    if blot.mean() >= _SOLID:
        return "■"
    height, width = blot.shape
    corner = max(1, int(0.15 * min(height, width)))
    corners = np.mean([blot[:corner, :corner].mean(), blot[:corner, -corner:].mean(),
                       blot[-corner:, :corner].mean(), blot[-corner:, -corner:].mean()])
    middle = blot[int(0.4 * height):math.ceil(0.6 * height), int(0.4 * width):math.ceil(0.6 * width)].mean()
    across = blot[height // 2]
    runs = int(across[0]) + int(np.count_nonzero(across[1:] & ~across[:-1]))
    if corners >= 0.5 and middle < 0.1 and runs == 2:
        return "□"
    if corners < 0.1 and middle < 0.1 and runs == 4:
        return "◎"
    return None


def _dot_runs(box: _Box, ink) -> list[int]:
    """How many dots each run of dots in the box's ink has: small blots at mid-height, standing
    alone between blank columns, less than half an em apart."""
    import numpy as np

    em = box.size
    y0 = max(0, int(box.y0))
    region = ink[y0:math.ceil(box.y1), int(box.x0):math.ceil(box.x1)]
    inked = _inked_runs(region)
    if not inked:
        return []
    runs: list[int] = []
    last = None
    for start, end in inked:
        rows = np.nonzero(region[:, start:end].any(axis=1))[0]
        dot = (end - start <= _DOT * em and rows[-1] + 1 - rows[0] <= _DOT * em
               and 0.35 * em <= rows[0] and rows[-1] + 1 <= 0.65 * em)
        if dot and last is not None and start - last < 0.5 * em:
            runs[-1] += 1
        elif dot:
            runs.append(1)
        last = end if dot else None
    return runs


def _names_apart(box: _Box, boxes: list[_Box], ink, display: float) -> _Box:
    """A credit line's names with the spaces between them that the recogniser leaves out.

    Papers set the names of a byline apart with a space (本报记者 李君强 龚 鸣);
    read without it the names run together and a byline is not known as
    one; an editors' line without a colon (版式设计孙振) is not known as
    furniture.  Only in a line that starts with a reporter's or an editor's
    role, or a line of body type or smaller that holds names alone under
    such a line (杨 彦) or ends a photo's credit (常 晋文), and holds Chinese
    characters alone, but for a note in brackets at a byline's end (where
    each takes one em, so a gap is placed in the text by where it is), only
    between two characters (a mark leaves a gap of its own), and only where
    the ink leaves a gap wider than `_NAME_GAP` ems, wider than characters
    of one word are set apart.
    """
    import numpy as np

    credit = _CREDIT_LINE.match(box.text) or _EDITOR_LINE.match(box.text)
    if credit:
        role_end = credit.end("role")
    elif box.size < display and _NAMES_ALONE.match(box.text) and (box.text[-1] in "文摄" or _under_a_credit(box, boxes)):
        role_end = None
    else:
        return box
    y0, y1 = max(0, int(box.y0)), math.ceil(box.y1)
    inked = np.nonzero(ink[y0:y1, int(box.x0):math.ceil(box.x1)].any(axis=0))[0]
    gaps = [(inked[i] + 1, inked[i + 1]) for i in np.nonzero(np.diff(inked) > _NAME_GAP * box.size)[0]]
    spaces = _name_spaces(box.text, gaps, box.size, role_end)
    # The ink's height is a little short of the em: the pitch, less the spaces, places them better.
    width = inked[-1] + 1 + 2 * _BEARING * box.size - sum(width for _, width in spaces) if len(inked) else 0
    spaces = _name_spaces(box.text, gaps, width / len(box.text) or box.size, role_end)
    if role_end is None and len(spaces) > 1 and len(spaces) == len(box.text) - 1:
        return box  # set apart all along: a line spread to fill its column, not names (琳 张安宇 何 彪 are)
    text = box.text
    for at, _ in reversed(spaces):
        text = text[:at] + " " + text[at:]
    return replace(box, text=text)


def _under_a_credit(box: _Box, boxes: list[_Box]) -> bool:
    """Whether the line right above the box, over the same column, or the line to its left on the same
    row (a header's editors' line, its names run on flush right: 本版责编：季健明 … 徐雷鹏 李佩阳), is a
    byline or an editors' line whose names run on to it."""
    middle = (box.y0 + box.y1) / 2
    return any(((other.y1 <= box.y0 + 0.3 * box.size and box.y0 - other.y1 < box.size
                 and other.x0 < box.x1 and box.x0 < other.x1)
                or (other.x1 < box.x0 and abs((other.y0 + other.y1) / 2 - middle) < _SAME_ROW * box.size))
               and (_CREDIT_LINE.match(other.text) or _EDITOR_LINE.match(other.text)
                    or _EDITORS_OPENING.match(other.text)) for other in boxes)


def _name_spaces(text: str, gaps: list[tuple[int, int]], em: float, role_end: int | None) -> list[tuple[int, float]]:
    """Where in `text` the ink's wide gaps (start, end, in pixels from its left) stand for spaces, and
    how wide each space is; none unless the first is right after the role (if the line has one)."""
    spaces: list[tuple[int, float]] = []
    extra = 0.0  # the width of the spaces found so far
    named = False  # whether a gap past an opening square was met
    for start, end in gaps:
        at = round((start - extra) / em + _BEARING)
        # (a byline's opening square is set apart from its role: ■ 本报记者 黄泽民, dev seed 52)
        after_a_square = at == 1 and text[0] in _OPENING_MARKS and bool(_IDEOGRAPH.match(text[1:2]))
        if not named and role_end is not None and at != role_end and not after_a_square:
            return []  # names start after the role, or this is a sentence (记者从…获悉)
        named = named or not after_a_square
        if 0 < at < len(text) and (_IDEOGRAPH.match(text[at - 1]) or after_a_square) and _IDEOGRAPH.match(text[at]):
            width = end - start - _INK_GAP * em
            spaces.append((at, width))
            extra += width
    return spaces


def _with_dashes(box: _Box, ink) -> _Box:
    """The box's text with each dash (——) its ink shows, where the recogniser left it out or read 一 or —.

    A dash is a bar about two ems long, thin and at mid-height; the
    recogniser drops it at a line's end, and reads it as one em (—) or as
    一 inside.  Where it goes in the text is worked out from where the bar
    starts, at one em a character (half for Latin letters and digits).
    """
    if not _HAS_CJK.search(box.text):
        return box
    y0, y1 = max(0, int(box.y0)), math.ceil(box.y1)
    found = _bars(ink[y0:y1, int(box.x0):math.ceil(box.x1)], box.size)
    bars = [bar for bar in found if bar[1] - bar[0] >= _DASH]
    if not bars:
        return box
    # The box ends at the ink: a mark at either end (。 , （) reaches on into the blank of its em
    # (a dash placed a character late in 的新规——补水暂停。, the pitch taken short, dev seed 68).
    ems = (box.x1 - box.x0) / box.size
    lead = _CELL_LEFT.get(box.text[0], 0.0) if bars[0][0] > 0.5 else 0.0
    tail = _CELL_RIGHT.get(box.text[-1], 0.0) if bars[-1][1] < ems - 0.5 else 0.0
    found = [(start + lead, end + lead) for start, end in found]
    bars = [bar for bar in found if bar[1] - bar[0] >= _DASH]
    width = ems + lead + tail - sum(end - start for start, end in bars)
    letters = sum(_ems(char) for char in box.text if char not in "—")
    scale = width / letters if letters else 1.0
    out, x = [], 0.0
    rest = list(box.text)
    for start, end in bars:
        while rest and x + _ems(rest[0]) * scale / 2 < start and not (rest[0] in _DASH_READS and start - x < _DASH):
            x += _ems(rest[0]) * scale if rest[0] != "—" else 0.0
            out.append(rest.pop(0))  # (a dash the recogniser read at the bar stays in rest, to be put right)
        if rest[1:2] and rest[1] in _DASH_READS and rest[0] not in _DASH_READS + "一":
            out.append(rest.pop(0))  # the pitch fell a character short of the dash the recogniser saw
        while out[-1:] and out[-1] in _DASH_READS:  # the bar read as —, - or 一
            out.pop()
        if out[-1:] == ["一"] and not _one_before(found, start):
            out.pop()
        one_after = _one_after(found, end)
        if rest[:1] == ["一"] and not one_after:
            rest.pop(0)
        while rest[:1] and rest[0] in _DASH_READS:
            rest.pop(0)
        out.append("——")
        if one_after and rest[:1] != ["一"]:  # ——一 read as ———
            out.append("一")
        x = end
    text = "".join(out + rest)
    return replace(box, text=text)


def _one_em_dashes(box: _Box, ink) -> _Box:
    """Each one-em dash (—, as in 让—皮埃尔) the recogniser read as 一, told from the ink: a dash is a
    hairline the whole em long (often set solid against the next character), 一 a stroke twice as
    thick with room at both ends."""
    import numpy as np

    if "一" not in box.text:
        return box
    em = box.size
    region = _box_ink(box, ink)
    letters = sum(_ems(char) for char in box.text)
    scale = (box.x1 - box.x0) / em / letters
    chars = list(box.text)
    # where each character starts, in ems at the line's pitch (digits and letters half an em: 2017年…“县—乡镇)
    starts = [0.0, *itertools.accumulate(_ems(char) for char in chars)]
    for start, end in _bars(region, em):
        # (the bar may run on into a stroke of the next character: 一七)
        thickness = region[:, int(start * em):int((start + 0.9) * em)].sum(axis=0).max() / em
        middle = float(np.median(region[:, int(start * em):int(end * em)].sum(axis=0))) / em
        hairline = _FULL_EM <= end - start and thickness <= _HAIRLINE
        fine = em >= _FINE_EM and _NEAR_EM <= end - start and middle <= _HAIRLINE_MIDDLE
        if not (hairline or fine) or end - start >= _DASH:
            continue
        ones = [index for index, char in enumerate(chars) if char == "一" and abs(starts[index] - start / scale) <= 1]
        if ones:
            chars[min(ones, key=lambda index: abs(starts[index] - start / scale))] = "—"
    return replace(box, text="".join(chars))


def _one_after(bars: list[tuple[float, float]], end: float) -> bool:
    """Whether the ink shows a 一 right after a dash ending at `end` (ems): a bar shorter than a
    full em that starts within a third of an em of it (——一句句, which the recogniser reads ———句句)."""
    return any(end < begin < end + 0.3 and finish - begin < _FULL_EM for begin, finish in bars)


def _one_before(bars: list[tuple[float, float]], start: float) -> bool:
    """Whether the ink shows a 一 of its own just before a dash starting at `start` (ems): a bar
    shorter than a dash that ends less than half an em before it.  Where there is none, a 一 the
    recogniser read there is the dash's first half (向东流”一 for 向东流”——)."""
    return any(end <= start < end + 0.5 and end - begin < _DASH for begin, end in bars)


def _ems(char: str) -> float:
    return 0.5 if char.isascii() else 1.0


def _bars(ink, size: float) -> list[tuple[float, float]]:
    """Stretches (start, end, in ems from the left of `ink`) where the only ink is a thin bar at mid-height."""
    import numpy as np

    if not ink.size:
        return []
    inked = ink.any(axis=0)
    top = np.argmax(ink, axis=0)
    bottom = ink.shape[0] - np.argmax(ink[::-1], axis=0)
    thin = inked & (bottom - top <= _BAR * size) & (top >= 0.3 * size) & (bottom <= 0.8 * size)
    found, start = [], None
    for column, bar in enumerate(list(thin) + [False]):
        if bar and start is None:
            start = column
        elif not bar and start is not None:
            if column - start >= 0.5 * size:
                found.append((start / size, column / size))
            start = None
    return _halves_joined(found)


def _halves_joined(bars: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The bars with each dash a face sets as two one-em halves, a hairline of white between them, one bar."""
    joined: list[tuple[float, float]] = []
    for start, end in bars:
        if (joined and start - joined[-1][1] <= _DASH_SPLIT and end - start >= _FULL_EM
                and joined[-1][1] - joined[-1][0] >= _FULL_EM):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _bars_by_ink(box: _Box, ink) -> _Box:
    """Each 丨 of the text made ｜ where its ink is the full-width bar's, which reaches below the
    Chinese characters' feet (丨 stands as tall as they do).

    The recogniser reads both | (经济热点问答｜下任…, 新华视点丨用…); the bars
    are matched to the text's in order, and only where the ink has as many.
    """
    import numpy as np

    count = box.text.count("丨")
    if not count:
        return box
    em = box.size
    top = max(0, int(box.y0))
    region = ink[top:math.ceil(box.y1 + _BAR_DROP_REACH * em), int(box.x0):math.ceil(box.x1)]
    inked = _inked_runs(region)
    if not inked:
        return box
    bars = []
    for start, end in inked:
        rows = np.nonzero(region[:, start:end].any(axis=1))[0]
        stroke = rows[:np.argmax(np.diff(rows, append=rows[-1] + 2) > 1) + 1]  # down to its first white row
        if end - start <= _UPRIGHT * em and stroke[-1] + 1 - stroke[0] >= 0.8 * em:
            bars.append(top + stroke[-1] + 1)
    if len(bars) != count:
        return box
    feet = box.y1 - (1 - _INK_PER_EM) / 2 * em  # the box is the em round the characters' ink
    full = iter([bottom - feet > _BAR_DROP * em for bottom in bars])
    return replace(box, text="".join(("｜" if next(full) else char) if char == "丨" else char for char in box.text))


def _roman_ones(box: _Box, ink) -> _Box:
    """The box's text with each Roman numeral Ⅰ its ink shows: the recogniser drops it between two
    Chinese characters (the blank wins over it) or reads it as the bar 丨.

    Where the text has as many bars as the ink has Ⅰs, the bars are the Ⅰs;
    where it has none and is one em short of the ink for each, each Ⅰ goes
    where the pitch puts it, between full-width characters.
    """
    import numpy as np

    if not _HAS_CJK.search(box.text):
        return box
    em = box.size
    region = _box_ink(box, ink)
    runs = _inked_runs(region)
    if not runs:
        return box
    tallest, highest, lowest = _ROMAN_ONE_HEIGHT
    ones = []
    for n, (start, end) in enumerate(runs):
        rows = np.nonzero(region[:, start:end].any(axis=1))[0]
        white_before = start - runs[n - 1][1] if n else _ROMAN_ONE_WHITE * em
        white_after = runs[n + 1][0] - end if n + 1 < len(runs) else 0
        if (end - start <= _UPRIGHT * em and rows[-1] + 1 - rows[0] >= tallest * em and rows[0] >= highest * em
                and rows[-1] + 1 <= lowest * em and min(white_before, white_after) >= _ROMAN_ONE_WHITE * em):
            ones.append((start + end) / 2 / em)
    if not ones:
        return box
    bars = [index for index, char in enumerate(box.text) if char in "丨|"]
    if bars:
        text = "".join("Ⅰ" if index in bars else char for index, char in enumerate(box.text))
        return replace(box, text=text) if len(bars) == len(ones) else box
    letters = sum(_ems(char) for char in box.text) + len(ones)
    pitch = _ink_pitch(runs, em)
    lead = max(0.0, pitch / 2 - ones[0] * em)  # a Ⅰ opening the line stands half its em in from the em's start
    if abs((box.x1 - box.x0 + lead) / pitch - letters) > 0.5:
        return box
    width = (box.x1 - box.x0) / em
    chars = list(box.text)
    for middle in ones:
        starts = list(itertools.accumulate((_ems(char) * width / letters for char in chars), initial=0.0))
        at = sum(1 for start in starts[1:] if start <= middle)
        if not all(_full_width(char) for char in chars[max(0, at - 1):at + 1]):
            return box
        chars.insert(at, "Ⅰ")
    return replace(box, text="".join(chars))


def _ink_pitch(runs: list[tuple[int, int]], em: float) -> float:
    """How far apart (pixels) a line's characters are set, from the starts of the runs of its ink as
    wide as a character (a line may be set a little tighter than its type's size: 0.96 em); `em`
    where fewer than three such pairs tell."""
    import numpy as np

    starts = [start for start, end in runs if end - start >= 0.6 * em]
    pitches = [b - a for a, b in zip(starts, starts[1:]) if 0.8 * em < b - a < 1.2 * em]
    return float(np.median(pitches)) if len(pitches) >= 3 else em


def _full_width(char: str) -> bool:
    return not char.isascii()


def _clean(text: str) -> str:
    """The recogniser's text with the punctuation a Chinese page prints.

    One space between words; and in a line with Chinese in it, full-width
    brackets, full-width punctuation beside Chinese or its marks, the ratio
    sign for a colon after a digit (and ‰ for %o after one anywhere), 丨 for a
    bar between Chinese, □ for ☐ and ■ for █ (a byline's square read as a block), and a
    straight single quote made the curly one
    that pairs with the quotes before it, or a closing one at the end or
    before a mark.
    """
    text = _PER_MILLE.sub("‰", " ".join(text.split()))
    if not _HAS_CJK.search(text):
        return text
    text = _HALF_WIDTH_BESIDE_CJK.sub(lambda m: _HALF_WIDTH[m.group(0)], text).translate(_FULL_WIDTH_BRACKETS)
    text = _RATIO_COLON.sub("∶", text)
    text = text.translate(_PRINTED_SHAPES)
    return _curly_single_quotes(_BAR_BETWEEN_CJK.sub("丨", text))


def _ratio_colons_opening(lines: list[Line]) -> list[Line]:
    """The lines with a colon that opens one between two digits, the line before ending on the first
    (比分1 | ：0, dev seed 51), made the ratio sign: `_clean` sees one line at a time."""
    return [replace(line, text=_RATIO_COLON_OPENING.sub("∶", line.text))
            if n and re.search("[0-9]$", lines[n - 1].text) and _RATIO_COLON_OPENING.match(line.text) else line
            for n, line in enumerate(lines)]


def _lone_marks_full_width(boxes: list[_Box]) -> list[_Box]:
    """Boxes holding only a half-width : ; ? ! or , made full-width on a page in Chinese: a mark
    cut off the end of its line (消息（新闻联播） | :) has no Chinese beside it for `_clean` to go by;
    nor has one opening the rest of the line, cut off after Chinese (消息（新闻联播） | :26日, dev seed 79)."""
    if not any(_HAS_CJK.search(box.text) for box in boxes):
        return boxes
    out = []
    for box in boxes:
        if box.text and set(box.text) <= _LONE_MARKS:
            box = replace(box, text="".join(_HALF_WIDTH[char] for char in box.text))
        elif box.text[:1] in _LONE_MARKS and _after_chinese(box, boxes):
            box = replace(box, text=_HALF_WIDTH[box.text[0]] + box.text[1:])
        out.append(box)
    return out


def _after_chinese(box: _Box, boxes: list[_Box]) -> bool:
    """Whether the box before it on its row, the em of its last character ending within an em of it
    (a ） ends its ink two thirds of an em short of that), ends in Chinese or a full-width mark."""
    middle = (box.y0 + box.y1) / 2
    return any(other.text and (_IDEOGRAPH.match(other.text[-1]) or other.text[-1] in _FULL_WIDTH_MARKS)
               and -other.size <= box.x0 - other.x1 - _CELL_RIGHT.get(other.text[-1], _BEARING) * other.size <= box.size
               and other.y0 < middle < other.y1 for other in boxes if other is not box)


def _brackets_full_width(boxes: list[_Box]) -> list[_Box]:
    """Brackets made full-width in boxes with no Chinese in them on a page in Chinese, as `_clean`
    makes them in boxes with Chinese: the detector boxes a bracketed code apart from the line it
    ends ((GB/T 43216—2023) after 要求》), and the page sets it （GB/T43216—2023）."""
    if not any(_HAS_CJK.search(box.text) for box in boxes):
        return boxes
    return [replace(box, text=box.text.translate(_FULL_WIDTH_BRACKETS))
            if "(" in box.text or ")" in box.text else box for box in boxes]


def _curly_single_quotes(text: str) -> str:
    out = []
    open_quote = False
    for index, char in enumerate(text):
        if char == "'":
            after = text[index + 1:index + 2]
            # At a line's end or before a mark a quote closes (太空4S店’ / 行天下’？);
            # elsewhere it pairs with the quotes before it.
            char = "’" if open_quote or index and (not after or after in _CLOSING) else "‘"
        if char in "‘’":
            open_quote = char == "‘"
        out.append(char)
    return "".join(out)


def _unshared(boxes: list[_Box], ink) -> list[_Box]:
    """Boxes that ran on into the next box on their line, cut back to their own text.

    The detector sometimes runs a headline's box into the headline of the
    story beside it, and both boxes read the characters they share
    (山区架起一条医检“空中走廊”新场景 | 新场景应瞄准民生需求推广); left so,
    the two headlines read as one.  The shared characters are taken off
    the first box where its text ends with the start of the second's.  Boxes
    that only touch share marks alone: a headline's box read on over the
    ， the next box grew back over (培育96家“科技新小龙”， | ，浙江这样干, dev seed 68).
    """
    import numpy as np

    ordered = sorted(boxes, key=lambda b: (b.x0, b.y0))
    out = []
    for index, box in enumerate(ordered):
        for after in ordered[index + 1:]:
            if after.x0 > box.x1:
                break
            em = min(box.size, after.size)
            if abs((box.y0 + box.y1) - (after.y0 + after.y1)) / 2 > 0.3 * em or after.x1 <= box.x1:
                continue
            shared = next((k for k in range(min(len(box.text), len(after.text)) - 1, 0, -1)
                           if box.text.endswith(after.text[:k])
                           and (after.x0 < box.x1 or set(after.text[:k]) <= set(_CLOSING))), 0)
            y0, y1 = max(0, int(box.y0)), math.ceil(box.y1)
            inked = np.nonzero(ink[y0:y1, int(box.x0):int(after.x0) - 1].any(axis=0))[0]
            if shared and abs(shared - (box.x1 - after.x0) / em) <= 1.5 and len(inked):
                box = replace(box, text=box.text[:-shared], x1=float(int(box.x0) + inked[-1] + 1))
                break
        out.append(box)
    return out


def _spaced(boxes: list[_Box], display: float) -> list[_Box]:
    """Boxes of display type that a word space keeps apart joined into one, as the PDF reader sees them.

    The detector cuts a line at a full-width space; left cut, a headline in
    two parts would be read as the headlines of two stories side by side.
    Body type is left as cut: a gap that wide in it is a gutter.  A part
    that starts where a column of body text starts is the headline of the
    story set in that column, beside another story's, unless the part
    before it runs past the end of the column before: a headline is set
    within its columns, so that one runs on across the gutter (“彩云人家”
    升级记, cut where a Song face's ” leaves a third of its em blank).
    """
    body = display / _DISPLAY
    starts = _column_starts(boxes, body)
    ends = _column_ends([_cells(box)[1] for box in boxes if box.size < display], body)
    joined: list[_Box] = []
    for box in sorted(boxes, key=lambda b: (b.x0, b.y0)):
        heads_column = any(abs(box.x0 - start) < _ALIGNED * body for start in starts)
        for index, before in enumerate(joined):
            runs_on = not heads_column or any(before.x1 - _ALIGNED * body > end > before.x0 for end in ends)
            if min(box.size, before.size) >= display and runs_on and _word_space_apart(before, box):
                joined[index] = _join(before, box)
                break
        else:
            joined.append(box)
    return joined


def _column_starts(boxes: list[_Box], body: float) -> list[float]:
    """Where columns of body text start: the left edges that `_COLUMN_LINES` or more lines of body type share."""
    lefts = sorted(box.x0 for box in boxes if box.size < _DISPLAY * body)
    starts: list[float] = []
    first = 0
    for last in range(len(lefts)):
        while lefts[last] - lefts[first] > _ALIGNED * body:
            first += 1
        if last - first + 1 >= _COLUMN_LINES and not (starts and lefts[last] - starts[-1] <= _ALIGNED * body):
            starts.append(lefts[first])
    return starts


def _word_space_apart(left: _Box, right: _Box) -> bool:
    em = min(left.size, right.size)
    same_size = max(left.size, right.size) <= _SAME_SIZE * em
    same_line = abs((left.y0 + left.y1) - (right.y0 + right.y1)) / 2 < 0.3 * em
    return same_size and same_line and -0.2 * em <= right.x0 - left.x1 <= _WORD_SPACE * em


def _join(left: _Box, right: _Box) -> _Box:
    weight = len(left.text) + len(right.text)
    return _Box(
        text=f"{left.text} {right.text}", x0=left.x0, y0=min(left.y0, right.y0), x1=right.x1,
        y1=max(left.y1, right.y1),
        confidence=(left.confidence * len(left.text) + right.confidence * len(right.text)) / weight,
        size=max(left.size, right.size),
    )


def _chars(boxes: list[_Box]) -> list[Char]:
    """Each box as a piece of text for the layout analysis, drawn round the em boxes of its
    characters as a PDF's are, with a closing mark at its end a piece of its own.

    Chinese marks sit in one corner of their em (。 bottom left), so the ink
    of a full line that ends in one stops well short of the column's edge;
    the em boxes reach it, and a mark hung past the edge is known as one.
    A closing quote too: hung into a gutter, it leaves less than half an em
    before the next column, which the layout takes for a gutter only after
    a closing mark (a line ending “元问题” ran on into the column beside it).
    """
    cells = _openers_to_column_starts(boxes, _quotes_to_column_ends(boxes, [_cells(box) for box in boxes]))
    sizes = _sizes(boxes, [_pitch(box, x0, x1) for box, (x0, x1) in zip(boxes, cells)])
    chars = []
    for box, size, (x0, x1) in zip(boxes, sizes, cells):
        middle = (box.y0 + box.y1) / 2
        if len(box.text) > 1 and (box.text[-1] in _CELL_RIGHT or box.text[-1] in _CLOSING_QUOTES):
            mark = x1 - box.size
            chars.append(Char(box.text[:-1], x0, box.y0, mark, box.y1, middle, size))
            chars.append(Char(box.text[-1], mark, box.y0, x1, box.y1, middle, size))
        else:
            chars.append(Char(box.text, x0, box.y0, x1, box.y1, middle, size))
    return chars


def _quotes_to_column_ends(boxes: list[_Box], cells: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Cells of lines that end in a closing quote reaching short of where a column ends, taken to it.

    Where a closing quote's ink sits in its em depends on the font: at the
    right in WenQuanYi Zen Hei, a third of an em from it in a Song face.  A
    full line of body type ending in one read by its ink alone stops a
    third of an em short of the column's edge, and looks like the last line
    of its paragraph.  Chinese type is set on an em grid, so a line that
    truly ends short of the edge does so by an em or more.
    """
    body = _body_size(boxes)
    ends = _column_ends([x1 for box, (_, x1) in zip(boxes, cells) if box.size < _DISPLAY * body], body)
    out = []
    for box, (x0, x1) in zip(boxes, cells):
        if box.text[-1] in _CLOSING_QUOTES and box.size < _DISPLAY * body:
            x1 = next((end for end in ends if 0 < end - x1 < _QUOTE_SHORT * box.size), x1)
        out.append((x0, x1))
    return out


def _openers_to_column_starts(boxes: list[_Box], cells: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Cells of lines of body type that open on a mark set near a column's start, taken to it.

    A half-width ( read as （ (the recogniser reads both as "(", `_clean` makes
    it full width beside Chinese) was given the full-width mark's blank
    two-thirds of an em before its ink, and the block it opened started that
    far left of its column: a line under it opening on “ (its ink a third of
    an em in) read as indented, and its paragraph broke there (seed 21,
    (上接第五版) over “四个伟大”…).  The column's start, as the lines of body type
    that open on no mark share it, is where such a line starts.
    """
    body = _body_size(boxes)
    starts = _column_starts([box for box in boxes if box.text[0] not in _OPENERS], body)
    out = []
    for box, (x0, x1) in zip(boxes, cells):
        if box.text[0] in _OPENERS and box.size < _DISPLAY * body:
            near = [start for start in starts if -_ALIGNED * body <= box.x0 - start <= _OPENER_INK * box.size]
            if near:
                x0 = min(near, key=lambda start: abs(box.x0 - start)) - _BEARING * box.size
        out.append((x0, x1))
    return out


def _column_ends(rights: list[float], body: float) -> list[float]:
    """Where columns of body text end: the right edges that `_COLUMN_LINES` or more lines share."""
    rights = sorted(rights, reverse=True)
    ends: list[float] = []
    first = 0
    for last in range(len(rights)):
        while rights[first] - rights[last] > _ALIGNED * body:
            first += 1
        if last - first + 1 >= _COLUMN_LINES and not (ends and ends[-1] - rights[last] <= _ALIGNED * body):
            ends.append(rights[first])
    return ends


def _cells(box: _Box) -> tuple[float, float]:
    """Where the em boxes of the box's first and last characters start and end."""
    return (box.x0 - _CELL_LEFT.get(box.text[0], _BEARING) * box.size,
            box.x1 + _CELL_RIGHT.get(box.text[-1], _BEARING) * box.size)


def _sizes(boxes: list[_Box], pitches: list[float | None]) -> list[float]:
    """Each box's type size: by pitch where it can be told, else by ink; made the body size where
    it is near it (`_PITCH_AGREES`), then sizes read with some jitter made one.

    Both measures stray from the body size more than sizes set apart do
    (a justified line is spaced out, digits stand lower than Chinese,
    brackets reach higher), and a body line read as another size breaks
    its paragraph.
    """
    weights = [len(box.text) for box in boxes]
    sizes = [pitch or box.size for box, pitch in zip(boxes, pitches)]
    measured = [i for i, pitch in enumerate(pitches) if pitch] or range(len(boxes))
    snapped = _snapped([sizes[i] for i in measured], [weights[i] for i in measured])
    counts: dict[float, int] = {}
    for index, size in zip(measured, snapped):
        counts[size] = counts.get(size, 0) + weights[index]
    body = max(counts, key=counts.get)
    near = [body if abs(math.log(size / body)) <= math.log(1 + _PITCH_AGREES) else size for size in sizes]
    return _snapped(near, weights)


def _pitch(box: _Box, x0: float, x1: float) -> float | None:
    """The type size from how far apart the characters are set, where that can be told.

    Chinese type is set one em a character (Latin letters and digits about
    half), so a line measures its size more finely by its length than by
    the height of its ink (a pixel either way is a tenth of the size of body
    type scanned at 150 dpi, and digits stand lower than Chinese).  A short
    line is left to its ink, and so is one letter-spaced out of step with it.
    Quotes and the middle dot are one em in some faces and narrow in others
    (`_NARROW`): a line with them takes the reading nearer its ink's.  A line
    mostly of digits and Latin stands lower than Chinese by up to a third:
    its pitch stands where its ink reads that much smaller (长108.4%、22.9%、
    20.2%。 read 0.84 of body type by its ink, and broke its paragraph).
    """
    if len(box.text) < _PITCH_CHARACTERS or _UNEVEN_PITCH.search(box.text):
        return None
    pitches = {(x1 - x0) / sum(map(_ems, box.text)), (x1 - x0) / sum(_NARROW.get(char, _ems(char)) for char in box.text)}
    pitch = min(pitches, key=lambda pitch: abs(math.log(pitch / box.size)))
    low_ink = 2 * sum(map(str.isascii, box.text)) >= len(box.text) and 1 <= pitch / box.size <= 1 + 2 * _PITCH_AGREES
    return pitch if abs(pitch / box.size - 1) <= _PITCH_AGREES or low_ink else None


def _snapped(sizes: list[float], weights: list[int]) -> list[float]:
    """Sizes read with some jitter made the sizes they were set in.

    Box heights jitter by a few hundredths either way; without this the body
    text would come out in several sizes and none of them the body size.
    The size most characters are read at, give or take the jitter, is one
    size set (their weighted median), with all sizes within `_SAME_SIZE` of
    it; then the same for what is left.  Groups are made round where the
    sizes crowd, not chained from size to size, so body text and headlines
    never run together through the sizes between.
    """
    import bisect

    snapped = list(sizes)
    left = sorted(range(len(sizes)), key=sizes.__getitem__)
    jitter = math.sqrt(_SAME_SIZE)
    while left:
        values = [sizes[i] for i in left]
        totals = [0]
        for index in left:
            totals.append(totals[-1] + weights[index])

        def near(value: float, spread: float) -> tuple[int, int]:
            return bisect.bisect_left(values, value / spread), bisect.bisect_right(values, value * spread)

        peak = max(values, key=lambda value: totals[near(value, jitter)[1]] - totals[near(value, jitter)[0]])
        start, end = near(peak, _SAME_SIZE)
        group = left[start:end]
        value = round(_weighted_median([sizes[i] for i in group], [weights[i] for i in group]), 1)
        for index in group:
            snapped[index] = value
        left = left[:start] + left[end:]
    return snapped


def _body_size(boxes: list[_Box]) -> float:
    """The page's body type size: the size most of its characters are read at (the median by characters)."""
    return _weighted_median([box.size for box in boxes], [len(box.text) for box in boxes])


def _weighted_median(values: list[float], weights: list[int]) -> float:
    half = sum(weights) / 2
    total = 0
    for value, weight in sorted(zip(values, weights)):
        total += weight
        if total >= half:
            return value
    return values[-1]


def _placed(line: Line, boxes: list[_Box], back, unit: float) -> Line:
    """The line with its confidence, its box mapped back onto the page as given, in `unit`s."""
    box = line.bbox
    inside = [b for b in boxes
              if box.x0 <= (b.x0 + b.x1) / 2 <= box.x1 and box.y0 <= (b.y0 + b.y1) / 2 <= box.y1]
    weight = sum(len(b.text) for b in inside)
    confidence = (sum(b.confidence * len(b.text) for b in inside) / (weight + _dropped(inside, line.font_size))
                  if weight else None)
    return replace(
        line,
        bbox=_placed_box(box, back, unit),
        font_size=round(line.font_size * unit, 1),
        confidence=None if confidence is None else round(confidence, 3),
    )


def _dropped(boxes: list[_Box], em: float) -> int:
    """How many characters the recogniser left out between the boxes of one line: the ems between
    the em cells of two boxes that face each other with Chinese (or full-width marks), where the
    line's type holds one or two characters (`_DROPPED_GAP`).

    The detector cuts a line where a mark it cannot see stood (、 or 《 on a soft scan), and its
    em is left blank between the two boxes: counted, the line's confidence shows the loss, which
    the recogniser's own probabilities, sure of all it did read, never do."""
    ordered = sorted(boxes, key=lambda box: box.x0)
    dropped = 0
    for left, right in zip(ordered, ordered[1:]):
        if left.text[-1].isascii() or right.text[0].isascii():
            continue
        gap = (_cells(right)[0] - _cells(left)[1]) / em
        if _DROPPED_GAP[0] <= gap <= _DROPPED_GAP[1]:
            dropped += max(1, round(gap))
    return dropped


def _unrotate(angle: float, size: tuple[int, int], turned_size: tuple[int, int]):
    """From a point of the image turned by `angle` degrees (Pillow's `rotate`, its frame then
    `turned_size`) back to the image (of `size`): both turn about their centres."""
    cx, cy = size[0] / 2, size[1] / 2
    tx, ty = turned_size[0] / 2, turned_size[1] / 2
    cos, sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))

    def back(x: float, y: float) -> tuple[float, float]:
        dx, dy = x - tx, y - ty
        return cx + dx * cos - dy * sin, cy + dx * sin + dy * cos

    return back
