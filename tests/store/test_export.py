"""Export: one record per stitched story, as jsonl, csv, ninjs or parquet."""

import csv
import io
import json
import os

import pytest

from banmian.store import ArchiveError, QueryError, export, formats, ingest_text

from .fixtures import PAGE1, PAGE2


@pytest.fixture
def filled(archive):
    ingest_text(archive, PAGE1)
    ingest_text(archive, PAGE2)
    return archive


def _jsonl(archive, fmt="jsonl", **kwargs) -> list[dict]:
    out = io.StringIO()
    count = export(archive, fmt, out, **kwargs)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert count == len(records)
    return records


def test_jsonl_has_one_record_per_story_with_its_parts(filled):
    records = _jsonl(filled)
    assert len(records) == 4  # six printed articles, two of them continuations
    machine = next(r for r in records if r["headline"] == ["数控机床产业集群建设提速"])
    where = (machine["paper"], machine["date"], machine["page"], machine["pages"])
    assert where == ("温岭日报", "2024-01-23", 1, [1, 2])
    assert [part["page"] for part in machine["parts"]] == [1, 2]
    assert machine["byline"]["reporters"] == ["张璐玮"]
    assert machine["paragraphs"][-1].endswith("市政协主席江金永作总结讲话。")
    assert not machine["open_jump"]
    assert set(machine) >= {"id", "paper", "date", "page", "headline", "paragraphs", "byline"}


def test_a_query_limits_the_export_to_matching_stories(filled):
    [record] = _jsonl(filled, query="逐项销号")
    assert record["headline"] == ["优化营商环境 人大在行动"]
    assert [r["headline"] for r in _jsonl(filled, reporter="林媛")] == [["石塘镇开展渔船安全检查"]]


def test_csv(filled, tmp_path):
    path = tmp_path / "out.csv"
    assert export(filled, "csv", str(path)) == 4
    assert path.read_bytes().startswith(b"\xef\xbb\xbfid,paper,")  # a BOM, for Excel on Chinese Windows
    rows = list(csv.DictReader(path.open(encoding="utf-8-sig", newline="")))
    assert len(rows) == 4
    first = rows[0]
    assert (first["paper"], first["date"], first["page"]) == ("温岭日报", "2024-01-23", "1")
    stitched = next(r for r in rows if r["pages"] == "1 2" and "数控" in r["headline"])
    assert "机床产业链条不断拉长" in stitched["paragraphs"] and len(stitched["parts"].split()) == 2


def test_ninjs_uses_iptc_field_names(filled):
    items = _jsonl(filled, "ninjs")
    item = next(i for i in items if i["title"] == "数控机床产业集群建设提速")
    assert item["uri"].startswith("urn:banmian:article:")
    assert item["type"] == "text" and item["representationtype"] == "full"
    assert item["headlines"] == [{"value": "数控机床产业集群建设提速"}]
    assert item["bodies"][0]["contenttype"] == "text/plain"
    assert "江金永" in item["bodies"][0]["value"]
    assert item["contentcreated"] == "2024-01-23T00:00:00+08:00"
    assert item["by"] == "记者 张璐玮" and item["copyrightholder"] == "温岭日报"
    assert len(item["altids"]) == 2
    allowed = {"uri", "standard", "type", "representationtype", "pubstatus", "language", "title",
               "headlines", "bodies", "altids", "by", "contentcreated", "copyrightholder",
               "infosources", "descriptions", "ednote", "people", "organisations", "places"}
    assert all(set(i) <= allowed for i in items)


def test_parquet(filled, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "out.parquet"
    assert export(filled, "parquet", str(path)) == 4
    table = pq.read_table(path).to_pylist()
    assert len(table) == 4
    stitched = next(r for r in table if r["pages"] == [1, 2] and "数控" in r["headline"][0])
    assert stitched["byline"]["reporters"] == ["张璐玮"] and len(stitched["parts"]) == 2


def test_an_unknown_format_is_refused(filled):
    with pytest.raises(ArchiveError, match="unknown export format"):
        export(filled, "xml", io.StringIO())


def test_every_format_carries_what_the_stories_mention(filled, tmp_path):
    [record] = _jsonl(filled, query="逐项销号")
    assert record["entities"], "the story names a reporter and an organisation"
    for entity in record["entities"]:
        part = next(p for p in record["parts"] if p["id"] == entity["part"])
        assert part is not None and entity["type"] in ("PER", "ORG", "LOC")
    people = {e["canonical"] for e in record["entities"] if e["type"] == "PER"}
    [item] = _jsonl(filled, "ninjs", query="逐项销号")
    assert {person["name"] for person in item.get("people", [])} == people
    path = tmp_path / "out.csv"
    export(filled, "csv", str(path), query="逐项销号")
    [row] = list(csv.DictReader(path.open(encoding="utf-8", newline="")))
    assert set(filter(None, row["people"].split("、"))) == people
    assert row["dates_mentioned"].split() == list(dict.fromkeys(d["value"] for d in record["dates"]))


def test_parquet_carries_the_mentions(filled, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "out.parquet"
    export(filled, "parquet", str(path), query="逐项销号")
    [row] = pq.read_table(path).to_pylist()
    [record] = _jsonl(filled, query="逐项销号")
    assert row["entities"] == record["entities"] and row["dates"] == record["dates"]


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_a_failed_export_leaves_the_file_that_was_there(filled, tmp_path, fmt):
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    (tmp_path / "out").mkdir()
    path = tmp_path / "out" / f"yesterday.{fmt}"
    path.write_bytes(b"yesterday's export")
    with pytest.raises(QueryError):
        export(filled, fmt, str(path), query='"unclosed')

    def stories_then_a_failure():
        yield from filled.stories()
        raise ArchiveError("the archive went away")

    with pytest.raises(ArchiveError):
        formats.write(stories_then_a_failure(), fmt, str(path))
    assert path.read_bytes() == b"yesterday's export"
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no partial file left behind


def test_a_finished_export_replaces_the_file_whole_with_its_mode_and_through_a_link(filled, tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_text("x" * 100_000, encoding="utf-8")
    assert export(filled, "jsonl", str(path)) == 4
    assert len(path.read_text(encoding="utf-8").splitlines()) == 4
    umask = os.umask(0)
    os.umask(umask)
    export(filled, "jsonl", str(tmp_path / "new.jsonl"))
    assert (tmp_path / "new.jsonl").stat().st_mode & 0o777 == 0o666 & ~umask  # as open() makes it
    path.chmod(0o640)
    export(filled, "jsonl", str(path))
    assert path.stat().st_mode & 0o777 == 0o640
    link = tmp_path / "latest.jsonl"
    link.symlink_to(path)
    assert export(filled, "jsonl", str(link), query="逐项销号") == 1
    assert link.is_symlink() and len(path.read_text(encoding="utf-8").splitlines()) == 1


def test_an_export_reads_stories_a_batch_at_a_time(archive):
    # Read one by one, each story took about ten queries: a large archive's export was mostly
    # round trips to the database.
    for day in range(1, 11):
        for text in (PAGE1, PAGE2):
            ingest_text(archive, text.replace("2024年1月23日", f"2024年2月{day}日"))
    queries = []
    query = archive._query

    def counted(sql, params=()):
        queries.append(sql)
        return query(sql, params)
    archive._query = counted
    stories = list(archive.stories())
    archive._query = query
    assert len(stories) == 40 and len(queries) <= 10
    assert [story.to_dict() for story in stories] == [archive.story(story.id).to_dict() for story in stories]


def test_a_story_removed_while_the_export_runs_is_left_out(filled, monkeypatch):
    # The stories are listed first, then read a batch at a time: a page ingested again or deleted
    # in between (another process) took a listed part away, and the export failed with a KeyError.
    listed = filled.matching_ids(None)
    monkeypatch.setattr(filled, "matching_ids", lambda *args: [*listed, "0123456789abcdef"])
    assert [story.id for story in filled.stories()] == [story.id for story in _stories_one_by_one(filled, listed)]


def _stories_one_by_one(archive, ids: list[str]) -> list:
    heads = list(dict.fromkeys(archive.head_id(article_id) for article_id in ids))
    return [archive.story(head) for head in heads]
