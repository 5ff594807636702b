"""The accuracy gate: banmian must not fall below these floors.

Scores the real sample page and a fixed set of generated test-split pages with
bench/accuracy.py, and a fixed set of test-split pages typeset as PDFs by
bench/pdfgen.py through the PDF layout path (bench/pdf_accuracy.py).  Raise the floors as the rebuild improves; never lower one
to make a change pass.  Needs ../shared (sample page and corpus, not shipped
with the repository); skips without it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import accuracy  # noqa: E402
import handwritten  # noqa: E402

import banmian  # noqa: E402
from cjk import needs_cjk_font  # noqa: E402

SAMPLE_ARTICLES_EXACT = 6  # of the sample page's 6 items
REWRAPPED_ARTICLES_EXACT = 35  # of 36: the sample re-wrapped at 3 widths, with and without indents
BOUNDARY_ACCURACY_FLOOR = 0.992
ARTICLE_EXACT_FLOOR = 0.81
GENERATED_PAGES = 100
GENERATED_SEED = 0
PDF_PAGES = 40  # set in STSong-Light only, so that machines with and without WenQuanYi agree
PDF_BOUNDARY_FLOOR = 0.999
PDF_ARTICLE_EXACT_FLOOR = 0.97
PDF_REGION_IOU_FLOOR = 0.98
HANDWRITTEN_ARTICLES_EXACT = 21720  # of the 25,134 articles of the hand-written pages kept in bench/pages/
HANDWRITTEN_BYLINES_RIGHT = 15561  # exact articles that name people, with every name right (of 16,141)


def _require(path: Path, what: str) -> None:
    if not path.exists():
        pytest.skip(f"{what} not found: {path}")


@pytest.fixture(scope="module")
def sample_result():
    _require(accuracy.SHARED / "samples", "../shared/samples")
    return accuracy.evaluate([accuracy.load_sample()], banmian.rebuild)


@pytest.fixture(scope="module")
def rewrapped_result():
    _require(accuracy.SHARED / "samples", "../shared/samples")
    sample = accuracy.load_sample()
    pages = [accuracy.rewrapped_sample(sample, width, indent) for width, indent in accuracy.SAMPLE_WRAPS]
    return accuracy.evaluate(pages, banmian.rebuild)


@pytest.fixture(scope="module")
def generated_result():
    _require(accuracy.SHARED / "corpus", "../shared/corpus")
    truths = accuracy.generated("test", GENERATED_PAGES, GENERATED_SEED)
    return accuracy.evaluate(truths, banmian.rebuild)


def _report(result: dict) -> str:
    scopes = {"all": result["overall"], **result["by_form"]}
    lines = [f"{scope}: boundary {s['boundary_accuracy']:.4f}, article exact {s['article_exact']:.3f}"
             for scope, s in scopes.items()]
    return "; ".join(lines + result["failures"][:3])


def test_sample_page_articles_all_exactly_right(sample_result):
    overall = sample_result["overall"]
    assert overall["articles_exact"] >= SAMPLE_ARTICLES_EXACT, accuracy.sample_line(overall)


def test_sample_page_bylines_and_jumps(sample_result):
    overall = sample_result["overall"]
    assert overall["bylines_agree"] == overall["articles"], accuracy.sample_line(overall)
    assert overall["jumps_agree"] == overall["articles"], accuracy.sample_line(overall)


def test_sample_rewrapped_as_pdftotext_gives_it(rewrapped_result):
    overall = rewrapped_result["overall"]
    assert overall["articles_exact"] >= REWRAPPED_ARTICLES_EXACT, accuracy.sample_line(overall)
    assert overall["jumps_agree"] == overall["articles"], accuracy.sample_line(overall)


def test_generated_boundary_accuracy(generated_result):
    overall = generated_result["overall"]
    assert overall["errors"] == 0, _report(generated_result)
    assert overall["boundary_accuracy"] >= BOUNDARY_ACCURACY_FLOOR, _report(generated_result)


def test_generated_article_exact(generated_result):
    overall = generated_result["overall"]
    assert overall["article_exact"] >= ARTICLE_EXACT_FLOOR, _report(generated_result)


@pytest.fixture(scope="module")
def pdf_result():
    _require(accuracy.SHARED / "corpus", "../shared/corpus")
    pytest.importorskip("reportlab", reason="reportlab builds the PDF pages (pip install -e '.[test]')")
    import pdf_accuracy
    import pdfgen

    pages = pdfgen.generate(accuracy.SHARED, "test", PDF_PAGES, GENERATED_SEED, only=[pdfgen.SONG])
    return pdf_accuracy.evaluate(pages, ["banmian"])["banmian"]


@needs_cjk_font
def test_pdf_pages_through_the_layout_path(pdf_result):
    report = (f"boundary {pdf_result['boundary_accuracy']:.4f}, article exact {pdf_result['article_exact']:.3f}, "
              f"region IoU {pdf_result['region_iou_mean']:.3f}; {pdf_result['failures'][:3]}")
    assert pdf_result["errors"] == 0, report
    assert pdf_result["boundary_accuracy"] >= PDF_BOUNDARY_FLOOR, report
    assert pdf_result["article_exact"] >= PDF_ARTICLE_EXACT_FLOOR, report
    assert pdf_result["region_iou_mean"] >= PDF_REGION_IOU_FLOOR, report


def test_hand_written_pages():
    # kept in the repository, so this floor holds on every machine, ../shared or not
    outcomes = [outcome for page in handwritten.page_files([handwritten.PAGES])
                for outcome in handwritten.page_outcomes(page, handwritten.load_truth(page))]
    counts = handwritten.tally(outcomes)
    missed = [f"{o.page.name}#{o.index}" for o in outcomes if o.exact is None]
    assert counts["exact"] >= HANDWRITTEN_ARTICLES_EXACT, f"{counts['exact']} of {counts['articles']} exact; missed {missed[:10]}"
    assert counts["named_agree"] >= HANDWRITTEN_BYLINES_RIGHT, f"{counts['named_agree']} of {counts['named']} bylines right"
