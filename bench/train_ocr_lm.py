#!/usr/bin/env python3
"""Make src/banmian/read/ocr-bigrams.npz, the character bigram model the scan reader settles the
recogniser's near ties with (src/banmian/read/ocr_lm.py).

    pip download --no-deps --no-binary :all: jieba==0.42.1 -d /tmp/jieba && tar xzf /tmp/jieba/jieba-0.42.1.tar.gz -C /tmp/jieba
    python bench/train_ocr_lm.py /tmp/jieba/jieba-0.42.1/jieba/dict.txt

The text is jieba's dictionary (MIT licence): 349,046 words with their
frequencies.  Each word's characters count its frequency toward the unigram,
each pair of adjacent characters toward the bigram.  No page any benchmark
reads (dev or test) and nothing from ../shared/corpus goes in: the corpus
may not be shipped, and a model that had read the pages would flatter them.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from banmian.read.ocr_lm import BIGRAMS, save_model  # noqa: E402


def counts(dictionary: Path) -> tuple[Counter, Counter]:
    unigram: Counter = Counter()
    pairs: Counter = Counter()
    for line in dictionary.read_text(encoding="utf-8").splitlines():
        word, frequency = line.split(" ")[:2]
        for char in word:
            unigram[char] += int(frequency)
        for pair in zip(word, word[1:]):
            pairs[pair] += int(frequency)
    return unigram, pairs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dictionary", type=Path, help="jieba's dict.txt")
    parser.add_argument("--out", type=Path, default=BIGRAMS)
    args = parser.parse_args(argv)
    unigram, pairs = counts(args.dictionary)
    save_model(args.out, unigram, pairs)
    print(f"{args.out}: {len(unigram)} characters, {len(pairs)} pairs, {args.out.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
