"""End to end: `banmian ingest/search/show/export` run as subprocesses on a real archive file."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from terminal import on_a_terminal

import banmian
from banmian import store
from banmian.model import ENTITY_TYPES

from .fixtures import PAGE1, PAGE_PLAIN

SRC = str(Path(banmian.__file__).resolve().parent.parent)


def banmian_cli(*args: str, cwd: Path, stdin: bytes = b"") -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [SRC, os.environ.get("PYTHONPATH")]))}
    env.pop("BANMIAN_DB", None)
    result = subprocess.run([sys.executable, "-m", "banmian.cli", *args], input=stdin, cwd=cwd,
                            capture_output=True, env=env, timeout=120)
    result.out = result.stdout.decode("utf-8")
    result.err = result.stderr.decode("utf-8")
    return result


@pytest.fixture
def ingested(pages, tmp_path):
    result = banmian_cli("ingest", str(pages), cwd=tmp_path)
    assert result.returncode == 0, result.err
    return tmp_path


def test_ingest_stores_pages_in_the_default_archive_and_sums_up(ingested):
    assert (ingested / "banmian.db").exists()
    result = banmian_cli("ingest", "pages", cwd=ingested)
    assert result.returncode == 0
    assert result.out == ""
    assert result.err.strip() == ("stored 2 pages, 6 articles in banmian.db "
                                  "(2 replaced, 0 open jumps in the archive)")


def test_failed_pages_are_listed_and_the_exit_status_says_so(tmp_path):
    (tmp_path / "empty.txt").write_text("\n", encoding="utf-8")
    (tmp_path / "good.txt").write_text(PAGE_PLAIN, encoding="utf-8")
    result = banmian_cli("ingest", "empty.txt", "missing.txt", "good.txt", "--db", "a.db", cwd=tmp_path)
    assert result.returncode == 2
    lines = result.err.splitlines()
    assert "banmian: empty.txt: empty input" in lines
    assert "banmian: missing.txt: no such file" in lines
    assert lines[-1] == ("stored 1 pages, 1 articles in a.db "
                         "(1 without a date, 1 without a paper name, 1 without a page number, "
                         "0 open jumps in the archive); 2 failed")


def test_stdin_with_options(tmp_path):
    result = banmian_cli("ingest", "-", "--paper", "温州日报", "--date", "2024-02-01", "--page", "3",
                         cwd=tmp_path, stdin=PAGE_PLAIN.encode("utf-8"))
    assert result.returncode == 0, result.err
    [hit] = json.loads(banmian_cli("search", "管网", "--json", cwd=tmp_path).out)
    assert (hit["paper"], hit["date"], hit["page"]) == ("温州日报", "2024-02-01", 3)


def test_search_json_and_text(ingested):
    result = banmian_cli("search", "江金永", "--json", cwd=ingested)
    [hit] = json.loads(result.out)
    assert set(hit) >= {"id", "headline", "paper", "date", "page", "snippet"}
    # 江金永 is printed in the story's continuation on page 2: the story is found at its head.
    assert "[江金永]" in hit["snippet"] and hit["story"] == hit["id"] and hit["page"] == 1
    text = banmian_cli("search", "温岭", "--from", "2024-01-01", "--limit", "1", cwd=ingested).out
    first, second = text.splitlines()
    assert first.endswith("2024-01-23 温岭日报 第1版  温岭新年第一场雪")
    assert "[温岭]" in second


def test_show_prints_the_story_across_its_jump(ingested):
    [hit] = json.loads(banmian_cli("search", "江金永", "--json", cwd=ingested).out)
    story = json.loads(banmian_cli("show", hit["id"], "--json", cwd=ingested).out)
    assert story["id"] == hit["story"] and story["pages"] == [1, 2]
    assert [part["page"] for part in story["parts"]] == [1, 2]
    text = banmian_cli("show", hit["story"][:8], cwd=ingested).out
    assert text.startswith("数控机床产业集群建设提速\n温岭日报 2024-01-23 第1、2版")
    assert "parts: " in text
    people = {e["canonical"] for e in story["entities"] if e["type"] == "PER"}
    [listed] = [line for line in text.splitlines() if line.startswith("people: ")]
    assert set(listed.removeprefix("people: ").split("、")) == people


def test_export_to_a_file(ingested):
    result = banmian_cli("export", "--format", "jsonl", "-o", "out.jsonl", cwd=ingested)
    assert result.returncode == 0 and result.err.strip() == "exported 4 stories to out.jsonl"
    records = [json.loads(line) for line in (ingested / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(records) == 4
    ninjs = banmian_cli("export", "--format", "ninjs", "--query", "渔船", cwd=ingested).out
    assert json.loads(ninjs)["headlines"] == [{"value": "石塘镇开展渔船安全检查"}]


def test_output_dash_is_stdout(ingested):
    result = banmian_cli("export", "--format", "jsonl", "-o", "-", cwd=ingested)
    assert result.returncode == 0 and len(result.out.splitlines()) == 4 and not (ingested / "-").exists()
    parsed = banmian_cli("parse", "-", "-o", "-", cwd=ingested, stdin="标题\n\n本报讯 正文一句。\n".encode())
    assert json.loads(parsed.out)["articles"] and not (ingested / "-").exists()


def test_an_export_with_a_bad_query_leaves_the_file_that_was_there(ingested):
    (ingested / "keep.jsonl").write_text("yesterday\n", encoding="utf-8")
    result = banmian_cli("export", "-o", "keep.jsonl", "--query", '"unclosed', cwd=ingested)
    assert result.returncode == 2 and result.err.count("\n") == 1
    assert (ingested / "keep.jsonl").read_text(encoding="utf-8") == "yesterday\n"


def test_an_ingest_that_stores_nothing_leaves_no_new_archive(tmp_path):
    result = banmian_cli("ingest", "nosuch.txt", "--db", "new.db", cwd=tmp_path)
    assert result.returncode == 2 and "banmian: nosuch.txt: no such file" in result.err
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_another_programs_database_is_not_made_an_archive(pages, tmp_path):
    other = tmp_path / "notes.sqlite"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
    result = banmian_cli("ingest", str(pages), "--db", str(other), cwd=tmp_path)
    assert result.returncode == 2 and result.err == f"banmian: {other} is not a banmian archive\n"
    with sqlite3.connect(other) as connection:
        assert connection.execute("SELECT name FROM sqlite_master").fetchall() == [("notes",)]


def test_an_export_into_the_archive_itself_is_refused(ingested):
    archive = next(ingested.glob("*.db"))
    before = archive.read_bytes()
    result = banmian_cli("export", "--db", archive.name, "-o", archive.name, cwd=ingested)
    assert result.returncode == 2
    assert result.err == f"banmian: {archive.name} is the archive being exported: choose another file\n"
    assert archive.read_bytes() == before


@pytest.mark.parametrize("args, message", [
    (["search", "NOT 温岭"], "banmian: NOT needs a term"),
    (["show", "ffffffffffffffff"], "banmian: no article with id 'ffffffffffffffff'"),
    (["show", "6a"], "banmian: no article with id '6a' (a prefix of an id needs 6 or more characters)"),
    (["search", "温岭", "--db", "nowhere.db"], "banmian: no archive at nowhere.db"),
])
def test_errors_are_one_line_and_exit_2(ingested, args, message):
    result = banmian_cli(*args, cwd=ingested)
    assert result.returncode == 2
    assert result.err.startswith(message) and result.err.count("\n") == 1
    assert not (ingested / "nowhere.db").exists()


HUGE = "99999999999999999999"


@pytest.mark.parametrize("args", [["search", "温岭", "--limit", HUGE], ["search", "温岭", "--offset", HUGE],
                                  ["search", "温岭", "--offset", "-1"], ["entities", "--limit", HUGE],
                                  ["entities", "--limit", "0"], ["ingest", "-", "--page", "3000000000"],
                                  ["ingest", "-", "--page", "-5"], ["serve", "--port", "99999"]])
def test_numbers_out_of_range_are_usage_errors(ingested, args):
    result = banmian_cli(*args, cwd=ingested, stdin=PAGE_PLAIN.encode("utf-8"))
    assert result.returncode == 2 and "Traceback" not in result.err
    assert result.err.splitlines()[-1].startswith(f"banmian {args[0]}: error: argument ")
    assert "is not a whole number from" in result.err


def test_a_bad_date_is_a_usage_error(ingested):
    result = banmian_cli("search", "温岭", "--from", "yesterday", cwd=ingested)
    assert result.returncode == 2 and "YYYY-MM-DD" in result.err


def test_a_progress_bar_is_drawn_only_on_a_terminal(pages, tmp_path):
    status, _, drawn = on_a_terminal("ingest", str(pages), cwd=tmp_path)
    assert status == 0
    assert "] 2/2 files" in drawn and "stored 2 pages" in drawn
    status, _, quiet = on_a_terminal("ingest", "--quiet", str(pages), cwd=tmp_path)
    assert status == 0 and "files" not in quiet and "stored 2 pages" in quiet
    plain = banmian_cli("ingest", str(pages), cwd=tmp_path)
    assert "files" not in plain.err


def test_entities_lists_what_the_articles_mention_as_the_library_does(ingested):
    listed = json.loads(banmian_cli("entities", "--json", cwd=ingested).out)
    assert listed == store.entities(str(ingested / "banmian.db"))
    assert listed, "the fixture pages name reporters, organisations and places"
    first = listed[0]
    text = banmian_cli("entities", first["name"][:2], "--type", first["type"], cwd=ingested).out
    assert f"{first['name']}\t{first['type']}\t{first['articles']} articles\t" \
           f"{first['mentions']} mentions\t{first['first']}" in text.splitlines()
    none = banmian_cli("entities", "没有这个名字", cwd=ingested)
    assert none.returncode == 0 and none.out == "" and none.err.strip() == "no entities found"


def test_search_and_export_filter_by_entity_and_date_mentioned(ingested):
    db = str(ingested / "banmian.db")
    name = store.entities(db)[0]["name"]
    hits = json.loads(banmian_cli("search", "本报讯", "--entity", name, "--json", cwd=ingested).out)
    expected = store.search(db, "本报讯", entity=name)
    assert [hit["id"] for hit in hits] == [hit.id for hit in expected] and hits
    exported = banmian_cli("export", "--entity", name, cwd=ingested).out.splitlines()
    assert all(any(e["canonical"] == name for e in json.loads(line)["entities"]) for line in exported)
    dated = json.loads(banmian_cli("search", "本报讯", "--mentions-date", "2024-01", "--json",
                                   cwd=ingested).out)
    assert [hit["id"] for hit in dated] == [hit.id for hit in store.search(db, "本报讯",
                                                                            mentions_date="2024-01")]
    bad = banmian_cli("search", "温岭", "--mentions-date", "January", cwd=ingested)
    assert bad.returncode == 2 and bad.err.startswith("banmian: bad date 'January'")


def test_ingest_without_enrichment(pages, tmp_path):
    result = banmian_cli("ingest", str(pages), "--no-enrich", cwd=tmp_path)
    assert result.returncode == 0, result.err
    listed = banmian_cli("entities", "--json", cwd=tmp_path)
    assert json.loads(listed.out) == []
    # Their "none" is no answer: said so, with what finds the answer (R21a-M).
    told = "banmian: 2 pages were stored with --no-enrich, and what their articles mention is not known: " \
           "banmian enrich finds it\n"
    assert listed.err == told
    assert banmian_cli("search", "温岭", "--entity", "温岭市", cwd=tmp_path).err.startswith(told)
    assert "--no-enrich" not in banmian_cli("search", "温岭", cwd=tmp_path).err


def test_trends_prints_each_terms_articles_per_month(ingested):
    trend = json.loads(banmian_cli("trends", "温岭", "渔船", "--json", cwd=ingested).out)
    # Six articles, two of them continuations of page 1's stories: four stories.
    assert trend["months"] == ["2024-01"] and trend["totals"] == [4]
    assert [s["articles"] for s in trend["series"]] == [[2], [1]]
    table = banmian_cli("trends", "温岭", "渔船", cwd=ingested).out.splitlines()
    assert table == ["month\tarticles\t温岭\t渔船", "2024-01\t4\t2\t1"]


def test_trends_say_how_many_matching_articles_no_month_counts(tmp_path):
    # On an archive of undated pages trends printed its header line only, while search found them.
    assert banmian_cli("ingest", "-", cwd=tmp_path, stdin=PAGE_PLAIN.encode("utf-8")).returncode == 0
    result = banmian_cli("trends", "城南镇", cwd=tmp_path)
    assert result.returncode == 0 and result.out.splitlines() == ["month\tarticles\t城南镇"]
    assert result.err.splitlines() == ["banmian: no dated pages in banmian.db: no months to count",
                                       "城南镇: 1 matching articles on pages without a date are not counted"]
    # A paper the archive does not hold is said so, not left to an empty table.
    assert banmian_cli("trends", "城南镇", "--paper", "不存在日报", cwd=tmp_path).err.startswith(
        "banmian: no dated pages of 不存在日报 in banmian.db")
    assert banmian_cli("search", "城南镇", "--limit", "0", cwd=tmp_path).returncode == 2


def test_low_ocr_confidence_articles_are_shown_flagged_and_can_be_listed(tmp_path):
    from dataclasses import replace

    from banmian.store import open_archive

    from .fixtures import JANUARY, store_page

    good, poor = JANUARY.articles
    db = str(tmp_path / "scans.db")
    with open_archive(db) as archive:
        store_page(archive, replace(JANUARY, articles=[replace(good, ocr_confidence=0.995),
                                                       replace(poor, ocr_confidence=0.91)]))
    listed = banmian_cli("search", "检查 OR 询问", "--low-ocr-confidence", "--json", "--db", db, cwd=tmp_path)
    assert [hit["id"] for hit in json.loads(listed.out)] == ["jan-b"]
    assert "low OCR confidence (0.910)" in banmian_cli("show", "jan-b", "--db", db, cwd=tmp_path).out
    assert "OCR" not in banmian_cli("show", "jan-a", "--db", db, cwd=tmp_path).out


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full, a device that is always full")
@pytest.mark.parametrize("args", [["search", "温岭"], ["export", "--format", "jsonl"],
                                  ["export", "--format", "csv", "-o", "/dev/full"],
                                  ["parse", "pages/wenling/2024-01-23/01.txt"]])
def test_a_full_disk_is_one_line_not_a_traceback(ingested, args):
    # A failing write (a full disk) on stdout or to -o printed a 15-line Python traceback.
    with open("/dev/full", "wb") as full:
        result = subprocess.run([sys.executable, "-m", "banmian.cli", *args], cwd=ingested, stdout=full,
                                stderr=subprocess.PIPE, timeout=120,
                                env={**os.environ, "PYTHONPATH": SRC})
    err = result.stderr.decode("utf-8")
    assert result.returncode == 2 and "Traceback" not in err and "Exception ignored" not in err
    assert err.startswith("banmian: cannot write ") and "No space left on device" in err and err.count("\n") == 1


def test_delete_removes_a_page_filed_wrongly(ingested):
    pages = json.loads(banmian_cli("search", "", "--json", "--limit", "50", cwd=ingested).out)
    result = banmian_cli("delete", "温岭日报", "2024-01-23", "2", cwd=ingested)
    assert result.returncode == 0 and result.err.startswith("removed 温岭日报 2024-01-23 page 2 (")
    after = json.loads(banmian_cli("search", "", "--json", "--limit", "50", cwd=ingested).out)
    assert len(after) < len(pages) and all(hit["page"] != 2 for hit in after)
    again = banmian_cli("delete", "温岭日报", "2024-01-23", "2", cwd=ingested)
    assert again.returncode == 2 and again.err == "banmian: no page 温岭日报 2024-01-23 2 in the archive\n"
    assert banmian_cli("delete", "温岭日报", "2024-13-01", "2", cwd=ingested).returncode == 2


def test_an_archive_url_of_another_scheme_and_a_paper_name_with_a_slash_are_refused(tmp_path):
    result = banmian_cli("entities", "--db", "mysql://u:secret@x/db", cwd=tmp_path)
    assert result.returncode == 2 and result.err == (
        "banmian: cannot open mysql://u@x/db: an archive is a SQLite file or a postgresql:// URL\n")
    paper = banmian_cli("ingest", "-", "--paper", "Daily/Times", cwd=tmp_path, stdin=PAGE_PLAIN.encode())
    assert paper.returncode == 2 and "bad paper name 'Daily/Times'" in paper.err
    assert not (tmp_path / "banmian.db").exists() or "Daily" not in banmian_cli("search", "", cwd=tmp_path).out


def test_delete_removes_a_page_stored_without_a_date_by_an_article_on_it(tmp_path):
    assert banmian_cli("ingest", "-", cwd=tmp_path, stdin=PAGE_PLAIN.encode("utf-8")).returncode == 0
    [hit] = json.loads(banmian_cli("search", "", "--json", cwd=tmp_path).out)
    result = banmian_cli("delete", "--article", hit["id"], cwd=tmp_path)
    assert result.returncode == 0 and result.err.startswith(f"removed the page of article {hit['id']} (1 article)")
    assert json.loads(banmian_cli("search", "", "--json", cwd=tmp_path).out) == []
    neither = banmian_cli("delete", cwd=tmp_path)
    assert neither.returncode == 2 and neither.err.startswith("banmian: name the page as PAPER DATE PAGE")


def test_an_export_into_another_archive_is_refused(ingested, tmp_path):
    archive = next(ingested.glob("*.db"))
    other = tmp_path / "other.db"
    other.write_bytes(archive.read_bytes())
    result = banmian_cli("export", "--db", archive.name, "-o", str(other), cwd=ingested)
    assert result.returncode == 2
    assert result.err == f"banmian: {other} is a database (another archive?): choose another file\n"
    assert other.read_bytes() == archive.read_bytes()


def test_a_page_filed_by_its_path_is_told(tmp_path):
    day = tmp_path / "东湖日报" / "2024-05-21"
    day.mkdir(parents=True)
    story = "\n\n市区道路改造工程全面完工\n\n本报讯（记者王小明）5月20日，市区道路改造工程全面完工。\n"
    (day / "03.txt").write_text("东湖日报 2024年5月21日 星期二 第8版 城事" + story, encoding="utf-8")
    (day / "08.txt").write_text("东湖日报 2024年5月21日 星期二 第8版 副刊" + story.replace("道路", "公园"), encoding="utf-8")
    result = banmian_cli("ingest", str(tmp_path), "--db", str(tmp_path / "a.db"), cwd=tmp_path)
    assert result.returncode == 0
    assert "03.txt: its header says page 8, its path 3; stored as its path says" in result.err
    assert "(1 whose header and path disagree" in result.err


GBK_PAGE = "吉祥物亮相\n\n本报讯（记者王敏）城南镇的𠮷祥物€昨日亮相。\n"


def _on_a_gbk_pipe(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [SRC, os.environ.get("PYTHONPATH")])),
           "PYTHONIOENCODING": "gbk"}
    return subprocess.run([sys.executable, "-m", "banmian.cli", *args], cwd=cwd, capture_output=True,
                          env=env, timeout=120)


@pytest.mark.parametrize("args", [["search", "城南镇"], ["search", "城南镇", "--json"], ["show", "HEAD"],
                                  ["export", "--format", "csv"], ["entities", "城南"]])
def test_a_gbk_pipe_takes_every_character_without_a_traceback(tmp_path, args):
    # 𠮷 and € are not in GBK; GB18030, its superset, writes every character and GBK's alike.
    (tmp_path / "p.txt").write_text(GBK_PAGE, encoding="utf-8")
    assert banmian_cli("ingest", "p.txt", "--db", "a.db", cwd=tmp_path).returncode == 0
    if args[-1] == "HEAD":
        args = [args[0], store.search(str(tmp_path / "a.db"), "城南镇")[0].id]
    result = _on_a_gbk_pipe(*args, "--db", "a.db", cwd=tmp_path)
    assert result.returncode == 0 and b"Traceback" not in result.stderr, result.stderr.decode("gbk", "replace")
    assert "城南镇" in result.stdout.decode("gb18030")
    if args[0] != "entities":
        assert "𠮷祥物€" in result.stdout.decode("gb18030")


def test_a_gbk_terminal_shows_what_it_cannot_print_replaced(tmp_path):
    import io

    from banmian.archive_cli import printable_output

    terminal = io.TextIOWrapper(io.BytesIO(), encoding="gbk")
    terminal.isatty = lambda: True
    printable_output(terminal)
    terminal.write("城南镇的𠮷祥物")
    terminal.flush()
    assert terminal.buffer.getvalue().decode("gbk") == "城南镇的?祥物"


def test_enrich_gives_pages_stored_without_enrichment_what_they_mention(pages, tmp_path):
    assert banmian_cli("ingest", str(pages), "--no-enrich", "--db", "a.db", cwd=tmp_path).returncode == 0
    assert banmian_cli("entities", "--db", "a.db", cwd=tmp_path).out == ""
    result = banmian_cli("enrich", "--db", "a.db", cwd=tmp_path)
    assert (result.returncode, result.err) == (0, "enriched 2 pages in a.db\n")
    assert banmian_cli("entities", "--db", "a.db", cwd=tmp_path).out
    result = banmian_cli("enrich", "--db", "a.db", cwd=tmp_path)
    assert (result.returncode, result.err) == (0, "no page to enrich in a.db: each was enriched as it was stored\n")


def test_ingest_tells_the_scans_and_pdfs_it_did_not_read_again(tmp_path):
    from .test_page_sources import pdf_pages

    (tmp_path / "issue.pdf").write_bytes(pdf_pages("全市重点项目　集中开工"))
    assert banmian_cli("ingest", "issue.pdf", "--no-enrich", "--db", "a.db", cwd=tmp_path).returncode == 0
    result = banmian_cli("ingest", "issue.pdf", "--db", "a.db", cwd=tmp_path)
    assert result.returncode == 0
    assert result.err.startswith("stored 0 pages, 0 articles in a.db (1 scan or PDF stored before and unchanged, "
                                 "not read again, 1 of their pages enriched now: --again reads them, "), result.err
    result = banmian_cli("ingest", "issue.pdf", "--again", "--db", "a.db", cwd=tmp_path)
    assert "stored 1 pages" in result.err and "not read again" not in result.err


def test_search_lists_hits_by_issue_date_when_asked(tmp_path):
    for date, body in (("2024-02-01", "城南镇新建管网。"), ("2024-01-01", "管网管网管网，管网改造。")):
        (tmp_path / f"{date}.txt").write_text(f"管网建设\n\n{body}\n", encoding="utf-8")
        assert banmian_cli("ingest", f"{date}.txt", "--paper", "东湖日报", "--date", date, "--page", "1",
                           "--no-enrich", "--db", "a.db", cwd=tmp_path).returncode == 0
    dates = [json.loads(banmian_cli("search", "管网", "--json", *sort, "--db", "a.db", cwd=tmp_path).out)
             for sort in ([], ["--sort", "newest"], ["--sort", "oldest"])]
    assert [[hit["date"] for hit in hits] for hits in dates] == [
        ["2024-01-01", "2024-02-01"], ["2024-02-01", "2024-01-01"], ["2024-01-01", "2024-02-01"]]


def test_ingest_tells_a_page_stored_under_another_papers_name_too(tmp_path):
    from .fixtures import PAGE2

    for paper in ("温岭日报 扫描", "温岭日报"):
        page = tmp_path / paper / "2024-01-23" / "02.txt"
        page.parent.mkdir(parents=True)
        page.write_text(PAGE2.split("\n", 1)[1], encoding="utf-8")
        result = banmian_cli("ingest", paper, "--no-enrich", "--db", "a.db", cwd=tmp_path)
    assert result.returncode == 0
    assert result.err.splitlines()[0] == (
        "banmian: 温岭日报/2024-01-23/02.txt: the same page is stored under another paper's name too "
        "(温岭日报 扫描|2024-01-23|2); banmian delete '温岭日报 扫描' 2024-01-23 2 removes that copy")
    assert "1 stored under another paper's name too" in result.err.splitlines()[-1]


def test_delete_removes_every_page_read_from_a_folder(pages, tmp_path):
    assert banmian_cli("ingest", str(pages), "--no-enrich", "--db", "a.db", cwd=tmp_path).returncode == 0
    result = banmian_cli("delete", "--source", "pages/wenling", "--db", "a.db", cwd=tmp_path)
    assert (result.returncode, result.err) == (0, "removed 2 pages (6 articles) read from pages/wenling from a.db\n")
    assert json.loads(banmian_cli("search", "", "--json", "--db", "a.db", cwd=tmp_path).out) == []
    again = banmian_cli("delete", "--source", "pages/wenling", "--db", "a.db", cwd=tmp_path)
    assert again.returncode == 2 and again.err.startswith("banmian: no page read from ")
    both = banmian_cli("delete", "--source", "pages", "--article", "abcdef", "--db", "a.db", cwd=tmp_path)
    assert both.returncode == 2 and both.err.startswith("banmian: name the page as PAPER DATE PAGE")


def test_parquet_is_not_poured_onto_a_terminal(ingested):
    # Its raw bytes garbled the terminal (R21a-T); -o FILE or a pipe take it.
    import pty

    leader, follower = pty.openpty()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [SRC, os.environ.get("PYTHONPATH")]))}
    result = subprocess.run([sys.executable, "-m", "banmian.cli", "export", "--format", "parquet"], cwd=ingested,
                            env=env, stdout=follower, stderr=subprocess.PIPE, timeout=120)
    os.close(follower)
    os.close(leader)
    assert result.returncode == 2
    assert result.stderr.decode("utf-8") == ("banmian: parquet is binary and stdout is a terminal: "
                                             "give -o FILE.parquet, or pipe it\n")


def test_an_ingest_stopped_by_the_archive_says_so_in_its_summary():
    # "1 failed" was counted for the 120 pages a full disk kept out (R21a-L).
    from banmian.archive_cli import _summary

    report = store.IngestReport(stopped="cannot write a.db: database or disk is full; the ingest stopped: "
                                        "100 pages read not stored, 20 files not read")
    assert _summary(report, "a.db") == (
        "stored 0 pages, 0 articles in a.db (0 open jumps in the archive); stopped before its end: free the "
        "space, or let the archive be written, and ingest again")


def test_a_day_the_calendar_lacks_and_a_backward_range_are_told_as_such():
    # "2026-04-31 is not a date of the form YYYY-MM-DD" (it is of the form), and --from after --to
    # answered "no articles found" (R21a-N).
    import argparse

    from banmian.archive_cli import date_argument, date_range

    with pytest.raises(argparse.ArgumentTypeError, match="'2026-04-31' is no day of the calendar"):
        date_argument("2026-04-31")
    with pytest.raises(argparse.ArgumentTypeError, match="of the form YYYY-MM-DD"):
        date_argument("yesterday")
    with pytest.raises(store.QueryError, match="--from 2026-06-30 is after --to 2026-06-01"):
        date_range("2026-06-30", "2026-06-01")
    assert date_range("2026-06-01", "2026-06-30") == ("2026-06-01", "2026-06-30")



def _modules_loaded_by(args: list[str], cwd: Path) -> set[str]:
    """The modules the archive's commands import to run `banmian ARGS`, in a fresh interpreter
    (cli.py's own imports, the parse command's, left out: the lead's)."""
    script = ("import argparse, sys\n"
              "from banmian import archive_cli, enrich_cli, web_cli\n"
              "parser = argparse.ArgumentParser(prog='banmian')\n"
              "commands = parser.add_subparsers(required=True)\n"
              "for module in (archive_cli, enrich_cli, web_cli):\n"
              "    module.add_commands(commands)\n"
              "try:\n    parsed = parser.parse_args(sys.argv[1:])\n    parsed.run(parsed)\n"
              "except SystemExit:\n    pass\n"
              "print(' '.join(m for m in sys.modules if m.startswith(('banmian', 'numpy'))), file=sys.stderr)")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [SRC, os.environ.get("PYTHONPATH")]))}
    result = subprocess.run([sys.executable, "-c", script, *args], cwd=cwd, capture_output=True, env=env,
                            timeout=120)
    return set(result.stderr.decode("utf-8").splitlines()[-1].split())


@pytest.mark.parametrize("args", [["--help"], ["search", "温岭", "--db", "banmian.db"],
                                  ["show", "0123456789abcdef", "--db", "banmian.db"]])
def test_archive_commands_start_without_the_rebuild_or_the_tagger(ingested, args):
    # Their patterns and models take a second to load, for a command that reads the archive only.
    loaded = _modules_loaded_by(args, ingested)
    assert "banmian.store.archive" in loaded
    assert not {"banmian.rebuild.patterns", "banmian.enrich", "banmian.store.ingest", "banmian.read.pdf"} & loaded
    # (A search folds its query's traditional characters, a table the rebuild keeps with numpy.)
    assert "numpy" not in loaded or args[0] == "search"


def test_entity_types_are_taken_by_their_names_singular_or_plural(ingested):
    listed = {kind: banmian_cli("entities", "--type", kind, cwd=ingested).out for kind in ENTITY_TYPES}
    assert all(listed.values()), "the fixture pages name people, organisations and places"
    for kind, names in {"PER": ["person", "people", "per"], "ORG": ["organisation", "organization",
                                                                    "Organisations", "org"],
                        "LOC": ["place", "places", "loc"]}.items():
        for name in names:
            assert banmian_cli("entities", "--type", name, cwd=ingested).out == listed[kind], name
    searched = banmian_cli("search", "本报讯", "--entity", "温岭", "--entity-type", "places", cwd=ingested)
    assert searched.out == banmian_cli("search", "本报讯", "--entity", "温岭", "--entity-type", "LOC",
                                       cwd=ingested).out
    wrong = banmian_cli("entities", "--type", "animal", cwd=ingested)
    assert wrong.returncode == 2 and wrong.out == ""
    assert wrong.err == ("banmian: unknown entity type 'animal': give person (PER), organisation (ORG) "
                         "or place (LOC)\n")


def test_show_of_an_id_a_corrected_page_replaced_gives_the_story_and_says_so(ingested):
    page = ingested / "pages" / "wenling" / "2024-01-23" / "01.txt"
    old = json.loads(banmian_cli("search", "第一场雪", "--json", cwd=ingested).out)[0]["id"]
    page.write_text(page.read_text(encoding="utf-8").replace("温岭新年第一场雪", "温岭迎来新年第一场雪"),
                    encoding="utf-8")
    assert banmian_cli("ingest", str(page), cwd=ingested).returncode == 0
    new = json.loads(banmian_cli("search", "第一场雪", "--json", cwd=ingested).out)[0]["id"]
    shown = banmian_cli("show", old, cwd=ingested)
    assert shown.returncode == 0 and shown.out == banmian_cli("show", new, cwd=ingested).out
    assert shown.err.startswith(f"banmian: article {old} was replaced by {new} when its page was ingested again on ")
    snow = PAGE1.index("温岭新年第一场雪")
    page.write_text(PAGE1[:snow] + PAGE1[PAGE1.index("数控机床产业集群"):], encoding="utf-8")  # the story taken out
    banmian_cli("ingest", str(page), cwd=ingested)
    gone = banmian_cli("show", old, cwd=ingested)
    assert gone.returncode == 2 and gone.out == ""
    assert gone.err.startswith(f"banmian: article {old} was on 温岭日报 2024-01-23 page 1, which was ingested again on ")


def test_search_tells_how_many_articles_matched_in_all(ingested):
    # Only the page of hits shown was printed: 20 lines said nothing of 20 or 2,000 found.
    db = str(ingested / "banmian.db")
    total = store.count(db, "本报讯")
    assert total == len(store.search(db, "本报讯", limit=None)) > 2
    first = banmian_cli("search", "本报讯", "--limit", "2", cwd=ingested)
    assert first.err == f"1-2 of {total} articles found; --offset 2 shows the next\n"
    assert len(first.out.splitlines()) == 4  # two hits, each with its snippet
    last = banmian_cli("search", "本报讯", "--limit", "2", "--offset", str(total - 1), "--json", cwd=ingested)
    assert last.err == f"{total} of {total} articles found\n" and len(json.loads(last.out)) == 1
    assert banmian_cli("search", "本报讯", cwd=ingested).err == f"{total} articles found\n"
    assert banmian_cli("search", "本报讯", "--offset", "99", cwd=ingested).err == \
        f"no articles from --offset 99: {total} articles found in all\n"
    assert banmian_cli("search", "没有这个词", cwd=ingested).err == "no articles found\n"
