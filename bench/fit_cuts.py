"""Fit the weights of the fragment-cut decision (paragraphs.CUT_WEIGHTS) on dev pages.

    python bench/fit_cuts.py [--count 2000] [--seed 0] [--fold 500]
                             [--handwritten [--weight 2] [--leave-out FOLDER ...] [--cross-validate]]

Collects every fragment end on generated *dev* pages that the rules in
`paragraphs._fragment_continues` leave to the weighed decision, as the
rebuild meets it, fits a
logistic regression on two thirds and reports held-out accuracy on the rest
beside the weights in use.  The junction features come from junction models
trained here without the articles of each fold of pages: the shipped ones
have seen them, and a feature that remembers its answers would be given too
much weight.
Never run on the test split.

`--handwritten` adds the fragment ends of the hand-written pages of bench/pages
(less the folders `--leave-out` names: the reviews held out to measure the
change), labelled by their truth JSON, each counted `--weight` times: the
generated pages hold about two cuts for three headings among these ends, the
hand-written ones one cut for sixteen, and a heading glued to its first
paragraph is the error they show most.  `--cross-validate` fits once per
group of folders without that group's ends and counts that group's pages'
exact articles with those weights against the weights in use.
"""

from __future__ import annotations

import argparse
import re
import sys
from unittest import mock
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import accuracy  # noqa: E402
import handwritten  # noqa: E402
import train_junctions  # noqa: E402

import banmian  # noqa: E402

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


def handwritten_ends(pages: list[Path]) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """The weighed fragment ends of hand-written pages, each labelled by its page's truth, and its folder.

    A cut is where the text before and after the end stand together in one truth
    paragraph or headline line; no cut where a paragraph or line ends on the one
    and another opens on the other.  An end that reads both ways (or neither) is
    left out.
    """
    rows, cuts, folders = [], [], []
    calls: list[tuple] = []
    weigh = paragraphs.weighs_as_cut

    def recording(previous, unit):
        calls.append((previous, unit))
        return weigh(previous, unit)

    with mock.patch.object(paragraphs, "weighs_as_cut", recording):
        for page in pages:
            truth = handwritten.load_truth(page)
            if truth.get("form") != "fragments":
                continue
            pieces = [_bare(text) for story in truth["articles"] for text in story["headline"] + story["paragraphs"]]
            calls.clear()
            banmian.rebuild(page.read_text(encoding="utf-8"))
            for previous, unit in calls:
                before, after = _bare(previous.text)[-_SPAN:], _bare(unit.text)[:_SPAN]
                joined = any(before + after in piece for piece in pieces)
                apart = any(piece.endswith(before) for piece in pieces) and any(piece.startswith(after) for piece in pieces)
                if joined != apart:
                    rows.append(paragraphs.cut_features(previous, unit))
                    cuts.append(joined)
                    folders.append(page.parent.name)
    return np.array(rows, dtype=float), np.array(cuts, dtype=float), folders


_SPAN = 15  # characters either side of an end looked for in the truth


def _bare(text: str) -> str:
    return re.sub(r"\s", "", text)


def fit(x: np.ndarray, y: np.ndarray, steps: int = 3000, counts: np.ndarray | None = None) -> np.ndarray:
    """Logistic regression by gradient descent; `counts` weighs each sample (once each by default)."""
    counts = np.ones(len(y)) if counts is None else counts
    weights = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-x @ weights))
        weights -= 0.5 * (x.T @ ((p - y) * counts) / counts.sum() + 0.001 * weights)
    return weights


def fit_both(dev: tuple[np.ndarray, np.ndarray], ends: tuple[np.ndarray, np.ndarray], weight: float) -> np.ndarray:
    """Weights fitted on the dev pages' ends and the hand-written ones, these counted `weight` times."""
    x, y = np.concatenate([dev[0], ends[0]]), np.concatenate([dev[1], ends[1]])
    return fit(x, y, counts=np.concatenate([np.ones(len(dev[1])), np.full(len(ends[1]), weight)]))


def cross_validate(dev: tuple[np.ndarray, np.ndarray], pages: list[Path], ends, weight: float, groups: int = 5) -> None:
    """Fit without each group's ends; count its pages' exact articles with those weights and with the weights in use."""
    from fit_headlines import _exact_articles, folder_group

    x, y, folders = ends
    group = np.array([folder_group(folder, groups) for folder in folders])
    totals = np.zeros(3, dtype=int)
    for k in range(groups):
        fitted = tuple(fit_both(dev, (x[group != k], y[group != k]), weight))
        own = [page for page in pages if folder_group(page.parent.name, groups) == k]
        in_use = _exact_articles(own)
        with mock.patch.object(paragraphs, "CUT_WEIGHTS", fitted):
            refit = _exact_articles(own)
        counted = np.array([len(in_use), sum(in_use), sum(refit)])
        totals += counted
        print(f"group {k}: {counted[0]} articles, exact {counted[1]} with the weights in use, {counted[2]} refitted")
    print(f"all groups: {totals[0]} articles, exact {totals[1]} with the weights in use, {totals[2]} refitted")


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


def fit_and_report(collect, in_use, name: str, what: str, args: argparse.Namespace | None = None) -> int:
    """Parse the common arguments (unless given), collect dev-page samples, fit, print held-out accuracy and weights."""
    args = args or dev_arguments("Fit " + name + " on generated dev pages.").parse_args()
    x, y = dev_samples(collect, args)
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

def main() -> int:
    parser = dev_arguments("Fit CUT_WEIGHTS on generated dev pages.")
    parser.add_argument("--handwritten", action="store_true", help="learn from the hand-written pages too")
    parser.add_argument("--weight", type=float, default=2.0, help="how many times each hand-written end counts")
    parser.add_argument("--leave-out", nargs="*", default=[], metavar="FOLDER",
                        help="folders of bench/pages not to learn from (held-out reviews)")
    parser.add_argument("--cross-validate", action="store_true",
                        help="with --handwritten: score each group of folders with weights fitted without it")
    args = parser.parse_args()
    if not args.handwritten:
        return fit_and_report(weighed_boundaries, paragraphs.CUT_WEIGHTS, "CUT_WEIGHTS", "fragment ends", args)
    dev = dev_samples(weighed_boundaries, args)
    pages = handwritten.page_files([folder for folder in sorted(handwritten.PAGES.iterdir())
                                    if folder.is_dir() and folder.name not in args.leave_out])
    ends = handwritten_ends(pages)
    print(f"{len(dev[1])} fragment ends on dev pages, {dev[1].mean():.2f} of them cuts; {len(ends[1])} on "
          f"{len(pages)} hand-written pages, {ends[1].mean():.2f} of them cuts")
    if args.cross_validate:
        cross_validate(dev, pages, ends, args.weight)
    in_use = np.array(paragraphs.CUT_WEIGHTS)
    weights = fit_both(dev, ends[:2], args.weight)
    for label, (x, y) in (("dev pages", dev), ("hand-written pages", ends[:2])):
        print(f"{label}: accuracy {((x @ weights > 0) == (y == 1)).mean():.3f} fitted, "
              f"{((x @ in_use > 0) == (y == 1)).mean():.3f} in use")
    print("CUT_WEIGHTS = (" + ", ".join(f"{w:.2f}" for w in weights) + ")")
    return 0


if __name__ == "__main__":
    sys.exit(main())
