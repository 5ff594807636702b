"""Fit the weights of the headline-or-subhead decision (articles.HEADLINE_WEIGHTS) on dev pages.

    python bench/fit_headlines.py [--count 2000] [--seed 0] [--fold 500]

Runs the rebuild over generated *dev* pages, records the features of every
run of short lines that reaches the weighed decision (no dateline, byline or
story end settled it), labels each by the truth (does a new story start
there?), fits a logistic regression on two thirds and reports held-out
accuracy on the rest beside the weights in use.  Never run on the test split.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import accuracy  # noqa: E402
from fit_cuts import fit_and_report  # noqa: E402

from banmian.read.text import split_lines  # noqa: E402
from banmian.rebuild import articles  # noqa: E402
from banmian.rebuild.layout import read_layout  # noqa: E402
from banmian.rebuild.paragraphs import blocks  # noqa: E402
from banmian.rebuild.roles import classify  # noqa: E402


class RecordingPlacer(articles._Placer):
    """The rebuild's own placer, noting each weighed decision as it goes."""

    def __init__(self, units, layout):
        super().__init__(units, layout)
        self.weighed: list[tuple[int, tuple]] = []

    def _headline_score(self, start, end, after):
        self.weighed.append((start, self.headline_features(start, end, after)))
        return super()._headline_score(start, end, after)


def starts_story(keys: dict, units: list, start: int) -> bool:
    """Truth: is the first line of this run a headline of another story than the line before it?"""
    first = keys[units[start].lines[0].number]
    before = start - 1
    while before >= 0 and keys[units[before].lines[-1].number][0] is None:
        before -= 1
    previous = keys[units[before].lines[-1].number] if before >= 0 else (None,)
    return first[1] == "headline" and first[0] != previous[0]


def weighed_runs(truths: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    rows, starts = [], []
    for truth in truths:
        keys = accuracy.truth_keys(truth)
        units = classify(split_lines(truth["text"]))
        layout = read_layout(units)
        merged = blocks(units, layout)
        placer = RecordingPlacer(merged, layout)
        placer.run()
        for start, features in placer.weighed:
            rows.append(features)
            starts.append(starts_story(keys, merged, start))
    return np.array(rows, dtype=float), np.array(starts, dtype=float)


if __name__ == "__main__":
    sys.exit(fit_and_report(weighed_runs, articles.HEADLINE_WEIGHTS, "HEADLINE_WEIGHTS", "weighed runs"))
