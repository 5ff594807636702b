"""What articles mention, in the archive: stored, replaced, looked up, counted per month, filtered by.

The pages here carry hand-made enrichment, so that the archive is tested
apart from the tagger; the last tests check that ingest stores what
`enrich_page` finds.
"""

from __future__ import annotations

import os
from dataclasses import replace

import pytest

from banmian.enrich import enrich_page
from banmian.read import read_path, read_text
from banmian.rebuild import rebuild_source
from banmian.store import Filters, QueryError, ingest_paths, ingest_text, open_archive, term_articles
from banmian.store.archive import ADDED_COLUMNS, ARTICLE_COLUMNS, SCHEMA_VERSION, _columns
from banmian.store.ingest import rebuild_page
from banmian.store.search_query import matches, parse

from .fixtures import JANUARY, MARCH, PAGE1, PAGE2, PAPER, article, page, store_page

@pytest.fixture
def mentioned(archive):
    for built in (JANUARY, MARCH):
        store_page(archive, built)
    return archive


def test_reingesting_a_page_replaces_its_mentions(mentioned):
    before = mentioned.entities()
    store_page(mentioned, JANUARY)
    assert mentioned.entities() == before
    assert mentioned._query("SELECT count(*) AS n FROM mentions")[0]["n"] == 6
    assert mentioned._query("SELECT count(*) AS n FROM regions")[0]["n"] == 2
    # The page edited: a name it no longer mentions is gone from the lookup.
    edited = replace(JANUARY, articles=[JANUARY.articles[0], replace(JANUARY.articles[1], entities=[])])
    store_page(mentioned, edited)
    assert [e["name"] for e in mentioned.entities()] == ["市人大常委会", "江金永"]


def test_entities_are_found_by_part_of_their_name_most_articles_first(mentioned):
    assert [(e["name"], e["type"], e["articles"]) for e in mentioned.entities()][:2] == [
        ("市人大常委会", "ORG", 2), ("江金永", "PER", 2)]
    [person] = mentioned.entities("金永")
    assert person == {"name": "江金永", "type": "PER", "articles": 2, "mentions": 2,
                      "first": "2024-01-23", "last": "2024-03-05"}
    assert [e["name"] for e in mentioned.entities(entity_type="LOC")] == ["石塘镇"]
    assert mentioned.entities("无此人") == []
    assert mentioned.entities(entity_type="PERSON") == mentioned.entities(entity_type="PER")  # its name
    with pytest.raises(QueryError, match="unknown entity type 'MAN'"):
        mentioned.entities(entity_type="MAN")


def test_an_entity_profile_counts_months_companions_and_titles(mentioned):
    profile = mentioned.entity("江金永", "PER")
    assert (profile["articles"], profile["mentions"]) == (2, 2)
    # The month without a mention is there, at zero, so that a chart shows the gap.
    assert [(m["month"], m["mentions"]) for m in profile["months"]] == [
        ("2024-01", 1), ("2024-02", 0), ("2024-03", 1)]
    assert profile["related"] == [{"name": "市人大常委会", "type": "ORG", "articles": 2}]
    assert [(t["kind"], t["value"], t["first"], t["last"]) for t in profile["titles"]] == [
        ("title", "市人大常委会主任", "2024-01-23", "2024-01-23"),
        ("title", "市政协主席", "2024-03-05", "2024-03-05")]
    assert mentioned.entity("潘智慧")["titles"][0]["kind"] == "role"
    with pytest.raises(Exception, match="no entity '无此人'"):
        mentioned.entity("无此人")


def test_an_issue_lists_its_people_organisations_and_places(mentioned):
    day = mentioned.issue_entities(PAPER, "2024-01-23")
    assert day == {"PER": [{"name": "江金永", "articles": 1}, {"name": "潘智慧", "articles": 1}],
                   "ORG": [{"name": "市人大常委会", "articles": 1}],
                   "LOC": [{"name": "石塘镇", "articles": 1}]}


def test_search_filters_by_entity_and_by_date_mentioned(mentioned):
    def ids(**filters) -> list[str]:
        return sorted(hit.id for hit in mentioned.search(None, Filters(**filters), limit=None))

    assert ids(entity="江金永") == ["jan-a", "mar-a"]
    assert ids(entity="江金永", entity_type="ORG") == []
    assert ids(entity="市人大常委会", date_from="2024-03-01") == ["mar-a"]
    # Dates within the period asked for: 今年以来 (2024-01-01/2024-01-23) had been a mention of
    # every day of January, and 今年 of every day of the year.
    assert ids(mentions_date="2024-01-22") == ["jan-a"]
    assert ids(mentions_date="2024-01-05") == []
    assert ids(mentions_date="2024-01") == ["jan-a", "jan-b"]
    assert ids(mentions_date="2023") == ["mar-a"]
    assert ids(mentions_date="2023-04") == []
    # A span asked for as the reader's date chip gives it: the article that mentions it is found.
    assert ids(mentions_date="2024-01-01/2024-01-23") == ["jan-a", "jan-b"]
    [hit] = mentioned.search("政协", Filters(entity="江金永"))
    assert hit.id == "mar-a" and "[江金永]" in hit.snippet
    for bad in ("2024-13", "24-01", "2024-02-30", "2024-02/2024-01", "2024/", "2024/2025/2026"):
        with pytest.raises(QueryError, match="bad date"):
            Filters(mentions_date=bad)


def test_term_trends_count_matching_articles_per_month_against_all_articles(mentioned):
    trend = mentioned.term_trends(["江金永", "石塘 OR 政协"])
    assert trend["months"] == ["2024-01", "2024-02", "2024-03"]
    assert trend["totals"] == [2, 0, 1]
    jiang, either = trend["series"]
    assert jiang == {"term": "江金永", "articles": [1, 0, 1], "share": [0.5, None, 1.0], "undated": 0}
    assert either["articles"] == [1, 0, 1]
    # The same counts as a brute-force scan of every article.
    dated = [(built.date, a) for built in (JANUARY, MARCH) for a in built.articles]
    for series in trend["series"]:
        tree = parse(series["term"]).tree
        for month, count in zip(trend["months"], series["articles"], strict=True):
            assert count == sum(matches(tree, a.text()) for date, a in dated if date.startswith(month))
    assert mentioned.term_trends(["江金永"], Filters(paper="别的报"))["months"] == []
    with pytest.raises(QueryError):
        mentioned.term_trends([])


def test_a_trend_point_lists_its_articles(mentioned):
    assert [hit.id for hit in term_articles(mentioned, "江金永", "2024-03")] == ["mar-a"]
    with pytest.raises(QueryError, match="bad month"):
        term_articles(mentioned, "江金永", "2024-3")


def test_a_story_carries_its_mentions_and_regions(mentioned):
    story = mentioned.story("jan-a").to_dict()
    [person] = [e for e in story["entities"] if e["type"] == "PER"]
    assert person == {"text": "江金永", "type": "PER", "start": 19, "end": 22, "canonical": "江金永",
                      "title": "市人大常委会主任", "role": None, "group": None, "part": "jan-a",
                      "story_start": 19, "story_end": 22}
    assert "\n".join(story["headline"] + story["paragraphs"])[19:22] == "江金永"
    assert story["dates"][0]["value"] == "2024-01-22"
    assert story["quantities"][0]["value"] == 220_000_000
    assert story["regions"] == [
        {"part": "jan-a", "page": 1, "kind": "headline", "bbox": {"x0": 10, "y0": 20, "x1": 300, "y1": 60}},
        {"part": "jan-a", "page": 1, "kind": "body", "bbox": {"x0": 10, "y0": 70, "x1": 150, "y1": 500}}]


def test_ingest_stores_what_enrichment_finds(archive):
    stored = ingest_text(archive, PAGE1)
    assert stored.articles == 3
    expected = enrich_page(rebuild_source(read_text(PAGE1, "<text>")))
    for enriched in expected.articles:
        story = archive.story(enriched.id).to_dict()
        own = [{k: v for k, v in e.items() if k not in ("part", "story_start", "story_end")}
               for e in story["entities"] if e["part"] == enriched.id]
        assert own == [vars(e) for e in enriched.entities]
        assert [d["value"] for d in story["dates"]] == [d.value for d in enriched.dates]
        assert len(story["quantities"]) == len(enriched.quantities)
    assert archive.entities(), "the fixture page names people and places"


def test_ingest_without_enrichment_stores_no_mentions(archive):
    ingest_text(archive, PAGE1, enrich=False)
    assert archive.entities() == []
    assert archive.search("温岭")


def test_a_schema_1_archive_gains_the_mention_tables(db_url):
    with open_archive(db_url) as archive:
        ingest_text(archive, PAGE1, enrich=False)
        def downgrade(cur):
            for table in ("mentions", "date_mentions", "quantities", "regions"):
                cur.execute(f"DROP TABLE {table}")
            for table, column, _ in ADDED_COLUMNS:
                cur.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
            cur.execute("UPDATE meta SET value = '1' WHERE key = 'schema'")

        archive._write(downgrade, "schema")
    with open_archive(db_url, create=False) as archive:
        assert archive.entities() == []
        assert archive._query("SELECT value FROM meta WHERE key = 'schema'")[0]["value"] == str(SCHEMA_VERSION)
        ingest_text(archive, PAGE1)
        assert archive.entities()
        assert archive.story(archive.search("温岭")[0].id).ocr_confidence is None


def test_a_pdf_page_stores_where_each_article_is_printed(archive, tmp_path):
    page_pdf = pytest.importorskip("read.test_pdf", reason="PDF tests need reportlab").page_pdf
    path = tmp_path / "wenling_20240123_p01.pdf"
    path.write_bytes(page_pdf())
    report = ingest_paths(archive, [str(path)], enrich=False)
    assert report.pages == 1 and not report.failed
    [built] = [rebuild_page(source) for source in read_path(str(path))]
    regions = [(a.id, r) for a in built.articles for r in a.regions]
    assert regions, "the PDF reader gives each article its boxes"
    stored = [region for a in built.articles for region in archive.story(a.id).to_dict()["regions"]
              if region["part"] == a.id]
    assert stored == [{"part": article_id, "page": 1, "kind": r.kind, "bbox": vars(r.bbox)}
                      for article_id, r in regions]


def test_a_place_asked_for_by_its_short_name_is_found_under_its_full_one(archive):
    # Places are stored under their full name (浙江 and 浙江省 as 浙江省): --entity 浙江 found nothing.
    ingest_text(archive, "浙江新闻\n\n本报讯（记者王敏）浙江今年新建污水管网12公里。\n", paper=PAPER,
                date="2024-01-23", page=1)
    assert [e["name"] for e in archive.entities("浙江", entity_type="LOC")] == ["浙江省"]
    for asked in ("浙江", "浙江省"):
        assert len(archive.search(None, Filters(entity=asked, entity_type="LOC"), limit=None)) == 1
        assert archive.entity(asked, "LOC")["articles"] == 1


def test_an_undated_page_stores_no_date_resolved_against_a_guess(archive):
    # The issue date inferred from an undated page is wrong more often than right, and the dates
    # resolved against it (去年3月) were stored as facts.
    ingest_text(archive, "开工\n\n本报讯 2024年1月19日，项目开工。该项目去年3月立项。\n")
    stored = [row["value"] for row in archive._query("SELECT value FROM date_mentions ORDER BY value")]
    assert stored == ["2024-01-19"]


def test_a_schema_3_archive_has_its_stories_searched_whole(db_url):
    # Schema 3 indexed each part of a story alone; its continuations are now left out of matches.
    with open_archive(db_url) as archive:
        ingest_text(archive, PAGE1, enrich=False)
        ingest_text(archive, PAGE2, enrich=False)

        def downgrade(cur):
            for row in archive._rows(cur, f"SELECT {ARTICLE_COLUMNS} FROM articles a WHERE story_body IS NOT NULL"):
                archive._reindex(cur, row["seq"], _columns(row), _columns({**row, "story_body": None}))
            for table, column in (("articles", "story_body"), ("articles", "section"), ("pages", "section")):
                cur.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
            cur.execute("UPDATE meta SET value = '3' WHERE key = 'schema'")

        archive._write(downgrade, "schema")
    with open_archive(db_url, create=False) as archive:
        [hit] = archive.search("数控机床 江金永")
        assert hit.headline == ["数控机床产业集群建设提速"]


def test_an_entity_typed_in_traditional_characters_finds_its_simplified_canonical_form(archive):
    # A name printed 蘇榕蓉 is stored under 苏榕蓉: typed as printed, it is found all the same.
    store_page(archive, page("2024-04-01", 1, article("hk-a", "議員到訪", "立法會議員蘇榕蓉到訪。",
                                                        people=[("蘇榕蓉", "苏榕蓉", None, None, None)])))
    for typed in ("蘇榕蓉", "苏榕蓉"):
        assert [h.id for h in archive.search(None, Filters(entity=typed))] == ["hk-a"]
        assert archive.entity(typed)["articles"] == 1


def test_trend_terms_split_on_commas_outside_quoted_phrases():
    from banmian.store.mentions import split_terms

    assert split_terms('"稳中求进，以进促稳"，营商环境, 温岭') == ['"稳中求进，以进促稳"', "营商环境", "温岭"]


def test_each_title_of_a_chain_counts_on_its_own(archive):
    store_page(archive, page("2024-04-02", 1, article(
        "chain-a", "会见", "中共中央总书记、国家主席习近平会见外宾。国家主席习近平指出。",
        people=[("习近平", "习近平", "中共中央总书记、国家主席", None, None)])))
    store_page(archive, page("2024-04-03", 1, article("chain-b", "讲话", "国家主席习近平讲话。",
                                                        people=[("习近平", "习近平", "国家主席", None, None)])))
    titles = {t["value"]: t["count"] for t in archive.entity("习近平")["titles"]}
    assert titles == {"中共中央总书记": 1, "国家主席": 2}


def test_entities_listed_by_part_of_a_name_typed_in_traditional_characters(archive):
    # 蘇 finds 苏榕蓉 as --entity 蘇榕蓉 does; a part stored as printed (乾, which simplified
    # words write too) is still found as typed.
    store_page(archive, page("2024-04-01", 1, article("hk-a", "議員到訪", "立法會議員蘇榕蓉到訪乾坤灣。",
                                                        people=[("蘇榕蓉", "苏榕蓉", None, None, None)],
                                                        places=[("乾坤灣", "乾坤湾", None, None, None)])))
    for typed in ("蘇", "苏", "蘇榕蓉"):
        assert [e["name"] for e in archive.entities(typed)] == ["苏榕蓉"]
    assert [e["name"] for e in archive.entities("坤灣")] == ["乾坤湾"]
    assert [e["name"] for e in archive.entities("乾")] == ["乾坤湾"]


def _as_schema_6(archive) -> None:
    def downgrade(cur):
        cur.execute("DROP TABLE files")
        cur.execute("DROP INDEX pages_source")
        cur.execute("ALTER TABLE pages DROP COLUMN enriched")
        cur.execute("UPDATE meta SET value = '6' WHERE key = 'schema'")
    archive._write(downgrade, "schema")


def test_a_schema_6_archive_knows_which_pages_were_stored_without_enrichment(db_url):
    with open_archive(db_url) as archive:
        ingest_text(archive, PAGE1)
        ingest_text(archive, PAGE2, enrich=False)
        _as_schema_6(archive)
    with open_archive(db_url, create=False) as archive:
        [(page_id, key)] = [(row["id"], row["key"]) for row in archive._query("SELECT id, key FROM pages")
                            if row["id"] in archive.pages_to_enrich()]
        assert key.endswith("|2") and archive.file_record("nowhere.pdf") is None
        assert archive.pages_not_enriched() == 1


def test_a_schema_6_archive_that_cannot_be_written_is_read_as_it_is(tmp_path, monkeypatch):
    from banmian.store import sqlite as sqlite_store

    path = str(tmp_path / "six.db")
    with open_archive(path) as archive:
        ingest_text(archive, PAGE1, enrich=False)
        _as_schema_6(archive)
    before = open(path, "rb").read()
    real_access = os.access
    monkeypatch.setattr(sqlite_store.os, "access",
                        lambda path, mode: False if mode & os.W_OK else real_access(path, mode))
    with open_archive(path, create=False) as archive:
        assert archive.search("数控机床")
        assert archive.pages_not_enriched() == 0  # (schema 6 does not say)
    assert open(path, "rb").read() == before


def test_names_an_older_banmian_stored_in_traditional_characters_are_found_in_simplified(db_url):
    # Before names were stored under their simplified form, 蘇榕蓉 was an entity of its own: 苏榕蓉
    # (or 苏) found nothing of it, and the same person ingested since was counted apart.
    with open_archive(db_url) as archive:
        store_page(archive, page("2024-04-01", 1, article("hk-a", "議員到訪", "立法會議員蘇榕蓉到訪。",
                                                            people=[("蘇榕蓉", "蘇榕蓉", None, None, None)])))
        store_page(archive, page("2024-04-02", 1, article("hk-b", "议员到访", "立法会议员苏榕蓉到访。",
                                                            people=[("苏榕蓉", "苏榕蓉", None, None, None)])))
        _as_schema_6(archive)
    with open_archive(db_url, create=False) as archive:
        assert [(e["name"], e["articles"]) for e in archive.entities("苏")] == [("苏榕蓉", 2)]
        assert sorted(h.id for h in archive.search(None, Filters(entity="苏榕蓉"))) == ["hk-a", "hk-b"]
