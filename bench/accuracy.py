"""Accuracy benchmark: how well a rebuilder places lines and rebuilds articles.

    python bench/accuracy.py [--split dev|test] [--count 200] [--seed 0]
                             [--rebuilder banmian|naive|both] [--json]

Scores the real sample page (truth in bench/truth/, text in ../shared/samples/)
and pages made by bench/pagegen.py.  A truth is a dict as pagegen makes it:
`text`, `form`, `lines` (one placement per non-blank line) and `articles`.

Metrics, each counted over all pages and then divided:

* boundary accuracy – each pair of consecutive non-blank lines is classed
  `join` (same paragraph/headline line), `paragraph` (same article, new unit),
  `article` (new article) or `dropped` (the second line is furniture or a
  jump); a line the rebuilder did not place is `missing`, always wrong;
* article exact – a truth article whose headline and paragraphs some predicted
  article has exactly (whitespace ignored), and the reverse count;
* articles segmented – a truth article none of whose lines sits at a wrong
  boundary: the right lines, cut and joined right, whatever characters a
  reader (OCR) got wrong inside them;
* boundary ceiling – the share of boundaries that the text alone can settle
  (an estimate, see `undecidable_boundaries`);
* exact ceiling – the share of truth articles without a boundary that the
  text alone cannot settle: a text rule passes it only by luck; articles
  exact (decidable) is the exact rate on those articles, and (undecidable)
  on the others, the luck;
* byline / jump / kind / dateline agreement – per truth article, against the
  exactly matching predicted article, else the one sharing most input lines.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Callable, Iterable

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
SHARED = Path(os.environ.get("BANMIAN_SHARED", REPO.parent / "shared"))
SAMPLE_TRUTH = BENCH / "truth" / "wenling-page1.json"

if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

from banmian.model import Article, Page, Placement  # noqa: E402
from banmian.read.text import split_lines  # noqa: E402
from banmian.rebuild.assemble import assemble  # noqa: E402
from banmian.rebuild.patterns import ends_sentence  # noqa: E402

Rebuilder = Callable[[str], Page]

CLASSES = ("join", "paragraph", "article", "dropped")
MISSING = "missing"
ROLES = ("reporters", "correspondents", "photographers", "interns")
_DROPPED_FIELDS = ("furniture", "jump")
_WHITESPACE = re.compile(r"\s+")


# --- truths -----------------------------------------------------------------


def load_sample(shared: Path = SHARED, truth_path: Path = SAMPLE_TRUTH) -> dict:
    """The sample page as a truth dict; the truth file holds labels, never page text."""
    labels = json.loads(truth_path.read_text(encoding="utf-8"))
    text = (shared / labels["source"]).read_text(encoding="utf-8")
    return truth_from_labels(text, labels, name=Path(labels["source"]).stem)


def truth_from_labels(text: str, labels: dict, name: str = "page") -> dict:
    """A truth dict from hand labels: article texts are made by `assemble` from the lines."""
    lines = split_lines(text)
    articles = []
    for index, label in enumerate(labels["articles"]):
        placements = [_placement(entry) for entry in labels["lines"] if entry["article"] == index]
        (built,) = assemble(lines, placements).articles
        articles.append({**label, "headline": built.headline, "paragraphs": built.paragraphs})
    return {
        "name": name,
        "split": "sample",
        "form": "sample",
        "text": text,
        "paper": labels.get("paper"),
        "date": labels.get("date"),
        "page": labels.get("page"),
        "lines": labels["lines"],
        "articles": articles,
        "furniture": labels.get("furniture", []),
    }


# Column widths (in full-width characters) and indents the sample is re-wrapped at.
SAMPLE_WRAPS = ((13.5, "\u3000\u3000"), (18.6, "\u3000\u3000"), (24.2, "\u3000\u3000"),
                (13.5, ""), (18.6, ""), (24.2, ""))
SAMPLE_COLUMN_LINES = 25


def rewrapped_sample(sample: dict, width: float, indent: str) -> dict:
    """The real sample page laid out again as pdftotext gives it: hard-wrapped lines,
    paragraphs indented (or not), a blank line every column, headlines between blank lines.

    Real text in the second input form, with the same truth.
    """
    import pagegen

    keys = truth_keys(sample)
    source = sample["text"].split("\n")
    units: list[tuple[Key, str]] = []
    for number in sorted(keys):
        key = keys[number]
        if units and units[-1][0] == key and key[1] not in _ONE_LINE_FIELDS:
            units[-1] = (key, units[-1][1] + source[number].strip())
        else:
            units.append((key, source[number].strip()))
    out: list[str] = []
    labels: list[dict] = []
    printed = 0

    def emit(text: str, key: Key) -> None:
        labels.append({"n": len(out), "article": key[0], "field": key[1], "block": key[2]})
        out.append(text)

    for key, text in units:
        if key[1] == "headline":
            out.append("")
            emit(text, key)
            out.append("")
            continue
        if key[1] != "paragraph" and key[1] != "caption":
            emit(text, key)
            continue
        for k, piece in enumerate(pagegen.wrap(text, width, 2 if indent else 0)):
            emit((indent if k == 0 else "") + piece, key)
            printed += 1
            if printed % SAMPLE_COLUMN_LINES == 0:
                out.append("")
    form = f"wrapped {width:g}{' indented' if indent else ''}"
    return {**sample, "name": f"{sample['name']} ({form})", "form": "sample wrapped",
            "text": "\n".join(out), "lines": labels}


_ONE_LINE_FIELDS = ("headline", "jump", "credit", "byline", "furniture")


def generated(split: str, count: int, seed: int, shared: Path = SHARED, flush_subheads: bool = False) -> list[dict]:
    import pagegen  # bench/pagegen.py, found through the bench dir on sys.path

    return pagegen.generate(shared, split, count, seed, flush_subheads)


def _placement(entry: dict) -> Placement:
    return Placement(entry["n"], entry["article"], entry["field"], entry["block"])


# --- boundaries -------------------------------------------------------------

Key = tuple  # (article, field, block)


def truth_keys(truth: dict) -> dict[int, Key]:
    return {entry["n"]: (entry["article"], entry["field"], entry["block"]) for entry in truth["lines"]}


def page_keys(page: Page) -> dict[int, Key]:
    return {p.line: (p.article, p.field, p.block) for p in page.placements}


def _dropped(key: Key) -> bool:
    return key[0] is None or key[1] in _DROPPED_FIELDS


def boundary_classes(numbers: list[int], keys: dict[int, Key]) -> list[str]:
    """The class of the boundary before each line but the first (see module doc).

    Furniture and jump lines are looked through, so a story that goes on
    after a furniture line still counts as `join` or `paragraph`.
    """
    classes = []
    kept = None  # key of the nearest earlier line that is neither furniture nor jump
    for position, number in enumerate(numbers):
        key = keys.get(number)
        if position:
            classes.append(_boundary(key, kept))
        if key is not None and not _dropped(key):
            kept = key
    return classes


def _boundary(key: Key | None, kept: Key | None) -> str:
    if key is None:
        return MISSING
    if _dropped(key):
        return "dropped"
    if kept is None or kept[0] != key[0]:
        return "article"
    return "join" if kept == key else "paragraph"


# --- articles ---------------------------------------------------------------


def _squash(text: str | None) -> str | None:
    return None if text is None else _WHITESPACE.sub("", text)


def article_key(headline: Iterable[str], paragraphs: Iterable[str]) -> tuple:
    return tuple(_squash(h) for h in headline), tuple(_squash(p) for p in paragraphs)


def _article_lines(truth: dict) -> dict[int, set[int]]:
    """The input lines of each truth article, by its index."""
    lines_of: dict[int, set[int]] = {}
    for entry in truth["lines"]:
        if entry["article"] is not None:
            lines_of.setdefault(entry["article"], set()).add(entry["n"])
    return lines_of


def match_articles(truth: dict, page: Page) -> list[tuple[dict, Article | None, bool]]:
    """(truth article, its predicted article or None, whether it matches exactly)."""
    lines_of = _article_lines(truth)
    predicted = [(article, article_key(article.headline, article.paragraphs), set(article.source_lines))
                 for article in page.articles]
    matches = []
    for index, wanted in enumerate(truth["articles"]):
        key = article_key(wanted["headline"], wanted["paragraphs"])
        own = lines_of.get(index, set())
        exact = [(a, lines) for a, k, lines in predicted if k == key]
        candidates = exact or [(a, lines) for a, _, lines in predicted if lines & own]
        if not candidates:
            matches.append((wanted, None, False))
            continue
        best, _ = max(candidates, key=lambda pair: len(pair[1] & own))
        matches.append((wanted, best, bool(exact)))
    return matches


def _names(names: Iterable[str]) -> set[str]:
    return {_squash(name) for name in names}


def bylines_agree(wanted: dict, article: Article) -> bool:
    byline = wanted.get("byline") or {}
    return all(_names(byline.get(role, [])) == _names(getattr(article.byline, role)) for role in ROLES)


def has_names(wanted: dict) -> bool:
    byline = wanted.get("byline") or {}
    return any(byline.get(role) for role in ROLES)


def truth_jumps(wanted: dict) -> tuple:
    return wanted.get("continued_on"), wanted.get("continued_from")


def page_jumps(article: Article) -> tuple:
    return article.continued_on, article.continued_from


_NO_JUMP = (None, None)


# --- scoring ----------------------------------------------------------------


def score_page(truth: dict, page: Page) -> Counter:
    """Raw counts for one page; `summarize` turns summed counts into rates."""
    counts: Counter = Counter(pages=1)
    numbers = sorted(entry["n"] for entry in truth["lines"])
    keys = truth_keys(truth)
    wanted_classes = boundary_classes(numbers, keys)
    got_classes = boundary_classes(numbers, page_keys(page))
    wrong_lines: set[int] = set()
    for position, (wanted, got) in enumerate(zip(wanted_classes, got_classes)):
        counts[("boundary", wanted, got)] += 1
        if wanted != got:
            wrong_lines.update(numbers[position:position + 2])
    counts["segmented"] += sum(not (lines & wrong_lines) for lines in _article_lines(truth).values())
    undecidable_pairs = undecidable_boundaries(truth)
    undecidable = {keys[left][0] for left, _ in undecidable_pairs}
    counts["undecidable"] += len(undecidable)
    counts["undecidable_boundaries"] += len(undecidable_pairs)

    truth_set = {article_key(a["headline"], a["paragraphs"]) for a in truth["articles"]}
    counts["predicted"] += len(page.articles)
    counts["predicted_exact"] += sum(article_key(a.headline, a.paragraphs) in truth_set for a in page.articles)

    for index, (wanted, article, exact) in enumerate(match_articles(truth, page)):
        counts["articles"] += 1
        counts["named"] += has_names(wanted)
        jumps = truth_jumps(wanted)
        counts["jumped"] += jumps != _NO_JUMP
        if article is None:
            continue
        counts["exact"] += exact
        counts["exact_decidable"] += exact and index not in undecidable
        counts["exact_undecidable"] += exact and index in undecidable
        counts["matched"] += 1
        agree = bylines_agree(wanted, article)
        counts["byline_agree"] += agree
        counts["named_agree"] += agree and has_names(wanted)
        got = page_jumps(article)
        counts["jump_agree"] += got == jumps
        counts["jumped_agree"] += got == jumps and jumps != _NO_JUMP
        counts["false_jumps"] += got != _NO_JUMP and jumps == _NO_JUMP
        counts["kind_agree"] += wanted.get("kind", "article") == article.kind
        counts["dateline_agree"] += _squash(wanted.get("dateline")) == _squash(article.dateline)
    return counts


def undecidable_boundaries(truth: dict) -> list[tuple[int, int]]:
    """The pairs of input lines whose boundary the text alone cannot settle (an estimate).

    Two boundaries read exactly like their opposite:

    * among unindented fragments, a column cut right after a sentence end
      (a new fragment either way);
    * on a page without indents, a paragraph that ends a sentence on a line
      the generator would have ended there even had the paragraph gone on
      (`pagegen.wrap` of the line and the next one gives the line back): the
      next line starts flush either way.

    A rule reading only the characters can take the more common reading (a
    new paragraph, a line running on) or guess from how the next line opens;
    an article holding the other is exact only by such luck, so their share
    estimates a ceiling for every text rule.  Measured pages (PDF, scans)
    show column edges and spaces, so none is counted there.
    """
    import pagegen  # bench/pagegen.py, found through the bench dir on sys.path

    fragments = truth.get("form") in ("fragments", "sample")
    if "text" not in truth or not (fragments or truth.get("form") in ("wrapped", "sample wrapped")):
        return []
    lines = truth["text"].split("\n")
    if any(line[:1] in ("\u3000", " ") and line.strip() for line in lines):
        return []
    keys = truth_keys(truth)
    numbers = sorted(keys)
    jump_lines = {entry["n"] for entry in truth["lines"] if entry.get("jump_text")}
    widths = _column_widths(lines, keys, jump_lines)
    found = []
    for left, right in zip(numbers, numbers[1:]):
        above, below = keys[left], keys[right]
        if above[0] is None or above[0] != below[0] or {above[1], below[1]} != {"paragraph"}:
            continue
        text = lines[left].strip()
        if not ends_sentence(text):
            continue
        if fragments:
            undecidable = above == below
        else:
            following = lines[right].strip()
            undecidable = above != below and pagegen.wrap(text + following, widths[above[0]])[0] == text
        if undecidable:
            found.append((left, right))
    return found


def _column_widths(lines: list[str], keys: dict[int, Key], skip: set[int]) -> dict[int, float]:
    """Each article's column width: its widest paragraph line, less the marks hung past the edge."""
    import pagegen

    widths: dict[int, float] = {}
    for number, key in keys.items():
        if key[0] is not None and key[1] == "paragraph" and number not in skip:
            inside = pagegen.text_width(lines[number].strip().rstrip(pagegen.NO_LINE_START))
            widths[key[0]] = max(widths.get(key[0], 0.0), inside)
    return widths


def _rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def summarize(counts: Counter) -> dict:
    confusion: dict[str, dict[str, int]] = {}
    for key, value in counts.items():
        if isinstance(key, tuple) and key[0] == "boundary":
            confusion.setdefault(key[1], {})[key[2]] = value
    boundaries = sum(sum(row.values()) for row in confusion.values())
    right = sum(row.get(wanted, 0) for wanted, row in confusion.items())
    c = counts
    return {
        "pages": c["pages"],
        "errors": c["errors"],
        "boundaries": boundaries,
        "boundary_accuracy": _rate(right, boundaries),
        "confusion": confusion,
        "articles": c["articles"],
        "articles_exact": c["exact"],
        "article_exact": _rate(c["exact"], c["articles"]),
        "articles_undecidable": c["undecidable"],
        "exact_ceiling": _rate(c["articles"] - c["undecidable"], c["articles"]),
        "boundary_ceiling": _rate(boundaries - c["undecidable_boundaries"], boundaries),
        "article_exact_decidable": _rate(c["exact_decidable"], c["articles"] - c["undecidable"]),
        "article_exact_undecidable": _rate(c["exact_undecidable"], c["undecidable"]),
        "articles_segmented": c["segmented"],
        "article_segmented": _rate(c["segmented"], c["articles"]),
        "predicted_articles": c["predicted"],
        "predicted_exact": c["predicted_exact"],
        "predicted_exact_rate": _rate(c["predicted_exact"], c["predicted"]),
        "matched": c["matched"],
        "bylines_agree": c["byline_agree"],
        "byline_agreement": _rate(c["byline_agree"], c["matched"]),
        "named": c["named"],
        "byline_agreement_named": _rate(c["named_agree"], c["named"]),
        "jumps_agree": c["jump_agree"],
        "jump_agreement": _rate(c["jump_agree"], c["matched"]),
        "jumped": c["jumped"],
        "jump_agreement_jumped": _rate(c["jumped_agree"], c["jumped"]),
        "false_jumps": c["false_jumps"],
        "kind_agreement": _rate(c["kind_agree"], c["matched"]),
        "dateline_agreement": _rate(c["dateline_agree"], c["matched"]),
    }


def evaluate(truths: Iterable[dict], rebuilder: Rebuilder) -> dict:
    """Score `rebuilder` on `truths`: {"overall", "by_form": {form: …}, "failures"}.

    A page the rebuilder fails on scores as an empty page (every line missing).
    """
    overall: Counter = Counter()
    by_form: dict[str, Counter] = {}
    failures: list[str] = []
    for truth in truths:
        try:
            page = rebuilder(truth["text"])
            counts = score_page(truth, page)
        except Exception as error:  # a crash is a result here, not a bench failure
            failures.append(f"{truth.get('name', '?')}: {type(error).__name__}: {error}")
            counts = score_page(truth, Page())
            counts["errors"] += 1
        overall.update(counts)
        by_form.setdefault(truth.get("form", "?"), Counter()).update(counts)
    return {
        "overall": summarize(overall),
        "by_form": {form: summarize(counts) for form, counts in sorted(by_form.items())},
        "failures": failures,
    }


# --- command line -----------------------------------------------------------


def rebuilders(name: str) -> dict[str, Rebuilder]:
    chosen = {}
    if name in ("naive", "both"):
        from naive import naive_rebuild

        chosen["naive"] = naive_rebuild
    if name in ("banmian", "both"):
        from banmian import rebuild

        chosen["banmian"] = rebuild
    return chosen


_ROWS = (
    ("pages", "pages", "n"),
    ("boundary accuracy", "boundary_accuracy", "%"),
    ("articles exact", "article_exact", "%"),
    ("articles segmented", "article_segmented", "%"),
    ("boundary ceiling (text alone)", "boundary_ceiling", "%"),
    ("exact ceiling (text alone)", "exact_ceiling", "%"),
    ("articles exact (decidable)", "article_exact_decidable", "%"),
    ("articles exact (undecidable)", "article_exact_undecidable", "%"),
    ("predicted exact", "predicted_exact_rate", "%"),
    ("bylines agree", "byline_agreement", "%"),
    ("bylines agree (named)", "byline_agreement_named", "%"),
    ("jumps agree", "jump_agreement", "%"),
    ("jumps agree (jumped)", "jump_agreement_jumped", "%"),
    ("false jumps", "false_jumps", "n"),
    ("kind agree", "kind_agreement", "%"),
    ("dateline agree", "dateline_agreement", "%"),
    ("crashed pages", "errors", "n"),
)


def _cell(value, unit: str) -> str:
    if value is None:
        return "—"
    return f"{100 * value:.1f}" if unit == "%" else str(value)


def table(columns: dict[str, dict]) -> str:
    """A markdown table: one row per metric, one column per (rebuilder, scope)."""
    heads = ["metric"] + list(columns)
    rows = [[label] + [_cell(summary[key], unit) for summary in columns.values()] for label, key, unit in _ROWS]
    widths = [max(len(row[i]) for row in [heads] + rows) for i in range(len(heads))]

    def line(cells):
        return "| " + " | ".join(cell.ljust(width) for cell, width in zip(cells, widths)) + " |"

    return "\n".join([line(heads), "|" + "|".join("-" * (w + 2) for w in widths) + "|"] + [line(r) for r in rows])


def confusion_table(confusion: dict[str, dict[str, int]]) -> str:
    got = list(CLASSES) + [MISSING]
    lines = ["truth \\ got".ljust(12) + "".join(g.rjust(11) for g in got)]
    for wanted in CLASSES:
        row = confusion.get(wanted, {})
        lines.append(wanted.ljust(12) + "".join(str(row.get(g, 0)).rjust(11) for g in got))
    return "\n".join(lines)


def sample_line(summary: dict) -> str:
    n = summary["articles"]
    return (f"articles exactly right {summary['articles_exact']}/{n}, "
            f"bylines {summary['bylines_agree']}/{n}, jumps {summary['jumps_agree']}/{n}")


def _junctions_for(pages: list[dict], forget: bool):
    if not forget:
        return contextlib.nullcontext()
    import train_junctions  # bench/train_junctions.py

    return train_junctions.forgetting(pages)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--rebuilder", choices=("banmian", "naive", "both"), default="both")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--flush-subheads", action="store_true",
                        help="the variant pages whose wrapped subheads are mostly set flush, as print sets them")
    parser.add_argument("--forget-junctions", action="store_true",
                        help="on dev pages: score with junction, fragment and sentence-end models trained without their articles")
    args = parser.parse_args(argv)

    if not SHARED.is_dir():
        print(f"{SHARED} not found: the sample page and corpus live there", file=sys.stderr)
        return 2
    sample = [load_sample()]
    rewrapped = [rewrapped_sample(sample[0], width, indent) for width, indent in SAMPLE_WRAPS]
    try:
        pages = generated(args.split, args.count, args.seed, flush_subheads=args.flush_subheads) if args.count > 0 else []
    except ImportError as error:
        print(f"no generated pages ({error}); scoring the sample page only", file=sys.stderr)
        pages = []

    with _junctions_for(pages, args.forget_junctions):
        results = {name: {"sample": evaluate(sample, rebuilder), "rewrapped": evaluate(rewrapped, rebuilder),
                          "generated": evaluate(pages, rebuilder)}
                   for name, rebuilder in rebuilders(args.rebuilder).items()}
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
        return 0

    columns = {}
    for name, result in results.items():
        columns[f"{name} sample"] = result["sample"]["overall"]
        columns[f"{name} sample re-wrapped"] = result["rewrapped"]["overall"]
        if pages:
            for form, summary in result["generated"]["by_form"].items():
                columns[f"{name} {form}"] = summary
            columns[f"{name} all"] = result["generated"]["overall"]
    print(f"# accuracy: sample page + {len(pages)} generated {args.split} pages (seed {args.seed})\n")
    print(table(columns))
    for name, result in results.items():
        print(f"\n{name} on the sample page: {sample_line(result['sample']['overall'])}")
        print(f"{name} on the sample re-wrapped 6 ways (3 widths, with and without indents): "
              f"{sample_line(result['rewrapped']['overall'])}")
        if pages:
            print(f"{name} boundaries on generated pages:\n{confusion_table(result['generated']['overall']['confusion'])}")
        for failure in (result["sample"]["failures"] + result["generated"]["failures"])[:3]:
            print(f"{name} crashed: {failure}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
