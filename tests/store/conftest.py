"""Fixtures for the archive tests: two small raw pages with jumps, and an archive per backend.

Every storage test runs on SQLite, and on PostgreSQL when BANMIAN_TEST_POSTGRES
holds a DSN (.ci/postgres.sh makes one); each PostgreSQL test gets a schema of
its own, dropped afterwards.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

from banmian.store import open_archive

from .fixtures import PAGE1, PAGE2

POSTGRES_ENV = "BANMIAN_TEST_POSTGRES"
BACKENDS = ["sqlite", "postgres"]


def archive_url(backend: str, tmp_path: Path) -> str:
    if backend == "sqlite":
        return str(tmp_path / "archive.db")
    dsn = os.environ.get(POSTGRES_ENV)
    if not dsn:
        pytest.skip(f"PostgreSQL tests need {POSTGRES_ENV}=postgresql://… (run .ci/postgres.sh)")
    return dsn


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    return request.param


@pytest.fixture
def db_url(backend, tmp_path) -> str:
    """An empty archive's URL: a SQLite file, or a PostgreSQL schema of this test's own."""
    url = archive_url(backend, tmp_path)
    if backend == "sqlite":
        yield url
        return
    import psycopg

    schema = f"test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    separator = "&" if "?" in url else "?"
    yield f"{url}{separator}options=-csearch_path%3D{schema}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture
def archive(db_url):
    with open_archive(db_url) as opened:
        yield opened


@pytest.fixture
def pages(tmp_path) -> Path:
    """A folder of page files laid out as PAPER/DATE/NN.txt."""
    folder = tmp_path / "pages" / "wenling" / "2024-01-23"
    folder.mkdir(parents=True)
    (folder / "01.txt").write_text(PAGE1, encoding="utf-8")
    (folder / "02.txt").write_text(PAGE2, encoding="utf-8")
    return tmp_path / "pages"
