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

Where a printed line ends a sentence and fills its column, the paragraph may
end there or go on: nothing on the page tells.  A third model, trained on the
sentence ends inside paragraphs against the paragraph ends, reads how the
sentence closes (…说。 / …。”), how the next opens (“… / 3月10日，) and how
long the paragraph has run.

Where a short fragment could be a heading or a cut paragraph's head, what
follows it helps too: a paragraph opens on a clause of its own (作为科教大省，
陕西…), the rest of a cut sentence on whatever the cut left (率保持在40%以上).
A fourth model, trained on paragraph starts against the text after places a
column could cut, reads a fragment's first characters.
"""

from __future__ import annotations

import re
import zlib
from functools import cache
from importlib.resources import files

import numpy as np

BITS = 18  # hashed feature buckets of the junction model
FRAGMENT_BITS = 16  # of the fragment model
SENTENCE_BITS = 16  # of the sentence-end model
OPENING_BITS = 16  # of the opening model
OPENING_SPAN = 12  # characters of a fragment's start the opening model reads
NEXT_SPAN = 12  # characters of the text after a sentence end the sentence-end model reads
LONGEST_FRAGMENT = 40  # characters: a longer fragment is sentence text, and the fragment model never reads one
_MOST_CLAUSES = 4  # headings have few clauses; more than this says sentence text alike
_CLAUSE_BREAK = re.compile(r"[，、：]")


@cache
def _models() -> dict[str, np.ndarray]:
    """The packaged weights (see WORDS.md), `junction`, `fragment`, `sentence` and `opening`; read once, never changed."""
    with files("banmian.rebuild").joinpath("junctions.npz").open("rb") as handle:
        stored = np.load(handle)
        return {name: stored[name].astype(np.float32) for name in ("junction", "fragment", "sentence", "opening")}


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


def sentence_end_features(before: str, after: str) -> list[int]:
    """The buckets of a sentence end: how the sentence closes, how the next opens, how long the paragraph ran.

    `before` is the paragraph up to the sentence end, `after` what follows it.
    """
    sentences = sum(before.count(mark) for mark in "。！？")
    last = _SENTENCE_SPLIT.split(before.rstrip(_SENTENCE_CLOSE))[-1]
    head = after[:NEXT_SPAN]
    grams = ["a", "l1" + before[-1:], "l2" + before[-2:], "l3" + before[-3:], "r1" + head[:1], "r2" + head[:2],
             "r3" + head[:3], "x" + before[-1:] + head[:1], "xl" + before[-2:] + head[:1],
             f"s{min(sentences, 8)}", f"n{_band(len(before))}", f"t{_band(len(last))}",
             f"c{head.find('，')}", f"e{_first_sentence_end(head)}", f"q{before.count('“') > 0}{before[-1:] == '”'}"]
    grams += ["b" + head[i:i + 2] for i in range(len(head) - 1)]
    mask = (1 << SENTENCE_BITS) - 1
    return [zlib.crc32(gram.encode("utf-8")) & mask for gram in grams]


_SENTENCE_SPLIT = re.compile(r"[。！？]")
_SENTENCE_CLOSE = "。！？”’）"
_BANDS = (10, 20, 30, 45, 60, 80, 110, 150, 200, 300)


def _first_sentence_end(text: str) -> int:
    """Where the first sentence of `text` ends (-1: not in it); no paragraph opens on a sentence of a few characters."""
    found = _SENTENCE_SPLIT.search(text)
    return found.start() if found else -1


def _band(length: int) -> int:
    return next((k for k, top in enumerate(_BANDS) if length < top), len(_BANDS))


def ends_paragraph(before: str, after: str) -> float:
    """Log-odds that a paragraph ends at this sentence end rather than going on with `after`.

    The odds are those of news text: about one sentence end in three ends a paragraph.
    """
    weights = _models()["sentence"]
    return float(sum(weights[bucket] for bucket in sentence_end_features(before, after)))


def opening_features(text: str) -> list[int]:
    """The buckets of how a fragment starts: its first characters and bigrams, where its first clause
    and sentence end."""
    head = text[:OPENING_SPAN]
    grams = ["a", "r1" + head[:1], "r2" + head[:2], "r3" + head[:3], f"c{head.find('，')}",
             f"e{_first_sentence_end(head)}"]
    grams += ["b" + head[i:i + 2] for i in range(len(head) - 1)]
    mask = (1 << OPENING_BITS) - 1
    return [zlib.crc32(gram.encode("utf-8")) & mask for gram in grams]


def opens_paragraph(text: str) -> float:
    """Log-odds that a fragment opens a paragraph (作为科教大省，陕西…) rather than carrying on text a column
    cut (率保持在40%以上…), whatever stands before it.

    The odds are those of the training mix, two cuts for each paragraph start.
    """
    weights = _models()["opening"]
    return float(sum(weights[bucket] for bucket in opening_features(text)))
