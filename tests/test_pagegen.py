"""Tests of the page generator used by the benchmarks (bench/pagegen.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import pagegen  # noqa: E402

SHARED = pagegen.DEFAULT_SHARED
HAVE_CORPUS = (SHARED / pagegen.ARTICLES_FILE).exists() and (SHARED / pagegen.MANIFEST_FILE).exists()
needs_corpus = pytest.mark.skipif(not HAVE_CORPUS, reason="shared corpus not available")


def test_wrap_keeps_line_start_rules_and_text():
    text = "会议强调，要深入学习贯彻“两个确立”。这是2026年的第139届广交会，共有16.7万名采购商到会。"
    for width in (5, 7.5, 10, 13, 20):
        lines = pagegen.wrap(text, width)
        assert "".join(lines) == text
        for line in lines[1:]:
            assert line[0] not in pagegen.NO_LINE_START
        for line in lines[:-1]:
            assert line[-1] not in "“（《"
        assert all(pagegen.text_width(line) <= width + 2 for line in lines)
    assert "16.7" in "".join(line for line in pagegen.wrap(text, 10) if "16" in line)


def test_names_and_credits():
    assert pagegen.parse_byline("记者王悦阳、戴小河") == {"reporters": ["王悦阳", "戴小河"]}
    assert pagegen.parse_byline("记者苏 滨 江 萌 通讯员李四") == {
        "reporters": ["苏滨", "江萌"], "correspondents": ["李四"]}
    assert pagegen.parse_credit("王 正摄（人民视觉）") == {"photographers": ["王正"]}
    assert pagegen.parse_credit("新华社记者 卢汉欣摄") == {"photographers": ["卢汉欣"]}
    assert pagegen.parse_credit("刘仲华 佟薇薇摄影报道") == {"photographers": ["刘仲华", "佟薇薇"]}
    assert pagegen.parse_credit("本报记者 李 刚文 柯勇初摄") == {"reporters": ["李刚"], "photographers": ["柯勇初"]}
    assert pagegen.parse_credit("记者 周文 通讯员 王五 摄") == {"photographers": ["周文", "王五"]}
    assert pagegen.parse_credit("图为学生们在课间练习篮球。") is None
    assert pagegen.cn_number(4) == "四" and pagegen.cn_number(12) == "十二" and pagegen.cn_number(20) == "二十"


def test_a_credit_closing_the_last_paragraph_names_the_writers():
    def closing(*texts):
        return pagegen._closing_credit([pagegen.Segment("paragraph", text) for text in texts])

    assert closing("正文。", "（本报记者 严圣禾）") == {"reporters": ["严圣禾"]}
    assert closing("……投资便利化。（记者吴雨）") == {"reporters": ["吴雨"]}
    assert closing("（本报记者 刘硕阳整理）") == {"reporters": ["刘硕阳"]}
    assert closing("（作者为厦门大学教授，本报记者施钰采访整理）") is None  # the author is not a reporter
    assert closing("（相关报道见第三版）") is None
    # agency copy reprinted names its source before its writers
    assert closing("正文。", "（新华社北京5月18日电记者王思北、黄庆刚）") == {"reporters": ["王思北", "黄庆刚"]}


@needs_corpus
def test_pages_pass_self_check_and_are_deterministic():
    first = pagegen.generate(SHARED, "dev", 25, seed=3)
    again = pagegen.generate(SHARED, "dev", 25, seed=3)
    other = pagegen.generate(SHARED, "dev", 25, seed=4)
    assert len(first) == 25 and first == again
    assert [p["text"] for p in first] != [p["text"] for p in other]
    for page in first:
        pagegen.check(page)
        assert page["split"] == "dev" and page["form"] in ("fragments", "wrapped")


@needs_corpus
def test_the_flush_subheads_variant_differs_only_in_the_indent_of_short_paragraphs():
    plain = pagegen.generate(SHARED, "dev", 30, seed=1)
    flush = pagegen.generate(SHARED, "dev", 30, seed=1, flush_subheads=True)
    changed = []
    for before, after in zip(plain, flush, strict=True):
        assert {key: value for key, value in before.items() if key != "text"} == {
            key: value for key, value in after.items() if key != "text"}
        for old, new in zip(before["text"].split("\n"), after["text"].split("\n"), strict=True):
            if old != new:
                assert old.lstrip() == new and len(new) <= 20 and before["form"] == "wrapped"
                changed.append(new)
    assert changed


@needs_corpus
def test_splits_share_no_article():
    dev = {a["source_id"] for p in pagegen.generate(SHARED, "dev", 60) for a in p["articles"] if a["source_id"]}
    test = {a["source_id"] for p in pagegen.generate(SHARED, "test", 60) for a in p["articles"] if a["source_id"]}
    assert dev and test and not dev & test
    corpus = pagegen.load(SHARED)
    assert {corpus.split_of[i] for i in dev} == {"dev"}
    assert {corpus.split_of[i] for i in test} == {"test"}


@needs_corpus
def test_jumps_continue_on_the_page_they_name():
    pages = pagegen.generate(SHARED, "test", 120, seed=1)
    parts: dict[str, dict[int, dict]] = {}
    for page in pages:
        for article in page["articles"]:
            if article["continued_on"] or article["continued_from"]:
                key = article["source_id"] + page["source"].split()[1]
                parts.setdefault(key, {})[int(page["source"].split()[2][1:])] = article
    pairs = 0
    for by_page in parts.values():
        for number, article in by_page.items():
            target = article["continued_on"]
            if target in by_page:
                assert by_page[target]["continued_from"] == number
                pairs += 1
    assert pairs > 0
