"""The scan reader: the PDF test page rendered to an image, turned a little, and read back by OCR."""

from __future__ import annotations

import io
import json
import math
import re
import subprocess
import sys
import warnings
from dataclasses import replace
from types import SimpleNamespace

import pytest

pytest.importorskip("pypdfium2")
pytest.importorskip("reportlab")
pytest.importorskip("rapidocr", reason="OCR is not installed: pip install 'banmian[ocr]'")
pytest.importorskip("onnxruntime", reason="OCR is not installed: pip install 'banmian[ocr]'")

import numpy as np  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402
from PIL import Image  # noqa: E402
from reportlab.lib.utils import ImageReader  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

from banmian.errors import InputError  # noqa: E402
from banmian.model import LOW_OCR_CONFIDENCE, BBox, Line, Page  # noqa: E402
from banmian.read import read_bytes, upright_page  # noqa: E402
from banmian.read import scan  # noqa: E402
from banmian.read.pdf import page_lines, read_pdf  # noqa: E402
from banmian.rebuild import rebuild_lines, rebuild_source  # noqa: E402

from .test_pdf import EDITOR, HEADLINE, HEIGHT, LINES, WIDTH, page_pdf, scan_pdf  # noqa: E402
from cjk import needs_cjk_font  # noqa: E402

DPI = 150
SKEW = 1.5  # degrees, lines falling to the right: a page laid a little crooked on the scanner


def _render(dpi: int = DPI) -> Image.Image:
    document = pdfium.PdfDocument(page_pdf())
    try:
        return document[0].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    finally:
        document.close()


def _encoded(image: Image.Image, kind: str = "PNG", **options) -> bytes:
    out = io.BytesIO()
    image.save(out, kind, **options)
    return out.getvalue()


def _distance(a: str, b: str) -> int:
    """Edit distance: characters inserted, deleted or changed."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (x != y))
    return row[-1]


def _as_read(printed: str) -> str:
    """A printed line as a reader gives it: a full-width space becomes one space."""
    return printed.replace("\u3000", " ")


def _unspaced(texts) -> str:
    return "".join("".join(texts).split())


@pytest.fixture(scope="module")
def crooked():
    return _render().rotate(-SKEW, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)


@pytest.fixture(scope="module")
def lines(crooked):
    (page,) = read_bytes(_encoded(crooked), "scan.png")
    return page.lines


@needs_cjk_font
def test_the_skew_is_measured_and_taken_out(crooked):
    assert scan.skew_angle(crooked) == pytest.approx(SKEW, abs=0.15)
    straightened = crooked.rotate(scan.skew_angle(crooked), fillcolor=255)
    assert scan.skew_angle(straightened) == 0


def _columns_in_different_leading(skew: float) -> Image.Image:
    """Three columns of bars for lines, two set 15 px apart and one 22: across the page their rows
    line up best at a wrong angle."""
    ink = np.full((1400, 1200), 255, np.uint8)
    for column, leading in enumerate((15, 15, 22)):
        left = 40 + column * 380
        for top in range(60 + 7 * column, 1340, leading):
            ink[top:top + 10, left:left + 340] = np.where(np.arange(340) % 12 < 9, 0, 255)
    return Image.fromarray(ink, "L").rotate(-skew, resample=Image.Resampling.BICUBIC, fillcolor=255)


@pytest.mark.parametrize("skew", [-0.86, 0.4, 1.2])
def test_the_skew_of_columns_set_in_different_leading_is_found_column_by_column(skew):
    assert scan.skew_angle(_columns_in_different_leading(skew)) == pytest.approx(skew, abs=0.15)


def _quad(x: float, y: float, width: float, height: float, slant: float) -> list[list[float]]:
    """A detector's box round a line: turned `slant` degrees about its top left corner."""
    cos, sin = math.cos(math.radians(slant)), math.sin(math.radians(slant))
    return [[x + dx * cos - dy * sin, y + dx * sin + dy * cos] for dx, dy in
            [(0, 0), (width, 0), (width, height), (0, height)]]


@pytest.mark.parametrize("slant, left", [
    (0.0, 0.0),      # square to the image: straight
    (0.05, 0.0),     # too little to tell from the detector's rounding
    (0.2, 0.0),      # too little to move a line off its column's indent
    (-0.3, -0.3),
])
def test_the_skew_left_after_deskewing_is_the_slant_of_the_detectors_boxes_round_long_lines(slant, left):
    quads = [_quad(0, 50 * row, 700, 40, slant) for row in range(5)] + [_quad(800, 0, 80, 40, 3.0) for _ in range(4)]
    assert scan._residual_skew(quads) == pytest.approx(left)


class _SlantedThenStraight:
    """A detector that finds the page's lines slanted 0.3° until it is given the page turned by that."""

    def __init__(self):
        self.pages = 0

    def __call__(self, array, use_det=True, **kwargs):
        if not use_det:
            return _Reading("")
        self.pages += 1
        slant = -0.3 if self.pages == 1 else 0.0
        return SimpleNamespace(boxes=[_quad(10, 10 + 60 * row, 700, 40, slant) for row in range(3)],
                               txts=("依旧址" * 6,) * 3, scores=(0.99,) * 3)


def test_a_page_whose_lines_the_detector_finds_still_slanted_is_turned_and_read_again():
    image = Image.new("L", (800, 220), 255)
    for row in range(3):
        image.paste(0, (12, 14 + 60 * row, 706, 46 + 60 * row))
    engine = _SlantedThenStraight()
    lines, _, _ = scan.ocr_page(image, engine)
    assert engine.pages == 2
    assert [line.text for line in lines] == ["依旧址" * 6] * 3


@needs_cjk_font
def test_the_characters_come_back_line_by_line(lines):
    truth, read = _unspaced(LINES), _unspaced(line.text for line in lines)
    assert _distance(truth, read) <= 0.01 * len(truth)  # the 1% character error target
    assert lines[0].text == _as_read(HEADLINE)  # a two-part headline stays one line
    assert lines[-1].text == _as_read(EDITOR)


@needs_cjk_font
def test_columns_blocks_and_sizes_come_from_the_layout(lines):
    starts = [line.text for line in lines if line.gap_before]
    assert len(starts) == 3 and starts[-1] == lines[-1].text  # lead, second column, editor line
    assert starts[1].startswith("作为此次")
    body = lines[1].font_size
    assert lines[0].font_size > 2 * body  # 24-point headline over 10-point text
    assert body == pytest.approx(10 * DPI / 72, rel=0.15)  # pixels: an image has no other unit


@needs_cjk_font
def test_boxes_are_on_the_image_as_given(lines, crooked):
    """The page was turned clockwise: the left column's top line sits higher at its left end."""
    headline = lines[0].bbox
    assert 0 <= headline.x0 < headline.x1 <= crooked.width
    left_top = lines[1].bbox
    right_top = next(line for line in lines if line.text.startswith("作为此次")).bbox
    assert right_top.y0 > left_top.y0 + 5  # further right, further down the crooked image


def test_every_line_and_article_carries_its_ocr_confidence(lines):
    assert all(0.5 <= line.confidence <= 1 for line in lines)
    page = rebuild_lines(lines)
    (article,) = page.articles
    assert 0.98 <= article.ocr_confidence <= 1  # a clean scan is not flagged
    found = page.to_dict()["articles"][0]
    assert found["ocr_confidence"] == article.ocr_confidence and found["low_ocr_confidence"] is False


@needs_cjk_font
def test_an_article_read_with_little_confidence_is_flagged(lines):
    doubtful = [replace(line, confidence=0.9) if line.gap_before == 0 and index else line
                for index, line in enumerate(lines)]
    page = rebuild_lines(doubtful)
    assert page.articles[0].ocr_confidence < LOW_OCR_CONFIDENCE
    assert page.to_dict()["articles"][0]["low_ocr_confidence"] is True
    text_only = rebuild_lines([replace(line, confidence=None) for line in lines]).to_dict()["articles"][0]
    assert "ocr_confidence" not in text_only and "low_ocr_confidence" not in text_only


@needs_cjk_font
def test_the_scan_rebuilds_as_the_pdf_does(lines):
    scanned = rebuild_lines(lines).articles[0]
    printed = rebuild_lines(read_pdf(page_pdf(), "page.pdf")[0].lines).articles[0]
    assert scanned.headline == printed.headline
    assert len(scanned.paragraphs) == len(printed.paragraphs)
    assert scanned.continued_on == printed.continued_on == 2
    assert scanned.byline.reporters == printed.byline.reporters


@needs_cjk_font
def test_a_pdf_without_a_text_layer_is_read_by_ocr_in_pdf_points():
    picture = _render()
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=(WIDTH, HEIGHT))
    page.drawImage(ImageReader(picture), 0, 0, WIDTH, HEIGHT)
    page.save()
    (scanned,) = read_bytes(out.getvalue(), "scan.pdf")
    printed = read_pdf(page_pdf(), "page.pdf")[0].lines
    assert scanned.lines[0].text == printed[0].text
    for ocr, pdf in ((scanned.lines[0], printed[0]), (scanned.lines[-1], printed[-1])):
        assert ocr.bbox.x0 == pytest.approx(pdf.bbox.x0, abs=3)  # points, as the PDF's own boxes
        assert ocr.bbox.y0 == pytest.approx(pdf.bbox.y0, abs=4)
        assert ocr.font_size == pytest.approx(pdf.font_size, rel=0.15)


@needs_cjk_font
def test_a_scanned_page_among_text_pages_is_read_by_ocr_in_its_place():
    out = io.BytesIO()
    document = canvas.Canvas(out, pagesize=(WIDTH, HEIGHT))
    document.setFont("STSong-Light", 12)
    document.drawString(50, HEIGHT - 60, "第一版的正文。")
    document.showPage()
    document.drawImage(ImageReader(_render()), 0, 0, WIDTH, HEIGHT)
    document.showPage()
    document.save()
    first, second = read_bytes(out.getvalue(), "mixed.pdf")
    assert (first.index, first.text.strip()) == (0, "第一版的正文。")
    assert second.index == 1 and second.lines[0].text == read_pdf(page_pdf(), "page.pdf")[0].lines[0].text
    assert all(line.confidence is not None for line in second.lines)


@needs_cjk_font
def test_a_scan_with_a_stamped_line_of_text_is_read_by_ocr():
    top, bottom = 40, 90  # the headline's band of the page, in points: a small scan, read fast
    band = _render().crop((0, int(top * DPI / 72), int(WIDTH * DPI / 72), int(bottom * DPI / 72)))
    document = canvas.Canvas(out := io.BytesIO(), pagesize=(WIDTH, bottom - top))
    document.drawImage(ImageReader(band), 0, 0, WIDTH, bottom - top)
    document.setFont("STSong-Light", 5)
    document.drawString(300, 3, "东湖日报数字报 版权所有")
    document.save()
    (page,) = read_bytes(out.getvalue(), "stamped.pdf")
    assert page.lines[0].text == _as_read(HEADLINE)
    assert all(line.confidence is not None for line in page.lines)  # read by OCR, stamp and all


@needs_cjk_font
def test_a_scan_fed_upside_down_is_read_the_right_way_up_its_boxes_on_the_image_as_given():
    band = _headline_band()
    (upright,) = read_bytes(_encoded(band), "band.png")
    box = upright.lines[0].bbox
    (page,) = read_bytes(_encoded(band.rotate(180)), "upside-down.png")
    assert page.lines[0].text == upright.lines[0].text == _as_read(HEADLINE)
    assert page.turned is None
    turned = page.lines[0].bbox
    assert (band.width - turned.x1, band.height - turned.y1) == pytest.approx((box.x0, box.y0), abs=2)


@needs_cjk_font
@pytest.mark.parametrize("quarter", [90, -90])
def test_a_scan_fed_sideways_is_read_on_its_side_and_rebuilt_with_its_regions_on_the_image_as_given(quarter):
    """Its lines lie across on the page turned as it was read, where the rebuild reads their layout;
    `rebuild_source` puts the rebuilt page's regions back on the image as given."""
    band = _headline_band()
    (upright,) = read_bytes(_encoded(band), "band.png")
    box = upright.lines[0].bbox
    (page,) = read_bytes(_encoded(band.rotate(quarter, expand=True)), "sideways.png")  # 90: its top to the left
    assert page.lines[0].text == _as_read(HEADLINE)
    line = page.lines[0].bbox
    assert (line.x0, line.y0, line.x1, line.y1) == pytest.approx((box.x0, box.y0, box.x1, box.y1), abs=2)
    if quarter == 90:  # read turned clockwise: (x, y) → (H − y, x) from the image as given
        assert page.turned == -band.width
        on_the_image = (box.y0, band.width - box.x1, box.y1, band.width - box.x0)
    else:  # read turned anticlockwise: (x, y) → (y, W − x)
        assert page.turned == band.height
        on_the_image = (band.height - box.y1, box.x0, band.height - box.y0, box.x1)
    rebuilt = rebuild_source(page)
    line = rebuilt.lines[0].bbox
    assert (line.x0, line.y0, line.x1, line.y1) == pytest.approx(on_the_image, abs=2)
    regions = [region.bbox for article in rebuilt.articles for region in article.regions]
    assert any(region.x0 - 2 <= line.x0 and line.x1 <= region.x1 + 2 and region.y0 - 2 <= line.y0
               and line.y1 <= region.y1 + 2 for region in regions)


def test_a_page_read_turned_clockwise_is_put_back_upright_the_other_way():
    """Turned clockwise, (x, y) → (H − y, x): its top left corner went to the top right."""
    page = Page(lines=[Line(number=0, text="标题", bbox=BBox(10, 20, 110, 40))])
    (line,) = upright_page(page, -300).lines
    assert line.bbox == BBox(20, 190, 40, 290)
    (line,) = upright_page(Page(lines=[Line(number=0, text="标题", bbox=BBox(10, 20, 110, 40))]), 300).lines
    assert line.bbox == BBox(260, 10, 280, 110)


def _headline_band() -> Image.Image:
    picture = _render()
    return picture.crop((0, int(40 * DPI / 72), picture.width, int(90 * DPI / 72)))


FLAT, STANDING = [[0, 0], [40, 0], [40, 10], [0, 10]], [[0, 0], [10, 0], [10, 40], [0, 40]]


@pytest.mark.parametrize("readings, angle", [
    ([(FLAT, 0.5), (FLAT, 0.6)], 0.0),                           # a poor scan: kept as it lies
    ([(STANDING, 0.5), (STANDING, 0.55)], 0.0),                  # standing boxes read poorly both ways
    ([(STANDING, 0.3), (STANDING, 0.99), (FLAT, 0.99)], 90.0),  # fed sideways: its columns read well turned
    ([(STANDING, 0.3), (STANDING, 0.99), (FLAT, 0.4), (FLAT, 0.99)], 270.0),
])
def test_a_page_is_turned_only_to_a_way_up_that_reads_well(readings, angle):
    # As it lies, upside down, then on either side; each reading one box, its shape and confidence.
    given = iter(readings)

    def engine(pixels, **options):
        box, score = next(given)
        return SimpleNamespace(boxes=[box], txts=("噪声",), scores=(score,))

    image = Image.new("L", (60, 30), 255)
    image.paste(0, (10, 10, 50, 20))
    assert scan._read_right_way_up(image, 0.0, engine)[0] == angle
    assert next(given, None) is None  # no reading more than these


@needs_cjk_font
def test_each_frame_of_a_tiff_is_a_page_given_as_soon_as_it_is_read_and_progress_is_told():
    picture = _render()
    scale = DPI / 72
    headline = picture.crop((0, int(40 * scale), picture.width, int(90 * scale)))
    editor = picture.crop((0, int(235 * scale), picture.width, int(265 * scale)))
    told = []
    pages = read_bytes(_encoded(headline, "TIFF", save_all=True, append_images=[editor]), "scan.tif",
                       progress=lambda done, total: told.append((done, total)))
    first = next(pages)
    assert told == [(1, 2)]  # given before the next frame is read: a caller can keep it
    assert [page.lines[0].text for page in (first, *pages)] == [_as_read(HEADLINE), _as_read(EDITOR)]
    assert told == [(1, 2), (2, 2)]
    (jpeg,) = read_bytes(_encoded(editor, "JPEG", quality=85), "no-suffix")
    assert jpeg.lines[0].text == _as_read(EDITOR)
    deep = Image.fromarray(np.asarray(editor, dtype=np.uint16) * 257)  # a 16-bit grey archive scan
    (sixteen,) = read_bytes(_encoded(deep), "deep.png")
    assert sixteen.lines[0].text == _as_read(EDITOR)


@needs_cjk_font
@pytest.mark.parametrize("kind", ["JPEG2000", "WEBP", "BMP", "GIF"])
def test_jpeg_2000_webp_bmp_and_gif_pages_are_read_as_scans(kind):
    picture = _render()
    editor = picture.crop((0, int(235 * DPI / 72), picture.width, int(265 * DPI / 72)))
    (page,) = read_bytes(_encoded(editor, kind), "page")
    assert page.lines[0].text == _as_read(EDITOR)


@needs_cjk_font
def test_a_tiff_cut_short_in_its_last_frame_gives_the_frames_before_it_then_the_error():
    picture = _render()
    headline = picture.crop((0, int(40 * DPI / 72), picture.width, int(90 * DPI / 72)))
    data = _encoded(headline, "TIFF", save_all=True, append_images=[Image.new("L", (300, 30), 0)])
    pages = read_bytes(data[:-100], "cut.tif")
    assert next(pages).lines[0].text == _as_read(HEADLINE)
    with pytest.raises(InputError, match=r"^frame 2 of 2: corrupt or truncated image: .*truncated"):
        next(pages)


@pytest.mark.parametrize("read, printed", [
    ("打一场'三北'工程攻坚战", "打一场‘三北’工程攻坚战"),   # straight quotes paired as printed
    ("我们的太空4S店'", "我们的太空4S店’"),              # at the end a quote closes
    ("广货凭什么行天下'？”", "广货凭什么行天下’？”"),      # and before a mark
    ("（下转第二版)", "（下转第二版）"),                  # half-width beside Chinese
    ("简称“昆蒙框架”) ，为", "简称“昆蒙框架”） ，为"),       # or beside its marks
    ("(2）班教室", "（2）班教室"),                        # brackets full-width
    ("(GDP)334193亿元", "（GDP）334193亿元"),            # round letters and digits too
    ("1—2月  增长3.5%", "1—2月 增长3.5%"),             # digits keep theirs; one space
    ("果农3：7的比例", "果农3∶7的比例"),                  # a colon after a digit is the ratio sign
    ("增长3:1", "增长3∶1"),
    ("三维建模技术1：", "三维建模技术1∶"),                # the digit after it on the next line
    ("时间：10月", "时间：10月"),                        # after Chinese: a colon
    ("it's (1)", "it's (1)"),                         # no Chinese: left alone
    ("新华视点|用“宇宙能量”", "新华视点丨用“宇宙能量”"),    # a bar between Chinese is 丨
    ("科学圆桌会 | 天体物理", "科学圆桌会丨天体物理"),
    ("A|B 图表1|2", "A|B 图表1|2"),                      # beside letters or digits: left
    ("☐本报记者乔本孝", "□本报记者乔本孝"),                # the byline's opening box
    ("█本报记者吴晓凌", "■本报记者吴晓凌"),                # its solid square read as a block
    ("土壤含盐量从16%o降到3%o", "土壤含盐量从16‰降到3‰"),   # ‰ read as %o (dev seed 50)
    ("16%o", "16‰"),                                    # with no Chinese in the line too
])
def test_the_recognisers_punctuation_is_set_as_a_chinese_page_prints_it(read, printed):
    assert scan._clean(read) == printed


def _dashed_ink(em: int, cells: str) -> np.ndarray:
    """Ink of a line of `em`-pixel characters: a thin bar at mid-height for - (one em), = (one em less
    a hairline of white at each side, as a face whose — falls short of its em sets it) and 1 (a 一,
    shorter still), a square blot for any other."""
    ink = np.zeros((em, em * len(cells)), dtype=bool)
    for index, cell in enumerate(cells):
        left = index * em
        if cell in "-=1":
            inset = {"-": 0, "=": 1, "1": 3}[cell]
            ink[em // 2 - 1: em // 2 + 1, left + inset: left + em - inset] = True
        else:
            ink[2: em - 2, left + 2: left + em - 2] = True
    return ink


@pytest.mark.parametrize("read, cells, printed", [
    ("成效显著", "XXXX--", "成效显著——"),        # dropped at the line's end
    ("机制在项目", "XX--XXX", "机制——在项目"),      # dropped inside
    ("机制一在项目", "XX--XXX", "机制——在项目"),    # read as 一
    ("机制—在项目", "XX--XXX", "机制——在项目"),     # read as one em
    ("河西走廊—塔克", "XXXX-XX", "河西走廊—塔克"),  # a one-em dash is left as read
    ("第一年", "X1X", "第一年"),                    # 一 is a character
    ("守护东流一", "XXXX--", "守护东流——"),          # its first half read as 一 at the end
    ("守护第一", "XXX1--", "守护第一——"),            # a 一 of its own before it is kept
    ("机制一在项目", "XX==XXX", "机制——在项目"),    # its two halves with white between
    ("-注重体验", "--XXXX", "——注重体验"),          # its visible end read as a hyphen
    ("梦想”———句句", "XXX--1XX", "梦想”——一句句"),  # ——一 read as three dashes
    ("梦想”——一句句", "XXX--1XX", "梦想”——一句句"),  # and read right
    ("一一得到", "11XX", "一一得到"),                # two 一 are no dash
    ("花开——“耐心", "XX==XXX", "花开——“耐心"),      # read right, and placed by the reading
])
def test_a_dash_is_read_from_its_ink(read, cells, printed):
    em = 40
    ink = _dashed_ink(em, cells)
    box = scan._Box(text=read, x0=0.0, y0=0.0, x1=float(ink.shape[1]), y1=float(em), confidence=1.0, size=float(em))
    assert scan._with_dashes(box, ink).text == printed


def test_a_dash_dropped_in_a_line_set_tight_is_placed_by_the_pitch_of_the_ems_its_ink_ends_in():
    # dev seed 68: 的新规——补水暂停。 set at 0.94 em a character; the box ends
    # at the 。's ink, two thirds of an em short of its em: the pitch read short put the dash after 补.
    em, pitch = 40, 38
    ink = np.zeros((em, 18 * em), dtype=bool)
    x = 0
    for cell in "XXXXXXXXXXX-XXXX.":
        if cell == "-":
            ink[em // 2 - 1:em // 2 + 1, x + 2:x + 2 + 2 * pitch] = True
            x += 2 * pitch
        elif cell == ".":
            ink[em - 12:em - 4, x + 2:x + 10] = True
        else:
            ink[3:em - 3, x + 2:x + pitch - 2] = True
            x += pitch
    columns = np.nonzero(ink.any(axis=0))[0]
    read = "这便是本届世界杯的新规补水暂停。"
    box = scan._Box(text=read, x0=float(columns[0]), y0=0.0, x1=float(columns[-1] + 1), y1=float(em),
                    confidence=1.0, size=float(em))
    assert scan._with_dashes(box, ink).text == "这便是本届世界杯的新规——补水暂停。"


@pytest.mark.parametrize("data, message", [
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "corrupt or truncated image"),
    (_encoded(Image.new("L", (60, 40), 255))[:-30], "corrupt or truncated image"),
    (_encoded(Image.new("L", (300, 200), 255)), scan.NO_TEXT_FOUND),
])
def test_a_bad_image_is_one_input_error(data, message):
    with pytest.raises(InputError) as caught:
        list(read_bytes(data, "bad.png"))
    assert str(caught.value) == message or str(caught.value).startswith(message)


def test_an_image_over_pillows_limit_is_too_large_not_corrupt_and_one_near_it_is_read_without_a_warning(
        monkeypatch):
    # Pillow's limits scaled down (89 Mpx warned of, 179 Mpx refused: a broadsheet at 400 and 600 dpi).
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1_000_000)
    with pytest.raises(InputError) as caught:
        list(read_bytes(_encoded(Image.new("L", (1500, 1500), 255)), "broadsheet600.png"))
    assert str(caught.value) == ("image of 2.2 Mpx is larger than banmian reads (2 Mpx): "
                                 "scan at 400 dpi or less, or scale it down")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(InputError, match=re.escape(scan.NO_TEXT_FOUND)):
            list(read_bytes(_encoded(Image.new("L", (1200, 1000), 255)), "broadsheet400.png"))


def test_a_pdf_page_larger_than_a_broadsheet_is_rendered_to_about_the_pixels_of_one():
    # A 300-dpi scan stored at a PDF unit a pixel: at 300 dpi it would be 302 Mpx, over Pillow's limit.
    width, height = 3510, 4964
    document = canvas.Canvas(out := io.BytesIO(), pagesize=(width, height))
    document.drawImage(ImageReader(Image.new("L", (40, 30), 200)), 0, 0, width, height)
    document.save()
    [(image, unit_per_pixel)] = scan._rendered_pages(out.getvalue(), [0])
    assert image.width * image.height <= scan.RENDER_PIXELS * 1.001  # pdfium rounds each side up
    assert (image.width * unit_per_pixel, image.height * unit_per_pixel) == pytest.approx((width, height), rel=0.01)
    # The largest page bench/pdfgen.py sets (2.4 A3 sheets, larger than a broadsheet) is still read at 300 dpi.
    document = canvas.Canvas(out := io.BytesIO(), pagesize=(992, 2440))
    document.drawImage(ImageReader(Image.new("L", (40, 30), 200)), 0, 0, 992, 2440)
    document.save()
    [(image, unit_per_pixel)] = scan._rendered_pages(out.getvalue(), [0])
    assert unit_per_pixel == pytest.approx(72 / scan.PDF_DPI)


def test_without_ocr_installed_the_error_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "rapidocr", None)
    with pytest.raises(InputError, match=r"pip install 'banmian\[ocr\]'"):
        scan.ocr_engine.__wrapped__()
    monkeypatch.setattr(scan, "ocr_engine", scan.ocr_engine.__wrapped__)
    with pytest.raises(InputError) as caught:
        list(read_bytes(scan_pdf(), "scan.pdf"))
    assert str(caught.value) == f"no text layer on page 1 (a scan), and {scan.INSTALL}"


def test_the_engine_loads_the_models_in_its_wheel_and_downloads_nothing(monkeypatch):
    from rapidocr.utils import download_file

    def refuse(*args, **kwargs):
        raise AssertionError("rapidocr tried to download")

    monkeypatch.setattr(download_file.DownloadFile, "run", refuse)
    engine = scan.ocr_engine.__wrapped__()
    assert engine(_encoded_array(_render().crop((0, 0, 900, 300)))).txts
    assert scan.ocr_engine() is scan.ocr_engine()  # once per process


def _encoded_array(image: Image.Image):
    return np.asarray(image.convert("RGB"))


@needs_cjk_font
def test_cli_reads_the_good_pages_of_a_batch_and_reports_the_bad_one(tmp_path):
    good = tmp_path / "good.png"
    good.write_bytes(_encoded(_render().crop((0, 0, 900, 300))))
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n truncated")
    done = subprocess.run([sys.executable, "-m", "banmian.cli", "parse", str(bad), str(good)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "bad.png: corrupt or truncated image" in done.stderr
    (page,) = json.loads(done.stdout)
    assert page["articles"][0]["headline"] == [_as_read(HEADLINE)]


@pytest.mark.parametrize("read, cells, printed", [
    ("立足“京：", "XXOX", "立足“京"),          # the ink ends in a character: no mark after it
    ("专属的”：", "XXXC", "专属的”"),          # ends in the ”'s ticks, which the text has before the mark
    ("专属的：", "XXXc", "专属的："),          # a tick the text has no quote for: left to other repairs
    ("属的，", "XX,", "属的，"),               # the comma's ink: printed
    ("属的：", "XX:", "属的："),               # the colon's two dots: printed
    ("属的”，", "XXC,", "属的”，"),
    ("第二版）：", "XXX)", "第二版）"),        # ends in the ）'s stroke (dev seed 52: （下转第二版）：)
    ("第二版）：", "XXX):", "第二版）："),     # the colon's two dots after it: printed
])
def test_a_mark_read_into_the_blank_after_a_lines_last_ink_is_dropped(read, cells, printed):
    em = 40
    ink = _quoted_ink(em, cells.replace(":", " ").replace(")", " "))
    if cells.endswith(":"):
        end = (len(cells) - 1) * em
        ink[12:17, end + 4:end + 9] = ink[em - 17:em - 12, end + 4:end + 9] = True
    if ")" in cells:  # a closing bracket: a tall thin stroke at the left of its cell
        left = cells.index(")") * em
        ink[4:em - 4, left + 4:left + 9] = True
    columns = np.nonzero(ink.any(axis=0))[0]
    box = _box(read, float(columns[0]), float(columns[-1] + 1), float(em))
    assert scan._end_mark_unprinted(box, ink).text == printed


@pytest.mark.parametrize("read, cells, pitch, printed", [
    ("建华对期临床", "XXXIXXX", 40, "建华对Ⅰ期临床"),      # dropped between two characters
    ("期临床研究", "IXXXXX", 40, "Ⅰ期临床研究"),            # at the line's start
    ("期临床研究", "IXXXXX", 42, "Ⅰ期临床研究"),            # a line set loose: the Ⅰ's em starts before its ink
    ("分三期：期验证药物安全", "XXXXIXXXXXXX", 38, "分三期：Ⅰ期验证药物安全"),  # a line set tight
    ("北京医院丨期临床", "XXXXIXXX", 40, "北京医院Ⅰ期临床"),  # read as the bar
    ("新华视点丨用", "XXXXBX", 40, "新华视点丨用"),          # the bar's ink reaches the em's top and foot
    ("对！期临床", "XIXXX", 40, "对！期临床"),              # the text fills the ink already: nothing dropped
])
def test_a_roman_one_is_read_from_its_ink(read, cells, pitch, printed):
    em = 40
    ink = np.zeros((em, pitch * len(cells)), dtype=bool)
    for index, cell in enumerate(cells):
        left = index * pitch
        if cell == "X":
            ink[2:em - 2, left + 2:left + em - 2] = True
        elif cell == "I":
            ink[6:em - 6, left + 18:left + 22] = True
        elif cell == "B":
            ink[0:em, left + 18:left + 22] = True
    columns = np.nonzero(ink.any(axis=0))[0]
    box = _box(read, float(columns[0]), float(columns[-1] + 1), float(em))
    assert scan._roman_ones(box, ink).text == printed


def test_a_line_the_detector_boxed_none_of_is_read_from_a_crop_of_its_own():
    """深化黑中合作 共绘繁荣新景: a headline clear on the page that the detector passed over."""
    em = 40
    ink = np.zeros((12 * em, 20 * em), dtype=bool)
    for index in range(8):                                  # the headline, twice the body size, at the top
        ink[em:3 * em, 2 * em + index * 2 * em + 4:2 * em + index * 2 * em + 2 * em - 4] = True
    for index in range(16):                                 # a line of body type under it, boxed
        ink[5 * em + 2:6 * em - 2, 2 * em + index * em + 2:2 * em + index * em + em - 2] = True
    ink[8 * em:8 * em + 3, 2 * em:18 * em] = True           # a rule: too thin for type
    ink[10 * em:10 * em + 12, 5 * em:5 * em + 12] = True    # a mark past a box: too small
    boxed = _box("在风云变幻的国际格局中黑中平等互", 2.0 * em, 18.0 * em, float(em), y0=5.0 * em)
    image = Image.fromarray(np.where(ink, 0, 255).astype(np.uint8), "L")
    crops = []

    def engine(array, **kwargs):
        crops.append(array.shape)
        height, width = array.shape[:2]
        return SimpleNamespace(boxes=[[[10, 10], [width - 10, 10], [width - 10, height - 10], [10, height - 10]]],
                               txts=("深化黑中合作共绘",), scores=(0.99,))

    found = scan._missed_lines([boxed], ink, image, engine)
    assert len(crops) == 1
    assert [box.text for box in found] == ["深化黑中合作共绘"]
    assert (found[0].y0, found[0].y1) == pytest.approx((em, 3 * em), abs=0.1 * em)
    assert scan._missed_lines([boxed, replace(boxed, y0=em, y1=3.0 * em)], ink, image, engine) == []

    def boxed_again(array, **kwargs):  # what the crop's reading finds is the boxed line (the crop starts at em, 0)
        return SimpleNamespace(boxes=[[[em, 5 * em], [17 * em, 5 * em], [17 * em, 6 * em], [em, 6 * em]]],
                               txts=("在风云变幻的国际格局中",), scores=(0.99,))

    assert scan._missed_lines([boxed], ink, image, boxed_again) == []


class _Reading:
    """What the recogniser gives back for one crop: its text and score."""

    def __init__(self, text: str):
        self.txts, self.scores = (text,), (0.9,)


def _box(text: str, x0: float, x1: float, size: float = 40.0, y0: float = 0.0) -> "scan._Box":
    return scan._Box(text=text, x0=x0, y0=y0, x1=x1, y1=y0 + size, confidence=1.0, size=size)


@pytest.mark.parametrize("found, kept", [
    (_box("深化黑中合作", 500.0, 980.0, 80.0, y0=0.0), True),                  # a headline over the body
    (_box("热泪盈眶", 500.0, 820.0, 80.0, y0=100.0), False),                    # the rest of a headline boxed short
    (_box("在风云变幻", 0.0, 200.0, 40.0, y0=400.0), False),                    # a boxed line read again
    (_box("ロラド午，", 500.0, 700.0, 40.0, y0=600.0), False),                  # kana and marks: no line
    (_box("5日04专具", 500.0, 580.0, 14.0, y0=700.0), False),                   # smaller than body type
    (replace(_box("深化黑中合作", 500.0, 980.0, 80.0), confidence=0.6), False),  # read unsure
    (_box("AI赋能，", 0.0, 420.0, 80.0, y0=200.0), True),     # a headline's start, boxed late (dev seed 56)
    (_box("ABC", 500.0, 620.0, 40.0, y0=700.0), False),       # no Chinese at all
])
def test_what_is_read_from_ink_no_box_covered_is_kept_only_as_a_line_of_its_own(found, kept):
    boxes = [_box("年轻的他们", 80.0, 480.0, 80.0, y0=100.0), _box("在风云变幻的国际格局", 0.0, 400.0, 40.0, y0=400.0),
             _box("微短剧更应向", 470.0, 950.0, 80.0, y0=200.0)]
    assert scan._a_missed_line(found, boxes, 40.0) == kept


@pytest.mark.parametrize("lines_beside, texts", [
    (2, ["多", "多", "一句提醒", "一道防线"]),   # 多一句提醒 / 多一道防线: each 多 on its line's row (dev seed 56)
    (1, ["多多", "一句提醒"]),                   # a box standing beside one line is no two lines' starts
])
def test_a_box_the_detector_stood_across_a_headlines_first_characters_is_split_onto_their_lines(lines_beside, texts):
    ink = np.zeros((120, 300), dtype=bool)
    for top in (2, 57):
        ink[top:top + 38, 2:38] = True
    standing = scan._Box(text="多多", x0=0.0, y0=0.0, x1=40.0, y1=100.0, confidence=1.0, size=100.0)
    lines = [_box("一句提醒", 45.0, 200.0, 40.0, y0=1.0), _box("一道防线", 45.0, 200.0, 40.0, y0=56.0)][:lines_beside]
    split = scan._stood_apart([standing] + lines, ink)
    assert [box.text for box in split] == texts
    if lines_beside == 2:
        assert [(round(box.y0), round(box.y1)) for box in split[:2]] == [(1, 41), (56, 96)]


def test_brackets_boxed_apart_from_the_chinese_they_follow_are_full_width_on_a_chinese_page():
    chinese = _box("岩溶关键带监测技术要求》", 0.0, 480.0)
    code = _box("(GB/T 43216—2023)", 500.0, 880.0)
    assert [box.text for box in scan._brackets_full_width([chinese, code])] == [chinese.text, "（GB/T 43216—2023）"]
    assert scan._brackets_full_width([code]) == [code]       # a page with no Chinese keeps its own


@pytest.mark.parametrize("read_again, printed", [
    ("要‘消灭沙漠’，而是", "要‘消灭沙漠’，而是"),   # the dropped quote found again
    ("耍‘消灭沙漠’，而是", "要消灭沙漠’，而是"),     # but not with another character changed
    ("要消灭沙漠’，而是", "要消灭沙漠’，而是"),      # a quote opened on the line before
])
def test_a_dropped_opening_quote_is_taken_from_a_second_reading(read_again, printed):
    image = Image.new("L", (600, 60), 255)
    box = _box("要消灭沙漠’，而是", 10, 400)
    assert scan._quotes_opened(box, image, lambda *args, **kwargs: _Reading(read_again)).text == printed


def test_ink_a_loose_box_takes_from_the_lines_above_and_below_is_not_its_own():
    inked = np.array([1, 1, 0, 0, 1, 1, 1, 0, 1, 1, 0, 0, 1], dtype=bool)
    assert scan._own_rows(inked) == [4, 5, 6, 8, 9]


def _line_ink(top: int, bottom: int, lines_at: tuple[int, ...] = ()) -> np.ndarray:
    """A page 60 px tall: a line of type inked from `top` to `bottom`, and others at `lines_at`."""
    ink = np.zeros((60, 200), dtype=bool)
    for start, end in ((top, bottom), *lines_at):
        ink[start:end, 10:190] = np.arange(180) % 3 == 0
    return ink


@pytest.mark.parametrize("ink, box_rows, size", [
    (_line_ink(20, 40), (18, 42), 20 / 0.96),                  # a padded box: its ink as it is
    (_line_ink(20, 40), (18, 34), 20 / 0.96),                  # a box that cut off the characters' feet
    (_line_ink(20, 40), (26, 42), 20 / 0.96),                  # ... or their heads
    (_line_ink(20, 40, ((44, 56),)), (18, 34), 20 / 0.96),     # grown to the white, not into the next line
    (_line_ink(20, 40, ((40, 56),)), (18, 34), 14 / 0.96),     # no white within reach: left as cut
])
def test_a_box_cut_through_its_lines_characters_is_grown_to_the_white_beyond(ink, box_rows, size):
    box = scan._Box(text="党员干部", x0=5.0, y0=float(box_rows[0]), x1=195.0, y1=float(box_rows[1]), confidence=1.0)
    assert scan._inked(box, ink).size == pytest.approx(size)


def test_sizes_read_with_jitter_are_one_size_and_headlines_stay_apart():
    sizes = [9.3, 9.7, 9.8, 10.0, 10.0, 10.1, 10.4, 20.0, 21.0, 30.0]
    snapped = scan._snapped(sizes, [1, 20, 30, 40, 40, 30, 1, 5, 5, 3])
    assert len(set(snapped[:7])) == 1 and snapped[0] == 10.0
    assert len({snapped[7], snapped[9]}) == 2 and snapped[7] == snapped[8]


def test_a_line_reaches_the_em_box_of_its_last_mark_which_is_a_piece_of_its_own():
    em = 40.0
    # ink ends a third of an em into the 。's em box, and starts inside the （'s
    first, mark = scan._chars([_box("（记者王慧。", 100.0, 100.0 + 5.3 * em, em)])
    assert first.text == "（记者王慧" and mark.text == "。"
    assert first.x0 == pytest.approx(100.0 - 0.65 * em)
    assert mark.x1 - mark.x0 == pytest.approx(em) and mark.x1 == pytest.approx(100.0 + 5.97 * em)


def test_two_boxes_reading_the_same_characters_are_cut_apart():
    ink = np.zeros((40, 1200), dtype=bool)
    for left in list(range(0, 320, 40)) + list(range(640, 1120, 40)):
        ink[5:35, left + 4:left + 36] = True
    first = _box("山区架起一条医检新场景", 0, 760)   # ran on over the first 3 of the next
    second = _box("新场景应瞄准民生需求推广", 640, 1120)
    cut = {box.text: box for box in scan._unshared([first, second], ink)}
    assert set(cut) == {"山区架起一条医检", "新场景应瞄准民生需求推广"}
    assert cut["山区架起一条医检"].x1 == 316


@pytest.mark.parametrize("second, first_read", [
    ("，浙江这样干", "培育96家“科技新小龙”"),        # only touching: a mark both read is the second's (dev seed 68)
    ("”浙江这样干", "培育96家“科技新小龙”，"),      # a mark the first does not end on: nothing shared
])
def test_a_mark_two_touching_boxes_both_read_is_the_seconds(second, first_read):
    ink = np.zeros((100, 1400), dtype=bool)
    for left in range(0, 1300, 100):
        ink[10:90, left + 5:left + 95] = True
    first = _box("培育96家“科技新小龙”，", 0, 700, 100.0)
    after = _box(second, 700, 1300, 100.0)
    assert [box.text for box in scan._unshared([first, after], ink)] == [first_read, second]


def test_a_line_is_sized_by_the_pitch_of_its_characters_and_a_short_one_near_the_body_size_is_body_type():
    em = 40.0
    body = [_box("投入占地区生产总值的比", 0, 11 * em - 2 * scan._BEARING * em, em * 0.96) for _ in range(5)]
    short = _box("杨依军", 0, 3 * em, em * 0.88)     # too short to count; its ink reads it small
    caption = _box("图为增产一号", 0, (6 - 2 * scan._BEARING) * em * 0.75, em * 0.75)
    sizes = scan._sizes(body + [short, caption], [scan._pitch(b, *scan._cells(b)) for b in body + [short, caption]])
    assert sizes[:6] == [pytest.approx(em, abs=0.1)] * 6
    assert sizes[6] == pytest.approx(0.75 * em, abs=0.1)


@pytest.mark.parametrize("read, gaps, printed", [
    ("本报记者李君强龚鸣", {4: 0.27, 7: 0.27, 8: 0.27}, "本报记者 李君强 龚 鸣"),
    ("本报记者李君强", {}, "本报记者李君强"),                 # set solid: nothing to find
    ("■本报记者黄泽民禹丽敏", {1: 0.3, 5: 0.27, 8: 0.27}, "■ 本报记者 黄泽民 禹丽敏"),  # after its square (dev seed 52)
    ("■记者从会上获悉", {1: 0.3, 4: 0.3}, "■记者从会上获悉"),       # a sentence after a square: left
    ("记者胡晓光", {2: 0.05}, "记者胡晓光"),                  # a narrow gap is the type's own
    ("（记者胡晓光）", {3: 0.27}, "（记者胡晓光）"),            # not a line of names alone: left
    ("责任编辑罗彦版式设计高佶校对王者", {4: 0.5, 6: 1.0, 10: 0.5, 11: 0.5, 12: 1.0, 14: 0.5, 15: 0.5},
     "责任编辑 罗彦 版式设计 高 佶 校对 王 者"),                  # editors' roles with no colon
    ("本期统筹林琳蒋雪婕", {4: 0.5, 5: 0.5, 6: 0.5}, "本期统筹 林 琳 蒋雪婕"),
    ("校对从严把关", {3: 0.3}, "校对从严把关"),                  # the first gap is not after the role
    ("杨彦", {1: 0.5}, "杨 彦"),                                # names alone under an editor's line
    ("琳张安宇何彪", {1: 0.5, 4: 0.5, 5: 0.5}, "琳 张安宇 何 彪"),  # though more gaps than not: 张安宇 is set solid
    ("人民日报", {2: 0.5}, "人民日报"),                          # not under one: left
    ("常晋文", {1: 0.5}, "常 晋文"),                              # a photo's credit
    ("新华视点", {2: 0.5}, "新华视点"),                          # display type: left
    ("杨彦，", {1: 0.5}, "杨彦，"),                              # a mark: not names alone
    ("为了验证这则", {1: 0.3, 2: 0.3, 3: 0.3, 4: 0.3, 5: 0.3}, "为了验证这则"),  # a line spread out
])
def test_names_in_a_credit_are_set_apart_where_the_ink_leaves_room(read, gaps, printed):
    em = 40
    cells, x = [], 0.0
    for index in range(len(read)):
        x += gaps.get(index, 0.0) * em
        cells.append(x)
        x += em
    ink = np.zeros((em, int(x) + 1), dtype=bool)
    for left in cells:
        ink[4:em - 4, int(left) + 2:int(left) + em - 2] = True
    size = 1.5 * em if read == "新华视点" else float(em)
    box = _box(read, 2.0, x - 2, size, y0=float(2 * em))
    ink = np.vstack([np.zeros((2 * em, ink.shape[1]), dtype=bool), ink])
    above = [_box("版式设计孙振", 2.0, 6 * em, float(em), y0=float(em))] if read in ("杨彦", "琳张安宇何彪", "为了验证这则", "新华视点") else []
    assert scan._names_apart(box, [box] + above, ink, display=1.25 * em).text == printed


@pytest.mark.parametrize("left, printed", [
    ("本版责编：季健明", "徐雷鹏 李佩阳"),     # a header's editors' line, its names run on flush right
    ("本版责编", "徐雷鹏 李佩阳"),             # the role alone on the left
    ("2026年5月14日星期四", "徐雷鹏李佩阳"),  # a date beside it: not names
])
def test_names_alone_on_the_row_of_an_editors_line_are_set_apart(left, printed):
    em = 40
    ink = np.zeros((em, 40 * em), dtype=bool)
    right = 30 * em
    for index, start in enumerate([0, 1, 2, 3.5, 4.5, 5.5]):
        ink[4:em - 4, right + int(start * em) + 2:right + int((start + 1) * em) - 2] = True
    box = _box("徐雷鹏李佩阳", right + 2.0, right + 6.5 * em - 2, float(em))
    row = [box, _box(left, 2.0, len(left) * em, float(em), y0=4.0)]
    assert scan._names_apart(box, row, ink, display=1.25 * em).text == printed


@pytest.mark.parametrize("read, last_mark, tail_read, printed", [
    ("针对残疾人", "low", "疾人、", "针对残疾人、"),     # a 、 the first reading dropped
    ("针对残疾人", "low", "疾人", "针对残疾人"),         # read again, still none: left
    ("针对残疾人", "none", "疾人、", "针对残疾人"),      # the ink ends in a character: not asked
    ("屏障上持续发力”", "high", "续发力””", "屏障上持续发力”"),  # ends in the mark the ink shows already
    ("健康管理。", "high", "康管理。”", "健康管理。”"),              # after a mark of another kind
    ("长期耐腐蚀性", "bar", "腐蚀性一", "长期耐腐蚀性一"),          # a 一 dropped at the end
    ("时任美联储主席本", "dot", "主席本.", "时任美联储主席本·"),     # a name's middle dot, read as a point
    ("时任美联储主席本", "dot", "主席本", "时任美联储主席本"),       # read again, still none: left
    ("长期耐腐蚀性", "bar", "腐蚀性", "长期耐腐蚀性"),              # read again, still none: left
    ("长期耐腐蚀性", "bar", "腐蚀性、", "长期耐腐蚀性"),            # not the mark the ink shows
    ("要‘缓苗，", "high", "缓苗，", "要‘缓苗’"),                    # the ’ of an open quote read as a comma
    ("要缓苗，", "high", "缓苗，", "要缓苗，"),                      # none open: read again, left
])
def test_a_mark_the_ink_shows_at_a_lines_end_is_read_from_the_end_alone(read, last_mark, tail_read, printed):
    em = 40
    ink = np.zeros((em, em * (len(read) + 1)), dtype=bool)
    for index in range(len(read)):
        ink[4:em - 4, index * em + 2:index * em + em - 2] = True
    end = len(read) * em
    if last_mark == "low":
        ink[em - 12:em - 4, end + 2:end + 10] = True
    elif last_mark == "high":
        ink[4:12, end + 2:end + 10] = True
    elif last_mark == "bar":
        ink[em // 2 - 2:em // 2 + 2, end + 3:end + em - 3] = True
    elif last_mark == "dot":
        ink[em // 2 - 3:em // 2 + 3, end + 2:end + 8] = True
    right = {"none": -2, "bar": em - 3}.get(last_mark, 10)
    box = _box(read, 2.0, float(end + right), float(em))
    image = Image.new("L", (ink.shape[1] + 40, em + 10), 255)
    assert scan._mark_at_end(box, ink, image, lambda *args, **kwargs: _Reading(tail_read)).text == printed


def test_a_box_turned_back_onto_the_crooked_page_keeps_its_size():
    """A caption 490 wide on a page turned 0.9°: its corners would span a box 7.7 taller than it is."""
    back = scan._unrotate(0.9, (1000, 2000), (1000, 2000))
    placed = scan._placed_box(scan.BBox(50.0, 1674.0, 540.0, 1685.0), back, 1.0)
    assert placed.x1 - placed.x0 == pytest.approx(490.0, abs=0.01)
    assert placed.y1 - placed.y0 == pytest.approx(11.0, abs=0.01)
    x, y = back(295.0, 1679.5)
    assert (placed.x0 + placed.x1) / 2 == pytest.approx(x, abs=0.01)
    assert (placed.y0 + placed.y1) / 2 == pytest.approx(y, abs=0.01)


def test_a_sliver_cut_off_the_next_columns_first_character_is_not_read_twice():
    sliver = _box("星", 981.0, 983.0, 45.8)                 # 2 px of 星, cut at the gutter
    line = _box("星总装集成测试工厂已初具雏形，预", 981.0, 1712.0, 44.8)
    below = _box("星", 981.0, 1020.0, 45.8, y0=80.0)       # a line of its own below
    assert scan._uncovered([sliver, line, below]) == [line, below]


def test_a_display_mark_the_detector_also_boxed_alone_is_not_read_twice():
    headline = _box("“三下乡”集中示范活动举行", 1153.0, 3178.0, 176.0, y0=2113.0)
    quote = _box("1", 1131.0, 1169.0, 36.0, y0=2139.0)         # the “ boxed alone, read as 1
    byline = _box("本报记者王昊男", 141.0, 450.0, 44.0, y0=2172.0)  # body type beside it: its own
    assert scan._uncovered([headline, quote, byline]) == [headline, byline]
    beside = _box("1", 3190.0, 3210.0, 36.0, y0=2139.0)       # clear of the headline's ink
    assert scan._uncovered([headline, beside]) == [headline, beside]


@pytest.mark.parametrize("cells, box_from, grown_to, text", [
    ("..--XXX", 4, 2, "去雄安"),     # a dash left off the line's start (its text is `_with_dashes`')
    ("..--XXX", 3, 2, "去雄安"),     # set solid against the next character, half of it in the box
    ("..-XXX", 3, 2, "—去雄安"),     # one em (东盟— | —中国): no dash of two, put in the text here
    ("..-XXX", 2.05, 2, "—去雄安"),  # in the box, its first pixel left out, but not in its reading
    ("..1XXX", 3, 3, "去雄安"),      # shorter than an em: a 一, not ours to read
    ("X.--XXX", 4, 2, "去雄安"),     # at a gap after another box
])
def test_a_dash_the_detector_left_off_a_lines_start_is_the_lines(cells, box_from, grown_to, text):
    em = 40
    ink = _dashed_ink(em, cells.replace(".", " "))
    ink[:, [i * em + j for i, cell in enumerate(cells) if cell == "." for j in range(em)]] = False
    before = [_box("前", 0.0, float(em))] if cells[0] == "X" else []
    box = _box("去雄安", float(box_from * em), float(len(cells) * em))
    grown = scan._dash_before(box, before + [box], ink)
    assert (grown.x0, grown.text) == (grown_to * em, text)



def test_a_dash_ending_the_line_across_a_gutter_is_not_the_next_columns():
    em = 40
    gutter = np.zeros((em, int(1.4 * em)), dtype=bool)  # a 1.4-em gutter (dev seed 56: 新基地—— | 剧本创作)
    ink = np.hstack([_dashed_ink(em, "X--"), gutter, _dashed_ink(em, "XXX")])
    before = _box("新基地", 0.0, float(em))                 # its box stopped short of its ——
    box = _box("剧本创", float(3 * em + gutter.shape[1] + 2), float(ink.shape[1]))
    assert scan._dash_before(box, [before, box], ink) == box

def _slot_ink(em: int, marks: str, pitch: float = 1.4) -> np.ndarray:
    """A body line of three characters and, `pitch` ems under it, a line of only `marks`: - a dash's
    em, . an em of three dots, X a character."""
    ink = np.zeros((4 * em, 10 * em), dtype=bool)
    ink[4:em - 4, 2:3 * em - 2] = True                       # the line above: 3 characters
    below = int(pitch * em)
    for index, mark in enumerate(marks):
        left = index * em
        if mark == "-":
            ink[below + em // 2 - 1:below + em // 2 + 1, left:left + em] = True
        elif mark == ".":
            for dot in range(3):
                ink[below + em // 2 - 2:below + em // 2 + 2, left + dot * em // 3 + 5:left + dot * em // 3 + 9] = True
        else:
            ink[below + 4:below + em - 4, left + 2:left + em - 2] = True
    return ink


@pytest.mark.parametrize("marks, text", [
    ("--", "——"),             # a paragraph's last line, a dash alone
    ("....", "…………"),        # a paragraph of dots
    ("-", None),              # one em: not a dash of two
    ("X-", None),             # a character the detector missed: not ours to read
    ("", None),               # nothing there
])
def test_a_line_of_only_a_dash_or_dots_the_detector_missed_is_a_box_of_its_own(marks, text):
    em = 40
    above = _box("改革之", 0.0, 3.0 * em)
    found = scan._marks_alone([above], _slot_ink(em, marks), display=1.25 * em, starts=[])
    assert [box.text for box in found] == ([text] if text else [])
    if text:
        (box,) = found
        assert box.x0 == pytest.approx(0, abs=6) and box.y0 == pytest.approx(1.4 * em, abs=2)


@pytest.mark.parametrize("marks, text", [("....", "…………"), ("--", "——"), ("X-", None)])
def test_a_line_of_only_marks_set_as_a_paragraph_with_space_before_it_is_found_too(marks, text):
    em = 40
    above = _box("改革之", 0.0, 3.0 * em)
    found = scan._marks_alone([above], _slot_ink(em, marks, pitch=2.3), display=1.25 * em, starts=[])
    assert [box.text for box in found] == ([text] if text else [])
    if text:
        assert found[0].y0 == pytest.approx(2.3 * em, abs=2)


def test_a_bar_a_line_lower_reaching_out_of_the_column_is_a_rule_not_a_paragraphs_dash():
    em = 40
    above = _box("革之", 0.5 * em, 3.0 * em)                # the column starts half an em right of the bar
    assert scan._marks_alone([above], _slot_ink(em, "--", pitch=2.3), display=1.25 * em, starts=[]) == []
    assert [box.text for box in scan._marks_alone([above], _slot_ink(em, "--"), display=1.25 * em, starts=[])] == ["——"]


@pytest.mark.parametrize("starts, text", [([0.0], ["——"]), ([], [])])
def test_a_dash_wrapped_under_an_indented_line_is_looked_for_from_its_columns_start(starts, text):
    """运用节水技术，多类牧草落地生根 | ——: a subhead indented two ems whose dash wrapped on to a line
    of its own at the column's start; the slot looked for it only from half an em before the subhead."""
    em = 40
    ink = np.zeros((4 * em, 10 * em), dtype=bool)
    ink[4:em - 4, 2 * em + 2:5 * em - 2] = True                   # the line above, two ems in
    below = int(1.4 * em) + em // 2
    ink[below - 1:below + 1, 0:2 * em] = True                      # the dash, at the column's start
    above = _box("改革之", 2.0 * em, 5.0 * em)
    assert [box.text for box in scan._marks_alone([above], ink, display=1.25 * em, starts=starts)] == text


def test_a_rule_the_slot_under_a_line_cuts_off_is_not_a_dash():
    em = 40
    ink = np.zeros((4 * em, 10 * em), dtype=bool)
    ink[4:em - 4, 7 * em + 2:8 * em - 2] = True               # a name alone at the page's right: 敢
    ink[int(1.4 * em):int(1.4 * em) + 2, :] = True             # the header's rule, across the page
    assert scan._marks_alone([_box("敢", 7.0 * em, 8.0 * em)], ink, display=1.25 * em, starts=[]) == []


def _quoted_ink(em: int, cells: str) -> np.ndarray:
    """Ink of a line of `em`-pixel cells: X a character, o / c a single quote opening (its tick at the
    right of its cell) / closing (at the left), O / C the same double (two ticks), N a ’ set solid
    against a ” (three closing ticks, as a Hei face sets ’”), B a ’ and a ‘ set back to back in one em,
    ; a closing tick over a comma, a space none."""
    ink = np.zeros((em, em * len(cells)), dtype=bool)
    for index, cell in enumerate(cells):
        left = index * em
        if cell == "B":
            for tick, heavy in [(left + 6, slice(5, 10)), (left + 20, slice(9, 14))]:
                ink[5:14, tick + 1:tick + 3] = True
                ink[heavy, tick:tick + 4] = True
            continue
        if cell == "X":
            ink[4:em - 4, left + 2:left + em - 2] = True
        if cell in ",;":
            ink[em - 12:em - 4, left + 4:left + 10] = True
        if cell in "X ,":
            continue
        first = left + (em - 14 if cell in "oO" else 6)
        for tick in {"O": [first - 8, first], "C": [first, first + 8], "N": [first, first + 8, first + 16]}.get(cell, [first]):
            ink[5:14, tick + 1:tick + 3] = True
            heavy = slice(9, 14) if cell in "oO" else slice(5, 10)   # a 6 opens, a 9 closes
            ink[heavy, tick:tick + 4] = True
    return ink


@pytest.mark.parametrize("read, cells, prefix_read, printed", [
    ("三座城’同生", "oXXXcXX", None, "‘三座城’同生"),                 # dropped at the line's start
    ("勤付出这种永远", "XXXXXoXX", "勤付出这种", "勤付出这种‘永远"),    # dropped inside: placed by a reading up to it
    ("勤付出这种永远", "XXXXXoXX", "勤付出这", "勤付出这种永远"),      # a reading that does not say where: left
    ("“创新“实验室”有", "OXXoXXXcX", None, "“创新‘实验室’有"),        # a quote in a quote read double
    ("“广货凭什么“行天下’", "OXXXXXoXXXc", None, "“广货凭什么‘行天下’"),
    ("马骏的“心灵”", "XXXXXXC", None, "马骏的“心灵”"),                # the “ set solid against 的: no tick of its own
    ("‘三北”工程", "oXXcXX", None, "‘三北’工程"),                    # closed by the other kind: as the ink shows
    ("“三北’工程", "oXXcXX", None, "‘三北’工程"),
    ("“我‘三北”工程", "OXoXXCXX", None, "“我‘三北”工程"),            # the ink shows both kinds: a ’ was dropped
    ("‘嘀嗒、嘀嗒‘的", "oXXXXXcX", None, "‘嘀嗒、嘀嗒’的"),           # a single quote does not open in one
    ("要从0’到", "XXoXcX", "要从", "要从‘0’到"),                      # the ’ is the tick shaped as a 9
    ("“心灵医院”", "OXXXXC", None, "“心灵医院”"),                    # as read
    ("‘四个自信，的", "oXXXXcX", None, "‘四个自信’的"),               # a closing tick read as a comma
    ("‘四个，自信’", "oXX,XXc", None, "‘四个，自信’"),                # a comma's ink is low: a comma
    ("四个自信，的", "XXXXcX", None, "四个自信’的"),                  # no ‘ open, but no ink low under the tick
    ("四个自信，的", "XXXX;X", None, "四个自信，的"),                  # no ‘ open, a comma's ink under it: left
    ("功成必定有我，", "XXXXXXc", None, "功成必定有我’"),              # the pitch places the ， short at the end
    ("那是‘变态辣’", "XXoXXXc", "那是‘", "那是‘变态辣’"),              # a tick placed beside its own ‘: none added
    ("“我们的“法宝”", "OXXXoXXN", None, "“我们的‘法宝’”"),              # ’” set solid: a ’ and a ”, not a ” and a ’
    ("‘民惟邦本，’到", "oXXXXcX", None, "‘民惟邦本’到"),                # one tick read as both ， and ’
    ("‘民惟邦本’，到", "oXXXXcX", None, "‘民惟邦本’到"),
    ("‘民惟邦本，’到", "oXXXX,cX", None, "‘民惟邦本，’到"),             # the comma's ink beside the tick: printed
    ("‘民惟邦本’，到", "oXXXXc,X", None, "‘民惟邦本’，到"),
    ("为服务“三农，", "XXXOXXC", None, "为服务“三农”"),                # two closing ticks read as a comma (dev seed 50)
    ("为服务“三农，", "XXXOXX,", None, "为服务“三农，"),                # a comma's ink: a comma
    ("“十五五’时期", "OoXXXcXX", None, "“‘十五五’时期"),              # right after the “, nothing between: “‘ (dev seed 68)
    ("“我十五五’时期", "OXoXXXcXX", "“我", "“我‘十五五’时期"),        # a character between: read up to it
    ("产业”赛事’融合", "XXBXXcXX", None, "产业’‘赛事’融合"),          # ’‘ back to back read ” (dev seed 68)
    ("产业”赛事”融合", "XXCXXCXX", None, "产业”赛事”融合"),          # a ” of two closing ticks: as read
])
def test_single_quotes_are_taken_from_the_ink(read, cells, prefix_read, printed):
    em = 40
    ink = _quoted_ink(em, cells)
    columns = np.nonzero(ink.any(axis=0))[0]
    box = _box(read, float(columns[0]), float(columns[-1] + 1), float(em))
    image = Image.new("L", (ink.shape[1] + 40, em), 255)
    assert scan._quotes_from_ink(box, ink, image, lambda *args, **kwargs: _Reading(prefix_read or "")).text == printed


@pytest.mark.parametrize("read, dots, printed", [
    ("标准…研制", [6], "标准……研制"),     # two read as one
    ("标准……研制", [6], "标准……研制"),    # as read
    ("标准…研制", [5], "标准…研制"),       # not whole ellipses: left
    ("让—皮埃尔", [1], "让—皮埃尔"),       # a middle dot is no ellipsis
])
def test_an_ellipsis_is_as_long_as_its_dots(read, dots, printed):
    em = 40
    ink = np.zeros((em, em * 12), dtype=bool)
    ink[4:em - 4, 2:em - 2] = True                        # a character, then the dots
    for dot in range(dots[0]):
        left = em + dot * em // 3 + 5
        ink[em // 2 - 2:em // 2 + 2, left:left + 4] = True
    box = _box(read, 2.0, float(em + dots[0] * em // 3 + 9), float(em))
    assert scan._ellipses_from_ink(box, ink).text == printed


def _two_column_ink(em: int, middle_spans: bool, others_span: bool) -> np.ndarray:
    """Three lines of two columns 1.4 ems apart (10 characters each); the middle line's first column
    ends in a comma hung into the gutter.  A line that spans is inked across the gutter."""
    ink = np.zeros((3 * em + 2 * em // 2, 22 * em), dtype=bool)
    second = int(11.4 * em)
    for row in range(3):
        top = row * (em + em // 2)
        spans = middle_spans if row == 1 else others_span
        lefts = range(0, 21 * em, em) if spans else [*range(0, 10 * em, em), *range(second, second + 10 * em, em)]
        for left in lefts:
            ink[top + 4:top + em - 4, left + 2:left + em - 2] = True
        if row == 1 and not spans:
            ink[top + em - 14:top + em - 4, 10 * em + 4:10 * em + 20] = True   # the hung ，
    return ink


@pytest.mark.parametrize("others_span, cut", [(False, True), (True, False)])
def test_a_line_run_across_a_gutter_narrowed_by_a_hung_mark_is_cut_where_the_column_starts(others_span, cut):
    em = 40
    ink = _two_column_ink(em, middle_spans=False, others_span=others_span)
    second = int(11.4 * em)
    height = em + em // 2
    lines = [_box("眺望", 2.0, float(ink.shape[1] - 2 * em if others_span else second + 10 * em - 2), float(em),
                  y0=float(row * height)) for row in range(3)]
    image = Image.new("L", (ink.shape[1], ink.shape[0]), 255)
    pieces = scan._cut_at_gutters(lines[1], lines, [2.0, float(second + 2)], ink, image,
                                  lambda *args, **kwargs: _Reading("眺望"))
    assert [piece.x0 for piece in pieces] == ([2.0, float(second + 2)] if cut else [2.0])


@pytest.mark.parametrize("first, again, marks", [
    ("的健康管理。", "周期舶的健康管理。”", "”"),   # a misread further back is no matter
    ("的健康管理", "的健康管理。”", "。”"),
    ("的健康管理。", "的健康管理。", ""),           # nothing more
    ("的健康管理。", "的健康管埋。”", ""),          # its end read otherwise: not the same line's end
])
def test_the_marks_a_second_reading_adds_at_a_lines_end(first, again, marks):
    assert scan._marks_after(first, again) == marks


@pytest.mark.parametrize("read, bar, printed, em", [
    ("让一皮埃尔", (0, 40, 2), "让—皮埃尔", 40),      # a hairline the whole em: a dash
    ("让一皮埃尔", (3, 37, 4), "让一皮埃尔", 40),      # a thick stroke with room at its ends: 一
    ("让一皮埃尔", (0, 40, 4), "让一皮埃尔", 40),
    ("让一皮埃尔", (1, 43, 2), "让—皮埃尔", 44),      # 10.5-pt type at 300 dpi: a dash is 2 px...
    ("让一皮埃尔", (1, 43, 3), "让一皮埃尔", 44),      # ...a Song 一 3 px, 0.068 em (dev seed 68: 发展司一级)
])
def test_a_one_em_dash_read_as_yi_is_told_from_its_ink(read, bar, printed, em):
    ink = np.zeros((em, em * len(read)), dtype=bool)
    for index in range(len(read)):
        if index != 1:
            ink[4:em - 4, index * em + 2:index * em + em - 2] = True
    left, right, thickness = bar
    ink[em // 2:em // 2 + thickness, em + left:em + right] = True
    box = _box(read, 2.0, float(len(read) * em - 2), float(em))
    assert scan._one_em_dashes(box, ink).text == printed


@pytest.mark.parametrize("bar, spot, printed", [
    ((0, 42, 1), 3, "问需—合作"),   # a hairline a noise spot or a stroke makes 3 px thick at one column
    ((2, 38, 2), 0, "问需—合作"),   # a hairline measured short: 0.9 em (东北—远东)
    ((2, 38, 3), 0, "问需一合作"),   # as short, and a stroke's thickness all along: 一
])
def test_a_one_em_dash_is_told_by_the_middle_of_its_columns(bar, spot, printed):
    em = 40
    read = "问需一合作"
    ink = np.zeros((em, em * len(read)), dtype=bool)
    for index in range(len(read)):
        if index != 2:
            ink[4:em - 4, index * em + 2:index * em + em - 2] = True
    left, right, thickness = bar
    ink[em // 2:em // 2 + thickness, 2 * em + left:2 * em + right] = True
    ink[em // 2 - spot // 2:em // 2 - spot // 2 + spot, 2 * em + left + 10] |= spot > 0
    box = _box(read, 2.0, float(len(read) * em - 2), float(em))
    assert scan._one_em_dashes(box, ink).text == printed


@pytest.mark.parametrize("quotes_ems", [1.0, None])
def test_a_line_with_quotes_is_sized_by_its_pitch_whether_its_face_sets_them_one_em_or_narrow(quotes_ems):
    em = 40.0
    text = "问题，总感到‘知识恐慌’。”"
    ems = sum(quotes_ems or scan._NARROW[char] if char in "‘’”" else 1.0 for char in text)
    box = _box(text, 0, ems * em, em * 0.96)       # the ink reads it a little small
    assert scan._pitch(box, 0, ems * em) == pytest.approx(em)


def test_a_one_em_dash_after_digits_is_found_at_their_half_em_pitch():
    em = 40
    read = "2017年县一乡镇"
    ink = np.zeros((em, 7 * em), dtype=bool)
    x = 0.0
    for char in read:
        width = scan._ems(char)
        left = int(x * em)
        if char == "一":
            ink[em // 2:em // 2 + 2, left:left + em] = True
        else:
            ink[4:em - 4, left + 2:left + int(width * em) - 2] = True
        x += width
    box = _box(read, 0.0, 7.0 * em, float(em))
    assert scan._one_em_dashes(box, ink).text == "2017年县—乡镇"


def test_marks_of_display_type_read_as_digits_are_the_marks_high_or_low_in_the_headlines_line():
    em = 200.0
    before, after = _box("爱眼日", 1298.0, 1879.0, em, y0=296.0), _box("将至", 2122.0, 2530.0, em, y0=296.0)
    quote = _box("99", 1992.0, 2045.0, 51.0, y0=315.0)           # high in the em: ”
    comma = _box("7", 2631.0, 2655.0, 52.0, y0=439.0)            # low: ，
    digits = _box("99", 1992.0, 2045.0, 51.0, y0=396.0)          # low 99 is no mark: left
    marks = scan._marks_read_as_digits([before, after, quote, comma, digits])
    assert [box.text for box in marks] == ["爱眼日", "将至", "”", "，", "99"]
    assert marks[2].size == em and marks[2].y0 == 296.0


@pytest.mark.parametrize("before, printed", [("O", "“爱眼日"), ("o", "‘爱眼日"), ("X", "爱眼日"), (" ", "爱眼日")])
def test_an_opening_quote_left_off_a_headlines_start_is_put_back(before, printed):
    em = 40
    ink = _quoted_ink(em, before + "XXX")
    box = _box("爱眼日", float(em + 2), float(4 * em - 2), float(em))
    assert scan._quote_before(box, [box], ink).text == printed


@pytest.mark.parametrize("read, printed", [
    ("爱眼日", "“爱眼日"),    # the quote left off, its second tick inside the box: “三下乡 read 三下乡
    ("‘爱眼日", "“爱眼日"),   # read single, its first tick outside the box: “看到 read ‘看到
    ("“爱眼日", "“爱眼日"),
])
def test_a_headlines_opening_quote_the_boxs_edge_cuts_between_its_ticks_is_double(read, printed):
    em = 40
    ink = _quoted_ink(em, "OXXX")
    box = _box(read, 24.0, float(4 * em - 2), float(em))  # between the ticks at 18-22 and 26-30
    assert scan._quote_before(box, [box], ink).text == printed


def test_a_colon_opening_a_line_between_two_digits_across_the_break_is_the_ratio_sign():
    def line(number: int, text: str) -> Line:
        return Line(number=number, text=text, bbox=BBox(0.0, 12.0 * number, 100.0, 12.0 * number + 10.0))

    lines = [line(0, "补时最后时刻的进球，以1"), line(1, "：0战胜对手，"), line(2, "：0开头"), line(3, "记者：")]
    assert [l.text for l in scan._ratio_colons_opening(lines)] == ["补时最后时刻的进球，以1", "∶0战胜对手，", "：0开头", "记者："]


def test_a_closing_quote_boxed_alone_past_a_lines_end_and_read_as_a_digit_is_the_lines():
    line = _box("可以跟本地小麦杂交。", 3090.0, 3440.0, 37.5, y0=1498.0)
    quote = _box("3", 3466.0, 3475.0, 9.4, y0=1502.0)       # the ” past the box's end, read as 3
    year = _box("26", 3466.0, 3480.0, 9.4, y0=1502.0)        # small type that is not a quote's misreading
    far = _box("9", 3600.0, 3609.0, 9.4, y0=1502.0)          # past the reach of a mark
    ticks = _box("95", 3466.0, 3478.0, 9.4, y0=1502.0)       # its two ticks read as 95 (fresh dev seed 4, twice)
    assert scan._uncovered([line, quote, year, far, ticks]) == [line, year, far]
    one = _box("1", 3466.0, 3472.0, 9.4, y0=1502.0)          # a Hei ” read as 1 (dev seed 49: 下去。”1)
    assert scan._uncovered([line, one]) == [line]
    unended = replace(line, text="可以跟本地小麦杂交")       # after no sentence's end a 1 may be a 1
    assert scan._uncovered([unended, one]) == [unended, one]
    read_27 = _box("27", 3466.0, 3476.0, 9.4, y0=1502.0)     # its ticks read as 27 (dev seed 51: 一个月。” read 27)
    stop_again = _box("。”", 3466.0, 3475.0, 9.4, y0=1502.0)  # the 。 read again before it (dev seed 51: 温床。”。)
    assert scan._uncovered([line, read_27, stop_again]) == [line]
    assert scan._uncovered([unended, stop_again]) == [unended, stop_again]


def _opening_ink(em: int, mark: str) -> np.ndarray:
    """A line's ink: a mark 0.7 em each way (■ solid, □ its outline, ◎ two rings), a gap, two
    characters' strokes."""
    ink = np.zeros((em, 4 * em), dtype=bool)
    side = int(0.7 * em)
    top = (em - side) // 2
    rows, columns = np.mgrid[0:side, 0:side]
    centre = (side - 1) / 2
    radius = np.hypot(rows - centre, columns - centre)
    shape = {"■": np.ones((side, side), dtype=bool),
             "□": (np.minimum(np.minimum(rows, columns), np.minimum(side - 1 - rows, side - 1 - columns)) < 3),
             "◎": (abs(radius - centre) < 1.5) | (abs(radius - centre / 2) < 1.5)}[mark]
    ink[top:top + side, 2:2 + side] = shape
    for start in (em, 2 * em):
        ink[4:em - 4, start + 5:start + 8] = True
        ink[em // 2:em // 2 + 3, start + 2:start + em - 4] = True
    return ink


@pytest.mark.parametrize("mark, box_from, read, printed", [
    ("■", 2, "本报", "■本报"),      # in the box, left out of its text
    ("■", 20, "本报", "■本报"),     # the box starts half an em into it
    ("■", 2, "■本报", "■本报"),     # read already
    ("■", 2, "义乌", "■义乌"),      # a point of a list
    ("□", 2, "本报", "□本报"),      # a byline's hollow square
    ("◎", 2, "记者", "◎记者"),      # a byline's bullseye
    ("□", 2, "岸边", "岸边"),        # elsewhere a hollow square may be a character (口)
])
def test_a_mark_opening_a_line_is_put_back_from_the_ink(mark, box_from, read, printed):
    em = 40
    box = _box(read, float(box_from), 4.0 * em, float(em))
    repaired = scan._mark_opening(box, _opening_ink(em, mark))
    assert repaired.text == printed
    assert repaired.x0 == 2.0


def test_a_solid_square_with_an_em_of_white_after_it_opens_its_line():
    # dev seed 79: ■ then a “ set loose (■“七一”就要到了): nothing inked after the square within the
    # em and a half looked at, so the square was not known as apart from what follows
    em = 40
    ink = _opening_ink(em, "■")
    ink[:, em:2 * em] = False
    box = _box("“七一", 2.0, 4.0 * em, float(em))
    assert scan._mark_opening(box, ink).text == "■“七一"


def test_a_half_width_mark_cut_off_its_line_on_a_chinese_page_is_set_full_width():
    line = _box("消息（新闻联播）", 693.0, 982.0, 39.6)
    colon = _box(":", 1000.0, 1010.0, 39.6)
    assert [box.text for box in scan._lone_marks_full_width([line, colon])] == ["消息（新闻联播）", "："]
    assert [box.text for box in scan._lone_marks_full_width([_box("Time", 0.0, 90.0), colon])] == ["Time", ":"]
    assert scan._lone_marks_full_width([line, _box(")", 1000.0, 1010.0)])[1].text == ")"  # (下转第三版) is printed so
    rest = _box(":26日", 1030.0, 1150.0, 39.6)  # the rest of the line, boxed from the colon on (dev seed 79)
    assert [box.text for box in scan._lone_marks_full_width([line, rest])] == ["消息（新闻联播）", "：26日"]
    url = _box(":26日", 1030.0, 1150.0, 39.6)
    assert scan._lone_marks_full_width([_box("https", 693.0, 982.0, 39.6), url])[1].text == ":26日"  # after Latin: left


def test_a_full_line_ending_in_a_closing_quote_set_in_a_song_face_reaches_the_columns_end():
    em = 40.0
    full = [_box("建设初具规模根据地的民主实践", 100.0, 100.0 + 14 * em - 0.04 * em, em, y0=60.0 * row)
            for row in range(5)]
    # the ” of a Song face leaves a third of an em of its cell clear of ink; a last line ends an em short or more
    song = _box("这话一点不虚。”", 100.0, 100.0 + 14 * em - 0.37 * em, em, y0=300.0)
    last = _box("只见公仆不见官。”", 100.0, 100.0 + 13 * em - 0.37 * em, em, y0=360.0)
    chars = scan._chars(full + [song, last])
    column_end = chars[0].x1
    assert [char.text for char in chars[5:]] == ["这话一点不虚。", "”", "只见公仆不见官。", "”"]
    assert chars[6].x1 == pytest.approx(column_end)
    assert chars[8].x1 == pytest.approx(100.0 + 13 * em - 0.33 * em)


@pytest.mark.parametrize("first_ends, joined", [
    (17.3, True),   # past the first column's end (16 ems): one headline run on across the gutter
    (15.0, False),  # within its column: the headline of the story beside
])
def test_a_headline_part_starting_where_a_column_starts_heads_it_unless_the_part_before_runs_past_its_column(
        first_ends, joined):
    body, right = 40.0, 100.0 + 17.5 * 40.0
    columns = [_box("国家的战略科技力量必须坚持不懈下", start, start + 16 * body - 0.04 * body, body, y0=400.0 + 60 * row)
               for start in (100.0, right) for row in range(5)]
    first = _box("“彩云人家”", 100.0, 100.0 + first_ends * body, 3 * body, y0=200.0)
    second = _box("升级记", right, right + 3 * 3 * body, 3 * body, y0=200.0)
    heads = [box.text for box in scan._spaced(columns + [first, second], 1.25 * body) if box.size > body]
    assert heads == (["“彩云人家” 升级记"] if joined else ["“彩云人家”", "升级记"])


def test_a_closing_quote_hung_into_a_narrow_gutter_ends_its_line_there():
    em, right = 40.0, 100.0 + 17.47 * 40.0
    # 16 characters a column; a closing mark hangs its em past it, into a gutter of 1.47 ems
    hung = [_box("国家的战略科技力量必须坚持不懈下去，", 100.0, 100.0 + 16.58 * em, em, y0=60.0 * row) for row in range(5)]
    # a Song face's ” inks the left third of its em: the cell is taken to the hung marks' column end
    quoted = _box("命起源、意识本质等科学“元问题”", 100.0, 100.0 + 16.67 * em, em, y0=300.0)
    beside = [_box("等提供根本动力，进而助力保障产业", right, right + 16 * em, em, y0=60.0 * row) for row in range(6)]
    lines = page_lines(scan._chars(hung + [quoted] + beside))
    assert "命起源、意识本质等科学“元问题”" in [line.text for line in lines]


@pytest.mark.parametrize("gap, mark, read_again, grown", [
    (0.2, "dash", "重点领域过", True),       # the line's own dash, left off by the detector
    (1.3, "dash", "重点领域过", False),      # past a gutter: the next column's opening dash
    (1.3, "quote", "重点领域过”", True),     # a closing quote set loose after its line
    (1.3, "bar", "重点领域过一", False),     # anything else past a gutter is the next column's
])
def test_ink_just_past_a_lines_end_is_the_lines_unless_a_gutter_is_between(gap, mark, read_again, grown):
    em = 40
    ink = np.zeros((em, em * 10), dtype=bool)
    for index in range(5):
        ink[4:em - 4, index * em + 2:index * em + em - 2] = True
    at = 5 * em + int(gap * em)
    if mark == "quote":
        ink[5:14, at:at + 6] = True
    else:
        ink[em // 2 - 2:em // 2 + 2, at:at + (2 * em if mark == "dash" else em - 4)] = True
    box = _box("重点领域过", 2.0, float(5 * em - 2), float(em))
    image = Image.new("L", (ink.shape[1], em), 255)
    out = scan._run_on(box, [box], ink, image, lambda *args, **kwargs: _Reading(read_again))
    assert (out.x1 > box.x1) == grown
    assert out.text == (read_again if grown and mark == "quote" else box.text)



def test_a_line_is_not_run_on_into_the_box_after_it_that_starts_a_hair_inside_it():
    em = 40
    ink = np.zeros((em, em * 10), dtype=bool)
    for index in range(9):
        ink[4:em - 4, index * em + 2:index * em + em - 2] = True
    box = _box("微短剧更应", 2.0, float(5 * em + 2), float(em))  # dev seed 56: 微短剧更应向 | “心”生长
    after = _box("心生长的", float(5 * em - 2), float(9 * em - 2), float(em))
    image = Image.new("L", (ink.shape[1], em), 255)
    out = scan._run_on(box, [box, after], ink, image, lambda *args, **kwargs: _Reading("微短剧更应心生长"))
    assert out == box


def test_a_headline_run_on_over_its_closing_quote_stops_short_of_the_next_columns_ink():
    # dev seed 52: 引导学生…“航海图 | ” then, under a headline's em, the next column's lines, whose
    # boxes start a pixel inside their first characters' ink: the headline was grown up to them and
    # joined to their row, and the page's columns below it were read as one.
    em, body = 80, 20
    ink = np.zeros((em, 8 * em), dtype=bool)
    for index in range(3):
        ink[6:em - 6, index * em + 4:index * em + em - 4] = True
    ink[8:26, 3 * em + 4:3 * em + 10] = True
    ink[8:26, 3 * em + 16:3 * em + 22] = True
    column = 3 * em + 22 + int(0.9 * em)
    ink[30:30 + body - 2, column - 1:column + 4 * body] = True
    box = _box("航海图", 4.0, float(3 * em - 4), float(em))
    beside = _box("为中国企业", float(column), float(column + 4 * body), float(body), y0=29.0)
    image = Image.new("L", (ink.shape[1], em), 255)
    out = scan._run_on(box, [box, beside], ink, image, lambda *args, **kwargs: _Reading("航海图”"))
    assert out.text == "航海图”"
    assert out.x1 == 3 * em + 22

@pytest.mark.parametrize("text, cells, printed", [
    ("民主之宫。", "XXXXC", "民主之宫。”"),      # a ” past the 。 that reading again leaves out
    ("民主之宫。", "XXXXO", "民主之宫。"),       # an opening “ there is the next line's, not this one's
    ("民主之宫", "XXXXC", "民主之宫"),           # after no sentence end: not known to be a quote's end
    ("民主之宫。", "XXXXX", "民主之宫。"),       # a character: not a quote
])
def test_a_closing_quote_alone_past_a_sentences_end_is_the_lines_though_not_read(text, cells, printed):
    em = 40
    ink = _quoted_ink(em, cells)
    box = _box(text, 2.0, float(4 * em - 2), float(em))
    image = Image.new("L", (ink.shape[1], em), 255)
    assert scan._run_on(box, [box], ink, image, lambda *args, **kwargs: _Reading(text)).text == printed


def test_a_closing_quotes_last_tick_the_box_cut_off_is_the_lines():
    em = 40
    ink = _quoted_ink(em, "XXXC")
    columns = np.nonzero(ink.any(axis=0))[0]
    first_tick_end = 3 * em + 6 + 6  # the detector's box stops just past the ”'s first tick
    box = _box("状元’", float(columns[0]), float(first_tick_end), float(em))
    image = Image.new("L", (ink.shape[1], em), 255)
    grown = scan._run_on(box, [box], ink, image, lambda *args, **kwargs: _Reading(""))
    assert grown.x1 == columns[-1] + 1
    assert scan._quotes_from_ink(grown, ink, image, lambda *args, **kwargs: _Reading("")).text == "状元’"
    beside = _box("“三百六十行，行行出状元’", 0.0, 0.0)
    assert scan._quotes_paired(beside.text, [0, 12], {0: (0.0, 2, "open"), 12: (0.0, 2, "close")}) == \
        "“三百六十行，行行出状元”"  # both ticks seen: the quote is double


@pytest.mark.parametrize("others_box, read_again, printed", [
    (False, "辽宁推动", "辽宁推动"),      # the character the box starts inside, read again
    (False, "辽守推动", "宁推动"),        # not the old reading with a character before it: left
    (True, "辽宁推动", "宁推动"),         # the ink is another box's
])
def test_a_box_started_inside_a_character_is_grown_over_it(others_box, read_again, printed):
    em = 40
    ink = np.zeros((em, 6 * em), dtype=bool)
    for index in range(1, 5):
        ink[4:em - 4, index * em + 2:index * em + em - 2] = True
    box = _box("宁推动", float(em + 20), float(4 * em - 2), float(em))  # starts half way into 辽
    image = Image.new("L", (ink.shape[1], em), 255)
    boxes = [box] + ([_box("辽", float(em + 2), float(em + 30), float(em))] if others_box else [])
    assert scan._cut_into(box, boxes, ink, image, lambda *args, **kwargs: _Reading(read_again)).text == printed


@pytest.mark.parametrize("drop, printed", [(0.0, "新华视点丨用"), (0.14, "问答｜下任")])
def test_a_bar_between_chinese_is_told_by_how_far_it_reaches_below_their_feet(drop, printed):
    em = 40
    text = printed.replace("｜", "丨")
    ink = np.zeros((2 * em, len(text) * em), dtype=bool)
    for index, char in enumerate(text):
        left = index * em
        if char == "丨":
            ink[int(0.2 * em):int((0.98 + drop) * em), left + 18:left + 22] = True
        else:
            ink[1:em - 1, left + 2:left + em - 2] = True
    box = _box(text, 2.0, float(len(text) * em - 2), float(em))
    assert scan._bars_by_ink(box, ink).text == printed


def test_a_closing_double_quote_the_box_cut_between_its_ticks_is_the_box_befores():
    em = 40
    ink = _quoted_ink(em, "XXCXX")
    columns = np.nonzero(ink.any(axis=0))[0]
    second_tick = 2 * em + 6 + 8  # the box starts at the ”'s second tick
    box = _box("是最", float(second_tick), float(columns[-1] + 1), float(em))
    image = Image.new("L", (ink.shape[1], em), 255)
    assert scan._quotes_from_ink(box, ink, image, lambda *args, **kwargs: _Reading("")) == box


def test_a_closing_quote_boxed_alone_over_the_ends_of_the_boxes_beside_it_is_not_read_twice():
    """The detector boxed 构建“…关系 | ” | 是最重要政治共识, the ” box running into both (its ink
    measures 0.63 of their size): left in, it was read on into 是最 and the headline read
    构建“…关系 是最重要政治共识”是最."""
    first = _box("构建“中美建设性战略稳定关系", 1619.0, 2865.0, 89.0, y0=4255.0)
    quote = _box("”", 2842.0, 2971.0, 56.0, y0=4256.0)
    second = _box("是最重要政治共识", 2922.0, 3669.0, 89.0, y0=4255.0)
    assert scan._uncovered([first, quote, second]) == [first, second]


def test_a_line_the_detector_boxed_only_the_start_of_is_read_on_to_the_end_of_its_ink():
    em = 40
    full = "年轻的他们热泪盈眶"
    ink = np.zeros((em, (len(full) + 3) * em), dtype=bool)
    for index in range(len(full)):
        ink[4:em - 4, index * em + 2:index * em + em - 2] = True
    box = _box(full[:5], 2.0, float(5 * em - 2), float(em))
    image = Image.new("L", (ink.shape[1], em), 255)

    def read(crop, **kwargs):  # the characters whose ink the crop takes in
        return _Reading(full[:round((crop.shape[1] - 0.4 * em) / em)])

    out = scan._run_on(box, [box], ink, image, read)
    assert (out.text, out.x1) == (full, float(len(full) * em - 2))


@pytest.mark.parametrize("dot, printed", [(True, "主席罗伯特·"), (False, "主席罗伯特")])
def test_a_middle_dot_set_close_after_a_lines_box_is_read_with_the_line(dot, printed):
    em = 40
    ink = np.zeros((em, 7 * em), dtype=bool)
    for index in range(5):
        ink[4:em - 4, index * em + 2:index * em + em - 2] = True
    if dot:
        ink[em // 2 - 2:em // 2 + 2, 5 * em + 1:5 * em + 5] = True
    box = _box("主席罗伯特", 2.0, float(5 * em - 2), float(em))
    image = Image.new("L", (ink.shape[1] + em, em + 10), 255)
    engine = lambda *args, **kwargs: _Reading("罗伯特.")  # noqa: E731
    assert scan._mark_at_end(scan._run_on(box, [box], ink, image, engine), ink, image, engine).text == printed


def test_an_opening_double_quote_the_box_cut_between_its_ticks_is_put_back_double():
    em = 40
    ink = _quoted_ink(em, "OXXXXC")
    columns = np.nonzero(ink.any(axis=0))[0]
    second_tick = em - 14  # the box starts at the “'s second tick
    box = _box("点热成电”", float(second_tick), float(columns[-1] + 1), float(em))
    image = Image.new("L", (ink.shape[1], em), 255)
    read = scan._quotes_from_ink(box, ink, image, lambda *args, **kwargs: _Reading(""))
    assert (read.text, read.x0) == ("“点热成电”", float(columns[0]))


def test_a_box_whose_left_neighbour_ends_against_it_is_not_grown():
    em = 40
    ink = np.zeros((em, 4 * em), dtype=bool)
    ink[4:em - 4, 2:2 * em] = True  # ink running up to the box's edge, the box before's
    box = _box("推动", float(2 * em), float(4 * em - 2), float(em))
    before = _box("宁", 2.0, 2 * em - 0.5, float(em))
    image = Image.new("L", (ink.shape[1], em), 255)
    assert scan._cut_into(box, [before, box], ink, image, lambda *args, **kwargs: _Reading("辽推动")) == box


def test_a_one_em_dash_read_again_at_a_lines_end_as_yi_is_told_from_its_ink():
    """代号为HH—: the recogniser leaves the dash out, reading the line's end again gives 一; the ink
    (a hairline, an em long) says it is a dash."""
    em = 40
    ink = np.zeros((em, 8 * em), dtype=bool)
    x = 0.0
    for width in (1, 1, 1, 0.5, 0.5):  # 代号为HH, each drawn as a narrow 卄
        left, right = int(x * em) + 2, int((x + width) * em) - 2
        ink[4:em - 4, left:left + 3] = ink[4:em - 4, right - 3:right] = ink[6:9, left:right] = True
        x += width
    ink[em // 2 - 1:em // 2 + 1, int(x * em):int((x + 1) * em)] = True
    box = _box("代号为HH", 2.0, (x + 1) * em, float(em))
    image = Image.new("L", (ink.shape[1], em), 255)
    repaired = scan._repaired(box, [box], ink, image, lambda *args, **kwargs: _Reading("为HH一"), display=1.25 * em)
    assert repaired.text == "代号为HH—"


def test_a_line_opening_on_a_mark_near_a_columns_start_starts_there_and_its_block_with_it():
    em = 40.0
    # (上接第五版) set with half-width brackets: its ( inks from the column's start, and is read as （
    jump = _box("（上接第五版）伟大工程。党和人民事", 100.0 + 0.07 * em, 100.0 + 16 * em, em, y0=0.0)
    flush = [_box("业发展的历史经验深刻表明，坚持党的", 100.0, 100.0 + 16 * em - 0.04 * em, em, y0=60.0 * row)
             for row in range(1, 6)]
    # a Song face's “ inks the right two-thirds of its em: a flush line opening on it
    quoted = _box("“四个伟大”中的决定性作用，为新", 100.0 + 0.33 * em, 100.0 + 16 * em, em, y0=360.0)
    chars = scan._chars([jump, *flush, quoted])
    assert chars[0].x0 == pytest.approx(chars[1].x0)
    assert chars[-1].x0 == pytest.approx(chars[1].x0)
    lines = page_lines(chars)
    assert [line.indent for line in lines] == [False] * 7


def test_a_line_mostly_of_digits_measures_its_size_by_its_pitch_though_its_ink_stands_lower():
    em = 45.0
    # 长108.4%、22.9%、20.2%。: twelve ems of body type, its ink 0.84 of an em tall
    numbers = _box("长108.4%、22.9%、20.2%。", 0.0, 12 * em - 0.7 * em, 0.84 * em)
    x0, x1 = scan._cells(numbers)
    assert scan._pitch(numbers, x0, x1) == pytest.approx(em, rel=0.02)
    # Chinese ink that tall is type that small, however far apart it is set
    spaced = _box("长期以来稳中有进的", 0.0, 9 * em - 0.08 * em, 0.8 * em)
    x0, x1 = scan._cells(spaced)
    assert scan._pitch(spaced, x0, x1) is None


def test_a_transparent_page_is_read_as_laid_on_white_paper():
    # Ink opaque on a transparent page: the transparent pixels are black underneath, and the
    # page read as all black.
    from PIL import Image

    from banmian.read.scan import _greyscale

    frame = Image.new("RGBA", (2, 1), (0, 0, 0, 0))
    frame.putpixel((1, 0), (0, 0, 0, 255))
    assert np.asarray(_greyscale(frame)).ravel().tolist() == [255, 0]


def _line_of_boxes(*parts: str | float, em: float = 40.0) -> tuple[Line, list["scan._Box"]]:
    """A line of body type read as boxes, the recogniser sure of each, a number between two of
    them that many ems left blank (a character the detector cut the line at and no box read)."""
    boxes, cell = [], 0.0
    for part in parts:
        if isinstance(part, str):
            boxes.append(_box(part, cell * em + scan._BEARING * em, (cell + len(part)) * em - scan._BEARING * em, em))
        cell += len(part) if isinstance(part, str) else part
    text = " ".join(part for part in parts if isinstance(part, str))
    return Line(number=0, text=text, bbox=BBox(0.0, 0.0, cell * em, em), font_size=em), boxes


@pytest.mark.parametrize("parts, dropped", [
    (["对高校毕业生而言求职", "租房等还有一件事"], 0),             # boxes cut where nothing stood
    (["对高校毕业生而言求职", 1.0, "租房等还有一件事"], 1),        # a 、 the recogniser never saw
    (["国务院印发", 2.0, "加快农业农村现代化"], 2),                # a —— dropped
    (["出台的建筑环境通用规范", 0.6, "将住宅隔音"], 0),            # no character's room (0.59 em read on dev pages)
    (["采用AI", 1.0, "技术提升效率"], 0),                          # a word space beside Latin
    (["国务院印发", 4.0, "加快农业农村现代化"], 0),                # a gap the page was set with
])
def test_a_character_dropped_between_two_boxes_of_a_line_counts_against_its_confidence(parts, dropped):
    line, boxes = _line_of_boxes(*parts)
    back = scan._unrotate(0.0, (2000, 100), (2000, 100))
    read = sum(len(box.text) for box in boxes)
    assert scan._placed(line, boxes, back, 1.0).confidence == round(read / (read + dropped), 3)


def _colon_ink(em: int, tail: float) -> np.ndarray:
    """A line of five ems, 奉献：有的 as ink: strokes for the characters, and in the third em two dots
    one over the other, the lower one `tail` em tall (a ：'s dot 0.12, a ；'s dot and tail 0.25)."""
    ink = np.zeros((em, 5 * em), dtype=bool)
    for start in (0, em, 3 * em, 4 * em):
        ink[4:em - 4, start + 5:start + 8] = True
        ink[em // 2:em // 2 + 3, start + 2:start + em - 4] = True
    dot = int(0.12 * em)
    left = 2 * em + int(0.15 * em)
    ink[int(0.3 * em):int(0.3 * em) + dot, left:left + dot] = True
    ink[int(0.65 * em):int(0.65 * em) + int(tail * em), left:left + dot] = True
    return ink


@pytest.mark.parametrize("read, tail, printed", [
    ("奉献：有的", 0.25, "奉献；有的"),   # dev seed 79: 拼搏奉献；有的 read with ： (0.92 against ；0.02)
    ("奉献：有的", 0.12, "奉献：有的"),   # a colon's round dot
    ("奉献；有的", 0.25, "奉献；有的"),   # read right
    ("奉献：有的", 0.0, "奉献：有的"),    # one blot: not a colon's two
])
def test_a_colon_whose_lower_dot_has_a_tail_is_a_semicolon(read, tail, printed):
    em = 48
    box = _box(read, 2.0, 5.0 * em - 4, float(em))
    assert scan._semicolons_from_ink(box, _colon_ink(em, tail)).text == printed


def test_a_colon_among_digits_is_left_as_read():
    # half-width digits make the box's ems uneven: the colon's cell is not known from its width
    em = 48
    box = _box("奉献：10", 2.0, 5.0 * em - 4, float(em))
    assert scan._semicolons_from_ink(box, _colon_ink(em, 0.25)).text == "奉献：10"


@pytest.mark.parametrize("offered, device, on_gpu", [
    (["CUDAExecutionProvider", "CPUExecutionProvider"], "cuda", True),
    (["CUDAExecutionProvider", "CPUExecutionProvider"], "cpu", False),
    (["CPUExecutionProvider"], "cpu", False),
])
def test_ocr_runs_on_the_gpu_only_when_asked(monkeypatch, offered, device, on_gpu):
    import onnxruntime

    monkeypatch.setattr(onnxruntime, "get_available_providers", lambda: offered)
    assert scan._on_gpu(device) is on_gpu
    assert scan.ocr_engine.__wrapped__(device).cfg.EngineConfig.onnxruntime.use_cuda is on_gpu


def test_asking_for_a_gpu_that_is_not_there_or_an_unknown_device_says_so(monkeypatch):
    import onnxruntime

    monkeypatch.setattr(onnxruntime, "get_available_providers", lambda: ["CPUExecutionProvider"])
    with pytest.raises(InputError, match=r"^no CUDA GPU for OCR: onnxruntime offers CPUExecutionProvider "
                                         r"\(install onnxruntime-gpu\)$"):
        scan.ocr_engine.__wrapped__("cuda")
    with pytest.raises(InputError, match="unknown OCR device 'gpu': choose one of cpu, cuda"):
        scan.ocr_engine.__wrapped__("gpu")
