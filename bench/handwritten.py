"""Hand-written pages: how many of their articles banmian rebuilds exactly.

    python bench/handwritten.py [DIR ...] [-v] [--json]

Each page under bench/pages/ (or the folders given) is a `NAME.txt` written by
hand in the style of a real paper, beside `NAME.json`, its truth: the articles
as printed (`headline`, `paragraphs`, `byline`, `continued_on`,
`continued_from`, `kind`), with `form` (fragments or wrapped) and `style`.
Unlike bench/pagegen.py's pages these are not drawn from the corpus, so they
hold the layouts a generator does not make; they were read while the rebuild
was fixed, so they measure development, not a held-out score.

An article is exact when some rebuilt article has its headline and paragraphs
(whitespace ignored); its byline and jumps are compared with that article's.
`-v` lists each inexact article beside the rebuilt article nearest to it;
`--json` prints each article's outcome (`FILE#INDEX`), to compare two trees.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
PAGES = BENCH / "pages"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

from accuracy import article_key, bylines_agree, has_names, page_jumps, truth_jumps  # noqa: E402

import banmian  # noqa: E402
from banmian.model import Article, Page  # noqa: E402


@dataclass
class Outcome:
    page: Path
    index: int
    wanted: dict
    exact: Article | None
    nearest: Article | None


def page_files(folders: list[Path]) -> list[Path]:
    """The hand-written pages under the folders, each a .txt with its .json truth."""
    return sorted(text for folder in folders for text in folder.rglob("*.txt")
                  if text.with_suffix(".json").exists())


def _joined(headline, paragraphs) -> str:
    return "\n".join([*headline, *paragraphs])


def _nearest(wanted: dict, page: Page) -> Article | None:
    text = _joined(wanted["headline"], wanted["paragraphs"])
    ratio = lambda article: difflib.SequenceMatcher(  # noqa: E731
        None, text, _joined(article.headline, article.paragraphs), autojunk=False).ratio()
    return max(page.articles, key=ratio, default=None)


def load_truth(text_path: Path) -> dict:
    return json.loads(text_path.with_suffix(".json").read_text(encoding="utf-8"))


def page_outcomes(text_path: Path, truth: dict, *, nearest: bool = False) -> list[Outcome]:
    page = banmian.rebuild(text_path.read_text(encoding="utf-8"))
    by_key = {article_key(a.headline, a.paragraphs): a for a in page.articles}
    outcomes = []
    for index, wanted in enumerate(truth["articles"]):
        exact = by_key.get(article_key(wanted["headline"], wanted["paragraphs"]))
        near = _nearest(wanted, page) if nearest and exact is None else None
        outcomes.append(Outcome(text_path, index, wanted, exact, near))
    return outcomes


def tally(outcomes: list[Outcome]) -> Counter:
    """Articles and exact ones; bylines and jumps over the exact ones that have them."""
    counts: Counter = Counter()
    for outcome in outcomes:
        counts["articles"] += 1
        if outcome.exact is None:
            continue
        counts["exact"] += 1
        if has_names(outcome.wanted):
            counts["named"] += 1
            counts["named_agree"] += bylines_agree(outcome.wanted, outcome.exact)
        if truth_jumps(outcome.wanted) != (None, None):
            counts["jumped"] += 1
            counts["jumped_agree"] += page_jumps(outcome.exact) == truth_jumps(outcome.wanted)
    return counts


def table(groups: dict[tuple[str, str], Counter]) -> str:
    rows = ["| pages | form | articles | exact | bylines right (exact, named) | jumps right (exact, jumped) |",
            "|---|---|---|---|---|---|"]
    total: Counter = Counter()
    for (folder, form), counts in sorted(groups.items()):
        total += counts
        rows.append(_row(folder, form, counts))
    rows.append(_row("**all**", "", total))
    return "\n".join(rows)


def _row(folder: str, form: str, c: Counter) -> str:
    share = f"{c['exact']} ({100 * c['exact'] / c['articles']:.1f} %)" if c["articles"] else "0"
    return (f"| {folder} | {form} | {c['articles']} | {share} | {c['named_agree']} of {c['named']} "
            f"| {c['jumped_agree']} of {c['jumped']} |")


def describe(outcome: Outcome) -> str:
    wanted = outcome.wanted
    head = f"{outcome.page.name}#{outcome.index} {' / '.join(wanted['headline']) or '(no headline)'}"
    if outcome.nearest is None:
        return f"{head}\n  (no article rebuilt)"
    got = outcome.nearest
    diff = difflib.unified_diff(
        [*("H " + h for h in wanted["headline"]), *("P " + p for p in wanted["paragraphs"])],
        [*("H " + h for h in got.headline), *("P " + p for p in got.paragraphs)],
        "truth", "banmian", lineterm="", n=0)
    return head + "\n" + "\n".join("  " + line for line in diff)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, default=[PAGES])
    parser.add_argument("-v", "--verbose", action="store_true", help="show each inexact article")
    parser.add_argument("--json", action="store_true", help="each article's outcome as JSON")
    args = parser.parse_args(argv)
    files = page_files(args.folders)
    if not files:
        print(f"no hand-written pages (NAME.txt beside NAME.json) under {', '.join(map(str, args.folders))}",
              file=sys.stderr)
        return 2
    groups: dict[tuple[str, str], Counter] = {}
    results: dict[str, bool] = {}
    for text_path in files:
        truth = load_truth(text_path)
        outcomes = page_outcomes(text_path, truth, nearest=args.verbose)
        key = (text_path.parent.name, truth.get("form", "?"))
        groups[key] = groups.get(key, Counter()) + tally(outcomes)
        for outcome in outcomes:
            results[f"{text_path.parent.name}/{text_path.name}#{outcome.index}"] = outcome.exact is not None
            if args.verbose and outcome.exact is None:
                print(describe(outcome), end="\n\n")
    print(json.dumps(results, ensure_ascii=False, indent=0) if args.json else table(groups))
    return 0


if __name__ == "__main__":
    sys.exit(main())
