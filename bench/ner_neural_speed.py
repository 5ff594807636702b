"""What `bench/ner_neural.py`'s network would cost at run time: numpy only, on real pages, one core.

    python bench/ner_neural.py --holdout-seed 22 --hidden 64 --save /tmp/net.npz
    taskset -c 0 python bench/ner_neural_speed.py src/banmian/enrich/char-vectors.npz /tmp/net.npz

The network's first convolution is folded into one table per input (its rows times the three
taps' weights), so a character's first layer is a sum of table rows; the later layers are
matrix products.  Its scores are checked against the training code's (jax) on one page, then
the shipped tagger (`tagger.predict`) and the network are each timed on the 40 real
People's Daily pages `bench/enrich_bench.py speed` uses (each page's articles in one text).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import numba
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ner_neural import DISCRETE, Vocabulary, char_inputs, dilation, forward  # noqa: E402

from banmian.enrich.tagger import packaged_lexicon, packaged_model, predict  # noqa: E402

ARTICLES = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "news_articles.jsonl"
INPUTS = ("char", "left", "right", *DISCRETE)


@numba.njit(cache=True)
def summed_rows(ids, table, real):
    """Per character, the sum of the table rows its inputs pick (0 on newlines)."""
    out = np.zeros((ids.shape[1], table.shape[1]), dtype=np.float32)
    for i in range(ids.shape[1]):
        if real[i]:
            for f in range(ids.shape[0]):
                out[i] += table[ids[f, i]]
    return out


class NumpyNetwork:
    def __init__(self, saved) -> None:
        kernel = saved["conv0"]
        self.hidden = kernel.shape[2]
        tables = [saved["char"], saved["bigram"], saved["bigram"]] + [saved[f"emb_{k}"] for k in DISCRETE]
        folded, self.offsets, column = [], [], 0
        for table in tables:
            taps = kernel[:, column:column + table.shape[1]]  # (3, width, hidden)
            folded.append(np.einsum("vw,twh->vth", table, taps).reshape(len(table), -1))
            self.offsets.append(sum(len(t) for t in folded[:-1]))
            column += table.shape[1]
        self.table = np.ascontiguousarray(np.vstack(folded), dtype=np.float32)
        self.offsets = np.array(self.offsets)[:, None]
        self.layers = [(saved[f"conv{k}"].reshape(-1, self.hidden), saved[f"bias{k}"])
                       for k in range(1, sum(1 for name in saved if name.startswith("conv")))]
        self.bias0, self.out, self.out_bias = saved["bias0"], saved["out"], saved["out_bias"]

    def log_probs(self, inputs: dict[str, np.ndarray]) -> np.ndarray:
        real = inputs["real"] > 0
        ids = np.stack([inputs[k] for k in INPUTS]) + self.offsets
        taps = summed_rows(ids, self.table, real)
        n, hidden = len(real), self.hidden
        h = taps[:, hidden:2 * hidden] + self.bias0
        h[1:] += taps[:-1, :hidden]
        h[:-1] += taps[1:, 2 * hidden:]
        h = np.maximum(h, 0) * real[:, None]
        for layer, (kernel, bias) in enumerate(self.layers, start=1):
            step = dilation(layer)
            shifted = np.zeros((n, 3 * hidden), dtype=np.float32)
            shifted[step:, :hidden] = h[:-step]
            shifted[:, hidden:2 * hidden] = h
            shifted[:-step, 2 * hidden:] = h[step:]
            h = (h + np.maximum(shifted @ kernel + bias, 0)) * real[:, None]
        logits = h @ self.out + self.out_bias
        return logits - np.log(np.exp(logits - logits.max(axis=1, keepdims=True)).sum(axis=1, keepdims=True)) \
            - logits.max(axis=1, keepdims=True)


def real_pages() -> list[str]:
    pages: dict[str, list[str]] = {}
    with ARTICLES.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if row["id"].startswith("rmrb-") and row.get("page"):
                pages.setdefault(f"{row['date']}-{row['page']}", []).append("\n".join([row["title"]] + row["paragraphs"]))
    return ["\n".join(texts) for _, texts in sorted(pages.items())[:40]]


def best_ms(function, texts, rounds: int = 7) -> float:
    function(texts[0])
    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        for text in texts:
            function(text)
        best = min(best, time.process_time() - started)
    return best / len(texts) * 1000


def main() -> None:
    if not ARTICLES.exists():
        sys.exit(f"skipped: {ARTICLES} is not there")
    vocab = Vocabulary(Path(sys.argv[1]))
    saved = dict(np.load(sys.argv[2]))
    network = NumpyNetwork(saved)
    lexicon, model = packaged_lexicon(), packaged_model()
    texts = real_pages()
    import jax  # only to check that the numpy forward pass is the trained network's

    inputs = char_inputs(texts[0], lexicon, vocab)
    layers = sum(1 for name in saved if name.startswith("conv"))
    expected = forward(saved, {}, {k: v[None] for k, v in inputs.items()}, layers, 0.0, jax.random.PRNGKey(0))[0]
    expected = np.asarray(jax.nn.log_softmax(expected))
    print(f"largest difference from jax's log-probabilities: {np.abs(network.log_probs(inputs) - expected).max():.2e}")
    print(f"{len(texts)} real pages, {sum(map(len, texts)) / len(texts):,.0f} characters on average; ms of CPU a page, best of 7:")
    print(f"  tagger.predict (the shipped perceptron)   {best_ms(lambda t: predict(t, model, lexicon), texts):6.2f}")
    print(f"  network inputs (lexicon marks, ids)       {best_ms(lambda t: char_inputs(t, lexicon, vocab), texts):6.2f}")
    print(f"  network inputs + forward pass             {best_ms(lambda t: network.log_probs(char_inputs(t, lexicon, vocab)), texts):6.2f}")


if __name__ == "__main__":
    main()
