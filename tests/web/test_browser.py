"""The reader end to end: `banmian serve` on a loopback port, driven by a real headless Chromium.

Uses Debian's `chromium` and `chromium-driver` (.ci/browser.sh installs them)
through Selenium, pointed at those binaries so that nothing is downloaded.
Skips, saying why, on a machine without them.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from banmian import store

from .conftest import PAGES, SCRIPT
from .test_mentions import fill_mentions

pytest.importorskip("fastapi", reason="the web reader needs the web extra: pip install 'banmian[web]'")
webdriver = pytest.importorskip("selenium.webdriver",
                                reason="the browser test needs selenium: pip install 'banmian[test]'")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
if not (CHROMIUM and DRIVER):
    pytest.skip("no chromium and chromedriver here: run .ci/browser.sh (Debian's chromium, "
                "chromium-driver) for the browser test", allow_module_level=True)

from selenium.common.exceptions import NoAlertPresentException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support import expected_conditions as ready  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

STARTUP_S = 20


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("web") / "archive.db")
    for number, text in enumerate(PAGES):
        store.ingest_text(db, text, name=f"page{number}.txt")
    yield from _serve(db)


@pytest.fixture(scope="module")
def mention_server(tmp_path_factory):
    """The reader over pages whose enrichment is made by hand (tests/store/fixtures.py)."""
    yield from _serve(fill_mentions(str(tmp_path_factory.mktemp("web") / "mentions.db")))


def _serve(db: str):
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "banmian.cli", "serve", "--db", db, "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_for(base, process)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


def _wait_for(base: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + STARTUP_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"banmian serve exited: {process.stdout.read().decode()}")
        try:
            with urllib.request.urlopen(base + "/", timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"banmian serve did not answer within {STARTUP_S} s")


@pytest.fixture(scope="module")
def browser():
    os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager must not fetch anything
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--lang=zh-CN"):
        options.add_argument(argument)
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=DRIVER))
    driver.set_page_load_timeout(20)
    yield driver
    driver.quit()


def _click(browser, by, value) -> None:
    old = browser.find_element(By.TAG_NAME, "html")
    browser.find_element(by, value).click()
    WebDriverWait(browser, 10).until(ready.staleness_of(old))


def test_browse_to_an_article_and_follow_its_jump(server, browser):
    browser.get(server + "/")
    assert "Papers" in browser.find_element(By.TAG_NAME, "h1").text
    _click(browser, By.LINK_TEXT, "温岭日报")
    _click(browser, By.LINK_TEXT, "2024-01-23")
    _click(browser, By.PARTIAL_LINK_TEXT, "优化营商环境")
    assert browser.find_element(By.TAG_NAME, "h1").text == "优化营商环境 人大在行动"
    body = browser.find_element(By.CLASS_NAME, "body").text
    assert "承诺限期整改" in body and "逐项销号" in body  # page 1 and its continuation on page 2
    assert "苏嘉堉" in browser.find_element(By.CLASS_NAME, "byline").text
    # Follow the jump to the page the continuation is printed on.
    _click(browser, By.CSS_SELECTOR, ".parts li:nth-child(2) a")
    assert "第2版" in browser.find_element(By.TAG_NAME, "h1").text
    raw = browser.find_element(By.CLASS_NAME, "raw").text
    assert "（上接第一版）" in raw and "逐项销号" in raw
    coloured = browser.find_elements(By.CSS_SELECTOR, ".raw .line[data-article]")
    assert len({line.get_attribute("data-article") for line in coloured}) == 3
    # And back from the continuation to its whole story.
    _click(browser, By.CSS_SELECTOR, ".piece:nth-of-type(2) .tag a")
    assert browser.find_element(By.TAG_NAME, "h1").text == "优化营商环境 人大在行动"
    _click(browser, By.CSS_SELECTOR, "a[rel=next]")
    assert browser.find_element(By.TAG_NAME, "h1").text


def test_search_highlights_and_opens_the_stitched_story(server, browser):
    browser.get(server + "/")
    box = browser.find_element(By.CSS_SELECTOR, ".quick input")
    box.send_keys("江金永")
    old = browser.find_element(By.TAG_NAME, "html")
    box.send_keys(Keys.ENTER)
    WebDriverWait(browser, 10).until(ready.staleness_of(old))
    assert browser.find_element(By.CSS_SELECTOR, ".hit mark").text == "江金永"
    _click(browser, By.CSS_SELECTOR, ".hit a")
    assert browser.find_element(By.TAG_NAME, "h1").text == "数控机床产业集群建设提速"
    assert "江金永" in browser.find_element(By.CLASS_NAME, "body").text


def test_malformed_query_shows_a_message(server, browser):
    browser.get(server + "/search?q=%28")
    assert "400" in browser.find_element(By.TAG_NAME, "h1").text
    assert browser.find_element(By.ID, "error").text


def test_script_in_a_page_is_shown_as_text(server, browser):
    browser.get(server + "/search?q=网页安全")
    _click(browser, By.CSS_SELECTOR, ".hit a")
    assert SCRIPT in browser.find_element(By.TAG_NAME, "h1").text
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018


def test_entity_page_from_the_issue_with_its_chart_companions_and_articles(mention_server, browser):
    browser.get(mention_server + "/papers/温岭日报/2024-01-23")
    _click(browser, By.LINK_TEXT, "江金永")
    assert browser.find_element(By.TAG_NAME, "h1").text == "江金永"
    bars = browser.find_elements(By.CSS_SELECTOR, ".timeline svg rect.bar")
    assert [bar.get_attribute("data-count") for bar in bars] == ["1", "0", "1"]
    assert bars[0].size["height"] > 0 and bars[1].size["height"] == 0
    titles = browser.find_element(By.CSS_SELECTOR, ".titles").text
    assert "市人大常委会主任" in titles and "市政协主席" in titles
    hits = browser.find_elements(By.CSS_SELECTOR, ".hit > a")
    assert [hit.text for hit in hits] == ["政协会议开幕", "市人大常委会专题询问"]
    _click(browser, By.CSS_SELECTOR, ".related a.entity")
    assert browser.find_element(By.TAG_NAME, "h1").text == "市人大常委会"
    _click(browser, By.CSS_SELECTOR, ".hit > a")
    assert browser.find_element(By.TAG_NAME, "h1").text == "政协会议开幕"


def test_trend_chart_point_lists_its_articles(mention_server, browser):
    browser.get(mention_server + "/trends")
    box = browser.find_element(By.NAME, "terms")
    box.send_keys("江金永, 石塘")
    old = browser.find_element(By.TAG_NAME, "html")
    box.send_keys(Keys.ENTER)
    WebDriverWait(browser, 10).until(ready.staleness_of(old))
    legend = [item.text for item in browser.find_elements(By.CSS_SELECTOR, ".legend li")]
    assert legend == ["江金永 (2 articles)", "石塘 (1 article)"]
    points = browser.find_elements(By.CSS_SELECTOR, "svg.line-chart a.point")
    assert len(points) == 4
    _click(browser, By.CSS_SELECTOR, 'a.point[data-term="江金永"][data-month="2024-03"] circle')
    listed = browser.find_element(By.ID, "point")
    assert listed.find_element(By.TAG_NAME, "h2").text == "江金永 · 2024-03"
    assert [hit.text for hit in listed.find_elements(By.CSS_SELECTOR, ".hit > a")] == ["政协会议开幕"]
    assert listed.find_element(By.TAG_NAME, "mark").text == "江金永"
    # The chart stays above the list, so another point can be picked.
    _click(browser, By.CSS_SELECTOR, 'a.point[data-term="石塘"][data-month="2024-01"] circle')
    hits = browser.find_elements(By.CSS_SELECTOR, "#point .hit > a")
    assert [hit.text for hit in hits] == ["石塘镇渔船检查"]


@pytest.fixture(scope="module")
def pdf_server(tmp_path_factory):
    """The reader over one ingested PDF page (no OCR): wenling 2024-01-23 page 1."""
    from store.test_page_sources import pdf_pages

    folder = tmp_path_factory.mktemp("pdf")
    (folder / "wenling_20240123_p01.pdf").write_bytes(pdf_pages("全市重点项目　集中开工"))
    db = str(folder / "archive.db")
    report = store.ingest_paths(db, [str(folder)], enrich=False)
    assert report.pages == 1 and not report.failed
    yield from _serve(db)


def test_page_image_boxes_lead_to_their_article(pdf_server, browser):
    browser.get(pdf_server + "/pages/wenling/2024-01-23/1")
    image = browser.find_element(By.CSS_SELECTOR, "svg.page-image image")
    WebDriverWait(browser, 10).until(lambda _: browser.execute_script(
        "const probe = new Image(); probe.src = arguments[0].href.baseVal;"
        "return probe.decode().then(() => probe.naturalWidth, () => 0);", image) == 840)
    assert image.size["width"] > 300  # the page drawn, scaled to the column
    boxes = browser.find_elements(By.CSS_SELECTOR, "svg.page-image a.hotspot")
    assert boxes and all(box.find_element(By.TAG_NAME, "rect").size["height"] > 0 for box in boxes)
    headline = next(box for box in boxes if "headline" in box.get_attribute("class"))
    article_id = headline.get_attribute("data-article")
    wanted = browser.find_element(By.CSS_SELECTOR, f'.piece[data-article="{article_id}"] > a').text
    old = browser.find_element(By.TAG_NAME, "html")
    headline.find_element(By.TAG_NAME, "rect").click()
    WebDriverWait(browser, 10).until(ready.staleness_of(old))
    assert browser.current_url.endswith(f"/articles/{article_id}")
    heading = browser.find_element(By.TAG_NAME, "h1").text
    assert heading == wanted and heading.startswith("全市重点项目") and heading.endswith("集中开工")
