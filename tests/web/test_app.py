"""The reader through the ASGI test client: every route, the JSON API, errors and escaping."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi", reason="the web reader needs the web extra: pip install 'banmian[web]'")
pytest.importorskip("httpx", reason="the ASGI test client needs httpx")

import warnings  # noqa: E402

with warnings.catch_warnings():
    # Newer Starlette asks for its httpx fork, httpx2; the test client works with httpx alike.
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient  # noqa: E402

from banmian import store  # noqa: E402
from banmian.store import ArchiveError  # noqa: E402
from banmian.web import make_app  # noqa: E402

from .conftest import DATE, PAGE1, PAPER, SCRIPT  # noqa: E402


@pytest.fixture
def client(archive_url) -> TestClient:
    return TestClient(make_app(archive_url))


def test_make_app_needs_an_archive(tmp_path):
    with pytest.raises(ArchiveError, match="no archive"):
        make_app(str(tmp_path / "missing.db"))
    assert not (tmp_path / "missing.db").exists()


def test_home_lists_papers(client):
    reply = client.get("/")
    assert reply.status_code == 200
    assert reply.headers["content-type"].startswith("text/html")
    assert PAPER in reply.text and "/papers/%E6%B8%A9%E5%B2%AD%E6%97%A5%E6%8A%A5" in reply.text


def test_home_counts_dated_pages_without_a_paper_name_which_it_cannot_list(tmp_path):
    from banmian import store

    from .conftest import PAGE_PLAIN

    url = str(tmp_path / "unnamed.db")
    store.ingest_text(url, PAGE_PLAIN, date="2024-03-12", page=1, enrich=False)
    text = TestClient(make_app(url)).get("/").text
    assert "No page has both a paper name and a date" in text
    assert "0 pages without a date and 1 without a paper name" in " ".join(text.split())


def test_paper_issue_and_page_routes(client, ids):
    assert "2024-01-24" in client.get(f"/papers/{PAPER}").text
    issue = client.get(f"/papers/{PAPER}/{DATE}").text
    assert "优化营商环境 人大在行动" in issue and "下转第2版" in issue
    page = client.get(f"/pages/{PAPER}/{DATE}/2").text
    # The raw lines, each tagged with the article it went to, beside the articles.
    assert "链条不断拉长" in page and f'data-article="{ids["链条不断拉长"]}"' in page
    assert "（上接第一版）" in page and "furniture" in page


def test_article_shows_the_story_stitched_across_the_jump(client, ids):
    reply = client.get(f"/articles/{ids['优化营商环境']}")
    assert reply.status_code == 200
    text = reply.text
    assert "<h1>优化营商环境 人大在行动</h1>" in text
    assert "苏嘉堉" in text and "陈丹琦" in text and "本报讯" in text
    assert "逐项销号" in text  # the continuation on page 2
    assert f"/pages/{PAPER}/{DATE}/2".replace(PAPER, "%E6%B8%A9%E5%B2%AD%E6%97%A5%E6%8A%A5") in text
    assert f'href="/articles/{ids["温岭新年第一"]}"' in text  # next story


def test_a_continuation_opens_its_whole_story(client, ids):
    reply = client.get(f"/api/articles/{ids['会后，市人大']}")
    assert reply.json()["id"] == ids["优化营商环境"]
    assert reply.json()["requested"] == ids["会后，市人大"]


def test_article_page_for_a_page_without_header(client, ids):
    reply = client.get(f"/articles/{ids['城南镇新建污']}/page")
    assert reply.status_code == 200 and "城南镇新建污水管网" in reply.text


def test_search_page_highlights_and_filters(client):
    reply = client.get("/search", params={"q": "营商", "paper": PAPER, "from": DATE, "to": DATE,
                                          "kind": "article", "reporter": "苏嘉堉"})
    assert reply.status_code == 200
    assert "<mark>营商</mark>" in reply.text
    assert "没有" not in reply.text and "优化营商环境" in reply.text
    assert "No articles found" in client.get("/search", params={"q": "营商", "reporter": "赵云"}).text


def test_search_pages_through_hits(client, tmp_path):
    first = client.get("/api/search", params={"q": "本报讯"}).json()
    assert first["page"] == 1 and not first["has_next"] and len(first["hits"]) == 6
    assert client.get("/api/search", params={"q": "本报讯", "page": 2}).json()["hits"] == []


def test_search_paging_links(archive_url, monkeypatch):
    import banmian.web.app as web

    monkeypatch.setattr(web, "PER_PAGE", 2)
    client = TestClient(make_app(archive_url))
    text = client.get("/search", params={"q": "本报讯", "page": 2}).text
    assert 'rel="prev"' in text and 'rel="next"' in text and "page=3" in text


def test_api_article_and_search(client, ids):
    story = client.get(f"/api/articles/{ids['数控机床产业']}").json()
    assert story["pages"] == [1, 2]
    assert [part["id"] for part in story["parts"]] == [ids["数控机床产业"], ids["链条不断拉长"]]
    assert story["previous"]["id"] == ids["温岭新年第一"]
    assert story["next"]["headline"] == ["石塘镇开展渔船安全检查"]
    hits = client.get("/api/search", params={"q": "江金永"}).json()["hits"]
    assert [hit["story"] for hit in hits] == [ids["数控机床产业"]]
    assert "[江金永]" in hits[0]["snippet"]


def test_api_browse_routes(client, ids):
    assert client.get("/api/papers").json()["papers"][0]["paper"] == PAPER
    assert [i["date"] for i in client.get(f"/api/papers/{PAPER}").json()["issues"]] == [
        "2024-01-24", DATE]
    assert [p["page"] for p in client.get(f"/api/papers/{PAPER}/{DATE}").json()["pages"]] == [1, 2]
    page = client.get(f"/api/pages/{PAPER}/{DATE}/1").json()
    assert page["raw_text"].startswith("温岭日报")
    assert {line["article"] for line in page["lines"]} >= {ids["优化营商环境"], None}
    assert client.get(f"/api/articles/{ids['城南镇新建污']}/page").json()["paper"] is None


def test_openapi_and_docs(client):
    spec = client.get("/api/openapi.json").json()
    assert {"/api/search", "/api/articles/{article_id}", "/api/pages/{paper}/{date}/{page}"} <= set(
        spec["paths"])
    assert "/search" not in spec["paths"]
    docs = client.get("/api/docs").text
    assert "/api/search" in docs and "cdn" not in docs.lower()


@pytest.mark.parametrize("path", ["/articles/0000000000", "/api/articles/0000000000",
                                  f"/pages/{PAPER}/{DATE}/9", f"/api/pages/{PAPER}/{DATE}/9",
                                  "/papers/没有的报", f"/api/papers/{PAPER}/2023-01-01", "/nowhere",
                                  "/api/nowhere"])
def test_unknown_is_404(client, path):
    reply = client.get(path)
    assert reply.status_code == 404
    if path.startswith("/api/"):
        assert reply.json()["error"]


@pytest.mark.parametrize("params", [{"q": '"温岭'}, {"q": "("}, {"q": "温岭)"}, {"q": "OR"},
                                    {"q": "温岭", "from": "2024-13-01"}, {"q": "温岭", "kind": "poem"},
                                    {"q": "温岭", "page": "x"}, {"q": "温岭", "page": "0"},
                                    {"q": "(" * 400 + "温岭" + ")" * 400}])
@pytest.mark.parametrize("path", ["/search", "/api/search"])
def test_malformed_query_is_400_with_a_message(client, path, params):
    reply = client.get(path, params=params)
    assert reply.status_code == 400
    message = reply.json()["error"] if path.startswith("/api/") else reply.text
    assert message and "Traceback" not in message


@pytest.mark.parametrize("path", [f"/pages/{PAPER}/24-01-23/1", f"/api/pages/{PAPER}/{DATE}/one",
                                  f"/papers/{PAPER}/yesterday"])
def test_malformed_path_is_400(client, path):
    assert client.get(path).status_code == 400


HUGE = "99999999999999999999"


@pytest.mark.parametrize("path", [
    f"/pages/{PAPER}/{DATE}/{HUGE}", f"/api/pages/{PAPER}/{DATE}/{HUGE}", f"/pages/{PAPER}/{DATE}/0",
    f"/api/pages/{PAPER}/{DATE}/-5", f"/pages/{PAPER}/{DATE}/{HUGE}/image.png",
    f"/api/pages/{PAPER}/{DATE}/{HUGE}/image", f"/search?q=温岭&page={HUGE}", f"/api/search?q=温岭&page={HUGE}",
    f"/api/entities?limit={HUGE}", "/api/entities?limit=0", f"/entities/PER/江金永?page={HUGE}",
    f"/api/entities/PER/江金永?page={HUGE}", f"/api/trends/articles?term=温岭&month=2024-01&page={HUGE}",
    f"/trends?terms=温岭&term=温岭&month=2024-01&page={HUGE}"])
def test_numbers_out_of_range_are_400_not_an_overflow(client, path):
    reply = client.get(path)
    assert reply.status_code == 400
    assert "Traceback" not in reply.text


def test_page_text_is_escaped(client):
    escaped = "&lt;script&gt;alert(1)&lt;/script&gt;"
    hit = client.get("/api/search", params={"q": "网页安全"}).json()["hits"][0]
    views = [f"/articles/{hit['id']}", "/pages/温岭日报/2024-01-24/1", "/papers/温岭日报/2024-01-24",
             "/search?q=脚本", "/search?q=<script>"]
    for path in views:
        text = client.get(path).text
        assert SCRIPT not in text, path
        assert escaped in text, path
    # JSON carries the text as it is: it is data, not markup.
    assert SCRIPT in client.get(f"/api/articles/{hit['id']}").json()["headline"][0]


def test_reader_is_read_only(client):
    assert client.post("/api/search", params={"q": "温岭"}).status_code == 405
    assert client.delete("/api/articles/x").status_code == 405


def test_a_sectioned_papers_pages_have_their_own_addresses(tmp_path):
    from banmian import store

    from .conftest import PAGE_PLAIN

    url = str(tmp_path / "sections.db")
    for section in "AB":
        store.ingest_text(url, PAGE_PLAIN.replace("城南镇", f"{section}区城南镇"), paper="南方都市报",
                          date="2024-03-12", page=1, section=section, enrich=False)
    client = TestClient(make_app(url))
    issue = client.get("/papers/南方都市报/2024-03-12").text
    assert "第A1版" in issue and "第B1版" in issue and "/2024-03-12/B1" in issue
    assert "B区城南镇" in client.get("/pages/南方都市报/2024-03-12/B1").text
    assert client.get("/api/pages/南方都市报/2024-03-12/b01").json()["section"] == "B"
    assert client.get("/pages/南方都市报/2024-03-12/1").status_code == 404


def test_a_story_that_jumps_to_another_section_links_each_part_to_its_own_page(tmp_path):
    from banmian import store

    from .conftest import PAGE1, PAGE2

    url = str(tmp_path / "sections.db")
    store.ingest_text(url, PAGE1.replace("第1版", "第A01版").replace("（下转第二版）", "（下转B2版）"), enrich=False)
    store.ingest_text(url, PAGE2.replace("第2版", "第B02版").replace("（上接第一版）", "（上接A1版）"), enrich=False)
    client = TestClient(make_app(url))
    head = client.get("/api/search", params={"q": "专题询问会"}).json()["hits"][0]["id"]
    article = client.get(f"/articles/{head}").text
    assert '/2024-01-23/A1">第A1版' in article and '/2024-01-23/B2">第B2版' in article and "下转第B2版" in article
    assert "上接第A1版" in client.get("/pages/温岭日报/2024-01-23/B2").text
    meta = article[article.index('class="meta"'):article.index('class="parts"')]
    assert "第B2版" in meta and "第A2版" not in meta  # the story's pages above it said A1, A2


@pytest.mark.parametrize("path", ["/", f"/papers/{PAPER}/{DATE}", "/api/papers", "/static/style.css"])
def test_head_is_answered_as_get_without_a_body(client, path):
    # Link checkers and uptime monitors ask with HEAD: every page answered 405.
    got, head = client.get(path), client.head(path)
    assert head.status_code == 200 and head.content == b""
    assert head.headers["content-type"] == got.headers["content-type"]


@pytest.mark.parametrize("sort, dates", [("newest", ["2024-01-24", DATE, None]),
                                         ("oldest", [DATE, "2024-01-24", None])])
def test_search_lists_hits_by_issue_date_when_asked(client, sort, dates):
    hits = client.get("/api/search", params={"q": "本报讯", "sort": sort}).json()["hits"]
    assert list(dict.fromkeys(hit["date"] for hit in hits)) == dates
    text = client.get("/search", params={"q": "本报讯", "sort": sort}).text
    assert f'<option value="{sort}" selected>' in text
    assert text.index("网页安全检查") < text.index("优化营商环境") if sort == "newest" \
        else text.index("网页安全检查") > text.index("优化营商环境")


def test_search_paging_links_keep_the_order(archive_url, monkeypatch):
    import banmian.web.app as web

    monkeypatch.setattr(web, "PER_PAGE", 2)
    text = TestClient(make_app(archive_url)).get("/search", params={"q": "本报讯", "sort": "oldest"}).text
    assert 'rel="next"' in text and "sort=oldest" in text


def test_an_order_search_does_not_know_is_a_bad_request(client):
    reply = client.get("/api/search", params={"q": "本报讯", "sort": "date"})
    assert reply.status_code == 400 and "relevance, newest or oldest" in reply.json()["error"]


def test_counts_of_one_are_singular(tmp_path):
    # "1 issues, 1 pages" (R21a-X)
    from banmian import store

    from .conftest import PAGE1

    url = str(tmp_path / "one.db")
    store.ingest_text(url, PAGE1, enrich=False)
    client = TestClient(make_app(url))
    assert "— 1 issue, 1 page," in " ".join(client.get("/").text.split())
    assert "— 1 page, 3 articles" in " ".join(client.get(f"/papers/{PAPER}").text.split())


def test_an_article_address_from_before_a_correction_leads_on_to_the_story(archive_url, ids):
    client = TestClient(make_app(archive_url))
    old = ids["温岭新年第一"]
    store.ingest_text(archive_url, PAGE1.replace("温岭新年第一场雪", "温岭迎来新年第一场雪"))
    [hit] = store.search(archive_url, "迎来新年")
    for path in (f"/articles/{old}", f"/articles/{old}/page", f"/api/articles/{old}", f"/api/articles/{old}/page"):
        moved = client.get(path, follow_redirects=False)
        assert moved.status_code == 307 and moved.headers["location"] == path.replace(old, hit.id), path
    assert client.get(f"/api/articles/{old}").json()["headline"] == ["温岭迎来新年第一场雪"]
    snow = PAGE1.index("温岭新年第一场雪")
    store.ingest_text(archive_url, PAGE1[:snow] + PAGE1[PAGE1.index("数控机床产业集群"):])  # the story taken out
    for path in (f"/articles/{hit.id}", f"/api/articles/{hit.id}"):
        gone = client.get(path)
        assert gone.status_code == 410 and f"was on {PAPER} {DATE} page 1, which was ingested again" in gone.text


def test_search_tells_how_many_articles_matched_in_all(archive_url, monkeypatch):
    import banmian.web.app as web_app

    monkeypatch.setattr(web_app, "PER_PAGE", 2)
    client = TestClient(make_app(archive_url))
    total = store.count(archive_url, "本报讯")
    assert total > 2
    found = client.get("/api/search", params={"q": "本报讯"}).json()
    assert found["total"] == total and len(found["hits"]) == 2
    assert client.get("/api/search", params={"q": "本报讯", "page": 2}).json()["total"] == total
    assert client.get("/api/search", params={"q": "没有这个词"}).json()["total"] == 0
    assert f'<p class="total">{total} articles, 1–2 shown</p>' in client.get("/search", params={"q": "本报讯"}).text
