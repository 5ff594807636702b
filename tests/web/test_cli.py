"""`banmian serve`: its options and its one-line errors (the server itself: test_browser.py)."""

import argparse
import socket

import pytest

from banmian import cli, web_cli


def _args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="banmian")
    web_cli.add_commands(parser.add_subparsers(required=True))
    return parser.parse_args(["serve", *argv])


def test_serves_this_machine_only_by_default(monkeypatch):
    monkeypatch.delenv("BANMIAN_DB", raising=False)
    args = _args()
    assert (args.db, args.host, args.port) == ("banmian.db", "127.0.0.1", 8000)
    assert _args("--db", "x.db", "--host", "0.0.0.0", "--port", "9").port == 9


def test_missing_archive_is_one_line(tmp_path, capsys):
    pytest.importorskip("fastapi")
    assert cli.main(["serve", "--db", str(tmp_path / "none.db")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("banmian: no archive at") and err.count("\n") == 1
    assert not (tmp_path / "none.db").exists()


def test_a_port_in_use_is_one_line(tmp_path, capsys):
    # banmian said it was serving, then uvicorn printed its own error and exited 3.
    pytest.importorskip("uvicorn")
    from banmian import store

    store.ingest_text(str(tmp_path / "a.db"), "标题\n\n本报讯 正文。\n", enrich=False)
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        assert cli.main(["serve", "--db", str(tmp_path / "a.db"), "--port", str(port)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"banmian: cannot listen on 127.0.0.1:{port}: ") and err.count("\n") == 1
