"""The `banmian tag` command: people, organisations and places in a text, with offsets."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict


def add_commands(subparsers) -> None:
    command = subparsers.add_parser("tag", help="find people (PER), organisations (ORG) and places (LOC)")
    command.add_argument("file", nargs="?", default="-", metavar="FILE", help="a plain text file (PDFs, scans and HTML pages: banmian parse --enrich); - or nothing reads stdin")
    command.add_argument("--json", action="store_true", help="one JSON array of {text, type, start, end}")
    command.set_defaults(run=run_tag)


def read_text(name: str) -> str:
    """The file's text, decoded the way `banmian parse` decodes pages, lines as they were."""
    from banmian.read import file_bytes, plain_text  # (not for every command's start)

    return plain_text(sys.stdin.buffer.read() if name == "-" else file_bytes(name))


def run_tag(args: argparse.Namespace) -> int:
    from banmian.enrich import tag
    from banmian.errors import BanmianError

    try:
        text = read_text(args.file)
    except BanmianError as error:
        print(f"banmian: {args.file}: {error}", file=sys.stderr)
        return 2
    entities = tag(text)
    if args.json:
        sys.stdout.write(json.dumps([asdict(e) for e in entities], ensure_ascii=False) + "\n")
    else:
        for entity in entities:
            sys.stdout.write(f"{entity.start}\t{entity.end}\t{entity.type}\t{entity.text}\n")
    return 0
