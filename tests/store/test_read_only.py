"""An archive that cannot be written (a copy on a read-only mount, a folder the web server's user
cannot write) is still read by search, show, export, entities, trends and serve."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from banmian import store
from banmian.store import ArchiveError, ingest_text, open_archive
from banmian.store import sqlite as sqlite_store
from banmian.store.archive import SCHEMA_VERSION

from .fixtures import PAGE1
from .test_archive_cli import SRC

# Root writes whatever the mode bits say: the commands run without that override.
WITHOUT_ROOTS_OVERRIDE = ["setpriv", "--inh-caps=-dac_override,-dac_read_search",
                          "--bounding-set=-dac_override,-dac_read_search"]


@pytest.fixture
def stored(tmp_path) -> Path:
    """An archive of one page, closed (its -wal and -shm files gone)."""
    path = tmp_path / "ro" / "archive.db"
    path.parent.mkdir()
    ingest_text(str(path), PAGE1, enrich=False)
    assert sorted(p.name for p in path.parent.iterdir()) == ["archive.db"]
    return path


@pytest.fixture
def unwritable(stored, monkeypatch) -> Path:
    """The archive as a process that may not write it sees it."""
    real_access = os.access
    monkeypatch.setattr(sqlite_store.os, "access",
                        lambda path, mode: False if mode & os.W_OK else real_access(path, mode))
    return stored


def test_an_archive_that_cannot_be_written_is_read_without_writing(unwritable):
    with open_archive(str(unwritable), create=False) as archive:
        assert archive.read_only
        assert [hit.headline for hit in archive.search("数控机床")]
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            archive.db.execute("CREATE TABLE written (x)")
    assert sorted(p.name for p in unwritable.parent.iterdir()) == ["archive.db"]  # no -shm made


def test_an_archive_that_can_be_written_is_opened_as_before(stored):
    with open_archive(str(stored), create=False) as archive:
        assert not archive.read_only


def test_an_old_schema_that_cannot_be_written_is_one_clear_error_and_stays_as_it_was(stored, monkeypatch):
    with open_archive(str(stored)) as archive:
        archive._write(lambda cur: cur.execute("UPDATE meta SET value = '2' WHERE key = 'schema'"), "schema")
    before = stored.read_bytes()
    real_access = os.access
    monkeypatch.setattr(sqlite_store.os, "access",
                        lambda path, mode: False if mode & os.W_OK else real_access(path, mode))
    with pytest.raises(ArchiveError, match=f"schema 2, which this banmian upgrades to {SCHEMA_VERSION} .* cannot write it"):
        store.search(str(stored), "温岭")
    assert stored.read_bytes() == before


def _without_write_permission(args: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return args
    if shutil.which("setpriv") is None or subprocess.run(
            [*WITHOUT_ROOTS_OVERRIDE, "true"], capture_output=True).returncode != 0:
        pytest.skip("as root, the test needs setpriv to run without root's write override")
    return [*WITHOUT_ROOTS_OVERRIDE, *args]


@pytest.fixture
def read_only_folder(stored):
    stored.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    stored.parent.chmod(stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP)
    yield stored
    stored.parent.chmod(stat.S_IRWXU)
    stored.chmod(stat.S_IRUSR | stat.S_IWUSR)


@pytest.mark.parametrize("command", [["search", "数控机床"], ["export"], ["entities", "--json"], ["trends", "温岭"]])
def test_read_commands_read_an_archive_in_a_read_only_folder(read_only_folder, command):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [SRC, os.environ.get("PYTHONPATH")]))}
    result = subprocess.run(
        _without_write_permission([sys.executable, "-m", "banmian.cli", *command, "--db",
                                   str(read_only_folder)]),
        capture_output=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert result.stdout.strip()


def test_the_web_reader_serves_an_archive_that_cannot_be_written(unwritable):
    pytest.importorskip("fastapi")
    pytest.importorskip("httpx")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # newer Starlette asks for httpx2; httpx works alike
        from fastapi.testclient import TestClient

    from banmian.web import make_app

    reply = TestClient(make_app(str(unwritable))).get("/api/search", params={"q": "数控机床"})
    assert reply.status_code == 200 and reply.json()["hits"]
    assert sorted(p.name for p in unwritable.parent.iterdir()) == ["archive.db"]


@pytest.mark.parametrize("with_shm", [True, False])
def test_a_read_only_copy_with_changes_in_its_wal_file_is_read_or_told_one_line(stored, tmp_path, with_shm):
    writer = sqlite3.connect(stored, isolation_level=None)
    writer.execute("PRAGMA wal_autocheckpoint = 0")  # the change stays in the -wal file
    writer.execute("UPDATE meta SET value = value WHERE key = 'schema'")
    copy = tmp_path / "copy"
    copy.mkdir()
    for suffix in ("", "-wal", "-shm")[:3 if with_shm else 2]:
        shutil.copy(f"{stored}{suffix}", copy / f"archive.db{suffix}")
    writer.close()
    for path in copy.iterdir():
        path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    copy.chmod(stat.S_IRUSR | stat.S_IXUSR)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [SRC, os.environ.get("PYTHONPATH")]))}
    try:
        result = subprocess.run(
            _without_write_permission([sys.executable, "-m", "banmian.cli", "search", "数控机床", "--db",
                                       str(copy / "archive.db")]),
            capture_output=True, env=env, timeout=120)
    finally:
        copy.chmod(stat.S_IRWXU)
    err = result.stderr.decode("utf-8", "replace")
    if with_shm:
        assert result.returncode == 0 and result.stdout.strip(), err
    else:
        assert result.returncode == 2 and err.count("\n") == 1
        assert "open the archive once where it can be written" in err


def test_ingest_into_an_archive_that_cannot_be_written_says_so_before_reading_a_page(unwritable, tmp_path,
                                                                                        monkeypatch):
    from banmian.store import ingest

    page = tmp_path / "p.txt"
    page.write_text(PAGE1, encoding="utf-8")
    monkeypatch.setattr(ingest, "read_path", lambda *args: pytest.fail("read a page it cannot store"))
    with pytest.raises(ArchiveError, match=r"^cannot write .*archive\.db: the file is read-only \(search"):
        store.ingest_paths(str(unwritable), [str(page)])


def test_delete_in_an_archive_that_cannot_be_written_says_why(unwritable):
    with pytest.raises(ArchiveError, match=r"^cannot write .*archive\.db: the file is read-only"):
        store.remove_page(str(unwritable), "温岭日报", "2024-01-23", 1)
    with open_archive(str(unwritable), create=False) as archive:
        assert archive.counts()["pages"] == 1


def test_a_new_archive_in_a_folder_that_cannot_be_written_says_so(tmp_path, monkeypatch):
    real_access = os.access
    monkeypatch.setattr(sqlite_store.os, "access",
                        lambda path, mode: False if mode & os.W_OK else real_access(path, mode))
    with pytest.raises(ArchiveError, match=r"^cannot make .*new\.db: its folder .* cannot be written"):
        open_archive(str(tmp_path / "new.db"))
    assert not (tmp_path / "new.db").exists()


def test_ingest_into_a_read_only_folder_is_one_line_that_says_it_cannot_write(read_only_folder, tmp_path):
    (tmp_path / "p.txt").write_text(PAGE1, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [SRC, os.environ.get("PYTHONPATH")]))}
    result = subprocess.run(
        _without_write_permission([sys.executable, "-m", "banmian.cli", "ingest", str(tmp_path / "p.txt"),
                                   "--no-enrich", "--db", str(read_only_folder)]),
        capture_output=True, env=env, timeout=120)
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 2 and err.count("\n") == 1, err
    assert err.startswith(f"banmian: cannot write {read_only_folder}: ") and "cannot read" not in err


def test_a_postgresql_archive_that_cannot_be_written_is_told_in_one_line_and_still_read(db_url, backend, tmp_path,
                                                                                         monkeypatch):
    # A read-only server (a standby, or default_transaction_read_only): delete failed with a
    # traceback, ingest read every file and failed each page as "unexpected ReadOnlySqlTransaction".
    if backend != "postgres":
        pytest.skip("the SQLite cases are above")
    from banmian.store import ingest

    ingest_text(db_url, PAGE1, enrich=False)
    read_only = f"{db_url}%20-cdefault_transaction_read_only%3Don"
    page = tmp_path / "p.txt"
    page.write_text(PAGE1, encoding="utf-8")
    monkeypatch.setattr(ingest, "read_path", lambda *args: pytest.fail("read a page it cannot store"))
    for write in (lambda: store.ingest_paths(read_only, [str(page)]),
                  lambda: store.remove_page(read_only, "温岭日报", "2024-01-23", 1)):
        with pytest.raises(ArchiveError, match=r"^cannot write .*: .*read-only.*\(search"):
            write()
    assert store.search(read_only, "数控机床")
