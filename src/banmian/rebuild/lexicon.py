"""Chinese words, to tell a cut inside a word (台|州) from a break between phrases."""

from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def words() -> frozenset[str]:
    """The packaged word list (see WORDS.md); read once, never changed."""
    text = files("banmian.rebuild").joinpath("words.txt").read_text(encoding="utf-8")
    return frozenset(text.split())


@cache
def columns() -> frozenset[str]:
    """The packaged names of newspaper columns (栏目), one a line (`bench/make_columns.py`); read once."""
    return frozenset(files("banmian.rebuild").joinpath("columns.txt").read_text(encoding="utf-8").splitlines())


def word_across(left: str, right: str) -> bool:
    """Do the characters on both sides of a cut form a word (台|州, 成|立, 机械|调试)?"""
    vocabulary = words()
    for before in (1, 2, 3):
        for after in (1, 2, 3):
            if before + after > 4 or before > len(left) or after > len(right):
                continue
            if left[-before:] + right[:after] in vocabulary:
                return True
    return False
