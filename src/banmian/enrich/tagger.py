"""A character tagger for names: averaged structured perceptron with BIO tags.

Each character gets character n-gram features around it plus gazetteer
features (is it inside a known person/place/organisation name, at which
position) and word features (does a dictionary word start or end here).
Weights are trained by `bench/train_ner.py` and shipped as `ner-weights.tsv.gz`;
the gazetteer (`gazetteer.tsv.gz`) is derived from jieba's MIT-licensed
dictionary (see `NER.md`).  Inference is pure Python and reads nothing but
those two files.
"""

from __future__ import annotations

import gzip
from collections import Counter
from dataclasses import dataclass
from functools import cache
from operator import add
from importlib.resources import files

TAGS = ("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG")
GAZETTEER_TYPES = ("PER", "LOC", "ORG")
LONGEST_NAME = 10  # longer gazetteer entries are rare and cost a lookup per character
LONGEST_WORD = 4  # the word list holds 2–4 character words
BOUNDARY = "␂"  # stands for "before the start / after the end" in n-grams


@dataclass(frozen=True)
class Gazetteer:
    names: dict[str, str]  # name → PER/LOC/ORG
    prefixes: frozenset[str]  # every beginning of a name, two characters or more
    words: frozenset[str]
    surnames: frozenset[str]


@dataclass(frozen=True)
class Model:
    weights: dict[str, tuple[float, ...]]  # feature → one weight per tag
    transitions: tuple[tuple[float, ...], ...]  # previous tag → tag


def allowed(previous: str, tag: str) -> bool:
    """BIO: an inside tag only continues a name of its own type."""
    return not tag.startswith("I-") or previous[2:] == tag[2:]


def char_class(char: str) -> str:
    if char.isdigit():
        return "d"
    if "a" <= char.lower() <= "z" or "ａ" <= char.lower() <= "ｚ":
        return "a"
    if "\u4e00" <= char <= "\u9fff":
        return "h"
    return "p"


def gazetteer_marks(text: str, gazetteer: Gazetteer) -> list[str]:
    """For each character, the longest known name over it: type, position, length."""
    marks = [""] * len(text)
    best = [0] * len(text)
    names, prefixes = gazetteer.names, gazetteer.prefixes
    for start in range(len(text)):
        longest, kind = 0, None
        # Grow the candidate while it still begins some name: most stop at two characters.
        for length in range(2, min(LONGEST_NAME, len(text) - start) + 1):
            candidate = text[start:start + length]
            if candidate not in prefixes:
                break
            if candidate in names:
                longest, kind = length, names[candidate]
        for offset in range(longest):
            if longest > best[start + offset]:
                best[start + offset] = longest
                place = "B" if offset == 0 else ("E" if offset == longest - 1 else "M")
                marks[start + offset] = f"{kind}{place}{min(longest, 5)}"
    return marks


def word_marks(text: str, words: frozenset[str]) -> tuple[list[str], list[str]]:
    """The longest dictionary word starting at, and ending at, each character ("" if none)."""
    starts = [""] * len(text)
    ends = [""] * len(text)
    for start in range(len(text)):
        for length in range(min(LONGEST_WORD, len(text) - start), 1, -1):
            word = text[start:start + length]
            if word in words:
                starts[start] = word
                end = start + length - 1
                if length > len(ends[end]):
                    ends[end] = word
                break
    return starts, ends


def features(text: str, gazetteer: Gazetteer) -> list[list[str]]:
    """The feature strings of every character of `text`."""
    padded = BOUNDARY * 2 + text + BOUNDARY * 2
    marks = gazetteer_marks(text, gazetteer)
    starts, ends = word_marks(text, gazetteer.words)
    surnames = gazetteer.surnames
    classes = [char_class(ch) for ch in BOUNDARY + text + BOUNDARY]
    rows = []
    for i in range(len(text)):
        a, b, c, d, e = padded[i:i + 5]  # c is the character itself
        rows.append([
            "b",
            "c" + c, "l" + b, "r" + d, "L" + a, "R" + e,
            "lc" + b + c, "cr" + c + d, "Ll" + a + b, "rR" + d + e, "lr" + b + d,
            "t" + classes[i] + classes[i + 1] + classes[i + 2],
            "g" + marks[i], "gl" + (marks[i - 1] if i else "^"),
            "gr" + (marks[i + 1] if i + 1 < len(text) else "$"),
            f"w{len(starts[i])}.{len(ends[i])}",
            f"s{b in surnames}{c in surnames}",
            "wc" + str(len(starts[i])) + c, "we" + str(len(ends[i])) + c,
            "W>" + starts[i], "W<" + ends[i], "lcr" + b + c + d,
        ])
    return rows


def scores(rows: list[list[str]], weights: dict[str, tuple[float, ...]]) -> list[list[float]]:
    """Per character, the summed weights of its features for each tag."""
    get = weights.get
    empty = [0.0] * len(TAGS)
    out = []
    for row in rows:
        found = [w for w in map(get, row) if w is not None]
        # zip(*) sums column by column in C, in the same order as a loop would.
        out.append(list(map(sum, zip(*found))) if found else list(empty))
    return out


ALLOWED = tuple(tuple(allowed(p, t) for t in TAGS) for p in TAGS)
ALLOWED_FIRST = tuple(not t.startswith("I-") for t in TAGS)
MINUS = float("-inf")


def viterbi(emissions: list[list[float]], transitions) -> list[int]:
    """The best tag sequence (as tag indices) under BIO constraints."""
    if not emissions:
        return []
    size = len(TAGS)
    # Column k: the score of moving from each previous tag into k, -inf where BIO forbids it.
    columns = [[transitions[p][k] if ALLOWED[p][k] else MINUS for p in range(size)] for k in range(size)]
    best = [e if ALLOWED_FIRST[k] else MINUS for k, e in enumerate(emissions[0])]
    back = []
    for emission in emissions[1:]:
        new = []
        pointers = []
        for k in range(size):
            values = list(map(add, best, columns[k]))
            top = max(values)
            pointers.append(values.index(top))
            new.append(top + emission[k])
        back.append(pointers)
        best = new
    tag = max(range(size), key=best.__getitem__)
    path = [tag]
    for pointers in reversed(back):
        tag = pointers[tag]
        path.append(tag)
    return path[::-1]


def spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """BIO tags to (start, end, type) spans, end exclusive."""
    found = []
    start, kind = None, None
    for i, tag in enumerate(tags + ["O"]):
        if tag.startswith("I-") and kind == tag[2:]:
            continue
        if kind is not None:
            found.append((start, i, kind))
            start, kind = None, None
        if tag.startswith(("B-", "I-")):
            start, kind = i, tag[2:]
    return found


def predict(text: str, model: Model, gazetteer: Gazetteer) -> list[str]:
    path = viterbi(scores(features(text, gazetteer), model.weights), model.transitions)
    return [TAGS[k] for k in path]


def read_gazetteer(lines) -> Gazetteer:
    names = {}
    for line in lines:
        name, _, kind = line.rstrip("\n").partition("\t")
        if kind:
            names[name] = kind
    from banmian.rebuild.lexicon import words

    # A surname is the first character of many three-character person names.
    firsts = Counter(name[0] for name, kind in names.items() if kind == "PER" and len(name) == 3)
    surnames = frozenset(char for char, count in firsts.items() if count >= 20)
    prefixes = frozenset(name[:n] for name in names for n in range(2, len(name) + 1))
    return Gazetteer(names=names, prefixes=prefixes, words=words(), surnames=surnames)


@cache
def packaged_gazetteer() -> Gazetteer:
    data = files("banmian.enrich").joinpath("gazetteer.tsv.gz").read_bytes()
    return read_gazetteer(gzip.decompress(data).decode("utf-8").splitlines())


def read_model(text: str) -> Model:
    weights = {}
    transitions = None
    for line in text.splitlines():
        feature, _, values = line.partition("\t")
        row = tuple(int(v) / 100 for v in values.split())
        if feature.startswith("@T"):
            transitions = (transitions or ()) + (row,)
        else:
            weights[feature] = row
    return Model(weights=weights, transitions=transitions)


@cache
def packaged_model() -> Model:
    data = files("banmian.enrich").joinpath("ner-weights.tsv.gz").read_bytes()
    return read_model(gzip.decompress(data).decode("utf-8"))


def write_model(weights: dict[str, list[float]], transitions: list[list[float]]) -> str:
    """Weights as text, scaled to hundredths; features whose weights all round to 0 dropped."""
    lines = []
    for row in transitions:
        lines.append("@T\t" + " ".join(str(round(v * 100)) for v in row))
    for feature, row in weights.items():
        scaled = [round(v * 100) for v in row]
        if any(scaled) and "\t" not in feature and "\n" not in feature:
            lines.append(feature + "\t" + " ".join(map(str, scaled)))
    return "\n".join(lines) + "\n"
