"""Cluster Chinese characters by the company they keep in unlabelled news text.

    python bench/char_clusters.py [--clusters 256]   # writes src/banmian/enrich/char-clusters.tsv.gz

Reads only the article text of ../shared/corpus/news_articles.jsonl (no labels;
the NER splits are not read).  Each character with 20+ occurrences is described by
how often each frequent character stands just before and just after it (positive
pointwise mutual information), reduced to 64 dimensions by SVD and grouped by
k-means.  The tagger uses a character's cluster as a feature: characters that
behave alike (surnames, place suffixes, verbs of speech) share what training learnt.
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import Counter
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ARTICLES = HERE.parent.parent / "shared" / "corpus" / "news_articles.jsonl"
OUT = HERE.parent / "src" / "banmian" / "enrich" / "char-clusters.tsv.gz"


def texts():
    with ARTICLES.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            yield row["title"]
            yield from row["paragraphs"]


def context_counts(min_count: int, contexts: int):
    counts = Counter()
    for text in texts():
        counts.update(text)
    chars = [c for c, n in counts.most_common() if n >= min_count and "\u4e00" <= c <= "\u9fff"]
    context_chars = [c for c, _ in counts.most_common(contexts)]
    row = {c: i for i, c in enumerate(chars)}
    column = {c: i for i, c in enumerate(context_chars)}
    left = np.zeros((len(chars), len(context_chars)), dtype=np.float64)
    right = np.zeros_like(left)
    for text in texts():
        for a, b in zip(text, text[1:]):
            if b in row and a in column:
                left[row[b], column[a]] += 1
            if a in row and b in column:
                right[row[a], column[b]] += 1
    return chars, np.hstack([left, right])


def ppmi(matrix: np.ndarray) -> np.ndarray:
    total = matrix.sum()
    rows = matrix.sum(axis=1, keepdims=True)
    cols = matrix.sum(axis=0, keepdims=True) ** 0.75  # context smoothing, as in word2vec
    with np.errstate(divide="ignore", invalid="ignore"):
        values = np.log(matrix * cols.sum() / (rows * cols))
    return np.nan_to_num(np.maximum(values, 0), neginf=0.0, posinf=0.0) * (total > 0)


def kmeans(points: np.ndarray, k: int, rounds: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    centres = points[rng.choice(len(points), k, replace=False)]
    for _ in range(rounds):
        labels = (points @ centres.T).argmax(axis=1)  # points and centres are unit length
        for j in range(k):
            members = points[labels == j]
            if len(members):
                centre = members.sum(axis=0)
                centres[j] = centre / np.linalg.norm(centre)
    return labels


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clusters", type=int, default=256)
    parser.add_argument("--min-count", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1998)
    args = parser.parse_args()
    chars, counts = context_counts(args.min_count, contexts=3000)
    u, s, _ = np.linalg.svd(ppmi(counts), full_matrices=False)
    vectors = u[:, :64] * np.sqrt(s[:64])
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-12
    labels = kmeans(vectors, args.clusters, rounds=30, seed=args.seed)
    lines = [f"{c}\t{label + 1}" for c, label in zip(chars, labels)]
    OUT.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0))
    print(f"{len(chars)} characters in {args.clusters} clusters → {OUT.name}")
    for j in range(8):
        print(j + 1, "".join(c for c, label in zip(chars, labels) if label == j)[:40])


if __name__ == "__main__":
    main()
