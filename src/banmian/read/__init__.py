"""Readers: each input format becomes `SourcePage`s of `Line`s.

The rebuild never asks which reader made the lines.  Text is the only format
so far; PDF and scans will plug in here by file suffix.
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
    text = decode(data)
    page = read_text(text, name)
    if not page.lines:
        raise InputError("empty input: only blank lines")
    return [page]


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
