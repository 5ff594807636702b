"""A digest of the names a source tree's tagger finds, to show that a speed change leaves them alone.

    python bench/names_digest.py TREE [PAGES]

TREE is a checkout whose `src` is imported (this one, or a `git worktree` of another commit).
Four digests, each a SHA-1 of what the tagger gives, printed with how many names it covers:

- the tagger's spans (`predict`, before any rule) of every sentence of the People's Daily dev split
  (../shared/corpus/ner/), one text per 50 sentences joined by newlines;
- the tagger's scores (`text_scores`, float32, before decoding) of the 40 real People's Daily pages
  that `enrich_bench.py speed` times (../shared/corpus/news_articles.jsonl), a page's articles
  joined by newlines as `enrich_page` tags them;
- `enrich_page`'s entities (text, type, offsets, canonical form, title, role, group) of those pages;
- the same for every PAGES/*.txt page (e.g. `python bench/pagegen.py --split dev --count 300
  --seed 0 --out PAGES`), rebuilt with TREE's rebuild.

Two trees with the same four lines tag alike.  Skips, with a message, without ../shared.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared" / "corpus"


def digest(items) -> str:
    return hashlib.sha1(repr(items).encode("utf-8")).hexdigest()[:16]


def page_entities(pages) -> list:
    from banmian.enrich import enrich_page

    return [[(e.text, e.type, e.start, e.end, e.canonical, e.title, e.role, e.group) for e in article.entities]
            for page in pages for article in enrich_page(page).articles]


def main() -> None:
    tree = Path(sys.argv[1]).resolve()
    sys.path[:0] = [str(tree / "src"), str(tree / "bench")]
    if not SHARED.exists():
        print(f"{SHARED} is absent: nothing to compare")
        return
    from banmian import rebuild
    from banmian.enrich.tagger import code_points, feature_buckets, packaged_lexicon, packaged_model, predict, text_scores
    from banmian.model import Article, Page
    from train_ner import read_bio

    print("tagger:", sys.modules["banmian.enrich.tagger"].__file__)
    sentences = [text for text, _ in read_bio(SHARED / "ner" / "peoples_daily_1998_ner.example.dev")]
    texts = ["\n".join(sentences[k:k + 50]) for k in range(0, len(sentences), 50)]
    spans = [predict(text, packaged_model(), packaged_lexicon()) for text in texts]
    print(f"dev split, tagger spans      {digest(spans)}  ({sum(map(len, spans))} names, {len(sentences)} sentences)")

    by_page: dict[str, list[Article]] = {}
    dates = {}
    with (SHARED / "news_articles.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if row["id"].startswith("rmrb-") and row.get("page"):
                key = f"{row['date']}-{row['page']}"
                dates[key] = row["date"]
                by_page.setdefault(key, []).append(Article(id=row["id"], headline=[row["title"]], paragraphs=row["paragraphs"]))
    real_pages = [Page(date=dates[k], articles=v) for k, v in sorted(by_page.items())[:40]]
    scores = hashlib.sha1()
    for page in real_pages:
        text = "\n".join(article.text() for article in page.articles)
        scores.update(text_scores(code_points(text), feature_buckets(text, packaged_lexicon()), packaged_model()).tobytes())
    print(f"40 real pages, tag scores    {scores.hexdigest()[:16]}  (float32, every character and tag)")
    real = page_entities(real_pages)
    print(f"40 real pages, entities      {digest(real)}  ({sum(map(len, real))} names, {len(real)} articles)")

    if len(sys.argv) > 2:
        paths = sorted(Path(sys.argv[2]).glob("*.txt"))
        made = page_entities([rebuild(path.read_text(encoding="utf-8")) for path in paths])
        print(f"{len(paths)} generated pages, entities {digest(made)}  ({sum(map(len, made))} names, {len(made)} articles)")


if __name__ == "__main__":
    main()
