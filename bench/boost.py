"""Gradient-boosted decision trees for the rebuild's weighed decisions, fitted with numpy alone.

    from boost import fit_trees, save_trees

Where the evidence works in combination (a heading set apart counts for
more once its story has run long), a weighted sum misses what a few shallow
trees catch.  Each tree has the fixed depth `banmian.rebuild.trees` reads:
every inner node asks whether one feature exceeds a threshold; a node with
no useful question sends every case left.  Newton steps on the log-loss, as
XGBoost takes them, with rows subsampled per tree.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from banmian.rebuild.trees import DEPTH

_INNER = 2 ** DEPTH - 1
_NO_SPLIT = (0, np.inf)


def fit_trees(x: np.ndarray, y: np.ndarray, trees: int = 200, rate: float = 0.1, subsample: float = 0.8,
              smoothing: float = 1.0, seed: int = 0) -> dict[str, np.ndarray]:
    """Boost `trees` trees on features x (cases × features) and labels y (0/1); leaves hold log-odds steps."""
    rng = np.random.default_rng(seed)
    base = float(np.log(y.mean() / (1 - y.mean())))
    score = np.full(len(y), base)
    features = np.zeros((trees, _INNER), dtype=np.int32)
    thresholds = np.zeros((trees, _INNER))
    leaves = np.zeros((trees, _INNER + 1))
    for t in range(trees):
        p = 1 / (1 + np.exp(-score))
        gradient, hessian = p - y, p * (1 - p)
        rows = rng.random(len(y)) < subsample
        _grow(x, gradient, hessian, rows, 0, features[t], thresholds[t], leaves[t], smoothing)
        leaves[t] *= rate
        score += leaves[t][_leaf_of(x, features[t], thresholds[t])]
    return {"features": features, "thresholds": thresholds, "leaves": leaves, "base": np.array(base)}


def _grow(x, gradient, hessian, rows, node, features, thresholds, leaves, smoothing):
    if node >= _INNER:
        leaves[node - _INNER] = -gradient[rows].sum() / (hessian[rows].sum() + smoothing)
        return
    feature, threshold = _best_split(x, gradient, hessian, rows, smoothing)
    features[node], thresholds[node] = feature, threshold
    right = rows & (x[:, feature] > threshold)
    _grow(x, gradient, hessian, rows & ~right, 2 * node + 1, features, thresholds, leaves, smoothing)
    _grow(x, gradient, hessian, right, 2 * node + 2, features, thresholds, leaves, smoothing)


def _best_split(x, gradient, hessian, rows, smoothing) -> tuple[int, float]:
    """The question that most lowers the second-order loss of the rows, or none."""
    if rows.sum() < 2:
        return _NO_SPLIT
    g, h, values = gradient[rows], hessian[rows], x[rows]
    whole = g.sum() ** 2 / (h.sum() + smoothing)
    best, split = 0.0, _NO_SPLIT
    for feature in range(values.shape[1]):
        order = np.argsort(values[:, feature], kind="stable")
        column = values[order, feature]
        left_g, left_h = np.cumsum(g[order])[:-1], np.cumsum(h[order])[:-1]
        gain = (left_g ** 2 / (left_h + smoothing)
                + (g.sum() - left_g) ** 2 / (h.sum() - left_h + smoothing) - whole)
        gain[column[:-1] == column[1:]] = -np.inf  # only between different values
        at = int(np.argmax(gain))
        if gain[at] > best:
            best, split = gain[at], (feature, float((column[at] + column[at + 1]) / 2))
    return split


def _leaf_of(x: np.ndarray, features: np.ndarray, thresholds: np.ndarray) -> np.ndarray:
    node = np.zeros(len(x), dtype=np.int64)
    for _ in range(DEPTH):
        node = 2 * node + 1 + (x[np.arange(len(x)), features[node]] > thresholds[node])
    return node - _INNER


def save_trees(model: dict[str, np.ndarray], path: Path) -> None:
    np.savez_compressed(path, **model)
