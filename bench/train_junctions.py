"""Train the junction, fragment, sentence-end and opening models shipped in src/banmian/rebuild/junctions.npz — on the corpus dev split only.

    python bench/train_junctions.py [--epochs 4] [--seed 0] [--only sentence]

A junction is where a column may have cut a paragraph.  Examples come from
the dev articles of ../shared/corpus/news_articles.jsonl (the split pagegen
uses, so test pages are never seen):

* runs on: each paragraph cut at random places where a printer could cut it
  (not before a mark that may not start a line, not inside —— or ……, not
  right after a sentence end, which the rebuild settles by rule);
* breaks: a title and its first paragraph, and each paragraph and the next
  (subheads, 编者按 and credit lines among them).

The fragment model reads a short fragment that ends no sentence and that
the rebuild's rules leave undecided (`paragraphs.fragment_rule`):

* heads: the first 2–40 characters of a paragraph, where a column could end;
* headings: titles and subheads (short paragraphs that end no sentence).

The sentence-end model reads every sentence end of the dev paragraphs:
ends a paragraph, or goes on (the wrapped form's full lines that end a
sentence are weighed with it, `paragraphs.weighs_as_paragraph_end`).

The opening model reads how a fragment starts: each paragraph's start (opens
a paragraph), or the text after a place a column could cut it (carries on).

All four are logistic regressions over hashed n-grams (`junctions.junction_features`,
`junctions.fragment_features`, `junctions.sentence_end_features`, `junctions.opening_features`), fitted by AdaGrad; held-out log-loss and
accuracy are printed on a tenth of the articles kept aside.  Needs numpy only.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path
from unittest import mock

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

import pagegen  # noqa: E402
from accuracy import SHARED  # noqa: E402

from banmian.model import Line, Unit  # noqa: E402
from banmian.rebuild import junctions  # noqa: E402
from banmian.rebuild.paragraphs import fragment_rule  # noqa: E402
from banmian.rebuild.patterns import CLOSERS, NO_LINE_START, SENTENCE_END, ends_sentence  # noqa: E402

TARGET = HERE.parent / "src" / "banmian" / "rebuild" / "junctions.npz"
CUTS_PER_PARAGRAPH = 2
SENTENCE_CLOSERS = set(SENTENCE_END + CLOSERS)
HEADS_PER_PARAGRAPH = 2


def cut_points(text: str, rng: random.Random) -> list[int]:
    """Places a column could cut this paragraph and leave a fragment that ends no sentence."""
    allowed = [p for p in range(2, len(text) - 1)
               if text[p] not in NO_LINE_START and not text[p].isspace() and not text[p - 1].isspace()
               and text[p - 1:p + 1] not in ("——", "……") and not ends_sentence(text[:p])]
    return rng.sample(allowed, min(CUTS_PER_PARAGRAPH, len(allowed)))


def junction_examples(article: dict, rng: random.Random) -> list[tuple[list[int], int, bool]]:
    """(features, runs on, whether the text before ends no sentence) for each junction of the article."""
    texts = [article["title"]] + [p for p in article["paragraphs"] if p.strip()]
    found = []
    for before, after in zip(texts, texts[1:]):
        found.append((junctions.junction_features(before, after), 0, not ends_sentence(before)))
    for text in texts[1:]:
        for point in cut_points(text, rng):
            found.append((junctions.junction_features(text[:point], text[point:]), 1, True))
    return found


def _undecided(left: str, right: str) -> bool:
    """Does the rebuild leave this fragment end (of at most `junctions.LONGEST_FRAGMENT`) to the weighed decision?

    `paragraphs.fragment_rule` chooses the examples: change it, and both
    models must be trained again (and `fit_cuts.py` run after them).
    """
    return fragment_rule(Unit((Line(0, left),), "text", left), Unit((Line(1, right),), "text", right)) is None


def fragment_examples(article: dict, rng: random.Random) -> list[tuple[list[int], int, bool]]:
    """(features, is a paragraph's head, True) for the article's headings and the heads of its paragraphs."""
    paragraphs = [p for p in article["paragraphs"] if p.strip()]
    headings = [(article["title"], paragraphs[0])] if paragraphs else []
    headings += [(text, after) for text, after in zip(paragraphs, paragraphs[1:]) if len(text) <= junctions.LONGEST_FRAGMENT]
    found = []
    for heading, after in headings:
        found.extend((junctions.fragment_features(line), 0, True) for line in heading.split()
                     if 2 <= len(line) <= junctions.LONGEST_FRAGMENT and _undecided(line, after))
    for text in paragraphs:
        if len(text) <= junctions.LONGEST_FRAGMENT:
            continue
        for size in (rng.randint(2, junctions.LONGEST_FRAGMENT) for _ in range(HEADS_PER_PARAGRAPH)):
            head = text[:size]
            if text[size] not in NO_LINE_START and " " not in head and _undecided(head, text[size:]):
                found.append((junctions.fragment_features(head), 1, True))
    return found


def sentence_examples(article: dict, rng: random.Random) -> list[tuple[list[int], int, bool]]:
    """(features, ends the paragraph, True) for each sentence end inside the article's paragraphs and between them.

    Every sentence end counts, so the odds are those of news text; `rng` is
    not drawn on, which leaves the other models' examples as they were.
    """
    paragraphs = [p for p in article["paragraphs"] if p.strip()]
    found = []
    for position, text in enumerate(paragraphs):
        for end in range(1, len(text)):
            if text[end - 1] in SENTENCE_CLOSERS and text[end] not in NO_LINE_START and ends_sentence(text[:end]):
                found.append((junctions.sentence_end_features(text[:end], text[end:]), 0, True))
        if position + 1 < len(paragraphs) and ends_sentence(text):
            found.append((junctions.sentence_end_features(text, paragraphs[position + 1]), 1, True))
    return found


def opening_examples(article: dict, rng: random.Random) -> list[tuple[list[int], int, bool]]:
    """(features, opens a paragraph, True) for each paragraph's start and for the text after places a column
    could cut it.

    The cuts are drawn from each paragraph's own text, not from `rng`, which
    leaves the other models' examples as they were.
    """
    found = []
    for text in (p for p in article["paragraphs"] if p.strip()):
        found.append((junctions.opening_features(text), 1, True))
        found.extend((junctions.opening_features(text[point:]), 0, True)
                     for point in cut_points(text, random.Random(text)))
    return found


MODELS = {"junction": (junction_examples, junctions.BITS), "fragment": (fragment_examples, junctions.FRAGMENT_BITS),
          "sentence": (sentence_examples, junctions.SENTENCE_BITS), "opening": (opening_examples, junctions.OPENING_BITS)}
# Sentence ends are many and weakly told apart: without a stronger decay the weights overfit
# (held-out log-loss 0.60 at the others' 0.01, 0.51 at 0.1).
SENTENCE_DECAY = 0.1


def _padded(features: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
    """Buckets as one array, rows padded to the longest, and the mask of the real ones."""
    width = max(map(len, features))
    buckets = np.zeros((len(features), width), dtype=np.int64)
    mask = np.zeros((len(features), width))
    for row, found in enumerate(features):
        buckets[row, :len(found)] = found
        mask[row, :len(found)] = 1
    return buckets, mask


def fit(features: list[list[int]], labels: np.ndarray, bits: int, epochs: int, decay: float,
        rng: np.random.Generator) -> np.ndarray:
    buckets, mask = _padded(features)
    weights = np.zeros(1 << bits)
    squares = np.full(1 << bits, 1e-6)
    rate, batch = 0.5, 2048
    for _ in range(epochs):
        order = rng.permutation(len(labels))
        for start in range(0, len(order), batch):
            rows = order[start:start + batch]
            chosen, present = buckets[rows], mask[rows]
            scores = (weights[chosen] * present).sum(axis=1)
            error = 1 / (1 + np.exp(-scores)) - labels[rows]
            gradient = np.zeros_like(weights)
            np.add.at(gradient, chosen, error[:, None] * present)
            touched = np.unique(chosen)
            gradient[touched] += decay * weights[touched]
            squares[touched] += gradient[touched] ** 2
            weights[touched] -= rate * gradient[touched] / np.sqrt(squares[touched])
    return weights


def report(weights: np.ndarray, features: list[list[int]], labels: np.ndarray, what: str) -> None:
    if not len(labels):
        return
    buckets, mask = _padded(features)
    scores = (weights[buckets] * mask).sum(axis=1)
    chance = 1 / (1 + np.exp(-scores))
    loss = -np.mean(labels * np.log(chance + 1e-9) + (1 - labels) * np.log(1 - chance + 1e-9))
    print(f"{what}: {len(labels)} examples, log-loss {loss:.3f}, accuracy {((scores > 0) == labels).mean():.3f}")


def _arrays(found: list) -> tuple[list[list[int]], np.ndarray, np.ndarray]:
    return ([f for f, _, _ in found], np.array([y for _, y, _ in found], dtype=float),
            np.array([o for _, _, o in found], dtype=bool))


def train(corpus, rng: random.Random, epochs: int = 4, decay: float = 1e-2,
          leave_out: frozenset[str] = frozenset(), aside_share: float = 0.0) -> tuple[dict, dict]:
    """Each model's weights fitted on the dev articles not left out, and the examples of a random share kept aside."""
    kept = {name: [] for name in MODELS}
    aside = {name: [] for name in MODELS}
    for article_id in sorted(corpus.articles):
        if corpus.split_of.get(article_id) != "dev" or article_id in leave_out:
            continue
        share = aside if rng.random() < aside_share else kept
        for name, (make, _) in MODELS.items():
            share[name].extend(make(corpus.articles[article_id], rng))
    weights = {}
    for name, (_, bits) in MODELS.items():
        features, labels, _ = _arrays(kept[name])
        strength = SENTENCE_DECAY if name == "sentence" else decay
        weights[name] = fit(features, labels, bits, epochs, strength, np.random.default_rng(rng.randrange(1 << 30)))
    return weights, aside


def forgetting(pages: list[dict]):
    """A context in which the junction models score with weights trained without the articles on these pages.

    The shipped model has seen every dev article; scoring dev pages with it
    flatters the rebuild, and fitting weights on it overweighs the junction.
    """
    seen = frozenset(article.get("source_id") for page in pages for article in page["articles"])
    weights, _ = train(pagegen.load(SHARED), random.Random(0), leave_out=seen)
    models = {name: found.astype(np.float32) for name, found in weights.items()}
    return mock.patch.object(junctions, "_models", lambda: models)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=4)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--decay", type=float, default=1e-2, help="L2 weight decay per update")
    parser.add_argument("--only", choices=sorted(MODELS), action="append",
                        help="write only this model's weights (repeatable), keep the others' as shipped")
    args = parser.parse_args()
    if not SHARED.is_dir():
        print(f"{SHARED} not found: the corpus lives there", file=sys.stderr)
        return 2
    corpus = pagegen.load(SHARED)
    weights, aside = train(corpus, random.Random(args.seed), args.epochs, args.decay, aside_share=0.1)
    aside_x, aside_y, open_end = _arrays(aside["junction"])
    report(weights["junction"], aside_x, aside_y, "junctions held out")
    report(weights["junction"], [f for f, o in zip(aside_x, open_end) if o], aside_y[open_end],
           "junctions held out, text before ends no sentence")
    report(weights["fragment"], *_arrays(aside["fragment"])[:2], "fragments held out")
    report(weights["sentence"], *_arrays(aside["sentence"])[:2], "sentence ends held out")
    report(weights["opening"], *_arrays(aside["opening"])[:2], "openings held out")
    written = {name: found.astype(np.float16) for name, found in weights.items()}
    if args.only:
        with np.load(TARGET) as shipped:
            written = {name: written[name] if name in args.only else shipped[name] for name in MODELS}
    np.savez_compressed(TARGET, **written)
    print(f"-> {TARGET} ({TARGET.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
