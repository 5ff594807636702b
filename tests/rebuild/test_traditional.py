from banmian import rebuild
from banmian.model import Line
from banmian.rebuild.traditional import fold_table, folded

TRADITIONAL_PAGE = """香港文匯報 2024年3月12日 星期二 A12 中國新聞

兩岸青年共話創業

香港文匯報訊（記者 蘇榕蓉 福州報道）兩岸青年創業就業論壇昨日在福州舉行，逾千名兩岸青年參加。

據介紹，福建省已建成兩岸青年創業基地86個。

（下轉A13版）

颱風過後 農業損失逾億元

香港文匯報訊（記者 李 明）受颱風影響，福建多地農業受災嚴重，初步估計損失超過1.2億元。

責任編輯：曹思遠 版面設計：袁耀誠
"""


def test_a_traditional_page_is_rebuilt_as_its_simplified_twin_and_printed_as_it_was():
    # 記者, 報訊, 下轉 and 責任編輯 matched none of the rules: the page came out as one article.
    page = rebuild(TRADITIONAL_PAGE)
    assert (page.paper, page.page, page.section) == ("香港文匯報", 12, "A")
    assert page.furniture[-1] == "責任編輯：曹思遠 版面設計：袁耀誠"
    assert [(a.headline, a.byline.reporters, a.dateline, a.continued_on) for a in page.articles] == [
        (["兩岸青年共話創業"], ["蘇榕蓉"], "香港文匯報訊", 13),
        (["颱風過後 農業損失逾億元"], ["李明"], "香港文匯報訊", None),
    ]
    assert page.articles[0].jump_lines == ["（下轉A13版）"]
    assert page.articles[1].paragraphs[0].startswith("香港文匯報訊（記者 李 明）受颱風影響")


def test_a_character_is_folded_only_where_its_simplified_form_is_not_on_the_page():
    lines = [Line(number=0, text="記者報道"), Line(number=1, text="记录")]
    table = fold_table(lines)
    assert [line.text for line in folded(lines, table)] == ["記者报道", "记录"]  # 記 stays: 记 is printed
    assert fold_table([Line(number=0, text="本报讯（记者张三）")]) == {}


def test_a_character_with_two_traditional_forms_is_folded_where_the_page_prints_one_of_them():
    assert [line.text for line in folded([Line(number=0, text="颱風過後 發佈預警")], fold_table(
        [Line(number=0, text="颱風過後 發佈預警")]))] == ["台风过后 发布预警"]
    table = fold_table([Line(number=0, text="頭髮 發展 之後")])
    assert (ord("發") in table, ord("髮") in table, table.get(ord("後"))) == (False, False, ord("后"))
