"""The boosted trees of the weighed decisions: how they are read, and that the fitter learns what a sum cannot."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from banmian.read.text import split_lines
from banmian.rebuild import articles
from banmian.rebuild.layout import read_layout
from banmian.rebuild.paragraphs import blocks
from banmian.rebuild.roles import classify
from banmian.rebuild.trees import Trees, packaged

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from boost import fit_trees  # noqa: E402


def _one_tree(thresholds: list[float], leaves: list[float]) -> Trees:
    """A single tree asking feature 0 at the root, feature 1 below it."""
    return Trees(np.array([[0, 1, 1, 0, 0, 0, 0]]), np.array([thresholds]), np.array([leaves]), base=-1.0)


def test_a_case_goes_right_where_its_feature_exceeds_the_threshold():
    tree = _one_tree([0.5, 0.5, 0.5, np.inf, np.inf, np.inf, np.inf], [1, 0, 2, 0, 3, 0, 4, 0])
    assert tree.log_odds((0, 0)) == 0.0  # left, left, left: leaf 0 adds 1 to the base -1
    assert tree.log_odds((0, 1)) == 1.0  # left, right (feature 1), left: leaf 2
    assert tree.log_odds((1, 0)) == 2.0  # right, left, left: leaf 4
    assert tree.log_odds((1, 1)) == 3.0  # right, right, left: leaf 6


def test_trees_learn_evidence_that_counts_only_in_combination():
    # Either sign alone says nothing; both together, or neither, say a story starts: no weighted sum fits it.
    grid = np.array([[a, b] for a in (0, 1) for b in (0, 1)] * 50, dtype=float)
    starts = (grid[:, 0] == grid[:, 1]).astype(float)
    model = fit_trees(grid, starts, trees=60, rate=0.3)
    trees = Trees(model["features"], model["thresholds"], model["leaves"], float(model["base"]))
    assert [trees.log_odds(case) > 0 for case in ((0, 0), (0, 1), (1, 0), (1, 1))] == [True, False, False, True]


def test_the_packaged_headline_trees_ask_only_about_features_the_placer_gives():
    text = ("全市重点项目集中开工\n\n本报讯（记者张璐玮）昨日上午，全市重点项目集中开工。项目总投资约2.2亿元，涵盖交通、水利等领域。\n\n"
            "抢抓进度\n\n各施工单位倒排工期，确保项目早日建成投用。")
    units = classify(split_lines(text))
    layout = read_layout(units)
    asked = []

    class Recording(articles._Placer):
        def headline_features(self, start, end, after):
            asked.append(super().headline_features(start, end, after))
            return asked[-1]

    Recording(blocks(units, layout), layout).run()
    assert asked, "the subhead reached the weighed decision"
    assert packaged("headlines").features.max() < len(asked[0])
