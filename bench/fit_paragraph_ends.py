"""Fit the weights of the wrapped paragraph-end decision (paragraphs.PARAGRAPH_END_WEIGHTS) on dev pages.

    python bench/fit_paragraph_ends.py [--count 2000] [--seed 0] [--fold 500]

Collects every printed line on generated *dev* pages in the wrapped form
that fills its column and ends a sentence, on pages where paragraphs open
flush (no indent says where one opens), as the rebuild meets it; fits a
logistic regression on two thirds and reports held-out accuracy on the rest
beside the weights in use.  The sentence-end model is trained here without
the articles of each fold of pages (see `fit_cuts.dev_samples`).
Never run on the test split.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import accuracy  # noqa: E402
from fit_cuts import fit_and_report, recorded_calls  # noqa: E402

from banmian.rebuild import paragraphs  # noqa: E402


def weighed_line_ends(truths: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    """Features and truth (a paragraph ends or not) of each line end the rebuild leaves to the weighed decision."""
    rows, ends = [], []
    for truth in truths:
        if truth["form"] != "wrapped":
            continue
        keys = accuracy.truth_keys(truth)
        for previous, line in recorded_calls(truth, "weighs_as_paragraph_end"):
            rows.append(paragraphs.paragraph_end_features(previous, line))
            ends.append(keys[previous.lines[-1].number] != keys[line.number])
    return np.array(rows, dtype=float), np.array(ends, dtype=float)


if __name__ == "__main__":
    sys.exit(fit_and_report(weighed_line_ends, paragraphs.PARAGRAPH_END_WEIGHTS, "PARAGRAPH_END_WEIGHTS",
                            "full line ends at a sentence end"))
