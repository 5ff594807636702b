"""Stage 2: how the page is laid out — input form, indents, column widths.

Two input forms reach us.  *Fragments*: one line per paragraph or column
fragment, blank lines between all of them (copy-paste from e-paper sites).
*Wrapped*: printed lines hard-wrapped at the column width, paragraphs shown
by an indent or by a short last line, a blank line where a column ends
(pdftotext and OCR).  The form is read from the page, never asked for.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from statistics import median

from banmian.model import FRAGMENTS, WRAPPED, BBox, Layout, Line, Unit, display_type
from banmian.rebuild.patterns import DATELINE, ends_sentence, opens_continuation, trailing_jump

HANGING = "，。、；：？！）》」』】”’,.;:?!)…"  # a closing mark, or a …… that may not start a line, hangs past the edge
_WINDOW = 5
_SPACED = 1.25  # a step a quarter of a line deeper than the usual leading sets a line apart
_CAPTION_DROP = 2.5  # ems between a photo's foot and its caption's top, at most
_SPACED_MOST = 2.2  # deeper than this, white space or a photo stands between
_HEADING_LINES = 4  # a headline block set apart has at most this many lines
_CAPTION_LINES = 4  # a caption read from text alone has at most this many lines
_INDENTED_CAPTION_LINES = 8  # where it opens on an indent rather than under a blank line
_CAPTION_NARROWER_BY = 2  # ems: more than this narrower than the column above, a caption set to its own measure


def read_layout(units: list[Unit], figures: Sequence[BBox] = ()) -> Layout:
    """The page's layout; `figures` are the boxes of its photos, where a layout reader found them."""
    indents = uses_indents(units)
    text_lines = [unit.lines[0] for unit in units if unit.role == "text"]
    body = body_size(text_lines)
    if form_of(units) == FRAGMENTS:
        return Layout(FRAGMENTS, indents=indents, widths={}, body_size=body)
    indent = indent_width(text_lines) if indents else _INDENT_EMS
    measures = {line.number: _measure(line, indent) for line in text_lines}
    if latin_width(text_lines, measures) != _LATIN_EMS:
        measures = {line.number: _measure(line, indent, 1.0) for line in text_lines}
    lines = [line for unit in units for line in unit.lines]
    photos = _photos_over_captions(lines, figures)
    captions = frozenset(photos)
    credited = _credited_blocks(units, indents)
    spaced = spaced_lines(lines, body)
    return Layout(WRAPPED, indents=indents,
                  widths=_column_widths(text_lines, measures, captions | credited, body, _story_openings(units), photos),
                  measures=measures, body_size=body, spaced=spaced, over_spaced=_lines_over(lines, spaced), captions=captions,
                  text_ends=_text_ends(units), credited=credited, over_leads=_lines_over(lines, _leads(lines)),
                  indented=frozenset(line.number for line in lines if line.indent))


def _leads(lines: list[Line]) -> frozenset[int]:
    """The first lines of news leads (本报讯…, 新华社北京5月21日电…)."""
    return frozenset(line.number for line in lines if DATELINE.match(line.text.lstrip()))


def _lines_over(lines: list[Line], below: frozenset[int]) -> frozenset[int]:
    """The lines right over one of these (a spaced line, a lead's first)."""
    return frozenset(above.number for above, line in zip(lines, lines[1:]) if line.number in below)


def _text_ends(units: list[Unit]) -> frozenset[int]:
    """The last line of each run of text lines: a blank line, a line that is no text (（下转第四版）, a byline, the
    editor line) or the page's end below it.  A paragraph may stop there without a stop, going on elsewhere."""
    return frozenset(unit.lines[-1].number for unit, below in zip(units, [*units[1:], None])
                     if unit.role == "text" and (below is None or below.lines[0].gap_before or below.role != "text"))


def _story_openings(units: list[Unit]) -> frozenset[int]:
    """The first text lines of stories or of their rest: under a byline or a 上接 line, or opened by one.

    From text alone a dateline opens a story too, and so does the line under a photo's credit; where lines were measured
    the story's first lines have widths of their own.
    """
    return frozenset(unit.lines[0].number for previous, unit in zip([None, *units], units) if unit.role == "text" and (
        opens_continuation(unit.text) or (unit.lines[0].bbox is None and DATELINE.match(unit.text))
        or previous is not None and (previous.role == "byline"
                                     or previous.role == "jump" and opens_continuation(previous.text)
                                     or previous.role == "credit" and unit.lines[0].bbox is None)))


def _credited_blocks(units: list[Unit], indents: bool) -> frozenset[int]:
    """From text alone: the first lines of the short blocks that end on a photo's credit and open under
    a blank line, or on an indent where paragraphs open on one and the block is set narrower than the
    text above it.  Such a caption is set to its own width, its widest line (游客在玻璃滑 / 道内滑行…)."""
    found = set()
    for index, unit in enumerate(units):
        if unit.role != "credit" or unit.lines[0].bbox is not None:
            continue
        start = index - 1
        while start >= 0 and index - start <= _INDENTED_CAPTION_LINES and units[start].role == "text":
            if (units[start].gap_before and index - start <= _CAPTION_LINES
                    or indents and units[start].lines[0].indent and _narrower_than_above(units, start, index)):
                found.add(units[start].lines[0].number)
                break
            start -= 1
    return frozenset(found)


def _narrower_than_above(units: list[Unit], start: int, end: int) -> bool:
    """Are the lines `start:end` set clearly narrower than the text column right above them?

    A caption under a story with no blank line between is told from the story's
    last paragraph by its own, narrower measure.
    """
    above = [set_width(unit.lines[-1]) for unit in units[max(0, start - _WINDOW):start] if unit.role == "text"]
    return (len(above) >= 3
            and max(set_width(unit.lines[0]) for unit in units[start:end]) < _upper_quartile(above) - _CAPTION_NARROWER_BY)


def _photos_over_captions(lines: list[Line], figures: Sequence[BBox]) -> dict[int, tuple[BBox, float]]:
    """The first line under each photo, with its photo and its type size: it opens the caption,
    whatever the text above it in the column says.

    Under means starting within two lines of the photo's foot, over the
    photo's width for at least half the line's.
    """
    found = {}
    for figure in figures:
        under = [line for line in lines if line.bbox is not None and line.font_size
                 and 0 <= line.bbox.y0 - figure.y1 <= _CAPTION_DROP * line.font_size
                 and _overlap(line.bbox, figure) >= 0.5 * (line.bbox.x1 - line.bbox.x0)]
        if under:
            first = min(under, key=lambda line: (line.bbox.y0, line.bbox.x0))
            found[first.number] = (figure, first.font_size)
    return found


def _overlap(box: BBox, other: BBox) -> float:
    return max(0.0, min(box.x1, other.x1) - max(box.x0, other.x0))


def body_size(lines: list[Line]) -> float | None:
    """The font size most of the text is set in (weighted by characters), if the reader gave sizes."""
    counts: dict[float, int] = {}
    for line in lines:
        if line.font_size is not None:
            size = round(line.font_size, 1)
            counts[size] = counts.get(size, 0) + len(line.text)
    return max(counts, key=counts.get) if counts else None


def close_paragraph_spaces(lines: list[Line]) -> list[Line]:
    """The lines, with no blank line before those set apart only by a paragraph space.

    A layout reader may start a new block at the extra space that opens an
    unindented paragraph; that is no column end, and must not read as one.
    """
    spaced = spaced_lines(lines, body_size(lines))
    if not spaced:
        return lines
    return [replace(line, gap_before=0) if line.gap_before and line.number in spaced else line for line in lines]


def spaced_lines(lines: list[Line], body: float | None) -> frozenset[int]:
    """Body-type lines set apart from the line above by more than the usual leading.

    Papers that do not indent paragraphs open them with extra space instead.
    The usual step is the page's median from one body line's top to the next
    in a column; a reader may have set such a line apart as a new block, so
    lines after a blank line count too where they stand right under the line
    before, at its left edge.
    """
    if body is None:
        return frozenset()
    steps: list[tuple[int, float, bool]] = []
    typed = [_body_type(line, body) for line in lines]  # each line asked once, not as `line` and then as `above`
    for above, line, above_typed, line_typed in zip(lines, lines[1:], typed, typed[1:]):
        if above_typed and line_typed and abs(line.bbox.x0 - above.bbox.x0) < 3 * body:
            steps.append((line.number, line.bbox.y0 - above.bbox.y0, bool(line.gap_before)))
    inside = [step for _, step, gap in steps if not gap]
    if len(inside) < 10:
        return frozenset()
    usual = median(inside)
    return frozenset(number for number, step, _ in steps if _SPACED * usual < step < _SPACED_MOST * usual)


def _body_type(line: Line, body: float) -> bool:
    return line.bbox is not None and line.font_size is not None and abs(line.font_size - body) < 0.1 * body


def form_of(units: list[Unit]) -> str:
    """Fragments when blank lines stand between most lines, or when most lines are longer than any
    printed column (the blank lines lost, as some copies and exports lose them); else wrapped."""
    gapped = sum(1 for unit in units[1:] if unit.gap_before)
    if len(units) > 1 and gapped >= 0.5 * (len(units) - 1):
        return FRAGMENTS
    return FRAGMENTS if units and median(len(unit.text) for unit in units) > _WIDEST_COLUMN else WRAPPED


_WIDEST_COLUMN = 45  # characters: a printed column's line is shorter (10-30 on the pages read)


def uses_indents(units: list[Unit]) -> bool:
    """Do this page's paragraphs open with an indent?"""
    text_lines = [unit.lines[0] for unit in units if unit.role == "text"]
    indented = sum(1 for line in text_lines if line.indent)
    return indented >= max(2, len(text_lines) // 40)


_INDENT_EMS = 2.0  # a paragraph's indent, where the page does not show another


def indent_width(lines: list[Line]) -> float:
    """How wide a text page prints its paragraphs' indent, in ems: two full-width spaces, or
    two ASCII spaces at half an em each, or four.

    Measured where an indented line runs on into a flush one that runs on too: both fill
    the column, so the indent is what the flush line holds more.
    """
    gaps = []
    for first, second, third in zip(lines, lines[1:], lines[2:]):
        if (first.bbox is None and first.indent and not second.indent and not third.indent
                and not second.gap_before and not third.gap_before
                and not ends_sentence(first.text) and not ends_sentence(second.text)):
            gaps.append(set_width(second, 0.0) - set_width(first, 0.0))
    if len(gaps) < 3:
        return _INDENT_EMS
    return min(4.0, max(0.5, round(2 * median(gaps)) / 2))


_LATIN_EMS = 0.5  # a Latin letter or digit, set in a Chinese column
_LATIN_VOTES = 6  # lines that fill their column only with digits an em wide, at least, to say the page counted them so


def latin_width(lines: list[Line], measures: dict[int, tuple[float, float]]) -> float:
    """How wide this page's text sets a Latin letter or digit, in ems: half an em as type sets it, or
    a whole one where the text was wrapped counting characters (some exports and hand copies do).
    A few lines fill their column either way by chance (a headline as long as the column over a flush lead, a line
    left short where a number would not fit): it takes many to say.

    Asked of the lines a paragraph runs on from, which fill their column: a line holding digits
    fills it at one width or the other, judged against the lines near it in its column that hold none.
    `measures` are the lines' (printed, set) widths with Latin letters half an em wide.
    """
    votes = {_LATIN_EMS: 0, 1.0: 0}
    columns: list[list[Line]] = []
    for line in lines:
        if not columns or line.gap_before:
            columns.append([])
        columns[-1].append(line)
    for column in columns:
        full = [line for line, below in zip(column, [*column[1:], None]) if _runs_on(line, below)]
        widths = [measures[line.number][1] for line in full]
        letters = [_latin_letters(line.text) for line in full]
        for position, (half, counted) in enumerate(zip(widths, letters)):
            if not counted:
                continue
            beside = [widths[other] for other in range(max(0, position - _WINDOW), min(len(full), position + _WINDOW + 1))
                      if not letters[other]]
            if len(beside) < 2:
                continue
            measure = median(beside)
            fits = [ems for ems, set_as in ((_LATIN_EMS, half), (1.0, half + 0.5 * counted)) if abs(set_as - measure) <= 0.5]
            if len(fits) == 1:
                votes[fits[0]] += 1
    return 1.0 if votes[1.0] >= _LATIN_VOTES and votes[1.0] > 2 * votes[_LATIN_EMS] else _LATIN_EMS


def _runs_on(line: Line, below: Line | None) -> bool:
    """Does the paragraph run on from `line` into `below`, in the same column?"""
    return (below is not None and line.bbox is None and not ends_sentence(line.text)
            and not (below.gap_before or below.indent))


def _latin_letters(text: str) -> int:
    return len(text.encode("ascii", "ignore")) - text.count(" ")


def width(line: Line, indent_ems: float = _INDENT_EMS, latin_ems: float = _LATIN_EMS) -> float:
    """Printed width in full-width characters (ems).

    Where the reader measured the line (PDF, scans) its box says; from text
    alone, Latin letters and digits take `latin_ems` and a space half a character,
    and a jump glued to a paragraph's last line (…回忆。（转第6版）) is no part of the column's text.
    """
    indent = indent_ems if line.indent else 0
    if line.bbox is not None and line.font_size:
        return (line.bbox.x1 - line.bbox.x0) / line.font_size + indent
    jump = trailing_jump(line.text)
    text = line.text[:jump.start()] if jump else line.text
    return len(text) - (1 - latin_ems) * _latin_letters(text) - 0.5 * text.count(" ") + indent + line.spaces_lost


def set_width(line: Line, indent_ems: float = _INDENT_EMS) -> float:
    """Width inside the column: punctuation hung past the right edge does not count."""
    return _measure(line, indent_ems)[1]


def _measure(line: Line, indent_ems: float = _INDENT_EMS, latin_ems: float = _LATIN_EMS) -> tuple[float, float]:
    """The line's printed width and its `set_width`."""
    text = line.text
    hung = len(text) - len(text.rstrip(HANGING))
    printed = width(line, indent_ems, latin_ems)
    return printed, printed - min(hung, 3)


def _column_widths(lines: list[Line], measures: dict[int, tuple[float, float]],
                   captions: frozenset[int] = frozenset(), body: float | None = None,
                   story_starts: frozenset[int] = frozenset(),
                   photos: dict[int, tuple[BBox, float]] | None = None) -> dict[int, float]:
    """Each line's column width: the upper quartile of the set widths around it in its column.

    Most lines of a column are full and the others (paragraph ends, headings)
    are shorter, so the upper quartile is the column width; a segment too
    short to say borrows the width of the segment before it (or after).  A
    caption is set across its photo: its widest line is its width, or the
    photo's less an em where no line of it is full (a caption of one long
    line and a short one, or of short paragraphs).  Lines in
    headline type say nothing of the column and take the width beside them.
    A story's first text (under a byline, or the rest of a story under or
    after its 上接 line) opens a segment: the story may be set in columns of
    another width with no blank line between, and a segment there too short
    to say takes the width of the story's next column.
    """
    segments: list[list[Line]] = []
    for line in lines:
        if not segments or line.gap_before or line.number in captions or line.number in story_starts:
            segments.append([])
        segments[-1].append(line)
    column_text = [[line for line in seg if not display_type(line, body)] for seg in segments]
    measured = [[measures[line.number][1] for line in text] if len(text) >= 3 and not _heading_block(text, measures)
                else None for text in column_text]
    medians = [_upper_quartile(values) if values else None for values in measured]
    widths: dict[int, float] = {}
    for index, segment in enumerate(segments):
        if segment[0].number in captions:
            widest = max(measures[line.number][1] for line in segment)
            photo, size = (photos or {}).get(segment[0].number, (None, 0.0))
            if photo is not None:  # type set across the photo ends within an em of its edge
                widest = max(widest, (photo.x1 - photo.x0) / size - 1)
            widths.update((line.number, widest) for line in segment)
            continue
        values = measured[index]
        if values is None:
            forward = segment[0].number in story_starts or _fills_next_column(segment, medians, index, measures)
            nearby = _nearest(medians, index, forward)
            if nearby is not None:
                # Where lines were measured no column is narrower than its widest line: a story's
                # two-line columns side by side borrow another story's width, and their full lines
                # would read as wider than their column.
                widest = max((measures[line.number][1] for line in column_text[index] if line.bbox is not None),
                             default=nearby)
                widths.update((line.number, max(nearby, widest)) for line in segment)
            continue
        carried = _carried_head(column_text[index], values, segments[index - 1][-1] if index else None,
                                medians[index - 1] if index else None)
        for position, line in enumerate(column_text[index]):
            widths[line.number] = medians[index - 1] if position < carried else _width_at(values, position)
        for position, line in enumerate(segment):
            if line.number not in widths:
                beside = segment[position + 1:] + segment[:position][::-1]
                widths[line.number] = next(widths[other.number] for other in beside if other.number in widths)
    return widths


def _width_at(values: list[float], position: int) -> float:
    """The column width at one line, from the lines above it and, separately, below it.

    A story may start in a column of another width with no blank line between:
    the side whose width the line itself fits is the one it belongs to.
    """
    if _WINDOW <= position < len(values) - _WINDOW:
        above = _upper_quartile(values[position - _WINDOW: position])
        below = _upper_quartile(values[position + 1: position + _WINDOW + 1])
        if abs(above - below) >= 2:
            narrow, wide = sorted((above, below))
            return wide if values[position] > narrow + 1.5 else narrow
    return _upper_quartile(values[max(0, position - _WINDOW): position + _WINDOW + 1])


def _carried_head(text: list[Line], values: list[float], above: Line | None, column_above: float | None) -> int:
    """How many lines at a column's top carry on the story the column before cut, set in that column's width.

    A story may end at the top of the next column and the next story go on under it with no blank line between
    (…凭借过 / / 硬品质与技术优势，受到世界各国青 / 睐，深度融入… / 浪潮。 / 植树传情…): its lines, as wide as the
    column they come from, up to its last paragraph's end, are no short lines of the wider column below.
    """
    if above is None or column_above is None or ends_sentence(above.text):
        return 0
    carried, full = 0, False
    for position, line in enumerate(text[:_WINDOW]):
        if ends_sentence(line.text):
            if values[position] > column_above + 1:
                break
            carried = position + 1
        elif abs(values[position] - column_above) > 1:
            break
        else:
            full = True
    if not (full and carried) or carried == len(values):
        return 0
    below = _upper_quartile(values[carried:carried + 2 * _WINDOW])
    return carried if abs(below - column_above) >= 2 else 0


def _heading_block(lines: list[Line], measures: dict[int, tuple[float, float]]) -> bool:
    """A few lines of ragged width, none ending a sentence: a headline set apart, not a column to measure.

    Column text fills all its lines but a paragraph's last.
    """
    if len(lines) > _HEADING_LINES or any(ends_sentence(line.text) for line in lines):
        return False
    printed = [measures[line.number][1] for line in lines]
    return sum(width >= max(printed) - 1.5 for width in printed) < 2


def _fills_next_column(segment: list[Line], medians: list[float | None], index: int,
                       measures: dict[int, tuple[float, float]]) -> bool:
    """Does a segment too short to say end mid-sentence on a line as wide as the next column, and narrower than the last?

    Then a column end cut its paragraph, and it was set in the next column's
    width (a photo's caption in its own narrow column under a story).
    """
    last = segment[-1]
    if ends_sentence(last.text):
        return False
    before = next((width for width in reversed(medians[:index]) if width), None)
    after = next((width for width in medians[index + 1:] if width), None)
    printed = measures[last.number][1]
    return (before is not None and after is not None and after < before - 1.5
            and abs(printed - after) <= 1 and printed < before - 1.5)


def _upper_quartile(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[(3 * len(ordered)) // 4]


def _nearest(measured: list[float | None], index: int, forward: bool = False) -> float | None:
    for offset in range(1, len(measured)):
        for probe in ((index + offset, index - offset) if forward else (index - offset, index + offset)):
            if 0 <= probe < len(measured) and measured[probe]:
                return measured[probe]
    return None
