"""The PDF reader, on tiny two-column pages drawn here with reportlab's built-in CID font."""

from __future__ import annotations

import io
import json
import random
import subprocess
import sys

import pytest

pytest.importorskip("pypdfium2")
reportlab = pytest.importorskip("reportlab")

from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

from banmian.errors import InputError  # noqa: E402
from banmian.read import read_bytes, read_path  # noqa: E402
from banmian.read.pdf import NO_TEXT, read_pdf, read_text_layer  # noqa: E402
from banmian.read.text import split_lines  # noqa: E402
from banmian.rebuild import rebuild_lines  # noqa: E402
from cjk import needs_cjk_font  # noqa: E402

FONT = "STSong-Light"  # one of the Adobe CID fonts every PDF viewer has: no font file
pdfmetrics.registerFont(UnicodeCIDFont(FONT))

WIDTH, HEIGHT = 420, 400
LEFT, RIGHT = 40, 220  # the two columns' left edges: 16 ten-point characters wide, 20 apart
BODY, PITCH = 10, 14

HEADLINE = "全市重点项目　集中开工"
LEAD = ("本报讯（记者林晓岚 通讯员郑一鸣）3月11日上午，全市一季度重点项目集中开工"
        "仪式在滨江新区主会场举行。")
SECOND = ("记者在主会场看到，塔吊林立、机器轰鸣，一派热火朝天的建设景象。作为此次开工的"
          "龙头项目，智能装备产业园计划总投资四十二亿元，建成后预计年产值可达八十亿元。")
JUMP = "（下转第二版）"
EDITOR = "本版责编：徐静　版式设计：顾晓光"


def _wrap(text: str, first: int, width: int = 16) -> list[str]:
    """Cut at the column width, hanging a full stop or comma past the edge as printers do."""
    lines: list[str] = []
    while text:
        cut = first if not lines else width
        cut += text[cut:cut + 1] in "，。、"
        lines.append(text[:cut])
        text = text[cut:]
    return lines


def _layout() -> list[tuple[float, float, float, str]]:
    """(x, baseline from the top, font size, text) of every printed line, in reading order."""
    lead = _wrap(LEAD, 14)
    second = _wrap(SECOND, 14)
    # The lead's first line is indented by position, the second paragraph's by two
    # full-width spaces: PDFs do both.
    column = [(LEFT + 2 * BODY, lead[0])] + [(LEFT, text) for text in lead[1:]]
    column += [(LEFT, "\u3000\u3000" + second[0])] + [(LEFT, text) for text in second[1:]]
    left, right = column[:6], column[6:]
    ops = [(65.0, 70.0, 24.0, HEADLINE)]
    ops += [(x, 110.0 + i * PITCH, BODY, text) for i, (x, text) in enumerate(left)]
    ops += [(RIGHT, 110.0 + i * PITCH, BODY, text) for i, (_, text) in enumerate(right)]
    ops.append((RIGHT + 9 * BODY, 110.0 + len(right) * PITCH, BODY, JUMP))
    ops.append((LEFT, 250.0, 9.0, EDITOR))
    return ops


LINES = [text.replace("\u3000", " ").strip() for *_, text in _layout()]


def page_pdf(shuffle: int | None = None) -> bytes:
    """The page as a PDF; with `shuffle`, drawn in pieces of two or three characters in a random order.

    Not one character a piece: pdfium drops a text object of a single CJK
    character whose font is not embedded (it has no glyph box), so such a
    page would lose characters for a reason that has nothing to do with order.
    """
    draws = _layout()
    if shuffle is not None:
        draws = [piece for op in draws for piece in _pieces(*op)]
        random.Random(shuffle).shuffle(draws)
    return _draw(draws)


def _pieces(x: float, y: float, size: float, text: str) -> list[tuple[float, float, float, str]]:
    starts = list(range(0, len(text), 2))
    if len(text) % 2 and len(starts) > 1:
        starts.pop()  # the odd character goes with the two before it
    ends = starts[1:] + [len(text)]
    return [(x + pdfmetrics.stringWidth(text[:a], FONT, size), y, size, text[a:b])
            for a, b in zip(starts, ends)]


def scan_pdf(image: bool = True) -> bytes:
    """A page with no text: an image on it (a scan), or only a drawn box."""
    from PIL import Image  # reportlab's own dependency
    from reportlab.lib.utils import ImageReader

    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=(WIDTH, HEIGHT))
    if image:
        page.drawImage(ImageReader(Image.new("L", (40, 30), 200)), 0, 0, WIDTH, HEIGHT)
    else:
        page.rect(50, 50, 100, 100, fill=1)
    page.showPage()
    page.save()
    return out.getvalue()


@pytest.fixture(scope="module")
def lines():
    pages = read_pdf(page_pdf(), "page.pdf")
    assert len(pages) == 1
    return pages[0].lines


def sideways(data: bytes, turn: int) -> bytes:
    """The one-page PDF's content turned by `turn` degrees on its page, and the page's /Rotate
    turning it upright again when shown: as scanners and landscape e-papers set pages."""
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(data)
    width, height = source[0].get_size()
    target = pdfium.PdfDocument.new()
    content = source.page_as_xobject(0, target).as_pageobject()
    shift, size = {90: ((0, width), (height, width)), 180: ((width, height), (width, height)),
                   270: ((height, 0), (height, width))}[turn]
    content.transform(pdfium.PdfMatrix().rotate(turn).translate(*shift))
    page = target.new_page(*size)
    page.insert_obj(content)
    page.gen_content()
    page.set_rotation(360 - turn)
    out = io.BytesIO()
    target.save(out)
    return out.getvalue()


@pytest.mark.parametrize("turn", [90, 180, 270])
def test_a_page_set_sideways_and_shown_upright_reads_as_shown(lines, turn):
    # pdfium gives boxes as the content is set, not as the page is shown: each line was a
    # column of single characters.
    [page] = read_pdf(sideways(page_pdf(), turn), "page.pdf")
    assert [line.text for line in page.lines] == [line.text for line in lines]
    for turned, upright in zip(page.lines, lines, strict=True):
        assert turned.bbox.x0 == pytest.approx(upright.bbox.x0, abs=0.5)
        assert turned.bbox.y0 == pytest.approx(upright.bbox.y0, abs=0.5)


def test_text_outside_the_crop_box_is_not_read(lines):
    # A press PDF's page is cropped to its trim: the printer's slug and marks outside the crop box
    # are not on the page as shown; the page's lines keep their places in the crop box.
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=(WIDTH + 80, HEIGHT + 80))
    page.setCropBox((40, 40, WIDTH + 40, HEIGHT + 40))
    page.setFont(FONT, 7)
    page.drawString(40, 20, "RMRB20260512A04 第4版 胶印")
    page.translate(40, 40)
    for x, y, size, text in _layout():
        page.setFont(FONT, size)
        page.drawString(x, HEIGHT - y, text)
    page.save()
    [cropped] = read_pdf(out.getvalue(), "cropped.pdf")
    assert [line.text for line in cropped.lines] == [line.text for line in lines]
    assert [line.bbox for line in cropped.lines] == pytest.approx([line.bbox for line in lines], abs=0.01)


def test_lines_come_in_reading_order_column_by_column(lines):
    assert [line.text for line in lines] == LINES


def test_a_blank_line_stands_where_a_column_or_block_ends(lines):
    starts = [line.text for line in lines if line.gap_before]
    assert starts == [LINES[1], LINES[7], LINES[-1]]  # lead under the headline, column 2, editor line
    assert [line.number for line in lines[:3]] == [0, 2, 3]


def test_font_sizes_and_boxes_come_from_the_page(lines):
    assert lines[0].font_size == 24 and lines[-1].font_size == 9
    assert {line.font_size for line in lines[1:-1]} == {BODY}
    headline = lines[0].bbox
    assert headline.x0 == pytest.approx(65, abs=0.5) and headline.x1 > RIGHT  # spans both columns
    assert headline.y0 < 70 < headline.y1  # origin top left
    second_column = lines[7].bbox
    assert second_column.x0 == pytest.approx(RIGHT, abs=0.5)
    assert second_column.y1 == pytest.approx(110 + 0.12 * BODY, abs=1.5)


def _draw(ops: list[tuple[float, float, float, str]], shapes=None) -> bytes:
    """A page of these strings; `shapes(page)` draws its rules and frames first."""
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=(WIDTH, HEIGHT))
    if shapes:
        shapes(page)
    for x, y, size, text in ops:
        page.setFont(FONT, size)
        page.drawString(x, HEIGHT - y, text)
    page.save()
    return out.getvalue()


def test_stories_side_by_side_are_read_one_after_the_other():
    # A page header in two pieces, then two one-column stories whose
    # headlines stand on one baseline.
    left = ["本报讯（记者周学军）石塘镇", "万亩粮食生产功能区内，农户", "驾驶旋耕机平整土地。"]
    right = ["本报讯（记者何思远）东湖湿", "地公园入选第三批省级生态保", "护示范区名单。"]
    ops = [(LEFT, 30, BODY, "东湖日报"), (330, 30, BODY, "第1版 要闻"),
           (LEFT, 70, 22, "春耕正当时"), (RIGHT, 70, 22, "湿地入选示范区")]
    ops += [(LEFT, 110 + i * PITCH, BODY, text) for i, text in enumerate(left)]
    ops += [(RIGHT, 110 + i * PITCH, BODY, text) for i, text in enumerate(right)]
    lines = read_pdf(_draw(ops[::-1]), "page.pdf")[0].lines
    assert [line.text for line in lines] == ["东湖日报 第1版 要闻", "春耕正当时", *left, "湿地入选示范区", *right]
    page = rebuild_lines(lines)
    assert [(a.headline, a.byline.reporters) for a in page.articles] == [
        (["春耕正当时"], ["周学军"]), (["湿地入选示范区"], ["何思远"])]


def test_text_scaled_by_the_page_matrix_has_its_printed_size():
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=(WIDTH, HEIGHT))
    page.setFont(FONT, 10)
    page.drawString(LEFT, 300, "正文正文")
    page.scale(2, 2)  # a 10-point font drawn twice as large: a 20-point headline
    page.drawString(LEFT, 175, "放大标题")
    page.save()
    headline, body = read_pdf(out.getvalue(), "scaled.pdf")[0].lines
    assert (headline.text, headline.font_size, body.font_size) == ("放大标题", 20, 10)
    assert headline.bbox.x0 == pytest.approx(2 * LEFT, abs=0.5)


def test_sizes_are_grouped_as_np_unique_groups_them():
    # _printed_sizes asks the matrix once per group of (set size, box height): the groups, their first
    # places and order must be np.unique's, with repeats, ties, negative zero and an empty page
    import numpy as np

    from banmian.read.pdf import _first_of_each

    draw = random.Random(25)
    for count in (0, 1, 7, 500):
        key = np.array([draw.choice([1.0, 9.0, 10.5, 24.0]) for _ in range(count)])
        second = np.array([draw.choice([-0.0, 0.0, 8.97, 9.0, 12.33]) for _ in range(count)])
        _, first, same = np.unique(key + 1j * second, return_index=True, return_inverse=True)
        found_first, found_same = _first_of_each(key, second)
        assert found_first.tolist() == first.tolist()
        assert found_same.tolist() == same.reshape(-1).tolist()


def test_characters_are_put_in_rows_as_np_lexsort_orders_them():
    # _baseline_rows sorts by baseline, then x, with one stable sort where a baseline's characters
    # come in order of x: the order must be np.lexsort's, in that case and out of it (a line drawn
    # right to left), with ties in both, negative zero and an empty page
    import numpy as np

    from banmian.read.pdf import _by_baseline_then_x, _Chars

    draw = random.Random(38)
    for count in (0, 1, 7, 500):
        baseline = np.array([draw.choice([-0.0, 0.0, 12.5, 30.25, 31.0]) for _ in range(count)])
        in_order = np.array([float(place // 3) for place in range(count)])  # x rising, in threes
        shuffled = np.array([draw.choice([-0.0, 0.0, 4.0, 4.5, 90.0]) for _ in range(count)])
        for x0 in (in_order, shuffled, in_order[::-1].copy()):
            chars = _Chars([""] * count, x0, x0, x0, x0, baseline, x0)
            assert _by_baseline_then_x(chars).tolist() == np.lexsort((x0, baseline)).tolist()


def test_a_headline_printed_twice_for_a_bold_look_is_read_once():
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=(WIDTH, HEIGHT))
    page.setFont(FONT, 24)
    for dx, dy in ((0, 0), (0.4, 0), (0, 0.4), (0.4, 0.4)):
        page.drawString(LEFT + dx, 300 + dy, "全市重点项目")
    page.save()
    assert [line.text for line in read_pdf(out.getvalue(), "x")[0].lines] == ["全市重点项目"]


def test_latin_words_set_apart_without_space_characters_keep_their_spaces():
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=(WIDTH, HEIGHT))
    text = page.beginText(LEFT, 200)
    text.setFont("Helvetica", 10)
    text._code.append("[(Made) -300 (in) -300 (5G) -300 (labs)] TJ")  # words moved apart, no spaces
    page.drawText(text)
    page.save()
    assert [line.text for line in read_pdf(out.getvalue(), "x")[0].lines] == ["Made in 5G labs"]


@needs_cjk_font
def test_a_headline_set_vertically_beside_its_story_is_one_line_read_before_it():
    # 竖排: the headline down the story's right side, one character under the other.
    headline = [(RIGHT + 120, 70.0 + 26 * index, 22.0, character) for index, character in enumerate("春节返乡路")]
    story = [(LEFT, 70.0 + PITCH * row, BODY, text) for row, text in enumerate(_wrap(LEAD, 16, width=24))]
    lines = read_pdf(_draw(story + headline), "vertical.pdf")[0].lines
    assert lines[0].text == "春节返乡路" and lines[1].text == story[0][3]
    (article,) = rebuild_lines(lines).articles
    assert article.headline == ["春节返乡路"] and article.paragraphs == [LEAD]


@needs_cjk_font
def test_a_kicker_set_vertically_beside_a_headline_across_is_read_before_it():
    # 竖排 kicker at the left of a headline set across, in one block with it: read from its top,
    # it comes before the headline (its last character stands lower than the headline's foot).
    kicker = [(LEFT, 60.0 + 18 * index, 16.0, character) for index, character in enumerate("奋进新征程")]
    headline = [(LEFT + 30, 90.0, 22.0, "全市重点项目集中开工")]
    story = [(LEFT, 160.0 + PITCH * row, BODY, text) for row, text in enumerate(_wrap(LEAD, 16, width=24))]
    lines = read_pdf(_draw(story + headline + kicker), "kicker.pdf")[0].lines
    assert [line.text for line in lines[:3]] == ["奋进新征程", "全市重点项目集中开工", story[0][3]]


def _boxed_page(fill: float | None, title_bar: bool = False) -> tuple[bytes, list[str]]:
    """A story in two columns, a framed box (链接) in the second column with the story going on under
    it (its title on a shaded bar of its own inside it, with `title_bar`); and the lines in the order
    they are read: each column to its foot, then the box."""
    left = [f"左栏第{k}行甲乙丙丁戊己庚辛壬" for k in range(12)]
    above, below = [f"右栏第{k}行甲乙丙丁戊己庚辛壬" for k in range(3)], [f"右栏第{k}行子丑寅卯辰巳午未申" for k in range(3, 6)]
    boxed = [f"框内第{k}行文字天干地支" for k in range(3)]
    ops = _column(LEFT, 60, left) + _column(RIGHT, 60, above) + [(RIGHT + 40, 112, 14.0, "相关链接")]
    ops += _column(RIGHT + 6, 130, boxed, size=9.0) + _column(RIGHT, 186, below)
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=(WIDTH, HEIGHT))
    if fill is not None:
        page.setFillGray(fill)
    page.rect(RIGHT - 4, HEIGHT - 170, 168, 78, stroke=1, fill=int(fill is not None))
    if title_bar:
        page.setFillGray(0.8)
        page.rect(RIGHT - 2, HEIGHT - 118, 164, 24, stroke=0, fill=1)
    page.setFillGray(0)
    for x, y, size, text in ops:
        page.setFont(FONT, size)
        page.drawString(x, HEIGHT - y, text)
    page.save()
    return out.getvalue(), left + above + below + ["相关链接"] + boxed


@pytest.mark.parametrize("fill, title_bar", [(None, False), (0.9, False), (0.9, True)])
def test_a_framed_box_inside_a_column_is_read_after_the_text_round_it(fill, title_bar):
    data, order = _boxed_page(fill, title_bar)
    [page] = read_pdf(data, "boxed.pdf")
    assert [line.text for line in page.lines] == order
    assert page.figures == []


def test_a_panel_inside_a_framed_box_is_read_once_with_the_box():
    # The box's own text goes on over and under a shaded panel inside it: the panel is the box's,
    # read in its place in the box, and the box after the story's text round it.
    above, below = [f"右栏第{k}行甲乙丙丁戊己庚辛壬" for k in range(3)], [f"右栏第{k}行子丑寅卯辰巳午未申" for k in range(3, 6)]
    left = [f"左栏第{k}行甲乙丙丁戊己庚辛壬" for k in range(16)]
    boxed = ["框内第一行文字天干地支", "框内第二行文字天干地支", "面板里的文字", "框内第三行文字天干地支"]
    ops = _column(LEFT, 60, left) + _column(RIGHT, 60, above) + _column(RIGHT + 6, 110, boxed)
    ops += _column(RIGHT, 190, below)

    def frame_and_panel(page):
        page.rect(RIGHT - 4, HEIGHT - 172, 168, 78)
        page.setFillGray(0.85)
        page.rect(RIGHT + 2, HEIGHT - 142, 150, 21, stroke=0, fill=1)
        page.setFillGray(0)

    [read] = read_pdf(_draw(ops, frame_and_panel), "panel.pdf")
    assert [line.text for line in read.lines] == left + above + below + boxed


def test_a_pull_quote_between_rules_inside_a_column_is_read_after_the_text_round_it():
    # A quote from the story set large between two rules in its first column, the column's text
    # going on under it: not the headline of a story starting there.
    above, below = [f"左栏第{k}行甲乙丙丁戊己庚辛壬" for k in range(3)], [f"左栏第{k}行子丑寅卯辰巳午未申" for k in range(3, 6)]
    right = [f"右栏第{k}行甲乙丙丁戊己庚辛壬" for k in range(8)]
    quote = ["“让每一件文物", "讲好中国故事”"]
    ops = _column(LEFT, 60, above) + [(LEFT + 30, 118 + 20 * k, 15.0, text) for k, text in enumerate(quote)]
    ops += _column(LEFT, 172, below)

    def rules(page):
        for y in (94, 152):
            page.line(LEFT, HEIGHT - y, LEFT + 160, HEIGHT - y)

    [read] = read_pdf(_draw(ops + _column(RIGHT, 60, right), rules), "quote.pdf")
    assert [line.text for line in read.lines] == above + below + right + quote


def test_a_character_beyond_the_basic_plane_is_kept_whole():
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=(WIDTH, HEIGHT))
    page.setFont(FONT, 10)
    page.drawString(LEFT, 300, "记者吉\U00020BB7祥")  # 𠮷, as in real names
    page.save()
    assert [line.text for line in read_pdf(out.getvalue(), "x")[0].lines] == ["记者吉\U00020BB7祥"]


@needs_cjk_font
def test_radicals_a_font_maps_its_characters_to_are_read_as_the_characters():
    # Some Chinese fonts' ToUnicode maps give 人 as the Kangxi radical ⼈, 民 as ⺠ (the supplement's).
    lines = read_pdf(_draw([(LEFT, 100.0, BODY, "⼈⺠群众⾝边的⼩事⻔")]), "radicals.pdf")[0].lines
    assert [line.text for line in lines] == ["人民群众身边的小事门"]


@needs_cjk_font
def test_a_character_given_only_as_the_actual_text_of_a_stand_in_mark_is_read():
    # A font without 𫖯 prints the typesetter's mark 〓 in its place, with the character as its
    # ActualText: pdfium drops a character beyond U+FFFF given that way.
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=(WIDTH, HEIGHT))
    page.setFont(FONT, 10)
    page.drawString(LEFT, 300, "从赵孟")
    page._code.append("/Span <</ActualText <FEFFD86DDDAF>>> BDC")
    page.drawString(LEFT + 30, 300, "\u3013")
    page._code.append("EMC")
    page.drawString(LEFT + 40, 300, "的浴马图")
    page.save()
    assert [line.text for line in read_pdf(out.getvalue(), "x")[0].lines] == ["从赵孟\U0002B5AF的浴马图"]


def test_indents_are_read_from_the_column_edge(lines):
    indented = [line.text for line in lines if line.indent]
    # Both paragraph openings, whether indented by position or by spaces; the
    # centred headline and the right-aligned jump line too, which the rebuild
    # knows by their size and words.
    second = next(text for text in LINES if text.startswith(SECOND[:5]))
    assert indented == [LINES[0], LINES[1], second, JUMP]


def test_wide_gaps_and_spaces_inside_a_line_become_one_space(lines):
    assert lines[0].text == "全市重点项目 集中开工"
    assert lines[1].text.startswith("本报讯（记者林晓岚 通讯员")


def test_the_drawing_order_does_not_change_the_lines(lines):
    shuffled = read_pdf(page_pdf(shuffle=7), "page.pdf")[0].lines
    assert [(l.text, l.gap_before, l.indent, l.font_size) for l in shuffled] == [
        (l.text, l.gap_before, l.indent, l.font_size) for l in lines
    ]
    for a, b in zip(shuffled, lines):
        assert a.bbox.x0 == pytest.approx(b.bbox.x0, abs=0.5)
        assert a.bbox.y0 == pytest.approx(b.bbox.y0, abs=0.5)


def test_the_page_text_numbers_lines_as_the_text_reader_does():
    page = read_pdf(page_pdf(), "page.pdf")[0]
    again = split_lines(page.text)
    assert [(l.number, l.text, l.gap_before, l.indent) for l in again] == [
        (l.number, l.text, l.gap_before, l.indent) for l in page.lines
    ]


def test_the_rebuild_reads_the_pdf_lines_unchanged(lines):
    page = rebuild_lines(lines)
    assert len(page.articles) == 1
    article = page.articles[0]
    assert article.headline == ["全市重点项目 集中开工"]
    assert article.paragraphs == [LEAD, SECOND]  # the second joined across the column
    assert article.dateline == "本报讯"
    assert article.byline.reporters == ["林晓岚"]
    assert article.byline.correspondents == ["郑一鸣"]
    assert article.continued_on == 2
    assert article.jump_lines == [JUMP]
    assert page.furniture == ["本版责编：徐静 版式设计：顾晓光"]


def test_read_bytes_sniffs_the_pdf_header_not_the_name(tmp_path):
    path = tmp_path / "page.txt"
    path.write_bytes(page_pdf())
    [page] = read_path(path)
    assert [line.text for line in page.lines] == LINES
    assert next(read_bytes(page_pdf(), "x")).name == "x"


def test_the_text_layer_alone_of_a_pdf_of_images_is_none():
    # read_bytes sends such pages to OCR (tests/read/test_scan.py); the text layer has nothing.
    with pytest.raises(InputError) as caught:
        read_pdf(scan_pdf(), "scan.pdf")
    assert str(caught.value) == NO_TEXT == "no text layer (a scanned PDF)"


def test_a_page_whose_text_is_drawn_as_outlines_goes_to_ocr_and_a_few_drawn_boxes_do_not():
    out = io.BytesIO()
    document = canvas.Canvas(out, pagesize=(WIDTH, HEIGHT))
    for row in range(30):  # a print-ready page: every stroke of every character a filled shape
        for column in range(40):
            document.rect(10 + column * 10, 10 + row * 12, 6, 8, stroke=0, fill=1)
    document.showPage()
    document.rect(50, 50, 100, 100, fill=1)
    document.showPage()
    document.save()
    layer = read_text_layer(out.getvalue(), "outlined.pdf")
    assert (layer.pages, layer.scanned) == ([], [0])


def test_a_pdf_with_neither_text_nor_images_is_blank_or_damaged():
    with pytest.raises(InputError, match="blank or damaged"):
        list(read_bytes(scan_pdf(image=False), "blank.pdf"))


@pytest.mark.parametrize("data", [
    page_pdf()[:300],                     # truncated
    b"%PDF-1.7\n" + b"\x8f garbage" * 50,  # a header and nothing behind it
])
def test_a_corrupt_pdf_is_one_input_error(data):
    with pytest.raises(InputError, match="PDF"):
        list(read_bytes(data, "bad.pdf"))


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "banmian.cli", *args],
                          capture_output=True, text=True, timeout=120)


def test_cli_parses_a_pdf_end_to_end(tmp_path):
    path = tmp_path / "page.pdf"
    path.write_bytes(page_pdf())
    done = _cli("parse", str(path))
    assert done.returncode == 0, done.stderr
    article = json.loads(done.stdout)["articles"][0]
    assert article["headline"] == ["全市重点项目 集中开工"]
    assert article["paragraphs"] == [LEAD, SECOND]
    assert article["continued_on"] == 2


def test_cli_reads_a_pdf_from_stdin():
    done = subprocess.run([sys.executable, "-m", "banmian.cli", "parse", "-"], input=page_pdf(),
                          capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["articles"][0]["continued_on"] == 2


@pytest.mark.parametrize("data, message", [
    (b"%PDF-1.4\n%%EOF", "corrupt or unreadable PDF"),
    (None, "no text layer"),
])
def test_cli_reports_a_bad_pdf_on_one_line(tmp_path, data, message):
    path = tmp_path / "bad.pdf"
    path.write_bytes(scan_pdf() if data is None else data)
    done = _cli("parse", str(path))
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1 and message in done.stderr
    assert "Traceback" not in done.stderr


def test_a_pdf_article_carries_its_regions_on_the_page(lines):
    (article,) = rebuild_lines(lines).articles
    kinds = [region.kind for region in article.regions]
    assert kinds[0] == "headline" and kinds.count("body") == 2  # one body block per column
    headline, left, right = article.regions
    assert headline.bbox.y1 <= left.bbox.y0 and left.bbox.x1 <= right.bbox.x0


# --- page layouts the reader must take apart (pages of the PDF benchmark, bench/pdfgen.py) ---

def _column(x: float, top: float, texts: list[str], size: float = BODY) -> list[tuple[float, float, float, str]]:
    return [(x, top + i * PITCH, size, text) for i, text in enumerate(texts)]


def _texts(ops) -> list[str]:
    return [line.text for line in read_pdf(_draw(ops), "page.pdf")[0].lines]


LEFT_TEXT = ["甲一甲一甲一甲一甲一甲一甲一甲", "甲二甲二甲二甲二甲二甲二甲二甲", "甲三甲三甲三。"]
RIGHT_TEXT = ["乙一乙一乙一乙一乙一乙一乙一乙", "乙二乙二乙二乙二乙二乙二乙二乙", "乙三乙三乙三。"]


def test_a_headline_set_close_over_its_columns_does_not_glue_them_together():
    # Under a headline spanning both columns the body starts less than an em
    # below it: still two columns, read one after the other.
    ops = [(LEFT, 70, 22, "全市重点项目集中开工仪式今天举行")]
    ops += _column(LEFT, 90, LEFT_TEXT) + _column(RIGHT, 90, RIGHT_TEXT)
    assert _texts(ops) == ["全市重点项目集中开工仪式今天举行", *LEFT_TEXT, *RIGHT_TEXT]


def test_punctuation_hung_into_a_narrow_gutter_keeps_the_columns_apart():
    # A gutter of 1.2 ems, a comma hung past the left column's edge into it.
    right = LEFT + 16 * BODY + 12
    hung = [text + "甲，" for text in LEFT_TEXT[:2]] + LEFT_TEXT[2:]  # 16 characters, then the comma
    ops = _column(LEFT, 110, hung) + _column(right, 110, RIGHT_TEXT)
    assert _texts(ops) == [*hung, *RIGHT_TEXT]


def test_a_headline_beside_a_column_of_body_type_is_a_line_of_its_own():
    # 1.5 ems of body type between them, but less than half an em of the headline's.
    ops = [(LEFT, 100, 30, "头条大标题")]
    ops += _column(LEFT + 5 * 30 + 15, 90, RIGHT_TEXT)
    texts = _texts(ops)
    assert "头条大标题" in texts and set(RIGHT_TEXT) <= set(texts)


def test_the_next_row_of_stories_is_not_read_as_the_columns_above_it():
    # Two rows of a four-column page grid sharing gutters: a story over two
    # columns, then (white space as tall as stories are set apart) two
    # one-column stories, the first without a headline (a continued story).
    top = _column(LEFT, 110, LEFT_TEXT) + _column(RIGHT, 110, RIGHT_TEXT)
    below = 110 + 3 * PITCH + 2.5 * BODY
    left_story = ["（上接第一版）丙一丙一丙一丙", "丙二丙二丙二。"]
    right_story = ["丁一丁一丁一丁一丁一丁一丁一丁", "丁二丁二丁二。"]
    ops = top + _column(LEFT, below, left_story) + [(RIGHT, below, 16, "新闻标题")]
    ops += _column(RIGHT, below + 22, right_story)
    assert _texts(ops) == [*LEFT_TEXT, *RIGHT_TEXT, *left_story, "新闻标题", *right_story]


def test_indents_are_measured_from_the_column_a_block_stands_in():
    # A story in the right-hand column only, under a line across the page:
    # only its first line is indented, though all of it stands right of the
    # page's left edge.
    ops = [(LEFT, 60, BODY, "东湖日报 2026年3月12日 星期四 第1版 要闻 责任编辑 王 正")]
    ops += [(RIGHT + 2 * BODY, 110, BODY, RIGHT_TEXT[0][:14])] + _column(RIGHT, 110 + PITCH, RIGHT_TEXT[1:])
    lines = read_pdf(_draw(ops), "page.pdf")[0].lines
    assert [line.indent for line in lines[1:]] == [True, False, False]


def test_headlines_side_by_side_stay_apart_when_a_story_under_them_has_a_subhead():
    # The band under the two headlines holds a line in display type (a
    # subhead), so it does not count as a headline row itself.
    ops = [(LEFT, 70, 20, "春耕正当时"), (RIGHT, 70, 20, "湿地入选示范区")]
    ops += _column(LEFT, 100, LEFT_TEXT) + [(LEFT, 100 + 3 * PITCH + 2, 14, "小标题在此")]
    ops += _column(LEFT, 100 + 4 * PITCH + 4, LEFT_TEXT[:1]) + _column(RIGHT, 100, RIGHT_TEXT)
    texts = _texts(ops)
    assert "春耕正当时" in texts and "湿地入选示范区" in texts
    assert texts.index("春耕正当时") < texts.index(LEFT_TEXT[0]) < texts.index("湿地入选示范区") < texts.index(RIGHT_TEXT[0])


def test_each_page_knows_its_place_in_the_file_past_a_blank_page():
    out = io.BytesIO()
    document = canvas.Canvas(out, pagesize=(WIDTH, HEIGHT))
    for text in ("第一版的正文。", None, "第三版的正文。"):
        if text:
            document.setFont(FONT, BODY)
            document.drawString(LEFT, HEIGHT - 100, text)
        else:
            document.rect(50, 50, 100, 100, fill=1)
        document.showPage()
    document.save()
    pages = read_pdf(out.getvalue(), "two.pdf")
    assert [(page.index, page.text.strip()) for page in pages] == [(0, "第一版的正文。"), (2, "第三版的正文。")]


def _page_with_pictures(draw) -> bytes:
    """A page of one line of text, with pictures drawn by `draw(canvas, image)`."""
    from PIL import Image  # reportlab's own dependency
    from reportlab.lib.utils import ImageReader

    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=(WIDTH, HEIGHT))
    draw(page, ImageReader(Image.new("L", (40, 30), 180)))
    page.setFont(FONT, BODY)
    page.drawString(LEFT, HEIGHT - 300, "图为市民在公园赏花。")
    page.save()
    return out.getvalue()


def test_a_photo_on_the_page_is_a_figure_in_points_from_the_top_left():
    data = _page_with_pictures(lambda page, image: page.drawImage(image, 40, HEIGHT - 250, 160, 120))
    (source,) = read_pdf(data, "photo.pdf")
    (figure,) = source.figures
    assert (figure.x0, figure.y0, figure.x1, figure.y1) == pytest.approx((40, 130, 200, 250), abs=0.01)
    assert source.lines[0].bbox.y0 > figure.y1  # the caption under it, in the same units


def test_a_photo_inside_a_form_is_placed_by_the_form_matrix():
    def draw(page, image):
        page.beginForm("photo")
        page.drawImage(image, 0, 0, 80, 60)
        page.endForm()
        page.saveState()
        page.translate(200, HEIGHT - 180)
        page.scale(2, 1.5)
        page.doForm("photo")
        page.restoreState()

    (source,) = read_pdf(_page_with_pictures(draw), "form.pdf")
    (figure,) = source.figures
    assert (figure.x0, figure.y0, figure.x1, figure.y1) == pytest.approx((200, 90, 360, 180), abs=0.01)


def test_a_picture_under_the_whole_page_is_its_background_not_a_figure():
    def draw(page, image):
        page.drawImage(image, 0, 0, WIDTH, HEIGHT)
        page.drawImage(image, 300, HEIGHT - 60, 40, 40)
        page.rect(40, 40, 100, 100, fill=1)  # a shaded box is no picture

    (source,) = read_pdf(_page_with_pictures(draw), "background.pdf")
    assert [(f.x0, f.y0, f.x1, f.y1) for f in source.figures] == [pytest.approx((300, 20, 340, 60), abs=0.01)]


def test_a_picture_of_the_whole_page_with_a_stamped_line_of_text_is_a_scan():
    # An e-paper system stamps 版权所有 on each scanned page: the page's content is in the picture.
    stamped = _page_with_pictures(lambda page, image: page.drawImage(image, 0, 0, WIDTH, HEIGHT))
    layer = read_text_layer(stamped, "stamped.pdf")
    assert layer.scanned == [0]
    assert layer.pages[0].text.strip() == "图为市民在公园赏花。"  # kept, for when OCR finds nothing


@needs_cjk_font
def test_a_photo_among_text_and_a_scan_under_its_own_text_layer_are_no_scans():
    photo = _page_with_pictures(lambda page, image: page.drawImage(image, 40, HEIGHT - 250, 160, 120))
    assert read_text_layer(photo, "photo.pdf").scanned == []
    # A photo page: the picture fills most of it, the margin under it holds the caption.
    spread = _page_with_pictures(lambda page, image: page.drawImage(image, 0, HEIGHT - 290, WIDTH, 290))
    assert read_text_layer(spread, "spread.pdf").scanned == []

    def searchable_scan(page, image):  # a scan with its OCR text laid under it, as Acrobat makes them
        page.drawImage(image, 0, 0, WIDTH, HEIGHT)
        page.setFont(FONT, BODY)
        for row in range(8):
            page.drawString(LEFT, HEIGHT - 60 - row * PITCH, SECOND[:20])

    assert read_text_layer(_page_with_pictures(searchable_scan), "searchable.pdf").scanned == []


def test_a_page_of_text_has_no_figures(lines):
    assert read_pdf(page_pdf(), "page.pdf")[0].figures == []
    assert next(read_bytes("正文。".encode(), "page.txt")).figures == []


def test_a_password_protected_pdf_is_named_so():
    from reportlab.lib.pdfencrypt import StandardEncryption

    out = io.BytesIO()
    page = canvas.Canvas(out, encrypt=StandardEncryption("secret"))
    page.drawString(100, 300, "page")
    page.showPage()
    page.save()
    with pytest.raises(InputError) as raised:
        read_pdf(out.getvalue(), "locked.pdf")
    assert str(raised.value) == "password-protected PDF: remove its password first (qpdf --decrypt)"


# --- pages set in vertical type (竖排): lines down the page, right to left ---

LYING = set("0123456789（）")  # set turned a quarter along the line, as vertical type sets them


def _down(page, x: float, top: float, size: float, text: str, lying: float = 0.26) -> None:
    """One line of vertical type with its left edge at `x`, from `top` (points from the page's top)
    down; a character set lying has its baseline `lying` ems right of that edge (0.26: its body
    on the line's axis)."""
    page.setFont(FONT, size)
    for ch in text:
        advance = pdfmetrics.stringWidth(ch, FONT, size)
        if ch in LYING:
            page.saveState()
            page.translate(x + lying * size, HEIGHT - top)
            page.rotate(-90)
            page.drawString(0, 0, ch)
            page.restoreState()
        else:
            page.drawString(x, HEIGHT - top - 0.88 * size, ch)
        top += advance


def _vertical_pdf(columns: list[tuple], lying: float = 0.26) -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=(WIDTH, HEIGHT))
    for x, top, size, text in columns:
        _down(page, x, top, size, text, lying)
    page.save()
    return out.getvalue()


V_HEADLINE = "春节返乡路上的温暖"
V_LEAD = ("本报讯（记者林晓岚）2月3日，记者在高铁站看到，志愿者为旅客送上热水和春联。"
          "今年春运，全市共开行临时列车120趟，比去年多30趟。")


def _vertical_story(right: float, top: float) -> list[tuple[float, float, float, str]]:
    """A headline down the story's right side, then its lines about 12 ems long to the left of it,
    16 points apart; the first line opened by two full-width spaces."""
    lines = [""]
    for ch in "\u3000\u3000" + V_LEAD:
        if pdfmetrics.stringWidth(lines[-1] + ch, FONT, BODY) > 12.5 * BODY:
            lines.append("")
        lines[-1] += ch
    return [(right, top, 24.0, V_HEADLINE)] + [(right - 30 - 16 * k, top + 10, BODY, line)
                                               for k, line in enumerate(lines)]


@needs_cjk_font
def test_a_page_set_vertically_is_read_down_each_line_and_lines_right_to_left():
    (source,) = read_pdf(_vertical_pdf(_vertical_story(360, 40)), "vertical.pdf")
    assert source.turned == WIDTH
    assert [line.text for line in source.lines][0] == V_HEADLINE
    assert "".join(line.text for line in source.lines[1:]) == V_LEAD
    (article,) = rebuild_lines(source.lines).articles
    assert article.headline == [V_HEADLINE] and article.paragraphs == [V_LEAD]
    assert article.byline.reporters == ["林晓岚"]


@needs_cjk_font
def test_stories_of_a_vertical_page_are_read_right_to_left_each_under_its_headline():
    first, second = _vertical_story(370, 30), _vertical_story(170, 30)
    (source,) = read_pdf(_vertical_pdf(second + first), "vertical.pdf")
    articles = rebuild_lines(source.lines).articles
    assert [(a.headline, a.paragraphs) for a in articles] == [([V_HEADLINE], [V_LEAD])] * 2
    assert "".join(line.text for line in source.lines) == (V_HEADLINE + V_LEAD) * 2


@needs_cjk_font
def test_digits_set_lying_off_the_axis_of_a_vertical_line_stay_in_it():
    # Their boxes stand 1.3 points left of the upright characters' (a font's own descent), and
    # a line of the tier below stands 1.9 points right of this one: read by their boxes as
    # baselines, the digits fell out of the line into a row of their own.
    lines = [(200.0, 40.0, BODY, "全市共开行临时列车120趟，比去年多30趟"),
             (201.9, 260.0, BODY, "志愿者为旅客送上热水和春联志愿者为旅客")]
    lines += [(x - 16 * k, top, size, text) for k in range(1, 4) for x, top, size, text in lines[:2]]
    (source,) = read_pdf(_vertical_pdf(lines, lying=0.12), "vertical.pdf")
    assert source.lines[0].text == lines[0][3]


@needs_cjk_font
def test_a_vertical_page_rebuilt_has_its_regions_and_lines_on_the_page_as_printed():
    from banmian.read import upright_page

    (source,) = read_pdf(_vertical_pdf(_vertical_story(360, 40)), "vertical.pdf")
    page = upright_page(rebuild_lines(source.lines), source.turned)
    (article,) = page.articles
    headline, *body = article.regions
    assert headline.kind == "headline" and 360 <= headline.bbox.x0 < headline.bbox.x1 <= 360 + 25
    assert 40 <= headline.bbox.y0 < headline.bbox.y1 <= 40 + 9 * 25
    assert all(region.bbox.x1 <= 345 and region.bbox.y0 >= 49 for region in body)
    assert page.lines[0].bbox == headline.bbox


def test_a_page_set_across_is_read_as_it_lies(lines):
    assert read_pdf(page_pdf(), "page.pdf")[0].turned is None


def _across_and_down(across: list[tuple[float, float, float, str]], down: list[tuple]) -> bytes:
    """A vertical page with lines also set across it (`across`: x, baseline from the top, size, text)."""
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=(WIDTH, HEIGHT))
    for x, top, size, text in down:
        _down(page, x, top, size, text)
    for x, baseline, size, text in across:
        page.setFont(FONT, size)
        page.drawString(x, HEIGHT - baseline, text)
    page.save()
    return out.getvalue()


@needs_cjk_font
def test_a_line_set_across_a_vertical_page_is_read_left_to_right():
    # A page header across the top of a page of vertical lines, and a headline set across over its story.
    header = "东湖日报2024年3月12日星期二"
    story = _vertical_story(360, 100)[1:]
    pdf = _across_and_down([(40, 30, 16.0, header), (150, 80, 22.0, V_HEADLINE)], story)
    (source,) = read_pdf(pdf, "vertical.pdf")
    texts = [line.text for line in source.lines]
    assert texts[:2] == [header, V_HEADLINE]
    article = rebuild_lines(source.lines).articles[-1]
    assert article.headline == [V_HEADLINE] and article.paragraphs == [V_LEAD]


@needs_cjk_font
def test_marks_given_as_their_vertical_forms_are_read_as_the_marks():
    # A vertical font's ToUnicode may give a mark's vertical presentation form (︒ for 。, ﹁ for 「).
    lines = [(360 - 16 * k, 40, BODY, text) for k, text in
             enumerate(["﹁本报讯﹂记者林晓岚在春节", "返乡路上看到︽温暖︾今年", "春运︵一︶全市共开行临时", "列车一百二十趟比去年多了"])]
    (source,) = read_pdf(_vertical_pdf(lines), "vertical.pdf")
    assert "".join(line.text for line in source.lines) == (
        "「本报讯」记者林晓岚在春节返乡路上看到《温暖》今年春运（一）全市共开行临时列车一百二十趟比去年多了")


@needs_cjk_font
def test_a_vertical_pdf_parsed_has_its_regions_on_the_page_as_printed(tmp_path):
    # Read turned a quarter, its regions came back on the turned frame: hotspots in the wrong place.
    from banmian.rebuild import rebuild_path

    path = tmp_path / "vertical.pdf"
    path.write_bytes(_vertical_pdf(_vertical_story(360, 40)))
    (page,) = rebuild_path(path)
    headline = page.articles[0].regions[0]
    assert headline.kind == "headline" and headline.bbox.x0 >= 360  # at the story's right, not its top


@needs_cjk_font
def test_a_vertical_pdf_ingested_under_a_dated_path_stores_its_regions_on_the_page(tmp_path):
    # Ingest assembles again with what the path says: from the lines as read, then put back.
    from banmian.store import ingest_paths, open_archive

    path = tmp_path / "wenling_20240123_p01.pdf"
    path.write_bytes(_vertical_pdf(_vertical_story(360, 40)))
    with open_archive(str(tmp_path / "a.db")) as archive:
        assert ingest_paths(archive, [str(path)], enrich=False).pages == 1
        head = archive.search(None)[0].id
        regions = archive.story(head).to_dict()["regions"]
    assert regions[0]["kind"] == "headline" and regions[0]["bbox"]["x0"] >= 360


def test_a_page_whose_fonts_map_no_character_to_unicode_goes_to_ocr():
    # pdfium gives such fonts' glyph numbers: control characters and Latin-1 letters, stored as
    # the page's text with rc 0 before.
    from banmian.read.pdf import Char, _Chars, _unmapped

    def page(text):
        return _Chars.of([Char(ch, 10.0 * n, 0.0, 10.0 * n + 9, 10.0, 10.0, 10.0) for n, ch in enumerate(text)])

    assert _unmapped(page("2024 1 23 2 800 ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõ\x03\x05úùûü1 22 Åîï"))
    assert not _unmapped(page("本报讯（记者王小明）1月22日，记者从市住建局获悉，我市新增公共停车位800个。"))
    assert not _unmapped(page("Ä 2"))  # a stamp of a few characters is no page of text
    assert not _unmapped(page("Café Crème at the Expo 2024: a page of English and French, São Paulo."))


@pytest.mark.parametrize("angle", [90, -90])
def test_a_line_set_turned_a_quarter_at_the_page_edge_is_one_line_read_in_its_own_order(angle):
    # Papers set the folio up (or down) the page's edge, and a photo's credit up its side: each
    # character turned, one above the other.  Read as stacked characters it came out backwards
    # (or in pieces, digits apart), glued to whatever text stood beside it.
    folio = "东湖日报 2026年5月12日 第4版"
    left = [f"左栏第{k}行甲乙丙丁戊己庚辛壬" for k in range(10)]
    right = [f"右栏第{k}行甲乙丙丁戊己庚辛壬" for k in range(10)]

    def turned_folio(page):
        page.saveState()
        page.translate(WIDTH - 12, HEIGHT - (330 if angle == 90 else 60))
        page.rotate(angle)
        page.setFont(FONT, 9)
        page.drawString(0, 0, folio)
        page.restoreState()

    lines = [line.text for line in read_pdf(_draw(_column(LEFT, 60, left) + _column(RIGHT, 60, right), turned_folio),
                                            "folio.pdf")[0].lines]
    assert lines == left + right + [folio]


def test_a_framed_column_down_the_page_side_is_read_whole_and_apart_from_the_story_beside_it():
    # A front page's 导读 column: a shaded box down the left side under the masthead, its title on
    # the row of the lead's headline, its items' lines beside the lead's byline and first lines.
    # Cut across with the page, the box's title and the lead's headline were read before the box's
    # items, and the byline, centred over the lead's middle column, as that column's top.
    items = ["储能装机规模", "持续扩大", "第二版", "夏粮收购工作", "有序开展", "第四版", "文旅消费释放", "新活力", "第六版"]
    box = [(LEFT + 20, 70, 16.0, "导读")] + [(LEFT + 4, 96 + 16 * k, 10.0, text) for k, text in enumerate(items)]
    columns = [[f"第{c}栏第{k}行甲乙丙" for k in range(10)] for c in range(3)]
    ops = box + [(LEFT, 36, 30.0, "东湖日报"), (150, 76, 22.0, "春耕备耕正当时"), (250, 104, 9.0, "本报记者 林晓岚")]
    for x, column in zip((140, 232, 324), columns):
        ops += _column(x, 128, column)

    def shaded_column(page):
        page.setFillGray(0.9)
        page.rect(LEFT - 4, HEIGHT - 270, 90, 220, stroke=0, fill=1)
        page.setFillGray(0)

    [read] = read_pdf(_draw(ops, shaded_column), "daodu.pdf")
    assert [line.text for line in read.lines] == (["东湖日报", "导读"] + items + ["春耕备耕正当时", "本报记者 林晓岚"]
                                                  + [text for column in columns for text in column])


@needs_cjk_font
@pytest.mark.parametrize("credit", [False, True])
def test_a_photo_set_under_a_headline_in_its_story_is_read_after_the_story_text(credit):
    # A story's photo in its first column under its headline, the caption under it and the column's
    # text going on under that, the second column from the top; with `credit`, the photographer's
    # name set up the photo's right side.  Read where they stand, the photo and caption came between
    # the headline and the text, and the headline went to the photo; a credit up the side was taken
    # for a column's short lines beside a photo wrapped in text, or read as its top.
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    left = [f"左栏第{k}行甲乙丙丁戊己庚" for k in range(8)]
    right = [f"右栏第{k}行甲乙丙丁戊己庚" for k in range(16)]
    ops = [(LEFT, 60, 20.0, "全市重点项目集中开工")] + _column(LEFT, 214, left) + _column(RIGHT, 98, right)
    ops += [(LEFT, 192, 9.0, "图为开工现场。")]

    def photo(page):
        page.drawImage(ImageReader(Image.new("L", (40, 30), 180)), LEFT, HEIGHT - 180, 150, 100)
        if credit:
            page.saveState()
            page.translate(LEFT + 160, HEIGHT - 180)
            page.rotate(90)
            page.setFont(FONT, 7)
            page.drawString(0, 0, "本报记者 王伟摄")
            page.restoreState()

    [read] = read_pdf(_draw(ops, photo), "photo.pdf")
    assert [line.text for line in read.lines] == (["全市重点项目集中开工"] + left + right + ["图为开工现场。"]
                                                  + ["本报记者 王伟摄"] * credit)


@pytest.mark.parametrize("form", [False, True])
def test_text_a_clipping_path_hides_is_not_read(form):
    # A story clipped to its frame, its text run on past the frame's foot (overset): the lines
    # under the frame are in the file but not on the page, where a second story's lines stand.
    # Read, they ran into that story.  With `form`, the story is a form XObject placed in the clip.
    first = [f"上篇第{k}行甲乙丙丁戊己庚" for k in range(10)]
    second = [f"下篇第{k}行子丑寅卯辰巳午" for k in range(4)]
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=(WIDTH, HEIGHT))
    page.saveState()
    path = page.beginPath()
    path.rect(LEFT - 2, HEIGHT - 64 - 5 * PITCH, 200, 5 * PITCH + 24)  # the first six lines' frame
    page.clipPath(path, stroke=0, fill=0)
    if form:
        page.beginForm("story")
    page.setFont(FONT, BODY)
    for k, text in enumerate(first):
        page.drawString(LEFT, HEIGHT - 60 - PITCH * k, text)
    if form:
        page.endForm()
        page.doForm("story")
    page.restoreState()
    page.setFont(FONT, BODY)
    for k, text in enumerate(second):
        page.drawString(RIGHT, HEIGHT - 60 - PITCH * (7 + k), text)
    page.save()
    [read] = read_pdf(out.getvalue(), "clipped.pdf")
    assert [line.text for line in read.lines] == first[:6] + second


def test_a_character_a_clip_cuts_through_is_kept():
    # A column in one text object clipped tight round its frame, its last line overset under it:
    # a full stop hung past the column's edge is cut by the clip but its ink shows; only what lies
    # wholly outside the clip is hidden.
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=(WIDTH, HEIGHT))
    page.saveState()
    path = page.beginPath()
    path.rect(LEFT, HEIGHT - 80, 10 * BODY + 2, 40)
    page.clipPath(path, stroke=0, fill=0)
    text = page.beginText(LEFT, HEIGHT - 60)
    text.setFont(FONT, BODY)
    text.setLeading(PITCH)
    for line in ("甲乙丙丁戊己庚辛壬癸。", "子丑寅卯辰巳午未申酉", "框外的一行字"):  # the 。 hangs past the tenth em
        text.textLine(line)
    page.drawText(text)
    page.restoreState()
    page.save()
    [read] = read_pdf(out.getvalue(), "clipped.pdf")
    assert [line.text for line in read.lines] == ["甲乙丙丁戊己庚辛壬癸。", "子丑寅卯辰巳午未申酉"]
