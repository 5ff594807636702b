"""Fit the weights of the fragment-cut decision (paragraphs.CUT_WEIGHTS) on dev pages.

    python bench/fit_cuts.py [--count 2000] [--seed 0] [--fold 500]

Collects every fragment end on generated *dev* pages that the rules in
`paragraphs._fragment_continues` leave to the weighed decision, as the
rebuild meets it, fits a
logistic regression on two thirds and reports held-out accuracy on the rest
beside the weights in use.  The junction features come from junction models
trained here without the articles of each fold of pages: the shipped ones
have seen them, and a feature that remembers its answers would be given too
much weight.
Never run on the test split.
"""

from __future__ import annotations

import argparse
import sys
from unittest import mock
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import accuracy  # noqa: E402
import train_junctions  # noqa: E402

from banmian.read.text import split_lines  # noqa: E402
from banmian.rebuild import paragraphs  # noqa: E402
from banmian.rebuild.layout import close_paragraph_spaces, read_layout  # noqa: E402
from banmian.rebuild.roles import classify  # noqa: E402


def weighed_boundaries(truths: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    """Features and truth (cut or not) of each fragment end the rebuild leaves to the weighed decision."""
    rows, joins = [], []
    for truth in truths:
        if truth["form"] != "fragments":
            continue
        keys = accuracy.truth_keys(truth)
        for previous, unit in recorded_calls(truth, "weighs_as_cut"):
            rows.append(paragraphs.cut_features(previous, unit))
            joins.append(keys[previous.lines[-1].number] == keys[unit.lines[0].number])
    return np.array(rows, dtype=float), np.array(joins, dtype=float)


def recorded_calls(truth: dict, decision: str) -> list[tuple]:
    """The arguments of each call the rebuild of this page makes to `paragraphs.<decision>`.

    The rebuild itself runs, so each call sees what the decision sees: the
    paragraph built so far and what comes after it.
    """
    units = classify(close_paragraph_spaces(split_lines(truth["text"])))
    weigh = getattr(paragraphs, decision)
    calls: list[tuple] = []

    def recording(*arguments):
        calls.append(arguments)
        return weigh(*arguments)

    with mock.patch.object(paragraphs, decision, recording):
        paragraphs.blocks(units, read_layout(units))
    return calls


def fit(x: np.ndarray, y: np.ndarray, steps: int = 3000) -> np.ndarray:
    weights = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-x @ weights))
        weights -= 0.5 * (x.T @ (p - y) / len(y) + 0.001 * weights)
    return weights


def dev_arguments(description: str) -> argparse.ArgumentParser:
    """The options every fitting script takes: which dev pages, and in what folds."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--fold", type=int, default=500, help="pages per junction model left without their articles")
    return parser


def dev_samples(collect, args: argparse.Namespace) -> tuple[np.ndarray, np.ndarray]:
    """Samples from generated dev pages, each fold's junction models trained without its pages' articles."""
    pages = accuracy.generated("dev", args.count, args.seed)
    parts = []
    for start in range(0, len(pages), args.fold):
        with train_junctions.forgetting(pages[start:start + args.fold]):
            parts.append(collect(pages[start:start + args.fold]))
    return np.concatenate([x for x, _ in parts]), np.concatenate([y for _, y in parts])


def fit_and_report(collect, in_use, name: str, what: str) -> int:
    """Parse the common arguments, collect dev-page samples, fit, print held-out accuracy and weights."""
    x, y = dev_samples(collect, dev_arguments("Fit " + name + " on generated dev pages.").parse_args())
    held_out = np.arange(len(y)) % 3 == 0
    weights = fit(x[~held_out], y[~held_out])
    print(f"{len(y)} {what}, {y.mean():.2f} of them positive")
    rows = [("fitted", weights)]
    if len(in_use) == len(weights):
        rows.append(("in use", np.array(in_use)))
    else:
        print(f"the {len(in_use)} weights in use do not match the {len(weights)} features: not compared")
    for label, w in rows:
        right = ((x[held_out] @ w > 0) == (y[held_out] == 1)).mean()
        print(f"{label}: held-out accuracy {right:.3f} on {held_out.sum()}")
    print(f"{name} = (" + ", ".join(f"{w:.2f}" for w in weights) + ")")
    return 0

if __name__ == "__main__":
    sys.exit(fit_and_report(weighed_boundaries, paragraphs.CUT_WEIGHTS, "CUT_WEIGHTS", "fragment ends"))
