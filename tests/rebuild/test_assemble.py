import pytest

import banmian
from banmian.errors import InputError
from banmian.model import Placement
from banmian.read.text import split_lines
from banmian.rebuild.assemble import assemble

TEXT = """\
温岭日报 2024年1月23日 星期二 第1版
春耕时节访农家
本报讯（记者张三 通讯员李四）连日来，田间地头
一派繁忙景象。
新年第一场雪
受强冷空气影响，温岭迎来第一场雪。（下转第二版）
记者 周学军 摄
"""

PLACEMENTS = [
    Placement(0, None, "furniture", 0),
    Placement(1, 0, "headline", 1),
    Placement(2, 0, "paragraph", 2),
    Placement(3, 0, "paragraph", 2),
    Placement(4, 1, "headline", 3),
    Placement(5, 1, "caption", 4),
    Placement(6, 1, "credit", 5),
]


def page():
    return assemble(split_lines(TEXT), PLACEMENTS)


def test_lines_of_a_block_are_joined_into_one_paragraph():
    assert page().articles[0].paragraphs == ["本报讯（记者张三 通讯员李四）连日来，田间地头一派繁忙景象。"]


def test_dateline_and_its_credit_are_read():
    article = page().articles[0]
    assert article.dateline == "本报讯"
    assert (article.byline.reporters, article.byline.correspondents) == (["张三"], ["李四"])


def test_caption_makes_a_photo_and_the_credit_names_the_photographer():
    photo = page().articles[1]
    assert photo.kind == "photo"
    assert photo.byline.photographers == ["周学军"]
    assert photo.byline.text == ["记者 周学军 摄"]


def test_a_jump_at_the_end_of_a_paragraph_moves_to_the_jump_fields():
    photo = page().articles[1]
    assert photo.paragraphs == ["受强冷空气影响，温岭迎来第一场雪。"]
    assert photo.jump_lines == ["（下转第二版）"]
    assert photo.continued_on == 2


def test_page_header_fills_paper_date_and_page():
    result = page()
    assert (result.paper, result.date, result.page) == ("温岭日报", "2024-01-23", 1)
    assert result.furniture == ["温岭日报 2024年1月23日 星期二 第1版"]


@pytest.mark.parametrize("head", [
    "温岭日报\n2024年1月23日 星期二 第2版",                    # the masthead over its date line
    "温岭日报\n2024年1月23日\n本版责编：李 华\n星期二 第2版",  # a flag's two ends, read apart
    "温岭日报\n\nA2\n\n2024年1月23日\n\n星期二",                 # the section's page code alone (扬子晚报 A5)
    "温岭日报\n\nGA02\n\n广州·民生\n\n2024年1月23日 星期二",   # a two-letter code and a section over the date (南方都市报)
    "温岭日报　2024年1月23日　星期二\n\n第2版　政务·解读",        # the page with its section and the section's part
])
def test_a_header_in_pieces_gives_paper_date_and_page(head):
    text = head + "\n\n市区新增公共停车位800个\n\n本报讯（记者王小明）1月22日，记者从市住建局获悉，我市新增公共停车位800个。\n"
    result = banmian.rebuild(text)
    assert (result.paper, result.date, result.page) == ("温岭日报", "2024-01-23", 2)
    assert result.articles[0].headline == ["市区新增公共停车位800个"]


def test_a_header_line_wins_over_the_pieces_around_it():
    text = ("温岭日报 2024年1月23日 星期二 第1版\n2024年1月22日\n\n市区新增公共停车位800个\n\n"
            "本报讯（记者王小明）1月22日，记者从市住建局获悉，我市新增公共停车位800个。\n")
    result = banmian.rebuild(text)
    assert (result.paper, result.date, result.page) == ("温岭日报", "2024-01-23", 1)


def test_source_lines_trace_each_article():
    assert page().articles[0].source_lines == [1, 2, 3]


def test_regions_box_the_headline_and_each_column_block_of_the_body():
    from banmian.model import BBox, Line, Region

    boxes = [BBox(50, 40, 550, 70), BBox(50, 90, 290, 102), BBox(50, 104, 290, 116), BBox(310, 90, 550, 102)]
    lines = [Line(number=k, text=t, bbox=b) for k, (t, b) in enumerate(zip(["标题", "正文一", "正文二", "正文三"], boxes))]
    placements = [Placement(0, 0, "headline", 0)] + [Placement(k, 0, "paragraph", 1) for k in (1, 2, 3)]
    (article,) = assemble(lines, placements).articles
    assert article.regions == [
        Region("headline", BBox(50, 40, 550, 70)),
        Region("body", BBox(50, 90, 290, 116)),
        Region("body", BBox(310, 90, 550, 102)),
    ]


def test_text_pages_have_no_regions():
    assert all(article.regions == [] for article in page().articles)


@pytest.mark.parametrize("date", ["garbage", "2024-02-30", "20240105", "2024-1-5"])
def test_a_date_given_that_is_no_iso_calendar_date_is_refused_before_reading(date):
    with pytest.raises(InputError, match="is not a YYYY-MM-DD date"):
        banmian.rebuild("标题\n\n本报讯 正文。", date=date)


@pytest.mark.parametrize("page", [0, -5, 2 ** 31])
def test_a_page_number_below_one_or_past_any_paper_is_refused(page):
    with pytest.raises(InputError, match="is not a page number"):
        banmian.rebuild("标题\n\n本报讯 正文。", page=page)


def test_a_page_given_as_the_cli_takes_it_names_its_section():
    # page="B2" was a TypeError traceback, and section="b" refused though --page b3 is taken.
    for given in ({"page": "B2"}, {"page": "b02"}, {"page": 2, "section": "b"}):
        page = banmian.rebuild("标题\n\n本报讯 正文。", **given)
        assert (page.page, page.section) == (2, "B")
    for wrong in ({"page": "二"}, {"page": "B2", "section": "A"}, {"page": 2.5}):
        with pytest.raises(InputError, match="^page"):
            banmian.rebuild("标题\n\n本报讯 正文。", **wrong)


def test_a_real_date_and_page_given_are_the_pages():
    page = banmian.rebuild("标题\n\n本报讯 正文。", date="2024-02-29", page=3)
    assert (page.date, page.page) == ("2024-02-29", 3)


@pytest.mark.parametrize("lines, reporters, correspondents", [
    # The line end met between two names: 孙清清 is whole, 韩 a name of its own.
    (["本报记者 孙清清", "韩 洁"], ["孙清清", "韩洁"], []),
    # It cut a name, or a role: the pieces read on.
    (["本报记者 孙清", "清 韩洁"], ["孙清清", "韩洁"], []),
    (["本报记者 曲哲涵 本报通讯", "员 王 正"], ["曲哲涵"], ["王正"]),
    # A second line of whole names after a two-character one (韩 洁 / 罗 茜 gave 韩, 洁罗, 茜).
    (["本报记者 韩 洁", "罗 茜"], ["韩洁", "罗茜"], []),
    (["本报记者 李强", "王小明"], ["李强", "王小明"], []),
    # A lone surname at the line end is a name cut, though its rest reads as a name (陈 / 席元).
    (["本报记者 邹多为 本报通讯员 陈", "席元"], ["邹多为"], ["陈席元"]),
])
def test_a_byline_over_two_lines_keeps_its_names(lines, reporters, correspondents):
    text = "湿地公园迎来候鸟\n" + "\n".join(lines) + "\n清晨的东湖湿地，一群白鹭掠过水面。\n"
    placements = [Placement(0, 0, "headline", 0), Placement(1, 0, "byline", 1), Placement(2, 0, "byline", 1),
                  Placement(3, 0, "paragraph", 2)]
    byline = assemble(split_lines(text), placements).articles[0].byline
    assert (byline.reporters, byline.correspondents) == (reporters, correspondents)


@pytest.mark.parametrize("lines, text", [
    # Two bylines stacked, each whole: the raw text keeps them apart.
    (["本报记者 张三", "本报通讯员 李四"], "本报记者 张三 本报通讯员 李四"),
    (["本报记者 韩 洁", "通讯员 罗 茜"], "本报记者 韩 洁 通讯员 罗 茜"),
    # A name cut at the line end still reads on.
    (["本报记者 孙清", "清 韩洁"], "本报记者 孙清清 韩洁"),
])
def test_stacked_byline_lines_stay_apart_in_the_raw_text(lines, text):
    page_text = "湿地公园迎来候鸟\n" + "\n".join(lines) + "\n清晨的东湖湿地，一群白鹭掠过水面。\n"
    placements = [Placement(0, 0, "headline", 0), Placement(1, 0, "byline", 1), Placement(2, 0, "byline", 1),
                  Placement(3, 0, "paragraph", 2)]
    assert assemble(split_lines(page_text), placements).articles[0].byline.text == [text]


def test_giving_what_the_header_says_changes_no_article_id():
    # Re-ingesting a page with --paper/--date/--page that its header already printed gave every
    # article a new id: links and exported ids broke.
    text = "温岭日报 2024年1月23日 星期二 第B01版\n\n城南镇新建污水管网\n\n本报讯（记者王敏）城南镇今年新建污水管网12公里。\n"
    from_header = [article.id for article in banmian.rebuild(text).articles]
    given = banmian.rebuild(text, paper="温岭日报", date="2024-01-23", page=1, section="B")
    assert [article.id for article in given.articles] == from_header
    assert [article.id for article in banmian.rebuild(text, page=2).articles] != from_header


@pytest.mark.parametrize("byline, reporters", [
    ("本报记者 韩 洁\n孙清清", ["韩洁", "孙清清"]),
    ("本报记者 李强\n王小明", ["李强", "王小明"]),
    ("记者 欧阳晓明\n李强", ["欧阳晓明", "李强"]),
    ("本报记者 韩 洁\n罗 茜", ["韩洁", "罗茜"]),
])
def test_a_line_of_names_under_a_byline_is_the_byline_not_the_first_paragraph(byline, reporters):
    # The second reporter was glued into the story's first paragraph (王小明清晨的东湖湿地…).
    text = f"湿地公园迎来候鸟\n\n{byline}\n\n　　清晨的东湖湿地，一群白鹭掠过水面。今年冬天，候鸟多了三成。\n"
    (article,) = banmian.rebuild(text).articles
    assert article.byline.reporters == reporters
    assert article.paragraphs == ["清晨的东湖湿地，一群白鹭掠过水面。今年冬天，候鸟多了三成。"]


def test_a_jump_to_the_next_page_or_from_the_one_before_is_read_against_the_pages_own_number():
    page = banmian.rebuild("温岭日报 2024年1月23日 星期二 第5版 副刊\n\n故乡的年味\n\n作者 李 华\n\n小时候，过年是一件大事。\n\n（转下版）\n\n"
                           "（接上版）\n\n母亲包的饺子最香。\n")
    assert [(a.continued_on, a.continued_from) for a in page.articles] == [(6, None), (None, 4)]
    assert page.articles[0].byline.reporters == ["李华"] and page.articles[0].headline == ["故乡的年味"]


@pytest.mark.parametrize("head, paper, date, page", [
    ("中国电力报\nCHINA ELECTRIC POWER NEWS\n2026年6月5日 星期五\n第3版\n电网", "中国电力报", "2026-06-05", 3),
    ("CHINA SECURITIES JOURNAL\n中国证券报\n2026年6月5日 星期五\nA3 公司·市场", "中国证券报", "2026-06-05", 3),
    ("上海证券报\n2026年6月5日 星期五\nDISCLOSURE\n信息披露 B8", "上海证券报", "2026-06-05", 8),
    ("参考消息\n2026年6月5日 星期五\n国际新闻 3", "参考消息", "2026-06-05", 3),
    ("报刊文摘\n光明日报社主办\n2026年6月5日\n4 综合新闻", "报刊文摘", "2026-06-05", 4),
    ("人民日报\n一九五六年十月十九日\n星期五\n第3035号\n今日八版\n第一版", "人民日报", "1956-10-19", 1),
    ("人民日报\n一九八五年五月四日 星期六\n第一二七九八号\n北京市报刊发行局发行\n第二版", "人民日报", "1985-05-04", 2),
    ("云岭日报\n中共云岭省委员会机关报\n一九五九年十月二日　星期五\n第３６５２号　今日四版", "云岭日报", "1959-10-02", None),
    ("赣江日报\n中国共产党江西省委员会机关报\n一九七八年四月十二日　星期三\n第9463号　今日四版", "赣江日报", "1978-04-12", None),
    ("东 风 机 床\n（厂　报）\n中共东风机床厂委员会主办\n内部发行\n第１２７期\n一九八四年六月二十日", None, "1984-06-20", None),
    ("石夫人\n温岭日报副刊\n2024年3月16日　星期六　第4版", None, "2024-03-16", 4),
    ("南方周末\n2026年5月28日\nA1", "南方周末", "2026-05-28", 1),
    ("新民周刊\n2026.06.16\n封面故事\n34", "新民周刊", "2026-06-16", 34),
    ("21世纪经济报道\n2026年6月29日 星期一\n1\n责编 李 江", "21世纪经济报道", "2026-06-29", 1),
    # the name and its Latin name, or the name and the page's section, on one line
    ("世界日報 WORLD JOURNAL\n2024年9月20日 星期五 A3 紐約", "世界日報", "2024-09-20", 3),
    ("2024年2月18日 星期日 第2版\n青溪日报 要闻", "青溪日报", "2024-02-18", 2),
    ("第2版　空港\n2025年7月29日　星期二\n云梦空港报\n云梦机场集团有限公司主办\n内部资料　免费交流", "云梦空港报", "2025-07-29", 2),
])
def test_mastheads_of_trade_digest_and_back_issue_papers_are_furniture(head, paper, date, page):
    text = "\n\n".join(head.split("\n")) + "\n\n市区新增公共停车位800个\n\n本报讯（记者王小明）1月22日，记者从市住建局获悉，我市新增公共停车位800个。\n"
    result = banmian.rebuild(text)
    assert (result.paper, result.date, result.page, [a.headline for a in result.articles]) == (
        paper, date, page, [["市区新增公共停车位800个"]])


@pytest.mark.parametrize("name", ["长兴新闻", "缙云新闻", "今日临安", "今日 永嘉"])
def test_a_county_media_centres_paper_named_news_or_today_heads_its_masthead(name):
    text = (f"{name}\n2024年6月5日 星期三\n第3125期\n今日4版\n\n我县42种图书入选“好书榜”\n\n"
            "本报讯（记者 周晓峰）日前，我县42种图书入选“好书榜”。\n")
    result = banmian.rebuild(text)
    assert (result.paper, result.date, result.page, [a.headline for a in result.articles]) == (
        name.replace(" ", ""), "2024-06-05", 1, [["我县42种图书入选“好书榜”"]])


def test_a_kicker_named_today_under_an_inside_pages_header_names_no_paper():
    text = ("2024年6月5日 星期三 第3版\n\n今日关注\n我县42种图书入选“好书榜”\n\n"
            "本报讯（记者 周晓峰）日前，我县42种图书入选“好书榜”。\n")
    result = banmian.rebuild(text)
    assert result.paper is None and result.articles[0].headline == ["今日关注", "我县42种图书入选“好书榜”"]


def test_an_orders_number_in_a_story_is_no_flag_line():
    # 第3035号 heads a back issue's flag; under 国务院令 in a story it is the order's number
    text = ("国务院公布对外投资规定\n\n本报记者 杨舒怡\n\n　　中华人民共和国国务院令\n\n　　第837号\n\n"
            "　　《国务院关于对外投资的规定》已经国务院常务会议通过，现予公布，自2026年7月1日起施行。\n")
    result = banmian.rebuild(text)
    assert not result.furniture and "第837号" in result.articles[0].paragraphs


@pytest.mark.parametrize("latin", ["The China Press", "Sing Tao Daily", "World Journal"])
def test_an_overseas_papers_latin_name_in_title_case_is_part_of_its_masthead(latin):
    text = (f"侨报\n\n{latin}\n\n2026年5月20日 星期三\n\nA4 纽约新闻\n\n市区新增公共停车位800个\n\n"
            "本报讯（记者王小明）5月19日，记者从市交通局获悉，市区新增公共停车位800个。\n")
    result = banmian.rebuild(text)
    assert (result.paper, result.date, result.page, [a.headline for a in result.articles]) == (
        "侨报", "2026-05-20", 4, [["市区新增公共停车位800个"]])


def test_a_reprints_source_note_names_its_writer():
    page = banmian.rebuild("县城咖啡馆\n\n为什么越开越多\n\n近两年，不少县城的街头出现了独立咖啡馆。\n\n"
                           "（摘自《江南商报》5月6日　作者：林 舟）\n\n为什么雨后\n\n空气格外清新\n\n雨水能洗去空气中的颗粒物。\n\n"
                           "（摘自《科普生活》2024年第9期）\n")
    assert [article.byline.reporters for article in page.articles] == [["林舟"], []]


def test_a_lead_line_cut_inside_a_role_word_joins_without_a_space_and_names_the_correspondent():
    page = banmian.rebuild("平湖打造科创飞地\n本报嘉兴5月15日讯　记者　徐子涵　通\n讯员　顾佳琪　5月14日，平湖市在上\n"
                           "海闵行区设立的“科创飞地”正式启用，\n首批12个研发项目集中入驻，涵盖集成\n电路、生物医药等领域。\n")
    story = page.articles[0]
    assert story.paragraphs[0].startswith("本报嘉兴5月15日讯 记者 徐子涵 通讯员 顾佳琪 5月14日，")
    assert (story.byline.reporters, story.byline.correspondents) == (["徐子涵"], ["顾佳琪"])


def test_a_box_of_briefs_each_signed_by_where_its_contributor_works_names_them_correspondents():
    page = banmian.rebuild("校园动态\n\n■江苏省南通市城中小学开学首日举行授牌仪式，首批成立航模、机器人等6个社团。（城中小学　顾晓雯）\n\n"
                           "■四川省绵阳中学本学期开设“AI通识课”，覆盖高一年级全体学生。（绵阳中学　李俊峰）\n")
    assert page.articles[0].byline.correspondents == ["顾晓雯", "李俊峰"]
