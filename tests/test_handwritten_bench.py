"""bench/handwritten.py: a hand-written page's articles counted against its truth."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import handwritten  # noqa: E402

PAGE = "\n".join([
    "我市召开经济工作会议",
    "本报讯（记者张三 通讯员李四）会议指出，要抓好各项工作落实。",
    "会议强调，要加强领导。（下转第二版）",
    "新年第一场雪",
    "受冷空气影响，温岭下雪了。",
    "记者 周学军 摄",
])

STORY = {"kind": "article", "headline": ["我市召开经济工作会议"],
         "paragraphs": ["本报讯（记者张三 通讯员李四）会议指出，要抓好各项工作落实。会议强调，要加强领导。"],
         "byline": {"reporters": ["张三"], "correspondents": ["李四"], "photographers": []},
         "dateline": "本报讯", "continued_on": 2, "continued_from": None}
PHOTO = {"kind": "photo", "headline": ["新年第一场雪"], "paragraphs": ["受冷空气影响，温岭下雪了。"],
         "byline": {"reporters": [], "correspondents": [], "photographers": ["周学军"]},
         "dateline": None, "continued_on": None, "continued_from": None}


def _write(folder: Path, name: str, articles: list[dict]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    text = folder / f"{name}.txt"
    text.write_text(PAGE, encoding="utf-8")
    truth = {"style": "test", "form": "fragments", "paper": None, "date": None, "page": None,
             "articles": articles, "furniture": []}
    text.with_suffix(".json").write_text(json.dumps(truth, ensure_ascii=False), encoding="utf-8")
    return text


def _tally(text: Path):
    return handwritten.tally(handwritten.page_outcomes(text, handwritten.load_truth(text)))


def test_a_page_rebuilt_as_written_counts_every_article_exact(tmp_path):
    counts = _tally(_write(tmp_path, "page", [STORY, PHOTO]))
    assert (counts["articles"], counts["exact"]) == (2, 2)
    assert (counts["named"], counts["named_agree"]) == (2, 2)
    assert (counts["jumped"], counts["jumped_agree"]) == (1, 1)


def test_a_wrong_paragraph_or_name_is_counted_against_the_page(tmp_path):
    split = {**STORY, "paragraphs": ["本报讯（记者张三 通讯员李四）会议指出，要抓好各项工作落实。", "会议强调，要加强领导。"]}
    misnamed = {**PHOTO, "byline": {**PHOTO["byline"], "photographers": ["周学"]}}
    counts = _tally(_write(tmp_path, "page", [split, misnamed]))
    assert (counts["articles"], counts["exact"]) == (2, 1)
    assert (counts["named"], counts["named_agree"]) == (1, 0)


def test_verbose_shows_the_difference_of_an_inexact_article(tmp_path, capsys):
    _write(tmp_path / "27x", "page", [{**STORY, "headline": ["我市召开经济会议"]}, PHOTO])
    assert handwritten.main([str(tmp_path), "-v"]) == 0
    out = capsys.readouterr().out
    assert "-H 我市召开经济会议" in out and "+H 我市召开经济工作会议" in out
    assert "| 27x | fragments | 2 | 1 (50.0 %) |" in out


def test_json_gives_each_articles_outcome(tmp_path, capsys):
    _write(tmp_path / "27x", "page", [STORY, {**PHOTO, "paragraphs": ["受冷空气影响。"]}])
    assert handwritten.main([str(tmp_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"27x/page.txt#0": True, "27x/page.txt#1": False}


def test_a_folder_without_pages_is_an_error(tmp_path, capsys):
    assert handwritten.main([str(tmp_path)]) == 2
    assert "no hand-written pages" in capsys.readouterr().err
