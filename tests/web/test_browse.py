"""The archive's browse queries the reader lists papers, issues, pages and neighbours with."""

import pytest

from banmian import store

from .conftest import DATE, PAPER


def test_papers_lists_dated_papers_with_counts(archive_url):
    assert store.papers(archive_url) == [
        {"paper": PAPER, "issues": 2, "pages": 3, "first": DATE, "last": "2024-01-24"}]


def test_issues_newest_first(archive_url):
    assert store.issues(archive_url, PAPER) == [
        {"date": "2024-01-24", "pages": 1, "articles": 1}, {"date": DATE, "pages": 2, "articles": 6}]
    assert store.issues(archive_url, "没有的报") == []


def test_issue_pages_in_order_with_stories(archive_url, ids):
    pages = store.issue_pages(archive_url, PAPER, DATE)
    assert [p["page"] for p in pages] == [1, 2]
    first, second = pages
    assert [a["headline"] for a in first["articles"]] == [
        ["优化营商环境 人大在行动"], ["温岭新年第一场雪"], ["数控机床产业集群建设提速"]]
    # The continuations on page 2 belong to the stories that jump from page 1.
    stories = [a["story"] for a in second["articles"]]
    assert stories == [ids["数控机床产业"], ids["优化营商环境"], ids["石塘镇开展渔"]]


def test_page_at_matches_page_for(archive_url, ids):
    page = store.page_at(archive_url, PAPER, DATE, 2)
    assert page == store.page_for(archive_url, ids["石塘镇开展渔"])
    assert page["article_ids"] == [ids["链条不断拉长"], ids["会后，市人大"], ids["石塘镇开展渔"]]
    with pytest.raises(store.NotFoundError):
        store.page_at(archive_url, PAPER, DATE, 9)


def test_neighbours_skip_continuations(archive_url, ids):
    order = [ids[key] for key in ("优化营商环境", "温岭新年第一", "数控机床产业", "石塘镇开展渔")]
    for n, article_id in enumerate(order):
        previous = order[n - 1] if n else None
        following = order[n + 1] if n + 1 < len(order) else None
        assert store.neighbours(archive_url, article_id) == (previous, following)
    # A continuation's neighbours are those of its story.
    assert store.neighbours(archive_url, ids["会后，市人大"]) == (None, ids["温岭新年第一"])


def test_neighbours_of_a_page_without_header_stay_on_it(archive_url, ids):
    assert store.neighbours(archive_url, ids["城南镇新建污"]) == (None, None)
