"""A scan or PDF stored whole is not read again while it is unchanged; pages stored without
enrichment are enriched later, in place."""

from __future__ import annotations

import os

import pytest

from banmian import store
from banmian.store import ingest, ingest_paths

from .fixtures import PAGE1, PAGE2
from .test_page_sources import pdf_pages


@pytest.fixture
def reads(monkeypatch) -> list[str]:
    """The files ingest reads (the costly step for a scan: its OCR)."""
    read = []
    real = ingest.read_path

    def counted(name, progress=None):
        read.append(os.path.basename(name))
        yield from real(name, progress)
    monkeypatch.setattr(ingest, "read_path", counted)
    return read


@pytest.fixture
def issue(tmp_path):
    path = tmp_path / "东湖日报" / "2024-03-12" / "01.pdf"
    path.parent.mkdir(parents=True)
    path.write_bytes(pdf_pages("全市重点项目　集中开工", "城南污水管网　年内完工"))
    return path


def _stored(archive) -> list:
    return [tuple(row) for row in archive._query("SELECT key, sha1, articles FROM pages ORDER BY key")]


def test_an_unchanged_pdf_is_not_read_again(archive, issue, reads):
    first = ingest_paths(archive, [str(issue)], enrich=False)
    before = _stored(archive)
    again = ingest_paths(archive, [str(issue.parent.parent)], enrich=False)
    assert reads == ["01.pdf"] and first.pages == 2
    assert again.unchanged == [str(issue)] and again.pages == 0 and not again.failed
    assert _stored(archive) == before


def test_a_pdf_touched_but_unchanged_is_not_read_again_and_a_changed_one_is(archive, issue, reads):
    ingest_paths(archive, [str(issue)], enrich=False)
    os.utime(issue, ns=(1_000_000_000, 1_000_000_000))
    assert ingest_paths(archive, [str(issue)], enrich=False).unchanged == [str(issue)]
    issue.write_bytes(pdf_pages("全市重点项目　集中开工", "城北污水管网　年内完工"))
    report = ingest_paths(archive, [str(issue)], enrich=False)
    assert report.unchanged == [] and report.pages == 2 and reads == ["01.pdf", "01.pdf"]


@pytest.mark.parametrize("why", ["again", "other options", "a page removed"])
def test_an_unchanged_pdf_is_read_again_where_it_must_be(archive, issue, reads, why):
    ingest_paths(archive, [str(issue)], enrich=False)
    options = {"enrich": False}
    if why == "again":
        options["again"] = True
    elif why == "other options":
        options["paper"] = "西湖日报"
    else:
        archive.remove_page("东湖日报", "2024-03-12", 2)
    report = ingest_paths(archive, [str(issue)], **options)
    assert reads == ["01.pdf", "01.pdf"] and report.pages == 2 and report.unchanged == []
    assert archive.counts()["pages"] == (4 if why == "other options" else 2)


def test_a_pdf_read_in_part_is_read_again(archive, issue, reads, monkeypatch):
    real = ingest.read_path

    def first_page_only(name, progress=None):
        for source in real(name, progress):
            yield source
            raise KeyboardInterrupt  # Ctrl-C during its second page's OCR
    monkeypatch.setattr(ingest, "read_path", first_page_only)
    with pytest.raises(KeyboardInterrupt):
        ingest_paths(archive, [str(issue)], enrich=False)
    assert archive.counts()["pages"] == 1
    monkeypatch.setattr(ingest, "read_path", real)
    report = ingest_paths(archive, [str(issue)], enrich=False)
    assert report.pages == 2 and report.unchanged == []


def test_text_pages_are_read_every_time(archive, pages, reads):
    ingest_paths(archive, [str(pages)], enrich=False)
    assert ingest_paths(archive, [str(pages)], enrich=False).pages == 2
    assert sorted(reads) == ["01.txt", "01.txt", "02.txt", "02.txt"]


def _mentioned(archive) -> dict:
    """What the articles mention, and the counts, by article id (seq changes as a page is stored again)."""
    rows = {"entity_counts": archive._query("SELECT * FROM entity_counts")}
    for table in ("mentions", "date_mentions", "quantities"):
        rows[table] = archive._query(f"SELECT a.id AS article, t.* FROM {table} t "
                                     "JOIN articles a ON a.seq = t.article_seq")
    return {table: sorted(tuple(value for key, value in dict(row).items() if key != "article_seq")
                          for row in found) for table, found in rows.items()}


def test_pages_stored_without_enrichment_are_enriched_later_as_ingest_would_have(archive, pages):
    # PAGE1 and PAGE2 hold a story that jumps: its entities count once however it was enriched.
    ingest_paths(archive, [str(pages)])
    expected = _mentioned(archive)
    name = expected["entity_counts"][0][0]
    ingest_paths(archive, [str(pages)], enrich=False)
    assert not archive.search(None, store.Filters(entity=name)) and len(archive.pages_to_enrich()) == 2
    assert store.enrich_stored(archive) == 2
    assert _mentioned(archive) == expected and archive.pages_to_enrich() == []
    assert archive.search(None, store.Filters(entity=name))
    assert store.enrich_stored(archive) == 0 and store.enrich_stored(archive, every=True) == 2
    assert _mentioned(archive) == expected


def test_an_unchanged_pdf_stored_without_enrichment_is_enriched_not_read(archive, issue, reads):
    ingest_paths(archive, [str(issue)], enrich=False)
    assert len(archive.pages_to_enrich()) == 2
    regions = archive._query("SELECT a.id, r.* FROM regions r JOIN articles a ON a.seq = r.article_seq")
    report = ingest_paths(archive, [str(issue)])
    assert reads == ["01.pdf"] and report.unchanged == [str(issue)] and report.enriched == 2
    assert archive.pages_to_enrich() == [] and archive.entities()
    assert regions and archive._query("SELECT a.id, r.* FROM regions r JOIN articles a ON a.seq = r.article_seq") \
        == regions  # where each article is printed: the reader's, kept


def test_a_pdf_moved_to_another_folder_filing_it_alike_is_not_read_again(archive, issue, reads, tmp_path):
    # Looked up by its path only, a moved scan was OCR'd again in full (R21a-S).  Its pages now
    # name the file where it is, for the page view.
    ingest_paths(archive, [str(issue)], enrich=False)
    moved = tmp_path / "nas" / "东湖日报" / "2024-03-12" / "01.pdf"
    moved.parent.mkdir(parents=True)
    os.rename(issue, moved)
    report = ingest_paths(archive, [str(tmp_path / "nas")], enrich=False)
    assert reads == ["01.pdf"] and report.unchanged == [str(moved)] and report.moved_files == [(str(moved), str(issue))]
    assert {row["source"] for row in archive._query("SELECT source FROM pages")} == {str(moved)}
    assert archive.file_record(str(moved)) is not None and archive.file_record(str(issue)) is None


def test_a_pdf_copied_where_its_path_files_it_otherwise_is_read(archive, issue, reads, tmp_path):
    ingest_paths(archive, [str(issue)], enrich=False)
    other = tmp_path / "西湖日报" / "2024-03-13" / "01.pdf"
    other.parent.mkdir(parents=True)
    other.write_bytes(issue.read_bytes())
    report = ingest_paths(archive, [str(other)], enrich=False)
    assert reads == ["01.pdf", "01.pdf"] and report.moved_files == [] and report.pages == 2
