import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from make_columns import columns  # noqa: E402


def _article(title, date="2026-05-01", paragraphs=("正文。",), publication="人民日报"):
    return {"title": title, "date": date, "paragraphs": list(paragraphs), "publication": publication}


def test_columns_are_the_dev_titles_bracketed_names_that_never_label_a_part_of_a_story():
    articles = [
        _article("党建阵地建好更要用好（编辑手记）"), _article("对外卖平台说不（编辑手记）"),
        _article("一篇（延伸阅读）"), _article("两篇（延伸阅读）"), _article("正文", paragraphs=["延伸阅读", "正文。"]),
        _article("只有一篇（人民时评）"),
        _article("七月的（国际论坛）", date="2026-07-02"), _article("八月的（国际论坛）", date="2026-08-02"),
        _article("新华社的（快评）", publication="新华社/新华网"), _article("又一篇（快评）", publication="新华社/新华网"),
    ]
    assert columns(articles) == ["编辑手记"]
