#!/usr/bin/env python3
"""Scan benchmark: bench/pdfgen.py's pages rendered as degraded scans, read back by OCR.

    taskset -c 0 python bench/scan_bench.py [--split dev] [--count 4] [--seed 0] [--dpi 150,300] [--json]
    taskset -c 0,1 python bench/scan_bench.py ...        # two cores
    python bench/scan_bench.py --dpi 100 --noise 40 --blur 0.3   # a poor scan, for the confidence flag
    python bench/scan_bench.py --vertical --dpi 150               # pages set in vertical type (竖排)
    python bench/scan_bench.py --device cuda ...                  # OCR on the GPU (onnxruntime-gpu), or cpu
    python bench/scan_bench.py --save-pages p.pkl; python bench/scan_bench.py --pages-from p.pkl
                                  # generate here, read the scans on a machine without the corpus

Each generated PDF page is rendered with pypdfium2 at each resolution and
made to look scanned: turned by a random skew of up to ±1.5°, blurred
(Gaussian, about a tenth of a point), with grey-level noise (σ = 8) on it.
`banmian.read.scan.ocr_page` reads it (deskew, crop, OCR, photos, layout) and
`rebuild_lines` rebuilds it, as `banmian parse scan.png` does.

* Character error rate: each typeset line (pdfgen's truth, the PDF's own
  text) goes to the OCR line it lies in; per OCR line, the edit distance
  between its text and its typeset lines' text (left to right), white space
  left out; OCR lines with no typeset line count whole, typeset lines no OCR
  line covers count whole.  Divided by the typeset characters.  "strict"
  compares the characters as read; "NFKC" first folds full-/half-width
  forms (（ vs (, ： vs :), which a reader would not call errors.
* Articles: bench/accuracy.py's metrics over the OCR lines, labelled by
  pdfgen.truth_for_lines.  The line boxes come back on the crooked image
  as given (a page set vertically: on it turned a quarter, as the reader
  read it, and the truth is turned with it); the bench knows the skew it
  applied and turns them back onto the typeset page before labelling.
* Skew: the largest difference between the skew applied and the one
  `skew_angle` finds.
* Confidence: each article's `ocr_confidence` beside its own character
  error rate, to check the low-confidence flag's threshold.
* Speed: seconds per page from the rendered image to the rebuilt `Page`
  (deskew, crop, OCR, layout, rebuild), rendering and degrading left out;
  the OCR engine is loaded once before timing.  Wall-clock seconds, and the
  CPU seconds the process used (all its threads), which other work on a
  shared machine disturbs less.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import pickle
import random
import sys
import time
import unicodedata
from collections import Counter
from dataclasses import replace
from pathlib import Path

BENCH = Path(__file__).resolve().parent
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import accuracy  # noqa: E402
import pagegen  # noqa: E402
import pdfgen  # noqa: E402

MAX_SKEW = 1.5  # degrees
NOISE = 8.0  # grey levels, standard deviation
BLUR_POINTS = 0.1  # Gaussian blur radius in points


def scanned(pdf: bytes, dpi: int, rng: random.Random, noise: float = NOISE, blur: float = BLUR_POINTS):
    """The page rendered at `dpi`, skewed, blurred and noisy; and the skew in degrees."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    document = pdfium.PdfDocument(pdf)
    try:
        image = document[0].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    finally:
        document.close()
    skew = rng.uniform(-MAX_SKEW, MAX_SKEW)
    image = image.rotate(-skew, resample=Image.Resampling.BICUBIC, fillcolor=255)
    image = image.filter(ImageFilter.GaussianBlur(blur * dpi / 72))
    grain = np.random.default_rng(rng.randrange(2**32)).normal(0, noise, (image.height, image.width))
    pixels = np.clip(np.asarray(image, dtype=np.float32) + grain, 0, 255).astype(np.uint8)
    return Image.fromarray(pixels, "L"), skew


def on_the_page(lines, skew: float, size: tuple[int, int], dpi: int):
    """Line boxes (points, on the skewed image) moved back onto the typeset page: undo the bench's
    turn of each box's centre (the reader keeps a box's size as it turns it)."""
    cx, cy = size[0] / 2 * 72 / dpi, size[1] / 2 * 72 / dpi
    cos, sin = math.cos(math.radians(skew)), math.sin(math.radians(skew))
    out = []
    for line in lines:
        box = line.bbox
        mx, my = (box.x0 + box.x1) / 2 - cx, (box.y0 + box.y1) / 2 - cy
        # The image was turned clockwise by `skew`: turn the centre back.
        nx, ny = cx + mx * cos + my * sin, cy - mx * sin + my * cos
        dx, dy = nx - (box.x0 + box.x1) / 2, ny - (box.y0 + box.y1) / 2
        out.append(replace(line, bbox=replace(box, x0=box.x0 + dx, x1=box.x1 + dx, y0=box.y0 + dy, y1=box.y1 + dy)))
    return out


def _distance(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (x != y))
    return row[-1]


def _squeezed(text: str, fold: bool) -> str:
    text = "".join(text.split())
    return unicodedata.normalize("NFKC", text) if fold else text


def character_errors(drawn: list[dict], lines) -> dict:
    """Edit distances against the typeset text, strict and NFKC, and per OCR line (for articles)."""
    owner: dict[int, int] = {}
    for index, item in enumerate(drawn):
        x0, y0, x1, y1 = item["box"]
        middle = (y0 + y1) / 2
        best, best_overlap = None, 0.0
        for number, line in enumerate(lines):
            box = line.bbox
            if box.y0 <= middle <= box.y1:
                overlap = min(x1, box.x1) - max(x0, box.x0)
                if overlap > best_overlap:
                    best, best_overlap = number, overlap
        if best is not None:
            owner[index] = best
    per_line: dict[int, tuple[int, int]] = {}
    counts = Counter(reference=sum(len(_squeezed(d["text"], False)) for d in drawn))
    for number, line in enumerate(lines):
        mine = sorted((drawn[i] for i, n in owner.items() if n == number), key=lambda d: d["box"][0])
        for fold in (False, True):
            wanted = _squeezed("".join(d["text"] for d in mine), fold)
            errors = _distance(wanted, _squeezed(line.text, fold))
            counts["nfkc" if fold else "strict"] += errors
            if fold:
                per_line[line.number] = (errors, len(wanted))
    lost = sum(len(_squeezed(d["text"], False)) for i, d in enumerate(drawn) if i not in owner)
    counts["strict"] += lost
    counts["nfkc"] += lost
    return {"counts": counts, "per_line": per_line}


def article_confidence(page, per_line: dict[int, tuple[int, int]]) -> list[tuple[float, float]]:
    """(ocr_confidence, character error rate) for each rebuilt article."""
    found = []
    for article in page.articles:
        errors = sum(per_line.get(n, (0, 0))[0] for n in article.source_lines)
        characters = sum(per_line.get(n, (0, 0))[1] for n in article.source_lines)
        if article.ocr_confidence is not None and characters:
            found.append((article.ocr_confidence, errors / characters))
    return found


def run(pages: list[dict], dpis: list[int], noise: float = NOISE, blur: float = BLUR_POINTS,
        device: str = "cpu") -> dict:
    from banmian.read.scan import ocr_engine, ocr_page, skew_angle
    from banmian.rebuild import rebuild_lines

    engine = ocr_engine(device)
    results = {}
    for dpi in dpis:
        counts, scores = Counter(), Counter()
        seconds: list[float] = []
        cpu_seconds: list[float] = []
        confidences: list[tuple[float, float]] = []
        skew_errors: list[float] = []
        read = hashlib.sha256()
        for truth in pages:
            rng = random.Random(f"{truth['name']}|{dpi}")
            image, skew = scanned(truth["pdf"], dpi, rng, noise, blur)
            skew_errors.append(abs(skew_angle(image) - skew))
            start, cpu = time.perf_counter(), time.process_time()
            lines, figures, turned = ocr_page(image, engine, 72 / dpi)
            page = rebuild_lines(lines, figures=figures)
            seconds.append(time.perf_counter() - start)
            cpu_seconds.append(time.process_time() - cpu)
            read.update("\n".join(line.text for line in lines).encode())
            # Read turned a quarter (a page set vertically), the lines are on the image turned.
            straight = on_the_page(lines, skew, image.size[::-1] if turned else image.size, dpi)
            turned_width = truth.get("turned_width") if turned else None
            drawn = [dict(item, box=pdfgen.turned(item["box"], turned_width)) for item in truth["drawn"]
                     ] if turned_width else truth["drawn"]
            errors = character_errors(drawn, straight)
            counts.update(errors["counts"])
            confidences += article_confidence(page, errors["per_line"])
            placed, _ = pdfgen.truth_for_lines(truth, straight, turned_width)
            scores.update(accuracy.score_page(placed, page))
            print(f"{truth['name']} {dpi} dpi: skew {skew:+.2f}°, {image.width}×{image.height} px, "
                  f"{seconds[-1]:.1f} s, CER so far {counts['nfkc'] / counts['reference']:.4f}", file=sys.stderr)
        summary = accuracy.summarize(scores)
        results[dpi] = {
            "pages": len(pages),
            "cer_strict": counts["strict"] / counts["reference"],
            "cer_nfkc": counts["nfkc"] / counts["reference"],
            "reference_characters": counts["reference"],
            "seconds_per_page": sum(seconds) / len(seconds),
            "seconds": seconds,
            "cpu_seconds_per_page": sum(cpu_seconds) / len(cpu_seconds),
            "article_exact": summary["article_exact"],
            "article_segmented": summary["article_segmented"],
            "boundary_accuracy": summary["boundary_accuracy"],
            "byline_agreement": summary["byline_agreement"],
            "jump_agreement": summary["jump_agreement"],
            "articles": summary["articles"],
            "skew_error_max": max(skew_errors),
            # Two runs read the same characters where this is the same (CPU against GPU, say).
            "text_digest": read.hexdigest()[:16],
            "confidence_vs_cer": _confidence_table(confidences),
        }
    return results


def _confidence_table(pairs: list[tuple[float, float]]) -> list[dict]:
    """Articles by OCR confidence band: how many, and their mean character error rate."""
    bands = [(0.0, 0.8), (0.8, 0.9), (0.9, 0.95), (0.95, 0.98), (0.98, 1.01)]
    table = []
    for low, high in bands:
        inside = [cer for confidence, cer in pairs if low <= confidence < high]
        table.append({"confidence": f"[{low}, {min(high, 1.0)}{']' if high > 1 else ')'}",
                      "articles": len(inside), "mean_cer": sum(inside) / len(inside) if inside else None})
    return table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=pagegen.SPLITS, default="dev")
    parser.add_argument("--count", type=int, default=4)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--dpi", default="150,300")
    parser.add_argument("--noise", type=float, default=NOISE, help="grey-level noise, standard deviation")
    parser.add_argument("--blur", type=float, default=BLUR_POINTS, help="blur radius in points")
    parser.add_argument("--shared", type=Path, default=pagegen.DEFAULT_SHARED)
    parser.add_argument("--vertical", action="store_true", help="pages set in vertical type (竖排, pdfgen --vertical)")
    parser.add_argument("--device", choices=("cpu", "cuda"), default="cpu",
                        help="where OCR runs: cuda needs onnxruntime-gpu in place of onnxruntime")
    parser.add_argument("--save-pages", type=Path, metavar="FILE",
                        help="write the generated pages to FILE and stop (to read them on a machine without the corpus)")
    parser.add_argument("--pages-from", type=Path, metavar="FILE", help="read the pages --save-pages wrote")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.pages_from:
        return report(run(pickle.loads(args.pages_from.read_bytes()), _dpis(args), args.noise, args.blur,
                          args.device), args.json)
    if not (args.shared / pagegen.ARTICLES_FILE).is_file():
        print(f"{args.shared}: no corpus there (corpus/news_articles.jsonl): skipped", file=sys.stderr)
        return 0
    try:
        import rapidocr  # noqa: F401
    except ImportError:
        print("OCR is not installed (pip install -e '.[ocr]'): skipped", file=sys.stderr)
        return 0
    pages = list(pdfgen.iterate(args.shared, args.split, args.count, args.seed, args.vertical))
    if args.save_pages:
        args.save_pages.write_bytes(pickle.dumps(pages))
        return 0
    return report(run(pages, _dpis(args), args.noise, args.blur, args.device), args.json)


def _dpis(args) -> list[int]:
    return [int(d) for d in args.dpi.split(",")]


def report(results: dict, as_json: bool) -> int:
    if as_json:
        print(json.dumps(results, indent=1))
        return 0
    for dpi, r in results.items():
        print(f"{dpi} dpi, {r['pages']} pages, {r['reference_characters']} characters: "
              f"CER {r['cer_nfkc']:.2%} (strict {r['cer_strict']:.2%}), "
              f"{r['seconds_per_page']:.1f} s/page ({r['cpu_seconds_per_page']:.1f} CPU s), article exact {r['article_exact']:.3f}, segmented {r['article_segmented']:.3f}, "
              f"boundaries {r['boundary_accuracy']:.3f}, bylines {r['byline_agreement']:.3f}, "
              f"skew found within {r['skew_error_max']:.2f}°")
        for band in r["confidence_vs_cer"]:
            cer = "—" if band["mean_cer"] is None else f"{band['mean_cer']:.2%}"
            print(f"    articles with confidence {band['confidence']}: {band['articles']}, mean CER {cer}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
