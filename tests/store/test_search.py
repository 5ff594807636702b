"""Search over stored pages: substrings, filters, paging, snippets."""

import pytest

from banmian.store import NotFoundError, QueryError, ingest_text, search, searchable_text

from .fixtures import PAGE1, PAGE2, PAGE_PLAIN


@pytest.fixture
def filled(archive):
    ingest_text(archive, PAGE1)
    ingest_text(archive, PAGE2)
    ingest_text(archive, PAGE_PLAIN, paper="温州日报", date="2024-02-01", page=3)
    return archive


def story_text(archive, article_id: str) -> str:
    """What search looks at for a story: its head's headline and byline lines, the whole story's body."""
    head = archive.article(article_id).article
    return "\n".join(head.headline + archive.story(article_id).paragraphs + head.byline.text)


def test_a_two_character_query_finds_every_story_containing_it_at_its_head(filled):
    hits = filled.search("温岭", limit=None)
    heads = [i for i in filled.matching_ids(None) if filled.head_id(i) == i]
    assert {h.id for h in hits} == {i for i in heads if "温岭" in story_text(filled, i)}
    assert len(hits) == 2 and all(h.story == h.id for h in hits)


def test_a_story_that_jumps_is_found_by_words_from_both_parts_and_a_phrase_the_jump_cut(filled):
    # PAGE1's 数控机床 story ends "…机床产业" and goes on on page 2 "链条不断拉长…": searched part
    # by part, terms from both sides and the phrase across the cut found nothing.
    [hit] = filled.search("数控机床 江金永")
    assert hit.headline == ["数控机床产业集群建设提速"] and "机床产业链条不断拉长" in hit.snippet
    assert [h.id for h in filled.search('"机床产业链条"')] == [hit.id]
    assert filled.search("链条不断拉长 NOT 数控") == []  # the continuation is searched as its story


def test_a_name_glued_to_the_next_word_is_found(filled):
    [hit] = filled.search("江金永")
    assert "[江金永]作总结讲话" in hit.snippet


def test_hits_carry_where_they_were_printed(filled):
    [hit] = search(filled, "渔船")
    assert (hit.headline, hit.paper, hit.date, hit.page, hit.kind) == (
        ["石塘镇开展渔船安全检查"], "温岭日报", "2024-01-23", 2, "article")
    assert hit.story == hit.id and hit.snippet.count("[渔船]") == 1
    assert set(hit.to_dict()) >= {"id", "headline", "paper", "date", "page", "snippet"}


def test_headline_hits_rank_first(filled):
    hits = filled.search("温岭")
    assert hits[0].headline == ["温岭新年第一场雪"]
    assert hits[0].score > hits[1].score > 0


def test_filters(filled):
    assert [h.paper for h in search(filled, "本报讯", paper="温州日报")] == ["温州日报"]
    assert len(search(filled, "本报讯", date_from="2024-01-24")) == 1
    assert len(search(filled, "本报讯", date_to="2024-01-23")) == 4
    assert [h.headline for h in search(filled, "本报讯", reporter="林媛")] == [["石塘镇开展渔船安全检查"]]
    assert [h.headline for h in search(filled, "本报讯", reporter="林 媛")] == [["石塘镇开展渔船安全检查"]]
    assert search(filled, "本报讯", kind="photo") == []
    # No query at all: everything that passes the filters, newest first.
    assert [h.date for h in search(filled, None, limit=2)] == ["2024-02-01", "2024-01-23"]


def test_paging_walks_through_all_hits_once(filled):
    everything = [h.id for h in filled.search("市", limit=None)]
    paged = [hit.id for offset in range(0, len(everything), 2)
             for hit in filled.search("市", limit=2, offset=offset)]
    assert paged == everything and len(everything) >= 3


def test_boolean_queries(filled):
    assert {h.headline[0] for h in filled.search("温岭 NOT 雪") if h.headline} == {"数控机床产业集群建设提速"}
    assert len(filled.search('"营商环境" OR 渔船')) == 2  # 营商环境 in both parts of one story


@pytest.mark.parametrize("query, kwargs", [("NOT 温岭", {}), ("温岭", {"date_from": "2024-1-1"}),
                                           ("温岭", {"limit": -1}), ("温岭", {"limit": 2**63}),
                                           ("温岭", {"offset": 10**20})])
def test_bad_searches_raise_query_error(filled, query, kwargs):
    with pytest.raises(QueryError):
        search(filled, query, **kwargs)


def test_limits_the_database_can_hold_and_pages_it_cannot_print(filled):
    assert len(search(filled, "温岭", limit=2**63 - 1, offset=2**63 - 1)) == 0
    with pytest.raises(QueryError, match="under 2"):
        filled.entities(limit=10**20)
    for number in (0, -5, 2**31, 10**20):
        with pytest.raises(NotFoundError):
            filled.page_at("温岭日报", "2024-01-23", number)


@pytest.mark.parametrize("order", [(PAGE1, PAGE2), (PAGE2, PAGE1)])
def test_search_follows_stories_as_their_parts_are_stored_replaced_and_taken_away(archive, order):
    def agrees_with_every_story():
        heads = [i for i in archive.matching_ids(None) if archive.head_id(i) == i]
        for term in ("温岭", "江金永", "链条不断拉长", "机床产业链条", "销号", "营商环境", "石塘镇"):
            found = sorted(h.id for h in archive.search(term, limit=None))
            assert found == sorted(i for i in heads if term in story_text(archive, i)), term

    for page in order:
        ingest_text(archive, page, enrich=False)
    agrees_with_every_story()
    assert archive.search("数控机床 江金永")
    # Page 2 printed again without its continuations: the front-page stories lose them.
    ingest_text(archive, PAGE2.split("（上接第一版）")[0] + "石塘镇开展渔船安全检查\n\n本报讯（记者林媛）检查。\n",
                enrich=False)
    agrees_with_every_story()
    assert archive.search("数控机床 江金永") == [] and archive.search("江金永") == []
    ingest_text(archive, PAGE2, enrich=False)  # and once more with them
    agrees_with_every_story()
    assert archive.search("数控机床 江金永")


SPACED = """在优化营商环境中 发挥 人大力量

本报讯（记者 孟 川）台北市议员李彦秀、王鸿 薇等陪同，不排除第四座核 电厂启封，300 多万户受益。
"""


def test_a_word_split_by_a_layout_space_is_found_as_typed(archive):
    # A space between two Chinese characters is layout (a printed line break, a headline's
    # spacing, a padded name): 王鸿薇 and 发挥人大力量 were found only by guessing where it fell.
    ingest_text(archive, SPACED, paper="温岭日报", date="2024-01-23", page=1)
    for typed in ("王鸿薇", "核电厂", "发挥人大力量", '"王鸿 薇"', "孟川", "300多万户"):
        assert len(archive.search(typed)) == 1, typed
    assert "[王鸿 薇]" in archive.search("王鸿薇")[0].snippet
    # Traditional and simplified characters find each other, the snippet as printed.
    ingest_text(archive, "香港文匯報訊（記者 蘇榕蓉）兩岸青年創業論壇昨日舉行。\n", paper="文汇报", date="2024-01-23", page=2)
    assert "[兩岸青年]" in archive.search("两岸青年")[0].snippet
    assert len(archive.search("文汇报讯")) == 1 and len(archive.search("發揮人大")) == 1


def test_an_older_archive_is_indexed_again_so_layout_spaces_are_skipped(db_url, monkeypatch):
    from banmian.store import open_archive, postgres, search_query
    from banmian.store.search_query import fold

    with open_archive(db_url) as archive:  # indexed as before: search text kept its layout spaces
        with monkeypatch.context() as before:
            before.setattr(search_query, "searchable", fold)
            before.setattr(postgres, "searchable", fold)
            ingest_text(archive, SPACED, paper="温岭日报", date="2024-01-23", page=3)
            ingest_text(archive, PAGE1)
            ingest_text(archive, PAGE2)
        archive._write(lambda cur: cur.execute("UPDATE meta SET value = '4' WHERE key = 'schema'"), "schema")
    with open_archive(db_url, create=False) as archive:
        assert len(archive.search("王鸿薇")) == 1 and len(archive.search("专题询问会")) == 1
        ingest_text(archive, PAGE2)  # its stories indexed again over the rows made on upgrading
        ingest_text(archive, SPACED.replace("陪同", "一同"), paper="温岭日报", date="2024-01-23", page=3)
        assert len(archive.search("王鸿薇")) == 1 and not archive.search("陪同")
        assert len(archive.search("专题询问会")) == 1


def test_a_listing_without_words_gives_each_story_once_at_its_head(filled):
    # With an empty query each jump's continuation was a hit of its own: stories counted twice.
    hits = filled.search(None, limit=None)
    assert hits and all(hit.id == hit.story for hit in hits)
    assert len(hits) == len(list(filled.stories()))


def test_a_person_or_date_named_after_the_jump_filters_the_story(archive):
    # 江金永 and 1月22日 are named only in 数控机床…'s continuation on page 2: with words and
    # the filter, the story was missed, the filter asking its head part alone.
    from banmian.store import Filters

    ingest_text(archive, PAGE1)
    ingest_text(archive, PAGE2.replace("市政协主席江金永作总结讲话", "市政协主席江金永1月22日作总结讲话"))
    for filters in (Filters(entity="江金永"), Filters(mentions_date="2024-01-22")):
        found = [hit.headline for hit in archive.search("数控", filters)]
        assert found == [["数控机床产业集群建设提速"]], filters


def test_a_person_named_two_jumps_on_filters_the_story(archive):
    from banmian.store import Filters

    first = ("温岭日报 2024年1月23日 星期二 第1版\n\n数控机床产业集群建设提速\n\n"
             "本报讯（记者张璐玮）浙江省高档数控机床技术创新中心落地温岭一年来，机床产业\n（下转第二版）\n")
    second = ("温岭日报 2024年1月23日 星期二 第2版\n\n（上接第一版）\n"
              "链条不断拉长，数控机床技术创新中心与温岭机床装备产业深度融合，\n（下转第三版）\n")
    third = ("温岭日报 2024年1月23日 星期二 第3版\n\n（上接第二版）\n"
             "机床装备产业深度融合的成效显现。市政协主席江金永出席会议并讲话。\n")
    for text in (first, second, third):
        ingest_text(archive, text)
    assert len(archive.story(archive.search("数控")[0].id).parts) == 3
    assert [hit.headline for hit in archive.search("数控", Filters(entity="江金永"))] == [["数控机床产业集群建设提速"]]


def _dated(archive) -> None:
    """Three articles on 管网, of three issues stored out of date order; the oldest names it most."""
    for date, body in (("2024-02-01", "城南镇新建管网。"), ("2024-01-01", "管网管网管网，管网改造。"),
                       ("2024-03-01", "新建管网两公里。")):
        ingest_text(archive, f"管网建设\n\n{body}\n", paper="东湖日报", date=date, page=1, enrich=False)


@pytest.mark.parametrize("order, dates", [("newest", ["2024-03-01", "2024-02-01", "2024-01-01"]),
                                          ("oldest", ["2024-01-01", "2024-02-01", "2024-03-01"])])
def test_hits_are_listed_by_issue_date_when_asked(archive, order, dates):
    _dated(archive)
    assert [hit.date for hit in archive.search("管网", order=order)] == dates
    assert [hit.date for hit in archive.search("管网", order=order, limit=1, offset=1)] == dates[1:2]
    assert [hit.date for hit in archive.search(None, order=order)] == dates
    assert archive.search("管网")[0].date == "2024-01-01"  # best first: it names 管网 most


def test_an_order_search_does_not_know_is_a_query_error(archive):
    with pytest.raises(QueryError, match="relevance, newest or oldest"):
        archive.search("管网", order="date")


def test_a_term_in_most_articles_still_scores_its_hits_apart(archive):
    # FTS5 gives a term found in more than half the articles an IDF of 1e-6: its scores, shown to four
    # decimals, were all 0.0 (R21a-B); they are shown to five significant digits.
    _dated(archive)
    hits = archive.search("管网")
    assert len(hits) == 3 and all(hit.score > 0 for hit in hits)
    assert hits[0].score > hits[1].score


TRADITIONAL = """東湖日報 2024年3月12日 星期二 第2版

城南鎮舉辦春季招聘會

本報訊（記者張璐瑋）3月11日，城南鎮春季招聘會在鎮文化中心舉行，共有86家企業參加。
"""


def _by_reporter(archive, name: str) -> set[str]:
    return {hit.headline[0] for hit in search(archive, None, reporter=name, limit=None)}


def test_a_reporter_is_found_typed_in_either_script(filled):
    # As the text search reads 張璐瑋 and 张璐玮 alike, so does --reporter: a byline printed in
    # traditional characters was found only by a query typed in them, and the reverse.
    ingest_text(filled, TRADITIONAL)
    found = _by_reporter(filled, "张璐玮")
    assert "城南鎮舉辦春季招聘會" in found and len(found) > 1
    assert _by_reporter(filled, "張璐瑋") == found == _by_reporter(filled, "張 璐玮")


def test_an_older_archive_finds_its_reporters_in_either_script(archive):
    ingest_text(archive, TRADITIONAL)
    ingest_text(archive, PAGE1)

    def downgrade(cur):
        cur.execute("UPDATE articles SET people_folded = NULL")
        cur.execute("UPDATE meta SET value = '7' WHERE key = 'schema'")
    archive._write(downgrade, "schema")
    from banmian.store import open_archive

    with open_archive(archive.url, create=False) as upgraded:
        found = _by_reporter(upgraded, "张璐玮")
        assert "城南鎮舉辦春季招聘會" in found and len(found) > 1 and _by_reporter(upgraded, "張璐瑋") == found


def test_a_search_tells_how_many_stories_match_in_all(filled):
    # A page of hits (20) said nothing of how many there were.
    from banmian.store import Filters, count

    assert filled.count("本报讯") == len(filled.search("本报讯", limit=None)) > 2
    assert len(filled.search("本报讯", limit=2)) == 2
    assert filled.count(None) == len(filled.search(None, limit=None))  # continuations not counted apart
    assert filled.count("本报讯", Filters(paper="温州日报")) == 1 == count(filled, "本报讯", paper="温州日报")
    assert filled.count("本报讯 NOT 温岭", Filters(reporter="林媛")) == len(
        filled.search("本报讯 NOT 温岭", Filters(reporter="林媛")))
    assert filled.count("没有这个词") == 0
