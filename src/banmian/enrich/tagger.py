"""A character tagger for names: averaged structured perceptron with BIO tags, compiled with numba.

Each character gets character n-gram features around it, gazetteer features
(is it inside a known person/place/organisation name, at which position),
word features (does a dictionary word start or end here), candidate organisations
(a known place or organisation, then a short tail ending as organisations do: 温岭 + 水产公司) and the
cluster of each nearby character (clusters learnt from unlabelled news text, see NER.md).
A feature is a template number and the values it combines, hashed to one of
2**BITS buckets; a bucket's weights (one per tag) are a row of the model.  Beside them,
dense features: the vectors (learnt from the same unlabelled news, `char-vectors.npz`) of the
characters up to WINDOW either side and of the bigrams ending and beginning at a character,
with one weight per dimension and tag; tagging folds those weights into the vectors once, so a
character's dense score is a sum of seven table rows.
Tagging a text is three compiled passes over its characters: code points →
substring hashes (gazetteer and words) → feature buckets; summed weight rows;
best tags (Viterbi).  Compiled loops rather than numpy's array
operations, because a page's few thousand characters made numpy's cost per call
and its temporaries most of the time (3.9–4.1 → 1.8–1.9 ms a page, see bench/RESULTS-enrich.md).
Weights are trained by `bench/train_ner.py` and shipped as `ner-model.npz`; the
gazetteer (`gazetteer.tsv.gz`) is derived from jieba's MIT-licensed dictionary (see `NER.md`).
"""

from __future__ import annotations

import gzip
import io
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import numba
import numpy as np

TAGS = ("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG")
KINDS = ("PER", "LOC", "ORG")  # gazetteer kind k is stored as k + 1; 0 is "not a name"
BITS = 21  # feature buckets: 2 million, few collisions among the features training keeps
TEMPLATES = 32  # features per character, see `feature_buckets`
ROW = 8  # weights per bucket: one per tag, then 0 (16 bytes, so a row never straddles two cache lines)
LONGEST_NAME = 10  # longer gazetteer entries are rare
LONGEST_WORD = 4  # the word list holds 2–4 character words
BOUNDARY = 0x2402  # "␂": stands for "before the start / after the end of the line" in n-grams
NEWLINE = 10
# Never inside a name: the decoder fixes these to O and cuts the text there.
CLAUSE_ENDS = "\n，。、；：！？,;!?…　 "
MASK64 = (1 << 64) - 1
SUBSTRING_BASE = 1_000_003  # polynomial hash of a substring's code points, mod 2**64
KIND_BITS = 3  # the low bits of a table entry: 1 + index into KINDS, 0 if not a name
WORD_FLAG = 8  # the entry is a dictionary word
LONG_NAME_FLAG = 16  # the entry begins a name longer than LONGEST_WORD characters
SLOT_BITS = 20  # a million slots for a few hundred thousand entries: probes stay short
SLOT_MASK = (1 << SLOT_BITS) - 1
MIX = np.uint64(0x9E3779B97F4A7C15)  # golden-ratio multiplier: spreads keys over the top bits
SALTS = np.array([(k * 0xD6E8FEB86659FD93 + 0x632BE59BD9B4E019) & MASK64 for k in range(1, 65)], dtype=np.uint64)
# Constants of the compiled functions below.  numba makes uint64 op int an int64 or a
# float64, so those beside uint64 values are uint64 (and those beside scores float32).
U = tuple(np.uint64(k) for k in range(65))
BASE = np.uint64(SUBSTRING_BASE)
BMP_LAST = np.uint64(0xFFFF)
NEVER = np.float32(-1e9)  # an I-X where BIO forbids it; finite, so sums never meet inf − inf
ZERO = np.float32(0)
WINDOW = 2  # dense features: the vectors of the characters up to two either side on the line, and of
# the bigrams ending and beginning at a character
VECTOR_SCALE = 0.1  # the vectors' unit beside the sparse features' 1 (held-out dev F1, see NER.md)
BIGRAM_SLOT_BITS = 16  # 65,536 slots for 20,000 bigrams: a lookup reads one or two
BIGRAM_SLOT_MASK = (1 << BIGRAM_SLOT_BITS) - 1


def compiled(function):
    """numba's compiler, its machine code kept on disk (beside this module, or else in the
    user's cache folder) so that a new process loads it rather than compiling it again; where
    neither can be written, each process compiles on its first call."""
    try:
        return numba.njit(cache=True)(function)
    except RuntimeError:  # "cannot cache function …: no locator available"
        return numba.njit(function)


@dataclass(frozen=True)
class Lexicon:
    """What the features look up: names and words by substring hash, and per-character tables."""

    slots: np.ndarray  # uint32 open-addressing table: fingerprints of every name and word, 0 = empty
    entries: np.ndarray  # uint8 per slot: kind of name (KIND_BITS), WORD_FLAG, LONG_NAME_FLAG
    surnames: frozenset[str]
    surname_table: np.ndarray  # uint64 per BMP code point: 1 if a common surname
    classes: np.ndarray  # uint64 per BMP code point: 0 other, 1 digit, 2 Latin letter, 3 Han
    clusters: np.ndarray  # uint64 per BMP code point: the character's cluster, 0 unknown
    org_ends: np.ndarray  # uint64 per BMP code point: 1 if many organisations end with it (厂, 局, 委)


@dataclass(frozen=True)
class Vectors:
    """Dense vectors of characters and bigrams learnt from unlabelled news (`char-vectors.npz`,
    see NER.md); row 0 is zeros (unknown).  Characters beyond the BMP have none."""

    char_table: np.ndarray  # int32 per BMP code point: the character's row in `chars`
    chars: np.ndarray  # float32, (characters + 1) × dimensions, times VECTOR_SCALE
    # Bigrams by their characters' rows, open addressing (BIGRAM_SLOT_BITS): a slot holds
    # first row << 32 | second row << 16 | the bigram's row in `bigrams`, 0 if empty.
    bigram_slots: np.ndarray
    bigrams: np.ndarray


@dataclass(frozen=True)
class Model:
    # One 16-byte element per bucket, ROW int16 packed (a weight per tag, then 0), all-zero where
    # training kept nothing: 32 MB, but a feature's weights are one read rather than a bucket →
    # row index and then the row.
    weights: np.ndarray
    vectors: Vectors
    # The dense weights folded into the vectors, in the weights' hundredths: per character row,
    # its score for each tag at each offset −WINDOW … WINDOW; per bigram row, ending and beginning.
    char_scores: np.ndarray  # float32, (characters + 1) × (2·WINDOW + 1) × ROW (tags, then zeros)
    bigram_scores: np.ndarray  # float32, (bigrams + 1) × 2 × ROW


def substring_hash(text: str) -> int:
    """The hash `substring_hashes` gives `text` (computed one string at a time, for tables)."""
    value = 0
    for char in text:
        value = (value * SUBSTRING_BASE + ord(char)) & MASK64
    return value


def code_points(text: str) -> np.ndarray:
    """Each character's code point (a lone surrogate from broken input is one too)."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.uint64)


def per_char(table: np.ndarray, points: np.ndarray) -> np.ndarray:
    """A BMP table read at each code point; characters beyond the BMP read its last entry."""
    return table[np.minimum(points, 0xFFFF).astype(np.intp)]


@compiled
def substring_hashes(points, longest):
    """Row L-1, column i: the hash of the L characters starting at i (L = 1 … longest), code
    point 0 standing for the characters past the end."""
    n = len(points)
    out = np.empty((longest, n), dtype=np.uint64)
    out[0] = points
    for length in range(2, longest + 1):
        for i in range(n):
            following = points[i + length - 1] if i + length - 1 < n else U[0]
            out[length - 1, i] = out[length - 2, i] * BASE + following
    return out


@compiled
def home_slot(hash):
    """Where a hash's search starts, and the 32 bits stored to recognise it (never 0)."""
    mixed = hash * MIX
    return np.intp(mixed >> U[64 - SLOT_BITS]), np.uint32(mixed | U[1])


@compiled
def find(hash, slots, entries):
    """The table entry of a substring hash (0 where unknown)."""
    at, fingerprint = home_slot(hash)
    while slots[at] != 0:  # linear probing: an empty slot ends the search
        if slots[at] == fingerprint:
            return entries[at]
        at = (at + 1) & SLOT_MASK
    return 0


@compiled
def names_and_words(hashes, slots, entries):
    """The gazetteer kind and word flag of each substring (rows: lengths 1 … LONGEST_NAME).

    Lengths 2 … LONGEST_WORD are looked up everywhere; longer ones only where the first
    LONGEST_WORD characters begin a longer name, which is rare.
    """
    longest, n = hashes.shape
    kinds = np.zeros((longest, n), dtype=np.uint8)
    words = np.zeros((longest, n), dtype=np.bool_)
    for i in range(n):
        for length in range(2, longest + 1):
            entry = find(hashes[length - 1, i], slots, entries)
            kinds[length - 1, i] = entry & KIND_BITS
            words[length - 1, i] = entry & WORD_FLAG != 0
            if length == LONGEST_WORD and not entry & LONG_NAME_FLAG:
                break
    return kinds, words


@compiled
def hash_table(hashes, values):
    """Open addressing with linear probing: each hash in the first free slot from its home;
    of several hashes reaching one free slot in the same round, the first takes it."""
    slots = np.zeros(1 << SLOT_BITS, dtype=np.uint32)
    stored = np.zeros(1 << SLOT_BITS, dtype=np.uint8)
    fingerprints = np.empty(len(hashes), dtype=np.uint32)
    at = np.empty(len(hashes), dtype=np.intp)
    for k in range(len(hashes)):
        at[k], fingerprints[k] = home_slot(hashes[k])
    waiting = np.arange(len(hashes))
    while len(waiting):
        left = 0
        for w in range(len(waiting)):
            k, slot = waiting[w], at[w]
            if slots[slot] == 0:
                slots[slot], stored[slot] = fingerprints[k], values[k]
            else:
                waiting[left], at[left] = k, (slot + 1) & SLOT_MASK
                left += 1
        waiting, at = waiting[:left], at[:left]
    return slots, stored


@compiled
def gazetteer_marks(kinds):
    """Per character, the longest known name over it, as kind·100 + place·10 + min(length, 5).

    `kinds[L-1, i]` is the kind of the name of length L starting at i (0 if none; row 0,
    single characters, is ignored).  Place is 1 begin, 2 middle, 3 end.  The longest name
    starting at each character wins; over a character, the longest such name, then the
    earliest, wins.  kind·100 is kept to 8 bits, as the shipped model was trained with it
    (an organisation's 300 is 44).
    """
    longest, n = kinds.shape
    best = np.zeros(n, dtype=np.int64)
    for start in range(n):
        length = longest
        while length > 1 and kinds[length - 1, start] == 0:
            length -= 1
        if length == 1:
            continue
        rank = length * (n + 1) + (n - start)  # the name that wins a character ranks highest
        kind = (np.int64(kinds[length - 1, start]) * 100) & 0xFF
        for offset in range(min(length, n - start)):
            place = 1 if offset == 0 else 3 if offset == length - 1 else 2
            best[start + offset] = max(best[start + offset], rank * 1000 + kind + place * 10 + min(length, 5))
    return best % 1000


@compiled
def place_org_marks(points, kinds, classes, org_ends):
    """Per character, its place (1 begin, 2 middle, 3 end, 0 none) in a candidate organisation:
    the longest known place or organisation starting there, then one to six Han characters,
    the last one a character that organisations often end with (北京市 + 技术监督局, 中央电视台 +
    艺术团); the shortest such candidate from each start, the earliest candidate over a character.

    Most organisations the lexicon lacks are a place and a tail; a feature rather than a rule,
    because as many such stretches are not organisations (held-out dev F1, see NER.md)."""
    longest, n = kinds.shape
    marks = np.zeros(n, dtype=np.uint64)
    for start in range(n):
        length = longest
        while length > 1 and kinds[length - 1, start] != 2 and kinds[length - 1, start] != 3:
            length -= 1
        if length == 1:
            continue
        end = start + length
        while end < n and end < start + length + 6 and classes[min(points[end], BMP_LAST)] == 3:
            if org_ends[min(points[end], BMP_LAST)]:
                for at in range(start, end + 1):
                    if marks[at] == 0:
                        marks[at] = U[1] if at == start else U[3] if at == end else U[2]
                break
            end += 1
    return marks


@compiled
def word_marks(hashes, words):
    """The length and hash of the longest word starting at each character, and of the longest
    of those words ending at each character (0 where none)."""
    n = hashes.shape[1]
    start_len = np.zeros(n, dtype=np.uint64)
    start_hash = np.zeros(n, dtype=np.uint64)
    end_len = np.zeros(n, dtype=np.uint64)
    end_hash = np.zeros(n, dtype=np.uint64)
    for i in range(n):
        for length in range(LONGEST_WORD, 1, -1):
            if words[length - 1, i]:
                start_len[i], start_hash[i] = U[length], hashes[length - 1, i]
                break
    for i in range(n):
        end = i + np.intp(start_len[i]) - 1
        if start_len[i] and end < n and start_len[i] > end_len[end]:
            end_len[end], end_hash[end] = start_len[i], start_hash[i]
    return start_len, start_hash, end_len, end_hash


@compiled
def bucket(value, salt):
    """The bucket of a template's packed values: a salt per template keeps equal packings of
    different templates apart."""
    return np.int64(((value ^ salt) * MIX) >> U[64 - BITS])


@compiled
def buckets_of(points, slots, entries, classes, surname_table, clusters, org_ends):
    """The feature buckets (templates × characters) of a text's code points; newlines end lines."""
    n = len(points)
    hashes = substring_hashes(points, LONGEST_NAME)
    kinds, words = names_and_words(hashes, slots, entries)
    start_len, start_hash, end_len, end_hash = word_marks(hashes, words)
    marks = gazetteer_marks(kinds).astype(np.uint64)
    candidates = place_org_marks(points, kinds, classes, org_ends)
    # Neighbours on the same line only: a newline is a line of its own, no n-gram reaches across.
    joined = np.zeros(n + 2, dtype=np.bool_)  # character i and the one before it are on one line
    for i in range(1, n):
        joined[i] = points[i] != NEWLINE and points[i - 1] != NEWLINE
    cls = np.empty(n, dtype=np.uint64)
    surname = np.empty(n, dtype=np.uint64)
    cluster = np.empty(n, dtype=np.uint64)
    for i in range(n):
        bmp = min(points[i], BMP_LAST)  # characters beyond the BMP read the tables' last entry
        cls[i], surname[i], cluster[i] = classes[bmp], surname_table[bmp], clusters[bmp]
    # Template by template, as `summed_weights` reads them: one feature's buckets in a row.
    keys = np.empty((TEMPLATES, n), dtype=np.int64)
    edge = np.uint64(BOUNDARY)
    for i in range(n):
        left, right = joined[i], joined[i + 1]
        far_left, far_right = left and i > 1 and joined[i - 1], right and joined[i + 2]
        # Each template packs its values into one integer (code points take 21 bits, clusters 9);
        # outside the line, code points read BOUNDARY, classes 4, marks 1, the rest 0.
        c = points[i]
        l1, r1 = points[i - 1] if left else edge, points[i + 1] if right else edge
        l2, r2 = points[i - 2] if far_left else edge, points[i + 2] if far_right else edge
        k = cluster[i]
        k_l1, k_r1 = cluster[i - 1] if left else U[0], cluster[i + 1] if right else U[0]
        k_l2, k_r2 = cluster[i - 2] if far_left else U[0], cluster[i + 2] if far_right else U[0]
        packed = (
            U[0], c, l1, r1, l2, r2,
            l1 << U[21] | c, c << U[21] | r1, l2 << U[21] | l1, r1 << U[21] | r2, l1 << U[21] | r1,
            l1 << U[42] | c << U[21] | r1,
            (cls[i - 1] if left else U[4]) * U[8] + cls[i] * U[64] + (cls[i + 1] if right else U[4]),
            marks[i], marks[i - 1] if left else U[1], marks[i + 1] if right else U[1],
            start_len[i] * U[8] + end_len[i], start_len[i] << U[21] | c, end_len[i] << U[21] | c,
            start_hash[i], end_hash[i],
            (surname[i - 1] if left else U[0]) * U[2] + surname[i],
            k, k_l1, k_r1, k_l1 << U[9] | k, k << U[9] | k_r1, k_l2 << U[9] | k_l1, k_r1 << U[9] | k_r2,
            k_l1 << U[18] | k << U[9] | k_r1,
        )
        for template in range(len(packed)):
            keys[template, i] = bucket(packed[template], SALTS[template])
        # Past 30 values a tuple display is built as a list, which numba does not compile.
        around = (candidates[i - 1] if left else U[0]) << U[4] | candidates[i] << U[2] | (candidates[i + 1] if right else U[0])
        keys[30, i] = bucket(candidates[i] << U[21] | c, SALTS[30])
        keys[31, i] = bucket(around, SALTS[31])
    return keys


def feature_buckets(text: str, lexicon: Lexicon) -> np.ndarray:
    """The feature buckets (templates × characters) of `text`; newlines end lines."""
    return buckets_of(code_points(text), lexicon.slots, lexicon.entries, lexicon.classes,
                      lexicon.surname_table, lexicon.clusters, lexicon.org_ends)


@compiled
def summed_weights(buckets, weights):
    """Per character, the summed weights of its features for each tag.

    The rows are gathered first, then summed: a loop that does nothing but copy 16-byte
    elements keeps many more reads of the (mostly uncached) table in flight than one that
    also sums them, 1.8 against 3.0 ms a page inside ingest.
    """
    templates, n = buckets.shape
    gathered = np.empty((templates, n), dtype=weights.dtype)
    for template in range(templates):
        for i in range(n):
            gathered[template, i] = weights[buckets[template, i]]
    # Summed as flat runs of int16, one template after another: a plain loop over contiguous
    # values, which the compiler turns into vector adds (0.78 → 0.48 ms a page, warm, alone).
    rows = gathered.view(np.int16).reshape(templates, n * ROW)
    summed = np.zeros(n * ROW, dtype=np.int32)
    for template in range(templates):
        weights_of = rows[template]
        for at in range(n * ROW):
            summed[at] += weights_of[at]
    return summed.reshape(n, ROW)


@compiled
def bigram_key(first, second):
    """A bigram's key in `Vectors.bigram_slots`, from its characters' rows (never 0: first ≥ 1)."""
    return np.uint64(first) << U[32] | np.uint64(second) << U[16]


@compiled
def bigram_home(key):
    return np.intp((key * MIX) >> U[64 - BIGRAM_SLOT_BITS])


@compiled
def bigram_table(firsts, seconds):
    """`Vectors.bigram_slots` of bigrams given by their characters' rows, the k-th bigram's row k + 1."""
    slots = np.zeros(1 << BIGRAM_SLOT_BITS, dtype=np.uint64)
    for k in range(len(firsts)):
        if firsts[k] == 0 or seconds[k] == 0:  # never looked up
            continue
        key = bigram_key(firsts[k], seconds[k])
        at = bigram_home(key)
        while slots[at] != 0 and slots[at] >> U[16] != key >> U[16]:
            at = (at + 1) & BIGRAM_SLOT_MASK
        slots[at] = key | np.uint64(k + 1)  # a bigram listed twice: the later row, as a scan finds
    return slots


@compiled
def vector_ids(points, char_table, bigram_slots):
    """Each character's row in the vectors, and that of the bigram it begins (0 where unknown).

    A bigram is looked up only where both its characters are known: the vectors' bigrams are
    pairs of their characters (bench/ner_embeddings.py)."""
    n = len(points)
    chars = np.zeros(n, dtype=np.int64)
    pairs = np.zeros(n, dtype=np.int64)
    for i in range(n):
        chars[i] = char_table[min(points[i], BMP_LAST)]
    for i in range(n - 1):
        if chars[i] and chars[i + 1]:
            key = bigram_key(chars[i], chars[i + 1])
            at = bigram_home(key)
            while bigram_slots[at] != 0:
                if bigram_slots[at] >> U[16] == key >> U[16]:
                    pairs[i] = np.int64(bigram_slots[at] & BMP_LAST)
                    break
                at = (at + 1) & BIGRAM_SLOT_MASK
    return chars, pairs


@compiled
def line_end(points, i):
    """One past the last character of i's line within WINDOW after it."""
    end = i + 1
    while end < len(points) and end <= i + WINDOW and points[end] != NEWLINE:
        end += 1
    return end


@compiled
def dense_rows(points, chars, pairs):
    """Per character, the vector rows of its dense features: the characters at −WINDOW … WINDOW,
    then the bigrams ending and beginning there; 0 (zeros) off its line, on a newline or unknown."""
    rows = np.zeros((len(points), 2 * WINDOW + 3), dtype=np.int64)
    line_start = 0
    for i in range(len(points)):
        if points[i] == NEWLINE:
            line_start = i + 1
            continue
        end = line_end(points, i)
        for j in range(max(line_start, i - WINDOW), end):
            rows[i, j - i + WINDOW] = chars[j]
        if i > line_start:
            rows[i, 2 * WINDOW + 1] = pairs[i - 1]
        if i + 1 < end:
            rows[i, 2 * WINDOW + 2] = pairs[i]
    return rows


@compiled
def plus(total, row):
    """A tuple of scores, one per tag, plus a table row's: a tuple stays in registers, where sums
    into an array's row were stored and loaded again at every step (0.30 → 0.17 ms a page, warm)."""
    return (total[0] + row[0], total[1] + row[1], total[2] + row[2], total[3] + row[3],
            total[4] + row[4], total[5] + row[5], total[6] + row[6])


@compiled
def dense_scores(points, chars, pairs, char_scores, bigram_scores):
    """Per character, the folded scores of the features `dense_rows` gives it, summed (without
    writing those rows out), line by line; ROW wide, the last column 0."""
    n = len(points)
    out = np.zeros((n, ROW), dtype=np.float32)
    start = 0
    while start < n:
        end = start
        while end < n and points[end] != NEWLINE:
            end += 1
        for i in range(start, end):
            total = (ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO)
            for j in range(max(start, i - WINDOW), min(end, i + WINDOW + 1)):
                if chars[j]:
                    total = plus(total, char_scores[chars[j], j - i + WINDOW])
            if i > start and pairs[i - 1]:
                total = plus(total, bigram_scores[pairs[i - 1], 0])
            if i + 1 < end and pairs[i]:
                total = plus(total, bigram_scores[pairs[i], 1])
            for tag in range(len(TAGS)):
                out[i, tag] = total[tag]
        start = end + 1
    return out


def vector_rows(points: np.ndarray, vectors: Vectors) -> tuple[np.ndarray, np.ndarray]:
    """`vector_ids` of a text's code points."""
    return vector_ids(points, vectors.char_table, vectors.bigram_slots)


def dense_features(points: np.ndarray, vectors: Vectors) -> np.ndarray:
    """Per character, its dense features side by side (for training; tagging sums folded scores)."""
    rows = dense_rows(points, *vector_rows(points, vectors))
    parts = [vectors.chars[rows[:, k]] for k in range(2 * WINDOW + 1)]
    parts += [vectors.bigrams[rows[:, k]] for k in (2 * WINDOW + 1, 2 * WINDOW + 2)]
    return np.hstack(parts)


@compiled
def summed_scores(points, buckets, weights, char_table, bigram_slots, char_scores, bigram_scores):
    """`text_scores` in one compiled call: no numpy temporaries between the passes."""
    summed = summed_weights(buckets, weights)
    chars, pairs = vector_ids(points, char_table, bigram_slots)
    dense = dense_scores(points, chars, pairs, char_scores, bigram_scores)
    scores = np.empty((len(points), len(TAGS)), dtype=np.float32)
    for i in range(len(points)):
        for tag in range(len(TAGS)):
            scores[i, tag] = np.float32(summed[i, tag]) + dense[i, tag]
    return scores


def text_scores(points: np.ndarray, buckets: np.ndarray, model: Model) -> np.ndarray:
    """Per character and tag, the summed weights of its sparse features and its dense features' scores."""
    vectors = model.vectors
    return summed_scores(points, buckets, model.weights, vectors.char_table, vectors.bigram_slots,
                         model.char_scores, model.bigram_scores)


CLAUSE_END_TABLE = np.zeros(0x10000, dtype=bool)
CLAUSE_END_TABLE[[ord(char) for char in CLAUSE_ENDS]] = True


def clause_ends(text: str) -> np.ndarray:
    """The characters the tagger always tags O (punctuation, spaces, newlines)."""
    return per_char(CLAUSE_END_TABLE, code_points(text))


@compiled
def best_tag(scores):
    """The index of the highest score; ties go to the first."""
    best = 0
    for tag in range(1, len(scores)):
        if scores[tag] > scores[best]:
            best = tag
    return best


@compiled
def decode(scores, fixed):
    """The best BIO-valid tag sequence (tag indices), O where `fixed`: Viterbi.

    The tagger scores no transitions, so BIO's rule (an I-X only after B-X or I-X) is
    the only tie between neighbours: O and B-X follow the best tag before them, whatever
    it is, and I-X the better of B-X and I-X (ties to B-X).  Each run of characters between
    fixed ones is decoded apart, starting after an O.

    Compiled, a plain Viterbi over every character takes 0.09 ms a page.  Before, in numpy,
    each character's best tag was taken where it obeyed BIO and Viterbi run only on the
    stretches that provably needed it (0.26 ms compiled); the tags are the same, ties
    included (compared on 200,000 random score tables of small integers and on 300 pages).
    """
    n, count = scores.shape
    tags = np.zeros(n, dtype=np.int64)
    pointers = np.empty((n, count), dtype=np.int64)
    score = np.empty(count, dtype=scores.dtype)
    start = 0
    while start < n:
        if fixed[start]:
            start += 1
            continue
        end = start
        while end < n and not fixed[end]:
            end += 1
        for tag in range(count):
            score[tag] = scores[start, tag] + (NEVER if tag % 2 == 0 and tag > 0 else ZERO)
        for t in range(start + 1, end):
            best = best_tag(score)
            top = score[best]
            for tag in range(0, count, 2):  # O, then I-X
                if tag == 0:
                    pointers[t, tag] = best
                    carried = top
                else:
                    begin = tag - 1 if score[tag - 1] >= score[tag] else tag
                    pointers[t, tag] = begin
                    carried = score[begin]
                    pointers[t, tag - 1] = best
                    score[tag - 1] = top + scores[t, tag - 1]
                score[tag] = carried + scores[t, tag]
        current = best_tag(score)
        for t in range(end - 1, start, -1):
            tags[t] = current
            current = pointers[t, current]
        tags[start] = current
        start = end
    return tags


def spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """BIO tags to (start, end, type) spans, end exclusive."""
    found = []
    start, kind = None, None
    for i, tag in enumerate(tags + ["O"]):
        if tag.startswith("I-") and kind == tag[2:]:
            continue
        if kind is not None:
            found.append((start, i, kind))
            start, kind = None, None
        if tag.startswith(("B-", "I-")):
            start, kind = i, tag[2:]
    return found


@compiled
def span_bounds(tags):
    """Where each name of BIO-valid tag indices begins and ends (exclusive), and its kind's index."""
    found = np.empty((np.count_nonzero(tags % 2 == 1), 3), dtype=np.int64)
    count = 0
    for i in range(len(tags)):
        if tags[i] % 2 == 1:  # B-X; the name runs over the I-X after it
            end = i + 1
            while end < len(tags) and tags[end] == tags[i] + 1:
                end += 1
            found[count, 0], found[count, 1], found[count, 2] = i, end, (tags[i] - 1) // 2
            count += 1
    return found


def tag_spans(tags: np.ndarray) -> list[tuple[int, int, str]]:
    """Tag indices (BIO-valid, from `decode`) to (start, end, type) spans, end exclusive."""
    return [(start, end, KINDS[kind]) for start, end, kind in span_bounds(tags).tolist()]


def predict(text: str, model: Model, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """The names the tagger finds in `text`, as (start, end, type); newlines end sentences."""
    if not text:
        return []
    points = code_points(text)  # once for the features and the clause ends both
    buckets = buckets_of(points, lexicon.slots, lexicon.entries, lexicon.classes,
                         lexicon.surname_table, lexicon.clusters, lexicon.org_ends)
    return tag_spans(decode(text_scores(points, buckets, model), per_char(CLAUSE_END_TABLE, points)))


def read_names(lines) -> dict[str, int]:
    """`name<TAB>TYPE` lines as name → 1 + the index of its type in KINDS."""
    names = {}
    for line in lines:
        name, _, kind = line.rstrip("\n").partition("\t")
        if kind:
            names[name] = KINDS.index(kind) + 1
    return names


def read_lexicon(gazetteer_lines, words, clusters: dict[str, int], training_lines=()) -> Lexicon:
    """What the features look up: the gazetteer's names and the names of the tagger's training
    sentences (`training_lines`, whose types win), words, clusters; surnames from the gazetteer."""
    names = read_names(gazetteer_lines)
    # A surname is the first character of many three-character person names.
    firsts = Counter(name[0] for name, kind in names.items() if kind == 1 and len(name) == 3)
    surnames = frozenset(char for char, count in firsts.items() if count >= 20)
    names.update(read_names(training_lines))
    # jieba lists places and phrases as people (克里姆林宫, 和恒山, 张冠李戴): a person's name that
    # does not begin with a common surname is left out (better held-out dev F1, see NER.md).
    names = {name: kind for name, kind in names.items()
             if len(name) <= LONGEST_NAME and (kind != 1 or name[0] in surnames or "·" in name)}
    entries = {substring_hash(name): kind for name, kind in names.items()}
    for word in words:
        if 2 <= len(word) <= LONGEST_WORD:
            key = substring_hash(word)
            entries[key] = entries.get(key, 0) | WORD_FLAG
    for name in names:
        if LONGEST_WORD < len(name) <= LONGEST_NAME:
            key = substring_hash(name[:LONGEST_WORD])
            entries[key] = entries.get(key, 0) | LONG_NAME_FLAG
    slots, stored = hash_table(np.array(list(entries), dtype=np.uint64),
                               np.array(list(entries.values()), dtype=np.uint8))
    return Lexicon(slots=slots, entries=stored, surnames=surnames,
                   surname_table=bmp_table({ch: 1 for ch in surnames}), classes=class_table(),
                   clusters=bmp_table(clusters), org_ends=bmp_table(organisation_ends(names)))


def organisation_ends(names: dict[str, int]) -> dict[str, int]:
    """The characters that end 30 or more of the lexicon's organisations and more organisations
    than places (厂, 局, 委, 司; not 市, 县)."""
    ends = {kind: Counter(name[-1] for name, k in names.items() if k == kind) for kind in (2, 3)}
    return {char: 1 for char, count in ends[3].items() if count >= 30 and count > ends[2][char]}


def bmp_table(values: dict[str, int]) -> np.ndarray:
    table = np.zeros(0x10000, dtype=np.uint64)
    for char, value in values.items():
        if ord(char) < 0xFFFF:
            table[ord(char)] = value
    return table


def class_table() -> np.ndarray:
    table = np.zeros(0x10000, dtype=np.uint64)
    for first, last, kind in (("0", "9", 1), ("０", "９", 1), ("a", "z", 2), ("A", "Z", 2),
                              ("ａ", "ｚ", 2), ("Ａ", "Ｚ", 2), ("\u4e00", "\u9fff", 3)):
        table[ord(first):ord(last) + 1] = kind
    return table


def read_clusters(text: str) -> dict[str, int]:
    """`char<TAB>cluster` lines; clusters are numbered from 1."""
    pairs = (line.split("\t") for line in text.splitlines() if line)
    return {char: int(number) for char, number in pairs}


@cache
def packaged_lexicon() -> Lexicon:
    from banmian.rebuild.lexicon import words

    package = files("banmian.enrich")
    gazetteer = gzip.decompress(package.joinpath("gazetteer.tsv.gz").read_bytes()).decode("utf-8")
    clusters = gzip.decompress(package.joinpath("char-clusters.tsv.gz").read_bytes()).decode("utf-8")
    training = gzip.decompress(package.joinpath("training-names.tsv.gz").read_bytes()).decode("utf-8")
    return read_lexicon(gazetteer.splitlines(), words(), read_clusters(clusters), training.splitlines())


def read_model(data: bytes, vectors: Vectors) -> Model:
    """A model saved by `model_bytes`, its dense weights folded into `vectors`."""
    saved = np.load(io.BytesIO(data))
    weights = np.zeros((1 << BITS, 8), dtype=np.int16)
    weights[saved["buckets"], :len(TAGS)] = saved["weights"]
    dense, width = saved["dense"], vectors.chars.shape[1]
    char_scores = np.zeros((len(vectors.chars), 2 * WINDOW + 1, ROW), dtype=np.float32)
    for k in range(2 * WINDOW + 1):
        char_scores[:, k, :len(TAGS)] = vectors.chars @ dense[k * width:(k + 1) * width]
    start = (2 * WINDOW + 1) * width
    bigram_scores = np.zeros((len(vectors.bigrams), 2, ROW), dtype=np.float32)
    for side, part in enumerate(np.split(dense[start:], 2)):
        bigram_scores[:, side, :len(TAGS)] = vectors.bigrams @ part
    return Model(weights=weights.view(np.complex128).ravel(), vectors=vectors,
                 char_scores=char_scores, bigram_scores=bigram_scores)


def model_bytes(weights: np.ndarray, dense: np.ndarray) -> bytes:
    """Bucket weights (2**BITS × tags) as int16 hundredths, all-zero buckets dropped, and the
    dense weights (features × tags) in hundredths too.  Tagging sums them as they are: only
    their order matters, not their unit."""
    scaled = np.clip(np.round(weights * 100), -32767, 32767).astype(np.int16)
    buckets = np.flatnonzero(scaled.any(axis=1)).astype(np.int32)
    out = io.BytesIO()
    np.savez_compressed(out, buckets=buckets, weights=scaled[buckets], dense=(dense * 100).astype(np.float32))
    return out.getvalue()


def read_vectors(data: bytes) -> Vectors:
    """`char-vectors.npz` (bench/ner_embeddings.py): characters and bigrams as text, their
    vectors as int8 with one scale per table."""
    saved = np.load(io.BytesIO(data))
    tables = {}
    for name in ("chars", "bigrams"):
        vectors = saved[f"{name}_int8"].astype(np.float32) * np.float32(saved[f"{name}_scale"] * VECTOR_SCALE)
        tables[name] = np.vstack([np.zeros((1, vectors.shape[1]), np.float32), vectors])
    points = code_points(str(saved["chars"])).astype(np.int64)
    char_table = np.zeros(0x10000, dtype=np.int32)
    bmp = points < 0xFFFF
    char_table[points[bmp]] = np.flatnonzero(bmp) + 1
    if max(len(tables["chars"]), len(tables["bigrams"])) > 0xFFFF:
        raise ValueError("char-vectors.npz: bigram_slots hold character and bigram rows in 16 bits")
    pairs = per_char(char_table, code_points(str(saved["bigrams"])))
    return Vectors(char_table=char_table, chars=tables["chars"],
                   bigram_slots=bigram_table(pairs[0::2], pairs[1::2]), bigrams=tables["bigrams"])


@cache
def packaged_vectors() -> Vectors:
    return read_vectors(files("banmian.enrich").joinpath("char-vectors.npz").read_bytes())


@cache
def packaged_model() -> Model:
    return read_model(files("banmian.enrich").joinpath("ner-model.npz").read_bytes(), packaged_vectors())
