"""The SQLite store's page cache holds a whole batch's changes (see sqlite.py)."""

from banmian.store.sqlite import CACHE_KIB, SQLiteArchive


def test_an_open_archive_caches_a_batch_of_pages(tmp_path):
    with SQLiteArchive(str(tmp_path / "a.db")) as archive:
        assert CACHE_KIB >= 16 * 1024
        assert archive.db.execute("PRAGMA cache_size").fetchone()[0] == -CACHE_KIB
