"""A small neural name tagger over dense pretrained character vectors (an experiment, session 10).

    python bench/ner_embeddings.py                                                        # the vectors
    python bench/train_ner.py train --holdout 450 --holdout-seed N --out /tmp/pN/m.npz   # the perceptron
    python bench/ner_neural.py --holdout-seed N --perceptron /tmp/pN/m.npz

Each character's input is its vector and those of the bigrams it ends and begins (learnt from
unlabelled news, `bench/ner_embeddings.py`, kept fixed), and small learnt vectors of what the
shipped perceptron's features look up: its gazetteer mark, candidate-organisation mark, the
lengths of the dictionary words starting and ending there, surname and character class.  A stack
of 1-D convolutions (kernel 3, dilations 1, 2, 1 …, ReLU, residual) gives 7 tag scores per
character, trained with per-character cross-entropy on the dev sentences not held out, with
the same name swaps and fold lexicons as `bench/train_ner.py`; the perceptron's BIO Viterbi
decodes log-probabilities.  Held-out F1 is printed for the network alone and for the network's
log-probabilities added to the perceptron's scores (÷100) at several weights.
Training needs jax (CPU; the `training` extra); the held-out dev sentences are the same draw as
train_ner's.  Not shipped: see bench/RESULTS-enrich.md, session 10 (the network alone is below
the perceptron; added to it, +0.007 on held-out dev at 3-6 times the tagger's CPU time).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("XLA_FLAGS", "--xla_cpu_multi_thread_eigen=false intra_op_parallelism_threads=1")

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402
import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_ner import DEV, PACKAGE, batch, gazetteer_names, lexicon_of, name_pools, read_bio, swap_names  # noqa: E402

from banmian.enrich.tagger import (  # noqa: E402
    CLAUSE_END_TABLE, LONGEST_NAME, NEWLINE, TAGS, code_points, decode, feature_buckets,
    gazetteer_marks, names_and_words, packaged_vectors, per_char, place_org_marks, read_model, substring_hashes,
    tag_spans, text_scores, word_marks,
)

GAP = 8  # zero positions between sentences packed into one row: wider than the receptive field
DISCRETE = {"mark": 256, "candidate": 4, "words": 25, "surname": 4, "cls": 5}
DISCRETE_DIMS = {"mark": 16, "candidate": 4, "words": 8, "surname": 2, "cls": 4}


class Vocabulary:
    """The news-trained vectors; ids are found by binary search over sorted code points (0: unknown)."""

    def __init__(self, path: Path) -> None:
        saved = np.load(path)
        chars = code_points(str(saved["chars"])).astype(np.int64)
        pairs = code_points(str(saved["bigrams"])).astype(np.int64).reshape(-1, 2)
        self.char_codes, self.char_ids = sorted_ids(chars)
        self.bigram_codes, self.bigram_ids = sorted_ids(pairs[:, 0] * PAIR + pairs[:, 1])
        self.char_vectors, self.bigram_vectors = (
            np.vstack([np.zeros((1, saved[f"{name}_int8"].shape[1])), saved[f"{name}_int8"] * saved[f"{name}_scale"]])
            for name in ("chars", "bigrams"))

    def ids(self, points: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Each character's id and the id of the bigram it begins."""
        points = points.astype(np.int64)
        pairs = points * PAIR + np.concatenate([points[1:], [0]])
        return lookup(self.char_codes, self.char_ids, points), lookup(self.bigram_codes, self.bigram_ids, pairs)


PAIR = 0x110000  # a bigram's code: first code point × PAIR + second


def sorted_ids(codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    order = np.argsort(codes, kind="stable")
    return codes[order], order + 1


def lookup(codes: np.ndarray, ids: np.ndarray, keys: np.ndarray) -> np.ndarray:
    at = np.minimum(np.searchsorted(codes, keys), len(codes) - 1)
    return np.where(codes[at] == keys, ids[at], 0)


def char_inputs(text: str, lexicon, vocab: Vocabulary) -> dict[str, np.ndarray]:
    """Per character: embedding ids and the perceptron's lexicon marks; `real` 0 on newlines."""
    points = code_points(text)
    hashes = substring_hashes(points, LONGEST_NAME)
    kinds, words = names_and_words(hashes, lexicon.slots, lexicon.entries)
    start_len, _, end_len, _ = word_marks(hashes, words)
    marks = gazetteer_marks(kinds)
    candidates = place_org_marks(points, kinds, lexicon.classes, lexicon.org_ends)
    real = points != NEWLINE
    chars, pairs = vocab.ids(points)
    return {
        "char": chars * real,
        "left": np.concatenate([[0], pairs[:-1]]) * real,
        "right": pairs * real,
        "mark": (marks % 256).astype(np.int64),
        "candidate": candidates.astype(np.int64),
        "words": (start_len * 5 + end_len).astype(np.int64),
        "surname": per_char(lexicon.surname_table, points).astype(np.int64),
        "cls": per_char(lexicon.classes, points).astype(np.int64),
        "real": real.astype(np.float32),
    }


def pack(items, width: int):
    """Sentences' inputs and gold tags packed into rows of `width`, GAP zeros apart."""
    rows, row, used = [], [], 0
    for inputs, gold in items:
        n = len(gold)
        if row and used + n > width:
            rows.append(row)
            row, used = [], 0
        row.append((inputs, gold))
        used += n + GAP
    if row:
        rows.append(row)
    keys = list(items[0][0])
    out = {key: np.zeros((len(rows), width), dtype=np.float32 if key == "real" else np.int32) for key in keys}
    out["gold"] = np.zeros((len(rows), width), dtype=np.int32)
    for r, row in enumerate(rows):
        at = 0
        for inputs, gold in row:
            n = min(len(gold), width - at)
            for key in keys:
                out[key][r, at:at + n] = inputs[key][:n]
            out["gold"][r, at:at + n] = gold[:n]
            at += n + GAP
    return out


def init_params(vocab: Vocabulary, hidden: int, layers: int, seed: int):
    rng = np.random.default_rng(seed)
    width = vocab.char_vectors.shape[1] + 2 * vocab.bigram_vectors.shape[1] + sum(DISCRETE_DIMS.values())
    params = {f"emb_{k}": rng.normal(0, 0.3, (DISCRETE[k], DISCRETE_DIMS[k])).astype(np.float32) for k in DISCRETE}
    params["conv0"] = (rng.normal(0, 1, (3, width, hidden)) / np.sqrt(3 * width)).astype(np.float32)
    for layer in range(1, layers):
        params[f"conv{layer}"] = (rng.normal(0, 1, (3, hidden, hidden)) / np.sqrt(3 * hidden)).astype(np.float32)
    for layer in range(layers):
        params[f"bias{layer}"] = np.zeros(hidden, dtype=np.float32)
    params["out"] = (rng.normal(0, 1, (hidden, len(TAGS))) / np.sqrt(hidden)).astype(np.float32)
    params["out_bias"] = np.zeros(len(TAGS), dtype=np.float32)
    return jax.tree_util.tree_map(jnp.asarray, params)


def dilation(layer: int) -> int:
    return (1, 2, 1, 3)[layer % 4]


def conv(x, kernel, bias, step: int):
    """Kernel-3 convolution along the sequence (batch, length, channels), `step` apart, same length."""
    padded = jnp.pad(x, ((0, 0), (step, step), (0, 0)))
    length = x.shape[1]
    return (padded[:, :length] @ kernel[0] + x @ kernel[1] + padded[:, 2 * step:] @ kernel[2]) + bias


def forward(params, fixed, batch_inputs, layers: int, dropout: float, key):
    real = batch_inputs["real"][..., None]
    tables = {**fixed, **params}  # the vectors are learnt too with --tune, else kept fixed
    parts = [tables["char"][batch_inputs["char"]], tables["bigram"][batch_inputs["left"]],
             tables["bigram"][batch_inputs["right"]]]
    parts += [params[f"emb_{k}"][batch_inputs[k]] for k in DISCRETE]
    x = jnp.concatenate(parts, axis=-1) * real
    keys = jax.random.split(key, layers + 1)
    if dropout:
        x = x * jax.random.bernoulli(keys[0], 1 - dropout, x.shape) / (1 - dropout)
    h = jax.nn.relu(conv(x, params["conv0"], params["bias0"], dilation(0))) * real
    for layer in range(1, layers):
        if dropout:
            h = h * jax.random.bernoulli(keys[layer], 1 - dropout, h.shape) / (1 - dropout)
        h = (h + jax.nn.relu(conv(h, params[f"conv{layer}"], params[f"bias{layer}"], dilation(layer)))) * real
    return h @ params["out"] + params["out_bias"]


def make_step(fixed, layers: int, dropout: float, rate: float):
    def loss(params, batch_inputs, key):
        logits = forward(params, fixed, batch_inputs, layers, dropout, key)
        logp = jax.nn.log_softmax(logits)
        picked = jnp.take_along_axis(logp, batch_inputs["gold"][..., None], axis=-1)[..., 0]
        return -(picked * batch_inputs["real"]).sum() / batch_inputs["real"].sum()

    @jax.jit
    def step(params, moments, count, batch_inputs, key):
        value, grads = jax.value_and_grad(loss)(params, batch_inputs, key)
        first, second = moments
        first = jax.tree_util.tree_map(lambda m, g: 0.9 * m + 0.1 * g, first, grads)
        second = jax.tree_util.tree_map(lambda v, g: 0.999 * v + 0.001 * g * g, second, grads)
        correction = jnp.sqrt(1 - 0.999 ** count) / (1 - 0.9 ** count)
        params = jax.tree_util.tree_map(
            lambda p, m, v: p - rate * correction * m / (jnp.sqrt(v) + 1e-8), params, first, second)
        return params, (first, second), value

    return step


def log_probs(params, fixed, inputs, layers: int) -> np.ndarray:
    batch_inputs = {k: jnp.asarray(v[None]) for k, v in inputs.items()}
    logits = forward(params, fixed, batch_inputs, layers, 0.0, jax.random.PRNGKey(0))
    return np.asarray(jax.nn.log_softmax(logits)[0])


def f1(truth: set, found: set) -> float:
    return 2 * len(truth & found) / (len(truth) + len(found)) if truth or found else 1.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--embeddings", type=Path, default=PACKAGE / "char-vectors.npz")
    parser.add_argument("--holdout", type=int, default=450)
    parser.add_argument("--holdout-seed", type=int, default=0)
    parser.add_argument("--perceptron", type=Path, help="train_ner's model for the same draw, to combine")
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--augment", type=int, default=5)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--hidden", type=int, default=128)
    parser.add_argument("--layers", type=int, default=3)
    parser.add_argument("--dropout", type=float, default=0.25)
    parser.add_argument("--rate", type=float, default=2e-3)
    parser.add_argument("--rows", type=int, default=8, help="rows of 1,024 characters a step")
    parser.add_argument("--weights", type=float, nargs="+", default=[0.5, 1, 2, 4, 8])
    parser.add_argument("--tune", action="store_true", help="learn the character and bigram vectors too")
    parser.add_argument("--random-vectors", action="store_true",
                        help="random vectors instead of the news-trained ones (a control), learnt (implies --tune)")
    parser.add_argument("--save", type=Path, help="write the trained network's weights here (npz)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    dev = read_bio(DEV)
    order = list(range(len(dev)))
    random.Random(args.holdout_seed).shuffle(order)  # the same draw as train_ner's --holdout-seed
    held_out = [dev[k] for k in order[:args.holdout]]
    dev = [dev[k] for k in order[args.holdout:]]
    vocab = Vocabulary(args.embeddings)
    lexicon = lexicon_of(dev)
    fold_of = [k % args.folds for k in range(len(dev))]
    random.Random(args.seed).shuffle(fold_of)
    fold_lexicons = [lexicon_of([s for s, f in zip(dev, fold_of) if f != fold]) for fold in range(args.folds)]
    pools = name_pools(dev, gazetteer_names(), lexicon.surnames, rng, 3000)
    if args.random_vectors:
        noise = np.random.default_rng(args.seed)
        vocab.char_vectors = noise.normal(0, 1, vocab.char_vectors.shape) * (np.arange(len(vocab.char_vectors)) > 0)[:, None]
        vocab.bigram_vectors = noise.normal(0, 1, vocab.bigram_vectors.shape) * (np.arange(len(vocab.bigram_vectors)) > 0)[:, None]
    vectors = {"char": jnp.asarray(vocab.char_vectors, dtype=jnp.float32),
               "bigram": jnp.asarray(vocab.bigram_vectors, dtype=jnp.float32)}
    params = init_params(vocab, args.hidden, args.layers, args.seed)
    fixed = {}
    if args.tune or args.random_vectors:
        params.update(vectors)
    else:
        fixed = vectors
    zeros = jax.tree_util.tree_map(jnp.zeros_like, params)
    moments, count = (zeros, zeros), 0
    step = make_step(fixed, args.layers, args.dropout, args.rate)
    key = jax.random.PRNGKey(args.seed)
    for epoch in range(args.epochs):
        started = time.time()
        data = list(zip(dev, fold_of)) + [(swap_names(s, pools, rng), f) for s, f in zip(dev, fold_of)
                                          for _ in range(args.augment)]
        rng.shuffle(data)
        items = []
        for sentence, fold in data:
            text, gold = batch([sentence])
            items.append((char_inputs(text, fold_lexicons[fold], vocab), gold))
        packed = pack(items, 1024)
        total = 0.0
        rows = len(packed["gold"])
        for first in range(0, rows - args.rows + 1, args.rows):
            count += 1
            key, sub = jax.random.split(key)
            batch_inputs = {k: jnp.asarray(v[first:first + args.rows]) for k, v in packed.items()}
            params, moments, value = step(params, moments, count, batch_inputs, sub)
            total += float(value)
        print(f"epoch {epoch + 1}: loss {total / (rows // args.rows):.4f}, {time.time() - started:.0f}s", flush=True)
    if args.save:
        np.savez_compressed(args.save, **{k: np.asarray(v) for k, v in {**fixed, **params}.items()})
    text, gold = batch(held_out)
    fixed_o = per_char(CLAUSE_END_TABLE, code_points(text))
    network = log_probs(params, fixed, char_inputs(text, lexicon, vocab), args.layers)
    truth = set(tag_spans(gold))
    print(f"held-out dev F1, network alone: {f1(truth, set(tag_spans(decode(network.astype(np.float32), fixed_o)))):.4f}")
    if args.perceptron:
        model = read_model(args.perceptron.read_bytes(), packaged_vectors())
        perceptron = text_scores(code_points(text), feature_buckets(text, lexicon), model) / 100
        print(f"  perceptron alone: {f1(truth, set(tag_spans(decode(perceptron, fixed_o)))):.4f}")
        for weight in args.weights:
            both = (perceptron + weight * network).astype(np.float32)
            print(f"  perceptron + {weight:g} × network: {f1(truth, set(tag_spans(decode(both, fixed_o)))):.4f}")


if __name__ == "__main__":
    main()
