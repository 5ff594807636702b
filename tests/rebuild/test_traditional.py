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


def test_full_width_figures_are_read_as_ascii_keeping_their_printed_width_and_printed_as_they_were():
    lines = [Line(number=0, text="大米　１．８０元/公斤"), Line(number=1, text="１．笋干提前泡发")]
    (price, item) = folded(lines, fold_table(lines))
    assert (price.text, price.width_lost) == ("大米　1.80元/公斤", 2.0)  # three digits and a point, half an em each...
    assert item.text == "1.笋干提前泡发"
    # ...but a point beside ASCII digits is the page's own (1．笋干: a list's number), and so is a sign
    assert fold_table([Line(number=0, text="1．笋干提前泡发，增长5％")]) == {}
    page = rebuild("市场信息\n\n五月中旬县城农贸市场部分商品零售价格：\n\n" + "\n\n".join(
        f"{name}　{price}元/公斤" for name, price in [("大米", "１．８０"), ("玉米", "０．７６"), ("猪肉", "９．２０"),
                                                     ("牛肉", "１０．００"), ("鸡蛋", "５．６０")]) + "\n\n（县物价局价格信息站）\n")
    (prices,) = page.articles
    assert prices.headline[0] == "市场信息" and "大米 １．８０元/公斤" in prices.paragraphs
