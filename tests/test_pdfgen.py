"""bench/pdfgen.py: pagegen's pages typeset as PDFs — what is drawn is the page, and it reads back."""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

pytest.importorskip("reportlab")
pytest.importorskip("pypdfium2")

BENCH = Path(__file__).resolve().parent.parent / "bench"
SHARED = BENCH.parent.parent / "shared"
if not (SHARED / "corpus" / "news_articles.jsonl").is_file():
    pytest.skip(f"{SHARED}: no corpus there, so no pages to typeset", allow_module_level=True)
sys.path.insert(0, str(BENCH))

import pagegen  # noqa: E402
import pdfgen  # noqa: E402

from banmian.read.pdf import read_pdf  # noqa: E402
from cjk import needs_cjk_font  # noqa: E402

_SPACE = re.compile(r"[\s\u3000]+")


def _chars(text: str) -> Counter:
    return Counter(_SPACE.sub("", text))


@pytest.fixture(scope="module")
def pages():
    plans = pagegen.generate(SHARED, "dev", 3, seed=5)
    corpus = pagegen.load(SHARED)
    faces = pdfgen.faces()
    return [(plan, pdfgen.typeset(plan, corpus, 5, faces)) for plan in plans]


def test_what_is_drawn_is_the_planned_page_character_for_character(pages):
    for plan, page in pages:
        assert _chars("".join(d["text"] for d in page["drawn"])) == _chars(plan["text"])


def test_the_pdf_reads_back_with_every_character(pages):
    for plan, page in pages:
        (source,) = read_pdf(page["pdf"], page["name"])
        assert _chars("".join(line.text for line in source.lines)) == _chars(plan["text"])


def test_each_article_is_rebuilt_from_its_drawn_lines(pages):
    for _, page in pages:
        for index, article in enumerate(page["articles"]):
            drawn = [d for d in page["drawn"] if d["article"] == index]
            headline = [d["text"] for d in drawn if d["field"] == "headline"]
            paragraphs: dict[int, str] = {}
            for d in drawn:
                if d["field"] in ("paragraph", "caption"):
                    text = _SPACE.sub("", d["text"]).replace(_SPACE.sub("", d.get("jump_text", "")), "", 1)
                    paragraphs[d["block"]] = paragraphs.get(d["block"], "") + text
            assert [_SPACE.sub("", h) for h in headline] == [_SPACE.sub("", h) for h in article["headline"]]
            assert list(paragraphs.values()) == [_SPACE.sub("", p) for p in article["paragraphs"]]
            assert page["regions"][index] is not None


def test_every_line_the_reader_gives_is_placed_on_what_was_drawn(pages):
    for _, page in pages:
        (source,) = read_pdf(page["pdf"], page["name"])
        placed, faults = pdfgen.truth_for_lines(page, source.lines)
        assert faults["unmatched"] == 0 and faults["lost"] == 0
        assert [entry["n"] for entry in placed["lines"]] == [line.number for line in source.lines]


def test_pages_vary_in_columns_and_type(pages):
    styles = [page["style"] for _, page in pages]
    assert all(3 <= s["columns"] <= 6 and 9 <= s["body"] <= 11 for s in styles)
    more = [pdfgen.choose_style(random.Random(seed), pdfgen.faces()) for seed in range(40)]
    assert len({s.columns for s in more}) == 4 and len({s.body for s in more}) >= 4


def test_with_only_the_builtin_cid_font_the_page_still_reads_back(pages):
    plan, _ = pages[0]
    page = pdfgen.typeset(plan, pagegen.load(SHARED), 5, [pdfgen.SONG])
    assert {d["font"] for d in page["drawn"]} == {pdfgen.SONG}
    (source,) = read_pdf(page["pdf"], page["name"])
    assert _chars("".join(line.text for line in source.lines)) == _chars(plan["text"])


def test_a_long_headline_over_a_narrow_story_wraps_into_balanced_lines():
    faces = pdfgen.faces()
    text = "全国秋粮收购进度过半 各地多措并举保障农民售粮顺畅"
    room = 200.0
    pieces, size = pdfgen.headline_lines(text, faces[0], 30.0, room, 13.0)
    assert pieces == ["全国秋粮收购进度过半", "各地多措并举保障农民售粮顺畅"]  # broken where its parts meet
    widths = [pdfgen._string_width(piece, faces[0], size) for piece in pieces]
    assert max(widths) <= room and min(widths) > 0.7 * max(widths)
    assert size >= 13.0
    assert pdfgen.headline_lines("秋粮收购过半", faces[0], 30.0, room, 13.0) == (["秋粮收购过半"], 30.0)
    # a little too long for one line: set a little smaller, not wrapped
    assert pdfgen.headline_lines("秋粮收购进度过半", faces[0], 30.0, room, 13.0) == (["秋粮收购进度过半"], 24.5)


@pytest.fixture(scope="module")
def typeset_dev_pages() -> list[tuple[dict, dict]]:
    """(plan, typeset page) for 12 dev pages, seed 0."""
    corpus = pagegen.load(SHARED)
    plans = pagegen.generate(SHARED, "dev", 12, seed=0)
    return [(plan, pdfgen.typeset(plan, corpus, 0, pdfgen.faces())) for plan in plans]


def test_wrapped_headline_lines_are_each_drawn_and_labelled_headline(typeset_dev_pages):
    wrapped = 0
    for _, page in typeset_dev_pages:
        style = page["style"]
        heads = [d for d in page["drawn"] if d["field"] == "headline"]
        wrapped += sum(d["block"] >= pdfgen.WRAPPED_BLOCK for d in heads)
        for index, article in enumerate(page["articles"]):  # the truth holds each printed line
            assert article["headline"] == [d["text"] for d in heads if d["article"] == index]
        for d in heads:  # inside the page, never over its margin
            assert style["margin"] - 1 <= d["box"][0] and d["box"][2] <= style["width"] - style["margin"] + 1
    assert wrapped > 0
    plan, page = typeset_dev_pages[0]
    assert pdfgen.typeset(plan, pagegen.load(SHARED), 0, pdfgen.faces())["drawn"] == page["drawn"]


def test_each_photo_is_drawn_as_an_image_the_reader_finds_as_a_figure(typeset_dev_pages):
    photos = 0
    for _, page in typeset_dev_pages:
        (source,) = read_pdf(page["pdf"], page["name"])
        drawn = sorted(tuple(box) for boxes in page["photos"].values() for box in boxes)
        found = sorted((f.x0, f.y0, f.x1, f.y1) for f in source.figures)
        assert len(found) == len(drawn)
        for want, got in zip(drawn, found):
            assert got == pytest.approx(want, abs=0.05)
        photos += len(drawn)
    assert photos > 0


def test_a_character_the_face_has_no_glyph_for_is_kept_in_the_text_layer_not_dropped():
    import io
    import shutil
    import subprocess

    from reportlab.pdfgen import canvas

    if pdfgen.HEI not in pdfgen.faces():
        pytest.skip("WenQuanYi Zen Hei not installed (apt-get install -y fonts-wqy-zenhei)")
    text = "从赵孟𫖯的画到第㊽期"  # Zen Hei has neither 𫖯 (beyond U+FFFF) nor ㊽
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=(300, 100))
    pdfgen._draw(pdf, 10, 50, text, pdfgen.HEI, 12, 0.0)
    pdf.showPage()
    pdf.save()
    (line,) = read_pdf(out.getvalue(), "glyphs.pdf")[0].lines
    # pdfium reads the stand-in's ActualText within the BMP itself; the reader finds the one beyond
    # it in the marked content (pdfium leaves a gap there); poppler reads both.
    assert line.text == text
    assert line.bbox.x1 == pytest.approx(10 + pdfgen._string_width(text, pdfgen.HEI, 12), abs=0.5)
    if shutil.which("pdftotext"):
        with io.BytesIO(out.getvalue()) as data:
            shown = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=data.read(), capture_output=True,
                                   check=True).stdout.decode("utf-8")
        assert text in shown


def test_a_byline_wraps_between_names_not_inside_one():
    assert pdfgen.name_lines("本报记者 秦瑞杰 本报通讯员 刘仲华 本报实习生 王雷", 12) == [
        "本报记者 秦瑞杰", "本报通讯员 刘仲华", "本报实习生 王雷"]
    assert pdfgen.name_lines("本报记者 王 正 李 强", 8) == ["本报记者", "王 正 李 强"]  # a spaced-out name is one
    assert pdfgen.name_lines("本报记者本报通讯员", 4) == ["本报记者", "本报通讯", "员"]  # wider than the column: as text


def _style(indent: str) -> "pdfgen.Style":
    return pdfgen.Style(width=600.0, height=800.0, margin=30.0, columns=2, body=10.0, leading=15.0,
                        column_width=100.0, gutter=13.0, cells=10, body_face=pdfgen.SONG, head_face=pdfgen.SONG,
                        other_face=pdfgen.SONG, indent=indent, hang=False)


def _starts(block) -> list[tuple[str, bool]]:
    return [(line.text[:2], line.hidden_start) for line in block.lines if line.opens]


def test_a_flush_paragraph_at_a_column_top_under_a_full_line_is_a_start_the_page_does_not_show():
    full, short = "甲" * 20, "乙" * 15  # two full lines; one full line and a short one
    units = [pdfgen.PlanUnit(0, "paragraph", 0, full), pdfgen.PlanUnit(0, "paragraph", 1, "丙" * 20)]
    block = pdfgen.set_article(units, _style("none"), 2, random.Random(0))
    assert _starts(block) == [("甲甲", False), ("丙丙", True)]  # column 2 opens flush under a full line
    units[0] = pdfgen.PlanUnit(0, "paragraph", 0, short)
    block = pdfgen.set_article(units + [pdfgen.PlanUnit(0, "paragraph", 2, "丁" * 5)], _style("none"), 2,
                               random.Random(0))
    assert ("丙丙", False) in _starts(block)  # under a short line: the page shows the break
    indented = pdfgen.set_article(units, _style("offset"), 2, random.Random(0))
    assert not any(line.hidden_start for line in indented.lines)  # an indent shows every start


def test_a_caption_in_two_paragraphs_hides_its_break_only_under_a_full_line():
    style = _style("none")
    wide = pdfgen.set_photo([pdfgen.PlanUnit(0, "caption", 0, "甲" * 20), pdfgen.PlanUnit(0, "caption", 1, "图为乙")],
                            style, 1, random.Random(0))
    assert [line.hidden_start for line in wide.lines] == [False, False, True]
    short = pdfgen.set_photo([pdfgen.PlanUnit(0, "caption", 0, "甲" * 15), pdfgen.PlanUnit(0, "caption", 1, "图为乙")],
                             style, 1, random.Random(0))
    assert not any(line.hidden_start for line in short.lines)


def test_hidden_starts_are_in_the_truth_and_make_their_article_undecidable(pages):
    import accuracy
    import pdf_accuracy

    for _, page in pages:
        drawn = [line for line in page["drawn"] if line.get("hidden_start")]
        assert all(line["field"] in ("paragraph", "caption") for line in drawn)
        source, rebuilt = pdf_accuracy.banmian_page(page["pdf"])
        placed, _ = pdfgen.truth_for_lines(page, source.lines)
        counts = pdf_accuracy.decidable_scores(placed, rebuilt)
        assert counts["undecidable"] == len({line["article"] for line in drawn})
        assert counts["exact_decidable"] + counts["exact_undecidable"] == counts["exact"]
    page = dict(pages[0][1], drawn=[dict(line, hidden_start=line["field"] == "paragraph" and line["article"] == 0)
                                    for line in pages[0][1]["drawn"]])
    source, rebuilt = pdf_accuracy.banmian_page(page["pdf"])
    placed, _ = pdfgen.truth_for_lines(page, source.lines)
    summary = accuracy.summarize(pdf_accuracy.decidable_scores(placed, rebuilt))
    assert summary["articles_undecidable"] == 1 and summary["exact_ceiling"] < 1


# --- pages set in vertical type (竖排) ---


@pytest.fixture(scope="module")
def vertical_pages():
    plans = pagegen.generate(SHARED, "dev", 3, seed=5)
    corpus = pagegen.load(SHARED)
    faces = pdfgen.faces()
    return [(plan, pdfgen.typeset(plan, corpus, 5, faces, vertical=True)) for plan in plans]


@needs_cjk_font
def test_a_vertical_page_reads_back_with_every_character_turned(vertical_pages):
    for plan, page in vertical_pages:
        (source,) = read_pdf(page["pdf"], page["name"])
        assert source.turned == page["turned_width"]
        assert _chars("".join(line.text for line in source.lines)) == _chars(plan["text"])


def test_a_vertical_page_is_drawn_down_the_page_in_lines_right_to_left(vertical_pages):
    for _, page in vertical_pages:
        body = [d for d in page["drawn"] if d["field"] == "paragraph" and len(d["text"]) > 4]
        assert all(d["box"][3] - d["box"][1] > 3 * (d["box"][2] - d["box"][0]) for d in body)
        first, second = body[:2]
        assert second["box"][0] < first["box"][0]  # the next line stands to the left
        width = page["turned_width"]
        assert all(0 <= d["box"][0] and d["box"][2] <= width for d in page["drawn"])


@needs_cjk_font
def test_every_line_read_on_a_vertical_page_is_placed_on_what_was_drawn(vertical_pages):
    for _, page in vertical_pages:
        (source,) = read_pdf(page["pdf"], page["name"])
        placed, faults = pdfgen.truth_for_lines(page, source.lines, source.turned)
        assert faults["unmatched"] == 0 and faults["lost"] == 0 and faults["merged"] == 0
