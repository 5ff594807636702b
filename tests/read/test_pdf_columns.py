"""How the PDF reader follows a column through white space, on pages drawn here with reportlab."""

from __future__ import annotations

import io

import pytest

pytest.importorskip("pypdfium2")
pytest.importorskip("reportlab")

from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

from banmian.read.pdf import read_pdf  # noqa: E402

FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))
BODY, PITCH = 10, 14


def _pdf(lines: list[tuple[float, float, str]], height: float = 400) -> bytes:
    """(x, baseline from the top, text) in ten-point type."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=(420, height))
    pdf.setFont(FONT, BODY)
    for x, y, text in lines:
        pdf.drawString(x, height - y, text)
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def test_a_paragraph_space_under_columns_that_have_ended_does_not_end_the_column():
    # The middle column goes on after a paragraph space below the ends of the columns beside it,
    # so the space runs across the whole width: the column is still read to its foot first.
    left = [(30, 40 + PITCH * k, "左栏正文一二三四五六七八") for k in range(3)]
    middle = [(160, 40 + PITCH * k, f"中栏第一段第{k}行甲乙丙丁") for k in range(6)]
    middle += [(160, 40 + PITCH * 6 + 8 + PITCH * k, f"中栏第二段第{k}行甲乙丙丁") for k in range(3)]
    right = [(290, 40 + PITCH * k, "右栏正文一二三四五六七八") for k in range(3)]
    lines = read_pdf(_pdf(left + middle + right), "columns.pdf")[0].lines
    assert [line.text for line in lines] == [text for _, _, text in left + middle + right]


def _chars(x: float, y: float, text: str, size: float = BODY) -> list:
    """One printed line as characters: top at y, each a full em wide."""
    from banmian.read.pdf import Char

    return [Char(ch, x + size * k, y, x + size * (k + 1), y + size, y + size, size) for k, ch in enumerate(text)]


def _body_columns(xs: tuple[float, ...], top: float, rows: int) -> list:
    """Columns of body lines at the given left edges, each line naming its column and row."""
    return [char for column, x in enumerate(xs) for k in range(rows)
            for char in _chars(x, top + PITCH * k, f"第{column}栏第{k}行正文")]


def test_no_cut_runs_through_a_photo_so_its_caption_is_read_before_the_story_beside_it():
    from banmian.model import BBox
    from banmian.read.pdf import page_lines

    chars = []
    for k in range(4):  # a story across three columns at the top
        chars += _chars(30, 40 + PITCH * k, "上方报道左栏文字") + _chars(160, 40 + PITCH * k, "上方报道中栏文字")
        chars += _chars(290, 40 + PITCH * k, "上方报道右栏文字")
    photo = BBox(30, 100, 140, 250)
    chars += _chars(160, 110, "右侧报道的大标题", size=20)  # beside the photo, over two columns
    for k in range(5):
        chars += _chars(160, 140 + PITCH * k, "右侧报道中栏正文") + _chars(290, 140 + PITCH * k, "右侧报道右栏正文")
    chars += _chars(30, 254, "图片说明文字甲乙")  # the caption under the photo
    texts = [line.text for line in page_lines(chars, [photo])]
    assert texts.index("图片说明文字甲乙") < texts.index("右侧报道的大标题")
    without = [line.text for line in page_lines(chars)]  # the white space beside the photo cuts the page
    assert without.index("图片说明文字甲乙") > without.index("右侧报道的大标题")


def test_a_headline_starting_just_below_a_row_in_the_next_column_does_not_cut_the_row_off():
    from banmian.read.pdf import page_lines

    chars = []
    for k in range(3):  # the left column: a story ending, then the next one's headline
        chars += _chars(30, 20 + PITCH * k, "左栏上一篇正文甲乙")
    chars += _chars(30, 105, "左栏新标题", size=20)
    for k in range(6):
        chars += _chars(30, 135 + PITCH * k, "左栏新报道正文甲乙")
    chars += _chars(160, 60, "右侧报道的大标题文字", size=20)  # over the two columns on the right
    for k in range(8):
        chars += _chars(160, 92 + PITCH * k, f"中栏正文第{k}行甲乙") + _chars(290, 92 + PITCH * k, f"右栏正文第{k}行甲乙")
    texts = [line.text for line in page_lines(chars)]
    assert "中栏正文第0行甲乙" in texts and "右栏正文第0行甲乙" in texts
    assert texts.index("中栏正文第7行甲乙") < texts.index("右栏正文第0行甲乙")


def test_a_story_below_another_is_read_after_all_of_its_columns_though_a_gutter_runs_through_both():
    from banmian.read.pdf import page_lines

    chars = _chars(30, 20, "第一篇报道的标题横跨三栏宽度", size=20)  # over columns 1-3; its story runs into column 4
    for column, x in enumerate((30, 130, 230, 330)):
        for k in range(7 if column < 3 else 4):
            chars += _chars(x, 50 + PITCH * k, f"甲{column}栏{k}行文字")
    chars += _chars(30, 190, "第二篇标题两栏", size=20)  # the story set below it, over four columns
    for column, x in enumerate((30, 130, 230, 330)):
        for k in range(4):
            chars += _chars(x, 220 + PITCH * k, f"乙{column}栏{k}行文字")
    for k in range(20):  # a story beside both, down the whole page: no white space runs across
        chars += _chars(430, 20 + PITCH * k, f"丙栏第{k:02d}行文字")
    texts = [line.text for line in page_lines(chars)]
    assert texts.index("甲3栏3行文字") < texts.index("第二篇标题两栏")


def test_a_photo_in_a_pdf_makes_the_text_under_it_a_photo_article_with_the_photo_in_its_regions():
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    from banmian.model import BBox
    from banmian.rebuild import rebuild_source

    height = 400
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=(420, height))
    pdf.setFont(FONT, BODY)
    story = ["　　会议强调，要坚持创新驱动加快", "培育新质生产力，推动传统产业转型", "升级，在新征程上书写优异答卷。"]
    for k, text in enumerate(story):
        pdf.drawString(40, height - (40 + PITCH * k), text)
    pdf.drawImage(ImageReader(Image.new("L", (40, 30), 180)), 40, height - 230, 170, 150)  # top 80, foot 230
    pdf.drawString(40, height - 248, "6月24日，农户正在田间管护。")
    pdf.drawString(150, height - 262, "本报记者 王 正摄")
    pdf.showPage()
    pdf.save()
    (source,) = read_pdf(out.getvalue(), "photo.pdf")
    page = rebuild_source(source)
    story_article, photo = page.articles
    assert story_article.paragraphs == ["会议强调，要坚持创新驱动加快培育新质生产力，推动传统产业转型升级，在新征程上书写优异答卷。"]
    assert photo.kind == "photo" and photo.paragraphs == ["6月24日，农户正在田间管护。"]
    assert [region.bbox for region in photo.regions if region.kind == "photo"] == [BBox(40.0, 80.0, 210.0, 230.0)]
    assert page.to_dict()["figures"] == [{"x0": 40.0, "y0": 80.0, "x1": 210.0, "y1": 230.0}]


def test_a_headline_over_only_some_of_its_columns_heads_them_all():
    from banmian.read.pdf import page_lines

    chars = _chars(160, 20, "法治护航共沐书香", size=20)  # centred over the second and third of three columns
    for column, x in enumerate((30, 160, 290)):
        for k in range(5):
            chars += _chars(x, 50 + PITCH * k, f"第{column}栏第{k}行正文")
    for k in range(12):  # a story beside it, down the page
        chars += _chars(420, 20 + PITCH * k, f"旁栏第{k:02d}行文字")
    texts = [line.text for line in page_lines(chars)]
    assert texts.index("法治护航共沐书香") < texts.index("第0栏第0行正文") < texts.index("第1栏第0行正文")


def test_a_hyphen_that_ends_a_line_is_kept():
    # pdfium marks a hyphen at a line's end as a soft one and leaves it out of its text.
    lines = read_pdf(_pdf([(40, 40, "当天11时许，6架歼-"), (40, 40 + PITCH, "10表演机在停机坪分2组依次起飞。")]),
                     "hyphen.pdf")[0].lines
    assert [line.text for line in lines] == ["当天11时许，6架歼-", "10表演机在停机坪分2组依次起飞。"]


def test_a_headline_with_a_kicker_over_some_of_its_columns_heads_them_all_not_the_story_beside():
    from banmian.read.pdf import page_lines

    # Story A: a kicker in smaller type over its main line, both over the first of its two columns;
    # story B beside it, its headline over its own column on the same rows.
    chars = _chars(30, 20, "专题深思", size=14) + _chars(30, 38, "更好促进发展", size=20)
    chars += _chars(290, 20, "右侧报道标题", size=20)
    for column, x in enumerate((30, 160, 290)):
        for k in range(6):
            chars += _chars(x, 66 + PITCH * k, f"第{column}栏第{k}行正文")
    texts = [line.text for line in page_lines(chars)]
    assert texts.index("第0栏第5行正文") < texts.index("第1栏第0行正文") < texts.index("右侧报道标题")


def test_a_byline_on_the_row_where_the_next_column_starts_is_not_glued_to_that_column():
    from banmian.read.pdf import page_lines

    # The byline takes the first row of the first column; the second column starts on that row;
    # a paragraph space then follows in both columns, so the row stands apart from the rest.
    chars = _chars(30, 20, "本报记者 王 正") + _chars(160, 20, "上一段的最后一行。")
    for column, x in enumerate((30, 160)):
        for k in range(4):
            chars += _chars(x, 20 + PITCH + 8 + PITCH * k, f"第{column}栏第{k}行正文")
    texts = [line.text for line in page_lines(chars)]
    assert texts == ["本报记者 王 正"] + [f"第0栏第{k}行正文" for k in range(4)] + ["上一段的最后一行。"] + [
        f"第1栏第{k}行正文" for k in range(4)]


def test_the_last_row_of_columns_below_a_paragraph_space_ends_each_column():
    from banmian.read.pdf import page_lines

    # The third column has ended; the first two each hold one more line, set off by a paragraph space.
    chars = []
    for column, x in enumerate((30, 160, 290)):
        for k in range(4):
            chars += _chars(x, 20 + PITCH * k, f"第{column}栏第{k}行正文")
    chars += _chars(30, 20 + PITCH * 4 + 8, "左栏末行。") + _chars(160, 20 + PITCH * 4 + 8, "中栏末行。")
    texts = [line.text for line in page_lines(chars)]
    assert texts == ([f"第0栏第{k}行正文" for k in range(4)] + ["左栏末行。"] + [f"第1栏第{k}行正文" for k in range(4)]
                     + ["中栏末行。"] + [f"第2栏第{k}行正文" for k in range(4)])


def test_a_headline_with_a_space_in_it_is_one_headline_over_its_columns_not_two_side_by_side():
    from banmian.read.pdf import page_lines

    # Centred over the middle one of its story's three columns; the space between its parts
    # stands over that column, not over a gutter.
    chars = _chars(150, 20, "逛大集", size=20) + _chars(220, 20, "迎新春", size=20)
    for column, x in enumerate((30, 160, 290)):
        for k in range(3):
            chars += _chars(x, 56 + PITCH * k, f"第{column}栏第{k}行文")
    texts = [line.text for line in page_lines(chars)]
    assert texts == ["逛大集 迎新春"] + [f"第{column}栏第{k}行文" for column in range(3) for k in range(3)]


def test_a_headline_whose_space_straddles_a_gutter_is_still_one_headline_over_both_columns():
    from banmian.read.pdf import page_lines

    # Centred over a two-column story, its two parts land either side of the gutter; headlines
    # of stories side by side would each start at or after the start of a column of their own.
    chars = _chars(35, 20, "扎根讲台", size=20) + _chars(125, 20, "坚守初心", size=20)
    for column, x in enumerate((30, 130)):
        for k in range(3):
            chars += _chars(x, 56 + PITCH * k, f"第{column}栏第{k}行")
    texts = [line.text for line in page_lines(chars)]
    assert texts == ["扎根讲台 坚守初心"] + [f"第{column}栏第{k}行" for column in range(2) for k in range(3)]


def test_a_column_between_two_headlines_goes_with_the_one_centred_over_it_and_its_mirror():
    from banmian.read.pdf import page_lines

    chars = _chars(30, 20, "左报标题", size=20)  # a one-column story on the left
    chars += _chars(220, 20, "新体验眼镜", size=20)  # centred over the three columns of the next story
    for column, x in enumerate((30, 130, 230, 330)):
        for k in range(3):
            chars += _chars(x, 56 + PITCH * k, f"第{column}栏第{k}行正文")
    texts = [line.text for line in page_lines(chars)]
    assert texts == (["左报标题"] + [f"第0栏第{k}行正文" for k in range(3)] + ["新体验眼镜"]
                     + [f"第{column}栏第{k}行正文" for column in (1, 2, 3) for k in range(3)])


def test_a_headline_crossing_a_gutter_beside_a_story_that_leaves_no_white_row_heads_both_columns():
    from banmian.read.pdf import page_lines

    # Its second part starts left of the second column, as no story's own headline does; the
    # story on the right runs from above the headline down, so no white space cuts the row off.
    chars = _chars(40, 20, "职业教育", size=20) + _chars(135, 20, "向新而变", size=20)
    for column, x in enumerate((30, 150)):
        for k in range(3):
            chars += _chars(x, 50 + PITCH * k, f"第{column}栏第{k}行正文甲乙")
    for k in range(10):
        chars += _chars(300, 10 + PITCH * k, f"旁栏第{k}行文字")
    texts = [line.text for line in page_lines(chars)]
    assert texts[:7] == ["职业教育 向新而变"] + [f"第{column}栏第{k}行正文甲乙" for column in range(2) for k in range(3)]


def test_rows_of_short_paragraphs_spaced_apart_in_every_column_are_read_column_by_column():
    from banmian.read.pdf import page_lines

    # A rule text in three columns whose paragraphs happen to end on the same rows: each row
    # stands apart, a line in each column, and the next row's lines are shorter.
    chars = []
    for column, x in enumerate((30, 160, 290)):
        chars += _chars(x, 20, f"第{column}栏首段末行文字")
        chars += _chars(x, 20 + PITCH + 8, f"第{column}栏次段")
        for k in range(3):
            chars += _chars(x, 20 + 2 * PITCH + 16 + PITCH * k, f"第{column}栏第{k}行正文")
    texts = [line.text for line in page_lines(chars)]
    assert texts == [text for column in range(3) for text in
                     [f"第{column}栏首段末行文字", f"第{column}栏次段"] + [f"第{column}栏第{k}行正文" for k in range(3)]]


def test_a_headline_set_flush_left_does_not_take_the_column_before_it_that_its_centre_mirrors():
    from banmian.read.pdf import page_lines

    # The story on the right has a two-line headline set flush left over its first two columns;
    # by chance its centre mirrors the left story's second column onto its own third column.
    chars = _chars(30, 20, "左报", size=20)
    chars += _chars(230, 20, "安徽开展扬子", size=20) + _chars(230, 44, "鳄野外种群资源调查", size=20)
    for column, x in enumerate((30, 130, 230, 330, 430)):
        for k in range(3):
            chars += _chars(x, 76 + PITCH * k, f"第{column}栏第{k}行正文")
    texts = [line.text for line in page_lines(chars)]
    assert texts == (["左报"] + [f"第{column}栏第{k}行正文" for column in (0, 1) for k in range(3)]
                     + ["安徽开展扬子", "鳄野外种群资源调查"]
                     + [f"第{column}栏第{k}行正文" for column in (2, 3, 4) for k in range(3)])


def test_headlines_side_by_side_an_em_and_more_apart_stay_apart_over_indented_text():
    from banmian.read.pdf import page_lines

    # The right-hand story's lines are all indented (a list), so its headline starts left of
    # them; it is still a headline of its own, further from the one beside it than a space.
    chars = _chars(30, 20, "善做加减乘", size=20) + _chars(160, 20, "任免名单", size=20)
    for k in range(3):
        chars += _chars(30, 50 + PITCH * k, f"左栏第{k}行正文甲乙")
        chars += _chars(170, 50 + PITCH * k, f"任命第{k}人")
    for k in range(10):
        chars += _chars(300, 10 + PITCH * k, f"旁栏第{k}行文字")
    texts = [line.text for line in page_lines(chars)]
    assert texts[:4] == ["善做加减乘"] + [f"左栏第{k}行正文甲乙" for k in range(3)]


def test_kickers_of_stories_side_by_side_on_one_row_go_each_with_its_own_story():
    from banmian.read.pdf import page_lines

    # Story A over the first two columns, story B over the third; each opens with a kicker in
    # smaller type over its main line, the two kickers on one row, the main lines on the next.
    chars = _chars(30, 20, "伟大征程", size=13) + _chars(290, 20, "牢记初心使命", size=13)
    chars += _chars(30, 37, "战略决战记", size=22) + _chars(290, 37, "乡村绘新景", size=22)
    texts = [line.text for line in page_lines(chars + _body_columns((30, 160, 290), 72, 6))]
    assert texts[:2] == ["伟大征程", "战略决战记"]
    assert texts.index("第1栏第5行正文") < texts.index("牢记初心使命") < texts.index("乡村绘新景") < texts.index("第2栏第0行正文")


def test_a_headline_whose_word_space_lands_on_a_column_start_stays_one_line_over_its_story():
    from banmian.read.pdf import page_lines

    # 精研技艺 ends 10 points (under half an em) before 千年简牍焕生机, which starts where the
    # story's second column does; one size, one headline.  Beside it in another size, a second
    # story's headline as far away is a headline of its own.
    chars = _chars(30, 20, "精研技艺", size=36) + _chars(184, 20, "千年简牍焕生机", size=36)
    texts = [line.text for line in page_lines(chars + _body_columns((30, 184), 70, 5))]
    assert texts[0] == "精研技艺 千年简牍焕生机"
    assert texts[1:] == [f"第{column}栏第{k}行正文" for column in range(2) for k in range(5)]
    chars = _chars(30, 20, "精研技艺", size=36) + _chars(184, 20, "千年简牍焕", size=34)
    texts = [line.text for line in page_lines(chars + _body_columns((30, 184), 70, 5))]
    assert texts.index("第0栏第4行正文") < texts.index("千年简牍焕")


def test_the_short_end_of_a_line_wrapped_at_the_edge_under_indented_lines_stays_in_their_column():
    from banmian.read.pdf import page_lines

    # Every other line of the column is a paragraph's indented first line; 跌。 and 上 end lines
    # at the column's left edge, in a strip narrower than any column: they are read in place.
    chars = (_chars(50, 40, "新华社纽约电国际油价下") + _chars(30, 54, "跌。") + _chars(50, 68, "二坚定信心迎难而")
             + _chars(30, 82, "上") + _chars(50, 96, "三截至当天收盘纽约"))
    for k in range(5):
        chars += _chars(180, 40 + PITCH * k, f"第二栏第{k}行正文")
    texts = [line.text for line in page_lines(chars)]
    assert texts[:5] == ["新华社纽约电国际油价下", "跌。", "二坚定信心迎难而", "上", "三截至当天收盘纽约"]


def test_a_column_of_body_type_beside_a_headline_is_a_column_however_large_the_headline():
    from banmian.read.pdf import page_lines

    # A caption column ten ems wide stands a gutter left of a two-line headline in 40-point type,
    # the headline's story in two columns under it: the narrow column is no strip of wrapped line
    # ends (it is three ems of the headline wide, but ten of its own type), and no line of it is
    # read together with the story's lines beside it.
    left = [char for k in range(10) for char in _chars(30, 40 + PITCH * k, f"左栏第{k}行说明文字")]
    headline = _chars(145, 20, "公安机关立案", size=40) + _chars(145, 64, "侦办案件三万", size=40)
    texts = [line.text for line in page_lines(left + headline + _body_columns((145, 265), 112, 6))]
    assert texts[:10] == [f"左栏第{k}行说明文字" for k in range(10)]
    assert texts[10:] == ["公安机关立案", "侦办案件三万"] + [f"第{c}栏第{k}行正文" for c in range(2) for k in range(6)]


def test_a_headline_line_in_two_parts_under_another_headline_line_stays_one_line_under_it():
    from banmian.read.pdf import page_lines

    # The second line of a two-line headline, 四川资阳 then a word space (under half an em) then
    # the rest, starts left of the line over it: no cut at its word space, which would read
    # 四川资阳 first, before the line over it.
    chars = _chars(150, 20, "向新处落子向高处成势", size=30)
    chars += _chars(30, 56, "四川资阳", size=25) + _chars(137, 56, "产业项目环境多维发力", size=25)
    texts = [line.text for line in page_lines(chars + _body_columns((30, 200), 100, 5))]
    assert texts[:2] == ["向新处落子向高处成势", "四川资阳 产业项目环境多维发力"]
    assert texts[2:] == [f"第{c}栏第{k}行正文" for c in range(2) for k in range(5)]


def test_lines_all_indented_in_a_block_of_their_own_are_indented_from_their_column_edge():
    from banmian.read.pdf import page_lines

    # A story's text flush at x 30, then, a paragraph space below, a poem whose every line opens
    # a paragraph two ems in: no line of its block is flush, the column's edge is the story's.
    prose = [char for k in range(4) for char in _chars(30, 40 + PITCH * k, f"正文第{k}行甲乙丙丁戊己庚")]
    verse = [char for k, text in enumerate(["东园三日雨兼风，", "桃李飘零扫地空。", "惟有山茶偏耐久，"])
             for char in _chars(50, 110 + PITCH * k, text)]
    lines = page_lines(prose + verse)
    assert [line.indent for line in lines if line.text.endswith(("，", "。"))] == [True, True, True]
    assert not any(line.indent for line in lines if line.text.startswith("正文"))


def test_a_headline_centred_over_its_one_column_is_read_with_the_column_under_it():
    from banmian.read.pdf import page_lines

    # A one-column story whose headline, in four short lines, is narrower than its column by
    # more than an em on either side; beside it a story of one wide headline and two-line
    # columns, which ends before the first headline does: the white row under it cuts the
    # headline off from its own column, which must still come right after it.
    chars = []
    for k, part in enumerate(("左栏标题", "第二行", "第三行字", "第四行")):
        chars += _chars(45, 20 + 24 * k, part, size=20)
    left = [f"左栏第{k}行正文甲乙丙" for k in range(6)]
    for k, text in enumerate(left):
        chars += _chars(30, 120 + PITCH * k, text)
    chars += _chars(150, 20, "右报标题很长很长", size=20)
    right = [(x, f"第{column}栏第{k}行") for column, x in enumerate((150, 240, 330)) for k in range(2)]
    for k, (x, text) in enumerate(right):
        chars += _chars(x, 50 + PITCH * (k % 2), text)
    texts = [line.text for line in page_lines(chars)]
    assert texts == ["左栏标题", "第二行", "第三行字", "第四行"] + left + ["右报标题很长很长"] + [t for _, t in right]


def test_a_line_in_smaller_type_under_the_first_column_is_read_after_all_the_columns():
    from banmian.read.pdf import page_lines

    # The editors' line at the page's foot stands under the first column, more than a line below
    # it: it is the page's foot, not that column's text going on after a paragraph space.
    chars = []
    for column, x in enumerate((30, 160)):
        for k in range(6):
            chars += _chars(x, 20 + PITCH * k, f"第{column}栏第{k}行正文")
    chars += _chars(30, 20 + PITCH * 6 + 13, "本版责编：李明", size=9)
    texts = [line.text for line in page_lines(chars)]
    assert texts == [f"第{column}栏第{k}行正文" for column in range(2) for k in range(6)] + ["本版责编：李明"]


def test_a_page_header_with_its_section_name_in_large_type_is_one_line_not_headlines_over_the_columns():
    from banmian.read.pdf import page_lines

    # 要闻 in 14-point type at the left, the date in 9-point type at the right, a little above the
    # headlines of two stories side by side: the header is not two headlines heading them.
    chars = _chars(30, 10, "要闻", size=14) + _chars(300, 14, "五月十二日", size=9)
    chars += _chars(30, 40, "左边报道标题", size=20) + _chars(290, 40, "右边标题", size=20)
    for column, x in enumerate((30, 160, 290)):
        for k in range(4):
            chars += _chars(x, 70 + PITCH * k, f"第{column}栏第{k}行正文")
    texts = [line.text for line in page_lines(chars)]
    assert texts[0] == "要闻 五月十二日"
    assert texts[1] == "左边报道标题" and texts.index("右边标题") == 1 + 1 + 8


def _named(name: str, k: int, length: int) -> str:
    return (f"{name}{k:02d}" + "正文内容甲乙丙丁戊己庚辛")[:length]


def test_a_column_wrapped_round_a_photo_is_read_to_its_foot_and_the_caption_after_the_story():
    from banmian.model import BBox
    from banmian.read.pdf import page_lines

    # The photo stands in the right of the first column and across the second; the first column's
    # lines beside it are short, the second column's text goes on under the caption.
    photo = BBox(90, 60, 282, 136)
    left = [(20 + PITCH * k, 12) for k in range(3)] + [(62 + PITCH * k, 5) for k in range(8)]
    left += [(174 + PITCH * k, 12) for k in range(3)]
    right = [(20 + PITCH * k, 12) for k in range(3)] + [(174 + PITCH * k, 12) for k in range(3)]
    chars = [char for k, (y, n) in enumerate(left) for char in _chars(30, y, _named("左", k, n))]
    chars += [char for k, (y, n) in enumerate(right) for char in _chars(162, y, _named("右", k, n))]
    chars += _chars(90, 140, "图为说明文字") + _chars(232, 152, "本报记者摄")
    texts = [line.text for line in page_lines(chars, [photo])]
    assert texts == ([_named("左", k, n) for k, (_, n) in enumerate(left)]
                     + [_named("右", k, n) for k, (_, n) in enumerate(right)] + ["图为说明文字", "本报记者摄"])


def test_a_headline_in_two_lines_beside_a_larger_one_stays_whole_over_its_own_column():
    from banmian.read.pdf import page_lines

    # A story over the first two columns under a 20-point headline; beside it a one-column story
    # whose 16-point headline takes two lines, its second below the foot of the larger one.
    chars = _chars(40, 40, "左边报道的大标题", size=20) + _chars(290, 43, "右边标题", size=16)
    chars += _chars(290, 65, "第二行字", size=16)
    left = [(x, 86 + PITCH * k, f"左栏{column}第{k}行正文") for column, x in enumerate((30, 160)) for k in range(8)]
    right = [(290, 100 + PITCH * k, f"右栏第{k}行正文字") for k in range(7)]
    for x, y, text in left + right:
        chars += _chars(x, y, text)
    texts = [line.text for line in page_lines(chars)]
    assert texts == ["左边报道的大标题"] + [text for *_, text in left] + ["右边标题", "第二行字"] + [
        text for *_, text in right]


def test_a_table_under_a_story_is_read_row_by_row():
    # A table set across a story's two columns (a head row, then a row a city): its cells stand
    # apart by more than a gutter, so the cut took each column of cells for a column of text and
    # read 城市 北京 上海 … and then 环比 0.3 0.5 …: no row kept its figures.
    story = [(30, 40 + PITCH * k, f"左栏第{k}行甲乙丙丁戊己庚") for k in range(3)]
    story += [(220, 40 + PITCH * k, f"右栏第{k}行甲乙丙丁戊己庚") for k in range(3)]
    table = [["城市", "环比（%）", "同比（%）", "成交面积（万平方米）"], ["北京", "0.3", "-1.2", "85.6"],
             ["上海", "0.5", "2.1", "102.3"], ["广州", "-0.2", "-3.4", "76.8"], ["成都", "0.4", "1.5", "120.9"]]
    cells = [(x, 110 + 16 * k, cell) for k, row in enumerate(table) for x, cell in zip((30, 110, 190, 270), row)]
    lines = read_pdf(_pdf(story + cells), "table.pdf")[0].lines
    assert [line.text for line in lines] == [text for _, _, text in story] + [" ".join(row) for row in table]
