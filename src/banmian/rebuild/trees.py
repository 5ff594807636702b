"""Boosted decision trees: a weighed decision whose pieces of evidence count in combination.

A heading set apart by blank lines says little on its own; after a story has
run for a thousand characters it says much more.  A weighted sum cannot
express that, a few hundred shallow trees can.  They are fitted on the dev
split by `bench/boost.py` and shipped as .npz files beside this module.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files

import numpy as np

DEPTH = 3  # questions from a tree's root to its leaf


@dataclass(frozen=True)
class Trees:
    features: np.ndarray  # trees × inner nodes: which feature each node asks about
    thresholds: np.ndarray  # trees × inner nodes: a case goes right where its feature exceeds this
    leaves: np.ndarray  # trees × leaves: the log-odds each leaf adds
    base: float
    # trees × 2^(inner nodes): the leaf value each tree reaches for every set of its nodes' answers
    by_answers: np.ndarray = field(init=False, repr=False, compare=False)
    # what each inner node's "goes right" adds to the number of its tree's answers, a column of `by_answers`
    _bits: np.ndarray = field(init=False, repr=False, compare=False)
    _trees: np.ndarray = field(init=False, repr=False, compare=False)  # 0, 1, … one per tree

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_answers", _leaf_values(self.leaves, self.features.shape[1]))
        object.__setattr__(self, "_bits", 1 << np.arange(self.features.shape[1]))
        object.__setattr__(self, "_trees", np.arange(self.features.shape[0]))

    def log_odds(self, values) -> float:
        """The summed evidence of all trees for one case, `values` in the order the trees were fitted on.

        Every node's question is answered at once; the answers, read as one
        number per tree, pick the leaf that tree's path ends on.
        """
        answers = np.asarray(values, dtype=np.float64)[self.features] > self.thresholds
        return self.base + float(self.by_answers[self._trees, answers @ self._bits].sum())


def _leaf_values(leaves: np.ndarray, inner: int) -> np.ndarray:
    """Each tree's leaf value for every set of answers its inner nodes can give (bit k: node k goes right)."""
    codes = np.arange(2 ** inner)
    answers = (codes[:, None] >> np.arange(inner)) & 1
    node = np.zeros(len(codes), dtype=np.intp)
    for _ in range(DEPTH):
        node = 2 * node + 1 + answers[codes, node]
    return leaves[:, node - inner]


@cache
def packaged(name: str) -> Trees:
    """The trees shipped as `name`.npz in this package; read once, never changed."""
    with files("banmian.rebuild").joinpath(name + ".npz").open("rb") as handle:
        stored = np.load(handle)
        return Trees(stored["features"].astype(np.int64), stored["thresholds"].astype(np.float64),
                     stored["leaves"].astype(np.float64), float(stored["base"]))
