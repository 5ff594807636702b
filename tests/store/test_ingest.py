"""Ingest: pages rebuilt and stored, metadata from options/header/path, replace, failures."""

import io
import os
import sqlite3
import subprocess
import sys
from dataclasses import asdict, replace
from pathlib import Path

import pytest

import banmian
from banmian.model import BBox
from banmian.read import read_text
from banmian.rebuild import rebuild_source
from banmian.store import ArchiveError, ingest_paths, ingest_text
from banmian.store import ingest
from banmian.store.ingest import rebuild_page
from banmian.store.sqlite import SQLiteArchive

from .fixtures import PAGE1, PAGE2, PAGE_PLAIN, write_issues


def _write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_a_folder_of_pages_is_stored_with_its_jumps_linked(archive, pages):
    report = ingest_paths(archive, [str(pages)])
    assert (report.pages, report.articles, report.failed, report.open_jumps) == (2, 6, [], 0)
    assert archive.counts() == {"pages": 2, "articles": 6, "undated_pages": 0, "unnamed_pages": 0, "jumps": 2,
                                "open_jumps": 0}


def test_options_beat_the_header_and_the_header_beats_the_path(archive, tmp_path):
    header = _write(tmp_path / "other" / "2020-01-01" / "09.txt", PAGE1)
    plain = _write(tmp_path / "wenling" / "2024-01-25" / "03.txt", PAGE_PLAIN)
    ingest_paths(archive, [header, plain])
    ingest_text(archive, PAGE_PLAIN.replace("12公里", "13公里"), name="x/2024-02-01/04.txt", paper="温岭日报")
    where = {(h.paper, h.date, h.page) for h in archive.search(None, limit=None)}
    assert where == {("温岭日报", "2024-01-23", 1), ("wenling", "2024-01-25", 3),
                     ("温岭日报", "2024-02-01", 4)}


@pytest.mark.parametrize("text", [PAGE_PLAIN, PAGE1.replace("第1版", "")])
def test_what_the_path_adds_gives_the_page_the_rebuild_gives_with_those_options(text):
    # rebuild_page reuses the first rebuild's placements: it must be the very page
    # (article ids included) that rebuilding with the path's paper, date and page gives.
    source = read_text(text, "wenling/2024-01-25/03.txt")
    built = rebuild_page(source)
    assert built == rebuild_source(source, paper=built.paper, date=built.date, page=built.page)
    assert built.page == 3 and built.date in ("2024-01-25", "2024-01-23")  # the header's date first
    assert built.articles and built.articles[0].id != rebuild_source(source).articles[0].id


def test_a_dated_page_without_a_paper_name_is_counted_as_such(archive, tmp_path):
    report = ingest_paths(archive, [_write(tmp_path / "notes.txt", PAGE_PLAIN)], date="2024-03-12", page=1)
    assert report.undated == [] and report.unnamed == [str(tmp_path / "notes.txt")]
    assert (archive.counts()["undated_pages"], archive.counts()["unnamed_pages"]) == (0, 1)


@pytest.mark.parametrize("options", [{"page": -5}, {"page": 0}, {"page": 3_000_000_000}, {"date": "2024-02-30"}])
def test_a_page_number_or_date_the_archive_cannot_hold_is_refused(archive, tmp_path, options):
    with pytest.raises(ArchiveError, match="bad "):
        ingest_text(archive, PAGE_PLAIN, **options)
    with pytest.raises(ArchiveError, match="bad "):
        ingest_paths(archive, [_write(tmp_path / "notes.txt", PAGE_PLAIN)], **options)
    assert archive.counts()["pages"] == 0


def test_a_page_without_a_date_is_stored_and_flagged(archive, tmp_path):
    report = ingest_paths(archive, [_write(tmp_path / "notes.txt", PAGE_PLAIN)])
    assert report.pages == 1 and report.undated == [str(tmp_path / "notes.txt")]
    hit = archive.search("污水管网")[0]
    page = archive.page_for(hit.id)
    assert page["date"] is None and page["flags"] == ["no-date", "no-paper", "no-page"]


def test_ingesting_again_replaces_the_page(archive, pages):
    ingest_paths(archive, [str(pages)])
    ids = set(archive.matching_ids(None))
    report = ingest_paths(archive, [str(pages)])
    assert report.replaced == 2
    assert archive.counts()["pages"] == 2 and set(archive.matching_ids(None)) == ids
    # An edited page with the same paper, date and page replaces the old one too.
    ingest_text(archive, PAGE2.replace("23处", "24处"))
    assert archive.counts()["pages"] == 2
    assert [h.snippet for h in archive.search("24处")] and not archive.search("23处")


def test_the_same_text_replaces_a_copy_stored_without_its_paper_date_or_page(archive):
    ingest_text(archive, PAGE_PLAIN)
    ingest_text(archive, PAGE_PLAIN, paper="温岭日报", date="2024-01-23", page=5)
    assert archive.counts()["pages"] == 1 and archive.counts()["undated_pages"] == 0
    # A stray copy without them does not take the page out of its issue: the one that knows more stays.
    stored = ingest_text(archive, PAGE_PLAIN)
    assert (stored.already_as, stored.replaced) == ("温岭日报|2024-01-23|5", 0)
    assert [(h.date, h.page) for h in archive.search("管网")] == [("2024-01-23", 5)]


def test_two_files_of_one_page_in_one_ingest_are_told_apart_from_older_copies(archive, tmp_path):
    first = _write(tmp_path / "a" / "东湖日报" / "2024-03-12" / "03.txt", PAGE_PLAIN)
    second = _write(tmp_path / "b" / "东湖日报" / "2024-03-12" / "03.txt", PAGE_PLAIN.replace("管网", "管线"))
    report = ingest_paths(archive, [first, second])
    assert (report.pages, report.replaced) == (1, 0)
    assert report.collisions == [(second, first, "东湖日报|2024-03-12|3")]
    assert report.articles == archive.counts()["articles"]


def test_one_page_number_for_several_files_is_refused(tmp_path):
    files = [_write(tmp_path / name, PAGE_PLAIN) for name in ("a.txt", "b.txt")]
    with pytest.raises(ArchiveError, match="a page number names one page file, and 2 were given"):
        ingest_paths(str(tmp_path / "new.db"), files, page=3)
    assert not (tmp_path / "new.db").exists()


def test_an_ingest_reports_pages_stored_already_with_their_paper_date_and_page(archive, tmp_path):
    dated = _write(tmp_path / "东湖日报" / "2024-03-12" / "08.txt", PAGE_PLAIN)
    stray = _write(tmp_path / "downloads" / "page.txt", PAGE_PLAIN)
    ingest_paths(archive, [dated])
    report = ingest_paths(archive, [stray])
    assert (report.pages, report.replaced, report.already) == (0, 0, [(stray, "东湖日报|2024-03-12|8")])
    assert [(h.paper, h.date, h.page) for h in archive.search("管网")] == [("东湖日报", "2024-03-12", 8)]


def test_the_same_text_printed_on_another_day_is_another_page(archive):
    ingest_text(archive, PAGE_PLAIN, paper="温岭日报", date="2024-01-23", page=5)
    stored = ingest_text(archive, PAGE_PLAIN, name="wenling/2024-01-24/06.txt")
    assert stored.replaced == 0 and archive.counts()["pages"] == 2
    assert sorted((h.date, h.page) for h in archive.search("管网")) == [("2024-01-23", 5), ("2024-01-24", 6)]


def test_failing_pages_are_listed_and_the_others_stored(archive, tmp_path):
    good = _write(tmp_path / "wenling" / "2024-01-23" / "01.txt", PAGE1)
    empty = _write(tmp_path / "empty.txt", "  \n\n")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02\x03" * 100)
    (tmp_path / "nothing").mkdir()
    report = ingest_paths(archive, [str(tmp_path / "missing.txt"), empty, str(binary), good,
                                    str(tmp_path / "nothing")])
    reasons = dict(report.failed)
    assert set(reasons) == {str(tmp_path / "missing.txt"), empty, str(binary), str(tmp_path / "nothing")}
    assert "no such file" in reasons[str(tmp_path / "missing.txt")]
    assert "binary" in reasons[str(binary)]
    assert report.pages == 1 and archive.counts()["pages"] == 1


def test_stdin_is_read_for_a_dash(archive):
    report = ingest_paths(archive, ["-"], stdin=io.BytesIO(PAGE2.encode("gb18030")))
    assert report.pages == 1 and report.failed == []
    assert archive.search("渔船")[0].page == 2


def test_raw_text_lines_and_placements_are_kept(archive):
    ingest_text(archive, PAGE1)
    hit = archive.search("第一场雪")[0]
    page = archive.page_for(hit.id)
    assert page["raw_text"] == PAGE1
    assert len(page["article_ids"]) == 3 and hit.id in page["article_ids"]
    lines = {line["number"]: line["text"] for line in page["lines"]}
    placed = [p for p in page["placements"] if p["article"] == hit.id]
    assert {p["field"] for p in placed} >= {"headline", "paragraph"}
    assert "温岭新年第一场雪" in [lines[p["line"]] for p in placed]
    furniture = [p for p in page["placements"] if p["article"] is None]
    assert [lines[p["line"]] for p in furniture] == ["温岭日报 2024年1月23日 星期二 第1版"]


def test_lines_and_placements_are_stored_as_the_page_holds_them(archive):
    # Quotes and a backslash are escaped in the JSON; a line from a layout reader keeps
    # its box and type size (written another way than a text line's, the same JSON).
    text = PAGE1.replace("温岭新年第一场雪", '温岭"新年"\\第一场雪')
    built = rebuild_source(read_text(text, "<text>"))
    lines = list(built.lines)
    lines[1] = replace(lines[1], bbox=BBox(1.5, 2.0, 300.25, 20.0), font_size=10.5)
    built = replace(built, lines=lines)
    archive.add_page(built, text=text)
    stored = archive.page_at(built.paper, built.date, built.page)
    assert stored["lines"] == [
        {"number": line.number, "text": line.text, "gap_before": line.gap_before, "indent": line.indent,
         **({"bbox": asdict(line.bbox)} if line.bbox else {}),
         **({"font_size": line.font_size} if line.font_size is not None else {})}
        for line in lines]
    assert '温岭"新年"\\第一场雪' in [line["text"] for line in stored["lines"]]
    assert stored["placements"] == [
        {"line": p.line, "article": None if p.article is None else built.articles[p.article].id,
         "field": p.field, "block": p.block} for p in built.placements]


def test_a_bad_date_option_is_refused(archive, pages):
    with pytest.raises(ArchiveError, match="YYYY-MM-DD"):
        ingest_paths(archive, [str(pages)], date="23/01/2024")


def _failing_article(archive, monkeypatch, word: str, error: Exception):
    """Make storing an article whose body holds `word` fail, after its row is written."""
    insert = archive._insert_article

    def failing(cur, *args):
        seq, columns = insert(cur, *args)
        if word in columns[1]:
            raise error
        return seq, columns

    monkeypatch.setattr(archive, "_insert_article", failing)


def _failing_index(archive, monkeypatch, word: str, error: Exception):
    """Make writing the search index fail, after its rows are written, where an article's body holds `word`."""
    index = archive._index

    def failing(cur, articles):
        index(cur, articles)
        if any(word in columns[1] for _, columns in articles):
            raise error

    monkeypatch.setattr(archive, "_index", failing)


def test_a_page_that_fails_among_pages_stored_together_is_rolled_back_alone(archive, tmp_path, monkeypatch):
    files = write_issues(tmp_path, 3)  # six pages, stored in one batch
    _failing_article(archive, monkeypatch, "渔船", ValueError("broken page"))
    report = ingest_paths(archive, files)
    # Page 2 of each issue holds 渔船: those three fail, the first pages are stored whole.
    assert sorted(report.failed) == sorted((f, "unexpected ValueError: broken page") for f in files[1::2])
    assert report.pages == 3 and archive.counts()["pages"] == 3
    assert archive.search("渔船") == [] and len(archive.search("第一场雪")) == 3
    if isinstance(archive, SQLiteArchive):
        archive.db.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
        assert archive._query("PRAGMA integrity_check")[0][0] == "ok"


def test_a_database_failure_among_pages_stored_together_keeps_them_all_out(tmp_path, monkeypatch):
    files = write_issues(tmp_path, 2)
    with SQLiteArchive(str(tmp_path / "archive.db")) as archive:
        ingest_paths(archive, files[:1])
        _failing_index(archive, monkeypatch, "渔船", sqlite3.OperationalError("disk I/O error"))
        report = ingest_paths(archive, files)
        assert report.pages == 0 and report.failed == [] and report.stopped == (
            f"cannot write {archive.path}: disk I/O error; the ingest stopped: 4 pages read not stored")
        assert archive.counts()["pages"] == 1 and len(archive.search("第一场雪")) == 1
        archive.db.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")


def test_an_archive_that_cannot_be_written_stops_the_ingest_and_is_told_once(tmp_path, monkeypatch):
    # A full disk was told once a page (150 lines), every later page was still rebuilt and enriched
    # to fail the same way, and the pages never stored were said to be "stored as its header says".
    files = write_issues(tmp_path, 3)
    misdated = Path(files[1])
    misdated.write_text(misdated.read_text(encoding="utf-8").replace("1月23日", "1月28日"), encoding="utf-8")
    monkeypatch.setattr(ingest, "BATCH_PAGES", 2)
    with SQLiteArchive(str(tmp_path / "archive.db")) as archive:
        rebuilt = []
        rebuild_source = ingest.rebuild_source
        monkeypatch.setattr(ingest, "rebuild_source", lambda *a, **k: rebuilt.append(1) or rebuild_source(*a, **k))
        _failing_index(archive, monkeypatch, "第一场雪", sqlite3.OperationalError("database or disk is full"))
        report = ingest_paths(archive, files)
        # Told as the archive's failure, not the first page's of the batch (R21a-L).
        assert report.failed == [] and report.stopped == (
            f"cannot write {archive.path}: database or disk is full; the ingest stopped: 2 pages read not "
            "stored, 4 files not read")
        assert (report.pages, report.disagreements, len(rebuilt)) == (0, [], 2)
        assert archive.counts()["pages"] == 0


def test_a_page_stored_twice_in_one_batch_is_indexed_once(archive, tmp_path):
    files = write_issues(tmp_path, 1)
    # The second copy replaces the first while the first still waits for the search index.  (A copy
    # of it: a file named twice is read once.)
    copy = _write(tmp_path / "copy" / "01.txt", Path(files[0]).read_text(encoding="utf-8"))
    report = ingest_paths(archive, [files[0], copy, files[1]])
    assert (report.pages, report.replaced, report.failed) == (2, 0, [])
    assert [name for name, _, _ in report.collisions] == [copy]
    assert archive.counts()["pages"] == 2 and len(archive.search("第一场雪")) == 1
    if isinstance(archive, SQLiteArchive):
        archive.db.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
        assert archive._query("PRAGMA integrity_check")[0][0] == "ok"


# Ingest in batches of three pages, and die (as if killed) while storing the fifth.
KILLED_IN_A_BATCH = """
import os, sys
from banmian.store import ingest, ingest_paths
from banmian.store.sqlite import SQLiteArchive
ingest.BATCH_PAGES = 3
store, stored = SQLiteArchive._store, []
def dying(self, cur, item, to_index):
    stored.append(store(self, cur, item, to_index))
    if len(stored) == 5:
        os._exit(9)
    return stored[-1]
SQLiteArchive._store = dying
ingest_paths(sys.argv[1], sys.argv[2:])
"""


def test_an_ingest_killed_inside_a_batch_keeps_the_batches_before_it_whole(tmp_path):
    files = write_issues(tmp_path, 4)
    db = str(tmp_path / "archive.db")
    src = str(Path(banmian.__file__).resolve().parent.parent)
    done = subprocess.run([sys.executable, "-c", KILLED_IN_A_BATCH, db, *files],
                          env={**os.environ, "PYTHONPATH": src}, timeout=120)
    assert done.returncode == 9
    with SQLiteArchive(db, create=False) as archive:
        assert archive.counts()["pages"] == 3  # the first batch; the fourth and fifth pages are gone
        assert {h.page for h in archive.search("第一场雪")} == {1} and len(archive.search("第一场雪")) == 2
        assert archive._query("PRAGMA integrity_check")[0][0] == "ok"
        archive.db.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
    assert ingest_paths(db, files).pages == 8


def test_pages_are_stored_in_batches_of_at_most_so_many_pages_or_seconds(archive, tmp_path, monkeypatch):
    files = write_issues(tmp_path, 3)
    sizes = []
    add_pages = archive.add_pages
    monkeypatch.setattr(archive, "add_pages", lambda pages: sizes.append(len(pages)) or add_pages(pages))
    assert ingest_paths(archive, files).pages == 6 and sizes == [6]
    monkeypatch.setattr(ingest, "BATCH_PAGES", 4)
    sizes.clear()
    assert ingest_paths(archive, files).pages == 6 and sizes == [4, 2]
    # A page that has waited BATCH_SECONDS is stored with what is ready, not kept for more.
    monkeypatch.setattr(ingest, "BATCH_SECONDS", 0.0)
    sizes.clear()
    assert ingest_paths(archive, files).pages == 6 and sizes == [1] * 6
    assert archive.counts()["pages"] == 6


def test_a_header_that_names_another_date_or_page_than_the_path_is_reported(archive, tmp_path):
    # An OCR-misread header (23 read as 28) filed the page under another issue without a word.
    folder = tmp_path / "温岭日报" / "2024-01-23"
    folder.mkdir(parents=True)
    (folder / "03.txt").write_text(PAGE2.replace("1月23日", "1月28日"), encoding="utf-8")
    (folder / "02.txt").write_text(PAGE2, encoding="utf-8")
    report = ingest_paths(archive, [str(tmp_path)], enrich=False)
    assert report.disagreements == [
        (str(folder / "03.txt"), "its header says date 2024-01-28, its path 2024-01-23; page 2, its path 3")]


def test_a_copy_without_metadata_replaced_in_the_same_run_is_not_counted(archive, tmp_path):
    # The unnamed copy, stored first and replaced by the named one, was counted as a second
    # page, one without a date and a paper name, that the archive no longer held.
    (tmp_path / "copy.txt").write_text(PAGE_PLAIN, encoding="utf-8")
    named = tmp_path / "温岭日报" / "2024-01-25" / "03.txt"
    named.parent.mkdir(parents=True)
    named.write_text(PAGE_PLAIN, encoding="utf-8")
    report = ingest_paths(archive, [str(tmp_path / "copy.txt"), str(named)], enrich=False)
    assert (report.pages, report.articles, report.replaced) == (1, 1, 0)
    assert not (report.undated or report.unnamed or report.unnumbered)
    assert archive.counts()["pages"] == 1


def test_a_file_numbered_in_a_flat_folder_is_no_page_number_to_disagree_with(archive, tmp_path):
    # 0003.txt counts the files: only a dated path (PAPER/DATE/03) says which page it is.
    (tmp_path / "0003.txt").write_text(PAGE2, encoding="utf-8")
    assert ingest_paths(archive, [str(tmp_path)], enrich=False).disagreements == []


def test_the_later_pages_of_an_issue_file_take_the_first_pages_paper_date_and_number(archive, tmp_path):
    # One file, one issue: page 2 lost its head (an image head, an OCR slip) but follows page 1.
    issue = _write(tmp_path / "issue.txt", PAGE1 + "\f" + PAGE2.split("\n", 1)[1] + "\f")
    report = ingest_paths(archive, [issue])
    assert (report.pages, report.open_jumps) == (2, 0)
    assert archive.counts()["undated_pages"] == archive.counts()["unnamed_pages"] == 0
    assert [(p.paper, p.date, p.page) for p in banmian.rebuild_path(issue)] == [
        ("温岭日报", "2024-01-23", 1), ("温岭日报", "2024-01-23", 2)]


def test_a_later_page_of_an_issue_file_keeps_what_its_own_head_says(tmp_path):
    issue = _write(tmp_path / "issue.txt", PAGE1 + "\f" + PAGE2.replace("第2版", "第5版") + "\f")
    assert [p.page for p in banmian.rebuild_path(issue)] == [1, 5]


def test_a_later_page_of_an_issue_file_is_counted_from_the_page_before_not_forced_by_the_option(archive, tmp_path):
    # Selected pages of an issue (1, 5 and the page after it, its head lost): the option numbers the
    # first page only; 第5版 is page 5 and the headless page after it 6, by option and by path alike.
    headless = PAGE2.split("\n", 1)[1].replace("（上接第一版）\n", "")
    text = PAGE1 + "\f" + PAGE2.replace("第2版", "第5版") + "\f" + headless + "\f"
    issue = _write(tmp_path / "wenling" / "2024-01-23" / "01.txt", text)
    assert [p.page for p in banmian.rebuild_path(issue, page=1)] == [1, 5, 6]
    ingest_paths(archive, [issue], page=1)
    assert sorted(row["page"] for row in archive._query("SELECT page FROM pages")) == [1, 5, 6]


def test_a_header_naming_another_paper_than_its_folder_is_told(archive, tmp_path):
    # An OCR-misread flag (温峙日报) had filed the page under a new paper without a word.
    misread = _write(tmp_path / "温岭日报" / "2024-01-23" / "01.txt", PAGE1.replace("温岭日报", "温峙日报", 1))
    lettered = _write(tmp_path / "wenling" / "2024-01-23" / "02.txt", PAGE2)
    report = ingest_paths(archive, [misread, lettered], enrich=False)
    assert report.disagreements == [(misread, "its header says paper 温峙日报, its path 温岭日报")]


def test_a_page_removed_takes_its_articles_mentions_and_index_rows_and_opens_the_jumps_into_it(archive, pages):
    ingest_paths(archive, [str(pages)])
    assert archive.counts()["open_jumps"] == 0 and archive.search("销号")
    assert archive.remove_page("温岭日报", "2024-01-23", 2) == 3
    assert archive.counts() == {"pages": 1, "articles": 3, "undated_pages": 0, "unnamed_pages": 0, "jumps": 0,
                                "open_jumps": 2}
    assert archive.search("销号") == [] and archive.search("专题询问会")  # the head, its story shorter
    assert not [e for e in archive.entities() if e["name"] == "江金永"]  # named on page 2 only
    with pytest.raises(banmian.store.NotFoundError, match="no page 温岭日报 2024-01-23 2 in the archive"):
        archive.remove_page("温岭日报", "2024-01-23", 2)
    ingest_paths(archive, [str(pages)])  # stored again: joined again
    assert archive.counts()["open_jumps"] == 0 and archive.search("销号")


def test_section_folders_by_page_range_and_folders_not_understood_lose_no_page(archive, tmp_path):
    # A regression of 95dd949 had skipped folders it did not understand: two of them made one page.
    issue = tmp_path / "新京报" / "2024-03-12"
    for folder, text in zip(("A01-A16", "B叠（B01-B08）", "城事", "文体"), (PAGE1, PAGE2, PAGE_PLAIN, PAGE2)):
        _write(issue / folder / "01.txt", text.replace("温岭日报 2024年1月23日 星期二 ", "").replace(
            "第1版", "").replace("第2版", "") + f"\n{folder}\n")
    report = ingest_paths(archive, [str(tmp_path)], enrich=False)
    assert report.pages == 4 and not report.collisions


@pytest.mark.parametrize("header, real", [(2, "02.txt"), (5, "05.txt")])  # stored before it, and after
@pytest.mark.parametrize("batch", [1, 100])
def test_a_misread_header_page_number_does_not_replace_the_page_it_names(archive, tmp_path, monkeypatch,
                                                                          header, real, batch):
    # 03.txt's header misread (第2版 or 第5版 for 第3版) filed it on top of the page of that number,
    # whose path and header agree, and one of the two pages was lost with exit code 0 (R20-F).
    monkeypatch.setattr(ingest, "BATCH_PAGES", batch)
    folder = tmp_path / "温岭日报" / "2024-01-23"
    headed = PAGE2.replace("第2版", f"第{header}版")
    real_page = _write(folder / real, headed)
    misread_page = _write(folder / "03.txt", headed.replace("石塘镇", "松门镇"))
    report = ingest_paths(archive, [str(tmp_path)], enrich=batch == 1)
    assert sorted(row["page"] for row in archive._query("SELECT page FROM pages")) == sorted([3, header])
    assert {h.page for h in archive.search("松门镇")} == {3}
    assert {h.page for h in archive.search("石塘镇")} == {header}
    assert report.filed_by_path == [(misread_page, f"its header says page {header}, its path 3",
                                     f"as its header says it would replace {real_page}, whose path and header agree")]
    assert (report.pages, report.disagreements, report.collisions) == (2, [], [])
    assert report.articles == archive.counts()["articles"]


def test_a_header_that_disagrees_with_its_path_is_followed_where_it_replaces_no_page(archive, tmp_path):
    folder = tmp_path / "温岭日报" / "2024-01-23"
    misread = _write(folder / "03.txt", PAGE2.replace("第2版", "第8版"))
    report = ingest_paths(archive, [str(tmp_path)], enrich=False)
    assert [row["page"] for row in archive._query("SELECT page FROM pages")] == [8]
    assert report.disagreements == [(misread, "its header says page 8, its path 3")] and report.filed_by_path == []


@pytest.mark.parametrize("where, given", [("东湖日报", "2024-05-21"), ("东湖日报/2024-05-21", "."),
                                          ("东湖日报/2024-05-21", "02.txt")])
def test_paper_and_date_are_read_from_where_the_file_is_not_from_the_path_as_typed(archive, tmp_path, monkeypatch,
                                                                                   where, given):
    # `cd 东湖日报 && banmian ingest 2024-05-21` stored the pages without a paper, and run inside
    # the day's folder without a date either.
    _write(tmp_path / "东湖日报" / "2024-05-21" / "02.txt", PAGE_PLAIN)
    monkeypatch.chdir(tmp_path / where)
    report = ingest_paths(archive, [given], enrich=False)
    assert (report.pages, report.undated, report.unnamed) == (1, [], [])
    assert [(h.paper, h.date, h.page) for h in archive.search("管网")] == [("东湖日报", "2024-05-21", 2)]


def test_a_headless_page_of_a_folder_named_in_letters_takes_the_paper_its_issues_heads_print(archive, tmp_path):
    # wenling/2024-01-23/: page 1's head says 温岭日报, page 2 prints none and was filed under
    # "wenling": one issue became two papers and its jumps were never joined (R20-U).
    folder = tmp_path / "wenling" / "2024-01-23"
    _write(folder / "01.txt", PAGE1)
    _write(folder / "02.txt", PAGE2.split("\n", 1)[1])
    _write(tmp_path / "wenling" / "2024-01-24" / "01.txt", PAGE_PLAIN)
    report = ingest_paths(archive, [str(tmp_path)], enrich=False)
    assert (report.pages, report.open_jumps, report.disagreements) == (3, 0, [])
    assert sorted(row["key"] for row in archive._query("SELECT key FROM pages")) == [
        "温岭日报|2024-01-23|1", "温岭日报|2024-01-23|2", "温岭日报|2024-01-24|1"]


@pytest.mark.parametrize("batch", [1, 100])
def test_saved_e_paper_stories_of_one_page_are_stored_together(archive, tmp_path, monkeypatch, batch):
    # content_1.html and content_2.html, a story each of 第01版, were each filed as the whole page:
    # the second replaced the first, and one story of the page survived (R20-AG).
    monkeypatch.setattr(ingest, "BATCH_PAGES", batch)
    folder = tmp_path / "人民日报" / "2026-05-22"
    page = "<html><body><div>第01版：要闻</div><h1>{}</h1><p>本报讯（记者{}）{}</p></body></html>"
    _write(folder / "content_1.html", page.format("市区道路改造完工", "王小明", "市区道路改造完工，新增车位300个。"))
    _write(folder / "content_2.html", page.format("新学期课后服务启动", "李华", "全市中小学课后服务全面启动。"))
    report = ingest_paths(archive, [str(tmp_path)], enrich=False)
    assert (report.pages, report.articles, report.collisions) == (1, 2, [])
    assert sorted((h.page, *h.headline) for h in archive.search("本报讯")) == [
        (1, "市区道路改造完工"), (1, "新学期课后服务启动")]
    assert archive.counts()["pages"] == 1


def test_an_issues_text_in_a_dated_folder_is_numbered_from_page_1_where_nothing_numbers_it(archive, tmp_path):
    # pdftotext of a whole issue, its pages split by form feeds, heads printing no number: no page
    # got a number, since nothing numbered the first to count on from (R20-AF).
    headless = [PAGE1.split("\n", 1)[1], PAGE2.split("\n", 1)[1]]
    issue = _write(tmp_path / "温岭日报" / "2024-01-23" / "全刊.txt", "\f".join(headless) + "\f")
    single = _write(tmp_path / "温岭日报" / "2024-01-23" / "要闻.txt", PAGE_PLAIN)
    report = ingest_paths(archive, [issue, single], enrich=False)
    assert (report.pages, report.unnumbered, report.open_jumps) == (3, [single], 0)
    assert sorted(row["key"] for row in archive._query("SELECT key FROM pages") if "|" in row["key"]) == [
        "温岭日报|2024-01-23|1", "温岭日报|2024-01-23|2"]



@pytest.mark.parametrize("year, why", [("2094", "yet to come"), ("1024", "before any newspaper")])
def test_a_header_date_that_cannot_be_the_issues_loses_to_its_paths(archive, tmp_path, year, why):
    # An OCR-misread year (2094 for 2024) filed the page 70 years ahead; every trend ran to it (R20-O).
    page = _write(tmp_path / "温岭日报" / "2024-01-23" / "01.txt", PAGE1.replace("2024年", f"{year}年", 1))
    report = ingest_paths(archive, [page])
    assert [row["key"] for row in archive._query("SELECT key FROM pages")] == ["温岭日报|2024-01-23|1"]
    assert report.filed_by_path == [(page, f"its header says date {year}-01-23, its path 2024-01-23",
                                     f"its header's date is {why}")] and report.disagreements == []
    # (and its 1月22日 is of 2024)
    assert {row["value"] for row in archive._query("SELECT value FROM date_mentions")} >= {"2024-01-22"}


def test_a_headless_page_of_a_folder_named_otherwise_than_its_heads_takes_the_paper_they_print(archive, tmp_path):
    # 温岭日报 扫描/2024-01-23/: page 1's head says 温岭日报 (told: its path says otherwise), page 2
    # prints none and was filed under the folder's name: one issue became two papers, its jump open
    # (R21a-F).  A folder naming another paper altogether keeps its headless pages.
    folder = tmp_path / "温岭日报 扫描" / "2024-01-23"
    _write(folder / "01.txt", PAGE1)
    _write(folder / "02.txt", PAGE2.split("\n", 1)[1])
    _write(tmp_path / "东湖日报" / "2024-01-24" / "01.txt", PAGE1.replace("1月23日", "1月24日"))
    _write(tmp_path / "东湖日报" / "2024-01-24" / "02.txt", PAGE2.split("\n", 1)[1])
    report = ingest_paths(archive, [str(tmp_path)], enrich=False)
    assert report.pages == 4 and len(report.disagreements) == 2
    assert sorted(row["key"] for row in archive._query("SELECT key FROM pages")) == [
        "东湖日报|2024-01-24|2", "温岭日报|2024-01-23|1", "温岭日报|2024-01-23|2", "温岭日报|2024-01-24|1"]
    open_on = [row["date"] for row in archive._query("SELECT date FROM open_jumps")]
    assert open_on and set(open_on) == {"2024-01-24"}  # 东湖日报's page 2 is no part of 温岭日报's issue


def test_a_page_stored_again_under_another_papers_name_is_told(archive, tmp_path):
    # 温岭日报 扫描/… ingested, then the folder renamed 温岭日报/ and ingested again: every page was
    # stored twice, under both names, and nothing said so (R21a-G).  Both are kept, and told.
    _write(tmp_path / "a" / "温岭日报 扫描" / "2024-01-23" / "02.txt", PAGE2.split("\n", 1)[1])
    _write(tmp_path / "b" / "温岭日报" / "2024-01-23" / "02.txt", PAGE2.split("\n", 1)[1])
    assert ingest_paths(archive, [str(tmp_path / "a")], enrich=False).twins == []
    report = ingest_paths(archive, [str(tmp_path / "b")], enrich=False)
    assert report.pages == 1 and report.twins == [
        (str(tmp_path / "b" / "温岭日报" / "2024-01-23" / "02.txt"), "温岭日报 扫描|2024-01-23|2")]
    assert archive.counts()["pages"] == 2


def test_the_pages_read_from_a_folder_are_removed_together(archive, tmp_path):
    # Undoing a folder filed under a wrong paper took one delete a page (R21a-G).
    _write(tmp_path / "a_b" / "温岭日报 扫描" / "2024-01-23" / "01.txt", PAGE1.split("\n", 1)[1])
    _write(tmp_path / "a_b" / "温岭日报 扫描" / "2024-01-23" / "02.txt", PAGE2.split("\n", 1)[1])
    _write(tmp_path / "a_bc" / "温岭日报" / "2024-01-24" / "01.txt", PAGE_PLAIN)  # its name begins alike
    ingest_paths(archive, [str(tmp_path)], enrich=False)
    assert archive.counts()["pages"] == 3
    assert archive.remove_pages_from(str(tmp_path / "a_b")) == (2, 6)
    assert [row["key"] for row in archive._query("SELECT key FROM pages")] == ["温岭日报|2024-01-24|1"]
    assert archive.entities() == [] and not archive.search("数控机床")
    with pytest.raises(banmian.store.NotFoundError, match="no page read from"):
        archive.remove_pages_from(str(tmp_path / "a_b"))


def test_ctrl_c_while_a_batch_is_tagged_stores_it_without_rebuilding_it_again(archive, tmp_path, monkeypatch):
    # The pages already rebuilt were rebuilt again (17-26 s of a 100-page batch before the ingest
    # stopped, R21a-K), each page of an issue's text counted on from the last page of the first pass.
    headless = [PAGE1.split("\n", 1)[1], PAGE2.split("\n", 1)[1], PAGE_PLAIN]
    issue = _write(tmp_path / "温岭日报" / "2024-01-23" / "全刊.txt", "\f".join(headless) + "\f")
    rebuilt, tagged = [], []
    rebuild_source, names = ingest.rebuild_source, ingest.page_entities

    def tag_once_then_ctrl_c(page):
        tagged.append(page.page)
        if len(tagged) == 2:
            raise KeyboardInterrupt
        return names(page)
    monkeypatch.setattr(ingest, "rebuild_source", lambda *a, **k: rebuilt.append(1) or rebuild_source(*a, **k))
    monkeypatch.setattr(ingest, "page_entities", tag_once_then_ctrl_c)
    with pytest.raises(KeyboardInterrupt):
        ingest_paths(archive, [issue])
    assert len(rebuilt) == 3 and tagged == [1, 2, 2, 3]
    assert sorted(row["key"] for row in archive._query("SELECT key FROM pages")) == [
        "温岭日报|2024-01-23|1", "温岭日报|2024-01-23|2", "温岭日报|2024-01-23|3"]


def test_a_date_given_for_files_of_several_dated_issues_is_refused_before_anything_is_stored(archive, tmp_path):
    # ingest 人民日报/ --date 2024-01-23 filed the pages of every day under the 23rd: the real issue's
    # pages were replaced by other days' (R21a-W).  A date given for one issue's files still holds.
    from .fixtures import issue

    for day in range(2):
        for number, text in enumerate(issue(day), 1):
            _write(tmp_path / "wenling" / f"2024-01-0{day + 1}" / f"0{number}.txt", text)
    with pytest.raises(ArchiveError, match=r"^a date names one issue, and the paths of these files name 2 "
                                           r"\(2024-01-01, 2024-01-02\): let their paths date them"):
        ingest_paths(archive, [str(tmp_path / "wenling")], date="2024-01-23", enrich=False)
    assert archive.counts()["pages"] == 0
    assert ingest_paths(archive, [str(tmp_path / "wenling" / "2024-01-02")], date="2024-01-23",
                        enrich=False).pages == 2


def test_a_file_named_twice_in_one_ingest_is_read_once(archive, tmp_path, monkeypatch):
    # Overlapping arguments (a folder and a file in it, ./ and absolute spellings) read a file as often
    # as it was named, told as "X replaced X" (R21a-U).
    page = _write(tmp_path / "温岭日报" / "2024-01-23" / "01.txt", PAGE1)
    monkeypatch.chdir(tmp_path)
    report = ingest_paths(archive, [str(tmp_path), "温岭日报/2024-01-23", "./温岭日报/2024-01-23/01.txt", page],
                          enrich=False)
    assert (report.pages, report.collisions) == (1, [])
