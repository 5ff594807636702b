import re
import sys

from banmian.read.text import _SPACES, _clean


def test_clean_collapses_every_space_that_the_spaces_pattern_does():
    """_clean splits and joins a line where it once substituted _SPACES and stripped: the two agree only while re's
    \\s and str's whitespace are one set of characters."""
    characters = [chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF]
    assert {c for c in characters if c.isspace()} == {c for c in characters if _SPACES.fullmatch(c)}
    for raw in ("\u3000\u3000本报讯 记者  王路\t", " 温 岭 日 报 ", "", "\u3000", "a\u00a0b\u2003c"):
        assert _clean(raw) == _SPACES.sub(" ", raw).strip()
