"""Does the text run on across a cut?  A character n-gram model of the junction.

Where a column ends, a fragment that ends no sentence is either the head of a
paragraph the column cut (…成功研发出 / 挂轨式电力检测机器人…) or a heading
with its paragraph below it (学习教育 / 中，徐州市…).  The characters at the
junction tell them apart more often than a word list can: 出挂 is no run of
running text, 中， opens no paragraph.  The model is a logistic regression over
hashed character n-grams at both sides of the junction and across it, trained
on the dev split of the news corpus by `bench/train_junctions.py` and shipped
as `junctions.npz` (see WORDS.md).

The junction alone cannot tell a short heading from the first words of a
paragraph when both end on a word (抓好“三夏”生产，保障粮食安全 / 回溯整个创作过程，
这个故事): the whole fragment can.  A second model, trained alike on titles and
subheads against paragraph heads, reads the fragment from its first character.
"""

from __future__ import annotations

import re
import zlib
from functools import cache
from importlib.resources import files

import numpy as np

BITS = 18  # hashed feature buckets of the junction model
FRAGMENT_BITS = 16  # of the fragment model
LONGEST_FRAGMENT = 40  # characters: a longer fragment is sentence text, and the fragment model never reads one
_MOST_CLAUSES = 4  # headings have few clauses; more than this says sentence text alike
_CLAUSE_BREAK = re.compile(r"[，、：]")


@cache
def _models() -> dict[str, np.ndarray]:
    """The packaged weights (see WORDS.md), `junction` and `fragment`; read once, never changed."""
    with files("banmian.rebuild").joinpath("junctions.npz").open("rb") as handle:
        stored = np.load(handle)
        return {name: stored[name].astype(np.float32) for name in ("junction", "fragment")}


def junction_features(left: str, right: str) -> list[int]:
    """The buckets of the n-grams at a junction: the ends of both sides and the runs across it."""
    grams = (
        "a", "l1" + left[-1:], "l2" + left[-2:], "l3" + left[-3:], "r1" + right[:1], "r2" + right[:2],
        "r3" + right[:3], "x" + left[-1:] + right[:1], "xl" + left[-2:] + right[:1], "xr" + left[-1:] + right[:2],
    )
    mask = (1 << BITS) - 1
    return [zlib.crc32(gram.encode("utf-8")) & mask for gram in grams]


def runs_on(left: str, right: str) -> float:
    """Log-odds that `right` carries on the text of `left` rather than opening a paragraph after it.

    The odds are those of the training mix, two cuts for each paragraph end,
    so 0 leans a little towards a cut.
    """
    weights = _models()["junction"]
    return float(sum(weights[bucket] for bucket in junction_features(left, right)))


def fragment_features(text: str) -> list[int]:
    """The buckets of what a fragment is made of: its first and last characters, its clauses and bigrams.

    Headings balance their clauses (品牌向上，发展向新); a paragraph's head
    runs on from a clause into the next one's first words, often only one
    (山河万里，皆).
    """
    clauses = _CLAUSE_BREAK.split(text)
    grams = ["a", "f1" + text[:1], "f2" + text[:2], "f3" + text[:3], "e1" + text[-1:], "e2" + text[-2:],
             "e3" + text[-3:], f"n{min(len(text), LONGEST_FRAGMENT)}", f"c{min(len(clauses), _MOST_CLAUSES)}",
             f"t{min(len(clauses[-1]), 6)}"]
    if len(clauses) == 2:
        grams.append(f"s{min(abs(len(clauses[0]) - len(clauses[1])), 5)}")
    grams += ["b" + text[i:i + 2] for i in range(len(text) - 1)]
    grams += ["F" + clause[:1] for clause in clauses[1:]]
    grams += ["E" + clause[-1:] for clause in clauses[:-1]]
    mask = (1 << FRAGMENT_BITS) - 1
    return [zlib.crc32(gram.encode("utf-8")) & mask for gram in grams]


def heads_a_paragraph(text: str) -> float:
    """Log-odds that a short fragment ending no sentence is a paragraph's head, cut by a column, not a heading.

    The odds are those of the training mix, about seven heads for three headings.
    """
    weights = _models()["fragment"]
    return float(sum(weights[bucket] for bucket in fragment_features(text)))
