"""Article ids across a corrected page: a page ingested again after its text was corrected (a
typo fixed in a headline) gives the corrected story another id; the old one, linked from outside
(a web address, an export), still leads to the story, or says it is gone and why."""

from __future__ import annotations

import pytest

from banmian.store import NotFoundError, ingest_text, open_archive, search
from banmian.store.archive import same_stories

from .fixtures import PAGE1, PAGE2

SNOW = "温岭新年第一场雪"
CORRECTED = PAGE1.replace(SNOW, "温岭迎来新年第一场雪")


def _ids(archive) -> dict[str, str]:
    return {hit.headline[0]: hit.id for hit in archive.search(None, limit=None)}


def test_an_id_replaced_by_a_corrected_page_leads_to_the_same_story(archive):
    ingest_text(archive, PAGE1)
    ingest_text(archive, PAGE2)
    before = _ids(archive)
    ingest_text(archive, CORRECTED)
    after = _ids(archive)
    old, new = before[SNOW], after["温岭迎来新年第一场雪"]
    assert old != new  # the id follows from the headline
    assert archive.story(old).id == new
    assert archive.replacement(old) == {"id": old, "by": new, "paper": "温岭日报", "date": "2024-01-23",
                                        "page": 1, "section": None, "replaced_at": archive.replacement(old)["replaced_at"]}
    assert archive.replacement(new) is None and archive.replacement(before["优化营商环境 人大在行动"]) is None
    assert archive.story(old[:8]).id == new  # a prefix of the old id, as show takes one
    # Corrected again: the first id leads to the newest story, not to one no longer there.
    ingest_text(archive, CORRECTED.replace("迎来", "迎"))
    assert archive.story(old).id == _ids(archive)["温岭迎新年第一场雪"]
    # Back as it was: the old id is an article again, and the one in between leads to it.
    ingest_text(archive, PAGE1)
    assert archive.replacement(old) is None and archive.story(new).id == old


def test_an_article_the_corrected_page_no_longer_holds_is_told_gone(archive):
    ingest_text(archive, PAGE1)
    old = _ids(archive)[SNOW]
    without = PAGE1.replace("温岭新年第一场雪\n\n本报讯（记者赵云）受强冷空气影响，1月22日，温岭市迎来今年第一场雪。"
                            "市公路与运输管理中心连夜抛撒融雪剂，保障道路畅通。\n\n", "")
    ingest_text(archive, without)
    with pytest.raises(NotFoundError, match=f"article {old} was on 温岭日报 2024-01-23 page 1, which was "
                                            "ingested again on .* without it"):
        archive.story(old)
    with pytest.raises(NotFoundError, match="no article with id 'ffffffffffffffff'"):
        archive.story("ffffffffffffffff")


def test_an_id_whose_replacement_was_removed_since_says_so(archive):
    ingest_text(archive, PAGE1)
    old = _ids(archive)[SNOW]
    ingest_text(archive, CORRECTED)
    new = _ids(archive)["温岭迎来新年第一场雪"]
    archive.remove_page("温岭日报", "2024-01-23", 1)
    with pytest.raises(NotFoundError, match=f"article {old} was on .*; article {new}, the same story there, "
                                            "has since been removed"):
        archive.story(old)


def test_a_schema_7_archive_takes_the_ids_it_replaces_on_upgrading(db_url):
    with open_archive(db_url) as archive:
        ingest_text(archive, PAGE1)
        old = _ids(archive)[SNOW]

        def downgrade(cur):
            cur.execute("DROP TABLE replaced_articles")
            cur.execute("UPDATE meta SET value = '7' WHERE key = 'schema'")
        archive._write(downgrade, "schema")
    with open_archive(db_url) as upgraded:
        assert upgraded._query("SELECT value FROM meta WHERE key = 'schema'")[0]["value"] == "8"
        assert len(_ids(upgraded)) == len(PAGE1.split("本报讯")) - 1  # nothing stored lost
        ingest_text(upgraded, CORRECTED)
        assert upgraded.story(old).headline == ["温岭迎来新年第一场雪"]


@pytest.mark.parametrize("old, new, expected", [
    # A typo fixed: the same story.  One split in two: the larger half.  Two merged: both to it.
    ([("a", "温岭新年第一场雪，道路畅通无阻，市民出行平安")], [("b", "温岭新年第一场雪，道路畅通无阻，市民出行平安。")],
     {"a": "b"}),
    ([("a", "春耕正当时，农户驾驶旋耕机平整土地" + "石塘镇渔船安全检查排查隐患")],
     [("b", "春耕正当时，农户驾驶旋耕机平整土地"), ("c", "石塘镇渔船安全检查排查隐患")], {"a": "b"}),
    ([("a", "春耕正当时，农户驾驶旋耕机平整土地"), ("b", "为早稻播种做准备")],
     [("c", "春耕正当时，农户驾驶旋耕机平整土地为早稻播种做准备")], {"a": "c", "b": "c"}),
    # Another story in its place: none.
    ([("a", "春耕正当时，农户驾驶旋耕机平整土地")], [("b", "石塘镇组织执法人员对辖区渔船开展安全检查")], {"a": None}),
])
def test_same_stories_are_told_by_their_text(old, new, expected):
    assert same_stories(old, new) == expected


def test_a_schema_7_archive_that_cannot_be_written_is_read_as_it_is(tmp_path, monkeypatch):
    import os

    from banmian.store import sqlite as sqlite_store

    path = str(tmp_path / "seven.db")
    with open_archive(path) as archive:
        ingest_text(archive, PAGE1)

        def downgrade(cur):
            cur.execute("DROP TABLE replaced_articles")
            cur.execute("ALTER TABLE articles DROP COLUMN people_folded")
            cur.execute("UPDATE meta SET value = '7' WHERE key = 'schema'")
        archive._write(downgrade, "schema")
    before = open(path, "rb").read()
    real_access = os.access
    monkeypatch.setattr(sqlite_store.os, "access",
                        lambda path, mode: False if mode & os.W_OK else real_access(path, mode))
    with open_archive(path, create=False) as archive:
        assert [hit.headline for hit in search(archive, None, reporter="张璐玮")] == [["数控机床产业集群建设提速"]]
        with pytest.raises(NotFoundError, match="no article with id 'ffffffffffffffff'"):
            archive.story("ffffffffffffffff")
        assert archive.story(_ids(archive)[SNOW]).headline == [SNOW]
    assert open(path, "rb").read() == before
