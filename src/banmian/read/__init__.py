"""Readers: each input format becomes `SourcePage`s of `Line`s.

The rebuild never asks which reader made the lines.  The format is told from
the content, never the file name: a `%PDF-` header is a PDF (text layer
only so far; scans will plug in here), anything else is text.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from banmian.errors import InputError
from banmian.model import Line
from banmian.read.text import decode, split_lines


@dataclass(frozen=True)
class SourcePage:
    """One page as read: where it came from, its text and its lines."""

    name: str
    text: str
    lines: list[Line]


def read_text(text: str, name: str = "<text>") -> SourcePage:
    return SourcePage(name=name, text=text, lines=split_lines(text))


def read_bytes(data: bytes, name: str) -> list[SourcePage]:
    if is_pdf(data):
        from banmian.read.pdf import read_pdf  # imported here: text needs no PDF library

        return read_pdf(data, name)
    text = decode(data)
    page = read_text(text, name)
    if not page.lines:
        raise InputError("empty input: only blank lines")
    return [page]


def is_pdf(data: bytes) -> bool:
    """A PDF starts with its `%PDF-` header (white space before it is tolerated)."""
    return data.lstrip(b" \t\r\n\f\x00").startswith(b"%PDF-")


def read_path(path: str | Path) -> list[SourcePage]:
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file") from None
    except IsADirectoryError:
        raise InputError("is a directory, not a page file") from None
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror}") from None
    return read_bytes(data, str(path))
