"""The SQLite search index's format: an archive indexed by an older banmian is indexed again."""

import sqlite3

from banmian.store import ingest_text, open_archive, searchable_text
from banmian.store.sqlite import INDEX_FORMAT

from .fixtures import PAGE1, PAGE2


def _bigrams(text: str) -> str:
    """The index text of the bigram index of banmian before session 14: each character with the
    next, a sentinel after the last."""
    from banmian.store.search_query import _encode

    chars = _encode(text) + "\ue0ff"
    return " ".join(a + b for a, b in zip(chars, chars[1:])) if text else ""


def _as_bigram_archive(path: str) -> None:
    """Index the archive's articles as bigrams, and its meta as an archive of then (no format)."""
    db = sqlite3.connect(path)
    with db:
        db.execute("INSERT INTO articles_fts (articles_fts) VALUES ('delete-all')")
        rows = db.execute("SELECT seq, headline, body, byline FROM articles").fetchall()
        from banmian.store.archive import article_columns

        for seq, headline, body, byline in rows:
            columns = article_columns({"headline": headline, "body": body, "byline": byline})
            db.execute("INSERT INTO articles_fts (rowid, headline, body, byline) VALUES (?, ?, ?, ?)",
                       (seq, *map(_bigrams, columns)))
        db.execute("DELETE FROM meta WHERE key = 'search_index'")
    db.close()


def test_an_archive_indexed_as_bigrams_is_indexed_again_when_opened(tmp_path):
    path = str(tmp_path / "old.db")
    with open_archive(path) as archive:
        ingest_text(archive, PAGE1)
        ingest_text(archive, PAGE2)
        before = {query: [(hit.id, hit.score) for hit in archive.search(query, limit=None)]
                  for query in ("温岭", "江金永", "渔", "温岭 OR 渔船", "人大 -温岭")}
    _as_bigram_archive(path)
    with open_archive(path) as archive:
        after = {query: [(hit.id, hit.score) for hit in archive.search(query, limit=None)] for query in before}
        assert archive._meta(archive.db, "search_index") == INDEX_FORMAT
        # Stored again over the reindexed rows: the old rows' index entries go as they came.
        ingest_text(archive, PAGE1)
        texts = {i: searchable_text(archive.article(i).article) for i in archive.matching_ids(None)}
        assert set(archive.matching_ids("温岭")) == {i for i, text in texts.items() if "温岭" in text}
    assert after == before and all(before.values())
