import pytest

import banmian
from banmian.read.text import split_lines
from banmian.rebuild.roles import classify, headline_like, role_of


def test_each_line_gets_the_role_its_own_text_shows():
    assert role_of("（下转第二版）") == "jump"
    assert role_of("本版责编：王五") == "furniture"
    assert role_of("题图设计：赵偲汝") == "furniture"
    assert role_of("温岭日报 2024年1月23日 星期二 第1版") == "furniture"
    assert role_of("人民日报") == "furniture"
    assert role_of("记者 周学军 摄") == "credit"
    assert role_of("本报记者 王 正 李 四") == "byline"
    assert role_of("会议指出，要深入学习。") == "text"
    assert role_of("记者手记") == "text"  # a label over the story's last part, no reporter 手记
    for label in ("记者观察", "记者调查", "记者感言", "记者追踪", "记者多方求证", "记者求证", "记者再访"):  # split the story, 观察 its reporter
        assert role_of(label) == "text", label


def test_classify_keeps_one_unit_per_line_in_order():
    units = classify(split_lines("标题\n\n（下转第二版）\n正文。"))
    assert [(u.role, u.text) for u in units] == [("text", "标题"), ("jump", "（下转第二版）"), ("text", "正文。")]


def headline(text):
    return headline_like(classify(split_lines(text))[0])


def test_headline_like_lines():
    assert headline("在优化营商环境中 发挥 人大力量")
    assert headline("新能源汽车为何集体“增重”？")


def test_not_headline_like():
    assert not headline("会议指出，要深入学习贯彻。")
    assert not headline("（本报记者张腾扬参与采写）")
    assert not headline("\u3000\u3000今年以来，我市有十名市领导挂帅")
    assert not headline("人工繁育大（下转第五版）")
    assert not headline("申江市气象台发布")


def test_who_asks_or_answers_alone_on_a_line_is_no_headline():
    for speaker in ("读者张女士问：", "北京市朝阳区人民法院法官郑雨桐答：", "网友“江边的风”问："):
        assert not headline(speaker), speaker
    assert headline("伊朗最高领袖顾问：")
    assert not headline("温州瑞丰鞋业有限公司因生产规模扩大，现面向社会招聘以下人员：")


def test_a_young_reporters_column_or_call_is_no_byline():
    assert (role_of("小记者面对面"), role_of("钱塘少年报小记者招募啦"), role_of("小记者 王乐")) == ("text", "text", "byline")


def test_a_puzzle_boxs_note_and_answers_are_no_headline():
    for line in ("（谜底见下期）", "上期谜底：1．雪　2．风　3．蜡烛", "答案：1．水　2．瀑布"):
        assert not headline(line), line


def test_where_a_saying_was_taken_from_is_no_subtitle():
    assert not headline("——摘自《光明日报》2024年5月6日")
    assert headline("——湖南辰溪：11处非法排污口全部完成整治")


def test_who_made_a_piece_at_its_foot_is_no_headline():
    for credit in ("编导：唐子晔", "海报设计：常清潭", "学术支持：中国科协", "融媒制作：张意轩", "绘制：孟柏杨",
                   "更新时间：2023-09-04T14:18:17.250Z"):
        assert not headline(credit), credit


def test_a_row_of_several_pages_editors_is_furniture():
    assert role_of("一版责编：胡安琪 栾心怡 张宇杰 二版责编：殷新宇 祁嘉润 郭雪岩 三版责编：李 斌 邹 翔 孟繁哲 版式设计：张丹峰") == "furniture"
    assert role_of("编辑：" + "这是一段很长的正文，" * 8 + "到此结束。") == "text"


def test_a_supplements_editor_line_and_a_notice_pages_hotline_are_furniture():
    assert role_of("主编：钱 红 责编：高 源 电话：0576-86112345") == "furniture"
    assert role_of("执行主编 李华") == "furniture"
    assert role_of("登报热线：0576-86112345 86112346 地址：东海大道1号报业大厦1楼") == "furniture"
    assert role_of("分类广告刊登热线：0576-86181234　地址：岭东市太平街道东辉北路88号") == "furniture"
    assert role_of("健康热线：0577-88126120") == "furniture"
    assert role_of("主编说，今年要做好三件事。") == "text"
    assert role_of("本版文章仅供参考，具体诊疗请遵医嘱") == "furniture"
    assert role_of("（本版投资建议仅供参考，据此操作风险自担）") == "furniture"
    assert role_of("本版资料只供参考，不构成任何投资建议") == "furniture"
    assert role_of("本版信息由刊登者负责　责编：郑　洁") == "furniture"
    assert role_of("（以上建议仅供参考）") == "text"  # a story's own note, not the page's
    assert role_of("本版国内、国际新闻由新华社、中新社供稿") == "furniture"  # whose copy the page's briefs are
    assert role_of("（本版稿件由市委宣传部提供）") == "furniture"
    assert role_of("本版由县融媒体中心供稿的图片均经授权使用，请勿转载。") == "text"


def test_a_pinyin_masthead_in_pieces_is_furniture():
    assert role_of("RENMIN") == "furniture"
    assert role_of("RIBAO 第19版") == "furniture"
    assert role_of("APEC") == "text"


def test_a_page_header_read_in_pieces_is_furniture():
    roles = [unit.role for unit in classify(split_lines(
        "要闻\n一版责编：胡安琪 张帅祯\n2026年5月20日 星期三 第4版\n中央宣传部等部门部署\n开展群众性主题宣传教育活动\n"
        "本报北京5月19日电（记者王浩）中央宣传部等部门近日印发通知。"))]
    assert roles == ["furniture", "furniture", "furniture", "text", "text", "text"]
    roles = [unit.role for unit in classify(split_lines("08\n2026年6月1日\n星期一 第11版\n星期日体育7\n新华每日电讯\n一名党员就是一面旗帜"))]
    assert roles == ["furniture"] * 5 + ["text"]


@pytest.mark.parametrize("top, first_text", [
    ("人民法院报\n2026年1月31日 星期六\n第4版 综合新闻\n", "全国1万多家人民法庭"),
    ("大公報\nA12\n港聞\n2026年1月30日 星期五\n", "首隻可兑換實物黃金ETF掛牌"),
    ("中国纪检监察报\n2026年6月16日 星期二\n第2版\n要闻\n", "全国1万多家人民法庭"),
    ("2026年3月29日 星期五\n国内新闻\n第4版\n要闻简报\n", "全国1万多家人民法庭"),
    ("公告·声明\n2026年6月29日 星期一 第12版\n", "浙江省温岭市人民法院"),
    ("A06\n社会新闻\n2026年6月26日 星期五\n", "建设更高水平的平安中国"),
    ("东湖\n2026年6月26日 星期五\n第8版 副刊\n", "从“书店要有书”说起"),
    ("青溪晚报 2024年4月19日 星期五 B6\n周末·旅游\n", "长潭湖畔油菜花开"),
    ("青溪晚报 2024年4月19日 星期五 B6\n东湖晚报·美食\n", "长潭湖畔油菜花开"),
    ("8\n东澜日报\n2024年8月20日　星期二\n东海潮·连载\n", "我在括岭教书的日子（十二）"),
    ("东川日报　2024年4月26日　星期五\n第4版　政务·解读\n", "我市出台促进消费十条措施"),
    ("东湖晚报 2024年8月2日 星期五 A15\n文娱新闻\n", "暑期档电影票房破百亿"),
    ("人民日报海外版\n2024年10月18日　星期五\n第10版　华人世界\n侨乡·侨情\n", "海外华裔青年走进闽南侨乡"),
    ("东湖街道报\n内部资料　免费交流\n2024年9月20日　第2版　邻里\n", "网格员小周的“民情日记”"),
    ("大公報　TA KUNG PAO\n2024年11月14日　星期四\n港聞　A6\n", "大學城用地規劃出爐"),
    ("中国交通报\n2025年1月22日　星期三\n3　综合新闻\n", "春运首周全国路网运行平稳有序"),
    ("凉川晚报\nA14\n文旅·周末去哪儿\n2025年9月26日　星期五\n本版编辑：马晓红　美编：李　军\n", "秋游陇上"),
    ("今日潜川\n第3版\n新时代文明实践\n2025年5月20日　星期二\n主办：中共潜川县委宣传部\n", "“文明积分”兑出乡村新风尚"),
])
def test_a_header_in_short_pieces_with_the_papers_name_and_section_is_furniture(top, first_text):
    units = classify(split_lines(top + first_text + "\n近日，记者从有关部门获悉，相关工作取得新进展。"))
    assert [unit.role for unit in units] == ["furniture"] * top.count("\n") + ["text", "text"]


@pytest.mark.parametrize("top, section", [
    ("青溪晚报 2024年9月14日 星期六 B3\n\n", "城市记忆"),
    ("瓯江晚报　2024年11月16日　星期六　11\n", "小作家"),
    ("2025年3月8日　星期六\n澄江日报\n第5版\n", "聚焦全国两会"),
])
def test_a_word_under_the_header_set_apart_from_the_first_headline_by_a_blank_line_names_the_page(top, section):
    page = banmian.rebuild(top + section + "\n\n中山路上的百货大楼\n□ 王建华\n　　说起青溪的老百货大楼，上了年\n纪的人没有不知道的。\n")
    assert section in page.furniture and page.articles[0].headline == ["中山路上的百货大楼"]


def test_a_documents_title_under_the_header_over_its_indented_number_is_no_section_name():
    page = banmian.rebuild("人民日报 2026年6月27日 星期六 第02版 要闻\n\n中华人民共和国主席令\n\n　　第七十七号\n"
                           "　　《中华人民共和国商标法》\n已由中华人民共和国第十四届全\n国人民代表大会常务委员会修订\n"
                           "通过，现予公布，自2027年1月1\n日起施行。\n")
    assert page.articles[0].headline == ["中华人民共和国主席令"] and page.articles[0].paragraphs[0] == "第七十七号"


def test_a_word_under_the_header_tight_over_the_first_headline_kicks_it():
    page = banmian.rebuild("瓯江晚报　2024年11月16日　星期六　11\n小作家\n外公的修车摊\n鹿城区广场路小学五（3）班　陈思琪\n"
                           "　　在我家楼下的巷子口，有一个\n小小的修车摊，那是外公的地盘。\n")
    assert page.articles[0].headline == ["小作家", "外公的修车摊"]


def test_a_word_under_a_header_that_names_its_section_already_kicks_the_first_story():
    units = classify(split_lines("临川日报\n2024年7月9日　星期二　第3版　深度\n追踪\n三个月过去，“断头路”通了吗？\n本报记者　黄子健\n"
                                 "今年4月2日，本报刊发报道。"))
    assert [unit.role for unit in units][:3] == ["furniture", "furniture", "text"]


@pytest.mark.parametrize("top, kicker", [
    ("岙江日报\n第3版　综合·民生\n2024年3月12日　星期二\n", "民生实事·进行时"),
    ("时政·党建\n2024年3月12日　星期二\n第4版\n岙江日报\n", "学思践悟"),
    ("证券时报 2024年3月28日 星期四 A5 公司\n", "多家公司披露年报"),
    ("云江健康报\n2024年5月16日　星期四\n第5版　老年健康\n", "专家提醒"),
])
def test_a_word_under_a_header_that_already_named_its_section_kicks_the_first_story(top, kicker):
    page = banmian.rebuild(top + kicker + "\n城区12个老旧小区改造全面开工\n本报讯（记者 林海峰）3月8日，改造项目全面开工。\n")
    assert page.articles[0].headline == [kicker, "城区12个老旧小区改造全面开工"]


def test_a_columns_dotted_name_under_the_header_kicks_the_first_story():
    units = classify(split_lines("人民日报　2026年5月27日　星期三　第六版\n赓续历史文脉·考古故事\n“把每一块瓷片背后的故事掰开、揉碎”\n"
                                 "本报记者 王 珏\n近日，记者走进考古工地。"))
    assert [unit.role for unit in units][:2] == ["furniture", "text"]


def test_the_papers_name_in_pieces_fills_the_paper_and_its_page_label_the_page():
    page = banmian.rebuild("中国纪检监察报\n\n2026年6月16日 星期二\n\n第2版 要闻\n\n中央纪委国家监委公开通报\n\n"
                           "本报讯 近日，中央纪委国家监委公开通报典型问题。")
    assert (page.paper, page.date, page.page) == ("中国纪检监察报", "2026-06-16", 2)


@pytest.mark.parametrize("body", ["5月21日夜，湖北襄阳枣阳市，农户抢收小麦。", "　　5月21日夜，湖北襄阳枣阳市太平"])
def test_a_headline_under_the_page_number_over_its_text_is_no_section_name(body):
    units = classify(split_lines("2026年5月27日 星期三\n图片新闻\n第6版\n雨口夺粮\n" + body))
    assert [unit.role for unit in units] == ["furniture", "furniture", "furniture", "text", "text"]


def test_a_tables_row_is_no_headline():
    for row in ("1 泰山城建 5 13", "上证指数 3245.67 +0.42%", "石塘站 高潮 05:12 17:40", "猪肉（白条） 19.60 21.80 ↑"):
        assert not headline(row), row
    assert headline("在优化营商环境中 发挥 人大力量") and headline("端午制曲 匠心绵长 中国茅台 香飘世界")


def test_a_short_headline_at_the_top_is_no_header_piece():
    roles = [unit.role for unit in classify(split_lines("镜头\n春耕正当时\n本报记者 王 正摄"))]
    assert roles[:2] == ["text", "text"]


def test_more_editors_names_at_the_top_in_the_editor_lines_type_are_furniture():
    from banmian.model import BBox, Line

    def line(number, text, size, x, y):
        return Line(number=number, text=text, font_size=size, bbox=BBox(x, y, x + size * len(text), y + size))

    lines = [line(0, "本版责编：季健明", 10.3, 39, 57), line(2, "2026年5月14日 星期四 视点 12", 10, 432, 41),
             line(4, "徐雷鹏 李佩阳", 10.3, 889, 57), line(6, "春耕 正当时", 33.9, 177, 91)]
    assert [unit.role for unit in classify(lines)] == ["furniture", "furniture", "furniture", "text"]
    assert [unit.role for unit in classify(split_lines("本版责编：季健明\n春耕 正当时"))] == ["furniture", "text"]


def test_a_line_opening_with_a_jump_is_no_headline():
    (unit,) = classify(split_lines("（上接第一版）转化的“细绳子”——"))
    assert not headline_like(unit)


def test_body_labels_and_credits_at_a_story_foot_are_no_headlines():
    for text in ("开栏的话", "记者手记", "数据来源：中共巧家县委宣传部", "文案：闫建华"):
        (unit,) = classify(split_lines(text))
        assert not headline_like(unit), text


def test_a_header_with_its_date_and_paper_but_no_page_is_furniture():
    assert role_of("经济 人民日报 2026年5月11日") == "furniture"
    assert role_of("人民日报2026年5月11日刊发了评论") == "text"


def test_a_lone_character_is_no_headline():
    (unit,) = classify(split_lines("局"))
    assert not headline_like(unit)


def test_the_tail_of_the_editor_line_alone_at_the_top_is_furniture():
    from banmian.model import BBox, Line

    lines = [Line(number=0, text="本版责编：吴", font_size=9.5, bbox=BBox(40, 58, 98, 68)),
             Line(number=2, text="人民日报 2026年6月1日 周一 第十一版 生态", gap_before=1, font_size=9.9,
                  bbox=BBox(404, 43, 588, 53)),
             Line(number=4, text="燕", gap_before=1, font_size=9.5, bbox=BBox(942, 58, 952, 68)),
             Line(number=6, text="关于全国“两优一先”拟表彰对象的公示", gap_before=1, font_size=40.8,
                  bbox=BBox(40, 91, 720, 134))]
    assert [unit.role for unit in classify(lines)] == ["furniture", "furniture", "furniture", "text"]


def _measured(number: int, text: str, x0: float, y0: float, x1: float, size: float = 10.0):
    from banmian.model import BBox, Line

    return Line(number=number, text=text, bbox=BBox(x0, y0, x1, y0 + size), font_size=size)


def test_a_credit_set_right_of_the_caption_over_it_or_in_smaller_type_is_a_credit():
    verse = [_measured(0, "算法精巧为哪般？", 500, 100, 580), _measured(1, "以人为本共向优。", 500, 114, 580)]
    cartoonist = _measured(2, "郅言文", 690, 128, 720)  # flush right under the verse: the cartoonist
    assert [u.role for u in classify(verse + [cartoonist])] == ["text", "text", "credit"]
    caption = _measured(0, "“祖冲之三号”芯片示意图。", 50, 100, 187, size=10.5)
    source = _measured(1, "中国科学技术大学供图（新华社发）", 29, 115, 187, size=9.8)
    assert [u.role for u in classify([caption, source])] == ["text", "credit"]
    # The same words as a line of text, where no reader measured the lines, stay text.
    from banmian.model import Line

    assert [u.role for u in classify([Line(number=0, text="以人为本共向优。"), Line(number=1, text="郅言文")])] == [
        "text", "text"]


def test_a_wrapped_headlines_line_in_display_type_ending_as_a_credit_does_is_no_credit():
    # 家园建设主题文 ends on 文 and stands under a line in larger type, but it is set in headline type.
    first = _measured(0, "2026年中华民族共有精神", 38, 100, 233, size=30.6)
    second = _measured(1, "家园建设主题文", 38, 136, 233, size=27.9)
    body = [_measured(2 + k, "新华社郑州5月12日电由国家民委主办", 38, 180 + 14 * k, 233) for k in range(3)]
    assert [u.role for u in classify([first, second] + body)] == ["text"] * 5


def test_a_headlines_deck_in_smaller_type_under_it_is_no_credit():
    title = _measured(0, "大棚西瓜喜获丰收", 100, 100, 276, size=22)
    for deck in ("——来自基层一线的蹲点报道", "——记浙江大学教授王文"):
        assert [u.role for u in classify([title, _measured(1, deck, 100, 126, 292, size=16)])] == ["text", "text"]


def test_an_indented_line_that_reads_as_a_byline_opens_a_paragraph_in_a_measured_page_or_a_scan():
    from banmian.model import BBox, Line

    specs = [(0, "本报记者 赵帅杰", 300, 100, False), (1, "修车铺不大，老杨却不收钱，", 321, 115, True),
             (2, "一干就是30多年。", 300, 130, False), (3, "记者好奇，不收钱，还影", 321, 145, True),
             (4, "响主业，图啥呢？", 300, 160, False), (5, "小杨也说不清个所以然。", 321, 175, True)]
    for confidence in (None, 0.98):  # a PDF's text layer, a scan's OCR
        lines = [Line(number=number, text=text, indent=indent, font_size=10.5, confidence=confidence,
                      bbox=BBox(x, y, x + 10.5 * len(text), y + 10.5)) for number, text, x, y, indent in specs]
        assert [unit.role for unit in classify(lines)] == ["byline", "text", "text", "text", "text", "text"], confidence
    assert [unit.role for unit in classify(split_lines("记者好奇，不收钱，还影"))] == ["text"]  # no byline parts names by commas


@pytest.mark.parametrize("line", ["记者调研发现，这背后是", "记者深入常州、南京、苏州等地，探", "接受新华社记者采访时说，靖国神",
                                  "记者走进船厂，见证一艘"])
def test_a_sentence_that_opens_on_a_reporter_is_no_byline(line):
    assert role_of(line) == "text"


def test_a_comma_parts_a_bylines_names_only_before_a_role():
    assert role_of("记者罗艾桦，通讯员廖靖文") == "byline"  # 羊城晚报's form


def test_a_line_ending_on_gongtu_right_under_a_paragraph_is_a_credit_however_it_is_set():
    caption = _measured(0, "舞蹈比赛参赛选手在表演。", 48, 100, 156, size=9)
    credit = _measured(1, "厄立特里亚高等教育与研究院孔子学院供图", 57, 113, 228, size=9)  # indented, same type
    assert [unit.role for unit in classify([caption, credit])] == ["text", "credit"]
    # from text alone the words say it too: a body's name, however long, over 供图
    assert [unit.role for unit in classify(split_lines("舞蹈比赛参赛选手在表演。\n厄立特里亚高等教育与研究院孔子学院供图"))] == ["text", "credit"]


def test_a_bodys_credit_with_a_long_or_bracketed_name_is_a_credit_but_a_line_cut_inside_tigongtupian_is_not():
    for credit in ("国家电网温岭供电公司供图", "中国交通建设（马来西亚）有限公司供图"):
        assert role_of(credit) == "credit", credit
    assert role_of("活动主办方为本次展览提供图") == "text"


def test_an_indented_line_that_reads_as_a_byline_opens_a_paragraph_where_raw_text_indents():
    units = classify(split_lines("\u3000\u3000“西瓜越来越甜是打\n了甜蜜素”。\n\u3000\u3000记者调查发现，消费\n"
                                 "者感受到西瓜更甜了。\n\u3000\u3000至于无籽西瓜，它的\n诞生依靠染色体工程。\n"))
    assert [unit.role for unit in units] == ["text"] * 6


def test_a_label_that_opens_a_pieces_text_is_no_headline():
    for label in ("头条看点", "绝活看点", "核心阅读", "引 子", "■记者手记"):
        assert not headline(label), label


def test_editor_lines_in_small_type_at_a_measured_pages_foot_are_furniture_however_written():
    from banmian.model import BBox, Line

    texts = [("春耕备耕忙", 24, 20), ("各地春耕备耕有序推进，农资供应充足。", 10, 60), ("农民抢抓农时，田间一片繁忙。", 10, 74),
             ("本期统筹：董汶鑫", 10, 88), ("版式设计彭飞", 8, 110), ("校对何娟", 8, 122)]
    lines = [Line(number=k, text=text, font_size=size, bbox=BBox(40, y, 40 + size * len(text), y + size))
             for k, (text, size, y) in enumerate(texts)]
    assert [unit.role for unit in classify(lines)][-3:] == ["text", "furniture", "furniture"]


def test_an_editor_who_speaks_in_a_q_and_a_is_text_not_an_editor_line():
    assert role_of("编辑：“从鱼到人”，是古生物学家从") == "text"
    assert role_of("编辑：张三 李四") == "furniture"


def test_a_line_closing_a_story_on_a_jump_is_no_deck():
    from banmian.model import Line, Unit
    from banmian.rebuild.roles import deck_line

    def unit(text):
        return Unit((Line(0, text),), "text", text)

    assert deck_line(unit("从严惩处以误导公众方式使用商标"))
    assert not deck_line(unit("元，惠及3.（下转第二版）"))


def test_a_front_page_index_box_is_furniture():
    # 导读 / 理论 / title / 第九版 …: an empty "article" with the reporter 调查 and, glued to the next
    # story's headline, the last item's title and page.
    from banmian import rebuild

    page = rebuild("加快建设科技强国\n\n本报北京4月16日电（记者王小明）记者从科技部获悉，多项关键核心技术实现突破。\n\n"
                   "导读\n\n理论\n\n充分认识“四个有利于”的重要政治优势\n\n第九版\n\n记者调查\n\n为担当者担当 向“不敢为”说不\n\n"
                   "第十三版\n\n春耕备耕有序推进\n\n新华社北京4月16日电（记者李华）当前，全国春耕备耕由南向北有序推进。\n")
    assert [(a.headline, a.byline.reporters) for a in page.articles] == [
        (["加快建设科技强国"], ["王小明"]), (["春耕备耕有序推进"], ["李华"])]
    assert page.furniture[0] == "导读" and page.furniture[-1] == "第十三版"
    index = rebuild("今日导读\n\n老街焕新颜 详见B1版\n\n春运首日 火车站客流平稳 详见A4版\n\n"
                    "东湖港吞吐量创新高\n\n本报讯（记者何思远）1月份东湖港完成集装箱吞吐量12.6万标箱。\n")
    assert index.furniture == ["今日导读", "老街焕新颜 详见B1版", "春运首日 火车站客流平稳 详见A4版"]
    marked = rebuild("    分产业看，第一产业增\n加值1027.4亿元，增长3.8%；\n第三产业增加值12212.9亿元，\n增长5.7%。\n（相关报道见第五版）\n\n"
                     "导　读\n·一季度全省外贸进出口增长6.8%　5版\n·省管领导干部任前公示　2版\n\n扛牢农业大省责任　加快建设农业强省\n"
                     "周启明参加\n    本报讯（记者 王海涛）4月14日至15日，省委书记林嘉和在汶阳调研春季农业生产。\n")
    # the page after a layout space
    assert marked.furniture == ["导 读", "·一季度全省外贸进出口增长6.8% 5版", "·省管领导干部任前公示 2版"]
    assert marked.articles[-1].headline == ["扛牢农业大省责任 加快建设农业强省", "周启明参加"]


def test_a_weather_box_is_furniture():
    # It was glued to the front page's lead story as its last paragraph.
    assert role_of("天气预报：今天阴转小雨，5℃～9℃，东北风3～4级。") == "furniture"
    assert role_of("今日天气：晴，12℃～20℃。") == "furniture"
    assert role_of("天气转冷以来，全市供暖平稳。") == "text"
    assert [role_of(line) for line in ("天气预报", "今天：阴有小雨，5℃～10℃，东北风3～4级。", "明天：多云，6℃～12℃。")] == [
        "furniture"] * 3
    assert role_of("今天：我们迎来了新的一年。") == "text"


def test_a_weather_boxs_advice_and_source_under_its_forecast_are_furniture_too():
    lines = split_lines("天气预报\n今天：阴转小雨，最低气温4℃，最高气温9℃。\n温馨提示：近期气温偏低，请注意防寒保暖。\n"
                        "（市气象台提供）\n交通提示\n温馨提示：请错峰出行。\n")
    assert [unit.role for unit in classify(lines)] == ["furniture"] * 4 + ["text", "text"]


def test_a_line_of_standing_numbers_under_a_pieces_end_is_furniture_but_a_lone_short_one_closes_its_box():
    lines = split_lines("如不慎被骗，请立即拨打110报警。\n报警电话：110　反诈专线：96110　新闻热线：6618110\n"
                        "新盐入仓\n12月20日，工人驾驶装载机将新收的原盐运入储盐仓。\n通讯员　钱立新　摄\n"
                        "食盐质量投诉热线：0518-85621315　服务时间：工作日8:30—17:30\n③家中要备好灭火器。\n火警电话：119\n")
    assert [unit.role for unit in classify(lines)] == ["text", "furniture", "text", "text", "credit", "furniture", "text", "text"]


def test_a_page_piece_with_its_section_after_a_dot_is_the_header():
    lines = split_lines("澧阳科普报\n2025年12月11日　星期四\n第4版·科普\n第十届澧阳科技活动周闭幕\n"
                        "本报讯（记者 向　晴）12月7日，第十届澧阳科技活动周闭幕。\n")
    assert [unit.role for unit in classify(lines)][:4] == ["furniture"] * 3 + ["text"]


def test_a_supplements_names_stacked_over_the_dated_line_are_the_header():
    lines = split_lines("蓝海\n副刊\n澄沙渔港报　2025年12月12日　星期五\n第4版\n阿爸的小木船\n我家的小木船，是阿爸四十岁那年亲手造的。\n")
    assert [unit.role for unit in classify(lines)] == ["furniture"] * 4 + ["text", "text"]


def test_a_weather_boxs_title_and_the_days_it_covers_over_its_rows_are_furniture():
    lines = split_lines("未来三天天气\n（12月11日—13日）\n云岫市　阴转雨夹雪　-3℃～7℃　北风4～5级\n"
                        "栖云市　小雪转中雪　-7℃～2℃　北风5～6级\n服务速递\n")
    assert [unit.role for unit in classify(lines)] == ["furniture"] * 4 + ["text"]


@pytest.mark.parametrize("line", [
    "国内统一连续出版物号 CN33-0012", "邮发代号 31-58", "中共温岭市委主管主办", "总第9245期", "今日8版",
    "温岭日报社出版", "www.wlnews.zj.cn", "农历癸卯年腊月十二",
    # 人民日报's and 工人日报's flags: the lunar date alone, the postal code, the website named
    "丙午年三月三十", "癸卯年腊月十二", "代号1-1", "人民网网址：http://www.people.com.cn", "WORKERS’ DAILY",
    "QIANJIANG EVENING NEWS",
])
def test_a_front_pages_flag_lines_are_furniture(line):
    text = (f"温岭日报 2024年1月23日 星期二 第1版\n\n{line}\n\n市区新增公共停车位800个\n\n"
            "本报讯（记者王小明）1月22日，我市新增公共停车位800个。\n")
    page = banmian.rebuild(text)
    assert page.articles[0].headline == ["市区新增公共停车位800个"] and line in page.furniture


def test_a_sentence_naming_a_postal_code_is_no_flag():
    roles = [unit.role for unit in classify(split_lines("读者可到当地邮局订阅本报，邮发代号31-58。"))]
    assert roles == ["text"]


def test_a_columns_name_under_the_page_header_heads_its_piece():
    # 人民日报's 评论 page opens on 人民时评 right under its header; it had gone to furniture with the header
    page = banmian.rebuild("评论\n\n人民日报\n\n2026年6月9日 星期二\n\n5\n\n人民时评\n\n考出“三夏”好成绩\n\n常 钦\n\n"
                           "眼下，从南到北，麦浪滚滚，夏收、夏种、夏管正在有序推进。\n")
    assert page.furniture == ["评论", "人民日报", "2026年6月9日 星期二", "5"]
    assert page.articles[0].headline == ["人民时评", "考出“三夏”好成绩"]


@pytest.mark.parametrize("genre", ["社评", "社论", "短评"])
def test_a_genre_label_under_the_page_header_heads_its_piece(genre):
    # 环球时报 prints 社评 over its editorial's title: a label of the piece, not the page's section
    page = banmian.rebuild(f"环球时报\n\n2026年1月30日 星期五\n\n第14版\n\n{genre}\n\n于平凡中铸就非凡\n\n"
                           "新年伊始，各地干部群众以昂扬姿态投入到新一年的工作中。\n")
    assert [a.headline for a in page.articles] == [[genre, "于平凡中铸就非凡"]]


def test_an_info_boxs_label_and_value_lines_are_no_headline():
    # 影评: the film's facts under the review's title are text of the piece, not its headline
    page = banmian.rebuild("让长征题材电影“燃”起来\n\n《四渡》\n\n导演：宋业明\n\n主演：王仁君 侯勇 孙维民\n\n片长：138分钟\n\n"
                           "电影《四渡》以四渡赤水为题材，用年轻的视角讲述了长征途中的一段传奇。\n")
    (article,) = page.articles
    assert not any("：" in line for line in article.headline)
    assert "导演：宋业明" in article.paragraphs


@pytest.mark.parametrize("head", ["楚天都市报\n\n2026年6月17日 星期三\n\nA14\n\n楚天房产",
                                  "齐鲁晚报\n\n2026年6月25日 星期四\n\n高考志愿填报专刊\n\nB03"])
def test_a_special_sections_name_in_the_page_head_is_furniture(head):
    page = banmian.rebuild(head + "\n\n铁塔上，有一群“追光者”\n\n本报讯（记者 李明）国网武汉供电公司的带电作业班组常年在铁塔上工作。\n")
    assert [a.headline for a in page.articles] == [["铁塔上，有一群“追光者”"]]


@pytest.mark.parametrize("salutation", ["编辑同志：", "尊敬的各位读者：", "同学们："])
def test_a_letters_salutation_opens_its_text(salutation):
    page = banmian.rebuild(f"公共场所应当多为群众着想\n\n{salutation}\n\n我是一名经常出差的旅客，最近在火车站候车时发现座位太少。\n")
    (article,) = page.articles
    assert (article.headline, article.paragraphs[0]) == (["公共场所应当多为群众着想"], salutation)


@pytest.mark.parametrize("editors", ["首席编辑：任 达 美编：沈 丽 校对：陈 刚", "审校：陈刚", "值班主任：任达 责编：沈丽"])
def test_an_editor_line_of_any_title_is_furniture(editors):
    page = banmian.rebuild(f"2024年1月19日 星期五\n{editors}\n要闻\n3\n\n我市启动专项行动\n\n本报讯（记者 李 华）近日，我市启动专项行动。\n")
    assert page.furniture == ["2024年1月19日 星期五", editors, "要闻", "3"]
    assert [a.headline for a in page.articles] == [["我市启动专项行动"]]


@pytest.mark.parametrize("header, section", [("2 2024年6月5日 星期三 编辑：王 芳 美编：李 强", "综合"),
                                             ("2024年6月5日 星期三", "综合"), ("2025年5月16日 星期五 第3版", "民　生")])
def test_a_section_name_under_the_headers_dated_line_is_furniture(header, section):
    page = banmian.rebuild(f"{header}\n{section}\n\n我县42种图书入选“好书榜”\n\n本报讯（记者 李 华）近日，我县42种图书入选好书榜。\n")
    assert page.furniture == [header, section.replace("　", " ")]
    assert [a.headline for a in page.articles] == [["我县42种图书入选“好书榜”"]]


@pytest.mark.parametrize("title, under", [("乡　愁", "□　林　溪"), ("蝶　变", "——茗澜老工业区转型发展纪实")])
def test_a_letter_spaced_title_over_its_writer_or_subtitle_under_the_page_line_stays_a_headline(title, under):
    page = banmian.rebuild(f"茗澜日报　2024年7月26日　星期五　第8版\n{title}\n{under}\n"
                           "　　离家二十年，故乡的样子在记忆里越来越模糊。\n　　每次回乡，我都要去井边站一站。\n")
    assert page.articles[0].headline[0] == title.replace("　", " ")


def test_a_two_character_headline_over_its_byline_under_the_headers_dated_line_stays_a_headline():
    page = banmian.rebuild("人民日报\n\n2026年5月18日 星期一 第20版\n\n看船\n\n本报记者 焦思雨\n\n清晨的码头，渔船陆续归港。\n")
    assert [a.headline for a in page.articles] == [["看船"]]


def test_a_long_mastheads_every_line_is_furniture_and_the_date_read_past_its_first_six():
    masthead = ["台州日报", "TAIZHOU RIBAO", "中共台州市委机关报", "国内统一连续出版物号：CN33-0034", "邮发代号：31-15", "总第12986期",
                "2024年1月19日", "星期五", "农历癸卯年腊月初九", "今日8版", "台州新闻网：www.taizhou.com.cn", "天目新闻客户端",
                "零售价：1元", "读者热线 96345", "天气 晴 3～12℃"]
    page = banmian.rebuild("\n".join(masthead) + "\n\n我市打出稳就业“组合拳”\n\n本报讯（记者 李 华）近日，我市出台稳就业措施。\n")
    assert page.furniture == masthead and (page.paper, page.date) == ("台州日报", "2024-01-19")
    assert [a.headline for a in page.articles] == [["我市打出稳就业“组合拳”"]]


def test_a_county_papers_name_over_its_name_in_capitals_and_its_flag_is_furniture():
    masthead = ["今日潜川", "JINRI QIANCHUAN", "中共潜川县委主办　潜川县融媒体中心出版", "内部资料　免费交流", "2025年5月20日　星期二"]
    page = banmian.rebuild("\n".join(masthead) + "\n\n全县小麦开镰收割\n\n本报讯（融媒记者 储文杰）5月19日，全县小麦开镰收割。\n")
    assert [a.headline for a in page.articles] == [["全县小麦开镰收割"]]
    assert page.furniture[:2] == ["今日潜川", "JINRI QIANCHUAN"]


def test_a_sections_name_under_the_date_over_the_papers_name_is_furniture():
    page = banmian.rebuild("4\n2025年6月20日　星期五\n消防救援\n神州应急管理报\n\n夏季火灾防控\n"
                           "全国开展电动自行车消防安全集中整治\n本报北京6月19日讯（记者 邢　昊）6月19日，国家消防救援局召开视频会议。\n")
    assert page.furniture[2:] == ["消防救援", "神州应急管理报"]
    assert [a.headline for a in page.articles] == [["夏季火灾防控", "全国开展电动自行车消防安全集中整治"]]


def test_a_supplements_name_over_its_county_papers_name_and_the_date_is_furniture():
    head = ["潜水流韵", "今日潜川", "2025年5月20日　星期二", "第4版　副刊"]
    page = banmian.rebuild("\n".join(head) + "\n\n麦黄时节\n◎ 汪立群\n　　小满一过，老家的麦子就黄了。\n")
    assert page.furniture[:2] == ["潜水流韵", "今日潜川"]
    assert [a.headline for a in page.articles] == [["麦黄时节"]]


@pytest.mark.parametrize("issuer", ["市气象台发布", "市气象台12月8日16时发布"])
def test_a_weather_box_titled_with_its_citys_name_and_signed_by_the_observatory_is_furniture(issuer):
    box = ["岱川天气", "今天：晴转多云　西南风2～3级　9℃～21℃", "明天：多云　北风3～4级　7℃～17℃", issuer]
    page = banmian.rebuild("停水通知\n\n因管道改造，10月19日部分区域停水。\n\n" + "\n".join(box)
                           + "\n\n本周部分蔬菜零售均价\n\n品名　本周均价　上周均价\n\n大白菜　0.85　0.96\n\n土豆　1.60　1.58\n")
    assert [a.headline for a in page.articles] == [["停水通知"], ["本周部分蔬菜零售均价"]]


def test_a_weather_box_titled_with_its_citys_name_and_its_fields_of_sky_and_wind_without_degrees_is_furniture():
    box = ["茗澜天气", "今天：多云转晴", "气温：9℃～23℃", "风向：东南风2级", "明天：晴　10℃～24℃"]
    page = banmian.rebuild("\n\n".join([*box, "中共茗澜市委五届十一次全会召开",
                                        "本报讯（记者 白 燕）12月22日，中共茗澜市委五届十一次全会召开。"]))
    assert page.furniture == [line.replace("　", " ") for line in box]
    assert page.articles[0].headline == ["中共茗澜市委五届十一次全会召开"]


def test_a_weather_boxs_line_of_wind_and_air_under_its_forecast_is_furniture():
    page = banmian.rebuild("第1版　要闻　总第2476期\n\n今日天气\n晴转多云　7℃～20℃\n西北风2～3级　空气质量：良\n\n县委常委会召开会议\n"
                           "　　本报讯（融媒记者　王晓璐）10月15日，县委书记李振东主持召开\n县委常委会会议。\n")
    assert page.furniture[-1] == "西北风2～3级 空气质量：良" and page.articles[0].headline == ["县委常委会召开会议"]


def test_a_headline_naming_the_weather_over_fields_of_the_sky_alone_stays_the_storys():
    page = banmian.rebuild("周末天气\n\n今天：晴转多云\n\n明天：多云有阵雨\n\n本报讯（记者　吕　洋）受副热带高压影响，我市高温天气持续。\n")
    assert page.furniture == [] and page.articles[0].headline == ["周末天气"]


def test_a_weather_box_among_the_stories_is_furniture():
    page = banmian.rebuild("暴雨灾害保险已赔付\n\n本报讯 近日，保险赔付完成。\n\n今日天气\n多云转阵雨 22℃～30℃\n东南风2～3级\n\n"
                           "全市快递业务量超6亿件\n\n本报讯 今年以来，全市快递业务量超6亿件。\n")
    assert page.furniture == ["今日天气", "多云转阵雨 22℃～30℃", "东南风2～3级"]
    assert [a.headline for a in page.articles] == [["暴雨灾害保险已赔付"], ["全市快递业务量超6亿件"]]


def test_a_masthead_makes_its_page_the_front_page_and_its_folio_read_out_between_columns_furniture():
    page = banmian.rebuild("台州日报\n国内统一连续出版物号：CN33-0034\n2024年1月19日 星期五\n\n我市打出稳就业“组合拳”\n\n"
                           "本报讯（记者 李 华）近日，对已取得住建、应急、市\n场监管中的任一部门颁发的电工、\n\n1\n\n"
                           "焊工相关职业资格证书的从业人\n员，在申请其他部门证书时。\n")
    assert page.page == 1 and page.furniture[-1] == "1"
    assert page.articles[0].paragraphs == ["本报讯（记者 李 华）近日，对已取得住建、应急、市场监管中的任一部门颁发的电工、"
                                           "焊工相关职业资格证书的从业人员，在申请其他部门证书时。"]


def test_a_headline_ending_in_wang_at_the_page_top_is_no_site_of_the_masthead():
    page = banmian.rebuild("城南镇新建污水管网\n\n本报讯（记者 王 军）近日，城南镇新建污水管网投入使用。\n")
    assert [a.headline for a in page.articles] == [["城南镇新建污水管网"]] and page.furniture == []


def test_an_index_boxs_items_with_their_page_in_brackets_are_furniture():
    assert [role_of(line) for line in ("乡村“村BA”开赛（3版）", "仙都景区迎来研学游热潮（A4版）", "春运首日客流平稳（A04）")] == [
        "furniture"] * 3
    assert role_of("（相关报道见第六版）") == "text"  # a cross-reference stays in its story
    assert role_of("200米亚洲少年（U18）") == "text"  # an age group, no section of the paper
    assert role_of("春运首日客流平稳（T04）") == "furniture"  # a section past H
    assert role_of("市委常委会召开会议（图）") == "text"


def test_an_index_box_printing_each_page_over_its_title_ends_on_its_last_title():
    from banmian import rebuild

    page = rebuild("东线北延调水任务完成\n\n本报讯（记者 杜 鹃）近日，调水任务完成。\n\n"
                   "导读\n3版\n乡村“村BA”开赛\n4版\n仙都景区迎来研学游热潮\n\n"
                   "县图书馆揭晓年度好书\n\n本报讯（通讯员 吕 丹）4月23日，县图书馆揭晓年度好书。\n")
    assert [a.headline for a in page.articles] == [["东线北延调水任务完成"], ["县图书馆揭晓年度好书"]]
    assert page.furniture == ["导读", "3版", "乡村“村BA”开赛", "4版", "仙都景区迎来研学游热潮"]


def test_an_index_boxs_pages_in_full_width_digits_are_furniture():
    page = banmian.rebuild("导　读\n\n◆我院获批省级区域医疗中心建设单位　２版\n\n◆杏林苑：父亲的听诊器　４版\n\n"
                           "我院机器人辅助手术突破一千例\n\n本报讯（记者　林雨桐）6月10日上午，我院机器人辅助手术总量突破一千例。\n")
    assert len(page.furniture) == 3 and [a.headline for a in page.articles] == [["我院机器人辅助手术突破一千例"]]


def test_a_places_weather_forecast_box_is_furniture():
    page = banmian.rebuild("彝绣订单“绣”出增收路\n\n近日，觉洛乡彝绣合作社接到一笔订单。\n\n俄洛天气预报\n\n"
                           "今天　多云转晴　3℃～14℃　北风2级\n\n明天　晴　2℃～15℃\n\n县气象局发布\n")
    assert page.furniture[0] == "俄洛天气预报" and len(page.articles) == 1


def test_a_masthead_in_latin_letters_with_an_apostrophe_and_an_index_of_bracketed_pages_are_furniture():
    page = banmian.rebuild("恒安保险报\n\nHENG'AN INSURANCE NEWS\n\n2023年6月15日　星期四\n\n导　读\n\n"
                           "● 健康险新规7月1日起施行（第二版）\n\n● 直击车险理赔：一名定损员的24小时（第五版）\n\n"
                           "让保险回归保障本源\n\n本报评论员\n\n保险姓“保”，这是行业发展的根本遵循。\n")
    assert len(page.furniture) == 6 and [a.headline for a in page.articles] == [["让保险回归保障本源"]]


def test_a_weather_box_over_its_unbracketed_days_and_its_tip_is_furniture():
    page = banmian.rebuild("主产区天气\n\n10月19日—21日\n\n东北：晴转多云　2℃～14℃\n\n黄淮：多云　9℃～21℃\n\n"
                           "提示：新粮入仓注意通风降温\n\n储粮技术问答\n\n问：新收获的玉米水分偏高，入仓前应如何处理？\n")
    assert len(page.furniture) == 5 and page.articles[0].headline == ["储粮技术问答"]


def test_three_units_and_names_in_a_row_are_a_list_not_signatures():
    lines = split_lines("一等奖获得者名单\n则普乡中心校　海来阿卓\n洛古乡中心校　吉克曲布\n城关镇中心校　王　丽\n")
    assert [unit.role for unit in classify(lines)][1:] == ["text", "text", "text"]


def test_a_public_service_ad_under_its_label_is_furniture():
    lines = split_lines("联系人：陈老师　联系电话：0576-85098765\n公益广告\n文明餐桌 光盘行动\n青溪市文明办 宣\n青溪市召开春耕工作会议\n")
    assert [unit.role for unit in classify(lines)] == ["text", "furniture", "furniture", "furniture", "text"]


@pytest.mark.parametrize("field", ["停水时间：8月15日（星期四）8:00—20:00", "停电线路：10千伏城北线", "地点：市美术馆一号、二号展厅",
                                   "题目：宋韵文化与当代生活", "主讲人：钱慕白", "单位：℃、毫米", "各位居民：",
                                   "今日值班记者：俞 佳"])
def test_a_notices_or_a_listings_field_is_no_headline(field):
    assert not headline(field)


@pytest.mark.parametrize("line, role", [
    ("内部资料 免费交流 苏内资准字（2024）第0117号", "furniture"), ("主办：中共临溪市委组织部 临溪日报社", "furniture"),
    ("主办：淮江钢铁集团有限公司党委 地址：淮江市钢城路1号 电话：0517-88881234", "furniture"),
    ("主办：市文化馆 承办：市图书馆", "text"),  # an event's hosts, in its listing
    ("主办：中共东湖街道工作委员会　东湖街道办事处", "furniture"), ("主办：人文学院　研究生院", "text"),
])
def test_a_company_or_office_papers_flag_and_sponsor_lines_are_furniture(line, role):
    assert role_of(line) == role


def test_a_county_papers_flag_lines_weather_sky_and_letter_spaced_section_are_furniture():
    page = banmian.rebuild("澄浦日报\n\n中共澄浦市委主管 澄浦市融媒体中心出版\n\n安澜市融媒体中心主办\n\n2024年4月16日 星期二\n\n"
                           "今日天气\n\n多云转小雨\n\n14℃～22℃\n\n拼经济 抓项目 优环境\n\n本报讯（记者 陈思远）4月15日，记者从市统计局获悉。\n")
    assert page.articles[0].headline == ["拼经济 抓项目 优环境"]
    assert {"中共澄浦市委主管 澄浦市融媒体中心出版", "安澜市融媒体中心主办", "多云转小雨"} <= set(page.furniture)


def test_a_letter_spaced_section_name_under_the_page_number_is_furniture():
    page = banmian.rebuild("2024年6月20日　星期四\n\n第4版\n\n乡　镇\n\n梅川日报\n\n\n老祠堂变身“共富工坊”\n\n"
                           "本报讯（记者 王 敏）6月19日，记者走进岭下村。\n")
    assert page.articles[0].headline == ["老祠堂变身“共富工坊”"]


def test_a_sections_four_character_group_dotted_to_its_page_under_the_page_number_is_furniture():
    page = banmian.rebuild("健康报\n\n2024年6月4日　星期二\n\n7\n\n健康促进·医院\n\n日间手术占比提升至36%\n\n"
                           "本报讯（记者 蒋慧琳）6月2日，在临澜市第一人民医院日间手术中心，患者办完出院手续。\n")
    assert page.articles[0].headline == ["日间手术占比提升至36%"]
    assert "健康促进·医院" in page.furniture


def test_an_email_line_under_a_call_for_contributions_is_the_calls_text():
    page = banmian.rebuild("城市记忆\n\n老城门下的杂货铺\n\n街角那家杂货铺，开了整整四十年。\n\n征稿启事\n\n"
                           "“城市记忆”栏目长期征集反映城市变迁的老照片和回忆文章。来稿请注明拍摄时间、地点。\n\n投稿邮箱：qxwbjy@163.com\n")
    assert page.articles[-1].paragraphs[-1] == "投稿邮箱：qxwbjy@163.com"


def test_the_page_editors_line_with_an_address_under_a_call_for_cases_stays_furniture():
    page = banmian.rebuild("征稿启事\n\n本版常年征集具有典型意义的案例稿件。请注明作者单位及联系方式。投稿邮箱：alxj@rmfyb.cn\n\n\n"
                           "责任编辑：贺　晴　　联系电话：(010)67550713　　电子信箱：alxj@rmfyb.cn\n")
    assert (len(page.articles[-1].paragraphs), page.furniture) == (1, ["责任编辑：贺 晴 联系电话：(010)67550713 电子信箱：alxj@rmfyb.cn"])


def test_an_email_line_under_a_call_printed_over_several_lines_is_the_calls_text():
    page = banmian.rebuild("征稿启事\n　　本版常年面向社会征集散文、\n诗歌、小小说、书画摄影作品。\n"
                           "　　来稿请注明真实姓名、通讯地\n址和联系电话，一稿多投者恕不采\n用。\n　　投稿邮箱：yszb_fk@163.com\n")
    assert page.articles[-1].paragraphs[-1] == "投稿邮箱：yszb_fk@163.com"


def test_a_kicker_under_a_section_taken_by_its_place_is_the_first_storys():
    page = banmian.rebuild("2024年4月18日　星期四\n\n农民日报　6\n\n农业科技\n\n春管一线\n\n麦田“一喷三防”　无人机唱主角\n\n"
                           "本报记者 马 原\n\n4月中旬，河南省滑县的麦田里，一架架植保无人机来回穿梭。\n")
    assert (page.furniture[-1], page.articles[0].headline) == ("农业科技", ["春管一线", "麦田“一喷三防” 无人机唱主角"])


def test_a_headline_on_a_change_of_weather_is_no_weather_box():
    page = banmian.rebuild("立冬将至　冷空气“组团”南下\n\n今明两天全省降温6℃～10℃\n\n"
                           "本报讯（记者 程雨萌）11月5日，记者从省气象台获悉，今明两天我省将出现一次明显降温过程。\n")
    assert page.articles[0].headline == ["立冬将至 冷空气“组团”南下", "今明两天全省降温6℃～10℃"] and page.furniture == []


def test_a_papers_own_name_for_its_editorial_under_the_header_kicks_the_editorial():
    units = classify(split_lines("东方财经日报\n评论\n2024年9月3日　星期二\nA11\n东财社论\n稳住制造业投资需要更多“长钱”\n"
                                 "8月份制造业采购经理指数为49.1%，仍处于收缩区间。"))
    assert [unit.role for unit in units][4:] == ["text", "text", "text"]


def test_a_compilers_note_supplying_the_pictures_is_the_pieces_text_an_archives_credit_is_a_credit():
    assert role_of("（李庆军整理并供图）") == "text"
    assert role_of("（市档案馆供图）") == "credit"


def test_a_diarys_day_and_sky_is_no_headline_line():
    assert not headline("6月2日\u3000大雨")
    assert not headline("3月5日 星期六 晴")
    assert headline("6月2日 大事记")


def test_the_pages_desk_phone_at_its_foot_is_furniture():
    page = banmian.rebuild("通信业上半年运行平稳\n\n电信业务收入同比增长2.9%。\n\n责任编辑：卓 然　版式：葛一凡\n\n本版电话：010-66262035\n")
    assert "本版电话：010-66262035" in page.furniture


def test_a_property_desks_hotline_at_the_pages_foot_is_furniture():
    page = banmian.rebuild("◆楼市快讯\n\n◆南湾新城一地块昨日挂牌出让。\n\n◆东港区新增两个保障房项目。\n\n房产热线：0598-96111转3\n")
    assert page.furniture == ["房产热线：0598-96111转3"]


@pytest.mark.parametrize("hotline, furniture", [("城建热线：0591-87653210", True), ("售楼热线：0532-88886666", False),
                                                ("服务热线：0576-86219000", False), ("经济新闻热线：0392-3316018", True),
                                                ("区县新闻热线：0328-2265136", True), ("评论热线：0554-6812345", True),
                                                ("公告刊登热线：0758-2216288 0758-2216299", True),
                                                ("启事刊登热线：0797-8123158", True),
                                                ("要闻热线：0530-8690110 传真：0530-8690119", True),
                                                ("文旅热线：0716-8806686 荆阳都市报客户端“文旅”频道", True)])
def test_a_desks_hotline_named_for_its_field_is_furniture_and_a_services_the_text_above(hotline, furniture):
    page = banmian.rebuild(f"●城建动态\n\n●滨江路人行道改造完工。\n\n●福湾路新增公交港湾4处。\n\n{hotline}\n")
    assert (hotline in page.furniture) is furniture


def test_a_supplements_name_letter_spaced_under_its_label_is_furniture():
    page = banmian.rebuild("陇川日报\n\n2025年4月16日　星期三\n\n第4版\n\n副刊\n\n崆　峒\n\n梨花满坡是故乡\n\n文/赵小梅\n\n"
                           "老家的后坡上，有一片老梨园。每年清明前后，梨花开得满坡雪白。\n")
    assert page.furniture[-2:] == ["副刊", "崆 峒"] and page.articles[0].headline == ["梨花满坡是故乡"]


def test_a_supplements_letter_spaced_name_under_the_date_under_its_label_is_furniture():
    page = banmian.rebuild("今日滏阳\n第4版　副刊\n2025年10月16日　星期四\n滏　水\n\n父亲的谷子地\n"
                           "　　立秋一过，父亲就坐不住了。\n　　他每天吃过早饭，便背着手往村北的\n谷子地里走。\n")
    assert page.furniture[-1] == "滏 水" and page.articles[0].headline == ["父亲的谷子地"]


def test_the_line_for_placing_notices_under_a_notices_contact_is_furniture():
    page = banmian.rebuild("寻人启事\n\n廖福生，男，78岁，岭口县上堡乡大坪岭村人，4月18日走失。\n\n如有知情者，请与其家属联系，必有重谢！\n\n"
                           "联系人：廖先生\n\n联系电话：13979702146\n\n启事刊登热线：0797-8123158\n\n遗失声明\n\n"
                           "●赣湄市湄江区客来香餐饮店遗失食品经营许可证正本，声明作废。\n")
    notice = page.articles[0]
    assert notice.paragraphs[-1] == "联系电话：13979702146" and page.furniture == ["启事刊登热线：0797-8123158"]


@pytest.mark.parametrize("banner", ["桐州市人大常委会办公室　桐州日报社　合办",
                                    "聚力招大引强　激活县域动能\n\n本版由中共青溪县委宣传部　青溪县投资促进中心协办"])
def test_a_special_pages_banner_and_who_shares_the_page_are_furniture(banner):
    page = banmian.rebuild(f"桐州日报\n\n2025年6月10日　星期二\n\n06\n\n人大视窗\n\n{banner}\n\n"
                           "桐州市人民代表大会常务委员会公告\n\n（第十二号）\n\n《桐州市电动自行车管理条例》已经通过，现予公布。\n")
    assert page.furniture[-1].startswith(("桐州市人大常委会办公室", "本版由"))
    assert page.articles[0].headline == ["桐州市人民代表大会常务委员会公告", "（第十二号）"]


def test_a_pages_call_for_tips_with_its_number_at_the_foot_is_furniture():
    page = banmian.rebuild("食客说\n\n“笋干烧肉配白米饭，能吃三大碗。”\n\n——网友“江边小厨”\n\n美食旅行线索征集：0578-2166188\n")
    assert page.furniture == ["美食旅行线索征集：0578-2166188"]


def test_a_hotline_over_a_boxs_next_field_is_the_boxs_text():
    page = banmian.rebuild("江城市青少年心理援助热线\n\n热线电话：0716-96525\n\n服务时间：每天8:00—22:00\n\n"
                           "如果你有烦恼，欢迎拨打热线，专业老师会耐心倾听。\n")
    assert "热线电话：0716-96525" not in page.furniture
    assert "热线电话：0716-96525" in page.articles[0].paragraphs


def test_the_papers_ear_calling_for_tips_is_furniture():
    page = banmian.rebuild("云城都市报\n\n2024.5.24　星期五\n\nA06　拍客·直击\n\n欢迎爆料\n\n新闻热线：96123\n\n"
                           "抖音/视频号：云城都市报\n\n一经采用　即付线索费\n\n电梯困人40分钟\n\n"
                           "本报讯（记者 林 立）5月22日晚，一小区电梯突发故障，4名居民被困。\n")
    assert page.furniture[-2:] == ["抖音/视频号：云城都市报", "一经采用 即付线索费"]
    assert page.articles[0].headline == ["电梯困人40分钟"]


def test_the_papers_account_with_its_id_between_a_hotline_and_a_box_is_furniture():
    page = banmian.rebuild("雨后路面湿滑，出行请注意安全。\n\n新闻热线：0797-8123110（24小时）\n\n微信公众号：赣湄晚报　gmwb0797\n\n"
                           "交警提醒\n\n雨季行车　这五点要记牢\n\n▲雨天行车要降低车速，与前车保持安全距离。\n")
    assert page.furniture[-1] == "微信公众号：赣湄晚报 gmwb0797"
    assert page.articles[-1].headline == ["交警提醒", "雨季行车 这五点要记牢"]


def test_a_weather_boxs_wind_and_air_quality_are_furniture_with_its_forecast():
    page = banmian.rebuild("今日天气\n\n多云转阴　5℃～13℃\n\n偏北风3～4级\n\n空气质量：良\n\n出行提示\n\n104国道大溪段半幅施工\n\n"
                           "本报讯（记者 何 川）12月11日起，104国道大溪段将实行半幅施工。\n")
    assert page.furniture[-2:] == ["偏北风3～4级", "空气质量：良"]
    assert page.articles[0].headline == ["出行提示", "104国道大溪段半幅施工"]


def test_a_service_pages_box_of_numbers_is_furniture():
    page = banmian.rebuild("失物招领\n\n12月8日，市民在15路公交车上拾到黑色钱包一个，请失主与公交公司联系。\n\n"
                           "便民电话\n\n市民热线　12345\n\n供水报修　0576-86219000\n\n供电服务　95598\n")
    assert page.furniture == ["便民电话", "市民热线 12345", "供水报修 0576-86219000", "供电服务 95598"]
    assert len(page.articles) == 1


@pytest.mark.parametrize("gap_above, gap_below, kicks", [("\n", "\n\n", False), ("\n\n", "\n", True)])
def test_a_dotted_word_under_the_page_line_kicks_the_title_it_is_set_nearer_than_the_header(gap_above, gap_below, kicks):
    text = (f"南岭日报\n2025年10月21日　星期二\n第7版　农业农村{gap_above}乡村振兴·一线见闻{gap_below}一颗红薯“链”起一村富\n"
            "本报记者　罗晓岚\n　　霜降将至，岭南县石门镇樟坑村的红薯地里一派繁忙。\n")
    page = banmian.rebuild(text)
    assert (page.articles[0].headline[0] == "乡村振兴·一线见闻") is kicks
    assert ("乡村振兴·一线见闻" in page.furniture) is not kicks


def test_the_screen_for_plain_lines_holds_the_tables_of_the_tests_it_spares():
    """role_of answers text without its tests for a line that shows none of the characters they ask for: the screen's
    tables must hold theirs."""
    from banmian.rebuild import patterns, roles
    for table in (patterns.JUMP_STARTS, patterns._EDITOR_LINE_OPENERS, patterns._EAR_OPENERS,
                  patterns._CREDIT_START_CHARACTERS, patterns._PICTURE_SOURCE_STARTS, patterns.AUTHOR_MARKS,
                  {start[0] for start in patterns._SOURCE_STARTS}):
        assert set(table) <= roles._SHOWS_FIRST
    assert patterns._CREDIT_END_CHARACTERS <= roles._SHOWS_LAST
    for word in (*patterns._ROLE_WORDS, "编译", "摘编", "文"):  # BYLINE_START's words: one character of each will do
        assert roles._SHOWS_ANYWHERE.search(word), word
    assert all(roles._SHOWS_ANYWHERE.match(character) for character in patterns._FLAG_HINT.pattern.strip("[]"))


def test_a_line_the_screen_passes_is_text_to_every_test():
    from pathlib import Path

    from banmian.rebuild import roles
    examples = Path(__file__).resolve().parents[2] / "examples"
    lines = [line.text for path in sorted(examples.glob("*.txt")) for line in split_lines(path.read_text("utf-8"))]
    lines += ["会议充分肯定过去一年台州市纪检", "市第一中学 680人", "记者 周学军 摄", "温 岭 日 报", "RENMIN RIBAO",
              "2024年1月23日 星期二", "新华社北京1月18日电", "图/受访者提供", "◎ 陈 默", "指导老师 周丽君"]
    assert any(roles._shows_no_role(text) for text in lines)
    for text in lines:
        if roles._shows_no_role(text):
            assert roles._role_shown(text) == "text", text
        else:
            assert role_of(text) == roles._role_shown(text)


def test_a_writers_unit_and_name_signs_the_essay_though_set_indented_where_paragraphs_open_so():
    text = ("职工心声\n站台上的“烤”验\n　　入伏以后，淮州东站的站台成了一\n块“铁板”，地表温度超过五十度。\n"
            "　　很多人问我，这份工作累不累。累是\n真的累，可看到旅客平安回家，我就觉得\n值。\n"
            "　　淮州东站客运车间　苏晓禾\n\n强降雨来袭 工务职工冒雨巡查\n"
            "　　本报讯（通讯员 程嘉乐）7月20日夜\n间，桐岭地区突降暴雨。\n")
    essay = banmian.rebuild(text).articles[0]
    assert essay.paragraphs[-1].endswith("就觉得值。")
    assert essay.byline.text == ["淮州东站客运车间 苏晓禾"] and essay.byline.reporters == ["苏晓禾"]


@pytest.mark.parametrize("gaps", ["\n\n\n", "\n\n"])
def test_a_weeklys_issue_line_is_the_header_and_a_dotted_kicker_set_nearer_its_title_kicks_the_story(gaps):
    page = banmian.rebuild(f"澄溪日报\n乡村振兴周刊　第38期\n2025年10月16日　星期四　第7版{gaps}产业兴旺·看澄溪\n"
                           "一颗“云岭柿”　串起富民链\n——云岭县花桥镇柿子产业全链条年产值突破3亿元\n"
                           "本报讯（记者 陈　澍）10月13日清晨，云岭县花桥镇上坪村的山坡上，一树树柿子红得像挂满了小灯笼。\n")
    assert page.furniture == ["澄溪日报", "乡村振兴周刊 第38期", "2025年10月16日 星期四 第7版"]
    assert page.articles[0].headline[0] == "产业兴旺·看澄溪"


def test_a_speakers_unit_and_name_over_the_next_columns_speech_is_no_signature():
    text = ("优化营商环境座谈会发言摘登\n　　市发改委　王建国\n　　今年以来，我们聚焦企业反映强烈的\n堵点难点问题，推出了20条具体措施。\n"
            "　　下一步，我们将持续深化“放管服”改\n革，为企业发展创造更好环境。\n　　市市场监管局　李秀英\n\n"
            "　　我们把“高效办成一件事”作为优化营\n商环境的重要抓手，企业开办时间压缩至\n0.5个工作日。\n")
    [page] = banmian.rebuild(text).articles
    assert "市市场监管局 李秀英" in page.paragraphs and page.byline.text == []


def test_a_papers_own_dotted_page_name_nearer_the_title_stays_the_pages():
    page = banmian.rebuild("东湖晚报\n2025年10月16日　星期四　第A7版\n\n\n东湖晚报·美食\n\n秋风起　蟹脚痒\n"
                           "本报讯（记者 陈　澍）10月13日清晨，阳澄湖畔的蟹农们早早开船出湖。\n")
    assert page.furniture[-1] == "东湖晚报·美食" and page.articles[0].headline == ["秋风起 蟹脚痒"]


def test_a_company_branchs_speaker_is_no_bureau_credit():
    text = ("优化营商环境座谈会发言摘登\n\n中国国旅澄溪分社 王建国\n\n今年以来，我们聚焦企业反映强烈的堵点难点问题，推出了20条具体措施。\n\n"
            "平安保险澄溪分社 李秀英\n\n我们把“高效办成一件事”作为优化营商环境的重要抓手，理赔时间压缩至1个工作日。\n")
    assert "平安保险澄溪分社 李秀英" in banmian.rebuild(text).articles[0].paragraphs


def test_a_marked_weather_box_and_the_forecasts_issuer_are_furniture():
    page = banmian.rebuild("\n\n".join(["◆热线回音", "市民来电：和平路口的红绿灯时长太短。", "回复：交警支队已将行人绿灯时间延长至35秒。",
                                        "■天气预报", "今天：多云转晴　西北风3～4级　-3℃～6℃", "明天：晴　北风2～3级　-4℃～5℃",
                                        "滹阳市气象台发布"]))
    assert page.furniture == ["■天气预报", "今天：多云转晴 西北风3～4级 -3℃～6℃", "明天：晴 北风2～3级 -4℃～5℃", "滹阳市气象台发布"]
    assert [len(a.paragraphs) for a in page.articles] == [2]


def test_a_markets_pages_disclaimer_labelled_as_one_is_furniture():
    assert role_of("免责声明：本版所载信息仅供参考，不构成投资建议。据此操作，风险自担。") == "furniture"


@pytest.mark.parametrize("head", ["今日丹岭　民族文化·旅游\n\n2025年11月18日　星期二　第3版\n",
                                  "稷川农民报\n\n三农·市场\n\n2025年11月21日　星期五\n\n第3版\n\n责任编辑：胡振华　美编：邱　爽\n"])
def test_the_papers_name_beside_or_over_its_pages_section_at_the_top_is_the_header(head):
    page = banmian.rebuild(head + "\n非遗新传\n\n侗族大歌：从鼓楼唱进课堂\n\n本报讯（融媒记者 吴小雅）11月15日晚，高秀侗寨的鼓楼里歌声不断。\n")
    assert page.articles[0].headline == ["非遗新传", "侗族大歌：从鼓楼唱进课堂"]
    assert page.furniture[0] in ("今日丹岭 民族文化·旅游", "稷川农民报")


def test_a_county_papers_name_over_its_section_over_the_dated_page_is_the_header():
    page = banmian.rebuild("今日丹岭\n\n民族文化\n\n2025年11月18日　星期二　第3版\n\n非遗新传\n\n侗族大歌唱进课堂\n\n"
                           "本报讯（融媒记者 吴小雅）11月15日晚，高秀侗寨的鼓楼里歌声不断。\n")
    assert page.furniture[:2] == ["今日丹岭", "民族文化"] and page.articles[0].headline == ["非遗新传", "侗族大歌唱进课堂"]


@pytest.mark.parametrize("head", ["健　康\n\n桑榆老年报\n\n2025年3月20日　星期四　第6版\n",
                                  "以案说法\n\n2025年6月17日　星期二\n\n衡岳法治报　第5版\n"])
def test_a_pages_name_over_the_papers_name_or_a_column_over_the_dated_line_is_the_header(head):
    page = banmian.rebuild(head + "\n春季健康\n\n倒春寒来袭 血压为何“坐过山车”\n\n本报记者　姚　琳\n\n"
                           "进入三月，气温忽高忽低，不少老年读者来电反映，自己的血压也跟着“上蹿下跳”。\n")
    assert page.furniture[0] in ("健 康", "以案说法") and page.articles[0].headline[0] == "春季健康"


def test_the_papers_other_language_editions_at_the_top_are_the_masthead():
    page = banmian.rebuild("库木塔勒日报\n\n本报同时出版维吾尔文版、哈萨克文版\n\n2025年10月23日　星期四\n\n"
                           "全市四季度重点工作推进会召开\n\n本报讯（记者 吴晓雯）10月22日，全市四季度重点工作推进会召开。\n")
    assert "本报同时出版维吾尔文版、哈萨克文版" in page.furniture
    assert page.articles[0].headline == ["全市四季度重点工作推进会召开"]


def test_a_health_pages_disclaimer_is_furniture():
    assert role_of("温馨提示：本版内容仅供参考，具体诊疗请遵医嘱") == "furniture"


def test_a_tv_guides_dated_line_with_the_week_it_covers_is_the_header():
    page = banmian.rebuild("澜州广播电视报\n\n2025年1月20日　本周（1月20日—1月26日）\n\n第8版\n\n节目导视\n\n"
                           "《年味澜州》：镜头里的家乡年\n\n本报讯（记者 郑雯）节目组走访了全市12个乡镇的40多户人家，记录下打年糕、写春联等年俗场景。\n\n"
                           "节目共7集，每集25分钟，澜州新闻客户端同步上线。\n")
    assert page.date == "2025-01-20" and page.page == 8
    assert page.articles[0].headline == ["《年味澜州》：镜头里的家乡年"]


@pytest.mark.parametrize("head, first", [("锦城晚报\nA08\n文娱\n2025年10月22日　星期三\n\n影评\n", "影评"),
                                         ("理　论\n第9版\n2025年3月17日　星期一\n华章日报\n\n编者按\n", "编者按")])
def test_a_word_under_a_header_that_named_its_section_alone_opens_the_first_piece(head, first):
    page = banmian.rebuild(head + "《雾城旧事》：在雾气里打捞一座城的温度\n文/林　溪\n"
                           "　　电影开场是一个长镜头：清晨的江面上雾气未散，轮渡的汽笛声由远及近。\n")
    assert page.articles[0].headline[0] == first


def test_the_air_quality_and_the_days_advice_under_a_forecast_are_the_weather_boxs():
    page = banmian.rebuild("今日天气\n\n阴转小雨　14℃～19℃　北风1～2级\n\n明日　小雨转阴　13℃～18℃\n\n"
                           "空气质量：良　　穿衣提示：早晚较凉，宜添外套\n\n天府绿道“金秋骑行季”启幕\n\n"
                           "本报讯（记者 罗晓川）10月21日，天府绿道“金秋骑行季”在锦城湖畔启幕。\n")
    assert "空气质量：良 穿衣提示：早晚较凉，宜添外套" in page.furniture
    assert page.articles[0].headline == ["天府绿道“金秋骑行季”启幕"]


def test_an_almanac_box_is_furniture_and_its_rows_elsewhere_are_text():
    units = classify(split_lines("老黄历\n2025年10月22日　农历乙巳年九月初二\n宜：出行　会友　纳财　修造\n忌：动土　安葬\n"))
    assert [unit.role for unit in units] == ["furniture"] * 4
    assert role_of("宜：萝卜　山药　枸杞") == "text"  # a recipe's 宜/忌 under no almanac


def test_a_dotted_kicker_under_a_header_that_named_its_news_section_kicks_the_first_story():
    page = banmian.rebuild("A05\n\n成都新闻\n\n2025年10月22日　星期三　责任编辑：周　扬\n\n城事·城市更新\n\n"
                           "玉林片区12条背街小巷完成“微更新”\n\n本报讯（记者 罗晓川）记者昨日从武侯区获悉，玉林片区12条背街小巷完成改造。\n")
    assert page.articles[0].headline == ["城事·城市更新", "玉林片区12条背街小巷完成“微更新”"]


def test_a_county_papers_name_under_its_dated_page_line_is_furniture():
    page = banmian.rebuild("民　生\n\n2025年7月22日　星期二　第3版\n\n今日澄阳\n\n老旧小区“旧貌换新颜”\n\n"
                           "——我县今年改造老旧小区23个\n\n本报讯（融媒记者　陆明辉）7月20日傍晚，家住澄阳县城厢镇的韦大爷在广场上下棋。\n")
    assert "今日澄阳" in page.furniture and page.articles[0].headline[0] == "老旧小区“旧貌换新颜”"


def test_a_today_kicker_under_the_dated_page_line_heads_the_first_story():
    page = banmian.rebuild("要　闻\n\n2025年8月7日　星期四　第2版\n\n今日立秋\n\n暑热未消　秋意渐近\n\n"
                           "本报讯（记者　陈　敏）今天是立秋节气，气象部门提醒，暑热仍将持续一段时间。\n")
    assert page.articles[0].headline == ["今日立秋", "暑热未消 秋意渐近"]


def test_a_columns_name_under_a_header_that_names_the_paper_heads_its_piece():
    page = banmian.rebuild("嘉兴日报　2024年5月17日　星期五　第12版　文体·荧屏\n\n今日荧屏\n\n中央电视台综合频道\n\n"
                           "07:00　朝闻天下\n\n09:25　电视剧：山海同心（15、16）\n\n12:00　新闻30分\n")
    assert page.articles[0].headline == ["今日荧屏"]


def test_a_forecasts_days_under_the_pages_bare_weather_label_are_furniture_with_it():
    page = banmian.rebuild("高温天气　这些食物要当心\n\n本报讯（通讯员　梁静怡）近期持续高温，食品容易腐败变质。\n\n天气预报\n\n"
                           "7月22日　雷阵雨　24℃～32℃　东南风2～3级\n\n7月23日　中到大雨　24℃～30℃　东南风3级\n\n"
                           "县气象台7月21日16时发布\n")
    (story,) = page.articles
    assert story.paragraphs == ["本报讯（通讯员 梁静怡）近期持续高温，食品容易腐败变质。"]
    assert page.furniture[:2] == ["天气预报", "7月22日 雷阵雨 24℃～32℃ 东南风2～3级"]


def test_an_index_box_printing_each_page_before_its_title_is_furniture_down_to_its_last_item():
    page = banmian.rebuild("会议还研究了其他事项。\n\n导　读\n\n▶2版　第一书记的“蚕房账本”\n\n▶3版　暑期防溺水　这六条要记牢\n\n"
                           "▶4版　外婆的蓝靛缸\n\n抢晴好天气　收割早稻忙\n\n7月20日，在城厢镇渌定村，农机手驾驶收割机抢收早稻。\n\n"
                           "融媒记者　农海鹰　摄\n")
    assert page.furniture[-1] == "▶4版 外婆的蓝靛缸" and page.articles[-1].headline == ["抢晴好天气 收割早稻忙"]


@pytest.mark.parametrize("label", ["小记者快讯", "记者快讯", "记者动态"])
def test_a_box_of_reporters_briefs_is_labelled_not_signed(label):
    text = (f"{label}\n\n●4月11日，育才小学举行春季运动会，张一鸣打破了校纪录。（小记者　杨可欣）\n\n"
            "●4月14日，云溪镇中心小学的同学们来到镇敬老院表演节目。（小记者　陈思远）\n")
    (box,) = banmian.rebuild(text).articles
    assert box.headline == [label] and len(box.paragraphs) == 2


def test_a_service_box_of_numbers_labelled_bianmin_fuwu_is_furniture():
    page = banmian.rebuild("不让孩子单独外出玩水。\n\n便民服务\n\n政务服务便民热线　12345\n\n县人民医院急诊　0778-7821120\n\n"
                           "县供电公司抢修　95598\n\n招聘信息\n\n广西澄阳金蔗糖业有限公司\n\n岗位：机修工、电工\n\n人数：12人\n")
    assert page.furniture == ["便民服务", "政务服务便民热线 12345", "县人民医院急诊 0778-7821120", "县供电公司抢修 95598"]


def test_a_standing_hotline_under_a_pieces_credit_is_furniture_but_a_notices_contact_field_is_text():
    page = banmian.rebuild("5月8日，税务局青年志愿者走进南湖小学，为孩子们上了一堂税法课。\n\n通讯员 汪洋 摄\n\n"
                           "纳税缴费服务热线：12366\n\n涉税举报电话：0716-85263120\n\n政策速递\n\n■个人养老金可享税前扣除\n")
    assert page.furniture == ["纳税缴费服务热线：12366", "涉税举报电话：0716-85263120"]
    notice = banmian.rebuild("停电通知\n\n因线路检修，4月18日8:00至17:00城东片区停电。请用户做好安全防范。\n\n"
                             "供电服务热线：95598\n\n国网雁溪市供电公司\n\n2025年4月16日\n").articles[0]
    assert "供电服务热线：95598" in notice.paragraphs


def test_a_forecasts_days_with_weekdays_under_the_bare_weather_label_are_all_furniture():
    page = banmian.rebuild("天气预报\n\n11月19日　星期三　小雪转多云　-3℃～2℃\n\n11月20日　星期四　晴　-5℃～3℃\n\n"
                           "11月21日　星期五　多云　-4℃～4℃\n\n全市供暖今日启动\n\n本报讯（记者 陈　晨）今日起全市正式供暖。\n")
    assert len(page.furniture) == 4 and [a.headline for a in page.articles] == [["全市供暖今日启动"]]


@pytest.mark.parametrize("piece", [
    "停水通知\n\n因供水管网改造施工，5月18日8:00至20:00，城东片区停水，请用户提前储水。\n\n供水服务热线：0576-86219000\n\n",
    "警惕“冒充客服”新型诈骗\n\n本报讯（记者 黄　蕾）近期，我市发生多起冒充电商客服实施诈骗的案件。\n\n"
    "市民如接到可疑电话，可拨打下面的电话咨询。\n\n反诈咨询热线：96110\n\n",
    "海鲜大酒店开业酬宾\n\n本店即日起推出开业特惠套餐，欢迎新老顾客光临品尝。\n\n订餐热线：0576-86888888\n\n",
])
def test_a_notices_an_adverts_or_a_storys_own_number_stays_its_text(piece):
    page = banmian.rebuild(piece + "市区新增3条公交线路\n\n本报讯（记者 唐　悦）5月20日起，市区新开通K5、K6、K7三条公交线路。\n")
    assert page.furniture == [] and len(page.articles) == 2


def test_a_profiles_title_naming_a_worker_is_no_readers_signature():
    text = ("港口货物吞吐量创新高\n\n本报讯（记者 王　磊）今年前三季度，我市港口完成货物吞吐量4.2亿吨。\n\n集装箱吞吐量增长明显。\n\n"
            "码头桥吊工人　竺士杰\n\n本报记者　陈　敏\n\n在宁波舟山港穿山港区，竺士杰坐在离地40多米高的桥吊驾驶室里。\n")
    assert banmian.rebuild(text).articles[1].headline == ["码头桥吊工人 竺士杰"]


@pytest.mark.parametrize("box", [["侨胞服务热线", "市侨联：0750-3282116", "侨界法律服务站：0750-2213669"],
                                 ["本报法律服务热线", "0710-3561348（工作日9:00—17:00）"],
                                 ["茗澜日报民生热线", "电话：2126688（工作日9:00—17:30）", "微信公众号：茗澜日报民生帮办"]])
def test_a_box_of_a_hotlines_numbers_under_its_name_is_furniture(box):
    page = banmian.rebuild("\n\n".join(["本报将持续关注此事进展。", *box, "出行信息", "D8762　茗澜—昆明南　07:38开"]))
    assert page.furniture == [line.replace("　", " ") for line in box]


@pytest.mark.parametrize("box", [["售楼热线", "028-86661888"], ["全国服务热线", "400-889-9315"],
                                 ["报名热线", "王老师：13880012345", "李老师：13980012345"], ["信访举报热线", "12388", "028-86612388"]])
def test_an_adverts_or_a_storys_own_hotline_is_no_furniture(box):
    page = banmian.rebuild("\n\n".join(["锦江区青少年宫暑期班招生", "本报讯（记者 罗 兰）锦江区青少年宫暑期班开始报名。", *box]))
    assert page.furniture == []


def test_a_service_hotline_over_its_fields_is_a_piece_not_furniture():
    page = banmian.rebuild("\n\n".join(["江城市青少年心理援助热线", "热线电话：0716-96525", "服务时间：每天8:00—22:00",
                                        "服务对象：全市中小学生及家长"]))
    assert page.furniture == [] and page.articles[0].headline == ["江城市青少年心理援助热线"]


def test_a_bianmin_fuwu_label_over_counts_is_no_phone_box():
    text = ("老年食堂开到家门口\n\n本报讯（记者 许　婷）10月12日，城西街道第3家老年食堂开张。\n\n便民服务\n\n城西社区　126\n\n"
            "横湖社区　108\n\n太平社区　97\n\n注：以上为今年1—9月各社区开展便民服务人次。\n")
    assert banmian.rebuild(text).furniture == []


def test_lawyers_listed_one_a_line_in_a_notice_are_its_text():
    text = ("免费法律咨询活动公告\n\n为弘扬法治精神，市律师协会定于3月15日上午9时在市民广场举办免费法律咨询活动，届时将有以下律师到场解答：\n\n"
            "律师　张　伟（浙江大成律师事务所）\n\n律师　李秀英（浙江金道律师事务所）\n\n欢迎广大市民前来咨询。\n\n温岭市律师协会\n\n2025年3月10日\n")
    (notice,) = banmian.rebuild(text).articles
    assert notice.byline.people() == [] and len(notice.paragraphs) == 6


def test_an_artworks_maker_credited_as_its_author_under_its_caption_made_the_picture():
    artwork = "泖河春涨（中国画）\n\n画家以泼墨写泖河两岸春水初涨、柳色新绿，画面清润。\n\n作者　沈德昌\n\n泖河谣\n\n俞建平\n\n泖河的水\n\n绕过了外婆的桥\n"
    picture, poem = banmian.rebuild(artwork).articles
    assert (picture.kind, picture.byline.photographers, picture.byline.text) == ("photo", ["沈德昌"], ["作者 沈德昌"])
    assert poem.headline == ["泖河谣"]
    work = banmian.rebuild("　　书法　行书刘禹锡《秋词》\n作者　赵砚农\n\n娘的腌菜缸\n文/李晓梅\n　　入冬以后，娘总要腌一缸菜。\n").articles[0]
    assert (work.kind, work.byline.photographers) == ("photo", ["赵砚农"])


@pytest.mark.parametrize("title", ["老屋", "秋日登高"])
def test_an_author_line_under_an_essays_or_a_poems_title_names_its_writer(title):
    text = f"{title}\n\n作者　王德明\n\n老屋在村子的东头，是爷爷年轻时盖的。\n\n如今老屋已经空了很多年。\n\n外婆的蒲扇\n\n作者　李秀兰\n\n外婆有一把蒲扇。\n"
    first, second = banmian.rebuild(text).articles
    assert (first.kind, first.byline.reporters, second.headline, second.byline.reporters) == (
        "article", ["王德明"], ["外婆的蒲扇"], ["李秀兰"])


def test_rows_of_numbers_under_a_pieces_last_sentence_are_the_pages_standing_box():
    page = banmian.rebuild("\n\n".join([
        "柜员小覃的“暖心本”", "今年，覃雪梅被评为全市邮政系统“服务之星”。",
        "邮政客服热线：11183　11185", "邮储银行客服热线：95580", "网点转型　服务升级",
        "本报讯（通讯员　黎　明）今年以来，市分公司完成42个网点改造。"]))
    assert page.furniture == ["邮政客服热线：11183 11185", "邮储银行客服热线：95580"]
    assert len(page.articles) == 2 and page.articles[0].paragraphs == ["今年，覃雪梅被评为全市邮政系统“服务之星”。"]


def test_a_notices_numbers_under_its_last_sentence_stay_in_the_notice():
    page = banmian.rebuild("\n\n".join([
        "停水通知", "因管网改造，4月20日8时至18时城东片区停止供水，请用户提前储水。",
        "报修电话：0576-86219000", "客服热线：96390"]))
    assert not page.furniture and page.articles[0].paragraphs[-1] == "客服热线：96390"


def test_an_offices_paper_names_its_sponsor_in_its_header():
    page = banmian.rebuild("\n\n".join(["沅澧审计报", "沅澧市审计局主办", "2025年6月10日　星期二", "第3版　审计·实务",
                                        "审计整改“下半篇文章”做实做细",
                                        "本报讯（记者　覃雅琴）今年以来，全市审计机关推动整改问题金额28.63亿元。"]))
    assert "沅澧市审计局主办" in page.furniture and page.articles[0].headline == ["审计整改“下半篇文章”做实做细"]


@pytest.mark.parametrize("sponsor", ["沅澧市审计局主办", "主办：雁北市林业和草原局"])
def test_an_offices_paper_names_its_sponsor_in_its_header_before_or_after_the_word(sponsor):
    page = banmian.rebuild("\n\n".join(["沅澧审计报", "2025年6月10日　星期二　第3版", sponsor, "审计整改“下半篇文章”做实做细",
                                        "本报讯（记者　覃雅琴）今年以来，全市审计机关推动整改问题金额28.63亿元。"]))
    assert sponsor in page.furniture and page.articles[0].headline == ["审计整改“下半篇文章”做实做细"]


@pytest.mark.parametrize("masthead, sponsor", [("渠江消防救援", "渠江市消防救援支队主办"), ("汝颍供销合作报", "汝颍市供销合作社联合社主办")])
def test_a_trade_papers_name_over_its_dated_line_and_its_sponsor_under_the_page_are_its_header(masthead, sponsor):
    page = banmian.rebuild("\n\n".join([masthead, "2025年7月9日　星期三", "第2版　队伍·一线", sponsor, "全市消防救援队伍夏季练兵比武落幕",
                                        "本报讯（通讯员　蒲晓玲）7月5日，全市消防救援队伍夏季练兵比武落下帷幕。"]))
    assert page.furniture[0] == masthead and sponsor in page.furniture
    assert page.articles[0].headline == ["全市消防救援队伍夏季练兵比武落幕"]


def test_a_company_papers_sponsor_line_noting_it_is_for_internal_use_keeps_the_masthead_beside_it_in_the_header():
    page = banmian.rebuild("\n\n".join(["沧浦港口报", "沧浦港口集团有限公司主办　内部资料　免费交流", "2024年11月20日　星期三",
                                        "第2版　码头·生产", "稳增长　冲刺四季度", "本报讯（通讯员 黄海宁）11月15日，从集团生产业务部传来消息。"]))
    assert (page.paper, page.articles[0].headline) == ("沧浦港口报", ["稳增长 冲刺四季度"]) and len(page.furniture) == 4


@pytest.mark.parametrize("line", ["森林草原火情报警电话：12119", "路况服务热线：12122　　集团客服热线：0731-84896666",
                                  "气象服务热线：12121　预警信息请关注“彭蠡气象”微信公众号",
                                  "港区天气：11月21日　多云转晴　东北风4～5级　17℃～24℃"])
def test_a_standing_hotline_or_weather_line_under_a_briefs_source_is_furniture(line):
    page = banmian.rebuild("\n\n".join(["●林草动态", "●日前，南梁林场启动松材线虫病春季普查，对场内松林开展踏查取样。（南梁林场）",
                                        line, "苗圃育苗忙", "本报讯（记者　张　瑞）眼下，全市各苗圃进入育苗高峰。"]))
    assert page.furniture == [" ".join(line.split())] and page.articles[-1].headline == ["苗圃育苗忙"]


def test_a_makers_line_under_a_calligraphy_works_script_and_text_credits_the_work():
    page = banmian.rebuild("\n\n".join([
        "母亲的大米饭", "苇塘县　孙立红", "苇塘的大米好吃，这是出了名的。可在我心里，最好吃的大米饭，是母亲用大铁锅焖出来的。",
        "饭焖出来，果然有点软，锅巴也糊了一块。母亲却吃了满满一碗，说：“是这个味儿。”", "行书　杜甫《春夜喜雨》", "作者　于振和",
        "搪瓷缸", "家里的碗柜顶上，一直放着一只白色的搪瓷缸子。", "这是父亲的奖品。", "刘长胜"]))
    essay, work, _ = page.articles
    assert work.kind == "photo" and work.byline.photographers == ["于振和"] and len(essay.paragraphs) == 2


def test_rows_of_places_and_figures_under_a_sentence_stay_the_storys_text():
    page = banmian.rebuild("\n\n".join([
        "全市新春健步走报名火爆", "本报讯（记者　金晶）1月20日，全市新春健步走活动报名截止。其中，报名人数最多的三个街道如下。",
        "太平街道　1523", "城东街道　1208", "城西街道　987"]))
    assert not page.furniture and len(page.articles[0].paragraphs) == 4


@pytest.mark.parametrize("label, issuer", [("峪川天气", "县气象局发布"), ("勐畔天气", "勐畔县气象台发布"), ("本周天气", "湟川市气象台 10月21日17时发布")])
def test_a_places_or_a_weeks_forecast_box_of_days_is_furniture_with_its_issuer(label, issuer):
    page = banmian.rebuild("\n\n".join(["全县重点人群签约率达到82.6%。", label, "4月9日　多云转晴　4℃～18℃　西北风3～4级",
                                        "4月10日　晴　6℃～20℃　南风2～3级", issuer, "遗失声明", "马国强不慎遗失高中毕业证书，声明作废。"]))
    assert page.furniture == [label, "4月9日 多云转晴 4℃～18℃ 西北风3～4级", "4月10日 晴 6℃～20℃ 南风2～3级", issuer]
    assert [a.headline for a in page.articles] == [[], ["遗失声明"]]


def test_a_duty_rosters_rows_of_depots_and_names_under_their_column_heads_are_its_text():
    page = banmian.rebuild("\n\n".join(["国庆假期粮油供应值班安排", "为保障国庆假期粮油市场供应，市粮食和物资储备局安排干部职工轮流值班。值班安排如下：",
                                        "值班单位　值班负责人", "中心粮库　王　强", "东郊粮库　李　红", "值班电话：0817-2223456"]))
    (notice,) = page.articles
    assert notice.byline.reporters == [] and "中心粮库 王 强" in notice.paragraphs


@pytest.mark.parametrize("above, line", [
    ("●5月18日，东湖社区开展义诊活动。需要预约的老人可拨打社区电话。（东湖社区）", "东湖社区服务电话：0576-86112233"),
    ("报名时间为6月10日至20日。", "咨询热线：0576-86551234　报名电话：0576-86551235")])
def test_a_number_the_text_points_to_or_a_pair_of_contact_fields_stays_the_storys(above, line):
    page = banmian.rebuild("\n\n".join(["社区动态", above, line]))
    assert page.furniture == [] and page.articles[0].paragraphs[-1] == " ".join(line.split())


def test_a_headline_on_the_weather_with_one_temperature_is_no_weather_line():
    page = banmian.rebuild("\n\n".join(["国庆天气：晴好为主 最高气温28℃", "本报讯（记者　韩　冰）记者从市气象台获悉，国庆假期我市以晴到多云天气为主。"]))
    assert page.furniture == [] and page.articles[0].headline == ["国庆天气：晴好为主 最高气温28℃"]


def test_an_events_sponsor_over_its_organiser_at_the_pages_top_is_no_papers_flag():
    page = banmian.rebuild("\n\n".join(["主办：雁北市文化和旅游局", "承办：雁北市群众艺术馆", "2025“百姓大舞台”广场文艺展演",
                                        "为丰富群众精神文化生活，市文化和旅游局将在人民广场举办广场文艺展演。"]))
    assert "主办：雁北市文化和旅游局" not in page.furniture


def test_a_call_to_ring_a_service_number_under_a_photos_credit_is_furniture():
    page = banmian.rebuild("\n\n".join(["水域救援", "消防员在江面开展救援拉练。", "通讯员　蒲　俊　摄", "发现火情　请拨打119",
                                        "支队开展水域救援实战拉练", "本报讯（通讯员　蒲　俊）7月5日，支队在江面开展水域救援实战拉练。"]))
    assert page.furniture == ["发现火情 请拨打119"] and page.articles[-1].headline == ["支队开展水域救援实战拉练"]


def test_the_pages_weather_label_over_days_told_in_sentences_keeps_its_days_furniture():
    page = banmian.rebuild("\n\n".join(["临川日报", "2025年11月19日　星期三", "天气预报", "19日（星期三）：晴，气温3℃～12℃。",
                                        "20日（星期四）：多云，气温4℃～13℃。", "全市冬季农田水利建设全面铺开",
                                        "本报讯（记者　王芳）入冬以来，全市掀起农田水利建设热潮。"]))
    assert page.furniture[-1] == "20日（星期四）：多云，气温4℃～13℃。" and page.articles[0].headline == ["全市冬季农田水利建设全面铺开"]


def test_a_provincial_offices_issue_line_closes_its_figures_box():
    text = "\n\n".join(["水情速览", "（10月15日8时）", "澜江干流：云渡站41.26米，较前日下降0.38米。",
                        "大中型水库：全省17座大中型水库蓄水总量38.7亿立方米。", "省水文水资源监测中心发布",
                        "秋灌正当时　渠水润良田", "本报讯（记者 周明）连日来，石门灌区抢抓有利时机，保障晚稻灌浆用水。"])
    box, story = banmian.rebuild(text).articles
    assert box.paragraphs[-1] == "省水文水资源监测中心发布" and story.headline == ["秋灌正当时 渠水润良田"]


@pytest.mark.parametrize("above", ["江　川", "通讯员　钱卫东　摄"])
def test_a_watchword_slogan_between_a_piece_and_a_briefs_box_is_furniture(above):
    text = "\n\n".join(["雾中的汽笛", "跑船二十多年，最怕的不是风浪，而是大雾。", above, "安全第一　预防为主　综合治理", "安全简讯",
                        "◆10月22日，集团在澄州港区开展船舶溢油应急演练。（通讯员 陆敏）"])
    page = banmian.rebuild(text)
    assert "安全第一 预防为主 综合治理" in page.furniture and page.articles[-1].headline == ["安全简讯"]


def test_a_slogan_of_two_phrases_alike_over_a_briefs_box_is_furniture_but_kicks_a_title():
    box = "\n\n".join(["我在巡检本上写下：", "一切正常", "催化裂化车间　孙　涛", "守牢安全底线　护航冬季生产", "安全动态",
                       "◆12月11日，储运部开展罐区泡沫灭火系统联动测试。（通讯员 苗　青）"])
    page = banmian.rebuild(box)
    assert "守牢安全底线 护航冬季生产" in page.furniture and page.articles[-1].headline == ["安全动态"]
    kicker = "\n\n".join(["厉行节约　反对浪费", "让企业成为节能“合伙人”", "■车辆刚一驶入，车库入口附近的顶灯便亮了起来。"])
    assert banmian.rebuild(kicker).furniture == []


def test_a_watchword_slogan_under_a_boxs_label_is_its_title():
    text = "\n\n".join(["她说。", "文明提示", "文明养犬　从我做起", "①出户遛犬时，须为犬只束犬链，主动避让老人、孕妇和儿童。"])
    assert banmian.rebuild(text).articles[-1].headline == ["文明提示", "文明养犬 从我做起"]


def test_a_weather_box_of_day_and_night_forecasts_is_furniture_whole():
    text = "\n\n".join(["一碗热粥暖人心", "12月2日清晨，鼓楼区一家早餐店为环卫工人免费送上热粥。", "通讯员　阎晓波　摄", "今明天气",
                        "今天白天：晴转多云，偏北风3～4级，最高气温4℃。", "今天夜间：多云，偏北风2～3级，最低气温-7℃。",
                        "明天：多云转阴，有轻度霾，气温-5℃～3℃。", "汾川市气象台12月3日11时发布"])
    page = banmian.rebuild(text)
    assert len(page.articles) == 1 and page.furniture[0] == "今明天气" and len(page.furniture) == 5


@pytest.mark.parametrize("lines", [
    ["安全第一　预防为主", "我市启动2024年“安全生产月”活动", "本报记者　王　明　通讯员　李　强", "6月1日上午，活动启动仪式在市民广场举行。"],
    ["节约用水　人人有责", "我市启动城市节水宣传周", "——30余家单位走上街头宣传节水知识", "本报讯（记者 陈晓燕）5月12日，节水宣传周启动。"],
    ["文明交通　从我做起", "□　王秀英", "每天早上送孙子上学，我都在路口等绿灯。", "文明，其实就在我们身边的点滴小事中。"]])
def test_a_watchword_slogan_over_a_title_kicks_it(lines):
    text = "\n\n".join(["市应急管理局开展夏季消防演练", "本报讯（记者 周建华）6月18日，消防演练在化工园区举行。", *lines])
    page = banmian.rebuild(text)
    assert page.articles[-1].headline[0] == lines[0].replace("　", " ") and not page.furniture


def test_an_offices_issue_line_over_a_title_and_its_lead_kicks_the_title():
    text = "\n\n".join(["夜市摊主周大姐的一天", "本报讯（记者 周建华）傍晚6点，南门夜市亮起灯光，周大姐的凉粉摊前已排起长队。",
                        "省水文水资源监测中心发布", "今年入汛以来我省降水偏多三成",
                        "本报讯（记者 陈晓燕）记者从省水文水资源监测中心获悉，今年入汛以来全省降水偏多31%。"])
    assert banmian.rebuild(text).articles[-1].headline == ["省水文水资源监测中心发布", "今年入汛以来我省降水偏多三成"]


def test_a_title_about_collecting_folk_tales_is_no_collectors_line():
    text = "\n\n".join(["夜市摊主周大姐的一天", "本报讯（记者 周建华）傍晚6点，南门夜市亮起灯光。", "民间故事搜集整理",
                        "本报讯（记者 陈晓燕）近日，市文联启动民间故事搜集整理工作。"])
    assert banmian.rebuild(text).articles[-1].headline == ["民间故事搜集整理"]


def test_a_papers_office_with_its_address_at_the_pages_foot_is_furniture():
    text = "\n\n".join(["澄江进入枯水期", "本报讯（记者 简海波）受上游来水偏少影响，澄江水位持续下降。", "本版责任编辑：邵　琳　　校对：贾明远",
                        "澄江航运报社　地址：澄州市滨江路88号　电话：0736-5521000"])
    page = banmian.rebuild(text)
    assert len(page.articles[0].paragraphs) == 1 and len(page.furniture) == 2


@pytest.mark.parametrize("head", [["桐江晚报", "2025年11月17日　星期一", "14版　体育新闻"],
                                  ["澄湖大学报", "第658期", "2025年11月24日", "第2版　校园"]])
def test_a_page_number_without_its_prefix_and_a_papers_name_over_its_issue_number_are_the_header(head):
    page = banmian.rebuild("\n\n".join(head + ["我校学子斩获两项一等奖", "本报讯（记者 李 明）11月20日，大赛决赛落幕。"]))
    assert len(page.furniture) == len(head) and page.articles[0].headline == ["我校学子斩获两项一等奖"]


def test_a_bracketed_source_under_a_row_of_days_counted_is_the_boxs_text_not_a_photo_credit():
    units = classify(split_lines("安全天数\n\n一般B类及以上事故　2305天\n\n劳动安全死亡事故　1417天\n\n（局集团公司安全监察室提供）\n"))
    assert units[-1].role == "text"


def test_two_learned_societies_sponsoring_a_trade_paper_are_its_masthead_not_the_leads_headline():
    page = banmian.rebuild("\n\n".join(["沃野畜牧水产报", "临澜省畜牧兽医学会　临澜省水产学会　主办", "2025年12月11日　星期四　第3版",
                                        "养殖·行情", "生猪价格连续五周下行",
                                        "本报讯（记者 彭宇澄）12月10日，省畜牧总站发布数据，生猪出栏均价连续五周下行。"]))
    assert "临澜省畜牧兽医学会 临澜省水产学会 主办" in page.furniture
    assert page.articles[0].headline == ["生猪价格连续五周下行"]


def test_a_military_sub_districts_office_sponsoring_its_paper_is_its_masthead():
    page = banmian.rebuild("\n\n".join(["岩城国防报", "岩城军分区政治工作处主办", "2025年12月18日　星期四　第2版", "征兵工作",
                                        "2026年度上半年征兵网上报名火热进行",
                                        "本报讯（记者 龙飞）12月15日，记者从市征兵办获悉，全市已有4126人网上报名。"]))
    assert "岩城军分区政治工作处主办" in page.furniture
    assert page.articles[0].headline[-1] == "2026年度上半年征兵网上报名火热进行"


def test_a_flag_line_of_permit_issue_and_pages_and_a_motto_under_the_papers_name_are_the_masthead():
    page = banmian.rebuild("\n\n".join(["弦歌戏曲报", "传承戏曲文化　弘扬民族艺术", "2025年12月9日　星期二", "第5版　剧坛",
                                        "浙内准字第R217号　第3876期　今日4版", "一腔新声唱旧情", "文／冯　远",
                                        "12月3日晚，新编越剧《梅岭雪》在淮阳大剧院首演。"]))
    assert page.furniture[:2] == ["弦歌戏曲报", "传承戏曲文化 弘扬民族艺术"]
    assert "浙内准字第R217号 第3876期 今日4版" in page.furniture
    assert page.articles[0].headline == ["一腔新声唱旧情"]


def test_a_motto_under_a_headline_is_no_masthead():
    page = banmian.rebuild("\n\n".join(["弦歌戏曲报", "2025年12月9日　星期二", "传承戏曲文化　弘扬民族艺术",
                                        "12月3日晚，新编越剧《梅岭雪》在淮阳大剧院首演，全场座无虚席。"]))
    assert "传承戏曲文化 弘扬民族艺术" not in page.furniture


def test_a_trade_papers_english_name_with_an_ampersand_under_its_chinese_one_is_the_masthead():
    page = banmian.rebuild("\n\n".join(["海澜港航周报", "HAILAN PORT & SHIPPING WEEKLY", "2025年12月18日　星期四　第2版", "港口·生产",
                                        "前11个月集装箱吞吐量突破520万标箱",
                                        "本报讯（记者 邵海涛）记者从海澜港集团获悉，前11个月港口集装箱吞吐量突破520万标箱。"]))
    assert page.furniture[:2] == ["海澜港航周报", "HAILAN PORT & SHIPPING WEEKLY"]
    assert page.articles[0].headline == ["前11个月集装箱吞吐量突破520万标箱"]


def test_who_issued_a_forecast_under_its_days_is_the_boxs_furniture():
    page = banmian.rebuild("安全生产大检查启动\n\n本报讯（通讯员 陈波）12月22日，我县启动岁末年初安全生产大检查。\n\n"
                           "检查组将对发现的问题隐患实行清单化管理、限时整改。\n\n勐岚天气\n\n26日：多云，14℃～27℃\n\n"
                           "27日：晴，13℃～28℃\n\n28日：晴间多云，15℃～28℃\n\n县气象台12月25日17时发布\n")
    assert page.furniture[-1] == "县气象台12月25日17时发布" and len(page.articles[0].paragraphs) == 2


def test_a_trade_bodys_issuing_line_under_its_box_closes_the_box():
    page = banmian.rebuild("本周棉花收购参考价\n\n一级（白棉1级）：7.32元/公斤\n\n二级（白棉2级）：7.16元/公斤\n\n"
                           "三级（白棉3级）：7.00元/公斤\n\n注：以上为机采籽棉收购参考价。\n\n师市棉花协会\u30001月15日发布\n\n"
                           "植棉能手风采录\n\n李建国：把滴灌“玩”出了花样\n\n本报记者\u3000王\u3000凯\n\n"
                           "走进二六三团七连职工李建国的家，墙上挂满了奖状。\n")
    box, feature = page.articles
    assert box.paragraphs[-1] == "师市棉花协会 1月15日发布" and feature.headline == ["植棉能手风采录", "李建国：把滴灌“玩”出了花样"]


def test_a_credit_unions_paper_names_its_sponsor_in_the_masthead():
    page = banmian.rebuild("溧川农信报\n\n溧川市农村信用合作联社主办\n\n2026年1月19日\u3000星期一\n\n第3版\u3000普惠金融\n\n"
                           "春耕未到　贷款先行\n\n本报讯（记者 葛文涛）记者从市农村信用合作联社获悉，全市小额信贷余额突破86亿元。\n")
    assert page.furniture[:2] == ["溧川农信报", "溧川市农村信用合作联社主办"] and page.articles[0].headline == ["春耕未到 贷款先行"]


def test_a_standing_hotline_under_a_stories_closing_credit_is_furniture():
    page = banmian.rebuild("“见贷即保”\n　　本报讯　协议签订后，担保公司不再重复调\n查，贷款办理时间平均缩短一半以上。\n（记者 葛文涛）\n\n"
                           "农信服务热线：96078　防范非法集资举报电话：12345\n\n一张存折的温度\n　　腊月里整理旧档案，我在柜子最\n底层翻出一本泛黄的存折。\n")
    assert "农信服务热线：96078 防范非法集资举报电话：12345" in page.furniture


def test_a_standing_hotline_under_a_photos_run_in_credit_is_furniture():
    page = banmian.rebuild("我院开展全员急救技能培训\n\n本报讯（通讯员 苗\u3000瑛）1月20日至30日，我院分批次开展全员心肺复苏培训。\n\n"
                           "全院1200余名职工全部参训，考核合格率达98.6%。\n\n"
                           "1月30日，心血管内科护士为出院患者讲解“心脏康复随访卡”的使用方法。\u3000实习生\u3000刘子涵\u3000摄\n\n"
                           "健康咨询热线：0563-3126120\u3000预约挂号请关注“桐川市人民医院”微信公众号\n")
    assert page.furniture[-1].startswith("健康咨询热线") and [a.kind for a in page.articles] == ["article", "photo"]


def test_a_reserve_bureaus_long_name_over_its_flag_is_the_masthead():
    page = banmian.rebuild("青鸾湖保护区通讯\n\n青鸾湖国家级自然保护区管理局主办\n\n第3版\u3000生态\n\n2026年1月19日\u3000星期一\n\n"
                           "越冬候鸟数量创近十年新高\n\n本报讯（通讯员 乔松年）1月10日至12日，保护区组织越冬水鸟同步调查。\n")
    assert page.furniture[:3] == ["青鸾湖保护区通讯", "青鸾湖国家级自然保护区管理局主办", "第3版 生态"]


def test_a_pages_number_section_and_editors_on_one_line_at_its_top_are_furniture():
    text = "\n\n".join(["今日澄洋", "JINRI CHENGYANG", "2024年9月13日　星期五　农历甲辰年八月十一", "第1版　要闻　　责任编辑：徐　静　　版式：王　蕾",
                        "千船待发　澄洋渔港迎开渔", "9月12日清晨，澄洋中心渔港内桅杆林立，一艘艘渔船整齐停泊在港湾里。"])
    page = banmian.rebuild(text)
    assert ([a.headline for a in page.articles], page.furniture[-1]) == ([["千船待发 澄洋渔港迎开渔"]],
                                                                       "第1版 要闻 责任编辑：徐 静 版式：王 蕾")


def test_a_supplements_spaced_name_over_its_label_over_the_dated_line_is_furniture():
    text = "\n".join(["海　韵", "文化副刊", "2024年9月13日　星期五　第4版", "责任编辑：沈若兰", "", "母亲的渔网", "□ 陈望舒",
                      "　　记忆里，母亲的手总是闲不下来。"])
    page = banmian.rebuild(text)
    assert ([a.headline for a in page.articles], page.furniture[:2]) == ([["母亲的渔网"]], ["海 韵", "文化副刊"])


def test_a_supplements_names_under_the_dated_line_over_its_editors_are_furniture():
    text = "\n\n".join(["4", "2024年6月18日　星期二", "胡杨林", "文艺副刊", "责任编辑：赵晓梅", "叶尔羌河畔的桑葚熟了", "□　李文博",
                        "六月的叶尔羌河畔，桑葚熟了。"])
    page = banmian.rebuild(text)
    assert ([a.headline for a in page.articles], page.furniture[2:4]) == ([["叶尔羌河畔的桑葚熟了"]], ["胡杨林", "文艺副刊"])


def test_a_weather_boxs_wind_at_sea_is_furniture_with_its_title():
    text = "\n\n".join(["澄洋天气", "今天：多云转阵雨　23℃～29℃", "东南风4～5级　海上5～6级", "明天：阴有小雨　22℃～27℃",
                        "鹤屿镇渔港综合整治工程完工", "本报讯（通讯员　葛文斌）日前，鹤屿镇渔港综合整治工程通过竣工验收。"])
    page = banmian.rebuild(text)
    assert ([a.headline for a in page.articles], len(page.furniture)) == ([["鹤屿镇渔港综合整治工程完工"]], 4)


def test_a_media_centres_imprint_at_the_pages_foot_is_furniture():
    text = "\n\n".join(["我县两所学校入选省海洋教育特色学校", "本报讯（通讯员　应晓岚）近日，省教育厅公布新一批海洋教育特色学校名单，我县两所学校入选。",
                        "澄洋县融媒体中心出版　地址：澄洋县港城路188号　邮编：316299", "新闻热线：0580-7012345"])
    page = banmian.rebuild(text)
    assert (len(page.articles[0].paragraphs), page.furniture[0]) == (1, "澄洋县融媒体中心出版 地址：澄洋县港城路188号 邮编：316299")


def test_a_coded_pages_section_named_in_english_too_is_the_header():
    text = "\n\n".join(["金桥证券报", "A06　公司　Company", "2025年8月22日　星期五", "半年报观察", "锂电材料企业上半年业绩分化加剧",
                        "本报记者　许晴", "今年上半年，锂电材料行业延续调整态势，企业业绩分化明显。"])
    page = banmian.rebuild(text)
    assert ([a.headline for a in page.articles], page.page) == ([["半年报观察", "锂电材料企业上半年业绩分化加剧"]], 6)


def test_a_section_named_beside_its_tibetan_name_under_the_page_number_is_the_header():
    text = "\n\n".join(["2", "牧区经济　འབྲོག་ཁུལ་དཔལ་འབྱོར།", "2025年6月12日　星期四　责任编辑：扎西卓玛", "虫草经济观察",
                        "从“挖得多”到“卖得好”", "本报记者　达哇才让", "清晨7点，多让县城东的虫草交易市场已是人头攒动。"])
    page = banmian.rebuild(text)
    assert ([a.headline for a in page.articles], len(page.furniture)) == ([["虫草经济观察", "从“挖得多”到“卖得好”"]], 3)


def test_a_papers_tibetan_name_over_its_spaced_chinese_one_is_the_masthead():
    text = "\n\n".join(["མཚོ་ནག་ཚགས་པར།", "措　那　报", "中共措那藏族自治州委员会主办　措那报社出版", "2025年6月12日　星期四",
                        "全州虫草采集进入高峰期", "本报讯（记者 才让东珠）6月上旬以来，我州冬虫夏草采集全面进入高峰期。"])
    page = banmian.rebuild(text)
    assert ([a.headline for a in page.articles], len(page.furniture)) == ([["全州虫草采集进入高峰期"]], 4)


def test_an_index_and_a_dispatches_label_read_by_their_chinese_beside_the_regions_script():
    index = "\n\n".join(["ནང་དོན་གནད་བསྡུས།　本期导读", "◆一根牛毛绳　织出百年帐房　（3版）", "让“软黄金”托起牧民稳稳的幸福",
                         "本报评论员", "眼下，正是高原虫草采集的黄金时节。"])
    page = banmian.rebuild(index)
    assert [a.headline for a in page.articles] == [["让“软黄金”托起牧民稳稳的幸福"]]
    dispatches = "\n\n".join(["ས་གནས་གསར་འཕྲིན།　县域传真", "夏泽县：3座村级光伏电站并网发电", "本报讯　日前，夏泽县3座村级光伏电站实现并网发电。"])
    assert banmian.rebuild(dispatches).articles[0].headline == ["夏泽县：3座村级光伏电站并网发电"]


def test_a_weather_box_may_tell_its_days_in_a_sentence_and_give_a_fields_wind():
    told = "\n\n".join(["未来三天天气", "6月12日至14日，全州以多云天气为主，午后多阵雨，局地有冰雹。", "州府　6℃～17℃　夏泽　8℃～19℃",
                        "（州气象台提供）", "遗失声明", "彭志军遗失机动车驾驶证一本，声明作废。"])
    assert [a.headline for a in banmian.rebuild(told).articles] == [["遗失声明"]]
    windy = "\n\n".join(["天气预报", "今天白天：晴转多云　18℃～29℃", "今天夜间：多云　西北风3～4级", "草原盛会启帷幕",
                         "本报讯（记者　巴特尔）7月15日上午，那达慕大会隆重开幕。"])
    assert [a.headline for a in banmian.rebuild(windy).articles] == [["草原盛会启帷幕"]]


def test_a_word_under_the_dated_line_kicks_the_first_story_where_the_paper_named_its_section():
    text = "\n\n".join(["哈日淖尔报", "02", "牧业经济", "2024年7月16日　星期二", "肉牛产业·牧户算账", "一头犊牛多卖两千元",
                        "本报记者　其其格", "盛夏时节，阿拉坦敖包嘎查的草场上绿意盎然。"])
    page = banmian.rebuild(text)
    assert [a.headline for a in page.articles] == [["肉牛产业·牧户算账", "一头犊牛多卖两千元"]]


def test_the_papers_own_contacts_in_the_pages_last_lines_are_furniture():
    text = "\n\n".join(["航行提示", "一、5月15日至17日，北港区主航道3号至5号浮标附近水域进行疏浚作业。", "责任编辑：陶明远",
                        "地址：澜江市滨海大道88号　邮编：316200　电话：0580-2216688"])
    page = banmian.rebuild(text)
    assert (len(page.articles[0].paragraphs), len(page.furniture)) == (1, 2)
    notice = "\n\n".join(["遗失声明", "彭志军遗失机动车驾驶证一本，声明作废。", "刊登遗失声明请到本报广告部办理　电话：0479-6218866"])
    assert len(banmian.rebuild(notice).articles[0].paragraphs) == 1


def test_a_crops_rows_of_day_and_night_temperatures_are_a_tables_text_no_weather_box():
    page = banmian.rebuild("常见蔬菜育苗适宜温度\n\n作物　白天　　　夜间\n\n番茄　25～28℃　15～17℃\n\n辣椒　26～30℃　18～20℃\n\n"
                           "茄子　28～30℃　18～20℃\n\n（资料来源：省蔬菜技术指导站）\n")
    assert not page.furniture
    assert len(page.articles[0].paragraphs) == 5
