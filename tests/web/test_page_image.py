"""The hotspot page view: the page image with each article's regions as links, and OCR confidence badges."""

from __future__ import annotations

import io
import re
from dataclasses import replace

import pytest

pytest.importorskip("fastapi", reason="the web reader needs the web extra: pip install 'banmian[web]'")
pytest.importorskip("httpx", reason="the ASGI test client needs httpx")

import warnings  # noqa: E402

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient  # noqa: E402

from banmian import store  # noqa: E402
from banmian.web import make_app  # noqa: E402
from banmian.web.page_image import encode_png  # noqa: E402

from store.fixtures import JANUARY, PAGE1, store_page  # noqa: E402
from store.test_page_sources import pdf_pages  # noqa: E402

PDF_PAGE = "/pages/wenling/2024-01-23/1"


@pytest.fixture
def pdf_archive(db_url, tmp_path):
    """An archive holding one PDF page, wenling 2024-01-23 page 1, and the PDF file's path."""
    path = tmp_path / "wenling_20240123_p01.pdf"
    path.write_bytes(pdf_pages("全市重点项目　集中开工"))
    report = store.ingest_paths(db_url, [str(path)], enrich=False)
    assert report.pages == 1 and not report.failed
    return db_url, path


def test_the_page_view_draws_each_article_s_regions_over_the_page_image(pdf_archive):
    url, _ = pdf_archive
    client = TestClient(make_app(url))
    reply = client.get(PDF_PAGE)
    assert reply.status_code == 200
    svg = re.search(r'<svg class="page-image" viewBox="0 0 ([\d.]+) ([\d.]+)".*?</svg>', reply.text, re.S)
    assert svg and (float(svg[1]), float(svg[2])) == (420, 400)  # the page in PDF points
    assert f'href="{PDF_PAGE}/image.png"' in svg[0]
    linked = re.findall(r'<a class="hotspot \w+" href="/articles/(\w+)"', svg[0])
    ids = store.page_at(url, "wenling", "2024-01-23", 1)["article_ids"]
    stored = [region for article_id in ids for region in store.get_article(url, article_id).regions]
    assert linked and len(linked) == len(stored) and set(linked) <= set(ids)
    rebuilt = reply.text[reply.text.index('<section class="rebuilt"'):]
    assert '<p class="text">' in rebuilt and "滨江新区" in rebuilt  # the rebuilt text beside the image


def test_the_page_image_is_the_pdf_page_rendered_as_png(pdf_archive):
    url, _ = pdf_archive
    reply = TestClient(make_app(url)).get(PDF_PAGE + "/image.png")
    assert reply.status_code == 200 and reply.headers["content-type"] == "image/png"
    from PIL import Image

    image = Image.open(io.BytesIO(reply.content))
    assert image.size == (840, 800)  # twice 72 dpi
    assert image.convert("L").getextrema()[0] < 100  # ink on it, not a blank page


def test_the_api_gives_the_image_url_its_size_and_the_regions(pdf_archive):
    url, _ = pdf_archive
    client = TestClient(make_app(url))
    image = client.get("/api" + PDF_PAGE + "/image").json()
    assert (image["url"], image["width"], image["height"], image["unit"]) == \
        (PDF_PAGE + "/image.png", 420, 400, "pt")
    first = image["regions"][0]
    assert set(first) == {"article", "kind", "bbox"} and 0 <= first["bbox"]["x0"] < first["bbox"]["x1"] <= 420
    assert client.get("/api" + PDF_PAGE).json()["image"] == image
    by_article = client.get(f"/api/articles/{first['article']}/page/image").json()
    assert by_article["regions"] == image["regions"]
    assert client.get(by_article["url"]).headers["content-type"] == "image/png"


def test_a_page_whose_file_is_gone_says_so_instead_of_failing(pdf_archive):
    url, path = pdf_archive
    path.unlink()
    client = TestClient(make_app(url))
    reply = client.get(PDF_PAGE)
    assert reply.status_code == 200
    assert '<p class="no-image">No page image: its file' in reply.text and "no longer there" in reply.text
    assert client.get(PDF_PAGE + "/image.png").status_code == 404
    api = client.get("/api" + PDF_PAGE + "/image").json()
    assert api["url"] is None and "no longer there" in api["note"] and api["regions"]


def test_another_file_saved_under_the_page_s_name_is_not_shown_as_its_image(pdf_archive):
    # A new today.pdf over the old one was shown under the old page's hotspots.
    url, path = pdf_archive
    path.write_bytes(pdf_pages("城南污水管网　年内完工", "另一页"))
    client = TestClient(make_app(url))
    assert "has changed since the page was stored" in client.get(PDF_PAGE).text
    assert client.get(PDF_PAGE + "/image.png").status_code == 404


def test_a_text_page_has_no_page_image(db_url, tmp_path):
    path = tmp_path / "wenling_20240123_p01.txt"
    path.write_text(PAGE1, encoding="utf-8")
    store.ingest_paths(db_url, [str(path)], enrich=False)
    client = TestClient(make_app(db_url))
    reply = client.get("/pages/温岭日报/2024-01-23/1")
    assert reply.status_code == 200
    assert "No page image: this page was stored from text." in reply.text and "<svg" not in reply.text
    assert client.get("/pages/温岭日报/2024-01-23/1/image.png").status_code == 404


@pytest.fixture
def scanned(db_url):
    good, poor = JANUARY.articles
    with store.open_archive(db_url) as archive:
        store_page(archive, replace(JANUARY, articles=[replace(good, ocr_confidence=0.995),
                                                       replace(poor, ocr_confidence=0.91)]))
    return TestClient(make_app(db_url))


def test_low_ocr_confidence_is_flagged_on_page_article_search_and_api(scanned):
    page = scanned.get("/pages/温岭日报/2024-01-23/1").text
    pieces = re.findall(r'<article class="piece".*?data-article="([\w-]+)">(.*?)</article>', page, re.S)
    assert [(article_id, "low OCR confidence" in body) for article_id, body in pieces] == \
        [("jan-a", False), ("jan-b", True)]
    assert "low OCR confidence" in scanned.get("/articles/jan-b").text
    assert "low OCR confidence" not in scanned.get("/articles/jan-a").text
    story = scanned.get("/api/articles/jan-b").json()
    assert (story["ocr_confidence"], story["low_ocr_confidence"]) == (0.91, True)
    hits = scanned.get("/api/search", params={"low_ocr": "true"}).json()["hits"]
    assert [(hit["id"], hit["low_ocr_confidence"]) for hit in hits] == [("jan-b", True)]
    found = scanned.get("/search", params={"low_ocr": "1"}).text
    assert "石塘镇渔船检查" in found and "市人大常委会专题询问" not in found


def test_png_encoding_round_trips():
    np = pytest.importorskip("numpy")
    from PIL import Image

    rgb = np.random.default_rng(1).integers(0, 256, (7, 5, 3), dtype=np.uint8)
    assert np.array_equal(np.asarray(Image.open(io.BytesIO(encode_png(rgb)))), rgb)
    grey = rgb[..., 0]
    assert np.array_equal(np.asarray(Image.open(io.BytesIO(encode_png(grey)))), grey)


def test_a_scan_page_shows_its_own_frame_with_boxes_in_pixels(db_url, tmp_path):
    from PIL import Image

    scan = tmp_path / "scan.tif"
    Image.new("L", (300, 200), 255).save(scan, "TIFF", save_all=True,
                                         append_images=[Image.new("L", (640, 480), 90)])
    with store.open_archive(db_url) as archive:
        archive.add_page(JANUARY, text="a scanned page", source=str(scan), source_format="image",
                         source_page=1)
    client = TestClient(make_app(db_url))
    image = client.get("/api/pages/温岭日报/2024-01-23/1/image").json()
    assert (image["width"], image["height"], image["unit"]) == (640, 480, "px")
    assert [r["bbox"] for r in image["regions"]] == [
        {"x0": 10, "y0": 20, "x1": 300, "y1": 60}, {"x0": 10, "y0": 70, "x1": 150, "y1": 500}]
    png = Image.open(io.BytesIO(client.get(image["url"]).content))
    assert png.size == (640, 480) and png.getextrema() == (90, 90)  # the second frame, not the first
    page = client.get("/pages/温岭日报/2024-01-23/1").text
    assert 'viewBox="0 0 640.0 480.0"' in page and page.count('class="hotspot ') == 2
