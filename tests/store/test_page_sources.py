"""Where a stored page's image is, each article's OCR confidence, and ingest over long or bad batches."""

from __future__ import annotations

import csv
import os
import io
from dataclasses import replace

import pytest

from banmian import store
from banmian.model import LOW_OCR_CONFIDENCE
from banmian.store import Filters, ingest_paths, ingest_text

from cjk import needs_cjk_font

from .fixtures import JANUARY, PAGE1, PAGE2, store_page


def pdf_pages(*headlines: str) -> bytes:
    """A PDF of the PDF reader's test page once per headline, each page with that headline."""
    test_pdf = pytest.importorskip("read.test_pdf", reason="PDF tests need reportlab")
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    drawing = canvas.Canvas(out, pagesize=(test_pdf.WIDTH, test_pdf.HEIGHT))
    for headline in headlines:
        for x, y, size, text in test_pdf._layout():
            drawing.setFont(test_pdf.FONT, size)
            drawing.drawString(x, test_pdf.HEIGHT - y, headline if text == test_pdf.HEADLINE else text)
        drawing.showPage()
    drawing.save()
    return out.getvalue()


def test_each_page_of_a_pdf_keeps_its_file_and_index(archive, tmp_path):
    path = tmp_path / "issue.pdf"
    path.write_bytes(pdf_pages("全市重点项目　集中开工", "城南污水管网　年内完工"))
    report = ingest_paths(archive, [str(path)], enrich=False)
    assert report.pages == 2 and not report.failed
    rows = archive._query("SELECT source, source_format, source_page FROM pages ORDER BY source_page")
    assert [dict(row) for row in rows] == [
        {"source": str(path.resolve()), "source_format": "pdf", "source_page": 0},
        {"source": str(path.resolve()), "source_format": "pdf", "source_page": 1},
    ]


def test_the_pages_of_one_file_are_numbered_on_from_the_page_given(archive, tmp_path):
    # Given one page number, the second page of the file used to take it too and replace the first.
    path = tmp_path / "issue.pdf"
    path.write_bytes(pdf_pages("全市重点项目　集中开工", "城南污水管网　年内完工"))
    report = ingest_paths(archive, [str(path)], paper="东湖日报", date="2024-03-12", page=3, enrich=False)
    assert report.pages == 2 and report.replaced == 0
    rows = archive._query("SELECT page, source_page FROM pages ORDER BY source_page")
    assert [(row["page"], row["source_page"]) for row in rows] == [(3, 0), (4, 1)]


def test_the_pages_of_one_file_are_numbered_on_from_its_path(archive, tmp_path):
    folder = tmp_path / "东湖日报" / "2024-03-12"
    folder.mkdir(parents=True)
    (folder / "05.pdf").write_bytes(pdf_pages("全市重点项目　集中开工", "城南污水管网　年内完工"))
    report = ingest_paths(archive, [str(folder)], enrich=False)
    assert report.pages == 2 and report.replaced == 0
    assert [row["page"] for row in archive._query("SELECT page FROM pages ORDER BY source_page")] == [5, 6]


def test_a_text_page_has_a_format_and_no_page_index(archive, tmp_path):
    path = tmp_path / "01.txt"
    path.write_text(PAGE1, encoding="utf-8")
    ingest_paths(archive, [str(path)], enrich=False)
    [row] = archive._query("SELECT source, source_format, source_page FROM pages")
    assert dict(row) == {"source": str(path.resolve()), "source_format": "text", "source_page": None}


def test_a_page_from_the_library_keeps_the_name_it_was_given(archive):
    ingest_text(archive, PAGE2, name="<clipboard>", enrich=False)
    [row] = archive._query("SELECT source, source_format, source_page FROM pages")
    assert dict(row) == {"source": "<clipboard>", "source_format": None, "source_page": None}


@pytest.fixture
def scanned(archive):
    """The January fixture page with one article read well by OCR and one read poorly."""
    good, poor = JANUARY.articles
    store_page(archive, replace(JANUARY, articles=[replace(good, ocr_confidence=0.995),
                                                   replace(poor, ocr_confidence=0.91)]))
    return archive


def test_ocr_confidence_is_stored_and_a_low_one_flagged(scanned):
    good, poor = scanned.story("jan-a"), scanned.story("jan-b")
    assert (good.ocr_confidence, good.low_ocr_confidence) == (0.995, False)
    assert (poor.ocr_confidence, poor.low_ocr_confidence) == (0.91, True)
    assert poor.parts[0].ocr_confidence == 0.91
    listed = scanned.page_articles(scanned.page_for("jan-a")["id"])
    assert [(a["id"], a["low_ocr_confidence"]) for a in listed] == [("jan-a", False), ("jan-b", True)]
    hits = {hit.id: hit.low_ocr_confidence for hit in scanned.search(None)}
    assert hits == {"jan-a": False, "jan-b": True}


def test_search_and_export_narrow_to_low_confidence_articles(scanned, tmp_path):
    assert [hit.id for hit in scanned.search(None, Filters(low_ocr_confidence=True))] == ["jan-b"]
    out = tmp_path / "low.csv"
    assert store.export(scanned, "csv", str(out), low_ocr_confidence=True) == 1
    [row] = csv.DictReader(out.open(encoding="utf-8-sig"))
    assert (row["id"], row["ocr_confidence"], row["low_ocr_confidence"]) == ("jan-b", "0.91", "true")
    assert 0.91 < LOW_OCR_CONFIDENCE <= 0.995  # the two articles stand either side of the bar


def test_a_text_page_has_no_ocr_confidence(archive):
    ingest_text(archive, PAGE1, enrich=False)
    story = archive.story(archive.search("营商环境")[0].id)
    assert story.ocr_confidence is None and not story.low_ocr_confidence


def test_a_corrupt_pdf_and_a_truncated_image_fail_alone(archive, tmp_path):
    good = tmp_path / "wenling" / "2024-01-23" / "01.txt"
    good.parent.mkdir(parents=True)
    good.write_text(PAGE1, encoding="utf-8")
    (good.parent / "02.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ntruncated")
    (good.parent / "03.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    told = []
    report = ingest_paths(archive, [str(tmp_path)], enrich=False, progress=told.append)
    assert report.pages == 1
    assert [name.rsplit("/", 1)[-1] for name, _ in report.failed] == ["02.pdf", "03.png"]
    assert all(reason and "\n" not in reason for _, reason in report.failed)
    assert [(step.files_done, step.files) for step in told] == [(1, 3), (2, 3), (3, 3)]
    assert archive.counts()["pages"] == 1


@needs_cjk_font
def test_ocr_pages_tell_progress_and_keep_their_frame_and_confidence(archive, tmp_path):
    pytest.importorskip("rapidocr", reason="OCR is not installed: pip install 'banmian[ocr]'")
    pytest.importorskip("onnxruntime", reason="OCR is not installed: pip install 'banmian[ocr]'")
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf_pages("全市重点项目　集中开工", "城南污水管网　年内完工"))
    frames = [document[n].render(scale=150 / 72, grayscale=True).to_pil().convert("L") for n in range(2)]
    document.close()
    path = tmp_path / "scan.tif"
    frames[0].save(path, "TIFF", save_all=True, append_images=frames[1:])
    told = []
    report = ingest_paths(archive, [str(path)], enrich=False, progress=told.append)
    assert report.pages == 2 and not report.failed
    assert [(s.files_done, s.pages_done, s.pages) for s in told] == [(0, 1, 2), (0, 2, 2), (1, 0, 0)]
    rows = archive._query("SELECT source_format, source_page FROM pages ORDER BY source_page")
    assert [(row["source_format"], row["source_page"]) for row in rows] == [("image", 0), ("image", 1)]
    stories = [archive.story(hit.id) for hit in archive.search(None, limit=None)]
    assert stories and all(0 < story.ocr_confidence <= 1 for story in stories)


@pytest.mark.skipif(os.name != "posix", reason="file names as bytes: POSIX file systems")
def test_a_file_named_in_gbk_is_ingested_with_the_paper_its_name_gives(archive, tmp_path):
    # A GBK name (a Chinese Windows zip unpacked on Linux) failed: 'unexpected UnicodeEncodeError …
    # surrogates not allowed', nothing stored.
    from banmian.store.paths import reopened

    from .fixtures import PAGE_PLAIN

    name = os.path.join(os.fsencode(tmp_path), "东湖日报_20240312_01.txt".encode("gbk"))
    with open(name, "wb") as file:
        file.write(PAGE_PLAIN.encode("utf-8"))
    report = ingest_paths(archive, [str(tmp_path)], enrich=False)
    assert report.pages == 1 and not report.failed
    row = archive._query("SELECT key, source FROM pages")[0]
    assert row["key"] == "东湖日报|2024-03-12|1"
    assert row["source"].endswith("东湖日报_20240312_01.txt") and os.fsencode(reopened(row["source"])) == name
