"""An archive of the small store fixture pages plus one page that prints `<script>`, per backend."""

from __future__ import annotations

import pytest

from banmian import store

# The store tests' fixtures (tests/ is on sys.path, as pytest puts it there for tests/store):
# each test runs on SQLite, and on PostgreSQL when one is set.
from store.conftest import backend, db_url  # noqa: F401
from store.fixtures import PAGE1, PAGE2, PAGE_PLAIN

PAPER, DATE = "温岭日报", "2024-01-23"
SCRIPT = "<script>alert(1)</script>"
# A page whose text holds markup: the reader must show it as text.
PAGE_SCRIPT = f"""温岭日报 2024年1月24日 星期三 第1版

{SCRIPT}网页安全检查

本报讯（记者赵云）市民在网页上看到{SCRIPT}这样的脚本标签，网站及时作了处理。
"""
PAGES = (PAGE1, PAGE2, PAGE_PLAIN, PAGE_SCRIPT)


def fill(url: str) -> str:
    for number, text in enumerate(PAGES):
        store.ingest_text(url, text, name=f"page{number}.txt")
    return url


@pytest.fixture
def archive_url(db_url) -> str:  # noqa: F811
    """An archive URL holding the fixture pages."""
    return fill(db_url)


@pytest.fixture
def ids(archive_url) -> dict[str, str]:
    """Article ids by the first characters of their headline or text, continuations too (which
    search lists with their story, not on their own)."""
    with store.open_archive(archive_url, create=False) as archive:
        rows = archive._query("SELECT id, headline, body FROM articles")
    return {(row["headline"].replace("\n", "") or row["body"])[:6]: row["id"] for row in rows}
