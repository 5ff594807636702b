"""bench/fit_headlines.py: the weighed runs of hand-written pages, labelled by their truth."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import fit_headlines  # noqa: E402

LEAD = ["我市召开经济工作会议", "本报讯（记者张三）会议指出，要抓好各项工作落实，推动经济高质量发展。"]
SUBHEAD = ["坚持创新驱动", "会议强调，要加强领导，确保各项任务落到实处。"]
NEXT = ["新年第一场雪", "受冷空气影响，温岭昨天下雪了，不少市民走上街头赏雪拍照。"]


def test_a_run_is_a_storys_start_where_the_truth_heads_an_article_with_its_first_line(tmp_path):
    page = tmp_path / "31a" / "page.txt"
    page.parent.mkdir()
    page.write_text("\n".join(LEAD + SUBHEAD + NEXT), encoding="utf-8")
    truth = {"form": "fragments", "articles": [{"headline": LEAD[:1], "paragraphs": LEAD[1:] + SUBHEAD},
                                               {"headline": NEXT[:1], "paragraphs": NEXT[1:]}]}
    page.with_suffix(".json").write_text(json.dumps(truth, ensure_ascii=False), encoding="utf-8")
    _, starts, folders = fit_headlines.handwritten_runs([page])
    assert starts.tolist() == [0.0, 1.0]  # 坚持创新驱动 a subhead, 新年第一场雪 the next story
    assert folders == ["31a", "31a"]


def test_a_sessions_two_folders_fall_in_one_cross_validation_group():
    assert fit_headlines.folder_group("61a", 5) == fit_headlines.folder_group("61b", 5)
    assert fit_headlines.folder_group("61a", 5) != fit_headlines.folder_group("62a", 5)
