"""The benchmark's own metrics, on tiny pages where the right answer is known."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import accuracy  # noqa: E402
from naive import naive_placements, naive_rebuild  # noqa: E402

from banmian.model import Page, Placement  # noqa: E402
from banmian.read.text import split_lines  # noqa: E402
from banmian.rebuild.assemble import assemble  # noqa: E402

TEXT = "\n".join([
    "温岭日报 2024年1月22日 星期一 第1版",   # 0 furniture
    "我市召开经济工作会议",                   # 1 headline
    "本报讯（记者张三 通讯员李四）会议指出，要抓好",  # 2 paragraph 0
    "",
    "各项工作落实。",                         # 4 paragraph 0, joined
    "会议强调，要加强领导。",                 # 5 paragraph 1
    "（下转第二版）",                         # 6 jump
    "新年第一场雪",                           # 7 headline of the photo
    "受冷空气影响，温岭下雪了。",             # 8 caption
    "记者 周学军 摄",                         # 9 credit
])

# (n, article, field, block)
TRUTH_LINES = [
    (0, None, "furniture", 0),
    (1, 0, "headline", 0),
    (2, 0, "paragraph", 0),
    (4, 0, "paragraph", 0),
    (5, 0, "paragraph", 1),
    (6, 0, "jump", 0),
    (7, 1, "headline", 0),
    (8, 1, "caption", 0),
    (9, 1, "credit", 0),
]


def _byline(reporters=(), correspondents=(), photographers=()):
    return {"reporters": list(reporters), "correspondents": list(correspondents),
            "photographers": list(photographers), "interns": []}


LABELS = {
    "lines": [{"n": n, "article": a, "field": f, "block": b} for n, a, f, b in TRUTH_LINES],
    "articles": [
        {"kind": "article", "byline": _byline(["张三"], ["李四"]), "dateline": "本报讯",
         "continued_on": 2, "continued_from": None},
        {"kind": "photo", "byline": _byline(photographers=["周学军"]), "dateline": None,
         "continued_on": None, "continued_from": None},
    ],
}


@pytest.fixture
def truth():
    return accuracy.truth_from_labels(TEXT, LABELS)


def predicted(rows) -> Page:
    return assemble(split_lines(TEXT), [Placement(*row) for row in rows])


def test_truth_articles_come_from_assemble(truth):
    first, photo = truth["articles"]
    assert first["headline"] == ["我市召开经济工作会议"]
    assert first["paragraphs"] == ["本报讯（记者张三 通讯员李四）会议指出，要抓好各项工作落实。", "会议强调，要加强领导。"]
    assert photo["paragraphs"] == ["受冷空气影响，温岭下雪了。"]


def test_boundary_classes_of_the_truth(truth):
    numbers = [n for n, *_ in TRUTH_LINES]
    classes = accuracy.boundary_classes(numbers, accuracy.truth_keys(truth))
    assert classes == ["article", "paragraph", "join", "paragraph", "dropped", "article", "paragraph", "paragraph"]


def test_boundaries_look_through_furniture_and_report_missing_lines():
    keys = {0: (0, "paragraph", 0), 1: (None, "furniture", 0), 2: (0, "paragraph", 0), 4: (1, "headline", 0)}
    assert accuracy.boundary_classes([0, 1, 2, 3, 4], keys) == ["dropped", "join", "missing", "article"]


def test_perfect_prediction_scores_perfectly(truth):
    result = accuracy.evaluate([truth], lambda text: predicted(TRUTH_LINES))["overall"]
    assert result["boundary_accuracy"] == 1.0
    assert result["article_exact"] == 1.0 and result["predicted_exact_rate"] == 1.0
    assert result["article_segmented"] == 1.0
    assert result["byline_agreement"] == 1.0 and result["byline_agreement_named"] == 1.0
    assert result["jump_agreement_jumped"] == 1.0 and result["false_jumps"] == 0
    assert result["kind_agreement"] == 1.0 and result["dateline_agreement"] == 1.0


def test_a_missed_join_shows_in_the_confusion_and_breaks_the_article(truth):
    rows = [row if row[0] != 4 else (4, 0, "paragraph", 5) for row in TRUTH_LINES]
    result = accuracy.evaluate([truth], lambda text: predicted(rows))["overall"]
    assert result["confusion"]["join"] == {"paragraph": 1}
    assert result["boundary_accuracy"] == 7 / 8
    assert result["articles_exact"] == 1 and result["article_exact"] == 0.5
    assert result["articles_segmented"] == 1
    # The broken article is still matched by its lines, so its byline and jump are judged.
    assert result["matched"] == 2 and result["byline_agreement"] == 1.0 and result["jump_agreement"] == 1.0


def test_whitespace_does_not_matter_for_exact_match():
    assert accuracy.article_key(["新年 第一场雪"], ["a b"]) == accuracy.article_key(["新年第一场雪"], ["ab"])


def test_jump_kept_as_body_and_photo_merged_into_the_story(truth):
    rows = [
        (0, None, "furniture", 0),
        (1, 0, "headline", 0),
        (2, 0, "paragraph", 0),
        (4, 0, "paragraph", 0),
        (5, 0, "paragraph", 1),
        (6, 0, "paragraph", 2),  # the jump line taken for body text
        (7, 0, "headline", 1),   # the photo's lines given to the story above
        (8, 0, "caption", 0),
        (9, 0, "credit", 0),
    ]
    result = accuracy.evaluate([truth], lambda text: predicted(rows))["overall"]
    assert result["confusion"]["dropped"] == {"paragraph": 1}
    assert result["confusion"]["article"] == {"article": 1, "paragraph": 1}
    assert result["articles_exact"] == 0 and result["predicted_articles"] == 1
    # Both truth articles are matched, by shared lines, to the one predicted story.
    assert result["matched"] == 2
    assert result["kind_agreement"] == 0.5  # the merged story has a caption, so it is a photo
    assert result["byline_agreement"] == 0.0
    assert result["jump_agreement_jumped"] == 0.0


def test_false_jump_is_counted(truth):
    page = predicted(TRUTH_LINES)
    page.articles[1].continued_on = 3
    result = accuracy.evaluate([truth], lambda text: page)["overall"]
    assert result["false_jumps"] == 1 and result["jump_agreement"] == 0.5


def test_a_crashing_rebuilder_scores_as_an_empty_page(truth):
    def crash(text):
        raise RuntimeError("boom")

    result = accuracy.evaluate([truth], crash)
    assert result["overall"]["errors"] == 1
    assert result["overall"]["boundary_accuracy"] == 0.0
    assert result["overall"]["confusion"]["join"] == {"missing": 1}
    assert result["failures"] == ["page: RuntimeError: boom"]


def test_results_are_split_by_form(truth):
    wrapped = {**truth, "form": "wrapped"}
    result = accuracy.evaluate([truth, wrapped], lambda text: predicted(TRUTH_LINES))
    assert set(result["by_form"]) == {"sample", "wrapped"}
    assert result["overall"]["pages"] == 2 and result["by_form"]["wrapped"]["pages"] == 1


def test_rates_without_a_denominator_are_none():
    assert accuracy.summarize(accuracy.Counter())["boundary_accuracy"] is None


def test_naive_rule():
    texts = [
        "标题一行",
        "第二行标题",
        "正文没有结束的一行，比较长比较长比较长比较长比较长比较长比较长",
        "短",          # joins the dangling line above, though it is short
        "结束了。",
        "另一段。",
        "新的标题",    # a new headline run: a new article
        "正文。",
    ]
    got = [(p.article, p.field, p.block) for p in naive_placements(texts, list(range(len(texts))))]
    assert got == [
        (0, "headline", 0), (0, "headline", 1),
        (0, "paragraph", 0), (0, "paragraph", 0), (0, "paragraph", 0),
        (0, "paragraph", 1),
        (1, "headline", 0), (1, "paragraph", 0),
    ]


def test_naive_rebuild_gives_a_page():
    page = naive_rebuild(TEXT)
    assert page.articles and {p.line for p in page.placements} == {n for n, *_ in TRUTH_LINES}


def test_a_misread_character_breaks_exactness_but_not_segmentation(truth):
    truth["articles"][1]["paragraphs"] = ["受冷空气影响，温岭下雷了。"]  # as OCR might read 雪
    result = accuracy.evaluate([truth], lambda text: predicted(TRUTH_LINES))["overall"]
    assert result["article_exact"] == 0.5
    assert result["article_segmented"] == 1.0
