"""The `banmian` command: argument parsing and error reporting over the library.

`banmian parse` of a scan (seconds a page by OCR) tells on stderr which page it is
reading, when stderr is a terminal and `--quiet` is not given; stdout holds only
the output.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from banmian.archive_cli import date_argument, output_file, page_argument, printable_output
from banmian.archive_cli import add_commands as add_archive_commands
from banmian.enrich_cli import add_commands as add_enrich_commands
from banmian.errors import BanmianError
from banmian.model import Page
from banmian.store import is_database
from banmian.web_cli import add_commands as add_web_commands

if TYPE_CHECKING:
    from banmian.read import SourcePage


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    printable_output()  # a GBK terminal or pipe takes every character the command prints
    try:
        return args.run(args)
    except BrokenPipeError:
        return 0
    except OSError as error:  # a full disk, a failing device: stdout or a file written as it goes
        _drop_stdout()
        where = error.filename or "output"
        print(f"banmian: cannot write {where}: {error.strerror or error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        if sys.stderr.isatty():
            sys.stderr.write("\n")  # below a progress line
        print(f"banmian: {getattr(args, 'interrupted', 'interrupted')}", file=sys.stderr)
        return 130  # 128 + SIGINT, as a shell reports it


def _drop_stdout() -> None:
    """What stdout still buffers could not be written either: not tried again as Python exits."""
    try:
        sys.stdout = open(os.devnull, "w")
    except OSError:
        pass


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="banmian", description="Rebuild Chinese newspaper pages into articles; store, search and serve them.")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    parse = commands.add_parser("parse", help="rebuild the articles of raw page files")
    parse.add_argument("files", nargs="+", metavar="PAGE",
                       help="page files: text, an HTML page, PDF or an image (PNG, JPEG, TIFF, JPEG 2000, WebP, BMP, GIF); "
                            "- reads stdin")
    parse.add_argument("-o", "--output", type=output_file, help="write here instead of stdout (-: stdout)")
    parse.add_argument("--format", choices=("json", "markdown", "text"), default="json")
    parse.add_argument("--paper", help="newspaper name")
    parse.add_argument("--date", type=date_argument, help="issue date, YYYY-MM-DD")
    parse.add_argument("--page", type=page_argument, help="page number, A3 for a sectioned paper's")
    parse.add_argument("--enrich", action="store_true",
                       help="add each article's entities, dates and quantities (slower)")
    parse.add_argument("-q", "--quiet", action="store_true",
                       help="no progress line for scans (it is drawn only when stderr is a terminal)")
    parse.set_defaults(run=_parse)
    add_archive_commands(commands)
    add_enrich_commands(commands)
    add_web_commands(commands)
    return parser


def _parse(args: argparse.Namespace) -> int:
    # loaded here, not with the module: the archive's commands rebuild nothing
    from banmian.enrich import enrich_page
    from banmian.rebuild import rebuild_file
    from banmian.render import render

    if args.output:
        if any(_same_file(args.output, name) for name in args.files):
            print(f"banmian: -o {args.output} is a page being read: choose another file", file=sys.stderr)
            return 2
        if is_database(args.output):  # -o banmian.db, meant as --db, would replace an archive
            print(f"banmian: -o {args.output} is a database (an archive?): choose another file", file=sys.stderr)
            return 2
        try:
            _check_writable(args.output)
        except OSError as error:  # told now, not after minutes of OCR
            print(f"banmian: cannot write {args.output}: {error.strerror}", file=sys.stderr)
            return 2
    section, number = args.page or (None, None)
    if number is not None and len(args.files) > 1:
        print(f"banmian: a page number names one page file, and {len(args.files)} were given: "
              "let the pages' headers number them", file=sys.stderr)
        return 2
    pages: list[Page] = []
    failed = False
    drawing = sys.stderr.isatty() and not args.quiet
    for name in args.files:
        progress = functools.partial(_page_read, name) if drawing else None
        try:
            for page in rebuild_file(_read(name, progress), paper=args.paper, date=args.date, page=number,
                                     section=section):
                pages.append(enrich_page(page) if args.enrich else page)
        except BanmianError as error:
            if drawing:
                sys.stderr.write("\r\x1b[K")
            print(f"banmian: {name}: {error}", file=sys.stderr)
            failed = True
    if drawing:
        sys.stderr.write("\r\x1b[K")  # the progress line wiped once the pages are read
    if pages:
        try:
            _write(render(pages, args.format, many=len(args.files) > 1 or len(pages) > 1), args.output)
        except OSError as error:
            if not args.output:
                raise  # stdout: a closed pipe is main's
            print(f"banmian: cannot write {args.output}: {error.strerror}", file=sys.stderr)
            return 2
    return 2 if failed else 0


def _same_file(output: str, name: str) -> bool:
    return name != "-" and os.path.exists(output) and os.path.exists(name) and os.path.samefile(output, name)


def _check_writable(output: str) -> None:
    """Raise OSError where `output` cannot be written, leaving what is there as it was."""
    existed = os.path.exists(output)
    if existed and not os.path.isfile(output) and not os.path.isdir(output):
        return  # a device or a pipe: opened only to write
    with open(output, "a", encoding="utf-8"):
        pass
    if not existed:
        os.unlink(output)


def _read(name: str, progress) -> Iterator[SourcePage]:
    from banmian.read import read_bytes, read_path

    if name == "-":
        return read_bytes(sys.stdin.buffer.read(), "<stdin>", progress)
    return read_path(name, progress)


def _page_read(name: str, done: int, total: int) -> None:
    """One line, drawn over: the page of a scan just read by OCR."""
    sys.stderr.write(f"\r{os.path.basename(name)}: page {done}/{total} read\x1b[K")
    sys.stderr.flush()


def _write(text: str, output: str | None) -> None:
    if output:
        Path(output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    sys.exit(main())
