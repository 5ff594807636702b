"""Dense character and character-bigram vectors from unlabelled news text (an experiment, session 10).

    python bench/ner_embeddings.py      # writes src/banmian/enrich/char-vectors.npz

Reads only the article text of ../shared/corpus/news_articles.jsonl (no labels; the NER
splits are not read), as `bench/char_clusters.py` does.  A character (seen 5+ times) is
described by how often each frequent character stands just before it and just after it,
a bigram (one of the most frequent) by the character before its first and after its second;
positive PMI (contexts smoothed to the 0.75th power), then SVD, each vector scaled by the
square root of its singular values.  The name tagger takes them as dense features
(`tagger.dense_features`); `bench/ner_neural.py` feeds them to a small network (an experiment).
Stored as int8 with one scale per table (the file is a lossy statistical summary of that text,
not text).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ARTICLES = HERE.parent.parent / "shared" / "corpus" / "news_articles.jsonl"
OUT = HERE.parent / "src" / "banmian" / "enrich" / "char-vectors.npz"


def corpus_points() -> np.ndarray:
    """Code points of every title and paragraph, 0 between them."""
    parts = []
    with ARTICLES.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            parts.append(row["title"])
            parts.extend(row["paragraphs"])
    text = "\0".join(parts)
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.int64)


def ppmi(counts: np.ndarray) -> np.ndarray:
    rows = counts.sum(axis=1, keepdims=True)
    cols = counts.sum(axis=0, keepdims=True) ** 0.75
    with np.errstate(divide="ignore", invalid="ignore"):
        values = np.log(counts * cols.sum() / (rows * cols))
    return np.nan_to_num(np.maximum(values, 0), neginf=0.0, posinf=0.0).astype(np.float32)


def svd_vectors(matrix: np.ndarray, dims: int, seed: int) -> np.ndarray:
    """The top `dims` left singular vectors times sqrt(singular values) (randomised SVD)."""
    rng = np.random.default_rng(seed)
    sample = matrix @ rng.standard_normal((matrix.shape[1], dims + 16), dtype=np.float32)
    for _ in range(3):
        sample, _ = np.linalg.qr(sample)
        sample = matrix @ (matrix.T @ sample)
    basis, _ = np.linalg.qr(sample)
    u, s, _ = np.linalg.svd(basis.T @ matrix, full_matrices=False)
    vectors = (basis @ u[:, :dims]) * np.sqrt(s[:dims])
    return (vectors / vectors.std()).astype(np.float32)


def context_matrix(rows: np.ndarray, left: np.ndarray, right: np.ndarray, count: int, contexts: int) -> np.ndarray:
    """Row r: counts of each context id on the left, then on the right (ids < 0 are ignored)."""
    out = []
    for side in (left, right):
        keep = (rows >= 0) & (side >= 0)
        flat = np.bincount(rows[keep] * contexts + side[keep], minlength=count * contexts)
        out.append(flat.reshape(count, contexts).astype(np.float32))
    return np.hstack(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-count", type=int, default=5)
    parser.add_argument("--char-dims", type=int, default=64)
    parser.add_argument("--bigrams", type=int, default=20000)
    parser.add_argument("--bigram-dims", type=int, default=32)
    parser.add_argument("--contexts", type=int, default=1500)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    points = corpus_points()
    values, counts = np.unique(points[points > 0], return_counts=True)
    order = np.argsort(-counts, kind="stable")
    chars = values[order][counts[order] >= args.min_count]
    char_id = np.full(int(points.max()) + 1, -1, dtype=np.int64)
    char_id[chars] = np.arange(len(chars))
    ids = char_id[points]  # -1: rare character or the gap between texts
    context = np.where(ids < args.contexts, ids, -1)
    before, after = np.concatenate([[-1], context[:-1]]), np.concatenate([context[1:], [-1]])
    char_vectors = svd_vectors(ppmi(context_matrix(ids, before, after, len(chars), args.contexts)), args.char_dims, 1)
    print(f"{len(chars)} characters", flush=True)
    # Bigrams of two known characters, the most frequent ones.
    first, second = ids[:-1], ids[1:]
    pair = np.where((first >= 0) & (second >= 0), first * len(chars) + second, -1)
    pairs, pair_counts = np.unique(pair[pair >= 0], return_counts=True)
    top = np.sort(pairs[np.argsort(-pair_counts, kind="stable")[:args.bigrams]])
    at = np.searchsorted(top, pair)
    rows = np.where((pair >= 0) & (top[np.minimum(at, len(top) - 1)] == pair), at, -1)
    left = np.concatenate([[-1], context[:-2]])  # the character before the bigram's first
    right = np.concatenate([context[2:], [-1]])  # the character after its second
    bigram_vectors = svd_vectors(ppmi(context_matrix(rows, left, right, len(top), args.contexts)), args.bigram_dims, 2)
    text = "".join(chr(c) for c in chars)
    bigram_text = "".join(chr(chars[p // len(chars)]) + chr(chars[p % len(chars)]) for p in top)
    tables = {}
    for name, vectors in (("chars", char_vectors), ("bigrams", bigram_vectors)):
        scale = np.abs(vectors).max() / 127
        tables[f"{name}_int8"] = np.round(vectors / scale).astype(np.int8)
        tables[f"{name}_scale"] = np.float32(scale)
    np.savez_compressed(args.out, chars=np.array(text), bigrams=np.array(bigram_text), **tables)
    print(f"{len(top)} bigrams → {args.out}")


if __name__ == "__main__":
    main()
