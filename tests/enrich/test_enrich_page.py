import pytest

import banmian
from banmian.enrich import enrich_page, issue_date
from banmian.model import Article, Page

ARTICLE = Article(id="a1", headline=["城南镇项目开工"],
                  paragraphs=["本报讯 1月19日上午，市领导朱建军、马厉财等到城南镇调研，总投资约2.2亿元。"])


def test_articles_gain_dates_entities_and_quantities():
    page = enrich_page(Page(date="2024-01-20", articles=[ARTICLE]))
    article = page.articles[0]
    text = article.text()
    assert [(d.value, d.part_of_day) for d in article.dates] == [("2024-01-19", "morning")]
    assert {"朱建军", "马厉财", "城南镇"} <= {e.text for e in article.entities}
    assert [q.value for q in article.quantities] == [220000000]
    for item in article.entities + article.dates + article.quantities:
        assert text[item.start:item.end] == item.text
    assert page.date_inferred is False


def test_missing_issue_date_is_inferred_and_said_so():
    article = Article(id="a2", paragraphs=["2024年1月19日，项目开工。去年3月立项。"])
    page = enrich_page(Page(articles=[article]))
    assert issue_date(Page(articles=[article])) == ("2024-01-19", True)
    assert page.date_inferred is True
    assert page.date == "2024-01-19"
    assert page.articles[0].dates[-1].value == "2023-03"


def test_the_input_page_is_not_changed():
    page = Page(date="2024-01-20", articles=[ARTICLE])
    enriched = enrich_page(page)
    assert page.articles[0] is ARTICLE
    assert enriched.articles[0] is not ARTICLE
    assert getattr(ARTICLE, "dates", []) == []


@pytest.mark.skipif(not hasattr(banmian, "tag"), reason="banmian.tag is not exported from banmian/__init__.py yet")
def test_library_exposes_tag():
    from banmian.enrich import tag

    assert banmian.tag is tag


def test_the_people_of_the_byline_wrote_the_story_and_are_not_people_in_its_news():
    # As when the byline stands on a line of its own: reporters led the lists of people in the news.
    from banmian.enrich import page_entities
    from banmian.model import Byline

    article = Article(id="a3", byline=Byline(reporters=["杨帆"], interns=["钱小雨"], correspondents=["吴海潮"]),
                      paragraphs=["本报讯（记者杨帆 实习生钱小雨 特约通讯员吴海潮）3月10日起，市交通运输局启动专项行动。"
                                  "局长李华说，记者杨帆在现场看到。"])
    page = Page(date="2024-03-12", articles=[article])
    for names in (enrich_page(page).articles[0].entities, page_entities(page)[0]):
        assert [e.text for e in names if e.type == "PER"] == ["李华"]


def test_an_undated_page_can_keep_only_the_dates_it_writes_out():
    # (A date the story itself writes still gives its paragraph's bare days their year.)
    article = Article(id="a4", paragraphs=["2024年1月19日，项目开工，3月5日验收。", "去年3月立项，3月5日签约。"])
    page = enrich_page(Page(articles=[article]), infer_date=False)
    assert (page.date, page.date_inferred) == (None, False)
    assert [d.value for d in page.articles[0].dates] == ["2024-01-19", "2024-03-05"]


def test_a_traditional_page_names_what_its_simplified_twin_names_as_printed():
    # The tagger knows simplified characters: 台灣 and 大陸 were 台 and nothing.
    from banmian import rebuild
    from banmian.enrich import enrich_page

    traditional = ("兩岸青年共話創業\n\n香港文匯報訊（記者 蘇榕蓉）論壇上，多位台灣青年創業者分享了在大陸創業的經歷。"
                   "來自台北的陳先生表示，福建對台灣青年的扶持政策力度很大。\n")
    simplified = ("两岸青年共话创业\n\n香港文汇报讯（记者 苏榕蓉）论坛上，多位台湾青年创业者分享了在大陆创业的经历。"
                  "来自台北的陈先生表示，福建对台湾青年的扶持政策力度很大。\n")
    (printed,) = enrich_page(rebuild(traditional)).articles
    (twin,) = enrich_page(rebuild(simplified)).articles
    people_and_places = [(e.type, e.start, e.end) for e in printed.entities if e.start > 14]
    assert people_and_places == [(e.type, e.start, e.end) for e in twin.entities if e.start > 14]
    assert [e.text for e in printed.entities if e.start > 14] == ["台灣", "大陸", "台北", "福建", "台灣"]
    assert all(printed.text()[e.start:e.end] == e.text for e in printed.entities)


def test_a_name_printed_in_traditional_characters_is_the_entity_of_its_simplified_twin():
    # 蘇榕蓉 and 苏榕蓉 are one person: the canonical form folds the script (as search does).
    from banmian import rebuild
    from banmian.enrich import enrich_page

    traditional = "兩岸青年共話創業\n\n香港文匯報訊（記者 王小明）多位台灣青年在大陸創業。蘇榕蓉說。\n"
    (printed,) = enrich_page(rebuild(traditional)).articles
    assert {(e.text, e.canonical) for e in printed.entities} >= {("蘇榕蓉", "苏榕蓉"), ("台灣", "台湾省"), ("大陸", "大陆")}
    assert not any(character in "蘇灣陸匯報" for e in printed.entities for character in e.canonical)
