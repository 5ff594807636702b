import pytest

import banmian
from banmian.rebuild import patterns


@pytest.mark.parametrize(
    "text, expected",
    [
        ("（下转第二版）", ("on", 2, None)),
        ("（上接第一版）", ("from", 1, None)),
        ("（转第4版）", ("on", 4, None)),
        ("（下转A3版）", ("on", 3, "A")),
        ("（上接Ｂ１版）", ("from", 1, "B")),
        ("（下转第b2版）", ("on", 2, "B")),
        ("（下转第十二版）", ("on", 12, None)),
        ("(接第1版)", ("from", 1, None)),
        # Variants that stayed in the paragraph text: the page's name after it, a lettered page
        # without 版, 紧接.
        ("（下转第二版·要闻）", ("on", 2, None)),
        ("（转A2）", ("on", 2, "A")),
        ("（紧接第一版）", ("from", 1, None)),
        # Other brackets, or none on a line of its own.
        ("【下转第二版】", ("on", 2, None)),
        ("〔上接第一版〕", ("from", 1, None)),
        ("［下转A3版］", ("on", 3, "A")),
        ("下转第二版", ("on", 2, None)),
        ("上接第一版", ("from", 1, None)),
        ("上接第一版并组织20家重点企业开展节日保供", None),
        ("转第二版", ("on", 2, None)),
        ("下转A3版▶", ("on", 3, "A")),
        ("◀上接A1版", ("from", 1, "A")),
        ("（下转第二版▶）", ("on", 2, None)),
        ("（续A1版）", ("from", 1, "A")),
        ("（续见A2版）", ("on", 2, "A")),
        ("转型发展", None),
        ("（转2）", None),
        ("（相关报道见第六版）", None),
        ("（记者张三）", None),
    ],
)
def test_jump_lines(text, expected):
    assert patterns.jump(text) == expected


def test_jump_at_end_of_a_body_line():
    match = patterns.trailing_jump("各项工作取得成效。（下转第二版）")
    assert match.group(0) == "（下转第二版）"
    assert patterns.trailing_jump("（下转第二版）") is None
    assert patterns.trailing_jump("各项工作取得成效。（下转第二版·要闻）").group(0) == "（下转第二版·要闻）"


@pytest.mark.parametrize(
    "text", ["记者 周学军 摄", "杨红玫摄（影像中国）", "王 正摄", "本报记者 李四 通讯员 王五 摄", "新华社记者 李贺 摄",
             "本报记者 董泽扬文 海南商业航天发射场供图", "新华社发（里兹克·阿卜杜勒-贾瓦德摄）",
             "新华社记者 穆罕默德·阿布·穆斯塔法 摄",
             # 光明日报 and others name the picture desk or agency after the photographer, or two agencies
             "孙凡越摄/光明图片", "本报记者 毕玉才摄/光明图片", "光明图片/视觉中国", "视觉中国", "李 华 摄／人民图片",
             "新华社发（程 硕 作）"]  # a cartoon the agency sent, and who drew it
)
def test_photo_credits(text):
    assert patterns.is_credit(text)


@pytest.mark.parametrize("text", ["新年第一场雪", "全力做好道路除雪防滑保畅工作摄", "受强冷空气影响，记者在现场拍摄",
                                  "精彩图片", "美丽中国",
                                  "在美国牧师约翰·马吉拍摄"])  # a paragraph's first line, cut inside 拍摄的记录
def test_not_photo_credits(text):
    assert not patterns.is_credit(text)


@pytest.mark.parametrize("text", ["本报记者 张三 李四", "记者 张三 通讯员 李四", "本报记者 施 钰", "文/王小明",
                                  "□本报记者 王小明", "◇ 本报记者 王小明", "■张 伟 本报特约记者 李 军"])
def test_byline_lines(text):
    assert patterns.is_byline_line(text)


@pytest.mark.parametrize("text", ["记者节到来之际市领导慰问一线", "本报讯（记者苏嘉堉）1月19日上午", "记者 周学军 摄",
                                  "尼尔对本报记者说，中"])
def test_not_byline_lines(text):
    assert not patterns.is_byline_line(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("温岭日报 2024年1月23日 星期二 第1版", ("温岭日报", "2024-01-23", 1, None)),
        ("2024年1月23日 星期二 要闻 3", (None, "2024-01-23", 3, None)),
        ("要闻 A2 2026年4月17日", (None, "2026-04-17", 2, "A")),
        ("南方都市报 2024年3月12日 第B01版", ("南方都市报", "2024-03-12", 1, "B")),
        ("人民日报 第Ａ4版", ("人民日报", None, 4, "A")),
        ("温岭日报 2024年2月30日 星期五 第1版", ("温岭日报", None, 1, None)),  # no such day: a misprint or misread
        # The whole name: an edition is a paper of its own, and not every name ends in 报
        ("人民日报海外版 2024年1月23日 星期二 第3版 要闻", ("人民日报海外版", "2024-01-23", 3, None)),
        ("21世纪经济报道 2024年1月23日 星期二 第3版", ("21世纪经济报道", "2024-01-23", 3, None)),
        ("南方周末 2024年1月23日 星期二 第3版", ("南方周末", "2024-01-23", 3, None)),
        ("参考消息 2024年1月23日 星期二 第3版 要闻", ("参考消息", "2024-01-23", 3, None)),
        # 02版 / A02版, as most e-papers print them, without 第
        ("东湖日报 2024年1月23日 星期二 A02版 要闻", ("东湖日报", "2024-01-23", 2, "A")),
        ("东湖日报 2024年1月23日 B02版 城事", ("东湖日报", "2024-01-23", 2, "B")),
        ("东湖日报 2024年1月23日 02版", ("东湖日报", "2024-01-23", 2, None)),
        # 第N版 wins over a bare number before it; a number with a unit is none; 叠 names a section
        ("东湖日报 2024年3月12日 星期二 今日 16 版 第1版 要闻", ("东湖日报", "2024-03-12", 1, None)),
        ("东湖日报 2024年3月12日 星期二 总第 12 期", ("东湖日报", "2024-03-12", None, None)),
        ("东湖日报 2024年3月12日 气温 5 ℃ 第3版", ("东湖日报", "2024-03-12", 3, None)),
        ("东湖日报 2024年1月23日 星期二 B叠 第2版 城事", ("东湖日报", "2024-01-23", 2, "B")),
        # a tracked masthead, as a PDF's text layer gives it
        ("温 岭 日 报 2024年1月23日 星期二 第2版", ("温岭日报", "2024-01-23", 2, None)),
        # a page's number glued to its name, as a head read without its spaces gives it; a count is none
        ("2026年6月1日 星期一 社会13", (None, "2026-06-01", 13, None)),
        ("05民生2026年6月3日星期三", (None, "2026-06-03", 5, None)),
        ("东湖日报 2024年3月12日 星期二 今日16版", ("东湖日报", "2024-03-12", None, None)),
        # dated in the Republic's calendar, as Taiwan's papers are (the head is read folded: 民国, 联合报)
        ("民国113年1月23日 星期二 第A2版", (None, "2024-01-23", 2, "A")),
        # a coded page before a section whose name opens like a count (A10 人物 is no ten people)
        ("楚江都市报　2024年6月18日　星期二　A10　人物", ("楚江都市报", "2024-06-18", 10, "A")),
        ("中华民国一百一十三年一月二十三日 星期二 联合报 A2", ("联合报", "2024-01-23", 2, "A")),
    ],
)
def test_page_headers(text, expected):
    assert patterns.header(text) == expected


def test_a_caption_opening_on_a_date_and_a_number_is_no_header():
    # It was read as a page header mid-page: the photo went to furniture, its credit to the story above.
    assert patterns.header("2024年1月22日 5 名养护工人在G104线上除雪") is None


def test_a_dated_sentence_is_no_header():
    assert patterns.header("2023年8月22日，城南镇政府与公司签约。") is None


def test_a_time_fields_span_of_days_ending_on_a_dated_weekday_is_no_header():
    # An exhibition's 时间： line went to furniture, its text lost from the listing
    assert patterns.header("时间：11月27日至2026年2月28日（周一闭馆）") is None


def test_a_notices_date_and_weekday_cut_before_the_hour_is_no_header():
    # A wrapped notice's line (因…需要， / 定于2025年9月20日（星期六）9 / 时至21时，…) went to furniture, its text lost.
    assert patterns.header("定于2025年9月20日（星期六）9") is None
    assert patterns.header("2025年9月18日（星期四）") is not None


@pytest.mark.parametrize("text", ["本版责编：王五", "责任编辑：李四 版式设计：张三", "校对：赵六", "本版责编管璇悦卢涛 高 尚", "版式设计",
                                  "本期统筹 林 琳 蒋雪婕 吕 莉", "（来稿请注明栏目名）",
                                  "欢迎广大读者来稿。来稿要求为原创首发，非一稿多投。"])
def test_furniture(text):
    assert patterns.is_furniture(text)


@pytest.mark.parametrize("text", ["编辑部门认真核对了每一份材料。", "设计团队由12人组成。", "设计", "本期统筹：陈 震",
                                  "欢迎广大读者积极参与讨论。"])
def test_sentences_about_editors_are_no_furniture(text):
    assert not patterns.is_furniture(text)


@pytest.mark.parametrize("text", ["本版策划：郑海波　责任编辑：周 敏　版式：林 丹", "值班编委：李 明　责任编辑：孙 悦　版式：周 婷",
                                  "策划：东湖日报总编室　统筹：韩 东　责编：徐 静　版式设计：顾晓光",
                                  "主办：浙江东海泵业股份有限公司党委　主编：陈国华　本期责编：叶 青"])
def test_a_pages_planner_or_publisher_before_its_editors_is_furniture(text):
    assert patterns.is_furniture(text)


@pytest.mark.parametrize("text", ["策划：李丽洋 制作：王 强", "策划：张 三 编辑：李 四"])
def test_a_storys_makers_without_a_page_editor_are_no_furniture(text):
    assert not patterns.is_furniture(text)


@pytest.mark.parametrize(
    "text", ["本报讯（记者苏嘉堉）1月19日", "新华社北京1月18日电（记者A）", "本报北京4月16日电 （记者贾丰丰）", "温岭日报讯 记者"]
)
def test_datelines(text):
    assert patterns.DATELINE.match(text)


@pytest.mark.parametrize("text, number", [("二", 2), ("十二", 12), ("二十", 20), ("４", 4), ("A3", 3), ("甲", None)])
def test_chinese_page_numbers(text, number):
    assert patterns.chinese_number(text) == number


def test_sentence_end_looks_through_closing_quotes():
    assert patterns.ends_sentence("他说：“好。”")
    assert not patterns.ends_sentence("组织代表在各地成")


@pytest.mark.parametrize("text", ["…投资便利化。（记者吴雨）", "…共同成长。（李龙伊、徐伟整理）", "…安全感。（李庆林参与采写）"])
def test_credits_that_close_a_story(text):
    assert patterns.ends_on_credit(text)


@pytest.mark.parametrize("text", ["（相关报道见第六版）", "他说（笑）", "…共同成长（见图）"])
def test_brackets_that_close_no_story(text):
    assert not patterns.ends_on_credit(text)


def test_an_editors_note_sign_off_is_a_body_label():
    assert patterns.BODY_LABEL.match("——编 者")
    assert patterns.BODY_LABEL.match("记者手记")
    assert not patterns.BODY_LABEL.match("——编者按语之外的正文")


def test_a_note_of_who_helped_write_the_story_closes_it():
    assert patterns.CLOSING_NOTE.match("（朱虹、王继亮、李学山、葛俊俊参与采写）")
    assert not patterns.CLOSING_NOTE.match("（见图）")


def test_staff_credits_at_a_pieces_foot_with_joined_roles_or_a_publisher():
    for credit in ("策划/制作：李丽洋", "策划、撰文：王明", "新华社出品", "本期统筹：张安宇", "新华社音视频部制作"):
        assert patterns.is_staff_credit(credit), credit
    for heading in ("法媒：法国航母赴北大西洋“敏感区域”军演", "精品出品难在哪里", "文化中国行丨马年上新"):
        assert not patterns.is_staff_credit(heading), heading


def test_datelines_of_two_cities_or_without_a_date():
    for text, dateline in (("本报成都、重庆4月21日电 （记者游仪、沈靖然）21日，", "本报成都、重庆4月21日电"),
                           ("据新华社洛杉矶电（记者谭晶晶）美国暗能量光谱仪项目", "据新华社洛杉矶电")):
        assert patterns.DATELINE.match(text).group(0) == dateline
    assert patterns.DATELINE.match("新华社记者陈晔华摄") is None
    assert patterns.DATELINE.match("新华社电视台消息显示，") is None


def test_a_glued_jump_from_a_lettered_section_opens_a_continuation():
    assert "（接A12版）站在历史的十字路口，".startswith(patterns.CONTINUATION)
    assert "(接A3版)站在".startswith(patterns.CONTINUATION)


def test_a_continuation_is_told_by_its_opening_alone():
    assert all(patterns.opens_continuation(opening + "第一版）") for opening in patterns.CONTINUATION)
    assert not any(patterns.opens_continuation(text) for text in ("", "上海市", "（接受采访时", "接上级通知"))


def test_a_column_name_and_its_bar_open_a_headline():
    for headline in ("新华网文化观察丨追剧追出家乡味，广西南宁凭什么发展微短剧？", "秀我中国｜护航春运的“钢轨美容师”"):
        assert patterns.COLUMN_BAR.match(headline), headline
    for text in ("他说，丨这是排版留下的符号", "丨开头的行"):
        assert not patterns.COLUMN_BAR.match(text), text


@pytest.mark.parametrize("line", [
    "温岭日报 二〇二四年一月二十三日 星期二 第一版",
    "温岭日报 2024-01-23 第A01版",
    "温岭日报 2024.01.23 星期二 A1 要闻",
    "温岭日报 2024/1/23 第1版",
])
def test_a_header_dated_in_chinese_numerals_or_in_figures_is_read(line):
    # These headers were taken for the first story's headline, and the page went undated.
    assert patterns.header(line)[:3] == ("温岭日报", "2024-01-23", 1)


def test_a_decimal_or_a_span_of_years_is_no_header_date():
    assert patterns.header("增长2.5%") is None and patterns.header("2023-2024赛季") is None


def test_a_jump_in_other_brackets_or_none_is_a_jump():
    from banmian import rebuild

    for line in ("【下转第二版】", "下转第二版"):
        page = rebuild(f"市场供应充足价格平稳\n\n本报讯（记者林晓岚）春节临近，粮油肉蛋菜货源充足，\n\n{line}\n\n"
                       "东湖港集装箱吞吐量创新高\n\n本报讯（记者何思远）1月份东湖港完成集装箱吞吐量12.6万标箱。\n")
        assert [(a.headline, a.continued_on) for a in page.articles] == [
            (["市场供应充足价格平稳"], 2), (["东湖港集装箱吞吐量创新高"], None)]
    for line in ("【上接第一版】", "上接第一版", "〔上接第一版〕"):
        page = rebuild(f"{line}\n\n并组织20家重点企业开展节日保供，确保市民过一个祥和年。\n")
        assert [(a.paragraphs, a.continued_from) for a in page.articles] == [
            (["并组织20家重点企业开展节日保供，确保市民过一个祥和年。"], 1)]


@pytest.mark.parametrize("text, dateline", [
    ("综合新华社电 北京时间6月14日，", "综合新华社电"), ("本报综合新华社电 北京时间", "本报综合新华社电"),
    ("据新华社电 世界杯预选赛", "据新华社电"), ("新华社电 当地时间", "新华社电"), ("本报综合消息 昨天", "本报综合消息"),
    ("综合新华社北京6月14日电 ", "综合新华社北京6月14日电"), ("本报综合外电 ", "本报综合外电"), ("据中新社电 ", "据中新社电"),
    ("本报南京讯（记者 周 宁）", "本报南京讯"), ("本报电（记者 周 宁）", "本报电"), ("本报上海5月3日专电 ", "本报上海5月3日专电"),
    ("晶报讯（记者 陈 曦）", "晶报讯"), ("红星新闻讯（记者 陈 曦）", "红星新闻讯"), ("南方+讯（记者 陈 曦）", "南方+讯"),
])
def test_datelines_of_agency_copy_rewritten_city_papers_and_news_apps(text, dateline):
    assert patterns.DATELINE.match(text).group(0) == dateline


@pytest.mark.parametrize("text", ["综合施策，多措并举。", "综合考虑各方意见电力供应", "新华社电视台报道", "新华社电讯稿"])
def test_sentences_opening_on_the_words_of_an_agency_dateline_are_no_dateline(text):
    assert patterns.DATELINE.match(text) is None


@pytest.mark.parametrize("text, page, section", [("证券时报 2026年6月30日 A003", 3, "A"),
                                                 ("证券时报 2026年5月28日 星期四 A012 市场", 12, "A"),
                                                 ("2026年5月28日 星期四 B001", 1, "B")])
def test_a_securities_papers_head_numbers_its_pages_with_three_digits(text, page, section):
    assert patterns.header(text)[2:] == (page, section)


@pytest.mark.parametrize("text, direction, page", [
    ("（紧转第3版）", "on", 3), ("（本文下转第2版）", "on", 2), ("（下转第2版右上）", "on", 2), ("（下转第2版左下）", "on", 2),
    ("（上接第一版右下）", "from", 1), ("（转下版）", "on", None), ("（接上版）", "from", None), ("（下接第2版）", "on", 2),
    ("（下转第3版中间）", "on", 3), ("（下转第三版上方）", "on", 3), ("（转第3版中）", "on", 3), ("（上接第一版中间）", "from", 1),
    ("▲下转第二版", "on", 2), ("▲上接第一版", "from", 1), ("下转2版↓", "on", 2)])
def test_jumps_to_a_place_on_a_page_or_to_the_next_page(text, direction, page):
    assert patterns.jump(text)[:2] == (direction, page)


@pytest.mark.parametrize("text, dateline", [("温岭讯（记者 王 军）", "温岭讯"), ("新河讯（通讯员 林媛）", "新河讯"),
                                            ("温岭新闻网讯（记者 王 军）", "温岭新闻网讯")])
def test_a_county_papers_place_or_site_before_xun_with_a_credit_is_a_dateline(text, dateline):
    assert patterns.DATELINE.match(text).group(0) == dateline
    assert patterns.DATELINE.match("简讯（一）") is None


@pytest.mark.parametrize("text", ["三、挂牌时间：2024年2月22日9", "于2024年1月22日9", "2月22日9时至2024年3月4日10"])
def test_a_sentence_cut_after_the_hour_that_follows_a_date_is_no_page_header(text):
    assert patterns.header(text) is None and not patterns.is_furniture(text)


@pytest.mark.parametrize("text, dateline", [
    # back issues: the day alone in Chinese numerals, the dateline in 【】
    ("新华社北京十八日电　国务院今天", "新华社北京十八日电"), ("新华社十八日讯　", "新华社十八日讯"),
    ("据新华社北京十八日电　", "据新华社北京十八日电"), ("本报北京十八日电　", "本报北京十八日电"),
    ("【新华社北京十八日电】国务院", "【新华社北京十八日电】"), ("【新华社讯】国务院", "【新华社讯】"), ("【本报讯】本市", "【本报讯】"),
    # foreign agencies and sites, as 参考消息 and 环球时报 print them
    ("【路透社伦敦1月18日电】英国", "【路透社伦敦1月18日电】"), ("法新社马尼拉1月27日电 菲律宾", "法新社马尼拉1月27日电"),
    ("【英国《卫报》网站1月17日报道】", "【英国《卫报》网站1月17日报道】"), ("【环球时报综合报道】据", "【环球时报综合报道】"),
    ("参考消息网1月29日报道 中国", "参考消息网1月29日报道"), ("财联社1月29日电（记者 王平）", "财联社1月29日电"),
    # securities papers' news sites
    ("证券时报e公司讯，记者", "证券时报e公司讯"), ("证券时报·e公司讯（记者 王小伟）", "证券时报·e公司讯"),
    ("上证报中国证券网讯（记者 王小伟）", "上证报中国证券网讯"), ("中国证券报·中证网讯（记者 吴科）", "中国证券报·中证网讯"),
])
def test_datelines_of_back_issues_foreign_agencies_and_securities_papers(text, dateline):
    assert patterns.DATELINE.match(text).group(0) == dateline


@pytest.mark.parametrize("text", ["新华社十八日发表评论员文章", "本报今日八版", "【相关链接】", "【编者按】本报记者", "路透社称，",
                                  "华社海口4月18日电）"])  # the rest of a （新 / 华社…电） cut at a column's end
def test_words_of_back_issue_and_foreign_datelines_in_a_sentence_are_no_dateline(text):
    assert patterns.DATELINE.match(text) is None


@pytest.mark.parametrize("text, dateline", [
    # overseas and Taiwan papers' desk and agency leads
    ("【新加坡讯】本地", "【新加坡讯】"), ("（北京综合讯）中国", "（北京综合讯）"), ("（综合讯）美国", "（综合讯）"),
    ("（北京/上海综合讯）", "（北京/上海综合讯）"), ("【本报消息】澳门", "【本报消息】"), ("【侨报讯】纽约", "【侨报讯】"),
    ("【中央社台北20日电】", "【中央社台北20日电】"), ("天山网讯　新疆", "天山网讯"), ("综合讯 美国", "综合讯"),
    ("中国西藏网讯　西藏", "中国西藏网讯"),
])
def test_datelines_of_overseas_and_regional_desks(text, dateline):
    assert patterns.DATELINE.match(text).group(0) == dateline


@pytest.mark.parametrize("line", ["南方周末 INFZM.COM", "南方周末 www.infzm.com", "新京报 bjnews.com.cn"])
def test_a_papers_name_and_its_site_at_a_page_foot_is_furniture(line):
    assert patterns.is_furniture(line)


@pytest.mark.parametrize("text", ["天气预报", "情况通报", "举报", "喜报"])
def test_words_ending_in_bao_that_name_no_paper_are_no_header_piece(text):
    # a 晚报's 天气预报 box had named the page's paper
    assert patterns.header_piece(text) is None


@pytest.mark.parametrize("text", ["青溪晚报", "现代快报", "北京晨报", "南方周报", "环球时报"])
def test_papers_names_are_header_pieces(text):
    assert patterns.header_piece(text) == (text, None, None, None)


@pytest.mark.parametrize("text, page", [("民族团结·进步 4", 4), ("4 民族团结·进步", 4), ("今日8版 第1版", 1)])
def test_a_section_with_its_part_or_the_issues_page_count_beside_the_page_number_is_a_header_piece(text, page):
    assert patterns.header_piece(text)[2] == page


def test_a_pages_line_naming_its_section_letter_spaced_opens_the_header():
    page = banmian.rebuild("第4版　副　刊\n\n巴　岭\n\n今日涪岚　2025年10月28日　星期二\n\n娘的榨菜坛子\n\n谭永红\n\n"
                           "老家堂屋的墙角，至今还摆着一排榨菜坛子。\n")
    assert page.page == 4 and page.furniture[:2] == ["第4版 副 刊", "巴 岭"] and page.articles[0].headline == ["娘的榨菜坛子"]
    assert patterns.header_piece("星期二 第3版 民 生")[2] == 3


def test_a_section_line_under_the_papers_header_is_furniture_and_gives_the_page():
    page = banmian.rebuild("额河晨报　2024年3月22日　星期五\n\n民族团结·进步　4\n\n牧民定居点里的“双语课堂”\n\n"
                           "本报阿勒泰讯（记者 叶尔波拉提·加尔肯）3月20日晚7点，牧民定居点的活动室里坐满了人。")
    assert page.page == 4 and page.articles[0].headline == ["牧民定居点里的“双语课堂”"]


@pytest.mark.parametrize("line", ["■本报记者 额尔敦巴雅尔", "本报记者 敖特根其木格"])
def test_a_mongolian_name_of_six_characters_alone_after_its_role_is_a_byline(line):
    assert patterns.is_byline_line(line)


@pytest.mark.parametrize("line", ["摄影手记", "摄影师日记"])
def test_a_photographers_notes_label_is_no_byline(line):
    assert not patterns.is_byline_line(line)


@pytest.mark.parametrize("line", ["本报记者 走进新时代", "记者 乡村振兴路", "记者手记货畅其流", "记者回音"])
def test_a_phrase_of_words_after_a_role_is_no_long_name(line):
    assert not patterns.is_byline_line(line)


@pytest.mark.parametrize("line", [
    "本报地址：北京市西城区六铺炕北小街1号　邮编：100120", "社址：温岭市太平街道东辉北路", "广告经营许可证：3310814000001",
    "（本版数据均来自公开信息，不构成投资建议，据此操作风险自担）", "本版启事内容由刊登者负责　责编：林 珊　校对：高 远",
    "编辑／刘 洁　美编／高 岩　校对／张 磊", "第11847期　今日8版", "第3168期　今日四版", "主办：中共丽水市纪委　丽水市监委",
    "地址：江州市云溪区望江路88号　邮编：310229　新闻热线：0571-87326110",
    "服务热线：962288　本版编辑：金 铃　美编：韩 冰　校对：邹一鸣"])
def test_a_papers_imprint_notes_issue_line_and_sponsor_are_furniture(line):
    assert patterns.is_furniture(" ".join(line.replace("\u3000", " ").split()))


@pytest.mark.parametrize("line", ["地址：东港大道188号", "邮政编码：100815", "主办：温岭市文化馆",
                                  "地址：东港大道188号　邮编：317500　咨询电话：0576-86123456", "服务热线：962777"])
def test_an_items_address_or_an_events_sponsor_is_no_furniture(line):
    assert not patterns.is_furniture(line)


@pytest.mark.parametrize("line", ["证券导报·e公司记者 黎 明", "证券时报·券商中国记者 黎明"])
def test_a_papers_sub_brand_before_the_role_is_its_newsroom(line):
    assert patterns.is_byline_line(line)


HINTED = [name for name, value in vars(patterns).items() if isinstance(value, patterns.HintedPattern)]


@pytest.mark.parametrize("name", [name for name in HINTED if getattr(patterns, name).reach is not None])
def test_a_hinted_pattern_looks_for_its_words_as_far_as_it_can_match(name):
    from re import _parser  # the width of a pattern's longest match, as re itself works it out

    hinted = getattr(patterns, name)
    assert _parser.parse(hinted.pattern).getwidth()[1] <= hinted.reach


@pytest.mark.parametrize("text", [
    "本报讯（记者张璐玮 通讯员陈丹琦）1月18日，", "新华社北京1月18日电（记者胡喆）", "本报综合 （记者 王平）", "央视网消息：",
    "【路透社伦敦1月18日电】", "〔记者王小明／台北报导〕", "温岭讯（通讯员 沈洁）", "本报记者 王瑨 本报通", "□ 本报记者 王小明",
    "【本报讯】记者张帅／台北报导", "编译/王晓东", "文/本报记者 汤 敏", "全国两会报道组 李强", "东西部协作项目今年以来已完成投资",
    "文化礼堂里坐满了村民。", "新华社电视台消息显示，", "温岭日报", "RENMIN RIBAO", "RIBAO 第19版", "The Straits Times",
    "日报社召开会议",
])
def test_a_hinted_pattern_matches_as_its_pattern_does(text):
    import re

    for name in HINTED:
        hinted = getattr(patterns, name)
        found, expected = hinted.match(text), re.compile(hinted.pattern).match(text)
        assert (found and found.group(0)) == (expected and expected.group(0))


@pytest.mark.parametrize("line, paper", [("YUNXI BAO", "YUNXI BAO"), ("RENMIN RIBAO", "RENMIN RIBAO"), ("BAO", None),
                                         ("温岭日报", "温岭日报")])
def test_a_masthead_in_pinyin_names_its_paper_in_words_before_bao(line, paper):
    assert patterns.masthead(line) == paper


def test_a_box_row_counts_its_figure_in_any_unit():
    for row in ("旅客运输量 6310万人次", "货邮运输量 80.2万吨", "耕地面积 19.29亿亩", "PM2.5平均浓度 26微克/立方米",
                "339个地级及以上城市平均优良天数比例 83.2%"):
        assert patterns.label_and_figure(row), row
    assert not patterns.label_and_figure("全年旅客运输量达6310万人次")


def test_a_box_row_may_say_which_way_its_change_went_but_a_headlines_deck_is_no_row():
    assert patterns.label_and_figure("同比变化 上升1.3个百分点")
    assert not patterns.label_and_figure("规上工业增加值 增长8.2%")


def test_a_parameters_box_whose_label_is_qualified_in_brackets_keeps_it_as_a_row():
    assert patterns.box_row("车身尺寸（长×宽×高）：4710×1880×1665毫米")
    assert not patterns.box_row("他说（笑着）：这是我们第一次来。")


@pytest.mark.parametrize("row", ["长江 汉口站 水位23.86米 比昨日涨0.42米", "三峡水库 入库流量33500立方米每秒 出库流量28000立方米每秒",
                                 "1 《长夜将尽》 21563", "鲜人参（4年生） 52.00 54.00 ↓", "猪肉（五花） 14.80 ↓",
                                 "三元复合肥（45%） 50公斤/袋 148—155", "高氮复合肥（42%） 40公斤/袋 136—142",
                                 "2 约瑟夫·基普罗诺（肯尼亚） 2:08:59"])
def test_rows_whose_cells_name_their_measures_or_a_works_title_are_table_rows(row):
    assert patterns.is_table_row(row)


@pytest.mark.parametrize("line", ["62部新片展映 青年导演单元首次设立", "在优化营商环境中 发挥 人大力量", "《长夜将尽》 领跑国庆档"])
def test_headlines_with_layout_spaces_are_no_table_rows(line):
    assert not patterns.is_table_row(line)


def test_a_row_counting_data_traffic_is_a_label_and_its_figure():
    assert patterns.label_and_figure("移动互联网流量 1853亿GB")


@pytest.mark.parametrize("line", ["——英国《每日电讯报》网站", "——《纽约时报》"])
def test_a_sayings_source_is_no_subtitle(line):
    assert patterns.SOURCE_SIGNED.match(line)


@pytest.mark.parametrize("line", ["——读长篇小说《沅水谣》", "——读《青溪诗选》有感"])
def test_a_reviews_subtitle_is_no_sayings_source(line):
    assert not patterns.SOURCE_SIGNED.match(line)


@pytest.mark.parametrize("row", ["7月1日—15日 申报缴纳增值税、消费税", "7月5日前 公布录取结果", "7月15日 征期截止"])
def test_a_calendars_rows(row):
    assert patterns.calendar_row(row)


def test_a_dated_sentence_is_no_calendar_row():
    assert not patterns.calendar_row("3月15日 全市召开优化营商环境大会。")


def test_own_blocks_ends_table_holds_every_branch_of_its_pattern():
    """own_block tries OWN_BLOCK only on a line ending on a character of OWN_BLOCK_ENDS or holding a word of
    OWN_BLOCK_WORDS near its start: each branch of the pattern must end on one of those characters or spell one of
    those words."""
    from re import _constants as sre, _parser  # the pattern's branches as re itself reads them

    def last_characters(items) -> set[str] | None:  # None: any character may end the branch
        found: set[str] = set()
        for op, value in reversed(list(items)):
            if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
                continue
            if op is sre.LITERAL:
                return found | {chr(value)}
            if op is sre.IN and all(kind is sre.LITERAL for kind, _ in value):
                return found | {chr(code) for _, code in value}
            if op is sre.SUBPATTERN or op is sre.BRANCH or op is sre.MAX_REPEAT:
                branches = ([value[3]] if op is sre.SUBPATTERN else value[1] if op is sre.BRANCH else [value[2]])
                ends = [last_characters(branch) for branch in branches]
                if any(end is None for end in ends):
                    return None
                found |= set().union(*ends)
                if op is sre.MAX_REPEAT and value[0] == 0:
                    continue  # may be absent: the character before it may end the branch
                return found
            return None
        return found

    (_, (_, branches)), = [item for item in _parser.parse(patterns.OWN_BLOCK.pattern) if item[0] is sre.BRANCH]
    for branch in branches:
        ends = last_characters(branch)
        spelled = "".join(chr(value) for op, value in branch if op is sre.LITERAL)
        assert ((ends is not None and ends <= patterns.OWN_BLOCK_ENDS)
                or any(word in spelled for word in patterns.OWN_BLOCK_WORDS)), branch


@pytest.mark.parametrize("scene", ["10月17日，果农在果园里采摘沙糖橘。", "5月29日凌晨2时17分，贵州省某煤矿井下发生透水。",
                                   "6月8日下午，习近平在平壤同金正恩举行会谈。"])
def test_a_dated_scene_may_name_its_part_of_day_and_its_hour(scene):
    assert patterns.DATED_SCENE.match(scene)


@pytest.mark.parametrize("field", ["1.会议时间：2024年4月18日（星期四）下午14:30", "时间：即日起至2026年3月15日（周一闭馆）",
                                   "展出时间：即日起—2026年1月4日（周二）", "（一）报名时间：2024年3月1日（星期五）",
                                   "■ 开幕时间：2024年4月23日 星期二", "2024年中考报名时间：2024年4月8日（星期一）"])
def test_a_notices_dated_field_is_no_page_header(field):
    assert patterns.header(field) is None
    assert patterns.header("2024年4月18日 星期四") is not None



@pytest.mark.parametrize("text", ["特派员日记", "科技特派员日记", "通讯员手记", "【记者札记】"])
def test_a_writers_diary_named_by_the_writers_role_is_no_byline(text):
    assert not patterns.is_byline_line(text)


@pytest.mark.parametrize("text, row", [("《盲人智能导航手杖》 棠川市第一中学", True), ("《春到渔村》 陈海燕", True),
                                       ("《温岭渔谣》 出版发行", False)])
def test_a_work_and_who_entered_it_is_a_lists_row(text, row):
    assert patterns.box_row(text) is row


@pytest.mark.parametrize("text, row", [("A组 白沙街道队 6胜1负 13分", True), ("东川 5胜1平2负 16", True),
                                       ("白沙队以6胜1负的战绩出线", False)])
def test_a_standings_record_in_its_own_cell_makes_a_tables_row(text, row):
    assert patterns.is_table_row(text) is row


@pytest.mark.parametrize("text", ["□ 傅清远", "□ 洪晓梅", "阎 峰"])
def test_an_author_line_may_name_any_common_surname(text):
    assert patterns.is_author_line(text)


def test_a_papers_photo_report_label_heads_a_block_of_its_own():
    assert patterns.own_block("图片报道") and patterns.own_block("图片新闻")


@pytest.mark.parametrize("label", ["记者回音", "热线回音", "◆热线回音", "读者回音"])
def test_a_follow_up_or_a_hotlines_replies_head_a_block_of_their_own(label):
    assert patterns.own_block(label)


@pytest.mark.parametrize("label", ["【广告】", "【简讯】"])
def test_a_blocks_label_in_square_brackets_heads_a_block_of_its_own(label):
    assert patterns.own_block(label)
    assert not patterns.own_block("【法官说法】")  # a story's own marked section


def test_an_advertorial_marked_in_brackets_after_a_table_is_a_piece_of_its_own():
    page = banmian.rebuild("11月市区部分在售楼盘参考价\n\n单位：元/平方米\n\n楼盘　区域　参考均价\n\n滨湖·悦府　东湖新区　9800\n\n"
                           "龙泉壹号院　龙泉区　8600\n\n（价格由记者电话询问各项目售楼处获得，仅供参考）\n\n【广告】\n\n"
                           "汝河·云栖湾　三期“叠墅”火热认筹中\n\n初冬时节，汝河·云栖湾的滨河公园依然绿意盎然。\n\n项目地址：汝河区滨河南路99号\n")
    assert [a.headline[0] for a in page.articles] == ["11月市区部分在售楼盘参考价", "【广告】"]


@pytest.mark.parametrize("text", ["民航新闻　本版编辑：裴　洁", "要闻 责任编辑：王 五 版式：李 丽"])
def test_a_sections_name_beside_the_pages_editors_is_furniture(text):
    assert patterns.is_furniture(text)


@pytest.mark.parametrize("text", ["新闻 编辑部门认真核对了每一份材料。", "我们 编辑：这一期的内容很丰富，大家都说好。"])
def test_a_sentence_naming_editors_after_a_word_is_no_furniture(text):
    assert not patterns.is_furniture(text)


@pytest.mark.parametrize("text", ["报道称，爆料请拨打热线的人很多。", "晚报新闻热线开通以来", "爆料请拨打热线，记者将第一时间赶到现场。",
                                  # a service box's row naming the paper's hotline, a story's printed line: not the page's
                                  "鹭屿晚报新闻热线 968118", "爆料请拨打本报24小时新闻热线"])
def test_a_sentence_about_a_hotline_is_no_furniture(text):
    assert not patterns.is_furniture(text)


@pytest.mark.parametrize("text", ["市融媒体中心 编辑 2 本科及以上", "舞美 设计：刘杏", "记者林晓 编辑：潘佳", "编委会 主编：林国华 副主编：陈小平",
                                  "金奖 设计：王小明 作品：《归》", "周海燕 校对", "东浦人民出版社　责任编辑：李　明"])
def test_a_bare_role_after_a_word_is_no_pages_editor(text):
    assert not patterns.is_furniture(text)


@pytest.mark.parametrize("text", ["篆刻　岁岁平安（3.2厘米×3.2厘米）", "国画　秋山图（68cm×136cm）", "国画　秋山图　68cm×136cm"])
def test_an_artworks_caption_may_give_its_size_in_brackets(text):
    assert patterns.artwork_caption(text)


@pytest.mark.parametrize("text", ["举报热线：12369　新闻热线：0731-84621609", "食品安全投诉举报电话：12315　新闻热线：0571-85316620"])
def test_a_services_number_beside_the_papers_hotline_is_furniture(text):
    assert patterns.is_furniture(text)


@pytest.mark.parametrize("text", ["举报热线：12369", "服务热线：12369　新闻热线：0731", "请拨打热线：12369　新闻热线：0731-84621609后"])
def test_a_services_number_alone_or_a_sentence_naming_the_papers_hotline_is_no_furniture(text):
    assert not patterns.is_furniture(text)


@pytest.mark.parametrize("name, is_name", [("巴音孟克", True), ("乌云其木格", True), ("娜仁托娅", True), ("扎西多吉", True),
                                            ("格桑花", False), ("草原上", False), ("辽阔的巴彦塔拉", False)])
def test_mongol_and_tibetan_names_are_names_without_a_surname(name, is_name):
    assert patterns.minority_name(name) is is_name
    assert patterns.is_names_line(name) is is_name


@pytest.mark.parametrize("name, is_name", [("吉克曲布", True), ("海来阿卓", True), ("曲比阿果", True), ("阿西阿呷", True),
                                            ("吉克曲布拉", False), ("阿里巴巴", False)])
def test_yi_names_open_on_their_clan_and_are_names_of_four(name, is_name):
    assert patterns.minority_name(name) is is_name
    assert patterns.is_names_line(name) is is_name


def test_a_writers_school_and_yi_name_at_an_essays_foot_sign_it():
    assert patterns.UNIT_CREDIT.match("俄洛县则普乡中心校 海来阿卓")
    assert patterns.SIGNER_AT_END.match("觉洛乡阿古村村民 阿约伍牛")


@pytest.mark.parametrize("line", ["本报记者　巴特尔　乌云其木格", "本报记者　乌云其木格　实习生　张子涵"])
def test_a_byline_line_of_mongol_names_longer_than_four_is_a_byline(line):
    assert patterns.is_byline_line(line.replace("\u3000", " "))


@pytest.mark.parametrize("line", ["文学院　2024级汉语言文学2班　苏　晴", "化学与材料学院2022级应用化学1班　蒋沐阳"])
def test_a_students_college_and_class_sign_as_a_pupils_line(line):
    assert patterns.pupil_line(line.replace("\u3000", " "))


@pytest.mark.parametrize("line, furniture", [("版式：16枚（4套）", False), ("版式：王　芳", True), ("校对：孔令仪", True)])
def test_a_stamps_format_is_no_layout_editors_line(line, furniture):
    assert patterns.is_furniture(line.replace("\u3000", " ")) is furniture


@pytest.mark.parametrize("label", ["行业速览", "文艺短波", "■要闻速览"])
def test_a_columns_label_over_briefs_may_end_on_a_word_for_a_quick_look(label):
    assert patterns.BRIEFS_LABEL.match(label)


def test_a_caller_named_by_surname_and_a_calendar_day_by_its_evening_open_their_rows():
    assert patterns.CALLER.match("市民王先生来电：嘉积镇银海路红绿灯时间太短。")
    assert patterns.calendar_row("4月1日晚　博鳌镇滨海广场　民族歌舞篝火晚会")


def test_the_papers_hotline_with_a_full_width_dash_over_its_editors_is_furniture():
    assert patterns.is_furniture("本报广告热线：010－63528899 本版校对：周 雯")


def test_an_address_with_its_circulation_hotline_may_close_a_subscription_notice():
    assert not patterns.is_furniture("地址：太原市迎泽区并州南路168号 邮编：030012 发行热线：0351－4678210")


@pytest.mark.parametrize("line", ["江淮邮政快递报社出版　印刷：江淮日报印务中心", "岩溪县融媒体中心出品　产业新闻热线：0854-3721118",
                                  "锦华纺织服装报社　地址：锦城市滨江路188号　邮编：310052"])
def test_the_papers_imprint_naming_who_publishes_it_is_furniture(line):
    assert patterns.is_furniture(line.replace("\u3000", " "))


def test_a_timelines_year_opens_its_row_and_a_briefs_label_may_carry_its_tibetan_name():
    assert patterns.calendar_row("2015年　启动基层社恢复重建，新建乡镇基层社6个".replace("\u3000", " "))
    assert patterns.BRIEFS_LABEL.match("གསར་འགྱུར་མདོར་བསྡུས། 要闻简报")


@pytest.mark.parametrize("line, name", [("曼喃镇中心小学　玉香", "玉香"), ("勐澜县　岩温", "岩温"), ("县中学　玉米", None),
                                        ("镇中心小学　王香", None)])
def test_a_dai_writer_after_her_school_or_county_signs_but_no_word_after_it_does(line, name):
    assert patterns.placed_minority_writer(line.replace("\u3000", " ")) == name


def test_a_compilers_names_in_brackets_no_role_said_and_a_pupils_photo_credit():
    assert patterns.compiled_by("（周红梅　整理）".replace("\u3000", " "))
    assert not patterns.compiled_by("（通讯员　刀建新）".replace("\u3000", " "))
    assert patterns.is_credit("高二（4）班　丁　雪　摄".replace("\u3000", " "))


def test_a_houses_head_signs_by_office_and_a_glossarys_entries_gloss_a_word_in_a_few():
    assert patterns.HEAD_SIGNER.match("校长 何建国")
    assert not patterns.HEAD_SIGNER.match("校长 寄语")
    assert patterns.GLOSSARY_ENTRY.match("“卡莎莎”——谢谢")
    assert not patterns.GLOSSARY_ENTRY.match("“云端课堂”——山里娃的新窗口")


def test_what_falls_due_on_a_timelines_or_a_calendars_row_may_open_on_a_quotation():
    assert patterns.calendar_row("2024年4月 “一店一策”改造全面启动")
    assert patterns.calendar_row("5月15日 “助残就业大集”在青潭市人才市场举办")


@pytest.mark.parametrize("line", ["各年级、各班级：", "各行业商会、异地商会、镇（街道）商会："])
def test_a_schools_and_a_chambers_notice_may_be_addressed_to_its_classes_or_member_chambers(line):
    assert patterns.SALUTATION.match(line)


def test_a_papers_name_spelled_in_pinyin_under_its_masthead_is_a_flag_line_an_english_greeting_is_not():
    assert patterns.is_top_flag("DONGCHUAN SIFA JINGYUAN")
    assert not patterns.is_top_flag("HAPPY CHINESE NEW YEAR")


def test_a_table_rows_label_qualified_in_brackets_may_have_its_unit_set_right_after():
    assert patterns.is_table_row("犊牛（6月龄）元/头 9800 ↑1.0%")
    assert not patterns.is_table_row("全市房价（3月） 新房涨0.3% 二手房跌0.5%")
