"""The `banmian` command: argument parsing and error reporting over the library."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from banmian.archive_cli import add_commands as add_archive_commands
from banmian.enrich import enrich_page
from banmian.enrich_cli import add_commands as add_enrich_commands
from banmian.errors import BanmianError
from banmian.model import Page
from banmian.read import SourcePage, read_bytes, read_path
from banmian.rebuild import rebuild_source
from banmian.render import render
from banmian.web_cli import add_commands as add_web_commands


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except BrokenPipeError:
        return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="banmian", description=__doc__)
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    parse = commands.add_parser("parse", help="rebuild the articles of raw page files")
    parse.add_argument("files", nargs="+", metavar="PAGE", help="page text files; - reads stdin")
    parse.add_argument("-o", "--output", help="write here instead of stdout")
    parse.add_argument("--format", choices=("json", "markdown", "text"), default="json")
    parse.add_argument("--paper", help="newspaper name")
    parse.add_argument("--date", help="issue date, YYYY-MM-DD")
    parse.add_argument("--page", type=int, help="page number")
    parse.add_argument("--enrich", action="store_true",
                       help="add each article's entities, dates and quantities (slower)")
    parse.set_defaults(run=_parse)
    add_archive_commands(commands)
    add_enrich_commands(commands)
    add_web_commands(commands)
    return parser


def _parse(args: argparse.Namespace) -> int:
    pages: list[Page] = []
    failed = False
    for name in args.files:
        try:
            for source in _read(name):
                page = rebuild_source(source, paper=args.paper, date=args.date, page=args.page)
                pages.append(enrich_page(page) if args.enrich else page)
        except BanmianError as error:
            print(f"banmian: {name}: {error}", file=sys.stderr)
            failed = True
    if pages:
        _write(render(pages, args.format, many=len(args.files) > 1), args.output)
    return 2 if failed else 0


def _read(name: str) -> list[SourcePage]:
    if name == "-":
        return read_bytes(sys.stdin.buffer.read(), "<stdin>")
    return read_path(name)


def _write(text: str, output: str | None) -> None:
    if output:
        Path(output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    sys.exit(main())
