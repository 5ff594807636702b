import pytest

import banmian
from banmian.read.text import split_lines
from banmian.rebuild.paragraphs import blocks, sure_headlines
from banmian.rebuild.layout import read_layout
from banmian.rebuild.roles import classify


def paragraphs(text):
    units = classify(split_lines(text))
    return [unit.text for unit in blocks(units, read_layout(units))]


def _fragment_rule(left, right):
    """What the fragment rules alone say of two fragments, one over the other (None: they are weighed)."""
    from banmian.model import Line, Unit
    from banmian.rebuild.paragraphs import fragment_rule
    return fragment_rule(Unit((Line(0, left),), "text", left), Unit((Line(1, right),), "text", right))


def test_fragment_cut_mid_word_is_joined():
    text = "会议充分肯定过去一年台\n\n州市纪检监察工作取得的成绩。\n\n会议强调，要加强建设。"
    assert paragraphs(text) == ["会议充分肯定过去一年台州市纪检监察工作取得的成绩。", "会议强调，要加强建设。"]


def test_a_listings_last_field_among_fragments_is_not_run_into_the_next_boxs_label():
    text = "\n\n".join(["赛事信息", "■全国社区运动会广场舞项目展演", "时间：7月12日—13日", "地点：安徽省合肥市体育中心",
                      "报名方式：以社区为单位，通过当地体育部门推荐报名", "健身者说",
                      "“以前总觉得锻炼要去健身房，后来发现小区门口的健身步道就挺好。”", "——浙江省杭州市拱墅区居民　徐建国"])
    assert paragraphs(text)[4:6] == ["报名方式：以社区为单位，通过当地体育部门推荐报名", "健身者说"]


def test_a_notices_field_ending_on_a_list_of_places_among_fragments_is_not_run_into_the_next_sentence():
    field = "停水范围：江洲区滨江大道（市府路至湖滨路段）两侧用户，化纤厂宿舍、锦江花园、滨湖小区"
    text = "\n\n".join(["停水公告", "因供水管网改造施工，我公司定于10月18日对部分区域暂停供水。", field,
                      "如遇特殊情况，恢复供水时间将顺延。服务热线：0792-8223333"])
    assert paragraphs(text)[2:] == [field, "如遇特殊情况，恢复供水时间将顺延。服务热线：0792-8223333"]


def test_a_notices_field_ending_on_places_stands_apart_from_a_long_request_under_it_among_fragments():
    field = "停水范围：汶河大街（望岳路至迎春路段）两侧用户，幸福里小区、纺织厂宿舍、汶河花园小区"
    after = "请以上区域用户提前做好储水准备，停水期间关好自家水龙头，以免恢复供水时跑水。"
    text = "\n\n".join(["停水通知", "因供水主管道改造施工需要，我公司将对部分区域暂停供水。", field, after])
    assert paragraphs(text)[2:] == [field, after]


@pytest.mark.parametrize("field, below, apart", [
    ("停电范围：城东镇王桥村、庄河村部分用户，城东工业园部分企业", "如遇雨雪等恶劣天气，检修工作将顺延。", True),
    ("停电范围：城东镇王桥村、庄河村部分用户，城东工业园部分", "企业。如遇雨雪等恶劣天气，检修工作将顺延。", False),
    ("温馨提示：停电期间，", "请用户关好家中电器开关。", False),  # a field's sentence cut at its clause goes on
])
def test_a_notices_field_of_places_ending_on_a_plain_clause_is_no_sentence_the_next_fragment_goes_on(field, below, apart):
    assert (_fragment_rule(field, below) is False) == apart


def test_fragment_cut_after_an_enumeration_comma_is_joined():
    text = "市中心准备了抢险救援照明车、\n\n挖掘机、高空作业车等设备。"
    assert paragraphs(text) == ["市中心准备了抢险救援照明车、挖掘机、高空作业车等设备。"]


def test_fragment_cut_inside_a_clause_is_joined():
    text = "会议指出，重要讲话科学回答我们党\n\n为什么要自我革命等重大问题。"
    assert paragraphs(text) == ["会议指出，重要讲话科学回答我们党为什么要自我革命等重大问题。"]


def test_headline_is_not_joined_to_the_story():
    text = "新年第一场雪\n\n受强冷空气影响，温岭迎来第一场雪。"
    assert paragraphs(text) == ["新年第一场雪", "受强冷空气影响，温岭迎来第一场雪。"]


def test_headline_with_layout_spaces_is_not_joined():
    text = "在优化营商环境中 发挥 人大力量\n\n2023年8月22日，项目签约。"
    assert len(paragraphs(text)) == 2


def test_a_dateline_always_starts_a_paragraph():
    text = "聚力岭航持续提升辨识度\n\n本报讯（记者张璐玮）1月19日，大会举行。"
    assert len(paragraphs(text)) == 2




WRAPPED_NO_INDENT = """\
会议指出，要深入学习贯彻
重要讲话精神。会议强调，
要坚持问题导向，推动工作
落实。
今年以来，我市有十名市领
导挂帅，推进十大重点产业
链攻坚行动。

面对询问，市经信局局长没
有拖泥带水，回答直奔主题
。各方面都很满意，反响很
好。
"""


def test_wrapped_lines_join_until_a_short_line():
    assert paragraphs(WRAPPED_NO_INDENT) == [
        "会议指出，要深入学习贯彻重要讲话精神。会议强调，要坚持问题导向，推动工作落实。",
        "今年以来，我市有十名市领导挂帅，推进十大重点产业链攻坚行动。",
        "面对询问，市经信局局长没有拖泥带水，回答直奔主题。各方面都很满意，反响很好。",
    ]


WRAPPED_INDENTED = """\
　　会议指出，要深入学习贯
彻重要讲话精神。会议强调，
要坚持问题导向，推动工作。
　　今年以来，我市有十名市
领导挂帅，推进十大重点产

业链攻坚行动。全市上下形
成共识，各项工作顺利推进。
"""


def test_indents_mark_paragraphs_and_column_cuts_are_joined():
    assert paragraphs(WRAPPED_INDENTED) == [
        "会议指出，要深入学习贯彻重要讲话精神。会议强调，要坚持问题导向，推动工作。",
        "今年以来，我市有十名市领导挂帅，推进十大重点产业链攻坚行动。全市上下形成共识，各项工作顺利推进。",
    ]


def test_latin_words_cut_at_a_line_end_keep_their_space():
    text = "报道称，新产品名为Smart\nPhone。"
    assert paragraphs(text)[0].endswith("Smart Phone。")


def test_a_byline_line_wrapped_at_the_column_edge_is_joined_back():
    units = classify(split_lines("本报记者 车云龙 本报通讯员\n魏梦佳 本报实习生 沈文敏"))
    (byline,) = blocks(units, read_layout(units))
    assert byline.role == "byline"
    assert byline.text == "本报记者 车云龙 本报通讯员魏梦佳 本报实习生 沈文敏"


def test_a_byline_ending_on_a_padded_name_takes_no_kind_from_over_a_column_end():
    text = ("　　“一家一户种地，难题都解决了。”李春生说。\n本报记者　何　苗\n\n短评\n农资保供要跑在农时前面\n本报评论员\n"
            "　　“春耕不等人，误了农时误一年。”眼下，\n春耕生产陆续展开。\n")
    page = banmian.rebuild(text)
    assert page.articles[0].byline.reporters == ["何苗"] and page.articles[1].headline[0] == "短评"


def test_a_byline_wrapped_after_a_padded_name_goes_on_over_a_column_end():
    text = "贵州数智产业集群活力迸发\n\n本报记者 杨雪梅 李 杰 本\n\n报实习生 范佳元\n智驾汽车如何迅速识别车\n道线？\n"
    story = banmian.rebuild(text).articles[0]
    assert story.byline.interns == ["范佳元"] and story.paragraphs == ["智驾汽车如何迅速识别车道线？"]


def test_an_indented_line_under_a_byline_opens_the_story_not_more_names():
    # 海运，承担我国 read as two more reporters, 海运 and 承担我国, glued to the byline
    text = "记者 杨 敏\n　　海运，承担我国\n95%以上的国际贸易。\n"
    assert paragraphs(text) == ["记者 杨 敏", "海运，承担我国95%以上的国际贸易。"]


def test_a_fragment_of_three_clauses_stopped_on_no_end_goes_on_into_a_short_one():
    left = "在交流互鉴中激发创新，在彼此成就中共同成长，以创新做大全球市场蛋糕，让"
    text = f"{left}\n\n“创新红利”惠及全球\n\n6月25日，为期3天的年会在天津闭幕。"
    assert paragraphs(text)[0] == left + "“创新红利”惠及全球"


def test_verse_lines_stay_apart():
    assert paragraphs("细嗅草木香，\n\n野趣盈田庄。") == ["细嗅草木香，", "野趣盈田庄。"]


def test_an_open_quote_carries_a_fragment_on():
    assert paragraphs("从“一书在手”到“一屏\n\n万卷”，数字阅读改变习惯。") == ["从“一书在手”到“一屏万卷”，数字阅读改变习惯。"]


def test_a_full_line_carries_on_across_a_column_end_even_into_a_short_line():
    full = "一二三四五六七八九十一二\n"
    text = full * 8 + "\n结束了！\n\n新的标题\n\n本报讯（记者甲）正文。"
    assert paragraphs(text)[0] == "一二三四五六七八九十一二" * 8 + "结束了！"


def test_a_lone_character_after_a_byline_goes_with_the_text():
    text = "■ 本报记者 郑海鸥 本报通讯员 赵彩琳\n\n作\n\n为我国第一部护航民营经济发展的基础性法律，它已施行一年。"
    assert paragraphs(text)[0] == "■ 本报记者 郑海鸥 本报通讯员 赵彩琳"
    assert paragraphs(text)[1].startswith("作为我国第一部")


def test_a_name_or_dateline_cut_across_fragments_is_joined():
    assert paragraphs("习近\n\n平指出，中俄两国坚持合作共赢。")[0] == "习近平指出，中俄两国坚持合作共赢。"
    assert paragraphs("本报\n\n北京5月8日电 （记者江琳）会议举行。")[0] == "本报北京5月8日电 （记者江琳）会议举行。"


def test_a_dateline_cut_inside_its_date_is_joined_not_taken_for_a_heading():
    # 本报郑州5月11 / 日电 … was a headline line, or a paragraph of its own, the date cut in two;
    # the more so beside another story's 本报北京5月11 / 日电, the pair set alike as headings are.
    wrapped = "　　新华社北京6月27\n日电 中国音乐家协会近日在京举办座谈会，\n与会者交流了创作经验。\n"
    assert paragraphs(wrapped) == ["新华社北京6月27日电 中国音乐家协会近日在京举办座谈会，与会者交流了创作经验。"]
    story = "{headline}\n\n本报{city}5月11\n\n日电 会议在{city}举行，来自各地的代表共195人参加学习。\n\n"
    page = banmian.rebuild(story.format(headline="全国人大常委会办公厅在郑州举办学习班", city="郑州")
                           + story.format(headline="全国农业气候资源普查启动", city="北京"))
    assert [(a.headline, a.dateline) for a in page.articles] == [
        (["全国人大常委会办公厅在郑州举办学习班"], "本报郑州5月11日电"), (["全国农业气候资源普查启动"], "本报北京5月11日电")]


def test_a_heading_does_not_end_inside_a_word():
    text = "（转第四版）\n\n实干担当 推动学习教育成果转化\n\n树立和践行正确政\n\n绩观学习教育开展以来，各地精心组织。"
    assert paragraphs(text)[-1] == "树立和践行正确政绩观学习教育开展以来，各地精心组织。"


def test_an_editor_line_wrapped_at_the_column_edge_stays_furniture():
    units = classify(split_lines("会议强调，要加强领导。\n\n责编：蒋雪婕 张安宇 何 彪 杨\n\n旭 胡安琪 张帅祯"))
    merged = blocks(units, read_layout(units))
    assert [(unit.role, unit.text) for unit in merged[1:]] == [("furniture", "责编：蒋雪婕 张安宇 何 彪 杨旭 胡安琪 张帅祯")]


def test_a_full_line_under_a_headline_runs_on_into_its_paragraph():
    text = ("　　会议强调，要把学习教育成果转化\n为推动高质量发展的实际成效，持续用\n力。（下转第二版）\n"
            "实干担当 推动成果转化\n树立和践行正确政绩观学习教育开展以\n来，各地区各部门精心组织，一体推\n进。\n"
            "　　各地坚持问题导向，建立工作台账\n，推动问题整改落实到位，取得明显\n成效。")
    assert "树立和践行正确政绩观学习教育开展以来，各地区各部门精心组织，一体推进。" in paragraphs(text)


def test_reporters_and_correspondents_on_two_lines_are_one_byline():
    units = classify(split_lines("本报记者 刘一江 李蕊\n本报通讯员韩俊杰\n　　开栏的话"))
    merged = blocks(units, read_layout(units))
    assert [(unit.role, unit.text) for unit in merged[:1]] == [("byline", "本报记者 刘一江 李蕊 本报通讯员韩俊杰")]


def test_a_kicker_in_display_type_under_the_editor_line_is_no_more_editors():
    from banmian.model import BBox, Line

    lines = [Line(number=0, text="本版责编：纪雅林 吕钟正", font_size=9, bbox=BBox(37, 39, 138, 49)),
             Line(number=2, text="以赛兴城 燃动消费", gap_before=1, font_size=28, bbox=BBox(343, 69, 577, 99)),
             Line(number=3, text="兰州马拉松激活城市经济新引擎", font_size=28, bbox=BBox(262, 103, 658, 133))]
    lines += [Line(number=4 + k, text="黄河奔涌，两山苍翠。5月的甘肃兰州，因一场马拉松而活力迸发。", font_size=9,
                   bbox=BBox(37, 143 + 14 * k, 307, 153 + 14 * k)) for k in range(3)]
    units = classify(lines)
    merged = blocks(units, read_layout(units))
    assert [unit.text for unit in merged[:2]] == ["本版责编：纪雅林 吕钟正", "以赛兴城 燃动消费"]


def test_where_paragraphs_are_spaced_a_full_line_ending_a_sentence_runs_on_without_space():
    from banmian.model import BBox, Line

    texts = ["一二三四五六七八九十一二三四", "五六七八九十一二三四五六七八", "一二三四五六七八九十一二三四",
             "五六七八九十一二三四五六七八", "一二三四五六七八九十一二三四", "稳定、透明、可预期的制度保障。",
             "同时，全面实施自贸试验区提升", "战略。", "甲乙丙丁戊己庚辛壬癸甲乙丙丁", "甲乙丙丁戊己庚辛壬癸甲乙丙丁",
             "甲乙丙丁戊己庚辛壬癸甲乙丙丁", "结束。"]
    tops = [0, 15, 30, 45, 60, 75, 90, 105, 127, 142, 157, 172]  # a paragraph space above the ninth line
    lines = [Line(number=k, text=text, font_size=10, bbox=BBox(40, top, 40 + 10 * len(text), top + 10))
             for k, (text, top) in enumerate(zip(texts, tops))]
    units = classify(lines)
    merged = blocks(units, read_layout(units))
    assert [unit.text[-3:] for unit in merged] == ["战略。", "结束。"]


def test_a_byline_wrapped_over_three_lines_is_joined_back():
    units = classify(split_lines("本报记者 齐志明 本报通\n讯员 李林蔚 本报实习生\n李 蕊\n　　超560万件！国家知识产权局最新数据显示。"))
    merged = blocks(units, read_layout(units))
    assert (merged[0].role, merged[0].text) == ("byline", "本报记者 齐志明 本报通讯员 李林蔚 本报实习生李 蕊")


def test_a_book_title_left_open_at_a_column_end_goes_on():
    assert paragraphs("《黑神话：\n\n悟空》中的陕北说书、中国古建筑被全球玩家熟知。") == ["《黑神话：悟空》中的陕北说书、中国古建筑被全球玩家熟知。"]


def test_the_rest_of_another_story_never_runs_on_from_a_full_line():
    text = ("　　青年传承人与相关企业开展对接，推动非遗工\n坊提质增效，让非遗传承人切实受益，助力文化传\n承与产业发展互促共进，文化产业蓬勃发展起来\n"
            "（上接第一版）宁夏中宁县对照历史遗留问题清单，\n逐项分解到具体部门。")
    assert paragraphs(text)[-1].startswith("（上接第一版）宁夏中宁县")


def test_a_byline_wrapped_inside_its_roles_is_joined_back():
    units = classify(split_lines("本报记者 秦 婧 王骁波 本\n报通讯员 周人杰 本报实习\n生 顾 春\n　　贵州省黔东南苗族侗族自治州黎平县。"))
    merged = blocks(units, read_layout(units))
    assert (merged[0].role, merged[0].text) == ("byline", "本报记者 秦 婧 王骁波 本报通讯员 周人杰 本报实习生 顾 春")


def test_an_indented_first_line_alone_at_a_column_foot_goes_on_in_the_next_column():
    text = ("标题在这里\n\n"
            "\u3000\u3000本报讯（记者彭波）中共中央政治\n\n"
            "局常委、全国人大常委会委员长赵乐际\n"
            "下午同列席会议的全国人大代表座谈。\n"
            "\u3000\u3000他强调，要把学习贯彻落到实处，\n"
            "推动各项工作取得新成效。\n")
    page = banmian.rebuild(text)
    assert page.articles[0].paragraphs[0].startswith("本报讯（记者彭波）中共中央政治局常委")


def test_a_long_lead_sentence_set_without_a_stop_ends_its_paragraph():
    lead = "从规模优势到系统突围，中国外贸的迭代升级是多年来长期积累、久久为功、内外兼修的结果"
    text = f"外贸观察\n\n本报讯 今年外贸稳中有进。\n\n{lead}\n\n据报道，近期电风扇、制冰机等部分小家电出口订单回流。\n"
    page = banmian.rebuild(text)
    assert page.articles[0].paragraphs[1] == lead


def test_an_ellipsis_hung_past_the_column_edge_leaves_the_line_full():
    text = ("劳务品牌\n\n"
            "\u3000\u3000近年来，各地培育劳务品牌，“青海拉\n"
            "面师”“武陵山缝纫工”“津甘护工”品牌……\n"
            "一批劳务品牌脱颖而出，东西部劳务协作质\n"
            "量不断提升，带动更多群众稳定就业增收。\n")
    page = banmian.rebuild(text)
    assert len(page.articles[0].paragraphs) == 1


def test_a_paragraph_cut_above_a_credit_is_no_photo_title():
    text = ("德钦安置房交房\n\n本报昆明5月15日电 首批安置房交房。\n\n"
            "此次交付的安置房总建筑面积约9.7万\n\n平方米，项目设置多种户型。\n\n以上图片均为刘冉阳摄（人民视觉）\n")
    page = banmian.rebuild(text)
    assert "此次交付的安置房总建筑面积约9.7万平方米，项目设置多种户型。" in page.articles[0].paragraphs


def test_a_paragraph_opened_by_a_jump_line_goes_on_across_a_column_cut_on_an_indented_page():
    text = ("标题\n\n\u3000\u3000第一段写在这里。\n\n\u3000\u3000第二段写在这里。\n\n\u3000\u3000第三段写在这里。\n\n"
            "（上接第5版）学习贯彻习近平党建思想，必将更好指引全党巩固党的长\n\n期执政地位，确保党始终不变质。\n\n"
            "\u3000\u3000学习贯彻习近平党建思想，必将有力提高党的能力。\n")
    page = banmian.rebuild(text)
    paragraphs = [p for article in page.articles for p in article.paragraphs]
    assert "学习贯彻习近平党建思想，必将更好指引全党巩固党的长期执政地位，确保党始终不变质。" in paragraphs


def test_a_story_under_a_byline_keeps_its_own_column_width_without_a_blank_line():
    text = ("第一篇\n\n"
            "今年以来，我市持续推进项目\n"
            "建设，各项工作取得积极成效\n"
            "全年目标任务顺利完成，经济\n"
            "运行稳中向好，发展质量稳步\n"
            "提升，群众获得感不断增强。\n"
            "“水果班船”助农增收\n"
            "记者 杨 东 通讯员 李晓宏\n"
            "眼下正值水果销售旺季，湖南省资兴\n\n"
            "市滁口镇的果农们抢抓销售时机，将\n"
            "一筐筐鲜果通过库区专设的班船运出\n"
            "山外，销往全国各地的市场。\n")
    page = banmian.rebuild(text)
    second = page.articles[-1]
    assert second.paragraphs[0].startswith("眼下正值水果销售旺季，湖南省资兴市滁口镇")


def test_a_photo_credit_wrapped_at_the_column_edge_stays_one_credit():
    units = classify(split_lines("图为观众在参观展览。\n本报记者 李君强文 新华社\n记者 陈晔华摄\n"))
    merged = blocks(units, read_layout(units))
    assert [(unit.role, unit.text) for unit in merged][-1] == ("credit", "本报记者 李君强文 新华社记者 陈晔华摄")


def _headline_lines(text: str) -> list[str]:
    return [line for article in banmian.rebuild(text).articles for line in article.headline]


def test_a_block_set_apart_above_a_byline_is_a_headline_however_full_its_lines():
    text = ("人民日报 第01版\n\n以扎实举措推进农业农村现代化\n用勤劳和智慧创造更加美好生活\n\n本报记者 龙雷 本报通讯员 王泽昊\n"
            "\u3000\u3000农业农村现代化关系中国\n式现代化全局和成色，要以扎\n实举措做好各项工作，推动乡\n"
            "村全面振兴，让农民过上好日\n子。\n")
    assert _headline_lines(text)[:2] == ["以扎实举措推进农业农村现代化", "用勤劳和智慧创造更加美好生活"]


def test_a_column_tail_above_a_jump_line_is_no_headline_block():
    text = ("推动高质量发展\n\n"
            "本报讯 今年以来，我市持续推进项目\n建设，各项工作取得积极成效，全年目\n标任务顺利完成，经济运行稳中向好。\n"
            "发展质量稳步提升，群众获得感不断增\n强，各方面工作都取得了新的进展，我\n\n"
            "们将继续努力推动各项工作落到实处，\n为全市经济社会发展作出更大的贡献\n\n"
            "（下转第4版）\n\n乡村振兴有新招\n\n本报讯 各地因地制宜，探索发展特色\n产业，带动群众增收致富。\n")
    assert _headline_lines(text) == ["推动高质量发展", "乡村振兴有新招"]


def test_a_heading_above_a_paragraph_opened_by_a_jump_line_is_a_headline():
    text = ("\u3000\u3000鲁花集团股份有限公司总裁表示：“不\n"
            "仅要为老百姓提供优质的粮油农副产品，\n"
            "还要为老百姓的米袋子和菜篮子做好服务，\n"
            "为国家粮食安全贡献更多的力量和智慧。”\n\n"
            "书写新时代的“山海情”\n\n"
            "\u3000\u3000（上接第1版）6月的贺兰山下，蓝\n"
            "色“光伏海”闪耀，风机叶轮徐徐转动，一\n"
            "派繁忙景象，处处都是发展的新气象新面貌\n")
    assert _headline_lines(text) == ["书写新时代的“山海情”"]


def test_a_headline_cut_inside_its_quote_stays_apart_above_a_dateline_the_column_cut():
    text = ("座谈会集中展映9部优质虚拟现实电影。\n\n\n\n国家京剧院“京剧武旦\n\n人才培养班”开班\n\n本报北京6月1日\n\n"
            "电 （曹琳、陈世涵）1日，培养班在罗田县开班。")
    assert paragraphs(text) == ["座谈会集中展映9部优质虚拟现实电影。", "国家京剧院“京剧武旦", "人才培养班”开班",
                                "本报北京6月1日电 （曹琳、陈世涵）1日，培养班在罗田县开班。"]


def test_the_rest_of_a_story_opened_by_its_jump_line_takes_its_own_column_width():
    text = ("　　敏昂莱表示，缅甸恪守一个\n中国原则，反对任何形式的“台\n独”，完全支持习近平主席提出\n　　丁仲礼参加会见。\n\n"
            "　　（上接A1版）委员\n\n长会议建议，十四届全\n国人大常委会第二十三\n次会议审议商标法修订\n草案。\n")
    assert paragraphs(text)[-1] == "（上接A1版）委员长会议建议，十四届全国人大常委会第二十三次会议审议商标法修订草案。"


def test_a_jump_glued_to_a_paragraphs_last_line_does_not_make_it_a_wide_headline():
    text = ("　　“曾经，车间里常常烟尘弥\n漫，而且落后的铸造工艺限制了\n生产规模，无法加工更大的阀门。”\n"
            "公司生产部部长马慧钊回忆。（转第6版）\n")
    assert paragraphs(text) == ["“曾经，车间里常常烟尘弥漫，而且落后的铸造工艺限制了生产规模，无法加工更大的阀门。”"
                                "公司生产部部长马慧钊回忆。（转第6版）"]


def test_a_short_segment_cut_mid_sentence_at_the_next_columns_width_goes_on_there():
    text = ("　　义乌从“鸡毛换糖”到“买卖全球”，\n靠的是一代代人敢想、敢闯、敢试、敢干。\n当前，树立和践行正确政绩观学习教育正在\n"
            "全党深入开展，我们定能不断开创新局面。\n\n　　今年4月24日是第十一个\n“中国航天日”。沉浸式航\n\n"
            "天科普展“星辰足迹——月\n背之约”4月23日在中国科学\n技术馆开幕。本次展览以\n“月背探秘 星辰启航”为主\n题。\n")
    assert paragraphs(text)[-1] == ("今年4月24日是第十一个“中国航天日”。沉浸式航天科普展“星辰足迹——月背之约”4月23日"
                                    "在中国科学技术馆开幕。本次展览以“月背探秘 星辰启航”为主题。")


def test_a_headline_with_a_layout_space_under_the_editor_line_is_no_more_editors():
    text = "本版责编：邹志鹏 张慧中 褚 君\n\n向下扎根 向阳生长\n\n　　山海不为远，千里心相连。\n"
    assert paragraphs(text)[1] == "向下扎根 向阳生长"
    assert paragraphs("责编：蒋雪婕 张安宇 何 彪 杨\n旭 胡安琪 张帅祯\n\n正文。")[0] == "责编：蒋雪婕 张安宇 何 彪 杨旭 胡安琪 张帅祯"


def test_a_ragged_headline_block_set_apart_is_not_measured_as_a_column():
    text = ("深入学习贯彻习近平新时代中国特色社会主义思想\n坚持以习近平党建思想为指引\n奋力推进新时代党的建设新的伟大工程\n\n"
            "　　党的十八大以来，以习近平同志为核心的党中央站在事关\n强国建设和民族复兴伟业历史进程、事关党和国家前途命运、\n"
            "事关党长期执政和国家长治久安的战略高度，提出一系列管党\n治党、兴党强党的新理念新思想新战略。\n")
    assert paragraphs(text)[:3] == ["深入学习贯彻习近平新时代中国特色社会主义思想", "坚持以习近平党建思想为指引",
                                    "奋力推进新时代党的建设新的伟大工程"]


def test_a_storys_first_line_alone_at_a_column_foot_goes_on_in_the_next_column():
    story_above = ("准锁定和定向触达。在近期应对多轮强降水过程中，结\n合应急管理部需求，完成预警、台风、气温、降水、雷\n"
                   "达、卫星云图6个模块融入应急管理部“移动应急”APP，\n为应急指挥提供支撑。\n\n")
    rest = "\n\n要和生态环境法典、国家发展规划法、民族团结进步\n促进法等情况，表示两国可围绕民主法治建设、提高\n立法质量等开展经验交流。\n"
    jumped = paragraphs(story_above + "赵乐际对哈萨克斯坦进行正式友好访问\n\n（上接第一版）赵乐际还介绍了中国“十五五”规划" + rest)
    assert jumped[-1].startswith("（上接第一版）赵乐际还介绍了中国“十五五”规划要和生态环境法典")
    dated = paragraphs(story_above + "奥地利外长赖辛格将访华\n\n新华社北京6月21日电 外交部发言人21日宣布：应王" + rest)
    assert dated[-1].startswith("新华社北京6月21日电 外交部发言人21日宣布：应王要和生态环境法典")


def test_a_fragment_that_opens_and_ends_on_quotes_of_two_quotations_runs_on():
    text = "“我们林家的建筑坐东朝西。”联谊活动中，林铭聪用“饮水思源，寻根溯源”\n\n来表达内心情感。"
    assert paragraphs(text) == ["“我们林家的建筑坐东朝西。”联谊活动中，林铭聪用“饮水思源，寻根溯源”来表达内心情感。"]


def test_a_long_numbered_paragraph_cut_by_a_column_runs_on():
    text = ("2.甘肃省酒泉市新城区骗取国债资金建设景观工程。2024年5月，新城区开发建设管理委员会在明知该项目未纳入规划的情况下，通过将“伴\n\n"
            "行步道”包装成“检修路”等方式申报项目。")
    assert len(paragraphs(text)) == 1


def test_a_numbered_line_that_ends_on_an_enumeration_comma_runs_on():
    text = "四、面对世界之变、\n\n时代之变、历史之变，双方一致同意加强合作。"
    assert paragraphs(text) == ["四、面对世界之变、时代之变、历史之变，双方一致同意加强合作。"]


def test_a_short_fragment_that_reads_as_a_paragraphs_head_runs_on():
    # Without the fragment model's reading of the whole fragment the weighed cut leans to a heading here.
    assert paragraphs("走进箬横镇的西瓜大棚，只见\n\n瓜农们正忙着采摘成熟的西瓜。") == ["走进箬横镇的西瓜大棚，只见瓜农们正忙着采摘成熟的西瓜。"]


def test_a_storys_first_lines_take_the_width_of_its_next_column_not_of_the_story_before():
    text = ("　　敏昂莱表示，缅甸恪守\n一个中国原则，反对任何\n形式的“台独”，完全支持\n中方提出的倡议。\n\n"
            "　　本报讯（记者何思琦、胡佳丽）5月22日，走进第二十\n二届文博会，古韵新潮扑面而来。精彩纷呈的传统文\n\n"
            "化产品吸引众多游客驻足打卡。清代广州十三行描金折\n扇再现海上丝绸之路的繁华景象，引来不少观众拍照留\n念。\n")
    assert paragraphs(text)[1] == ("本报讯（记者何思琦、胡佳丽）5月22日，走进第二十二届文博会，古韵新潮扑面而来。精彩纷呈的"
                                   "传统文化产品吸引众多游客驻足打卡。清代广州十三行描金折扇再现海上丝绸之路的繁华景象，"
                                   "引来不少观众拍照留念。")
    jumped = text.replace("本报讯（记者何思琦、胡佳丽）5月22日，走", "（上接第一版）记者何思琦、胡佳丽5月22日")
    assert paragraphs(jumped)[1].startswith("（上接第一版）记者何思琦、胡佳丽5月22日进第二十二届文博会")


def test_a_source_tag_over_a_round_ups_first_item_heading_stands_alone():
    text = ("国内联播快讯\n\n央视网消息（新闻联播）：\n\n美政府“停摆”持续安检员缺勤达新高\n\n"
            "美国政府“停摆”进入第五周，多地机场安检员缺勤人数创下新高。")
    assert paragraphs(text)[1:3] == ["央视网消息（新闻联播）：", "美政府“停摆”持续安检员缺勤达新高"]


def test_a_lead_cut_after_its_colon_goes_on_into_its_sentence():
    text = "央视网消息（新闻联播）：\n\n记者从国家发展改革委了解到，今年以来项目建设进展顺利。"
    assert paragraphs(text) == ["央视网消息（新闻联播）：记者从国家发展改革委了解到，今年以来项目建设进展顺利。"]


def test_a_full_line_among_one_line_paragraphs_runs_on_into_the_flush_line_under_it():
    # Measured lines: the column's width read from its lines (mostly short paragraphs) is narrower than it is.
    from banmian.model import BBox, Line

    texts = ["他在写“大科学家给小读者”的书。", "画了几张，总画不好。", "知难而退——只画了书房一角。",
             "他在画旁题字：贾家小屋半成斋。", "他家书房，书架围墙而立，密密麻麻排", "列的书，中文、外文，都有。"]
    lines = []
    for k, text in enumerate(texts):
        indent = k < 5
        x0 = 643 if indent else 625
        lines.append(Line(number=k, text=text, indent=indent, font_size=9,
                          bbox=BBox(x0, 100 + 15 * k, x0 + 9 * len(text), 109 + 15 * k)))
    units = classify(lines)
    merged = blocks(units, read_layout(units))
    assert merged[-1].text == "他家书房，书架围墙而立，密密麻麻排列的书，中文、外文，都有。"


def test_a_line_short_of_its_column_over_an_unindented_line_is_a_heading_not_the_paragraph_going_on():
    body = ["\u3000\u30001969年，定州相继发现北宋静志寺和净", "众院塔基地宫，共出土文物700余件，涵盖佛",
            "教造像、历代钱币等。“尘外千年”展厅里，", "这些文物静静陈列，无声诉说着时光的流转。",
            "其中，一件浅蓝色刻花玻璃瓶显得与众不同。", "定州博物馆馆长齐增玲介绍：“此瓶为域外",
            "传入的钠钙玻璃，是中外交流的见证。旁边", "的北宋琉璃葡萄串则为国产铅钡玻璃所制。”"]
    heading = ["牢记嘱托弘扬报国传统", "感恩奋进服务复兴伟业"]
    rest = ["\u3000\u30002022年5月18日，在南京大", "", "学建校120周年之际，习近平总", "书记给南京大学留学归国青年学",
            "者回信，勉励南京大学留学归国", "青年学者。"]
    page = banmian.rebuild("\n".join(body + [""] + heading + [""] + rest) + "\n")
    assert page.articles[0].paragraphs[-1].endswith("所制。”")
    assert page.articles[-1].headline == heading


def test_a_kicker_and_headline_over_a_byline_wrapped_after_a_role_are_a_headline_block():
    text = ("站在开年看全年、看未来，实现\n中国经济之稳，还在于潜力之大。\n用好各方面优势和有利条件，集\n"
            "中精力办好自己的事，继续走稳\n走好高质量发展之路，我们靠实\n干抵达目标，靠实绩强健信心。\n\n"
            "【春耕里的新质生产力】\n八十多亩梯田，科技“代种”八小时插好秧\n\n本报记者 曾华锋 本报通讯员\n丁雅诵\n"
            "一大早，浙江省遂昌县金竹镇杂\n交水稻种植户李秀鹏便守在自家\n田垄前。\n")
    page = banmian.rebuild(text)
    assert page.articles[0].paragraphs[-1].endswith("强健信心。")
    assert page.articles[-1].headline == ["【春耕里的新质生产力】", "八十多亩梯田，科技“代种”八小时插好秧"]
    assert page.articles[-1].byline.correspondents == ["丁雅诵"]


def test_a_line_alone_between_blank_lines_ending_no_sentence_is_no_column_text():
    text = ("\u3000\u30001—5月，全国一般公共预算支出11.39万亿元，同比\n增长0.8%，支出规模为年初预算的37.9%，进度与前几年\n"
            "同期基本相当。其中，卫生健康支出增长11.3%，主要是\n发放育儿补贴、财政对基本医疗保险基金补助等增加；\n"
            "社会保障和就业支出增长6.3%；住房保障支出增长6.9%。\n\n镜头\n\n"
            "\u3000\u30006月22日，贵州省黔东南苗族侗族自治\n州锦屏县新化乡新化所村，农机手驾驶插秧\n机进行水稻插秧作业。\n"
            "李必祥摄（影像中国）\n")
    page = banmian.rebuild(text)
    assert page.articles[0].paragraphs[-1].endswith("增长6.9%。")
    assert page.articles[-1].headline == ["镜头"]


def test_lines_as_wide_as_a_narrow_column_over_a_dateline_after_a_jump_are_a_headline():
    text = ("\u3000\u3000新华社北京5月15日电 \n5月16日出版的第10期《求\n是》杂志将发表习近平的重\n要文章。这是有关重要论述\n"
            "的节录。\n（下转第04版）\n\n构建“中美建设性战略稳\n定关系”是最重要政治共识\n\u3000\u3000新华社北京5月15\n"
            "日电 应国家主席习近\n平邀请，美国总统特朗\n普于5月13日至15日对\n中国进行国事访问。\n")
    page = banmian.rebuild(text)
    assert page.articles[-1].headline == ["构建“中美建设性战略稳", "定关系”是最重要政治共识"]
    assert page.articles[-1].dateline == "新华社北京5月15日电"


def test_a_column_name_over_its_title_stays_a_heading_of_its_own():
    text = ("目前，有关工作正在进行中。\n\n今日谈\n\n时刻绷紧安全生产这根弦\n\n"
            "山西长治市沁源县一煤矿井下发生瓦斯爆炸事故，造成重大人员伤亡。")
    assert paragraphs(text)[1:3] == ["今日谈", "时刻绷紧安全生产这根弦"]


def test_a_paragraph_ending_on_a_picture_credit_is_not_cut_by_the_column():
    text = ("贺兰县第十小学组织两校学生开展体验式学习活动。（受访者供图）\n\n"
            "据自治区教育厅基础教育处负责人介绍，截至目前，全区已有多所学校开展此类活动。")
    assert len(paragraphs(text)) == 2


# A story's paragraph first, so that the page reads as column fragments.
STORY = "会议强调，纪检监察机关是推进党的自我革命的重要力量。要以更高标准加强自身建设。\n\n"


def test_a_fragment_opening_on_a_sentence_of_a_word_or_two_carries_the_one_before_on():
    text = STORY + "会见中，托卡耶夫请赵乐际转达对习近平主席的诚挚\n\n问候。他表示，哈中是真正的好邻居、好朋友。"
    assert paragraphs(text)[1:] == ["会见中，托卡耶夫请赵乐际转达对习近平主席的诚挚问候。他表示，哈中是真正的好邻居、好朋友。"]


def test_a_numbered_item_or_law_article_opens_a_paragraph_of_its_own():
    text = STORY + "双方同意在以下领域深化合作，推动中越全面战略合作伙伴关系不断向前发展并取得更多成果\n\n1.加快推进双边贸易和投资便利化"
    assert len(paragraphs(text)) == 3
    text = STORY + "第一章 总 则\n\n第一条 为了规范评价考核工作，制定本办法\n\n第二条 本办法适用于各省、自治区、直辖市。"
    assert len(paragraphs(text)) == 4


def test_a_quotation_goes_on_the_paragraph_whose_speaker_announces_it():
    text = STORY + "2024年9月，习近平总书记在甘肃考察时强调：\n\n“甘肃历史文化积淀深厚，红色文化资源丰富。”"
    assert len(paragraphs(text)) == 2


def test_a_heading_of_two_characters_set_with_a_space_is_not_a_piece_of_a_word():
    text = STORY + "导 言\n\n2021年至2025年，中国政府实施了第四期国家人权行动计划。"
    assert paragraphs(text)[1:] == ["导 言", "2021年至2025年，中国政府实施了第四期国家人权行动计划。"]


def test_a_contact_line_ending_on_its_number_is_not_cut():
    assert paragraphs(STORY + "电话：010—12380\n\n网站：12380举报网站")[1:] == ["电话：010—12380", "网站：12380举报网站"]


def test_a_short_fragment_ending_on_a_digit_is_no_kicker_over_a_title():
    assert paragraphs(STORY + "2018\n\n年全国两会期间，代表们热议")[1:] == ["2018年全国两会期间，代表们热议"]


def test_a_numbered_paragraph_cut_inside_a_word_is_joined():
    text = STORY + "三、双方重申坚定支持对方维护国\n\n家主权、领土完整和民族尊严，强调尊重各自人民的选择。"
    assert paragraphs(text)[1:] == ["三、双方重申坚定支持对方维护国家主权、领土完整和民族尊严，强调尊重各自人民的选择。"]


def test_a_sentence_saying_who_spoke_never_opens_a_paragraph():
    text = STORY + "此外，该中心还做好机械调试，进一步提升恶劣天气下的通行保障能力。\n\n该负责人称。"
    assert paragraphs(text)[1:] == ["此外，该中心还做好机械调试，进一步提升恶劣天气下的通行保障能力。该负责人称。"]


# Paragraphs open flush: where a full line ends a sentence, only the text can say whether its paragraph ends.
FULL_LINE_ENDS_A_SENTENCE = """\
“项目建设是经济发展的生
命线。”市发改局负责人说，
下一步将继续优化服务，确
保项目早建成、早见效，为
全市经济发展注入新动能。
{}
目数量创历史新高，带动就
业。
"""


def test_a_full_line_ending_a_sentence_ends_its_paragraph_where_the_next_line_opens_another():
    assert len(paragraphs(FULL_LINE_ENDS_A_SENTENCE.format("记者了解到，全市新开工项"))) == 2


def test_a_full_line_ending_a_sentence_runs_on_where_the_next_sentence_goes_on_with_it():
    assert len(paragraphs(FULL_LINE_ENDS_A_SENTENCE.format("其中，今年全市新开工的项"))) == 1


def test_a_caption_ending_on_its_photo_credit_is_not_cut_by_the_column():
    text = STORY + "1月5日，滑雪爱好者在四川阿坝州理县毕棚沟滑雪场准备滑雪。新华社记者 江宏景 摄\n\n体验日趋场景化、主题化。单一的雪道滑行已难以满足所有需求。"
    assert len(paragraphs(text)) == 3


def test_flush_lines_that_stop_on_no_sentence_end_over_a_byline_are_a_headline_where_paragraphs_indent():
    story = ["\u3000\u3000纵使平凡质朴，若甘愿", "匍匐在地，倾尽赤诚为", "国躬行，便能铸就顶天", "立地的人格，淬炼出高",
             "洁不朽的灵魂。这般匍", "匐，是世间最美的姿态。"]
    heading = ["大地风华·初心的模样", "一组年轻烈士的遗物"]
    rest = ["本报记者 郑海鸥 本报通讯", "员 姜峰", "\u3000\u30001956年，河北省肃", "宁县的县委档案室接待", "了一位老人。"]
    page = banmian.rebuild("\n".join(story + heading + rest) + "\n")
    assert page.articles[0].paragraphs[-1].endswith("最美的姿态。")
    assert page.articles[-1].headline == heading


def test_flush_lines_that_stop_short_on_no_sentence_end_over_an_indent_are_a_headline():
    story = ["工智能中小企业创业支持计划，建好用", "好全国中小企业服务“一张网”。此外，", "还要办好“百日招聘”等人才供需对接",
             "活动等。"]
    heading = ["大力促进就业创业", "“去能经风雨、长本领、", "干事业的乡土深处”"]
    rest = ["\u3000\u3000就业是民生之本。促进高", "校毕业生等青年群体就业，是", "家事更是国事。",
            "\u3000\u3000今年以来，各地区各部门", "围绕稳就业着力扩岗位、优服", "务、强指导。多所高校积极拓",
            "宽岗位资源、加强就业引导、"]
    page = banmian.rebuild("\n".join(story + heading + rest) + "\n")
    assert page.articles[0].paragraphs[-1].endswith("对接活动等。")
    assert page.articles[-1].headline == heading


def test_a_short_flush_line_over_an_indent_after_a_full_line_ending_a_sentence_is_a_headline():
    body = ["\u3000\u3000从学生时代初读《为", "人民服务》，到如今在工", "作中重读、细读、反复读，", "这篇经典陪了我好多年。",
            "我们这些社区工作者，可", "能一辈子不被记住名字，", "但如果我们做的那些小事", "能让一个家庭真正安下心，",
            "那我们的工作也就有了重", "于泰山的分量，有了温度。"]
    rest = ["\u3000\u3000这些年，多次去锦", "州和葫芦岛采访。一天，", "在辽沈战役的史料中，", "我看到了一封未寄出的", "家书。"]
    page = banmian.rebuild("\n".join(body + ["一封未寄出的家书"] + rest) + "\n")
    assert page.articles[0].paragraphs[-1].endswith("有了温度。")
    assert page.articles[-1].headline == ["一封未寄出的家书"]


def test_a_paragraph_may_end_on_a_colon_over_an_indented_list():
    text = ("\u3000\u3000刘海星指出，习近平总书记此访立足双边、放眼世界，\n开辟中朝关系新前景，增添和平发展正能量。国内外舆论对\n"
            "此访给予高度评价，普遍认为访问时机关键，战略意义和影\n响远超双边范畴，充分彰显中国的大国担当和国际影响力。\n"
            "访问取得圆满成功，主要成果体现在三个方面：\n\u3000\u3000一、两党两国最高领导人掌舵领航，为中朝关系与时俱\n"
            "进发展指明大方向\n")
    paragraphs = banmian.rebuild(text).articles[0].paragraphs
    assert paragraphs[0].endswith("国际影响力。访问取得圆满成功，主要成果体现在三个方面：")


def _sure_headlines(text):
    units = classify(split_lines(text))
    return {units[index].text for index in sure_headlines(units, read_layout(units))}


def test_subheads_cast_in_one_mould_are_headings_among_fragments():
    text = ("来自世界各地的考古学家聚焦于此。\n\n作为适应手段的技术\n\n当人类面对环境的变动时，会有怎样的反应？\n\n"
            "施劲松如是说。\n\n作为生产工艺的技术\n\n论坛上，多位学者聚焦陶器、冶金、纺织等物品的生产技术。\n\n"
            "在保护与发展中寻找平衡。\n\n一杯酸茶，品味山寨日子甜\n\n青山茶香环绕，德昂鼓声悠悠。\n\n"
            "一院石屋，守得雪山日月长\n\n玉龙雪山脚下，碎石铺就的村道蜿蜒而上。")
    assert _sure_headlines(text) >= {"作为适应手段的技术", "作为生产工艺的技术", "一杯酸茶，品味山寨日子甜",
                                     "一院石屋，守得雪山日月长"}


def test_paragraph_heads_that_open_alike_are_no_subheads():
    text = ("峰会上，中国贸促会会长任\n\n鸿斌代表与会工商界发布倡议。\n\n促创新，赋能全周期全链条\n\n"
            "各方围绕产业链合作深入交流。")
    assert "峰会上，中国贸促会会长任" not in _sure_headlines(text)


def test_a_headline_wrapped_inside_a_word_over_a_dateline_keeps_its_lines():
    text = ("报名工作有序开展。\n\n今年全国高考报\n\n名人数1290万人\n\n"
            "本报北京6月3日电 （记者吴丹）记者从教育部获悉：今年高考报名人数1290万人。\n\n教育部指导各地开展工作。")
    articles = banmian.rebuild(text).articles
    assert articles[-1].headline == ["今年全国高考报", "名人数1290万人"]
    assert articles[0].paragraphs == ["报名工作有序开展。"]


def test_a_title_split_at_its_comma_stays_two_lines_among_fragments():
    assert paragraphs("养殖网箱清洗成难题。\n\n研发水下机器人，\n\n为养殖网箱“洗澡”\n\n近日，一款水下机器人投入使用。") == [
        "养殖网箱清洗成难题。", "研发水下机器人，", "为养殖网箱“洗澡”", "近日，一款水下机器人投入使用。"]


def _cut_into_columns(headline, story, height, first):
    """Fragments as columns of `height` characters cut a story's paragraphs, the first column `first` long."""
    fragments, left = [headline], first
    for paragraph in story:
        while len(paragraph) > left:
            fragments.append(paragraph[:left])
            paragraph, left = paragraph[left:], height
        fragments.append(paragraph)
        left -= len(paragraph)
    return "\n\n".join(fragments)


_THREE_GORGES = ["本报北京6月21日电（记者王浩）记者从中国长江三峡集团有限公司获悉：近日，三峡水运新通道工程施工准备试验工程"
                 "施工现场一派繁忙。挖掘机、运输车往来穿梭，工人们正在加紧开挖引航道试验段，边坡支护和排水工程同步推进。"
                 "据介绍，三峡水运新通道是国家重大水运工程，建成后将大幅提升长江航运能力，对促进长江经济带高质量发展具有重要意义。"
                 "项目建设单位坚持安全第一、质量至上，统筹推进各项工作，确保工程建设有力有序有效推进，为后续主体工程建设夯实基础。",
                 "作为三峡枢纽新通道的“先锋工程”，先行开挖区项目涵盖引航道试验段开挖与边坡支护及排水、陈家冲沟副坝坝基开挖支护"
                 "等六大核心内容，兼具工程实施与技术试验双重功能。项目团队开展了多项技术试验，为主体工程积累了宝贵经验，"
                 "也为全面开工创造了条件。",
                 "下一步，三峡集团将继续加强与沿江各地的沟通协调，科学组织施工，严格落实安全生产责任，全力推进工程建设。"
                 "同时，项目将坚持生态优先、绿色发展，加强施工期环境保护和水土保持工作，努力把工程建设成为优质工程、安全工程、生态工程。"]


def test_a_short_fragment_where_the_columns_rhythm_puts_a_cut_goes_on():
    text = _cut_into_columns("三峡水运新通道工程先行开挖区施工有序推进", _THREE_GORGES, height=100, first=23)
    assert "\n\n作为三峡枢纽\n\n" in text  # a column ends six characters into the second paragraph
    assert paragraphs(text)[1:] == _THREE_GORGES


def test_a_fragment_ending_a_sentence_where_the_columns_rhythm_puts_a_cut_goes_on_if_news_text_would():
    text = _cut_into_columns("三峡水运新通道工程先行开挖区施工有序推进", _THREE_GORGES, height=91, first=23)
    assert "兼具工程实施与技术试验双重功能。\n\n项目团队" in text  # a column ends on a sentence inside the second paragraph
    assert paragraphs(text)[1:] == _THREE_GORGES


def test_a_long_fragment_ending_on_a_colon_where_the_columns_rhythm_puts_a_cut_goes_on():
    plan = ("国家发展改革委有关负责人在接受本报记者采访时详细介绍，今年下一步将重点从以下三个方面持续加力推进相关工作："
            "一是扩大支持范围，将更多符合条件的设备纳入更新范围；二是优化资金下达方式，加快资金拨付进度，"
            "确保政策红利尽快惠及企业和群众；三是加强监督管理，严防骗补套补等行为，保障资金安全高效使用。")
    story = [*_THREE_GORGES[:2], plan, *_THREE_GORGES[2:]]
    text = _cut_into_columns("三峡水运新通道工程先行开挖区施工有序推进", story, height=73, first=23)
    assert "持续加力推进相关工作：\n\n一是扩大" in text  # a column ends on the colon inside the third paragraph
    assert paragraphs(text)[1:] == story


def test_a_bullet_opens_a_paragraph_after_a_fragment_that_ends_no_sentence():
    text = ("■义乌小商品闯出大市场、做成大产业，形成“义乌发展经验”，这是因地制宜发展县域经济的成功实践\n\n"
            "■要结合开展树立和践行正确政绩观学习教育，把“义乌发展经验”进一步总结好、运用好\n")
    paragraphs = banmian.rebuild(text).articles[0].paragraphs
    assert paragraphs == ["■义乌小商品闯出大市场、做成大产业，形成“义乌发展经验”，这是因地制宜发展县域经济的成功实践",
                          "■要结合开展树立和践行正确政绩观学习教育，把“义乌发展经验”进一步总结好、运用好"]


def test_a_padded_name_cut_at_a_three_line_bylines_end_goes_on():
    text = ("南非多举措激发青年创业就业潜能\n本报记者 李龙伊 本报通讯\n员 郁静娴 本报实习生 窦\n皓\n"
            "\u3000\u3000南非统计局5月12日发布数据显示，\n失业率有所下降。\n")
    article = banmian.rebuild(text).articles[0]
    assert article.byline.interns == ["窦皓"]
    assert article.paragraphs == ["南非统计局5月12日发布数据显示，失业率有所下降。"]


def test_flush_lines_under_the_pages_furniture_over_an_indent_are_a_headline_however_narrow():
    paragraph = ["\u3000\u3000前不久，2026年“银河之眼”", "天象上演前夕，浙江衢州市开化", "县长虹乡真子坑村高田坑自然村",
                 "暗夜公园天文馆内，十几个孩子", "围坐在一起，仰着头听馆长讲银", "河与星系的故事。",
                 "\u3000\u3000窗外，天光将尽，山顶露营", "基地的帐篷已经支起来。"]
    text = "本版责编：张 晔 杨笑雨\n\n神州看点\n留住纯净星空\n收获增收喜悦\n\n" + "\n".join(paragraph) + "\n"
    article = banmian.rebuild(text).articles[0]
    assert article.headline == ["神州看点", "留住纯净星空", "收获增收喜悦"]
    assert article.paragraphs[0].startswith("前不久")


def _set_apart(page, heading):
    """Each heading line is a headline line or a paragraph of its own: no column text ran into it."""
    headed = [line for article in page.articles for line in article.headline]
    paragraphs = [text for article in page.articles for text in article.paragraphs]
    return all(line in headed or line in paragraphs for line in heading)


def test_flush_lines_after_a_sentence_end_over_an_indent_below_a_blank_line_are_a_heading():
    story = ["\u3000\u3000官兵们用一个个披星戴月的日夜苦熬，", "展现出令人惊讶的“鲲鹏”速度——4天即完",
             "成首飞，46天飞上高原，5个月执行重大任务……"]
    heading = ["【党旗在基层一线高高飘扬·防汛救灾】", "“党员必须挺在最前线”"]
    rest = ["\u3000\u3000今年入汛以来，广东阳江市辖区遭遇", "持续性强降雨。极端天气导致漠阳江流域", "水位上涨。"]
    page = banmian.rebuild("\n".join(story) + "\n\n" + "\n".join(heading) + "\n\n" + "\n".join(rest) + "\n")
    assert page.articles[0].paragraphs[0].endswith("执行重大任务……")
    assert _set_apart(page, heading)


def test_flush_lines_after_a_closing_note_or_a_jump_over_an_indent_are_a_headline():
    rest = ["\u3000\u3000应国家主席习近平邀请，", "俄罗斯总统普京将于5月19", "日至20日对中国进行国事访", "问。",
            "\u3000\u3000长期以来，中俄元首保持", "密切沟通，续写友谊佳话。"]
    heading = ["大使随笔", "元首外交掌舵领航", "中俄关系乘风破浪"]
    for closing in ("\u3000\u3000（新华社北京5月18日电）", "（下转第六版）"):
        story = ["\u3000\u3000他说，两国将继续深化", "务实合作，推动各领域交流", "取得新成果。", closing]
        page = banmian.rebuild("\n".join(story) + "\n\n" + "\n".join(heading) + "\n\n" + "\n".join(rest) + "\n")
        assert page.articles[-1].headline == heading, closing


def test_a_headline_ending_on_an_exclamation_over_a_byline_keeps_its_lines():
    text = ("\u3000\u3000这是一段正文，讲述当地的新变化。\n\u3000\u3000群众纷纷点赞。\n\n服务窗\n“盘腿抱柱”很流行\n注意安全莫跟风！\n\n"
            "□ 本报记者 秦 婧\n\u3000\u3000“盘腿抱柱”挑战最近在社交平台很\n火，不少年轻人纷纷效仿。\n")
    article = banmian.rebuild(text).articles[-1]
    assert article.headline == ["服务窗", "“盘腿抱柱”很流行", "注意安全莫跟风！"]


def test_text_carried_on_under_a_jump_from_another_page_is_no_heading():
    text = ("协同布局，能源强国建设扎实推进\n（上接第一版）\n国。”“十五五”规划纲要提出的\n重要部署正加快落地、变为现实\n——\n"
            "\u3000\u3000量足质优，能源安全韧性持续\n增强。\n\u3000\u3000电力供应保障有力，迎峰度夏\n平稳有序。\n")
    paragraphs = banmian.rebuild(text).articles[0].paragraphs
    assert paragraphs[0] == "国。”“十五五”规划纲要提出的重要部署正加快落地、变为现实——"


def test_a_paragraphs_closing_credit_wrapped_at_the_column_edge_stays_in_it():
    text = ("\u3000\u3000超级月亮指的是近地点满月。图为1月3日在北京市密\n云区古北口镇拍摄的蟠龙山长城二十四眼楼与月亮。新华社记者 \n"
            "陈晔华摄\n\u3000\u3000据天文专家介绍，2026年有两个超级月亮。\n")
    paragraphs = banmian.rebuild(text).articles[0].paragraphs
    assert paragraphs[0].endswith("二十四眼楼与月亮。新华社记者陈晔华摄")


def test_a_credit_under_a_captions_closed_reference_note_is_its_credit_not_the_notes_rest():
    text = ("家门口的“口袋花园”\n5月10日，澜华街道海棠新村居民在新建成的\n“口袋花园”里休憩聊天。（相关报道见第2\n版）\n"
            "通讯员　钱思远　摄\n\n区政协“委员进社区”\n听民声解民忧\n")
    photo = banmian.rebuild(text).articles[0]
    assert photo.paragraphs == ["5月10日，澜华街道海棠新村居民在新建成的“口袋花园”里休憩聊天。（相关报道见第2版）"]
    assert (photo.kind, photo.byline.photographers) == ("photo", ["钱思远"])


def test_an_items_signature_after_its_dash_wrapped_at_the_column_edge_ends_the_item():
    text = ("志愿者风采\n●90后社区医生，业余时间加入“健康守门人”志\n愿服务队，两年来为辖区老人上门测血压、\n"
            "讲健康知识1000余人次。——泖\n溪镇社区卫生服务中心　陆一鸣\n\n便民信息\n")
    box = banmian.rebuild(text).articles[0]
    assert box.paragraphs[-1].endswith("1000余人次。——泖溪镇社区卫生服务中心 陆一鸣") and box.byline.text == []


def test_lines_under_the_pages_furniture_over_a_dateline_are_a_headline():
    text = ("RENMIN RIBAO 第4版\n中央宣传部、全国妇联联合\n发布二〇二六年“最美家庭”\n\u3000\u3000新华社北京5月15日电\n"
            "为深入学习贯彻习近平总\n书记关于注重家庭家教家\n风建设的重要论述，大力\n弘扬家庭文明新风尚。\n"
            "\u3000\u3000各地区各部门积极推动\n家庭文明建设。\n")
    article = banmian.rebuild(text).articles[0]
    assert article.headline == ["中央宣传部、全国妇联联合", "发布二〇二六年“最美家庭”"]


def test_among_indented_fragments_a_flush_one_too_long_for_a_heading_is_body_text():
    text = ("\u3000\u3000两国元首共同见证签署多项合作文件。\n\n\u3000\u3000双方表示将继续深化务实合作。\n\n（上接第一版）\n\n"
            "到新时代全面战略协作伙伴关系的历史最高水平，树立起新型大国关系的典范。多年来，两国为推动构建新型国际关系作出重要贡献，成为世界百\n\n"
            "年变局中的关键恒量。\n\n\u3000\u3000今年是双方宣布决心发展战略协作伙伴关系30周年。\n")
    paragraphs = [p for article in banmian.rebuild(text).articles for p in article.paragraphs]
    assert any(p.endswith("成为世界百年变局中的关键恒量。") for p in paragraphs)


def test_among_indented_fragments_a_paragraph_stopped_mid_sentence_goes_on_into_a_heading_like_line():
    text = ("习近平同通伦举行会谈\n\n\u3000\u3000新华社北京6月5日电 （记者马卓言）6月5日下午，两国领导人举行会谈。\n\n"
            "\u3000\u3000习近平就推进中老关系和两国命运共同体建设不断\n\n向高标准、高质量、高水平迈进提出四点看法：\n\n"
            "\u3000\u3000第一，要坚持社会主义方向。\n")
    paragraphs = banmian.rebuild(text).articles[0].paragraphs
    assert "习近平就推进中老关系和两国命运共同体建设不断向高标准、高质量、高水平迈进提出四点看法：" in paragraphs


def test_among_indented_fragments_a_heading_after_a_finished_paragraph_stays_a_heading():
    text = ("\u3000\u3000新华社北京6月5日电 （记者马卓言）两国领导人举行会谈。\n\n\u3000\u3000双方一致同意深化合作。\n\n"
            "深化互利合作\n\n\u3000\u3000第一，要坚持社会主义方向。\n")
    paragraphs = banmian.rebuild(text).articles[0].paragraphs
    assert "深化互利合作" in paragraphs


def test_a_fragment_that_is_only_a_sentence_of_a_few_characters_ends_the_paragraph_above():
    from banmian.model import Line, Unit
    from banmian.rebuild.paragraphs import fragment_rule

    def unit(number, text):
        return Unit((Line(number, text),), "text", text)

    assert fragment_rule(unit(0, "会见后，赵乐际接受托卡耶夫总统授予一级“友谊”"), unit(1, "勋章。")) is True
    assert paragraphs("会见后，赵乐际接受托卡耶夫总统授予一级“友谊”\n\n勋章。") == ["会见后，赵乐际接受托卡耶夫总统授予一级“友谊”勋章。"]


def test_a_closing_note_with_its_bracket_open_goes_on_past_a_column_end_however_short_its_lines():
    text = ("\u3000\u3000破解监管责任层层衰减的难题，把监督\n贯穿资金流转全过程，才能真正维护好\n群众权益。\n"
            "\u3000\u3000（作者为云南省曲靖市麒麟区纪委\n\n监委第六纪检监察室主任，本报记者杨\n文明采访整理）\n\n"
            "北京去年涉企非现场检查量占比提升至70.6%\n\n本报记者 王 明\n\u3000\u3000本报北京6月1日电 记者从北京市获悉。\n")
    story = banmian.rebuild(text).articles[0]
    assert story.paragraphs[-1] == "（作者为云南省曲靖市麒麟区纪委监委第六纪检监察室主任，本报记者杨文明采访整理）"


def test_a_photo_credit_cut_inside_a_word_is_one_credit():
    page = banmian.rebuild("　　6月5日，长征八号运载火箭将卫星\n送入预定轨道。\n本报记者 董泽扬文 海南商\n业航天发射场供图\n")
    assert [article.kind for article in page.articles] == ["photo"]
    assert page.articles[0].paragraphs == ["6月5日，长征八号运载火箭将卫星送入预定轨道。"]
    assert [text.replace(" ", "") for text in page.articles[0].byline.text] == ["本报记者董泽扬文海南商业航天发射场供图"]


def test_a_number_or_an_acronym_cut_at_a_line_end_takes_no_space():
    text = ("　　商务部商务大数据显示，截至6月20日，2\n026年消费品以旧换新惠及1.36亿人次，带动\n"
            "销售额超1万亿元。其中，汽车以旧换新销售34\n2.8万台，带动销售额5552.4亿元；家电以旧\n"
            "换新、数码和智能购新产品销售13289.5万台\n，带动销售额4516.3亿元。亚太经合组织（AP\n"
            "EC）会议将于11月举行，各方将围绕主题展开\n讨论，推动区域经济一体化进程不断向前发展。")
    [paragraph] = paragraphs(text)
    assert "2026年" in paragraph and "342.8万台" in paragraph and "（APEC）" in paragraph


def test_latin_words_cut_at_an_indented_line_end_keep_their_space():
    assert paragraphs("　　会议在New\nYork举行。") == ["会议在New York举行。"]


def test_sentence_text_too_long_for_a_heading_runs_on_where_the_junction_reads_on_only_weakly():
    left = "中外双方高校与科研机构应共同建立健全高层会晤、联合研究、成果共享、人才互通的长效运"
    text = f"此前，{left}\n\n转机制，夯实合作的制度基础。"
    assert paragraphs(text) == [f"此前，{left}转机制，夯实合作的制度基础。"]


@pytest.mark.parametrize("folio", ["6", "—6—"])
def test_the_pages_number_read_out_between_two_columns_is_furniture_and_the_text_runs_on_past_it(folio):
    page = banmian.rebuild("人民日报 2026年6月17日 星期三 第6版 社会\n\n网络文明大讲堂启动\n\n本报北京6月16日电 （记者丁雅诵）据了解，\n"
                           f"活动举办系列场景式讲座和互动\n交流。活动同步在“学\n\n{folio}\n\n习强国”学习平台及各类媒\n体平台开设专题。\n")
    (article,) = page.articles
    assert article.paragraphs[-1].endswith("活动同步在“学习强国”学习平台及各类媒体平台开设专题。")
    assert folio in page.furniture


@pytest.mark.parametrize("header, folio", [("2024年1月19日 星期五\n编辑：王 芳\n2\n要闻", "2"),
                                            ("2024年1月19日 星期五\n第2版 要闻", "第2版"),
                                            ("2024年1月19日 星期五\nA02 要闻", "A02")])
def test_a_folio_read_out_between_two_columns_names_the_page_as_the_header_does(header, folio):
    # the header names the page by a number alone on its own line, or by 第2版 / A02; the folio mid-page says the same
    page = banmian.rebuild(f"{header}\n\n就业活动贯穿全年\n本报讯（记者 徐 静）比如，对已取得住建、应急、市\n"
                           f"场监管中的任一部门颁发的电工、\n\n{folio}\n\n焊工相关职业资格证书的从业人\n员，在申请其他部门证书时。\n")
    assert page.articles[0].paragraphs[-1].endswith("颁发的电工、焊工相关职业资格证书的从业人员，在申请其他部门证书时。")
    assert page.furniture[-1] == folio


def test_the_pages_running_head_read_out_between_two_columns_lets_the_text_run_on_past_it():
    page = banmian.rebuild("就业活动贯穿全年\n\n本报讯（记者 徐 静）随着技能人才就业流动性越来越强，同一职业的劳动者在跨区域、\n\n"
                           "2024年1月19日 星期五\n\n跨行业就业时，所持证书难以互通互认的问题日益凸显。\n")
    assert page.articles[0].paragraphs == ["本报讯（记者 徐 静）随着技能人才就业流动性越来越强，同一职业的劳动者在跨区域、"
                                           "跨行业就业时，所持证书难以互通互认的问题日益凸显。"]
    assert page.furniture == ["2024年1月19日 星期五"]


def test_a_notices_signed_date_ends_it_and_the_next_notices_title_is_no_part_of_it():
    text = "温岭市自然资源和规划局\n\n2024年1月23日\n\n招聘启事\n\n温岭市某机械有限公司因业务发展需要，招聘技术工人。"
    assert paragraphs(text) == ["温岭市自然资源和规划局", "2024年1月23日", "招聘启事", "温岭市某机械有限公司因业务发展需要，招聘技术工人。"]


def test_a_brief_closed_by_its_writers_name_in_brackets_never_runs_on_into_the_next():
    text = ("【泽国镇】1月20日，泽国镇举办招聘会，现场达成就业意向500余人。（郑一鸣）\n\n【新河镇】近日，新河镇启动老街巷改造。（林 媛 江 涛）\n\n"
            "近日，城北街道开展垃圾分类宣传活动。（王 芳）\n\n1月19日，城西街道开展义诊活动。（陈 静）")
    assert len(paragraphs(text)) == 4


def test_a_court_notices_case_number_is_a_paragraph_of_its_own():
    text = ("浙江省温岭市人民法院\n\n公告\n\n（2026）浙1081民初1234号\n\n王建国：本院受理原告温岭市农村商业银行股份有限公司"
            "城东支行诉你金融借款合同纠纷一案，现依法向你公告送达起诉状副本。\n\n特此公告。")
    assert "（2026）浙1081民初1234号" in paragraphs(text)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_tables_rows_stay_apart_and_their_figures_are_not_run_together(gap):
    rows = ["鲁超积分榜（前五）", "1 泰山城建 5 13", "2 青岛青春 5 12", "3 济南历城 5 10", "4 潍坊虞河 5 8"]
    text = ("　　同日，在“楚超”首轮比赛中，天门队主场迎战鄂州临空队。开场仅5分钟，鄂州队便率先破门得分，最终以2∶0赢得比赛。"
            + gap + gap.join(rows))
    assert paragraphs(text)[-4:] == rows[1:]


def test_a_printed_line_with_spaces_only_inside_a_latin_name_runs_on():
    # A 3 OPC: two spaces and a figure, but no table's cells: the line is the paragraph's text
    text = ("\u3000\u3000在浙江省杭州市余\n杭区仓前街道A 3 OPC国\n际社区，不少年轻人正\n利用人工智能创业。作\n"
            "为杭州城西科创大走廊\n关键板块，仓前街道以\n政策扶持青年创业者。\n")
    assert paragraphs(text) == ["在浙江省杭州市余杭区仓前街道A 3 OPC国际社区，不少年轻人正利用人工智能创业。"
                                "作为杭州城西科创大走廊关键板块，仓前街道以政策扶持青年创业者。"]


def test_a_line_of_text_with_a_middle_dot_under_a_byline_is_no_foreign_name_of_the_byline():
    text = ("盗火记\n\n本报记者 张晓东\n今年是生活·读书·新知三联书店\n的前身之一读书出版社成立九十周\n"
            "年。我们以一种特殊的方式来纪念\n——复刻《资本论》中文全译本。\n")
    article = banmian.rebuild(text).articles[0]
    assert article.byline.reporters == ["张晓东"]
    assert article.paragraphs[0].startswith("今年是生活·读书·新知三联书店的前身之一")


def test_a_numbered_item_under_a_full_line_ending_on_a_colon_or_a_title_opens_a_paragraph():
    text = ("\u3000\u3000入党介绍人一般由善于做思想政治\n工作、责任心强的党员担任，主要任务是：\n"
            "（一）向入党积极分子介绍党的纲领\n和党的章程，了解其思想和工作情况；\n"
            "（二）向党组织如实汇报其现实表现。\n"
            "\u3000\u3000双方签署的合作文件包括：\n7.《关于共建中越友谊医院新校区的换文》\n"
            "8.《关于加强铁路领域人才交流的备忘录》\n")
    assert paragraphs(text) == [
        "入党介绍人一般由善于做思想政治工作、责任心强的党员担任，主要任务是：",
        "（一）向入党积极分子介绍党的纲领和党的章程，了解其思想和工作情况；", "（二）向党组织如实汇报其现实表现。",
        "双方签署的合作文件包括：", "7.《关于共建中越友谊医院新校区的换文》", "8.《关于加强铁路领域人才交流的备忘录》"]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_tables_head_row_and_its_rows_of_a_label_and_a_figure_stay_apart(gap):
    rows = ["省份 增速（%）", "江苏 8.1", "浙江 7.9", "2023年一季度 4.5%", "科创50 1045.30 +4.12%", "沪深300 4023.18 +2.76%",
            "数据来源：各省统计局"]
    text = "\u3000\u3000今年以来，各地工业生产稳中有升，高技术制造业增长较快。" + gap + gap.join(rows)
    assert paragraphs(text)[-len(rows):] == rows


def test_a_line_opening_on_a_source_word_inside_a_paragraph_runs_on():
    text = "\u3000\u3000村里的大喇叭本是一个重要信息\n来源：春耕播报农技知识，平日传达\n党的政策，如今少有人听。\n"
    assert paragraphs(text) == ["村里的大喇叭本是一个重要信息来源：春耕播报农技知识，平日传达党的政策，如今少有人听。"]


def test_an_address_under_an_advertisements_hours_is_a_line_of_its_own():
    text = STORY + "悦容公园端午游园会\n\n6月19日—6月21日 每天9:00—21:00\n\n地址：雄安新区容城县悦容公园北门"
    assert paragraphs(text)[-2:] == ["6月19日—6月21日 每天9:00—21:00", "地址：雄安新区容城县悦容公园北门"]


def test_a_leads_colon_over_a_numbered_item_ends_the_lead():
    # 任免: the lead announcing the list had taken its first item in
    page = banmian.rebuild("国家主席习近平任免驻外大使\n\n新华社北京6月26日电 中华人民共和国主席习近平根据全国人民代表大会常务委员会的决定，任免下列驻外大使：\n\n"
                           "一、免去张益明的中华人民共和国驻加拿大大使职务；\n\n二、任命王镝为中华人民共和国驻加拿大大使。\n")
    assert [p[:2] for p in page.articles[0].paragraphs] == ["新华", "一、", "二、"]


@pytest.mark.parametrize("label", ["数读", "新闻链接", "【背景资料】"])
def test_a_boxs_label_never_heads_a_paragraph_cut_short(label):
    page = banmian.rebuild(f"财政收支稳中有进\n\n本报讯 前5个月财政收支运行总体平稳，支出力度持续加大。\n\n{label}\n\n"
                           "青藏高原生态保护成效显著，植被覆盖度持续提高。\n")
    assert label in [p for a in page.articles for p in a.headline + a.paragraphs]


@pytest.mark.parametrize("label", ["◆知识链接", "■【背景资料】", "名词解释"])
def test_a_boxs_label_on_an_unindented_line_is_no_part_of_the_paragraph_above(label):
    page = banmian.rebuild(f"志愿军烈士遗骸回国\n本报记者 李龙伊\n第十三批在韩中国人民志愿军烈士遗骸\n4月22日回国，安葬仪式将于23日举行。\n"
                           f"{label}\n自2014年起，中韩双方已连续13年交\n接在韩中国人民志愿军烈士遗骸。\n")
    assert page.articles[0].paragraphs == ["第十三批在韩中国人民志愿军烈士遗骸4月22日回国，安葬仪式将于23日举行。", label,
                                           "自2014年起，中韩双方已连续13年交接在韩中国人民志愿军烈士遗骸。"]


def test_a_column_narrowed_by_a_photo_goes_on_where_it_widens_again():
    from banmian.model import BBox, Line

    # PDF reader: the short lines beside a photo, then the column's full lines under it (…上游传统制 / 造产业…)
    blocks_of_lines = ((["此外，1—4月计算机通", "信设备制造业同比增长14"], 294.0),
                       (["%，高技术", "产品出口同", "比增长27.6", "%，拉动电", "子元器件制", "造、基础零", "部件加工等", "上游传统制"], 222.0),
                       (["造产业扩容增产，1—4月专", "用设备制造相关物流需求同", "比增长7.4%。"], 294.0))
    lines, number = [], 0
    for block, (texts, right) in enumerate(blocks_of_lines):
        for k, text in enumerate(texts):
            indent = block == 0 and k == 0
            x1 = 240.0 if block == 2 and k == len(texts) - 1 else right
            lines.append(Line(number=number, text=text, gap_before=int(k == 0 and number > 0), indent=indent,
                              font_size=10.0, bbox=BBox(188.0 if indent else 168.0, 100 + 15 * number, x1, 111 + 15 * number)))
            number += 1
    page = banmian.rebuild_lines(lines)
    assert [len(article.paragraphs) for article in page.articles] == [1]


@pytest.mark.parametrize("lead", ["本报讯 通讯员 沈洁 记者 王路　", "本报讯（通讯员 沈洁 记者 王路）", "本报讯"])
def test_a_dateline_and_credit_that_fill_a_wrapped_line_run_on_into_the_text_under_them(lead):
    page = banmian.rebuild(f"上海口岸进出口增长\n　　{lead}\n来自上海海关的统计显示，前5月上海口岸进出口增长。\n")
    (article,) = page.articles
    assert len(article.paragraphs) == 1 and article.dateline == "本报讯"
    assert article.byline.reporters == (["王路"] if "王路" in lead else [])


def test_a_salutation_under_the_speakers_name_opens_the_speech_text():
    page = banmian.rebuild("关于决定的说明\n\n习近平\n\n同志们：\n\n受中央政治局委托，我就决定起草的有关情况向全会作说明。\n")
    assert "同志们：" in page.articles[0].paragraphs


def test_a_headline_ending_in_ri_is_no_cut_dateline_of_the_lead_under_it():
    page = banmian.rebuild("今日要闻\n\n聚焦开放日\n\n本报讯（记者 吴 佳）全市景区接待游客12万人次。\n")
    (article,) = page.articles
    assert (article.headline, article.dateline) == (["今日要闻", "聚焦开放日"], "本报讯")


def test_a_dash_subtitle_filling_its_column_over_an_indent_ends_the_headline_block():
    paragraph = ["\u3000\u3000我们需要的不是低水平重复的无效", "投资，而是有价值、高效率的有效投资。",
                 "\u3000\u3000投资是当期的需求，也是未来的供", "给。今年一季度，全国固定资产投资", "增速由负转正，激发人们对稳投资、",
                 "稳增长的信心。如何看待中国投资潜力", "和优势？近期，沿江高铁引发热议。"]
    heading = ["社论", "凝心聚力开新局 砥砺奋进再出发", "——热烈祝贺市政协九届三次会议开幕"]
    text = "本版责编：张 晔\n\n" + "\n".join(heading + paragraph) + "\n"
    article = banmian.rebuild(text).articles[0]
    assert article.headline == heading
    assert article.paragraphs[0].startswith("我们需要的")


def test_a_chapter_number_on_a_fragment_of_its_own_is_never_joined_to_a_paragraph():
    text = ("“办不成事”窗口\n\n本报记者 杜园春\n\n1\n\n最近，家住涟水县的沈素华打算返回苏州务工，她放了心。\n\n"
            "沈素华的婆婆去年在苏州突发阑尾炎，医药费没来得及报销\n\n2\n\n2024年8月，小卖铺个体工商户营业执照变更地址，需要换证。\n")
    article = banmian.rebuild(text).articles[0]
    assert [p[:4] for p in article.paragraphs] == ["1", "最近，家", "沈素华的", "2", "2024"]
    assert paragraphs("习近平总书记指出：“一个国家走的道路行不行，关键要看是否符合本国国情”\n\n20\n\n世纪50年代中期至60年代中期，冷战阴云笼罩全球。\n")[-1] == (
        "20世纪50年代中期至60年代中期，冷战阴云笼罩全球。")


def test_a_chapter_number_on_a_printed_line_of_its_own_is_never_joined_to_a_paragraph():
    text = ("“办不成事”窗口\n\n本报记者 杜园春\n\n1\n\n　　最近，家住江苏省淮安市涟水县保\n滩街道的沈素华打算返回苏州务工。\n"
            "　　沈素华的婆婆去年在苏州突发阑尾\n炎，医药费没来得及报销。\n\n2\n\n　　2024年8月，小卖铺个体工商户营\n业执照变更地址，需要换证。\n")
    assert [p[:4] for p in banmian.rebuild(text).articles[0].paragraphs] == ["1", "最近，家", "沈素华的", "2", "2024"]


def test_a_short_subtitle_under_the_pages_first_headline_among_fragments_is_no_cut():
    assert paragraphs("第六届亚洲沙滩运动会三亚开幕\n\n网友：开幕式美哭了\n\n第六届亚洲沙滩运动会22日晚在海南三亚开幕。\n")[:2] == [
        "第六届亚洲沙滩运动会三亚开幕", "网友：开幕式美哭了"]
    assert paragraphs("用好封关红利，共绘开放新图景\n\n4月18日，第六届中国\n\n国际消费品博览会在海南落下帷幕。\n")[1] == (
        "4月18日，第六届中国国际消费品博览会在海南落下帷幕。")


@pytest.mark.parametrize("subhead", ["「画了5年的桃花源」", "▶画了5年的桃花源"])
def test_a_features_quoted_or_marked_subhead_among_fragments_is_not_glued_to_a_quotation_under_it(subhead):
    text = f"上世纪60年代，蔡皋从湖南省第一师范学校毕业，到株洲县的乡村教书。\n\n{subhead}\n\n“芳草鲜美，落英缤纷”，陶渊明笔下的桃花源。\n"
    assert paragraphs(text)[1:] == [subhead, "“芳草鲜美，落英缤纷”，陶渊明笔下的桃花源。"]


PULL_QUOTE = ("词元套餐来了\n\n本报记者 张帆\n\n中国移动江苏南京分公司云智算中心副主任汤咏介绍，各式各样的大模型分属不同平台，用户在使用时\n\n"
              "{quote}\n\n需单独注册、登录。为了整合资源，三大运营商纷纷推出词元套餐。\n\n"
              "“词元计费产品，是人工智能时代催生的新型数字流量形态。当下，运营商正加快布局。”汤咏说。\n")


@pytest.mark.parametrize("quote", ["“词元计费产品，是人工智能时代催生的新型数字流量形态。”",
                                   "“词元计费产品，是人工智能时\n代催生的新型数字流量形态。”\n——南京中兴信雅达信息科技有\n限公司副总经理 倪玥"])
def test_a_pull_quote_set_inside_a_paragraph_is_furniture_and_the_paragraph_goes_on_past_it(quote):
    page = banmian.rebuild(PULL_QUOTE.format(quote=quote))
    (article,) = page.articles
    assert article.paragraphs[0].endswith("用户在使用时需单独注册、登录。为了整合资源，三大运营商纷纷推出词元套餐。")
    assert page.furniture == quote.split("\n")


def test_a_quotation_said_once_on_the_page_stays_a_paragraph():
    page = banmian.rebuild(PULL_QUOTE.replace("用户在使用时\n", "用户在使用时。\n").format(quote="“大模型调用和词元计费方式正在快速迭代。”"))
    assert "“大模型调用和词元计费方式正在快速迭代。”" in page.articles[0].paragraphs and not page.furniture


def test_a_repeated_quotation_set_as_a_paragraph_of_its_own_stays_in_the_story():
    # an interview's quoted deck over its questions repeats an answer, as the news corpus prints it
    text = ("　　施寒微 国际儒学联合会副会长\n　　“统一性与多样性相辅相成，是中国文化的独特基因”\n"
            "　　问：您怎样看中国文化？\n　　答：统一性与多样性相辅相成，是中国文化的独特基因。\n")
    page = banmian.rebuild(text)
    assert "“统一性与多样性相辅相成，是中国文化的独特基因”" in page.articles[0].paragraphs and not page.furniture


def test_an_epigraph_under_a_headline_repeated_in_the_story_stays_its_first_paragraph():
    quote = "“要继续深化医药卫生体制改革，均衡布局优质医疗资源，为人民健康提供可靠保障。”"
    text = (f"深化医改，让 群众就近享受优质医疗服务\n\n{quote}\n\n——2021年3月，习近平总书记在福建考察时强调\n\n"
            f"人民健康是社会主义现代化的重要标志。总书记说：{quote}\n")
    page = banmian.rebuild(text)
    assert page.articles[0].paragraphs[0] == quote and not page.furniture


@pytest.mark.parametrize("number", ["2.", "2．", "二、"])
def test_a_list_items_number_alone_at_a_fragments_end_goes_on_to_its_item(number):
    text = ("访问期间，双方签署了以下合作文件：\n\n1.《中国共产党和越南共产党合作计划（2026—2030年）》\n\n"
            f"{number}\n\n《中共中央组织部与越共中央组织部合作谅解备忘录》\n\n3.《中共中央对外联络部与越南外交部合作协议》\n")
    assert f"{number}《中共中央组织部与越共中央组织部合作谅解备忘录》" in paragraphs(text)


def test_a_notices_last_short_line_over_its_issuer_and_date_ends_its_paragraph_not_a_heading():
    text = ("关于表彰2023年度劳动模范的决定\n"
            "　　希望受表彰的先进集体和个人珍惜荣誉、\n再接再厉。全市广大干部群众要以先进为榜样，\n"
            "为加快建设现代化滨海强市作出新的更大贡献。\n　　附件：2023年度海州市劳动模范和先进集\n体名单\n"
            "中共海州市委　海州市人民政府\n2024年4月28日\n")
    assert paragraphs(text)[-3:] == ["附件：2023年度海州市劳动模范和先进集体名单", "中共海州市委 海州市人民政府", "2024年4月28日"]


def test_a_timelines_month_over_an_entry_that_names_it_again_is_no_cut():
    text = "2023东湖大事记\n\n1月\n\n1月6日　全市“新春招才引智”活动启动。\n\n3月\n\n3月11日　全市一季度重点项目集中开工。\n"
    assert paragraphs(text)[-4:] == ["1月", "1月6日 全市“新春招才引智”活动启动。", "3月", "3月11日 全市一季度重点项目集中开工。"]


@pytest.mark.parametrize("address", ["qxrbfk@163.com", "fk@163.com"])
def test_a_printed_line_that_opens_on_an_address_and_reads_on_is_the_paragraphs_text(address):
    text = ("征稿启事\n\n　　二、投稿方式。来稿请发送至电子邮箱\n"
            f"{address}，邮件主题注明“征文＋作者姓\n名＋联系电话”。\n　　三、截稿时间。2024年9月10日。\n")
    assert paragraphs(text)[-2:] == [f"二、投稿方式。来稿请发送至电子邮箱{address}，邮件主题注明“征文＋作者姓名＋联系电话”。",
                                     "三、截稿时间。2024年9月10日。"]


POEMS = ("清明\n\n◎ 陈 默\n\n车过隧道\n\n手机信号一格一格地消失\n\n母亲打来的电话\n\n出了隧道，我先回拨过去\n\n告诉她：快到了\n\n"
         "海边的母亲\n\n退潮的时候\n\n她提着竹篮走向滩涂\n\n腰弯下去，像一枚问号\n\n□ 林晓燕\n")


def test_a_poems_verses_among_fragments_are_never_joined():
    assert paragraphs(POEMS)[2:9] == ["车过隧道", "手机信号一格一格地消失", "母亲打来的电话", "出了隧道，我先回拨过去", "告诉她：快到了",
                                      "海边的母亲", "退潮的时候"]


def test_a_poems_verses_on_printed_lines_are_never_joined():
    text = POEMS.replace("\n\n", "\n")
    assert "出了隧道，我先回拨过去" in paragraphs(text) and "她提着竹篮走向滩涂" in paragraphs(text)


def test_a_short_last_line_over_a_bracketed_credit_ends_its_paragraph_not_a_heading():
    text = ("读者来信\n　　平时要多晒太阳，每天坚持散步、打太极\n拳等负重运动；戒烟限酒，少喝浓茶和咖啡。\n"
            "　　答疑专家：云川市中医院骨伤科主任医师\n许文斌\n（记者 宋 可 整理）\n")
    assert paragraphs(text)[-2:] == ["答疑专家：云川市中医院骨伤科主任医师许文斌", "（记者 宋 可 整理）"]


def test_an_indented_line_wider_than_the_columns_read_width_goes_on_to_the_flush_line_under_it():
    # the short lines of a notice page had made the column read narrower than this paragraph's first line
    text = ("征稿启事\n　　三、截稿时间。2024年9月10日。\n　　优秀作品将在本报“青溪副刊”版面择优刊\n发，并颁发证书和稿酬。\n"
            "青溪日报社\n2024年6月12日\n")
    assert "优秀作品将在本报“青溪副刊”版面择优刊发，并颁发证书和稿酬。" in paragraphs(text)


def test_a_narrow_columns_prose_under_a_padded_name_is_no_verse():
    text = ("以品牌建设引领高质量发展\n本报记者 徐 馨 本报通讯员\n朱 超\n　　习近平总书记指出，“实\n现技术自立自强，做强做大民\n"
            "族品牌”“推动中国制造向中\n国创造转变、中国速度向中国\n质量转变、中国产品向中国品\n牌转变”。\n")
    assert paragraphs(text)[-1] == ("习近平总书记指出，“实现技术自立自强，做强做大民族品牌”“推动中国制造向中国创造转变、"
                                    "中国速度向中国质量转变、中国产品向中国品牌转变”。")


def test_a_block_label_under_a_fragment_that_ends_no_sentence_is_not_joined_to_it():
    text = "三、海州市“最美职工”（12名）\n\n王建国　李　芳　陈小军\n\n何　琴　蔡志强　沈　洁\n\n光荣榜\n\n张美玲　环卫工人，冒雨疏通积水井十余处\n"
    assert "光荣榜" in paragraphs(text)


def test_a_numbered_step_cut_by_a_column_after_a_semicolon_goes_on():
    text = ("做法：\n\n1.年糕切片，用冷水浸泡10分钟；冬笋去壳切片，焯水去涩。\n\n2.雪菜洗净挤干水分后切碎；里脊肉切丝，用少许生抽抓匀腌\n\n"
            "5分钟。\n\n3.热锅凉油，先下肉丝炒至变色盛出。\n")
    assert "2.雪菜洗净挤干水分后切碎；里脊肉切丝，用少许生抽抓匀腌5分钟。" in paragraphs(text)


def test_a_listings_fields_on_printed_lines_are_paragraphs_of_their_own():
    text = ("本周文化生活\n【展览】\n“笔墨江南——书画家作品邀请展”\n时间：5月11日至6月2日（周一闭馆）\n地点：市美术馆一号、二号展厅\n"
            "票价：免费\n")
    assert paragraphs(text)[-4:] == ["“笔墨江南——书画家作品邀请展”", "时间：5月11日至6月2日（周一闭馆）", "地点：市美术馆一号、二号展厅",
                                     "票价：免费"]


def test_a_notices_fields_under_a_full_line_that_ends_a_sentence_are_paragraphs_of_their_own():
    text = ("拍 卖 公 告\n〔2024〕第27号\n　　受岭东市人民法院委托，本公司定\n于2024年12月20日上午10时，在淘宝网\n"
            "司法拍卖网络平台（sf.taobao.com）\n对下列标的进行公开拍卖：\n1.岭东市城西街道曙光路219号房产一\n"
            "套，建筑面积128.56平方米，起拍价：\n186万元，保证金：30万元；\n　　有意竞买者请于拍卖日前登录上述\n"
            "平台查阅拍卖须知并办理竞买手续。\n拍卖人：浙江岭海拍卖有限公司\n咨询电话：0576-86228899\n2024年12月5日\n")
    assert paragraphs(text)[-4:] == ["有意竞买者请于拍卖日前登录上述平台查阅拍卖须知并办理竞买手续。", "拍卖人：浙江岭海拍卖有限公司",
                                     "咨询电话：0576-86228899", "2024年12月5日"]
    text = ("计划停电公告\n　　因线路检修，以下区域将计划停电：\n城东街道东辉社区、万昌社区部分用户\n"
            "　　检修工作提前完成的，将随时恢\n复送电，请在停电期间视同线路带电。\n国网浙江岭东市供电有限公司\n")
    assert paragraphs(text)[-1] == "国网浙江岭东市供电有限公司"


def test_a_marked_items_writer_wrapped_onto_a_line_of_its_own_closes_the_item_on_a_flush_page():
    text = ("履职动态\n■近日，全国政协委员、云南省农业科学\n院研究员杨林一行到怒江州调研乡村振兴\n工作，走访了6个易地扶贫搬迁安置点。\n"
            "（李 蔓）\n■7月8日，福建省政协召开“推进闽台融\n合发展”专题协商会，12位委员作了发言。\n（陈 舒）\n\n"
            "委员手记\n听得见“回声”的提案\n□ 顾 岩\n去年两会，我提交了一份关于保\n护县域老城历史街区的提案。\n")
    assert paragraphs(text)[1:3] == ["■近日，全国政协委员、云南省农业科学院研究员杨林一行到怒江州调研乡村振兴工作，走访了6个易地扶贫搬迁安置点。（李 蔓）",
                                     "■7月8日，福建省政协召开“推进闽台融合发展”专题协商会，12位委员作了发言。（陈 舒）"]


def test_an_answer_opens_its_own_paragraph_under_a_question_signed_in_brackets_among_fragments():
    text = ("科学问答\n\n问：冬天早上上学时，我一说话，嘴里就冒出“白烟”，这是为什么呢？（历下区甸柳小学三年级　郭子墨）\n\n"
            "答：我们呼出的气体里含有水蒸气，遇冷变成了许许多多小水珠。\n")
    assert [p[:2] for p in paragraphs(text)] == ["科学", "问：", "答："]


def test_a_circled_item_opens_a_paragraph_under_a_title_among_fragments():
    text = ("英语角\n\n背单词的三个小窍门\n\n①“词根”记忆法。很多单词由词根加前后缀组成。\n\n②“语境”记忆法。把单词放进句子里记。\n")
    assert paragraphs(text) == ["英语角", "背单词的三个小窍门", "①“词根”记忆法。很多单词由词根加前后缀组成。", "②“语境”记忆法。把单词放进句子里记。"]


def test_a_book_boxs_entries_open_paragraphs_under_full_lines_that_end_a_sentence():
    text = ("新书架\n《河流的故乡》（散文集，孙一禾著，\n作家出版社）以一条江南小河为线索，\n写河畔人家四季的生活与变迁。\n"
            "《星空下的牧场》（长篇小说，巴特\n尔著，人民文学出版社）讲述内蒙古\n草原上三代牧民守护家园的故事。\n"
            "《我们的村庄》（诗集，吴晴著，长\n江文艺出版社）收录作者近年创作的\n乡村题材诗歌90余首。\n")
    assert [p[:8] for p in paragraphs(text)] == ["新书架", "《河流的故乡》（", "《星空下的牧场》", "《我们的村庄》（"]


def test_a_numbered_step_under_a_full_line_that_ends_a_sentence_opens_a_paragraph():
    text = ("雪菜冬笋炒年糕\n做法：\n1.年糕切片，用冷水浸泡10分钟，\n防止下锅后粘连；冬笋去壳切片，\n焯水去涩。\n"
            "2.热锅凉油，先下肉丝炒至变色盛\n出，再下冬笋、雪菜翻炒出香味。\n3.放入年糕片，沿锅边淋少许清水，\n"
            "盖盖焖1分钟，再倒回肉丝，加生\n抽、白糖翻炒均匀即可出锅。\n")
    assert paragraphs(text)[-2:] == ["2.热锅凉油，先下肉丝炒至变色盛出，再下冬笋、雪菜翻炒出香味。",
                                     "3.放入年糕片，沿锅边淋少许清水，盖盖焖1分钟，再倒回肉丝，加生抽、白糖翻炒均匀即可出锅。"]


def test_a_bulleted_item_under_a_full_line_that_ends_a_sentence_opens_a_paragraph():
    text = ("读者来电\n●家住清江新城的读者周女士\n来电反映，新城大道与学府路\n交叉口的红绿灯时长设置不合\n理，南北方向绿灯只有15秒，\n"
            "早高峰时车辆经常排起长队。\n●读者郑先生来电说，滨江绿\n道靠近三号码头的一段木栈道\n有多处木板松动。\n")
    assert [p[:3] for p in paragraphs(text)] == ["读者来", "●家住", "●读者"]


def test_a_phone_number_wrapped_onto_the_next_line_goes_on():
    text = ("帮办热线\n　　如果您在生活中遇到急事难\n事，或者在消费中权益受到侵害，\n请拨打本报帮办热线0769-2233\n××××，或在“东江晚报”微\n"
            "信公众号后台留言，记者将第一\n时间为您帮办。\n")
    assert paragraphs(text)[-1].startswith("如果您在生活中") and paragraphs(text)[-1].endswith("为您帮办。")


@pytest.mark.parametrize("label", ["■说法", "◆ 律师提醒"])
def test_a_marked_label_alone_among_fragments_is_no_cut_whatever_word_runs_across(label):
    text = f"商家同意退货。\n\n{label}\n\n海州某律师事务所律师吴敏认为，经营者应当向消费者提供有关商品的真实信息。\n"
    assert paragraphs(text)[1:] == [label, "海州某律师事务所律师吴敏认为，经营者应当向消费者提供有关商品的真实信息。"]


def test_a_tip_boxs_label_and_fields_and_an_author_box_stand_apart_among_fragments():
    text = ("国清寺始建于隋代，是天台宗的祖庭。\n\n自驾贴士\n\n路况：全程以高速和省道为主，注意减速慢行。\n\n门票：大佛寺100元，国清寺免费。\n\n"
            "——摘自《瓯江以南》，浙江文艺出版社2024年3月版\n\n作者简介\n\n吴明远，1962年生，浙江青田人。\n")
    assert paragraphs(text) == ["国清寺始建于隋代，是天台宗的祖庭。", "自驾贴士", "路况：全程以高速和省道为主，注意减速慢行。",
                                "门票：大佛寺100元，国清寺免费。", "——摘自《瓯江以南》，浙江文艺出版社2024年3月版", "作者简介",
                                "吴明远，1962年生，浙江青田人。"]


def test_a_printed_line_that_carries_on_a_sentence_into_a_colon_is_no_field():
    for text in ("　　那天，他接到一个来自锡林郭勒职业学院马克思主义学院\n的电话：“你们想来咱们草原，开展‘行走的思政课’？好，\n"
                 "这个主意好！”接完电话，他连夜准备。\n",
                 "　　那天，他接听着来自锡林郭勒职业学院马克思主义\n学院的电话：“你们想来咱们草原，开展‘行走的思政\n"
                 "课’？好，这个主意好！”接完电话，他连夜准备材料\n。\n"):
        assert len(paragraphs(text)) == 1, text


def test_a_short_line_ending_on_a_colon_under_a_full_line_ends_its_paragraph_over_a_list():
    text = ("市区公办普通高中招生计划公布\n　　本报讯（记者　汪晓东）6月16日，\n市教育局公布今年市区公办普通高中\n招生计划，共招生4860人。各校招生\n"
            "计划如下：\n市第一中学　　　　680人\n市第二中学　　　　640人\n　　据悉，今年指标到校比例继续保持\n在60%以上。\n")
    assert paragraphs(text)[1].endswith("各校招生计划如下：")
    assert paragraphs(text)[2:4] == ["市第一中学 680人", "市第二中学 640人"]


def test_a_programmes_rows_stand_apart_however_short():
    text = "今日荧屏\n中央电视台综合频道\n07:00　朝闻天下\n12:00　新闻30分\n19:00　新闻联播\n"
    assert paragraphs(text)[-3:] == ["07:00 朝闻天下", "12:00 新闻30分", "19:00 新闻联播"]


@pytest.mark.parametrize("item, credit, paragraphs", [
    ("　　“双11”期间，城关镇市场监管所联合\n镇综合执法队对辖区内的餐饮店、小超市\n开展食品安全专项检查，共检查经营主体\n"
     "46家，责令整改问题12个，立案查处2起。", "（通讯员　詹立新　黄　娟）", 2),
    ("　　本报讯　近日，城关镇市场监管所联合\n镇综合执法队对辖区内的餐饮店、小超市\n开展食品安全专项检查，共检查经营主体\n"
     "46家，责令整改问题12个，立案查处2起。", "（通讯员　詹立新　黄　娟）", 1),
    ("　　城关镇　近日，城关镇市场监管所联合\n镇综合执法队对辖区内的餐饮店、小超市\n开展食品安全专项检查，共检查经营主体\n"
     "46家，责令整改问题12个，立案查处2起。", "（通讯员　詹立新）", 2),
    ("　　本报讯　近日，城关镇市场监管所联合\n镇综合执法队对辖区内的餐饮店、小超市\n开展食品安全专项检查，共检查经营主体\n"
     "46家，责令整改问题12个。", "（通讯员　詹立新　黄　娟）", 2),
    ("　　●近日，城关镇市场监管所联合镇综合\n执法队对辖区内的餐饮店、小超市开展食\n品安全专项检查，共检查经营主体46家，\n"
     "责令整改问题12个，立案查处2起，严肃。", "（通讯员　詹立新）", 1),
    ("　　本报讯　近日，城关镇市场监管所联合\n镇综合执法队对辖区内的餐饮店、小超市\n开展食品安全专项检查，共检查经营主体\n"
     "46家，责令整改问题12个，立案查处2起。", "（作者单位：临溪市委党校）", 2),
    ("　　本报讯　近日，城关镇市场监管所联合\n镇综合执法队对辖区内的餐饮店、小超市\n开展食品安全专项检查，共检查经营主体\n"
     "46家，责令整改问题12个，立案查处2起。", "（待续）", 2),
    ("　　本报讯　近日，城关镇市场监管所联合\n镇综合执法队对辖区内的餐饮店、小超市\n开展食品安全专项检查，共检查经营主体\n"
     "46家，责令整改问题12个，立案查处2起。", "（县市场监管局）", 2),
    ("　　▲近日，城关镇市场监管所联合镇综合\n执法队对辖区内的餐饮店、小超市开展食\n品安全专项检查，共检查经营主体46家，\n"
     "责令整改问题12个，立案查处2起，严肃。", "（县市场监管局）", 1),
])
def test_a_wrapped_storys_bracketed_credit_under_a_full_line_is_its_own_paragraph_but_a_briefs_runs_on(item, credit, paragraphs):
    page = banmian.rebuild(f"城关镇开展食品安全检查\n\n{item}\n{credit}\n\n水务集团完成管网改造\n\n"
                           "　　本报讯　日前，县水务集团完成城西片\n区老旧供水管网改造，惠及居民3200户。\n")
    first = page.articles[0]
    assert (len(first.paragraphs), first.paragraphs[-1].endswith(credit.replace("　", " ")), len(page.articles)) == (
        paragraphs, True, 2)


@pytest.mark.parametrize("cut", ["\n\n", "\n"])
def test_a_marked_briefs_credit_cut_off_by_a_column_end_closes_its_paragraph_and_the_box_goes_on(cut):
    box = ("●综合简讯\n\n●近日，县市场监督管理局对县城23家年货经营户开展食品安全检查。"
           f"{cut}（通讯员 周立新）\n\n●县医保局提醒，2026年度城乡居民医保集中缴费截至2月28日。（融媒记者 刘佳慧）\n\n"
           "●县公安局交警大队近日开展冬季道路交通安全“进村入户”宣传活动。（通讯员 曲晓东）\n")
    page = banmian.rebuild("志愿者为环卫工送热饮\n\n1月7日清晨，志愿者在县城街头为环卫工人送上热饮。\n\n通讯员 崔海龙 摄\n\n" + box)
    assert [len(article.paragraphs) for article in page.articles] == [1, 3]
    assert page.articles[1].paragraphs[0].endswith("检查。（通讯员 周立新）")


def test_briefs_led_by_their_place_each_keep_their_credit_set_on_a_line_of_its_own():
    page = banmian.rebuild("◆镇街传真\n东屿街道　3月13日，东屿街道举办“邻\n里节”活动，辖区12个社区的居民通过才\n"
                           "艺展示、美食分享等形式增进邻里感情。\n（通讯员潘丽萍）\n龙溪镇　近日，龙溪镇完成农村生活污水\n"
                           "处理设施标准化运维改造，全镇86座处理\n终端出水水质全部达标。（通讯员陶　伟）\n"
                           "城南街道　3月15日，城南街道组织开展\n“学雷锋·文明实践”志愿服务活动，300\n"
                           "余名志愿者走进小区清理卫生死角。\n（记者叶青青）\n")
    (box,) = page.articles
    assert [paragraph.rsplit("。", 1)[1] for paragraph in box.paragraphs] == ["（通讯员潘丽萍）", "（通讯员陶 伟）", "（记者叶青青）"]


def test_a_credit_under_a_marked_boxs_last_brief_signs_the_box_on_its_own():
    page = banmian.rebuild("●综合简讯\n\n●近日，县市场监督管理局对县城23家年货经营户开展食品安全检查。\n\n"
                           "●县医保局提醒，2026年度城乡居民医保集中缴费截至2月28日。\n\n（本报记者　赵一鸣　孙　悦）\n")
    assert page.articles[0].paragraphs[-1] == "（本报记者 赵一鸣 孙 悦）"


def test_a_short_line_under_a_full_line_ending_on_a_comma_carries_its_clause_on():
    page = banmian.rebuild("报名提示\n2026年中考体育考试下月报名\n报名时间：12月1日至12月10日\n"
                           "报名方式：登录“澴川教育”微信公众\n号“中考服务”专栏网上报名\n"
                           "考试项目：男生1000米跑、女生800米\n跑为必考项目，另从跳绳、立定跳远、\n篮球运球中任选两项\n"
                           "咨询电话：0712-2879021\n　　考生因伤病申请免考或缓考的，须\n在报名时提交二级以上医院诊断证明，\n"
                           "由所在学校统一报送。\n\n教育部部署加强中小学生\n冬季体育锻炼和近视防控\n"
                           "　　新华社北京11月19日电（记者 \n林思远）教育部办公厅日前印发通知，\n")
    assert page.articles[0].paragraphs[2:4] == ["考试项目：男生1000米跑、女生800米跑为必考项目，另从跳绳、立定跳远、篮球运球中任选两项",
                                                "咨询电话：0712-2879021"]


def test_a_job_fairs_posts_are_a_field_of_their_own_under_its_place():
    page = banmian.rebuild("椴河县2026年“春风行动”专场招聘会\n县人社局将举办专场招聘会，欢迎广大求职者参\n加。\n"
                           "时间：1月17日（星期六）9:00—\n12:00\n地点：县人力资源市场一楼大厅\n岗位：普工、电工、厨师、导游、\n"
                           "滑雪教练、收银员等岗位600余个\n咨询电话：0435-6225080\n")
    assert page.articles[0].paragraphs[2:4] == ["地点：县人力资源市场一楼大厅", "岗位：普工、电工、厨师、导游、滑雪教练、收银员等岗位600余个"]


def test_a_job_boxs_requirements_ending_on_a_word_no_dictionary_holds_and_its_pay_are_two_fields():
    page = banmian.rebuild("招聘信息\n\n招聘单位：重庆涪岚绿源榨菜食品有限公司\n\n招聘岗位：生产线操作工30名、质检员5名\n\n"
                           "任职要求：年龄18至55周岁，身体健康，能吃苦耐劳；质检员须具有高中及以上学历；叉车司机须持有效叉车证\n\n"
                           "薪资待遇：月薪4000元至6500元，包吃住，购买五险，满一年另发工龄奖\n\n"
                           "工作地点：马鞍场镇工业集中区\n")
    assert page.articles[0].paragraphs[2:4] == [
        "任职要求：年龄18至55周岁，身体健康，能吃苦耐劳；质检员须具有高中及以上学历；叉车司机须持有效叉车证",
        "薪资待遇：月薪4000元至6500元，包吃住，购买五险，满一年另发工龄奖"]


def test_a_job_boxs_requirements_labelled_alone_open_a_field_under_a_full_line_of_posts_in_flush_print():
    page = banmian.rebuild("招聘信息\n■上海浦澜新苑物业服务有限公司\n岗位：保洁员（6名）、秩序维护员（4名）\n"
                           "要求：年龄60周岁以下，能适应倒班；秩\n序维护员需持有保安员证\n联系方式：沈先生　021-57683390\n")
    assert page.articles[0].paragraphs[1:3] == ["岗位：保洁员（6名）、秩序维护员（4名）",
                                                "要求：年龄60周岁以下，能适应倒班；秩序维护员需持有保安员证"]


def test_a_sentence_cut_after_a_prepositions_quoted_phrase_under_a_kinds_name_is_joined():
    page = banmian.rebuild("法官说法\n\n根据“谁主张谁举证”\n\n的原则，原告应当对自己提出的诉讼请求所依据的事实提供证据。\n\n"
                           "法官提醒，借款时一定要写借条。\n")
    assert page.articles[0].paragraphs[0] == "根据“谁主张谁举证”的原则，原告应当对自己提出的诉讼请求所依据的事实提供证据。"


def test_a_hotline_under_a_full_address_line_is_a_field_of_its_own():
    page = banmian.rebuild("湖景洋房即将加推\n\n　　二期产品为建筑面积约一百二十八平方\n米的四室洋房，南北通透，一梯两户，部分\n"
                           "楼栋可远眺湖景，生活配套一应俱全便利。\n项目地址：滨城市高新区湖畔路一百零八号\n售楼热线：0532-88886666\n")
    assert page.articles[0].paragraphs[1:] == ["项目地址：滨城市高新区湖畔路一百零八号", "售楼热线：0532-88886666"]


def test_a_numbered_items_sentence_text_cut_by_a_column_goes_on_however_its_rest_opens():
    page = banmian.rebuild("政府工作报告（摘要）\n\n1.抓招商引项目。全年新签约亿元以上项目40个以上，力争引进\n\n20亿元以上重大项目2个。\n\n"
                           "2.抓技改促升级。实施亿元以上技改项目30个。\n")
    assert page.articles[0].paragraphs == ["1.抓招商引项目。全年新签约亿元以上项目40个以上，力争引进20亿元以上重大项目2个。",
                                           "2.抓技改促升级。实施亿元以上技改项目30个。"]


def test_a_dated_caption_under_a_blank_line_after_a_wrapped_storys_full_last_line_is_a_photo_of_its_own():
    page = banmian.rebuild("代表通道上的“青川声音”\n本报特派记者　周　越\n　　短短几分钟的回答，何春兰的话引来现场\n"
                           "记者频频点头。走下通道，她对记者说：“我\n把山里孩子的心里话带到了北京，很光荣。”\n\n"
                           "3月5日，在青全国人大代表步入人民大会堂\n出席十四届全国人大三次会议开幕会。\n本报特派记者　周　越　摄\n\n"
                           "一份建议的“成长记”\n　　这是陈玉梅连续第三年提交与农机有关的\n建议。\n")
    assert [(a.kind, len(a.paragraphs)) for a in page.articles] == [("article", 1), ("photo", 1), ("article", 1)]


def test_a_wrapped_lists_items_each_opening_on_the_same_mark_or_a_step_stand_apart_however_full_the_line_above():
    page = banmian.rebuild("2024年东川市十件民生实事\n◆新增公办学位6000个\n◆改造老旧小区46个、惠及居民1.8万户\n◆新建城市口袋公园20个\n"
                           "◆为全市65岁以上老年人免费体检\n◆新开通优化公交线路15条\n\n办理流程\n第一步：下载“东川政务”APP\n"
                           "第二步：实名注册并登录账号，完成人脸识别\n第三步：选择“惠民补贴”栏目提交申请材料\n")
    assert [line for a in page.articles for line in a.headline + a.paragraphs][1:] == [
        "◆新增公办学位6000个", "◆改造老旧小区46个、惠及居民1.8万户", "◆新建城市口袋公园20个", "◆为全市65岁以上老年人免费体检",
        "◆新开通优化公交线路15条", "办理流程", "第一步：下载“东川政务”APP", "第二步：实名注册并登录账号，完成人脸识别",
        "第三步：选择“惠民补贴”栏目提交申请材料"]


def test_a_rules_numbered_clause_cut_by_a_column_goes_on_though_a_space_follows_its_number():
    page = banmian.rebuild("发展党员工作细则\n\n流动人员可以向流动党员党组织提出入党申请。\n\n第七条 党组织收到入党申请书后，应当在一\n\n"
                           "个月内派人同入党申请人谈话。\n\n第八条 党组织应当对入党积极分子进行培养教育。\n")
    assert page.articles[0].paragraphs == ["流动人员可以向流动党员党组织提出入党申请。", "第七条 党组织收到入党申请书后，应当在一个月内派人同入党申请人谈话。",
                                           "第八条 党组织应当对入党积极分子进行培养教育。"]


def test_a_fragment_opening_on_a_names_last_character_before_said_goes_on_the_name_cut_above():
    page = banmian.rebuild("延安精神代代传\n\n夏日的延安，生机盎然。\n\n中国延安干部学院教授王东\n\n仓表示，延安时期，中国共产党人实现了全党的空前团结。\n\n"
                           "他表示，要传承好红色基因。\n")
    assert page.articles[0].paragraphs == ["夏日的延安，生机盎然。", "中国延安干部学院教授王东仓表示，延安时期，中国共产党人实现了全党的空前团结。",
                                           "他表示，要传承好红色基因。"]


def test_a_numbered_fragment_of_long_claused_text_goes_on_across_the_column_cut():
    page = banmian.rebuild("中越联合声明\n\n四、双方认为，发展好中越关系，关键在两党最高领导人的战略引领，动力\n\n"
                           "在两国各领域交流合作，根基在两国人民友好。\n\n五、双方同意加强合作。\n")
    assert page.articles[0].paragraphs == ["四、双方认为，发展好中越关系，关键在两党最高领导人的战略引领，动力在两国各领域交流合作，根基在两国人民友好。",
                                           "五、双方同意加强合作。"]


def test_a_short_fragment_over_one_opening_on_de_is_no_heading_but_cut_text():
    page = banmian.rebuild("中越联合声明\n\n双方同意，深化重点产业合作。\n\n双方同意，维护自由开放\n\n"
                           "的贸易投资，共同打造安全稳定的产业链供应链。\n\n科技帮忙，酸汤香飘山外\n\n凯里的酸汤企业引进了新的生产线。\n")
    assert page.articles[0].paragraphs[:2] == ["双方同意，深化重点产业合作。", "双方同意，维护自由开放的贸易投资，共同打造安全稳定的产业链供应链。"]


def test_a_numbered_items_title_sentence_cut_by_a_column_goes_on_with_the_items_text():
    page = banmian.rebuild("节能降碳行动方案\n\n（八）严格节能降碳审查评价。切实发挥标准牵引作用。\n\n（九）加强重点\n\n"
                           "用能和碳排放单位管理。建立健全节能降碳管理档案。\n\n（十）强化节能降碳全流程监管。\n")
    assert page.articles[0].paragraphs == ["（八）严格节能降碳审查评价。切实发挥标准牵引作用。", "（九）加强重点用能和碳排放单位管理。建立健全节能降碳管理档案。",
                                           "（十）强化节能降碳全流程监管。"]


def test_a_dates_fragment_over_the_other_end_of_its_span_goes_on():
    page = banmian.rebuild("全球共享发展行动论坛举行\n\n发展是人类社会的永恒主题。\n\n4月21日\n\n至22日，全球共享发展行动论坛第三届高级别会议在北京举行。\n")
    assert page.articles[0].paragraphs == ["发展是人类社会的永恒主题。", "4月21日至22日，全球共享发展行动论坛第三届高级别会议在北京举行。"]


def test_a_short_fragment_ending_inside_a_word_is_no_kicker_over_the_line_under_it():
    page = banmian.rebuild("深入学习领会习近平党建思想\n\n深入学习领会习近平党建思想，关键在于体用贯通。\n\n深刻领会习近\n\n平党建思想蕴含的坚定的理想信念\n\n"
                           "马克思主义政党是以科学理论为指导的政党。\n")
    assert page.articles[0].paragraphs[1] == "深刻领会习近平党建思想蕴含的坚定的理想信念"


def test_a_wrapped_dateline_that_restates_the_title_is_text_not_a_headline_over_the_byline():
    page = banmian.rebuild("综述丨国际贵金属市场巨幅震荡\n短期调整风险增加\n\n新华社纽约1月29日电 综述｜国际贵金属市\n场巨幅震荡 短期调整风险增加\n"
                           "新华社记者徐静\n国际黄金和白银价格29日上演“过山车”行\n情，双双站上高位后暴跌，市场剧烈波动。\n")
    assert page.articles[0].paragraphs[0] == "新华社纽约1月29日电 综述｜国际贵金属市场巨幅震荡 短期调整风险增加"


def test_a_wrapped_span_of_times_open_at_a_lines_end_goes_on_to_its_end_however_short():
    page = banmian.rebuild("停水通知\n　　因城区供水管网改造施工需要，\n我公司定于8月15日对解放路部分供\n水管道进行接驳。届时以下区域将停\n"
                           "止供水，请广大用户提前做好储水准\n备。\n停水时间：8月15日（星期四）8:00—\n20:00\n停水范围：解放路（人民路至中山路\n"
                           "段）两侧居民及商户；幸福小区、锦\n绣花园、粮食局宿舍、解放路小学。\n　　如遇特殊情况，恢复供水时间将\n")
    assert "停水时间：8月15日（星期四）8:00—20:00" in page.articles[0].paragraphs


def test_a_fragment_opening_on_a_word_such_as_guojing_is_no_particle_left_over_from_the_heading_above():
    page = banmian.rebuild("入境游持续升温\n\n外国游客来华热度不减。\n\n短评\n\n打开读懂中国的新窗口\n\n\n过境免签时长延长、适用口岸增加，让外国游客停留更久。\n")
    assert "过境免签时长延长、适用口岸增加，让外国游客停留更久。" in [p for a in page.articles for p in a.paragraphs]


def test_a_marked_fragment_of_sentence_text_cut_by_a_column_goes_on_but_a_marked_subhead_stands():
    page = banmian.rebuild("东西部协作三十年\n\n■ 东西部协作开展30年来，在助力脱贫攻坚、促进区域协调发展等方面发挥了重\n\n要作用，彰显了制度的优越性。\n\n"
                           "■ 进取型：定投指数基金摊薄成本\n\n年轻投资者可考虑通过定投方式配置宽基指数基金。\n")
    assert page.articles[0].paragraphs == ["■ 东西部协作开展30年来，在助力脱贫攻坚、促进区域协调发展等方面发挥了重要作用，彰显了制度的优越性。",
                                           "■ 进取型：定投指数基金摊薄成本", "年轻投资者可考虑通过定投方式配置宽基指数基金。"]


def test_a_bracketed_reporters_section_label_is_no_dateline_run_into_the_text_under_it():
    page = banmian.rebuild("新房交付半年 燃气迟迟不通\n\n本报讯 近日，多位业主向本报反映燃气迟迟不通。\n\n【记者调查】\n\n"
                           "8月30日，记者来到云栖府小区，看到入户阀门处贴着标签。\n")
    assert page.articles[0].paragraphs[1:] == ["【记者调查】", "8月30日，记者来到云栖府小区，看到入户阀门处贴着标签。"]


def test_a_wrapped_headline_block_after_a_gap_ending_on_a_question_right_over_its_byline_stands_apart():
    page = banmian.rebuild("加装电梯补助提高\n　　每台电梯可获得财政补助20万元，居民\n还可以提取住房公积金用于加装电梯。\n\n"
                           "民生热线\n小区门口共享单车乱停\n谁来管？\n本报记者 王 蕾\n　　近日，市民李女士拨打本报民生热线反映，\n"
                           "小区门口共享单车乱停乱放。\n")
    assert page.articles[-1].headline == ["民生热线", "小区门口共享单车乱停", "谁来管？"]


def test_a_short_unstopped_line_at_a_columns_head_under_a_full_sentence_end_is_no_paragraphs_line():
    page = banmian.rebuild("东湖街道15分钟\n养老服务圈全覆盖\n本报讯（通讯员 钱雨欣 记者 张一诺）\n近日，随着东湖街道梅园社区居家养老\n"
                           "服务站投入运营，该街道实现15分钟养\n老服务圈全覆盖，辖区2.1万名老年人\n在家门口就能享受助餐、助浴、助医等\n\n"
                           "服务。\n据了解，东湖街道共建成居家养老服务\n中心2家、服务站19个、老年食堂11个，\n今年以来累计提供助餐服务18万余人次。\n\n"
                           "基层传真\n杨泾镇开展冬季消防安全大检查\n12月5日起，杨泾镇组织安监、消防、\n市场监管等部门开展冬季消防安全大\n"
                           "检查，共排查整改隐患87处。（通讯员 程 珊）\n")
    assert page.articles[0].paragraphs[-1].endswith("今年以来累计提供助餐服务18万余人次。")
    assert page.articles[1].headline == ["杨泾镇开展冬季消防安全大检查"] and "基层传真" in page.furniture


def test_a_note_in_brackets_on_its_own_line_under_a_bracket_is_its_own_paragraph():
    text = ("猜谜语\n\n1．一口咬掉牛尾巴。（打一字）\n\n3．千条线，万条线，掉到水里看不见。（打一自然现象）\n\n"
            "（谜底见下期）\n\n上期谜底：1．休　2．蜡烛　3．月亮\n")
    page = banmian.rebuild(text)
    assert page.articles[0].paragraphs[-2:] == ["（谜底见下期）", "上期谜底：1．休 2．蜡烛 3．月亮"]


def test_a_bracketed_signature_alone_on_its_line_ends_the_letter_at_a_column_end():
    text = ("读者来信\n希望多供应一些小农具\n　　编辑同志：\n　　秋收秋种正在紧张进行，希\n望有关部门赶快组织生产和调运，\n多供应一些小农具。\n"
            "（宁川县东岗人民公社社员　李有田）\n\n编后\n　　小农具虽小，在农业生产上\n的作用却很大。\n")
    page = banmian.rebuild(text)
    assert page.articles[0].paragraphs[-1] == "（宁川县东岗人民公社社员 李有田）"
    assert page.articles[-1].headline == ["编后"]


def test_a_review_under_a_poem_signed_at_its_foot_is_prose_not_verse():
    text = (  # the page as printed
        "冬夜读信\n"
        "　　翻出母亲二十年前的信\n"
        "　　信纸已经发黄\n"
        "　　字迹还是那么用力\n"
        "　　像她在田里\n"
        "　　一锄一锄地挖\n"
        "\n"
        "　　“天冷了，记得加衣”\n"
        "　　这一句\n"
        "　　她写了三遍\n"
        "　　我读了二十年\n"
        "□ 苏 木\n"
        "\n"
        "一条河流的生命史\n"
        "——读长篇小说《沅水谣》\n"
        "◎ 谭 晴\n"
        "　　《沅水谣》是本土作家龙远峰历\n"
        "时六年写成的长篇小说，以沅水岸边\n"
        "一个渡口小镇为舞台，讲述了三个家\n"
        "族从民国到新世纪的命运沉浮。\n"
        "　　小说最动人的，是作者对河流的\n"
        "深情。涨水、枯水、放排、行船，沅\n"
        "水在书中不只是背景，而是一个有脾\n"
        "气、有记忆的“人物”。书中的人物\n"
    )
    review = banmian.rebuild(text).articles[-1]
    assert review.paragraphs[0] == ("《沅水谣》是本土作家龙远峰历时六年写成的长篇小说，以沅水岸边一个渡口小镇为舞台，"
                                    "讲述了三个家族从民国到新世纪的命运沉浮。")


@pytest.mark.parametrize("units", ["（单位：元/公斤）", "（4月17日　单位：元/公斤）"])
def test_a_tables_units_line_stands_between_its_title_and_its_head_row(units):
    text = (f"价格行情\n本周主要农产品批发价格\n{units}\n品名　　　均价　　环比\n白条猪　　20.85　 ↓0.6%\n"
            "鸡　蛋　　9.12　　↑1.8%\n大白菜　　1.36　　↓4.2%\n")
    table = banmian.rebuild(text).articles[0]
    assert (table.headline, table.paragraphs[:2]) == (
        ["价格行情", "本周主要农产品批发价格"], [" ".join(units.split()), "品名 均价 环比"])


def test_a_listings_title_channel_and_time_stand_over_its_note():
    text = ("荧屏推荐\n\n《江南春早》　央视综合频道　20:00\n\n"
            "该剧讲述了上世纪八十年代，嘉兴一个普通丝绸厂家庭三代人在改革开放浪潮中的奋斗与坚守。\n\n"
            "《我们的歌谣》　浙江卫视　21:20\n\n本期节目来到嘉善西塘，歌手们与当地田歌传承人同台。\n")
    box = banmian.rebuild(text).articles[0]
    assert (box.headline, box.paragraphs[0], len(box.paragraphs)) == (["荧屏推荐"], "《江南春早》 央视综合频道 20:00", 4)


def test_a_subscription_notices_postal_code_and_address_run_on_over_their_printed_lines():
    text = ("征订启事\n　　本报由邮局发行，邮发代号：\n31—58，每月订费4.50元。即日\n起，全市各邮电支局均可办理。\n"
            "　　本报发行部地址：解放路\n112号　电话：2215786\n")
    notice = banmian.rebuild(text).articles[0]
    assert notice.paragraphs == ["本报由邮局发行，邮发代号：31—58，每月订费4.50元。即日起，全市各邮电支局均可办理。",
                                 "本报发行部地址：解放路112号 电话：2215786"]


def test_a_letters_place_and_name_under_its_last_full_line_is_no_part_of_the_sentence():
    text = ("读者来信\n育秧大棚建成了　为啥还空着？\n　　编辑同志：\n　　我们村去年建起了育秧大棚，可\n今年春耕都快过去了，大棚还空着。\n"
            "　　希望有关部门能够帮忙想想办法，让\n这样的设施真正用起来，别让好事办成\n了“摆设”。希望早日解决这个问题。\n"
            "湖南益阳　李德明\n")
    letter = banmian.rebuild(text).articles[0]
    assert (letter.paragraphs[-1], letter.byline.reporters) == ("湖南益阳 李德明", ["李德明"])


def test_a_briefs_writer_in_brackets_on_its_own_printed_line_closes_the_brief():
    text = ("军营简讯\n　　●武警浙江总队某支队组\n织官兵走进驻地敬老院，开展\n理发、义诊、打扫卫生等志愿\n服务活动，惠及老人60余名。\n"
            "（林一凡）\n　　●南部战区海军某登陆舰\n支队近日组织夜间编队航行训\n练。（潘　越）\n")
    box = banmian.rebuild(text).articles[0]
    assert box.paragraphs == ["●武警浙江总队某支队组织官兵走进驻地敬老院，开展理发、义诊、打扫卫生等志愿服务活动，惠及老人60余名。（林一凡）",
                              "●南部战区海军某登陆舰支队近日组织夜间编队航行训练。（潘 越）"]


def test_a_figure_at_a_printed_lines_end_goes_on_into_its_unit():
    text = ("的士司机拾到三万元　原物奉还失主\n　　本报讯 实习生赵 敏 13\n日晚，市出租汽车公司司机孙\n建国在车后座上发现一只黑色\n"
            "皮包。他当即把皮包交到公司。\n")
    story = banmian.rebuild(text).articles[0]
    assert story.paragraphs == ["本报讯 实习生赵 敏 13日晚，市出租汽车公司司机孙建国在车后座上发现一只黑色皮包。他当即把皮包交到公司。"]


def test_a_notice_ending_on_a_masked_phone_number_is_no_part_of_the_next_dated_one():
    text = ("国网南屏供电公司\n\n失物招领\n\n8月10日下午，驾驶员在车上拾到黑色双肩包一个。请失主到服务中心认领。"
            "联系电话：0571-6512××××\n\n8月11日晚，市民周先生在滨江公园东门附近拾到金手镯一只。联系电话：0571-6530××××\n")
    (box,) = [a for a in banmian.rebuild(text).articles if a.headline[-1:] == ["失物招领"]]
    assert [p[:6] for p in box.paragraphs] == ["8月10日下", "8月11日晚"]


def test_a_bracketed_source_under_a_box_item_runs_on_and_heads_nothing():
    page = banmian.rebuild("侨界动态\n　　■旅西班牙青田同乡会日前在马德里举\n行成立三十周年庆典，300余人出席。\n"
                           "　　■美国纽约福建同乡会近日在曼哈顿华\n埠举办敬老午宴，为长者送上节日祝福。\n（海外网）\n"
                           "　　■加拿大多伦多华侨联合总会举办华裔\n青少年书法比赛，共收到作品260余件。\n")
    assert [(article.headline, len(article.paragraphs)) for article in page.articles] == [(["侨界动态"], 3)]
    assert page.articles[0].paragraphs[1].endswith("节日祝福。（海外网）")


def test_a_quotes_source_cut_past_its_dash_or_inside_its_title_goes_on_under_it():
    page = banmian.rebuild("“搭子社交”\n　　也有人提醒，通过社交平\n台结识“搭子”，要注意保护\n个人信息，初次见面最好选在\n"
                           "公共场所，遇到借钱、拉人投\n\n资等情况要提高警惕。\n\n观点\n■治理“过度包装”，既要管住商家\n"
                           "“往外装”的手，也要引导消费者改\n掉“看盒子买东西”的习惯。——摘\n自《消费日报》\n"
                           "■给孩子的课外时间“留白”，并不\n是放任不管，而是让他们有机会自己\n安排、自己试错。——摘自《现代教\n育报》\n"
                           "■一座城市对外卖骑手、快递员是否\n友好，看的不只是有没有歇脚的驿站，\n还有小区能不能进、电梯能不能坐。——\n"
                           "摘自《城市快报》\n")
    sources = [paragraph[paragraph.find("——"):] for paragraph in page.articles[-1].paragraphs]
    assert sources == ["——摘自《消费日报》", "——摘自《现代教育报》", "——摘自《城市快报》"]


def test_a_subhead_ending_on_a_dash_stays_apart_from_the_line_under_it():
    page = banmian.rebuild("文物回家\n　　流失文物的回归，是对文化主权的尊重，\n也是全人类对历史正义的坚守。\n柬埔寨文化艺术部——\n"
                           "文物回归体现国家保护文化遗产的坚定立场\n　　今年2月底，柬埔寨国家博物馆举行隆\n重仪式，迎接74件文物回家。\n")
    assert page.articles[0].paragraphs[1:3] == ["柬埔寨文化艺术部——", "文物回归体现国家保护文化遗产的坚定立场"]


def test_a_speeches_speaker_is_a_fragment_of_its_own_under_the_title_over_the_salutation():
    page = banmian.rebuild("政府工作报告（摘要）\n\n——2025年1月8日在岚山县第十八届人民代表大会第五次会议上\n\n"
                           "岚山县人民政府县长　吴振华\n\n各位代表：\n\n现在，我代表县人民政府向大会报告工作，请予审议。\n")
    article = page.articles[0]
    assert (article.headline[-1], article.byline.reporters, article.paragraphs[0]) == (
        "——2025年1月8日在岚山县第十八届人民代表大会第五次会议上", ["吴振华"], "各位代表：")


def test_a_briefs_first_sentence_cut_after_its_mark_goes_on_and_its_place_and_writer_close_it():
    page = banmian.rebuild("志愿服务\n\n◆9月15日，望湖社区开展中秋慰问，为辖区38位独居老人送去月饼。（望湖社区　叶青青）\n\n"
                           "◆近日，桂花苑社区“红色管家”\n\n志愿服务队为小区加装电梯的5个单元义务协调意见。（桂花苑社区　陆 佳）\n\n\n\n"
                           "居民风采\n\n八旬老人的“巧手剪纸”\n\n9月16日，湖畔社区83岁的居民沈阿娣在家中创作剪纸。\n\n通讯员　林　洁　摄\n")
    box = page.articles[0]
    assert (box.headline, len(box.paragraphs), page.articles[1].headline) == (["志愿服务"], 2, ["居民风采", "八旬老人的“巧手剪纸”"])
    assert box.paragraphs[-1].startswith("◆近日，桂花苑社区“红色管家”志愿服务队") and box.paragraphs[-1].endswith("陆 佳）")


def test_a_box_of_soldiers_sayings_keeps_its_topic_and_each_signature_apart():
    page = banmian.rebuild("兵说\n【话题】第一次站夜岗，你想到了什么？\n　　站在哨位上，看着远处零零星星\n的灯火，我第一次觉得，这些灯光\n"
                           "里也有我的一份守护，心里踏实。\n——火箭军某旅　上等兵　邓明轩\n　　凌晨两点，班长悄悄来查岗，\n"
                           "递给我一个还热乎的鸡蛋。那天\n夜里的风很冷，手里却是暖的。\n——武警某部　列兵　孙　浩\n")
    (box,) = page.articles
    assert (box.headline, box.paragraphs[0], box.paragraphs[2], box.paragraphs[4]) == (
        ["兵说"], "【话题】第一次站夜岗，你想到了什么？", "——火箭军某旅 上等兵 邓明轩", "——武警某部 列兵 孙 浩")


def test_a_wrapped_notices_issuer_stays_a_line_of_its_own_over_its_date():
    page = banmian.rebuild("表扬稿\n　　十月十九日夜班，工作面\n顶板来压，组长杨 建 军带领\n全组同志连续奋战十个小时，\n"
                           "及时加固支架，保住了工作面，\n\n避免了一次冒顶事故。\n　　为此，特提出表扬，希望\n"
                           "全队职工向他们学习。\n二矿采煤一队党支部\n一九八七年十月二十八日\n")
    assert page.articles[0].paragraphs[-2:] == ["二矿采煤一队党支部", "一九八七年十月二十八日"]


def test_a_live_reports_marked_time_is_a_line_of_its_own_over_what_happened_then():
    page = banmian.rebuild("暴雨夜，这座城没有睡\n\n本报全媒体记者　宋　阳\n\n7月10日傍晚起，一场大暴雨袭击江城。据市气\n\n"
                           "象台统计，全市平均降雨量达186毫米。\n\n■10日17:40\n\n市气象台将暴雨黄色预警信号升级为橙色。记\n\n"
                           "者看到，主干道车流明显放缓。\n\n■10日19:15\n\n市防汛抗旱指挥部启动防汛Ⅲ级应急响应。\n")
    assert page.articles[0].paragraphs[1:] == ["■10日17:40", "市气象台将暴雨黄色预警信号升级为橙色。记者看到，主干道车流明显放缓。",
                                               "■10日19:15", "市防汛抗旱指挥部启动防汛Ⅲ级应急响应。"]


@pytest.mark.parametrize("form", ["\n", "\n\n"])
def test_a_figure_boxs_figures_each_stand_over_what_they_count(form):
    lines = ["数说2024", "3286.5亿元", "前三季度全市地区生产总值", "21.4%", "高新技术产业投资增速", "1.13亿人次",
             "全市各口岸出入境人员总数", "2.9万亿元", "全市货物贸易出口额", "12.5亿美元", "全市实际使用外资",
             "500万标箱", "东澜港集装箱吞吐量首次突破"]
    page = banmian.rebuild("换新让老百姓得了实惠，也让商家尝到了甜头。\n\n" + form.join(lines) + "\n")
    box = page.articles[-1]
    assert box.headline + box.paragraphs == lines


def test_a_tables_bracketed_note_stays_apart_from_its_head_row():
    page = banmian.rebuild("奖牌榜\n（截至北京时间8月5日6时）\n国家（地区）　金　银　铜\n中国　19　15　12\n美国　17　26　26\n")
    assert page.articles[0].paragraphs[:2] == ["（截至北京时间8月5日6时）", "国家（地区） 金 银 铜"]


def test_a_figure_a_sentences_verb_asks_for_goes_on_its_line_though_it_stands_alone():
    page = banmian.rebuild("禁毒路上\n　　去年1月至今年5月批捕毒品犯罪人数下降\n36%\n　　本报北京6月25日电（记者倪弋）最高人民检察院发布数据。\n")
    assert page.articles[0].paragraphs[0] == "去年1月至今年5月批捕毒品犯罪人数下降36%"


def test_a_listings_field_wrapped_onto_a_short_line_goes_on_there():
    page = banmian.rebuild("湖景洋房即将加推\n\n　　二期产品为建筑面积约128—168\n平方米的四室洋房，南北通透，一梯\n两户，部分楼栋可远眺湖景。\n\n"
                           "楼盘速递\n\n【滨江·观澜府】\n位置：滨江新区观澜路与江滨大道交\n会处\n主力户型：建筑面积约98—139平方\n"
                           "米三至四房\n参考均价：约19500元/平方米\n\n置业提醒\n签约前先查“五证”\n\n　　购买新房时，购房者应要求\n"
                           "开发商出示有关证件，逐一核对。\n")
    box = next(article for article in page.articles if article.headline == ["楼盘速递"])
    assert box.paragraphs[1:3] == ["位置：滨江新区观澜路与江滨大道交会处", "主力户型：建筑面积约98—139平方米三至四房"]


def test_a_photos_spaced_title_set_apart_at_a_columns_head_is_not_run_into_its_caption():
    page = banmian.rebuild("博览会在杭开幕\n　　本报杭州5月15日讯　第三届之江数字交通\n博览会在杭州国际博览中心开幕。本届博览\n"
                           "会设置智慧公路、智能网联汽车等6个展区，\n吸引了320余家企业参展。\n　　开幕式上，17个数字交通项目集中签约，\n"
                           "总投资约136亿元。博览会将持续至5月17日。\n\n"
                           "千年运河　航运繁忙\n5月14日，货船在京杭大运\n河杭州段航行。今年以来，\n浙江内河港口货物吞吐量保\n"
                           "持增长态势。\n新华社记者　冯景行　摄\n")
    story, photo = page.articles
    assert (len(story.paragraphs), photo.kind, photo.headline) == (2, "photo", ["千年运河 航运繁忙"])


def test_a_spaced_title_set_apart_over_a_qas_first_question_is_no_line_of_it_however_wide():
    text = ("　　目前已有26个小区完成物业选\n聘。\n\n老旧小区改造　居民关心的问题这里有答案\n"
            "问：我家小区建成于2000年，能不能列入\n改造计划？\n答：我区老旧小区改造对象主要是2000年\n"
            "底前建成、失养失修失管的住宅小区。\n")
    page = banmian.rebuild(text)
    assert page.articles[-1].headline == ["老旧小区改造 居民关心的问题这里有答案"]
    assert page.articles[-1].paragraphs[0] == "问：我家小区建成于2000年，能不能列入改造计划？"


def test_a_short_line_ending_no_sentence_among_flush_lines_is_a_subhead():
    text = ("冬季进补有讲究\n\n方慧琳建议，可以先用山药、薏米、\n茯苓等煮粥，调理一两周再进补。\n进补不等于大鱼大肉\n"
            "进补并不意味着天天大鱼大肉。\n老年人和慢性病患者可以适量吃\n些萝卜、白菜、黑木耳等蔬菜。\n")
    (article,) = banmian.rebuild(text).articles
    assert article.paragraphs[1:] == ["进补不等于大鱼大肉", "进补并不意味着天天大鱼大肉。老年人和慢性病患者可以适量吃些萝卜、白菜、黑木耳等蔬菜。"]


def test_a_short_line_ending_no_sentence_over_a_jump_goes_on_its_paragraph():
    text = ("村BA火了之后\n\n赛事让村民的腰包鼓起来了，也让乡\n村的人气旺了，赛事只是一个窗口。\n透过这扇窗我们看到\n"
            "（下转第四版）\n")
    (article,) = banmian.rebuild(text).articles
    assert article.paragraphs == ["赛事让村民的腰包鼓起来了，也让乡村的人气旺了，赛事只是一个窗口。透过这扇窗我们看到"]


def test_verses_among_printed_lines_stay_lines_a_classical_quatrains_too_however_evenly_they_fill_the_column():
    text = ("初冬（外一首）\n林 溪\n梧桐把最后一片叶子\n交给了风\n像一封寄不出的信\n在路口打了个转\n晾衣竿上的棉被\n"
            "晒满了阳光\n\n七绝·江村晚眺\n周汝成\n一川烟水接天流，\n渔火三星点晚舟。\n最是芦花风起处，\n半江明月半江秋。\n")
    first, second = banmian.rebuild(text).articles
    assert first.paragraphs == ["梧桐把最后一片叶子", "交给了风", "像一封寄不出的信", "在路口打了个转", "晾衣竿上的棉被", "晒满了阳光"]
    assert second.paragraphs == ["一川烟水接天流，", "渔火三星点晚舟。", "最是芦花风起处，", "半江明月半江秋。"]


def test_a_line_ending_on_an_email_address_ends_its_text():
    text = ("　　本报记者刘军国采访整理。\n选题线索来信邮箱：rmrbstb@peopledaily.cn\n南水北调东线一期工程北延应急供水工\n"
            "程启动2025—2026年度向天津市供水\n本报北京4月19日电 （记者邓剑洋）记者从中国南水北调集团有限公司获悉：供水启动。\n")
    first, second = banmian.rebuild(text).articles
    assert first.paragraphs[-1] == "选题线索来信邮箱：rmrbstb@peopledaily.cn"
    assert second.headline == ["南水北调东线一期工程北延应急供水工", "程启动2025—2026年度向天津市供水"]


def test_a_full_line_ending_no_sentence_over_a_dateline_alone_heads_the_next_story():
    story = ["为大山的女儿们照亮远方的路", "", "本报讯 （记者王佳琳 闵辉）6月7日，高考", "第一天。清晨，云南丽江华坪女子高级中学",
             "的教学楼前，简短的考前加油仪式正在举行。", "校长张桂梅手里拿着标志性的小喇叭，叮嘱", "着即将奔赴考场的孩子们。",
             "今年是华坪女高创校的第十八年，也是张桂", "梅第十六次把学生们送进高考考场。", "2021年，张桂梅荣获“七一勋章”。让张桂",
             "梅自豪的是，她送出去的女孩们已在天南海", "北、各行各业发光发热，做老师、当医生、", "去边疆，成为一个个“对社会有用的人”。"]
    following = ["国家防总针对7省份启动防汛四级应急响应", "本报北京6月12日电 （记者刘温馨）", "6月12日上午，国家防总办公室、应",
                 "急管理部组织有关部门联合会商，研判", "新一轮强降雨发展趋势。"]
    page = banmian.rebuild("\n".join(story + following) + "\n")
    assert page.articles[-1].headline == ["国家防总针对7省份启动防汛四级应急响应"]
    assert page.articles[-2].paragraphs[-1].endswith("成为一个个“对社会有用的人”。")


def test_a_fields_value_cut_inside_a_word_goes_on_however_wide_its_line():
    text = ("本周菜价\n（单位：元/500克）\n品名　本周均价　上周均价\n青菜　3.20　2.90\n大白菜　1.60　1.60\n西兰花　5.80　6.20\n"
            "土豆　2.30　2.30\n冬笋　12.00　15.00\n草鸡蛋　7.80　7.60\n数据来源：申江市农产品批发市场价\n格监测中心\n")
    (box,) = banmian.rebuild(text).articles
    assert box.paragraphs[-1] == "数据来源：申江市农产品批发市场价格监测中心"


def test_a_figure_under_an_indented_paragraphs_first_line_goes_on_it():
    text = ("国内联播快讯\n\n　　全国已划定的生态环境管控单元\n44604个\n　　生态环境部最新消息，截至3月底，\n"
            "全国已完成生态环境分区管控方案的发\n布实施。\n")
    (article,) = banmian.rebuild(text).articles
    assert article.paragraphs[0] == "全国已划定的生态环境管控单元44604个"


def test_a_word_cut_at_a_lines_start_that_reads_as_a_field_is_no_field():
    text = ("我国将规范外卖平台补贴行为\n\n　　征求意见稿主要包括四方\n面内容：一是明确总体原则，\n不得以开展长期、大额补贴的\n"
            "方式排挤竞争对手。\n")
    (article,) = banmian.rebuild(text).articles
    assert article.paragraphs[-1].endswith("征求意见稿主要包括四方面内容：一是明确总体原则，不得以开展长期、大额补贴的方式排挤竞争对手。")


def test_a_field_under_a_field_that_ends_on_a_character_stays_a_field():
    text = ("市老年大学春季招生\n\n　　开设书法、国画、声乐等课程46门，招\n收学员2000名。\n报名时间：12月2日至12月13日\n"
            "报名地点：市老年大学教务处\n")
    (article,) = banmian.rebuild(text).articles
    assert article.paragraphs[-2:] == ["报名时间：12月2日至12月13日", "报名地点：市老年大学教务处"]


def _set_in_a_column(texts: list[str], size: float = 10.5):
    """Measured lines as a PDF column sets them: a paragraph's first line indented two characters, the rest flush."""
    from banmian.model import BBox, Line

    lines = []
    for k, text in enumerate(texts):
        indent = text.startswith("\u3000\u3000")
        text = text.lstrip("\u3000")
        x0 = 600 + (2 * size if indent else 0)
        lines.append(Line(number=k, text=text, indent=indent, font_size=size,
                          bbox=BBox(x0, 100 + 17 * k, x0 + size * len(text), 100 + 17 * k + size)))
    units = classify(lines)
    return blocks(units, read_layout(units))


@pytest.mark.parametrize("above, below, rest", [("检查制度实施情况重点有8", "方面内容：贸易自由便利落", "实情况。"),
                                                 ("会议提出了面临的困难和下", "一步工作措施：深入学习宣", "传。"),
                                                 ("由法院查封时采取“活封”", "方式：在不变卖的前提下，", "继续使用设备。"),
                                                 ("多位作家和领读人纷纷给出", "答案：阅读是一盏让人清醒", "的灯火。")])
def test_a_full_measured_line_runs_on_into_words_under_it_that_read_as_a_field_or_an_answer(above, below, rest):
    merged = _set_in_a_column(["\u3000\u3000近日，全国人大常委", "会启动执法检查，检查组将", "赴5个省份开展检查。",
                               "\u3000\u3000据介绍，此次检查中", above, below, rest])
    assert merged[-1].text == "据介绍，此次检查中" + above + below + rest


def test_a_closing_credit_wrapped_under_a_full_measured_line_stays_in_the_paragraph():
    merged = _set_in_a_column(["\u3000\u3000近日，国家外汇管理", "局更新发布主要法规目录，", "涵盖金融资产负债统计制度",
                               "等十项内容，均予以公布。", "（记者刘开雄）"])
    assert merged[-1].text == "近日，国家外汇管理局更新发布主要法规目录，涵盖金融资产负债统计制度等十项内容，均予以公布。（记者刘开雄）"


def test_a_numeral_wrapped_alone_onto_the_line_under_a_full_one_ends_its_paragraph():
    merged = _set_in_a_column(["\u3000\u3000近日，全国人大常委", "会启动执法检查，检查组将", "赴5个省份开展检查。",
                               "\u3000\u3000古镇老街修缮一新，游客", "络绎不绝，眼瞅儿时的古镇", "风貌又回来了，老人已年过", "七"])
    assert merged[-1].text == "古镇老街修缮一新，游客络绎不绝，眼瞅儿时的古镇风貌又回来了，老人已年过七"


def test_a_quotation_in_body_type_atop_a_column_goes_on_the_paragraph_cut_there_though_said_again():
    # a pull quote is set in larger type than the text; in the text's own type it is the text
    from banmian.model import BBox, Line

    columns = [["\u3000\u3000她回忆说：“第一次走进山里", "的学校，看到孩子们的一双双", "眼睛，印象深刻，"],
               ["“他们渴望音乐的眼神触动了我。”", "\u3000\u3000后来她常说：“他们渴望音", "乐的眼神触动了我。”"]]
    lines = []
    for column, texts in enumerate(columns):
        for row, text in enumerate(texts):
            indent = text.startswith("\u3000\u3000")
            text = text.lstrip("\u3000")
            x0 = 600 + 150 * column + (20 if indent else 0)
            lines.append(Line(number=len(lines), text=text, indent=indent, font_size=10, gap_before=int(row == 0 and column > 0),
                              bbox=BBox(x0, 100 + 17 * row, x0 + 10 * len(text), 110 + 17 * row)))
    units = classify(lines)
    merged = blocks(units, read_layout(units))
    assert [unit.text for unit in merged] == ["她回忆说：“第一次走进山里的学校，看到孩子们的一双双眼睛，印象深刻，“他们渴望音乐的眼神触动了我。”",
                                              "后来她常说：“他们渴望音乐的眼神触动了我。”"]


def test_a_printed_line_short_of_its_column_by_its_figures_goes_on_where_a_word_runs_across():
    # the paper set its figures wider than the half character they are read as: 成绩夺 / 冠 is one word cut
    text = ("游泳比赛浙江队一日三金\n本报讯 记者 罗 晨 11月11日晚，\n十五运会游泳比赛在广州进行了第\n三个比赛日的争夺。浙江队在男子\n"
            "接力等三个项目上夺冠，领跑游泳\n项目奖牌榜。\n男子200米自由泳决赛中，浙江选\n手沈一鸣以1分45秒12的成绩夺\n"
            "冠，这一成绩创造了本赛季全国最\n好成绩。\n")
    (article,) = banmian.rebuild(text).articles
    assert article.paragraphs[-1] == "男子200米自由泳决赛中，浙江选手沈一鸣以1分45秒12的成绩夺冠，这一成绩创造了本赛季全国最好成绩。"


def test_a_sourced_reports_lead_opens_its_own_paragraph_though_a_word_reads_across_the_cut():
    from banmian.rebuild.paragraphs import fragment_rule

    def unit(text):
        from banmian.model import Line, Unit
        return Unit((Line(0, text),), "text", text)

    assert fragment_rule(unit("降至个位数"), unit("据埃菲社5月14日报道，阿根廷4月通胀率为8.8%。")) is False
    assert fragment_rule(unit("研究人员分析了相关数"), unit("据，发现其中的规律。")) is not False


def test_a_translated_articles_title_under_its_source_is_a_paragraph_of_its_own_among_fragments():
    text = ("英报：欧洲电池工厂为何频频“卡壳”\n\n【英国《金融时报》网站5月13日文章】题：欧洲电池梦遭遇现实考验\n\n"
            "三年前，欧洲各地宣布的电池工厂项目多达四十余个。如今，其中相当一部分项目已经推迟。\n")
    (article,) = banmian.rebuild(text).articles
    assert article.paragraphs[0] == "【英国《金融时报》网站5月13日文章】题：欧洲电池梦遭遇现实考验"
    weekly = text.replace("网站5月13日文章", "周刊5月11日一期文章")  # a weekly's issue
    assert banmian.rebuild(weekly).articles[0].paragraphs[0] == "【英国《金融时报》周刊5月11日一期文章】题：欧洲电池梦遭遇现实考验"


def test_a_boxs_title_stays_apart_from_its_first_row_among_fragments():
    text = ("民航局运输司有关负责人表示，将加强运行协调。\n\n5月民航主要运行数据\n\n旅客运输量　6310万人次\n\n"
            "同比增长　6.8%\n\n货邮运输量　80.2万吨\n")
    box = banmian.rebuild(text).articles[-1]
    assert box.headline == ["5月民航主要运行数据"]
    assert box.paragraphs == ["旅客运输量 6310万人次", "同比增长 6.8%", "货邮运输量 80.2万吨"]


def test_a_list_mark_opens_a_paragraph_among_fragments_never_goes_on_one():
    text = ("端午假期，景区将推出龙舟表演。\n\n旅行提示\n\n▲夏季山区天气多变，出行前请关注天气预报。\n\n"
            "▲自驾游客要注意山路弯多坡陡，控制车速。\n")
    paragraphs = [p for article in banmian.rebuild(text).articles for p in article.headline + article.paragraphs]
    assert "旅行提示" in paragraphs and "▲夏季山区天气多变，出行前请关注天气预报。" in paragraphs


def test_a_box_source_or_a_sayings_signature_alone_over_a_columns_end_closes_its_box():
    text = ("数说\n耕地面积　19.29亿亩\n湿地　3.54亿亩\n数据来源：自然资源部\n\n所长说\n"
            "　　“过去所里三个人管一个乡的地，\n现在有了手机App，一天能跑完过去\n三天的路。”\n"
            "——湖北省竹山县楼台乡自然资源所所长　向　东\n\n政策解读\n设施农业用地怎么用？\n"
            "　　问：哪些设施可以按设施农业用\n地管理？\n")
    paragraphs = [p for article in banmian.rebuild(text).articles for p in article.headline + article.paragraphs]
    assert "数据来源：自然资源部" in paragraphs
    assert "——湖北省竹山县楼台乡自然资源所所长 向 东" in paragraphs


def test_a_fields_value_cut_at_a_clause_over_a_columns_end_goes_on():
    text = ("停水通知\n　　因管网改造，我市部分区域将暂停\n供水。\n停水时间：12月3日8:00—18:00\n"
            "停水范围：太平街道北山路以北、\n\n万昌北路以东区域；城北街道横峰村。\n")
    (notice,) = banmian.rebuild(text).articles
    assert notice.paragraphs[-1] == "停水范围：太平街道北山路以北、万昌北路以东区域；城北街道横峰村。"


def test_a_markets_up_arrow_after_an_open_clause_goes_on_its_paragraph():
    text = "昨日沪深两市震荡走高。截至收盘，上证指数报3402.53点，\n\n▲0.41%，深证成指报10236.12点。\n"
    (story,) = banmian.rebuild(text).articles
    assert story.paragraphs == ["昨日沪深两市震荡走高。截至收盘，上证指数报3402.53点，▲0.41%，深证成指报10236.12点。"]


def test_a_facts_boxs_rows_in_print_stay_one_a_line():
    text = ("主要参数\n轴距：2840毫米\n电池容量：62.4千瓦时/76.8千瓦时\nCLTC续航里程：520公里/610公里\n电机最大功率：165千瓦\n")
    (box,) = banmian.rebuild(text).articles
    assert box.paragraphs[1:3] == ["电池容量：62.4千瓦时/76.8千瓦时", "CLTC续航里程：520公里/610公里"]


def test_a_briefs_dated_first_line_cut_inside_a_word_in_flush_print_goes_on():
    text = ("南喏镇：首个村级电商服务站运营\n12月5日，南喏镇南喏村电商服\n务站正式运营。服务站提供网上\n代购代销、快递收发、直播带货\n"
            "等服务，村民足不出村就能把益\n智、山兰米等土特产卖出去。\n")
    (brief,) = banmian.rebuild(text).articles
    assert brief.headline == ["南喏镇：首个村级电商服务站运营"] and brief.paragraphs[0].startswith("12月5日，南喏镇南喏村电商服务站")


def test_a_rankings_and_a_figure_boxs_rows_in_print_stay_one_a_line_under_their_title():
    ranking = ("江湄书城本周畅销书榜\n1．《小城医生》　葛青禾　著\n2．《北方的河流》　闻　舟　著\n"
               "3．《潮汐与盐田》　宁海川　著\n4．《雪落在渡口》　简　默　著\n")
    (box,) = banmian.rebuild(ranking).articles
    assert box.headline == ["江湄书城本周畅销书榜"] and len(box.paragraphs) == 4
    figures = ("县农商银行投放转型贷款12.6亿元\n　　本报讯（通讯员 贾晓燕）今年以\n来，县农商银行围绕全县转型发展重\n点，创新推出"
               "“沟域贷”等特色信\n贷产品，累计投放贷款12.6亿元，\n支持小微企业和个体工商户2300余\n户。\n\n"
               "1—11月全县经济运行主要指标\n规上工业增加值：增长4.6%\n原煤产量：1286万吨，增长1.8%\n固定资产投资：增长7.3%\n")
    _, box = banmian.rebuild(figures).articles
    assert box.headline == ["1—11月全县经济运行主要指标"] and len(box.paragraphs) == 3


def test_a_calendars_long_rows_among_fragments_stay_one_a_row():
    text = "\n\n".join(["12月办税日历", "12月1日至15日　办理11月（按月申报）增值税、消费税、个人所得税、文化事业建设费等税费申报缴纳",
                        "12月1日至15日　扣缴义务人办理11月个人所得税全员全额扣缴申报",
                        "12月31日前　2026年度城乡居民基本医疗保险费集中征缴期截止"])
    (box,) = banmian.rebuild(text).articles
    assert box.headline == ["12月办税日历"] and len(box.paragraphs) == 3


def test_an_essays_short_sentences_over_a_comma_cut_are_no_verse():
    text = "\n\n".join(["母亲的菜园", "林　晓", "母亲老了。", "腰也弯了。", "可她还是天天下地，",
                        "拔草、浇水、捉虫，一样也不落下。菜园不大，却养活了我们一家人好多年。"])
    (essay,) = banmian.rebuild(text).articles
    assert essay.paragraphs[-1] == "可她还是天天下地，拔草、浇水、捉虫，一样也不落下。菜园不大，却养活了我们一家人好多年。"


def test_a_sentence_cut_after_le_over_what_was_recalled_is_joined():
    text = "\n\n".join(["老槐树", "离开故乡已经三十多年了，故乡的许多事都记不清了。", "昨夜我又梦见了",
                        "小时候，外婆家门前的那棵老槐树，树下坐着摇蒲扇的外婆。"])
    (essay,) = banmian.rebuild(text).articles
    assert essay.paragraphs[-1] == "昨夜我又梦见了小时候，外婆家门前的那棵老槐树，树下坐着摇蒲扇的外婆。"


def test_a_title_ending_on_le_over_a_sentence_opened_on_when_is_no_cut():
    text = "萤火虫去哪儿了\n\n小时候的夏夜，老家屋后的稻田边总是闪着星星点点的亮光。\n\n这些年回老家，却很难再见到萤火虫了。\n"
    (essay,) = banmian.rebuild(text).articles
    assert essay.headline == ["萤火虫去哪儿了"] and len(essay.paragraphs) == 2


def test_a_price_boxs_rows_in_print_with_their_change_stay_one_a_line():
    text = ("本周橡胶收购参考价\n鲜胶乳（胶水）：13.4元/公斤，涨0.3元\n杂胶（胶线、泥胶）：8.6元/公斤，持平\n"
            "全乳胶（SCR WF）：14650元/吨，涨180元\n标准胶（SCR10）：13900元/吨，涨120元\n")
    (box,) = banmian.rebuild(text).articles
    assert len(box.paragraphs) == 4 and box.paragraphs[2] == "全乳胶（SCR WF）：14650元/吨，涨180元"


def test_a_timestamp_cut_among_fragments_is_joined_not_read_as_two_box_rows():
    text = ("美国一季度经济萎缩0.5%\n\n美国商务部26日公布的最终修正数据显示，美国国内生产总值环比按年率计算萎缩0.5%。\n\n"
            "更新时间：2025-\n\n06-28T02:29:00.969Z\n")
    (story,) = banmian.rebuild(text).articles
    assert story.paragraphs[-1] == "更新时间：2025-06-28T02:29:00.969Z"


def test_a_rate_tables_row_ending_on_a_figure_is_not_run_on_into_the_yen_row():
    text = ("主要货币兑港元\n\n货币　　　买入　　　卖出\n\n美元　　　7.7905　　7.8015\n\n人民币　　1.0938　　1.0968\n\n"
            "日圆（100）5.3612　5.3843\n\n英镑　　　10.2817　10.3265\n")
    (box,) = banmian.rebuild(text).articles
    assert box.paragraphs[2:4] == ["人民币 1.0938 1.0968", "日圆（100）5.3612 5.3843"]


def test_a_sources_edition_wrapped_under_its_full_line_closes_the_quotation_not_heads_the_next_story():
    text = ("史料\n　　“嘉庆二十四年夏，大水，城不没者三版，知县某率绅民筑堤\n捍之，民始有宁居。”\n　　——摘自《澄川县志·卷四·水利》\n"
            "（清同治刻本）\n汀阳市完成馆藏纸质档案数字化1.8亿页\n　　本报讯（记者 魏子涵）11月24日，记者从汀阳市档案馆获\n"
            "悉，该馆历时五年实施的馆藏档案数字化工程全面完成。\n")
    quotation, story = banmian.rebuild(text).articles
    assert quotation.paragraphs[-1] == "——摘自《澄川县志·卷四·水利》（清同治刻本）"
    assert story.headline == ["汀阳市完成馆藏纸质档案数字化1.8亿页"]


@pytest.mark.parametrize("title, text", [("隔夜菜会致癌？别被吓着了", "网传：隔夜菜中亚硝酸盐含量高，吃了会致癌，一口都不能吃。"),
                                         ("柑橘熟了", "10月17日，果农在清江县大坪乡的果园里采摘沙糖橘。")])
def test_a_title_among_fragments_stays_apart_from_a_fact_checks_claim_or_a_captions_dated_scene(title, text):
    page = banmian.rebuild(f"谣言粉碎机\n\n{title}\n\n{text}\n")
    assert [title, text] == (page.articles[0].headline + page.articles[0].paragraphs)[-2:]


def test_a_year_cut_from_its_date_among_fragments_is_joined():
    page = banmian.rebuild("锐始者必图其终。\n\n2021年\n\n7月1日，习近平总书记在庆祝中国共产党成立100周年大会上庄严宣告。\n")
    assert page.articles[0].paragraphs[-1] == "2021年7月1日，习近平总书记在庆祝中国共产党成立100周年大会上庄严宣告。"


def test_an_experts_note_closing_a_column_in_flush_print_is_not_run_on_into_the_next_title():
    text = ("专家说\n食品标签上的“0添加”靠谱吗？\n食品配料进行特别强调，相关规定\n将逐步实施。\n建议消费者购买食品时，不要被\n"
            "“0添加”等宣传语所左右，而应\n重点查看配料表、营养成分表和生\n产日期、保质期等信息，理性选购。\n"
            "（本文专家：江淮农业大学食品科\n学与工程学院教授　钱立新）\n《预制菜术语和分类》团体标准发布\n"
            "本报讯（记者 卢思琪）10月18日，\n江淮省食品行业协会发布团体标准。\n")
    column, story = banmian.rebuild(text).articles
    assert column.paragraphs[-1] == "（本文专家：江淮农业大学食品科学与工程学院教授 钱立新）"
    assert story.headline == ["《预制菜术语和分类》团体标准发布"]


@pytest.mark.parametrize("author", ["　海曙区中山小学 五年级（2）班　\n陈思妍", "　鄞州区钟公庙第二小学 三年\n级（4）班　王子轩"])
def test_a_pupils_author_line_wrapped_at_the_column_edge_is_one_byline(author):
    page = banmian.rebuild(f"奶奶的桂花糖\n{author}\n　　每年桂花开的时候，奶奶都要做\n一罐桂花糖。\n")
    (essay,) = page.articles
    assert essay.paragraphs == ["每年桂花开的时候，奶奶都要做一罐桂花糖。"]
    assert essay.byline.reporters == [author.split()[-1]]


def test_a_box_of_sayings_label_among_fragments_is_not_run_on_into_its_first_quotation():
    page = banmian.rebuild("数说\n\n耕地面积　19.29亿亩\n\n数据来源：自然资源部\n\n所长说\n\n"
                           "“过去所里三个人管一个乡的地，现在有了手机App，巡查轨迹都能实时上传。”\n\n——湖北省竹山县楼台乡自然资源所所长　向　东\n")
    assert [a.headline for a in page.articles] == [["数说"], ["所长说"]]


def test_a_forecast_boxs_name_and_rows_in_print_stay_one_a_line_down_to_its_source():
    text = ("健康主管部门。\n\n明日重点城市空气质量预报\n北京　良　首要污染物：臭氧\n上海　优\n广州　良　首要污染物：臭氧\n"
            "成都　良　首要污染物：臭氧\n乌鲁木齐　良　首要污染物：PM10\n（中国环境监测总站供稿）\n")
    box = banmian.rebuild(text).articles[-1]
    assert box.headline == ["明日重点城市空气质量预报"]
    assert box.paragraphs[2:] == ["广州 良 首要污染物：臭氧", "成都 良 首要污染物：臭氧", "乌鲁木齐 良 首要污染物：PM10",
                                  "（中国环境监测总站供稿）"]


def test_a_title_in_flush_print_at_a_columns_head_stays_apart_from_its_dated_lead_but_a_dateline_goes_on():
    text = ("航线动态\n●7月1日，厦门至布达佩斯航线开通，\n每周执飞2班。\n●7月3日起，西宁至喀什航线恢复运\n营，每日1班。\n"
            "●7月8日，长沙至大阪航线首航，每\n周执飞4班。\n\n华东空管局启用新一代雷达管制系统\n6月26日，华东空管局新一代雷达\n"
            "管制自动化系统正式投入运行。新\n系统可同时处理上万个飞行目标，\n冲突告警提前量由原来的2分钟提\n高到4分钟。\n")
    assert banmian.rebuild(text).articles[-1].headline == ["华东空管局启用新一代雷达管制系统"]
    lead = banmian.rebuild("本报平壤6月8日电 （记者杜尚泽）当地时间\n6月8日下午，习近平在平壤同金正恩举行会谈。\n")
    assert lead.articles[0].paragraphs == ["本报平壤6月8日电 （记者杜尚泽）当地时间6月8日下午，习近平在平壤同金正恩举行会谈。"]


def test_a_route_cut_among_fragments_at_its_dash_goes_on_but_a_tables_no_change_cell_ends_its_row():
    route = banmian.rebuild("关于调整15路公交线路的公告\n\n因城南大道拓宽改造施工，自2024年12月12日起，15路公交线路临时调整如下：\n\n"
                            "上行：客运中心—东辉路—万昌路—\n\n城南大道（西段）—湖滨路—市第一人民医院\n")
    assert route.articles[0].paragraphs[1] == "上行：客运中心—东辉路—万昌路—城南大道（西段）—湖滨路—市第一人民医院"
    table = banmian.rebuild("本周农产品批发市场价格\n\n品名　　最低价　最高价　涨跌\n\n番茄　　3.00　　4.20　　—\n\n茄子　　2.40　　3.20　　↓\n")
    assert len(table.articles[0].paragraphs) == 3


def test_a_boxs_source_in_flush_print_is_not_run_on_into_the_title_under_it():
    text = ("上周成交数据\n新建商品住宅成交　1126套\n环比　+18.2%\n成交均价　2.31万元/平方米\n二手住宅成交　1582套\n"
            "数据来源：云港市房地产交易中心\n公积金贷款最高额度提至100万元\n本报讯 记者 钟子怡 记者昨天从云港市住房公积\n金管理中心获悉，自9月15日起，本市住\n"
            "房公积金贷款最高额度提至100万元。\n")
    box, story = banmian.rebuild(text).articles
    assert (box.paragraphs[-1], story.headline) == ("数据来源：云港市房地产交易中心", ["公积金贷款最高额度提至100万元"])


def test_a_source_line_wrapped_inside_an_organisations_name_goes_on():
    text = ("赫哲族伊玛堪唱响千年韵\n今年以来，全县共举办伊\n玛堪专场演出36场，吸引\n游客2.1万人次，带动文旅\n收入增长18%。\n"
            "数据来源：中共饶河县委\n宣传部\n")
    assert banmian.rebuild(text).articles[-1].paragraphs[-1] == "数据来源：中共饶河县委宣传部"


def test_a_junctions_short_text_bound_covers_pointers_and_afterword_labels():
    """_continues asks the pointer and afterword rules only of a text no longer than a block's label: none is longer."""
    from banmian.rebuild import paragraphs as rules, patterns
    assert patterns._POINTER <= rules._BLOCK_LABEL
    assert all(patterns.is_afterword(label) for label in ("编后", "■【编后语】", "[编后记]"))
    assert not patterns._AFTERWORD.match("■【编后语】" + "x")  # its longest form is six characters


def test_a_source_wrapped_after_a_bureau_goes_on_into_its_survey_team():
    text = ("居民收入稳步增长\n\n本报讯　前三季度，全\n市居民人均可支配收入\n38652元，同比增长5.1\n%，增速比上半年加快。\n"
            "数据来源：国家统计局\n宁波调查队\n")
    assert banmian.rebuild(text).articles[0].paragraphs[-1] == "数据来源：国家统计局宁波调查队"


def test_a_paragraphs_first_line_filling_its_column_at_a_columns_head_goes_on_into_a_date():
    text = ("据了解\n　　市应急管理局发布消息称，全市防汛形\n势总体平稳。\n\n市应急管理局发布消息称全市已于\n6月26日，启动防汛四级应急响应。\n"
            "　　据了解，今年入汛以来全市共出现\n强降雨过程5次。\n")
    assert "市应急管理局发布消息称全市已于6月26日，启动防汛四级应急响应。" in banmian.rebuild(text).articles[0].paragraphs


def test_a_title_under_a_kind_of_pieces_name_is_not_run_into_the_text_under_it():
    body = "消费者权益保护法规定，经营者在提供商品时存在欺诈的，消费者可以要求增加赔偿其受到的损失。"
    text = "\n\n".join(["律师说法", "买到翻新电池可主张“退一赔三”", body])
    [piece] = banmian.rebuild(text).articles
    assert (piece.headline, piece.paragraphs) == (["律师说法", "买到翻新电池可主张“退一赔三”"], [body])


def test_a_numbered_tips_first_printed_line_under_a_boxs_name_still_runs_on():
    lines = ["春运出行提示", "①出行前请通过“交通出行”App或", "拨打12328、12122等服务电话查询路", "况。"]
    [box] = banmian.rebuild("\n".join(lines)).articles
    assert box.paragraphs == ["①出行前请通过“交通出行”App或拨打12328、12122等服务电话查询路况。"]


def test_a_quoted_saying_alone_on_a_short_flush_line_is_a_subhead_among_indented_paragraphs():
    lines = ["博士进茶山　老茶园焕新颜",
             "　　本报讯（记者 岑朗）5月下旬，柘塘县云",
             "岙镇的高山茶园里，茶农们正忙着采摘夏茶。",
             "与往年不同的是，今年茶园里多了几台自动",
             "监测土壤温湿度的传感器，茶农们的手机上也",
             "多了一个“茶园管家”小程序。这些变化，都和",
             "一支来自棠川农业科学院的科技特派员团队有关。",
             "“茶园病了，得先把脉”",
             "　　云岙镇种茶历史已有三百多年，全镇茶园面",
             "积1.8万亩。但由于多年来重施化肥、管理粗放，",
             "不少老茶园出现了土壤酸化、茶树衰老等问题。"]
    [story] = banmian.rebuild("\n".join(lines)).articles
    assert story.paragraphs[-2:] == ["“茶园病了，得先把脉”", "云岙镇种茶历史已有三百多年，全镇茶园面积1.8万亩。"
                                     "但由于多年来重施化肥、管理粗放，不少老茶园出现了土壤酸化、茶树衰老等问题。"]
    assert story.paragraphs[-3].endswith("科技特派员团队有关。")


def test_a_notice_of_appointments_keeps_its_figures_fields_and_address_whole_in_printed_lines():
    lines = ["棠川市市管干部任前公示", "　　经中共棠川市委研究，拟对下", "列同志提拔任职，现予公示。",
             "一、许承泽", "男，汉族，1980年4月生，研究生", "学历，2004年7月参加工作，2002", "年6月加入中国共产党",
             "现任：澜江区委常委、组织部部长", "拟任：市级机关部门正职人选", "二、钟鸣岐", "男，汉族，1978年2月生，在职研",
             "究生学历，2000年8月参加工作，1", "999年12月加入中国共产党", "现任：柘塘县人民政府副县长",
             "来信地址：棠川市府前路1号", "市委组织部干部监督科（邮编：419000）"]
    [notice] = banmian.rebuild("\n".join(lines)).articles
    assert notice.paragraphs[1:] == [
        "一、许承泽", "男，汉族，1980年4月生，研究生学历，2004年7月参加工作，2002年6月加入中国共产党",
        "现任：澜江区委常委、组织部部长", "拟任：市级机关部门正职人选", "二、钟鸣岐",
        "男，汉族，1978年2月生，在职研究生学历，2000年8月参加工作，1999年12月加入中国共产党", "现任：柘塘县人民政府副县长",
        "来信地址：棠川市府前路1号市委组织部干部监督科（邮编：419000）"]


def test_a_tables_dated_note_and_its_foot_note_are_lines_of_their_own_in_print():
    lines = ["本期主要利率一览", "（2025年9月）", "单位：%", "项目　利率", "1年期LPR　3.00",
             "活期存款　0.05", "普惠小微贷款　4.12", "注：存款利率为挂牌利率。"]
    [box] = banmian.rebuild("\n".join(lines)).articles
    assert (box.paragraphs[0], box.paragraphs[-2:]) == ("（2025年9月）", ["普惠小微贷款 4.12", "注：存款利率为挂牌利率。"])


def test_a_tables_foot_note_is_a_paragraph_of_its_own_among_fragments():
    text = "\n\n".join(["本期主要利率一览", "项目　利率", "1年期LPR　3.00", "活期存款　0.05", "普惠小微贷款　4.12",
                       "注：存款利率为国有大型商业银行挂牌利率。"])
    assert banmian.rebuild(text).articles[0].paragraphs[-2:] == ["普惠小微贷款 4.12", "注：存款利率为国有大型商业银行挂牌利率。"]


def test_a_notices_whole_field_among_fragments_is_not_run_into_the_sentence_under_it():
    fields = ["停电时间：7月27日6:30—12:30", "停电范围：10千伏桥头线所带云塘县工业园区东区部分企业"]
    after = "如遇雷雨等恶劣天气，检修计划将顺延。"
    text = "\n\n".join(["停电检修公告", "为保障电网安全运行，我公司定于近期对下列线路进行停电检修。", *fields, after])
    assert banmian.rebuild(text).articles[0].paragraphs[-3:] == [*fields, after]


def test_sayings_and_their_signatures_in_print_are_each_a_paragraph_however_full_the_lines():
    lines = ["班组长说", "“安全是干出来的，不是喊出来的。每天班前", "会，我都要把当天的风险点讲到每个人心里。”",
             "——钻井二公司70158钻井队司钻　郝建军", "“新工具用起来，一个班能多干两口井的活，", "大家的劲头更足了。”",
             "——井下作业公司修井二队班长　沙永福"]
    [box] = banmian.rebuild("\n".join(lines)).articles
    assert box.paragraphs == ["“安全是干出来的，不是喊出来的。每天班前会，我都要把当天的风险点讲到每个人心里。”",
                              "——钻井二公司70158钻井队司钻 郝建军", "“新工具用起来，一个班能多干两口井的活，大家的劲头更足了。”",
                              "——井下作业公司修井二队班长 沙永福"]


def test_a_padded_name_broken_at_its_space_in_print_closes_its_bracket_on_the_line_below():
    text = ("　　◆本报9月4日报道的北岸区江滨路人\n行道护栏破损问题，经市政部门维修，12\n处破损护栏已全部更换完毕。（记者 陆\n"
            "　川）\n　　◆西津区建设新村一处公共厕所长期\n关闭一事，该公厕已重新开放。（记者 韩　露）\n")
    assert paragraphs(text) == ["◆本报9月4日报道的北岸区江滨路人行道护栏破损问题，经市政部门维修，12处破损护栏已全部更换完毕。（记者 陆川）",
                                "◆西津区建设新村一处公共厕所长期关闭一事，该公厕已重新开放。（记者 韩 露）"]


def test_a_numbered_item_under_a_bracket_left_open_is_its_own_paragraph():
    text = ("　　本报讯（记者 陆 川）日前，市政府\n出台稳就业十条措施（以下简称“十条\n措施”。主要内容如下：\n"
            "　　一）加大援企稳岗力度。\n　　二）拓宽高校毕业生就业渠道。\n")
    assert paragraphs(text)[1:] == ["一）加大援企稳岗力度。", "二）拓宽高校毕业生就业渠道。"]


def test_an_indented_paragraph_stopped_inside_a_clause_goes_on_at_the_next_columns_head():
    text = ("　　今年6月，小区4幢的居民提出想\n加装电梯，但低层住户有顾虑。党支\n部请来设计单位现场答疑，前后沟通\n"
            "了二十多次，终于让全楼24户达成一\n致。目前，这部电梯已进入安\n装\n\n阶段。\n　　“红色管家”团队还成立了助老\n服务队。\n")
    assert paragraphs(text) == ["今年6月，小区4幢的居民提出想加装电梯，但低层住户有顾虑。党支部请来设计单位现场答疑，前后沟通"
                                "了二十多次，终于让全楼24户达成一致。目前，这部电梯已进入安装阶段。",
                                "“红色管家”团队还成立了助老服务队。"]


def test_an_indented_paragraph_stopped_at_a_sentence_goes_on_in_running_text_at_the_next_columns_head():
    text = ("　　根据行动方案，到2027年，干流水\n质稳定达到Ⅲ类，沿江乡镇生活污水\n处理设施实现全覆盖。\n\n"
            "市生态环境局相关负责人表示，将建\n立“月调度、季通报”工作机制，确保\n各项任务按期完成。\n"
            "　　下一步，该市还将开展专项督查。\n")
    assert paragraphs(text) == ["根据行动方案，到2027年，干流水质稳定达到Ⅲ类，沿江乡镇生活污水处理设施实现全覆盖。"
                                "市生态环境局相关负责人表示，将建立“月调度、季通报”工作机制，确保各项任务按期完成。",
                                "下一步，该市还将开展专项督查。"]


def test_a_caption_under_a_blank_after_an_indented_paragraph_stays_apart_from_it():
    text = ("　　腊月廿六中午，城西环卫所食堂里\n热气腾腾，二十多名环卫工人围坐在\n一起。\n"
            "　　“除夕那天我们要上班，所里提前\n给我们办了年夜饭。”老周笑着说，和\n工友们在一起也很开心。\n\n"
            "市民在青溪老街挑选春联和福字，年\n味渐浓。\n本报记者 陈 晨 摄\n")
    assert paragraphs(text)[1:3] == ["“除夕那天我们要上班，所里提前给我们办了年夜饭。”老周笑着说，和工友们在一起也很开心。",
                                     "市民在青溪老街挑选春联和福字，年味渐浓。"]


def test_a_quoted_title_under_a_blank_after_an_indented_paragraph_stays_apart_from_it():
    text = ("　　独山子石化公司采用自主开发的气相\n法工艺，填补了相关领域技术空白。\n"
            "　　随着其他项目陆续建成，预计到2026\n年底总产能将超30万吨，为新能源等\n产业提供保障。\n\n"
            "“邮车开到哪里，乡亲们的事就办到哪”\n　　甘肃省华池县城壕镇，冬日清晨\n6点，寒气袭人。\n")
    assert paragraphs(text)[2] == "“邮车开到哪里，乡亲们的事就办到哪”"


def test_a_towns_item_titled_at_the_next_columns_head_under_a_full_line_stands_apart():
    text = ("    “秸秆打捆卖给生物质电厂，一\n亩地还能多收五六十块钱。”村民吴\n德发算起了增收账。\n"
            "    县农业农村局负责人表示，将继\n续做好农机调度、烘干仓储等各项保\n障，全力以赴打好“三夏”攻坚战。\n\n"
            "槐林镇：小龙虾“游”出致富路\n    走进槐林镇大埂村稻虾共作基\n地，村民们正忙着收笼起虾。\n")
    assert paragraphs(text)[2:] == ["槐林镇：小龙虾“游”出致富路", "走进槐林镇大埂村稻虾共作基地，村民们正忙着收笼起虾。"]


def test_a_notices_sentence_cut_before_a_label_like_word_goes_on():
    text = ("计划停电公告\n    因电网设备检修需要，国网潜川\n县供电公司将对以下线路计划停电，\n"
            "届时停电范围内的用户将暂停供电。\n请相关用户提前做好停电准备，合理\n安排生产生活。由此带来的不便，敬\n"
            "请谅解。\n停电时间：5月22日7:30—17:30\n停电线路：10千伏槐林线\n"
            "停电范围：槐林镇大埂村、杨湾村，\n槐林社区部分区域\n停电时间：5月24日8:00—14:00\n"
            "停电线路：10千伏城东Ⅱ线\n停电范围：城东街道南门社区、锦绣\n华庭小区\n"
            "    如遇雨天，检修工作顺延。供电\n服务热线：95598\n国网潜川县供电公司\n2025年5月19日\n")
    assert paragraphs(text)[-3:] == ["如遇雨天，检修工作顺延。供电服务热线：95598", "国网潜川县供电公司", "2025年5月19日"]


def test_a_spaced_title_as_wide_as_a_flush_column_stays_apart_from_its_subtitle():
    text = ("“以前觉得志愿服务离自己很远，现\n在每个月不参加一两次，心里就\n空落落的。”\n——城东街道南门社区居民　鲍秀兰\n\n"
            "移风易俗树新风　文明节俭办婚丧\n——致全县广大群众的倡议书\n全县广大群众朋友们：\n"
            "婚丧嫁娶是人生大事，也是社会风\n气的“晴雨表”。\n")
    assert paragraphs(text)[2:4] == ["移风易俗树新风 文明节俭办婚丧", "——致全县广大群众的倡议书"]


def test_a_date_carried_to_its_weekday_on_the_next_line_goes_on():
    text = ("关于举办全民健身登山大赛的通知\n各县（区）体育局：\n    为丰富群众体育生活，定于11月举办登\n山大赛。现将有关事项通知如下：\n"
            "一、比赛时间：2025年11月2日\n（星期日）8:00\n二、比赛地点：青枫县云居山风景\n区\n")
    assert "一、比赛时间：2025年11月2日（星期日）8:00" in paragraphs(text)


def test_a_reply_under_a_callers_full_last_line_opens_its_own_paragraph():
    text = ("◆热线回音\n◆市民来电：岱北区泰和小区南门的路\n灯坏了一个多月，晚上出行很不方便。\n"
            "回复：市城市管理局照明管理处已于\n10月15日更换了损坏的灯具。\n")
    assert paragraphs(text)[1:] == ["◆市民来电：岱北区泰和小区南门的路灯坏了一个多月，晚上出行很不方便。",
                                    "回复：市城市管理局照明管理处已于10月15日更换了损坏的灯具。"]


def test_a_box_title_at_the_next_columns_head_is_not_run_into_an_unstopped_caption_above():
    text = ("　　油菜花花期预计持续到本月底，周\n末期间将在湖畔举办农夫市集。\n"
            "　　游客在长潭湖畔的油菜花田里拍照\n留念。 通讯员 林小燕 摄\n\n旅游资讯\n"
            "　　●即日起至5月31日，我市A级景区对\n全国医务工作者实行免门票政策。\n")
    assert banmian.rebuild(text).articles[-1].headline == ["旅游资讯"]


def test_a_notices_title_and_its_document_number_in_brackets_are_two_lines_in_print():
    text = ("会议指出，今冬明春是安全事故易发\n多发期，要深入开展重点行业领域安\n全隐患排查整治。\n"
            "澄溪市人民政府房屋征收决定公告\n（澄政征〔2025〕7号）\n因溪城区老城南片区城市更新项目\n"
            "建设需要，经市人民政府研究，决定\n实施征收。\n")
    assert paragraphs(text)[1:3] == ["澄溪市人民政府房屋征收决定公告", "（澄政征〔2025〕7号）"]


def test_a_flush_paragraph_stopped_inside_a_word_at_a_columns_foot_goes_on_at_the_next_columns_head():
    text = ("五、被征收人对本征收决定不服的\n，可以自本公告发布之日起60日内\n依法申请行政复议，也可以自本公\n"
            "告发布之日起6个月内依法提起行\n政\n\n诉讼。\n六、房屋被依法征收的，国有土地\n使用权同时收回。\n")
    assert paragraphs(text)[0].endswith("依法提起行政诉讼。")


def test_a_notices_whole_field_among_fragments_is_not_run_into_a_sentence_stopping_late():
    field = "停水范围：府前街、文昌巷、南门路（滨河路至府前街段）沿线及锦华苑、南门新村、文昌花园小区"
    after = "请相关区域用户提前做好储水准备。停水期间请关闭室内水龙头，恢复供水初期水质可能浑浊。"
    text = "\n\n".join(["停水通知", "我公司定于2025年10月18日对部分区域实施停水作业。现将有关事项通知如下：",
                      "停水时间：10月18日8:00至20:00", field, after])
    assert banmian.rebuild(text).articles[0].paragraphs[-2:] == [field, after]


def test_a_guides_fields_whatever_their_labels_are_one_a_paragraph_among_fragments_and_in_print():
    fields = ["所需材料：父母双方身份证、户口簿、结婚证，新生儿出生医学证明信息由医院推送，无需另行提交",
              "办理时限：材料齐全的，5个工作日内办结，证照免费邮寄到家"]
    assert [p.replace(" ", "") for p in paragraphs("\n\n".join(fields))] == fields
    printed = ("所需材料：父母双方身份证、户口\n簿、结婚证，新生儿出生医学证明\n信息由医院推送，无需另行提交\n"
               "办理时限：材料齐全的，5个工作\n日内办结，证照免费邮寄到家\n")
    assert paragraphs(printed) == fields


def test_a_listings_section_label_in_brackets_is_a_line_of_its_own_under_a_field():
    text = "【展览】\n“江南丝竹”非遗展\n时间：即日起至5月31日\n票价：免费，凭身份证入馆\n【演出】\n话剧《雷雨》\n时间：5月17日19:30\n"
    assert paragraphs(text)[3:5] == ["票价：免费，凭身份证入馆", "【演出】"]


def test_a_data_boxs_row_whose_value_is_a_rate_stays_a_row_of_its_own():
    text = "数据\n两市成交额　1.15万亿元\n人民币中间价　1美元兑7.0202元\n黄金（沪金主力）　581.20元/克\n"
    assert paragraphs(text)[-2:] == ["人民币中间价 1美元兑7.0202元", "黄金（沪金主力） 581.20元/克"]


@pytest.mark.parametrize("title", ["稻谷飘香，丰收在望", "口袋公园开放啦！"])
def test_a_title_at_the_next_columns_head_is_not_run_into_a_list_that_stops_on_no_mark(title):
    text = ("我市表彰一批“最美家庭”\n　　本报讯（记者 陈 静）10月15日，市\n妇联召开“最美家庭”表彰会，10户家庭\n"
            "获评2025年度澄溪市“最美家庭”。\n　　获评家庭名单：张建国家庭、李秀英家\n庭、王德明家庭、赵丽华家庭\n\n"
            f"{title}\n　　连日来，青山乡12万亩晚稻陆续进入\n收割期，田间地头一派繁忙景象。\n")
    assert title in paragraphs(text)


def test_a_title_at_the_next_columns_head_is_not_run_into_a_caption_whose_credit_wrapped():
    text = ("村里来了“新农人”\n　　本报讯（记者 王 涛）近日，记者走进\n城关镇桃源村，只见一片片大棚整齐排列\n"
            "，村民们正忙着采摘草莓。\n　　村民在大棚里采摘草莓。 记者 王 涛\n摄\n\n村道宽了，路灯亮了，产业旺了\n"
            "　　本报讯（通讯员 李 明）今年以来，\n青山乡持续推进人居环境整治。\n")
    assert banmian.rebuild(text).articles[-1].headline == ["村道宽了，路灯亮了，产业旺了"]


@pytest.mark.parametrize("field, rest", [("停电范围：10千伏城东线沿线的文昌社区、南门社区、府前社区", "及人民路沿线部分企业。"),
                                         ("演出地点：市民广场东侧", "草坪及中心舞台。")])
def test_a_fields_value_carried_over_a_column_joins_though_it_ends_on_a_stop(field, rest):
    text = "\n\n".join(["停电通知", "我公司定于10月18日对以下线路停电检修。现将有关事项通知如下：", field, rest,
                      "由此带来的不便，敬请谅解。"])
    assert field + rest in banmian.rebuild(text).articles[0].paragraphs


def test_a_fields_value_broken_down_into_labelled_parts_is_one_paragraph_in_print():
    text = ("招聘人数：共招聘社区工作者60名，其中城区\n街道社区：40名，乡镇（园区）社区：20名。\n"
            "报名条件：具有本市户籍，年龄在35周岁以下\n，具有大专及以上学历。\n")
    assert paragraphs(text)[0] == "招聘人数：共招聘社区工作者60名，其中城区街道社区：40名，乡镇（园区）社区：20名。"


@pytest.mark.parametrize("last, closing", [("停电范围：城东街道文昌社区、南门社区及人民路沿线部分企业和商户", "敬请谅解！"),
                                           ("拟表彰名单：张建国家庭、李秀英家庭、王德明家庭、赵丽华家庭、孙永强家庭", "特此公示。")])
def test_a_notices_closing_words_are_a_paragraph_of_their_own_under_a_field_or_a_list(last, closing):
    text = "\n\n".join(["停电通知", "因电力设施检修需要，我公司定于10月18日对以下线路停电检修。现将有关事项通知如下：", last,
                      closing, "国网澄溪市供电公司", "2025年10月15日"])
    assert banmian.rebuild(text).articles[0].paragraphs[-4:-2] == [last, closing]


def test_closing_words_under_a_comma_end_the_sentence_they_are_printed_in():
    text = ("停电检修公告\n　　为保障电网安全运行，提高供电可靠性，我公\n司定于近期对下列线路停电检修，届时相关区域暂\n"
            "停供电，请广大客户提前做好停电准备。不便之处，\n敬请谅解。\n停电时间：7月26日7:00—15:00\n")
    assert paragraphs(text)[1].endswith("不便之处，敬请谅解。")


def test_a_comments_next_field_opened_by_its_label_in_brackets_is_a_paragraph_of_its_own_in_print():
    text = ("AI时代，更需保障劳动权益\n\n本报记者 郑冬睿\n【关键词】AI替岗\n【事件】在企业任主管\n的周先生，因“工作可\n"
            "被AI（人工智能）替代”\n而被调岗降薪、后遭解\n雇。\n")
    assert paragraphs(text)[-2:] == ["【关键词】AI替岗", "【事件】在企业任主管的周先生，因“工作可被AI（人工智能）替代”而被调岗降薪、后遭解雇。"]


def test_closing_words_after_a_sentence_cut_short_among_fragments_end_it():
    text = ("停电通知\n\n因线路检修，我公司定于10月18日8:00至17:00对城东线停电，停电期间给您带来的不便\n\n敬请谅解！\n\n"
            "国网澄溪市供电公司\n\n2025年10月15日\n")
    assert banmian.rebuild(text).articles[0].paragraphs[0].endswith("给您带来的不便敬请谅解！")


def test_a_notices_one_sentence_plea_under_a_field_is_its_own_paragraph_among_fragments():
    text = "\n\n".join(["停水通知", "我公司定于10月18日对部分区域停止供水。现将有关事项通知如下：", "停水时间：10月18日8:00至20:00",
                      "停水区域：新城大道以东、滨河路以北片区", "望广大用户相互转告。", "澄溪市自来水公司", "2025年10月15日"])
    assert "望广大用户相互转告。" in banmian.rebuild(text).articles[0].paragraphs


def test_a_guides_field_holding_a_clock_time_is_still_a_field_of_its_own_in_print():
    text = ("所需材料：申请人身份证原件、户\n口簿原件及复印件，近期免冠照片\n受理时段：工作日上午9:00—12:0\n0，下午14:00—17:00\n"
            "办结时限：材料齐全的，5个工作\n日内办结，证照免费邮寄到家\n")
    assert paragraphs(text)[1] == "受理时段：工作日上午9:00—12:00，下午14:00—17:00"


def test_a_sentence_head_cut_under_a_kind_of_piece_is_no_title_of_two_phrases():
    text = "\n\n".join(["网购遭遇“假客服”　民警追回被骗款",
                      "本报讯（记者 李　娜）10月12日，市民刘女士接到自称某电商平台“客服”的电话，被骗走2万元。",
                      "民警提醒", "市民朋友们，网购时", "一定要认准官方平台客服，切勿轻信陌生来电和链接，更不要向对方转账汇款。"])
    [story] = banmian.rebuild(text).articles
    assert story.paragraphs[-1] == "市民朋友们，网购时一定要认准官方平台客服，切勿轻信陌生来电和链接，更不要向对方转账汇款。"


def test_thanks_at_the_next_columns_head_end_the_paragraph_a_column_cut_inside_a_word():
    text = ("我市表彰一批优秀志愿者\n　　本报讯（记者 陈 静）10月15日，我市\n召开志愿服务工作推进会，表彰了一百名\n"
            "优秀志愿者。会上，市委副书记王建国代\n表市委市政府向全市广大志愿者和爱心人\n士\n\n表示衷心的感谢！\n"
            "城东新区新建两所幼儿园开园\n　　本报讯（记者 李 娜）9月1日，城东\n新区两所新建公办幼儿园正式开园。\n")
    first, second = banmian.rebuild(text).articles
    assert first.paragraphs[-1].endswith("爱心人士表示衷心的感谢！") and second.headline == ["城东新区新建两所幼儿园开园"]


def test_a_sayings_signature_wider_than_its_column_carries_its_name_to_the_next_line():
    text = ("基层声音\n"
            "　　“村里的路修好了，山货运得出去，\n游客也进得来。”\n"
            "——全国人大代表、青石县柳湾村党总支书记　\n"
            "林秀英\n"
            "　　“企业最需要的是稳定的政策预期，我们\n有信心把研发做深做实。”\n"
            "——全国政协委员、临川高新区企业研发中心主\n"
            "任　周明远\n"
            "　　“河水清了、白鹭回来了，日子一年比一年\n好。”\n"
            "——青石县石塘镇民间河长　胡根宝\n")
    page = banmian.rebuild(text)
    assert [paragraph.replace(" ", "") for paragraph in page.articles[0].paragraphs] == [
        "“村里的路修好了，山货运得出去，游客也进得来。”", "——全国人大代表、青石县柳湾村党总支书记林秀英",
        "“企业最需要的是稳定的政策预期，我们有信心把研发做深做实。”", "——全国政协委员、临川高新区企业研发中心主任周明远",
        "“河水清了、白鹭回来了，日子一年比一年好。”", "——青石县石塘镇民间河长胡根宝"]


def test_a_bracketed_credit_wrapped_inside_a_padded_name_goes_on():
    text = ("海岛村用上“智慧电网”\n"
            "　　本报讯　3月10日，海岛村的智慧电网正式\n投运，供电可靠率提升至99.9%。\n"
            "　　（白沙记者站　王一帆　通讯员\n"
            "　邱　岳）\n")
    page = banmian.rebuild(text)
    assert [paragraph.replace(" ", "") for paragraph in page.articles[0].paragraphs][-1] == "（白沙记者站王一帆通讯员邱岳）"
    assert (page.articles[0].byline.reporters, page.articles[0].byline.correspondents) == (["王一帆"], ["邱岳"])


def test_subheads_cast_in_one_frame_of_words_are_headings_among_fragments():
    paragraphs = ["本报讯（记者 刘洋）10月21日，全县12个农业项目集中开工，总投资32.6亿元。",
                  "链条越拉越长", "沂丰是山楂之乡，全县山楂种植面积达到18万亩，初步形成了从种植、加工到销售的全产业链条。",
                  "服务越来越实", "为推动项目早落地，我县实行县级领导包保重点项目制度，项目审批时间平均压缩了45%。"]
    page = banmian.rebuild("\n\n".join(["农业项目集中开工", *paragraphs]))
    assert [article.paragraphs for article in page.articles] == [paragraphs]


def test_a_notices_field_ends_where_its_next_sentence_opens_on_a_word_of_its_own():
    paragraphs = ["因供水管网改造施工，我公司将暂停部分区域供水。", "停水时间：11月22日（星期六）8:00至20:00",
                  "停水范围：建设大街两侧用户、纺织二厂小区、东关街道东关村",
                  "届时，沿线用户用水将受到影响，请提前储备生活用水。如遇特殊情况，恢复供水时间顺延，敬请谅解。"]
    page = banmian.rebuild("\n\n".join(["停水通知", *paragraphs]))
    assert page.articles[0].paragraphs == paragraphs


def test_a_paragraph_goes_on_past_the_running_head_read_out_between_two_columns():
    text = ("　　在青阳县五金产业研究院，工程师们\n正在测试一款新研发的高强度螺栓。研究\n院近三年已帮助企业攻克技术难题46项。\n"
            "　　产品档次提升了，市场也越做越大。\n今年以来，青阳县五金产品出口额达到\n\n"
            "区县新闻　　　滹阳日报　2025年11月20日　星期四\n\n"
            "38亿元，同比增长21%，产品远销东南\n亚、中东、欧洲等60多个国家和地区。\n")
    page = banmian.rebuild(text)
    assert page.articles[0].paragraphs[1:] == [
        "产品档次提升了，市场也越做越大。今年以来，青阳县五金产品出口额达到38亿元，同比增长21%，产品远销东南亚、中东、欧洲等60多个国家和地区。"]


def test_a_commentator_under_a_spaced_title_and_an_afterword_under_a_signature_are_lines_of_their_own():
    text = ("评论员观察\n稳住“菜篮子”　端牢“米袋子”\n本报评论员　孟　川\n"
            "　　春耕时节，走进临淮大地，田间地头一\n派繁忙，全市计划种植粮食作物百万亩。\n"
            "记者回音\n　　接到来信后，记者来到小区实地查看\n，街道工作人员当天就检修了路灯。\n本报记者　杜　若\n\n"
            "编后\n　　一盏路灯，照亮的是回家的路，连着\n的是群众的心。\n")
    page = banmian.rebuild(text)
    assert [(a.headline, a.byline.text) for a in page.articles] == [
        (["评论员观察", "稳住“菜篮子” 端牢“米袋子”"], ["本报评论员 孟 川"]), (["记者回音"], ["本报记者 杜 若"]), (["编后"], [])]


def test_a_columns_name_over_its_title_and_text_among_fragments_is_no_piece_of_a_word():
    paragraphs = ["天冷了，群众最关心的是家里暖不暖。管网改造136公里、换热站智能化改造58座，每一个数字背后都是群众的好温度。",
                  "把群众的冷暖放在心上，这个冬天，滹阳才能处处有温度。"]
    page = banmian.rebuild("\n\n".join(["冬储大白菜上市", "11月18日，东关农贸市场里，摊主正在为市民挑选冬储大白菜。 通讯员 王　磊 摄",
                                        "今日谈", "让“暖”字落到群众心坎上", *paragraphs]))
    assert [(a.headline, a.paragraphs) for a in page.articles][-1] == (["今日谈", "让“暖”字落到群众心坎上"], paragraphs)


def test_a_poem_titled_as_one_of_a_set_is_signed_by_a_bare_name_under_its_title():
    # （外一首）: a poem and one more; the poet's name under the title needs no mark or padding to sign verses
    text = ("春插（外一首）\n\n周晓光\n\n布谷鸟叫了三遍\n\n父亲就下田了\n\n他把一垄一垄的秧苗\n\n插进四月的水里\n\n油菜荚\n\n"
            "油菜花谢了\n\n细细长长的荚\n")
    for form in (text, text.replace("\n\n", "\n")):
        assert paragraphs(form)[-7:] == ["布谷鸟叫了三遍", "父亲就下田了", "他把一垄一垄的秧苗", "插进四月的水里", "油菜荚",
                                        "油菜花谢了", "细细长长的荚"]


@pytest.mark.parametrize("above", [
    "　　这些生动的故事，正是中\n华优秀传统文化代代相传、\n生生不息的缩影。\n　　——编 者\n",
    "　　最终绽放出属于自己的\n成长光彩。\n　　（摘编自《新华日\n报》，原题为《教育\n“留白”定然不会白留》）\n"])
def test_a_title_over_a_padded_writers_name_under_a_note_is_no_verse(above):
    # short lines over a name padded apart may be a poem's verses, but not under an editors' note or a source's
    text = (f"{above}　　影像记录运河的生生\n不息\n　　程 序\n\n　　我今年54岁，出生在\n江苏省淮安市。离家1公里\n"
            "外，就是京杭大运河的支\n流——古盐河。\n")
    assert "影像记录运河的生生不息" in paragraphs(text)


def test_a_towns_item_title_as_wide_as_its_flush_column_stands_apart_from_the_text_under_it():
    text = ("约生产成本近百万元。（通讯员 肖\n丽萍）\n\n龙塘镇：老屋场变身“乡村会客厅”\n青砖黛瓦、木格花窗，院子里摆着石\n"
            "磨、风车等老物件……4月14日，走\n进龙塘镇枣子坪村的“乡村会客厅”，\n不少村民正围坐在一起。\n")
    assert paragraphs(text)[1:3] == ["龙塘镇：老屋场变身“乡村会客厅”",
                                     "青砖黛瓦、木格花窗，院子里摆着石磨、风车等老物件……4月14日，走进龙塘镇枣子坪村的“乡村会客厅”，"
                                     "不少村民正围坐在一起。"]



def test_a_list_of_names_ending_on_a_padded_one_is_no_poem_over_its_signature():
    text = ("　　本报讯（记者 刘　洋）昨日，我市召开表彰大会。会议表\n彰了5名见义勇为先进个\n人，他们是：\n王建国\n李　强\n赵晓梅\n陈　刚\n"
            "　　会议号召全市干部群众向他们学习。\n")
    assert "本报讯（记者 刘 洋）昨日，我市召开表彰大会。会议表彰了5名见义勇为先进个人，他们是：" in paragraphs(text)


def test_a_listings_marked_entries_go_on_past_their_full_lines_and_open_under_the_last_field():
    text = ("    王建华退休前是一名中学体育\n老师，退休后和老伴一起迷上了羽\n毛球，每周至少打4次球。“打球\n让我们身体好、心情好，还交了一\n"
            "帮球友。”李秀芝说。\n    据了解，本站比赛共吸引了全\n省420余名业余选手参加，年龄最\n大的72岁，最小的只有9岁。\n\n赛事预告\n"
            "■中乙联赛第26轮　荆阳楚风—东岭\n海风\n时间：9月27日（周六）19:30\n地点：荆阳奥体中心体育场\n门票：40元、80元、120元，通过\n"
            "“荆阳楚风”微信小程序购买\n■2025荆阳市中学生篮球联赛决赛\n时间：9月28日（周日）15:00\n地点：荆阳市体育馆\n")
    assert paragraphs(text)[-4:-2] == ["门票：40元、80元、120元，通过“荆阳楚风”微信小程序购买", "■2025荆阳市中学生篮球联赛决赛"]
    assert "■中乙联赛第26轮 荆阳楚风—东岭海风" in paragraphs(text)  # a marked entry as wide as its column goes on



def test_readers_comments_on_printed_lines_each_open_on_their_handle():
    text = ("网友热评\n@江滨跑步的阿杰：每天早上都在\n这条步道跑步，看到视频才知道就\n发生在我身后，致敬白衣天使！\n"
            "@栖江小满：下夜班已经很累了，\n还能第一时间冲上去，这才是真正\n的职业精神。\n")
    assert paragraphs(text)[1:] == ["@江滨跑步的阿杰：每天早上都在这条步道跑步，看到视频才知道就发生在我身后，致敬白衣天使！",
                                    "@栖江小满：下夜班已经很累了，还能第一时间冲上去，这才是真正的职业精神。"]


def test_a_poem_under_a_bare_name_holds_its_verses_apart_where_there_are_six_or_more():
    poem = ["秋天是从雾溪开始的", "先是一片枫叶", "在溪水里打了个转", "然后是山腰的云", "慢慢地", "把整座村庄", "揣进怀里"]
    text = "秋天的雾溪\n\n柯一帆\n\n" + "\n\n".join(poem) + "\n\n晚霞映古塔\n\n9月20日傍晚，晚霞映照下的荆阳古城文峰塔。\n"
    for form in (text, text.replace("\n\n", "\n")):
        assert paragraphs(form)[2:9] == poem


def test_a_marked_box_title_under_a_full_signature_line_opens_its_own_paragraph():
    text = ("    我代表全村村民，给报社写这封信，\n说说我们村的这件喜事。\n枣林县马湾镇前营村村民　孙长福\n\n▲基层传真\n"
            "    ▲汶阳市芦泉县开展“春风行动”\n送岗下乡活动，为农村劳动力提供就业\n岗位2300余个。（通讯员 韦　宁）\n")
    assert paragraphs(text)[1:3] == ["枣林县马湾镇前营村村民 孙长福", "▲基层传真"]


def test_a_fragment_of_clauses_opening_on_a_padded_name_is_cut_text_not_a_spaced_heading():
    text = "白晓琳，女，1979年3月生，汉族，在职研究生学历。\n\n鞠　明，男，1978年11月生，汉\n\n族，大学学历，中共党员。现任芦泉县委书记。\n"
    assert paragraphs(text)[-1] == "鞠 明，男，1978年11月生，汉族，大学学历，中共党员。现任芦泉县委书记。"


@pytest.mark.parametrize("text, count", [
    ('本周菜价稳中有降\n\u3000\u3000本报讯（记者 周\u3000琳）昨日，\n本市农产品批发市场菜价稳中有\n降。28种蔬菜平均批发价为每公\n斤3.86元。（注：图表中标有\n▲的品种价格比上周有所上涨）\n\u3000\u3000据市场工作人员介绍，近期本\n地蔬菜大量上市，价格有所回落。\n', 2),  # A_rule1_bracket
    ('\u3000\u3000记者在防汛指挥中心的大屏上\n看到，全市积水点位一目了然，其\n中电子地图上标为红色实心圆点\n●的是重点监测点位，共37处，均\n已安排专人值守。\n\u3000\u3000市防汛办提醒，市民出行要避\n开积水路段。\n', 2),  # A2_rule1_legend
    ('未来三天天气\n\n今天\u3000多云，东北风2级，18℃～26℃\n\n明天\u3000阴转小雨，东风3级，17℃～23℃\n\n后天\u3000小雨，北风3级，15℃～20℃\n', 3),  # B_rule4_weather
    ('招聘信息\n\n岗位\u3000数量\u3000要求\n\n会计\u30002人\u3000大专以上，持证，有经验者优先\n\n司机\u30001人\u3000持B2驾照，五年以上驾龄\n\n报名电话：0715-8123456\n', 4),  # B2_rule4_table (the head row a paragraph, as 246 tables in the truths print it)
    ('\u3000\u3000本报讯（记者 张\u3000弛）4月2日\n晚，一段“外卖小哥跳江救人”的\n视频在网络上引发了网友的热议。\n@荆阳公安官方微博随后通报称：救\n人者名叫李志明，今年28岁，是一\n名外卖骑手，目前已被授予“见义\n勇为先进个人”称号。\n\u3000\u3000记者随后联系上了李志明。\n', 2),  # C_rule5_weibo
    ('\u3000\u3000当晚，“荆阳发布”微博转发了\n这条视频，配文写道：“好样的！”\n@荆阳共青团转发时评论：“向勇敢\n的你致敬！”短短两个小时，相关\n话题阅读量突破1000万。\n', 1),  # C2_rule5_retweet
    ('稻子黄了\n王秀英\n\u3000\u3000“爹，快看！”\n\u3000\u3000“看啥？”\n\u3000\u3000“那边的稻子黄了！”\n\u3000\u3000“黄了好，黄了好啊！”\n\u3000\u3000爹直起腰，眯着眼朝远处\n望了好一会儿，慢慢蹲下身子，\n抓起一把泥土放在鼻子底下闻\n了闻，笑着说：“今年是个好\n年景！”\n\u3000\u3000后来我进了城，很少再回\n老家。每年秋天，爹都会打电\n话来，说稻子又黄了。\n', 6),  # D_rule6_wrapped
    ('稻子黄了\n\n王秀英\n\n“爹，快看！”\n\n“看啥？”\n\n“那边的稻子黄了！”\n\n“黄了好，黄了好啊！”\n\n“今年能收多少？”\n\n“少说也有一千斤吧！”\n\n爹直起腰，眯着眼朝\n\n远处望了好一会儿，才慢慢蹲下身子，抓起一把泥土放在鼻子底下闻了闻。那是我记忆里最深的一幕。\n\n后来我进了城，很少再回老家。每年秋天，爹都会打电话来，说稻子又黄了。\n', 8),  # D2_rule6_frag
    ('年货清单\n\n李秀兰\n\n腊肉两斤\n\n香肠三斤\n\n糍粑一箱\n\n米酒一坛\n\n豆腐十块\n\n对联两副\n\n这是母亲每年腊月写在\n\n日历背面的清单。如今母亲老了，清单换成了我来写。\n', 7),  # D3_rule6_list
])
def test_this_sessions_printed_line_rules_leave_a_reviewers_pages_paragraphs_as_they_were(text, count):
    # a mark inside a bracket or a sentence, a weather box's or a table's rows, an account quoted in prose, an essay's
    # dialogue or list under a bare name: each paragraph as printed, none cut or run together
    assert len(banmian.rebuild(text).articles[0].paragraphs) == count


def test_a_marked_briefs_credit_wrapped_onto_a_line_of_its_own_closes_its_paragraph():
    text = ("▲三农快讯\n▲白岩县近日发放春耕备耕物资补贴资\n金1200万元，惠及农户3.6万户。（通讯\n员 罗　敏）\n"
            "▲2月16日，云屯县举办食用菌种植技\n术培训班，150余名种植户参加培训。\n（通讯员 吴建新）\n")
    assert paragraphs(text)[-1] == "▲2月16日，云屯县举办食用菌种植技术培训班，150余名种植户参加培训。（通讯员 吴建新）"


def test_a_facts_boxs_change_rows_are_a_line_each_and_one_cut_before_its_change_goes_on():
    text = ("5月全国火灾情况\n接报火灾　7.1万起　同比下降6.3%\n死亡　142人　同比下降11.2%\n"
            "直接财产损失　3.8亿元　同比下降\n9.5%\n数据来源：国家消防救援局\n")
    assert paragraphs(text)[1:4] == ["接报火灾 7.1万起 同比下降6.3%", "死亡 142人 同比下降11.2%", "直接财产损失 3.8亿元 同比下降9.5%"]


def test_a_sayings_signature_cut_inside_the_name_under_a_full_line_stands_apart_from_the_saying():
    text = ("基层声音\n    “以前一到用水高峰，渠尾的地总是\n浇不上。今年渠道衬砌了，水跑得快。”\n——湖北省公安县埠河镇新建村村\n民　杨德林\n"
            "    “水管员每天到水站看一遍，\n水质每个月测一次，检测结果就贴\n在村委会门口，我们喝着放心。”\n"
            "——浙江省云和县崇头镇村民　叶\n小芳\n    “水窖修到了地头，再也不用\n赶着毛驴去沟里拉水了。”\n")
    assert paragraphs(text)[2:4] == ["“水管员每天到水站看一遍，水质每个月测一次，检测结果就贴在村委会门口，我们喝着放心。”",
                                     "——浙江省云和县崇头镇村民 叶小芳"]


def test_a_sayings_signature_carrying_the_end_of_a_long_calling_and_the_name_is_one_line_not_a_heading():
    text = ("代表委员热议\n    “去年我们村的茶叶卖到了广东、\n浙江，户均增收6000多元。报告提出\n新改扩建标准化茶园5万亩，我们茶\n"
            "农的信心更足了。”\n——市人大代表、龙溪县岩门镇茶山\n村党支部书记　杨秀芝\n    “企业最怕的是政策‘朝令夕改’。\n"
            "报告提出持续优化营商环境，推行涉\n企检查‘无事不扰’。”\n——市人大代表、贵州岑江建材集团\n董事长　罗振宇\n")
    assert paragraphs(text)[2] == "——市人大代表、龙溪县岩门镇茶山村党支部书记 杨秀芝"


@pytest.mark.parametrize("text, counts", [
    ('我市新建口袋公园28处\n　　本报讯（记者 陈　静）今年以\n来，我市新建口袋公园28处，新增\n'
     '绿地面积12.6万平方米。\n　　下一步，我市将继续推进城市更\n新，年内再建口袋公园15处。\n'
     '\n5月19日，市民在城东新建的口袋\n公园里休闲健身。本报记者 陈静 摄\n',
     [2, 1]),
    ('我市新建口袋公园28处\n　　本报讯（记者 陈　静）今年以\n来，我市新建口袋公园28处，新增\n'
     '绿地面积12.6万平方米。\n　　下一步，我市将继续推进城市更\n新，年内再建口袋公园15处。\n'
     '\n5月19日，市民在城东新建的口袋\n公园里休闲健身。（新华社发）\n',
     [3]),
    ('我市新建口袋公园28处\n　　本报讯（记者 陈　静）今年以\n来，我市新建口袋公园28处，新增\n'
     '绿地面积12.6万平方米。\n　　下一步，我市将继续推进城市更\n新，年内再建口袋公园15处。\n'
     '\n编者按：城市因人而美，生活因绿\n而精彩。今起本报推出系列报道。\n',
     [2, 1]),
    ('我市新建口袋公园28处\n　　本报讯（记者 陈　静）今年以\n来，我市新建口袋公园28处，新增\n'
     '绿地面积12.6万平方米。\n　　下一步，我市将继续推进城市更\n新，年内再建口袋公园15处。\n'
     '\n近日，城南街道在幸福家园小区开\n展消防应急演练。（刘洋）\n',
     [3]),
    ('我市新建口袋公园28处\n　　本报讯（记者 陈　静）今年以\n来，我市新建口袋公园28处，新增\n'
     '绿地面积12.6万平方米。\n　　下一步，我市将继续推进城市更\n新，年内再建口袋公园15处。\n'
     '\n扫码观看视频，了解更多精彩内容\n',
     [3]),
    ('3\n综合新闻\n潜川日报\n2025年5月20日　星期二\n责任编辑：李　明　版式：王　芳　校对：张　强\n'
     '\n我市新建口袋公园28处\n　　本报讯（记者 陈　静）记\n者5月19日从市住建局获悉，今\n'
     '年以来，我市利用边角地、闲置\n地新建口袋公园28处，新增绿地\n面积12.6万平方米。\n　　这些口袋公园大多位于老旧\n'
     '小区周边，配建了健身步道、儿\n童游乐设施和休憩座椅，方便群\n众就近休闲。\n　　市住建局相关负责人介绍，\n'
     '下一步将继续推进城市更新，年\n内再建口袋公园15处。\n\n（作者系潜川县作家协会会员，\n现供职于县文化馆）\n'
     '\n城南街道开展消防演练\n　　本报讯（通讯员 刘　洋）5\n月18日，城南街道联合辖区消防\n'
     '救援站在幸福家园小区开展消防\n应急演练，200余名居民参加。\n　　演练结束后，消防员还向居\n'
     '民讲解了灭火器使用方法和火场\n逃生知识。\n',
     [4, 2]),
    ('3\n综合新闻\n潜川日报\n2025年5月20日　星期二\n责任编辑：李　明　版式：王　芳　校对：张　强\n'
     '\n我市新建口袋公园28处\n　　本报讯（记者 陈　静）记\n者5月19日从市住建局获悉，今\n'
     '年以来，我市利用边角地、闲置\n地新建口袋公园28处，新增绿地\n面积12.6万平方米。\n　　这些口袋公园大多位于老旧\n'
     '小区周边，配建了健身步道、儿\n童游乐设施和休憩座椅，方便群\n众就近休闲。\n　　市住建局相关负责人介绍，\n'
     '下一步将继续推进城市更新，年\n内再建口袋公园15处。\n\n（来源：人民日报，有删节，原\n标题为《口袋公园》）\n'
     '\n城南街道开展消防演练\n　　本报讯（通讯员 刘　洋）5\n月18日，城南街道联合辖区消防\n'
     '救援站在幸福家园小区开展消防\n应急演练，200余名居民参加。\n　　演练结束后，消防员还向居\n'
     '民讲解了灭火器使用方法和火场\n逃生知识。\n',
     [4, 2]),
    ('3\n综合新闻\n潜川日报\n2025年5月20日　星期二\n责任编辑：李　明　版式：王　芳　校对：张　强\n'
     '\n医保新政热点问答\n问：今年城乡居民医保个人缴费\n标准是多少，在哪里缴纳？\n　　答：2025年城乡居民医保个\n'
     '人缴费标准为每人每年400元，\n可通过手机App、银行网点等渠\n道缴纳。\n\n问：异地就医如何备案，需要准\n'
     '备哪些材料？\n　　答：参保人可通过国家医保\n服务平台App办理备案，无需提\n供证明材料。\n'
     '\n城南街道开展消防演练\n　　本报讯（通讯员 刘　洋）5\n月18日，城南街道联合辖区消防\n'
     '救援站在幸福家园小区开展消防\n应急演练，200余名居民参加。\n　　演练结束后，消防员还向居\n'
     '民讲解了灭火器使用方法和火场\n逃生知识。\n',
     [4, 2]),
    ('B6\n潜水流韵\n今日潜川\n2025年5月20日　星期二\n主编：梁　栋　责编：叶小舟\n\n春天的渡口\n'
     '◎ 叶小舟\n\n渡船还是那只渡船\n　　船老大换成了他的儿子，\n桃花开在对岸\n　　一岸的人都往那边看，\n'
     '我也往那边看\n　　看见二十年前的自己\n在岸上挥手\n',
     [7]),
    ('B6\n潜水流韵\n今日潜川\n2025年5月20日　星期二\n主编：梁　栋　责编：叶小舟\n\n写给守林人\n'
     '◎ 陈　默\n\n你在山顶站了三十年\n看过无数次日出日落\n当第一缕阳光照在瞭望塔上\n　　你说，\n'
     '这片林子就是我的命\n你把青春种进了大山\n你把白发留给了松涛\n',
     [7]),
    ('B6\n潜水流韵\n今日潜川\n2025年5月20日　星期二\n主编：梁　栋　责编：叶小舟\n\n五月的田野\n'
     '◎ 叶小舟\n\n麦子黄了\n布谷鸟在村头叫着\n\n父亲说\n　　“快割吧，\n再晚就要落雨了”\n我们一家人\n'
     '都下到了田里\n',
     [7]),
    ('B6\n潜水流韵\n今日潜川\n2025年5月20日　星期二\n主编：梁　栋　责编：叶小舟\n\n老屋\n'
     '◎ 陈　默\n\n老屋还在\n门前的石磨还在\n母亲的咳嗽声\n还在\n　　只是，\n那个喊我回家吃饭的人\n'
     '不在了\n',
     [7]),
    ('3\n综合新闻\n潜川日报\n2025年5月20日　星期二\n责任编辑：李　明　版式：王　芳　校对：张　强\n'
     '\n\n文化活动预告\n\n黄梅戏专场演出\n时间：5月24日19:30\n地点：县大剧院\n主演：吴亚玲、张小威\n'
     '少儿书法作品展\n时间：5月25日至31日\n地点：县文化馆展厅\n主办单位：县文联、县教育局\n'
     '欢迎广大市民前往参观。\n',
     [8]),  # the programme's first event (黄梅戏专场演出) its text, no deck of its label's
    ('3\n综合新闻\n潜川日报\n2025年5月20日　星期二\n责任编辑：李　明　版式：王　芳　校对：张　强\n'
     '\n\n读书分享会\n时间：5月25日14:30\n地点：县图书馆报告厅\n嘉宾：作家刘亮程、诗人李少君\n'
     '亲子绘本共读\n时间：5月26日10:00\n地点：县图书馆少儿阅览室\n',
     [6]),
    ('3\n综合新闻\n潜川日报\n2025年5月20日　星期二\n责任编辑：李　明　版式：王　芳　校对：张　强\n'
     '\n城区部分路段今起停电检修\n　　本报讯（通讯员 刘　洋）因\n线路检修需要，5月21日城区部分\n'
     '路段将停电。\n　　如有疑问，请拨打供电服务热线95598\n咨询，给您带来不便，敬请谅解。\n',
     [2]),
    ('3\n综合新闻\n潜川日报\n2025年5月20日　星期二\n责任编辑：李　明　版式：王　芳　校对：张　强\n'
     '\n城区部分路段今起停电检修\n　　本报讯（通讯员 刘　洋）因\n线路检修需要，5月21日城区部分\n'
     '路段将停电。\n　　市民如发现线路故障，可拨打热线95598\n或通过“网上国网”App报修。\n',
     [2]),
    ('3\n综合新闻\n潜川日报\n2025年5月20日　星期二\n责任编辑：李　明　版式：王　芳　校对：张　强\n'
     '\n“接诉即办”让民生诉求件件有回音\n　　本报讯（记者 陈　静）今\n年以来，我市持续深化“接诉即\n'
     '办”改革，群众满意率达98.6%。\n　　截至4月底，市民通过热线12345\n反映的各类诉求已办结11.2万件，\n'
     '按时办结率99.1%。\n',
     [2]),
    ('3\n综合新闻\n潜川日报\n2025年5月20日　星期二\n\n党员干部结对帮扶暖民心\n　　本报讯（记者 陈　静）今年以来，\n'
     '全县组织党员干部结对联系10000\n余户困难群众，帮助解决实际问题\n2300多个。\n　　县委组织部相关负责人介绍，结\n'
     '对帮扶工作将常态化开展。\n',
     [2]),
    ('潜川日报\n\n2025年5月20日　星期二\n\n3\n\n综合\n\n“接诉即办”让民生诉求件件有回音\n'
     '\n本报讯 记者 陈静　今年以来，我市持续深化“接诉即办”改革，群众满意率达98.6%。截至4月底，市民通过热线12345\n'
     '\n反映的各类诉求已办结11.2万件，按时办结率99.1%。\n\n市政务服务中心相关负责人表示，将进一步提升诉求办理质效。\n',
     [2]),
])
def test_this_sessions_printed_line_rules_leave_a_second_reviewers_pages_as_they_were(text, counts):
    """Captions, notes, briefs and labelled parts after a story's end, poems with indented lines, listings, a
    five-digit hotline inside a sentence: no rule of this session joins or parts them otherwise than before."""
    assert [len(article.paragraphs) for article in banmian.rebuild(text).articles] == counts


def test_a_padded_name_under_a_full_line_ending_a_sentence_signs_the_piece():
    # the comment's last printed line, its hanging mark past the column, is full: still no sentence goes on as a name
    text = ("今日谈\n让“开工即冲刺”成为常态\n　　又一批重大项目集中开工。\n36个项目、218.6亿元投资，\n这组数字背后，是沱陵冲刺全\n"
            "年目标的决心与干劲。\n　　项目是经济发展的“压舱\n石”。开工只是起点，早建成、\n早投产、早见效才是目的。\n\n"
            "项目能不能顺利推进，很大程\n度上取决于服务跟不跟得上、\n要素保不保得住、难题解不解\n得开。\n　　距离年底只有不到四个月\n"
            "时间，各地各部门要拿出“开\n工即冲刺”的劲头，把服务做\n在前面，把难题解在一线，让\n每一个项目都能跑出“加速度”，\n"
            "为全年目标任务提供有力支撑。\n江　舟\n")
    assert paragraphs(text)[-1] == "江 舟"


def test_a_lead_credit_cut_inside_a_padded_name_goes_on_under_the_pad_that_wrapped():
    # the name's full-width pad wrapped to the line's head and reads as an indent; the bracket is still open
    text = ("湖南上半年新设经营主体逾45万户\n　　新华社长沙7月22日电（记者 周\n　颖、刘　勇）记者22日从湖南省市\n"
            "场监督管理局获悉，今年上半年，湖\n南新设立各类经营主体45.6万户。\n")
    assert paragraphs(text)[1:] == ["新华社长沙7月22日电（记者 周颖、刘 勇）记者22日从湖南省市场监督管理局获悉，今年上半年，"
                                    "湖南新设立各类经营主体45.6万户。"]


def test_a_bracket_left_open_by_other_words_does_not_hold_the_next_paragraph():
    text = ("　　他说，这次展出的作品（包括书法\n与国画两类，共计一百二十件。\n　　展览将持续到月底。\n")
    assert paragraphs(text) == ["他说，这次展出的作品（包括书法与国画两类，共计一百二十件。", "展览将持续到月底。"]


def test_a_fragment_of_a_label_and_a_few_words_stands_apart_from_the_sentence_under_it():
    # 部门：已约谈经营者 is a labelled subhead: no printed line at a column's foot holds a paragraph's head that short
    text = ("门店：不是跑路是换场地\n\n记者随后联系上该工作室负责人王某。他表示，原场地租约到期。\n\n部门：已约谈经营者\n\n"
            "莲湖区市场监督管理局相关负责人介绍，接到会员投诉后，该局已约谈经营者。\n")
    assert paragraphs(text)[2:] == ["部门：已约谈经营者", "莲湖区市场监督管理局相关负责人介绍，接到会员投诉后，该局已约谈经营者。"]


@pytest.mark.parametrize("head, rest", [("读者关切：听朋", "友说，职业院校的专业设置比较滞后，会不会跟不上产业发展？"),
                                        ("误区三：手臂", "与身体平行——传球时两手大拇指距离过大，影响传球质量。"),
                                        ("统计显示：今年", "1至4月，班列累计通行量占全国总量的32.1%。"),
                                        ("余华：莫言说书读得越多越想", "写，有时候书读得少也想写。"),
                                        ("英雄们说：我们的身后就是", "祖国，为了祖国人民的和平，我们不能后退一步！")])
def test_a_labels_words_cut_by_a_column_go_on(head, rest):
    text = f"要避免以下几种常见的错误姿势。\n\n{head}\n\n{rest}\n"
    assert paragraphs(text)[1:] == [head + rest]


def test_a_labelled_fragment_cut_inside_a_quotation_goes_on():
    text = "那天下午，外公又给邻居修好了一辆自行车。\n\n我问外公：“您为什么不收钱\n\n呀？”外公笑着说。\n"
    assert paragraphs(text)[1:] == ["我问外公：“您为什么不收钱呀？”外公笑着说。"]


def test_a_qas_first_question_opens_its_paragraph_under_a_question_title_as_wide_as_the_column():
    text = ("政策解读\n城乡居民医保2026年度缴费有哪些变化？\n问：2026年度城乡居民医保个人缴费标\n准是多少？\n"
            "答：2026年度我市城乡居民基本医疗保\n险个人缴费标准为每人每年400元，与\n上年持平。\n")
    assert paragraphs(text)[1:3] == ["城乡居民医保2026年度缴费有哪些变化？", "问：2026年度城乡居民医保个人缴费标准是多少？"]


def test_a_notices_next_field_opens_its_paragraph_under_a_full_line_ending_the_field_where_paragraphs_open_flush():
    text = ("驮江市城市建设投资集团有限公司\n2025年公开招聘工作人员公告\n因业务发展需要，驮江市城市建设投资集团有\n"
            "限公司面向社会公开招聘工作人员，现将有关\n事项公告如下：\n招聘岗位：工程管理岗3名、财务会计岗2名、\n\n法务岗1名。\n"
            "招聘条件：全日制大学本科及以上学历，年龄\n35周岁以下（1990年1月1日以后出生），具有\n相关专业背景；工程管理岗须具有2年以上工\n"
            "程项目管理工作经验。\n报名时间：2025年12月9日至12月18日。\n报名方式：登录驮江市人力资源网下载报名表，\n"
            "填写后发送至电子邮箱tjct_hr@163.com。\n薪酬待遇：试用期3个月，按国家规定缴纳社\n会保险和住房公积金，薪酬面议。\n"
            "咨询电话：0778-2836618（工作日9:00—\n17:00）\n驮江市城市建设投资集团有限公司\n2025年12月8日\n")
    assert paragraphs(text)[-5:-3] == ["报名方式：登录驮江市人力资源网下载报名表，填写后发送至电子邮箱tjct_hr@163.com。",
                                     "薪酬待遇：试用期3个月，按国家规定缴纳社会保险和住房公积金，薪酬面议。"]


def test_turns_of_speech_under_a_full_line_go_on_as_fields_do_not():
    text = ("　　2024年7月，陕西\n柞水县曹坪镇遭遇严重\n洪灾。时任镇党委书记\n毛嵩查看灾情时，忽遇\n山洪暴发，抱着树等了\n"
            "4个多小时。\n　　问他：“害怕吗？”\n他回答：“顾不上，因\n为我是党员。关键时刻，\n我在，群众心里就踏实。”\n"
            "　　他的故事，没有见\n报，也没上“热搜”。\n")
    assert paragraphs(text)[1] == "问他：“害怕吗？”他回答：“顾不上，因为我是党员。关键时刻，我在，群众心里就踏实。”"


def test_a_county_items_title_over_its_indented_text_ends_the_story_above_without_a_blank_line():
    text = ("全市冬季农田水利建设现场推进会召开\n    会议要求，各县（区）要抢抓冬春\n有利时机，加快推进高标准农田、小型\n水利设施建设和农村饮水安全巩固提升\n"
            "工程。今冬明春，全市计划新建和改造\n提升高标准农田12.5万亩，整治山塘水\n库48座，确保明年春耕前完工见效。\n"
            "平陇县：“积分超市”兑出文明新风\n    “打扫卫生、参加志愿服务都\n能攒积分，攒够了就能换油换米。”\n12月3日，平陇县陇河镇那造村村\n"
            "民黄美兰用80个积分换了一桶油。\n")
    assert paragraphs(text)[2] == "平陇县：“积分超市”兑出文明新风"


@pytest.mark.parametrize("label", ["赛后说", "球迷说"])
def test_a_match_reports_box_of_sayings_stands_under_its_label(label):
    text = f"本轮其他比赛中，淇州队客场2∶2战平颍滨队。\n\n{label}\n\n“我们上半场打得有些急，机会一定会来。”\n\n——汝川队主教练　贺长青\n"
    assert paragraphs(text)[1:3] == [label, "“我们上半场打得有些急，机会一定会来。”"]


def test_a_boxs_line_that_finishes_the_word_the_line_above_began_is_no_heading():
    # the box sets a narrower column than the story above it; 留 / 言 still runs across
    text = (
            "请提取。\n    市住房公积金管理中心相关负责\n人表示，新政实施后，预计每年将为\n"
            "缴存职工节省利息支出1.5亿元以上。\n\n市民可通过“汝川公积金”微信公众\n号或到各管理部服务大厅办理相关业\n"
            "务。（记者 甘\u3000露）\n\n看房团\n本周六看房团\u3000报名开始啦\n    为方便读者了解市区楼盘情况，\n"
            "本报将于11月22日组织冬季看房团，\n带读者实地探访东湖新区、汝河区\n南部片区4个在售楼盘，现场有专\n"
            "业置业顾问讲解。\n活动时间：11月22日（周六）8:30\n集合地点：本报北门（人民路168号）\n"
            "报名电话：0395-6128899\n报名方式：拨打报名电话，或在\n“汝川都市报”微信公众号后台留\n"
            "言“看房团+姓名+手机号”\n本次活动免费，名额40人。\n")
    assert "报名方式：拨打报名电话，或在“汝川都市报”微信公众号后台留言“看房团+姓名+手机号”" in paragraphs(text)




# A reviewer's pages this session's label, field and name rules first got wrong
@pytest.mark.parametrize("text, paragraph", [
    ("本报讯 4月8日，全市安全生产工作会议召开。\n\n会议要求：各级各部门\n\n要切实扛起安全生产政治责任，坚持人民至上、生命至上，坚决遏制重特大事故发生。\n",
     "会议要求：各级各部门要切实扛起安全生产政治责任，坚持人民至上、生命至上，坚决遏制重特大事故发生。"),
    ("记者从市统计局获悉，一季度我市经济运行总体平稳。\n\n统计显示：今年一季度\n\n全市规上工业增加值同比增长8.2%，高于全省平均水平1.5个百分点。\n",
     "统计显示：今年一季度全市规上工业增加值同比增长8.2%，高于全省平均水平1.5个百分点。"),
    ("说起村里的变化，村民李大爷感慨万千。\n\n他说：这几年我们\n\n村的日子越过越红火，家家户户都住上了新楼房。\n",
     "他说：这几年我们村的日子越过越红火，家家户户都住上了新楼房。"),
    ("记者：这几年村里有哪些变化？\n\n王建国：这些年来村里\n\n的变化可大了，路修好了，房子盖新了，村民的钱袋子也鼓起来了。\n",
     "王建国：这些年来村里的变化可大了，路修好了，房子盖新了，村民的钱袋子也鼓起来了。"),
    ("县政府召开常务会议\n　　会议要求：各级各部门要切实提高\n思想认识，压实责任，抓好工作落实。\n会议明确：今年将重点推进十大民生\n"
     "实事项目，确保年底前全部完成。\n　　会议还研究了其他事项。\n",
     "会议要求：各级各部门要切实提高思想认识，压实责任，抓好工作落实。会议明确：今年将重点推进十大民生实事项目，确保年底前全部完成。"),
    ("对话基层干部\n　　主持人：基层减负成效如何？请\n谈谈您的体会，大家都很关心这件事。\n我们看到：文件会议明显减少了许多。\n　　李书记：确实如此。\n",
     "主持人：基层减负成效如何？请谈谈您的体会，大家都很关心这件事。我们看到：文件会议明显减少了许多。"),
])
def test_this_sessions_label_and_field_rules_leave_a_reviewers_paragraphs_whole(text, paragraph):
    assert paragraph in paragraphs(text)


def test_a_flush_line_without_a_stop_between_a_sentences_end_and_an_indent_is_a_subhead():
    # a paragraph's last line ends on a stop: words that end on none, an indent under them, head the next section
    text = ("　　如今，屯里发展起火龙果、林下养鸡\n和乡村旅游，去年全屯人均可支配收\n入达到1.6万元，是5年前的两倍多。\n一条路，打开“山门”\n"
            "　　弄怀屯曾是全乡最偏远的屯之一，\n村民出山要走两个多小时的羊肠小道。\n")
    assert paragraphs(text)[1] == "一条路，打开“山门”"


def test_a_bracketed_credit_under_a_briefs_end_is_not_taken_for_a_subhead():
    text = ("■简讯\n　　●4月16日，市委理论学习中心组举行集\n体学习，围绕全面深化改革开展专题研讨。\n（记者 易　莎）\n"
            "　　●近日，雁溪高新区获评省级“五好”园区。\n")
    assert paragraphs(text)[1] == "●4月16日，市委理论学习中心组举行集体学习，围绕全面深化改革开展专题研讨。（记者 易 莎）"




def test_a_numbered_lists_next_item_opens_its_paragraph_under_a_full_line():
    text = ("一图读懂\n8.开展职业技能培训3万人次\n9.建设社区嵌入式服务设施25处\n10.新建乡镇（街道）综合养老服务中心10个\n制图：罗　琴\n")
    assert paragraphs(text)[2:4] == ["9.建设社区嵌入式服务设施25处", "10.新建乡镇（街道）综合养老服务中心10个"]
    assert paragraphs("今年增长9.\n5%，高于全省平均水平。\n") == ["今年增长9.5%，高于全省平均水平。"]  # a figure's decimals


def test_a_sayings_signer_whose_padded_name_wrapped_with_its_pad_stays_one_line():
    text = ("代表委员热议\n“看病不用往城里跑，是群众最实在的期盼。”\n——市政协委员、市人民医院副院长\n　吴　刚\n"
            "“职业教育要跟着产业走。”\n——市人大代表、岑江职业技术学院院长　孙丽萍\n")
    assert paragraphs(text)[2] == "——市政协委员、市人民医院副院长吴 刚"


@pytest.mark.parametrize("text, last", [
    ("　　这个冬天，我又想起了故乡的老屋。\n　　——写于癸卯年冬至\n　李　萍\n", "李 萍"),
    ("　　新的一年，我们要锚定目标：\n　　——经济总量突破1500亿元\n　王　芳\n", "王 芳"),
])
def test_a_dash_led_line_that_names_no_calling_takes_no_padded_name_under_it(text, last):
    assert paragraphs(text)[-1] == last


def test_a_fields_line_stopped_inside_a_word_goes_on_under_a_box_read_as_narrow():
    # the story above sets a narrower measure than the listing's box: 公 / 众号 still runs across
    text = (
            "\u3000\u3000据荆阳市文化和旅游局统计，\n今年1至8月，雾溪峡景区共接待游\n客68.5万人次，同比增长27%，实\n"
            "现旅游综合收入4.1亿元。市文旅\n局相关负责人表示，下一步将继续\n完善景区交通、停车、厕所等配套\n"
            "设施，推出“古村+峡谷+民宿”的\n精品线路，让游客“留得下、住得\n下、玩得\n（下转A15版）\n"
            "\n峡谷秋色\n\u3000\u30009月24日，游客在雾溪峡景区\n玻璃栈道上游览。\n本报记者\u3000柳晓岚\u3000摄\n"
            "\n游玩贴士\n交通：自驾可沿荆西旅游公路行\n驶约90公里到达；每周六、周日\n荆阳客运西站有直通车，8:00发\n"
            "车，票价35元。\n门票：景区门票80元/人，玻璃\n栈道另收费60元/人；60岁以上\n"
            "老人、6周岁以下儿童凭有效证\n件免门票。\n住宿：景区周边民宿价格在200\n元至600元不等，节假日建议提\n"
            "前预订。\n提示：山区早晚温差大，请携带\n外套；栈道雨天可能临时关闭，\n出发前可拨打景区服务电话\n"
            "0716-8123399咨询。\n\n本周活动\n■“楚地漆韵”漆器文物特展\n时间：9月26日—12月31日（周一闭\n"
            "馆）\n地点：荆阳市博物馆二楼临展厅\n门票：免费，需提前在博物馆微信公\n众号预约\n"
            "■古城墙秋季夜游\n时间：9月27日起每晚19:00—22:00\n地点：荆阳古城东门城楼\n"
            "门票：40元/人\n")
    assert "门票：免费，需提前在博物馆微信公众号预约" in paragraphs(text)


_LISTED_ITEMS = (  # under a story set wider than the notice's box
    "\u3000\u30007月21日，区文化馆举办非遗进社区展演活动，竹\n编、剪纸、渔歌等12个项目的传承人现场展示技艺，\n"
    "吸引了800余名居民观看。据了解，今年以来全区共开\n展非遗展演、研学等活动46场，参与群众超过3万人\n次。\n\n"
    "第六批区级非物质文化遗产代表性\n项目名录拟入选项目公示\n"
    "\u3000\u3000根据《非物质文化遗产保护条例》\n等有关规定，经申报、专家评审，拟\n将以下4个项目列入第六批区级非物\n"
    "质文化遗产代表性项目名录，现予以\n公示：\n"
    "1.桐溪竹编（传统技艺），申报单位：\n桐溪镇文化站\n"
    "2.北岸渔歌（传统音乐），申报单位：\n北岸社区居委会\n"
    "3.石门剪纸制作技艺（传统美术），\n申报单位：石门街道办事处\n"
    "4.龙潭灯会习俗（民俗），申报单位：\n龙潭村村民委员会\n"
    "公示时间：2025年8月4日至8月13日\n"
)


@pytest.mark.parametrize("item", [
    "1.桐溪竹编（传统技艺），申报单位：桐溪镇文化站",  # the value of a label that ends the line, under it
    "3.石门剪纸制作技艺（传统美术），申报单位：石门街道办事处",  # a field after a clause the line stopped on
])
def test_a_listed_items_field_goes_on_from_the_line_above(item):
    assert item in paragraphs(_LISTED_ITEMS)


@pytest.mark.parametrize("source", [
    "——摘自《江畔岁时记》，海峡文艺出版社2025年9月版",
    "——选自《乡土中国散论》，2024年第3期",
])
def test_an_excerpts_source_naming_its_edition_ends_the_excerpt(source):
    text = (f"腊月一到，母亲就开始张罗年货，巷子里飘满了腊肉的香味。\n\n{source}\n\n"
            "城西书房·12月活动预告\n\n■“围炉夜读”分享会\n\n时间：12月14日（周日）19:00\n")
    assert paragraphs(text)[1:3] == [source, "城西书房·12月活动预告"]


def test_a_boxs_title_line_stands_over_its_first_marked_entry():
    text = ("\u3000\u3000我市今年新建城市书房12家，全年\n接待读者超过60万人次。\n\n"
            "城西书房·12月活动预告\n■“围炉夜读”分享会\n时间：12月14日（周日）19:00\n地点：城西书房二楼\n")
    assert paragraphs(text)[1:3] == ["城西书房·12月活动预告", "■“围炉夜读”分享会"]


def test_a_boxs_label_of_a_word_and_a_verb_and_a_recipes_fields_stand_apart_among_fragments():
    text = "\n\n".join(["跟着学", "家常蛏子炒年糕", "食材：年糕300克，蛏子250克，青蒜2根，姜适量。",
                      "调料：盐、料酒、酱油适量。", "做法：", "1.蛏子用盐水浸泡2小时，吐净泥沙。"])
    assert paragraphs(text)[:4] == ["跟着学", "家常蛏子炒年糕", "食材：年糕300克，蛏子250克，青蒜2根，姜适量。",
                                    "调料：盐、料酒、酱油适量。"]


def test_a_clause_wider_than_its_box_goes_on_where_a_word_runs_across_its_end():
    text = ("展　讯\n■“江城记忆”老照片展\n时间：12月1日—12月31日\n地点：市档案馆一楼展厅\n■“墨韵新声”青年书法展\n"
            "时间：12月6日—12月20日\n地点：文化馆二楼展厅\n以上展览均免费开放，市民可凭身份证预约参\n观。\n")
    assert paragraphs(text)[-1] == "以上展览均免费开放，市民可凭身份证预约参观。"


def test_a_marked_item_under_a_full_line_ending_on_the_colon_that_opens_the_list_is_a_paragraph():
    text = ("\u3000\u3000近期，冒充快递客服实施诈骗的案\n件有所抬头。市公安局反诈中心提醒：\n"
            "▲凡是自称“客服”主动来电，要求\n下载陌生App的，都是诈骗。\n▲退款理赔请通过官方平台办理。\n")
    assert paragraphs(text) == ["近期，冒充快递客服实施诈骗的案件有所抬头。市公安局反诈中心提醒：",
                                "▲凡是自称“客服”主动来电，要求下载陌生App的，都是诈骗。", "▲退款理赔请通过官方平台办理。"]


@pytest.mark.parametrize("opening, apart", [
    ("庭审中，被告辩称，其行为系正常维权，并无过错。", True),
    ("二审中，双方就赔偿数额达成和解。", True),
    ("草坪，请自带坐垫。", False),  # a value's last word carried over (活动地点：…东侧 / 草坪，…)
])
def test_a_labelled_section_title_stands_over_a_sentence_opened_by_a_phrase_of_time_among_fragments(opening, apart):
    assert (_fragment_rule("法院：买家构成不当得利", opening) is False) == apart


@pytest.mark.parametrize("opening, apart", [
    ("入冬以来，城西镇蔬菜基地内一派繁忙景象。", True),
    ("连日来，城西镇各蔬菜基地加紧采收。", True),
    ("的蔬菜已经陆续上市。", False),  # a clause's rest
])
def test_a_towns_item_title_stands_over_its_first_sentence_among_fragments(opening, apart):
    assert (_fragment_rule("城西镇：冬季“菜篮子”供应充足", opening) is False) == apart


def test_a_towns_item_title_under_a_blank_line_is_no_rest_of_a_full_signature_line_above():
    text = ("读者来信\n\u3000\u3000希望有关部门尽快在这段\n路上装上路灯，让大家晚上回家\n能走得安心一些。\n"
            "城关镇南山村村民　陈福来\n\n东溪镇：“共享菜园”种出邻里情\n\u3000\u3000清晨6点多，东溪镇东溪\n"
            "社区的“共享菜园”里已经热闹起\n来。\n")
    assert paragraphs(text)[2:4] == ["城关镇南山村村民 陈福来", "东溪镇：“共享菜园”种出邻里情"]


@pytest.mark.parametrize("text, apart", [
    ("办现象明显减少。\n弘扬文明新风尚，移风易俗过个文明新春\n日前，市文明办联合市民政局发\n出倡议，号召广大群众春节期间\n"
     "婚事新办、丧事简办、余事不办。\n", ("弘扬文明新风尚，移风易俗过个文明新春", "日前，")),  # 春日 reads across; the story opens
    ("\u3000\u3000记者在规划图上看到，图中用不\n同符号标注了站点的建设进度。其中：\n▲为已建成站点，●为在建站点，■\n为规划站点。\n",
     None),  # a legend names its marks in one sentence
    ("\u3000\u3000专家提醒，不少家长存在一个\n\n误区：孩子一发烧就急着用退烧药\n或者输液，其实这并不科学，体温\n"
     "不超过38.5℃时可以先物理降温。\n", None),  # 误区： is a word, no town's title
])
def test_a_review_of_this_sessions_wrapped_rules_keeps_ordinary_text_as_it_was(text, apart):
    result = paragraphs(text)
    if apart is None:
        assert len(result) == 1
    else:
        heading, opening = apart
        assert heading in result and any(paragraph.startswith(opening) for paragraph in result)


@pytest.mark.parametrize("left, right", [
    ("村民：这条路修好", "以后，大家出门方便多了，孩子上学也不用绕远路了。"),  # 以后 ends the clause cut above
    ("大溪镇方家村：村里投入30万元改造", "村道两公里，村民出行更加便捷，村里的民宿生意也越来越好。"),  # a round-up's sentence
])
def test_a_labelled_line_cut_inside_its_sentence_is_not_kept_apart_among_fragments(left, right):
    assert _fragment_rule(left, right) is not False


def test_a_note_on_the_writer_at_a_lines_start_under_a_full_line_ending_a_sentence_is_a_paragraph_of_its_own():
    text = ("    牧民有草场、有牲畜，却\n常常“贷款难”。原因在于，\n活畜流动性强、难以抵押，草\n场经营权价值评估难，金融机\n"
            "构往往“不敢贷、不愿贷”。\n    当然，也要看到，牧区金\n融服务仍有不少短板：保险覆\n盖面不够广，风险分担机制不\n够健全，基层网点服务能力有\n"
            "待提升。下一步，应加快建立\n政府、银行、保险、担保多方\n参与的风险分担机制，让金融\n活水更好地流向草原牧区。\n"
            "（作者系敖伦淖尔市农村信用\n合作联社高级经济师）\n")
    assert banmian.rebuild(text).articles[0].paragraphs[-1] == "（作者系敖伦淖尔市农村信用合作联社高级经济师）"


def test_a_units_credit_in_brackets_closes_its_fragment_however_the_next_one_reads():
    text = "\n\n".join(["■校园动态", "●山东省日照市东港区新营小学本学期起推行“无作业日”，每周三不布置书面家庭作业。（新营小学　孙倩倩）",
                       "●广西壮族自治区百色市右江区第三初级中学组织学生开展“红土地上的劳动课”，在校内农场种植芒果苗120株。"
                       "（右江区第三初级中学　黄秋萍）", "教师随笔", "那个总在窗边发呆的男孩",
                       "接手这个班的第一周，我就注意到了坐在窗边的小宇。"])
    box, essay = banmian.rebuild(text).articles
    assert box.paragraphs[-1].endswith("黄秋萍）")
    assert essay.headline == ["教师随笔", "那个总在窗边发呆的男孩"]


def test_a_sayings_speaker_and_calling_in_brackets_close_it_and_carry_to_it_from_a_line_of_their_own():
    text = "\n\n".join(["青年说", "去年大学毕业，我回到家乡开了一家网店。扎根家乡也能闯出一片天。", "（何　俊　白沙县青年创业者）",
                       "我是一名地铁司机，每天载着上万名乘客穿行在城市地下。守时、守规、守安全，是我对青春的理解。（郑凯文　市轨道交通集团）",
                       "在实验室里，一组数据常常要重复测几十遍。但科研就是这样，耐得住寂寞，才能等来突破。（黄思琪　临澄大学研究生）"])
    assert paragraphs(text)[1:] == ["去年大学毕业，我回到家乡开了一家网店。扎根家乡也能闯出一片天。（何 俊 白沙县青年创业者）",
                                    "我是一名地铁司机，每天载着上万名乘客穿行在城市地下。守时、守规、守安全，是我对青春的理解。（郑凯文 市轨道交通集团）",
                                    "在实验室里，一组数据常常要重复测几十遍。但科研就是这样，耐得住寂寞，才能等来突破。（黄思琪 临澄大学研究生）"]


def test_a_marked_brief_closed_by_its_source_runs_into_no_title_below():
    text = "\n\n".join(["网点快讯", "■日前，石桥乡供销社新建的2000吨农资仓储中心投入使用，可辐射周边4个乡镇。（石桥乡供销社）", "农资市场价格行情",
                       "（2025年3月10日）"])
    assert paragraphs(text)[1:3] == ["■日前，石桥乡供销社新建的2000吨农资仓储中心投入使用，可辐射周边4个乡镇。（石桥乡供销社）", "农资市场价格行情"]


def test_a_short_flush_line_after_a_columns_end_over_an_indented_caption_is_a_title_not_the_brief_above_going_on():
    text = ("◆老年大学动态\n　　◆即日起，市老年大学开放春\n季学期课程预报名，学员可通过\n“澄湖老年教育”微信公众号或到\n学校教务处登记。（市老年大学）\n\n"
            "九九重阳　银发风采\n　　10月26日，澄湖区文化广场上，来自12个社区\n的100余名老人身着旗袍、中山装登台走秀，以别\n样的方式迎接重阳节。\n")
    assert paragraphs(text)[1:3] == ["◆即日起，市老年大学开放春季学期课程预报名，学员可通过“澄湖老年教育”微信公众号或到学校教务处登记。（市老年大学）",
                                     "九九重阳 银发风采"]


def test_a_towns_credit_under_a_sentences_end_is_no_speakers():
    text = "\n\n".join(["今年以来，上坪村把闲置地统一流转，带动32户低收入农户增收。", "（马岭乡　钟小梅）"])
    assert paragraphs(text) == ["今年以来，上坪村把闲置地统一流转，带动32户低收入农户增收。", "（马岭乡 钟小梅）"]


def test_a_full_labelled_line_over_a_columns_end_is_a_field_not_the_start_of_the_title_under_it():
    text = ("专家简介\n　　戴文清，市妇幼保健院儿\n科主任医师，从事儿科临床工\n作28年，擅长儿童呼吸系统疾\n病、哮喘的诊治。\n"
            "专家门诊：每周一、周三上午\n\n冬季义诊进社区\n　　11月16日，市中医院的医生在\n青年路社区为居民把脉问诊。\n")
    assert "专家门诊：每周一、周三上午" in paragraphs(text)


def test_a_marked_item_whose_place_and_title_run_into_its_text_goes_on_across_a_columns_end():
    text = ("■街镇速递\n\n●沙河镇　村级老年食堂实现全覆盖　随着北庄村老年食堂投用，沙河镇21个行政村全部\n\n"
            "建成老年食堂，日均服务老人1300余人次。（通讯员 许　静）\n\n●双闸街道　“共享工具箱”上线　双闸街道在8个社区设立工具箱。\n")
    assert paragraphs(text)[1] == ("●沙河镇 村级老年食堂实现全覆盖 随着北庄村老年食堂投用，沙河镇21个行政村全部建成老年食堂，"
                                   "日均服务老人1300余人次。（通讯员 许 静）")


def test_a_residents_signature_by_street_closes_the_essay_at_a_columns_end():
    text = ("　　如今铺子换了主人，只有那\n台收音机还摆在老地方，放的\n还是扬剧。\n东淮区里河街道居民　张德顺\n\n随笔\n冬夜的一盏灯\n"
            "　　入冬以后，天黑得早。下班\n回家，远远就能看见我家窗口\n那盏灯。\n")
    assert paragraphs(text)[1:3] == ["东淮区里河街道居民 张德顺", "随笔"]


def test_a_signature_by_workplace_and_calling_closes_the_piece_however_full_over_a_dated_caption():
    text = ("　　老樟树不会说话，但它见证着\n这个村子一点一点变好。\n县林业局驻坪上村第一书记　罗志勇\n\n"
            "4月6日，南山乡云顶村村民在茶叶\n加工厂内手工揉捻春茶。\n融媒记者　罗　凯　摄\n")
    assert "县林业局驻坪上村第一书记 罗志勇" in paragraphs(text)


def test_a_towns_item_titled_on_any_word_stands_over_its_sentence_opened_on_a_time():
    text = ("今年，全镇计划生产菌包1200万袋，进一步扩大种植规模。\n\n老岭镇：人参“冬眠”有人管\n\n"
            "连日来，老岭镇组织农技人员深入各参园，指导参农做好人参越冬防护工作。\n")
    assert paragraphs(text)[1] == "老岭镇：人参“冬眠”有人管"


def test_a_units_credit_cut_inside_its_name_under_a_sentences_end_is_a_paragraph_of_its_own():
    text = ("一顿“工作餐”吃出的处分\n    【案情】2024年9月，某镇党委\n委员、副镇长黄某在接待上级部门督\n"
            "导检查期间，违规安排公务接待，在\n镇食堂以外的农家乐宴请督导组成员\n及陪同人员共11人，饮用酒水，超标\n\n"
            "准支出接待费用3600余元，并通过虚\n列会议费方式报销。2025年1月，黄\n某受到党内警告处分，违规报销费用\n被责令退赔。\n"
            "    【点评】公务接待必须严格执行\n标准，不得超标准接待，不得提供高\n档菜肴和酒水。本案中，黄某以“工\n"
            "作餐”为名超标准接待，并通过虚列\n会议费报销，违反了中央八项规定精\n神，受到处分是咎由自取。党员干部\n"
            "要引以为戒，严守纪律规矩，坚决防\n止“舌尖上的腐败”反弹回潮。\n（县纪委监委第二审查调查室　廖志\n强）\n")
    assert paragraphs(text)[-1] == "（县纪委监委第二审查调查室 廖志强）"


def test_a_notices_phone_field_with_two_numbers_stands_over_the_issuer():
    text = ("关于2025年第一批拟发展党员的公示\n    根据《中国共产党发展党员工作\n细则》有关规定，经党支部推荐、乡\n"
            "镇（街道）党（工）委预审，以下同\n志拟列为发展对象，现予以公示：\n\n1.钟文华，男，1995年3月生，大专\n"
            "学历，溪南镇梅林村村委会委员；\n2.赖　敏，女，1998年7月生，大学\n学历，溪南镇人民政府工作人员；\n"
            "3.巫志鹏，男，1990年11月生，高中\n学历，桐坑镇大丰村种植大户；\n4.曾丽娟，女，1996年2月生，大学\n"
            "学历，罗坊镇中心小学教师；\n5.廖志远，男，1993年9月生，大专\n学历，南山乡云顶茶场技术员；\n"
            "6.陈　婷，女，1999年4月生，大学\n学历，汀城街道水东社区网格员。\n公示时间：2025年4月10日至4月16日。\n"
            "    公示期间，如对公示对象有不同\n意见，可通过来信、来电、来访等方\n式向县委组织部反映。反映问题要实\n事求是，提倡署真实姓名。\n"
            "受理电话：0597-6832215、12380\n中共汀溪县委组织部\n2025年4月9日\n")
    assert paragraphs(text)[-3:] == ["受理电话：0597-6832215、12380", "中共汀溪县委组织部", "2025年4月9日"]


def test_a_notices_date_cut_between_its_month_and_its_day_goes_on():
    text = ("1300余人次。（通讯员 许　\n静）\n●双闸街道　“共享工具箱”\n上线　双闸街道在8个社区设\n立“共享工具箱”，居民扫码\n"
            "即可借用电钻、梯子等工具，\n用完归还。（记者 陆一凡）\n\n关于文渠路部分路段实施临时交通管制的通告\n"
            "　　因文渠路（运河大道至青年路段）\n雨污管网改造施工需要，为保障施工安\n全和道路通行秩序，根据《中华人民共\n"
            "和国道路交通安全法》有关规定，决定\n\n对上述路段实施临时交通管制。现将有\n关事项通告如下：\n"
            "一、管制时间：2025年11月22日至12月\n31日\n二、管制路段：文渠路（运河大道至青\n年路段）\n"
            "三、管制措施：管制期间，该路段机动\n车实行由南向北单向通行，非机动车和\n行人正常通行。\n四、绕行建议：由北向南行驶的机动车\n"
            "可绕行青年路、运河大道。\n　　请过往车辆和行人服从现场交通警\n察和施工人员指挥，由此带来的不便，\n敬请谅解。\n"
            "淮澄市公安局湖西分局交通警察大队\n淮澄市湖西区住房和城乡建设局\n2025年11月19日\n")
    assert "一、管制时间：2025年11月22日至12月31日" in paragraphs(text)


def test_a_photos_title_alone_over_its_captions_dated_scene_among_indented_paragraphs_stays_its_title():
    text = ("关于渭河三桥实施封闭施工期间\n交通管制的通告\n　　因渭河三桥桥面铺装及伸缩缝更换工程施\n工需要，决定对渭河三桥实施封闭施工\n"
            "交通管制。现将有关事项通告如下：\n一、管制时间：2025年11月29日0时至2026年1\n月20日24时。\n　　特此通告。\n"
            "岐川市公安局交通警察支队\n2025年11月25日\n\n"
            "地铁2号线首列车抵达车辆段\n11月24日，岐川地铁2号线首列电客\n车运抵凤鸣车辆段，将开展静态调试\n"
            "和动车调试。该线路全长23.6公里，\n设车站18座，计划2026年底开通初期\n运营。\n记者　任　航　摄\n")
    photo = banmian.rebuild(text).articles[-1]
    assert photo.headline == ["地铁2号线首列车抵达车辆段"] and photo.paragraphs[0].startswith("11月24日")


def test_a_fields_sentence_filling_its_line_ends_it_over_the_next_field():
    text = ("2026年高考报名11月28日启动\n    本报讯（记者 宋佳）记者昨日从市招生考试中心\n获悉，我市2026年普通高校招生考试报名工作\n"
            "将于11月28日启动，12月7日结束。据\n初步统计，全市预计报考人数约4.3万\n人，比去年增加1800余人。\n"
            "    今年报名继续实行网上报名、现场\n确认的方式。考生须在规定时间内登录\n陕西省教育考试院官网填报个人信息，\n"
            "并按要求上传本人近期免冠电子照片。\n报名时间：11月28日9时至12月7日18时。\n现场确认：12月9日至12月13日，应届\n"
            "生在所在学校确认，往届生及社会考生\n在户籍所在区县招办确认。\n")
    assert paragraphs(text)[-2:] == ["报名时间：11月28日9时至12月7日18时。",
                                     "现场确认：12月9日至12月13日，应届生在所在学校确认，往届生及社会考生在户籍所在区县招办确认。"]


def test_a_flush_paragraphs_line_stopped_inside_a_clause_a_little_short_of_its_column_goes_on():
    text = ("乌略苗寨28日起欢度苗年\n本报讯（通讯员 杨光荣）日前从加\n勒乡获悉，2025年丹岭县苗年节系列\n活动将于11月28日在乌略苗寨启幕，\n"
            "为期一周，将举行踩鼓、斗牛、芦笙\n比赛、长桌宴等活动。\n苗年是苗族群众一年中最隆重的传统\n节日，一般在秋收之后举行，各地过\n"
            "年的日子不尽相同。过苗年时，家家\n户户打糯米粑、杀年猪、酿米酒，走\n寨串亲。\n目前，乌略苗寨已组织芦笙队、踩\n"
            "鼓队12支，准备长桌宴席位1000个，\n欢迎各地游客到苗寨“过苗年”。\n")
    assert paragraphs(text)[-1] == "目前，乌略苗寨已组织芦笙队、踩鼓队12支，准备长桌宴席位1000个，欢迎各地游客到苗寨“过苗年”。"


def test_a_classical_poem_printed_a_couplet_a_line_keeps_each_couplet_a_paragraph():
    text = ("一棵一棵扶起来\n\n七律·冬日登岚山\n雪霁岚山晓色寒，携筇独上倚危栏。\n千重松壑翻银浪，一带清河绕翠峦。\n"
            "新路盘云通远岫，暖棚映日育春兰。\n年丰最喜农家乐，笑语声声入画看。\n汪秉成\n")
    assert paragraphs(text)[2:6] == ["雪霁岚山晓色寒，携筇独上倚危栏。", "千重松壑翻银浪，一带清河绕翠峦。",
                                     "新路盘云通远岫，暖棚映日育春兰。", "年丰最喜农家乐，笑语声声入画看。"]


def test_a_short_photo_title_over_an_images_gap_and_its_dated_caption_stays_a_title():
    text = ("据介绍，新增泊位已全部接入“智慧停车”平台，首30分钟免费。\n\n义剪\n\n\n"
            "12月14日，在凤栖街道桂花园社区，志愿者为辖区老人免费理发。\n")
    assert paragraphs(text)[1:] == ["义剪", "12月14日，在凤栖街道桂花园社区，志愿者为辖区老人免费理发。"]


def test_a_fixtures_row_too_long_for_its_column_goes_on_under_it_and_the_next_row_opens_on_its_day():
    page = banmian.rebuild(
        "　　市民可通过“鹭屿体育”小程序预约场馆，每天21时起开放次日\n场地预约。\n\n本周赛事看台\n"
        "11月15日（周六）14:00　市中小学生足\n球联赛东浦赛区　东浦实验小学球场\n"
        "11月15日（周六）19:30　“街区杯”篮\n球赛颁奖暨表演赛　浔湖全民健身中心\n"
        "11月16日（周日）7:30　“山海步道”全\n民健步走　浔湖公园东门集合\n")
    box = next(article for article in page.articles if article.headline == ["本周赛事看台"])
    assert [paragraph.replace("\u3000", " ") for paragraph in box.paragraphs] == [
        "11月15日（周六）14:00 市中小学生足球联赛东浦赛区 东浦实验小学球场",
        "11月15日（周六）19:30 “街区杯”篮球赛颁奖暨表演赛 浔湖全民健身中心",
        "11月16日（周日）7:30 “山海步道”全民健步走 浔湖公园东门集合"]


@pytest.mark.parametrize("listing, apart", [
    # a channel's name under its last programme, a film's under the last showing, the afternoon under the morning
    ("东浦晚报\n2025年3月8日　星期六\n第12版　生活·服务\n今日电视\nCCTV-1综合\n07:00　朝闻天下\n"
     "09:25　电视剧：人世间（22）\n12:00　新闻30分\n19:00　新闻联播\n19:38　焦点访谈\n20:00　电视剧：山海情（5、6）\n"
     "CCTV-5体育\n08:00　体育晨报\n10:30　NBA常规赛：湖人—勇士\n17:00　体育新闻\n19:35　CBA联赛：浙江—广东\n"
     "东浦新闻综合频道\n18:30　东浦新闻\n19:10　百姓零距离\n20:00　电视剧：大江大河（3）\n", ["东浦新闻综合频道"]),
    ("今日影讯\n《哪吒之魔童闹海》\n10:00　12:40　15:20　18:00　20:40\n《唐探1900》\n10:30　13:10　15:50　18:30　21:10\n"
     "订票电话：0576-86221100\n", ["《唐探1900》"]),
    ("会议议程\n上午\n9:00　开幕式　会展中心一号厅\n9:30-11:30　主旨演讲　会展中心一号厅\n下午\n"
     "14:00　分论坛　会展中心二号厅\n", ["下午"]),
    # a fare under a coach's route (站票 reads across, but the row ends on a word)
    ("班车时刻\n06:30　温岭汽车东站—宁波汽车南站\n07:10　温岭汽车东站—杭州汽车南站\n票价　宁波线85元　杭州线110元\n",
     ["票价"]),
])
def test_the_line_under_a_listings_row_that_is_no_rest_of_it_stays_apart(listing, apart):
    page = banmian.rebuild(listing)
    lines = [line for article in page.articles for line in article.headline + article.paragraphs]
    assert all(any(line.replace("\u3000", " ").endswith(name) or line.startswith(name) for line in lines)
               for name in apart)
    assert not any(name in line and not line.startswith(name) for name in apart for line in lines)


def test_a_note_in_brackets_under_a_fixtures_last_row_is_a_paragraph_of_its_own():
    page = banmian.rebuild("本周赛程\n10月23日（周三）19:35　东川—江澜\n10月25日（周五）19:35　江澜—海港\n"
                           "10月27日（周日）17:00　云岭—江澜\n（以上均为北京时间，市体育频道直播）\n")
    assert page.articles[0].paragraphs[-1] == "（以上均为北京时间，市体育频道直播）"


@pytest.mark.parametrize("asks, sign", [("问", "（读者　马先生）"), ("家长问", "（家长　陈女士）"), ("问", "（读者　王　芳）")])
def test_a_readers_question_keeps_its_signature_in_brackets_carried_to_the_line_under_it(asks, sign):
    page = banmian.rebuild(
        f"法律问答\n　　{asks}：我父亲去世前立了一份打印遗\n嘱，只有他本人签名，这份遗嘱有效吗？\n{sign}\n"
        "　　答：民法典规定，打印遗嘱应当有\n两个以上见证人在场见证。\n")
    assert page.articles[0].paragraphs[0].replace(" ", "") == (
        f"{asks}：我父亲去世前立了一份打印遗嘱，只有他本人签名，这份遗嘱有效吗？{sign}".replace("\u3000", ""))


def test_a_briefs_credit_under_its_full_last_line_is_its_own_where_the_brief_before_signed_itself():
    page = banmian.rebuild(
        "▲财经快讯\n鹭屿农商银行日前推出“海上牧场贷”，\n面向全市渔排养殖户提供最高50万元\n的信用贷款，目前已累计发放贷款1.\n"
        "2亿元。（记者 柯楠）\n11月12日，2025海峡两岸茶产业博览\n会在鹭屿国际会展中心开幕，来自两\n岸的560余家企业参展，展期4天。\n"
        "（记者 叶思源）\n市统计局最新数据显示，前三季度全\n市社会消费品零售总额达1876.4亿元。\n")
    assert page.articles[0].paragraphs[1].endswith("展期4天。（记者 叶思源）")


def test_a_numbered_cases_title_among_fragments_stands_over_its_account():
    page = banmian.rebuild(
        "泾河县检察院发布未成年人保护典型案例\n\n本报讯（通讯员 王磊）近日，泾河县检察院发布3起未成年人保护典型案例。\n\n"
        "案例二：初中生大额充值游戏获退款\n\n初中生小刘瞒着家人，使用父亲的手机在一款网络游戏中先后充值1.8万余元。\n")
    assert page.articles[0].paragraphs[1:] == ["案例二：初中生大额充值游戏获退款",
                                               "初中生小刘瞒着家人，使用父亲的手机在一款网络游戏中先后充值1.8万余元。"]



def test_a_numbered_cases_account_cut_by_the_column_inside_a_word_goes_on():
    page = banmian.rebuild(
        "泾河县检察院发布未成年人保护典型案例\n\n本报讯（通讯员 王磊）近日，泾河县检察院发布3起未成年人保护典型案例。\n\n"
        "案例二：初中生小刘瞒着家\n\n人，使用父亲的手机在一款网络游戏中先后充值1.8万余元。\n")
    assert page.articles[0].paragraphs[1] == "案例二：初中生小刘瞒着家人，使用父亲的手机在一款网络游戏中先后充值1.8万余元。"


def test_a_storys_foot_credit_under_a_captions_credit_stays_a_paragraph_of_its_own():
    page = banmian.rebuild(
        "锦园社区共享菜园开园\n\n本报讯　11月8日上午，锦园社区共享菜园开园，首批40块“微菜地”由社区居民认领种植。\n\n"
        "图为居民在共享菜园里栽种青菜。（通讯员 李思琪 供图）\n\n"
        "“在家门口就能种菜，还能和邻居交流经验。”社区还将定期邀请农技员上门指导种植技术。\n\n"
        "（记者 金晨阳 通讯员 李思琪）\n")
    paragraphs = [paragraph for article in page.articles for paragraph in article.paragraphs]
    assert "（记者 金晨阳 通讯员 李思琪）" in paragraphs  # not glued to the paragraph above (…种植技术。（记者…）)



def test_a_schedules_rows_go_on_into_a_short_line_holding_a_comma_and_across_a_columns_end_after_a_list_left_open():
    text = ("出行提示\n春运期间县客运站加开班次\n　　2025年春运将于1月14日开始，\n至2月22日结束，为期40天。春运\n"
            "期间，县客运站将根据客流情况加\n开县城至黑河、哈尔滨方向班次，\n具体如下：\n县城—黑河：每日增至6班，首班\n"
            "6:30，末班14:00\n县城—哈尔滨：每日增至3班（卧\n铺），发车时间7:00、12:00、\n\n18:30\n"
            "县城—各林场、农场：按原班次运\n行，节前视客流加密\n　　旅客可提前通过“北桦出行”\n微信小程序购票。\n")
    paragraphs = banmian.rebuild(text).articles[0].paragraphs
    assert paragraphs[1:4] == ["县城—黑河：每日增至6班，首班6:30，末班14:00",
                               "县城—哈尔滨：每日增至3班（卧铺），发车时间7:00、12:00、18:30",
                               "县城—各林场、农场：按原班次运行，节前视客流加密"]


def test_a_fields_value_under_its_colon_is_no_figure_of_a_box():
    text = ("监测数据\n5月全省生态环境质量状况\n设区市环境空气质量优良天数比例：96.2%\n国控地表水断面Ⅰ～Ⅲ类水质比例：\n98.4%\n"
            "声环境功能区昼间达标率：95.7%\n数据来源：省生态环境监测中心\n")
    box = banmian.rebuild(text).articles[0]
    assert box.headline == ["监测数据", "5月全省生态环境质量状况"]
    assert box.paragraphs[1] == "国控地表水断面Ⅰ～Ⅲ类水质比例：98.4%"


def test_a_boxs_title_among_fragments_stands_over_its_first_marked_entry():
    text = ("寻味\n\n海口的夏天是从一碗清补凉开始的。小时候，巷口有位阿姨推着车卖清补凉，那时一碗只要五毛钱。\n\n"
            "上周回老街，在一条小巷里又遇见一辆推车，还是那个味道。\n\n林　默\n\n本周景区优惠\n\n"
            "▲6月28日至8月31日，呀诺达雨林文化旅游区对全国中小学教师凭教师资格证享受门票半价优惠。\n\n"
            "▲7月1日至8月31日，海口火山口世界地质公园推出夜游套票。\n")
    box = banmian.rebuild(text).articles[-1]
    assert box.headline == ["本周景区优惠"]
    assert box.paragraphs[0].startswith("▲6月28日")


def test_a_leads_colon_opening_a_list_of_figures_over_their_labels_is_no_fields_colon():
    text = ("上半年我市经济运行稳中向好\n\n本报讯（记者 林静）记者从市统计局获悉，上半年全市经济运行稳中向好，主要指标如下：\n\n"
            "612.3亿元\n\n地区生产总值\n\n7.8%\n\n规上工业增加值增速\n")
    story = banmian.rebuild(text).articles[0]
    assert story.paragraphs[0].endswith("主要指标如下：") and story.paragraphs[1] == "612.3亿元"


def test_a_marked_subhead_closing_on_its_quoted_word_stands_over_the_prose_under_it():
    text = ("避暑去雨林　五指山游客同比增三成\n\n本报讯（记者黎海燕）连日来，海口、三亚等沿海市县最高气温接连突破34℃，不少游客前往五指山避暑。\n\n"
            "■民宿“一房难求”\n\n客流增长也带旺了周边民宿。水满乡毛纳村的黎家民宿共有8间客房，7月的周末已全部订满。\n")
    story = banmian.rebuild(text).articles[0]
    assert story.paragraphs[1:] == ["■民宿“一房难求”", "客流增长也带旺了周边民宿。水满乡毛纳村的黎家民宿共有8间客房，7月的周末已全部订满。"]


def test_a_captions_run_in_credit_closes_it_over_the_next_boxs_title():
    text = ("“智慧大棚”装上气象“千里眼”\n本报讯（通讯员费长庚　记者杜若晴）今年以\n来，北山市气象局在全市设施农业集中区安\n装了86套大棚小气候监测设备。\n\n"
            "11月6日，北山市气象局工作人员在雾\n灵峰气象站检修自动气象站设备，为迎\n战寒潮做好准备。 通讯员 雷振东 摄\n\n"
            "寒潮蓝色预警防御指南\n寒潮蓝色预警信号表示：48小时内\n最低气温将下降8℃以上。\n")
    page = banmian.rebuild(text)
    assert page.articles[-1].headline == ["寒潮蓝色预警防御指南"]
    assert any(article.kind == "photo" for article in page.articles)


def test_a_caption_set_after_a_story_opening_on_a_date_and_closing_on_its_wrapped_credit_is_no_column_going_on():
    text = ("我国国家公园生物多样性监测网络基本建成\n　　新华社北京6月9日电（记者庞书航）\n记者从国家林业和草原局获悉，我国首批\n"
            "国家公园已布设红外相机2.1万余台、野\n外监测样地3400多个，覆盖主要保护对象\n栖息地的生物多样性监测网络基本建成。\n"
            "　　据介绍，通过“天空地”一体化监测\n手段，各国家公园已累计记录野生脊椎动\n物1200余种，大熊猫、雪豹等旗舰物种的\n"
            "活动影像数量较公园设立之初明显增加。\n\n6月5日是世界环境日，岚州市岚源县实\n验小学的学生在老师带领下，将收集来\n"
            "的废旧塑料瓶分类投放。 通讯员 谢嘉\n禾 摄\n\n夜间施工扰民？\n这个“电子哨兵”管用了\n"
            "　　本报讯（记者汤佳怡　实习生\n陆子谦）“以前工地晚上十一二点还在施工。”\n")
    page = banmian.rebuild(text)
    story = page.articles[0]
    assert story.paragraphs[-1].endswith("活动影像数量较公园设立之初明显增加。")
    assert [article.kind for article in page.articles].count("photo") == 1


def test_an_age_brackets_value_under_its_colon_goes_on():
    page = banmian.rebuild('我市志愿者队伍持续壮大\n\u3000\u3000本报讯（记者 吴敏）截至6月底，\n全市注册志愿者达4194人，比去年底\n增加612人。\n\n注册志愿者年龄分布\n35岁以下：\n1286人\n35—50岁：\n2043人\n50岁以上：\n865人\n')
    assert any("35岁以下：1286人" in paragraph for article in page.articles for paragraph in article.paragraphs)


def test_a_brief_cut_just_after_a_quote_goes_on_under_its_mark():
    page = banmian.rebuild('简讯\n\n■市总工会近日启动“清凉一夏”\n\n送清凉活动，为全市2000余名户外劳动者送去防暑降温物品。\n\n■我市3个村入选省级“美丽乡村”\n\n示范村名单。至此，全市省级美丽乡村示范村已达21个。\n')
    assert page.articles[0].paragraphs[-1] == "■我市3个村入选省级“美丽乡村”示范村名单。至此，全市省级美丽乡村示范村已达21个。"


def test_a_classical_poem_printed_a_couplet_a_line_keeps_its_title_apart():
    text = "（县民族宗教事务局供稿）\n\n七绝·蔗乡夏日\n\n万顷青纱接远峦，风来碧浪起微澜。\n\n农家不惧骄阳烈，笑说糖香入梦甜。\n\n黄永年\n"
    poem = banmian.rebuild(text).articles[-1]
    assert poem.headline == ["七绝·蔗乡夏日"] and poem.paragraphs[0] == "万顷青纱接远峦，风来碧浪起微澜。"


def test_a_thank_you_letters_salutation_stands_alone_over_flush_text():
    text = ("感谢信\n塔拉市第一医院心内科全体医护人员：\n8月下旬，我父亲突发急性心肌梗死被\n送到贵院急诊。从进医院大门到完成手\n"
            "术，只用了68分钟。\n")
    (letter,) = banmian.rebuild(text).articles
    assert letter.headline == ["感谢信"] and letter.paragraphs[0] == "塔拉市第一医院心内科全体医护人员："


def test_a_marked_briefs_source_in_brackets_closes_it_over_the_next_boxs_title_among_fragments():
    text = "\n\n".join(["基层动态", "●入冬以来，新滩采油厂为一线班站安装空气能取暖设备86台。（新滩采油厂）",
                        "●第二采油厂近日组织青年员工开展“技术大讲堂”活动，参训员工210人次。（第二采油厂）", "冬季安全提示",
                        "这些“冷”知识要牢记", "进入冬季，气温低、风雪多，油气生产安全风险增加。"])
    box, tips = banmian.rebuild(text).articles
    assert box.paragraphs[-1].endswith("（第二采油厂）") and tips.headline == ["冬季安全提示", "这些“冷”知识要牢记"]


def test_a_notices_issuer_short_of_its_column_closes_it_over_a_column_end():
    text = ("地质灾害防范提示\n　　③雨后不要急于回家。强降雨\n停止后，滑坡、崩塌仍可能发生。\n　　④不在危险地段停留。雨天外\n"
            "出要避开陡坡、沟谷和河道，不在\n山脚、陡崖下避雨。\n　　报灾电话：0734-8228110\n　　衡岳市自然资源和规划局\n\n"
            "背着仪器走山路\n　　九月的湘南山区，早晚已有了\n凉意。天刚蒙蒙亮，我们测量小组\n四个人就背起仪器出发了。\n")
    assert paragraphs(text)[-3:-1] == ["衡岳市自然资源和规划局", "背着仪器走山路"]


def test_a_fields_value_carried_to_the_line_under_it_in_flush_print_goes_on():
    text = ("停电通知\n请广大用户相互转告，提前做好准备。\n停电时间：2025年10月18日（星期六）\n7:30—17:30\n"
            "停电线路：10千伏柳林屯线、10千伏前屯\n支线\n停电范围：柳林屯镇前屯村、后屯村、西\n屯村，滏阳小米产业园部分企业\n\n"
            "停电时间：2025年10月20日（星期一）\n8:00—16:00\n停电线路：10千伏石岗线\n停电范围：石岗镇石岗村、南岗村、北岗\n村\n"
            "如遇雨雪天气，停电检修顺延。咨询电话：\n95598\n国网滏阳县供电公司\n2025年10月15日\n")
    assert paragraphs(text)[-4:-2] == ["停电范围：石岗镇石岗村、南岗村、北岗村", "如遇雨雪天气，停电检修顺延。咨询电话：95598"]


def test_a_two_character_subhead_under_a_sources_field_is_no_rest_of_it():
    text = "资料来源：重庆市城市管理局\n赏花\n每年2月至4月是山茶花的盛花期。\n"
    assert paragraphs(text)[:2] == ["资料来源：重庆市城市管理局", "赏花"]


def test_a_byline_ending_on_a_padded_name_goes_on_to_another_padded_name_over_a_column_end():
    text = "千亩荷塘迎来采莲季\n\n本报记者　何　苗　通讯员　陈　亮\n\n王　芳\n\n眼下正是采莲季，云梦县城郊的千亩荷塘里，莲农们划着小船采莲。\n"
    story = banmian.rebuild(text).articles[0]
    assert (story.byline.reporters, story.byline.correspondents) == (["何苗"], ["陈亮", "王芳"])


def test_an_editors_note_signed_after_its_dash_keeps_the_byline_under_it_apart():
    text = ("老党员的初心故事\n　　编者按：今年是中国共产党成立103周年。本报推\n出系列报道，讲述老党员的初心故事。——编者\n"
            "本报记者　周　宁\n　　今年86岁的陈阿根，有着62年党龄。\n")
    story = banmian.rebuild(text).articles[0]
    assert story.byline.reporters == ["周宁"] and story.paragraphs[0].endswith("——编者")


def test_a_numbered_heading_after_its_predecessor_standing_whole_is_no_cut_paragraphs_head():
    text = "\n\n".join([
        "大数据审计的实践与思考", "二、构建审计分析模型，精准锁定疑点", "在数据分析中，我们围绕重点领域构建了12个审计分析模型。",
        "三、坚持数据分析与现场核查相结合", "数据分析发现的只是疑点，要定性问题，还必须经过现场核查。"])
    (story,) = banmian.rebuild(text).articles
    assert story.paragraphs[2:] == ["三、坚持数据分析与现场核查相结合", "数据分析发现的只是疑点，要定性问题，还必须经过现场核查。"]



def test_a_letters_signature_and_its_date_are_lines_of_their_own_in_print():
    text = "写给志愿服务队的一封信\n“小橘灯”志愿服务队的孩子们：\n　　你们好！我是运河东路社区的周秀英，今年八十一岁\n了。\n　　祝你们学习进步、工作顺利！\n运河东路社区居民　周秀英\n2025年9月8日\n"
    (letter,) = banmian.rebuild(text).articles
    assert letter.paragraphs[0] == "“小橘灯”志愿服务队的孩子们：" and letter.paragraphs[-2:] == ["运河东路社区居民 周秀英", "2025年9月8日"]


def test_each_numbered_part_of_a_set_of_folk_songs_keeps_its_even_verses_in_a_wide_column():
    lines = ["　　这是一段介绍花儿的文字，写得比较长，排满了整整一行的宽度，", "然后在这里结束。", "", "花儿声声唱家乡（二首）",
             "（一）", "关山的梯田一层层高，", "层层里开的是洋芋花；", "如今的日子节节儿好，", "新房子盖在了半山洼。",
             "（二）", "戈壁滩上的光伏板，", "一排排摆到了天边；", "日头爷照下的电送远，", "庄户人腰包里有钱。"]
    songs = banmian.rebuild("\n".join(lines)).articles[-1]
    assert songs.headline == ["花儿声声唱家乡（二首）"] and songs.paragraphs == lines[4:]


def test_a_folk_songs_collector_at_its_foot_signs_it():
    text = "\n\n".join(["花儿声声唱家乡（二首）", "（一）", "关山的梯田一层层高，", "层层里开的是洋芋花；", "如今的日子节节儿好，",
                        "新房子盖在了半山洼。", "注：花儿是流行于甘肃、青海、宁夏等地的民歌。", "岷阳县文化馆　马占福　搜集整理",
                        "驿路上的风", "榆峡县城往西四十里，有一段汉代的驿路遗迹。"])
    songs, essay = banmian.rebuild(text).articles
    assert songs.byline.reporters == ["马占福"] and essay.headline == ["驿路上的风"]


def test_a_thank_you_letter_to_a_branch_keeps_its_salutation_and_its_signature_apart_from_its_date():
    lines = ["客户来信", "一面锦旗背后的感谢", "恒泰保险清溪支公司：", "今年8月，我家养殖场遭遇洪", "水，贵公司理赔员当天就赶到",
             "现场查勘，十天后赔款到账。", "此致", "敬礼！", "清溪县石岭镇养殖户　潘玉兰", "2025年11月3日", "保险课堂"]
    letter = banmian.rebuild("\n".join(lines)).articles[0]
    assert letter.headline == ["客户来信", "一面锦旗背后的感谢"] and letter.paragraphs[0] == "恒泰保险清溪支公司："
    assert letter.paragraphs[-1] == "2025年11月3日"


def test_a_boxs_bracketed_source_on_printed_lines_ends_the_box_over_the_next_title():
    lines = ["文渊书城11月上旬畅销书榜", "　　1.《江流有声》　梁明远", "　　2.《古籍修复师手记》　钟慕白",
             "　　（数据来源：文渊书城销售系统）", "书香飘进高职校园", "", "　　11月13日，湄州职业技术学院“校园书店”",
             "开门迎客。该书店由湄江图书发行有限公司与", "学校合作共建，面积约360平方米，陈列图书", "1.2万余种。 通讯员 乔宁 摄"]
    box, story = banmian.rebuild("\n".join(lines)).articles
    assert box.paragraphs[-1] == "（数据来源：文渊书城销售系统）" and story.headline == ["书香飘进高职校园"]



def test_a_printed_line_ending_on_provide_inside_a_sentence_goes_on():
    lines = ["三星堆出土青铜神树残件", "　　四川省文物考古研究院8日通报，", "三星堆遗址新一轮发掘中，在8号祭", "祀坑出土一件青铜神树残件，高约40",
             "厘米，枝头立有一只小鸟。专家表示，", "这一发现为复原神树的完整形态提供", "了新的线索。"]
    [article] = banmian.rebuild("\n".join(lines)).articles
    assert article.paragraphs[0].endswith("这一发现为复原神树的完整形态提供了新的线索。")


def test_a_picture_credit_cut_inside_the_institutes_name_goes_on_to_its_provide():
    lines = ["努力寻找药物合成的最优解", "马大为在做实验。", "以上图片均为中国科学院上海有机", "化学研究所提供", "",
             "　　在中国科学院上海有机化学研究所，提到", "马大为，很多人竖起大拇指。"]
    paragraphs = banmian.rebuild("\n".join(lines)).articles[0].paragraphs
    assert "以上图片均为中国科学院上海有机化学研究所提供" in paragraphs



@pytest.mark.parametrize("text, last", [
    ("完善手机流量超量提醒机制\n\u3000\u3000运营商可引导用户开\n通流量封顶、超额自动\n断网功能，以及设置未\n经用户明确确认不得自\n动叠加收费流量包等规\n"
     "则。同时，优化后台流\n量计费规则，减少异常\n计费、数据延迟统计等\n问题。相关部门应加强\n监督管理，让用户明明\n白白消费、踏踏实实上\n网。\n"
     "\u3000\u3000湖北武汉市 李令\n仪\n", "湖北武汉市 李令仪"),
    ("金融强国建设蹄疾步稳\n\u3000\u3000——强化分工协作，\n各类金融机构实现服务\n实体经济优势互补。\n\u3000\u30005月的西藏日喀则\n市江孜县，连片青稞新\n"
     "苗破土抽芽，当前正值\n田间管护关键阶段。\n\n\u3000\u3000江孜县番琼村村民\n索朗清楚记得，年初那\n笔及时到位的贷款，帮\n他把“大铁牛”开回了\n家。\n",
     "江孜县番琼村村民索朗清楚记得，年初那笔及时到位的贷款，帮他把“大铁牛”开回了家。")])
def test_a_signature_cut_in_its_name_or_a_sentence_opening_like_one_goes_on(text, last):
    """Two generated dev pages' lines: a reader's signature whose name's last character went to the next line, and a
    villager named where his village ends a line."""
    assert banmian.rebuild(text).articles[0].paragraphs[-1] == last


def test_a_listings_source_in_brackets_under_its_last_field_is_a_line_of_its_own():
    lines = ["本周讲座预告", "讲座一：宋代城市的日常生活", "主讲人：历史文化学院　韦振华教授", "时间：11月25日（周二）19:00",
             "地点：图书馆一楼学术报告厅", "（校团委、各学院供稿）"]
    assert banmian.rebuild("\n".join(lines)).articles[0].paragraphs[-2:] == ["地点：图书馆一楼学术报告厅", "（校团委、各学院供稿）"]


def test_a_quatrains_verses_under_a_title_naming_no_form_stay_one_a_line():
    lines = ["文物违法行为举报电话：（0873）6125710", "", "题青铜鸮尊", "三千年前一声啼，", "铸入青铜不肯飞。", "圆目犹凝殷商月，",
             "敛羽长守祭坛西。", "今朝重见光明日，", "犹向人间说古时。", "陈墨耕"]
    poem = banmian.rebuild("\n".join(lines)).articles[-1]
    assert poem.headline == ["题青铜鸮尊"] and len(poem.paragraphs) == 6 and poem.byline.reporters == ["陈墨耕"]


def test_a_folk_songs_couplets_a_line_each_stay_apart():
    lines = ["山歌唱给丰收听", "", "九月蔗林绿连天，砍蔗阿哥笑开颜；", "一车甜蔗一车宝，糖厂门口排成线。", "沙糖桔子挂满山，好比灯笼红又圆；",
             "摘下一筐送阿妹，甜在嘴里暖心间。", "罗金兰　搜集整理"]
    song = banmian.rebuild("\n".join(lines)).articles[-1]
    assert song.headline == ["山歌唱给丰收听"] and len(song.paragraphs) == 4


def test_a_job_boxs_head_count_is_a_field_of_its_own():
    lines = ["岗位信息", "单位：湄江精工机械有限公司", "岗位：数控车床操作工、设备维修电工", "人数：35人", "联系电话：0738-86652107",
             "单位：湄江市康宁养老服务有限公司", "岗位：养老护理员、康复理疗师", "人数：20人", "联系电话：0738-83315620"]
    assert len(banmian.rebuild("\n".join(lines)).articles[0].paragraphs) == 8


def test_a_phone_number_abroad_ends_its_contact_line():
    lines = ["寻亲启事", "现诚寻上述亲人及其后代。如有知情者，请与本人或泉湾市侨联联系。", "联系人：陈丽珠　电话：+60-12-4385716",
             "泉湾市侨联联络部　电话：0596-22087361", "寻亲人：陈丽珠", "2025年11月3日"]
    paragraphs = banmian.rebuild("\n\n".join(lines)).articles[0].paragraphs
    assert "联系人：陈丽珠 电话：+60-12-4385716" in paragraphs


def test_prose_lines_printed_as_even_as_couplets_inside_a_paragraph_go_on():
    text = ("调解员杨旭东\n\u3000\u3000我们用3年多时间，依托“工\n会+法院+人社+司法+N”的联调联\n动、调解平台共享机制，化解了七\n"
            "八百件劳动争议，涉及职工数百人，\n赔偿金额上千万，这份成绩不容易，\n都是苦口婆心干出来的。\n")
    assert len(banmian.rebuild(text).articles[0].paragraphs) == 1


def test_a_three_character_photo_title_over_its_dated_caption_stays_a_title_with_no_gap_between():
    # 巴扎日 was taken for a word's piece cut by a column's end and run into the caption (巴扎日9月14日，…)
    text = ("十年间，两家人一起过古尔邦节。\n\n巴扎日\n\n9月14日，恰尔巴格镇巴扎上人头攒动。\n\n通讯员　王　凯　摄\n")
    assert paragraphs(text)[1:3] == ["巴扎日", "9月14日，恰尔巴格镇巴扎上人头攒动。"]


def test_a_bracketed_supplier_after_the_last_sentence_closes_the_piece_among_fragments():
    text = ("答：请广大群众及时缴费，不要错过集中缴费期。（县医疗保障局供稿）\n\n秋收季节　这些安全提示请收好\n\n"
            "眼下正值秋收农忙时节，县消防救援大队提醒广大群众注意以下事项：\n")
    assert paragraphs(text)[0] == "答：请广大群众及时缴费，不要错过集中缴费期。（县医疗保障局供稿）"


def test_a_flush_printed_title_asking_nothing_stays_apart_from_the_first_question_under_it():
    text = ("政策解读\n2026年度城乡居民医保开始缴费啦\n问：2026年度城乡居民基本医疗\n保险什么时候缴费？\n"
            "答：集中缴费期为2025年9月1日\n至12月31日。\n")
    (qa,) = banmian.rebuild(text).articles
    assert qa.headline == ["政策解读", "2026年度城乡居民医保开始缴费啦"]
    assert qa.paragraphs[0] == "问：2026年度城乡居民基本医疗保险什么时候缴费？"


def test_a_marked_sayings_speaker_in_brackets_wrapped_to_a_line_of_its_own_stays_in_the_saying():
    text = ("职工心声\n●“每天看着一卷卷合格的钢卷下线，心里就特\n别踏实。”（热轧厂操作工　王佳琪）\n"
            "●“师傅教会我的不只是技术，还有做人的道理。”\n（设备检修中心青工　杨一鸣）\n")
    (box,) = banmian.rebuild(text).articles
    assert box.paragraphs == ["●“每天看着一卷卷合格的钢卷下线，心里就特别踏实。”（热轧厂操作工 王佳琪）",
                              "●“师傅教会我的不只是技术，还有做人的道理。”（设备检修中心青工 杨一鸣）"]


def test_a_retired_cadres_line_under_a_full_last_line_and_a_ci_under_its_tune_stay_apart_in_print():
    text = ("岁月回眸\n那年冬天修水库\n　　1958年冬天，我十七岁，刚参\n加工作不久，就随县里的民工队伍\n上了凤凰岭水库工地。\n"
            "　　如今大多已不在了，可他们修起的这\n座水库，还在默默地养育着一方百姓。\n市水利局离休干部　龚振邦（84岁）\n\n"
            "调寄浣溪沙\n老年大学学书\n邹明远\n砚暖窗明墨韵香，\n银丝满鬓学钟王，\n一横一竖费思量。\n笔下云烟追古意，\n"
            "胸中丘壑话沧桑，\n桑榆犹是好时光。\n")
    memoir, ci = banmian.rebuild(text).articles
    assert memoir.paragraphs[-1].endswith("一方百姓。") and memoir.byline.reporters == ["龚振邦"]
    assert ci.headline == ["调寄浣溪沙", "老年大学学书"] and ci.paragraphs[:2] == ["砚暖窗明墨韵香，", "银丝满鬓学钟王，"]


def test_a_marked_brief_opening_on_as_of_goes_on_over_the_columns_end():
    page = banmian.rebuild("◆团场快讯\n\n◆1月12日，二六八团组织43名连队“两委”成员赴兄弟团场观摩学习。（李\u3000伟）\n\n"
                           "◆截至1月14日，师市各团场累计回收\n\n废旧滴灌带4860吨，回收利用率达92%以上。（赵文斌）\n\n"
                           "结对认亲二十年\n\n本报讯（通讯员 古丽娜尔）1月13日一早，老职工买买提端着一盘馕走进陈秀英家。\n")
    box = page.articles[0]
    assert box.paragraphs[-1] == "◆截至1月14日，师市各团场累计回收废旧滴灌带4860吨，回收利用率达92%以上。（赵文斌）"


def test_a_boxs_labelled_rows_wrapped_one_a_line_are_not_joined():
    page = banmian.rebuild("数说垦区·2025\n棉花：播种面积68.2万亩，籽棉总产34.9万吨\n红枣：挂果面积11.3万亩，鲜枣总产9.6万吨\n"
                           "职工人均可支配收入：4.28万元，同比增长6.9%\n高效节水灌溉面积：占耕地面积的97.5%\n数据来源：师市统计局\n")
    assert page.articles[0].paragraphs[2:4] == ["职工人均可支配收入：4.28万元，同比增长6.9%", "高效节水灌溉面积：占耕地面积的97.5%"]


def test_a_features_subheads_of_two_phrases_built_alike_stand_alone():
    page = banmian.rebuild("背包里装着三个村的“信用账”\n\n本报记者\u3000葛文涛\n\n早上七点，邵红英已经骑着电动车出了门。\n\n"
                           "一辆电动车，跑遍三个村\n\n邵红英负责的柿树、南岗、石桥三个村，共有农户1460户。\n\n"
                           "一句承诺，守了十一年\n\n刚入行时，老主任对邵红英说过一句话。\n")
    assert page.articles[0].paragraphs == ["早上七点，邵红英已经骑着电动车出了门。", "一辆电动车，跑遍三个村",
                                           "邵红英负责的柿树、南岗、石桥三个村，共有农户1460户。", "一句承诺，守了十一年",
                                           "刚入行时，老主任对邵红英说过一句话。"]


def test_a_recipes_name_over_its_first_field_is_not_joined_to_it():
    page = banmian.rebuild("腊八时节喝碗杂粮粥\n\n山药红枣杂粮粥\n\n原料：糯米、小米、红豆、薏米各30克，山药100克，红枣6枚。\n\n"
                           "做法：红豆、薏米提前浸泡4小时；山药去皮切小块。\n\n功效：健脾养胃，补气养血。\n\n萝卜羊肉汤\n\n"
                           "原料：羊肉250克，白萝卜300克，生姜3片。\n\n做法：羊肉切块焯水去腥，与姜片一同放入砂锅。\n")
    paragraphs = page.articles[-1].paragraphs
    assert "山药红枣杂粮粥" in page.articles[0].headline + page.articles[0].paragraphs and "萝卜羊肉汤" in paragraphs


def test_in_flush_print_a_lost_items_notice_ends_on_its_declaration_and_a_tips_deck_stands_alone():
    lost = "遗失声明\n岩溪县纳绕镇拉哈村茶叶专业合\n作社遗失公章一枚，声明作废。\n王文军遗失道路运输证一本，车\n牌号：贵J·5K382，声明作废。\n"
    assert banmian.rebuild(lost).articles[0].paragraphs == [
        "岩溪县纳绕镇拉哈村茶叶专业合作社遗失公章一枚，声明作废。", "王文军遗失道路运输证一本，车牌号：贵J·5K382，声明作废。"]
    tips = ("防溺水这六点要记牢\n——县教育局　县应急管理局提醒\n天气渐暖，学生溺水事故进入易\n发期。县教育局、县应急管理局\n"
            "提醒广大家长和学生：\n①不独自或结伴到河边、山塘、\n水库游泳。\n")
    box = banmian.rebuild(tips).articles[0]
    assert (box.headline, box.paragraphs[0]) == (["防溺水这六点要记牢", "——县教育局 县应急管理局提醒"],
                                                 "天气渐暖，学生溺水事故进入易发期。县教育局、县应急管理局提醒广大家长和学生：")


@pytest.mark.parametrize("separator", ["\n\n", "\n"])
def test_poems_under_bare_names_keep_their_verses_apart_one_after_another(separator):
    verses = ["冰排撞响了江岸，", "像谁敲开了一扇老门。", "对岸的山还披着雪，", "这边的柳条已经发青。", "渡口的老船工", "把桨从仓房里扛出来，",
              "他说，江水一响，", "稻田就该醒了。"]
    second = ["老榆树下的秋千", "荡过奶奶的裙摆，", "荡过妈妈的辫子，", "今年，该荡我了。"]
    text = separator.join(["图们江的早春", "方春植", *verses, "秋千", "韩明善", *second])
    first, then = banmian.rebuild(text).articles
    assert (first.paragraphs, then.paragraphs) == (verses, second)


def test_an_experts_unit_title_and_name_under_the_answer_is_a_line_of_its_own():
    text = "\n".join(["用水问答", "　　问：长时间不用水，再打开水龙", "头时水有异味怎么办？", "　　答：建议先打开水龙头放水几",
                      "分钟，将管道内滞留的存水放掉后", "再使用。如果放水后仍有明显异味", "或颜色异常，请及时拨打供水服务",
                      "热线，我们将安排人员上门检测。", "集团供水服务中心　高级工程师　钟立群"])
    box, = banmian.rebuild(text).articles
    assert box.paragraphs[-1].endswith("我们将安排人员上门检测。")


def test_a_question_titles_deck_and_a_poem_sets_title_stand_on_lines_of_their_own():
    text = ("本周澄洋水产品批发市场主要品种价格\n品种\u3000\u3000均价（元/公斤）\u3000涨跌\n带鱼（中）\u300068.00\u3000↑4.00\n"
            "小黄鱼\u3000\u3000\u300046.00\u3000↓2.00\n银鲳\u3000\u3000\u3000 120.00\u3000持平\n\u3000\u3000注：以上为9月12日批发均价，\n"
            "仅供参考。\n\u3000\u3000（县海洋经济发展中心供稿）\n开渔在即，出海作业要注意啥？\n——县渔业执法大队负责人答记者问\n"
            "\u3000\u3000问：今年开渔时间是如何规定的？\n\u3000\u3000答：根据国家有关规定，东海海\n域伏季休渔于9月16日12时结束。我\n"
            "县拖网、帆张网、灯光围（敷）网等")
    page = banmian.rebuild(text)
    assert page.articles[-1].headline == ["开渔在即，出海作业要注意啥？", "——县渔业执法大队负责人答记者问"]


def test_a_notices_date_at_its_foot_stands_apart_from_the_next_pieces_title():
    page = banmian.rebuild("征　稿　启　事\n\n来稿请注明真实姓名、单位、联系电话。一经刊用，即付稿酬。\n\n俄洛报社副刊部\n\n2024年11月\n\n"
                           "达体舞跳起来\n\n俄洛县第一小学的孩子们在课间跳起达体舞，迎接彝族年的到来。\n")
    assert "2024年11月" in [paragraph for article in page.articles for paragraph in article.paragraphs]


def test_a_marked_part_title_in_a_set_of_poems_is_a_verse_line_of_its_own():
    page = banmian.rebuild("彝　乡　组　诗（三首）\n□马黑阿芝\n◎火塘\n一团火\n在石头中间醒着\n它记得祖先的名字\n也记得每一个\n"
                           "远行人的归期\n◎荞麦\n高山把最瘦的土地\n留给了荞麦\n荞麦却还给高山\n")
    assert page.articles[0].paragraphs[:3] == ["◎火塘", "一团火", "在石头中间醒着"]


def test_an_interviews_deck_under_its_title_after_a_tables_source_stands_on_its_own_line():
    page = banmian.rebuild("1#锡　　　　 263000　　　 ＋1500\n（数据来源：本报市场信息中心）\n再生有色金属产业迎来发展新机遇\n"
                           "——访华夏再生资源研究院院长卢振华\n本报记者　葛　青\n近年来，我国再生有色金属产业快速发展，在\n"
                           "保障资源供应、推动节能减排方面发挥着越来\n越重要的作用。\n")
    assert page.articles[-1].headline == ["再生有色金属产业迎来发展新机遇", "——访华夏再生资源研究院院长卢振华"]


def test_a_towns_titled_item_over_a_sentence_opened_on_recent_days_stands_apart():
    page = banmian.rebuild("甜水堡乡：“扬黄水”滴进硒砂瓜地\n\n近日，甜水堡乡投资460万元建设的硒砂瓜高效节水灌溉项目完工。\n")
    assert page.articles[0].headline == ["甜水堡乡：“扬黄水”滴进硒砂瓜地"]


def test_a_boxs_issuer_among_fragments_is_not_joined_to_the_next_title():
    page = banmian.rebuild("列车运行调整信息\n\n以上信息以车站公告为准。\n\n集团公司客运部3月24日发布\n\n客运服务台\n\n"
                           "买计次票、带孩子乘车要注意啥？\n\n问：听说铁路推出了计次票，我该怎么买？\n")
    assert page.articles[0].paragraphs[-1] == "集团公司客运部3月24日发布"


def test_a_schedules_bracketed_note_stands_apart_from_its_last_row_and_from_the_title_under_it():
    page = banmian.rebuild("活动日程\n4月15日\n10:00　泼水狂欢（曼喃广场及城区泼水区）\n全天　民族美食街、非遗集市（民族路）\n"
                           "（活动时间如有调整，以现场通知为准）\n哈尼族多声部民歌唱进校园\n本报讯（通讯员 李者）4月9日，南朗乡中心小学\n"
                           "的操场上，悠扬的哈尼族多声部民歌响成一片。\n")
    assert page.articles[0].paragraphs[-1] == "（活动时间如有调整，以现场通知为准）"
    assert page.articles[1].headline == ["哈尼族多声部民歌唱进校园"]


def test_a_qa_boxs_title_among_fragments_is_not_joined_to_its_first_question_and_heads_its_own_box():
    page = banmian.rebuild("消费提示\n\n选购儿童用品记住四看\n\n春季是儿童用品的消费旺季，选购时要做到四看。\n\n"
                           "四看凭证。购物后索要并保存发票或购物凭证。\n\n12315答疑\n\n问：办了健身卡，健身房突然关门了怎么办？\n\n"
                           "答：请保留好合同、付款凭证等证据。\n")
    assert page.articles[-1].headline == ["12315答疑"]
    assert page.articles[-1].paragraphs[0] == "问：办了健身卡，健身房突然关门了怎么办？"


def test_a_poems_verses_under_its_marked_writer_on_a_flush_page_are_lines_of_their_own():
    verses = ["火塘亮了", "鼓楼的九重檐", "托起一整个夏夜的星光", "阿公的烟斗明明灭灭", "像一句没有唱完的古歌"]
    prose = "侗族大歌是侗族民间多声部、无指挥、无伴奏的合唱艺术，被誉为清泉般闪光的音乐，至今已传承了两千五百年"
    page = banmian.rebuild("鼓楼夜歌\n□石　磊\n" + "\n".join(verses) + "\n\n侗族大歌进校园\n"
                           + "\n".join(prose[k:k + 20] for k in range(0, len(prose), 20)) + "。\n")
    assert page.articles[0].paragraphs[:len(verses)] == verses


def test_numbered_headings_each_a_line_stand_apart_whatever_their_level():
    page = banmian.rebuild("国家人权行动计划\n一、经济社会文化权利\n（一）适当生活水准权\n（二）工作权\n"
                           "　　政府将继续实施就业优先战略，健全就业公共服务体系，扩大就业容量。\n")
    assert page.articles[0].paragraphs[:3] == ["一、经济社会文化权利", "（一）适当生活水准权", "（二）工作权"]


def test_a_letters_salutation_cut_inside_the_name_goes_on_from_the_line_above():
    page = banmian.rebuild("给老党员的回信\n　　新华社老党员张连\n生同志：\n　　您好！很高兴收到\n您的来信。得知您入\n"
                           "党已经七十年，我向\n您表示衷心的祝贺。\n")
    assert page.articles[0].paragraphs[0] == "新华社老党员张连生同志："


def test_a_title_as_wide_as_the_column_over_a_lead_on_a_flush_page_stands_apart():
    page = banmian.rebuild("草原火险提醒\n旗应急管理局提醒广大牧民群\n众和游客：\n1.严禁在草原上吸烟、野炊、\n"
                           "烧荒，严禁随意丢弃烟头和火\n种；\n2.那达慕会场周边的餐饮摊点\n要规范用火用电，配齐灭火器\n材；\n"
                           "3.发现火情请立即拨打12119\n或119报警，切勿盲目扑救。\n一男子非法开垦草原被依法处理\n"
                           "本报讯（通讯员　陶　克）近\n日，旗草原监督管理所在巡查\n中发现，宝力根镇某嘎查一男\n"
                           "子擅自开垦草原种植饲草，面\n积达86亩，已依法处理。\n")
    assert page.articles[-1].headline == ["一男子非法开垦草原被依法处理"]


def test_a_positioned_caption_unindented_under_the_texts_end_stands_apart_where_paragraphs_indent():
    page = banmian.rebuild("肉牛改良见闻\n　　牧民们准备秋后多储备些饲草，让\n牛“吃饱吃好”过冬。\n　　旗农牧局副局长刘建军介绍，今年\n"
                           "全旗计划完成肉牛冷配改良4.5万头，\n新建标准化棚圈120座，力争到2025年\n底全旗肉牛存栏突破35万头，让肉牛产\n"
                           "业真正成为牧民增收致富的“铁饭碗”。\n牧民苏和（右）和家人在棚圈里给改良\n牛添加草料。\n本报记者　其其格　摄\n")
    assert "牧民苏和（右）和家人在棚圈里给改良牛添加草料。" in [p for a in page.articles for p in a.paragraphs]
