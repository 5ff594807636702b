"""Jumps: continuations matched by content, stitched in order, open until the partner arrives."""

from banmian.model import Article, Byline, EntityMention, Quantity
from banmian.store import get_article, ingest_text
from banmian.store.stitch import StoredArticle, pair_up, stitch

from .fixtures import PAGE1, PAGE2


def test_continuations_are_paired_by_what_they_say_not_where_they_sit():
    heads = [
        Article(id="h1", headline=["优化营商环境 人大在行动"],
                paragraphs=["市人大常委会召开优化营商环境专题询问会，委员围绕审批提出询问。"]),
        Article(id="h2", headline=["数控机床产业集群建设提速"],
                paragraphs=["数控机床技术创新中心落地温岭，引进研发团队，机床产业"]),
    ]
    tails = [
        Article(id="t1", paragraphs=["链条不断拉长，数控机床技术创新中心与机床装备产业深度融合。"]),
        Article(id="t2", paragraphs=["会后，市人大常委会将跟踪审批整改，营商环境问题逐项销号。"]),
    ]
    assert sorted(pair for *pair, _ in pair_up(heads, tails)) == [["h1", "t2"], ["h2", "t1"]]


def test_a_headline_on_the_continuation_counts():
    heads = [Article(id="h1", headline=["石塘渔港迎来开渔节"], paragraphs=["开渔"]),
             Article(id="h2", headline=["城南新建污水管网"], paragraphs=["管网"])]
    tails = [Article(id="t1", headline=["污水管网"], paragraphs=["工程"])]
    assert [pair[:2] for pair in pair_up(heads, tails)] == [("h2", "t1")]


def test_a_paragraph_cut_by_the_jump_is_joined_again():
    head = Article(id="h", headline=["标题"], paragraphs=["第一段。", "机床产业"],
                   byline=Byline(reporters=["张璐玮"]), continued_on=2)
    tail = Article(id="t", paragraphs=["链条不断拉长。", "最后一段。"],
                   byline=Byline(reporters=["张璐玮", "林媛"]), continued_from=1)
    story = stitch([StoredArticle(head, "报", "2024-01-23", 1), StoredArticle(tail, "报", "2024-01-23", 2)])
    assert story.paragraphs == ["第一段。", "机床产业链条不断拉长。", "最后一段。"]
    assert story.byline.reporters == ["张璐玮", "林媛"]
    assert (story.id, story.pages, [p.id for p in story.parts]) == ("h", [1, 2], ["h", "t"])


def test_what_the_parts_mention_is_placed_in_the_story_text_too():
    head = Article(id="h", headline=["标题"], paragraphs=["第一段。", "机床产业"], continued_on=2)
    tail = Article(id="t", headline=["续标题"], paragraphs=["链条在温岭拉长。", "张璐玮说。"], continued_from=1)
    # Offsets into each part's own text (headline lines, then paragraphs), as enrichment gives them.
    head.entities = [EntityMention("标题", "ORG", 0, 2, "标题")]
    tail.entities = [EntityMention("续标题", "ORG", 0, 3, "续标题"), EntityMention("温岭", "LOC", 7, 9, "温岭"),
                     EntityMention("张璐玮", "PER", 13, 16, "张璐玮")]
    tail.quantities = [Quantity("链条", 4, 6, 1, "个")]
    story = stitch([StoredArticle(head, "报", "2024-01-23", 1), StoredArticle(tail, "报", "2024-01-23", 2)])
    text = "\n".join(story.headline + story.paragraphs)
    placed = [(e["text"], e["story_start"] is not None and text[e["story_start"]:e["story_end"]])
              for e in story.entities + story.quantities]
    # The continuation's headline is not in the story's text: it has no place there.
    assert placed == [("标题", "标题"), ("续标题", False), ("温岭", "温岭"), ("张璐玮", "张璐玮"), ("链条", "链条")]


def test_a_jump_stays_open_until_its_partner_arrives(archive):
    ingest_text(archive, PAGE2)
    tail = archive.search("逐项销号")[0]
    assert archive.counts()["open_jumps"] == 2
    assert archive.story(tail.id).open_jump

    ingest_text(archive, PAGE1)
    assert archive.counts()["open_jumps"] == 0
    story = get_article(archive, tail.id)
    assert story.headline == ["优化营商环境 人大在行动"]
    assert story.pages == [1, 2] and not story.open_jump
    assert story.paragraphs[-1].startswith("会后，市人大常委会")
    assert [part.page for part in story.parts] == [1, 2]


def test_the_whole_story_reads_in_order_whichever_part_is_asked_for(archive):
    ingest_text(archive, PAGE1)
    ingest_text(archive, PAGE2)
    head = archive.search("数控机床产业集群建设提速")[0]
    tail = archive.search("江金永")[0]
    assert tail.story == head.id
    story = archive.story(tail.id)
    assert story.id == head.id
    assert archive.story(tail.id[:6].upper()).id == archive.story(tail.id.upper()).id == head.id
    # The front page stops mid-sentence ("机床产业"); page 2 carries on.
    assert any("机床产业链条不断拉长" in paragraph for paragraph in story.paragraphs)


def test_replacing_a_page_keeps_its_jumps_linked(archive):
    ingest_text(archive, PAGE1)
    ingest_text(archive, PAGE2)
    ingest_text(archive, PAGE1)
    assert archive.counts()["jumps"] == 2 and archive.counts()["open_jumps"] == 0
    # A page that loses its jump line leaves its old partner open.
    ingest_text(archive, PAGE1.replace("机床产业\n（下转第二版）", "机床产业链条完整。"))
    assert archive.counts()["jumps"] == 1 and archive.counts()["open_jumps"] == 1


def test_parts_that_share_only_a_common_word_stay_apart():
    heads = [Article(id="h", headline=["市区道路改造工程全面完工"],
                     paragraphs=["本报讯（记者王小明）5月20日，市区道路改造工程全面完工，共改造道路12条，新增停车位300个。",
                                 "据介绍，工程于去年3月开工，总投资约1.2亿元，施工期间尽量减少对市民出行的影响。"])]
    tails = [Article(id="t", paragraphs=["学校还将开设人工智能、编程等课程，组织学生参加科技竞赛。校长李华表示，今年秋季学期起，"
                                         "全市中小学将全面推行课后服务。", "家长们对此普遍表示欢迎。"])]
    assert pair_up(heads, tails) == []


def test_a_story_as_a_dict_is_what_asdict_gives_made_directly():
    # Made field by field (asdict took four fifths of an export's time, R21a-I), it must stay the same.
    from dataclasses import asdict

    from banmian.model import BBox, DateMention, Region

    head = Article(id="h", headline=["标题"], paragraphs=["第一段。"], continued_on=2,
                   byline=Byline(reporters=["张璐玮"], text=["记者 张璐玮"]),
                   regions=[Region("headline", BBox(1.0, 2.0, 3.0, 4.0))])
    tail = Article(id="t", headline=[], paragraphs=["温岭2024年1月拉长。"], continued_from=1, ocr_confidence=0.9)
    tail.entities = [EntityMention("温岭", "LOC", 0, 2, "温岭市", "市", None, None)]
    tail.dates = [DateMention("2024年1月", 2, 9, "2024-01", "month")]
    tail.quantities = [Quantity("1月", 7, 9, 1, "月")]
    story = stitch([StoredArticle(head, "报", "2024-01-23", 1, section="A"),
                    StoredArticle(tail, "报", "2024-01-23", 2)], open_jump=True)
    assert story.entities and story.dates and story.quantities and story.regions
    assert story.to_dict() == asdict(story)
    assert list(story.to_dict()) == list(asdict(story))  # the same keys in the same order: the same JSON
