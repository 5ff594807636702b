"""Boosted decision trees: a weighed decision whose pieces of evidence count in combination.

A heading set apart by blank lines says little on its own; after a story has
run for a thousand characters it says much more.  A weighted sum cannot
express that, a few hundred shallow trees can.  They are fitted on the dev
split by `bench/boost.py` and shipped as .npz files beside this module.
"""

from __future__ import annotations

from dataclasses import dataclass
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

    def log_odds(self, values) -> float:
        """The summed evidence of all trees for one case, `values` in the order the trees were fitted on.

        Every node's question is answered at once, then each tree's path is
        followed through the answers: a few array operations for all trees.
        """
        trees, inner = self.features.shape
        answers = (np.asarray(values, dtype=np.float64)[self.features] > self.thresholds).ravel().astype(np.intp)
        first = np.arange(trees) * inner
        node = np.zeros(trees, dtype=np.intp)
        for _ in range(DEPTH):
            node = 2 * node + 1 + answers[first + node]
        return self.base + float(self.leaves[np.arange(trees), node - inner].sum())


@cache
def packaged(name: str) -> Trees:
    """The trees shipped as `name`.npz in this package; read once, never changed."""
    with files("banmian.rebuild").joinpath(name + ".npz").open("rb") as handle:
        stored = np.load(handle)
        return Trees(stored["features"].astype(np.int64), stored["thresholds"].astype(np.float64),
                     stored["leaves"].astype(np.float64), float(stored["base"]))
