"""Ingest makes a batch of pages ready stage by stage, and still fails a file as page by page did."""

from dataclasses import replace

import pytest

from banmian.enrich import enrich_page, page_entities
from banmian.errors import InputError
from banmian.read import read_text
from banmian.rebuild import rebuild
from banmian.store import ingest, ingest_paths
from banmian.store.sqlite import SQLiteArchive

from store.fixtures import PAGE1, PAGE2, issue


def _files(folder, days: int) -> list[str]:
    files = []
    for day in range(days):
        for number, text in enumerate(issue(day), 1):
            path = folder / f"day{day}" / f"{number:02d}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            files.append(str(path))
    return files


def test_a_batch_is_rebuilt_then_enriched_then_stored(tmp_path, monkeypatch):
    steps = []
    rebuild_source, names, enriched = ingest.rebuild_source, ingest.page_entities, ingest.enriched
    add_pages = SQLiteArchive.add_pages
    monkeypatch.setattr(ingest, "BATCH_PAGES", 4)
    monkeypatch.setattr(ingest, "rebuild_source", lambda *a, **k: steps.append("rebuild") or rebuild_source(*a, **k))
    monkeypatch.setattr(ingest, "page_entities", lambda page: steps.append("names") or names(page))
    monkeypatch.setattr(ingest, "enriched", lambda page, found: steps.append("rest") or enriched(page, found))
    monkeypatch.setattr(SQLiteArchive, "add_pages", lambda self, pages: steps.append("store") or add_pages(self, pages))
    report = ingest_paths(str(tmp_path / "a.db"), _files(tmp_path, 3))
    assert (report.pages, report.failed) == (6, [])
    assert steps == (["rebuild"] * 4 + ["names"] * 4 + ["rest"] * 4 + ["store"]
                     + ["rebuild"] * 2 + ["names"] * 2 + ["rest"] * 2 + ["store"])


def test_names_found_before_are_the_names_enrich_page_finds():
    page = rebuild(PAGE1)
    assert enrich_page(page, page_entities(page)) == enrich_page(page)


def test_a_file_fails_once_at_its_first_bad_page_and_in_its_place(tmp_path, monkeypatch):
    good, unreadable, three_pages, last = _files(tmp_path, 2)
    read = ingest._read

    def reading(name, stdin, progress):
        if name == unreadable:
            raise InputError("cannot read this one")
        if name == three_pages:  # pages 1 and 3 rebuild; page 2 does not
            return [(read_text(text, name), {}) for text in (PAGE1, "第2版", PAGE2)]
        return read(name, stdin, progress)

    rebuild_source = ingest.rebuild_source

    def rebuilding(source, **options):
        if source.text == "第2版":
            raise ValueError("a page the rebuild cannot take")
        return rebuild_source(source, **options)

    monkeypatch.setattr(ingest, "_read", reading)
    monkeypatch.setattr(ingest, "rebuild_source", rebuilding)
    with SQLiteArchive(str(tmp_path / "a.db")) as archive:
        report = ingest_paths(archive, [good, unreadable, three_pages, last])
        # The page before the bad one is stored, the one after it is not; each file is told once.
        assert report.pages == 3
        assert [name for name, _ in report.failed] == [unreadable, three_pages]
        assert "cannot read this one" in report.failed[0][1] and "ValueError" in report.failed[1][1]
        assert archive.counts()["pages"] == 3


def test_a_page_numbered_from_its_path_keeps_its_figures():
    # Paper, date and page taken from the path re-assembled the page without its figures: a PDF
    # page's photos and the photo regions of its captions were lost from the archive.
    from banmian.model import BBox

    source = read_text(PAGE1.split("\n", 1)[1], "wenling/2024-01-23/01.txt")
    photo = BBox(10, 10, 200, 150)
    built = ingest.rebuild_page(replace(source, figures=[photo]))
    assert (built.paper, built.page) == ("wenling", 1) and built.figures == [photo]


def _pages_then(error: BaseException):
    """A reader that gives the two fixture pages of a file, then fails as `error` says."""
    def read(name, progress=None):
        for index, text in enumerate((PAGE1, PAGE2)):
            yield replace(read_text(text, name), index=index)
        raise error
    return read


def test_ctrl_c_while_a_file_is_read_keeps_its_pages_read_before(tmp_path, monkeypatch):
    # The pages of a scan came to the batch only when the whole file was OCR'd: Ctrl-C on its
    # last page lost every page read before it, minutes of OCR each.
    monkeypatch.setattr(ingest, "read_path", _pages_then(KeyboardInterrupt()))
    path = tmp_path / "issue.tif"
    path.write_bytes(b"II*\x00")
    with SQLiteArchive(str(tmp_path / "a.db"), create=True) as archive:
        with pytest.raises(KeyboardInterrupt):
            ingest_paths(archive, [str(path)], enrich=False)
        assert archive.counts()["pages"] == 2


def test_ctrl_c_while_a_batch_is_rebuilt_keeps_the_batch(tmp_path, monkeypatch):
    # The batch was taken out of waiting before it was rebuilt: Ctrl-C then lost up to 100 pages read.
    rebuild_source, interrupted = ingest.rebuild_source, []

    def interrupted_once(*args, **kwargs):
        if not interrupted:
            interrupted.append(True)
            raise KeyboardInterrupt
        return rebuild_source(*args, **kwargs)

    monkeypatch.setattr(ingest, "rebuild_source", interrupted_once)
    monkeypatch.setattr(ingest, "BATCH_PAGES", 2)
    for number, text in enumerate((PAGE1, PAGE2, PAGE1.replace("第1版", "第3版")), 1):
        (tmp_path / f"{number:02d}.txt").write_text(text, encoding="utf-8")
    with SQLiteArchive(str(tmp_path / "a.db"), create=True) as archive:
        with pytest.raises(KeyboardInterrupt):
            ingest_paths(archive, [str(tmp_path)], enrich=False)
        assert archive.counts()["pages"] == 2


def test_ctrl_c_while_a_batch_is_written_keeps_the_batch(tmp_path, monkeypatch):
    # The batch left waiting before it was written: Ctrl-C in the write rolled it back and
    # the store that followed found nothing to store (R20-E).
    add_pages, interrupted = SQLiteArchive.add_pages, []

    def interrupted_once(self, pages):
        if not interrupted:
            interrupted.append(True)
            raise KeyboardInterrupt
        return add_pages(self, pages)

    monkeypatch.setattr(SQLiteArchive, "add_pages", interrupted_once)
    for number, text in enumerate((PAGE1, PAGE2), 1):
        (tmp_path / f"{number:02d}.txt").write_text(text, encoding="utf-8")
    with SQLiteArchive(str(tmp_path / "a.db"), create=True) as archive:
        with pytest.raises(KeyboardInterrupt):
            ingest_paths(archive, [str(tmp_path)], enrich=False)
        assert archive.counts()["pages"] == 2


def test_a_page_that_cannot_be_read_fails_its_file_after_the_pages_before_it(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest, "read_path", _pages_then(InputError("frame 3 of 3: corrupt or truncated image")))
    path = tmp_path / "issue.tif"
    path.write_bytes(b"II*\x00")
    with SQLiteArchive(str(tmp_path / "a.db"), create=True) as archive:
        report = ingest_paths(archive, [str(path)], enrich=False)
        assert report.pages == 2 and report.failed == [(str(path), "frame 3 of 3: corrupt or truncated image")]
