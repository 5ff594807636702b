import functools
from pathlib import Path

import pytest

import banmian
from banmian.model import BBox, Line
from banmian.rebuild import patterns

PAGE = """\
温岭日报 2024年1月23日 星期二 第1版

我市召开全市经济工作会议

奋力开创高质量发展新局面

本报讯（记者苏嘉堉 通讯员陈丹琦）1月19日上午，全市经济工作会议召开。会议总结去年工作，部署今年任务。

会议指出，过去一年全市经济运行稳中有进，工业产值再创新高，

城乡居民收入稳步增长。

坚持创新驱动

会议强调，要坚持创新驱动，加快培育新质生产力，推动传统产业转型升级。

（下转第二版）

新年第一场雪

受强冷空气影响，1月22日，温岭市迎来2024年第一场雪。

记者 周学军 摄

在优化营商环境中 发挥 人大力量

2023年8月22日，城南镇政府与台州吉裕水产养殖有限公司成功签约。项目当天开工。

我市泵与电机等主导产业的产业链建设取得哪些成效？园区建设有无进展？

今年以来，我市推进十大重点产业链攻坚行动，成效明显。

本版责编：王五 版式设计：赵六
"""


def test_page_is_rebuilt_into_its_stories():
    page = banmian.rebuild(PAGE)
    assert [a.headline for a in page.articles] == [
        ["我市召开全市经济工作会议", "奋力开创高质量发展新局面"],
        ["新年第一场雪"],
        ["在优化营商环境中 发挥 人大力量"],
    ]


def test_subhead_stays_inside_its_story():
    first = banmian.rebuild(PAGE).articles[0]
    assert "坚持创新驱动" in first.paragraphs
    assert first.paragraphs[1] == "会议指出，过去一年全市经济运行稳中有进，工业产值再创新高，城乡居民收入稳步增长。"


def test_byline_dateline_and_jump():
    first = banmian.rebuild(PAGE).articles[0]
    assert first.dateline == "本报讯"
    assert first.byline.reporters == ["苏嘉堉"]
    assert first.byline.correspondents == ["陈丹琦"]
    assert first.continued_on == 2
    assert first.jump_lines == ["（下转第二版）"]
    assert first.paragraphs[0].startswith("本报讯（记者苏嘉堉 通讯员陈丹琦）")


def test_photo_with_title_caption_and_credit():
    photo = banmian.rebuild(PAGE).articles[1]
    assert photo.kind == "photo"
    assert photo.paragraphs == ["受强冷空气影响，1月22日，温岭市迎来2024年第一场雪。"]
    assert photo.byline.photographers == ["周学军"]
    assert photo.byline.text == ["记者 周学军 摄"]


def test_question_paragraph_is_body_text():
    third = banmian.rebuild(PAGE).articles[2]
    assert len(third.paragraphs) == 3
    assert third.paragraphs[1].endswith("有无进展？")


def test_furniture_and_page_header():
    page = banmian.rebuild(PAGE)
    assert page.furniture == ["温岭日报 2024年1月23日 星期二 第1版", "本版责编：王五 版式设计：赵六"]
    assert (page.paper, page.date, page.page) == ("温岭日报", "2024-01-23", 1)


def test_given_metadata_wins_over_the_header():
    page = banmian.rebuild(PAGE, paper="东湖日报", date="2024-01-24", page=3)
    assert (page.paper, page.date, page.page) == ("东湖日报", "2024-01-24", 3)


def test_continuation_page_starts_a_story_at_the_jump_line():
    page = banmian.rebuild(
        "（上接第一版）\n\n会后，各部门对询问内容逐项研究落实。\n\n另一条新闻标题\n\n本报讯（记者赵云）这是另一篇报道。"
    )
    assert page.articles[0].continued_from == 1
    assert page.articles[0].paragraphs == ["会后，各部门对询问内容逐项研究落实。"]
    assert page.articles[1].headline == ["另一条新闻标题"]


def test_standalone_byline_line():
    page = banmian.rebuild("春耕时节访农家\n\n本报记者 王 正 李 四\n\n连日来，田间地头一派繁忙景象。")
    article = page.articles[0]
    assert article.byline.reporters == ["王正", "李四"]
    assert article.byline.text == ["本报记者 王 正 李 四"]
    assert article.paragraphs == ["连日来，田间地头一派繁忙景象。"]


def test_same_input_same_ids():
    assert [a.id for a in banmian.rebuild(PAGE).articles] == [a.id for a in banmian.rebuild(PAGE).articles]


def test_a_closing_note_ends_the_story_and_the_next_short_line_heads_a_new_one():
    page = banmian.rebuild(
        "春耕时节访农家\n\n本报讯（记者张三）连日来，田间地头一派繁忙景象。\n\n"
        "（本报记者李四参与采写）\n\n乡村振兴有新招\n\n各地因地制宜，探索发展特色产业。"
    )
    assert [a.headline for a in page.articles] == [["春耕时节访农家"], ["乡村振兴有新招"]]
    assert page.articles[0].paragraphs[-1] == "（本报记者李四参与采写）"


def test_a_short_line_right_above_a_dateline_is_its_headline_even_with_commas():
    page = banmian.rebuild("上一篇正文结束了。\n\n张雪，是他，是他们\n\n本报讯（记者邹多为）5月5日，立夏了。")
    assert page.articles[-1].headline == ["张雪，是他，是他们"]


@pytest.mark.parametrize("date", ["3月11日", "三月十一日", "1月1日零时", "5月24日23时08分", "1月1日晚间"])
def test_an_untitled_photo_after_a_story_is_split_off_by_its_dated_caption(date):
    page = banmian.rebuild(
        "标题\n\n本报讯（记者甲）正文一段。\n\n正文二段。\n\n"
        f"{date}，市民在东湖湿地公园赏花拍照。\n\n孟 川摄"
    )
    story, photo = page.articles
    assert story.paragraphs == ["本报讯（记者甲）正文一段。", "正文二段。"]
    assert (photo.kind, photo.paragraphs, photo.byline.photographers) == (
        "photo", [f"{date}，市民在东湖湿地公园赏花拍照。"], ["孟川"])


def test_masthead_and_an_undated_header_are_furniture():
    page = banmian.rebuild("人民日报\n\nRENMIN RIBAO 第4版\n\n标题\n\n本报讯 正文。")
    assert page.furniture == ["人民日报", "RENMIN RIBAO 第4版"]
    assert (page.paper, page.page) == ("人民日报", 4)


def test_a_district_papers_name_over_its_pinyin_and_sponsor_is_its_masthead():
    page = banmian.rebuild("云溪报\n\nYUNXI BAO\n\n中共江州市云溪区委主办\n\n2024年11月15日　星期五\n\n"
                           "区委常委会召开会议\n\n本报讯（记者 沈嘉怡）11月13日下午，区委常委会召开会议。\n")
    assert page.furniture[:3] == ["云溪报", "YUNXI BAO", "中共江州市云溪区委主办"]
    assert (page.paper, page.articles[0].headline) == ("云溪报", ["区委常委会召开会议"])


def test_the_papers_name_last_of_the_headers_pieces_is_furniture():
    page = banmian.rebuild("2024年11月15日　星期五\n\n第7版\n\n云溪风·文化\n\n云溪报\n\n\n邻里同台唱新歌\n\n"
                           "本报讯（通讯员 钱晨）11月10日晚，云溪区第五届社区文艺汇演落幕。\n")
    assert page.furniture[-1] == "云溪报"
    assert (page.paper, page.articles[0].headline) == ("云溪报", ["邻里同台唱新歌"])


def test_a_line_in_display_type_heads_a_new_story_without_any_dateline():
    from banmian.model import Line

    texts = [("第一篇报道的标题", 22), ("会议指出，要深入学习贯彻重要讲话精神，推动工作落实。", 10),
             ("今年以来，各项工作取得明显成效。", 10), ("乡村振兴有新招", 18),
             ("各地因地制宜，探索发展特色产业。", 10), ("坚持创新驱动", 10),
             ("会议强调，要坚持创新驱动，加快培育新质生产力。", 10)]
    lines = [Line(number=2 * k, text=text, gap_before=1, font_size=size) for k, (text, size) in enumerate(texts)]
    page = banmian.rebuild_lines(lines)
    assert [a.headline for a in page.articles] == [["第一篇报道的标题"], ["乡村振兴有新招"]]
    assert "坚持创新驱动" in page.articles[1].paragraphs  # body size: a subhead


def _measured_line(k, text, x0, x1, y, gap=0, size=10.0):
    """A line as a layout reader gives it: its box (top at y) and font size."""
    return Line(number=k, text=text, gap_before=gap, font_size=size, bbox=BBox(x0, y, x1, y + size))


def test_a_measured_caption_block_under_a_photo_leaves_the_story_above_it():
    line = _measured_line
    lines = [
        line(0, "韩正会见俄罗斯总统普京", 45, 390, 40, size=30),
        line(2, "新华社圣彼得堡6月5日电（记者胡晓光）韩正当", 65, 300, 90, gap=1),
        line(3, "地时间5日在圣彼得堡会见普京。", 45, 200, 105),
        line(4, "韩正表示，中俄关系保持稳定坚韧。", 305, 470, 90, gap=1),
        line(6, "乌兰牧骑是全国文艺战线的一面旗帜，深受牧民喜爱。", 45, 541, 600, gap=1),
        line(7, "近日，四子王旗乌兰牧骑在江岸苏木演出。", 45, 400, 615),
        line(8, "王 正摄（影像中国）", 450, 541, 630),
    ]
    page = banmian.rebuild_lines(lines)
    story, photo = page.articles
    assert story.paragraphs[-1] == "韩正表示，中俄关系保持稳定坚韧。"
    assert photo.kind == "photo" and photo.paragraphs[0].startswith("乌兰牧骑")
    assert photo.byline.photographers == ["王正"]


def test_a_kicker_set_large_over_a_larger_headline_at_the_pages_top_is_no_section_name():
    line = _measured_line
    lines = [
        line(0, "东湖日报 2026年6月18日 星期四", 62, 300, 20, size=9.0),
        line(1, "第3版 要闻", 500, 587, 20, size=9.0),
        line(2, "见证·中国机遇", 368, 474, 64, gap=1, size=15.2),
        line(3, "“我们完全可以相互成就、", 255, 587, 83, size=27.6),
        line(4, "共同繁荣”", 383, 459, 115, size=15.2),
        line(6, "本报记者 王小明", 62, 180, 150, gap=1, size=10.5),
        line(7, "外资企业负责人表示，中国市场潜力巨大，合作前景广阔。", 62, 330, 170, gap=1, size=10.5),
        line(8, "多家企业宣布扩大在华投资，深化产业链合作。", 62, 300, 186, size=10.5),
    ]
    page = banmian.rebuild_lines(lines)
    assert page.furniture == ["东湖日报 2026年6月18日 星期四", "第3版 要闻"]
    assert page.articles[0].headline == ["见证·中国机遇", "“我们完全可以相互成就、", "共同繁荣”"]


def test_a_byline_under_a_body_type_subhead_stays_in_its_round_up():
    from banmian.model import BBox, Line

    texts = [("护眼手册", 24), ("本报记者 施 芳", 11), ("眼健康贯穿全生命周期，要科学用眼。", 11),
             ("科学用眼最关键", 11), ("本报记者 程远州", 11), ("防蓝光眼镜是神器还是智商税？专家说各有用处。", 11)]
    lines = [Line(number=k, text=text, font_size=size, bbox=BBox(40, 20 * k, 40 + size * len(text), 20 * k + size))
             for k, (text, size) in enumerate(texts)]
    page = banmian.rebuild_lines(lines)
    assert len(page.articles) == 1
    assert page.articles[0].paragraphs[-1].startswith("防蓝光眼镜")


def test_a_byline_under_an_indented_subhead_stays_in_its_round_up():
    text = """\
工业旅游成为新风尚

本报记者 王昊男
　　智能工厂向公众开放参观，吸引
了不少市民前来打卡体验，讲解员
带领大家参观生产线，了解智能制
造的每一个环节。
　　博物馆里闻醋香
本报记者 姚雪青
　　走进镇江香醋博物馆，醋香扑鼻
而来，游客络绎不绝，大家纷纷驻
足品尝。
"""
    (story,) = banmian.rebuild(text).articles
    assert story.paragraphs[1:] == ["博物馆里闻醋香", "走进镇江香醋博物馆，醋香扑鼻而来，游客络绎不绝，大家纷纷驻足品尝。"]
    assert story.byline.reporters == ["王昊男", "姚雪青"]


def _measured(rows, size=10):
    """Measured lines in one column: (text, top, left, right) each."""
    from banmian.model import BBox, Line

    return [Line(number=k, text=text, font_size=size, bbox=BBox(x0, top, x1, top + size))
            for k, (text, top, x0, x1) in enumerate(rows)]


def test_the_text_right_under_a_photo_is_its_caption_even_in_the_column_of_a_story():
    from banmian.model import BBox

    rows = [("会议强调，要坚持创新驱动，加快培育新质生产力，推动传", 0, 40, 300),
            ("统产业转型升级，在新征程上书写优异答卷。", 15, 40, 240),
            ("6月24日，江苏省泗洪县朱湖镇水稻制种基地，农户正在", 215, 40, 300),
            ("进行田间管护。", 230, 40, 110),
            ("本报记者 王 正摄", 245, 200, 300)]
    photo = BBox(40, 30, 300, 205)
    page = banmian.rebuild_lines(_measured(rows), figures=[photo])
    story, picture = page.articles
    assert story.paragraphs == ["会议强调，要坚持创新驱动，加快培育新质生产力，推动传统产业转型升级，在新征程上书写优异答卷。"]
    assert picture.kind == "photo" and picture.paragraphs == ["6月24日，江苏省泗洪县朱湖镇水稻制种基地，农户正在进行田间管护。"]
    assert picture.byline.photographers == ["王正"]
    assert [region.bbox for region in picture.regions if region.kind == "photo"] == [photo]


def test_a_title_over_a_photo_heads_its_caption():
    from banmian.model import BBox

    rows = [("影像", 0, 40, 70), ("5月24日凌晨，医生和护士正在巡房。", 220, 40, 210), ("本报记者 陈 斌摄", 235, 200, 300)]
    page = banmian.rebuild_lines(_measured(rows, size=10)[:1] + _measured(rows)[1:], figures=[BBox(40, 20, 300, 210)])
    (picture,) = page.articles
    assert picture.kind == "photo" and picture.headline == ["影像"]


def test_headline_pieces_on_one_row_are_one_headline_line():
    from banmian.model import BBox, Line

    lines = [Line(number=0, text="繁荣乡村文化", font_size=29, bbox=BBox(400, 65, 574, 95)),
             Line(number=2, text="文明新风扑面", gap_before=1, font_size=29, bbox=BBox(583, 65, 758, 95)),
             Line(number=4, text="记者 冯学知 靳 博", gap_before=1, font_size=9, bbox=BBox(350, 104, 420, 114)),
             Line(number=5, text="“强化农村基层党组织建设，重在落实。”", font_size=9, bbox=BBox(368, 118, 493, 127))]
    (article,) = banmian.rebuild_lines(lines).articles
    assert article.headline == ["繁荣乡村文化 文明新风扑面"]


def test_a_credit_for_who_made_a_piece_is_no_headline():
    page = banmian.rebuild("国际组织坚守初心使命，促进社会正义。\n\n本期统筹：张安宇\n\n延伸阅读\n\n科技赋能提升粮食品质\n\n"
                           "本报北京5月8日电（记者王浩）粮食品质持续提升。")
    assert page.articles[-1].headline == ["延伸阅读", "科技赋能提升粮食品质"]


def test_a_caption_set_wider_than_the_columns_around_it_is_one_paragraph():
    from banmian.model import BBox

    column = [("他们的经验做法被写进省里的工作指引，", 15 * k, 40, 200) for k in range(4)]
    rows = column + [("6月24日，江苏省泗洪县朱湖镇水稻制种基地，农户正在", 300, 40, 400),
                     ("进行田间管护。", 312, 40, 110), ("张连华摄（影像中国）", 324, 300, 400)]
    page = banmian.rebuild_lines(_measured(rows, size=9), figures=[BBox(40, 70, 400, 295)])
    assert page.articles[-1].paragraphs == ["6月24日，江苏省泗洪县朱湖镇水稻制种基地，农户正在进行田间管护。"]


def test_the_rest_of_a_headline_across_the_gutter_stays_with_its_story():
    from banmian.model import BBox, Line

    def body(number, text, x, y):
        indent = text.startswith("　　")
        return Line(number=number, text=text.lstrip("　"), indent=indent, font_size=10,
                    bbox=BBox(x + 20 * indent, y, x + 10 * len(text), y + 10))

    lines = [Line(number=0, text="抓好源头治理", font_size=29, bbox=BBox(411, 1464, 585, 1493)),
             body(2, "本报记者 徐杭燕 本报通讯员 张晓东", 411, 1505),
             body(3, "　　“丁零零……”电话声响起。接起", 411, 1519), body(4, "电话，派出所所长隆晖颇感意外。", 411, 1533),
             Line(number=6, text="增强法治观念", gap_before=1, font_size=29, bbox=BBox(594, 1464, 768, 1493)),
             body(8, "　　派出所民警牵头，镇党委、政府组", 594, 1505), body(9, "织联合调查小组来到现场查勘。", 594, 1519)]
    (article,) = banmian.rebuild_lines(lines).articles
    assert article.headline == ["抓好源头治理 增强法治观念"]
    assert article.paragraphs[-1] == "派出所民警牵头，镇党委、政府组织联合调查小组来到现场查勘。"


def test_a_caption_says_what_the_picture_shows_in_a_paragraph_of_its_own():
    from banmian.model import BBox

    # The line before 图为 ends short of the measure: the page shows the break too.
    rows = [("星辰启航”为主题，将珍贵航天实物与", 300, 40, 210), ("大空间虚拟现实科幻体验融合。", 315, 40, 180),
            ("图为4月23日，观众在参观展览。", 330, 40, 190), ("新华社记者 陈晔华摄", 345, 110, 210)]
    page = banmian.rebuild_lines(_measured(rows), figures=[BBox(40, 100, 210, 290)])
    assert page.articles[-1].paragraphs == ["星辰启航”为主题，将珍贵航天实物与大空间虚拟现实科幻体验融合。",
                                            "图为4月23日，观众在参观展览。"]


def test_a_measured_caption_whose_full_line_runs_on_into_图为_stays_one_paragraph():
    from banmian.model import BBox

    rows = [("星辰启航”为主题，将珍贵航天实物与", 300, 40, 210), ("大空间虚拟现实科幻体验深度融合。", 315, 40, 210),
            ("图为4月23日，观众在参观展览。", 330, 40, 190), ("新华社记者 陈晔华摄", 345, 110, 210)]
    page = banmian.rebuild_lines(_measured(rows), figures=[BBox(40, 100, 210, 290)])
    assert page.articles[-1].paragraphs == [
        "星辰启航”为主题，将珍贵航天实物与大空间虚拟现实科幻体验深度融合。图为4月23日，观众在参观展览。"]


def test_a_caption_line_short_of_its_photos_width_ends_a_paragraph_though_no_line_of_it_is_longer():
    from banmian.model import BBox

    rows = [("端午节临近，各地开展龙舟比赛、龙舟训练等活动。", 300, 40, 280), ("图为女子龙舟队在荆州训练。", 315, 40, 170),
            ("新华社记者 陈晔华摄", 330, 540, 640)]
    page = banmian.rebuild_lines(_measured(rows), figures=[BBox(40, 100, 640, 290)])
    assert page.articles[-1].paragraphs == ["端午节临近，各地开展龙舟比赛、龙舟训练等活动。", "图为女子龙舟队在荆州训练。"]


def test_a_credit_closing_the_last_paragraph_ends_the_story():
    page = banmian.rebuild("第一个故事\n\n本报讯 会议在京举行。代表们参加了讨论。（记者吴雨）\n\n"
                   "第二个故事\n\n代表们在会上审议了报告，并提出了意见建议。")
    assert [article.headline for article in page.articles] == [["第一个故事"], ["第二个故事"]]


def test_a_numbered_heading_at_a_story_end_is_no_headline_of_the_next():
    page = banmian.rebuild("决定全文\n\n本报北京7月21日电 全会审议通过了决定。\n\n二、构建高水平社会主义市场经济体制\n\n"
                           "在新征程上谱写改革开放新篇章\n\n新华社北京7月21日电 全会精神正在各地传达。")
    assert [article.headline for article in page.articles] == [["决定全文"], ["在新征程上谱写改革开放新篇章"]]
    assert page.articles[0].paragraphs[-1] == "二、构建高水平社会主义市场经济体制"


def test_a_label_in_body_type_right_under_a_display_headline_opens_the_text_not_the_headline():
    line = _measured_line
    lines = [line(0, "为钢铁冶金行业降碳赋能", 40, 370, 40, size=30), line(2, "人物小传", 40, 80, 90, gap=1),
             line(4, "朱荣，1962年生，江西萍乡人，北京科技", 40, 220, 115, gap=1),
             line(5, "大学教授，长期从事钢铁冶金研究。", 40, 200, 129)]
    (article,) = banmian.rebuild_lines(lines).articles
    assert article.headline == ["为钢铁冶金行业降碳赋能"]
    assert article.paragraphs[0] == "人物小传"


def test_rebuild_lines_refuses_a_blank_line_with_a_typed_error():
    import pytest
    from banmian.errors import InputError
    from banmian.model import Line

    with pytest.raises(InputError, match="line 1 has no text"):
        banmian.rebuild_lines([Line(number=0, text="标题"), Line(number=1, text="  ")])
    assert banmian.rebuild_lines([]).articles == []  # a page without text, such as a blank PDF page


_MELON_STORY = (
    "大棚西瓜喜获丰收\n\n本报讯（记者林立）连日来，箬横镇的大棚西瓜陆续成熟上市，瓜农们忙着采摘、装箱、发货。"
    "今年全镇种植大棚西瓜一万余亩，亩产比去年提高一成。\n\n箬横镇农业部门有关负责人介绍，今年大棚西瓜品质好、甜度高，"
    "收购价格每斤比去年高出五角，瓜农收入明显增加。\n\n为帮助瓜农增收，镇里还组织农技人员深入田间地头，"
    "指导瓜农科学管理大棚，做好病虫害防治。\n\n"
)


def test_a_heading_whose_text_keeps_to_the_storys_topic_is_a_subhead():
    text = _MELON_STORY + ("西瓜销路越走越宽\n\n走进箬横镇西瓜交易市场，前来收购西瓜的客商络绎不绝。"
                           "今年大棚西瓜通过电商平台销往全国各地，瓜农们足不出户就能把西瓜卖出好价钱。")
    (story,) = banmian.rebuild(text).articles
    assert "西瓜销路越走越宽" in story.paragraphs


def test_a_heading_whose_text_opens_another_topic_starts_a_story():
    text = _MELON_STORY + ("城南镇修缮百年古桥\n\n近日，城南镇对辖区内一座百年石拱古桥进行修缮加固，"
                           "工匠们按照传统工艺更换松动的桥石，清理桥面杂草，恢复古桥原有风貌。")
    assert [article.headline for article in banmian.rebuild(text).articles] == [["大棚西瓜喜获丰收"], ["城南镇修缮百年古桥"]]


def test_a_short_line_over_a_dated_caption_and_a_credit_is_the_photos_title():
    text = ("会议要求，各地要抓好春耕备耕工作。\n\n春耕正当时\n\n3月10日，箬横镇农民在田间驾驶农机翻耕土地。\n\n"
            "记者 王 正 摄")
    story, photo = banmian.rebuild(text).articles
    assert story.paragraphs == ["会议要求，各地要抓好春耕备耕工作。"]
    assert (photo.kind, photo.headline, photo.paragraphs, photo.byline.photographers) == (
        "photo", ["春耕正当时"], ["3月10日，箬横镇农民在田间驾驶农机翻耕土地。"], ["王正"])


def test_a_caption_set_wider_than_the_column_leaves_the_story_though_图为_stands_in_its_first_line():
    page = banmian.rebuild(
        "中朝文化交流\n\n　　本报讯（记者甲）金仙景表示，“文明对话国际日”的设\n立，为促进不同民族间、文明间的交流合作，建立公正的国\n"
        "际秩序作出重要贡献。朝方愿同中方一道，加强文化领域交\n流合作，助力朝中友好关系发展。\n\n"
        "　　近年来，中国潮玩收获越来越多国际消费者的青睐。图为近日，\n在西班牙巴塞罗那，一名女孩在泡泡玛特门店内选购商品。\n"
        "新华社记者 孟鼎博摄\n"
    )
    story, photo = page.articles
    assert story.paragraphs[-1].endswith("助力朝中友好关系发展。")
    assert photo.kind == "photo" and "".join(photo.paragraphs) == (
        "近年来，中国潮玩收获越来越多国际消费者的青睐。图为近日，在西班牙巴塞罗那，一名女孩在泡泡玛特门店内选购商品。")


def test_a_columns_name_in_brackets_under_the_headline_opens_the_body():
    page = banmian.rebuild("【连续报道·报效祖国\n\n建功西部】“艰苦奋斗的精神不能丢”\n\n"
                           "【连续报道·报效祖国建功西部】\n\n本报讯（记者甲）6月1日，我们来到学校。")
    (story,) = page.articles
    assert story.headline == ["【连续报道·报效祖国", "建功西部】“艰苦奋斗的精神不能丢”"]
    assert story.paragraphs[0] == "【连续报道·报效祖国建功西部】"


def test_a_columns_name_in_brackets_over_the_title_is_its_kicker():
    page = banmian.rebuild("【践行精神彰显本色】\n\n用独臂守护乡亲们的健康\n\n本报讯（记者甲）6月1日，我们来到村里。")
    assert page.articles[0].headline == ["【践行精神彰显本色】", "用独臂守护乡亲们的健康"]


def test_a_subhead_at_a_columns_foot_is_no_kicker_of_the_headline_read_after_it():
    line = functools.partial(_measured_line, size=9.0)
    lines = [
        line(0, "培育全链条首发生态", 38, 300, 20, size=30),
        line(2, "成都以首发经济为抓手，推动消费提质", 38, 191, 60, gap=1),
        line(3, "升级。各类首发活动创造出首发新场景，", 38, 191, 74),
        line(4, "提升首发体验，高能级首发活动加速集聚。", 38, 191, 88),
        line(6, "构筑新品牌——", 729, 792, 248, gap=1),
        # The story's last line, a subhead-like one at its column's foot; the next story's headline
        # is read after it but set elsewhere, on the next row of the page.
        line(8, "以首发促产业带消费，打造城市新业态", 729, 882, 269, gap=1),
        line(10, "【编辑手记】", 38, 149, 333, size=18.6, gap=1),
        line(12, "首发经济，", 38, 207, 358, size=33.9, gap=1),
        line(13, "要从“栽树”走向“造林”", 38, 261, 397, size=18.6),
        line(15, "本报记者 王思北 刘冉阳", 38, 131, 428, gap=1),
        line(17, "四川成都首发经济何以活力充沛？关键在于不满足于一棵棵地“栽树”。", 38, 191, 449, gap=1),
    ]
    first, second = banmian.rebuild_lines(lines).articles
    assert first.paragraphs[-1] == "以首发促产业带消费，打造城市新业态"
    assert second.headline == ["【编辑手记】", "首发经济，", "要从“栽树”走向“造林”"]


def test_a_story_saying_试图为_before_its_pictures_credit_keeps_its_paragraphs():
    page = banmian.rebuild("标题一则\n\n本报讯（记者甲）正文一段，讲了很多事情。\n\n"
                           "他们试图为孩子们创造更好的学习条件，多方奔走筹集资金。\n\n"
                           "如今，新校舍已经建成，孩子们搬进了宽敞明亮的教室。\n\n记者 王 正 摄")
    (story,) = page.articles
    assert story.paragraphs[-1] == "如今，新校舍已经建成，孩子们搬进了宽敞明亮的教室。"


def test_a_label_in_body_type_indented_under_a_byline_opens_the_text_not_the_bylines_rest():
    from dataclasses import replace

    line = _measured_line
    lines = [line(0, "当地铁与文物相遇", 40, 280, 40, size=30), line(2, "本报记者 张建新", 40, 120, 90, gap=1),
             replace(line(3, "回 信", 60, 85, 104), indent=True),
             replace(line(4, "中共一大纪念馆、南湖革命纪念馆的", 60, 200, 118), indent=True),
             line(5, "同志们：你们好！来信收悉。", 40, 170, 132)]
    (article,) = banmian.rebuild_lines(lines).articles
    assert article.paragraphs[0] == "回 信"
    assert article.byline.reporters == ["张建新"]


@pytest.mark.parametrize("signature", ["广东深圳市 梁修明", "陕西西安市 冯 燮",  # a two-character name padded too
                                       "辽宁海城市读者", "浙江温岭市读者 王 明",
                                       # back issues' 读者来信: 读者 set apart, a commune, a soldier
                                       "北京市西城区 读者 李明华", "（江苏省无锡县东亭公社 张志远）", "解放军某部战士 王 刚"])
def test_a_readers_signature_closes_the_letter_before_the_next_headline(signature):
    page = banmian.rebuild("小区路灯坏了半年\n\n我家小区的路灯坏了半年，晚上出行很不方便，希望有关部门尽快修好。\n\n"
                           f"{signature}\n\n海外购，缘何“下单容易售后难”\n\n"
                           "本报讯（记者王君）近年来，跨境网购越来越方便，但不少消费者反映售后维权难。")
    letter, story = page.articles
    assert letter.paragraphs[-1] == signature
    assert story.headline == ["海外购，缘何“下单容易售后难”"]


def test_an_issuer_over_a_notices_title_stays_in_its_headline():
    page = banmian.rebuild("全市重点项目集中开工\n\n本报讯 昨日上午，全市一季度重点项目集中开工。\n\n"
                           "第十四届全国人民代表大会财政经济委员会\n\n关于2025年中央决算草案审查结果的报告\n\n"
                           "新华社北京6月26日电 全国人大财政经济委员会审查了决算草案。")
    assert page.articles[-1].headline == ["第十四届全国人民代表大会财政经济委员会", "关于2025年中央决算草案审查结果的报告"]


def test_a_photos_title_over_a_caption_with_a_dateline_stays_the_photos():
    page = banmian.rebuild("坚守岗位 护佑健康\n\u3000\u3000本报讯 （记者曾亦辰）端午假期，许多劳动者\n"
                           "依旧坚守岗位。图为6月20日，医护人员在为患者治疗。\n\n赵 军摄（新华社发）\n")
    photo = page.articles[-1]
    assert (photo.kind, photo.headline, photo.byline.photographers) == ("photo", ["坚守岗位 护佑健康"], ["赵军"])
    assert photo.paragraphs[0].startswith("本报讯")


def test_decks_set_as_short_paragraphs_keep_the_byline_under_them_in_the_story():
    lines = [
        "\u3000\u3000党的十一届三中全会的重大意义，随", "着时间的推移愈加彰显，经历实践的检验",
        "新，激励着我们不断从胜利走向新的胜利！", "", "十四届全国人大常委会第二十三", "次会议审议多部法律草案", "",
        "\u3000\u3000从严惩处以误导公众方式使用商标", "本报记者 彭 波",
        "\u3000\u30006月23日，十四届全国人大常委会第二十三", "次会议对商标法修订草案二审稿进行了审议。"]
    page = banmian.rebuild("\n".join(lines) + "\n")
    story = page.articles[-1]
    assert story.headline == ["十四届全国人大常委会第二十三", "次会议审议多部法律草案"]
    assert story.paragraphs[0] == "从严惩处以误导公众方式使用商标"
    assert story.byline.reporters == ["彭波"]
    assert page.articles[0].paragraphs[-1].endswith("新的胜利！")


def test_a_columns_mailbox_under_the_authors_note_stays_in_the_piece():
    page = banmian.rebuild("一项规则完善，看似不起眼，却可能成为撬动全局的“金钥匙”。\n\n（作者为本报宁夏分社记者）\n\n"
                           "栏目投稿邮箱：rmrbzzb@peopledaily.cn\n\n最高检发布白皮书\n\n本报北京6月1日电 （记者倪弋）最高人民检察院1日发布白皮书。\n")
    assert page.articles[0].paragraphs[-1] == "栏目投稿邮箱：rmrbzzb@peopledaily.cn"
    assert page.articles[1].headline == ["最高检发布白皮书"]


def test_markup_left_at_a_pieces_end_is_its_text_not_the_next_headline():
    page = banmian.rebuild("大力发展首发经济，推动服务消费高质量发展。\n\n<ahref=\"https:\n\n广东推进新能源上网电价市场化改革\n\n"
                           "本报广州6月1日电 （记者李刚）广东推进改革。\n")
    assert page.articles[0].paragraphs[-1] == "<ahref=\"https:"
    assert page.articles[1].headline == ["广东推进新能源上网电价市场化改革"]


def test_a_measured_story_ending_on_a_photo_line_and_credit_keeps_them_with_no_photo_over_them():
    line = _measured_line
    lines = [
        line(0, "浙江青龙门特大桥主桥合龙", 45, 390, 40, size=30),
        line(2, "本报讯（记者王钟毅）6月23日，青龙门特大桥主桥", 45, 300, 90, gap=1),
        line(3, "顺利合龙。", 45, 95, 105),
        line(4, "青龙门特大桥是连接宁波与舟山的关键跨海通道。", 45, 265, 120),
        line(5, "图为青龙门特大桥主桥在进行合龙吊装作业。", 45, 255, 135),
        line(6, "本报记者 李心萍文 乔 虎摄（人民视觉）", 120, 300, 150),
    ]
    (story,) = banmian.rebuild_lines(lines).articles
    assert story.kind != "photo" and story.paragraphs[-1].startswith("图为青龙门")


def test_a_brief_titled_in_body_type_over_its_dateline_stays_in_its_round_up():
    from banmian.model import BBox, Line

    texts = [("环球扫描", 24), ("本报记者 王悦阳", 11), ("联合国大会通过决议，呼吁各方加强合作。", 11),
             ("大量日本民众抗议政府军事扩张政策", 11),
             ("新华社东京6月14日电 （记者李子越）数千名日本民众14日在东京集会抗议。", 11)]
    lines = [Line(number=k, text=text, font_size=size, bbox=BBox(40, 20 * k, 40 + size * len(text), 20 * k + size))
             for k, (text, size) in enumerate(texts)]
    (roundup,) = banmian.rebuild_lines(lines).articles
    assert roundup.paragraphs[-2:] == [texts[3][0], texts[4][0]]


def test_a_columns_mailbox_under_its_closing_note_is_the_storys_last_paragraph():
    text = ("一线行走\n\n我为什么乐意当一个“唠叨”交警\n\n\u3000\u3000每天清晨，我都会站在路口提醒过往的群众注意安全。\n"
            "（作者为交警大队民警，本报记者李凯旋采访整理）\n栏目投稿邮箱：rmrbzzb@peopledaily.cn\n\n"
            "春耕备耕忙\n\n\u3000\u3000本报北京4月2日电（记者王浩）各地春耕备耕有序推进。\n")
    story = banmian.rebuild(text).articles[0]
    assert story.paragraphs[-1] == "栏目投稿邮箱：rmrbzzb@peopledaily.cn"


def test_a_headline_opened_by_a_column_name_and_bar_starts_a_story_whatever_its_end():
    page = banmian.rebuild(
        "会谈前，两国总理共同见证签署了多项合作文件。\n\n"
        "新华网文化观察丨追剧追出家乡味，广西南宁凭什么发展微短剧？\n\n"
        "近年来，微短剧凭借短小精悍、节奏明快的特点迅速走红，南宁吸引了越来越多的剧组。")
    assert [article.headline for article in page.articles][-1] == ["新华网文化观察丨追剧追出家乡味，广西南宁凭什么发展微短剧？"]


def test_a_caption_that_closes_on_a_poem_after_its_scene_is_one_photo():
    text = "\n\n".join([
        "让法治护航民营经济",
        "本报讯（记者 王 磊）有理由相信，在法治护航下，民营经济必能劈波斩浪、行稳致远，为经济社会发展作出更大贡献。",
        "产业振兴是乡村全面振兴的基础。农产品加工业稳中有进，乡村休闲旅游蓬勃发展。",
        "这正是：", "细嗅草木香，", "野趣盈田庄。", "沉醉不思返，", "喜看百业昌。",
        "徐 之文",
        "小湿巾里有减塑大文章",
        "减少一次性含塑产品的使用，已成为治理塑料污染的重要一环。",
    ]) + "\n"
    page = banmian.rebuild(text)
    photo = next(article for article in page.articles if article.kind == "photo")
    assert photo.paragraphs == ["产业振兴是乡村全面振兴的基础。农产品加工业稳中有进，乡村休闲旅游蓬勃发展。",
                                "这正是：", "细嗅草木香，", "野趣盈田庄。", "沉醉不思返，", "喜看百业昌。"]
    assert page.articles[0].paragraphs[-1].startswith("本报讯")
    assert page.articles[-1].headline == ["小湿巾里有减塑大文章"]


def test_short_lines_closing_a_piece_stay_in_it_under_a_headline_set_three_blank_lines_apart():
    text = ("踏实干事\n\n稳扎稳打，可能看起来慢一些，但不容易走弯路，长期而言反而会更快。\n\n"
            "主动“找事做”\n\n新疆和田地区 马爱龙\n\n\n\n"
            "莫让 赏景变“伤景”\n\n■本报记者 康 逸\n\n"
            "近年来，山野徒步成时尚，户外经济蓬勃发展。可在一些地方，伴随大批游客而来的，还有海量垃圾。\n")
    page = banmian.rebuild(text)
    assert page.articles[0].paragraphs[-2:] == ["主动“找事做”", "新疆和田地区 马爱龙"]
    assert page.articles[1].headline == ["莫让 赏景变“伤景”"]


def test_the_headline_trees_weigh_the_blank_lines_round_a_heading_and_the_words_its_text_repeats():
    from banmian.read.text import split_lines
    from banmian.rebuild.articles import _Placer
    from banmian.rebuild.layout import read_layout
    from banmian.rebuild.paragraphs import blocks
    from banmian.rebuild.roles import classify

    text = ("春耕备耕忙\n\n本报北京4月2日电（记者王浩）各地春耕备耕有序推进，农资供应充足。\n\n\n"
            "交管便民，从简化流程入手\n\n交管便民服务从简化流程入手，群众办事更方便。\n")
    units = classify(split_lines(text))
    layout = read_layout(units)
    merged = blocks(units, layout)
    placer = _Placer(merged, layout)
    placer.run()
    heading = next(k for k, unit in enumerate(merged) if unit.text.startswith("交管便民，"))
    blank_above, blank_under, echoed = placer.headline_features(heading, heading + 1, heading + 1)[-3:]
    assert (blank_above, blank_under, echoed) == (2, 1, 1.0)


def test_a_headline_cut_inside_a_word_keeps_its_two_lines_among_fragments():
    text = ("本版责编：张洋\n\n\n永远做中国人民和中\n\n华民族的主心骨\n\n"
            "临近“七一”，中国共产党历史展览馆里，前来参观的观众络绎不绝。一张张历史图片穿越百余年峥嵘岁月。")
    [article] = banmian.rebuild(text).articles
    assert article.headline == ["永远做中国人民和中", "华民族的主心骨"]
    assert article.paragraphs == ["临近“七一”，中国共产党历史展览馆里，前来参观的观众络绎不绝。一张张历史图片穿越百余年峥嵘岁月。"]


def test_a_columns_name_over_a_title_opens_a_piece_of_that_column():
    story = ("社区党群服务中心今年接待群众两万多人次。\n\n中心还开设了法律咨询和就业指导窗口。\n\n"
             "“我们把阵地建在群众家门口。”社区党委书记倪维说。\n\n")
    column = "编辑手记\n\n党建阵地建好更要用好\n\n作为党建阵地，党群服务中心建好更要用好。关键还在于做优服务。\n"
    articles = banmian.rebuild(story + column).articles
    assert [article.headline for article in articles] == [[], ["编辑手记", "党建阵地建好更要用好"]]


def test_a_credited_caption_before_the_rest_of_another_story_is_a_photo_of_its_own():
    text = ("两会时间\n\n本报讯（记者甲）世界青年发展论坛开幕。\n\n论坛发布了青年宣言。\n\n"
            "6月14日，游客在玻璃滑道内滑行，体验竹林漂流。\n\n潘学康摄（影像中国）\n\n"
            "（上接第06版）纪检监察机关将更加深刻领悟“两个确立”的决定性意义。")
    story, photo, rest = banmian.rebuild(text).articles
    assert story.paragraphs[-1] == "论坛发布了青年宣言。" and story.byline.photographers == []
    assert (photo.kind, photo.paragraphs, photo.byline.photographers) == (
        "photo", ["6月14日，游客在玻璃滑道内滑行，体验竹林漂流。"], ["潘学康"])
    assert rest.continued_from == 6


def test_a_credited_caption_opening_on_an_indent_under_a_story_is_measured_as_a_caption():
    story_lines = ["　　本报北京4月22日电 （记者丁雅诵）人力资源社会保障部、",
                   "教育部近日印发通知，部署做好中小学幼儿园教师公开招聘",
                   "工作，吸纳更多优秀人才从教。各地要将教师招聘工作与中",
                   "小学教职工编制、岗位管理等统筹考虑，做好“特岗计划”等",
                   "公费教育专项计划组织实施。"]
    caption_lines = ["　　4月21日，四川省华蓥市双河街道石岭",
                     "岗路社区的老年人在社区老年食堂用餐。华",
                     "蓥市近年来将解决老年人就餐难题作为重点",
                     "民生工程，通过改造闲置资源与新建扩建，",
                     "建成覆盖城乡的普惠老年助餐体系。"]
    text = "\n".join(["做好教师公开招聘工作", "", *story_lines, *caption_lines, "邱海鹰摄（影像中国）"])
    story, photo = banmian.rebuild(text).articles
    assert story.paragraphs[-1].endswith("公费教育专项计划组织实施。")
    assert (photo.kind, photo.paragraphs, photo.byline.photographers) == (
        "photo", ["".join(line.strip() for line in caption_lines)], ["邱海鹰"])


def test_a_letters_closing_note_over_the_report_on_it_closes_the_letter_and_heads_nothing():
    text = ("给红领巾的回信\n\n“六一”国际儿童节就要到了，祝你们节日快乐！\n\n习近平\n\n（新华社北京5月31日电）\n\n"
            "新华社北京5月31日电 在“六一”国际儿童节即将到来之际，习近平给少先队员回信。")
    letter, report = banmian.rebuild(text).articles
    assert letter.paragraphs[-1] == "（新华社北京5月31日电）"
    assert report.headline == [] and report.dateline == "新华社北京5月31日电"


def test_each_item_of_a_briefs_column_opening_on_its_own_byline_is_an_article():
    text = ("市区新增公共停车位800个\n\n本报讯（记者王小明）1月22日，我市新增公共停车位800个。\n\n"
            "本报讯（记者李华）1月20日，市图书馆举办迎新春读书会，200余名市民参加。\n\n"
            "本报讯（通讯员张伟）近日，城东街道开展冬季消防安全大检查。\n")
    articles = banmian.rebuild(text).articles
    assert [(a.headline, a.byline.reporters + a.byline.correspondents) for a in articles] == [
        (["市区新增公共停车位800个"], ["王小明"]), ([], ["李华"]), ([], ["张伟"])]


def test_a_roundups_dated_datelines_stay_in_its_one_story():
    text = ("两部门启动应急响应\n\n本报北京6月16日电 （记者龚仕建）应急管理部启动四级应急响应。\n\n"
            "本报西宁6月16日电 （记者江萌）截至16日20时，地震造成1人遇难。\n")
    assert len(banmian.rebuild(text).articles) == 1


def test_a_briefs_columns_name_heads_its_items_not_the_story_above():
    text = ("市区新增公共停车位800个\n\n本报讯（记者王小明）1月22日，我市新增公共停车位800个。\n\n简讯\n\n"
            "●1月20日，市图书馆举办迎新春读书会。（李 华）\n\n●近日，城东街道开展消防安全大检查。（张 伟）\n")
    articles = banmian.rebuild(text).articles
    assert [a.headline for a in articles] == [["市区新增公共停车位800个"], ["简讯"]]
    assert len(articles[1].paragraphs) == 2


@pytest.mark.parametrize("author, reporters", [
    ("王晓东", ["王晓东"]), ("□ 王晓东", ["王晓东"]), ("◇ 王晓东", ["王晓东"]), ("作者：王晓东", ["王晓东"]),
    ("本报评论员 王晓东", ["王晓东"]), ("■ 本报评论员", []), ("湖北日报评论员", []), ("□柯然（媒体人）", ["柯然"]),
])
def test_an_opinion_pieces_author_line_under_its_headline_is_its_byline(author, reporters):
    text = ("以实干担当优化营商环境\n\n本报评论员\n\n营商环境是企业生存发展的土壤。\n\n各级各部门要以钉钉子精神抓落实。\n\n"
            f"让数据多跑路群众少跑腿\n\n{author}\n\n近年来，各地大力推进改革，群众办事越来越方便。\n\n"
            "但也要看到，一些地方还存在数据壁垒。\n")
    articles = banmian.rebuild(text).articles
    assert [(a.headline, a.byline.text, len(a.paragraphs)) for a in articles] == [
        (["以实干担当优化营商环境"], ["本报评论员"], 2), (["让数据多跑路群众少跑腿"], [author], 2)]
    assert articles[1].byline.reporters == reporters


def test_a_province_in_a_list_of_nominees_is_no_author_line():
    # 安徽 reads as a name (安 is a surname): as an author line it opened a story and took the jump.
    text = ("关于拟表彰对象的公示\n\n本报北京6月5日电 拟表彰对象名单如下：\n\n"
            "钱海军 国网浙江省电力有限公司慈溪市供电公司客户服务中心社区经理，宁波市钱海军志愿服务中心理事长\n\n"
            "张仕恒 浙江恒友机电有限公司党支部书记、电机车间主任\n\n安徽\n\n"
            "吴伟仁 中国探月工程总设计师，深空探测实验室党委委员、主任兼首席科学家，中国工程院院士\n\n（转第十二版）\n")
    articles = banmian.rebuild(text).articles
    assert len(articles) == 1 and articles[0].continued_on == 12


def test_a_column_named_for_commentators_is_no_author_line():
    text = "评论员观察\n\n小河流水里的人文经济学\n\n小河流水，滋养着一方水土，也见证着一座城市的变迁。\n"
    assert banmian.rebuild(text).articles[0].headline == ["评论员观察", "小河流水里的人文经济学"]


def test_a_video_credit_of_authors_at_a_storys_foot_stays_in_the_story():
    text = ("科技新城里的“硬核转化”\n\n科技成果转化是制约产业升级的突出瓶颈，这一难题正被逐步破解。\n\n"
            "作者：李帅、胡震泽、王馨琪\n\n配音：王帅龙\n")
    assert len(banmian.rebuild(text).articles) == 1


def test_a_notice_and_an_advertisement_under_a_story_are_not_its_paragraphs():
    text = ("市区新增公共停车位800个\n\n本报讯（记者王小明）1月22日，我市新增公共停车位800个。\n\n遗失声明\n\n"
            "温岭市某某贸易有限公司遗失营业执照副本一份，声明作废。\n\n广告\n\n东方明珠花园 盛大开盘\n")
    articles = banmian.rebuild(text).articles
    assert [a.headline[0] for a in articles] == ["市区新增公共停车位800个", "遗失声明", "广告"]
    assert len(articles[0].paragraphs) == 1


@pytest.mark.parametrize("note", ["（据新华社）", "（完）", "（本报综合）", "（综合新华社、央视新闻）", "（图片由受访者提供）"])
def test_a_source_note_closes_its_story(note):
    page = banmian.rebuild(f"消防救援大队开展实战演练\n\n5月11日，县消防救援大队开展实战演练。{note}\n\n"
                           "县图书馆流动借阅车开进白塔镇\n\n近日，流动借阅车开进白塔镇。")
    assert [article.headline for article in page.articles] == [["消防救援大队开展实战演练"], ["县图书馆流动借阅车开进白塔镇"]]
    assert page.articles[0].paragraphs == [f"5月11日，县消防救援大队开展实战演练。{note}"]


def test_a_source_note_closes_its_story_on_wrapped_lines():
    page = banmian.rebuild("消防救援大队开展实战演练\n　　5月11日，县消防救援大队在城区开\n展高层建筑灭火救援实战演练，检验了各\n"
                           "部门协同作战能力。（新华社）\n县图书馆流动借阅车开进白塔镇\n　　近日，县图书馆流动借阅车开进白\n"
                           "塔镇，为当地群众送去各类图书800余册。")
    assert [article.headline for article in page.articles] == [["消防救援大队开展实战演练"], ["县图书馆流动借阅车开进白塔镇"]]


def test_a_caption_with_its_credit_run_in_is_a_photo_of_its_own():
    page = banmian.rebuild("全市春运工作会议召开\n\n本报讯（记者 苏嘉堉）1月22日，全市春运工作会议召开。\n\n新年第一场雪\n\n"
                           "1月22日，温岭市迎来2024年第一场雪，市民在公园赏雪。 记者 周学军 摄\n\n"
                           "残特奥会志愿者关爱温暖同行\n\n在香港，有超过4000名志愿者参与本届残特奥会。")
    assert [(a.kind, a.headline) for a in page.articles] == [
        ("article", ["全市春运工作会议召开"]), ("photo", ["新年第一场雪"]), ("article", ["残特奥会志愿者关爱温暖同行"])]
    assert page.articles[1].byline.photographers == ["周学军"]


def test_a_signed_storys_one_paragraph_ending_on_a_credit_is_no_photo():
    page = banmian.rebuild("长城与月亮\n\n记者 刘亚南 陈泽安\n\n图为1月3日在北京市密云区拍摄的长城与月亮。新华社记者 陈晔华摄")
    assert [(a.kind, a.byline.reporters) for a in page.articles] == [("article", ["刘亚南", "陈泽安"])]


def test_untitled_photos_in_a_row_are_one_photo_each():
    page = banmian.rebuild("6月14日，游客在江西省婺源县篁岭景区观赏晒秋景观。\n\n胡敦波摄（人民视觉）\n\n"
                           "6月14日，在安徽省合肥市一家智能制造企业，工人在生产线上作业。\n\n新华社记者 解 琛摄")
    assert [(a.kind, a.byline.photographers) for a in page.articles] == [("photo", ["胡敦波"]), ("photo", ["解琛"])]


def test_a_story_opening_on_a_core_reading_box_is_its_own_with_the_dateline_under_it():
    page = banmian.rebuild("29个智能气象站启动业务试运行\n\n本报北京5月15日电 （记者李红梅）29个智能气象站近日启动业务试运行。\n\n"
                           "纽约股市三大股指30日下跌\n\n核心阅读\n\n投资者对美国资产信心下降，纽约股市三大股指30日全线下跌。\n\n"
                           "新华社纽约1月30日电 纽约股市三大股指30日下跌。")
    assert [(a.headline, a.dateline) for a in page.articles] == [
        (["29个智能气象站启动业务试运行"], "本报北京5月15日电"), (["纽约股市三大股指30日下跌"], "新华社纽约1月30日电")]


def test_an_editors_note_opens_the_story_under_its_headline_and_the_byline_stays_with_it():
    page = banmian.rebuild("全市重点项目集中开工\n\n本报讯（记者林晓岚）3月11日上午，全市重点项目集中开工。\n\n新农人的新“农经”\n\n"
                           "编者按：乡村振兴，人才是关键。今起，本报推出系列报道，敬请关注。\n\n本报记者 陈 晨\n\n清晨五点，李明已经在大棚里忙碌开了。")
    assert [(a.headline, a.byline.reporters) for a in page.articles] == [
        (["全市重点项目集中开工"], ["林晓岚"]), (["新农人的新“农经”"], ["陈晨"])]


def test_jumps_pointed_with_arrows_and_a_continuation_under_its_headline():
    page = banmian.rebuild("全市一季度重点项目集中开工\n\n本报讯（记者林晓岚）3月11日上午，集中开工活动举行。\n\n下转A3版▶\n\n"
                           "消防救援大队开展实战演练\n\n（續A1版）\n\n演练结束后，大队负责人进行了点评。")
    assert [(a.headline, a.continued_on, a.continued_from) for a in page.articles] == [
        (["全市一季度重点项目集中开工"], 3, None), (["消防救援大队开展实战演练"], None, 1)]


def test_a_cross_reference_on_a_line_of_its_own_stays_with_its_story():
    page = banmian.rebuild("全市重点项目集中开工\n\n本报讯（记者林晓岚）3月11日上午，集中开工活动举行。\n\n更多报道详见T04-05版\n\n"
                           "县图书馆流动借阅车开进白塔镇\n\n本报讯 近日，县图书馆流动借阅车开进白塔镇。")
    assert [a.headline for a in page.articles] == [["全市重点项目集中开工"], ["县图书馆流动借阅车开进白塔镇"]]
    assert page.articles[0].paragraphs[-1] == "更多报道详见T04-05版"


def test_a_heading_under_a_cross_reference_opens_the_next_teaser():
    # A front page's teasers (title, one sentence, 详见第N版) had run together as one untitled story
    page = banmian.rebuild("两部门部署春节消费活动\n\n商务部将会同相关部门举办“乐购新春”春节特别活动。\n\n（详见第10版）\n\n"
                           "2025年农业农村发展稳中有进\n\n全国农业农村厅局长会议日前召开。\n\n（详见第6版）\n")
    assert [(a.headline, a.paragraphs[-1]) for a in page.articles] == [
        (["两部门部署春节消费活动"], "（详见第10版）"), (["2025年农业农村发展稳中有进"], "（详见第6版）")]


@pytest.mark.parametrize("signature, name", [("李 拯", "李拯"), ("何思远", "何思远")])
def test_a_commentarys_signature_alone_at_its_foot_signs_it_and_heads_nothing(signature, name):
    # 人民日报's 今日谈 signs at its foot with the name alone; it had become the next story's first headline line
    page = banmian.rebuild("今日谈\n\n守护平安\n\n平安是老百姓解决温饱后的第一需求，是极重要的民生。\n\n"
                           f"平安建设，要靠全社会共同参与，方能护好千家万户的平安幸福。\n\n{signature}\n\n李强主持召开国务院常务会议\n\n"
                           "新华社北京1月29日电 国务院总理李强1月29日主持召开国务院常务会议。\n")
    assert [(a.headline, a.byline.reporters, a.byline.text) for a in page.articles] == [
        (["今日谈", "守护平安"], [name], [signature]), (["李强主持召开国务院常务会议"], [], [])]


@pytest.mark.parametrize("signature", ["◎ 郑晓梅", "□郑晓梅"])
def test_an_essays_marked_signature_at_its_foot_signs_it_and_heads_nothing(signature):
    # a 副刊 essay signed at its foot under its prose: the line had become the next piece's first headline line
    page = banmian.rebuild("外婆的腌菜缸\n\n外婆家的灶间角落里，常年摆着一口半人高的腌菜缸。\n\n"
                           f"外婆走了已经十年了。那口腌菜缸，母亲一直舍不得扔。\n\n{signature}\n\n秋日登山记\n\n文/周建明\n\n"
                           "深秋的一个周末，约了几位老友去爬城西的白云山。\n")
    assert [(a.headline, a.byline.reporters) for a in page.articles] == [
        (["外婆的腌菜缸"], ["郑晓梅"]), (["秋日登山记"], ["周建明"])]


def test_a_name_over_a_title_under_a_news_story_is_no_signature():
    page = banmian.rebuild("全市春运工作会议召开\n\n本报讯（记者 苏嘉堉）1月22日，全市春运工作会议召开。\n\n张桂梅\n\n燃灯校长\n\n"
                           "本报讯 她扎根边疆教育一线40余年，帮助2000多名女孩走出大山。\n")
    assert [a.headline for a in page.articles] == [["全市春运工作会议召开"], ["张桂梅", "燃灯校长"]]


@pytest.mark.parametrize("prompt", ["扫码看视频", "扫一扫 看视频", "▲扫码看更多精彩内容", "更多精彩请关注“温岭发布”微信公众号",
                                    "下载“潮新闻”客户端 看更多精彩", "封面新闻客户端 华西都市报官方微信公众号",
                                    "本版图片除署名外均由受访者提供", "本版稿件除署名外均据新华社、中新社、央视新闻",
                                    "（本版稿件均据央视新闻）"])
def test_a_prompt_to_scan_a_code_or_follow_the_app_is_furniture(prompt):
    # it had become the first line of the next story's headline
    page = banmian.rebuild(f"全市春运工作会议召开\n\n本报讯（记者 苏嘉堉）1月22日，全市春运工作会议召开。\n\n{prompt}\n\n"
                           "图书馆里过一夜\n\n本报讯 5月25日晚，30名市民在市图书馆过了一夜。\n")
    assert page.furniture == [prompt]
    assert [a.headline for a in page.articles] == [["全市春运工作会议召开"], ["图书馆里过一夜"]]


@pytest.mark.parametrize("pointer", ["详见A3", ">>>详见A3", "▶详见A3版", "→A3", "→3版", "（A03）", "请看A3"])
def test_teasers_pointing_to_a_section_page_stay_apart(pointer):
    # 都市报 front pages point to the story with its section's page alone; the pointer had run into the next title
    page = banmian.rebuild(f"全国体育宣传文化工作会议在烟台召开\n\n会议总结去年工作，部署下一阶段任务。\n\n{pointer}\n\n"
                           f"京津冀科普资源地图发布\n\n地图收录三地科普场馆500余家。\n\n{pointer.replace('3', '6')}\n")
    assert [(a.headline, a.paragraphs[-1]) for a in page.articles] == [
        (["全国体育宣传文化工作会议在烟台召开"], pointer), (["京津冀科普资源地图发布"], pointer.replace("3", "6"))]


def test_a_byline_at_a_storys_foot_over_a_dated_caption_signs_the_story():
    # 扬子晚报 sets a photo under the story it goes with; the story's byline had gone to the photo
    page = banmian.rebuild("玄武湖游船生意火爆\n\n本报讯 5月25日，南京气温回升，玄武湖公园迎来游船高峰。\n\n"
                           "公园工作人员介绍，当天游船出租量比上周末增加了三成。\n\n记者 韩 鑫\n\n"
                           "5月25日，南京市民在玄武湖公园划船游玩。\n\n记者 万程鹏 摄\n")
    assert [(a.kind, a.byline.reporters, a.byline.photographers) for a in page.articles] == [
        ("article", ["韩鑫"], []), ("photo", [], ["万程鹏"])]


SPEECH = ("在第十七届夏季达沃斯论坛开幕式上的致辞\n\n中华人民共和国国务院总理 李 强\n\n（2026年6月24日，大连）\n\n"
          "尊敬的各位嘉宾，女士们，先生们，朋友们：\n\n大家好！很高兴同大家相聚在美丽的滨城大连，出席第十七届夏季达沃斯论坛。\n")


def test_a_speech_printed_in_full_is_signed_by_its_speaker():
    article = banmian.rebuild(SPEECH).articles[0]
    assert (article.headline, article.byline.reporters, article.byline.text) == (
        ["在第十七届夏季达沃斯论坛开幕式上的致辞"], ["李强"], ["中华人民共和国国务院总理 李 强"])


def test_a_factory_directors_speech_is_signed_by_the_director():
    text = ("质量是企业的生命\n\n——在全厂“质量月”动员大会上的讲话（摘要）\n\n厂长　赵卫东\n\n"
            "同志们：今天我们召开全厂“质量月”动员大会，目的是进一步提高全体职工的质量意识。\n")
    article = banmian.rebuild(text).articles[0]
    assert (article.headline, article.byline.reporters) == (
        ["质量是企业的生命", "——在全厂“质量月”动员大会上的讲话（摘要）"], ["赵卫东"])


def test_a_pointer_under_a_photos_credit_stays_with_the_photo():
    page = banmian.rebuild("冰雕师忙创作\n\n元旦假期，冰雕师在黑龙江哈尔滨多个冰雪景点创作冰雕。\n\n新华社记者 李 贺摄\n\n"
                           "（相关报道见第四版）\n\n两部门部署春节消费活动\n\n本报讯 商务部将会同相关部门举办春节特别活动。\n")
    assert [(a.kind, a.headline, a.paragraphs[-1]) for a in page.articles] == [
        ("photo", ["冰雕师忙创作"], "（相关报道见第四版）"), ("article", ["两部门部署春节消费活动"], "本报讯 商务部将会同相关部门举办春节特别活动。")]


def test_a_classified_pages_categories_and_ads_stay_apart():
    page = banmian.rebuild("寻人启事\n\n刘德福，男，76岁，6月12日上午在茶店子公交站附近走失。有知情者请联系：13908081234 刘女士，必有重谢！\n\n"
                           "房屋出租\n\n高新区天府三街地铁口精装一室一厅，拎包入住，月租2800元。电话：13880001111\n\n"
                           "武侯区玉林小区临街铺面60平方米，适合餐饮。电话：18602802222\n\n"
                           "招聘\n\n某物业公司招聘保安5名，50岁以下，包食宿，月薪4500元起。电话：028-85551234\n")
    assert [(a.headline, len(a.paragraphs)) for a in page.articles] == [(["寻人启事"], 1), (["房屋出租"], 2), (["招聘"], 1)]


def test_a_front_pages_index_is_furniture():
    page = banmian.rebuild("今日导读\n\n全市中小学今起放暑假 A3\n\n地铁5号线南延段下月开通 ▶A6\n\n全市重点项目集中开工\n\n"
                           "本报讯（记者林晓岚）3月11日上午，集中开工活动举行。")
    assert page.furniture == ["今日导读", "全市中小学今起放暑假 A3", "地铁5号线南延段下月开通 ▶A6"]
    assert [a.headline for a in page.articles] == [["全市重点项目集中开工"]]


def test_a_news_hotline_and_a_weather_line_are_furniture():
    page = banmian.rebuild("全市重点项目集中开工\n\n本报讯（记者林晓岚）3月11日上午，集中开工活动举行。\n\n新闻热线：0576-86123456\n\n"
                           "今天多云转阴 22℃～30℃ 东南风3级")
    assert page.furniture == ["新闻热线：0576-86123456", "今天多云转阴 22℃～30℃ 东南风3级"]
    assert [a.paragraphs for a in page.articles] == [["本报讯（记者林晓岚）3月11日上午，集中开工活动举行。"]]
    assert not banmian.rebuild("热线电话网络和线下咨询服务站，努力满足考生和家长多").furniture  # a sentence's piece


def test_a_letter_spaced_masthead_names_the_paper():
    page = banmian.rebuild("温 岭 日 报\n2026年1月23日 星期二\n全市春运工作会议召开\n　　本报讯（记者 苏嘉堉）1月22日，全市\n"
                           "春运工作会议召开。")
    assert (page.paper, page.date) == ("温岭日报", "2026-01-23")
    assert page.furniture[0] == "温 岭 日 报" and page.articles[0].headline == ["全市春运工作会议召开"]


def test_a_column_tag_in_brackets_over_a_headline_is_its_first_line():
    page = banmian.rebuild("（总书记的关切·落地的回响）\n\n越来越多年轻人挑起科技创新大梁\n\n本报记者 闵 辉\n\n"
                           "实验室里，青年科研人员开展钠离子电池技术研究。\n\n（本报纳米比亚伦杜电）")
    assert [a.headline for a in page.articles] == [["（总书记的关切·落地的回响）", "越来越多年轻人挑起科技创新大梁"]]


def test_a_byline_under_a_storys_last_sentence_with_a_headline_below_signs_that_story_at_its_foot():
    page = banmian.rebuild("前4月跨区域人员流动量超232亿人次\n\n本报北京5月27日讯 记者从交通运输部获悉：今年前4月，交通运输经济运行"
                           "总体平稳。\n\n人员流动量稳中有进。前4月，我国完成跨区域人员流动量232.1亿人次。\n\n本报记者 韩 鑫\n\n"
                           "涉农贷款余额同比增长\n\n截至一季度末，全国涉农贷款余额同比增长16.4%。\n\n本报记者 刘 洋\n\n本版编辑：张三\n")
    assert [(a.headline, len(a.paragraphs), a.byline.reporters) for a in page.articles] == [
        (["前4月跨区域人员流动量超232亿人次"], 2, ["韩鑫"]), (["涉农贷款余额同比增长"], 1, ["刘洋"])]


def test_an_authors_name_under_a_headline_among_fragments_signs_the_piece_and_runs_into_no_paragraph():
    page = banmian.rebuild("人民要论\n\n以历史自觉推进文化建设\n\n王学典\n\n当前，世界百年变局加速演进，文化在综合国力竞争中的地位"
                           "更加凸显。\n\n我们要坚定文化自信。\n")
    (article,) = page.articles
    assert article.byline.reporters == ["王学典"] and article.paragraphs[0].startswith("当前，")


def test_a_name_under_a_sidebars_label_that_its_text_opens_on_is_its_subject_not_its_writer():
    page = banmian.rebuild("人物小传\n\n郑成功\n\n郑成功（1624—1662），本名森，字明俨，福建南安人，明末清初军事家。\n")
    (article,) = page.articles
    assert (article.headline, article.byline.reporters) == (["人物小传", "郑成功"], [])


@pytest.mark.parametrize("credit", ["新华社发", "人民视觉", "（新华社发）", "CFP供图", "法新社", "路透社发", "图：政府新闻处"])
def test_a_bare_agency_credit_under_a_caption_makes_it_a_photo_not_the_next_headline(credit):
    page = banmian.rebuild("射箭世界杯中国队夺冠\n\n本报讯（记者 王 军）射箭世界杯上海站比赛结束，中国队获得女子个人金牌。\n\n"
                           f"6月14日，中国队选手朱静怡在反曲弓女子个人决赛中。\n\n{credit}\n\n亚足联球队表现亮眼\n\n"
                           "据新华社电 世界杯预选赛当天进行，日本队3∶1战胜对手。\n")
    assert [(a.kind, a.headline, a.byline.text) for a in page.articles] == [
        ("article", ["射箭世界杯中国队夺冠"], []), ("photo", [], [credit]), ("article", ["亚足联球队表现亮眼"], [])]


@pytest.mark.parametrize("credit", ["漫画/高 岳", "漫画：高岳", "插画：高岳", "图表制作：高岳"])
def test_a_cartoons_credit_between_stories_names_its_maker_and_heads_no_story(credit):
    page = banmian.rebuild("信用修复护航企业发展\n\n本报讯（记者 张 维）去年全国266.96万人次通过信用修复回归市场。\n\n"
                           f"{credit}\n\n守护群众钱袋子\n\n本报讯（记者 李 明）近日，公安机关破获一起电信诈骗案。\n")
    assert [a.headline for a in page.articles] == [["信用修复护航企业发展"], ["守护群众钱袋子"]]
    assert page.articles[0].byline.photographers == ["高岳"]


def test_index_items_pointed_with_chevrons_are_furniture():
    items = ["■ 神舟二十三号航天员乘组简介 >>6版", "■ 网络文明大讲堂活动启动 >>6版", "■ 全国老年人体育健身大会开幕 》》13版"]
    page = banmian.rebuild("导读\n\n" + "\n\n".join(items) + "\n\n神舟二十三号载人飞船发射取得圆满成功\n\n"
                           "新华社酒泉6月16日电 神舟二十三号载人飞船发射取得圆满成功。\n")
    assert page.furniture == ["导读"] + items
    assert [a.headline for a in page.articles] == [["神舟二十三号载人飞船发射取得圆满成功"]]


def test_an_essays_funding_note_under_its_authors_unit_closes_the_essay_not_a_story_of_its_own():
    note = "本文系国家社会科学基金重大项目“新时代文化建设研究”（23ZDA001）的阶段性成果。"
    page = banmian.rebuild("以历史自觉推进文化建设\n\n王学典\n\n当前，世界百年变局加速演进，文化的地位更加凸显。\n\n"
                           f"（作者单位：中国人民大学中共党史党建学院）\n\n{note}\n\n本版责编：李 洋\n")
    (essay,) = page.articles
    assert essay.paragraphs[-1] == note


@pytest.mark.parametrize("form", ["fragments", "wrapped"])
def test_an_essays_references_stay_its_last_paragraphs_and_the_next_essays_headline_heads_it(form):
    references = ["[1]商务部.2026年一季度全国吸收外资情况[R].北京，2026.", "[2]国家统计局.中国统计年鉴2025[M].北京：中国统计出版社，2025."]
    listed = "\n".join(references) if form == "fragments" else "\n".join("　　" + entry for entry in references)
    page = banmian.rebuild("从“在中国生产”到“在中国创造”\n\n李心萍\n\n研发不是空中楼阁，需要从实验室到产业化的全链条支撑。\n\n"
                           f"参考文献：\n{listed}\n\n赛道上最动人的徽章\n\n我们出发，我们挑战，只因胸中未曾熄灭的火焰。\n")
    assert [a.headline for a in page.articles] == [["从“在中国生产”到“在中国创造”"], ["赛道上最动人的徽章"]]
    assert page.articles[0].paragraphs[-3:] == ["参考文献："] + references


def test_a_heading_whose_words_the_next_sentence_opens_on_heads_a_story_of_its_own():
    page = banmian.rebuild("网络文明大讲堂活动启动\n\n本报北京6月16日电 （记者丁雅诵）“网络文明大讲堂”活动启动仪式16日在清华大学举行。\n\n"
                           "活动旨在传播主流价值。\n\n全国老年人体育健身大会开幕\n\n第五届全国老年人体育健身大会开幕式9日在山西省太原市"
                           "举行，3800余人参加。\n\n大会以“银龄健身展风采”为主题。\n")
    assert [a.headline for a in page.articles] == [["网络文明大讲堂活动启动"], ["全国老年人体育健身大会开幕"]]


def test_a_subhead_the_next_sentence_quotes_stays_a_subhead():
    page = banmian.rebuild("学者热议构建自主知识体系\n\n本报北京6月16日电 （记者丁雅诵）专家学者表示，要深入学习贯彻重要指示。\n\n"
                           "大家认为指示高屋建瓴。\n\n加快构建中国哲学社会科学自主知识体系\n\n“加快构建中国哲学社会科学自主知识体系”，"
                           "是新时代赋予的使命。\n")
    (article,) = page.articles
    assert article.paragraphs[-2] == "加快构建中国哲学社会科学自主知识体系"


def test_a_subhead_whose_words_open_the_next_sentence_before_a_comma_stays_a_subhead():
    page = banmian.rebuild("高校毕业生，请收下这份入职攻略\n\n本报讯（记者吴君 通讯员姜洁）又是一年毕业季，许多学子告别校园。\n\n"
                           "签合同时要重点审核工作内容和地点，防止被随意调岗。\n\n试用期不等于“白用期”\n\n"
                           "试用期不等于“白用期”，如果遇到用人单位不签劳动合同，毕业生可通过法律手段维权。\n")
    (article,) = page.articles
    assert article.paragraphs[-2] == "试用期不等于“白用期”"


def test_a_titled_qa_box_under_a_story_that_asked_nothing_is_a_piece_of_its_own():
    page = banmian.rebuild("38个老小区“旧貌换新颜”\n\n本报讯（记者 林蔚）今年我区启动38个老旧小区改造。\n\n"
                           "目前已有26个小区完成物业选聘。\n\n\n老旧小区改造　居民关心的问题这里有答案\n\n"
                           "问：改造要不要居民出钱？\n\n答：基础类改造内容由政府财政出资，居民不需出钱。\n")
    assert [a.headline for a in page.articles] == [["38个老小区“旧貌换新颜”"], ["老旧小区改造 居民关心的问题这里有答案"]]


def test_an_essay_signed_at_its_foot_by_a_resident_closes_and_names_its_writer():
    page = banmian.rebuild("楼道里的“百家饭”\n\n我家住的是老小区，一个单元十二户人家。\n\n楼道还是那个楼道，人情味一点都没少。\n\n"
                           "王秀兰（翠苑社区居民）\n\n\n运河边的晨练\n\n退休以后，我养成了一个习惯。\n")
    first, second = page.articles
    assert (first.byline.reporters, first.paragraphs[-1]) == (["王秀兰"], "楼道还是那个楼道，人情味一点都没少。")
    assert second.headline == ["运河边的晨练"]


@pytest.mark.parametrize("signature", ["林小禾（湖滨社区居民）", "洪山区　林小禾（78岁）"])
def test_a_poem_signed_at_its_foot_with_the_writers_home_is_verse_not_a_headline_run(signature):
    verses = ["傍晚，一盏一盏亮起来", "三楼的灯下，有人在包馄饨", "五楼的灯下，孩子在写作业", "这些灯，连成了一个家"]
    page = banmian.rebuild("小区的灯\n\n" + "\n\n".join(verses) + f"\n\n{signature}\n")
    (poem,) = page.articles
    assert (poem.headline, poem.paragraphs, poem.byline.reporters) == (["小区的灯"], verses, ["林小禾"])


def test_a_schedules_days_over_their_timed_entries_are_its_text():
    page = banmian.rebuild("本周赛程\n\n11月15日（周五）\n\n19:35　中超第29轮　申江蓝鲸—南岭队（申江体育场）\n\n"
                           "11月16日（周六）\n\n19:35　CBA常规赛　申江男篮—东海队（申江体育中心）\n\n"
                           "15:00　女排超级联赛　申江女排—江城女排（虹湾体育馆）\n")
    (box,) = page.articles
    assert box.headline == ["本周赛程"]
    assert [p.split()[0] for p in box.paragraphs] == ["11月15日（周五）", "19:35", "11月16日（周六）", "19:35", "15:00"]


def test_verses_of_even_length_among_fragments_stay_lines_and_a_poem_forms_title_opens_the_next_poem():
    verses = ["像一封寄不出的信", "在路口打了个转", "晾衣竿上的棉被", "晒满了阳光", "母亲说，今晚", "可以睡个好觉了"]
    quatrain = ["一川烟水接天流，", "渔火三星点晚舟。", "最是芦花风起处，", "半江明月半江秋。"]
    page = banmian.rebuild("初冬（外一首）\n\n林 溪\n\n" + "\n\n".join(verses) + "\n\n\n七绝·江村晚眺\n\n周汝成\n\n"
                           + "\n\n".join(quatrain) + "\n")
    first, second = page.articles
    assert (first.headline, first.paragraphs) == (["初冬（外一首）"], verses)
    assert (second.headline, second.paragraphs) == (["七绝·江村晚眺"], quatrain)


def test_the_address_closing_a_call_for_contributions_is_its_text_not_the_next_storys_headline():
    page = banmian.rebuild("征稿启事\n\n“云溪风”文化版常年面向全区居民征稿，欢迎投寄散文、随笔。\n\n来稿请注明真实姓名和联系电话。\n\n"
                           "投稿邮箱：yxbwh@163.com\n\n\n社区图书角“漂”出满城书香\n\n本报讯（通讯员 钱晨）近日，社区图书角开放。\n")
    call, story = page.articles
    assert call.paragraphs[-1] == "投稿邮箱：yxbwh@163.com"
    assert story.headline == ["社区图书角“漂”出满城书香"]


def test_a_heading_under_a_serials_part_end_heads_the_next_piece():
    page = banmian.rebuild("连载（三十二）\n梧桐里\n\n　　借着路灯的光，她看清了那张脸，\n手里的茶杯落在了地上。\n（未完待续）\n\n"
                           "“低头”一族\n图/程小舟\n")
    serial, cartoon = page.articles
    assert serial.paragraphs[-1] == "（未完待续）"
    assert (cartoon.kind, cartoon.headline, cartoon.byline.photographers) == ("photo", ["“低头”一族"], ["程小舟"])


def test_a_one_phrase_subhead_over_an_interviews_first_question_stays_in_the_story():
    page = banmian.rebuild("企业购置不动产更省事更省钱\n\n过去，企业购房手续繁琐，要跑多个部门。近日，多地推出改革。\n\n"
                           "告别“多头跑、重复交”\n\n问：改革能让企业感受到哪些最直接的便利？\n\n答：材料一次提交，全程网办。\n")
    (article,) = page.articles
    assert article.paragraphs[1] == "告别“多头跑、重复交”"


def test_the_note_on_a_serials_writer_under_its_part_end_stays_the_serials():
    page = banmian.rebuild("连载（二十七）\n\n渡口\n\n她看清了那张脸，手里的茶杯落在了地上。\n\n（未完待续）\n\n作者简介\n\n"
                           "梁秋水，江城人，江城市作家协会副主席。\n")
    (serial,) = page.articles
    assert serial.paragraphs[-2:] == ["作者简介", "梁秋水，江城人，江城市作家协会副主席。"]


def test_a_forecasts_issuer_closing_its_box_heads_no_table_below():
    page = banmian.rebuild("未来三天天气\n\n14日（周四）　多云　14℃～21℃\n\n15日（周五）　阴转小雨　13℃～18℃\n\n"
                           "申江市气象台发布\n\n\n本周菜价\n\n（单位：元/500克）\n\n品名　本周均价　上周均价\n\n青菜　3.20　2.90\n")
    assert page.articles[-1].headline == ["本周菜价"]


def test_a_headline_ending_on_bao_under_the_header_is_no_masthead():
    page = banmian.rebuild("2024年11月15日　星期五\n\n第7版\n\n云溪风·文化\n\n村里的黑板报\n\n"
                           "本报讯（通讯员 钱晨）11月10日，村里的黑板报换了新内容。\n")
    assert (page.paper, page.articles[0].headline) == (None, ["村里的黑板报"])


def test_stacked_byline_lines_under_a_headline_are_one_storys_byline():
    page = banmian.rebuild("以案说法\n独居老人去世 遗产如何继承\n\n□ 法治日报全媒体记者 张 维\n□ 通讯员 徐 慧 李 明 王 静\n\n"
                           "葛某是上海徐汇区的一名独居老人。\n\n那么，葛某遗留的财产该归谁呢？\n")
    (article,) = page.articles
    assert (article.byline.reporters, article.byline.correspondents) == (["张维"], ["徐慧", "李明", "王静"])
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize("subhead", ["■ 法官说法", "◆ 检察官说法", "【律师提醒】"])
def test_a_marked_section_heading_set_apart_in_a_story_is_its_subhead(subhead):
    page = banmian.rebuild("独居老人去世 遗产如何继承\n\n□ 本报记者 张 维\n\n　　葛某是上海徐汇区的一名独居老\n"
                           "人。2022年的一天，葛某在家中去世。\n　　法院经审理认为，葛某生前未订\n立遗嘱，又没有继承人，"
                           f"法院判决葛\n某成夫妻分得遗产。\n\n{subhead}\n\n　　法官介绍：「没有法定继承人的\n"
                           "独居老人，去世后财产归谁，一直是\n社会关心的话题。」\n\n（文中当事人均为化名）\n")
    (article,) = page.articles
    assert subhead in article.paragraphs


def test_a_caption_with_its_credit_run_in_under_a_storys_last_sentence_is_a_photo_of_its_own():
    page = banmian.rebuild("我市民生实事候选项目出炉\n\n本报讯（记者 王 军）近日，我市民生实事候选项目出炉。\n\n项目将经人大代表票决后予以实施。\n\n"
                           "3月11日，小曹娥镇农户在田间移栽西瓜苗。 通讯员 孙 悦 摄\n\n责任编辑：张三\n")
    story, photo = page.articles
    assert story.paragraphs[-1] == "项目将经人大代表票决后予以实施。" and story.kind == "article"
    assert photo.kind == "photo" and photo.byline.photographers == ["孙悦"]


def test_an_editors_note_under_a_storys_text_opens_the_story_it_introduces():
    page = banmian.rebuild("石塘渔港：满舱带鱼迎新春\n\n本报讯（记者 王 军）连日来，石塘渔港迎来带鱼丰收季。\n\n渔民们忙着卸货。\n\n"
                           "编者按：老旧小区改造是民生工程。今起，本报推出系列报道，敬请关注。\n\n老小区加装电梯 “悬空老人”下楼了\n\n"
                           "本报记者 林晓岚\n\n近日，城东街道一老小区加装的电梯投入使用。\n")
    first, second = page.articles
    assert first.paragraphs[-1] == "渔民们忙着卸货。"
    assert second.headline == ["老小区加装电梯 “悬空老人”下楼了"] and second.paragraphs[0].startswith("编者按：")


def test_a_pages_hotline_box_is_furniture():
    page = banmian.rebuild("老小区加装电梯\n\n本报讯（记者 林晓岚）近日，城东街道一老小区加装的电梯投入使用。\n\n"
                           "市民热线：12345 新闻热线：86198888\n\n本版责编：林 英\n")
    assert page.furniture == ["市民热线：12345 新闻热线：86198888", "本版责编：林 英"]


def test_a_page_header_read_one_box_a_line_is_furniture_and_names_the_page():
    page = banmian.rebuild("温岭日报\n2024年1月24日\n星期三\n第2版\n综合\n\n我市启动“春风行动”\n\n"
                           "本报讯（记者 赵 云）1月31日，我市2024年“春风行动”启动。\n")
    assert page.furniture == ["温岭日报", "2024年1月24日", "星期三", "第2版", "综合"]
    assert (page.paper, page.date, page.page) == ("温岭日报", "2024-01-24", 2)
    assert [a.headline for a in page.articles] == [["我市启动“春风行动”"]]


def test_a_poem_under_its_title_and_marked_author_is_a_piece_of_its_own_its_verse_lines_paragraphs():
    verse = ["第一缕阳光", "落在曙光碑上", "渔网晾在石屋前", "像一片收拢的海", "渔港", "汛期归来的船", "把整片东海", "卸在码头上"]
    page = banmian.rebuild("下班钻进图书室\n\n文/王 芳\n\n下班后，我常常钻进单位的图书室，一坐就是一个钟头。\n\n书香让人安静。\n\n"
                           "石塘的早晨（外一首）\n\n◎ 江 南\n\n" + "\n\n".join(verse) + "\n\n水龙局的百年守护\n\n文/林 静\n\n"
                           "在温岭老城，有一座百年水龙局。\n")
    assert [(a.headline, a.byline.reporters) for a in page.articles] == [
        (["下班钻进图书室"], ["王芳"]), (["石塘的早晨（外一首）"], ["江南"]), (["水龙局的百年守护"], ["林静"])]
    assert page.articles[1].paragraphs == verse


def test_a_poem_signed_by_a_padded_name_under_an_essay_is_no_part_of_the_essay():
    page = banmian.rebuild("春到四明山\n\n陈 静\n\n三月的四明山，漫山遍野都是新绿。\n\n这是我见过最温暖的春天。\n\n姚江谣\n\n孙 悦\n\n"
                           "江水绕城\n\n柳色新\n\n阳明故里\n\n读书声\n\n遗失声明\n\n余姚市某公司遗失公章一枚，声明作废。\n")
    assert [(a.headline, a.byline.reporters, len(a.paragraphs)) for a in page.articles] == [
        (["春到四明山"], ["陈静"], 2), (["姚江谣"], ["孙悦"], 4), (["遗失声明"], [], 1)]


def test_a_caption_with_its_credit_run_in_under_a_one_paragraph_lead_is_a_photo_of_its_own():
    page = banmian.rebuild("我市民生实事候选项目出炉\n\n本报讯（记者 陈 峰）3月11日，今年我市民生实事候选项目已经出炉。\n\n\n\n"
                           "3月11日，小曹娥镇农户在田间移栽西瓜苗。 通讯员 孙 悦 摄\n\n责任编辑：胡 燕\n")
    assert [a.kind for a in page.articles] == ["article", "photo"]


def test_the_supplements_name_under_the_page_header_is_furniture_not_the_first_headline():
    page = banmian.rebuild("温岭日报 2024年1月23日 星期二 第5版 东海潮\n\n东海潮\n\n副刊\n\n\n\n下班钻进图书室\n\n□ 陈海平\n\n"
                           "下班后，我常常钻进单位的图书室，一坐就是一个钟头。\n")
    assert page.furniture[1:] == ["东海潮", "副刊"]
    assert [a.headline for a in page.articles] == [["下班钻进图书室"]]


def test_a_brief_signed_at_its_foot_under_a_story_signed_in_its_lead_is_a_story_of_its_own():
    page = banmian.rebuild(
        "城东街道开展迎新春送温暖活动\n\n本报讯（记者 王小明 通讯员 李华）1月22日，城东街道组织党员志愿者走访辖区困难群众，送去米、油等慰问品和新春祝福。\n\n"
        "据了解，此次活动共走访困难家庭86户，发放慰问金12万元。\n\n箬横镇举办农民技能培训\n\n"
        "近日，箬横镇在镇成人学校举办农民技能培训班，邀请农技专家为60余名种植户讲授西兰花栽培和病虫害防治技术。\n\n"
        "培训现场，专家还就种植户关心的问题一一作答。\n\n（通讯员 陈静）\n\n"
        "松门镇渔港开展安全检查\n\n1月21日，松门镇对中心渔港停泊渔船开展安全检查。\n\n（记者 周杰）\n")
    assert [(a.headline, len(a.paragraphs)) for a in page.articles] == [
        (["城东街道开展迎新春送温暖活动"], 2), (["箬横镇举办农民技能培训"], 3), (["松门镇渔港开展安全检查"], 2)]


@pytest.mark.parametrize("foot", ["（本报记者 王小明 整理）", "（本报记者 刘岩 徐鑫雨）"])
def test_a_part_signed_at_its_foot_in_a_story_under_a_byline_line_stays_in_the_story(foot):
    page = banmian.rebuild(
        "自然与人文景观交相辉映\n\n本报记者 王小明\n\n近年来，石林持续推进地质遗产保护，游客稳步增长。\n\n"
        f"彝族人文景观\n\n与自然景观交相辉映的是石林彝族人文景观。世代居住于此的撒尼人创造了灿烂的文化。\n\n{foot}\n")
    assert [(a.headline, len(a.paragraphs)) for a in page.articles] == [(["自然与人文景观交相辉映"], 4)]


def test_a_marked_author_line_under_a_two_line_heading_is_its_byline_not_the_headlines_end():
    page = banmian.rebuild("无人机有了护身符\n\n今年，合作社扩大种植规模。\n\n编辑手记\n\n不止于兜底，也在于激励\n\n□ 冯 涛\n\n"
                           "随着我国农业智能化、数字化转型加快推进，农业保险已从单纯的保作物、保收益，逐步转向全链条服务。\n")
    assert [(a.headline, a.byline.reporters) for a in page.articles][1] == (["编辑手记", "不止于兜底，也在于激励"], ["冯涛"])


def test_a_caption_marked_with_a_triangle_under_a_story_with_its_credit_below_is_a_photo_of_its_own():
    page = banmian.rebuild("首隻可兑換實物黃金ETF掛牌\n\n【大公報訊】記者鄭靜霞報道：恒生黃金ETF29日在香港交易所掛牌。\n\n"
                           "香港交易所市場主管餘學勤説，這是近十年來首隻黃金主題的ETF產品。\n\n"
                           "▲恒生黃金ETF昨日在港交所掛牌上市，財庫局局長許正宇（中）出席儀式。\n\n大公報記者麥潤田攝\n")
    assert [(a.kind, len(a.paragraphs), a.byline.photographers) for a in page.articles] == [
        ("article", 2, []), ("photo", 1, ["麥潤田"])]


def test_a_poem_signed_at_its_foot_is_a_piece_of_its_own_and_the_essay_under_it_another():
    gap = "\n\n"
    verse = ["四月的风", "从缙云山吹下来", "吹红了资源圃里", "一千二百个名字", "那个戴眼镜的年轻人", "把一粒胚"]
    page = banmian.rebuild(gap.join(["“山花烂漫”的力量", "□ 王 静", "现实生活中，我们都会面对各种困难，会遭遇种种挫折。",
                                     "（作者为中国社会科学院文学研究所研究员）", "山茶开了", *verse, "□ 周 青",
                                     "水龙局的百年守护", "文/林 静", "在温岭老城，有一座百年水龙局。"]))
    assert [(a.headline, a.byline.reporters, len(a.paragraphs)) for a in page.articles] == [
        (["“山花烂漫”的力量"], ["王静"], 2), (["山茶开了"], ["周青"], 6), (["水龙局的百年守护"], ["林静"], 1)]
    assert page.articles[1].paragraphs == verse


def test_a_poem_signed_at_its_foot_on_wrapped_lines_keeps_its_author_apart_from_the_next_title():
    page = banmian.rebuild(
        "从一颗种子到“山花烂漫”\n　　电视剧《山花烂漫时》里，张桂梅老师带着6\n名同事重温入党誓词的场景，是当代主旋律电视剧\n"
        "中感人至深的高光时刻。这样一个朴素的场面，为\n什么能够迸发出惊人的力量，感动无数观众？\n"
        "　　（作者为中国社会科学院文学研究所研究员）\n\n山茶开了\n　　四月的风\n　　从缙云山吹下来\n　　吹红了资源圃里\n"
        "　　一千二百个名字\n　　那个戴眼镜的年轻人\n□ 周 青\n\n“不能没有”童真之语\n　　童年是人生中最美好的时光，展露着生命最本\n"
        "真的状态。被读者亲切称为“宝藏奶奶”的艺术家\n蔡皋，其最新作品《不能没有》以天真质朴的语言。\n")
    assert [(a.headline, a.byline.reporters, len(a.paragraphs)) for a in page.articles] == [
        (["从一颗种子到“山花烂漫”"], [], 2), (["山茶开了"], ["周青"], 5), (["“不能没有”童真之语"], [], 1)]


def test_an_editors_afterword_under_a_signed_letter_is_an_item_of_its_own():
    page = banmian.rebuild("严管校园周边销售槟榔\n\n我的孩子在读小学五年级，希望有关部门加强监管。\n\n辽宁海城市读者\n\n编后\n\n"
                           "一颗小小的槟榔，牵动着千万家长的心。本报将持续关注此事进展。\n\n农家书屋应“适农”\n\n"
                           "书屋建了，就该管好用好，要在“适农”二字上做文章。\n")
    assert [(a.headline, len(a.paragraphs)) for a in page.articles] == [
        (["严管校园周边销售槟榔"], 2), (["编后"], 1), (["农家书屋应“适农”"], 1)]


def test_a_service_pages_boxes_keep_their_fields_and_rows_apart_and_a_notice_heads_its_own_block():
    page = banmian.rebuild(
        "中东部将迎大范围雨雪天气\n\n本报讯 中央气象台预计，7日至9日，我国中东部大部地区将出现雨雪天气。\n\n计划停电通知\n\n"
        "因线路检修，以下区域计划停电，请相关用户做好准备：\n\n国网温岭市供电公司\n\n供电服务热线：95598\n\n潮汐预报\n\n"
        "石塘站 高潮 05:12 17:40 低潮 11:28 23:55\n\n松门站 高潮 05:20 17:49 低潮 11:36\n\n今日限行\n\n"
        "城区限行尾号：3和8\n\n限行时间：7:00—9:00 17:00—19:00\n")
    notice, tides = page.articles[1:3]
    assert notice.headline == ["计划停电通知"] and notice.paragraphs[-1] == "供电服务热线：95598"
    assert tides.headline == ["潮汐预报"]
    assert tides.paragraphs[:2] == ["石塘站 高潮 05:12 17:40 低潮 11:28 23:55", "松门站 高潮 05:20 17:49 低潮 11:36"]
    assert ["城区限行尾号：3和8", "限行时间：7:00—9:00 17:00—19:00"] == page.articles[-1].paragraphs[-2:]


def test_an_indented_readers_signature_on_wrapped_lines_closes_the_letter():
    page = banmian.rebuild("严管校园周边销售槟榔\n　　我的孩子在读小学五年级，希望有关部门\n加强监管，为孩子们营造良好成长环境。\n"
                           "　　辽宁海城市读者\n\n编后\n　　一颗小小的槟榔，牵动着千万家长的\n心。本报将持续关注此事进展。\n")
    assert [a.headline for a in page.articles] == [["严管校园周边销售槟榔"], ["编后"]]


def test_briefs_signed_by_their_writers_names_alone_are_one_story_each():
    page = banmian.rebuild("简讯\n\n城南镇开展防汛应急演练\n\n5月14日，城南镇开展防汛应急演练，检验了人员转移、物资调配等环节。（王 宁）\n\n"
                           "市图书馆推出“夜读”服务\n\n即日起，市图书馆延长开放时间至晚上9点，并开设亲子共读专区。（林 悦）\n\n"
                           "我市新增3家省级放心消费单位\n\n日前，省消保委公布名单，我市3家单位上榜。（记者 陈 明）\n")
    assert [a.headline[-1] for a in page.articles] == ["城南镇开展防汛应急演练", "市图书馆推出“夜读”服务", "我市新增3家省级放心消费单位"]


def test_a_notices_issuer_and_date_close_it_and_each_notice_is_its_own_item():
    page = banmian.rebuild(
        "隗福临同志逝世\n\n本报讯 隗福临同志因病医治无效，于2026年1月25日逝世，享年90岁。\n\n讣 告\n\n"
        "原东海市人大常委会副主任陈文华同志，因病医治无效，于2026年1月28日逝世。\n\n特此讣告。\n\n陈文华同志治丧委员会\n\n"
        "2026年1月30日\n\n干部任前公示\n\n根据《党政领导干部选拔任用工作条例》，现将拟任职干部情况公示如下。\n\n"
        "公示期间如有意见，请向市委组织部反映。\n\n中共东海市委组织部\n\n2026年1月30日\n")
    assert [(a.headline, a.paragraphs[-2:]) for a in page.articles][1:] == [
        (["讣 告"], ["陈文华同志治丧委员会", "2026年1月30日"]), (["干部任前公示"], ["中共东海市委组织部", "2026年1月30日"])]


def test_a_row_of_dated_captions_under_a_story_is_a_photo_each():
    page = banmian.rebuild(
        "校园里的春天\n\n本报讯（记者 陈 晨）连日来，我市各校开展丰富多彩的春季活动。\n\n活动惠及更多学子。\n\n"
        "4月21日，城东小学学生在“开心农场”里给蔬菜浇水。\n\n通讯员 张 颖 摄\n\n"
        "4月20日，实验中学举行春季田径运动会，学生在进行接力赛。\n\n通讯员 林 峰 摄\n\n"
        "4月22日，市一中学生在图书馆参加“世界读书日”活动。\n\n记者 陈 晨 摄\n")
    assert [(a.kind, len(a.paragraphs), a.byline.photographers) for a in page.articles] == [
        ("article", 2, []), ("photo", 1, ["张颖"]), ("photo", 1, ["林峰"]), ("photo", 1, ["陈晨"])]


def test_an_essays_references_under_its_author_note_are_the_essays_and_the_next_essay_keeps_its_title():
    page = banmian.rebuild(
        "以科技创新引领产业创新\n\n王小明\n\n科技创新是发展新质生产力的核心要素。\n\n（作者单位：西南交通大学）\n\n参考文献：\n\n"
        "[1]习近平.论科技自立自强[M].北京:中央文献出版社,2023.\n\n[2]陈劲.创新驱动发展[J].科学学研究,2024(3):4-9.\n\n"
        "树牢正确政绩观，从走好第一步开始\n\n王晓东\n\n政绩观是领导干部的世界观、人生观、价值观在工作上的反映。\n")
    assert [(a.headline, a.paragraphs[-1][:4]) for a in page.articles] == [
        (["以科技创新引领产业创新"], "[2]陈"), (["树牢正确政绩观，从走好第一步开始"], "政绩观是")]


def test_an_advertisement_between_stories_is_a_block_of_its_own_not_the_next_storys_headline():
    page = banmian.rebuild(
        "织密城乡“15分钟就业服务圈”\n\n本报讯（记者 王小明）我市持续推进就业服务圈建设，今年已建成站点120个。\n\n"
        "金秋家装节\n\n全场低至5折 再送定制衣柜\n\n地址：东海大道188号\n\n“到店消费的境外旅客增长两成多”\n\n"
        "本报讯（记者 李 蓉）广东深圳市今年离境退税商店数量大幅增加。\n")
    assert [a.headline for a in page.articles] == [
        ["织密城乡“15分钟就业服务圈”"], ["金秋家装节", "全场低至5折 再送定制衣柜"], ["“到店消费的境外旅客增长两成多”"]]


def test_an_appeals_two_issuers_and_its_date_close_it_and_the_next_storys_title_heads_its_own():
    text = ("移风易俗树新风\n\n——致全县广大群众的倡议书\n\n全县广大群众朋友们：\n\n"
            "让我们从自身做起，共同营造文明、节俭的社会新风尚！\n\n潜川县新时代文明实践中心\n\n"
            "潜川县精神文明建设指导委员会办公室\n\n2025年5月18日\n\n县新时代文明实践中心\n\n举办志愿服务骨干培训班\n\n"
            "本报讯（通讯员 鲍丽娟）5月16日至17日，县新时代文明实践中心举办志愿服务骨干培训班。\n")
    appeal, training = banmian.rebuild(text).articles
    assert appeal.paragraphs[-3:] == ["潜川县新时代文明实践中心", "潜川县精神文明建设指导委员会办公室", "2025年5月18日"]
    assert training.headline == ["县新时代文明实践中心", "举办志愿服务骨干培训班"]


def test_a_notice_closing_on_a_five_digit_service_hotline_keeps_its_issuer_and_date():
    text = "\n\n".join(["计划停电公告", "因电网设备检修需要，国网潜川县供电公司将对以下线路计划停电。",
                      "停电时间：5月22日7:30—17:30", "如遇雨天，检修工作顺延。供电服务热线：95598", "国网潜川县供电公司",
                      "2025年5月19日", "读者来信", "小区门前“断头路”何时能打通？", "编辑同志：",
                      "我家住在潜阳街道桂花园小区，小区东门外的道路修到一半就停了。"])
    notice, letter = banmian.rebuild(text).articles
    assert notice.paragraphs[-2:] == ["国网潜川县供电公司", "2025年5月19日"]
    assert letter.headline == ["读者来信", "小区门前“断头路”何时能打通？"]


def test_a_pieces_foot_signature_of_its_writers_workplace_and_calling_is_its_byline():
    text = ("管水员手记\n守着水站过日子\n    我是浙江省景宁畲族自治县鹤\n溪街道的一名村级管水员，负责管\n护5个村的7座供水站。\n"
            "    水是老百姓每天都离不开的，多看\n一眼，心里就多一分踏实。\n景宁畲族自治县鹤溪街道村级管水员　雷春生\n\n"
            "政策问答\n农村供水工程维修养护资金怎么用？\n    问：农村供水工程维修养护资金\n主要用在哪些方面？\n")
    essay, answers = banmian.rebuild(text).articles
    assert essay.byline.reporters == ["雷春生"] and essay.paragraphs[-1].endswith("多一分踏实。")
    assert answers.headline == ["政策问答", "农村供水工程维修养护资金怎么用？"]


_NOTICE = ("证券代码：300926 证券简称：博俊科技 公告编号：2026-008\n\n江苏博俊工业科技股份有限公司\n\n"
           "关于召开2026年第一次临时股东大会的通知\n\n本公司及董事会全体成员保证信息披露的内容真实、准确、完整，没有虚假记载。\n\n"
           "公司第五届董事会第十次会议决定召开2026年第一次临时股东大会。\n\n特此公告。\n\n{issuer}\n\n2026年1月30日\n")


@pytest.mark.parametrize("issuer", ["江苏博俊工业科技股份有限公司董事会", "江苏博俊工业科技股份有限公司\n\n董事会"])
def test_a_listed_companys_notice_keeps_its_title_and_its_issuer_over_two_lines(issuer):
    (notice,) = banmian.rebuild(_NOTICE.format(issuer=issuer)).articles
    assert notice.headline[-1] == "关于召开2026年第一次临时股东大会的通知"
    assert notice.paragraphs[0].startswith("本公司及董事会") and notice.paragraphs[-1] == "2026年1月30日"
    assert not notice.byline.people()


@pytest.mark.parametrize("credit", ["片方供图", "新华社发", "记者 周学军 摄"])
def test_a_short_caption_and_its_credit_under_a_signed_story_are_a_photo_of_their_own(credit):
    page = banmian.rebuild("北京国际电影节开幕\n\n新京报记者 周慧晓婉\n\n本届电影节锚定产业发展前沿，搭建文化交流平台。\n\n"
                           f"活动精彩纷呈，擦亮城市文化新名片。\n\n电影《四渡》海报。\n\n{credit}\n\n《四渡》：重返历史现场\n\n"
                           "□陈 阳\n\n自1959年电影《万水千山》开始，长征题材便成为重要组成。\n")
    story, photo, review = page.articles
    assert (story.kind, story.paragraphs[-1], story.byline.reporters) == ("article", "活动精彩纷呈，擦亮城市文化新名片。", ["周慧晓婉"])
    assert (photo.kind, photo.paragraphs, photo.byline.text) == ("photo", ["电影《四渡》海报。"], [credit])
    assert review.headline == ["《四渡》：重返历史现场"]


def test_a_short_caption_and_its_credit_under_a_question_answered_are_a_photo_of_their_own():
    page = banmian.rebuild("寻医问药\n\n江北区读者王先生问：我今年56岁，单位体检查出空腹血糖6.5，医生说是“糖尿病前期”。现在需要吃药吗？\n\n"
                           "答：一般不需要马上用药，首先要调整生活方式，3至6个月后复查。\n\n"
                           "（答疑专家：市中医院主任中医师　金伟平）\n\n读者如有疑问，可拨打本报健康热线。\n\n"
                           "国际护士节，护士在门诊大厅为市民免费测量血压。\n\n通讯员 林 晨 摄\n\n"
                           "职业技术学院今年计划招生3200人\n\n本报讯（记者 田思雨）5月12日，学院发布招生计划。\n")
    answer, photo, story = page.articles
    assert (answer.kind, answer.headline, answer.paragraphs[-1]) == ("article", ["寻医问药"], "读者如有疑问，可拨打本报健康热线。")
    assert (photo.kind, photo.paragraphs, photo.byline.photographers) == ("photo", ["国际护士节，护士在门诊大厅为市民免费测量血压。"], ["林晨"])


@pytest.mark.parametrize("signature, reporters", [("本报评论员", []), ("本报编辑部", []), ("本报评论员 王 平", ["王平"]),
                                                  ("□本报评论员", [])])
def test_the_papers_commentator_or_editors_sign_an_editorial_at_its_foot(signature, reporters):
    page = banmian.rebuild("短评\n\n稳就业要下足“绣花功夫”\n\n就业是最基本的民生。各地各部门要把稳就业摆在更加突出的位置。\n\n"
                           f"只有下足绣花功夫，才能稳住就业基本盘。\n\n{signature}\n\n我市启动打击网络谣言专项行动\n\n"
                           "本报讯（记者 李 华）近日，我市启动专项行动。\n")
    editorial, story = page.articles
    assert (editorial.byline.text, editorial.byline.reporters) == ([signature], reporters)
    assert story.headline == ["我市启动打击网络谣言专项行动"]


@pytest.mark.parametrize("title", ["更　正", "征订启事"])
def test_the_papers_editors_issuing_a_notice_sign_its_last_paragraph_not_a_byline(title):
    page = banmian.rebuild(f"{title}\n\n本报第1136期第1版《南屿作业区二期工程通过交工验收》一文中，“新建5万吨级泊位2个”应为"
                           "“新建7万吨级泊位2个”，特此更正，并向读者致歉。\n\n本报编辑部\n\n"
                           "责任编辑：黄振宇　版式：许丽娜　校对：陈 曦\n")
    notice = page.articles[0]
    assert (notice.paragraphs[-1], notice.byline.text) == ("本报编辑部", [])


@pytest.mark.parametrize("title, signature, reporters", [("读懂中美联合声明", "本报评论员", []),
                                                       ("不必苛责一份致歉", "本报评论员 王 平", ["王平"])])
def test_a_commentary_on_a_statement_or_an_apology_keeps_its_commentators_byline(title, signature, reporters):
    page = banmian.rebuild(f"{title}\n\n双方在声明中重申了合作的意愿，这是各方都乐于看到的。\n\n"
                           f"把共识落到实处，需要双方持续相向而行。\n\n{signature}\n\n我市启动打击网络谣言专项行动\n\n"
                           "本报讯（记者 李 华）近日，我市启动专项行动。\n")
    assert (page.articles[0].byline.text, page.articles[0].byline.reporters) == ([signature], reporters)


def test_the_papers_commentator_signs_an_editorial_at_its_foot_under_a_full_printed_line():
    page = banmian.rebuild("把防汛准备做在前面\n　　入汛在即，各地要把防汛准备做在前\n面，提前布防到位。\n"
                           "　　责任在肩，须臾不可松懈。\n唯有把工作做在前面，才能在风\n雨来临时稳住阵脚、守护平安。\n本报评论员\n\n"
                           "要闻短波\n　　■5月15日，省人大常委会执法检查\n组赴湖州检查。\n")
    editorial = page.articles[0]
    assert (editorial.paragraphs[-1], editorial.byline.text) == ("责任在肩，须臾不可松懈。唯有把工作做在前面，才能在风雨来临时稳住阵脚、守护平安。", ["本报评论员"])


@pytest.mark.parametrize("credit", ["本版图片均由本报记者 李 忠 摄", "本组图片由本报记者 李忠 摄", "本版摄影：李 忠"])
def test_a_photo_groups_one_credit_closes_the_group_and_names_its_photographer(credit):
    page = banmian.rebuild("老街换新颜\n\n本报讯（记者 王 军）近日，老街改造完工。\n\n古城的清晨\n\n图①：晨光中的古城墙。\n\n"
                           f"图②：早起锻炼的市民。\n\n{credit}\n\n湿地候鸟\n\n本报讯 近日，大批候鸟飞抵湿地。\n")
    story, group, after = page.articles
    assert (group.kind, group.headline, group.byline.photographers) == ("photo", ["古城的清晨"], ["李忠"])
    assert story.paragraphs == ["本报讯（记者 王 军）近日，老街改造完工。"] and after.headline == ["湿地候鸟"]


STANDFIRST = ["退款难在哪", "在未成年人退款纠纷中，家长被推到了举证第一线，平台掌握后台数据，却要家长证明。", "本报记者 张帆",
              "线上购物、网游充值、直播打赏……当前，触网消费的场景越来越多。", "根据相关法律规定，平台应当返还相应款项。"]


@pytest.mark.parametrize("indent", ["", "　　"])
def test_a_weeklys_standfirst_between_headline_and_byline_stays_in_the_story(indent):
    # 南方周末, 冰点: headline, standfirst, byline, text; the byline and text had become a story with no headline
    page = banmian.rebuild("\n\n".join(line if line[0] in "退本" else indent + line for line in STANDFIRST) + "\n")
    assert [(a.headline, a.paragraphs[0][:4], len(a.paragraphs), a.byline.reporters) for a in page.articles] == [
        (["退款难在哪"], "在未成年", 3, ["张帆"])]


def test_a_one_paragraph_item_over_another_headed_item_keeps_its_own_byline_below():
    page = banmian.rebuild("退款难在哪\n\n平台掌握后台数据，却要家长证明。\n\n本报记者 张帆\n\n"
                           "网游充值纠纷增多\n\n本报讯 线上购物、网游充值、直播打赏引发的退款纠纷也不断增多。\n")
    assert [(a.headline, a.byline.reporters) for a in page.articles] == [(["退款难在哪"], ["张帆"]), (["网游充值纠纷增多"], [])]


@pytest.mark.parametrize("foot", ["据新华社", "新京报记者 陈璐 综合报道"])
def test_a_foot_source_over_a_caption_dated_in_local_time_closes_the_story_above(foot):
    page = banmian.rebuild("哥伦比亚恢复接返被美遣返公民包机\n\n哥伦比亚外交部29日发布公告说，将恢复接返包机。\n\n"
                           f"公告说，首批包机将于2月初起飞。\n\n{foot}\n\n当地时间1月27日，澳大利亚墨尔本，民众在海边消暑。\n\n"
                           "新华社发 陈钟昊 摄\n\n古巴谴责美国新一轮石油封锁行动\n\n古巴外交部30日发布公告，强烈谴责美国。\n")
    assert [(a.kind, a.byline.text) for a in page.articles] == [
        ("article", [foot]), ("photo", ["新华社发 陈钟昊 摄"]), ("article", [])]


def test_a_transcripts_closing_turn_is_its_last_paragraph_not_the_photos_title():
    page = banmian.rebuild("“一季度经济运行情况”新闻发布会实录\n\n本报记者 傅 乐 整理\n\n"
                           "4月16日上午，市政府新闻办举行新闻发布会，介绍我市一季度经济运行情况。\n\n"
                           "许志强：一季度，全市实现地区生产总值612.3亿元，同比增长6.1%。\n\n"
                           "主持人：今天的发布会到此结束，谢谢大家！\n\n新闻发布会现场。\n\n本报记者 严 峰 摄\n")
    assert [(a.kind, a.headline, a.paragraphs[-1]) for a in page.articles] == [
        ("article", ["“一季度经济运行情况”新闻发布会实录"], "主持人：今天的发布会到此结束，谢谢大家！"),
        ("photo", [], "新闻发布会现场。")]


def test_a_question_turn_under_a_box_label_is_its_first_paragraph():
    page = banmian.rebuild("学习问答\n\n问：如何理解“高质量发展是新时代的硬道理”？\n\n"
                           "答：这一重要论断，是在深刻把握我国经济发展阶段性特征基础上作出的。\n\n问：基层干部应当怎么做？\n\n"
                           "答：关键是树立正确政绩观，从群众最关心的事情做起。\n")
    assert [(a.headline, a.paragraphs[0]) for a in page.articles] == [
        (["学习问答"], "问：如何理解“高质量发展是新时代的硬道理”？")]


@pytest.mark.parametrize("number", ["1. ", "1.", "一、"])
def test_a_numbered_subhead_under_a_headline_opens_the_text_not_a_headline_line(number):
    page = banmian.rebuild(f"2023年东湖十大新闻\n\n{number}东湖高铁站正式开通\n\n6月28日，杭温高铁东湖站开通运营，全市迈入“高铁时代”。\n\n"
                           "2. 全市地区生产总值突破800亿元\n\n全年实现地区生产总值812亿元，同比增长6.5%。\n")
    assert [(a.headline, a.paragraphs[0]) for a in page.articles] == [
        (["2023年东湖十大新闻"], f"{number}东湖高铁站正式开通")]


def test_a_standing_label_over_a_title_and_its_writer_is_the_next_storys_kicker():
    page = banmian.rebuild("一根竹篾 编出“致富经”\n\n本报记者 吴小溪\n\n下一步，竹溪村打算把竹编工坊和乡村旅游结合起来。\n\n"
                           "记者观察\n\n工坊虽小 连着大民生\n\n吴小溪\n\n一个工坊，规模不大，却连着产业链，也连着千家万户的“钱袋子”。\n")
    assert [(a.headline, a.byline.reporters) for a in page.articles] == [
        (["一根竹篾 编出“致富经”"], ["吴小溪"]), (["记者观察", "工坊虽小 连着大民生"], ["吴小溪"])]


@pytest.mark.parametrize("label, first", [
    ("海州撤县设市30年大事记", "1994年5月，国务院批准撤销海州县，设立海州市。"),
    ("书讯", "《县域经济发展研究》近日由青溪出版社出版，全书共分八章。"),
    ("金句摘编", "“高质量发展是新时代的硬道理。”"),
    ("光荣榜", "张美玲　环卫工人，冒雨疏通积水井十余处。"),
    ("积分榜", "1　东川　4　0　8"),
    ("数读", "186万辆\n\n全市电动自行车保有量"),
    ("本周赛程", "10月23日（周三）19:35　东川—江澜\n\n10月25日（周五）19:35　江澜—海港"),
    ("今日荧屏", "07:00　朝闻天下\n\n19:00　新闻联播"),
    ("代表委员说", "■王建明（全国人大代表，青川市委副书记、市长）"),
    ("下期预告", "下周六，本版将推出封面故事《一座县城的“咖啡热”》，敬请关注。"),
    ("今日看点", "▲国家统计局将于9时30分公布1至8月份全国规模以上工业企业利润数据。"),
    ("展讯", "◆“墨韵江南”长三角青年书法联展"), ("读者留言", "“看了这篇连载，想起了我的父亲。”"),
    ("关键词·新质生产力", "一年来，全市新培育国家级专精特新“小巨人”企业12家。"), ("市民说", "“家里的老空调换成了一级能效的。”"),
    ("游客说", "“住在古村里，早上被鸟叫醒，这才叫度假。”"), ("村民说", "“路修好了，城里人都来买我家的笋干。”"),
    ("藏友问　专家答", "藏友 李先生：家传一只青花碗，底款“大明成化年制”，是真品吗？"),
])
def test_a_chronicle_a_book_notice_or_a_digest_of_quotes_under_a_story_is_an_item_of_its_own(label, first):
    page = banmian.rebuild("三十而立 向海图强\n\n本报记者 沈一帆\n\n三十年来，海州人民凭着敢为人先的闯劲，走出了一条向海图强之路。\n\n"
                           f"{label}\n\n{first}\n")
    assert [a.headline for a in page.articles] == [["三十而立 向海图强"], [label.replace("　", " ")]]


def test_a_title_over_a_readers_question_heads_the_next_letter():
    page = banmian.rebuild("邻居装修把我家墙震裂了，能索赔吗？\n\n读者问：楼上邻居装修拆了一堵墙，我家墙面出现了裂缝。我该怎么办？\n\n"
                           "律师答：邻居擅自拆墙造成您家房屋损坏的，应当承担侵权责任。\n\n网购“七天无理由退货”\n\n商家拒收怎么办？\n\n"
                           "读者问：我网购的羽绒服吊牌拆了，商家拒绝退货。这样合理吗？\n\n律师答：不影响二次销售的，商家应当办理退货。\n")
    assert [a.headline for a in page.articles] == [["邻居装修把我家墙震裂了，能索赔吗？"], ["网购“七天无理由退货”", "商家拒收怎么办？"]]


def test_the_editors_sign_off_closes_their_note_and_kicks_no_title_under_it():
    page = banmian.rebuild("开栏的话\n\n今天起，本版推出“走基层”系列报道，敬请关注。\n\n——编 者\n\n山里来了新医生\n\n本报记者 王 芳\n\n"
                           "清晨六点，卫生院的灯已经亮了。\n")
    assert [a.headline for a in page.articles][-1] == ["山里来了新医生"]
    assert "——编 者" not in [line for a in page.articles for line in a.headline]


def test_a_title_over_a_brief_sourced_like_the_brief_above_heads_the_next_brief():
    page = banmian.rebuild("话剧《茶馆》启动全国巡演\n\n据北京青年报报道，北京人艺经典话剧《茶馆》日前宣布启动2024年全国巡演。\n\n"
                           "老版《西游记》拍摄地将建纪念馆\n\n据新京报报道，老版电视剧《西游记》多个拍摄地所在的景区近日宣布，将建设一座纪念馆。\n")
    assert [a.headline for a in page.articles] == [["话剧《茶馆》启动全国巡演"], ["老版《西游记》拍摄地将建纪念馆"]]



@pytest.mark.parametrize("label", ["失物招领", "便民信息", "征稿"])
def test_a_service_box_under_a_story_is_an_item_of_its_own(label):
    page = banmian.rebuild(f"三十而立 向海图强\n\n本报记者 沈一帆\n\n三十年来，海州人民走出了一条向海图强之路。\n\n{label}\n\n"
                           "6月10日，市民在市民广场拾到黑色钱包一个，请失主携带有效证件到城南派出所认领。\n")
    assert [a.headline for a in page.articles] == [["三十而立 向海图强"], [label]]


def test_a_box_of_dialect_words_after_an_essay_and_a_call_for_contributions_under_it_are_items_of_their_own():
    text = "\n\n".join(["脐橙花开", "文/曾小芳", "谷雨一过，赣南的脐橙花就开了。", "我在果园里站了很久。满山的橙花开得安安静静。",
                      "客家话小词典", "【赶圩】到圩场上买卖东西。圩日多按农历逢三、六、九。", "【唔使】不用，不必。如“唔使客气”。",
                      "“赣水”副刊征稿", "本报“赣水”副刊常年面向广大读者征集稿件。", "稿件一经刊用，即付稿酬。"])
    page = banmian.rebuild(text)
    assert [a.headline for a in page.articles] == [["脐橙花开"], ["客家话小词典"], ["“赣水”副刊征稿"]]
    assert [len(a.paragraphs) for a in page.articles] == [2, 2, 2]


def test_workers_poems_each_signed_at_the_foot_by_unit_and_name_are_pieces_of_their_own():
    first = ["一条路", "从分拣台出发", "翻过三道岭，蹚过两条溪", "把一封封信", "送到等待的门前"]
    second = ["红砖墙爬满了青藤", "像父亲手背上的青筋", "五十年前的第一声汽笛", "还在梦里响着"]
    text = "\n\n".join(["邮路", *first, "文成县分公司　赵小川", "老厂房", *second, "苍南县分公司退休职工　黄德明"])
    page = banmian.rebuild(text)
    assert [(a.headline, a.paragraphs, a.byline.reporters) for a in page.articles] == [
        (["邮路"], first, ["赵小川"]), (["老厂房"], second, ["黄德明"])]


def test_an_older_papers_tv_listing_under_a_story_is_a_box_its_day_and_channels_its_text():
    rows = ["四月十八日（星期五）", "中央电视台第一套节目", "１８：００　少年儿童节目", "１９：００　新闻联播", "省电视台",
            "１８：２０　本省新闻", "２１：４０　再见"]
    text = "\n\n".join(["湘绣精品展览在长沙开幕", "本报讯　湘绣精品展览昨日在长沙开幕，展期到五月十五日。", "电视节目", *rows])
    story, listing = banmian.rebuild(text).articles
    assert len(story.paragraphs) == 1 and listing.headline == ["电视节目"] and listing.paragraphs[:3] == [
        "四月十八日（星期五）", "中央电视台第一套节目", "１８：００ 少年儿童节目"]


def test_a_plea_labelled_inside_a_hotline_story_is_the_storys_part():
    page = banmian.rebuild("热线追踪：一条断头路何时打通\n\n本报讯（记者　孙　悦）本报热线每天都会接到市民关于出行的诉求。\n\n求助\n\n"
                           "“从村口到镇上只有两公里，可中间一段路没修通。”家住石门镇下洋村的村民刘大伯说。\n\n回应\n\n"
                           "石门镇相关负责人表示，计划6月底前开工建设。\n")
    (story,) = page.articles
    assert story.paragraphs[1] == "求助"


def test_a_plea_for_help_under_a_readers_signed_letter_is_an_item_of_its_own():
    page = banmian.rebuild("读者来信\n\n楼道灯坏了半年谁来修？\n\n编辑同志：\n\n我家住在纺织厂宿舍１２号楼，楼道里的灯坏了半年。"
                           "请问，楼道灯到底该谁来修？\n\n建设街纺织厂宿舍　李淑珍\n\n求助\n\n"
                           "我市实验小学四年级学生周晓雪，今年１０岁，去年１１月被确诊患有急性白血病，目前正在市第一人民医院治疗。"
                           "晓雪的父母都是市针\n\n织厂的工人，为给孩子治病，家里已花去３万多元。\n\n联系人：周建华（晓雪父亲）\n")
    letter, plea = page.articles
    assert letter.paragraphs[-1] == "建设街纺织厂宿舍 李淑珍" and plea.headline == ["求助"] and len(plea.paragraphs) == 2


def test_a_quoted_subhead_whose_words_its_section_quotes_stays_in_the_story():
    # a hand-written profile (bench/pages/27c): its quoted subheads had each opened a story of their own
    page_path = Path(__file__).resolve().parents[2] / "bench" / "pages" / "27c" / "renwu-youlu-b.txt"
    page = banmian.rebuild(page_path.read_text(encoding="utf-8"))
    story = next(a for a in page.articles if a.headline == ["“老马”的四十年乡村邮路"])
    assert "“山里人等的不只是一封信”" in story.paragraphs


def test_a_caption_under_a_story_with_its_supplied_credit_run_in_is_a_photo():
    page = banmian.rebuild("竹刀刻出三百年\n\n本报记者 汤 敏\n\n在老城区板桥巷的一间小工作室里，72岁的陈守义在竹面上剔出山石的纹理。\n\n"
                           "江城竹雕始于清代康熙年间，以“留青”技法见长。\n\n陈守义在工作室内创作竹雕作品。  受访者供图\n\n"
                           "百年酱园“晒”出新味道\n\n本报讯（通讯员 卢佳宁）六月的太阳一出来，晒场上300多口大缸齐刷刷掀开了竹笠。\n")
    assert [(a.kind, a.headline, len(a.paragraphs)) for a in page.articles] == [
        ("article", ["竹刀刻出三百年"], 2), ("photo", [], 1), ("article", ["百年酱园“晒”出新味道"], 1)]


def test_a_brief_box_labelled_with_a_layout_space_is_an_item_of_its_own():
    page = banmian.rebuild("火箭军某部组织专业技能比武\n\n本报讯  记者李兵峰报道：6月上旬，火箭军某部组织专业技能比武。\n\n简 讯\n\n"
                           "▲武警北京总队某支队日前组织官兵走进社区，开展志愿服务活动。（高 远）\n")
    assert [a.headline for a in page.articles] == [["火箭军某部组织专业技能比武"], ["简 讯"]]


def test_a_caption_whose_agency_source_is_run_in_is_a_photo_of_its_own():
    page = banmian.rebuild("熊猫宝宝满月\n\n5月7日，大熊猫幼崽在成都大熊猫繁育研究基地接受体检。图据视觉中国\n\n网购退货“运费险”\n\n将有新规\n\n"
                           "针对部分消费者反映的“运费险”理赔难、自动续费等问题，监管部门近日起草了相关通知。\n")
    assert [(a.kind, a.headline) for a in page.articles] == [("photo", ["熊猫宝宝满月"]), ("article", ["网购退货“运费险”", "将有新规"])]


def test_a_foot_credit_with_its_editors_takes_no_headline_with_layout_spaces_under_it():
    page = banmian.rebuild("北京今年新增养老家庭照护床位5000张\n\n新京报讯（记者 苏 季）8月6日，记者从北京市民政局获悉，今年将新增床位5000张。\n\n"
                           "新京报记者 苏季 编辑 唐峥 校对 赵琳\n\n丰台一小区雨后积水 居民“蹚水”出门\n\n"
                           "新京报讯（记者 周 怡）8月4日夜间的降雨过后，丰台区某小区北门内道路出现大面积积水。\n")
    assert [a.headline for a in page.articles] == [["北京今年新增养老家庭照护床位5000张"], ["丰台一小区雨后积水 居民“蹚水”出门"]]


def test_a_short_wire_item_over_a_dated_caption_and_its_credit_is_a_story_and_a_photo():
    page = banmian.rebuild("欧佩克+推迟增产计划\n\n国际油价震荡\n\n据路透社4日报道，欧佩克+将于5日举行部长级视频会议，会议可能决定推迟增产计划。\n\n"
                           "受此消息影响，国际油价4日盘中一度上涨，但随后回落。\n\n12月3日，在德国法兰克福，一名交易员在证券交易所工作。\n\n"
                           "新华社记者 刘亚南 摄\n\n环球财经\n\n◆欧盟统计局数据显示，欧元区10月零售销售额环比下降0.5%。\n")
    assert [(a.kind, len(a.paragraphs)) for a in page.articles] == [("article", 2), ("photo", 1), ("article", 1)]
    assert page.articles[1].byline.photographers == ["刘亚南"]


def test_a_boxs_rows_of_labelled_figures_stay_its_text_and_head_no_story_below():
    page = banmian.rebuild("新房成交环比增三成\n\n本报讯（记者 蒋 岚）4月15日至5月14日，全市新建商品住宅网签成交5236套，环比增长31.6%。\n\n"
                           "成交面积：13.8万平方米\n\n成交均价：16872元/平方米\n\n二手房“带押过户”全面推开\n\n"
                           "本报讯（记者 蒋 岚）5月15日起，我市在全市范围内推行二手房“带押过户”。\n")
    assert [(a.headline, a.paragraphs[1:]) for a in page.articles] == [
        (["新房成交环比增三成"], ["成交面积：13.8万平方米", "成交均价：16872元/平方米"]), (["二手房“带押过户”全面推开"], [])]


def test_a_signed_storys_dated_caption_and_credit_are_a_photo_set_after_it():
    page = banmian.rebuild("“一键炼钢”让冶炼周期缩短3分钟\n\n通讯员 王晓燕\n\n今年以来，炼钢厂自主开发“一键炼钢”系统。"
                           "系统投用后，转炉平均冶炼周期由38分钟缩短至35分钟。\n\n6月11日，公司2号高炉大修工程进入冷却壁安装阶段，"
                           "施工人员在炉内紧张作业。该高炉计划于7月中旬复产。\n\n记者 马 骏 摄\n")
    assert [(a.kind, len(a.paragraphs), a.byline.correspondents, a.byline.photographers) for a in page.articles] == [
        ("article", 1, ["王晓燕"], []), ("photo", 1, [], ["马骏"])]


def test_untitled_captions_each_over_a_credit_under_a_photo_pages_intro_are_photos_of_their_own():
    page = banmian.rebuild("一犁春雨润田畴\n\n文/本报记者 陈 曦\n\n清明过后，雨水渐多。连日来，我市各区抢抓农时，田间地头处处是忙碌身影。\n\n"
                           "4月8日，同安区莲花镇的梯田里，农民驾驶微耕机翻耕水田。\n\n本报记者 吴 帆 摄\n\n"
                           "翔安区新圩镇育秧工厂内，工作人员查看秧苗长势。\n\n通讯员 黄晓东 摄\n")
    assert [(a.kind, a.byline.reporters, a.byline.photographers) for a in page.articles] == [
        ("article", ["陈曦"], []), ("photo", [], ["吴帆"]), ("photo", [], ["黄晓东"])]


@pytest.mark.parametrize("label, entry", [("代表委员说", "■王建明（全国人大代表，青川市委副书记、市长）"),
                                          ("委员声音", "◎李 华（全国政协委员、澄江大学副校长）"),
                                          ("委员声音", "全国政协委员、澄江大学副校长 朱文涛")])
def test_a_box_under_a_story_opens_on_its_label_and_its_first_entry_marked_or_a_speaker_is_its_text(label, entry):
    page = banmian.rebuild(f"履职尽责建言发展\n\n本报北京3月6日电（记者 林 溪）截至6日，代表们共提交议案2件、建议36件。\n\n"
                           f"全国人大代表赵国强则关注内河航运。他建议加快长江支线航道扩能提级。\n\n{label}\n\n{entry}\n\n"
                           "今年我们将实施300个以上技改项目，让更多“老字号”装上“新引擎”。\n\n（本报记者 林 溪 整理）\n")
    assert [(a.headline, a.paragraphs[0]) for a in page.articles][1:] == [([label], entry)]


def test_a_service_pages_standing_column_over_a_title_opens_an_item_of_its_own():
    page = banmian.rebuild("汽车以旧换新补贴申领延至年底\n\n本报讯（记者 冯 凯）记者9月19日从市商务局获悉，补贴申领截止时间延长至12月31日。\n\n"
                           "用车课堂\n\n秋季出行 先查胎压\n\n入秋后昼夜温差加大，轮胎气压容易出现波动。车主出行前应检查胎压。\n\n"
                           "（市交警支队供稿）\n")
    assert [a.headline for a in page.articles] == [["汽车以旧换新补贴申领延至年底"], ["用车课堂", "秋季出行 先查胎压"]]


def test_a_bracketed_department_at_a_boxs_foot_closes_the_box_and_heads_no_story():
    page = banmian.rebuild("高温作业“五不准”\n\n一、不准酒后或疲劳上岗；\n\n二、不准在煤气区域使用非防爆工具。\n\n（安全环保部）\n\n"
                           "物流公司开通首条“公转水”钢材运输线\n\n本报讯 6月8日，满载3200吨螺纹钢的货轮从公司港务码头起航，驶往上海宝山。\n")
    assert [(a.headline, a.paragraphs[-1]) for a in page.articles] == [
        (["高温作业“五不准”"], "（安全环保部）"),
        (["物流公司开通首条“公转水”钢材运输线"], "本报讯 6月8日，满载3200吨螺纹钢的货轮从公司港务码头起航，驶往上海宝山。")]


def test_a_letters_salutation_to_its_editor_is_text_and_a_counsellors_marked_line_signs_the_column():
    page = banmian.rebuild("情感热线\n\n丈夫把工资全交给婆婆，我该怎么办？\n\n编辑老师：\n\n我和丈夫结婚三年，他每月工资一到账就全部转给婆婆。\n\n"
                           "亲子课堂\n\n孩子写作业拖拉，试试“番茄时间”\n\n■ 国家二级心理咨询师 程 露\n\n"
                           "不少家长反映，孩子写作业总是磨磨蹭蹭，一个小时的作业要拖到三个小时。\n")
    assert [(a.headline, a.paragraphs[0][:5], a.byline.reporters) for a in page.articles] == [
        (["情感热线", "丈夫把工资全交给婆婆，我该怎么办？"], "编辑老师：", []),
        (["亲子课堂", "孩子写作业拖拉，试试“番茄时间”"], "不少家长反", ["程露"])]


def test_a_features_section_labelled_as_the_one_before_stays_in_it_though_a_photo_follows():
    page = banmian.rebuild("凌晨三点，城市的“菜篮子”醒了\n\n本报记者 孔令辉\n\n当大多数市民还在熟睡时，位于城北的东岳农产品批发市场已经灯火通明。\n\n"
                           "零点：第一批货车进场\n\n零点刚过，市场北门外的等候区已经停满了货车，车牌来自山东、河北、内蒙古。\n\n"
                           "两点：讨价还价声此起彼伏\n\n凌晨两点，交易区里人声鼎沸，批发商们打着手电挑货、压价、过秤。\n\n"
                           "凌晨2点，商户在交易区卸载刚运到的蔬菜。\n\n本报记者 孔令辉 摄\n\n"
                           "58岁的韩德福在这里做蔬菜批发已经21年了。\n")
    assert [a.headline for a in page.articles if a.kind == "article"] == [["凌晨三点，城市的“菜篮子”醒了"]]


def test_a_price_tables_rows_of_ranges_and_sums_stay_the_tables_text_and_head_nothing():
    page = banmian.rebuild("“金九”车市热度回升\n\n本报讯（记者 冯 凯）9月上半月，江城新车上牌量同比增长18%。\n\n本周车型行情\n\n"
                           "吉利星越L　13.57—17.07　1.2万元\n\n大众朗逸　12.09—15.99　3.0万元\n\n丰田凯美瑞　17.18—20.68　2.5万元\n\n"
                           "二手车交易量创新高\n\n本报讯（记者 冯 凯）8月，江城二手车交易量达1.2万辆。\n")
    assert [a.headline for a in page.articles][-1] == ["二手车交易量创新高"]
    assert "丰田凯美瑞 17.18—20.68 2.5万元" in page.articles[-2].paragraphs


def test_a_pupils_essay_is_signed_by_school_class_and_name_and_closed_by_the_teacher_who_guided_it():
    page = banmian.rebuild("外公的修车摊\n\n鹿城区广场路小学五（3）班 陈思琪\n\n在我家楼下的巷子口，有一个小小的修车摊，那是外公的“地盘”。\n\n"
                           "指导老师 周丽君\n\n第一次做饭\n\n瓯海区实验小学　四（1）班　林浩然\n\n"  # the class set apart too
                           "星期天，爸爸妈妈都去加班了，我决定自己做一顿午饭。\n\n指导老师 王晓燕\n")
    assert [(a.headline, a.byline.reporters, a.byline.correspondents, len(a.paragraphs)) for a in page.articles] == [
        (["外公的修车摊"], ["陈思琪"], ["周丽君"], 1), (["第一次做饭"], ["林浩然"], ["王晓燕"], 1)]


def test_a_digests_closing_source_note_closes_it_over_a_photo_set_after():
    page = banmian.rebuild("环球扫描\n\n■韩国统计厅29日发布数据显示，韩国5月出生人口同比增长2.7%。\n\n"
                           "■世界卫生组织29日发布报告说，全球约有1.3亿人携带乙型肝炎病毒。\n\n（均据新华社）\n\n"
                           "7月28日，在法国巴黎，人们在塞纳河畔观看奥运会沙滩排球比赛的大屏幕直播。\n\n法新社图片\n")
    assert [(a.kind, a.paragraphs[-1]) for a in page.articles] == [
        ("article", "（均据新华社）"), ("photo", "7月28日，在法国巴黎，人们在塞纳河畔观看奥运会沙滩排球比赛的大屏幕直播。")]


def test_a_serials_author_signs_it_and_its_part_ends_on_to_be_continued_after_a_credited_caption():
    page = banmian.rebuild("长篇小说连载\n\n渡口（27）\n\n梁秋水　著\n\n后来阿贵考上了县中，又考上了大学，现在是省城一家医院的骨科大夫。\n\n"
                           "1963年，作者（后排左二）与括岭小学师生合影。（作者供图）\n\n（未完待续）\n")
    assert [(a.headline, a.byline.reporters, a.paragraphs[-1]) for a in page.articles] == [
        (["长篇小说连载", "渡口（27）"], ["梁秋水"], "（未完待续）")]


@pytest.mark.parametrize("credit", ["网友视频截图", "（@云城交警 供图）", "拍客 周小舟 摄", "本报记者 李 静 摄"])
def test_a_titled_storys_dated_caption_over_any_credit_is_a_photo_set_after_it(credit):
    page = banmian.rebuild("网传“滨江明起单双号限行”？\n\n假的！\n\n近日，一则“滨江明起单双号限行”的消息在多个微信群流传。\n\n"
                           "警方提醒，出行请以官方发布为准。\n\n5月19日，市民在滨江路拍摄盛开的蓝花楹。\n\n"
                           f"{credit}\n\n网友拍到江边有人电鱼\n\n本报讯（记者 孙 悦）5月14日，市民在本报新媒体爆料平台上传了一段视频。\n")
    photographers = [name for name in ("周小舟", "李静") if name in credit.replace(" ", "")]
    assert [(a.kind, a.headline, len(a.paragraphs), a.byline.photographers) for a in page.articles] == [
        ("article", ["网传“滨江明起单双号限行”？", "假的！"], 2, []), ("photo", [], 1, photographers),
        ("article", ["网友拍到江边有人电鱼"], 1, [])]


def test_citizens_sayings_each_closed_by_who_said_it_are_a_paragraph_each():
    page = banmian.rebuild("市民说\n\n“家里的老空调用了十几年，今年趁着补贴换了新的，省电又安静。”——市民　张女士\n\n"
                           "“厂里今年招了二十多个大学生，车间里都热闹了。”——企业员工　小陈\n")
    assert page.articles[0].paragraphs == ["“家里的老空调用了十几年，今年趁着补贴换了新的，省电又安静。”——市民 张女士",
                                           "“厂里今年招了二十多个大学生，车间里都热闹了。”——企业员工 小陈"]


def test_readers_comments_one_a_line_under_their_boxs_label_head_nothing():
    page = banmian.rebuild("网言网语\n\n“蓝花楹开的时候，整条路都是紫色的。”——@滨江小鹿\n\n“希望夜市11点以后音响小点声。”——@住在江边的老周\n\n"
                           "@晴天小狗：学了急救课一直觉得用不上，现在决定再去复训一次。（点赞9621）\n\n"
                           "@老街坊王叔：建议地铁站、商场都多配几台AED。（点赞1.8万）\n\n"
                           "一条视频引来城管夜访\n\n本报讯（记者 孙 悦）5月14日，市民在本报新媒体爆料平台上传了一段视频。\n\n"
                           "新闻爆料热线：027-85556110 掌上江城客户端爆料通道24小时开通\n")
    assert [(a.headline, len(a.paragraphs)) for a in page.articles] == [(["网言网语"], 4), (["一条视频引来城管夜访"], 1)]
    assert page.furniture == ["新闻爆料热线：027-85556110 掌上江城客户端爆料通道24小时开通"]


@pytest.mark.parametrize("box", [
    ["数说2024", "3286.5亿元", "前三季度全市地区生产总值", "21.4%", "高新技术产业投资增速"],
    ["2024“感动南屿”年度人物", "陈阿海 渔民，三次驾船出海救起落水渔民11人", "林秀珍 乡村医生，坚守海岛卫生室三十二年"],
])
def test_a_figure_box_or_a_roll_of_names_is_its_titles_text_not_a_photos_headline(box):
    page = banmian.rebuild("\n\n".join(box) + "\n\n\n12月20日，东澜港集装箱码头一派繁忙景象。\n\n本报记者 林 澈 摄\n")
    assert [(a.kind, a.headline, a.paragraphs) for a in page.articles] == [
        ("article", box[:1], box[1:]), ("photo", [], ["12月20日，东澜港集装箱码头一派繁忙景象。"])]


@pytest.mark.parametrize("title", ["城建数说", "数说·今年秋季全国气候"])
def test_a_figures_box_named_for_its_field_or_subject_heads_its_own_block_under_a_story(title):
    page = banmian.rebuild("全市新增智慧停车泊位1.2万个\n\n本报讯（记者 蔡清扬）今年以来，我市新增智慧停车泊位1.2万个。\n\n"
                           f"{title}\n\n56个\n\n今年实施的城市道路建设项目\n\n数据来源：市城乡建设局\n")
    assert [(a.headline, len(a.paragraphs)) for a in page.articles] == [(["全市新增智慧停车泊位1.2万个"], 1), ([title], 3)]


def test_a_multi_day_forecast_box_is_text_under_its_title_with_its_note_and_its_rows_wrapped_into_their_wind():
    rows = ["11月18日　星期二　多云转阴　2℃～9℃　北风2级", "11月19日　星期三　小雪转多云　-3℃～2℃　北风5至6级",
            "11月20日　星期四　晴　-6℃～0℃　北风4至5级"]
    fragments = banmian.rebuild("中华气象报\n\n2025年11月18日　星期二\n\n\n未来一周天气\n\n（北京）\n\n" + "\n\n".join(rows)
                                + "\n\n（国家气象中心）\n")
    assert [(a.headline, a.paragraphs) for a in fragments.articles] == [
        (["未来一周天气"], ["（北京）", *(row.replace("　", " ") for row in rows), "（国家气象中心）"])]
    wrapped = banmian.rebuild("未来一周天气\n（北京）\n11月18日　星期二　多云转阴　2℃～9℃\n北风2级\n"
                              "11月19日　星期三　小雪转多云　-3℃\n～2℃　北风5至6级\n（国家气象中心）\n")
    assert wrapped.furniture == []
    assert [len(a.paragraphs) for a in wrapped.articles] == [4]


def test_a_table_counted_in_batches_under_its_title_heads_its_own_block_after_a_story():
    page = banmian.rebuild("抽检结果公布\n\n本报讯（记者 姜雨桐）10月20日，省市场监管局公布第三季度食品安全监督抽检情况。\n\n"
                           "三季度不合格样品分布（部分）\n\n单位：批次\n\n类别　抽检　不合格　不合格率\n\n食用农产品　18652　682　3.7%\n\n"
                           "餐饮食品　7315　214　2.9%\n")
    assert [(a.headline, len(a.paragraphs)) for a in page.articles] == [(["抽检结果公布"], 1),
                                                                      (["三季度不合格样品分布（部分）"], 4)]


@pytest.mark.parametrize("speakers", ["车主说", "渔民说", "业主心声", "所长说", "青年说"])
def test_a_box_of_sayings_named_for_who_says_them_heads_its_own_block_under_a_story(speakers):
    page = banmian.rebuild("新车试驾\n\n本报讯（记者 周 航）11月2日，记者试驾了一款新上市的纯电动SUV。\n\n"
                           f"{speakers}\n\n“买车前最担心续航，用了半年发现，一周充一次电就够了。”\n\n——车主 刘佳怡\n")
    assert [a.headline for a in page.articles] == [["新车试驾"], [speakers]]


def test_a_signed_features_later_sections_stay_its_own_under_no_lead():
    text = ("乡村振兴·一线见闻\n一颗红薯“链”起一村富\n——岭南县石门镇樟坑村发展红薯全产业链见闻\n本报记者　罗晓岚　通讯员　曾凡伟\n"
            "　　霜降将至，岭南县石门镇樟坑\n村的红薯地里一派繁忙。挖薯机\n“突突”地开过垄沟，紫红色的红\n薯翻出地面，村民们跟在后面捡拾、\n"
            "装筐，地头的货车装满一车就往村\n\n里的加工厂拉。\n　　“今年亩产有3200多斤，比去\n年还多了300斤。”种植大户曾德\n"
            "福抹了把汗，笑着说，“以前种红\n薯是喂猪的，现在是村里的‘金疙\n瘩’。”\n从“论斤卖”到“论盒卖”\n　　樟坑村地处山区，沙壤土透气\n"
            "性好，种出来的红薯粉糯香甜，但\n过去一直是零散种植、鲜薯贩卖，\n价格全看收购商脸色。“好的时候\n一斤八毛，差的时候三四毛都没人\n"
            "要。”村党支部书记曾庆华回忆。\n\n　　2021年，村里牵头成立红薯种\n植专业合作社，统一品种、统一技\n"
            "术、统一收购，种植面积从不到30\n0亩扩大到1800亩。合作社又引进\n企业建起红薯粉丝、红薯干加工厂，\n把个头小、品相差的红薯“吃干榨\n"
            "尽”。\n　　如今，樟坑村的红薯干装进礼\n盒，最贵的一盒卖到88元。“同样\n一斤红薯，做成红薯干能多卖三四\n"
            "倍。”合作社理事长曾凡林说。\n\n加工厂建在家门口\n　　走进村里的红薯加工厂，蒸煮、\n切条、烘烤、包装几道工序井然有\n"
            "序，30多名村民正在流水线上忙碌。\n“在家门口上班，一个月能拿3500\n元，还能照顾老人孩子。”今年52\n岁的村民黄秀英说。\n"
            "　　据统计，樟坑村红薯产业每年\n带动周边农户600余户，去年村集\n体经济收入突破80万元，村民人均\n")
    (feature,) = banmian.rebuild(text).articles
    assert [feature.paragraphs[k] for k in (2, 6)] == ["从“论斤卖”到“论盒卖”", "加工厂建在家门口"]


@pytest.mark.parametrize("caption", ["书法　行书　王维《山居秋暝》句　覃怀谷（桂岭市书法家协会副主席）",
                                     "书法　行书　王维《山居秋暝》句\n覃怀谷（桂岭市书法家协会副主席）"])
def test_an_essays_name_at_its_foot_over_a_work_of_arts_caption_signs_the_essay(caption):
    text = ("桂岭笔会\n桂花开在老街上\n后来我到外地读书、工作，回老家的\n次数越来越少。前些年听说老街要改\n造，心里总有些放不下。\n"
            "那棵老桂花树还在，树下围起了石栏，\n挂着一块古树名木的牌子。我站在树\n下，风一吹，几朵桂花落在肩上。那\n一刻，我好像又回到了小时候。\n"
            f"梁秋实\n\n{caption}\n通讯员　黄　柳　摄\n")
    essay, photo = banmian.rebuild(text).articles
    assert essay.headline == ["桂岭笔会", "桂花开在老街上"]
    assert (photo.kind, photo.headline, photo.byline.photographers) == ("photo", [], ["黄柳"])


def test_a_listings_marked_entry_under_the_last_field_of_the_one_before_opens_its_own_paragraph():
    text = ("本周演出\n■大型民族歌舞剧《漓江情》\n时间：9月27日—28日19:30\n地点：桂岭大剧院\n票价：80元、180元、280元\n"
            "■桂剧经典折子戏专场\n时间：9月28日14:30\n")
    (box,) = banmian.rebuild(text).articles
    assert box.paragraphs[3:5] == ["票价：80元、180元、280元", "■桂剧经典折子戏专场"]


def test_a_box_of_numbered_projects_heads_its_own_block_under_a_story_that_numbered_none():
    page = banmian.rebuild("青溪经济开发区\n\n【主导产业】\n\n新材料、智能装备、绿色食品。\n\n重点招商项目\n\n"
                           "项目一：年产5万吨高性能纤维项目\n\n投资额：25亿元　合作方式：独资或合资\n\n项目二：智能农机装备产业园项目\n")
    assert [(a.headline, len(a.paragraphs)) for a in page.articles] == [(["青溪经济开发区"], 2), (["重点招商项目"], 3)]


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_three_day_forecast_under_a_story_is_the_pages_weather_box_one_day_a_line(sep):
    text = sep.join(["冷空气周末到", "本报讯 记者 林 晓 昨天申城最高气温达到22.6℃，明天起气温将一路走低。",
                     "未来三天天气", "14日（周四）　多云　14℃～21℃　东南风3级", "15日（周五）　阴转小雨　13℃～18℃　偏东风3到4级",
                     "16日（周六）　小雨转阴　7℃～13℃　偏北风6到7级", "申江市气象台发布"]) + "\n"
    page = banmian.rebuild(text)
    assert [a.headline for a in page.articles] == [["冷空气周末到"]] and len(page.articles[0].paragraphs) == 1
    assert [line.split(" ")[0] for line in page.furniture] == ["未来三天天气", "14日（周四）", "15日（周五）", "16日（周六）",
                                                               "申江市气象台发布"]


def test_a_notice_printed_whole_under_a_story_heads_its_own_block():
    text = ("路灯亮了\n接到热线工单后，市综合行政执法\n局牵头召集城东街道、翠苑小区物\n业等开会协调，最终明确该段路灯\n先由市政路灯管理所进行抢修。\n"
            "3月8日晚，记者再次来到现场，\n6盏路灯已全部修复点亮。\n\n关于调整城区部分公交线路的通知\n因锦屏路道路改造施工需要，经市交\n"
            "通运输局同意，自2024年3月15日起，\n对城区部分公交线路进行临时调整。\n")
    story, notice = banmian.rebuild(text).articles
    assert notice.headline == ["关于调整城区部分公交线路的通知"]


@pytest.mark.parametrize("title, subtitled", [("全国人民代表大会常务委员会任免名单", True), ("桐州市古树名木保护条例", False)])
def test_the_session_that_passed_a_roll_of_appointments_subtitles_it_but_opens_a_laws_text(title, subtitled):
    note = "（2023年12月29日第十四届全国人民代表大会常务委员会第七次会议通过）"
    page = banmian.rebuild(f"{title}\n\n{note}\n\n免去王某某的某某委员会副主任委员职务。\n")
    assert (note in page.articles[0].headline) is subtitled


def test_a_work_of_arts_caption_between_two_stories_is_a_photo_and_inside_an_essay_its_text():
    page = banmian.rebuild("笔墨深处是乡愁\n\n□ 许一鸣\n\n陈先生的画，山是括岭的山，水是瓯江的水。\n\n《春江烟雨》 陈远山 纸本设色 136cm×68cm 2023年\n\n"
                           "如今年逾七旬，陈先生每天仍要在画案前站上五六个小时。\n\n\n行书 苏轼《定风波》句 周砚秋 68cm×45cm\n\n\n"
                           "“丹青颂党恩”书画作品展开幕\n\n本报讯（记者 白 露）5月17日，“丹青颂党恩”书画作品展在市美术馆开幕。\n")
    assert [(a.kind, a.headline, len(a.paragraphs)) for a in page.articles] == [
        ("article", ["笔墨深处是乡愁"], 3), ("photo", [], 1), ("article", ["“丹青颂党恩”书画作品展开幕"], 1)]


def test_contest_works_titled_in_book_marks_over_their_credits_are_photos_set_after_the_judges_words():
    page = banmian.rebuild("评委点评\n\n《阿嬷的灶台》没有宏大场面，只有柴火、蒸汽和一双布满皱纹的手。\n\n"
                           "《晨雾渔歌》（去年“光影青岚”摄影类一等奖）\n\n陈志远　摄\n\n《放学路上》（去年“光影青岚”摄影类二等奖）\n\n郑小蕾　摄\n")
    assert [(a.kind, a.headline, a.byline.photographers) for a in page.articles] == [
        ("article", ["评委点评"], []), ("photo", [], ["陈志远"]), ("photo", [], ["郑小蕾"])]


def test_a_tips_box_under_a_storys_foot_credit_stays_the_storys_and_the_credit_names_its_writer():
    page = banmian.rebuild("民警蹚水推车\n\n10日20时许，一辆白色轿车在建设大道附近的积水路段熄火，民警和市民一起将车辆推到了路边。\n\n"
                           "（通讯员　韩　冬）\n\n小贴士\n\n积水退后，不要靠近倒伏的电线杆和落地电线。\n\n\n出行提示\n\n"
                           "■11日首班起，公交32路、207路临时绕行。\n")
    assert [(a.headline, a.paragraphs[-1], a.byline.correspondents) for a in page.articles] == [
        (["民警蹚水推车"], "积水退后，不要靠近倒伏的电线杆和落地电线。", ["韩冬"]), (["出行提示"], "■11日首班起，公交32路、207路临时绕行。", [])]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_titled_box_of_marked_briefs_after_a_story_that_marked_none_is_an_article_of_its_own(gap):
    text = gap.join([
        "法治时评", "让“枫桥经验”在新时代焕发新活力",
        "矛盾纠纷化解在基层、解决在萌芽，是“枫桥经验”的精髓所在。各地在实践中不断丰富其内涵。",
        "政法动态",
        "■ 司法部近日印发通知，部署开展“法律明白人”培养工程。",
        "■ 1月12日，公安部召开新闻发布会，通报打击整治枪爆违法犯罪工作情况。"])
    articles = banmian.rebuild(text).articles
    assert [a.headline for a in articles] == [["法治时评", "让“枫桥经验”在新时代焕发新活力"], ["政法动态"]]
    assert [p[:2] for p in articles[1].paragraphs] == ["■ ", "■ "]


def test_a_subhead_over_marked_items_inside_a_story_that_marks_its_items_stays_in_the_story():
    text = "\n\n".join([
        "我市出台稳就业十条", "本报讯（记者 王芳）日前，我市出台稳就业十条措施。",
        "■ 加大创业担保贷款支持力度。", "主要措施", "■ 扩大公益性岗位规模。", "■ 开展职业技能提升行动。"])
    articles = banmian.rebuild(text).articles
    assert len(articles) == 1


def test_a_tables_head_row_over_its_rows_is_no_headline():
    text = "\n\n".join(["1—7月份部分省份工业增加值增速", "省份　增速（%）", "江苏　8.1", "浙江　7.9", "数据来源：各省统计局"])
    article = banmian.rebuild(text).articles[0]
    assert article.headline == ["1—7月份部分省份工业增加值增速"]
    assert article.paragraphs == ["省份 增速（%）", "江苏 8.1", "浙江 7.9", "数据来源：各省统计局"]


def test_a_title_cast_as_a_row_under_a_tables_source_heads_the_lead_under_it():
    text = "\n\n".join(["农村供水工程运行情况", "农村自来水普及率　98.6　%", "水质检测合格率　96.2　%", "数据来源：县水利和湖泊局",
                      "甘肃庄浪：梯田里建起“小水网”", "本报讯（记者 蔡斌）6月16日，庄浪县的梯田里，小型蓄水池投入使用。"])
    table, story = banmian.rebuild(text).articles
    assert table.paragraphs[-1] == "数据来源：县水利和湖泊局"
    assert story.headline == ["甘肃庄浪：梯田里建起“小水网”"]


def test_a_signed_profiles_first_short_subhead_opens_a_section_not_a_story():
    text = ("　　会议要求，要加强对临水临崖、\n高边坡、长大桥隧等重点路段的巡查\n"
            "值守，发现险情第一时间封闭交通、\n设置警示；督促客运企业和船舶运输\n"
            "企业严格执行恶劣天气停航停运规定；\n提前预置抢险队伍、机械设备和物资，\n"
            "确保水毁路段“早发现、早处置、早\n恢复”。\n\n一线·养路人\n海拔4700米的“护路家庭”\n"
            "——记青海省公路局玛多公路段花石峡道班班长才让多杰\n本报记者　柯　雨　通讯员　马占林\n"
            "　　凌晨5点半，巴颜喀拉山下\n的花石峡还笼罩在夜色中，气温\n只有零下3摄氏度。才让多杰已\n"
            "经穿好棉大衣，发动了道班那辆\n用了八年的养护车。\n　　这是他在国道214线花石峡\n"
            "段当养路工的第21个年头。他所\n在的道班负责养护的62公里路段，\n平均海拔4300米以上，最高处\n"
            "4700米，一年中有近8个月路面\n会结冰。\n“路是我们的孩子”\n"
            "　　2004年，刚满20岁的才让多\n杰从父亲手中接过了铁锹和扫把。\n"
            "父亲在这个道班干了28年，落下\n了一身风湿病。“父亲说，路就\n像我们的孩子，一天不去看看，\n\n"
            "心里就不踏实。”\n")
    profile = banmian.rebuild(text).articles[-1]
    assert profile.headline[-1].startswith("——记") and "“路是我们的孩子”" in profile.paragraphs


def test_a_subtitled_storys_second_subhead_under_its_lead_opens_a_section_not_a_story():
    text = ("赛在乡村·乐在基层\n田埂边的“村排”打出了名堂\n——广西融水苗族自治县乡村气排球联赛见闻\n"
            "　　本报讯（记者 覃　涛）6月\n18日晚，广西融水苗族自治县安\n陲乡江门村的灯光球场上座无虚\n"
            "席。随着裁判一声哨响，2025年\n融水县乡村气排球联赛半决赛开\n打，来自江门村和乌吉村的两支\n"
            "村队展开激烈争夺。\n　　场边，村民们吹着芦笙、举\n着自制的加油牌，呐喊声此起彼\n"
            "伏。经过三局鏖战，江门村队以\n2∶1险胜，挺进决赛。\n一只球“串”起一个村\n"
            "　　气排球是一种由排球演变而\n来的运动，球体轻、速度慢、易\n上手，在广西城乡十分流行。融\n"
            "水县各村几乎都有自己的气排球\n队，队员中有种田的农民、开店\n的小老板，也有返乡创业的年轻\n人。\n"
            "　　“白天干农活，晚上打球，\n累了一天，打一场球浑身都舒坦。”\n江门村队队长贾老三今年42岁，\n"
            "是村里的养牛大户。他说，自从\n村里有了球队，晚上打牌喝酒的\n人少了，聚在球场边看球、打球\n\n"
            "的人多了。\n赛事带火乡村旅游\n　　今年的联赛共有来自全县20\n个乡镇的128支队伍参赛，比赛\n"
            "从4月持续到6月底。县里把赛场\n设在各个村寨，比赛期间同步举\n办苗族百鸟衣展示、农特产品集\n市等活动。\n"
            "　　据统计，联赛开赛以来，累\n")
    (story,) = banmian.rebuild(text).articles
    assert "赛事带火乡村旅游" in story.paragraphs


def test_a_facts_boxs_rows_compared_year_on_year_are_its_text_not_headlines():
    text = "\n\n".join(["5月全国火灾情况", "接报火灾　7.1万起　同比下降6.3%", "死亡　142人　同比下降11.2%",
                      "受伤　206人　同比下降4.6%", "数据来源：国家消防救援局"])
    (box,) = banmian.rebuild(text).articles
    assert box.headline == ["5月全国火灾情况"] and len(box.paragraphs) == 4


def test_an_essay_titled_under_a_set_of_poems_is_a_piece_of_its_own_not_more_verse():
    text = ("小满（外一首）\n程小雨\n麦粒还在灌浆\n不急着满\n也不肯空着\n父亲说，小满小满\n日子满一点就好\n"
            "麦场\n石磙已经睡了很多年\n麦场上\n长出了一座小广场\n只有那棵老槐树还记得\n当年的麦垛有多高\n\n"
            "母亲的菜园\n　　母亲的菜园在老屋后面，不大，\n也就两分地，却是母亲的“宝贝”。\n"
            "　　一年四季，菜园里从不闲着。春\n天种辣椒、茄子、豇豆，夏天收黄瓜。\n")
    poems, essay = banmian.rebuild(text).articles
    assert poems.paragraphs[-1] == "当年的麦垛有多高"
    assert essay.headline == ["母亲的菜园"] and essay.paragraphs[0] == "母亲的菜园在老屋后面，不大，也就两分地，却是母亲的“宝贝”。"


def test_a_pen_name_padded_apart_under_a_reviews_subtitle_is_its_writer():
    text = ("书香\n一座县城的文化记忆\n——读《潜川古桥》\n檀　溪\n　　拿到《潜川古桥》这本书，是在\n一个雨天。翻开书页，一座座古桥跃\n"
            "然纸上。\n　　作者是县文化馆的退休干部，为了\n写这本书，他花了整整六年时间。\n")
    (review,) = banmian.rebuild(text).articles
    assert review.headline == ["书香", "一座县城的文化记忆", "——读《潜川古桥》"] and review.byline.reporters == ["檀溪"]


def test_a_price_table_titled_over_its_day_and_units_heads_a_box_of_its_own_after_a_story():
    text = "\n\n".join(["路口积水问题解决了", "10月9日，市民王先生拨打12345热线反映路口积水。",
                      "10月14日，记者来到现场看到，路面已恢复平整。“一点积水都没有。”王先生说。",
                      "菜篮子", "城区主要农贸市场零售价格", "（10月15日）", "单位：元/500克", "品名　价格　涨跌",
                      "籼米　2.85　—", "草鱼　8.50　—", "数据来源：市发展和改革委员会价格监测中心"])
    story, box = banmian.rebuild(text).articles
    assert story.paragraphs[-1].endswith("王先生说。") and box.headline[:2] == ["菜篮子", "城区主要农贸市场零售价格"]


def test_a_poem_signed_at_its_foot_after_an_essay_and_over_a_captioned_work_is_a_piece_of_its_own():
    text = ("秋到桂湖\n◎ 熊　梅\n　　庐源人说起秋天，总要说到桂\n湖。桂湖不大，绕湖一圈，慢慢走\n也不过一个多钟头。\n"
            "　　桂花年年开，人却一年年老了。\n\n晚稻\n晚稻低下头的时候\n父亲的腰\n也弯成了一张弓\n风从田埂上走过\n"
            "把稻香\n送进每一扇敞开的门\n程　欣\n\n书法　王勃《滕王阁序》（节选）\n　余光辉\n")
    essay, poem = banmian.rebuild(text).articles[:2]
    assert poem.headline == ["晚稻"] and poem.paragraphs[:2] == ["晚稻低下头的时候", "父亲的腰"]
    assert poem.byline.reporters == ["程欣"] and essay.paragraphs[-1] == "桂花年年开，人却一年年老了。"


def test_a_marked_box_of_briefs_each_led_by_its_place_and_signed_is_one_item_after_a_story():
    text = "\n\n".join(["市委理论学习中心组举行专题学习会", "本报讯（记者 熊婷婷）10月14日，市委理论学习中心组举行专题学习会。",
                      "◆县区传真", "瑞溪市　近日，瑞溪市“数字乡村”综合服务平台上线运行。（通讯员 姚　静）",
                      "桂湖区　10月12日，桂湖区举办“金秋招才”专场招聘会。（通讯员 胡　健）",
                      "青枫县　今年以来，青枫县新建改建农村公路186公里。（通讯员 袁志明）"])
    story, box = banmian.rebuild(text).articles
    assert len(story.paragraphs) == 1 and box.headline == ["◆县区传真"] and len(box.paragraphs) == 3


def test_a_box_of_briefs_each_led_by_its_place_in_brackets_and_signed_is_one_item():
    text = "\n\n".join(["县区动态", "【柳湖区】4月以来，柳湖区启动老旧小区改造提升工程，今年计划改造46个。（通讯员　徐　丽）",
                      "【麦川区】近日，麦川区举办专场招聘会，86家企业提供岗位2300余个。（通讯员　陈　敏）",
                      "【关山县】关山县今年新建标准化养殖小区12个，肉牛饲养量突破22万头。",
                      "【灵泉县】4月10日，灵泉县启动“法律明白人”培训工程。（通讯员　巩小燕）"])
    box, = banmian.rebuild(text).articles
    assert box.headline == ["县区动态"] and len(box.paragraphs) == 4
    assert box.byline.correspondents == ["徐丽", "陈敏", "巩小燕"]


def test_a_tables_head_row_of_long_column_names_under_its_units_stays_in_the_tables_box():
    text = "\n\n".join(["专家简介", "刘岩，市中心医院呼吸与危重症医学科主任医师。", "门诊时间：每周二、周四上午",
                      "近四周我市流感样病例监测情况", "单位：%", "周次　流感样病例占比　病毒检测阳性率", "第38周　2.4　1.8",
                      "第39周　2.6　2.3", "数据来源：岱川市疾病预防控制中心"])
    box = banmian.rebuild(text).articles[-1]
    assert box.headline == ["近四周我市流感样病例监测情况"] and box.paragraphs[:2] == ["单位：%", "周次 流感样病例占比 病毒检测阳性率"]


def test_a_tables_title_over_its_day_and_market_heads_its_own_block_under_a_box_of_labelled_advice():
    text = "\n\n".join(["节令农事·惊蛰", "3月5日是惊蛰节气，农事活动日渐繁忙。", "小麦：做好返青期肥水管理，适时浇返青水。",
                      "畜禽：做好春季集中免疫，圈舍勤消毒，防止倒春寒引发疫病。", "市场行情", "（3月3日　青畴农产品批发市场）",
                      "品名　批发价（元/公斤）　比上周", "大白菜　1.20　跌0.10", "土豆　2.60　持平"])
    advice, table = banmian.rebuild(text).articles
    assert len(advice.paragraphs) == 3 and table.headline == ["市场行情"] and len(table.paragraphs) == 4


def test_a_title_over_a_reviews_subtitle_naming_the_book_heads_the_review_under_a_news_story():
    text = "\n\n".join(["山路上的电影放映员", "本报讯（记者 彭华）彭世坤今年六十岁，放了三十年电影。",
                      "去年，彭世坤被评为全省农村电影放映先进工作者。", "一部反映山区变革的好小说", "——读长篇小说《青石岭》",
                      "青年作家龙光明的长篇小说《青石岭》，最近由湖南人民出版社出版。这部小说以湘西山区一个偏僻山村为背景。",
                      "小说最成功的地方，是塑造了老支书向满堂这个人物。"])
    story, review = banmian.rebuild(text).articles
    assert len(story.paragraphs) == 2 and review.headline == ["一部反映山区变革的好小说", "——读长篇小说《青石岭》"]
    assert review.paragraphs[0].startswith("青年作家") and len(review.paragraphs) == 2


def test_a_signed_features_first_section_labelled_with_a_colon_is_its_own_not_a_story():
    text = ("周末去哪儿\n山村柿子红　古道秋意浓\n——岱川东部山区赏秋线路探访\n本报记者　葛晓岚　实习生　陆一鸣\n"
            "　　出岱川城区一路向东，沿着新\n修的环山旅游路行驶四十多分钟，\n山坡上渐渐出现一片片橙红。摇下\n"
            "车窗，空气里飘着草木和果子的香\n气。再转过两道弯，石峪村就到了。\n　　10月中旬，正是岱川东部山区\n"
            "一年中色彩最丰富的时候。记者跟\n着几拨游客走进石峪、黄崖、桃花\n峪几个山村，寻找藏在山里的秋天。\n"
            "柿子园：满树“红灯笼”\n　　石峪村是远近闻名的“柿子村”，\n全村有200多年树龄的老柿树1300\n"
            "多棵。这个季节，柿子叶落了大半，\n枝头挂满了红彤彤的果子，远远望\n去，像一盏盏小灯笼。\n"
            "　　“这棵树是我爷爷的爷爷种下\n的，一年能结七八百斤柿子。”65\n岁的村民王德厚一边说，一边用长\n"
            "竹竿小心地把柿子从枝头钩下来。\n近几年，村里把老柿树“认养”给\n城里人，每棵树一年认养费500元，\n"
            "柿子成熟时认养人可以来摘果、晒\n柿饼，已有160多户城里家庭认养\n\n了老柿树。\n"
            "　　村口的晒场上，一串串削了皮\n的柿子挂在木架上，在阳光下泛着\n透亮的光。游客们排着队在“柿饼\n"
            "作坊”里体验削皮、挂串，不少孩\n子玩得不亦乐乎。\n古道：石板路上寻旧迹\n　　从石峪村往北，有一条通往黄\n"
            "崖村的古道。古道全长约4公里，\n用青石板铺成，过去是山里人挑着\n山货进城的必经之路。如今，古道\n")
    (feature,) = banmian.rebuild(text).articles
    assert "柿子园：满树“红灯笼”" in feature.paragraphs


def test_a_towns_item_titled_with_a_colon_after_a_signed_feature_is_a_story_of_its_own():
    text = "\n\n".join(["山村柿子红", "——岱川东部山区赏秋线路探访", "本报记者　葛晓岚",
                      "出岱川城区一路向东，山坡上渐渐出现一片片橙红。", "10月中旬，正是一年中色彩最丰富的时候。",
                      "沙溪镇：“稻虾共作”鼓起农民钱袋子", "这几天，沙溪镇永丰村的稻虾共作基地里，养殖户们正忙着起捕小龙虾。（通讯员 陆 敏）"])
    assert len(banmian.rebuild(text).articles) == 2


def test_a_titled_photo_whose_run_in_credit_notes_a_drone_is_a_photo_of_its_own_after_a_commentary():
    text = "\n\n".join(["纵横谈", "让惠企政策“免申即享”", "惠企政策好不好，关键看企业能不能及时享受到。",
                      "让政策主动找企业，才能真正把红利送到企业手中。", "秋日田园",
                      "10月12日，瑞溪市洪塘镇的稻田与村庄相映成景。 通讯员 姚　静 摄（无人机）"])
    comment, photo = banmian.rebuild(text).articles
    assert comment.paragraphs[-1].startswith("让政策主动找企业") and photo.headline == ["秋日田园"]


def test_a_digests_first_item_title_under_its_label_and_byline_stays_in_the_digest():
    text = ("环球扫描\n\n记者 刘诗平\n也门胡塞武装警告局势升级\n据新华社科威特城4月19日电 （记者尹炣）胡塞武装18日发出警告。\n"
            "胡塞武装高级官员18日在社交媒体发文。\n")
    (digest,) = banmian.rebuild(text).articles
    assert digest.headline == ["环球扫描"]
    assert digest.paragraphs[0] == "也门胡塞武装警告局势升级"


def test_a_title_over_a_tables_rows_under_a_story_heads_a_box_of_its_own():
    page = banmian.rebuild("A股三大指数放量大涨\n\n本报讯（记者 周 航）12月9日，A股三大指数集体大涨，两市成交额1.86万亿元。\n\n"
                           "沪深两市主要指数表现（12月9日）\n\n指数 收盘 涨跌幅\n\n上证指数 3402.53 +2.61%\n\n深证成指 10812.66 +3.04%\n")
    assert [(a.headline, len(a.paragraphs)) for a in page.articles] == [
        (["A股三大指数放量大涨"], 1), (["沪深两市主要指数表现（12月9日）"], 3)]


def test_a_title_over_a_tables_units_and_rows_under_a_story_heads_a_box_of_its_own():
    page = banmian.rebuild("夏粮田管正当时\n\n本报讯 种植户发现虫情可拨打农技服务热线12316咨询。\n\n本周农产品批发市场价格\n\n（单位：元/公斤）\n\n"
                           "品名　　最低价　最高价　涨跌\n\n大白菜　1.20　　1.80　　↓\n\n黄瓜　　2.60　　3.40　　↑\n")
    assert [a.headline for a in page.articles] == [["夏粮田管正当时"], ["本周农产品批发市场价格"]]


def test_a_notices_service_hotline_issuer_and_date_close_the_notice():
    page = banmian.rebuild("停水通知\n\n因管网改造施工需要，我公司定于9月26日对城北部分区域停止供水，请用户提前储水。\n\n"
                           "服务热线：0579-85123456\n\n安澜市自来水有限公司\n\n2024年9月24日\n\n温馨提示\n\n停水期间请关闭家中水龙头。\n")
    assert [(a.headline, a.paragraphs[-1]) for a in page.articles] == [
        (["停水通知"], "2024年9月24日"), (["温馨提示"], "停水期间请关闭家中水龙头。")]


def test_an_unbracketed_authors_unit_line_closes_the_column_and_heads_nothing():
    page = banmian.rebuild("一线课堂\n\n从“教教材”到“用教材教”\n\n当然，“用教材教”不等于随意取舍教材。\n\n作者单位：青溪师范学院附属中学\n\n\n"
                           "县中振兴 “一校一策”激活力\n\n（上接第一版）\n\n在安平县第一中学，学生每天晚自习后都会去学科实验室。\n")
    assert [(a.headline, a.paragraphs[-1]) for a in page.articles] == [
        (["一线课堂", "从“教教材”到“用教材教”"], "作者单位：青溪师范学院附属中学"),
        (["县中振兴 “一校一策”激活力"], "在安平县第一中学，学生每天晚自习后都会去学科实验室。")]


def test_a_wrapped_notices_issuer_and_date_under_its_contact_line_close_it():
    page = banmian.rebuild("停水通知\n　　因城市供水管网改造施工需要，市自来水\n有限公司定于9月27日（星期五）22时至9月28\n"
                           "日（星期六）6时，对下列区域暂停供水：\n1.人民北路（江东路至南门街段）两侧用户；\n"
                           "2.丹枫小区、新世纪花园、锦绣家园；\n3.江东路以东、南门街以北部分区域。\n"
                           "　　停水期间请用户提前做好储水准备，如遇\n特殊情况，恢复供水时间将顺延。给您带来不\n便，敬请谅解。\n"
                           "服务热线：0579-85123456\n安澜市自来水有限公司\n2024年9月24日\n\n温馨提示\n"
                           "　　据市气象台预报，受冷空气影响，\n本周末我市将迎来一次明显降温过程，\n最低气温将降至16℃左右。请市民及时\n"
                           "增添衣物，老人和儿童要注意防寒保暖，\n谨防感冒。\n")
    assert [(a.headline, a.paragraphs[-1]) for a in page.articles] == [
        (["停水通知"], "2024年9月24日"), (["温馨提示"], "据市气象台预报，受冷空气影响，本周末我市将迎来一次明显降温过程，"
                                             "最低气温将降至16℃左右。请市民及时增添衣物，老人和儿童要注意防寒保暖，谨防感冒。")]


def test_a_storys_second_question_subhead_stays_in_it_and_a_headline_ending_on_le_heads_the_next():
    page = banmian.rebuild("秋季流感疫苗开打了\n\n本报讯（记者 骆 俊）9月23日起，我市秋季流感疫苗接种工作全面启动。\n\n"
                           "哪些人群建议优先接种？\n\n医生介绍，60岁以上老年人等重点人群建议优先接种。\n\n接种前需要注意什么？\n\n"
                           "医生提醒，接种前需通过电话预约。\n\n\n社区食堂开张了\n\n9月24日，嘉和社区“幸福食堂”正式开张。\n")
    assert [(a.headline, len(a.paragraphs)) for a in page.articles] == [(["秋季流感疫苗开打了"], 5), (["社区食堂开张了"], 1)]


def test_an_office_signing_its_reply_closes_it_and_a_notice_to_workshops_opens_below():
    text = ("行政科的答复\n\n孙大海同志反映的问题确实存在。我们已经研究决定，从七月一日起，食堂每天增加两个菜的品种。\n\n"
            "厂行政科\n\n关于做好夏季防暑降温工作的通知\n\n各车间、科室：\n\n"
            "入夏以来，气温逐渐升高。为保证职工身体健康和安全生产，现将有关事项通知如下：\n\n"
            "一、各车间要做好通风降温，高温岗位要合理安排作息时间。\n\n厂　部\n\n一九八四年六月十八日\n")
    page = banmian.rebuild(text)
    assert [(a.headline, a.paragraphs[:2]) for a in page.articles] == [
        (["行政科的答复"], ["孙大海同志反映的问题确实存在。我们已经研究决定，从七月一日起，食堂每天增加两个菜的品种。", "厂行政科"]),
        (["关于做好夏季防暑降温工作的通知"], ["各车间、科室：", "入夏以来，气温逐渐升高。为保证职工身体健康和安全生产，现将有关事项通知如下："])]


def test_a_correction_and_a_call_for_contributions_are_items_of_their_own_over_the_imprint():
    text = ("更　正\n\n本报第一二六期第二版《青工技术比武结束》一文中，“王建民”应为“王建明”，特此更正。\n\n"
            "欢迎投稿\n\n本报欢迎全厂职工踊跃投稿，反映生产、生活中的新人新事。\n\n东风机床厂党委宣传科编印　每期印１５００份\n")
    page = banmian.rebuild(text)
    assert [a.headline for a in page.articles] == [["更 正"], ["欢迎投稿"]]
    assert page.furniture == ["东风机床厂党委宣传科编印 每期印１５００份"]


def test_a_scene_under_a_dispatch_over_a_credit_is_a_photo_set_after_it():
    text = ("我国小水电建设发展很快\n\n新华社北京５月１３日电　记者张文报道：我国小水电建设近几年发展很快。\n\n"
            "在全国两千多个县中，已有一千五百多个县办起了小水电。\n\n福建省安溪县茶农在采摘春茶。\n\n新华社记者　林 平摄\n\n"
            "人民来信\n\n希望增开一趟去县城的班车\n\n编辑同志：\n\n我们溪口公社离县城六十多里，每天只有一趟班车。\n")
    page = banmian.rebuild(text)
    assert [(a.kind, a.paragraphs[-1], a.byline.photographers) for a in page.articles] == [
        ("article", "在全国两千多个县中，已有一千五百多个县办起了小水电。", []),
        ("photo", "福建省安溪县茶农在采摘春茶。", ["林平"]),
        ("article", "我们溪口公社离县城六十多里，每天只有一趟班车。", [])]


PRICE_LIST = ["市场行情", "本市主要农贸市场部分商品零售价", "猪肉（精）　8.50元／斤", "牛　　肉　10.00元／斤", "大白菜　0.25元／斤",
              "（市物价局提供　11月7日）"]


def test_a_price_list_under_a_story_is_a_box_of_its_own_and_a_caption_under_it_a_photo():
    text = "\n\n".join(["建设路下水道堵了半个月", "本报讯（记者 钱 进）昨天上午，刘大爷打来电话向本报反映。",
                       "记者就此事与市政管理处联系，该处负责人表示，今天就派人疏通。", *PRICE_LIST,
                       "昨天，市第一百货商店举办冬季服装展销，吸引了众多市民选购。", "本报记者 孙 雷 摄"])
    page = banmian.rebuild(text)
    assert [(a.kind, a.headline, len(a.paragraphs)) for a in page.articles] == [
        ("article", ["建设路下水道堵了半个月"], 2), ("article", PRICE_LIST[:2], 4), ("photo", [], 1)]


def test_a_price_lists_source_is_no_part_of_its_last_row_in_printed_lines():
    text = "\n".join(["市场行情", "本市主要农贸市场部分商品零售价", *PRICE_LIST[2:], "",
                      "昨天，市第一百货商店举办冬季服装展销，吸引了众多市民选购。", "本报记者 孙 雷 摄"])
    page = banmian.rebuild(text)
    assert page.articles[0].paragraphs == ["猪肉（精） 8.50元／斤", "牛 肉 10.00元／斤", "大白菜 0.25元／斤", "（市物价局提供 11月7日）"]


@pytest.mark.parametrize("opening, place, signature_kept", [("编辑同志：", "西湖区", True), ("", "西湖区", False),
                                                            ("编辑同志：", "静川县", True), ("", "静川县", False),
                                                            ("", "墨溪县文化馆", False)])
def test_a_place_and_name_under_a_letter_is_its_last_line_and_under_an_essay_its_byline(opening, place, signature_kept):
    body = [opening] if opening else []
    text = "\n\n".join(["学会了用手机“拍视频”", *body, "去年孙女给我买了一部智能手机，教我拍视频。",
                       "现在，我的阳台花园有了一百多个“粉丝”。", f"{place}　蒋桂芳", "老年大学里的“同桌”", "七十岁那年，我报名上了老年大学。"])
    first = banmian.rebuild(text).articles[0]
    assert (first.paragraphs[-1] == f"{place} 蒋桂芳", first.byline.reporters) == (signature_kept, ["蒋桂芳"])


def test_a_readers_signature_from_a_street_office_full_to_its_column_closes_the_letter_in_printed_lines():
    text = ("读者来信\n社区老年食堂晚餐能否不停？\n　　编辑同志：\n　　我今年七十六岁，独自住在唐家\n墩街道。社区老年食堂能不能多开\n"
            "几家，让独居老人晚上也能吃上一\n口热饭？\n江汉区唐家墩街道　读者　周德明\n\n征婚交友\n银发鹊桥\n"
            "　　本栏目为老年读者免费刊登交友\n信息，有意者请来电与本报联系。\n")
    letter, box = banmian.rebuild(text).articles
    assert letter.paragraphs[-1] == "江汉区唐家墩街道 读者 周德明" and box.headline == ["征婚交友", "银发鹊桥"]


def test_a_marked_briefs_source_cut_onto_a_line_of_its_own_stays_the_briefs_where_each_brief_closes_on_its_source():
    text = "\n\n".join(["侨讯", "●近日，恩平市为归侨侨眷开展免费健康体检活动，首批320名困难归侨侨眷受益。（恩平市侨联）",
                      "●加拿大温哥华五邑同乡会日前举行中秋联欢晚会，400余名乡亲欢聚一堂，共叙乡情。", "（据海外侨团来稿）",
                      "●第十届五邑青年恳亲大会将于11月在江门举行，近千名侨胞报名。（本报综合）"])
    box, = banmian.rebuild(text).articles
    assert box.paragraphs[1].endswith("共叙乡情。（据海外侨团来稿）") and len(box.paragraphs) == 3


def test_a_title_opening_on_a_preposition_and_quoting_its_word_under_a_comments_kind_heads_the_comment():
    text = "\n\n".join(["靠质量求生存　靠信誉闯市场", "——城关镇农机修配厂的经验", "一、抓质量，创名牌产品",
                      "厂里成立了质量检验科，从原材料进厂到产品出厂，实行层层把关。", "二、抓信誉，以诚待客",
                      "厂里坚持“质量三包”，赢得了用户的信赖。", "短评", "在“活”字上下功夫",
                      "城关镇农机修配厂由亏转盈的经验告诉我们：乡镇企业要发展，必须在“活”字上下功夫。", "本报评论员"])
    story, comment = banmian.rebuild(text).articles
    assert story.paragraphs[-1] == "厂里坚持“质量三包”，赢得了用户的信赖。" and comment.headline == ["短评", "在“活”字上下功夫"]
    assert comment.paragraphs == ["城关镇农机修配厂由亏转盈的经验告诉我们：乡镇企业要发展，必须在“活”字上下功夫。"]


def test_rows_of_people_with_district_and_age_under_a_news_lead_stay_the_storys_text():
    rows = ["洪山区　邹定远（108岁）", "柳湖区　李秀英（105岁）", "静川县　王阿婆（103岁）"]
    text = "\n\n".join(["我市百岁老人增至126位", "本报讯（记者　吴　凡）记者从市老龄办获悉，全市共有百岁老人126位。以下是部分名单：",
                      *rows, "市老龄办负责人说，百岁老人每月可领取长寿补贴800元。"])
    (story,) = banmian.rebuild(text).articles
    assert story.paragraphs[1:4] == [row.replace("　", " ") for row in rows] and story.byline.reporters == ["吴凡"]


def test_a_subheads_two_phrases_after_a_county_name_or_an_askers_county_and_name_sign_nothing():
    story = banmian.rebuild("我县入选全国百强县\n\n本报讯（记者　胡　川）日前，全国县域经济百强县榜单发布，我县首次进入百强。\n\n"
                            "百强县　再进位\n\n近年来，我县坚持工业强县战略，规上工业企业达到386家。\n").articles[0]
    assert story.byline.reporters == ["胡川"]
    answer = banmian.rebuild("农技问答\n\n问：我家的水稻叶片发黄，有的叶尖干枯，是什么原因？\n\n静川县　王德厚\n\n"
                             "答：从描述看，可能是缺钾或者感染了白叶枯病。\n").articles
    assert all("王德厚" not in article.byline.reporters for article in answer)


def test_riddles_under_a_story_are_a_box_of_their_own():
    text = ("走进敬老院 陪爷爷奶奶过重阳\n本报小记者　何语嫣\n　　10月11日是重阳节，我们十多\n名小记者来到敬老院。\n"
            "　　临走时，爷爷奶奶们一直把我\n们送到门口。\n\n猜谜语\n1．一口咬掉牛尾巴。（打一字）\n"
            "2．有面没有口，有脚没有手，\n虽有四只脚，自己不会走。（打\n一家具）\n3．千条线，万条线，掉到水里\n"
            "看不见。（打一自然现象）\n（谜底见下期）\n上期谜底：1．休　2．蜡烛　3．\n月亮\n\n"
            "银龄动态\n◆日前，余杭区老年人体育协会举办第十届门球邀请赛。（通讯员 郑一凡）\n")
    page = banmian.rebuild(text)
    assert [a.headline for a in page.articles] == [["走进敬老院 陪爷爷奶奶过重阳"], ["猜谜语"], ["银龄动态"]]


@pytest.mark.parametrize("first, second", [("篆刻　“清风徐来”　吴印石", "书法　行书　王维《山居秋暝》句　欧阳砚"),
                                           ("行书　陆游《临安春雨初霁》句　郑砚农", "国画《渔港晨曦》　吴青山"),
                                           ("篆刻　“清风徐来”　吴印石", "书法　隶书　“宁静致远”　孙伯年（88岁）")])
def test_works_labelled_with_their_art_under_a_poem_are_photos_of_their_own(first, second):
    text = "\n\n".join(["秋日三章（组诗）", "◎ 白 露", "稻田", "稻子弯下腰的时候", "父亲也弯下了腰", "归雁", "它们排成“人”字",
                       "我抬头数了数", "少了一只，像我", first, second, "重阳登高（七律）", "◎ 严 松", "九月山城风满楼，登高一望尽清秋。"])
    page = banmian.rebuild(text)
    assert [(a.kind, a.headline, a.paragraphs[-1][-7:]) for a in page.articles] == [
        ("article", ["秋日三章（组诗）"], "少了一只，像我"), ("photo", [], " ".join(first.split())[-7:]),
        ("photo", [], " ".join(second.split())[-7:]), ("article", ["重阳登高（七律）"], "高一望尽清秋。")]


SOLDIERS = ["兵说", "把“较真”当成习惯",
            "刚当班长那年，我带的班在体能考核中垫了底。指导员找我谈心，只说了一句话：“训练场上差一秒，战场上可能就差一条命。”",
            "从那以后，我给自己定了个规矩：每个动作都要抠到标准，每组数据都要核到个位。战友们说我“较真”，可正是这份较",
            "真，让我们班连续两年被评为“四铁”先进班。", "在我看来，较真不是跟谁过不去，而是对打仗负责。",
            "第80集团军某旅四级军士长　周建军", "\n\n士兵心语",  # stories set apart by more blank lines
            "入伍前，我连自行车都骑不稳；现在，我能驾驶装甲车在戈壁滩上跑出“S”形。我想告诉远方的妈妈：您的儿子长大了。",
            "——武警新疆总队某支队上等兵　买买提·艾力",
            "第一次站在界碑旁，我用手摸了摸上面的字，心里一下子踏实了。原来，守护就是这么具体的一件事。",
            "——西藏军区某边防团列兵　沈浩然", "\n一线直击", "炊事班的“比武场”", "本报记者 王晓峰　通讯员 黄 瑞",
            "和面、擀皮、包馅，90秒包出12个饺子。9月7日，中部战区空军某部炊事技能比武现场，下士杨明哲的双手快得让人看不清。"]


def test_a_soldiers_piece_is_signed_by_unit_and_rank_and_a_box_of_sayings_keeps_each_signature():
    page = banmian.rebuild("\n\n".join(["9月10日，武警某部官兵在高温条件下进行400米障碍训练。", "记者 刘 洋 摄", *SOLDIERS]))
    assert [(a.headline, len(a.paragraphs), a.byline.reporters) for a in page.articles][1:] == [
        (["兵说", "把“较真”当成习惯"], 3, ["周建军"]), (["士兵心语"], 4, []), (["一线直击", "炊事班的“比武场”"], 1, ["王晓峰"])]


def test_a_soldiers_signature_alone_on_its_line_ends_the_piece_in_printed_lines():
    text = ("兵说\n把“较真”当成习惯\n　　刚当班长那年，我带的班在体能\n考核中垫了底。\n　　在我看来，较真不是跟谁\n过不去，而是对打仗负责。\n"
            "第80集团军某旅四级军士长　周建军\n\n士兵心语\n　　入伍前，我连自行车都骑不稳。\n——武警新疆总队某支队上等兵　买买提·艾力\n")
    page = banmian.rebuild(text)
    assert [a.headline for a in page.articles] == [["兵说", "把“较真”当成习惯"], ["士兵心语"]]


def test_a_columnists_pen_name_after_a_mark_signs_the_piece_at_its_foot():
    text = "\n\n".join(["小品文", "“排队”的学问", "如今排队的地方少了。买粮不用排队，连买彩电也不用排队了。",
                       "我这才明白，排队也是一门学问：排的不是队，是耐心。", "□ 老 万", "热线追踪", "换液化气难有了回音",
                       "本报讯 本报10月25日报道了东郊小区居民换液化气难的问题后，市燃气公司十分重视。"])
    page = banmian.rebuild(text)
    assert [(a.headline, a.paragraphs[-1], a.byline.text) for a in page.articles] == [
        (["小品文", "“排队”的学问"], "我这才明白，排队也是一门学问：排的不是队，是耐心。", ["□ 老 万"]),
        (["热线追踪", "换液化气难有了回音"], "本报讯 本报10月25日报道了东郊小区居民换液化气难的问题后，市燃气公司十分重视。", [])]


def test_a_readers_letter_under_a_box_of_briefs_is_a_story_of_its_own():
    text = "\n\n".join(["社会简讯", "●本市今冬供暖将于11月15日正式开始，市热力公司提醒用户提前检查暖气设施。",
                       "●6日下午，市消防支队在百货大楼举行消防演习，300多名职工参加。", "读者来信", "谢谢你，好心的护士",
                       "编辑同志：", "上月20日，我母亲突发心脏病住进市第二人民医院。", "读者　张 燕"])
    page = banmian.rebuild(text)
    assert [a.headline for a in page.articles] == [["社会简讯"], ["读者来信", "谢谢你，好心的护士"]]


def test_a_workers_letter_keeps_its_workshop_signature_as_its_last_line():
    text = "\n\n".join(["职工来信", "食堂的饭菜要改进", "编辑同志：", "厂食堂的饭菜品种少，中午十二点一过，有时菜就卖完了。",
                       "希望行政科和食堂想想办法，保证倒班职工吃上热饭热菜。", "机修车间　孙大海", "行政科的答复",
                       "孙大海同志反映的问题确实存在。我们已经研究决定，从七月一日起，食堂每天增加两个菜的品种。"])
    letter = banmian.rebuild(text).articles[0]
    assert (letter.paragraphs[-1], letter.byline.reporters) == ("机修车间 孙大海", ["孙大海"])


def test_a_reader_signing_a_letter_closes_it_over_the_next_heading():
    text = ("读者来信\n谢谢你，好心的护士\n　　编辑同志：\n　　上月20日，我母亲突发心脏\n病住进市第二人民医院。\n"
            "　　请贵报替我们向李红梅护士\n说一声：谢谢你！\n读者　张 燕\n\n征订启事\n　　《青城晚报》1997年度征订工作\n"
            "已经开始。\n")
    page = banmian.rebuild(text)
    assert [(a.headline, a.paragraphs[-1], a.byline.reporters) for a in page.articles] == [
        (["读者来信", "谢谢你，好心的护士"], "读者 张 燕", ["张燕"]), (["征订启事"], "《青城晚报》1997年度征订工作已经开始。", [])]


def test_a_bracketed_wire_source_at_a_storys_foot_keeps_it_a_story():
    text = "\n\n".join(["沿海各地秋汛捕鱼丰收", "今年沿海各地的秋汛捕鱼获得丰收。到九月下旬，已捕鱼二百多万担。",
                       "各地渔民在秋汛中普遍推广了围网捕鱼的先进经验。", "（新华社稿）", "本报启事", "本报十月三日休刊一天。"])
    story = banmian.rebuild(text).articles[0]
    assert (story.kind, story.paragraphs[-1]) == ("article", "（新华社稿）")


def test_a_photo_under_an_editors_afterword_is_no_part_of_it():
    text = "\n\n".join(["读者来信", "希望多供应一些小农具", "编辑同志：", "我们生产队今年晚稻丰收，可是秋收用的镰刀、箩筐很缺。",
                       "（宁川县东岗人民公社社员　李有田）",
                       "\n编后",  # a blank line more between stories, as the page sets them
                       "小农具虽小，在农业生产上的作用却很大。秋收秋种季节，镰刀、箩筐、扁担样样少不得。",
                       "山东省胶东沿海的渔民正在晒鱼。今年秋汛，这里的渔业获得了丰收。", "新华社记者　周 明摄",
                       "沿海各地秋汛捕鱼丰收", "今年沿海各地的秋汛捕鱼获得丰收。"])
    page = banmian.rebuild(text)
    assert [(a.kind, a.headline, len(a.paragraphs)) for a in page.articles][1:] == [
        ("article", ["编后"], 1), ("photo", [], 1), ("article", ["沿海各地秋汛捕鱼丰收"], 1)]


def test_a_note_on_the_writer_under_an_essay_is_the_essays_in_printed_lines():
    text = (  # the page as printed: the layout of its columns decides
        "外婆的腌菜坛\n"
        "◎ 沈秋禾\n"
        "　　外婆家的灶屋角落里，常年蹲着一\n"
        "排腌菜坛。大的齐我腰高，小的只有拳\n"
        "头大，坛口都扣着一只粗瓷碗，碗沿上\n"
        "一圈清水，外婆叫它“坛沿水”。\n"
        "　　每年霜降前后，芥菜收回来，外婆\n"
        "就忙开了。洗菜、晾菜、切菜、揉盐，\n"
        "一道道工序从不马虎。晾菜要晾到叶子\n"
        "软塌塌的，揉盐要揉到菜汁渗出来，然\n"
        "后一把一把压进坛里，用木棒杵紧，封\n"
        "\n"
        "坛。\n"
        "　　那时候我总蹲在旁边看，看外婆青\n"
        "筋凸起的手在菜叶间翻动，看盐粒在阳\n"
        "光下闪着细碎的光。外婆说，腌菜好不\n"
        "好吃，全看“压”得实不实。压实了，\n"
        "菜就不会烂，日子也一样。\n"
        "　　后来我到城里读书、工作，吃过许\n"
        "多山珍海味，最念的还是外婆那一碗腌\n"
        "菜炒肉末。去年冬天回去，外婆已经揉\n"
        "不动盐了，坛子空了大半。她坐在灶边，\n"
        "把最后一小坛腌菜塞进我的行李箱，说：\n"
        "\n"
        "“带着，想家了就炒一碗。”\n"
        "　　回城的路上，那坛腌菜在箱子里一\n"
        "路颠簸。我知道，坛里装着的，是外婆\n"
        "一辈子压实了的日子。\n"
        "作者简介\n"
        "　　沈秋禾，沅水市作家协会会员，作\n"
        "品散见于《散文百家》《湖南文学》等\n"
        "刊物，著有散文集《河畔人家》。\n"
        "\n"
        "秋日三章（组诗）\n"
        "◎ 白 露\n"
        "稻田\n"
        "　　稻子弯下腰的时候\n"
        "　　父亲也弯下了腰\n"
        "　　他们之间隔着\n"
        "　　一整个夏天的汗水\n"
        "\n"
        "晒场\n"
    )
    essay = banmian.rebuild(text).articles[0]
    assert essay.paragraphs[-2:] == [
        "作者简介", "沈秋禾，沅水市作家协会会员，作品散见于《散文百家》《湖南文学》等刊物，著有散文集《河畔人家》。"]


def test_a_tips_box_under_a_column_is_an_item_of_its_own_each_circled_tip_a_paragraph():
    text = (  # the page as printed
        "三农观察\n"
        "让“土专家”有用武之地\n"
        "□ 谭 明\n"
        "　　在不少村庄，都有这样一批人：\n"
        "没有高学历，却种得一手好庄稼；\n"
        "不懂专业术语，却能一眼看出果树\n"
        "得了什么病。他们被村民称为“土\n"
        "专家”“田秀才”。\n"
        "　　乡村振兴，人才是关键。既要\n"
        "引进“外来的和尚”，也要用好本\n"
        "土的“土专家”。一些地方探索开\n"
        "展农民职称评定，让有真本事的农\n"
        "\n"
        "民评上“农民高级技师”，享受相\n"
        "应待遇，这样的做法值得推广。\n"
        "　　给“土专家”搭台子、给位子、\n"
        "给面子，才能让更多懂农业、爱农\n"
        "村的人扎根乡土。\n"
        "\n"
        "养殖小贴士\n"
        "秋季生猪防疫 做好四件事\n"
        "①做好免疫接种。按照免疫程序\n"
        "及时接种猪瘟、口蹄疫等疫苗，\n"
        "做好免疫记录。\n"
        "②加强消毒管理。猪舍每周消毒\n"
        "2次，进出车辆、人员严格消毒。\n"
        "\n"
        "③注意防寒保暖。早晚温差大，\n"
        "及时关闭门窗，防止贼风侵袭。\n"
        "④科学调整饲料。适当提高饲料\n"
        "能量水平，保证饮水清洁。\n"
        "\n"
    )
    page = banmian.rebuild(text)
    assert [(a.headline, len(a.paragraphs)) for a in page.articles] == [
        (["三农观察", "让“土专家”有用武之地"], 3), (["养殖小贴士", "秋季生猪防疫 做好四件事"], 4)]


def test_a_subhead_of_four_characters_and_a_phrase_cast_like_the_one_before_stays_in_the_story():
    text = (  # the page as printed
        "乡村振兴看一线\n"
        "一颗猕猴桃 “串起”一条富民链\n"
        "——桐源县发展特色产业带动农户增收见闻\n"
        "本报记者 胡 旭　通讯员 钟丽萍　文/图\n"
        "　　深秋时节，桐源县石门镇的猕猴桃\n"
        "基地里，一串串果子挂满枝头。果农邓\n"
        "长根戴着手套，小心翼翼地把果子剪下，\n"
        "轻轻放进垫着软纸的竹筐里。“今年雨\n"
        "水匀，果子个头大、糖分足，收购商上\n"
        "门来抢。”\n"
        "　　邓长根家种了12亩猕猴桃，去年纯\n"
        "收入超过15万元。而在十年前，这里还\n"
        "是一片种啥啥不成的荒坡。\n"
        "\n"
        "龙头带动 小果子有了大市场\n"
        "　　2014年，县里引进一家农业企业，\n"
        "在石门镇流转土地建起了第一个标准化\n"
        "示范基地。企业提供种苗、技术和收购\n"
        "保底价，农户以土地入股或自主种植，\n"
        "“企业+合作社+农户”的模式逐渐成型。\n"
        "　　如今，全县猕猴桃种植面积达到\n"
        "8.6万亩，年产量超过9万吨，带动1.2\n"
        "万户农户参与种植。去年，全县猕猴桃\n"
        "产业综合产值突破30亿元。\n"
        "\n"
        "延链补链 “卖鲜果”变“卖产品”\n"
        "　　走进县农产品加工园区，一条条生\n"
        "产线正在满负荷运转。鲜果经过分拣、\n"
        "冷藏，一部分直接发往全国各地的商超，\n"
        "另一部分被加工成果干、果酱、果酒……\n"
        "（下转第七版）\n"
    )
    page = banmian.rebuild(text)
    assert len(page.articles) == 1 and "延链补链 “卖鲜果”变“卖产品”" in page.articles[0].paragraphs


def test_a_labelled_box_of_signed_briefs_is_one_item_crediting_every_brief():
    text = "\n\n".join(["乡村简讯", "■近日，桐源县首个村级农产品直播间在东坪村开播，首场销售额达2.3万余元。（通讯员 许 晴）",
                       "■青山乡组织农技人员深入田间地头，开展油菜育苗技术指导。（通讯员 曾子豪）",
                       "■长河镇举办首届“农民丰收节”厨艺大赛。（记者 陆海燕）", "三农观察", "让“土专家”有用武之地", "□ 谭 明",
                       "在不少村庄，都有这样一批人：没有高学历，却种得一手好庄稼。"])
    box = banmian.rebuild(text).articles[0]
    assert (box.headline, len(box.paragraphs), box.byline.correspondents, box.byline.reporters) == (
        ["乡村简讯"], 3, ["许晴", "曾子豪"], ["陆海燕"])


def test_a_box_of_signed_sayings_ends_at_the_title_under_its_last_signature():
    text = "\n\n".join(["凌晨两点，班长悄悄来查岗，递给我一个还热乎的鸡蛋。", "兵说", "【话题】第一次站夜岗，你想到了什么？",
                       "站在哨位上，看着远处零零星星的灯火，我第一次觉得，这些灯光里也有我的一份守护。",
                       "——火箭军某旅　上等兵　邓明轩", "以前在家熬夜是玩手机，现在熬夜是为了让更多人睡个安稳觉。",
                       "——东部战区海军某部　中士　陈思宇", "营门前的那棵老槐树",
                       "营门前有一棵老槐树，听老兵们说，它比营区的历史还要长。树干要两个人才能合抱。",
                       "新兵下连那天，我们背着背包从树下走过，槐花正落。", "武警浙江总队某支队　上等兵　杨一帆"])
    page = banmian.rebuild(text)
    box, essay = page.articles[-2:]
    assert box.paragraphs[-1] == "——东部战区海军某部 中士 陈思宇"
    assert (essay.headline, len(essay.paragraphs), essay.byline.reporters) == (["营门前的那棵老槐树"], 2, ["杨一帆"])


def test_a_mine_papers_letter_reply_praise_and_notice_stand_apart():
    text = "\n\n".join([
        "表扬稿", "我支部所属采煤一队青年突击组，在十月份劳动竞赛中，提前五天完成任务，多出煤一千二百多吨。",
        "二矿采煤一队党支部", "一九八七年十月二十八日",
        "职工来信", "井口浴池热水应当保证", "编辑同志：", "二矿井口浴池近来经常没有热水。希望有关部门尽快解决。",
        "二矿掘进二队　孙 国 强", "关于井口浴池热水问题的答复", "编辑同志：",
        "来信转悉。经查，二矿井口浴池热水不足，主要是锅炉房一台锅炉炉排损坏，正在检修。", "二矿生活服务公司", "十一月四日",
        "关于做好冬季防火工作的通知", "各矿、厂，各车间（区、队）：", "入冬以来，天气干燥，各单位要认真做好防火工作。"])
    page = banmian.rebuild(text)
    assert [(a.headline, a.paragraphs[-1], a.byline.reporters) for a in page.articles] == [
        (["表扬稿"], "一九八七年十月二十八日", []),
        (["职工来信", "井口浴池热水应当保证"], "二矿掘进二队 孙 国 强", ["孙国强"]),
        (["关于井口浴池热水问题的答复"], "十一月四日", []),
        (["关于做好冬季防火工作的通知"], "入冬以来，天气干燥，各单位要认真做好防火工作。", [])]


def test_an_editors_note_under_a_photos_credit_opens_the_next_item():
    text = "\n\n".join(["如今走进东关街，景象大不一样了。（下转第四版）", "天津市和平区一家街道服装厂的女工在赶制出口服装。",
                       "新华社记者　高 玉 山摄", "编者按", "这封来信反映的问题，在一些地方相当普遍。我们希望有关部门认真研究解决。",
                       "人民来信", "社员卖猪为什么这么难？", "编辑同志：", "今年以来，我们这里的生猪收购站常常压级压价。"])
    page = banmian.rebuild(text)
    assert [(a.kind, a.headline) for a in page.articles][1:] == [
        ("photo", []), ("article", ["编者按"]), ("article", ["人民来信", "社员卖猪为什么这么难？"])]


def test_a_price_list_per_jin_with_its_source_under_a_call_is_a_box_of_its_own():
    text = "\n\n".join(["读者来电", "本报讯 昨天，家住和平路的读者来电反映，小区门口的路灯坏了。", "本周菜篮子行情",
                       "青菜　每斤0.40元—0.50元", "黄瓜　每斤0.60元—0.80元", "鸡蛋　每斤3.20元", "（市农贸市场管理处提供）",
                       "戏水消暑", "昨日午后，几名小朋友在江滨公园的喷泉池边戏水。", "本报记者 陈 刚 摄"])
    page = banmian.rebuild(text)
    assert [(a.kind, a.headline, a.paragraphs[-1]) for a in page.articles] == [
        ("article", ["读者来电"], "本报讯 昨天，家住和平路的读者来电反映，小区门口的路灯坏了。"),
        ("article", ["本周菜篮子行情"], "（市农贸市场管理处提供）"),
        ("photo", ["戏水消暑"], "昨日午后，几名小朋友在江滨公园的喷泉池边戏水。")]


def test_riddles_numbered_in_circles_are_the_boxs_paragraphs_one_each():
    text = "\n\n".join(["猜谜语", "①一口咬掉牛尾巴（打一字）", "②千条线，万条线，掉到水里看不见（打一自然现象）",
                       "③小时穿黑衣，大时穿绿袍，水里过日子，岸上来睡觉（打一动物）", "（谜底见下期）", "上期谜底：①田　②月亮　③剪刀"])
    box = banmian.rebuild(text).articles[0]
    assert (box.headline, [p[:2] for p in box.paragraphs]) == (["猜谜语"], ["①一", "②千", "③小", "（谜", "上期"])


def test_tips_under_a_box_of_briefs_are_an_item_of_their_own():
    text = "\n\n".join(["银龄快讯", "◆湖州市德清县近日举办首届老年人智能手机应用大赛，60多名老年选手参赛。",
                       "◆温州市鹿城区老年人体育协会日前组织门球联谊赛，全区18支队伍参赛。", "小贴士", "冬季晨练　宜晚不宜早",
                       "冬季清晨气温低，老年人过早外出锻炼，容易诱发心脑血管疾病。", "（本报记者　胡　蓉　整理）"])
    page = banmian.rebuild(text)
    assert [a.headline for a in page.articles] == [["银龄快讯"], ["小贴士", "冬季晨练 宜晚不宜早"]]


def test_a_poem_titled_by_its_form_has_its_first_verse_as_text():
    text = "\n\n".join(["海岸线（组诗）", "◎ 林 涛", "退潮", "海退到很远的地方", "留下一滩的贝壳和脚印", "孩子们提着小桶奔跑",
                       "仿佛大海", "刚刚给他们放了学", "行书　陆游《临安春雨初霁》句　郑砚农", "七绝·春日登石夫人峰",
                       "石径盘云上翠微，", "春风十里送芳菲。", "夫人不语凭栏望，", "万顷沧波一鹭飞。", "陈汝舟"])
    poem = banmian.rebuild(text).articles[-1]
    assert (poem.headline, poem.paragraphs[0]) == (["七绝·春日登石夫人峰"], "石径盘云上翠微，")


@pytest.mark.parametrize("label", ["一句话新闻", "工会动态", "侨界动态"])
def test_a_box_label_under_a_cartoon_heads_its_own_box_of_items(label):
    page = banmian.rebuild("一张老粮票\n\n如今，我把这张粮票夹进了女儿的日记本。\n\n（摘自《老年生活报》5月2日　作者：周怀远）\n\n"
                           f"“松弛感”\n\n图/郭 栋（摘自《讽刺与幽默》）\n\n{label}\n\n"
                           "●教育部近日提醒，高考报名、录取不收取任何额外费用。（据新华社）\n\n"
                           "●国家邮政局数据显示，4月份全国快递业务量完成145.6亿件。（据人民网）\n")
    assert [(a.kind, a.headline, len(a.paragraphs), a.byline.photographers) for a in page.articles[1:]] == [
        ("photo", ["“松弛感”"], 0, ["郭栋"]), ("article", [label], 2, [])]


def test_a_call_for_tips_heads_its_own_box_under_the_next_issues_preview():
    page = banmian.rebuild("下期预告\n\n她是澄江第一位女性桥梁检测工程师，十二年里钻过全市400多座桥的“桥肚子”。下周五，“城市面孔”带你认识她。\n\n\n"
                           "线索征集\n\n你身边有值得被记录的普通人吗？欢迎拨打本报新闻热线88123456，向我们提供线索。\n")
    assert [(a.headline, len(a.paragraphs)) for a in page.articles] == [(["下期预告"], 1), (["线索征集"], 1)]


def test_an_infographics_label_over_its_title_heads_a_box_of_its_own_under_a_data_story():
    page = banmian.rebuild("数读外贸\n\n前4个月我省进出口同比增长9.2%\n\n5月15日，记者从杭州海关获悉，今年前4个月，我省外贸进出口总值1.71万亿元。\n\n"
                           "民营企业挑大梁\n\n前4个月，全省民营企业进出口1.36万亿元，增长11.4%。\n\n数据来源：杭州海关\n\n\n"
                           "一图读懂\n\n我省促进民营经济高质量发展32条\n\n【目标】\n\n到2027年，民营经济增加值占全省生产总值比重稳定在67%以上\n")
    assert [(a.headline, len(a.paragraphs)) for a in page.articles] == [
        (["数读外贸", "前4个月我省进出口同比增长9.2%"], 4), (["一图读懂", "我省促进民营经济高质量发展32条"], 2)]


def test_a_listings_box_labelled_as_a_preview_heads_its_own_block_over_its_bracketed_sections():
    page = banmian.rebuild("嘉兴新闻广播　FM100.7\n\n07:00　早安嘉兴\n\n08:30　交通早高峰\n\n\n文化活动预告\n\n【展览】\n\n"
                           "“水乡记忆——嘉兴老照片展”\n\n时间：5月18日至6月30日（周一闭馆）\n\n地点：嘉兴博物馆二楼临展厅\n")
    assert [(a.headline, a.paragraphs[:1]) for a in page.articles] == [
        (["嘉兴新闻广播 FM100.7"], ["07:00 早安嘉兴"]), (["文化活动预告"], ["【展览】"])]


def test_a_teachers_comment_under_the_guiding_teachers_line_closes_the_pupils_essay():
    page = banmian.rebuild("奶奶的桂花糖\n\n海曙区中山小学 五年级（2）班　陈思妍\n\n每年桂花开的时候，奶奶都要做一罐桂花糖。\n\n"
                           "我想，奶奶的桂花糖里，除了桂花和糖，还有满满的爱。\n\n指导老师：林晓燕\n\n老师点评\n\n"
                           "小作者按照收桂花、挑桂花、腌桂花的顺序，把做桂花糖的过程写得清清楚楚。\n\n\n"
                           "我学会了骑自行车\n\n鄞州区钟公庙第二小学 三年级（4）班　王子轩\n\n暑假里，爸爸教我骑自行车。\n")
    essay, other = page.articles
    assert (essay.paragraphs[-2:], essay.byline.correspondents) == (
        ["老师点评", "小作者按照收桂花、挑桂花、腌桂花的顺序，把做桂花糖的过程写得清清楚楚。"], ["林晓燕"])
    assert other.headline == ["我学会了骑自行车"]


def test_a_teachers_line_under_a_title_signs_the_piece_and_a_mailbox_column_over_a_title_heads_the_next():
    page = banmian.rebuild("名师指导\n\n这样做试卷分析最有效\n\n江城市第一中学特级教师　黄立群\n\n期中考试结束了，不少同学只关心分数。\n\n\n"
                           "心理信箱\n\n考试一紧张就脑子空白，怎么办？\n\n问：老师您好！我是一名初二学生。一到大考就特别紧张。\n")
    assert [(a.headline, a.byline.reporters) for a in page.articles] == [
        (["名师指导", "这样做试卷分析最有效"], ["黄立群"]), (["心理信箱", "考试一紧张就脑子空白，怎么办？"], [])]


def test_a_question_and_answer_column_over_a_title_heads_the_next_piece_under_an_experiments_tip():
    page = banmian.rebuild("科学小实验\n\n会“跳舞”的葡萄干\n\n把汽水慢慢倒进玻璃杯，放进葡萄干，葡萄干先沉到杯底，又慢慢浮了上来。\n\n小提示：\n\n"
                           "实验用过的汽水和葡萄干不要再吃了哦。\n\n\n科学问答\n\n冬天呼出的气为什么是白色的？\n\n"
                           "问：冬天早上上学时，我一说话，嘴里就冒出“白烟”，这是为什么呢？\n")
    assert [a.headline for a in page.articles] == [["科学小实验", "会“跳舞”的葡萄干"], ["科学问答", "冬天呼出的气为什么是白色的？"]]


def test_a_letter_answered_under_its_signature_is_one_piece_with_the_lawyers_answer_and_signature():
    page = banmian.rebuild("法律信箱\n儿女不给赡养费 老人能否起诉？\n编辑同志：\n　　我今年78岁，小儿子三年来一分\n钱没给过。请问，我能不能到法院起诉\n"
                           "小儿子，让他支付赡养费？\n南湖区读者　沈桂英\n沈阿婆：\n　　您好！根据民法典第一千零六十\n"
                           "七条规定，成年子女不履行赡养义务\n的，父母有要求给付赡养费的权利。\n"
                           "另外，子女对父母还有精神上慰藉的\n义务，经常回家看望也是法律的要求。\n（浙江禾信律师事务所 律师 朱文浩）\n")
    (letter,) = page.articles
    assert (letter.paragraphs[0], letter.paragraphs[2:4], letter.paragraphs[-1]) == (
        "编辑同志：", ["南湖区读者 沈桂英", "沈阿婆："], "（浙江禾信律师事务所 律师 朱文浩）")


def test_a_puzzle_pages_boxes_each_end_on_their_notes_and_answers():
    page = banmian.rebuild("猜谜语\n1．一点一横长，口字在中央。（打一字）\n3．千条线，万条线，掉到水\n里看不见。（打一自然现象）\n"
                           "（谜底见下期）\n上期谜底：1．雪　2．风　3．蜡烛\n\n脑筋急转弯\n1．什么东西越洗越脏？\n"
                           "答案：1．水\n\n趣味数学\n蜗牛爬井\n一只蜗牛掉进了一口10米深的井里。它白天向上爬3米，晚上又滑下2米。\n")
    assert [(a.headline, a.paragraphs[-1]) for a in page.articles] == [
        (["猜谜语"], "上期谜底：1．雪 2．风 3．蜡烛"), (["脑筋急转弯"], "答案：1．水"),
        (["趣味数学", "蜗牛爬井"], "一只蜗牛掉进了一口10米深的井里。它白天向上爬3米，晚上又滑下2米。")]
    assert page.articles[0].paragraphs[-2] == "（谜底见下期）"


def test_a_poems_last_verse_over_a_gap_does_not_head_the_call_for_contributions_below_it():
    page = banmian.rebuild("夕阳\n郑兰英（79岁）\n夕阳不急着落山\n它在山头多站了一会儿\n把晚霞铺满了半边天\n像我们这些老人\n"
                           "都过得红红火火\n\n征稿启事\n　　本版“夕阳红”副刊常年面向\n老年读者征集散文、诗歌作品。\n")
    assert page.articles[-1].headline == ["征稿启事"]


def test_a_notice_under_its_issuer_heads_its_own_block_under_an_ad_and_its_addressee_is_text():
    page = banmian.rebuild("招　聘\n\n因生产规模扩大，本公司现招聘电气工程师2名。\n\n联系电话：0576-86351234　朱女士\n\n"
                           "岭东市妇幼保健院\n\n2025年度公开招聘编外工作人员公告\n\n因工作需要，我院决定面向社会公开招聘编外工作人员。\n\n联系电话：0576-86125678\n\n\n"
                           "浙江省岭东市人民法院\n\n公　告\n\n林海波：\n\n本院受理原告诉你民间借贷纠纷一案，现依法向你公告送达起诉状副本。\n")
    assert [(a.headline, len(a.paragraphs)) for a in page.articles] == [
        (["招 聘"], 2), (["岭东市妇幼保健院", "2025年度公开招聘编外工作人员公告"], 2), (["浙江省岭东市人民法院", "公 告"], 2)]


def test_a_heading_over_unmarked_text_under_a_box_of_marked_sayings_opens_the_next_story():
    page = banmian.rebuild("侨　声\n\n■“每年春节带孩子回老家过年，是我们家雷打不动的规矩。”\n\n——旅居菲律宾侨胞　洪志远\n\n"
                           "■“希望有更多华裔孩子能回来看看，知道自己从哪里来。”\n\n——旅居法国侨胞　周继光\n\n\n"
                           "中国侨联“华裔青少年文化营”\n\n在京结营\n\n10月14日，由中国侨联主办的华裔青少年文化营北京营结营。\n\n（海外网 张 宁）\n")
    assert [(a.headline, len(a.paragraphs)) for a in page.articles] == [
        (["侨 声"], 4), (["中国侨联“华裔青少年文化营”", "在京结营"], 2)]


def test_a_classified_pages_ads_end_on_spaced_phone_numbers_and_its_greetings_head_their_own_box():
    page = banmian.rebuild("招　聘\n\n东港市海悦大酒店现招聘中餐厨师3名。\n\n地址：东港市滨海区海港路66号　电话：0571-8711 2088\n\n\n"
                           "新婚志喜\n\n热烈祝贺刘浩先生与沈佳怡女士于2024年5月18日喜结良缘！祝新人相亲相爱，白头偕老！\n\n"
                           "好友　王磊　赵敏　敬贺\n\n\n分类信息\n\n"
                           "安心家政：月嫂、育儿嫂，持证上岗。电话：138 6812 7745\n\n专业疏通下水道，24小时上门。电话：0571-8766 0990\n")
    assert [(a.headline, len(a.paragraphs)) for a in page.articles] == [
        (["招 聘"], 2), (["新婚志喜"], 2), (["分类信息"], 2)]


def test_a_kicker_title_and_subtitle_over_an_authors_line_under_a_poem_head_the_next_piece():
    page = banmian.rebuild("夏日的稻田\n\n◎ 李 青\n\n风从稻田上走过\n\n一垄一垄的绿\n\n就弯下腰来\n\n太阳就落进了山那边\n\n\n"
                           "书香\n\n在大山深处读懂坚守\n\n——读长篇报告文学《云上的学校》\n\n黎　明\n\n"
                           "《云上的学校》是作家宋晓岚历时三年采写而成的长篇报告文学，记录了一所村小的变迁。\n")
    assert [(a.headline, len(a.paragraphs)) for a in page.articles] == [
        (["夏日的稻田"], 4), (["书香", "在大山深处读懂坚守", "——读长篇报告文学《云上的学校》"], 1)]


def test_a_reviews_subtitle_over_its_writer_on_printed_lines_heads_the_next_piece_under_a_poem():
    page = banmian.rebuild("夏日的稻田\n◎ 李 青\n风从稻田上走过\n一垄一垄的绿\n就弯下腰来\n太阳就落进了山那边\n\n"
                           "书香\n在大山深处读懂坚守\n——读长篇报告文学《云上的学校》\n黎　明\n"
                           "　　《云上的学校》是作家宋晓岚历\n时三年、五次深入西南山区采写而成\n的长篇报告文学，记录了一所村小。\n")
    assert [(a.headline, len(a.paragraphs), a.byline.reporters) for a in page.articles] == [
        (["夏日的稻田"], 4, ["李青"]), (["书香", "在大山深处读懂坚守", "——读长篇报告文学《云上的学校》"], 1, ["黎明"])]


def test_a_supplements_book_box_and_call_for_essays_head_their_own_blocks_under_a_work_of_art():
    page = banmian.rebuild("听雨\n\n叶　青\n\n檐下的雨\n\n一滴，一滴\n\n把旧时光敲成了碎片\n\n雨声就暖了\n\n\n"
                           "书法　行书　“清风明月本无价”　赵子安\n\n\n新书架\n\n"
                           "《河流的故乡》（散文集，孙一禾著，作家出版社）以一条江南小河为线索，写河畔人家的生活。\n\n\n"
                           "“新时代山乡巨变”散文征文启事\n\n为展现新时代乡村的发展变化，文艺部即日起举办散文征文活动。\n")
    assert [(a.kind, a.headline, len(a.paragraphs)) for a in page.articles] == [
        ("article", ["听雨"], 4), ("photo", [], 1), ("article", ["新书架"], 1),
        ("article", ["“新时代山乡巨变”散文征文启事"], 1)]


def test_an_illustrators_credit_under_an_essay_keeps_its_last_paragraph_in_the_essay():
    page = banmian.rebuild("母亲的菜园\n\n刘 禾\n\n今年春天，母亲打电话说，村里修了机耕路，菜园边上还装了路灯。\n\n"
                           "我知道，那一方小小的菜园，是母亲的天地，也是我走得再远也忘不掉的故乡。\n\n插画：江　雪\n\n\n"
                           "心香一瓣\n\n灯下的老师\n\n王 蔚\n\n那年冬天，我在县城读初中。\n")
    essay = page.articles[0]
    assert (essay.kind, len(essay.paragraphs), essay.byline.photographers, len(page.articles)) == ("article", 2, ["江雪"], 2)


def test_a_box_titled_with_its_week_is_one_headline_over_its_rows():
    page = banmian.rebuild("本周滨江热搜榜\n\n（5月13日—5月19日）\n\n1　#滨江夜市延长至凌晨2点#　热度486万　沸\n\n"
                           "2　#地铁5号线试运行首日#　热度392万\n\n3　#滨江路上的蓝花楹开了#　热度275万　新\n")
    assert [(a.headline, len(a.paragraphs)) for a in page.articles] == [(["本周滨江热搜榜", "（5月13日—5月19日）"], 3)]


@pytest.mark.parametrize("label", ["专家简介", "名医档案"])
def test_an_experts_profile_under_a_column_of_answers_is_a_box_of_its_own(label):
    page = banmian.rebuild("科普问答\n\n孩子反复咳嗽 是不是得了哮喘\n\n问：我家孩子一感冒就咳嗽，是不是哮喘？\n\n"
                           "答：哮喘是一种慢性气道炎症性疾病，需要规范、长期管理。\n\n（记者 宋 可 整理）\n\n"
                           f"{label}\n\n许文斌，主任医师，从事骨伤科临床工作30年，擅长骨质疏松的中西医结合治疗。\n")
    assert [a.headline for a in page.articles] == [["科普问答", "孩子反复咳嗽 是不是得了哮喘"], [label]]


def test_a_book_recommendation_box_under_a_book_notice_box_is_a_box_of_its_own():
    page = banmian.rebuild("书讯\n\n《青溪老地名》近日由西泠印社出版社出版。该书收录了青溪城区及乡镇老地名1200余条。\n\n"
                           "好书推荐\n\n《长江传》 作者：周晓航 推荐理由：从唐古拉山到东海，一条大河的自然史与人文史。\n")
    assert [a.headline for a in page.articles] == [["书讯"], ["好书推荐"]]


def test_a_notices_number_in_brackets_is_a_headline_line_under_its_title():
    page = banmian.rebuild("拍卖公告\n\n（瓯信拍〔2024〕第36号）\n\n受温州市瓯海区人民法院委托，本公司定于2024年6月5日10时公开拍卖下列标的。\n\n"
                           "拍卖机构：温州联信拍卖有限公司\n")
    assert page.articles[0].headline == ["拍卖公告", "（瓯信拍〔2024〕第36号）"]


@pytest.mark.parametrize("form", ["a", "b"])
def test_an_afterword_under_a_letter_however_signed_is_the_editors_item(form):
    lines = ["读者来信", "农民买化肥难的问题应该解决", "编辑同志：", "今年春耕以来，我们这里买化肥很困难，农民排队一天也买不到几袋。",
             "希望有关部门加强管理，保证农民用上平价化肥。", "河南省周口地区　农民　刘长顺", "编后",
             "刘长顺同志反映的情况值得重视，有关部门应当加强管理。"]
    page = banmian.rebuild(("\n\n" if form == "a" else "\n").join(lines) + "\n")
    assert [a.headline for a in page.articles] == [["读者来信", "农民买化肥难的问题应该解决"], ["编后"]]


def test_a_kicker_and_title_under_an_experts_profile_head_the_next_item():
    page = banmian.rebuild("专家简介\n\n潘慧敏　岭东市第一人民医院眼视光中心主任、主任医师。\n\n出诊时间：周二全天、周五上午（门诊楼3楼眼科）\n\n\n"
                           "冬季流感高发\n\n做好防护记住这几点\n\n▲接种流感疫苗是预防流感最经济、有效的手段。\n\n"
                           "▲勤洗手，咳嗽、打喷嚏时用纸巾或肘部遮挡口鼻。\n")
    assert [a.headline for a in page.articles] == [["专家简介"], ["冬季流感高发", "做好防护记住这几点"]]


def test_a_digest_of_research_under_a_markets_story_is_a_box_of_its_own():
    page = banmian.rebuild("消费电子回暖带动零部件企业业绩修复\n\n随着智能手机等终端市场逐步回暖，消费电子产业链上游企业的业绩迎来修复。\n\n"
                           "研报精选\n\n【北辰证券：银行板块估值修复有望延续】\n\n北辰证券研报认为，稳增长政策持续加码。\n\n"
                           "（本报记者 方 舟 整理）\n")
    assert [a.headline for a in page.articles] == [["消费电子回暖带动零部件企业业绩修复"], ["研报精选"]]


def test_a_readers_essay_signed_at_its_foot_names_the_reader_and_ends_there_but_an_answered_question_goes_on():
    page = banmian.rebuild("家有“网购达人”老妈\n\n我嘴上笑她“剁手”，心里却很欣慰：老妈没有被这个时代落下。\n\n读者 王佳怡\n\n"
                           "阳台上的小菜园\n\n退休后，我在自家阳台上搭了个小菜园。\n")
    assert [(a.headline, a.byline.reporters) for a in page.articles] == [
        (["家有“网购达人”老妈"], ["王佳怡"]), (["阳台上的小菜园"], [])]
    answered = banmian.rebuild("辞职后还能要回来吗？\n\n读者问：老板已经拖欠了我4个月工资，辞职后工资还能要回来吗？\n\n读者 小陈\n\n"
                               "律师答：用人单位未及时足额支付劳动报酬的，劳动者可以解除劳动合同。\n")
    assert [len(a.paragraphs) for a in answered.articles] == [3]


def test_labelled_headline_lines_set_in_display_type_are_no_box_rows():
    # 河南：… / 天津：… read from text alone as a facts box's rows; their type size says they are headlines
    line = _measured_line
    lines = [
        line(0, "夏粮收购进展顺利", 39, 302, 20, size=24.8),
        line(2, "本报北京6月20日电（记者王浩）夏粮收购进展顺利，各地抓好", 39, 302, 60, gap=1, size=9.5),
        line(3, "粮食收购，确保颗粒归仓、收储入库。", 39, 200, 75, size=9.5),
        line(5, "河南：谱写中原更加出彩篇章", 39, 302, 110, gap=1, size=20.2),
        line(6, "天津：奋力绘就社会主义现代化", 46, 294, 135, size=24.8),
        line(8, "央视网消息：各地干部群众认真学习，表示要扎实做好各项工作。", 55, 302, 175, gap=1, size=9.5),
        line(9, "大家纷纷表示，要把学习成果转化为实际行动。", 39, 260, 190, size=9.5),
    ]
    page = banmian.rebuild_lines(lines)
    assert page.articles[-1].headline == ["河南：谱写中原更加出彩篇章", "天津：奋力绘就社会主义现代化"]


def test_a_body_type_line_right_under_the_text_above_a_headline_is_that_texts_not_a_kicker():
    # the story's last line sits at the text's own spacing; a kicker would stand apart, over its headline
    line = _measured_line
    lines = [
        line(0, "越剧团的年轻演员们", 40, 300, 20, size=24),
        line(2, "排练结束后，大家围坐在一起，一句句复盘、一点点调动作。", 40, 334, 60, gap=1, size=10.5),
        line(3, "这群年轻的越剧人笑着说，“咱们戏台上见！”", 40, 260, 75, size=10.5),
        line(5, "神舟二十三号船箭组合体转运至发射区", 40, 500, 110, gap=1, size=24),
        line(7, "新华社酒泉6月20日电 记者从中国载人航天工程办公室获悉，船箭组合体已转运至发射区。", 40, 334, 150, gap=1, size=10.5),
    ]
    page = banmian.rebuild_lines(lines)
    assert page.articles[0].paragraphs[-1].endswith("“咱们戏台上见！”")
    assert page.articles[1].headline == ["神舟二十三号船箭组合体转运至发射区"]


def test_the_reporters_notes_under_the_line_crediting_who_put_the_report_together_are_the_reports_last_part():
    text = ("创新创业的生态雨林\n\n本报记者 王小明\n\n　　近年来，各地积极打造创新创业生态，吸引了大批青年人才前来创业发展。\n"
            "　　本期统筹：何彪\n　　记者手记\n　　要俯下身，还要看远处\n　　采访中，记者深切感受到，好的创业生态需要耐心培育。\n")
    (story,) = banmian.rebuild(text).articles
    assert story.paragraphs[-4:] == ["本期统筹：何彪", "记者手记", "要俯下身，还要看远处", "采访中，记者深切感受到，好的创业生态需要耐心培育。"]


def test_a_box_named_for_its_kind_of_text_over_its_own_title_is_a_page_item_not_a_subhead():
    text = ("某排污单位篡改监测数据被罚128万元\n\n本报讯（记者 徐蕾）湖南省生态环境厅近日公布一起篡改自动监测数据案件。\n\n"
            "衡阳市生态环境局依法对该企业处罚款128万元，并将案件移送公安机关。\n\n"
            "执法手记\n\n一本台账背后的“较真”\n\n那天去一家电镀厂检查，厂长把一摞台账往桌上一放。\n\n"
            "生产有淡季旺季，污泥量怎么可能天天一样？\n")
    first, second = banmian.rebuild(text).articles
    assert first.paragraphs[-1].startswith("衡阳市生态环境局")
    assert second.headline == ["执法手记", "一本台账背后的“较真”"]


def test_a_two_line_subhead_naming_its_sections_topic_stays_in_the_story():
    text = ("陆鸿：为残疾人打造轮椅车头\n\n江苏省苏州市吴江区同里镇天明科技产业园内，陆鸿忙得不可开交。\n\n"
            "日前，记者走进陆鸿的企业，探寻这位残疾人的科技助残之路。\n\n缘起\n\n想让残疾人有尊严地谋生\n\n"
            "陆鸿今年47岁，是一位脑瘫患者。\n\n幼时，一场高烧损伤了脑神经，导致他言语不清、行走不稳。\n")
    (story,) = banmian.rebuild(text).articles
    assert story.paragraphs[2:4] == ["缘起", "想让残疾人有尊严地谋生"]


def test_a_box_title_over_marked_entries_is_cut_from_them_and_heads_a_box_of_its_own():
    text = ("周边游推荐\n\n①白沙古村：明清古建筑群保存完好，适合拍照、写生。\n\n②九龙瀑布：落差108米，雨后水量最大。\n\n"
            "美食地图\n\n◆阿炳鱼面　地址：城南路菜市场东侧\n\n◆老街烧饼　地址：十八坊老街28号\n\n◆溪口农家菜　地址：溪口村\n")
    first, second = banmian.rebuild(text).articles
    assert first.paragraphs[-1].startswith("②九龙瀑布")
    assert second.headline == ["美食地图"] and len(second.paragraphs) == 3


def test_a_storys_own_key_points_box_stays_in_the_story():
    text = ("真金白银激活消费“一池春水”\n\n本报讯（记者 王明）我市近日出台促进消费十条措施，从多个方面提振消费。\n\n"
            "措施明确，今年将安排专项资金，支持各类促消费活动。\n\n划重点\n\n★消费券5月1日起分批发放\n\n★购买新能源汽车最高补贴8000元\n")
    (story,) = banmian.rebuild(text).articles
    assert story.paragraphs[-3:] == ["划重点", "★消费券5月1日起分批发放", "★购买新能源汽车最高补贴8000元"]


def test_a_box_name_alone_over_a_boxs_fields_heads_a_page_item():
    text = ("端午假期将至\n\n记者从青溪县文旅部门了解到，端午期间溪源湖景区将推出龙舟表演。\n\n"
            "出行攻略\n\n交通：自驾走桐青高速，在溪源出口下。\n\n门票：景区门票60元，游船80元。\n")
    first, second = banmian.rebuild(text).articles
    assert first.paragraphs == ["记者从青溪县文旅部门了解到，端午期间溪源湖景区将推出龙舟表演。"]
    assert second.headline == ["出行攻略"]


def test_a_sayings_box_under_a_projects_fields_opens_and_its_last_signature_stays_in_it():
    text = ("重点招商项目\n\n项目一：年产5万吨高性能纤维项目\n\n投资额：18亿元　合作方式：合作开发\n\n企业家说\n\n"
            "“我们2019年落户青溪，从签约到投产只用了11个月。”\n\n——浙东恒材新材料有限公司董事长　柯伟东\n\n"
            "“青溪的茶叶品质好，我们在这里建了加工厂。”\n\n——青溪云雾茶业有限公司总经理　詹秀芬\n\n"
            "数说青溪\n\n2024年地区生产总值　386.5亿元\n\n同比增长　7.2%\n")
    projects, sayings, figures = banmian.rebuild(text).articles
    assert sayings.headline == ["企业家说"]
    assert sayings.paragraphs[-1] == "——青溪云雾茶业有限公司总经理 詹秀芬"
    assert figures.headline == ["数说青溪"]


def test_a_diary_named_for_its_kind_over_its_title_and_day_is_a_page_item():
    text = ("问：在户外遇到地震，应该怎么做？\n\n答：要尽量远离高楼，跑到空旷地带，不要返回室内。\n\n"
            "救援队员日记\n\n那一夜，我们在水里\n\n6月2日　大雨\n\n晚上8点接到命令，镇上一个村子被洪水围了。\n")
    first, diary = banmian.rebuild(text).articles
    assert diary.headline == ["救援队员日记", "那一夜，我们在水里"]
    assert diary.paragraphs[0] == "6月2日 大雨"


def test_a_passengers_letter_keeps_its_signature_as_its_last_paragraph_and_the_box_below_is_its_own():
    text = ("旅客来信\n一次暖心的“登机口寻人”\n　　6月20日，我带着母亲从广州飞往哈尔滨，母亲的降压药遗落在了安检台。\n"
            "　　在此，特向白云机场的工作人员表示感谢！\n旅客　高秀芝\n\n■民航简讯\n　　●6月30日，中国民航大学签署合作协议。\n"
            "　　●民航局近日发布数据，全国颁证运输机场达到263个。\n")
    letter, briefs = banmian.rebuild(text).articles
    assert letter.paragraphs[-1] == "旅客 高秀芝"
    assert briefs.headline == ["■民航简讯"]


def test_a_timelines_next_hour_is_the_storys_next_section_however_its_label_is_cast():
    text = ("生死营救\n井下72小时\n——记一次煤矿透水事故救援\n本报记者　谭　鹏\n"
            "　　6月1日凌晨，当被困井下72小\n时的第3名矿工被抬出井口时，守\n候在井口的家属爆发出一片掌声。\n"
            "凌晨2时17分：警报响起\n　　5月29日凌晨2时17分，贵州省\n某煤矿井下一采掘工作面发生透水，\n5名矿工被困。\n"
            "　　“水位上涨很快，最高时每小\n时涨了0.8米。”救援指挥部技术\n组组长杨立平说，救援队调来12台\n大功率水泵。\n"
            "第48小时：钻孔打通\n　　5月31日凌晨，一个直径216毫\n米的生命通道钻孔成功打通。\n")
    (story,) = banmian.rebuild(text).articles
    assert "第48小时：钻孔打通" in story.paragraphs


def test_a_notices_issuer_and_date_under_its_address_field_close_it():
    text = ("老旧小区加装电梯提速\n\n——市十届人大四次会议第89号建议办理情况\n\n今年市人代会上，多名市人大代表联名提出建议。\n\n"
            "完工71台，代表对办理结果表示满意。\n\n关于公开征求《桐州市电动自行车管理条例（草案）》意见的公告\n\n"
            "为提高立法质量，现将草案全文公布，公开征求社会各界意见。\n\n电子邮箱：tzrdfgw@163.com\n\n通信地址：桐州市人民大道1号市人大常委会法制工作委员会\n\n"
            "桐州市人大常委会办公室\n\n2025年6月10日\n\n人大论坛\n\n让监督“长牙齿”更要“见实效”\n\n□林启明\n\n人大监督不是“挑刺”，而是为了推动工作。\n")
    *_, notice, column = banmian.rebuild(text).articles
    assert notice.paragraphs[-2:] == ["桐州市人大常委会办公室", "2025年6月10日"]
    assert column.headline == ["人大论坛", "让监督“长牙齿”更要“见实效”"]


def test_a_figure_boxs_rows_and_the_note_between_them_are_its_text_not_its_headline():
    text = ("不动产登记“跨省通办”再扩容\n\u3000\u3000本报讯（通讯员 陈思源\u3000记者 \n"
            "胡 晓）6月起，江西、湖南、广东三\n省新增17项不动产登记业务实现“跨\n"
            "省通办”，群众在三省任一登记大厅\n均可申请办理抵押权注销、预告登记\n"
            "等事项，不必再往返奔波。\n\u3000\u3000据了解，三省已统一申请材料清\n"
            "单和办理时限，通过专网传递电子材\n料，办理结果可邮寄到家。截至目前，\n\n"
            "三省“跨省通办”业务累计办件已超\n过4200件。\n\n6月6日，自然资源部第一大地测量队\n"
            "队员在青海省玛多县海拔4500米的高\n原上开展重力测量。\n通讯员\u3000邢\u3000亮\u3000摄\n\n"
            "数说·2024年度国土变更调查\n耕地面积\u300019.29亿亩\n连续第四年实现净增加\n"
            "永久基本农田\u300015.46亿亩以上\n城乡建设用地\u30005.99亿亩\n林地\u300042.68亿亩\n"
            "湿地\u30003.54亿亩\n数据来源：自然资源部\n")
    box = banmian.rebuild(text).articles[-1]
    assert box.headline == ["数说·2024年度国土变更调查"]
    assert box.paragraphs[:3] == ["耕地面积 19.29亿亩", "连续第四年实现净增加", "永久基本农田 15.46亿亩以上"]


def test_a_headline_that_holds_来信_in_other_words_is_no_letters_column():
    text = ("外资企业对中国市场未来信心增强\n\n多家外资企业近日表示，将继续扩大在华投资。\n\n本报记者 韩 鑫\n")
    (story,) = banmian.rebuild(text).articles
    assert story.byline.reporters == ["韩鑫"]


def test_a_subhead_after_a_calling_is_no_readers_signature():
    text = ("孩子沉迷短视频\n\n暑假里，不少孩子整天抱着手机刷短视频。\n\n家长 怎么办\n\n"
            "专家建议，家长要以身作则，和孩子一起制定用手机的规矩。\n")
    (story,) = banmian.rebuild(text).articles
    assert "家长 怎么办" in story.paragraphs


def test_an_experts_quote_under_a_subhead_stays_in_the_story():
    text = ("央行宣布降准0.5个百分点\n\n本报北京5月7日电（记者 王 观）中国人民银行决定下调存款准备金率0.5个百分点。\n\n"
            "专家解读\n\n“此次降准释放长期资金约1万亿元。”李明说。\n\n他表示，降准有助于稳定市场预期。\n")
    (story,) = banmian.rebuild(text).articles
    assert story.paragraphs[-3] == "专家解读"


def test_a_box_label_marked_unlike_its_entries_heads_a_box_under_a_column():
    text = ("税务时评\n\n让政策红利“直达快享”\n\n□ 方 远\n\n减税降费不是简单的“一减了之”，而是一场长跑。\n\n"
            "■税务快讯\n\n●山东省税务局近日上线“跨区域涉税事项一网通办”功能。（通讯员 孔令杰）\n\n"
            "●7月9日，重庆市税务局开展社保费政策宣传月活动。（通讯员 谭 欣）\n")
    column, box = banmian.rebuild(text).articles
    assert column.paragraphs == ["减税降费不是简单的“一减了之”，而是一场长跑。"]
    assert box.headline == ["■税务快讯"]
    assert [p[:3] for p in box.paragraphs] == ["●山东", "●7月"]


def test_a_data_box_counting_flats_and_prices_per_square_metre_heads_its_own_block_under_a_story():
    text = ("楼市周报\n\n新房成交环比回升18%\n\n上周云港市区新建商品住宅成交1126套，环比上升18.2%。\n\n"
            "二手房“以价换量”\n\n二手房方面，上周市区二手住宅成交1582套。\n\n上周成交数据\n\n新建商品住宅成交　1126套\n\n"
            "环比　+18.2%\n\n成交均价　2.31万元/平方米\n\n数据来源：云港市房地产交易中心\n")
    story, box = banmian.rebuild(text).articles
    assert story.paragraphs[-1] == "二手房方面，上周市区二手住宅成交1582套。"
    assert box.headline == ["上周成交数据"]
    assert box.paragraphs[-1] == "数据来源：云港市房地产交易中心"



def test_a_parameters_box_after_a_test_drive_heads_its_own_block_its_rows_apart_and_its_owners_quotes_another():
    text = ("新车试驾\n\n纯电家用SUV 续航够不够“顾家”\n\n本报记者 冯思远　文/摄\n\n"
            "总体来看，新款星途E5空间大、乘坐舒适，适合有孩子的家庭。\n\n主要参数\n\n"
            "车身尺寸（长×宽×高）：4710×1880×1665毫米\n\n轴距：2840毫米\n\nCLTC续航里程：520公里/610公里\n\n"
            "官方指导价：13.98万—16.58万元\n\n车主说\n\n“买车前最担心续航，用了半年发现一周充一次电就够了。”\n\n——车主 刘佳怡\n")
    story, box, sayings = banmian.rebuild(text).articles
    assert story.paragraphs == ["总体来看，新款星途E5空间大、乘坐舒适，适合有孩子的家庭。"]
    assert box.headline == ["主要参数"]
    assert box.paragraphs == ["车身尺寸（长×宽×高）：4710×1880×1665毫米", "轴距：2840毫米", "CLTC续航里程：520公里/610公里",
                              "官方指导价：13.98万—16.58万元"]
    assert sayings.headline == ["车主说"]


def test_a_notices_fields_under_a_subhead_stay_in_the_story():
    text = ("夜市“上新”\n\n周末晚上去逛“运河市集”\n\n运河市集本周五开市，摊位120个。\n\n市集信息\n\n"
            "时间：每周五、周六18:00—22:30（雨天暂停）\n\n地点：运河公园东广场（地铁2号线运河公园站C口）\n\n"
            "停车：运河公园地下停车场，夜间收费5元/次\n")
    (story,) = banmian.rebuild(text).articles
    assert story.paragraphs[1] == "市集信息"


@pytest.mark.parametrize("between", ["\n\n", "\n"])
def test_a_caption_placing_people_in_the_picture_after_a_signed_profile_is_a_photo_of_its_own(between):
    text = ("水文站里的“父子兵”\n\n本报记者　苗　青　文/摄\n\n"
            "在浦市水文站，58岁的站长向德明和儿子向晓东已经并肩工作了8年。\n\n"
            "向晓东大学毕业后回到父亲身边。“他守着的是整条河下游几十万人的安全。”\n\n"
            f"向德明（右）和向晓东在检查水位观{between}测设施。\n\n汛期避险小常识\n\n①遇到暴雨时，不要在河道停留。\n")
    profile, photo, tips = banmian.rebuild(text).articles
    assert profile.paragraphs[-1].endswith("几十万人的安全。”")
    assert photo.kind == "photo" and photo.paragraphs == ["向德明（右）和向晓东在检查水位观测设施。"]
    assert tips.headline == ["汛期避险小常识"]


def test_a_picture_note_opening_图为_stays_the_storys_own_sentence():
    text = ("瑶寨里的“茶娘”\n\n本报记者 韦 兰 文/摄\n\n盘金凤带着村民种茶已经十年。\n\n图为盘金凤（右）在茶园里指导村民采茶。\n")
    (story,) = banmian.rebuild(text).articles
    assert story.paragraphs[-1] == "图为盘金凤（右）在茶园里指导村民采茶。"


def test_a_column_under_a_tips_box_closed_by_its_source_in_brackets_heads_its_own_piece():
    text = ("汛期避险小常识\n\n①遇到暴雨时，不要在河道、沟谷、低洼地带停留。\n\n②发现山洪征兆，应迅速向两侧山坡高处转移。\n\n"
            "（水利部水旱灾害防御司）\n\n一线手记\n\n守堤的夜晚\n\n6月20日夜，我随县防汛指挥部工作组来到昌江圩堤。\n\n"
            "（作者单位：江西省鄱阳县水利局）\n")
    tips, column = banmian.rebuild(text).articles
    assert tips.paragraphs[-1] == "（水利部水旱灾害防御司）"
    assert column.headline == ["一线手记", "守堤的夜晚"]


@pytest.mark.parametrize("rows", [
    "7月1日—15日　申报缴纳增值税、消费税、附加税费\n\n7月1日—15日　预缴第2季度企业所得税\n\n7月15日　　　征期截止\n",
    "7月1日—15日　申报缴纳增值税、消\n费税、附加税费\n7月1日—15日　预缴第2季度企业所\n得税\n7月15日　　　征期截止\n"])
def test_a_tax_calendar_under_a_brief_heads_its_own_box_its_rows_whole(rows):
    text = ("广西北海：出口退税平均办理时间压缩至3个工作日\n\n"
            "本报讯（通讯员 黎小妹）今年以来，北海市税务局推行出口退税“提醒式”服务。\n\n7月征期日历\n" + rows)
    brief, box = banmian.rebuild(text).articles
    assert brief.paragraphs == ["本报讯（通讯员 黎小妹）今年以来，北海市税务局推行出口退税“提醒式”服务。"]
    assert box.headline == ["7月征期日历"]
    assert box.paragraphs[:2] == ["7月1日—15日 申报缴纳增值税、消费税、附加税费", "7月1日—15日 预缴第2季度企业所得税"]


def test_numbered_figures_each_with_its_credit_are_photos_and_no_headline():
    text = ("樟溪遗址揭示赣北商代晚期聚落新面貌\n\n本报记者 易 航\n\n记者从江西省文物考古研究院获悉，发掘工作取得重要收获。\n\n"
            "图一　樟溪遗址发掘区全景（由北向南）\n\n江西省文物考古研究院供图\n\n图二　樟溪遗址出土的印纹硬陶尊\n\n"
            "江西省文物考古研究院供图\n\n【发掘简报】\n\n湖北荆门罗家冲墓地M12发掘简报（摘要）\n\n【遗址概况】罗家冲墓地位于湖北省荆门市。\n")
    story, first, second, report = banmian.rebuild(text).articles
    assert (first.kind, first.paragraphs) == ("photo", ["图一 樟溪遗址发掘区全景（由北向南）"])
    assert (second.kind, second.headline, second.paragraphs) == ("photo", [], ["图二 樟溪遗址出土的印纹硬陶尊"])
    assert report.headline == ["【发掘简报】", "湖北荆门罗家冲墓地M12发掘简报（摘要）"]


def test_a_collections_column_under_a_brief_heads_its_own_piece():
    text = ("木构建筑保护工程完成过半\n\n本报讯（通讯员 郝建伟）山西南部早期木构建筑保护利用工程已完成过半。\n\n"
            "藏品背后\n\n一枚“秦半两”的旅程\n\n在桐州市博物馆的钱币展柜里，静静躺着一枚铜钱。\n")
    brief, column = banmian.rebuild(text).articles
    assert column.headline == ["藏品背后", "一枚“秦半两”的旅程"]


def test_a_box_of_marked_tips_titled_with_their_mark_heads_its_own_block_but_a_marked_subhead_does_not():
    tips = ("小测评\n\n五款热门猫砂 哪款更好用？\n\n本报记者　唐小棠\n\n测评发现，膨润土猫砂结团最快，豆腐猫砂受潮后容易发霉。\n\n"
            "▲秋季防疫提醒\n\n▲秋季是犬猫传染病高发期，幼犬幼猫尽量不要去人多的场所。\n\n▲每月定期做好体内外驱虫。\n")
    review, box = banmian.rebuild(tips).articles
    assert box.headline == ["▲秋季防疫提醒"] and len(box.paragraphs) == 2
    advice = ("借名买房起纠纷\n\n本报讯（记者 林 岚）近日，法院审结一起借名买房纠纷案。\n\n■ 法官说法\n\n"
              "借名买房存在较大法律风险。\n\n当事人应当通过合法途径购房。\n")
    (story,) = banmian.rebuild(advice).articles
    assert "■ 法官说法" in story.paragraphs


def test_a_lawyers_column_under_a_letter_signed_with_the_readers_estate_heads_its_own_piece():
    text = ("业主来信\n\n小区电梯坏了三个月 维修资金为啥用不了？\n\n编辑同志：\n\n我家楼里的电梯7月份彻底停运，物业说维修资金用不了。\n\n"
            "南湾区翠湖花园业主　顾明辉\n\n律师说法\n\n紧急情况下 维修资金可以“应急使用”\n\n"
            "对于电梯故障停运等紧急情况，相关规定设置了应急使用程序。\n\n（云港海正律师事务所 律师 孟宁远）\n")
    letter, answer = banmian.rebuild(text).articles
    assert letter.paragraphs[-1] == "南湾区翠湖花园业主 顾明辉"
    assert answer.headline == ["律师说法", "紧急情况下 维修资金可以“应急使用”"]


def test_a_notice_under_a_box_of_numbered_tips_heads_its_own_block():
    text = ("秋季除醛小常识\n\n①通风是最有效、最经济的除醛方法。\n\n②活性炭、绿植只能起辅助作用，不能替代通风。\n\n"
            "本周末看房团报名\n\n本报将于9月13日（周六）组织看房团，带读者实地探访4个在售楼盘。\n\n时间：9月13日　8:30集合\n")
    tips, notice = banmian.rebuild(text).articles
    assert len(tips.paragraphs) == 2
    assert notice.headline == ["本周末看房团报名"]


def test_a_box_of_new_films_under_a_story_heads_its_own_block_each_title_over_its_fields():
    text = ("周末两场演唱会 地铁延长运营\n\n本报讯（记者 苏晓岑）本周六、周日晚，奥体中心将连续举办两场演唱会。\n\n本周新片\n\n"
            "《无声证词》\n\n导演：罗嘉祺　主演：顾长风、沈佳宁\n\n类型：悬疑/犯罪　片长：118分钟\n\n"
            "一位聋哑证人的证词，能否让尘封的命案真相大白？\n\n《追风的少年》\n\n导演：乔一鸣　主演：温嘉树、叶小满\n")
    story, box = banmian.rebuild(text).articles
    assert box.headline == ["本周新片"]
    assert box.paragraphs[0] == "《无声证词》"
    assert box.paragraphs[-2:] == ["《追风的少年》", "导演：乔一鸣 主演：温嘉树、叶小满"]


def test_a_box_of_taxpayers_questions_answered_heads_its_own_block_under_a_story():
    text = ("研发费用加计扣除再扩围\n\n日前，财政部 税务总局联合发布公告。\n\n"
            "“对于共用的人员、设备，企业要保存好工时记录。”\n\n纳税人问 税务答\n\n"
            "纳税人问：个体工商户可以享受研发费用加计扣除吗？\n\n税务答：不可以。\n")
    story, box = banmian.rebuild(text).articles
    assert box.headline == ["纳税人问 税务答"]
    assert len(box.paragraphs) == 2


def test_three_subheads_opening_alike_stand_apart_and_a_childrens_column_heads_its_own_piece():
    text = ("冬天来了\n\n小动物们怎样过冬\n\n12月的济南，早晚气温已经降到零摄氏度左右。天冷了，小动物们又是怎样过冬的呢？\n\n有的睡大觉\n\n刺猬、青蛙、蛇都是冬眠的“高手”。\n\n"
            "有的搬新家\n\n大雁、燕子等候鸟，每到秋天就成群结队飞往温暖的南方。\n\n有的换新衣\n\n兔子、狐狸等动物，到了冬天会长出厚厚的冬毛。\n\n"
            "动手做一做\n\n纸杯“电话”\n\n材料：纸杯2个、棉线一根、牙签2根。\n")
    story, craft = banmian.rebuild(text).articles
    assert story.paragraphs[3:5] == ["有的搬新家", "大雁、燕子等候鸟，每到秋天就成群结队飞往温暖的南方。"]
    assert craft.headline == ["动手做一做", "纸杯“电话”"]


def test_a_help_lines_box_under_a_quiz_heads_its_own_block():
    text = ("心理小测试\n\n你的学习压力有多大？\n\n1．最近经常失眠或睡不踏实。\n\n2．一想到考试就心烦。\n\n"
            "结果说明：0至1分，压力在正常范围；4至5分，建议主动找心理老师聊一聊。\n\n江城市青少年心理援助热线\n\n"
            "热线电话：0716-96525\n\n服务时间：每天8:00—22:00\n")
    quiz, box = banmian.rebuild(text).articles
    assert box.headline == ["江城市青少年心理援助热线"]
    assert box.paragraphs == ["热线电话：0716-96525", "服务时间：每天8:00—22:00"]


def test_a_quoted_papers_name_under_its_saying_closes_the_box_in_print_and_heads_nothing():
    text = ("外媒点评\n　　■“在中国，无人机送外\n卖已经从新闻变成了日常。”\n——英国《每日电讯报》网站\n"
            "　　■“中国县城的咖啡馆数\n量增长之快，超出了许多人的\n想象。”\n——日本《朝日新闻》网站\n\n"
            "英刊：中国年轻人\n掀起“博物馆热”\n　　参考消息网5月16日报道 据英国\n《经济学人》周刊网站报道，中国\n年轻人正掀起参观博物馆的热潮。\n")
    box, story = banmian.rebuild(text).articles
    assert box.paragraphs[1] == "——英国《每日电讯报》网站"
    assert box.paragraphs[-1] == "——日本《朝日新闻》网站"
    assert story.headline == ["英刊：中国年轻人", "掀起“博物馆热”"]



def test_a_judges_signature_over_a_captioned_photo_closes_the_comment_and_heads_no_photo():
    text = ("评委点评\n\n《阿嬷的灶台》没有宏大场面，只有柴火、蒸汽和老人的手，却把年味拍进了人心里。\n\n"
            "——市摄影家协会主席　周维民\n\n\n\n《晨雾渔歌》（去年“光影青岚”摄影类一等奖）\n\n陈志远 摄\n")
    comment, photo = banmian.rebuild(text).articles
    assert comment.paragraphs[-1] == "——市摄影家协会主席 周维民"
    assert (photo.kind, photo.headline) == ("photo", [])


def test_a_courts_appointments_list_under_the_congress_list_heads_its_own_block():
    text = ("江淮省人民代表大会常务委员会任免名单\n\n任命孙海波为江淮省人民政府教育厅厅长；\n\n免去陈国庆的江淮省人民政府审计厅厅长职务。\n\n"
            "江淮省高级人民法院任免名单\n\n任命何静为江淮省高级人民法院审判员。\n")
    congress, court = banmian.rebuild(text).articles
    assert court.headline == ["江淮省高级人民法院任免名单"]


def test_a_notices_number_under_its_title_is_its_text():
    text = ("合肥市人民政府关于李明等同志职务任免的通知\n\n合政人〔2024〕6号\n\n各县（市）、区人民政府：\n\n"
            "经研究决定：任命李明为合肥市发展和改革委员会主任。\n")
    (notice,) = banmian.rebuild(text).articles
    assert notice.headline == ["合肥市人民政府关于李明等同志职务任免的通知"]
    assert notice.paragraphs[0] == "合政人〔2024〕6号"


def test_a_weeks_performances_box_keeps_its_first_entry_as_text():
    text = ("本周演出\n\n越剧《陆游与唐琬》\n\n时间：10月25日至27日　19:30\n\n地点：澄江大剧院\n")
    (box,) = banmian.rebuild(text).articles
    assert box.headline == ["本周演出"]
    assert box.paragraphs[0] == "越剧《陆游与唐琬》"


def test_a_figures_box_named_for_its_quarter_heads_its_own_block_its_rows_figure_first():
    text = ("市政府召开常务会议\n\n本报讯（记者朱明）4月16日下午，市长何振东主持召开市政府常务会议。\n\n"
            "会议指出，当前已进入主汛期，各地各部门要压实责任。\n\n数说一季度\n\n612.3亿元　地区生产总值\n\n6.1%　同比增速\n\n"
            "8.2%　规上工业增加值增速\n")
    story, box = banmian.rebuild(text).articles
    assert box.headline == ["数说一季度"]
    assert box.paragraphs == ["612.3亿元 地区生产总值", "6.1% 同比增速", "8.2% 规上工业增加值增速"]


def test_the_answering_lawyers_profile_holds_no_subhead():
    text = ("本期答疑律师\n\n周明哲，青溪市律师协会民事专业委员会副主任，从事民商事诉讼十五年。\n\n来信方式\n\n"
            "读者如有法律方面的疑问，可发送电子邮件至本报，我们将邀请律师解答。\n")
    profile, how = banmian.rebuild(text).articles
    assert how.headline == ["来信方式"]


def test_a_tv_listing_keeps_its_channels_and_their_programmes_in_one_box():
    text = ("今日荧屏\n\n中央电视台综合频道\n\n07:00　朝闻天下\n\n19:00　新闻联播\n\n浙江卫视\n\n10:00　电视剧：小城故事多（21-23）\n\n"
            "21:20　综艺：我们的歌谣\n")
    (box,) = banmian.rebuild(text).articles
    assert box.headline == ["今日荧屏"]
    assert box.paragraphs[0] == "中央电视台综合频道" and box.paragraphs[3] == "浙江卫视"


def test_a_court_notice_titled_over_its_case_number_heads_its_own_block_under_an_ad():
    text = ("招　聘\n\n因业务发展需要，现招聘鞋面设计师2名。\n\n电话：0577-88901234　王小姐\n\n温州市鹿城区人民法院\n\n"
            "公　告\n\n（2024）浙0302民初3158号\n\n王建国：\n\n本院受理原告温州鹿城农村商业银行诉你借款合同纠纷一案。\n")
    ad, notice = banmian.rebuild(text).articles
    assert ad.paragraphs[-1] == "电话：0577-88901234 王小姐"
    assert notice.headline[:2] == ["温州市鹿城区人民法院", "公 告"]


def test_an_experts_questions_box_under_a_story_that_asked_nothing_heads_its_own_block():
    text = ("高温天热射病频发\n\n入夏以来，我市持续高温，近一周已接诊中暑患者40余名。\n\n专家提醒\n\n"
            "吕建华提醒，户外工作者应避开11时至15时的高温时段。\n\n专家答疑\n\n问：空调房里待久了总是头疼，是得了“空调病”吗？\n\n"
            "市中医院内科副主任医师 任秋云：这种情况很常见。\n")
    story, box = banmian.rebuild(text).articles
    assert story.paragraphs[-2] == "专家提醒"
    assert box.headline == ["专家答疑"]


def test_a_story_under_a_box_of_quick_questions_heads_its_own_piece():
    text = ("快问快答\n\n问：值夜班最想做的一件事？\n\n答：下班后好好睡一觉，手机静音的那种。\n\n"
            "问：对年轻护士说一句话？\n\n答：别怕犯错，但同样的错不能犯第二次。\n\n我是一名外卖骑手\n\n"
            "我叫何小军，今年29岁，老家在皖北农村。2020年来沧澜送外卖，到现在快五年了。\n")
    box, story = banmian.rebuild(text).articles
    assert len(box.paragraphs) == 4
    assert story.headline == ["我是一名外卖骑手"]


def test_an_air_quality_forecast_under_a_column_heads_its_own_box_its_rows_and_source_apart():
    text = ("执法手记\n\n一本台账背后的“较真”\n\n这件事让我想明白，执法还要看数据“对不对得上”。\n\n"
            "（作者单位：浙江省台州市生态环境保护综合行政执法队）\n\n明日重点城市空气质量预报\n\n北京　良　首要污染物：臭氧\n\n"
            "上海　优\n\n乌鲁木齐　良　首要污染物：PM10\n\n（中国环境监测总站供稿）\n")
    column, box = banmian.rebuild(text).articles
    assert box.headline == ["明日重点城市空气质量预报"]
    assert box.paragraphs == ["北京 良 首要污染物：臭氧", "上海 优", "乌鲁木齐 良 首要污染物：PM10", "（中国环境监测总站供稿）"]


def test_a_figures_box_under_a_box_of_signed_sayings_heads_its_own_block_each_figure_over_what_it_counts():
    text = ("游客说\n\n“住在古村里，早上被鸟叫醒，这才叫度假。”\n\n——游客 徐 蕾\n\n“错峰出行门票便宜一半。”\n\n——游客 欧阳琳\n\n"
            "文旅数据\n\n4.6万人次\n\n黟县古村落两天接待游客\n\n32家\n\n推出错峰优惠的A级景区\n\n数据来源：各地文旅部门\n")
    sayings, box = banmian.rebuild(text).articles
    assert len(sayings.paragraphs) == 4
    assert box.headline == ["文旅数据"]
    assert box.paragraphs[2:4] == ["32家", "推出错峰优惠的A级景区"]


def test_a_weeks_market_figures_dated_in_brackets_head_their_own_box_under_the_story():
    text = ("新政落地满月\n\n滨城新房成交环比增三成\n\n记者从市房地产交易中心获悉，全市新建商品住宅网签成交5236套。\n\n"
            "一周楼市数据\n\n（5月6日—5月12日）\n\n新建商品住宅成交：1286套　环比↑12.4%\n\n二手住宅成交：2041套　环比↑5.7%\n\n"
            "成交均价：15620元/平方米\n")
    story, box = banmian.rebuild(text).articles
    assert box.headline == ["一周楼市数据", "（5月6日—5月12日）"]
    assert len(box.paragraphs) == 3


def test_a_subhead_under_paragraphs_that_open_on_quotes_stays_in_the_story():
    text = ("为中国式现代化提供学理支撑\n\n“国防大学始终坚持以创新理论为指导。”国防大学教授刘光明表示，“我们将推进学科体系建设。”\n\n"
            "“习近平总书记的重要指示高屋建瓴。”天津研究员倪明胜表示，“我们要加强有组织科研。”\n\n"
            "加快构建中国哲学社会科学自主知识体系\n\n“加快构建自主知识体系”“努力开创哲学社会科学新局面”，重要指示引发热烈反响。\n")
    (story,) = banmian.rebuild(text).articles
    assert "加快构建中国哲学社会科学自主知识体系" in story.paragraphs


# A review's inputs: box and furniture rules of this session that must not take ordinary stories apart.
@pytest.mark.parametrize("text", [
    "粤澳社保首次实现融合办\n\n本报讯（记者 李 明）6月23日，粤澳两地社保部门签署合作协议。\n\n据介绍，澳门居民今后在横琴即可办理12项业务。\n",
    "政府工作报告引发热烈反响\n\n本报记者 李 明\n\n5日上午，十四届全国人大三次会议开幕。\n\n■关键词：就业\n\n"
    "“稳就业就是稳民生。”全国人大代表张华说。\n\n■关键词：消费\n\n全国政协委员王芳表示，提振消费要从增加收入入手。\n",
    "强降雨今起影响我省\n\n本报讯（记者 李 明）6日至8日我省将出现一次强降雨过程。\n\n◆出行提示\n\n雨天路滑，市民出行请注意交通安全。\n",
    "大山里的“水管书记”\n\n本报记者 张 华\n\n“李书记，我家的水管又冻住了，您快来看看吧！”\n\n“别急，大娘，我马上带上工具过来。”\n\n"
    "一根水管的牵挂\n\n2019年，李明来到青石村任第一书记。\n",
    "青石村的三张笑脸\n\n本报记者 张 华\n\n春节前后，记者走进青石村，听村民们讲述新变化。\n\n返乡创业村民 徐根法\n\n"
    "去年，徐根法回到村里，承包了50亩茶园。\n\n易地搬迁村民 王秀英\n\n搬进新房的王秀英，在扶贫车间找到了工作。\n",
    "市民可线上预约免费体检\n\n本报讯（记者 李 明）即日起，60岁以上老年人可线上预约免费健康体检。\n\n预约时间：每天8:00—20:00\n\n"
    "微信：杭州发布\n\n咨询电话：0571-12345\n",
    "我市织密青少年心理健康防护网\n\n本报讯（记者 李 明）全市中小学心理辅导室实现全覆盖。\n\n开通心理援助热线\n\n"
    "市教育局联合市卫健委开通了青少年心理援助热线。\n\n据统计，热线开通以来已累计接听来电3200余次。\n",
])
def test_a_storys_marked_subheads_signatures_like_subheads_and_service_lines_stay_in_it(text):
    page = banmian.rebuild(text)
    (story,) = page.articles
    assert page.furniture == []
    assert story.headline == [text.split("\n")[0]]


@pytest.mark.parametrize("subtitle", ["——权威专家解读《政府工作报告》", "——记全国优秀教师 李春花"])
def test_a_subtitle_under_its_headline_stays_in_the_headline(subtitle):
    text = f"把青春献给大山！\n\n{subtitle}\n\n本报记者 王 芳\n\n在海拔1800米的青石村小学，李春花已经坚守了22年。\n"
    (story,) = banmian.rebuild(text).articles
    assert story.headline == ["把青春献给大山！", subtitle.replace("\u3000", " ")]


def test_a_kicker_of_growth_figures_stays_over_its_headline():
    text = ("地区生产总值增长5.8%　工业增加值增长7.1%　社零总额增长6.3%\n\n一季度全省经济实现良好开局\n\n"
            "本报讯（记者 李 明）4月17日，省统计局发布一季度全省经济运行情况。\n")
    (story,) = banmian.rebuild(text).articles
    assert story.headline == ["地区生产总值增长5.8% 工业增加值增长7.1% 社零总额增长6.3%", "一季度全省经济实现良好开局"]


# Ordinary stories a review found this session's box rules breaking (each right at the session's start): a headline
# opening on a day in degrees, a subhead naming a hotline over a dated paragraph, 用数说话, 专家建言, 两套方案 over
# 方案一：…, a notice's 联系热线 — each stays one story, every line in it.
@pytest.mark.parametrize("text, stories", [
    ("全市冬季供暖今日启动\n\n本报讯（记者 赵 磊）今日零时起，我市集中供暖正式启动。\n\n\n20日起最低气温将跌至-5℃\n\n"
     "本报讯（记者 钱 进）记者从市气象台获悉，20日起我市将出现明显降温。\n", 2),
    ("12345热线成了市民“贴心人”\n\n本报讯（记者 孙 悦）今年以来，市12345热线共受理群众诉求86万件。\n\n做优做强政务服务热线\n\n"
     "3日，记者走进市12345热线中心，接线员们正忙着接听电话。\n\n“我们要求每一个诉求都有回音。”中心负责人说。\n", 1),
    ("五年来我市经济总量跃上新台阶\n\n本报讯（记者 陈 晨）记者从市统计局获悉，五年来我市经济保持稳定增长。\n\n用数说话\n\n"
     "2024年，全市地区生产总值达5320亿元，比2019年增长38.6%。\n\n规上工业增加值年均增长7.2%。\n", 1),
    ("老旧小区加装电梯为何难\n\n本报记者 王 芳\n\n今年以来，我市启动老旧小区加装电梯工作。\n\n记者走访发现，低层住户反对是最大阻力。\n\n"
     "专家建言\n\n市规划设计院高级工程师张华认为，应建立利益平衡机制。\n\n他建议，对低层住户给予适当补偿。\n", 1),
    ("老城区停车难如何破解\n\n本报记者 王 芳\n\n老城区停车难，是市民反映最集中的问题之一。\n\n记者了解到，相关部门提出了两套改造方案。\n\n"
     "两套方案各有侧重\n\n方案一：利用学校操场地下空间建设立体停车库。\n\n方案二：错时共享机关单位停车场。\n\n市民普遍倾向于两套方案同时推进。\n", 1),
    ("招聘启事\n\n因工作需要，我单位面向社会公开招聘工作人员5名，有意者请于11月30日前到单位报名。\n\n联系热线：0571-87654321\n\n"
     "杭州市某某中心\n\n2025年11月10日\n", 1),
])
def test_box_rules_leave_ordinary_stories_whole(text, stories):
    page = banmian.rebuild(text)
    assert (len(page.articles), page.furniture) == (stories, [])


@pytest.mark.parametrize("header, kept", [("2025年11月18日　星期二　农历九月廿九　晴　-3℃～6℃", "2025年11月18日"),
                                          ("出版日期：2025年11月18日　星期二", "出版日期"),
                                          ("2025年11月18日　星期二\n\n19日　多云　2℃～9℃", "19日"),
                                          ("第10版　华人世界\n\n\n侨乡·侨情", "侨乡·侨情")])
def test_a_headers_weather_dated_field_ear_and_section_stay_furniture(header, kept):
    page = banmian.rebuild(f"清溪日报\n\n{header}\n\n\n全市冬季供暖今日启动\n\n本报讯（记者 赵 磊）今日零时起，我市集中供暖正式启动。\n")
    assert any(line.startswith(kept) for line in page.furniture)
    assert page.articles[0].headline == ["全市冬季供暖今日启动"]


def _printed(paragraph: str, width: int = 18) -> list[str]:
    """A paragraph as a wrapped page prints it: indented, cut at `width` full-width characters (a digit is half one)."""
    text, lines = "\u3000\u3000" + paragraph, []
    while text:
        cut, used = 0, 0.0
        while cut < len(text) and used + (0.5 if text[cut].isascii() else 1) <= width:
            used += 0.5 if text[cut].isascii() else 1
            cut += 1
        cut += cut < len(text) and text[cut] in "，。、；：”）"  # a mark hangs at the line's end
        lines.append(text[:cut])
        text = text[cut:]
    return lines


SERIES_LEAD = ("本报讯（记者 魏晨阳）7月28日，记者从江淮铁路局获悉，7月1日暑运启动以来，该局累计发送旅客2186.4万人次，"
               "同比增长6.8%。其中，7月26日发送旅客89.3万人次，创暑运单日旅客发送量历史新高。面对学生流、旅游流、"
               "探亲流叠加的客流特点，该局坚持“一日一图”动态调整运力，全力保障旅客安全有序出行。")
SERIES_SECTIONS = [
    ("夜间高铁“上新”", "暑运期间，该局在淮州至江城、淮州至桐岭等热门方向增开夜间高铁，最晚一趟列车23时48分到达淮州东站。"
                     "同时，安排动车组重联运行，日均开行旅客列车1136列，较暑运前增加84列。",
     "“以前坐夜车要熬一宿，现在晚上9点从江城上车，11点多就到家了。”在淮州东站出站口，刚放暑假回家的大学生孔令哲说。"),
    ("设备“体检”守安全", "暑运正值高温多雨季节，设备运行环境复杂。该局组织工务、电务、供电等专业加强设备检查，"
                     "整治钢轨焊缝、接触网吊弦等设备隐患3600余处。"),
]


def test_a_led_storys_first_subhead_is_no_headline_when_another_as_short_follows():
    lines = _printed(SERIES_LEAD)
    for subhead, *paragraphs in SERIES_SECTIONS:
        lines += [subhead, *(line for paragraph in paragraphs for line in _printed(paragraph))]
    [story] = banmian.rebuild("\n".join(lines)).articles
    assert story.paragraphs == [SERIES_LEAD, *[part for section in SERIES_SECTIONS for part in section]]


def test_a_titled_item_signed_at_its_foot_after_a_led_story_is_its_own_story():
    lines = ["暑运进行时", "客流高位运行 运力精准投放", *_printed(SERIES_LEAD),
             "龙灯舞起来年味浓起来", *_printed("正月初七晚，马岭镇上街村的百米龙灯在鞭炮声中舞动起来，村民们举着火把跟在龙灯后面。"),
             "（县融媒体中心 李想）", SERIES_SECTIONS[1][0], *_printed(SERIES_SECTIONS[1][1])]
    headlines = [story.headline for story in banmian.rebuild("\n".join(lines)).articles]
    assert headlines[:2] == [["暑运进行时", "客流高位运行 运力精准投放"], ["龙灯舞起来年味浓起来"]]


@pytest.mark.parametrize("marks, body", [("①②③", "淮州车务段"), (["一、", "二、", "三、"], "淮州车务段"),
                                         (["一、", "二、", "三、"], "油田公司质量安全环保部")])
def test_a_body_named_alone_under_numbered_tips_signs_the_box(marks, body):
    tips = [mark + tip for mark, tip in zip(marks, ["请提前规划行程，预留充足的进站安检时间。", "请勿携带易燃易爆物品乘车。",
                                                    "上下车时请留意车门与站台间的缝隙。"])]
    essay = "入伏以后，淮州东站的站台成了一口大蒸笼，温度计上的数字一路爬到了50℃。"
    text = "\n\n".join(["安全提示", "暑期出行 请注意这些事项", *tips, body, "职工心声", "站台上的“烤”验", essay])
    box, story = banmian.rebuild(text).articles
    assert (box.paragraphs, story.headline[0]) == ([*tips, body], "职工心声")


def test_sayings_signed_by_handle_make_a_box_the_next_boxs_title_leaves():
    sayings = ["“楼下修车铺的电池便宜得离谱，原来是这么回事。”", "——网友“柳湾老陈”",
               "“送外卖一天要跑一百多公里，电池就是饭碗。”", "——网友“骑手小满”"]
    advice = "一看标识。正规电池外壳上应有清晰的生产企业名称、型号、额定电压和生产日期。"
    text = "\n\n".join(["网友说", *sayings, "专家观点", "换电池要认准“三看”", advice])
    box, piece = banmian.rebuild(text).articles
    assert (box.paragraphs, piece.headline, piece.paragraphs) == (sayings, ["专家观点", "换电池要认准“三看”"], [advice])


def test_a_figures_box_after_a_credited_tips_box_is_an_item_of_its_own_and_ends_at_its_source():
    tips = ["①更换电池请到有固定经营场所的正规门店。", "②警惕明显低于市场价的“原装电池”。", "（棠川市市场监督管理局供稿）"]
    figures = ["186万辆", "全市电动自行车保有量", "142次", "去年全市电动自行车火灾起数", "68%", "其中发生在充电过程中的占比",
               "数据来源：棠川市消防救援支队"]
    survey = "本报客户端日前发起“您怎样更换电动车电池”网络问卷，共有1268名网友参与。"
    text = "\n\n".join(["消费提示", *tips, "数读", *figures, "本报问卷", "近四成受访者曾为省钱选便宜电池", survey])
    assert [(a.headline, a.paragraphs) for a in banmian.rebuild(text).articles] == [
        (["消费提示"], tips), (["数读"], figures), (["本报问卷", "近四成受访者曾为省钱选便宜电池"], [survey])]


def test_a_prize_lists_rows_of_works_and_entrants_stay_in_their_story():
    lead = "本报讯（记者 温禾）5月25日，棠川市第十五届青少年科技创新大赛落下帷幕，以下作品获一等奖："
    rows = ["《基于图像识别的课桌坐姿提醒装置》　澜江区实验中学", "《校园雨水回收灌溉系统的设计》　凤岭区第二中学",
            "《盲人智能导航手杖》　棠川市第一中学"]
    notice = ["关于组织申报2025年度棠川市重点研发计划项目的通知", "各县（市、区）科技主管部门，各有关单位：",
              "为加快突破我市重点产业发展中的技术瓶颈，现将有关事项通知如下。"]
    page = banmian.rebuild("\n\n".join(["青少年科技创新大赛揭晓", lead, *rows, *notice]))
    assert [(a.headline, len(a.paragraphs)) for a in page.articles] == [(["青少年科技创新大赛揭晓"], 4), (notice[:1], 2)]


def test_a_results_box_is_an_item_of_its_own_its_name_apart_from_its_title():
    rows = ["A组　白沙街道队　6胜1负　13分", "A组　翠屏街道队　5胜2负　12分", "B组　城关队　7胜0负　14分", "B组　柳湾队　5胜2负　12分"]
    text = "\n\n".join(["“乡村篮球联赛”八强出炉", "本报讯（记者 石骁）8月6日晚，2025年“和美乡村”篮球联赛小组赛全部结束。",
                       "本届联赛共有来自全市的32支乡村代表队参赛，八强赛将于8月15日开打。", "成绩榜",
                       "市“和美乡村”篮球联赛小组赛晋级八强球队", *rows, "（每组前两名晋级）"])
    assert [(a.headline, a.paragraphs) for a in banmian.rebuild(text).articles][-1] == (
        ["成绩榜", "市“和美乡村”篮球联赛小组赛晋级八强球队"], [*(row.replace("　", " ") for row in rows), "（每组前两名晋级）"])


def test_a_marked_title_over_briefs_marked_otherwise_and_signed_heads_a_box_of_its_own():
    rows = ["选择到品牌专卖店更换的　31.2%", "选择到小区附近维修店更换的　46.5%", "选择网购电池自行更换的　22.3%"]
    briefs = ["◆本报5月13日刊发《会员卡钱谁来退》一文后，澜江区市场监管局约谈了经营者。（记者 叶舟）",
              "◆本报5月27日报道的“僵尸车”长期占道问题，经交警部门清拖，道路已恢复通行。（记者 陶然）"]
    text = "\n\n".join(["本报问卷", "近四成受访者曾为省钱选便宜电池", "本报客户端日前发起网络问卷，共有1268名网友参与。",
                       *rows, "■调查回音", *briefs])
    assert [a.headline for a in banmian.rebuild(text).articles] == [
        ["本报问卷", "近四成受访者曾为省钱选便宜电池"], ["■调查回音"]]


def test_a_staff_corner_over_a_poems_title_after_a_story_heads_the_poem():
    text = "\n\n".join(["油田工会送清凉到一线", "本报讯（通讯员 宋宇航）8月以来，油田工会组织慰问组深入生产一线，为高温下坚守岗位的员工送去防暑降温物品。",
                       "各基层单位工会还设立“职工驿站”136个，让一线员工累了能歇歇脚。", "员工园地", "井架下的夏天",
                       "戈壁的风，", "把太阳吹得滚烫，", "井架挺立在天地之间，", "像一个不肯弯腰的汉子。"])
    assert [a.headline[:2] for a in banmian.rebuild(text).articles] == [["油田工会送清凉到一线"], ["员工园地", "井架下的夏天"]]


def test_a_headline_line_of_a_figure_stays_in_its_headline():
    lead = "本报讯（记者 陈晓雯）记者从市文化广电旅游局获悉，“五一”假期，全市共接待游客312.6万人次，同比增长12.4%。"
    text = "\n\n".join(["城东三所新建幼儿园秋季开园", "本报讯（记者 刘洋）5月5日，记者从城东区教育局获悉，城东区将有三所新建公办幼儿园投入使用。",
                       "“五一”假期全市接待游客", "超300万人次", "旅游收入同比增长一成以上", lead])
    assert banmian.rebuild(text).articles[-1].headline == ["“五一”假期全市接待游客", "超300万人次", "旅游收入同比增长一成以上"]


# Ordinary pages on which this session's rules misfired in review (each right at the session's start): a credited item
# after a story's subhead, two undated items led 记者从…获悉, tips above a kicker naming a place, a marked subhead over
# bullet points, a section's cut first words under 法官说法, a field's last word carried over, a 数读 section in a story
REVIEWED_PAGES = {
    'series_sub_frag': ('江州日报\n\n2025年7月12日\u3000星期六\n\nA03\n\n城事\n\n老旧小区加装电梯提速\n\n本报讯（记者 陈晓雯）今年以来，我市老旧小区加装电梯工作明显提速。记者从市住建局获悉，上半年全市共有86台加装电梯完工投用。\n\n审批流程再简化\n\n市住建局相关负责人介绍，加装电梯审批改为“一窗受理、并联审批”，办理时间由30个工作日压缩至15个工作日。\n\n电梯维保纳入物业考核\n\n记者从市住建局了解到，我市将把住宅电梯的维护保养情况纳入物业服务企业信用考核，对电梯故障频发的物业企业予以扣分。（记者 王 凯）\n',
                [(['老旧小区加装电梯提速'], 3), (['电梯维保纳入物业考核'], 1)]),
    'series_first_wrap': ('江州日报 2025年7月12日 星期六 第3版 城事\n\n我市启动夏季消防安全大检查\n\u3000\u3000本报讯（记者 陈晓雯）7月10日，我\n市召开夏季消防安全工作部署会，决定从即日\n起至9月底，在全市范围内开展为期两个多月\n的夏季消防安全大检查。\n\u3000\u3000检查重点包括人员密集场所、高层建筑、\n电动自行车集中停放充电场所等，对发现的火\n灾隐患将督促限期整改。\n电动自行车充电桩覆盖八成小区\n\u3000\u3000记者从市消防救援支队获悉，截至6月底，\n全市已有八成以上住宅小区建成电动自行车\n集中充电设施，共安装充电桩1.2万余个。\n消防部门提醒，电动自行车不得在楼道、门厅\n等公共区域停放充电。\n高层住宅将配备消防志愿者\n\u3000\u3000按照市消防救援支队的部署，全市高层住\n宅小区将在年底前实现微型消防站全覆盖，每\n个小区至少配备5名消防志愿者，负责日常防\n火巡查和初起火灾扑救，消防部门将定期组织\n培训。\n',
                [(['我市启动夏季消防安全大检查'], 2), (['电动自行车充电桩覆盖八成小区'], 2), (['高层住宅将配备消防志愿者'], 1)]),
    'tips_kicker_frag': ('江州日报\n\n2025年7月12日\u3000星期六\n\nA05\n\n民生\n\n高温天气持续 警惕热射病\n\n本报讯（记者 陈晓雯）连日来，我市持续高温，多家医院接诊的中暑患者明显增多。市疾控中心专家提醒市民做好防暑降温：\n\n①尽量避免在10时至16时高温时段外出，外出时做好遮阳防护。\n\n②及时补充水分，不要等到口渴时才喝水。\n\n走进市急救中心\n\n120调度员的一天\n\n本报讯（记者 刘 洋）7月11日早上8时，市急救中心调度大厅里，电话铃声此起彼伏。调度员张敏戴上耳麦，开始了一天的忙碌。\n',
                [(['高温天气持续 警惕热射病'], 3), (['走进市急救中心', '120调度员的一天'], 1)]),
    'tips_kicker_wrap': ('江州日报 2025年7月12日 星期六 第5版 民生\n\n高温天气持续 警惕热射病\n\u3000\u3000本报讯（记者 陈晓雯）连日来，我市持\n续高温，多家医院接诊的中暑患者明显增多。\n市疾控中心专家提醒市民做好防暑降温：\n\u3000\u3000①尽量避免在10时至16时高温时段外\n出，外出时做好遮阳防护。\n\u3000\u3000②及时补充水分，不要等到口渴时才喝\n水。\n\n家门口的社区医院\n——城东街道社区卫生服务中心提质升级见闻\n\u3000\u3000本报讯（记者 刘 洋）走进城东街道社区\n卫生服务中心，宽敞明亮的候诊大厅里，居民\n们正有序排队等候就诊。\n',
                [(['高温天气持续 警惕热射病'], 3), (['家门口的社区医院', '——城东街道社区卫生服务中心提质升级见闻'], 1)]),
    'marked_sub_frag': ('江州日报\n\n2025年7月16日\u3000星期三\n\nA05\n\n城事\n\n我市出台新政支持青年人才安居\n\n本报讯（记者 陈晓雯）7月15日，市人社局、市住建局联合发布《江州市青年人才安居支持办法》，从租房补贴、购房优惠等方面加大对青年人才的支持力度。\n\n■新政亮点\n\n●全日制本科及以上学历青年人才来江州就业，可申领每月最高1500元的租房补贴，期限三年。\n\n●首次在江州购买住房的青年人才，可享受最高10万元的购房补贴。\n\n市人社局相关负责人表示，新政将于8月1日起正式实施。\n',
                [(['我市出台新政支持青年人才安居'], 5)]),
    'genre_title_frag': ('江州日报\n\n2025年7月12日\u3000星期六\n\nA05\n\n民生\n\n高空抛物砸坏车辆 物业被判担责\n\n本报讯（记者 陈晓雯）去年8月，市民李先生停在小区楼下的轿车被高空坠落的花盆砸坏。近日，城东区法院对此案作出一审判决，物业公司承担三成赔偿责任。\n\n法官说法\n\n根据我国民法典\n\n第一千二百五十四条规定，物业服务企业等建筑物管理人应当采取必要的安全保障措施防止高空抛物、坠物情形的发生。\n',
                [(['高空抛物砸坏车辆 物业被判担责'], 3)]),
    'field_cut_frag': ('江州日报\n\n2025年7月16日\u3000星期三\n\nA05\n\n城事\n\n市民公益讲座本周六开讲\n\n本报讯（记者 陈晓雯）本周六，市图书馆将举办“夏季健康养生”公益讲座，邀请市中医院专家讲解夏季养生知识。\n\n活动地点：市民广场东侧\n\n草坪，活动当天如遇雨天将顺延至下周举行。\n',
                [(['市民公益讲座本周六开讲'], 2)]),
    'dudu_sub_wrap': ('江州日报 2025年7月16日 星期三 第2版 要闻\n\n江州港集装箱吞吐量创新高\n\u3000\u3000本报讯（记者 刘 洋）7月15日，记者从江\n州港务集团获悉，上半年江州港完成集装箱吞\n吐量186.2万标箱，同比增长11.3%。\n数读\n\u3000\u3000上半年，江州港新开通国际航线6条，外\n贸航线总数达到42条。\n外贸航线持续加密\n\u3000\u3000港务集团相关负责人介绍，今年以来，江\n州港持续加密外贸航线，为外贸企业出海提供\n了更多便利。\n',
                [(['江州港集装箱吞吐量创新高'], 5)]),
}


@pytest.mark.parametrize("name", REVIEWED_PAGES)
def test_ordinary_pages_keep_their_stories_under_this_sessions_box_and_subhead_rules(name):
    text, stories = REVIEWED_PAGES[name]
    assert [(a.headline, len(a.paragraphs)) for a in banmian.rebuild(text).articles] == stories



def test_a_reporters_label_over_a_titled_and_signed_piece_is_its_kicker():
    text = "\n\n".join([
        "菜场改造后 “买菜”变“逛菜场”",
        "本报讯 记者 周以宁 实习生 谢晚晴 “以前地上全是水，现在干干净净。”9月15日，市民范阿姨笑着说。",
        "南门菜市场已有30多年历史，此次改造历时4个月。",
        "改造后的南门菜市场宽敞明亮。",
        "受访者供图",
        "记者手记",
        "收费不是问题　说清楚才是",
        "快递驿站的出现，解决了不少上班族的难题。驿站要运营、要付房租，适当收费可以理解。",
        "记者调查",
        "快递放久了要交“保管费”？",
        "——部分小区驿站超时收费标准不一",
        "本报记者 许 珂",
        "“取个快递，驿站说要收2块钱保管费。”近日，读者孙女士向本报反映。",
    ])
    headlines = [article.headline for article in banmian.rebuild(text).articles]
    assert ["记者手记", "收费不是问题 说清楚才是"] in headlines
    assert ["记者调查", "快递放久了要交“保管费”？", "——部分小区驿站超时收费标准不一"] in headlines


@pytest.mark.parametrize("label", ["记者探访", "记者走访", "记者调查"])
def test_a_reporters_label_under_a_storys_text_kicks_a_titled_subtitled_and_signed_piece(label):
    text = "\n\n".join([
        "地铁8号线北延段今起试运行",
        "本报讯（记者 谭颖琳）11月20日，地铁8号线北延段开始空载试运行。",
        "“家门口通了地铁，以后上班就不用再挤公交了。”在湾北新区一家电子厂上班的小龙说。",
        label,
        "凌晨4点的批发市场　一棵菜心的“进城路”",
        "——城北农产品批发市场见闻",
        "本报记者　钟嘉怡　实习生　林浩然",
        "凌晨4点，大多数市民还在睡梦中，位于榕北区的城北农产品批发市场里早已灯火通明。",
    ])
    articles = banmian.rebuild(text).articles
    assert [article.headline[0] for article in articles] == ["地铁8号线北延段今起试运行", label]


def test_a_reporters_label_under_a_storys_text_labels_its_last_section():
    text = "\n\n".join([
        "“零元体验”美容卡背后的连环套",
        "本报讯（记者 王 凯）近日，多名消费者向本报反映被诱导办卡背上贷款。",
        "工商登记信息显示，该公司已于今年3月注销。",
        "记者手记",
        "别让“免费”成了陷阱的入口",
        "从“免费体验”到“皮肤焦虑”，再到“先享后付”，每一步都是精心设计。",
    ])
    (article,) = banmian.rebuild(text).articles
    assert article.paragraphs[2:4] == ["记者手记", "别让“免费”成了陷阱的入口"]


@pytest.mark.parametrize("signature, name", [("熊文斌", "熊文斌"), ("本报记者　熊文斌", "熊文斌"), ("全媒记者　孟　佳", "孟佳")])
def test_a_reporters_label_under_a_storys_text_kicks_a_piece_its_writer_signs_at_its_foot(signature, name):
    text = "\n\n".join([
        "热线追踪", "电梯停运两个月　“爬楼”日子到头了", "记者　熊文斌　实习生　邱梓涵",
        "本报11月12日A07版刊发《28层高楼电梯停运两个月》一文，反映滨江华府小区电梯停运。",
        "11月14日，应急维修资金申请获批，维修单位当天进场。",
        "记者手记",
        "应急通道要真正“急”起来",
        "电梯坏了，急在业主，难在程序。",
        "这次应急通道一开，电梯四天后就修好了一部。",
        signature,
        "读者来信",
        "小区门口的“僵尸车”　一停就是好几年",
        "编辑同志：",
        "我家住在沙洲区金桂园小区，小区东门外的道路两侧停着七八辆“僵尸车”。",
    ])
    story, notes, letter = banmian.rebuild(text).articles
    assert notes.headline == ["记者手记", "应急通道要真正“急”起来"] and notes.byline.reporters == [name]
    assert story.paragraphs[-1].startswith("11月14日") and letter.headline[0] == "读者来信"


def test_a_letters_signature_at_a_columns_foot_and_a_party_secretarys_under_his_notes_close_their_pieces():
    text = ("读者来信\n一碗热汤面　暖了一个冬天\n编辑同志：\n　　我是汉北区柳堤社区的一名退休职\n工，今年78岁，老伴去年走了，儿\n"
            "女都在外地。\n　　今年，社区又给我装了紧急\n呼叫器，网格员每周都来看我，\n陪我说说话。我想通过贵报，向\n"
            "柳堤社区的网格员们道一声谢谢！\n汉北区柳堤社区居民　冯玉珍\n\n书记手记\n把“议事桌”搬到楼栋口\n"
            "　　在社区工作了十多年，我\n越来越觉得，居民的事，要让\n居民商量着办。议事桌摆在哪\n里其实不重要，重要的是把居\n"
            "民请到桌边来。\n长堤街月湖社区党委书记　余　莉\n\n　　11月18日，桃湾区青石桥社区的\n志愿者为辖区高龄老人理发。\n"
            "通讯员　舒　畅　摄\n")
    letter, notes, photo = banmian.rebuild(text).articles
    assert letter.paragraphs[-1] == "汉北区柳堤社区居民 冯玉珍"
    assert notes.headline == ["书记手记", "把“议事桌”搬到楼栋口"] and notes.byline.reporters == ["余莉"]
    assert photo.headline == [] and photo.kind == "photo"


def test_a_pen_name_set_apart_under_a_commentary_signs_it():
    text = "\n\n".join([
        "潦川时评", "让企业把心思用在发展上",
        "企业是经济发展的主体，营商环境就是生产力。",
        "优化营商环境没有休止符。各级各部门要多一些主动，少一些推诿。",
        "晓　言",
        "■简讯",
        "◆5月18日，全市“5·18国际博物馆日”主题活动启动。（全媒体记者 胡晓帆）",
    ])
    commentary, briefs = banmian.rebuild(text).articles
    assert commentary.paragraphs[-1].endswith("少一些推诿。") and commentary.byline.reporters == ["晓言"]
    assert briefs.headline == ["■简讯"]


def test_a_pen_name_set_apart_under_an_unsigned_commentary_with_no_columns_name_signs_it():
    text = "\n\n".join(["“办成”才是硬道理", "“一件事”好不好办，企业和群众最有发言权。",
                        "改革没有终点。期待“一件事”的清单越拉越长，办事的路越走越短。", "浦　言",
                        "澜港智造园6个产业项目集中签约", "本报讯（记者 顾晓峰）5月9日，澜港智造园举行产业项目集中签约仪式。"])
    commentary, story = banmian.rebuild(text).articles
    assert commentary.byline.reporters == ["浦言"] and story.headline == ["澜港智造园6个产业项目集中签约"]


def test_a_spaced_title_under_a_signed_column_piece_is_no_pen_name():
    text = "\n\n".join(["生活随笔", "母亲的菜园", "李　华", "母亲的菜园不大，却四季常绿。",
                        "如今母亲年纪大了，她说人也不能闲着。", "立　秋", "王　芳", "立秋那天，外婆照例要炖一锅老鸭汤。"])
    first, following = banmian.rebuild(text).articles
    assert first.byline.reporters == ["李华"] and following.headline == ["立 秋"]


def test_a_spaced_kicker_under_a_column_piece_is_no_pen_name():
    text = "\n\n".join(["经济时评", "让企业把心思用在发展上", "企业是经济发展的主体，营商环境就是生产力。",
                        "优化营商环境没有休止符。各级各部门要少一些推诿。", "快　评", "别让“过度包装”绑架月饼",
                        "本报评论员", "中秋将至，一些月饼礼盒越做越大。"])
    first, following = banmian.rebuild(text).articles
    assert first.byline.people() == [] and following.headline == ["快 评", "别让“过度包装”绑架月饼"]


def test_a_story_told_in_sections_is_taken_up_again_under_a_photo_set_between_two_of_them():
    page = [
        "以案说法", "“保健品”里藏陷阱　七旬老人被骗十余万元", "——市法院审结一起针对老年人的诈骗案，5名被告人获刑",
        "本报讯（记者 顾晓雯 通讯员 沈　阳）以免费体检、赠送鸡蛋为诱饵，吸引老年人参加“健康讲座”，再以高价推销所谓的"
        "“特效保健品”。近日，蒲溪市人民法院审结一起针对老年人的诈骗案，5名被告人分别被判处有期徒刑。",
        "“免费体检”引老人上钩",
        "家住城东街道的王阿姨（化名）今年72岁，老伴去世后一个人生活。去年3月，她在小区门口领到一张“免费体检券”，随后"
        "被拉进一个“健康群”，群里每天都有人发养生知识和抽奖活动。",
        "体检现场，几名自称“健康顾问”的年轻人对王阿姨嘘寒问暖，一口一个“阿姨”叫得亲热。在“专家”的推荐下，王阿姨先后"
        "花费12.8万元，购买了所谓能治高血压、糖尿病的保健品。",
        "9月18日，蒲溪市人民法院公开宣判此案，部分老年人旁听庭审。", "通讯员　沈　阳　摄",
        "“特效保健品”成本不足百元",
        "经查，被告人刘某某等人在蒲溪等地租用场地，以举办健康讲座为名，虚构“专家”身份，夸大产品功效，向老年人高价兜售"
        "保健食品。这些售价两三千元一盒的“特效药”，实际只是普通固体饮料。",
        "便民服务热线开通", "本报讯（记者 钱文涛）9月22日起，市12345热线增设老年人专席，为老年人提供一键转接人工服务。"]
    story, photo, other = banmian.rebuild("\n\n".join(page)).articles
    assert story.paragraphs[-2:] == ["“特效保健品”成本不足百元", page[10]]
    assert photo.kind == "photo" and photo.paragraphs == [page[7]]
    assert other.headline == ["便民服务热线开通"]


def test_a_data_box_of_changes_under_its_period_is_a_box_of_its_own_not_headlines():
    rows = ["规上工业增加值　增长7.8%", "固定资产投资　增长6.5%", "社会消费品零售总额　312.6亿元　增长5.9%",
            "进出口总值　86.4亿元　增长13.2%", "金融机构各项存款余额　3126亿元"]
    page = "\n\n".join(["前5个月全市规上工业增加值增长7.8%",
                        "本报讯（记者 许　婷）今年以来，全市工业经济运行总体平稳，主要指标稳中有进。",
                        "市统计局相关负责人分析，随着一批重大项目陆续投产达效，全市工业经济增长动能不断增强。",
                        "■数据", "（1—5月）", *rows])
    story, box = banmian.rebuild(page).articles
    assert box.headline == ["■数据"]
    assert [p.replace(" ", "") for p in box.paragraphs] == ["（1—5月）", *(row.replace("　", "") for row in rows)]


def test_a_headlines_deck_that_reads_as_a_change_is_no_box_row_alone():
    page = "\n\n".join(["前5个月工业经济稳中有进", "规上工业增加值　增长7.8%",
                        "本报讯（记者 许　婷）今年以来，全市工业经济运行总体平稳，主要指标稳中有进。"])
    [story] = banmian.rebuild(page).articles
    assert story.headline == ["前5个月工业经济稳中有进", "规上工业增加值 增长7.8%"]


def test_a_notice_titled_over_its_document_number_in_brackets_opens_under_a_meeting_story():
    page = "\n\n".join(["市政府召开第58次常务会议",
                        "本报讯（记者 唐　悦）10月14日，市长主持召开市政府第58次常务会议，研究部署今冬明春安全生产等工作。",
                        "会议还研究了其他事项。", "澄溪市人民政府房屋征收决定公告", "（澄政征〔2025〕7号）",
                        "因溪城区老城南片区城市更新项目建设需要，经市人民政府研究，决定对该项目范围内国有土地上的房屋实施征收。",
                        "特此公告。"])
    meeting, notice = banmian.rebuild(page).articles
    assert meeting.paragraphs[-1] == "会议还研究了其他事项。"
    assert notice.headline == ["澄溪市人民政府房屋征收决定公告", "（澄政征〔2025〕7号）"]


@pytest.mark.parametrize("form", ["fragments", "wrapped"])
def test_a_paragraphs_last_words_alone_at_a_columns_head_are_no_headline_over_the_issuer(form):
    last = "文明创建，人人参与；文明成果，人人共享。让我们携起手来，从我做起、从现在做起，为建设更加文明美丽的澄溪贡献"
    if form == "fragments":
        proposal = "\n\n".join(["争做文明市民　共建文明城市", "——致全市市民的倡议书", "全市广大市民朋友们：",
                                "一、做文明交通的践行者。自觉遵守交通法规，不闯红灯、不逆行。", last, "力量！"])
    else:
        proposal = ("争做文明市民　共建文明城市\n——致全市市民的倡议书\n　　全市广大市民朋友们：\n"
                    "　　一、做文明交通的践行者。自觉遵守交\n通法规，不闯红灯、不逆行。\n"
                    "　　文明创建，人人参与；文明成果，人人共\n享。让我们携起手来，从我做起、从现在做起\n"
                    "，为建设更加文明美丽的澄溪贡献\n\n力量！")
    page = "\n\n".join([proposal, "澄溪市精神文明建设指导委员会办公室", "2025年10月15日", "电动车“飞线充电”　整治见成效",
                        "本报讯（通讯员 邹　岚　记者 方　晴）10月14日晚，溪城区文昌巷社区网格员在巡查中发现一根电线从6楼窗户垂下。"])
    articles = banmian.rebuild(page).articles
    assert articles[0].paragraphs[-3:] == [last + "力量！", "澄溪市精神文明建设指导委员会办公室", "2025年10月15日"]
    assert articles[1].headline == ["电动车“飞线充电” 整治见成效"]


def test_the_line_that_opens_an_appointment_list_under_its_title_is_text_not_a_second_headline_line():
    page = "\n\n".join(["澄溪市人民政府任免工作人员", "经澄溪市人民政府研究决定：", "任命曾　毅为澄溪市发展和改革委员会副主任；",
                        "免去梁　峰的澄溪市交通运输局副局长职务。"])
    [roll] = banmian.rebuild(page).articles
    assert roll.headline == ["澄溪市人民政府任免工作人员"] and roll.paragraphs[0] == "经澄溪市人民政府研究决定："


def test_a_columns_name_over_a_title_of_two_short_phrases_opens_a_piece_after_a_story():
    page = "\n\n".join(["市一院“护眼门诊”开设周末专场",
                        "本报讯（记者 李　娜）为方便学生就诊，市第一人民医院眼科自本周六起开设周末“护眼门诊”。",
                        "家长课堂", "放下手机，陪孩子走走",
                        "儿子上五年级后，每天放学回家就是写作业、看平板，周末更是窝在沙发上不愿出门。"])
    story, piece = banmian.rebuild(page).articles
    assert piece.headline == ["家长课堂", "放下手机，陪孩子走走"]


def test_two_changes_under_a_title_are_its_decks_not_a_data_boxs_rows():
    page = "\n\n".join(["前三季度全市经济稳中向好", "地区生产总值　增长6.2%", "规上工业增加值　增长7.5%",
                        "本报讯（记者 许　婷）记者从市统计局获悉，前三季度全市经济运行稳中向好，主要指标增速高于全省平均水平。"])
    [story] = banmian.rebuild(page).articles
    assert story.headline == ["前三季度全市经济稳中向好", "地区生产总值 增长6.2%", "规上工业增加值 增长7.5%"]


def test_a_comments_keyword_field_under_its_title_is_its_first_paragraph_not_a_deck():
    text = ("AI时代，更需保障劳动权益\n【关键词】AI替岗\n【事件】在企业任主管的周先生，因“工作可被AI替代”而被调岗降薪、后遭解雇。"
            "法院审理认为，企业单方调岗降薪缺乏合理性。\n")
    [piece] = banmian.rebuild(text).articles
    assert piece.headline == ["AI时代，更需保障劳动权益"] and piece.paragraphs[0] == "【关键词】AI替岗"


def test_a_dated_photo_set_between_a_storys_paragraphs_is_a_photo_and_the_story_goes_on_under_it():
    text = "\n\n".join([
        "市政府常务会议召开", "本报讯（记者 钱　枫）6月3日，市长林思远主持召开市政府常务会议，研究部署防汛备汛等工作。",
        "会议指出，当前已进入主汛期，各地各部门要压紧压实防汛责任，做好人员、物资和预案准备。",
        "\n\n6月2日，南湖街道的志愿者在清理河道垃圾。", "通讯员　方晓宁　摄",
        "会议强调，要加强雨情水情监测预警，对低洼易涝区域和地质灾害隐患点逐一排查。", "会议还研究了其他事项。"])
    page = banmian.rebuild(text)
    assert [(a.kind, a.headline, len(a.paragraphs), a.byline.photographers) for a in page.articles] == [
        ("article", ["市政府常务会议召开"], 4, []), ("photo", [], 1, ["方晓宁"])]


def test_a_tips_box_after_a_box_of_signed_briefs_is_a_box_of_its_own():
    text = "\n\n".join([
        "●便民简讯", "●6月5日起，市妇幼保健院开设周末儿科门诊，每周六、周日8时至17时接诊。（记者 唐　宁）",
        "●近日，全市公共自行车系统完成升级，市民可用手机扫码租车。（通讯员 邹　岚）",
        "温馨提示", "夏季用电高峰来临，市供电公司提醒广大用户：",
        "①空调温度不宜低于26摄氏度。", "②外出时及时关闭电器电源。", "（市供电公司供稿）"])
    page = banmian.rebuild(text)
    assert [(a.headline, len(a.paragraphs)) for a in page.articles] == [(["●便民简讯"], 2), (["温馨提示"], 4)]


def test_an_essay_signed_by_a_party_school_teacher_then_a_cartoon_with_its_maker_then_a_box():
    text = "\n\n".join([
        "学习札记", "在“细”字上下功夫", "学习贯彻会议精神，贵在落细落小。作为一名党校教师，我体会最深的是一个“细”字。",
        "备课要细。要把政策条文掰开揉碎，讲清来龙去脉。", "中共临川市委党校　周若兰",
        "\n\n漫画·“打卡”", "图/韩　松",
        "■一周微评", "■城西街道为独居老人装上烟感报警器，小装置护住大平安。", "■部分景区推行“一码通游”，游客少排队、多游玩。"])
    page = banmian.rebuild(text)
    assert [(a.kind, a.headline, len(a.paragraphs), a.byline.reporters, a.byline.photographers)
            for a in page.articles] == [
        ("article", ["学习札记", "在“细”字上下功夫"], 2, ["周若兰"], []), ("photo", ["漫画·“打卡”"], 0, [], ["韩松"]),
        ("article", ["■一周微评"], 2, [], [])]


def test_a_box_of_quotations_ends_on_the_paper_each_was_taken_from_and_a_book_shelf_is_a_box_of_its_own():
    text = "\n\n".join([
        "观点摘编", "■“乡村振兴要在‘特’字上做文章。”——摘自《江南晚报》", "■“老旧小区改造要让居民住得舒心。”——摘自《临川日报》",
        "理论问答", "如何理解“新质生产力”？", "问：发展新质生产力，是不是就要一窝蜂上新兴产业？",
        "答：不是。要从实际出发，先立后破、因地制宜。",
        "理论研讨会举行", "本报讯（记者 方　舟）4月2日，全市理论研讨会在市委党校举行，专家学者围绕发展新质生产力进行了交流。",
        "理论书架", "《山海之间的发展之路》", "该书由临川出版社近日出版，系统梳理了我市发展海洋经济的实践探索。",
        "（本报记者 方　舟 整理）"])
    page = banmian.rebuild(text)
    assert [(a.headline, len(a.paragraphs)) for a in page.articles] == [
        (["观点摘编"], 2), (["理论问答", "如何理解“新质生产力”？"], 2), (["理论研讨会举行"], 1),
        (["理论书架", "《山海之间的发展之路》"], 2)]


def test_a_towns_item_signed_at_its_end_after_a_story_with_subheads_is_an_item_of_its_own():
    text = "\n\n".join([
        "秋收秋种跑出“加速度”", "（上接第一版）", "度已超过九成，预计10月20日前可全面结束。在新河村的稻田里，十多台收割机来回穿梭。",
        "烘干仓储“无缝衔接”", "为防止收获的稻谷霉变，我市提前对全市粮食烘干中心进行检修调试。",
        "秋种紧跟“一刻不停”", "稻谷一收，油菜就跟着种下。市农业农村局相关负责人表示，将继续组织农技人员深入田间地头。",
        "石门镇：“稻鱼共生”鼓起农民钱袋子", "这几天，石门镇的稻鱼共生基地里，养殖户们正忙着起捕今年的最后一批稻花鱼。",
        "近年来，石门镇推广“稻鱼共生”生态种养模式，带动800余户农民增收。（通讯员 陆　敏）"])
    page = banmian.rebuild(text)
    assert [(a.headline, len(a.paragraphs)) for a in page.articles] == [
        (["秋收秋种跑出“加速度”"], 5), (["石门镇：“稻鱼共生”鼓起农民钱袋子"], 2)]
    assert page.articles[0].continued_from == 1


def test_a_features_first_labelled_section_is_its_subhead_when_the_next_is_labelled_alike():
    head = "开局之年抓项目　稳中求进促发展\n全省一季度重大项目集中开工\n——412个项目总投资2863亿元，先进制造业占近四成\n"
    body = ("　　本报3月12日讯　记者　许　航　\n通讯员　林晓彤　3月12日上午，全省\n2025年一季度重大项目集中开工活动\n"
            "在屿州主会场和10个设区市分会场同步\n举行。此次集中开工的412个项目总投\n资2863亿元，涵盖先进制造、基础设施\n等领域。\n"
            "　　在屿州主会场，新能源汽车零部件产\n业园项目工地上，塔吊林立、机声隆隆。\n这个总投资86亿元的项目，从签约到开\n工只用了57天。\n"
            "　　项目从哪里来？钱从哪里来？地从哪\n里来？\n"
            "　　面对这“三问”，全省上下算的是长\n远账、下的是“先手棋”。\n"
            "谋在前：项目储备“滚雪球”\n"
            "　　去年四季度起，省发展改革委会同各\n设区市提前谋划，建立滚动推进机制。截\n至2月底，全省重大项目储备库入库项目\n"
            "2170个，总投资超过2万亿元。\n"
            "干在先：要素保障“跑起来”\n"
            "　　今年，全省安排重大项目用地指标3.6\n万亩，并推出“重大项目贷”，已为137个\n项目发放贷款412亿元。\n")
    page = banmian.rebuild(head + body)
    assert [len(a.paragraphs) for a in page.articles] == [8]


def test_a_roundup_with_town_subheads_signed_once_at_its_end_stays_one_story():
    text = "\n\n".join([
        "全市秋收秋种进度过半", "本报讯　连日来，我市抢抓晴好天气，组织农机具和劳动力全力投入秋收秋种，确保颗粒归仓、不误农时。",
        "沙溪镇：百台收割机开进田间", "在沙溪镇新河村，十多台收割机在金黄的稻田里来回穿梭，收割、脱粒、装车一气呵成。",
        "石门镇：烘干中心连轴转", "石门镇粮食烘干中心内，烘干机满负荷运转。“稻谷收上来就能烘干。”种粮大户李建国说。（记者 王　强）"])
    page = banmian.rebuild(text)
    assert [(len(a.paragraphs), a.byline.reporters) for a in page.articles] == [(5, ["王强"])]


def test_a_storys_own_dated_paragraph_over_its_photos_credit_is_no_caption():
    text = "\n\n".join([
        "县领导调研秋冬季重点项目建设", "本报讯（记者 李　静）为推动重点项目早建成、早见效，近日，县领导分头到各镇街调研项目建设情况。",
        "10月18日，县委书记周立新来到大岭镇，先后察看了山楂精深加工、冷链物流园等项目现场，详细了解项目进度和存在的困难，"
        "要求各级各部门强化要素保障，全力以赴推动项目建设。",
        "记者　刘　洋　摄", "10月19日，县长王海涛到石桥镇、城东街道调研，强调要倒排工期、挂图作战，确保年度投资任务如期完成。"])
    page = banmian.rebuild(text)
    assert [(a.kind, len(a.paragraphs), a.byline.photographers) for a in page.articles] == [("article", 3, ["刘洋"])]


def test_a_storys_own_tips_after_its_marked_points_signed_once_stay_the_storys():
    text = "\n\n".join([
        "秋冬季节谨防流感", "●接种疫苗是预防流感最有效的手段。专家建议，老年人、儿童等重点人群尽早接种流感疫苗。",
        "●勤洗手、常通风，在人员密集的公共场所佩戴口罩。", "●出现发热、咳嗽等症状时及时就医。（记者 王　强　通讯员 李　芳）",
        "小贴士", "如何区分流感和普通感冒？普通感冒症状较轻，多以鼻塞、流涕为主；流感起病急，常伴有高热、全身酸痛等症状。"])
    page = banmian.rebuild(text)
    assert [len(a.paragraphs) for a in page.articles] == [5]


def test_a_cartoon_over_its_commentary_titles_the_commentary():
    text = "\n\n".join([
        "漫画·“过度包装”", "图/洪　涛",
        "中秋将至，月饼礼盒又开始“内卷”：小小几块月饼，套上木盒、锦盒，价格翻了好几倍。过度包装不仅增加了消费者负担，也造成了资源浪费。",
        "治理过度包装，既要严格执行国家标准，也需要消费者理性消费，让月饼回归“舌尖”本味。", "□李　明"])
    page = banmian.rebuild(text)
    assert [(a.headline, len(a.paragraphs)) for a in page.articles] == [(["漫画·“过度包装”"], 2)]


def test_a_quotations_source_goes_on_to_its_volume_and_a_subhead_ending_on_a_bookshelf_is_the_storys():
    quotes = page_of("观点摘编", "■“发展新质生产力，要防止一哄而上、泡沫化。”——摘自《习近平谈治国理政》", "第五卷",
                     "■“乡村振兴要在‘特’字上做文章，把小土豆做成大产业。”——摘自《江南晚报》")
    assert [len(a.paragraphs) for a in quotes.articles] == [2]
    feature = page_of("书香飘进寻常百姓家", "本报讯（记者 林　静）4月23日是世界读书日。连日来，记者走访了我市多个“书香家庭”。",
                      "客厅里的书架", "走进城东社区居民张建华家，最引人注目的是客厅里一整面墙的书架，上面摆满了图书。",
                      "“电视搬走了，书架立起来了，一家人晚上都爱坐在一起看书。”张建华说。")
    assert [len(a.paragraphs) for a in feature.articles] == [4]


def page_of(*fragments):
    return banmian.rebuild("\n\n".join(fragments))


def test_an_item_signed_at_its_foot_after_a_news_item_signed_in_its_lead_is_an_item_of_its_own():
    text = "\n\n".join([
        "市税务局推出“冬季办税暖心服务”", "本报讯（通讯员 冯　雪）为方便纳税人集中办理年底业务，市税务局近日推出“冬季办税暖心服务”十项措施。",
        "同时，各县（市、区）税务部门组建“税务服务队”，深入企业开展政策辅导。",
        "我市开展冬季校园安全大检查", "近日，市教育局会同公安、消防等部门，对全市中小学、幼儿园开展冬季校园安全大检查。",
        "截至目前，检查组已检查学校、幼儿园420所，督促整改安全隐患136处。", "（记者 赵雅楠 通讯员 韩　冰）",
        "11月19日，市图书馆少儿阅览室内，孩子们在志愿者的带领下阅读绘本。 记者 孟庆宇 摄"])
    page = banmian.rebuild(text)
    assert [(a.headline, len(a.paragraphs), a.byline.reporters) for a in page.articles][:2] == [
        (["市税务局推出“冬季办税暖心服务”"], 2, []), (["我市开展冬季校园安全大检查"], 3, ["赵雅楠"])]


def test_a_cartoon_after_a_commentary_is_a_photo_titled_and_a_follow_up_signed_at_its_foot_keeps_its_signature():
    text = "\n\n".join([
        "新华时评", "让“银发族”乐享数字生活", "新华社北京4月21日电（记者 宋佳宁）手机挂号、扫码点餐……不少老年人却常常“码”不认人。",
        "数字时代，不让一个人掉队。", "漫画·“过度留痕”", "图/葛小川",
        "记者回音", "接到来信后，记者来到小区实地查看，情况属实。4月18日，街道工作人员对小区路灯进行了检修。", "本报记者　杜　若",
        "编后", "一盏路灯，照亮的是回家的路，连着的是群众的心。"])
    page = banmian.rebuild(text)
    assert [(a.kind, a.headline, len(a.paragraphs), a.byline.people()) for a in page.articles] == [
        ("article", ["新华时评", "让“银发族”乐享数字生活"], 2, ["宋佳宁"]), ("photo", ["漫画·“过度留痕”"], 0, ["葛小川"]),
        ("article", ["记者回音"], 1, ["杜若"]), ("article", ["编后"], 1, [])]


def test_a_further_reading_box_signed_at_its_foot_under_a_news_item_is_the_items():
    text = "\n\n".join([
        "平湖南物流枢纽地面层铁路具备开通条件", "本报讯（记者 李　纵）记者从中铁建工集团获悉，平湖南综合物流枢纽地面层铁路工程已具备开通条件。",
        "延伸阅读", "平湖南综合物流枢纽是全国唯一利用传统铁路货场分层确权综合开发的项目。", "（本报记者李纵采访整理）"])
    page = banmian.rebuild(text)
    assert [len(a.paragraphs) for a in page.articles] == [4]


def test_a_boxs_label_after_a_box_of_its_own_opens_another_box():
    text = "\n\n".join([
        "书架", "《县域治理的逻辑》", "出版社：渭水人民出版社", "本书以作者十余年在西部县域的田野调查为基础，系统梳理了县域治理的实践经验。",
        "名词解释", "【县域经济】指以县级行政区划为地理空间，以县级政权为调控主体，以市场为导向的区域经济。"])
    page = banmian.rebuild(text)
    assert [(a.headline, len(a.paragraphs)) for a in page.articles] == [(["书架", "《县域治理的逻辑》"], 2), (["名词解释"], 1)]


def test_a_classical_poems_form_and_title_after_a_poem_open_the_next_poem():
    text = "\n\n".join(["麦子黄了", "□ 秦　川", "五月的风一吹", "麦子就黄了", "从沟底黄到塬上", "多少年以后", "还会发芽",
                       "七律·登太岳山", "雨霁群峰翠欲流，", "登临绝顶豁双眸。", "千年古柏擎天立，", "万壑松风入夏幽。", "□ 卫东山"])
    page = banmian.rebuild(text)
    assert [(a.headline, len(a.paragraphs)) for a in page.articles] == [(["麦子黄了"], 5), (["七律·登太岳山"], 4)]


def _flush(paragraph, column=18):
    return "\n".join(paragraph[start:start + column] for start in range(0, len(paragraph), column))


def test_a_box_of_signed_sayings_after_a_news_item_is_a_box_of_its_own():
    text = "\n".join([
        "我市廉洁文化主题展开展",
        _flush("本报讯（记者冯涛　通讯员李楠）昨日，“清风松岭”廉洁文化主题展在市博物馆开展。展览分为“历史镜鉴”“家风传承”"
               "“警钟长鸣”三个部分，通过图片、实物、视频等形式，展示了我市廉洁文化建设成果，免费向市民开放。"), "",
        "书记谈党建", _flush("“党建工作不能‘空对空’，要和企业生产经营深度融合，把党员培养成骨干，把骨干培养成党员。”"),
        "——吉松化工公司党委书记　周立新", _flush("“村里的事，党员先上。修路、治水、搞产业，只要党员带了头，群众就有了信心。”"),
        "——白溪县鹤岭镇红松村党支部书记　崔永浩"])
    page = banmian.rebuild(text)
    assert [(a.headline, len(a.paragraphs)) for a in page.articles] == [(["我市廉洁文化主题展开展"], 1), (["书记谈党建"], 4)]


def test_a_ci_to_its_tune_after_a_poem_is_the_next_poem_one_line_a_verse():
    text = ("七律·登太岳山\n　　雨霁群峰翠欲流，\n　　登临绝顶豁双眸。\n　　千年古柏擎天立，\n　　万壑松风入夏幽。\n"
            "浣溪沙·沁河夜色\n　　两岸灯光映碧流，\n　　一桥飞架接云楼。\n　　晚风轻拂柳梢头。\n")
    page = banmian.rebuild(text)
    assert [(a.headline, len(a.paragraphs)) for a in page.articles] == [(["七律·登太岳山"], 4), (["浣溪沙·沁河夜色"], 3)]


def test_a_heading_under_the_question_a_feature_asks_is_its_first_sections():
    text = "\n".join([
        "12345热线追踪", "小区门口积水成“湖”　何时能解决？", "——记者跟踪福安小区门前道路排水难题", "本报记者　赵雅楠　实习生　马一鸣",
        _flush("　　“一下雨，小区门口就成了‘湖’，老人孩子出门得绕着走。”近日，家住滹南区福安小区的市民马先生拨打热线反映，"
               "小区门前道路一到雨雪天就积水。"),
        _flush("　　记者来到福安小区。前一天的降雪融化后，小区东门外的道路上仍有一片积水，最深处没过脚踝。"),
        "　　积水问题为何迟迟得不到解决？", "雨水管网“卡脖子”",
        _flush("　　记者了解到，福安小区门前道路建于上世纪九十年代，雨水管网管径偏小，年久失修，排水能力严重不足。"),
        "改造已列入计划", _flush("　　该区已将道路排水改造列入明年城市更新项目，计划新建雨水管道八百多米，并对路面重新铺设。")])
    page = banmian.rebuild(text)
    assert [len(a.paragraphs) for a in page.articles] == [7]


def test_a_title_set_apart_after_a_story_ending_on_a_question_is_the_next_storys():
    text = "\n\n".join([
        "农机“医生”下田头", "本报讯（记者 李　明）入夏以来，县农机站组织技术人员下乡，为农户免费检修收割机。",
        "“即便是大修，一些机手也会来机库棚。”一旁的维修人员说。", "这种大修，“土专家”能搞定吗？",
        "\n\n风机立山巅", "6月18日，西藏山南市琼结县一处超高海拔风电项目首台风机完成吊装，项目全面转入设备安装攻坚阶段。"])
    page = banmian.rebuild(text)
    assert [(a.headline, len(a.paragraphs)) for a in page.articles] == [(["农机“医生”下田头"], 3), (["风机立山巅"], 1)]


@pytest.mark.parametrize("end", ["（完）", "（待续）", "（下转二版）"])
def test_an_end_mark_or_a_jump_after_a_subheads_section_is_no_items_credit(end):
    page = page_of("全市秋粮收购进度过半", "本报讯（记者 王　芳）截至11月15日，全市累计收购秋粮45万吨，收购进度过半。",
                   "多措并举保收购", f"今年，我市新增收购网点12个，方便农民就近售粮。{end}")
    assert [a.headline for a in page.articles] == [["全市秋粮收购进度过半"]]


def test_a_set_of_poems_keeps_its_parts_and_a_story_keeps_the_poem_it_quotes():
    poems = page_of("田园杂咏（二首）", "周汝成", "七绝·春耕", "一犁春雨润田畴，", "布谷声中唤早牛。", "莫道农家无闲趣，",
                    "秧针刺水绿悠悠。", "七绝·夏耘", "骄阳似火炙禾苗，", "锄草田间汗水浇。", "待到金风吹陇上，", "千重稻浪卷新潮。")
    assert [a.headline for a in poems.articles] == [["田园杂咏（二首）"]]
    story = page_of("老干部诗书画展开幕", "本报讯（记者 王　芳）11月19日，老干部诗书画展在市老干部活动中心开幕。",
                    "开幕式上，85岁的离休干部周汝成即兴赋诗一首：", "七律·沁河新貌", "沁水悠悠绕古城，", "新桥飞架彩虹横。",
                    "高楼林立春光好，", "绿树成荫鸟语鸣。", "展览将持续至11月30日，免费向市民开放。")
    assert [a.headline for a in story.articles] == [["老干部诗书画展开幕"]]


def test_an_essay_titled_with_a_tunes_name_keeps_its_subtitle():
    page = page_of("忆江南", "——写给远去的故乡", "文/林晓燕", "离开江南已经整整二十年了。每到春天，梦里总会出现那条窄窄的青石板路。",
                   "如今，老街翻修一新，茶馆也早已不在了。")
    assert page.articles[0].headline == ["忆江南", "——写给远去的故乡"]


def test_a_features_section_opening_on_a_signed_quote_stays_the_features():
    page = page_of("守护万家灯火的“光明使者”", "——记市供电公司城东供电所所长李建国", "本报记者　王　芳",
                   "从业28年，李建国走遍了城东的每一条街巷。", "一句承诺", "“只要群众一个电话，我们随叫随到。”",
                   "——市供电公司城东供电所所长　李建国", "这是李建国常挂在嘴边的一句话。", "一份坚守", "28年来，李建国带领团队累计抢修故障1.2万余次。")
    assert [len(a.paragraphs) for a in page.articles] == [7]


def test_a_notices_own_tips_stay_the_notices_with_its_issuer_and_date():
    page = page_of("停水通知", "因管网改造施工需要，我公司定于11月22日8:00至20:00对人民路沿线暂停供水。", "温馨提示",
                   "请相关区域用户提前做好储水准备。", "滹阳市供水有限公司", "2025年11月20日")
    assert [a.headline for a in page.articles] == [["停水通知"]]


def test_a_marked_weather_item_in_a_travel_box_is_the_storys_text():
    page = page_of("周末去太岳山看红叶", "本报记者　王　芳", "深秋时节，太岳山漫山红叶层林尽染。", "出行攻略",
                   "■交通：市区客运中心每天有4班旅游专线，票价25元。", "■天气：山上气温比市区低5℃左右，请带好外套。",
                   "■住宿：景区周边有农家乐30余家。")
    assert any("■天气：山上气温比市区低5℃左右，请带好外套。" in a.paragraphs for a in page.articles) and not page.furniture


def test_a_features_last_short_section_over_its_photo_stays_the_features():
    # The heading over a short paragraph, a caption and a credit: in a feature told in sections it is the last
    # section's subhead, the photo untitled under it, not a titled photo that opens a story.
    page = banmian.rebuild("城市守护者\n\n凌晨四点的“马路医生”\n\n——记道路养护工吕建国\n\n本报记者　杜一凡　通讯员　石　磊\n\n"
                           "凌晨4点，52岁的吕建国已经骑着电动三轮车出了门。\n\n一年补坑3000多个\n\n"
                           "去年，吕建国和班组的6名工友共修补路面坑槽3100多个。\n\n“路平了，心里就踏实”\n\n"
                           "问他苦不苦，吕建国笑笑说：“看到车开过去不颠了，心里就踏实。”\n\n吕建国（右）和工友在建设路修补路面坑槽。\n\n"
                           "通讯员　石　磊　摄\n")
    assert [(a.kind, a.headline, a.paragraphs[-2:]) for a in page.articles] == [
        ("article", ["城市守护者", "凌晨四点的“马路医生”", "——记道路养护工吕建国"],
         ["“路平了，心里就踏实”", "问他苦不苦，吕建国笑笑说：“看到车开过去不颠了，心里就踏实。”"]),
        ("photo", [], ["吕建国（右）和工友在建设路修补路面坑槽。"])]


def test_a_free_verse_poem_signed_at_its_foot_by_a_padded_name_is_one_piece_before_the_next():
    text = ("一条河与一座城\n\n文/黎　明\n\n合上书页，窗外的雁溪河正静静流淌。每一座小城都值得被这样深情地书写。\n\n"
            "（作者系雁溪市作家协会会员）\n\n老街\n\n青石板被脚步磨得发亮\n\n雨落下来\n\n就有了镜子的模样\n\n铁匠铺的炉火熄了\n\n"
            "剪不断的是\n\n一条街的乡音\n\n罗　兰\n\n我家的小菜园\n\n我家屋后有一块小菜园，是奶奶的“宝贝”。\n\n"
            "春天一到，奶奶就扛着锄头去菜园里松土，再把辣椒苗一棵棵栽进去。\n")
    for form in (text, text.replace("\n\n", "\n").replace("罗　兰\n", "罗　兰\n\n")):
        poem, essay = [a for a in banmian.rebuild(form).articles if a.headline][-2:]
        assert (poem.headline, poem.paragraphs[0], poem.paragraphs[-1], poem.byline.reporters) == (
            ["老街"], "青石板被脚步磨得发亮", "一条街的乡音", ["罗兰"])
        assert essay.headline == ["我家的小菜园"]


def test_a_heading_under_a_box_of_phone_numbers_opens_the_next_piece():
    page = banmian.rebuild("便民电话\n\n消费投诉举报：12315\n\n供水抢修：0759-3886110\n\n燃气抢修：0759-3890119\n\n今日热线\n\n"
                           "市民来电：我家楼下新开了一家烧烤店，油烟直接往楼上排，能不能管一管？（海滨区　李先生）\n\n"
                           "记者回复：该局已安排执法人员到现场核查，如确有违规，将责令限期整改。（记者 谭晓彤）\n")
    assert [a.headline for a in page.articles] == [["便民电话"], ["今日热线"]]


def test_a_label_kicking_a_titled_feature_does_not_make_its_subheads_the_next_pieces():
    # 记者调查 over a title and a subtitle kicks a feature; alone (编后) it labels text that has no subheads
    page = banmian.rebuild("记者调查\n\n共享单车扎堆地铁口　“最后一公里”咋成了“堵心一公里”\n\n——记者早晚高峰走访城区6个地铁站点\n\n"
                           "全媒体记者 程 瑶\n\n早上7点50分，地铁1号线龙门大道站B出口，上百辆共享单车横七竖八地挤在人行道上。\n\n"
                           "连日来，不少市民拨打本报热线反映，城区部分地铁站出入口共享单车乱停乱放问题突出。\n\n"
                           "早高峰“爆满”　晚高峰“一车难求”\n\n记者走访发现，位于居住区附近的地铁站，早高峰时段共享单车大量涌入。\n")
    assert [a.headline[0] for a in page.articles] == ["记者调查"]


def test_the_police_advice_under_a_fraud_story_with_numbered_points_is_the_storys_own():
    page = banmian.rebuild("网购退款遇“客服”　女子险些被骗8万元\n\n本报讯（通讯员 谭建军 记者 龙　菲）4月12日，家住东岭街道的王女士接到"
                           "一个自称“网购平台客服”的电话，险些被骗8万元。\n\n民警及时上门劝阻，成功避免了损失。\n\n警方提醒\n\n"
                           "①网购退款请通过官方平台办理，凡是主动联系要求“双倍退款”的，都是诈骗。\n\n"
                           "②不要随意下载陌生软件，不要开启屏幕共享，不要向陌生账户转账。\n")
    assert [(a.headline, a.paragraphs[2:3]) for a in page.articles] == [
        (["网购退款遇“客服” 女子险些被骗8万元"], ["警方提醒"])]


def test_a_books_author_among_its_fields_in_a_book_box_is_the_boxs_text_no_byline():
    text = ("书架\n\n《县域治理的逻辑》\n\n作者：赵明远\n\n出版社：渭水人民出版社\n\n"
            "本书以作者十余年在西部县域的田野调查为基础，剖析了县域治理的内在逻辑和现实难题。\n")
    article = banmian.rebuild(text).articles[0]
    assert (article.paragraphs[:2], article.byline.reporters) == (["作者：赵明远", "出版社：渭水人民出版社"], [])


def test_a_date_and_unit_line_under_a_price_boxs_title_is_its_first_row_not_the_titles():
    text = ("■本周菜篮子\n\n6月9日　单位：元/斤\n\n品种　均价　涨跌\n\n菜心　3.5　↓\n\n番茄　4.0　—\n\n数据来源：岭湾市价格监测中心\n")
    for form in (text, text.replace("\n\n", "\n")):
        article = banmian.rebuild(form).articles[0]
        assert (article.headline, article.paragraphs[:2]) == (["■本周菜篮子"], ["6月9日 单位：元/斤", "品种 均价 涨跌"])


_ESSAY_CUT_AT_ITS_END = ("谷雨前后采新茶\n\n老家在金竹镇的云雾山下。山不算高，山坡上层层叠叠全是茶园。\n\n"
                         "如今村里建起了茶叶加工厂，城里来的游客背着竹篓学采茶，拍照打\n\n卡，好不热闹！\n\n")


@pytest.mark.parametrize("text, headlines", [
    # a writer's line under a title signs what is under it; the verses of a poem over it reach no higher than the title
    (_ESSAY_CUT_AT_ITS_END + "诗路花雨\n\n老街\n\n◎ 陈 默\n\n青石板被脚步磨得发亮\n\n雨落下来\n\n就有了镜子的模样\n\n"
     "我家的小菜园\n\n文/彭　慧\n\n我家屋后有一块小菜园，是奶奶的“宝贝”。\n",
     [["谷雨前后采新茶"], ["诗路花雨", "老街"], ["我家的小菜园"]]),
    (_ESSAY_CUT_AT_ITS_END + "书香雁溪\n\n我家的小菜园\n\n彭　慧\n\n我家屋后有一块小菜园，是奶奶的“宝贝”。春天一到，奶奶就去松土。\n",
     [["谷雨前后采新茶"], ["书香雁溪", "我家的小菜园"]]),
    ("谷雨前后采新茶\n　　如今村里建起了茶叶加工厂，城里\n来的游客背着竹篓学采茶，拍照打卡，\n城里的游客好不热闹！\n书香雁溪\n雨巷\n"
     "张　扬\n　　小城的雨总是下得很慢。那条老巷\n子，青石板上长着苔藓。\n", [["谷雨前后采新茶"], ["书香雁溪", "雨巷"]]),
    ("城市记忆\n\n老街旧事\n\n青石板上的脚步声\n\n——写给建设路\n\n刘　芸\n\n建设路是雁溪城里最老的一条街。\n\n"
     "如今，老街即将改造，我常常一个人去走一走。\n", [["城市记忆", "老街旧事", "青石板上的脚步声", "——写给建设路"]]),
    # a feature's last section, then a photo titled over a caption in two parts
    ("城市守护者\n\n凌晨四点的“马路医生”\n\n——记道路养护工吕建国\n\n本报记者　杜一凡\n\n凌晨4点，吕建国已经出了门。\n\n"
     "一年补坑3000多个\n\n去年，班组共修补路面坑槽3100多个。\n\n“路平了，心里就踏实”\n\n问他苦不苦，吕建国笑笑说：“心里就踏实。”\n\n"
     "龙舟竞渡迎端午\n\n6月10日，雁溪市第五届龙舟赛在雁溪河举行。\n\n当日，两岸数万名市民观看比赛。\n\n记者　周学军　摄\n",
     [["城市守护者", "凌晨四点的“马路医生”", "——记道路养护工吕建国"], ["龙舟竞渡迎端午"]]),
    ("城市守护者\n\n凌晨四点的“马路医生”\n\n——记道路养护工吕建国\n\n本报记者　杜一凡\n\n凌晨4点，吕建国已经出了门。\n\n"
     "一年补坑3000多个\n\n去年，班组共修补路面坑槽3100多个。\n\n“路平了，心里就踏实”\n\n问他苦不苦，吕建国笑笑说：“心里就踏实。”\n\n"
     "乡村振兴新图景\n\n上图：雁溪镇农民在高标准农田里插秧。\n\n下图：村民在文化广场上跳广场舞。\n\n记者　周学军　摄\n",
     [["城市守护者", "凌晨四点的“马路医生”", "——记道路养护工吕建国"], ["乡村振兴新图景"]]),
    # a label over a title with no subtitle: its text has no subheads, and its photo is set after it
    ("记者手记\n\n让数据多跑路\n\n本报记者　刘　洋\n\n“一窗通办”背后，是部门之间数据的打通。\n\n改革只有进行时。\n\n老街新生\n\n"
     "走进建设路老街，青砖黛瓦间，咖啡馆、书店错落有致。\n\n周末，这里游人如织。\n", [["记者手记", "让数据多跑路"], ["老街新生"]]),
    ("记者追踪\n\n破损路面已修复\n\n本报5月20日报道了建设路路面破损问题。近日，记者回访发现，破损路面已修复。\n\n"
     "修复后的建设路路面平整。\n\n记者　周学军　摄\n", [["记者追踪", "破损路面已修复"], []]),
    # a box of phone numbers closing on its note under its own label
    ("春运服务热线\n\n雁溪火车站：0759-2216688\n\n汽车客运站：0759-2216699\n\n温馨提示\n\n以上电话24小时有人值守，旅客可随时拨打。\n",
     [["春运服务热线"]]),
])
def test_the_neighbours_of_this_sessions_rules_a_reviewer_found_keep_their_pieces(text, headlines):
    assert [a.headline for a in banmian.rebuild(text).articles] == headlines


def test_a_figures_box_with_arrowed_changes_under_a_story_heads_a_box_of_its_own():
    text = ("本报讯（记者 严　静）5月，栖江楼市成交回暖，新建商品住宅成交2368套，环比增长21.4%。\n\n成交数据\n\n（5月1日—5月31日）\n\n"
            "新建商品住宅成交　2368套\n\n环比　↑21.4%\n\n成交面积　26.7万平方米\n\n成交均价　2.18万元/平方米\n")
    assert [a.headline for a in banmian.rebuild(text).articles] == [[], ["成交数据", "（5月1日—5月31日）"]]


def test_a_table_under_a_story_titled_over_its_units_apart_and_rows_with_long_qualified_labels_is_a_box():
    text = ("闫文杰表示，下一步要抓好各项政策落地落实，巩固和增强经济回升向好态势。\n\n2025年一季度全省主要经济指标\n\n单位：亿元　%\n\n"
            "指标　绝对值　同比增长\n\n地区生产总值　21836.5　6.1\n\n一般公共预算收入　1962.3　3.9\n\n"
            "城镇居民人均可支配收入（元）　14286　4.9\n\n农村居民人均可支配收入（元）　7352　6.3\n\n数据来源：泺东省统计局\n")
    box = banmian.rebuild(text).articles[-1]
    assert (box.headline, box.paragraphs[-3:-1]) == (["2025年一季度全省主要经济指标"], [
        "城镇居民人均可支配收入（元） 14286 4.9", "农村居民人均可支配收入（元） 7352 6.3"])


def test_a_governments_roll_of_appointments_prints_its_date_in_brackets_as_its_subtitle():
    page = banmian.rebuild("任　免\n\n泺东省人民政府任免工作人员\n\n（2025年4月14日）\n\n经省人民政府研究决定：\n\n"
                           "任命宋　杰为泺东省教育厅副厅长；\n\n免去葛　强的泺东省教育厅副厅长职务。\n")
    assert page.articles[0].headline == ["任 免", "泺东省人民政府任免工作人员", "（2025年4月14日）"]


def test_a_standings_head_row_under_its_titles_note_in_brackets_stays_in_the_box():
    text = ("荆阳楚风主场2∶1逆转岳江青云\n\n本报讯（记者 刘　洋）9月21日，荆阳楚风主场2∶1逆转岳江青云。\n\n绝杀时刻\n\n\n\n"
            "9月21日，荆阳楚风队队长胡俊峰（中）打进制胜球后与队友庆祝。\n\n本报记者　熊思远　摄\n\n中乙联赛南组积分榜\n\n（截至9月21日　前8名）\n\n"
            "名次　球队　场次　胜　平　负　积分\n\n1　东岭海风　25　15　6　4　51\n\n2　南湖城投　25　13　8　4　47\n\n3　荆阳楚风　25　13　6　6　45\n")
    box = banmian.rebuild(text).articles[-1]
    # (the note the title's second line, as the page's truth has it: a title past a label's length over its head row)
    assert (box.headline, box.paragraphs[:1]) == (["中乙联赛南组积分榜", "（截至9月21日 前8名）"], ["名次 球队 场次 胜 平 负 积分"])


def test_a_heading_under_an_advertisements_disclaimer_opens_the_next_piece():
    text = ("·广告·\n\n栖湖·澜庭　湖居洋房样板间6月14日开放\n\n初夏时节，栖湖·澜庭的园林已是一片葱茏。\n\n地址：栖江市鹤湾区湖滨大道188号\n\n"
            "电话：0576-88886699\n\n（本广告仅为要约邀请，所有信息以政府最终批复及买卖合同为准）\n\n家装贴士\n\n梅雨季装修　这三点要注意\n\n"
            "①防潮先行。木地板、木门等木制品进场后要先“适应”几天，不要急于安装。\n\n②注意通风。阴雨天室内湿度大，施工期间要适当开窗通风。\n")
    assert [a.headline for a in banmian.rebuild(text).articles] == [
        ["·广告·", "栖湖·澜庭 湖居洋房样板间6月14日开放"], ["家装贴士", "梅雨季装修 这三点要注意"]]


def test_an_essay_signed_at_its_foot_by_a_long_units_name_and_a_padded_name_keeps_its_signature():
    text = ("我与九曲江的约定\n\n五年过去了，江边的垃圾越来越少，来江边散步的市民越来越多。\n\n"
            "我和九曲江有个约定：只要还走得动，我就一直守护下去。\n\n桂川市九曲江守护者志愿服务队　覃　雪\n\n●生态快讯\n\n"
            "●6月4日，我市举行2025年六五环境日主题宣传活动。（通讯员 梁 静）\n\n●平岭县近日完成增殖放流活动。（通讯员 韦 东）\n")
    essay, briefs = banmian.rebuild(text).articles
    assert (essay.byline.reporters, briefs.headline) == (["覃雪"], ["●生态快讯"])


def test_a_marked_kicker_and_title_over_numbered_tips_after_a_story_head_a_box_of_their_own():
    text = ("高空抛物砸坏车辆　楼上住户担责\n\n本报讯（记者肖文涛）从自家阳台扔下的一个花盆，砸坏了楼下停放的轿车。\n\n"
            "法官提醒，从建筑物中抛掷物品造成他人损害的，由侵权人依法承担侵权责任。\n\n▲普法小课堂\n\n暑期带娃出游　这些法律知识要知道\n\n"
            "①在景区、游乐场所游玩时，经营者未尽到安全保障义务的，应当承担侵权责任。\n\n②旅行社未经游客同意擅自增加购物点的，游客有权要求退还费用。\n")
    assert [a.headline for a in banmian.rebuild(text).articles] == [
        ["高空抛物砸坏车辆 楼上住户担责"], ["▲普法小课堂", "暑期带娃出游 这些法律知识要知道"]]


@pytest.mark.parametrize("text, articles", [
    ('A8\n\n体育新闻\n\n荆阳都市报\n\n2025年10月12日　星期日\n\nCBA\n\n广东主场力克辽宁\n'
        '\n本报讯（记者 张　明）10月11日晚，广东队以102比95战胜辽宁队，取得两连胜。\n',
     [(['CBA', '广东主场力克辽宁'], 1)]),
    ('荆阳日报\n\n2025年6月1日　星期日\n\n第3版　教育\n\n六一\n\n一张手抄报\n\n本报讯（记者 李　娜）5月30日，'
        '城关小学举办手抄报展览，300余幅作品吸引了家长驻足观看。\n',
     [(['六一', '一张手抄报'], 1)]),
    ('扎根山乡三十年的乡村医生\n\n——记槐林镇杨湾村卫生室医生王德明\n\n本报记者　储文杰\n\n清晨六点，'
        '槐林镇杨湾村卫生室的灯就亮了。57岁的王德明披上白大褂，开始了一天的忙碌。\n\n三十年来，他走遍了全村12个村民组，'
        '为村民看病8万多人次，被群众称为“贴心医生”。\n\n“只要村民需要，我就会一直干下去。”王德明说。'
        '\n\n县城新增停车位1200个\n\n今年以来，县城市管理局在老城区新增停车位1200个，缓解了市民停车难问题。'
        '（通讯员 王家宝）\n',
     [(['扎根山乡三十年的乡村医生', '——记槐林镇杨湾村卫生室医生王德明'], 3), (['县城新增停车位1200个'], 1)]),
    ('小满\n◎ 程小雨\n麦粒还在灌浆\n不急着满\n也不肯空着\n日子满一点就好\n　　注：小满是二十四节气之\n'
        '一，意为夏熟作物籽粒开始饱满。\n',
     [(['小满'], 6)]),
    ('大别山里的“守桥人”\n\n——记潜川县水利局退休职工李守义\n\n引　子\n\n在潜川县西部山区，有一座建于清代的石拱桥。'
        '\n\n（本报记者 储文杰）\n',
     [(['大别山里的“守桥人”', '——记潜川县水利局退休职工李守义'], 3)]),
    ('我县表彰“最美乡村医生”\n\n本报讯（融媒记者 储文杰）5月19日，我县召开乡村医生表彰大会。\n\n'
        '获表彰人员名单如下：\n\n槐林镇卫生院医师　王　芳\n\n城关镇卫生院护师　李　娟\n',
     [(['我县表彰“最美乡村医生”'], 4)]),
    ('我县开展“三夏”安全生产督查\n\n本报讯（融媒记者 储文杰）5月19日，县安委办深入各乡镇开展督查。'
        '\n\n声音\n\n槐林镇农机站技术员　李建国\n\n“今年农机检修提前了半个月。”\n\n杨湾村种粮大户　王德山\n'
        '\n“麦子能及时收回家。”\n',
     [(['我县开展“三夏”安全生产督查'], 6)]),
    ('我县开展燃气安全专项整治\n\n本报讯（融媒记者 储文杰）5月19日，县城管局启动整治行动。市民发现隐患，'
        '可拨打便民热线12345\n\n反映，相关部门将及时处置。\n',
     [(['我县开展燃气安全专项整治'], 1)]),
    ('全县48万亩小麦开镰收割\n　　本报讯（融媒记者 储文杰）\n5月19日，在槐林镇杨湾村千亩\n小麦种植基地，'
        '十余台联合收割机\n在金色麦浪中来回穿梭。\n　　随着气温持续走高，我县小麦\n陆续进入成熟期。\n\n稻虾共作，'
        '农民腰包鼓起来了\n　　近年来，槐林镇大力推广稻虾\n共作模式，全镇养殖面积已达3.\n2万亩，年产小龙虾1.5万吨。'
        '\n（通讯员 王家宝）\n',
     [(['全县48万亩小麦开镰收割'], 2), (['稻虾共作，农民腰包鼓起来了'], 2)]),
    ('一季度主要经济指标\n\n地区生产总值　86.4亿元\n\n固定资产投资　42.1亿元\n\n本报记者　储文杰\n'
        '\n今年以来，全县经济运行稳中向好。\n',
     [(['一季度主要经济指标'], 3)]),
])
def test_this_sessions_rules_leave_a_reviewers_pages_articles_as_they_were(text, articles):
    assert [(a.headline, len(a.paragraphs)) for a in banmian.rebuild(text).articles] == articles


def test_the_note_on_the_poet_under_a_set_of_poems_closes_the_set():
    text = ("小满（外一首）\n\n◎ 程小雨\n\n麦粒还在灌浆\n\n不急着满\n\n也不肯空着\n\n麦场\n\n石磙已经睡了很多年\n\n麦场上\n\n"
            "长出了一座小广场\n\n作者简介\n\n程小雨，潜川县梅岭镇人，安徽省作家协会会员。\n")
    (poems,) = banmian.rebuild(text).articles
    assert poems.paragraphs[-2:] == ["作者简介", "程小雨，潜川县梅岭镇人，安徽省作家协会会员。"]


@pytest.mark.parametrize("text, articles", [
    ('小区电梯频繁故障\n　　近日，桂湖区锦江花园小区居\n民反映，3号楼电梯频繁故障，多\n次困人。对此，物业公司作出书面\n'
     '回复：已与厂家签订更换合同，新\n电梯将于月底前安装到位。\n',
     [(['小区电梯频繁故障'], 1)]),
    ('小区电梯频繁故障\n\n本报讯 记者 聂小川　近日，小区居民通过市长热线反映，3号楼电梯频繁故障。对此，物业公司给予\n'
     '\n回复：已与电梯厂家签订更换合同，新电梯将于月底前安装到位。\n',
     [(['小区电梯频繁故障'], 1)]),
    ('“金秋招才”专场招聘会本周六举行\n\n本报讯 记者 涂晓明　10月18日，“金秋招才”专场招聘会将在市人力资源市场举行。\n'
     '\n招聘单位：共有82家企业参会，涵盖电子信息、新能源、\n\n装备制造等行业，提供就业岗位2300余个。\n',
     [(['“金秋招才”专场招聘会本周六举行'], 2)]),
    ('全市中小学生书法比赛开始报名\n\n本报讯 记者 罗　雯　近日，市教育局举办全市中小学生书法比赛。\n'
     '\n参赛对象：全市中小学生，分为小学组、初中组\n\n高中组三个组别，每组限报10人。\n',
     [(['全市中小学生书法比赛开始报名'], 2)]),
    ('山村柿子红　古道秋意浓\n——岱川东部山区赏秋线路探访\n本报记者　葛晓岚\n　　出岱川城区一路向东，沿着新\n'
     '修的环山旅游路行驶四十多分钟，\n再转过两道弯，石峪村就到了。\n　　10月中旬，正是东部山区一年\n'
     '中色彩最丰富的时候。\n文旅局：国庆假期接待游客186万人次\n　　今年国庆假期，全市共接待游\n'
     '客186万人次，同比增长12.4%。\n　　“乡村游、近郊游成为假期出\n游的热门选择。”市文化和旅游局\n'
     '相关负责人说。\n',
     [(['山村柿子红 古道秋意浓', '——岱川东部山区赏秋线路探访'], 2), (['文旅局：国庆假期接待游客186万人次'], 2)]),
    ('市第七届全民运动会龙舟赛鸣锣\n\n本报讯 记者 聂小川　10月15日，市第七届全民运动会龙舟比赛在桂湖开赛。\n'
     '\n■赛场传真\n\n上午的200米直道竞速赛中，江洲区队以52秒36的成绩夺得冠军。\n\n■场外花絮\n'
     '\n比赛现场，不少市民带着孩子前来观赛，岸边加油声此起彼伏。\n',
     [(['市第七届全民运动会龙舟赛鸣锣'], 5)]),
    ('致全市广大市民朋友的一封信\n　　第七届全民运动会即将开幕，诚挚\n邀请您走进赛场，为运动员加油助威！\n'
     '庐源市全民运动会组委会\n2025年10月15日\n（星期六）开放日活动安排\n　　10月18日，市体育中心举办公众\n'
     '开放日，市民可免费参观各比赛场馆。\n',
     [(['致全市广大市民朋友的一封信'], 3), (['（星期六）开放日活动安排'], 1)]),
    ('城区新增公共充电桩1200个\n　　本报讯 记者 涂晓明　今年\n以来，我市城区新建公共充电桩\n'
     '1200个。\n\n（周六）“鄱湖印记”特展开幕\n　　市博物馆推出“鄱湖印记”历\n史文物特展，展出馆藏文物200\n'
     '余件，市民可免费参观。\n',
     [(['城区新增公共充电桩1200个'], 1), (['（周六）“鄱湖印记”特展开幕'], 1)]),
    ('持续高温天气\n\n今天：晴，最高气温38℃\n\n本报讯 记者 聂小川　记者从市气象台获悉，受副热带高压影响，我市持续高温天气仍将维持一周左右。\n'
     '\n气象部门提醒，市民要注意防暑降温。\n',
     [(['持续高温天气'], 2)]),
])
def test_this_sessions_late_rules_leave_a_third_reviewers_pages_as_they_were(text, articles):
    assert [(a.headline, len(a.paragraphs)) for a in banmian.rebuild(text).articles] == articles


def test_a_box_of_briefs_led_by_their_places_keeps_every_briefs_credit():
    text = ('县区快讯\n\n青枫县　金秋时节，青枫县稻渔综合种养基地迎来丰收。（通讯员 曾子豪）\n\n瑞溪市　今年以来，瑞溪市累计改造老旧小区46个。（通讯员 胡晓芸）\n')
    (box,) = banmian.rebuild(text).articles
    assert box.byline.correspondents == ["曾子豪", "胡晓芸"]


def test_a_leads_first_subhead_over_a_section_opening_on_its_year_stays_in_the_story():
    # 今年，… opens the section as a year; a story's lead opens on its day
    text = (
            "奋战收官季\u3000实干开新局\n我市新榨季糖厂全面开榨\n——预计入榨糖料蔗680万吨，蔗农种蔗收入可达35亿元\n"
            "\u3000\u3000本报讯（记者 韦丽萍\u3000通讯\n员 岑\u3000峰）12月8日上午，随着德\n峒县华泰糖业公司压榨车间的机器\n"
            "轰鸣声响起，全市12家制糖企业全\n部开机生产，标志着2025/2026年\n榨季全面开榨。据测算，本榨季全\n"
            "市糖料蔗入榨量预计达680万吨，\n产糖约85万吨，蔗农种蔗收入可达\n35亿元。\n\u3000\u3000在华泰糖业公司的蔗场，一辆\n"
            "辆满载甘蔗的货车排队过磅、卸车，\n甘蔗经输送带源源不断地送进压榨\n车间。“我们厂今年计划入榨甘蔗\n"
            "110万吨，日榨能力提高到1.2万吨，\n比上个榨季增加了2000吨。”公司\n\n总经理黄建宁告诉记者。\n"
            "良种良法提单产\n\u3000\u3000今年，全市糖料蔗种植面积稳\n定在126万亩，其中“双高”基地\n面积达到78万亩。各地大力推广\n"
            "“桂糖”“中蔗”系列新品种，良\n种覆盖率提高到95%以上，全市糖\n料蔗平均亩产由上榨季的5.1吨提\n"
            "高到5.4吨。\n\u3000\u3000“以前一亩地收四五吨就算不\n错了，今年换了新品种，又用上了\n水肥一体化，亩产能达到7吨。”\n"
            "那岭县板良镇那好村蔗农韦德昌种\n了32亩甘蔗。他给记者算了一笔账，\n\n按今年每吨530元的收购价，扣除\n"
            "种苗、化肥和砍运成本，每亩能净\n赚1000元以上。\n机收率再创新高\n\u3000\u3000为破解“砍蔗难、用工贵”问\n"
            "题，我市今年新增甘蔗收获机46台，\n全市甘蔗收获机保有量达到318台，\n")
    (story,) = banmian.rebuild(text).articles
    assert "良种良法提单产" in story.paragraphs and "机收率再创新高" in story.paragraphs


def test_a_box_of_terms_under_a_storys_foot_credit_is_its_own_when_it_explains_another_storys_words():
    page = banmian.rebuild("市纪委监委紧盯岁末年初“四风”问题\n\n岁末年初是“四风”问题易发多发期。近日，市纪委监委印发通知，对违规收送礼品礼金、"
                           "违规吃喝、公车私用等问题从严从快查处，并点名道姓通报曝光。\n\n（通讯员 凌晓东）\n\n名词解释\n\n"
                           "【“四议两公开”】指村党组织提议、村“两委”会议商议、党员大会审议、村民会议决议，决议公开、实施结果公开。\n\n"
                           "【屯级理事会】指在自然屯设立、由群众推选产生的群众自治组织，协助村“两委”开展屯内公共事务管理。\n")
    assert [a.headline for a in page.articles] == [["市纪委监委紧盯岁末年初“四风”问题"], ["名词解释"]]


def test_a_service_columns_name_with_a_small_classroom_over_a_title_opens_a_piece_after_a_story():
    page = banmian.rebuild("个人养老金年底“开户热”\n\n本报讯（记者 温若岚）临近年底，个人养老金迎来缴存高峰。\n\n"
                           "业内人士提醒，市民应结合自身收入合理缴存。\n\n金融知识小课堂\n\n收到“征信修复”短信？别信！\n\n"
                           "①征信记录由金融机构依法如实报送，不存在“花钱修复”的说法。\n\n②对征信记录有异议的，可以依法提出异议申请。\n")
    assert [a.headline for a in page.articles] == [["个人养老金年底“开户热”"], ["金融知识小课堂", "收到“征信修复”短信？别信！"]]


def test_a_heading_on_the_pages_last_line_under_a_leads_first_section_is_read_without_error():
    text = ("10月市区新房成交环比增长12.7%\n    本报讯（记者 甘露）记者从市房地产\n市场监测中心获悉，10月，市区新建商\n"
            "品住宅网签成交2316套，环比增长12.7%。\n大户型成交占比提高\n    从成交结构看，120平方米以上的\n改善型产品成交占比达到43%。\n"
            "二手房“以价换量”\n")
    assert banmian.rebuild(text).articles[0].headline == ["10月市区新房成交环比增长12.7%"]


# A second reviewer's pages this session's rules first got wrong
@pytest.mark.parametrize("text, headlines", [
    ("我市启动冬春农田水利建设\n\n本报讯（记者 韦 宁）11月20日，我市冬春农田水利基本建设现场会在城东镇召开，全市冬春农田水利建设全面启动。\n\n"
     "秋冬种生产进度过半\n\n当前，全市秋冬种生产进度过半，已完成小麦、油菜播种36万亩，占计划的55%。\n\n生猪生产保持稳定\n\n"
     "当前，全市生猪生产保持稳定，能繁母猪存栏5.8万头，处于产能调控绿色合理区域。\n",
     [["我市启动冬春农田水利建设"], ["秋冬种生产进度过半"], ["生猪生产保持稳定"]]),
    ("我县召开秋冬季安全生产工作会议\n\u3000\u3000本报讯（记者 陈晓东）10月28日上\n午，我县召开秋冬季安全生产工作会\n议，部署下一阶段重点工作。\n"
     "我县粮食生产再获丰收\n\u3000\u3000今年，我县粮食生产再获丰收，全\n县粮食播种面积稳定在42万亩，总产\n量预计达到17.6万吨。\n"
     "城乡居民医保参保率稳步提升\n\u3000\u3000近年来，我县城乡居民医保参保率\n稳步提升，全县参保人数达到38.5万\n人，参保率稳定在97%以上。\n",
     [["我县召开秋冬季安全生产工作会议"], ["我县粮食生产再获丰收"], ["城乡居民医保参保率稳步提升"]]),
    ("城区集中供暖今日启动\n\n本报讯 11月15日零时，城区集中供暖正式启动，供热面积达1860万平方米。（通讯员 赵 鹏）\n\n温馨提示\n\n"
     "暖气不热时请先检查阀门是否打开，排气后仍不热的可拨打96111报修。\n", [["城区集中供暖今日启动"]]),
    ("反诈宣传走进菜市场\n\n本报讯 10月17日一早，城关派出所民警来到农贸市场，向摊主和买菜的群众发放宣传册，讲解常见骗局，提醒大家守好“钱袋子”。"
     "（通讯员 孙 涛）\n\n警方提醒\n\n陌生来电自称客服要求转账的，一律挂断；所谓“安全账户”都是骗子设的圈套。\n", [["反诈宣传走进菜市场"]]),
    ("全媒记者走基层\n\n凌晨四点的蔬菜批发市场\n\n凌晨4点，城北蔬菜批发市场已是一片繁忙，一辆辆满载新鲜蔬菜的货车陆续驶入。\n",
     [["全媒记者走基层", "凌晨四点的蔬菜批发市场"]]),
    ("全媒记者 探营\n\n凌晨四点的蔬菜批发市场\n\n凌晨4点，城北蔬菜批发市场已是一片繁忙，一辆辆满载新鲜蔬菜的货车陆续驶入。\n",
     [["全媒记者 探营", "凌晨四点的蔬菜批发市场"]]),
])
def test_this_sessions_rules_leave_a_second_reviewers_pages_as_they_were(text, headlines):
    assert [a.headline for a in banmian.rebuild(text).articles] == headlines


@pytest.mark.parametrize("text, lead", [
    ("全省一季度重大项目集中开工\n\u3000\u3000本报3月12日讯\u3000记者\u3000许\u3000航\n通讯员\u3000林晓彤\u30003月12日上午，全省\n"
     "一季度重大项目集中开工活动在省城\n主会场和各设区市分会场同步举行。\n", "记者 许 航 通讯员 林晓彤"),
    ("“暖心驿站”让户外劳动者有个歇脚处\n\u3000\u3000本报讯 记者 苗可心 通讯员\n贺\u3000平 “外面零下十几度，进来喝\n口热水、热热饭，身上一下子就暖和\n"
     "了。”环卫工人庄大姐说。\n", "通讯员 贺 平"),
    ("全市消防安全大检查启动\n\u3000\u3000本报讯 通讯员 沈洁\n记者 王路 国庆中秋双节将至，市消\n防救援支队启动节前消防安全大检查，\n"
     "重点检查商场、宾馆等人员密集场所。\n", "通讯员 沈洁 记者 王路"),
])
def test_a_role_word_at_a_line_end_or_head_keeps_its_space_in_the_lead(text, lead):
    (article,) = banmian.rebuild(text).articles
    assert lead in article.paragraphs[0]


def test_a_printed_line_of_text_naming_the_page_and_its_supplier_is_no_page_note():
    page = banmian.rebuild("本报推出“法治园地”专栏\n\u3000\u3000为进一步普及法律知识，自今年\n起，每月第一周周四出版的报纸上，\n"
                           "本版“法治园地”专栏由市司法局提供\n稿件，欢迎广大读者关注。\n")
    assert page.furniture == [] and len(page.articles[0].paragraphs) == 1


# A third reviewer's pages this session's late rules first got wrong
@pytest.mark.parametrize("text, headlines", [
    ("    本报讯 3月5日，我市对100名优秀志\n愿者进行表彰。受表彰的部分志愿者：\n王建国\u3000李秀英\u3000张\u3000伟\u3000刘晓东\u3000陈\n"
     "建军\u3000赵德明\u3000孙丽华\u3000周国强\u3000刘\u3000伟\n大力推进农村人居环境整治\n我市开展“美丽庭院”创建活动\n"
     "    本报讯 今年以来，我市以“美丽庭\n院”创建为抓手，推进农村人居环境整治。\n",
     [[], ["大力推进农村人居环境整治", "我市开展“美丽庭院”创建活动"]]),
    ("    本报讯 3月12日，我市对30家纳税先\n进企业进行表彰。部分受表彰企业：\n汝川重工集团\u3000东湖新材料科技公司\u3000平\n"
     "陇食品有限公司\u3000国网汝川市供电公司\n法治护航民营经济发展\n市法院出台十条司法服务措施\n    本报讯 记者从市中级人民法院获悉，\n"
     "该院近日出台服务保障民营经济十条措施。\n", [[], ["法治护航民营经济发展", "市法院出台十条司法服务措施"]]),
    ("老旧小区加装电梯为何“卡壳”\n\n本报讯（记者 周\u3000洁）3月6日，幸福里小区居民向本报反映，盼了三年的电梯还是没装上。\n\n【市民说】\n\n"
     "“加装电梯是好事，但一楼住户的损失谁来补偿？”住在1楼的李先生说。\n\n【部门回应】\n\n市住建局相关负责人表示，将出台补偿指导意见，引导住户协商解决。\n",
     [["老旧小区加装电梯为何“卡壳”"]]),
    ("货车侧翻\u3000群众合力救出被困司机\n\n本报讯（记者 林\u3000峰）3月7日上午，一辆货车在国道205线城南段侧翻，司机被困，群众和消防员合力将其救出。\n\n"
     "【最新动态】\n\n截至记者发稿时，被困司机已被送往市第一人民医院救治，生命体征平稳。\n", [["货车侧翻 群众合力救出被困司机"]]),
    ("市实验小学新生入学名单出炉\n\n本报讯（记者 马\u3000丽）市实验小学今年秋季一年级新生录取工作已经结束，共录取新生360名。\n\n【公示】\n\n"
     "录取名单在学校门口公示栏公示5天，如有异议，可拨打电话0395-6120011反映。\n\n学校提醒，新生家长需在8月25日前完成网上报到。\n",
     [["市实验小学新生入学名单出炉"]]),
    ("全市青年干部座谈会召开\n\n本报讯（记者 宋\u3000佳）5月4日，全市青年干部座谈会召开。\n\n【金句】\n\n“青年干部要把基层当作成长的‘练兵场’。”\n\n"
     "会上，6名青年干部代表作交流发言。\n", [["全市青年干部座谈会召开"]]),
    ("主场首胜点燃球城热情\n    本报讯 3月9日晚，2.1万名球迷涌入\n汝川体育中心，见证汝川队逆转取胜。\n球迷说\n    “这场球踢得太提气了！”球迷王先\n"
     "生说。\n    汝川队下一场主场比赛将于3月23日\n举行，门票3月18日起开售。\n", [["主场首胜点燃球城热情"]]),
    ("本版图片由市摄影家协会提供\n\n油菜花开\u3000春色满园\n\n3月10日，游客在城南镇万亩油菜花田中游玩。\n", [["油菜花开 春色满园"]]),
    ("本版由“汝川发布”供稿\n\n我市新增两条公交线路\n\n本报讯（记者 周\u3000涛）3月10日起，我市新开通12路、15路两条公交线路。\n",
     [["我市新增两条公交线路"]]),
])
def test_this_sessions_late_rules_leave_a_third_reviewers_pages_as_they_should_be(text, headlines):
    assert [a.headline for a in banmian.rebuild(text).articles] == headlines


def test_a_quoted_subhead_whose_first_clause_its_section_quotes_stays_in_a_subtitled_lead_story():
    text = (
        "三伏天健康\n高温持续\u3000我市中暑就诊人数明显增加\n——医生提醒：户外作业人员和独居老人要格外当心\n"
        "    本报讯 记者 罗\u3000敏 通讯员 唐\n小雅 “病人送来时体温超过41℃，\n已经意识模糊了。”7月21日，市第\n"
        "一人民医院急诊科主任医师胡卫东回\n忆起前几天接诊的一名患者，仍心有\n余悸。\n    这名患者是一位55岁的建筑工人，\n"
        "7月18日下午在工地连续作业3个多小\n时后突然晕倒，被工友送到医院，确\n诊为热射病。经过降温、补液、器官\n"
        "功能支持等抢救治疗，患者目前已脱\n离生命危险。\n    记者从市卫生健康委了解到，7\n"
        "月以来，我市持续出现35℃以上高温\n天气，全市各医疗机构共接诊中暑患\n\n者210余人次，其中热射病患者14人，\n"
        "比去年同期明显增加。\n“以为歇一歇就好，没想到这么严重”\n    在市中心医院急诊留观室，68岁\n"
        "的独居老人谢大爷正在输液。他告诉\n记者，家里的空调坏了舍不得修，连\n续几天晚上都热得睡不着，“前天早\n"
        "上起来觉得头晕、恶心，以为歇一歇\n就好，后来连站都站不稳了”。\n\n幸亏社区网格员上门走访时发现异常，\n"
        "及时拨打了120。\n    “老年人体温调节能力差，对高\n温的感知也比较迟钝，很多人中暑了\n"
        "自己还没察觉。”市中心医院老年医\n学科副主任医师曾海燕说，独居老人、\n有慢性基础病的人，在高温天尤其要\n"
        "有人照看。\n热射病是最严重的中暑\n    胡卫东介绍，中暑按严重程度可\n")
    (story,) = banmian.rebuild(text).articles
    assert "“以为歇一歇就好，没想到这么严重”" in story.paragraphs


def test_a_quoted_heading_over_a_section_opening_on_its_day_heads_a_story_of_its_own():
    text = ("我市召开数字化改革推进会\n——以改革破题 向改革要效\n\n　　本报讯（记者　胡蓉）12月3日，\n我市召开数字化改革推进会，部署\n明年任务。\n"
            "　　会议要求，各部门要加快推进数据\n共享。\n\n“要让数据多跑路，让群众少跑腿”\n　　12月4日，市数据局召开全市公共\n"
            "数据平台建设现场会。会议提出，要\n让数据多跑路。\n")
    assert [a.headline[0] for a in banmian.rebuild(text).articles] == ["我市召开数字化改革推进会", "“要让数据多跑路，让群众少跑腿”"]


_SET_APART_STORIES = [
    ("全市规上工业增加值增长7.5%",
     "本报讯（记者 卢思远 通讯员 邹 敏）11月10日，市统计局发布前10月全市经济运行情况。1至10月，全市规模以上工业增加值"
     "同比增长7.5%，增速比前三季度加快0.3个百分点。",
     "从主要指标看，固定资产投资增长6.2%，社会消费品零售总额增长5.9%，外贸进出口总额增长8.1%，"
     "一般公共预算收入增长4.7%，城乡居民人均可支配收入分别增长4.9%和6.6%。",
     "“总的看，全市经济运行延续稳中向好态势，主要指标增速好于全省平均水平。”市统计局新闻发言人余国平说。"),
    ("城东新区新增公共停车位1200个",
     "本报讯（记者 韩 雪）记者从市城管局获悉，今年以来，城东新区利用边角地、闲置地新建改建停车场11处，新增公共停车位"
     "1200个，停车难问题有所缓解。",),
    ("冬季供暖设施检修全面完成",
     "本报讯（通讯员 潘立群）11月8日，市热力公司完成今冬供暖设施检修，共检修换热站146座、管网83公里。",),
]
_FLUSH_SECTION = ("高技术制造业“挑大梁”", "分行业看，全市37个工业大类行业中有29个实现增长，增长面达78.4%。高技术制造业增加值"
                  "增长15.6%，占规上工业的比重提高到18.9%。")


def _wrapped_stories(apart: bool) -> str:
    lines: list[str] = []
    for number, (headline, *paragraphs) in enumerate(_SET_APART_STORIES):
        if number and apart:
            lines.append("")
        lines.append(headline)
        for paragraph in paragraphs:
            lines += _printed(paragraph, 16)
        if number == 0:
            lines += [_FLUSH_SECTION[0], *_printed(_FLUSH_SECTION[1], 16)]
    return "\n".join(lines)


def test_a_flush_heading_inside_a_column_under_a_sentences_end_is_a_subhead_where_stories_stand_apart():
    page = banmian.rebuild(_wrapped_stories(apart=True))
    assert [article.headline for article in page.articles] == [[story[0]] for story in _SET_APART_STORIES]
    assert page.articles[0].paragraphs[-2:] == list(_FLUSH_SECTION)


def test_a_flush_heading_inside_a_column_heads_a_story_where_the_page_sets_none_apart():
    page = banmian.rebuild(_wrapped_stories(apart=False))
    assert [article.headline for article in page.articles][:2] == [[_SET_APART_STORIES[0][0]], [_FLUSH_SECTION[0]]]


def test_a_short_kicker_and_title_over_marked_entries_after_a_story_head_a_box_of_their_own():
    lines = ["江西某县原副县长被提起公诉",
             *_printed("本报讯　日前，江西省某县原副县长刘某某涉嫌受贿一案，由省监察委员会调查终结，移送检察机关审查起诉。"),
             "", "警示", "这些“节日腐败”隐形变异要留心",
             "■ 借“内部福利”之名，以单位名", "义发放购物卡、消费券；",
             "■ 通过快递、电子红包等方式收", "送礼品礼金；",
             "■ 以“同学会”名义组织聚餐，由", "管理服务对象买单。"]
    page = banmian.rebuild("\n".join(lines))
    assert [article.headline for article in page.articles] == [
        ["江西某县原副县长被提起公诉"], ["警示", "这些“节日腐败”隐形变异要留心"]]
    assert page.articles[1].paragraphs[0] == "■ 借“内部福利”之名，以单位名义发放购物卡、消费券；"


_POEM_OVER_BARE_NAME = ["腊月的渡口", "河水瘦了", "渡船靠在岸边", "艄公把烟袋", "磕了又磕", "对岸的灯", "一盏一盏亮起来",
                        "有人在喊", "回家吃饭喽", "邱雅岚"]


@pytest.mark.parametrize("blank", ["\n\n", "\n"])
def test_a_poem_signed_by_a_bare_name_at_its_foot_keeps_its_verses_and_its_writer(blank):
    text = blank.join(["初冬清晨，溪口渡口薄雾轻笼。", "林　川　摄", "", *_POEM_OVER_BARE_NAME, "",
                       "渡口旧影", "上世纪90年代的溪口渡口。", "市档案馆供图"])
    poem = next(article for article in banmian.rebuild(text).articles if article.headline == ["腊月的渡口"])
    assert poem.paragraphs == _POEM_OVER_BARE_NAME[1:-1]
    assert poem.byline.text == ["邱雅岚"]


def test_a_verse_ending_on_a_place_word_is_no_bare_name_signing_the_poem():
    verses = ["麦子熟了", "风从南边来", "父亲站在田埂", "数着天上的云", "母亲在灶前", "守着一锅粥", "麦场上", "长出了一座小广场"]
    poem = banmian.rebuild("\n\n".join(["小满", *verses, "□ 周　青"])).articles[0]
    assert poem.paragraphs[-2:] == verses[-2:] and poem.byline.text == ["□ 周 青"]


@pytest.mark.parametrize("lines", [
    ["名医问诊", "", "手脚冰凉，是不是贫血了？", "", "本期专家：城南医院血液科主任医师　吴立新", "",
     "问：我今年35岁，一到冬天手脚就冰凉，是不是贫血了？", "", "答：手脚冰凉不一定是贫血，也可能与末梢循环差有关。"],
    ["名医问诊", "手脚冰凉，是不是贫血了？", "本期专家：城南医院血液科主任医", "师　吴立新",
     "\u3000\u3000问：我今年35岁，一到冬天手脚", "就冰凉，是不是贫血了？", "\u3000\u3000答：手脚冰凉不一定是贫血，",
     "也可能与末梢循环差有关。"],
])
def test_the_expert_named_under_a_question_columns_title_is_its_text_not_a_headline_line(lines):
    [column] = banmian.rebuild("\n".join(lines)).articles
    assert column.headline == ["名医问诊", "手脚冰凉，是不是贫血了？"]
    assert column.paragraphs[0].replace("\u3000", " ") == "本期专家：城南医院血液科主任医师 吴立新"


def test_a_listings_first_work_over_its_credits_is_an_entry_but_a_single_books_title_heads_its_box():
    listing = banmian.rebuild("\n\n".join([
        "新书速递", "《江口记》", "作者：林嘉树", "出版：海峡文艺出版社", "一座江口小城、五代人的百年故事。",
        "《灯下的鱼》", "作者：郑若渔", "出版：作家出版社", "一部写给小城青年的短篇小说集。"])).articles[0]
    assert listing.headline == ["新书速递"]
    assert listing.paragraphs[0] == "《江口记》"
    single = banmian.rebuild("\n\n".join([
        "书架", "《县城里的中国》", "作者：周远山", "出版：人民出版社",
        "本书以十个县城的变迁为线索，记录基层治理的探索与实践。"])).articles[0]
    assert single.headline == ["书架", "《县城里的中国》"]


_STACKED_STORIES = ("我市启动春季植树造林活动\n\u3000\u3000本报讯（记者 林晓）3月12日上午，\n我市举行春季义务植树活动。\n\n"
                    "城区新增公共停车泊位800个\n\u3000\u3000本报讯（通讯员 陈洁）记者从\n市城管局获悉，今年以来，我市利\n"
                    "用边角地块新建公共停车场6处，\n新增停车泊位800个。\n\n"
                    "市人民医院开设夜间门诊\n\u3000\u3000本报讯（记者 王芳）为方便上\n班族就医，市人民医院从本周起开\n"
                    "设夜间门诊，开放时间为每天17:30\n至21:00。\n")


@pytest.mark.parametrize("stacked, headline", [
    ("全市中小学开展防溺水教育\n\u3000\u3000记者从市教育局获悉，近日，全\n市中小学集中开展防溺水安全教育，\n提醒学生远离危险水域。\n",
     "全市中小学开展防溺水教育"),  # its text opens as a lead does
    ("国家发布高温预警\n\u3000\u3000中央气象台今日继续发布高温\n橙色预警，预计江南、华南等地部\n分地区最高气温可达37℃以上。\n"
     "（据新华社）\n", "国家发布高温预警"),  # its text closes on its source
])
def test_a_story_stacked_in_a_column_under_another_stays_a_story_where_its_text_reads_as_a_stories(stacked, headline):
    page = banmian.rebuild(_STACKED_STORIES + stacked)
    assert page.articles[-1].headline == [headline]


@pytest.mark.parametrize("text", [
    "营养专家：冬季进补别盲目\n\n随着气温下降，不少市民开始进补。市中医院营养科主任李华提醒，进补要因人而异，不可盲目跟风。\n",
    "营养专家：冬季进补别盲目\n\u3000\u3000随着气温下降，不少市民开始\n进补。市中医院营养科主任李华提\n醒，进补要因人而异，不可盲目跟\n风。\n",
])
def test_a_headline_quoting_an_expert_is_no_field(text):
    assert banmian.rebuild(text).articles[0].headline == ["营养专家：冬季进补别盲目"]


def test_a_listings_field_rows_ending_on_commas_stay_rows():
    [box] = banmian.rebuild("活动预告\n时间：5月10日（周六）14:30，\n地点：市图书馆三楼报告厅，\n主讲人：省作协会员陈默。\n").articles
    assert box.paragraphs == ["时间：5月10日（周六）14:30，", "地点：市图书馆三楼报告厅，", "主讲人：省作协会员陈默。"]


@pytest.mark.parametrize("text, signer, box", [
    ("为维护公共安全，城区范围内除夕至正月初五每日8时至22时允许燃放烟花爆竹。\n\n特此通告。\n\n市公安局\n\n交通提示\n\n"
     "■春节期间城区部分路段实行临时交通管制\n\n■市民出行请提前规划路线\n", "市公安局", "交通提示"),
    ("老街旧事\n\n如今老街改造了，剃头铺也不见了，可我总会想起那把推子的声音。\n\n林晓\n\n书香园地\n\n"
     "■《县城的光》入选年度好书\n\n■市图书馆新增电子书2万册\n", "林晓", "书香园地"),
])
def test_an_issuer_or_writer_closing_the_piece_above_is_no_kicker_of_the_box_under_it(text, signer, box):
    page = banmian.rebuild(text)
    assert page.articles[-1].headline == [box]
    assert signer in page.articles[0].paragraphs


@pytest.mark.parametrize("verses, signer", [
    (["一场雪落下来", "落在村口的老井上", "落在祠堂的瓦片上", "落在父亲的肩头", "母亲站在门口", "喊我回家吃饭", "白茫茫",
      "是我回不去的故乡"], "□ 周 青"),
    (["背上行囊", "告别村口的老槐树", "母亲的叮嘱", "塞满了我的口袋", "前面的路", "有山也有河", "路漫漫"], "□ 陈 默"),
])
def test_a_verse_of_three_characters_is_no_bare_name_over_a_poems_marked_writer(verses, signer):
    [poem] = banmian.rebuild("\n\n".join(["故乡", *verses, signer])).articles
    assert poem.paragraphs == verses
    assert poem.byline.text == [signer]


@pytest.mark.parametrize("rows", [
    ["周一 多云", "周二 小雨", "周三 阴", "周四 多云", "周五 晴", "周六 晴", "周日 多云"],
    ["安全第一 预防为主", "生命至上 安全发展", "人人讲安全", "事事为安全", "时时想安全", "处处要安全"],
])
def test_a_three_character_line_under_rows_of_items_signs_no_poem(rows):
    page = banmian.rebuild("\n\n".join(["本周看点", *rows, "叶知秋"]))
    assert all("叶知秋" not in article.byline.text for article in page.articles)


@pytest.mark.parametrize("title, note, headline", [
    ("城区主要农副产品零售价格", "（10月8日）", ["城区主要农副产品零售价格", "（10月8日）"]),  # a full title's date: its line
    ("东江城市足球联赛积分榜", "（截至第9轮）", ["东江城市足球联赛积分榜", "（截至第9轮）"]),
    ("积分榜", "（截至10月20日）", ["积分榜"]),  # a short label's note opens the box
])
def test_a_boxs_as_of_note_is_its_full_titles_second_line_but_a_short_labels_first_entry(title, note, headline):
    text = "\n\n".join(["…持续到本月底。（记者 周 岚）", title, note, "品名　本期　上期", "大　米　2.85　2.85",
                      "猪　肉　14.50　14.20"])
    box = banmian.rebuild(text).articles[-1]
    assert box.headline == headline
    assert box.paragraphs[0] == (note if len(headline) == 1 else "品名 本期 上期")


def test_a_standings_head_row_under_a_full_titles_as_of_note_is_the_boxs_first_line():
    text = "\n\n".join(["…将于下周六进行。（记者 严子航）", "东江城市足球联赛积分榜", "（截至第12轮）",
                      "名次　球队　场次　胜　平　负　积分", "1　淇州队　12　7　4　1　25", "2　汝川队　12　7　3　2　24"])
    box = banmian.rebuild(text).articles[-1]
    assert box.headline == ["东江城市足球联赛积分榜", "（截至第12轮）"]
    assert box.paragraphs[0] == "名次 球队 场次 胜 平 负 积分"


def test_an_agencys_closing_note_is_no_as_of_note_and_the_headline_under_it_stays_one():
    text = "\n\n".join(["双方同意，继续加强两国地方交流合作。", "2026年4月17日于北京", "（新华社北京4月17日电）",
                      "2026年“新时代·好记者”", "全国巡讲活动在京启动",
                      "新华社北京4月17日电 中国记协16日至17日在京启动2026年“新时代·好记者”全国巡讲活动。"])
    assert banmian.rebuild(text).articles[-1].headline == ["2026年“新时代·好记者”", "全国巡讲活动在京启动"]


def test_a_dated_caption_with_its_credit_run_in_under_a_boxs_last_field_is_a_photo_of_its_own():
    text = "\n\n".join(["车型档案", "星驰L6", "厂商：中原星驰汽车有限公司", "座位数：5座", "指导价：16.98万—19.98万元",
                      "11月18日，市民在上市发布会现场体验新车。 记者 聂云舟 摄", "楼市观察", "10月市区新房成交环比增长8%",
                      "本报讯（记者 甘 露）10月，市区新建商品住宅成交3120套。"])
    articles = banmian.rebuild(text).articles
    assert articles[0].paragraphs[-1] == "指导价：16.98万—19.98万元"
    assert articles[1].kind == "photo" and articles[1].byline.photographers == ["聂云舟"]


@pytest.mark.parametrize("text, headline", [
    ("一名基层干部的抗洪日记\n\n（7月8日）\n\n凌晨三点，雨越下越大。我和村干部挨家挨户敲门，把群众转移到安置点。\n\n（7月9日）\n\n"
     "雨终于小了。安置点里，老人们吃上了热腾腾的面条。\n", ["一名基层干部的抗洪日记"]),  # a diary's dated entries
    ("守护一江碧水的巡河人\n\n（1）\n\n清晨六点，老陈已经沿着河岸走了两公里。\n\n（2）\n\n傍晚，他又一次来到河边。\n",
     ["守护一江碧水的巡河人"]),  # numbered sections
    ("江南小镇的百年记忆\n\n《澜江口》\n\n作者：陈嘉树\n\n这部长篇小说记录了江南小镇三代人的命运沉浮。\n\n（王芳）\n\n"
     "山海之间的行走\n\n《山海之间》\n\n作者：林一舟\n\n作者用十年时间走遍浙东沿海，写下这部散文集。\n",
     ["江南小镇的百年记忆", "《澜江口》"]),  # two signed reviews, no listing
    ("我市开展节前市场检查\n\n本报讯（记者 王明）1月18日，市市场监管局开展节前市场专项检查。\n\n关注\n\n这些商家被通报批评\n\n"
     "■ 城东某超市销售过期食品，被依法罚款5000元。\n\n■ 新河某药店未按规定登记购药信息，被责令整改。\n", None),
])
def test_a_review_of_this_sessions_heading_rules_keeps_ordinary_pages_as_they_were(text, headline):
    articles = banmian.rebuild(text).articles
    if headline is None:  # a short kicker that reads as a name (关注) still heads its box
        assert articles[-1].headline == ["关注", "这些商家被通报批评"]
    else:
        assert articles[0].headline == headline


@pytest.mark.parametrize("text, signers", [
    ("乡愁\n\n村口那棵老樟树\n\n还站在原来的地方\n\n树下的石凳\n\n坐过我的童年\n\n也坐过父亲的晚年\n\n如今我回到这里\n\n王婷婷\n",
     [["王婷婷"]]),  # a doubled given name
    ("江南\n\n我又梦见了\n\n江南\n\n梦见杏花春雨\n\n梦见乌篷船摇过\n\n外婆的石桥\n\n醒来时\n\n窗外正下着雨\n\n徐晓梅\n",
     [["徐晓梅"]]),  # a verse of a place's name
    ("故乡 的 雨\n\n雨 落在青瓦上\n\n落在母亲的旧伞上\n\n落在巷口的石板上\n\n也落在我的梦里\n\n多少年过去了\n\n那声音还在耳边\n\n"
     "徐晓梅\n", [["徐晓梅"]]),  # a verse with a space
    ("秋收\n\n稻子弯下了腰\n\n像父亲一样\n\n把一生的心事\n\n都交给了土地\n\n田埂上的风\n\n也学会了沉默\n\n徐晓梅\n\n山茶开了\n\n"
     "四月的风\n\n从缙云山吹下来\n\n吹开了满山的茶花\n\n也吹白了母亲的头发\n\n□ 周 青\n", [["徐晓梅"], ["□ 周 青"]]),
])
def test_a_poem_signed_by_a_bare_name_keeps_its_writer_whatever_its_verses(text, signers):
    assert [article.byline.text for article in banmian.rebuild(text).articles] == signers


def test_a_title_under_a_signed_essay_over_text_signed_at_its_foot_heads_the_next_piece():
    text = "\n\n".join(["随笔", "村口的老井", "□ 吴晓帆", "村口有一口老井，井水清冽，一年四季不干。",
                      "我常想，这口老井养活的不只是一村人，还有一村人的念想。", "秋夜，在晒谷场上看星星",
                      "小时候一到秋夜，孩子们就跑到晒谷场上，躺在稻草堆里看星星。",
                      "如今晒谷场早已铺成了广场，可我总会想起那片星空。", "城关第一小学　林　静"])
    essay, other = banmian.rebuild(text).articles
    assert essay.headline == ["随笔", "村口的老井"] and other.headline == ["秋夜，在晒谷场上看星星"]
    assert other.byline.text == ["城关第一小学 林 静"]


@pytest.mark.parametrize("text, headline", [
    ("党史故事天天讲之百年瞬间\n\n（第12期）\n\n遵义会议：伟大的转折\n\n1935年1月，中共中央政治局在遵义召开扩大会议。\n",
     ["党史故事天天讲之百年瞬间", "（第12期）", "遵义会议：伟大的转折"]),  # a series' issue over the episode's title
    ("锦屿市2024年十大民生实事项目公布\n\n（2024年1月）\n\n涵盖教育医疗养老等领域\n\n"
     "本报讯（记者 林晓岚）日前，市政府公布了2024年十大民生实事项目。\n",
     ["锦屿市2024年十大民生实事项目公布", "（2024年1月）", "涵盖教育医疗养老等领域"]),  # a dated title over its deck
    ("锦屿市城市足球联赛积分榜\n\n（截至第12轮）\n\n名次　球队　场次　积分\n\n1　渔港队　12　28\n\n"
     "锦屿市城市足球联赛射手榜\n\n（截至第12轮）\n\n名次　球员　球队　进球\n\n1　陈宇航　渔港队　11\n",
     ["锦屿市城市足球联赛积分榜", "（截至第12轮）"]),  # two boxes as of one round, no diary's entries
])
def test_an_as_of_note_ends_a_title_only_over_a_boxs_rows(text, headline):
    assert banmian.rebuild(text).articles[0].headline == headline


@pytest.mark.parametrize("foot", ["本报记者　吴晓帆　通讯员　李明", "实习生　张婷"])
def test_a_credit_at_the_foot_of_a_signed_story_does_not_make_its_last_section_a_piece(foot):
    text = "\n\n".join(["一位乡村医生的四十年", "□ 本报记者 吴晓帆", "凌晨两点，村医陈福来又被急促的敲门声叫醒。",
                      "“只要村民需要，我随叫随到”", "四十年来，他走遍了全村的每一户人家。", foot])
    story = banmian.rebuild(text).articles[0]
    assert story.paragraphs[1:] == ["“只要村民需要，我随叫随到”", "四十年来，他走遍了全村的每一户人家。"]


@pytest.mark.parametrize("subhead", ["◎ 工作亮点", "◎ 强服务", "■ 保障粮食等重"])
def test_a_marked_subhead_made_of_words_is_no_writers_name(subhead):
    assert not patterns.is_author_line(subhead)


def test_a_question_titled_under_its_column_stands_over_the_readers_question_in_flush_print():
    text = ("认领电话：0474-8235110\n额尔敦区公安分局新华派出所\n2025年9月23日\n\n律师答疑\n牲畜在公路上被撞，责任谁来担？\n"
            "读者问：我是图门旗的一名牧民，\n前几天家里的几头牛跑出围栏，在\n公路上被一辆货车撞伤了，货车司\n"
            "机说是牛横穿公路，不肯赔偿。请\n问这种情况该怎么处理？（图门旗\n　苏女士）\n律师答：根据民法典相关规定，饲\n"
            "养的动物造成他人损害的，动物饲\n养人或者管理人应当承担侵权责任。\n")
    answered = banmian.rebuild(text).articles[-1]
    assert answered.headline == ["律师答疑", "牲畜在公路上被撞，责任谁来担？"]
    assert answered.paragraphs[0].startswith("读者问：")


@pytest.mark.parametrize("signature", ["浙江省瓯宁市第一人民医院内分泌科　孟　瑶", "乌力吉旗巴彦花苏木学校　孟　兰"])
def test_a_hospital_departments_or_a_schools_writer_signs_an_essay_at_its_foot(signature):
    text = "\n\n".join(["护士手记", "一张写满字的便签", "夜班查房时，我在12床的床头柜上发现了一张便签，上面写满了字。",
                       "做护士这些年，我常常想，我们多做一点点，他们回家的路就会好走一点点。", signature,
                       "健康小贴士", "入夏防中暑　记住这几点", "①避免在10时至16时高温时段长时间户外活动。",
                       "②及时补水，不要等口渴了再喝。"])
    essay, tips = banmian.rebuild(text).articles
    assert essay.byline.text == [signature.replace("\u3000", " ")]
    assert tips.headline == ["健康小贴士", "入夏防中暑 记住这几点"]


def test_a_title_wider_than_its_flush_column_under_a_kind_of_piece_stands_over_the_text():
    text = ("流动摊点37个。（记者 图　雅）\n\n法治时评\n让法治成为牧区治理的“定盘星”\n草场边界、牲畜买卖、婚姻家\n"
            "庭……牧区的纠纷看似琐碎，\n却关系着牧民的切身利益。处\n理不好，小纠纷也可能演变成\n大矛盾。\n")
    comment = banmian.rebuild(text).articles[-1]
    assert comment.headline == ["法治时评", "让法治成为牧区治理的“定盘星”"]
    assert comment.paragraphs[0].startswith("草场边界")


def test_a_judge_signs_a_columns_piece_at_its_foot_by_court_and_calling():
    text = "\n\n".join(["法官说法", "新就业形态劳动者与平台企业之间是否存在劳动关系，要看实际用工情况。",
                       "提醒广大骑手，在注册签约时要认真阅读协议内容，保存好接单记录。",
                       "江宁市汉江区人民法院民一庭庭长　黎　晴", "把法庭开到茶园里",
                       "本报讯（记者 简　宁）5月16日上午，一场特殊的庭审在茶园里开庭。"])
    column, story = banmian.rebuild(text).articles
    assert column.byline.text == ["江宁市汉江区人民法院民一庭庭长 黎 晴"]
    assert story.headline == ["把法庭开到茶园里"]



# A reviewer's ordinary pages against this session's rules (a note on the writer, a reader's question under its
# title, a unit signing a piece, a title under a kind of piece): lists of schools and names, a villager's question
# inside a story, a two-line first paragraph under a column's name, marked subheads, places and poem titles.
@pytest.mark.parametrize("text, articles", [
    ('一部写给牧区孩子的书\n◎ 郑晓梅\n\u3000\u3000《草原上的小白马》是一部儿童小说。\n（作者是内蒙古作家协会会员）书中讲\n述了牧区少年阿木尔和一匹小白马的\n故事，语言质朴，情节动人。\n\u3000\u3000读完全书，我久久不能平静。\n',
     [(['一部写给牧区孩子的书'], 2, ['◎ 郑晓梅'])]),
    ('千名志愿者守护“最美赛道”\n\n□ 现场直击\n\n11月9日清晨，2025瓯宁马拉松鸣枪开跑。赛道沿线，身穿红马甲的志愿者早早就位，为选手递水、引导、加油。\n',
     [(['千名志愿者守护“最美赛道”'], 2, [])]),
    ('节气里的中国\n\n◎ 立秋\n\n立秋是二十四节气中的第十三个节气，标志着孟秋时节的正式开始。民间有“贴秋膘”“啃秋”等习俗。\n\n◎ 处暑\n\n处暑即为“出暑”，是炎热离开的意思。此时气温逐渐下降，早晚渐凉。\n',
     [(['节气里的中国'], 4, [])]),
    ('各地多措并举保障群众温暖过冬\n\n◎ 乌兰察布\n\n乌兰察布市提前启动供热设施检修，全市集中供热管网全部完成试压，确保按时供暖。\n\n◎ 巴彦淖尔\n\n巴彦淖尔市为困难群众发放取暖补贴，惠及城乡低保对象两万余户。\n',
     [(['各地多措并举保障群众温暖过冬'], 4, [])]),
    ('政策宣讲进村头\n\u3000\u3000宣讲员刚在村广场上坐下，大伙就围\n了上来。有人问医保，也有人问养老金。\n村民问：“今年的耕地补贴啥时候发？”\n宣讲员翻开笔记本，一条一条解答。\n\u3000\u3000一场宣讲下来，答了四十多个问题。\n',
     [(['政策宣讲进村头'], 2, [])]),
    ('政策宣讲进村头\n宣讲员刚在村广场上坐下，大伙就围上\n来。有人问医保，有人问养老金。几位\n老人挤到前排，声音最大。有位老大爷\n急得直拍大腿。他说自己等了好几天。\n村民问：“今年的耕地补贴啥时候发？”\n宣讲员翻开笔记本，一条一条解答。\n一场宣讲下来，答了四十多个问题。\n',
     [(['政策宣讲进村头'], 2, [])]),
    ('草原小唱（组诗）\n\n归\u3000牧\n\n夕阳把羊群\n\n赶下山坡\n\n阿爸的鞭梢上\n\n挂着晚霞\n\n（作者系市作协会员）\n',
     [(['草原小唱（组诗）'], 6, [])]),
    ('我市表彰2025年度优秀教师\n\n本报讯 9月9日，我市召开庆祝第41个教师节大会，表彰一批优秀教师。名单如下：\n\n瓯宁市实验学校\u3000王\u3000芳\n\n瓯宁市城关镇中心学校\u3000李\u3000娜\n\n瓯宁市特殊教育学校\u3000陈\u3000静\n',
     [(['我市表彰2025年度优秀教师'], 4, [])]),
    ('周末义诊专家名单\n\n本周六上午，我市组织专家在人民广场开展义诊，坐诊专家如下：\n\n浙江省瓯宁市第一人民医院内分泌科\u3000孟\u3000瑶\n\n浙江省瓯宁市第一人民医院心血管内科\u3000王\u3000强\n\n欢迎广大市民前来咨询。\n',
     [(['周末义诊专家名单'], 4, [])]),
    ('我市学子省赛获佳绩\n\u3000\u3000在日前举行的全省中小学生书法比赛\n中，我市选手获一等奖两个。获奖学生是：\n瓯宁市实验学校\u3000孟\u3000兰\n瓯宁市外国语学校\u3000陈\u3000静\n\u3000\u3000据悉，本次比赛共有三千余人参赛。\n',
     [(['我市学子省赛获佳绩'], 4, [])]),
    ('今日谈\n冬日里的一碗热汤温暖的不只是身体\n更是人心。\n连日来，我市多个社区开设“暖心\n食堂”，为独居老人送去热饭热菜。\n这样的温暖，值得点赞。\n',
     [(['今日谈'], 2, [])]),
    ('律师说法\n消费者在购买商品时发现商家存在欺诈\n行为的可索赔。\n根据消费者权益保护法规定，经营者提\n供商品有欺诈行为的，应当按照消费者\n的要求增加赔偿其受到的损失。\n',
     [(['律师说法'], 2, [])]),
    ('法律信箱\n我家承包的草场被邻居占用了三年多\n怎么办？\n答：可以先找嘎查村委会调解，调解\n不成的，可以向法院起诉。\n',
     [(['法律信箱'], 2, [])]),
    ('个人养老金怎么缴怎么领\n◎ 一问一答\n\u3000\u3000问：哪些人可以参加个人养老金？\n\u3000\u3000答：在中国境内参加城镇职工基本养\n老保险的劳动者，都可以参加。\n',
     [(['个人养老金怎么缴怎么领'], 3, [])]),
    ('草原小唱（组诗）\n\n◎ 听雪\n\n檐下的雪\n\n一夜没睡\n\n◎ 归牧\n\n夕阳把羊群\n\n赶下山坡\n\n□ 萨日娜\n',
     [(['草原小唱（组诗）'], 6, ['□ 萨日娜'])]),  # the set whole, its Mongol poet signing it
    ('“小饭桌”里的大民生\n\n□ 微评\n\n社区“小饭桌”开张半年，每天为两百多位老人送上热乎饭菜，小切口里见大民生。\n',
     [(['“小饭桌”里的大民生'], 2, [])]),
    ('古城里的“活地图”\n\u3000\u3000老周在古城门口当了十年讲解员。每\n天都有游客围着他打听路。这天也一样。\n游客问：“去城隍庙怎么走？”老周指了\n指巷口，又画了一张简图递过去。\n\u3000\u3000这样的事，他一天要做几十回。\n',
     [(['古城里的“活地图”'], 2, [])]),
    ('县医院开出“夜间门诊”\n晚上七点，县医院门诊大厅依旧灯火通\n明。前来就诊的上班族排起了队。有人\n挂号，有人取药，有人在等候区休息。\n患者问：“几点下班？”护士答：“九点。”\n夜间门诊开诊以来，已接诊三千余人次。\n',
     [(['县医院开出“夜间门诊”'], 1, [])]),
    ('田园杂咏（二首）\n\n晒\u3000秋\n\n竹匾里摊开一个秋天\n\n红辣椒黄玉米\n\n把屋顶染成了画\n\n□ 刘晓东\n',
     [(['田园杂咏（二首）'], 4, ['□ 刘晓东'])]),
    ('全市中学生田径运动会落幕\n\n本报讯 11月8日，全市中学生田径运动会落下帷幕。男子100米前三名分别是：\n\n瓯宁市实验学校\u3000王\u3000强\n\n瓯宁市华侨学校\u3000陈\u3000伟\n\n本届运动会共有32所学校参加。\n',
     [(['全市中学生田径运动会落幕'], 4, [])]),
    ('我市5人获评省级劳动模范\n\n本报讯 日前，省总工会公布2025年度省级劳动模范名单，我市5人榜上有名。他们是：\n\n国网浙江省电力有限公司瓯宁市供电公司\u3000王\u3000强\n\n浙江瓯宁港口集团有限公司集装箱码头公司\u3000林海峰\n\n据了解，今年全省共评出省级劳模800名。\n',
     [(['我市5人获评省级劳动模范'], 4, [])]),
    ('快评\n让更多老人享受到家门口的养老\n服务。\n日前，我市又有12家社区嵌入\n式养老服务中心投入运营。\n',
     [(['快评'], 2, [])]),
    ('各地多措并举保障群众温暖过冬\n\n◎ 乌兰察布\n\n乌兰察布市提前启动供热设施检修，确保按时供暖。\n',
     [(['各地多措并举保障群众温暖过冬'], 2, [])]),
    ('节气里的中国\n\n◎ 立秋\n\n立秋是二十四节气中的第十三个节气，民间有“贴秋膘”的习俗。\n',
     [(['节气里的中国'], 2, [])]),
    ('千名志愿者守护“最美赛道”\n\n□ 现场直击\n\n11月9日清晨，2025瓯宁马拉松鸣枪开跑，志愿者早早就位。\n',
     [(['千名志愿者守护“最美赛道”'], 2, [])]),
    ('个人养老金怎么缴怎么领\n◎ 一问一答\n\u3000\u3000问：哪些人可以参加个人养老金？\n\u3000\u3000答：参加城镇职工基本养老保险的劳\n动者，都可以参加。\n',
     [(['个人养老金怎么缴怎么领'], 3, [])]),
    ('草原小唱（组诗）\n\n◎ 听雪\n\n檐下的雪\n\n一夜没睡\n\n□ 萨日娜\n',
     [(['草原小唱（组诗）'], 3, ['□ 萨日娜'])]),  # the set whole, its Mongol poet signing it
    ('政策宣讲进村头\n\u3000\u3000宣讲员刚坐下，大伙就围了上来。有\n人问医保，也有人问养老金，七嘴八舌。\n村民问：“耕地补贴啥时候发？”宣讲员\n翻开笔记本，一条一条解答。\n',
     [(['政策宣讲进村头'], 1, [])]),
    ('政策宣讲进村头\n宣讲员刚坐下，大伙就围了上来。有人\n问医保，也有人问养老金，七嘴八舌。\n村民问：“耕地补贴啥时候发？”宣讲员\n翻开笔记本，一条一条解答。\n',
     [(['政策宣讲进村头'], 1, [])]),
    ('田园杂咏（二首）\n\n晒\u3000秋\n\n竹匾里摊开一个秋天\n\n红辣椒黄玉米\n\n□ 刘晓东\n',
     [(['田园杂咏（二首）'], 3, ['□ 刘晓东'])]),
    ('我市表彰优秀教师\n\n本报讯 9月9日，我市表彰一批优秀教师。名单如下：\n\n瓯宁市实验学校\u3000王\u3000芳\n\n瓯宁市特殊教育学校\u3000陈\u3000静\n',
     [(['我市表彰优秀教师'], 3, [])]),
    ('周末义诊专家名单\n\n本周六上午，我市在人民广场开展义诊，坐诊专家如下：\n\n浙江省瓯宁市第一人民医院内分泌科\u3000孟\u3000瑶\n\n欢迎广大市民前来咨询。\n',
     [(['周末义诊专家名单'], 3, [])]),
    ('我市学子省赛获佳绩\n\u3000\u3000在全省中小学生书法比赛中，我市选\n手获一等奖两个。获奖学生是：\n瓯宁市实验学校\u3000孟\u3000兰\n瓯宁市外国语学校\u3000陈\u3000静\n\u3000\u3000本次比赛共有三千余人参赛。\n',
     [(['我市学子省赛获佳绩'], 4, [])]),
    ('今日谈\n冬日里的一碗热汤温暖的不只是身体\n更是人心。\n连日来，我市多个社区开设“暖心食\n堂”，为独居老人送去热饭热菜。\n',
     [(['今日谈'], 2, [])]),
    ('法律信箱\n我家承包的草场被邻居占用了三年多\n怎么办？\n答：可以先找村委会调解，调解不成\n的，可以向法院起诉。\n',
     [(['法律信箱'], 2, [])]),
    ('一部写给牧区孩子的书\n◎ 郑晓梅\n\u3000\u3000《草原上的小白马》是一部儿童小说。\n（作者是内蒙古作家协会会员）书中讲\n述了牧区少年和一匹小白马的故事。\n\u3000\u3000读完全书，我久久不能平静。\n',
     [(['一部写给牧区孩子的书'], 2, ['◎ 郑晓梅'])]),
    ('草原小唱（组诗）\n\n□ 萨日娜\n\n◎ 听雪\n\n檐下的雪\n\n一夜没睡\n\n◎ 归牧\n\n夕阳把羊群\n\n赶下山坡\n',
     [(['草原小唱（组诗）'], 6, ['□ 萨日娜'])]),
    ('二十四节气诗抄\n\n◎ 谷雨\n\n雨落下来\n\n种子醒了\n\n◎ 立夏\n\n蛙声涨满池塘\n\n（作者系市作协会员）\n',
     [(['二十四节气诗抄'], 4, ['◎ 谷雨'])]),
    ('人民时评\n以钉钉子精神抓好各项惠民政策落地\n见效。\n民生无小事，枝叶总关情。各项惠民\n政策能否落地，群众感受最真切。\n',
     [(['人民时评'], 2, [])]),
])
def test_a_reviewers_pages_keep_their_lists_questions_and_marked_lines_as_text(text, articles):
    assert [(a.headline, len(a.paragraphs), a.byline.text) for a in banmian.rebuild(text).articles] == articles


def test_a_results_table_keeps_a_score_with_its_penalties_in_brackets_among_its_rows():
    text = "\n\n".join(["市第六届运动会足球赛（成年组）", "决赛阶段成绩", "场次　对阵　比分", "半决赛　渠口区—宝峰县　2∶0",
                       "半决赛　蓥城区—华溪县　1∶1（点球4∶3）", "三四名　华溪县—宝峰县　0∶0（点球5∶4）",
                       "决赛　渠口区—蓥城区　3∶1", "冠军　渠口区队", "亚军　蓥城区队", "季军　华溪县队",
                       "体育道德风尚奖　龙滩县队、青崖县队", "2025蓥州马拉松开跑在即", "1.5万名选手将“跑”遍老城新区",
                       "本报讯（通讯员 黄　鹏）11月30日，2025蓥州马拉松将鸣枪开跑。"])
    table, race = banmian.rebuild(text).articles
    assert table.headline == ["市第六届运动会足球赛（成年组）", "决赛阶段成绩"]
    assert len(table.paragraphs) == 9
    assert race.headline == ["2025蓥州马拉松开跑在即", "1.5万名选手将“跑”遍老城新区"]


def test_a_notice_closing_on_its_web_address_is_signed_by_its_issuer_and_date_under_it():
    text = "\n\n".join(["澜江市职业技术学院", "2025年五年一贯制高职招生公告", "一、招生对象",
                       "本市应届初中毕业生。", "联系人：钟老师　赵老师", "学院网址：www.jlzyjsxy.edu.cn",
                       "澜江市职业技术学院招生就业处", "2025年5月10日", "●校园动态",
                       "●5月8日，澜江市第一中学举行“成人礼”。", "●5月9日，澜江市实验小学举行科技节。"])
    notice, briefs = banmian.rebuild(text).articles
    assert notice.paragraphs[-3:] == ["学院网址：www.jlzyjsxy.edu.cn", "澜江市职业技术学院招生就业处", "2025年5月10日"]
    assert briefs.headline == ["●校园动态"]


def test_a_credited_caption_over_another_marked_caption_under_a_story_is_a_photo_of_its_own():
    text = "\n\n".join(["罗建平在华溪县调研时强调", "咬定目标不放松　全力冲刺四季度",
                       "本报讯（记者 蒲小川　唐　敏）11月18日，市长罗建平到华溪县调研工业经济运行和重点项目建设。",
                       "市政府秘书长李春林参加调研。", "", "",
                       "▲罗建平在四川蓥华新材料有限公司生产车间了解企业生产经营情况。 记者 唐　敏 摄", "", "",
                       "▲罗建平在华溪至渠口快速通道项目施工现场察看工程进度。", "记者　蒲小川　摄", "短评", "冲刺要有“抢”的劲头",
                       "距年底仅剩40天，冲刺要有“抢”的劲头。"])
    story, first, second, comment = banmian.rebuild(text).articles
    assert story.paragraphs[-1] == "市政府秘书长李春林参加调研。"
    assert (first.kind, second.kind) == ("photo", "photo")
    assert first.byline.photographers == ["唐敏"]



# A second reviewer's pages against the narrowed rules: co-authors signing a piece a line each (at its foot or under its
# title), a headline of two phrases ending on 学校, a work's credit inside a sentence, a piece under a column's name with
# no title whose first line holds figures, a note on a poem's author inside the text.
@pytest.mark.parametrize("text, articles", [
    ('健康讲堂\n\n春季如何预防过敏性鼻炎\n\n\u3000\u3000春暖花开，不少市民出现鼻痒、\n打喷嚏、流清涕等症状。专家提醒，\n这可能是过敏性鼻炎找上门了。\n\u3000\u3000预防过敏性鼻炎，首先要减少接\n触过敏原，外出时佩戴口罩，回家后\n及时清洗鼻腔。\n瓯宁市第一人民医院\u3000张\u3000伟\n瓯宁市疾病预防控制中心\u3000李\u3000娜\n',
     [(['健康讲堂', '春季如何预防过敏性鼻炎'], 2, ['瓯宁市第一人民医院 张 伟 瓯宁市疾病预防控制中心 李 娜'])]),
    ('冬季用电安全小贴士\n\n国网瓯宁县供电公司\u3000沈\u3000佳\n国网瓯宁县供电公司营销部\u3000王\u3000磊\n\n\u3000\u3000入冬以来，取暖设备使用增多，\n家庭用电负荷明显上升。电力部门提\n醒，使用电暖器时不要与其他大功率\n电器共用一个插座。\n',
     [(['冬季用电安全小贴士'], 1, ['国网瓯宁县供电公司 沈 佳 国网瓯宁县供电公司营销部 王 磊'])]),
    ('冬季用电安全小贴士\n\n国网瓯宁县供电公司\u3000沈\u3000佳\n\n瓯宁县应急管理局\u3000王\u3000磊\n\n入冬以来，取暖设备使用增多，家庭用电负荷明显上升。电力部门提醒，使用电暖器时不要与其他大功率电器共用一个插座。\n\n外出或睡觉前，要及时关闭取暖设备电源，防止发生火灾。\n',
     [(['冬季用电安全小贴士'], 2, ['国网瓯宁县供电公司 沈 佳', '瓯宁县应急管理局 王 磊'])]),
    ('乡村学校\u3000高颜值\n\n\u3000\u3000走进瓯宁县石门乡中心学校，崭\n新的塑胶跑道、明亮的教室映入眼帘。\n近年来，该县累计投入资金1.2亿元，\n改造提升乡村学校32所。\n',
     [(['乡村学校 高颜值'], 1, [])]),
    ('职工心声\n\n平凡岗位上的坚守\n\n\u3000\u3000每天清晨，当城市还在沉睡，我\n们已经来到站台，检查设备、清扫卫\n生，迎接第一班列车。\n\u3000\u3000十年如一日，我们用坚守诠释着\n铁路人的担当。\n瓯宁车务段\u3000林\u3000峰\n瓯宁工务段\u3000黄\u3000河\n',
     [(['职工心声', '平凡岗位上的坚守'], 2, ['瓯宁车务段 林 峰 瓯宁工务段 黄 河'])]),
    ('校园新闻\n\n我市中小学生征文比赛揭晓\n\n本报讯\u3000本届征文比赛共收到稿件260篇。经专家评审，一等奖由《我和我的祖国》（新营小学\u3000孙倩倩）\n\n和《家乡的变化》（城关中学\u3000李\u3000明）获得，另有15篇作品获二等奖。\n\n颁奖仪式将于下周在市青少年宫举行。\n',
     [(['校园新闻', '我市中小学生征文比赛揭晓'], 2, [])]),
    ('记者手记\n\n今年1至10月瓯宁市城区新增停车泊位\n一万两千余个，缓解了老城区停车难\n的问题。但记者走访发现，不少新建\n泊位位置偏僻，使用率不高。\n',
     [(['记者手记'], 1, [])]),
    ('短评\n\n今年以来全县新建5G基站286个\n农村地区网络信号明显改善，为\n电商直播等新业态提供了支撑。\n',
     [(['短评'], 1, [])]),
    ('今日谈\n\n近年来全市累计投入资金12.6亿元、\n改造老旧小区三百余个，惠及居\n民八万余户。老旧小区改造是民\n生工程，更是民心工程。\n',
     [(['今日谈'], 1, [])]),
    ('消费提醒\n\n市场监管部门近日抽检了10批次USB充电器\n其中3批次不合格，主要问题是输\n入功率与标称值不符，存在安全隐\n患。消费者购买时要认准正规渠道。\n',
     [(['消费提醒'], 3, [])]),
    ('一本书里的故乡\n\n\u3000\u3000《乡土》一书讲述了作者的故乡。\n（作者系瓯宁市第一中学退休教师，\n今年已八十高龄）书中写到的老街、\n石桥，如今大多已不复存在。\n',
     [(['一本书里的故乡'], 1, [])]),
    ('安全生产\n\n守住安全生产底线\n\n\u3000\u3000安全生产无小事。企业要落实主\n体责任，定期开展隐患排查，做到早\n发现、早整改。\n\u3000\u3000\u3000\u3000瓯宁县应急管理局\u3000王\u3000磊\n\u3000\u3000\u3000\u3000瓯宁县消防救援大队\u3000赵\u3000刚\n',
     [(['安全生产', '守住安全生产底线'], 1, ['瓯宁县应急管理局 王 磊 瓯宁县消防救援大队 赵 刚'])]),
    ('红色学校 党旗红\n\n瓯宁县石门乡中心学校坚持党建引领，把红色教育融入课堂内外，培育了一批批红色小讲解员。\n\n今年以来，学校共开展红色研学活动20余场，惠及师生3000余人次。\n',
     [(['红色学校 党旗红'], 2, [])]),
    ('智慧学校\u3000安全行\n\n\u3000\u3000瓯宁县实验学校近日上线智慧安\n防平台，通过人脸识别、电子围栏等\n技术，为师生安全保驾护航。\n',
     [(['智慧学校 安全行'], 1, [])]),
    ('校园新闻\n\n我市中小学生征文比赛揭晓\n\n本报讯\u3000本届征文比赛共收到稿件260篇。经专家评审，《我和我的祖国》（新营小学\u3000孙倩倩）\n\n等12篇作品获一等奖，《家乡的变化》等25篇作品获二等奖。\n\n颁奖仪式将于下周在市青少年宫举行。\n',
     [(['校园新闻', '我市中小学生征文比赛揭晓'], 2, [])]),
    ('体育新闻\n\n全市中学生田径运动会闭幕\n\n本报讯\u3000经过三天的角逐，全市中学生田径运动会昨日闭幕。男子100米冠军被瓯宁二中的李明获得。女子100米冠军和亚军分别是王芳（瓯宁市实验学校\u3000王\u3000芳）\n\n和陈晓燕，两人都打破了赛会纪录。\n',
     [(['体育新闻', '全市中学生田径运动会闭幕'], 1, [])]),
    ('短评\n\n今年以来全县新建5G基站286个使\n农村地区网络信号明显改善，为电\n商直播等新业态提供了有力支撑。\n',
     [(['短评'], 1, [])]),
    ('消费提醒\n\n近日市场监管部门抽检了10批次USB\n充电器，其中三批次不合格，主要\n问题是输入功率与标称值不符，存\n在安全隐患。\n',
     [(['消费提醒'], 1, [])]),
    ('品读经典\n\n\u3000\u3000“白日不到处，青春恰自来。”\n（作者为清代诗人袁枚，此诗题为\n《苔》）短短两句，写尽了苔花的\n顽强生命力。\n',
     [(['品读经典'], 1, [])]),
    ('安全生产\n\n守住安全生产底线\n\n\u3000\u3000安全生产无小事。企业要落实主\n体责任，定期开展隐患排查。\n瓯宁县应急管理局\u3000王\u3000磊\n瓯宁县消防救援大队\u3000赵\u3000刚\n',
     [([], 1, ['瓯宁县应急管理局 王 磊 瓯宁县消防救援大队 赵 刚'])]),
    ('冬季用电安全小贴士\n国网瓯宁县供电公司\u3000沈\u3000佳\n瓯宁县应急管理局\u3000王\u3000磊\n\u3000\u3000入冬以来，取暖设备使用增多，\n家庭用电负荷明显上升。\n',
     [(['冬季用电安全小贴士'], 1, ['国网瓯宁县供电公司 沈 佳 瓯宁县应急管理局 王 磊'])]),
    ('冬季用电安全小贴士\n\n国网瓯宁县供电公司\u3000沈\u3000佳\n\n瓯宁县应急管理局\u3000王\u3000磊\n\n入冬以来，取暖设备使用增多，家庭用电负荷明显上升。\n',
     [(['冬季用电安全小贴士'], 1, ['国网瓯宁县供电公司 沈 佳', '瓯宁县应急管理局 王 磊'])]),
    ('乡村学校\u3000高颜值\n\n\u3000\u3000走进瓯宁县石门乡中心学校，崭\n新的塑胶跑道、明亮的教室映入眼帘。\n',
     [(['乡村学校 高颜值'], 1, [])]),
    ('我市中小学生征文比赛揭晓\n\n本届征文比赛共收到稿件260篇。经专家评审，《我和我的祖国》（新营小学\u3000孙倩倩）\n\n等12篇作品获一等奖。\n',
     [(['我市中小学生征文比赛揭晓'], 1, [])]),
    ('记者手记\n\n今年1至10月瓯宁市城区新增停车泊位\n一万两千余个，缓解了老城区停车难\n的问题。\n',
     [(['记者手记'], 1, [])]),
    ('消费提醒\n\n近日市场监管部门抽检了10批次USB\n充电器，其中三批次不合格，主要\n问题是输入功率与标称值不符。\n',
     [(['消费提醒'], 1, [])]),
    ('今日谈\n\n今年以来全县共新建成5G基站286个\n农村地区网络信号明显改善，为电商\n直播等新业态提供了有力支撑。\n',
     [(['今日谈'], 1, [])]),
    ('品读经典\n\n\u3000\u3000“白日不到处，青春恰自来。”\n（作者为清代诗人袁枚，此诗题为\n《苔》）短短两句，写尽了苔花的\n顽强生命力。\n',
     [(['品读经典'], 1, [])]),
    ('健康讲堂\n\n春季如何预防过敏性鼻炎\n\n春暖花开，不少市民出现鼻痒、打喷\n嚏等症状，这可能是过敏性鼻炎。\n瓯宁市第一人民医院\u3000张\u3000伟\n瓯宁市疾病预防控制中心\u3000李\u3000娜\n',
     [([], 1, ['瓯宁市第一人民医院 张 伟 瓯宁市疾病预防控制中心 李 娜'])]),
    ('职工心声\n\n平凡岗位上的坚守\n\n\u3000\u3000每天清晨，当城市还在沉睡，我\n们已经来到站台，检查设备、清扫卫\n生，迎接第一班列车。\n瓯宁车务段\u3000林\u3000峰\n瓯宁工务段\u3000黄\u3000河\n\n我和我的师傅\n\n\u3000\u3000进厂那年，师傅手把手教我看图\n纸、练焊接，一教就是三年。\n机修车间\u3000孙大海\n',
     [(['职工心声', '平凡岗位上的坚守'], 1, ['瓯宁车务段 林 峰 瓯宁工务段 黄 河']), (['我和我的师傅'], 1, ['机修车间 孙大海'])]),
    ('我市中小学生征文比赛揭晓\n\n本届征文比赛共收到稿件260篇。一等奖由《我和我的祖国》（新营小学\u3000孙倩倩）\n\n和《家乡的变化》（城关中学\u3000李\u3000明）获得。\n',
     [(['我市中小学生征文比赛揭晓'], 1, [])]),
])
def test_a_second_reviewers_pages_keep_their_signatures_titles_and_notes(text, articles):
    assert [(a.headline, len(a.paragraphs), a.byline.text) for a in banmian.rebuild(text).articles] == articles


@pytest.mark.parametrize("form", ["\n\n", "\n"])
def test_two_writers_a_line_each_by_unit_under_a_pieces_last_sentence_both_sign_it(form):
    text = form.join(["健康讲堂", "春季如何预防过敏性鼻炎",
                      "春季是过敏性鼻炎的高发季节，外出时佩戴口罩，回家后及时清洗鼻腔，可减少过敏原的刺激。",
                      "瓯宁市第一人民医院　张　伟", "瓯宁市疾病预防控制中心　李　娜", "我和我的师傅",
                      "进厂那年，师傅手把手教我看图纸、练焊接。"])
    piece, story = banmian.rebuild(text).articles
    assert piece.byline.reporters == ["张伟", "李娜"]
    assert story.headline == ["我和我的师傅"]


def test_three_writers_a_line_each_by_unit_sign_a_piece_at_the_pages_end():
    text = "\n\n".join(["科普园地", "秋冬季节警惕流感", "进入秋冬季节，流感进入高发期。专家建议，重点人群应尽早接种流感疫苗。",
                        "瓯宁市疾病预防控制中心　周　立", "瓯宁市第一人民医院　张　伟", "瓯宁市中医医院　李　娜"])
    [piece] = banmian.rebuild(text).articles
    assert piece.byline.reporters == ["周立", "张伟", "李娜"]



# A third reviewer's pages against the late rules: a headline holding a score and its note, headlines of prizes
# announced, a web address inside a sentence, the paper's own address at the page's foot, ▲ items under a caption set
# inside a story.
@pytest.mark.parametrize("text, articles", [
    ('半决赛 2∶2（点球5∶4） 我市女足挺进决赛\n\n省运会女子足球半决赛昨日举行\n\n本报讯（记者 周 敏）昨天，省第十七届运动会女子足球U15组半决赛在江城进行，我市女足与江城队鏖战120分钟战成2∶2，点球大战以5∶4胜出。\n\n决赛将于本周六进行，对手是上届冠军澜江市队。\n',
     [(['半决赛 2∶2（点球5∶4） 我市女足挺进决赛', '省运会女子足球半决赛昨日举行'], 2, 'article')]),
    ('第十一届茅盾文学奖 揭晓\n\n我市作家获提名奖 实现零的突破\n\n本报讯（记者 王 芳）8月11日，第十一届茅盾文学奖评奖结果揭晓，5部作品获奖。我市作家陈明的长篇小说《海风》获得提名，这是我市作家首次获此殊荣。\n\n陈明表示，将继续扎根家乡，书写海边人的故事。\n',
     [(['第十一届茅盾文学奖 揭晓', '我市作家获提名奖 实现零的突破'], 2, 'article')]),
    ('省科学技术奖 揭晓\n我市获一等奖 两项\n\u3000\u3000本报讯（记者 王芳）昨天，2023年\n度省科学技术奖励大会召开，我市共有\n9个项目获奖，其中一等奖2项。\n\u3000\u3000获奖项目涉及智能制造、新材料等领域。\n',
     [(['省科学技术奖 揭晓', '我市获一等奖 两项'], 2, 'article')]),
    ('年度科技进步奖 花落谁家\n\n创新成果奖 首次设立\n\n本报讯（记者 赵 雷）昨天，市政府召开科学技术奖励大会，表彰2023年度获奖项目和个人。\n\n今年首次设立的创新成果奖，共评出10个项目。\n',
     [(['年度科技进步奖 花落谁家', '创新成果奖 首次设立'], 2, 'article')]),
    ('社保待遇资格认证可网上办\n\u3000\u3000本报讯 即日起，退休人员可登录\n市人社局网站www.wlrs.gov.cn\n办理待遇资格认证，无需再到窗口\n排队。\n\u3000\u3000有疑问的市民可拨打12333咨询。\n',
     [(['社保待遇资格认证可网上办'], 2, 'article')]),
    ('公示\n\u3000\u3000根据有关规定，现将拟认定的市级\n非遗代表性传承人名单予以公示，名\n单详见http://www.wlwh.gov.cn\n公示期为2024年5月6日至5月12日。\n\u3000\u3000温岭市文化和广电旅游体育局\n\u3000\u30002024年5月6日\n',
     [(['公示'], 3, 'article')]),
    ('我市公布第二批市级非遗代表性项目\n\n本报讯（记者 张 悦）近日，市政府公布第二批市级非物质文化遗产代表性项目名录，共28项。具体名单可登录市政府门户网站www.wl.gov.cn\n\n查询。市民也可关注“温岭发布”微信公众号了解详情。\n\n据悉，我市现有各级非遗代表性项目150余项。\n',
     [(['我市公布第二批市级非遗代表性项目'], 2, 'article')]),
    ('春节假期图书馆开放安排\n\n本报讯 春节期间，市图书馆开放时间有调整：除夕、正月初一闭馆，初二至初六9:00-17:00开放。\n\n咨询电话：0576-86201234\n\n本报网址：www.wlnews.cn\n',
     [(['春节假期图书馆开放安排'], 2, 'article')]),
    ('秋收时节稻谷香\n\n本报讯（记者 唐 敏）眼下正是晚稻收割时节，在箬横镇的万亩粮食功能区，收割机往来穿梭。\n\n今年全镇晚稻种植面积5.2万亩，预计亩产可达550公斤。\n\n▲农户在晾晒稻谷。 记者 唐\u3000敏 摄\n\n▲相关链接：我市今年粮食播种面积稳定在30万亩以上，连续五年获省粮食生产先进县。\n',
     [(['秋收时节稻谷香'], 4, 'article')]),
    ('半决赛 2∶2（点球5∶4） 我市女足挺进决赛\n\n省运会女子足球半决赛昨日举行\n\n本报讯（记者 周 敏）昨天，我市女足与江城队战成2∶2，点球大战以5∶4胜出，挺进决赛。\n',
     [(['半决赛 2∶2（点球5∶4） 我市女足挺进决赛', '省运会女子足球半决赛昨日举行'], 1, 'article')]),
    ('半决赛 2∶2（点球5∶4） 我市女足晋级\n省运会女足半决赛昨日举行\n\u3000\u3000本报讯 昨天，我市女足与江城队鏖\n战120分钟战成2∶2，点球大战以5∶4\n胜出。\n',
     [(['半决赛 2∶2（点球5∶4） 我市女足晋级', '省运会女足半决赛昨日举行'], 2, 'article')]),
    ('省科学技术奖 揭晓\n\n我市获一等奖 两项\n\n本报讯 昨天，2023年度省科学技术奖励大会召开，我市共有9个项目获奖。\n',
     [(['省科学技术奖 揭晓', '我市获一等奖 两项'], 1, 'article')]),
    ('政府质量奖 揭晓\n三家企业获质量奖 我市占一席\n\u3000\u3000本报讯 昨天，第五届省政府质量\n奖评审结果公布，我市台州吉裕公司\n榜上有名。\n',
     [(['政府质量奖 揭晓', '三家企业获质量奖 我市占一席'], 1, 'article')]),
    ('个税年度汇算开始\n\n本报讯（记者 金 鑫）3月1日起，2023年度个人所得税综合所得汇算清缴开始办理。纳税人可通过个人所得税App或登录www.etax.chinatax.gov.cn\n\n办理，也可前往办税服务厅办理。\n',
     [(['个税年度汇算开始'], 1, 'article')]),
    ('停水通知\n\u3000\u3000因管网改造，12月5日8:00至18:00\n城东片区将暂停供水，请用户做好储水\n准备。\n咨询电话：0576-86201234\n\n本报网址：www.wlnews.cn\n',
     [(['停水通知'], 2, 'article')]),
    ('我市出台学校周边交通整治措施\n\n本报讯（记者 唐 敏）新学期开始，市公安局交警大队联合市教育局出台学校周边交通整治措施。\n\n主要措施包括以下几项。\n\n▲交警在市实验小学门口疏导交通。 记者 唐\u3000敏 摄\n\n▲实行错峰上下学，各校放学时间错开15分钟。\n\n▲增设临时停车泊位300余个，家长可即停即走。\n\n▲每天安排警力200余人次在校门口值守。\n',
     [(['我市出台学校周边交通整治措施'], 6, 'article')]),
    ('学校周边交通整治出新招\n\u3000\u3000本报讯 新学期开始，市交警大队\n出台学校周边交通整治措施。\n\u3000\u3000主要措施包括以下几项。\n\u3000\u3000▲交警在校门口疏导交通。 记者 唐\n敏 摄\n\u3000\u3000▲实行错峰上下学。\n\u3000\u3000▲增设临时停车泊位300余个。\n',
     [(['学校周边交通整治出新招'], 5, 'article')]),
])
def test_a_third_reviewers_pages_keep_their_headlines_addresses_and_items(text, articles):
    assert [(a.headline, len(a.paragraphs), a.kind) for a in banmian.rebuild(text).articles] == articles


def test_a_figures_box_whose_rows_say_how_a_figure_changed_keeps_its_title_apart_in_flush_print():
    text = ("更方便、更省心。\n数说\n瓯宁市第一人民医院门诊服务变化\n患者服务中心可办事项　27项\n检查平均往返次数　2.6次→1.3次\n"
            "门诊移动支付比例　82%\n平均取药时间　12分钟→3分钟\n门诊患者满意度　91.4%→96.8%\n")
    box = banmian.rebuild(text).articles[-1]
    assert box.headline == ["数说", "瓯宁市第一人民医院门诊服务变化"]
    assert len(box.paragraphs) == 5


def _outline(page) -> str:
    """Each article's first headline line and the count of its paragraphs, as the reviews' pinned pages are written."""
    return "/".join(f"{article.headline[0] if article.headline else ''}|{len(article.paragraphs)}" for article in page.articles)


# Session 50's three reviews: ordinary pages the new rules read wrongly before they were narrowed (each heading's first
# line and the count of its paragraphs)
@pytest.mark.parametrize("text, expected", [
    ('各地传真\n\u3000\u3000瑞溪市\u3000近日，瑞溪市启动“春风行\n动”，组织120家企业开展线上线下招聘，\n提供岗位6000余个。\n\u3000\u3000桂湖区\u30003月13日，桂湖区举办农村\n实用技术培训班，邀请省农科院专家授\n课，300余名种植大户参加培训学习。\n（本报记者\u3000王\u3000强\u3000整理）\n',
     '各地传真|3'),
    ('●要闻简讯\n\n●近日，县市场监督管理局对县城23家年货经营户开展食品安全检查。\n\n●县医保局提醒，2026年度城乡居民医保集中缴费截至2月28日。\n\n（本报记者\u3000赵一鸣\u3000孙\u3000悦）\n\n●综合简讯\n\n●县气象台预计，本周我县以晴到多云天气为主。\n',
     '●要闻简讯|3/●综合简讯|1'),
    ('全市房价（3月）\u3000新房涨0.3%\u3000二手房跌0.5%\n\n我市楼市企稳回暖\n\n本报讯（记者 王强）国家统计局昨日发布3月70个大中城市房价数据。\n',
     '全市房价（3月） 新房涨0.3% 二手房跌0.5%|1'),
    ('老旧小区加装电梯提速\n\n今年以来，我市已为32个老旧小区加装电梯86部，惠及居民1200余户。\n\n记者手记\n\n让民生实事更有温度\n\n办好民生实事，就要多一些耐心，多一些倾听。\n\n王\u3000强\u3000李\u3000娜\n',
     '老旧小区加装电梯提速|4'),
    ('我市表彰十佳最美护士\n\n本报讯（记者 王强）5月12日，我市举行国际护士节表彰大会。\n\n记者手记\n\n致敬白衣天使\n\n采访中，记者被她们的故事一次次打动。让我们记住这些名字。\n\n李\u3000娜\u3000张秀英\u3000王丽华\n\n她们是我们身边最可爱的人。\n',
     '我市表彰十佳最美护士|6'),
    ('白溪时评\n\n让“烟火气”与“文明风”相得益彰\n\n管理不是一关了之，疏堵结合才能让烟火气和文明风相得益彰。\n\n年\u3000味\n\n1月20日，市民在城东花鸟市场选购年花。\n\n记者\u3000林\u3000峰\u3000摄\n',
     '白溪时评|1/年 味|1'),
    ('代表风采\n\n把群众的事当成自己的事\n\n当选县人大代表以来，他提出建议18件，件件有回音。\n\n城关镇幸福社区居委会主任\u3000吴建国\n\n3月5日，吴建国在社区走访独居老人。\n\n通讯员\u3000舒\u3000畅\u3000摄\n',
     '代表风采|1/城关镇幸福社区居委会主任 吴建国|1'),
    ('城市书房延时开放到晚上十点\n\n本报讯（记者 王强）即日起，我市12家城市书房延时开放至晚上10点。\n\n城东书房内，市民在安静阅读。\n\n记者\u3000林\u3000峰\u3000摄\n\n记者走访\n\n夜读时光\n\n晚上9点，记者来到城东书房，仍有二十多位市民在安静阅读。\n',
     '城市书房延时开放到晚上十点|5'),
    # the second review's, of the later rules
    ('凉川晚报\n\nA14\n\n我的开学日记\n\n2025年9月1日 星期一\n\n今天是开学第一天，妈妈一早就把我叫醒。\n',
     '我的开学日记|1'),
    ('凉川晚报\n\nA16\n\n历史上的今天\n\n1931年9月18日\n\n日本关东军炸毁沈阳柳条湖附近的南满铁路路轨，制造九一八事变。\n',
     '历史上的今天|1'),
    ('凉川日报\n\n第4版\n\n凉川一周要闻\n\n2025年9月22日 星期一\n\n市委常委会召开会议，研究部署秋冬季安全生产工作。\n',
     '凉川一周要闻|1'),
    ('凉川日报 2025年9月26日 星期五 第3版\n\n丰收节里话丰收\n\n金秋时节走进城南镇的田野\n间，处处可见农民忙碌的身影\n稻浪翻滚，收割机来回穿梭。\n',
     '丰收节里话丰收|1'),
    ('凉川日报 2025年9月26日 星期五 第8版\n\n写给母亲的诗\n\n村口的老槐树下\n母亲总在那里等我\n\n□ 李明\n',
     '写给母亲的诗|1'),
    ('凉川日报 2025年9月26日 星期五 第2版\n\n城南镇举办丰收节\n\n\u3000\u3000本报讯（记者\u3000王芳）9月23日，城\n南镇举办农民丰收节活动。\n\n让老旧小区住得更舒心\n\n\u3000\u3000今年以来，我市加快推进老旧小区\n改造，已完成改造小区46个，惠及居\n民1.2万户。\n\n记者手记\n改造要办到群众心坎上\n\u3000\u3000老旧小区改造是民生实事，只有多\n听群众意见，才能把实事办到群众心\n坎上。\n本报记者\u3000高晓彤\n',
     '城南镇举办丰收节|1/让老旧小区住得更舒心|4'),
    ('老街焕新颜\n本报记者\u3000高晓彤\n\n\u3000\u3000老街改造工程进入收尾阶段，青石\n板路重新铺好。\n\n记者手记\n留住烟火气\n\u3000\u3000老街的改造，难在平衡。\n\n陈素萍\n本报记者\u3000王芳\n\n\u3000\u3000清晨六点，陈素萍已经在社区里转\n了一圈。\n',
     '老街焕新颜|4/陈素萍|1'),
    ('老街焕新颜\n本报记者\u3000高晓彤\n\n\u3000\u3000老街改造工程进入收尾阶段，青石\n板路重新铺好。\n\n记者手记\n留住烟火气\n\u3000\u3000老街的改造，难在平衡。\n\n金秋\n□ 李明\n\n\u3000\u3000九月的风，吹黄了田野。\n',
     '老街焕新颜|4/金秋|1'),
    ('城南镇举办丰收节\n\n本报讯（记者 李静）9月23日，城南镇举办农民丰收节活动。\n\n好岗位：送到家门口\n\n本报记者 王芳\n\n9月25日，我市举办专场招聘会。\n',
     '城南镇举办丰收节|1/好岗位：送到家门口|1'),
    ('城南镇举办丰收节\n\n\u3000\u3000本报讯（记者 李静）9月23日，城南\n镇举办农民丰收节活动，展示当地特色\n农产品。\n\n特殊岗位：高温下的坚守\n\n\u3000\u3000连日来，我市持续高温，不少劳动者\n依然坚守在岗位上。在城南工地，钢筋\n工老李已经干了三个小时。\n',
     '城南镇举办丰收节|1/特殊岗位：高温下的坚守|1'),
    ('遗失证件莫慌张\n本报记者 王芳\n\n市民刘女士上月不慎遗失了身份证，\n按规定登报后，原证件即声明作废。\n随后她到城关派出所补办了新证件，\n全程只用了十分钟。\n',
     '遗失证件莫慌张|1'),
    ('一份公告背后的民生温度\n本报记者 王芳\n\n9月20日，市住建局发布停水公告，\n公告最后一句照例写着：特此公告。\n短短四个字背后，是三十多名工人连\n夜抢修管网的辛劳。\n',
     '一份公告背后的民生温度|1'),
    ('我市开展安全生产大检查\n\n本报讯 9月以来，我市开展安全生产大检查。\n\n■检查企业326家，发现隐患512处。\n\n■已整改隐患480处，整改率达94%。\n\n（记者 王芳 通讯员 陈建）\n\n■本报讯 市消防救援支队开展消防演练，提升应急处置能力。\n',
     '我市开展安全生产大检查|4/|1'),
    # the third review's, of the narrowed rules
    ('遗失证件莫慌张\n本报记者 王芳\n\n市民刘女士上月在公交车上遗失身份\n证，按规定登报后，原证件声明作废。\n随后她到城关派出所补办了新证件，\n全程只用了十分钟。\n',
     '遗失证件莫慌张|1'),
    ('老党员的“遗失声明”\n本报记者 王芳\n\n王大爷遗失党员证一本，在报上登了\n一则启事：本人不慎遗失，声明作废。\n启事刊出后，社区干部发动居民帮忙\n寻找，三天后证件终于失而复得。\n',
     '老党员的“遗失声明”|1'),
    ('遗失声明\n\n凉川市顺发贸易有限公司遗失公章一\n枚，编号33100200188，声明作废。\n另遗失财务专用章一枚，声明作废。\n王明遗失凉川市第一人民医院出具的\n出生医学证明一份，声明作废。\n',
     '遗失声明|2'),
    ('凉川日报 2025年9月26日 星期五 第8版\n\n写给母亲的诗\n\n村口的老槐树下\n母亲总在那里等我\n□ 李明\n',
     '写给母亲的诗|1'),
    ('凉川日报 2025年9月26日 星期五 第1版\n\n稻花香里说丰年\n\n我市晚稻喜获丰收\n本报讯（记者\u3000王芳）金秋时节，我市\n三十万亩晚稻陆续开镰，预计增产一成。\n',
     '稻花香里说丰年|1'),
    ('凉川日报 2025年9月26日 星期五 第8版\n\n父亲的扁担\n\n——一位老农的四十年\n文/李明\n\n\u3000\u3000父亲的扁担，挑过稻谷，挑过砖瓦，\n也挑起了我们一家人的日子。\n',
     '父亲的扁担|1'),
    ('我市出台稳就业措施\n\n本报讯 近日，市政府出台稳就业措施，主要包括：\n\n●对吸纳高校毕业生就业的企业给予每人1000元补贴。\n\n（记者 王芳 通讯员 陈建）\n\n●县医保局提醒，城乡居民医保集中缴费截至2月28日。\n',
     '我市出台稳就业措施|3/|1'),
    ('综合新闻\n\u3000\u3000本报讯\u3000近日，县市场监管局对县城\n23家年货经营户开展食品安全检查。\n\u3000\u3000本报讯\u3000今年一季度，我市实现地区\n生产总值612.8亿元，同比增长7.2%，\n增速比全省平均高1.6个百分点，居首。\n（记者\u3000赵一鸣\u3000整理）\n',
     '综合新闻|3'),
    ('我市出台稳就业十条措施\n\n本报讯 近日，市政府出台稳就业十条措施，主要包括：\n\n●对吸纳高校毕业生就业的企业给予每人1000元补贴。\n\n●对返乡创业人员给予最高10万元贴息贷款。\n\n（记者 王芳 通讯员 陈建）\n\n●县医保局提醒，2026年度城乡居民医保集中缴费截至2月28日。\n\n●县气象台预计，本周我县以晴到多云天气为主。\n',
     '我市出台稳就业十条措施|4/|2'),
    ('我市出台稳就业十条措施\n\u3000\u3000本报讯\u3000近日，市政府出台稳就业十\n条措施。\n◆对吸纳高校毕业生就业的企业给予\n每人1000元补贴。\n◆对返乡创业人员给予最高10万元贴\n息贷款。\n（记者\u3000王芳）\n◆县医保局提醒，城乡居民医保集中\n缴费截至2月28日。\n',
     '我市出台稳就业十条措施|5/|1'),
])
def test_session_50_review_cases(text, expected):
    page = banmian.rebuild(text)
    assert _outline(page) == expected



# The third review: a speaker's calling and name under a saying, or a column named as said (…怎么说, 基层心声), is no writer
@pytest.mark.parametrize("text, writers", [
    ('乡村振兴怎么干\u3000听听村支书说\n\n本报讯（记者 李静）9月25日，全县乡村振兴现场会召开。\n\n“抓产业，关键是找准路子，让村民的钱袋子鼓起来。”\n\n城关镇石桥村党支部书记\u3000王建国\n\n城南镇举办丰收节\n\n本报讯（记者 王芳）9月23日，城南镇举办农民丰收节活动。\n',
     ['李静']),
    ('垃圾分类怎么做\u3000社区主任这样说\n\n本报讯（记者 王芳）9月起，我市全面推行生活垃圾分类。\n\n“分类投放并不难，关键是养成习惯。”\n\n城关镇幸福社区居委会主任\u3000陈素萍\n\n9月25日，志愿者在幸福社区指导居民分类投放垃圾。\n\n记者 林峰 摄\n',
     ['王芳']),
    ('基层心声\n\n“把群众的小事当成自己的大事，件件有回音。”\n\n长堤街月湖社区党委书记\u3000余\u3000莉\n\n“村里的路修好了，年轻人愿意回来了。”\n\n城关镇石桥村党支部书记\u3000王建国\n\n城南镇举办丰收节\n\n本报讯（记者 李静）9月23日，城南镇举办农民丰收节活动。\n',
     []),
])
def test_session_50_speakers_under_sayings_sign_no_piece(text, writers):
    assert banmian.rebuild(text).articles[0].byline.people() == writers


def test_a_columns_short_kicker_over_a_title_after_a_story_told_in_full_heads_a_piece_of_its_own():
    text = ("社区开展免费义诊\n\n本报讯（记者 孙乐）11月18日，市中医院的医生走进城东社区，为老人免费量血压、测血糖。\n\n"
            "活动持续到下午四点，共服务居民三百余人次，发放健康手册五百余份。\n\n"
            "我的养生经\n\n七十岁学会了“慢”\n\n我今年七十一岁，年轻时在码头扛包，走路快、吃饭快，说话也快。\n\n"
            "前年摔了一跤，我才明白，人老了，得学会慢下来。\n")
    page = banmian.rebuild(text)
    assert [article.headline for article in page.articles] == [["社区开展免费义诊"], ["我的养生经", "七十岁学会了“慢”"]]


def test_a_storys_subheads_set_as_couplets_stay_its_sections():
    text = ("山城十年新变化\n\n十年来，山城坚持产业立市，经济总量翻了一番，城乡面貌焕然一新。\n\n"
            "十年间，全市新建道路三百公里，新增公园四十个，群众获得感不断增强。\n\n"
            "产业兴市\n\n动能迭代强根基\n\n十年来，山城立足资源禀赋，推进产业转型升级，培育规上企业八百余家。\n\n"
            "城乡焕新\n\n统筹融合绘新卷\n\n十年间，山城坚持城乡一体，建成美丽乡村示范带十二条。\n")
    page = banmian.rebuild(text)
    assert [article.headline for article in page.articles] == [["山城十年新变化"]]
    assert len(page.articles[0].paragraphs) == 8


def test_a_figures_boxs_rows_over_its_source_are_no_poem_and_the_piece_under_it_keeps_its_title():
    text = ("1—10月各县区工业增速\n\n单位：%\n\n县区　增速　较上月\n\n东城区　8.6　↑\n\n西湖区　6.9　↓\n\n数据来源：市统计局\n\n"
            "第一书记手记\n\n村里的夜校亮了灯\n\n□ 唐立新\n\n晚上七点半，村委会二楼的会议室准时亮起了灯，今晚讲的是果树冬季修剪。\n\n"
            "（作者系市农业农村局驻石门村第一书记）\n\n\n\n11月18日，花椒产业园内，工人在晾晒干花椒。 通讯员 张　勇 摄\n")
    page = banmian.rebuild(text)
    assert [article.headline for article in page.articles][1] == ["第一书记手记", "村里的夜校亮了灯"]


@pytest.mark.parametrize("signature, writer", [
    ("城西公交集团18路驾驶员　吴长林", "吴长林"),
    ("市人民医院骨科护士长　许　晴", "许晴"),
    ("县农业局驻石门村第一书记　罗志刚", "罗志刚"),
])
def test_a_writer_signing_by_workplace_and_calling_closes_a_column_he_speaks_in(signature, writer):
    text = ("一线心声\n\n守着夜里的那盏灯\n\n开夜班的第七年，我认识了很多老乘客，也记住了他们下车的站。\n\n"
            f"有人问我辛苦不辛苦，我说，看着大家平安到家，这一路开得值。\n\n{signature}\n\n"
            "全市新增公共充电桩三百个\n\n本报讯（记者 王芳）记者昨日从市发改委获悉，今年全市新增公共充电桩三百个。\n")
    page = banmian.rebuild(text)
    assert [article.headline[0] for article in page.articles] == ["一线心声", "全市新增公共充电桩三百个"]
    assert page.articles[0].byline.people() == [writer]


def test_a_writer_of_a_common_hakka_surname_marked_under_the_title_signs_the_essay():
    text = "故乡的春笋\n\n◎ 赖晓梅\n\n清明一过，老家后山的竹林就热闹起来了，春笋一个接一个地冒出来。\n"
    essay = banmian.rebuild(text).articles[0]
    assert essay.byline.people() == ["赖晓梅"]
    assert essay.paragraphs == ["清明一过，老家后山的竹林就热闹起来了，春笋一个接一个地冒出来。"]


def test_an_experts_profile_keeps_its_labelled_field_and_the_photo_title_under_it_stands_apart():
    text = ("专家简介\n\n戴文清，市妇幼保健院儿科主任医师，从事儿科临床工作28年。\n\n专家门诊：每周一、周三上午\n\n"
            "冬季义诊进社区\n\n11月16日，市中医院的医生在青年路社区为居民把脉问诊。\n\n通讯员　孙雨桐　摄\n")
    profile, photo = banmian.rebuild(text).articles
    assert profile.paragraphs[-1] == "专家门诊：每周一、周三上午"
    assert photo.headline == ["冬季义诊进社区"]


def test_the_answering_experts_field_under_a_readers_qa_box_is_its_line_not_a_headline():
    text = ("寻医问药\n\n问：我今年55岁，一到冬天手脚就冰凉，是身体出了什么问题吗？\n\n"
            "答：冬季手脚发凉比较常见，多数与天气寒冷、末梢血液循环较差有关。\n\n答疑专家：市中医院内分泌科副主任医师　沈立平\n\n"
            "读者如有健康方面的疑问，可拨打本报健康热线。\n\n（本报记者 许嘉怡 整理）\n")
    page = banmian.rebuild(text)
    assert [article.headline for article in page.articles] == [["寻医问药"]]


def test_a_bare_name_under_a_classical_poem_signs_it_over_the_next_pieces_title():
    text = ("七绝·初冬游柳堤\n\n霜染芦花白满汀，\n\n柳堤斜日映长亭。\n\n渔舟唱晚归来处，\n\n一岸炊烟一岸星。\n\n徐寿康\n\n"
            "编读往来\n\n编辑同志：\n\n我是一名退休教师，每天晚上睡前读一读夜读版，已经成了习惯。\n\n读者　蔡文华\n")
    poem, letter = banmian.rebuild(text).articles
    assert poem.byline.people() == ["徐寿康"]
    assert letter.headline == ["编读往来"]


def test_the_editors_answer_under_a_readers_signed_letter_stays_with_the_letter():
    text = ("编读往来\n\n编辑同志：\n\n我是一名退休教师，每天晚上睡前读一读夜读版，已经成了习惯。\n\n读者　蔡文华\n\n"
            "编者：谢谢蔡老师的厚爱，本版一直欢迎写身边人、身边事的来稿。\n")
    page = banmian.rebuild(text)
    assert len(page.articles) == 1
    assert page.articles[0].paragraphs[-1] == "编者：谢谢蔡老师的厚爱，本版一直欢迎写身边人、身边事的来稿。"


def test_a_figures_box_whose_rows_put_the_figure_first_before_a_quoted_label_keeps_each_row():
    text = ("数说·民生实事\n38个　东淮区年内建成“睦邻客厅”\n15个　花桥街道“暖心驿站”\n42个　湖西区“家门口”就业服务站\n"
            "数据来源：各区民政、人社部门\n\n朱集镇“稻虾共作”亩均增收两千元\n　　本报讯　今年，北塘区朱集镇推广“稻虾\n共作”种养模式1.2万亩。\n")
    box = banmian.rebuild(text).articles[0]
    assert box.headline == ["数说·民生实事"]
    assert len(box.paragraphs) == 4


def test_a_readers_letter_signed_by_village_and_name_closes_over_the_next_essays_title():
    text = ("读者来信\n\n谢谢你们，把路修到了家门口\n\n我是白岩村的村民，今年七十岁了。过去村里到乡上只有一条泥巴路。\n\n"
            "修路的那几个月，施工队的同志们吃住都在工地上。我想替全村人谢谢他们！\n\n茶坪县龙门乡白岩村　刘德顺\n\n"
            "冬日的火塘\n\n我的家乡在青崖县的大山里。每到冬天，家家户户的火塘就烧起来了。\n")
    letter, essay = banmian.rebuild(text).articles
    assert letter.paragraphs[-1] == "茶坪县龙门乡白岩村 刘德顺"
    assert essay.headline == ["冬日的火塘"]


def test_a_letters_closing_question_over_its_signature_is_its_text_not_the_next_headline():
    text = ("职工来信\n\n夜班津贴何时能“补”上？\n\n编辑同志：\n\n我在一家汽车配件厂上夜班，厂里答应的夜班津贴拖了半年没发。\n\n"
            "请问，这笔钱我们还能要回来吗？\n\n汉南区某汽车配件厂职工　周建伟\n\n"
            "全市签订女职工权益保护专项集体合同\n\n本报讯　11月14日，记者从市总工会获悉，全市已有一千余家企业签订专项集体合同。\n")
    letter, news = banmian.rebuild(text).articles
    assert letter.paragraphs[-2:] == ["请问，这笔钱我们还能要回来吗？", "汉南区某汽车配件厂职工 周建伟"]
    assert news.headline == ["全市签订女职工权益保护专项集体合同"]


def test_the_answering_lawyers_field_cut_before_the_name_stays_with_the_answer():
    text = ("律师答疑\n装修公司拖延工期　能要求赔偿吗？\n　　读者徐先生问：装修合同约定9月底\n完工，至今仍未完工，能要求赔偿吗？\n"
            "　　律师答：当事人一方迟延履行债务\n的，应当承担违约责任。平时要注意\n保存好合同、付款凭证、聊天记录\n等证据。\n"
            "解答律师：湖北楚衡律师事务所　\n张红霞\n　　（本报记者 万　琳 整理）\n")
    page = banmian.rebuild(text)
    assert len(page.articles) == 1


def test_a_kicker_over_a_title_heads_a_fact_check_whose_parts_are_labelled_on_lines_of_their_own():
    text = ("义诊进社区\n\n本报讯（记者 孙乐）11月18日，市中医院的医生走进城东社区，为老人免费量血压。\n\n"
            "活动共服务居民三百余人次，发放健康手册五百余份。\n\n健康辟谣\n\n空腹不能吃香蕉？\n\n【误区】\n\n"
            "香蕉含镁量高，空腹吃香蕉会伤心脏。\n\n【真相】\n\n正常人空腹吃一两根香蕉并无问题。\n")
    page = banmian.rebuild(text)
    assert [article.headline for article in page.articles] == [["义诊进社区"], ["健康辟谣", "空腹不能吃香蕉？"]]


def test_a_poem_signed_by_a_padded_name_over_an_images_gap_keeps_its_verses():
    text = ("运河夜航\n\n月亮落进运河的时候\n\n一条船正从上游下来\n\n船头的灯一晃一晃\n\n像一个人提着灯笼\n\n"
            "走在回家的路上\n\n秦　岚\n\n\n\n书法　行书　杜牧《山行》　陈鹤年\n")
    poem = banmian.rebuild(text).articles[0]
    assert poem.headline == ["运河夜航"]
    assert len(poem.paragraphs) == 5
    assert poem.byline.people() == ["秦岚"]


# Session 51's review: ordinary pages the new rules read wrongly before they were narrowed (each heading's first line and
# the count of its paragraphs)
@pytest.mark.parametrize("text, expected", [
    ('残疾人创业园里的“追梦人”\n\n本报讯（记者\u3000林晓）12月3日，在城北区残疾人创业园，32岁的孙海涛正忙着给网店打包发货。\n\n目前，创业园已入驻创业项目26个，带动180多名残疾人实现就业。\n\n缘起\n\n想让残疾人有尊严地谋生\n\n2019年，园区负责人郑红英在走访中发现，不少人有手艺却找不到门路。她跑了十几家单位争取场地。\n',
     '残疾人创业园里的“追梦人”|5'),
    ('“95后”回乡种出“网红”草莓\n\n本报讯（记者\u3000杨帆）12月8日，在青山镇湖头村的草莓大棚里，“95后”姑娘赖思琪正对着手机直播带货。\n\n大学毕业后，赖思琪回到家乡，流转土地40亩种植草莓，今年预计收入超过50万元。\n\n心愿\n\n带着乡亲们一起致富\n\n“一个人富不算富，我想把技术教给更多乡亲。”如今，村里已有12户农户跟着她种起了大棚。\n',
     '“95后”回乡种出“网红”草莓|5'),
    ('我市表彰一批优秀志愿者\n\n\u3000\u3000本报讯\u300012月18日，市文明办对\n2024年度优秀志愿者进行表彰，号召\n全市广大志愿者向他们学习。\n\u3000\u3000获奖名单：王建国、李秀英、张\n\n伟\n\u3000\u3000咨询电话：0571-88886666。\n',
     '我市表彰一批优秀志愿者|3'),
    ('冬季文化活动一览\n\n\u3000\u3000本报讯\u300012月18日，市文明办对\n2024年度优秀志愿者进行表彰，号召\n全市广大志愿者向他们学习。\n\u3000\u3000主办：市文化广电旅游局、市\n\n总工会\n\u3000\u3000咨询电话：0571-88886666。\n',
     '冬季文化活动一览|3'),
    ('小作者\u3000大梦想\n\n\u3000\u3000本报讯\u300012月18日，市文明办对\n2024年度优秀志愿者进行表彰，号召\n全市广大志愿者向他们学习。\n\u3000\u3000指导老师：城关小学语文教师\n\n周秀英\n\u3000\u3000咨询电话：0571-88886666。\n',
     '小作者 大梦想|3'),
    ('专家简介\n\n王建华，市中医院呼吸内科主任医师，擅长慢阻肺、哮喘的诊治。\n\n市中医院：冬病夏治穴位贴敷开始预约\n\n本报讯（记者\u3000孙乐）记者昨日从市中医院获悉，今年冬病夏治穴位贴敷即日起开始预约。\n',
     '专家简介|1/市中医院：冬病夏治穴位贴敷开始预约|1'),
    ('本期专家\n\n李秀英，市妇幼保健院儿科主任医师，擅长小儿呼吸道疾病诊治。\n\n健康提醒：秋冬季谨防流感\n\n进入秋冬季，流感进入高发期。专家提醒，老人、儿童等重点人群应尽早接种流感疫苗。\n',
     '本期专家|1/健康提醒：秋冬季谨防流感|1'),
    ('乡亲们的新年心愿\n\n本报讯（记者\u3000陈雨）新年将至，记者走进乡村，听听乡亲们的新年心愿。\n\n龙门乡白岩村\u3000刘德顺\n\n“明年想把老房子翻修一下，再办个农家乐。”今年62岁的刘德顺种了20亩茶叶。\n\n石门镇湖头村\u3000赖思琪\n\n“希望草莓卖得更好，带动更多乡亲一起种。”\n',
     '乡亲们的新年心愿|5'),
    ('乡村振兴结硕果\n\n本报讯（记者\u3000陈雨）今年以来，青山镇以和美乡村建设为抓手，推动产业、人居、乡风全面提升。\n\n美丽乡村\u3000新画卷\n\n走进湖头村，白墙黛瓦错落有致，村道干净整洁。\n\n产业兴旺\u3000新动能\n\n镇里引进的食品加工企业落户投产，带动300多名村民家门口就业。\n',
     '乡村振兴结硕果|5'),
    ('百姓说变化\n\n“以前去县城要走两个钟头山路，现在坐公交半小时就到了。”\n\n龙门乡白岩村\u3000刘德顺\n\n“家门口就有卫生室，看病方便多了。”\n\n石门镇湖头村\u3000王秀英\n',
     '百姓说变化|4'),
    ('燃气安全进万家\n\n\u3000\u3000本报讯\u3000入冬以来，城关镇组织\n燃气安全专项检查，共检查居民用户\n1200余户。\n\u3000\u3000记者走访发现许多城关镇居民\n\n家中仍在使用老旧燃气灶，存在安全\n隐患。\n',
     '燃气安全进万家|2'),
    ('图片新闻\n\n12月10日，石门镇湖头村村民\n\n赖国平\n\n在自家大棚里采摘草莓\n\n记者\u3000王\u3000刚\u3000摄\n',
     '图片新闻|1'),
    ('乡镇传真\n\n城关镇：冬季“菜篮子”供应充足\n\n入冬以来，城关镇加强蔬菜基地管理，确保市场供应。\n\n城南街道：网格员\n\n入冬以来，每天走街串巷排查安全隐患，共排查整改隐患120余处。\n',
     '城关镇：冬季“菜篮子”供应充足|2'),
    ('编读往来\n\n编辑同志：\n\n我是一名退休教师，每天晚上睡前读一读夜读版，已经成了习惯。\n\n读者\u3000蔡文华\n\n编者：谢谢蔡老师的厚爱，本版一直欢迎写身边人、身边事的来稿。\n',
     '编读往来|4'),
])
def test_session_51_review_cases(text, expected):
    page = banmian.rebuild(text)
    assert _outline(page) == expected


def test_a_readers_letter_answered_under_its_signature_keeps_its_writer():
    letter = banmian.rebuild('编读往来\n\n编辑同志：\n\n我是一名退休教师，每天晚上睡前读一读夜读版，已经成了习惯。\n\n读者\u3000蔡文华\n\n编者：谢谢蔡老师的厚爱，本版一直欢迎写身边人、身边事的来稿。\n').articles[0]
    assert letter.byline.people() == ["蔡文华"]


@pytest.mark.parametrize("label", ["新书架", "周末荐书"])
def test_a_book_boxs_first_entry_is_its_text_not_a_line_of_its_title(label):
    text = (f"{label}\n\n《运河人家》（程立夫著，淮澄文艺出版社）\n\n一部记录运河沿岸普通人家生活的非虚构作品。\n\n"
            "《老街旧事》（王守成著，江淮书社）\n\n作者以老街坊的视角，写尽大关街半个世纪的变迁。\n")
    box = banmian.rebuild(text).articles[0]
    assert box.headline == [label]
    assert box.paragraphs[0] == "《运河人家》（程立夫著，淮澄文艺出版社）"


def test_a_pages_quoted_mailbox_at_its_foot_under_an_images_gap_is_furniture():
    text = ("征稿启事\n\n“夜读”版现面向广大读者征集稿件。\n\n三、来稿请注明真实姓名和联系电话。\n\n淮澄晚报副刊部\n\n"
            "国画　秋江渔隐　吴砚秋\n\n\n\n“夜读”投稿邮箱：hcwbyd@163.com\n")
    page = banmian.rebuild(text)
    assert page.furniture == ["“夜读”投稿邮箱：hcwbyd@163.com"]


def test_a_caption_credited_to_the_papers_archive_closes_the_photo():
    text = ("上世纪八十年代，市民在泉溪大桥上骑车出行。 资料图片\n\n闽南话趣谈\n\n“拍拼”\n\n"
            "【释义】闽南话“拍拼”，意思是努力、拼搏、打拼。\n\n（本报记者 黄志鹏 整理）\n")
    photo, box = banmian.rebuild(text).articles
    assert photo.kind == "photo" and photo.paragraphs == ["上世纪八十年代，市民在泉溪大桥上骑车出行。 资料图片"]
    assert box.headline == ["闽南话趣谈", "“拍拼”"]


@pytest.mark.parametrize("kicker, title", [("律师说法", "紧急情况下 维修资金可以“应急使用”"),
                                           ("区县观察", "特色产业要在“链”上做文章")])
def test_a_columns_name_set_apart_keeps_the_title_under_it_in_flush_print(kicker, title):
    text = ("业主来信\n小区电梯坏了三个月 维修资金为啥用不了？\n编辑同志：\n我家住在南湾区翠湖花园7幢，楼\n"
            "里的一部电梯从6月起就时常故障，\n7月份彻底停运。请问，这种情况该\n怎么办？\n南湾区翠湖花园业主　顾明辉\n\n"
            f"{kicker}\n{title}\n根据《住宅专项维修资金管理办法》\n和本市相关规定，使用维修资金一\n"
            "般需经专有部分占建筑物总面积三\n分之二以上的业主参与表决。\n")
    piece = banmian.rebuild(text).articles[-1]
    assert piece.headline == [kicker, title]


def test_a_boxs_name_set_apart_keeps_its_first_numbered_entry_in_flush_print():
    text = ("业主来信\n小区电梯坏了三个月 维修资金为啥用不了？\n编辑同志：\n我家住在南湾区翠湖花园7幢，楼\n"
            "里的一部电梯从6月起就时常故障，\n7月份彻底停运。请问，这种情况该\n怎么办？\n南湾区翠湖花园业主　顾明辉\n\n"
            "温馨提示\n①出行前请提前通过官方平台预约购\n票，避开客流高峰。\n②山区早晚温差大，注意防寒保暖。\n")
    box = banmian.rebuild(text).articles[-1]
    assert box.headline == ["温馨提示"]


# Session 51's second review: pages the later rules read wrongly before they were narrowed
@pytest.mark.parametrize("text, expected", [
    ('致敬，每一位环卫工人\n\n张晓燕\n\n凌晨五点，街道还在沉睡，环卫工人已经拿起扫帚开始了一天的工作。\n',
     '致敬，每一位环卫工人|1'),
    ('春节不打烊，点赞坚守的民警\n\n李明华\n\n万家团圆之际，总有人坚守岗位。春节期间，全市公安民警放弃休假，守护群众平安。\n',
     '春节不打烊，点赞坚守的民警|1'),
    ('扎根乡村三十年，记老党员张国强\n\n在城南镇的一个小山村里，提起张国强，村民们都竖起大拇指。\n',
     '扎根乡村三十年，记老党员张国强|1'),
    ('在烟火气里读懂一座城\n\n《运河人家》（程立夫著，淮澄文艺出版社）\n\n□ 王小明\n\n读完《运河人家》，我仿佛在运河边走了一遭。作者用朴实的笔触，写尽了运河人家的悲欢离合。\n',
     '在烟火气里读懂一座城|1'),
    ('书评\n\n《运河人家》（程立夫著，淮澄文艺出版社）\n\n在烟火气里读懂一座城\n\n□ 王小明\n\n读完《运河人家》，我仿佛在运河边走了一遭。作者用朴实的笔触，写尽了运河人家的悲欢离合。\n',
     '书评|1'),
    ('我市开通反诈咨询专线\n\n本报讯\u3000即日起，市民如接到可疑电话，可拨打反诈咨询电话：0576-86223110、96110\n\n进行核实，也可前往就近派出所咨询。\n',
     '我市开通反诈咨询专线|1'),
    ('老照片里的城关\n\n本报讯\u3000近日，市档案馆举办“城关记忆”老照片展。展览分为四个部分，展出的都是馆藏“老城关”资料照片\n\n共计300余幅，吸引了不少市民前来参观。\n',
     '老照片里的城关|1'),
    ('城关记忆展开幕\n\n本报讯\u3000近日，“城关记忆”展在市博物馆开幕。展厅里陈列着馆藏“老城关”资料图片\n\n和实物200余件，吸引了不少市民前来参观。\n',
     '城关记忆展开幕|1'),
    ('本期坐诊专家\n\n王建平，县人民医院呼吸内科主任医师，擅长慢阻肺、哮喘的诊治。\n\n职称：主任医师、硕士生导师\n\n冬季义诊进社区\n\n本报讯\u300012月8日，县人民医院组织专家走进城东社区开展义诊。\n',
     '本期坐诊专家|2/冬季义诊进社区|1'),
    ('校园文学\n\n本版面向全市中小学生征稿，来稿请注明学校、年级、指导老师及联系电话，恕不退稿。\n\n\n\n投稿邮箱：xiaoyuan@163.com\n',
     '校园文学|2'),
])
def test_session_51_second_review_cases(text, expected):
    page = banmian.rebuild(text)
    assert _outline(page) == expected


# Session 51's third review: pages the rules after the second review read wrongly before they were narrowed (a
# page's furniture counted after F)
@pytest.mark.parametrize("text, expected", [
    ('今日谈\n冬日里的一碗热汤温暖的不只是\n身体，更是一座城市对劳动者的\n尊重与关怀。\n近日，我市多个社区开设了“爱\n心驿站”，为环卫工人免费提供\n热汤热饭。\n',
     '今日谈|2 F0'),
    ('人民论坛\n乡村振兴离不开一支懂农业爱农村\n爱农民的人才队伍，而培养这样的\n队伍，关键要在用好人上下功夫。\n近年来，各地纷纷出台政策，吸\n引大学生返乡创业。\n',
     '人民论坛|1 F0'),
    ('冬季燃气安全不容忽视\n\n本报讯\u3000入冬以来，我市燃气使用量\n明显增加，燃气安全事故时有发生。\n市燃气公司提醒广大用户注意用气安全。\n\n专家提醒\n冬季室内外温差大门窗紧闭时使用\n燃气热水器极易发生一氧化碳中毒，\n务必保持通风。\n',
     '冬季燃气安全不容忽视|5 F0'),
    ('“红色管家”走进小区\n\n本报讯\u3000今年以来，城南街道推行\n“红色物业”模式，小区环境明显改善。\n\n居民的故事\n家住幸福小区的刘阿姨过去最头疼\n的就是楼道里堆满杂物的问题，如\n今这个难题终于解决了。\n',
     '“红色管家”走进小区|3 F0'),
    ('县域经济跑出加速度\n\n本报讯\u3000今年前三季度，我县地区生\n产总值同比增长百分之七点二。\n\n记者观察\n增速领跑全市的背后是项目建设的\n持续发力和营商环境的不断优化，\n这一点在企业中感受尤深。\n',
     '县域经济跑出加速度|3 F0'),
    ('阅读推荐\n\n《运河人家》（程立夫著，江南文艺出版社）\n\n本书以大运河畔一个家族的百年变迁为线索，展现了运河城市的历史风貌。\n',
     '阅读推荐|2 F0'),
    ('书香温岭\n\n《乡土中国》（费孝通著，人民出版社）\n\n这是一部研究中国农村社会结构的经典著作，值得反复品读。\n',
     '书香温岭|2 F0'),
    ('关于开展社保资格认证的通知\n各参保人员：根据上级要求，现将\n今年社会保险待遇资格认证有关事\n项通知如下。\n咨询电话：86123456、86123457\n2024年1月10日\n',
     '关于开展社保资格认证的通知|3 F0'),
    ('老街改造后，居民们说：“住着更舒心了。” 资料图片\n\n本报讯\u3000今年我市将继续推进老旧小区改造。\n',
     '|1/|1 F0'),
    ('那年的第一篇稿子\n\n那年我十七岁，第一次鼓起勇气向报社投稿，一个月后竟真的收到了样报。从那以后，写作成了我一生的爱好。\n\n\n\n电子信箱：wlrbfk@163.com\n',
     '那年的第一篇稿子|1 F1'),
    ('冒充客服退款骗走三万元\n\n本报讯\u3000日前，市民李女士接到自称\n网店客服的电话，被骗走三万元。\n\n民警提醒\n凡是自称客服主动要求退款理赔的\n电话都要提高警惕，切勿点击陌生\n链接。\n',
     '冒充客服退款骗走三万元|3 F0'),
    ('本报讯\u3000今年前三季度，我县地区生\n产总值同比增长百分之七点二。\n\n记者观察\n增速领跑全市的背后是项目建设的\n持续发力，这一点企业感受尤深。\n',
     '|3 F0'),
    ('关于开展社保资格认证的通知\n现将有关事项通知如下。\n咨询电话：86123456、86123457\n2024年1月10日\n',
     '关于开展社保资格认证的通知|3 F0'),
    ('关于开展社保资格认证的通知\n现将有关事项通知如下。\n咨询电话：86123456/86123457\n2024年1月10日\n',
     '关于开展社保资格认证的通知|3 F0'),
    ('老街改造后，居民们说：“住着更\n舒心了。”\u3000资料图片\n\n\u3000\u3000本报讯\u3000今年我市将继续推进\n老旧小区改造工作。\n',
     '|1/|1 F0'),
])
def test_session_51_third_review_cases(text, expected):
    page = banmian.rebuild(text)
    summary = _outline(page)
    assert f"{summary} F{len(page.furniture)}" == expected


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_a_phone_box_after_a_story_is_a_box_of_its_own_one_number_a_row(gap):
    rows = ["雍城区招办　0917-3261234", "凤鸣区招办　0917-3452218", "市招生考试中心　0917-3219960"]
    text = ("中小学阅读季启动\n\n本报讯（记者 马晓燕）11月25日，全市中小学阅读季在雍城区实验小学启动。\n\n"
            "今年全市将为农村学校补充图书12万册。\n\n区县招办咨询电话" + gap + gap.join(rows) + "\n")
    box = banmian.rebuild(text).articles[-1]
    assert box.headline == ["区县招办咨询电话"] and box.paragraphs == [row.replace("　", " ") for row in rows]


def test_a_songs_kicker_and_title_over_its_verses_after_a_story_head_a_box_of_their_own():
    text = "\n\n".join(["岜洞村队夺冠", "本报讯（融媒记者 王兴旺）11月16日晚，丹岭县“村超”秋季联赛决赛在丹城镇举行。",
                        "最佳射手：吴家明", "最佳守门员：莫永强", "民歌欣赏", "侗族大歌《禾晾歌》（汉译节选）",
                        "九月禾黄满山坡，", "姑娘摘禾唱山歌；", "禾把挂上高禾晾，", "金黄一片照寨河。"]) + "\n"
    story, song = banmian.rebuild(text).articles
    assert story.paragraphs[-1] == "最佳守门员：莫永强"
    assert song.headline == ["民歌欣赏", "侗族大歌《禾晾歌》（汉译节选）"] and len(song.paragraphs) == 4


def test_a_line_leading_into_a_verse_at_a_comments_end_stays_its_text():
    text = ("微观\n\n专业调整要从“大逻辑”出发\n\n记者 何思琦 陈席元\n\n近期，多所高校公示专业调整方案。38个新专业正式列入2026年本科专业目录。\n\n"
            "人才培养，一头连着个人发展，一头连着社会活力。\n\n夏收、夏种、夏管，“三夏”是全年农时最紧的时期。当前，全国大规模小麦机收已全面展开。据农"
            "\n\n业农村部最新农情调度，各地已收夏粮小麦2.33亿亩。扎实推进“三夏”生产各项工作，有助于夯实全年粮食丰收基础。\n\n这正是：\n\n\n"
            "刈罢黄禾尽，\n\n又犁沃土香。\n\n挥汗在夏日，\n\n秋来粮满仓。\n\n廖 沅文\n\n同等能耗何以更“高产”\n\n本报记者 万宇 本报通讯员 江宥林\n\n"
            "衡量区域高质量发展，单位地区生产总值能耗是一项直观指标。\n")
    assert [a.headline for a in banmian.rebuild(text).articles] == [["微观", "专业调整要从“大逻辑”出发"], ["同等能耗何以更“高产”"]]


def test_a_reviews_kicker_title_and_subtitle_under_a_poem_head_the_review_over_its_bare_author():
    text = "\n\n".join(["冬天的村庄", "苏小溪", "冬天的村庄是安静的", "安静得能听见", "炊烟往天上爬的声音", "母亲把一筐红薯",
                        "埋进灶膛的余火里", "书香", "在方言里找回故乡", "——读《关中方言杂记》", "孙一凡",
                        "翻开岐川本土作家郑文启的新著《关中方言杂记》，一个个熟悉的词语扑面而来。"]) + "\n"
    poem, review = banmian.rebuild(text).articles
    assert len(poem.paragraphs) == 5 and review.headline == ["书香", "在方言里找回故乡", "——读《关中方言杂记》"]


def test_a_reporters_visit_kicked_over_its_title_is_told_in_sections():
    text = "\n".join(["记者探访", "凌晨四点的公交调度室", "本报记者　杨　帆　实习生　周子涵",
                      "    凌晨4时，当大多数市民还在睡梦中，位于凤鸣路的市公交集团智能调度中心已经灯火通明。",
                      "一块大屏“盯”着一千一百辆车",
                      "    大屏幕上，全市1100余辆公交车的实时位置以小圆点显示，绿色代表正常运行，黄色代表晚点。",
                      "高峰一来，电话就没停过", "    7时许，早高峰来了，调度室里的电话一个接一个。"]) + "\n"
    [story] = banmian.rebuild(text).articles
    assert story.headline == ["记者探访", "凌晨四点的公交调度室"] and len(story.paragraphs) == 5


def test_a_news_boxs_unmarked_briefs_each_signed_at_its_end_stay_the_boxs():
    text = "\n\n".join(["中小学阅读季启动", "本报讯（记者 马晓燕）11月25日，全市中小学阅读季在雍城区实验小学启动。", "■校园快讯",
                        "近日，岐川市第一中学举行第十二届校园科技节，86件作品参展。（通讯员 王　磊）",
                        "11月20日，雍城区实验幼儿园开展消防安全演练。（通讯员 李　娜）",
                        "11月19日，陇山县第二中学“秦腔进校园”社团成立。（通讯员 孟　凡）"]) + "\n"
    story, box = banmian.rebuild(text).articles
    assert box.headline == ["■校园快讯"] and len(box.paragraphs) == 3


def test_an_objects_caption_giving_its_sizes_after_a_story_is_a_photo_of_its_own_credited_or_not():
    text = "\n\n".join(["藏品故事", "一方端砚的“回家”路", "在凤鸣区收藏爱好者蔡志明家中的书柜里，珍藏着一方清代端砚。",
                        "如今，这方砚台仍由蔡志明收藏，但每年春节，他都会带着砚台去李家拜年。",
                        "清　端石松鹤纹砚　长19.6厘米　宽13.2厘米　高3.1厘米", "记者　钟　毅　摄", "\n",
                        "砚背“岐阳李氏珍藏”刻款（局部）　拓片纵9.5厘米　横6厘米", "藏友问　专家答", "银元上有“戳记”，还值钱吗？",
                        "藏友问：我家里有一枚民国时期的银元，上面有几处小凹痕，这样的银元还值钱吗？"]) + "\n"
    story, object_, rubbing, answer = banmian.rebuild(text).articles
    assert len(story.paragraphs) == 2 and object_.kind == rubbing.kind == "photo"
    assert object_.byline.photographers == ["钟毅"] and answer.headline[0] == "藏友问 专家答"


# A reviewer's pages for this session's verse, reporter's-visit and paper-beside-section rules, each failing on the tree
# the reviewer had: the headlines of the articles rebuilt.
SESSION_52_REVIEW_CASES = {
    "song_quoted_in_a_features_section": (
        "山歌唱出好日子\n\n融媒记者\u3000潘晓燕\n\n在丹岭的苗寨侗乡，山歌是群众最喜爱的表达方式，逢年过节更要唱。\n\n老调新词唱变化\n\n"
        "新编山歌《坐上小汽车》\n\n哥在山上砍柴火，\n\n妹在河边洗衣裳；\n\n这首新编山歌，是歌师杨老岩的作品。\n",
        [["山歌唱出好日子"]]),
    "piece_signed_at_its_foot_after_a_visit": (
        "记者探访\n\n深夜的急诊室\n\n本报记者\u3000陈\u3000晨\n\n晚上十一点，市第一人民医院急诊科依然灯火通明。\n\n向白衣天使致敬\n\n"
        "深夜的急诊室，是城市里不眠的守护。\n\n王\u3000芳\n",
        [["记者探访", "深夜的急诊室"], ["向白衣天使致敬"]]),
    "piece_signed_at_its_foot_after_a_visit_wrapped": (
        "记者探访\n深夜的急诊室\n本报记者\u3000陈\u3000晨\n\u3000\u3000晚上十一点，市第一人民医院\n急诊科依然灯火通明。\n"
        "向白衣天使致敬\n\u3000\u3000深夜的急诊室，是城市里不眠\n的守护。\n王\u3000芳\n",
        [["记者探访", "深夜的急诊室"], ["向白衣天使致敬"]]),
    "credited_brief_after_a_visit": (
        "记者探访\n\n深夜的急诊室\n\n本报记者\u3000陈\u3000晨\n\n晚上十一点，市第一人民医院急诊科依然灯火通明。\n\n"
        "急诊科主任王建军说，入冬以来，急诊量比平时增加了三成。\n\n高岩村建起文化广场\n\n"
        "近日，归柳乡高岩村文化广场建成投用，广场面积1200平方米，配有篮球场、健身器材和戏台。（通讯员\u3000石\u3000磊）\n",
        [["记者探访", "深夜的急诊室"], ["高岩村建起文化广场"]]),
}


# The second reviewer's pages, on the rules as the first review left them: a visit's own reporter closing its last
# section, headers whose date line is bare or carries a page code, a song's box after a news item closing on a note.
SESSION_52_REVIEW_CASES.update({
    "visit_closed_by_its_own_reporters_credit": (
        "记者探访\n\n凌晨四点的公交调度室\n\n凌晨四点，城东公交枢纽站的调度室里已经亮起了灯。\n\n一杯热姜茶\n\n"
        "五点半，司机陆续到岗，喝上一口热姜茶再出车。（记者\u3000王\u3000芳）\n",
        [["记者探访", "凌晨四点的公交调度室"]]),
    "visit_signed_by_its_reporter_at_the_foot": (
        "记者走访\n\n菜市场里的“绿色秤”\n\n11月20日一早，记者来到城南农贸市场，每个摊位旁都放着一台电子秤。\n\n商户也有新期待\n\n"
        "不少商户希望市场进一步改善经营环境。\n\n王\u3000芳\n",
        [["记者走访", "菜市场里的“绿色秤”"]]),
    "investigation_closed_by_its_reporters_credit": (
        "记者调查\n共享单车扎堆地铁口\n——记者走访城区多个地铁站点\n\u3000\u3000早晚高峰时段，城区多个地铁站\n出口共享单车堆积，占用人行道。\n"
        "乱象：单车围堵出口\n\u3000\u300012月4日早上8时，记者在人\n民广场站看到，数百辆单车堆满出口。\n回应：加强调度清运\n"
        "\u3000\u3000运营企业表示，将增派人员加强\n调度。（记者\u3000杨\u3000帆）\n",
        [["记者调查", "共享单车扎堆地铁口", "——记者走访城区多个地铁站点"]]),
    "songs_box_closing_on_a_note_after_a_news_item": (
        "侗寨迎来丰收节\n\n本报讯（通讯员 吴桂芳）11月22日，肇兴侗寨举行丰收节。\n\n民歌欣赏\n\n侗族大歌《禾晾歌》\n\n九月禾黄满山坡，\n\n"
        "阿哥阿妹上禾晾。\n\n这首歌流传于黎平一带，每逢秋收，侗家人都会齐声传唱。\n",
        [["侗寨迎来丰收节"], ["民歌欣赏", "侗族大歌《禾晾歌》"]]),
    "paper_over_section_over_a_bare_date": (
        "稷川农民报\n\n三农·市场\n\n2025年11月21日\n\n冬季蔬菜价格总体平稳\n\n本报讯（记者 钱进）入冬以来，我市蔬菜供应充足。\n",
        [["冬季蔬菜价格总体平稳"]]),
    "paper_beside_section_over_a_date_and_page_code": (
        "今日丹岭\u3000民族文化·旅游\n\n2025年11月18日\u3000A3\n\n苗绣走出大山\n\n本报讯（记者 龙英）近日，丹岭县苗绣产品首次登上省级非遗展销会。\n",
        [["苗绣走出大山"]]),
})


# The third reviewer's, on all of the session's rules: a phone box under a story's own subhead, prose after its rows; a
# signed visit told in no sections, then a brief or a 相关链接 box after it.
SESSION_52_REVIEW_CASES.update({
    "phone_rows_under_a_storys_own_subhead": (
        "中考报名须知\n\u3000\u3000本报讯（记者 李 想）2026\n年中考报名将于3月1日开始。\n各考点咨询电话\n一中考点\u30000917-3261234\n"
        "二中考点\u30000917-3265678\n\u3000\u3000考生报名时须携带户口簿原件。\n",
        [["中考报名须知"]]),
    "brief_after_a_visit_told_in_no_sections": (
        "记者走访\n\n年货市场人气旺\n\n本报记者\u3000孙\u3000敏\n\n春节临近，记者走访了城区几家农贸市场，年货供应充足，市民采购热情高涨。\n\n"
        "在东关农贸市场，腊肉、香肠等年货摆满了摊位。\n\n市场监管部门加强节前抽检\n\n"
        "节前，市市场监管局对全市年货市场开展专项抽检，共抽检食品批次300余个，合格率达99%。\n",
        [["记者走访", "年货市场人气旺"], ["市场监管部门加强节前抽检"]]),
    "links_box_after_a_visit_told_in_no_sections": (
        "记者走访\n\n年货市场人气旺\n\n本报记者\u3000孙\u3000敏\n\n春节临近，记者走访了城区几家农贸市场，年货供应充足，市民采购热情高涨。\n\n"
        "在东关农贸市场，腊肉、香肠等年货摆满了摊位。\n\n相关链接\n\n市场监管部门提醒市民购买年货时注意查看生产日期和保质期，索要购物小票。\n",
        [["记者走访", "年货市场人气旺"], ["相关链接"]]),
})


@pytest.mark.parametrize("name", SESSION_52_REVIEW_CASES)
def test_session_52_review_cases(name):
    text, headlines = SESSION_52_REVIEW_CASES[name]
    assert [a.headline for a in banmian.rebuild(text).articles] == headlines


def test_a_title_naming_a_paper_over_a_bare_date_keeps_its_place_as_the_title():
    page = banmian.rebuild("我和农民报\u3000三十年\n\n1995年10月8日\n\n那天，我第一次在《稷川农民报》上看到自己写的稿子，高兴得一夜没睡着。\n")
    assert page.furniture == [] and page.articles[0].headline[0] == "我和农民报 三十年"


@pytest.mark.parametrize("signature", ["泓州市劳动人事争议仲裁院　邵　敏", "市中级人民法院　邵　敏"])
def test_a_case_commentary_signed_at_its_foot_by_a_court_or_tribunal_and_a_name_is_its_byline(signature):
    text = ("以案说法\n\n试用期被辞退，公司要给说法吗\n\n小王入职一家公司，试用期第二个月被辞退。\n\n"
            "劳动者遇到类似情况，应注意保留劳动合同、工资流水等证据，依法维护自身权益。\n\n" + signature + "\n\n"
            "走进零工驿站\n\n本报记者　温若琳\n\n早上6点半，零工驿站的大厅里已经坐满了人。\n")
    case, feature = banmian.rebuild(text).articles
    assert case.byline.reporters == ["邵敏"] and feature.headline == ["走进零工驿站"]


@pytest.mark.parametrize("kind, signature, writer", [
    ("律师说法", "海南琼崖律师事务所律师　郑　伟", "郑伟"),
    ("用车课堂", "海口诚达汽车服务中心技术总监　郑　涛", "郑涛"),
    ("食安时评", "省食品安全研究会　何正东", "何正东"),
])
def test_an_expert_signs_a_column_by_firm_body_or_calling_at_its_foot(kind, signature, writer):
    text = (f"{kind}\n\n雨季这几件事要当心\n\n进入雨季以后，很多人习惯把问题拖到出事才处理，其实提前检查一遍就能省去不少麻烦。\n\n"
            f"发现问题要及时处理，该维修的维修，该更换的更换，千万不要心存侥幸。\n\n{signature}\n\n"
            "全市新增公共充电桩三百个\n\n本报讯（记者 王芳）记者昨日从市发改委获悉，今年全市新增公共充电桩三百个。\n")
    page = banmian.rebuild(text)
    assert [article.headline[0] for article in page.articles] == [kind, "全市新增公共充电桩三百个"]
    assert page.articles[0].byline.people() == [writer]


def test_a_tables_title_over_its_counting_period_heads_a_box_and_the_reporters_notes_under_its_source_their_own():
    text = ("楼市观察\n\n6月海口新房成交回暖\n\n本报讯（记者 王丽）6月以来，海口楼市迎来一波小阳春，新建商品住宅网签2186套。\n\n"
            "◆江东新区热度不减\n\n分区域看，美兰区和江东新区成交量位居前列，前三周合计成交847套。\n\n上周海口新建商品住宅成交情况\n\n"
            "统计时间：6月16日—6月22日\n\n区域　成交套数　均价（元/㎡）\n\n龙华区　162　19860\n\n美兰区　138　17420\n\n"
            "数据来源：海口市住房和城乡建设局\n\n记者手记\n\n看房的人更理性了\n\n"
            "这半个月跑了十几个售楼处，一个明显的感受是：看房的人多了，但冲动的人少了。\n\n本报记者　王　丽\n")
    story, table, notes = banmian.rebuild(text).articles
    assert table.headline == ["上周海口新建商品住宅成交情况"]
    assert table.paragraphs[0] == "统计时间：6月16日—6月22日"
    assert notes.headline == ["记者手记", "看房的人更理性了"]


def test_a_qa_box_titled_in_two_parts_joined_by_a_dot_under_a_story_heads_a_box_of_its_own():
    text = ("“红色物业”让老旧小区焕新颜\n\n本报讯（通讯员 覃琳）去年以来，溇城街道在22个老旧小区成立党支部，引导物业公司托管服务。\n\n"
            "党纪学习教育·应知应会\n\n问：党的纪律处分有哪几种？\n\n答：警告、严重警告、撤销党内职务、留党察看、开除党籍。\n")
    story, box = banmian.rebuild(text).articles
    assert box.headline == ["党纪学习教育·应知应会"]
    assert box.paragraphs[0] == "问：党的纪律处分有哪几种？"


@pytest.mark.parametrize("label", ["挂　失", "遗　失"])
def test_a_classified_label_for_lost_papers_heads_a_box_of_its_own_under_another(label):
    text = ("遗失声明\n\n●覃小红遗失溇源县人民医院住院收费票据一张，票号：0032615，声明作废。\n\n"
            "●彭建军遗失湘GA7C52号车辆行驶证，声明作废。\n\n"
            f"{label}\n\n●田秋菊不慎遗失溇源农商银行存折一本，已办理挂失手续。\n")
    notices, lost = banmian.rebuild(text).articles
    assert lost.headline == [label.replace("　", " ")]
    assert notices.paragraphs[-1] == "●彭建军遗失湘GA7C52号车辆行驶证，声明作废。"



def test_a_signed_items_place_on_a_line_of_its_own_over_its_title_opens_the_item_after_a_signed_feature():
    text = ("驻村故事\n\n第一书记的“三本账”\n\n融媒记者　唐　艳　通讯员　向　东\n\n"
            "在茶林河镇岩湾村，驻村第一书记卓勇随身带着三个笔记本。第一本是“民情账”，第二本是“产业账”，第三本是“成长账”。\n\n"
            "“驻村干部总有一天要走，得给村里留下一支带不走的队伍。”卓勇说。\n\n茶林河镇：\n\n农村改厕“改”出新风貌\n\n"
            "今年以来，茶林河镇按照“先建后补、以奖代补”的办法，完成农村户厕改造860户。\n\n（通讯员　杨　帆）\n")
    feature, item = banmian.rebuild(text).articles
    assert item.headline == ["茶林河镇：", "农村改厕“改”出新风貌"]
    assert feature.paragraphs[-1].endswith("卓勇说。")


def test_a_pupils_poem_signed_at_its_foot_after_prose_is_a_piece_of_its_own_its_verses_unjoined():
    text = ("读书札记\n\n在林海深处读懂坚守\n\n《林海纪事》是我县作家郑树林历时五年写成的一部长篇纪实散文，记录了几代林业工人的故事。\n\n"
            "合上书，我想起窗外的那片林子。它之所以还在，是因为有一代又一代人守着它。\n\n雪　人\n\n我在院子里\n\n堆了一个雪人\n\n"
            "给他戴上爷爷的旧帽子\n\n围上妈妈的红围巾\n\n我问妈妈\n\n他冷不冷\n\n妈妈说\n\n雪人最怕的\n\n是春天\n\n"
            "北桦县第一小学三年级（2）班　孙悦然\n")
    essay, poem = banmian.rebuild(text).articles
    assert poem.headline == ["雪 人"]
    assert poem.paragraphs[:2] == ["我在院子里", "堆了一个雪人"] and poem.paragraphs[-1] == "是春天"
    assert essay.paragraphs[-1].startswith("合上书")


# A reviewer's pages against this session's rules: an interview's subhead naming a person written with ·, a story's
# subhead in two parts under its chart's source, a health column's expert asked by the reporters its lead credits, the
# reporters' notes under an unsigned story that closes on its figures' source
def test_an_interviews_subhead_naming_a_person_written_with_a_dot_stays_the_storys():
    text = ("扎根牧区三十年 守护牧民健康\n\n本报记者 古丽娜\n\n在塔城地区托里县的草原深处，有一位被牧民称为“马背医生”的乡村医生。"
            "她就是托里县庙尔沟镇卫生院医生阿依古丽·买买提。\n\n对话阿依古丽·买买提\n\n问：三十年来，您最难忘的一次出诊是什么时候？\n\n"
            "答：那是2009年冬天，一位牧民的孩子半夜高烧不退，我骑了四个多小时的马赶到毡房。\n")
    story, = banmian.rebuild(text).articles
    assert "对话阿依古丽·买买提" in story.paragraphs


def test_a_two_part_subhead_under_a_storys_chart_source_stays_the_storys():
    text = ("上半年我市经济运行稳中有进\n\n本报讯（记者 林静）记者从市统计局获悉，上半年，全市实现地区生产总值612.3亿元，同比增长7.8%。\n\n"
            "数据来源：温岭市统计局\n\n稳增长　工业投资持续发力\n\n上半年，全市工业投资增长15.2%，其中技术改造投资增长18.7%。\n")
    story, = banmian.rebuild(text).articles
    assert story.paragraphs[-2:] == ["稳增长 工业投资持续发力", "上半年，全市工业投资增长15.2%，其中技术改造投资增长18.7%。"]


def test_an_experts_card_under_a_health_column_its_lead_credits_is_no_byline():
    text = ("健康课堂\n\n三伏贴不是人人都适合\n\n本报讯（记者 叶青 通讯员 林妍）三伏天将至，不少市民开始关注“冬病夏治”。"
            "市中医院治未病中心主任医师王明提醒，三伏贴并非人人适合。\n\n王明介绍，孕妇、皮肤过敏者不宜贴敷。贴敷期间，应忌食生冷、辛辣食物。\n\n"
            "市中医院治未病中心主任医师　王　明\n")
    story, = banmian.rebuild(text).articles
    assert story.byline.people() == ["叶青", "林妍"]


def test_reporters_notes_under_an_unsigned_story_closed_by_its_figures_source_are_its_last_section():
    text = ("我市居民人均可支配收入稳步增长\n\n记者从市统计局获悉，上半年，全市居民人均可支配收入38562元，同比增长5.9%。\n\n"
            "城乡居民收入差距进一步缩小，城乡居民收入比由去年同期的1.54缩小至1.51。\n\n资料来源：温岭市统计局上半年统计公报\n\n"
            "记者观察\n\n“钱袋子”鼓起来 更要“好花钱”\n\n收入增长是消费增长的基础。只有让居民有钱花、敢花钱、愿花钱，消费才能更好发挥作用。\n\n"
            "本报记者　林　静\n")
    story, = banmian.rebuild(text).articles
    assert story.byline.people() == ["林静"] and "记者观察" in story.paragraphs


def test_a_works_title_and_its_maker_close_the_work_and_a_classical_poems_title_below_opens_the_poem():
    text = ("剪纸　雪乡年景\n\n\n\n刘桂琴　作\n\n七律·冬日登桦峰\n\n朔风卷雪满千峰，独上层峦踏玉龙。\n\n林海无声埋古道，冰河有影卧苍松。\n\n"
            "炊烟袅袅山村暖，笑语盈盈酒意浓。\n\n莫道寒乡无好景，护林灯火伴晨钟。\n")
    work, poem = banmian.rebuild(text).articles
    assert work.kind == "photo" and work.headline == ["剪纸 雪乡年景"] and work.paragraphs == []
    assert poem.headline == ["七律·冬日登桦峰"] and len(poem.paragraphs) == 4


def test_a_forecasts_issuer_with_the_hour_it_issued_closes_the_weather_box_over_the_next_story():
    text = ("未来三天天气\n\n8日　阴转小雨　北风4～5级　6～13℃\n\n9日　小到中雨转阴　北风5～6级　1～7℃\n\n10日　阴转晴　北风3～4级　-2～5℃\n\n"
            "省气象台11月7日6时发布\n\n内蒙古多地迎来入冬后首场降雪\n\n新华社呼和浩特11月6日电（记者包日娜）6日，内蒙古多地迎来入冬后首场降雪。\n")
    page = banmian.rebuild(text)
    assert page.furniture[-1] == "省气象台11月7日6时发布"
    assert [a.headline for a in page.articles] == [["内蒙古多地迎来入冬后首场降雪"]]


def test_a_reporters_test_drive_kicks_the_title_of_a_feature_in_sections_not_a_byline():
    text = ("南燕EV推出“海岛限定版”\n\n本报讯（记者 王丽）南燕EV日前推出“海岛限定版”车型，新增两种专属车身颜色，并标配座椅通风功能。\n\n"
            "记者试驾\n\n极岸S5：通勤够用　操控有惊喜\n\n本报记者　符思远\n\n上周，记者驾驶极岸S5在海口市区和绕城高速完成了约160公里的试驾。\n\n"
            "外观　低调耐看\n\n极岸S5的外观延续了家族设计语言，整体线条简洁。\n\n空间　后排稍显局促\n\n后排腿部空间只能算够用，头部空间略显紧张。\n")
    news, drive = banmian.rebuild(text).articles
    assert news.byline.text == []
    assert drive.headline == ["记者试驾", "极岸S5：通勤够用 操控有惊喜"]
    assert drive.paragraphs[-2:] == ["空间 后排稍显局促", "后排腿部空间只能算够用，头部空间略显紧张。"]


# A reviewer's pages against the pupil's poem: a bare name signing the poem above a pupil's piece, a pupil's composition
# closing on lines of dialogue, a prize list's pupils one a line
def test_a_bare_name_signs_the_poem_above_a_pupils_piece_signed_under_its_title():
    text = ("山　居\n\n推开木窗\n\n半坡茶树正吐新芽\n\n溪水从屋后流过\n\n把鸟鸣带到很远的地方\n\n母亲在灶前生火\n\n炊烟慢慢升起\n\n"
            "像一封写给远方的信\n\n我读了很多年\n\n徐晓梅\n\n小蜗牛\n\n溇源县实验小学一年级（2）班　覃乐乐\n\n小蜗牛\n\n背着房子去旅行\n\n"
            "走啊走\n\n走了一整天\n\n回头一看\n\n还在家门口\n")
    poem, pupils = banmian.rebuild(text).articles
    assert poem.headline == ["山 居"] and poem.byline.people() == ["徐晓梅"] and poem.paragraphs[-1] == "我读了很多年"
    assert pupils.headline == ["小蜗牛"] and pupils.byline.people() == ["覃乐乐"]


def test_a_pupils_composition_closing_on_dialogue_is_prose_not_verse():
    text = ("第一次包粽子\n　　端午节前一天，外婆说要\n教我包粽子。她把泡好的糯米、\n红枣和粽叶摆在桌上，先把两\n片粽叶卷成一个小漏斗，再舀\n\n"
            "进一勺糯米，放上一颗红枣，\n最后用细绳一圈一圈地扎紧。\n　　傍晚，粽子煮好了，满屋\n子都是香味。我捧着自己包的\n"
            "那个歪歪扭扭的粽子，大声说：\n　　“外婆，明年我还要包！”\n　　外婆笑了：\n　　“好，明年你教外婆！”\n"
            "溇源县城关第二小学五年级（4）班　彭梓涵\n")
    essay, = banmian.rebuild(text).articles
    assert essay.paragraphs[1] == "傍晚，粽子煮好了，满屋子都是香味。我捧着自己包的那个歪歪扭扭的粽子，大声说："


def test_a_prize_lists_pupils_one_a_line_sign_no_poem():
    text = ("我县举行中小学生书法比赛\n\n本报讯（记者 向丽君）5月30日，全县中小学生书法比赛颁奖仪式在县文化馆举行。\n\n"
            "经专家评审，共评出一等奖12名、二等奖24名、三等奖36名。\n\n获奖名单\n\n硬笔书法\n\n小学低段组\n\n一等奖\n\n"
            "溇源县实验小学二年级三班　田雨桐\n\n茶林河镇中心小学一年级二班　向可馨\n")
    assert not any(article.headline == [] and article.paragraphs == [] for article in banmian.rebuild(text).articles)


def test_a_wrapped_caption_whose_correspondents_credit_lost_its_space_at_the_wrap_is_a_photo_after_the_story():
    text = ("黑龙江开展“暖冬行动”\n　　新华社哈尔滨1月8日电（记者 王晨\n曦）记者8日从黑龙江省民政厅获悉，\n黑龙江近日部署开展“暖冬行动”，确\n"
            "保不漏一户、不落一人。\n\n　　1月7日，柯洛河鄂伦春族乡非遗传承\n人孟淑芬（右）在指导游客制作桦树皮画。\n"
            "冰雪旅游季期间，该乡推出桦皮工艺、狍\n角饰品等民俗体验项目。 通讯员 关丽娜 \n摄\n\n岁末年初走基层\n零下35℃的巡山路\n"
            "　　凌晨五点，护林员莫振山已经出发了。\n")
    story, photo, walk = banmian.rebuild(text).articles
    assert photo.kind == "photo" and photo.byline.photographers == ["关丽娜"]
    assert story.paragraphs[-1].endswith("不落一人。")


def test_a_set_of_poems_signed_by_a_bare_name_at_its_foot_keeps_its_verses_apart_under_its_title():
    text = ("侨批歌\n\n韩江水阔浪悠悠，红头船出汕头州。\n\n阿兄过番十七岁，一条浴布一只舟。\n\n洪锦荣\n\n夏夜，韩江边（外一首）\n\n"
            "晚风从江面上走过来\n\n带着一点咸，一点凉\n\n鳌江桥的灯一盏一盏亮起\n\n像谁在江心\n\n他说，今晚的鱼\n\n都去听潮州大锣鼓了\n\n"
            "荔　枝\n\n六月的阳光\n\n在枝头挂满红灯笼\n\n剥开一颗\n\n就剥开了整个夏天的甜\n\n阿嬷说，吃荔枝\n\n要就着一杯凉茶\n\n纪小妍\n")
    poems = banmian.rebuild(text).articles[-1]
    assert poems.headline == ["夏夜，韩江边（外一首）"]
    assert poems.paragraphs[:2] == ["晚风从江面上走过来", "带着一点咸，一点凉"] and "他说，今晚的鱼" in poems.paragraphs


def test_a_students_college_year_and_class_sign_an_essay_at_its_foot():
    text = ("青春絮语\n\n实验室里的春天\n\n我第一次真正注意到窗外的玉兰，是在一个失败的下午。\n\n"
            "原来春天从来不是一下子来的。它藏在每一次失败之后的重新开始里。\n\n化学与材料学院2022级应用化学1班　蒋沐阳\n\n"
            "讲座预告\n\n时间：5月22日（周四）19:00\n\n地点：图书馆报告厅\n")
    essay, notice = banmian.rebuild(text).articles
    assert essay.byline.people() == ["蒋沐阳"] and essay.paragraphs[-1].startswith("原来春天")
    assert notice.headline == ["讲座预告"]


# A third reviewer's pages against this session's rules and their first mends: a Q&A box titled 医保·问答, a pupil's
# poem in printed lines asking in quotes, the expert's card under a health column its lead credits, a figures box of
# short sentences, a work's caption under its maker, a reporter's shop visit signed by another, an age bracket's value
# under its colon, a brief cut just after a quote, the statistics bureau as a kicker
def test_a_qa_box_titled_with_a_dot_and_a_box_of_questions_under_a_story_is_its_own():
    page = banmian.rebuild('我市城乡居民医保参保率达98.6%\n\n本报讯（记者 陈晓燕）记者从市医疗保障局获悉，截至9月底，全市城乡居民基本医疗保险参保人数达86.4万人，参保率达98.6%，连续三年保持在98%以上。\n\n今年以来，市医保局联合各镇（街道）开展参保扩面专项行动，重点做好新生儿、灵活就业人员等群体的参保登记工作。\n\n医保·问答\n\n问：异地就医需要先备案吗？\n\n答：参保人员跨省异地就医，应先通过国家医保服务平台APP或当地医保经办窗口办理备案，备案后可在就医地直接结算。\n\n问：2025年度城乡居民医保缴费标准是多少？\n\n答：个人缴费标准为每人每年400元，缴费期为今年9月1日至12月31日。\n')
    assert [article.headline for article in page.articles][-1] == ["医保·问答"]


def test_a_pupils_poem_in_printed_lines_asking_in_quotes_is_a_piece_of_its_own():
    essay, poem = banmian.rebuild('读书札记\n在林海深处读懂坚守\n\u3000\u3000《林海纪事》是我县作家郑树林\n历时五年写成的一部长篇纪实散文，\n记录了几代林业工人的故事。\n\u3000\u3000合上书，我想起窗外的那片林子。\n它之所以还在，是因为有一代又一代\n人守着它。\n\n雪\u3000人\n我在院子里\n堆了一个雪人\n给他戴上爷爷的旧帽子\n围上妈妈的红围巾\n“妈妈，他冷不冷？”\n妈妈笑着说\n雪人最怕的\n是春天\n北桦县第一小学三年级（2）班\u3000孙悦然\n').articles
    assert poem.headline == ["雪 人"] and "“妈妈，他冷不冷？”" in poem.paragraphs


def test_an_experts_card_under_a_health_column_its_lead_credits_stays_its_last_paragraph():
    column, story = banmian.rebuild('健康课堂\n\n秋季腹泻高发 家长莫慌\n\n本报讯（记者 叶青 通讯员 林妍）入秋以来，市儿童医院消化科门诊量明显增加，其中不少是轮状病毒感染引起的秋季腹泻。\n\n该院消化科主任医师陈晓东介绍，秋季腹泻多见于6个月至3岁的婴幼儿，主要表现为发热、呕吐和水样便。\n\n陈晓东提醒，患儿腹泻期间要注意补液，防止脱水；如出现精神萎靡、尿量明显减少等情况，应及时就医。\n\n市儿童医院消化科主任医师\u3000陈晓东\n\n全市新增公共充电桩三百个\n\n本报讯（记者 王芳）记者昨日从市发改委获悉，今年全市新增公共充电桩三百个。\n').articles
    assert column.paragraphs[-1] == "市儿童医院消化科主任医师 陈晓东" and column.byline.people() == ["叶青", "林妍"]


def test_reporters_notes_under_a_figures_box_of_short_sentences_are_a_piece_of_their_own():
    story, box, notes = banmian.rebuild('前三季度全市经济运行稳中向好\n\n本报讯（记者 林静）记者从市统计局获悉，前三季度，全市实现地区生产总值612.3亿元，同比增长7.8%，增速居全省前列。\n\n数说前三季度\n\n全市规上工业增加值增长9.1%。\n\n社会消费品零售总额增长6.4%。\n\n固定资产投资增长11.2%。\n\n数据来源：市统计局\n\n记者手记\n\n稳的底气从哪里来\n\n走访中，记者发现，不少企业虽然面临订单压力，但技改投入一点没少。\n\n本报记者\u3000陈\u3000默\n').articles
    assert box.paragraphs[-1] == "数据来源：市统计局" and notes.byline.people() == ["陈默"]


def test_a_works_caption_under_its_maker_is_the_works():
    page = banmian.rebuild('国画\u3000江南春早\n\n\n\n\n\n陈立新\u3000作\n\n这幅作品以淡墨勾勒江南水乡的石桥、乌篷船与粉墙黛瓦，点点桃红映衬出早春的盎然生机。作者系市美术家协会会员。\n')
    assert len(page.articles) == 1 and page.articles[0].headline == ["国画 江南春早"]


def test_a_reporters_shop_visit_signed_by_another_is_a_piece_of_its_own():
    story, visit = banmian.rebuild('“老字号”焕新 年轻人排队打卡\n\n本报讯（记者 黄小梅）今年以来，我市多家老字号餐饮企业推出新品、改造门店，吸引了不少年轻消费者。\n\n记者探店\n\n一碗老鸭汤 熬了六十年\n\n位于中山路的“陈记鸭汤馆”已经营业六十年了。中午十一点刚过，店里就坐满了食客。\n\n店主陈伟说，汤底每天凌晨四点开始熬，一熬就是六个小时。\n\n本报记者\u3000唐\u3000艳\n').articles
    assert story.byline.people() == ["黄小梅"] and visit.headline[0] == "记者探店" and visit.byline.people() == ["唐艳"]


def test_the_statistics_bureau_as_a_kicker_stays_in_the_headline():
    story, = banmian.rebuild('省统计局发布\n\n上半年全省经济运行稳中向好\n\n本报讯（记者 林静）7月18日，省统计局发布上半年全省经济运行情况。上半年，全省实现地区生产总值4.2万亿元，同比增长5.6%。\n\n分产业看，第一产业增加值增长3.5%，第二产业增加值增长6.1%，第三产业增加值增长5.4%。\n').articles
    assert story.headline == ["省统计局发布", "上半年全省经济运行稳中向好"]


# A fourth reviewer's page: the reporter's undercover visit as a subhead of a story signed under its title
def test_a_reporters_undercover_visit_as_a_subhead_stays_in_the_signed_story():
    story, = banmian.rebuild('“黑加油站”藏身城郊 执法部门重拳整治\n\n本报记者\u3000刘\u3000洋\n\n近期，有市民反映城郊一带存在非法流动加油点，存在严重安全隐患。\n\n记者暗访\n\n10月9日晚，记者来到城北工业区附近，看到一辆改装货车停在路边，车厢里装着几个大油桶，不时有货车司机前来加油。\n\n执法部门随即开展联合整治，当场查扣非法改装车辆2辆、油品3吨。\n').articles
    assert "记者暗访" in story.paragraphs and story.byline.people() == ["刘洋"]


def test_a_letters_closing_words_over_its_signature_and_date_stay_the_letters():
    text = ("医患之间\n\n一封写给心血管内科的感谢信\n\n尊敬的心血管内科全体医护人员：\n\n"
            "住院的9天里，你们把我当亲人一样照顾。我是农村来的，不会说什么好听的话，只想说一声谢谢。\n\n此致\n\n敬礼！\n\n"
            "患者　龚德明\n\n2025年3月12日\n\n义诊进乡村\n\n\n\n3月15日，医院专家在石门乡卫生院为村民义诊。 通讯员 李 敏 摄\n")
    letter = banmian.rebuild(text).articles[0]
    assert letter.paragraphs[-4:] == ["此致", "敬礼！", "患者 龚德明", "2025年3月12日"]


def test_a_county_named_like_a_person_over_its_items_title_opens_the_item():
    text = ("莲阳县：玩具企业\n\n“出海”订单足\n\n走进莲阳县玩具产业园，多家企业生产线满负荷运转，外贸订单已排到年底。\n\n（通讯员　许泽坤）\n\n"
            "桑浦县：\n\n单丛茶园用上“智慧大脑”\n\n在桑浦县凤栖镇的单丛茶园里，一套套土壤墒情监测设备正在实时采集数据。\n\n（通讯员　翁丽娜）\n")
    first, second = banmian.rebuild(text).articles
    assert second.headline == ["桑浦县：", "单丛茶园用上“智慧大脑”"] and second.byline.people() == ["翁丽娜"]


# A fifth reviewer's pages: 敬礼！ as a story's own title, and people whose names end in 镇 or 村 addressed by a notice
def test_a_salute_as_a_storys_title_stays_its_headline():
    story, = banmian.rebuild('敬礼！\n\n——记温岭市消防救援大队特勤站站长郑海涛\n\n本报记者 赵云\n\n凌晨两点，警铃骤响。郑海涛从床上一跃而起，不到一分钟就坐上了消防车。这样的场景，他已经经历了上千次。\n\n入伍十五年，郑海涛参与灭火救援2000余次，营救被困群众300余人，先后荣立个人三等功两次。\n').articles
    assert story.headline[0] == "敬礼！"


@pytest.mark.parametrize("case, addressee", [("P2_court_notice_zhen", "张志镇："), ("P7_letter_to_person_cun", "刘海村：")])
def test_a_person_named_like_a_town_addressed_by_a_notice_opens_its_text(case, addressee):
    notice = banmian.rebuild({"P2_court_notice_zhen": '公告\n\n张志镇：\n\n本院受理原告温岭市农村商业银行股份有限公司诉你金融借款合同纠纷一案，因你下落不明，依照《中华人民共和国民事诉讼法》第九十五条之规定，向你公告送达起诉状副本、应诉通知书、举证通知书及开庭传票。\n\n自公告之日起经过三十日即视为送达。本案定于2024年4月10日9时在本院第三法庭公开开庭审理，逾期将依法缺席判决。\n\n浙江省温岭市人民法院\n\n2024年1月22日\n',
                              "P7_letter_to_person_cun": '寻人启事\n\n刘海村：\n\n你于2023年12月30日离家至今未归，家人万分着急。见报后请速与家里联系，一切事情都好商量。\n\n母亲 陈小梅\n\n联系电话：13805861234\n'}[case]).articles[0]
    assert notice.paragraphs[0] == addressee


def test_a_set_of_poems_signed_by_a_dotted_name_after_an_essay_is_a_piece_of_its_own():
    verses = ["月亮落在棉花地里", "像一朵开得最晚的棉桃", "母亲弯着腰", "把它和白天的汗水", "一起装进布袋"]
    text = ("胡杨林里的秋天\n\n李新宇\n\n每年十月，塔勒河下游的胡杨林都会换上一身金装。住在库木塔勒的人说，看胡杨要赶早。\n\n"
            "这片土地上的人，又何尝不是如此呢？\n\n棉花地里的月亮（外一首）\n\n吐尔洪·沙吾提\n\n" + "\n\n".join(verses) + "\n")
    essay, poems = banmian.rebuild(text).articles
    assert essay.paragraphs[-1] == "这片土地上的人，又何尝不是如此呢？"
    assert (poems.headline, poems.paragraphs, poems.byline.people()) == (["棉花地里的月亮（外一首）"], verses, ["吐尔洪·沙吾提"])


def test_a_place_and_its_thing_written_with_a_dot_under_a_heading_is_no_writer():
    assert not patterns.dotted_name("重庆·山茶花") and patterns.dotted_name("阿依古丽·托乎提")


@pytest.mark.parametrize("signature, writer", [("托克苏县阿热勒乡中学　阿依古丽·托乎提", "阿依古丽·托乎提"),
                                               ("岳阳楼区人民法院民一庭　周雅琴", "周雅琴")])
def test_a_writers_school_or_court_and_name_at_the_foot_signs_the_piece_above(signature, writer):
    text = ("法官说法\n\n　　需要提醒的是，即便遗嘱有效，也应当为缺乏劳动能力又没有生\n活来源的继承人保留必要的遗产份额。\n"
            + signature + "\n\n网购“全新”手机竟是翻新机\n　　本报讯（通讯员 龙思远）近日，岳阳楼区人民法院审结一起\n网络购物合同纠纷案。\n")
    piece, story = banmian.rebuild(text).articles
    assert piece.byline.people() == [writer] and story.headline == ["网购“全新”手机竟是翻新机"]


@pytest.mark.parametrize("writer, name", [("作者：陈立群（南开大学文学院教授）", "陈立群"), ("江淮博物院研究馆员　邵雨桐", "邵雨桐")])
def test_a_theory_writers_line_with_the_post_in_brackets_or_a_museums_title_is_the_byline(writer, name):
    story, = banmian.rebuild("在守正创新中赓续中华文脉\n" + writer + "\n　　文化是一个国家、一个民族的灵魂。中华文明绵延五千多年\n"
                             "而从未中断，一个重要原因就在于它始终在继承中发展。\n").articles
    assert story.headline == ["在守正创新中赓续中华文脉"] and story.byline.people() == [name]


def test_a_shows_airing_closes_its_item_in_a_tv_guide():
    text = ("《小主播成长记》第二季开播\n\n经过两个多月的海选，少儿真人秀节目《小主播成长记》第二季将于1月25日开播。\n\n"
            "与第一季相比，新一季增加了“走进一线”环节，小主播们将走进消防站、菜市场等地进行实地采访。\n\n"
            "播出时间：每周六17:30\n\n播出频道：澜州新闻综合频道\n\n剧场导视\n\n《海港晨曦》：三代码头人的奋斗故事\n\n"
            "都市频道本周起在黄金时段推出40集年代剧《海港晨曦》。该剧以澜州港的变迁为背景，讲述一家三代码头人的奋斗故事。\n\n"
            "剧中，陈大海从扛大包的装卸工干起，在港口机械化改造中自学成才。\n")
    show, drama = banmian.rebuild(text).articles
    assert show.paragraphs[-1] == "播出频道：澜州新闻综合频道"
    assert drama.headline == ["剧场导视", "《海港晨曦》：三代码头人的奋斗故事"]


def test_a_readers_district_name_and_calling_close_the_letter_and_the_next_title_opens_its_own():
    text = ("图书馆延时开放真贴心\n　　听说市图书馆从5月起把闭馆时间推迟到晚上9点，我特意\n下班后去体验了一次。对我们这些白天没空的人来说，这真是\n"
            "一项实实在在的便民举措。\n高新区　李红梅（公司职员）\n\n建议滨河步道增设饮水点\n　　滨河步道修好后，每天傍晚来散步、跑步的市民很多。\n"
            "希望有关部门在沿途增设几处直饮水点。\n西城区　赵德明\n")
    first, second = banmian.rebuild(text).articles
    assert second.headline == ["建议滨河步道增设饮水点"] and "建议滨河步道增设饮水点" not in "".join(first.paragraphs)


@pytest.mark.parametrize("label, items", [("一周回眸", ["5月3日　青枫市第十届“市民文化节”开幕，为期两个月。", "5月5日　地铁2号线东延段开始空载试运行。"]),
                                          ("趣味猜谜", ["1．一江春水暖（打一成都区名）", "2．两条小河并肩走（打一成都区名）"])])
def test_the_weeks_dated_items_and_riddles_under_their_label_after_an_essay_are_boxes_of_their_own(label, items):
    text = ("老爸学用智能手机\n\n文/柳　青\n\n去年国庆节，我给老爸换了一部智能手机。他拿着新手机翻来覆去地看，却连视频电话都不会打。\n\n"
            "半年过去，老爸已经能熟练地用手机买菜、挂号了。\n\n" + label + "\n\n" + "\n\n".join(items) + "\n")
    essay, box = banmian.rebuild(text).articles
    assert box.headline == [label] and essay.paragraphs[-1].startswith("半年过去")


def test_a_fans_signature_closes_the_fans_letter():
    text = ("球迷来信\n掌声给进步　耐心给成长\n　　输球的时候，球员心里比谁都难受。我想跟球\n迷朋友们说一句：掌声给进步，耐心给成长。\n球迷　钟大为\n\n"
            "全国青少年U15足球联赛总决赛落幕\n四川队获得亚军\n　　新华社杭州10月21日电（记者 孙哲）2025年全国青少年U15足\n球联赛总决赛21日在浙江杭州落下帷幕。\n")
    letter, story = banmian.rebuild(text).articles
    assert story.headline == ["全国青少年U15足球联赛总决赛落幕", "四川队获得亚军"] and "钟大为" in "".join(letter.byline.text + letter.paragraphs)


def test_a_channels_name_over_its_timed_rows_is_the_listings_text():
    rows = ["CCTV-1", "19:00　新闻联播", "19:38　焦点访谈", "四川卫视", "19:30　电视剧：春熙路的春天（5、6）", "21:20　综艺：巴适得板（第8期）"]
    text = ("川剧新编《杜鹃啼》首演\n\n本报讯（记者 苏小棠）10月21日晚，川剧新编《杜鹃啼》在锦江剧场首演，“变脸”“吐火”等绝活引来满堂彩。\n\n"
            "据悉，《杜鹃啼》将于本月底开启全省巡演。\n\n今日电视\n\n" + "\n\n".join(rows) + "\n")
    story, box = banmian.rebuild(text).articles
    assert box.headline == ["今日电视"] and box.paragraphs[0] == "CCTV-1" and "四川卫视" in box.paragraphs


@pytest.mark.parametrize("label, entry, field, title", [
    ("本周演出", "【音乐会】“天府之音”民族管弦乐音乐会", "时间：10月24日（周五）19:30", ["本周演出"]),
    ("新书推介", "《中华文脉十二讲》", "周文渊　著　华章出版社2025年1月出版", ["新书推介", "《中华文脉十二讲》"])])
def test_a_listings_bracketed_entry_and_a_books_imprint_are_the_boxs_text(label, entry, field, title):
    text = ("川剧新编《杜鹃啼》首演\n\n本报讯（记者 苏小棠）10月21日晚，川剧新编《杜鹃啼》在锦江剧场首演，“变脸”“吐火”等绝活引来满堂彩。\n\n"
            "据悉，《杜鹃啼》将于本月底开启全省巡演。\n\n" + label + "\n\n" + entry + "\n\n" + field + "\n\n地点：城市音乐厅大剧场，本书以十二个专题讲述。\n")
    story, box = banmian.rebuild(text).articles
    assert box.headline == title and field.replace("　", " ") in box.paragraphs


def test_who_answers_under_a_qa_title_opens_its_text():
    text = ("维权课堂\n\n健身房突然关门　预付卡余额怎么办？\n\n本期答疑：四川锦衡律师事务所律师　邓明辉\n\n"
            "问：我去年在一家健身房办了年卡，上个月健身房突然关门，老板联系不上，卡里还有3000多元，该怎么办？\n\n"
            "答：根据消费者权益保护法的规定，经营者以预收款方式提供服务的，应当按照约定提供。\n")
    box, = banmian.rebuild(text).articles
    assert box.headline == ["维权课堂", "健身房突然关门 预付卡余额怎么办？"] and box.paragraphs[0].startswith("本期答疑：")


def test_a_figures_box_labelled_data_holds_its_rows_figure_first():
    rows = ["16328人　本场比赛观众人数，创锦官队本赛季主场新高", "19岁　王启航的年龄，他本场打进个人中甲首球",
            "6个　队长李嘉言本赛季头球进球数，位列中甲球员第二", "58%　锦官队本场控球率", "17∶9　两队射门次数对比"]
    text = ("锦官队主场2∶1逆转滇池队\n\n本报讯（记者 唐骏）0∶1落后的局面下，成都锦官队昨晚在主场连入两球，以2∶1逆转昆明滇池队。\n\n"
            "此役过后，锦官队积34分，升至联赛第11位。\n\n数　据\n\n" + "\n\n".join(rows) + "\n\n数据来源：中甲联赛官方技术统计\n")
    story, box = banmian.rebuild(text).articles
    assert box.headline == ["数 据"] and len(box.paragraphs) == 6


def test_a_word_a_box_may_be_named_goes_on_a_line_whose_last_word_asks_for_it():
    text = ("观点摘编\n　　教育要给孩子留\n出空间，这份“留\n白”定然不会白留。\n　　（摘编自《新华日\n报》，原题为《教育\n“留白”定然不会白留》）\n"
            "　　用好数字，别困于\n数字\n　　李 姝\n　　站上体重秤，数字\n跳出来那一刻，心情\n就定了调：轻了，窃\n喜；重了，懊恼。\n")
    paragraphs = [p for a in banmian.rebuild(text).articles for p in a.paragraphs]
    assert "用好数字，别困于数字" in paragraphs


def test_a_figures_boxs_sourced_entries_marked_alike_stay_one_box():
    text = ("数字\n■3.1亿人次\n　　今年10月全国铁路发送旅客人数，同\n比增长6.2%。（据国铁集团）\n■1.56亿\n"
            "　　截至今年9月底，全国60岁及以上老\n年人持有电子社保卡人数。（据人力资源\n和社会保障部）\n■87.4%\n"
            "　　今年前三季度全国地级及以上城市空\n气质量优良天数比例。（据生态环境部）\n")
    box, = banmian.rebuild(text).articles
    assert box.headline == ["数字"] and box.paragraphs[::2] == ["■3.1亿人次", "■1.56亿", "■87.4%"]


# A reviewer's pages of this session's rules: where each must not reach
def test_a_label_under_a_shows_airing_printed_first_stays_the_items():
    text = ("剧场导视\n\n《海港晨曦》\n\n播出时间：1月20日起　每晚19:35\n\n播出频道：澜州都市频道\n\n剧情简介\n\n"
            "上世纪八十年代，渔家女儿林海燕不顾家人反对，带着几个姐妹在海港办起了第一家水产加工厂。\n\n看点\n\n"
            "全剧在澜州石塘渔港实景拍摄，不少渔民本色出演。\n")
    show, = banmian.rebuild("澜州晚报\n\n2025年1月20日　星期一\n\n第11版　电视\n\n" + text).articles
    assert "剧情简介" in show.paragraphs


@pytest.mark.parametrize("title, dotted", [("雪山脚下的小镇", "瑞士·因特拉肯"), ("让戈壁滩开满致富花", "阿依古丽·托乎提")])
def test_a_dotted_place_or_the_person_a_profile_tells_of_under_a_title_is_no_writer(title, dotted):
    text = (title + "\n\n" + dotted + "\n\n　　因特拉肯夹在两湖之间，小镇不大，却是前往少女峰的必经之地。清晨推开窗，雪山就在眼前。\n\n"
            "　　镇上的木屋大多有上百年历史，窗台上摆满了天竺葵。\n\n文/图　林　夕\n")
    story = banmian.rebuild("澜州晚报\n\n2025年7月12日　星期六\n\n第8版　旅游\n\n" + text).articles[0]
    assert dotted.replace("·", "") not in "".join(story.byline.people())


def test_a_set_of_poems_named_as_a_reviews_subhead_stays_in_the_review():
    text = ("山河入诗　乡愁入心\n\n——读李明诗集《山河辞》\n\n文/王　平\n\n　　李明的诗集《山河辞》收录了他近十年创作的诗歌120余首。\n\n"
            "　　诗集中，我最喜欢的是这一组：\n\n故乡的河（组诗）\n\n　　这组诗共有五首，写的是诗人童年记忆中的那条小河。简单的比喻，却写尽了游子对故乡的眷恋。\n\n"
            "　　整部诗集语言朴素，感情真挚，读来令人动容。\n")
    review, = banmian.rebuild("青溪日报\n\n2024年5月11日　星期六\n\n第7版　读书\n\n" + text).articles
    assert "故乡的河（组诗）" in review.paragraphs


def test_a_title_with_a_clause_over_a_set_of_poems_after_an_unsigned_piece_heads_the_set():
    text = ("老屋\n\n　　老屋在村子的最东头，三间瓦房，一个小院。小时候，我总爱坐在门槛上，看燕子在屋檐下进进出出。\n\n"
            "春来了，诗来了！\n\n田园杂咏（三首）\n\n◎ 李　明\n\n油菜花开了\n\n一直开到天边\n\n老牛不说话\n\n低头走在田埂上\n")
    piece, poems = banmian.rebuild("青溪晚报\n\n2024年4月6日　星期六\n\n第6版　副刊\n\n" + text).articles
    assert poems.headline[0] == "春来了，诗来了！"


def test_a_weeks_review_as_a_reports_subhead_stays_in_the_report():
    text = ("A股震荡上行　成交温和放大\n\n本报记者　钱　程\n\n一周回顾\n\n　　本周A股市场整体震荡上行，上证指数周涨1.56%，深证成指周涨2.13%。\n\n"
            "　　板块方面，机器人、半导体等科技板块领涨。\n\n后市展望\n\n　　分析人士认为，市场风险偏好有望继续回升。\n")
    report, = banmian.rebuild("澜州晚报\n\n2025年3月8日　星期六\n\n第12版　财经\n\n" + text).articles
    assert "一周回顾" in report.paragraphs


def test_a_diary_column_over_its_day_and_sky_is_its_headline_not_the_header():
    page = banmian.rebuild("澜州晚报\n\n第10版　校园\n\n青春日记\n\n2025年6月17日　星期二　晴\n\n"
                           "　　今天是中考前的最后一次班会。班主任李老师没有讲题，而是让我们每个人给三年后的自己写一封信。\n\n"
                           "　　我写下了自己的梦想：考上一所好大学，学医。\n\n澜州二中九（3）班　林小雨\n")
    assert "青春日记" not in page.furniture


def test_a_weekday_alone_in_the_header_names_no_section():
    page = banmian.rebuild("2025年3月20日\n\n周四\n\n澜州晚报\n\n暴雨直击\n\n全市启动防汛四级应急响应\n\n"
                           "　　本报讯（记者　李想）受强降雨影响，3月19日晚，市防指启动防汛四级应急响应。\n")
    assert "暴雨直击" in page.furniture


def test_a_roll_of_readers_districts_names_and_callings_stays_one_list():
    text = ("澜州日报　2025年12月5日　星期五　第4版　社会\n\n“最美志愿者”名单\n城东街道　张伟（社区网格员）\n城西街道　李晓燕（个体工商户）\n"
            "高新区　王建军（退休职工）\n滨江镇　陈美华（乡村医生）\n\n全市志愿服务项目大赛启动\n　　本报讯（记者　周婷）12月4日，我市第二届志愿服务\n项目大赛正式启动。\n")
    roll, story = banmian.rebuild(text).articles
    assert story.headline == ["全市志愿服务项目大赛启动"] and "陈美华" in "".join(roll.paragraphs)


def test_a_weeks_dated_line_inside_a_box_is_the_boxs_and_leaves_the_pages_date():
    page = banmian.rebuild("澜州晚报\n\n2025年1月18日　星期六\n\n第6版　文体\n\n下周文体活动\n\n2025年1月20日　本周（1月20日—1月26日）\n\n"
                           "　　1月21日19:30　新年音乐会　澜州大剧院\n\n　　1月23日14:00　迎新春书画展　市美术馆\n")
    assert page.date == "2025-01-18" and "2025年1月20日 本周（1月20日—1月26日）" not in page.furniture


def test_a_theory_writers_line_wider_than_the_column_stays_apart_from_the_title():
    text = ("光明时报　2025年4月8日　星期二　第11版　理论\n\n以高水平文化建设支撑中国式现代化\n作者：陈立群（南开大学文学院教授）\n"
            "　　文化是民族的血脉，是人民的\n精神家园。推进中国式现代化，\n必须坚持物质文明和精神文明相\n协调。\n")
    story, = banmian.rebuild(text).articles
    assert story.headline == ["以高水平文化建设支撑中国式现代化"] and story.byline.people() == ["陈立群"]


# A second reviewer's pages: the later rules' neighbours
def _case(body: str, head: str = "2025年1月15日　星期三\n\n第7版\n\n") -> banmian.Page:
    return banmian.rebuild(head + body)


def test_a_diets_dos_and_donts_under_no_almanac_stay_text():
    page = _case("冬季进补有讲究\n\n本报记者　林晓燕\n\n入冬以来，不少市民开始进补。市中医院主任中医师王立新提醒，进补要因人而异。\n\n"
                 "王立新说，冬季饮食应以清淡为主，少吃油炸、烧烤类食物。\n\n饮食宜忌\n\n宜：山药　萝卜　百合　莲子\n\n忌：辛辣　油腻　生冷\n")
    assert "宜：山药 萝卜 百合 莲子" in [p for a in page.articles for p in a.paragraphs]


def test_an_essay_titled_like_an_almanac_keeps_its_title():
    page = _case("老黄历\n\n□ 陈立强\n\n父亲的床头总放着一本老黄历，封面已经磨得发白。每逢家里有大事，他都要翻开看看。\n\n"
                 "我曾笑他迷信，他却说，老黄历里记着节气，记着农时。\n", "2025年1月16日　星期四\n\n第8版\n\n副刊\n\n雪落江南\n\n□ 林　溪\n\n"
                 "一夜醒来，窗外白茫茫一片。江南的雪总是来得悄无声息，落在黛瓦上，也落在人的心上。\n\n")
    assert page.articles[-1].headline == ["老黄历"]


def test_a_box_of_fans_sayings_each_signed_stays_one_box():
    page = _case("球迷声音\n\n“等这场胜利等了一个月，今天全场都在唱歌，太过瘾了！”\n\n球迷　李　强\n\n"
                 "“下半场的换人很关键，教练的调整打出了效果。”\n\n球迷　王晓丽\n", "2025年4月14日　星期一\n\n第7版\n\n体育\n\n"
                 "蓉城取得联赛首胜\n\n本报讯（记者　杨　帆）昨晚，成都蓉城主场2比0战胜青岛海牛，取得本赛季联赛首胜。\n\n"
                 "比赛第23分钟，韦世豪禁区前沿推射破门。\n\n")
    box = next(a for a in page.articles if "球迷 李 强" in a.paragraphs + a.byline.text)
    assert "球迷 王晓丽" in box.paragraphs + box.byline.text and all(a.headline for a in page.articles)


def test_a_titles_subtitle_over_a_days_timed_rows_stays_the_headline():
    page = _case("环卫工的一天\n\n——记城南环卫所保洁员陈秀英\n\n4:30　起床，骑电瓶车出门\n\n5:00　开始清扫东辉路\n\n8:30　在路边吃早饭\n\n"
                 "“干了二十年，习惯了。”陈秀英说，最累的是春节前后，鞭炮碎屑多。\n\n本报记者　郑　洁\n")
    assert page.articles[0].headline == ["环卫工的一天", "——记城南环卫所保洁员陈秀英"]


def test_a_guest_named_under_a_title_over_a_lead_is_the_titles_deck():
    page = _case("《开讲啦》本期走进温岭\n\n嘉宾：“杂交水稻”团队青年科学家\n\n"
                 "本报讯（记者　许　诺）今晚，央视综合频道《开讲啦》将播出在温岭录制的一期节目。\n")
    assert page.articles[0].dateline == "本报讯"


@pytest.mark.parametrize("title, imprint", [("——读《运河人家》", "程立夫　著　华章出版社2025年1月出版"),
                                            ("《温岭市志》续编出版发行", "温岭市地方志办公室　编著　方志出版社")])
def test_a_books_imprint_under_a_reviews_deck_or_a_news_title_is_no_boxs_text(title, imprint):
    page = _case("一条运河的百年记忆\n\n" + title + "\n\n" + imprint + "\n\n□ 汪　洋\n\n"
                 "《运河人家》以一户船民家庭四代人的命运为线索，写尽了大运河畔的百年沧桑。\n\n全书最动人的，是那些平凡人物的坚守。\n")
    assert imprint.replace("　", " ") not in page.articles[0].paragraphs


def test_data_as_a_reports_subhead_over_prose_stays_in_the_report():
    page = _case("“一老一小”托育难题怎么解\n\n本报记者　何　静\n\n“孩子两岁多，上不了幼儿园，老人身体又不好，只能我辞职带。”年轻妈妈陈女士说。\n\n"
                 "数据\n\n据市卫健委统计，截至今年5月，全市共有托育机构86家，提供托位4200个，距离目标仍有差距。\n\n对策\n\n"
                 "市卫健委相关负责人表示，下一步将推动社区嵌入式托育。\n")
    assert len(page.articles) == 1


def test_a_title_like_a_figures_row_over_a_lead_opens_its_story():
    page = _case("数字\n\n1012.6亿元　地区生产总值\n\n612.3亿元　规上工业增加值\n\n5000人　同唱一首歌\n\n"
                 "本报讯（记者　潘　丽）昨晚，“唱响新时代”千人合唱音乐会在市体育中心举行。\n")
    assert page.articles[-1].dateline == "本报讯"


def test_a_boxs_label_under_a_line_ending_on_a_colon_stays_apart():
    page = _case("高温天谨防热射病\n本报记者 宋 可\n　　入夏以来，我市持续高温，\n市第一人民医院急诊科已接诊\n多名热射病患者。专家提醒：\n"
                 "小贴士\n　　1.避开11时至15时外出；\n　　2.及时补充含盐饮料；\n　　3.出现头晕乏力立即就医。\n", "2025年7月9日 星期二\n第7版 健康\n\n")
    assert not any(p.endswith("专家提醒：小贴士") for a in page.articles for p in a.paragraphs)


def test_a_short_title_over_the_editors_note_is_no_section():
    page = banmian.rebuild("2025年6月5日　星期四　第8版\n\n归途\n\n编者按\n\n今年是我市开展“山海协作”结对帮扶第十年。"
                           "本报记者重走当年的帮扶路。\n\n十年前，从温岭到景宁县，要坐七个多小时的车。\n\n本报记者　郑　洁\n")
    assert "归途" not in page.furniture


@pytest.mark.parametrize("signer, name", [("湖北省气象台首席预报员　蔡志强", "蔡志强"),
                                          ("凇江市中医院治未病科　主任医师　赵秀兰", "赵秀兰")])
def test_a_forecasters_or_doctors_post_and_name_under_a_title_is_the_byline(signer, name):
    story, = banmian.rebuild("三九天　养藏为先\n" + signer + "\n　　三九是一年中最冷的时段，也是养生的关键\n时期。此时养生，重在一个“藏”字。\n").articles
    assert story.headline == ["三九天 养藏为先"] and story.byline.people() == [name]


def test_a_reporting_group_alone_under_a_title_is_its_byline():
    story, = banmian.rebuild("大干苦干一冬春　誓把山河重安排\n\n县革委会报道组\n\n"
                             "　　本报讯　入冬以来，全县四万民工奋战在农田水利基本建设工地上，已完成土石方八十六万立方米。\n").articles
    assert story.headline == ["大干苦干一冬春 誓把山河重安排"] and story.byline.correspondents == ["县革委会报道组"]


def test_a_boxs_fields_title_after_a_story_told_in_full_opens_the_box():
    text = ("第二十六届凇城雾凇冰雪节开幕\n\n本报讯（记者　贺斌）1月15日，第二十六届凇城雾凇冰雪节在月潭湖开幕。\n\n"
            "本届冰雪节将持续至2月底，共推出冰雪赛事、民俗展演等40余项活动。\n\n松岭滑雪度假区游玩攻略\n\n"
            "门票：平日全天票368元，周末及节假日全天票428元。\n\n交通：自驾可从市区沿松岭公路行驶约55公里抵达。\n\n"
            "开放时间：每日8:30—16:30。\n")
    story, box = banmian.rebuild(text).articles
    assert box.headline == ["松岭滑雪度假区游玩攻略"] and len(box.paragraphs) == 3


# A third reviewer's pages: the boxes, warnings, signers and groups of the last rules, where they must not reach
def test_a_titled_boxs_own_section_over_prose_stays_the_boxs():
    text = ("本周新片\n\n《山海之间》\n\n导演：林一舟\n\n主演：陈默　苏晴\n\n类型：剧情\n\n影片讲了一个什么故事\n\n"
            "　　影片讲述了一位乡村教师在山海之间坚守二十年的故事。\n")
    box, = banmian.rebuild("澜州晚报\n\n2025年3月8日　星期六\n\n第9版　文娱\n\n" + text).articles
    assert "影片讲了一个什么故事" in box.paragraphs


@pytest.mark.parametrize("label, rows", [("报名方式", ["报名时间：即日起至3月15日", "报名地点：市棋院一楼"]),
                                         ("召回信息", ["发布机构：国家市场监督管理总局", "涉及数量：12000台"])])
def test_a_storys_own_box_of_fields_stays_the_storys(label, rows):
    text = ("全市围棋公开赛下月开赛\n\n本报讯（记者　王琳）记者从市体育局获悉，全市围棋公开赛将于4月举行。\n\n"
            "本届比赛设成人组、少儿组两个组别，预计参赛选手500余人。\n\n" + label + "\n\n" + "\n\n".join(rows) + "\n")
    story, = banmian.rebuild("澜州晚报\n\n2025年3月8日　星期六\n\n第5版　体育\n\n" + text).articles
    assert label in story.paragraphs


def test_a_doctor_a_card_tells_of_is_no_byline():
    page = banmian.rebuild("名医名片\n\n岭东市人民医院心内科主任医师　张　伟\n\n　　擅长冠心病、高血压的诊治，从事临床工作二十余年。\n")
    assert page.articles[0].byline.people() == []


def test_units_listed_one_a_line_ending_in_a_reporting_group_are_text():
    text = ("表彰通报\n\n　　经研究，决定对以下单位予以通报表扬：\n\n县农机厂通讯组\n\n县化肥厂通讯组\n\n东风公社报道组\n\n"
            "　　希望受表扬的单位再接再厉。\n")
    notice, = banmian.rebuild("清漳报\n\n一九七五年十二月六日　星期六\n\n" + text).articles
    assert "县化肥厂通讯组" in notice.paragraphs and notice.byline.correspondents == []


def test_an_issue_counted_in_chinese_numerals_in_the_text_stays_text():
    text = ("农技培训安排\n\n　　县农业局今春将举办三期农技培训班，具体安排如下：\n\n第一期\n\n3月5日至3月9日　水稻栽培技术\n\n"
            "第二期\n\n3月12日至3月16日　果树修剪\n")
    page = banmian.rebuild("清溪日报\n\n2025年2月20日　星期四\n\n第3版\n\n" + text)
    assert "第一期" not in page.furniture


def test_a_warning_issued_after_a_signed_feature_in_sections_is_a_piece_of_its_own():
    text = ("立冬遇寒潮\n湖北省气象台首席预报员　蔡志强\n　　今天（7日）是立冬节气。受强冷空气影响，8日至10\n日我省将迎来今年下半年以来最强的一次降温过程。\n"
            "降温：前暖后冷　温差明显\n　　7日白天，我省仍处于冷空气到来前的偏暖状态，\n鄂东大部最高气温在20～22℃，体感温和。\n"
            "建议：添衣保暖　关注路况\n　　此次过程降温剧烈、时间集中，老人、儿童要及时\n添衣，注意防寒保暖。\n\n寒潮蓝色预警\n发布单位：湖北省气象台\n"
            "发布时间：2025年11月7日10时\n　　受强冷空气影响，预计11月8日至10日，我省自西\n北向东南将出现降温、大风天气。\n")
    feature, warning = banmian.rebuild(text).articles
    assert warning.headline == ["寒潮蓝色预警"] and feature.byline.people() == ["蔡志强"]


def test_a_kicker_and_title_after_a_box_of_index_fields_open_the_next_piece():
    rows = ["气象服务热线：12121　预警信息短信订阅：12379", "明日生活气象指数", "穿衣指数：较冷　建议穿厚外套或薄羽绒服",
            "感冒指数：较易发　早晚温差大，注意防寒", "洗车指数：不宜　未来两天有雨，不宜洗车"]
    text = ("\n\n".join(rows) + "\n\n农业气象\n\n立冬前后抓紧秋播扫尾\n\n"
            "目前，我省小麦、油菜秋播已进入扫尾阶段。针对此次寒潮过程，省农业气象中心建议：\n\n①抢时播种。尚未播种的地块要抓紧时间播种。\n")
    page = banmian.rebuild("江汉气象报\n\n2025年11月7日　星期五\n\n第3版　天气\n\n" + text)
    assert page.articles[-1].headline == ["农业气象", "立冬前后抓紧秋播扫尾"]


def test_a_news_title_over_prose_after_a_titled_box_of_fields_opens_the_next_piece():
    text = ("2025年高招咨询会\n时间：6月26日（周四）9:00—16:00\n地点：澄江国际会展中心3号馆\n参会高校：省内外本专科院校120余所\n"
            "入场方式：凭准考证或身份证免费入场\n\n城南小学把“菜园”搬上屋顶\n　　这几天，城南小学教学楼顶的“空中菜园”迎来了丰\n收，四年级学生在老师带领下采摘生菜、小番茄。\n")
    box, story = banmian.rebuild(text).articles
    assert story.headline == ["城南小学把“菜园”搬上屋顶"] and len(box.paragraphs) == 4


def test_a_reporters_notes_signed_at_their_foot_under_a_story_carried_on_from_another_page_are_their_own():
    text = "\n\n".join([
        "井下“少人化”　地面“智慧化”", "（上接第1版）",
        "发生险情，系统可自动规划最优撤离路线，并通过井下广播逐一通知到人。",
        "矿工“换脑”跟上转型", "设备换了，人也要跟着变。今年3月，市里建成智能矿山实训基地。",
        "记者手记", "转型的底气从哪里来",
        "在沙坪煤矿采访，最深的感受是一个“变”字。", "转型不是一句口号，而是一笔一笔算出来的账。",
        "郭丽华",
    ])
    story, notes = banmian.rebuild(text).articles
    assert notes.headline == ["记者手记", "转型的底气从哪里来"] and notes.byline.reporters == ["郭丽华"]
    assert story.continued_from == 1 and story.byline.people() == []


@pytest.mark.parametrize("first_row, second_row", [
    ("38座　全市已建成智能化煤矿，占生产煤矿总数的41.3%", "156个　全市已建成智能化采掘工作面"),
    ("首套房商业贷款利率：3.05%", "二套房商业贷款利率：3.45%"),
])
def test_a_heading_under_a_figures_boxs_source_opens_the_next_piece(first_row, second_row):
    text = "\n\n".join([
        "数读", "煤炭大市的转型“成绩单”", first_row, second_row,
        "数据来源：市能源局、市统计局", "企业风采",
        "晋川煤业　首台国产掘锚一体机投用　12月10日，晋川煤业沙坪煤矿首台国产掘锚一体机投入使用。（通讯员　冀　鹏）",
        "汾源焦化　干熄焦余热发电项目并网　近日，汾源焦化公司干熄焦余热发电项目并网发电。（通讯员　任　静）",
    ])
    box, briefs = banmian.rebuild(text).articles
    assert box.paragraphs[0] == first_row.replace("　", " ") and box.paragraphs[-1].startswith("数据来源")
    assert briefs.headline == ["企业风采"]


def test_a_line_straight_under_a_wrapped_source_is_the_rest_of_it():
    text = ("本周菜价\n西红柿　4.50　↑\n土豆　2.30　—\n猪肉（五花）　14.80　↓\n数据来源：榕湾市发展和改革局\n价格监测中心\n\n专家说\n"
            "入冬进补，“靓汤”别乱煲\n　　天气转凉，不少街坊开始煲起\n了“老火靓汤”，有的还往汤里加\n了药材。\n")
    box, story = banmian.rebuild(text).articles
    assert box.paragraphs[-1].endswith("价格监测中心") and story.headline[0] == "专家说"


def test_briefs_led_by_whom_they_are_about_and_a_run_in_title_stay_one_box_though_each_is_signed():
    text = "\n\n".join([
        "企业风采",
        "晋川煤业　首台国产掘锚一体机投用　12月10日，晋川煤业沙坪煤矿首台国产掘锚一体机投入使用。（通讯员　冀　鹏）",
        "汾源焦化　干熄焦余热发电项目并网　近日，汾源焦化公司干熄焦余热发电项目并网发电。（通讯员　任　静）",
        "杏坡酒业　冬酿开窖迎旺季　12月上旬，文湖县杏坡酒业公司冬季酿造全面启动。（通讯员　段　鑫）",
    ])
    (box,) = banmian.rebuild(text).articles
    assert box.headline == ["企业风采"] and len(box.paragraphs) == 3


def test_a_heading_that_counts_the_tips_numbered_under_it_opens_a_box_after_a_feature_in_sections():
    text = "\n\n".join([
        "老旧小区“旧貌换新颜”", "——我县今年改造老旧小区23个、惠及居民2100余户",
        "本报讯（融媒记者　陆明辉）7月20日傍晚，家住城厢镇东门小区的韦大爷和老伙计们在新建的休闲广场上下棋。",
        "改造前后两重天", "东门小区建于上世纪90年代，是我县今年改造的23个老旧小区之一。",
        "目前，已有15个小区完成主体工程，其余小区预计10月底前全部完工。",
        "暑期防溺水　这六条要记牢", "暑假期间，中小学生溺水事故易发多发。县教育局提醒广大家长和学生，务必牢记以下六条：",
        "1．不瞒着家长私自到河边、水库、山塘玩水；", "2．不与同学、伙伴相约结伴下河游泳；",
    ])
    story, tips = banmian.rebuild(text).articles
    assert tips.headline == ["暑期防溺水 这六条要记牢"] and story.paragraphs[-1].startswith("目前")


def test_a_pen_name_closes_a_commentary_under_a_kind_set_apart():
    text = "\n\n".join([
        "短　评", "让群众的“甜头”更长久", "糖料蔗和桑蚕，一“甜”一“丝”，撑起了全县群众增收的半边天。",
        "产业兴则百姓富，群众的日子一定会像蔗糖一样越过越甜。", "澄　言",
        "县人民医院远程会诊中心", "实现乡镇卫生院全覆盖", "本报讯（通讯员　黄春梅）近日，县人民医院远程会诊中心正式投用。",
    ])
    comment, news = banmian.rebuild(text).articles
    assert comment.byline.reporters == ["澄言"] and news.headline == ["县人民医院远程会诊中心", "实现乡镇卫生院全覆盖"]


def test_an_overseas_readers_letter_closes_on_its_last_short_line_and_signature():
    text = "\n\n".join([
        "海外来信", "家乡的变化让我们骄傲", "编辑同志：",
        "我是旅居印度尼西亚泗水的桐江乡亲，每期《桐江侨报》我都仔细阅读。",
        "感谢侨报把家乡的消息带给我们，祝家乡越来越好！", "印度尼西亚泗水　施振华",
        "侨捐学校迎来“数字课堂”", "本报讯（记者　黄婉清）近日，福埔中学的智慧教室正式投用。",
    ])
    letter, news = banmian.rebuild(text).articles
    assert letter.paragraphs[-2:] == ["感谢侨报把家乡的消息带给我们，祝家乡越来越好！", "印度尼西亚泗水 施振华"]
    assert news.headline == ["侨捐学校迎来“数字课堂”"]


def test_a_writers_post_and_name_under_a_title_told_in_the_first_person_sign_a_piece_of_its_own():
    text = "\n\n".join([
        "短评", "技术革新要走群众路线", "红旗机床厂一年来实现革新项目四百多项，靠的是什么？靠的是相信群众、依靠群众。",
        "各个企业都应当学习红旗机床厂的经验，把群众性的技术革新运动开展起来。",
        "经验介绍", "我们是怎样开展班组经济核算的", "松阳纺织厂细纱车间主任　高玉珍",
        "我们细纱车间从今年三月开始在全车间十二个班组中开展经济核算。",
    ])
    comment, account = banmian.rebuild(text).articles
    assert account.headline == ["经验介绍", "我们是怎样开展班组经济核算的"] and account.byline.reporters == ["高玉珍"]


def test_the_editors_words_under_a_peasants_letter_are_a_piece_of_their_own():
    text = "\n\n".join([
        "读者来信", "供销社收购鸡蛋不该压级压价", "编辑同志：",
        "我是太谷县北洸乡的农民。三月上旬，我和村里几个人把攒下的鸡蛋送到乡供销社去卖，收购员压级压价。",
        "太谷县北洸乡农民　赵满仓", "编辑部的话",
        "赵满仓同志反映的情况，我们已转请太谷县供销合作社检查处理。",
    ])
    letter, answer = banmian.rebuild(text).articles
    assert letter.paragraphs[-1] == "太谷县北洸乡农民 赵满仓" and answer.headline == ["编辑部的话"]


def test_a_herders_signature_closes_the_letter_and_the_reply_box_below_is_its_own():
    text = "\n\n".join([
        "为草原上的“流动医院”点赞", "编辑同志：", "我是查干淖尔旗宝力格苏木的牧民。今年8月，旗医院的巡回医疗车开到了我们嘎查。",
        "查干淖尔旗宝力格苏木牧民　额尔敦", "回音壁", "北苑路夜间路灯不亮问题已解决",
        "本报8月26日A06版刊发读者来信《北苑路上的路灯为何“罢工”》后，市城市管理综合行政执法局高度重视。",
    ])
    letter, reply = banmian.rebuild(text).articles
    assert letter.paragraphs[-1] == "查干淖尔旗宝力格苏木牧民 额尔敦" and reply.headline == ["回音壁", "北苑路夜间路灯不亮问题已解决"]


def test_an_agencys_faxed_photo_credit_closes_the_photo():
    text = "\n\n".join([
        "严寒中的莫斯科", "", "莫斯科近日气温降到零下三十度左右，河面封冻，街头积雪盈尺。图为行人在市中心冒寒而行。",
        "新华社发（传真照片）", "美国一月份失业率略有回升",
        "新华社华盛顿二月一日电　美国劳工部今天公布，今年一月份美国失业率为百分之七点四。",
    ])
    photo, news = banmian.rebuild(text).articles
    assert photo.kind == "photo" and photo.byline.text == ["新华社发（传真照片）"] and news.headline == ["美国一月份失业率略有回升"]


def test_a_news_item_led_by_its_dateline_after_titled_briefs_is_no_brief_of_the_box():
    text = "\n\n".join([
        "企业风采",
        "晋川煤业　首台国产掘锚一体机投用　12月10日，晋川煤业首台国产掘锚一体机投入使用。（通讯员　冀　鹏）",
        "汾源焦化　焦炉煤气制氢项目试车　12月8日，汾源焦化焦炉煤气制氢项目一次试车成功。（通讯员　任　静）",
        "本报讯 记者陈晨曦 全市冬季安全生产大检查12日启动，将持续至明年2月底。",
    ])
    box, item = banmian.rebuild(text).articles
    assert len(box.paragraphs) == 2 and item.paragraphs[0].startswith("本报讯")


def test_a_features_subhead_counting_its_points_stays_the_features():
    text = "\n\n".join([
        "老旧小区改造　如何改到居民心坎上", "本报记者　周　洁",
        "今年，我市计划改造老旧小区46个，惠及居民1.2万户。改什么、怎么改，居民最有发言权。",
        "先问需于民", "在城东街道幸福里小区，改造前社区召开了5场居民议事会，收集意见200余条。",
        "改造中要把握这三点", "市住建局相关负责人介绍，改造过程中重点把握三个方面：",
        "1．先地下后地上，优先改造水电气等管网；", "2．一小区一方案，充分尊重居民意愿；",
    ])
    (feature,) = banmian.rebuild(text).articles
    assert "改造中要把握这三点" in feature.paragraphs


def test_short_world_news_titles_naming_a_country_are_no_readers_signatures():
    text = "\n\n".join([
        "英国首相　辞职", "据新华社电　英国首相13日在伦敦宣布辞去保守党党首职务，将在新党首选出后离任。",
        "德国　大选", "据新华社电　德国联邦议院选举23日举行，各党派将角逐630个议席。",
    ])
    first, second = banmian.rebuild(text).articles
    assert second.headline == ["德国 大选"] and len(first.paragraphs) == 1


def test_a_letters_title_asking_over_its_writers_line_stays_its_headline():
    text = "\n\n".join([
        "读者来信", "这个路口何时装上红绿灯？", "浙江温岭市　李建国",
        "编辑同志：我家附近的东辉路与横湖路交叉口车流量大，却一直没有红绿灯，行人过马路险象环生。",
    ])
    assert banmian.rebuild(text).articles[0].headline[:2] == ["读者来信", "这个路口何时装上红绿灯？"]


def test_the_post_and_name_under_a_profiles_first_person_title_name_whom_it_tells_of():
    text = "\n\n".join([
        "我身边的好党员", "县供电公司抄表员　李　强",
        "李强今年45岁，在抄表员岗位上一干就是20年。20年来，他走遍了全镇的村村落落。",
    ])
    assert banmian.rebuild(text).articles[0].byline.people() == []


def test_a_comments_spaced_kind_over_its_title_is_no_pen_name():
    text = "\n\n".join([
        "基层　见闻", "山村里的“共享厨房”", "清晨六点，青石村的“共享厨房”已经飘出饭菜香。",
        "“饭菜可口，价格便宜，我们老人家再也不用为做饭发愁了。”82岁的王奶奶说。",
        "锐　评", "让更多老人吃上“暖心饭”", "“共享厨房”看似小事，却是关乎老人幸福感的大事。",
    ])
    assert all(not article.byline.people() for article in banmian.rebuild(text).articles)


def test_a_notice_closing_on_its_contact_person_is_signed_by_the_issuer_and_date_under_it():
    text = "\n\n".join([
        "悬赏通告", "2025年2月27日晚，我区檀溪路一手机卖场发生一起盗窃案。现向社会公开征集破案线索。",
        "一、悬赏金额：凡提供线索直接协助公安机关破获此案的，奖励人民币5000元。",
        "二、联系方式：襄城区公安分局刑侦大队　电话：0710-3621110　联系人：王警官",
        "汉江市公安局襄城区分局", "2025年3月10日",
        "“老赖”躲进亲戚家", "法警凌晨上门", "本报讯（通讯员　孙志强）“开门，法院执行！”3月6日凌晨，执行干警敲开了一户人家的门。",
    ])
    notice, story = banmian.rebuild(text).articles
    assert notice.paragraphs[-2:] == ["汉江市公安局襄城区分局", "2025年3月10日"]
    assert story.headline == ["“老赖”躲进亲戚家", "法警凌晨上门"]


def test_a_directorys_offices_each_over_its_address_under_the_boxs_label_are_its_entries():
    entries = ["澜华街道社区事务受理服务中心", "地址：澜华路388号　电话：57681001", "银杏街道社区事务受理服务中心",
               "地址：银杏路1255号　电话：57682002", "区加装电梯咨询服务点", "地址：澜华路388号二楼　电话：57681818"]
    page = banmian.rebuild("\n\n".join(["便民信息", *entries, "服务时间：工作日8:30—17:00"]))
    assert [(a.headline, len(a.paragraphs)) for a in page.articles] == [(["便民信息"], 7)]


def test_adverts_each_over_its_address_are_apart_under_no_boxs_label():
    page = banmian.rebuild("金秋家装节\n\n全场低至5折\n\n地址：东海大道188号　电话：88776655\n\n好运来搬家公司\n\n"
                           "地址：人民路12号　电话：88112233\n")
    assert [a.headline for a in page.articles] == [["金秋家装节", "全场低至5折"], ["好运来搬家公司"]]


def test_the_day_a_letter_was_written_under_its_signature_is_its_last_line():
    text = "\n".join(["旅客来信", "一只失而复得的背包", "尊敬的云梦机场领导：", "　　7月19日，我带着女儿从云梦飞往大连。",
                      "　　在此，我要特别感谢两位工作人员。", "旅客　孙海燕", "7月24日", "", "“问不倒”的引导员",
                      "　　在T2航站楼出发大厅，经常能看到一个穿着蓝色马甲的身影。"])
    letter, story = banmian.rebuild(text).articles
    assert letter.paragraphs[-2:] == ["旅客 孙海燕", "7月24日"] and story.headline == ["“问不倒”的引导员"]


def test_a_box_of_the_same_kind_as_the_box_above_is_its_sibling_not_its_subhead():
    text = "\n\n".join(["验方·风寒咳嗽", "【组成】紫苏叶10克，苦杏仁10克，陈皮6克，生姜3片。", "【功效】疏风散寒，宣肺止咳。",
                        "提醒：咳嗽伴发热者不宜使用。", "验方·脾虚食少", "【组成】炒白术15克，茯苓15克，大枣5枚。",
                        "【功效】健脾益气，渗湿止泻。"])
    assert [a.headline for a in banmian.rebuild(text).articles] == [["验方·风寒咳嗽"], ["验方·脾虚食少"]]


def test_a_subhead_of_another_kind_under_a_dotted_title_stays_in_the_story():
    text = "\n\n".join(["聚焦·乡村振兴", "本报讯（记者 李 华）今年以来，我县大力发展特色产业。", "产业兴旺",
                        "全县新建标准化大棚1200个，带动农户增收。"])
    assert [a.headline for a in banmian.rebuild(text).articles] == [["聚焦·乡村振兴"]]


def test_a_question_under_a_qa_boxs_label_is_its_first_entry_not_its_subtitle():
    text = "\n\n".join(["农资问答", "问：今年春季小麦追肥，是选尿素好还是复合肥好？（泉河县读者　张先生）",
                        "答：小麦返青至拔节期追肥以氮肥为主，一般选择尿素即可。"])
    box, = banmian.rebuild(text).articles
    assert box.headline == ["农资问答"] and box.paragraphs[0].startswith("问：今年春季")


def test_a_titled_qa_box_after_a_list_with_subheads_is_a_piece_of_its_own_among_fragments():
    text = "\n\n".join(["峡江市第十二届职工职业技能大赛获奖名单", "4月25日，峡江市第十二届职工职业技能大赛落下帷幕。获奖名单如下：",
                        "焊工", "一等奖：刘志强（峡江重工集团）", "电工", "一等奖：何小军（国网峡江供电公司）",
                        "各项目一等奖获得者将由市总工会按程序推荐申报“峡江市五一劳动奖章”。", "法律援助",
                        "单位安排“五一”加班，加班费怎么算？", "职工问：公司通知“五一”假期要正常上班，请问加班费怎么算？",
                        "律师答：法定休假日安排劳动者工作的，应当支付不低于工资的百分之三百的工资报酬。"])
    roll, box = banmian.rebuild(text).articles
    assert roll.paragraphs[-1].startswith("各项目一等奖") and box.headline == ["法律援助", "单位安排“五一”加班，加班费怎么算？"]


def test_a_features_spaced_subhead_over_a_second_subhead_is_no_pen_name():
    text = "\n\n".join(["小山村的“美丽经济”", "盛夏时节，走进浦江县虞宅乡新光村，清澈的溪水穿村而过。", "筑　梦", "青年返乡开起民宿",
                        "90后姑娘朱丽丽大学毕业后回到家乡，把自家老宅改造成民宿。", "逐　梦", "村集体经济壮大",
                        "去年，新光村村集体经营性收入达到120万元，比五年前翻了两番。"])
    (story,) = banmian.rebuild(text).articles
    assert story.byline.reporters == [] and story.paragraphs[-3:-1] == ["逐 梦", "村集体经济壮大"]


def test_a_diarys_day_under_a_letters_date_heads_the_diary():
    text = "\n\n".join(["编辑同志：", "读了贵报7月19日刊登的《父亲的自行车》，我感触很深。", "读者　孙　伟", "7月22日", "7月23日",
                        "今天是大暑，天热得像下了火。父亲一早就下地了。"])
    letter, diary = banmian.rebuild(text).articles
    assert letter.paragraphs[-1] == "7月22日" and diary.headline == ["7月23日"]


def test_a_listings_venue_and_what_it_holds_under_a_county_house_sign_nothing():
    text = "\n\n".join(["暑期文化活动", "墨溪县博物馆　展览", "“墨溪千年”历史文物展，展出青铜器、陶瓷、书画等文物200余件。",
                        "墨溪县图书馆　讲座", "7月27日上午，“阅读点亮暑假”亲子讲座在图书馆二楼举行。", "墨溪县文化馆　演出",
                        "7月28日晚，消夏广场文艺晚会在文化广场举行。"])
    assert [a.byline.people() for a in banmian.rebuild(text).articles] == [[]]


def test_a_poem_signed_at_its_foot_by_a_hui_surnamed_poet_ends_there():
    text = "\n\n".join(["滩　羊", "白云落在山坡上", "就不想再走了", "牧羊人唱一句花儿", "远山便应一声", "海　岚", "枸杞花", "紫色的小花",
                        "开得很低很低", "低到泥土里", "低到母亲弯下的腰身", "等到秋天", "它会把一生的甜", "都交给那一粒红", "丁一鸣"])
    first, second = banmian.rebuild(text).articles
    assert first.byline.reporters == ["海岚"] and second.headline == ["枸杞花"]


@pytest.mark.parametrize("gap", ["\n\n\n\n", "\n\n"])
def test_where_a_photo_was_taken_is_its_caption_under_its_title(gap):
    text = "\n\n".join(["在路上", "全文完。", "文/林　夏", "《春到黄河湾》" + gap + "摄于峡口县石门镇黄河湾", "杨建国　摄", "在泥土里读懂故乡",
                        "——读散文集《沙枣花开》", "《沙枣花开》是本土作家海明远的第三部散文集，收录了他近年来创作的散文42篇。"])
    photo = next(a for a in banmian.rebuild(text).articles if a.kind == "photo")
    assert photo.headline == ["《春到黄河湾》"] and photo.paragraphs == ["摄于峡口县石门镇黄河湾"]


def test_a_calligraphy_work_its_script_caption_and_its_writer_are_a_photo():
    text = "\n\n".join(["父亲的枸杞园", "马　玲", "父亲的枸杞园在黄河边上，离家有三里路。小时候，我总觉得那段路很长。",
                        "风从黄河上吹过来，还带着些凉意。我看着父亲花白的头发，忽然明白了他的心思。", "书法作品\n\n", "行书　自作联：贺兰积雪千秋白　黄河流金万里长", "马文斌　书", "剪羊毛", "文/丁　慧",
                        "马家滩的春天，是从剪羊毛开始的。"])
    work = next(a for a in banmian.rebuild(text).articles if a.kind == "photo")
    assert (work.headline, work.paragraphs) == (["书法作品"], ["行书 自作联：贺兰积雪千秋白 黄河流金万里长"])
    assert work.byline.photographers == ["马文斌"] and work.byline.reporters == []


@pytest.mark.parametrize("date", ["", "2025年12月"])
def test_the_papers_supplement_desk_signs_its_call_for_entries(date):
    text = "\n\n".join(["“贺兰”副刊征稿启事", "“贺兰”副刊是塞川日报的文学副刊，每周三出版。现面向社会各界长期征集稿件。",
                        "一、征稿内容：散文、随笔、诗歌、小小说。", "二、稿件要求：散文一般不超过2500字。", "三、来稿一经刊用，即付稿酬。",
                        "塞川日报社副刊部", *([date] if date else []), "◆文化快讯",
                        "◆3月16日，塞川市“花儿”传承人培训班在南塬区开班。（记者 王雪梅）",
                        "◆近日，本土作家散文集分享会在市图书馆举行。（记者 苏　婷）", "印刷：塞川日报社印务中心"])
    page = banmian.rebuild(text)
    call, news = page.articles
    assert call.paragraphs[-1] == (date or "塞川日报社副刊部") and news.headline == ["◆文化快讯"]
    assert page.furniture == ["印刷：塞川日报社印务中心"]


def test_an_artworks_one_line_caption_over_its_author_is_the_photos_caption():
    text = "\n\n".join(["外婆的柑橘园", "沔南县　刘玉芬", "外婆的柑橘园在新沟镇的一面坡上，不大，二十来棵树。",
                        "外婆还是每天要去园子里转一转。她走不快了，拄着拐杖，一棵一棵地看过去。", "国画《橘乡》\n\n", "作者　陈秋白", "小小说",
                        "老余的渡船", "文/余小舟", "老余撑了四十年渡船。"])
    essay, work, story = banmian.rebuild(text).articles
    assert (work.kind, work.headline, work.paragraphs) == ("photo", [], ["国画《橘乡》"])
    assert essay.byline.reporters == ["刘玉芬"] and story.headline == ["小小说", "老余的渡船"]


def test_poems_signed_under_their_titles_keep_their_longer_verses_and_part_at_the_next_bare_author():
    text = "\n\n".join(["茶山谣", "熊　雁", "云是从茶垄里长出来的", "一层一层，漫过山腰", "采茶的女人把背篓斜挎在身上", "指尖一掐，就掐住了整个春天",
                        "夏天的茶山不说话", "只把新叶举得高高的", "渡口", "陈默然", "老渡口还在", "铁链子锈成了江水的颜色", "摆渡的人早已上岸"])
    first, second = banmian.rebuild(text).articles
    assert len(first.paragraphs) == 6 and second.headline == ["渡口"] and second.byline.reporters == ["陈默然"]


@pytest.mark.parametrize("label", ["诗　笺", "沽上诗笺"])
def test_a_poetry_corners_label_over_poems_signed_under_their_titles_signs_none_of_them_at_its_foot(label):
    text = "\n\n".join(["他把自己的影子留在了这里。", "丹噶县第一中学　马晓春", label, "青稞熟了", "李春林", "九月的风从拉脊山下来",
                        "把青稞一垄一垄吹黄", "阿妈站在地头", "站成了村庄的样子", "湟水谣", "冶　青", "湟水是一根弦", "两岸的花儿是它的音符",
                        "一闭眼，就是湟水的流波"])
    essay, first, second = banmian.rebuild(text).articles
    assert first.headline == [label.replace("　", " "), "青稞熟了"] and first.byline.reporters == ["李春林"] and len(first.paragraphs) == 4
    assert second.headline == ["湟水谣"] and second.byline.reporters == ["冶青"] and len(second.paragraphs) == 3


def test_poems_by_dai_and_bai_writers_part_at_each_title_and_author():
    text = "\n\n".join(["雨落芒嘎", "杨晓燕", "雨从缅北的山头走过来", "走过界碑", "一缕一缕升起来了", "割胶人", "刀金平", "凌晨三点",
                        "头灯是他唯一的月亮", "太阳刚好落在他的肩上", "火塘", "字春林", "阿爸的火塘", "一年四季不熄", "都是为了回来"])
    rain, tapper, hearth = banmian.rebuild(text).articles
    assert (tapper.headline, tapper.byline.reporters) == (["割胶人"], ["刀金平"]) and len(rain.paragraphs) == 3
    assert (hearth.headline, hearth.byline.reporters, len(hearth.paragraphs)) == (["火塘"], ["字春林"], 3)


def test_a_county_essayist_under_the_title_heads_a_new_piece_after_a_poem():
    text = "\n\n".join(["七律·汉江夜泊", "熊开泰", "一江烟水向东流，夜泊鹿溪古渡头。", "两岸灯明疑落宿，半轮月冷照归舟。",
                        "渔歌隐约芦汀远，橘影参差野垸幽。", "莫道汉南风物旧，新桥灯火映江楼。", "外婆的柑橘园", "沔南县　刘玉芬",
                        "外婆的柑橘园在新沟镇的一面坡上，不大，二十来棵树。", "那些树是外公年轻时栽下的。"])
    poem, essay = banmian.rebuild(text).articles
    assert len(poem.paragraphs) == 4 and essay.headline == ["外婆的柑橘园"] and essay.byline.reporters == ["刘玉芬"]


@pytest.mark.parametrize("signature, writer", [("淮南直属库　方晓燕", "方晓燕"), ("雪峰山养护中心　欧阳建华", "欧阳建华")])
def test_an_essay_signed_at_its_foot_by_a_grain_depot_or_a_compound_surname_ends_there(signature, writer):
    text = "\n\n".join(["守仓人的四季", "春天，仓外的油菜花开了，我们忙着给粮仓“体检”。", "一年四季，周而复始。我们守着粮仓。", signature,
                        "家门口卖粮更方便了", "本报讯（记者　陶　敏）10月22日，集团召开储粮安全工作会议。"])
    essay, news = banmian.rebuild(text).articles
    assert essay.byline.reporters == [writer] and news.headline == ["家门口卖粮更方便了"]


@pytest.mark.parametrize("title, subtitle, signer, writer", [
    ("在文字里读懂河湟", "——读《湟水两岸》", "北川区文化馆　王雅琴", "王雅琴"),
    ("在书页里走进雨林", "——读《西南边地草木记》", "县图书馆　杨　慧", "杨慧")])
def test_a_county_librarys_writer_under_a_reviews_subtitle_signs_it(title, subtitle, signer, writer):
    text = "\n\n".join([title, subtitle, signer, "这是一位本土作者写成的一部散文集。", "翻开这本书，扑面而来的是浓浓的乡土气息。"])
    (review,) = banmian.rebuild(text).articles
    assert review.headline == [title, subtitle] and review.byline.reporters == [writer]


def test_a_commentary_after_a_brief_signed_with_a_pen_name_is_a_piece_of_its_own_however_long():
    text = "\n\n".join(["我县与3家企业签订咖啡精深加工项目协议", "本报讯（记者 杨雯）7月12日，我县举行咖啡产业招商推介会，与3家企业签订项目协议。",
                        "推介会上，我县推介了芒允镇咖啡产业园等8个重点项目。县长刀建国出席并致辞。", "让“小口岸”撑起“大开放”",
                        "一条河，两岸人；一个互市点，千家万户的生计。" * 4, "口岸兴，则边民富；边民富，则边境稳。" * 8,
                        "沿边开放没有旁观者。各乡镇、各部门要拿出“店小二”的服务精神。" * 6, "畔　言", "上半年全县农业总产值增长5.8%",
                        "本报讯（记者 玉应香）记者从县统计局获悉，上半年全县农林牧渔业总产值增长5.8%。"])
    news, comment, figures = banmian.rebuild(text).articles
    assert len(news.paragraphs) == 2 and comment.headline == ["让“小口岸”撑起“大开放”"] and comment.byline.text == ["畔 言"]
    assert figures.headline == ["上半年全县农业总产值增长5.8%"]


def test_a_knowledge_box_named_over_its_own_title_after_a_story_is_a_piece_of_its_own():
    text = "\n\n".join(["全市古树名木普查完成", "本报讯（记者　张　瑞）记者近日从市林草局获悉，全市古树名木资源普查工作全面完成。",
                        "目前，全部古树名木已完成挂牌保护。", "野生动物知识", "褐马鸡：黄土高原上的“鸟中大熊猫”",
                        "褐马鸡是我国特有的珍稀鸟类，属国家一级保护野生动物。", "褐马鸡喜欢成群活动，以植物的根茎、嫩叶为食。"])
    story, box = banmian.rebuild(text).articles
    assert len(story.paragraphs) == 2 and box.headline == ["野生动物知识", "褐马鸡：黄土高原上的“鸟中大熊猫”"]


def test_a_tips_box_calling_on_readers_over_numbered_points_after_a_profile_is_a_piece_of_its_own():
    text = "\n\n".join(["守山二十三年的“老杨”", "本报记者　李文华", "杨德明守着这片山林已经二十三年。",
                        "去年，杨德明被评为全省优秀护林员。再过两年就要退休了。", "森林防火提示",
                        "清明节前后风大物燥，是森林草原火灾易发期。市森林草原防灭火指挥部办公室提醒广大群众：",
                        "①进入林区严禁携带火种。", "②提倡鲜花祭扫、网络祭扫。", "雁北市森林草原防灭火指挥部办公室"])
    profile, tips = banmian.rebuild(text).articles
    assert len(profile.paragraphs) == 2 and tips.headline == ["森林防火提示"] and len(tips.paragraphs) == 4


@pytest.mark.parametrize("title, under", [("在书页里过冬", ["北方的冬天长，夜也长。吃过晚饭，翻开一本书，是我过冬最好的法子。"]),
                                          ("小小说", ["暖气来了", "往年一进十月，韩老汉就要套上驴车，去镇上拉两车煤回来。"])])
def test_a_heading_under_a_regulated_verse_whose_four_couplets_are_all_printed_heads_the_next_piece(title, under):
    text = "\n\n".join(["七律·咏小站稻", "高　鹏", "沽水东流润稻乡，百年小站誉名扬。", "春来布谷催新插，秋至金波卷陇黄。",
                        "蟹戏田间添野趣，米盈仓里溢清香。", "农家岁晚围炉坐，细数年丰话短长。", title, *under])
    poem, piece = banmian.rebuild(text).articles
    assert len(poem.paragraphs) == 4 and piece.headline == [title, *under[:-1]] and piece.paragraphs == under[-1:]


def test_a_couplet_line_short_of_a_regulated_verses_count_leaves_the_poem_open():
    lines = ["七律·咏小站稻", "高　鹏", "沽水东流润稻乡，百年小站誉名扬。", "春来布谷催新插，秋至金波卷陇黄。", "蟹戏田间添野趣，米盈仓里溢清香。"]
    assert not patterns.ends_counted_poem(reversed(lines)) and patterns.ends_counted_poem(reversed([*lines, "农家岁晚围炉坐，细数年丰话短长。"]))
    assert patterns.ends_counted_poem(reversed(["七绝·江村", "白鹭飞时水满塘，", "稻花香里说丰年。", "柴门犬吠人归晚，", "一盏灯明照夜长。"]))


def test_a_family_letters_sign_off_and_the_day_and_place_it_was_written_close_the_letter():
    text = "\n\n".join(["家书", "爸爸的“红色警报”", "亲爱的朵朵：", "见字如面。这是爸爸第一次给你写信。",
                        "你马上就要上三年级了，要听妈妈的话，好好学习。", "爱你的爸爸　邓海川", "2025年6月28日于滨江特勤站",
                        "高温下的“加练”", "7月5日，滨江特勤站消防员在室外开展体能训练。"])
    letter, training = banmian.rebuild(text).articles
    assert letter.paragraphs[-2:] == ["爱你的爸爸 邓海川", "2025年6月28日于滨江特勤站"] and training.headline == ["高温下的“加练”"]


def test_a_features_subhead_of_a_place_and_a_phrase_opening_on_a_compound_surname_is_no_signature():
    text = "\n\n".join(["紫荆花开别样红", "本报记者　林　涛", "香港回归祖国28年来，“一国两制”实践取得举世公认的成功。",
                        "国际金融中心　东方之珠", "中环的写字楼里灯火通明。", "北部都会区　未来新引擎", "在北部都会区，一片片工地热火朝天。"])
    (story,) = banmian.rebuild(text).articles
    assert "国际金融中心 东方之珠" in story.paragraphs and story.byline.reporters == ["林涛"]


@pytest.mark.parametrize("title, rows", [("周末好去处", ["县图书馆　童书展", "时间：12月27日至28日", "地点：县图书馆一楼少儿阅览室"]),
                                         ("评委名单", ["县文化馆　王雅琴", "县图书馆　李　明", "县文联　张国华"])])
def test_a_venues_show_over_its_fields_or_a_lists_rows_under_its_title_sign_nothing(title, rows):
    (box,) = banmian.rebuild("\n\n".join([title, *rows])).articles
    assert box.headline[0] == title and box.byline.reporters == []


def test_a_poem_whose_first_verses_read_as_a_title_and_a_name_is_still_signed_by_its_marked_writer_at_its_foot():
    text = "\n\n".join(["老街记忆", "城南的老街不长，青石板铺就的路面被岁月磨得发亮。", "□ 陈　默", "乡愁", "老屋", "常相忆", "门前那棵老槐树",
                        "是否还在等我回家", "□ 孙晓燕", "雨巷", "一把油纸伞", "撑开了江南的梦", "青石板上", "落满了旧时光", "□ 赵文博"])
    essay, home, lane = banmian.rebuild(text).articles
    assert (home.headline, home.byline.reporters, len(home.paragraphs)) == (["乡愁"], ["孙晓燕"], 4)
    assert (lane.headline, lane.byline.reporters) == (["雨巷"], ["赵文博"])


def test_a_features_spaced_subheads_after_its_lead_are_no_pen_names_signing_a_commentary():
    text = "\n\n".join(["溪头村的“蝶变”之路", "本报讯（记者　叶　青）金秋时节，走进龙泉镇溪头村，白墙黛瓦的民居错落有致。", "蝶　变",
                        "他们开直播、办合作社、搞民宿，让沉睡的资源活了起来。" * 3, "乡村是广阔的天地，也是青春建功的舞台。" * 5, "筑　梦",
                        "要为返乡青年搭建干事创业的平台。" * 3])
    (story,) = banmian.rebuild(text).articles
    assert story.paragraphs[1] == "蝶 变" and story.paragraphs[-2] == "筑 梦"


def test_a_doctors_post_and_name_under_a_qa_columns_title_over_a_readers_question_signs_the_answers():
    text = "\n\n".join(["养生问答", "秋冬进补，老年人该注意什么？", "澄湖市中医院治未病科　主任医师　孙建华",
                        "问：我今年76岁，患高血压多年，天凉以后总觉得手脚发冷。我能不能买些人参来吃？", "答：进补要因人而异，不能一概而论。"])
    (column,) = banmian.rebuild(text).articles
    assert column.byline.reporters == ["孙建华"] and column.paragraphs[0].startswith("问：")


def test_an_essay_signed_at_its_foot_by_a_supply_cooperative_and_a_name_ends_there():
    text = "\n\n".join(["秤", "秤变了，供销人的那份实在不能变。", "颍东县繁城镇供销社　杨振华", "供销社“保姆式”托管土地42万亩",
                        "本报讯（通讯员　李　伟）今年以来，全市供销系统托管土地42万亩。"])
    essay, news = banmian.rebuild(text).articles
    assert essay.byline.reporters == ["杨振华"] and news.headline == ["供销社“保姆式”托管土地42万亩"]


def test_the_city_librarys_writer_signs_a_review_at_its_foot_over_a_photos_title():
    text = "\n\n".join(["在书页里走进雨林", "——读《西南边地草木记》", "合上书，窗外正下着雨。我仿佛听见了那片雨林的声音。", "市图书馆　吴晓晴",
                        "椰林晚照", "林小海　摄", "椰子树下的课堂", "我任教的毛岸中学在大山深处，校园里有两排椰子树。"])
    review, *rest = banmian.rebuild(text).articles
    assert review.byline.reporters == ["吴晓晴"] and rest[0].headline == ["椰林晚照"]


def test_a_longer_poem_title_over_a_common_surnames_name_and_verse_parts_from_the_poem_above_but_no_verse_like_a_name():
    first = ["台风过后", "陈　默", "风走了", "把一棵椰子树", "留在路口", "有人扶起它"]
    text = "\n\n".join([*first, "南繁田里", "王一禾", "从北方来的种子", "在这里过冬", "它们不知道", "有人为它们"])
    wind, seeds = banmian.rebuild(text).articles
    assert (len(wind.paragraphs), seeds.headline, seeds.byline.reporters) == (4, ["南繁田里"], ["王一禾"])
    road = "\n\n".join([*first, "弯弯曲曲", "向远方", "一直走到我的梦里", "梦里有外婆", "有老井"])
    assert len(banmian.rebuild(road).articles) == 1


def test_a_hainan_surname_names_a_poet_under_a_poetry_corners_label():
    text = "\n\n".join(["椰风诗笺", "山兰稻熟了", "羊春燕", "山坡上的稻子黄了", "一垄一垄", "从山脚爬到云里", "台风过后", "陈　默", "风走了",
                        "把一棵椰子树", "留在路口"])
    rice, wind = banmian.rebuild(text).articles
    assert (rice.headline, rice.byline.reporters) == (["椰风诗笺", "山兰稻熟了"], ["羊春燕"])
    assert not patterns.is_names_line("羊群")


def test_a_weather_pages_forecast_told_in_sentences_after_a_profile_is_a_box_of_its_own_closed_by_its_issuer():
    text = "\n\n".join(["盯着云图过日子的人", "——记市气象台首席预报员刘振宇", "本报记者　詹秀峰", "早上7点半，刘振宇已经盯着屏幕看了半个多小时。",
                        "一群带出来的接班人", "近年来，刘振宇带出了8名徒弟。",
                        "未来三天天气", "4日（星期四）：多云到阴，气温5℃～13℃，偏北风2～3级。", "5日（星期五）：阴有小雨，气温4℃～9℃，偏北风3～4级。",
                        "市气象台12月3日16时发布", "气象科普", "寒潮是怎样“炼”成的", "每到冬季，“寒潮”一词常常出现在天气预报中。"])
    profile, forecast, science = banmian.rebuild(text).articles
    assert forecast.headline == ["未来三天天气"] and forecast.paragraphs[-1] == "市气象台12月3日16时发布"
    assert science.headline == ["气象科普", "寒潮是怎样“炼”成的"] and len(profile.paragraphs) == 3


def test_a_calligraphy_works_script_dotted_before_its_text_is_a_caption_closed_by_its_maker():
    text = "\n\n".join(["还是苦。可他觉得，苦里头有回甜。", "文/李　明", "行书·杜甫《春夜喜雨》", "作者　字国良", "南畔风物", "傣家竹楼",
                        "在南畔河两岸的傣族寨子里，竹楼是最常见的风景。"])
    story, work, essay = banmian.rebuild(text).articles
    assert (work.kind, work.byline.photographers) == ("photo", ["字国良"]) and essay.headline == ["南畔风物", "傣家竹楼"]


@pytest.mark.parametrize("lines", [
    ["网络文学走进乡村书屋", "本报讯（记者　周敏）日前，县图书馆向全县乡村书屋配送新书。", "网络小说", "受到年轻人喜爱",
     "据了解，网络小说在乡村书屋的借阅量逐年上升。", "传统名著", "依然拥有读者", "与此同时，传统作品的借阅量也保持稳定。"],
    ["老诗人笔耕六十载", "本报记者　王芳", "今年八十五岁的李老，从二十岁起就开始写诗。", "诗心不老", "去年秋天，李老登上家乡的凤凰山，即兴写下一首诗：",
     "七律·登凤凰山", "秋高气爽踏层峦，万里晴空纵目看。", "红叶漫山迎远客，白云绕岭护松寒。", "当年壮志今犹在，此日豪情未肯残。",
     "莫道桑榆光景晚，夕阳更胜早春丹。", "笔耕不辍", "如今，李老每天仍坚持读书写作两小时。"],
    ["寒潮来袭　全市防寒保暖", "本报讯（记者　孙丽）受寒潮影响，我市自昨日起气温明显下降。", "本周天气", "4日（星期四）：多云到阴，气温5℃～13℃。",
     "5日（星期五）：阴有小雨，气温2℃～8℃。", "各地部署", "各县市区已部署防寒保暖工作，确保困难群众温暖过冬。"]])
def test_a_storys_subheads_stay_its_own_after_a_novel_named_a_quoted_regulated_verse_or_an_unissued_forecast(lines):
    (story,) = banmian.rebuild("\n\n".join(lines)).articles
    assert story.paragraphs[-1] == lines[-1]


def test_a_headline_naming_a_list_keeps_the_writers_line_under_it_its_byline():
    text = "\n\n".join(["我市公布首批非遗传承人名单", "市文广旅局　李　明", "近日，市文广旅局公布首批市级非物质文化遗产代表性传承人名单。",
                        "入选者涵盖传统技艺、民间文学等多个门类。"])
    (story,) = banmian.rebuild(text).articles
    assert story.headline == ["我市公布首批非遗传承人名单"] and story.byline.reporters == ["李明"]


def test_a_folk_songs_title_after_a_poem_heads_a_piece_of_its_own():
    text = "\n\n".join(["火塘", "字春林", "阿爸的火塘", "一年四季不熄", "所有的远方", "都是为了回来", "采茶调（彝族民歌）", "三月采茶茶发芽，",
                        "阿妹上山采新茶，", "一芽一叶采进篮，", "采回家中敬阿妈。"])
    poem, song = banmian.rebuild(text).articles
    assert len(poem.paragraphs) == 4 and song.headline == ["采茶调（彝族民歌）"] and len(song.paragraphs) == 4


def test_a_photo_sets_title_after_a_story_in_sections_is_the_sets_however_like_its_subheads():
    text = "\n\n".join(["台风过后 椰乡大地忙“复苏”", "——我市多措并举推进农业生产恢复", "本报记者　符　蕾　通讯员　王　强",
                        "10月14日上午，东坡镇什栏村的瓜菜基地里，村民们正忙着补种。", "补种改种抢农时", "在南岭区番弄村，村民羊光明正在自家地里补种。",
                        "截至10月13日，全市已完成受灾农作物补种改种8.4万亩。", "保险理赔解民忧", "灾后第三天，种植户陈世雄就收到了保险赔款。",
                        "记者从市金融办了解到，全市各保险机构已受理农业保险报案。", "灾后重建 家园重光", "图①：10月12日，电力工人在那乐镇抢修线路。", "图②：南茂农场职工清理被吹倒的橡胶树。",
                        "本报记者　吴海燕　摄"])
    story, photos = banmian.rebuild(text).articles
    assert story.paragraphs[-1].startswith("记者从市金融办") and (photos.kind, photos.headline) == ("photo", ["灾后重建 家园重光"])


def test_a_box_counting_its_dos_and_donts_after_a_story_is_a_piece_of_its_own():
    text = "\n\n".join(["“供销e家”助农产品走出去", "本报讯（通讯员　孙丽娟）今年1月至2月，全市供销系统依托“供销e家”平台销售农产品。",
                        "目前，全市供销系统已建成县级电商服务中心6个。", "选购农资牢记“三要三不要”", "春耕在即，市供销社提醒广大农民朋友，选购农资时要做到：",
                        "一要到正规网点购买，不要贪图便宜从流动商贩手中购买；", "二要查看产品标签，不要购买“三无”产品；"])
    story, tips = banmian.rebuild(text).articles
    assert len(story.paragraphs) == 2 and tips.headline == ["选购农资牢记“三要三不要”"]


def test_a_photo_titled_with_no_caption_closes_at_its_credit_over_the_next_title():
    text = "\n\n".join(["合上书，窗外正下着雨。", "市图书馆　吴晓晴", "椰林晚照", "林小海　摄", "椰子树下的课堂",
                        "我任教的毛岸中学在大山深处，校园里有两棵老椰子树。", "每天清晨，孩子们在树下读书。"])
    review, photo, essay = banmian.rebuild(text).articles
    assert (photo.kind, photo.headline, photo.paragraphs) == ("photo", ["椰林晚照"], []) and essay.headline == ["椰子树下的课堂"]


def test_the_expert_signing_a_qas_last_answer_by_post_and_name_is_its_writer_and_the_hotline_under_him_furniture():
    text = "\n\n".join(["农技问答", "小麦返青期如何科学追肥？", "问：今年小麦长势不错，返青期要不要追肥？",
                        "答：小麦返青期追肥要看苗情，不能“一刀切”。", "问：追肥时有哪些需要注意的？", "答：追肥最好开沟深施或趁雨撒施。",
                        "市农业技术推广中心高级农艺师　马春生", "为农服务热线：0396-3816006", "父亲的那杆秤", "老家的堂屋里，至今挂着一杆木秤。"])
    page = banmian.rebuild(text)
    qa, essay = page.articles
    assert qa.byline.reporters == ["马春生"] and page.furniture == ["为农服务热线：0396-3816006"]
    assert essay.headline == ["父亲的那杆秤"]


def test_a_title_over_text_opening_on_its_subject_again_is_no_column_cut():
    text = "\n\n".join(["汉水风物", "三合垸的莲蓬", "三合垸是汉江边的老垸子，垸里多塘，塘里多荷。",
                        "采莲蓬要趁早。天刚亮，垸里的妇女划着腰盆进塘。", "胡少明"])
    (story,) = banmian.rebuild(text).articles
    assert story.headline == ["汉水风物", "三合垸的莲蓬"] and story.paragraphs[0].startswith("三合垸是")


@pytest.mark.parametrize("title, caption", [("汉江晨渡", ["清晨，汉江上薄雾轻笼，一艘渡船缓缓驶向对岸。"]), ("《采茶时节》\n\n", [])])
def test_a_photograph_credited_after_the_word_photography(title, caption):
    text = "\n\n".join(["老渡口", "老余望着江面，半天才说：“船没了，江还在。”", "胡少明", title, *caption, "摄影　余　帆", "文化快讯",
                        "◆7月12日，汉樊市青年美术作品展开展。", "◆市图书馆暑期读书会即日起接受报名。"])
    photo = banmian.rebuild(text).articles[1]
    assert (photo.kind, photo.headline, photo.paragraphs) == ("photo", [title.strip()], caption)
    assert photo.byline.photographers == ["余帆"]


def test_a_poem_signed_at_its_foot_ends_there_and_a_titled_box_follows():
    text = "\n".join(["职工诗苑", "夜班车间", "　　当城市慢慢合上眼睛", "　　车间的灯一盏一盏醒来", "　　凌晨四点，最后一件工件下线",
                      "　　我摘下手套，看见", "　　掌心里升起一个新的早晨", "峡江机床厂装配车间　龚德明", "", "工会小知识", "哪些人可以加入工会？",
                      "　　按照工会法的规定，主要依靠工资", "收入生活的劳动者，都有依法参加", "和组织工会的权利。"])
    poem, box = banmian.rebuild(text).articles
    assert poem.paragraphs[-1] == "掌心里升起一个新的早晨" and box.headline == ["工会小知识", "哪些人可以加入工会？"]


def test_a_boxs_name_over_its_title_is_never_joined_to_it_among_fragments():
    text = "\n\n".join(["“督促监护令”让父母“依法带娃”", "本报讯（记者 陈　默）据统计，今年以来，龙场县人民检察院已制发督促监护令21份。",
                        "以案释法", "帮人“跑分”赚佣金？小心触犯刑法", "【案情】", "2024年9月，大学毕业生赵某在网上看到“兼职刷流水”的广告。",
                        "【检察官说法】", "检察官提醒，银行卡、手机卡仅限本人使用，不要出租、出借。"])
    story, box = banmian.rebuild(text).articles
    assert box.headline == ["以案释法", "帮人“跑分”赚佣金？小心触犯刑法"] and box.paragraphs[0] == "【案情】"


def test_a_small_knowledge_box_and_a_workers_column_after_it_are_pieces_of_their_own():
    text = "\n\n".join(["审计案例", "“化整为零”的维修工程", "【案情】", "晴川县审计局在对县某中学原校长任期经济责任审计时发现问题。",
                        "【分析】", "这是一起典型的通过拆分项目规避招标的问题。", "（通讯员　贺明轩）", "审计小知识", "什么是经济责任审计",
                        "经济责任审计，是指审计机关依法依规对领导干部经济责任履行情况进行监督、评价和鉴证的行为。",
                        "审计结果作为干部考核、任免、奖惩的重要依据。", "审计人说", "审计报告要让人“看得懂”",
                        "刚参加工作时，我写的审计报告总是力求面面俱到。", "岚湖市审计局经济责任审计科　苏婉清"])
    assert [a.headline for a in banmian.rebuild(text).articles] == [
        ["审计案例", "“化整为零”的维修工程"], ["审计小知识", "什么是经济责任审计"], ["审计人说", "审计报告要让人“看得懂”"]]


def test_a_tips_box_counting_its_tips_in_quotes_after_a_short_story_is_a_box_of_its_own():
    text = "\n\n".join(["“陇上供销”助农直播带货1.3亿元", "本报讯（通讯员 孔德明）今年以来，省供销合作社依托电商平台开展助农直播。",
                        "平台还在全省建立县级电商运营中心42个。", "农资选购“五看”", "秋冬种时节，农民朋友购买农资时要做到“五看”：",
                        "①看证照。到证照齐全的正规农资门店购买。", "②看标签。查看产品包装上是否标注登记证号。", "③看价格。价格明显低于市场价的产品，要警惕。"])
    story, box = banmian.rebuild(text).articles
    assert len(story.paragraphs) == 2 and box.headline == ["农资选购“五看”"]


def test_a_table_dated_under_its_full_title_after_a_story_is_a_box_of_its_own():
    text = "\n\n".join(["心内科成功开展首例经导管主动脉瓣置换术", "本报讯（通讯员 孟繁宇）近日，市人民医院心内科成功开展首例手术。",
                        "术后第三天，王大爷已能在病房内自主行走，目前已康复出院。", "市人民医院本周专家门诊安排", "（9月15日—9月21日）",
                        "科室　　　专家　　职称　　　出诊时间", "心血管内科　韩立新　主任医师　周一上午、周四全天", "呼吸与危重症医学科　庞晓东　主任医师　周二全天",
                        "消化内科　石慧敏　主任医师　周三上午、周五上午"])
    story, table = banmian.rebuild(text).articles
    assert len(story.paragraphs) == 2 and table.headline == ["市人民医院本周专家门诊安排", "（9月15日—9月21日）"]


def test_a_kicker_and_title_over_an_essay_signed_at_its_foot_open_a_piece_after_a_lead_story_on_its_topic():
    text = "\n\n".join(["烤房“换芯”　烟农省心", "本报讯（通讯员 吴仕林）以前烤一炉烟要守几天几夜，隔几个小时就要添一次煤，现在设好温度，"
                        "机器自动控制。9月10日，在纳岭县猫场镇，烟农陈光辉指着刚改造的烤房说。",
                        "今年以来，纳岭县烟草分公司投入资金1260万元，对全县1800座燃煤密集烤房实施生物质能源改造。",
                        "据统计，全县改造后的烤房今年已烘烤烟叶3.2万余炉，烘烤损失率由去年的8%下降到5%以内。", "烟区记忆", "父亲的烤烟房", "老家的山坳里，至今还立着一座土坯烤烟房。",
                        "每到烘烤季，父亲几乎不合眼。", "如今，父亲已经不再种烟了，可那座老烤烟房一直留在我心里。", "兴岩县烟草分公司　田开贵"])
    story, essay = banmian.rebuild(text).articles
    assert len(story.paragraphs) == 3 and essay.headline == ["烟区记忆", "父亲的烤烟房"] and essay.byline.reporters == ["田开贵"]


def test_when_and_where_a_show_airs_is_its_items_first_paragraph_not_its_headline():
    text = "\n\n".join(["剧情介绍", "《江城警事》", "衡湘台都市频道　每晚21:10", "第23集",
                        "江城码头发现一具无名男尸，死者身上只有一张三年前的旧船票。陆川带着刚入职的程小满追查船票的来历。", "第24集",
                        "修船厂老板吴德顺对死者身份闪烁其词。程小满在厂区角落发现了一截断掉的缆绳。", "第25集",
                        "就在警方准备收网时，吴德顺突然失踪。程小满凭着一段录音里的方言口音，锁定了吴德顺藏身的江心洲。"])
    (item,) = banmian.rebuild(text).articles
    assert item.headline == ["剧情介绍", "《江城警事》"] and item.paragraphs[:2] == ["衡湘台都市频道 每晚21:10", "第23集"]


def test_a_hotline_box_of_callers_and_replies_is_a_piece_of_its_own_among_fragments():
    text = "\n\n".join(["演谭秀云，我学会了炒茶", "本报记者　邓　宇", "“开拍前，我在安化的茶厂里住了一个多月，每天跟着老师傅学杀青、揉捻。”",
                        "林晓棠是衡湘本地人，这是她第一次在电视剧中担任女主角。", "“乡亲们就是我最好的老师。”她说。", "观众热线",
                        "观众来电：电视剧《山那边的学校》什么时候重播？我家老人每天中午都看。",
                        "本报答复：经向衡湘台节目部了解，该剧目前在综合频道每天8:10播出。", "本周看点",
                        "▶《衡湘大讲堂》12月24日：市博物馆馆长讲述馆藏青铜器背后的故事。", "▶《法治在线》12月25日：一起电信诈骗案的侦破始末。"])
    assert [a.headline for a in banmian.rebuild(text).articles] == [["演谭秀云，我学会了炒茶"], ["观众热线"], ["本周看点"]]


def test_company_papers_artworks_measured_or_titled_over_their_makers_unit_and_name_are_photos():
    text = "\n\n".join(["职工书画", "《钢城晨曦》（国画）\n\n", "68厘米×136厘米", "作者：炼钢厂　柴德明", "书法·自作诗一首\n\n",
                        "炉火映天红，钢花逐夜明。千锤成大器，百炼见真情。", "作者：热轧厂　祁永年", "《铁水奔流》（水彩）\n\n", "54厘米×78厘米",
                        "作者：运输部　龚小雯"])
    works = [a for a in banmian.rebuild(text).articles if a.kind == "photo"]
    assert [(a.paragraphs, a.byline.photographers) for a in works] == [
        (["68厘米×136厘米"], ["柴德明"]), (["炉火映天红，钢花逐夜明。千锤成大器，百炼见真情。"], ["祁永年"]), (["54厘米×78厘米"], ["龚小雯"])]


def test_a_videos_makers_listed_after_author_are_no_artworks_credit():
    text = "\n".join(["鄱阳湖麋鹿种群稳步增长", "　　从47头增加到约80头，数字背后是鄱阳湖", "持续开展生态保护修复。", "　　作者：余刚 陈毓珊 王",
                      "晓震", "　　素材支持：江西省林业", "科学院", "　　新华社音视频部制作"])
    (story,) = banmian.rebuild(text).articles
    assert story.paragraphs[1:] == ["作者：余刚 陈毓珊 王晓震", "素材支持：江西省林业科学院", "新华社音视频部制作"]


def test_a_figures_boxs_bracketed_provider_closes_it_and_a_kicker_and_title_under_it_head_the_next_piece():
    text = "\n\n".join(["数说5月生产", "生铁　62.4万吨　同比增长3.1%", "粗钢　68.9万吨　同比增长2.6%", "钢材　66.7万吨　同比增长4.2%",
                        "吨钢综合能耗　538千克标准煤　同比下降1.8%", "（集团生产运营部提供）", "安全絮语", "别让“差不多”变成“差很多”",
                        "在生产现场，常能听到“差不多就行”这句话。", "安全工作没有“差不多”，只有“差一点”和“做到位”。", "炼铁厂高炉车间　程立群"])
    box, essay = banmian.rebuild(text).articles
    # (the provider is the box's last line, as the hand-written truths hold it: 28 such lines in paragraphs, none apart)
    assert box.paragraphs[-1] == "（集团生产运营部提供）" and essay.headline == ["安全絮语", "别让“差不多”变成“差很多”"]
    assert essay.byline.reporters == ["程立群"]


@pytest.mark.parametrize("lines, headlines", [
    # a column's spaced name (读　书) is no calligrapher's credit
    (["读　书", "在《乡土中国》里读懂乡村", "□ 周　青", "费孝通先生的《乡土中国》，我读过不下五遍。每读一遍，都有新的收获。",
      "书中说，乡土社会是一个“熟人社会”。这让我想起了小时候生活的村子。"], [["读 书", "在《乡土中国》里读懂乡村"]]),
    # an essay's title naming a painting is no artwork's caption over its maker
    (["油画《父亲》背后的故事", "作者　李　明", "上世纪80年代初，罗中立创作的油画《父亲》轰动一时。我第一次见到这幅画，是在新华书店的墙上。",
      "画里那张布满皱纹的脸，让我想起了自己的父亲。"], [["油画《父亲》背后的故事"]]),
    # a town's item under a dispatches label (城关县　金秋, the label furniture) is no writer signing under a title
    (["乡镇传真", "城关县　金秋", "城关县第十届金秋农产品展销会日前开幕，80余家企业参展。（陈　岚）", "新河县　严冬",
      "新河县启动冬季“百日攻坚”安全生产大检查。（李　梅）"], [["城关县 金秋"], ["新河县 严冬"]]),
    # two photographs shown as works, each titled over its 摄影　X
    (["《采茶时节》\n\n", "摄影　温小勇", "《渔港晨曦》\n\n", "摄影　林　帆"], [["《采茶时节》"], ["《渔港晨曦》"]]),
])
def test_this_sessions_rules_keep_off_what_only_looks_like_their_cases(lines, headlines):
    assert [a.headline for a in banmian.rebuild("\n\n".join(lines)).articles] == headlines


def test_a_verse_like_a_name_under_a_longer_verse_stays_in_the_poem():
    verse = ["那条山路", "从外婆家门口出发", "绕过竹林", "绕过老井", "弯弯曲曲", "向远方", "一直走到我的梦里"]
    (poem,) = banmian.rebuild("\n\n".join(["山路", "□ 陈　岚", *verse])).articles
    assert poem.paragraphs == verse


def test_a_sentence_cut_before_taken_at_is_joined():
    text = "\n\n".join(["一张老照片里的侨乡记忆", "本报记者　林　静", "在华侨历史博物馆的展柜里，陈列着一张泛黄的合影。", "这幅珍贵的照片",
                        "摄于当年的侨乡码头，画面中的二十多位归侨手提皮箱，身后是刚刚靠岸的轮船。"])
    (story,) = banmian.rebuild(text).articles
    assert story.paragraphs[-1] == "这幅珍贵的照片摄于当年的侨乡码头，画面中的二十多位归侨手提皮箱，身后是刚刚靠岸的轮船。"


def test_an_advert_offering_printing_is_no_papers_imprint():
    assert not patterns.is_furniture("印刷：宣传画册名片海报") and patterns.is_furniture("印刷：塞川日报社印务中心")


def test_hai_opening_a_verse_or_a_word_is_no_surname():
    assert not patterns.is_names_line("海那边") and not patterns.is_names_line("海风") and patterns.is_names_line("海 岚")


@pytest.mark.parametrize("name, word", [("刀金平", "刀具"), ("字春林", "字里"), ("冶 青", "冶炼"), ("冶 青", "冶溪河"), ("字春林", "玉峰山")])
def test_dai_bai_and_hui_surnames_name_a_writer_but_open_no_word(name, word):
    assert patterns.is_names_line(name) and not patterns.is_names_line(word)


def test_a_briefs_own_subhead_stays_in_it_whatever_heads_the_next_story():
    text = "\n\n".join([
        "桥头镇“共享菜园”开园", "本报讯（记者 徐丽 通讯员 金涛）1月18日，桥头镇上林村由闲置地改造而成的“共享菜园”正式开园。",
        "据了解，菜园占地约12亩，村民每年只需缴纳少量管理费即可认领一块菜地。", "村民点赞",
        "“以前这块地长满杂草，现在能种菜，还能和邻居交流种植经验。”村民王大妈说。", "城区新增一批便民停车位", "老城区停车难有望缓解",
        "本报讯（记者 王敏）记者昨日从市城管局获悉，今年以来，城区共新增公共停车泊位860个。",
    ])
    story, parking = banmian.rebuild(text).articles
    assert story.paragraphs[2] == "村民点赞" and parking.headline == ["城区新增一批便民停车位", "老城区停车难有望缓解"]


def test_a_longer_title_under_a_brief_opens_a_piece_only_where_its_text_is_signed():
    brief = ["防灾减灾宣传周启动", "本报讯（通讯员　金　燕）5月12日是第17个全国防灾减灾日，全区以此为契机启动宣传周活动，普及避险知识。",
             "宣传周期间，全区各街镇将开展应急疏散演练60余场。"]
    section = ["“办成”才是硬道理", "“一件事”好不好办，企业和群众最有发言权。把多个部门的事项集成办理，群众少跑腿。",
               "改革没有终点。期待“一件事”的清单越拉越长。"]
    signed = banmian.rebuild("\n\n".join([*brief, *section, "林　言"])).articles
    unsigned = banmian.rebuild("\n\n".join([*brief, *section])).articles
    assert [a.headline for a in signed] == [[brief[0]], [section[0]]] and len(unsigned) == 1


def test_a_story_s_own_warning_box_under_its_brief_stays_in_it():
    text = "\n\n".join([
        "网购退款遇“客服”　女子险些被骗8万元",
        "本报讯（通讯员　谭建军）“您购买的商品存在质量问题，我们将为您办理双倍退款。”王女士接到电话后险些被骗。",
        "警方提醒", "①网购退款请通过官方平台办理，凡是主动联系要求“双倍退款”的，都是诈骗。",
    ])
    (story,) = banmian.rebuild(text).articles
    assert story.paragraphs[-2] == "警方提醒"


def test_the_last_verses_over_the_next_poems_title_and_author_stay_in_the_poem():
    first = ["只有那条灌渠", "还在悄悄地", "给明年的秧苗", "攒着水"]
    second = ["叶子落尽的时候", "它才露出一身的刺", "那些甜", "早在秋天"]
    text = "\n\n".join(["小站稻田的冬天", "刘　燕", "收割后的田野", "把自己摊开在北风里", *first, "冬枣树", "赵　岩", *second])
    poem, next_poem = banmian.rebuild(text).articles
    assert poem.paragraphs[-2:] == ["给明年的秧苗", "攒着水"] and next_poem.headline == ["冬枣树"]


def test_a_name_down_the_verse_of_a_poem_signed_under_its_title_signs_the_next_poem():
    verse = ["港口的灯", "一盏接一盏", "把黑夜缝成", "一条长长的航道", "货轮转过身", "驶向", "天亮以后的远方"]
    text = "\n\n".join(["夜航", "孙晓光", *verse, "雪落港城", "杨　柯", "雪落下来的时候", "吊车停下了手臂", "集装箱们"])
    poem, next_poem = banmian.rebuild(text).articles
    assert poem.paragraphs == verse and next_poem.headline == ["雪落港城"] and next_poem.byline.reporters == ["杨柯"]


def test_a_box_of_briefs_from_the_streets_and_towns_led_by_their_places_is_one_item():
    text = "\n\n".join([
        "街镇传真", "望海街道　近日，望海街道在辖区8个社区开设“暖心课堂”，已开课16场。（通讯员　李　楠）",
        "东沽镇　12月以来，东沽镇组织农技人员深入田间地头，目前已完成冬翻面积1.8万亩。（通讯员　高立军）",
        "双桥镇　双桥镇近日完成对辖区23个村的农村户厕问题摸排。（通讯员　张　敏）",
    ])
    (box,) = banmian.rebuild(text).articles
    assert box.headline == ["街镇传真"] and len(box.paragraphs) == 3


def test_a_lawyers_firm_and_name_under_a_cases_title_sign_the_column():
    text = "\n\n".join(["律师说法", "网购“七天无理由退货”遭拒怎么办？", "岳衡市衡达律师事务所律师　曾婉清", "【案例】",
                        "今年1月，市民刘女士在某电商平台购买了一件羽绒服，收货后发现尺码不合适，申请退货却遭商家拒绝。"])
    (case,) = banmian.rebuild(text).articles
    assert case.byline.reporters == ["曾婉清"] and case.headline == ["律师说法", "网购“七天无理由退货”遭拒怎么办？"]


def test_a_reporters_follow_up_under_a_letter_the_editors_note_opened_is_the_letters_package():
    text = "\n\n".join([
        "读者来信", "小区门口的早市能不能“挪一挪”？", "编者按：近日，本报编辑部收到市民来信，反映早市噪声扰民。记者对此进行了追访。",
        "编辑同志：", "我家住在河湾区站前街道红星小区，小区门口的早市天不亮就开张，叫卖声吵得人睡不着。",
        "站前街道红星小区居民　刘淑珍", "记者追访", "4月14日凌晨5点，记者来到红星路，看到摊贩已经开始摆摊。",
        "（本报记者　赵　欣）", "工人村街道“楼长”管起楼道事", "本报讯（记者　郭　明）工人村街道推行楼长制，居民诉求有人管了。",
    ])
    letter, story = banmian.rebuild(text).articles
    assert "记者追访" in letter.paragraphs and story.headline == ["工人村街道“楼长”管起楼道事"]


def test_a_title_over_three_numbered_captions_and_one_credit_is_a_photo_set():
    text = "\n\n".join([
        "工人村街道“楼长”管起楼道事", "本报讯（记者　郭　明）据统计，今年一季度，各楼长共收集居民诉求430余件，办结率达96%。",
        "社区春光好", "", "", "图①：4月13日，河湾区滨河街道居民在社区菜园里翻地播种。", "图②：铁西区兴工街道志愿者为社区老人义务理发。",
        "图③：兴海区新港街道的孩子们在社区广场上放风筝。", "本报记者　刘　洋　摄",
    ])
    story, photos = banmian.rebuild(text).articles
    assert photos.kind == "photo" and photos.headline == ["社区春光好"] and len(photos.paragraphs) == 3 and len(story.paragraphs) == 1


def test_a_figures_box_marking_its_rows_keeps_them_over_the_next_title():
    text = "\n\n".join([
        "数说审计", "▶28.63亿元　2024年度市级预算执行审计查出问题整改到位金额", "▶94.2%　整改完成率", "▶67项　推动制定完善制度办法",
        "▶46个　今年1至5月完成政府投资项目竣工决算审计", "新修订的《沅澧市审计监督条例》", "7月1日起施行",
        "本报讯（记者　覃雅琴）日前，市人大常委会审议通过新修订的《沅澧市审计监督条例》，将于2025年7月1日起施行。",
    ])
    box, story = banmian.rebuild(text).articles
    assert box.headline == ["数说审计"] and len(box.paragraphs) == 4
    assert story.headline == ["新修订的《沅澧市审计监督条例》", "7月1日起施行"]


def test_a_brief_signed_by_its_office_closes_before_the_next_pieces_kicker():
    text = "\n\n".join([
        "基层动态", "■石门坎县审计局首次引入“审计前告知、审计中沟通、审计后回访”工作机制。（石门坎县审计局）",
        "■近日，桃林县审计局对县城区3所公办幼儿园收费情况进行审计，督促退还多收费用23.6万元。（桃林县审计局）",
        "审计人手记", "一本“糊涂账”背后的民生账", "今年3月，我所在的审计组进驻澧阳县一个乡镇开展审计。",
    ])
    briefs, essay = banmian.rebuild(text).articles
    assert len(briefs.paragraphs) == 2 and essay.headline == ["审计人手记", "一本“糊涂账”背后的民生账"]


def test_a_call_for_writing_signed_by_the_papers_desk_and_dated_keeps_both_as_its_text():
    text = "\n\n".join([
        "“我身边的审计故事”征文启事", "为展示审计干部担当作为的精神风貌，本报即日起开展“我身边的审计故事”征文活动。",
        "来稿请注明作者单位、姓名及联系方式，截止时间为2025年9月30日。", "沅澧审计报编辑部", "2025年6月10日"])
    (notice,) = banmian.rebuild(text).articles
    assert notice.paragraphs[-2:] == ["沅澧审计报编辑部", "2025年6月10日"] and not notice.byline.text


def test_a_poetry_columns_kicker_between_poems_signed_under_their_titles_heads_the_next():
    verse = ["夜色把港口折叠起来", "灯塔是唯一醒着的眼睛", "我数着浪花", "数到第一百零一朵时", "他的船靠岸了"]
    text = "\n\n".join(["夜航", "孙晓光", *verse, "诗路行吟", "雪落港城", "杨　柯", "雪落在港城的屋顶", "也落在归人的肩上", "母亲说"])
    poem, next_poem = banmian.rebuild(text).articles
    assert poem.paragraphs == verse and next_poem.headline == ["诗路行吟", "雪落港城"]


def test_a_reporters_visit_over_a_title_after_a_letter_heads_the_next_story():
    text = "\n\n".join([
        "读者来信", "小区门口的路灯何时能亮", "编者按：近日，本报收到城东街道翠苑小区居民刘淑珍的来信，现将来信刊发。", "编辑同志：",
        "我家住在翠苑小区，小区门口的几盏路灯坏了快两个月了，希望有关部门尽快修好。", "城东街道翠苑小区居民　刘淑珍", "记者走访",
        "菜价平稳　货源充足", "本报讯（记者　宋可）4月9日，记者走访城区多家农贸市场和超市发现，蔬菜、猪肉价格平稳，货源充足。"])
    letter, visit = banmian.rebuild(text).articles
    assert visit.headline == ["记者走访", "菜价平稳 货源充足"] and "记者走访" not in letter.paragraphs


def test_a_lawyer_over_a_reporters_questions_is_whom_the_interview_asks():
    text = "\n\n".join(["律师说法", "专访：遭遇“霸王条款”怎么办", "岳衡市正和律师事务所合伙人　林　芳",
                        "记者：近期不少读者反映，在健身房办卡时遇到“概不退款”等条款，这类条款有效吗？",
                        "林芳：经营者以格式条款作出排除或者限制消费者权利的规定，该内容无效。", "（记者　周岚　整理）"])
    (interview,) = banmian.rebuild(text).articles
    assert "林芳" not in interview.byline.reporters


def test_a_family_letter_under_its_title_and_addressed_by_name_heads_a_piece_of_its_own():
    text = "\n\n".join([
        "岗位练兵比出技能“高手”", "本报讯（记者 贺建斌）6月5日至6日，集团职工技能大赛在技能培训中心举行。",
        "经过理论考试和实际操作比拼，18名选手获得各工种前三名。", "一封安全家书", "建国：",
        "昨天你说这个月要倒班，又得连着上夜班。下井前一定要吃饱饭。", "我和孩子只盼你每天平平安安上井，高高兴兴回家。", "妻　秀芬", "6月6日",
        "西沟矿完成主排水系统升级", "本报讯（通讯员　高　峰）为应对雨季矿井涌水，西沟矿近日完成主排水系统升级改造。"])
    contest, letter, pumps = banmian.rebuild(text).articles
    assert len(contest.paragraphs) == 2 and letter.headline == ["一封安全家书"]
    assert letter.paragraphs[0] == "建国：" and letter.paragraphs[-2:] == ["妻 秀芬", "6月6日"]
    assert pumps.headline == ["西沟矿完成主排水系统升级"]


def test_the_city_librarian_under_a_reviews_subtitle_signs_it():
    text = "\n\n".join(["山河之间的烟火", "——读散文集《六盘山下》", "市图书馆　马丽娟",
                        "读李春生的散文集《六盘山下》，像是跟着一位老朋友，走进了六盘山区的沟沟岔岔。",
                        "合上书页，窗外正飘着雪。"])
    (review,) = banmian.rebuild(text).articles
    assert review.headline == ["山河之间的烟火", "——读散文集《六盘山下》"] and review.byline.reporters == ["马丽娟"]


def test_a_set_of_folk_songs_numbered_under_its_title_heads_a_piece_after_an_essay():
    songs = ["（一）", "六盘山高者云彩里站，", "雪落了川道里白了；", "搬下山来的日子好过，", "阿哥们心里头甜了。",
             "（二）", "暖棚里的辣子红艳艳，", "滩羊的膘水儿肥了；"]
    text = "\n\n".join(["山河之间的烟火", "——读散文集《六盘山下》", "市图书馆　马丽娟", "读李春生的散文集《六盘山下》，像是跟着一位老朋友。",
                        "合上书页，窗外正飘着雪。", "花儿新唱（二首）", *songs, "丁文秀"])
    review, set_of_songs = banmian.rebuild(text).articles
    assert review.paragraphs[-1] == "合上书页，窗外正飘着雪。"
    assert set_of_songs.headline == ["花儿新唱（二首）"] and set_of_songs.paragraphs[:6] == songs[:6]
    assert set_of_songs.byline.reporters == ["丁文秀"]


def test_a_title_over_indented_prose_after_a_poem_signed_under_its_title_heads_an_essay():
    verse = ["暑气退到了山那边", "玉米扬起红缨", "向着蓝天招手", "", "苹果悄悄地红了脸", "父亲磨亮了镰刀", "他说：秋天", "就要进村了"]
    lines = ["处暑", "□　高　原", *verse, "", "七夕话巧", "　　再过几天，就是农历七月初七了。小时候，每",
             "到这一天，奶奶都要在院子里摆上一张小桌，放上", "瓜果和自己蒸的巧馍馍，领着我们姑娘娃“乞巧”。"]
    poem, essay = banmian.rebuild("\n".join(lines)).articles
    assert poem.paragraphs == [line for line in verse if line] and essay.headline == ["七夕话巧"]


def test_a_set_of_poems_titled_under_its_columns_name_is_headed_not_a_verse():
    verse = ["一箱箱岩芯", "在板房前排成长队", "像一列沉默的火车", "驶向三亿年前的海", "夜宿黑山口", "发电机停了", "星星就一颗一颗"]
    text = "\n\n".join(["职工诗文", "戈壁岩芯（外一首）", *verse, "第三地质大队　宋　岩"])
    (poems,) = banmian.rebuild(text).articles
    assert poems.headline == ["职工诗文", "戈壁岩芯（外一首）"] and poems.paragraphs == verse


@pytest.mark.parametrize("signature, name", [("退休职工　石振邦", "石振邦"), ("新城区退休教师　王秀英", "王秀英")])
def test_a_retiree_signing_an_essay_at_its_foot_is_its_byline(signature, name):
    text = "\n\n".join(["父亲的地质锤", "老家的墙上，一直挂着一把地质锤。", "他说：“那片地方，我们当年也去过。”", signature,
                        "征稿启事", "本报“职工诗文”栏目常年征集反映地质工作和职工生活的诗歌、散文。"])
    essay, call = banmian.rebuild(text).articles
    assert essay.byline.reporters == [name] and essay.paragraphs[-1].endswith("去过。”")


def test_a_pupil_named_by_class_alone_and_the_teacher_under_sign_the_essay_in_a_schools_paper():
    text = "\n\n".join(["外婆的腌菜坛", "外婆家的灶屋角落里，摆着一排腌菜坛。", "我忽然明白，外婆等的，不只是一坛腌菜。",
                        "初二（3）班　林　悦", "指导老师　周　敏", "十一月的银杏", "初三（2）班　陈思远", "十一月的风",
                        "把银杏叶一片片染成金色", "像是谁", "在校园的小路上"])
    essay, poem = banmian.rebuild(text).articles
    assert essay.byline.reporters == ["林悦"] and len(essay.byline.text) == 2
    assert poem.headline == ["十一月的银杏"] and poem.byline.reporters == ["陈思远"]


def test_a_schools_sponsor_line_with_its_in_house_note_is_the_pages_header():
    text = "\n".join(["桐溪中学报", "桐溪市第一中学主办　校园内部交流", "2025年11月28日　星期五　总第143期", "第2版　校园·成长",
                      "我校秋季田径运动会落幕", "　　本报讯（学生记者 苏雨桐）11月20日至21日，我校秋季田径运动会在学校田径场举行。"])
    page = banmian.rebuild(text)
    assert page.articles[0].headline == ["我校秋季田径运动会落幕"] and "桐溪市第一中学主办 校园内部交流" in page.furniture


def test_a_short_verse_after_a_seven_character_one_in_a_signed_poem_is_no_poets_name():
    verse = ["稻子黄了", "风从山那边吹过来", "带着桂花的香气", "村口的老槐树下", "王老汉", "叼着旱烟袋", "看远处金色的田野", "像看自己的孩子"]
    (poem,) = banmian.rebuild("\n\n".join(["秋日乡居", "□　陈默然", *verse])).articles
    assert poem.paragraphs == verse and poem.byline.reporters == ["陈默然"]


def test_a_letters_subhead_inside_a_signed_feature_stays_its_section():
    text = "\n\n".join(["八十年前的家书", "——烈士李长青后人捐赠珍贵史料", "本报记者　陈晓燕", "6月28日，李长青的孙子李国栋将8封家书捐赠给市档案馆。",
                        "这些家书写于1938年至1941年间。", "一封未寄出的家书", "秀英：", "我部明日开赴前线，家中老小全靠你照顾了。",
                        "这封信写于1941年春天，李长青在信寄出前就牺牲了。"])
    (feature,) = banmian.rebuild(text).articles
    assert "一封未寄出的家书" in feature.paragraphs and feature.byline.reporters == ["陈晓燕"]


def test_a_city_archivist_under_an_interviews_title_is_whom_it_asks():
    text = "\n\n".join(["老照片里的城市记忆", "市档案馆　刘建华", "记者：这批老照片是怎么征集来的？",
                        "刘建华：去年我们向社会公开征集，收到3000多张。", "本报记者　陈晓燕"])
    (interview,) = banmian.rebuild(text).articles
    assert interview.byline.reporters == ["陈晓燕"]


def test_a_note_under_a_poem_after_its_last_verse_stays_the_poems():
    lines = ["石门坎", "□　高　原", "山路弯弯", "通向云雾深处", "百年前的石阶上", "还留着先生的足迹", "书声琅琅", "从未走远",
             "　　注：石门坎位于黔西北的乌蒙山区，百", "年前曾是西南地区的教育重镇。"]
    (poem,) = banmian.rebuild("\n".join(lines)).articles
    assert poem.paragraphs[5] == "从未走远" and poem.paragraphs[-1].startswith("注：")


def test_a_quoted_letters_marked_writer_at_an_essays_foot_signs_it():
    text = "\n\n".join(["母亲的一封信", "孩子：", "这是母亲那封信的开头。三十年过去了，信纸已经发黄。",
                        "那年我到深圳打工，这封信是她请村里的老师代写的。", "□　王德明", "我市再添3家国家级绿色工厂",
                        "本报讯（记者 陈晓燕）日前，我市3家企业入选国家级绿色工厂。"])
    essay, news = banmian.rebuild(text).articles
    assert essay.byline.reporters == ["王德明"] and essay.paragraphs[0] == "孩子："


@pytest.mark.parametrize("voices", [False, True])
def test_a_retiree_under_a_quotation_or_in_a_reporters_story_is_no_writer(voices):
    text = "\n\n".join(["市民心声", "“公交线路调整后，我去医院方便多了。”", "退休教师　王秀英", "“希望晚上的班次能再多一些。”",
                        "个体户　李　明", "“新开的社区食堂又便宜又卫生。”", "退休职工　张德顺"] if voices else [
        "老年大学开出“智能手机课”", "本报记者　陈晓燕", "6月5日，在市老年大学的教室里，30多名老人正跟着老师学用智能手机。",
        "学员里年纪最大的已经82岁了。", "退休教师　王秀英", "今年72岁，学了一个月，已经能用手机挂号、买菜了。"])
    names = [name for article in banmian.rebuild(text).articles for name in article.byline.reporters]
    assert "王秀英" not in names and "张德顺" not in names


def test_a_branch_named_over_a_title_is_a_kicker_not_a_salutation():
    text = "\n\n".join([
        "科技贷款余额破千亿", "本报讯（记者 王敏）近日，记者从市金融监管局获悉，截至10月末，全市科技企业贷款余额突破千亿元。",
        "其中，科技型中小企业贷款余额412亿元，较年初增加96亿元。", "市金融监管局有关负责人表示，将继续引导金融机构支持科技创新。",
        "农行上海市分行：", "金融活水精准滴灌科创沃土", "本报讯（记者 李华）今年以来，农行上海市分行持续加大科创金融支持力度。"])
    assert banmian.rebuild(text).articles[-1].headline == ["农行上海市分行：", "金融活水精准滴灌科创沃土"]


def test_a_publishing_houses_editor_signs_her_note_at_its_foot():
    text = "\n\n".join(["编辑手记", "一本书的十二次校对", "《江流有声》付印前，我们前后校对了十二次。", "书出来那天，我第一个翻开了它。",
                        "湄江人民出版社　符晓岚", "出版动态", "■近日，湄江少年儿童出版社《云朵上的学校》入选年度优秀儿童文学出版工程。"])
    note, briefs = banmian.rebuild(text).articles
    assert note.byline.reporters == ["符晓岚"] and briefs.headline == ["出版动态"]


def test_a_bank_branchs_clerk_signs_her_essay_at_its_foot():
    text = "\n\n".join(["我的“流动银行”岁月", "2009年，我刚参加工作，就被分到石桥支行的流动服务组。",
                        "可我始终记得，农商银行的根在农村。", "溧川农商银行石桥支行　许文慧", "金融夜校开进村",
                        "本报讯（通讯员 方舟）3月以来，我行在全市开设“金融夜校”42场。"])
    essay, school = banmian.rebuild(text).articles
    assert essay.byline.reporters == ["许文慧"] and school.headline == ["金融夜校开进村"]


def test_a_figures_box_with_its_rows_marked_keeps_them_all():
    rows = ["●28.6亿元　一季度投放涉农贷款", "●9.2亿元　春耕备耕专项贷款", "●5.8万户　整村授信农户", "●312个　助农取款服务点",
            "●0.35个百分点　涉农贷款平均利率降幅"]
    text = "\n\n".join(["今年，我行推出“一业一策”信贷方案，已为320户经营主体发放贷款1.9亿元。", "数说春耕金融", *rows,
                        "“兴农e贷”手机上就能申请", "本报讯（通讯员 钱志远）近日，我行“兴农e贷”线上申请功能正式上线。"])
    box = next(article for article in banmian.rebuild(text).articles if article.headline == ["数说春耕金融"])
    assert len(box.paragraphs) == len(rows)


def test_a_banks_paper_names_itself_beside_its_sponsor_in_its_header():
    text = "\n\n".join(["溧川农商银行报　溧川农村商业银行股份有限公司主办", "金融·三农　2025年3月26日　星期三　第3版",
                        "春耕贷款“及时雨”", "本报讯（记者　夏雨晴）一季度，我行投放涉农贷款28.6亿元。"])
    page = banmian.rebuild(text)
    assert page.articles[0].headline == ["春耕贷款“及时雨”"]


def test_a_procuratorates_department_signs_its_tips_after_their_closing_word():
    text = "\n\n".join([
        "未检课堂", "遭遇校园欺凌怎么办？检察官给出四点建议", "①及时告诉家长和老师。不要因为害怕或者觉得丢脸而独自承受。",
        "②注意保留证据。受伤的照片、就医记录、聊天记录、同学证言等都是重要的证据。",
        "③不要以暴制暴。用暴力“报复”回去，可能让自己也承担法律责任。", "④必要时寻求法律帮助。欺凌行为情节严重的，可以向公安机关报案。",
        "未成年人保护法规定，学校应当建立学生欺凌防控工作制度，对教职员工、学生等开展防治学生欺凌的教育和培训。",
        "青岚市人民检察院第九检察部", "检察动态", "●10月17日，青岚市人民检察院与市生态环境局会签实施意见。（通讯员 唐小薇）",
        "●近日，云谷区人民检察院在辖区3所中学开展法治宣讲。（通讯员 郝杰）"])
    tips, briefs = banmian.rebuild(text).articles
    assert tips.paragraphs[-1] == "青岚市人民检察院第九检察部" and briefs.headline == ["检察动态"]


@pytest.mark.parametrize("lines, headline", [
    (["清溪县公安局城东派出所：", "一天办结户籍业务300余件，群众办事“只跑一次”，部分事项还能“一次不跑”",
      "本报讯（记者 李晓峰 通讯员 王 刚）“没想到这么快就办好了！”11月5日，市民张女士拿到新办的身份证时连声称赞。",
      "今年以来，该所推行“窗口+网上”双通道办理模式，户籍业务平均办理时长缩短至15分钟。"],
     ["清溪县公安局城东派出所：", "一天办结户籍业务300余件，群众办事“只跑一次”，部分事项还能“一次不跑”"]),
    (["人民银行 严监管", "本报讯（记者 陈 远）近日，人民银行清溪市分行对辖内3家银行机构违规行为作出行政处罚。",
      "该行有关负责人表示，将持续保持金融监管高压态势。"], ["人民银行 严监管"]),
    (["首届数字经济峰会由清溪数科集团主办", "本报讯（记者 谷 雨）11月8日，首届清溪数字经济峰会开幕，300余名专家学者参会。",
      "本次峰会为期两天，设主论坛和6个分论坛。"], ["首届数字经济峰会由清溪数科集团主办"])])
def test_a_branch_a_bank_or_a_sponsor_in_a_headline_stays_the_headline(lines, headline):
    assert banmian.rebuild("\n\n".join(lines)).articles[0].headline == headline


def test_a_banks_people_listed_under_a_label_stay_the_storys_text():
    text = "\n\n".join(["我市表彰一批金融服务先进集体和个人", "本报讯（记者 杨 帆）11月7日，全市金融工作会议召开，表彰了一批先进个人。",
                        "先进个人", "清溪农商银行 王丽", "农业银行清溪分行 李明", "建设银行城关支行 周强",
                        "会议要求，全市金融系统要进一步提升服务实体经济质效。"])
    (story,) = banmian.rebuild(text).articles
    assert story.byline.reporters == ["杨帆"] and "农业银行清溪分行 李明" in story.paragraphs


def test_a_marked_kicker_counting_without_a_unit_stays_the_next_storys():
    text = "\n\n".join(["全市营商环境大会召开", "本报讯（记者 姚 远）11月9日，全市营商环境大会召开，部署下一阶段重点任务。",
                        "●12 项民生实事全部完成", "我市交出年度民生答卷", "本报讯（记者 郝 帅）记者从市政府获悉，今年12项民生实事已全部完成。"])
    assert banmian.rebuild(text).articles[-1].headline == ["●12 项民生实事全部完成", "我市交出年度民生答卷"]


def test_a_ships_captain_signs_his_note_and_a_notice_to_the_fleet_opens_on_its_salutation():
    text = "\n\n".join(["船长手记", "雾中的汽笛", "跑船二十多年，最怕的不是风浪，而是大雾。", "从那以后，我跟年轻驾驶员说：雾天宁可停，不可抢。",
                        "“澄航货2011”轮船长　向东海", "关于开展2025年度船员健康体检的通知", "各船舶、各港区：",
                        "根据集团年度工作安排，定于11月3日至11月28日开展船员年度健康体检。", "集团人力资源部", "2025年10月24日"])
    note, notice = banmian.rebuild(text).articles
    assert note.byline.reporters == ["向东海"]
    assert notice.headline == ["关于开展2025年度船员健康体检的通知"] and notice.paragraphs[0] == "各船舶、各港区："


def test_a_box_of_the_days_figures_under_its_title_and_date_heads_a_piece_after_a_story():
    text = "\n\n".join(["前三季度港口货物吞吐量增长8.7%", "本报讯（记者 简海波）今年前三季度，集团港口完成货物吞吐量4870万吨。",
                        "集团负责人表示，将确保全年货物吞吐量突破6500万吨。", "澄州船闸运行快报", "（10月27日）",
                        "运行闸次：上行38闸次，下行37闸次。", "过闸货运量：24.7万吨。"])
    story, box = banmian.rebuild(text).articles
    assert len(story.paragraphs) == 2 and box.headline[0] == "澄州船闸运行快报"


def test_a_marked_pen_name_at_a_commentarys_foot_signs_it():
    text = "\n\n".join(["助残短评", "让“无障碍”真正“无碍”", "盲道上停满了电动车，坡道被台阶“截断”，这些现象并不少见。",
                        "让“无障碍”真正“无碍”，需要全社会共同努力。", "□　澧　言"])
    (comment,) = banmian.rebuild(text).articles
    assert comment.byline.reporters == ["澧言"] and comment.paragraphs[-1].endswith("努力。")


def test_a_banks_two_phrase_kicker_after_an_unsigned_brief_kicks_the_next_title():
    text = "\n\n".join(["我市启动“金融服务进万家”活动", "本报讯 11月3日，我市“金融服务进万家”活动在城关镇启动，20余家金融机构现场设点。",
                        "活动期间，各金融机构将走进社区、乡村开展反诈宣传。", "农业银行 惠三农", "春耕贷款投放超百亿元",
                        "本报讯（记者 李晓峰）今年以来，农业银行清溪分行累计投放春耕贷款105亿元。"])
    brief, story = banmian.rebuild(text).articles
    assert not brief.byline.reporters and story.headline == ["农业银行 惠三农", "春耕贷款投放超百亿元"]


def test_a_county_media_centres_long_sponsor_line_is_the_header():
    text = "\n\n".join(["湖北省恩施土家族苗族自治州融媒体中心主办", "2025年11月8日 星期六 第3版", "茶园秋管正当时",
                        "本报讯（记者 王 刚）连日来，全州茶农抢抓农时开展茶园秋季管理。"])
    assert banmian.rebuild(text).articles[0].headline == ["茶园秋管正当时"]


def test_an_offices_kicker_under_a_storys_numbered_measures_stays_the_next_titles():
    text = "\n\n".join(["我市出台稳就业十条措施", "本报讯（记者 杨 帆）近日，我市出台稳就业十条措施，主要包括：", "一、加大援企稳岗力度。",
                        "二、拓宽高校毕业生就业渠道。", "三、强化困难人员就业帮扶。", "市人社局有关负责人表示，措施自发布之日起施行。",
                        "清溪市人力资源和社会保障局", "“就业夜市”人气旺", "本报讯（通讯员 王 丽）11月8日晚，我市首场“就业夜市”开市。"])
    assert banmian.rebuild(text).articles[-1].headline == ["清溪市人力资源和社会保障局", "“就业夜市”人气旺"]


@pytest.mark.parametrize("text", [
    ["重走长征路", "本报记者 简海波", "10月下旬，记者随“重走长征路”采访团，沿红军当年走过的路线一路西行。", "第一天", "（10月27日）",
     "行程：清溪—澜江，全程86公里。", "早上6点，采访团从清溪出发。"],
    ["澄江水位持续回落", "本报讯（记者 简海波）受上游来水减少影响，近日澄江干流水位持续回落。", "各站水位如下。", "主要站点水位",
     "（10月27日8时）", "澄州站：32.5米，较前日下降0.3米。", "水文部门提醒，枯水期船舶航行要注意浅滩。"]])
def test_a_storys_own_dated_section_stays_in_the_story(text):
    assert len(banmian.rebuild("\n\n".join(text)).articles) == 1


@pytest.mark.parametrize("lines", [
    ["2026年度《清溪日报》征订工作启动", "欢迎广大读者订阅2026年度《清溪日报》，全年定价360元。", "清溪日报社　地址：清溪市人民路1号　电话：0736-5521000"],
    ["集团召开安全生产会", "本报讯（记者 简海波）11月7日，集团召开四季度安全生产会议。", "各港区：", "抢抓窗口期 全力保畅通",
     "本报讯（通讯员 王 丽）入冬以来，集团各港区全力保障煤炭运输畅通。"]])
def test_a_papers_address_in_a_notice_and_a_kicker_to_the_ports_stay_text(lines):
    page = banmian.rebuild("\n\n".join(lines))
    assert not page.furniture and page.articles[-1].headline[0] in ("2026年度《清溪日报》征订工作启动", "各港区：")


def test_a_banks_person_named_at_a_news_pieces_foot_is_no_writer():
    text = "\n\n".join(["我市评出首届“最美柜员”", "日前，市金融工会评出首届“最美柜员”10名，她们扎根一线、服务群众。", "清溪农商银行　王丽",
                        "金融夜校开进村", "本报讯（通讯员 方舟）3月以来，我行在全市开设“金融夜校”42场。"])
    assert not banmian.rebuild(text).articles[0].byline.reporters


def test_a_storys_own_timetable_under_a_dated_label_stays_the_storys():
    text = "\n\n".join(["清溪马拉松11月9日开跑", "本报讯（记者 何 飞）11月9日，2025清溪马拉松将在市民广场鸣枪开跑。", "管制时段",
                        "（11月9日7:00—12:00）", "人民路 7:00—10:30", "滨江大道 7:30—11:30"])
    assert len(banmian.rebuild(text).articles) == 1


def test_a_kicker_set_apart_under_a_poem_heads_the_review_below():
    lines = ["太行的雪", "贾云飞", "是从山顶一路走下来的", "它走过废弃的矿井口", "最后停在我的窗前", "只是把一座山", "轻轻地", "交到了我的手里",
             "", "书香", "", "在大山深处读懂坚守", "——读《云上的学校》", "黎　明", "　　《云上的学校》是一部写乡村教师的长篇小说。作",
             "者用十年时间走访了三十多所村小。"]
    assert banmian.rebuild("\n".join(lines)).articles[-1].headline == ["书香", "在大山深处读懂坚守", "——读《云上的学校》"]


@pytest.mark.parametrize("lines", [
    ["鄞溪邮政报", "中国邮政集团有限公司鄞溪省分公司主办", "2025年9月19日　星期五", "第2版　业务·网点", "网点服务再提速",
     "本报讯（记者 宋知秋）今年以来，全省邮政网点服务持续提速。"],
    ["沂湖税务报", "国家税务总局沂湖省税务局主管主办", "2025年9月24日　星期三", "A03　纳税服务", "网点服务再提速",
     "本报讯（记者 宋知秋）今年以来，全省办税服务持续提速。"]])
def test_a_trade_papers_name_over_its_sponsor_heads_the_page_as_furniture(lines):
    page = banmian.rebuild("\n\n".join(lines))
    assert page.furniture[:4] == [line.replace("\u3000", " ") for line in lines[:4]]
    assert page.articles[0].headline == ["网点服务再提速"]


@pytest.mark.parametrize("box", [
    ["数说寄递（1—8月）", "邮政寄递业务量：6.82亿件，同比增长16.4%", "快递包裹业务量：5.37亿件，同比增长18.9%", "（数据来源：省分公司市场经营部）"],
    ["数读前三季度县域经济", "5.6%——地区生产总值同比增长", "12.4%——规模以上工业增加值同比增长", "数据来源：县统计局"],
    ["数据看板", "研发费用加计扣除：惠及企业4862户，扣除金额248.6亿元", "小型微利企业所得税优惠：惠及企业12.4万户，减税15.2亿元"]])
def test_a_figures_box_under_an_unsigned_story_is_an_item_of_its_own(box):
    story = ["寄递业务量持续增长", "今年以来，全省邮政寄递业务量保持较快增长，农村地区增长尤为明显。",
             "省分公司有关负责人表示，四季度将做好业务高峰的运能保障。"]
    page = banmian.rebuild("\n\n".join(story + box))
    assert [article.headline for article in page.articles] == [story[:1], box[:1]]
    assert page.articles[1].paragraphs == box[1:]


def test_a_figures_rows_wrapped_under_their_box_each_stay_whole():
    lines = ["　　今年以来，全省邮政寄递业务量保持较", "快增长，农村地区增长尤为明显。", "", "数读前三季度县域经济",
             "　　5.6%——地区生产总值同比增长", "　　7.1%——农村居民人均可支配收入", "同比增长", "数据来源：县统计局"]
    page = banmian.rebuild("\n".join(["寄递业务量持续增长"] + lines))
    assert page.articles[-1].paragraphs == ["5.6%——地区生产总值同比增长", "7.1%——农村居民人均可支配收入同比增长", "数据来源：县统计局"]



def test_a_banners_writer_signs_an_essay_and_mongol_poets_sign_their_poems():
    fragments = ["额吉的奶茶", "在草原上，一天是从一碗奶茶开始的。", "喝着额吉的奶茶，我就知道，草原一直都在。", "白音诺尔旗　娜仁托娅",
                 "长调·歌词", "辽阔的巴彦塔拉", "巴音孟克", "清晨的露珠挂满了草尖", "我骑着枣红马走过山岗", "额吉的奶茶飘着清香",
                 "远处的羊群像白云飘荡", "啊哈嗬咿——", "辽阔的巴彦塔拉", "你是我心中永远的故乡",
                 "那达慕大会日程", "开幕式", "时间：8月12日9:00", "地点：额尔敦敖包那达慕会场", "搏克比赛", "时间：8月12日9:30",
                 "地点：主会场搏克赛区"]
    page = banmian.rebuild("\n\n".join(fragments))
    assert [(a.headline, a.byline.reporters) for a in page.articles] == [
        (["额吉的奶茶"], ["娜仁托娅"]), (["长调·歌词", "辽阔的巴彦塔拉"], ["巴音孟克"]), (["那达慕大会日程"], [])]
    assert page.articles[1].paragraphs[4] == "啊哈嗬咿——" and page.articles[2].paragraphs[0] == "开幕式"


def test_an_office_that_runs_the_paper_is_a_line_of_its_header():
    lines = ["岚川退役军人报", "岚川省退役军人事务厅主管", "2025年10月15日　星期三", "第3版　褒扬·关爱", "老兵之家挂牌",
             "本报讯（记者 沈佳音）10月13日，全省首家老兵之家在禾丰县挂牌。"]
    page = banmian.rebuild("\n\n".join(lines))
    assert page.furniture[:2] == lines[:2] and page.articles[0].headline == ["老兵之家挂牌"]


def test_a_learned_bodys_member_signs_an_explainer_under_a_columns_kicker():
    text = "\n\n".join(["天文观测", "猎户座流星雨将迎来极大", "10月下旬，猎户座流星雨将迎来极大，最佳观测时间是后半夜至凌晨。",
                        "深秋夜间气温较低，外出观测请注意保暖和安全。", "溱州市天文学会　许明哲", "家庭小实验", "会“跳舞”的葡萄干",
                        "准备材料：透明玻璃杯1个、无色碳酸饮料1瓶、葡萄干若干。"])
    first, second = banmian.rebuild(text).articles
    assert first.byline.reporters == ["许明哲"] and second.headline == ["家庭小实验", "会“跳舞”的葡萄干"]


def test_a_source_note_under_an_experts_note_closes_the_same_piece():
    text = "\n\n".join(["秋季腹泻高发　这些误区要避开", "秋季昼夜温差大，腹泻患者明显增多。", "误区一：一腹泻就吃抗生素",
                        "抗生素对病毒并无作用。", "（本文专家：溱州市第一人民医院消化内科主任医师　冯立群）", "（来源：溱州市卫生健康委员会）"])
    [article] = banmian.rebuild(text).articles
    assert article.paragraphs[-1] == "（来源：溱州市卫生健康委员会）"


def test_a_writers_federation_signs_an_essay_and_a_full_width_slash_credits_the_next():
    text = "\n\n".join(["乡土记忆", "阿爸的芦笙", "阿爸年轻时是寨子里有名的芦笙手。", "我想，那支芦笙终于又不用挂在墙上了。",
                        "县文联　龙　翔", "鼓楼夜话", "文／吴小燕", "在侗寨，鼓楼是男人们的客厅，也是全寨人的议事堂。"])
    essay, talk = banmian.rebuild(text).articles
    assert essay.byline.reporters == ["龙翔"] and (talk.headline, talk.byline.reporters) == (["鼓楼夜话"], ["吴小燕"])


def test_a_tip_boxs_hotline_closes_it_and_a_notices_plea_over_its_contacts_stays_the_notices():
    text = "\n\n".join(["医保小贴士", "异地就医备案这样办", "①线上办理。参保人可通过微信公众号即时办结。", "②线下办理。携带身份证到经办窗口现场办理。",
                        "盟医疗保障局咨询电话：0479-8228890", "寻人启事", "哈斯额尔敦，男，72岁，于8月3日上午在团结小区附近走失。",
                        "如有知情者请与家属联系，必有酬谢！", "联系人：哈斯高娃（女儿）", "联系电话：13947993826", "哈斯额尔敦家属",
                        "2025年8月5日"])
    tips, notice = banmian.rebuild(text).articles
    assert tips.paragraphs[-1] == "盟医疗保障局咨询电话：0479-8228890"
    assert notice.headline == ["寻人启事"] and notice.paragraphs[1] == "如有知情者请与家属联系，必有酬谢！"


@pytest.mark.parametrize("joiner", ["\n\n", "\n"])
def test_a_price_boxs_head_row_as_of_note_and_provider_stay_lines_and_close_it(joiner):
    box = ["本周牛羊肉价格", "品种：价格（元/公斤）", "带骨羊肉：68.00", "活牛（毛重）：29.80", "截至8月5日，塔拉浩特市主要农贸市场均价",
           "盟发展改革委价格监测中心提供"]
    story = ["查干淖尔县举办牧民职业技能培训班", "8月2日至4日，查干淖尔县举办牧民职业技能培训班，120余名牧民参加培训。"]
    page = banmian.rebuild(joiner.join(box) + "\n\n" + joiner.join(story))
    assert [(a.headline, a.paragraphs) for a in page.articles] == [(box[:1], box[1:]), (story[:1], story[1:])]


def test_a_papers_price_at_the_foot_is_furniture_and_the_credited_caption_over_it_a_photo():
    text = "\n\n".join(["我盟部署秋季草原防火工作", "本报讯（记者 那日苏）8月5日，全盟秋季草原防火工作会议召开。",
                        "连日来，我盟各地牧民抢抓晴好天气打贮草。图为8月5日，牧民驾驶搂草机作业。　通讯员　宝　音　摄",
                        "本版责任编辑：乌日娜　校对：张　悦", "定价：每月36元　零售：每份1.50元"])
    page = banmian.rebuild(text)
    assert [a.kind for a in page.articles] == ["article", "photo"] and page.furniture[-1] == "定价：每月36元 零售：每份1.50元"


def test_a_poem_signed_at_its_foot_by_a_farms_worker_is_its_own_piece():
    text = "\n\n".join(["守着烘干塔的“老秦”", "本报记者　关　山", "凌晨两点，第四分场粮食烘干塔灯火通明。", "“粮食是职工一年的汗水。”秦立军说。",
                        "秋收夜", "收割机的灯", "把黑土地照成一条河", "金黄的玉米", "在河里翻着浪花", "第七分场　柏云鹤",
                        "关于做好秋季防火工作的通知", "各农场（分公司）、各有关单位："])
    story, poem, notice = banmian.rebuild(text).articles
    assert (poem.headline, poem.byline.reporters, len(poem.paragraphs)) == (["秋收夜"], ["柏云鹤"], 4)


@pytest.mark.parametrize("lines, headlines", [
    (["草原深处的新变化", "本报记者　李　明", "金秋时节，记者走进白音诺尔旗，看到了草原的新变化。", "巴彦嘎查　草场绿了",
      "过去，巴彦嘎查的草场退化严重。", "查干苏木　牧民富了", "查干苏木发展肉牛养殖，户均增收两万元。"], [["草原深处的新变化"]]),
    (["老街的黄昏", "黄昏时分，老街上的店铺陆续亮起了灯。", "市文联　黄山行", "本报讯（记者 何 飞）10月12日，市文联组织书画家赴黄山写生。"],
     [["老街的黄昏"], ["市文联 黄山行"]]),
    (["老屋", "如今老屋翻新了，可我总记得那扇吱呀作响的木门。", "鲜红党旗　高高飘扬", "本报讯（记者 王 涛）10月10日，全县开展主题活动。"],
     [["老屋"], ["鲜红党旗 高高飘扬"]]),
    (["赛事预告", "市第十届全民健身运动会明日开幕", "时间：10月19日8:30", "地点：市体育中心", "本届运动会设18个大项。"],
     [["赛事预告", "市第十届全民健身运动会明日开幕"]]),
    (["茶香里的溱州", "本报记者　李　明", "溱州产茶，已有千年历史。", "茶史漫谈", "宋代的茶马古道", "据地方志记载，溱州茶销往西北。"],
     [["茶香里的溱州"]])])
def test_a_reviewers_subheads_and_headlines_like_signers_or_event_names_stay_where_they_were(lines, headlines):
    assert [a.headline for a in banmian.rebuild("\n\n".join(lines)).articles] == headlines


def test_a_verse_spelled_like_a_tibetan_name_stays_a_verse():
    lines = ["山坡上的花", "草原的风轻轻吹", "吹开了满山坡的", "格桑梅朵", "红的像火", "白的像雪", "黄的像阿妈的酥油灯", "开在我的梦里", "徐晓梅"]
    [poem] = banmian.rebuild("\n\n".join(lines)).articles
    assert (poem.headline, len(poem.paragraphs), poem.byline.reporters) == (["山坡上的花"], 7, ["徐晓梅"])


def test_a_letters_last_sentence_cut_after_a_comma_goes_on_and_a_titled_piece_after_a_tips_box_is_its_own():
    text = "\n\n".join(["出游提示", "近期我市进入秋季出游旺季，市文化广电旅游局提醒广大游客：", "①错峰出行。建议提前预约购票。",
                        "②注意安全。登山、漂流等项目请量力而行。", "非遗寻踪", "一根竹篾里的“湄江纹”",
                        "在白岩镇老街的一间木板房里，65岁的覃秀英正低头劈篾。", "游客来信", "一次暖心的“失物招领”", "编辑同志：",
                        "国庆假期，我和家人到湄江湿地公园游玩，不慎把背包遗落在观鸟台。", "一座城市的温度，往往就藏在这样的小事里。特此来信，",
                        "向湄江湿地公园的工作人员表示感谢！", "游客　张立新", "湄江文旅项目集中签约28.3亿元",
                        "本报讯（记者 潘雨晴）10月14日，湄江文化旅游产业招商推介会举行。"])
    page = banmian.rebuild(text)
    assert [a.headline[0] for a in page.articles] == ["出游提示", "非遗寻踪", "游客来信", "湄江文旅项目集中签约28.3亿元"]
    assert "特此来信，向湄江湿地公园的工作人员表示感谢！" in page.articles[2].paragraphs[-2]


def test_a_tibetan_writer_signs_under_a_wrapped_essay_and_a_tibetan_poet_under_the_next_title():
    lines = ["酥油茶的味道", "　　今年秋天，我又回了一趟家。阿", "妈的背更驼了，头发也白了大半。临", "走那天早上，我又听见了熟悉的“咚",
             "嚓”声——阿妈从库房里找出那只旧", "茶桶，给我打了一壶酥油茶。", "　　我端起碗，眼泪一下子就流了下",
             "来。原来我想念的，从来不只是茶的", "味道。", "赛钦县　次仁旺姆", "格曲河在冬天睡去", "拉巴顿珠", "十一月，格曲河",
             "把最后一片白云", "交给了远方的雪山", "冰在河面上铺开", "像阿妈叠好的哈达", "一层，又一层", "牧人赶着牛群走过", "蹄声落进冰下"]
    essay, poem = banmian.rebuild("\n".join(lines)).articles
    assert (essay.byline.reporters, poem.headline, poem.byline.reporters) == (["次仁旺姆"], ["格曲河在冬天睡去"], ["拉巴顿珠"])


def test_a_whole_prefectures_bodies_and_people_are_a_notices_salutation():
    text = "\n".join(["冬季取暖安全提示", "进入采暖季，州消防救援支队提醒广大群众注意取暖安全：", "①使用火炉取暖要安装烟囱并保持畅通。",
                      "②不要在柴草堆放处附近使用明火。", "火警电话：119", "关于开展2026年度城乡居民基本医疗保险集中缴费工作的通知",
                      "全州各参保单位、城乡居民：", "", "2026年度城乡居民基本医疗保险集中缴费工作将于11月15日开始。"])
    assert [a.headline for a in banmian.rebuild(text).articles] == [
        ["冬季取暖安全提示"], ["关于开展2026年度城乡居民基本医疗保险集中缴费工作的通知"]]


def test_a_box_of_court_notices_each_signed_by_its_court_stays_one_item():
    text = "\n\n".join(["法院公告", "梁国华：本院受理原告鸿达建材有限公司诉你买卖合同纠纷一案，现依法向你公告送达起诉状副本。",
                        "清江省青禾市中级人民法院", "二〇二五年十一月三日",
                        "青禾市恒远物流有限公司：本院受理原告杜红梅诉你公司劳动争议一案，现依法向你公司公告送达。",
                        "清江省青禾市汇川区人民法院", "二〇二五年十一月四日", "庭审直播预告", "11月10日9:00　青禾中院第三法庭"])
    notices, preview = banmian.rebuild(text).articles
    assert len(notices.paragraphs) == 6 and preview.headline == ["庭审直播预告"]


def test_a_people_s_tribunal_judge_signs_her_diary():
    text = "\n\n".join(["法官手记", "三次上门换来一纸调解书", "做了十几年基层法官，我越来越觉得，多走几趟路，有时比一纸判决更管用。",
                        "石门县人民法院白岩人民法庭　覃　蓉", "集中执行“秋风行动”兑现胜诉权益2368万元",
                        "本报讯（通讯员 邵　阳）10月中旬以来，两级法院开展“秋风行动”。"])
    diary, news = banmian.rebuild(text).articles
    assert diary.byline.reporters == ["覃蓉"] and news.headline == ["集中执行“秋风行动”兑现胜诉权益2368万元"]


def test_a_colleges_briefs_stay_one_box_and_a_column_after_a_recipe_box_is_its_own():
    briefs = ["院系动态", "化学化工学院：11月18日，学院举办第十二届化学实验技能大赛。（通讯员 闵　捷）",
              "文学院：11月19日，学院邀请作家来校分享创作经验。（通讯员 欧阳晨）",
              "经济管理学院：学院近日与高新区管委会签订实习实践基地共建协议，每年提供实习岗位200余个。（通讯员 郑可欣）"]
    recipe = ["食疗方", "山药莲子粥", "【组成】山药100克，莲子15克，粳米50克。", "【做法】粳米、莲子一同煮粥，加入山药再煮15分钟。",
              "【功效】健脾益肾。", "养生堂", "立冬过后　养生重在“藏”", "立冬过后，天地间阳气潜藏，万物进入休养的状态。"]
    page = banmian.rebuild("\n\n".join(briefs + recipe))
    assert [len(a.paragraphs) for a in page.articles] == [3, 3, 1]


def test_a_universitys_archive_and_a_leagues_library_sign_at_a_pieces_foot():
    text = "\n\n".join(["校史钩沉", "一座钟楼的七十年", "2018年，钟楼完成修缮，机械钟芯被完整保留下来。如今，它依然准点报时。",
                        "档案馆　卢　晓", "关于图书馆冬季开放时间调整的通知", "各位读者：", "自12月1日起，图书馆开放时间调整为8:00至22:00。"])
    history, notice = banmian.rebuild(text).articles
    assert history.byline.reporters == ["卢晓"] and notice.headline == ["关于图书馆冬季开放时间调整的通知"]


def test_a_review_under_its_columns_kicker_heads_its_own_piece_and_its_librarian_signs_it():
    text = "\n\n".join(["长调声里话乡愁", "本报记者　阿拉坦", "“只要还有孩子愿意学，我就一直教下去。”", "书评", "在草原深处读懂时间",
                        "——读《牧道》", "《牧道》记录了一户牧民家庭四代人沿着同一条转场路线迁徙的故事。", "盟图书馆　刘玉琴",
                        "乌兰牧骑夏季巡演走进18个嘎查", "本报讯（记者 阿拉坦）7月以来，乌兰牧骑开展巡回演出。"])
    profile, review, news = banmian.rebuild(text).articles
    assert review.headline == ["书评", "在草原深处读懂时间", "——读《牧道》"] and review.byline.reporters == ["刘玉琴"]


def test_a_schedules_rows_stay_apart_and_a_tip_box_after_them_is_its_own():
    rows = ["11月19日（周三）19:35　CBA常规赛　桐江金狮—辽河猛虎　市体育馆", "11月21日（周五）19:30　省女排联赛　桐江女排—东川女排　桐江体育学院体育馆",
            "11月22日（周六）15:00　省足超第23轮　南屏城建—溪口工程　南屏体育场"]
    text = "\n\n".join(["本周赛程"] + rows + ["观赛提示", "为方便观众观看比赛，地铁2号线将在比赛日延长运营时间。"])
    schedule, tips = banmian.rebuild(text).articles
    assert len(schedule.paragraphs) == 3 and tips.headline == ["观赛提示"]


@pytest.mark.parametrize("lines, count", [
    (["国庆长假文化活动丰富", "本报记者　王　涛", "国庆期间，全州各地举办了丰富多彩的文化活动。", "州博物馆　文物展",
      "州博物馆推出馆藏文物精品展，展出文物200余件。"], 1),
    (["雪域好医生", "他们扎根高原，守护着农牧民群众的健康。", "那曲市色尼区　次仁旺姆", "次仁旺姆是色尼区卫生院的一名医生，从医二十年。",
      "当雄县　格桑卓玛", "格桑卓玛是一名乡村医生，每年为牧民义诊上千人次。"], 1),
    (["用药指南", "秋冬季节是呼吸道疾病高发期，市人民医院药剂科提醒：", "①不要自行服用抗生素。", "②感冒药不要叠加服用。", "儿童用药",
      "剂量要按体重算", "儿童不是缩小版的成人，用药剂量应根据体重计算。"], 1),
    (["秋思", "秋风吹过田野，稻穗低下了头。", "母亲站在田埂上，望着远方的路，", "丰收啦！", "本报讯（记者 王 涛）金秋十月，我县水稻喜获丰收。"], 2)])
def test_a_second_reviewers_subheads_guides_and_headlines_stay_as_at_the_start(lines, count):
    assert len(banmian.rebuild("\n\n".join(lines)).articles) == count


def test_a_hospital_department_and_doctor_sign_a_qa_under_its_last_answer():
    text = "\n\n".join(["健康科普", "秋季腹泻高发　家长该注意什么", "问：孩子腹泻了要不要禁食？", "答：不需要。母乳喂养的孩子可以继续吃母乳。",
                        "问：怎样预防秋季腹泻？", "答：接种轮状病毒疫苗是有效的预防手段。", "儿科　程晓梅", "护理小贴士",
                        "术后居家，伤口护理记住这几点", "出院回家后，不少患者对伤口护理心里没底。"])
    qa, tips = banmian.rebuild(text).articles
    assert qa.byline.reporters == ["程晓梅"] and tips.headline[0] == "护理小贴士"


def test_a_signed_comments_labelled_parts_are_no_box_of_fields():
    text = "\n\n".join(["“爱心树”照见治理巧思", "本报记者　程　焕", "【关键词】“爱心树”", "【事件】最近，郧西县街头的一棵香樟树意外走红。",
                        "【点评】", "一棵行道树的蜕变，为何受到网友广泛好评？", "“听劝”的背后，是治理思维从管理到服务的深刻转型。"])
    (comment,) = banmian.rebuild(text).articles
    assert len(comment.paragraphs) == 5


def test_a_price_boxs_rows_with_their_changes_stay_one_a_line():
    rows = ["品种　价格　涨跌", "沙糖桔（统果）　4.20元/公斤　↑0.30", "糖料蔗（普通蔗）　520元/吨　持平", "鲜桑叶　1.60元/公斤　↓0.10",
            "蚕茧（统庄）　58.00元/公斤　↑1.50"]
    (box,) = banmian.rebuild("\n\n".join(["农产品价格行情"] + rows)).articles
    assert box.headline == ["农产品价格行情"] and len(box.paragraphs) == 5


def test_a_doctor_signs_a_famous_doctors_column():
    text = "\n\n".join(["名医谈", "秋燥伤肺　润养先行", "秋天气候干燥，燥邪最易伤肺。", "省中医院呼吸与危重症医学科主任医师　葛文渊",
                        "节气养生", "霜降：平补防寒　护好脾胃", "宜：早睡早起，适当进补。"])
    page = banmian.rebuild(text)
    assert page.articles[0].byline.reporters == ["葛文渊"]
    assert [a.headline[0] for a in page.articles] == ["名医谈", "节气养生"]


def test_a_notice_numbered_by_its_issue_heads_its_own_item():
    text = "\n\n".join(["消费提示", "办理预付卡　牢记“四要”", "一要选择信誉好的经营者。", "二要理性办卡。",
                        "食品安全抽检结果公告", "（2025年第19期）", "近期，市市场监管局组织抽检食品586批次。"])
    assert [a.headline[0] for a in banmian.rebuild(text).articles] == ["消费提示", "食品安全抽检结果公告"]


@pytest.mark.parametrize("lines, count", [
    (["春运出行指南", "本报讯（记者 赵强）春运即将开始，今年春运预计发送旅客1200万人次。", "天气情况", "春运期间我市以晴到多云天气为主。",
      "路况信息", "受雨雪影响，部分路段可能实施临时交通管制。", "出行建议", "旅客可通过微信公众号查询实时路况。"], 1),
    (["健康问答", "问：孩子发烧要不要马上吃退烧药？", "答：体温超过38.5℃且精神不好，可以按体重服用退烧药。", "儿科　程晓梅",
      "问：膝盖疼是不是缺钙？", "答：不一定，中老年人膝盖疼多与骨关节炎有关。", "骨科　王　军"], 1),
    (["健康问答", "问：孩子发烧要不要马上吃退烧药？", "答：体温超过38.5℃且精神不好，可以按体重服用退烧药。", "眼科　常见病",
      "问：孩子眼睛发红是怎么回事？", "答：可能是结膜炎，应到医院眼科就诊。"], 1)])
def test_a_third_reviewers_subheads_and_several_doctors_answers_stay_one_story(lines, count):
    assert len(banmian.rebuild("\n\n".join(lines)).articles) == count


@pytest.mark.parametrize("line", ["责任编辑：23级 王 芳", "本版编辑：2023级新闻学 陈思远", "校对：11月20日值班 王 芳"])
def test_a_student_editors_year_before_the_name_keeps_the_line_furniture(line):
    assert banmian.rebuild("\n\n".join(["银杏黄了", "图书馆前的银杏树黄了，满地金黄。", line])).furniture == [line]


def test_a_narrow_columns_even_prose_lines_are_no_quatrain():
    text = "小城冬日\n□ 林 夕\n　　小城的冬天\n阳光总是暖暖的，\n照在老街青石上。\n老人们坐在门口，\n晒着太阳聊家常。\n孩子们在巷子里\n追逐打闹，笑声\n传得很远很远。"
    assert len(banmian.rebuild(text).articles[0].paragraphs) == 1


def test_an_institutes_and_a_committees_writer_sign_at_a_pieces_foot():
    text = "\n\n".join(["专家解读", "夯土台基里的“王朝密码”", "青崖遗址大型夯土建筑基址的发现，让我们第一次看到了商代晚期的建筑格局。",
                        "省文物考古研究院　闻世杰", "以案说法", "买到“翻新机”　能否要求三倍赔偿", "【说法】经营者有欺诈行为的，应当增加赔偿。",
                        "衡川市律师协会消费者权益保护专业委员会　钟晓航", "维权快讯", "■10月10日，城南区开展宣传活动。（通讯员 沙 立）"])
    page = banmian.rebuild(text)
    assert [a.byline.reporters + a.byline.correspondents for a in page.articles[:2]] == [["闻世杰"], ["钟晓航"]]
    assert page.articles[2].headline == ["维权快讯"]


def test_a_listing_of_shows_keeps_its_first_shows_title_as_text():
    text = "\n\n".join(["展讯", "“玉韫山辉——云岫史前玉器精品展”", "展期：2025年10月18日至2026年1月18日", "地点：云岫市博物馆一楼临展厅",
                        "“丝路驼铃——馆藏唐代陶俑展”", "展期：即日起至2025年12月31日", "地点：溪口区博物馆"])
    (listing,) = banmian.rebuild(text).articles
    assert listing.headline == ["展讯"] and listing.paragraphs[0] == "“玉韫山辉——云岫史前玉器精品展”"



@pytest.mark.parametrize("text, count", [
    ("山歌唱出好日子\n\n本报讯（记者 蒙丽）11月15日，全县山歌大赛举行。\n\n获得一等奖的是：\n\n覃美玲（壮族）\n\n她演唱的《山歌唱出好日子》赢得满堂彩。", 1),
    ("你怎么看“刷脸”支付？\n\n　　近日，记者在街头随机采访了几位市民。\n\n王先生（上班族）\n\n　　很方便，出门不用带手机。\n\n刘女士（退休职工）\n\n"
     "　　我有点担心个人信息泄露。", 1),
    ("人民调解委员会\u3000解心结\n\n本报讯（通讯员 梁勇）今年以来，龙岗街道人民调解委员会共调处矛盾纠纷230件。", 1),
    ("秋日\n文/陈 岚\n\u3000\u3000秋天一到，山里的风就\n凉了。站在山坡上远望，\n\n树叶慢慢黄，果子渐渐红，\n田野一片金，农人笑盈盈。\n我喜欢秋天，因为它让人心\n里踏实。", 1)])
def test_a_fourth_reviewers_notes_of_people_committees_heads_and_even_prose_stay_as_at_the_start(text, count):
    page = banmian.rebuild(text)
    assert len(page.articles) == count and page.articles[0].headline


def test_an_office_over_its_notices_title_heads_the_notice_not_the_story_above():
    text = ("我县推进民族团结进步示范创建\n\n本报讯（记者 古丽米热）9月16日，全县推进会召开。\n\n会议要求，各级各部门要抓在经常。\n\n"
            "苏格特县人民防空办公室\n\n关于试鸣防空警报的通告\n\n定于2025年9月18日10时试鸣防空警报。\n\n特此通告。")
    story, notice = banmian.rebuild(text).articles
    assert story.paragraphs[-1] == "会议要求，各级各部门要抓在经常。"
    assert notice.headline == ["苏格特县人民防空办公室", "关于试鸣防空警报的通告"]


def test_an_office_signing_a_reply_over_the_next_notice_still_signs_the_reply():
    text = ("行政科的答复\n\n来信收悉。食堂已增设窗口，望谅解为盼。\n\n厂行政科\n\n关于做好夏季防暑降温工作的通知\n\n"
            "各车间：入夏以来气温升高，请做好防暑降温工作。\n\n厂　部")
    reply = banmian.rebuild(text).articles[0]
    assert reply.paragraphs[-1] == "厂行政科"


POEMS_OF_TWO_WORKERS = ("钢花\n\n□ 轧钢厂　孙亚楠\n\n不是春天的花\n\n却开得比春天还要热烈\n\n照亮夜班工友的脸\n\n也照亮钢城的天空\n\n"
                        "每一朵钢花\n\n都是钢铁写给大地的诗\n\n夜班\n\n□ 焦化厂　冯　越\n\n零点的焦炉\n\n像一排沉默的巨人\n\n"
                        "推焦车缓缓移动\n\n那是我们亲手\n\n推出来的太阳\n\n职工书画\n\n"
                        "国画《钢城晨曦》，作者刘宗泽系能源动力厂退休职工，自幼喜爱绘画，退休后潜心研习山水画。\n")


def test_poems_signed_by_a_marked_unit_and_name_keep_their_verses_and_the_caption_after_them_stands_alone():
    first, second, caption = banmian.rebuild(POEMS_OF_TWO_WORKERS).articles
    assert first.headline == ["钢花"] and first.byline.reporters == ["孙亚楠"]
    assert first.paragraphs[-1] == "都是钢铁写给大地的诗" and len(first.paragraphs) == 6  # a verse naming 诗 is no column's kicker
    assert second.headline == ["夜班"] and second.paragraphs[-1] == "推出来的太阳"
    assert caption.headline == ["职工书画"] and caption.paragraphs[0].startswith("国画《钢城晨曦》")


def test_a_bureaus_section_chief_under_the_last_answer_signs_the_q_and_a_not_the_notice_below():
    text = ("社保政策问答\n城乡居民养老保险缴费这些事要知道\n问：什么时候开始缴费？\n答：集中缴费期为1月1日至12月31日。\n"
            "问：已经年满60周岁怎么办？\n答：可以按规定补缴。\n县人力资源和社会保障局养老保险股股长　段明辉\n\n"
            "停电通知\n因线路改造施工需要，定于12月18日停电。\n玉岭县供电局\n2025年12月15日\n")
    qa, notice = banmian.rebuild(text).articles
    assert qa.byline.reporters == ["段明辉"] and notice.headline == ["停电通知"]


ACCIDENT_CASE = ("典型案例\n\n一次“省事”的清淤作业\n\n——某污水处理厂有限空间中毒事故剖析\n\n事故经过\n\n"
                 "2024年8月的一天，某污水处理厂安排3名工人清理集水井淤泥。\n\n原因分析\n\n"
                 "经调查，事故直接原因是作业人员未检测、未通风即进入集水井作业。\n\n警示\n\n"
                 "有限空间作业必须严格执行“先通风、再检测、后作业”的要求。\n")


def test_an_accident_cases_labelled_parts_are_its_subheads_none_in_its_headline_none_run_into_its_text():
    (case,) = banmian.rebuild(ACCIDENT_CASE).articles
    assert case.headline == ["典型案例", "一次“省事”的清淤作业", "——某污水处理厂有限空间中毒事故剖析"]
    assert case.paragraphs[0] == "事故经过" and case.paragraphs[2] == "原因分析" and case.paragraphs[4] == "警示"


def test_a_box_label_under_a_tip_boxs_phone_line_heads_the_next_box():
    text = ("安全提示\n\n进入盛夏，市应急管理局提醒广大市民注意以下几点：\n\n①不私拉乱接电线。\n\n②电动自行车不进楼入户。\n\n"
            "市应急管理局24小时值班电话：（0736）8123350　安全生产举报投诉电话：12350\n\n曝光台\n\n"
            "近期，市、区两级应急管理部门在执法检查中发现部分企业存在违法违规行为，现予以曝光：\n\n"
            "●澄州市恒顺化工有限公司：动火作业未按规定进行可燃气体分析。\n")
    tips, exposed = banmian.rebuild(text).articles
    assert tips.paragraphs[-1].endswith("12350") and exposed.headline == ["曝光台"]


@pytest.mark.parametrize("signer, name", [("衡川市明德监狱　季晓鸥", "季晓鸥"), ("市水利局离休干部　龚振邦（84岁）", "龚振邦"),
                                          ("莲溪县动物疫病预防控制中心　高级兽医师　蒋德明", "蒋德明"),
                                          ("青崖市第一人民医院心血管内科主任医师　严　立　峰", "严立峰")])
def test_a_prison_officer_a_retired_cadre_a_vet_or_a_doctor_signs_the_column_piece_above_not_the_next_title(signer, name):
    text = ("养殖课堂\n\n冬季如何给母猪保暖\n\n入冬以后，我在走访中发现不少养殖户忽视了猪舍保暖。\n\n"
            f"我们建议，猪舍温度要保持在十五摄氏度以上，同时注意通风换气。\n\n{signer}\n\n全省能繁母猪存栏调减至合理区间\n\n"
            "本报讯（记者 叶凡）12月8日，省农业农村厅发布数据，全省能繁母猪存栏量调减至合理区间。\n")
    column, story = banmian.rebuild(text).articles
    assert column.byline.reporters == [name] and story.headline == ["全省能繁母猪存栏调减至合理区间"]


CARRIED_ON = "\n\n".join(["（上接第1版）", "在县经济开发区，新能源电池项目二期厂房已经封顶，政务服务中心推行并联审批。",
                              "截至目前，全县37个重点项目已开工35个，完成投资86亿元。"])


@pytest.mark.parametrize("heading, below, pieces", [
    # a column's kicker and title over a piece signed at its foot: a piece of its own
    (["高墙内外", "那一碗热汤面"], ["在监狱工作十几年，记忆最深的，是一碗热汤面。那是2016年的除夕夜，我在监区值班。",
                                 "衡川市明德监狱　季晓鸥"], 2),
    # a subhead pair over unsigned text, of unequal lengths or of one length: the story's own
    (["强化要素保障", "为项目建设跑出“加速度”"], ["土地、资金、用工是企业最关心的问题。县里成立专班，一个项目一名领导包联。"], 1),
    (["坚持问题导向", "推动真查实改"], ["有什么问题就解决什么问题、什么问题突出就重点整治什么问题。"], 1)])
def test_two_heading_lines_after_a_story_carried_on_from_another_page_open_a_piece_only_over_a_signed_one(heading, below,
                                                                                                          pieces):
    articles = banmian.rebuild("\n\n".join(["我县重点项目建设提速增效", CARRIED_ON, *heading, *below])).articles
    assert len(articles) == pieces
    if pieces == 2:
        assert articles[1].headline == heading and articles[1].byline.reporters == ["季晓鸥"]
    else:
        assert articles[0].paragraphs[-3:-1] == heading



def test_a_notices_title_over_its_addressees_after_a_box_opens_the_notice():
    text = ("小知识\n\n什么是“猪粮比价”\n\n猪粮比价是指生猪出场价格与玉米批发价格的比值，是反映生猪生产盈亏的重要指标。\n\n"
            "关于举办全省冬季水产养殖技术培训班的通知\n\n各市、县（区）水产技术推广机构：\n\n"
            "为提高冬季水产养殖技术水平，省水产技术推广总站定于12月18日举办培训班。\n\n临澜省水产技术推广总站\n\n2025年12月9日\n")
    box, notice = banmian.rebuild(text).articles
    assert notice.headline == ["关于举办全省冬季水产养殖技术培训班的通知"]
    assert notice.paragraphs[0] == "各市、县（区）水产技术推广机构："


REVIEWERS_PAGES = [
    # a header's page after the weekday, its space lost
    ("温岭日报\u30002025年9月20日（星期六）3版\u3000要闻\n\n我县召开秋冬季森林防火会议\n\n"
     "本报讯（记者 李华）9月19日，全县秋冬季森林防火工作会议召开。", [1]),
    # a paragraph's first line cut inside 追问
    ("一张欠条背后的诚信故事\n\u3000\u3000记者找到李大爷时，他正\n在院子里晒玉米。\n\u3000\u3000听完李大爷的讲述记者追\n"
     "问：“这笔钱您打算什么时候\n还？”李大爷说：“年底卖了\n牛就还。”\n", [2]),
    # an office signing an open letter over another body's notice
    ("\n\n".join(["致全县广大农民朋友的一封信", "本报讯\u3000秋收时节，县委办公室向全县农民朋友发出一封信，倡导禁烧秸秆。",
                  "希望大家积极参与秸秆综合利用，共同守护蓝天白云。", "县委办公室", "关于做好秋季秸秆禁烧工作的通知", "各乡镇：",
                  "为做好今年秋季秸秆禁烧工作，现将有关事项通知如下。", "县人民政府办公室"]), [3, 3]),
    # a collection's long kicker between two poems
    ("\n\n".join(["秋天的田野", "□ 李\u3000明", "稻子低下了头", "像在感谢脚下的土地", "风从山那边吹来", "带着桂花的香",
                  "第三届职工诗歌大赛获奖作品", "炉火", "□ 王小红", "深夜的炉火", "映红了师傅的脸", "他说钢水是有脾气的", "要用心去听"]),
     [4, 4]),
    # a list's marked items naming units and people
    ("\n\n".join(["先进事迹", "◆ 城关镇\u3000王家村", "王家村党支部带领群众发展高山蔬菜，去年村集体经济收入突破50万元。",
                  "◆ 东城街道\u3000金桥社区", "金桥社区推行“网格+志愿”服务模式，打通服务群众“最后一米”。"]), [4]),
    # retirees named as a profile's subheads
    ("\n\n".join(["银发生辉", "他们退而不休，发挥余热，活跃在社区各个角落。", "市教育局退休教师\u3000王秀英（76岁）",
                  "王秀英退休后在社区办起了“四点半课堂”，每天下午辅导孩子们写作业，一坚持就是十年。", "市水利局离休干部\u3000龚振邦（84岁）",
                  "龚老是社区的义务调解员，邻里之间有什么矛盾，大家都愿意找他评评理。"]), [5]),
    # a poem's last verse over prose going on, and a note on the poem
    ("\n\n".join(["山村的夜", "□ 陈\u3000默", "月亮升起来了", "狗吠声远了", "灯一盏一盏熄灭", "只剩下星星",
                  "我坐在老屋门口，听着虫鸣，想起很多年前的那个夏天，母亲摇着蒲扇，给我讲牛郎织女的故事。"]), [5]),
    ("\n\n".join(["父亲的背影", "□ 张\u3000华", "父亲的背", "越来越弯", "像一张弓", "把我射向远方", "写在后面",
                  "这首诗写于父亲七十岁生日那天，那天我在外地出差，没能赶回家，心里很愧疚。"]), [6]),
]


@pytest.mark.parametrize("text, shape", REVIEWERS_PAGES)
def test_the_reviewers_pages_rebuild_as_at_the_sessions_start(text, shape):
    # the header kept apart, 追问 whole, the letter signed by its office, the kicker over its poem, marked items, retirees,
    # a last verse and a poem's note no headings or bylines: as many articles and paragraphs as at the session's start
    assert [len(article.paragraphs) for article in banmian.rebuild(text).articles] == shape


@pytest.mark.parametrize("note, head, in_headline", [("（11月24日　县城椒市）", "", True), ("（9月17日）", "", True),
                                                     ("（截至11月10日）", "", False),
                                                     ("（截至11月10日）", "品种　规格　价格　涨跌\n\n", True)])
def test_a_price_boxs_day_under_its_short_title_is_the_titles_second_line_but_an_as_of_note_its_text(note, head, in_headline):
    # (over the table's head row an as-of note is the title's too, as 23 of 27 such notes are in the truths)
    text = (f"花椒价格行情\n\n{note}\n\n{head}大红袍干椒　特级　98元/公斤　↑4\n\n"
            "大红袍干椒　一级　86元/公斤　↑3\n\n花椒籽　统货　5.6元/公斤　—\n")
    (box,) = banmian.rebuild(text).articles
    assert (note.replace("\u3000", " ") in box.headline) == in_headline


def test_a_poet_named_with_his_people_under_a_sets_title_signs_it_and_its_verses_are_text():
    text = "\n\n".join(["雪隆草原的冬天（外一首）", "嘎玛丹增尼玛（藏族）", "雪落下来的时候", "牦牛把头埋进了风里", "阿妈的糌粑碗",
                       "盛着一整个冬天的月光", "岷江", "你从雪山来", "带着冰的清澈和石头的沉默"])
    (poem,) = banmian.rebuild(text).articles
    assert poem.headline == ["雪隆草原的冬天（外一首）"] and poem.byline.reporters == ["嘎玛丹增尼玛"]
    assert poem.paragraphs[0] == "雪落下来的时候" and len(poem.paragraphs) == 7


def test_an_essay_signed_by_township_village_and_name_is_signed_by_the_name():
    text = "\n\n".join(["外婆的火塘", "在纳西人家，火塘是一座房子的心。", "今年冬天回村，表妹在火塘边给住店的游客讲外婆讲过的故事，我坐在角落里听着。",
                       "火塘不熄，家就在。", "鹤羽乡拉坞村　和秀英", "东巴文书法", "《雪山长青》　东巴文书法　作者：和志忠"])
    essay = banmian.rebuild(text).articles[0]
    assert essay.byline.reporters == ["和秀英"] and essay.paragraphs[-1] == "火塘不熄，家就在。"


@pytest.mark.parametrize("lines", [
    ["我县表彰民族团结进步模范", "本报讯（记者 蒙丽）11月15日，我县召开民族团结进步表彰大会，10名个人受到表彰。", "受表彰个人名单",
     "马德明（回族）", "韦秀兰（壮族）", "杨正华（苗族）", "龙金花（侗族）"],
    ["山歌唱出好日子", "本报讯（记者 蒙丽）11月15日，全县山歌大赛举行，12名歌手获奖。", "一等奖", "覃美玲（壮族）", "二等奖",
     "韦春燕（壮族）", "蓝小军（瑶族）"],
    ["花椒价格行情", "（11月24日　县城椒市）", "大红袍干椒　98元/公斤", "花椒籽　5.6元/公斤", "（11月24日　汉源椒市）",
     "大红袍干椒　102元/公斤", "花椒籽　5.8元/公斤"]])
def test_a_third_reviewers_lists_of_names_with_their_people_and_a_box_of_two_markets_stay_one_piece_as_at_the_start(lines):
    (piece,) = banmian.rebuild("\n\n".join(lines)).articles
    assert len(piece.headline) == 1 and "马德明" not in piece.byline.reporters and "覃美玲" not in piece.byline.reporters


def test_a_soldiers_letter_to_the_younger_schoolmates_after_a_roll_of_recruits_is_a_piece_of_its_own():
    text = "\n\n".join(["光荣榜", "2025年下半年岩城市入伍新兵名单（部分）", "岩东区：彭浩然　龙家豪　杨思远", "岩西区：陈　博　吴宇航　谢家乐",
                       "军营来信", "在高原，我读懂了“守护”两个字", "家乡的学弟学妹们：",
                       "你们好！我是去年从岩城入伍的一名新兵，现在在西部边防服役。"])
    roll, letter = banmian.rebuild(text).articles
    assert letter.headline == ["军营来信", "在高原，我读懂了“守护”两个字"] and letter.paragraphs[0] == "家乡的学弟学妹们："


def test_a_job_fairs_box_labelled_招聘信息_after_a_brief_is_a_block_of_its_own():
    text = ("拉坞片区2600余群众喝上“放心水”\n本报讯（通讯员 和建芳）12月9日，\n鹤羽乡拉坞片区农村供水保障工程\n正式通水，2600余名群众从此告\n"
            "别季节性缺水。\n\n招聘信息\n县人才市场定于12月19日（星期五）\n举办冬季专场招聘会，欢迎求职\n者携带简历参加。\n"
            "地点：县人才市场一楼大厅\n咨询电话：5125061\n")
    brief, box = banmian.rebuild(text).articles
    assert box.headline == ["招聘信息"] and brief.paragraphs[-1].endswith("别季节性缺水。")


FOURTH_REVIEWERS_PAGES = [
    ("\n\n".join(["全县种粮状元揭晓", "日前，县农业农村局公布今年全县种粮状元评选结果，以下一人当选。", "石桥镇东山村　王建国"]),
     [(["全县种粮状元揭晓"], [], 2)]),
    ("\n\n".join(["大地的褒奖", "龙仁青（藏族）", "青稞熟了", "这是大地的褒奖", "阿爸的脸上", "开出了格桑花", "县城新建农贸市场投用",
                  "本报讯（记者 李华）日前，县城新建的农贸市场正式投入使用。"]),
     [(["大地的褒奖"], ["龙仁青"], 4), (["县城新建农贸市场投用"], ["李华"], 1)]),
    ("\n\n".join(["春耕", "马德明（回族）", "布谷声声催春早，", "犁铧翻起千重浪。", "田间地头人影忙，", "一年好景在春光。"]),
     [(["春耕"], ["马德明"], 4)]),
    ("雪隆草原的冬天\n嘎玛丹增尼玛（藏族）\n　　雪落在草原上\n羊群走进了白色的梦\n阿妈的酥油灯\n照亮了回家的路\n我在远方\n听见了牧歌\n",
     [(["雪隆草原的冬天"], ["嘎玛丹增尼玛"], 6)]),
    ("\n\n".join(["蔬菜价格", "（9月17日）", "白菜　1.20　1.50", "土豆　2.00　2.40", "西红柿　4.50　5.00", "黄瓜　3.80　4.20", "粮油价格",
                  "（9月17日）", "大米　2.80　3.20", "面粉　2.40　2.60", "菜籽油　8.50　9.00", "鸡蛋　5.20　5.60"]),
     [(["蔬菜价格", "（9月17日）"], [], 4), (["粮油价格", "（9月17日）"], [], 4)]),
    ("\n\n".join(["全州民兵比武由军分区战备建设处主办", "本报讯（通讯员 向阳）9月15日，全州民兵比武在训练基地举行。"]),
     [(["全州民兵比武由军分区战备建设处主办"], [], 1)])]


@pytest.mark.parametrize("text, shape", FOURTH_REVIEWERS_PAGES)
def test_a_fourth_reviewers_winner_poems_dated_boxes_and_headline_rebuild_right(text, shape):
    # a winner named under a notice, a poem titled with 褒奖 or in classical lines, an indented first verse, two dated
    # price boxes side by side, a headline naming who held the contest: the headlines, reporters and paragraphs a reader
    # sees (the poems were wrong at the session's start too, and wrong again in the tree the fourth review read)
    page = banmian.rebuild(text)
    assert [(a.headline, a.byline.reporters, len(a.paragraphs)) for a in page.articles] == shape


def test_a_letter_keeps_its_fans_signature_and_the_offices_bracketed_reply_under_it():
    text = "\n\n".join(["读者来信", "老街路灯何时能亮起来", "编辑同志：", "我家住在凤栖镇老街，这条街上有十几盏路灯已经坏了两个多月。",
                        "读者　柳文清", "【回复】县综合行政执法局：经现场核查，我局已安排维修人员更换线路和灯具。",
                        "戏迷来信", "盼剧场多开几场日场戏", "编辑同志：", "我是一名老戏迷，退休后几乎每个月都要到剧场看两三场戏。",
                        "淮阳市东城区　戏迷　孙桂芝", "全省戏曲青年演员展演落幕",
                        "本报讯（记者 谷　雨）为期10天的第七届全省戏曲青年演员展演12月6日在淮阳落下帷幕。"])
    letter, fan, story = banmian.rebuild(text).articles
    assert letter.paragraphs[-2:] == ["读者 柳文清", "【回复】县综合行政执法局：经现场核查，我局已安排维修人员更换线路和灯具。"]
    assert fan.paragraphs[-1] == "淮阳市东城区 戏迷 孙桂芝" and fan.byline.reporters == ["孙桂芝"]
    assert story.headline == ["全省戏曲青年演员展演落幕"]


FOLK_SONGS = ["畲家山歌·采茶歌", "三月茶山雾蒙蒙，", "阿妹采茶上山冲；", "手提竹篮过岭去，", "一山茶叶一山葱。",
              "演唱：蓝秀英（鹤垟乡）", "记录整理：雷建华", "畲家山歌·彩带歌", "一条彩带五尺长，", "阿妹织带到天光；",
              "带上织出花和字，", "送给阿哥系身上。", "演唱：雷春兰（雁岙乡）", "记录整理：雷建华"]
WRAPPED_ESSAY = ("阿婆的彩带\n　　阿婆的床头有一只竹篮，篮里盘着一卷\n卷彩带，红的、黑的、白的，像一窝睡着的\n"
                 "小蛇。我小时候总爱伸手去摸。\n　　临走时，阿婆塞给我一条彩带，上面织\n着我的名字。我把它系在行李箱的把手上，\n"
                 "走到哪里，都像阿婆的手还牵着我。\n\n鹤垟乡金竹坑村　蓝晓雯\n\n")


@pytest.mark.parametrize("text", ["\n\n".join(FOLK_SONGS), WRAPPED_ESSAY + "\n".join(FOLK_SONGS)])
def test_a_folk_songs_singer_and_recorder_under_its_verses_are_its_byline(text):
    *_, first, second = banmian.rebuild(text).articles
    assert first.headline == ["畲家山歌·采茶歌"] and len(first.paragraphs) == 4
    assert first.byline.reporters == ["蓝秀英", "雷建华"]
    assert second.headline == ["畲家山歌·彩带歌"] and second.byline.reporters == ["雷春兰", "雷建华"]


def test_an_essay_signed_by_its_writers_city_named_bare_as_the_page_names_it_is_signed_so():
    text = "\n\n".join(["梨园旧事", "祖父的那把胡琴", "祖父是个琴师，在县剧团拉了三十多年京胡。",
                        "祖父去世那年，我十四岁。那把胡琴后来挂在了老屋的墙上。", "淮阳　郁文青", "《淮阳戏曲志》续编工作启动",
                        "本报讯（记者 谷　雨）12月2日，《淮阳戏曲志》编纂工作启动会在淮阳市召开。"])
    essay, story = banmian.rebuild(text).articles
    assert essay.headline == ["梨园旧事", "祖父的那把胡琴"] and len(essay.paragraphs) == 2
    assert essay.byline.text == ["淮阳 郁文青"] and essay.byline.reporters == ["郁文青"]
    assert story.headline == ["《淮阳戏曲志》续编工作启动"]


def test_a_city_and_a_name_under_an_essay_the_page_names_no_city_for_stays_text():
    text = "\n\n".join(["祖父的那把胡琴", "祖父是个琴师，在县剧团拉了三十多年京胡。", "祖父去世那年，我十四岁。",
                        "春风　王文青", "本报讯（记者 谷　雨）12月2日，编纂工作启动会召开。"])
    assert all("春风 王文青" not in article.byline.text for article in banmian.rebuild(text).articles)


def test_a_marked_box_of_news_briefs_and_the_papers_commentary_after_a_story_are_pieces_of_their_own():
    text = "\n\n".join(["县委理论学习中心组召开集体学习会", "本报讯（记者 丁　宁）12月1日下午，县委理论学习中心组举行集体学习会。",
                        "县委常委，县人大常委会、县政府、县政协负责同志参加学习会。", "■要闻简报",
                        "11月28日，县政府召开冬季安全生产工作推进会。（记者 田　野）",
                        "近日，县第三届“民族团结进步模范”表彰名单公布。（通讯员 马金花）",
                        "马莲滩镇冷凉蔬菜“冬闲变冬忙”", "本报讯（记者 杨　帆）11月29日傍晚，一车西芹驶出集散中心。",
                        "截至目前，全镇冷凉蔬菜外销3.8万吨，实现产值1.1亿元。", "评论员文章", "把“小红果”做成“大产业”",
                        "12亿元，这是今年我县枸杞全产业链交出的成绩单。", "产业兴则百姓富。", "本报评论员"])
    meeting, briefs, story, commentary = banmian.rebuild(text).articles
    assert briefs.headline == ["■要闻简报"] and len(briefs.paragraphs) == 2
    assert story.paragraphs[-1] == "截至目前，全镇冷凉蔬菜外销3.8万吨，实现产值1.1亿元。"
    assert commentary.headline == ["评论员文章", "把“小红果”做成“大产业”"]


@pytest.mark.parametrize("joiner", ["\n\n", "\n"])
def test_a_price_box_opened_by_a_sentence_after_a_feature_with_subheads_is_a_box_of_its_own(joiner):
    text = joiner.join(["滩羊“身价”是怎样涨起来的", "本报记者　杨　帆", "初冬的杨岔乡，山梁上已经落了一层薄雪。", "品种纯了，羊肉好了",
                        "在乡滩羊种羊繁育场，技术员丁学义正在给种公羊做登记。", "圈舍新了，养法变了",
                        "走进养殖大户马国栋的家，新建的暖棚圈舍宽敞明亮。", "本周枸杞市场行情",
                        "本周我县枸杞干果价格总体平稳，特优、特级果每公斤较上周上涨1至2元。",
                        "特优（280粒/50克）　62～68元/公斤", "特级（370粒/50克）　48～54元/公斤", "甲级（580粒/50克）　36～40元/公斤"])
    feature, box = banmian.rebuild(text).articles
    assert box.headline == ["本周枸杞市场行情"] and len(box.paragraphs) == 4
    assert "品种纯了，羊肉好了" in feature.paragraphs  # (its subhead of two like clauses, apart from the text under it)


@pytest.mark.parametrize("joiner", ["\n\n", "\n"])
def test_a_bodys_tips_under_a_deck_naming_it_after_a_case_are_a_piece_of_their_own(joiner):
    text = joiner.join(["法官说法", "借钱买牛没打借条　欠款还能要回吗", "本报通讯员　纳文静　马　骁", "案情",
                        "2023年3月，杨岔乡村民丁某向同村的海某借款4万元，双方没有写借条。", "说法",
                        "法官提醒，借款时最好写下借条，并注意保存好聊天记录等相关证据。", "冬季取暖　安全第一", "——县消防救援大队提醒您",
                        "进入冬季，火灾和一氧化碳中毒事故进入高发期。", "①使用煤炉取暖要安装烟囱和风斗。", "②电暖器要选购正规厂家产品。"])
    case, tips = banmian.rebuild(text).articles
    assert case.byline.correspondents == ["纳文静", "马骁"] and case.paragraphs[0] == "案情"
    assert tips.headline == ["冬季取暖 安全第一", "——县消防救援大队提醒您"] and len(tips.paragraphs) == 3


def test_a_hua_er_songs_long_unequal_lines_are_each_a_verse_under_its_title():
    text = "\n\n".join(["母亲的油香", "小时候，最盼的就是家里炸油香。", "那一刻我忽然明白，母亲炸的哪里只是油香。", "新泉镇闽源新村　马玉兰",
                        "搬下山来日子旺", "山里的路是羊肠道，", "走一回磨破了鞋；", "柏油路修到了家门口，", "班车把尕妹接上了街。",
                        "演唱：马占福（新泉镇闽源新村）", "搜集整理：海　燕"])
    song = banmian.rebuild(text).articles[-1]
    assert song.headline == ["搬下山来日子旺"] and len(song.paragraphs) == 4
    assert song.byline.reporters == ["马占福", "海燕"]


@pytest.mark.parametrize("label", ["乡镇传真", "各地传真"])
def test_a_dispatches_label_over_titled_briefs_is_furniture_and_over_untitled_items_the_boxs_title(label):
    titled = banmian.rebuild("\n\n".join([label, "马莲滩镇：集中整治农村人居环境", "近日，马莲滩镇开展冬季村庄清洁行动。（通讯员 白永福）",
                                          "青岭镇：护林员开启冬季巡山模式", "入冬以来，青岭镇32名护林员坚持每天巡山。（通讯员 虎成林）"]))
    assert label in titled.furniture and [a.headline for a in titled.articles] == [
        ["马莲滩镇：集中整治农村人居环境"], ["青岭镇：护林员开启冬季巡山模式"]]
    box = banmian.rebuild("\n\n".join(["■" + label, "●西坪镇近日举办首届“春茶开茶节”。（通讯员 王　丽）",
                                        "●东岭乡日前启动冬季农村人居环境整治。（通讯员 李　明）"]))
    assert box.articles[0].headline == ["■" + label] and len(box.articles[0].paragraphs) == 2


def test_a_towns_brief_titled_wider_than_its_flush_column_is_no_line_of_the_text():
    text = ("一碗热饭暖人心\n本报讯（记者 丁　宁 实习生 \n田　甜）中午11点半，柳沟乡红\n泉村“暖心食堂”里飘出阵阵饭\n"
            "香。羊肉臊子面、炒土豆丝、凉\n拌菠菜，热气腾腾的饭菜端上桌，\n二十多位老人围坐在一起，边吃\n边拉家常。\n"
            "据了解，今年以来，我县已在108\n个行政村建成“暖心食堂”，累\n计服务老年人28万人次。县民政\n局负责人表示，下一步还将推动\n"
            "“暖心食堂”与村卫生室、互助\n幸福院联动，让老人不仅吃得好，\n还能看得上病、有人陪。\n乡镇传真\n"
            "马莲滩镇：集中整治农村人居环境\n近日，马莲滩镇组织干部群众开\n展冬季村庄清洁行动，清理柴草\n堆、垃圾堆180余处，拆除残垣\n"
            "断壁26处，村容村貌明显改善。\n（通讯员 白永福）\n青岭镇：护林员开启冬季巡山模式\n入冬以来，青岭镇32名护林员坚\n"
            "持每天巡山，重点对林区入口、\n坟地等部位开展防火检查，劝导\n进山人员交出火种，确保林区安\n全。（通讯员 虎成林）\n")
    story, first, second = banmian.rebuild(text).articles
    assert first.headline == ["马莲滩镇：集中整治农村人居环境"] and second.headline == ["青岭镇：护林员开启冬季巡山模式"]


def test_a_price_boxs_day_and_market_under_a_title_naming_its_prices_are_the_title():
    text = "\n\n".join(["当归价格行情", "（12月2日　渭岭中药材交易市场）", "品种　规格　价格（元/公斤）　较上周", "当归　统货　38—41　涨1",
                        "当归　箱货　52—56　持平", "党参　白条统货　62—66　持平"])
    box = banmian.rebuild(text).articles[0]
    assert box.headline == ["当归价格行情", "（12月2日 渭岭中药材交易市场）"] and len(box.paragraphs) == 4


@pytest.mark.parametrize("joiner", ["\n\n", "\n"])
def test_a_villages_rules_and_a_box_of_tips_by_crop_after_stories_are_boxes_of_their_own(joiner):
    text = joiner.join(["油茶林里话丰收", "本报讯（记者 石　慧）11月下旬，在沅峒县酉水河畔的万亩油茶基地，榨油坊里机器轰鸣。",
                        "“今年油茶卖了三万多元。”油茶种植大户向正林说。", "猛科村村规民约（节选）",
                        "第一条　村民应遵纪守法，爱党爱国，维护民族团结，邻里之间互敬互助。", "第二条　红白喜事从简办理，不大操大办，不攀比彩礼。", "猛科村村民委员会",
                        "2025年10月", "渭岭苹果搭上“冷链快车”", "本报讯（见习记者 陈　静）12月2日，一箱箱包装好的苹果被装上冷藏车，发往广州、深圳等地。",
                        "本周农事提示", "冬小麦：未冬灌的地块要抓紧在日消夜冻时完成冬灌，防止麦苗受冻。",
                        "马铃薯：贮藏窖温度保持在2℃—4℃，注意通风，及时剔除烂薯。"])
    headlines = [a.headline for a in banmian.rebuild(text).articles]
    assert headlines == [["油茶林里话丰收"], ["猛科村村规民约（节选）"], ["渭岭苹果搭上“冷链快车”"], ["本周农事提示"]]


def test_a_box_past_a_column_end_under_a_whole_byline_is_no_name_of_it():
    text = ("政策解读\n《凤岭市民族团结进步促进条例》明年施行\n　　问：《条例》对流动少数民族群众\n服务管理有什么规定？\n"
            "　　答：有关部门应当为进城务工、经\n商、就学的少数民族群众提供便利。\n本报记者　吴晓岚\n\n同心圆\n"
            "　　■11月25日，市伊斯兰教协会举办\n讲经交流会，23名教职人员参加交流。\n（通讯员 马　莉）\n"
            "　　■近日，云溪县布依族“六月六”风\n情节被列入省级非遗名录。（通讯员\n岑　勇）\n")
    answer, box = banmian.rebuild(text).articles
    assert answer.byline.reporters == ["吴晓岚"] and box.headline == ["同心圆"] and len(box.paragraphs) == 2


def test_an_advisers_work_and_name_sign_a_piece_of_advice_at_its_foot():
    text = "\n\n".join(["建言", "民族特色村寨要“留得住”更要“活起来”", "近年来，我市民族特色村寨保护工作取得明显成效。",
                        "民族特色村寨的生命力在于“人”。为此建议：要让年轻人愿意回来、留得下来。",
                        "市政协委员、凤岭学院民族学院副教授　罗　敏", "宗教活动场所开展冬季安全大检查",
                        "本报讯（通讯员 杨　柳）11月20日至30日，市民族宗教事务局对全市宗教活动场所开展冬季安全大检查。"])
    advice, story = banmian.rebuild(text).articles
    assert advice.byline.reporters == ["罗敏"] and story.headline == ["宗教活动场所开展冬季安全大检查"]


def test_a_job_box_after_a_story_closes_on_its_issuer_and_day_set_on_one_line():
    text = "\n\n".join(["岩门村电商直播间开播", "本报讯（记者 龙　娟）12月1日，沅峒县首家村级电商直播间在岩门村开播。",
                        "家门口就业岗位信息", "沅峒县西兰卡普织造工坊　招聘织锦学徒15名，包吃住，联系电话：0743-6225106",
                        "沅峒县隆头腊肉加工厂　招聘熏制、包装工人20名，联系电话：0743-6238819", "县人力资源和社会保障局　2025年12月2日",
                        "靛房镇“积分超市”兑出文明新风", "本报讯（通讯员 田家兴）近日，靛房镇“积分超市”正式开张。"])
    story, jobs, last = banmian.rebuild(text).articles
    assert jobs.headline == ["家门口就业岗位信息"] and jobs.paragraphs[-1] == "县人力资源和社会保障局 2025年12月2日"
    assert last.headline == ["靛房镇“积分超市”兑出文明新风"]


def test_an_honour_rolls_groups_of_names_are_a_paragraph_each_among_fragments():
    text = "\n\n".join(["2025年度“青稞助学金”获得者光荣榜", "经学校推荐、县教育局审核，以下学生获得2025年度“青稞助学金”。（按学校排列，排名不分先后）",
                        "措嘎县中学（8名）：扎西多吉　次仁卓嘎　格桑曲珍　边巴次仁", "县第一小学（6名）：尼玛顿珠　卓玛　拉巴次仁　央金"])
    assert len(banmian.rebuild(text).articles[0].paragraphs) == 3


# Session 65's review: ordinary pages this session's rules first read wrongly (a plain singer's credit, a song's note, a
# tale's teller, fans and residents heading a feature's sections, a story's price subheads, a story's 相关资讯, a flush
# run-in town paragraph, a clause cut after two like clauses, a lead's two-phrase headline over the date, a song quoted
# in a feature, a song after a wrapped story): each article's headline, count of paragraphs and reporters
SESSION_65_REVIEW_PAGES = [
    ("畲家山歌·采茶歌\n\n三月茶山雾蒙蒙，\n\n阿妹采茶上山冲；\n\n手提竹篮过岭去，\n\n一山茶叶一山葱。\n\n演唱：蓝秀英\n\n记录整理：雷建华\n\n畲家山歌·彩带歌\n\n一条彩带五尺长，\n\n阿妹织带到天光；\n\n带上织出花和字，\n\n送给阿哥系身上。\n\n演唱：雷春兰\n\n记录整理：雷建华",
     [(['畲家山歌·采茶歌'], 4, ['蓝秀英', '雷建华']), (['畲家山歌·彩带歌'], 4, ['雷春兰', '雷建华'])]),  # folk_plain_singer_recorder
    ("花儿·搬下山来日子旺\n\n山里的路是羊肠道，\n\n走一回磨破了鞋；\n\n柏油路修到了家门口，\n\n班车把尕妹接上了街。\n\n演唱：马占福\n\n搜集整理：海　燕\n\n注：尕妹，方言，指心上人。\n\n县城新建农贸市场投用\n\n本报讯（记者 李　华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。",
     [(['花儿·搬下山来日子旺'], 5, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # folk_note_after_credits
    ("民间故事\n\n金鸡岭的传说\n\n很早以前，金鸡岭下住着一户姓王的人家，家里只有母子二人，靠打柴为生。\n\n有一天，儿子上山打柴，看见一只金色的公鸡站在山顶上，朝着太阳啼叫。\n\n讲述：王德福（84岁）\n\n搜集整理：李　明\n\n县城新建农贸市场投用\n\n本报讯（记者 李　华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。",
     [(['民间故事', '金鸡岭的传说'], 4, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # folk_tale_teller_collector
    ("小剧场里的老戏迷\n\n本报记者　谷　雨\n\n每到周六下午，淮阳大剧院的小剧场里总是坐满了白发苍苍的老戏迷。\n\n戏迷　孙桂芝\n\n今年72岁的孙桂芝是这里的常客，十几年来，她几乎没有落下过一场戏。\n\n“我年轻时候就爱唱戏，现在退休了，更离不开了。”她说。\n\n戏迷　马德明\n\n马德明是从邻县专程赶来的，每次来回要坐三个多小时的班车。\n\n“来这里听戏，比什么都强。”马德明说。\n\n县城新建农贸市场投用\n\n本报讯（记者 李　华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。",
     [(['小剧场里的老戏迷'], 7, ['谷雨']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # ximi_profile_subheads
    ("城东新事\n\n本报记者　周　敏\n\n城东街道老旧小区改造完成后，居民的日子越过越舒心。\n\n桂花苑小区　业主　顾明辉\n\n顾明辉在小区住了二十多年，最头疼的就是停车。\n\n如今小区新建了停车位，他再也不用为停车发愁了。\n\n翠湖花园　业主　张丽\n\n张丽说，她最满意的是小区里新建的儿童乐园。\n\n县城新建农贸市场投用\n\n本报讯（记者 李　华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。",
     [(['城东新事'], 6, ['周敏']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # reader_home_spaced_profile
    ("本周我市菜价小幅回落\n\n本报讯（记者 王　伟）记者昨日走访城区各农贸市场发现，受天气转好影响，本周我市菜价小幅回落。\n\n蔬菜价格\n\n本周蔬菜价格普遍下降，叶菜类降幅较大。\n\n白菜　1.20元/斤\n\n土豆　1.50元/斤\n\n西红柿　3.00元/斤\n\n猪肉价格\n\n本周猪肉价格保持稳定。\n\n前腿肉　13.00元/斤\n\n后腿肉　14.00元/斤\n\n五花肉　15.00元/斤\n\n市场监管部门提醒，市民购买时要注意查看商品标签。\n\n县城新建农贸市场投用\n\n本报讯（记者 李　华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。",
     [(['本周我市菜价小幅回落'], 12, ['王伟']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # price_story_subheads
    ("我县全力应对今年第3号洪水\n\n本报讯（记者 周　敏）受上游强降雨影响，今年第3号洪水昨日通过我县境内，县防指启动防汛三级应急响应。\n\n主要站点水情\n\n截至今日8时，全县各主要站点水位如下：\n\n澜江干流：云渡站41.26米，超警戒0.26米\n\n石溪河：石溪站38.70米，低于警戒0.30米\n\n清水河：清水站35.12米，超警戒0.12米\n\n目前，全县已转移受威胁群众1200余人，未发生人员伤亡。\n\n县城新建农贸市场投用\n\n本报讯（记者 李　华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。",
     [(['我县全力应对今年第3号洪水'], 7, ['周敏']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # price_flood_story
    ("我县启动冬季供暖\n\n本报讯（记者 丁　宁）11月15日零时起，我县城区集中供暖正式启动，供暖面积达320万平方米。\n\n县供热公司已提前完成管网检修和试运行。\n\n■相关资讯\n\n今年我县新增供暖面积28万平方米，惠及居民3200余户。\n\n供热服务热线：0951-12345\n\n县城新建农贸市场投用\n\n本报讯（记者 李　华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。",
     [(['我县启动冬季供暖'], 4, ['丁宁']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # dig_related_info_marked
    ("一碗热饭暖人心\n本报讯（记者 丁　宁 实习生 \n田　甜）中午11点半，柳沟乡红\n泉村“暖心食堂”里飘出阵阵饭\n香。羊肉臊子面、炒土豆丝、凉\n拌菠菜，热气腾腾的饭菜端上桌，\n二十多位老人围坐在一起，边吃\n边拉家常。\n马莲滩镇：全面推行“门前三包”\n责任制，组织干部群众开展冬季\n村庄清洁行动，清理柴草堆、垃\n圾堆180余处，村容村貌明显改善。\n青岭镇：护林员开启冬季巡山模\n式，32名护林员坚持每天巡山。\n",
     [(['一碗热饭暖人心'], 3, ['丁宁'])]),  # town_flush_test_like
    ("山村新变化\n\n本报记者　杨　帆\n\n走进杨岔乡，新修的水泥路通到了家家户户门口。\n\n收入多了，日子好了\n\n许多，村民们脸上的笑容也多了。\n\n村党支部书记马国栋说，下一步，村里还要发展乡村旅游。\n\n县城新建农贸市场投用\n\n本报讯（记者 李　华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。",
     [(['山村新变化'], 3, ['杨帆']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # pair_frag_paragraph_cut
    ("淮阳日报\n\n学习贯彻全会精神　奋力谱写新篇章\n\n2025年12月9日　星期二　第1版\n\n本报讯（记者 谷　雨）12月8日，市委理论学习中心组举行集体学习，深入学习贯彻全会精神。",
     [(['学习贯彻全会精神 奋力谱写新篇章'], 1, ['谷雨'])]),  # motto_lead_headline_before_date
    ("花儿唱出新生活\n\n本报记者　杨　帆\n\n初冬的新泉镇，山梁上已经落了一层薄雪。村里的文化广场上，花儿歌手马占福正在给村民们唱新编的花儿。\n\n山里的路是羊肠道，\n\n走一回磨破了鞋；\n\n柏油路修到了家门口，\n\n班车把尕妹接上了街。\n\n演唱：马占福\n\n一曲唱罢，掌声四起。马占福告诉记者，这首花儿是他根据村里的变化新编的。\n\n“日子好了，歌也多了。”他说。\n\n县城新建农贸市场投用\n\n本报讯（记者 李　华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。",
     [(['花儿唱出新生活'], 6, ['杨帆']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # folk_song_quoted_in_feature
    ("县城新建农贸市场投用\n　　本报讯（记者 李　华）日前，\n县城新建的农贸市场正式投入使用，\n200多个摊位全部入驻。\n\n花儿·搬下山来日子旺\n山里的路是羊肠道，\n走一回磨破了鞋；\n柏油路修到了家门口，\n班车把尕妹接上了街。\n演唱：马占福\n搜集整理：海　燕\n",
     [(['县城新建农贸市场投用'], 1, ['李华']), (['花儿·搬下山来日子旺'], 4, ['马占福', '海燕'])]),  # folk_wrapped_song_box
    ("各乡镇秋粮收购进度\n本报讯（记者 丁　宁）截至11月\n底，全县秋粮收购进度过半，各乡\n镇情况如下。\n马莲滩镇：已收购玉米1.2万吨占\n计划的62%。\n青岭镇：已收购玉米0.8万吨占计划\n的55%。\n",
     [(['各乡镇秋粮收购进度'], 3, ['丁宁'])]),  # town_flush_qa_para
    ("送戏下乡暖民心\n\n本报讯（记者 谷　雨）12月6日，县豫剧团走进城关镇，为群众送上一场精彩的豫剧专场演出。\n\n演出结束后，不少村民还意犹未尽。\n\n戏迷　马德明\n\n今年75岁的马德明是村里有名的老戏迷，他一场不落地看完了演出。\n\n县城新建农贸市场投用\n\n本报讯（记者 李　华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。",
     [(['送戏下乡暖民心'], 4, ['谷雨']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # ximi_caption_in_story
]




def test_a_supplements_name_over_the_papers_name_and_date_is_the_header():
    page = banmian.rebuild("\n\n".join(["刺桐", "沧屿侨报　2025年12月16日", "第4版　副刊·刺桐", "阿嬷的番客篮",
                                        "阿嬷房里有一只竹编的提篮，篮身漆成暗红色，盖子上画着两朵牡丹。"]))
    assert page.furniture[:2] == ["刺桐", "沧屿侨报 2025年12月16日"] and page.date == "2025-12-16"
    assert page.articles[0].headline == ["阿嬷的番客篮"]


@pytest.mark.parametrize("joiner", ["\n\n", "\n"])
def test_a_songs_words_writer_under_its_title_and_its_singer_under_its_note_sign_it(joiner):
    text = joiner.join(["南音新曲", "渔港月夜", "庄文山　词", "月娘光光照渔港，", "船仔一只一只靠岸旁。", "阿娘倚门等君返，", "海风吹冷伊的衫。",
                        "注：本曲采用【长滚】门头，五空管。", "演唱：黄丽娟（县南音传习中心）", "记谱：许德明", "南音小知识",
                        "南音，又称“弦管”，是流行于闽南及海外闽南人聚居地区的古老乐种。"])
    song, note = banmian.rebuild(text).articles
    assert song.headline == ["南音新曲", "渔港月夜"] and len(song.paragraphs) == 5
    assert song.byline.reporters == ["庄文山", "黄丽娟", "许德明"] and note.headline == ["南音小知识"]


def test_a_boxes_unmarked_items_each_signed_stay_under_its_marked_label():
    text = "\n\n".join(["寻根之旅", "12月13日，30名华裔青少年在洋坂乡学习制作土楼模型。", "通讯员　庄　晓　摄", "●侨界动态",
                        "12月8日，县侨联第九次代表大会召开，选举产生新一届领导班子。（通讯员 许雅琴）",
                        "近日，县侨联“侨胞之家”在东澳镇揭牌。（通讯员 洪晓燕）"])
    photo, box = banmian.rebuild(text).articles
    assert box.headline == ["●侨界动态"] and len(box.paragraphs) == 2


def test_a_letter_to_the_papers_editors_opens_on_its_salutation():
    text = "\n\n".join(["海外乡亲来信", "家乡的面线糊，还是那个味", "《沧屿侨报》编辑部：",
                        "我是旅居马来西亚槟城的沧屿人，今年回乡参加恳亲大会，又吃到了家乡的面线糊。", "马来西亚槟城　林美华"])
    letter = banmian.rebuild(text).articles[0]
    assert letter.headline == ["海外乡亲来信", "家乡的面线糊，还是那个味"] and letter.paragraphs[0] == "《沧屿侨报》编辑部："


def test_an_honour_roll_closes_on_its_issuer_and_day_and_an_organisers_field_stays_in_its_box():
    text = "\n\n".join(["光荣榜", "2025年度桐溪县“最美家庭”名单", "经推荐、评审和公示，以下家庭获评2025年度桐溪县“最美家庭”。",
                        "青石镇：罗秀英家庭　陈德明家庭", "白鹭镇：汪春生家庭　鲁晓芳家庭", "桐溪县妇女联合会", "2025年12月10日",
                        "讲座预告", "“蓼川讲坛”第128讲", "题目：数字时代的古籍保护与活化利用", "时间：12月19日（星期五）14:30",
                        "主讲人：戚望舒", "主办：校图书馆　人文社科处", "欢迎全校师生参加。",
                        "家庭教育指导服务站实现乡镇全覆盖", "本报讯（通讯员 冷　月）近日，全县12个乡镇全部建成家庭教育指导服务站。"])
    roll, talk, story = banmian.rebuild(text).articles
    assert roll.paragraphs[-2:] == ["桐溪县妇女联合会", "2025年12月10日"]
    assert talk.paragraphs[-2:] == ["主办：校图书馆 人文社科处", "欢迎全校师生参加。"]
    assert story.headline == ["家庭教育指导服务站实现乡镇全覆盖"]


def test_a_box_of_after_match_sayings_under_a_table_and_a_volunteers_diary_signed_by_college_and_name():
    table_and_sayings = "\n\n".join(["常规赛最终积分榜", "名次　球队　胜　负　积分", "1　雁川飞鹰　12　2　26", "2　渠阳铁骑　11　3　25",
                                      "注：胜一场积2分，负一场积1分。", "赛后说", "“我们输在了细节上。”——渠阳铁骑队主教练　祁振东",
                                      "“教练和队友一直相信我。”——雁川飞鹰队后卫　韦天昊"])
    table, sayings = banmian.rebuild(table_and_sayings).articles
    assert sayings.headline == ["赛后说"] and len(sayings.paragraphs) == 2
    diary = banmian.rebuild("\n\n".join(["志愿者日记", "送药路上的第十七天", "12月9日　星期二　小雪",
                                          "早上七点，我和搭档骑着电动车出发，给社区的独居老人送药。",
                                          "回到学校已是傍晚，我在本子上写下：第十七天，送药二十三份。", "岚州师范学院志愿者　唐　悦"])).articles[0]
    assert diary.byline.reporters == ["唐悦"]


@pytest.mark.parametrize("joiner", ["\n\n", "\n"])
def test_a_songs_singer_and_collector_under_its_title_sign_it_over_its_verses(joiner):
    text = joiner.join(["东北民歌", "送粮谣", "演唱：刘凤霞", "搜集整理：白桦岗农场文化站　孙立民", "腊月里来雪花飘，", "套上马车送公粮。",
                        "大豆金黄稻米白，", "一车更比一车强。", "哎嗨哎嗨哟，", "一车更比一车强。"])
    song = banmian.rebuild(text).articles[0]
    assert song.headline == ["东北民歌", "送粮谣"] and len(song.paragraphs) == 6
    assert song.byline.reporters == ["刘凤霞", "孙立民"]


def test_a_photo_credited_to_a_forest_farms_man_closes_its_caption():
    text = "\n\n".join(["雪乡夜色", "入夜，椴木沟雪乡的木屋亮起红灯笼，游客在雪韵大街上拍照留念。", "椴木沟林场　赵德新　摄",
                        "雪落黑土地", "五道岔农场　曲红梅", "雪落下来的时候", "黑土地就睡了", "梦里是来年的麦浪"])
    photo, poem = banmian.rebuild(text).articles
    assert photo.kind == "photo" and photo.byline.photographers == ["赵德新"] and poem.headline == ["雪落黑土地"]


def test_a_front_pages_index_of_pages_before_titles_and_who_runs_the_paper_are_the_header():
    page = banmian.rebuild("\n\n".join(["青岚垦区报", "主管：青岚农垦集团有限公司", "主办：青岚垦区报社", "2025年12月19日　星期五",
                                        "第1版　要闻", "本期导读", "2版　白桦岗农场：冬储粮入仓过九成", "3版　一位护林员的巡山日记",
                                        "垦区冬储粮入仓超百万吨", "本报讯（记者 于海涛）截至12月18日，垦区冬储粮入仓突破百万吨。"]))
    assert "主管：青岚农垦集团有限公司" in page.furniture and "3版 一位护林员的巡山日记" in page.furniture
    assert page.articles[0].headline == ["垦区冬储粮入仓超百万吨"]


def test_a_box_of_safety_maxims_after_a_case_and_a_notices_addressees_are_read_as_such():
    text = "\n\n".join(["事故案例", "一起动火作业闪爆事故的教训", "事故经过", "某日，一名焊工在污油罐附近动火作业时发生闪爆。",
                        "防范措施", "1.动火作业前必须对设备进行隔离、清洗和置换。", "安全警句", "一次违章或许侥幸，次次违章必出事故。",
                        "伴热多查一遍，装置多稳一天。", "关于预订2026年度农业生产资料的公告", "各管理区、各种植户：",
                        "为做好2026年度农业生产资料供应工作，现将有关事项公告如下。"])
    case, maxims, notice = banmian.rebuild(text).articles
    assert maxims.headline == ["安全警句"] and len(maxims.paragraphs) == 2
    assert notice.headline == ["关于预订2026年度农业生产资料的公告"] and notice.paragraphs[0] == "各管理区、各种植户："


# Session 65's second review: pages the later rules first read wrongly (a spaced label ending on 词 no lyricist, a
# feature's quoted song and its singer, a feature quoting rules or a story its experts' reminders, a profile's subject
# over his photo, a story's 用工信息 subhead): each article's headline, count of paragraphs and reporters
SESSION_65_SECOND_REVIEW_PAGES = [
    ("诗　词\n\n七律·秋日登山\n\n秋风送爽上高台，\n\n万壑千岩次第开。\n\n红叶满山如画卷，\n\n白云深处故人来。\n\n张建国\n\n五绝·冬夜\n\n寒夜灯如豆，\n\n窗前雪似花。\n\n围炉煮新茶，\n\n一室话桑麻。\n\n李文秀",
     [(['诗 词', '七律·秋日登山'], 4, ['张建国']), (['五绝·冬夜'], 4, ['李文秀'])]),  # A7_spaced_label_shici
    ("诗　词\n七律·秋日登山\n秋风送爽上高台，\n万壑千岩次第开。\n红叶满山如画卷，\n白云深处故人来。\n张建国\n\n五绝·冬夜\n寒夜灯如豆，\n窗前雪似花。\n围炉煮新茶，\n一室话桑麻。\n李文秀\n",
     [(['诗 词', '七律·秋日登山'], 4, ['张建国']), (['五绝·冬夜'], 4, ['李文秀'])]),  # M2_wrapped_shici_label
    ("诗　词\n\n卜算子·咏梅\n\n风雨送春归，\n\n飞雪迎春到。\n\n已是悬崖百丈冰，\n\n犹有花枝俏。\n\n马玉兰",
     [(['诗 词', '卜算子·咏梅'], 4, ['马玉兰'])]),  # G8_ci_tune_title
    ("新　词\n\n山村的夜\n\n月亮爬上山岗，\n\n灯火点亮村庄；\n\n广场舞的音乐，\n\n飘过新修的院墙。\n\n马玉兰",
     [(['新 词', '山村的夜'], 3, ['马玉兰'])]),  # G10_xinci_title
    ("贺　词\n\n值此新年来临之际，县委、县政府向全县广大干部群众致以新年的祝福！\n\n过去的一年，全县上下团结一心、砥砺奋进，经济社会发展取得新成效。\n\n中共沅峒县委　沅峒县人民政府\n\n2025年12月31日",
     [(['贺 词'], 4, [])]),  # A8_spaced_title_heci
    ("答　谢　词\n\n尊敬的各位领导、各位来宾：\n\n今天，我们欢聚一堂，共同庆祝县老年书法协会成立。\n\n在此，我代表协会全体会员表示衷心的感谢！\n\n县老年书法协会会长　马建国",
     [(['答 谢 词'], 4, ['马建国'])]),  # G12_daxieci
    ("感动沅峒2025年度人物\n\n马国栋：三十年坚守山村讲台\n\n本报记者　杨　帆\n\n三十年前，19岁的马国栋走上了村小的讲台，这一站就是三十年。\n\n如今，他教过的学生中有40多人考上了大学。\n\n颁　奖　词\n\n三尺讲台，一生坚守。你用粉笔书写青春，用爱心点亮山村孩子的梦想。\n\n县城新建农贸市场投用\n\n本报讯（记者 李　华）日前，县城新建的农贸市场正式投入使用。",
     [(['感动沅峒2025年度人物', '马国栋：三十年坚守山村讲台'], 4, ['杨帆']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # A9_spaced_banjiangci
    ("一首歌唱响一座城\n\n本报记者　谷　雨\n\n《家乡的小河》是县文化馆创作的一首新歌，近日在网上走红。\n\n歌　词\n\n家乡的小河弯又长，\n\n河水清清映月光；\n\n小时候我在河边走，\n\n妈妈的歌声伴我长。\n\n县城新建农贸市场投用\n\n本报讯（记者 李　华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。",
     [(['一首歌唱响一座城'], 5, ['谷雨']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # G7_label_geci
    ("山歌唱出好日子\n本报记者　雷　鸣\n　　在鹤垟乡金竹坑村，年过七旬的蓝\n秀英是远近闻名的山歌手。她清了清\n嗓子，唱起了新编的山歌：\n　　党的政策暖人心，\n　　畲乡处处换新颜；\n　　家家住上新楼房，\n　　幸福日子比蜜甜。\n演唱：蓝秀英\n　　唱罢，老人笑着说：“这些年村里\n变化太大了，不唱出来心里憋得慌。”\n",
     [(['山歌唱出好日子'], 7, ['雷鸣'])]),  # F10_wrapped_song_in_feature
    ("山歌唱出好日子\n\n本报记者　雷　鸣\n\n在鹤垟乡金竹坑村，年过七旬的蓝秀英是远近闻名的山歌手。\n\n她清了清嗓子，唱起了新编的山歌：\n\n党的政策暖人心，\n\n畲乡处处换新颜；\n\n家家住上新楼房，\n\n幸福日子比蜜甜。\n\n演唱：蓝秀英\n\n一曲唱罢，掌声四起。\n\n村党支部书记雷建华说，村里正在筹建山歌传习所，让更多年轻人学唱山歌。\n\n县城新建农贸市场投用\n\n本报讯（记者 李　华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。",
     [(['山歌唱出好日子'], 9, ['雷鸣']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # L1_feature_song_short_para_after
    ("小小村规民约　管出文明新风\n\n本报记者　石　慧\n\n走进猛科村，村道干净整洁，房前屋后花木扶疏。\n\n这些变化，得益于村里新修订的村规民约。\n\n村规民约\n\n第一条　红白喜事从简办理，不大操大办。\n\n第二条　不乱倒垃圾，不乱堆柴草。\n\n村党支部书记向正林说，村规民约实施一年来，全村没有一户大操大办。\n\n“规矩立起来了，风气就正了。”向正林说。\n\n县城新建农贸市场投用\n\n本报讯（记者 李　华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。",
     [(['小小村规民约 管出文明新风'], 7, ['石慧']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # C1_feature_quotes_rules
    ("小小村规民约　管出文明新风\n本报记者　石　慧\n　　走进猛科村，村道干净整洁。这些变\n化，得益于村里新修订的村规民约。\n村规民约\n　　第一条　红白喜事从简办理，不大操\n大办。\n　　第二条　不乱倒垃圾，不乱堆柴草。\n　　村党支部书记向正林说，村规民约实\n施一年来，全村没有一户大操大办。\n",
     [(['小小村规民约 管出文明新风'], 5, ['石慧'])]),  # K8_wrapped_feature_rules
    ("我县发布《文明养犬公约》\n\n本报讯（记者 龙　娟）12月1日，县文明办发布《沅峒县文明养犬公约》，倡导市民文明养犬。\n\n文明养犬公约\n\n第一条　依法办理养犬登记，按时为犬只接种狂犬疫苗。\n\n第二条　携犬出户时束犬链，主动避让行人。\n\n县文明办有关负责人表示，将组织志愿者开展文明养犬宣传。\n\n县城新建农贸市场投用\n\n本报讯（记者 李　华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。",
     [(['我县发布《文明养犬公约》'], 5, ['龙娟']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # C4_story_subhead_gongyue
    ("城关小学开展“守则”教育月活动\n\n本报讯（通讯员 王　丽）9月以来，城关小学开展《小学生守则》教育月活动。\n\n学校自编班级守则\n\n第一条　按时到校，不迟到，不早退。\n\n第二条　爱护公物，节约用水用电。\n\n活动开展以来，学生文明习惯明显改善。\n\n县城新建农贸市场投用\n\n本报讯（记者 李　华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。",
     [(['城关小学开展“守则”教育月活动'], 5, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # K9_school_code_quoted
    ("流感进入高发期　专家提醒做好防护\n\n本报讯（记者 丁　宁）入冬以来，我县流感病例明显增多，县人民医院发热门诊日接诊量超过300人次。\n\n专家提醒\n\n市疾控中心：老年人、儿童等重点人群要尽早接种流感疫苗。\n\n县人民医院：出现发热等症状要及时就医，不要自行服用抗生素。\n\n据悉，全县已设立流感疫苗接种点42个。\n\n县城新建农贸市场投用\n\n本报讯（记者 李　华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。",
     [(['流感进入高发期 专家提醒做好防护'], 5, ['丁宁']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # C7_story_expert_reminder
    ("流感进入高发期　专家提醒做好防护\n　　本报讯（记者 丁　宁）入冬以来，\n我县流感病例明显增多。\n专家提醒\n　　市疾控中心：老年人、儿童等重点人\n群要尽早接种流感疫苗。\n　　县人民医院：出现发热等症状要及时\n就医，不要自行服用抗生素。\n　　据悉，全县已设立流感疫苗接种点42\n个。\n",
     [(['流感进入高发期 专家提醒做好防护'], 5, ['丁宁'])]),  # M3_wrapped_expert_tips_story
    ("冬季进补有讲究\n\n本报记者　丁　宁\n\n入冬以来，不少市民开始进补。冬季进补应注意什么？记者采访了县中医院主任医师王建华。\n\n医生提醒\n\n记者：冬季进补是不是越补越好？\n\n王建华：不是。进补要因人而异，体质不同，进补的方法也不同。\n\n记者：哪些人不适合进补？\n\n王建华：感冒发烧、消化不良的人不宜进补。\n\n县城新建农贸市场投用\n\n本报讯（记者 李　华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。",
     [(['冬季进补有讲究'], 6, ['丁宁']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # C8_interview_under_tixing
    ("我县迎来今冬首场降雪\n\n本报讯（记者 周　敏）12月3日夜间起，我县出现今冬首场降雪，城区积雪深度达5厘米。\n\n县气象台预计，此次降雪将持续到5日，最低气温降至零下8℃。\n\n温馨提示\n\n出行：雨雪天气路面湿滑，请减速慢行，尽量乘坐公共交通。\n\n农业：及时加固温室大棚，清扫棚面积雪，防止大棚坍塌。\n\n县城新建农贸市场投用\n\n本报讯（记者 李　华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。",
     [(['我县迎来今冬首场降雪'], 5, ['周敏']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # C6_weather_story_tips
    ("身边的榜样\n\n田埂上的“土专家”\n\n三十年来，马春生跑遍了全县200多个村，手把手教农民种地。\n\n谈起未来，他说：“只要农民需要，我就一直干下去。”\n\n县农业技术推广中心高级农艺师　马春生\n\n马春生在田间查看小麦长势。　记者　杨　帆　摄",
     [(['身边的榜样', '田埂上的“土专家”'], 2, []), (['县农业技术推广中心高级农艺师 马春生'], 1, [])]),  # I1_profile_identity_over_caption
    ("侨乡人物\n\n守护侨批的人\n\n二十年来，洪文华走遍侨乡，收集侨批3000余封。\n\n他说：“侨批是侨乡的根，不能丢。”\n\n县侨批文化研究会　洪文华\n\n洪文华在整理侨批。　记者　洪雅琳　摄",
     [(['侨乡人物', '守护侨批的人'], 2, []), (['县侨批文化研究会 洪文华'], 1, [])]),  # I2_profile_member_over_caption
    ("我县举办冬季招聘会\n\n本报讯（记者 龙　娟）12月1日，县冬季招聘会在县体育馆举行，86家企业提供岗位2300余个。\n\n企业用工信息\n\n据统计，今年全县企业用工需求达1.2万人，主要集中在电子信息、食品加工等行业。\n\n县人社局负责人表示，将持续做好就业服务。\n\n县城新建农贸市场投用\n\n本报讯（记者 李　华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。",
     [(['我县举办冬季招聘会'], 4, ['龙娟']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # J5_story_subhead_yonggong
]




def test_a_rate_boxs_month_under_its_title_is_the_titles_line():
    text = "\n\n".join(["人民币存款挂牌利率", "（2025年12月）", "项目　　年利率（%）", "活期存款　0.10", "三个月　0.80", "一年　1.20"])
    box = banmian.rebuild(text).articles[0]
    assert box.headline == ["人民币存款挂牌利率", "（2025年12月）"] and len(box.paragraphs) == 4


def test_a_songs_kicker_and_title_over_its_credits_after_a_poem_signed_under_its_title_head_the_song():
    text = "\n".join(["雪落黑土地", "五道岔农场　曲红梅", "雪落下来的时候", "黑土地就睡了", "它在梦里", "听种子", "在很深很深的地方",
                      "数着日子", "", "二人转小帽", "猫冬乐", "演唱：关德奎（满族）", "搜集整理：白桦岗农场文化站　李秋实", "小北风呀刮呀刮，",
                      "大雪封了门前洼。", "场院粮食进了仓，", "一家老少乐哈哈。"])
    poem, song = banmian.rebuild(text).articles
    assert poem.paragraphs[-1] == "数着日子" and song.headline == ["二人转小帽", "猫冬乐"]
    assert song.byline.reporters == ["关德奎", "李秋实"]


def test_a_commentary_has_no_subheads_so_a_box_titled_under_it_is_the_next_piece():
    text = "\n\n".join(["林草时评", "防火不能只靠“喊”", "每到防火期，标语挂满了路口，广播响遍了村庄。", "防火为什么难？",
                        "森林草原防火，功夫在平时。只有把工作做在前面，才能在关键时刻守住青山。",
                        "未来一周全省森林火险等级预报", "北部林区：四级（高度危险）", "中部丘陵区：三级（较高危险）"])
    commentary, box = banmian.rebuild(text).articles
    # (its question is its text)
    assert len(commentary.paragraphs) == 3 and box.headline == ["未来一周全省森林火险等级预报"] and len(box.paragraphs) == 2


def test_a_pen_name_under_a_commentarys_title_is_its_byline():
    text = "\n\n".join(["短评", "让老手艺织出新“钱景”", "椰　石", "一台腰织机、一把木梭，织出的是黎族千年的记忆。",
                        "传承人是非遗的“活水源头”。"])
    commentary = banmian.rebuild(text).articles[0]
    assert commentary.headline == ["短评", "让老手艺织出新“钱景”"] and commentary.byline.reporters == ["椰石"]


def test_a_box_of_numbered_questions_and_answers_holds_no_subhead():
    text = "\n\n".join(["政策问答", "个税汇算，这些问题您问得最多", "1．问：哪些纳税人需要办理汇算？", "答：已预缴税额大于应纳税额且申请退税的。",
                        "2．问：汇算可以委托别人代办吗？", "答：可以。纳税人可以自行办理，也可以委托单位办理。", "12月办税日历",
                        "12月1日至15日　办理11月增值税、个人所得税等税费申报缴纳", "12月31日前　确认2026年度专项附加扣除信息", "税法宣传进社区",
                        "本报讯（通讯员 黄启明）12月5日，市税务局青年志愿者走进社区，为居民讲解个税汇算知识。"])
    answers, calendar, _ = banmian.rebuild(text).articles
    assert len(answers.paragraphs) == 4 and calendar.headline == ["12月办税日历"] and len(calendar.paragraphs) == 2


def test_a_village_and_name_under_an_essay_told_in_the_first_person_is_its_byline():
    text = "\n\n".join(["阿爸的小木船", "我家的小木船，是阿爸四十岁那年亲手造的。", "我十岁那年夏天，第一次跟阿爸出海。",
                        "我忽然明白，这条小木船载着的，是阿爸的大半辈子。", "鲎尾村　莫海生", "渔港夜泊", "梁晓鸥", "归来的船",
                        "把马达声一盏盏熄灭", "桅灯挂在半空"])
    essay, poem = banmian.rebuild(text).articles
    assert essay.byline.reporters == ["莫海生"] and len(essay.paragraphs) == 3 and poem.headline == ["渔港夜泊"]


def test_a_set_of_poems_by_two_poets_each_signed_under_its_title_is_two_pieces():
    text = "\n\n".join(["海边小诗（二首）", "补网", "吴潮生", "阿婆坐在码头上", "梭子在网眼间穿行", "她补的不是网", "是一家人",
                        "下一个春天的收成", "晒咸鱼", "杨小蔓", "竹排上的鱼", "排成整齐的队伍", "面朝大海", "它们在阳光里"])
    first, second = banmian.rebuild(text).articles
    assert first.headline == ["海边小诗（二首）", "补网"] and len(first.paragraphs) == 5
    assert second.headline == ["晒咸鱼"] and second.byline.reporters == ["杨小蔓"] and len(second.paragraphs) == 4


def test_poems_signed_under_their_titles_a_marked_name_among_them_are_each_a_piece():
    text = "\n\n".join(["椰乡诗笺", "胶林晨曲", "符永坚", "月亮还没回家，", "头灯已在胶林里亮起，", "一刀一刀，", "割开树的沉默。",
                        "白色的乳汁", "顺着螺旋的刀口流淌，", "像一条细细的河，", "流向黎明。", "槟榔树下", "□吉秀兰",
                        "阿婆坐在槟榔树下，", "嚼着一枚青果，", "她说年轻的时候，", "这棵树就在这里。"])
    first, second = banmian.rebuild(text).articles
    assert first.headline == ["椰乡诗笺", "胶林晨曲"] and first.byline.reporters == ["符永坚"]
    assert first.paragraphs[2:4] == ["一刀一刀，", "割开树的沉默。"] and len(first.paragraphs) == 8
    assert second.headline == ["槟榔树下"] and len(second.paragraphs) == 4


def test_a_box_of_days_or_of_a_ranking_after_a_brief_is_a_piece_of_its_own():
    brief = ["学生科创大赛获佳绩", "本报讯（记者 易　澄）日前，全省青少年科技创新大赛结果揭晓，我市代表队获奖总数居全省第二。"]
    days = ["本月天象", "12月14日　双子座流星雨迎来极大，适合在远离城市灯光的地方观测。", "12月21日　冬至。这一天北半球白昼最短。"]
    ranking = ["本周畅销书榜", "1．《小城医生》　葛青禾　著", "2．《北方的河流》　闻　舟　著", "3．《潮汐与盐田》　宁海川　著"]
    for box in (days, ranking):
        story, boxed = banmian.rebuild("\n\n".join(brief + box)).articles
        assert len(story.paragraphs) == 1 and boxed.headline == box[:1] and len(boxed.paragraphs) == len(box) - 1


def test_a_notice_to_a_groups_units_signed_by_two_bodies_closes_on_its_date():
    text = "\n\n".join(["关于云岭高速界牌岭隧道实施交通管制的通告", "集团各单位：", "一、管制时间：2025年12月15日至2026年2月28日。",
                        "二、管制路段：云岭高速东段K86+300至K98+700路段。", "特此通告。", "岭西省公安厅高速公路交通警察总队",
                        "岭西省交通运输厅公路事业发展中心", "2025年12月10日", "全省开展冬季道路运输安全隐患排查",
                        "本报讯（通讯员 周启航）12月1日起，省交通运输厅在全省开展冬季道路运输安全隐患排查整治行动。"])
    notice, story = banmian.rebuild(text).articles
    assert notice.paragraphs[0] == "集团各单位：" and notice.paragraphs[-1] == "2025年12月10日"
    assert story.headline == ["全省开展冬季道路运输安全隐患排查"]


def test_a_salt_works_and_name_under_an_essay_signs_it():
    text = "\n\n".join(["冬日盐滩", "冬天是晒盐的好时候。雨水少，风大，卤水却蒸发得快。", "收盐的日子最热闹。工友们裹着厚棉袄，却都笑着。",
                        "北沙盐场　韩晓东", "关于开展食盐批发企业核查的通知", "各市级分公司：", "集团决定开展2026年度核查。"])
    essay, notice = banmian.rebuild(text).articles
    assert essay.byline.reporters == ["韩晓东"] and notice.headline == ["关于开展食盐批发企业核查的通知"]


def test_two_bodies_on_one_line_under_a_box_of_tips_sign_it():
    text = "\n\n".join(["温馨提示", "冬季出海安全五注意", "①出海前收听天气预报。", "②穿好救生衣。", "③严禁酒后作业。",
                        "县海洋综合执法大队　县渔港管理所", "寻船启事", "12月8日晚，停靠在浪头渔港的“粤澄渔31025”号木质渔船走失。"])
    tips, notice = banmian.rebuild(text).articles
    assert tips.paragraphs[-1] == "县海洋综合执法大队 县渔港管理所" and notice.headline == ["寻船启事"]


def test_a_boxs_last_field_under_its_fields_is_no_heading():
    text = "\n\n".join(["文物小档案", "名称：兽面纹铜斝", "尺寸：通高31.5厘米，口径18.2厘米", "特征：敞口，口沿上立双柱，三锥足。",
                        "现藏：嵩洛市文物考古研究所", "嵩洛古城墙南段修缮工程通过验收", "本报讯（记者 梁砚秋）12月5日，嵩洛古城墙南段修缮工程通过验收。"])
    box, story = banmian.rebuild(text).articles
    assert box.paragraphs[-1] == "现藏：嵩洛市文物考古研究所" and story.headline == ["嵩洛古城墙南段修缮工程通过验收"]


def test_a_cases_measures_numbered_under_its_label_are_its_last_part():
    text = "\n\n".join(["事故警示", "违章进入盲巷　两名工人窒息身亡", "事故经过", "某年3月，一金属矿山停用盲巷内积聚了有毒气体，两名工人进入后晕倒。",
                        "原因分析", "作业人员安全意识淡薄，违章进入未通风的盲巷。", "防范措施", "①停用巷道入口必须设置栅栏。",
                        "②进入停用巷道前，必须先通风、再检测。", "③发生人员窒息时，严禁盲目施救。"])
    (case,) = banmian.rebuild(text).articles
    assert case.paragraphs[-4] == "防范措施" and len(case.paragraphs) == 8


def test_a_diarys_day_under_its_title_among_fragments_opens_its_entry():
    text = "\n\n".join(["安全员日记", "巷道里的第三次敲帮问顶", "12月18日　星期四　小雪", "今天跟早班下到石门矿-280米中段。"])
    (diary,) = banmian.rebuild(text).articles
    assert diary.headline == ["安全员日记", "巷道里的第三次敲帮问顶"] and diary.paragraphs[0] == "12月18日 星期四 小雪"


def test_a_standing_lesson_after_a_signed_piece_is_a_box_of_its_own():
    text = "\n\n".join(["椰乡风物", "山兰米酒", "文/黄　敏", "在椰峒，黎家待客最隆重的，是一坛山兰米酒。",
                        "客人进门，主人要先敬一碗酒，唱一首敬酒歌。", "黎语小课堂",
                        "本期学习几个与稻米有关的黎语日常用语（读音以椰峒一带黎语为准，括号内为汉字注音，仅供参考）：",
                        "米饭——tha（踏）", "米酒——biang tha（比昂踏）", "谢谢——o-ga（喔嘎）", "征稿启事",
                        "本版长期征集反映黎乡生活的散文、诗歌，投稿邮箱：yefeng@163.com。"])
    piece, lesson = banmian.rebuild(text).articles[:2]
    assert len(piece.paragraphs) == 2 and lesson.headline == ["黎语小课堂"] and lesson.paragraphs[0].startswith("本期学习")


# Session 65's third review, of the whole session's change: ordinary pages its rules first read wrongly (a roll's
# next title and date, a story's own 赛后说, 农谚 or 岗位信息 subhead, a feature quoting rules or a story its tips, a
# profile's subject over his photo, a performer over a concert's fields, an interpreter over a talk's, a story quoting a
# song, a lyricist under prose, ■相关资讯, a box's 编辑部：, a box of fans' entries): headline, paragraphs, reporters
SESSION_65_THIRD_REVIEW_PAGES = [
    ("2025年度县级“文明家庭”名单\n\n青石镇：罗秀英家庭　陈德明家庭\n\n白鹭镇：汪春生家庭　鲁晓芳家庭\n\n城关镇：王建平家庭　刘秀英家庭\n\n驻村日记\n\n2025年12月3日\n\n今天一早，我跟着村支书去了趟后山，看望独居的王奶奶。\n\n回来的路上，支书说：“这些老人，最盼的就是有人来说说话。”",
     [(['2025年度县级“文明家庭”名单'], 3, []), (['驻村日记', '2025年12月3日'], 2, [])]),  # A8_roll_then_diary
    ("2025年度县级“文明家庭”名单\n\n青石镇：罗秀英家庭　陈德明家庭\n\n白鹭镇：汪春生家庭　鲁晓芳家庭\n\n城关镇：王建平家庭　刘秀英家庭\n\n致全县文明家庭的一封信\n\n2025年12月10日\n\n各位家长：\n\n你们用实际行动诠释了文明家风，为全县树立了榜样。",
     [(['2025年度县级“文明家庭”名单'], 3, []), (['致全县文明家庭的一封信', '2025年12月10日'], 2, [])]),  # A10_roll_then_letter_dated
    ("2025年度“最美护林员”名录\n\n白桦岗林场：赵德新　曲红梅\n\n椴木沟林场：孙立民　刘凤霞\n\n雪后林海\n\n2025年12月8日\n\n雪后的椴木沟林场银装素裹。　赵德新　摄",
     [(['2025年度“最美护林员”名录'], 2, []), (['雪后林海', '2025年12月8日'], 1, [])]),  # A11_roll_names_list_then_photo_dated
    ("雁川飞鹰主场逆转渠阳铁骑\n\n本报讯（记者 祁　远）12月14日晚，雁川飞鹰队在主场以3:2逆转渠阳铁骑队。\n\n赛后说\n\n“我们输在了细节上。”渠阳铁骑队主教练祁振东说。\n\n“教练和队友一直相信我。”打入制胜球的韦天昊说。\n\n本轮过后，雁川飞鹰以26分继续领跑积分榜，下轮将客场挑战青岚猛虎。\n\n县城新建农贸市场投用\n\n本报讯（记者 李　华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。",
     [(['雁川飞鹰主场逆转渠阳铁骑'], 5, ['祁远']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # C1_match_report_sayings_section_then_prose
    ("雁川飞鹰主场逆转渠阳铁骑\n　　本报讯（记者 祁　远）12月1\n4日晚，雁川飞鹰队在主场以3:2逆\n转渠阳铁骑队。\n赛后说\n　　“我们输在了细节上。”渠阳铁骑\n队主教练祁振东说。\n积分形势\n　　本轮过后，雁川飞鹰以26分继续\n领跑积分榜。\n\n县城新建农贸市场投用\n　　本报讯（记者 李　华）日前，县\n城新建的农贸市场正式投入使用，20\n0多个摊位全部入驻。\n",
     [(['雁川飞鹰主场逆转渠阳铁骑'], 5, ['祁远']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # C3_sayings_section_wrapped
    ("看天种地有讲究\n\n本报讯（记者 周　敏）“瑞雪兆丰年。”入冬以来，我县迎来两场降雪，农民们喜上眉梢。\n\n农谚\n\n“冬天麦盖三层被，来年枕着馒头睡。”\n\n“雪盖麦苗，来年吃饱。”\n\n县农技中心专家介绍，积雪能保墒增温，对小麦越冬十分有利。\n\n下一步，县里将组织农技人员下乡，指导农户做好麦田管理。\n\n县城新建农贸市场投用\n\n本报讯（记者 李　华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。",
     [(['看天种地有讲究'], 6, ['周敏']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # I3_story_subhead_nongyan
    ("看天种地有讲究\n　　本报讯（记者 周　敏）入冬以来，\n我县迎来两场降雪，农民们喜上眉梢。\n气象谚语\n　　“冬天麦盖三层被，来年枕着馒头\n睡。”老农王大爷说，这句谚语他念叨\n了一辈子。\n　　县农技中心专家介绍，积雪能保墒\n增温，对小麦越冬十分有利。\n\n县城新建农贸市场投用\n　　本报讯（记者 李　华）日前，县\n城新建的农贸市场正式投入使用，20\n0多个摊位全部入驻。\n",
     [(['看天种地有讲究'], 4, ['周敏']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # I7_story_subhead_yanyu_wrapped
    ("我县举办冬季招聘会\n\n本报讯（记者 龙　娟）12月1日，县冬季招聘会在县体育馆举行，86家企业提供岗位2300余个。\n\n部分企业岗位信息\n\n青岚石化：操作工20名，月薪5000元以上。\n\n白桦岗食品：质检员5名，月薪4000元以上。\n\n县人社局负责人表示，将持续做好就业服务。\n\n县城新建农贸市场投用\n\n本报讯（记者 李　华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。",
     [(['我县举办冬季招聘会'], 5, ['龙娟']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # H1_jobfair_story_subhead_positions
    ("小小村规民约　管出文明新风\n本报记者　石　慧\n　　走进猛科村，村道干净整洁，房前\n屋后花木扶疏。这些变化，得益于村里\n新修订的村规民约。\n修订后的村规民约\n　　第一条　红白喜事从简办理，不大\n操大办。\n　　第二条　不乱倒垃圾，不乱堆柴草。\n新风扑面来\n　　村党支部书记向正林说，村规民约\n实施一年来，全村没有一户大操大办。\n\n县城新建农贸市场投用\n　　本报讯（记者 李　华）日前，县\n城新建的农贸市场正式投入使用，20\n0多个摊位全部入驻。\n",
     [(['小小村规民约 管出文明新风'], 6, ['石慧']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # L4_feature_rules_then_subhead_wrapped
    ("小小村规民约　管出文明新风\n\n本报记者　石　慧\n\n走进猛科村，村道干净整洁，房前屋后花木扶疏。\n\n这些变化，得益于村里新修订的村规民约。\n\n修订后的村规民约\n\n第一条　红白喜事从简办理，不大操大办。\n\n第二条　不乱倒垃圾，不乱堆柴草。\n\n■新风扑面来\n\n村党支部书记向正林说，村规民约实施一年来，全村没有一户大操大办。\n\n县城新建农贸市场投用\n\n本报讯（记者 李　华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。",
     [(['小小村规民约 管出文明新风'], 7, ['石慧']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # L12_rules_mid_story_marked_subhead
    ("我县发布《文明养犬公约》\n　　本报讯（记者 龙　娟）12月1\n日，县文明办发布《沅峒县文明养犬公\n约》，倡导市民文明养犬。\n文明养犬公约\n　　第一条　依法办理养犬登记，按时\n为犬只接种狂犬疫苗。\n　　第二条　携犬出户时束犬链，主动\n避让行人。\n文明养犬　从我做起\n　　县文明办有关负责人表示，将组织\n志愿者开展文明养犬宣传。\n\n县城新建农贸市场投用\n　　本报讯（记者 李　华）日前，县\n城新建的农贸市场正式投入使用，20\n0多个摊位全部入驻。\n",
     [(['我县发布《文明养犬公约》'], 6, ['龙娟']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # L14_rules_story_wrapped_with_article_paragraph
    ("元旦假期出行高峰预计在1日\n　　本报讯（记者 祁　远）记者从县\n交通运输局获悉，元旦假期全县道路客\n运量预计达12万人次。\n节日出行提示\n　　自驾：出发前检查车况，合理规划\n路线，避开拥堵路段。\n　　乘车：提前购票，不乘坐无营运资\n质的车辆。\n客运班次加密\n　　据介绍，假期期间县汽车站将加开\n城乡客运班次40余班。\n\n县城新建农贸市场投用\n　　本报讯（记者 李　华）日前，县\n城新建的农贸市场正式投入使用，20\n0多个摊位全部入驻。\n",
     [(['元旦假期出行高峰预计在1日'], 6, ['祁远']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # L11_tips_mid_story_then_subhead_wrapped
    ("元旦假期出行高峰预计在1日\n\n本报讯（记者 祁　远）记者从县交通运输局获悉，元旦假期全县道路客运量预计达12万人次。\n\n节日出行提示\n\n自驾：出发前检查车况，合理规划路线，避开拥堵路段。\n\n乘车：提前购票，不乘坐无营运资质的车辆。\n\n■客运班次加密\n\n据介绍，假期期间县汽车站将加开城乡客运班次40余班。\n\n县城新建农贸市场投用\n\n本报讯（记者 李　华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。",
     [(['元旦假期出行高峰预计在1日'], 6, ['祁远']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # L13_tips_mid_story_marked_subhead
    ("寒潮来袭　如何防寒保暖\n\n本报记者　周　敏\n\n受强冷空气影响，我县气温骤降，最低气温降至零下12℃。\n\n记者就防寒保暖采访了相关专家。\n\n专家的防寒提醒\n\n气象专家：这次寒潮持续时间长，市民要及时添衣。\n\n儿科医生：孩子感冒发烧要及时就医，不要自行用药。\n\n县城新建农贸市场投用\n\n本报讯（记者 李　华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。",
     [(['寒潮来袭 如何防寒保暖'], 5, ['周敏']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # L16_story_experts_speaking_by_calling
    ("元旦假期出行高峰预计在1日\n\n本报讯（记者 祁　远）记者从县交通运输局获悉，元旦假期全县道路客运量预计达12万人次，出行高峰预计出现在1月1日上午。\n\n节日出行提示\n\n自驾：出发前检查车况，合理规划路线，避开拥堵路段。\n\n乘车：提前购票，不乘坐无营运资质的车辆。\n\n县城新建农贸市场投用\n\n本报讯（记者 李　华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。",
     [(['元旦假期出行高峰预计在1日'], 4, ['祁远']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # L6_story_holiday_travel_tips
    ("寒潮来袭　全县严阵以待\n\n本报讯（记者 周　敏）受强冷空气影响，12月14日至16日我县将出现寒潮天气，最低气温降至零下12℃。\n\n县气象台重要提醒\n\n城区：做好供暖管网巡查，防止水管冻裂。\n\n山区：提前储备生活物资，减少外出。\n\n县城新建农贸市场投用\n\n本报讯（记者 李　华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。",
     [(['寒潮来袭 全县严阵以待'], 4, ['周敏']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # L9_story_tips_by_place
    ("雪天路滑　事故多发\n\n本报讯（记者 祁　远）12月14日，受降雪影响，县城发生多起交通事故。\n\n交警温馨提醒\n\n司机：雪天行车要减速慢行，保持安全车距。\n\n行人：过马路要走人行横道，注意观察来往车辆。\n\n县城新建农贸市场投用\n\n本报讯（记者 李　华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。",
     [(['雪天路滑 事故多发'], 4, ['祁远']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # L17_story_police_reminder
    ("寒潮来袭　全县严阵以待\n　　本报讯（记者 周　敏）受强冷空\n气影响，12月14日至16日我县将\n出现寒潮天气，最低气温降至零下12\n℃。\n县气象台重要提醒\n　　城区：做好供暖管网巡查，防止水\n管冻裂。\n　　山区：提前储备生活物资，减少外\n出。\n\n县城新建农贸市场投用\n　　本报讯（记者 李　华）日前，县\n城新建的农贸市场正式投入使用，20\n0多个摊位全部入驻。\n",
     [(['寒潮来袭 全县严阵以待'], 4, ['周敏']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # L18_wrapped_story_tips_at_end
    ("身边的榜样\n\n田埂上的“土专家”\n\n三十年来，马春生跑遍了全县200多个村，手把手教农民种地。\n\n谈起未来，他说：“只要农民需要，我就一直干下去。”\n\n县农业技术推广中心高级农艺师　马春生\n\n他在田间查看小麦长势。　记者　杨　帆　摄",
     [(['身边的榜样', '田埂上的“土专家”'], 2, []), (['县农业技术推广中心高级农艺师 马春生'], 1, [])]),  # M1_profile_caption_pronoun
    ("身边的榜样\n\n田埂上的“土专家”\n\n三十年来，马春生跑遍了全县200多个村，手把手教农民种地。\n\n谈起未来，他说：“只要农民需要，我就一直干下去。”\n\n县农业技术推广中心高级农艺师　马春生\n\n马老（右）在田间查看小麦长势。　记者　杨　帆　摄",
     [(['身边的榜样', '田埂上的“土专家”'], 2, []), (['县农业技术推广中心高级农艺师 马春生'], 1, [])]),  # M2_profile_caption_surname_only
    ("侨乡人物\n\n守护侨批的人\n\n二十年来，洪文华走遍侨乡，收集侨批3000余封。\n\n他说：“侨批是侨乡的根，不能丢。”\n\n县侨批文化研究会　洪文华\n\n他在整理侨批。　记者　洪雅琳　摄",
     [(['侨乡人物', '守护侨批的人'], 2, []), (['县侨批文化研究会 洪文华'], 1, [])]),  # M8_profile_learned_body_caption_pronoun
    ("“迎新春”戏曲演唱会\n\n演唱：王丽　张强\n\n时间：1月1日19:30\n\n地点：县文化馆\n\n票价：免费\n\n县城新建农贸市场投用\n\n本报讯（记者 李　华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。",
     [(['“迎新春”戏曲演唱会'], 4, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # E2_concert_notice_fields
    ("“迎新春”戏曲演唱会\n\n演唱：王丽　张强\n\n时间：1月1日19:30\n\n地点：县文化馆\n\n票价：免费",
     [(['“迎新春”戏曲演唱会'], 4, [])]),  # E2b_concert_notice_page_end
    ("畲族民歌音乐会\n\n演唱：蓝秀英　雷美玲\n\n时间：12月20日晚7时\n\n地点：县文化中心\n\n门票：免费领取\n\n县城新建农贸市场投用\n\n本报讯（记者 李　华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。",
     [(['畲族民歌音乐会'], 4, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # E8_song_title_credit_then_fields
    ("新年音乐会曲目\n\n女声独唱　茉莉花\n\n演唱：李晓梅\n\n男声独唱　我的祖国\n\n演唱：王　刚\n\n合唱　歌唱祖国\n\n演唱：县老年合唱团\n\n（节目如有调整，以现场为准）\n\n县城新建农贸市场投用\n\n本报讯（记者 李　华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。",
     [(['新年音乐会曲目'], 7, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # E9b_programme_unnumbered_closed
    ("讲座预告\n\n“丝路文化”系列讲座第6讲\n\n主讲人：约翰·史密斯\n\n翻译：李　明\n\n时间：12月20日14:30\n\n地点：县图书馆报告厅\n\n县城新建农贸市场投用\n\n本报讯（记者 李　华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。",
     [(['讲座预告', '“丝路文化”系列讲座第6讲'], 4, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # S1_lecture_box_translator
    ("讲座预告\n\n“丝路文化”系列讲座第6讲\n\n主讲人：约翰·史密斯\n\n翻译：李　明\n\n时间：12月20日14:30\n\n地点：县图书馆报告厅",
     [(['讲座预告', '“丝路文化”系列讲座第6讲'], 4, [])]),  # S1b_lecture_interpreter_page_end
    ("畲乡山歌进校园\n\n本报讯（记者 雷　鸣）近日，畲族山歌传承人蓝秀英走进鹤垟乡中心小学，教孩子们唱山歌。\n\n课堂上，她唱起了新编的山歌：\n\n党的政策暖人心，\n\n畲乡处处换新颜；\n\n家家住上新楼房，\n\n幸福日子比蜜甜。\n\n演唱：蓝秀英",
     [(['畲乡山歌进校园'], 7, ['雷鸣'])]),  # E4b_lead_story_song_page_end
    ("畲乡山歌进校园\n　　本报讯（记者 雷　鸣）近日，畲\n族山歌传承人蓝秀英走进鹤垟乡中心小\n学，教孩子们唱山歌。课堂上，她唱起\n了新编的山歌：\n　　党的政策暖人心，\n　　畲乡处处换新颜；\n　　家家住上新楼房，\n　　幸福日子比蜜甜。\n演唱：蓝秀英\n",
     [(['畲乡山歌进校园'], 6, ['雷鸣'])]),  # E22_wrapped_lead_story_song_page_end
    ("花儿声里唱新村\n\n搬进新村三年，马占福家的日子越过越红火。\n\n闲下来，他最爱唱几句花儿：\n\n山里的路是羊肠道。\n\n如今修成了柏油路。\n\n新房子盖在川道里。\n\n日子比蜜还要甜。\n\n演唱：马占福",
     [(['花儿声里唱新村'], 7, [])]),  # E17c_unsigned_feature_song_stopped
    ("花儿声里唱新村\n\n本报记者　马　兰\n\n搬进新村三年，马占福家的日子越过越红火。\n\n闲下来，他最爱唱几句花儿。\n\n花儿唱出好日子\n\n山里的路是羊肠道。\n\n如今修成了柏油路。\n\n新房子盖在川道里。\n\n日子比蜜还要甜。\n\n演唱：马占福",
     [(['花儿声里唱新村'], 8, ['马兰'])]),  # E16c_signed_feature_subhead_song_stopped
    ("一首新歌唱家乡\n\n本报记者　谷　雨\n\n近日，由本县音乐人创作的歌曲《家乡的小河》在网上走红。\n\n歌曲由庄文山作词、李明作曲，旋律优美，朗朗上口。\n\n庄文山　词\n\n家乡的小河弯又长。\n\n河水清清映月光。\n\n小时候我在河边走。\n\n妈妈的歌声伴我长。\n\n县城新建农贸市场投用\n\n本报讯（记者 李　华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。",
     [(['一首新歌唱家乡'], 7, ['谷雨']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # E12b_lyricist_feature_end_stopped_verses
    ("一首新歌唱家乡\n\n本报记者　谷　雨\n\n近日，由本县音乐人创作的歌曲《家乡的小河》在网上走红。\n\n歌曲由庄文山作词、李明作曲，旋律优美，朗朗上口。\n\n庄文山　词\n\n家乡的小河弯又长，\n\n河水清清映月光；\n\n小时候我在河边走，\n\n妈妈的歌声伴我长。",
     [(['一首新歌唱家乡'], 6, ['谷雨'])]),  # E12c_lyricist_feature_end_page_end
    ("我县开通首条城乡公交专线\n\n本报讯（记者 祁　远）12月1日，县城至白石镇城乡公交专线开通。\n\n■相关资讯\n\n●县内其他3条城乡公交专线将于明年春节前开通。\n\n县城新建农贸市场投用\n\n本报讯（记者 李　华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。",
     [(['我县开通首条城乡公交专线'], 3, ['祁远']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # P9_related_info_note
    ("我县开通首条城乡公交专线\n\n本报讯（记者 祁　远）12月1日，县城至白石镇城乡公交专线开通。\n\n●相关资讯\n\n县内其他3条城乡公交专线将于明年春节前开通。（通讯员 王　磊）\n\n县城新建农贸市场投用\n\n本报讯（记者 李　华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。",
     [(['我县开通首条城乡公交专线'], 3, ['祁远']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # P9b_related_info_signed
    ("我县开通首条城乡公交专线\n\n本报讯（记者 祁　远）12月1日，县城至白石镇城乡公交专线开通。\n\n■延伸资讯\n\n●乘车可使用“青岚通”APP扫码支付。\n\n●学生、老人凭证享受半价优惠。\n\n县城新建农贸市场投用\n\n本报讯（记者 李　华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。",
     [(['我县开通首条城乡公交专线'], 4, ['祁远']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # P9c_more_info_marked
    ("本版稿件征集\n\n本版常年征集反映基层工作的新闻稿件和图片。\n\n联系方式\n\n编辑部：\n\n0394-8216688\n\n投稿邮箱：hyrb@163.com\n\n县城新建农贸市场投用\n\n本报讯（记者 李　华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。",
     [(['本版稿件征集'], 4, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # J5_contact_box_editorial
    ("戏迷风采\n\n东城区　戏迷　孙桂芝\n\n“唱戏让我年轻了十岁”\n\n孙桂芝今年72岁，唱了五十多年豫剧，是社区戏曲队的“台柱子”。\n\n城关镇　戏迷　张秀兰\n\n“广场就是我的舞台”\n\n张秀兰每天傍晚都到文化广场唱上几段，风雨无阻。\n\n县城新建农贸市场投用\n\n本报讯（记者 李　华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。",
     [(['戏迷风采', '东城区 戏迷 孙桂芝', '“唱戏让我年轻了十岁”'], 4, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # N9_fan_profiles_box_quote_titles
]


# Session 65's fourth review: a 启事 inside a sentence at a printed line's end, a song set to a poem's unstopped lines,
# a story's own 赛后说, 格言 or tips subhead over its next subhead, rules quoted in a feature, a bulletin's title beside
# its day, a lead's two-phrase headline over the date, a contact box's 编辑部：
SESSION_65_FOURTH_REVIEW_PAGES = [
    ("老人走失　全城寻找\n　　本报讯（记者李华）昨天上午，\n城关派出所民警发现一位走失老人。\n县融媒体中心当天就发布了寻人启事\n并转发到各村微信群，不到两小时，\n老人的家属就找到了派出所。\n\n县城新建农贸市场投用\n　　本报讯（记者 李　华）日前，县\n城新建的农贸市场正式投入使用，20\n0多个摊位全部入驻。\n",
     [(['老人走失 全城寻找'], 1, ['李华']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # A1_line_ends_qishi_midsentence
    ("我县启动“最美家乡人”评选\n　　本报讯（记者 周　敏）12月1日，\n我县“最美家乡人”评选活动启动。\n本报今天在第三版刊登了推荐征集启事\n欢迎广大读者积极推荐身边的好人好\n事。评选结果将于明年1月公布。\n\n县城新建农贸市场投用\n　　本报讯（记者 李　华）日前，县\n城新建的农贸市场正式投入使用，20\n0多个摊位全部入驻。\n",
     [(['我县启动“最美家乡人”评选'], 1, ['周敏']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # A2_line_ends_zhengji_qishi
    ("一则启事　两地牵挂\n　　本报上周刊发的那一则寻人启事\n引起了众多读者的关注，不少热心市\n民打来电话提供线索。昨天，走失三\n天的王大爷终于被找到。\n\n县城新建农贸市场投用\n　　本报讯（记者 李　华）日前，县\n城新建的农贸市场正式投入使用，20\n0多个摊位全部入驻。\n",
     [(['一则启事 两地牵挂'], 1, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # A3_first_line_ends_qishi
    ("家乡的小河\n\n□　庄文山\n\n家乡的小河弯又长\n\n河水清清映月光\n\n小时候我在河边走\n\n妈妈的歌声伴我长\n\n我的家乡\n\n演唱：李晓梅",
     [(['家乡的小河'], 6, ['庄文山'])]),  # B1_lyric_poem_singer_at_foot_short_last_verse
    ("采茶谣\n\n雷春兰\n\n三月采茶茶发芽\n\n阿妹上山采新茶\n\n一芽一叶采进篮\n\n采回家中\n\n敬阿妈\n\n演唱：雷春兰\n\n记录整理：雷建华",
     [(['采茶谣'], 7, ['雷春兰'])]),  # B5_poem_song_verses_singer_foot_frag
    ("山歌\n\n□　蓝　岚\n\n哥在山上砍柴火\n\n妹在山下唱山歌\n\n歌声飘过\n\n三道岭\n\n唱得太阳\n\n落下坡\n\n演唱：蓝秀英",
     [(['山歌'], 7, ['蓝岚'])]),  # B8_poem_short_verse_over_verse_then_credit
    ("雁川飞鹰主场逆转渠阳铁骑\n\n本报讯（记者 祁　远）12月14日晚，雁川飞鹰队在主场以3:2逆转渠阳铁骑队。\n\n赛后说\n\n“我们输在了细节上。”——渠阳铁骑队主教练　祁振东\n\n“教练和队友一直相信我。”——雁川飞鹰队后卫　韦天昊\n\n积分形势\n\n本轮过后，雁川飞鹰以26分继续领跑积分榜，下轮将客场挑战青岚猛虎。\n\n县城新建农贸市场投用\n\n本报讯（记者 李　华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。",
     [(['雁川飞鹰主场逆转渠阳铁骑'], 6, ['祁远']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # C1_sayings_section_dash_then_subhead
    ("青岚猛虎明晚迎战雁川飞鹰\n\n本报讯（记者 祁　远）12月20日晚，联赛第十五轮将在县体育馆打响。\n\n赛前说\n\n“我们会全力以赴。”——青岚猛虎队主教练　马　强\n\n“每场都当决赛打。”——雁川飞鹰队队长　韦天昊\n\n购票指南\n\n本场比赛门票已于今日开售，球迷可通过“青岚体育”小程序购买。",
     [(['青岚猛虎明晚迎战雁川飞鹰'], 6, ['祁远'])]),  # C3_prematch_sayings_in_preview
    ("老支书的“家训”\n\n本报记者　杨　帆\n\n在青石村，提起老支书马德山，村民们都竖起大拇指。\n\n老支书的格言\n\n做事先做人，吃亏是福气。\n\n干部不带头，群众不抬头。\n\n如今的青石村\n\n如今，青石村家家户户住上了新房，村集体收入突破百万元。",
     [(['老支书的“家训”'], 6, ['杨帆'])]),  # C4_maxims_subhead_mid_feature
    ("老支书的“家训”\n本报记者　杨　帆\n　　在青石村，提起老支书马德山，村\n民们都竖起大拇指。\n老支书的格言\n　　做事先做人，吃亏是福气。\n　　干部不带头，群众不抬头。\n如今的青石村\n　　如今，青石村家家户户住上了新房。\n\n县城新建农贸市场投用\n　　本报讯（记者 李　华）日前，县\n城新建的农贸市场正式投入使用，20\n0多个摊位全部入驻。\n",
     [(['老支书的“家训”'], 6, ['杨帆']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # C10_maxims_wrapped_subhead
    ("小小村规民约　管出文明新风\n\n本报记者　石　慧\n\n走进猛科村，村道干净整洁，房前屋后花木扶疏。\n\n修订后的村规民约\n\n第一条　红白喜事从简办理，不大操大办。\n\n第二条　不乱倒垃圾，不乱堆柴草。\n\n村老年协会\n\n村老年协会会长向正林说，村规民约实施一年来，全村没有一户大操大办。\n\n县城新建农贸市场投用\n\n本报讯（记者 李　华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。",
     [(['小小村规民约 管出文明新风'], 6, ['石慧']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # D1_feature_rules_then_association_subhead
    ("我县迎来今冬首场降雪\n\n本报讯（记者 周　敏）12月3日夜间起，我县出现今冬首场降雪，城区积雪深度达5厘米。\n\n冬季出行提示\n\n自驾出行：雨雪天气路面湿滑，请减速慢行，保持安全车距。\n\n步行出行：尽量穿防滑鞋，老人和儿童尽量减少外出。\n\n环卫工人连夜除雪\n\n截至4日早上7时，城区主次干道积雪已基本清除。",
     [(['我县迎来今冬首场降雪'], 6, ['周敏'])]),  # E4_tips_story_subhead_then_subhead
    ("我县全力应对今年第3号洪水\n\n本报讯（记者 周　敏）受上游强降雨影响，今年第3号洪水昨日通过我县境内。\n\n防汛快报　2025年7月9日\n\n澜江干流：云渡站41.26米，超警戒0.26米\n\n石溪河：石溪站38.70米，低于警戒0.30米",
     [(['我县全力应对今年第3号洪水'], 4, ['周敏'])]),  # F2_flood_bulletin_box_title_with_date
    ("本版稿件征集\n\n本版常年征集反映基层工作的新闻稿件和图片。\n\n联系方式\n\n青岚日报编辑部：\n\n0394-8216688\n\n投稿邮箱：qlrb@163.com\n\n县城新建农贸市场投用\n\n本报讯（记者 李　华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。",
     [(['本版稿件征集'], 4, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # H1_contact_box_paper_editorial
    ("寻亲四十年　一朝终团圆\n　　本报讯（记者 洪雅琳）“找到了！\n找到了！”12月5日，旅居马来西亚的\n陈丽珠老人终于见到了失散多年的弟\n弟。\n　　今年9月本报刊发的那则寻亲启事\n被老人的侄子看到，他立即拨打了联\n系电话。\n",
     [(['寻亲四十年 一朝终团圆'], 2, ['洪雅琳'])]),  # A15_paragraph_first_line_qishi_then_clause
    ("家乡的小河\n□　庄文山\n家乡的小河弯又长\n河水清清映月光\n小时候我在河边走\n妈妈的歌声伴我长\n我的家乡\n演唱：李晓梅\n\n县城新建农贸市场投用\n　　本报讯（记者 李　华）日前，县\n城新建的农贸市场正式投入使用，20\n0多个摊位全部入驻。\n",
     [(['家乡的小河'], 6, ['庄文山']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # B9_wrapped_lyric_poem_singer_foot
    ("畲家山歌\n\n蓝秀英\n\n三月采茶茶叶青\n\n阿妹上山采茶心\n\n采得茶叶\n\n满篮装\n\n送给阿哥\n\n尝一尝\n\n演唱：蓝秀英\n\n县城新建农贸市场投用\n\n本报讯（记者 李　华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。",
     [(['畲家山歌'], 7, ['蓝秀英']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # B10_folk_song_signed_collector_under_title_short_last
    ("雁川飞鹰主场逆转渠阳铁骑\n　　本报讯（记者 祁　远）12月14\n日晚，雁川飞鹰队在主场以3:2逆\n转渠阳铁骑队。\n赛后说\n　　“我们输在了细节上。”——渠阳\n铁骑队主教练　祁振东\n　　“教练和队友一直相信我。”——\n雁川飞鹰队后卫　韦天昊\n积分形势\n　　本轮过后，雁川飞鹰以26分继续\n领跑积分榜。\n\n县城新建农贸市场投用\n　　本报讯（记者 李　华）日前，县\n城新建的农贸市场正式投入使用，20\n0多个摊位全部入驻。\n",
     [(['雁川飞鹰主场逆转渠阳铁骑'], 6, ['祁远']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # C12_sayings_wrapped_dash_then_subhead
    ("一个村的“家风”\n\n本报记者　杨　帆\n\n在青石村，家家户户的堂屋里都挂着一块家训牌。\n\n家训格言\n\n勤俭持家久，诗书继世长。\n\n忠厚传家远，和睦处世长。\n\n家风润乡风\n\n这些年，青石村没有发生过一起刑事案件，连续多年被评为文明村。",
     [(['一个村的“家风”'], 6, ['杨帆'])]),  # C13_maxims_label_gejyan_subhead_then_subhead_frag
    ("二十四节气里的农耕智慧\n\n本报记者　周　敏\n\n大雪节气到了，老农王大爷一早就到麦田里转了一圈。\n\n节气谚语\n\n大雪不冻倒春寒，大雪不寒明年旱。\n\n今冬大雪飘，来年收成好。\n\n专家解读\n\n县农技中心专家介绍，这些谚语有一定的科学道理。",
     [(['二十四节气里的农耕智慧'], 6, ['周敏'])]),  # C16_proverb_label_yanyu_then_subhead
    ("小小村规民约　管出文明新风\n\n本报记者　石　慧\n\n走进猛科村，村道干净整洁，房前屋后花木扶疏。\n\n村规民约\n\n第一条　红白喜事从简办理，不大操大办。\n\n第二条　不乱倒垃圾，不乱堆柴草。\n\n猛科村村民委员会\n\n2025年10月\n\n村党支部书记向正林说，村规民约实施一年来，全村没有一户大操大办。\n\n县城新建农贸市场投用\n\n本报讯（记者 李　华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。",
     [(['小小村规民约 管出文明新风'], 6, ['石慧']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # D8_feature_rules_full_quote_signed_then_prose
    ("我县小麦苗情总体偏好\n　　本报讯（记者 周　敏）县农业农\n村局近日组织专家对全县小麦苗情进\n行调查，总体苗情好于常年。\n近期农事提醒\n　　冬小麦：未冬灌的地块要抓紧完\n成冬灌，防止麦苗受冻。\n　　设施蔬菜：夜间加盖草苫保温，\n白天适时通风排湿。\n专家下乡指导\n　　下一步，县里将组织农技人员下乡。\n\n县城新建农贸市场投用\n　　本报讯（记者 李　华）日前，县\n城新建的农贸市场正式投入使用，20\n0多个摊位全部入驻。\n",
     [(['我县小麦苗情总体偏好'], 6, ['周敏']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # E7_tips_recent_then_subhead_wrapped
    ("本周我市菜价小幅回落\n\n本报讯（记者 王　伟）受天气转好影响，本周我市菜价小幅回落。\n\n市场价格周报　2025年12月15日\n\n白菜　1.20元/斤\n\n土豆　1.50元/斤\n\n西红柿　3.00元/斤",
     [(['本周我市菜价小幅回落'], 1, ['王伟']), (['市场价格周报 2025年12月15日'], 3, [])]),  # F8_weekly_box_title_with_date
    ("抗洪战报　2025年7月9日\n\n截至今日8时，全县已转移受威胁群众1200余人，未发生人员伤亡。\n\n澜江干流：云渡站41.26米，超警戒0.26米",
     [(['抗洪战报 2025年7月9日'], 2, [])]),  # F10_bulletin_title_date_fragments_at_top
    ("淮阳日报\n\n学习贯彻全会精神　奋力谱写新篇章\n\n2025年12月9日　星期二　第1版\n\n市委理论学习中心组举行集体学习\n\n本报讯（记者 谷　雨）12月8日，市委理论学习中心组举行集体学习，深入学习贯彻全会精神。",
     [(['学习贯彻全会精神 奋力谱写新篇章', '市委理论学习中心组举行集体学习'], 1, ['谷雨'])]),  # F11_motto_lead_headline_over_date_then_subtitle
    ("家乡的小河\n□　庄文山\n家乡的小河弯又长\n河水清清映月光\n小时候我在河边走\n妈妈的歌声伴我长\n演唱：李晓梅\n\n县城新建农贸市场投用\n　　本报讯（记者 李　华）日前，县\n城新建的农贸市场正式投入使用，20\n0多个摊位全部入驻。\n",
     [(['家乡的小河'], 5, ['庄文山']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # B13_wrapped_poem_singer_long_last_verse
    ("家乡的小河\n\n□　庄文山\n\n家乡的小河弯又长\n\n河水清清映月光\n\n小时候我在河边走\n\n妈妈的歌声伴我长\n\n演唱：李晓梅\n\n县城新建农贸市场投用\n\n本报讯（记者 李　华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。",
     [(['家乡的小河'], 5, ['庄文山']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # B14_frag_poem_long_last_verse_singer
    ("车间开展冬季安全大检查\n\n本报讯（通讯员 王　磊）12月1日，炼钢厂开展冬季安全大检查。\n\n安全生产快报　2025年12月2日\n\n12月1日，全厂共排查隐患32处，已整改30处。\n\n12月2日，动力车间完成锅炉检修。",
     [(['车间开展冬季安全大检查'], 4, [])]),  # F14_blackboard_title_date
]


# Session 66's two reviews: commentaries with sections, villages in headlines, a set's verses like names, poems signed at
# their foot by a mark, an essay's short sentences, a letter's or a diary's title over its day, a story's rows under its
# subhead, a sentence cut after 了: headline, paragraphs, reporters
SESSION_66_REVIEW_PAGES = [
    ('经济述评\n\n稳中有进\u3000韧性十足\n\n今年前三季度，我市经济运行总体平稳、稳中有进，主要指标好于预期，发展韧性持续彰显。\n\n消费市场持续回暖\n\n前三季度，全市社会消费品零售总额同比增长6.8%，比上半年加快0.9个百分点。文旅消费、升级类消费成为拉动增长的主力。\n\n外贸出口逆势增长\n\n面对复杂多变的外部环境，全市外贸企业积极开拓新兴市场，前三季度出口总额同比增长9.2%。\n\n项目投资蓄势发力\n\n全市186个重点项目完成投资412亿元，占年度计划的83%，为经济持续向好积蓄了后劲。\n',
     [(['经济述评', '稳中有进 韧性十足'], 7, [])]),  # A01_shuping_subheads_frag
    ('社论\n\n奋楫扬帆启新程\n\n岁序更替，华章日新。在这辞旧迎新的美好时刻，我们向全市人民致以新年的祝福！\n\n回望来路\u3000砥砺奋进\n\n过去的一年，全市地区生产总值突破千亿元大关，人民生活水平稳步提高。\n\n展望前路\u3000信心满怀\n\n新的一年，我们要坚持稳中求进工作总基调，奋力谱写高质量发展新篇章。\n',
     [(['社论', '奋楫扬帆启新程'], 5, [])]),  # A04_shelun_new_year_subheads
    ('民生时评\n\n让“一老一小”生活更舒心\n\n养老和托育，关系千家万户，是群众最关心最直接最现实的利益问题。\n\n“老有所养”要落到实处\n\n要加快补齐社区养老服务短板，让老人在家门口就能享受助餐、助浴等服务。\n\n“幼有所育”要有温度\n\n要扩大普惠托育服务供给，减轻年轻父母的育儿负担。\n',
     [(['民生时评', '让“一老一小”生活更舒心'], 5, [])]),  # A08_shiping_quoted_subheads
    ('教育锐评\n“双减”之后，课后服务如何提质\n\u3000\u3000“双减”政策实施以来，学生作\n业负担明显减轻，课后服务成为家长\n关注的焦点。\n丰富内容是基础\n\u3000\u3000学校要整合各方资源，开设科技\n、体育、艺术等特色课程，满足学生\n多样化需求。\n师资保障是关键\n\u3000\u3000要完善教师参与课后服务的激励\n机制，合理核定工作量，保障教师合\n法权益。\n',
     [(['教育锐评', '“双减”之后，课后服务如何提质'], 5, [])]),  # A10_ruiping_subheads_wrap_long
    ('两会述评\n为民生托底\u3000为发展赋能\n\u3000\u3000今年的政府工作报告，处处体现\n以人民为中心的发展思想。\n就业优先稳民心\n\u3000\u3000报告提出，今年城镇新增就业1\n.2万人以上，城镇调查失业率控制\n在5.5%以内。\n民生实事暖人心\n\u3000\u3000今年将继续实施十大民生实事项\n目，涵盖教育、医疗、养老等领域。\n\n我市启动冬季消防安全大检查\n\u3000\u3000本报讯（记者 李 华）12月\n8日，我市召开冬季消防安全工作部\n署会。\n',
     [(['两会述评', '为民生托底 为发展赋能'], 5, []), (['我市启动冬季消防安全大检查'], 1, ['李华'])]),  # A13_shuping_subheads_wrap_then_news
    ('我家的新房\n\u3000\u3000我家住在大山脚下。小时候，我\n们一家五口挤在两间土坯房里，一下\n雨屋里就漏水。\n\u3000\u3000去年，在政府的帮扶下，我们家\n盖起了两层小楼，还通了自来水。\n\u3000\u3000如今，我每天都能在宽敞明亮的\n新房里看书写字，心里美滋滋的。\n\n小山村\u3000大产业\n柳溪村茶叶年产值突破千万元\n\u3000\u3000本报讯（记者 陈 晨）近日，\n记者走进柳溪村，只见漫山茶园郁郁\n葱葱。\n',
     [(['我家的新房'], 3, []), (['小山村 大产业', '柳溪村茶叶年产值突破千万元'], 1, ['陈晨'])]),  # D03_essay_then_headline_mountain_village_industry_wrap
    ('我家的新房\n\n我家住在大山脚下。小时候，我们一家五口挤在两间土坯房里，一下雨屋里就漏水。\n\n去年，在政府的帮扶下，我们家盖起了两层小楼，还通了自来水。\n\n如今，我每天都能在宽敞明亮的新房里看书写字，心里美滋滋的。\n\n文明村\u3000新风尚\n\n移风易俗树新风\n\n本报讯（通讯员 杨 帆）近日，城关镇各村纷纷修订村规民约。\n',
     [(['我家的新房'], 3, []), (['文明村 新风尚', '移风易俗树新风'], 1, [])]),  # D09_essay_then_village_kicker_title
    ('稻香飘满村\n\n金秋时节，走进和平村，稻浪翻滚，收割机来回穿梭。\n\n“我们村今年的水稻又是大丰收，亩产超过1200斤。”村党支部书记说。\n\n和平村\u3000稻花香\n\n年底前全县完成秋粮收购\n\n本报讯（记者 李 华）记者从县粮食局获悉，今年全县计划收购秋粮8万吨。\n',
     [(['稻香飘满村'], 2, []), (['和平村 稻花香', '年底前全县完成秋粮收购'], 1, ['李华'])]),  # D12_story_quote_villager_then_heading
    ('乡村素描（组诗）\n\n陈\u3000默\n\n晒秋\n\n九月的阳光\n\n铺满屋顶\n\n玉米金黄\u3000辣椒通红\n\n老井\n\n王大爷\n\n每天清晨\n\n都要来井边坐一坐\n\n听水桶撞响井壁\n',
     [(['乡村素描（组诗）'], 9, ['陈默'])]),  # E01_set_verse_name_like_grandpa
    ('春插（外一首）\n\n李\u3000青\n\n水田如镜\n\n映着弯腰的人影\n\n一株一株\n\n把春天插进泥里\n\n山居\n\n林深处\n\n有几户人家\n\n炊烟袅袅\n\n鸡鸣犬吠\n',
     [(['春插（外一首）'], 9, ['李青'])]),  # E02_waiyishou_second_verse_name_like
    ('老手艺人（组诗）\n\n林\u3000溪\n\n铁匠铺\n\n炉火映红半条街\n\n锤声叮当\n\n敲醒沉睡的清晨\n\n木匠\n\n刘木匠\n\n刨花卷起\n\n像一朵朵浪花\n\n开在老屋的院子里\n',
     [(['老手艺人（组诗）'], 9, ['林溪'])]),  # E05_set_portraits_craftsmen
    ('乡愁\n\n老屋\n\n常相忆\n\n门前那棵老槐树\n\n还在等我回家\n\n□ 孙晓燕\n\n散文\n\n故乡的小河\n\n李\u3000明\n\n故乡的小河，是我童年最美好的记忆。夏天，我们在河里游泳、摸鱼，玩得不亦乐乎。\n',
     [(['乡愁'], 4, ['孙晓燕']), (['散文', '故乡的小河'], 1, ['李明'])]),  # F01_marked_foot_then_essay_kicker
    ('乡愁\n\n老屋\n\n常相忆\n\n门前那棵老槐树\n\n还在等我回家\n\n□ 孙晓燕\n\n雨巷\n\n赵文博\n\n青石板路\n\n油纸伞下\n\n谁在等谁\n',
     [(['乡愁'], 4, ['孙晓燕']), (['雨巷'], 3, ['赵文博'])]),  # F04_marked_foot_then_poem_signed_under_title
    ('乡愁\n\n老屋\n\n常相忆\n\n门前那棵老槐树\n\n还在等我回家\n\n□ 孙晓燕\n\n征稿启事\n\n本版长期征集\n\n诗歌\u3000散文\u3000小小说\n\n来稿请注明真实姓名\n\n投稿邮箱：fukan@163.com\n',
     [(['乡愁'], 4, ['孙晓燕']), (['征稿启事', '本版长期征集', '诗歌 散文 小小说', '来稿请注明真实姓名'], 1, [])]),  # F06_marked_foot_then_box_notes
    ('乡愁\n老屋\n常相忆\n门前那棵老槐树\n还在等我回家\n□ 孙晓燕\n\n随笔\n冬日暖阳\n王\u3000平\n\u3000\u3000冬日的午后，阳光暖暖地照在院子里，母亲\n坐在藤椅上择菜，猫咪蜷在她脚边打盹。\n',
     [(['乡愁'], 4, ['孙晓燕']), (['随笔', '冬日暖阳'], 2, ['王平'])]),  # F07_marked_foot_wrap
    ('评论员文章\n坚定不移推进全面从严治党\n——一论学习贯彻市委全会精神\n\u3000\u3000全面从严治党永远在路上。全市\n各级党组织要切实扛起管党治党政治\n责任。\n压实主体责任\n\u3000\u3000各级党委（党组）书记要当好第\n一责任人，做到重要工作亲自部署。\n强化监督执纪\n\u3000\u3000要坚持严的基调不动摇，持续纠\n治“四风”。\n',
     [(['评论员文章', '坚定不移推进全面从严治党', '——一论学习贯彻市委全会精神'], 5, [])]),  # A19_pinglunyuan_series_deck_subheads_wrap
    ('网络时评\n\n别让“饭圈”戾气污染网络空间\n\n近年来，一些“饭圈”乱象屡禁不止，网络骂战、恶意举报时有发生。\n\n清朗网络空间需要共同守护\n\n对于“饭圈”乱象，平台要切实履行主体责任，完善监测机制。\n\n粉丝也要理性追星，做到文明上网。\n',
     [(['网络时评', '别让“饭圈”戾气污染网络空间'], 4, [])]),  # A20_shiping_pull_quote_line
    ('我家的新房\n\u3000\u3000我家住在大山脚下。小时候，我\n们一家五口挤在两间土坯房里，一下\n雨屋里就漏水。\n\u3000\u3000去年，在政府的帮扶下，我们家\n盖起了两层小楼，还通了自来水。\n\u3000\u3000如今，我每天都能在宽敞明亮的\n新房里看书写字，心里美滋滋的。\n\n网红村\u3000新业态\n直播带货带火山里货\n\u3000\u3000本报讯（记者 陈 晨）连日来\n，白云村的直播间里热闹非凡。\n',
     [(['我家的新房'], 3, []), (['网红村 新业态', '直播带货带火山里货'], 1, ['陈晨'])]),  # D19_essay_then_headline_village_wrap_kicker_deck
    ('乡愁\n\n老屋\n\n常相忆\n\n门前那棵老槐树\n\n还在等我回家\n\n□ 孙晓燕\n\n我市启动冬季消防安全大检查\n\n市消防救援支队\n\n部署冬季火灾防控工作\n\n本报讯（记者 李 华）12月8日，我市召开冬季消防安全工作部署会。\n',
     [(['乡愁'], 4, ['孙晓燕']), (['我市启动冬季消防安全大检查', '市消防救援支队', '部署冬季火灾防控工作'], 1, ['李华'])]),  # F09_single_poem_marked_foot_then_news
    ('秋思\n又是一年\n叶落时\n故乡的桂花开了吗\n母亲是否还站在村口\n□ 孙晓燕\n\n小小说\n等\n李\u3000明\n\u3000\u3000老李在村口等了一整天，也没等来儿子的\n车。天黑了，他才慢慢往家走。\n',
     [(['秋思'], 4, ['孙晓燕']), (['小小说'], 4, [])]),  # F12_marked_foot_wrap_then_kicker_title_author
    ('法治时评\n让法治成为牧区治理的“定盘星”\n\u3000\u3000草场边界、牲畜买卖、婚姻家庭\n，牧区的矛盾纠纷有其特殊性。\n\n普法要接地气\n\u3000\u3000普法宣传要用牧民听得懂的语言\n，送法进毡房、进牧场。\n调解要有温度\n\u3000\u3000要发挥好“草原调解员”作用，\n把矛盾化解在基层。\n',
     [(['法治时评', '让法治成为牧区治理的“定盘星”'], 5, [])]),  # A23_shiping_subheads_wrap_column_break
    ('春插（外一首）\n李\u3000青\n\n水田如镜\n映着弯腰的人影\n一株一株\n把春天插进泥里\n\n山居\n林深处\n有几户人家\n炊烟袅袅\n鸡鸣犬吠\n',
     [(['春插（外一首）'], 9, ['李青'])]),  # E13_set_waiyishou_wrapped_second_poem
    ('澄川日报\u30002025年12月12日\u3000星期五\u3000第3版\u3000评论\n\n本报评论员文章\n\n以实干实绩开创新局面\n\n——一论学习贯彻市委全会精神\n\n市委全会对明年工作作出了全面部署。\n\n坚定发展信心\n\n信心比黄金更重要。\n\n狠抓工作落实\n\n一分部署，九分落实。',
     [(['本报评论员文章', '以实干实绩开创新局面', '——一论学习贯彻市委全会精神'], 5, [])]),  # a06_pinglunyuan
    ('椰峒报\u30002025年12月9日\u3000星期二\u3000第4版\u3000副刊\n\n江南小景（二首）\n\n◎ 周 舟\n\n小桥\n\n青石板上\n\n落满了雨声\n\n一把油纸伞\n\n慢慢走过\n\n渔舟\n\n陈大伯\n\n摇着橹\n\n把晚霞\n\n摇进了河湾',
     [(['江南小景（二首）'], 10, ['周舟'])]),  # a12_poem_set_one_poet
    ('澄川日报\u30002025年12月12日\u3000星期五\u3000第4版\u3000民生\n\n柑橘丰收 果农笑开颜\n\n本报讯（记者 陈晨）眼下正值柑橘采摘季，石桥镇万亩柑橘园迎来丰收。\n\n果农心声\n\n张大姐：每天摘300斤，挣200元\n\n李大哥：亩产5000斤，多1成\n\n王大爷：收入3万元，翻1番\n\n据了解，今年全镇柑橘产量预计达2万吨。',
     [(['柑橘丰收 果农笑开颜'], 6, ['陈晨'])]),  # f09_voices
    ('澄川日报\u30002025年12月12日\u3000星期五\u3000第4版\u3000民生\n\n一场与时间赛跑的救援\n\n本报记者 赵强\n\n12月初，一场突如其来的暴雪袭击了澄川北部山区。\n\n救援时间线\n\n12月3日至4日\u3000暴雪封山\n\n12月5日\u3000救援队进山\n\n12月6日至7日\u3000道路抢通\n\n这场救援，前后持续了整整五天。',
     [(['一场与时间赛跑的救援'], 6, ['赵强'])]),  # c08_timeline_subhead
    ('澄川日报\u30002025年12月12日\u3000星期五\u3000第4版\u3000民生\n\n本周菜价小幅上涨\n\n本报讯（记者 陈晨）受降温天气影响，本周我市蔬菜价格小幅上涨。记者12月11日走访多家农贸市场发现，叶菜类涨幅较大。\n\n主要品种价格\n\n白菜：1.8元/斤，涨0.3元\n\n菠菜：4.5元/斤，涨0.8元\n\n土豆：1.6元/斤，持平\n\n市场人士预计，随着天气转好，菜价将逐步回落。',
     [(['本周菜价小幅上涨'], 6, ['陈晨'])]),  # f02_story_rows
    ('家书\n\n致女儿\n\n2025年8月31日\u3000星期日\n\n亲爱的女儿：\n\n明天你就要去大学报到了。爸爸想对你说几句心里话。\n\n爸爸',
     [(['家书', '致女儿'], 3, [])]),  # p18_letter_first
    ('澄川晚报\u30002025年9月1日\u3000星期一\u3000第6版\u3000家教\n\n家书\n\n致女儿\n\n2025年8月31日\u3000星期日\n\n亲爱的女儿：\n\n明天你就要去大学报到了。爸爸想对你说几句心里话。\n\n爸爸',
     [(['家书', '致女儿'], 3, [])]),  # p06_letter
    ('澄川晚报\u30002025年1月20日\u3000星期一\u3000第8版\n\n寒假日记\n\n李小雨\n\n2025年1月20日\u3000星期一\n\n今天是放寒假的第一天，我和妈妈一起去菜市场买年货。\n\n菜市场里人山人海，到处是红彤彤的春联和灯笼。',
     [(['寒假日记', '李小雨'], 2, [])]),  # p03_diary_top
    ('澄川晚报\u30002025年12月12日\u3000星期五\u3000第6版\u3000服务\n\n停电\n\n通知\n\n2025年12月15日\u3000星期一\n\n因电网检修，12月15日8:00至18:00，城东片区将暂停供电。\n\n请广大用户提前做好准备。\n\n澄川供电公司',
     [(['停电', '通知'], 3, [])]),  # p13_notice_top
    ('椰峒报\u30002025年12月9日\u3000星期二\u3000第4版\u3000副刊\n\n老槐树\n\n李秋云\n\n离开故乡已经三十多年了，故乡的许多事都记不清了。\n\n昨夜我又梦见了\n\n小时候，外婆家门前的那棵老槐树，树下坐着摇蒲扇的外婆，还有一群追着萤火虫跑的孩子。\n\n醒来时，窗外正下着雨。',
     [(['老槐树'], 3, ['李秋云'])]),  # t03_cut_mengjianle
    ('椰峒报\u30002025年12月9日\u3000星期二\u3000第4版\u3000副刊\n\n灶火\n\n吴国梁\n\n腊月里回到老家，母亲早早地生起了灶火。\n\n灶膛里噼噼啪啪的柴火声总让我想起了\n\n从前，一家人挤在灶台边取暖，奶奶一边烧火一边讲古的日子。\n\n那灶火，暖了我整个童年。',
     [(['灶火'], 3, ['吴国梁'])]),  # t19_long_left
    ('椰峒报\u30002025年12月9日\u3000星期二\u3000第4版\u3000副刊\n\n父亲的扁担\n\n林海生\n\n父亲走了。\n\n那根扁担还在。\n\n它靠在老屋的墙角，\n\n落满了灰。\n\n我常常看着它发呆。\n\n那年冬天，\n\n父亲挑着两筐地瓜，走了三十里山路，到镇上换回了我的学费。那是我第一次看见父亲流汗，也是第一次看见他笑得那样开心。\n\n如今，扁担旧了，父亲也不在了，可我每次回家，总要把它擦一擦。',
     [(['父亲的扁担'], 6, ['林海生'])]),  # v02_essay_bare_cut
    ('椰峒报\u30002025年12月9日\u3000星期二\u3000第4版\u3000副刊\n\n母亲的菜园\n\n林\u3000晓\n\n母亲老了。\n\n腰也弯了。\n\n可她还是天天下地，\n\n拔草、浇水、捉虫，一样也不落下。菜园不大，却养活了我们一家人好多年。\n\n每年开春，母亲都要在菜园边上种一排向日葵。她说，向日葵长得高，远远就能看见家。',
     [(['母亲的菜园'], 4, ['林晓'])]),  # v04_essay_padded_cut
    ('椰峒报\u30002025年12月9日\u3000星期二\u3000第4版\u3000副刊\n\n石桥\n\n陈\u3000默\n\n村前有条河。\n\n河上没有桥。\n\n那年秋天，\n\n父亲和村里的几个汉子，扛来石头，一块一块地垒起了一座石桥。\n\n桥修好那天，全村人都来了。',
     [(['石桥'], 4, ['陈默'])]),  # v18_padded_three_short_cut
]


# Session 66's second pair of reviews: a Q&A's, voices', digests' and highlights' labelled lines over the next story's
# 石门乡：… headline, a dated headline over its lead, a brief's own 主要措施 or 工作进展 over its entries, commentaries and
# 述评 opening sections on a day, a box's note under its rows, two short emergency numbers closing a box of tips, a set's
# verse like a name
SESSION_66_SECOND_REVIEW_PAGES = [
    ('让非遗在年轻人中“活”起来\n\n——访市非遗保护中心主任周明远\n\n本报记者 陈思雨\n\n记者：近年来，我市非遗保护工作有哪些新进展？\n\n周明远：我们建立了市、县、乡三级非遗名录体系，目前共有各级非遗项目312项，认定代表性传承人186名。\n\n记者：如何吸引更多年轻人参与非遗传承？\n\n周明远：关键是让非遗走进日常生活。我们在23所中小学开设了非遗课堂，还推出了一批非遗文创产品。\n\n外交部：中方坚决反对单边制裁\n\n本报北京12月5日电（记者 李林）外交部发言人毛宁5日在例行记者会上表示，中方坚决反对没有国际法依据的单边制裁。',
     [(['让非遗在年轻人中“活”起来', '——访市非遗保护中心主任周明远'], 4, ['陈思雨']), (['外交部：中方坚决反对单边制裁'], 1, ['李林'])]),  # ff_interview_then_colon_headline
    ('降温来袭\u3000市民忙御寒\n\n本报讯（记者 王晓燕）受冷空气影响，我市气温骤降，各大商场羽绒服、电暖器销量明显上升。\n\n市民李先生：家里老人怕冷，今天特地来买了一台电暖器。\n\n商场负责人：这几天羽绒服销量比上周翻了一番，我们正加紧补货。\n\n环卫工人老张：天再冷，路也得扫干净，单位给我们发了棉手套和暖宝宝。\n\n气象台：本周末还有一次寒潮过程\n\n本报讯（记者 刘畅）市气象台12月5日发布寒潮蓝色预警，预计本周末我市最低气温将降至零下8℃。',
     [(['降温来袭 市民忙御寒'], 4, ['王晓燕']), (['气象台：本周末还有一次寒潮过程'], 1, ['刘畅'])]),  # ff_voices_then_colon_headline
    ('我市出台稳就业20条措施\n\n本报讯（记者 孙立）近日，市政府印发《关于进一步稳定和扩大就业的若干措施》，从四个方面推出20条具体举措。\n\n亮点一：扩大社保补贴范围，企业吸纳高校毕业生可获每人每月500元补贴。\n\n亮点二：加大创业担保贷款支持力度，个人贷款额度提高至30万元。\n\n亮点三：开展“送岗下乡”活动，全年举办招聘会不少于100场。\n\n市长：把就业摆在更加突出的位置\n\n本报讯（记者 孙立）12月4日，市政府召开常务会议，市长周立新主持会议并讲话。',
     [(['我市出台稳就业20条措施'], 4, ['孙立']), (['市长：把就业摆在更加突出的位置'], 1, ['孙立'])]),  # ff_highlights_then_colon_headline
    ('国际简讯\n\n美国：当地时间12月4日，美国劳工部公布数据显示，11月非农就业人口增加22.7万人。\n\n日本：日本气象厅4日发布消息，北海道多地出现强降雪，部分航班取消。\n\n德国：德国联邦统计局4日公布，10月工业产出环比下降1%。\n\n欧盟：将加快推进绿色能源转型\n\n新华社布鲁塞尔12月5日电 欧盟委员会5日发布报告，提出将加快推进绿色能源转型，到2030年可再生能源占比提高至45%。',
     [(['国际简讯'], 3, []), (['欧盟：将加快推进绿色能源转型'], 1, [])]),  # ff_world_digest_then_colon_headline
    ('各地动态\n\n城关镇：开展冬季消防安全大排查，整改隐患32处。\n\n石门乡：举办农村实用技术培训班，培训农民200余人次。\n\n黄土岭镇：新建村级养老服务站3个，惠及老人600余名。\n\n县人民医院：开通急诊绿色通道\n\n本报讯（通讯员 邱实）12月5日，县人民医院开通胸痛、卒中急诊绿色通道，为急危重症患者赢得救治时间。',
     [(['各地动态'], 3, []), (['县人民医院：开通急诊绿色通道'], 1, [])]),  # ff_local_digest_then_spaced_headline
    ('网友热评\n\n@清风徐来：这才是真正的为民办实事，点赞！\n\n网友小林：希望其他城市也能学一学。\n\n网友阿杰：老旧小区加装电梯，老人们终于不用爬楼了。\n\n网友晓雨：期待早日惠及我们小区。\n\n泉州：古城夜游点亮消费新场景\n\n12月4日晚，游客在泉州西街游览。今年以来，泉州推出多条古城夜游线路，带动夜间消费持续升温。\n\n新华社记者 林善传 摄',
     [(['网友热评'], 4, []), (['泉州：古城夜游点亮消费新场景'], 1, [])]),  # ff_reader_voices_then_photo_title
    ('市场监管动态\n\n本报讯 近日，市市场监管局开展冬季食品安全专项检查，检查各类食品经营主体326家。\n\n咨询电话：12315\n\n1月1日 2026年版国家医保药品目录正式启用\n\n本报讯（记者 周密）1月1日起，2026年版国家医保药品目录在全国正式启用，新增药品91种。',
     [(['市场监管动态'], 2, []), (['1月1日 2026年版国家医保药品目录正式启用'], 1, ['周密'])]),  # cal_chronicle_then_dated_headline_year
    ('跨江大桥建设大事记\n本报讯（记者 周杰）经过三年多\n的紧张施工，跨江大桥即将迎来通\n车，回顾大桥的建设历程，几个节\n点令人难忘。\n2022年3月5日，大桥正式开工\n作为全市交通重点工程，大桥全长\n3.2公里，总投资28亿元，建成后\n将结束两岸群众摆渡过江的历史。\n',
     [(['跨江大桥建设大事记'], 3, ['周杰'])]),  # wc_timeline_last_entry_then_zuowei
    ('文物小档案\n\n名称：兽面纹铜斝\n\n尺寸：通高31.5厘米，口径18.2厘米\n\n特征：敞口，口沿上立双柱，三锥足。\n\n现藏：嵩洛市文物考古研究所\n\n嵩洛古城墙南段修缮工程通过验收\n\n本报讯（记者 梁砚秋）12月5日，嵩洛古城墙南段修缮工程通过验收。',
     [(['文物小档案'], 4, []), (['嵩洛古城墙南段修缮工程通过验收'], 1, ['梁砚秋'])]),  # ff_box_last_field_intended
    ('时评\n\n让“冷资源”热起来\n\n冰雪是资源，也是财富。\n\n热在哪里\n\n12月20日，县里首届冰雪节开幕，三天接待游客两万人次。这说明，只要用心经营，冷资源也能热起来。\n\n还缺什么\n\n但也要看到，配套设施不足、服务跟不上等问题依然存在。',
     [(['时评', '让“冷资源”热起来'], 5, [])]),  # fk_commentary_time_section
    ('故园（二首）\n\n老井\n\n陈默然\n\n井绳磨出的沟痕\n\n是祖母的年轮\n\n一桶一桶\n\n打上来的都是日子\n\n父亲\n\n王守田\n\n是他一辈子的名字\n\n写在土地上\n\n写在\n\n秋天的谷堆里',
     [(['故园（二首）', '老井'], 10, ['陈默然'])]),  # fk_poem_set_poet_under_first_title
    ('首款国产氢能重卡下线\n\u3000\u3000本报讯（记者 陈\u3000峰）12月9日，\n由本地企业自主研发的首款氢能重卡\n在经开区下线，标志着我市氢能产业\n迈出关键一步。\n主要参数\n续航里程：800公里\n加氢时间：15分钟\n最大载重：49吨\n\u3000\u3000以上数据由企业提供，仅供参考。\n\n县城新建农贸市场投用\n\u3000\u3000本报讯（记者 李\u3000华）日前，\n县城新建的农贸市场正式投入使用，\n200多个摊位全部入驻。\n',
     [(['首款国产氢能重卡下线'], 1, ['陈峰']), (['主要参数'], 4, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # box_params_then_note_wrapped
    ('县政府召开常务会议\n\n本报讯（记者 周\u3000敏）12月5日，县政府召开常务会议，研究部署冬季安全生产工作。\n\n会议要求\n\n1．压实安全生产责任，严格落实“三管三必须”。\n\n2．深入开展隐患排查整治，做到不留死角。\n\n3．加强应急值守，确保信息畅通。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。',
     [(['县政府召开常务会议'], 5, ['周敏']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # brief_then_meeting_requirements
    ('我县启动冬季送温暖活动\n\n本报讯（记者 周\u3000敏）12月1日，我县启动2025年冬季送温暖活动，将持续至春节前。\n\n工作进展\n\n12月3日，县总工会向120户困难职工发放慰问金36万元。\n\n12月5日，县民政局为500名特困人员送去棉被和米面油。\n\n12月8日，县妇联走访慰问留守儿童86名。',
     [(['我县启动冬季送温暖活动'], 5, ['周敏'])]),  # brief_then_chronology_subhead
    ('个税专项附加扣除开始确认\n\n本报讯（通讯员 黄启明）12月1日起，2026年度个人所得税专项附加扣除开始确认，纳税人可通过个人所得税App办理。\n\n办理步骤\n\n1．登录个人所得税App，点击“专项附加扣除填报”。\n\n2．选择“一键带入”，核对信息后提交。\n\n3．如有变化，可修改后再提交。',
     [(['个税专项附加扣除开始确认'], 5, [])]),  # brief_then_numbered_steps
    ('冬季防火安全提示\n\n①不私拉乱接电线，不超负荷用电。\n\n②取暖器远离可燃物，人走断电。\n\n③发现火情要及时报警，不要贪恋财物。\n\n火警电话：119\u3000急救电话：120\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。',
     [(['冬季防火安全提示'], 4, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # tips_box_two_short_numbers
    ('社论\n\n守护好群众的“菜篮子”\n\n“菜篮子”连着千家万户，关系民生冷暖。\n\n稳供应是前提\n\n2025年12月以来，受低温雨雪天气影响，部分蔬菜价格出现波动。\n\n保价格是关键\n\n12月12日，县里启动蔬菜储备投放，首批投放白菜、萝卜等200吨，有效平抑了菜价。\n\n畅流通是保障\n\n要打通产销对接堵点，让田间地头的菜顺畅进入市民餐桌。',
     [(['社论', '守护好群众的“菜篮子”'], 7, [])]),  # cm_editorial_dated_section
    ('我县出台支持民营经济发展若干措施\n\n本报讯（记者 周\u3000敏）日前，县政府印发《关于支持民营经济高质量发展的若干措施》，从五个方面推出20条具体举措。\n\n主要措施\n\n1．降低企业用地成本，工业用地可采取弹性年期出让。\n\n2．加大金融支持力度，设立5000万元应急转贷资金。\n\n3．优化政务服务，企业开办时间压缩至1个工作日。\n\n县发改局负责人表示，将加强政策宣传，确保各项措施落地见效。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。',
     [(['我县出台支持民营经济发展若干措施'], 6, ['周敏']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # br_policy_measures
    ('新华社北京12月10日电\u3000国务院办公厅日前印发《关于进一步优化支付服务提升支付便利性的意见》，提出三方面措施。\n\n主要内容\n\n1．满足老年人、外籍来华人员等群体多样化支付服务需求。\n\n2．持续提升银行卡受理能力。\n\n3．优化现金使用环境。',
     [([], 5, [])]),  # br_xinhua_numbered
    ('乡村人物（二首）\n\n剃头匠\n\n陈默然\n\n一把推子\n\n推走了半个村子的白发\n\n他自己的头发\n\n也白了\n\n接生婆\n\n李奶奶\n\n接过半个村子的人\n\n如今\n\n她的手抖了\n\n端不稳一碗水',
     [(['乡村人物（二首）', '剃头匠'], 10, ['陈默然'])]),  # ps_village_people_set
    ('乡镇动态\n\n青石镇：完成冬小麦播种3.2万亩，播种进度全县第一。\n\n白鹭镇：新建蔬菜大棚120个，带动200余户增收。\n\n城关镇：开展冬季消防安全大检查，整改隐患36处。\n\n石门乡：万亩柑橘喜获丰收\n\n本报讯（通讯员 杨\u3000林）眼下，石门乡万亩柑橘进入采摘期，预计产量1.5万吨。',
     [(['乡镇动态'], 3, []), (['石门乡：万亩柑橘喜获丰收'], 1, [])]),  # ff_towns_briefs
    ('对话县长：冬季供暖有保障\n\n记者：今年供暖准备得怎么样？\n\n县长：我们提前一个月完成了管网检修，新建换热站6座。\n\n记者：老旧小区供暖不热怎么办？\n\n县长：可以拨打供暖热线反映，我们24小时有人值守。\n\n提醒：雨雪天气注意出行安全\n\n本报讯（记者 祁\u3000远）12月14日起，我县将迎来新一轮雨雪天气，交警部门提醒广大驾驶员减速慢行。',
     [(['对话县长：冬季供暖有保障'], 4, []), (['提醒：雨雪天气注意出行安全'], 1, ['祁远'])]),  # ff_interview_then_titled_brief
    ('年终述评\n乡村振兴绘新景\n本报记者\u3000周\u3000敏\n\u3000\u30002025年，我县坚持农业农村优先\n发展，乡村振兴迈出坚实步伐。\n产业兴旺添动能\n\u3000\u30003月15日，全县首个万亩高标准\n农田示范区建成，亩均增产150斤。\n\u3000\u3000今年以来，全县新增农民专业合\n作社46家，带动农户1.2万户。\n生态宜居展新颜\n\u3000\u3000全县完成农村改厕2.3万户，村\n庄清洁行动实现全覆盖。\n\n县城新建农贸市场投用\n\u3000\u3000本报讯（记者 李\u3000华）日前，\n县城新建的农贸市场正式投入使用，\n200多个摊位全部入驻。\n',
     [(['年终述评', '乡村振兴绘新景'], 6, ['周敏']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # sp_year_end_review_wrapped
    ('蔬菜价格稳中有降\n\n本报讯（记者 王\u3000芳）随着气温回升，本周我县蔬菜市场供应充足，价格稳中有降。\n\n本周主要蔬菜零售价\n\n白菜：1.2元/斤\n\n萝卜：1.0元/斤\n\n西红柿：4.5元/斤\n\n注：以上价格为县城农贸市场均价，仅供参考。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。',
     [(['蔬菜价格稳中有降'], 1, ['王芳']), (['本周主要蔬菜零售价'], 4, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # pr_prices_note_frag
]


# Session 66's fifth review: a second poet's name a word or the verse under him opening on 在, a commentary before a dated
# story or over its own 提示 section or a 评论员文章 before a rows box, a box after a brief under any title, a story's rows
# and the story going on under their note, a box's last field under sentences, a reporter's story's own 小课堂, a
# headline of two phrases over its subtitle, a page-foot line of short numbers
SESSION_66_THIRD_REVIEW_PAGES = [
    ('海边小诗（二首）\n\n补网\n\n吴潮生\n\n阿婆坐在码头上\n\n梭子在网眼间穿行\n\n她补的不是网\n\n是一家人\n\n下一个春天的收成\n\n晒咸鱼\n\n赵红梅\n\n竹排上的鱼\n\n排成整齐的队伍\n\n面朝大海\n\n它们在阳光里',
     [(['海边小诗（二首）', '补网'], 5, ['吴潮生']), (['晒咸鱼'], 4, ['赵红梅'])]),  # ps2_红梅
    ('海边小诗（二首）\n\n补网\n\n吴潮生\n\n阿婆坐在码头上\n\n梭子在网眼间穿行\n\n她补的不是网\n\n是一家人\n\n下一个春天的收成\n\n晒咸鱼\n\n杨小蔓\n\n在竹排上排成队伍\n\n一条挨着一条\n\n面朝大海\n\n它们在阳光里',
     [(['海边小诗（二首）', '补网'], 5, ['吴潮生']), (['晒咸鱼'], 4, ['杨小蔓'])]),  # ps2_在
    ('海边小诗（二首）\n补网\n吴潮生\n阿婆坐在码头上\n梭子在网眼间穿行\n她补的不是网\n是一家人\n下一个春天的收成\n晒咸鱼\n赵红梅\n竹排上的鱼\n排成整齐的队伍\n面朝大海\n它们在阳光里',
     [(['海边小诗（二首）', '补网'], 5, ['吴潮生']), (['晒咸鱼'], 4, ['赵红梅'])]),  # ps2w_红梅
    ('短评\n\n让老手艺织出新“钱景”\n\n竹编、土布、蜡染，这些老手艺曾一度面临失传。\n\n如今，在乡村振兴的大背景下，老手艺正在焕发新的生机。县里举办的手工艺培训班，吸引了200多名村民参加，不少人靠着一双巧手实现了家门口就业。\n\n老手艺要织出新“钱景”，既要守住传统，更要敢于创新，让手艺人的腰包鼓起来。\n\n我县举办首届冬季长跑比赛\n\n12月20日，我县首届冬季长跑比赛在滨江公园开跑，来自全县各乡镇的800余名长跑爱好者参加比赛。',
     [(['短评', '让老手艺织出新“钱景”'], 3, []), (['我县举办首届冬季长跑比赛'], 1, [])]),  # cm_短评_then_dated_brief
    ('快评\n\n别让“温馨提示”成了摆设\n\n景区里，“禁止攀爬”的提示牌随处可见，但翻越护栏拍照的游客仍不在少数。\n\n一个提示\n\n提示牌立在那里，却很少有人真正在意。管理方需要的不仅是提示，更要有劝阻和处罚。\n\n提示牌要“长牙齿”，安全才有保障。',
     [(['快评', '别让“温馨提示”成了摆设'], 4, [])]),  # cm_快评_section_提示
    ('本报评论员文章\n\n以实干担当推动高质量发展\n\n新的一年，新的征程。\n\n全市上下要以只争朝夕的精神，抓项目、优环境、惠民生，推动各项工作落地见效。\n\n今日汇率\n\n美元：709.86\n\n欧元：829.15\n\n日元：4.5921',
     [(['本报评论员文章', '以实干担当推动高质量发展'], 2, []), (['今日汇率'], 2, [])]),  # cm_评论员文章_then_rowsbox
    ('我县学子在省青少年科技创新大赛中获佳绩\n\n本报讯（记者 周\u3000敏）12月10日，第38届省青少年科技创新大赛结果揭晓，我县学生共获一等奖3项、二等奖7项，获奖总数居全省第二。\n\n十二月天象看点\n\n12月14日\u3000双子座流星雨迎来极大，每小时天顶流量可达120颗。\n\n12月21日\u3000冬至。北半球白昼最短，黑夜最长。\n\n12月25日\u3000月掩土星，我国东部地区可见。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。',
     [(['我县学子在省青少年科技创新大赛中获佳绩'], 1, ['周敏']), (['十二月天象看点'], 3, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # eb_十二月天象
    ('我县学子在省青少年科技创新大赛中获佳绩\n\n本报讯（记者 周\u3000敏）12月10日，第38届省青少年科技创新大赛结果揭晓，我县学生共获一等奖3项、二等奖7项，获奖总数居全省第二。\n\n新书推荐\n\n1．《小城医生》\u3000葛青禾\u3000著\n\n2．《北方的河流》\u3000林远山\u3000著\n\n3．《瓷器里的中国》\u3000苏明远\u3000著\n\n4．《稻田守望者》\u3000何晓禾\u3000著\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。',
     [(['我县学子在省青少年科技创新大赛中获佳绩'], 1, ['周敏']), (['新书推荐'], 4, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # eb_新书推荐
    ('城区新增3处公共停车场\n\n本报讯（记者 周\u3000敏）12月1日，城区新建的3处公共停车场正式投用，新增停车位860个，收费标准按照“中心区高于外围区”的原则确定。\n\n收费标准\n\n小型车：首小时3元\n\n中型车：首小时5元\n\n大型车：首小时8元\n\n以上标准自12月1日起执行，新能源汽车首小时免费。\n\n据了解，我县将在明年再新建5处公共停车场，进一步缓解城区停车难问题。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。',
     [(['城区新增3处公共停车场'], 7, ['周敏']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # pr_以上_story_goes_on
    ('我县城乡居民医保缴费标准公布\n\n本报讯（记者 孙\u3000立）日前，县医保局公布2026年度城乡居民基本医疗保险缴费标准，缴费期至12月31日。\n\n缴费标准\n\n成年居民：400元/年\n\n未成年人：380元/年\n\n大学生：350元/年\n\n注：特困人员、低保对象等由财政全额或部分资助。\n\n县医保局提醒，参保人可通过微信、支付宝或到各乡镇便民服务中心缴费。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。',
     [(['我县城乡居民医保缴费标准公布'], 7, ['孙立']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # pr_注_story_goes_on
    ('文物小档案\n\n名称：兽面纹铜斝\n\n特征：敞口，口沿上立双柱，三锥足。\n\n价值：是研究商代酒器的重要实物。\n\n出土：1976年出土于城南遗址。\n\n现藏：嵩洛市博物馆\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。',
     [(['文物小档案', '名称：兽面纹铜斝'], 4, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # ff_fields_sentences
    ('“冒充客服”骗走老人三万元\n\n本报记者\u3000祁\u3000远\n\n12月3日，家住城东的王大爷接到一个自称“快递客服”的电话，称其快递丢失，可以理赔。\n\n在对方的诱导下，王大爷下载了一款App，并开启了屏幕共享，短短十分钟，银行卡里的3万元就被转走。\n\n接到报警后，县公安局反诈中心迅速止付，目前已追回部分损失，案件正在进一步侦办中。\n\n反诈小课堂\n\n本案中，骗子正是利用了“屏幕共享”功能获取了王大爷的银行卡信息。民警提醒，凡是要求开启屏幕共享的，都是诈骗。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。',
     [(['“冒充客服”骗走老人三万元'], 5, ['祁远']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # kt_反诈小课堂_own
    ('冬季供暖全面启动\n\n本报讯（记者 周\u3000敏）11月15日零时，我县城区集中供暖正式启动，惠及居民3.2万户。\n\n绿水青山入画来\u3000乡村振兴谱新篇\n\n——记红石村\n\n●红石村位于大山深处，过去是远近闻名的贫困村。\n\n●如今，村里发展起了民宿和研学。',
     [(['冬季供暖全面启动'], 2, ['周敏']), (['——记红石村'], 2, [])]),  # sl_two_phrase_title_over_subtitle_marked
    ('冬季供暖全面启动\n\n本报讯（记者 周\u3000敏）11月15日零时，我县城区集中供暖正式启动，惠及居民3.2万户。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n\n报警电话：110\u3000急救电话：120',
     [(['冬季供暖全面启动'], 1, ['周敏']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # hl_short_pair_page_foot
    ('瑞雪兆丰年\n\n12月10日，石门乡农民在雪后的麦田里查看苗情。\n\n本报记者\u3000王\u3000强\u3000摄\n\n稳住农业基本盘\u3000守好三农压舱石\n\n年终盘点\n\n■全年粮食总产量达到28.6万吨，创历史新高。\n\n■新建高标准农田3.5万亩。',
     [(['瑞雪兆丰年'], 1, []), (['稳住农业基本盘 守好三农压舱石', '年终盘点'], 2, [])]),  # sl2_after_photo_kicker_story
]


# Session 67's review: a story's own marked points ending on a colon, a note or a name; 日历 in a verse, a subhead or a list;
# report titles named by their issuer in a meeting's story; a flush paragraph's first line over 通知要求：…; a bracket that is
# a stage direction or a short name
SESSION_67_REVIEW_PAGES = [
    ('全市推进“高效办成一件事”\n\n本报讯（记者 沈\u3000言）今年以来，市政务服务中心聚焦企业和群众办事需求，推出“一件事”套餐服务42项，平均减少跑动次数70%。\n\n▲主要做法\n\n▲流程再造。对涉及多个部门的事项，实行“一表申请、一窗受理”，具体做法是：\n\n▲数据共享。打通18个部门业务系统，群众办事少交材料，主要包括：\n\n▲帮办代办。设立帮办代办窗口，为老年人、残疾人等提供全程服务。\n\n市政务服务中心负责人表示，明年将再推出一批“一件事”服务。\n',
     [(['全市推进“高效办成一件事”'], 6, ['沈言'])]),  # r1b_points_colon
    ('全市推进“高效办成一件事”\n\u3000\u3000本报讯（记者 沈\u3000言）今年以来，\n市政务服务中心推出“一件事”套餐\n服务42项，平均减少跑动次数70%。\n▲主要做法\n\u3000\u3000▲流程再造。对涉及多个部门的\n事项，实行“一表申请、一窗受理”，\n具体做法是：\n\u3000\u3000▲数据共享。打通18个部门业务\n系统，主要包括：\n\u3000\u3000▲帮办代办。设立帮办代办窗口，\n为老年人、残疾人等提供全程服务。\n\u3000\u3000市政务服务中心负责人表示，明\n年将再推出一批“一件事”服务。\n',
     [(['全市推进“高效办成一件事”'], 6, ['沈言'])]),  # r1j_points_colon_wrapped
    ('我市重点项目建设跑出“加速度”\n\n本报讯（记者 孔\u3000明）今年以来，全市138个重点项目完成投资286亿元，占年度计划的108%。\n\n●项目进展\n\n●江城大道快速化改造工程主线贯通。全长12.6公里（含互通立交3座）\n\n●市第二人民医院新院区主体完工。新增床位800张（一期）\n\n●城南污水处理厂扩建投入运行，日处理能力提升至10万吨。\n\n市发改委负责人表示，明年将谋划储备重大项目200个以上。\n',
     [(['我市重点项目建设跑出“加速度”'], 6, ['孔明'])]),  # r1d2_points_bracket_note
    ('“村晚”唱出好日子\n\n本报讯（记者 梁\u3000燕）12月20日晚，青山村第五届“村晚”开演，村民自编自演节目18个，吸引周边群众1000余人观看。\n\n■精彩节目\n\n■开场舞《好日子》。表演者：青山村腰鼓队\n\n■小品《新路》。表演者：李建国\u3000王秀英\n\n■采茶戏《茶山情》。村里的采茶剧团演出了这出老戏。\n\n演出结束后，村民们意犹未尽。“明年还要办！”村民王秀英说。\n',
     [(['“村晚”唱出好日子'], 6, ['梁燕'])]),  # r1e2_programme
    ('让农民腰包鼓起来\n\n——访县农业农村局局长黄志强\n\n本报记者\u3000邓\u3000宇\n\n今年以来，我县农业经济稳中有进。近日，记者专访了县农业农村局局长黄志强。\n\n◆三大亮点\n\n◆粮食生产再获丰收。全年粮食产量达到28.6万吨（创历史新高）\n\n◆特色产业加快发展。茶叶、油茶、中药材三大产业综合产值突破30亿元（同比增长12%）\n\n◆农民收入稳步增长。农村居民人均可支配收入预计增长7%以上。\n\n黄志强表示，明年将重点抓好高标准农田建设和农业社会化服务。\n',
     [(['让农民腰包鼓起来', '——访县农业农村局局长黄志强'], 6, ['邓宇'])]),  # r1k_interview_points
    ('腊月\n\n◎ 林\u3000溪\n\n腊月的风从北方赶来\n\n吹皱了村口的池塘\n\n母亲在灶台前忙碌\n\n撕下最后一页日历\n\n把一年的念想\n\n折进蒸笼里的白馍\n\n冬\u3000至\n\n◎ 周晓川\n\n最长的夜\n\n适合想念一个人\n\n窗外的雪落得很轻\n\n像一封没有寄出的信\n',
     [(['腊月'], 6, ['林溪']), (['冬 至'], 4, ['周晓川'])]),  # r6a_poem_verse_frag
    ('老屋\n\n□ 程\u3000远\n\n推开吱呀作响的木门\n\n灰尘在阳光里起舞\n\n墙上那本旧日历\n\n还停在父亲离开的那天\n\n灶膛里的火早已熄灭\n\n只有燕子年年回来\n\n本版编辑：王\u3000芳\n',
     [(['老屋'], 6, ['程远'])]),  # r6b_poem_verse2_frag
    ('老支书的“民情账本”\n\n本报记者\u3000李\u3000想\n\n在青山村，提起村党支部书记王德福，村民们都竖起大拇指。干了28年村支书，他记下的民情笔记摞起来有半人高。\n\n一本民情日历\n\n王德福的办公桌上，放着一本特制的日历。每一页上，都密密麻麻写着当天走访的农户和需要解决的问题。\n\n“谁家缺劳力，谁家孩子要上学，都记在上面。”王德福说，办完一件，就划掉一件。\n\n一条致富路\n\n2018年，在他的带领下，村里修通了5公里的产业路，发展起300亩茶园，村集体收入突破50万元。\n',
     [(['老支书的“民情账本”'], 6, ['李想'])]),  # r6e_story_subhead_frag
    ('年货清单里的新变化\n\n本报记者\u3000唐\u3000宁\n\n临近元旦，记者在市区各大商超看到，前来采购年货的市民络绎不绝。市民刘女士的购物车里装着：\n\n一袋东北大米\n\n两箱本地脐橙\n\n一本生肖日历\n\n“日历是给老人买的，他们喜欢每天撕一页。”刘女士笑着说。\n',
     [(['年货清单里的新变化'], 5, ['唐宁'])]),  # r6l_list_items
    ('市人大常委会举行第二十九次会议\n\n本报讯（记者 陈\u3000默）12月23日，市十七届人大常委会第二十九次会议召开。市人大常委会主任周立华主持会议。\n\n会议听取和审议了以下报告：\n\n市人民政府关于2025年国有资产管理情况的报告\n\n市中级人民法院关于加强知识产权审判工作情况的报告\n\n市人民检察院关于开展公益诉讼检察工作情况的报告\n\n会议还表决通过了有关人事任免事项。\n',
     [(['市人大常委会举行第二十九次会议'], 6, ['陈默'])]),  # r3a_reports_list_frag
    ('我局扎实开展作风建设年活动\n\n本报讯（通讯员 刘\u3000畅）今年以来，县自然资源局扎实开展作风建设年活动，干部作风持续向好。\n\n根据县委办公室关于开展作风建设年活动的通知\n\n要求，该局结合工作实际，制定实施方案，明确18项具体任务。\n\n活动开展以来，该局共收集群众意见建议56条，已全部办结。\n',
     [(['我局扎实开展作风建设年活动'], 3, [])]),  # r3k_para_cut_after_notice
    ('市政府常务会议研究部署冬春安全工作\n\n本报讯（记者 方\u3000圆）12月22日，市长刘建华主持召开市政府第48次常务会议。\n\n会议审议并原则通过了\n\n市应急管理局关于加强冬春火灾防控工作的意见\n\n会议强调，要抓好冬春火灾防控，确保全市安全形势稳定。\n',
     [(['市政府常务会议研究部署冬春安全工作'], 3, ['方圆'])]),  # r7c_story_para_title_line
    ('我市部署寒潮天气防范应对工作\n本报记者\u3000韩\u3000冰\n受强冷空气影响，12月22日至\n25日我市将出现寒潮天气，最\n低气温降至零下6℃。\n市应急管理局日前下发的紧急\n通知要求：各地各部门要加强\n值班值守，做好供水、供电、\n供气等设施防冻保暖工作。\n市气象台提醒市民注意添衣保\n暖，减少不必要的外出。\n',
     [(['我市部署寒潮天气防范应对工作'], 3, ['韩冰'])]),  # r4t_flush_notice_requires_13
    ('我市空气质量持续改善\n本报讯（记者 林\u3000溪）今年以\n来，我市深入打好蓝天保卫战，\n空气质量持续向好。\n市生态环境监测站最新的监测\n结果显示：1至11月，全市空气\n质量优良天数比例达92.6%，同\n比上升3.1个百分点。\n细颗粒物平均浓度为每立方米\n28微克，同比下降6.7%。\n',
     [(['我市空气质量持续改善'], 3, ['林溪'])]),  # r4u_flush_monitor_results_13
    ('前三季度我省消费市场回暖\n本报记者\u3000戴婉清\n12月中旬，省统计局发布前三季\n度全省消费品市场运行情况。\n省统计局日前发布的最新统计数\n据显示：前三季度全省社会消费\n品零售总额13806亿元，同比增长\n4.8%。\n分城乡看，乡村消费品零售额增\n长5.6%，快于城镇1.0个百分点。\n',
     [(['前三季度我省消费市场回暖'], 3, ['戴婉清'])]),  # r4k_flush_data_shows
    ('小品\u3000新路\n\n□ 赵\u3000峰\n\n人物：李书记——五十岁，青山村党支部书记\n\n王大妈——六十多岁，村民\n\n李书记：大妈，您看，那就是咱们村新建的合作社。（指向远处的合作社）\n\n明年开春，大伙儿的菌菇就能在家门口卖上好价钱了！\n\n王大妈：真的？那我可得赶紧把大棚拾掇拾掇。（笑着拍手）\n',
     [(['小品 新路'], 5, [])]),  # r2a_skit_direction
    ('我市成立新能源产业联盟\n\n本报讯（记者 洪\u3000涛）12月21日，江城市新能源汽车产业发展促进会正式成立。（以下简称促进会）\n\n促进会由32家整车及零部件企业、5所高校和科研院所组成，将搭建产学研合作平台。\n\n市政府副市长陈明出席成立大会。\n',
     [(['我市成立新能源产业联盟'], 2, ['洪涛'])]),  # r2g_abbrev_bracket
]


# Session 67's second review: a headline ending 提供 under a box; a letter's spaced subheads, a thank-you letter's named
# staff, a reporter's story quoting a reader; a headline ending 东北海报 under the dated line; a farm's paragraph opening
# 红旗农场：…; a story's speaker lines naming a county bureau's branch
SESSION_67_SECOND_REVIEW_PAGES = [
    ('便民服务电话\n\n供电抢修\u300095598\n\n燃气抢修\u300096777\n\n自来水抢修\u300096116\n\n老年人助餐服务由社区免费提供\n\n本报讯（记者 陈\u3000静）从本月起，城东街道8个社区食堂为80岁以上老人免费提供午餐。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['便民服务电话'], 3, []), (['老年人助餐服务由社区免费提供'], 1, ['陈静']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # sup03
    ('便民服务电话\n供电抢修\u300095598\n燃气抢修\u300096777\n自来水抢修\u300096116\n\n老年人助餐服务由社区免费提供\n\u3000\u3000本报讯（记者 陈\u3000静）从本月\n起，城东街道8个社区食堂为80岁\n以上老人免费提供午餐。\n\n县城新建农贸市场投用\n\u3000\u3000本报讯（记者 李\u3000华）日前，\n县城新建的农贸市场正式投入使用，\n200多个摊位全部入驻。\n',
     [(['便民服务电话'], 3, []), (['老年人助餐服务由社区免费提供'], 1, ['陈静']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # sup13
    ('冬季用电小贴士\n\n①取暖器远离窗帘、沙发等易燃物品。\n\n②不要在同一插座上同时使用多个大功率电器。\n\n注：如遇停电，请拨打95598。\n\n免费安全检查上门提供\n\n本报讯（记者 王\u3000磊）入冬以来，县供电公司组织党员服务队走进社区，为居民免费检查家庭用电线路。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['冬季用电小贴士'], 3, []), (['免费安全检查上门提供'], 1, ['王磊']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # sup22
    ('本周气象\n\n12月11日\u3000晴\u3000-3℃～6℃\n\n12月12日\u3000多云\u3000-2℃～7℃\n\n注：以上为县气象台预报。\n\n冬季供暖热线全天候提供\n\n本报记者\u3000钟\u3000琳\n\n入冬以来，县供热公司开通24小时服务热线，及时处理群众反映的供暖问题。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['本周气象'], 3, []), (['冬季供暖热线全天候提供'], 1, ['钟琳']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # sup14
    ('本周山货价格\n\n松茸\u3000180～220元/斤\n\n羊肚菌\u3000120～150元/斤\n\n爱心姜茶由志愿者免费提供\n\n12月9日，县客运站志愿者为候车旅客送上热姜茶。\u3000记者\u3000王\u3000明\u3000摄\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['本周山货价格'], 2, []), (['爱心姜茶由志愿者免费提供'], 1, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # sup15
    ('致全村乡亲的一封信\n\n各位乡亲：\n\n新的一年，村“两委”商量决定，今年为大家办好三件实事。\n\n第一件\u3000修村道\n\n村里的主干道年久失修，今年将全部硬化。\n\n第二件\u3000装路灯\n\n全村安装太阳能路灯120盏，让大家晚上出门不再摸黑。\n\n第三件\u3000建书屋\n\n在村委会建一间农家书屋，让孩子们放学有地方看书。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['致全村乡亲的一封信'], 8, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # sig28
    ('致全村乡亲的一封信\n各位乡亲：\n\u3000\u3000新的一年，村“两委”商量决定\n，今年为大家办好三件实事。\n第一件\u3000修村道\n\u3000\u3000村里的主干道年久失修，今年将\n全部硬化。\n第二件\u3000装路灯\n\u3000\u3000全村安装太阳能路灯120盏，\n让大家晚上出门不再摸黑。\n白岩村党支部\u3000村民委员会\n2025年1月5日\n\n县城新建农贸市场投用\n\u3000\u3000本报讯（记者 李\u3000华）日前，\n县城新建的农贸市场正式投入使用，\n200多个摊位全部入驻。\n',
     [(['致全村乡亲的一封信'], 8, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # sig29
    ('感谢信\n\n尊敬的县人民医院：\n\n今年10月，我的父亲因突发脑梗住进贵院。在这里，我们要特别感谢神经内科的医护人员。\n\n主治医生\u3000李建华\n\n护士长\u3000王丽芳\n\n是你们日夜守护，让父亲转危为安。再次向你们表示衷心的感谢！\n\n城关镇\u3000王秀兰\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['感谢信'], 6, ['王秀兰']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # sig19b
    ('读者来信\n\n卷烟配送时间该调一调了\n\n本报记者\u3000刘\u3000洋\n\n近日，本报收到多位零售户来信，反映卷烟配送时间不合理。记者随即进行了走访。\n\n通海县九龙街道零售户\u3000马国强\n\n“每周二下午配送，正赶上店里最忙的时候。”\n\n记者从县烟草专卖局了解到，该局已着手调整配送线路。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['读者来信', '卷烟配送时间该调一调了'], 4, ['刘洋']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # sig22
    ('2025年12月10日\u3000星期三\u3000第4版\u3000副刊\n\n我收藏的东北海报\n\n□ 王\u3000林\n\n上世纪八十年代，我开始收藏电影海报，至今已有两千多张。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['我收藏的东北海报'], 1, ['王林']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # paper02
    ('2025年12月10日\u3000星期三\u3000第5版\u3000文化\n\n方寸之间看河北海报\n\n本报记者\u3000周\u3000洁\n\n走进省博物馆，百余幅河北本土设计师创作的海报吸引了不少市民驻足。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['方寸之间看河北海报'], 1, ['周洁']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # paper11
    ('2025年12月10日\u3000星期三\u3000第4版\u3000副刊\n我收藏的东北海报\n□ 王\u3000林\n\u3000\u3000上世纪八十年代，我开始收藏电\n影海报，至今已有两千多张。\n\n县城新建农贸市场投用\n\u3000\u3000本报讯（记者 李\u3000华）日前，\n县城新建的农贸市场正式投入使用，\n200多个摊位全部入驻。\n',
     [(['我收藏的东北海报'], 1, ['王林']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # paper16
    ('垦区动态\n\u3000\u3000本报讯（记者 孙立群）近日，\n垦区各农场扎实做好冬季生产各项工\n作，为明年春耕打下坚实基础。\n\n\u3000\u3000红旗农场：今年粮食总产量达到\n12万吨，创历史新高。\n\u3000\u3000前进农场：建成全省首个无人化\n农场示范区，节本增效明显。\n\n县城新建农贸市场投用\n\u3000\u3000本报讯（记者 李\u3000华）日前，\n县城新建的农贸市场正式投入使用，\n200多个摊位全部入驻。\n',
     [(['垦区动态'], 3, ['孙立群']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # farm26
    ('林区见闻\n□ 李\u3000松\n\u3000\u3000入冬后，林场的活儿一点没少。\n护林员每天要巡山二十多里。\n\n\u3000\u3000白桦林场：这里的护林员都是老\n职工，他们对这片林子有着很深的感\n情。\n\u3000\u3000老刘就是其中一个。\n\n县城新建农贸市场投用\n\u3000\u3000本报讯（记者 李\u3000华）日前，\n县城新建的农贸市场正式投入使用，\n200多个摊位全部入驻。\n',
     [(['林区见闻'], 3, ['李松']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # farm28
    ('全市卷烟营销工作会议召开\n\n本报讯（通讯员 杨\u3000帆）12月8日，全市卷烟营销工作会议召开。会上，3名客户经理作交流发言。\n\n石屏县局（分公司）营销部\u3000尹\u3000航\n\n通海县局（分公司）营销部\u3000马\u3000丽\n\n华宁县局（分公司）营销部\u3000张晓东\n\n会议要求，各县局要进一步提升服务水平。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['全市卷烟营销工作会议召开'], 5, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # unit18
    ('暖心服务在身边\n\n本报记者\u3000李\u3000华\n\n“有事找小尹。”在石屏县，不少零售户都存着客户经理尹航的电话。\n\n石屏县局（分公司）营销部\u3000尹\u3000航\n\n尹航今年32岁，当客户经理已经8年。每到一户，他都会帮店主理货、算账。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['暖心服务在身边'], 3, ['李华']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # unit21
]


# Session 67's third review: a story's source under its rows and sentences, a box's supplier named a committee, a
# station or an association; figure-first decks (7天　接待游客…, 3000名　…); farms' items at a column's head; an index's
# item quoting a sentence; letters signed by a trade; a bilingual headline, an event's sponsor at a page's top; an essay's
# own subheads, a quoted letter's signature, a speaker's line
SESSION_67_THIRD_REVIEW_PAGES = [
    ('“三个一”打通服务群众最后一公里\n\n今年以来，县委组织部聚焦群众急难愁盼，推出“三个一”工作法，推动党员干部下沉一线。\n\n01\u3000一张网格管到底\n\n全县划分网格862个，每个网格配备1名专职网格员，做到小事不出网格。\n\n02\u3000一本台账理清楚\n\n建立民情台账，对群众反映的问题逐条登记、限时办结，今年已办结1.2万件。\n\n县委组织部供稿\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['“三个一”打通服务群众最后一公里'], 5, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # close_numbered_subheads
    ('第三届乡村文化旅游节开幕\n\n12月20日，第三届乡村文化旅游节在青石镇开幕，活动持续三天。\n\n活动日程如下：\n\n12月20日\u3000开幕式暨非遗展演\n\n12月21日\u3000农特产品展销\n\n12月22日\u3000乡村美食大赛\n\n活动期间，游客可免费参观青石古镇。\n\n县文化和旅游局供稿\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['第三届乡村文化旅游节开幕'], 6, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # close_schedule_rows
    ('全县中小学生书法比赛结果揭晓\n\n近日，全县中小学生书法比赛落下帷幕，共有1200余名学生参赛。\n\n小学组一等奖\u3000张子涵\u300098分\n\n初中组一等奖\u3000李明轩\u300097分\n\n获奖作品将在县图书馆展出一个月。\n\n县教育体育局供稿\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['全县中小学生书法比赛结果揭晓'], 4, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # close_award_rows
    ('前三季度我县经济运行稳中有进\n\n前三季度，全县经济运行总体平稳，主要指标好于预期。\n\n地区生产总值\u3000186.5亿元\n\n规上工业增加值\u3000增长8.2%\n\n下一步，全县将抓好四季度各项工作，确保完成全年目标。\n\n县统计局供稿\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['前三季度我县经济运行稳中有进'], 4, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # close_figures_story
    ('“三个一”打通服务群众最后一公里\n\u3000\u3000今年以来，县委组织部聚焦群众急\n难愁盼，推出“三个一”工作法。\n01\u3000一张网格管到底\n\u3000\u3000全县划分网格862个，每个网格配\n备1名专职网格员。\n02\u3000一本台账理清楚\n\u3000\u3000建立民情台账，今年已办结群众反\n映问题1.2万件。\n县委组织部供稿\n\n县城新建农贸市场投用\n\u3000\u3000本报讯（记者 李\u3000华）日前，\n县城新建的农贸市场正式投入使用，\n200多个摊位全部入驻。\n',
     [(['“三个一”打通服务群众最后一公里'], 5, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # close_numbered_wr
    ('城东街道打造便民生活圈\n\n15分钟\u3000办成群众身边事\n\n本报讯（记者 王\u3000磊）近日，城东街道15分钟便民生活圈建设全面完成，居民步行15分钟即可办成日常事务。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['城东街道打造便民生活圈', '15分钟 办成群众身边事'], 1, ['王磊']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # d_15fen
    ('城东街道打造便民生活圈\n15分钟\u3000办成群众身边事\n\u3000\u3000本报讯（记者 王\u3000磊）近日，\n城东街道15分钟便民生活圈建设全\n面完成，居民步行15分钟即可办成日常事务。\n\n县城新建农贸市场投用\n\u3000\u3000本报讯（记者 李\u3000华）日前，\n县城新建的农贸市场正式投入使用，\n200多个摊位全部入驻。\n',
     [(['城东街道打造便民生活圈', '15分钟 办成群众身边事'], 3, ['王磊']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # d_15fen_wr
    ('县政务服务中心推出自助服务区\n\n24小时\u3000政务服务“不打烊”\n\n本报讯（记者 王\u3000磊）12月16日起，县政务服务中心24小时自助服务区正式启用，群众可随时办理40余项业务。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['县政务服务中心推出自助服务区', '24小时 政务服务“不打烊”'], 1, ['王磊']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # d_24xiaoshi
    ('县政务服务中心推出自助服务区\n24小时\u3000政务服务“不打烊”\n\u3000\u3000本报讯（记者 王\u3000磊）12月\n16日起，县政务服务中心24小时\n自助服务区正式启用，群众可随时办理40余项业务。\n\n县城新建农贸市场投用\n\u3000\u3000本报讯（记者 李\u3000华）日前，\n县城新建的农贸市场正式投入使用，\n200多个摊位全部入驻。\n',
     [(['县政务服务中心推出自助服务区', '24小时 政务服务“不打烊”'], 3, ['王磊']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # d_24xiaoshi_wr
    ('全市表彰优秀志愿者\n\n3000名\u3000志愿者温暖一座城\n\n本报讯（记者 张\u3000敏）12月5日，市文明办召开志愿服务工作推进会，表彰了一批优秀志愿者和志愿服务组织。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['全市表彰优秀志愿者', '3000名 志愿者温暖一座城'], 1, ['张敏']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # d_3000ming
    ('全市表彰优秀志愿者\n3000名\u3000志愿者温暖一座城\n\u3000\u3000本报讯（记者 张\u3000敏）12月\n5日，市文明办召开志愿服务工作推\n进会，表彰了一批优秀志愿者和志愿服务组织。\n\n县城新建农贸市场投用\n\u3000\u3000本报讯（记者 李\u3000华）日前，\n县城新建的农贸市场正式投入使用，\n200多个摊位全部入驻。\n',
     [(['全市表彰优秀志愿者', '3000名 志愿者温暖一座城'], 3, ['张敏']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # d_3000ming_wr
    ('国庆假期全县旅游市场火热\n\n7天\u3000接待游客52万人次\n\n本报讯（记者 张\u3000敏）记者从县文化和旅游局获悉，国庆假期全县共接待游客52万人次，同比增长12.5%。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['国庆假期全县旅游市场火热', '7天 接待游客52万人次'], 1, ['张敏']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # d_7tian
    ('国庆假期全县旅游市场火热\n7天\u3000接待游客52万人次\n\u3000\u3000本报讯（记者 张\u3000敏）记者从\n县文化和旅游局获悉，国庆假期全县\n共接待游客52万人次，同比增长12.5%。\n\n县城新建农贸市场投用\n\u3000\u3000本报讯（记者 李\u3000华）日前，\n县城新建的农贸市场正式投入使用，\n200多个摊位全部入驻。\n',
     [(['国庆假期全县旅游市场火热', '7天 接待游客52万人次'], 1, ['张敏']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # d_7tian_wr
    ('城区公交线网再优化\n\n5条\u3000新线路下周开通\n\n本报讯（记者 张\u3000敏）记者从县交通运输局获悉，城区5条新开通公交线路将于下周一正式运营。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['城区公交线网再优化', '5条 新线路下周开通'], 1, ['张敏']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # d_5tiao
    ('城区公交线网再优化\n5条\u3000新线路下周开通\n\u3000\u3000本报讯（记者 张\u3000敏）记者从\n县交通运输局获悉，城区5条新开通\n公交线路将于下周一正式运营。\n\n县城新建农贸市场投用\n\u3000\u3000本报讯（记者 李\u3000华）日前，\n县城新建的农贸市场正式投入使用，\n200多个摊位全部入驻。\n',
     [(['城区公交线网再优化', '5条 新线路下周开通'], 1, ['张敏']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # d_5tiao_wr
    ('全县冬春农田水利建设掀起热潮\n\n100天——打好水利建设攻坚战\n\n本报讯（记者 张\u3000敏）入冬以来，全县上下掀起冬春农田水利建设热潮，计划用100天时间完成各项工程。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['全县冬春农田水利建设掀起热潮', '100天——打好水利建设攻坚战'], 1, ['张敏']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # d_dash_100tian
    ('全县冬春农田水利建设掀起热潮\n100天——打好水利建设攻坚战\n\u3000\u3000本报讯（记者 张\u3000敏）入冬以\n来，全县上下掀起冬春农田水利建设\n热潮，计划用100天时间完成各项工程。\n\n县城新建农贸市场投用\n\u3000\u3000本报讯（记者 李\u3000华）日前，\n县城新建的农贸市场正式投入使用，\n200多个摊位全部入驻。\n',
     [(['全县冬春农田水利建设掀起热潮', '100天——打好水利建设攻坚战'], 1, ['张敏']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # d_dash_100tian_wr
    ('我县通过国家卫生县城复审\n\n96.5分\u3000创历史最好成绩\n\n本报讯（记者 张\u3000敏）近日，全国爱卫办公布国家卫生县城复审结果，我县以96.5分的成绩顺利通过复审。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['我县通过国家卫生县城复审', '96.5分 创历史最好成绩'], 1, ['张敏']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # d_99fen
    ('我县通过国家卫生县城复审\n96.5分\u3000创历史最好成绩\n\u3000\u3000本报讯（记者 张\u3000敏）近日，\n全国爱卫办公布国家卫生县城复审结\n果，我县以96.5分的成绩顺利通过复审。\n\n县城新建农贸市场投用\n\u3000\u3000本报讯（记者 李\u3000华）日前，\n县城新建的农贸市场正式投入使用，\n200多个摊位全部入驻。\n',
     [(['我县通过国家卫生县城复审', '96.5分 创历史最好成绩'], 1, ['张敏']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # d_99fen_wr
    ('林区简讯\n\u3000\u3000入冬以来，各单位扎实开展冬季防\n火工作，全力守护森林资源安全。\n（通讯员 肖丽萍）\n\n龙塘林场：老场部变身职工书屋\n青砖黛瓦、书香满屋，龙塘老场部经\n过改造，成了职工们读书的好去处。\n\n\n县城新建农贸市场投用\n\u3000\u3000本报讯（记者 李\u3000华）日前，县城\n新建的农贸市场正式投入使用，200多\n个摊位全部入驻，群众买菜更方便了。\n',
     [(['林区简讯'], 2, []), (['龙塘林场：老场部变身职工书屋'], 1, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # f2230_farm
    ('垦区简讯\n\u3000\u3000入冬以来，垦区各单位抓好冬季生\n产，为明年春耕打下坚实的基础。\n（记者\u3000孙立群）\n\n红旗农场：冬季“菜篮子”供应足\n入冬以来，红旗场区蔬菜大棚陆续上\n市，日供应量达10吨，价格平稳。\n\n前进农场：人参“冬眠”有人管\n连日来，场里组织职工为人参园覆土\n防寒，确保来年丰收。\n\n\n县城新建农贸市场投用\n\u3000\u3000本报讯（记者 李\u3000华）日前，县城\n新建的农贸市场正式投入使用，200多\n个摊位全部入驻，群众买菜更方便了。\n',
     [(['垦区简讯'], 2, ['孙立群']), (['红旗农场：冬季“菜篮子”供应足'], 3, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # g2230b_farm
    ('草原简讯\n\u3000\u3000入冬以来，各地扎实做好牲畜越冬\n保畜工作，储备饲草料3万吨。\n（通讯员\u3000巴特尔）\n\n乌兰牧场：暖棚让牛羊安心过冬\n走进乌兰牧场，一排排新建的暖棚整\n齐划一，牛羊在棚里悠闲地吃草。\n\n\n县城新建农贸市场投用\n\u3000\u3000本报讯（记者 李\u3000华）日前，县城\n新建的农贸市场正式投入使用，200多\n个摊位全部入驻，群众买菜更方便了。\n',
     [(['草原简讯'], 2, []), (['乌兰牧场：暖棚让牛羊安心过冬'], 1, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # g2230c_farm
    ('湖区简讯\n\u3000\u3000冬捕节临近，湖区各单位做好冬捕\n准备工作，确保安全有序。\n（记者\u3000赵海涛）\n\n查干渔场：第一网打出鱼两万斤\n伴随着嘹亮的号子声，查干渔场今冬\n第一网鲜鱼出水，渔工们喜笑颜开。\n\n\n县城新建农贸市场投用\n\u3000\u3000本报讯（记者 李\u3000华）日前，县城\n新建的农贸市场正式投入使用，200多\n个摊位全部入驻，群众买菜更方便了。\n',
     [(['湖区简讯'], 2, ['赵海涛']), (['查干渔场：第一网打出鱼两万斤'], 1, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # g2230d_farm
    ('垦区动态\n近日，垦区各单位做好冬季生产各\n项工作，为明年春耕打下基础。\n\n马莲滩农场：集中整治职工居住环境\n近日，马莲滩场区开展环境整治行\n动，清理垃圾200余吨，面貌一新。\n\n\n县城新建农贸市场投用\n\u3000\u3000本报讯（记者 李\u3000华）日前，县城\n新建的农贸市场正式投入使用，200多\n个摊位全部入驻，群众买菜更方便了。\n',
     [(['垦区动态'], 4, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # g2441b_farm
    ('数说2025\n2163个\u3000全年新开通基站\n862户\u3000新增光纤入户\n3.2万人次\u3000营业厅服务人次\n\n15分钟\u3000便民生活圈越织越密\n\u3000\u3000走进城东社区便民服务中心，理\n发、修鞋、配钥匙的摊点一字排开。\n\n县城新建农贸市场投用\n\u3000\u3000本报讯（记者 李\u3000华）日前，\n县城新建的农贸市场正式投入使用，\n200多个摊位全部入驻。\n',
     [(['数说2025'], 4, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # fr_wr_15min
    ('城区公交线路\n\n1路\u3000火车站—工业园\n\n2路\u3000汽车站—南湖公园\n\n新辟公交线路\u30005条\n\n本报讯（记者 王\u3000磊）12月16日起，城区新开通5条公交线路，方便市民出行。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['城区公交线路', '1路 火车站—工业园', '2路 汽车站—南湖公园', '新辟公交线路 5条'], 1, ['王磊']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # fr_rows_tiao_headline
    ('全县中小学生书法比赛结果揭晓\n\n本报讯（记者 王\u3000磊）近日，全县中小学生书法比赛落下帷幕。\n\n一等奖\u30003名\n\n二等奖\u30005名\n\n表彰优秀乡村教师\u3000120名\n\n本报讯（记者 张\u3000敏）12月18日，全县教育工作会议召开，表彰了120名优秀乡村教师。\n',
     [(['全县中小学生书法比赛结果揭晓'], 1, ['王磊']), (['一等奖 3名', '二等奖 5名', '表彰优秀乡村教师 120名'], 1, ['张敏'])]),  # fr_story_then_ming_head
    ('全县中小学生书法比赛结果揭晓\n\n本报讯（记者 王\u3000磊）近日，全县中小学生书法比赛落下帷幕，获奖情况如下：\n\n一等奖\u300012人\n\n二等奖\u300025人\n\n全市招募志愿者\u30003000名\n\n本报讯（记者 张\u3000敏）12月18日，市文明办启动冬季志愿服务行动，计划招募志愿者3000名。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['全县中小学生书法比赛结果揭晓'], 3, ['王磊']), (['全市招募志愿者 3000名'], 1, ['张敏']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # f2_ming_head
    ('全县中小学生书法比赛结果揭晓\n\n本报讯（记者 王\u3000磊）近日，全县中小学生书法比赛落下帷幕，获奖情况如下：\n\n一等奖\u300012人\n\n二等奖\u300025人\n\n城区新辟公交线路\u30005条\n\n本报讯（记者 张\u3000敏）12月16日起，城区新开通5条公交线路，方便市民出行。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['全县中小学生书法比赛结果揭晓'], 3, ['王磊']), (['城区新辟公交线路 5条'], 1, ['张敏']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # f2_tiao_head
    ('全县中小学生书法比赛结果揭晓\n\u3000\u3000本报讯（记者 王\u3000磊）近日，全县\n中小学生书法比赛落下帷幕。\n一等奖\u300012人\n二等奖\u300025人\n\n全市招募志愿者\u30003000名\n\u3000\u3000本报讯（记者 张\u3000敏）12月18\n日，市文明办启动冬季志愿服务行动。\n',
     [(['全县中小学生书法比赛结果揭晓'], 3, ['王磊']), (['全市招募志愿者 3000名'], 1, ['张敏'])]),  # f2_wr_rows_head
    ('2025年12月10日\u3000星期三\n\n今日导读\n\n新年献词：奋斗。奋斗！\u30002版\n\n老街焕新颜\u30003版\n\n冬日茶园里的“守艺人”\u30004版\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['县城新建农贸市场投用'], 1, ['李华'])]),  # i_item_with_stop
    ('2025年12月10日\u3000星期三\n\n今日导读\n\n“致富路上，一个都不能少。”\u30002版\n\n老街焕新颜\u30003版\n\n冬日茶园里的“守艺人”\u30004版\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['县城新建农贸市场投用'], 1, ['李华'])]),  # i_item_quote_stop
    ('读者来信\n\n卷烟配送时间能否调一调\n\n编辑同志：\n\n我在九龙街道经营一家小超市，卷烟每周二下午配送，正赶上店里最忙的时候，常常顾不过来。\n\n希望烟草部门能根据零售户的实际情况，调整配送时间。\n\n九龙街道零售户\u3000马国强\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['读者来信', '卷烟配送时间能否调一调'], 4, ['马国强']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # let_trader_noxian
    ('读者来信\n\n卷烟配送时间能否调一调\n\n编辑同志：\n\n我在九龙街道经营一家小超市，卷烟每周二下午配送，正赶上店里最忙的时候，常常顾不过来。\n\n希望烟草部门能根据零售户的实际情况，调整配送时间。\n\n通海县九龙街道零售户\u3000马国强\n\n通海县烟草专卖局回复：\n\n马国强同志：您反映的问题已收悉。经研究，自下周起，九龙街道片区配送时间调整为周二上午。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['读者来信', '卷烟配送时间能否调一调'], 4, ['马国强']), (['通海县烟草专卖局回复：'], 1, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # let_trader_reply
    ('读者来信\n\n卷烟配送时间能否调一调\n\n编辑同志：\n\n城区解放路与人民路交叉口的红绿灯时间太短，行人常常走到一半就变灯了。\n\n建议有关部门适当延长行人通行时间。\n\n出租车司机\u3000王志强\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['读者来信', '卷烟配送时间能否调一调'], 4, ['王志强']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # let_driver
    ('读者来信\n\n卷烟配送时间能否调一调\n\n编辑同志：\n\n最近办理个体工商户年报，网上系统总是登录不上，跑了两趟大厅也没办成。\n\n希望有关部门优化办理流程。\n\n个体工商户\u3000赵德胜\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['读者来信', '卷烟配送时间能否调一调'], 4, ['赵德胜']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # let_getihu
    ('读者来信\n\n路口红绿灯时间该延长了\n\n编辑同志：\n\n城区解放路与人民路交叉口的红绿灯时间太短，行人常常走到一半就变灯了。\n\n建议有关部门适当延长行人通行时间。\n\n出租车司机\u3000王志强\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['读者来信', '路口红绿灯时间该延长了'], 4, ['王志强']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # let2_driver
    ('读者来信\n\n年报系统何时不再“卡壳”\n\n编辑同志：\n\n最近办理个体工商户年报，网上系统总是登录不上，跑了两趟大厅也没办成。\n\n希望有关部门优化办理流程。\n\n个体工商户\u3000赵德胜\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['读者来信', '年报系统何时不再“卡壳”'], 4, ['赵德胜']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # let2_getihu
    ('读者来信\n卷烟配送时间能否调一调\n编辑同志：\n\u3000\u3000我在九龙街道经营一家小超市，\n卷烟每周二下午配送，正赶上店里最\n忙的时候。\n\u3000\u3000希望烟草部门调整配送时间。\n九龙街道零售户\u3000马国强\n\n县城新建农贸市场投用\n\u3000\u3000本报讯（记者 李\u3000华）日前，\n县城新建的农贸市场正式投入使用，\n200多个摊位全部入驻。\n',
     [(['读者来信', '卷烟配送时间能否调一调'], 4, ['马国强']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # let2_trader_noxian_wr
    ('读者来信\n\n早市占道经营该管管了\n\n编辑同志：\n\n城关镇东街早市每天清晨占道经营，车辆通行困难，还存在安全隐患。\n\n建议有关部门划定临时摊区，规范经营秩序。\n\n城关镇东街摊主\u3000刘桂芳\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['读者来信', '早市占道经营该管管了'], 4, ['刘桂芳']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # let2_vendor_zhen
    ('欢乐春节\n\nHAPPY CHINESE NEW YEAR\n\n本报讯（记者 李\u3000华）1月28日，我市举办“欢乐春节”中外青年联欢会，来自12个国家的留学生与市民共度新春。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['欢乐春节', 'HAPPY CHINESE NEW YEAR'], 1, ['李华']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # m_bilingual_headline
    ('双语课堂\n\nENGLISH CORNER\n\n冬至（Winter Solstice）是中国传统节日之一。这一天，北方人吃饺子，南方人吃汤圆。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['双语课堂', 'ENGLISH CORNER'], 1, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # m_english_corner
    ('熊猫之乡\n\nHOME OF PANDAS\n\n12月9日，宝兴县举办大熊猫文化周活动，吸引众多游客。\u3000记者\u3000王\u3000明\u3000摄\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['熊猫之乡', 'HOME OF PANDAS'], 1, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # m_bilingual_frag_event
    ('墨溪书香\n\n墨溪市图书馆主办\n\n2026年1月5日\n\n星期一\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['墨溪书香', '墨溪市图书馆主办', '2026年1月5日', '星期一', '县城新建农贸市场投用'], 1, ['李华'])]),  # m_library_sponsor
    ('墨溪书香\n\n墨溪市图书馆主办\n\n2026年1月5日\n\n星期一\u3000第2版\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['墨溪书香', '墨溪市图书馆主办', '2026年1月5日', '星期一 第2版', '县城新建农贸市场投用'], 1, ['李华'])]),  # m_library_date_weekday_page
    ('2025年12月10日\u3000星期三\u3000第4版\u3000文化\n\n文物展览\n\n墨溪市博物馆主办\n\n“丝路遗珍”文物特展将于12月20日在市博物馆开幕，展出文物200余件（套）。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['文物展览', '墨溪市博物馆主办'], 1, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # m_museum_over_notice
    ('公益讲座\n\n墨溪市图书馆主办\n\n时间：12月20日（周六）14:30\n\n地点：市图书馆二楼报告厅\n\n主讲：李文博（省社科院研究员）\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['公益讲座', '墨溪市图书馆主办'], 3, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # m_library_notice_top
    ('公益讲座\n\n墨溪市图书馆主办\n\n2026年1月10日\n\n星期六下午2:30\n\n主讲：李文博（省社科院研究员）\n\n欢迎广大市民参加。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['公益讲座', '墨溪市图书馆主办', '2026年1月10日'], 3, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # m_lecture_top_date
    ('墨溪日报\u30002025年12月10日\u3000星期三\u3000第6版\n\n公益讲座\n\n墨溪市图书馆主办\n\n时间：12月20日（周六）14:30\n\n地点：市图书馆二楼报告厅\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['公益讲座', '墨溪市图书馆主办'], 2, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # m2_after_header_event
    ('2025年12月10日\u3000星期三\u3000第4版\n\n丝路遗珍\n\n墨溪市博物馆主办\n\n展期：12月20日—2026年3月20日\n\n地点：市博物馆一楼临展厅\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['丝路遗珍', '墨溪市博物馆主办'], 2, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # m2_exhibit_head_museum
    ('2025年12月10日\u3000星期三\u3000第4版\n文物展览\n墨溪市博物馆主办\n\u3000\u3000“丝路遗珍”文物特展将于12月20\n日在市博物馆开幕，展出文物200余\n件（套）。\n\n县城新建农贸市场投用\n\u3000\u3000本报讯（记者 李\u3000华）日前，县城\n新建的农贸市场正式投入使用，200多\n个摊位全部入驻，群众买菜更方便了。\n',
     [(['文物展览', '墨溪市博物馆主办'], 1, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # m2_wr_exhibit
    ('茶叶科技\n\n墨溪市茶叶研究院主办\n\n2026年1月5日\u3000星期一\u3000第1期\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['茶叶科技', '墨溪市茶叶研究院主办', '县城新建农贸市场投用'], 1, ['李华'])]),  # m2_research_sponsor_top
    ('欢乐春节\nHAPPY CHINESE NEW YEAR\n\u3000\u3000本报讯（记者 李\u3000华）1月28日，\n我市举办“欢乐春节”中外青年联欢会。\n\n县城新建农贸市场投用\n\u3000\u3000本报讯（记者 李\u3000华）日前，县城\n新建的农贸市场正式投入使用，200多\n个摊位全部入驻，群众买菜更方便了。\n',
     [(['欢乐春节', 'HAPPY CHINESE NEW YEAR'], 1, ['李华']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # m2_bilingual_top_wr
    ('节气里的乡村\n\n□ 王\u3000林\n\n在乡下，日子是跟着节气走的。\n\n白\u3000露\n\n白露一过，早晚凉了。父亲说，该收花生了。一家人起早贪黑，在地里忙活好几天。\n\n谷\u3000雨\n\n谷雨前后，种瓜点豆。母亲把攒了一冬的种子拿出来，一粒一粒地挑。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['节气里的乡村'], 5, ['王林']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # sp_solar_terms
    ('父亲的信\n\n□ 王\u3000林\n\n整理旧物时，我翻出了父亲当年写给我的几封信，纸已经发黄了。\n\n第一封信\n\n林儿：你到省城已经一个月了，家里一切都好，不要挂念。天冷了，记得多穿衣服。\n\n王德明\n\n那年我十八岁，第一次离家。读着信，我哭了一整夜。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['父亲的信'], 5, ['王林']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # sp_father_letter
    ('老屋\n\n□ 王\u3000林\n\n老屋在村子的最东头，是爷爷年轻时盖的。\n\n门前的老槐树\n\n门前有一棵老槐树，夏天我们在树下乘凉，听爷爷讲故事。如今槐树还在，爷爷却走了。\n\n小院\u3000大变化\n\n本报讯（记者 张\u3000敏）近日，城关镇开展庭院整治行动，300余户农家小院焕然一新。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['老屋'], 3, ['王林']), (['小院 大变化'], 1, ['张敏']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # sp_next_headline_space
    ('茶山上的守艺人\n\n文/王\u3000林\n\n在青石村，提起制茶，人们都会想到李德福。\n\n老茶人的心里话\n\n“做茶跟做人一样，急不得。火候差一点，茶就不是那个味了。”\n\n村支书\u3000王德福\n\n说起李德福，村支书王德福赞不绝口。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['茶山上的守艺人'], 5, ['王林']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # sp_speaker_line
    ('山村的早晨\n\n□ 王\u3000林\n\n鸡叫了三遍\n\n炊烟就升起来了\n\n母亲在灶前忙碌\n\n父亲扛起锄头下地。\n\n夏\u3000耘\n\n夏日的午后，田里没有一个人。只有知了在树上叫个不停。\n\n高粱酒\n\n这是我爷爷最爱喝的酒。\n',
     [(['山村的早晨'], 8, ['王林'])]),  # sp_poem_signed_then_essay
    ('节气里的乡村\n□ 王\u3000林\n\u3000\u3000在乡下，日子是跟着节气走的。\n白\u3000露\n\u3000\u3000白露一过，早晚凉了。父亲说，\n该收花生了。\n谷\u3000雨\n\u3000\u3000谷雨前后，种瓜点豆。母亲把攒\n了一冬的种子拿出来。\n\n县城新建农贸市场投用\n\u3000\u3000本报讯（记者 李\u3000华）日前，\n县城新建的农贸市场正式投入使用，\n200多个摊位全部入驻。\n',
     [(['节气里的乡村'], 5, ['王林']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # sp_wr_sections
    ('守山人\n\n文/王\u3000林\n\n在大山深处的林场，住着一群守山人。\n\n老刘的心愿\n\n“守了一辈子山，就盼着山上的树越长越多。”\n\n护林员\u3000刘长林\n\n老刘今年五十八岁，在林场干了整整四十年。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['守山人'], 5, ['王林']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # sp2_interview_speaker
    ('父亲的信\n□ 王\u3000林\n\u3000\u3000整理旧物时，我翻出了父亲当年写\n给我的几封信。\n第一封信\n\u3000\u3000林儿：你到省城已经一个月了，家\n里一切都好，不要挂念。\n王德明\n\u3000\u3000那年我十八岁，第一次离家。\n\n县城新建农贸市场投用\n\u3000\u3000本报讯（记者 李\u3000华）日前，县城\n新建的农贸市场正式投入使用，200多\n个摊位全部入驻，群众买菜更方便了。\n',
     [(['父亲的信'], 5, ['王林']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # sp2_wr_father
    ('本周天气\n\n12月11日\u3000晴\u3000-3℃～6℃\n\n12月12日\u3000多云\u3000-2℃～7℃\n\n12月13日\u3000小雪\u3000-5℃～1℃\n\n县气象台提供\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [([], 1, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # sup_qixiangtai
    ('本周菜价\n\n大白菜\u30000.80元/斤\n\n土豆\u30001.20元/斤\n\n猪肉\u300013.50元/斤\n\n县发改委提供\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['本周菜价'], 4, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # sup_县发改委提供
    ('本周菜价\n\n大白菜\u30000.80元/斤\n\n土豆\u30001.20元/斤\n\n猪肉\u300013.50元/斤\n\n县蔬菜产业协会提供\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['本周菜价'], 4, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # sup_县蔬菜产业协会提供
    ('本周菜价\n\n大白菜\u30000.80元/斤\n\n土豆\u30001.20元/斤\n\n猪肉\u300013.50元/斤\n\n县气象台提供\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['本周菜价'], 4, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # sup_县气象台提供
    ('本周菜价\n\n大白菜\u30000.80元/斤\n\n土豆\u30001.20元/斤\n\n猪肉\u300013.50元/斤\n\n市总工会提供\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['本周菜价'], 4, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # sup_市总工会提供
    ('本周菜价\n\n大白菜\u30000.80元/斤\n\n土豆\u30001.20元/斤\n\n猪肉\u300013.50元/斤\n\n县商务和投资促进委员会提供\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['本周菜价'], 4, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # sup_县商务和投资促进委员会提供
    ('本周菜价\n\n大白菜\u30000.80元/斤\n\n土豆\u30001.20元/斤\n\n猪肉\u300013.50元/斤\n\n注：以上为城区农贸市场均价。\n\n县发改委提供\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['本周菜价'], 5, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # supnote_县发改委提供
    ('本周菜价\n\n大白菜\u30000.80元/斤\n\n土豆\u30001.20元/斤\n\n猪肉\u300013.50元/斤\n\n注：以上为城区农贸市场均价。\n\n县气象台提供\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['本周菜价'], 5, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # supnote_县气象台提供
    ('本周菜价\n\n大白菜\u30000.80元/斤\n\n土豆\u30001.20元/斤\n\n猪肉\u300013.50元/斤\n\n注：以上为城区农贸市场均价。\n\n县蔬菜产业协会提供\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['本周菜价'], 5, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # supnote_县蔬菜产业协会提供
    ('本周菜价\n大白菜\u30000.80元/斤\n土豆\u30001.20元/斤\n猪肉\u300013.50元/斤\n县发改委提供\n\n县城新建农贸市场投用\n\u3000\u3000本报讯（记者 李\u3000华）日前，\n县城新建的农贸市场正式投入使用，\n200多个摊位全部入驻。\n',
     [(['本周菜价'], 4, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # supwr_县发改委提供
    ('表彰决定\n经研究，决定表彰以下先进集体和先\n进个人，希望受表彰者再接再厉。\n先进集体 12个\n先进个人 36名\n\n县城新建农贸市场投用\n本报讯（记者 李华）日前，县城新\n建的农贸市场正式投入使用，200多\n个摊位全部入驻，群众买菜更方便。\n',
     [(['表彰决定'], 2, []), (['先进个人 36名', '县城新建农贸市场投用'], 1, ['李华'])]),  # w_notice_list
    ('全市表彰优秀志愿者\n3000名 志愿者温暖一座城\n\u3000\u3000本报讯（记者 张敏）12月5日，\n市文明办表彰了一批优秀志愿者。\n\n县城新建农贸市场投用\n\u3000\u3000本报讯（记者 李华）日前，县城\n新建的农贸市场正式投入使用，200\n多个摊位全部入驻，群众买菜更方便。\n',
     [(['全市表彰优秀志愿者', '3000名 志愿者温暖一座城'], 1, ['张敏']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # w_head_over_ming
]


# Session 68's review: a poem's last verse naming a song over the next poem; a padded poem title under a kicker or over
# its poet; a dotted name or place under a title (a hero addressed, a place, a profile's subject, a stanza's place); a
# regiment over a subhead's phrase; an association's dated line kicking a headline; subheads opening 截至…，; a photo's
# one-word title under a forecast; a sidebar after a box of figures
SESSION_68_REVIEW_PAGES = [
    ('棉田\n\n张\u3000弛\n\n白茫茫的棉田\n\n一眼望不到边\n\n采棉机轰鸣\n\n像一支歌谣\n\n界碑\n\n王建军\n\n它站在那里\n\n比山上的任何一棵树\n\n都站得更直\n',
     [(['棉田'], 4, ['张弛']), (['界碑'], 3, ['王建军'])]),  # p_lastverse_geyao
    ('致敬\n\n拉齐尼·巴依卡\n\n你跳进冰冷的湖水\n\n托起一个孩子\n\n把自己留在了春天\n\n李\u3000娜\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻，群众买菜更方便了。\n',
     [(['致敬'], 4, ['李娜']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # p_dotted_first_verse_footsigned
    ('县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻，群众买菜更方便了。\n\n人物名片\n\n买买提·依明\n\n出生：1968年\n\n职务：护边员\n\n荣誉：全国劳动模范\n\n守边年限：33年\n',
     [(['县城新建农贸市场投用'], 7, ['李华'])]),  # b_card_dotted
    ('最美护边员\n\n阿依古丽·托乎提\n\n民族：柯尔克孜族\n\n年龄：46岁\n\n护边里程：3万余公里\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻，群众买菜更方便了。\n',
     [(['最美护边员', '阿依古丽·托乎提'], 3, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # b_card_dotted2
    ('西域行吟\n\n吐鲁番·葡萄沟\n\n李\u3000娜\n\n葡萄架下\n\n阿妈摘下一串月光\n\n递给远方的客人\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻，群众买菜更方便了。\n',
     [(['西域行吟', '吐鲁番·葡萄沟'], 3, ['李娜']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # p_dotted_place_title
    ('各团场冬季农田水利建设忙\n\n本报讯（记者 王\u3000凯）入冬以来，师市各团场抢抓有利时机，掀起冬季农田水利建设热潮。\n\n二六三团\u3000高标准\n\n二六三团今冬完成高标准农田建设2.3万亩，比去年增加5000亩。\n\n二六八团\u3000金秋\n\n二六八团新铺设滴灌管网1.8万亩，节水率达30%以上。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻，群众买菜更方便了。\n',
     [(['各团场冬季农田水利建设忙'], 5, ['王凯']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # r_subhead_roundup2
    ('县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻，群众买菜更方便了。\n\n中国汽车工业协会1月12日发布\n\n去年我国新能源汽车销量超1600万辆\n\n本报讯 中国汽车工业协会1月12日发布数据，2025年我国新能源汽车产销量均超过1600万辆，连续11年位居全球第一。\n',
     [(['县城新建农贸市场投用'], 1, ['李华']), (['中国汽车工业协会1月12日发布', '去年我国新能源汽车销量超1600万辆'], 1, [])]),  # i_issuer_as_kicker
    ('县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻，群众买菜更方便了。\n\n2025年全国汽车产销数据\n\n中国汽车工业协会1月12日发布\n\n汽车产量\u30003450万辆\n\n汽车销量\u30003420万辆\n\n新能源汽车销量\u30001650万辆\n',
     [(['县城新建农贸市场投用'], 1, ['李华']), (['2025年全国汽车产销数据', '中国汽车工业协会1月12日发布'], 3, [])]),  # i_issuer_as_deck
    ('今年全县重点工作回眸\n\n本报讯（记者 王\u3000凯）2025年，我县紧紧围绕年初确定的目标任务，各项工作取得新成效。\n\n截至12月，重点项目完成投资86亿元\n\n全县36个重点项目完成投资86亿元，占年度计划的108%。\n\n截至12月，新增就业1.2万人\n\n全县城镇新增就业1.2万人，城镇登记失业率控制在3%以内。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻，群众买菜更方便了。\n',
     [(['今年全县重点工作回眸'], 5, ['王凯']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # j_subhead_comma
    ('诗苑\n\n秋\u3000思\n\n李\u3000娜\n\n雁阵掠过天边\n\n芦花白了头\n\n母亲在村口\n\n站成一棵老树\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻，群众买菜更方便了。\n',
     [(['诗苑', '秋 思'], 4, ['李娜']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # pt_kicker_padded_title
    ('白杨\n\n张\u3000弛\n\n站在渠边\n\n站成一排哨兵\n\n守着连队的春天\n\n暮\u3000鼓\n\n李\u3000娜\n\n古寺的钟声落了\n\n山门外\n\n炊烟升起来\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻，群众买菜更方便了。\n',
     [(['白杨'], 3, ['张弛']), (['暮 鼓'], 3, ['李娜']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # pt_padded_title_after_poem
    ('白杨\n\n张\u3000弛\n\n站在渠边\n\n站成一排哨兵\n\n守着连队的春天\n\n秋\u3000思\n\n王建军\n\n雁阵掠过天边\n\n芦花白了头\n\n母亲在村口\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻，群众买菜更方便了。\n',
     [(['白杨'], 3, ['张弛']), (['秋 思'], 3, ['王建军']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # pt_padded_title_after_poem_bare
    ('草原\n\n张\u3000弛\n\n羊群走过山坡\n\n白云落在河里\n\n阿爸唱起牧歌\n\n界碑\n\n王建军\n\n它站在那里\n\n比山上的任何一棵树\n\n都站得更直\n',
     [(['草原'], 3, ['张弛']), (['界碑'], 3, ['王建军'])]),  # pl_last_verse_mu_ge
    ('月夜\n\n张\u3000弛\n\n月光如水\n\n洒在胡杨林上\n\n我低声吟\n\n界碑\n\n王建军\n\n它站在那里\n\n比山上的任何一棵树\n\n都站得更直\n',
     [(['月夜'], 3, ['张弛']), (['界碑'], 3, ['王建军'])]),  # pl_last_verse_yin
    ('戈壁秋色\n\n张\u3000弛\n\n胡杨金黄\n\n沙丘起伏\n\n都是诗\n\n渡口\n\n陈默然\n\n老船工撑着竹篙\n\n把一船晚霞\n\n送到对岸\n',
     [(['戈壁秋色'], 3, ['张弛']), (['渡口'], 3, ['陈默然'])]),  # pl_last_verse_shi_bare
    ('西行记\n\n李\u3000娜\n\n我走过\n\n阿勒泰·喀纳斯\n\n湖水蓝得像一块玻璃\n\n云在水里走\n\n白桦在岸上站\n\n我走过\n\n和田·玉龙喀什\n\n捡玉的人弯着腰\n\n把河床一寸寸翻开\n\n日头落进了沙里\n',
     [(['西行记'], 10, ['李娜'])]),  # pd_place_stanzas
    ('西行记\n\n李\u3000娜\n\n湖水蓝\n\n云在走\n\n风在唱\n\n走过\n\n阿勒泰·喀纳斯\n\n白桦在岸上站\n\n牛羊在坡上走\n\n牧人在毡房里唱\n',
     [(['西行记'], 8, ['李娜'])]),  # pd_place_stanzas_short
    ('白杨\n张\u3000弛\n站在渠边\n站成一排哨兵\n守着连队的春天\n\n秋\u3000思\n王建军\n雁阵掠过天边\n芦花白了头\n母亲在村口\n\n县城新建农贸市场投用\n\u3000\u3000本报讯（记者 李\u3000华）日前，\n县城新建的农贸市场正式投入使用，\n200多个摊位全部入驻，群众买菜\n更方便了。\n',
     [(['白杨'], 3, ['张弛']), (['秋 思'], 3, ['王建军']), (['县城新建农贸市场投用'], 2, ['李华'])]),  # wr_padded_title_after_poem
    ('棉田\n张\u3000弛\n白茫茫的棉田\n一眼望不到边\n采棉机轰鸣\n像一支歌谣\n\n界碑\n王建军\n它站在那里\n比山上的任何一棵树\n都站得更直\n\n县城新建农贸市场投用\n\u3000\u3000本报讯（记者 李\u3000华）日前，\n县城新建的农贸市场正式投入使用，\n200多个摊位全部入驻，群众买菜\n更方便了。\n',
     [(['棉田'], 4, ['张弛']), (['界碑'], 3, ['王建军']), (['县城新建农贸市场投用'], 2, ['李华'])]),  # wr_last_verse_song_bare
    ('各团场冬季农田水利建设忙\n\n本报讯（记者 王凯）入冬以来，师市各团场抢抓有利时机，掀起冬季农田水利建设热潮。\n\n二六三团\u3000马上办\n\n二六三团推行“马上办”工作机制，职工反映的问题当天受理、三天答复。\n\n二六八团\u3000常态化\n\n二六八团把农田水利建设纳入常态化管理，今冬新修防渗渠12公里。\n\n县城新建农贸市场投用\n\n本报讯（记者 李华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻，群众买菜更方便了。\n',
     [(['各团场冬季农田水利建设忙'], 5, ['王凯']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # r_subhead_slogans
    ('各团场冬季农田水利建设忙\n\u3000\u3000本报讯（记者 王凯）入冬以来\n，师市各团场抢抓有利时机，掀起冬\n季农田水利建设热潮。\n二六三团\u3000高质量\n\u3000\u3000二六三团今冬完成高标准农田建\n设2.3万亩，比去年增加5000\n亩。\n二六八团\u3000金点子\n\u3000\u3000二六八团开展“金点子”征集活\n动，收到职工合理化建议160余条\n。\n\n县城新建农贸市场投用\n\u3000\u3000本报讯（记者 李华）日前，县\n城新建的农贸市场正式投入使用，2\n00多个摊位全部入驻，群众买菜更\n方便了。\n',
     [(['各团场冬季农田水利建设忙'], 5, ['王凯']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # r_subhead_slogans_wr
    ('我县民生实事交出亮眼答卷\n\n本报讯（记者 王凯）记者从县政府办获悉，今年我县12件民生实事全部完成。\n\n截至11月，新建城乡公厕86座\n\n今年计划新建城乡公厕80座，实际建成86座，超额完成任务。\n\n截至11月，改造老旧小区12个\n\n全县12个老旧小区改造全部完工，惠及居民3600户。\n\n县城新建农贸市场投用\n\n本报讯（记者 李华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻，群众买菜更方便了。\n',
     [(['我县民生实事交出亮眼答卷'], 5, ['王凯']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # j_subheads_frag2
    ('数说\n\n全县民生实事进展\n\n12件\u3000民生实事全部完成\n\n3.2万户\u3000受益群众\n\n98.6%\u3000群众满意度\n\n延伸阅读\n\n明年民生实事早知道\n\n明年，县里将围绕“一老一小”等群众关切，谋划实施15件民生实事。\n\n县城新建农贸市场投用\n\n本报讯（记者 李华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻，群众买菜更方便了。\n',
     [(['数说', '全县民生实事进展'], 6, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # f_figures_then_yanshen
]


# Session 68's second review: a voices box's speaker under his quoted words; a feature's 元宵灯谜 subhead; a sentence cut
# before 材料：/组成：; a two-phrase title opening on 拓 (开新局　拓市场); two songs each signed at its foot
SESSION_68_SECOND_REVIEW_PAGES = [
    ('村民说变化\n\n说起村里这几年的变化，老郝打开了话匣子。\n\n修路以前，我们出村要走两个钟头的山路。\n\n他指着门前的水泥路说：“现在我骑电动车十分钟就到镇上，孙子上学也方便了。”\n\n郝家沟村\u3000郝建国\n',
     [(['村民说变化'], 4, [])]),  # A14_voice_leadin_page_end
    ('新春话心愿\n\n春节前，记者在石门镇采访了几位村民，请他们说说新一年的心愿。\n\n●“今年我想把家里的民宿再扩建两间，让更多游客来我们村过年。”\n\n柳树湾村\u3000王德胜\n',
     [(['新春话心愿'], 3, [])]),  # A22_bullet_voice_page_end
    ('村民心声\n\n记者在采访中，村民们纷纷为新修的文化广场点赞。\n\n说起文化广场，村民王德胜竖起大拇指：“以前我们晚上没地方去，现在吃完饭就来跳广场舞。”\n\n柳树湾村\u3000王德胜\n',
     [(['村民心声'], 3, [])]),  # A24_voice_says_page_end
    ('村民心声\n\u3000\u3000记者在采访中，村民们纷纷为新\n修的文化广场点赞。\n\u3000\u3000说起文化广场，村民王德胜竖起\n大拇指：“以前我们晚上没地方去，\n现在吃完饭就来跳广场舞。”\n柳树湾村\u3000王德胜\n',
     [(['村民心声'], 3, [])]),  # A25_wrapped_voice_says_page_end
    ('新春话心愿\n\u3000\u3000春节前，记者在石门镇采访了几\n位村民，请他们说说新一年的心愿。\n\u3000\u3000●“今年我想把家里的民宿再扩\n建两间，让更多游客来我们村过年。”\n柳树湾村\u3000王德胜\n',
     [(['新春话心愿'], 3, [])]),  # A26_wrapped_bullet_voice_page_end
    ('关于开展农机购置补贴申报的通知\n\n各乡镇农业服务中心：\n\n现将有关事项通知如下。\n\n一、申报对象\n\n从事农业生产的个人和农业生产经营组织。\n\n二、申报材料\n\n申报人应提交以下\n\n材料：身份证、户口本、购机发票原件及复印件。\n\n县农业农村局\n\n2026年1月6日\n',
     [(['关于开展农机购置补贴申报的通知'], 8, [])]),  # C15_printed_lines_notice
    ('关于成立县春节期间安全生产检查组的通知\n\n各乡镇人民政府，县直各部门：\n\n为切实做好春节期间安全生产工作，经县政府研究，决定成立县春节期间安全生产检查组。\n\n检查组由以下人员\n\n组成：组长由县政府分管副县长担任，成员由县应急管理局、县市场监管局负责同志担任。\n\n县人民政府办公室\n\n2026年1月8日\n',
     [(['关于成立县春节期间安全生产检查组的通知'], 5, [])]),  # C19_committee_zucheng
    ('我市简化新生儿出生“一件事”办理\n\n本报讯（记者 周建华）1月起，我市新生儿出生医学证明、户口登记、医保参保等事项实现“一次办”。\n\n新手爸妈只需准备好相关\n\n材料：在医院即可一次提交，最快3个工作日办结。\n\n截至目前，已有1200余个家庭享受到便利。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['我市简化新生儿出生“一件事”办理'], 3, ['周建华']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # C20_story_cut_cailiao
    ('办事指南\n\n新生儿医保参保登记\n\n办理\n\n材料：新生儿户口簿或出生医学证明。\n\n办理地点：各乡镇便民服务中心。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['办事指南', '新生儿医保参保登记'], 2, []), (['县城新建农贸市场投用'], 1, ['李华'])]),  # C22_guide_materials
    ('古镇年味浓\n本报记者\u3000马\u3000兰\n\u3000\u3000春节期间，青石古镇游人如织，\n处处洋溢着浓浓的年味。\n舞龙舞狮\n\u3000\u3000正月初一一早，古镇的老街上锣\n鼓喧天，两条金龙在人群中穿梭。\n元宵灯谜\n\u3000\u3000古镇文化站在戏台前挂起了30\n0多条灯谜，猜中的游客可以领取一\n份小礼品。\n非遗展演\n\u3000\u3000剪纸、糖画、皮影戏轮番上演，\n吸引了不少孩子驻足。\n\n县城新建农贸市场投用\n\u3000\u3000本报讯（记者 李\u3000华）日前，\n县城新建的农贸市场正式投入使用，\n200多个摊位全部入驻。\n',
     [(['古镇年味浓'], 7, ['马兰']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # D5c_wrapped_feature_subheads
    ('这个春节，村里年味足\n本报记者\u3000马\u3000兰\n\u3000\u3000春节期间，石桥村的文化广场上\n天天热闹非凡。\n写春联送祝福\n\u3000\u3000腊月二十八，村里的书法爱好者\n摆开桌子，免费为村民写春联。\n元宵猜谜\n\u3000\u3000正月十五晚上，村委会在广场上\n挂起了200多条灯谜，男女老少围\n着灯笼猜得起劲。\n看大戏过大年\n\u3000\u3000县剧团送戏下乡，一连唱了三天，\n十里八乡的村民都赶来看戏。\n\n县城新建农贸市场投用\n\u3000\u3000本报讯（记者 李\u3000华）日前，\n县城新建的农贸市场正式投入使用，\n200多个摊位全部入驻。\n',
     [(['这个春节，村里年味足'], 7, ['马兰']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # D5e_wrapped_long_subheads
    ('开新局\u3000拓局面\n\n我县经济运行稳中有进\n\n本报讯（记者 葛文涛）记者从县统计局获悉，2025年全县地区生产总值增长6.2%。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['开新局 拓局面', '我县经济运行稳中有进'], 1, ['葛文涛']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # E16_kicker_tuo
    ('开新局\u3000拓市场\n\n我县外贸出口逆势增长\n\n本报讯（记者 葛文涛）记者从县统计局获悉，2025年全县地区生产总值增长6.2%，增速居全市第二。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['开新局 拓市场', '我县外贸出口逆势增长'], 1, ['葛文涛']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # E29_kicker_kaixinju_shichang
    ('稳大局\u3000拓新局\n\n我县经济运行稳中有进\n\n本报讯（记者 葛文涛）记者从县统计局获悉，2025年全县地区生产总值增长6.2%，增速居全市第二。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['稳大局 拓新局', '我县经济运行稳中有进'], 1, ['葛文涛']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # E30_kicker_wendaju
    ('建体系\u3000拓服务\n\n我县养老服务实现城乡全覆盖\n\n本报讯（记者 周建华）记者从县民政局获悉，全县已建成养老服务站126个。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['建体系 拓服务', '我县养老服务实现城乡全覆盖'], 1, ['周建华']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # E31_kicker_jiantixi
    ('开新局\u3000拓局面\n我县经济运行稳中有进\n\u3000\u3000本报讯（记者 葛文涛）记者从\n县统计局获悉，2025年全县地区\n生产总值增长6.2%，增速居全市\n第二。\n\n县城新建农贸市场投用\n\u3000\u3000本报讯（记者 李\u3000华）日前，\n县城新建的农贸市场正式投入使用，\n200多个摊位全部入驻。\n',
     [(['开新局 拓局面', '我县经济运行稳中有进'], 1, ['葛文涛']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # E32_wrapped_kicker_kaixinju
    ('我县经济运行稳中有进\n\n开新局\u3000拓局面\n\n本报讯（记者 葛文涛）记者从县统计局获悉，2025年全县地区生产总值增长6.2%，增速居全市第二。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['我县经济运行稳中有进', '开新局 拓局面'], 1, ['葛文涛']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # E33_deck_kaixinju
    ('快递进村“最后一公里”打通了\n本报记者\u3000马\u3000兰\n\u3000\u3000腊月里，石桥村村民李大姐在村\n口就取到了网购的年货。\n强驿站\u3000拓服务\n\u3000\u3000全县建成村级寄递物流综合服务\n站186个，实现行政村全覆盖。\n优线路\u3000畅物流\n\u3000\u3000县里整合邮政、快递企业资源，\n开通农村物流线路23条。\n\n县城新建农贸市场投用\n\u3000\u3000本报讯（记者 李\u3000华）日前，\n县城新建的农贸市场正式投入使用，\n200多个摊位全部入驻。\n',
     [(['快递进村“最后一公里”打通了'], 5, ['马兰']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # E35_subhead_wrapped_buzhan
    ('组团队\u3000拓市场\n\n县农产品“抱团”闯市场\n\n本报讯（记者 葛文涛）1月12日，县农产品营销联盟成立，32家企业和合作社加入。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['组团队 拓市场', '县农产品“抱团”闯市场'], 1, ['葛文涛']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # E36_kicker_jiantuandui
    ('走进社区\u3000拓服务\n\n“银行网点”开到家门口\n\n本报讯（记者 葛文涛）1月15日，县农商银行在城关社区开设的便民服务点正式营业。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['走进社区 拓服务', '“银行网点”开到家门口'], 1, ['葛文涛']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # E38_kicker_jinshequ
    ('开新局\u3000拓新局\n\n——2025年全县经济工作综述\n\n本报记者\u3000马\u3000兰\n\n2025年，面对复杂严峻的外部环境，全县上下攻坚克难，经济运行稳中有进。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['开新局 拓新局', '——2025年全县经济工作综述'], 1, ['马兰']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # E39_box_title_kaixinju_alone
    ('我市简化新生儿出生“一件事”办理\n\n本报讯（记者 周建华）1月起，我市新生儿出生医学证明、户口登记、医保参保等事项实现“一次办”。\n\n新手爸妈只需准备以下\n\n材料：出生医学证明、父母双方身份证和户口簿。\n\n截至目前，已有1200余个家庭享受到便利。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['我市简化新生儿出生“一件事”办理'], 3, ['周建华']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # C20b_story_cut_cailiao
    ('快递进村“最后一公里”打通了\n\n本报记者\u3000马\u3000兰\n\n腊月里，石桥村村民李大姐在村口就取到了网购的年货。\n\n强驿站\u3000拓服务\n\n全县建成村级寄递物流综合服务站186个，实现行政村全覆盖。\n\n优线路\u3000畅物流\n\n县里整合邮政、快递企业资源，开通农村物流线路23条。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['快递进村“最后一公里”打通了'], 5, ['马兰']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # E40_frag_subhead_yizhan
    ('谋新局\u3000拓市场\n\n我县农产品出口首破亿元\n\n本报讯（记者 葛文涛）记者从县商务局获悉，2025年全县农产品出口额达1.2亿元。\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['谋新局 拓市场', '我县农产品出口首破亿元'], 1, ['葛文涛']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # E41_kicker_mouxinju
    ('新春话心愿\n\n春节前，记者在石门镇采访了几位村民，请他们说说新一年的心愿。\n\n●“今年我想把家里的民宿再扩建两间，让更多游客来我们村过年。”\n\n柳树湾村\u3000王德胜\n\n便民信息\n\n春节期间，县政务服务中心1月28日至2月3日暂停办理业务。\n',
     [(['新春话心愿'], 3, []), (['便民信息'], 1, [])]),  # A29_bullet_voice_then_own_block
    ('信天游\n\n腊月里雪花满塬塬飘\n\n演唱：呼延秀英\n\n腊月里雪花满塬塬飘，\n\n窑里的热炕炕烧得好。\n\n红纸纸剪下个喜鹊鹊，\n\n贴在窗格格上喳喳叫。\n\n搜集整理：高俊峰\n\n花儿·搬下山来日子旺\n\n山里的路是羊肠道，\n\n走一回磨破了鞋；\n\n柏油路修到了家门口，\n\n班车把尕妹接上了街。\n\n演唱：马占福\n\n搜集整理：海\u3000燕\n\n县城新建农贸市场投用\n\n本报讯（记者 李\u3000华）日前，县城新建的农贸市场正式投入使用，200多个摊位全部入驻。\n',
     [(['信天游', '腊月里雪花满塬塬飘'], 4, ['呼延秀英', '高俊峰']), (['花儿·搬下山来日子旺'], 4, ['马占福', '海燕']), (['县城新建农贸市场投用'], 1, ['李华'])]),  # B13_song_then_song_foot_only
]


# Session 68's third review: a customs office's kicker or subhead of two phrases (石岛海关　高标准, 拱北海关　暖心); a
# notice's hotline under a photo's caption
SESSION_68_THIRD_REVIEW_PAGES = [
    ('我的海关故事\n\n那一枚小小的关徽\n\n第一次戴上关徽，我的手微微发抖。\n\n十五年过去了，我依然记得那个早晨。\n\n石岛海关\u3000高标准\n\n护航水产品出口“加速跑”\n\n本报讯（记者 王芳）今年以来，石岛海关多措并举支持水产品出口。\n\n1至11月，该关共监管出口水产品12万吨。\n',
     [(['我的海关故事', '那一枚小小的关徽'], 2, []), (['石岛海关 高标准', '护航水产品出口“加速跑”'], 2, ['王芳'])]),  # B1_kicker_gao
    ('关员手记\n\n寒夜里的“移动查验”\n\n腊月里的一个深夜，我接到查验指令，赶到码头时已是凌晨一点。\n\n海风很冷，我们打着手电，一箱一箱地核对货物。\n\n黄埔海关\u3000金钥匙\n\n打开跨境电商新通道\n\n本报讯（记者 陈静）记者从黄埔海关获悉，今年该关跨境电商进出口额突破千亿元。\n',
     [(['关员手记', '寒夜里的“移动查验”'], 2, []), (['黄埔海关 金钥匙', '打开跨境电商新通道'], 1, ['陈静'])]),  # B2_kicker_jin
    ('一线手记\n\n凌晨四点的码头\n\n凌晨四点，我和同事已经在码头等候第一艘船靠泊。\n\n我们的工作就是这样，日复一日，守好国门。\n\n澄湾海关\u3000严把关\n\n守护舌尖上的安全\n\n本报讯（通讯员 刘洋）近日，澄湾海关在进口冻品中检出不合格产品。\n',
     [(['一线手记', '凌晨四点的码头'], 2, []), (['澄湾海关 严把关', '守护舌尖上的安全'], 1, [])]),  # B3_kicker_yan
    ('口岸故事\n\n一件特殊的包裹\n\n那天，我在邮检现场发现一件可疑包裹。\n\n打开后，里面竟是几只活体蜥蜴。\n\n杭州海关\u3000高效\n\n助力外贸企业稳订单\n\n本报讯（记者 张伟）今年以来，杭州海关推出20条措施支持外贸稳规模。\n',
     [(['口岸故事', '一件特殊的包裹'], 2, []), (['杭州海关 高效', '助力外贸企业稳订单'], 1, ['张伟'])]),  # B4_kicker_gaoxiao
    ('我的海关故事\n\n那一枚小小的关徽\n\n第一次戴上关徽，我的手微微发抖。\n\n十五年过去了，我依然记得那个早晨。\n\n拱北海关\u3000暖心\n\n春运旅检“不打烊”\n\n本报讯（记者 梁静）春运期间，拱北口岸日均出入境旅客超过30万人次。\n',
     [(['我的海关故事', '那一枚小小的关徽'], 2, []), (['拱北海关 暖心', '春运旅检“不打烊”'], 1, ['梁静'])]),  # B7_kicker_wu_name
    ('外贸“开门红”背后的海关力量\n\n本报讯（记者 郑丽）一季度，我省外贸进出口实现“开门红”。\n\n澄湾海关\u3000高标准\n\n澄湾海关推出“提前申报”“两步申报”等措施，通关时间压缩30%。\n\n黄埔海关\u3000金钥匙\n\n黄埔海关为跨境电商企业开通“绿色通道”。\n',
     [(['外贸“开门红”背后的海关力量'], 5, ['郑丽'])]),  # B8_subhead_in_story
    ('关员手记\n寒夜里的“移动查验”\n\u3000\u3000腊月里的一个深夜，我接到查验指令，\n赶到码头时已是凌晨一点。\n\u3000\u3000海风很冷，我们打着手电，一箱一箱\n地核对货物。\n\n石岛海关\u3000高标准\n护航水产品出口“加速跑”\n\u3000\u3000本报讯（记者 王芳）今年以来，石岛\n海关多措并举支持水产品出口。\n',
     [(['关员手记', '寒夜里的“移动查验”'], 2, []), (['石岛海关 高标准', '护航水产品出口“加速跑”'], 1, ['王芳'])]),  # B9_wrapped_kicker
    ('海关开展知识产权保护宣传\n\n本报讯（记者 王芳）4月26日，澄湾海关开展知识产权保护宣传活动。\n\n关员说法\n\n查验中发现，一些旅客对知识产权保护认识不足。\n\n黄埔海关\u3000金钥匙\n\n打开跨境电商新通道\n\n本报讯（记者 陈静）黄埔海关跨境电商进出口额突破千亿元。\n',
     [(['海关开展知识产权保护宣传'], 3, ['王芳']), (['黄埔海关 金钥匙', '打开跨境电商新通道'], 1, ['陈静'])]),  # K9_brief_heading_section_signed_name
    ('外贸“开门红”背后的海关力量\n\u3000\u3000本报讯（记者 郑丽）一季度，我省外贸进出\n口实现“开门红”。\n澄湾海关\u3000高标准\n\u3000\u3000澄湾海关推出“提前申报”等措施，通关\n时间压缩30%。\n黄埔海关\u3000金钥匙\n\u3000\u3000黄埔海关为跨境电商企业开通“绿色通道”。\n',
     [(['外贸“开门红”背后的海关力量'], 5, ['郑丽'])]),  # X1_subhead_wrapped
    ('外贸“开门红”背后的海关力量\n\n本报讯（记者 郑丽）一季度，我省外贸进出口实现“开门红”。\n\n澄湾海关\u3000严把关\n\n澄湾海关加强进口冻品检验。\n\n石岛海关\u3000高标准\n\n石岛海关助力水产品出口。\n\n黄埔海关\u3000金钥匙\n\n黄埔海关为跨境电商开通“绿色通道”。\n',
     [(['外贸“开门红”背后的海关力量'], 7, ['郑丽'])]),  # X2_subheads_three
    ('寒假图书馆开放时间调整\n\n寒假期间，市图书馆开放时间调整为每日9:00至17:00。\n\n读者在阅览室看书。\u3000实习生\u3000刘子涵\u3000摄\n\n读者服务热线：0563-3128888\n',
     [(['寒假图书馆开放时间调整'], 3, [])]),  # X5_notice_no_kw_last_line
]


# Session 69's review: pages the session's rules first broke (an imprint's 报社地址 inside a notice, a hotline inviting
# calls under a story, figure-first decks over a heading or an undated lead, two dashed headline lines, a 盟 forecaster
# kicking a title, padded kickers under a commentary, paragraphs opening on a column's last line, a weather subhead, a
# poem honouring a man named with a dot), pinned as the session's start rebuilt them
SESSION_69_REVIEW_PAGES = [
    ('遗失声明\n\n锡林郭勒日报社地址：锡林浩特市额尔敦路18号，因办公楼维修，自即日起暂迁至团结大街9号办公。\n\n特此公告。\n',
     [(['遗失声明'], 2, [])]),  # nm_baoshe_address_in_notice
    ('草原晨报\n\n2025年12月5日\u3000星期五\u3000第4版\n\n2026年度《草原晨报》征订启事\n\n《草原晨报》是锡林郭勒盟唯一一份都市类日报，贴近百姓生活，服务农牧民群众。2026年度《草原晨报》征订工作已经开始，全年定价240元。\n\n订阅方式：全国各地邮局（所）均可订阅，也可直接到报社发行部订阅。\n\n草原晨报社地址：锡林浩特市额尔敦路18号\n\n联系电话：0479－8223121\n\n牧区冬储饲草料充足\n\n本报讯（记者 王凯）记者从盟农牧局获悉，今冬明春全盟储备饲草料42亿斤，可满足牲畜越冬需要。\n',
     [(['2026年度《草原晨报》征订启事'], 4, []), (['牧区冬储饲草料充足'], 1, ['王凯'])]),  # nm_subscription_notice_address
    ('2026年度《草原晨报》征订启事\n\u3000\u3000《草原晨报》是锡林郭勒盟唯一一份\n都市类日报，贴近百姓生活，服务农牧民\n群众。全年定价240元。\n\u3000\u3000订阅方式：全国各地邮局（所）均可\n订阅，也可直接到报社发行部订阅。\n\u3000\u3000草原晨报社地址：锡林浩特市额尔敦\n路18号\n\u3000\u3000联系电话：0479－8223121\n\n牧区冬储饲草料充足\n\u3000\u3000本报讯（记者 王凯）记者从盟农牧\n局获悉，今冬明春全盟储备饲草料42亿斤，\n可满足牲畜越冬需要。\n',
     [(['2026年度《草原晨报》征订启事'], 4, []), (['牧区冬储饲草料充足'], 1, ['王凯'])]),  # nm_subscription_notice_address_w
    ('牧区冬储饲草料充足\n\n本报讯（记者 王凯）记者从盟农牧局获悉，今冬明春全盟储备饲草料42亿斤，可满足牲畜越冬需要。\n\n冬季送温暖活动启动\n\n即日起，旗民政局启动“冬季送温暖”活动，为困难群众免费发放棉衣、煤炭等物资。有需要的群众可到所在苏木镇民政所登记。\n\n咨询热线：8223121\u3000欢迎来电\n',
     [(['牧区冬储饲草料充足'], 4, ['王凯'])]),  # nm_hotline_invites_notice
    ('家电以旧换新补贴来了\n\n本报讯（记者 陈晨）12月1日起，我市启动家电以旧换新补贴活动，消费者购买一级能效家电可享受最高2000元补贴。\n\n参与活动的商家名单将在市商务局网站公布。\n\n活动咨询热线：0479－6226123\u3000欢迎来电\n',
     [(['家电以旧换新补贴来了'], 3, ['陈晨'])]),  # nm_hotline_invites_ad
    ('冬季送温暖活动启动\n\u3000\u3000即日起，旗民政局启动“冬季送温暖”\n活动，为困难群众免费发放棉衣、煤炭等\n物资。有需要的群众可到所在苏木镇民政\n所登记。\n\u3000\u3000服务热线：8223121\u3000欢迎来电\n\n旗医院开通夜间门诊\n\u3000\u3000本报讯（记者 李娜）12月1日起，旗\n人民医院开通夜间门诊，方便上班族就医。\n',
     [(['冬季送温暖活动启动'], 2, []), (['旗医院开通夜间门诊'], 1, ['李娜'])]),  # nm_hotline_invites_wrapped
    ('旧小区停车难怎么破\n\n本报讯（记者 刘洋）近日，记者走访市区多个老旧小区发现，停车难问题依然突出。\n\n居民们建议，可利用小区周边闲置地块建设立体停车场。\n\n停车小议\n\n业主代表：共享车位\n\n业主代表王先生认为，白天单位车位空置，晚上小区车位紧张，可以错时共享。\n',
     [(['旧小区停车难怎么破'], 5, ['刘洋'])]),  # nm_xiaoyi_subhead_in_story
    ('全市森林防火工作会议召开\n\n1200名\u3000护林员上岗\n\n严防死守确保不发生重大火情\n\n本报讯（记者 李娜）12月4日，全市森林防火工作会议召开。\n',
     [(['全市森林防火工作会议召开', '1200名 护林员上岗', '严防死守确保不发生重大火情'], 1, ['李娜'])]),  # nm_figure_two_line_headline_deck_row
    ('冬季供暖有序推进\n\n本报讯（记者 陈晨）截至12月4日，全市集中供暖面积达2860万平方米，室温达标率99.2%。\n\n国际志愿者日\n\n3000名\u3000志愿者温暖一座城\n\n——我市表彰2025年度优秀志愿者\n\n本报讯（记者 刘洋）12月5日是国际志愿者日，当天全市表彰了一批优秀志愿者和志愿服务组织。\n',
     [(['冬季供暖有序推进'], 1, ['陈晨']), (['国际志愿者日', '3000名 志愿者温暖一座城', '——我市表彰2025年度优秀志愿者'], 1, ['刘洋'])]),  # nm_figure_main_over_dash_sub
    ('全市森林防火工作会议召开\n1200名\u3000护林员上岗\n严防死守确保不发生重大火情\n\u3000\u3000本报讯（记者 李娜）12月4日，全市\n森林防火工作会议召开。会议要求，各地\n要落实责任，严防死守。\n',
     [(['全市森林防火工作会议召开', '1200名 护林员上岗', '严防死守确保不发生重大火情'], 1, ['李娜'])]),  # nm_figure_main_over_sub_wrapped
    ('冬季供暖有序推进\n\n本报讯（记者 陈晨）截至12月4日，全市集中供暖面积达2860万平方米，室温达标率99.2%。\n\n奋斗——青春最亮丽的底色\n\n担当——新时代青年的使命\n\n本报讯（记者 刘洋）12月4日，我市举行“青春心向党”主题宣讲会，10名优秀青年代表讲述奋斗故事。\n',
     [(['冬季供暖有序推进'], 1, ['陈晨']), (['奋斗——青春最亮丽的底色', '担当——新时代青年的使命'], 1, ['刘洋'])]),  # nm_dash_two_line_headline
    ('冬季供暖有序推进\n\u3000\u3000本报讯（记者 陈晨）截至12月4日，\n全市集中供暖面积达2860万平方米，室温\n达标率99.2%。\n\n奋斗——青春最亮丽的底色\n担当——新时代青年的使命\n\u3000\u3000本报讯（记者 刘洋）12月4日，我市\n举行“青春心向党”主题宣讲会，10名优\n秀青年代表讲述奋斗故事。\n',
     [(['冬季供暖有序推进'], 1, ['陈晨']), (['奋斗——青春最亮丽的底色', '担当——新时代青年的使命'], 1, ['刘洋'])]),  # nm_dash_two_line_headline_w
    ('冬季供暖有序推进\n\n本报讯（记者 陈晨）截至12月4日，全市集中供暖面积达2860万平方米，室温达标率99.2%。\n\n家风——传家宝\n\n家训——座右铭\n\n城关镇开展“晒家风”活动\n\n本报讯（通讯员 赵亮）近日，城关镇开展“晒家风、讲家训”活动，评选出“最美家庭”20户。\n',
     [(['冬季供暖有序推进'], 1, ['陈晨']), (['家风——传家宝', '家训——座右铭', '城关镇开展“晒家风”活动'], 1, [])]),  # nm_dash_title_over_dash_deck
    ('新词热词\n\n新质生产力——由技术革命性突破、生产要素创新性配置、产业深度转型升级而催生的当代先进生产力。\n\n数字经济——以数据资源为关键要素、以现代信息网络为主要载体的经济形态。\n\n■延伸阅读\n\n今年的政府工作报告中，这些新词多次出现，引发广泛关注。\n',
     [(['新词热词'], 4, [])]),  # nm_dash_subheads_in_story
    ('冬季供暖有序推进\n\n本报讯（记者 陈晨）截至12月4日，全市集中供暖面积达2860万平方米，室温达标率99.2%。\n\n元旦天气\n\n晴，－20℃～－8℃，适宜出行。元旦假期我市以晴好天气为主，气温平稳，市民可放心出游。\n\n据市气象台预报，元旦假期三天全市以晴到多云天气为主。\n',
     [(['冬季供暖有序推进'], 4, ['陈晨'])]),  # nm_weather_headline_story
    ('锡林郭勒盟气象台发布\n\n暴雪橙色预警\n\n本报讯（记者 李娜）12月4日16时，锡林郭勒盟气象台发布暴雪橙色预警，预计未来24小时我盟东部将出现暴雪。\n',
     [(['锡林郭勒盟气象台发布', '暴雪橙色预警'], 1, ['李娜'])]),  # nm_issued_by_headline
    ('快评\n\n让“白灾”防御走在前面\n\n入冬以来，我盟多地出现降雪，防灾减灾工作不能有丝毫松懈。\n\n各地要提前储备饲草料，加固棚圈，确保牲畜安全越冬。\n\n警\u3000示\n\n冬季草原防火“十不准”\n\n一、不准在草原上吸烟；二、不准在草原上烧荒。\n',
     [(['快评', '让“白灾”防御走在前面'], 5, [])]),  # nm_commentary_then_spaced_section
    ('时评\n\n让“白灾”防御走在前面\n\n入冬以来，我盟多地出现降雪，防灾减灾工作不能有丝毫松懈。\n\n各地要提前储备饲草料，加固棚圈，确保牲畜安全越冬。\n\n乡\u3000愁\n\n——写给远方的游子\n\n离开家乡二十年，我始终记得村口那棵老榆树。每到春天，榆钱挂满枝头，母亲总会做一锅榆钱饭。\n',
     [(['时评', '让“白灾”防御走在前面'], 5, [])]),  # nm_commentary_then_padded_title_subtitle
    ('时评\n\n让“白灾”防御走在前面\n\n入冬以来，我盟多地出现降雪，防灾减灾工作不能有丝毫松懈。\n\n各地要提前储备饲草料，加固棚圈，确保牲畜安全越冬。\n\n图\u3000说\n\n转场\n\n12月3日，牧民在哈日诺尔苏木转场途中。\n\n通讯员 赵亮 摄\n',
     [(['时评', '让“白灾”防御走在前面'], 2, []), (['图 说', '转场'], 1, [])]),  # nm_commentary_then_padded_kicker_photo
    ('社评\n\n让“白灾”防御走在前面\n\n入冬以来，我盟多地出现降雪，防灾减灾工作不能有丝毫松懈。\n\n各地要提前储备饲草料，加固棚圈，确保牲畜安全越冬。\n\n聚\u3000焦\n\n全旗冬季那达慕开幕\n\n本报讯（记者 王凯）12月5日，全旗冬季那达慕在乌兰牧场开幕，来自各苏木镇的400余名牧民参加了赛马、搏克等比赛项目。\n',
     [(['社评', '让“白灾”防御走在前面'], 2, []), (['聚 焦', '全旗冬季那达慕开幕'], 1, ['王凯'])]),  # nm_commentary_then_padded_kicker_story
    ('社评\n让“白灾”防御走在前面\n\u3000\u3000入冬以来，我盟多地出现降雪，防灾\n减灾工作不能有丝毫松懈。\n\u3000\u3000各地要提前储备饲草料，加固棚圈，\n确保牲畜安全越冬。\n\n聚\u3000焦\n全旗冬季那达慕开幕\n\u3000\u3000本报讯（记者 王凯）12月5日，全旗\n冬季那达慕在乌兰牧场开幕，来自各苏木\n镇的400余名牧民参加了赛马、搏克等比\n赛项目。\n',
     [(['社评', '让“白灾”防御走在前面'], 2, []), (['聚 焦', '全旗冬季那达慕开幕'], 1, ['王凯'])]),  # nm_commentary_then_padded_kicker_story_w
    ('牧区冬季转场见闻\n\n本报讯（记者 王凯）12月初，锡林郭勒草原迎来第一场大雪。牧民们赶着畜群，开始向冬营盘转场。\n\n天还没亮牧民巴特尔\n\n就起身给马备鞍。他家有300多只羊、40多头牛，这次转场要走两天。\n\n“以前转场全靠马和勒勒车，现在有了运畜车，省事多了。”巴特尔一边忙活一边说。\n\n在冬营盘记者看到\n\n新建的暖棚宽敞明亮，饲草料堆得像小山一样。旗里今年为牧民新建暖棚1200座。\n\n苏木干部告诉记者，今年全苏木储备饲草料3000多万斤，足够牲畜过冬。\n\n转场路上最辛苦的\n\n是牧羊犬。它们跑前跑后，把掉队的羊赶回队伍，一天要跑几十公里。\n\n傍晚时分，畜群顺利到达冬营盘。\n',
     [(['牧区冬季转场见闻'], 7, ['王凯'])]),  # nm_cut_paragraph_starts
    ('我市启动冬季供暖\n\n本报讯（记者 陈晨）11月15日零时起，我市集中供暖正式启动，供暖期至次年4月15日。\n\n市供热公司负责人介绍，今年全市新增供热面积120万平方米。\n\n新闻链接\n\n去年供暖季回顾\n\n去年供暖季，全市共受理供暖投诉1200余件，办结率100%。\n\n市供热公司表示，今年将进一步提升服务质量。\n\n（记者 陈晨）\n',
     [(['我市启动冬季供暖'], 7, ['陈晨'])]),  # nm_link_label_subhead_mid_story
    ('草原马拉松明日开跑\n\n本报讯（记者 刘洋）第五届锡林郭勒草原马拉松将于12月7日鸣枪开跑，来自全国各地的3000余名选手报名参赛。\n\n比赛日天气\n\n晴，－15℃～－3℃，西北风2～3级，体感寒冷。\n\n组委会提醒，参赛选手要做好防寒保暖，赛道沿途设置了12个补给站和6个医疗点。\n\n比赛当天，部分路段将实施交通管制。\n',
     [(['草原马拉松明日开跑'], 5, ['刘洋'])]),  # nm_race_day_weather_subhead
    ('草原马拉松明日开跑\n\u3000\u3000本报讯（记者 刘洋）第五届锡林郭\n勒草原马拉松将于12月7日鸣枪开跑，来\n自全国各地的3000余名选手报名参赛。\n比赛日天气\n\u3000\u3000晴，－15℃～－3℃，西北风2～3级，\n体感寒冷。\n\u3000\u3000组委会提醒，参赛选手要做好防寒保\n暖，赛道沿途设置了12个补给站和6个医\n疗点。\n\u3000\u3000比赛当天，部分路段将实施交通管制。\n',
     [(['草原马拉松明日开跑'], 5, ['刘洋'])]),  # nm_race_day_weather_subhead_w
    ('元旦假期出行指南\n\n本报讯（记者 李娜）元旦假期将至，记者从交通、文旅等部门了解到，今年元旦我市出行需求旺盛。\n\n交通出行\n\n假期期间，市区公交线路正常运营，高速公路不免费。\n\n假期天气\n\n多云转晴，－18℃～－6℃，适宜出行。\n\n景区开放\n\n全市12家A级景区元旦假期正常开放，部分景区推出门票优惠。\n',
     [(['元旦假期出行指南'], 7, ['李娜'])]),  # nm_holiday_weather_subhead
    ('致敬\n\n拉齐尼·巴依卡\n\n帕米尔的雪\n\n记得你的名字\n\n冰河里\n\n你托起的孩子\n\n在春天长大\n\n李\u3000娜\n\n雪莲\n\n王\u3000芳\n\n开在高高的雪线上\n\n不问春风\n\n不问归期\n\n只把洁白\n\n留给天空\n',
     [(['致敬'], 6, ['李娜']), (['雪莲'], 5, ['王芳'])]),  # nm_dotted_subject_poem_then_next
    ('冬季供暖有序推进\n\u3000\u3000本报讯（记者 陈晨）截至12月4日，\n全市集中供暖面积达2860万平方米，室温\n达标率99.2%。\n\n全市表彰优秀志愿者\n3000名\u3000志愿者温暖一座城\n\u3000\u300012月5日是国际志愿者日。当天，全\n市表彰了一批优秀志愿者和志愿服务组织，\n3000名志愿者代表参加活动。\n\u3000\u3000据了解，全市注册志愿者已超过20万\n人。\n',
     [(['冬季供暖有序推进'], 1, ['陈晨']), (['全市表彰优秀志愿者', '3000名 志愿者温暖一座城'], 2, [])]),  # nm_figure_deck_over_undated_lead_w
    ('冬季供暖有序推进\n\n本报讯（记者 陈晨）截至12月4日，全市集中供暖面积达2860万平方米，室温达标率99.2%。\n\n我市出台支持民营经济发展政策\n\n20条\u3000措施为企业纾困解难\n\n编者按：民营经济是推动发展的重要力量。近日，我市出台支持民营经济发展的20条措施，本报今起推出系列解读。\n\n本报讯（记者 刘洋）12月4日，市政府新闻办召开发布会，介绍支持民营经济发展的20条措施。\n',
     [(['冬季供暖有序推进'], 1, ['陈晨']), (['我市出台支持民营经济发展政策', '20条 措施为企业纾困解难'], 2, ['刘洋'])]),  # nm_figure_headline_measures
    ('悬赏通告\n\n2025年11月28日，我旗发生一起盗窃牲畜案件，被盗羊只42只。为尽快侦破案件，现向社会公开征集线索。对提供重要线索者，给予奖励。\n\n举报热线：0479－8223110\u3000欢迎提供线索\n\n西乌珠穆沁旗公安局\n\n2025年12月1日\n',
     [(['悬赏通告'], 4, [])]),  # nm_hotline_invites_police_notice
    ('致敬\n拉齐尼·巴依卡\n\u3000\u3000帕米尔的雪\n\u3000\u3000记得你的名字\n\u3000\u3000冰河里\n\u3000\u3000你托起的孩子\n\u3000\u3000在春天长大\n\u3000\u3000李\u3000娜\n\n雪莲\n王\u3000芳\n\u3000\u3000开在高高的雪线上\n\u3000\u3000不问春风\n\u3000\u3000不问归期\n\u3000\u3000只把洁白\n\u3000\u3000留给天空\n',
     [(['致敬', '拉齐尼·巴依卡'], 5, ['李娜']), (['雪莲'], 5, ['王芳'])]),  # nm_dotted_subject_poem_then_next_w
]


# Session 69's second review: pages its later rules first broke (two column cuts ending alike, a set's second poem
# under a verse like a name, staggered verses over a column's end, a letter's titled section, a lead's colon over a
# timetable's row), pinned as the session's start rebuilt them
SESSION_69_SECOND_REVIEW_PAGES = [
    ('新春短章（二首）\n\n擂茶\n\n李\u3000溪\n\n一只擂钵\n\n把芝麻和茶叶\n\n研成了乡愁的模样\n\n客家人的日子\n\n就这样细细地磨\n\n远行\n\n向远方\n\n背包里装着母亲的叮咛\n\n火车开过了村口的河\n\n我回头望见了炊烟',
     [(['新春短章（二首）', '擂茶'], 10, ['李溪'])]),  # C1_set_second_verse_xiangyuanfang
    ('新春短章（二首）\n\n擂茶\n\n李\u3000溪\n\n一只擂钵\n\n把芝麻和茶叶\n\n研成了乡愁的模样\n\n客家人的日子\n\n就这样细细地磨\n\n远行\n\n柳如烟\n\n背包里装着母亲的叮咛\n\n火车开过了村口的河\n\n我回头望见了炊烟',
     [(['新春短章（二首）', '擂茶'], 10, ['李溪'])]),  # C2_set_second_verse_liuruyan
    ('新春短章（二首）\n\n擂茶\n\n李\u3000溪\n\n一只擂钵\n\n把芝麻和茶叶\n\n研成了乡愁的模样\n\n客家人的日子\n\n就这样细细地磨\n\n踏雪\n\n梅雪白\n\n落满了外婆的院子\n\n我踩着她的脚印\n\n一步一步走回童年',
     [(['新春短章（二首）', '擂茶'], 10, ['李溪'])]),  # C3_set_second_verse_meixuebai
    ('山村即景（外一首）\n\n放牛\n\n王\u3000川\n\n清晨的山坡上\n\n露水打湿了裤脚\n\n老黄牛慢慢地走\n\n阿爹的烟袋一明一灭\n\n黄昏\n\n牛吃草\n\n羊吃草\n\n山坡上的孩子在吃草莓\n\n晚霞把他们都染红了',
     [(['山村即景（外一首）', '放牛'], 9, ['王川'])]),  # C5_set_wai_yi_shou_niuchicao
    ('江南行（二首）\n\n过洞庭\n\n周\u3000游\n\n湖水连着天\n\n天连着我的眼睛\n\n一只白鹭飞过去\n\n把整个秋天都带走了\n\n登楼\n\n岳阳楼\n\n站了一千年\n\n等一个写文章的人\n\n范公走了\n\n湖水还在',
     [(['江南行（二首）', '过洞庭'], 10, ['周游'])]),  # C6_set_second_verse_yueyanglou
    ('新春短章（二首）\n擂茶\n李\u3000溪\n一只擂钵\n把芝麻和茶叶\n研成了乡愁的模样\n客家人的日子\n就这样细细地磨\n\n远行\n柳如烟\n背包里装着母亲的叮咛\n火车开过了村口的河\n我回头望见了炊烟',
     [(['新春短章（二首）', '擂茶'], 10, ['李溪'])]),  # C7_set_wrapped_second_verse_liuruyan
    ('田园小唱（外一首）\n\n春耕\n\n赵\u3000禾\n\n犁铧翻开了泥土\n\n燕子衔来了春天\n\n父亲扶着犁\n\n走成了一幅画\n\n牧归\n\n牛吃草\n\n吃到了太阳落山\n\n牧童的笛声\n\n把它们一头一头唤回家',
     [(['田园小唱（外一首）', '春耕'], 9, ['赵禾'])]),  # C8_set_second_verse_niuchicao_wai
    ('故乡的月光\n□ 林晓燕\n\u3000\u3000我把故乡的月光装进\n行囊\n\u3000\u3000走过了千山万水\n\u3000\u3000每当夜深人静的时候\n\n就拿出来\n\u3000\u3000照一照异乡的窗口和那\n些无眠的人\n\u3000\u3000月光还是那样清亮\n\u3000\u3000像母亲的眼睛',
     [(['故乡的月光'], 9, ['林晓燕'])]),  # D2_indented_long_verses_wrap_across_column
    ('回家\n□ 林晓燕\n\u3000\u3000母亲站在村口\n\u3000\u3000一直站到天黑\n\u3000\u3000她不问我挣了多少钱\n\u3000\u3000只说：回来就好\n\n林晓燕\n\u3000\u3000作者系县文联会员，曾在多家报\n刊发表诗歌散文作品。',
     [(['回家'], 7, ['林晓燕'])]),  # D4_indented_verses_gap_author_then_prose
    ('写给父亲（组诗）\n◎ 陈\u3000默\n一\n\u3000\u3000父亲的肩膀\n\u3000\u3000扛过风雨\n\u3000\u3000也扛过我的童年\n\n二\n\u3000\u3000父亲的双手握过锄头也握\n过我的手\n\u3000\u3000那双手上的老茧\n\u3000\u3000是岁月的年轮',
     [(['写给父亲（组诗）'], 9, ['陈默'])]),  # D5_indented_verses_gap_stanza_number_verse_wraps
    ('冷链物流助力果农增收\n\n本报讯（记者 王\u3000莉）\n\n入秋以来，柳河镇苹果陆续成熟，果农们忙着采摘、分拣、装箱，一派丰收景象。\n\n合作社今年新建了\n\n两座冷库，储存能力达到3000吨，苹果可以错峰销售，每斤能多卖五毛钱。\n\n果农李大姐算了一笔账，今年她家10亩苹果能多收入一万多元。\n\n村里去年又修通了\n\n一条通往县城的冷链物流专线，苹果从枝头到超市货架只需要一天时间。',
     [(['冷链物流助力果农增收'], 4, ['王莉'])]),  # A10_cuts_after_verb_le
    ('山村夜色\n◎ 陈\u3000默\n\u3000\u3000月亮爬上了山岗\n\u3000\u3000狗吠声远了又近\n\u3000\u3000谁家的窗口\n\u3000\u3000还亮着一盏灯\n\n那是母亲\n\u3000\u3000在灯下缝补\n我的旧衣裳\n\u3000\u3000针脚密密\n\u3000\u3000像她说不完的话',
     [(['山村夜色'], 9, ['陈默'])]),  # D9_indented_verses_gap_flush_verse_then_indented
    ('小小快递点 方便千万家\n\n本报讯（记者 刘\u3000洋）\n\n在城关镇龙头村，村民们取快递再也不用跑到镇上了。\n\n村委会旁边新开了\n\n一家快递服务站，每天能收发包裹300多件。\n\n站长李小红说，村里的土特产也通过快递卖到了全国各地。\n\n村小学门口也开了\n\n一家农村电商服务点，帮助村民网上销售蜂蜜、香菇等山货。',
     [(['小小快递点 方便千万家'], 4, ['刘洋'])]),  # A16_cut_yi_ge
    ('致全县中小学生家长的一封信\n尊敬的家长朋友：\n\u3000\u3000寒假即将来临，为了让孩子们度\n过一个平安、愉快的假期，请您配合\n学校做好以下工作。\n防溺水安全通知\n\u3000\u3000严禁孩子私自到江河、水库、池\n塘等水域游泳、滑冰。\n县教育局\n2026年1月18日',
     [(['致全县中小学生家长的一封信'], 6, [])]),  # H9_letter_wrapped_notice_subhead
    ('乡村小唱（二首）\n◎ 陈\u3000默\n春耕\n\u3000\u3000犁铧翻开了泥土\n\u3000\u3000燕子衔来了春天\n\u3000\u3000父亲扶着犁\n\u3000\u3000走成了一幅画\n\n秋收\n\u3000\u3000金黄的稻浪一直涌到了天\n边\n\u3000\u3000母亲弯着腰\n\u3000\u3000把一年的汗水\n\u3000\u3000一穗一穗捡回家',
     [(['乡村小唱（二首）'], 11, ['陈默'])]),  # D12_set_indented_second_title_after_gap_long_verse_wraps
    ('故乡四季\n◎ 陈\u3000默\n春\n\u3000\u3000燕子回到了屋檐下\n\u3000\u3000柳枝绿了\n\u3000\u3000桃花开了\n\n夏\n\u3000\u3000蛙声一阵接着一阵漫过了\n池塘\n\u3000\u3000萤火虫提着灯笼\n\u3000\u3000照亮了外婆的蒲扇',
     [(['故乡四季'], 9, ['陈默'])]),  # D14_poem_indented_gap_section_title_long_verse_wraps
    ('山里的路（二首）\n\n上学路\n\n杨\u3000柳\n\n天还没亮\n\n阿妹就打着火把出门\n\n翻过三道梁\n\n学校的钟声才响\n\n回家路\n\n路弯弯\n\n弯过了九道岭\n\n弯到了阿妈的灶台边\n\n饭菜还是热的',
     [(['山里的路（二首）', '上学路'], 9, ['杨柳'])]),  # C9_set_second_verse_luwanwan
    ('乡愁短笛（二首）\n老井\n吴\u3000溪\n井台上的青苔\n一年比一年厚\n打水的人\n一个一个走远了\n\n炊烟\n常回家\n这是母亲说得最多的话\n她站在烟里\n喊我回家吃饭',
     [(['乡愁短笛（二首）', '老井'], 9, ['吴溪'])]),  # C12_set_second_verse_chang_wrapped_gap
    ('“银龄课堂”开到社区\n\n本报讯（记者 韩\u3000雪）为方便老年人就近学习，县老年大学在城关镇幸福社区开设了教学点，首期开设智能手机应用班，上课安排如下：\n\n智能手机应用班\u3000周四8:30—10:30\u3000幸福社区活动室',
     [(['“银龄课堂”开到社区'], 2, ['韩雪'])]),  # K9h_lead_colon_one_row_page_end
    ('“银龄课堂”开到社区\n\n本报讯（记者 韩\u3000雪）为方便老年人就近学习，县老年大学在城关镇幸福社区开设了教学点，首期开设智能手机应用班，上课安排如下：\n\n智能手机应用班\u3000周四8:30—10:30\u3000幸福社区活动室\n\n报名电话：0851-22334455',
     [(['“银龄课堂”开到社区'], 3, ['韩雪'])]),  # K9i_lead_colon_row_then_contact_field
]


# Session 69's third review: whole small pages its rules first broke (a section kicker taken for a commentary's pen
# name, a notice's own 温馨提示 or 须知, dashed decks over a lead, a story's own 背景链接 and 小议), pinned as the
# session's start rebuilt them
SESSION_69_THIRD_REVIEW_PAGES = [
    ('时评\n\n“办成”才是硬道理\n\n为群众办事，不在于说了多少，而在于办成了多少。\n\n法\u3000治\n\n县法院集中执行兑现\n\n农民工工资380万元\n\n本报讯（通讯员 李婷）1月8日，县人民法院开展冬季集中执行行动。',
     [(['时评', '“办成”才是硬道理'], 1, []), (['法 治', '县法院集中执行兑现', '农民工工资380万元'], 1, [])]),  # wp1_section_kicker_after_comment
    ('短评\n\n给好政策配上好服务\n\n政策好不好，群众说了算；服务好不好，群众最有数。\n\n三\u3000农\n\n全县春耕备耕\n\n物资储备充足\n\n本报讯（记者 马丽）眼下，全县春耕备耕工作有序推进。',
     [(['短评', '给好政策配上好服务'], 1, []), (['三 农', '全县春耕备耕', '物资储备充足'], 1, ['马丽'])]),  # wp1_kicker_sannong
    ('短评\n\n别让孩子的书包越背越重\n\n减负不是一句口号。学校、家庭、社会都要拿出行动。\n\n教\u3000育\n\n县一中获评省级\n\n文明校园\n\n本报讯（通讯员 孙敏）近日，县一中获评省级文明校园。',
     [(['短评', '别让孩子的书包越背越重'], 1, []), (['教 育', '县一中获评省级', '文明校园'], 1, [])]),  # wp1_kicker_jiaoyu
    ('小区停车难\u3000共享车位来帮忙\n\n本报讯（记者 林芳）近日，城东花园小区推出共享车位。\n\n业主们纷纷点赞。\n\n停车小议\n\n共享车位值得推广\n\n共享车位盘活了闲置资源，是破解停车难的好办法。',
     [(['小区停车难 共享车位来帮忙'], 5, ['林芳'])]),  # xy1_story_own_xiaoyi
    ('关于调整城区公交线路的通知\n\u3000\u3000因道路施工，自2月10日起\n，3路公交车临时改道运行。\n温馨提示\n\u3000\u3000请乘客提前规划出行路线。\n县交通运输局\n2026年2月6日',
     [(['关于调整城区公交线路的通知'], 5, [])]),  # nt1_wrap
    ('县博物馆新展开幕\n\n本报讯（记者 李华）1月6日，县博物馆“汉代陶俑”特展开幕。\n\n展览将持续至3月底。\n\n背景链接\n\n汉代陶俑\n\n陶俑是古代墓葬中的陪葬品。',
     [(['县博物馆新展开幕'], 5, ['李华'])]),  # nl1_story_own_link_bg
    ('青春三问\n\n奋斗——青春最亮丽的底色\n\n担当——新时代青年的使命\n\n奉献——人生最美的风景\n\n本报讯（记者 刘畅）5月4日，团县委举办青年座谈会。',
     [(['青春三问', '奋斗——青春最亮丽的底色', '担当——新时代青年的使命', '奉献——人生最美的风景'], 1, ['刘畅'])]),  # gl1_dashed_headlines
    ('县图书馆春节开放时间调整的通知\n\n2月16日至2月18日闭馆，2月19日起正常开放。\n\n借阅须知\n\n春节期间到期图书，可顺延至2月28日归还。\n\n县图书馆\n\n2026年2月10日',
     [(['县图书馆春节开放时间调整的通知'], 5, [])]),  # b2_notice_xuzhi
    ('县实验小学2026年秋季招生简章\n\n一、招生对象：年满6周岁的适龄儿童。\n\n二、报名时间：6月1日至6月10日。\n\n报名须知\n\n报名时请携带户口簿原件。\n\n县实验小学\n\n2026年5月20日',
     [(['县实验小学2026年秋季招生简章'], 6, [])]),  # b2_enrol_notice
    ('关于开展2026年度城乡居民\n医疗保险集中缴费的通知\n\u3000\u30002026年度城乡居民医疗保\n险集中缴费工作即日起开始，个人\n缴费标准为每人每年400元。\n温馨提示\n\u3000\u3000可通过手机银行、微信等渠道\n缴费。\n县医疗保障局\n2025年10月8日',
     [(['关于开展2026年度城乡居民', '医疗保险集中缴费的通知'], 6, [])]),  # b2_notice_wrap2
    ('短评\n让“小切口”撬动“大民生”\n\u3000\u3000老旧小区加装电梯，是群众家\n门口的大事，要把好事办好、实事\n办实。\n\n法\u3000治\n县法院集中执行\n兑现农民工工资\n\u3000\u3000本报讯（通讯员 李婷）1月\n8日，县人民法院开展冬季集中执\n行行动。',
     [(['短评', '让“小切口”撬动“大民生”'], 1, []), (['法 治', '县法院集中执行', '兑现农民工工资'], 1, [])]),  # b2_wp_wrap
    ('社评\n\n以实干开新局\n\n新的一年，新的征程。全县上下要以实干开新局。\n\n乡\u3000村\n\n白塔村的\n\n“共富账本”\n\n本报讯（记者 钱程）近日，记者走进白塔村，翻开村里的“共富账本”。',
     [(['社评', '以实干开新局'], 1, []), (['乡 村', '白塔村的', '“共富账本”'], 1, ['钱程'])]),  # b2_wp_sheping
    ('短评\n\n文明过节从我做起\n\n过节不扰民，文明又安全。\n\n春\u3000运\n\n县汽车站旅客\n\n发送量创新高\n\n本报讯（记者 王芳）春运以来，县汽车站累计发送旅客8.6万人次。',
     [(['短评', '文明过节从我做起'], 1, []), (['春 运', '县汽车站旅客', '发送量创新高'], 1, ['王芳'])]),  # b2_wp_caption
    ('新时代好少年\n勤学——书山有路勤为径\n修德——德才兼备方为才\n明辨——是非曲直心中明\n\u3000\u3000本报讯（记者 刘畅）6月1\n日，县教育局表彰新时代好少年5\n0名。',
     [(['新时代好少年', '勤学——书山有路勤为径', '修德——德才兼备方为才', '明辨——是非曲直心中明'], 1, ['刘畅'])]),  # b2_gloss_deck_wrap
    ('“四好农村路”\n\n建好——路网通到家门口\n\n管好——专人管护常态化\n\n护好——路域环境美起来\n\n运营好——公交开进村\n\n本报讯（记者 张丽）近日，我县获评全省“四好农村路”示范县。',
     [(['“四好农村路”', '建好——路网通到家门口', '管好——专人管护常态化', '护好——路域环境美起来', '运营好——公交开进村'], 1, ['张丽'])]),  # b2_gloss_deck_four
    ('县博物馆新展开幕\n\u3000\u3000本报讯（记者 李华）1月6\n日，县博物馆“汉代陶俑”特展开\n幕。展览将持续至3月底。\n相关链接\n汉代陶俑\n\u3000\u3000陶俑是古代墓葬中的陪葬品。',
     [(['县博物馆新展开幕'], 4, ['李华'])]),  # b2_link_own_story_wrap
]


SESSION_70_REVIEW_PAGES = [
    ('第十届全民健身运动会即将开幕\n\n本报讯（记者 李 明）记者从县体育局获悉，县第十届全民健身运动会筹备工作已基本就绪。运动会将于 2025年1月18日\n\n在县体育中心开幕，共设田径、篮球、拔河等12个比赛项目。\n\n据介绍，本届运动会共有来自全县各乡镇、各单位的2000余名运动员报名参赛。',
     [(['第十届全民健身运动会即将开幕'], 2, ['李明'])]),  # signed_dated_space_date_cut
    ('县图书馆春节期间开放安排\n\n本报讯 春节期间，县图书馆将照常开放。除夕当天闭馆。馆内少儿阅览室自 2025年1月29日\n\n起每天开放至晚上8点，欢迎读者前来阅读。',
     [(['县图书馆春节期间开放安排'], 1, [])]),  # signed_dated_space_date_cut2
    ('喜报\n\n在2024年全国中学生学科竞赛中，我校学子再创佳绩。获奖名单如下：\n\n高二（3）班 林子墨 全国中学生物理竞赛（省赛区）一等奖\n\n高三（5）班 唐 毅 全国中学生化学竞赛（省赛区）二等奖\n\n特此表彰。\n\n教务处\n\n2024年12月20日',
     [(['喜报'], 6, [])]),  # win_tail_0
    ('喜报\n\n在2024年全国中学生学科竞赛中，我校学子再创佳绩。获奖名单如下：\n\n高二（3）班 林子墨 全国中学生物理竞赛（省赛区）一等奖\n\n高三（5）班 唐 毅 全国中学生化学竞赛（省赛区）二等奖\n\n特此通报。\n\n教务处\n\n2024年12月20日',
     [(['喜报'], 6, [])]),  # win_tail_1
    ('\u3000\u3000草原的夏天来得晚，六月的\n风还带着凉意，牧民们忙着转场，\n羊群在山坡上慢慢移动。\n\u3000\u3000傍晚时分，炊烟升起，帐篷\n里飘出奶茶的香味，远处传来悠\n扬的牧歌。\n\n故乡的河\n故乡的河\n弯弯曲曲流过我童年的梦\n母亲\n在河边捶衣\n棒槌声声\n唤我回家\n□\u3000王小明\n\n征稿启事\n本版长期征集诗歌、散文、\n小小说等文学作品，来稿请\n注明真实姓名、通讯地址及\n联系电话。投稿邮箱：\nqsrbfk@163.com',
     [([], 2, []), (['故乡的河'], 6, ['王小明']), (['征稿启事'], 1, [])]),  # flush_box_after_ragged_poem
    ('\u3000\u3000草原的夏天来得晚，六月的\n风还带着凉意，牧民们忙着转场，\n羊群在山坡上慢慢移动。\n\u3000\u3000傍晚时分，炊烟升起，帐篷\n里飘出奶茶的香味，远处传来悠\n扬的牧歌。\n\n故乡的河\n故乡的河\n弯弯曲曲流过我童年的梦\n母亲\n在河边捶衣\n棒槌声声\n唤我回家\n□\u3000王小明\n\n石门村的“书香”\n村口有一间小小的书屋，是\n退休教师老周用自家的老房\n子改建的，书架上摆满了他\n四处募集来的图书。每到周末，\n孩子们就聚在这里看书。\n\u3000\u3000老周说，只要孩子们爱读书，\n他再辛苦也值得。',
     [([], 2, []), (['故乡的河'], 6, ['王小明']), (['石门村的“书香”'], 2, [])]),  # flush_story_after_ragged_poem
    ('节日期间打击非法营运 举报可获奖励\n\n本报讯（记者 苏琳）1月20日起，市交通运输局在全市开展春运期间打击非法营运专项行动，欢迎广大市民积极举报。\n\n举报热线：0771-5551234 全天24小时受理\n\n图书馆延长开放时间\n\n本报讯 寒假期间，市图书馆每天开放至晚上9点。',
     [(['节日期间打击非法营运 举报可获奖励'], 2, ['苏琳']), (['图书馆延长开放时间'], 1, [])]),  # hotline_story_own
    ('我市开通心理援助热线\n\u3000\u3000本报讯（记者 苏琳）为帮助市\n民缓解心理压力，市精神卫生中心日\n前开通心理援助热线，由专业心理咨\n询师接听。\n心理援助热线：0771-3335555\u3000全年24小时受理求助\n寒潮来袭 注意防寒\n\u3000\u3000本报讯 据市气象台预报，受强\n冷空气影响，本周我市气温将下降8\n℃至10℃。',
     [(['我市开通心理援助热线'], 2, ['苏琳']), (['寒潮来袭 注意防寒'], 1, [])]),  # hotline_story_end_wrapped
    ('喜报\n\n在2024年全国中学生学科竞赛中，我校学子再创佳绩。获奖名单如下：\n\n高二（3）班 林子墨 全国中学生物理竞赛（省赛区）一等奖\n\n高三（5）班 唐 毅 全国中学生化学竞赛（省赛区）二等奖\n\n特此表彰。\n\n教务处\n\n2024年12月20日',
     [(['喜报'], 6, [])]),  # a_rows_bracket
    ('喜报\n\n在2024年全国中学生学科竞赛中，我校学子再创佳绩。获奖名单如下：\n\n高二（3）班 林子墨 物理竞赛一等奖\n\n高三（5）班 唐 毅 化学竞赛二等奖\n\n特此表彰。\n\n教务处\n\n2024年12月20日',
     [(['喜报'], 6, [])]),  # b_rows_plain
    ('喜报\n\n在2024年全国中学生学科竞赛中，我校学子再创佳绩。获奖名单如下：\n\n县一中 林子墨 全国中学生物理竞赛一等奖\n\n县二中 唐 毅 全国中学生化学竞赛二等奖\n\n特此表彰。\n\n教务处\n\n2024年12月20日',
     [(['喜报'], 6, [])]),  # c_rows_school
    ('喜报\n\n在2024年全国中学生学科竞赛中，我校学子再创佳绩。获奖名单如下：\n\n高二（3）班 林子墨 物理竞赛一等奖\n\n高三（5）班 唐 毅 化学竞赛二等奖\n\n高一（2）班 王思远 生物竞赛三等奖\n\n特此表彰。\n\n教务处\n\n2024年12月20日',
     [(['喜报'], 7, [])]),  # d_rows_three
    ('喜报\n\n在2024年全国中学生学科竞赛中，我校学子再创佳绩。获奖名单如下：\n\n高二（3）班 林子墨 物理竞赛一等奖\n\n高三（5）班 唐 毅 化学竞赛二等奖\n\n特此表彰。',
     [(['喜报'], 4, [])]),  # f_rows_no_issuer
    ('喜报\n\n在2024年全国中学生学科竞赛中，我校学子再创佳绩。获奖名单如下：\n\n高二（3）班 林子墨 物理竞赛一等奖\n\n高三（5）班 唐 毅 化学竞赛二等奖\n\n特此表彰。\n\n县第一中学\n\n2024年12月20日',
     [(['喜报'], 6, [])]),  # g_rows_school_office
    ('父亲的手艺\n□\u3000王小明\n（上篇）\n\u3000\u3000父亲是村里有名的篾匠，编的竹\n篮、竹筐结实耐用，十里八乡的人都\n来找他。\n\u3000\u3000小时候，我最爱看父亲破篾，一\n根竹子在他手里，几下就变成了薄薄\n的篾片。\n（下篇）\n\u3000\u3000后来，塑料制品多了，找父亲编\n竹器的人越来越少，父亲的手艺也渐\n渐闲了下来。\n\u3000\u3000去年，县里办起了非遗工坊，父\n亲又被请去当了师傅。',
     [(['父亲的手艺'], 6, ['王小明'])]),  # essay_parts_upper_lower_wrapped
    ('听，他们这样说\n\n“抑尘网覆盖以后，码头上的灰少多了，我们开车也舒心。”——集装箱码头公司集卡司机 黄丽\n\n娟\n\n“新设备用起来省力多了，一个班能多干两个小时的活。”——港务集团装卸三队队长 陈小龙',
     [(['听，他们这样说'], 2, [])]),  # byhandle_name_cut_frag
    ('\u3000\u3000草原的夏天来得晚，六月的\n风还带着凉意，牧民们忙着转场，\n羊群在山坡上慢慢移动。\n\u3000\u3000傍晚时分，炊烟升起，帐篷\n里飘出奶茶的香味，远处传来悠\n扬的牧歌。\n\n父亲的草场\n□\u3000更登嘉措\n父亲的草场在扎曲河畔，那\n是一片开阔的河谷，夏天开\n满了金黄色的小花，冬天则\n覆盖着厚厚的积雪。父亲每\n年都要在这里放牧。\n\u3000\u3000父亲常说，草场是牧人的命\n根子，要像爱护自己的眼睛一样\n爱护它。\n\u3000\u3000如今父亲老了，草场交给了\n我，我也像他一样守护着这片土\n地。',
     [([], 2, []), (['父亲的草场'], 3, ['更登嘉措'])]),  # flush_dropcap_wrapped
    ('\u3000\u3000草原的夏天来得晚，六月的\n风还带着凉意，牧民们忙着转场，\n羊群在山坡上慢慢移动。\n\u3000\u3000傍晚时分，炊烟升起，帐篷\n里飘出奶茶的香味，远处传来悠\n扬的牧歌。\n\n山里的书屋\n◎\u3000杨\u3000帆\n\n村口有一间小小的书屋，是\n退休教师老周用自家的老房\n子改建的，书架上摆满了他\n四处募集来的图书。每到周末，\n孩子们就聚在这里看书。\n\u3000\u3000老周说，只要孩子们爱读书，\n他再辛苦也值得。\n\u3000\u3000如今，这间书屋已经办了整\n整八年，借阅图书两万多册次。',
     [([], 2, []), (['山里的书屋'], 3, ['杨帆'])]),  # flush_column_top_wrapped
    ('我的支教岁月（三）\n□\u3000周\u3000敏\n\u3000\u3000那年秋天，我背着行囊来到大山\n深处的石门小学。学校只有两间教室，\n三十多个孩子。\n\u3000\u3000第一堂课，孩子们怯生生地看着\n我，我的心一下子软了。\n（未完待续）\n\u3000\u3000编者按：本报今年开设“我的支\n教岁月”专栏，欢迎广大读者踊跃投\n稿。',
     [(['我的支教岁月（三）'], 3, ['周敏']), ([], 1, [])]),  # credit_serial_end_wrapped
    ('国内简讯\n\u3000\u3000记者从国家铁路局获悉，今年春\n运期间全国铁路预计发送旅客5.1亿\n人次。\n（新华社）\n\u3000\u3000国家统计局1月17日发布数据，2\n024年我国国内生产总值同比增长5%。\n（人民网）\n\u3000\u3000教育部日前印发通知，部署做好\n2025年寒假期间学生安全工作。\n（央视新闻）',
     [(['国内简讯'], 2, []), ([], 4, [])]),  # credit_source_wrapped
    ('老屋记忆\n□\u3000王小明\n（之一）\n\u3000\u3000老屋在村子的东头，是爷爷年轻\n时亲手盖的。土墙青瓦，冬暖夏凉。\n\u3000\u3000那时候，一家三代人挤在这座老\n屋里，热热闹闹。\n（之二）\n\u3000\u3000后来，父亲在老屋旁边盖起了砖\n房，老屋就空了下来，成了堆放农具\n的地方。\n\u3000\u3000每次回乡，我总要去老屋看一看。',
     [(['老屋记忆'], 6, ['王小明'])]),  # credit_part_number_wrapped
]

SESSION_70_SECOND_REVIEW_PAGES = [
    ('三位果农的丰收年\n\n本报讯（记者 李晓燕）霜降过后，洛川县的苹果进入收获季。记者走进果园，听果农们讲述今年的收成。\n\n果农\u3000王建国\n\n王建国家的十亩苹果园今年挂果率高，每亩产量比去年增加了五百公斤。“今年雨水匀，果子个头大。”他说。\n\n果农\u3000李春生\n\n李春生去年加入了合作社，统一用药、统一销售，今年的果子还没下树就被订走了一半。\n\n果农\u3000张秀英\n\n张秀英在网上开了店，一个月卖出苹果三千多箱，她说直播带货让果农多了一条路。',
     [(['三位果农的丰收年'], 7, ['李晓燕'])]),  # A1_feature_sections_by_grower
    ('草原上的新生活\n\n本报记者 巴特尔\n\n入冬以来，阿巴嘎旗的牧民们陆续住进了新建的暖棚和砖房。\n\n“过去冬天最怕白灾，现在有了暖棚，牛羊冻不着了。”\n\n牧民\u3000额尔敦\n\n额尔敦今年六十二岁，放了一辈子牧。今年他家盖起了两百平方米的暖棚，还装上了太阳能发电板。\n\n牧民\u3000乌云其其格\n\n乌云其其格是嘎查里有名的致富能手，她办起了奶食品作坊，带动八户牧民增收。',
     [(['草原上的新生活'], 6, ['巴特尔'])]),  # A4_story_quote_then_herdsman_subhead
    ('茶山上的新变化\n本报记者\u3000杨\u3000帆\n\u3000\u3000清明前后，安溪县的茶山一片繁\n忙。记者走访了几户茶农，听他们讲\n这些年的变化。\n茶农\u3000林阿土\n\u3000\u3000林阿土家有八亩茶园，今年春茶\n卖出了好价钱，每斤比去年高出三十\n元。\n茶农\u3000苏美玉\n\u3000\u3000苏美玉在村里开了茶叶直播间，\n一个春季卖出新茶两千多斤。\n',
     [(['茶山上的新变化'], 5, ['杨帆'])]),  # A5_wrapped_sections_by_tea_farmer
    ('休渔期结束 渔船满载归港\n\n本报讯（记者 吴海）9月1日，东海伏季休渔期结束，沈家门渔港千帆竞发。\n\n“休了四个多月，鱼多了，个头也大了。”\n\n渔民\u3000郑阿宝\n\n据了解，今年全市共有1200余艘渔船出海作业。\n\n新闻热线',
     [(['休渔期结束 渔船满载归港'], 5, ['吴海'])]),  # A7_fisherman_quote_in_news_end
    ('致全县妇女姐妹的一封信\n\n编者按：“三八”国际妇女节来临之际，县总工会、团县委、县妇联联合发出倡议，本报全文刊发。\n\n全县广大妇女姐妹们：\n\n春回大地，万象更新。在这个属于我们的节日里，向奋斗在各条战线上的妇女姐妹们致以节日的问候！\n\n让我们携起手来，在乡村振兴的大舞台上展现巾帼风采。\n\n县总工会\u3000团县委\u3000县妇联',
     [(['致全县妇女姐妹的一封信'], 5, [])]),  # D2_editors_note_open_letter_three_bodies
    ('文明过节倡议书\n\n编者按：春节将至，县文明办、团县委向全县市民发出文明过节倡议。\n\n各位市民朋友：\n\n春节是阖家团圆的日子。让我们移风易俗，不燃放烟花爆竹，不大操大办，过一个文明、祥和、节俭的新年。\n\n县文明办\u3000团县委',
     [(['文明过节倡议书'], 4, [])]),  # D3_editors_note_proposal_two_offices
    ('律师提醒\n\n租房签合同时，一定要仔细核对\n\n房东的房产证和身份证，确认其是否有权出租该房屋。',
     [(['律师提醒'], 1, [])]),  # M11_fragments_lawyer_tip_head_14
    ('一首老歌唱了四十年\n\n本报记者 林静\n\n在村文化礼堂里，七十岁的陈阿婆又唱起了那首老歌：\n\n我们的家乡，在希望的田野上\n\n陈晓光\u3000词\n\n唱罢，老人笑着说，这首歌她唱了四十年，越唱越有味道。',
     [(['一首老歌唱了四十年'], 4, ['林静'])]),  # O11_feature_lyric_line_one_comma_then_lyricist
    ('山歌声声唱新村\n\n本报记者 雷晓峰\n\n在畲族村寨，山歌是村民们表达情感的方式。\n\n村里的老人们至今还会唱，\n\n演唱：蓝秀英\n\n哥在山上砍柴火，\n\n妹在河边洗衣裳，\n\n一唱一和好热闹。\n\n这首山歌，是村里的文化员根据老调改编的。',
     [(['山歌声声唱新村'], 7, ['雷晓峰'])]),  # O12_feature_intro_one_comma_then_folk_credits_verses
    ('休渔期结束 渔船满载归港\n\n本报讯（记者 吴海）9月1日，东海伏季休渔期结束，沈家门渔港千帆竞发。\n\n“休了四个多月，鱼多了，个头也大了。”\n\n渔民\u3000郑阿宝\n\n据了解，今年全市共有1200余艘渔船出海作业。',
     [(['休渔期结束 渔船满载归港'], 4, ['吴海'])]),  # A7b_fisherman_quote_in_news
    ('《草原上的小木屋》\n\n导演：哈斯巴根\n\n主演：萨仁高娃\n\n片长：108分钟\n\n【剧情简介】\n\n影片讲述了一位草原女教师三十年坚守牧区小学的故事。',
     [(['《草原上的小木屋》'], 5, [])]),  # T8b_film_fields_then_bracket_label
    ('本周推荐\n品种：洛川红富士\n产地：陕西洛川\n价格：每斤6.5元\n◆\u3000选购小窍门\n\u3000\u3000挑选苹果时，要看果皮是否光亮，\n闻一闻是否有清香味，按一按是否硬\n实。\n',
     [(['本周推荐'], 5, [])]),  # T11_wrapped_product_fields_then_marked
    ('招生公告 本校2026年秋季一年级新生报名工作将于6月20日开始，请适龄儿童家长携带户口簿到校报名。特此公告。岜林镇中心小学\u30002026年6月10日\n\n读者来信\n\n村口路灯何时能亮\n\n编辑同志：\n\n我们村口的几盏路灯坏了快两个月了，晚上出行很不方便，希望有关部门尽快维修。\n\n桃源村村民\u3000李德福',
     [([], 1, []), (['读者来信', '村口路灯何时能亮'], 3, ['李德福'])]),  # K7_notice_school_signed
    ('大棚里的“新农人”\n\n本报记者 王娟 通讯员 刘伟\n\n寿光市的蔬菜大棚里，一批年轻人正用新技术种出新希望。\n\n菜农\u3000孙晓东\n\n今年二十八岁的孙晓东大学毕业后回乡种菜，他给大棚装上了物联网传感器，手机上就能控温控湿。\n\n“种菜也要讲科学。”孙晓东说。\n\n菜农\u3000马丽娜\n\n马丽娜把自家的黄瓜卖进了北京的超市，去年纯收入二十多万元。',
     [(['大棚里的“新农人”'], 6, ['王娟'])]),  # A8_profile_series_vegetable_grower
    ('烟叶收购进行时\n\n本报讯（通讯员 杨林）连日来，县烟草公司各收购站点秩序井然，烟农们排队交售烟叶。\n\n“今年烟叶等级高，一亩地能多卖八百块。”\n\n烟农\u3000李德明',
     [(['烟叶收购进行时'], 3, [])]),  # A9_tobacco_grower_quote_box_end_of_page
    ('牧场短章\n\n草原的夜\n\n□ 马 骁\n\n星星落满了帐篷的顶\n\n牦牛在黑暗里反刍。\n\n阿妈把奶茶煮了又煮。\n\n阿妈说\n\n今年的草会长得好\n\n牛粪火\n\n□ 江 南\n\n火苗舔着锅底\n\n照亮一张张黝黑的脸\n\n我们围坐着\n\n听老人讲格萨尔',
     [(['牧场短章', '草原的夜'], 5, ['马骁']), (['牛粪火'], 4, ['江南'])]),  # F1_poem_stopped_verse_then_next_poem
    ('乘客点赞“最美公交”\n\n“车上干净整洁，司机师傅还会提醒老人坐稳扶好。”——乘客 黄丽娟\n\n点评\n\n一句温馨的提醒，一个贴心的举动，让乘客感受到了城市的温度。',
     [(['乘客点赞“最美公交”'], 3, [])]),  # J3_comments_then_two_char_heading
    ('读者留言\n\n“副刊上的散文写得真好，读了好几遍。”——读者 刘 峰\n\n雪\n\n□ 江 南\n\n雪落在屋顶\n\n落在母亲的白发上\n\n落在我回家的路上',
     [(['读者留言'], 1, []), (['雪'], 3, ['江南'])]),  # J4_comments_then_poem_title
    ('迁坟公告 因修建县乡公路需要，凡在施工范围内有坟墓的，请坟主于2026年2月28日前自行迁移，逾期按无主坟处理。特此公告。桃源村村委会\u30002026年1月16日\n\n读者来信\n\n村口路灯何时能亮\n\n编辑同志：\n\n我们村口的几盏路灯坏了快两个月了，晚上出行很不方便，希望有关部门尽快维修。\n\n桃源村村民\u3000李德福',
     [([], 1, []), (['读者来信', '村口路灯何时能亮'], 3, ['李德福'])]),  # K1_notice_village_committee_abbrev
    ('简\u3000讯\n\u3000\u30001月12日，县农业农村局组织\n农技人员深入各乡镇开展冬季农业技\n术培训，现场发放技术资料1200\n余份。\n（晓\u3000言）\n\u3000\u30001月13日，县图书馆“书香进\n万家”活动走进城关镇白沙社区，为\n居民送去图书500余册。\n（石\u3000头）\n',
     [(['简 讯'], 3, ['石头'])]),  # L1_brief_pen_name
    ('简\u3000讯\n\u3000\u30001月12日，县农业农村局组织\n农技人员深入各乡镇开展冬季农业技\n术培训，现场发放技术资料1200\n余份。\n（欧阳\u3000晓）\n\u3000\u30001月13日，县图书馆“书香进\n万家”活动走进城关镇白沙社区，为\n居民送去图书500余册。\n（覃\u3000慧）\n',
     [(['简 讯'], 3, ['覃慧'])]),  # L2_brief_compound_surname
    ('简\u3000讯\n\u3000\u30001月12日，县农业农村局组织\n农技人员深入各乡镇开展冬季农业技\n术培训，现场发放技术资料1200\n余份。\n（扎\u3000西）\n\u3000\u30001月13日，县图书馆“书香进\n万家”活动走进城关镇白沙社区，为\n居民送去图书500余册。\n（多\u3000吉）\n',
     [(['简 讯'], 3, [])]),  # L3_brief_tibetan_name
    ('简\u3000讯\n\u3000\u30001月12日，县农业农村局组织\n农技人员深入各乡镇开展冬季农业技\n术培训，现场发放技术资料1200\n余份。\n（阿\u3000明）\n\u3000\u30001月13日，县图书馆“书香进\n万家”活动走进城关镇白沙社区，为\n居民送去图书500余册。\n（乌\u3000兰）\n',
     [(['简 讯'], 3, [])]),  # L6_brief_pen_name_azhen
    ('医生提醒\n\n老年人冬季晨练不宜过早，最好等到\n\n太阳出来以后再出门，运动前要做好热身，避免突然剧烈运动。',
     [(['医生提醒'], 1, [])]),  # M7_doctor_tip_sentence_head
    ('县城新增三处便民停车场\n\n本报讯（记者 孙磊）近日，县城新增三处便民停车场投入使用，共提供停车位420个。\n\n本报新闻热线：0736-7221234\u300024小时受理\n\n暖冬行动温暖困难群众\n\n本报讯（记者 何苗）连日来，县民政局开展“暖冬行动”，为困难群众送去棉被、大米等物资。',
     [(['县城新增三处便民停车场'], 1, ['孙磊']), (['暖冬行动温暖困难群众'], 1, ['何苗'])]),  # P1_paper_news_hotline_under_story
    ('煤海里的“最美矿工”\n\n本报记者 赵刚\n\n在矿区，有这样一群人，他们常年奋战在井下一线，用汗水诠释着责任与担当。\n\n石窑沟矿\u3000掘进三队\u3000高\u3000峰\n\n高峰在井下干了二十年，带出的徒弟有三十多个。今年他带领班组创下了月进尺1200米的纪录。\n\n红柳林矿\u3000综采一队\u3000王海军\n\n王海军是队里的技术骨干，他牵头完成的技改项目每年为矿上节约成本200多万元。',
     [(['煤海里的“最美矿工”'], 5, ['赵刚'])]),  # Q1_feature_sections_by_mine_team
    ('安全生产月里的“比学赶超”\n\n本报讯（通讯员 李娜）6月以来，发电部各值围绕安全生产开展劳动竞赛。\n\n运行部一值\u3000常态化\n\n一值把安全检查变成每天的必修课，交接班时必查十项内容。\n\n运行部二值\u3000齐发力\n\n二值组织党员突击队，集中消缺47项。',
     [(['安全生产月里的“比学赶超”'], 5, [])]),  # Q3_section_heads_shift_names
    ('新书推荐\n\n书名：草原上的星星\n\n作者：阿拉坦\n\n出版社：内蒙古人民出版社\n\n■ 内容简介\n\n这是一部讲述草原牧民生活的散文集，收录作品四十余篇。',
     [(['新书推荐'], 5, [])]),  # T5_book_box_fields_then_marked
    ('本周推荐\n\n品种：洛川红富士\n\n产地：陕西洛川\n\n价格：每斤6.5元\n\n◆ 选购小窍门\n\n挑选苹果时，要看果皮是否光亮，闻一闻是否有清香味，按一按是否硬实。',
     [(['本周推荐'], 5, [])]),  # T7_product_fields_then_marked_section
    ('周末观影\n\n片名：草原上的小木屋\n\n导演：哈斯巴根\n\n片长：108分钟\n\n【剧情简介】\n\n影片讲述了一位草原女教师三十年坚守牧区小学的故事。',
     [([], 5, [])]),  # T8_film_fields_then_bracket_label
    ('大山深处的守望\n本报记者\u3000李\u3000明\u3000通讯员\n王\u3000芳\n缘起\n\u3000\u3000走进大山深处的岩门村，一所只\n有十几个学生的教学点映入眼帘。\n坚守\n\u3000\u3000二十年来，张老师一个人撑起了\n这个教学点。\n',
     [(['大山深处的守望'], 4, ['李明'])]),  # V1_wrapped_two_line_byline_then_two_char_heading
    ('大山深处的守望\n本报记者\u3000李\u3000明\u3000通讯员\u3000王\u3000芳\n实习生\u3000刘\u3000洋\n引子\n\u3000\u3000走进大山深处的岩门村，一所只\n有十几个学生的教学点映入眼帘。\n',
     [(['大山深处的守望'], 2, ['李明'])]),  # V2_wrapped_two_line_byline_then_two_char_heading_b
    ('三位果农的丰收年\n\n本报讯（记者 李晓燕）霜降过后，洛川县的苹果进入收获季。\n\n桃源村果农\u3000王建国\n\n王建国家的十亩苹果园今年挂果率高，每亩产量比去年增加了五百公斤。\n\n白岩村果农\u3000李春生\n\n李春生去年加入了合作社，统一用药、统一销售，今年的果子还没下树就被订走了一半。',
     [(['三位果农的丰收年'], 5, ['李晓燕'])]),  # A10_feature_sections_place_grower
    ('5G网络覆盖到村\n\n本报讯（通讯员 杨林）近日，县移动公司在全县行政村实现5G网络全覆盖。\n\n用户说\n\n“以前在家看视频老卡，现在流畅多了。”\n\n用户\u3000赵 敏\n\n“直播卖茶叶再也不怕掉线了。”\n\n用户\u3000林 峰',
     [(['5G网络覆盖到村'], 6, [])]),  # A12_users_say_box
    ('秋粮收购价格平稳\n本报记者\u3000何\u3000苗\n\u3000\u3000眼下正值秋粮收购旺季，县粮食\n收储公司各收购点价格平稳，售粮农\n民排起了长队。\n\u3000\u3000“今年国家的补贴按时到账，种\n粮心里踏实多了。”\n农民\u3000刘德顺\n\u3000\u3000据了解，截至目前全县已收购秋\n粮3.2万吨。\n',
     [(['秋粮收购价格平稳'], 4, ['何苗'])]),  # A13_wrapped_quote_farmer_mid_story
    ('郑重声明\n\u3000\u3000近日，有不法分子冒用本报名义，\n以采访、发稿为名向企业索要费用。\n本报从未委托任何个人开展此类活动，\n请广大读者提高警惕。\n本报编辑部\n举报电话：0736-7221234\n\n县城新增三处便民停车场\n本报记者\u3000孙\u3000磊\n\u3000\u3000近日，县城新增三处便民停车场\n投入使用，共提供停车位420个。\n',
     [(['郑重声明'], 3, []), (['县城新增三处便民停车场'], 1, ['孙磊'])]),  # B11_statement_desk_then_contact_wrapped
]

SESSION_71_REVIEW_PAGES = [
    ('全县遭遇强降雨\n\n本报讯（记者 刘 洋）7月1日8时至2日8时，全县普降大到暴雨，局部大暴雨。\n\n降雨分布\n\n据县气象局监测，全县平均降雨量68.4毫米，各乡镇降雨情况如下：\n\n乡镇\u3000降雨量\u3000最大雨强\n\n城关镇\u300086.5毫米\u300032毫米/时\n\n河口镇\u3000120.3毫米\u300045毫米/时\n\n柳林乡\u300045.2毫米\u300018毫米/时\n\n抢险救灾\n\n灾情发生后，县委、县政府迅速启动防汛Ⅲ级应急响应，组织干部群众全力抢险。',
     [(['全县遭遇强降雨'], 9, ['刘洋'])]),  # A20_subhead_prose_table_3col
    ('秋粮收购有序推进\n\n本报讯（记者 张 弛）连日来，我县各收储库点秋粮收购工作有序推进。\n\n各库点收购进度\n\n截至11月5日，全县6个收储库点累计收购秋粮4.2万吨。\n\n库点\u3000收购量（吨）\n\n城关库\u300012000\n\n河口库\u30009800\n\n柳林库\u30007600',
     [(['秋粮收购有序推进'], 7, ['张弛'])]),  # A23_story_title_lead_then_table_new_story
    ('全县遭遇强降雨\n\u3000\u3000本报讯（记者 刘 洋）7月1日8\n时至2日8时，全县普降大到暴雨，局\n部大暴雨。\n降雨分布\n\u3000\u3000据县气象局监测，全县平均降雨\n量68.4毫米，各乡镇降雨量如下：\n乡镇\u3000降雨量（毫米）\n城关镇\u300086.5\n河口镇\u3000120.3\n柳林乡\u300045.2\n\u3000\u3000县防汛办提醒，近期雨水较多，\n请广大群众注意防范山洪、地质灾害。\n',
     [(['全县遭遇强降雨'], 8, ['刘洋'])]),  # W04_subhead_prose_table_wrapped
    ('全县遭遇强降雨\n\n本报讯（记者 刘 洋）7月1日8时至2日8时，全县普降大到暴雨，局部大暴雨，全县平均降雨量68.4毫米。\n\n降雨分布\n\n据县气象局监测，各乡镇降雨量如下：\n\n乡镇\u3000降雨量（毫米）\n\n城关镇\u300086.5\n\n河口镇\u3000120.3\n\n柳林乡\u300045.2\n\n秋粮收购有序推进\n\n本报讯（记者 张 弛）连日来，我县各收储库点秋粮收购工作有序推进，截至目前已累计收购玉米3.2万吨。',
     [(['全县遭遇强降雨'], 7, ['刘洋']), (['秋粮收购有序推进'], 1, ['张弛'])]),  # B02_subhead_prose_table_then_next_story
    ('我县启动冬季供暖\n\n本报讯（记者 王晓东）11月15日零时，县城集中供暖正式启动，供暖面积达580万平方米。\n\n报修渠道\n\n供暖期间，市民如遇暖气不热等问题，可拨打以下电话报修：\n\n单位\u3000电话\n\n县热力公司\u30000535-3218001\n\n城东换热站\u30000535-3218002\n\n城西换热站\u30000535-3218003\n\n秋粮收购有序推进\n\n本报讯（记者 张 弛）连日来，我县各收储库点秋粮收购工作有序推进，截至目前已累计收购玉米3.2万吨。',
     [(['我县启动冬季供暖'], 7, ['王晓东']), (['秋粮收购有序推进'], 1, ['张弛'])]),  # B04_subhead_prose_phone_table
    ('我县启动冬季供暖\n\u3000\u3000本报讯（记者 王晓东）11月15\n日零时，县城集中供暖正式启动，供\n暖面积达580万平方米。\n报修渠道\n\u3000\u3000供暖期间，市民如遇暖气不热等\n问题，可拨打以下电话报修：\n单位\u3000\u3000电话\n县热力公司\u30000535-3218001\n城东换热站\u30000535-3218002\n城西换热站\u30000535-3218003\n\n秋粮收购有序推进\n\u3000\u3000本报讯（记者 张 弛）连日来，\n我县各收储库点秋粮收购工作有序推\n进。\n',
     [(['我县启动冬季供暖'], 7, ['王晓东']), (['秋粮收购有序推进'], 1, ['张弛'])]),  # B05_subhead_prose_table_wrapped_then_story
    ('县长访谈\n\n让群众住得更安心\n\n本报记者 王晓东\n\n记者：今年全县老旧小区改造进展如何？\n\n县长：今年计划改造老旧小区36个，目前已开工32个。\n\n改造明细\n\n各片区改造情况如下：\n\n片区\u3000小区数\u3000户数\n\n城东\u300012\u30002860\n\n城西\u300010\u30002140\n\n城北\u300010\u30001980\n\n记者：改造中如何听取群众意见？\n\n县长：每个小区改造前都要召开居民议事会，做到“改不改、改什么、怎么改”由居民说了算。',
     [(['县长访谈', '让群众住得更安心'], 10, ['王晓东'])]),  # L05_subhead_prose_table_interview_qna
    ('我县启动冬季供暖\n\n本报讯（记者 王晓东）11月15日零时，县城集中供暖正式启动，供暖面积达580万平方米。\n\n报修渠道\n\n供暖期间，市民如遇暖气不热等问题，可拨打各换热站电话报修。\n\n单位\u3000电话\n\n县热力公司\u30000535-3218001\n\n城东换热站\u30000535-3218002\n\n城西换热站\u30000535-3218003\n\n秋粮收购有序推进\n\n本报讯（记者 张 弛）连日来，我县各收储库点秋粮收购工作有序推进，截至目前已累计收购玉米3.2万吨。',
     [(['我县启动冬季供暖'], 7, ['王晓东']), (['秋粮收购有序推进'], 1, ['张弛'])]),  # N01_subhead_prose_period_table
    ('2025年度县级优秀志愿者名单\n（按姓氏笔画排序）\n丁志强\u3000王建国\u3000王秀英\u3000孙丽娟\u3000李秀英\n张志强\u3000赵明华\u3000陈建军\u3000周建华\u3000郑海涛\n钱玉梅\n\n秋粮收购有序推进\n\u3000\u3000本报讯（记者 张 弛）连日来，\n我县各收储库点秋粮收购工作有序推\n进。\n',
     [(['2025年度县级优秀志愿者名单'], 2, []), (['秋粮收购有序推进'], 1, ['张弛'])]),  # R25
    ('2025年度县级优秀志愿者名单\n（按姓氏笔画排序）\n丁志强\u3000王建国\u3000王秀英\n李秀英\u3000张志强\u3000赵明华\n周建华\n\n秋粮收购有序推进\n\u3000\u3000本报讯（记者 张 弛）连日来，\n我县各收储库点秋粮收购工作有序推\n进。\n',
     [(['2025年度县级优秀志愿者名单'], 2, []), (['秋粮收购有序推进'], 1, ['张弛'])]),  # R26
]


SESSION_71_SECOND_REVIEW_PAGES = [
    ('沙泉报\u30002026年3月19日\u3000星期四\n第5版\u3000文化\n\n寒假书单：陪孩子读几本好书\n本报记者\u3000杨\u3000柳\n\u3000\u3000寒假到了，记者请县图书馆的馆\n员们为中小学生推荐了几本好书。\n草房子\n\u3000\u3000曹文轩的《草房子》写的是油麻\n地小学的孩子们，文字干净，适合小\n学高年级的孩子读。\n城南旧事\n\u3000\u3000林海音的《城南旧事》透过小英\n子的眼睛看老北京，馆员说，这本书\n大人孩子都能读。\n平凡的世界\n\u3000\u3000路遥的《平凡的世界》更适合初\n中以上的学生，书里孙少平兄弟的奋\n斗让一代代读者动容。\n\u3000\u3000县图书馆提醒，寒假期间图书馆\n照常开放，持读者证每次可借阅5册。',
     [(['寒假书单：陪孩子读几本好书'], 8, ['杨柳'])]),  # A2_booklist_wrapped
    ('副刊·六盘\u3000第4版\n\n沙泉报\u30002026年3月19日\u3000星期四\n\n读书札记\n\n冬夜读三本书\n\n冬夜漫长，我把几本旧书从箱底翻了出来。\n\n边城\n\n沈从文的《边城》我读过许多遍，每读一次，翠翠在渡口等人的样子都更清楚一些。\n\n呼兰河传\n\n萧红的《呼兰河传》写的是她的童年，后花园里的那些日子，读来让人想起自己的祖父。\n\n书合上了，窗外的雪还在下。\n\n红柳滩乡\u3000马\u3000兰',
     [(['读书札记', '冬夜读三本书'], 6, ['马兰'])]),  # A3_essay_sections_frag
    ('沙泉报\u30002026年3月19日\u3000星期四\n\n第5版\u3000文化\n\n馆藏精品里的黄河故事\n\n本报记者\u3000海\u3000梅\n\n正在县博物馆展出的“黄河记忆”特展，汇集了馆藏书画精品40余件。\n\n黄河万里图\n\n清代画家的《黄河万里图》长达12米，是此次展览中最长的一件作品。\n\n渡口\n\n油画《渡口》创作于上世纪八十年代，画的是羊皮筏子渡河的场景。\n\n展览将持续到4月30日。',
     [(['馆藏精品里的黄河故事'], 6, ['海梅'])]),  # A4_museum_sections_frag
    ('副刊·六盘\u3000第4版\n沙泉报\u30002026年3月19日\u3000星期四\n\n读书札记\n冬夜读三本书\n\u3000\u3000冬夜漫长，我把几本旧书从箱底\n翻了出来。\n边城\n\u3000\u3000沈从文的《边城》我读过许多遍，\n每读一次，翠翠在渡口等人的样子都\n更清楚一些。\n呼兰河传\n\u3000\u3000萧红的《呼兰河传》写的是她的\n童年，后花园里的那些日子，读来让\n人想起自己的祖父。\n\u3000\u3000书合上了，窗外的雪还在下。\n红柳滩乡\u3000马\u3000兰',
     [(['读书札记', '冬夜读三本书'], 6, ['马兰'])]),  # A7_essay_sections_wrapped
    ('沙泉报\u30002026年1月8日\u3000星期四\n第2版\u3000要闻\n\n暖心服务过寒冬\n——我县全力做好冬季供暖保障\n本报记者\u3000马\u3000兰\n\u3000\u3000入冬以来，县住建局多措并举保\n障群众温暖过冬。\n热源充足有保障\n\u3000\u3000今冬县城集中供热面积达到320\n万平方米，比去年增加20万平方米。\n服务电话公开\n单位\u3000电话\n县热力公司\u30000954-2011234\n城西供热站\u30000954-2015678\n维修服务到家门口\n\u3000\u3000县热力公司组建了12支维修小分\n队，24小时响应群众报修。',
     [(['暖心服务过寒冬', '——我县全力做好冬季供暖保障'], 9, ['马兰'])]),  # B12_same_wrapped
    ('沙泉报\u30002026年1月8日\u3000星期四\n\n第2版\u3000综合\n\n我县举办冬季农民运动会\n\n本报讯（记者\u3000马\u3000兰）1月6日，沙泉县第五届冬季农民运动会在县体育馆开幕，全县12个乡镇的600多名农民运动员参赛。\n\n运动会为期3天。\n\n农产品价格行情\n\n本周我县主要农产品零售价格如下：\n\n品名\u3000单位\u3000价格\n\n羊肉\u3000元/斤\u300038\n\n牛肉\u3000元/斤\u300042\n\n鸡蛋\u3000元/斤\u30005.2',
     [(['我县举办冬季农民运动会'], 2, ['马兰']), (['农产品价格行情'], 5, [])]),  # C9_box_title_leadin_headrow_frag
    ('沙泉报\u30002026年1月8日\u3000星期四\n\n第2版\u3000综合\n\n我县举办冬季农民运动会\n\n本报讯（记者\u3000马\u3000兰）1月6日，沙泉县第五届冬季农民运动会在县体育馆开幕，全县12个乡镇的600多名农民运动员参赛。\n\n运动会为期3天。\n\n空气质量周报\n\n发布单位：县生态环境局\n\n乡镇\u3000优良天数\u3000排名\n\n红柳滩乡\u30007\u30001\n\n甜水堡乡\u30006\u30002\n\n城关镇\u30005\u30003',
     [(['我县举办冬季农民运动会'], 2, ['马兰']), (['空气质量周报'], 5, [])]),  # C10_box_title_issuer_headrow_frag
    ('沙泉报\u30002026年1月8日\u3000星期四\n第3版\u3000社会\n\n沙泉县迎新春文化庙会活动安排\n8:30\u3000开幕式\n9:00\u3000社火表演\n10:30\u3000非遗展示\n14:00\u3000秦腔专场\n活动期间，主会场设在县文化广场，\n市民可凭预约码免费入场，现场还设\n有年货大集。\n庙会将持续到正月十五。',
     [(['沙泉县迎新春文化庙会活动安排'], 6, [])]),  # D2_programme_then_prose_flush
    ('沙泉报\u30002026年1月8日\u3000星期四\n第3版\u3000社会\n\n荧屏导视\n20:00\u3000电视剧：江南春早\n浙江卫视、东方卫视\n19:30\u3000纪录片：大河之北\n河北卫视\n21:20\u3000综艺：我们的歌\n东方卫视',
     [(['荧屏导视'], 6, [])]),  # D4_tv_listing_channels
    ('沙泉报\u30002026年1月8日\u3000星期四\n第3版\u3000社会\n\n2026年沙泉县“两会”日程\n1月12日\n9:00\u3000县政协会议开幕\n15:00\u3000分组讨论\n1月13日\n9:00\u3000县人代会开幕\n会议期间，县城部分路段将实行临时\n交通管制，请市民提前规划出行路线。',
     [(['2026年沙泉县“两会”日程', '1月12日'], 5, [])]),  # D6_agenda_then_note_flush
    ('沙泉报\u30002026年1月8日\u3000星期四\n第3版\u3000社会\n\n春节联欢晚会节目单\n19:30\u3000开场歌舞\n19:45\u3000小品：回家过年\n20:10\u3000花儿联唱\n晚会由县融媒体中心直播，观众可通\n过“沙泉发布”客户端收看。',
     [(['春节联欢晚会节目单'], 4, [])]),  # D10_gala_programme_flush
    ('沙泉报\u30002026年1月8日\u3000星期四\n\n第3版\u3000民生\n\n村集体经济分红\n\n本报讯（记者\u3000海\u3000梅）1月4日，坝芒镇打望村召开集体经济分红大会，全村286户村民领到了分红。\n\n打望村群众\u3000喜分红\n\n1月4日，坝芒镇打望村村民领到分红款后合影留念。\n\n本报记者\u3000海\u3000梅\u3000摄',
     [(['村集体经济分红'], 1, ['海梅']), (['打望村群众 喜分红'], 1, [])]),  # F5_photo_title_village_masses_frag
    ('沙泉报\u30002026年1月8日\u3000星期四\n\n第3版\u3000民生\n\n冬季供暖咨询热线开通\n\n本报讯（记者\u3000周\u3000岩）1月6日，县住建局开通冬季供暖咨询热线，24小时受理群众诉求。\n\n家门口的“暖心食堂”\n\n本报讯（记者\u3000海\u3000梅）1月6日，幸福里社区“暖心食堂”开张，辖区60岁以上老人每餐只需5元。\n\n社区食堂服务社区群众\n\n1月6日，幸福里社区“暖心食堂”里，老人们正在用餐。\n\n本报记者\u3000海\u3000梅\u3000摄',
     [(['冬季供暖咨询热线开通'], 1, ['周岩']), (['家门口的“暖心食堂”'], 1, ['海梅']), (['社区食堂服务社区群众'], 1, [])]),  # F10_photo_title_ends_shequ_qunzhong_frag
    ('沙泉报\u30002026年1月8日\u3000星期四\n第3版\u3000民生\n\n村集体经济分红\n\u3000\u3000本报讯（记者\u3000海\u3000梅）1月4日，\n坝芒镇打望村召开集体经济分红大会，\n全村286户村民领到了分红。\n\n打望村群众\u3000喜分红\n\u3000\u30001月4日，坝芒镇打望村村民领到\n分红款后合影留念。\n本报记者\u3000海\u3000梅\u3000摄',
     [(['村集体经济分红'], 1, ['海梅']), (['打望村群众 喜分红'], 1, [])]),  # F11_photo_title_village_masses_wrapped
    ('沙泉报\u30002026年1月28日\u3000星期三\n\n第3版\u3000民生\n\n新春走基层\n\n拜早年\n\n本报讯（记者\u3000周\u3000岩）1月26日，县委书记带队走访慰问困难群众，给大家拜个早年。\n\n在红柳滩乡，慰问组走进老党员马建军家中，送上慰问金和米面油。',
     [(['新春走基层', '拜早年'], 2, ['周岩'])]),  # I3_headline_bai_zaonian_frag
    ('沙泉报\u30002026年1月28日\u3000星期三\n\n第3版\u3000民生\n\n年俗\n\n拜社火\n\n本报讯（记者\u3000海\u3000梅）正月初三，甜水堡乡各村的社火队走村串户，向乡亲们拜年。\n\n社火队所到之处，锣鼓喧天。',
     [(['年俗', '拜社火'], 2, ['海梅'])]),  # I11_headline_bai_shehuo_frag
    ('沙泉报\u30002026年1月28日\u3000星期三\n第3版\u3000民生\n\n新春走基层\n拜早年\n\u3000\u3000本报讯（记者\u3000周\u3000岩）1月26\n日，县委书记带队走访慰问困难群众，\n给大家拜个早年。\n\u3000\u3000在红柳滩乡，慰问组走进老党员\n马建军家中，送上慰问金和米面油。',
     [(['新春走基层', '拜早年'], 2, ['周岩'])]),  # I17_headline_bai_zaonian_wrapped
    ('沙泉报\u30002026年1月28日\u3000星期三\n\n第3版\u3000民生\n\n春节习俗\n\n拜门神\n\n本报讯（记者\u3000海\u3000梅）在沙泉，过年有贴门神、拜门神的习俗。',
     [(['春节习俗', '拜门神'], 1, ['海梅'])]),  # I23_headline_baimenshen_frag
    ('沙泉报\u30002026年1月8日\u3000星期四\n\n副刊\n\n04\n\n六盘\n\n扬水站的夜\n\n丁海燕\n\n黄河水在管道里走了一夜\n\n它翻过三道山梁\n\n把自己交给\n\n沙窝里等了一冬的枸杞',
     [(['扬水站的夜'], 4, ['丁海燕'])]),  # K12_date_fukan_number_name
    ('沙泉报\u30002026年1月8日\u3000星期四\n\n文体\n\n07\n\n体育\n\n县农民篮球联赛开赛\n\n本报讯（记者\u3000周\u3000岩）1月6日晚，沙泉县农民篮球联赛在县体育馆开赛，12支乡镇代表队参赛。',
     [(['县农民篮球联赛开赛'], 1, ['周岩'])]),  # K14_date_wenti_number_tiyu
    ('沙泉报\u30002026年1月8日\u3000星期四\n\n周刊\n\n08\n\n健康\n\n冬季进补莫盲目\n\n本报讯（记者\u3000海\u3000梅）入冬以来，不少市民开始进补。县人民医院营养科医生提醒，进补要因人而异。',
     [(['冬季进补莫盲目'], 1, ['海梅'])]),  # K15_date_zhoukan_number_jiankang
    ('沙泉报\u30002026年1月8日\u3000星期四\n\n副刊\n\n04\n\n贺兰山\n\n父亲的枸杞园\n\n马\u3000兰\n\n父亲种了一辈子枸杞。\n\n我家的枸杞园在村子东头，紧挨着一道沙梁。',
     [(['父亲的枸杞园'], 2, ['马兰'])]),  # K16_date_fukan_number_name_essay
]


SESSION_71_THIRD_REVIEW_PAGES = [
    ('我县出台稳就业十条措施\n\n本报讯（记者 陈晓梅）4月3日，县政府出台《关于进一步稳定和扩大就业的若干措施》。\n\n措施从企业稳岗、创业扶持、技能培训等方面提出具体举措。\n\n主要内容\n\n措施明确了十个方面的支持政策，其中：\n\n1．对新吸纳就业的企业给予每人1000元补贴。\n\n2．返乡创业人员可申请最高30万元担保贷款。\n\n3．免费开展职业技能培训。',
     [(['我县出台稳就业十条措施'], 7, ['陈晓梅'])]),  # E3_story_own_points_digits
    ('我县出台稳就业十条措施\n\u3000\u3000本报讯（记者 陈晓梅）4月3日，县\n政府出台《关于进一步稳定和扩大就业的\n若干措施》。\n\u3000\u3000措施从企业稳岗、创业扶持、技能培\n训等方面提出具体举措。\n主要内容\n\u3000\u3000措施明确了十个方面的支持政策，其\n中：\n\u3000\u30001．对新吸纳就业的企业给予每人100\n0元补贴。\n\u3000\u30002．返乡创业人员可申请最高30万元\n担保贷款。\n\u3000\u30003．免费开展职业技能培训。',
     [(['我县出台稳就业十条措施'], 7, ['陈晓梅'])]),  # E4_story_own_points_wrapped
    ('春耕备耕有序推进\n\n本报讯（记者 李娜）眼下正值春耕备耕关键时期，全县各地抢抓农时，农资供应充足。\n\n县农业农村局副局长赵刚介绍，今年全县粮食播种面积稳定在45万亩以上。\n\n专家支招\n\n针对今年春季气温偏低的情况，县农技站站长孙立民提醒农户注意以下几点：\n\n（1）适时播种，不要抢早。\n\n（2）选用抗寒品种。\n\n（3）做好病虫害监测。\n\n孙立民说，农技人员将下沉一线，做好技术指导。',
     [(['春耕备耕有序推进'], 8, ['李娜'])]),  # E6_interview_story_points
    ('县纪委开展群众身边不正之风专项整治\n\n本报讯（记者 王磊）近日，县纪委监委启动群众身边不正之风和腐败问题专项整治，重点整治惠民资金发放中的吃拿卡要等问题。\n\n欢迎广大群众积极反映问题线索。\n\n监督举报电话：（0558）5212345',
     [(['县纪委开展群众身边不正之风专项整治'], 3, ['王磊'])]),  # G3_story_report_phone_areacode
    ('本报小记者招募开始啦\n\n本报讯（记者 陈晓梅）为丰富中小学生暑期生活，本报即日起面向全县招募小记者100名。\n\n小记者将参加采访实践、写作培训等活动，优秀作品将在本报刊发。\n\n本报小记者报名热线：0558-5212345',
     [(['本报小记者招募开始啦'], 3, ['陈晓梅'])]),  # G4_paper_campaign_signup
    ('县政务服务中心新大厅启用\n\n本报讯（记者 李娜）4月8日，县政务服务中心新大厅正式启用，286项事项实现一窗受理。\n\n办事大厅服务电话：（0558）5212345',
     [(['县政务服务中心新大厅启用'], 2, ['李娜'])]),  # G6_story_hall_service_phone
    ('县防指启动防汛四级应急响应\n\n本报讯（记者 王磊）受强降雨影响，县防指于7月18日12时启动防汛四级应急响应。\n\n县防汛抗旱指挥部提醒广大群众，遇到险情及时报告。\n\n县防汛值班电话：（0558）5212345',
     [(['县防指启动防汛四级应急响应'], 3, ['王磊'])]),  # G7_flood_duty_phone
    ('县老年大学春季招生\n\n本报讯（通讯员 刘芳）县老年大学2025年春季班开始招生，开设书法、声乐、摄影等12个专业。\n\n招生电话：（0558）5212345',
     [(['县老年大学春季招生'], 2, [])]),  # G10_story_signup_areacode
    ('救援十二时辰\n9:00\u3000记者来到河西村村委会，村民们早\n已等候多时，急切盼望！\n9:40\u3000第一批救援物资运抵村里，大家欢\n呼雀跃！\n11:20\u3000救援队伍开始清淤，谁说不辛苦？',
     [(['救援十二时辰'], 3, [])]),  # I2_timeline_exclaim_cont
    ('县城老旧小区改造全面开工\n\n本报讯（记者 王磊 通讯员 刘芳）4月8日，县城2025年老旧小区改造项目全面开工，涉及小区23个、居民2860户。\n\n据了解，改造内容包括管网更新、外墙保温、加装电梯等，计划年底前全部完工。县住建局将对工程质量全程监督，发现问题跟踪到底。\n\n守望\n\n雕塑《守望》，作者为县文化馆美术干部李刚。',
     [(['县城老旧小区改造全面开工'], 2, ['王磊']), (['守望'], 1, [])]),  # J2_sculpture_caption
    ('一季度我县经济运行稳中向好\n\n本报讯（记者 王磊）一季度，全县经济运行稳中向好，主要指标增速高于全市平均水平。\n\n县统计局有关负责人表示，二季度将继续保持良好态势。\n\n一组数据\n\n据县统计局统计，一季度主要经济指标如下：\n\n指标\u3000总量\u3000增速\n\n生产总值\u300056.2亿元\u30005.8%\n\n工业增加值\u300018.7亿元\u30006.2%',
     [(['一季度我县经济运行稳中向好'], 7, ['王磊'])]),  # K7_story_subhead_data_three_cells
    ('一季度我县经济运行稳中向好\n\u3000\u3000本报讯（记者 王磊）一季度，全县\n经济运行稳中向好，主要指标增速高于全\n市平均水平。\n关键数据\n\u3000\u3000据县统计局统计，一季度主要经济指\n标如下：\n指标\u3000总量\u3000增速\n生产总值\u300056.2亿元\u30005.8%\n工业增加值\u300018.7亿元\u30006.2%',
     [(['一季度我县经济运行稳中向好'], 6, ['王磊'])]),  # K9_story_subhead_market_data_wrapped
    ('菜篮子供应充足价格平稳\n\n本报讯（记者 陈晓梅）春节临近，县城各大农贸市场货源充足，价格总体平稳。\n\n记者走访发现，蔬菜价格略有上涨，肉蛋价格保持平稳。\n\n猪肉价格\n\n据县发改局监测，本周各农贸市场猪肉价格如下：\n\n市场\u3000价格\u3000涨跌\n\n东关市场\u300013.5元\u3000持平\n\n西关市场\u300013.8元\u3000上涨',
     [(['菜篮子供应充足价格平稳'], 7, ['陈晓梅'])]),  # K11_story_price_subhead_no_prose_after
    ('县市场监管局开展春季食品安全检查\n\n本报讯（通讯员 周敏）4月以来，县市场监管局对全县学校食堂、农贸市场开展食品安全检查。\n\n市民发现食品安全问题可拨打电话举报。\n\n县市场监管局投诉电话：（0558）5212345',
     [(['县市场监管局开展春季食品安全检查'], 3, [])]),  # G11_regulator_complaint_phone
    ('寻找当年的“赤脚医生”\n\n本报讯（记者 陈晓梅）本报即日起开展“寻找当年的赤脚医生”征集活动，欢迎知情者提供线索。\n\n本报记者联系电话：13905581234',
     [(['寻找当年的“赤脚医生”'], 2, ['陈晓梅'])]),  # G12_reporter_contact_phone
    ('民生\n\n03\n\n追踪\n\n老旧小区改造进展如何？\n\n本报记者 王磊\n\n4月8日，记者再次走访县城老旧小区改造工地。',
     [(['追踪', '老旧小区改造进展如何？'], 1, ['王磊'])]),  # M4_section_number_kicker_zhuizong
    ('社会\n\n05\n\n关注\n\n独居老人的“一键呼”\n\n本报记者 李娜\n\n在城关镇东关社区，80岁的张奶奶家里装上了“一键呼叫”设备。',
     [(['关注', '独居老人的“一键呼”'], 1, ['李娜'])]),  # M5_section_number_kicker_guanzhu
    ('寻人记\n10:30\u3000民警赶到现场，老人到底去了哪\n里？\n11:15\u3000在河边找到老人，平安无事。',
     [(['寻人记'], 2, [])]),  # I7_timeline_question_cont
    ('县城老旧小区改造全面开工\n\n本报讯（记者 王磊 通讯员 刘芳）4月8日，县城2025年老旧小区改造项目全面开工，涉及小区23个、居民2860户。\n\n据了解，改造内容包括管网更新、外墙保温、加装电梯等，计划年底前全部完工。县住建局将对工程质量全程监督，发现问题跟踪到底。\n\n春耕图\n\n农民画《春耕图》，作者为城关镇农民画家王秀英。\n\n该作品入选全国农民画展。',
     [(['县城老旧小区改造全面开工'], 2, ['王磊']), (['春耕图'], 2, [])]),  # J12_caption_then_second_caption
]


SESSION_72_REVIEW_PAGES = [
    ('春耕\u3000봄갈이\n\n育秧\u3000모기르기\n\n本报讯（记者 金英姬）3月10日一早，鹤川镇梨花村的育秧大棚里暖意融融，村民们正忙着播种育秧。',
     [(['春耕 봄갈이', '育秧 모기르기'], 1, ['金英姬'])]),  # gloss_headline
    ('市疾控中心3月16日发布\n\n春季传染病防控提示\n\n近期，流感、诺如病毒感染等进入高发期，请广大市民注意个人防护。',
     [(['市疾控中心3月16日发布', '春季传染病防控提示'], 1, [])]),  # issued_kicker
    ('港口智慧化改造提速\n\n（上接第1版）\n\n调度系统，实现船舶计划、泊位安排和闸口放行“一张图”管理。\n\n据介绍，南港区二期自动化堆场将于今年6月底前完成设备安装调试。\n\n智慧码头添新翼\n\n今年以来，集团投入资金2.3亿元，对东港区3个泊位实施自动化改造。\n\n人才队伍强支撑\n\n集团与澄州职业技术学院合作开设“订单班”，已培养技术骨干120余名。\n\n集团办公室\u3000柯\u3000宁',
     [(['港口智慧化改造提速'], 6, ['柯宁'])]),  # jump_sections_signed
    ('土房\n王建国\n\u3000\u3000小时候，家里穷。\n父亲种地，母亲织布，\n一家五口挤在两间土房里。\n冬天冷，屋里没有炉子，\n我们就挤在一床被子里，\n听父亲讲古。',
     [(['土房'], 1, ['王建国'])]),  # prose_bare_name
    ('路况信息\n\n岭西高速K23至K31双向施工，大型货车建议经G207国道绕行。\n\n运营管理分公司路况信息中心3月16日发布\n\n清障救援“一键呼叫”上线\n\n本报讯（记者 唐越）3月12日，集团清障救援“一键呼叫”小程序正式上线。',
     [(['路况信息'], 2, []), (['清障救援“一键呼叫”上线'], 1, ['唐越'])]),  # issued_after_box
]


SESSION_72_SECOND_REVIEW_PAGES = [
    ('乡村旅游新动态\n\n——我县民宿集群带火周末游\n\n本报讯\u3000今年以来，我县依托山水资源发展民宿集群，周末游客量同比增长三成。\n\n县图书馆延长开放时间\n\n本报讯\u3000即日起，县图书馆每日开放时间延长至晚上9点。\n',
     [(['乡村旅游新动态', '——我县民宿集群带火周末游'], 1, []), (['县图书馆延长开放时间'], 1, [])]),  # briefs_title_with_subtitle
    ('春耕生产新动态\n——我县推广水稻机插秧\n\u3000\u3000本报讯\u3000眼下正值春耕时节\n，我县推广水稻机插秧面积达1\n2万亩。\n县图书馆延长开放时间\n\u3000\u3000本报讯\u3000即日起，县图书馆\n每日开放时间延长至晚上9点。\n',
     [(['春耕生产新动态', '——我县推广水稻机插秧'], 1, []), (['县图书馆延长开放时间'], 1, [])]),  # briefs_title_with_subtitle_wrapped
    ('全省春耕速递\n\n各地抢抓农时备耕忙\n\n本报讯\u3000连日来，各地抢抓晴好天气，组织农户开展春耕备耕。\n\n县图书馆延长开放时间\n\n本报讯\u3000即日起，县图书馆每日开放时间延长至晚上9点。\n',
     [(['全省春耕速递', '各地抢抓农时备耕忙'], 1, []), (['县图书馆延长开放时间'], 1, [])]),  # briefs_main_title_two_lines
    ('春运快讯\n\n——县客运站日均发送旅客1.2万人次\n\n本报讯\u3000春运以来，县客运站日均发送旅客1.2万人次。\n\n县医院开设夜间门诊\n\n本报讯\u3000即日起，县人民医院开设夜间门诊。\n',
     [(['春运快讯', '——县客运站日均发送旅客1.2万人次'], 1, []), (['县医院开设夜间门诊'], 1, [])]),  # briefs_title_kuaixun_subtitle
    ('上市公司密集回购稳信心\n\n本报讯（记者\u3000周凯）近期，多家上市公司发布回购计划，用真金白银提振市场信心。\n\n分析人士认为，回购潮有助于稳定投资者预期。\n\n华联控股：回购用于员工持股\n\n华联控股公告，公司拟以自有资金1亿元至2亿元回购股份，用于员工持股计划。\n\n新源科技：回购后注销\n\n新源科技公告，公司拟回购的股份将全部注销。\n',
     [(['上市公司密集回购稳信心'], 6, ['周凯'])]),  # announce_subhead_in_feature
    ('年报季：券商业绩分化\n\n本报记者\u3000陈静\n\n截至目前，已有20余家券商披露年报，业绩分化明显。\n\n东方证券净利增长\n\n东方证券公告，2024年实现净利润33亿元，同比增长20%。\n\n华安证券净利下降\n\n华安证券公告，2024年实现净利润12亿元，同比下降5%。\n',
     [(['年报季：券商业绩分化'], 5, ['陈静'])]),  # announce_company_subheads_signed
    ('双语小课堂\n\n你好\u3000ياخشىمۇسىز\n\n谢谢\u3000رەھمەت\n\n县双语教育中心3月16日发布\n',
     [(['双语小课堂'], 3, [])]),  # gloss_box_issuer
    ('朝汉双语\n\n你好\u3000안녕하세요\n\n谢谢\u3000감사합니다\n\n（州朝鲜语文工作办公室供稿）\n',
     [(['朝汉双语'], 3, [])]),  # gloss_box_korean
    ('藏汉双语\n\n扎西德勒\u3000བཀྲ་ཤིས་བདེ་ལེགས\n\n谢谢\u3000ཐུགས་རྗེ་ཆེ\n\n（县编译局供稿）\n',
     [(['藏汉双语'], 3, [])]),  # gloss_rows_tibetan
    ('双语小课堂\n\n你好\u3000ياخشىمۇسىز\n\n谢谢\u3000رەھمەت\n\n县医院开设夜间门诊\n\n本报讯\u3000即日起，县人民医院开设夜间门诊。\n',
     [(['双语小课堂'], 2, []), (['县医院开设夜间门诊'], 1, [])]),  # gloss_rows_in_story_then_next
]


SESSION_72_THIRD_REVIEW_PAGES = [
    ('巡山员的一天\n\n凌晨五点半，天还没亮，县林场巡山员马建国已经打着手电出了门。\n\n他要赶在日出前，把东山片区的三条防火通道走一遍。\n\n正午十二点\n\n山顶瞭望塔上的午饭\n\n中午，马建国爬上海拔1200米的瞭望塔，掏出馒头和咸菜，一边吃一边盯着四周山林。\n\n“防火期一刻也不能松。”他说。\n\n县林业局\u3000王\u3000敏',
     [(['巡山员的一天'], 6, ['王敏'])]),  # D02
    ('巡山员的一天\n\n凌晨五点半，县林场巡山员马建国已经打着手电出了门。\n\n正午十二点\n\n山顶瞭望塔上的午饭\n\n中午，马建国爬上瞭望塔，一边吃馒头一边盯着四周山林。\n\n傍晚六点\n\n最后一趟巡查\n\n太阳落山前，他还要再走一遍西坡的防火通道。\n\n“防火期一刻也不能松。”他说。\n\n县林业局\u3000王\u3000敏',
     [(['巡山员的一天'], 8, ['王敏'])]),  # D09
    ('渡口的春天\n\u3000\u3000清晨六点，澄江渡口的第一\n班渡船准时起航。船工老杨\n已经在这里撑了三十年船。\n午后两点\n一船人的年货\n\u3000\u3000临近春节，渡船上挤满了\n提着年货的乡亲。\n县交通运输局\u3000林\u3000涛',
     [(['渡口的春天'], 4, ['林涛'])]),  # D10
    ('居民反映路灯不亮\n\n近日，有市民反映城东路多盏路灯夜间不亮，出行不便。\n\n部门回复\n\n已完成更换维修\n\n经查，系线路老化导致。目前已完成线路更换，路灯恢复正常。\n\n县城市管理局\u3000张\u3000磊',
     [(['居民反映路灯不亮'], 4, ['张磊'])]),  # D07
    ('多地迎来今年首轮高温\n\n中新社北京6月10日电\u3000中央气象台10日继续发布高温黄色预警，华北、黄淮等地部分地区最高气温可达37℃以上。\n\n预计高温天气将持续至13日前后。\n\n防暑提示\n\n高温时段尽量减少户外活动。\n\n外出注意补水，备好防暑药品。\n\n老人和儿童不宜长时间待在密闭车内。',
     [(['多地迎来今年首轮高温'], 6, [])]),  # E03
    ('寒潮来袭\u3000多地降温超10℃\n\n新华社北京11月27日电\u3000中央气象台27日发布寒潮蓝色预警，受强冷空气影响，中东部地区将先后出现大风降温天气。\n\n农业专家提示\n\n设施农业要加固大棚。\n\n露地蔬菜要覆盖防冻。\n\n畜禽圈舍要做好保暖。\n\n责任编辑：祁明远\u3000\u3000校对：韩楠',
     [(['寒潮来袭 多地降温超10℃'], 5, [])]),  # E08
    ('长江中下游进入主汛期\n\n新华社武汉6月20日电（记者\u3000李思远）长江水利委员会20日宣布，长江中下游干流进入主汛期。\n\n水利部门要求各地加强堤防巡查，做好防汛准备。\n\n防汛提示\n\n暴雨天气不要在河边逗留。\n\n不要涉水通过积水路段。\n\n发现险情及时报告。\n\n责任编辑：祁明远\u3000\u3000校对：韩楠',
     [(['长江中下游进入主汛期'], 6, ['李思远'])]),  # E09
    ('今起油价下调\n\n新华社北京4月2日电\u3000国家发展改革委2日发布消息，国内汽、柴油价格每吨分别降低215元和205元。\n\n温馨提示\n\n加油时请认准正规加油站。\n\n请保留好加油票据。\n\n责任编辑：祁明远\u3000\u3000校对：韩楠',
     [(['今起油价下调'], 4, [])]),  # E11
    ('本期推荐线路\n\n◆ 吐鲁番·葡萄沟\n\n◆ 阿勒泰·喀纳斯\n\n◆ 伊犁·那拉提\n\n线路详情可拨打县文旅局电话咨询。',
     [(['本期推荐线路'], 4, [])]),  # I03
    ('短评\n\n冰雪也是金山银山\n\n冬季旅游，正在成为新的增长点。\n\n让冰雪资源“热”起来，需要久久为功。\n\n阿勒泰·喀纳斯\n\n喀纳斯迎来冬季旅游高峰\n\n本报讯\u3000入冬以来，喀纳斯景区接待游客同比增长三成。',
     [(['短评', '冰雪也是金山银山'], 2, []), (['阿勒泰·喀纳斯', '喀纳斯迎来冬季旅游高峰'], 1, [])]),  # G08
    ('“我家的老物件”征稿启事\n\n为留住乡愁记忆，本报即日起开展“我家的老物件”征稿活动，欢迎广大读者踊跃投稿。\n\n来稿请注明真实姓名和联系电话，截稿日期为6月30日。\n\n澄洋县融媒体中心\u3000地址：澄洋县港城路188号\u3000电话：0580-7012345\n\n责任编辑：祁明远\u3000\u3000校对：韩楠',
     [(['“我家的老物件”征稿启事'], 3, [])]),  # J02
    ('澄洋县融媒体中心招聘启事\n\n因工作需要，现面向社会公开招聘编辑记者2名。\n\n报名时间：5月6日至5月15日。\n\n澄洋县融媒体中心\u3000地址：澄洋县港城路188号三楼\n\n责任编辑：祁明远\u3000\u3000校对：韩楠',
     [(['澄洋县融媒体中心招聘启事'], 3, [])]),  # J04
    ('关于征集县歌歌词的公告\n\n为展示我县发展新貌，现面向社会征集县歌歌词。\n\n来稿请寄：\n\n澄洋县融媒体中心\u3000地址：澄洋县港城路188号\n\n责任编辑：祁明远\u3000\u3000校对：韩楠',
     [(['关于征集县歌歌词的公告'], 3, [])]),  # J08
    ('星光影视传媒中心\n\n承接婚礼跟拍、企业宣传片、短视频拍摄制作。\n\n星光影视传媒中心\u3000地址：县城人民路18号\u3000电话：13800001111\n\n责任编辑：祁明远\u3000\u3000校对：韩楠',
     [(['星光影视传媒中心'], 2, [])]),  # J06
    ('县作协会员作品获奖\n\u3000\u3000县作协会员程远创作的\n诗《大山的回声》（组诗）\n近日获“乡土文学奖”一等\n奖。',
     [(['县作协会员作品获奖'], 1, [])]),  # B08
    ('“老把式”的致富经\n\n本报讯\u3000在大河村，种粮大户刘长青有一本“农谚本”。\n\n听老刘说农谚\n\n立夏不下，犁耙高挂。\n\n小满不满，芒种不管。\n\n责任编辑：祁明远\u3000\u3000校对：韩楠',
     [(['“老把式”的致富经'], 4, [])]),  # C09
]


SESSION_73_REVIEW_PAGES = [
    ('岭东晚报\n\n2025年4月2日\u3000星期三\n\n第4版\u3000民生\n\n民生热线回音壁\n\n上周，本报民生热线共接到市民来电126个，我们选取其中几件，请相关部门作出回复。\n\n小区路灯何时修好？\n\n市民王先生来电：我家住在桂园小区，小区门口的路灯坏了一个多月，晚上出行很不方便。\n\n回复：经核实，该路灯因线路老化故障，已于3月31日修复。\n\n公交站台能否加装雨棚？\n\n市民李女士来电：人民路中段公交站台没有雨棚，下雨天候车的乘客只能淋雨。\n\n回复：市公交公司已将该站台列入今年改造计划，预计5月底前完工。\n',
     [(['民生热线回音壁'], 7, [])]),  # E02
    ('岭东日报\n\n2025年6月20日\u3000星期五\n\n第1版\u3000要闻\n\n丰收喜报\n\n夏粮总产\u300038.6万吨\n\n小麦亩产\u3000426千克\n\n本报讯（记者\u3000何\u3000川）6月19日，记者从市农业农村局获悉，今年全市夏粮总产38.6万吨，比上年增加1.2万吨；小麦平均亩产426千克，创历史新高。\n\n今年以来，我市大力推广小麦“一喷三防”等关键技术，夏粮生产实现面积、单产、总产“三增”。\n',
     [(['丰收喜报', '夏粮总产 38.6万吨', '小麦亩产 426千克'], 2, ['何川'])]),  # G02
    ('俄洛报\n\n2024年11月15日\u3000星期五\n\n第4版\u3000综合\n\n2025年度《俄洛报》征订启事\n\n《俄洛报》是中共俄洛县委机关报，每周出版两期。2025年度全年订价120元，各乡镇邮政所均可订阅，也可直接到报社发行部订阅。\n\n地址：俄洛县人民路8号\u3000邮编：616450\u3000发行热线：0834－6123458\n\n俄洛报社发行部\n\n2024年11月10日\n\n县城新增两处公共停车场\n\n本报讯（记者\u3000阿苏拉体）11月14日，县城人民路、团结路两处公共停车场建成投用，新增停车位380个。\n',
     [(['2025年度《俄洛报》征订启事'], 4, []), (['县城新增两处公共停车场'], 1, ['阿苏拉体'])]),  # H03
    ('岭东日报\n\n2025年4月2日\u3000星期三\n\n第8版\u3000公告\n\n岭东市城南污水处理厂扩建工程招标公告\n\n岭东市城南污水处理厂扩建工程已批准建设，建设资金来自财政资金，现对该项目施工进行公开招标，欢迎符合条件的投标人参加投标。\n\n招标人：岭东市水务投资有限公司\n\n联系人：王先生\n\n电话：0759－2345678\u3000传真：0759－2345679\n\n本报地址：岭东市新华路16号\u3000邮编：524000\u3000新闻热线：0759－2200110\n',
     [(['岭东市城南污水处理厂扩建工程招标公告'], 4, [])]),  # H04
    ('2024年11月15日\u3000星期五\n\n副\u3000刊\n\n第4版\n\n老屋\n\n老屋是爷爷年轻时亲手盖的，土墙青瓦，冬暖夏凉。\n\n后来，我们都搬进了城里，老屋空了下来。爷爷不肯走，一个人守着它，守着院子里那棵老梨树。\n\n日子就这样一天\n\n一天地过去了，爷爷的背越来越驼，老屋的墙也裂开了几道缝。\n\n去年秋天，爷爷走了。我们商量着把老屋修一修，留个念想。\n\n王春燕\n',
     [(['老屋'], 4, ['王春燕'])]),  # M02
    ('2024年11月15日\u3000星期五\n\n副\u3000刊\n\n第4版\n\n搬迁前的那个夜晚\n\n村里要整体搬迁的消息传开后，老支书把几位老人请到了家里。\n\n“咱们好好商量\n\n商量，看看这事咋办。”老支书一边倒茶一边说。\n\n几位老人你一言我一语，说到最后，都点了头。\n\n张永福\n',
     [(['搬迁前的那个夜晚'], 3, ['张永福'])]),  # M03
    ('岭东日报\n\n2025年4月2日\u3000星期三\n\n第3版\u3000访谈\n\n让群众办事“只跑一次”\n\n——访市政务服务中心主任王丽\n\n本报记者\u3000林晓岚\n\n近年来，市政务服务中心推行“一窗通办”改革，群众办事平均时间缩短一半以上。日前，记者就此专访了市政务服务中心主任王丽。\n\n“一窗通办”效果如何？\n\n问：“一窗通办”推行一年来，效果怎么样？\n\n答：全市1200多个政务服务事项实现“一窗受理”，群众满意度达到99%。\n\n问：下一步有哪些打算？\n\n答：我们将推动更多事项“掌上办”“就近办”，让群众少跑腿。\n',
     [(['让群众办事“只跑一次”', '——访市政务服务中心主任王丽'], 6, ['林晓岚'])]),  # N02
    ('岭东晚报\n\n2025年4月2日\u3000星期三\n\n第4版\u3000民生\n\n民生热线回音壁\n\n上周，本报民生热线共接到市民来电126个，涉及城市管理、交通出行、物业服务等方面。\n\n我们选取其中几件，请相关部门作出回复。\n\n小区路灯何时修好？\n\n市民王先生来电：我家住在桂园小区，小区门口的路灯坏了一个多月，晚上出行很不方便。\n\n回复：经核实，该路灯因线路老化故障，已于3月31日修复。\n',
     [(['民生热线回音壁'], 5, [])]),  # E04
    ('岭东日报\n\n2025年1月20日\u3000星期一\n\n第2版\u3000经济\n\n我市工业节能降耗成效显著\n\n全年节约能源\u300012.6万吨标准煤\n\n单位产值能耗\u3000下降8.5%\n\n本报讯（记者\u3000林晓岚）记者从市工信局获悉，2024年全市规上工业企业共实施节能技改项目126个，全年节约能源12.6万吨标准煤。\n\n据介绍，今年我市将继续推进重点行业节能改造，力争单位工业增加值能耗再降3%。\n',
     [(['我市工业节能降耗成效显著', '全年节约能源 12.6万吨标准煤', '单位产值能耗 下降8.5%'], 2, ['林晓岚'])]),  # G08
    ('农村经济报\n\n2025年10月10日\u3000星期五\n\n第1版\u3000要闻\n\n高产攻关田实打验收\n\n玉米亩产\u30001050.6千克\n\n大豆亩产\u3000286.3千克\n\n本报讯（记者\u3000杨\u3000帆）10月8日，省农业农村厅组织专家对岭东县高产攻关田进行实打验收。经测定，玉米平均亩产1050.6千克，大豆平均亩产286.3千克。\n',
     [(['高产攻关田实打验收', '玉米亩产 1050.6千克', '大豆亩产 286.3千克'], 1, ['杨帆'])]),  # G10
    ('岭东日报\n2025年6月20日\u3000星期五\n第1版\u3000要闻\n丰收喜报\n夏粮总产\u300038.6万吨\n小麦亩产\u3000426千克\n\u3000\u3000本报讯（记者\u3000何\u3000川）6\n月19日，记者从市农业农村局\n获悉，今年全市夏粮总产38.\n6万吨，比上年增加1.2万吨\n；小麦平均亩产426千克，创\n历史新高。\n',
     [(['丰收喜报', '夏粮总产 38.6万吨', '小麦亩产 426千克'], 1, ['何川'])]),  # G12
    ('岭东日报\n\n2025年4月2日\u3000星期三\n\n第8版\u3000公告\n\n遗失声明\n\n岭东市顺达物流有限公司不慎遗失营业执照副本一份，统一社会信用代码：91441800MA4W123456，特此声明作废。\n\n岭东市城南污水处理厂扩建工程招标公告\n\n本项目已具备招标条件，现对施工进行公开招标，欢迎符合条件的投标人参加投标。\n\n联系人：王先生\n\n电话：0759－2345678\u3000传真：0759－2345679\n\n地址：岭东市新华路16号\u3000邮编：524000\u3000新闻热线：0759－2200110\n',
     [(['遗失声明'], 1, []), (['岭东市城南污水处理厂扩建工程招标公告'], 3, [])]),  # H10
    ('岭东晚报\n\n2024年11月20日\u3000星期三\n\n第8版\u3000广告\n\n欢迎订阅2025年度《岭东晚报》\n\n《岭东晚报》贴近百姓生活，服务千家万户。全年订价240元，全市各邮政网点均可办理订阅，也可拨打发行热线上门收订。\n\n地址：岭东市新华路16号\u3000邮编：524000\u3000发行热线：0759－2200188\n\n冬季用电安全提示\n\n本报讯（记者\u3000陈\u3000欣）入冬以来，取暖用电负荷增加。国网岭东供电公司提醒市民，使用电暖器时要远离可燃物，人走断电。\n',
     [(['欢迎订阅2025年度《岭东晚报》'], 2, []), (['冬季用电安全提示'], 1, ['陈欣'])]),  # H11
    ('2025年3月20日\u3000星期四\n\n第8版\u3000副刊\n\n父亲的脚印\n\n父亲是个护林员，守着村后那片山林整整三十年。\n\n他就这样一步\n\n一步地走遍了山里的每一道沟、每一道梁，脚上的解放鞋一年要穿坏好几双。\n\n如今，那片山林已是郁郁葱葱。\n\n赵春生\n',
     [(['父亲的脚印'], 3, ['赵春生'])]),  # M21
    ('2025年3月20日\u3000星期四\n\n第8版\u3000副刊\n\n老支书的账本\n\n村里修路的钱不够，大伙儿都看着老支书。\n\n“这事咱们再研究\n\n研究，总能想出办法来。”老支书把烟袋锅在鞋底上磕了磕。\n\n第二天一早，他就揣着账本进了城。\n\n杨\u3000帆\n',
     [(['老支书的账本'], 3, ['杨帆'])]),  # M24
    ('岭东日报\n2025年4月2日\u3000星期三\n第3版\u3000访谈\n让群众办事“只跑一次”\n——访市政务服务中心主任王丽\n本报记者\u3000林晓岚\n\u3000\u3000近年来，市政务服务中心推\n行“一窗通办”改革，群众办事\n平均时间缩短一半以上。日前，\n记者就此专访了市政务服务中心\n主任王丽。\n“一窗通办”效果如何？\n\u3000\u3000问：“一窗通办”推行一年\n来，效果怎么样？\n\u3000\u3000答：全市1200多个政务\n服务事项实现“一窗受理”，群\n众满意度达到99%。\n',
     [(['让群众办事“只跑一次”', '——访市政务服务中心主任王丽'], 4, ['林晓岚'])]),  # N13
    ('岭东晚报\n\n2025年1月20日\u3000星期一\n\n第5版\u3000消费\n\n年货价格早知道\n\n品名\u3000单位\u3000价格（元）\n\n猪肉\u3000每斤\u300013.5\n\n牛肉\u3000每斤\u300038.0\n\n带鱼\u3000每斤\u300026.0\n\n注：价格采集自城区三家农贸市场。\n\n温馨提示\n\n以上价格仅供参考，请以实际成交价为准。\n',
     [(['年货价格早知道'], 7, [])]),  # N18
    ('岭东晚报\n\n2025年4月2日\u3000星期三\n\n第4版\u3000民生\n\n读者来信选登\n\n近期，本报陆续收到读者来信，反映身边的民生问题。现选登两封，并请有关部门答复。\n\n公交线路何时延伸到新区？\n\n读者李先生来信：我住在城东新区，附近没有公交站点，上下班要走20多分钟才能坐上车。\n\n答复：市公交公司已规划新开一条线路，预计6月开通。\n',
     [(['读者来信选登'], 4, [])]),  # E08
    ('岭东晚报\n2025年1月20日\u3000星期一\n第5版\u3000消费\n年货价格早知道\n品名\u3000单位\u3000价格（元）\n猪肉\u3000每斤\u300013.5\n牛肉\u3000每斤\u300038.0\n带鱼\u3000每斤\u300026.0\n注：价格采集自城区三家农贸市场。\n温馨提示\n\u3000\u3000以上价格仅供参考，请以实际成\n交价为准。\n',
     [(['年货价格早知道'], 7, [])]),  # N22
]


SESSION_73_SECOND_REVIEW_PAGES = [
    ('返乡种茶\u3000他带富了一个村\n\n本报记者\u3000李\u3000明\n\n今年36岁的陈志远，2016年辞去城里的工作回到老家石门村种茶。如今，他的合作社带动120多户村民增收。近日，记者与他聊了聊。\n\n为何回乡创业？\n\n问：您在城里工作稳定，为什么要回乡种茶？\n\n答：老家的茶叶品质好，可一直卖不上价。我想试试，能不能让家乡的茶走出大山。\n\n最难的是什么？\n\n问：创业过程中最难的是什么？\n\n答：是资金和技术。好在县里有贴息贷款，农技站的专家也常来指导。\n',
     [(['返乡种茶 他带富了一个村'], 7, ['李明'])]),  # B02
    ('“土专家”赵春生\n\n本报记者\u3000王\u3000芳\n\n在刘庄村，提起赵春生，没有人不竖大拇指。十多年来，他琢磨出的果树管理办法，让全村苹果亩产翻了一番。\n\n他是怎么做到的？\n\n问：您没上过农校，这些技术是从哪里学来的？\n\n答：一半是跟县里的专家学的，一半是自己在地里摸索出来的。\n\n问：现在村里种苹果的效益怎么样？\n\n答：好的年份，一亩地能收入一万多元。\n',
     [(['“土专家”赵春生'], 6, ['王芳'])]),  # B03
    ('一图速览\n\n2025年县政府工作报告\n\n全县地区生产总值预期增长6%左右，一般公共预算收入增长5%。\n\n（记者\u3000谢\u3000婷\u3000整理）\n\n县人大常委会开展视察活动\n\n12月10日，县人大常委会组织部分代表视察重点项目建设情况。\n\n（通讯员\u3000潘\u3000峰）\n',
     [(['一图速览', '2025年县政府工作报告'], 2, ['谢婷']), (['县人大常委会开展视察活动'], 2, [])]),  # A15
    ('抓项目\u3000促投资\u3000稳增长\n\n优环境\u3000强服务\u3000增活力\n\n惠民生\u3000保稳定\u3000促和谐\n\n我县一季度经济实现“开门红”\n\n本报讯（记者\u3000于\u3000洋）一季度，全县地区生产总值同比增长6.8%，增速居全市第二。\n',
     [(['抓项目 促投资 稳增长', '优环境 强服务 增活力', '惠民生 保稳定 促和谐', '我县一季度经济实现“开门红”'], 1, ['于洋'])]),  # G09
    ('各地多措并举保障春运\n\n本报1月26日讯（记者\u3000甘\u3000露）今年春运首日，我市铁路、公路、民航共发送旅客12.6万人次。\n\n市交通运输局在各客运站设立服务专区，为老幼病残孕旅客提供便利。\n\n本报1月26日讯（记者\u3000钟\u3000岩）今天，县客运站加开班车18班次，满足群众返乡需求。\n\n县交警大队在主要路段设置执勤点，确保道路安全畅通。\n',
     [(['各地多措并举保障春运'], 4, ['甘露', '钟岩'])]),  # I03
    ('春节出行安全提示\n\n春节将至，市公安局交警支队提醒广大市民注意出行安全：\n\n自驾出行\n\n1.出发前检查车辆轮胎、灯光和制动系统。\n\n2.合理规划路线，避免疲劳驾驶。\n\n乘坐公共交通\n\n1.选择正规客运车辆，不乘坐非法营运车辆。\n\n2.乘车时系好安全带，不携带易燃易爆物品。\n',
     [(['春节出行安全提示'], 7, [])]),  # J02
    ('县法院发布涉农典型案例\n\n本报讯（通讯员\u3000郝\u3000静）11月5日，县人民法院召开新闻发布会，发布5起涉农民事纠纷典型案例。\n\n典型案例\n\n【土地流转纠纷案】\n\n基本案情：2022年，村民王某将5亩承包地流转给合作社，合作社未按约支付流转费。\n\n裁判结果：法院判决合作社支付流转费及违约金。\n',
     [(['县法院发布涉农典型案例'], 5, [])]),  # K02
    ('寻味老街\n\n本报记者\u3000柯\u3000岚\n\n老街不长，却藏着县城最地道的味道。\n\n走进老街，第一家就是开了四十多年的米粉店。\n\n店家推荐\n\n【牛肉米粉】\n\n价格：12元一碗，汤头用牛骨熬制八小时。\n\n傍晚时分，老街上的灯笼亮了起来，游客越来越多。\n',
     [(['寻味老街'], 6, ['柯岚'])]),  # K06
    ('冰雪旅游“热”起来\n\n阿尔山市\n\n本报讯（记者\u3000包\u3000强）入冬以来，阿尔山市冰雪旅游持续升温，各景区日均接待游客1.2万人次。\n',
     [(['冰雪旅游“热”起来', '阿尔山市'], 1, ['包强'])]),  # L10
    ('“板凳会”开出和谐村\n\n本报讯（通讯员\u3000姜\u3000楠）“有事好商量，众人的事情由众人商量。”在石门镇红岩村，村民们已经习惯了“板凳会”。\n\n村里有事大家就坐下来商量\n\n商量，拿出个大伙都认可的办法来。\n\n今年以来，红岩村通过“板凳会”解决矛盾纠纷23件。\n',
     [(['“板凳会”开出和谐村'], 3, [])]),  # M02
    ('母亲的菜园\n\n母亲的菜园在屋后，不大，却种满了各种蔬菜。\n\n日子就这样一天\n\n一天地过去，母亲的头发白了，菜园却一直绿着。\n\n如今，我也学着母亲的样子，在阳台上种了几盆葱。\n',
     [(['母亲的菜园'], 3, [])]),  # M03
    ('红岩村的五年\n\n本报记者\u3000汤\u3000宁\n\n2019年3月\n\n他被派到红岩村任第一书记\n\n，那时候村里还没有一条硬化路。\n\n如今，全村硬化道路12公里，户户通上了自来水。\n',
     [(['红岩村的五年'], 2, ['汤宁'])]),  # M04
    ('国庆夜\u3000焰火美\n\n10月1日晚\u3000焰火点亮江城夜空\n\n10月1日晚，市民在江滨公园观看焰火表演。\u3000本报记者\u3000周\u3000洋\u3000摄\n',
     [(['国庆夜 焰火美', '10月1日晚 焰火点亮江城夜空'], 1, [])]),  # M13
    ('孩子发烧，家长别慌\n\n本报记者\u3000胡\u3000蓉\n\n入冬以来，儿童呼吸道感染进入高发期。县人民医院儿科主任刘红就家长关心的问题作了解答。\n\n体温多少度需要就医？\n\n问：孩子发烧到多少度需要去医院？\n\n答：一般来说，体温超过38.5℃，或精神状态差，应及时就医。\n\n能不能捂汗退烧？\n\n问：老人常说捂出汗就好了，这样做对吗？\n\n答：不对。捂汗会影响散热，甚至引起高热惊厥。\n',
     [(['孩子发烧，家长别慌'], 7, ['胡蓉'])]),  # B08
    ('秋冬季节防火提示\n\n秋冬季节天干物燥，火灾多发，县消防救援大队提醒：\n\n家庭防火\n\n1.不私拉乱接电线，不给电动车违规充电。\n\n2.离家前关闭燃气阀门和电源。\n\n野外防火\n\n1.进山不带火种，不在林区吸烟。\n\n2.不在野外焚烧秸秆和垃圾。\n',
     [(['秋冬季节防火提示'], 7, [])]),  # J08
    ('非遗里的年味\n\n本报记者\u3000谢\u3000芳\n\n腊月里，城关镇老街上的手艺人格外忙碌。\n\n剪纸艺人王秀英已经连续忙了半个多月，订单排到了正月。\n\n手艺档案\n\n【王氏剪纸】\n\n传承人：王秀英，县级非物质文化遗产代表性传承人。\n\n王秀英说，她最大的心愿，是让更多年轻人爱上剪纸。\n',
     [(['非遗里的年味'], 6, ['谢芳'])]),  # K07
    ('招聘启事\n\n锦华纺织集团因业务发展需要，现面向社会招聘纺织技术员10名、质检员5名。\n\n报名地址：锦城市纺织路66号集团人力资源部\n\n电话：0571-87031188\u3000\u3000传真：0571-87031189\n\n本报地址：锦城市滨江路188号\u3000邮编：310052\n',
     [(['招聘启事'], 3, [])]),  # N10
    ('县博物馆新馆开放\n\n本报讯（记者\u3000蔡\u3000明）11月1日，县博物馆新馆正式对外开放，展出文物1200余件。\n\n开放时间\u30009:00—17:00\n\n（周一闭馆），市民可凭身份证免费预约参观。\n',
     [(['县博物馆新馆开放'], 2, ['蔡明'])]),  # M30
    ('寻味老街\n本报记者\u3000柯\u3000岚\n\u3000\u3000老街不长，却藏着县城最地道的味道。\n走进老街，第一家就是开了四十多年的米\n粉店。\n\n店家推荐\n【牛肉米粉】\n价格：12元一碗，汤头用牛骨熬制八小时。\n\u3000\u3000傍晚时分，老街上的灯笼亮了起来，\n游客越来越多。\n',
     [(['寻味老街'], 5, ['柯岚'])]),  # K09
    ('春\u3000夏\u3000秋\n\n山\u3000水\u3000田\n\n风\u3000雨\u3000晴\n\n□李\u3000平\n\n春天的山坡上，开满了野花。\n',
     [(['春 夏 秋', '山 水 田', '风 雨 晴'], 1, ['李平'])]),  # G10
]


SESSION_74_REVIEW_PAGES = [
    ('4\n\n综合新闻\n\n2025年6月12日\u3000星期四\n\n责任编辑：马文清\u3000校对：李晓燕\n\n我州2025年高考平稳结束\n\n本报6月10日讯（记者 周\u3000洁）今天下午，随着最后一科考试结束，我州2025年普通高考顺利落下帷幕。全州共有3126名考生参加考试，设考点4个、考场108个。\n\n考试期间，州县两级教育、公安、卫健、通信等部门密切配合，为考生提供送考、医疗、“静音”等服务。\n\n州府天气\n\n今天：多云转阵雨\u30006℃～17℃\u3000东南风2～3级\n\n明天：阵雨转多云\u30005℃～15℃\n\n6月11日，夏泽县城区志愿者冒雨在街头为过往群众讲解垃圾分类知识。\n\n通讯员\u3000张海燕\u3000摄\n\n县城新建三座公共停车场\n\n本报讯\u3000今年以来，夏泽县在城区新建三座公共停车场，新增停车位560个，缓解了群众停车难问题。\n\n据了解，三座停车场均实行智能化管理，群众可通过手机小程序查询空余车位。\n',
     [(['我州2025年高考平稳结束'], 2, ['周洁']), ([], 1, []), (['县城新建三座公共停车场'], 2, [])]),  # W03
    ('4\n\n综合新闻\n\n2025年6月12日\u3000星期四\n\n责任编辑：马文清\u3000校对：李晓燕\n\n州府天气\n\n今天：晴转多云\u30007℃～19℃\n\n明天：多云\u30008℃～20℃\n\n6月10日，游客在阿尼玛卿雪山下的观景台拍照留念。\n\n本报记者\u3000尼\u3000玛\u3000摄\n\n县城新建三座公共停车场\n\n本报讯\u3000今年以来，夏泽县在城区新建三座公共停车场，新增停车位560个，缓解了群众停车难问题。\n\n据了解，三座停车场均实行智能化管理，群众可通过手机小程序查询空余车位。\n',
     [([], 1, []), (['县城新建三座公共停车场'], 2, [])]),  # W04
    ('4\n\n综合新闻\n\n2025年6月12日\u3000星期四\n\n责任编辑：马文清\u3000校对：李晓燕\n\n今日天气\n\n今天：多云\u30009℃～21℃\u3000东风2级\n\n明天：多云转小雨\u30008℃～18℃\n\n6月11日，雨后初晴的夏泽县城，彩虹横跨格萨尔广场。\n\n特约摄影\u3000旦\u3000正\u3000摄\n\n我州2025年高考平稳结束\n\n本报6月10日讯（记者 周\u3000洁）今天下午，随着最后一科考试结束，我州2025年普通高考顺利落下帷幕。全州共有3126名考生参加考试，设考点4个、考场108个。\n\n考试期间，州县两级教育、公安、卫健、通信等部门密切配合，为考生提供送考、医疗、“静音”等服务。\n',
     [([], 1, []), (['我州2025年高考平稳结束'], 2, ['周洁'])]),  # W05
    ('巴彦淖尔日报\n\n2025年6月12日\u3000星期四\n\n第3版\u3000综合\n\n乌拉特中旗启动草原生态修复工程\n\n本报讯\u3000近日，乌拉特中旗启动2025年草原生态修复工程，计划完成退化草原修复12万亩。\n\n据了解，该工程总投资1.2亿元，主要采取补播改良、围栏封育等措施。\n\n全市天气\n\n今天：晴\u300012℃～27℃\u3000西北风3～4级\n\n明天：晴转多云\u300013℃～28℃\n\n6月10日，阴山脚下的牧民在剪羊毛。\n\n通讯员\u3000孟\u3000和\u3000摄\n',
     [(['乌拉特中旗启动草原生态修复工程'], 2, []), ([], 1, [])]),  # W06
    ('4\n\n综合新闻\n\n2025年6月12日\u3000星期四\n\n责任编辑：马文清\u3000校对：李晓燕\n\n州府天气\n\n今天：小雪转多云\u3000-2℃～9℃\n\n明天：多云\u30000℃～12℃\n\n6月9日，多让县尕日乡牧民赶着牦牛在雪后的草场上转场。\n\n通讯员\u3000完\u3000么\u3000摄\n\n6月10日，玛吉县赛隆乡小学的孩子们在操场上做课间操。\n\n通讯员\u3000才让加\u3000摄\n',
     [([], 1, []), ([], 1, [])]),  # W11
    ('延边日报\n\n연변일보\n\n2025年6月12日\u3000星期四\n\n综合\n\n图们江畔稻花香\n\n本报讯\u3000近日，记者走进龙井市东盛涌镇，看到稻田里一片葱绿，农民们正忙着田间管理。\n\n今年，全镇水稻种植面积达3.2万亩，其中有机水稻8000亩。\n',
     [(['图们江畔稻花香'], 2, [])]),  # S02
    ('연변일보\n\n延边日报\n\n2025年6月12日\u3000星期四\n\n综合\n\n图们江畔稻花香\n\n本报讯\u3000近日，记者走进龙井市东盛涌镇，看到稻田里一片葱绿，农民们正忙着田间管理。\n\n今年，全镇水稻种植面积达3.2万亩，其中有机水稻8000亩。\n',
     [(['图们江畔稻花香'], 2, [])]),  # S03
    ('延边日报\n연변일보\n2025年6月12日\u3000星期四\n综合\n图们江畔稻花香\n\u3000\u3000本报讯\u3000近日，记者走进\n龙井市东盛涌镇，看到稻田里\n一片葱绿，农民们正忙着田间\n管理。\n\u3000\u3000今年，全镇水稻种植面积\n达3.2万亩，其中有机水稻\n8000亩。\n',
     [(['图们江畔稻花香'], 2, [])]),  # S04
    ('桐江电力报\n\n免费交流\n\n2025年6月12日\u3000星期四\n\n综合\n\n桐江供电公司完成迎峰度夏设备检修\n\n本报讯\u30006月以来，桐江供电公司组织运维人员对全市32座变电站开展迎峰度夏专项检修，消除设备缺陷46处。\n\n公司还对重要用户开展用电安全检查，确保夏季高峰期间电网安全稳定运行。\n',
     [(['桐江供电公司完成迎峰度夏设备检修'], 2, [])]),  # S05
    ('哈日淖尔报\n\n二版\n\n2025年6月12日\u3000星期四\n\n要闻\n\n图们江畔稻花香\n\n本报讯\u3000近日，记者走进龙井市东盛涌镇，看到稻田里一片葱绿，农民们正忙着田间管理。\n\n今年，全镇水稻种植面积达3.2万亩，其中有机水稻8000亩。\n',
     [(['图们江畔稻花香'], 2, [])]),  # S06
    ('哈日淖尔报\n\n04\n\n草原风\n\n2025年6月12日\u3000星期四\n\n副刊\n\n阿妈的奶茶\n\n□\u3000林\u3000溪\n\n小时候，每天清晨，我都是闻着阿妈熬的奶茶香醒来的。\n\n铁锅里的奶茶翻滚着，阿妈用长柄铜勺一下一下地扬着，奶香便飘满了整个蒙古包。\n',
     [(['阿妈的奶茶'], 2, ['林溪'])]),  # S07
    ('措那报\n\n牧区版\n\n2025年6月12日\u3000星期四\n\n综合\n\n全州牲畜春季防疫密度达100%\n\n本报讯\u3000截至5月底，全州完成牲畜口蹄疫、小反刍兽疫等重大动物疫病春季免疫1260万头（只），应免密度达到100%。\n\n州农牧局要求各地继续做好补免工作。\n',
     [(['全州牲畜春季防疫密度达100%'], 2, [])]),  # S11
    ('桐江电力报\n免费交流\n2025年6月12日\u3000星期四\n综合\n桐江供电公司完成迎峰度夏设备检修\n\u3000\u3000本报讯\u30006月以来，桐江\n供电公司组织运维人员对全市\n32座变电站开展迎峰度夏专\n项检修，消除设备缺陷46处。\n',
     [(['桐江供电公司完成迎峰度夏设备检修'], 1, [])]),  # S12
    ('延边日报\n\n연변일보\n\n2025年6月12日\u3000星期四\n\n03\n\n农村\n\n图们江畔稻花香\n\n本报讯\u3000近日，记者走进龙井市东盛涌镇，看到稻田里一片葱绿，农民们正忙着田间管理。\n\n今年，全镇水稻种植面积达3.2万亩，其中有机水稻8000亩。\n',
     [(['图们江畔稻花香'], 2, [])]),  # S14
    ('4\n\n综合新闻\n\n2025年6月12日\u3000星期四\n\n责任编辑：马文清\u3000校对：李晓燕\n\n6月上旬全州虫草收购参考价\n\n规格（根/斤）\u3000\u3000价格（元/斤）\n\n1500根以内\u3000\u3000168000—185000\n\n1500—2000根\u3000\u3000132000—150000\n\n2000根以上\u3000\u300098000—112000\n\nཁྲོམ་རའི་བརྡ་འཕྲིན།\u3000市场快讯\n\n州府牦牛肉价格持平\n\n本报讯\u3000州府农贸市场6月11日牦牛肉零售价每公斤76元，与上周持平。\n\n酥油收购价略有回落\n\n本报讯\u3000全州酥油收购价每公斤54元至58元，较上月略有回落。\n',
     [(['6月上旬全州虫草收购参考价'], 4, []), (['州府牦牛肉价格持平'], 1, []), (['酥油收购价略有回落'], 1, [])]),  # G03
    ('4\n\n综合新闻\n\n2025年6月12日\u3000星期四\n\n责任编辑：马文清\u3000校对：李晓燕\n\n藏语小课堂\n\n吉祥如意\u3000བཀྲ་ཤིས་བདེ་ལེགས།\n\n谢谢\u3000ཐུགས་རྗེ་ཆེ།\n\n慢走\u3000ག་ལེ་ཕེབས།\n\nཁྲོམ་རའི་བརྡ་འཕྲིན།\u3000市场快讯\n\n州府牦牛肉价格持平\n\n本报讯\u3000州府农贸市场6月11日牦牛肉零售价每公斤76元，与上周持平。\n\n酥油收购价略有回落\n\n本报讯\u3000全州酥油收购价每公斤54元至58元，较上月略有回落。\n',
     [(['藏语小课堂'], 3, []), (['州府牦牛肉价格持平'], 1, []), (['酥油收购价略有回落'], 1, [])]),  # G04
    ('措那报\n\n2025年6月12日\u3000星期四\u3000农历乙巳年五月十七\n\n第7421期\u3000今日4版\n\n天气预报：今天多云转阵雨，6℃～17℃，东南风2～3级。\n\n6月11日，玛吉县牧民冒雨将羊群赶往夏季牧场。\n\n通讯员\u3000完\u3000么\u3000摄\n\n县城新建三座公共停车场\n\n本报讯\u3000今年以来，夏泽县在城区新建三座公共停车场，新增停车位560个，缓解了群众停车难问题。\n\n据了解，三座停车场均实行智能化管理，群众可通过手机小程序查询空余车位。\n',
     [([], 1, []), (['县城新建三座公共停车场'], 2, [])]),  # W17
    ('4\n\n综合新闻\n\n2025年6月12日\u3000星期四\n\n责任编辑：马文清\u3000校对：李晓燕\n\n今日天气\n\n今天：晴\u300024℃～37℃\u3000南风2级\n\n明天：晴转多云\u300025℃～36℃\n\n6月11日，环卫工人在树下阴凉处休息。\n\n记者\u3000周\u3000洁\u3000摄\n\n县城新建三座公共停车场\n\n本报讯\u3000今年以来，夏泽县在城区新建三座公共停车场，新增停车位560个，缓解了群众停车难问题。\n\n据了解，三座停车场均实行智能化管理，群众可通过手机小程序查询空余车位。\n',
     [([], 1, []), (['县城新建三座公共停车场'], 2, [])]),  # W18
    ('4\n\n综合新闻\n\n2025年6月12日\u3000星期四\n\n责任编辑：马文清\u3000校对：李晓燕\n\n州府天气\n\n今天：晴\u30009℃～22℃\n\n明天：晴转多云\u300010℃～23℃\n\n6月10日，晴空下的阿尼玛卿雪山。\n\n特约摄影\u3000旦\u3000正\u3000摄\n\n我州2025年高考平稳结束\n\n本报6月10日讯（记者 周\u3000洁）今天下午，随着最后一科考试结束，我州2025年普通高考顺利落下帷幕。全州共有3126名考生参加考试，设考点4个、考场108个。\n\n考试期间，州县两级教育、公安、卫健、通信等部门密切配合，为考生提供送考、医疗、“静音”等服务。\n',
     [([], 1, []), (['我州2025年高考平稳结束'], 2, ['周洁'])]),  # W19
    ('4\n综合新闻\n2025年6月12日\u3000星期四\n责任编辑：马文清\u3000校对：李晓燕\n我州2025年高考平稳结束\n\u3000\u3000本报6月10日讯（记者 周\u3000洁）今天下午，随着最\n后一科考试结束，我州2025年普通高考顺利落下帷幕。\n全州共有3126名考生参加考试，设考点4个、考场10\n8个。\n\u3000\u3000考试期间，州县两级教育、公安、卫健、通信等部门密\n切配合，为考生提供送考、医疗、“静音”等服务。\n州府天气\n今天：多云转阵雨\u30006℃～17℃\n明天：阵雨转多云\u30005℃～15℃\n\u3000\u30006月11日，城区志愿者冒雨清理街道积水。\n通讯员\u3000张海燕\u3000摄\n县城新建三座公共停车场\n\u3000\u3000本报讯\u3000今年以来，夏泽县在城区新建三座公共停车场，\n新增停车位560个，缓解了群众停车难问题。\n\u3000\u3000据了解，三座停车场均实行智能化管理，群众可通过手\n机小程序查询空余车位。\n',
     [(['我州2025年高考平稳结束'], 2, ['周洁']), ([], 1, []), (['县城新建三座公共停车场'], 2, [])]),  # W20
    ('桐江日报\n\n周末版\n\n2025年6月14日\u3000星期六\n\n生活\n\n夏日消暑\u3000这些“土办法”很管用\n\n本报讯\u3000入夏以来，气温持续走高。记者走访发现，不少市民用起了绿豆汤、凉席、蒲扇等消暑“土办法”。\n\n专家提醒，消暑要适度，空调温度不宜过低。\n',
     [(['夏日消暑 这些“土办法”很管用'], 2, [])]),  # S15
    ('桐江日报\n周末版\n2025年6月14日\u3000星期六\n生活\n夏日消暑\u3000这些“土办法”很管用\n\u3000\u3000本报讯\u3000入夏以来，气温持续走\n高。记者走访发现，不少市民用起了\n绿豆汤、凉席、蒲扇等消暑“土办法”。\n',
     [(['夏日消暑 这些“土办法”很管用'], 1, [])]),  # S16
    ('延边日报\n\n연변일보\n\n2025年6月12日\u3000星期四\n\n要闻\n\n乡村振兴·一线见闻\n\n图们江畔稻花香\n\n本报讯\u3000近日，记者走进龙井市东盛涌镇，看到稻田里一片葱绿，农民们正忙着田间管理。\n\n今年，全镇水稻种植面积达3.2万亩，其中有机水稻8000亩。\n',
     [(['乡村振兴·一线见闻', '图们江畔稻花香'], 2, [])]),  # S19
    ('4\n综合新闻\n2025年6月12日\u3000星期四\n责任编辑：马文清\u3000校对：李晓燕\n6月上旬全州虫草收购参考价\n规格（根/斤）\u3000\u3000价格（元/斤）\n1500根以内\u3000\u3000168000—185000\n1500—2000根\u3000\u3000132000—150000\n2000根以上\u3000\u300098000—112000\nཁྲོམ་རའི་བརྡ་འཕྲིན།\u3000市场快讯\n州府牦牛肉价格持平\n\u3000\u3000本报讯\u3000州府农贸市场6月11日牦牛肉\n零售价每公斤76元，与上周持平。\n酥油收购价略有回落\n\u3000\u3000本报讯\u3000全州酥油收购价每公斤54元至\n58元，较上月略有回落。\n',
     [(['6月上旬全州虫草收购参考价'], 4, []), (['州府牦牛肉价格持平'], 1, []), (['酥油收购价略有回落'], 1, [])]),  # G13
    ('4\n\n综合新闻\n\n2025年6月12日\u3000星期四\n\n责任编辑：马文清\u3000校对：李晓燕\n\n5月全州主要畜产品价格\n\n牦牛肉：76元/公斤\n\n藏羊肉：82元/公斤\n\n酥油：56元/公斤\n\nཁྲོམ་རའི་བརྡ་འཕྲིན།\u3000市场快讯\n\n州府牦牛肉价格持平\n\n本报讯\u3000州府农贸市场6月11日牦牛肉零售价每公斤76元，与上周持平。\n\n酥油收购价略有回落\n\n本报讯\u3000全州酥油收购价每公斤54元至58元，较上月略有回落。\n',
     [(['5月全州主要畜产品价格'], 3, []), (['州府牦牛肉价格持平'], 1, []), (['酥油收购价略有回落'], 1, [])]),  # G14
    ('措那报\n\n本期八版\n\n2025年6月12日\u3000星期四\n\n要闻\n\n全州虫草采集进入高峰期\n\n五万余名采集者有序上山\n\n本报讯（记者 才让东珠）6月上旬以来，随着山地积雪消融，我州冬虫夏草采集全面进入高峰期。\n\n据州虫草采集管理办公室统计，截至6月10日，全州共发放采集证5.3万余张，采集秩序总体平稳。\n',
     [(['全州虫草采集进入高峰期', '五万余名采集者有序上山'], 2, ['才让东珠'])]),  # S21
    ('夏泽县融媒报\n\n创刊号\n\n2025年6月12日\u3000星期四\n\n要闻\n\n夏泽县融媒体中心正式挂牌\n\n本报讯\u30006月11日，夏泽县融媒体中心正式挂牌运行，《夏泽县融媒报》同日创刊。\n\n县融媒体中心整合了县广播电视台、县政府网站和政务新媒体等资源。\n',
     [(['夏泽县融媒体中心正式挂牌'], 2, [])]),  # S22
    ('桐江日报\n\n周末特刊\n\n2025年6月14日\u3000星期六\n\n文旅\n\n桐江夜游\u3000点亮夏夜经济\n\n本报讯\u3000入夏以来，桐江沿岸夜游项目持续升温，游船、灯光秀、夜市吸引大批市民游客。\n\n据统计，5月以来，桐江夜游接待游客32万人次，同比增长四成。\n',
     [(['桐江夜游 点亮夏夜经济'], 2, [])]),  # S23
]


SESSION_74_SECOND_REVIEW_PAGES = [
    ('清河日报\n\n2025年9月15日\u3000星期一\n\n3\n\n综合新闻\n\n责任编辑\u3000王\u3000静\n\n让每一亩耕地都“长”出好收成\n\n——访县农业农村局局长刘建国\n\n本报记者\u3000孙晓梅\n\n今年以来，我县粮食生产喜获丰收，全县粮食总产量达到28.6万吨。如何守住耕地红线、提升种粮效益？记者专访了县农业农村局局长刘建国。\n\n守住耕地，就是守住饭碗\n\n问：今年我县在耕地保护方面做了哪些工作？\n\n答：我们全面落实田长制，建立县、乡、村三级田长体系，对耕地“非农化”“非粮化”问题开展专项整治。\n\n种粮有利，农民才有劲头\n\n问：怎样让农民种粮更有积极性？\n\n答：一方面落实好各项种粮补贴，另一方面推广订单农业，让农民种得好、卖得好。\n',
     [(['让每一亩耕地都“长”出好收成', '——访县农业农村局局长刘建国'], 7, ['孙晓梅'])]),  # qa-comma-interview-subhead/frag
    ('清河日报\n\n2025年9月15日\u3000星期一\n\n3\n\n综合新闻\n\n责任编辑\u3000王\u3000静\n\n乡村振兴，人才是关键\n\n本报记者\u3000周\u3000航\n\n近日，记者就乡村人才振兴话题，采访了县委组织部相关负责人。\n\n引得来，还要留得住\n\n问：我县在引进乡村人才方面有哪些举措？\n\n答：我们实施“雁归兴乡”工程，对返乡创业人员给予最高10万元的创业补贴和贷款贴息。\n\n问：人才来了以后，如何让他们留下来？\n\n答：我们在住房、子女入学、职称评定等方面给予倾斜，让人才安心扎根。\n',
     [(['乡村振兴，人才是关键'], 6, ['周航'])]),  # qa-comma-interview-one-subhead/frag
    ('清河日报\n\n2025年9月15日\u3000星期一\n\n3\n\n综合新闻\n\n责任编辑\u3000王\u3000静\n\n一起非法捕捞案在渔港码头公开审理\n\n本报记者\u3000林海峰\u3000通讯员\u3000陈\u3000洁\n\n9月10日，县人民法院在澄洋渔港码头公开开庭审理一起非法捕捞水产品案，200余名渔民群众旁听了庭审。\n\n被告人李某在禁渔期内，驾驶渔船使用禁用网具在禁渔区捕捞，被当场查获渔获物300余公斤。\n\n庭审现场，被告人当庭认罪\n\n问：你是否知道当时处于禁渔期？\n\n答：知道，但我心存侥幸，以为不会被发现。\n\n最终，法院当庭宣判，判处李某有期徒刑六个月，缓刑一年，并责令其增殖放流鱼苗10万尾。\n',
     [(['一起非法捕捞案在渔港码头公开审理'], 6, ['林海峰'])]),  # qa-comma-court-transcript/frag
    ('清河日报\n\n2025年9月15日\u3000星期一\n\n3\n\n综合新闻\n\n责任编辑\u3000王\u3000静\n\n秋季腹泻高发\u3000专家提醒注意饮食卫生\n\n本报记者\u3000陈\u3000亮\u3000通讯员\u3000李\u3000娜\n\n入秋以来，县人民医院儿科门诊接诊的腹泻患儿明显增多，日均接诊量较8月增长了三成。\n\n“秋季腹泻多由轮状病毒引起，主要通过粪口途径传播。”县人民医院儿科主任张丽说。\n\n预防为主，勤洗手是关键\n\n问：家长应该怎样预防孩子秋季腹泻？\n\n答：要让孩子养成饭前便后洗手的习惯，奶瓶餐具要定期消毒，不喝生水。\n\n问：孩子腹泻后能不能吃东西？\n\n答：不需要禁食，可以吃米粥、面条等清淡易消化的食物，少量多餐。\n',
     [(['秋季腹泻高发 专家提醒注意饮食卫生'], 7, ['陈亮'])]),  # qa-comma-health-column-feature/frag
    ('清河日报\n\n2025年9月15日\u3000星期一\n\n3\n\n综合新闻\n\n责任编辑\u3000王\u3000静\n\n“一件事一次办”让群众少跑腿\n\n本报记者\u3000吴梦琪\n\n走进县政务服务中心，“一件事一次办”综合窗口前，办事群众井然有序。今年以来，中心已推出新生儿出生、企业开办等28个“一件事”集成服务。\n\n“以前给孩子办出生证、落户口、办医保，要跑好几个部门，现在一个窗口全办好了。”刚办完手续的市民王女士说。\n\n窗口工作人员现场答疑\n\n问：办理新生儿“一件事”需要带哪些材料？\n\n答：带上父母双方身份证、户口簿和结婚证即可，其余材料由系统共享获取。\n',
     [(['“一件事一次办”让群众少跑腿'], 5, ['吴梦琪'])]),  # qa-dayi-subhead-feature/frag (session 75: the subhead apart from the question, no longer glued to it)
    ('澄洋报\n\n2025年9月12日\u3000星期五\n\n第2版\u3000要闻\n\n责任编辑\u3000郑\u3000晴\u3000版式\u3000李\u3000敏\n\n小茶叶“泡”出致富路\n\n本报记者\u3000周\u3000航\n\n初秋时节，走进东坪乡茶园，连片的茶垄层层叠叠，茶农们正忙着采摘秋茶。\n\n近年来，东坪乡把茶产业作为乡村振兴的主导产业，全乡茶园面积发展到3.6万亩。\n\n念好“山水经”\n\n本报记者\u3000周\u3000航\u3000摄\n\n9月10日，记者在东坪乡茶叶加工厂看到，一条条自动化生产线正满负荷运转。“今年秋茶收购价比去年高了两成，茶农一亩能多收800元。”厂长李明说，工厂今年还新开拓了3个电商销售渠道，产品卖到了20多个省份。\n\n县委常委会召开会议\n\n本报讯（记者\u3000吴梦琪）9月11日，县委常委会召开会议，研究部署安全生产工作。\n',
     [(['小茶叶“泡”出致富路'], 4, ['周航']), (['县委常委会召开会议'], 1, ['吴梦琪'])]),  # photo-first-subhead-last-section/frag
    ('澄洋报\n\n2025年9月12日\u3000星期五\n\n第2版\u3000要闻\n\n责任编辑\u3000郑\u3000晴\u3000版式\u3000李\u3000敏\n\n“候鸟”归来建家乡\n\n本报记者\u3000孙晓梅\u3000通讯员\u3000刘\u3000洋\n\n今年以来，我县返乡创业人员达1260人，创办经济实体430多个，带动就业5000余人。\n\n县人社局相关负责人介绍，县里出台了返乡创业十条措施，提供场地、资金、培训等全方位支持。\n\n政策暖心\n\n通讯员\u3000刘\u3000洋\u3000摄\n\n9月5日，在县返乡创业孵化园，刚领到创业补贴的张伟告诉记者，他在外打工十年，今年带着技术回乡办起了竹编厂，已吸纳本村20多名留守妇女就业。“家门口就能挣钱，还能照顾老人孩子。”村民王大姐说。\n',
     [(['“候鸟”归来建家乡'], 4, ['孙晓梅'])]),  # photo-first-subhead-dated-paragraph-end/frag
    ('坪朗报\n\n2025年8月28日\u3000星期四\n\n4\n\n副刊·苗岭\n\n责任编辑\u3000吴晓兰\n\n秋场谣\n\n□\u3000龙\u3000云\n\n八月的风吹过坪朗\n\n稻子黄了一坡又一坡\n\n阿公打起了秋千\n\n是一家人的笑声\n\n创作手记\n\n这首小诗写于去年赶秋节。那天我回到坪朗，看见阿公和孩子们一起打八人秋，笑声传遍了整个寨子，就记下了这几行字。\n',
     [(['秋场谣'], 6, ['龙云'])]),  # poem-note-chuangzuo-shouji/frag
    ('坪朗报\n\n2025年8月28日\u3000星期四\n\n4\n\n副刊·苗岭\n\n责任编辑\u3000吴晓兰\n\n老屋\n\n□\u3000石\u3000磊\n\n门槛磨得发亮\n\n是几代人的脚步\n\n火塘熄了多年\n\n墙上还挂着阿爸的斗笠\n\n诗外札记\n\n老屋是父亲年轻时亲手盖的木房子。前年寨子搬迁，我们住进了新房，老屋留给了村里做民俗展馆，我常回去看看。\n',
     [(['老屋'], 6, ['石磊'])]),  # poem-note-zuozhe-suibi/frag
    ('坪朗报\n\n2025年8月28日\u3000星期四\n\n4\n\n副刊·苗岭\n\n责任编辑\u3000吴晓兰\n\n山里的灯\n\n□\u3000吴\u3000娟\n\n从前的夜很长\n\n一盏油灯照着阿妈纳鞋底\n\n如今寨子通了电\n\n路灯一直亮到山顶\n\n编者点评\n\n这首小诗以“灯”为线索，用前后对比的手法写出了山乡的变化，语言朴素，情感真挚，读来亲切自然。\n',
     [(['山里的灯'], 6, ['吴娟'])]),  # poem-note-bianzhe-dianping/frag
    ('坪朗报\n\n2025年8月28日\u3000星期四\n\n4\n\n副刊·苗岭\n\n责任编辑\u3000吴晓兰\n\n稻田里的鱼\n\n□\u3000杨\u3000明\n\n阿爸把鱼苗放进田里\n\n稻子就有了伙伴\n\n秋天收稻的时候\n\n鱼也长肥了\n\n写作心得\n\n我是一名乡村教师，这首诗是带学生参加稻田养鱼劳动实践后写的。孩子们在田里摸鱼的样子，让我想起了自己的童年。\n',
     [(['稻田里的鱼'], 6, ['杨明'])]),  # poem-note-xiezuo-xinde/frag
    ('坪朗报\n\n2025年8月28日\u3000星期四\n\n4\n\n副刊·苗岭\n\n责任编辑\u3000吴晓兰\n\n一个苗寨的四十年\n\n本报记者\u3000龙\u3000梅\n\n1984年\u3000坪朗村通了第一条简易公路，村民第一次坐上了拖拉机。\n\n1995年\u3000村里架起了电线，家家户户告别了煤油灯。\n\n2010年\u3000村小学搬进了新校舍，适龄儿童全部入学。\n\n2019年\u3000坪朗村整村脱贫出列，村民人均纯收入突破1万元。\n\n今天的坪朗\n\n如今的坪朗，水泥路修到了家门口，民宿、农家乐开了20多家。村支书龙光明说，今年村里的乡村旅游收入有望突破300万元。\n',
     [(['一个苗寨的四十年'], 6, ['龙梅'])]),  # timeline-feature-subhead/frag
    ('坪朗报\n\n2025年8月28日\u3000星期四\n\n4\n\n副刊·苗岭\n\n责任编辑\u3000吴晓兰\n\n龙老师的教书年谱\n\n1978年\u3000龙光华高中毕业，到坪朗村小当代课教师。\n\n1985年\u3000转为公办教师，开始担任村小校长。\n\n1998年\u3000自费为学校修建了第一间砖瓦教室。\n\n2018年\u3000退休后仍坚持为留守儿童辅导功课。\n\n后记\n\n四十年来，龙老师教过的学生有一千多人，其中考上大学的有一百多人。如今，他的两个学生又回到村小当了老师。\n',
     [(['龙老师的教书年谱'], 6, [])]),  # timeline-houji/frag
    ('坪朗报\n\n2025年8月28日\u3000星期四\n\n4\n\n副刊·苗岭\n\n责任编辑\u3000吴晓兰\n\n老支书的“三本账”\n\n本报记者\u3000龙\u3000梅\u3000通讯员\u3000石\u3000勇\n\n1983年\u3000龙光明当选坪朗村党支部书记，带领村民修通进寨公路。\n\n1996年\u3000带头种植柑橘300亩，村民收入翻了一番。\n\n2015年\u3000推动村里发展乡村旅游，办起第一家农家乐。\n\n“账本”里的初心\n\n四十多年来，龙光明记了三本账：一本记修路，一本记种果，一本记村民的难事。他说：“群众的事再小也是大事。”\n',
     [(['老支书的“三本账”'], 5, ['龙梅'])]),  # timeline-subhead-quoted/frag
    ('清河日报\n\n2025年9月15日\u3000星期一\n\n3\n\n综合新闻\n\n责任编辑\u3000王\u3000静\n\n“既要富口袋，也要富脑袋”\n\n——访全国文明家庭代表、坪山村村民陈桂英\n\n本报记者\u3000吴梦琪\n\n走进坪山村陈桂英家的小院，墙上挂满了奖状，书架上摆满了孩子们的课外书。近日，记者走进这个全国文明家庭，听她讲述家风故事。\n\n“家风好，日子才能越过越好”\n\n问：您家的家风是怎样传下来的？\n\n答：我公公常说，做人要实在，做事要勤快。这些话我们一直记在心里，也讲给孩子们听。\n\n问：您觉得好家风给家里带来了什么？\n\n答：一家人和和气气，孩子们都很懂事，日子也越过越红火。\n',
     [(['“既要富口袋，也要富脑袋”', '——访全国文明家庭代表、坪山村村民陈桂英'], 6, ['吴梦琪'])]),  # qa-comma-quoted-subhead-interview/frag
    ('清河日报\n\n2025年9月15日\u3000星期一\n\n3\n\n综合新闻\n\n责任编辑\u3000王\u3000静\n\n“美丽庭院”怎么建\u3000听听村支书怎么说\n\n本报记者\u3000周\u3000航\n\n今年以来，石桥镇大力推进“美丽庭院”创建，全镇已建成示范户860户。近日，记者采访了石桥镇东湾村党支部书记赵德明。\n\n钱从哪里来，怎么用好？\n\n问：创建“美丽庭院”，资金从哪里来？\n\n答：一部分是上级奖补资金，一部分是村集体收入，还有一部分是村民自筹，我们全部公开公示。\n\n问：怎样调动村民的积极性？\n\n答：我们每季度评比一次，评上的挂牌表彰，村民都争着评。\n',
     [(['“美丽庭院”怎么建 听听村支书怎么说'], 6, ['周航'])]),  # qa-comma-question-mark-subhead/frag
    ('清河日报\n\n2025年9月15日\u3000星期一\n\n3\n\n综合新闻\n\n责任编辑\u3000王\u3000静\n\n医保电子凭证\u3000看病买药“一码通”\n\n本报记者\u3000陈\u3000亮\n\n“扫一下就行，不用带卡了。”9月10日，在县人民医院收费窗口，市民张先生出示手机上的医保电子凭证，不到一分钟就完成了结算。\n\n目前，全县已有38万人激活医保电子凭证，激活率达82%，定点医药机构全部开通扫码结算。\n\n医保政策你问我答\n\n问：医保电子凭证怎么激活？\n\n答：可通过国家医保服务平台APP、微信或支付宝搜索“医保电子凭证”激活。\n',
     [(['医保电子凭证 看病买药“一码通”'], 5, ['陈亮'])]),  # qa-wenda-subhead-feature/frag
    ('澄洋报\n\n2025年9月12日\u3000星期五\n\n第2版\u3000要闻\n\n责任编辑\u3000郑\u3000晴\u3000版式\u3000李\u3000敏\n\n小茶叶“泡”出致富路\n\n本报记者\u3000周\u3000航\n\n初秋时节，走进东坪乡茶园，连片的茶垄层层叠叠，茶农们正忙着采摘秋茶。\n\n近年来，东坪乡把茶产业作为乡村振兴的主导产业，全乡茶园面积发展到3.6万亩。\n\n念好“山水经”\n\n本报记者\u3000周\u3000航\u3000摄\n\n9月10日，记者在东坪乡茶叶加工厂看到，一条条自动化生产线正满负荷运转，工人们正忙着分拣、包装。\n\n打好“品牌牌”\n\n“今年秋茶收购价比去年高了两成。”厂长李明说，工厂今年还新开拓了3个电商销售渠道，产品卖到了20多个省份。\n\n东坪乡党委书记表示，下一步将加快茶旅融合，让茶产业成为群众增收的“金叶子”。\n',
     [(['小茶叶“泡”出致富路'], 7, ['周航'])]),  # photo-first-mid-story-then-subhead/frag
    ('坪朗报\n\n2025年8月28日\u3000星期四\n\n4\n\n副刊·苗岭\n\n责任编辑\u3000吴晓兰\n\n芦笙响了\n\n□\u3000潘\u3000宇\n\n芦笙一响\n\n山就醒了\n\n姑娘们的银饰\n\n比月亮还亮\n\n背后的故事\n\n写这首诗的时候，我刚从县城回到老家过苗年。寨子里的芦笙队已经七八年没有凑齐人了，那一年年轻人都回来了。\n',
     [(['芦笙响了'], 6, ['潘宇'])]),  # poem-note-beihou-de-gushi/frag
    ('坪朗报\n\n2025年8月28日\u3000星期四\n\n4\n\n副刊·苗岭\n\n责任编辑\u3000吴晓兰\n\n山里的灯\n\n□\u3000吴\u3000娟\n\n从前的夜很长\n\n一盏油灯照着阿妈纳鞋底\n\n如今寨子通了电\n\n路灯一直亮到山顶\n\n作品评析\n\n这首小诗以“灯”为线索，用前后对比的手法写出了山乡的变化，语言朴素，情感真挚，读来亲切自然。（吴晓兰）\n',
     [(['山里的灯'], 6, ['吴娟'])]),  # poem-note-zuopin-pingxi/frag
    ('清河日报\n\n2025年9月15日\u3000星期一\n\n3\n\n综合新闻\n\n责任编辑\u3000王\u3000静\n\n清河大桥的三次“变身”\n\n本报记者\u3000周\u3000航\n\n1958年\u3000清河上第一座木桥建成，结束了两岸群众靠渡船过河的历史。\n\n1983年\u3000木桥改建为钢筋混凝土桥，可通行载重汽车。\n\n2012年\u3000清河大桥拓宽改造，双向四车道通车。\n\n新桥承载新期待\n\n今年，清河大桥迎来第三次改造，新桥将增设人行观景平台和夜景照明。“桥越修越好，我们的日子也越过越好。”家住桥头的王大爷说。\n',
     [(['清河大桥的三次“变身”'], 5, ['周航'])]),  # timeline-then-subhead-same-feature-2/frag
    ('措那报\n\n4\n\n综合新闻\n\n2025年6月12日\u3000星期四\n\n责任编辑：马文清\u3000校对：李晓燕\n\n图片新闻\n\n牧区“流动课堂”开进夏季牧场\n\n本报讯\u30006月以来，州农牧科技局组织专家深入各县夏季牧场，开展牦牛养殖、草场管护等技术培训12场。\n\n培训采取“现场教学＋入户指导”的方式，受到牧民欢迎。\n\n未来三天天气\n\n州府\u30006℃～17℃\u3000夏泽\u30008℃～19℃\n\n多让\u30003℃～13℃\u3000阿琼\u30005℃～15℃\n\n（州气象台提供）\n\n截至目前，已培训牧民800余人次，发放藏汉双语技术手册2000余册。\u3000本报记者\u3000才让东珠\u3000摄\n\n遗失声明\n\n阿琼县更尕镇扎西塘村牧民才让拉毛不慎遗失草原承包经营权证一本，特此声明作废。\n',
     [(['图片新闻', '牧区“流动课堂”开进夏季牧场'], 3, []), (['遗失声明'], 1, [])]),  # caption-past-weather-story-tail-credit/frag
    ('措那报\n\n4\n\n综合新闻\n\n2025年6月12日\u3000星期四\n\n责任编辑：马文清\u3000校对：李晓燕\n\n州藏戏团新编剧目进牧区巡演\n\n本报讯（记者\u3000才让东珠）6月以来，州藏戏团携新编藏戏《草原守望者》深入各县夏季牧场巡回演出，已演出14场，观众达1.1万人次。\n\n该剧以牧区生态保护为题材，讲述了一家三代牧民守护草原的故事。\n\n未来三天天气\n\n州府\u30006℃～17℃\u3000夏泽\u30008℃～19℃\n\n多让\u30003℃～13℃\u3000阿琼\u30005℃～15℃\n\n（州气象台提供）\n\n演出间隙，演员们还向牧民群众宣讲惠民政策，发放藏汉双语宣传资料2000余份。\u3000本报记者\u3000才让东珠\u3000摄\n\n遗失声明\n\n阿琼县更尕镇扎西塘村牧民才让拉毛不慎遗失草原承包经营权证一本，特此声明作废。\n',
     [(['州藏戏团新编剧目进牧区巡演'], 3, ['才让东珠']), (['遗失声明'], 1, [])]),  # caption-past-degrees-box-news-tail-credit/frag
]


SESSION_75_REVIEW_PAGES = [
    ('行业动态\n\n全市银行业一季度运行平稳\n\n4月15日，市金融监管分局通报全市银行业一季度运行情况，各项指标总体平稳。\n\n存款稳步增长\n\n一季度，全市各项存款余额新增86.2亿元，同比多增12.4亿元，其中住户存款新增61.7亿元。\n\n贷款投放加快\n\n一季度，全市各项贷款余额新增72.5亿元，其中制造业中长期贷款新增18.3亿元。\n\n',
     [(['行业动态', '全市银行业一季度运行平稳'], 5, [])]),  # b03a
    ('企业动态\n\n县纺织公司订单排到年底\n\n4月8日，记者走进县纺织公司生产车间，机器轰鸣，工人们正在赶制出口订单。\n\n产销两旺\n\n上半年，公司已接到订单2.6亿元，比去年同期增长三成以上，产品远销东南亚和中东。\n\n',
     [(['企业动态', '县纺织公司订单排到年底'], 3, [])]),  # b05a
    ('基层动态\n\n杨林镇开展安全生产大排查\n\n近日，杨林镇组织安监、消防等部门对辖区32家企业开展安全生产大排查，发现并整改隐患46处。\n\n工作成效\n\n记者近日从杨林镇了解到，今年以来该镇未发生一起较大安全生产事故。\n\n',
     [(['基层动态', '杨林镇开展安全生产大排查'], 3, [])]),  # b08a
    ('行业动态\n\n全县快递业务量持续增长\n\n本报记者\u3000周红梅\n\n4月10日，记者从县邮政管理局召开的行业运行分析会上了解到，全县快递业务量保持较快增长。\n\n农村寄递提速\n\n一季度，全县农村地区快递业务量达到126万件，同比增长32.6%。\n\n',
     [(['行业动态', '全县快递业务量持续增长'], 3, ['周红梅'])]),  # b11a
    ('政策速递\n\n我市出台十条措施支持民营企业发展\n\n4月12日，市政府印发《关于进一步支持民营企业发展的若干措施》，从融资、用地、用工等方面提出十条举措。\n\n融资更便利\n\n记者从市金融办获悉，今年全市将安排10亿元应急转贷资金，帮助民营企业解决续贷难题。\n\n用地有保障\n\n上半年，全市将优先保障民营企业重点项目用地需求，新增供地不少于2000亩。\n\n',
     [(['政策速递', '我市出台十条措施支持民营企业发展'], 5, [])]),  # b13a
    ('农业短波\n\n早稻机插秧进度过半\n\n连日来，全县各地抢抓晴好天气开展早稻机插秧，目前已完成机插面积8.6万亩，进度过半。\n\n农机保障有力\n\n二季度，县农机站组织技术人员深入田间地头，为农户免费检修插秧机120台。\n\n',
     [(['农业短波', '早稻机插秧进度过半'], 3, [])]),  # b14a
    ('企业动态\n\n县纺织公司订单排到年底\n\n4月8日，记者走进县纺织公司生产车间，机器轰鸣，工人们正在赶制出口订单。\n\n订单从哪里来\n\n记者获悉，公司去年投入3000万元进行智能化改造，产品质量和交货速度明显提升。\n\n',
     [(['企业动态', '县纺织公司订单排到年底'], 3, [])]),  # b16a
    ('企业动态\n\n县纺织公司订单排到年底\n\n4月8日，记者走进县纺织公司生产车间，机器轰鸣，工人们正在赶制出口订单。\n\n“今年的订单已经排到了12月，工人们都在加班加点。”公司总经理李建国说。\n\n产销两旺\n\n上半年，公司已接到订单2.6亿元，比去年同期增长三成以上。\n\n',
     [(['企业动态', '县纺织公司订单排到年底'], 4, [])]),  # b19a
    ('基层动态\n\n杨林镇开展安全生产大排查\n\n近日，杨林镇组织安监、消防等部门对辖区32家企业开展安全生产大排查，发现并整改隐患46处。\n\n下一步打算\n\n记者从杨林镇应急办了解到，该镇将建立隐患整改台账，实行销号管理，确保隐患动态清零。\n\n',
     [(['基层动态', '杨林镇开展安全生产大排查'], 3, [])]),  # b20a
    ('第3版\u3000法治\n\n12月4日国家宪法日：\n\n学宪法\u3000讲宪法\u3000守宪法\n\n本报讯（记者\u3000张\u3000敏）12月4日，县司法局联合县教育局在县第一中学开展宪法宣传活动。\n\n活动现场，法治副校长为学生们上了一堂生动的宪法课，同学们踊跃提问。\n\n',
     [(['12月4日国家宪法日：', '学宪法 讲宪法 守宪法'], 2, ['张敏'])]),  # d02a
    ('城区新增5处口袋公园\n\n本报讯\u3000近日，城区新建的5处口袋公园陆续向市民开放，总面积1.8万平方米。\n\n4月23日世界读书日：\n\n让书香浸润城市\n\n本报记者\u3000李\u3000丹\n\n4月23日，市图书馆举办“书香满城”全民阅读活动，吸引了上千名市民参加。\n\n活动中，市图书馆还向社区书屋捐赠图书3000册。\n\n',
     [(['城区新增5处口袋公园'], 1, []), (['4月23日世界读书日：', '让书香浸润城市'], 2, ['李丹'])]),  # d03a
    ('3月15日国际消费者权益日：\n\n守护“钱袋子”\u3000让消费更放心\n\n本报讯（记者\u3000刘\u3000洋）3月15日，市市场监管局在人民广场开展“3·15”消费维权宣传活动。\n\n活动现场共受理消费者投诉咨询86件，发放宣传资料5000余份。\n\n',
     [(['3月15日国际消费者权益日：', '守护“钱袋子” 让消费更放心'], 2, ['刘洋'])]),  # d06a
    ('9月10日教师节：\n\n致敬扎根乡村的“大山园丁”\n\n本报记者\u3000马丽娟\n\n在海拔2100米的石门乡中心小学，张桂芳已经坚守了27个年头。\n\n“只要孩子们需要，我就一直教下去。”她说。\n\n',
     [(['9月10日教师节：', '致敬扎根乡村的“大山园丁”'], 2, ['马丽娟'])]),  # d07a
    ('5月1日至5日：\n\n城区部分路段实行交通管制\n\n本报讯\u3000为保障“五一”假期群众出行安全，县公安局交警大队决定，5月1日至5日对城区部分路段实行交通管制。\n\n管制期间，请过往车辆按照交通标志绕行。\n\n',
     [(['5月1日至5日：', '城区部分路段实行交通管制'], 2, [])]),  # d10a
    ('县城新建停车场投入使用\n\n本报讯\u30005月18日，位于县城东关的公共停车场正式投入使用，可提供停车位420个。\n\n6月5日世界环境日：\n\n垃圾分类\u3000从我做起\n\n本报讯（记者\u3000刘\u3000洋）6月5日，县生态环境局联合城关镇在中心广场开展垃圾分类宣传活动。\n\n活动现场，志愿者向市民讲解垃圾分类知识，发放分类垃圾袋2000余个。\n\n',
     [(['县城新建停车场投入使用'], 1, []), (['6月5日世界环境日：', '垃圾分类 从我做起'], 2, ['刘洋'])]),  # d13a
    ('一季度全县经济“成绩单”出炉\n\n县统计局日前发布一季度全县主要经济指标。\n\n地区生产总值：48.6亿元\n\n规上工业增加值：增长8.4%\n\n社会消费品零售总额：15.3亿元\n\n（周红梅\u3000整理）\n\n专家解读\n\n县统计局总统计师陈志刚分析，上述数据表明，一季度全县经济延续回升向好态势，工业和消费是主要拉动力量。\n\n他同时提醒，外贸出口仍面临不少压力，二季度要在稳订单、拓市场上下功夫。\n\n',
     [(['一季度全县经济“成绩单”出炉'], 8, [])]),  # c03a
    ('本周主要农资价格\n\n尿素：2450元/吨\n\n复合肥：3100元/吨\n\n磷酸二铵：3900元/吨\n\n（周红梅\u3000整理）\n\n小贴士\n\n购买农资时，要认准正规经营门店，索要购货凭证并妥善保存，以便出现质量问题时维权。\n\n',
     [(['本周主要农资价格'], 6, [])]),  # c04a
    ('本周蔬菜价格小幅回落\n\n本报讯\u3000随着本地蔬菜大量上市，本周城区农贸市场蔬菜价格小幅回落。\n\n白菜：1.6元/斤\n\n土豆：2.0元/斤\n\n西红柿：4.2元/斤\n\n（周红梅\u3000整理）\n\n行情分析\n\n市场管理人员分析，上述价格较上周平均下降8%左右，预计下周仍将保持平稳。\n\n',
     [(['本周蔬菜价格小幅回落'], 7, [])]),  # c15a
    ('县第一中学学生获全省作文大赛一等奖\n\n本报讯（记者\u3000王海峰）近日，第五届全省中学生作文大赛结果揭晓，县第一中学学生玉香获初中组一等奖。\n\n获奖作品节选\n\n阿妈的胶刀在月光下闪着光，一刀一刀，割开了清晨，也割开了我们一家的日子。\n\n勐澜县第一中学\u3000玉香\n\n',
     [(['县第一中学学生获全省作文大赛一等奖'], 4, ['王海峰'])]),  # m03ea
    ('县第一中学学生获全省作文大赛一等奖\n\n本报讯（记者\u3000王海峰）近日，第五届全省中学生作文大赛结果揭晓，县第一中学学生玉香获初中组一等奖。\n\n获奖作品节选\n\n阿妈的胶刀在月光下闪着光，一刀一刀，割开了清晨，也割开了我们一家的日子。\n\n勐澜县第一中学\u3000玉香\n\n责任编辑：杨晓东\u3000校对：刀丽萍\n\n',
     [(['县第一中学学生获全省作文大赛一等奖'], 4, ['王海峰'])]),  # m03fa
    ('县第一中学学生获全省作文大赛一等奖\n\n本报讯（记者\u3000王海峰）近日，第五届全省中学生作文大赛结果揭晓，县第一中学学生玉香获初中组一等奖。\n\n获奖作品节选\n\n阿妈的胶刀在月光下闪着光，一刀一刀，割开了清晨，也割开了我们一家的日子。\n\n勐澜县第一中学\u3000玉香\n\n文化快讯\n\n近日，县图书馆为曼冷村等6个村寨送去图书2000余册。\n\n',
     [(['县第一中学学生获全省作文大赛一等奖'], 4, ['王海峰']), (['文化快讯'], 1, [])]),  # m03ha
    ('全旗牧民技能培训班开班\n\n本报讯（记者\u3000巴\u3000特）5月10日，全旗牧民技能培训班在旗职业中学开班，120名牧民参加培训。\n\n学员感言\n\n通过这次培训，我学会了科学配制饲料，今年打算再扩大养殖规模。\n\n巴彦嘎查\u3000乌日娜\n\n',
     [(['全旗牧民技能培训班开班'], 4, ['巴特'])]),  # m05ea
    ('全旗牧民技能培训班开班\n\n本报讯（记者\u3000巴\u3000特）5月10日，全旗牧民技能培训班在旗职业中学开班，120名牧民参加培训。\n\n学员感言\n\n通过这次培训，我学会了科学配制饲料，今年打算再扩大养殖规模。\n\n巴彦嘎查\u3000乌日娜\n\n责任编辑：杨晓东\u3000校对：刀丽萍\n\n',
     [(['全旗牧民技能培训班开班'], 4, ['巴特'])]),  # m05fa
    ('县民族中学举行开学典礼\n\n本报讯（记者\u3000王海峰）9月1日，县民族中学举行2024—2025学年开学典礼，新生860人入学。\n\n学生代表发言\n\n新学期，我们要珍惜时光，勤奋学习，不辜负老师和家长的期望。\n\n县民族中学\u3000玉罕\n\n',
     [(['县民族中学举行开学典礼'], 4, ['王海峰'])]),  # m07a
    ('胶价回暖\u3000胶农笑了\n本报记者\u3000王海峰\n\u3000\u3000凌晨3点，勐远乡曼贺寨还沉浸\n在夜色中，胶林里却已亮起点点灯光。\n\u3000\u3000岩扁家有橡胶树1200多株，今年\n开割以来，干胶收购价已经涨到每公\n斤13.2元。\n胶林·见闻\n凌晨三点的胶灯\n\u3000\u3000胶灯一盏连着一盏，从山脚一直\n亮到山顶。胶农们说，割胶要赶在太\n阳出来之前，这时候胶水流得最多。\n专家·解读\n胶价为何回暖\n\u3000\u3000县农业农村局高级农艺师陈志刚\n分析，今年东南亚主产区减产，国内\n轮胎企业需求回升，带动胶价上涨。\n',
     [(['胶价回暖 胶农笑了'], 8, ['王海峰'])]),  # g02b
    ('代表委员热议政府工作报告\n本报记者\u3000刘\u3000洋\n\u3000\u3000连日来，出席市两会的代表委员\n认真审议讨论政府工作报告，大家纷\n纷表示，报告实事求是、催人奋进。\n代表·心声\n把好事办到群众心坎上\n\u3000\u3000市人大代表、城关镇党委书记张\n建国说，报告提出的十件民生实事，\n件件都是群众关心的大事。\n委员·建言\n让老字号焕发新活力\n\u3000\u3000市政协委员李红梅建议，加大对\n老字号企业的扶持力度，推动老字号\n与电商平台深度融合。\n',
     [(['代表委员热议政府工作报告'], 7, ['刘洋'])]),  # g03b
    ('汛期里的“守堤人”\n\n本报记者\u3000孙\u3000涛\n\n入汛以来，青龙河沿岸的32名护堤员24小时轮班值守，巡查堤段86公里。\n\n他们中年纪最大的已经68岁，守堤已有30个年头。\n\n现场·见闻\n\n一盏马灯照了三十年\n\n晚上10点，记者跟随护堤员老周上堤巡查。手电、雨衣、铁锹，还有一盏擦得锃亮的马灯，是他每晚的“标配”。\n\n“有了手电，这马灯也舍不得扔，看着它心里踏实。”老周说。\n\n',
     [(['汛期里的“守堤人”'], 6, ['孙涛'])]),  # g10a
    ('易地搬迁户住进新楼房\n\n本报记者\u3000马丽娟\n\n走进石门乡安置小区，一排排新楼整齐划一，广场上老人晒着太阳，孩子们追逐嬉戏。\n\n该小区共安置搬迁群众420户1860人，配套建设了幼儿园、卫生室和扶贫车间。\n\n回访·故事\n\n老李的“三件大事”\n\n搬进新家后，老李办成了三件大事：在扶贫车间找了份工作，孙子进了家门口的幼儿园，老伴的慢性病也能就近看了。\n\n',
     [(['易地搬迁户住进新楼房'], 5, ['马丽娟'])]),  # g11a
    ('春季过敏高发\u3000如何科学应对\n\n本报讯\u3000进入春季，县人民医院过敏门诊的就诊人数明显增加，其中不少是儿童。\n\n医生提醒，出现打喷嚏、流鼻涕等症状时，不要自行用药。\n\n专家·访谈\n\n过敏不是“小毛病”\n\n县人民医院变态反应科主任刘芳说，过敏性鼻炎如果不及时治疗，可能诱发哮喘，家长要高度重视。\n\n',
     [(['春季过敏高发 如何科学应对'], 5, [])]),  # g15a
    ('县医保局提醒参保群众及时缴费\n\n本报讯\u3000县医保局提醒，2025年度城乡居民医保集中缴费期将于12月31日结束。\n\n金融观察\n\n我市两名员工获评全省“最美金融人”\n\n近日，省银行业协会公布2024年度“最美金融人”评选结果，我市两名员工入选。\n\n青潭农商银行\u3000王\u3000丽\n\n青潭农业银行城关支行\u3000李\u3000强\n\n',
     [(['县医保局提醒参保群众及时缴费'], 1, []), (['金融观察', '我市两名员工获评全省“最美金融人”'], 3, [])]),  # h16a
    ('县医保局提醒参保群众及时缴费\n\n本报讯\u3000县医保局提醒，2025年度城乡居民医保集中缴费期将于12月31日结束。\n\n金融观察\n\n我市一名员工获评全省“最美金融人”\n\n近日，省银行业协会公布2024年度“最美金融人”评选结果，扎根乡村网点十余年的柜员王丽入选。\n\n青潭农商银行\u3000王\u3000丽\n\n',
     [(['县医保局提醒参保群众及时缴费'], 1, []), (['金融观察', '我市一名员工获评全省“最美金融人”'], 2, [])]),  # h18a
]


SESSION_75_SECOND_REVIEW_PAGES = [
    ('我县一名教师获评省级“最美乡村教师”\n\n近日，省教育厅公布2024年“最美乡村教师”名单，我县共有1名教师入选。\n\n曼喃镇中心小学\u3000玉香\n',
     [(['我县一名教师获评省级“最美乡村教师”'], 2, [])]),  # B04e-f
    ('2023年度县级优秀班主任名单公布\n\n经各校推荐、县教育体育局审核，以下3名教师被评为2023年度县级优秀班主任。\n\n曼喃镇中心小学\u3000玉香\n\n勐远乡中学\u3000岩温\n\n县第一中学\u3000依罕\n',
     [(['2023年度县级优秀班主任名单公布'], 4, [])]),  # B05e-f
    ('2023年度县级优秀班主任名单公布\n\u3000\u3000经各校推荐、县教育体育局审核，以\n下3名教师被评为2023年度县级优秀班主\n任。\n曼喃镇中心小学\u3000玉香\n勐远乡中学\u3000岩温\n县第一中学\u3000依罕\n',
     [(['2023年度县级优秀班主任名单公布'], 4, [])]),  # B05e-w
    ('听听老师们怎么说\n\n“傣文课让孩子们更了解自己民族的文化，也更自信了。”\n\n曼喃镇中心小学\u3000玉香\n\n“学校把章哈请进课堂，孩子们一学就会，唱得特别有味道。”\n\n勐远乡中学\u3000岩温\n',
     [(['听听老师们怎么说'], 4, [])]),  # B06e-f
    ('听听老师们怎么说\n\u3000\u3000“傣文课让孩子们更了解自己民族的\n文化，也更自信了。”\n曼喃镇中心小学\u3000玉香\n\u3000\u3000“学校把章哈请进课堂，孩子们一学\n就会，唱得特别有味道。”\n勐远乡中学\u3000岩温\n',
     [(['听听老师们怎么说'], 4, [])]),  # B06e-w
    ('傣历新年节各服务点负责人\n\n为方便群众和游客过节，县里在城区设立4个服务点，各服务点负责人如下。\n\n曼喃广场服务站\u3000岩温\n\n南朗河畔服务站\u3000玉香\n\n县人民医院\u3000依罕\n',
     [(['傣历新年节各服务点负责人'], 4, [])]),  # B13e-f
    ('节日期间急诊24小时开放\n\n傣历新年节期间，县人民医院急诊科24小时开放，并在曼喃广场设立临时医疗点，医疗点负责人如下。\n\n县人民医院\u3000岩温\n',
     [(['节日期间急诊24小时开放'], 2, [])]),  # B14e-f
    ('县中学生篮球赛落幕\n\n4月10日，县中学生篮球赛在县体育馆落幕，县第一中学代表队夺得冠军，最有价值球员如下。\n\n县第一中学\u3000岩罕\n',
     [(['县中学生篮球赛落幕'], 2, [])]),  # B21-f
    ('医护人员节日坚守岗位\n\n“节日期间病人多，我们全科室都取消了休假。”\n\n县人民医院\u3000玉叫\n\n“看到游客玩得开心，我们辛苦一点也值得。”\n\n县中医医院\u3000岩罕\n',
     [(['医护人员节日坚守岗位'], 4, [])]),  # B27-f
    ('新韵\n\n依\u3000恋\n\n刀建华\n\n我依恋那片竹林\n\n依恋竹林里的风\n\n风里有阿妈的歌\n\n歌里有我的乳名\n\n县图书馆开设民族文献专柜\n\n近日，县图书馆开设民族文献专柜，集中陈列傣文、哈尼文图书及地方民族文化研究资料1800余册，供读者免费借阅。\n\n（通讯员\u3000罗美玲）\n',
     [(['新韵', '依 恋'], 4, ['刀建华']), (['县图书馆开设民族文献专柜'], 2, [])]),  # C07-f
    ('边地诗笺\n\n岩\u3000羊\n\n杨丽华\n\n在没有路的地方\n\n它踩出了路\n\n悬崖是它的草场\n\n云是它的邻居\n\n县图书馆开设民族文献专柜\n\n近日，县图书馆开设民族文献专柜，集中陈列傣文、哈尼文图书及地方民族文化研究资料1800余册，供读者免费借阅。\n\n（通讯员\u3000罗美玲）\n',
     [(['边地诗笺', '岩 羊'], 4, ['杨丽华']), (['县图书馆开设民族文献专柜'], 2, [])]),  # C15-f
    ('诗歌\n\n玉\u3000镯\n\n王\u3000芳\n\n外婆的玉镯\n\n在箱底睡了三十年\n\n母亲把它戴上的那天\n\n我看见了外婆的手\n\n县图书馆开设民族文献专柜\n\n近日，县图书馆开设民族文献专柜，集中陈列傣文、哈尼文图书及地方民族文化研究资料1800余册，供读者免费借阅。\n\n（通讯员\u3000罗美玲）\n',
     [(['诗歌', '玉 镯'], 4, ['王芳']), (['县图书馆开设民族文献专柜'], 2, [])]),  # C16-f
    ('诗歌\n玉\u3000镯\n王\u3000芳\n外婆的玉镯\n在箱底睡了三十年\n母亲把它戴上的那天\n我看见了外婆的手\n\n县图书馆开设民族文献专柜\n\u3000\u3000近日，县图书馆开设民族文献专柜，\n集中陈列傣文、哈尼文图书及地方民族文\n化研究资料1800余册，供读者免费借阅。\n（通讯员\u3000罗美玲）\n',
     [(['诗歌', '玉 镯'], 4, ['王芳']), (['县图书馆开设民族文献专柜'], 2, [])]),  # C16-w
    ('诗歌\n\n依\u3000依\n\n杨丽华\n\n村口的老榕树\n\n把我送到山外\n\n又在每一个黄昏\n\n把我望回家来\n\n县图书馆开设民族文献专柜\n\n近日，县图书馆开设民族文献专柜，集中陈列傣文、哈尼文图书及地方民族文化研究资料1800余册，供读者免费借阅。\n\n（通讯员\u3000罗美玲）\n',
     [(['诗歌', '依 依'], 4, ['杨丽华']), (['县图书馆开设民族文献专柜'], 2, [])]),  # C19-f
    ('县傣文书法比赛举行\n\n本报讯（记者\u3000依罕）4月10日，县傣文书法比赛在县文化馆举行，来自全县各乡镇的86名书法爱好者参赛，经评委评审，共评出一等奖1名、二等奖2名。\n\n一等奖\n\n岩\u3000温\n\n二等奖\n\n玉\u3000香\n\n依\u3000罕\n',
     [(['县傣文书法比赛举行'], 6, ['依罕'])]),  # C22-f
    ('童谣\n\n咪\u3000咪\n\n刀建华\n\n小花猫，叫咪咪\n\n白天睡觉晚上起\n\n竹楼底下捉老鼠\n\n阿妈夸它真神气\n\n县图书馆开设民族文献专柜\n\n近日，县图书馆开设民族文献专柜，集中陈列傣文、哈尼文图书及地方民族文化研究资料1800余册，供读者免费借阅。\n\n（通讯员\u3000罗美玲）\n',
     [(['童谣', '咪 咪'], 4, ['刀建华']), (['县图书馆开设民族文献专柜'], 2, [])]),  # C23-f
    ('傣历新年节活动安排出炉\n\u3000\u3000本报讯（记者\u3000依罕）记者从县文化\n和旅游局获悉，2024勐澜傣历新年节将于\n4月13日至15日举行，节日期间将开展民\n族服饰巡游、龙舟赛、放高升等活动。\n主要活动日程\n4月15日\n10:00\u3000泼水狂欢（曼喃广场）\n全天\u3000民族美食街、非遗集市、傣陶展销\n（民族路、曼喃广场东侧）\n哈尼族多声部民歌唱进校园\n\u3000\u3000本报讯（通讯员\u3000李者）4月9日，南\n朗乡中心小学的操场上，悠扬的哈尼族多\n声部民歌响成一片。当天，县哈尼族多声\n部民歌传承基地在该校挂牌。\n',
     [(['傣历新年节活动安排出炉'], 1, ['依罕']), (['主要活动日程'], 3, []), (['哈尼族多声部民歌唱进校园'], 1, [])]),  # D02c-w
    ('县老年大学开展游学活动\n\u3000\u3000为丰富老年学员的精神文化生活，县\n老年大学将于4月20日组织学员到曼岗村\n游学，具体安排如下。\n上午\u3000参观曼岗村贝叶经传习所、傣族园\n（含傣味午餐，车程约40分钟）\n\u3000\u3000请参加游学的学员于当天8:00前到县\n老年大学门口集合。\n哈尼族多声部民歌唱进校园\n\u3000\u3000本报讯（通讯员\u3000李者）4月9日，南\n朗乡中心小学的操场上，悠扬的哈尼族多\n声部民歌响成一片。当天，县哈尼族多声\n部民歌传承基地在该校挂牌。\n',
     [(['县老年大学开展游学活动'], 3, []), (['哈尼族多声部民歌唱进校园'], 1, [])]),  # D02e-w
    ('“傣乡一日游”推荐线路\n\u3000\u3000为方便游客过节，县文化和旅游局推\n出“傣乡一日游”线路，游客可在县游客\n服务中心报名。\n上午\u3000参观曼岗村贝叶经传习所\n下午\u3000南朗河乘竹筏、观看孔雀舞\n晚上\u3000曼喃夜市品尝傣味烧烤、观看篝火\n（门票自理，约50元/人）\n\u3000\u3000报名咨询电话：0691-8123566。\n哈尼族多声部民歌唱进校园\n\u3000\u3000本报讯（通讯员\u3000李者）4月9日，南\n朗乡中心小学的操场上，悠扬的哈尼族多\n声部民歌响成一片。当天，县哈尼族多声\n部民歌传承基地在该校挂牌。\n',
     [(['“傣乡一日游”推荐线路'], 5, []), (['哈尼族多声部民歌唱进校园'], 1, [])]),  # D02g-w
    ('傣文培训班在曼岗村开班\n\n本报讯（记者\u3000依罕）4月8日，由县民族宗教事务局主办的傣文培训班在曼喃镇曼岗村开班，吸引了60余名村民报名参加，年龄最大的已有68岁。\n\n4月11日\u3000“菜篮子”价格\n\n大白菜\u30001.60元/公斤\n\n西红柿\u30004.20元/公斤\n\n小米辣\u300012.00元/公斤\n',
     [(['傣文培训班在曼岗村开班'], 1, ['依罕']), (['4月11日 “菜篮子”价格'], 3, [])]),  # E21-f
    ('傣文培训班在曼岗村开班\n\n本报讯（记者\u3000依罕）4月8日，由县民族宗教事务局主办的傣文培训班在曼喃镇曼岗村开班，吸引了60余名村民报名参加，年龄最大的已有68岁。\n\n2023年\u3000“村BA”数据\n\n参赛球队：32支\n\n比赛场次：126场\n\n现场观众：12.6万人次\n',
     [(['傣文培训班在曼岗村开班'], 1, ['依罕']), (['2023年 “村BA”数据'], 3, [])]),  # E22-f
    ('傣文培训班在曼岗村开班\n\n本报讯（记者\u3000依罕）4月8日，由县民族宗教事务局主办的傣文培训班在曼喃镇曼岗村开班，吸引了60余名村民报名参加，年龄最大的已有68岁。\n\n数说\n\n2023年\u3000“村BA”成绩单\n\n参赛球队：32支\n\n比赛场次：126场\n\n现场观众：12.6万人次\n',
     [(['傣文培训班在曼岗村开班'], 1, ['依罕']), (['数说', '2023年 “村BA”成绩单'], 3, [])]),  # E25-f
    ('傣文培训班在曼岗村开班\n\n本报讯（记者\u3000依罕）4月8日，由县民族宗教事务局主办的傣文培训班在曼喃镇曼岗村开班，吸引了60余名村民报名参加，年龄最大的已有68岁。\n\n3月15日\u3000“诚信经营”签约情况\n\n曼喃镇\u3000126户\n\n勐远乡\u300048户\n\n南朗乡\u300039户\n',
     [(['傣文培训班在曼岗村开班'], 1, ['依罕']), (['3月15日 “诚信经营”签约情况'], 3, [])]),  # E26-f
]


SESSION_75_THIRD_REVIEW_PAGES = [
    ('黎平报\n\n2024年8月9日\u3000星期五\n\n第3版\u3000民族团结\n\n8月8日县城农贸市场主要农产品价格\n\n大白菜\u30001.60元/公斤\n\n土豆\u30002.40元/公斤\n\n猪肉\u300026.00元/公斤\n\n“云端课堂”——山里娃的新窗口\n\n本报讯（记者\u3000杨\u3000梅）新学期伊始，我县28所村级小学全部接入“云端课堂”，山里娃也能和城里孩子一起上名师课。\n\n据了解，“云端课堂”项目总投资360万元，覆盖学生4200余人。\n',
     [(['8月8日县城农贸市场主要农产品价格'], 3, []), (['“云端课堂”——山里娃的新窗口'], 2, ['杨梅'])]),  # E04
    ('黎平报\n2024年8月9日\u3000星期五\n第3版\u3000民族团结\n8月8日县城农贸市场主要农产品价格\n大白菜\u30001.60元/公斤\n土豆\u30002.40元/公斤\n猪肉\u300026.00元/公斤\n\n“云端课堂”——山里娃的新窗口\n\u3000\u3000本报讯（记者\u3000杨\u3000梅）新学期伊始，\n我县28所村级小学全部接入“云端课堂”，\n山里娃也能和城里孩子一起上名师课。\n',
     [(['8月8日县城农贸市场主要农产品价格'], 3, []), (['“云端课堂”——山里娃的新窗口'], 1, ['杨梅'])]),  # E05
    ('东湖日报\n\n2022年2月5日\u3000星期六\n\n第1版\u3000要闻\n\n冬奥加油\n\nGO CHINA\n\n本报讯（记者\u3000陈\u3000晓）2月4日晚，北京冬奥会开幕。当晚，我县各地群众收看开幕式直播，为中国健儿加油。\n',
     [(['冬奥加油', 'GO CHINA'], 1, ['陈晓'])]),  # H03
    ('东湖日报\n\n2024年5月17日\u3000星期五\n\n第1版\u3000要闻\n\n中国制造\n\nMADE IN CHINA\n\n——我县装备制造业走向世界\n\n本报讯（记者\u3000陈\u3000晓）今年以来，我县装备制造企业出口订单同比增长35%，产品远销60多个国家和地区。\n',
     [(['中国制造', 'MADE IN CHINA', '——我县装备制造业走向世界'], 1, ['陈晓'])]),  # H04
    ('东湖日报\n2022年2月5日\u3000星期六\n第1版\u3000要闻\n冬奥加油\nGO CHINA\n\u3000\u3000本报讯（记者\u3000陈\u3000晓）2月4日晚，\n北京冬奥会开幕。当晚，我县各地群众收\n看开幕式直播，为中国健儿加油。\n',
     [(['冬奥加油', 'GO CHINA'], 1, ['陈晓'])]),  # H07
    ('东湖日报\n\n2024年5月17日\u3000星期五\n\n第1版\u3000要闻\n\nMADE IN CHINA\n\n中国制造走向世界\n\n本报讯（记者\u3000陈\u3000晓）今年以来，我县装备制造企业出口订单同比增长35%，产品远销60多个国家和地区。\n',
     [(['MADE IN CHINA', '中国制造走向世界'], 1, ['陈晓'])]),  # H08
    ('青溪中学报\n\n2024年11月15日\u3000星期五\n\n第2版\u3000校园\n\n缤纷社团\u3000等你加入\u3000秋季招新开始啦\n\n社团\u3000招新时间\u3000地点\n\n机器人社\u30009月10日\u3000科技楼\n\n文学社\u30009月11日\u3000图书馆\n\n合唱团\u30009月12日\u3000音乐厅\n',
     [(['缤纷社团 等你加入 秋季招新开始啦'], 4, [])]),  # J05
    ('昭觉报\n\n2024年5月17日\u3000星期五\n\n第2版\u3000综合新闻\n\n乡村振兴\u3000产业先行\u3000茶叶成了“金叶子”\n\n村里来了新书记\u3000村民腰包鼓起来\u3000日子越过越红火\n\n党建引领\u3000共建共享\u3000绘就乡村新画卷\n\n本报讯（记者\u3000唐\u3000川）近年来，我县坚持党建引领，大力发展茶叶产业，全县茶园面积达到12万亩。\n',
     [(['乡村振兴 产业先行 茶叶成了“金叶子”', '村里来了新书记 村民腰包鼓起来 日子越过越红火', '党建引领 共建共享 绘就乡村新画卷'], 1, ['唐川'])]),  # J11
    ('青溪文艺\n\n2024年11月22日\u3000星期五\n\n第4版\u3000副刊\n\n秋日诗笺（二首）\n\n□方\u3000远\n\n稻\u3000草\u3000人\n\n它站在田埂上\n\n张开双臂，像要拥抱整个秋天\n\n谁也不知道的秘密\n\n晒\u3000秋\n\n竹匾里的辣椒红了\n\n屋檐下的玉米黄了\n\n一匾一匾，摊开在房顶上\n\n山路\n\n李\u3000明\n\n山路弯弯\n\n弯进了云里\n\n父亲挑着担子\n\n一步一步走成了山的样子\n',
     [(['秋日诗笺（二首）'], 8, ['方远']), (['山路'], 4, ['李明'])]),  # K04
    ('青溪文艺\n2024年11月22日\u3000星期五\n第4版\u3000副刊\n秋日诗笺（二首）\n□方\u3000远\n\u3000\u3000稻\u3000草\u3000人\n\u3000\u3000它站在田埂上\n\u3000\u3000张开双臂，像要拥抱整个秋天\n\u3000\u3000谁也不知道的秘密\n\u3000\u3000晒\u3000秋\n\u3000\u3000竹匾里的辣椒红了\n\u3000\u3000屋檐下的玉米黄了\n\u3000\u3000一匾一匾，摊开在房顶上\n\n老屋\n张\u3000华\n\u3000\u3000老屋在村子的最东头，青砖灰瓦，是爷\n爷年轻时一砖一瓦垒起来的。\n\u3000\u3000小时候，我最喜欢坐在老屋的门槛上，\n看燕子在屋檐下进进出出。\n',
     [(['秋日诗笺（二首）'], 8, ['方远']), (['老屋'], 2, ['张华'])]),  # K05
    ('黎平报\n\n2024年8月9日\u3000星期五\n\n第3版\u3000民族团结\n\n侗寨的雨\n\n□吴\u3000芳\n\n雨落在鼓楼上\n\n雨落在风雨桥上\n\n雨落在瓦上\n\n走过的人都成了亲戚\n\n一首歌，唱响一座城\n\n本报讯（记者\u3000杨\u3000梅）8月6日晚，“侗族大歌唱响鼓楼”文艺晚会在黎平县城举行，千名歌者同唱侗族大歌。\n',
     [(['侗寨的雨'], 4, ['吴芳']), (['一首歌，唱响一座城'], 1, ['杨梅'])]),  # L03
    ('澄州残联\n\n2024年5月20日\u3000星期一\n\n第2版\u3000综合\n\n各地声音\n\n让更多残疾人就近就业\n\n5月17日，美姑县举办残疾人专场招聘会，16家企业提供岗位90余个，32名残疾人达成就业意向。\n\n我县召开助残工作联席会议\n\n本报讯\u30005月18日，县政府召开助残工作联席会议，研究部署下一阶段工作。\n',
     [(['各地声音', '让更多残疾人就近就业'], 1, []), (['我县召开助残工作联席会议'], 1, [])]),  # M04
    ('昭觉报\n\n2024年5月17日\u3000星期五\n\n第2版\u3000综合新闻\n\n各地探索\n\n林下经济“绿”变“金”\n\n近年来，我省各地依托森林资源，大力发展林下种植、林下养殖和森林康养，林下经济总产值突破500亿元。\n\n在雷波县，农户在核桃林下套种魔芋，亩均增收3000元。\n\n我县召开林长制工作会议\n\n本报讯\u30005月18日，县林长办召开全县林长制工作会议，部署下一阶段森林资源保护工作。\n',
     [(['各地探索', '林下经济“绿”变“金”'], 2, []), (['我县召开林长制工作会议'], 1, [])]),  # M06
    ('苗侗文化\n2024年7月26日\u3000星期五\u3000\u3000第3版\n责任编辑：龙晓燕\u3000校对：杨明芳\n2024年鼓溪苗年文化周筹备工作启动\n本报讯（记者\u3000吴\u3000胜）7月25日，2024年鼓\n溪苗年文化周筹备工作推进会召开。今年的苗\n年文化周计划于11月下旬在高岭乡举办，将开\n展芦笙比赛、苗族服饰展演、斗牛、长桌宴等\n活动。\n会议要求，各部门要细化方案，确保活动安全\n有序。\n外婆的蜡染\n□石\u3000磊\n外婆的蜡染布，蓝得像雨后\n的天空，白得像山顶上的云，\n她用一把小小的铜蜡刀，画\n过蝴蝶、画过游鱼和那稻穗，\n也画过寨子里的鼓楼和风雨\n桥，画过阿公吹芦笙的模样，\n一画就是一整个下午，常\n常忘了吃饭。\n外婆说，苗家的姑娘，都要\n学会蜡染。\n',
     [(['2024年鼓溪苗年文化周筹备工作启动'], 2, ['吴胜']), (['外婆的蜡染'], 2, ['石磊'])]),  # R02
    ('苗侗文化\n2024年7月26日\u3000星期五\u3000\u3000第3版\n责任编辑：龙晓燕\u3000校对：杨明芳\n2024年鼓溪苗年文化周筹备工作启动\n本报讯（记者\u3000吴\u3000胜）7月25日，2024年鼓\n溪苗年文化周筹备工作推进会召开。今年的苗\n年文化周计划于11月下旬在高岭乡举办，将开\n展芦笙比赛、苗族服饰展演、斗牛、长桌宴等\n活动。\n会议要求，各部门要细化方案，确保活动安全\n有序。\n阿妈的百褶裙\n□潘秀英\n阿妈的百褶裙，压在箱底\n整整三十年，每一道褶子，\n都是她年轻时一针一线缝\n出来的，那蓝色的蜡染布，\n那红色的丝线，那银色的\n铃铛，一抖开就叮当作响，\n像山里的泉水，又像\n芦笙场上的笑声。\n',
     [(['2024年鼓溪苗年文化周筹备工作启动'], 2, ['吴胜']), (['阿妈的百褶裙'], 1, ['潘秀英'])]),  # R04
    ('昭觉报\n2024年5月17日\u3000星期五\n第2版\u3000综合新闻\n全县产业发展工作要点\n\u3000\u3000（一）粮食生产。稳定粮食播种面积\n58万亩，确保粮食总产稳定在22万吨以上。\n\u3000\u3000（二）产业融合。全县将大力推动一、\n二、三产业融合发展，培育农业产业化\n龙头企业10家。\n\u3000\u3000（三）品牌建设。打造“大凉山”农产\n品区域公用品牌。\n',
     [(['全县产业发展工作要点'], 3, [])]),  # Q02
    ('昭觉报\n2024年5月17日\u3000星期五\n第2版\u3000综合新闻\n全县产业发展工作要点\n\u3000\u3000（一）粮食生产。稳定粮食播种面积\n58万亩，确保粮食总产稳定在22万吨以上。\n\u3000\u3000（二）产业融合。全县将大力推动\n一、二、三产业融合发展，培育农业产业\n化龙头企业10家。\n\u3000\u3000（三）品牌建设。打造“大凉山”农产\n品区域公用品牌。\n',
     [(['全县产业发展工作要点'], 3, [])]),  # Q03
    ('昭觉报\n2024年5月17日\u3000星期五\n第2版\u3000综合新闻\n春耕生产技术要点\n\u3000\u3000（一）适时播种。今年全县春播将于\n三、四月间全面展开，各地要抢抓墒情，\n适时播种。\n\u3000\u3000（二）科学施肥。推广测土配方施肥\n技术，减少化肥用量。\n',
     [(['春耕生产技术要点'], 2, [])]),  # Q04
    ('昭觉报\n2024年5月17日\u3000星期五\n第2版\u3000综合新闻\n春耕生产技术要点\n（一）适时播种。今年全县春播将于\n三、四月间全面展开，各地要抢抓墒\n情，适时播种。\n（二）科学施肥。推广测土配方施肥\n技术，减少化肥用量。\n',
     [(['春耕生产技术要点'], 2, [])]),  # Q05
    ('东湖日报\n2024年5月17日\u3000星期五\n第1版\u3000要闻\n中国制造\nMADE IN CHINA\n——我县装备制造业走向世界\n\u3000\u3000本报讯（记者\u3000陈\u3000晓）今年以来，我县\n装备制造企业出口订单同比增长35%，产\n品远销60多个国家和地区。\n',
     [(['中国制造', 'MADE IN CHINA', '——我县装备制造业走向世界'], 1, ['陈晓'])]),  # H10
    ('青溪中学报\n2024年11月15日\u3000星期五\n第2版\u3000校园\n缤纷社团\u3000等你加入\u3000秋季招新开始啦\n社团\u3000\u3000招新时间\u3000地点\n机器人社\u30009月10日\u3000科技楼\n文学社\u3000\u30009月11日\u3000图书馆\n合唱团\u3000\u30009月12日\u3000音乐厅\n',
     [(['缤纷社团 等你加入 秋季招新开始啦'], 4, [])]),  # J13
    ('青溪中学报\n\n2024年11月15日\u3000星期五\n\n第2版\u3000校园\n\n我校举行新学期开学典礼\n\n本报讯\u30009月2日上午，我校在田径场举行新学期开学典礼，全校师生3000余人参加。\n\n开学第一周\u3000课表早知道\u3000各年级安排一览\n\n年级\u3000上课时间\u3000晚自习\n\n高一\u30009月2日\u30009月3日起\n\n高二\u30009月2日\u30009月2日起\n\n高三\u30008月26日\u30008月26日起\n',
     [(['我校举行新学期开学典礼'], 1, []), (['开学第一周 课表早知道 各年级安排一览'], 4, [])]),  # J14
    ('青溪文艺\n2024年11月22日\u3000星期五\n第4版\u3000副刊\n秋日诗笺（二首）\n□方\u3000远\n\u3000\u3000稻\u3000草\u3000人\n\u3000\u3000它站在田埂上\n\u3000\u3000张开双臂，像要拥抱整个秋天\n\u3000\u3000谁也不知道的秘密\n\u3000\u3000晒\u3000秋\n\u3000\u3000竹匾里的辣椒红了\n\u3000\u3000屋檐下的玉米黄了\n\u3000\u3000一匾一匾，摊开在房顶上\n\n山路\n李\u3000明\n\u3000\u3000山路弯弯\n\u3000\u3000弯进了云里\n\u3000\u3000父亲挑着担子\n\u3000\u3000一步一步走成了山的样子\n',
     [(['秋日诗笺（二首）'], 8, ['方远']), (['山路'], 4, ['李明'])]),  # K09
    ('黎平报\n2024年8月9日\u3000星期五\n第3版\u3000民族团结\n侗寨的雨\n□吴\u3000芳\n\u3000\u3000雨落在鼓楼上\n\u3000\u3000雨落在风雨桥上\n\u3000\u3000雨落在瓦上\n\u3000\u3000走过的人都成了亲戚\n\n一首歌，唱响一座城\n\u3000\u3000本报讯（记者\u3000杨\u3000梅）8月6日晚，\n“侗族大歌唱响鼓楼”文艺晚会在黎平县\n城举行，千名歌者同唱侗族大歌。\n',
     [(['侗寨的雨'], 4, ['吴芳']), (['一首歌，唱响一座城'], 1, ['杨梅'])]),  # L08
    ('昭觉报\n\n2024年5月17日\u3000星期五\n\n第2版\u3000综合新闻\n\n乡愁\n\n□刘\u3000梅\n\n小时候\n\n乡愁是一枚小小的邮票\n\n长大后\n\n乡愁是一张窄窄的船票\n\n千年古城，焕发新颜\n\n新华社成都8月5日电（记者\u3000李\u3000华）记者从四川省文化和旅游厅获悉，会理古城保护修缮工程日前完工。\n',
     [(['乡愁'], 4, ['刘梅']), (['千年古城，焕发新颜'], 1, ['李华'])]),  # L09
    ('昭觉报\n2024年5月17日\u3000星期五\n第2版\u3000综合新闻\n各地探索\n林下经济“绿”变“金”\n\u3000\u3000近年来，我省各地依托森林资源，大力\n发展林下种植、林下养殖和森林康养，林\n下经济总产值突破500亿元。\n\n我县召开林长制工作会议\n\u3000\u3000本报讯\u30005月18日，县林长办召开全县\n林长制工作会议，部署下一阶段工作。\n',
     [(['各地探索', '林下经济“绿”变“金”'], 1, []), (['我县召开林长制工作会议'], 1, [])]),  # M07
    ('昭觉报\n\n2024年5月17日\u3000星期五\n\n第2版\u3000综合新闻\n\n各地经验\n\n浙江安吉：“两山”转化有新路\n\n近年来，安吉县深入践行“绿水青山就是金山银山”理念，探索生态价值转化新路径，村集体经济收入全部超过100万元。\n\n我县召开生态文明建设推进会\n\n本报讯（记者\u3000唐\u3000川）5月18日，县委、县政府召开生态文明建设推进会。\n',
     [(['各地经验', '浙江安吉：“两山”转化有新路'], 1, []), (['我县召开生态文明建设推进会'], 1, ['唐川'])]),  # M08
    ('青溪中学报\n2024年11月15日\u3000星期五\n第2版\u3000校园\n关于2024年秋季学期作息时间调整的通知\n全体师生：\n\u3000\u3000根据季节变化，学校决定自10月8日起\n调整作息时间。现将有关事项通知如下：\n\u3000\u3000一、上午第一节课8:00开始，初一、初\n二、初三年级学生7:40前到校。\n\u3000\u3000二、下午第一节课14:30开始。\n',
     [(['关于2024年秋季学期作息时间调整的通知'], 4, [])]),  # Q13
]


@pytest.mark.parametrize("text, shape", SESSION_65_REVIEW_PAGES + SESSION_65_SECOND_REVIEW_PAGES
                         + SESSION_65_THIRD_REVIEW_PAGES + SESSION_65_FOURTH_REVIEW_PAGES + SESSION_66_REVIEW_PAGES
                         + SESSION_66_SECOND_REVIEW_PAGES + SESSION_66_THIRD_REVIEW_PAGES + SESSION_67_REVIEW_PAGES
                         + SESSION_67_SECOND_REVIEW_PAGES + SESSION_67_THIRD_REVIEW_PAGES + SESSION_68_REVIEW_PAGES
                         + SESSION_68_SECOND_REVIEW_PAGES + SESSION_68_THIRD_REVIEW_PAGES + SESSION_69_REVIEW_PAGES
                         + SESSION_69_SECOND_REVIEW_PAGES + SESSION_69_THIRD_REVIEW_PAGES + SESSION_70_REVIEW_PAGES
                         + SESSION_70_SECOND_REVIEW_PAGES + SESSION_71_REVIEW_PAGES
                         + SESSION_71_SECOND_REVIEW_PAGES + SESSION_71_THIRD_REVIEW_PAGES + SESSION_72_REVIEW_PAGES
                         + SESSION_72_SECOND_REVIEW_PAGES + SESSION_72_THIRD_REVIEW_PAGES + SESSION_73_REVIEW_PAGES
                         + SESSION_73_SECOND_REVIEW_PAGES + SESSION_74_REVIEW_PAGES + SESSION_74_SECOND_REVIEW_PAGES
                         + SESSION_75_REVIEW_PAGES + SESSION_75_SECOND_REVIEW_PAGES + SESSION_75_THIRD_REVIEW_PAGES)
def test_sessions_65_to_75_reviewers_pages_rebuild_right(text, shape):
    # each review's pages, pinned where its reviewer and the session's start agree
    assert [(a.headline, len(a.paragraphs), a.byline.reporters) for a in banmian.rebuild(text).articles] == shape


def test_a_dai_writer_padded_after_her_village_signs_the_essay():
    page = banmian.rebuild("凤尾竹下的年\n\n在我们傣家人的心里，一年里有两个“年”。小时候，我总觉得自己比别的孩子多过一个年。\n\n"
                           "今年冬天，我又回到了寨子。阿妈站在竹楼上喊我的小名，声音和二十年前一模一样。\n\n"
                           "勐坎镇曼囡村\u3000玉\u3000叫\n\n傣族民歌\n\n迎客歌\n\n演唱：岩香南\n\n远方的客人哟，\n\n请到竹楼上坐一坐，\n\n"
                           "凤尾竹为你遮阴凉，\n")
    essay = page.articles[0]
    assert essay.byline.text == ["勐坎镇曼囡村 玉 叫"] and essay.byline.reporters == ["玉叫"] and len(essay.paragraphs) == 2


def test_a_set_of_poems_titled_each_under_the_sets_kicker():
    page = banmian.rebuild("界碑\n\n叶\u3000嘎\n\n它站在那里\n\n比山上的任何一棵树都站得更直\n\n风从这边吹过去\n\n"
                           "雨林短章（二首）\n\n橡胶林\n\n白者木\n\n凌晨三点，头灯一盏一盏亮起\n\n胶刀划过树皮\n\n白色的乳汁\n\n"
                           "咖啡花\n\n李\u3000婷\n\n十二月的山坡\n\n咖啡果红了\n\n而明年的花\n")
    assert [(a.headline, len(a.paragraphs), a.byline.reporters) for a in page.articles] == [
        (["界碑"], 3, ["叶嘎"]), (["雨林短章（二首）", "橡胶林"], 3, ["白者木"]), (["咖啡花"], 3, ["李婷"])]


def test_a_poet_padded_apart_signs_however_rare_the_surname():
    page = banmian.rebuild("木鼓声声\n\n尼\u3000拉\n\n木鼓响了\n\n整座佤山都醒了\n\n阿佤人跳起甩发舞\n\n黑色的长发\n")
    poem = page.articles[0]
    assert poem.headline == ["木鼓声声"] and poem.byline.reporters == ["尼拉"] and poem.paragraphs == [
        "木鼓响了", "整座佤山都醒了", "阿佤人跳起甩发舞", "黑色的长发"]


def test_a_columns_kicker_and_title_after_a_box_of_figures_head_a_piece_of_their_own():
    page = banmian.rebuild("数说\n\n青岚县支行服务“三农”\n\n42个\u3000全县营业网点，18个乡镇全覆盖\n\n136个\u3000助农取款服务点\n\n"
                           "97%\u3000行政村金融服务覆盖率\n\n1800余次\u3000“背包银行”上门服务次数\n\n柜员手记\n\n一本存折上的“老规矩”\n\n"
                           "12月19日\u3000星期五\u3000小雨\n\n下午三点多，网点里人不多。门帘一掀，进来一位拄着拐杖的老人。\n")
    assert [(a.headline, len(a.paragraphs)) for a in page.articles] == [
        (["数说", "青岚县支行服务“三农”"], 4), (["柜员手记", "一本存折上的“老规矩”"], 2)]


def test_a_regiments_writers_sign_at_the_foot_by_regiment_and_company():
    page = banmian.rebuild("沙枣花开的地方\n\n小时候，我家门前有一棵沙枣树。每年五月，沙枣花开了，满院子都是香味。\n\n"
                           "后来我到外地上学、工作，一走就是十几年。那一刻，我在树下站了很久。\n\n二六三团七连\u3000刘\u3000芳\n\n"
                           "兵团记忆\n\n地窝子里的第一个春节\n\n1959年冬天，我跟着父亲来到沙泉垦区，那年我九岁。\n\n"
                           "刚来时，连队没有一间房子。大人们在地上挖一个两米来深的坑，上面架几根红柳枝。\n\n"
                           "二六三团退休职工\u3000周德明\n\n小小说\n\n一双棉手套\n\n腊月里，护边员叶尔兰在门口发现了一双新棉手套。\n\n"
                           "那个冬天，连队十二个护边员，每人都戴上了一双。\n\n二六八团\u3000苏\u3000晴\n\n"
                           "读《沙海边的连队》\n\n《沙海边的连队》是垦区作家陈远航的一部纪实散文集。\n")
    assert [(a.headline, len(a.paragraphs), a.byline.reporters) for a in page.articles] == [
        (["沙枣花开的地方"], 2, ["刘芳"]), (["兵团记忆", "地窝子里的第一个春节"], 2, ["周德明"]),
        (["小小说", "一双棉手套"], 2, ["苏晴"]), (["读《沙海边的连队》"], 1, [])]


def test_a_poetry_columns_kicker_after_a_poem_heads_its_poems_each_signed_under_its_title():
    page = banmian.rebuild("戍边人的冬天\n\n张\u3000弛\n\n雪落在界碑上\n\n也落在巡逻的肩头\n\n四十公里的边境线\n\n"
                           "垦区短笛\n\n滴灌带\n\n李\u3000娜\n\n一根细细的管子\n\n穿过整片条田\n\n它不说话\n\n"
                           "红枣熟了\n\n古丽米拉·艾则孜\n\n秋风一吹\n\n枣园就红了脸\n\n阿妈的手上\n")
    assert [(a.headline, len(a.paragraphs), a.byline.reporters) for a in page.articles] == [
        (["戍边人的冬天"], 3, ["张弛"]), (["垦区短笛", "滴灌带"], 3, ["李娜"]), (["红枣熟了"], 3, ["古丽米拉·艾则孜"])]


def test_a_propaganda_departments_photographer_credits_the_photo():
    page = banmian.rebuild("雪后胡杨\n\n1月10日，一场降雪过后，二六八团境内的天然胡杨林银装素裹。\n\n二六八团宣传部\u3000赵\u3000强\u3000摄\n")
    photo = page.articles[0]
    assert photo.kind == "photo" and photo.byline.photographers == ["赵强"]


def test_a_credit_unions_clerk_signs_his_memoir_at_its_foot():
    page = banmian.rebuild("一张存折的温度\n\n腊月里整理旧档案，我在柜子最底层翻出一本泛黄的存折。\n\n"
                           "这本存折我记得。那年我刚到白塔信用社上班，宋满仓是我的第一个储户。\n\n"
                           "二十多年过去了，信用社的柜台换了，存折也大多换成了银行卡。\n\n白塔信用社\u3000陶永昌\n\n"
                           "我市新评定“信用村”218个\n\n本报讯（记者 葛文涛）1月14日，我市新评定“信用村”218个。\n")
    memoir = page.articles[0]
    assert memoir.byline.text == ["白塔信用社 陶永昌"] and memoir.byline.reporters == ["陶永昌"] and len(memoir.paragraphs) == 3


def test_yi_writers_sign_an_essay_under_its_title_and_the_next_at_its_foot():
    page = banmian.rebuild("母亲的火塘\n\n□吉木子洛\n\n在彝家，火塘是一个家的心脏。\n\n火苗蹿起来，噼啪作响，像在说着什么。\n\n"
                           "秋到则普\n\n则普的秋天，是从山顶开始的。\n\n我在则普教书已经七年了。每当秋天来临，我都会带着学生们登上山顶。\n\n"
                           "俄洛县则普乡中心校\u3000海来阿卓\n\n彝　乡　组　诗（三首）\n\n□马黑阿芝\n\n◎火塘\n\n一团火\n\n在石头中间醒着\n")
    assert [(a.headline, len(a.paragraphs), a.byline.reporters) for a in page.articles][:2] == [
        (["母亲的火塘"], 2, ["吉木子洛"]), (["秋到则普"], 2, ["海来阿卓"])]


def test_a_villagers_letter_keeps_his_yi_name_as_its_last_paragraph():
    page = banmian.rebuild("读者来信\n\n感谢救命的“120”\n\n编辑同志：\n\n我是觉洛乡阿古村村民。10月29日深夜，我父亲突发脑梗。\n\n"
                           "我想通过贵报，向县人民医院急诊科的医护人员表示衷心的感谢！\n\n觉洛乡阿古村村民\u3000阿约伍牛\n\n"
                           "县公安局破获一起电信网络诈骗案\n\n本报讯（通讯员　王　磊）近日，县公安局成功破获一起诈骗案件。\n")
    assert [(a.headline[-1], a.paragraphs[-1]) for a in page.articles] == [
        ("感谢救命的“120”", "觉洛乡阿古村村民 阿约伍牛"), ("县公安局破获一起电信网络诈骗案", "本报讯（通讯员 王 磊）近日，县公安局成功破获一起诈骗案件。")]


def test_a_column_of_briefs_under_its_label_after_a_poem_is_its_own():
    page = banmian.rebuild("荞麦花开\n\n□阿约阿支\n\n九月的山坡\n\n荞麦花一直开到云里\n\n阿妈弯着腰\n\n像一朵不肯凋谢的花\n\n文艺短波\n\n"
                           "县文联举办彝族年书画作品展\n\n11月12日，县文联主办的书画作品展开展，共展出作品86幅。\n\n（通讯员　海来拉体）\n\n"
                           "《俄洛彝族民歌选》出版发行\n\n近日，《俄洛彝族民歌选》正式出版发行。\n\n（记者　阿苏拉体）\n")
    assert [(a.headline, len(a.paragraphs)) for a in page.articles] == [
        (["荞麦花开"], 4), (["县文联举办彝族年书画作品展"], 2), (["《俄洛彝族民歌选》出版发行"], 2)]
    assert page.furniture == ["文艺短波"]


def test_a_tables_source_under_a_row_in_standard_coal_is_its_last_paragraph():
    page = banmian.rebuild("11月上旬主要生产指标\n\n生铁　31.2万吨　完成101.3%\n\n钢材　32.1万吨　完成102.1%\n\n"
                           "吨钢综合能耗　538千克标准煤\n\n（集团生产指挥中心提供）\n")
    assert page.articles[0].paragraphs[-1] == "（集团生产指挥中心提供）" and page.articles[0].kind == "article"


def test_a_question_title_over_questions_after_a_table_heads_a_box_of_its_own():
    page = banmian.rebuild("8月份各单位安全环保考核结果\n\n单位　　得分　　等级\n\n化肥事业部　　98.5　　A\n\n储运中心　　91.3　　B\n\n"
                           "受限空间作业，这些问题你清楚吗？\n\n问：哪些地方属于受限空间？\n\n答：进出受限、通风不良的封闭、半封闭设施及场所。\n")
    assert [a.headline for a in page.articles] == [["8月份各单位安全环保考核结果"], ["受限空间作业，这些问题你清楚吗？"]]


def test_whom_a_thank_you_letter_thanks_opens_its_text():
    page = banmian.rebuild("一封来自周边社区的感谢信\n\n瑞澄化工集团：\n\n今年8月以来，贵集团新建了一千二百米的绿化隔离带。\n\n"
                           "在此，我们谨代表临河社区全体居民，向贵集团表示衷心的感谢！\n\n临河社区居民委员会\n\n2024年8月28日\n")
    assert page.articles[0].headline == ["一封来自周边社区的感谢信"] and page.articles[0].paragraphs[0] == "瑞澄化工集团："


def test_a_notice_addressed_under_its_title_after_a_story_and_its_hours_stand_apart():
    page = banmian.rebuild("全院启动“医疗质量安全月”活动\n\n本报6月3日讯（通讯员　范小舟）今天上午，我院召开动员会。\n\n开展全员培训\n\n"
                           "6月中下旬，医院将分批次组织全员医疗安全培训和考核。\n\n关于调整夏季门诊时间的通知\n\n各科室、广大患者朋友：\n\n"
                           "自2024年6月17日起，我院门诊实行夏季作息时间，具体安排如下：\n\n上午　7:30—11:30\n\n下午　14:30—17:30\n\n"
                           "特此通知。\n\n门诊部\n\n2024年6月12日\n")
    notice = page.articles[-1]
    assert notice.headline == ["关于调整夏季门诊时间的通知"] and notice.paragraphs[2:5] == [
        "上午 7:30—11:30", "下午 14:30—17:30", "特此通知。"]


def test_an_essay_signed_at_its_foot_over_an_untitled_photo_keeps_its_signature():
    for text in ("我想，鼓楼里的火塘之所以千百年不熄，是因为总有人愿意往里添柴。\n\n杨光明\n\n"
                 "岜旺村银匠杨国华在赶制苗族姑娘过苗年佩戴的银饰。　石　磊　摄\n",
                 "　　后来我离开寨子到城里读书、工作，\n很多年没有在鼓楼里烤过火了。爷爷已\n经不在了，可火塘边的歌声，还是和当\n"
                 "年一样动听。\n　　我想，鼓楼里的火塘之所以千百年不\n熄，是因为总有人愿意往里添柴。\n杨光明\n\n"
                 "岜旺村银匠杨国华在赶制苗族姑娘过\n苗年佩戴的银饰。　石　磊　摄\n"):
        page = banmian.rebuild("鼓楼下的火塘\n\n" + text)
        assert [(a.kind, a.headline, a.byline.reporters) for a in page.articles] == [
            ("article", ["鼓楼下的火塘"], ["杨光明"]), ("photo", [], [])]


def test_a_two_phrase_kicker_over_a_towns_title_is_no_tables_head_row():
    page = banmian.rebuild("小油茶　大产业\n\n乌榜乡：一碗油茶“煮”出致富路\n\n本报记者　石　磊\n\n"
                           "初冬时节，走进乌榜乡乌流村，漫山遍野的油茶林郁郁葱葱。\n")
    assert page.articles[0].headline == ["小油茶 大产业", "乌榜乡：一碗油茶“煮”出致富路"]


def test_a_table_of_words_in_three_cells_is_its_boxs_text():
    page = banmian.rebuild("2024榕溪“村超”秋季联赛最终排名\n\n名次　球队　　　　所属乡镇\n\n冠军　高寨村队　　岑洞镇\n\n"
                           "亚军　岜旺村队　　归溪镇\n\n季军　乌流村队　　乌榜乡\n\n（县“村超”组委会供稿）\n")
    assert [(a.headline, len(a.paragraphs)) for a in page.articles] == [(["2024榕溪“村超”秋季联赛最终排名"], 5)]


def test_a_titled_piece_after_a_tables_note_is_its_own():
    page = banmian.rebuild("1—5月部分地区原保险保费收入\n\n单位：亿元\n\n地区　　财产险　　人身险　　同比\n\n广东　　612.4　　1873.6　　+9.8%\n\n"
                           "江苏　　548.7　　1702.3　　+8.1%\n\n注：数据根据各地保险行业协会公开信息整理。\n\n汛期车辆涉水受损\n\n保险该怎么赔？\n\n"
                           "入汛以来，南方多地出现强降雨，车辆涉水受损的报案量明显上升。\n\n问：车辆在积水路段熄火后，保险公司赔不赔？\n")
    assert [a.headline for a in page.articles] == [["1—5月部分地区原保险保费收入"], ["汛期车辆涉水受损", "保险该怎么赔？"]]


def test_a_reader_signs_with_his_province_and_an_essay_after_a_dated_brief_is_its_own():
    page = banmian.rebuild("为粮库“夜查人”点个赞\n\n编辑同志：\n\n我是一名退休教师，家住粮库附近。\n\n"
                           "一粒粮食来之不易，守好粮食同样不易。\n\n吉林读者　宋秉文\n\n粮食应急加工能力持续提升\n\n"
                           "本报10月18日讯（记者　庞小禾）记者今天获悉，全国共有粮食应急加工企业6200余家。\n\n粮仓夜话\n\n"
                           "父亲当了一辈子粮库保管员。\n\n粮食的温度，是土地的温度。\n\n周　墨\n\n冬储物资　提前备足\n\n"
                           "10月17日，储备库工作人员在清点棉被。　何　苗　摄\n")
    assert [(a.headline[-1], a.paragraphs[-1][:6]) for a in page.articles][:3] == [
        ("为粮库“夜查人”点个赞", "吉林读者 宋"), ("粮食应急加工能力持续提升", "本报10月1"), ("粮仓夜话", "粮食的温度，")]
    assert page.articles[2].byline.reporters == ["周墨"]


def test_an_essay_after_a_box_of_tips_numbered_in_figures_is_its_own():
    page = banmian.rebuild("防暑降温小贴士\n\n1.合理调整作息，避开11时至16时高温时段露天作业。\n\n2.及时补充水分，每隔20至30分钟饮用一次淡盐水。\n\n"
                           "3.穿着浅色透气工装，戴好遮阳帽。\n\n工地上的月亮\n\n这是我在项目上度过的第三个夏天。\n\n"
                           "傍晚收工，我站在刚刚合龙的桥面上，看着江对岸的灯火一盏盏亮起来。\n")
    assert [(a.headline, len(a.paragraphs)) for a in page.articles] == [(["防暑降温小贴士"], 3), (["工地上的月亮"], 2)]


def test_a_credited_caption_over_the_papers_phone_and_imprint_is_a_photo_of_its_own():
    page = banmian.rebuild("展会预告\n\n2023江南国际服装服饰博览会将于4月20日至22日在锦城国际会展中心举办。\n\n咨询电话：0571-87032290\n\n"
                           "3月8日，采购商在订货会现场挑选面料样品。　本报记者　许　静　摄\n\n电话：0571-87032265　　传真：0571-87032266\n\n"
                           "锦华纺织服装报社　地址：锦城市滨江路188号　邮编：310052\n")
    assert [(a.kind, len(a.paragraphs)) for a in page.articles] == [("article", 2), ("photo", 1)]
    assert len(page.furniture) == 2


def test_a_bare_brief_label_over_titled_briefs_is_furniture_and_a_title_ending_on_a_counter_stands_apart():
    page = banmian.rebuild("站段动态\n\n青崖车站开展非正常接发列车演练\n\n5月12日，青崖车站开展非正常接发列车应急演练。\n\n（通讯员　谢文涛）\n\n"
                           "金河车务段“师带徒”结对48对\n\n近日，金河车务段举行“师带徒”签约仪式。\n\n（通讯员　宁　静）\n")
    assert page.furniture == ["站段动态"] and [a.headline for a in page.articles] == [
        ["青崖车站开展非正常接发列车演练"], ["金河车务段“师带徒”结对48对"]]


def test_a_box_of_bracketed_entries_after_a_health_story_is_its_own():
    page = banmian.rebuild("霜降时节　养生重在“润”与“补”\n\n中医认为，霜降时节养生应以“润燥、养阴、补脾”为原则。\n\n"
                           "此外，要注意保暖，早睡早起。\n\n霜降药膳推荐\n\n【百合银耳雪梨羹】\n\n原料：鲜百合30克，银耳10克，雪梨1个。\n\n"
                           "功效：滋阴润肺，清热生津。\n")
    assert [(a.headline[-1], len(a.paragraphs)) for a in page.articles] == [("霜降时节 养生重在“润”与“补”", 2), ("霜降药膳推荐", 3)]


def test_a_pointer_after_the_last_sentence_closes_the_paragraph_and_a_notice_addresses_a_union():
    page = banmian.rebuild("煤泥变“宝”　年增效两千万元\n\n本报3月13日讯（通讯员　白永强）该中心自主研发的煤泥干燥提质系统已稳定运行满一年。\n\n"
                           "目前，该技术已申请国家发明专利2项。（相关报道见第三版）\n\n春检正当时\n\n"
                           "3月11日，机电修配厂职工正在对一台采煤机进行全面检修。　杜宏亮　摄\n\n关于开展“安全生产月”主题征文活动的通知\n\n"
                           "各二级单位工会：\n\n为进一步营造“人人讲安全”的浓厚氛围，集团工会决定开展主题征文活动。\n")
    assert [(a.kind, a.headline) for a in page.articles] == [
        ("article", ["煤泥变“宝” 年增效两千万元"]), ("photo", ["春检正当时"]), ("article", ["关于开展“安全生产月”主题征文活动的通知"])]
    assert page.articles[2].paragraphs[0] == "各二级单位工会："


def test_a_letters_last_words_and_signature_over_an_untitled_photo_close_the_letter():
    page = banmian.rebuild("读者来信\n\n感谢交警帮我找回钱包\n\n编辑同志：\n\n6月10日下午，我在县城乘坐出租车时，不慎将钱包遗落在车上。\n\n"
                           "我要通过贵报，向这位热心的交警同志表示衷心感谢！\n\n读者　帕提古丽·沙吾提\n\n"
                           "6月16日，县消防救援大队指战员在英吾斯塘乡开展农村消防安全宣传。　通讯员　马　军　摄\n")
    assert [(a.kind, len(a.paragraphs)) for a in page.articles] == [("article", 4), ("photo", 1)]


def test_a_places_weather_with_its_days_in_brackets_and_a_kind_under_a_tables_source_stand_apart():
    page = banmian.rebuild("景区天气预报（5月6日—8日）\n\n云岫山　多云转晴　13℃～22℃\n\n青梧古镇　晴　17℃～27℃\n\n游客来信\n\n"
                           "钱包失而复得　暖心服务点赞\n\n编辑同志：\n\n5月3日，我在景区游玩时不慎丢失钱包。\n")
    assert page.furniture[0] == "景区天气预报（5月6日—8日）" and page.articles[0].headline[0] == "游客来信"
    page = banmian.rebuild("　　全省快递服务质量指标\n飞马快递　　83.7%　　0.51\n易捷速递　　82.9%　　0.56\n数据来源：省邮政管理局\n来信\n"
                           "冒雨送来的救急药\n　　编辑同志：\n　　我是江州市桐林社区的一名退休教师，今年72岁。\n")
    assert ["来信", "冒雨送来的救急药"] in [a.headline for a in page.articles]


def test_a_tibetan_herdsmans_letter_is_signed_at_its_foot():
    page = banmian.rebuild("读者来信\n\n乡卫生院的“上门护理”暖人心\n\n编辑同志：\n\n现在，阿爸已经能扶着墙慢慢走路了。\n\n牧民　才让东周\n\n"
                           "▲便民信息\n\n▲即日起至3月5日，县城至西宁客运班线每日加开2班。\n")
    assert [(a.headline[-1], a.paragraphs[-1]) for a in page.articles][0] == ("乡卫生院的“上门护理”暖人心", "牧民 才让东周")


def test_a_new_years_riddles_box_after_a_story_is_its_own():
    page = banmian.rebuild("土家人为啥要“赶年”\n\n在峒溪，土家族过年要比汉族早一天，俗称“赶年”。\n\n"
                           "如今，赶年的习俗依然在土家山寨里保留着。\n\n新春灯谜\n\n1.山上还有山（打一字）\n\n"
                           "2.一口咬掉牛尾巴（打一字）\n\n（谜底见下期本版）\n")
    assert [(a.headline, len(a.paragraphs)) for a in page.articles] == [(["土家人为啥要“赶年”"], 2), (["新春灯谜"], 3)]


def test_a_villagers_essay_ending_on_a_quotation_is_signed_by_his_village_line():
    page = banmian.rebuild("窑洞里的年\n\n在我们郝家沟，年是从腊月初八那碗粥开始的。\n\n小时候，一进腊月，母亲就忙开了。\n\n"
                           "后来我到城里工作，住上了楼房，可每年腊月，心里总惦记着那孔窑洞。\n\n"
                           "今年腊月，我又回到郝家沟。母亲站在锅台前，笑着说：“回来了？饭一会儿就好。”\n\n郝家沟村\u3000郝建国\n\n"
                           "信天游\n\n腊月里雪花满塬塬飘\n\n演唱：呼延秀英\n\n腊月里雪花满塬塬飘，\n\n窑里的热炕炕烧得好。\n\n"
                           "红纸纸剪下个喜鹊鹊，\n\n贴在窗格格上喳喳叫。\n\n搜集整理：高俊峰\n\n塬上的雪\n\n拓\u3000平\n\n"
                           "雪落在塬上\n\n像一封迟到的家书\n\n把沟沟峁峁\n")
    assert [(a.headline, len(a.paragraphs), a.byline.reporters) for a in page.articles] == [
        (["窑洞里的年"], 4, ["郝建国"]), (["信天游", "腊月里雪花满塬塬飘"], 4, ["呼延秀英", "高俊峰"]), (["塬上的雪"], 3, ["拓平"])]


def test_a_tables_title_and_deck_after_a_feature_head_a_table_of_their_own():
    page = banmian.rebuild("站台上的“定海神针”\n\n本报记者\u3000郑\u3000岩\n\n柴晓梅已经连续19年没有在家吃过年夜饭。\n\n"
                           "“在站台上看见她下车，冲我挥了挥手，我就知道她平安到了。”\n\n春运首日数据\n\n"
                           "——管内主要车站2月2日预计发送旅客\n\n嵩原站\u30005.86万人次\u3000同比增长7.3%\n\n"
                           "嵩原南站\u30004.12万人次\u3000同比增长9.1%\n\n霁川站\u30002.37万人次\u3000同比增长4.6%\n")
    assert [(a.headline, len(a.paragraphs)) for a in page.articles] == [
        (["站台上的“定海神针”"], 2), (["春运首日数据", "——管内主要车站2月2日预计发送旅客"], 3)]


def test_a_notice_to_members_after_a_commentary_and_a_slogan_over_a_columns_kicker():
    page = banmian.rebuild("商会调解中心全年调解纠纷83件\n\n本报讯（通讯员 黎\u3000雯）2025年，市总商会商事调解中心共受理商事纠纷83件。\n\n"
                           "服务会员\u3000凝聚力量\u3000促进发展\n\n商会论坛\n\n让民营企业家安心谋发展\n\n"
                           "年关将近，不少企业家在盘点一年收成的同时，也在思考来年的布局。\n\n"
                           "稳定预期，服务要“实”。要让企业家感受到“有事找商会”不是一句空话。\n\n"
                           "关于开展2025年度会员企业信息年报工作的通知\n\n各会员企业：\n\n"
                           "根据《沅洲市总商会会员管理办法》，现开展2025年度会员企业信息年报工作。\n\n沅洲市总商会秘书处\n\n2026年1月30日\n")
    assert "服务会员 凝聚力量 促进发展" in page.furniture
    assert [(a.headline, len(a.paragraphs)) for a in page.articles] == [
        (["商会调解中心全年调解纠纷83件"], 1), (["商会论坛", "让民营企业家安心谋发展"], 2),
        (["关于开展2025年度会员企业信息年报工作的通知"], 4)]


def test_a_customs_officers_notes_signed_at_their_foot_by_office_and_name():
    page = banmian.rebuild("关员手记\n\n寒夜里的“移动查验”\n\n腊月里的一个深夜，我接到查验指令，赶到码头时已是凌晨一点。\n\n"
                           "海风很冷，我们打着手电，一箱一箱地核对货物。\n\n澄湾港海关\u3000覃\u3000岳\n\n"
                           "温馨提示\n\n春节出入境\u3000携带物品请留意\n\n①旅客携带现金出入境，超过规定数额的，应当向海关书面申报。\n")
    notes = page.articles[0]
    assert notes.byline.text == ["澄湾港海关 覃 岳"] and notes.byline.reporters == ["覃岳"] and len(notes.paragraphs) == 2


def test_a_tables_titles_over_its_head_row_and_counts_after_a_story_head_a_table_of_their_own():
    page = banmian.rebuild("越冬候鸟数量创近十年新高\n\n本报讯（通讯员 乔松年）1月10日至12日，保护区组织越冬水鸟同步调查。\n\n"
                           "据悉，调查数据已报送上级主管部门。\n\n监测数据\n\n2026年1月同步调查主要物种数量\n\n物种\u3000数量\n\n"
                           "豆雁\u300021360只\n\n鸿雁\u300015720只\n\n小天鹅\u30009430只\n")
    assert [a.headline[0] for a in page.articles] == ["越冬候鸟数量创近十年新高", "监测数据"]


def test_a_phone_table_titled_after_a_story_is_a_box_of_its_own():
    text = "\n\n".join(["8小时海上接力", "本报讯（记者 孙海宁）3月2日夜间，一艘渔船在长岚以北海域主机故障，船上11名渔民全部安全获救。",
                        "上岸后，船长连声道谢：“要不是北斗报了位置，大伙儿这回真悬了。”", "便民服务热线", "单位\u3000电话",
                        "县海上搜救中心\u30000535-3216012", "长岚海事处值班室\u30000535-3216001", "县人民医院急诊科\u30000535-3216120"])
    story, box = banmian.rebuild(text).articles
    assert (len(story.paragraphs), box.headline, box.paragraphs[:2]) == (
        2, ["便民服务热线"], ["单位 电话", "县海上搜救中心 0535-3216012"])


def test_a_box_of_fishing_proverbs_after_an_essay_is_its_own_over_a_call_for_entries():
    text = "\n\n".join(["渔灯节里话妈祖", "正月十三、十四，是长岚渔家一年中最隆重的节日——渔灯节。",
                        "今年的渔灯节，东沙乡还办起了民俗展演，吸引了不少岛外游客。", "渔谚拾零", "春风暖，海带满。", "惊蛰过，船出窝。",
                        "北风三天不出港，南风一起好撒网。", "“海韵”副刊征稿启事", "《长岚岛报》“海韵”副刊欢迎广大读者和作者踊跃投稿。"])
    assert [a.headline for a in banmian.rebuild(text).articles] == [["渔灯节里话妈祖"], ["渔谚拾零"], ["“海韵”副刊征稿启事"]]


def test_a_listings_box_signed_by_two_offices_closes_over_the_next_title():
    text = "\n\n".join(["学术讲座预告", "题目：宋代书院与地方社会\u3000时间：4月10日（周五）19:00\u3000地点：人文楼报告厅",
                        "题目：海洋微生物与碳循环\u3000时间：4月14日（周二）15:00\u3000地点：生科楼学术厅", "科学技术处\u3000社会科学处",
                        "春到东澜", "校园里的樱花开了，图书馆前的草坪上坐满了读书的同学。"])
    box, essay = banmian.rebuild(text).articles
    assert (box.paragraphs[-1], essay.headline) == ("科学技术处 社会科学处", ["春到东澜"])


def test_a_papers_name_in_korean_under_it_is_masthead_furniture():
    text = "\n".join(["松岭报", "송령보", "中共松岭县委机关报", "主管：中共松岭县委　主办：松岭县融媒体中心", "2026年3月12日　星期四",
                      "第1版　要闻", "", "抢农时　育壮秧", "　　本报讯（记者 金英姬）3月10日一早，鹤川镇梨花村的育秧大棚里暖意融融。"])
    page = banmian.rebuild(text)
    assert (page.furniture[:3], [a.headline for a in page.articles]) == (
        ["松岭报", "송령보", "中共松岭县委机关报"], [["抢农时 育壮秧"]])


def test_a_commentarys_pen_name_at_its_foot_signs_it_over_a_marked_box():
    text = "\n\n".join(["松岭评论", "育好秧　丰收才有底气", "一年之计在于春，一季之要在育秧。",
                        "春争日，夏争时。只有把育秧这一仗打好，秋天才能稻浪翻金。", "松　言", "◆图们江畔",
                        "●3月9日，松岭口岸联检部门开展春季口岸环境综合整治。（玄光日）"])
    comment, box = banmian.rebuild(text).articles
    assert (comment.byline.text, box.headline) == (["松 言"], ["◆图们江畔"])


def test_a_folk_songs_translator_spaced_from_his_name_is_its_byline():
    text = "\n\n".join(["朝鲜族民谣", "插秧谣", "演唱　申顺女", "翻译整理　俞在勋", "布谷鸟叫了，稻田水满了，", "哎嘿呀，姑娘们下田了。",
                        "一把秧苗插三行，", "插到山脚太阳落，", "哎嘿呀，秋天的米粮堆满仓。"])
    song, = banmian.rebuild(text).articles
    assert (song.byline.text, len(song.paragraphs)) == (["演唱 申顺女", "翻译整理 俞在勋"], 5)


def test_a_glossary_of_korean_words_after_a_photo_is_a_box_over_the_next_story():
    text = "\n".join(["象帽飞旋", "　　近日，县文化馆艺术团演员排练象帽舞。", "县文化馆　洪一男　摄", "", "朝鲜语常用词", "——春耕篇",
                      "水稻　벼", "稻田　논", "插秧　모내기", "辛苦了　수고하셨습니다", "", "小小说", "冷面馆的第三张桌子", "□金美顺",
                      "　　镇上的“老金家冷面”开了二十多年，店里一共五张桌子。"])
    photo, glossary, story = banmian.rebuild(text).articles
    assert (glossary.headline, glossary.paragraphs[:2], story.headline) == (
        ["朝鲜语常用词", "——春耕篇"], ["水稻 벼", "稻田 논"], ["小小说", "冷面馆的第三张桌子"])


def test_a_berth_tables_rows_in_tonnes_and_its_issuers_line_close_the_box():
    text = "\n\n".join(["泊位作业动态", "泊位　船名　货种　吨位", "东港1#　海丰澜州　集装箱　3.8万吨", "南港2#　鑫海88　铁矿石　6.5万吨",
                        "南港4#　华瑞达　煤炭　5.7万吨", "西港1#　澜港液化9　液化石油气　0.9万吨", "集团生产调度中心3月16日20时发布",
                        "岸桥春检正当时", "3月14日，东港区集装箱码头机修人员在岸桥大梁上检查钢丝绳磨损情况。", "通讯员　洪　波　摄"])
    box, photo = banmian.rebuild(text).articles
    assert (len(box.paragraphs), box.paragraphs[-1], photo.headline) == (6, "集团生产调度中心3月16日20时发布", ["岸桥春检正当时"])


def test_rows_under_a_head_row_of_three_cells_stay_rows_however_long():
    rows = ["澄岭高速K88+200至K95+600（往澄州方向） 3月18日至3月25日 建议经S31岭东高速绕行",
            "澄岭高速临泉互通B匝道 3月19日至3月21日 临泉站出口车辆经上游麻塘站下高速",
            "岭西高速K23至K31双向 3月20日至4月10日 大型货车建议经G207国道绕行"]
    text = "\n\n".join(["路况信息", "路段 施工时间 绕行建议", *rows, "运营管理分公司路况信息中心3月16日发布"])
    box, = banmian.rebuild(text).articles
    assert (box.headline, box.paragraphs) == (["路况信息"], ["路段 施工时间 绕行建议", *rows, "运营管理分公司路况信息中心3月16日发布"])


def test_a_tables_as_of_week_under_its_title_over_head_cells_in_latin_units():
    text = "\n\n".join(["出厂水水质公示", "（2026年3月9日—3月15日）", "水厂　浊度（NTU）　余氯（mg/L）　结果", "北郊水厂　0.12　0.52　合格",
                        "东湖水厂　0.09　0.48　合格"])
    box, = banmian.rebuild(text).articles
    assert box.headline == ["出厂水水质公示", "（2026年3月9日—3月15日）"]


def test_an_untitled_photo_opening_on_its_season_after_a_story_with_a_lead_is_its_own():
    text = "\n\n".join(["清障救援“一键呼叫”上线", "本报讯（记者 唐越 实习生 毛可欣）3月12日，集团清障救援“一键呼叫”小程序正式上线。",
                        "据了解，该小程序还公开了清障救援收费标准，避免乱收费现象。", "春运期间，临泉服务区志愿者为旅客送上热水和姜茶。",
                        "本报记者　唐　越　摄", "关于澄岭高速K88至K96段路面维修施工的公告", "因路面病害处治需要，我公司将对该路段进行维修施工。"])
    story, photo, notice = banmian.rebuild(text).articles
    assert (len(story.paragraphs), photo.kind, photo.paragraphs) == (2, "photo", ["春运期间，临泉服务区志愿者为旅客送上热水和姜茶。"])


def test_an_essay_signed_at_its_foot_after_a_story_taken_up_from_the_front_page_is_its_own():
    text = "\n\n".join(["港口智慧化改造提速", "（上接第1版）", "调度系统，实现船舶计划、泊位安排和闸口放行“一张图”管理。",
                        "据介绍，南港区二期自动化堆场将于今年6月底前完成设备安装调试。", "夜班的灯", "在南港区干了十几年装卸，我最熟悉的是码头夜里的灯。",
                        "如今，码头上添了智能理货系统，可夜班的灯依旧亮着。", "南港作业区　柯　宁", "西港区滚装码头迎来今年首艘出口商品车船",
                        "3月15日，载有1380辆国产新能源汽车的“安顺滚装”轮在西港区滚装码头完成装船。"])
    story, essay, brief = banmian.rebuild(text).articles
    assert (len(story.paragraphs), essay.headline, essay.byline.reporters) == (2, ["夜班的灯"], ["柯宁"])


def test_a_columns_label_over_a_series_of_titled_briefs_is_furniture():
    text = "\n\n".join(["公司动态", "东岳重工签下4.6亿元海外订单", "本报讯（记者 孙 雪）9月25日，东岳重工发布公告称，公司签订了总额约4.6亿元的挖掘机采购合同。",
                        "泰和食品预制菜项目投产", "本报讯（记者 孙 雪）9月24日，泰和食品年产5万吨预制菜项目正式投产。"])
    page = banmian.rebuild(text)
    assert ([a.headline for a in page.articles], page.furniture) == (
        [["东岳重工签下4.6亿元海外订单"], ["泰和食品预制菜项目投产"]], ["公司动态"])


def test_a_columns_label_over_one_piece_kicks_it():
    text = "\n\n".join(["新车速递", "中大型纯电SUV星驰L8上市", "日前，星驰L8正式上市，新车提供两种续航版本。",
                        "新车搭载高阶智能驾驶辅助系统，支持城市领航。", "记者从经销商处了解到，首批车辆将于下月交付。"])
    story, = banmian.rebuild(text).articles
    assert story.headline == ["新车速递", "中大型纯电SUV星驰L8上市"]


def test_listed_companies_announcements_under_their_titles_are_briefs_of_their_own():
    text = "\n\n".join(["公告速递", "宁屿科技　股东拟减持不超2%股份", "宁屿科技公告，持股7.2%的股东青岩创投计划减持公司股份。",
                        "曜石股份中标4.3亿元储能项目", "曜石股份公告，公司近日收到中标通知书，中标金额4.3亿元。",
                        "云帆医药创新药获批开展临床试验", "云帆医药公告，公司自主研发的1类创新药YF-217片获批开展临床试验。"])
    assert [a.headline for a in banmian.rebuild(text).articles] == [
        ["宁屿科技 股东拟减持不超2%股份"], ["曜石股份中标4.3亿元储能项目"], ["云帆医药创新药获批开展临床试验"]]


def test_a_hotlines_box_supplied_by_its_office_after_a_led_story_is_its_own():
    text = "\n\n".join(["县公安局破获一起电信网络诈骗关联案件", "本报讯（通讯员 赵磊）近日，县公安局成功破获一起为电信网络诈骗团伙提供银行卡的案件。",
                        "12345热线回音壁", "【诉求】幸福路社区居民反映：小区门口路灯损坏多日。", "【回复】县住建局接单后，次日安排人员更换灯具。",
                        "（县12345政务服务便民热线中心供稿）"])
    story, box = banmian.rebuild(text).articles
    assert (len(story.paragraphs), box.headline, len(box.paragraphs)) == (1, ["12345热线回音壁"], 3)


def test_a_readers_letter_signed_with_a_dotted_name_keeps_its_signature():
    text = "\n".join(["读者来信", "感谢交警帮我找回钱包", "编辑同志：", "6月10日下午，我在县城人民", "路乘坐出租车时，不慎将钱包",
                      "遗落在车上，里面有现金、身", "份证和银行卡。正当我焦急万", "分时，执勤交警艾则孜·吐尔", "逊得知情况后，通过调取道路",
                      "监控，很快联系上了出租车司", "", "机，不到两个小时就把钱包送", "回到我手中。", "我要通过贵报，向这位热心的",
                      "交警同志表示衷心感谢！", "读者　帕提古丽·沙吾提", "6月16日，县消防救援大队指", "战员在英吾斯塘乡开展农村消",
                      "防安全宣传。　通讯员　马　", "军　摄"])
    letter, photo = banmian.rebuild(text).articles
    assert (letter.paragraphs[-1], photo.kind) == ("读者 帕提古丽·沙吾提", "photo")


def test_a_timelines_rows_by_month_are_its_text_over_the_next_notice():
    text = "\n\n".join(["新能源工厂二期建设大事记", "2024年3月　项目开工建设", "2024年9月　联合厂房主体结构封顶", "2025年2月　首批焊装机器人进场安装",
                        "2025年6月（计划）　全线设备联调联试", "关于开展2025年度“长陵工匠”评选活动的通知", "集团各单位：",
                        "为大力弘扬工匠精神，经研究，决定开展2025年度“长陵工匠”评选活动。"])
    timeline, notice = banmian.rebuild(text).articles
    assert (timeline.headline, len(timeline.paragraphs), notice.headline) == (
        ["新能源工厂二期建设大事记"], 4, ["关于开展2025年度“长陵工匠”评选活动的通知"])


def test_a_kind_of_pieces_kicker_over_a_short_title_after_a_tables_rows_heads_an_essay():
    text = "\n\n".join(["累计降雨量前三位站点", "站点　所在县　累计降雨量（毫米）", "杉木塘　南坪县　412.6", "城关　河口县　368.1",
                        "龙潭坝　南坪县　341.9", "观云手记", "守站人", "杉木塘站在南坪县最南端的山坳里，离县城六十多公里。",
                        "站里只有两名观测员，老周在这里守了整整二十三年。"])
    table, essay = banmian.rebuild(text).articles
    assert (len(table.paragraphs), essay.headline) == (4, ["观云手记", "守站人"])


def test_a_box_of_proverbs_collected_at_its_foot_after_a_review_is_its_own():
    text = "\n\n".join(["在《渔火》里读懂父辈", "读完长篇小说《渔火》，已是深夜。合上书页，我仿佛听见了书中那片海的涛声。",
                        "父辈们不善言辞，他们的爱与担当，都藏在一次次出海和归航里。", "渔谚一组", "东风一起，大鱼归底。", "八月十五潮，浪比屋还高。",
                        "早看东南，晚看西北。", "（林阿福　整理）", "投稿邮箱：haiyun@jrchengyang.cn"])
    review, proverbs = banmian.rebuild(text).articles
    assert (len(review.paragraphs), proverbs.headline, len(proverbs.paragraphs)) == (2, ["渔谚一组"], 4)


def test_an_essay_under_a_columns_kicker_signed_at_its_foot_after_a_brief_is_its_own():
    text = "\n\n".join(["竹海景区上线AI导览", "近日，竹海景区上线AI智能导览服务，上线一周已有2.3万人次使用。", "岫山笔记", "一碗米糕里的乡愁",
                        "在云岫山下长大的人，大概都忘不了清明前后那一碗米糕。", "如今，这碗米糕成了酒店早餐的“招牌”，不少住客专门打听做法。",
                        "云岫酒店管理公司　林晚照", "关于云岫山景区西线栈道临时封闭维护的公告", "尊敬的游客朋友：",
                        "为保障游览安全，西线栈道将于5月12日至5月25日进行封闭维护。"])
    brief, essay, notice = banmian.rebuild(text).articles
    assert (len(brief.paragraphs), essay.headline, essay.byline.reporters) == (1, ["岫山笔记", "一碗米糕里的乡愁"], ["林晚照"])


def test_a_commentary_signed_by_a_dotted_name_alone_at_its_foot():
    text = "\n\n".join(["短评", "把“小切口”做成“大民生”", "夏收时节，农机手在地头喝上一口热茶，群众在家门口看上专家门诊。",
                        "民生无小事，枝叶总关情。只要我们始终把群众的冷暖放在心头，就一定能让发展成果惠及各族群众。", "吾买尔江·阿不力米提",
                        "关于调整县政务服务中心夏季办公时间的公告", "根据工作需要，自2024年6月20日起，县政务服务中心夏季办公时间调整。"])
    comment, notice = banmian.rebuild(text).articles
    assert (len(comment.paragraphs), comment.byline.reporters, notice.headline[0]) == (
        2, ["吾买尔江·阿不力米提"], "关于调整县政务服务中心夏季办公时间的公告")


def test_a_credited_caption_under_a_boxs_collector_is_a_photo_of_its_own():
    text = "\n\n".join(["简　讯", "■6月16日，县图书馆“流动书屋”走进塔什艾日克乡，配送图书1200册。", "■近日，县供电公司完成城区线路迎峰度夏检修。",
                        "（阿依努尔·克然木　整理）", "6月15日，县第三幼儿园的孩子们表演民族舞蹈。　依明江·买买提　摄", "我县举办乡村振兴专题培训班",
                        "本报讯（通讯员 麦麦提敏·依明）6月13日至14日，我县举办乡村振兴专题培训班。"])
    box, photo, story = banmian.rebuild(text).articles
    assert (len(box.paragraphs), photo.kind) == (3, "photo")


def test_a_marked_writer_with_a_dotted_name_signs_the_essay_under_its_title():
    text = "\n\n".join(["读书札记", "在书页里遇见南疆", "□ 古丽巴哈尔·阿不都", "最近读了一本写南疆的散文集，书里写的都是我熟悉的地方。",
                        "好的文字大概就是这样，它让我们重新看见自己的生活。"])
    essay, = banmian.rebuild(text).articles
    assert (essay.byline.reporters, len(essay.paragraphs)) == (["古丽巴哈尔·阿不都"], 2)


def test_a_credited_caption_under_a_tables_last_row_is_a_photo_of_its_own():
    text = "\n\n".join(["截至9月25日各分公司秋收进度", "分公司　　已收面积（万亩）　　进度（%）", "红星分公司　　86.4　　24.1",
                        "友谊分公司　　74.2　　21.8", "垦区合计　　693.0　　18.0",
                        "9月24日，红星分公司的种植户们在晾晒场上翻晒刚刚收获的大豆。　通讯员　刘雅琴　摄", "“新农人”刘畅和他的无人机“战队”",
                        "本报通讯员　孟　然", "清晨5点半，28岁的刘畅已经带着他的无人机植保队来到了地头。"])
    table, photo, profile = banmian.rebuild(text).articles
    assert (len(table.paragraphs), photo.kind) == (4, "photo")


def test_head_cells_counting_hours_or_a_rate_in_words_head_a_table_under_its_title():
    text = "\n\n".join(["10月全省主要快递品牌服务质量指标", "品牌　　72小时准时率　　有效申诉率（百万分之）", "邮政EMS　　85.6%　　0.42",
                        "迅达速运　　91.2%　　0.35", "鸿途快递　　88.4%　　0.38"])
    table, = banmian.rebuild(text).articles
    assert (table.headline, len(table.paragraphs)) == (["10月全省主要快递品牌服务质量指标"], 4)


def test_a_photos_title_over_its_credit_over_its_dated_caption_after_a_story_is_a_photo():
    text = "\n\n".join(["山那边的5G基站　亮了", "本报记者　商　楠", "9月8日下午，鹰嘴崖村的5G基站正式开通。", "鹰嘴崖村山高路陡，建设难度大。",
                        "“我们多跑一步，他们就能早一天用上好网络。”总经理庞志诚说。", "装维“小哥”上门忙", "通讯员　薛　锋　摄",
                        "9月11日，东湖分公司装维人员在用户家中调试千兆宽带。", "营业厅设立“适老化”服务专区",
                        "本报讯（通讯员　蓝若溪）近日，西岭分公司营业厅设立服务专区。"])
    story, photo, brief = banmian.rebuild(text).articles
    assert (len(story.paragraphs), photo.kind, photo.headline, photo.byline.photographers) == (
        3, "photo", ["装维“小哥”上门忙"], ["薛锋"])


def test_a_credited_caption_after_a_weather_box_under_a_story_is_a_photo_of_its_own():
    text = "\n\n".join(["我州2025年高考平稳结束", "本报6月10日讯（记者 周洁）今天下午，我州2025年普通高考顺利落下帷幕。",
                        "考试期间，全州考区未发生违规违纪事件。", "未来三天天气", "6月12日至14日，全州以多云天气为主，午后多阵雨。",
                        "州府　6℃～17℃　夏泽　8℃～19℃", "6月11日，夏泽县城区志愿者在街头讲解垃圾分类知识。　通讯员　张海燕　摄"])
    story, photo = banmian.rebuild(text).articles
    assert (len(story.paragraphs), photo.kind) == (2, "photo")


@pytest.mark.parametrize("title", ["统计法律知识问答", "统计调查对象最关心的3个问题"])
def test_a_qa_box_named_so_after_a_story_is_its_own(title):
    text = "\n\n".join(["全省统计系统开展依法统计专项检查", "本报讯（记者　何佳音）9月以来，全省统计系统开展依法统计专项检查。",
                        "截至9月中旬，全省已完成首批检查对象实地检查286家。", title, "问：统计调查对象有哪些义务？",
                        "答：统计调查对象应当真实、准确、完整、及时地提供统计资料。"])
    assert [a.headline for a in banmian.rebuild(text).articles] == [["全省统计系统开展依法统计专项检查"], [title]]


def test_tibetan_and_mongol_names_sign_a_piece_at_its_foot():
    essay = "\n\n".join(["阿妈的酥油灯", "小时候，我家帐房里最亮的，是阿妈的酥油灯。", "我忽然明白，那盏酥油灯照亮的不只是一顶帐房。",
                         "夏泽县第二民族中学　久　美", "州藏戏团新编剧目进牧区巡演", "本报讯　6月以来，州藏戏团深入各县夏季牧场巡回演出。"])
    first, second = banmian.rebuild(essay).articles
    assert (first.byline.reporters, second.headline) == (["久美"], ["州藏戏团新编剧目进牧区巡演"])
    letter = "\n\n".join(["读者来信", "盼望多送些文艺演出到嘎查", "编辑同志：", "我是巴音宝力格嘎查的一名牧民，希望多组织一些文艺演出。",
                          "巴音宝力格嘎查牧民　额尔德木图", "小知识", "什么是“男儿三艺”",
                          "“男儿三艺”是指赛马、搏克（摔跤）和射箭，是那达慕大会上最具代表性的传统体育项目。"])
    assert [a.headline for a in banmian.rebuild(letter).articles] == [["读者来信", "盼望多送些文艺演出到嘎查"],
                                                                      ["小知识", "什么是“男儿三艺”"]]


def test_a_glossary_in_the_regions_script_first_keeps_its_title_and_rows():
    text = "\n\n".join(["藏语小课堂　第二十三课", "བཀྲ་ཤིས་བདེ་ལེགས།　扎西德勒（吉祥如意）", "ཐུགས་རྗེ་ཆེ།　图杰切（谢谢）",
                        "ག་ལེ་ཕེབས།　嘎勒沛（慢走）", "（州双语教育研究中心供稿）"])
    box, = banmian.rebuild(text).articles
    assert (box.headline, len(box.paragraphs)) == (["藏语小课堂 第二十三课"], 4)


def test_a_bank_clerks_unit_and_name_sign_a_poem_at_its_foot():
    text = "\n\n".join(["冬日走访", "踩着霜花出门", "把一本本存折", "送进炊烟升起的村庄", "老乡递来的热茶", "比冬天的太阳还暖",
                        "桐江农商银行　林　杉", "省联社召开2025年工作会议", "1月6日，省联社召开2025年工作会议，部署重点任务。"])
    poem, news = banmian.rebuild(text).articles
    assert (len(poem.paragraphs), poem.byline.reporters, news.headline) == (5, ["林杉"], ["省联社召开2025年工作会议"])


def test_prose_titled_under_a_signed_poem_a_timeline_or_a_figures_box_is_its_own():
    poem = "\n\n".join(["秋场谣", "□　龙　云", "八月的风吹过坪朗", "秋场上的鼓敲响了", "阿妹的银饰叮当", "阿哥的苗歌悠长", "民俗小知识",
                        "八人秋是赶秋节上最受欢迎的游乐项目。它形似水车，用木头制成，上面装有八个座位。"])
    assert [a.headline for a in banmian.rebuild(poem).articles] == [["秋场谣"], ["民俗小知识"]]
    timeline = "\n\n".join(["坪朗赶秋大事记", "1986年　坪朗乡恢复举办民间赶秋活动。", "2013年　首届苗族赶秋节在坪朗秋场举办。",
                            "2021年　坪朗秋场完成提质改造。", "腊肉里的乡愁", "每年腊月，老家的火塘上总要挂满腊肉。母亲说，土家人过年，桌上没有腊肉，年就不算过完。"])
    assert [a.headline for a in banmian.rebuild(timeline).articles] == [["坪朗赶秋大事记"], ["腊肉里的乡愁"]]
    figures = "\n\n".join(["数说一季度", "91.3万吨——一季度累计生产原油", "37口——新投注水井", "87处——油区线路春检消除隐患",
                           "老井长的“听诊”绝活", "在采油三厂第六作业区，提起井长韩德顺，大伙儿都竖起大拇指。他练就了一手“听诊”绝活。"])
    assert [a.headline for a in banmian.rebuild(figures).articles] == [["数说一季度"], ["老井长的“听诊”绝活"]]


def test_letter_spaced_labels_read_as_their_words():
    briefs = "\n\n".join(["港 区 快 讯", "南港区开展防汛应急演练", "本报讯　5月10日，南港区开展防汛应急演练。（通讯员　许文斌）",
                          "北港区完成岸桥春检", "本报讯　近日，北港区完成12台岸桥春检。（通讯员　陆　明）"])
    page = banmian.rebuild(briefs)
    assert ([a.headline for a in page.articles], page.furniture) == (
        [["南港区开展防汛应急演练"], ["北港区完成岸桥春检"]], ["港 区 快 讯"])
    comment = "\n".join(["浙江启动开渔季渔船安全“百日攻坚”", "　　新华社杭州9月12日电（记者　孟宇辰）浙江近日",
                         "启动开渔季渔船安全“百日攻坚”行动。", "　　据介绍，行动期间，各地将组织渔船编队", "生产。", "短　评",
                         "平安开渔是最好的丰收", "　　开渔，对渔民来说是一年中最有盼头的日", "子。但大海从来不只有馈赠。"])
    assert [a.headline for a in banmian.rebuild(comment).articles] == [["浙江启动开渔季渔船安全“百日攻坚”"],
                                                                       ["短 评", "平安开渔是最好的丰收"]]


def test_titled_briefs_under_a_columns_label_go_on_brief_after_brief():
    text = "\n\n".join(["基层动态", "南屏县局开展校园周边专项检查", "本报讯（通讯员　吕思远）5月15日至17日，南屏县局对全县43所中小学校周边开展专项检查。",
                        "河口区局破获一起假烟网络案", "日前，河口区局与公安机关联合行动，破获一起假冒卷烟案件。",
                        "云溪镇“诚信示范店”授牌", "日前，云溪镇12家卷烟零售户获授“诚信示范店”牌匾。"])
    page = banmian.rebuild(text)
    assert ([a.headline for a in page.articles], page.furniture) == (
        [["南屏县局开展校园周边专项检查"], ["河口区局破获一起假烟网络案"], ["云溪镇“诚信示范店”授牌"]], ["基层动态"])


def test_a_table_a_briefs_headline_names_is_the_briefs_own():
    text = "\n\n".join(["市足球联赛第三轮战罢", "椰湾队三连胜领跑积分榜", "本报讯（记者 陈晓峰）3月29日至30日，市足球联赛第三轮比赛战罢。",
                        "积分榜前四名", "1．椰湾队　3胜　9分", "2．嘉积队　2胜1平　7分", "3．博鳌队　2胜1负　6分"])
    story, = banmian.rebuild(text).articles
    assert len(story.paragraphs) == 5


def test_a_bracketed_part_of_what_a_table_covers_is_its_titles_second_line():
    text = "\n\n".join(["2026年烤烟收购价格", "（部分等级）", "等级　收购价格（元/公斤）", "C1F（中桔一）　42.60", "C2F（中桔二）　39.80",
                        "B1F（上桔一）　36.40"])
    table, = banmian.rebuild(text).articles
    assert (table.headline, len(table.paragraphs)) == (["2026年烤烟收购价格", "（部分等级）"], 4)


def test_a_sentence_naming_the_papers_postal_code_is_no_flag():
    text = "\n".join(["征订启事", "　　订阅方式：可到全国各地", "邮局订阅，邮发代号1-386；", "也可直接向本报发行部订阅。"])
    notice, = banmian.rebuild(text).articles
    assert notice.paragraphs == ["订阅方式：可到全国各地邮局订阅，邮发代号1-386；也可直接向本报发行部订阅。"]


def test_in_print_a_whole_credit_line_under_a_photos_title_is_its_own():
    text = "\n".join(["山那边的5G基站　亮了", "本报记者　商　楠", "　　9月8日下午，鹰嘴崖村的5G基站正式开", "通。",
                      "　　鹰嘴崖村山高路陡，建设难度大。", "　　“我们多跑一步，他们就能早一天", "用上好网络。”总经理庞志诚说。",
                      "装维“小哥”上门忙", "通讯员　薛　锋　摄", "　　9月11日，东湖分公司装维人员在用户", "家中调试千兆宽带。",
                      "营业厅设立“适老化”服务专区", "　　本报讯（通讯员　蓝若溪）近日，西岭分", "公司营业厅设立服务专区。"])
    photo = banmian.rebuild(text).articles[1]
    assert (photo.kind, photo.headline, photo.byline.text) == ("photo", ["装维“小哥”上门忙"], ["通讯员 薛 锋 摄"])


def test_a_dotted_column_of_its_writers_own_kind_kicks_a_new_piece_after_a_box_of_hotline_replies():
    page = banmian.rebuild("热线回音\n\n市民柯女士来电：小区水压偏低。\n\n回音：经查，系水泵故障所致，已更换水泵。\n\n水务人·随笔\n\n"
                           "一只水表的故事\n\n我的工作，是和水表打交道。\n\n刚参加工作那几年，抄表全靠两条腿。\n")
    assert [a.headline for a in page.articles] == [["热线回音"], ["水务人·随笔", "一只水表的故事"]]


def test_a_principals_column_after_a_brief_is_his_own_piece_signed_by_office_and_name():
    page = banmian.rebuild("百名团员走进社区当“小老师”\n\n本报讯（学生记者 罗嘉怡）11月10日，校团委组织一百余名团员志愿者走进社区。\n\n"
                           "“以前总觉得当老师很轻松。”高二（1）班团员许诺说。\n\n校长寄语\n\n做一个会提问的人\n\n"
                           "有同学问我：老师讲的都懂了，为什么考试还是做不出来？\n\n会提问，首先要敢提问。\n\n"
                           "冬天来了，愿每一位学子都带着问号出发。\n\n校长　何建国\n\n晨光里的读书声\n\n"
                           "11月13日清晨，高一（2）班学生在银杏树下晨读。\n\n校报记者　陈思远　摄\n")
    essay = page.articles[1]
    assert essay.headline[0] == "校长寄语" and essay.byline.reporters == ["何建国"]
    assert page.articles[2].headline == ["晨光里的读书声"]


def test_a_dai_poet_padded_under_the_title_signs_the_poem_but_a_padded_word_does_not():
    page = banmian.rebuild("南朗河\n\n岩　应\n\n南朗河从山里走来\n\n带着茶山的清香\n\n带着胶林的露水\n\n一路弯弯，一路歌唱\n")
    assert page.articles[0].byline.reporters == ["岩应"]
    page = banmian.rebuild("新韵\n\n依　恋\n\n刀建华\n\n我依恋那片竹林\n\n依恋竹林里的风\n\n风里有阿妈的歌\n\n歌里有我的乳名\n")
    assert page.articles[0].headline == ["新韵", "依 恋"]


def test_a_sets_second_poem_titled_spaced_as_its_first_stays_in_the_set():
    page = banmian.rebuild("秋日诗笺（二首）\n\n□方　远\n\n稻　草　人\n\n它站在田埂上\n\n麻雀落在它的肩头\n\n它一动不动\n\n"
                           "仿佛守着一个\n\n谁也不知道的秘密\n\n晒　秋\n\n竹匾里的辣椒红了\n\n屋檐下的玉米黄了\n\n母亲把一整年的阳光\n")
    (poems,) = page.articles
    assert "晒 秋" in poems.paragraphs and poems.byline.reporters == ["方远"]


def test_a_titled_story_after_a_figures_box_its_compiler_closed_stands_apart_but_the_boxs_own_section_does_not():
    box = "市场行情\n\n4月11日农贸市场主要农产品价格：\n\n干胶（标一）：13.2元/公斤\n\n鲜胶乳：4.6元/公斤\n\n（周红梅　整理）\n\n"
    page = banmian.rebuild(box + "边贸小店里的“大世界”\n\n在曼冷口岸的边贸街上，有一家不起眼的小店。\n")
    assert [a.headline for a in page.articles] == [["市场行情"], ["边贸小店里的“大世界”"]]
    page = banmian.rebuild(box + "行情分析\n\n市场管理人员分析，预计下周价格仍将保持平稳。\n")
    assert len(page.articles) == 1


def test_a_briefs_column_opens_its_next_brief_on_a_reporters_finding_under_a_title_as_long_as_a_briefs():
    page = banmian.rebuild("经济快讯\n\n县农商银行推出“胶农贷”\n\n为帮助胶农解决资金难题，县农商银行近日推出“胶农贷”。\n\n"
                           "全县咖啡鲜果收购接近尾声\n\n记者从县农业农村局了解到，全县咖啡鲜果收购已接近尾声。\n")
    assert [a.headline for a in page.articles] == [["县农商银行推出“胶农贷”"], ["全县咖啡鲜果收购接近尾声"]]
    assert "经济快讯" in page.furniture


def test_a_box_titled_by_its_day_and_a_quoted_name_heads_its_rows_a_calendars_quoted_rows_stay_rows():
    lead = "傣文培训班在曼岗村开班\n\n本报讯（记者　依罕）4月8日，傣文培训班在曼岗村开班，60余名村民报名参加。\n\n"
    page = banmian.rebuild(lead + "4月11日　“菜篮子”价格\n\n大白菜　1.60元/公斤\n\n西红柿　4.20元/公斤\n\n小米辣　12.00元/公斤\n")
    assert page.articles[-1].headline == ["4月11日 “菜篮子”价格"]
    page = banmian.rebuild("全国助残日系列活动一览\n\n5月15日　“助残就业大集”在青潭市人才市场举办\n\n"
                           "5月16日　省残疾人艺术团“同心圆”主题巡演首场演出\n\n5月17日　全省特殊教育学校学生运动会\n")
    assert len(page.articles[0].paragraphs) == 3


def test_a_qa_box_counted_as_so_many_questions_and_answers_after_a_brief_is_its_own():
    page = banmian.rebuild("修船公司完成一艘LNG运输船坞修\n本报讯（通讯员 贾子墨 实习生 唐\n沁）11月2日，修船公司承修的一艘\n"
                           "17.4万立方米LNG运输船完成坞修并顺\n利出坞。此次坞修共完成船体除锈涂\n装、螺旋桨抛光、阀门检修等项目160\n"
                           "余项，比合同工期提前4天。这是该公\n司今年承修的第三艘大型LNG运输船。\n安全月·知识角\n受限空间作业“四问四答”\n"
                           "问：哪些场所属于船厂的受限空\n间？\n答：船舶双层底、压载舱、燃油\n舱、隔离空舱等，都属于受限空间。\n")
    assert page.articles[-1].headline == ["安全月·知识角", "受限空间作业“四问四答”"]
    assert page.articles[-1].paragraphs[0] == "问：哪些场所属于船厂的受限空间？"


def test_a_dated_caption_credited_at_its_end_under_a_lists_last_item_is_a_photo_of_its_own():
    page = banmian.rebuild("第五批旗级非物质文化遗产\n\n代表性项目名录公布\n\n本报讯（记者　赵文博）近日，旗人民政府公布第五批"
                           "旗级非物质文化遗产代表性项目名录，共有3个项目入选。具体名单如下：\n\n1.蒙古族皮艺制作技艺（额尔敦苏木）\n\n"
                           "2.蒙古族刺绣（宝力根镇）\n\n3.蒙古象棋（旗文化馆）\n\n"
                           "7月15日，旗乌兰牧骑队员在那达慕会场为观众表演舞蹈《牧人的喜悦》。　图　雅　摄\n")
    assert page.articles[-1].kind == "photo"


def test_a_columns_next_brief_may_open_on_its_office_and_its_day_and_a_credited_caption_after_a_brief_is_a_photo():
    page = banmian.rebuild("市州动态\n\n石门州为山区学校配发应急包\n\n近日，石门州地震局为全州46所山区寄宿制学校配发应急包3200个。\n\n"
                           "（通讯员　阮清和）\n\n兰坪市排查城区应急避难场所\n\n兰坪市应急管理局日前对城区29处应急避难场所开展专项检查。\n")
    assert [a.headline for a in page.articles] == [["石门州为山区学校配发应急包"], ["兰坪市排查城区应急避难场所"]]
    page = banmian.rebuild("文化动态\n\n县图书馆“黄河故事”征文启动\n\n即日起，县图书馆面向全县读者征集“黄河故事”主题征文。\n\n"
                           "高闸镇花儿会唱响丰收歌\n\n10月12日，高闸镇第十届花儿会在镇文化广场举行。\n\n"
                           "10月13日，游客在沙泉黄河湿地公园观赏迁徙途中的灰鹤。　通讯员　杨　波　摄\n")
    assert page.articles[-1].kind == "photo"
