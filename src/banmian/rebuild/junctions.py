"""Does the text run on across a cut?  A character n-gram model of the junction.

Where a column ends, a fragment that ends no sentence is either the head of a
paragraph the column cut (…成功研发出 / 挂轨式电力检测机器人…) or a heading
with its paragraph below it (学习教育 / 中，徐州市…).  The characters at the
junction tell them apart more often than a word list can: 出挂 is no run of
running text, 中， opens no paragraph.  The model is a logistic regression over
hashed character n-grams at both sides of the junction and across it, trained
on the dev split of the news corpus by `bench/train_junctions.py` and shipped
as `junctions.npz` (see WORDS.md).
"""

from __future__ import annotations

import zlib
from functools import cache
from importlib.resources import files

import numpy as np

BITS = 18  # hashed feature buckets


@cache
def _weights() -> np.ndarray:
    """The packaged weights (see WORDS.md); read once, never changed."""
    with files("banmian.rebuild").joinpath("junctions.npz").open("rb") as handle:
        return np.load(handle)["weights"].astype(np.float32)


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
    weights = _weights()
    return float(sum(weights[bucket] for bucket in junction_features(left, right)))
