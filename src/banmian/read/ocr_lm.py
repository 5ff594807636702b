"""The recogniser's CTC output read with a character bigram model, where the network hesitates.

PP-OCR's recogniser gives, for each step along a line, a probability for
every character; rapidocr keeps the most probable one at each step (greedy
CTC decoding).  Where the network is nearly as sure of a second character
as of its first (日 or 旧, 泪 or 汩), the shape alone did not decide, and the
neighbours should: 依旧 is a word, 依日 is not.  So each character whose
runner-up the network gives at least `MARGIN` times less probability
than it (in log terms, within `MARGIN` nats) is weighed again with its
neighbours by a character bigram model, and the runner-up is taken where the
two together say so; what the bigram model weighs is mostly how well a character goes with its
neighbours, not how common it is, which the network's probabilities already say (a rare 赓 it is
sure of stays, though 赛 is 1,500 times more common).  Where the network is sure, nothing changes.  And a
character the network gives, unsure, only a step or two after the one before
it is dropped: there is no room for it there (职只业 for 职业); one it is sure of there, with
another character given after it, was read from the halves of two (期肝 for 期刊); an opening ‘
it gives a fair chance between two characters, though less than the blank,
is put in.

The bigram counts (ocr-bigrams.npz, beside this file) are the adjacent
character pairs of the words in jieba's dictionary, weighted by the words'
frequencies (bench/train_ocr_lm.py makes it): text that may be shipped,
and none of the pages the benchmarks read.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

BIGRAMS = Path(__file__).with_name("ocr-bigrams.npz")

MARGIN = 2.5  # nats: a runner-up this much less probable than the network's choice is not weighed
# A Chinese character starts five or six steps after the one before it (3 at the least on the
# dev pages' 110,000 pairs); one the network gives within this many steps, unsure of it, is a
# part of the one before read again (职 then 只, its right-hand half, for 职业).
CRAMPED = 2
UNSURE = 0.9
# An opening single quote is thin and the network often lets a blank win over it; between two
# characters, or after a ’ or “ (’‘启运, “‘面向未来’), a ‘ it gives at least this probability was on
# the page: on the cached lines of dev seeds 2-12 (17,790) the 19 put in at 0.04 were all printed.
OPENING_QUOTE_FLOOR = 0.04
_QUOTES = set("‘’“”'\"")
_QUOTES_A_SINGLE_ONE_FOLLOWS = "’“"
# Where two Chinese characters read start this many times the line's pitch apart, the network saw
# one between them that greedy decoding let the blank win over (精彩扣球 read 精彩球); one it gives
# at least `MISSED_FLOOR` there (on a step where the blank leaves it that much) is put in.  On the dev pages
# (seeds 2-12, 14,000 lines) all four such were printed; 一 is left to the dash repairs of scan.py.
MISSED_GAP = 1.7
MISSED_FLOOR = 0.05
# A Chinese character read this share of the line's pitch or less after the one before is the right
# half of that one and the left half of its own read as one character (期刊 read 期肝: 月 and 干); the
# character the network gives at least `HALVES_FLOOR` on the blank steps after it is the one printed.
# On the recorded lines of dev seeds 2-16 (27,045) 0.65-0.75 change the same three, all to what was
# printed (期刊, 都要, 划拨); from 0.8 a character of a pitch of its own is taken for halves (分别 -> 分骤).
# The floor was 0.1 until 外期刊 read 外期肝 (刊 0.079, seed 43); on the 21,000 recorded lines of dev
# seeds 4-43 0.07 and 0.05 change that line alone.
HALVES_SHARE = 0.7
HALVES_FLOOR = 0.07
# A Latin letter the blank won over right after another (AI read A: I 0.32, seed 43) is put in from
# this probability; on the recorded lines of dev seeds 4-43, 0.1 to 0.2 change that line alone.
LETTER_FLOOR = 0.2
LM_WEIGHT = 0.5  # the bigram model's log probabilities against the network's
# The network's probabilities are its reading of the shape with its own sense of how common each
# character is, which the bigram model's would count a second time: a rare character it is sure of
# (赓 0.85 in 赓续, 昊 0.91) lost to a common one with a bigram model's log P(赓) 7 nats lower.  This
# much of the character's own log probability is taken back off its context: on the cached lines of
# dev seeds 2-12 (19,404) 0.35 to 0.45 change the same 19, 16 of them to the printed character
# (窨, 崟, 亓, 赓, 迸, 秧, 昊, 厾, 弋, 宙, 亳, 痼, 镱), none from it; at 0.5 的 becomes 勺.
UNIGRAM_WEIGHT = 0.35
PRIOR = 2000.0  # Dirichlet smoothing of P(next | previous) toward P(next), in the counts' units

_BLANK = 0  # CTC's blank, index 0 of the recogniser's character list
_SURE = 1.0 / (1.0 + math.exp(-MARGIN))  # a step's top probability past which no rival is within MARGIN


def rivals_kept(best: np.ndarray, probability: np.ndarray) -> np.ndarray:
    """Which steps, by their most probable index and its probability, keep their rivals: those where
    one may be within `MARGIN`, and blank steps where a character the blank won over may reach
    `MISSED_FLOOR` (都能步调 read 都步调: the blank 0.95 over 能, beyond the margin's reach)."""
    return (probability < _SURE) | ((best == _BLANK) & (probability <= 1.0 - MISSED_FLOOR))


@dataclass(frozen=True)
class CharacterModel:
    """Character bigram counts: P(b | a) smoothed toward the unigram P(b)."""

    index: dict[str, int]
    unigram_log: np.ndarray  # log P(c), one per character, and one more for a character not seen
    pair_keys: np.ndarray  # sorted a * size + b
    pair_counts: np.ndarray
    row_totals: np.ndarray

    @property
    def size(self) -> int:
        return len(self.index)

    def log_known(self, char: str) -> float:
        """log P(char) for a character the model knows; 0 for one it does not (a traditional form such
        as 奧, which its unseen-character floor would otherwise make look rarer than any)."""
        at = self.index.get(char)
        return 0.0 if at is None else float(self.unigram_log[at])

    def log_next(self, previous: str, char: str) -> float:
        """log P(char | previous); log P(char) where `previous` is not a character the model knows."""
        b = self.index.get(char, self.size)
        unigram = self.unigram_log[b]
        a = self.index.get(previous)
        if a is None or b == self.size:
            return float(unigram)
        key = a * self.size + b
        at = int(np.searchsorted(self.pair_keys, key))
        count = self.pair_counts[at] if at < len(self.pair_keys) and self.pair_keys[at] == key else 0.0
        return math.log((count + PRIOR * math.exp(unigram)) / (self.row_totals[a] + PRIOR))


@functools.cache
def character_model() -> CharacterModel:
    """The shipped model, loaded once (2 MB, a few milliseconds)."""
    return load_model(BIGRAMS)


def load_model(path: Path) -> CharacterModel:
    with np.load(path) as data:
        characters = "".join(map(chr, data["characters"]))
        unigram = data["unigram"].astype(np.float64)
        keys, counts = data["pair_keys"].astype(np.int64), data["pair_counts"].astype(np.float64)
    size = len(characters)
    total = unigram.sum() + size + 1
    unigram_log = np.log(np.append(unigram + 1.0, 1.0) / total)
    row_totals = np.bincount(keys // size, weights=counts, minlength=size)
    return CharacterModel({c: i for i, c in enumerate(characters)}, unigram_log, keys, counts, row_totals)


def save_model(path: Path, unigram: dict[str, float], pairs: dict[tuple[str, str], float]) -> None:
    characters = sorted(unigram)
    index = {c: i for i, c in enumerate(characters)}
    size = len(characters)
    keys = np.array(sorted(index[a] * size + index[b] for a, b in pairs), dtype=np.uint32)
    counts = np.array([pairs[characters[k // size], characters[k % size]] for k in keys.tolist()], dtype=np.float32)
    np.savez_compressed(path, characters=np.array([ord(c) for c in characters], dtype=np.uint32),
                        unigram=np.array([unigram[c] for c in characters], dtype=np.float32),
                        pair_keys=keys, pair_counts=counts)


def top_steps(preds: np.ndarray, k: int = 5) -> tuple[np.ndarray, np.ndarray]:
    """The `k` most probable characters at each step of one line's (steps, characters) output, and
    their probabilities, most probable first; only the first where `rivals_kept` says no rival
    matters (sorting every step would cost more than the network)."""
    steps = len(preds)
    indices = np.zeros((steps, k), dtype=np.int64)
    probabilities = np.zeros((steps, k), dtype=preds.dtype)
    indices[:, 0] = preds.argmax(axis=1)
    probabilities[:, 0] = preds[np.arange(steps), indices[:, 0]]
    unsure = np.flatnonzero(rivals_kept(indices[:, 0], probabilities[:, 0]))
    if unsure.size:
        rows = preds[unsure]
        top = np.argpartition(-rows, k, axis=1)[:, :k]
        top_probabilities = np.take_along_axis(rows, top, axis=1)
        order = np.argsort(-top_probabilities, axis=1)
        indices[unsure] = np.take_along_axis(top, order, axis=1)
        probabilities[unsure] = np.take_along_axis(top_probabilities, order, axis=1)
    return indices, probabilities


def decode_steps(indices: np.ndarray, probabilities: np.ndarray, characters: list[str],
                 model: CharacterModel) -> tuple[str, float]:
    """A line's text and confidence from its top-k per step: greedy CTC, then near ties between two
    Chinese characters settled with their neighbours by the bigram model.

    The confidence is rapidocr's: the mean probability of each character read, at its first step.
    """
    spans = _uncramped(_spans(indices[:, 0]), indices, probabilities, characters)
    chars = [characters[indices[start, 0]] for start, _ in spans]
    confidences = [float(probabilities[start, 0]) for start, _ in spans]
    unsure = (probabilities[:, 1] > 0).tolist()  # top_steps leaves the rest of a sure step's row empty
    for n, (start, end) in enumerate(spans):
        if not any(unsure[start:end]):
            continue
        rivals = _rivals(indices[start:end], probabilities[start:end], characters)
        if not rivals:
            continue
        previous = chars[n - 1] if n else ""
        following = chars[n + 1] if n + 1 < len(chars) else ""

        def weighed(char: str, probability: float) -> float:
            context = model.log_next(previous, char) + (model.log_next(char, following) if following else 0.0)
            return math.log(probability) + LM_WEIGHT * context - UNIGRAM_WEIGHT * model.log_known(char)

        best, best_probability = rivals[0]
        best_score = weighed(best, best_probability)
        for char, probability in rivals[1:]:
            if char in (previous, following):  # 林丽鹂 read 林丽鹏 is no 林丽丽: the network saw two shapes
                continue
            score = weighed(char, probability)
            if score > best_score:
                best, best_probability, best_score = char, probability, score
        if best != chars[n]:
            chars[n], confidences[n] = best, best_probability
    for n, char in _halves_read_as_one(spans, indices, probabilities, characters, chars):
        chars[n] = char
    for n, char in reversed(_missed_characters(spans, indices, probabilities, characters, chars)
                            + _missed_letters(spans, indices, probabilities, characters, chars)):
        chars.insert(n, char)  # (left out of the confidence, as the quotes below)
        spans.insert(n, (spans[n - 1][1], spans[n][0]))
    for n in reversed(_dropped_opening_quotes(spans, indices, probabilities, characters, chars)):
        chars.insert(n, "‘")  # (left out of the confidence: the network gave the blank more)
    return "".join(chars), (sum(confidences) / len(confidences) if confidences else 0.0)


def _halves_read_as_one(spans: list[tuple[int, int]], indices: np.ndarray, probabilities: np.ndarray,
                        characters: list[str], chars: list[str]) -> list[tuple[int, str]]:
    """(where, what) for each Chinese character read from the right half of the one before and the
    left half of its own (期刊 read 期肝: 月 and 干): it starts `HALVES_SHARE` of the line's pitch or
    less after the one before, and on the blank steps after it the network gives another Chinese
    character, none of its neighbours, at least `HALVES_FLOOR`: the one printed."""
    pitch = _pitch(spans, chars)
    if pitch is None:
        return []
    found = []
    for n in range(1, len(spans)):
        if not (_chinese(chars[n - 1]) and _chinese(chars[n])) or spans[n][0] - spans[n - 1][0] > HALVES_SHARE * pitch:
            continue
        neighbours = ("一", chars[n - 1], chars[n], chars[n + 1] if n + 1 < len(chars) else "")
        steps = range(spans[n][1], spans[n + 1][0] if n + 1 < len(spans) else len(indices))
        other = _likeliest_other(steps, indices, probabilities, characters, neighbours)
        if other is not None and other[1] >= HALVES_FLOOR:
            found.append((n, other[0]))
    return found


def _missed_characters(spans: list[tuple[int, int]], indices: np.ndarray, probabilities: np.ndarray,
                       characters: list[str], chars: list[str]) -> list[tuple[int, str]]:
    """(where, what) for each Chinese character greedy decoding left out between two others that
    start `MISSED_GAP` times the line's pitch apart: the one the network gives most there, if at
    least `MISSED_FLOOR`, on the blank steps that leave it room, and neither neighbour read again."""
    starts = [start for start, _ in spans]
    pitch = _pitch(spans, chars)
    if pitch is None:
        return []
    missed = []
    for n in range(1, len(spans)):
        if not (_chinese(chars[n - 1]) and _chinese(chars[n])) or starts[n] - starts[n - 1] < MISSED_GAP * pitch:
            continue
        unsure = [step for step in range(spans[n - 1][1], starts[n]) if probabilities[step, 1] > 0]
        other = _likeliest_other(unsure, indices, probabilities, characters, ("一", chars[n - 1], chars[n]))
        if other is not None and other[1] >= MISSED_FLOOR:
            missed.append((n, other[0]))
    return missed


def _missed_letters(spans: list[tuple[int, int]], indices: np.ndarray, probabilities: np.ndarray,
                    characters: list[str], chars: list[str]) -> list[tuple[int, str]]:
    """(where, what) for each Latin letter greedy decoding left out right after another (AI read A, the
    I set tight against the character after it): the letter, neither of the two read, the network
    gives at least `LETTER_FLOOR` on the blank steps between them."""
    missed = []
    for n in range(1, len(spans)):
        if not (chars[n - 1].isascii() and chars[n - 1].isalpha()):
            continue
        seen = {}
        for step in range(spans[n - 1][1], spans[n][0]):
            for index, probability in zip(indices[step].tolist(), probabilities[step].tolist()):
                char = characters[index] if index != _BLANK else ""
                if (char.isascii() and char.isalpha() and char not in (chars[n - 1], chars[n])
                        and probability > seen.get(char, 0.0)):
                    seen[char] = probability
        if seen and max(seen.values()) >= LETTER_FLOOR:
            missed.append((n, max(seen, key=seen.get)))
    return missed


def _likeliest_other(steps, indices: np.ndarray, probabilities: np.ndarray, characters: list[str],
                     excluded: tuple[str, ...]) -> tuple[str, float] | None:
    """The Chinese character, none of `excluded`, the network gives most on these steps, with that
    probability; None where it gives none."""
    seen: dict[str, float] = {}
    for step in steps:
        for index, probability in zip(indices[step].tolist(), probabilities[step].tolist()):
            char = characters[index] if index != _BLANK else ""
            if _chinese(char) and char not in excluded and probability > seen.get(char, 0.0):
                seen[char] = probability
    if not seen:
        return None
    best = max(seen, key=seen.get)
    return best, seen[best]


def _pitch(spans: list[tuple[int, int]], chars: list[str]) -> float | None:
    """The steps from one Chinese character's start to the next's, the median along the line; None
    where it has fewer than three such pairs."""
    pitches = [b[0] - a[0] for n, (a, b) in enumerate(zip(spans, spans[1:]))
               if _chinese(chars[n]) and _chinese(chars[n + 1])]
    return float(np.median(pitches)) if len(pitches) >= 3 else None


def _dropped_opening_quotes(spans: list[tuple[int, int]], indices: np.ndarray, probabilities: np.ndarray,
                            characters: list[str], chars: list[str]) -> list[int]:
    """Where an opening ‘ goes that greedy decoding left out: before each character that follows
    blank steps giving ‘ at least `OPENING_QUOTE_FLOOR` (from the line's start, or after another
    character), no quote read after them, and before them none or one a ‘ may follow (’‘, “‘).
    The step right after a quote is left out: there the network still sees that quote's tick."""
    places = []
    for n in range(len(spans)):
        after_quote = n and chars[n - 1] in _QUOTES
        if chars[n] in _QUOTES or (after_quote and chars[n - 1] not in _QUOTES_A_SINGLE_ONE_FOLLOWS):
            continue
        gap = range((spans[n - 1][1] + after_quote) if n else 0, spans[n][0])
        if any(characters[index] == "‘" and probability >= OPENING_QUOTE_FLOOR
               for step in gap if probabilities[step, 0] < _SURE
               for index, probability in zip(indices[step].tolist(), probabilities[step].tolist())):
            places.append(n)
    return places


def _spans(best: np.ndarray) -> list[tuple[int, int]]:
    """The steps [start, end) of each character greedy CTC decoding reads: runs of one non-blank index."""
    spans = []
    start = None
    for step, index in enumerate(best.tolist() + [_BLANK]):
        if start is not None and index != best[start]:
            spans.append((start, step))
            start = None
        if start is None and index != _BLANK:
            start = step
    return spans


def _uncramped(spans: list[tuple[int, int]], indices: np.ndarray, probabilities: np.ndarray,
               characters: list[str]) -> list[tuple[int, int]]:
    """The spans less each Chinese character the network is unsure of that starts within `CRAMPED`
    steps of the Chinese character before it."""
    kept: list[tuple[int, int]] = []
    for start, end in spans:
        if (kept and start - kept[-1][0] <= CRAMPED and probabilities[start:end, 0].max() < UNSURE
                and _chinese(characters[indices[start, 0]]) and _chinese(characters[indices[kept[-1][0], 0]])):
            continue
        kept.append((start, end))
    return kept


def _rivals(indices: np.ndarray, probabilities: np.ndarray, characters: list[str]) -> list[tuple[str, float]]:
    """The network's choice over a character's steps and the Chinese characters within `MARGIN` of it,
    each with its highest probability there; empty where there is no such rival."""
    best: dict[int, float] = {}
    for row_indices, row_probabilities in zip(indices.tolist(), probabilities.tolist()):
        for index, probability in zip(row_indices, row_probabilities):
            if index != _BLANK and probability > best.get(index, 0.0):
                best[index] = probability
    chosen = int(indices[0, 0])
    if not _chinese(characters[chosen]):
        return []
    floor = best[chosen] * math.exp(-MARGIN)
    rivals = [(characters[index], probability) for index, probability in best.items()
              if index != chosen and probability >= floor and _chinese(characters[index])]
    if not rivals:
        return []
    return [(characters[chosen], best[chosen])] + sorted(rivals, key=lambda rival: -rival[1])


def _chinese(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf" or char == "\u3007"


class RescoringDecode:
    """Stands in for rapidocr's `CTCLabelDecode` (same call, same answer) with `decode_steps`."""

    def __init__(self, plain, model: CharacterModel):
        self.plain, self.model = plain, model
        self.character = plain.character

    def __call__(self, preds: np.ndarray, return_word_box: bool = False, **kwargs):
        if return_word_box:  # word boxes need the steps of each character; scan.py never asks for them
            return self.plain(preds, return_word_box, **kwargs)
        lines = []
        for line in preds:
            indices, probabilities = top_steps(line)
            lines.append(decode_steps(indices, probabilities, self.character, self.model))
        return lines, []
