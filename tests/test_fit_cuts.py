"""bench/fit_cuts.py: the weighed fragment ends of hand-written pages, labelled by their truth."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import fit_cuts  # noqa: E402

TITLE = "我市召开经济工作会议"
LEAD = "本报讯（记者张三）会议指出，要抓好各项工作落实，推动经济高质量发展。"
SUBHEAD = "坚持创新驱动"
TEXT = "会议强调，要加强领导，确保各项任务落到实处。"
LAST = "会议还对做好今年工作作出部署，要求各地抓早抓实。"
CUT = LAST.index("工作")  # a column ends after 会议还对做好今年


def test_an_end_is_a_cut_where_the_truth_holds_both_sides_in_one_paragraph(tmp_path):
    page = tmp_path / "31a" / "page-a.txt"
    page.parent.mkdir()
    page.write_text("\n\n".join([TITLE, LEAD, SUBHEAD, TEXT, LAST[:CUT], LAST[CUT:]]) + "\n", encoding="utf-8")
    truth = {"form": "fragments", "articles": [{"headline": [TITLE], "paragraphs": [LEAD, SUBHEAD, TEXT, LAST]}]}
    page.with_suffix(".json").write_text(json.dumps(truth, ensure_ascii=False), encoding="utf-8")
    rows, cuts, folders = fit_cuts.handwritten_ends([page])
    assert cuts.tolist() == [0.0, 1.0]  # 坚持创新驱动 a subhead over its text, 会议还对做好今年 cut by the column
    assert folders == ["31a", "31a"]
    assert rows.shape == (2, len(fit_cuts.paragraphs.CUT_WEIGHTS))


def test_a_wrapped_page_has_no_fragment_ends_to_weigh(tmp_path):
    page = tmp_path / "31a" / "page-b.txt"
    page.parent.mkdir()
    page.write_text("\n".join([TITLE, LEAD, SUBHEAD, TEXT]) + "\n", encoding="utf-8")
    truth = {"form": "wrapped", "articles": [{"headline": [TITLE], "paragraphs": [LEAD, SUBHEAD, TEXT]}]}
    page.with_suffix(".json").write_text(json.dumps(truth, ensure_ascii=False), encoding="utf-8")
    rows, cuts, folders = fit_cuts.handwritten_ends([page])
    assert len(cuts) == 0 and folders == []
