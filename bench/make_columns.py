"""Regenerate src/banmian/rebuild/columns.txt: the names of newspaper columns (栏目) from the corpus's dev split.

    python bench/make_columns.py [../shared/corpus/news_articles.jsonl]

人民日报 and 光明日报 titles in the corpus end on their column's name in
brackets (党建阵地建好更要用好（编辑手记）); pages print it as a kicker over
the title.  Kept: names that tag two or more dev titles and that no article
of the corpus has as a paragraph of its own (延伸阅读 and 记者手记 label parts
of a story, not a column).  Test-split articles (2026-07-01 on) are not read.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET = HERE.parent / "src" / "banmian" / "rebuild" / "columns.txt"
CORPUS = HERE.parent.parent / "shared" / "corpus" / "news_articles.jsonl"
TEST_FROM = "2026-07-01"
TAGGED = re.compile(r"^.+?[（(](?P<tag>[^（）()]{2,40})[）)]$")
MIN_TITLES = 2


def columns(articles: list[dict]) -> list[str]:
    tags = Counter(match["tag"] for article in articles
                   if article["publication"] in ("人民日报", "光明日报") and article["date"] < TEST_FROM
                   and (match := TAGGED.match(article["title"].strip())))
    in_stories = {paragraph.strip().strip("【】■ ") for article in articles for paragraph in article["paragraphs"]}
    return sorted(tag for tag, count in tags.items()
                  if count >= MIN_TITLES and tag not in in_stories)


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS
    with path.open(encoding="utf-8") as lines:
        chosen = columns([json.loads(line) for line in lines])
    TARGET.write_text("\n".join(chosen) + "\n", encoding="utf-8")
    print(f"{len(chosen)} column names -> {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
