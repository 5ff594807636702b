import pytest

import banmian
from banmian.model import Byline
from banmian.rebuild.bylines import names, parse_credit, split_dateline
from banmian.rebuild.patterns import is_credit


def test_padded_two_character_names_are_joined():
    assert names("王 正 李 四") == ["王正", "李四"]
    assert names("张璐玮、陈丹琦") == ["张璐玮", "陈丹琦"]


def test_a_padded_name_then_wen_credits_its_writer():
    assert parse_credit("徐 之文").reporters == ["徐之"]
    assert parse_credit("记者 李文").reporters == ["李文"]


def test_reporter_and_correspondent():
    byline = parse_credit("记者张璐玮 通讯员陈丹琦")
    assert byline.reporters == ["张璐玮"]
    assert byline.correspondents == ["陈丹琦"]


def test_interns_and_special_correspondents():
    byline = parse_credit("本报记者 张三 实习生 李四 特约通讯员 王五")
    assert (byline.reporters, byline.interns, byline.correspondents) == (["张三"], ["李四"], ["王五"])


def test_photo_credits_name_photographers():
    assert parse_credit("记者 周学军 摄").photographers == ["周学军"]
    assert parse_credit("杨红玫摄（影像中国）").photographers == ["杨红玫"]
    assert parse_credit("王 正摄").photographers == ["王正"]
    assert parse_credit("任彤彤 丁 樑摄影报道").photographers == ["任彤彤", "丁樑"]
    assert parse_credit("本报记者 李四 通讯员 王五 摄").photographers == ["李四", "王五"]
    assert parse_credit("记者 李文 摄").photographers == ["李文"]


def test_a_photo_story_credits_its_writer_and_its_photographer_apart():
    byline = parse_credit("本报记者 李君强文 新华社记者 陈晔华摄")
    assert (byline.reporters, byline.photographers) == (["李君强"], ["陈晔华"])
    byline = parse_credit("本报记者 董泽扬文 海南商业航天发射场供图")
    assert (byline.reporters, byline.photographers) == (["董泽扬"], [])
    byline = parse_credit("本报记者董泽扬文海南商业航天发射场供图")  # the spaces lost in extraction
    assert (byline.reporters, byline.photographers) == (["董泽扬"], [])


def test_a_supplied_picture_names_no_one():
    byline = parse_credit("受访者供图")
    assert (byline.reporters, byline.photographers) == ([], [])


def test_dateline_and_its_credit():
    assert split_dateline("本报讯（记者苏嘉堉）1月19日上午") == ("本报讯", "记者苏嘉堉")
    assert split_dateline("新华社北京1月18日电 （记者赵博超、张继业）1月") == ("新华社北京1月18日电", "记者赵博超、张继业")
    assert split_dateline("本报北京4月16日电 记者从") == ("本报北京4月16日电", None)
    assert split_dateline("会议指出，") == (None, None)
    assert split_dateline("本报太原电 （记者郑洋洋）由山西大学") == ("本报太原电", "记者郑洋洋")
    assert split_dateline("本报发电机组") == (None, None)


def test_names_run_into_the_next_role_without_a_space():
    from banmian.rebuild.patterns import is_byline_line

    text = "本报记者姜泓冰本报通讯员曹玲娟本报实习生 李超"
    assert is_byline_line(text)
    byline = parse_credit(text)
    assert (byline.reporters, byline.correspondents, byline.interns) == (["姜泓冰"], ["曹玲娟"], ["李超"])
    assert not is_byline_line("本报记者深入基层调研")


def test_names_printed_together_are_set_apart_by_their_surnames():
    from banmian.rebuild.patterns import is_byline_line

    byline = parse_credit("本报记者 王其冰顾仲阳")
    assert byline.reporters == ["王其冰", "顾仲阳"]
    byline = parse_credit("记者杨智翔实习生段敏夫")
    assert (byline.reporters, byline.interns) == (["杨智翔"], ["段敏夫"])
    assert is_byline_line("本报记者 王其冰顾仲阳")
    assert parse_credit("■本报记者李惠子孟海鹰").reporters == ["李惠子", "孟海鹰"]
    assert not is_byline_line("本报记者 深入基层调研")
    assert not is_byline_line("本报记者深入基层调研")


def test_a_credit_whose_摄_stands_apart_names_every_photographer_though_a_name_ends_in_文():
    assert parse_credit("记者 周文 通讯员 王五 摄").photographers == ["周文", "王五"]


def test_all_media_reporters_and_where_they_filed_from_are_no_names():
    # 全媒体 and 北京报道 were reporters, and so people in the archive.
    assert parse_credit("全媒体记者 王小明 北京报道").reporters == ["王小明"]
    assert parse_credit("融媒体记者 王小明 通讯员 李强").reporters == ["王小明"]
    assert parse_credit("本报融媒记者王小明").reporters == ["王小明"]
    assert parse_credit("记者 李华 发自乌鲁木齐").reporters == ["李华"]


def test_a_byline_line_of_an_all_media_reporter_is_a_byline():
    from banmian import rebuild

    page = rebuild("全市春季植树活动启动\n\n本报全媒体记者 王小明 通讯员 李强\n\n"
                   "3月11日，全市春季义务植树活动在东山公园启动，干部群众一千余人参加。\n")
    (article,) = page.articles
    assert (article.byline.reporters, article.byline.correspondents) == (["王小明"], ["李强"])
    assert article.byline.text == ["本报全媒体记者 王小明 通讯员 李强"] and len(article.paragraphs) == 1


def test_provincial_and_news_site_datelines_and_their_credits():
    # 本报杭州1月22日讯, 本报1月22日讯 and 中新网…电 were no datelines, so their reporters were lost.
    for lead, dateline in (("本报杭州1月22日讯", "本报杭州1月22日讯"), ("本报1月22日讯", "本报1月22日讯"),
                           ("中新网北京1月22日电", "中新网北京1月22日电")):
        assert split_dateline(f"{lead}（记者 王小明）记者从省体育局获悉") == (dateline, "记者 王小明")
    assert split_dateline("央视网消息（记者王小明）近日") == ("央视网消息", "记者王小明")
    assert split_dateline("央视网消息（新闻联播）近日") == ("央视网消息", None)
    assert parse_credit("本报驻京记者 王小明").reporters == ["王小明"]


def test_a_provincial_dateline_opens_a_story_of_its_own():
    from banmian import rebuild

    page = rebuild("全市春季植树活动启动\n\n本报讯（记者何思远）3月11日，全市春季义务植树活动在东山公园启动。\n\n"
                   "据介绍，今年全市计划新增造林面积两千亩。\n\n省运会筹备工作进入冲刺阶段\n\n"
                   "本报杭州1月22日讯（记者王小明）记者从省体育局获悉，省运会各项筹备工作已进入冲刺阶段。\n\n"
                   "目前，所有比赛场馆均已完成改造。\n")
    assert [(a.headline, len(a.paragraphs), a.byline.reporters) for a in page.articles] == [
        (["全市春季植树活动启动"], 2, ["何思远"]), (["省运会筹备工作进入冲刺阶段"], 2, ["王小明"])]


def test_agency_slash_and_stock_picture_credits():
    assert parse_credit("新华社发（王鹏 摄）").photographers == ["王鹏"]
    assert parse_credit("图/周学军").photographers == ["周学军"]
    assert parse_credit("摄影：周学军").photographers == ["周学军"]
    assert parse_credit("资料图片") == Byline()


def test_a_caption_over_an_agency_or_slash_credit_is_a_photo():
    # The caption and the credit had become the story's last two paragraphs.
    from banmian import rebuild

    for credit, photographers in (("新华社发（王鹏 摄）", ["王鹏"]), ("图/周学军", ["周学军"]), ("资料图片", []),
                                  ("孙凡越摄/光明图片", ["孙凡越"]), ("光明图片/视觉中国", [])):
        page = rebuild("东湖港一月份集装箱吞吐量创新高\n\n本报讯（记者何思远）1月份东湖港完成集装箱吞吐量12.6万标箱。\n\n"
                       "港务集团负责人表示，新开通的两条外贸航线贡献了近三成的增量。\n\n"
                       f"2月4日，东湖港集装箱码头一派繁忙景象。\n\n{credit}\n")
        assert [(a.kind, len(a.paragraphs), a.byline.photographers) for a in page.articles] == [
            ("article", 2, []), ("photo", 1, photographers)]


def test_a_credit_closing_a_short_item_names_its_reporters():
    # …1.2万人次。（记者何思远 通讯员林媛）: the names stay in the text and were in no byline.
    from banmian import rebuild

    page = rebuild("城南镇举办油菜花节\n\n本报讯 4月1日，第五届城南油菜花节开幕，万亩油菜花海吸引了大批游客。\n\n"
                   "据统计，开幕当天共接待游客1.2万人次。（记者何思远 通讯员林媛）\n")
    (article,) = page.articles
    assert (article.byline.reporters, article.byline.correspondents) == (["何思远"], ["林媛"])
    assert article.paragraphs[-1].endswith("（记者何思远 通讯员林媛）")


@pytest.mark.parametrize("credit, reporters, photographers", [
    ("文/王小明 图/李华", ["王小明"], ["李华"]),
    ("文/本报记者 王小明 图/本报记者 李华", ["王小明"], ["李华"]),
    ("文 王小明 图 李华", ["王小明"], ["李华"]),
    ("文·图/王小明", ["王小明"], ["王小明"]),
    ("图文/王小明", ["王小明"], ["王小明"]),
    ("本报记者 王小明 文/摄", ["王小明"], ["王小明"]),
    ("记者 王小明 文/图", ["王小明"], ["王小明"]),
])
def test_a_feature_pages_credit_names_writers_and_photographers_apart(credit, reporters, photographers):
    text = f"市区新增公共停车位800个\n\n{credit}\n\n1月22日，记者从市住建局获悉，我市新增公共停车位800个。\n"
    article = banmian.rebuild(text).articles[0]
    assert article.headline == ["市区新增公共停车位800个"]
    assert (article.byline.reporters, article.byline.photographers) == (reporters, photographers)


def test_a_headline_that_opens_on_tu_wen_is_no_credit():
    text = "市区新增公共停车位800个\n\n图文并茂\n\n1月22日，记者从市住建局获悉，我市新增公共停车位800个。\n"
    assert banmian.rebuild(text).articles[0].headline == ["市区新增公共停车位800个", "图文并茂"]


@pytest.mark.parametrize("lead, dateline, text", [
    ("〔記者王小明／台北報導〕行政院昨日通過明年度總預算案。", "台北報導", []),          # 自由時報
    ("記者王小明／台北報導", None, ["記者王小明／台北報導"]),                              # 聯合報, a line of its own
    ("【大公報訊】記者王小明報道：特區政府昨日公布財政預算案。", "【大公報訊】", []),        # 大公報, 文匯報
])
def test_taiwan_and_hong_kong_bylines_name_the_reporter(lead, dateline, text):
    page = banmian.rebuild(f"行政院通過總預算案\n\n{lead}\n\n行政院發言人表示，預算案將送立法院審議。\n")
    article = page.articles[0]
    assert (article.headline, article.byline.reporters, article.dateline, article.byline.text) == (
        ["行政院通過總預算案"], ["王小明"], dateline, text)


@pytest.mark.parametrize("credit", ["图：本报记者 王小明", "图：记者王小明", "香港文汇报记者王小明 摄", "记者王小明／摄影",
                                    "（记者王小明摄）", "海外网 王小明 摄", "人民网　王 小 明　摄"])
def test_a_photo_credits_role_and_paper_are_no_photographers(credit):
    text = (f"市区新增公共停车位800个\n\n本报讯（记者陈大文）1月22日，我市新增公共停车位800个。\n\n图为新建的停车场。\n\n{credit}\n\n"
            "全市推进数字化改革\n\n本报讯（记者林美华）1月22日，全市数字化改革推进会召开。\n")
    first, second = banmian.rebuild(text).articles
    assert first.byline.photographers == ["王小明"] and second.headline == ["全市推进数字化改革"]


def test_what_a_reporter_did_and_a_county_media_centre_are_no_names():
    assert parse_credit("记者 吴凡 整理").reporters == ["吴凡"]
    assert parse_credit("（本报记者 刘硕阳整理）").reporters == ["刘硕阳"]
    assert parse_credit("县融媒体中心记者 吴凡").reporters == ["吴凡"]


def test_a_closing_credit_names_the_storys_people_glued_on_or_on_a_line_of_its_own():
    page = banmian.rebuild(
        "消防救援大队开展实战演练\n\n5月11日，县消防救援大队开展实战演练。（实习生 张萌 记者 吴凡）\n\n"
        "县图书馆流动借阅车开进白塔镇\n\n近日，流动借阅车开进白塔镇。\n\n（见习记者 林晓 通讯员 陈静）"
    )
    first, second = page.articles
    assert (first.byline.reporters, first.byline.interns) == (["吴凡"], ["张萌"])
    assert (second.byline.reporters, second.byline.correspondents) == (["林晓"], ["陈静"])
    assert second.paragraphs[-1] == "（见习记者 林晓 通讯员 陈静）"  # printed in the text, it stays there


@pytest.mark.parametrize("close", ["\n\n（新华社北京1月1日电 记者胡喆、温竞华）", "（新华社北京1月1日电 记者胡喆、温竞华）"])
def test_an_agencys_source_line_closing_a_reprinted_story_names_its_reporters(close):
    page = banmian.rebuild(f"量子科学取得新突破\n\n“这是一项重要的原创成果。”薛其坤说。{close}\n")
    assert page.articles[0].byline.reporters == ["胡喆", "温竞华"]


def test_a_credit_naming_the_writers_under_a_headline_is_the_storys_byline():
    # 羊城晚报 prints 文/… 图/… under its headlines; read as a photo credit it had closed the story above
    page = banmian.rebuild("全市春运工作会议召开\n\n本报讯（记者 苏嘉堉）1月22日，全市春运工作会议召开。\n\n甘肃出台意见\n\n"
                           "促进养老服务业高质量发展\n\n文/羊城晚报记者 曾亦辰 通讯员 林 曦 图/受访者供图\n\n"
                           "近日，甘肃省出台促进养老服务业高质量发展的意见，提出到2027年建成覆盖城乡的养老服务网络。\n")
    assert [(a.headline, a.byline.reporters, a.byline.correspondents) for a in page.articles] == [
        (["全市春运工作会议召开"], ["苏嘉堉"], []), (["甘肃出台意见", "促进养老服务业高质量发展"], ["曾亦辰"], ["林曦"])]


def test_a_story_signed_text_and_pictures_at_its_foot_is_no_photo():
    page = banmian.rebuild("城东社区新建口袋公园\n\n近日，城东社区的口袋公园建成开放。\n\n公园里新栽了樱花和桂花，还设了健身步道。\n\n"
                           "居民们说，家门口多了个休闲好去处。\n\n记者 韩 鑫 文/摄\n")
    article = page.articles[0]
    assert (article.kind, article.byline.reporters, article.byline.photographers) == ("article", ["韩鑫"], ["韩鑫"])


def test_an_outlet_joined_by_a_middle_dot_and_an_agency_that_sent_the_picture_are_no_names():
    assert parse_credit("中青报·中青网记者 张三 实习生 李四") == Byline(reporters=["张三"], interns=["李四"])
    assert parse_credit("新华社发 王 伟摄").photographers == ["王伟"]
    assert parse_credit("人民图片 李四摄").photographers == ["李四"]


def test_a_picture_desk_after_the_photographer_or_two_agencies_are_no_names():
    # 光明日报's credits had put 光明图片 and 孙凡越摄 among the reporters
    assert parse_credit("孙凡越摄/光明图片") == Byline(photographers=["孙凡越"])
    assert parse_credit("本报记者 毕玉才摄/光明图片") == Byline(photographers=["毕玉才"])
    assert parse_credit("光明图片/视觉中国") == Byline()


@pytest.mark.parametrize("dateline", ["经济日报北京6月15日讯", "浙江日报杭州6月15日讯"])
def test_a_papers_name_with_place_and_date_is_a_dateline(dateline):
    assert split_dateline(f"{dateline}（记者 张三）数字经济规模持续扩大。") == (dateline, "记者 张三")


def test_a_national_papers_own_name_opens_its_dateline_but_a_provincial_papers_item_in_a_roundup_does_not():
    assert split_dateline("科技日报北京1月29日电 （记者刘温馨 通讯员王 磊）应急管理部发布通知。") == (
        "科技日报北京1月29日电", "记者刘温馨 通讯员王 磊")
    # 人民日报's regional round-ups open each item on the provincial paper's dateline, one story throughout
    assert split_dateline("河北日报雄安4月22日电 （记者康晓博）河北雄安新区综合服务中心编制指南。") == (None, None)


def test_run_in_credits_of_guangdong_papers():
    assert split_dateline("羊城晚报讯 记者罗艾桦，通讯员廖靖文报道：近日，广州市发布新规。") == (
        "羊城晚报讯", "记者罗艾桦，通讯员廖靖文")
    assert split_dateline("南都讯 记者易舒冉 通讯员粤工宣 29日，广东省总工会发布消息。") == (
        "南都讯", "记者易舒冉 通讯员粤工宣")
    assert parse_credit("记者罗艾桦，通讯员廖靖文") == Byline(reporters=["罗艾桦"], correspondents=["廖靖文"])


def test_an_intern_reporter_is_a_reporter_and_no_name():
    assert parse_credit("记者操秀英 实习记者张 蕾").reporters == ["操秀英", "张蕾"]


@pytest.mark.parametrize("line", ["中青报·中青网记者 李晓东 周洪双", "农民日报·中国农网记者 李晓东 周洪双",
                                  "工人日报—中工网记者 李晓东 周洪双"])
def test_a_byline_of_a_paper_and_its_website_names_the_reporters(line):
    page = banmian.rebuild(f"京港高铁全线拉通试验正式启动\n\n{line}\n\n本报北京1月29日电 记者从国铁集团获悉，京港高铁今天全线拉通试验。\n")
    article = page.articles[0]
    assert (article.headline, article.byline.reporters, article.byline.text) == (
        ["京港高铁全线拉通试验正式启动"], ["李晓东", "周洪双"], [line])


@pytest.mark.parametrize("line, names", [
    ("钱江晚报·小时新闻记者 杨 迅 通讯员 李 明", (["杨迅"], ["李明"], [])),
    ("华西都市报-封面新闻记者 蒋雪鸿 实习生 王 雨", (["蒋雪鸿"], [], ["王雨"])),
    ("齐鲁晚报·齐鲁壹点记者 张 静", (["张静"], [], [])), ("红星新闻记者 张 静", (["张静"], [], [])),
    ("南都记者 王 观", (["王观"], [], [])), ("现代快报/现代+记者 张 静", (["张静"], [], [])),
    ("仁寿县融媒体中心记者 杨 迅", (["杨迅"], [], []))])
def test_a_byline_under_a_city_papers_app_or_a_county_media_centre_names_the_reporters(line, names):
    page = banmian.rebuild(f"京港高铁全线拉通试验正式启动\n\n{line}\n\n1月29日，记者从国铁集团获悉，京港高铁今天全线拉通试验。\n")
    article = page.articles[0]
    byline = article.byline
    assert (article.headline, (byline.reporters, byline.correspondents, byline.interns), byline.text) == (
        ["京港高铁全线拉通试验正式启动"], names, [line])


@pytest.mark.parametrize("credit", ["新京报记者 王鹏", "羊城晚报全媒体记者 王鹏", "钱江晚报·小时新闻记者 王鹏", "扬子晚报/紫牛新闻记者 王鹏"])
def test_an_outlets_credit_closing_the_last_paragraph_names_the_reporter(credit):
    page = banmian.rebuild(f"图书馆里过一夜\n\n5月25日晚，30名市民在市图书馆过了一夜。（{credit}）\n")
    assert page.articles[0].byline.reporters == ["王鹏"]


def test_the_editors_after_a_storys_reporters_are_no_reporters():
    # 新京报 closes each story on its reporters, editor and proofreader
    assert parse_credit("新京报记者 杨迅 编辑 王 正 校对 陈 震").reporters == ["杨迅"]
    assert parse_credit("本报记者 杨迅 责任编辑 王正").reporters == ["杨迅"]
    page = banmian.rebuild("图书馆里过一夜\n\n5月25日晚，30名市民在市图书馆过了一夜。\n\n新京报记者 杨迅 吴 婷 编辑 王 正 校对 陈 震\n")
    assert page.articles[0].byline.reporters == ["杨迅", "吴婷"]


@pytest.mark.parametrize("kicker", ["记者帮办", "记者走基层", "小记者在行动", "记者帮你问", "记者帮您办"])
def test_a_reporters_column_name_over_a_title_is_no_byline(kicker):
    page = banmian.rebuild(f"热线速递\n\n◆市民王女士来电：经十路某公交站站牌字迹模糊，希望尽快更换。\n\n{kicker}\n\n占道的共享单车被清走了\n\n"
                           "本报讯（记者 杨迅）5月25日，市民陈先生来电反映，小区门口的共享单车占了人行道。\n")
    assert [(a.headline, a.byline.reporters) for a in page.articles] == [
        (["热线速递"], []), ([kicker, "占道的共享单车被清走了"], ["杨迅"])]
    # without a dateline under it the column's piece is still a piece of its own, not a part of the box above
    page = banmian.rebuild(f"热线速递\n\n◆市民王女士来电：经十路某公交站站牌字迹模糊，希望尽快更换。\n\n{kicker}\n\n"
                           "6月18日本版报道了华信路人行道被共享单车占满的问题，有关部门当天就清走了单车。\n")
    assert [a.headline for a in page.articles] == [["热线速递"], [kicker]]


@pytest.mark.parametrize("source", ["图片由县文旅局提供", "图/受访者提供", "图片来源：视觉中国", "供图：县委宣传部", "截图自央视新闻",
                                    "IC photo", "图/IC photo", "图据视觉中国", "图据新华社", "图源网络", "图片来源于网络", "网络截图",
                                    "视频截图", "图/网络", "图/视频截图", "新华社发（澳大利亚新南威尔士州消防局供图）", "新华社/路透",
                                    "新华社/法新", "图/东方IC", "视觉中国/图", "东方IC 图", "IC photo/图", "图/IC", "图/CFP",
                                    "图/视觉中国", "（市档案馆供图）", "（受访者提供）", "法新社图片", "路透社照片"])
def test_a_picture_source_line_credits_its_story_and_names_no_one(source):
    page = banmian.rebuild(f"全市春运工作会议召开\n\n本报讯（记者 苏嘉堉）1月22日，全市春运工作会议召开。\n\n{source}\n\n"
                           "国际油价连三涨\n\n新华社纽约6月27日电 国际油价27日上涨。")
    assert [a.headline for a in page.articles] == [["全市春运工作会议召开"], ["国际油价连三涨"]]
    assert page.articles[0].byline.text == [source] and not page.articles[0].byline.photographers


def test_feature_credits_written_and_shot_by():
    assert parse_credit("撰文 吴凡 摄影 陈静") == Byline(reporters=["吴凡"], photographers=["陈静"])
    assert parse_credit("吴凡 文 陈静 图") == Byline(reporters=["吴凡"], photographers=["陈静"])
    assert parse_credit("本报记者 吴凡 通讯员 陈静 文/图") == Byline(
        reporters=["吴凡"], correspondents=["陈静"], photographers=["吴凡", "陈静"])


@pytest.mark.parametrize("credit", ["采写：南都记者 丁怡婷 摄影：南都记者 钟锐钧", "文字：丁怡婷 摄影：钟锐钧", "采写 丁怡婷 图片 钟锐钧"])
def test_a_foot_credit_of_who_wrote_and_who_shot_signs_the_story_above(credit):
    page = banmian.rebuild("一季度全社会用电量\n\n记者从国家能源局获悉：一季度，全社会用电量同比增长5.2%。\n\n"
                           f"{credit}\n\n前4月全国企业销售收入稳步增长\n\n国家税务总局最新发票数据显示：今年1—4月，全国企业销售收入同比增长。\n")
    assert [(a.headline, a.byline.reporters, a.byline.photographers) for a in page.articles] == [
        (["一季度全社会用电量"], ["丁怡婷"], ["钟锐钧"]), (["前4月全国企业销售收入稳步增长"], [], [])]


def test_a_photo_reports_credit_under_its_headline_names_the_writer_who_shot_it():
    # 华西都市报: the reporter wrote the story and took its pictures; under a caption the same credit names a photographer
    page = banmian.rebuild("十项政策措施对接签约会举行\n川台企业现场签约\n华西都市报-封面新闻记者 张 烁 摄影报道\n"
                           "　　十项促进两岸交流合作的政策措施\n对接签约会6月13日在福建厦门举行。\n")
    photo = banmian.rebuild("厦门街头的凤凰花开了，市民驻足拍照。\n本报记者 李 华 摄影报道\n")
    assert [(a.kind, a.headline, a.byline.reporters, a.byline.photographers) for a in page.articles + photo.articles] == [
        ("article", ["十项政策措施对接签约会举行", "川台企业现场签约"], ["张烁"], ["张烁"]), ("photo", [], [], ["李华"])]


def test_a_feature_credit_line_under_a_headline_signs_its_story():
    page = banmian.rebuild("消防救援大队开展实战演练\n\n撰文 吴凡 摄影 陈静\n\n5月11日，县消防救援大队开展实战演练。\n\n"
                           "县图书馆流动借阅车开进白塔镇\n\n吴凡 文 陈静 图\n\n近日，县图书馆流动借阅车开进白塔镇。")
    assert [(a.headline, a.byline.photographers) for a in page.articles] == [
        (["消防救援大队开展实战演练"], ["陈静"]), (["县图书馆流动借阅车开进白塔镇"], ["陈静"])]


def test_dotted_names_and_a_special_commentator_sign_their_stories():
    page = banmian.rebuild("数字经济激发新活力\n\n本报记者 阿依古丽·买买提\n\n数字经济规模持续扩大，新业态新模式不断涌现。\n\n"
                           "守护好网络空间\n\n本报特约评论员 张 三\n\n网络空间是亿万民众共同的精神家园。")
    assert [(a.headline, a.byline.reporters) for a in page.articles] == [
        (["数字经济激发新活力"], ["阿依古丽·买买提"]), (["守护好网络空间"], ["张三"])]
    assert parse_credit("记者 努尔兰·阿不都 摄").photographers == ["努尔兰·阿不都"]


def test_taiwan_credit_forms_open_and_sign_their_stories():
    page = banmian.rebuild("兩岸交流活動明登場\n\n【記者李自明／台北報導】兩岸青年交流活動明天在台北登場。\n\n國際油價連三漲\n\n"
                           "編譯李自明／綜合外電報導\n\n國際油價昨天連續第三天上漲。\n\n北市公車新路線上路\n\n"
                           "【本報訊】記者張帥／台北報導\n\n台北市公車新路線今天起上路。")
    assert [(a.headline, a.byline.reporters) for a in page.articles] == [
        (["兩岸交流活動明登場"], ["李自明"]), (["國際油價連三漲"], ["李自明"]), (["北市公車新路線上路"], ["張帥"])]
    assert page.articles[0].dateline == "台北報導"


def test_taiwan_photo_credits_name_the_photographer_or_no_one():
    assert parse_credit("图／记者李自明摄影").photographers == ["李自明"]
    assert parse_credit("记者李自明摄影").photographers == ["李自明"]
    assert parse_credit("图／取自脸书").people() == [] and parse_credit("图／本报资料照片").people() == []


@pytest.mark.parametrize("lead, dateline, credit", [
    ("本报讯 记者陈晨曦 中国足协21日公布了赛程。", "本报讯", "记者陈晨曦"),
    ("本报北京1月26日讯 记者 魏哲哲 通讯员 刘 洋 陈 晨 最高人民法院26日发布典型案例。",
     "本报北京1月26日讯", "记者 魏哲哲 通讯员 刘 洋 陈 晨"),
    ("本报讯 记者 张三 近日，市里举行活动。", "本报讯", "记者 张三"),
])
def test_a_credit_run_in_after_the_dateline_without_brackets_ends_at_the_first_word_that_is_no_name(
        lead, dateline, credit):
    assert split_dateline(lead) == (dateline, credit)


def test_a_papers_name_before_its_reporters_role_is_no_name():
    for credit in ("法治日报全媒体记者 张 维", "□ 羊城晚报全媒体记者 张 维", "人民网记者王小明"):
        assert parse_credit(credit).reporters == [credit.split("记者")[1].replace(" ", "")], credit
    assert parse_credit("本报记者姜泓冰本报通讯员曹玲娟") == Byline(reporters=["姜泓冰"], correspondents=["曹玲娟"])


def test_stories_opening_on_rewritten_agency_copy_are_stories_of_their_own():
    page = banmian.rebuild("国际跳棋团体世锦赛\n\n中国女队首次夺得冠军\n\n综合新华社电 北京时间6月14日，国际跳棋团体世锦赛在法国结束，"
                           "中国女队首次夺冠。\n\n这是中国队在该项目上取得的最好成绩。\n\n亚足联球队表现亮眼\n\n"
                           "据新华社电 世界杯预选赛当天进行，日本队3∶1战胜对手。\n\n成都举行健康跑\n\n"
                           "本报综合消息 四川成都举行了健康跑。\n")
    assert [(a.headline[-1], a.dateline) for a in page.articles] == [
        ("中国女队首次夺得冠军", "综合新华社电"), ("亚足联球队表现亮眼", "据新华社电"), ("成都举行健康跑", "本报综合消息")]


@pytest.mark.parametrize("line, name", [("本报特派记者 郑 轶 圣杜尔沙尔报道", "郑轶"), ("本报驻伦敦记者 王 伟 报道", "王伟"),
                                        ("特派记者 李 华 发自多哈报道", "李华")])
def test_a_reporter_sent_to_an_event_signs_with_where_they_filed_from(line, name):
    page = banmian.rebuild(f"国际跳棋团体世锦赛\n\n中国女队首次夺得冠军\n\n{line}\n\n北京时间6月14日，国际跳棋团体世锦赛结束，中国女队首次夺冠。\n")
    (article,) = page.articles
    assert article.headline == ["国际跳棋团体世锦赛", "中国女队首次夺得冠军"]
    assert (article.byline.reporters, article.byline.text) == ([name], [line])


def test_a_padded_name_cut_at_a_line_end_inside_the_credits_bracket_is_not_run_into_the_next_name():
    page = banmian.rebuild("油菜花迎来盛放期\n\n　　本报讯（通讯员 林 媛\n郑一鸣 王 芳 记者 赵 云）眼下，\n万亩油菜花迎来盛放期。\n")
    (article,) = page.articles
    assert (article.byline.correspondents, article.byline.reporters) == (["林媛", "郑一鸣", "王芳"], ["赵云"])


def test_a_credit_bracket_wrapped_over_three_lines_of_a_narrow_column_stays_in_the_first_paragraph():
    page = banmian.rebuild("春节景观布置完成\n\n　　本报讯（记者 孙 乐\n实习生 马 骁 通讯员 李\n晴）新春将至，北京市的春节\n景观布置已全部完成。\n")
    (article,) = page.articles
    assert article.paragraphs == ["本报讯（记者 孙 乐实习生 马 骁 通讯员 李晴）新春将至，北京市的春节景观布置已全部完成。"]
    assert (article.byline.reporters, article.byline.interns, article.byline.correspondents) == (["孙乐"], ["马骁"], ["李晴"])


@pytest.mark.parametrize("credit", ["记者 林晓岚/文 周学军/摄", "记者 林晓岚/文 周学军/图"])
def test_a_writer_and_a_photographer_each_marked_after_the_name_keep_their_roles(credit):
    assert parse_credit(credit) == Byline(reporters=["林晓岚"], photographers=["周学军"])


def test_foreign_agency_items_each_open_on_their_dateline():
    page = banmian.rebuild("菲律宾将扩建南部港口\n\n【法新社马尼拉1月27日电】菲律宾政府27日宣布，将扩建南部棉兰老岛的两座港口。\n\n"
                           "以色列央行维持利率不变\n\n【路透社耶路撒冷1月30日电】以色列央行30日宣布，维持基准利率不变。\n\n"
                           "日本核电站重启推迟\n\n【环球时报驻日本特约记者 张 杰】东京电力公司29日宣布，核电站重启推迟。\n")
    assert [(a.headline, a.dateline, a.byline.reporters) for a in page.articles] == [
        (["菲律宾将扩建南部港口"], "【法新社马尼拉1月27日电】", []), (["以色列央行维持利率不变"], "【路透社耶路撒冷1月30日电】", []),
        (["日本核电站重启推迟"], None, ["张杰"])]


@pytest.mark.parametrize("lead, names", [
    ("本报讯 通讯员方林 记者陈立报道：", (["陈立"], ["方林"])), ("本报讯 本报通讯员王金海报道：", ([], ["王金海"])),
    ("本报记者陈立报道：", (["陈立"], [])), ("新华社记者陈立报道：", (["陈立"], [])),
])
def test_a_lead_run_in_with_its_reporters_and_reported_names_them(lead, names):
    page = banmian.rebuild(f"钢铁厂提前完成全年计划\n\n{lead}鞍山钢铁公司提前完成了全年钢产量计划。\n")
    (article,) = page.articles
    assert (article.byline.reporters, article.byline.correspondents) == names


@pytest.mark.parametrize("line, reporters, interns", [
    ("南方周末记者 张 帆 南方周末实习生 李 悦", ["张帆"], ["李悦"]), ("南方周末记者 张帆 发自北京", ["张帆"], []),
    ("南方周末特约撰稿 陈耕", ["陈耕"], []), ("新民周刊记者 王仲昀", ["王仲昀"], []), ("财新记者 王帆", ["王帆"], []),
    ("经济观察报 记者 刘 畅 实习记者 周 宁 北京报道", ["刘畅", "周宁"], []),
    ("中国青年报·中青在线记者 杜 园 春", ["杜园春"], []), ("记者｜王仲昀", ["王仲昀"], []), ("记者 | 王仲昀", ["王仲昀"], []),
])
def test_weekly_papers_bylines_sign_the_story(line, reporters, interns):
    page = banmian.rebuild(f"退款难在哪\n\n{line}\n\n线上购物、网游充值、直播打赏……当前，触网消费的场景越来越多。\n")
    (article,) = page.articles
    assert (article.headline, article.byline.reporters, article.byline.interns, article.byline.text) == (
        ["退款难在哪"], reporters, interns, [line])


@pytest.mark.parametrize("line, reporters", [
    ("环球时报驻德国特约记者 青 木 环球时报特约记者 甄 翔", ["青木", "甄翔"]),
    ("本报驻伊朗特约记者 王 伟 本报特约记者 刘皓然 本报记者 倪 浩", ["王伟", "刘皓然", "倪浩"]),
    ("每经记者 王 平", ["王平"]), ("第一财经记者 王平", ["王平"]), ("21世纪经济报道记者 王平", ["王平"]),
    ("北京日报客户端记者 王昊男", ["王昊男"]), ("北京日报客户端｜记者 王昊男", ["王昊男"]), ("南方+记者 游 仪", ["游仪"]),
    ("潮新闻记者 孙鹏程", ["孙鹏程"]), ("学生记者 王 洲 李 晨", ["王洲", "李晨"]),
    ("浙江日报记者 周 晓 共享联盟·龙泉站 刘 阳", ["周晓", "刘阳"]),
])
def test_byline_lines_of_news_apps_posted_and_student_reporters_sign_the_story(line, reporters):
    page = banmian.rebuild(f"德国经济陷入衰退\n{line}\n　　德国联邦统计局15日公布的数据显示，德国经济去年萎缩0.3%。\n")
    (article,) = page.articles
    assert (article.headline, article.byline.reporters, article.byline.text) == (["德国经济陷入衰退"], reporters, [line])


_LAVA = ("菲律宾马荣火山活动加剧\n\n菲律宾阿尔拜省塔瓦科市议会27日批准宣布该市进入灾难状态。\n\n"
         "据菲律宾媒体报道，近2000名居民已从危险区撤离。\n\n{foot}\n\n末日之钟距午夜仅剩85秒\n\n"
         "美国《原子科学家公报》27日说，人类文明面临前所未有的危机。\n\n该杂志说，来之不易的全球共识正在瓦解。\n")


@pytest.mark.parametrize("foot, reporters, correspondents", [
    ("（编译/王晓东）", ["王晓东"], []), ("编译：王晓东", ["王晓东"], []), ("（赵 欣 编译）", ["赵欣"], []),
    ("□摘编/王 芳", ["王芳"], []), ("（摘自《中国青年报》 张 帆/文）", ["张帆"], []), ("（摘自《新民晚报》1月28日 作者：吴 琼）", ["吴琼"], []),
    ("（摘自《参考消息》1月29日）", [], []), ("（国网湖州供电公司 沈佳）", [], ["沈佳"]), ("（中铁十一局 邓 华 魏晓航）", [], ["邓华", "魏晓航"]),
    ("（公司办公室 李 明）", [], ["李明"]), ("（信息科学技术学院 周 晓）", [], ["周晓"]), ("（镇海炼化 朱建华 供稿）", [], ["朱建华"]),
    ("（国际合作部供稿）", [], []), ("国际合作部供稿", [], []), ("据新华社", [], []), ("（学生记者 王洲）", ["王洲"], []),
    ("来源：央视新闻客户端", [], []), ("稿件来源：新华社", [], []), ("据《人民日报》", [], []), ("据“新华国际”微信公众号", [], []),
    ("本报综合", [], []), ("综合新华社、中新社", [], []), ("据新华社、央视新闻", [], []), ("综合央视新闻、澎湃新闻", [], []),
    ("（环球时报驻德国特约记者 青木）", ["青木"], []), ("（白沙社区 吴 倩）", [], ["吴倩"]), ("（工会 何丽娟）", [], ["何丽娟"]),
    ("（城南街道 林 峰）", [], ["林峰"]), ("（马岭乡 钟小梅）", [], ["钟小梅"]), ("（高坪村村级通讯员 刘福生）", [], ["刘福生"]),
])
def test_a_foot_credit_of_a_translator_a_source_or_a_unit_closes_its_story(foot, reporters, correspondents):
    # in brackets it stays the story's last paragraph, as the corpus prints it; on a line of its own it is byline text
    page = banmian.rebuild(_LAVA.format(foot=foot))
    bracketed = foot.startswith("（")
    assert [(a.headline, a.paragraphs[-1] == foot, a.byline.text, a.byline.reporters, a.byline.correspondents)
            for a in page.articles] == [(["菲律宾马荣火山活动加剧"], bracketed, [] if bracketed else [foot], reporters, correspondents),
                                        (["末日之钟距午夜仅剩85秒"], False, [], [], [])]


@pytest.mark.parametrize("foot, reporters", [
    ("（本报记者何昭宇、付文、王云娜、刘军国、龚相娟、方圆、王者、张驰、马睿姗）",
     ["何昭宇", "付文", "王云娜", "刘军国", "龚相娟", "方圆", "王者", "张驰", "马睿姗"]),
    ("（本报记者 李俊杰整理）", ["李俊杰"]),
])
def test_a_roundups_many_reporters_or_a_compiler_at_the_foot_are_read(foot, reporters):
    page = banmian.rebuild(f"春耕一线见闻\n\n各地抓住有利时机，全力推进春耕生产。\n\n{foot}\n")
    assert page.articles[0].byline.reporters == reporters


@pytest.mark.parametrize("credit", ["新华社传真照片", "（新华社传真照片）", "新华社稿", "本报资料照片"])
def test_back_issues_photo_credits_close_their_caption(credit):
    page = banmian.rebuild("胜利油田原油产量稳中有升\n\n本报讯　记者从油田获悉，一季度原油产量稳中有升。\n\n"
                           f"十月十七日，北京市郊区农民在田间收割晚稻。\n\n{credit}\n\n公司召开安全会议\n\n"
                           "本报讯（记者 李明）公司近日召开安全生产会议。\n")
    assert [(a.kind, a.headline, a.byline.text) for a in page.articles][1:] == [
        ("photo", [], [credit]), ("article", ["公司召开安全会议"], [])]


def test_a_roundups_later_datelines_name_their_reporters_too():
    page = banmian.rebuild("两部门启动国家地震灾害四级应急响应\n\n本报北京6月16日电　（记者刘温馨）应急管理部启动四级应急响应。\n\n"
                           "又电　（记者邓剑洋）中国地震局派出工作组赶赴现场。\n\n"
                           "本报西宁6月16日电　（记者龚仕建、江萌）青海省启动地震应急预案，各项工作有序开展。\n")
    (article,) = page.articles
    assert (article.dateline, article.byline.reporters) == ("本报北京6月16日电", ["刘温馨", "邓剑洋", "龚仕建", "江萌"])


@pytest.mark.parametrize("line, reporters, correspondents", [
    ("本报记者 王平 发自乌鲁木齐", ["王平"], []), ("通讯员 刘 阳（信息科学技术学院）", [], ["刘阳"]),
    ("本报记者 曹文轩 县委报道组 陈 丹", ["曹文轩"], ["陈丹"]),
])
def test_byline_lines_naming_where_from_a_unit_or_a_county_team(line, reporters, correspondents):
    page = banmian.rebuild(f"德国经济陷入衰退\n{line}\n　　德国联邦统计局15日公布的数据显示，德国经济去年萎缩0.3%。\n")
    (article,) = page.articles
    assert (article.headline, article.byline.reporters, article.byline.correspondents) == (
        ["德国经济陷入衰退"], reporters, correspondents)


@pytest.mark.parametrize("foot, reporters, photographers", [
    ("（杨帆 文/图）", ["杨帆"], ["杨帆"]), ("（赵岩 刘明 杨帆）", ["赵岩", "刘明", "杨帆"], []),
    ("（供稿：王平）", [], []), ("（交通运输部新闻办）", [], []),
])
def test_more_bracketed_foot_credits_close_their_story(foot, reporters, photographers):
    page = banmian.rebuild(_LAVA.format(foot=foot))
    assert [(a.headline, a.paragraphs[-1] == foot, a.byline.reporters, a.byline.photographers) for a in page.articles] == [
        (["菲律宾马荣火山活动加剧"], True, reporters, photographers), (["末日之钟距午夜仅剩85秒"], False, [], [])]


@pytest.mark.parametrize("note", ["（作者系中国艺术研究院戏曲研究所研究员）", "（作者为中国美术馆研究馆员）", "（作者单位：北京大学信息管理系）"])
def test_an_authors_note_run_onto_the_last_sentence_names_no_reporter(note):
    page = banmian.rebuild(f"越剧新戏挑大梁\n\n晚上10点，排练依然在进行。这群年轻的越剧人笑着说，“咱们戏台上见！”{note}\n")
    (article,) = page.articles
    assert article.paragraphs[-1].endswith(note) and not article.byline.people()


@pytest.mark.parametrize("credit, reporters, photographers", [
    ("本报记者 顾 阳 整理　杨 光 制图", ["顾阳"], ["杨光"]), ("杨 光 制图", [], ["杨光"]),
    ("朱慧卿/作", [], ["朱慧卿"]), ("王铎 绘", [], ["王铎"]), ("徐简/漫画", [], ["徐简"]), ("马文斌　书", [], ["马文斌"]),
])
def test_graphics_and_cartoon_credits_name_their_makers(credit, reporters, photographers):
    page = banmian.rebuild("消费品以旧换新支持范围扩大\n\n今年以来，消费品以旧换新政策持续加力扩围。\n\n"
                           f"{credit}\n\n加快培育新型消费\n\n本报讯（记者 李明）各地加快培育新型消费。\n")
    first = page.articles[0]
    assert (first.byline.reporters, first.byline.photographers, first.byline.text) == (
        reporters, photographers, [credit.replace("\u3000", " ")])  # the reader sets layout spaces as plain ones
    assert page.articles[-1].headline == ["加快培育新型消费"]


def test_a_wrapped_lines_end_on_a_drawing_word_is_no_credit():
    from banmian.rebuild import patterns

    assert not any(patterns.is_credit(text) for text in ("国合作", "细描绘", "地图制图", "系列漫画"))


@pytest.mark.parametrize("line, reporters", [
    ("石榴云/新疆日报记者 王 娟", ["王娟"]), ("侨报记者 孙莹", ["孙莹"]), ("本报驻北京特派员 韩咏红", ["韩咏红"]),
    ("游润恬 报道", ["游润恬"]), ("报道：林子恒", ["林子恒"]), ("林子恒 报道 zlim@sph.com.sg", ["林子恒"]),
])
def test_byline_lines_of_overseas_and_regional_papers(line, reporters):
    page = banmian.rebuild(f"新疆出台新规\n{line}\n　　新疆维吾尔自治区日前出台新规，进一步优化营商环境，支持民营企业发展。\n")
    (article,) = page.articles
    assert (article.headline, article.byline.reporters, article.byline.text) == (["新疆出台新规"], reporters, [line])


@pytest.mark.parametrize("line", ["口述/吴瑞龙　整理/本报记者 靳 博", "口述：吴瑞龙 整理：本报记者 靳博"])
def test_a_told_to_byline_names_the_writer_not_the_teller(line):
    page = banmian.rebuild(f"在“哏儿都”用西语说相声\n\n{line}\n\n我来自哥伦比亚，在天津学习相声已经五年了。\n")
    (article,) = page.articles
    assert (article.headline, article.byline.reporters) == (["在“哏儿都”用西语说相声"], ["靳博"])


@pytest.mark.parametrize("credit, photographers", [("县融媒体中心 陆 燕 摄", ["陆燕"]), ("仁寿县融媒体中心 王芳 李强 摄", ["王芳", "李强"])])
def test_a_county_media_centres_photo_credit_names_its_photographers_not_the_centre(credit, photographers):
    page = banmian.rebuild("座谈会召开\n\n本报讯（记者 王 军）6月29日，座谈会在西宁召开。\n\n会议由省长主持。\n\n"
                           f"6月29日，志愿者为独居老人送去夏日清凉礼包。\n\n{credit}\n\n软件业务收入增长\n\n本报讯 工业和信息化部发布数据。\n")
    story, photo, next_story = page.articles
    assert (photo.kind, photo.byline.photographers, photo.byline.text) == ("photo", photographers, [credit])
    assert next_story.headline == ["软件业务收入增长"]


@pytest.mark.parametrize("credit, reporters, photographers", [
    ("本报记者 杨 文 明", ["杨文明"], []), ("记者 欧 阳 洁", ["欧阳洁"], []), ("杨 文 明 摄", [], ["杨文明"]),
    ("记者 王 芳 李 明", ["王芳", "李明"], []), ("王 正 文", ["王正"], [])])
def test_a_three_character_name_justified_one_character_apart_is_one_name(credit, reporters, photographers):
    byline = parse_credit(credit)
    assert (byline.reporters, byline.photographers) == (reporters, photographers)


@pytest.mark.parametrize("credit, reporters, photographers", [
    ("★本报记者 吴 丹", ["吴丹"], []), ("☆记者 赵鑫", ["赵鑫"], []), ("□文/图 本报记者 刘 洋", ["刘洋"], ["刘洋"]),
    ("◎文/本报记者 赵鑫 图/本报记者 钱浩", ["赵鑫"], ["钱浩"])])
def test_a_bullet_before_a_byline_is_no_part_of_it(credit, reporters, photographers):
    page = banmian.rebuild(f"快递送到山乡\n\n{credit}\n\n近日，记者走进山区乡村，看快递如何进村入户。\n")
    (article,) = page.articles
    assert (article.headline, article.byline.reporters, article.byline.photographers) == (["快递送到山乡"], reporters, photographers)


@pytest.mark.parametrize("credit, byline", [
    ("小记者 王一诺 本报记者 沈 怡", Byline(reporters=["王一诺", "沈怡"])),
    ("通讯员 城东街道 王芳", Byline(correspondents=["王芳"])),
    ("本报全国两会报道组 张 琳 韩 笑", Byline(reporters=["张琳", "韩笑"])),
    ("本报全国两会特派记者 张琳", Byline(reporters=["张琳"])),
    ("文/融媒记者 赵鑫 视频/钱浩", Byline(reporters=["赵鑫"], photographers=["钱浩"])),
    ("记者 赵鑫 摄像 钱浩", Byline(reporters=["赵鑫"], photographers=["钱浩"]))])
def test_a_credits_roles_units_and_teams_are_no_names(credit, byline):
    assert parse_credit(credit) == byline


@pytest.mark.parametrize("label", ["◎记者手记", "□记者观察"])
def test_a_bulleted_box_label_credits_nobody(label):
    page = banmian.rebuild(f"快递送到山乡\n\n本报讯（记者 吴 丹）近日，记者走进山区乡村，看快递如何进村入户。\n\n{label}\n\n"
                           "“最后一公里”连着民生。\n")
    assert [a.byline.reporters for a in page.articles] == [["吴丹"]]


def test_a_writer_and_photographer_each_slashed_to_their_work_under_a_headline_are_its_byline():
    page = banmian.rebuild("中俄各界人士热议全球治理倡议\n\n隋 鑫/文 肖新新/图\n\n近日，中俄各界人士热议全球治理倡议。\n")
    (article,) = page.articles
    assert (article.headline, article.byline.reporters, article.byline.photographers) == (
        ["中俄各界人士热议全球治理倡议"], ["隋鑫"], ["肖新新"])


@pytest.mark.parametrize("credit, byline", [
    ("本报记者 赵婧 综合整理", Byline(reporters=["赵婧"])), ("记者 赵婧 综合编译", Byline(reporters=["赵婧"])),
    ("本报记者 赵婧 综合", Byline(reporters=["赵婧"])), ("本报实习生 赵婧 综合", Byline(interns=["赵婧"])),
    ("本报综合编译", Byline()),
])
def test_a_round_up_compiled_from_other_reports_names_no_one_called_zonghe(credit, byline):
    assert parse_credit(credit) == byline


@pytest.mark.parametrize("dateline", ["综合新华社、中新社消息", "本报综合新华社、中新社电", "据央视新闻客户端消息", "本报综合"])
def test_a_digests_lead_rewritten_from_others_is_its_dateline(dateline):
    page = banmian.rebuild(f"国家民委命名第十二批示范单位\n\n{dateline} 记者从1月29日在京召开的全国民委主任会议获悉，488个地方和单位被命名。\n\n"
                           "其中包含县（市、区、旗）115个。\n\n1月29日，市民在北京天坛公园参观迎春灯饰。\n\n新华社发 陈钟昊 摄\n")
    assert [(a.kind, a.dateline, len(a.paragraphs)) for a in page.articles] == [("article", dateline, 2), ("photo", None, 1)]


@pytest.mark.parametrize("line, reporters, photographers, furniture", [
    ("文｜王帆 图｜李悦", ["王帆"], ["李悦"], []), ("文字｜王帆 图片｜李悦", ["王帆"], ["李悦"], []),
    ("采写：王帆", ["王帆"], [], []), ("编辑｜姜 浩", [], [], ["编辑｜姜 浩"]),
])
def test_a_magazines_credits_with_a_bar_sign_the_story_or_name_its_editor(line, reporters, photographers, furniture):
    page = banmian.rebuild(f"退款难在哪\n\n{line}\n\n线上购物、网游充值、直播打赏……当前，触网消费的场景越来越多。\n")
    (article,) = page.articles
    assert (article.headline, article.byline.reporters, article.byline.photographers, page.furniture) == (
        ["退款难在哪"], reporters, photographers, furniture)


def test_a_feature_credit_whose_pictures_were_supplied_names_its_writer_alone():
    page = banmian.rebuild("竹刀刻出三百年\n\n文/本报记者 汤 敏 图/受访者提供\n\n在老城区板桥巷的一间小工作室里，72岁的陈守义在竹面上剔出山石的纹理。\n")
    (article,) = page.articles
    assert (article.headline, article.byline.reporters, article.byline.photographers) == (["竹刀刻出三百年"], ["汤敏"], [])


@pytest.mark.parametrize("told, written", [("口述：林秀梅（沧澜市第一人民医院急诊科护士长）", "整理：本报记者　孟　瑶"),
                                           ("口述　陈建华（1979届校友、中国工程院院士）", "整理　本报记者　孟　瑶")])
def test_who_told_it_and_who_wrote_it_down_on_lines_of_their_own_sign_the_story(told, written):
    page = banmian.rebuild(f"口述实录\n\n我在急诊科值了二十年夜班\n\n{told}\n\n{written}\n\n"
                           "2004年夏天，我从护校毕业，被分到了急诊科。第一个夜班，我就遇上了一场车祸。\n")
    (article,) = page.articles
    assert (article.headline, article.byline.reporters) == (["口述实录", "我在急诊科值了二十年夜班"], ["孟瑶"])


def test_a_military_papers_lead_names_its_contributing_reporter_and_correspondent():
    page = banmian.rebuild("火箭军某部组织专业技能比武\n\n本报讯  特约记者李兵峰、通讯员王志勇报道：6月上旬，火箭军某部组织专业技能比武。\n")
    (article,) = page.articles
    assert (article.byline.reporters, article.byline.correspondents) == (["李兵峰"], ["王志勇"])


def test_a_columnists_firm_and_calling_before_the_marked_name_sign_the_column():
    page = banmian.rebuild("理财师专栏\n\n别让“短期排名”绑架你的基金选择\n\n□ 南埠证券投资顾问 邱雨桐\n\n"
                           "不少投资者买基金喜欢看排行榜，哪只基金近一个月涨得多就买哪只。\n\n投资是一场马拉松，而不是百米冲刺。\n")
    assert [(a.headline, a.byline.reporters) for a in page.articles] == [
        (["理财师专栏", "别让“短期排名”绑架你的基金选择"], ["邱雨桐"])]


@pytest.mark.parametrize("credit, reporters, correspondents, photographers", [
    ("（村级通讯员 陈秀英）", [], ["陈秀英"], []), ("村级通讯员 叶小舟", [], ["叶小舟"], []),
    ("本报驻商丘记者站 韩 冰", ["韩冰"], [], []), ("读者 何 洁 摄", [], [], ["何洁"]),
    ("机加工车间 赵 明", ["赵明"], [], []), ("（机加工车间 赵 明）", [], ["赵明"], []),
    ("桂花苑小区 陈家和", ["陈家和"], [], []), ("外国语学院 英语2202班 顾 念", ["顾念"], [], []),
    ("白沙记者站 马 骁", ["马骁"], [], []), ("南岙记者站 王一帆 通讯员 邱 岳", ["王一帆"], ["邱岳"], []),
    ("省第三测绘院 覃志刚", ["覃志刚"], [], []),
])
def test_a_village_correspondent_a_bureau_a_reader_and_a_unit_are_no_names(credit, reporters, correspondents, photographers):
    # a unit's name and a worker's on a line of their own sign an essay they wrote; bracketed, they credit a contributor
    byline = parse_credit(credit)
    assert (byline.reporters, byline.correspondents, byline.photographers) == (reporters, correspondents, photographers)


@pytest.mark.parametrize("credit, reporters", [("记者 柳 文 通讯员 楼 晓", ["柳文"]), ("本报记者 何 文", ["何文"]),
                                               ("记者 王 正 文", ["王正"]), ("王正 文", ["王正"])])
def test_a_padded_name_ending_on_wen_keeps_it_but_a_deed_after_a_whole_name_is_no_name(credit, reporters):
    assert parse_credit(credit).reporters == reporters


@pytest.mark.parametrize("credit, reporters", [("记者 韦晓宁陈南", ["韦晓宁", "陈南"]), ("记者 李明王小红", ["李明", "王小红"])])
def test_five_glued_characters_are_cut_before_the_more_common_surname(credit, reporters):
    assert parse_credit(credit).reporters == reporters


@pytest.mark.parametrize("line, writer", [("中共岙江市委党校　王海燕", "王海燕"), ("海曙区教研室小学语文教研员　沈佳音", "沈佳音")])
def test_a_theory_pieces_writer_named_with_where_he_teaches_under_the_title_signs_it(line, writer):
    page = banmian.rebuild(f"学思践悟\n\n以“四下基层”优良作风\n\n推动基层治理提质增效\n\n{line}\n\n"
                           "“四下基层”是党的群众路线在基层工作中的具体体现。\n")
    (article,) = page.articles
    assert (article.headline[-1], article.byline.reporters) == ("推动基层治理提质增效", [writer])


def test_a_senior_writers_name_and_age_under_the_title_sign_the_essay():
    page = banmian.rebuild("老屋前的枇杷树\n\n钱学勤（81岁）\n\n老屋前有一棵枇杷树，是我父亲年轻时种下的。\n\n每年五月，枇杷熟了，满树金黄。\n")
    (essay,) = page.articles
    assert (essay.headline, essay.byline.reporters, essay.byline.text) == (["老屋前的枇杷树"], ["钱学勤"], ["钱学勤（81岁）"])


def test_a_readers_home_and_age_after_the_name_name_no_one():
    assert parse_credit("徐墨林（湖滨社区居民，82岁）").reporters == ["徐墨林"]
    assert parse_credit("钱学勤（81岁）").reporters == ["钱学勤"]


def test_a_bureau_abroad_credits_its_local_photographer_by_the_bureau():
    for credit in ("本报墨西哥分社 埃内斯托·多明戈斯摄", "本报非洲中心分社法兹拉尔·菲利普斯摄"):
        assert is_credit(credit), credit
    assert parse_credit("本报墨西哥分社 埃内斯托·多明戈斯摄").photographers == ["埃内斯托·多明戈斯"]


def test_a_photographer_surnamed_xiang_or_yu_is_credited_though_the_surname_reads_as_a_preposition():
    for credit in ("向文军摄（新华社发）", "于洋摄"):
        assert is_credit(credit), credit
    assert not is_credit("在美国牧师约翰·马吉拍摄")


def test_a_stand_alone_role_with_each_name_a_fragment_of_its_own_names_them_all():
    page = banmian.rebuild("\n\n".join(["走进乡村振兴一线", "一座老茶厂的“新生”", "本报记者", "陶　然", "孟书瑶",
                                        "白墙黛瓦、木格花窗……走进城郊的老茶厂，上世纪六十年代的厂房依然保留完好。"]))
    assert [(a.headline, len(a.paragraphs), a.byline.reporters) for a in page.articles] == [
        (["走进乡村振兴一线", "一座老茶厂的“新生”"], 1, ["陶然", "孟书瑶"])]


@pytest.mark.parametrize("head, rest", [("长江工", "商学院坚持以产业需求为导向，走出一条产学研一体的特色发展路径。"),
                                        ("应中", "国作家协会邀请，俄罗斯作家代表团于5月19日至25日来华访问交流。")])
def test_a_paragraphs_head_cut_short_after_a_byline_is_no_reporters_name(head, rest):
    page = banmian.rebuild("\n\n".join(["长江工商学院：坚持产教融合", "本报记者 焦　倩", head, rest]))
    assert [(a.byline.reporters, a.paragraphs) for a in page.articles] == [(["焦倩"], [head + rest])]


def test_a_name_opening_the_first_paragraph_under_a_byline_with_its_name_is_the_paragraphs():
    page = banmian.rebuild("\n\n".join(["走进乡村振兴一线", "一位农家女的“新账本”", "本报记者 焦　倩", "陈秀英",
                                        "说起自家的民宿，脸上满是笑容：“一年能挣二十多万元！”", "近年来，村里的变化越来越大。"]))
    assert [(a.byline.reporters, a.paragraphs[0][:5]) for a in page.articles] == [(["焦倩"], "陈秀英说起")]


@pytest.mark.parametrize("first, rest, names", [
    ("本报讯 记者 罗　敏 通讯员 唐", "小雅 “病人送来时体温超过41℃，", ["唐小雅"]),
    ("本报讯 记者 罗　敏 通讯员 唐小", "雅 “病人送来时体温超过41℃，", ["唐小雅"]),
    ("本报讯 记者 罗　敏 通讯员 唐小雅", "“病人送来时体温超过41℃，", ["唐小雅"]),
])
def test_a_run_in_credit_cut_inside_its_last_name_at_a_line_end_joins_the_name_again(first, rest, names):
    page = banmian.rebuild(f"高温持续　中暑就诊人数增加\n    {first}\n{rest}\n已经意识模糊了。”7月21日，市第\n一人民医院急诊科主任回忆。\n")
    (article,) = page.articles
    assert (article.byline.reporters, article.byline.correspondents) == (["罗敏"], names)


def test_a_provincial_dailys_all_media_reporter_is_credited_by_the_role():
    # 全媒记者, as 湖北日报 prints it, beside 全媒体记者 and 融媒记者: the qualifier is no name
    assert parse_credit("全媒记者 张晓峰 通讯员 李明") == Byline(reporters=["张晓峰"], correspondents=["李明"])
    page = banmian.rebuild("省委常委会召开会议\n\n本报讯（全媒记者 张晓峰 通讯员 李明）11月20日，省委常委会召开会议。\n\n"
                           "湖北日报全媒记者 王　芳 摄\n")
    (article,) = page.articles
    assert (article.byline.reporters, article.byline.photographers) == (["张晓峰"], ["王芳"])


@pytest.mark.parametrize("text, names", [
    ("我市启动城市书房建设\n　　本报讯 记者 王芳 李明\n张华 3月18日，我市首批10家城市书\n房建成开放，市民可免费借阅图书。\n", ["王芳", "李明", "张华"]),
    ("龙虾节开幕\n　　本报讯 记者 王芳\n李明 6月8日，我市首届龙虾节在长潭\n湖畔开幕，吸引游客上万人。\n", ["王芳", "李明"]),
    ("暑期托管班受欢迎\n　　本报讯 记者 王芳\n李倩 实习生 张华 今年暑期，我\n市开设暑期托管班200个。\n", ["王芳", "李倩", "张华"]),
    ("城市书房开放\n　　本报讯 记者 欧阳晓\n林 近日，我市首批10家城市书房建\n成开放，市民可免费借阅图书。\n", ["欧阳晓林"]),
])
def test_two_whole_names_met_at_a_line_end_stay_two(text, names):
    (article,) = banmian.rebuild(text).articles
    assert article.byline.people() == names


def test_a_pupil_reporter_and_the_teacher_on_one_line_sign_the_essay_apart():
    text = ("菜市场里的“数学课”\n\n今天我跟妈妈去菜市场买菜。\n\n小记者　王一诺（滨江实验小学三年级）指导老师　周　芳\n\n"
            "大山里的“绿色信使”\n\n春天到了，山里的茶树发芽了。\n")
    essay, story = banmian.rebuild(text).articles
    assert essay.byline.reporters == ["王一诺"] and essay.byline.correspondents == ["周芳"]
    assert story.headline == ["大山里的“绿色信使”"]



def test_a_lawyer_signing_with_the_firm_after_the_name_signs_the_column():
    text = ("律师说法\n\n欠了物业费，物业能不让供暖吗？\n\n读者问：我家欠了半年物业费，物业说今年不给供暖，这合法吗？\n\n"
            "律师答：供暖与物业服务是两种不同的合同关系，物业不能以此为由停止供暖。\n\n律师　斯琴高娃（内蒙古正泽律师事务所）\n\n"
            "交警提示\n\n秋收农忙　这些路段请慢行\n\n■G110线沿线农机出行较多，请减速慢行。\n")
    column, tips = banmian.rebuild(text).articles
    assert column.byline.reporters == ["斯琴高娃"] and tips.headline == ["交警提示", "秋收农忙 这些路段请慢行"]



@pytest.mark.parametrize("credit, photographer", [("能源动力厂　韩　冰　摄", "韩冰"), ("能源动力厂 韩 冰 摄", "韩冰"),
                                                  ("热电厂 李明 摄", "李明")])
def test_a_photographer_named_after_his_works_unit_is_the_one_photographer(credit, photographer):
    assert is_credit(credit) and parse_credit(credit).photographers == [photographer]


def test_a_photo_credited_by_unit_closes_the_photo_before_the_next_column():
    text = ("钢城夜色\n\n夜幕降临，集团厂区灯火璀璨，高炉与城市夜景交相辉映。\n\n能源动力厂　韩　冰　摄\n\n读书札记\n\n"
            "在书页间遇见“大国工匠”\n\n最近，我读完了一本讲述大国工匠故事的报告文学集。\n")
    photo, review = banmian.rebuild(text).articles
    assert photo.byline.photographers == ["韩冰"] and review.headline == ["读书札记", "在书页间遇见“大国工匠”"]
