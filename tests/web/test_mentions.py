"""What articles mention, in the reader: entity pages, the issue's names, term trends, filters, API.

The archive holds pages with hand-made enrichment (tests/store/fixtures.py),
so that what the pages must show is known whatever the tagger finds.
"""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest

pytest.importorskip("fastapi", reason="the web reader needs the web extra: pip install 'banmian[web]'")
pytest.importorskip("httpx", reason="the ASGI test client needs httpx")

import warnings  # noqa: E402

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient  # noqa: E402

from banmian.store import open_archive  # noqa: E402
from banmian.web import make_app  # noqa: E402
from store.fixtures import JANUARY, MARCH, PAPER, article, page, store_page  # noqa: E402

from .conftest import SCRIPT  # noqa: E402

# A page naming an organisation whose name is markup: every view must show it as text.
MARKUP = page("2024-03-06", 1, article("mar-x", "网页安全", f"{SCRIPT}公司发布通告。", orgs=[SCRIPT]))


# A page naming one day twice (3月6日 … 当天): the reader shows the date once.
TWICE = page("2024-03-07", 1, article("mar-d", "春耕", "3月6日，春耕开始。当天，农机下田。",
                                      dates=[("3月6日", "2024-03-06", "day"), ("当天", "2024-03-06", "day")]))


def fill_mentions(url: str) -> str:
    with open_archive(url) as archive:
        for built in (JANUARY, MARCH, MARKUP):
            store_page(archive, built)
    return url


@pytest.fixture
def client(db_url) -> TestClient:
    return TestClient(make_app(fill_mentions(db_url)))


def test_the_entity_list_links_each_entity_page(client):
    text = client.get("/entities", params={"q": "金永"}).text
    assert f'href="/entities/PER/{quote("江金永")}"' in text
    assert client.get("/api/entities", params={"q": "金永"}).json() == [
        {"name": "江金永", "type": "PER", "articles": 2, "mentions": 2, "first": "2024-01-23",
         "last": "2024-03-05"}]
    assert [e["name"] for e in client.get("/api/entities", params={"type": "LOC"}).json()] == ["石塘镇"]


@pytest.mark.parametrize("named", ["places", "place", "loc"])
def test_entity_types_are_taken_by_their_names(client, named):
    assert client.get("/api/entities", params={"type": named}).json() == \
        client.get("/api/entities", params={"type": "LOC"}).json()
    assert client.get(f"/api/entities/{named}/石塘镇").json()["type"] == "LOC"
    assert '<option value="LOC" selected>' in client.get("/entities", params={"type": named}).text
    wrong = client.get("/api/entities", params={"type": "animals"})
    assert wrong.status_code == 400 and "person (PER), organisation (ORG) or place (LOC)" in wrong.json()["error"]


def test_the_entity_page_has_its_articles_chart_companions_and_titles(client):
    text = client.get("/entities/PER/江金永").text
    assert '<h1 class="entity-name">江金永</h1>' in text
    bars = re.findall(r'<rect class="bar"[^>]*data-month="([\d-]+)" data-count="(\d+)"', text)
    assert bars == [("2024-01", "1"), ("2024-02", "0"), ("2024-03", "1")]
    assert f'href="/entities/ORG/{quote("市人大常委会")}"' in text  # appears with
    assert "市人大常委会主任" in text and "市政协主席" in text  # titles over time
    assert text.count('class="hit"') == 2 and "<mark>江金永</mark>" in text


def test_the_entity_api_gives_the_profile_and_a_page_of_articles(client):
    found = client.get("/api/entities/PER/江金永").json()
    assert [m["mentions"] for m in found["months"]] == [1, 0, 1]
    assert found["related"] == [{"name": "市人大常委会", "type": "ORG", "articles": 2}]
    assert [hit["id"] for hit in found["hits"]] == ["mar-a", "jan-a"]  # newest first
    assert found["page"] == 1 and not found["has_next"]
    assert client.get("/api/entities/PER/无此人").status_code == 404
    assert client.get("/api/entities/MAN/江金永").status_code == 400


def test_the_issue_shows_the_names_of_the_day(client):
    text = client.get(f"/papers/{PAPER}/2024-01-23").text
    section = text[text.index('class="of-the-day"'):]
    for kind, name in (("PER", "潘智慧"), ("ORG", "市人大常委会"), ("LOC", "石塘镇")):
        assert f'<a class="entity {kind}" href="/entities/{kind}/{quote(name)}"' in section
    assert "政协" not in section  # March's names stay in March
    api = client.get(f"/api/papers/{PAPER}/2024-01-23").json()
    assert api["entities"]["LOC"] == [{"name": "石塘镇", "articles": 1}]


def test_an_article_lists_what_it_mentions(client):
    text = client.get("/articles/jan-a").text
    assert f'href="/entities/PER/{quote("江金永")}"' in text
    assert 'href="/search?mentions=2024-01-22"' in text
    story = client.get("/api/articles/jan-a").json()
    assert story["mentioned"]["ORG"] == ["市人大常委会"] and story["regions"][0]["kind"] == "headline"


def test_a_spans_date_chip_finds_the_article_it_is_on(client):
    [link] = re.findall(r'class="entity date" href="([^"]+)"', client.get("/articles/jan-b").text)
    assert link == "/search?mentions=2024-01-01%2F2024-01-23"
    assert "/articles/jan-b" in client.get(link).text


def test_a_date_mentioned_twice_has_one_chip(client, db_url):
    with open_archive(db_url) as archive:
        store_page(archive, TWICE)
    assert re.findall(r'class="entity date"[^>]*>([^<]+)<', client.get("/articles/mar-d").text) == ["2024-03-06"]


def test_trends_draw_a_line_per_term_whose_points_list_their_articles(client):
    text = client.get("/trends", params={"terms": "江金永, 石塘"}).text
    assert text.count('<polyline class="line series-0"') == 2  # February has no articles: a gap
    points = re.findall(r'<a class="point" href="([^"]+)" data-term="([^"]+)" data-month="([\d-]+)"', text)
    assert [(term, month) for _, term, month in points] == [
        ("江金永", "2024-01"), ("江金永", "2024-03"), ("石塘", "2024-01"), ("石塘", "2024-03")]
    href = points[1][0].replace("&amp;", "&")
    listed = client.get(href).text
    assert 'id="point"' in listed and "政协会议开幕" in listed and "专题询问" not in listed
    trend = client.get("/api/trends", params={"terms": "江金永,石塘"}).json()
    assert trend["totals"] == [2, 0, 2]
    assert trend["series"][0] == {"term": "江金永", "articles": [1, 0, 1], "share": [0.5, None, 0.5], "undated": 0}
    point = client.get("/api/trends/articles", params={"term": "江金永", "month": "2024-03"}).json()
    assert [hit["id"] for hit in point["hits"]] == ["mar-a"]


@pytest.mark.parametrize("path", ["/api/trends?terms=", "/api/trends/articles?term=a&month=2024-3",
                                  "/api/search?mentions=soon", "/search?entity_type=MAN&entity=x",
                                  "/trends?terms=(&term=x&month=2024-01"])
def test_bad_trend_and_filter_input_is_400(client, path):
    assert client.get(path).status_code == 400


def test_search_filters_by_entity_and_date_mentioned(client):
    by_entity = client.get("/api/search", params={"entity": "市人大常委会"}).json()
    assert sorted(hit["id"] for hit in by_entity["hits"]) == ["jan-a", "mar-a"]
    by_date = client.get("/api/search", params={"mentions": "2023"}).json()
    assert [hit["id"] for hit in by_date["hits"]] == ["mar-a"]
    form = client.get("/search", params={"entity": "潘智慧"}).text
    assert 'value="潘智慧"' in form and form.count('class="hit"') == 1


def test_names_that_are_markup_are_shown_as_text(client):
    escaped = "&lt;script&gt;alert(1)&lt;/script&gt;"
    views = ["/entities", f"/entities/ORG/{quote(SCRIPT, safe='')}", "/articles/mar-x",
             f"/papers/{PAPER}/2024-03-06", f"/trends?terms={quote(SCRIPT)}"]
    for path in views:
        text = client.get(path).text
        assert SCRIPT not in text, path
        assert escaped in text, path
