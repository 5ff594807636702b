"""Reliability: a killed ingest leaves whole pages; concurrent ingests lose nothing."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import banmian
from banmian.store import ArchiveError, open_archive, searchable_text

from .fixtures import write_issues

# Ingest the files named after the archive URL; exit 2 if any page failed.
INGEST = """
import sys
from banmian.store import ingest_paths
report = ingest_paths(sys.argv[1], sys.argv[2:])
for name, reason in report.failed:
    print(name, reason, file=sys.stderr)
sys.exit(2 if report.failed else 0)
"""


def _env() -> dict:
    src = str(Path(banmian.__file__).resolve().parent.parent)
    return {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [src, os.environ.get("PYTHONPATH")]))}


def _ingest(db_url: str, files: list[str]) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", INGEST, db_url, *files], env=_env(),
                            stderr=subprocess.PIPE, text=True)


def _pages(db_url: str) -> int:
    try:
        with open_archive(db_url, create=False) as archive:
            return archive.counts()["pages"]
    except ArchiveError:
        return 0


def _check_whole(db_url: str) -> dict:
    """Every stored page has all its articles, and the index holds exactly the stored articles."""
    with open_archive(db_url, create=False) as archive:
        broken = archive._query("SELECT p.id FROM pages p WHERE p.articles != "
                                "(SELECT count(*) FROM articles a WHERE a.page_id = p.id)")
        assert broken == []
        every = archive.matching_ids(None)
        expected = {i for i in every if "本报讯" in searchable_text(archive.article(i).article)}
        assert set(archive.matching_ids("本报讯")) == expected
        if db_url.endswith(".db"):
            assert archive._query("PRAGMA integrity_check")[0][0] == "ok"
            archive.db.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
        return archive.counts()


def test_a_killed_ingest_leaves_whole_pages_and_a_rerun_finishes(db_url, tmp_path):
    files = write_issues(tmp_path, 250)
    process = _ingest(db_url, files)
    deadline = time.monotonic() + 60
    while _pages(db_url) < 30 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL, "the ingest ended before it could be killed"

    partial = _check_whole(db_url)
    assert 30 <= partial["pages"] < 500

    rerun = _ingest(db_url, files)
    assert rerun.wait(120) == 0, rerun.stderr.read()
    assert _check_whole(db_url) == {"pages": 500, "articles": 1500, "undated_pages": 0,
                                    "unnamed_pages": 0, "jumps": 500,
                                    "open_jumps": 0}


def test_two_processes_ingesting_at_once_lose_nothing(db_url, tmp_path):
    files = write_issues(tmp_path, 80)
    front, inside = files[0::2], files[1::2]
    shared = files[:20]
    # One writes the front pages, the other the pages their stories jump to,
    # and both write the first ten issues again, in opposite orders.
    first = _ingest(db_url, front + shared)
    second = _ingest(db_url, inside + shared[::-1])
    for process in (first, second):
        assert process.wait(120) == 0, process.stderr.read()
    assert _check_whole(db_url) == {"pages": 160, "articles": 480, "undated_pages": 0,
                                    "unnamed_pages": 0, "jumps": 160,
                                    "open_jumps": 0}


def test_an_archive_another_process_made_while_this_one_looked_is_opened_not_refused(db_url, backend, monkeypatch):
    # Two ingests starting on a new archive at once both find it empty; the one that writes second must find the
    # schema the other made, not call the database another program's.
    from banmian.store.postgres import PostgresArchive
    from banmian.store.sqlite import SQLiteArchive

    kind = SQLiteArchive if backend == "sqlite" else PostgresArchive
    kind(db_url, create=True).close()  # the other process, done first
    original, calls = kind._schema_version, []

    def seen_empty_at_first(self):  # this one's first look came before the other committed
        calls.append(self)
        return None if len(calls) == 1 else original(self)

    monkeypatch.setattr(kind, "_schema_version", seen_empty_at_first)
    kind(db_url, create=True).close()
    assert len(calls) > 1
