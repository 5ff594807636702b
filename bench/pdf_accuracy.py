#!/usr/bin/env python3
"""PDF benchmark: banmian's layout path against rebuilding from other tools' raw text.

    taskset -c 0 python bench/pdf_accuracy.py [--split test|dev] [--count 200] [--seed 0]
                                              [--paths banmian,pdftotext,pdftotext-layout,pdfminer]
                                              [--faults N] [--vertical] [--json]

Pages come from bench/pdfgen.py (pagegen's real-corpus pages typeset as
PDFs; with ``--vertical``, set in vertical type).  Paths compared on the same PDFs:

* ``banmian``: `banmian.read` (pypdfium2 characters → lines, columns, reading
  order; photo boxes) then `rebuild_source`, which also sees each line's box
  and font size and the photos;
* ``pdftotext`` / ``pdftotext-layout``: poppler's `pdftotext` (plain, and with
  ``-layout``) → `banmian.rebuild` on the text;
* ``pdfminer``: pdfminer.six's `extract_text` → `banmian.rebuild`.

Metrics are bench/accuracy.py's.  Boundaries are counted over the lines a
path gives: for banmian each reader line takes the label of the typeset line
it covers (`pdfgen.truth_for_lines`); for the text paths a line takes the
label of a typeset line with the same text, and lines with no such twin
(merged, split or reordered by the tool) are left out — the share kept is
printed as "lines scored".  Region IoU (banmian only): per truth article,
the box around its typeset lines and photo against the box around the
matched article's regions (0 when none matches).  Figures (banmian only,
in the "reader" line): photos drawn, photos the reader reports as a figure
box with IoU ≥ 0.9, and figures it reports.  Ceilings ("input shows") and
"exact (decidable)": for banmian, an article is undecidable when its truth
breaks a paragraph where the page shows nothing (`hidden_starts`); for the
text paths, accuracy.py's estimate of what their text leaves open.  Speed: PDF bytes to
`Page`, pages per CPU second (this process and the tools it starts, so
other work on a shared machine does not count), after the pages are
generated; wall-clock pages/s beside it.  Run it under `taskset -c 0` for one
core.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import subprocess
import sys
import re
import tempfile
import time
from collections import Counter
from pathlib import Path

BENCH = Path(__file__).resolve().parent
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import accuracy  # noqa: E402
import pdfgen  # noqa: E402

PATHS = ("banmian", "pdftotext", "pdftotext-layout", "pdfminer")


def banmian_page(pdf: bytes):
    """The page as read and as rebuilt, as `banmian parse` does it (the photos the reader found included;
    a page read turned, set vertically, with its regions back on the page as printed)."""
    from banmian.read.pdf import read_pdf
    from banmian.rebuild import rebuild_source

    (source,) = read_pdf(pdf, "page.pdf")
    return source, rebuild_source(source)


def lines_truth(truth: dict, source):
    """`pdfgen.truth_for_lines` for the lines of `source`, on the frame they were read on."""
    return pdfgen.truth_for_lines(truth, source.lines, getattr(source, "turned", None))


def pdftotext(pdf: bytes, layout: bool) -> str:
    with tempfile.NamedTemporaryFile(suffix=".pdf") as handle:
        handle.write(pdf)
        handle.flush()
        args = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + [handle.name, "-"]
        return subprocess.run(args, capture_output=True, check=True).stdout.decode("utf-8")


def pdfminer_text(pdf: bytes) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(io.BytesIO(pdf))


def extractors(names: list[str]) -> dict:
    chosen = {}
    for name in names:
        if name.startswith("pdftotext") and not shutil.which("pdftotext"):
            print(f"{name}: pdftotext not found (apt-get install -y poppler-utils), skipped", file=sys.stderr)
        elif name == "pdfminer" and not _has_pdfminer():
            print("pdfminer: pdfminer.six not installed (pip install -e '.[bench]'), skipped", file=sys.stderr)
        elif name == "pdftotext":
            chosen[name] = lambda pdf: pdftotext(pdf, layout=False)
        elif name == "pdftotext-layout":
            chosen[name] = lambda pdf: pdftotext(pdf, layout=True)
        elif name == "pdfminer":
            chosen[name] = pdfminer_text
    return chosen


def _has_pdfminer() -> bool:
    try:
        import pdfminer  # noqa: F401
    except ImportError:
        return False
    return True


# --- regions ----------------------------------------------------------------------------


def iou(a, b) -> float:
    x0, y0, x1, y1 = max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3])
    inter = max(0.0, x1 - x0) * max(0.0, y1 - y0)
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union if union > 0 else 0.0


def region_scores(truth: dict, page) -> list[float]:
    """IoU of each truth article's box with its matched article's regions (0 when unmatched)."""
    scores = []
    for index, (wanted, article, _) in enumerate(accuracy.match_articles(truth, page)):
        box = truth["regions"][index]
        if box is None:
            continue
        if article is None or not article.regions:
            scores.append(0.0)
            continue
        got = [r.bbox for r in article.regions]
        scores.append(iou(box, (min(b.x0 for b in got), min(b.y0 for b in got),
                                max(b.x1 for b in got), max(b.y1 for b in got))))
    return scores


def figure_counts(truth: dict, figures) -> Counter:
    """Photos drawn, photos the reader reports as a figure (IoU ≥ 0.9), and figures it reports."""
    photos = [box for boxes in truth["photos"].values() for box in boxes]
    found = sum(any(iou(box, (f.x0, f.y0, f.x1, f.y1)) >= 0.9 for f in figures) for box in photos)
    return Counter(photos=len(photos), **{"photos found": found, "figures": len(figures)})


# --- what the page does not show -------------------------------------------------------------


def hidden_starts(truth: dict) -> list[dict]:
    """The drawn lines opening a paragraph that the page does not show (pdfgen's `_hidden_start`):
    set flush, with no space over them, under a line of the same story that fills its measure —
    a paragraph opening at a column's top on a page without indents, or a caption's second part."""
    return [line for line in truth["drawn"] if line.get("hidden_start")]


def decidable_scores(truth: dict, page) -> Counter:
    """`accuracy.score_page`'s counts, with its text-alone ceiling replaced by the layout's: an
    article is undecidable when its truth holds a paragraph break the page does not show (no reader
    can set it but by luck), and "exact (decidable)" is the exact rate over the others."""
    counts = accuracy.score_page(truth, page)
    starts = hidden_starts(truth)
    undecidable = {line["article"] for line in starts}
    exact = [is_exact for _, _, is_exact in accuracy.match_articles(truth, page)]
    counts["undecidable"] = len(undecidable)
    counts["undecidable_boundaries"] = len(starts)
    counts["exact_decidable"] = sum(e for index, e in enumerate(exact) if index not in undecidable)
    counts["exact_undecidable"] = sum(e for index, e in enumerate(exact) if index in undecidable)
    return counts


# --- running ------------------------------------------------------------------------------


def evaluate(pages: list[dict], paths: list[str], show_faults: int = 0) -> dict:
    from banmian import rebuild

    counts = {name: Counter() for name in paths}
    faults: Counter = Counter()
    ious: list[float] = []
    text_paths = extractors([p for p in paths if p != "banmian"])
    failures: dict[str, list[str]] = {name: [] for name in paths}
    for truth in pages:
        if "banmian" in paths:
            try:
                source, page = banmian_page(truth["pdf"])
                lines = source.lines
                placed, found = lines_truth(truth, source)
                faults.update(found)
                faults.update(figure_counts(truth, page.figures))
                counts["banmian"].update(decidable_scores(placed, page))
                ious.extend(region_scores(placed, page))
                if show_faults and found["merged"]:
                    show_faults -= 1
                    _print_merged(truth, lines)
            except Exception as error:  # a crash is a result here
                failures["banmian"].append(f"{truth['name']}: {type(error).__name__}: {error}")
                counts["banmian"].update(pages=1, errors=1)
        for name, extract in text_paths.items():
            try:
                text = extract(truth["pdf"])
                placed = pdfgen.truth_for_text(truth, text)
                counts[name]["scored_lines"] += len(placed["lines"])
                counts[name]["drawn_lines"] += len(truth["drawn"])
                counts[name].update(accuracy.score_page(placed, rebuild(text)))
            except Exception as error:
                failures[name].append(f"{truth['name']}: {type(error).__name__}: {error}")
                counts[name].update(pages=1, errors=1)
    results = {}
    for name in [p for p in paths if p == "banmian" or p in text_paths]:
        summary = accuracy.summarize(counts[name])
        if name == "banmian":
            summary["reader"] = dict(faults)
            summary["region_iou_mean"] = sum(ious) / len(ious) if ious else None
            summary["region_iou_0.9"] = sum(v >= 0.9 for v in ious) / len(ious) if ious else None
            summary["lines_scored"] = 1.0
        else:
            c = counts[name]
            summary["lines_scored"] = c["scored_lines"] / c["drawn_lines"] if c["drawn_lines"] else None
        summary["failures"] = failures[name][:5]
        results[name] = summary
    return results


# --- why the layout path goes wrong ----------------------------------------------------------

_SENTENCE_END = re.compile(r"[。！？!?…；][”’」』）)]*$")


def diagnose(pages: list[dict]) -> tuple[Counter, Counter, dict]:
    """Wrong boundaries of the banmian path by what the layout shows around them, and why
    truth articles are not exact; with a few examples of each."""
    boundaries: Counter = Counter()
    articles: Counter = Counter()
    examples: dict[str, list[str]] = {}
    for truth in pages:
        source, page = banmian_page(truth["pdf"])
        lines = source.lines
        placed, _ = lines_truth(truth, source)
        style = truth["style"]
        by_number = {line.number: line for line in lines}
        numbers = [line.number for line in lines if line.number in accuracy.truth_keys(placed)]
        wanted = accuracy.boundary_classes(numbers, accuracy.truth_keys(placed))
        got = accuracy.boundary_classes(numbers, accuracy.page_keys(page))
        keys = accuracy.truth_keys(placed)
        for position, (want, have) in enumerate(zip(wanted, got)):
            if want == have:
                continue
            before, after = by_number[numbers[position]], by_number[numbers[position + 1]]
            label = f"{want} read as {have}: " + _situation(before, after, keys[after.number], style)
            boundaries[label] += 1
            shown = examples.setdefault(label, [])
            if len(shown) < 2:
                shown.append(f"{truth['name']}: {before.text[-14:]!r} | {after.text[:14]!r}")
        for wanted_article, article, exact in accuracy.match_articles(placed, page):
            if exact:
                continue
            if article is None:
                articles["no article shares its lines"] += 1
                continue
            head = accuracy.article_key(wanted_article["headline"], [])[0] == accuracy.article_key(article.headline, [])[0]
            want_paras = accuracy.article_key([], wanted_article["paragraphs"])[1]
            have_paras = accuracy.article_key([], article.paragraphs)[1]
            if "".join(want_paras) == "".join(have_paras):
                body = "paragraphs cut differently (same text)"
            elif "".join(have_paras).startswith("".join(want_paras)) or "".join(want_paras).startswith("".join(have_paras)):
                body = "text runs on into, or stops short of, the story's end"
            else:
                body = "other text differences"
            articles[("headline right, " if head else "headline wrong, ") + body] += 1
    return boundaries, articles, examples


def inexact(pages: list[dict]) -> list[str]:
    """Every truth article the banmian path does not rebuild exactly, with the reader lines where the
    truth and the rebuild disagree (a field, or the boundary before the line) and the lines around
    them: what to look at to tell the reader's faults from the rebuild's and the truth's own."""
    out = []
    for truth in pages:
        source, page = banmian_page(truth["pdf"])
        placed, _ = lines_truth(truth, source)
        wanted_keys, got_keys = accuracy.truth_keys(placed), accuracy.page_keys(page)
        by_number = {line.number: line for line in source.lines}
        for index, (wanted, article, exact) in enumerate(accuracy.match_articles(placed, page)):
            if exact:
                continue
            out.append(f"{truth['name']} article {index}: {''.join(wanted['headline'])[:40]!r}")
            if article is None:
                out.append("    no rebuilt article shares its lines")
                continue
            own = {n for n, key in wanted_keys.items() if key[0] == index} | set(article.source_lines)
            numbers = [line.number for line in source.lines if line.number in own]
            wanted_classes = accuracy.boundary_classes(numbers, wanted_keys)
            got_classes = accuracy.boundary_classes(numbers, got_keys)
            wrong = [position for position, number in enumerate(numbers)
                     if _field(wanted_keys.get(number)) != _field(got_keys.get(number))
                     or (position and wanted_classes[position - 1] != got_classes[position - 1])]
            shown = sorted({near for position in wrong for near in range(max(0, position - 1), position + 2)
                            if near < len(numbers)})
            for position in shown:
                number = numbers[position]
                out.append(("    ** " if position in wrong else "       ")
                           + _line_fact(by_number[number], wanted_keys.get(number), got_keys.get(number)))
            if not shown:
                out.append("    same lines and fields; the text differs (a character lost or changed)")
    return out


def _field(key: tuple | None) -> str | None:
    return key[1] if key else None


def _line_fact(line, want, got) -> str:
    box = line.bbox
    return (f"{line.number:4d} truth {want} rebuilt {got} {line.font_size:.1f}pt "
            f"x {box.x0:.0f}-{box.x1:.0f} y {box.y0:.0f}{' indent' if line.indent else ''}"
            f"{' gap' if line.gap_before else ''} | {line.text[:30]}")


def _situation(before, after, key: tuple, style: dict) -> str:
    """What the page shows at a boundary: column change, sentence end, full line, indent, type size."""
    facts = []
    if after.bbox.y0 < before.bbox.y0 - 1 or after.bbox.x0 > before.bbox.x1:
        facts.append("next column")
    elif after.gap_before:
        facts.append("white space between")
    facts.append("after a sentence end" if _SENTENCE_END.search(before.text) else "mid-sentence")
    full = before.bbox.x1 - before.bbox.x0 >= style["column_width"] - 1.5 * style["body"]
    facts.append("full line before" if full else "short line before")
    if after.indent:
        facts.append("indented")
    if after.font_size and after.font_size >= 1.25 * style["body"]:
        facts.append("display type")
    facts.append(f"truth field {key[1]}")
    return ", ".join(facts)


def _print_merged(truth: dict, lines) -> None:
    placed, _ = pdfgen.truth_for_lines(truth, lines)
    print(f"-- {truth['name']} ({truth['source']}): lines holding more than one typeset line", file=sys.stderr)
    for line in lines:
        box = line.bbox
        middle = (box.y0 + box.y1) / 2
        hits = [d for d in truth["drawn"] if d["box"][1] <= middle <= d["box"][3]
                and min(d["box"][2], box.x1) - max(d["box"][0], box.x0) > 0.5 * d["size"]]
        if len({(d["article"], d["field"], d["block"]) for d in hits}) > 1:
            print(f"   {line.number}: {line.text[:50]}", file=sys.stderr)


def speed(pdfs: list[bytes], paths: list[str]) -> dict:
    """Pages per second from PDF bytes to a rebuilt `Page`, each path over all pages."""
    from banmian import rebuild

    out = {}
    for name in paths:
        if name == "banmian":
            run = banmian_page
        else:
            extract = extractors([name]).get(name)
            if extract is None:
                continue

            def run(pdf, extract=extract):
                return rebuild(extract(pdf))
        start, cpu = time.perf_counter(), _cpu_seconds()
        for pdf in pdfs:
            run(pdf)
        wall, cpu = time.perf_counter() - start, _cpu_seconds() - cpu
        out[name] = {"pages_per_s": len(pdfs) / cpu, "ms_per_page": 1000 * cpu / len(pdfs),
                     "pages_per_s_wall": len(pdfs) / wall}
    return out


def _cpu_seconds() -> float:
    """CPU time of this process and the tools it ran: on a shared machine, what one core spends."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


_ROWS = accuracy._ROWS[:2] + (("lines scored", "lines_scored", "%"),) + accuracy._ROWS[2:] + (
    ("region IoU (mean)", "region_iou_mean", "%"),
    ("region IoU ≥ 0.9", "region_iou_0.9", "%"),
)


def table(results: dict, timing: dict) -> str:
    heads = ["metric"] + list(results)
    rows = [[label.replace("(text alone)", "(input shows)")] + [accuracy._cell(summary.get(key), unit)
                                                               for summary in results.values()]
            for label, key, unit in _ROWS]
    rows.append(["pages/CPU-s (read + rebuild)"] + [f"{timing[n]['pages_per_s']:.1f}" if n in timing else "—"
                                                      for n in results])
    rows.append(["pages/s wall-clock"] + [f"{timing[n]['pages_per_s_wall']:.1f}" if n in timing else "—"
                                           for n in results])
    widths = [max(len(row[i]) for row in [heads] + rows) for i in range(len(heads))]

    def line(cells):
        return "| " + " | ".join(cell.ljust(width) for cell, width in zip(cells, widths)) + " |"

    return "\n".join([line(heads), "|" + "|".join("-" * (w + 2) for w in widths) + "|"] + [line(r) for r in rows])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test"), default="test")
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--paths", default=",".join(PATHS), help="comma-separated, from " + ", ".join(PATHS))
    parser.add_argument("--faults", type=int, default=0, metavar="N",
                        help="print the merged lines of the first N pages that have some")
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--diagnose", action="store_true",
                        help="banmian path only: count wrong boundaries by the layout around them")
    parser.add_argument("--inexact", action="store_true",
                        help="banmian path only: list every article not rebuilt exactly, with the lines that differ")
    parser.add_argument("--vertical", action="store_true", help="pages set in vertical type (竖排)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    paths = [p for p in args.paths.split(",") if p]
    unknown = [p for p in paths if p not in PATHS]
    if unknown:
        parser.error(f"unknown path(s): {', '.join(unknown)}")
    shared = accuracy.SHARED
    if not (shared / "corpus" / "news_articles.jsonl").is_file():
        print(f"{shared}: no corpus there; nothing to benchmark", file=sys.stderr)
        return 2

    start = time.perf_counter()
    pages = pdfgen.generate(shared, args.split, args.count, args.seed, vertical=args.vertical)
    made = time.perf_counter() - start
    if args.inexact:
        listed = inexact(pages)
        print("\n".join(listed))
        print(f"# {sum(not line.startswith(' ') for line in listed)} articles not exact on {len(pages)} "
              f"{args.split} pages (seed {args.seed})")
        return 0
    if args.diagnose:
        boundaries, articles, examples = diagnose(pages)
        print(f"# banmian on {len(pages)} {args.split} pages (seed {args.seed}): wrong boundaries\n")
        for label, count in boundaries.most_common():
            print(f"{count:5d}  {label}    e.g. {' / '.join(examples[label])}")
        print("\n# truth articles not exact\n")
        for label, count in articles.most_common():
            print(f"{count:5d}  {label}")
        return 0
    results = evaluate(pages, paths, args.faults)
    timing = {} if args.no_speed else speed([p["pdf"] for p in pages], paths)
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    if args.json:
        print(json.dumps({"results": results, "speed": timing}, ensure_ascii=False, indent=2))
        return 0
    faces = sorted({p["style"]["body_face"] for p in pages} | {p["style"]["head_face"] for p in pages})
    print(f"# PDF accuracy: {len(pages)} generated {args.split} pages{' set vertically' * args.vertical}"
          f" (seed {args.seed}; faces {', '.join(faces)};"
          f" generated in {made:.0f} s; {cpus} CPU(s) allowed)\n")
    print(table(results, timing))
    for name, summary in results.items():
        print(f"\n{name} boundaries:\n{accuracy.confusion_table(summary['confusion'])}")
        if name == "banmian":
            print(f"reader: {json.dumps(summary['reader'])}")
        for failure in summary["failures"][:3]:
            print(f"{name} crashed: {failure}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
