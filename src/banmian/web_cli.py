"""The `banmian serve` command: the web reader over an archive.

cli.py registers it with `add_commands(commands)`.  The web packages are an
optional extra, so a missing one is a one-line message, like every other error.
"""

from __future__ import annotations

import argparse
import os
import socket
import sys

from banmian import store
from banmian.archive_cli import DB_HELP, whole_number
from banmian.errors import BanmianError
from banmian.store.errors import display_url


def add_commands(commands: argparse._SubParsersAction) -> None:
    serve = commands.add_parser("serve", help="browse and search an archive in a web browser")
    serve.add_argument("--db", default=os.environ.get("BANMIAN_DB") or store.DEFAULT_URL, help=DB_HELP)
    serve.add_argument("--host", default="127.0.0.1",
                       help="address to listen on (default 127.0.0.1: this machine only)")
    serve.add_argument("--port", type=whole_number(1, 65536), default=8000, help="port to listen on (default 8000)")
    serve.set_defaults(run=_serve)


def _serve(args: argparse.Namespace) -> int:
    try:
        import uvicorn

        from banmian.web import make_app
    except ImportError as error:
        print(f"banmian: serve needs the web extra ({error.name} is missing): "
              "pip install 'banmian[web]'", file=sys.stderr)
        return 2
    try:
        app = make_app(args.db)
    except BanmianError as error:
        print(f"banmian: {error}", file=sys.stderr)
        return 2
    try:
        listening = _listening(args.host, args.port)
    except OSError as error:  # the port taken, a host this machine is not
        reason = os.strerror(error.errno) if (error.errno or 0) > 0 else error.strerror or str(error)
        print(f"banmian: cannot listen on {args.host}:{args.port}: {reason}", file=sys.stderr)
        return 2
    print(f"banmian: serving {display_url(args.db)} on http://{args.host}:{args.port}/ "
          "(Ctrl-C stops)", file=sys.stderr)
    uvicorn.Server(uvicorn.Config(app, log_level="warning")).run(sockets=[listening])
    return 0


def _listening(host: str, port: int) -> socket.socket:
    """A socket bound to host:port and listening: bound before the server says it serves, so that a
    port in use is one line, not uvicorn's error after banmian said it was serving."""
    family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
    return socket.create_server((host, port), family=family)
