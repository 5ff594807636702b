"""The per-entity counts kept on ingest: always what counting every mention would give."""

from __future__ import annotations

from dataclasses import replace

import pytest

from banmian.store import Filters, ingest_paths, open_archive

from .fixtures import JANUARY, MARCH, PAGE1, PAGE2, article, page, store_page


def _write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return str(path)


def counted_from_mentions(archive, entity_type: str | None = None, query: str | None = None) -> list[dict]:
    """Every entity's counts straight from the mention index, as the list was made before."""
    clauses, params = [], []
    if entity_type:
        clauses.append("m.type = ?")
        params.append(entity_type)
    if query:
        clauses.append(archive.contains.format("m.canonical"))
        params.append(query)
    where = "WHERE " + " AND ".join(clauses) + " " if clauses else ""
    rows = archive._query(
        "SELECT m.canonical AS name, m.type AS type, count(DISTINCT m.article_seq) AS articles, "
        f"count(*) AS mentions, min(m.date) AS first, max(m.date) AS last FROM mentions m {where}"
        "GROUP BY m.canonical, m.type ORDER BY articles DESC, mentions DESC, name", params)
    return [{"name": r["name"], "type": r["type"], "articles": int(r["articles"]),
             "mentions": int(r["mentions"]), "first": r["first"], "last": r["last"]} for r in rows]


def same_as_counting(archive) -> None:
    for entity_type in (None, "PER", "ORG", "LOC"):
        assert archive.entities(entity_type=entity_type, limit=1000) == counted_from_mentions(archive, entity_type)
        for part in ("江", "金永", "镇", "市人大"):  # looked up by part of the name: from the counts too
            found = archive.entities(part, entity_type=entity_type, limit=1000)
            assert found == counted_from_mentions(archive, entity_type, part)


APRIL = page("2024-04-02", 1,
             article("apr-a", "江金永调研石塘镇", "江金永到石塘镇调研，江金永强调安全。",
                     people=["江金永", "江金永"], places=["石塘镇"]))


def test_counts_follow_pages_stored_replaced_and_moved(archive):
    for built in (JANUARY, MARCH, APRIL):
        store_page(archive, built)
    same_as_counting(archive)
    assert archive.entities(limit=1)[0] == {"name": "江金永", "type": "PER", "articles": 3, "mentions": 4,
                                            "first": "2024-01-23", "last": "2024-04-02"}
    # The April page again, without its second person: its counts come off, the last date goes back.
    store_page(archive, replace(APRIL, articles=[replace(APRIL.articles[0], entities=[
        e for e in APRIL.articles[0].entities if e.type != "PER"])]))
    same_as_counting(archive)
    jiang = next(e for e in archive.entities(limit=100) if e["name"] == "江金永")
    assert (jiang["articles"], jiang["last"]) == (2, "2024-03-05")
    # The January page printed again on another date is another page: an earlier first date,
    # and the January copy stays.
    store_page(archive, replace(JANUARY, date="2023-12-30"))
    same_as_counting(archive)
    assert archive.entities(limit=1)[0]["first"] == "2023-12-30"
    assert {row["date"] for row in archive._query("SELECT date FROM pages")} >= {"2023-12-30", "2024-01-23"}
    # An entity no longer mentioned anywhere leaves the list.
    for date in ("2023-12-30", "2024-01-23"):
        store_page(archive, replace(JANUARY, date=date, articles=JANUARY.articles[:1]))
        same_as_counting(archive)
    assert "潘智慧" not in {e["name"] for e in archive.entities(limit=100)}


def test_an_archive_from_before_the_counts_is_counted_on_opening(db_url):
    with open_archive(db_url) as archive:
        for built in (JANUARY, MARCH):
            store_page(archive, built)

        def downgrade(cur):
            cur.execute("DROP TABLE entity_counts")
            cur.execute("UPDATE meta SET value = '2' WHERE key = 'schema'")

        archive._write(downgrade, "schema")
    with open_archive(db_url) as archive:
        same_as_counting(archive)
        assert len(archive.entities(limit=100)) == 4  # 江金永, 市人大常委会, 潘智慧, 石塘镇


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_a_story_that_jumps_counts_once_for_an_entity_both_parts_name(archive, tmp_path, order):
    # 市人大常委会 is named on page 1 and again in the story's continuation on page 2: one story.
    files = [_write(tmp_path / "温岭日报" / "2024-01-23" / f"0{n + 1}.txt", text) for n, text in enumerate((PAGE1, PAGE2))]
    for n in order:
        ingest_paths(archive, [files[n]])
    listed = {e["name"]: e["articles"] for e in archive.entities("市人大常委会")}
    assert listed["市人大常委会"] == archive.entity("市人大常委会")["articles"] == 1
    assert len(archive.search(None, Filters(entity="市人大常委会"))) == 1
    archive.remove_page("温岭日报", "2024-01-23", 1)
    assert {e["name"]: e["articles"] for e in archive.entities("市人大常委会")}["市人大常委会"] == 1
    archive.remove_page("温岭日报", "2024-01-23", 2)
    assert archive.entities("市人大常委会") == []
