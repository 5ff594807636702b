"""What a search query means: its grammar, its index tokens, and a brute-force reference.

Search is exact substring search over folded text, so it needs no word
segmenter: `温岭` finds every article containing 温岭, and `江金永` is found in
`记者江金永作`.  Text and queries are folded alike (full-width ASCII to
half-width, the ideographic space to a space, lower case); folding keeps the
length, so offsets in folded text are offsets in the original.  Searched, both
also lose the spaces beside a Chinese character that stand between it and
another, a figure or a Latin letter (`searchable`): those are layout — a printed
line break in a PDF's text, a headline's spacing, a padded name 王 正 — never a
word break a reader types, so 王鸿薇 finds 王鸿 薇 and 300多万户 finds 300 多万户.

The index holds overlapping character bigrams.  A term of n >= 2 characters
is the phrase of its n-1 bigrams: consecutive bigrams at consecutive positions
occur exactly where the term occurs.  Every column ends with a sentinel, so
every character starts a bigram and a one-character term is the prefix query
"c"*.  Both are exact: `matches` below is the reference they are tested
against.

Grammar (operators in capitals; anything else is a term):

    温岭 人大          both terms (AND is implied)
    "优化 营商"        a phrase, spaces and all
    温岭 OR 台州       either
    温岭 NOT 台州      温岭 without 台州; also written 温岭 -台州
    (温岭 OR 台州) 人大 grouping
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from banmian.store.errors import QueryError

# The FTS5 `ascii` tokenizer keeps every non-ASCII character and ASCII letters
# and digits in tokens and splits on the rest.  ASCII punctuation and spaces
# are moved to the private-use area so that they stay inside their bigram.
_PUA = 0xE000
_SENTINEL = chr(_PUA + 0xFF)
# Text that already uses that part of the private-use area is moved out of the
# way, to plane 15, so that it cannot pass for punctuation.
_ESCAPED_PUA = 0xF0000


@dataclass(frozen=True)
class Term:
    text: str


@dataclass(frozen=True)
class Not:
    node: object


@dataclass(frozen=True)
class And:
    nodes: tuple


@dataclass(frozen=True)
class Or:
    nodes: tuple


@dataclass(frozen=True)
class Query:
    """A parsed query: its tree, its FTS5 expression, and the terms to highlight."""

    tree: object
    fts: str
    terms: tuple[str, ...]


def fold(text: str) -> str:
    """Full-width ASCII to half-width, ideographic space to space, traditional characters to
    simplified ones (文匯報 is 文汇报: rebuild/traditional.txt), lower case; same length."""
    tables = _tables()
    folded = text.translate(tables.basic)
    if text and max(text) > "\uffff":  # rare: a character beyond the basic plane
        folded = folded.translate(tables.beyond)
    return _lower(folded)


# Runs of spaces and tabs in folded text; in encoded text, where they are in the private-use
# area with ASCII punctuation and nothing else (text there was moved out, to plane 15).
_SPACES = re.compile("[ \t]+")
_ENCODED_SPACES = re.compile("[\ue020\ue009]+")


def _layout_runs(text: str, spaces: re.Pattern, beyond_ascii) -> list[tuple[int, int]]:
    """The runs of `spaces` in `text` that are layout, not text: between two characters beyond
    ASCII (`beyond_ascii` tells them), or one and a figure or Latin letter (300 多万户, 2016 大选)."""
    runs = []
    for run in spaces.finditer(text):
        start, end = run.span()
        if start and end < len(text):
            before, after = text[start - 1], text[end]
            if (beyond_ascii(before) and (beyond_ascii(after) or _latin_or_figure(after))
                    or _latin_or_figure(before) and beyond_ascii(after)):
                runs.append((start, end))
    return runs


def _latin_or_figure(character: str) -> bool:
    return character.isascii() and character.isalnum()


def _without(text: str, runs: list[tuple[int, int]]) -> str:
    kept, start = [], 0
    for run_start, run_end in runs:
        kept.append(text[start:run_start])
        start = run_end
    return "".join(kept) + text[start:] if runs else text


def searchable(text: str) -> str:
    """Text as search reads it: folded, without the layout spaces between Chinese characters."""
    folded = fold(text)
    return _without(folded, _layout_runs(folded, _SPACES, _beyond_ascii_folded))


def _beyond_ascii_folded(character: str) -> bool:
    return character >= "\x80"


def _searchable_places(folded: str) -> tuple[str, list[int] | None]:
    """`folded` without its layout spaces, and where each character left was in it (None where
    nothing was taken out)."""
    runs = _layout_runs(folded, _SPACES, _beyond_ascii_folded)
    if not runs:
        return folded, None
    dropped = {at for run in runs for at in range(*run)}
    places = [at for at in range(len(folded)) if at not in dropped]
    return _without(folded, runs), places


def _lower(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    # A few letters lower-case to two characters (İ); keep those as they are.
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}

# ASCII punctuation and spaces to the private-use area; text already there to plane 15.
_ENCODE = {code: _PUA + code for code in range(128) if not chr(code).isalnum()} | {
    code: _ESCAPED_PUA + code - _PUA for code in range(_PUA, _PUA + 0x100)
}


class _Tables(NamedTuple):
    basic: list[int]  # folding, as a list over the basic plane (see `encode`)
    beyond: dict[int, int]  # folding the few characters beyond it
    # Folding and encoding in one pass (lower-casing never makes ASCII punctuation).  A list
    # over the basic plane, not a dict: str.translate reads a list without raising KeyError
    # for every unmapped character, twice as fast; it leaves the characters beyond as they are.
    encode: list[int]
    encode_map: dict[int, int]  # the same as a dict, as it was made


@cache
def _tables() -> _Tables:
    """Made on the first fold, not on import: the traditional characters' table loads with numpy,
    which `banmian --help` and the web reader's start need not wait for."""
    from banmian.rebuild.traditional import search_folds

    folds = _WIDTH | {ord(traditional): ord(simplified) for traditional, simplified in search_folds().items()}
    encoded = _ENCODE | {cp: _ENCODE.get(folded, folded) for cp, folded in folds.items()}
    return _Tables(basic=[folds.get(code, code) for code in range(0x10000)],
                   beyond={code: folded for code, folded in folds.items() if code > 0xFFFF},
                   encode=[encoded.get(code, code) for code in range(0x10000)], encode_map=encoded)


def _encode(text: str) -> str:
    return _lower(text.translate(_tables().encode))


def _searchable_encoded(text: str) -> str:
    """`_encode(searchable(text))` in one translation of the text, as the index needs it."""
    encoded = _encode(text)
    return _without(encoded, _layout_runs(encoded, _ENCODED_SPACES, _beyond_ascii_encoded))


def _beyond_ascii_encoded(character: str) -> bool:
    """Is this encoded character beyond ASCII in the text (not ASCII punctuation moved)?"""
    return not (character < "\x80" or "\ue000" <= character <= "\ue0ff")


def bigram_text(text: str) -> str:
    """One column's index text: its overlapping bigrams, space-separated, sentinel last.

    Written as code points three to a bigram (first, second, space) in one array:
    twice as fast as joining a string per bigram, which mattered at ingest.
    """
    if not text:
        return ""
    import numpy as np  # (loaded by then: the ingest that indexes has read pages with it)

    points = np.frombuffer((_searchable_encoded(text) + _SENTINEL).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    triples = np.empty((len(points) - 1, 3), dtype=np.uint32)
    triples[:, 0], triples[:, 1], triples[:, 2] = points[:-1], points[1:], ord(" ")
    return triples.ravel()[:-1].tobytes().decode("utf-32-le", "surrogatepass")


def term_fts(term: str) -> str:
    """The FTS5 expression that matches exactly the rows containing `term`."""
    chars = _searchable_encoded(term)
    if len(chars) == 1:
        return f'"{chars}"*'
    return '"' + " ".join(map(str.__add__, chars, chars[1:])) + '"'


# --- parsing -----------------------------------------------------------------

_TOKEN = re.compile(r'\s*(?:(?P<quoted>-?"(?:[^"]|"")*")|(?P<paren>[()])|(?P<word>[^\s()"]+)|(?P<bad>"))')


def parse(text: str) -> Query:
    tokens = _tokenize(text)
    if not tokens:
        raise QueryError("empty query")
    parser = _Parser(tokens)
    tree = parser.or_expr()
    if parser.pos < len(tokens):
        raise QueryError(f"unexpected {tokens[parser.pos][1]!r} in query")
    return Query(tree=tree, fts=_compile(tree), terms=tuple(_positive_terms(tree)))


# Deeper than any query needs; the parser recurses a few frames a level, and a few hundred
# levels ran Python out of stack (a traceback, a 500 in the web reader).
MAX_NESTING = 32


def _tokenize(text: str) -> list[tuple[str, str]]:
    tokens = []
    depth = 0
    for match in _TOKEN.finditer(text):
        if match["bad"]:
            raise QueryError('unclosed " in query')
        if match["quoted"]:
            raw = match["quoted"]
            negated = raw.startswith("-")
            phrase = raw[2 if negated else 1:-1].replace('""', '"')
            if negated:
                tokens.append(("op", "NOT"))
            tokens.append(("term", phrase))
        elif match["paren"]:
            depth += 1 if match["paren"] == "(" else -1
            if depth > MAX_NESTING:
                raise QueryError(f"query nested more than {MAX_NESTING} parentheses deep")
            tokens.append(("paren", match["paren"]))
        elif match["word"]:
            word = match["word"]
            if word in ("AND", "OR", "NOT"):
                tokens.append(("op", word))
            elif word.startswith("-") and len(word) > 1:
                tokens += [("op", "NOT"), ("term", word[1:])]
            else:
                tokens.append(("term", word))
    return tokens


class _Parser:
    """Recursive descent: or_expr := and_expr (OR and_expr)*; and_expr := unary ([AND] unary)*."""

    def __init__(self, tokens: list[tuple[str, str]]):
        self.tokens = tokens
        self.pos = 0

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> tuple[str, str]:
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def or_expr(self):
        nodes = [self.and_expr()]
        while self.peek() == ("op", "OR"):
            self.take()
            nodes.append(self.and_expr())
        return nodes[0] if len(nodes) == 1 else Or(tuple(nodes))

    def and_expr(self):
        nodes = [self.unary()]
        while True:
            token = self.peek()
            if token is None or token in (("op", "OR"), ("paren", ")")):
                break
            if token == ("op", "AND"):
                self.take()
            nodes.append(self.unary())
        return nodes[0] if len(nodes) == 1 else And(tuple(nodes))

    def unary(self):
        token = self.peek()
        if token is None:
            raise QueryError("query ends where a term was expected")
        if token == ("op", "NOT"):
            negations = 0
            while self.peek() == ("op", "NOT"):  # a loop, not a frame a NOT: NOT NOT … x
                self.take()
                negations += 1
            node = self.unary()
            return node if negations % 2 == 0 else (node.node if isinstance(node, Not) else Not(node))
        if token == ("paren", "("):
            self.take()
            node = self.or_expr()
            if self.peek() != ("paren", ")"):
                raise QueryError("unclosed ( in query")
            self.take()
            return node
        kind, value = self.take()
        if kind != "term":
            raise QueryError(f"unexpected {value!r} in query")
        if not fold(value).strip(" "):
            raise QueryError("empty phrase in query")
        return Term(value)


def _compile(node) -> str:
    if isinstance(node, Term):
        return term_fts(node.text)
    if isinstance(node, Not):
        raise QueryError("NOT needs a term to subtract from, e.g. 温岭 NOT 台州")
    if isinstance(node, Or):
        return " OR ".join(f"({_compile(child)})" for child in node.nodes)
    positives = [child for child in node.nodes if not isinstance(child, Not)]
    negatives = [child.node for child in node.nodes if isinstance(child, Not)]
    if not positives:
        raise QueryError("NOT needs a term to subtract from, e.g. 温岭 NOT 台州")
    expression = " AND ".join(f"({_compile(child)})" for child in positives)
    for child in negatives:
        expression = f"({expression}) NOT ({_compile(child)})"
    return expression


def _positive_terms(node, negated: bool = False) -> list[str]:
    if isinstance(node, Term):
        return [] if negated else [node.text]
    if isinstance(node, Not):
        return _positive_terms(node.node, not negated)
    return [term for child in node.nodes for term in _positive_terms(child, negated)]


def matches(tree, text: str) -> bool:
    """The reference meaning of a query: plain substring tests on searchable text."""
    return matches_searchable(tree, searchable(text))


def matches_searchable(node, text: str) -> bool:
    """`matches` for text already made `searchable` (brute-force scans do each text once)."""
    if isinstance(node, Term):
        return searchable(node.text) in text
    if isinstance(node, Not):
        return not matches_searchable(node.node, text)
    if isinstance(node, And):
        return all(matches_searchable(child, text) for child in node.nodes)
    return any(matches_searchable(child, text) for child in node.nodes)


# --- snippets ----------------------------------------------------------------


def snippet(text: str, terms: tuple[str, ...] | list[str], *, width: int = 80,
            mark: tuple[str, str] = ("[", "]")) -> str:
    """A window of `text` around the first hit, every hit inside it marked."""
    spans = _spans(fold(text), terms)
    first = spans[0][0] if spans else 0
    start = max(0, first - width // 3)
    end = min(len(text), start + width)
    start = max(0, min(start, end - width))
    out, cursor = [], start
    for hit_start, hit_end in spans:
        if hit_end <= start or hit_start >= end:
            continue
        hit_start, hit_end = max(hit_start, start), min(hit_end, end)
        out += [text[cursor:hit_start], mark[0], text[hit_start:hit_end], mark[1]]
        cursor = hit_end
    out.append(text[cursor:end])
    body = "".join(out).replace("\n", " ")
    return ("…" if start > 0 else "") + body + ("…" if end < len(text) else "")


def _spans(folded: str, terms) -> list[tuple[int, int]]:
    """Where the terms occur in `folded`, layout spaces inside a hit and all, overlapping hits
    merged, in order."""
    text, places = _searchable_places(folded)
    spans = []
    for term in terms:
        needle = searchable(term)
        at = text.find(needle)
        while needle and at >= 0:
            end = at + len(needle)
            spans.append((at, end) if places is None else (places[at], places[end - 1] + 1))
            at = text.find(needle, at + 1)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
